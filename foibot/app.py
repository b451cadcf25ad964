"""The composition root: picks the adapters for a home from its settings.

Safety lives here: a transport that reaches real recipients is built only when the caller asked
for a live send *and* SMTP is configured; every other path gets the file outbox.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from foibot.archive import Archive
from foibot.config import Settings, load_settings, resolve_database_url
from foibot.db import Database
from foibot.domain import Regime
from foibot.ports import Inbox, Outbox

log = logging.getLogger("foibot")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class App:
    settings: Settings
    db: Database
    archive: Archive
    now: Any = utcnow
    sleep: Any = None
    _calendars: dict | None = field(default=None, repr=False)

    @property
    def state_dir(self) -> Path:
        return self.settings.state_dir

    def outbox(self, live: bool) -> Outbox:
        from foibot.outbox_file import FileOutbox

        if live and self.settings.outbound == "smtp" and self.settings.smtp is not None:
            from foibot.mail.smtp import SmtpOutbox

            return SmtpOutbox(self.settings.smtp, imap=self.settings.imap)
        if live:
            log.warning("--live given but [mail.outbound] transport is %r: writing to state/outbox/ only",
                        self.settings.outbound)
        return FileOutbox(self.state_dir / "outbox")

    def inbox(self) -> Inbox:
        if self.settings.inbound == "imap" and self.settings.imap is not None:
            from foibot.mail.imap import ImapInbox

            return ImapInbox(self.settings.imap)
        from foibot.inbox_maildir import MaildirInbox

        return MaildirInbox(self.settings.maildir)

    def calendars(self) -> dict[Regime, Any]:
        if self._calendars is None:
            from foibot.holidaydata import load_calendars

            self._calendars = load_calendars(self.state_dir)
        return self._calendars

    def job_lock(self, name: str):
        """One holder across every worker sharing this database (see foibot/locks.py)."""
        from foibot.locks import job_lock

        return job_lock(name, engine=self.db.engine, is_sqlite=self.db.is_sqlite, state_dir=self.state_dir)

    def mailbox_name(self) -> str:
        imap = self.settings.imap
        if self.settings.inbound == "imap" and imap is not None:
            return f"poll:imap:{imap.username}@{imap.host}:{imap.port}"
        return f"poll:maildir:{self.settings.maildir}"

    def close(self) -> None:
        self.db.close()


def open_app(home: Path, **overrides: Any) -> App:
    settings = load_settings(home)
    db = Database(resolve_database_url(settings))
    return App(settings=settings, db=db, archive=Archive(settings.state_dir / "mail"), **overrides)
