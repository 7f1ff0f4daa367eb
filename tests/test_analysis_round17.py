"""Round 17 of the detectors (issue 12): families the rules missed on text the sentence model had not seen.

Found by training the model without the five newest development sets and reading what rules and model together still
missed there, then by the two training sets written this round (train24: endings and cuts in every register; train25:
owners and money in every register). Each family is written here in new words, beside the look-alikes it must not
catch: a sale told in a clause with its seller ("part of Maritime Pet Health, which acquired the practice from Dr
Boudreau"), an owner named by its trade or in a byline of its own ("a Ravenna Buildings company", "© 2026 Bellweather
Pay Ltd. A Corvex Group company."), every site of a business closing ("is closing all of its studios"), the formal
announcement of cuts (a proposal, a consultation, a voluntary redundancy scheme, a count of job losses), a "would"
reported after a verb of telling, a sentence told by the company (", Umbra Systems said."), money raised in a passive
("£6M has been secured from Cairnwood Capital").
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Penhallow Vets", "Penhallow Vets is part of Larchmont Animal Care, which bought the practice from Dr Imrie.",
     {"acquisition"}),
    ("Kelso Pies", "Kelso Pies is a Brackley Foods brand, owned by Brackley since they bought the bakery from the Kelsos.",
     {"acquisition"}),
    ("Harbour Yoga", "Harbour Yoga is a Flowline studio, part of the group since Flowline bought it from its founder.",
     {"acquisition"}),
    ("Stag Lodge", "Welcome to Stag Lodge, now run by Ewan and Isla, who bought the hotel from the Frasers in spring.",
     {"acquisition"}),
    ("Tamsworth Savings", "Tamsworth Savings is a trading name of Orrin Bank plc, which acquired the society.",
     {"acquisition"}),
    # ... a buyer of something else, a passive with no buyer, a client's owner, the company's own owners
    ("Penhallow Vets", "We moved into the old mill after the council bought the land from the railway.", set()),
    ("Hearthwood Ventures", "Hearthwood Ventures backed the seed round of Quillstack, which has since been acquired.",
     set()),
    ("Tamsworth Savings", "We look after Globex, which acquired the business.", set()),
    ("Kelso Pies", "Since we bought the bakery from the Kelsos, we've doubled the menu.", set()),
    ("Kelso Pies", "Kelso Pies has baked here since 1970, when Grandad bought the bakery from the Co-op.", set()),
    ("Kelso Pies", "We supply Hartley's, who bought the shop from the previous owner last year.", set()),
])
def test_a_sale_told_in_a_clause(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tessel Systems", "Tessel Systems is a Ravenna Buildings company.", {"acquisition"}),
    ("Gloam", "Gloam is a Nightshade Software company.", {"acquisition"}),
    ("Gloam", "Gloam is an Open Source Software company.", set()),
    ("Bellweather Pay", "© 2026 Bellweather Pay Ltd. A Corvex Group company.", {"acquisition"}),
    ("Kookaburra Kids", "Kookaburra Kids is proudly owned by Gumtree Early Learning.", {"acquisition"}),
    ("Marlowe Audio", "The Marlowe Audio brand has been sold to Redfern Sound.", {"acquisition"}),
    # ... a badge, a platform, a place, another company's line, a product of the company's own, a couple who run it
    ("Ravel", "Ravel — a Yorkshire business", set()),
    ("Ravel", "© 2026 Ravel Ltd · a Webflow studio", set()),
    ("Bellweather Pay", "© 2026 Globex Ltd. A Corvex Group company.", set()),
    ("Bellweather Pay", "© 2026 Bellweather Pay Ltd. A Living Wage company.", set()),
    ("Marlowe Audio", "The Marlowe Mini brand has been sold to Redfern Sound.", set()),
    ("Ravel", "Ravel is owned by Sarah and Tom Pike.", set()),
    ("Ravel", "Ravel is owned by Mr and Mrs Okafor.", set()),
])
def test_an_owner_named_by_what_the_company_is(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Trellis9", "Trellis9 has accepted an offer from Civic Systems.", {"acquisition"}),
    ("Zephyrine", "The board has accepted an offer from Baird Pharma to acquire the company.", {"acquisition"}),
    ("Stitchwork", "We've sold Stitchwork! The new owners are lovely.", {"acquisition"}),
    ("Stitchwork", "We have sold the business.", {"acquisition"}),
    ("Birchbark Books", "New owners Kettle & Quire take over in April.", {"acquisition"}),
    ("Kittering", "Kittering has sold to Petcraft Ltd, and the team joins Petcraft's digital unit.", {"acquisition"}),
    ("Merriweather Labs", "Merriweather Labs has joined Helvetic Clinical as a wholly owned subsidiary.", {"acquisition"}),
    ("Cinderpath", "As of today we're part of Stride Athletic.", {"acquisition"}),
    # ... an offer for a site, a job offer, a product sold, sold out, a question, a denial, a lease taken over
    ("Trellis9", "We accepted an offer from Civic Systems for our Leeds site.", set()),
    ("Trellis9", "Our CTO has accepted an offer from Google.", set()),
    ("Stitchwork", "We've sold out of Stitchwork tees.", set()),
    ("Stitchwork", "We've sold 10,000 Stitchwork kits.", set()),
    ("Stitchwork", "Have we sold the business?", set()),
    ("Stitchwork", "We have not sold the business.", set()),
    ("Birchbark Books", "New owners Kettle & Quire take over the lease of the unit next door.", set()),
    ("Kittering", "Kittering sold to Globex Group, its biggest customer, 200 licences.", set()),
    ("Cinderpath", "As of today we're part of the Shopify Plus partner network.", set()),
    ("Stitchwork", "We've sold Stitchwork to hundreds of makers.", set()),
    ("Stitchwork", "We sold the business in 2015 and started Stitchwork.", set()),
    ("Trellis9", "We have accepted an offer from Innovate UK.", set()),
    ("Birchbark Books", "New owners Kettle & Quire take over the Red Lion next month.", set()),
    ("Birchbark Books", "Good luck to Jo at the Old Mill, whose new owners Globex take over next week.", set()),
    ("Merriweather Labs", "We joined Helvetic Clinical as a subsidiary partner in the trial.", set()),
])
def test_a_sale_told_by_the_seller(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Endpoint Cuts", "After eleven years, Endpoint Cuts is closing all of its salons on 30 May.", {"shutdown"}),
    ("Orchard Lane Nurseries", "Orchard Lane Nurseries will close all four nurseries at the end of term.", {"shutdown"}),
    ("Room 101 Ltd", "Room 101 Ltd is closing both venues for good on 31 August.", {"shutdown"}),
    ("Halvard Mobility", "Halvard Mobility will cease operations in all cities on 30 April.", {"shutdown"}),
    ("Ashgrove Money", "Ashgrove Money no longer operates.", {"shutdown"}),
    ("Honeycomb Hive Supplies", "Honeycomb Hive Supplies is closed and is no longer taking orders.", {"shutdown"}),
    ("Jozi Bricks", "Jozi Bricks (Pty) Ltd is in final liquidation.", {"shutdown"}),
    ("Plumline", "Plumline stops taking bookings for good on 30 April.", {"shutdown"}),
    ("Saltbox Cafe", "We're putting the shutters down for good.", {"shutdown"}),
    ("Sproutly", "The Sproutly team has decided to call it a day.", {"shutdown"}),
    ("Bramwell Brick", "The board has decided to close the kilns and wind up the company.", {"shutdown"}),
    ("Luigi's Restaurant", "After 20 years, the restaurant is closing for good at the end of May.", {"shutdown"}),
    ("Kerr Dental Clinic", "The clinic will close permanently on 30 June.", {"shutdown"}),
    ("Tidewater Apps", "It is the only app we make, and Tidewater Apps will close with it.", {"shutdown"}),
    ("Oatcake Kitchens", "Oatcake Kitchens has closed and our whole team has moved on.", {"shutdown"}),
    ("Stonechat", "Stonechat has been bought by Larkhill Publishing and is no longer published.",
     {"acquisition", "shutdown"}),
    # ... the stores of one country, opening hours, going remote, a pause, one branch, a workday, a subsidiary
    ("Endpoint Cuts", "Endpoint Cuts is closing all of its salons in Scotland.", set()),
    ("Endpoint Cuts", "We close all our salons at 5pm on Sundays.", set()),
    ("Endpoint Cuts", "Endpoint Cuts will close all of its offices and go fully remote.", set()),
    ("Plumline", "We have stopped taking orders for the Christmas period.", set()),
    ("Plumline", "Our Leeds branch stops taking bookings for good.", set()),
    ("Saltbox Cafe", "We pull the shutters down for the night at 10pm.", set()),
    ("Sproutly", "We called it a day at 4pm and went to the pub.", set()),
    ("Luigi's Restaurant", "The restaurant is closed on Mondays.", set()),
    ("Orchard Lane Nurseries", "We are closing all four nurseries tomorrow due to the snow.", set()),
    ("Orchard Lane Nurseries", "We are closing all of our stores and moving online.", set()),
    ("Sproutly", "After a long shift, the Sproutly team decided to call it a day.", set()),
    ("Luigi's Restaurant", "The Soho restaurant is closing for good; our Camden site stays open.", set()),
    ("Nimbus", "Nimbus filed for liquidation of its Brazilian subsidiary.", set()),
    ("Tidewater Apps", "Tidewater Apps closes with it the best year in its history.", set()),
    ("Oatcake Kitchens", "Our café closed and the staff went home at 5pm.", set()),
    ("Stonechat", "The print edition is no longer published.", set()),
])
def test_the_whole_business_closes(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Meridian Grocers", "Meridian Grocers is proposing to cut 90 jobs as it closes two stores.", {"layoffs"}),
    ("Harrowgate Bakeries", "Harrowgate Bakeries Ltd proposes to dismiss as redundant up to 64 employees.", {"layoffs"}),
    ("Marlowe Logistics", "Marlowe Logistics has started a 45-day consultation on a proposal to cut 210 roles.",
     {"layoffs"}),
    ("Wendover Print", "Wendover Print is consulting with its 23 staff on a proposal to reduce the workforce to 15.",
     {"layoffs"}),
    ("Marrowby Software", "Marrowby Software has opened a voluntary redundancy scheme for 30 roles.", {"layoffs"}),
    ("Fernlea Dental", "Fernlea Dental has put 22 reception roles at risk as it centralises bookings.", {"layoffs"}),
    ("Carraway Cinemas", "Carraway Cinemas has confirmed 52 job losses.", {"layoffs"}),
    ("Quayside Ferries", "Quayside Ferries has given notice of 18 redundancies.", {"layoffs"}),
    ("Arbour Bikes", "Arbour Bikes has made nine mechanics redundant.", {"layoffs"}),
    ("Ashgrove Money", "The administrators of Ashgrove Money have made 64 staff redundant.", {"layoffs"}),
    ("Oakum", "Our shipwrights were laid off this month.", {"layoffs"}),
    ("Lumengrid", "The Lumengrid team has been reduced by about 25%.", {"layoffs"}),
    ("Ceasefire Games", "Ceasefire Games has reduced the team from twelve to seven.", {"layoffs"}),
    ("Stitchwork", "I've had to let our studio assistant go.", {"layoffs"}),
    ("Umbra Systems", "Fifteen workers at the Swindon factory have lost their jobs, Umbra Systems said.", {"layoffs"}),
    # ... advice to others, another company's proposal or people, things made redundant, growth, an old habit let go
    ("Meridian Grocers", "We advise clients who propose to cut 50 jobs.", set()),
    ("Meridian Grocers", "Globex is proposing to cut 90 jobs.", set()),
    ("Fernlea Dental", "Fernlea Dental has put 20 projects at risk.", set()),
    ("Oakum", "Our old servers were made redundant by the new cluster.", set()),
    ("Oakum", "Our customers were laid off by their employers.", set()),
    ("Ashgrove Money", "The administrators of Globex made 55 staff redundant.", set()),
    ("Lumengrid", "The Globex team has been reduced by about 25%.", set()),
    ("Ceasefire Games", "We grew the team from seven to twelve.", set()),
    ("Stitchwork", "I had to let my old habits go.", set()),
    ("Arbour Bikes", "Arbour Bikes has made nine bikes redundant.", set()),
    ("Oakum", "Our cables were laid off the coast.", set()),
    ("Meridian Grocers", "Meridian Grocers has put 22 staff at risk of burnout, the union says.", set()),
    ("Meridian Grocers", "Our report confirmed 52 job losses across the sector.", set()),
    ("Umbra Systems", "Many people have lost their jobs since the mine closed, Umbra Systems said.", set()),
    ("Umbra Systems", "Fifteen workers at the council's depot have lost their jobs, Umbra Systems confirmed.", set()),
    ("Umbra Systems", "Fifteen workers at Globex have lost their jobs, Umbra Systems said.", set()),
    ("Umbra Systems", "Fifteen workers have lost their jobs, Globex said.", set()),
])
def test_cuts_announced_formally(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brightmere", "The CEO said Brightmere would cut about 60 jobs.", {"layoffs"}),
    ("Brightmere", "Staff were told today that Brightmere would be shutting down at the end of the quarter.",
     {"shutdown"}),
    # ... a condition, reports denied, a "would" nobody told
    ("Brightmere", "Brightmere said it would cut jobs if the deal fails.", set()),
    ("Brightmere", "Brightmere would cut about 60 jobs if sales fell.", set()),
    ("Kimchi Cloud", "Kimchi Cloud said reports that it would be merged into Hwarang Telecom are groundless.", set()),
    ("Jetty9", "The founders said Jetty9 would raise a seed round in the spring if bookings kept growing.", set()),
    ("Brightmere", "When we started, we said Brightmere would be acquired within five years.", set()),
    ("Brightmere", "The CEO said Brightmere would cut 60 jobs were sales to fall.", set()),
])
def test_a_would_reported_after_a_verb_of_telling(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Terrafold", "£6M has been secured from Cairnwood Capital.", {"funding"}),
    ("Terrafold", "A further £2M was invested by our existing investors.", {"funding"}),
    ("Glenbrook", "Glenbrook has welcomed new investors.", {"funding"}),
    ("Bramble & Thorn", "A York business angel has bought a stake in Bramble & Thorn.", {"funding"}),
    ("Bramblefield", "Bramblefield's seed round of £1.1M closed this week.", {"funding"}),
    ("Mirefield Bio", "Thanks to a new round of funding from Hawkmoor Bio Fund, Mirefield Bio can start trials.",
     {"funding"}),
    # ... public money, a charity's money, another company's raise, an invitation, the company buying in, a plan
    ("Terrafold", "£6M has been secured from the Clean Heat public fund.", set()),
    ("Terrafold", "£6M was raised by our customers for the hospice.", set()),
    ("Terrafold", "$2M has been raised by Acme from Cairnwood Capital.", set()),
    ("Glenbrook", "We welcome new investors to our community share offer.", set()),
    ("Bramble & Thorn", "Bramble & Thorn has bought a stake in Acme.", set()),
    ("Bramblefield", "Globex's seed round of £1.1M closed this week.", set()),
    ("Mirefield Bio", "We hope to close a new round of funding from Hawkmoor next year.", set()),
    ("Mirefield Bio", "Congratulations to our customer Globex on a new round of funding led by Index.", set()),
    ("Mirefield Bio", "We helped Acme secure a new round of funding from Index Ventures.", set()),
    ("Glenbrook", "Our platform has welcomed new investors onto the platform this month.", set()),
    ("Bramble & Thorn", "Investors who bought a stake in Bramble & Thorn will receive dividends.", set()),
])
def test_money_raised_told_otherwise(company, text, expected):
    assert kinds(text, company) == expected
