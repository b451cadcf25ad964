"""Issue 7: mail that claims to answer a force's request but is not from that force is held.

A forged reply (our reference in the subject, even our Message-ID in In-Reply-To) from a
domain that is not the force's on record must land in ``foibot triage`` as probable, must not
move the request, and becomes the force's answer only when a person says so (``foibot assign``).
"""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest
from conftest import write

from foibot.domain import MatchResult, MatchStatus, OpenRequest, ParsedMail
from foibot.senders import check_sender, is_bounce, registrable, sender_is_force

REFUSAL = ("Thank you for your request. I can confirm the information is held. However I am refusing "
           "your request under section 31(1)(a) and section 24(1). This letter is a refusal notice under "
           "section 17 of the Act.")


@pytest.mark.parametrize(("sender", "force_domain", "ok"), [
    ("foi@kent.police.uk", "kent.police.uk", True),
    ("FOI@Kent.Police.UK", "kent.police.uk", True),
    ("foi@kent.pnn.police.uk", "kent.police.uk", True),        # PNN alias of the same force
    ("foi@kent.police.uk", "kent.pnn.police.uk", True),
    ("a.b@mail.kent.police.uk", "kent.police.uk", True),       # a subdomain of the force
    ("a.b@kent.police.uk", "foi.kent.police.uk", True),        # the force's registrable domain
    ("foi@mod.gov.uk", "mod.gov.uk", True),
    ("foi@essex.police.uk", "kent.police.uk", False),          # another force
    ("foi@kent.police.uk.evil.example", "kent.police.uk", False),
    ("foi@evilkent.police.uk", "kent.police.uk", False),
    ("foi@police.uk", "kent.police.uk", False),                # the shared suffix itself
    ("foi@cabinetoffice.gov.uk", "mod.gov.uk", False),
    ("foi@force-01.police.test", "force-00.police.test", False),  # unknown suffix: exact only
    ("not-an-address", "kent.police.uk", False),
    (None, "kent.police.uk", False),
])
def test_sender_is_force(sender, force_domain: str, ok: bool) -> None:
    assert sender_is_force(sender, force_domain) is ok


def test_registrable_parts() -> None:
    assert registrable("foi.Kent.PNN.police.uk.") == "kent.police.uk"
    assert registrable("force-00.police.test") == "force-00.police.test"


def _parsed(from_addr: str, headers=(), attachments=()) -> ParsedMail:
    return ParsedMail(message_id="m@x", in_reply_to=(), references=(), from_addr=from_addr, to_addrs=(),
                      subject="RE: FOI", date=None, text="", attachments=attachments, headers=headers)


OPEN = [OpenRequest(request_id=1, our_reference="FOI-X-KENT-AAAA", token="t", message_ids=(),
                    authority_reference=None, force_slug="kent", force_domain="kent.pnn.police.uk")]
MATCHED = MatchResult(MatchStatus.MATCHED, (1,), "our_reference", "subject contains FOI-X-KENT-AAAA")


def test_check_sender_downgrades_only_mismatched_matches() -> None:
    good = check_sender(_parsed("foi@kent.police.uk"), MATCHED, OPEN)
    assert good == MATCHED
    bad = check_sender(_parsed("foi@kent-police.example"), MATCHED, OPEN)
    assert bad.status == MatchStatus.PROBABLE and bad.request_ids == (1,)
    assert bad.evidence.startswith("sender foi@kent-police.example is not kent.pnn.police.uk on record")
    unmatched = MatchResult(MatchStatus.UNMATCHED)
    assert check_sender(_parsed("x@evil.example"), unmatched, OPEN) is unmatched


def test_bounces_are_exempt() -> None:
    dsn = _parsed("MAILER-DAEMON@mx.example.net")
    assert is_bounce(dsn) and check_sender(dsn, MATCHED, OPEN) == MATCHED
    report = _parsed("mail@relay.example.net", headers=(
        ("content-type", "multipart/report; report-type=delivery-status; boundary=x"),))
    assert is_bounce(report) and check_sender(report, MATCHED, OPEN) == MATCHED
    assert not is_bounce(_parsed("foi@evil.example"))


def _request(foibot, home: Path) -> dict:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (row,) = foibot.json("status", "--json")
    return row


def _forged(home: Path, row: dict, sender: str, name: str) -> None:
    sent = email.message_from_bytes((home / "state/outbox" / f"{row['our_reference']}.eml").read_bytes(),
                                    policy=default)
    write(home / "state/maildir/new" / name,
          f"From: FOI Team <{sender}>\nTo: alex@example.org\nSubject: RE: {sent['Subject']}\n"
          f"Message-ID: <{name}@x>\nIn-Reply-To: {sent['Message-ID']}\n\n{REFUSAL}\n")


def test_forged_reply_is_held_for_triage_and_changes_nothing_until_assigned(foibot, home: Path) -> None:
    row = _request(foibot, home)
    _forged(home, row, "foi@kent-police.example", "forged")
    out = foibot("poll").stdout
    assert "1 probable" in out and "matched" not in out.replace("unmatched", "").replace("0 matched", "")
    after = foibot.json("status", "--json")[0]
    assert after["state"] == row["state"] and after["outcome"] is None  # the refusal was not applied
    assert "kent-police.example" in foibot("triage").stdout
    from sqlmodel import select

    from foibot.app import open_app
    from foibot.db.tables import MessageRow

    app = open_app(home)
    with app.db.session() as s:
        (msg,) = [m for m in s.exec(select(MessageRow)) if m.direction == "in"]
        assert msg.match_status == "probable" and "not kent.police.uk on record" in msg.match_evidence
        message_pk = msg.id
    app.close()
    foibot("assign", str(message_pk), row["our_reference"])  # the user vouches for it
    assert foibot.json("status", "--json")[0]["outcome"] == "refusal"


def test_genuine_reply_from_the_pnn_alias_is_matched(foibot, home: Path) -> None:
    row = _request(foibot, home)
    _forged(home, row, "foi@kent.pnn.police.uk", "genuine")
    assert "1 matched" in foibot("poll").stdout
    assert foibot.json("status", "--json")[0]["outcome"] == "refusal"
