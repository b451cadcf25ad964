"""Attachment text is read off the poll's critical path, then the message is classified again."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from foibot.app import open_app
from foibot.service.extraction import INLINE_BELOW, extract_pending
from foibot.service.ingest import poll

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
from build_attachments import pdf_bytes  # noqa: E402

REFUSAL = ("Freedom of Information Request Reference No: FOI 2026/04411\n"
           "I can confirm that the information you have requested is held by the force. However, "
           "I am refusing the whole of your request by virtue of Section 31(1)(a)(b) Law Enforcement "
           "and Section 24(1) National Security. This letter is a refusal notice under section 17.")


def _pdf_reply(ref: str, n: int, sender: str = "foi@kent.police.uk") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "alex@example.org"  # the force's own address (sender check)
    msg["Subject"], msg["Message-ID"] = f"Your FOI request {ref}", f"<pdf{n}@kent>"
    msg.set_content("Please find our response attached.")
    msg.add_attachment(pdf_bytes(REFUSAL), maintype="application", subtype="pdf", filename="response.pdf")
    return msg.as_bytes()


@pytest.mark.parametrize("count", [1, INLINE_BELOW + 2])
def test_pdf_only_refusal_is_classified_after_extraction(foibot, home: Path, count: int) -> None:
    foibot("send", "social-media-monitoring")
    rows = foibot.json("status", "--json")[:count]
    refs = [r["our_reference"] for r in rows]
    emails = {f["slug"]: f["email"] for f in foibot.json("forces", "--json")}
    for n, row in enumerate(rows):
        reply = _pdf_reply(row["our_reference"], n, emails[row["force"]])
        (home / "state/maildir/new" / f"m{n}").write_bytes(reply)
    app = open_app(home)
    report = poll(app)
    assert report.matched == count and report.pending_extraction == count
    rows = {r["our_reference"]: r for r in foibot.json("status", "--json")}
    assert all(rows[ref]["outcome"] is None for ref in refs)  # the body alone decides nothing
    x = extract_pending(app, workers=2)
    assert x.extracted == count and x.failed == 0
    rows = {r["our_reference"]: r for r in foibot.json("status", "--json")}
    for ref in refs:
        assert rows[ref]["state"] == "answered" and rows[ref]["outcome"] == "refusal"
        assert rows[ref]["exemptions"] == ["s.24(1)", "s.31(1)(a)(b)"]
    assert extract_pending(app).extracted == 0  # nothing left
    hits = foibot("search", "National", "Security").stdout
    assert f"{count} message(s)" in hits
    app.close()


def test_poll_command_reads_attachments_by_default(foibot, home: Path) -> None:
    foibot("send", "social-media-monitoring", "--only", "kent")
    (ref,) = [r["our_reference"] for r in foibot.json("status", "--json")]
    (home / "state/maildir/new/m").write_bytes(_pdf_reply(ref, 0))
    out = foibot("poll", "--no-extract").stdout
    assert "wait for" in out
    assert "1 message(s) with attachments read" in foibot("poll").stdout
    (row,) = foibot.json("status", "--json")
    assert row["outcome"] == "refusal"
