"""Required literals of a regular expression: a cheap pre-filter for the phrase families.

Most of the few hundred classification patterns cannot match a given reply. Python's ``re``
finds that out by trying the pattern at every position, which costs far more than asking
``"never" in text`` (a C substring search). ``required_literals`` reads a pattern's parse tree
and returns strings one of which every match must contain; the pattern is only searched when
one of them occurs. The answer is conservative: when nothing can be proven it returns ``()``
and the pattern is always searched, so the pre-filter can skip work but never change a result.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: PLC2701  (the stdlib parser's opcode names)
from re import _parser

#: Shorter literals filter too little to be worth the check.
MIN_LITERAL = 2
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


#: A literal's possible offsets from the start of a match: (shortest, longest).
Offsets = tuple[int, int]
#: An any-of set of literals, each with its offsets.
Candidate = dict[str, Offsets]
_FAR = 1 << 20


def required_literals(pattern: str) -> list[Candidate]:
    """Sets of strings such that every match of ``pattern`` (compiled case-sensitively)
    contains one string of *each* set, each string with the range of its offsets from the
    start of the match. Most selective set first; ``[]`` when nothing is known."""
    found = [c for c in _candidates(_parser.parse(pattern, 0))
             if min(len(s) for s in c) >= MIN_LITERAL]
    return sorted(found, key=lambda c: (-min(len(x) for x in c), len(c)))


def _candidates(items) -> list[Candidate]:
    """Every any-of set of literals that a match of the sequence ``items`` must contain, with
    offsets counted from the start of the sequence."""
    found: list[Candidate] = []
    run: list[str] = []
    lo = hi = 0  # the width of what precedes the current item
    run_at = (0, 0)
    for op, av in items:
        if op is C.LITERAL:
            if not run:
                run_at = (lo, hi)
            run.append(chr(av))
        else:
            if run:
                found.append({"".join(run): run_at})
                run = []
            inner = _inner(op, av)
            if inner is not None:
                found.append({k: (lo + a, hi + b) for k, (a, b) in inner.items()})
        w_lo, w_hi = _parser.SubPattern(items.state, [(op, av)]).getwidth()
        lo, hi = lo + w_lo, min(_FAR, hi + w_hi)
    if run:
        found.append({"".join(run): run_at})
    return found


def _inner(op, av) -> Candidate | None:
    """The required set of a group, a branch, or a repeat that must occur at least once."""
    if op is C.BRANCH:
        alternatives = [_best(_candidates(branch)) for branch in av[1]]
        if not all(alternatives):
            return None
        merged: Candidate = {}
        for alternative in alternatives:
            for k, (a, b) in alternative.items():
                old = merged.get(k, (a, b))
                merged[k] = (min(old[0], a), max(old[1], b))
        return merged
    if op is C.SUBPATTERN:
        return _best(_candidates(av[3]))
    if op is C.ATOMIC_GROUP:
        return _best(_candidates(av))
    if op in _REPEATS and av[0] >= 1:
        inner = _best(_candidates(av[2]))
        if inner and av[1] > 1:  # found in a later repetition: further on
            return {k: (a, _FAR) for k, (a, _) in inner.items()}
        return inner
    return None


def _best(sets: list[Candidate]) -> Candidate | None:
    """The most selective set: the longest shortest string, then the fewest strings."""
    if not sets:
        return None
    return max(sets, key=lambda s: (min(len(x) for x in s), -len(s)))


#: A literal whose offset in a match varies by at most this is found by trying ``match`` at
#: each possible start; otherwise the pattern is searched in windows around the literal.
SPREAD = 8
#: A window must reach this far past the longest match, for the lookaheads at its end.
MARGIN = 64
#: Patterns that can match more than this are searched whole (windows would not pay).
MAX_WINDOW = 1500


class Matcher:
    """A compiled pattern searched only where it can match. Every match contains one string
    of each of its ``groups`` (``required_literals``), at a known range of offsets from the
    start of the match, so: when a group has no string in the text, the pattern cannot match;
    otherwise only the starts (or short windows) that those offsets allow are tried, using the
    group with the fewest occurrences. A window reaches ``width`` + MARGIN past its last
    start, which covers the longest match and the lookaheads at its end, so the answer is the
    one a search of the whole text gives. Long replies cost little this way."""

    __slots__ = ("pattern", "groups", "anchors", "width")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self.groups = required_literals(pattern)
        #: The most selective group: ``Family`` only searches patterns one of whose anchors occurs.
        self.anchors = self.groups[0] if self.groups else {}
        self.width = _window_width(pattern)

    def search(self, hay: Haystack) -> re.Match[str] | None:
        """Like ``re.Pattern.search`` on ``hay.text``."""
        if not self.groups:
            return self.pattern.search(hay.text)
        best: list[tuple[int, int, int]] | None = None
        for group in self.groups:
            hits = [(i - b, i - a) for s, (a, b) in group.items() if hay.has(s)
                    for i in hay.positions(s)]
            if not hits:
                return None  # no string of this group occurs: the pattern cannot match
            if best is None or len(hits) < len(best):
                best = hits
        return self._search_starts(hay.text, sorted(best))

    def _search_starts(self, text: str, starts: list[tuple[int, int]]) -> re.Match[str] | None:
        """The leftmost match starting in one of the ``[first, last]`` start ranges."""
        if all(last - first <= SPREAD for first, last in starts):
            for start in sorted({s for first, last in starts for s in range(first, last + 1)}):
                if start >= 0 and (m := self.pattern.match(text, start)) is not None:
                    return m
            return None
        if self.width is None or starts[0][0] < -_FAR // 2:
            return self.pattern.search(text)
        for lo, hi in _windows(starts, self.width, len(text)):
            if (m := self._search_window(text, lo, hi)) is not None:
                return m
        return None

    def _search_window(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        while lo < hi and (m := self.pattern.search(text, lo, hi)) is not None:
            if hi == len(text) or m.end() + MARGIN <= hi:
                return m
            full = self.pattern.match(text, m.start())  # it touched the window's end: recheck
            if full is not None:
                return full
            lo = m.start() + 1
        return None

class Haystack:
    """A text with the answers to "does it contain this literal, and where" cached, shared by
    every pattern searched in it. ``expected`` literals are looked up all at once."""

    __slots__ = ("text", "expected", "present", "_has", "_positions")

    def __init__(self, text: str, expected: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.expected = expected
        self.present = frozenset([a for a in expected if a in text])
        self._has: dict[str, bool] = {}
        self._positions: dict[str, list[int]] = {}

    def has(self, literal: str) -> bool:
        if literal in self.expected:
            return literal in self.present
        found = self._has.get(literal)
        if found is None:
            found = self._has[literal] = literal in self.text
        return found

    def positions(self, literal: str) -> list[int]:
        found = self._positions.get(literal)
        if found is None:
            found, i = [], self.text.find(literal)
            while i >= 0:
                found.append(i)
                i = self.text.find(literal, i + 1)
            self._positions[literal] = found
        return found


def _windows(starts: list[tuple[int, int]], width: int, size: int):
    """Merged windows ``[first, last + width + MARGIN)`` for the sorted start ranges."""
    lo, hi = max(0, starts[0][0]), min(size, starts[0][1] + width + MARGIN)
    for first, last in starts[1:]:
        if first > hi:
            yield lo, hi
            lo = max(0, first)
        hi = max(hi, min(size, last + width + MARGIN))
    yield lo, hi


def _window_width(pattern: str) -> int | None:
    """The longest match of ``pattern``, or None when it is unbounded (or too long to window)
    or when a lookahead may read further than MARGIN."""
    tree = _parser.parse(pattern, 0)
    longest = tree.getwidth()[1]
    if longest > MAX_WINDOW or not _short_lookaheads(tree):
        return None
    return longest


def _short_lookaheads(items) -> bool:
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT) and av[0] == 1 and av[1].getwidth()[1] > MARGIN - 14:
            return False
        for sub in _children(op, av):
            if not _short_lookaheads(sub):
                return False
    return True


def _children(op, av):
    if op is C.BRANCH:
        return av[1]
    if op is C.SUBPATTERN:
        return [av[3]]
    if op in _REPEATS:
        return [av[2]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    if op is C.ATOMIC_GROUP:
        return [av]
    return []
