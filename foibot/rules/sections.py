"""Which FOIA 2000 / FOISA 2002 sections are *relied on* (recorded as exemptions) and which are
only explained (not recorded)."""

from __future__ import annotations

#: FOIA 2000 Part II exemptions plus s.12 (cost limit) and s.14 (vexatious): the sections an
#: authority *relies on*. s.1, s.10, s.16, s.17, s.45, s.50 ... are explained, never relied on.
FOIA_RELIED = frozenset({12, 14, *range(21, 45)})
#: FOISA 2002: s.12 cost, s.14 vexatious, s.18 neither confirm nor deny, Part 2 exemptions
#: s.25-s.41. (FOISA s.20/s.21 are the review, s.47 the Commissioner: not relied on.)
FOISA_RELIED = frozenset({12, 14, 18, *range(25, 42)})
FOISA_MARKERS = r"\(scotland\) act|\bFOISA\b|scottish information commissioner"

#: A citation in a sentence with one of these is an exemption no longer relied on.
WITHDRAWN = (r"do not agree that|did not apply|(?:was|were) (?:wrongly|incorrectly) applied|"
             r"should not have been applied|withdrawn|no longer (?:rel(?:y|ied|ying)|applies)|"
             r"wrong to rely|not relying")

#: Words after a number that show it is not a section ("31 and 24 hours").
NOT_A_SECTION_AFTER = r"\s*(?:hours?|days?|working|minutes?|years?|months?|pages?|staff|officers|%)"
