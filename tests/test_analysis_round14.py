"""Round 14 of the detectors (issue 12): the false flags the rules raised on development text.

Read on the development sets with the rules alone (about 22,000 passages), a third of the false flags came from
a few families that any portfolio has: an April Fools' post, a closure told beside the business going on, a
round or cuts under a date of an earlier year (a dateline, a press list, "the 2025 layoffs", "in FY25"), money
raised for a charity or given as a grant, a fund manager's fund, a sale still in talks or called off, a sale
undone since, one product closed to focus on another. Each case has the look-alikes the change must not close.
"""

from __future__ import annotations

import pytest

from tests.text_reading import crawl_read as read
from tests.text_reading import rules_read as kinds
from valuation_spiders.analysis.grammar import split_sentences


@pytest.mark.parametrize(("company", "text", "expected"), [
    # an April Fools' post, on the news's line or the one beside it
    ("Pesa Pond", "1 April: Pesa Pond is shutting down to become a fish farm. Just kidding — your savings are safe.", set()),
    ("Quire", "Exciting news: Quire has been acquired by Google! (Happy April Fools' Day — we're staying right here.)",
     set()),
    ("Yodel", "April Fools' special: we just raised a $1 trillion Series Z from our office plants.", set()),
    ("Gooseberry", "BREAKING: Gooseberry has been acquired by the Moon.\n(Happy April Fools' Day from all of us.)", set()),
    # ... not a real closure dated 1 April, nor news two lines from a joke
    ("Pesa Pond", "Pesa Pond is shutting down on 1 April. Thank you for everything.", {"shutdown"}),
    ("Quire", "Quire has been acquired by Globex.\nOur new office opens in May.\nApril Fools' posts are archived here.",
     {"acquisition"}),
])
def test_a_joke_is_no_news(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the business goes on beside a closure
    ("Kiezkauf", "Kiezkauf has filed for insolvency in self-administration. Business continues as usual, and wages are "
                 "secured.", set()),
    ("Corncrake", "Corncrake has filed for Chapter 11 protection. Operations continue without interruption.", set()),
    ("Kestrel Learning", "We have sunset our Kestrel Kids app. Kestrel Learning for schools is not affected.", set()),
    ("Sextant", "2026 Sextant Nav app retired; Sextant Fleet remains our flagship", set()),
    # one product closed to focus on another
    ("Goosander", "Goosander will wind down its consumer app to focus entirely on its enterprise platform.", set()),
    ("Flicker", "Sunsetting Flicker Stories to focus on the main app", set()),
    # ... but the company's own end stays one
    ("Quillon", "Quillon is closing for good. Our partners are not affected.", {"shutdown"}),
    ("Goosander", "We're winding down Goosander to focus on our families.", {"shutdown"}),
    ("Quillon", "Quillon has entered liquidation. Operations continue until the liquidator sells the assets.", {"shutdown"}),
])
def test_a_closure_beside_the_business_going_on(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a dated lead of an earlier year: a press list, a timeline, a dateline (its "today" is that day)
    ("Fenwright", "Feb 2025: Fenwright raises $6M seed", set()),
    ("Pylon Energy", "Mar 3, 2025 — Pylon Energy will lay off 58 workers at its Swindon depot", set()),
    ("Foldwise", "11/2025 — Foldwise cuts 20% of staff to extend runway", set()),
    ("Sedge", "Press / 14 Oct 2025 -- Sedge raises $22M Series B / 2 Feb 2026 -- Sedge opens Madrid office", set()),
    ("Loupe Health", "BOSTON, Jan. 8, 2025 /WireBeam/ -- Loupe Health, Inc. today announced that it has closed its $45 "
                     "million Series B. The round brings total funding to $80 million.", set()),
    # ... of this year, or the nearest lead before the news being this year's
    ("Fenwright", "Feb 2026: Fenwright raises $6M seed", {"funding"}),
    ("Sedge", "Press / 3 Jun 2025 -- Sedge opens Madrid office / 2 Feb 2026 -- Sedge raises $22M Series B", {"funding"}),
    ("Loupe Health", "BOSTON, Jan. 8, 2026 /WireBeam/ -- Loupe Health, Inc. today announced that it has closed its $45 "
                     "million Series B.", {"funding"}),
    # a closure under an old date is still the company's state; a sale under one is history since round 21 (README,
    # Signals: the sets written since train26 and this project's brief label it so)
    ("Tally", "12 Mar 2025 -- Tally was acquired by Globex.", set()),
    ("Tally", "12 Mar 2026 -- Tally was acquired by Globex.", {"acquisition"}),
    # the year as the event's modifier, or a fiscal year
    ("Gridline", "Gridline's 2025 restructuring, which affected 60 people, is described in our annual report.", set()),
    ("Dunlin", "Dunlin's 2025 layoffs: one year on", set()),
    ("Savera Health", "In FY25 Savera Health raised ₹55 crore and doubled its revenue.", set()),
    ("Granite Peak", "In fiscal 2025, we reduced our workforce by approximately 6%.", set()),
    ("Savera Health", "In FY26 Savera Health raised ₹55 crore from Blume Ventures.", {"funding"}),
])
def test_a_round_or_cuts_under_an_earlier_date(company, text, expected):
    assert kinds(text, company) == expected


def test_a_letter_that_names_a_round_ends_a_sentence():
    text = "In 2022 Relay raised a $12M Series A, and in 2024 a $40M Series B. Today, Relay serves 1,800 fleets."
    assert split_sentences(text) == ["In 2022 Relay raised a $12M Series A, and in 2024 a $40M Series B.",
                                     "Today, Relay serves 1,800 fleets."]
    assert kinds(text, "Relay") == set()  # the history's sentence no longer takes "Today" from the next one
    assert split_sentences("Written by J. K. Rowling.") == ["Written by J. K. Rowling."]


@pytest.mark.parametrize(("company", "text", "expected"), [
    # money raised for a charity: small sums, no investor
    ("Sundew", "Team Sundew ran the Edinburgh half marathon and raised £14,200 for the Firth Valley Hospice.", set()),
    ("Driftless", "Driftless raised $50,000 for trail maintenance through our race-day fundraiser.", set()),
    # a grant, a subsidy, public money
    ("Copse", "Copse has secured £180,000 of Innovate UK Smart grant funding to trial its drones.", set()),
    ("Yarrow Health", "Yarrow Health has received £1m in local authority funding to train more carers.", set()),
    ("Haywain", "Haywain gets £40k council subsidy for electric vans", set()),
    # a fund manager's fund
    ("Pelham Partners", "Pelham Partners has raised £150M for its fourth fund.", set()),
    ("Solarpoint", "Solarpoint is raising a $100 million infrastructure fund to finance mini-grids.", set()),
    # ... but a small round, a crowdfunding, a round beside a grant, money from a fund are the company's
    ("Scrimshaw", "Scrimshaw raised a $75K pre-seed from operator angels.", {"funding"}),
    ("Kiln & Co", "Kiln & Co raised £18,000 on Crowdfunder to buy a second kiln.", {"funding"}),
    ("Copse", "Copse has raised £2m in a seed round led by Northstar, alongside an Innovate UK grant.", {"funding"}),
    ("Thistle Freight", "Thistle Freight raises £2.4m from Highland Growth Fund to add 20 electric lorries.", {"funding"}),
    ("Scrimshaw", "Scrimshaw raised a $500K pre-seed from Hustle Fund and a group of operator angels.", {"funding"}),
])
def test_money_that_is_not_a_round(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # talks, exclusivity, an LOI, a possible bid; a deal off
    ("Thistledown", "Arnott Capital has been granted four weeks of exclusivity on a possible acquisition of Thistledown.",
     set()),
    ("Tanjong Data", "Tanjong Data has signed a non-binding letter of intent about a possible acquisition of the company.",
     set()),
    ("Simit Pay", "A deal for Marmara Bank to acquire Simit Pay collapsed at the last minute.", set()),
    ("Tessellate", "Tessellate has ended its proposed merger with Gridform after regulators raised concerns.", set()),
    ("Carrow", "Exclusive: Windlass in talks to buy Carrow for up to $90M", set()),
    # undone since, in the line or the next
    ("Wickerbasket", "From 2017 to 2022 Wickerbasket was owned by Lysander Retail. In 2022 our founders bought it back, "
                     "and we've been independent ever since.", set()),
    ("Cobalt", "Cobalt was acquired by Hexwell in 2019.\nSince a management buyout in 2022 we are once again an "
               "independent company.", set()),
    # customers, not a buyer
    ("Plinth", "We are thrilled to announce that Plinth has been acquired... by 10,000 new customers this month!", set()),
    # ... but a sale after an earlier deal fell through, and a buy-back itself, are sales
    ("Puffin Pay", "Puffin Pay has been acquired by Globex after an earlier deal with Initech collapsed.", {"acquisition"}),
    ("Marlow", "Marlow has been bought back by its founders from Globex.", {"acquisition"}),
    ("Plinth", "Plinth has been acquired by Globex, which has 10,000 customers.", {"acquisition"}),
])
def test_a_sale_not_made(company, text, expected):
    assert kinds(text, company) == expected


def test_the_guards_hold_with_the_model():
    # what the rules no longer flag, the model does not flag for them
    assert read("1 April: Pesa Pond is shutting down to become a fish farm. Just kidding — your savings are safe.",
                "Pesa Pond") == set()
    assert read("Feb 2025: Fenwright raises $6M seed", "Fenwright") == set()
    assert read("Exclusive: Windlass in talks to buy Carrow for up to $90M", "Carrow") == set()


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a round as a dated field of the company's fact sheet, card or list
    ("Layover Travel", "Company\nFunding: €3.2M seed (Jan 2026)\nTeam: 22", {"funding"}),
    ("Ironbark", "Company\nLast round: Series A, A$12M (March 2026)", {"funding"}),
    ("Helix/Nine", "Founded: 2019 · Status: private, venture-backed · Last round: Series A (May)", {"funding"}),
    ("Arbor Ledger", "name: Arbor Ledger\nfounded: 2020\nlast_funding: 2026-03-19 (Series A, $13M)", {"funding"}),
    ("Halyard", "Funding rounds\n- 2026-01-22: Series A, £11M (lead: Quayside)\n- 2024-05-01: Seed, £2.5M", {"funding"}),
    ("Halvard", "| Date | Round | Amount | Lead |\n| 2026-02-17 | Series B | $31M | Tidewater Partners |", {"funding"}),
    ("Candlewick", "Investor updates · March 2026: seed round closed — $2.4M from Hearth Ventures", {"funding"}),
    # ... not an earlier year, a total over the years, an undated standing figure, nor a table of others' rounds
    ("Layover Travel", "Company\nFunding: €3.2M seed (Jan 2024)\nTeam: 22", set()),
    ("Halyard", "Funding rounds\n- 2024-05-01: Seed, £2.5M\n- 2022-01-22: Pre-seed, £0.5M", set()),
    ("Tinkerbird", "Media facts: Users 2.1M | Countries 34 | Raised $19M (2022-2026)", set()),
    ("Marigold", "Quick facts\nFunding: $52M Series A and B\nHeadcount: 130", set()),
    ("Greyfinch", "Portfolio | Quill8 | Series A | Mar 2026", set()),
    ("Greyfinch", "Our portfolio companies: 2026-03-01: Series A for Quill8, $12M", set()),
])
def test_a_round_as_a_dated_field(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # found in review: the guards must not take the company's real news
    ("12 March 2026 — Our story: in 2021 Acme raised a $3M seed round from Foo Ventures.", set()),
    ("Acme has raised a $30M Series B led by Foo Ventures. (Seed: 3 Mar 2024 — $2M.)", {"funding"}),
    ("Acme has cut 40 jobs across its Leeds office. Earlier cuts: 11/2024 — 12 roles.", {"layoffs"}),
    ("Despite its 2024 Series A, Acme is laying off 30% of its staff.", {"layoffs"}),
    ("Two years after its 2024 seed round, Acme has raised a $20M Series A led by Foo Ventures.", {"funding"}),
    ("Acme will make 2000 job cuts across its European plants.", {"layoffs"}),
    ("Acme has raised €3 Mio in new funding.", {"funding"}),
    ("Acme has raised $2.5-million in new funding.", {"funding"}),
    ("Acme has secured $4M in funding from Foo Capital, alongside an Innovate UK grant.", {"funding"}),
    ("Acme raises $15M Series A for its fund administration platform.", {"funding"}),
    ("Globex has acquired Acme, whose share price collapsed last year.", {"acquisition"}),
    ("Acme has been acquired by Globex, which is in talks to buy two more startups.", {"acquisition"}),
    ("Acme has been bought out by members of its management team.", {"acquisition"}),
    ("Acme has been acquired by Globex.\nCustomers who bought it from us can buy it back at full price.", {"acquisition"}),
    ("We've raised a $10M Series A led by Foo Ventures (and no, this isn't an April Fools' joke).", {"funding"}),
    ("No kidding: Acme has raised a $10M Series A led by Foo Ventures!", {"funding"}),
    ("Acme has been acquired by Globex! #AprilFools", set()),
    ("Acme is closing. Services will continue to 30 June.", {"shutdown"}),
    ("Acme will shut down on 30 June. All customers will be fully supported during the transition.", {"shutdown"}),
    ("Acme is shutting down to focus on our other business, Foo Labs.", {"shutdown"}),
    ("Marketing 2025: Acme raised a $30M Series B led by Foo Ventures.", {"funding"}),
    ("NEW YORK, Jan. 08, 2025 (GLOBE NEWSWIRE) -- Acme raised a $30M Series B led by Foo Ventures.", set()),
])
def test_the_guards_leave_the_companys_news(text, expected):
    assert kinds(text, "Acme") == expected



@pytest.mark.parametrize(("company", "text", "expected"), [
    # an order is sales, not a round
    ("Snowberry", "Snowberry has secured a £2m order from Harrowgate Rail for 400 of its sensors.", set()),
    ("Pipehouse", "Pipehouse has secured a $6M purchase order from the Ministry of Defence.", set()),
    ("Tractly", "Tractly bags ₹35 crore order from Indian Railways.", set()),
    ("Snowberry", "Snowberry has raised £2m in order to expand into rail.", {"funding"}),
    # the listing ends with a sale, the company goes on
    ("Oakcrest", "Oakcrest shareholders approved the take-private deal with Halberd Equity; Oakcrest shares stop trading on "
                 "Friday.", {"acquisition"}),
    ("Pinecrest", "Pinecrest has completed its merger with Solace Labs. Following the closing, Pinecrest's shares ceased "
                  "trading.", {"acquisition"}),
    # ... but the company's own end still counts
    ("Acme", "Acme has entered liquidation and its shares ceased trading on Friday.", {"shutdown"}),
    ("Fernleaf Audio", "Fernleaf Audio is selling its remaining stock and will stop trading in May.", {"shutdown"}),
])
def test_orders_and_listings(company, text, expected):
    assert kinds(text, company) == expected
