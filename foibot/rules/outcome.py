"""The signals of a final response (FOIA s.1(1), s.17; FOISA s.1, s.16, s.17, s.18).

One reply can disclose some parts, withhold others and hold nothing for the rest, so the
signals are scored independently and combined in ``foibot.classify_kind.final_outcome``:
NCND first, then partial (something disclosed and something withheld or not held), full,
refusal (s.12 and s.14 included: all held, none given), not held.
"""

from __future__ import annotations

from foibot.rules import Rules

_COUNTED = (r"(?:offences|incidents|officers|staff|posts|arrests|charges|crimes|accounts|people"
            r"|individuals|investigations|cases|referrals|applications|complaints|users"
            r"|licences|profiles|analysts|employees|personnel|members of staff"
            r"|contracts|devices|operations|deployments|victims|suspects|fte"
            r"|cameras|drones|vehicles|vans|tasers|handsets|phones|laptops|searches|alerts|stops"
            r"|images|photographs|dogs|bites|pursuits)")

DISCLOSE: Rules = [
    (r"response to each (?:question|part)", 2),
    (r"(?:addressed|answered|responded to|dealt with) each (?:question|part|point) in turn", 2),
    (r"(?<!of )\bresponse\s*:\s*(?:£\s?)?\d[\d,]*(?![\d,]*[/.\-]\d)", 3),
    (r"\bI (?:enclose|attach|have attached|have enclosed)\b", 3),
    (r"(?<!not been )(?<!not )(?<!unable to )(?:able to|can) answer (?:questions?|parts?|your)", 3),
    (r"\?\s*(?:£\s?)?\d", 3),
    (r"\bour answers?\b", 2),
    (r"in answer to your (?:questions?|request)", 3),
    (r"\?\s*(?:yes|no)\b[.,]", 3),
    (r"(?<!pdf )(?<!signed )(?<!paper )\bcop(?:y|ies) (?:is|are) (?:attached|enclosed)", 3),
    (r"(?:can|am able to|are able to) (?:tell|advise|inform) you that(?![^.]{0,60}\b(?:does not|do not|cannot|has not|have not|is not|are not|no)\b)", 2),
    (r"(?<![£\d,./])(?<!section )(?<!sections )(?<!adran )(?<!than )(?<!over )(?<!about )(?<!around )(?<!approximately )(?<!roughly )(?<!between )(?<! to )(?<!up to )\b(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*\s+(?:[a-z\-]+\s+){0,3}" + _COUNTED + r"\b", 3),
    (r"\b(?:recorded|there (?:were|was|are)|totall?ed|a total of)\s+\d", 2),
    (r"(?:copy|copies) of [^.]{1,80}? (?:is|are) (?:attached|enclosed|provided|included)", 3),
    (r"answers? to your (?:questions?|request) (?:is|are) (?:as follows|below|set out)", 3),
    (r"(?:is|are) answered (?:in full )?(?:below|as follows|overleaf)", 3),
    (r"please (?:find|see) (?:attached|enclosed) (?:the|a|our|a copy of the) ?(?:document|information|figures|spreadsheet|data|table|policy|copy)", 3),
    (r"please see below", 2),
    (r"\b(?:is|are) (?:attached|enclosed)\b", 1),
    (r"(?:is|are) contained in the attached", 3),
    (r"(?:some of )?the information (?:you (?:have )?requested )?is (?:enclosed|attached)", 3),
    (r"\banswer\s*:\s*(?:£\s?)?\d", 3),
    (r"decided to disclose", 3),
    (r"details of which are as follows", 3),
    (r"\b(?:pleased|able|happy) to (?:provide|supply|share|release|give) (?:it|this|the information|you with|the following|the figures|the details)", 3),
    (r"please (?:find|see) (?:the )?(?:information|figures|table|details|column headings|data)\b", 3),
    (r"please (?:find|see) (?:the )?attached (?:a redacted|spreadsheet|information|figures|table|document)", 3),
    (r"(?:information|figures|data|details|answers?) (?:is|are) (?:provided|set out|shown|given|listed) (?:below|in|overleaf)", 3),
    (r"(?:responses?|reply) (?:to (?:each|every|all|the) (?:parts?|questions?) )?(?:is|are) (?:provided|set out|shown|given|listed) (?:below|overleaf)", 3),
    (r"provided in full", 3),
    (r"all of the information you (?:requested|asked for) has been provided", 3),
    (r"majority of the information is attached", 3),
    (r"(?:see|find) the (?:table|figures|column headings) below", 3),
    (r"(?:held and is|is held and) attached", 3),
    (r"\bcan provide the\b", 2),
    (r"(?<!before it )(?<!before they )(?<!before this )can be released", 2),
    # wider families: "accompany this email", "released in their entirety", "here is what we can
    # give you", "has located the following", "sets out", Welsh "Nifer / Number"
    (r"(?:enclosed|attached|included|provided|supplied|sent) (?:with|alongside|to) this (?:letter|e-?mail|response|reply|message)", 3),
    (r"accompan(?:y|ies|ying) this (?:letter|e-?mail|response|reply|message)", 3),
    (r"(?:released|disclosed|provided) (?:to you )?in (?:full|their entirety|its entirety)", 3),
    (r"(?:is|are|has been|have been) (?:released|disclosed) to you", 3),
    (r"here (?:is|are) (?:what|the information|the figures|the answers|our answers|the details)", 3),
    (r"(?:located|found|identified|retrieved) the following", 3),
    (r"(?:the )?following (?:information|figures|data|details) (?:is|are|has been|have been) (?:held|provided|located|found|released)", 3),
    (r"(?:spreadsheet|table|document|report|list|breakdown|policy)[^.]{0,60}\b(?:sets out|shows|lists|contains|gives)\b", 2),
    (r"information (?:you (?:asked for|requested|wanted) )?is (?:set out|given|shown|listed) (?:below|in)", 3),
    (r"\bnifer\s*/\s*number\b", 2),
    (r"\b(?:currently )?(?:employs?|has|have) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[a-z\-]+ ){0,2}" + _COUNTED, 3),
    (r"(?:i|we) trust (?:this|the above) (?:answers|addresses|responds to|assists)", 2),
    (r"(?:budget|spend|cost|expenditure|value)[^.]{0,140}\b(?:is|was|were|totalled|amounted to|came to) £\s?\d", 3),
    (r"\bthe (?:force|constabulary|service) (?:uses|used|has used|holds|employs|spent|paid)\b", 1),
    (r"(?:is|are) in the (?:attached |enclosed |accompanying )?(?:csv|spreadsheet|excel|pdf|file|document|table|workbook)", 3),
    (r"(?:comes?|sent|goes) with this (?:reply|response|e-?mail|letter|message)", 3),
    (r"nothing (?:has been|was|is) (?:left out|omitted|held back)", 3),
    (r"(?:can|able to) (?:supply|give|share|confirm) the following", 3),
    (r"(?:have|has) set out below (?:the|our) (?:information|figures|answers?|responses?|data|details)|the information (?:that )?(?:we|the force) (?:can|are able to|is able to) (?:provide|give|release|disclose)\b", 3),
    (r"(?:have|has) (?:(?:provided|set out|listed|given|included) (?:it|this|them|these|the information|the figures|the details)|set (?:it|them|this|these) out) (?:below|overleaf|in the table|in full)", 3),
    (r"please find (?:below|enclosed|attached|overleaf)(?! (?:the|our|a) (?:response|reply|letter|decision|refusal notice))", 2),
    (r"the answer to (?:your|this|that) (?:question|request|query) is", 3),
    (r"(?:it|this|they|these) (?:is|are) (?:provided|set out|shown|given|listed) (?:below|in full|overleaf)", 3),
    (r"(?:see|find) (?:the |our )?(?:full )?(?:response|answer|reply|information|figures) below", 3),
    (r"(?:our|the) answers? (?:is|are|follows?) (?:below|as follows|set out below)", 3),
    (r"\banswers? (?:below|as follows|are below)|here it is\b|(?:here are|below are) (?:the|our) (?:answers|figures)", 3),
    (r"(?:attached|enclosed|provided|released|disclosed) in full|without (?:any )?redaction", 3),
]

#: A reply that says it gives everything asked for, with no exception in the same sentence: a
#: full disclosure even where it explains that some item does not exist ("there is no contract
#: for the software"), as long as it withholds no part and cites no exemption, or only s.21 for
#: figures it reproduces anyway ("already published ... reproduced in full below").
COMPLETE: Rules = [
    (r"all (?:of )?(?:the |your )?(?:\w+ )?(?:questions|parts) (?:have been |are |were )?(?:answered|addressed)(?: in full)?"
     r"(?![^.]{0,80}\b(?:except|apart from|other than|with the exception|save for|but|however)\b)", 3),
    (r"(?:reproduced|repeated|copied|restated) in full (?:below|above|overleaf|in this (?:letter|e-?mail|response))"
     r"(?![^.]{0,80}\b(?:except|apart from|other than|with the exception|save for|but|however)\b)", 3),
    (r"(?:able to|can|will|pleased to|happy to) (?:provide|supply|give|release|disclose|answer) (?:you with )?"
     r"(?:all|every part) (?:of )?(?:the information|the figures|the data|the details|your (?:questions|request))"
     r"(?![^.]{0,80}\b(?:except|apart from|other than|with the exception|save for|but|however)\b)", 3),
    (r"all (?:of )?(?:it|the information(?: you (?:have )?(?:asked for|requested|wanted)| requested)?) (?:has been|is|was) (?:provided|attached|enclosed|released|disclosed|given|supplied)"
     r"(?![^.]{0,80}\b(?:except|apart from|other than|with the exception|save for|but|however)\b)", 3),
]

#: Figures given as labelled answer lines ("Q1 - 17", "2) Staff: 11", "(a) Annual cost: £84,500").
ANSWER_LINE = (r"(?m)^[ \t]*(?:q(?:uestion)?[ \t]*\d{1,2}|part[ \t]*\d{1,2}|\d{1,2}[.)]|\([a-z0-9]\))"
               r"(?:[^\n?]{0,80}?(?:[:\-\u2013][ \t]*|\?[ \t]*)|[ \t]+)(?:(?:£[ \t]?)?\d[\d,]*(?:\.\d+)?\b|(?:yes|no|nil|none|zero)\b)")
ANSWER_LINES_MIN = 2

PARTIAL: Rules = [
    (r"(?:answered|provided|released|disclosed|given) (?:you )?(?:the remainder|the rest|all other parts|the other parts|the remaining parts)(?: of (?:your|the) request)?", 3),
    (r"(?:this|that|these|those|the remaining|the other) parts? of (?:your|the) request (?:is|are) (?:therefore )?(?:refused|withheld|exempt|not held)"
     r"|\b(?:part|question|q)\s?\d+[a-z]?(?: and \d+[a-z]?)? (?:is|are) (?:therefore )?(?:refused|withheld|exempt)\b", 3),
    (r"(?<!un)(?<!may be )(?<!might be )(?:\bcan|able to) (?:give|provide|supply|answer|share) (?:you )?(?:the following|some|parts?|the parts?|questions?|the answers? to)[^.]{0,30}\bwithin the (?:cost |appropriate |time )?limit", 3),
    (r"refusal notice[^.]{0,40}\b(?:for|in respect of) (?:that|this|those|these)(?: \w+)? (?:question|part)s?\b|(?:relying|rely|relies|relied) (?:up)?on [^.]{0,60}\b(?:for|to) (?:question|part|q)\s?\d+", 3),
    (r"^\W*partial(?: disclosure| response| release)?\s*[-:\u2013]|(?:the )?rest (?:is |are )?(?:in full|released|provided|disclosed|attached)\b", 3),
    (r"(?:provided|given|supplied|answered|released) (?:the information|what|the parts?|those parts|the questions) (?:that )?(?:we|the force) (?:could|can|were able to|was able to) (?:retrieve|answer|find|provide|locate)[^.]{0,20}\bwithin the (?:cost |appropriate |time )?limit", 3),
    (r"unable to answer (?:these|those|the remaining|the other|parts?|questions?|this question|that question|question \d)|(?:remaining|other) (?:parts|questions)[^.]{0,40}\b(?:unable|cannot|not able)", 3),
    (r"(?:able to|can|will|am able to|are able to) disclose some (?:of it|of the information|of what you asked)|some (?:of it )?(?:has|have) been withheld", 3),
    (r"some of the (?:figures|information|data|details) (?:has|have) been (?:withheld|redacted|removed)", 3),
    (r"(?:has|have) been redacted|(?<!whether a )(?<!not disclosed a )redacted (?:version|copy|document)", 3),
    (r"some of the information (?:you (?:have )?requested )?is (?:enclosed|attached|provided|below)", 3),
    (r"decided to disclose some", 3),
    (r"holds? some of the information", 3),
    (r"partial refusal notice|refusal notice in part", 3),
    (r"refusal notice (?:for|in respect of) (?:the )?(?:redacted parts|names only|questions?|parts?|q\d)", 3),
    (r"some (?:of the )?(?:information|data) (?:has been|is|was) withheld", 3),
    # wider families: obscured/blacked out passages, "everything else is released", "this part only"
    (r"(?:have|has|had) been (?:obscured|blacked out|blanked(?: out)?|masked|redacted|excised)", 3),
    (r"(?:everything else|the remainder|the rest|all other (?:parts|information))[^.]{0,60}\b(?:is|are|has been|have been) (?:released|disclosed|provided|given|attached)", 3),
    (r"(?:to|for) (?:this|that|these) (?:part|parts|question|questions) only", 3),
    (r"(?:other|remaining) (?:parts|questions) (?:of your request )?(?:are|have been) answered(?! in draft)", 3),
    (r"(?:in|with) part\b[^.]{0,30}\b(?:withheld|exempt|refused)", 2),
    (r"(?:certain|parts? of the|some) (?:information|data|details|material|content) (?:has|have|is|are) (?:been )?(?:withheld|redacted|exempt)", 3),
]

WITHHOLD: Rules = [
    (r"(?:has|have) not been (?:provided|disclosed|released)", 2),
    (r"will not be (?:answering|responding to|complying with|providing|releasing|disclosing) (?:this|your|a|the)", 3),
    (r"not required to comply", 3),
    (r"refusal notice", 3),
    (r"\bexempt(?:ed|ion|ions)?\b", 1),
    (r"\bwithh(?:e|o)ld(?:ing)?\b", 2),
    (r"refus(?:e|ing|ed) (?:to provide|to disclose|your request|the request)", 3),
    (r"(?:is|are) therefore refused", 3),
    (r"not obliged to comply(?![^.]{0,40}\buntil\b)", 3),
    (r"exceeds? (?:the )?(?:appropriate|cost) limit", 3),
    (r"\bvexatious\b", 3),
    (r"reasonably accessible", 3),
    (r"(?:not|will not be|are not|will not) (?:be )?(?:providing|supplying|releasing|sending|disclosing) (?:it|this|the information|them|a copy)", 3),
    (r"unable to (?:provide|release|disclose)", 2),
    (r"\bredact", 2),
    # wider families: "declined in its entirety", "not in a position to release", "cannot be
    # provided", "decided not to give these out", "more than the 18 hours", "repeated requests"
    (r"\bdeclined?\b[^.]{0,40}\b(?:in (?:its|their) entirety|in full|to (?:release|disclose|provide|answer|comply))|\b(?:is|are) (?:therefore )?declined\b|must decline", 3),
    (r"not in a position to (?:release|disclose|provide|supply|share|give|answer)", 3),
    (r"(?:cannot|can ?not|can't|will not|won't|may not) (?:be )?(?:released|disclosed|provided|supplied|shared|given out|given|made available|published)", 3),
    (r"(?:cannot|can ?not|can't|unable to) (?:release|disclose|provide|supply|share|give out|answer) (?:any|this|these|it|the|them|that)", 2),
    (r"(?:decided|chosen|decide) not to (?:release|disclose|provide|give|supply|share|publish|answer)", 3),
    (r"(?:more than|exceed(?:s|ed|ing)?|in excess of|beyond|longer than|outside) (?:well )?(?:the )?(?:\d+ hours?|£\s?450|(?:appropriate |cost |time |fees )?limit)", 2),
    (r"18 hours?|£\s?450\b|eighteen hours", 1),
    (r"(?:exemption|exemptions) (?:is|are|was|were) (?:engaged|applied|applicable)|(?:is|are) engaged", 2),
    (r"(?:public interest|balance)[^.]{0,60}(?:favours?|lies in|in) (?:maintaining|withholding|non-disclosure|keeping|our position)", 2),
    (r"(?:out of proportion|disproportionate|manifestly unjustified|unreasonable burden|burden on)", 2),
    (r"will not (?:be )?(?:providing|giving|sending) (?:a )?substantive", 3),
    (r"(?:would|could|is likely to) (?:prejudice|endanger|harm|undermine|compromise|assist (?:criminals|offenders|those))", 1),
    (r"(?:none|no part) of (?:it|the (?:information|material|request)|them) (?:can|will|may) be (?:released|disclosed|provided|answered)", 3),
    (r"(?:cannot|can't|can not) answer any part", 3),
    (r"(?:not|no longer) (?:required|obliged|obligated) to (?:provide|answer|respond|comply)", 3),
    (r"does not require us to (?:provide|supply|disclose|answer|comply)", 3),
    (r"keep(?:ing)? (?:them|it|this|the information) confidential", 2),
    (r"\bdecision\s*[:|]\s*(?:exempt|refused|withheld|not disclosed)", 3),
    (r"(?:heithrio|wedi'i heithrio)", 2),
]

NOT_HELD: Rules = [
    (r"no (?:relevant |recorded )?information (?:was|has been|could be) (?:found|located|identified)", 3),
    (r"(?:doesn't|don't) hold", 3),
    (r"(?:doesn't|does not|do not|don't) have (?:a|any)\b", 2),
    (r"no (?:figures|data|information|records?)(?: or \w+)? to (?:provide|give|disclose|send|report)", 3),
    (r"(?:has|have) never (?:held|had|kept|recorded)", 3),
    (r"nothing (?:we can|to) (?:send|provide|disclose)", 2),
    (r"(?:found|located|identified|holds?|held|has|have) no (?:recorded |relevant )?information", 3),
    (r"(?:does|do) not have any (?:records?|information)", 3),
    (r"no recorded information", 3),
    (r"\bneither (?:holds?|has|have) (?:the|any)\b", 3),
    (r"(?:does|do) not (?:collect|keep|record|hold|retain)(?: or (?:keep|hold|record|collect|retain))? (?:any )?(?:records|information|data)", 2),
    (r"\bholds? no\b|(?:has|have|had) no record of", 3),
    (r"(?:none|no part) of (?:this|it|that|these|the (?:information|data|figures)) (?:is|are|was|were) held|nothing (?:is |was )?held\b", 3),
    (r"(?:does|do) not (?:record|keep|collate|capture)\b", 3),
    (r"no (?:data|information) (?:is|was) (?:recorded|held|available|kept)", 3),
    (r"(?:is|are) not (?:recorded|collated|captured|flagged)", 2),
    (r"(?:information|data)(?: requested| you (?:have )?requested)? (?:is|was) not held", 3),
    (r"(?:does|do) not hold (?:any |the |this |a )?(?:information|records?|relevant|data)", 3),
    (r"no (?:relevant )?information (?:is )?held|information is (?:therefore )?not held", 3),
    (r"no (?:relevant )?(?:information|data|records?)\b[^.]{0,50}? (?:is|are|was|were) held", 3),
    (r"\bnot held\b", 2),
    (r"searches (?:have )?failed to locate", 3),
    (r"\bno trace\b", 2),
    (r"not recorded in a (?:way|format)", 3),
    (r"(?:does not hold|no) (?:a )?record of", 2),
    # wider families: "does not possess", "holds nothing", "none of them keeps a tally", "could be
    # found" after a list, destroyed under the retention schedule, never bought, Welsh "yn dal"
    (r"(?:does not|do not|doesn't|don't|did not) (?:possess|retain|hold|keep|maintain)\b", 3),
    (r"\b(?:holds?|held|has|have|had|found|located|keeps?) nothing\b", 3),
    (r"\bno\b[^.]{0,80}\b(?:could be|were|was|have been|has been|can be) (?:found|located|identified|traced|retrieved)", 3),
    (r"(?:none of (?:them|these|those|the [a-z ]{1,30})|no (?:department|system|unit|team|database)) (?:keeps?|holds?|records?|has|have|retains?|maintains?|captures?)\b", 3),
    (r"(?:has|have|holds?|kept|keeps?|maintains?) no (?:record|records|tally|log|list|figures|data|central record)", 3),
    (r"(?:records?|information|data|files?)[^.]{0,30}\b(?:were|was|have been|has been) (?:destroyed|deleted|disposed of|purged|weeded)", 3),
    (r"(?:no longer|not any longer) (?:holds?|has|have|retains?|exists?|kept)|(?:has|have|hold|holds) (?:it |them )?any longer", 3),
    (r"(?:does not|doesn't|do not|don't) (?:separate|distinguish|break down|categorise|categorize|identify|split|flag)", 2),
    (r"(?:not|isn't) (?:categorised|categorized|separated|broken down|identified|flagged|searchable)", 2),
    (r"(?:there is|there are) no (?:such )?(?:information|records?|data|figures|documents?)", 3),
    (r"no such (?:information|record|document)", 3),
    (r"nid yw\b[^.]{0,60}\byn dal|nid ydym yn dal", 3),
    (r"(?:section|s\.?) 17\b[^.]{0,40}\bnot held|notice that (?:the )?information is not held", 3),
    (r"(?:not|no) (?:something|information) (?:that |which )?[\w\- ]{0,40}(?:holds?|has|keeps?)", 2),
    (r"unable to (?:supply|provide|give) (?:any )?(?:figures|data|information)[^.]{0,40}\b(?:as|because|since) (?:the force|we|it|this) (?:holds?|has|have|do|does) (?:not|no|nothing)", 3),
    (r"(?:holds?|keeps?|has|have|retains?|possess(?:es)?) none of", 3),
    (r"(?:redirect|re-?direct|direct|send|address|submit) your (?:request|enquiry|application|question)s? to|(?:may|might) wish to (?:contact|approach|write to|ask)", 2),
    (r"(?:carried out|done|held|managed|hosted|dealt with) (?:for [\w ]{1,30} )?by (?:another|a different|a separate|the joint|the regional|a regional|a national)", 1),
    (r"(?:does|do) not (?:routinely|currently|centrally|specifically|separately|normally) (?:record|keep|collate|capture|hold|collect|retain)", 3),
    (r"(?:unable to|not able to|cannot|could not|couldn't|can't) (?:locate|find|trace) (?:any|the|this|such)", 3),
    (r"no (?:requirement|obligation|need) to (?:record|collect|keep|hold|retain)", 2),
]

#: That a thing does not exist ("there is no contract", "the force has never bought one"): the
#: whole answer when nothing else is given (not held), but one answer among others in a
#: disclosure, which it does not make partial (``foibot.classify_kind.final_outcome``).
ABSENCE: Rules = [
    (r"(?:there is|there are|there was|there were) no (?:such )?(?:contracts?|policy|policies|procedure|sop|dpia|agreement|budget|unit|team)", 3),
    (r"(?:does|do|did) not exist|no such (?:policy|unit|team|contract|tool|system|software)", 3),
    (r"(?:has|have) (?:never|not) (?:procured|purchased|bought|used|contracted|engaged|commissioned|employed|acquired|subscribed)", 2),
    (r"\bnever (?:procured|purchased|bought|used|contracted|engaged|commissioned|employed|acquired|subscribed)", 2),
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
    # wider families: "the duty in section 1(1)(a) does not apply", "should not be taken as an
    # indication", "not in a position to state whether", "confirming or denying would"
    (r"confirming or denying", 3),
    (r"duty (?:to confirm or deny|in section 1\s*\(\s*1\s*\)\s*\(\s*a\s*\)|imposed by section 1\s*\(\s*1\s*\)\s*\(\s*a\s*\))[^.]{0,30}\bdoes not (?:apply|arise)", 4),
    (r"(?:should|must) not be taken (?:as|to be) (?:an? )?(?:indication|confirmation|conclusive evidence|suggestion)", 4),
    (r"(?:not|nor|never|won't|will not|cannot|can't|unable to)[\w ]{0,25} (?:state|say|reveal|disclose|confirm|indicate|tell you) whether (?:or not )?(?:it|we|the force|the mps|psni|police scotland|any|such|information|the information|records?)", 4),
    (r"existence or (?:non-existence|absence)|(?:exists|held) or not|whether (?:or not )?(?:any )?(?:such )?(?:information|records?) (?:exists?|is held)", 2),
    (r"(?:revealing|confirming|stating|saying) whether", 3),
]

#: Exemption provisions that only exclude the duty to confirm or deny (FOIA s.23(5), s.24(2),
#: s.30(3), s.31(3), s.40(5) ...; FOISA s.18). Citing one is an NCND signal of this weight.
NCND_PROVISIONS = (r"^s\.(?:23\(5\)|24\(2\)|26\(3\)|27\(4\)|28\(3\)|29\(2\)|30\(3\)|31\(3\)|32\(3\)"
                   r"|33\(3\)|35\(3\)|36\(3\)|37\(2\)|38\(2\)|39\(2\)|40\(5[AB]?\)|41\(2\)|42\(2\)"
                   r"|43\(3\)|44\(2\))")
FOISA_NCND_PROVISION = r"^s\.18\b"
NCND_PROVISION_WEIGHT = 3

#: The cost limit named without its section ("would exceed the appropriate limit"): s.12.
COST_LIMIT = r"appropriate limit|cost limit|18 hours|£\s?450|£\s?600"
