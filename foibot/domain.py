"""The nouns of foibot, shared by the pure core and the adapters.

Everything here is a frozen dataclass or a StrEnum so that core functions can be pure: they take
these values and return new ones, and only adapters (db, mail, CLI) persist or print them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Regime(StrEnum):
    """Which statute governs a body: FOIA 2000 (UK bodies) or FOISA 2002 (Scottish bodies)."""

    FOIA = "foia"
    FOISA = "foisa"


class RequestState(StrEnum):
    """Where a request stands. ``drafted`` = rendered into the outbox, not sent by foibot."""

    QUEUED = "queued"
    DRAFTED = "drafted"
    SENDING = "sending"
    SENT = "sent"
    DELIVERY_FAILED = "delivery_failed"
    ACKNOWLEDGED = "acknowledged"
    REPLIED = "replied"  # some reply received, not (yet) understood
    AWAITING_CLARIFICATION = "awaiting_clarification"
    AWAITING_FEE = "awaiting_fee"
    EXTENDED = "extended"
    ANSWERED = "answered"  # a final response; its outcome is the message kind
    REVIEW_REQUESTED = "review_requested"
    REVIEW_ANSWERED = "review_answered"
    WITHDRAWN = "withdrawn"


#: States in which the statutory clock is still running against the authority.
OPEN_STATES = frozenset({
    RequestState.SENT, RequestState.ACKNOWLEDGED, RequestState.REPLIED,
    RequestState.EXTENDED, RequestState.AWAITING_FEE, RequestState.AWAITING_CLARIFICATION,
    RequestState.DRAFTED, RequestState.REVIEW_REQUESTED,
})

#: States that mean the request has not left foibot yet (safe to send or resend).
UNSENT_STATES = frozenset({RequestState.QUEUED, RequestState.DRAFTED})


class MessageKind(StrEnum):
    """What a message is (issue 5's classification). ``request`` is our own outbound request."""

    REQUEST = "request"
    ACKNOWLEDGEMENT = "acknowledgement"
    CLARIFICATION_REQUEST = "clarification_request"
    FEES_NOTICE = "fees_notice"
    EXTENSION_NOTICE = "extension_notice"
    FULL_DISCLOSURE = "full_disclosure"
    PARTIAL_DISCLOSURE = "partial_disclosure"
    REFUSAL = "refusal"
    NOT_HELD = "not_held"
    NCND = "ncnd"
    INTERNAL_REVIEW_OUTCOME = "internal_review_outcome"
    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"
    OTHER = "other"
    UNCLASSIFIED = "unclassified"


#: Kinds that are a final response (they close the response clock).
FINAL_KINDS = frozenset({
    MessageKind.FULL_DISCLOSURE, MessageKind.PARTIAL_DISCLOSURE, MessageKind.REFUSAL,
    MessageKind.NOT_HELD, MessageKind.NCND,
})


class Direction(StrEnum):
    OUT = "out"
    IN = "in"


class MatchStatus(StrEnum):
    MATCHED = "matched"
    PROBABLE = "probable"
    UNMATCHED = "unmatched"
    QUARANTINED = "quarantined"  # could not be parsed at all; raw bytes kept


@dataclass(frozen=True)
class Force:
    """A public body in the directory (config/forces.toml)."""

    slug: str
    name: str
    regime: Regime
    nation: str
    email: str | None
    email_source: str = ""
    email_confidence: str = "unknown"
    tags: tuple[str, ...] = ()

    @property
    def domain(self) -> str | None:
        return self.email.rsplit("@", 1)[1].lower() if self.email and "@" in self.email else None


@dataclass(frozen=True)
class Requester:
    """FOIA s.8(1)(b): a request must state the applicant's name and an address for correspondence."""

    name: str
    email: str
    postal_address: str = ""


@dataclass(frozen=True)
class Campaign:
    """One question asked of many bodies (config/campaigns/<slug>.toml)."""

    slug: str
    title: str
    code: str  # short code used in references, e.g. SMM
    subject: str  # Jinja2 template
    body: str  # Jinja2 template
    forces: tuple[str, ...] | str = "all"  # "all", slugs, or "tag:<tag>" entries
    start: date | None = None
    source_file: str = ""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    text: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedMail:
    """A message reduced to what matching and classification need. Never raises to produce."""

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    from_addr: str | None
    to_addrs: tuple[str, ...]  # To, Cc, Delivered-To, X-Original-To, addresses in Received:
    subject: str
    date: datetime | None
    text: str  # best-effort body text (plain, or HTML converted), without attachments
    attachments: tuple[Attachment, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # lower-cased names, for auto-reply/bounce rules
    warnings: tuple[str, ...] = ()

    @property
    def full_text(self) -> str:
        """Body plus the text of every attachment: what classification and search read."""
        parts = [self.text] + [a.text for a in self.attachments if a.text]
        return "\n\n".join(p for p in parts if p)

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k == name), None)


@dataclass(frozen=True)
class OpenRequest:
    """What matching needs to know about a request that may receive replies."""

    request_id: int
    our_reference: str
    token: str
    message_ids: tuple[str, ...]
    authority_reference: str | None
    force_slug: str
    force_domain: str | None
    open: bool = True


@dataclass(frozen=True)
class MatchResult:
    """Which requests a message belongs to, and why (the evidence is shown to the user)."""

    status: MatchStatus
    request_ids: tuple[int, ...] = ()
    step: str = ""  # e.g. "reply_address", "in_reply_to", "our_reference", ...
    evidence: str = ""


@dataclass(frozen=True)
class Classification:
    """Issue 5: what a reply is, with the phrases that decided each field."""

    kind: MessageKind
    authority_reference: str | None = None
    exemptions: tuple[str, ...] = ()
    response_date: date | None = None
    our_reference: str | None = None
    new_due_date: date | None = None  # from an extension notice, when printed
    evidence: dict[str, list[str]] = field(default_factory=dict)
