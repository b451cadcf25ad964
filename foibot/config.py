"""config/foibot.toml → frozen ``Settings``; paths resolved against the home directory.

Secrets are never read from these files: only the *name* of an environment variable or a command
that prints the password (issue 3), so the TOML can be committed or shared safely.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from foibot.domain import Requester
from foibot.errors import ConfigError, RequesterIncomplete
from foibot.tomlread import TableReader, load_toml

PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # "starttls" | "tls" | "none"
    username: str | None
    password_env: str = "FOIBOT_SMTP_PASSWORD"
    password_command: str | None = None
    ca_file: str | None = None
    timeout: float = 30.0
    max_attempts: int = 5
    reply_to: str | None = None  # e.g. "me+{token}@example.org"
    sent_copy: bool | str = False  # False | True (foibot APPENDs a copy) | "server" (the provider files it)
    sent_folder: str = "Sent"
    domain_interval_seconds: float = 0.0


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: str  # "tls" | "starttls" | "none"
    username: str
    password_env: str = "FOIBOT_IMAP_PASSWORD"
    password_command: str | None = None
    ca_file: str | None = None
    folders: tuple[str, ...] = ("INBOX",)
    processed: str = "leave"
    move_to: str = "foibot/processed"
    timeout: float = 60.0
    idle: bool = True


@dataclass(frozen=True)
class Schedule:
    timezone: str = "Europe/London"
    window_start: time = time(9, 30)
    window_end: time = time(16, 0)
    stagger_seconds: float = 120.0
    poll_minutes: float = 5.0
    daily_check: time = time(8, 0)
    working_days_only: bool = True  # the daemon sends on working days only


@dataclass(frozen=True)
class Settings:
    home: Path
    file: Path
    requester: Requester
    mode: str = "review"  # "review" | "live"
    database_url: str = "sqlite:///state/foibot.db"
    outbound: str = "outbox"
    smtp: SmtpSettings | None = None
    inbound: str = "maildir"
    maildir: Path = Path("state/maildir")
    imap: ImapSettings | None = None
    schedule: Schedule = field(default_factory=Schedule)
    campaigns: tuple[str, ...] = ()  # what the daemon queues and sends

    @property
    def state_dir(self) -> Path:
        return self.home / "state"

    @property
    def config_dir(self) -> Path:
        return self.home / "config"

    def require_requester(self) -> Requester:
        """FOIA s.8(1)(b): refuse to send a request without a real name and correspondence address."""
        r = self.requester
        if not r.name.strip() or not r.email.strip():
            raise RequesterIncomplete(f"{self.file}: [requester] needs name and email before anything is sent (FOIA s.8)")
        if r.email.rsplit("@", 1)[-1].lower() in PLACEHOLDER_DOMAINS:
            raise RequesterIncomplete(
                f"{self.file}: [requester] email {r.email!r} is the example placeholder; "
                "set your real name and address before sending for real (FOIA s.8)")
        return r


def load_settings(home: Path) -> Settings:
    path = home / "config" / "foibot.toml"
    data, lines = load_toml(path)
    top = TableReader(data, path, lines)
    top.unknown_keys({"mode", "campaigns", "requester", "database", "mail", "schedule", "notify", "escalation"})
    campaigns = top.get("campaigns", list, [])
    if not all(isinstance(c, str) and c for c in campaigns):
        raise top.error("campaigns", "must be a list of campaign names (files in config/campaigns/)")
    req = top.sub("requester")
    requester = Requester(name=req.get("name", str, required=True).strip(),
                          email=req.email("email", required=True),
                          postal_address=req.get("postal_address", str, ""))
    if not requester.name:
        raise req.error("name", "must not be empty (FOIA s.8 needs your real name)")
    req.unknown_keys({"name", "email", "postal_address"})
    top.sub("database").unknown_keys({"url"})
    mail = top.sub("mail")
    mail.unknown_keys({"outbound", "inbound"})
    out, inn = mail.sub("outbound"), mail.sub("inbound")
    out.unknown_keys({"transport"} | _SMTP_KEYS)
    inn.unknown_keys({"transport", "path"} | _IMAP_KEYS)
    outbound = out.choice("transport", ("outbox", "smtp"), "outbox")
    inbound = inn.choice("transport", ("maildir", "imap"), "maildir")
    imap = _imap(inn) if inbound == "imap" or (outbound == "smtp" and "host" in inn.data) else None
    return Settings(
        home=home, file=path, requester=requester,
        mode=top.choice("mode", ("review", "live"), "review"),
        database_url=top.sub("database").get("url", str, "sqlite:///state/foibot.db"),
        outbound=outbound, smtp=_smtp(out) if outbound == "smtp" else None,
        inbound=inbound, maildir=home / inn.get("path", str, "state/maildir"), imap=imap,
        schedule=_schedule(top.sub("schedule")), campaigns=tuple(campaigns),
    )


_SMTP_KEYS = {"host", "port", "security", "username", "password_env", "password_command", "ca_file",
              "timeout", "max_attempts", "reply_to", "sent_copy", "sent_folder", "domain_interval_seconds"}
_IMAP_KEYS = {"host", "port", "security", "username", "password_env", "password_command", "ca_file",
              "folders", "processed", "move_to", "timeout", "idle"}
_SCHEDULE_KEYS = {"timezone", "send_window_start", "send_window_end", "stagger_seconds", "poll_minutes",
                  "daily_check", "working_days_only"}


def _security(t: TableReader, host: str, default: str) -> str:
    security = t.choice("security", ("starttls", "tls", "none"), default)
    if security == "none" and not _is_loopback(host):
        raise t.error("security", f"'none' (plaintext) is only allowed for a loopback host, not {host!r}")
    return security


def _smtp(t: TableReader) -> SmtpSettings:
    host = t.get("host", str, required=True)
    security = _security(t, host, "starttls")
    reply_to = t.get("reply_to", str, None)
    if reply_to is not None and "{token}" not in reply_to:
        raise t.error("reply_to", "must contain {token}, e.g. \"me+{token}@example.org\"")
    return SmtpSettings(
        host=host, port=t.get("port", int, 465 if security == "tls" else 587), security=security,
        username=t.get("username", str, None), password_env=t.get("password_env", str, "FOIBOT_SMTP_PASSWORD"),
        password_command=t.get("password_command", str, None), ca_file=t.get("ca_file", str, None),
        timeout=t.get("timeout", float, 30.0), max_attempts=t.get("max_attempts", int, 5),
        reply_to=reply_to, sent_copy=_sent_copy(t),
        sent_folder=t.get("sent_folder", str, "Sent"),
        domain_interval_seconds=t.get("domain_interval_seconds", float, 0.0))


def _sent_copy(t: TableReader) -> bool | str:
    value = t.get("sent_copy", (bool, str), False)
    if isinstance(value, str) and value != "server":
        raise t.error("sent_copy", 'must be true, false or "server" (your provider files sent mail itself)')
    return value


def _imap(t: TableReader) -> ImapSettings:
    host = t.get("host", str, required=True)
    security = _security(t, host, "tls")
    folders = t.get("folders", list, ["INBOX"])
    if not folders or not all(isinstance(f, str) and f for f in folders):
        raise t.error("folders", "must be a non-empty list of folder names")
    return ImapSettings(
        host=host, port=t.get("port", int, 993 if security == "tls" else 143), security=security,
        username=t.get("username", str, required=True), password_env=t.get("password_env", str, "FOIBOT_IMAP_PASSWORD"),
        password_command=t.get("password_command", str, None), ca_file=t.get("ca_file", str, None),
        folders=tuple(folders), processed=t.choice("processed", ("leave", "move"), "leave"),
        move_to=t.get("move_to", str, "foibot/processed"), timeout=t.get("timeout", float, 60.0),
        idle=t.get("idle", bool, True))


def _clock(t: TableReader, key: str, default: str) -> time:
    value = t.get(key, (str, time), default)
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise t.error(key, f"must be a time like \"09:30\", not {value!r}") from None


def _schedule(t: TableReader) -> Schedule:
    import zoneinfo

    t.unknown_keys(_SCHEDULE_KEYS)
    tz = t.get("timezone", str, "Europe/London")
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise t.error("timezone", f"unknown time zone {tz!r}") from None
    start, end = _clock(t, "send_window_start", "09:30"), _clock(t, "send_window_end", "16:00")
    if start >= end:
        raise t.error("send_window_end", "must be later than send_window_start")
    stagger, poll = t.get("stagger_seconds", float, 120.0), t.get("poll_minutes", float, 5.0)
    if stagger < 0:
        raise t.error("stagger_seconds", "must not be negative")
    if poll <= 0:
        raise t.error("poll_minutes", "must be positive")
    return Schedule(timezone=tz, window_start=start, window_end=end, stagger_seconds=stagger,
                    poll_minutes=poll, daily_check=_clock(t, "daily_check", "08:00"),
                    working_days_only=t.get("working_days_only", bool, True))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_database_url(settings: Settings) -> str:
    """``sqlite:///state/x.db`` is relative to the home; absolute and server URLs pass through."""
    url = settings.database_url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        return f"sqlite:///{settings.home / url[len('sqlite:///'):]}"
    if not url.startswith(("sqlite:", "postgresql")):
        raise ConfigError(f"unsupported database url {url!r} (sqlite:/// or postgresql+psycopg://)",
                          file=str(settings.file), key="database.url")
    return url
