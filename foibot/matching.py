"""Which of our requests an incoming message answers: a commented decision ladder.

Each rung is tried in order and the first that finds something decides; its name and the
phrase that decided it are returned as evidence for the user (froide's
``check_delivery_conditions`` is the model, but froide and Alaveteli never use In-Reply-To; we do,
one rung below the reply address). Nothing is dropped: UNMATCHED mail goes to the holding pen.

1. reply_address        our plus-address token in To/Cc/Delivered-To/X-Original-To/Received,
                        forgiving case and the l/1, o/0 confusions of a retyped token
2. in_reply_to          In-Reply-To / References naming one of our outbound Message-IDs
3. our_reference        our reference (FOI-SMM26-DYFED-7K3Q) in the subject, body or attachments
4. authority_reference  the force's own reference (learned from its acknowledgement)
5. sender_domain        the sender's domain is a force with exactly one open request: PROBABLE

One reply naming several of our references (a force answering two campaigns in one letter) is
attached to each: whichever rung decides, the other references the *same force* quotes are
added. The result never depends on the order of ``open_requests``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from foibot.domain import MatchResult, MatchStatus, OpenRequest, ParsedMail
from foibot.references import find_references, normalise_reference


def match_mail(mail: ParsedMail, open_requests: Sequence[OpenRequest]) -> MatchResult:
    """Run the ladder. Deterministic and independent of the order of ``open_requests``."""
    requests = sorted(open_requests, key=lambda r: r.request_id)
    by_ref = _by_our_reference(mail, requests)
    for step, rung in (("reply_address", _by_reply_address),
                       ("in_reply_to", _by_message_id),
                       ("our_reference", lambda m, rs: by_ref),
                       ("authority_reference", _by_authority_reference)):
        hits = rung(mail, requests)
        if hits:
            hits = _plus_same_force_references(hits, by_ref, requests)
            return _result(MatchStatus.MATCHED, step, hits)
    probable = _by_sender_domain(mail, requests)
    if probable:
        return _result(MatchStatus.PROBABLE, "sender_domain", probable)
    return MatchResult(status=MatchStatus.UNMATCHED, evidence="no rung of the ladder matched")


Hits = dict[int, str]  # request_id -> evidence


def _result(status: MatchStatus, step: str, hits: Hits) -> MatchResult:
    ids = tuple(sorted(hits))
    evidence = "; ".join(dict.fromkeys(hits[i] for i in ids))
    return MatchResult(status=status, request_ids=ids, step=step, evidence=evidence)


def _plus_same_force_references(hits: Hits, by_ref: Hits,
                                requests: Sequence[OpenRequest]) -> Hits:
    forces = {r.force_slug for r in requests if r.request_id in hits}
    extra = {r.request_id: by_ref[r.request_id] for r in requests
             if r.request_id in by_ref and r.force_slug in forces and r.request_id not in hits}
    return {**hits, **extra}


def _token_of(address: str) -> str | None:
    local = address.split("@", 1)[0]
    return local.split("+", 1)[1] if "+" in local else None


def _by_reply_address(mail: ParsedMail, requests: Sequence[OpenRequest]) -> Hits:
    """Rung 1. Tokens are compared after ``normalise_reference`` (case, O→0, I/L→1)."""
    wanted = {normalise_reference(r.token): r for r in requests if r.token}
    hits: Hits = {}
    for address in mail.to_addrs:
        token = _token_of(address)
        req = wanted.get(normalise_reference(token)) if token else None
        if req is not None:
            hits.setdefault(req.request_id, f"sent to our reply address {address}")
    return hits


def _by_message_id(mail: ParsedMail, requests: Sequence[OpenRequest]) -> Hits:
    """Rung 2. RFC 5322 §3.6.4: In-Reply-To/References carry the ids of the parent messages."""
    named = [(h, m) for h, ids in (("In-Reply-To", mail.in_reply_to),
                                   ("References", mail.references)) for m in ids]
    hits: Hits = {}
    for req in requests:
        ours = {m.lower() for m in req.message_ids}
        for header, mid in named:
            if mid.lower() in ours:
                hits.setdefault(req.request_id, f"{header} names our message <{mid}>")
    return hits


def _by_our_reference(mail: ParsedMail, requests: Sequence[OpenRequest]) -> Hits:
    """Rung 3: subject first (the usual place), then the body, then attachment text."""
    wanted: dict[str, list[OpenRequest]] = {}
    for r in requests:
        wanted.setdefault(normalise_reference(r.our_reference), []).append(r)
    hits: Hits = {}
    for where, text in (("subject", mail.subject), ("body", mail.text),
                        ("attachment text", "\n".join(a.text for a in mail.attachments))):
        for printed in find_references(text):
            for req in wanted.get(normalise_reference(printed), []):
                hits.setdefault(req.request_id, f"{where} contains {printed}")
    return hits


def _ref_pattern(reference: str) -> re.Pattern[str]:
    """The authority's reference, whitespace-tolerant and bounded so 400/2026 does not match
    inside 1400/20261."""
    body = r"\s*".join(re.escape(ch) for ch in reference.strip() if not ch.isspace())
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", re.IGNORECASE)


def _by_authority_reference(mail: ParsedMail, requests: Sequence[OpenRequest]) -> Hits:
    """Rung 4. A short reference such as 323/18 could be another force's too, so when several
    requests share it, the one(s) whose force domain sent the mail are preferred."""
    hits: Hits = {}
    for where, text in (("subject", mail.subject), ("body", mail.full_text)):
        for req in requests:
            ref = (req.authority_reference or "").strip()
            if len(ref) >= 3 and _ref_pattern(ref).search(text or ""):
                hits.setdefault(req.request_id, f"{where} contains the authority's reference {ref}")
    if len(hits) > 1:
        own = {i: e for i, e in hits.items() if _from_force(mail, _req(requests, i))}
        hits = own or hits
    return hits


def _req(requests: Sequence[OpenRequest], request_id: int) -> OpenRequest:
    return next(r for r in requests if r.request_id == request_id)


def _from_force(mail: ParsedMail, req: OpenRequest) -> bool:
    domain = (req.force_domain or "").lower().strip(".")
    sender = (mail.from_addr or "").rsplit("@", 1)[-1].lower()
    return bool(domain) and "@" in (mail.from_addr or "") and \
        (sender == domain or sender.endswith("." + domain))


def _by_sender_domain(mail: ParsedMail, requests: Sequence[OpenRequest]) -> Hits:
    """Rung 5 (Alaveteli's holding-pen guess): only when the force has exactly one open
    request, and then only as PROBABLE: a person confirms it."""
    candidates = [r for r in requests if r.open and _from_force(mail, r)]
    if len(candidates) != 1:
        return {}
    req = candidates[0]
    return {req.request_id: f"sender {mail.from_addr} is at {req.force_domain}, "
                            f"whose only open request is {req.our_reference}"}
