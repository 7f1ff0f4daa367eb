"""Round 39 of the detectors (issue 12): a name's shape no longer changes what a sentence says; rounds, sales and cuts told
as follow-ups, answers and bylines.

The first family is issue 12's cause 2 measured on every development passage: each passage of a company with a plain
one-word name was read again with the name written in other shapes ("Kelp & Coral", "4Sight", "Orbit 3", "dot.systems",
"O'Rourke & Finch", "Velo+Fix"; `benchmarks/name_shapes.py`). The reader now sees the name, whatever its shape, as one
capitalised word of the same length, and splits sentences as it sees them; the evidence keeps the text as written.

The other families were chosen because independent writers used them: three development sets written this round from
one brief by three helpers who did not see each other's sets (train82: questions and answers; train83: follow-ups and
updates; train84: sales told every way), and the misses of the 95 earlier sets. Each is written here in new words,
beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, rules_read
from valuation_spiders.analysis.grammar import company_name, split_sentences
from valuation_spiders.analysis.text_signals import detect_text_signals

# (a passage with {name} for the company's name, what it must raise whatever the name's shape)
_SAID_OF_A_NAME = [
    ("{name} furloughs 25 warehouse staff as orders slow.", {"layoffs"}),
    ("Pricing is no longer shown. {name} has stopped taking new subscriptions and will cease operations on 30 January.",
     {"shutdown"}),
    ("{name} Ltd has been purchased by Bunzl plc. {name} will become part of Bunzl's cleaning business.", {"acquisition"}),
    ("Q: Will you reopen? A: No. {name} has closed for good; the lease ends this month.", {"shutdown"}),
    ("Q: Did {name} raise a seed round? A: Yes, this month: £1.2m led by Greenhowe Angels.", {"funding"}),
    ("Administrators make 26 {name} staff redundant", {"layoffs"}),
    # ... and what another company does on the company's page stays its own
    ("{name}'s caterer, Fenchurch Kitchens, is closing down.", set()),
]
_SHAPES = ["Kelp & Coral", "4Sight Labs", "Orbit 3", "dot.systems", "O'Rourke & Finch", "Velo+Fix", "Lumen and Oak"]


@pytest.mark.parametrize("shape", _SHAPES)
@pytest.mark.parametrize(("passage", "expected"), _SAID_OF_A_NAME)
def test_a_names_shape_does_not_change_what_is_read(shape, passage, expected):
    assert rules_read(passage.format(name="Zorblat"), "Zorblat") == expected  # (the sentence as a plain name reads it)
    assert rules_read(passage.format(name=shape), shape) == expected


def test_the_evidence_keeps_the_name_as_written():
    (signal,) = detect_text_signals("Kelp & Coral furloughs 25 warehouse staff.", "https://x.example/",
                                    first_snapshot=False, company="Kelp & Coral", learned=False, year=2026)
    assert signal.evidence.startswith("Kelp & Coral furloughs")


@pytest.mark.parametrize(("name", "text", "sentences"), [
    ("dot.systems", "Pricing is gone. dot.systems is closing.", ["Pricing is gone.", "dot.systems is closing."]),
    ("4Sight Labs", "A: No. 4Sight has closed.", ["A: No.", "4Sight has closed."]),
    ("Kelp & Coral", "Sold to Bunzl plc. Kelp & Coral will join it.", ["Sold to Bunzl plc.", "Kelp & Coral will join it."]),
    ("cinder", "cinder is shutting down. we're turning off ingestion.", ["cinder is shutting down.", "we're turning off ingestion."]),
    # (a plain name is split as before)
    ("Zorblat", "No. 4 is our best seller. Zorblat is closing.", ["No. 4 is our best seller.", "Zorblat is closing."]),
])
def test_sentences_end_before_the_name_whatever_its_shape(name, text, sentences):
    assert split_sentences(text, company_name(name)) == sentences


def test_a_common_word_for_a_name_is_left_as_written():
    name = company_name("Harvest")
    assert name.reader_form("We harvest in May; Harvest is closing.") == "We harvest in May; Harvest is closing."
    assert company_name("Kelp & Coral").reader_form("Kelp and Kelp & Coral") == "Kelp and Qzqzzzzzzzzz"


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a round told done, with what comes between: the owner's "own", a round its money names, the round told of before,
    # a label with its date before it
    ("Tarnwell", "We raised our own $12m Series A from Pell Ventures last month.", {"funding"}),
    ("Tarnwell", "Our $9m round closed last week.", {"funding"}),
    ("Tarnwell", "Update, 14 November: the Series A we announced in September has now closed at £9.5m.", {"funding"}),
    ("Tarnwell", "The seed round that we opened in the spring is now fully closed.", {"funding"}),
    ("Tarnwell", "EDIT 20/11: the equity crowdfunding round has now closed at 180% of target.", {"funding"}),
    ("Tarnwell", "Postscript, added 17 November: the SAFE round has closed.", {"funding"}),
    ("Tarnwell", "Three months after the first close, our Series A has had its final close.", {"funding"}),
    # ... not another's round, one not done, one of an earlier year
    ("Tarnwell", "Update: Globex's Series A we told you about has closed.", set()),
    ("Tarnwell", "The Series A we announced in September has not closed yet.", set()),
    ("Tarnwell", "Our 5km round closed the park for the morning.", set()),
    ("Tarnwell", "The Series A we announced in 2024 closed in March 2025.", set()),
])
def test_a_round_told_done_after_it_was_told_of(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Skerrymore", "Skerrymore is closing and no longer accepts new accounts.", {"shutdown"}),
    ("Skerrymore", "Skerrymore is closing and will stop trading on Friday.", {"shutdown"}),
    ("Skerrymore", "The round is closing and no longer accepts new investors.", set()),
])
def test_a_closure_told_with_what_stops(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tanglemere", "We laid seven people off on Thursday.", {"layoffs"}),
    ("Tanglemere", "Tanglemere had to lay part of the support team off this month.", {"layoffs"}),
    ("Tanglemere", "Laying people off is the hardest thing a founder does.", set()),
    ("Tanglemere", "We have not laid anyone off.", set()),
    ("Tanglemere", "Globex laid 40 people off.", set()),
    # counted roles, with what was said of them before
    ("Tanglemere", "Twelve of the 30 roles put at risk in October will be made redundant.", {"layoffs"}),
    ("Tanglemere", "Nine roles in finance and HR have been cut.", {"layoffs"}),
    # a count dated inside the event's own words
    ("Tanglemere", "Tanglemere reduced its team last year from 22 to 15.", set()),
])
def test_people_laid_off_told_every_way(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Kittiwake", "Q: Did Kittiwake just close its seed round?\nA: Yes, this week.", {"funding"}),
    ("Kittiwake", "Q: Is it true you had layoffs?\nA: Yes, this week. 17 people across sales and marketing.", {"layoffs"}),
    ("Kittiwake", "Q: Have you sold the company?\nA: We have. Our owners accepted an offer from Tarrant Foods in October.",
     {"acquisition"}),
    ("Kittiwake", "Q: Did Kittiwake lay people off?\nA: We did. Seven people, on Thursday.", {"layoffs"}),
    # ... an answer that dates it, or denies it
    ("Kittiwake", "Q: Did Kittiwake lay people off?\nA: Yes, in 2025 we reduced the team by eight; no cuts since.", set()),
    ("Kittiwake", "Q: Is it true you had layoffs?\nA: No. Two people left for other jobs.", set()),
])
def test_an_answer_makes_its_question_a_statement(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Peregrine Docs", "Peregrine Docs was acquired by Lanyard Systems last week and will be discontinued.",
     {"acquisition", "shutdown"}),
    ("Peregrine Docs", "Peregrine Docs has been acquired by Lanyard Systems and has been switched off.", {"acquisition", "shutdown"}),
    ("Peregrine Docs", "Peregrine Docs has been acquired by Lanyard Systems and will shut down its Berlin team.", {"acquisition"}),
])
def test_a_sale_and_the_switch_off_told_by_one_subject(company, text, expected):
    assert rules_read(text, company) & {"acquisition", "shutdown"} == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Millrace Studio", "Millrace Studio has combined with Marrow & Finch.", {"acquisition"}),
    ("Millrace Studio", "Millrace Studio has combined with Saltcote Design to create the region's largest agency.",
     {"acquisition"}),
    ("Millrace Studio", "Millrace Studio has combined with Slack to offer one inbox.", set()),
    ("Millrace Studio", "Millrace combines with Figma to speed up reviews.", set()),
    # new owners welcomed, a buyout by the company's managers done
    ("Nettlebed Inn", "Nettlebed Inn welcomes new owners: the Coles took over the pub on 1 November.", {"acquisition"}),
    ("Ridgeway Dairy", "Ridgeway Dairy passes to new owners as the Pryce family sells up.", {"acquisition"}),
    ("Nettlebed Inn", "We welcome new owners of our camper vans to the club every spring.", set()),
    ("Mistle", "Management buyout completed: Mistle's directors have bought the company from Sterling Park.", {"acquisition"}),
    ("Oak & Iron", "Oak & Iron has been sold to its management team in a buyout backed by Dunmore Capital.", {"acquisition"}),
    ("Mistle", "Our founders are considering a management buyout.", set()),
    ("Mistle", "We advised Globex on its management buyout, completed in May.", set()),
    ("Mistle", "Mistle, once a Tessera subsidiary, became independent after a management buyout in January.", set()),
])
def test_a_sale_told_by_a_combination_new_owners_or_a_buyout(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_management_buyout_is_a_sale_on_a_first_crawl_too():
    assert first_read("Oak & Iron has been sold to its management team in a buyout.", "Oak & Iron") == {"acquisition"}
