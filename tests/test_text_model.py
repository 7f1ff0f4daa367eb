"""The trained sentence model behind the text rules (analysis/learned.py, analysis/training.py).

What a user notices: wordings no rule was written for are flagged, with the sentence as
evidence; on a page seen for the first time it reads only a sale or a closure, and must be surer; it never
flags a sentence that is negated,
hedged, about a customer or history, or whose reading the rules' sentence guards pass over; a
rule's evidence is shown before the model's. And the shipped model is the one the development
sets train, so a label change cannot leave a stale model behind.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from valuation_spiders.analysis.grammar import company_name
from valuation_spiders.analysis.learned import TextModel, sentence_features, text_model, train_kind
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.text_signals import _FIRST_SNAPSHOT_THRESHOLD, detect_text_signals, model_may_read
from valuation_spiders.analysis.training import labelled_sentences, train_model, training_examples

ROOT = Path(__file__).resolve().parent.parent
FLAGGING = {"funding", "acquisition", "shutdown", "layoffs"}


def kinds(text: str, company: str, *, first: bool = False, learned: bool = True) -> set[str]:
    return {s.kind for s in detect_text_signals(text, "https://x.example/news", first_snapshot=first,
                                                company=company, learned=learned)} & FLAGGING


# Wordings no rule reads (learned=False finds nothing) that the model does.
MODEL_ONLY = [
    ("Dingo Labs", "Sadly, 40 colleagues at Dingo Labs are leaving us this week as we resize the company.", "layoffs"),
    ("Numbat", "This is the final chapter for Numbat: the service goes offline on 30 June.", "shutdown"),
    ("Bilby", "Fresh fuel for Bilby: a $9M Series A from Square Peg.", "funding"),
]


@pytest.mark.parametrize(("company", "text", "kind"), MODEL_ONLY)
def test_the_model_reads_wordings_no_rule_reads(company, text, kind):
    assert kinds(text, company, learned=False) == set()
    signals = detect_text_signals(text, "https://x.example/news", first_snapshot=False, company=company)
    assert [(s.kind, s.evidence) for s in signals if s.kind in FLAGGING] == [(kind, text)]


@pytest.mark.parametrize(("company", "text", "kind"), MODEL_ONLY)
def test_on_a_first_snapshot_the_model_reads_only_a_sale_or_a_closure_and_must_be_surer(company, text, kind):
    surer = text_model().probability(kind, sentence_features(text, company_name(company))) >= _FIRST_SNAPSHOT_THRESHOLD
    assert kinds(text, company, first=True) == ({kind} if kind in {"acquisition", "shutdown"} and surer else set())


@pytest.mark.parametrize(("probability", "later", "first"), [(0.7, True, False), (0.9, True, True), (0.5, False, False)])
def test_a_first_snapshot_asks_more_of_the_model(monkeypatch, probability, later, first):
    # a model that reads a closure no rule reads with a given probability, and a round no rule reads as surely as can be
    closure = "This is the final chapter for Numbat: the service goes offline on 30 June."
    round_ = "Fresh fuel for Bilby: a $9M Series A from Square Peg."
    logit = math.log(probability / (1 - probability))
    model = TextModel({"shutdown": {"offline": logit}, "funding": {"fuel": 9.0}}, {"shutdown": 0.0, "funding": 0.0}, 0.6)
    monkeypatch.setattr(text_signals, "text_model", lambda: model)
    assert kinds(closure, "Numbat", learned=False) == kinds(round_, "Bilby", learned=False) == set()
    assert kinds(closure, "Numbat") == ({"shutdown"} if later else set())
    assert kinds(closure, "Numbat", first=True) == ({"shutdown"} if first else set())
    assert kinds(round_, "Bilby") == {"funding"}
    assert kinds(round_, "Bilby", first=True) == set()  # a round on a page seen for the first time is not news


def _model_reads(company: str, text: str, kind: str) -> bool:
    model = text_model()
    return model.probability(kind, sentence_features(text, company_name(company))) >= model.threshold


@pytest.mark.parametrize(("company", "text", "kind"), [
    # hedged, asked, denied, an exception: scope the model cannot read is left to the rules
    ("Numbat", "This could be the final chapter for Numbat: the service goes offline on 30 June.", "shutdown"),
    ("Numbat", "The final chapter for Numbat: does the service go offline on 30 June?", "shutdown"),
    ("Numbat", "Rumours: this is the final chapter for Numbat, the service goes offline on 30 June.", "shutdown"),
    ("Numbat", "This is the final chapter for Numbat: the service goes offline on 30 June except in Japan.", "shutdown"),
    ("Numbat", "Numbat expects to write its final chapter: the service goes offline on 30 June.", "shutdown"),
    # a dated history
    ("Dingo Labs", "Sadly, 40 colleagues at Dingo Labs left the company in 2019 as we resized the team.", "layoffs"),
    ("Dingo Labs", "Sadly, 40 colleagues at Dingo Labs left the company last year as we resized the team.", "layoffs"),
    # no mention of the company at all: the model cannot tell whose news it is
    ("Quarry", "This is the final chapter for Numbat: the service goes offline on 30 June.", "shutdown"),
])
def test_the_model_leaves_scope_and_other_parties_to_the_rules(company, text, kind):
    # the words alone would be read as news (so the guard, not the weights, decides here) ...
    assert _model_reads(company, text, kind)
    # ... and the sentence is not flagged
    assert kinds(text, company) == set()


def test_the_model_reads_the_words_after_a_negator_as_negated():
    # since round 32 the weights see a negated clause's words marked ("!leaving"): the model reads the negated sentence less
    # surely than the same sentence told plainly (round 33's retraining left it above the threshold, 0.71 against 1.0), and
    # the guard keeps it from a crawl's flags
    text = "Sadly, 40 colleagues at Dingo Labs will not be leaving us this week as we resize the team."
    model, name = text_model(), company_name("Dingo Labs")
    plain = text.replace("will not be leaving", "are leaving")
    assert model.probability("layoffs", sentence_features(text, name)) < model.probability("layoffs", sentence_features(plain, name))
    assert kinds(text, "Dingo Labs") == set()
    # ... and the words before it, or after a negator that denies nothing ("no longer"), are read as they are
    assert _model_reads("Dingo Labs", "Sadly, 40 colleagues at Dingo Labs are leaving us this week as we resize the company.",
                        "layoffs")
    assert "!trading" not in sentence_features("Dingo Labs is no longer trading.", company_name("Dingo Labs"))
    assert "!leaving" in sentence_features("Nobody is leaving Dingo Labs.", company_name("Dingo Labs"))


def test_another_companys_news_is_not_the_models_to_read():
    # a customer's news is not the company's, whatever the weights make of its words ...
    assert kinds("Sadly, 40 colleagues at our customer Dingo Labs are leaving this week as they resize the company.",
                 "Quarry") == set()
    # ... the guard holds where the weights read it as ours: "our customer" before news the words alone read as ours
    text = "Our customer Numbat: this is the final chapter, the service goes offline on 30 June."
    assert _model_reads("Quarry", text, "shutdown")
    assert kinds(text, "Quarry") == set()


def test_the_rules_sentence_guards_apply_to_the_model():
    sentence = "Fresh fuel for Bilby: a $9M Series A from Square Peg."
    assert _model_reads("Bilby", sentence, "funding")
    about = f"About Bilby\n{sentence} Bilby makes soil sensors for farms."
    assert kinds(about, "Bilby") == set()  # an "About <Company>" boilerplate paragraph is history


def test_a_rules_evidence_is_shown_before_the_models():
    text = ("Fresh fuel for Bilby: a $9M Series A from Square Peg.\n"
            "Bilby has raised $9 million in a Series A round led by Square Peg.")
    [signal] = [s for s in detect_text_signals(text, "u", first_snapshot=False, company="Bilby") if s.kind == "funding"]
    assert signal.evidence == "Bilby has raised $9 million in a Series A round led by Square Peg."


@pytest.mark.parametrize(("company", "sentence", "present", "absent"), [
    ("1Password", "1Password raised $100M.", {"<co>", "<co> raised <money>"}, {"0password"}),
    ("Acme2", "Acme2 was acquired by Acme1.", {"<s> <co> was", "acquired by acme"}, {"acme1"}),
    ("X.ai", "X.ai closes a US$4.5m seed round.", {"<co> closes a", "a <money> seed"}, set()),
    ("Tern", "Tern raised £750k, Rs 25 crore and EUR 3 million.", {"raised <money>", "<money> and <money>"}, {"crore"}),
    ("Tern", "Globex cut 120 jobs.", {"cut 0 jobs"}, {"<co>"}),
])
def test_features_read_the_company_and_amounts_as_tokens(company, sentence, present, absent):
    features = set(sentence_features(sentence, company_name(company)))
    assert present <= features
    assert not absent & features


def test_training_is_deterministic_and_learns():
    examples = [(["raised", "<money>"], 1), (["hired", "engineers"], 0)] * 20
    first, again = train_kind(examples, epochs=10), train_kind(examples, epochs=10)
    assert first == again
    model = TextModel({"funding": first[0]}, {"funding": first[1]}, 0.5)
    assert model.probability("funding", ["raised", "<money>"]) > 0.9
    assert model.probability("funding", ["hired", "engineers"]) < 0.1


def test_sentence_labels_come_from_the_passage_and_the_rules():
    rows = labelled_sentences([
        # the rules read the first sentence: the positive; the second is not labelled funding either way
        {"company": "Tern", "text": "Tern has raised $5M in seed funding from Accel. We are hiring in Leeds.",
         "expected": ["funding"]},
        {"company": "Tern", "text": "Tern hired 40 engineers.", "expected": []},
        # a first snapshot labels only shutdown and acquisition
        {"company": "Tern", "text": "Tern raised $5M in 2019.", "expected": [], "first_snapshot": True},
    ])
    assert [labels for _, labels in rows] == [
        {"funding": 1, "acquisition": 0, "shutdown": 0, "layoffs": 0},
        {"funding": 0},  # the same sentence on Accel's site: no news for Accel
        {"acquisition": 0, "shutdown": 0, "layoffs": 0},
        {"funding": 0, "acquisition": 0, "shutdown": 0, "layoffs": 0},
        {"acquisition": 0, "shutdown": 0},
    ]
    assert "<co> has raised" in rows[0][0] and "from <co>" in rows[1][0]


def test_training_finds_the_sentence_of_news_no_rule_reads():
    """A passage that must flag a kind where no rule reads any sentence: its likeliest sentence (as
    the model trained on the rest reads them) is taken as the positive, so the wording is learned."""
    names = ["Tern", "Wrasse", "Lundy", "Garfish", "Dovetail", "Corbel", "Numbat", "Quarry", "Fennel", "Sorrel"]
    buyers = ["Globex", "Initech", "Hooli", "Umbrella", "Vandelay"]
    passages = []
    for i, name in enumerate(names * 2):
        buyer = buyers[i % len(buyers)]
        # the rules read these one-sentence passages; the model learns "accepted an offer" from them ...
        passages.append({"company": name, "text": f"{name} has been acquired by {buyer}.", "expected": ["acquisition"]})
        passages.append({"company": name, "text": f"{name} has launched a new app for {buyer}.", "expected": []})
        # ... and a wording no rule reads only ever comes second in a longer passage
        passages.append({"company": name, "expected": ["acquisition"],
                         "text": f"Big day for the team. {name}'s shareholders accepted the {buyer} deal in full."})
    sentence = "Acme shareholders accepted the Globex deal in full."
    assert "acquisition" not in kinds(sentence, "Acme", learned=False)
    assert not any(labels.get("acquisition") == 1 and "deal in" in " ".join(features)
                   for features, labels in labelled_sentences(passages))  # no rule gives it a label
    model = TextModel.from_json(train_model(passages, threshold=0.6, epochs=15))
    assert model.probability("acquisition", sentence_features(sentence, company_name("Acme"))) >= 0.6
    assert model.probability("acquisition", sentence_features("Big day for the team.", company_name("Acme"))) < 0.6


@pytest.mark.parametrize(("company", "text", "plain", "kind"), [
    # a deal called off, money the company puts into others, an investor's own fund: the rules scope these
    ("Acme", "Acme and Globex have abandoned the merger.", "Acme and Globex have completed the merger.", "acquisition"),
    ("Alder Systems", "Alder Systems and Birchwood Software have agreed to terminate their merger agreement.",
     "Alder Systems and Birchwood Software have agreed to their merger agreement.", "acquisition"),
    ("Lumen Forge", "Lumen Forge has invested Rs 5 crore in agri-drone startup SkyPlough.",
     "Lumen Forge has raised Rs 5 crore from agri-drone investor SkyPlough.", "funding"),
    ("Acme", "Acme has closed Fund II at $40M.", "Acme has closed a Series B at $40M.", "funding"),
    # "us" is no subject: another company's news "seen by us"
    ("OrbitPay", "Lendrift is cutting about 20% of its staff, per an internal memo seen by us.",
     "We are cutting about 20% of our staff, per an internal memo.", "layoffs"),
    # the company's users as the subject
    ("Acme", "Founders using Acme have raised over $2 billion in seed rounds.", "Acme has raised over $2 billion in seed rounds.",
     "funding"),
])
def test_the_model_leaves_called_off_deals_outgoing_money_and_others_news_to_the_rules(company, text, plain, kind):
    assert model_may_read(kind, plain, company_name(company))  # the wording without the guard word is the model's
    assert not model_may_read(kind, text, company_name(company))
    assert kind not in kinds(text, company)


def test_the_shipped_model_is_package_data():
    model = text_model()
    assert model is not None and model.kinds == FLAGGING and 0.5 <= model.threshold < 1


def test_the_shipped_model_is_what_the_development_sets_train():
    result = subprocess.run([sys.executable, "tools/train_text_model.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_model_records_what_it_was_trained_from():
    """``--check`` compares fingerprints instead of training again: any change to what training
    reads (a label a rule gives, a set's passage, a parameter) must give another fingerprint."""
    passages = [{"company": "Tern", "text": "Tern has raised $5M in seed funding. We are hiring.", "expected": ["funding"]},
                {"company": "Tern", "text": "Tern hired 40 engineers.", "expected": []}]
    examples = training_examples(passages)
    same = examples.fingerprint(threshold=0.6, epochs=5, prune=0.05)
    assert same == training_examples(passages).fingerprint(threshold=0.6, epochs=5, prune=0.05)
    assert train_model(passages, threshold=0.6, epochs=5)["inputs"] == same
    relabelled = [passages[0], {**passages[1], "expected": ["layoffs"]}]
    reworded = [passages[0], {**passages[1], "text": "Tern hired 41 engineers and two designers."}]
    assert len({same, training_examples(relabelled).fingerprint(threshold=0.6, epochs=5, prune=0.05),
                training_examples(reworded).fingerprint(threshold=0.6, epochs=5, prune=0.05),
                examples.fingerprint(threshold=0.6, epochs=6, prune=0.05)}) == 4


def test_an_unreadable_model_leaves_the_rules_running(tmp_path, monkeypatch, caplog):
    from valuation_spiders.analysis import learned

    (tmp_path / learned.MODEL_FILE).write_text('{"weights": {"funding": ', encoding="utf-8")  # cut short
    monkeypatch.setattr(learned.resources, "files", lambda package: tmp_path)
    learned.text_model.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            assert kinds("Tern has raised $5M in seed funding.", "Tern") == {"funding"}  # the rules
            assert kinds(MODEL_ONLY[0][1], MODEL_ONLY[0][0]) == set()  # no model
        assert "rules alone" in caplog.text and learned.MODEL_FILE in caplog.text
    finally:
        monkeypatch.undo()
        learned.text_model.cache_clear()
    assert kinds(MODEL_ONLY[0][1], MODEL_ONLY[0][0]) == {MODEL_ONLY[0][2]}
