"""The whole path on embedded defaults: config → draft → store → poll → match → clock → status."""

from __future__ import annotations

import email
import json
from email.policy import default
from pathlib import Path

from conftest import SEEDS, write


def _outbox(home: Path) -> list[Path]:
    return sorted((home / "state" / "outbox").glob("*.eml"))


def _reply(home: Path, name: str, headers: dict[str, str], body: str) -> Path:
    head = "".join(f"{k}: {v}\n" for k, v in headers.items())
    return write(home / "state" / "maildir" / "new" / name, f"{head}\n{body}")


def test_run_once_drafts_one_request_per_force_and_is_idempotent(foibot, home: Path) -> None:
    foibot("run", "--once")
    files = _outbox(home)
    assert len(files) == 48
    forces = {f["slug"]: f for f in foibot.json("forces", "--json")}
    seen_to = set()
    for path in files:
        msg = email.message_from_bytes(path.read_bytes(), policy=default)
        ref = path.stem
        assert ref in msg["Subject"] and ref in msg.get_content()
        assert "Alex Example" in msg.get_content() and "1 Example Street" in msg.get_content()
        assert msg["Message-ID"].endswith("@example.org>")
        seen_to.add(msg["To"].addresses[0].addr_spec.lower())
    assert seen_to == {f["email"].lower() for f in forces.values()}
    rows = foibot.json("status", "--json")
    assert len(rows) == 48 and all(r["due_date"] for r in rows)
    assert {"force", "force_name", "campaign", "our_reference", "authority_reference", "state", "sent_at",
            "due_date", "working_days_left", "overdue", "long_overdue", "last_message_at"} <= set(rows[0])
    before = {p.name: p.read_bytes() for p in files}
    foibot("run", "--once")
    foibot("send", "social-media-monitoring")
    assert {p.name: p.read_bytes() for p in _outbox(home)} == before  # nothing drafted twice
    assert len(foibot.json("status", "--json")) == 48


def test_police_scotland_uses_foisa(foibot) -> None:
    foibot("send", "social-media-monitoring", "--only", "police-scotland", "--only", "kent")
    rows = {r["force"]: r for r in foibot.json("status", "--json")}
    assert set(rows) == {"police-scotland", "kent"}
    body = (foibot.home / "state" / "outbox" / f"{rows['police-scotland']['our_reference']}.eml").read_text()
    assert "Freedom of Information (Scotland) Act 2002" in body


def test_reply_matched_by_subject_shows_in_status_and_show(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "dyfed-powys")
    (row,) = foibot.json("status", "--json")
    ref = row["our_reference"]
    seed = (SEEDS / "000_4923c37b4b721e8f.txt").read_text()
    _reply(home, "r1", {"From": "foi@dyfed-powys.pnn.police.uk", "To": "alex@example.org",
                        "Subject": f"RE: Freedom of Information request ({ref})",
                        "Message-ID": "<r1@dyfed-powys.pnn.police.uk>"}, seed)
    out = foibot("poll").stdout
    assert "1 matched" in out and ref in out
    (row,) = foibot.json("status", "--json")
    assert row["last_message_at"] is not None and row["state"] != "drafted"
    shown = foibot("show", ref).stdout
    assert "matched by our_reference" in shown and "message_received" in shown
    assert not list((home / "state" / "maildir" / "new").iterdir())  # moved to cur/ after commit


def test_reply_matched_by_in_reply_to(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    sent = email.message_from_bytes((home / "state/outbox" / f"{row['our_reference']}.eml").read_bytes(),
                                    policy=default)
    _reply(home, "r2", {"From": "foi@kent.police.uk", "Subject": "Your request",
                        "In-Reply-To": sent["Message-ID"], "Message-ID": "<r2@kent>"},
           "Thank you for your request, which we received.")
    assert "1 matched" in foibot("poll").stdout
    assert "matched by in_reply_to" in foibot("show", row["our_reference"]).stdout


def test_unmatched_mail_is_kept_and_listed(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    _reply(home, "junk", {"From": "newsletter@shop.example", "Subject": "Deals",
                          "Message-ID": "<junk@shop>"}, "Buy now")
    assert "1 unmatched" in foibot("poll").stdout
    triage = foibot("triage").stdout
    assert "Deals" in triage and "[unmatched]" in triage
    archived = list((home / "state" / "mail").rglob("*.eml"))
    assert any(b"Buy now" in p.read_bytes() for p in archived)
    assert "0 new" in foibot("poll").stdout  # nothing left in new/, nothing recorded twice


def test_same_message_twice_is_recorded_once(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    headers = {"From": "foi@kent.police.uk", "Subject": f"Re {row['our_reference']}", "Message-ID": "<dup@kent>"}
    _reply(home, "a", headers, "Acknowledged.")
    foibot("poll")
    _reply(home, "b", headers, "Acknowledged.")
    assert "1 duplicate" in foibot("poll").stdout
    assert foibot("show", row["our_reference"]).stdout.count("Re FOI-") == 1


def test_status_check_exit_code_and_filters(foibot) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    foibot("status", "--check")  # nothing overdue: exit 0
    assert foibot.json("status", "--json", "--overdue") == []
    assert foibot("status", "--csv").stdout.startswith("campaign,force,")
    assert json.loads(foibot("status", "--json", "--force", "essex").stdout) == []


def test_show_unknown_reference_is_a_clear_error(foibot) -> None:
    result = foibot("show", "FOI-NOPE-NOPE-0000", code=1)
    assert "no request with reference" in result.output


def test_live_send_with_outbox_transport_never_sends(foibot, home: Path) -> None:
    result = foibot("send", "social-media-monitoring", "--only", "kent", "--live")
    assert "drafted" in result.stdout and "sent     " not in result.stdout
    assert len(_outbox(home)) == 1
