"""What is removed or neutralised before the kind is scored, and the weak last-resort lexicon."""

from __future__ import annotations

from foibot.domain import MessageKind as K

#: A sentence with one of RIGHTS_TOPIC *and* one of RIGHTS_CUE is the complaint-rights
#: boilerplate every final response ends with ("If you are dissatisfied ... ask for an internal
#: review ... complain to the Information Commissioner"): dropped before the kind is scored.
RIGHTS_TOPIC = (r"internal review|not (?:previously )?involved (?:in|with) the original|review process|complaint rights|"
                r"decision (?:be|is) reviewed|(?:think|believe) (?:it|the decision) (?:is|was) wrong|"
                r"complaints? procedure|review (?:of )?(?:the|our|their) (?:decision|response)|"
                r"information commissioner|\bICO\b|section 50|\bSIC\b|section 47|"
                r"(?:ask|request|require|apply) (?:us |for )?(?:a |an )?review|"
                r"how your request (?:has been|was) (?:handled|dealt with)|decision is (?:wrong|incorrect)")
RIGHTS_CUE = (r"dissatisfied|unhappy|not (?:content|satisfied|happy)|complain|right to|"
              r"you (?:can|may|could) (?:ask|request|apply|write)|within (?:40|forty) working days|"
              r"if you (?:wish|would like) to|should you (?:wish|be)|if you are not|"
              r"you (?:can|may|could|are entitled to|have the right to) (?:refer|appeal|contact|complain|make|go|take)|"
              r"will (?:review|reconsider|look at) (?:it|the|your)|unhappy with|within (?:40|forty) working days|"
              r"will be (?:undertaken|carried out|conducted) by|will (?:carry out|conduct|undertake) (?:the|a|your) review|complaint rights")

#: Sentence adverbs that phrases do not need ("No information is therefore held", "we also
#: hold"): dropped before scoring, so that a phrase written without them still matches.
FILLER = (r"\b(?:therefore|currently|also|unfortunately|regrettably|accordingly|presently|simply"
          r"|actually|indeed|thus|hence|however)\b,?[ \t]?")

#: A quotation at least this long is somebody else's words, usually the request read back: it
#: votes neither on the kind nor on the exemptions.
LONG_QUOTE = 60

#: The confidentiality notice at the foot of an email ("If you have received this email in
#: error, please notify the sender by return"): dropped with the complaint rights.
DISCLAIMER = (r"received this (?:e-?mail|message|communication) in error|intended (?:solely |only )?for the "
              r"(?:addressee|named recipient|use of)|(?:e-?mail|message) traffic (?:may be )?monitored|"
              r"may (?:be )?monitor(?:ed)? (?:e-?mail|its e-?mail|all e-?mail)|(?:gsc|government security) classification")

#: Phrases that contain a signal word but mean the opposite; removed before scoring.
NEUTRALISE = [
    r"nothing (?:has been|was) (?:removed|redacted)",
    r"nothing (?:has|was|is)(?: therefore| now| at all)? (?:been )?withheld",
    r"if we (?:need|require) (?:more|further|additional) time",
    r"(?:may|might|could) be exempt",
    r"no (?:information|data|details?|text|part) (?:of it )?(?:has been|was|is|have been) (?:withheld|removed|redacted|obscured)(?: from (?:it|them|the \w+))?",
    r"no exemptions? (?:have|has) been applied",
    r"subject to the information not being exempt",
    r"we have not considered whether any exemptions would apply",
    r"(?:if|where|should) (?:any|an) exemptions? (?:appl(?:y|ies)|is relevant)",
    r"(?:if|should) (?:we|you) (?:need|require) (?:any )?(?:further|more) (?:information|details|clarification)",
    r"if you (?:have any|require any) (?:further )?(?:questions|queries)",
    # hedges: what the force *might* do later is not what this reply does ("If we need you to
    # clarify anything, we will get in touch"; "if an exemption is ultimately applied ...")
    r"[^.]{0,200}\b(?:if (?:that|this) (?:happens|is the case|occurs)|should (?:that|this) (?:happen|be the case))\b[^.;]{0,160}",
    r"\b(?:if|should|in the event that|where) (?:we|i|the force|the constabulary|(?:a |an )?(?:qualified |absolute )?exemptions?|any exemptions?|"
    r"any information|any of (?:the |this |that )?(?:information|data|material|it)|any part of it|anything|something|any part|any aspect|it|a request|your request|the request) (?:(?:in|of) (?:your|the) (?:request|wording|question|questions) )?(?:later |subsequently |ultimately |then )?(?:need|needs|require|requires|needs clarifying|"
    r"decide|decides|find|finds|consider|considers|is|are|seems|appears|apply|applies|engage|engages|will need|"
    r"have to|has to|do not|does not|cannot|can not|become|becomes)\b[^.;]{0,160}",
    r"(?:have|has) not (?:at this (?:point|stage) |yet )?(?:made|reached|taken) (?:a |any )?decision"
    r"(?![^.]{0,40}(?:balance|public interest))[^.]{0,120}",
    r"no decision has (?:yet )?been (?:taken|made|reached)[^.]{0,160}",
    r"\b(?:if|where) (?!you\b)(?![^.;]{0,200}(?:confirm|deny))[^.;,]{0,100}\bwould\b[^.;]{0,120}",
    r"\bwe (?:may|might) (?:be unable|not be able|need|have to|ask|contact|charge|extend)[^.;]{0,120}",
    r"\b(?:should|if) (?:clarification|a fee|any fee|fees|an extension|more time|further time|extra time)\b[^.;]{0,120}",
    r"\bshould [a-z]+ing\b[^.;]{0,160}",
    r"\b(?:any|anything|information) (?:that )?we (?:decide|choose|may decide) to (?:withhold|redact|refuse)[^.;]{0,120}",
    r"let us know which language[^.;]{0,80}",
    r"\bif you have (?:made|submitted|sent) (?:a|an|your)[^.;]{0,200}",  # a mailbox notice about what you may have sent
    # what a reply says it is not: "this is not a 'neither confirm nor deny' response", "It is
    # not the outcome of the review"
    r"(?:this|it) is not (?:an? )?[\"']?neither confirm nor deny[\"']?(?: \(?ncnd\)?)? (?:response|reply|answer|position)",
    r"(?:this|it) is not the (?:outcome|result|decision) of (?:the|your) (?:internal )?review",
    # a message that went astray is not information that is not held
    r"(?:have|has|had|with) no record of (?:it|receiving|your (?:original |earlier |first |previous )?(?:e-?mail|message|letter|request))[^.;]{0,60}",
    r"(?:do not|don't) (?:think|expect|anticipate) (?:that )?(?:anything|any of it|any information|any part)[^.;]{0,100}",
    r"\b(?:may|might|could) be (?:a |an |any )?(?:fee |fees |charge |charges )?(?:payable|charged|charged for|required)\b[^.;]{0,80}",
    r"\bif so,? (?:you will|we will|we would|you would|the (?:\d+ working days? )?(?:period|clock|deadline|time limit))[^.;]{0,160}",
    r"\bwe would (?:send|issue|write|let you know|contact|tell|notify|ask)[^.;]{0,100}",
    r"no part of (?:the|this) information (?:can|will|may|could) be (?:released|disclosed|provided)",
    r"(?:not (?:required|necessary|obliged|needed)|no need|(?:do|does) not need) to (?:consider|weigh|carry out|apply|conduct) (?:a |the )?public interest(?: test)?",
    r"no public interest test (?:is )?(?:applies|apply|required|needed|is required)",
    r"\bno other [a-z ]{0,40}(?:were|was|have been|has been) (?:identified|found|located|recorded)",
    r"not (?:yet )?(?:decided|determined|assessed) whether[^.]{0,120}",
    r"(?:would|might|could|may) (?:normally |usually |ordinarily |generally |typically )?consider(?:ing)? whether to (?:neither confirm nor deny|rely|apply|withhold|refuse)[^.;]{0,160}",
    r"(?:do not|please do not) (?:read|take) this (?:delay |letter |email )?as (?:an )?indication[^.]{0,80}",
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
    K.AUTO_REPLY: ["on leave", "holiday", "out of", "return", "away", "absence"],
}
LEXICON_MIN = 2
