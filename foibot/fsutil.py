"""Durable, private file writes for state/: temporary file, fsync, rename (POSIX atomic rename).

A crash or a full disk therefore leaves either the old file or the new one, never half of one;
files are created 0600 and directories 0700 because state/ holds other people's correspondence.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from foibot.errors import StateError

#: Temporary files are ``.tmp-XXXX.tmp``: a crash can orphan one, and it must never look like a
#: finished file to a glob such as ``*.eml`` (the archive, the file outbox).
TEMP_PREFIX = ".tmp-"


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
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".tmp")
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



def syncfs(path: Path) -> None:
    """Flush every dirty page of the filesystem holding ``path`` in one call (Linux syncfs(2));
    elsewhere, the portable and heavier os.sync()."""
    import ctypes

    fd = os.open(path, os.O_RDONLY)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if getattr(libc, "syncfs", None) is None or libc.syncfs(fd) != 0:
            os.sync()
    except OSError:
        os.sync()
    finally:
        os.close(fd)


def write_batch(items: list[tuple[Path, bytes]], root: Path) -> None:
    """Durably write many files with two syncs instead of one fsync each: temporary files, sync,
    renames, sync. A crash leaves each file either absent or complete, never half-written."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in items:
            ensure_dir(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".tmp")
            staged.append((Path(tmp), path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o600)
        syncfs(root)
        for tmp, path in staged:
            os.replace(tmp, path)
        syncfs(root)
        staged = []
    except OSError as exc:
        raise StateError(f"cannot write under {root}: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def sweep_temporary(root: Path, max_age: float = 3600.0) -> int:
    """Delete temporary files orphaned by a crash (older than ``max_age`` seconds, so a write in
    progress in another process is never touched); returns how many were removed."""
    import time

    removed, cutoff = 0, time.time() - max_age
    for path in root.rglob(f"{TEMP_PREFIX}*.tmp") if root.is_dir() else ():
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed
