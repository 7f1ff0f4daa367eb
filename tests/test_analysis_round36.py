"""Round 36 of the detectors (issue 12): news told in passing, inside sentences about something else.

Each family below was chosen because independent writers used it: three development sets written this round from one
brief by three helpers who did not see each other's sets (train73: the formal and investor-relations register; train74:
whose news it is, the company's own site talking about others; train75: news as one clause of an ordinary page), and the
misses or false flags of the 86 earlier sets written by many more. A family found in one writer's wording only was left
alone ("since joining the Ventura Live group, our producers ...").

- A smaller headcount told with the count before ("38 people now, down from 55"), a team cut "from 14 to 5" or "in half",
  cuts taken as known with their time ("since the redundancies in our admin team this summer"), and the company's people
  told they lose their jobs, that their jobs end, or put at risk of redundancy.
- The owner's byline with the sentence going on after it, or in apposition before the sentence's verb; an owner whose
  name ends in a sector word after a name ("a Vantage Health company").
- The company's only or last site closing, named as such.
- An investment taken as known, told as the cause of what the company does now, with its investor; the company's round by
  its name in apposition with its time.
- Not a sale: a federation, a chamber, "a network of independent firms". Not a closure: administration or Chapter 11 told
  with the business going on.

Each family is written here in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, rules_read
from valuation_spiders.analysis.text_signals import _kinds_of_words


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tamberlane", "We're 41 people today, down from 67 at the start of the year.", {"layoffs"}),
    ("Tamberlane", "Tamberlane now has 19 staff, down from 30.", {"layoffs"}),
    ("Tamberlane", "These days we're a crew of nine, down from fourteen.", {"layoffs"}),
    ("Tamberlane", "Our Lisbon support team has been cut from twelve to four.", {"layoffs"}),
    ("Tamberlane", "The warehouse team was cut in half in October.", {"layoffs"}),
    ("Tamberlane", "Since the redundancies in our design team this spring, releases come monthly.", {"layoffs"}),
    ("Tamberlane", "After the job cuts we announced in July, the Bristol office closed its second floor.", {"layoffs"}),
    # growth, attrition, another company's team, customers and prices counted
    ("Tamberlane", "We're 41 people today, up from 30 in January.", set()),
    ("Tamberlane", "Our headcount fell from 41 to 38 this year through natural attrition.", set()),
    ("Tamberlane", "Globex's support team has been cut from twelve to four.", set()),
    ("Tamberlane", "We serve 40 customers now, down from 62 last year.", set()),
    ("Tamberlane", "The basic plan is \u00a39 a month, down from \u00a312.", set()),
    ("Tamberlane", "Since the layoffs at Pellow Foods in June, we have hired three of their bakers.", set()),
])
def test_a_smaller_team_or_cuts_taken_as_known_are_the_companys_cuts(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Orrisdale Print", "All 26 of our printers and binders lose their jobs when the works close.", {"layoffs"}),
    ("Orrisdale Print", "The bindery staff were told on Monday that their jobs will end in January.", {"layoffs"}),
    ("Orrisdale Print", "Every member of the finishing team has been placed at risk of redundancy.", {"layoffs"}),
    ("Orrisdale Print", "We have begun consulting the 31 colleagues whose roles are at risk of redundancy.", {"layoffs"}),
    ("Orrisdale Print", "All 40 employees have been told they will be made redundant.", {"layoffs"}),
    # people who lost their jobs elsewhere, seasonal contracts, nobody at risk, advice to readers
    ("Orrisdale Print", "We have taken on 12 printers who lost their jobs when Globex Press closed.", set()),
    ("Orrisdale Print", "Our seasonal packers' jobs end in January, as planned.", set()),
    ("Orrisdale Print", "No one in the bindery will lose their job.", set()),
    ("Orrisdale Print", "What to do if your role is at risk of redundancy: a guide for printers.", set()),
])
def test_the_companys_people_told_their_jobs_end(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Corrie Fen Foods", "Corrie Fen Foods is a Larchmont Dairy company, and our recipes stay the same.", {"acquisition"}),
    ("Corrie Fen Foods", "Corrie Fen Foods is a Wexcombe Beverages company. \u00a9 Corrie Fen Foods Ltd", {"acquisition"}),
    # (an owner named by a sector's word is read on news since round 37; on a first crawl it is not: test_analysis_round37)
    ("Corrie Fen Foods", "Corrie Fen Foods is a Pellow Health company.", {"acquisition"}),
    ("Corrie Fen Foods", "Corrie Fen Foods, a Harle Holdings company, is registered in Scotland.", {"acquisition"}),
    # a trade, a place, a programme, a place going on
    ("Corrie Fen Foods", "Corrie Fen Foods is a Digital Health company.", set()),
    ("Corrie Fen Foods", "Corrie Fen Foods is a Y Combinator company.", set()),
    ("Corrie Fen Foods", "Corrie Fen Foods is a Tampere company; its biggest customer is Pellow Oy.", set()),
    ("Corrie Fen Foods", "Corrie Fen Foods, a Digital Health company, is hiring in Leeds.", set()),
])
def test_the_owners_byline_read_where_the_sentence_goes_on(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Harrow Lane Books", "Harrow Lane Books will close its only shop on Fore Street in February.", {"shutdown"}),
    ("Harrow Lane Books", "Our one and only shop closed for good on Saturday.", {"shutdown"}),
    ("Harrow Lane Books", "Harrow Lane Books closed its last remaining store in 2024.", {"shutdown"}),
    # an office closed by a company going remote, a season, another's only shop
    ("Harrow Lane Books", "We closed our last office and now work fully remotely.", set()),
    ("Harrow Lane Books", "Our only shop closes for the winter on 1 December.", set()),
    ("Harrow Lane Books", "Pellow Books will close its only shop on Fore Street in February.", set()),
])
def test_the_only_or_last_site_closing_is_the_company_closing(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_closed_last_site_stays_the_companys_state_on_a_first_crawl():
    assert first_read("Harrow Lane Books closed its last remaining store in 2024.", "Harrow Lane Books") == {"shutdown"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Kelda Robotics", "Thanks to the investment from Marrick Partners this autumn, we've doubled the workshop.", {"funding"}),
    ("Kelda Robotics", "With the investment from Orrin Ventures, Kelda is opening a Leeds office.", {"funding"}),
    ("Kelda Robotics", "The investment we received from Tarn Capital in October paid for two new arms.", {"funding"}),
    ("Kelda Robotics", "Thanks to our new investors, Kelda Robotics can hire six engineers.", {"funding"}),
    ("Kelda Robotics", "Kelda's Series A, closed in September, let us open a second line.", {"funding"}),
    # an investment to come, the company investing, another company's round, a customer's investors
    ("Kelda Robotics", "With an investment from Marrick Partners we could double the workshop.", set()),
    ("Kelda Robotics", "Pellow Labs' Series A, closed in September, let them open a second line.", set()),
    ("Kelda Robotics", "Thanks to the investment from Marrick Partners, our customer Pellow Labs is expanding.", set()),
])
def test_an_investment_taken_as_known_is_the_companys_round(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Gorsemoor Tools", "Gorsemoor Tools has joined the Northern Toolmakers Federation.", set()),
    ("Gorsemoor Tools", "Gorsemoor Tools joins the Made in Leeds network", set()),
    ("Gorsemoor Tools", "Gorsemoor Tools is now part of ToolNet, a network of independent makers.", set()),
    ("Gorsemoor Tools", "Gorsemoor Tools has joined Harrow Group.", {"acquisition"}),
    ("Gorsemoor Tools", "Gorsemoor Tools is now part of the Crumb Collective.", {"acquisition"}),
])
def test_a_federation_or_a_network_of_independents_is_no_owner(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tollbar Pay", "Tollbar Pay filed for Chapter 11 in October and continues to pay every merchant on time.", set()),
    ("Tollbar Pay", "Tollbar Pay has entered administration, but we're still trading while a buyer is found.", set()),
    ("Tollbar Pay", "Tollbar Pay has entered administration and the administrators are running the business.", set()),
    ("Tollbar Pay", "Tollbar Pay has entered administration; the business will not continue to trade.", {"shutdown"}),
])
def test_an_insolvency_told_with_the_business_going_on_is_no_closure(company, text, expected):
    assert rules_read(text, company) == expected


def test_down_from_is_read_by_the_rules_only():
    # a count told smaller is a cut to the rules; the sentence model reads no new sentences for it
    assert "layoffs" in _kinds_of_words(["down"])
    assert "layoffs" not in _kinds_of_words(["down"], for_model=True)
