"""Round 29 of the detectors (issue 12): what the trained model may read, by a sentence's structure rather than its words.

- A capitalised word is no party to the news where the sentence gives it as a place, a source or an agent, after a
  preposition ("in Valencia", "led by Insight Partners", "from Trent Angels"), as money ("EUR 2.5 million") or as a
  round's name ("Series C"): a sentence that names nobody else is still the company's on its own site.
- An unsure word (a negation, a question, a condition) governs its clause, not the whole sentence: "has ceased
  operations in its two markets, and will not be resuming service" is read by its first clause. Hearsay and a question
  govern more: the whole sentence unless confirmed, and the question from the mark before it.
- The model reads other names as one class (``<name>``) besides the names themselves, so "acquired by Globex" and
  "acquired by Tern" share what they say.

Found on the cross-validated development sets (README, round 29); each family is written here in new words, beside its
look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import reads_everything, rules_read
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.grammar import company_name
from valuation_spiders.analysis.learned import sentence_features
from valuation_spiders.analysis.text_signals import _sure_clauses, detect_text_signals, model_may_read


@pytest.mark.parametrize(("kind", "sentence", "expected"), [
    # names given as the round's investors, places, money or the round's name: nobody else's news
    ("funding", "The $40m Series C was led by Insight Partners, with participation from Index Ventures.", True),
    ("funding", "The fresh capital from the round lets the lab open a second site in Montréal and Lyon.", True),
    ("funding", "The share capital increase of EUR 2.5 million was paid in by the existing shareholders.", True),
    ("layoffs", "The affected colleagues in Osaka and Nagoya were told on Monday that their roles are gone.", True),
    ("acquisition", "As of this week the startup belongs to PetWorks Global, which bought it for an undisclosed sum.", False),
    # a name after "at" or "of", a possessive, a name the sentence goes on to tell of, a name as the subject
    ("layoffs", "Forty jobs were cut at Globex Foods this week.", False),
    ("layoffs", "The cuts hit 300 workers in Globex's Berlin office.", False),
    ("layoffs", "Six engineers joined from Gravel, a startup that had to let most of its staff go.", False),
    ("funding", "Globex raised $10M in a round led by Accel.", False),
])
def test_names_that_are_no_party_to_the_news(kind, sentence, expected):
    assert model_may_read(kind, sentence, company_name("Larkin")) is expected


@pytest.mark.parametrize(("sentence", "read"), [
    # the clause an unsure word is in is left out; the others are read
    ("Mtaa Rides has ceased operations in both its markets, and will not be resuming service.",
     "Mtaa Rides has ceased operations in both its markets"),
    ("Q: Is Nook Reader shutting down? A: Yes. The company is winding down.", "A; Yes. The company is winding down."),
    # a question from the mark before it, whatever it joins, and from the mark before that for a topic with no verb
    ("so Cirrus got bought and they're killing the app?? ugh", "ugh"),
    ("The final chapter for Cirrus: does the service go offline on 30 June?", ""),
    ("Cirrus has been acquired: what does it mean for you?", "Cirrus has been acquired"),
    # hearsay governs the whole sentence, unless it is confirmed
    ("According to press reports, Acme has been sold to Globex; we do not comment on speculation.", ""),
    ("And yes, the rumours are true: as of this week we're owned by Pinewood Media.",
     "as of this week we're owned by Pinewood Media."),
    # every clause unsure, or none
    ("We are not shutting down and we never will.", ""),
    ("Acme has been acquired by Globex.", "Acme has been acquired by Globex."),
])
def test_an_unsure_word_governs_its_clause(sentence, read):
    assert _sure_clauses(sentence) == read


@pytest.mark.parametrize(("kind", "text", "expected"), [
    ("shutdown", "Tallis Rides has suspended its rides in every city, and will not be bringing them back.", {"shutdown"}),
    # (since round 33 the rules read "Half of the Tallis Rides drivers were let go": a sentence they do not read stands here)
    ("layoffs", "Tallis Rides trimmed its driver team by half on Friday, but the app isn't going anywhere.", {"layoffs"}),
    ("layoffs", "Tallis Rides parted ways with a third of its crew this week, though nobody in support was affected.",
     {"layoffs"}),
    # the unsure clause is the one that carries the news: nothing to read
    ("shutdown", "Tallis Rides is not winding anything down, and the app keeps running.", set()),
    ("layoffs", "Tallis Rides would never let its crew go for a quarter's numbers.", set()),
    # hearsay, unconfirmed
    ("shutdown", "There are rumours that Tallis Rides is winding down its rides in Leeds.", set()),
])
def test_the_model_reads_the_sure_clauses_of_a_sentence(monkeypatch, kind, text, expected):
    assert rules_read(text, "Tallis Rides") == set()  # (the rules do not read these: what flags is the model's reading)
    monkeypatch.setattr(text_signals, "text_model", lambda: reads_everything(kind))
    found = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company="Tallis Rides",
                                                 year=2026) if s.flagging}
    assert found == expected


def test_other_names_are_read_as_a_class():
    features = set(sentence_features("Tern was bought by Globex Foods for $5M, the founders said.", company_name("Tern")))
    assert {"by <name>", "bought by <name>", "<name> <name> for"} <= features
    assert "by globex" in features  # the words themselves stay
    # a capitalised word after a mark opens a part of the sentence: not a name
    features = set(sentence_features("Update: Closing dates are set.", None))
    assert not any("<name>" in feature for feature in features)


@pytest.mark.parametrize(("text", "expected"), [
    # a term in parentheses, which the sentence reads the same without: a translation, an abbreviation
    ("Brekkestua AS has temporarily laid off (permittert) 22 employees at its Tromsø hotel.", {"layoffs"}),
    ("Brekkestua AS has given notice of redundancy (varsel) to 14 employees.", {"layoffs"}),
    # not a phrase that qualifies the clause, a date or a count
    ("The week we shut everything down (on purpose): Brekkestua runs a game day every spring.", set()),
    ("Brekkestua AS laid off 22 employees (in 2024).", set()),
])
def test_a_gloss_in_parentheses_is_read_past(text, expected):
    assert rules_read(text, "Brekkestua AS") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # surprise at a fact: the fact stays
    ("I still can't believe Lanternly is shutting down, it got me through two winters.", {"shutdown"}),
    ("Couldn't believe it when the email came: Lanternly has been acquired by Globex.", {"acquisition"}),
    # a negation of the news itself stays a negation
    ("Lanternly is not shutting down.", set()),
    ("We can't believe how many people asked; no, Lanternly is not shutting down.", set()),
])
def test_cannot_believe_is_no_negation_of_its_fact(text, expected):
    assert rules_read(text, "Lanternly") == expected
