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

#: The kind is read from the first MAX_KIND_CHARS of the reply's own text, the other fields from
#: the first MAX_FIELD_CHARS: this bounds what a hostile 400,000-character attachment can cost.
MAX_KIND_CHARS = 30_000
MAX_FIELD_CHARS = 150_000

Rules = list[tuple[str, int]]
# --- procedural kinds (they win over outcome signals only when they score higher) -------------

ACKNOWLEDGEMENT: Rules = [
    (r"will be answered within", 3),
    (r"^\W*(?:[\w ]{0,40}- )?acknowledge?ment\b", 2),
    (r"(?:expect|receive|get) (?:an answer|a reply|a response|our response|a full response) (?:by|within|on or before)", 3),
    (r"\blogged\b", 2),
    (r"(?:should|will) receive (?:a|our) (?:reply|response)", 3),
    (r"(?:passed|sent|forwarded) to the relevant department|now with the relevant department", 2),
    (r"(?:has|have) been received and will be", 3),
    (r"will be (?:processed|dealt with|handled) (?:in accordance|under|within)", 3),
    (r"allow (?:up to )?(?:20|twenty) working days", 3),
    (r"your (?:foi|case|request) (?:number|reference|ref) is", 3),
    ("(?:we are|we're) (?:now )?(?:dealing with|handling|processing|considering) your request", 3),
    (r"aim to (?:send|provide) (?:the information|a response|our response)[^.]{0,30}\bby\b", 2),
    (r"(?:which|that) we received (?:today|on)", 1),
    (r"acknowledge?(?:s|d)? (?:the )?receipt", 3),
    (r"write to acknowledge", 3),
    (r"confirm (?:the )?receipt", 3),
    (r"(?:we|i) (?:have )?(?:now )?received your (?:request|email)|(?:we have|we've) your request", 2),
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
    (r"please tell us\b", 3),
    (r"(?:find|search for|look for|locate) the right (?:information|records)", 2),
    (r"(?:could you |can you )?(?:please )?let us know (?:whether|if|which|what)", 3),
    (r"please confirm (?:whether|if|which|what)", 3),
    (r"\bwould you like\b", 2),
    (r"(?:^|[.!] )(?:which|what|when|do you|did you|could you|can you)\b[^.?]{3,100}\?", 2),
    (r"\bdo you mean\b", 3),
    (r"before we start", 2),
    (r"before we can (?:deal with|process|consider|answer|progress|proceed)", 3),
    (r"please reply with", 2),
    (r"as (?:currently )?worded|(?:too|very) broad", 2),
    (r"what (?:you mean|is meant) by", 3),
    (r"(?:can|could) you (?:please )?(?:tell us|let us know|explain|specify)", 2),
    (r"(?:we|i) (?:need|require) (?:a little |some )?(?:more|further|additional) (?:detail|details|information)", 3),
    (r"so that we can identify|in order to (?:locate|identify|find) the information", 2),
    (r"clarif(?:y|ication)", 3),
    (r"could you please confirm|please could you confirm", 2),
    (r"section 1\s*\(\s*3\s*\)", 3),
    (r"unable to (?:proceed|progress)", 2),
    (r"(?:further|more) (?:information|details) (?:is |are )?(?:required|needed)", 2),
    (r"(?:timescale|period|clock) will (?:begin|restart|start)", 2),
]

FEES_NOTICE: Rules = [
    (r"(?:on hold|paused|suspended) until (?:this|the) (?:amount|fee|payment|sum)", 3),
    (r"\binvoice\b", 3),
    (r"(?:has been|is) paid", 2),
    (r"(?:please )?send (?:the |your )?payment", 3),
    (r"\bphotocopying\b|printing costs?", 2),
    (r"(?:disbursement|copying|printing|postage|reproduction) (?:cost|charge|fee)s? (?:is|are|of|will be) £", 3),
    (r"pay (?:this |the fee |it |the charge )?in advance", 3),
    (r"(?:need|have) to pay", 2),
    (r"section 13\b", 2),
    (r"(?:wish|want|like) to pay", 3),
    (r"we (?:may|will|can) charge", 2),
    (r"payment of £\s?\d", 3),
    (r"£\s?\d[\d.,]* (?:is|will be) (?:required|payable|due)", 3),
    (r"once (?:the )?payment (?:is|has been) received", 3),
    (r"(?:charge|fee) (?:is|of|will be) £\s?\d", 3),
    (r"(?:require|need|await) (?:the )?payment", 3),
    (r"fees? notice", 3),
    (r"a fee of £", 3),
    (r"fee (?:of £[\d.,]+ )?(?:is|will be) payable", 3),
    (r"section 9\b", 2),
    (r"disbursement", 2),
    (r"until (?:the fee|payment) (?:has been |is )?(?:paid|received)", 3),
    (r"cheque", 1),
]

EXTENSION_NOTICE: Rules = [
    (r"extending (?:the|our) (?:deadline|time|date|response)", 3),
    (r"(?:not (?:yet )?been able|unable|not able) to (?:complete|finalise|finalize|send|issue) (?:the |our |a )?(?:response|reply|request)", 3),
    (r"expect to (?:send|provide|respond|reply)", 2),
    (r"(?:reply|respond|answer) by [^.]{3,25} instead of", 3),
    (r"still being (?:worked on|processed|considered|dealt with)", 3),
    (r"(?:apologi[sz]e|apologies|sorry)[^.]{0,40}(?:taking|longer|delay|not been able|unable)", 2),
    (r"need to (?:weigh|consider|balance) the public interest", 2),
    (r"need (?:a little |a bit |some )?(?:longer|extra time)", 3),
    (r"(?:send|provide) (?:our|a|the) (?:full )?response no later than", 2),
    (r"extension of time", 3),
    (r"expect to (?:respond|reply|provide)[^.]{0,20}\bby\b", 3),
    (r"(?:not been able|unable|not able) to (?:complete|respond to|answer|finalise) (?:your request )?(?:within|in time|by)", 3),
    (r"hope to (?:send|provide|respond|reply)", 2),
    (r"extend (?:the|our) (?:deadline|time|date|20 working day)", 3),
    (r"need(?:s)? (?:more|further|additional) time", 3),
    (r"section 10\s*\(\s*3\s*\)", 3),
    (r"public interest test extension", 3),
    (r"(?:unable|not be able) to respond .{0,60}within", 3),
    (r"apolog(?:ies|ise) for the delay", 2),
    (r"aim to respond to you by|now aim to respond", 3),
    (r"estimate that we will be able to", 3),
    (r"(?:respond|response) .{0,30}by .{0,20}at the latest", 2),
]

INTERNAL_REVIEW_OUTCOME: Rules = [
    (r"review(?:ing|er)? officer has (?:concluded|decided|found)", 3),
    (r"original (?:response|decision) should be (?:varied|amended|upheld|changed|overturned)", 3),
    (r"\bI (?:therefore )?uphold\b", 3),
    (r"having reviewed the original (?:response|decision)", 3),
    (r"\boutcome\s*:\s*(?:upheld|overturned|partially upheld|not upheld|partly upheld)", 3),
    (r"(?:original|the|our) (?:response|decision) was (?:correct|right|wrong|incorrect)", 3),
    (r"review panel", 2),
    (r"\b(?:the|this|my|on|following (?:the|a)) review\b[^.]{0,60}\b(?:decided|concluded|found|agreed)", 3),
    (r"i have (?:now )?(?:reviewed|re-?considered|looked again at) (?:your request and )?(?:the|our|your) (?:handling|response|original|decision|request)", 3),
    (r"(?:considered|investigated) your complaint", 2),
    (r"(?:^|\n)\s*internal review\b", 2),
    (r"outcome of (?:the |your |this )?(?:internal )?review", 3),
    (r"original (?:response|decision)[^.]{0,60}(?:has been|is|was) (?:amended|varied|upheld|overturned|changed)", 3),
    (r"\bon review\b", 2),
    (r"(?:following|further to) your request for (?:an? )?(?:internal )?review", 2),
    (r"(?:looked again at|re-?examined|reconsidered) (?:the|your|how|the way)", 2),
    (r"i am satisfied that the (?:original )?(?:response|decision|exemption)", 2),
    (r"(?:completed|conducted|carried out|undertaken) (?:the|an|this) (?:internal )?review", 3),
    (r"internal review (?:outcome|decision|result|response)", 3),
    (r"(?:uphold|upheld|overturn(?:ed)?) the original (?:decision|response)", 3),
    (r"reviewer has (?:upheld|overturned|decided)", 3),
    (r"you (?:requested|asked for) an internal review", 2),
]

# --- outcome signals of a final response ----------------------------------------------------

DISCLOSE: Rules = [
    (r"response to each question", 2),
    (r"(?<!of )\bresponse\s*:\s*(?:£\s?)?\d[\d,]*(?![\d,]*[/.\-]\d)", 3),
    (r"\bI (?:enclose|attach|have attached|have enclosed)\b", 3),
    (r"(?:able to|can) answer (?:questions?|parts?|your)", 3),
    (r"\?\s*(?:£\s?)?\d", 3),
    (r"\bour answers?\b", 2),
    (r"in answer to your (?:questions?|request)", 3),
    (r"\?\s*(?:yes|no)\b[.,]", 3),
    (r"\bcop(?:y|ies) (?:is|are) (?:attached|enclosed)", 3),
    (r"(?:can|am able to|are able to) (?:tell|advise|inform) you that", 2),
    (r"\b\d+(?:,\d{3})*\s+(?:[a-z\-]+\s+){0,3}(?:offences|incidents|officers|staff|posts|arrests|charges|crimes|accounts|people|individuals)\b", 3),
    (r"\b(?:recorded|there (?:were|was|are)|totall?ed|a total of)\s+\d", 2),
    (r"(?:copy|copies) of [^.]{1,80}? (?:is|are) (?:attached|enclosed)", 3),
    (r"answers? to your (?:questions?|request) (?:is|are) (?:as follows|below|set out)", 3),
    (r"(?:is|are) answered below", 3),
    (r"please (?:find|see) (?:attached|enclosed) (?:the|a|our|a copy of the) ?(?:document|information|figures|spreadsheet|data|table|policy|copy)", 3),
    (r"please see below", 2),
    (r"\b(?:is|are) (?:attached|enclosed)\b", 1),
    (r"(?:is|are) contained in the attached", 3),
    (r"(?:some of )?the information (?:you (?:have )?requested )?is (?:enclosed|attached)", 3),
    (r"\banswer\s*:\s*(?:£\s?)?\d", 3),
    (r"decided to disclose", 3),
    (r"details of which are as follows", 3),
    (r"\b(?:pleased|able) to provide (?:it|this|the information|you with the information)", 3),
    (r"please (?:find|see) (?:the )?(?:information|figures|table|details|column headings|data)\b", 3),
    (r"please (?:find|see) (?:the )?attached (?:a redacted|spreadsheet|information|figures|table|document)", 3),
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
    (r"some of the (?:figures|information|data|details) (?:has|have) been (?:withheld|redacted|removed)", 3),
    (r"(?:has|have) been redacted|redacted (?:version|copy|document)", 3),
    (r"some of the information (?:you (?:have )?requested )?is (?:enclosed|attached|provided|below)", 3),
    (r"decided to disclose some", 3),
    (r"holds? some of the information", 3),
    (r"partial refusal notice|refusal notice in part", 3),
    (r"refusal notice (?:for|in respect of) (?:the )?(?:redacted parts|names only|questions?|parts?|q\d)", 3),
    (r"some (?:of the )?(?:information|data) (?:has been|is|was) withheld", 3),
]

WITHHOLD: Rules = [
    (r"(?:has|have) not been (?:provided|disclosed|released)", 2),
    (r"will not be (?:answering|responding to|complying with) (?:this|your)", 3),
    (r"not required to comply", 3),
    (r"refusal notice", 3),
    (r"\bexempt(?:ed|ion|ions)?\b", 1),
    (r"\bwithh(?:e|o)ld(?:ing)?\b", 2),
    (r"refus(?:e|ing|ed) (?:to provide|to disclose|your request|the request)", 3),
    (r"(?:is|are) therefore refused", 3),
    (r"not obliged to comply", 3),
    (r"exceeds? (?:the )?(?:appropriate|cost) limit", 3),
    (r"\bvexatious\b", 3),
    (r"reasonably accessible", 3),
    (r"unable to (?:provide|release|disclose)", 2),
    (r"\bredact", 2),
]

#: "2023 - 41; 2024 - 58": figures given per year (a table flattened to text) are a disclosure.
YEAR_FIGURES = r"\b20\d\d\b\*?\s*[-:\u2013|]?\s*£?\d+(?:,\d{3})*\b"
YEAR_FIGURES_MIN = 3

#: Figures given as answers ("52 officers", "£31,000") are a disclosure; numbers that are only
#: estimates of work (hours, records), fees, dates, references or section numbers do not count.
FIGURE = r"£\s?\d+(?:,\d{3})*(?:\.\d+)?|(?<![\w/.\-(£,])\d+(?:,\d{3})*(?![\w/\-(\),]|\.\d)"
FIGURE_NOT_AFTER = (r"(?:sections?|s\.|parts?|questions?|q|and|to|para(?:graph)?|ext|tel|"
                    r"telephone|no\.?|number|page|step|item|point|of|box|call|on|"
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*$")
FIGURE_NOT_BEFORE = (r"^\s*(?:[a-z\-]+\s+){0,2}(?:hours?|minutes?|working|days?|weeks?|months?|"
                     r"records?|reports?|requests?|pages?|files?)\b|^\s*(?:%|am\b|pm\b|:)"
                     r"|^\s*(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                     r"|^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Road|Street|Lane|Way|Avenue|Yard|House|Close|"
                     r"Drive|Place|Court|Park|Square)\b")
FIGURE_SENTENCE_SKIP = r"\bfees?\b|charge|payable|\bpay\b|limit|cost of compliance|estimate"
FIGURES_MIN = 2

#: Exemption citations add this to WITHHOLD (a cited exemption is the clearest refusal sign).
CITED_EXEMPTION_WEIGHT = 3

NOT_HELD: Rules = [
    (r"no (?:relevant |recorded )?information (?:was|has been|could be) (?:found|located|identified)", 3),
    (r"(?:doesn't|don't) hold", 3),
    (r"(?:doesn't|does not|do not|don't) have (?:a|any)\b", 2),
    (r"no (?:figures|data|information|records?)(?: or \w+)? to (?:provide|give|disclose|send)", 3),
    (r"(?:has|have) never (?:held|had|kept|recorded)", 3),
    (r"nothing (?:we can|to) (?:send|provide|disclose)", 2),
    (r"(?:found|located|identified|holds?|held|has|have) no (?:recorded |relevant )?information", 3),
    (r"(?:does|do) not have any (?:records?|information)", 3),
    (r"no recorded information", 3),
    (r"(?:does|do) not (?:record|keep|collate|capture)\b", 3),
    (r"no (?:data|information) (?:is|was) (?:recorded|held|available|kept)", 3),
    (r"(?:is|are) not (?:recorded|collated|captured|flagged)", 2),
    (r"(?:information|data)(?: requested| you (?:have )?requested)? (?:is|was) not held", 3),
    (r"(?:does|do) not hold (?:any |the |this |a )?(?:information|records?|relevant|data)", 3),
    (r"no (?:relevant )?information (?:is )?held|information is (?:therefore )?not held", 3),
    (r"\bnot held\b", 2),
    (r"searches (?:have )?failed to locate", 3),
    (r"\bno trace\b", 2),
    (r"not recorded in a (?:way|format)", 3),
    (r"(?:does not hold|no) (?:a )?record of", 2),
]

NCND: Rules = [
    (r"neither confirming nor denying", 4),
    (r"cannot say whether (?:or not )?(?:the force|we|it) holds?", 3),
    (r"(?:unable to|not able to|cannot|can not) confirm or deny", 4),
    (r"(?:not obliged|not required) to confirm or deny", 4),
    (r"refus(?:e|es|ing) to (?:reveal|confirm or deny) whether", 4),
    (r"will not confirm or deny", 4),
    (r"neither confirms? nor den(?:y|ies)", 4),
    (r"\bNCND\b", 3),
    (r"(?:does|is) or (?:does|is) not (?:exist|held)", 1),
]

#: A sentence with one of RIGHTS_TOPIC *and* one of RIGHTS_CUE is the complaint-rights
#: boilerplate every final response ends with ("If you are dissatisfied ... ask for an internal
#: review ... complain to the Information Commissioner"): dropped before the kind is scored.
RIGHTS_TOPIC = (r"internal review|review (?:of )?(?:the|our|their) (?:decision|response)|"
                r"information commissioner|\bICO\b|section 50")
RIGHTS_CUE = (r"dissatisfied|unhappy|not (?:content|satisfied|happy)|complain|right to|"
              r"you (?:can|may|could) (?:ask|request|apply|write)|within (?:40|forty) working days|"
              r"if you (?:wish|would like) to")

#: Phrases that contain a signal word but mean the opposite; removed before scoring.
NEUTRALISE = [
    r"nothing (?:has been|was) (?:removed|redacted)",
    r"nothing (?:has been|was|is) withheld",
    r"if we (?:need|require) (?:more|further|additional) time",
    r"(?:may|might|could) be exempt",
    r"no (?:information|data) (?:has been|was|is) withheld",
    r"no exemptions? (?:have|has) been applied",
    r"subject to the information not being exempt",
    r"we have not considered whether any exemptions would apply",
]

#: Last resort before "other": single words per kind. When no rule above fired, the kind whose
#: words occur most (at least LEXICON_MIN distinct words, and more than any other kind) is
#: taken, and the evidence says it was a weak, word-count decision.
LEXICON = {
    K.ACKNOWLEDGEMENT: ["received", "receipt", "acknowledg", "logged", "working days"],
    K.CLARIFICATION_REQUEST: ["clarif", "what you mean", "which", "whether", "specify", "confirm"],
    K.FEES_NOTICE: ["fee", "invoice", "payment", "pay ", "cheque", "charge"],
    K.EXTENSION_NOTICE: ["delay", "extend", "extension", "longer", "apolog", "sorry", "awaiting"],
    K.INTERNAL_REVIEW_OUTCOME: ["review", "uphold", "upheld", "overturn", "reviewer"],
    K.NOT_HELD: ["not held", "no information", "not hold", "not found", "no record", "not record"],
    K.REFUSAL: ["exempt", "withheld", "withhold", "refus", "section"],
    K.AUTO_REPLY: ["leave", "holiday", "office", "return", "away", "absence"],
}
LEXICON_MIN = 2

# --- automatic mail -------------------------------------------------------------------------

AUTO_REPLY_TEXT: Rules = [
    (r"\bat a conference\b", 2),
    (r"\bon holiday\b", 3),
    (r"not (?:checking|reading|monitoring) (?:my )?e-?mails?", 3),
    (r"(?:be )?(?:in|back in) the office (?:on|from|until)", 3),
    (r"\b(?:on|taking) (?:annual |parental |maternity |paternity |sick |study )?leave\b", 3),
    (r"on my return", 2),
    (r"out of (?:the )?office|(?:away|out) (?:from|of) (?:the office|my desk)", 3),
    (r"(?:will )?(?:be )?return(?:ing)? (?:to the office )?on", 2),
    (r"limited e-?mail access|(?:limited|no) access to (?:my )?e-?mail", 3),
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
    (r"delivery to the following recipients? failed", 4),
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
WITHDRAWN = (r"do not agree that|did not apply|(?:was|were) (?:wrongly|incorrectly) applied|"
             r"should not have been applied|withdrawn|no longer (?:rel(?:y|ied|ying)|applies)|"
             r"wrong to rely|not relying")

#: Words after a number that show it is not a section ("31 and 24 hours").
NOT_A_SECTION_AFTER = r"\s*(?:hours?|days?|working|minutes?|years?|months?|pages?|staff|officers|%)"

# --- the authority's reference ------------------------------------------------------------------

#: Labels that introduce the force's own reference. "Your ref" is ours and is skipped.
REFERENCE_LABELS = [
    r"(?:ref(?:erence)?|cyf(?:eirnod)?)\b\.?(?:\s*(?:no|number|num)\b\.?)?",
    r"request (?:number|no\b\.?)",
    r"logged (?:today |it )?(?:as|under)",
    r"internal review(?: ref(?:erence)?)?",
    r"review of",
    r"(?:FOI|case|tracking|request) (?:number|no\b\.?|id)\b(?:\s+is)?",
    r"request(?=[ \t]+\(?[A-Z]{0,4}[ ]?\d+[/._\-])",
    r"(?:freedom of information|FOI)\s+(?:act\s+)?(?:request|disclosure|response)(?!\s+(?:ref|no\b|number))",
]

# --- printed dates --------------------------------------------------------------------------

RESPONSE_DATE_LABELS = [
    r"(?:\s{2,}|\|[ \t]*)date[ \t]*:[ \t]*",
    r"(?:^|\n)[ \t]*(?:dyddiad\s*/\s*)?(?:date(?: of (?:response|disclosure|reply|this letter))?"
    r"|response date|date sent|dated)\b[ \t]*[:\-]?[ \t]*",
    r"(?:disclosed|responded|sent) on\s+",
]

NEW_DUE_DATE_LABELS = [
    r"(?:respond|response|reply)(?: to you| to your request)? (?:by|before|no later than)\s+",
    r"full response by\s+",
    r"(?:extend(?:ed)?|extension) .{0,60}?(?:until|to)\s+",
]
