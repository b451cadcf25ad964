"""The raw mail archive: every message, in and out, byte for byte, before anything parses it.

Content-addressed (``state/mail/ab/<sha256>.eml``) so that a message fetched twice is stored once
and a path can never be influenced by anything inside the mail.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from foibot.fsutil import atomic_write, ensure_dir, sweep_temporary, write_batch


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.eml"

    def store(self, raw: bytes, *, fsync: bool = True) -> tuple[str, Path]:
        """Write ``raw`` (once) and return (sha256, path relative to the archive's parent)."""
        sha = hashlib.sha256(raw).hexdigest()
        path = self.path_for(sha)
        if not path.exists():
            atomic_write(path, raw, fsync=fsync)
        return sha, path

    def store_batch(self, raws: list[bytes]) -> list[tuple[str, Path]]:
        """Store many messages durably with two filesystem syncs for the whole batch."""
        out, todo = [], {}
        for raw in raws:
            sha = hashlib.sha256(raw).hexdigest()
            path = self.path_for(sha)
            out.append((sha, path))
            if not path.exists():
                todo[path] = raw
        if todo:
            ensure_dir(self.root)
            write_batch(list(todo.items()), self.root)
        return out

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def sweep(self, max_age: float = 3600.0) -> int:
        """Remove temporary files a crash left behind (never a finished message)."""
        return sweep_temporary(self.root, max_age)
