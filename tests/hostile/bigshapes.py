"""The nasty shapes too big to commit, built at test time: bombs, a 2 MB header line, a 50 MB
attachment, a 10,000-page PDF and a PDF page that is very slow to read.

Each builder returns a whole raw message (bytes) ready for a Maildir; the small hand-written
shapes live in ``corpus/``.
"""

from __future__ import annotations

import base64
import io
import os
import zipfile
import zlib
from email.message import EmailMessage

MB = 1024 * 1024


def mail_with(name: str, ctype: str, data: bytes, subject: str) -> bytes:
    """A reply from a force with one attachment (the way a case-management system sends it)."""
    msg = EmailMessage()
    msg["From"], msg["To"] = "foi@kent.police.uk", "alex@example.org"
    msg["Subject"], msg["Message-ID"] = subject, f"<{abs(hash(subject))}@big.example>"
    msg.set_content("Please find our response attached.")
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def _zeros_member(zf: zipfile.ZipFile, name: str, size: int) -> None:
    chunk = b"\0" * MB
    with zf.open(name, "w", force_zip64=True) as out:
        for _ in range(size // MB):
            out.write(chunk)


def zip_bomb(expanded: int = 512 * MB) -> bytes:
    """Half a gigabyte of zeros in a few hundred kilobytes, next to a real letter."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        _zeros_member(zf, "zeros.txt", expanded)
        zf.writestr("letter.txt", "Reference: ZIPBOMB/26")
    return buf.getvalue()


def docx_bomb(expanded: int = 512 * MB) -> bytes:
    """A .docx whose word/document.xml inflates to half a gigabyte."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        _zeros_member(zf, "word/document.xml", expanded)
    return buf.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF with a correct cross-reference table; object 1 is the catalog."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, flate: bool = False) -> bytes:
    body = zlib.compress(data, 1) if flate else data
    return (b"<< /Length %d%s >>\nstream\n" % (len(body), b" /Filter /FlateDecode" if flate else b"")
            + body + b"\nendstream")


def pdf_pages(pages: int, content: bytes, flate: bool = False) -> bytes:
    """``pages`` pages sharing one content stream (object 4) and one font (object 3)."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               _stream(content, flate)]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>")
    return _pdf(objects + [page] * pages)


def pdf_ten_thousand_pages() -> bytes:
    return pdf_pages(10_000, b"BT /F1 12 Tf 72 720 Td (Reference: PAGES/26) Tj ET")


def pdf_flate_bomb(expanded: int = 512 * MB) -> bytes:
    """One page whose content stream inflates to half a gigabyte of blanks."""
    comp = zlib.compressobj(1)
    chunk = b" " * MB
    body = b"".join(comp.compress(chunk) for _ in range(expanded // MB)) + comp.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", stream,
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 3 0 R >> >> >>"])


def pdf_slow_page(operators: int = 400_000) -> bytes:
    """One page of many tiny text operations: pypdf takes many seconds over it, and a single
    ``extract_text`` call cannot be interrupted by the between-pages time budget."""
    ops = b"BT /F1 1 Tf %d %d Td (x) Tj ET\n"
    content = b"".join(ops % (i % 600, i % 700) for i in range(operators))
    return pdf_pages(1, content, flate=True)


def huge_header_line(size: int = 2 * MB) -> bytes:
    return (b"From: foi@kent.police.uk\nTo: alex@example.org\nMessage-ID: <huge-header@kent>\n"
            b"Subject: " + b"A" * size + b"\nX-Blanks: " + b" " * size + b"x\n\nbody\n")


def fifty_megabytes() -> bytes:
    """Written by hand: EmailMessage takes seconds to fold 67 MB of base64."""
    head = (b"From: foi@kent.police.uk\nTo: alex@example.org\nSubject: 50 MB attachment\n"
            b"Message-ID: <fifty@kent>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"F\"\n\n"
            b"--F\nContent-Type: text/plain\n\nPlease find our response attached.\n--F\n"
            b"Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"big.pdf\"\n"
            b"Content-Transfer-Encoding: base64\n\n")
    line = base64.encodebytes(os.urandom(57))  # one 76-character line, repeated
    return head + line * (50 * MB // 57 + 1) + b"--F--\n"


def big_shapes() -> dict[str, bytes]:
    """Every generated shape, as whole messages, by a short name."""
    return {
        "zip-bomb": mail_with("bundle.zip", "application/zip", zip_bomb(), "zip bomb"),
        "docx-bomb": mail_with("reply.docx", "application/vnd.openxmlformats-officedocument"
                               ".wordprocessingml.document", docx_bomb(), "docx bomb"),
        "pdf-10000-pages": mail_with("long.pdf", "application/pdf", pdf_ten_thousand_pages(), "10,000 pages"),
        "pdf-flate-bomb": mail_with("bomb.pdf", "application/pdf", pdf_flate_bomb(), "pdf bomb"),
        "huge-header": huge_header_line(),
        "fifty-mb": fifty_megabytes(),
    }
