"""Issue 7: hypothesis drives the arbitrary-MIME generator (``mimegen.message``) through
``st.randoms()``; parse_mail and classify never raise, stay quick, and return only safe strings."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mimegen import header_value, message
from test_corpus import assert_safe

from foibot.classify import classify
from foibot.mailparse import parse_mail

MIME = st.randoms(use_true_random=False).map(message)
PROPS = settings(max_examples=300, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPS
@given(MIME)
def test_arbitrary_mime_never_raises_and_yields_safe_text(raw: bytes) -> None:
    started = time.monotonic()
    for extract in (False, True):
        parsed = parse_mail(raw, extract_attachments=extract)
        assert_safe(parsed)
    classify(parsed)
    assert time.monotonic() - started < 5


@settings(max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False), st.binary(max_size=200))
def test_any_header_value_under_any_header(rng, tail: bytes) -> None:
    for name in (b"Subject", b"From", b"To", b"Message-ID", b"Content-Type", b"Content-Disposition"):
        raw = name + b": " + header_value(rng) + tail + b"\n\nbody\n"
        assert_safe(parse_mail(raw))


UNITS = [bytes([b]) for b in b"A .<@=\t-"] + [b"=?utf-8?q?a?= ", b"<a@b> ", b"a@b.co, ", b"=?x?b?!?= "]


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=10_000, max_value=300_000), st.sampled_from(UNITS))
@example(300_000, b"A")  # took minutes before the address regex was bounded
@example(600_000, b"=?utf-8?q?a?= ")  # took about 10 s in decode_header before _groups
def test_long_runs_in_headers_cost_linear_time(size: int, unit: bytes) -> None:
    """ReDoS guard: the address and unfolding regexes used to backtrack quadratically, and the
    stdlib's decode_header is quadratic in the number of encoded words."""
    run = unit * (size // len(unit))
    raw = b"To: " + run + b"\nReceived: " + run + b"\nSubject: " + run + b"x\n\nbody\n"
    started = time.monotonic()
    parse_mail(raw)
    assert time.monotonic() - started < 2
