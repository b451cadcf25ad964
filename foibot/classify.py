"""What a reply is (issue 5): its kind, the authority's reference, the exemptions relied on, the
printed response date, and for each field the phrases that decided it.

The kind is decided in ``foibot.classify_kind`` (an ordered list of readable steps over the
phrase families of ``foibot.rules``); the reference and dates in ``foibot.authref``; the
exemptions in ``foibot.exemptions``. This module cleans the text once (quoted messages removed,
whitespace folded), reads the headers that declare bounces (RFC 3464) and auto-replies
(RFC 3834), and assembles the ``Classification``. Everything here is pure.
"""

from __future__ import annotations

import re

from foibot import classify_rules as R
from foibot.authref import (
    find_authority_reference,
    find_new_due_date,
    find_response_date,
)
from foibot.classify_kind import (  # noqa: F401  (re-exported: the rules' public helpers)
    decide_kind,
    final_outcome,
    given_figures,
    lexicon_guess,
    without_rights_boilerplate,
)
from foibot.domain import Classification, MessageKind, ParsedMail
from foibot.exemptions import find_exemptions
from foibot.references import find_references

K = MessageKind
_NO_DATE_FOR = (K.AUTO_REPLY, K.BOUNCE)  # their dates are the machine's, not a response's


def classify(mail: ParsedMail) -> Classification:
    """Classify a parsed message: headers decide bounces and auto-replies, text the rest."""
    text = own_text(fold_whitespace(mail.full_text))
    extra_refs = [_token_reference(a) for a in mail.to_addrs]
    headers_kind, header_evidence = _header_kind(mail)
    return _classify(text, mail.subject, f"{mail.subject}\n{mail.full_text}",
                     headers_kind, header_evidence, [r for r in extra_refs if r])


def classify_text(text: str, subject: str = "") -> Classification:
    """Classify a plain-text body (``foibot inspect`` on a .txt file, the corpus bench)."""
    return _classify(own_text(fold_whitespace(text)), subject, f"{subject}\n{text}", None, [], [])


#: Where a quoted earlier message starts (Outlook, Gmail, Apple Mail, "> " quoting). A rule of
#: underscores alone is not one: officers paste the letter below such a line.
QUOTE_START = re.compile(
    r"^(?:-{2,}\s*original message\s*-{2,}|_{10,}\s*\n\s*(?:from|sent|to):|on .{5,80} wrote:"
    r"|from:\s.+\n\s*sent:\s)",
    re.IGNORECASE | re.MULTILINE)


_SPACE_RUN = re.compile(r"[ \t\xa0\f\v]{2,}")
_ODD_SPACE = re.compile(r"[\t\xa0\f\v]")
_BLANK_LINES = re.compile(r" ?\n[\n ]*\n ?")


def fold_whitespace(text: str) -> str:
    """Runs of spaces become two spaces (still a column gap) and runs of blank lines one blank
    line: long runs would make the ``\\s*`` patterns quadratic."""
    text = _SPACE_RUN.sub("  ", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    text = _ODD_SPACE.sub(" ", text)  # two spaces still mark a column gap
    return _BLANK_LINES.sub("\n\n", text)


def own_text(text: str) -> str:
    """The reply without the messages it quotes: our request, quoted back, must not decide
    the kind ("please disclose ... section 31") nor supply dates or references."""
    m = QUOTE_START.search(text or "")
    kept = text[: m.start()] if m else (text or "")
    kept = "\n".join(ln for ln in kept.splitlines() if not ln.lstrip().startswith(">"))
    # A forward ("From: ... Sent: ..." first) would leave nothing: then read it all.
    return kept if kept.strip() else (text or "")


def _token_reference(address: str) -> str | None:
    local = address.split("@", 1)[0]
    if "+" not in local:
        return None
    found = find_references(local.split("+", 1)[1])
    return found[0].upper() if found else None


def _classify(text: str, subject: str, everything: str, header_kind: MessageKind | None,
              header_evidence: list[str], extra_refs: list[str]) -> Classification:
    text = text[: R.MAX_FIELD_CHARS]
    exemptions, ex_evidence = find_exemptions(text)
    ref, ref_evidence = find_authority_reference(text, subject)
    kind, kind_evidence = decide_kind(text[: R.MAX_KIND_CHARS], subject, header_kind,
                                      header_evidence, exemptions, has_reference=ref is not None)
    if kind in R.NO_EXEMPTIONS_FOR:
        exemptions, ex_evidence = (), []
    if kind in R.NO_REFERENCE_FOR:
        ref, ref_evidence = (None, "")
    response_date, date_evidence = None, ""
    if kind not in _NO_DATE_FOR:
        response_date, date_evidence = find_response_date(text)
    new_due, due_evidence = find_new_due_date(text) if kind == K.EXTENSION_NOTICE else (None, "")
    ours = [r.upper() for r in find_references(everything[: R.MAX_FIELD_CHARS])] + extra_refs
    evidence = {"kind": kind_evidence, "exemptions": ex_evidence,
                "authority_reference": [ref_evidence] if ref_evidence else [],
                "response_date": [date_evidence] if date_evidence else [],
                "new_due_date": [due_evidence] if due_evidence else [],
                "our_reference": [ours[0]] if ours else []}
    return Classification(kind=kind, authority_reference=ref, exemptions=exemptions,
                          response_date=response_date, our_reference=ours[0] if ours else None,
                          new_due_date=new_due, evidence=evidence)


_DIAGNOSTIC_CODE = re.compile(r"^diagnostic-code:\s*(.+)$", re.I | re.M)
_SMTP_5XX_LINE = re.compile(r"^.*\b5\d\d[ -]5\.\d\.\d{1,3}\b.*$", re.M)
_STATUS_5XX = re.compile(r"^status:\s*5\.\d", re.I | re.M)
#: RFC 3464 s.2.3.3: "failed" is final, whatever the status code ("4.4.0 ... gave up after 72 hours").
_ACTION_FAILED = re.compile(r"^action:\s*failed\b", re.I | re.M)
_HEADER_LINE = re.compile(rb"^(?:[\w-]+:|[ \t])")
_FROM_OR_SUBJECT = re.compile(rb"(?im)^(?:from|subject):")
_PASTED_SUBJECT = re.compile(r"\A\s*subject:[ \t]*([^\n]*)\n", re.IGNORECASE)
_STANDARD_HEADER = re.compile(rb"(?im)^(from|date|to|subject|message-id|received|return-path|mime-version|cc):")


def _diagnostic(status: str, body: str) -> str:
    """The line a person needs from a bounce (RFC 3464 Diagnostic-Code, else the 5xx reply)."""
    m = _DIAGNOSTIC_CODE.search(status) or _SMTP_5XX_LINE.search(body or "")
    return m.group(m.lastindex or 0).strip()[:300] if m else ""


def _header_kind(mail: ParsedMail) -> tuple[MessageKind | None, list[str]]:
    """Bounces and auto-replies as their headers declare them (RFC 3464, RFC 3834)."""
    ctype = (mail.header("content-type") or "").lower()
    status = "\n".join(a.text for a in mail.attachments
                       if a.content_type == "message/delivery-status")
    if "multipart/report" in ctype and (_STATUS_5XX.search(status) or _ACTION_FAILED.search(status)):
        why = ("multipart/report with Status: 5.x.x" if _STATUS_5XX.search(status)
               else "multipart/report with Action: failed")
        return K.BOUNCE, [_diagnostic(status, mail.text) or why, why]
    return_path = (mail.header("return-path") or "").strip()
    failed = mail.header("x-failed-recipients")
    if failed and return_path in ("<>", ""):
        return K.BOUNCE, [_diagnostic("", mail.text) or f"delivery to {failed} failed",
                          "empty Return-Path and X-Failed-Recipients"]
    auto = (mail.header("auto-submitted") or "").strip().lower()
    if auto and auto != "no":
        return K.AUTO_REPLY, [f"Auto-Submitted: {auto}"]
    for name in ("x-autoreply", "x-autorespond"):
        if mail.header(name) is not None:
            return K.AUTO_REPLY, [f"{name} header"]
    if (mail.header("precedence") or "").strip().lower() == "auto_reply":
        return K.AUTO_REPLY, ["Precedence: auto_reply"]
    return None, []


def looks_like_email(data: bytes, filename: str = "") -> bool:
    """An .eml, or bytes whose first block is RFC 5322 headers including From or Subject."""
    if filename.lower().endswith((".eml", ".msg.txt")):
        return True
    head = data[:4000].split(b"\n\n", 1)[0].replace(b"\r", b"")
    lines = head.split(b"\n")
    header_like = all(_HEADER_LINE.match(ln) for ln in lines if ln)
    # a pasted body may start "Subject: ...\nReference: ..." or "From: ...\nRe: ...": an email
    # has at least two of the standard headers
    standard = {m.group(1).lower() for m in _STANDARD_HEADER.finditer(head)}
    return header_like and _FROM_OR_SUBJECT.search(head) is not None and len(standard) >= 2


def understand(data: bytes, filename: str = "") -> Classification:
    """A file's bytes (an email or a plain-text body) → Classification. Pure; never raises
    on bad input because parse_mail never does and the text path only decodes."""
    from foibot.extract import text_from_bytes
    from foibot.mailparse import parse_mail

    if looks_like_email(data, filename):
        return classify(parse_mail(data))
    text = text_from_bytes(data, None)[0]
    if m := _PASTED_SUBJECT.match(text):  # a body pasted with its subject line on top
        return classify_text(text[m.end():], m.group(1).strip())
    return classify_text(text)


def as_json(c: Classification) -> dict:
    """The ``foibot inspect --json`` object (without the ``file`` key)."""
    return {"kind": str(c.kind), "authority_reference": c.authority_reference,
            "exemptions": list(c.exemptions),
            "response_date": c.response_date.isoformat() if c.response_date else None,
            "our_reference": c.our_reference, "evidence": c.evidence}
