"""Internal review outcomes: FOIA s.45 code of practice reviews and FOISA s.21 reviews.

A review cites exemptions too, so it is decided before refusals. FOISA s.21(4) says what a
review may do: confirm the decision (with or without modification), substitute a different
decision, or reach a decision where none was reached; English forces say "uphold",
"overturn", "vary". The complaint-rights paragraph of an ordinary response names reviews too,
but it is removed before scoring (``cleanup.RIGHTS_TOPIC``).
"""

from __future__ import annotations

from foibot.rules import Rules

_DECISION = r"(?:original|earlier|initial|first|previous|force'?s?|our|the) (?:decision|response|reply|answer|refusal)"
_VERDICT = (r"(?:upheld|overturned|confirmed|varied|amended|maintained|reversed|set aside|substituted"
            r"|withdrawn|changed|correct|right|wrong|incorrect|flawed|sound|appropriate)")

#: A review outcome talks about the review or the complaint somewhere outside the complaint-rights
#: boilerplate; without one of these words the review phrases do not decide.
REVIEW_ANCHOR = r"\breview|\bcomplain|\bappeal|reassess|re-?examin|reconsider|\bsection 21\b|\buph[eo]ld|\boverturn"

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
    (r"outcome of (?:the |your |this )?(?:request for (?:a|an) )?(?:internal )?review", 3),
    (r"original (?:response|decision)[^.]{0,60}(?:has been|is|was) (?:amended|varied|upheld|overturned|changed)", 3),
    (r"\bon review\b", 2),
    (r"(?:following|further to) your request for (?:an? )?(?:internal )?review", 2),
    (r"(?:looked again at|re-?examined|reconsidered) (?:the|your|how|the way)", 2),
    (r"i am satisfied that the (?:original )?(?:response|decision|exemption)", 2),
    (r"(?:completed|conducted|carried out|undertaken) (?:the|an|this|my) (?:internal )?(?:review|reassessment|re-?examination)", 3),
    (r"internal review (?:outcome|decision|result|response)", 3),
    (r"(?:uphold|upheld|overturn(?:ed)?) the original (?:decision|response)", 3),
    (r"reviewer has (?:upheld|overturned|decided)", 3),
    (r"you (?:requested|asked for) an internal review", 2),
    # wider families: FOISA s.21 wording, "the decision stands", "your complaint is partly upheld"
    (r"review under section 21|section 21\s*\(\s*4\s*\)", 3),
    (r"^\W*(?:partly|partially|fully|not) upheld\b|(?:rightly|correctly|wrongly|properly) (?:withheld|refused|applied)", 3),
    (r"should have been (?:given|disclosed|provided|released)", 2),
    (r"(?:confirm|uphold|vary|overturn|reverse|set aside|substitute)[\w ]{0,20}" + _DECISION, 3),
    (_DECISION + r"[^.]{0,40}\b(?:is|was|has been|should be|be) (?:therefore |now |hereby )?" + _VERDICT, 3),
    (_DECISION + r" (?:stands|remains|is maintained)", 3),
    (r"(?<!while )(?<!whilst )(?<!as long as )(?:the|that|this) decision (?:stands|remains|is maintained|is confirmed)", 3),
    (r"(?:your )?(?:complaint|appeal|review|request for review)(?: is| has been)? (?:partly |partially |fully |wholly |not )?(?:upheld|not upheld|rejected|successful|unsuccessful)", 3),
    (r"(?:substitute|substituting) a different decision|with(?:out)? (?:such )?modifications?", 3),
    (r"\b(?:independent |review(?:ing)? )?reviewer\b", 2),
    (r"(?:you|your) (?:complained|complaint|asked (?:us|the force|police scotland) to review|asked for a review|requested a review|appealed)", 2),
    (r"(?:gone|went|look(?:ed)?) (?:back )?(?:over|through) (?:the|your) (?:searches|case|file|papers|handling|request)", 2),
    (r"(?:reassess(?:ment|ed)?|re-?examin(?:ation|ed)|reconsideration) of", 2),
    (r"handling of your (?:request|case|application)", 2),
    (r"(?:was|were) (?:correctly|properly|rightly|wrongly|incorrectly|appropriately) (?:applied|engaged|relied on|cited)", 2),
    (r"\breview (?:ref(?:erence)?|number|no\b)", 2),
    (r"look (?:at|again at) (?:its|our|the|their) (?:answer|response|decision|reply) again|look again at (?:its|our|the|their)", 3),
    (r"not (?:involved|concerned) (?:in|with) the original (?:decision|response|request|handling)", 3),
    (r"\bafresh\b|fresh look", 2),
    (r"(?:looked|look|looking) at (?:your|the|this) (?:request|case|file|complaint|response)[^.]{0,40}\bagain\b", 2),
    (r"(?:decided|decision is) to (?:uphold|overturn|partially uphold|partly uphold|vary|amend|reverse)", 3),
]
