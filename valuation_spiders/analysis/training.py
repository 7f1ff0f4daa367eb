"""Training the sentence model (``learned.py``) from labelled passages.

A labelled passage says which kinds it must flag, not which of its sentences says so. Each
sentence gets a label per kind:

- a kind the passage must not flag: every sentence is a negative for it (on a first snapshot
  only shutdown and acquisition are labelled: a funding sentence there is not news but may be
  true);
- a kind the passage must flag: the sentences the rules read it in are positives; a passage of
  one sentence is a positive even when the rules miss it; the other sentences are left out (a
  "led by Accel" sentence after the announcement is neither). Where no rule reads the kind in a
  longer passage, ``train_model`` takes the sentence a first training finds likeliest (among those
  the model may read at all) as the positive and trains again;
- the same positive sentence read as if the site were another company it names is a negative
  ("DataPulse has been acquired by Finlytics" is no news about Finlytics; "led by Accel" is not
  Accel's round). So the model learns which side of the verb the company is on, not only the verb.
  A merger is news for both sides and is not turned round.

Pure code: the passages come in as dicts (the ``sentences.jsonl`` rows), the model goes out
as a dict ready for JSON.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .grammar import company_name, split_sentences
from .kinds import FIRST_SNAPSHOT_KINDS, FLAGGING_KINDS, TEXT_KINDS
from .learned import _sigmoid, common_words, sentence_features, train_kind
from .text_signals import detect_text_signals, model_may_read

__all__ = ["EPOCHS", "MODEL_KINDS", "PRUNE", "Examples", "labelled_sentences", "train_model", "training_examples"]

# passes over the examples, and the smallest weight kept
EPOCHS = 40
PRUNE = 0.05

# the text kinds that flag a company: funding, acquisition, shutdown, layoffs
MODEL_KINDS = tuple(kind for kind in TEXT_KINDS if kind in FLAGGING_KINDS)


def labelled_sentences(passages: Iterable[dict]) -> list[tuple[list[str], dict[str, int]]]:
    """(features, {kind: 0 or 1}) per sentence; a kind missing from the dict is not labelled."""
    return _label(passages)[0]


@dataclass(frozen=True)
class Examples:
    """What the model is trained from: the labelled sentences, and the candidates of the passages
    whose kind no rule reads (see ``_label``)."""

    labelled: list[tuple[list[str], dict[str, int]]]
    unread: list[tuple[str, list[list[str]]]]

    def fingerprint(self, **parameters: object) -> str:
        """sha256 of everything training reads: the examples, the parameters and the training code.

        Training is deterministic, so equal fingerprints give equal models; a changed rule that
        moves one label, a changed feature or a new set gives another fingerprint. Computing it
        takes the labelling (seconds); training takes minutes.
        """
        digest = hashlib.sha256()
        for part in (self.labelled, self.unread, sorted(parameters.items())):
            digest.update(json.dumps(part, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        for function in (train_kind, _sigmoid, train_model, _score, common_words):
            digest.update(inspect.getsource(function).encode("utf-8"))
        return digest.hexdigest()


def training_examples(passages: Iterable[dict]) -> Examples:
    return Examples(*_label(passages))


def _label(passages: Iterable[dict]) -> tuple[list[tuple[list[str], dict[str, int]]], list[tuple[str, list[list[str]]]]]:
    """The labelled sentences, and for each kind a passage must flag that no rule reads in any of
    its sentences, the features of the sentences the model could read it in (left for ``train_model``)."""
    out = []
    unread: list[tuple[str, list[list[str]]]] = []
    for passage in passages:
        expected = set(passage["expected"])
        company = passage.get("company")
        name = company_name(company)
        first = passage.get("first_snapshot", False)
        sentences = split_sentences(passage["text"])
        fired = [{signal.kind for signal in detect_text_signals(sentence, "https://company.example/",
                                                                first_snapshot=False, company=company,
                                                                learned=False)}
                 for sentence in sentences]
        if len(sentences) > 1 and not first:
            for kind in MODEL_KINDS:
                if kind in expected and not any(kind in kinds for kinds in fired):
                    candidates = [sentence_features(sentence, name) for sentence in sentences
                                  if model_may_read(kind, sentence, name if company else None)]
                    if candidates:
                        unread.append((kind, candidates))
        for sentence, kinds in zip(sentences, fired, strict=True):
            labels = {}
            for kind in MODEL_KINDS:
                if kind in expected:
                    if kind in kinds or len(sentences) == 1:
                        labels[kind] = 1
                elif not first or kind in FIRST_SNAPSHOT_KINDS:
                    labels[kind] = 0
            if labels:
                out.append((sentence_features(sentence, name), labels))
            positives = [kind for kind, label in labels.items() if label == 1]
            if positives and company and name.matches(sentence):
                out += _other_sides(sentence, company, positives)
    return out, unread


# Capitalised runs of words: names of companies, investors, people and places.
_NAMES = re.compile(r"(?<![\w.])[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*)*")
_NOT_NAMES = frozenset("""
the a an we our it this that today in on at after before as by for from with to of and but or so if when while
since during following last next new series seed round pre ceo cto cfo coo inc ltd llc corp plc
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
""".split())
_TURNS = re.compile(r"merg|combin|join", re.I)


def _other_sides(sentence: str, company: str, positives: list[str]) -> list[tuple[list[str], dict[str, int]]]:
    """The sentence as read on the site of each other company it names: no news for them."""
    kinds = [kind for kind in positives if not (kind == "acquisition" and _TURNS.search(sentence))]
    if not kinds:
        return []
    own = company_name(company)
    out = []
    for match in _NAMES.finditer(sentence):
        words = match.group().rstrip(".'").split()
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)
        other = " ".join(words)
        if len(other) >= 3 and not own.matches(other) and not (other.isupper() and len(other) <= 4):
            out.append((sentence_features(sentence, company_name(other)), dict.fromkeys(kinds, 0)))
    return out


def _score(weights: dict[str, float], bias: float, features: list[str]) -> float:
    return bias + sum(weights.get(feature, 0.0) for feature in features)


def train_model(passages: Sequence[dict], *, threshold: float, epochs: int = EPOCHS, prune: float = PRUNE) -> dict:
    """Weights per kind (those smaller than ``prune`` dropped), as the JSON ``TextModel`` reads, with
    the fingerprint of what it was trained from (``inputs``)."""
    given = training_examples(passages)
    examples, unread = given.labelled, given.unread
    weights, bias = {}, {}
    for kind in MODEL_KINDS:
        kept = [(features, labels[kind]) for features, labels in examples if kind in labels]
        kind_weights, kind_bias = train_kind(kept, epochs=epochs)
        # A passage that must flag the kind where no rule reads it: its likeliest sentence, as the
        # model trained on the rest reads them, is the positive (the wordings the rules miss are the
        # ones the model is for); then train again with them.
        found = [max(candidates, key=lambda features: _score(kind_weights, kind_bias, features))
                 for unread_kind, candidates in unread if unread_kind == kind]
        if found:
            kind_weights, kind_bias = train_kind(kept + [(features, 1) for features in found], epochs=epochs)
        weights[kind] = {feature: round(weight, 4) for feature, weight in sorted(kind_weights.items())
                         if abs(weight) >= prune}
        bias[kind] = round(kind_bias, 4)
    return {"threshold": threshold, "epochs": epochs, "sentences": len(examples),
            "inputs": given.fingerprint(threshold=threshold, epochs=epochs, prune=prune), "bias": bias, "weights": weights,
            "words": common_words(passage["text"] for passage in passages)}
