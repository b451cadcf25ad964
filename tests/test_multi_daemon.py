"""Issue 8: three daemons on three homes sharing one PostgreSQL send a 500-request campaign once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from live_home import force_table, make_live_home

pytestmark = [pytest.mark.postgres, pytest.mark.mailserver, pytest.mark.slow]
N = 500


@pytest.fixture
def pg_url(db_url: str) -> str:
    if not db_url.startswith("postgresql"):
        pytest.skip("runs on the PostgreSQL backend only (set FOIBOT_TEST_POSTGRES_URL)")
    return db_url


def test_three_daemons_send_each_request_exactly_once(tmp_path: Path, pg_url: str, mailservers, mail_user) -> None:
    from foibot.home import init_home

    homes = []
    for n in range(3):
        home = tmp_path / f"worker{n}"
        init_home(home)
        cfg = home / "config" / "foibot.toml"
        cfg.write_text(cfg.read_text().replace('url = "sqlite:///state/foibot.db"', f'url = "{pg_url}"', 1))
        make_live_home(home, mailservers, mail_user, forces=1)
        (home / "config" / "forces.toml").write_text("".join(
            force_table(f"body-{i:03d}", f"Body {i}", f"foi@body{i}.police.test") for i in range(N)))
        homes.append(home)
    env = {**os.environ, "FOIBOT_TEST_SMTP_PASSWORD": mail_user.password,
           "FOIBOT_TEST_IMAP_PASSWORD": mail_user.password}
    procs = [subprocess.Popen([sys.executable, "-m", "foibot", "--home", str(h), "run", "--once"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for h in homes]
    outputs = [p.communicate(timeout=600)[0].decode() for p in procs]
    assert all(p.returncode == 0 for p in procs), "\n".join(o[-2000:] for o in outputs)
    recipients = Counter(m.rcpt_tos[0] for m in mailservers.smtp.messages)
    assert len(recipients) == N and set(recipients.values()) == {1}, recipients.most_common(3)
    per_worker = [sum(1 for line in o.splitlines() if "foibot.daemon: sent FOI-" in line) for o in outputs]
    assert sum(per_worker) == N
    assert sum(1 for n in per_worker if n) >= 2, per_worker  # the work was really shared
    status = subprocess.run([sys.executable, "-m", "foibot", "--home", str(homes[0]), "status", "--json"],
                            env=env, capture_output=True, text=True, check=True).stdout
    import json

    rows = json.loads(status)
    assert len(rows) == N and {r["state"] for r in rows} == {"sent"}
