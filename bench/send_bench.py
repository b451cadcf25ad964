"""Per-request overhead of a live send through a real SMTP server (aiosmtpd, STARTTLS + AUTH).

Sending is paced by politeness (stagger_seconds), so throughput is not the figure: with the
stagger at zero, foibot sends N requests (render, claim, archive, SMTP, record: each request's
state committed before and after) and a bare smtplib loop sends the same N messages over one
connection. send_overhead_ms = (foibot - baseline) / N.
"""

from __future__ import annotations

import os
import smtplib
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import FOIBOT, record
from _servers import ROOT, start_dovecot

sys.path.insert(0, str(ROOT / "tests"))
from live_home import force_table, make_live_home  # noqa: E402
from mailserver_smtp import SmtpServer  # noqa: E402

N = 200


class _Servers:
    def __init__(self, dovecot, smtp):
        self.dovecot, self.smtp, self.ca_file = dovecot, smtp, str(dovecot.ca_file)


def baseline(smtp: SmtpServer, user, raws: list[bytes]) -> float:
    ctx = ssl.create_default_context(cafile=smtp.ca_file)
    start = time.perf_counter()
    with smtplib.SMTP(smtp.host, smtp.port) as conn:
        conn.starttls(context=ctx)
        conn.login(user.name, user.password)
        for n, raw in enumerate(raws):
            conn.sendmail(user.address, [f"foi@b{n}.police.test"], raw)
    return time.perf_counter() - start


def main() -> None:
    dovecot = start_dovecot()
    smtp = SmtpServer(dovecot)
    smtp.start()
    try:
        user = dovecot.add_user()
        with tempfile.TemporaryDirectory(prefix="fbsend") as tmp:
            home = Path(tmp) / "home"
            subprocess.run([*FOIBOT, "init", str(home)], check=True, stdout=subprocess.DEVNULL)
            make_live_home(home, _Servers(dovecot, smtp), user, forces=1)
            (home / "config" / "forces.toml").write_text("".join(
                force_table(f"b{n}", f"Body {n}", f"foi@b{n}.police.test") for n in range(N)))
            env = {**os.environ, "FOIBOT_TEST_SMTP_PASSWORD": user.password,
                   "FOIBOT_TEST_IMAP_PASSWORD": user.password}
            subprocess.run([*FOIBOT, "--home", str(home), "send", "social-media-monitoring"], check=True,
                           stdout=subprocess.DEVNULL, env=env)  # create + draft: not timed
            start = time.perf_counter()
            subprocess.run([*FOIBOT, "--home", str(home), "send", "social-media-monitoring", "--live"],
                           check=True, stdout=subprocess.DEVNULL, env=env)
            ours = time.perf_counter() - start
            assert len(smtp.messages) == N, len(smtp.messages)
            raws = [m.data for m in smtp.messages]
            base = baseline(smtp, user, raws)
        overhead = (ours - base) / N * 1000
        print(f"send {N} requests: foibot {ours:.2f} s ({ours / N * 1000:.1f} ms each, incl. start-up), "
              f"bare smtplib {base:.2f} s ({base / N * 1000:.1f} ms each); overhead {overhead:.1f} ms/request")
        record(send_overhead_ms=round(overhead, 1), send_ms_per_request=round(ours / N * 1000, 1))
    finally:
        smtp.stop()
        dovecot.cleanup()


if __name__ == "__main__":
    main()
