"""A trained reader of sentences: the second opinion behind the grammar's rules.

The rules in ``text_signals`` read a sentence's structure and know their guards (who acts on
whom, negation, tense), but they only read the wordings someone wrote a rule for. This model
reads any wording: a logistic regression per kind over the sentence's word n-grams, trained
on the labelled development sets (``tools/train_text_model.py``). The company's name is read
as one token (``<co>``) and amounts as ``<money>``, so "Acme2 has closed a US$4.5m seed round"
and "Tern closed a £750k seed" share their features; in the 2- and 3-grams any other capitalised
word inside the sentence is also read as ``<name>``, so "acquired by Globex" and "acquired by
Tern" share "acquired by <name>".

It only ever adds: ``text_signals`` asks it about a sentence that a kind's keywords are in and
no rule fired on (on a page seen for the first time, only a sale or a closure, at a higher
threshold: ``text_signals._FIRST_SNAPSHOT_THRESHOLD``), and after the same sentence guards
the rules pass (boilerplate "About" paragraphs, another company's news in the previous sentence,
unconfirmed reports).

Pure code, no Scrapy: the weights are package data (read through ``importlib.resources``, so a
zipped Scrapyd egg works).
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from .amounts import MONEY, NUMBER_WORD
from .grammar import CompanyName

__all__ = ["MODEL_FILE", "TextModel", "common_words", "sentence_features", "text_model", "train_kind"]

MODEL_FILE = "text_model.json"

# An amount: in any currency, as the rules read it ("US$4.5m", "Rs 25 crore", "1.8M€", "5 billion won"), or a number
# with a scale and no currency ("raised 4.5 million")
# (never from inside a number: a run of counts "1,1,1,..." would be tried from each of its digits)
_MONEY = re.compile(r"(?<!\d)(?<!\d,)(?:" + MONEY + r")|(?<![\w.,])\d[\d.,]*\s*(?:k|m|mn|mln|bn|million|billion|crores?|lakhs?)\b", re.I)
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d.,]*|[$\u00a3\u20ac\u20b9?!]")
# a word with what stands between it and the word before: "Acme: Globex" gives (": ", "Globex")
_SPACED_TOKEN = re.compile(r"([^a-z\d$\u00a3\u20ac\u20b9?!]*)(" + _TOKEN.pattern + ")", re.I)
_MARKS = frozenset(".:;!?\u2014\u2013\"\u201c(|\u2022")


def _after_mark(space: str) -> bool:
    """Whether a word follows a mark (past spaces and quotes), ``space`` being what stands before it: it opens a part,
    capitalised or not."""
    trimmed = space.rstrip(" \t\n'\u2018")
    return trimmed != trimmed.rstrip("\"\u201c(") or (trimmed[-1:] in _MARKS and trimmed != "")


# Besides the n-grams, the stems of longer words: their first five letters ("acquires", "acquisition" -> "~acqui",
# "redundancies", "redundant" -> "~redun"), so a wording the n-grams never saw still shares features with ones they did.
# Measured on two folds of the development sets, each scored by a model trained without it (about 8,900 passages): +27
# true, +9 false. The words on either side of the company's name, tried beside it, gave +10 true for +3 false (noise),
# and read "Acme acquired DataCo" like "Acme was acquired": left out.
_STEM = 5


# Words of one class are also read as the class, in the 2- and 3-grams they make: a count in words as a number ("forty
# staff" as "40 staff"), and the nouns for the people a company employs as one ("lose their employment" and "lose their
# jobs" share "lose their <staff>"), so a wording the n-grams saw with one of them holds for the others. Measured on two
# folds of the 66 development sets of round 27, each scored by a model trained without it: 18,042 true / 653 false
# became 18,039 / 639.
_CLASSES = {**{word: "0" for word in re.findall(r"[a-z]{3,}", NUMBER_WORD)}, **{word: "<staff>" for word in """
employees employee staff staffers people persons workers worker colleagues teammates roles role positions position jobs job
posts personnel ftes employment workforce headcount""".split()}}


def sentence_features(sentence: str, company: CompanyName | None) -> list[str]:
    """The sorted word 1-, 2- and 3-grams of a sentence, the company's name read as ``<co>``,
    amounts as ``<money>`` and other numbers as ``0`` (and in the 2- and 3-grams, besides, words of a class
    as the class: other names as ``<name>``, counts in words, the staff's nouns); and the stems of longer
    words (``~acqui``)."""
    text = sentence.replace("\u2019", "'")
    marks: list[tuple[int, int, str]] = []
    if company:
        marks += [(m.start(), m.end(), "<co>") for pattern in company.patterns for m in pattern.finditer(text)]
    if _DIGIT.search(text):
        marks += [(m.start(), m.end(), "<money>") for m in _MONEY.finditer(text)]
    words: list[str] = []
    spaces: list[str] = []  # what stands before each word
    named: list[bool] = []
    position = 0
    # at one start the longest mark wins: "Arbor Mobility" is one <co>, not <co> and "mobility"
    for start, end, token in [*sorted(marks, key=lambda mark: (mark[0], -mark[1])), (len(text), len(text), "")]:
        if start < position:
            continue  # overlapping marks: the first one read wins
        last = text[position - 1:position]  # (what ends right before a word with no space: "cookies?Yes", "2917.HK")
        for space, word in _SPACED_TOKEN.findall(text, position, start):
            words.append("0" if word[0].isdigit() else word.lower())
            spaces.append(space)
            # a capitalised word inside the sentence, not after a mark: a name ("acquired by Globex", "led by Accel")
            named.append(word[0].isupper() and len(words) > 1 and not (_after_mark(space) if space else last[-1:] in _MARKS))
            last = word
        if token:
            words.append(token)
            spaces.append(" ")
            named.append(False)
        position = end
    if not _NEGATORS.isdisjoint(words) or "n't" in text:
        words = _negated(words, spaces)
    sequence = ["<s>", *words, "</s>"]
    grams = set(sequence)
    grams.update("~" + word[:_STEM] for word in words if len(word) > _STEM and word[0].isalpha())
    classed = ["<s>", *("<name>" if name else _CLASSES.get(word, word) for word, name in zip(words, named, strict=True)), "</s>"]
    for seq in (sequence, classed) if classed != sequence else (sequence,):
        for i in range(len(seq) - 1):
            grams.add(seq[i] + " " + seq[i + 1])
            if i + 2 < len(seq):
                grams.add(seq[i] + " " + seq[i + 1] + " " + seq[i + 2])
    return sorted(grams)


# Words that negate what follows them in their clause: the words after one, to the clause's end, are read marked ("nobody
# lost their job" gives "!lost", "!their", "!job"), so a negated wording does not share the features of the news
_NEGATORS = frozenset("not no never nobody none nothing neither nor without".split())
# ... unless the negator is one of these, which does not deny what follows ("no longer trading", "not only", "no fewer than")
_NOT_NEGATING = frozenset(["longer", "only", "just", "later", "fewer", "less", "more", "doubt", "matter", "surprise", "secret",
                           "small", "least"])
_CLAUSE_END = re.compile(r"[,;:.!?\u2014\u2013()]|\s-\s")


def _negated(words: list[str], spaces: list[str]) -> list[str]:
    out: list[str] = []
    scope = False
    for i, word in enumerate(words):
        if scope and _CLAUSE_END.search(spaces[i]):
            scope = False
        if scope:
            out.append("!" + word)
            continue
        out.append(word)
        if (word in _NEGATORS or word.endswith("n't")) and (words[i + 1] if i + 1 < len(words) else "") not in _NOT_NEGATING:
            scope = True
    return out


# a word inside a sentence, after a word in lower case or a comma: "the works are closed", "staff, operations"
_MID_WORD = re.compile(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b")


def common_words(texts: Iterable[str], *, least: int = 3) -> list[str]:
    """The words ``texts`` write in lower case inside a sentence at least ``least`` times, and more often so than
    capitalised there: "operations", "trading", "severance" are words; "Globex", "Hearth" (a company) are names."""
    lower: dict[str, int] = {}
    upper: dict[str, int] = {}
    for text in texts:
        for word in _MID_WORD.findall(text):
            counts = lower if word[0].islower() else upper
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    return sorted(word for word, count in lower.items() if count >= least and count > upper.get(word, 0) and len(word) > 2)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class TextModel:
    """Weights per kind; a kind is read when its probability reaches ``threshold``. ``words``: the words the training
    text writes in lower case (``common_words``), so a capitalised one that opens a sentence is a word, not a name."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    threshold: float
    words: frozenset[str] = frozenset()

    @cached_property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.weights)

    def probability(self, kind: str, features: Iterable[str]) -> float:
        weights = self.weights[kind]
        return _sigmoid(self.bias[kind] + sum([weights[feature] for feature in features if feature in weights]))

    @classmethod
    def from_json(cls, data: dict) -> TextModel:
        return cls(weights=data["weights"], bias=data["bias"], threshold=data["threshold"],
                   words=frozenset(data.get("words", ())))


@lru_cache(maxsize=1)
def text_model() -> TextModel | None:
    """The shipped model, read once; None when the package has none or it cannot be read (the
    rules still run, and the log says why)."""
    source = resources.files("valuation_spiders.analysis") / MODEL_FILE
    try:
        return TextModel.from_json(json.loads(source.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        logging.getLogger(__name__).warning("text signals run on the rules alone: %s unreadable (%s)", MODEL_FILE, error)
        return None


def train_kind(examples: Sequence[tuple[list[str], int]], *, epochs: int = 15, rate: float = 0.2,
               l2: float = 1e-5, seed: int = 0) -> tuple[dict[str, float], float]:
    """Logistic regression by stochastic gradient descent over (features, 0/1) examples.

    Deterministic: the same examples in the same order give the same weights (features are
    sorted lists, the shuffle is seeded).
    """
    order = list(range(len(examples)))
    shuffle = random.Random(seed).shuffle
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(epochs):
        shuffle(order)
        step = rate / (1 + epoch * 0.5)
        for index in order:
            features, label = examples[index]
            gradient = _sigmoid(bias + sum(weights.get(feature, 0.0) for feature in features)) - label
            for feature in features:
                weight = weights.get(feature, 0.0)
                weights[feature] = weight - step * (gradient + l2 * weight)
            bias -= step * gradient
    return weights, bias
