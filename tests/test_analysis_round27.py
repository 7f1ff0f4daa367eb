"""Round 27 of the detectors (issue 12): news in the words of registries, courts and formal notices (insolvency named
with the name, employment ended, shares issued), closures told by the time they end in, rounds with no kind named,
buys in progress, and the words a model reads alike (counts in words, the nouns for staff).

Found on the development sets written this round (train53: events told through euphemism and consequence; train54: short
feed and headline text; train55: formal, legal and regulatory wording outside software) and on the cross-validation's
misses, checked on all development sets, rules alone, and by a review of about 680 probes (README, round 27). Each family
is written here in new words, beside the look-alikes the review found.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds
from valuation_spiders.analysis.grammar import company_name
from valuation_spiders.analysis.learned import sentence_features


@pytest.mark.parametrize(("name", "text", "matches"), [
    # a first word of two joined by a hyphen stands for the company, written as the name writes it
    ("Pi-Labs Robotics", "Pi-Labs has laid off 40% of its staff.", True),
    ("Rolls-Royce Holdings", "Rolls-Royce will cut jobs.", True),
    # not another name it heads, nor the same letters used as a word
    ("Pi-Labs Robotics", "Pi-Labs Analytics, an unrelated company, raised a Series B.", False),
    ("Low-Code Works", "Low-code platform Bubble raised a Series B.", False),
    ("Hi-Fi Corner", "Hi-Fi Klubben has been acquired.", False),
])
def test_hyphenated_first_words(name, text, matches):
    assert company_name(name).matches(text) is matches


@pytest.mark.parametrize(("text", "expected"), [
    # the company named in its insolvency, as legal pages and registers write it
    ("Halvorsen Trykk AS – in liquidation.", {"shutdown"}),
    ("Halvorsen Trykk AS (in administration), company number 09912345.", {"shutdown"}),
    ("Halvorsen Trykk AS, in bankruptcy. Claims to the trustee.", {"shutdown"}),
    ("Halvorsen Trykk AS under liquidation, register no. 912 345 678.", {"shutdown"}),
    ("The district court has declared Halvorsen Trykk AS bankrupt.", {"shutdown"}),
    ("Articles of dissolution for Halvorsen Trykk AS were filed this week.", {"shutdown"}),
    # not the words of a trade, someone else's case, a petition, history, or trading on
    ("Halvorsen Trykk AS, in administration of client estates since 1998.", set()),
    ("Halvorsen Trykk AS, in bankruptcy proceedings of its customer, filed a claim.", set()),
    ("A creditor asked the court to declare Halvorsen Trykk AS bankrupt; we will contest it.", set()),
    ("Halvorsen Trykk AS (in administration) was sold to Globex in 2023.", set()),
    ("Halvorsen Trykk AS in administration, still trading, all orders continue.", set()),
    ("We have four open jobs at Halvorsen Trykk in administration and finance.", set()),
])
def test_insolvency_named_with_the_name(text, expected):
    assert kinds(text, "Halvorsen Trykk AS") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # employment ended, told of the employment; by the company's liquidator or trustee; at one of its sites
    ("The employment of 23 persons will be terminated at the end of May.", {"layoffs"}),
    ("The employment contracts of all 41 employees have been terminated.", {"layoffs"}),
    ("All 57 drivers have had their employment terminated.", {"layoffs"}),
    ("The liquidator terminated the employment contracts of all 30 employees.", {"layoffs"}),
    ("The Halvorsen plant in Drammen will shed 45 jobs.", {"layoffs"}),
    ("120 workers of the Drammen plant were dismissed.", {"layoffs"}),
    ("The 64 employees lose their employment.", {"layoffs"}),
    ("Fifty-five colleagues have lost their jobs.", {"layoffs"}),
    ("Halvorsen confirmed the loss of 19 positions.", {"layoffs"}),
    ("Halvorsen will permanently separate 86 employees at its Drammen works.", {"layoffs"}),
    ("17 print staff dismissed as the Drammen and Moss works are combined", {"layoffs"}),
    # one person, a season, misconduct, someone else's site, a reassignment, a storm, someone else telling it
    ("The employment of one manager was terminated for misconduct.", set()),
    ("The employment of 50 seasonal workers ends as planned each October.", set()),
    ("Our client's plant in Drammen will shed 40 jobs; we will support them.", set()),
    ("Halvorsen separated 12 employees from the project.", set()),
    ("The 15 guards lost their posts to the storm but stayed safe.", set()),
    ("Nine office roles eliminated as payroll moves to Globex, the union fears.", set()),
    ("Halvorsen mourns the loss of two colleagues in the accident.", set()),
])
def test_employment_ended_in_formal_words(text, expected):
    assert kinds(text, "Halvorsen") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # new shares issued for new money, told by either side, or done under a plan, a meeting or an authority
    ("Nordkyst Capital subscribed for newly issued shares in our company for EUR 4 million.", {"funding"}),
    ("3,200,000 new ordinary shares were subscribed in the rights offering.", {"funding"}),
    ("The shareholders subscribed new shares for NOK 30 million.", {"funding"}),
    ("The company has allotted 900,000 new ordinary shares to Fjell Ventures for NOK 45 million.", {"funding"}),
    ("Halvorsen has completed a directed issue of 400,000 new shares at NOK 31 per share.", {"funding"}),
    ("Under the adopted rescue plan, Nordkyst Capital subscribed for new shares in the company for NOK 60 million.", {"funding"}),
    # shares for staff or as a dividend, shares of another company, a plan, an authority
    ("The company has allotted 200,000 new shares to employees under its incentive scheme.", set()),
    ("The company has allotted 1,500,000 new ordinary shares to shareholders as a scrip dividend.", set()),
    ("The shareholders of Globex subscribed new shares for NOK 40 million.", set()),
    ("The general meeting authorised the board to issue new shares.", set()),
    ("Halvorsen has allotted 1,000,000 new shares to Globex, subject to the approval of the general meeting.", set()),
])
def test_new_shares_issued(text, expected):
    assert kinds(text, "Halvorsen") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a round with no kind named
    ("We've raised a new round from our existing investors.", {"funding"}),
    ("Wrenfield raised its first ever round!", {"funding"}),
    ("we raised a small down round. both true at once, both on me.", {"funding"}),
    ("We closed a round of interviews.", set()),
    ("Wrenfield closed a round! of mini golf.", set()),
    # closing at a time the year or the month ends in, the company as the subject
    ("The company closes this week, after twenty summers.", {"shutdown"}),
    ("We're closing at the end of June. Thank you for everything.", {"shutdown"}),
    ("Wrenfield has closed as a company.", {"shutdown"}),
    ("We are closing this week, Friday at 3pm.", set()),
    ("The company closes at the end of the season.", set()),
    ("Wrenfield closed at the end of June 2024 and reopened under new owners.", set()),
    ("Wrenfield is closing and our team will be back on 2 January.", set()),
    ("Helixwood co-founder Bea talks about the $16M Series A the company closed this month.", set()),
])
def test_rounds_and_closures_told_shortly(text, expected):
    assert kinds(text, "Wrenfield" if "Helixwood" not in text else "Helixwood") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a buy in progress of the company, a majority with its share in brackets, ownership come by
    ("Lindmark Marine is buying Wrenfield.", {"acquisition"}),
    ("Lindmark Marine is acquiring Wrenfield for $40m.", {"acquisition"}),
    ("Lindmark takes majority stake (60%) in Wrenfield", {"acquisition"}),
    ("Wrenfield has come under the ownership of Lindmark.", {"acquisition"}),
    ("Wrenfield has signed a definitive agreement to become part of Lindmark Group AG.", {"acquisition"}),
    ("Since this month we are a Lindmark Industries company.", {"acquisition"}),
    ("With effect from 1 July all shares in Wrenfield B.V. have been transferred to Lindmark Group B.V.", {"acquisition"}),
    # shares, goods, a minority in brackets, a brand of the company's, another firm's deal
    ("Lindmark is buying Wrenfield shares on the market.", set()),
    ("Lindmark is buying Wrenfield and Globex products.", set()),
    ("Lindmark takes majority stake (49%) in Wrenfield.", set()),
    ("Our Emberquay brand has come under the ownership of Lindmark.", set()),
    ("Globex has signed a definitive agreement to become part of Lindmark Group AG.", set()),
])
def test_buys_in_progress_and_ownership(text, expected):
    assert kinds(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group's company: the company's name, a mark or a copula right before the phrase
    ("Wrenfield S.L. – a company of the Grupo Turia.", {"acquisition"}),
    ("Wrenfield is now a company of the Weber Holding.", {"acquisition"}),
    ("A Lindmark Terminals Group company.", {"acquisition"}),
    ("Wrenfield Ltd – an Indian Ocean Logistics Group business.", {"acquisition"}),
    ("Wrenfield s.r.o., Brno. Sole partner: Lindmark Wine Holding a.s.", {"acquisition"}),
    ("Wrenfield Ltd, in administration of estates. Kasa Kuchnia sp. z o.o. in liquidation.", set()),
    # a customer, another firm, once, a person, its own holding
    ("Wrenfield supplies a company of the Grupo Turia with tiles.", set()),
    ("Wrenfield sold Delmar, which is now a company of the Grupo Turia.", set()),
    ("Wrenfield was a company of the Grupo Turia from 2015 to 2021.", set()),
    ("Sole shareholder: Jan Novak.", set()),
    ("Wrenfield s.r.o., Brno. Sole shareholder: Wrenfield Invest a.s.", set()),
])
def test_owned_by_a_group_on_a_first_snapshot(text, expected):
    assert first_read(text, "Wrenfield") == expected


def test_counts_in_words_and_the_nouns_for_staff_share_the_models_features():
    # "forty staff" is read as "40 staff", "lose their employment" as "lose their jobs"
    words = set(sentence_features("Forty employees lose their employment.", None))
    digits = set(sentence_features("40 staff lose their jobs.", None))
    assert {"0 <staff>", "lose their <staff>"} <= words & digits
    assert {"forty employees", "forty", "employment"} <= words  # (the words themselves stay)
