"""Classification: the seeds exactly, the labelled corpus against the issue's targets, and the
normalisation rules one by one."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foibot import classify_kind
from foibot.authref import find_authority_reference
from foibot.classify import as_json, classify, classify_text, own_text, understand
from foibot.domain import MessageKind as K
from foibot.exemptions import find_exemptions
from foibot.literals import Haystack, Matcher, required_literals
from foibot.mailparse import parse_mail

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LABELS = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, ref, exemptions", [
    ("000_4923c37b4b721e8f.txt", "400/2026", ("s.24(1)", "s.31(1)(a)(b)")),
    ("001_4bf1b976719f7cde.txt", "323/18", ("s.31(1)(a)(b)",)),
    ("002_fc7657800fb953a9.txt", "01.FOI.23.028707", ("s.31(1)(a)(b)",)),
])
def test_seeds_exactly(name, ref, exemptions):
    c = classify_text((CORPUS / "dev" / name).read_text(encoding="utf-8"))
    assert (c.kind, c.authority_reference, c.exemptions) == \
        (K.PARTIAL_DISCLOSURE, ref, exemptions)
    assert c.evidence["kind"] and c.evidence["exemptions"] and c.evidence["authority_reference"]


def test_seed_response_date():
    c = classify_text((CORPUS / "dev" / "000_4923c37b4b721e8f.txt").read_text(encoding="utf-8"))
    assert c.response_date == date(2026, 6, 22)
    assert c.evidence["response_date"] == ["disclosed on 22/06/2026"]


def _score(split: str) -> dict[str, float]:
    rows = [(lab, as_json(understand((CORPUS / name).read_bytes(), name)))
            for name, lab in LABELS.items() if lab["split"] == split]
    n = len(rows)
    return {"n": n,
            "kind": sum(lab["kind"] == got["kind"] for lab, got in rows) / n,
            "ref": sum(lab["authority_reference"] == got["authority_reference"]
                       for lab, got in rows) / n,
            "exemptions": sum(sorted(lab["exemptions"]) == got["exemptions"]
                              for lab, got in rows) / n}


SPLITS = sorted({lab["split"] for lab in LABELS.values()})


def test_new_blind_sets_are_labelled():
    """blind10..14 were written for issue 5's generalisation work: 75 texts, every kind."""
    new = [lab for lab in LABELS.values() if lab["split"] in {f"blind{i}" for i in range(10, 15)}]
    assert len(new) >= 75 and len({lab["kind"] for lab in new}) == 13


@pytest.mark.parametrize("split", SPLITS)
def test_corpus_meets_the_issue_targets(split):
    s = _score(split)
    assert s["n"] >= {"dev": 40, "holdout": 20}.get(split, 15)
    assert s["kind"] >= 0.95 and s["ref"] >= 0.98 and s["exemptions"] >= 0.90, s


def test_corpus_covers_every_kind_and_format():
    kinds = {lab["kind"] for lab in LABELS.values()}
    assert kinds == {k.value for k in K} - {"request", "unclassified"}
    assert len(LABELS) >= 60
    holdout = [lab for lab in LABELS.values() if lab["split"] == "holdout"]
    assert len(holdout) >= 20 and len({lab["kind"] for lab in holdout}) == 13
    names = " ".join(LABELS)
    assert all(fmt in names for fmt in ("_pdf.eml", "_docx.eml", ".txt", "_zip.eml", "_rtf.eml"))


@pytest.mark.parametrize("printed, normalised", [
    ("Section 31(1)(a)(b)", ("s.31(1)(a)(b)",)),
    ("section 12 (cost)", ("s.12",)),
    ("S.40(2)", ("s.40(2)",)),
    ("Section 31 (1) (a) (b)", ("s.31(1)(a)(b)",)),
    ("Section 31 (Law Enforcement) and later Section 31(1)(a)(b)", ("s.31(1)(a)(b)",)),
    ("section 31(1)(a) and (b)", ("s.31(1)(a)(b)",)),
    ("Sections 24(1) and 31(1) of the Act", ("s.24(1)", "s.31(1)")),
    ("Section 40(2) ... Section 24(1) ... section 40(2)", ("s.24(1)", "s.40(2)")),
    ("Section 1(1)(a), section 16, section 17(1), section 45, section 50", ()),
    ("an offence under section 127 of the Communications Act 2003", ()),
    ("section 38(1)(b) of the Freedom of Information (Scotland) Act; review under section 21",
     ("s.38(1)(b)",)),
    ("section 21 applies as the information is reasonably accessible", ("s.21",)),
    ("the 18 hour limit and 20 working days", ()),
])
def test_exemption_normalisation(printed, normalised):
    assert find_exemptions(printed)[0] == normalised


@pytest.mark.parametrize("text, subject, expected", [
    ("Our ref: HQ/PA/003493/18", "", "HQ/PA/003493/18"),
    ("Request Number: F-2012-01898", "", "F-2012-01898"),
    ("Reference: FOI/00013725.", "", "FOI/00013725"),
    ("Ref: GSA/4762/12", "", "GSA/4762/12"),
    ("Request number: 3005_16", "", "3005_16"),
    ("Freedom of Information Request 532A/22", "", "532A/22"),
    ("Our Reference: FOI 2023/01234", "", "FOI 2023/01234"),
    ("Dear Jo", "RE: FOI 2023/01234 - social media", "FOI 2023/01234"),
    ("Social Media (323/18)\n\nI am researching", "", "323/18"),
    ("Your ref: FOI-SMM26-DYFED-7K3Q\nOur ref: 400/2026", "", "400/2026"),
    ("Reference: 22/06/2026", "", None),
    ("Ref: 01267 226000", "", None),
    ("with reference to section 31(1)", "", None),
    ("Reference: FOI-SMM26-DYFED-7K3Q", "RE: FOI-SMM26-DYFED-7K3Q", None),
])
def test_authority_reference(text, subject, expected):
    assert find_authority_reference(text, subject)[0] == expected


def _eml(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


def test_auto_generated_acknowledgement_is_not_an_auto_reply():
    raw = _eml("From: noreply@kent.police.uk\nTo: jo+foi-smm26-kent-4h7p@example.org\n"
               "Subject: Acknowledgement\nAuto-Submitted: auto-generated",
               "We write to acknowledge receipt of your request, reference FOI 2026/01234. "
               "You will receive a response within 20 working days.")
    c = classify(parse_mail(raw))
    assert (c.kind, c.authority_reference, c.our_reference) == \
        (K.ACKNOWLEDGEMENT, "FOI 2026/01234", "FOI-SMM26-KENT-4H7P")


@pytest.mark.parametrize("headers", [
    "Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Autorespond: yes",
    "Precedence: auto_reply", "Subject: Automatic reply: your FOI request",
])
def test_auto_reply_headers(headers):
    raw = _eml(f"From: a@b.police.uk\n{headers}", "Thanks, I'll get back to you.")
    assert classify(parse_mail(raw)).kind == K.AUTO_REPLY


def test_auto_submitted_no_is_a_person():
    raw = _eml("From: a@b.police.uk\nAuto-Submitted: no", "Thanks, I'll get back to you.")
    assert classify(parse_mail(raw)).kind == K.OTHER


def test_bounce_from_headers_and_subject():
    raw = _eml("Return-Path: <>\nFrom: postmaster@x.org\nX-Failed-Recipients: foi@y.police.uk",
               "Sorry.")
    assert classify(parse_mail(raw)).kind == K.BOUNCE
    c = classify_text("Hi", subject="Undeliverable: FOI request")
    assert c.kind == K.BOUNCE and c.authority_reference is None


def test_delayed_dsn_is_not_a_bounce():
    raw = (CORPUS / "holdout" / "h07_bounce_dsn.eml").read_bytes()
    raw = raw.replace(b"Status: 5.1.1", b"Status: 4.4.1").replace(b"550 5.1.1", b"451 4.4.1")
    raw = raw.replace(b"Action: failed", b"Action: delayed")  # RFC 3464: "failed" is final
    raw = raw.replace(b"Undelivered Mail Returned to Sender", b"Delayed Mail")
    raw = raw.replace(b"could not\nbe delivered", b"is delayed")
    raw = raw.replace(b"Recipient address rejected: User unknown", b"try again later")
    assert classify(parse_mail(raw)).kind == K.AUTO_REPLY


def test_extension_notice_new_due_date():
    c = classify_text("We need more time to consider the public interest under section 10(3). "
                      "We now aim to respond to you by 3 July 2026.")
    assert c.kind == K.EXTENSION_NOTICE and c.new_due_date == date(2026, 7, 3)


def test_quoted_request_does_not_decide():
    text = ("No information is held.\n\n-----Original Message-----\nFrom: Jo\nSent: 1 May 2026\n"
            "Please disclose; section 31 may apply. Date: 01/05/2026")
    assert own_text(text).strip() == "No information is held."
    c = classify_text(text)
    assert (c.kind, c.exemptions, c.response_date) == (K.NOT_HELD, (), None)


def test_signature_phone_and_dates_are_not_references():
    c = classify_text("Thank you. No information is held.\nDate received: 12/05/2026\n"
                      "Tel: 01633 838111 | 0300 123 1212")
    assert c.authority_reference is None and c.kind == K.NOT_HELD


def test_a_forward_is_read_whole():
    text = "From: FOI Team\nSent: 2 June 2026\nSubject: FOI\n\nNo information is held by the force."
    assert classify_text(text).kind == K.NOT_HELD


# --- generalisation: wordings from outside the corpus ------------------------------------------

@pytest.mark.parametrize("text, kind, exemptions", [
    ("In terms of section 17 of FOISA this is a notice that the information is not held.",
     K.NOT_HELD, ()),
    ("The information is exempt under section 38(1)(b) of the Freedom of Information (Scotland) "
     "Act 2002.", K.REFUSAL, ("s.38(1)(b)",)),
    ("Review under section 21 of the Freedom of Information (Scotland) Act 2002: the review panel "
     "has decided to confirm the original decision without modification.",
     K.INTERNAL_REVIEW_OUTCOME, ()),
    ("We are unable to provide the information you asked for, as it is exempt under section 31(1)(a).",
     K.REFUSAL, ("s.31(1)(a)",)),
    ("Section 31(1)(a) applies to your request.", K.REFUSAL, ("s.31(1)(a)",)),
    ("Q1 - 17\nQ2 - 4\nQ3 - the names of the staff are withheld under section 40(2).",
     K.PARTIAL_DISCLOSURE, ("s.40(2)",)),
    ("We need a little longer to weigh the public interest and now anticipate issuing our "
     "decision on or before 29 June 2026.", K.EXTENSION_NOTICE, ()),
    ("North Wales Police does not possess any information falling within the scope of your "
     "request.", K.NOT_HELD, ()),
    ("This letter should not be taken as an indication of whether the information exists.",
     K.NCND, ()),
    ("PSNI is relying on sections 23(5) and 30(3).", K.NCND, ("s.23(5)", "s.30(3)")),
    ("Upon receipt of this sum of £23.40 we will post the disc.", K.FEES_NOTICE, ()),
    ("Your application is now in our queue and the statutory clock has started.",
     K.ACKNOWLEDGEMENT, ()),
    ("To enable us to progress your application, can you advise the date range?",
     K.CLARIFICATION_REQUEST, ()),
])
def test_wordings_outside_the_corpus(text, kind, exemptions):
    c = classify_text(text)
    assert (c.kind, c.exemptions) == (kind, exemptions), c.evidence["kind"]
    assert c.evidence["kind"]


def test_an_exemption_alone_never_leaves_a_response_as_other():
    """Structural fallback: a relied-on section makes a reply a refusal even with no phrase."""
    c = classify_text("Part 3: s.43(2).")
    assert c.kind == K.REFUSAL and c.exemptions == ("s.43(2)",)
    assert any("s.43(2)" in e for e in c.evidence["kind"])


def test_complaint_rights_do_not_make_a_review_outcome():
    text = ("9 officers were trained in 2025 and the licence cost £4,850.\n"
            "Are you unhappy with how your request has been handled or do you think the decision "
            "is incorrect? Ask for an internal review within 40\nworking days.")
    assert classify_text(text).kind == K.FULL_DISCLOSURE


def test_an_out_of_office_that_mentions_logging_is_an_auto_reply():
    raw = _eml("From: a@b.police.uk\nAuto-Submitted: auto-replied",
               "I am out of the office with no access to email. Requests are still being logged "
               "in my absence.")
    assert classify(parse_mail(raw)).kind == K.AUTO_REPLY


# --- speed: every pattern compiled once, searched only where it can match -----------------------

def test_classification_compiles_nothing_at_run_time():
    """re's 512-entry cache was outgrown by the rules; they are compiled at import instead."""
    texts = [(CORPUS / n).read_bytes() for n in LABELS if n.startswith("blind1")][:40]
    re.purge()
    for data in texts:
        classify_text(data.decode("utf-8", "replace"))
    assert len(re._cache) == 0  # noqa: SLF001


def test_required_literals_and_offsets():
    assert required_literals(r"\bnever (?:procured|bought)") == \
        [{"never ": (0, 0)}, {"bought": (6, 6), "procured": (6, 6)}]
    assert required_literals(r"(?:will )?(?:be )?return(?:ing)? on")[0] == {"return": (0, 8)}
    assert required_literals(r"x(?:a|c)+y") == []  # no literal of two characters or more


_FAMILY_PATTERNS = [m.pattern.pattern for f in (*classify_kind.PROCEDURAL.values(),
                                                *classify_kind.OUTCOME.values(),
                                                classify_kind.REVIEW, classify_kind.AUTO_TEXT,
                                                classify_kind.BOUNCE_TEXT) for m, _ in f.rules]
_WORDS = sorted({w for p in _FAMILY_PATTERNS for w in re.findall(r"[a-z]{2,}", p)})
_PIECES = st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", " ", ". ", ", ", "\n", "? ",
                                                              "1", "24", "£450", "(a)", "-"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=400), st.data())
def test_matcher_finds_what_a_full_search_finds(pieces, data):
    """The literal pre-filter and the windows only skip work: the first match is the same."""
    text = " ".join(pieces)
    hay = Haystack(text)
    for pattern in data.draw(st.lists(st.sampled_from(_FAMILY_PATTERNS), min_size=5, max_size=25)):
        full = re.compile(pattern, re.MULTILINE).search(text)
        fast = Matcher(pattern, re.MULTILINE).search(hay)
        assert (full and full.span()[0]) == (fast and fast.span()[0]), pattern
