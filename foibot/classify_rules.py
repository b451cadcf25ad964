"""One namespace for every classification rule (the data lives in ``foibot.rules``, by noun).

Kept so that ``from foibot import classify_rules as R`` reads the same everywhere; to add a
wording, edit the module of ``foibot.rules`` named in its docstring, not this file. The kind
sets below say which fields are recorded for which kinds.
"""

from __future__ import annotations

from foibot.domain import MessageKind as K
from foibot.rules import MACROS, MAX_FIELD_CHARS, MAX_KIND_CHARS, THRESHOLD, Rules
from foibot.rules.automail import AUTO_REPLY_SUBJECT, AUTO_REPLY_TEXT, BOUNCE_SUBJECT, BOUNCE_TEXT
from foibot.rules.cleanup import (
    DISCLAIMER,
    FILLER,
    LEXICON,
    LEXICON_MIN,
    LONG_QUOTE,
    NEUTRALISE,
    RIGHTS_CUE,
    RIGHTS_TOPIC,
)
from foibot.rules.figures import (
    FIGURE,
    FIGURE_NOT_AFTER,
    FIGURE_NOT_BEFORE,
    FIGURE_SENTENCE_SKIP,
    FIGURES_MIN,
    LIST_LABEL,
    YEAR_FIGURES,
    YEAR_FIGURES_MIN,
)
from foibot.rules.labels import NEW_DUE_DATE_LABELS, REFERENCE_LABELS, RESPONSE_DATE_LABELS
from foibot.rules.outcome import (
    ABSENCE,
    ANSWER_LINE,
    ANSWER_LINES_MIN,
    COMPLETE,
    COST_LIMIT,
    DISCLOSE,
    FOISA_NCND_PROVISION,
    NCND,
    NCND_PROVISION_WEIGHT,
    NCND_PROVISIONS,
    NOT_HELD,
    PARTIAL,
    WITHHOLD,
)
from foibot.rules.procedural import (
    ACKNOWLEDGEMENT,
    CLARIFICATION_REQUEST,
    EXTENSION_NOTICE,
    FEES_NOTICE,
    OTHER,
)
from foibot.rules.review import INTERNAL_REVIEW_OUTCOME, REVIEW_ANCHOR
from foibot.rules.sections import (
    FOIA_RELIED,
    FOISA_MARKERS,
    FOISA_RELIED,
    NOT_A_SECTION_AFTER,
    WITHDRAWN,
)

#: Exemption citations add this to WITHHOLD (a cited exemption is the clearest refusal sign).
CITED_EXEMPTION_WEIGHT = 3

#: Kinds for which sections are explained rather than relied on: no exemptions recorded.
NO_EXEMPTIONS_FOR = frozenset({K.ACKNOWLEDGEMENT, K.AUTO_REPLY, K.BOUNCE, K.OTHER,
                               K.CLARIFICATION_REQUEST, K.FEES_NOTICE})
#: Kinds that carry no authority reference worth keeping (a mail server's, an absent officer's).
NO_REFERENCE_FOR = frozenset({K.AUTO_REPLY, K.BOUNCE})
PROCEDURAL = {K.ACKNOWLEDGEMENT: ACKNOWLEDGEMENT, K.CLARIFICATION_REQUEST: CLARIFICATION_REQUEST,
              K.FEES_NOTICE: FEES_NOTICE, K.EXTENSION_NOTICE: EXTENSION_NOTICE, K.OTHER: OTHER}
#: Grounds that release the authority from the whole request (FOIA/FOISA s.12 cost, s.14
#: vexatious or repeated): numbers in such a reply measure the burden, they are not answers.
WHOLE_REQUEST_GROUNDS = ("s.12", "s.14")
#: s.14 lifts the duty to confirm or deny too, so its wording about that is not an NCND; a
#: s.14(2) letter retells the earlier request, reviews included, so it is not a review outcome.
VEXATIOUS_GROUND = "s.14"
REPEATED_GROUND = "s.14(2)"
#: FOIA s.21 / FOISA s.25: reasonably accessible elsewhere; FOIA s.22: intended for future publication. Such a reply says
#: where it is published; only figures actually given make it a (partial) disclosure.
ACCESSIBLE_GROUND = ("s.21", "s.22", "s.25")
#: The outcome signals of a final response, by name (scored once per message).
OUTCOME = {"disclose": DISCLOSE, "partial": PARTIAL, "withhold": WITHHOLD, "not_held": NOT_HELD,
           "ncnd": NCND, "complete": COMPLETE, "absence": ABSENCE}

__all__ = [
    "ABSENCE", "ACKNOWLEDGEMENT", "ANSWER_LINE", "ANSWER_LINES_MIN", "AUTO_REPLY_SUBJECT", "AUTO_REPLY_TEXT",
    "BOUNCE_SUBJECT", "BOUNCE_TEXT", "CITED_EXEMPTION_WEIGHT", "CLARIFICATION_REQUEST", "COMPLETE", "DISCLOSE",
    "EXTENSION_NOTICE", "FEES_NOTICE", "FIGURE", "FIGURES_MIN", "FIGURE_NOT_AFTER",
    "FIGURE_NOT_BEFORE", "FIGURE_SENTENCE_SKIP", "FOIA_RELIED", "FOISA_MARKERS",
    "FOISA_NCND_PROVISION", "FOISA_RELIED", "INTERNAL_REVIEW_OUTCOME", "LEXICON", "LEXICON_MIN",
    "MACROS", "MAX_FIELD_CHARS", "MAX_KIND_CHARS", "NCND", "NCND_PROVISIONS",
    "NCND_PROVISION_WEIGHT", "NEUTRALISE", "NEW_DUE_DATE_LABELS", "NOT_A_SECTION_AFTER",
    "NOT_HELD", "NO_EXEMPTIONS_FOR", "OTHER", "WHOLE_REQUEST_GROUNDS", "ACCESSIBLE_GROUND", "DISCLAIMER", "FILLER", "LONG_QUOTE",
    "COST_LIMIT", "VEXATIOUS_GROUND", "REPEATED_GROUND", "NO_REFERENCE_FOR", "OUTCOME", "PARTIAL", "PROCEDURAL",
    "REFERENCE_LABELS", "RESPONSE_DATE_LABELS", "REVIEW_ANCHOR", "RIGHTS_CUE", "RIGHTS_TOPIC", "Rules", "THRESHOLD",
    "WITHDRAWN", "WITHHOLD", "LIST_LABEL", "YEAR_FIGURES", "YEAR_FIGURES_MIN",
]
