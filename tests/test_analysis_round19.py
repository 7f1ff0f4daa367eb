"""Round 19 of the detectors (issue 12): news told inside a clause, headcounts told smaller, and whose news it is.

Found on the two development sets written this round (train28: news inside clauses and compressed forms; train29:
several organisations in one sentence, only one of them the company). Each family is written here in new words,
beside the look-alikes it must not catch: a round told in a clause beside the main one (after it, set off after the
name, or in a relative clause dated lately); a sale told the same ways; a headcount told smaller or a share of the
roles told gone without a verb of firing; "X is no more"; the one place a small business is closing for good; and
what is someone else's: "sold out" of stock, a liquidator appointed over another company, another's sale, a round
in a relative clause after "the app of <another company>".
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quenby", "Quenby is opening a Bristol studio after closing a £4M seed round last month.", {"funding"}),
    ("Quenby", "Quenby, fresh from a $6M Series A, has hired a head of sales.", {"funding"}),
    ("Quenby", "Quenby, having raised €2.5M from Saltire Ventures, is moving to a bigger office.", {"funding"}),
    ("Quenby", "Quenby, backed by a fresh $9M round from Larch Capital, is launching in Texas.", {"funding"}),
    ("Quenby", "The team is doubling, three weeks after raising a $12M Series A led by Orrin Partners.", {"funding"}),
    ("Quenby", "Quenby, which closed a $3M seed round in April, now ships to Ireland.", {"funding"}),
    ("Quenby", "Quenby, which laid off 20 people last week, says its runway now lasts into 2028.", {"layoffs"}),
    # ... a round of the past, another's, one still to come, one that failed, or the company's founding
    ("Quenby", "Quenby, which raised $40M, told customers the app would stay free.", set()),
    ("Quenby", "Quenby is hiring again, a year after its rival Tolland raised a $14M Series A.", set()),
    ("Quenby", "Quenby is talking with investors about a Series A later this year.", set()),
    ("Quenby", "Quenby was founded in 2021 with a $1M pre-seed round from two angels.", set()),
    ("Quenby", "Quenby cut 30 jobs this week, six months after raising a $20M Series A.", {"layoffs"}),
    ("Quenby", "Quenby shut its doors after a $5M rescue round fell through.", {"shutdown"}),
    ("Quenby", "We're hiring after our Series B.", set()),
])
def test_a_round_told_in_a_clause_beside_the_main_one(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tamsin Labs", "Having been acquired by Corvel in March, Tamsin Labs now runs from Corvel's Leeds office.", {"acquisition"}),
    ("Tamsin Labs", "Tamsin Labs, sold to the Harlow Group in a deal that completed on Friday, keeps its name.", {"acquisition"}),
    ("Tamsin Labs", "Tamsin Labs, itself bought by Orrery Systems this spring, now has 80 staff.", {"acquisition"}),
    ("Tamsin Labs", "Tamsin Labs, which Corvel agreed to acquire in May, will stay in Glasgow.", {"acquisition"}),
    ("Tamsin Labs", "Merged into Brightwater Analytics last month, Tamsin Labs now serves banks.", {"acquisition"}),
    ("Tamsin Labs", "Tamsin Labs \u2014 a Corvel Group company since the deal closed in June \u2014 is hiring.", {"acquisition"}),
    # ... the company as the buyer, things sold to customers
    ("Tamsin Labs", "Tamsin Labs, which acquired Orrery Systems in May, is hiring.", set()),
    ("Tamsin Labs", "Sold to schools in 12 countries, Tamsin Labs' kits teach coding.", set()),
])
def test_a_sale_told_in_a_clause_beside_the_main_one(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Harl & Co", "Harl & Co has trimmed its support team from 45 to 31.", {"layoffs"}),
    ("Harl & Co", "Harl & Co is down to 60 employees from 95 after the restructuring.", {"layoffs"}),
    ("Harl & Co", "From 120 staff to 80: a hard spring at Harl & Co.", {"layoffs"}),
    ("Harl & Co", "Harl & Co headcount: 40 \u2192 28 people.", {"layoffs"}),
    ("Harl & Co", "The Harl & Co plant will run with 90 people instead of 130 after the cuts.", {"layoffs"}),
    ("Harl & Co", "A quarter of the roles at Harl & Co will go by September.", {"layoffs"}),
    ("Harl & Co", "At Harl & Co, 18 positions are at risk in a consultation that began on Monday.", {"layoffs"}),
    ("Harl & Co", "Harl & Co is consulting on 25 redundancies in its warehouse.", {"layoffs"}),
    ("Harl & Co", "Harl & Co's 60 drivers lost their jobs when the depot closed.", {"layoffs"}),
    # ... a team that grew, others' jobs, a share of roles that is not going anywhere
    ("Harl & Co", "Harl & Co has grown its support team from 31 to 45.", set()),
    ("Harl & Co", "Up to 200 jobs are set to go at Fenwick Bank, one of Harl & Co's customers.", set()),
    ("Harl & Co", "A quarter of the roles at Harl & Co are remote.", set()),
])
def test_a_headcount_told_smaller(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Ottery Games", "Ottery Games is no more.", {"shutdown"}),
    ("Ottery Games", "Ottery Games is no more: the studio closed on Friday.", {"shutdown"}),
    ("Ottery Games", "Loading screens are no more in the new Ottery Games launcher.", set()),
    ("Pelham Farm", "We are closing the farm for good at the end of the season.", {"shutdown"}),
    ("Pelham Farm", "We are closing the farm shop for the winter.", set()),
    ("Pelham Farm", "The cinema next door closed for good on Sunday.", set()),
])
def test_the_company_is_no_more_or_its_one_place_closes(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Kiln & Co", "Kiln & Co is sold out of the winter glazes.", set()),
    ("Kiln & Co", "Kiln & Co has been sold out of administration to Harrow Retail.", {"acquisition"}),
    ("Dunmore Partners", "Dunmore Partners has been appointed liquidator of Tessel Print Ltd.", set()),
    ("Dunmore Partners", "Liquidators have been appointed to Dunmore Partners.", {"shutdown"}),
    ("Sawley Freight", "Sawley Freight hauled stock for Crane Foods during Crane's sale to Orbis Brands.", set()),
    ("Sawley Freight", "Sawley Freight has announced its sale to Orbis Brands.", {"acquisition"}),
    ("Tallis.io", "Tallis.io rebuilt the website of Ferncroft Health, which raised $8M soon after the launch.", set()),
])
def test_someone_elses_news_beside_the_company(company, text, expected):
    assert kinds(text, company) == expected


def test_a_sale_in_a_clause_is_read_on_a_first_crawl():
    assert first_read("Tamsin Labs, a Corvel Group company since May, keeps its Glasgow office.", "Tamsin Labs") == {"acquisition"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    # what a review of the first version found read wrongly, each kept as it must read
    ("Fernhill", "Fernhill, having banked $2M in pre-orders, is hiring assembly staff.", set()),
    ("Fernhill", "Fernhill is hiring after closing a $5M growth contract with the NHS.", set()),
    ("Fernhill", "Fernhill is hiring after closing a $10M joint venture with Brava Foods.", set()),
    ("Fernhill", "After a £2M capital investment in new ovens, Fernhill is hiring bakers.", set()),
    ("Fernhill", "Fernhill is hiring 40 people following a £3M investment in its Leeds factory.", set()),
    ("Fernhill", "Fernhill is hiring after leading a $6M seed round in Brava.", set()),
    ("Fernhill", "Fernhill connected 30 founders with $40M in seed funding this year.", set()),
    ("Fernhill", "Fernhill, having raised £250,000 for local hospices since March, is planning a second bake sale.", set()),
    ("Fernhill", "Fernhill, which raised $5M in May of 2025, is hiring.", set()),
    ("Fernhill", "Fernhill, which raised $2M in 2019 and recently opened a York shop, is hiring.", set()),
    ("Fernhill", "Fernhill is the studio behind Orla, which raised £2M last week, and Tamsin.", set()),
    ("Fernhill", "Halyard, backed by $30M from Accel, today launched its app in Spain.", set()),
    ("Fernhill", "Fernhill, which Brava Capital bought a 10% stake in last month, is hiring.", set()),
    ("Fernhill", "Fernhill, which Tesco bought from for the first time in May, is hiring.", set()),
    ("Fernhill", "Brava, a client of Fernhill, sold to Corvel in March, and the contract moved with it.", set()),
    ("Fernhill", "Cakes made by Fernhill, sold to Tesco and Waitrose since May, are now in 200 stores.", set()),
    ("Fernhill", "Fernhill, a Shopify Plus brand since April, ships worldwide.", set()),
    ("Fernhill", "Fernhill, a B Corp company since May, publishes its impact report.", set()),
    ("Fernhill", "Fernhill, bought by more shoppers than ever this spring, is expanding.", set()),
    ("Fernhill", "We have cut our office from 5 to 3 days a week.", set()),
    ("Fernhill", "Half of our jobs go to local freelancers.", set()),
    ("Fernhill", "Two of our roles will go remote next month.", set()),
    ("Fernhill", "We restored all 300 posts lost in the migration.", set()),
    ("Fernhill", "Our 12 first-page positions are at risk after Google's update.", set()),
    ("Fernhill", "Without our grant, 40 jobs at the Leeds food bank are at risk.", set()),
    ("Fernhill", "We ran redundancy consultations with 70 staff for Brava Foods.", set()),
    ("Fernhill", "Half of our team lost their bags on the flight to Lisbon.", set()),
    ("Fernhill", "Our team of 12 drivers lost their jobs at Brava before joining Fernhill.", set()),
    ("Fernhill", "Layoffs tracker: Fernhill's data shows 120,000 tech workers lost their jobs this year.", set()),
    ("Fernhill", "Fernhill plans to sell a controlling 70% stake to Corvel next year.", set()),
    ("Fernhill Ceramics", "The workshop is closed for good weather days so we can fire the kiln outside.", set()),
    ("Fernhill", "Fernhill has appointed administrators to protect creditors.", {"shutdown"}),
    ("Fernhill", "Fernhill completes €4M seed round after earlier funding collapsed.", {"funding"}),
    ("Fernhill", "Fernhill closed its doors for good after a $3M bridge round collapsed.", {"shutdown"}),
    ("Fernhill Games", "Fernhill Games is no more \u2014 the studio closed on Friday.", {"shutdown"}),
    ("Fernhill", "Backed by a fresh £4M round, Fernhill is building a second plant.", {"funding"}),
    ("Fernhill", "We're opening a Berlin hub, fresh from a $5M seed extension.", {"funding"}),
    ("Fernhill", "Fernhill's 30 couriers lost their jobs on Friday.", {"layoffs"}),
    ("Fernhill", "Fernhill \u2013 a Brava company since March \u2013 has moved to Leeds.", {"acquisition"}),
])
def test_what_a_review_of_the_change_found(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Halcyra", "Halcyra GmbH \u2022 Status: in Liquidation \u2022 seit M\u00e4rz 2026", {"shutdown"}),
    ("north.dev", "company:\n  name: north.dev\n  status: acquired\n  acquirer: Fernwood Cloud", {"acquisition"}),
    # ... not a card of another company, a museum's record or an order's tracking, nor a field alone
    ("Fernhill Ventures", "Brava\nSector: Fintech\nInvested: 2019\nStatus: Acquired (2026)", set()),
    ("Fernhill Museum", "Object: Tea set\nMaker: Brava Pottery\nStatus: Acquired (March 2026)", set()),
    ("Fernhill", "Order #4412\nStatus: Acquired (2026)\nCarrier: DPD", set()),
    ("Kestrel", "Status: dissolved", set()),
])
def test_a_status_field_alone_on_the_companys_fact_sheet(company, text, expected):
    assert kinds(text, company) == expected
