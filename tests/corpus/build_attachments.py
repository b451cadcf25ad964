"""Build the corpus emails that carry attachments (PDF, DOCX, RTF, zip, forwarded message).

Run once after editing a letter in tests/corpus/letters/ and commit the output:

    .venv/bin/python tests/corpus/build_attachments.py

The letters are plain text; this script turns them into a PDF (a small hand-written PDF 1.4
writer: no reportlab or fpdf2 in the venv), a DOCX (python-docx) or an RTF, and wraps them in an
.eml with a short covering email, as police case-management systems send them. The output is
byte-for-byte reproducible (fixed dates, MIME boundaries and zip timestamps).
"""

from __future__ import annotations

import email
import io
import zipfile
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"


def pdf_bytes(text: str) -> bytes:
    """A valid PDF 1.4: Helvetica text, 60 lines a page, WinAnsi-encoded."""
    lines = text.splitlines() or [""]
    pages = [lines[i:i + 60] for i in range(0, len(lines), 60)]
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    for i, page in enumerate(pages):
        stream = _page_stream(page)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>"
                       .encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _page_stream(lines: list[str]) -> bytes:
    parts = [b"BT /F1 9 Tf 12 TL 40 800 Td"]
    for line in lines:
        raw = line.encode("cp1252", "replace")
        raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        parts.append(b"(" + raw + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = datetime(2026, 1, 1)
    document.core_properties.modified = datetime(2026, 1, 1)
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:  # re-zip with fixed timestamps
        return zip_bytes({info.filename: zf.read(info) for info in zf.infolist()})


def rtf_bytes(text: str) -> bytes:
    body = "\\par\n".join(line.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
                          for line in text.splitlines())
    body = "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in body)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n" + body + "\n}").encode()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


MIME = {"pdf": ("application", "pdf"), "docx": ("application",
        "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "rtf": ("application", "rtf"), "zip": ("application", "zip")}


def render(letter: str, fmt: str) -> bytes:
    text = (LETTERS / letter).read_text(encoding="utf-8")
    if fmt == "pdf":
        return pdf_bytes(text)
    if fmt == "docx":
        return docx_bytes(text)
    if fmt == "rtf":
        return rtf_bytes(text)
    if fmt == "zip":  # a zip holding the letter as a PDF
        return zip_bytes({letter.replace(".txt", ".pdf"): pdf_bytes(text)})
    raise ValueError(fmt)


def build_eml(spec: dict) -> bytes:
    msg = EmailMessage()
    sent = datetime(2026, 6, 1, 10, 0, tzinfo=UTC) + timedelta(days=spec["day"])
    msg["From"] = spec["from"]
    msg["To"] = spec["to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{spec['name'].split('.')[0]}@{spec['from'].split('@')[1].rstrip('>')}>"
    for key, value in spec.get("headers", {}).items():
        msg[key] = value
    msg.set_content(spec["body"])
    for letter, fmt, filename in spec["attachments"]:
        if fmt == "eml":
            from corpus_specs import INNER

            inner = email.message_from_bytes(build_eml(INNER[letter]), policy=policy.default)
            msg.add_attachment(inner, filename=filename)
            continue
        maintype, subtype = MIME[fmt]
        msg.add_attachment(render(letter, fmt), maintype=maintype, subtype=subtype,
                           filename=filename)
    if msg.is_multipart():  # a fixed boundary keeps the committed files reproducible
        msg.set_boundary(f"=_foibot_corpus_{spec['name'].split('.')[0]}")
    return msg.as_bytes()


def main() -> None:
    from corpus_specs import SPECS  # the covering emails, kept apart from the machinery

    for spec in SPECS:
        (HERE / spec["split"] / spec["name"]).write_bytes(build_eml(spec))
        print("wrote", spec["split"], spec["name"])


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()
