"""The authority's own reference for a request, as printed, and the dates a reply prints.

Every force numbers requests its own way (400/2026, 01.FOI.23.028707, HQ/PA/003493/18,
F-2012-01898, FOI/00013725, 3005_16, 532A/22 ...). MuckRock reads one "Tracking Number:" label;
we read any of the labels in ``rules.labels.REFERENCE_LABELS``, then the subject, then a
parenthesised title such as "Social Media (323/18)". A candidate is rejected when it is a date,
a phone number, a section number or one of *our* references (FOI-SMM26-DYFED-7K3Q).
"""

from __future__ import annotations

import re
from datetime import date

from foibot import classify_rules as R

_CORE = r"[A-Za-z0-9]+(?:[/._\-][A-Za-z0-9]+)*"
#: A reference token, optionally with one or two short prefix words in capitals ("FOI 2023/01234",
#: "IR 2026", "CoP FOI 2026-0081": a word with at least two capitals).
_PREFIX = r"(?-i:[A-Z]{1,7}|[A-Z][a-z]?[A-Z][A-Za-z]{0,4})"
TOKEN = rf"(?:{_PREFIX}[ ](?:{_PREFIX}[ ])?(?=\d))?{_CORE}"
_LABELLED = re.compile(rf"(?P<label>{'|'.join(R.REFERENCE_LABELS)})(?:[ \t]+is\b)?[ \t]*"
                       rf"(?:/[ \t]*[A-Za-z ]{{0,20}}?)?"
                       rf"(?:[ \t]*\.{{2,}})?[ \t]*[:#\-–|]?\s*\(?(?P<tok>{TOKEN})", re.IGNORECASE)
_IN_SUBJECT = re.compile(rf"(?<![A-Za-z0-9\-/])(?P<tok>{TOKEN})")
#: A letter-head line of parts between dashes: "Kent Police - FOI 2026/01301", "Cleveland Police –
#: FOI 2026/0316 – 25/03/2026".
_HEAD_LINE = re.compile(rf"(?:^|\s[-\u2013|]\s)(?P<tok>{TOKEN})(?=\s[-\u2013|]\s|$)")
_HEAD_PARTS = re.compile(r"\s[-\u2013|]\s")
_TOKEN_RE = re.compile(TOKEN)
_TITLE = re.compile(rf"\((?P<tok>{_CORE})\)")
_DATE_LIKE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}(?:[/.\-](?:\d{2}|19\d\d|20\d\d))?$|^\d{4}-\d{2}-\d{2}$")
_PHONE_LIKE = re.compile(r"^0\d{2,4}[ \-]?\d{3,4}[ \-]?\d{3,4}$")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_REF_LABEL = re.compile(r"(?:ref|cyf)", re.IGNORECASE)
_PHONE_TAIL = re.compile(r"[ \-]\d{3}")
_SUBJECT_SHAPE = re.compile(r"[/._\-]|^[A-Z]+ \d")
_ORIGINAL = re.compile(r"\b(?:original|previous|earlier|initial|first)\b[ \t]*\S*[ \t]*$|^(?:original|previous)",
                       re.IGNORECASE)
#: A line that starts with the reference and then a title: "FOI 2026/00731 - Taser use figures".
_LEADING_REF = re.compile(rf"(?P<tok>{TOKEN})[ \t]+[-\u2013|:][ \t]+[A-Za-z]")
_ALONE = re.compile(rf"(?P<tok>{TOKEN})(?:[ \t]{{2,}}\S.*)?")  # "FOI 01784/26      22nd April 2026"
#: Ours as we issue them (``foibot.references``): the campaign code ends with the two-digit year,
#: so a force's own "FOI-CC-26-0214" is not mistaken for ours.
_OURS = re.compile(r"(?<![A-Za-z0-9])FOI-[A-Za-z]{1,10}\d\d-[A-Za-z0-9]{2,12}-[0-9A-Za-z]{4}(?![A-Za-z0-9])",
                   re.IGNORECASE)
_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
#: A label after the reference: "F-2026-00612 | Please quote this number in all correspondence".
_QUOTE_THIS = re.compile(rf"(?<![\w/\-])(?P<tok>{TOKEN})[ \t]*[|,;:(\-\u2013]*[ \t]*\(?please quote (?:this|the|that)\b",
                         re.IGNORECASE)
_SEPARATED = re.compile(r"\d[/._\-]\w|\w[/._\-]\d")
#: A parenthesis just after a section or an Act is a subsection or a year, not a reference.
_TITLE_NOT_REF = re.compile(r"(?:section|act|s\.)\s*\d*\s*\Z", re.IGNORECASE)


def plausible(token: str) -> bool:
    """A reference has at least three digits and is not a date, phone number or ours."""
    core = token.split(" ")[-1]
    if sum(ch.isdigit() for ch in token) < 3 or len(core) > 40:
        return False
    prefixed = core != token  # "OPCCNW 26-07", "FOI 12-05": a prefix word makes it a reference
    if (_DATE_LIKE.match(core) and not prefixed) or _PHONE_LIKE.match(core):
        return False
    if _BARE_YEAR.fullmatch(core):  # a bare year
        return False
    return _OURS.search(token) is None


def find_authority_reference(text: str, subject: str = "") -> tuple[str | None, str]:
    """(reference, evidence). Labelled text first, then the subject, then a title, then the
    letter head; a reference labelled as the *original* one ("original reference 6814/26",
    "Original Request: F-2026-00195") comes last: a review letter leads with its own."""
    original = None
    head = _letter_head_reference(text)  # a reference alone on a line above every label wins
    lines, text = text, _LINE_BREAK.sub(" ", text)  # "given your request\nthe number 2026/0188"
    pos = 0
    while (m := _LABELLED.search(text, pos)) is not None:
        if head is not None and head[2] < m.start():
            return head[0], head[1]
        # the next search starts inside this label: a rejected token may itself start a label
        # ("Request number"), and the label may have swallowed the start of the next one
        # ("INTERNAL REVIEW\nReference No: IR 2026-0019")
        pos = m.start() + 1
        is_ref_label = _REF_LABEL.match(m.group("label"))
        before = text[max(0, m.start() - 6):m.start()].lower() if is_ref_label else ""
        token = _trim(m.group("tok"))
        phone = token.isdigit() and _PHONE_TAIL.match(text, m.end(), m.end() + 5)
        if "your" not in before and plausible(token) and not phone:  # "Your ref:" is ours
            if not _ORIGINAL.search(text, max(0, m.start() - 12), m.start() + 1):
                return token, m.group(0).strip()
            original = original or (token, m.group(0).strip())
    if head is not None:
        return head[0], head[1]
    for m in _QUOTE_THIS.finditer(text):  # "| F-2026-00612 | Please quote this number"
        if plausible(_trim(m.group("tok"))):
            return _trim(m.group("tok")), m.group(0).strip()
    found = _unlabelled_reference(lines, subject)
    return found if found[0] or original is None else original


def _letter_head_reference(text: str) -> tuple[str, str, int] | None:
    """(token, line, offset) of a line near the top that holds nothing but a reference with a
    separator or a prefix ("IR 20260071", "FOI/2026/0412"): how review letters lead."""
    offset = 0
    for n, line in enumerate(text.splitlines(keepends=True)):
        if n >= 8:
            break
        m = _ALONE.fullmatch(line.strip())
        if m and plausible(m.group("tok")) and (_SEPARATED.search(m.group("tok")) or " " in m.group("tok")):
            return m.group("tok"), line.strip(), offset
        offset += len(line)
    return None


def _unlabelled_reference(text: str, subject: str) -> tuple[str | None, str]:
    for m in _IN_SUBJECT.finditer(subject or ""):
        token = _trim(m.group("tok"))
        if plausible(token) and _SUBJECT_SHAPE.search(token):
            return token, f"subject: {subject.strip()}"
    head = "\n".join(text.strip().splitlines()[:8])
    for m in _TITLE.finditer(head):  # "Social Media (323/18)", "your request about ANPR (2026-04803)"
        token = m.group("tok")
        if plausible(token) and _SEPARATED.search(token) and not _TITLE_NOT_REF.search(head, 0, m.start()):
            return token, m.group(0)
    for line in text.strip().splitlines()[:5]:  # a letter-head line: "Kent Police - FOI 2026/01301"
        line = line.strip()
        m = next((h for h in _HEAD_LINE.finditer(line) if plausible(_trim(h.group("tok")))
                  and (_SEPARATED.search(h.group("tok")) or " " in h.group("tok") or h.end() == len(line))), None)
        if m is None and (lead := _LEADING_REF.match(line)) and _SEPARATED.search(lead.group("tok")):
            m = lead
        if m and plausible(_trim(m.group("tok"))):
            return _trim(m.group("tok")), line
    return None, ""


def _trim(token: str) -> str:
    return token.strip().rstrip(".-_/")


# --- dates ------------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
#: Welsh forces print bilingual dates ("2 Medi 2026").
_MONTHS.update({m: i for i, m in enumerate(
    ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi",
     "hydref", "tachwedd", "rhagfyr"], start=1)})
DATE_RE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?P<d1>\d{1,2})[/.\-](?P<m1>\d{1,2})[/.\-](?P<y1>\d{4}|\d{2})(?!\d)"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,10})\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>20\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)(?!\d)"
    r"|(?P<mon4>[A-Za-z]{3,9})\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{4}))",
    re.IGNORECASE)


def parse_date(m: re.Match[str]) -> date | None:
    """UK day-first dates (22/06/2026, 22.06.26, 3 March 2024, 22nd June 2026, 2 Medi 2026), ISO
    dates (2026-06-22) and the American order some templates print (June 22, 2026)."""
    try:
        if m.group("d1"):
            year = int(m.group("y1"))
            year += 2000 if year < 100 else 0
            return date(year, int(m.group("m1")), int(m.group("d1")))
        if m.group("y3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        if m.group("mon4"):
            month = _MONTHS.get(m.group("mon4").lower())
            return date(int(m.group("y4")), month, int(m.group("d4"))) if month else None
        month = _MONTHS.get(m.group("mon").lower())
        return date(int(m.group("y2")), month, int(m.group("d2"))) if month else None
    except ValueError:
        return None


def _labelled(labels: list[str]) -> re.Pattern[str]:
    """One pattern for a list of date labels: the label, then a date (compiled once)."""
    return re.compile(rf"(?:{'|'.join(f'(?:{label})' for label in labels)})(?P<date>{DATE_RE.pattern})",
                      re.IGNORECASE)


_RESPONSE_DATE_BY_LABEL = [_labelled([label]) for label in R.RESPONSE_DATE_LABELS]
_NEW_DUE_DATE_BY_LABEL = [_labelled([label]) for label in R.NEW_DUE_DATE_LABELS]


def find_labelled_date(text: str, labels: list[str] | list[re.Pattern[str]]) -> tuple[date | None, str]:
    """The first date printed right after one of ``labels`` (tried in order), and the phrase.
    ``labels`` are label regexes, or patterns made by ``_labelled`` (precompiled)."""
    for label in labels:
        pattern = label if isinstance(label, re.Pattern) else _labelled([label])
        for m in pattern.finditer(text):
            found = parse_date(DATE_RE.match(m.group("date")))
            if found:
                return found, m.group(0).strip()
    return None, ""


def find_response_date(text: str) -> tuple[date | None, str]:
    """The response date: after a label (``rules.labels.RESPONSE_DATE_LABELS``), else the
    letter's own date line near the top."""
    found = find_labelled_date(text, _RESPONSE_DATE_BY_LABEL)
    return found if found[0] else find_letter_date(text)


def find_new_due_date(text: str) -> tuple[date | None, str]:
    """The new due date of an extension notice ("respond by", "extend ... until")."""
    return find_labelled_date(text, _NEW_DUE_DATE_BY_LABEL)


_COLUMN_GAP = re.compile(r"[ \t]{2,}")  # text is folded: a wide gap is two spaces


def find_letter_date(text: str) -> tuple[date | None, str]:
    """A letter's own date: a line near the top (or, failing that, at the foot, under the
    signature) that holds nothing but a date, the same date in two languages ("2 Mawrth 2026 /
    2 March 2026"), or a date set right across a wide gap ("Reference: 0161/26      24 February
    2026")."""
    lines = text.strip().splitlines()
    for line in lines[:25] + lines[25:][-12:]:
        line = line.strip()
        candidates = [line, *line.split(" / ")[:2]] if " / " in line else [line]
        parts = _HEAD_PARTS.split(line)  # "Cleveland Police – FOI 2026/0316 – 25/03/2026"
        if len(parts) > 1 and _TOKEN_RE.fullmatch(parts[-2]) and plausible(parts[-2]):
            candidates.append(parts[-1])
        columns = _COLUMN_GAP.split(line)
        if len(columns) > 1 and not columns[-2].endswith((":", "-", "|")):  # not "Received:  29/01/2026"
            candidates.append(columns[-1])
        for part in candidates:
            m = DATE_RE.fullmatch(part.strip())
            if m and (found := parse_date(m)):
                return found, line
    return None, ""
