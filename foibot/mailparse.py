"""Raw RFC 5322 bytes → ``ParsedMail``: the headers matching needs, the body text and the
attachments' text. Pure (bytes in, value out) and total: it never raises.

Real FOI replies arrive with wrong charsets, broken MIME boundaries, missing Message-IDs and
headers folded by three different case-management systems. Each such problem degrades to
best-effort text plus an entry in ``ParsedMail.warnings``; nothing is thrown away, because the
raw bytes are archived before parsing and a human can still read them (STYLE: "No loss").

Headers are parsed with the ``compat32`` policy and decoded by hand (RFC 2047 encoded words)
because the modern policy raises on some malformed headers at access time.
"""

from __future__ import annotations

import email
import email.utils
import re
from dataclasses import replace
from datetime import datetime
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import Message

from foibot.domain import Attachment, ParsedMail
from foibot.extract import Budget, extract_file, html_text, text_from_bytes

#: Headers whose addresses may carry our plus-address token (Alaveteli scans the same set).
ADDRESS_HEADERS = ("to", "cc", "bcc", "delivered-to", "x-original-to", "envelope-to",
                   "x-envelope-to", "resent-to")
#: Bounded by RFC 5321 §4.5.3.1 (local part <= 64, domain <= 255 octets). The look-behind stops a
#: match starting inside a run of address characters, so a 2 MB header of "AAAA…" costs one pass
#: instead of the quadratic backtracking an unbounded ``[…]+@`` does (a ReDoS found by
#: tests/hostile).
_ADDR_RE = re.compile(r"(?<![A-Za-z0-9._%+=\-])[A-Za-z0-9._%+=\-]{1,64}@[A-Za-z0-9.\-]{1,255}\.[A-Za-z]{2,63}")
#: C0 controls (except tab, LF, CR, form feed), DEL, C1 controls: never meaningful in mail text, and
#: NUL is refused by PostgreSQL text columns while ESC lets a reply drive the user's terminal.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
#: Bidirectional overrides and isolates (Unicode TR 9): in a file name they disguise
#: "evil\u202efdp.exe" as "evilexe.pdf".
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_BIDI_RE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MSGID_RE = re.compile(r"<([^<>\s]+)>")


def parse_mail(raw: bytes, *, extract_attachments: bool = True) -> ParsedMail:
    """Parse one message. With ``extract_attachments=False`` attachments are listed (name,
    type, size) but not read, so a poll can defer the heavy part to
    ``extract_attachment_texts``."""
    if not isinstance(raw, bytes | bytearray):
        raw = str(raw).encode("utf-8", "replace")
    warns: list[str] = []
    try:
        msg = email.message_from_bytes(bytes(raw))
    except Exception as exc:  # noqa: BLE001 - the stdlib parser is lenient; this is a last resort
        return _clean(_fallback(bytes(raw), f"unparseable message ({type(exc).__name__})"))
    warns.extend(_defects(msg))
    try:
        body, atts, walk_warns = walk_message(msg, Budget(), 0, extract=extract_attachments)
    except Exception as exc:  # noqa: BLE001 - never lose a message to a MIME oddity
        body, atts, walk_warns = _raw_text(bytes(raw)), (), (f"body unreadable ({type(exc).__name__})",)
    warns.extend(walk_warns)
    headers = _headers(msg, warns)
    return _clean(ParsedMail(
        message_id=next(iter(_msgids(_first(headers, "message-id"))), None),
        in_reply_to=_msgids(_first(headers, "in-reply-to")),
        references=_msgids(_first(headers, "references")),
        from_addr=_from_addr(_first(headers, "from"), _first(headers, "sender")),
        to_addrs=_recipients(headers),
        subject=_first(headers, "subject").strip(),
        date=_date(_first(headers, "date"), warns),
        text=body,
        attachments=tuple(atts),
        headers=headers,
        warnings=tuple(dict.fromkeys(warns)),
    ))


def extract_attachment_texts(raw: bytes) -> tuple[Attachment, ...]:
    """The attachments of ``raw`` with their text: the deferred half of ``parse_mail``."""
    return parse_mail(raw, extract_attachments=True).attachments


def walk_message(msg: Message, budget: Budget, depth: int,
                 *, extract: bool) -> tuple[str, tuple[Attachment, ...], tuple[str, ...]]:
    """Body text and attachments of a MIME tree. The body is every inline text/plain part;
    text/html is used only when a multipart/alternative (or the message) has no plain part."""
    plain, html, atts, warns = [], [], [], []
    for part in _leaves(msg):
        ctype = part.get_content_type()
        filename = _filename(part)
        disposition = (part.get("content-disposition") or "").lower()
        inline_text = ctype in ("text/plain", "text/html") and not filename \
            and "attachment" not in disposition
        if inline_text:
            text, warn = _part_text(part)
            (plain if ctype == "text/plain" else html).append(text)
            if warn:
                warns.append(warn)
        elif ctype == "message/delivery-status":
            atts.append(_attachment(part, filename or "delivery-status", budget, depth, True))
        else:
            atts.append(_attachment(part, filename, budget, depth, extract))
    body = "\n\n".join(t for t in plain if t.strip())
    if not body.strip() and html:
        body = "\n\n".join(html_text(h) for h in html)
    return body, tuple(atts), tuple(warns)


def _leaves(msg: Message, depth: int = 0):
    """Leaf parts in order, descending into multipart/* but not into message/* parts: a
    forwarded message is an attachment of its own (its text is extracted as one unit)."""
    payload = msg.get_payload()
    if msg.get_content_maintype() == "multipart" and isinstance(payload, list) and depth < 50:
        for sub in payload:
            if isinstance(sub, Message):
                yield from _leaves(sub, depth + 1)
    else:
        yield msg


def _part_text(part: Message) -> tuple[str, str]:
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = str(part.get_payload() or "").encode("utf-8", "replace")
    text, warn = text_from_bytes(payload, part.get_content_charset())
    return text.replace("\r\n", "\n").replace("\r", "\n"), warn


def _attachment(part: Message, filename: str, budget: Budget, depth: int,
                extract: bool) -> Attachment:
    ctype = part.get_content_type()
    if ctype == "message/rfc822" or ctype == "message/delivery-status":
        data = _inner_bytes(part)
    else:
        data = part.get_payload(decode=True) or b""
    if not extract:
        return Attachment(filename=filename, content_type=ctype, size=len(data))
    text, warns = extract_file(filename, ctype, data, budget, depth)
    return Attachment(filename=filename, content_type=ctype, size=len(data), text=text,
                      warnings=warns)


def _inner_bytes(part: Message) -> bytes:
    """message/rfc822 parts are parsed into sub-Messages by the stdlib; delivery-status
    parts into header blocks. Serialise them back to bytes for the extractor."""
    inner = part.get_payload()
    if isinstance(inner, list):
        return b"\n".join(m.as_bytes() if isinstance(m, Message) else str(m).encode() for m in inner)
    if isinstance(inner, Message):
        return inner.as_bytes()
    return str(inner or "").encode("utf-8", "replace")


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except (TypeError, ValueError, LookupError):
        name = ""
    return _decode(name) if name else ""


def _unescape(value: str) -> str:
    """8-bit header bytes (RFC 6532 UTF-8, or raw latin-1 from old systems) reach us as the lone
    surrogates of the stdlib's ``surrogateescape``; decode them for real (UTF-8, else cp1252)."""
    if not _SURROGATE_RE.search(value):
        return value
    return text_from_bytes(value.encode("utf-8", "surrogateescape"), None)[0]


def _decode(value: object) -> str:
    """RFC 2047 encoded words → str; an unknown charset degrades to latin-1."""
    if value is None:
        return ""
    out, chunks = [], []
    for group in _groups(_unescape(str(value))):
        try:
            chunks.extend(decode_header(group))
        except (HeaderParseError, ValueError, LookupError, TypeError, UnicodeError):
            chunks.extend(_word_by_word(group))  # one bad word (e.g. broken base64) must not spoil the rest
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        try:
            out.append(chunk.decode(charset or "ascii"))
        except (LookupError, UnicodeDecodeError):
            out.append(chunk.decode("latin-1"))
    return _unfold("".join(out))


def _groups(text: str, words: int = 200) -> list[str]:
    """``text`` in pieces of at most ``words`` encoded words: the stdlib's ``decode_header``
    pops from the front of a list, so 100,000 encoded words in one header cost it minutes."""
    if text.count("=?") <= words:
        return [text]
    pieces = re.split(r"(\s+)", text)  # words at even indexes, the blanks between at odd ones
    return ["".join(pieces[i:i + 2 * words]) for i in range(0, len(pieces), 2 * words)]


def _word_by_word(text: str) -> list[tuple[bytes | str, str | None]]:
    """``decode_header`` applied to each blank-separated word; a word it rejects stays as is."""
    chunks: list[tuple[bytes | str, str | None]] = []
    for word in re.split(r"(\s+)", text):
        try:
            chunks.extend(decode_header(word) if word.startswith("=?") else [(word, None)])
        except (HeaderParseError, ValueError, LookupError, TypeError, UnicodeError):
            chunks.append((word, None))
    return chunks


def _unfold(value: str) -> str:
    """Join folded lines (RFC 5322 §2.2.3) with one space. Split, not a ``\\s*\\n\\s*`` regex:
    that backtracks quadratically over a long run of blanks with no line break in it."""
    if "\n" not in value:
        return value
    pieces = [p.strip() for p in value.split("\n")]
    inner = [p for p in pieces[1:-1] if p]
    return " ".join([value.split("\n")[0].rstrip(), *inner, value.rsplit("\n", 1)[-1].lstrip()]).strip()


def _headers(msg: Message, warns: list[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for key, value in msg._headers:  # raw pairs: items() would re-run policy code that can raise
        try:
            pairs.append((str(key).lower().strip(), _decode(value)))
        except (TypeError, ValueError) as exc:
            warns.append(f"header {key!r} unreadable ({type(exc).__name__})")
    return tuple(pairs)


def _first(headers: tuple[tuple[str, str], ...], name: str) -> str:
    return next((v for k, v in headers if k == name), "")


def _msgids(value: str) -> tuple[str, ...]:
    """Message-IDs without angle brackets (RFC 5322 §3.6.4); a bare id is accepted too."""
    ids = _MSGID_RE.findall(value or "")
    bare = (value or "").strip().strip("<>").strip()
    if not ids and bare and not re.search(r"[\s<>]", bare):
        ids = [bare]
    return tuple(dict.fromkeys(ids))


def _from_addr(from_value: str, sender_value: str) -> str | None:
    for value in (from_value, sender_value):
        found = _ADDR_RE.findall(value or "")
        if found:
            return found[-1].lower()
    return None


def _recipients(headers: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Every address the message was sent to, including the ``for <addr>`` clauses of
    Received: headers (RFC 5321 §4.4), where forwarding often leaves the only trace."""
    found: dict[str, None] = {}
    for key, value in headers:
        if key in ADDRESS_HEADERS or key == "received":
            for addr in _ADDR_RE.findall(value or ""):
                found.setdefault(addr.lower(), None)
    return tuple(found)


def _date(value: str, warns: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        warns.append(f"unreadable Date header {value[:60]!r}")
        return None


def _defects(msg: Message) -> list[str]:
    names = {type(d).__name__ for part in msg.walk() for d in (getattr(part, "defects", []) or [])}
    return [f"MIME defect: {n}" for n in sorted(names)]


def _raw_text(raw: bytes) -> str:
    return text_from_bytes(raw, None)[0]


def _text(value: str) -> str:
    """Any string that leaves the parser: no lone surrogates (unencodable, so the database
    refuses them) and no control characters (see ``_CONTROL_RE``)."""
    if _SURROGATE_RE.search(value):
        value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return _CONTROL_RE.sub("\ufffd", value)


def _line(value: str) -> str:
    """A single-line field (header value, file name): also no line breaks or bidi overrides."""
    return _BIDI_RE.sub("", _text(value).replace("\r", " ").replace("\n", " ").replace("\f", " "))


def _clean(p: ParsedMail) -> ParsedMail:
    """Every string of ``p`` made safe to store and to print (see ``_text`` and ``_line``)."""
    def many(values):
        return tuple(_line(v) for v in values)

    atts = tuple(Attachment(filename=_line(a.filename), content_type=_line(a.content_type), size=a.size,
                            text=_text(a.text), warnings=many(a.warnings)) for a in p.attachments)
    return replace(p, message_id=_line(p.message_id) if p.message_id else None,
                   in_reply_to=many(p.in_reply_to), references=many(p.references),
                   to_addrs=many(p.to_addrs), subject=_line(p.subject), text=_text(p.text),
                   attachments=atts, headers=tuple((_line(k), _line(v)) for k, v in p.headers),
                   warnings=many(p.warnings))


def _fallback(raw: bytes, warning: str) -> ParsedMail:
    return ParsedMail(message_id=None, in_reply_to=(), references=(), from_addr=None,
                      to_addrs=(), subject="", date=None, text=_raw_text(raw),
                      warnings=(warning,))
