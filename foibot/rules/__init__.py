"""Every phrase, section number and weight that classification uses, as readable data.

The modules, by noun:

- ``procedural``: acknowledgements, clarification requests, fees notices, extension notices
- ``review``: internal review outcomes (FOIA s.45 code; FOISA s.21 reviews)
- ``outcome``: the signals of a final response (disclose, partial, withhold, not held, NCND)
- ``figures``: when numbers in a reply read as answers
- ``cleanup``: what is removed or neutralised before scoring, and the weak word-count lexicon
- ``automail``: bounces (RFC 3464) and auto-replies (RFC 3834)
- ``sections``: which FOIA/FOISA sections are relied on, and which are NCND provisions
- ``labels``: the labels in front of the authority's reference and the printed dates

To teach foibot a new wording, add a ``(regex, weight)`` pair to the right list and run
``.venv/bin/python bench/understanding.py --show-errors``. Patterns are case-insensitive, are
compiled once at import (``foibot.classify_kind``), and are matched against the reply's own text
(quoted messages and complaint-rights boilerplate removed, whitespace folded to single spaces).
Each pattern counts once per message; a signal "fires" when its total reaches ``THRESHOLD``.

Weights: 3 = decisive on its own, 2 = strong, 1 = supporting only.
"""

from __future__ import annotations

THRESHOLD = 3

#: The kind is read from the first MAX_KIND_CHARS of the reply's own text, the other fields from
#: the first MAX_FIELD_CHARS: this bounds what a hostile 400,000-character attachment can cost.
MAX_KIND_CHARS = 30_000
MAX_FIELD_CHARS = 150_000

Rules = list[tuple[str, int]]

#: Shorthands the phrase lists may use; each is replaced by its group when the lists are
#: compiled. They keep a phrase family to one readable line.
MACROS = {
    "<REQ>": r"(?:request|application|enquiry|query|correspondence|case|submission)",
    "<WE>": (r"(?:we|i|the force|the constabulary|the service|the mps|psni|the department|the unit"
             r"|[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,3} (?:police|constabulary))"),
    "<HOLD>": r"(?:hold|holds|held|have|has|possess|possesses|retain|retains|keep|keeps)",
    "<INFO>": (r"(?:information|data|records?|figures|details|documents?|documentation|material"
               r"|statistics|files?)"),
    "<GIVE>": (r"(?:provide|provided|disclose|disclosed|release|released|give|given|supply|supplied"
               r"|share|shared|send|sent|publish|published)"),
    "<REPLY>": r"(?:reply|response|answer|decision|substantive response|full response)",
}
