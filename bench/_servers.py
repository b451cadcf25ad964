"""A Dovecot (and aiosmtpd) for the benchmarks, from the test fixtures' plain classes."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from mailserver_dovecot import Dovecot  # noqa: E402


def start_dovecot() -> Dovecot:
    server = Dovecot()
    server.start()
    return server


def imap_home(home: Path, server: Dovecot, user, db_url: str = "sqlite:///state/foibot.db") -> dict:
    """Point ``home`` (made by `foibot init`) at ``server`` over IMAPS; returns the env to use."""
    cfg = home / "config" / "foibot.toml"
    text = cfg.read_text().replace('url = "sqlite:///state/foibot.db"', f'url = "{db_url}"')
    text = text.replace('transport = "maildir"      # "maildir": read state/maildir/new/; "imap": see README\n'
                        'path = "state/maildir"',
                        f'transport = "imap"\nhost = "127.0.0.1"\nport = {server.imaps_port}\nsecurity = "tls"\n'
                        f'username = "{user.name}"\nca_file = "{server.ca_file}"\nidle = false')
    cfg.write_text(text)
    return {"FOIBOT_IMAP_PASSWORD": user.password}
