"""parse_mail: headers, body text, attachments, and degradation to warnings (never raises)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from foibot.mailparse import extract_attachment_texts, parse_mail

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _mail(**kw) -> bytes:
    msg = EmailMessage()
    msg["From"] = kw.get("from_", "FOI Team <FOI@Dyfed-Powys.Police.UK>")
    msg["To"] = kw.get("to", "Jo <Jo+FOI-SMM26-DYFED-7K3Q@Example.org>")
    msg["Subject"] = kw.get("subject", "RE: FOI 400/2026")
    msg["Message-ID"] = "<reply.1@dyfed-powys.police.uk>"
    msg["In-Reply-To"] = "<ours.1@example.org>"
    msg["References"] = "<ours.0@example.org> <ours.1@example.org>"
    msg["Date"] = "Mon, 22 Jun 2026 10:00:00 +0100"
    msg.set_content(kw.get("body", "Dear Jo,\r\nPlease find the figures below.\r\n"))
    return msg.as_bytes()


def test_headers_are_normalised():
    mail = parse_mail(_mail())
    assert mail.message_id == "reply.1@dyfed-powys.police.uk"
    assert mail.in_reply_to == ("ours.1@example.org",)
    assert mail.references == ("ours.0@example.org", "ours.1@example.org")
    assert mail.from_addr == "foi@dyfed-powys.police.uk"
    assert mail.to_addrs == ("jo+foi-smm26-dyfed-7k3q@example.org",)
    assert mail.subject == "RE: FOI 400/2026"
    assert mail.date is not None and mail.date.day == 22
    assert "\r" not in mail.text and "figures below" in mail.text
    assert mail.header("Message-ID") == "<reply.1@dyfed-powys.police.uk>"


def test_encoded_subject_and_received_for_clause():
    raw = (b"Received: from mx.police.uk by mx.example.org\n"
           b"\tfor <me+foi-smm26-gwent-a1c4@example.org>; Mon, 1 Jun 2026 10:00:00 +0000\n"
           b"Subject: =?utf-8?q?Ymateb_/_Response_=E2=80=93_FOI_26/0489?=\n"
           b"From: a@b.police.uk\n\nbody\n")
    mail = parse_mail(raw)
    assert mail.subject == "Ymateb / Response \u2013 FOI 26/0489"
    assert "me+foi-smm26-gwent-a1c4@example.org" in mail.to_addrs


def test_html_only_body_is_converted_with_a_parser():
    raw = (b"From: a@b.police.uk\nContent-Type: text/html; charset=utf-8\n\n"
           b"<html><head><style>p{x:y}</style><script>var a=1;</script></head>"
           b"<body><p>Section 31(1)(a)&amp;(b)</p><p>Ref:<b>FOI 4418</b></p></body></html>")
    mail = parse_mail(raw)
    assert "Section 31(1)(a)&(b)" in mail.text
    assert "var a" not in mail.text and "x:y" not in mail.text


def test_wrong_charset_degrades_with_a_warning():
    raw = b"From: a@b.police.uk\nContent-Type: text/plain; charset=no-such-charset\n\nCost \xa3450\n"
    mail = parse_mail(raw)
    assert "Cost" in mail.text and "450" in mail.text
    assert any("charset" in w for w in mail.warnings)


def test_missing_headers_and_garbage_do_not_raise():
    mail = parse_mail(b"\x00\xff\xfe not an email at all")
    assert mail.message_id is None and mail.subject == "" and mail.from_addr is None
    assert "not an email" in mail.text


def test_broken_mime_boundary_keeps_text():
    raw = (b"From: a@b.police.uk\nContent-Type: multipart/mixed; boundary=\"XX\"\n\n"
           b"--XX\nContent-Type: text/plain\n\nThe information is not held.\n")  # no closing
    mail = parse_mail(raw)
    assert "not held" in mail.text
    assert mail.warnings  # the missing end boundary is reported


def test_attachments_can_be_deferred_then_extracted():
    raw = (CORPUS / "holdout" / "h03_psni_partial_pdf.eml").read_bytes()
    light = parse_mail(raw, extract_attachments=False)
    assert [a.filename for a in light.attachments] == ["F-2026-01898 Response.pdf"]
    assert light.attachments[0].text == "" and light.attachments[0].size > 500
    (full,) = extract_attachment_texts(raw)
    assert "Section 40(2) Personal Information" in full.text
    assert "Section 40(2)" in parse_mail(raw).full_text


def test_forwarded_message_is_one_attachment():
    raw = (CORPUS / "dev" / "d41_forwarded_refusal.eml").read_bytes()
    mail = parse_mail(raw)
    assert "forwarding" in mail.text and "Section 12" not in mail.text
    (att,) = mail.attachments
    assert att.content_type == "message/rfc822" and "Section 12 (cost" in att.text


def test_delivery_status_part_is_read():
    mail = parse_mail((CORPUS / "holdout" / "h07_bounce_dsn.eml").read_bytes())
    status = [a for a in mail.attachments if a.content_type == "message/delivery-status"]
    assert status and "Status: 5.1.1" in status[0].text


def test_raw_8bit_headers_are_decoded_not_surrogates():
    mail = parse_mail(b"From: foi@kent.police.uk\nSubject: R\xe9ponse \xe2\x82\xac\n\nx")
    assert mail.subject == "R\xe9ponse \xe2\x82\xac".encode("latin-1").decode("cp1252")
    mail.subject.encode("utf-8")  # storable


def test_one_broken_encoded_word_does_not_spoil_the_header():
    mail = parse_mail(b"Subject: =?utf-8?B?UmVzcG9uc2U=?= =?utf-8?B?YmFk*?= =?utf-8?q?ok?=\n\nx")
    assert mail.subject.startswith("Response") and mail.subject.endswith("ok")


def test_nul_and_escape_characters_are_replaced():
    mail = parse_mail(b"Subject: a\x00b\x1b[2Jc\n\nbody\x00\x1b]0;t\x07")
    assert mail.subject == "a\ufffdb\ufffd[2Jc"
    assert "\x00" not in mail.text and "\x1b" not in mail.text and "body" in mail.text
