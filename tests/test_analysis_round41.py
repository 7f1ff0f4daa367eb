"""Round 41 of the detectors (issue 12): owners named with their legal form or by their brands, staff counted as full-time
equivalents, a sold company's product taken offline, and a round written as a line of its own with its amount and lead.

The families were chosen because independent writers used them: three development sets written this round from one
brief by three helpers who did not see each other's sets (train88: customers told the news; train89: ownership and
structure told every way; train90: numbers and amounts), and the misses of the 101 earlier sets. Each is written here
in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, rules_read


@pytest.mark.parametrize(("company", "text", "expected"), [
    # an owner's name ending in a legal form is a firm's, not a sector's letters
    ("Lindgate", "Lindgate — a Korvath AG company", {"acquisition"}),
    ("Lindgate", "Lindgate has been part of Osterberg SE since the summer.", {"acquisition"}),
    ("Lindgate", "Lindgate, a subsidiary of Vreeland NV since 2026, designs pumps.", {"acquisition"}),
    # (a sector's or a programme's letters stay no owner)
    ("Lindgate", "Lindgate is an AI company.", set()),
    ("Lindgate", "Lindgate — a YC company", set()),
])
def test_an_owner_named_with_its_legal_form(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Marsh & Tern", "Marsh & Tern is a brand of the Halloway Outdoor Group.", {"acquisition"}),
    ("Marsh & Tern", "After the merger, Marsh & Tern continues as a brand of Quillan Holdings.", {"acquisition"}),
    # (a brand of its own, another company's brand, a brand of an earlier year)
    ("Marsh & Tern", "Tidewell is a brand of Marsh & Tern, made in our Cornish workshop.", set()),
    ("Marsh & Tern", "Marsh & Tern has been a brand of Halloway Group since 2019.", set()),
])
def test_a_brand_of_an_owner(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Corrie Data", "Corrie Data has cut 25 FTE, about a tenth of the company.", {"layoffs"}),
    ("Corrie Data", "We have had to let go of 8 FTEs in the support team.", {"layoffs"}),
    # (full-time equivalents hired or counted as growth)
    ("Corrie Data", "Corrie Data has hired 25 FTE this year.", set()),
    ("Corrie Data", "We are now 140 FTE across three offices.", set()),
])
def test_staff_counted_as_full_time_equivalents(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brindle Games", "Brindle Games has been acquired by Orwick Play. Brindle's only game, Saltmarsh, goes offline on 4 January.",
     {"acquisition", "shutdown"}),
    ("Brindle Games", "We are joining Orwick Play. Brindle as a product will sunset in the spring.", {"acquisition", "shutdown"}),
    # (a sale with a pause, or with one product of several retired)
    ("Brindle Games", "Brindle Games has been acquired by Orwick Play. The Brindle store goes offline for maintenance on Sunday.",
     {"acquisition"}),
    ("Brindle Games", "Brindle Games has been acquired by Orwick Play. Our legacy launcher will sunset in the spring.",
     {"acquisition"}),
])
def test_a_sold_companys_product_taken_offline(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Kestrel Grid", "Series B: $30M in equity led by Harnham Partners.", {"funding"}),
    ("Kestrel Grid", "€4.5M seed round led by Ostwind Capital.", {"funding"}),
    ("Kestrel Grid", "Seed extension · +£900k from Morrow Angels", {"funding"}),
    # (a round still open or planned, one of an earlier year, one that failed)
    ("Kestrel Grid", "Series B: $30M led by Harnham Partners, expected to close in January.", set()),
    ("Kestrel Grid", "Seed round: €4.5M led by Ostwind Capital (2024).", set()),
    ("Kestrel Grid", "Series A: $12M from Harnham Partners, opening to angels next week.", set()),
])
def test_a_round_as_a_line_with_its_amount_and_lead(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the company's own board, directors or founders end its trading
    ("Ashlade", "The board has decided to cease trading at the end of the month.", {"shutdown"}),
    ("Ashlade", "The directors of Ashlade Ltd have resolved to cease operations.", {"shutdown"}),
    # (another company's board, one country, a condition)
    ("Ashlade", "Globex's board has decided to cease trading.", set()),
    ("Ashlade", "The board has decided to cease trading in Portugal.", set()),
    ("Ashlade", "The board would cease trading if the sale fell through.", set()),
])
def test_the_companys_board_ends_its_trading(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Moth & Lamp", "Lampwick, our one and only app, will be switched off on 2 February.", {"shutdown"}),
    ("Moth & Lamp", "Lampwick, our only product, will reach end of life in March.", {"shutdown"}),
    ("Moth & Lamp", "Sparks, our only rival, will be switched off in March.", set()),
    ("Moth & Lamp", "Lampwick, our only app, will be offline for maintenance on Sunday.", set()),
    # ceasing everywhere is ceasing
    ("Moth & Lamp", "Moth & Lamp will cease operations in all five of its cities on 1 January.", {"shutdown"}),
    ("Moth & Lamp", "Moth & Lamp will cease operations in every city except Bristol.", set()),
    # the company's last day, not a person's
    ("Moth & Lamp", "Moth & Lamp's last day is 12 December.", {"shutdown"}),
    ("Moth & Lamp", "Priya's last day is 12 December.", set()),
])
def test_a_closure_told_by_its_only_product_everywhere_or_its_last_day(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tallis Print", "All 14 of us are out of work as of Friday.", {"layoffs"}),
    ("Tallis Print", "The remaining six of us were made redundant this week.", {"layoffs"}),
    ("Tallis Print", "Tallis Print has told 22 employees that their roles are redundant.", {"layoffs"}),
    ("Tallis Print", "Tallis Print told 9 press operators on Monday that their jobs had been cut.", {"layoffs"}),
    ("Tallis Print", "Headcount: 64 (Q1) → 51 (Q3) after the June layoffs.", {"layoffs"}),
    ("Tallis Print", "After September's redundancies we are a team of 31.", {"layoffs"}),
    # (none of us, another company's telling, a shift change, cuts at a customer)
    ("Tallis Print", "None of us are losing our jobs.", set()),
    ("Tallis Print", "Globex has told 22 employees that their roles are redundant.", set()),
    ("Tallis Print", "Tallis Print has told 22 employees that their roles are at risk of moving to nights.", set()),
    ("Tallis Print", "After September's redundancies at our biggest customer, orders fell.", set()),
])
def test_cuts_told_by_us_by_a_telling_or_by_their_month(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Orrel Health", "The board of Orrel Health has accepted an offer of 92 pence per share from Lintmoor Capital.",
     {"acquisition"}),
    ("Orrel Health", "The board of Globex has accepted an offer from Lintmoor Capital.", set()),
    ("Orrel Health", "The board has rejected an offer from Lintmoor Capital.", set()),
    ("Orrel Health", "Lintmoor Capital has taken Orrel Health private.", {"acquisition"}),
    ("Orrel Health", "We have taken the Orrel Health community forum private.", set()),
    ("Orrel Health", "Lintmoor Capital owns a controlling interest in Orrel Health.", {"acquisition"}),
    ("Orrel Health", "Lintmoor Capital holds a 20% stake in Orrel Health.", set()),
    ("Orrel Foods", "Orrel Foods' founders have sold a 60% stake to Lintmoor Capital.", {"acquisition"}),
    ("Orrel Health", "Lintmoor Capital has held a majority stake in Orrel Health since 2018.", set()),
])
def test_an_offer_accepted_a_take_private_and_control_held(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a round still open, opening, launched and taking money, or targeted: no round yet
    ("Wrenna Foods", "Wrenna Foods has opened a £400k round on Seedmarket, closing on 31 March.", set()),
    ("Wrenna Foods", "We are targeting a $7M Series A and have begun meeting funds.", set()),
    ("Wrenna Foods", "Wrenna Foods has launched a £1m convertible note round, which remains open until February.", set()),
    # (opening an office after a round is still the round)
    ("Wrenna Foods", "Wrenna Foods raised a seed round last month and is opening a bakery in Leeds.", {"funding"}),
])
def test_a_round_still_open_is_no_round(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # found in review: money's cuts by the month, a proposal to take the company private
    ("Bellweather", "After October's price cuts, our subscriptions are up 40%.", set()),
    ("Hollis & Marr", "Oriel Street Capital has proposed taking Hollis & Marr private, but no offer has been made.", set()),
    ("Hollis & Marr", "Oriel Street Capital has failed in its attempt to take Hollis & Marr private.", set()),
])
def test_look_alikes_found_in_review(company, text, expected):
    assert rules_read(text, company) == expected


def test_the_companys_last_day_with_a_possessive_in_s_on_a_first_crawl():
    assert first_read("Fennick Toys' last day is 24 December. Thank you for everything.", "Fennick Toys") == {"shutdown"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    # new shares taken up for a sum with decimals, or in the company by its name
    ("Harlow Mills", "Tamar Growth Fund has joined Harlow Mills as an investor, subscribing £1.8 million of new shares.",
     {"funding"}),
    ("Harlow Mills", "Tamar Growth Fund has subscribed £2.5m of new shares in Harlow Mills.", {"funding"}),
    # (another company's shares, staff shares)
    ("Harlow Mills", "Tamar Growth Fund has subscribed £2.5m of new shares in Globex.", set()),
    ("Harlow Mills", "Our staff are subscribing £30,000 of new shares through the share incentive plan.", set()),
])
def test_new_shares_taken_up(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a time alone opening the sentence is no background clause
    ("Kettle & Wick", "Since September we've been owned by Harrowfield Group.", {"acquisition"}),
    ("Kettle & Wick", "Since 2019 we've been owned by Harrowfield Group.", set()),
    # an owner in apposition with a time of this year, or proudly in a byline
    ("Kettle & Wick", "Kettle & Wick, part of Marlow Interiors since this spring, has opened a shop in York.", {"acquisition"}),
    ("Kettle & Wick", "Kettle & Wick — proudly part of the Harrowfield Group since October.", {"acquisition"}),
    ("Kettle & Wick", "Kettle & Wick, part of the Candle Makers Network since May, has opened a shop in York.", set()),
    # an offer accepted, priced per share after the bidder; the founders selling control
    ("Kettle & Wick", "Kettle & Wick's board has accepted an all-cash offer from Harrowfield Group of £2.10 per share.",
     {"acquisition"}),
    ("Kettle & Wick", "Kettle & Wick's board has rejected an all-cash offer from Harrowfield Group of £2.10 per share.", set()),
    ("Kettle & Wick", "The founders have sold a 65% stake in the business to Harrowfield Group.", {"acquisition"}),
    ("Kettle & Wick", "The founders have sold a 25% stake in the business to Harrowfield Group.", set()),
])
def test_owners_told_with_their_time_their_offer_or_their_stake(company, text, expected):
    assert rules_read(text, company) == expected
