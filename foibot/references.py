"""Our own request references, e.g. ``FOI-SMM26-DYFED-7K3Q``.

A reference must survive being retyped by a records officer into a subject line, so it uses
Crockford's base32 (no I, L, O, U) for its random part and matching forgives the l/1 and o/0
confusions. It is derived deterministically from (campaign, force, salt) so that re-creating a
campaign's requests yields the same references; ``salt`` is bumped only on a collision.
"""

from __future__ import annotations

import hashlib
import re

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

#: Our reference anywhere in text: FOI-<campaign code+yy>-<force code>-<4 base32>.
OUR_REFERENCE_RE = re.compile(
    r"(?<![A-Za-z0-9])FOI-([A-Za-z0-9]{2,12})-([A-Za-z0-9]{2,12})-([0-9A-Za-z]{4})(?![A-Za-z0-9])",
    re.IGNORECASE,
)


_FILLER = {"of", "and", "the", "police", "constabulary", "service"}
_GENERIC = {"north", "south", "east", "west", "northern", "city", "greater", "british", "civil", "ministry"}


def force_code(slug: str) -> str:
    """A short, readable code for a force, at most 8 letters: ``dyfed-powys`` → DYFED, but
    ``west-midlands`` → WMIDLAND so that forces sharing a compass word stay distinguishable."""
    words = [w for w in re.split(r"[^a-z0-9]+", slug.lower()) if w and w not in _FILLER] or ["x"]
    if words[0] in _GENERIC and len(words) > 1:
        return (words[0][0] + words[1]).upper()[:8]
    return words[0].upper()[:8]


def campaign_code(code: str, year: int) -> str:
    return f"{re.sub(r'[^A-Za-z0-9]', '', code).upper()[:8]}{year % 100:02d}"


def make_reference(campaign_slug: str, code: str, year: int, force_slug: str,
                   salt: int = 0) -> str:
    digest = hashlib.sha256(f"{campaign_slug}\0{force_slug}\0{salt}".encode()).digest()
    n = int.from_bytes(digest[:4], "big")
    suffix = "".join(CROCKFORD[(n >> (5 * i)) & 31] for i in range(4))
    return f"FOI-{campaign_code(code, year)}-{force_code(force_slug)}-{suffix}"


def normalise_reference(text: str) -> str:
    """Canonical form for comparison: upper case, and the retyping confusions folded
    (O→0, I/L→1) as Crockford decoding does."""
    return text.upper().translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def token_for(reference: str) -> str:
    """The plus-address token of a request (``me+{token}@example.org``)."""
    return reference.lower()


def find_references(text: str) -> list[str]:
    """Every candidate of our reference format in ``text``, as printed, in order, deduplicated."""
    seen: dict[str, None] = {}
    for m in OUR_REFERENCE_RE.finditer(text or ""):
        seen.setdefault(m.group(0), None)
    return list(seen)
