"""The labels printed in front of the authority's reference and in front of dates."""

from __future__ import annotations

#: Labels that introduce the force's own reference. "Your ref" is ours and is skipped.
REFERENCE_LABELS = [
    r"ref(?:erence)? (?:for|of|to) (?:this|your|the) (?:request|case|enquiry)(?: (?:is|remains|will be|stays))?",
    r"(?:ref(?:erence)?|cyf(?:eirnod)?)\b\.?(?:\s*(?:no|number|num)\b\.?)?",
    r"request (?:number|no\b\.?)",
    r"(?<![\w-])FOI(?=[ \t]*:[ \t]*[A-Z]{0,4}[ ]?\d)",
    r"log (?:number|no\b\.?|ref(?:erence)?)",
    r"(?<![\w-])ack(?:nowledge?ment)?\.?(?=[ \t]*[-:\u2013][ \t]*[A-Z]{0,4}[ ]?\d)",
    r"(?:your|this) (?:request|case|ticket|enquiry)(?=[ \t]*\(#?\d{4,}\))",
    r"(?:logged|registered|recorded|queued?|created|opened)(?: (?!as\b|under\b)[\w']+){0,7} (?:as|under)(?: (?:case|number|reference|ref))*",
    r"(?<![\w.,;])re(?=:[ \t])",
    r"internal review(?: (?:ref(?:erence)?|number|no\.?|id))?",
    r"review (?:number|no\.?|ref(?:erence)?|id)(?![a-z])",
    r"review of",
    r"(?:FOI|case|tracking|request|ticket|incident|enquiry) (?:number|no\.?|id)(?![a-z])(?:\s+is)?",
    r"ticket(?:[ \t]+(?:no\.?|number|id|ref(?:erence)?))?(?=[ \t]*[:#])|ticket(?=[ \t]+[A-Z]{1,6}-\d)",
    r"please quote(?: (?:our|the|this))?(?: (?:reference|ref\.?|number))?(?=[ \t]+\(?[A-Z]{0,4}[ ]?\d)",
    r"case(?=[ \t]*:)|case(?=[ \t]+[A-Z]{1,6}-\d)",
    r"request(?=[ \t]+\(?[A-Z]{0,4}[ ]?\d+[/._\-])|request(?=[ \t]+[A-Z]{1,6}[/\-][A-Z0-9/\-]*\d)",
    r"(?:freedom of information|FOI)(?:[ \t]+|[ \t]*\n[ \t]*)(?:act\s+)?(?:request|disclosure|response)(?!\s+(?:ref|no\b|number|id\b))",
    r"(?:given|assigned|allocated)(?: (?:it|your (?:request|e-?mail|enquiry)|this (?:request|case)))? the (?:reference |case |request )?(?:number|reference)",
]

RESPONSE_DATE_LABELS = [
    r"(?:\s{2,}|\|[ \t]*)(?:date|published)[ \t]*[:|][ \t]*(?:\|[ \t]*)?",
    r"(?:^|\n)[ \t]*[|(]?[ \t]*(?:dyddiad[\w ]{0,12}/\s*)?(?:date(?: of (?:the )?(?:review |internal review |final )?(?:response|disclosure|reply|this letter|notice|decision|letter|issue))?"
    r"|response date|date sent|response sent|(?:date )?published|dated)\b(?:[ \t]*/[ \t]*dyddiad)?[ \t]*(?:[:\-|][ \t]*){0,2}",
    r"(?:disclosed|responded|sent|released|issued) on(?:\s*:)?\s+|(?:^|\n)[ \t]*responded to[ \t]*:[ \t]*",
    r"(?:^|\n)[ \t]*date (?:issued|released|sent|responded)[ \t]*:[ \t]*",
]

NEW_DUE_DATE_LABELS = [
    r"(?:respond|response|reply)(?: to you| to your request)? (?:by|before|no later than)\s+",
    r"full response by\s+",
    r"(?:extend(?:ed)?|extension) .{0,60}?(?:until|to)\s+",
    r"(?:decision|response|reply) (?:will|should) be (?:reached|made|sent|issued|ready) (?:by|on or before)\s+",
    r"(?:on or before|no later than)\s+",
]
