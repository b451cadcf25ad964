"""A generator of arbitrary, broken MIME: one function of a ``random.Random``.

The same function serves two masters. Hypothesis drives it through ``st.randoms()`` (so a failing
example is found, replayed and printed by hypothesis), and the 10,000-message ingest run drives it
with a seeded ``random.Random`` because generating through hypothesis' engine costs milliseconds
per example. Shapes follow what RFC 5322/2045/2046/2047 permit and what real systems get wrong:
bad or missing boundaries, deep nesting, unknown charsets, broken encoded words, header folding
tricks, huge headers, NUL and 8-bit bytes, CR-only and mixed line endings, hostile file names.

Every message carries a unique Message-ID in angle brackets, first in its header (or none), so two
generated messages are never the "same message fetched twice" for ingest's deduplication.
"""

from __future__ import annotations

import base64
import io
import random
import zipfile

CHARSETS = ["utf-8", "us-ascii", "iso-8859-1", "windows-1252", "koi8-r", "shift_jis", "utf-16",
            "x-unknown", "", "utf-8\x00", "unicode-1-1-utf-7", "gb2312", "iso-2022-jp", "x" * 300]
ENCODINGS = ["7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus", "BASE64 "]
LEAF_TYPES = ["text/plain", "text/html", "application/pdf", "application/zip", "application/octet-stream",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/rtf",
              "image/png", "message/delivery-status", "text/rfc822-headers", "", "text", "/", "a/b/c"]
MULTIPART = ["multipart/mixed", "multipart/alternative", "multipart/related", "multipart/report",
             "multipart/signed", "multipart/digest", "multipart/x-weird"]
NAMES = ["../../../../etc/passwd", "/etc/passwd", "..\\..\\windows\\system32\\cmd.exe", "CON.txt",
         "nul", "a\x00b.pdf", "x" * 1000 + ".pdf", "\u202egnp.exe.pdf", "report.pdf", "reply.docx",
         "bundle.zip", "letter.rtf", ".", "..", "", " ", "~/.ssh/authorized_keys", "C:\\boot.ini",
         "=?utf-8?b?Li4vLi4vZXZpbC5wZGY=?=", "=?bogus?q?=FF=FE?=", "\r\nX-Injected: yes"]
WORDS = ["FOI", "request", "section 31", "refusal", "=?", "?=", "<script>", "\u202e", "café", "Ä",
         "\U0001f600", "--", "boundary", "\\", '"', ";", "=", "\t", "MIME-Version: 1.0"]


def newline(rng: random.Random) -> bytes:
    return rng.choice([b"\n", b"\n", b"\r\n", b"\r\n", b"\r", b"\n\r"])


def junk_bytes(rng: random.Random, n: int) -> bytes:
    return rng.randbytes(n)


def text(rng: random.Random, n: int = 8) -> str:
    return " ".join(rng.choice(WORDS) if rng.random() < 0.7 else str(rng.getrandbits(20))
                    for _ in range(rng.randint(0, n)))


def encoded_word(rng: random.Random) -> bytes:
    """RFC 2047 encoded words: valid, bad base64, bad charset, unterminated, empty."""
    payload = text(rng, 4).encode("utf-8")
    form = rng.randint(0, 5)
    if form == 0:
        return b"=?utf-8?b?" + base64.b64encode(payload) + b"?="
    if form == 1:
        return b"=?utf-8?b?" + base64.b64encode(payload)[:-1] + b"!!?="  # bad base64
    if form == 2:
        return b"=?" + rng.choice(CHARSETS).encode("utf-8", "replace") + b"?q?=FF=C3=28_x?="
    if form == 3:
        return b"=?utf-8?q?unterminated"
    if form == 4:
        return b"=??b??="
    return b"=?iso-8859-1?Q?caf=E9?= =?utf-8?B?Y2Fmw6k=?="


def header_value(rng: random.Random) -> bytes:
    """A value with folding tricks, 8-bit bytes, NULs, encoded words or sheer size."""
    form = rng.randint(0, 9)
    if form == 0:
        return encoded_word(rng)
    if form == 1:
        return text(rng).encode(rng.choice(["latin-1", "utf-8", "cp1251"]), "replace")
    if form == 2:
        return b"a" + newline(rng) + rng.choice([b" ", b"\t", b"", b"\r"]) + b"folded" + newline(rng) + b" "
    if form == 3:
        return junk_bytes(rng, rng.randint(0, 40))
    if form == 4:
        return b"x\x00y\x00" + text(rng).encode()
    if form == 5:
        return b"A" * rng.choice([1000, 1000, 4000, 20_000])  # 2 MB lines: corpus, bigshapes
    if form == 6:
        return b" " + newline(rng) + b"\t" + newline(rng) + b" "  # value made only of folding
    return text(rng).encode("utf-8")


def header_block(rng: random.Random, extra: list[tuple[bytes, bytes]]) -> bytes:
    names = [b"From", b"To", b"Cc", b"Subject", b"Date", b"Received", b"References", b"In-Reply-To",
             b"Auto-Submitted", b"X-\xff\xfe", b"No-Colon-Here", b" Leading-Space", b"", b"A" * 200]
    pairs = [(rng.choice(names), header_value(rng)) for _ in range(rng.randint(0, 8))]
    rng.shuffle(pairs)
    pairs = extra + pairs  # the Message-ID first: a folded line after it cannot put an id before it
    out = []
    for name, value in pairs:
        sep = rng.choice([b": ", b":", b" : ", b": ", b": "])
        out.append(name + (b"" if name == b"No-Colon-Here" else sep) + value)
    nl = newline(rng)
    return nl.join(out) + nl


def message_id(rng: random.Random) -> list[tuple[bytes, bytes]]:
    token = f"{rng.getrandbits(64):016x}".encode()
    return rng.choice([[], [(b"Message-ID", b"<" + token + b"@gen.example>")],
                       [(b"Message-ID", b"<" + token + b"@gen.example>")],
                       [(b"Message-Id", b"<no-at-sign-" + token + b">")]])


def content_type(rng: random.Random, ctype: str, boundary: bytes | None) -> bytes:
    params = []
    if boundary is not None:
        params.append(rng.choice([b'boundary="' + boundary + b'"', b"boundary=" + boundary,
                                  b"boundary=", b'boundary="' + boundary]))
    if rng.random() < 0.5:
        params.append(b'charset="' + rng.choice(CHARSETS).encode("utf-8", "replace") + b'"')
    if rng.random() < 0.3:
        params.append(b'name="' + rng.choice(NAMES).encode("utf-8", "surrogateescape") + b'"')
    return b"; ".join([ctype.encode()] + params)


def leaf_body(rng: random.Random, ctype: str, cte: str) -> bytes:
    raw = _leaf_payload(rng, ctype)
    if cte.strip().lower() == "base64":
        enc = base64.encodebytes(raw)
        return enc if rng.random() < 0.6 else enc[: len(enc) // 2] + b"!!@@##\x00" + junk_bytes(rng, 9)
    if cte == "quoted-printable":
        return raw.replace(b"=", b"=3D") + rng.choice([b"=", b"=\n", b"=4", b"=ZZ", b""])  # soft break at EOF
    return raw


def _leaf_payload(rng: random.Random, ctype: str) -> bytes:
    if ctype == "application/zip" and rng.random() < 0.5:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(rng.choice(NAMES) or "x", text(rng).encode())
        return buf.getvalue()
    if ctype == "application/pdf":
        return b"%PDF-1.4\n" + junk_bytes(rng, rng.randint(0, 200)) + rng.choice([b"", b"\n%%EOF"])
    if ctype == "text/html":
        return b"<p>" + text(rng).encode() + b"<img src=x onerror=alert(1)><script>x()</script>"
    if rng.random() < 0.3:
        return junk_bytes(rng, rng.randint(0, 300))
    return text(rng, 30).encode(rng.choice(["utf-8", "latin-1", "utf-16"]), "replace")


def part(rng: random.Random, depth: int, max_depth: int) -> bytes:
    """One MIME entity (headers, blank line, body) with children when multipart."""
    kind = rng.random()
    nl = newline(rng)
    if depth < max_depth and kind < 0.35:
        return _multipart(rng, depth, max_depth, nl)
    if depth < max_depth and kind < 0.45:
        head = b"Content-Type: message/rfc822" + nl
        return head + nl + message(rng, depth + 1, max_depth)
    ctype, cte = rng.choice(LEAF_TYPES), rng.choice(ENCODINGS)
    head = [b"Content-Type: " + content_type(rng, ctype, None),
            b"Content-Transfer-Encoding: " + cte.encode()]
    if rng.random() < 0.4:
        disp = rng.choice([b"attachment", b"inline", b"bogus", b""])
        head.append(b"Content-Disposition: " + disp + b'; filename="'
                    + rng.choice(NAMES).encode("utf-8", "surrogateescape") + b'"')
    rng.shuffle(head)
    return nl.join(head[: rng.randint(0, len(head))]) + nl + nl + leaf_body(rng, ctype, cte)


def _multipart(rng: random.Random, depth: int, max_depth: int, nl: bytes) -> bytes:
    boundary = rng.choice([b"b", b"==b" + str(depth).encode(), b"", b" space in it ", b"--",
                           b"x" * 80, b"\xff\xfe", b"b;c=d", f"q{rng.getrandbits(32)}".encode()])
    ctype = rng.choice(MULTIPART)
    head = b"Content-Type: " + content_type(rng, ctype, boundary) + nl
    children = [part(rng, depth + 1, max_depth) for _ in range(rng.randint(0, 4))]
    delim = rng.choice([b"--" + boundary, b"--" + boundary, b"--" + boundary + b"  ", b"-" + boundary])
    body = rng.choice([b"", b"preamble" + nl])
    for child in children:
        body += delim + nl + child + nl
    body += rng.choice([delim + b"--" + nl + b"epilogue", delim + b"--", b""])  # "" = never closed
    return head + nl + body


def message(rng: random.Random, depth: int = 0, max_depth: int | None = None) -> bytes:
    """A whole message: headers (with a unique Message-ID when it has one), then an entity."""
    if max_depth is None:
        max_depth = rng.choice([0, 1, 2, 3, 4, 8, 40]) if depth == 0 else depth + 2
    form = rng.random()
    if depth == 0 and form < 0.02:
        return junk_bytes(rng, rng.randint(0, 500))  # not mail at all
    if depth == 0 and form < 0.04:
        return header_block(rng, message_id(rng))  # headers only, no body
    head = header_block(rng, message_id(rng) if depth == 0 else [])
    if rng.random() < 0.7:
        head += b"MIME-Version: 1.0" + newline(rng)
    return head + part(rng, depth, max_depth)


def unique_messages(seed: int, count: int) -> list[bytes]:
    """``count`` distinct messages (distinct bytes, so distinct archive entries) from ``seed``."""
    rng, seen, out = random.Random(seed), set(), []
    while len(out) < count:
        raw = message(rng)
        if raw not in seen:
            seen.add(raw)
            out.append(raw)
    return out
