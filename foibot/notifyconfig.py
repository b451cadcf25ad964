"""The [notify] and [escalation] tables of config/foibot.toml (alerts and chasers).

The main loader (foibot.config) reserves these tables and this module reads them, with the same
file/key/line errors. The webhook URL is a secret (Slack and ntfy URLs carry the token): it is
never echoed in an error or a log line, and may come from ``FOIBOT_WEBHOOK_URL`` instead of the
file. Escalation is opt-in: with no [escalation] table nothing is ever sent on its own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from foibot.tomlread import TableReader, load_toml

WEBHOOK_FORMATS = ("slack", "matrix", "ntfy", "json")
WEBHOOK_ENV = "FOIBOT_WEBHOOK_URL"


@dataclass(frozen=True)
class NotifySettings:
    webhook_url: str | None = None
    webhook_format: str = "json"
    email: bool = False
    email_to: str | None = None  # default: the requester's own address
    timeout: float = 10.0

    def __repr__(self) -> str:  # keep the secret out of tracebacks and debug logs
        return (f"NotifySettings(webhook={'set' if self.webhook_url else 'unset'}, "
                f"format={self.webhook_format!r}, email={self.email}, email_to={self.email_to!r})")


@dataclass(frozen=True)
class EscalationSettings:
    auto_chase: bool = False  # let the daemon send reminders to overdue forces on its own


def load_notify(home: Path) -> tuple[NotifySettings, EscalationSettings]:
    path = home / "config" / "foibot.toml"
    data, lines = load_toml(path)
    top = TableReader(data, path, lines)
    n, e = top.sub("notify"), top.sub("escalation")
    n.unknown_keys({"webhook_url", "webhook_format", "email", "email_to", "timeout"})
    e.unknown_keys({"auto_chase"})
    url = os.environ.get(WEBHOOK_ENV) or _url(n)
    notify = NotifySettings(
        webhook_url=url, webhook_format=n.choice("webhook_format", WEBHOOK_FORMATS, "json"),
        email=n.get("email", bool, False), email_to=n.email("email_to", None),
        timeout=n.get("timeout", float, 10.0))
    return notify, EscalationSettings(auto_chase=e.get("auto_chase", bool, False))


def _url(n: TableReader) -> str | None:
    """Checked without ever quoting the value (it is a secret)."""
    if "webhook_url" not in n.data:
        return None
    value = n.data["webhook_url"]
    if not isinstance(value, str):
        raise n.error("webhook_url", f"must be a string, not {type(value).__name__}")
    if not value.startswith(("https://", "http://")) or any(c in value for c in "\r\n\t "):
        raise n.error("webhook_url", "must be an http(s):// URL without spaces (value not shown: it is a secret)")
    return value or None
