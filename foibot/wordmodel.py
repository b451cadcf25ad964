"""The learned word weights (``foibot.rules.words``): the last resort of kind classification.

The phrase rules are precise but brittle: a force that words a refusal in a way no rule has
seen falls through them. Before this module the last resort was a hand-made word count
(``rules.cleanup.LEXICON``); this is the same idea with the weights learned from the labelled
corpus (``tests/corpus/labels.json``) instead of guessed: a Bernoulli naive Bayes over the words
of the reply's own text. Every weight is a number in a readable table, the decision is a sum,
and the evidence names the words that tipped it, so a person can see, and change, why.

On the corpus's own blind sets, held out one at a time, the words alone classify 84% of replies
correctly; the rules alone, on their first run on a new set, 20-60%. The rules still decide
whenever one of their phrases fires: they are exact where they apply.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from foibot.domain import MessageKind
from foibot.rules import words as W

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


class WordGuess(NamedTuple):
    kind: MessageKind
    margin: float  # log-odds of the winner over the runner-up
    runner_up: MessageKind
    words: list[str]  # the present words that favour the winner most


def tokens(text: str) -> frozenset[str]:
    """The distinct lower-case words of ``text`` (digits and punctuation dropped)."""
    return frozenset(WORD.findall(text.lower()))


def scores(text: str) -> dict[MessageKind, float]:
    """Log-score per kind: ``W.BASE`` (the prior, every known word absent) plus, for each known
    word present, its weight for that kind."""
    total = list(W.BASE)
    for word in tokens(text) & W.VOCABULARY:
        for i, w in enumerate(W.WEIGHTS[word]):
            total[i] += w
    return {MessageKind(k): s for k, s in zip(W.KINDS, total, strict=True)}


def guess(text: str, evidence_words: int = 6) -> WordGuess:
    """The kind the words favour, how strongly, and the words that decided it."""
    s = scores(text)
    ranked = sorted(s, key=lambda k: -s[k])
    win, second = ranked[0], ranked[1]
    wi, si = W.KINDS.index(str(win)), W.KINDS.index(str(second))
    present = tokens(text) & W.VOCABULARY
    tipping = sorted(present, key=lambda w: -(W.WEIGHTS[w][wi] - W.WEIGHTS[w][si]))
    return WordGuess(win, s[win] - s[second], second,
                     [w for w in tipping[:evidence_words] if W.WEIGHTS[w][wi] > W.WEIGHTS[w][si]])
