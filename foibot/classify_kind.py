"""The kind of a reply (issue 5), decided by a short ordered list of readable steps over the
scores of the phrase families in ``foibot.rules``. Every pattern is compiled once, here, at
import: ``re.search`` with pattern strings went through ``re``'s 512-entry cache, which the
rules outgrew, so they were recompiled on every message.

Most patterns cannot match a given reply: ``foibot.literals`` skips those whose literal words are
absent and searches the rest only where those words occur, with the same result as a full search.

The steps (``decide_kind``):

1. bounce      DSN multipart/report with Status 5.x.x (RFC 3464, decided from the headers by
               ``foibot.classify``), bounce subjects, or MTA wording in the body
2. auto-reply declared by RFC 3834 headers or an "Automatic reply:" subject, when its
   out-of-office wording outscores every procedural phrase ("still being logged in my absence")
3. internal review outcome (it cites exemptions too, so it is decided before refusals); only
   when the review, complaint or appeal is named outside the complaint-rights boilerplate
4. a procedural notice (acknowledgement, clarification, fees, extension) when it outscores the
   outcome phrases: an acknowledgement says "subject to ... not being exempt" but refuses nothing
5. a final response from the outcome signals (``final_outcome``): NCND, then partial, full,
   refusal (s.12 and s.14 included), not held; cited NCND provisions (s.23(5), FOISA s.18 ...),
   other relied-on exemptions, answer lines and figures count as signals too
6. auto-reply: headers, subject, or out-of-office wording
7. structural fallbacks, marked "weak:" in the evidence: a relied-on exemption makes a reply a
   refusal (or a partial disclosure when it also gives something); otherwise the strongest
   single phrase of any family (``WEAK_MIN``); otherwise a word count (``rules.cleanup.LEXICON``)
8. other
"""

from __future__ import annotations

import re

from foibot import classify_rules as R
from foibot.domain import MessageKind
from foibot.literals import Haystack, Matcher
from foibot.phrase_family import Family, Signal, expand, lower_pattern, uncontracted

K = MessageKind
_I = re.IGNORECASE

#: A family that scored this much without reaching THRESHOLD may still decide, as "weak:".
WEAK_MIN = 2


PROCEDURAL = {kind: Family(str(kind), rules) for kind, rules in R.PROCEDURAL.items()}
OUTCOME = {name: Family(name, rules) for name, rules in R.OUTCOME.items()}
REVIEW = Family("internal_review_outcome", R.INTERNAL_REVIEW_OUTCOME)
REVIEW_ANCHOR = Matcher(lower_pattern(R.REVIEW_ANCHOR))
REVIEW_WORD = re.compile(r"\breview")
AUTO_TEXT = Family("auto_reply", R.AUTO_REPLY_TEXT)
BOUNCE_TEXT = Family("bounce", R.BOUNCE_TEXT)
#: Every required literal of every family, looked up once per message.
ALL_LITERALS = frozenset().union(*(f.literals for f in (*PROCEDURAL.values(), *OUTCOME.values(),
                                                          REVIEW, AUTO_TEXT, BOUNCE_TEXT)))
BOUNCE_SUBJECT = re.compile(R.BOUNCE_SUBJECT, _I)
AUTO_SUBJECT = re.compile(R.AUTO_REPLY_SUBJECT, _I)
RIGHTS_TOPIC = Matcher(lower_pattern(R.RIGHTS_TOPIC))  # searched in folded, lower-cased sentences
RIGHTS_CUE = Matcher(lower_pattern(R.RIGHTS_CUE))
DISCLAIMER = re.compile(R.DISCLAIMER, _I)
NEUTRALISE = tuple((Matcher(lower_pattern(expand(p))), re.compile(expand(p), _I | re.M))
                   for p in R.NEUTRALISE)
YEAR_FIGURES = re.compile(R.YEAR_FIGURES)
#: "1.", "Q2:", "(b)", "Part 3 -", "•" at the start of a line: the numbers of a list, not
#: answers; dropped from the folded text, where they would read as figures ("... held? 2").
LIST_LABEL = re.compile(R.LIST_LABEL, re.IGNORECASE | re.MULTILINE)
COST_LIMIT = re.compile(R.COST_LIMIT, _I)
FILLER = re.compile(R.FILLER, _I)
ANSWER_LINE = re.compile(R.ANSWER_LINE, _I)
FIGURE = re.compile(R.FIGURE)
FIGURE_NOT_AFTER = re.compile(R.FIGURE_NOT_AFTER, _I)
FIGURE_NOT_BEFORE = re.compile(R.FIGURE_NOT_BEFORE, _I)
FIGURE_SKIP = Matcher(lower_pattern(R.FIGURE_SENTENCE_SKIP))
NCND_PROVISION = re.compile(f"{R.NCND_PROVISIONS}|{R.FOISA_NCND_PROVISION}")
#: Curly quotes, dashes and no-break spaces as ASCII: the phrases are written with ASCII, and
#: text that is all Latin-1 is searched much faster by ``str.find`` and ``re``.
TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                            "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                            "\u2212": "-", "\u2026": "...", "\u00a0": " ", "\u200b": ""})
#: A sentence ends at . ! ? (not after "ext." "tel." "no." "nos.") or at a blank line.
_SENTENCE = re.compile(r"(?<=[.!?])(?<![Ee]xt\.)(?<![Tt]el\.)(?<![Nn]o\.)(?<![Nn]os\.)\s+|\n\s*\n")
_SPACES = re.compile(r"\s+")
_TRANSFER = re.compile(r"transferr|passed|forwarded|referred|\bsent\b", re.IGNORECASE)
_YEAR_OR_CODE = re.compile(r"(?:19|20)\d\d|0\d+")
_DIGIT_END = re.compile(r"\d\s*$")
_DIGIT_NEXT = re.compile(r"\s\d")


def without_rights_boilerplate(text: str) -> str:
    """Drop the complaint-rights sentences (``rules.cleanup.RIGHTS_TOPIC``): they name internal
    reviews and the Commissioner in every final response, so they must not vote."""
    return "\n".join(s for s in _SENTENCE.split(text)
                     if not _is_rights_sentence(s) and not DISCLAIMER.search(s))


def _is_rights_sentence(sentence: str) -> bool:
    hay = Haystack(_SPACES.sub(" ", sentence).lower())
    return RIGHTS_TOPIC.search(hay) is not None and RIGHTS_CUE.search(hay) is not None


def neutralised(body: str) -> str:
    """``body`` with the phrases of ``rules.cleanup.NEUTRALISE`` blanked out (only those whose
    required words occur are tried)."""
    hay = Haystack(body.lower())
    for matcher, pattern in NEUTRALISE:
        if matcher.search(hay) is not None:
            body = pattern.sub(" ", body)
    return body


def decide_kind(text: str, subject: str, header_kind: MessageKind | None,
                header_evidence: list[str], exemptions: tuple[str, ...] = (),
                has_reference: bool = True) -> tuple[MessageKind, list[str]]:
    """Steps 1-8 of the module docstring. Returns the kind and the phrases that decided it."""
    lines, body = scoring_text(text)
    low = body.lower()
    hay = Haystack(low, ALL_LITERALS)
    if (bounce := bounce_evidence(header_kind, header_evidence, subject, body, hay)) is not None:
        return K.BOUNCE, bounce
    review = REVIEW.score(body, hay) if REVIEW_ANCHOR.search(hay) else Signal(0, [])
    procedural = {kind: family.score(body, hay) for kind, family in PROCEDURAL.items()}
    proc_kind = max(procedural, key=lambda k: procedural[k].score)
    proc, auto = procedural[proc_kind], AUTO_TEXT.score(body, hay)
    declared_auto = header_kind == K.AUTO_REPLY or AUTO_SUBJECT.search(subject or "")
    auto_evidence = header_evidence or ([f"subject: {subject.strip()}"] if declared_auto else [])
    system_ack = has_reference and proc_kind == K.ACKNOWLEDGEMENT and proc.score >= R.THRESHOLD
    if declared_auto and auto.score > proc.score and not system_ack:  # an out-of-office that says "logged"
        return K.AUTO_REPLY, auto_evidence + auto.phrases
    if ((declared_auto or auto.score >= R.THRESHOLD) and proc_kind == K.ACKNOWLEDGEMENT
            and not has_reference):  # "your email has reached our mailbox": no case opened
        return K.AUTO_REPLY, [*auto_evidence, *auto.phrases, "no case reference given"]
    repeated = any(e.startswith(R.REPEATED_GROUND) for e in exemptions)  # it retells the earlier request
    # one phrase alone ("after a vetting appeal overturned an initial refusal") may be the request's
    # subject; a review outcome that says so once also says "review" somewhere
    named = len(review.phrases) > 1 or REVIEW_WORD.search(low) is not None
    if review.score >= R.THRESHOLD and review.score >= proc.score and not repeated and named:
        return K.INTERNAL_REVIEW_OUTCOME, review.phrases
    signals = outcome_signals(body, hay, lines, exemptions)
    outcome_kind, outcome_evidence = final_outcome(signals, exemptions)
    # An extension notice must name the exemption it is weighing (FOIA s.17(2)), so a cited
    # section alone does not outweigh a procedural notice: compare against the phrases only.
    if proc.score >= R.THRESHOLD and proc.score > max(s.score for s in signals.values()):
        return proc_kind, proc.phrases
    if proc_kind == K.OTHER and proc.score >= R.THRESHOLD and transfer_of_what_is_not_held(proc, signals):
        return proc_kind, proc.phrases
    if proc_kind == K.FEES_NOTICE and proc.score >= R.THRESHOLD and fee_for_the_limit(signals):
        return proc_kind, proc.phrases  # s.13: a fee for work above the cost limit, not a refusal
    if outcome_kind is not None:
        return outcome_kind, outcome_evidence
    if declared_auto or auto.score >= R.THRESHOLD:
        return K.AUTO_REPLY, auto_evidence + auto.phrases
    if review.score >= R.THRESHOLD and named:
        return K.INTERNAL_REVIEW_OUTCOME, review.phrases
    return fallback(signals, {**procedural, K.AUTO_REPLY: auto,
                              K.INTERNAL_REVIEW_OUTCOME: review if named else Signal(0, [])},
                    exemptions, body)


def scoring_text(text: str) -> tuple[str, str]:
    """(lines, body): the reply's own text without the complaint-rights boilerplate, and the
    same folded to one line with typography made ASCII, long quotations (the request read back,
    "Your request reads: \"... redacted if necessary ...\"") and misleading phrases blanked:
    what the phrase families are scored on."""
    lines = uncontracted(without_rights_boilerplate(text))
    unlabelled = LIST_LABEL.sub("", lines)
    folded = _SPACES.sub(" ", FILLER.sub("", unlabelled.translate(TYPOGRAPHY)))
    body = _SPACES.sub(" ", without_long_quotes(folded))
    return lines, neutralised(body)


_QUOTE_MARKS = frozenset('"\u201c\u201d')


def without_long_quotes(text: str) -> str:
    """``text`` with each long quotation (``rules.cleanup.LONG_QUOTE``) blanked, marks included,
    by as many spaces, so offsets stay the same. Quote marks are paired in order (1st with 2nd,
    3rd with 4th), so the words between two short quotations are never taken for one; an odd
    last mark stays open."""
    marks = [i for i, ch in enumerate(text) if ch in _QUOTE_MARKS]
    spans = [(a, b + 1) for a, b in zip(marks[0::2], marks[1::2], strict=False) if b - a > R.LONG_QUOTE]
    if not spans:
        return text
    out, pos = [], 0
    for a, b in spans:
        out += [text[pos:a], " " * (b - a)]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def transfer_of_what_is_not_held(other: Signal, signals: dict[str, Signal]) -> bool:
    """A transfer says why: "we do not hold it, so I have passed your request on". Not holding
    is its reason, not its outcome, when it says nothing else (no disclosure, no withholding)."""
    held = [s for name, s in signals.items() if name not in ("not_held", "not_held_info", "complete")]
    transfer = any(_TRANSFER.search(phrase) for phrase in other.phrases)
    return transfer and other.score >= R.THRESHOLD and all(s.score < R.THRESHOLD for s in held)


def fee_for_the_limit(signals: dict[str, Signal]) -> bool:
    """A fees notice under s.13 names the cost limit and says the force is "not obliged to
    comply": when that is all the withholding it says, and it discloses nothing, it is a fee."""
    phrases = signals["withhold"].phrases
    withheld = [p for p in phrases if not COST_LIMIT.search(p) and "not obliged" not in p.lower()]
    return (len(withheld) < len(phrases) and not withheld and signals["disclose"].score < R.THRESHOLD
            and signals["not_held"].score < R.THRESHOLD and signals["ncnd"].score < R.THRESHOLD)


def bounce_evidence(header_kind: MessageKind | None, header_evidence: list[str], subject: str,
                    body: str, hay: Haystack) -> list[str] | None:
    """Step 1: the evidence that a message is a bounce, or None. Headers first (RFC 3464),
    then the subject, then the MTA wording of the body (one point above THRESHOLD)."""
    if header_kind == K.BOUNCE:
        return header_evidence
    if BOUNCE_SUBJECT.search(subject or ""):
        return [f"subject: {subject.strip()}"]
    found = {**BOUNCE_TEXT.matches(subject or ""), **BOUNCE_TEXT.matches(body, hay)}
    score = sum(BOUNCE_TEXT.rules[i][1] for i in found)
    return list(found.values()) if score >= R.THRESHOLD + 1 else None


def outcome_signals(body: str, hay: Haystack, lines: str, exemptions: tuple[str, ...]
                    ) -> dict[str, Signal]:
    """The scores of the outcome families, each phrase-only, plus the structural evidence of
    figures given and NCND provisions cited. Cited exemptions are added in ``final_outcome``."""
    s = {name: family.score(body, hay) for name, family in OUTCOME.items() if name != "disclose"}
    absent, s["not_held_info"] = s.pop("absence"), s["not_held"]  # "there is no contract": see final_outcome
    s["not_held"] = Signal(s["not_held"].score + absent.score, [*s["not_held"].phrases, *absent.phrases])
    family = OUTCOME["disclose"]
    found = family.matches(body, hay)
    d = s["disclose"] = Signal(sum(family.rules[i][1] for i in found), list(dict.fromkeys(found.values())))
    # the phrases with no digit in them ("please find attached"): what a s.12 refusal does not say
    s["disclose_words"] = Signal(sum(family.rules[i][1] for i, p in found.items()
                                     if not any(ch.isdigit() for ch in p)), [])
    s["disclose_figures"] = Signal(0, [])
    structure = None
    if len(figures := YEAR_FIGURES.findall(body)) >= R.YEAR_FIGURES_MIN:
        structure = R.THRESHOLD, f"figures per year ({figures[0]} ...)"
    elif len(answers := ANSWER_LINE.findall(lines)) >= R.ANSWER_LINES_MIN:
        structure = R.THRESHOLD, f"answer lines ({answers[0].strip()} ...)"
    elif len(given := given_figures(body)) >= R.FIGURES_MIN:
        structure = R.THRESHOLD, f"figures given ({', '.join(given[:3])})"
    elif answers:  # one answer line ("Part 1 (number of drones): 17"): strong, not decisive
        structure = WEAK_MIN, f"answer line ({answers[0].strip()})"
    if structure is not None:
        s["disclose"] = s["disclose_figures"] = Signal(d.score + structure[0], [*d.phrases, structure[1]])
    ncnd = [e for e in exemptions if NCND_PROVISION.match(e)]
    if ncnd:
        c = s["ncnd"]
        s["ncnd"] = Signal(c.score + R.NCND_PROVISION_WEIGHT,
                           [*c.phrases, f"{', '.join(ncnd)} excludes the duty to confirm or deny"])
    return s


def final_outcome(signals: dict[str, Signal], exemptions: tuple[str, ...] = ()
                  ) -> tuple[MessageKind | None, list[str]]:
    """The outcome of a final response from its disclose/withhold/not-held/NCND signals; a
    relied-on exemption (FOIA s.17(1)(b) makes a refusal name it) adds to "withhold"."""
    d, p, n, c = (signals[k] for k in ("disclose", "partial", "not_held", "ncnd"))
    w, cites_exemption = signals["withhold"], bool(exemptions)
    cost_limit = any(COST_LIMIT.search(phrase) for phrase in w.phrases)
    whole = (all(e.startswith(R.WHOLE_REQUEST_GROUNDS) for e in exemptions) if cites_exemption
             else cost_limit)
    if whole and p.score < R.THRESHOLD:
        d = Signal(0, [])  # s.12 / s.14 refuse the whole request: what it quotes is the burden
    if cites_exemption and all(e.startswith(R.ACCESSIBLE_GROUND) for e in exemptions):
        d = signals.get("disclose_figures", d)  # s.21 says where it is published: only figures given count
    if cites_exemption:
        w = Signal(w.score + R.CITED_EXEMPTION_WEIGHT,
                   [*w.phrases, f"exemption cited: {', '.join(exemptions)}"])
    t = R.THRESHOLD
    vexatious = cites_exemption and all(e.startswith(R.VEXATIOUS_GROUND) for e in exemptions)
    if c.score >= t and not vexatious:  # s.14 lifts the duty to confirm or deny too: a refusal
        return (K.PARTIAL_DISCLOSURE, d.phrases + c.phrases) if d.score >= t else (K.NCND, c.phrases)
    only_published = cites_exemption and all(e.startswith(R.ACCESSIBLE_GROUND) for e in exemptions)
    if signals["complete"].score >= t and (not cites_exemption or only_published) and p.score < t:
        return K.FULL_DISCLOSURE, signals["complete"].phrases + d.phrases  # "all the information you asked for"
    # only "the information is not held" makes a disclosure partial; "there is no contract" is an answer
    n_info = signals["not_held_info"]
    mixed = d.score >= WEAK_MIN and w.score >= t and n_info.score >= WEAK_MIN  # answered, withheld, not held
    if p.score >= t or (d.score >= t and (w.score >= t or n_info.score >= t)) or mixed:
        return K.PARTIAL_DISCLOSURE, p.phrases + d.phrases + w.phrases + n.phrases
    if d.score >= t:
        return K.FULL_DISCLOSURE, d.phrases
    if w.score >= t and n.score >= t and not cites_exemption and n.score >= w.score:
        return K.NOT_HELD, n.phrases  # "unable to provide ... as it is not held"
    if w.score >= t:
        return K.REFUSAL, w.phrases
    if n.score >= t:
        return K.NOT_HELD, n.phrases
    return None, []


def fallback(signals: dict[str, Signal], procedural: dict[MessageKind, Signal],
             exemptions: tuple[str, ...], body: str) -> tuple[MessageKind, list[str]]:
    """Step 6: no family reached THRESHOLD. A relied-on exemption still makes a reply a refusal
    (a partial disclosure if it also gives something); otherwise the strongest family that has at
    least one strong phrase (WEAK_MIN); otherwise a word count. All marked "weak:"."""
    d = signals["disclose"]
    if exemptions:
        kind = K.PARTIAL_DISCLOSURE if d.score >= WEAK_MIN else K.REFUSAL
        return kind, [f"weak: {', '.join(exemptions)} relied on", *d.phrases, *signals["withhold"].phrases]
    named = {K.FULL_DISCLOSURE: d, K.REFUSAL: signals["withhold"], K.NOT_HELD: signals["not_held"],
             K.NCND: signals["ncnd"], K.PARTIAL_DISCLOSURE: signals["partial"], **procedural}
    ranked = sorted(named.items(), key=lambda kv: -kv[1].score)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top.score >= WEAK_MIN and top.score > second.score:
        return best, [f"weak: {', '.join(top.phrases)}"]
    return lexicon_guess(body)


def lexicon_guess(body: str) -> tuple[MessageKind, list[str]]:
    """The last resort (``rules.cleanup.LEXICON``): a weak, word-count decision, said so."""
    low = body.lower()
    counts = sorted(((sum(w in low for w in words), kind) for kind, words in R.LEXICON.items()),
                    key=lambda ck: -ck[0])
    (best, kind), (second, _) = counts[0], counts[1]
    if best >= R.LEXICON_MIN and best > second:
        found = [w.strip() for w in R.LEXICON[kind] if w in low]
        return kind, [f"weak: only single words matched ({', '.join(found)})"]
    return K.OTHER, []


def given_figures(body: str) -> list[str]:
    """Numbers that read as answers (see ``rules.figures.FIGURE``)."""
    found = []
    for sentence in _SENTENCE.split(body):
        if FIGURE_SKIP.search(Haystack(sentence.lower())):
            continue
        for m in FIGURE.finditer(sentence):
            value = m.group(0)
            if _YEAR_OR_CODE.fullmatch(value):  # a year; a phone or area code
                continue
            before, after = sentence[max(0, m.start() - 14):m.start()], sentence[m.end():m.end() + 30]
            if FIGURE_NOT_AFTER.search(before) or FIGURE_NOT_BEFORE.match(after):
                continue
            if not value.startswith("£") and (_DIGIT_END.search(before) or _DIGIT_NEXT.match(after)):  # "01622 690690"
                continue
            found.append(value)
    return found
