"""`foibot status --json` on 100,000 requests and 500,000 messages, against a bare sqlite3 script.

The baseline is the least any status command must do: one Python process that opens the same
SQLite file, joins requests to forces and campaigns, and prints the rows as JSON (compact, as
foibot prints when piped). foibot
additionally replays every request's statutory clock. Target: ratio <= 3.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import FOIBOT, best_of, record

N_REQUESTS, N_MESSAGES, N_FORCES = 100_000, 500_000, 1_000

BASELINE = r'''
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = con.execute("""
  SELECT r.force_slug, f.name, c.slug, r.our_reference, r.authority_reference, r.state, r.sent_at,
         r.last_message_at, r.outcome, r.exemptions
  FROM requests r JOIN forces f ON f.slug = r.force_slug JOIN campaigns c ON c.id = r.campaign_id
  ORDER BY c.slug, f.name""")
keys = ["force", "force_name", "campaign", "our_reference", "authority_reference", "state", "sent_at",
        "last_message_at", "outcome", "exemptions"]
print(json.dumps([dict(zip(keys, row)) for row in rows]))
'''


def populate(home: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from foibot.app import open_app

    open_app(home).close()  # creates the schema
    db = home / "state" / "foibot.db"
    con = sqlite3.connect(db)
    rnd = random.Random(7)
    now = datetime(2026, 11, 21, tzinfo=UTC).replace(tzinfo=None)
    con.executemany("INSERT INTO forces (slug, name, regime, nation, email, email_source, email_confidence, tags,"
                    " updated_at) VALUES (?,?,?,?,?,'','medium','[]',?)",
                    [(f"body-{i}", f"Body {i}", "foisa" if i % 48 == 0 else "foia", "england",
                      f"foi@body{i}.police.uk", now) for i in range(N_FORCES)])
    campaigns = N_REQUESTS // N_FORCES
    con.executemany("INSERT INTO campaigns (slug, title, code, subject_template, body_template, created_at)"
                    " VALUES (?,?,?,?,?,?)", [(f"c{i}", f"Campaign {i}", "C", "s", "b", now) for i in range(campaigns)])
    reqs, events = [], []
    for n in range(N_REQUESTS):
        sent = now - timedelta(days=rnd.randint(0, 700), hours=rnd.randint(0, 23))
        state = rnd.choice(["sent", "acknowledged", "answered", "answered", "extended"])
        reqs.append((n // N_FORCES + 1, f"body-{n % N_FORCES}", f"FOI-C{n // N_FORCES}-B{n % N_FORCES}-XXXX",
                     "tok", state, sent, "answered" if state == "answered" else None, now))
        events.append((n + 1, sent, "sent", sent.date().isoformat()))
        if state == "answered":
            events.append((n + 1, sent, "response", (sent + timedelta(days=rnd.randint(5, 60))).date().isoformat()))
    con.executemany("INSERT INTO requests (campaign_id, force_slug, our_reference, token, state, manual_state,"
                    " subject, body, sent_at, outcome, exemptions, created_at) VALUES (?,?,?,?,?,0,'','',?,?,'[]',?)",
                    reqs)
    con.executemany("INSERT INTO events (request_id, at, kind, on_date, detail, actor) VALUES (?,?,?,?,'{}','foibot')",
                    events)
    con.executemany("INSERT INTO messages (direction, message_id, in_reply_to, refs, to_addrs, subject, raw_path, sha256, size,"
                    " text, attachments, kind, classification, match_status, match_step, match_evidence, warnings,"
                    " source, folder, received_at, extraction) VALUES ('in',?,'','','','Re: request','mail/x',?,100,'text','[]',"
                    "'acknowledgement','{}','matched','our_reference','','','maildir','new',?,'done')",
                    ((f"m{i}@x", f"{i:064x}", now) for i in range(N_MESSAGES)))
    con.executemany("INSERT INTO message_links (message_id, request_id, step, evidence, probable, manual, created_at)"
                    " VALUES (?,?,'our_reference','',0,0,?)",
                    ((i + 1, i % N_REQUESTS + 1, now) for i in range(N_MESSAGES)))
    con.commit()
    con.close()
    return db


def main() -> dict:
    with tempfile.TemporaryDirectory(prefix="fbbench") as tmp:
        home = Path(tmp) / "home"
        import subprocess

        subprocess.run([*FOIBOT, "init", str(home)], check=True, stdout=subprocess.DEVNULL)
        db = populate(home)
        script = Path(tmp) / "baseline.py"
        script.write_text(BASELINE)
        out = subprocess.run([*FOIBOT, "--home", str(home), "status", "--json"], check=True,
                             capture_output=True, text=True).stdout
        assert len(json.loads(out)) == N_REQUESTS
        base = best_of(3, [sys.executable, str(script), str(db)])
        ours = best_of(3, [*FOIBOT, "--home", str(home), "status", "--json"])
    ratio = ours / base
    print(f"status --json, {N_REQUESTS:,} requests / {N_MESSAGES:,} messages: foibot {ours:.2f} s, "
          f"bare sqlite3 {base:.2f} s, ratio {ratio:.2f} (target <= 3)")
    record(status_ratio=round(ratio, 2), status_seconds=round(ours, 2), status_baseline_seconds=round(base, 2))
    return {"status_ratio": ratio}


if __name__ == "__main__":
    main()
