"""The sender check: is a message that matched a request really from that force's domain?

Matching trusts what a message says about itself (our token in the reply address, our
Message-ID in In-Reply-To, our reference in the subject), and all of that can be copied by
anyone who saw the request, which is public once published. A reply that would change a
request's state must also come from the force's domain on record; otherwise it is held as
PROBABLE for a person to confirm (``foibot triage``, ``foibot assign``), like froide's
``check_delivery_conditions`` holding mail from unexpected senders. Bounces are exempt: a
delivery status notification (RFC 3464) comes from the sending side's MTA, not from the force.

Pure: no I/O. The domain comparison knows the shapes UK police mail uses: ``x.pnn.police.uk``
is the legacy Police National Network name of ``x.police.uk``, and mail may come from any
subdomain of the force's registrable domain.
"""

from __future__ import annotations

from dataclasses import replace

from foibot.domain import MatchResult, MatchStatus, OpenRequest, ParsedMail

#: Suffixes under which each organisation owns one label (a tiny public-suffix list for the
#: domains forces actually use; anything else is compared exactly or by subdomain).
SHARED_SUFFIXES = ("police.uk", "gov.uk", "nhs.uk", "ac.uk", "org.uk", "co.uk", "gov.scot")
BOUNCE_SENDERS = frozenset({"mailer-daemon", "postmaster"})


def normalise_domain(domain: str) -> str:
    """Lower-case, no trailing dot, and ``x.pnn.police.uk`` → ``x.police.uk``."""
    domain = domain.strip().strip(".").lower()
    if domain.endswith(".pnn.police.uk"):
        domain = domain[: -len(".pnn.police.uk")] + ".police.uk"
    return domain


def registrable(domain: str) -> str:
    """The part of ``domain`` one organisation owns: ``foi.kent.police.uk`` → ``kent.police.uk``;
    domains under no known shared suffix are kept whole (never widened to a whole TLD)."""
    domain = normalise_domain(domain)
    for suffix in SHARED_SUFFIXES:
        if domain.endswith("." + suffix):
            label = domain[: -len(suffix) - 1].rsplit(".", 1)[-1]
            return f"{label}.{suffix}"
    return domain


def is_bounce(mail: ParsedMail) -> bool:
    """A non-delivery report: from MAILER-DAEMON/postmaster, or a multipart/report DSN."""
    local = (mail.from_addr or "").rpartition("@")[0].lower()
    ctype = (mail.header("content-type") or "").lower()
    return (local in BOUNCE_SENDERS or "report-type=delivery-status" in ctype.replace(" ", "")
            or any(a.content_type == "message/delivery-status" for a in mail.attachments))


def sender_is_force(from_addr: str | None, force_domain: str | None) -> bool:
    """Whether ``from_addr`` is at the force's registrable domain or a subdomain of it."""
    if not from_addr or "@" not in from_addr or not force_domain:
        return False
    sender = normalise_domain(from_addr.rpartition("@")[2])
    owned = registrable(force_domain)
    return sender == owned or sender.endswith("." + owned)


def check_sender(mail: ParsedMail, match: MatchResult, requests: list[OpenRequest]) -> MatchResult:
    """Downgrade a MATCHED result to PROBABLE when the sender is not the force on record."""
    if match.status != MatchStatus.MATCHED or is_bounce(mail):
        return match
    by_id = {r.request_id: r for r in requests}
    wrong = [by_id[i] for i in match.request_ids
             if i in by_id and by_id[i].force_domain and not sender_is_force(mail.from_addr, by_id[i].force_domain)]
    if not wrong:
        return match
    evidence = f"sender {mail.from_addr or '(none)'} is not {wrong[0].force_domain} on record"
    return replace(match, status=MatchStatus.PROBABLE,
                   evidence=f"{evidence}; {match.evidence}" if match.evidence else evidence)
