"""`make bench`: run every benchmark, print its figures, and collect them in bench/results.json.

Each script measures foibot against a baseline in the same run on this machine's real servers
(Dovecot and aiosmtpd on loopback, SQLite), so the ratios are comparable across machines.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["status_bench.py", "ingest_bench.py", "idle_poll_bench.py", "send_bench.py", "imap_sync.py",
           "understanding.py", "understanding_unseen.py"]
KEYS = ["ingest_ratio", "ingest_peak_mb", "extract_ratio", "idle_poll_ratio", "status_ratio", "send_overhead_ms",
        "machine"]


def main() -> int:
    failed = []
    for name in SCRIPTS:
        path = HERE / name
        if not path.exists():
            print(f"-- {name}: missing")
            failed.append(name)
            continue
        print(f"-- {name}", flush=True)
        if subprocess.run([sys.executable, str(path)], cwd=HERE).returncode != 0:
            failed.append(name)
    results = json.loads((HERE / "results.json").read_text()) if (HERE / "results.json").exists() else {}
    print(json.dumps({k: results.get(k) for k in KEYS}, indent=2))
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
