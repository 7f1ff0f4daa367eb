"""Round 42 of the detectors (issue 12): the only site set off as "our only one", roles at risk where they work, staff
consulted on redundancy or told their jobs ended, counted people leaving the company, new shares told as an issue, news
told after speculation, a press outlet's report given as its own, two companies now one, and the last of what a company
makes.

The families were chosen because independent writers used them: three development sets written this round from one
brief by three helpers who did not see each other's sets (train91: the founder's own voice; train92: hedged, reported and
disputed news; train93: regulated and physical businesses), and the misses of the 104 earlier sets. Each is written here
in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, reads_everything, rules_read
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.text_signals import detect_text_signals


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Wicken Books", "Our bookshop on Fore Street, our only one, will close for good on 20 December.", {"shutdown"}),
    ("Wicken Books", "Our shop \u2014 the only one we've ever had \u2014 closes for the last time on Saturday.", {"shutdown"}),
    ("Wicken Books", "Our caf\u00e9, the only one we ever ran, has closed for good.", {"shutdown"}),
    ("Wicken Books", "Our tearoom in Frome \u2014 our one and only \u2014 closed its doors for the last time on Sunday.", {"shutdown"}),
    # (a shop closed for a while, another's only shop)
    ("Wicken Books", "Our shop on Fore Street, our only one, closes for refurbishment until March.", set()),
    ("Wicken Books", "Penrose Books' shop on Fore Street, its only one, has closed for good.", set()),
])
def test_the_only_site_set_off_as_our_only_one(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tolland Energy", "Tolland Energy has confirmed that 14 roles in its billing team are at risk.", {"layoffs"}),
    ("Tolland Energy", "Seventeen roles in our Bristol team are at risk of redundancy, Tolland Energy said.", {"layoffs"}),
    ("Tolland Energy", "We are consulting all 60 engineers and office staff on redundancy.", {"layoffs"}),
    ("Tolland Energy", "Tolland Energy is consulting 32 staff about proposed redundancies.", {"layoffs"}),
    ("Tolland Energy", "Around 30 colleagues from the two depots have been made redundant, Tolland Energy confirmed.", {"layoffs"}),
    # (another company's roles, hiring, a consultancy's clients, advice)
    ("Tolland Energy", "Tolland Energy notes that 14 roles at Harwick Power are at risk.", set()),
    ("Tolland Energy", "Tolland Energy has 14 roles in its billing team open and is hiring.", set()),
    ("Tolland Energy", "Twelve roles in our client's billing team are at risk, and we are helping them through it.", set()),
    ("Tolland Energy", "Our HR advisers are consulting 40 staff on redundancy for a client in Leeds.", set()),
])
def test_roles_at_risk_and_staff_consulted(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Maddox Print", "All 31 members of the Maddox team will leave the company by the end of February.", {"layoffs"}),
    ("Maddox Print", "About a quarter of our staff will leave the business as we close the Hull works.", {"layoffs"}),
    ("Maddox Print", "Our 19 staff were told on Monday that their jobs would end in January.", {"layoffs"}),
    # (people leaving by choice, founders, people told something else)
    ("Maddox Print", "Two of our designers will leave the company in March to start their own studio.", set()),
    ("Maddox Print", "Both founders will leave the company at the end of the year; the team stays.", set()),
    ("Maddox Print", "Our 19 staff were told on Monday that their shifts would end early on Christmas Eve.", set()),
])
def test_people_leaving_or_told_their_jobs_ended(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pennard Bank", "Pennard Bank has completed a \u00a37m issue of new ordinary shares to its shareholders.", {"funding"}),
    ("Pennard Bank", "Pennard Bank has closed a \u00a3450,000 community share offer, with 900 members joining.", {"funding"}),
    ("Pennard Bank", "Pennard Bank today announced a \u00a315 million fundraise, following press speculation last week.",
     {"funding"}),
    # (shares for staff, an offer still open, a report nobody confirms)
    ("Pennard Bank", "Pennard Bank's community share offer opens on 1 December.", set()),
    ("Pennard Bank", "A newspaper reported this week that Pennard Bank had raised \u00a315 million.", set()),
])
def test_new_shares_told_as_an_issue_and_news_after_speculation(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Orrin Health", "A trade newsletter wrote last week that Orrin Health had been acquired by Calder Care.", set()),
    ("Orrin Health", "Orrin Health was reported this week to be cutting 90 jobs. We are not.", set()),
    ("Orrin Health", "\u201cOrrin Health said to raise $30m Series B\u201d \u2014 Health Weekly", set()),
    # (confirmed, or told by the company itself)
    ("Orrin Health", "A newspaper reported that Orrin Health had been acquired by Calder Care, and we can confirm it.",
     {"acquisition"}),
    ("Orrin Health", "Orrin Health has been acquired by Calder Care.", {"acquisition"}),
])
def test_a_press_outlets_report_given_as_its_own(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hobb & Vale", "Hobb & Vale has joined forces with Greyling Freight: we are now one company.", {"acquisition"}),
    ("Hobb & Vale", "Hobb & Vale has joined forces with Greyling Freight and from April will operate as one company.",
     {"acquisition"}),
    ("Hobb & Vale", "Hobb & Vale has joined forces with Greyling Freight, and the two businesses are now a single company.",
     {"acquisition"}),
    # (forces joined for a campaign or a bid)
    ("Hobb & Vale", "Hobb & Vale has joined forces with Greyling Freight for a joint bid on the port contract.", set()),
])
def test_two_companies_now_one(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Cobble Bakehouse", "Cobble Bakehouse will bake its last loaf on Saturday 12 December.", {"shutdown"}),
    ("Cobble Bakehouse", "After eleven years, Cobble Bakehouse baked its final loaves yesterday.", {"shutdown"}),
    ("Tarn Ales", "Tarn Ales poured its last pint on Friday night.", {"shutdown"}),
    ("Tarn Ales", "Tarn Ales will brew its very last batch on 30 January.", {"shutdown"}),
    # (the last of a season or before a holiday, at an old site, another's)
    ("Tarn Ales", "We poured our last pints of the summer on Sunday.", set()),
    ("Cobble Bakehouse", "We bake our last loaf before Christmas on the 23rd.", set()),
    ("Cobble Bakehouse", "We served our last dinner at the old site; see you on Mill Lane.", set()),
    ("Cobble Bakehouse", "Our neighbours at Hartley's poured their last pint on Friday.", set()),
])
def test_the_last_of_what_the_company_makes(company, text, expected):
    assert rules_read(text, company) == expected


def test_the_last_loaf_on_a_first_crawl_is_a_closure():
    assert first_read("Cobble Bakehouse will bake its last loaf on Saturday 12 December.", "Cobble Bakehouse") == {"shutdown"}


def test_a_sold_companys_app_now_switched_off():
    text = "Skerry was acquired by Marlow Media and the Skerry app has now been switched off."
    assert rules_read(text, "Skerry") == {"acquisition", "shutdown"}
    # (updated, not switched off)
    assert rules_read("Skerry was acquired by Marlow Media and the Skerry app has now been updated.", "Skerry") == {"acquisition"}


@pytest.mark.parametrize(("kind", "text", "expected"), [
    ("acquisition", "A trade blog reported on Tuesday that Orrin Health had been bought by Calder Care.", set()),
    ("funding", "\u201cOrrin Health said to raise $35m Series B led by Atomico\u201d", set()),
    ("layoffs", "Orrin Health was reported this week to be cutting 90 jobs.", set()),
    # (confirmed: the model's reading counts)
    ("acquisition", "A trade blog reported on Tuesday that Orrin Health had been bought by Calder Care, and we can confirm it.",
     {"acquisition"}),
])
def test_the_model_is_kept_off_a_press_report_given_as_its_own(monkeypatch, kind, text, expected):
    # the model reads words, not whose report a sentence is: a model sure of the kind in every sentence it may read flags
    # only what the hearsay guard lets through
    monkeypatch.setattr(text_signals, "text_model", lambda: reads_everything(kind))
    found = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company="Orrin Health",
                                                 year=2026) if s.flagging}
    assert found == expected
