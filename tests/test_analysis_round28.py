"""Round 28 of the detectors (issue 12): long sentences whose asides carry other years, cuts told by what the people
leaving are given, a round told by what its money is for or by "the round", the ownership told as "owns us now", old
dates told by "announced" or by a time opening the sentence, and guards that read a sentence's structure (who cut
what, what a negated clause governs, whose relative clause, which product).

Found on the development sets written this round (train56: news told in first person by founders, staff and customers;
train57: long and complex sentences, and headline fragments) and checked on all development sets, rules alone, and by
a review of probes (README, round 28). Each family is written here in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds
from valuation_spiders.analysis.text_signals import detect_text_signals


@pytest.mark.parametrize(("text", "expected"), [
    # a year in an aside about the subject dates the aside, not the main clause
    ("Marrowbank Bio, which spun out of the University of Tartu in 2018, has closed a €7 million seed round.",
     {"funding"}),
    ("Marrowbank Bio — one of the first biotechs admitted to the Tartu incubator in 2017 — said it has raised $12M in "
     "a Series A round.", {"funding"}),
    ("Marrowbank Bio, the maker of enzyme kits — and a finalist in the 2024 EU awards — said it has raised $12M in a "
     "Series A round.", {"funding"}),
    ("Marrowbank Bio (founded 2015) has been acquired by Globex Life Sciences.", {"acquisition"}),
    # the year of the event itself still dates it
    ("Marrowbank Bio, which spun out of the University of Tartu, closed a €7 million seed round in 2024.", set()),
    ("Marrowbank Bio — then a team of four — raised $2M in a seed round in 2023.", set()),
])
def test_a_year_in_an_aside_dates_the_aside(text, expected):
    assert kinds(text, "Marrowbank Bio") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cut told by what the people it lets go are given
    ("Everyone leaving receives three months' salary and keeps their laptop.", {"layoffs"}),
    ("Departing teammates will get ten weeks' pay and a reference from me.", {"layoffs"}),
    ("Each affected colleague has been offered an enhanced severance package.", {"layoffs"}),
    ("Those affected keep their health insurance until the end of the year.", {"layoffs"}),
    ("To everyone leaving: you will get four months of pay and our help finding your next role.", {"layoffs"}),
    # not a leave, customers, a policy, a condition, someone else's people
    ("Colleagues leaving for parental leave get sixteen weeks' pay.", set()),
    ("Customers affected by Tuesday's outage will receive a month of free service.", set()),
    ("Our policy: employees leaving after five years receive three months' pay.", set()),
    ("If we ever had to cut roles, those leaving would get twelve weeks' pay.", set()),
    ("Globex said those leaving will get twelve weeks' pay.", set()),
])
def test_cuts_told_by_what_those_leaving_are_given(text, expected):
    assert kinds(text, "Kestrelwood") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the round told by what its new money is for
    ("With the fresh funding we are opening a second warehouse in Ghent.", {"funding"}),
    ("This investment from Northgate Partners means we can hire our first data scientist.", {"funding"}),
    ("We'll use the new capital to double the support team.", {"funding"}),
    ("The new funding will go into the Android app.", {"funding"}),
    # not a grant, a loan, the company's own spending, another's money, a plan, a rule
    ("With the new funding from the city council we are planting 300 trees.", set()),
    ("This investment in our people means shorter waits on the phone.", set()),
    ("The new funding rules will change how charities report.", set()),
    ("This funding model lets schools pay per pupil.", set()),
    ("With the new funding round, Globex is hiring forty engineers.", set()),
    ("If we raise, the new funding will go into the Android app.", set()),
])
def test_a_round_told_by_what_its_money_is_for(text, expected):
    assert kinds(text, "Kestrelwood") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the round as the page has told of it, closed or led
    ("The seed round closed on Thursday, oversubscribed.", {"funding"}),
    ("Our CFO confirmed the Series A is now fully closed.", {"funding"}),
    ("Tamarind Ventures led the round, with two angels joining.", {"funding"}),
    # closed to new money, another company's round, the company as the investor, a round of something else
    ("Our Series A round is closed to new investors.", set()),
    ("Tamarind Ventures led the round in Globex.", set()),
    ("We led the round, our first as a corporate investor.", set()),
    ("The round of interviews has closed.", set()),
    ("The first round of the hiring process is complete.", set()),
])
def test_the_round_closed_or_led(text, expected):
    assert kinds(text, "Kestrelwood") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "amalgamated" is a merger's word, as "merged" is
    ("Kestrelwood Ltd has been amalgamated into Halden Group plc under a court-sanctioned scheme.", {"acquisition"}),
    ("Kestrelwood has completed its amalgamation with Halden Mutual.", {"acquisition"}),
    # another company's amalgamation; and "owns us now" is left to the model (said figuratively as often: "Coffee owns
    # us now")
    ("Globex completed its amalgamation with Halden Mutual.", set()),
    ("Honestly, Figma owns us now; every design starts there.", set()),
])
def test_amalgamated(text, expected):
    assert kinds(text, "Kestrelwood") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "announced" is no news when the event's own clause names an earlier year
    ("This comes a year after we announced our $5M seed in April 2025.", set()),
    ("Kestrelwood also announced it had raised a $14M Series A back in 2024.", set()),
    ("Kestrelwood announced today that it has raised a $14M Series A.", {"funding"}),
])
def test_announced_is_no_news_for_an_old_date(text, expected):
    assert kinds(text, "Kestrelwood") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a time opening the sentence dates the sale in it, on a first crawl as in new text
    ("In 2023, Kestrelwood was acquired by Halden Group.", set()),
    ("In fiscal 2024, Kestrelwood was acquired by a consortium led by its founders.", set()),
    ("Back in March 2024, Kestrelwood joined Halden Group.", set()),
    ("In March, Kestrelwood was acquired by Halden Group.", {"acquisition"}),
    ("After a record year in 2025, Kestrelwood was acquired by Halden Group.", {"acquisition"}),
])
def test_a_time_opening_the_sentence_dates_the_sale(text, expected):
    assert first_read(text, "Kestrelwood") == expected
    assert kinds(text, "Kestrelwood") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # counted people who cut something are not cut
    ("Since 2020 we have helped 900 farmers cut fertiliser use by a third.", set()),
    ("Our 40 installers cut fitting times in half last quarter.", set()),
    ("Kestrelwood: 40 roles cut as orders slump.", {"layoffs"}),
    ("Kestrelwood raised a bridge and laid off 60 employees to cut burn.", {"funding", "layoffs"}),
    # what a negated clause governs is not news
    ("This is not a sign that we are going out of business.", set()),
    ("None of this means that Kestrelwood is closing.", set()),
    ("This does not mean that we are shutting down; we have three years of runway.", set()),
    ("It is not easy to write, but we are shutting down.", {"shutdown"}),
    # one product retired, by its kind, is not the company closing; its only product, or the product named, is
    ("Kestrelwood discontinued its travel-insurance product; existing policies run to renewal.", set()),
    ("Kestrelwood is discontinuing its only product, and the company will close.", {"shutdown"}),
    # a clause with "that" after an indefinite noun is that noun's, not after a copula
    ("Kestrelwood bought the lab of a rival that had gone into liquidation.", set()),
    ("Kestrelwood took over the stock of a supplier that was shutting down.", set()),
])
def test_structure_guards(text, expected):
    assert kinds(text, "Kestrelwood") == expected


def test_a_negated_clause_keeps_a_later_clause_of_its_own():
    """The negation governs its complement only: a cut told after "but" in the same sentence still counts."""
    text = "This does not mean we are closing, but we will cut 20 jobs."
    assert {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company="Kestrelwood",
                                                learned=False, year=2026) if s.flagging} == {"layoffs"}
