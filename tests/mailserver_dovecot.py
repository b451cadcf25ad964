"""A throw-away Dovecot 2.3 IMAP server on loopback (recipe: shared mailstack.md).

Plain code, no pytest: ``tests/mailserver_fixtures.py`` wraps it in fixtures and
``bench/imap_sync.py`` uses it directly. Everything lives in a short ``mkdtemp`` directory
(``base_dir`` sockets must fit in 108 bytes) and nothing is read from /etc/dovecot.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

LDA = "/usr/lib/dovecot/dovecot-lda"
MAIL_UID = 65534  # Dovecot refuses uid 0 for mail; as root use nobody

CONF = """\
instance_name = dvtest-{tag}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
{user_settings}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {d}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%n
}}
mail_location = maildir:~/Maildir
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_cert(directory: Path) -> tuple[Path, Path]:
    """Self-signed cert for localhost/127.0.0.1; it is its own CA (``ca_file`` in tests)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


@dataclass(frozen=True)
class MailUser:
    name: str
    password: str

    @property
    def address(self) -> str:
        return f"{self.name}@localhost"


class Dovecot:
    """Start/stop/kill a private Dovecot; add users; APPEND and reshape folders for tests."""

    host = "127.0.0.1"

    def __init__(self, pool: int = 300) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="dv"))
        os.chmod(self.root, 0o755)  # auth runs as the dovecot user and must read passwd
        self.imap_port, self.imaps_port = free_port(), free_port()
        self.ca_file, self.key_file = make_cert(self.root)
        self.conf = self.root / "dovecot.conf"
        self.passwd = self.root / "passwd"
        self.passwd.write_text("")
        os.chmod(self.passwd, 0o644)  # read by the auth process, whatever umask foibot's CLI set
        self._pool = [MailUser(f"u{i:03d}{secrets.token_hex(3)}", secrets.token_urlsafe(12))
                      for i in range(pool)]
        self._write_users(self._pool)
        self._root = os.geteuid() == 0
        (self.root / "mail").mkdir()
        if self._root:
            os.chown(self.root / "mail", MAIL_UID, MAIL_UID)
        self.conf.write_text(self._config())
        self.proc: subprocess.Popen[bytes] | None = None
        self.users: dict[str, MailUser] = {}

    def _config(self) -> str:
        if self._root:
            uid = gid = MAIL_UID
            extra = ""
        else:
            import grp
            import pwd
            uid, gid = os.getuid(), os.getgid()
            user, group = pwd.getpwuid(uid).pw_name, grp.getgrgid(gid).gr_name
            extra = (f"default_internal_user = {user}\ndefault_login_user = {user}\n"
                     f"default_internal_group = {group}")
        return CONF.format(tag=self.root.name, d=self.root, uid=uid, gid=gid,
                           user_settings=extra, imap_port=self.imap_port,
                           imaps_port=self.imaps_port)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        self.proc = subprocess.Popen(["dovecot", "-F", "-c", str(self.conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self.proc.returncode}: "
                                   f"{self.proc.stderr.read().decode() if self.proc.stderr else ''}"
                                   f"\n{self.log_tail()}")
            if self._greets():
                return
            time.sleep(0.02)
        raise RuntimeError(f"dovecot did not greet on port {self.imap_port}:\n{self.log_tail()}")

    def _greets(self) -> bool:
        try:
            with socket.create_connection((self.host, self.imap_port), timeout=1) as s:
                return s.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.proc = None

    def kill(self) -> None:
        """SIGKILL the master and its children (a crash): every connection drops at once."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None
        deadline = time.monotonic() + 5
        while self._greets() and time.monotonic() < deadline:
            time.sleep(0.05)

    def restart(self) -> None:
        self.kill()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        log = self.root / "dovecot.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) \
            if log.exists() else "(no dovecot.log)"

    # -- users and mail ---------------------------------------------------------------------

    def add_user(self, name: str | None = None, password: str | None = None) -> MailUser:
        """A fresh account; isolates tests. Comes from a pool written before start, because
        passwd-file is re-read at most once a second; a named user waits until it can log in."""
        if name is None and password is None and self._pool:
            user = self._pool.pop()
        else:
            user = MailUser(name or f"u{secrets.token_hex(4)}",
                            password or secrets.token_urlsafe(12))
            self._write_users([user])
            self._wait_for_login(user)
        self.users[user.name] = user
        return user

    def _write_users(self, users: list[MailUser]) -> None:
        with self.passwd.open("a") as f:
            f.writelines(f"{u.name}:{{PLAIN}}{u.password}::::::\n" for u in users)

    def _wait_for_login(self, user: MailUser, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.client(user).logout()
                return
            except LoginError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def client(self, user: MailUser) -> IMAPClient:
        c = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=30)
        c.login(user.name, user.password)
        return c

    def append(self, user: MailUser, folder: str, raws: list[bytes],
               flags: tuple[bytes, ...] = ()) -> None:
        """APPEND messages (MULTIAPPEND in chunks), creating ``folder`` if needed."""
        c = self.client(user)
        try:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for i in range(0, len(raws), 200):
                c.multiappend(folder, [{"msg": r, "flags": flags} for r in raws[i:i + 200]])
        finally:
            c.logout()

    def recreate_folder(self, user: MailUser, folder: str) -> None:
        """Delete and recreate ``folder`` with the same messages: a new UIDVALIDITY, new UIDs."""
        c = self.client(user)
        try:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, [b"BODY.PEEK[]"]) if uids else {}
            raws = [data[uid][b"BODY[]"] for uid in sorted(data)]
            c.close_folder()
            c.delete_folder(folder)
            c.create_folder(folder)
            if raws:
                c.multiappend(folder, raws)
        finally:
            c.logout()

    def lda_deliver(self, user: str, sender: str, raw: bytes, folder: str | None = None) -> int:
        """Deliver like an MTA would (dovecot-lda); 0 = delivered, 67 = no such user.
        ``folder``: file into that folder (created if missing) instead of INBOX."""
        where = ["-m", folder, "-o", "lda_mailbox_autocreate=yes"] if folder else []
        proc = subprocess.run([LDA, "-c", str(self.conf), "-d", user, "-f", sender, *where],
                              input=raw, capture_output=True, timeout=30, check=False)
        return proc.returncode
