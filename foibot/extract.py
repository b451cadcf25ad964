"""Attachment bytes → text, bounded so that a hostile attachment cannot stall the daemon.

Forces answer FOI requests in PDF letters, Word documents, RTF, HTML and zip bundles
(Alaveteli converts the same set). Every extractor here is given a ``Budget``: a cap on the
bytes it may read, the pages it may render, the characters it may return and the wall-clock
seconds it may spend. A decompression bomb or a 5,000-page PDF therefore yields *some* text and
a warning instead of a hung poll. Extraction never raises: a broken file becomes "" plus a
warning, because losing a reply is worse than reading it badly.

The only impurity is ``time.monotonic`` inside ``Budget`` (a stopwatch, not a calendar clock).
"""

from __future__ import annotations

import email
import io
import re
import time
import warnings
import zipfile
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    """Hard ceilings for one message's attachments. Defaults suit a single-user daemon."""

    max_attachment_bytes: int = 25_000_000
    max_pdf_pages: int = 60
    max_total_chars: int = 400_000
    max_seconds: float = 20.0
    max_zip_members: int = 50
    max_zip_member_bytes: int = 20_000_000
    max_zip_total_bytes: int = 60_000_000
    max_zip_ratio: float = 100.0
    max_depth: int = 3


DEFAULT_LIMITS = Limits()


@dataclass
class Budget:
    """What is left to spend on one message. Mutable on purpose: it is shared by the walk."""

    limits: Limits = DEFAULT_LIMITS
    chars_left: int = -1
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        if self.chars_left < 0:
            self.chars_left = self.limits.max_total_chars

    def out_of_time(self) -> bool:
        return time.monotonic() - self.started > self.limits.max_seconds

    def take(self, text: str) -> tuple[str, bool]:
        """Charge ``text`` to the budget; returns the part that fits and whether it was cut."""
        if len(text) <= self.chars_left:
            self.chars_left -= len(text)
            return text, False
        kept = text[: max(self.chars_left, 0)]
        self.chars_left = 0
        return kept, True


PDF_TYPES = {"application/pdf", "application/x-pdf"}
DOCX_TYPES = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
RTF_TYPES = {"application/rtf", "text/rtf", "text/richtext"}
ZIP_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-zip"}
EML_TYPES = {"message/rfc822"}


def kind_of(filename: str, content_type: str) -> str:
    """Which extractor to use. The extension wins over a generic content type because
    case-management systems often send everything as application/octet-stream."""
    name, ctype = (filename or "").lower(), (content_type or "").lower()
    by_ext = {".pdf": "pdf", ".docx": "docx", ".rtf": "rtf", ".zip": "zip", ".eml": "eml",
              ".htm": "html", ".html": "html", ".txt": "text", ".csv": "text", ".md": "text"}
    for ext, kind in by_ext.items():
        if name.endswith(ext):
            return kind
    table = [(PDF_TYPES, "pdf"), (DOCX_TYPES, "docx"), (RTF_TYPES, "rtf"), (ZIP_TYPES, "zip"),
             (EML_TYPES, "eml"), ({"text/html"}, "html"), ({"message/delivery-status"}, "text")]
    for types, kind in table:
        if ctype in types:
            return kind
    return "text" if ctype.startswith("text/") else "binary"


def extract_file(filename: str, content_type: str, data: bytes, budget: Budget | None = None,
                 depth: int = 0) -> tuple[str, tuple[str, ...]]:
    """Text of one attachment and the warnings met on the way. Never raises."""
    budget = budget or Budget()
    label = filename or content_type or "attachment"
    if budget.out_of_time() or budget.chars_left <= 0:
        return "", (f"{label}: skipped, extraction budget spent",)
    if len(data) > budget.limits.max_attachment_bytes:
        return "", (f"{label}: skipped, {len(data)} bytes is over the size limit",)
    kind = kind_of(filename, content_type)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text, warns = _dispatch(kind, label, data, budget, depth)
    except RecursionError:
        text, warns = "", [f"{label}: nesting too deep"]
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, OSError,
            LookupError, UnicodeError, zipfile.BadZipFile, NotImplementedError) as exc:
        text, warns = "", [f"{label}: could not read {kind} ({type(exc).__name__}: {exc})"[:300]]
    except Exception as exc:  # noqa: BLE001 - third-party parsers raise their own types; never lose mail
        text, warns = "", [f"{label}: could not read {kind} ({type(exc).__name__})"]
    kept, cut = budget.take(text)
    if cut:
        warns = [*warns, f"{label}: text truncated at the extraction limit"]
    return kept, tuple(warns)


def _dispatch(kind: str, label: str, data: bytes, budget: Budget,
              depth: int) -> tuple[str, list[str]]:
    if kind == "pdf":
        return pdf_text(data, budget.limits.max_pdf_pages, budget.out_of_time)
    if kind == "docx":  # a .docx is a zip: the same bomb checks before python-docx inflates it
        _check_zip_members(data, budget.limits)
        return docx_text(data), []
    if kind == "rtf":
        return rtf_text(text_from_bytes(data, None)[0]), []
    if kind == "html":
        return html_text(text_from_bytes(data, None)[0]), []
    if kind == "text":
        text, warn = text_from_bytes(data, None)
        return text, [f"{label}: {warn}"] if warn else []
    if kind == "zip":
        return zip_text(data, budget, depth)
    if kind == "eml":
        return eml_text(data, budget, depth)
    return "", [f"{label}: no text extractor for this type"]


def zip_text(data: bytes, budget: Budget, depth: int) -> tuple[str, list[str]]:
    """Members of a zip, each through ``extract_file``; refuses bombs *before* inflating, by
    the declared sizes and compression ratio, and stops at the member and total limits."""
    lim = budget.limits
    if depth >= lim.max_depth:
        return "", ["zip: nested too deep, not opened"]
    texts, warns, total = [], [], 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > lim.max_zip_members:
            warns.append(f"zip: {len(infos)} members, only the first {lim.max_zip_members} read")
        for info in infos[: lim.max_zip_members]:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > lim.max_zip_member_bytes or ratio > lim.max_zip_ratio:
                warns.append(f"zip: {info.filename} skipped (size {info.file_size}, ratio {ratio:.0f})")
                continue
            total += info.file_size
            if total > lim.max_zip_total_bytes or budget.out_of_time():
                warns.append("zip: stopped at the size/time limit")
                break
            text, member_warns = extract_file(info.filename, "", zf.read(info), budget, depth + 1)
            warns.extend(member_warns)
            if text:
                texts.append(f"[{info.filename}]\n{text}")
    return "\n\n".join(texts), warns


def _check_zip_members(data: bytes, lim: Limits) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > lim.max_zip_member_bytes or ratio > lim.max_zip_ratio:
                raise ValueError(f"member {info.filename} too large (ratio {ratio:.0f})")


def eml_text(data: bytes, budget: Budget, depth: int) -> tuple[str, list[str]]:
    """A forwarded message (message/rfc822 or .eml): its subject, body and attachments."""
    from foibot.mailparse import walk_message  # local: mailparse imports this module

    if depth >= budget.limits.max_depth:
        return "", ["message: nested too deep, not opened"]
    msg = email.message_from_bytes(data)
    body, atts, warns = walk_message(msg, budget, depth + 1, extract=True)
    subject = str(msg.get("subject", "") or "")
    parts = [f"Subject: {subject}" if subject else "", body] + [a.text for a in atts]
    return "\n\n".join(p for p in parts if p), list(warns) + [w for a in atts for w in a.warnings]


# --- formats -------------------------------------------------------------------------------

def text_from_bytes(data: bytes, charset: str | None) -> tuple[str, str]:
    """Decode with the declared charset, then UTF-8, then cp1252 (what Outlook really sends),
    replacing what still fails. Returns the text and a warning ("" when none)."""
    for cs in [c for c in (charset, "utf-8") if c]:
        try:
            return data.decode(cs), ""
        except (LookupError, UnicodeDecodeError):
            continue
    warn = f"charset {charset!r} failed, decoded as cp1252" if charset else "decoded as cp1252"
    return data.decode("cp1252", errors="replace"), warn


#: Elements that start a new line; every other element (strong, span, a ...) flows inline, so
#: "given it the reference <strong>DOR-FOI-2026-01187</strong>." stays one sentence.
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "tr", "table", "thead", "tbody", "h1", "h2",
                     "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header",
                     "footer", "address", "dl", "dt", "dd", "hr", "center", "form", "fieldset"})
_CELLS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\r\n\f\xa0]+")


def html_text(markup: str) -> str:
    """Visible text of an HTML body with a real parser (bs4 + the stdlib html.parser): block
    elements and <br> break lines, inline elements flow, table cells are separated by " | "
    (a column gap the date and figure rules read); scripts, styles and head are dropped."""
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "head", "title"]):
        tag.decompose()
    for node in soup.find_all(string=True):
        if type(node) is NavigableString and node.find_parent("pre") is None:
            node.replace_with(_HTML_SPACE.sub(" ", str(node)))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(True):
        if tag.name in _BLOCKS:
            tag.insert_before("\n")
            tag.append("\n")
        elif tag.name in _CELLS and tag.find_previous_sibling(_CELLS) is not None:
            tag.insert_before(" | ")
    text = soup.get_text("")
    lines = (re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in text.splitlines())
    return "\n".join(ln for ln in lines if ln)


def rtf_text(rtf: str) -> str:
    from striprtf.striprtf import rtf_to_text

    return rtf_to_text(rtf, errors="ignore")


def pdf_text(data: bytes, max_pages: int, out_of_time) -> tuple[str, list[str]]:
    """Text of the first ``max_pages`` pages; stops early when the time budget runs out."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    pages, warns = [], []
    total = len(reader.pages)
    if total > max_pages:
        warns.append(f"pdf: {total} pages, only the first {max_pages} read")
    for i, page in enumerate(reader.pages[:max_pages]):
        if out_of_time():
            warns.append(f"pdf: time budget spent after {i} pages")
            break
        pages.append(page.extract_text() or "")
    text = "\n".join(pages)
    if total and not text.strip():
        warns.append("pdf: no text layer (scanned image?)")
    return text, warns


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells of a .docx in document order (python-docx)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)
