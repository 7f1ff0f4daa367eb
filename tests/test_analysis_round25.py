"""Round 25 of the detectors (issue 12): small businesses that name themselves by their trade in their own language,
and the plain words owners and translators use for the same four events (people "out of work", shares bought by
customers and neighbours, a company that "no longer exists", a state's scheme of temporary lay-offs).

Found on the development sets written this round (train48: small businesses outside software, in second-language English;
train49: short text) and checked on all development sets, rules alone (README, round 25). Each family is written here in
new words, beside the look-alikes it must not catch.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds
from valuation_spiders.analysis.grammar import company_name


@pytest.mark.parametrize(("name", "text", "matches"), [
    # the name after the trade it opens with, in any language, written with its capitals
    ("Brouwerij De Kat", "De Kat brews six beers", True),
    ("Hôtel Les Tilleuls", "Seven employees of the Tilleuls were told", True),
    ("Hôtel Les Tilleuls", "Les Tilleuls has a new owner", True),
    ("Bäckerei Lindner GmbH", "Lindner bakes since 1951", True),
    ("Garage Moreau & Fils", "Moreau & Fils repairs vans", True),
    ("La Esquina Librería", "La Esquina closes its doors", True),
    # the trade word alone is the company where no other name follows it
    ("Brouwerij De Kat", "the brouwerij is open on Sundays", True),
    ("Gallery Nine Media", "Gallery Nine has been acquired", True),
    # ... and another business where one does
    ("Brouwerij De Kat", "acquired by Brouwerij Haverbeke", False),
    ("Hotel Seeblick", "the Hotel Bellavista next door", False),
    # the rest, written in lower case, is a word, not the name; a short or common rest stands for nothing
    ("Hôtel Les Tilleuls", "under the tilleuls of the square", False),
    ("Brouwerij De Kat", "the kat on the label", False),
])
def test_a_name_that_opens_with_its_trade(name, text, matches):
    assert company_name(name).matches(text) is matches


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brouwerij De Kat", "Brouwerij De Kat is acquired by Brouwerij Haverbeke. The beers stay.", {"acquisition"}),
    ("Brouwerij De Kat", "Brouwerij Haverbeke is acquired by Brouwerij De Kat.", set()),
    ("Hôtel Les Tilleuls", "Les Tilleuls closes its doors for good on 31 October.", {"shutdown"}),
    ("La Esquina Librería", "Queridos lectores, La Esquina closes its doors on 31 May.", {"shutdown"}),
    ("Hôtel Les Tilleuls", "Hôtel Bellavista closes its doors on 31 May.", set()),
])
def test_trade_names_in_the_news(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the company's people, counted, left out of work: the loss told by the state it leaves
    ("Our 12 drivers are out of work from Monday.", {"layoffs"}),
    ("12 people are out of work from Monday.", {"layoffs"}),
    ("Wrenfield closes on 30 April and our six coaches will be out of work.", {"shutdown", "layoffs"}),
    ("30 workers were laid off from Monday.", {"layoffs"}),  # (a day after the verb is not another company)
    # not counted, not the company's, or not happened
    ("Millions of people are out of work across Europe.", set()),
    ("Many people are out of work in our town.", set()),
    ("The 40 people at Globex are out of work since it closed.", set()),
    ("12 people could be out of work if the deal fails.", set()),
    ("Our volunteers are out of work hours on Sunday.", set()),
])
def test_people_out_of_work(text, expected):
    assert kinds(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # new shares taken up for a sum a round is made of
    ("1,140 members bought shares worth £820,000.", {"funding"}),
    ("42 boat owners subscribed NOK 6.5 million in new shares for the new freezing vessel.", {"funding"}),
    ("They invested R$ 1.4 million in new shares, and with this we build the roasting house.", {"funding"}),
    # a price, the company buying, shares changing hands
    ("Employees bought shares for $40 each.", set()),
    ("We bought shares for £50,000 in a local solar co-op.", set()),
    ("Wrenfield bought shares worth $2 million in Globex.", set()),
    ("Investors bought shares worth $3 million on the stock exchange after the results.", set()),
    ("In 2024, 300 members bought shares for £120,000.", set()),
])
def test_shares_bought_for_a_sum(text, expected):
    assert kinds(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the company's existence ended, told of the company itself
    ("Wrenfield doesn't exist anymore.", {"shutdown"}),
    ("Wrenfield no longer exists.", {"shutdown"}),
    ("The company no longer exists.", {"shutdown"}),
    ("Wrenfield ceased the operation. Thank you for 27 years of trust.", {"shutdown"}),
    ("We stop the activity at the end of the month.", {"shutdown"}),
    # a part of it, a change of shape, another's
    ("The old Wrenfield app no longer exists.", set()),
    ("Wrenfield no longer exists as a separate brand.", set()),
    ("Globex no longer exists.", set()),
    ("We stop the activity of the old account.", set()),
])
def test_a_company_that_no_longer_exists(text, expected):
    assert kinds(text, "Wrenfield") == expected


def test_a_company_that_no_longer_exists_on_a_first_snapshot():
    assert first_read("The Kebab Palace 24 does not exist anymore \u2014 thank you and goodbye!", "Kebab Palace 24") == {"shutdown"}


@pytest.mark.parametrize(("text", "expected"), [
    # a state's scheme of temporary lay-offs, by its local name: a furlough
    ("Wrenfield put 6 workers in cassa integrazione because of the drought.", {"layoffs"}),
    ("19 workers of Wrenfield are in cassa integrazione from 3 March for 13 weeks.", {"layoffs"}),
    ("Wrenfield had to give permittering to our two glassblowers during the winter.", {"layoffs"}),
    ("Wrenfield put 6 workers on chômage partiel.", {"layoffs"}),
    # another's, a statistic, a plan
    ("Globex put 300 workers in cassa integrazione.", set()),
    ("Millions of workers are in cassa integrazione across Italy.", set()),
    ("We may put 10 workers in cassa integrazione if orders fall.", set()),
])
def test_temporary_lay_off_schemes(text, expected):
    assert kinds(text, "Wrenfield") == expected
