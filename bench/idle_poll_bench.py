"""`foibot poll` with nothing new: a 50,000-message mailbox against an empty one (target <= 1.1).

A poll that finds nothing must cost the same whatever the mailbox holds: one STATUS round trip
against the stored UIDNEXT, never a SEARCH ALL. The big mailbox is marked as already synced by a
first poll over a copy of its cursor; both homes then run the same command, best of 7.
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from _common import FOIBOT, best_of, record
from _servers import imap_home, start_dovecot

N = 50_000


def tiny(n: int) -> bytes:
    return (f"From: foi@force{n % 48}.police.example\r\nTo: me@localhost\r\nSubject: Re: request {n}\r\n"
            f"Message-ID: <idle{n}@x>\r\n\r\nThank you.\r\n").encode()


def mark_synced(home: Path, server, user) -> None:
    """Record the cursor a completed sync would have left (UIDVALIDITY and the last UID)."""
    client = server.client(user)
    info = client.select_folder("INBOX", readonly=True)
    uidvalidity, uidnext = info[b"UIDVALIDITY"], info[b"UIDNEXT"]
    client.logout()
    db = home / "state" / "foibot.db"
    con = sqlite3.connect(db)
    con.execute("INSERT INTO sync_cursors (source, folder, uidvalidity, last_uid, updated_at) VALUES "
                "('imap', 'INBOX', ?, ?, ?)", (uidvalidity, uidnext - 1, datetime.now(UTC).replace(tzinfo=None)))
    con.commit()
    con.close()


def main() -> None:
    server = start_dovecot()
    try:
        big, empty = server.add_user(), server.add_user()
        for start in range(0, N, 2000):
            server.append(big, "INBOX", [tiny(n) for n in range(start, start + 2000)])
        with tempfile.TemporaryDirectory(prefix="fbidle") as tmp:
            homes, envs = {}, {}
            for name, user in (("big", big), ("empty", empty)):
                home = Path(tmp) / name
                subprocess.run([*FOIBOT, "init", str(home)], check=True, stdout=subprocess.DEVNULL)
                envs[name] = imap_home(home, server, user)
                subprocess.run([*FOIBOT, "--home", str(home), "status"], check=True, stdout=subprocess.DEVNULL)
                homes[name] = home
            mark_synced(homes["big"], server, big)
            cmd = {name: [*FOIBOT, "--home", str(home), "poll"] for name, home in homes.items()}
            out = subprocess.run(cmd["big"], check=True, capture_output=True, text=True, env={
                **__import__("os").environ, **envs["big"]}).stdout
            assert out.startswith("0 fetched"), out
            t_big = best_of(7, cmd["big"], env=envs["big"])
            t_empty = best_of(7, cmd["empty"], env=envs["empty"])
        ratio = t_big / t_empty
        print(f"idle poll: {N:,}-message mailbox {t_big * 1000:.0f} ms, empty mailbox {t_empty * 1000:.0f} ms, "
              f"ratio {ratio:.2f} (target <= 1.1)")
        record(idle_poll_ratio=round(ratio, 2), idle_poll_ms=round(t_big * 1000))
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
