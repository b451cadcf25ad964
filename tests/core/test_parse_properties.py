"""Properties: the parser never raises on arbitrary input, classification never raises on what
the parser returns, and matching is deterministic and independent of request order."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foibot.classify import classify, classify_text, understand
from foibot.domain import MessageKind as K
from foibot.domain import OpenRequest, ParsedMail
from foibot.mailparse import parse_mail
from foibot.matching import match_mail
from foibot.references import make_reference, token_for

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADER_NAMES = st.sampled_from(["From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To",
                                "References", "Date", "Content-Type", "Content-Transfer-Encoding",
                                "Auto-Submitted", "Return-Path", "X-Failed-Recipients",
                                "Content-Disposition", "Received", "MIME-Version"])
HEADER_VALUES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["multipart/mixed; boundary=\"b\"", "multipart/report; boundary=b",
                     "text/plain; charset=\"x-unknown\"", "=?utf-8?b?////?=", "=?bogus?q?x?=",
                     "base64", "quoted-printable", "<>", "<a@b>", "message/rfc822",
                     "application/pdf; name=\"a.pdf\"", "attachment; filename=\"x.zip\""]))


@st.composite
def email_like(draw) -> bytes:
    headers = draw(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=10))
    head = "\n".join(f"{k}: {v}" for k, v in headers)
    body = draw(st.one_of(st.binary(max_size=400),
                          st.text(max_size=400).map(lambda t: t.encode("utf-8", "replace"))))
    boundary = draw(st.sampled_from([b"", b"\n--b\nContent-Type: application/pdf\n\n%PDF-1.4",
                                     b"\n--b\nContent-Type: message/rfc822\n\nFrom: x\n\nhi",
                                     b"\n--b--\n"]))
    return head.encode("utf-8", "surrogateescape") + b"\n\n" + body + boundary


@FAST
@given(st.binary(max_size=2000))
def test_parser_never_raises_on_arbitrary_bytes(raw):
    mail = parse_mail(raw)
    assert isinstance(mail, ParsedMail)
    classify(mail)


@FAST
@given(email_like())
def test_parser_never_raises_on_broken_email(raw):
    mail = parse_mail(raw)
    assert isinstance(mail.text, str) and all(isinstance(w, str) for w in mail.warnings)
    assert all(a == a.lower() for a in mail.to_addrs)
    assert mail.message_id is None or "<" not in mail.message_id
    classify(mail)
    understand(raw, "x.txt")


@FAST
@given(st.text(max_size=3000), st.text(max_size=80))
def test_classify_text_never_raises(text, subject):
    c = classify_text(text, subject)
    assert c.kind in set(K) and all(e.startswith("s.") for e in c.exemptions)


FORCES = ["dyfed-powys", "gwent", "kent", "essex", "south-wales"]


@st.composite
def open_requests(draw) -> list[OpenRequest]:
    chosen = draw(st.lists(st.tuples(st.sampled_from(FORCES), st.sampled_from(["SMM", "CCTV"])),
                           min_size=1, max_size=6, unique=True))
    out = []
    for i, (force, code) in enumerate(chosen, start=1):
        ref = make_reference(code.lower(), code, 2026, force)
        out.append(OpenRequest(i, ref, token_for(ref), (f"{ref.lower()}.{i}@example.org",),
                               draw(st.one_of(st.none(), st.sampled_from(["400/2026", "2026/0987"]))),
                               force, f"{force}.police.uk", draw(st.booleans())))
    return out


@st.composite
def mail_for(draw, requests: list[OpenRequest]) -> ParsedMail:
    pick = draw(st.sampled_from(requests))
    noise = st.sampled_from(["", pick.our_reference, pick.our_reference.lower(), "400/2026",
                             "hello", requests[-1].our_reference])
    return ParsedMail(
        message_id="m@x",
        in_reply_to=draw(st.sampled_from([(), pick.message_ids])),
        references=(),
        from_addr=draw(st.sampled_from([None, "a@gwent.police.uk", "b@kent.police.uk"])),
        to_addrs=draw(st.sampled_from([(), (f"me+{pick.token}@example.org",), ("me@x.org",)])),
        subject=draw(noise), date=None, text=draw(noise))


@FAST
@given(st.data())
def test_matching_is_deterministic_and_order_independent(data):
    requests = data.draw(open_requests())
    mail = data.draw(mail_for(requests))
    first = match_mail(mail, requests)
    assert match_mail(mail, requests) == first
    shuffled = data.draw(st.permutations(requests))
    assert match_mail(mail, shuffled) == first
    assert list(first.request_ids) == sorted(set(first.request_ids))


HOSTILE = ["1," * 200_000, " " * 400_000, "\n" * 400_000, "Section 1 and 2 and " * 20_000,
           "s.31 s.24 s.40 " * 30_000, "Ref: " * 80_000, "a" * 400_000, "1/" * 200_000]


def test_hostile_text_is_classified_in_bounded_time():
    """No regex may go quadratic: each of these took minutes before the caps and rewrites."""
    for text in HOSTILE:
        started = time.monotonic()
        classify_text(text)
        assert time.monotonic() - started < 3.0, text[:20]


def test_large_message_parses_in_bounded_time():
    raw = b"From: a@b.police.uk\nSubject: big\n\n" + b"No information is held. " * 400_000
    started = time.monotonic()
    mail = parse_mail(raw)
    assert classify(mail).kind.value == "not_held"
    assert time.monotonic() - started < 5.0
