"""A phrase family: a list of weighted patterns compiled once and scored against a reply.

The classifier's families (``foibot.classify_kind``) are built from the rule data in
``foibot.rules``; this module owns how a rule becomes a searchable pattern (macros expanded,
contractions written out, literals lower-cased) and how a family is scored, looking only where
a pattern's literal words occur (``foibot.literals``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from foibot import classify_rules as R
from foibot.literals import Haystack, Matcher


class Signal(NamedTuple):
    score: int
    phrases: list[str]


def expand(pattern: str) -> str:
    """A rule as it is searched: ``rules.MACROS`` filled in, contractions written out."""
    for macro, group in R.MACROS.items():
        pattern = pattern.replace(macro, group)
    return uncontracted(pattern)


#: "we've" -> "we have", "can't" -> "cannot": officers write informally, the phrases are written
#: either way, and both the text and the patterns are folded the same way, so a phrase written
#: "we have received" also finds "we've received" (and the other way round).
_CONTRACTION = re.compile(r"\b([a-z]+)n(?:'|\u2019)t\b|\b(i|we|you|they)(?:'|\u2019)(ve|re|ll|m)\b",
                          re.IGNORECASE)
_NOT = {"wo": "will", "ca": "can", "sha": "shall"}  # won't, can't, shan't; else drop the n't
_AUX = {"ve": "have", "re": "are", "ll": "will", "m": "am"}


def _uncontract(m: re.Match[str]) -> str:
    if m.group(1):
        stem = _NOT.get(m.group(1).lower(), m.group(1))
        return "cannot" if stem == "can" else f"{stem} not"
    return f"{m.group(2)} {_AUX[m.group(3).lower()]}"


def uncontracted(text: str) -> str:
    """``text`` with the negative and pronoun contractions written out."""
    return _CONTRACTION.sub(_uncontract, text) if "'" in text or "\u2019" in text else text


_ESCAPED_OR_CHAR = re.compile(r"\\.|.", re.DOTALL)


def lower_pattern(pattern: str) -> str:
    """The pattern for lower-cased text: literals lower-cased, escapes (``\\W``, ``\\S``, ``\\B``)
    kept. Matching lower-cased text without re.IGNORECASE lets ``re`` skip ahead on a pattern's
    literal prefix or first-character set, which IGNORECASE defeats: about ten times faster."""
    return "".join(t if t.startswith("\\") else t.lower() for t in _ESCAPED_OR_CHAR.findall(pattern))


def _compiled(pattern: str, weight: int) -> tuple[Matcher, int]:
    return Matcher(lower_pattern(expand(pattern)), re.MULTILINE), weight


class Family:
    """A phrase list compiled once. ``score`` sums the weights of the patterns that match and
    quotes the matched phrases from the original text. Only the patterns one of whose required
    literals occurs in the text are searched (``by_literal``); the rest cannot match."""

    __slots__ = ("name", "rules", "by_literal", "literals", "always")

    def __init__(self, name: str, rules: R.Rules) -> None:
        self.name = name
        self.rules = tuple(_compiled(p, w) for p, w in rules)
        self.by_literal: dict[str, list[int]] = {}
        self.always = [i for i, (m, _) in enumerate(self.rules) if not m.anchors]
        for i, (matcher, _) in enumerate(self.rules):
            for literal in matcher.anchors:
                self.by_literal.setdefault(literal, []).append(i)
        self.literals = frozenset(self.by_literal)

    def matches(self, text: str, hay: Haystack | None = None) -> dict[int, str]:
        """{index of each pattern that matches: the phrase it matched, from ``text``}. ``hay``
        is the lower-cased ``text``, shared by the families scored on it."""
        hay = Haystack(text.lower(), self.literals) if hay is None else hay
        same = len(hay.text) == len(text)
        todo = set(self.always)
        for literal in self.literals & hay.present:
            todo.update(self.by_literal[literal])
        found = {}
        for i in sorted(todo):
            if m := self.rules[i][0].search(hay):
                found[i] = (text[m.start():m.end()] if same else m.group(0)).strip()
        return found

    def score(self, text: str, hay: Haystack | None = None) -> Signal:
        found = self.matches(text, hay)
        return Signal(sum(self.rules[i][1] for i in found), list(dict.fromkeys(found.values())))
