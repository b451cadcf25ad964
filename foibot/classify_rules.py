"""Every phrase, section number and weight that classification uses, in one readable place.

To teach foibot a new wording, add a ``(regex, weight)`` pair to the right list below and run
``.venv/bin/python bench/understanding.py`` to see the effect on the labelled corpus. Patterns are
case-insensitive and matched against the reply's own text (quoted earlier messages removed).
Each pattern counts once per message; a signal "fires" when its total reaches ``THRESHOLD``.

Weights: 3 = decisive on its own, 2 = strong, 1 = supporting only.
"""

from __future__ import annotations

from foibot.domain import MessageKind as K

THRESHOLD = 3

Rules = list[tuple[str, int]]

# --- procedural kinds (they win over outcome signals only when they score higher) -------------

ACKNOWLEDGEMENT: Rules = [
    (r"acknowledge?(?:s|d)? (?:the )?receipt", 3),
    (r"write to acknowledge", 3),
    (r"confirm (?:the )?receipt", 3),
    (r"(?:we|i) (?:have )?(?:now )?received your (?:request|email)", 2),
    (r"has been (?:logged|allocated|assigned|registered|given the reference)", 3),
    (r"given the reference", 2),
    (r"(?:is|are) (?:now )?being (?:dealt with|processed|considered)", 3),
    (r"will (?:now )?be considered in accordance", 3),
    (r"will (?:respond|reply)(?: to you| to your request)? (?:promptly|within|by|no later)", 3),
    (r"aim to respond to your request by", 2),
    (r"(?:you )?should hear from us by", 3),
    (r"statutory (?:timescale|time limit) of 20 working days", 2),
    (r"diolch am eich cais", 2),
]

CLARIFICATION_REQUEST: Rules = [
    (r"clarif(?:y|ication)", 3),
    (r"could you please confirm|please could you confirm", 2),
    (r"section 1\s*\(\s*3\s*\)", 3),
    (r"unable to (?:proceed|progress)", 2),
    (r"before we can (?:progress|proceed)", 3),
    (r"so that we can identify", 2),
    (r"(?:further|more) (?:information|details) (?:is |are )?(?:required|needed)", 2),
    (r"(?:timescale|period|clock) will (?:begin|restart|start)", 2),
]

FEES_NOTICE: Rules = [
    (r"fees? notice", 3),
    (r"a fee of £", 3),
    (r"fee (?:of £[\d.,]+ )?(?:is|will be) payable", 3),
    (r"section 9\b", 2),
    (r"disbursement", 2),
    (r"until (?:the fee|payment) (?:has been |is )?(?:paid|received)", 3),
    (r"cheque", 1),
]

EXTENSION_NOTICE: Rules = [
    (r"extend the (?:time|deadline|20 working day)", 3),
    (r"need(?:s)? (?:more|further|additional) time", 3),
    (r"section 10\s*\(\s*3\s*\)", 3),
    (r"public interest test extension", 3),
    (r"(?:not|unable to) be able to respond .{0,60}within", 3),
    (r"(?:unable|not be able) to respond .{0,40}within", 3),
    (r"apolog(?:ies|ise) for the delay", 2),
    (r"aim to respond to you by|now aim to respond", 3),
    (r"estimate that we will be able to", 3),
    (r"(?:respond|response) .{0,30}by .{0,20}at the latest", 2),
]

INTERNAL_REVIEW_OUTCOME: Rules = [
    (r"(?:completed|conducted|carried out|undertaken) (?:the|an|this) (?:internal )?review", 3),
    (r"internal review (?:outcome|decision|result|response)", 3),
    (r"(?:uphold|upheld|overturn(?:ed)?) the original (?:decision|response)", 3),
    (r"original decision .{0,60}(?:is|was|has been) upheld", 3),
    (r"reviewer has (?:upheld|overturned|decided)", 3),
    (r"i have (?:now )?reviewed the (?:handling|response|original)", 3),
    (r"you (?:requested|asked for) an internal review", 2),
    (r"outcome of the internal review", 2),
]

# --- outcome signals of a final response ----------------------------------------------------

DISCLOSE: Rules = [
    (r"decided to disclose", 3),
    (r"details of which are as follows", 3),
    (r"\b(?:pleased|able) to provide (?:it|this|the information|you with the information)", 3),
    (r"please (?:find|see) (?:the )?(?:information|figures|table|details|column headings|data)\b", 3),
    (r"please (?:find|see) (?:the )?attached (?:spreadsheet|information|figures|table|document)", 3),
    (r"please find attached a redacted", 3),
    (r"(?:information|figures|data) (?:is|are) (?:provided|set out|shown) (?:below|in)", 3),
    (r"provided in full", 3),
    (r"all of the information you (?:requested|asked for) has been provided", 3),
    (r"majority of the information is attached", 3),
    (r"(?:see|find) the (?:table|figures|column headings) below", 3),
    (r"(?:held and is|is held and) attached", 3),
    (r"\bcan provide the\b", 2),
    (r"can be released", 2),
]

PARTIAL: Rules = [
    (r"decided to disclose some", 3),
    (r"holds? some of the information", 3),
    (r"partial refusal notice|refusal notice in part", 3),
    (r"refusal notice (?:for|in respect of) (?:the )?(?:redacted parts|names only|questions?|parts?|q\d)", 3),
    (r"some (?:of the )?(?:information|data) (?:has been|is|was) withheld", 3),
]

WITHHOLD: Rules = [
    (r"refusal notice", 3),
    (r"\bexempt(?:ed|ion|ions)?\b", 1),
    (r"\bwithh(?:e|o)ld(?:ing)?\b", 2),
    (r"refus(?:e|ing|ed) (?:to provide|to disclose|your request|the request)", 3),
    (r"(?:is|are) therefore refused", 3),
    (r"not obliged to comply", 3),
    (r"exceeds? (?:the )?(?:appropriate|cost) limit", 3),
    (r"\bvexatious\b", 3),
    (r"reasonably accessible", 3),
    (r"unable to (?:provide|release|disclose)", 3),
    (r"\bredact", 2),
]

#: Exemption citations add this to WITHHOLD (a cited exemption is the clearest refusal sign).
CITED_EXEMPTION_WEIGHT = 3

NOT_HELD: Rules = [
    (r"(?:does|do) not hold (?:any |the |this |a )?(?:information|record|relevant)", 3),
    (r"no (?:relevant )?information (?:is )?held", 3),
    (r"no information is held|information is (?:therefore )?not held", 3),
    (r"\bnot held\b", 2),
    (r"searches (?:have )?failed to locate", 3),
    (r"\bno trace\b", 2),
    (r"not recorded in a (?:way|format)", 3),
    (r"(?:does not hold|no) (?:a )?record of", 2),
]

NCND: Rules = [
    (r"neither confirms? nor den(?:y|ies)", 4),
    (r"\bNCND\b", 3),
    (r"(?:does|is) or (?:does|is) not (?:exist|held)", 1),
]

#: Phrases that contain a signal word but mean the opposite; removed before scoring.
NEUTRALISE = [
    r"no (?:information|data) (?:has been|was|is) withheld",
    r"no exemptions? (?:have|has) been applied",
    r"subject to the information not being exempt",
    r"we have not considered whether any exemptions would apply",
]

# --- automatic mail -------------------------------------------------------------------------

AUTO_REPLY_TEXT: Rules = [
    (r"out of (?:the )?office", 3),
    (r"(?:on|taking) annual leave", 3),
    (r"(?:will )?(?:be )?return(?:ing)? (?:to the office )?on", 2),
    (r"limited access to (?:my )?e-?mail|no access to e-?mail", 3),
    (r"this (?:mailbox|inbox) is (?:monitored|not monitored)", 2),
    (r"do not reply to this (?:e-?mail|address|message)", 1),
    (r"automatic(?:ally generated)? (?:reply|response|e-?mail)", 1),
]

AUTO_REPLY_SUBJECT = (r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|auto(?:matic)?[- ]?response|"
                      r"out of (?:the )?office|away from (?:the )?office|autoreply)\b")

BOUNCE_SUBJECT = (r"^\s*(?:undeliverable|undelivered mail|delivery status notification \(failure\)|"
                  r"mail delivery failed|returned mail|delivery failure|failure notice|"
                  r"message not delivered)")

BOUNCE_TEXT: Rules = [
    (r"delivery has failed to these recipients", 4),
    (r"could not be delivered to one or more recipients", 4),
    (r"(?:wasn't|was not|couldn't be|could not be) delivered", 3),
    (r"recipient address rejected|user unknown|address not found|mailbox (?:full|unavailable)", 2),
    (r"\b55\d[ -]5\.\d\.\d{1,3}\b", 2),
]

#: Kinds for which sections are explained rather than relied on: no exemptions recorded.
NO_EXEMPTIONS_FOR = frozenset({K.ACKNOWLEDGEMENT, K.AUTO_REPLY, K.BOUNCE, K.OTHER,
                               K.CLARIFICATION_REQUEST, K.FEES_NOTICE})
#: Kinds that carry no authority reference worth keeping (a mail server's, an absent officer's).
NO_REFERENCE_FOR = frozenset({K.AUTO_REPLY, K.BOUNCE})

PROCEDURAL = {K.ACKNOWLEDGEMENT: ACKNOWLEDGEMENT, K.CLARIFICATION_REQUEST: CLARIFICATION_REQUEST,
              K.FEES_NOTICE: FEES_NOTICE, K.EXTENSION_NOTICE: EXTENSION_NOTICE}

# --- exemptions -------------------------------------------------------------------------------

#: FOIA 2000 Part II exemptions plus s.12 (cost limit) and s.14 (vexatious): the sections an
#: authority *relies on*. s.1, s.10, s.16, s.17, s.45, s.50 ... are explained, never relied on.
FOIA_RELIED = frozenset({12, 14, *range(21, 45)})
#: FOISA 2002: s.12 cost, s.14 vexatious, s.18 neither confirm nor deny, Part 2 exemptions
#: s.25-s.41. (FOISA s.20/s.21 are the review, s.47 the Commissioner: not relied on.)
FOISA_RELIED = frozenset({12, 14, 18, *range(25, 42)})
FOISA_MARKERS = r"\(scotland\) act|\bFOISA\b|scottish information commissioner"

#: A citation in a sentence with one of these is an exemption no longer relied on.
WITHDRAWN = r"withdrawn|no longer (?:rel(?:y|ied|ying)|applies)|wrong to rely|not relying"

#: Words after a number that show it is not a section ("31 and 24 hours").
NOT_A_SECTION_AFTER = r"\s*(?:hours?|days?|working|minutes?|years?|months?|pages?|staff|officers|%)"

# --- the authority's reference ------------------------------------------------------------------

#: Labels that introduce the force's own reference. "Your ref" is ours and is skipped.
REFERENCE_LABELS = [
    r"(?:ref(?:erence)?|cyf(?:eirnod)?)\b\.?(?:\s*(?:no|number|num)\b\.?)?",
    r"request (?:number|no\b\.?)",
    r"(?:freedom of information|FOI)\s+(?:act\s+)?(?:request|disclosure|response)(?!\s+(?:ref|no\b|number))",
]

# --- printed dates --------------------------------------------------------------------------

RESPONSE_DATE_LABELS = [
    r"(?:^|\n)[ \t]*(?:dyddiad\s*/\s*)?(?:date(?: of (?:response|disclosure|reply|this letter))?"
    r"|response date|date sent|dated)\b[ \t]*[:\-]?[ \t]*",
    r"(?:disclosed|responded|sent) on\s+",
]

NEW_DUE_DATE_LABELS = [
    r"(?:respond|response|reply)(?: to you| to your request)? (?:by|before|no later than)\s+",
    r"full response by\s+",
    r"(?:extend(?:ed)?|extension) .{0,60}?(?:until|to)\s+",
]
