"""Issue 7: a full disk or an unwritable state/ gives a clear error and no half-written files.

Real filesystems, not a patched ``os.write``: state/ is a small tmpfs (8 MB, ``mount -t tmpfs``, needs
root; skipped with that reason otherwise), filled with ballast until the archive cannot take a
batch; a read-only filesystem stands for an unwritable state/. Every write under state/ goes through a temporary file, a sync
and a rename, so the archive holds whole messages or nothing; the database row, the cursor and
"processed" come after the archive, so the next poll after space is freed records every message
exactly once.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from faultkit import inbound_counts

SIZE_KB = 8192


def _mount(where: Path, *options: str) -> None:
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join((f"size={SIZE_KB}k", *options)),
                           "tmpfs", str(where)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip()}): the full-disk test needs root")


@pytest.fixture
def small_state(home: Path, tmp_path: Path):
    """The home's state/ on an 8 MB tmpfs; its Maildir outside it (the mail server, not us)."""
    state = home / "state"
    shutil.rmtree(state, ignore_errors=True)
    state.mkdir()
    _mount(state, "mode=0700")
    cfg = home / "config" / "foibot.toml"
    maildir = tmp_path / "maildir"
    cfg.write_text(cfg.read_text().replace('path = "state/maildir"', f'path = "{maildir}"'))
    try:
        yield state, maildir
    finally:
        subprocess.run(["umount", "-l", str(state)], check=False)


def _drop_mail(maildir: Path, count: int) -> set[str]:
    (maildir / "new").mkdir(parents=True, exist_ok=True)
    (maildir / "cur").mkdir(exist_ok=True)
    (maildir / "tmp").mkdir(exist_ok=True)
    shas = set()
    for n in range(count):
        raw = (f"From: s{n}@example.net\nTo: alex@example.org\nSubject: n{n}\nMessage-ID: <disk{n}@x>\n\n"
               + f"{n} " * 1500 + "\n").encode()
        (maildir / "new" / f"{n}.m").write_bytes(raw)
        shas.add(hashlib.sha256(raw).hexdigest())
    return shas


def _inbound(home: Path) -> Counter:
    return inbound_counts(home, "sha256")


def _whole(state: Path) -> None:
    """Every archived file is a whole message: its content hashes to its name."""
    for path in (state / "mail").rglob("*.eml"):
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.stem, path


def test_full_disk_is_a_clear_error_and_the_next_poll_recovers(foibot, home: Path, small_state) -> None:
    state, maildir = small_state
    foibot("status")  # the database exists (tmpfs holds it)
    shas = _drop_mail(maildir, 150)  # ~1.2 MB of mail, more than the space left below
    ballast = state / "ballast"
    free = shutil.disk_usage(state).free
    ballast.write_bytes(b"\0" * (free - 400 * 1024))
    result = foibot("poll", "--no-extract", code=1)
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert result.output.startswith("foibot: ")
    _whole(state)
    assert not list((state / "mail").rglob(".tmp-*"))  # temporary files cleaned up on the way out
    recorded_while_full = _inbound(home)
    assert set(recorded_while_full.values()) <= {1}
    ballast.unlink()
    foibot("poll", "--no-extract")
    recorded = _inbound(home)
    assert set(recorded) == shas and set(recorded.values()) == {1}  # none lost, none twice
    _whole(state)
    print(f"\nfull disk: poll failed cleanly with {len(recorded_while_full)} of 150 recorded; "
          f"after freeing space 150 recorded, 0 duplicates, 0 lost")


def test_read_only_archive_is_a_clear_error(foibot, home: Path, small_state) -> None:
    """state/mail/ on a read-only filesystem (root ignores permission bits, so a mode of 0500
    would prove nothing): EROFS, said plainly, and nothing recorded or marked processed."""
    state, maildir = small_state
    foibot("status")
    _drop_mail(maildir, 5)
    (state / "mail").mkdir(exist_ok=True)
    _mount(state / "mail", "ro")
    try:
        result = foibot("poll", "--no-extract", code=1)
    finally:
        subprocess.run(["umount", "-l", str(state / "mail")], check=True)
    assert result.output.startswith("foibot: ") and "Traceback" not in result.output
    assert "Read-only file system" in result.output and "state/mail" in result.output
    assert len(list((maildir / "new").iterdir())) == 5  # nothing marked processed
    assert not _inbound(home)
    foibot("poll", "--no-extract")
    assert len(_inbound(home)) == 5
