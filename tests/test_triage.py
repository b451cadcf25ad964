"""The holding pen and the user's corrections: assign, unassign, mark — recorded, never undone."""

from __future__ import annotations

from pathlib import Path

from conftest import write


def _drop(home: Path, name: str, sender: str, subject: str, body: str) -> None:
    write(home / "state/maildir/new" / name,
          f"From: {sender}\nSubject: {subject}\nMessage-ID: <{name}@x>\n\n{body}")


def test_assign_and_unassign_an_unmatched_reply(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    _drop(home, "u1", "records@kent.police.uk", "Your request",
          "We can confirm that no information is held in relation to your request.")
    assert "1 probable" in foibot("poll").stdout  # ladder step 5: Kent has one open request
    triage = foibot("triage").stdout
    assert "[probable]" in triage
    msg_id = int(triage.split("#", 1)[1].split(" ", 1)[0])
    foibot("assign", str(msg_id), row["our_reference"])
    (row,) = foibot.json("status", "--json")
    assert row["state"] == "answered" and row["outcome"] == "not_held"
    assert "1 message(s) need you" not in foibot("triage").stdout
    shown = foibot("show", row["our_reference"]).stdout
    assert "assigned" in shown and "user" in shown
    assert row["phase"] != "response_due"  # the reply closed the clock
    foibot("unassign", str(msg_id))
    assert f"#{msg_id} [unmatched]" in foibot("triage").stdout  # back in the holding pen
    assert "unassigned" in foibot("show", row["our_reference"]).stdout
    (after,) = foibot.json("status", "--json")  # what the reply did is undone
    assert after["state"] == "drafted" and after["outcome"] is None
    assert after["phase"] == "response_due" and after["due_date"] is not None


def test_unassign_restores_the_reference_and_clock_a_misfiled_reply_set(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    ref = row["our_reference"]
    _drop(home, "ack", "foi@kent.police.uk", f"Re {ref}",
          f"Your request {ref} has been logged under reference 4410/26 and will be answered within "
          "20 working days.")
    _drop(home, "clar", "foi@kent.police.uk", f"Re {ref}",
          "Before we can deal with your request, could you please tell us which years you mean? "
          "Clarification is needed under section 1(3).")
    foibot("poll")
    (row,) = foibot.json("status", "--json")
    assert row["state"] == "awaiting_clarification" and row["authority_reference"] == "4410/26"
    assert row["phase"] == "clock_stopped_clarification"
    shown = foibot("show", ref).stdout
    clar_id = next(int(line.split("#", 1)[1].split(" ", 1)[0]) for line in shown.splitlines()
                   if "#" in line and "clarification_request" in line)
    foibot("unassign", str(clar_id))  # it was about another request: take it back
    (row,) = foibot.json("status", "--json")
    assert row["state"] == "acknowledged" and row["authority_reference"] == "4410/26"
    assert row["phase"] == "response_due"  # the clock runs again, as if it had never stopped
    ack_id = next(int(line.split("#", 1)[1].split(" ", 1)[0]) for line in shown.splitlines()
                  if "#" in line and "acknowledgement" in line)
    foibot("unassign", str(ack_id))
    (row,) = foibot.json("status", "--json")
    assert row["state"] == "drafted" and row["authority_reference"] is None


def test_manual_mark_is_not_undone_by_a_later_reply(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    ref = row["our_reference"]
    foibot("mark", ref, "refusal", "--on", "2026-12-01", "--note", "refused by letter")
    (row,) = foibot.json("status", "--json")
    assert row["state"] == "answered" and row["outcome"] == "refusal"
    _drop(home, "late", "foi@kent.police.uk", f"Re {ref}",
          "We can confirm that Kent Police does not hold any information relevant to your request.")
    foibot("poll")
    (row,) = foibot.json("status", "--json")
    assert row["state"] == "answered" and row["outcome"] == "refusal"
    assert "state_kept" in foibot("show", ref).stdout


def test_mark_user_actions_drive_the_clock(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    ref = row["our_reference"]
    foibot("mark", ref, "clarification-request", "--on", "2026-11-24")
    (row,) = foibot.json("status", "--json")
    assert row["phase"] == "clock_stopped_clarification" and row["due_date"] is not None
    foibot("mark", ref, "clarification-sent", "--on", "2026-11-26")
    (row,) = foibot.json("status", "--json")
    assert row["phase"] == "response_due"
    assert row["due_date"] == "2026-12-29"  # 20 working days after 26 Nov (30 Nov, 25-26 Dec skipped)


def test_unknown_mark_is_a_clear_error(foibot) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    result = foibot("mark", row["our_reference"], "sort-of-answered", code=1)
    assert "unknown mark" in result.output and "clarification-sent" in result.output
