"""Durable, private file writes for state/: temporary file, fsync, rename (POSIX atomic rename).

A crash or a full disk therefore leaves either the old file or the new one, never half of one;
files are created 0600 and directories 0700 because state/ holds other people's correspondence.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from foibot.errors import StateError


def ensure_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StateError(f"cannot create directory {path}: {exc.strerror}") from None
    return path


def atomic_write(path: Path, data: bytes, *, fsync: bool = True) -> Path:
    ensure_dir(path.parent)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        tmp = None
        return path
    except OSError as exc:
        raise StateError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def fsync_dir(path: Path) -> None:
    """Make renames inside ``path`` durable (a directory entry is data too)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
