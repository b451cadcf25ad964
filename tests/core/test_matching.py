"""The matching ladder: each rung, its evidence, and the holding pen."""

from __future__ import annotations

from foibot.domain import MatchStatus, OpenRequest, ParsedMail
from foibot.matching import match_mail
from foibot.references import token_for

DYFED = OpenRequest(1, "FOI-SMM26-DYFED-7K3Q", token_for("FOI-SMM26-DYFED-7K3Q"),
                    ("foi-smm26-dyfed-7k3q.1@example.org",), "400/2026", "dyfed-powys",
                    "dyfed-powys.police.uk")
DYFED_B = OpenRequest(2, "FOI-CCTV26-DYFED-M0L1", token_for("FOI-CCTV26-DYFED-M0L1"),
                      ("foi-cctv26-dyfed-m0l1.1@example.org",), None, "dyfed-powys",
                      "dyfed-powys.police.uk")
GWENT = OpenRequest(3, "FOI-SMM26-GWENT-A1C4", token_for("FOI-SMM26-GWENT-A1C4"),
                    ("foi-smm26-gwent-a1c4.1@example.org",), "2026/0987", "gwent",
                    "gwent.police.uk")
ALL = (DYFED, DYFED_B, GWENT)


def mail(**kw) -> ParsedMail:
    base = dict(message_id="r@x", in_reply_to=(), references=(), from_addr="foi@other.org",
                to_addrs=("jo@example.org",), subject="", date=None, text="")
    base.update(kw)
    return ParsedMail(**base)


def test_reply_address_forgives_case_and_retyping():
    for to in ("jo+foi-smm26-dyfed-7k3q@example.org", "JO+FOI-SMM26-DYFED-7K3Q@EXAMPLE.ORG",
               "jo+foi-smm26-dyfed-7k3q@example.org".replace("foi", "fOI")):
        result = match_mail(mail(to_addrs=(to,)), ALL)
        assert (result.status, result.request_ids, result.step) == \
            (MatchStatus.MATCHED, (1,), "reply_address"), to
    retyped = match_mail(mail(to_addrs=("jo+f0i-cctv26-dyfed-mo11@example.org",)), ALL)
    assert retyped.request_ids == (2,) and "jo+f0i-cctv26-dyfed-mo11@example.org" in retyped.evidence


def test_reply_address_beats_a_different_reference_in_the_subject():
    result = match_mail(mail(to_addrs=("jo+foi-smm26-gwent-a1c4@example.org",),
                             subject="FOI-SMM26-DYFED-7K3Q"), ALL)
    assert result.request_ids == (3,) and result.step == "reply_address"


def test_in_reply_to_and_references():
    r1 = match_mail(mail(in_reply_to=("FOI-SMM26-GWENT-A1C4.1@example.org",)), ALL)
    assert (r1.request_ids, r1.step) == ((3,), "in_reply_to")
    r2 = match_mail(mail(references=("x@y", "foi-smm26-dyfed-7k3q.1@example.org")), ALL)
    assert r2.request_ids == (1,) and "References names our message" in r2.evidence


def test_our_reference_in_subject_body_or_attachment():
    r = match_mail(mail(subject="RE: FOI-SMM26-DYFED-7K3Q"), ALL)
    assert (r.request_ids, r.step, r.evidence) == \
        ((1,), "our_reference", "subject contains FOI-SMM26-DYFED-7K3Q")
    r = match_mail(mail(text="> quoting your ref foi-smm26-gwent-a1c4 back"), ALL)
    assert r.request_ids == (3,) and r.evidence.startswith("body contains")


def test_several_references_attach_to_each():
    both = mail(subject="FOI-SMM26-DYFED-7K3Q and FOI-CCTV26-DYFED-M0L1")
    assert match_mail(both, ALL).request_ids == (1, 2)
    via_token = mail(to_addrs=("jo+foi-smm26-dyfed-7k3q@example.org",),
                     text="This answers FOI-SMM26-DYFED-7K3Q and FOI-CCTV26-DYFED-M0L1.")
    assert match_mail(via_token, ALL).request_ids == (1, 2)


def test_authority_reference_learned_from_acknowledgement():
    r = match_mail(mail(subject="Response FOI 400/2026"), ALL)
    assert (r.status, r.request_ids, r.step) == (MatchStatus.MATCHED, (1,), "authority_reference")
    assert match_mail(mail(subject="Response 1400/20261"), ALL).status == MatchStatus.UNMATCHED


def test_sender_domain_only_when_the_force_has_one_open_request():
    r = match_mail(mail(from_addr="officer@gwent.police.uk"), ALL)
    assert (r.status, r.request_ids, r.step) == (MatchStatus.PROBABLE, (3,), "sender_domain")
    sub = match_mail(mail(from_addr="x@foi.gwent.police.uk"), ALL)
    assert sub.status == MatchStatus.PROBABLE
    two_open = match_mail(mail(from_addr="foi@dyfed-powys.police.uk"), ALL)
    assert two_open.status == MatchStatus.UNMATCHED
    closed = OpenRequest(**{**GWENT.__dict__, "open": False})
    assert match_mail(mail(from_addr="a@gwent.police.uk"), (closed,)).status == MatchStatus.UNMATCHED
    lookalike = match_mail(mail(from_addr="a@notgwent.police.uk"), ALL)
    assert lookalike.status == MatchStatus.UNMATCHED


def test_holding_pen():
    r = match_mail(mail(subject="Newsletter", text="nothing of ours"), ALL)
    assert r.status == MatchStatus.UNMATCHED and r.request_ids == ()
    assert match_mail(mail(), ()).status == MatchStatus.UNMATCHED
