"""What a reply is (issue 5): its kind, the authority's reference, the exemptions relied on, the
printed response date, and for each field the phrases that decided it.

The decision is a short, ordered list of readable steps over the scores of the phrase lists in
``classify_rules`` (the only place to add wordings):

1. bounce      DSN multipart/report with Status 5.x.x (RFC 3464), empty Return-Path plus
               X-Failed-Recipients, "Undeliverable:" subjects, or MTA wording in the body
2. internal review outcome (it cites exemptions too, so it is decided before refusals)
3. a procedural notice (acknowledgement, clarification, fees, extension) when it outscores the
   outcome signals: an acknowledgement says "subject to ... not being exempt" but refuses nothing
4. a final response from the outcome signals: NCND, then partial (something disclosed and
   something withheld or not held), full, refusal (s.12 and s.14 included), not held
5. auto-reply: RFC 3834 Auto-Submitted (not "no"), X-Autoreply, X-Autorespond,
   Precedence: auto_reply, "Automatic reply:" subjects, or out-of-office wording; an
   auto-generated *acknowledgement* was already caught at step 3
6. a weak word-count guess (``classify_rules.LEXICON``), marked "weak:" in the evidence
7. other
"""

from __future__ import annotations

import re

from foibot import classify_rules as R
from foibot.authref import (
    find_authority_reference,
    find_labelled_date,
    find_letter_date,
)
from foibot.domain import Classification, MessageKind, ParsedMail
from foibot.exemptions import find_exemptions
from foibot.references import find_references

K = MessageKind
Scores = dict[str, tuple[int, list[str]]]


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


#: Where a quoted earlier message starts (Outlook, Gmail, Apple Mail, "> " quoting).
QUOTE_START = re.compile(
    r"^(?:-{2,}\s*original message\s*-{2,}|_{10,}|on .{5,80} wrote:|from:\s.+\n\s*sent:\s)",
    re.IGNORECASE | re.MULTILINE)


def fold_whitespace(text: str) -> str:
    """Runs of spaces become two spaces (still a column gap) and runs of blank lines one blank
    line: long runs would make the ``\\s*`` patterns quadratic."""
    text = re.sub(r"[ \t\xa0\f\v]{2,}", "  ", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"[\t\xa0\f\v]", " ", text)  # two spaces still mark a column gap
    return re.sub(r" ?\n[\n ]*\n ?", "\n\n", text)


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
    kind, kind_evidence = decide_kind(text[: R.MAX_KIND_CHARS], subject, header_kind,
                                      header_evidence, bool(exemptions))
    evidence: dict[str, list[str]] = {"kind": kind_evidence}
    if kind in R.NO_EXEMPTIONS_FOR:
        exemptions, ex_evidence = (), []
    evidence["exemptions"] = ex_evidence
    ref, ref_evidence = (None, "")
    if kind not in R.NO_REFERENCE_FOR:
        ref, ref_evidence = find_authority_reference(text, subject)
    evidence["authority_reference"] = [ref_evidence] if ref_evidence else []
    response_date, date_evidence = None, ""
    if kind not in (K.AUTO_REPLY, K.BOUNCE):  # their dates are the machine's, not a response's
        response_date, date_evidence = find_labelled_date(text, R.RESPONSE_DATE_LABELS)
    if response_date is None and kind not in (K.AUTO_REPLY, K.BOUNCE):
        response_date, date_evidence = find_letter_date(text)
    evidence["response_date"] = [date_evidence] if date_evidence else []
    new_due, due_evidence = (None, "")
    if kind == K.EXTENSION_NOTICE:
        new_due, due_evidence = find_labelled_date(text, R.NEW_DUE_DATE_LABELS)
    evidence["new_due_date"] = [due_evidence] if due_evidence else []
    ours = [r.upper() for r in find_references(everything[: R.MAX_FIELD_CHARS])] + extra_refs
    evidence["our_reference"] = [ours[0]] if ours else []
    return Classification(kind=kind, authority_reference=ref, exemptions=exemptions,
                          response_date=response_date, our_reference=ours[0] if ours else None,
                          new_due_date=new_due, evidence=evidence)


def score(text: str, rules: R.Rules) -> tuple[int, list[str]]:
    """Sum of the weights of the rules that match, and the phrases they matched."""
    total, phrases = 0, []
    for pattern, weight in rules:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            total += weight
            phrases.append(m.group(0))
    return total, phrases


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def without_rights_boilerplate(text: str) -> str:
    """Drop the complaint-rights sentences (see ``classify_rules.RIGHTS_TOPIC``): they name
    internal reviews and the Commissioner in every final response, so they must not vote."""
    kept = [s for s in _SENTENCE.split(text)
            if not (re.search(R.RIGHTS_TOPIC, s, re.I) and re.search(R.RIGHTS_CUE, s, re.I))]
    return "\n".join(kept)


def _neutralised(text: str) -> str:
    for pattern in R.NEUTRALISE:
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return text


def decide_kind(text: str, subject: str, header_kind: MessageKind | None,
                header_evidence: list[str], cites_exemption: bool) -> tuple[MessageKind, list[str]]:
    """Steps 1-6 of the module docstring. Returns the kind and the phrases that decided it."""
    if header_kind == K.BOUNCE:
        return K.BOUNCE, header_evidence
    body = _neutralised(re.sub(r"\s+", " ", without_rights_boilerplate(text)))
    bounce = score(f"{subject}\n{body}", R.BOUNCE_TEXT)
    if re.search(R.BOUNCE_SUBJECT, subject or "", re.IGNORECASE):
        return K.BOUNCE, [f"subject: {subject.strip()}"]
    if bounce[0] >= R.THRESHOLD + 1:
        return K.BOUNCE, bounce[1]
    review = score(body, R.INTERNAL_REVIEW_OUTCOME)
    if review[0] >= R.THRESHOLD:
        return K.INTERNAL_REVIEW_OUTCOME, review[1]
    outcome_kind, outcome_score, outcome_evidence = final_outcome(body, cites_exemption)
    proc_kind, (proc_score, proc_evidence) = max(
        ((k, score(body, rules)) for k, rules in R.PROCEDURAL.items()), key=lambda kv: kv[1][0])
    # An extension notice must name the exemption it is weighing (FOIA s.17(2)), so a cited
    # section alone does not outweigh a procedural notice: compare against the phrases only.
    _, phrase_score, _ = final_outcome(body, False)
    if proc_score >= R.THRESHOLD and proc_score > phrase_score:
        return proc_kind, proc_evidence
    if outcome_kind is not None:
        return outcome_kind, outcome_evidence
    if header_kind == K.AUTO_REPLY or re.search(R.AUTO_REPLY_SUBJECT, subject or "", re.I):
        return K.AUTO_REPLY, header_evidence or [f"subject: {subject.strip()}"]
    auto = score(body, R.AUTO_REPLY_TEXT)
    if auto[0] >= R.THRESHOLD:
        return K.AUTO_REPLY, auto[1]
    return lexicon_guess(body)


def lexicon_guess(body: str) -> tuple[MessageKind, list[str]]:
    """The last resort (``classify_rules.LEXICON``): a weak, word-count decision, said so."""
    low = body.lower()
    counts = sorted(((sum(w in low for w in words), kind) for kind, words in R.LEXICON.items()),
                    key=lambda ck: -ck[0])
    (best, kind), (second, _) = counts[0], counts[1]
    if best >= R.LEXICON_MIN and best > second:
        found = [w.strip() for w in R.LEXICON[kind] if w in low]
        return kind, [f"weak: only single words matched ({', '.join(found)})"]
    return K.OTHER, []


def final_outcome(body: str, cites_exemption: bool) -> tuple[MessageKind | None, int, list[str]]:
    """The outcome of a final response from its disclose/withhold/not-held/NCND signals."""
    d, w, n = score(body, R.DISCLOSE), score(body, R.WITHHOLD), score(body, R.NOT_HELD)
    figures = re.findall(R.YEAR_FIGURES, body)
    if len(figures) >= R.YEAR_FIGURES_MIN:
        d = (d[0] + R.THRESHOLD, [*d[1], f"figures per year ({figures[0]} ...)"])
    elif len(answers := given_figures(body)) >= R.FIGURES_MIN:
        d = (d[0] + R.THRESHOLD, [*d[1], f"figures given ({', '.join(answers[:3])})"])
    c, p = score(body, R.NCND), score(body, R.PARTIAL)
    if cites_exemption:
        w = (w[0] + R.CITED_EXEMPTION_WEIGHT, [*w[1], "an exemption is cited"])
    t = R.THRESHOLD
    strength = max(d[0], w[0], n[0], c[0], p[0])
    if c[0] >= t:
        return (K.PARTIAL_DISCLOSURE, strength, d[1] + c[1]) if d[0] >= t else \
            (K.NCND, strength, c[1])
    if p[0] >= t or (d[0] >= t and (w[0] >= t or n[0] >= t)):
        return K.PARTIAL_DISCLOSURE, strength, p[1] + d[1] + w[1] + n[1]
    if d[0] >= t:
        return K.FULL_DISCLOSURE, strength, d[1]
    if w[0] >= t:
        return K.REFUSAL, strength, w[1]
    if n[0] >= t:
        return K.NOT_HELD, strength, n[1]
    return None, strength, []


def _diagnostic(status: str, body: str) -> str:
    """The line a person needs from a bounce (RFC 3464 Diagnostic-Code, else the 5xx reply)."""
    m = re.search(r"^diagnostic-code:\s*(.+)$", status, re.I | re.M) or \
        re.search(r"^.*\b5\d\d[ -]5\.\d\.\d{1,3}\b.*$", body or "", re.M)
    return m.group(m.lastindex or 0).strip()[:300] if m else ""


def given_figures(body: str) -> list[str]:
    """Numbers that read as answers (see ``classify_rules.FIGURE``)."""
    found = []
    for sentence in _SENTENCE.split(body):
        if re.search(R.FIGURE_SENTENCE_SKIP, sentence, re.I):
            continue
        for m in re.finditer(R.FIGURE, sentence):
            value = m.group(0)
            if re.fullmatch(r"(?:19|20)\d\d|0\d+", value):  # a year; a phone or area code
                continue
            before, after = sentence[max(0, m.start() - 14):m.start()], sentence[m.end():m.end() + 30]
            if re.search(R.FIGURE_NOT_AFTER, before, re.I) or re.match(R.FIGURE_NOT_BEFORE, after, re.I):
                continue
            if re.search(r"\d\s*$", before) or re.match(r"\s\d", after):  # "01622 690690"
                continue
            found.append(value)
    return found


def _header_kind(mail: ParsedMail) -> tuple[MessageKind | None, list[str]]:
    """Bounces and auto-replies as their headers declare them (RFC 3464, RFC 3834)."""
    ctype = (mail.header("content-type") or "").lower()
    status = "\n".join(a.text for a in mail.attachments
                       if a.content_type == "message/delivery-status")
    if "multipart/report" in ctype and re.search(r"^status:\s*5\.\d", status, re.I | re.M):
        return K.BOUNCE, [_diagnostic(status, mail.text) or "multipart/report with Status: 5.x.x",
                          "multipart/report with Status: 5.x.x"]
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
    header_like = all(re.match(rb"^(?:[\w-]+:|[ \t])", ln) for ln in lines if ln)
    return header_like and re.search(rb"(?im)^(?:from|subject):", head) is not None


def understand(data: bytes, filename: str = "") -> Classification:
    """A file's bytes (an email or a plain-text body) → Classification. Pure; never raises
    on bad input because parse_mail never does and the text path only decodes."""
    from foibot.extract import text_from_bytes
    from foibot.mailparse import parse_mail

    if looks_like_email(data, filename):
        return classify(parse_mail(data))
    return classify_text(text_from_bytes(data, None)[0])


def as_json(c: Classification) -> dict:
    """The ``foibot inspect --json`` object (without the ``file`` key)."""
    return {"kind": str(c.kind), "authority_reference": c.authority_reference,
            "exemptions": list(c.exemptions),
            "response_date": c.response_date.isoformat() if c.response_date else None,
            "our_reference": c.our_reference, "evidence": c.evidence}
