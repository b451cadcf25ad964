"""The embedded default inbound transport: a local Maildir (``state/maildir``).

New mail is read from ``new/`` and moved to ``cur/`` only after the service has committed it, so
a crash in between means the message is read again and deduplicated by its hash, never lost.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from foibot.fsutil import ensure_dir
from foibot.ports import Cursor, IncomingMail


class MaildirInbox:
    def __init__(self, root: Path) -> None:
        self.root = root
        for sub in ("new", "cur", "tmp"):
            ensure_dir(root / sub)

    def batches(self, cursors: Mapping[str, Cursor], batch_size: int = 100) -> Iterator[list[IncomingMail]]:
        names = sorted(n for n in os.listdir(self.root / "new") if not n.startswith("."))
        for start in range(0, len(names), batch_size):
            batch = []
            for name in names[start:start + batch_size]:
                try:
                    raw = (self.root / "new" / name).read_bytes()
                except OSError:
                    continue  # moved away meanwhile; it will be seen in cur/ by whoever took it
                batch.append(IncomingMail(source="maildir", folder="new", key=name, raw=raw))
            yield batch

    def processed(self, mails: list[IncomingMail]) -> None:
        for mail in mails:
            src = self.root / "new" / mail.key
            dst = self.root / "cur" / (mail.key if ":2," in mail.key else f"{mail.key}:2,S")
            try:
                os.replace(src, dst)
            except FileNotFoundError:
                pass

    def close(self) -> None:
        pass
