"""Round 24 of the detectors (issue 12): a company's row of a feed or a table written between bullets; the feed's
abbreviations ("Ser. A", "acq. by"); the trained model reading a sentence that names nobody but the company.

Found on the development sets written this round (train46: short and structured text; train47: informal voices and
context in a neighbouring sentence) and on the development sets' two-fold cross-validation (README, round 24). Each family
is written here in new words, beside the look-alikes it must not catch (many found by a review helper's 463 probes).
"""

from __future__ import annotations

import pytest

from tests.text_reading import rules_read as kinds
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.grammar import as_row, company_name, split_sentences
from valuation_spiders.analysis.learned import TextModel
from valuation_spiders.analysis.text_signals import detect_text_signals, model_may_read


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the company's row: its name, then short fields between bullets
    ("Larkin", "Larkin \u2022 Series A \u2022 $8M \u2022 lead: Harbour Ventures", {"funding"}),
    ("Larkin", "Larkin \u2022 seed \u2022 $1.2M", {"funding"}),
    ("Larkin", "Larkin Ltd \u2022 M&A \u2022 acq. by Tollgate Systems (100%)", {"acquisition"}),
    ("Larkin", "Larkin \u2022 acquired by \u2022 Tollgate Systems", {"acquisition"}),
    # a row of an earlier year is history; another company's row is its own
    ("Larkin", "Larkin \u2022 Series A \u2022 $8M \u2022 2024", set()),
    ("Larkin", "Tollgate \u2022 Series A \u2022 $8M \u2022 Feb 2026", set()),
    # items of a list after the company's name, each a sentence with its own subject: others' news
    ("Larkin", "Larkin \u2022 Blog \u2022 Tollgate acquired by Initech", set()),
    ("Larkin", "Larkin \u2022 News \u2022 Customer Moss closes its doors", set()),
    # fields that tell no event: a price, a menu of kinds of news, a round's word with no money, news in brackets
    ("Larkin", "Larkin \u2022 Pricing \u2022 Seed plan \u2022 $9/month", set()),
    ("Larkin", "Larkin \u2022 Careers \u2022 12 open roles", set()),
    ("Larkin", "Larkin \u2022 Seed \u2022 $12", set()),
    ("Larkin", "Larkin \u2022 Series C \u2022 hiking boots \u2022 $180", set()),
    ("Larkin", "Larkin \u2022 Seed \u2022 Series A \u2022 Series B \u2022 Growth", set()),
    ("Larkin", "Larkin \u2022 Tags \u2022 acquisitions \u2022 funding \u2022 layoffs", set()),
    ("Larkin", "Larkin \u2022 Funding \u2022 0% interest \u2022 12 months", set()),
    ("Larkin", "Larkin \u2022 partners \u2022 Tollgate (acquired by Initech)", set()),
    # the row is read beside its items: what an item tells is still read
    ("Larkin", "Larkin \u2022 bought by Tollgate \u2022 $40M", {"acquisition"}),
    ("Larkin", "Larkin \u2022 shutting down \u2022 refunds by 1 May", {"shutdown"}),
    ("Larkin", "Larkin \u2022 Series A extension \u2022 $3M", {"funding"}),
])
def test_the_companys_row_between_bullets(company, text, expected):
    assert kinds(text, company) == expected


def test_a_row_is_one_sentence_and_a_list_is_many():
    larkin = company_name("Larkin")
    assert as_row("Larkin \u2022 Ser. A \u2022 $7.5M \u2022 Apr", larkin) == "Larkin | Ser. A | $7.5M | Apr"
    assert split_sentences(as_row("Larkin \u2022 Ser. A \u2022 $7.5M \u2022 Apr", larkin)) == ["Larkin | Ser. A | $7.5M | Apr"]
    news = "FINTECH WEEKLY \u25b8 OrbitPay raised $5M \u25b8 Larkin has been acquired by Tollgate"
    assert as_row(news, larkin) == news  # (another name opens the line)
    items = "Larkin \u2022 Blog \u2022 Tollgate acquired by Initech"
    assert as_row(items, larkin) == items
    assert split_sentences(items) == ["Larkin", "Blog", "Tollgate acquired by Initech"]


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Larkin", "Larkin acq. by Tollgate Systems.", {"acquisition"}),
    ("Larkin", "Larkin closed its Ser. A of $6M this week.", {"funding"}),
    ("Larkin", "Larkin acq. by Tollgate Systems in 2023.", set()),
    ("Larkin", "Customer acq. by referral is up 20% at Larkin.", set()),
])
def test_a_feeds_abbreviations(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("kind", "sentence", "expected"), [
    # on the company's own site, a sentence that names no one else is its news or nobody's: the model may read it
    ("layoffs", "The eleven colleagues of the packing team got their dismissal on Friday.", True),
    ("layoffs", "Its staff of nine were let go this week.", True),
    ("shutdown", "The studio's last day of trading is Friday: the company is being wound up.", True),
    # a sentence that names another party is the model's only where it names the company or says "we"
    ("layoffs", "On Friday, eleven colleagues at Globex got their dismissal.", False),
    ("layoffs", "Globex let go of eleven colleagues in the packing team.", False),
    # negated, hedged or asked: the rules' to read, as before
    ("layoffs", "The eleven colleagues of the packing team did not get their dismissal.", False),
    # a piece of a row or a list is no clause: whose amount "$7.5M" is, the line before it told
    ("funding", "$7.5M", False),
    ("funding", "$7.5M raised", False),
])
def test_the_model_may_read_a_sentence_that_names_nobody_else(kind, sentence, expected):
    assert model_may_read(kind, sentence, company_name("Larkin")) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Glint is a Stanmore Industrial company.", {"acquisition"}),
    ("Glint, a Tollgate Group company", {"acquisition"}),
    # what the company is, not whose: a trait, a place, a programme, a badge
    ("Glint is an employee-owned company.", set()),
    ("Glint is a Berlin-based company.", set()),
    ("Glint, a Canadian company", set()),
    ("Glint is a Mastercard Start Path company.", set()),
    ("Glint is a Great Place To Work company.", set()),
])
def test_on_a_first_snapshot_the_model_does_not_read_what_the_company_is_as_whose_it_is(monkeypatch, text, expected):
    # a model that reads every "a ... company" as a sale, surely
    model = TextModel({"acquisition": {"company": 9.0}}, {"acquisition": 0.0}, 0.6)
    monkeypatch.setattr(text_signals, "text_model", lambda: model)
    assert {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=True, company="Glint",
                                                year=2026) if s.flagging} == expected
