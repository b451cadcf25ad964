"""Issue 7: the "nasty shapes" corpus (tests/hostile/corpus/) and the generated big shapes.

Each shape must parse without raising, quickly, into strings that are safe to store and print;
bombs and oversized attachments are cut off by the size, ratio, page and time limits with a
warning that says so.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import bigshapes
import pytest

from foibot.domain import ParsedMail
from foibot.mailparse import parse_mail

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.eml"))
UNSAFE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strings_of(p: ParsedMail) -> list[str]:
    out = [p.subject, p.text, p.message_id or "", p.from_addr or "", *p.to_addrs, *p.in_reply_to,
           *p.references, *p.warnings, *(x for kv in p.headers for x in kv)]
    for a in p.attachments:
        out += [a.filename, a.content_type, a.text, *a.warnings]
    return out


def assert_safe(p: ParsedMail) -> None:
    """Storable in PostgreSQL (no NUL), encodable (no lone surrogates), printable to a terminal
    (no ESC or other controls); file names carry no bidi overrides or line breaks."""
    for s in strings_of(p):
        assert not UNSAFE.search(s), repr(s[:200])
        s.encode("utf-8")
    for a in p.attachments:
        assert not BIDI.search(a.filename) and "\n" not in a.filename
    assert "\n" not in p.subject


def test_corpus_has_the_shapes_issue_7_lists():
    assert len(CORPUS) >= 25


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_corpus_shape_parses_quickly_and_safely(path: Path):
    started = time.monotonic()
    parsed = parse_mail(path.read_bytes())
    assert time.monotonic() - started < 5
    assert_safe(parsed)


def _parse(name: str) -> ParsedMail:
    return parse_mail((Path(__file__).parent / "corpus" / name).read_bytes())


def test_hostile_attachment_names_are_kept_as_data_only():
    names = {n: _parse(n).attachments[0].filename for n in (
        "14-name-dotdot.eml", "15-name-absolute.eml", "16-name-nul.eml", "17-name-con.eml",
        "18-name-1000-chars.eml", "19-name-rtl-override.eml")}
    assert names["14-name-dotdot.eml"] == "../../../../tmp/pwned.txt"  # recorded, never a path
    assert names["15-name-absolute.eml"] == "/etc/passwd"
    assert names["16-name-nul.eml"] == "evil\ufffd.pdf"
    assert names["17-name-con.eml"] == "CON.txt"
    assert len(names["18-name-1000-chars.eml"]) == 1004
    assert names["19-name-rtl-override.eml"] == "invoicefdp.exe"  # the override is gone


def test_8bit_headers_are_decoded_not_left_as_surrogates():
    mail = _parse("03-8bit-headers-unknown-charset.eml")
    assert mail.subject.startswith("Réponse à votre demande")
    assert mail.from_addr == "foi@kent.police.uk"


def test_nul_cr_only_and_escapes():
    nul = _parse("11-nul-bytes.eml")
    assert nul.subject == "nul\ufffdin\ufffdsubject" and "NUL" in nul.text
    cr = _parse("12-cr-only-line-endings.eml")
    assert cr.subject == "classic Mac line endings" and cr.message_id == "cr-only@kent"
    esc = _parse("27-terminal-escapes.eml")
    assert "\x1b" not in esc.subject + esc.text and "red" in esc.text


def test_deep_nesting_keeps_the_innermost_text_reachable():
    assert "innermost text" not in _parse("07-200-level-nesting.eml").text  # cut at depth 50
    assert _parse("08-rfc822-nesting-100.eml").message_id == "rfc822loop@kent"


def test_html_body_loses_its_scripts():
    mail = _parse("24-html-only-with-script.eml")
    assert "Visible" in mail.text and "alert" not in mail.text


@pytest.fixture(scope="module")
def big() -> dict[str, bytes]:
    return bigshapes.big_shapes()


def _timed(raw: bytes, limit: float) -> ParsedMail:
    started = time.monotonic()
    parsed = parse_mail(raw)
    assert time.monotonic() - started < limit
    assert_safe(parsed)
    return parsed


def _warnings(p: ParsedMail) -> str:
    return "\n".join(w for a in p.attachments for w in a.warnings)


def test_zip_and_docx_bombs_are_refused_by_ratio(big):
    zipped = _timed(big["zip-bomb"], 5)
    assert "zeros.txt skipped" in _warnings(zipped) and "ZIPBOMB/26" in zipped.full_text
    docx = _timed(big["docx-bomb"], 5)
    assert "too large" in _warnings(docx)


def test_pdf_bombs_are_cut_by_pages_and_inflate_limit(big):
    pages = _timed(big["pdf-10000-pages"], 15)
    assert "10000 pages, only the first 60 read" in _warnings(pages)
    assert pages.full_text.count("PAGES/26") == 60
    bomb = _timed(big["pdf-flate-bomb"], 10)
    assert "could not read pdf" in _warnings(bomb)


def test_two_megabyte_header_line_and_fifty_megabyte_attachment(big):
    huge = _timed(big["huge-header"], 5)
    assert len(huge.subject) == 2 * bigshapes.MB and huge.message_id == "huge-header@kent"
    fifty = _timed(big["fifty-mb"], 30)
    (att,) = fifty.attachments
    assert att.size > 50_000_000 and att.text == "" and "over the size limit" in _warnings(fifty)
