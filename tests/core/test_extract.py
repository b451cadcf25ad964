"""Attachment extraction: each format, and the limits that stop a bomb stalling the daemon."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from foibot.extract import Budget, Limits, extract_file, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from build_attachments import docx_bytes, pdf_bytes, rtf_bytes, zip_bytes  # noqa: E402

LETTER = "Reference: 400/2026\nSection 31(1)(a)(b) Law Enforcement\nCost: £450"


def test_pdf_docx_rtf_html_text():
    for name, data in (("a.pdf", pdf_bytes(LETTER)), ("a.docx", docx_bytes(LETTER)),
                       ("a.rtf", rtf_bytes(LETTER))):
        text, warns = extract_file(name, "application/octet-stream", data)
        assert "Section 31(1)(a)(b)" in text and "400/2026" in text, name
        assert warns == (), name
    html, _ = extract_file("a.htm", "", b"<p>Ref: <b>FOI 4418</b></p><script>x()</script>")
    assert "FOI 4418" in html and "x()" not in html


def test_kind_prefers_the_extension_over_octet_stream():
    assert kind_of("Response.PDF", "application/octet-stream") == "pdf"
    assert kind_of("", "application/pdf") == "pdf"
    assert kind_of("x.bin", "application/octet-stream") == "binary"


def test_pdf_page_limit():
    data = pdf_bytes("\n".join(f"line {i}" for i in range(60 * 5)))  # five pages
    text, warns = extract_file("long.pdf", "", data, Budget(Limits(max_pdf_pages=2)))
    assert "line 0" in text and "line 119" in text and "line 120" not in text
    assert any("only the first 2" in w for w in warns)


def test_zip_bomb_is_refused_before_inflating():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.txt", b"0" * 5_000_000)
        zf.writestr("letter.txt", b"Reference: 323/18")
    text, warns = extract_file("x.zip", "", bomb.getvalue())
    assert "323/18" in text and "0000000000" not in text
    assert any("zeros.txt skipped" in w for w in warns)


def test_nested_zip_depth_limit():
    data = b"Reference: 532A/22"
    for i in range(6):
        data = zip_bytes({f"level{i}.zip" if i else "letter.txt": data})
    text, warns = extract_file("nest.zip", "", data, Budget(Limits(max_depth=3)))
    assert "532A/22" not in text
    assert any("nested too deep" in w for w in warns)


def test_total_text_cap_truncates_with_a_warning():
    budget = Budget(Limits(max_total_chars=100))
    text, warns = extract_file("a.txt", "text/plain", b"x" * 500, budget)
    assert len(text) == 100 and any("truncated" in w for w in warns)
    later, warns2 = extract_file("b.txt", "text/plain", b"more", budget)
    assert later == "" and any("budget spent" in w for w in warns2)


def test_time_budget_skips_further_work():
    budget = Budget(Limits(max_seconds=0.0))
    budget.started -= 1.0
    text, warns = extract_file("a.pdf", "", pdf_bytes(LETTER), budget)
    assert text == "" and any("budget" in w for w in warns)


def test_size_limit():
    text, warns = extract_file("big.txt", "text/plain", b"a" * 2000,
                               Budget(Limits(max_attachment_bytes=1000)))
    assert text == "" and any("size limit" in w for w in warns)


def test_broken_files_become_warnings():
    for name in ("bad.pdf", "bad.docx", "bad.zip"):
        text, warns = extract_file(name, "", b"this is not really a " + name.encode())
        assert text == "" and warns and "could not read" in warns[0], name


def test_docx_bomb_is_refused():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b" " * 5_000_000)
    text, warns = extract_file("bomb.docx", "", bomb.getvalue())
    assert text == "" and "too large" in warns[0]
