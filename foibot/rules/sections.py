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

#: A citation in a sentence with one of these is not relied on: withdrawn by the letter or a
#: review ("I have not upheld it", "no longer relied upon", "the exemption is not engaged"), or
#: only weighed or imagined ("might be exempt", "had any information been held", "if an
#: exemption is ultimately applied", "would need careful review for exemptions").
WITHDRAWN = (r"do not agree that|did not apply|(?:was|were) (?:wrongly|incorrectly) applied|"
             r"should not have been applied|withdrawn|no longer (?:rel(?:y|ies|ied|ying)|applies|appl(?:y|ied))|not (?:consider (?:it )?)?(?:necessary|needed) to rely|"
             r"(?:is|was|are) not (?:needed|necessary|required) (?:for|in)|"
             r"wrong to rely|not relying|(?:would|might|could|may) (?:normally |usually |ordinarily |generally |typically )?consider whether|substitut(?:ed|es|e|ing) a different decision|(?:do|does|did) not consider that (?:the )?disclosure (?:would|of)|(?:did not|have not|has not) (?:ask(?:ed)? (?:for|us to|me to)|raised?|challenged?|disputed?|questioned?)\b[^.]{0,40}\b(?:review|reconsider|revisit)?|"
             r"(?:have|has) not (?:reconsidered|reviewed|revisited)\b|(?:have|has|had) not (?:relied|applied|used|cited)\b(?! (?:on |upon )?(?:any )?(?:other|further|additional)\b)|(?:decided|chosen|elected|decide|choose) not to (?:rely|apply)|"
             r"(?:neither|nor)\b[^.]{0,80}(?:should|can|could|would) be (?:relied|applied|maintained)|"
             r"cannot be (?:upheld|maintained|sustained|relied)|(?:was|is) (?:therefore )?not (?:reasonable|justified|sustainable)|would not be (?:an answer|appropriate|the (?:right|correct|appropriate))|"
             r"is not the (?:appropriate|right|correct) (?:exemption|provision|section)|(?:do|does|did|will|can|could) not uphold|"
             r"should not have been (?:applied|relied|used|cited|engaged)|(?:do|does|did|will|shall) not (?:rely|apply)(?! by virtue)|not (?:been )?upheld|"
             r"not (?:be )?(?:properly |correctly |appropriately |rightly |validly )?(?:engaged|made out|sustained|maintained)|"
             r"(?:was|were|is|are|been) not (?:properly |correctly |appropriately |rightly |validly )(?:applied|relied|cited|used)|"
             r"(?:have|has|had) not (?:gone on to |yet |gone further to )?(?:consider|considered|assess|assessed) whether (?:sections?|s\.)|"
             r"not (?:found it )?necessary to (?:consider|rely|apply)(?! (?:the |a )?public interest)|rather than (?:rely|relying|apply|applying) on|"
             r"no section \d+[\w()]* exemption|overturn|(?:decision|refusal|response|exemption|reliance)s? (?:is |was |has been |be )?set aside|set aside (?:the|that|this|our) (?:decision|refusal|response|exemption|reliance)|"
             r"neither (?:applies|is engaged)|nor do (?:i|we) (?:find|consider|accept)|adds nothing|"
             r"(?:do|does|did) not (?:consider|accept|agree|think|believe|find) that[^.]{0,60}\b(?:is|was|are|were) (?:engaged|applicable|made out)|"
             r"not form part|no exemptions? (?:has|have|was|were|is) (?:been )?(?:applied|relied|used|needed)|"
             r"might be (?:relevant|engaged|applicable)|"
             r"(?:frequently|often|usually|typically|commonly|routinely) engage|"
             r"had (?:any|the|this) information been held|(?:if|where|should) (?:an|any) exemptions? (?:is|are|were|be)(?! (?:an? )?(?:qualified|absolute|prejudice|class)\b)"
             r"|would (?:have )?(?:need|needed|have|had|require)[^.]{0,30}(?:review|consider|assess|redact)"
             r"|cannot (?:easily |readily )?be (?:applied|relied)|not (?:considered|treated) (?:it|this|the request) as")

#: A reply that says this applied no exemption at all ("no exemption has been applied.
#: Nothing has been withheld."), unless another sentence affirms one.
NONE_APPLIED = (r"no exemptions? (?:has|have|was|were) (?:been )?(?:applied|relied on|used)|"
                r"(?:have|has) (?:therefore |also )?not (?:relied (?:up)?on|applied|used) any exemptions?|"
                r"nothing (?:has|was|is)(?: therefore| now| at all)? (?:been )?(?:withheld|redacted)")
NONE_APPLIED_NOT_BEFORE = r"\s+(?:to|from|for|in|on) (?!(?:this|the|our) (?:response|reply|letter|decision)\b)(?:that|this|the|these|those|part|parts|question|questions|answer)\b"

#: "withheld under section 40(2)": relied on, unless the sentence tells the request's history
#: ("we answered that request with two figures withheld under section 40(2)").
WITHHELD_UNDER = r"(?<!was )(?<!were )(?<!been )(?:exempt|withheld|withholding)(?: from disclosure)? (?:under|by virtue|in reliance)"

#: A citation in a sentence with one of these (and no withdrawal) is relied on, even where
#: another sentence withdraws the same section for another part ("I uphold ... section 31"),
#: or tells the history (an affirmation is in the present tense).
AFFIRMED = (r"\buph(?:o|e)ld|\bmaintain|remains? (?:exempt|withheld|engaged)|continues? to (?:apply|rely|be withheld)|"
            r"is engaged|correctly (?:applied|engaged|relied)|agree with the original|"
            r"(?:is|are|am|remains?|still|now|continues? to be) relying (?:up)?on|(?:still |now |continues? to )?relies (?:up)?on|"
            r"continue[sd]? to rely")

#: A sentence that tells the history of the request ("the original response withheld it under
#: sections 24(1) and 31(1)(a)", "on that occasion ..."): its citations count only if the section
#: is also cited, or affirmed, elsewhere.
HISTORY = (r"\b(?:original|earlier|previous|initial|first|prior) (?:response|decision|reply|request|refusal|answer|letter)"
           r"|on that occasion|at (?:that|the) time\b|\bpreviously\b(?! complied)"
           r"|\b(?:answered|dealt with|responded to|refused|handled) (?:that|the (?:earlier|previous|original|first)|your (?:earlier|previous|original|first)) request\b|in (?:our|the) (?:letter|response|reply) (?:of|dated)"
           r"|\bthat (?:response|decision|reply|refusal|letter)\b|\bresponded on\b|\bour (?:response|reply|letter) (?:of|dated)")

#: A sentence with one of these only imagines an exemption ("might be exempt under").
HYPOTHETICAL = r"\b(?:might|whether|if|could|would)\b"
#: A withdrawal that names no section but points back to the one just cited ("We are not
#: relying on that exemption"); THAT_EXEMPTION points back even past a section its own
#: sentence cites ("Because s.12 applies, we have not considered that exemption").
ANAPHOR = (r"\b(?:that|this|the) exemption\b|\b(?:either|both|these|those|neither) (?:of (?:these|those|the) )?exemptions?\b|\b(?:rely|relied|relying) (?:up)?on (?:it|them)\b|"
           r"\b(?:apply|applies) (?:it|them)\b")
THAT_EXEMPTION = r"\b(?:that|this) exemption\b"
#: The name of another Act right after a citation: "s.23 Misuse of Drugs Act", "s.38 CJLSA 2010".
OTHER_ACT_AFTER = (r"[ \t]*\(?(?:of (?:the )?)?(?:(?!Freedom\b)[A-Z][a-z]+[ \t]+(?:(?:of|and|&|the)[ \t]+)*){1,6}Act\b"
                   r"|[ \t]*\(?(?:of (?:the )?)?(?:PACE|CJPOA|CJLSA|RIPA|IPA|DPA|RTA|SOPA|MDA|PHA|CDA|PoFA|TA)\b")

#: Subsections that only define another provision: s.23(3) lists the security bodies that
#: s.23(1) and s.23(5) refer to ("the bodies listed at section 23(3)").
EXPLANATORY = frozenset({("23", ("3",))})

#: In front of a citation: the name of another Act ("Misuse of Drugs Act s.23", "PACE s.1"), or
#: a definition that borrows a list from another section ("any of the matters mentioned in
#: section 31(1)", said of s.31(3)).
OTHER_ACT_BEFORE = (r"(?:(?<!information )(?<!information \(scotland\) )\bact(?:\s+\d{4})?|\b(?:pace|cjpoa|ripa|ipa|dpa|"
                    r"gdpr|rta|sopa|misuse of drugs))[ \t]*,?[ \t]*$"
                    r"|\b(?:matters|purposes|bodies|functions) (?:mentioned|referred to|listed|specified|set out) (?:in|at|by)[ \t]*(?:sections?|s\.)?[ \t]*$")

#: Words after a number that show it is not a section ("31 and 24 hours").
NOT_A_SECTION_AFTER = r"\s*(?:hours?|hrs?\b|mins?\b|secs?\b|days?|working|minutes?|years?|months?|pages?|staff|officers|%)"
