"""Creating a home: config/ from the defaults shipped in the package, and a private state/."""

from __future__ import annotations

import shutil
from importlib.resources import as_file, files
from pathlib import Path

from foibot.fsutil import ensure_dir


def init_home(home: Path) -> list[Path]:
    """Copy the default config files that are missing (never overwrites) and create state/."""
    created: list[Path] = []
    with as_file(files("foibot") / "defaults") as defaults:
        for src in sorted(Path(defaults).rglob("*.toml")) + sorted(Path(defaults).rglob("*.j2")):
            dst = home / "config" / src.relative_to(defaults)
            if not dst.exists():
                ensure_dir(dst.parent)
                shutil.copyfile(src, dst)
                created.append(dst)
    for sub in ("state", "state/outbox", "state/mail", "state/maildir/new", "state/maildir/cur",
                "state/maildir/tmp"):
        if not (home / sub).exists():
            ensure_dir(home / sub)
            created.append(home / sub)
    return created
