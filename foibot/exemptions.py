"""The FOIA/FOISA sections a reply relies on, normalised as ``s.31(1)(a)(b)``.

FOIA s.17(1)(b) requires a refusal notice to specify the exemption relied on, so every refusal
cites sections, but in a dozen spellings: "Section 31(1)(a)(b)", "Section 31 (1) (a) (b)",
"S.40(2)", "section 31(1)(a) and (b)", "Sections 24(1) and 31(1)". This module finds them,
normalises them, drops sections that are only explained (s.1, s.16, s.17 ...: see
``rules.sections.FOIA_RELIED``), and keeps the most specific citation of each section.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from foibot import classify_rules as R
from foibot.classify_kind import without_long_quotes
from foibot.rules.sections import (
    AFFIRMED,
    ANAPHOR,
    EXPLANATORY,
    HISTORY,
    HYPOTHETICAL,
    NONE_APPLIED,
    NONE_APPLIED_NOT_BEFORE,
    OTHER_ACT_AFTER,
    OTHER_ACT_BEFORE,
    THAT_EXEMPTION,
    WITHHELD_UNDER,
)

_SUB = r"\s*\(\s*(?:\d{1,2}[A-Z]?|[a-z]|[ivx]{2,4})\s*\)"
_SUBS = rf"(?P<subs>(?:{_SUB}|\s*\)(?=\s*\())*)"
_NUM = r"(?P<num>\d{1,3}[A-Z]?)(?![\d/.,]\d)"
CITE_RE = re.compile(rf"(?<![A-Za-z])(?:sections?|secs?\.|secs?(?=\s?\d)|ss?\.|s(?=\s?\d)|adran|\u00a7"
                     rf"|exemptions?(?:\s+(?:applied|used|engaged|cited|relied\s+(?:up)?on))?\s*[:|]"
                     rf"(?=\s*\d{{1,3}}[A-Z]?\s*\())\s*{_NUM}{_SUBS}",
                     re.IGNORECASE)
#: ", 30 and 31(1)" after a citation: more sections of the same list.
MORE_RE = re.compile(rf"(?:\s*\([A-Za-z][A-Za-z ,'\-]{{2,90}}\))?\s*(?:,|and|&|or)\s*(?:(?:sections?|s\.)\s*)?{_NUM}{_SUBS}"
                     rf"(?!{R.NOT_A_SECTION_AFTER})", re.IGNORECASE)
#: "(a) and (b)" after a citation: more letters of the same subsection.
MORE_LETTERS_RE = re.compile(r"\s*(,|and|&|-|\u2013|to)\s*\(\s*([a-z])\s*\)")
#: "31(1)(b)" with no "section" word: only trusted for a section already cited in the text.
BARE_RE = re.compile(rf"(?<![\w.(/\-])(?P<num>\d{{1,3}})(?P<subs>(?:{_SUB}){{2,}})")
_OTHER_ACT_RE = re.compile(r"[^.\n]{0,20}?\b(?:of|refers to|under) the (?:(?:19|20)\d\d Act|(?!freedom of information|foi\b|foia\b|foisa\b|act\b)[A-Z][\w ,()&'\-]{0,80}?Act)",
                           re.IGNORECASE)
_OTHER_ACT_BEFORE_RE = re.compile(OTHER_ACT_BEFORE, re.IGNORECASE)
_ACT_AFTER = re.compile(OTHER_ACT_AFTER)
#: "sections 28 to 35": a range quoted from the statute, not a section relied on.
_RANGE_RE = re.compile(r"\s*(?:to|-|\u2013)\s*\d", re.IGNORECASE)
_AFFIRMED_RE = re.compile(AFFIRMED, re.IGNORECASE)
_NCND_DUTY = re.compile(r"\bduty\b", re.IGNORECASE)
_LINE_BREAK = re.compile(r"(?<!\n)\n(?![\n])")
_NONE_APPLIED_RE = re.compile(rf"(?:{NONE_APPLIED})(?!{NONE_APPLIED_NOT_BEFORE})", re.IGNORECASE)
_THAT_EXEMPTION = re.compile(THAT_EXEMPTION, re.IGNORECASE)
_ANAPHOR = re.compile(ANAPHOR, re.IGNORECASE)
_HISTORY_RE = re.compile(HISTORY, re.IGNORECASE)
_WITHHELD_RE = re.compile(WITHHELD_UNDER, re.IGNORECASE)
_HYPOTHETICAL_RE = re.compile(HYPOTHETICAL, re.IGNORECASE)
_TOKEN_RE = re.compile(r"\(\s*([0-9A-Za-z]+)\s*\)")
_FOISA_RE = re.compile(R.FOISA_MARKERS, re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_ROMAN = re.compile(r"[ivx]+", re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    section: str  # "31", "40"
    path: tuple[str, ...]  # numbered subsections: ("1",), ("3A",)
    letters: frozenset[str]  # paragraph letters: {"a", "b"}

    def __str__(self) -> str:
        return (f"s.{self.section}" + "".join(f"({p})" for p in self.path)
                + "".join(f"({x})" for x in sorted(self.letters)))

    def sort_key(self) -> tuple:
        digits = _DIGITS.match(self.section)
        return (int(digits.group(0)) if digits else 0, self.section, self.path, sorted(self.letters))


def find_exemptions(text: str) -> tuple[tuple[str, ...], list[str]]:
    """The sections relied on, sorted, plus the printed phrases (the evidence).

    A citation in a sentence that withdraws or only imagines an exemption is not relied on;
    nor is any other citation of that section, unless a sentence affirms it ("I uphold ...").
    A review letter names the original exemptions, then drops some: the dropped ones go."""
    text = _LINE_BREAK.sub(" ", text)  # a sentence wrapped over lines is still one sentence
    text = without_long_quotes(text)  # the request read back: its sections are not relied on
    relied = R.FOISA_RELIED if _FOISA_RE.search(text) else R.FOIA_RELIED
    found: list[tuple[Citation, str, int]] = []
    for cite, printed, start in _citations(text):
        if _section_number(cite.section) in relied and (cite.section, cite.path) not in EXPLANATORY:
            found.append((cite, printed.strip(" ,&\n\t").removeprefix("and ").removeprefix("or "), start))
    if not found:
        return (), []
    cited = {c.section for c, _, _ in found}
    for m in BARE_RE.finditer(text):  # "... and 31(1)(b)" after "section 31(1)(a)"
        if m.group("num").upper() in cited:
            found.append((_parse(m.group("num"), m.group("subs")), "", m.start()))
    sentences = _Sentences(text, [start for _, _, start in found])
    withdrawals = sentences.found["withdrawn"]  # extended below with what "that exemption" points at
    starts = sorted(start for _, _, start in found)
    pointing_back = []  # "... s.31 would also raise questions. We are not relying on that exemption."
    for w in withdrawals:
        begin, end = sentences.span(w)
        own = _any_between(starts, begin, end)
        names_its_own = own and _any_between(starts, w, w + 60)  # "wrong to rely on section 24(1)"
        if begin > 1 and ((not own and _ANAPHOR.search(text, begin, end))
                          or (own and not names_its_own and _THAT_EXEMPTION.search(text, begin, end))):
            previous = sentences.previous(begin)
            if not _any_between(starts, *previous) and previous[0] > 1:
                previous = sentences.previous(previous[0])  # "s.24(2), s.31(3). We weighed it. We rely on neither."
            if own:  # "Because s.12 applies, we have not considered that exemption": s.12 stands
                pointing_back.append(w)
            withdrawals.extend(s for s in starts if previous[0] <= s < previous[1])
        elif (begin > 1 and not own and not _CONDITIONAL.match(text, w)
              and (heading := sentences.heading_above(begin, starts)) is not None):
            # "Section 33(1)(b) - Commercial interests" above "... substituted a different decision"
            withdrawals.extend(s for s in starts if heading[0] <= s < heading[1])
    for w in pointing_back:  # it withdraws what came before, not what its own sentence cites
        withdrawals.remove(w)
    withdrawals.sort()
    dropped, affirmed, current, kept = set(), set(), set(), []
    for cite, printed, start in found:
        if sentences.says(start, "withdrawn"):
            dropped.add(cite.section)
        else:
            kept.append((cite, printed))
            # affirmed, and not merely imagined ("might be exempt under")
            # s.14(2) refuses a request for repeating an earlier one: naming it is not history
            history = sentences.says(start, "history") and not str(cite).startswith(R.REPEATED_GROUND)
            if not sentences.says(start, "hypothetical") and (
                    sentences.says(start, "affirmed") or (sentences.says(start, "withheld") and not history)):
                affirmed.add(cite.section)
            elif not history and not sentences.introduced_by(start, _HISTORY_RE):
                current.add(cite.section)
    dropped.update(c.section for c, _ in kept if c.section not in current | affirmed)  # history only
    if not affirmed and _NONE_APPLIED_RE.search(text):
        dropped.update(c.section for c, _ in kept)
    kept = [(c, p) for c, p in kept if c.section not in dropped or c.section in affirmed]
    result = _most_specific(_merge_letters([c for c, _ in kept]))
    evidence = [p for _, p in kept if p]
    return tuple(str(c) for c in sorted(result, key=Citation.sort_key)), list(dict.fromkeys(evidence))


def _any_between(sorted_offsets: list[int], begin: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_offsets, begin)
    return i < len(sorted_offsets) and sorted_offsets[i] < end


def _section_number(section: str) -> int:
    digits = _DIGITS.match(section)
    return int(digits.group(0)) if digits else -1


def _citations(text: str):
    """Every (Citation, printed text, offset) in ``text``, following lists such as "Sections
    24, 30 and 31(1)", and skipping sections of other Acts."""
    pos = 0
    while (m := CITE_RE.search(text, pos)) is not None:
        pos = m.end()
        if _OTHER_ACT_RE.match(text, m.end()) or _RANGE_RE.match(text, m.end()) or _ACT_AFTER.match(text, m.end()):
            continue
        if _OTHER_ACT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue
        pos, cite = _extend_letters(text, m.end(), _parse(m.group("num"), m.group("subs")))
        yield cite, text[m.start():pos], m.start()
        while (more := MORE_RE.match(text, pos)) is not None:  # the search resumes after the list
            if _OTHER_ACT_RE.match(text, more.end()):
                break
            pos, cite = _extend_letters(text, more.end(),
                                        _parse(more.group("num"), more.group("subs")))
            yield cite, more.group(0), more.start()


def _extend_letters(text: str, pos: int, cite: Citation) -> tuple[int, Citation]:
    if not cite.letters:
        return pos, cite
    letters = set(cite.letters)
    while (m := MORE_LETTERS_RE.match(text, pos)) is not None:
        letter = m.group(2).lower()
        if m.group(1) in ("-", "\u2013", "to"):  # a range: (a)-(c) is (a)(b)(c)
            start = max(letters)
            letters.update(chr(c) for c in range(ord(start), ord(letter) + 1))
        letters.add(letter)
        pos = m.end()
    return pos, Citation(cite.section, cite.path, frozenset(letters))


def _parse(num: str, subs: str) -> Citation:
    tokens = _TOKEN_RE.findall(subs or "")
    path: list[str] = []
    letters: set[str] = set()
    for tok in tokens:
        if letters and _ROMAN.fullmatch(tok) and len(letters) == 1:
            path.extend([next(iter(letters)), tok.lower()])  # 34(1)(a)(ii): a sub-paragraph
            letters = set()
        elif len(tok) == 1 and tok.isalpha():
            letters.add(tok.lower())
        elif not letters:
            path.append(tok.upper())
    return Citation(num.upper(), tuple(path), frozenset(letters))


_WITHDRAWN_RE = re.compile(R.WITHDRAWN, re.IGNORECASE)
#: A withdrawal phrase that only imagines ("where an exemption is subject to ..."): it does not
#: reach back to a heading.
_CONDITIONAL = re.compile(r"(?:if|where|should|had|might|would)\b", re.IGNORECASE)
_HEADING_MAX = 90  # characters: "Section 31(1)(a)(b) - Law enforcement (algorithm version)"
_SENTENCE_END = re.compile(r"[.;]\s|\n\s*\n")  # a clause: "s.12 would not be an answer; s.14(1) is"


class _Sentences:
    """What the sentence around a citation says. Each phrase list is searched once, over the
    citing sentences only, and looked up by offset: a letter may cite sections thousands of
    times (a hostile one does), and rescanning each citation's sentence would be quadratic."""

    def __init__(self, text: str, citations: list[int]) -> None:
        self.text = text
        self.bounds = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
        self.starts = [b for b, _ in self.bounds]
        # only the sentences that cite a section, and the two after each (which may point back
        # with "that exemption", "either exemption"), are read: most of a long letter is neither
        regions = []
        for offset in sorted(citations):
            begin, end = self.span(offset)
            for _ in range(2):
                end = self.span(min(len(text) - 1, end + 2))[1] if end < len(text) else end
            if regions and begin <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(regions[-1][1], end))
            else:
                regions.append((begin, end))
        self.found = {name: [m.start() for lo, hi in regions for m in pattern.finditer(text, lo, hi)]
                      for name, pattern in (("withdrawn", _WITHDRAWN_RE), ("affirmed", _AFFIRMED_RE),
                                            ("hypothetical", _HYPOTHETICAL_RE), ("history", _HISTORY_RE),
                                            ("withheld", _WITHHELD_RE))}
        self.found["withdrawn"] = [w for w in self.found["withdrawn"]  # "the duty ... does not apply"
                                   if not _NCND_DUTY.search(text, max(0, w - 40), w)]

    def span(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset)
        begin = self.bounds[i - 1][1] if i else 0
        end = self.starts[i] if i < len(self.starts) else len(self.text)
        # a sentence is not longer than this either side: keeps a run-on text linear
        return max(begin, offset - 400), min(end, offset + 400)

    def previous(self, begin: int) -> tuple[int, int]:
        """The sentence before the one that starts at ``begin``."""
        i = bisect.bisect_left(self.starts, begin) - 1  # the boundary that ends it
        return self.span(max(0, self.starts[i] - 1)) if i >= 0 else (0, 0)

    def heading_above(self, begin: int, citations: list[int]) -> tuple[int, int] | None:
        """The span of a short heading that cites a section ("Section 33(1)(b) - Commercial
        interests"), alone in its paragraph, directly above the paragraph of the sentence that
        starts at ``begin`` (at most two sentences into it), or None."""
        for _ in range(3):
            i = bisect.bisect_left(self.starts, begin) - 1  # the boundary before this sentence
            if i < 0:
                return None
            prev_begin, prev_end = self.span(max(0, self.starts[i] - 1))
            if self.text[self.starts[i]] not in ".;":  # a blank line: the paragraph starts here
                # single line breaks are gone (_LINE_BREAK): a newline left is a blank line
                alone = prev_begin == 0 or "\n" in self.text[max(0, prev_begin - 2):prev_begin + 1]
                short = len(self.text[prev_begin:prev_end].strip()) <= _HEADING_MAX
                return ((prev_begin, prev_end) if alone and short and _any_between(citations, prev_begin, prev_end)
                        else None)
            begin = prev_begin
        return None

    def introduced_by(self, offset: int, pattern: re.Pattern) -> bool:
        """Whether the list that ``offset`` is an item of is introduced by a sentence ending in a
        colon that matches ``pattern`` ("In summary, that response:" then "- withheld ... under
        section 31;"). Items end with ";" or a blank line; a full stop ends the walk back."""
        begin = self.span(offset)[0]
        for _ in range(8):
            i = bisect.bisect_left(self.starts, begin) - 1  # the boundary before this sentence
            if i < 0 or self.text[self.starts[i]] == ".":
                return False
            prev_begin, prev_end = self.span(max(0, self.starts[i] - 1))
            if self.text[prev_begin:prev_end].rstrip().endswith(":"):
                return pattern.search(self.text, prev_begin, prev_end) is not None
            begin = prev_begin
        return False

    def says(self, offset: int, what: str) -> bool:
        begin, end = self.span(offset)
        offsets = self.found[what]
        j = bisect.bisect_left(offsets, begin)
        return j < len(offsets) and offsets[j] < end


def _merge_letters(cites: list[Citation]) -> list[Citation]:
    """s.31(1)(a) + s.31(1)(b) → s.31(1)(a)(b): the same subsection cited letter by letter."""
    merged: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for c in cites:
        merged.setdefault((c.section, c.path), set()).update(c.letters)
    return [Citation(s, p, frozenset(ls)) for (s, p), ls in merged.items()]


def _most_specific(cites: list[Citation]) -> list[Citation]:
    """Drop a citation when a more specific one of the same section exists ("Section 31" next
    to "Section 31(1)(a)(b)"; "s.24" next to "s.24(1)")."""
    def refines(a: Citation, b: Citation) -> bool:  # a is more specific than b
        if a.section != b.section or a == b:
            return False
        if a.path[: len(b.path)] != b.path:
            return False
        return len(a.path) > len(b.path) or (a.path == b.path and not b.letters and a.letters)

    return [c for c in cites if not any(refines(o, c) for o in cites)]
