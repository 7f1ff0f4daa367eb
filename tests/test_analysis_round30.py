"""Round 30 of the detectors (issue 12): who a sentence's subject is, told by its structure.

- A subject that a relative clause ties to the company ("The utility that buys our power", "The agency which built our
  website") is someone else: the company's words inside the clause are the clause's object, not the sentence's subject.
  Still the company: its own people and products ("The team that built Acme", "The platform that hosts our creators'
  stores"), its own events ("The plan that cuts 40 of our roles"), the maker of its name ("The company that makes
  Fernlight"), and the owner that bought it, acting on its staff.
- The model is not let read a sentence whose every keyword has someone the company deals with for subject ("Sennen's
  supplier has been declared bankrupt"), unless the company is the object ("Our investors have decided to wind down the
  company").
- The company as a buyer, after a short legal form ("Foxglove AB has acquired ..."), or with a stake for object ("has
  acquired all shares in ..."): no sale of the company for the model to read.
- A contraction is its full form: "It's closing next month" reads as "It is closing next month"; after "is" or "are",
  "close" is an adjective ("we're close!"), not the verb.

Found on the development sets train60 and train61 and on the review probes of round 29 (README, round 30); each family is
written here in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import reads_everything, rules_read
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.grammar import company_name, subject_before, tied_other
from valuation_spiders.analysis.text_signals import detect_text_signals


@pytest.mark.parametrize(("prefix", "head"), [
    # the company's words are the relative clause's object: the subject is the one the clause tells of
    ("The agency which built our website ", "agency"),
    ("Sadly, the courier that delivers our parcels ", "courier"),
    ("One of the banks that hold our deposits ", "banks"),
    ("The studio which made Marlpit's first game ", "studio"),
    # the company's own people, its own events, its owner, the maker of its name: no one else
    ("The team that built Marlpit ", None),
    ("The company that makes Marlpit ", None),
    ("The platform that hosts our creators' stores ", None),
    ("The restructuring plan that cuts 40 of our roles ", None),
    ("The group that acquired Marlpit ", None),
    # "that" after a verb of saying opens what is said, not a relative clause
    ("The wind-down means that all of our team ", None),
    # a mark closes the relative clause before the verb
    ("The post that started it all - Marlpit ", None),
])
def test_a_relative_clause_tells_whose_subject_it_is(prefix, head):
    other = tied_other(prefix, company_name("Marlpit"))
    assert (other.head if other else None) == head


def test_the_subject_a_relative_clause_tells_replaces_the_company_words_in_it():
    subject = subject_before("The agency which built our website ", company_name("Marlpit"))
    assert (subject.kind, subject.head) == ("generic", "agency")
    subject = subject_before("The team that built Marlpit ", company_name("Marlpit"))
    assert subject.kind == "self"


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency which built our website laid off 40 staff this week.", set()),
    ("The bakery that supplies Marlpit's cafés has shut down for good.", set()),
    ("The team that built Marlpit has joined Globex.", {"acquisition"}),
    ("The co-operative that bought Marlpit last month has made nine shop staff redundant.", {"layoffs"}),
    ("Marlpit laid off 40 staff this week.", {"layoffs"}),
])
def test_the_rules_read_the_subject_a_relative_clause_tells(text, expected):
    assert rules_read(text, "Marlpit") == expected


@pytest.mark.parametrize(("kind", "text", "expected"), [
    # someone a relative clause ties to the company: not the company's news, whatever the model makes of the words
    ("acquisition", "The utility that buys our power was sold to Ellesmere, and the contract isn't affected.", set()),
    ("shutdown", "The bank that holds our deposits has gone under.", set()),
    ("layoffs", "The warehouse which packs our orders let a third of its pickers go.", set()),
    # the company itself, or its own thing, as the subject
    ("shutdown", "The service that Marlpit runs for schools is going offline for good on 1 May.", {"shutdown"}),
    # the company's relations as the subject, unless the company is the object
    ("shutdown", "Sennen AB's supplier has been declared bankrupt, and we have moved production to a new partner.", set()),
    ("shutdown", "Our landlord, Harker Estates, went into liquidation last week.", set()),
    ("shutdown", "Our investors have decided to wind down the company.", {"shutdown"}),
    ("acquisition", "The distributor that sells our kits in Europe has agreed to acquire Marlpit.", {"acquisition"}),
    # the company buying: "AB" is its legal form, "all shares in" a stake
    ("acquisition", "Foxglove AB has acquired all shares in Vanhala Digital, a Finnish agency.", set()),
])
def test_the_model_is_not_let_read_someone_elses_news(monkeypatch, kind, text, expected):
    monkeypatch.setattr(text_signals, "text_model", lambda: reads_everything(kind))
    company = "Foxglove AB" if text.startswith("Foxglove") else "Sennen AB" if text.startswith("Sennen") else "Marlpit"
    found = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company=company,
                                                 year=2026) if s.flagging}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count with its hedge ("around", "close to") is still a count of people cut (round 30's modal pattern had taken
    # the hedge pattern's name: tests/test_module_names.py)
    ("We are parting ways with around 30 colleagues as we reshape Marlpit around fewer products.", {"layoffs"}),
    ("Marlpit has sacked around 80 employees in a cost-cutting exercise, sources told Entrackr.", {"layoffs"}),
])
def test_a_hedged_count_of_people_is_a_count(text, expected):
    assert rules_read(text, "Marlpit") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a contraction reads as its full form
    ("Marlpit makes tents. It's closing next month.", {"shutdown"}),
    ("We're closing. Thanks for five years.", {"shutdown"}),
    ("Marlpit's closed for good, after nine years.", {"shutdown"}),
    # after "is" or "are", "close" is no verb
    ("The term sheet hasn't closed yet, so no champagne, but we're close!", set()),
    ("We are close.", set()),
    # a closed state at a time, written either way
    ("Sorry, we're closed, back Monday at 9am.", set()),
    ("It's closed on 25 December.", set()),
    ("Marlpit will close permanently on 31 May.", {"shutdown"}),
    # a possessive before a noun
    ("Marlpit's closing sale starts on Monday.", set()),
])
def test_a_contraction_reads_as_its_full_form(text, expected):
    assert rules_read(text, "Marlpit") == expected
