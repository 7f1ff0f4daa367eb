"""Round 16 of the detectors (issue 12): what the rules still read wrong on development text and on heldout21.

A small business calls itself by its trade ("Acquila Dental Practice", "the practice", "the hotel"), by its name
without the trade ("St Audrey's" for "St Audrey's Prep", "M&R" for "M&R Groundworks") or with a dot in a word
("Velo.Fix"). Its owner is told in a byline ("Dovetail Dental · part of Smileforth", "Kiln 9, a Cresswell Homeware
company") or since a date ("has been part of Northlight Digital since 2023"). A sale is often followed by what is
switched off ("The tessel.works editor will be switched off on 1 September"): acquired and switched off is both. People
are dismissed by trade ("made three weavers redundant", "let the five designers there go"). A crowd's campaign closes
with its money ("Our Kickstarter for the Tide collection closed at £86,000"). Each case has the look-alikes the change
must not close.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a word with a dot in it, the name without its trade, the name with its trade
    ("Spoke.Works", "Spoke.Works has raised £400,000 from Ridgeway Angels to open a second workshop.", {"funding"}),
    ("St Brennan's School", "St Brennan’s will close at the end of the summer term.", {"shutdown"}),
    ("P&J Scaffolding", "P&J has laid off 30 scaffolders as two big sites were cancelled.", {"layoffs"}),
    ("Orwell Dental", "Orwell Dental Surgery closed on 31 January. Patient records have passed to the health board.",
     {"shutdown"}),
    ("The Saltings", "The Saltings Hotel will not reopen after the winter.", {"shutdown"}),
    ("Foxley Hall", "Foxley Hall Hostel has been sold to Roamstay.", {"acquisition"}),
    # ... but another business with the same street or first word, a product named after the company, is not it
    ("Elm Row Pharmacy", "Our neighbours on Elm Row, Castle Books, will close at the end of March.", set()),
    ("Radio 88", "Coastline Radio has raised £2m from its listeners.", set()),
    ("Spoke.Works", "Spoke and Works magazine has raised £400,000 from its readers.", set()),
])
def test_a_business_called_by_its_trade(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Orwell Dental", "The practice closed on 31 January.", {"shutdown"}),
    ("Linnet Bakery", "The bakery will close for the last time on 28 March.", {"shutdown"}),
    ("Thornby", "The business closes on 31 March.", {"shutdown"}),
    ("Holm Farm", "After 60 years the farm closes on 30 September.", {"shutdown"}),
    ("The Saltings Hotel", "The hotel will not reopen.", {"shutdown"}),
    ("Garth Mill", "Garth Mill closed in December 2025 after 80 years.", {"shutdown"}),
    # ... a day off, a closure for works, an aside about something sold, another business's hotel
    ("Linnet Bakery", "The bakery will close on Monday for a private event.", set()),
    ("Linnet Bakery", "The bakery is closed on Sundays.", set()),
    ("Garth Mill", "The mill shuts down for its annual maintenance from 1 to 14 August.", set()),
    ("Holm Farm", "The farm shop closes on 24 December and reopens on 2 January.", set()),
    ("Harrow & Hale", "Harrow & Hale will sell the Cliff Hotel. The hotel, which closed in 2024, goes to auction in June.",
     set()),
    ("The Saltings Hotel", "The pool at the hotel will not reopen this season.", set()),
])
def test_a_closure_told_of_the_business(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Dovetail Dental", "Dovetail Dental · part of Smileforth", {"acquisition"}),
    ("Ravel Studios", "Ravel Studios — an Ashgrove Games studio", {"acquisition"}),
    ("Tern Fleet", "Tern Fleet · a division of Voltway plc", {"acquisition"}),
    ("Kiln 9", "Kiln 9 Pottery, a Cresswell Homeware company.", {"acquisition"}),
    ("Marl Quarries", "Marl Quarries is a Holcot Aggregates business.", {"acquisition"}),
    ("Elm Row Pharmacy", "Elm Row Pharmacy is part of Wellrow Chemists.", {"acquisition"}),
    ("Copper Still", "Copper Still Distillery, part of Morrow & Vane Spirits.", {"acquisition"}),
    # (owned since an earlier year: the sale is that year's, history since round 21; README, Signals)
    ("Bramblecode", "Bramblecode has been part of Northlight Digital since 2023.", set()),
    ("Tidepool", "Tidepool has been a subsidiary of Oceanic Holdings since 2022.", set()),
    ("Bramblecode", "Bramblecode has been part of Northlight Digital since January 2026.", {"acquisition"}),
    # ... a badge, a programme, a cohort, an index, a family that always owned it
    ("Acme", "Acme — a Living Wage business", set()),
    ("Acme", "Acme · a Y Combinator company", set()),
    ("Acme", "Acme · part of the Techstars Berlin cohort", set()),
    ("Acme", "Acme is part of a growing movement of independent retailers.", set()),
    ("Acme", "Acme has been part of Google for Startups since 2024.", set()),
    ("Acme", "Acme has been part of the FTSE 250 since 2024.", set()),
    ("Acme", "Acme has been part of the Techstars community since 2023.", set()),
    ("Hollow Oak", "Hollow Oak is owned by the Whitcombe family and made on the farm.", set()),
    ("Brodick", "Tarbert, part of Hexley Logistics, is Brodick's biggest customer.", set()),
])
def test_an_owner_in_a_byline(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("tessel.works", "tessel.works has been acquired by Northlake Software. The tessel.works editor will be switched off on"
                     " 1 September.", {"acquisition", "shutdown"}),
    ("Taco Loco", "Cantina Brands has acquired Taco Loco and will close all four taquerias.", {"acquisition", "shutdown"}),
    ("Harbour Beans", "Harbour Beans has been bought by Hearthside Coffee, and our roastery will close in March.",
     {"acquisition", "shutdown"}),
    ("Radio 88", "Coastline Radio bought Radio 88 in February and will switch the station off on 31 March.",
     {"acquisition", "shutdown"}),
    ("Larkspur", "The team has joined Bloomfield, and Larkspur itself will shut down on 30 June.",
     {"acquisition", "shutdown"}),
    # ... what carries on, one version, one office, a brand renamed, another company's app
    ("Acme", "Acme has been acquired by Globex. The Acme brand will continue, and nothing changes for customers.",
     {"acquisition"}),
    ("Acme", "Acme has been acquired by Globex. The Acme Classic app will be retired on 30 September.", {"acquisition"}),
    ("Acme", "Acme has been acquired by Globex. Our Leeds office will close in June.", {"acquisition"}),
    ("Acme", "Acme has been acquired by Globex. Acme will not be shut down.", {"acquisition"}),
    ("Acme", "Acme has been acquired by Globex, and the Acme brand will be retired.", {"acquisition"}),
    ("Acme", "Acme has acquired Beta. The Beta app will be switched off on 1 June.", set()),
    ("Acme", "Acme has been acquired by Globex. Acme is no longer sold separately.", {"acquisition"}),
])
def test_switched_off_after_a_sale(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Wickerbay", "Wickerbay has made four basket weavers redundant after a quiet winter.", {"layoffs"}),
    ("Heronsgate", "Heronsgate has made two receptionist posts redundant.", {"layoffs"}),
    ("Verdigris", "Verdigris has let go of three apprentices.", {"layoffs"}),
    ("Pixelhaus", "Pixelhaus has closed its Oslo studio and let the six animators there go.", {"layoffs"}),
    ("Cutback Coffee", "We've closed two cafés, and 14 baristas have lost their jobs.", {"layoffs"}),
    ("Juniper Post", "Juniper Post has laid off its trust and safety team.", {"layoffs"}),
    # ... customers, machines, another company's people, a day off, no count, none at all
    ("Acme", "Acme has made three customers redundant.", set()),
    ("Acme", "Our new app has made paper forms redundant.", set()),
    ("Acme", "Globex is shutting down, and all 40 employees have been laid off.", set()),
    ("Acme", "Over 200 designers were laid off across the industry last year.", set()),
    ("Acme", "We let our people go at 3pm on Fridays.", set()),
    ("Acme", "We had to let go of our team offsite this year to save money.", set()),
    ("Acme", "Acme lets its staff go on sabbatical after five years.", set()),
    ("Acme", "Many drivers are losing their jobs to automation, our report finds.", set()),
    ("Acme", "Acme has laid off zero people since 2018.", set()),
    ("Acme", "A note from the yard: down the valley at Kestrel Ridge, where thirty people have been laid off, we have"
             " offered interviews.", set()),
])
def test_people_dismissed_by_trade(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tide & Co", "Our Kickstarter for the spring collection closed at £64,000 from 1,100 backers.", {"funding"}),
    ("Lattice", "The Lattice Indiegogo campaign closed on 20 February with £48,000 raised.", {"funding"}),
    ("Meridian Vale", "Our wine-club bond offer closed in March, raising £400k from 380 members.", {"funding"}),
    ("Yarn Barn", "Our Crowdshare campaign closed on Sunday with £30,000 from 250 of you.", {"funding"}),
    ("Ravel Knit", "The Ravel Kickstarter for our pattern book reached its £9,000 goal.", {"funding"}),
    ("Tannery Row", "Tannery Row has sold a 20% stake to Crispin Capital for £3m.", {"funding"}),
    ("Wren Ledger", "Wren Ledger has raised £3m from Dovecote Ventures and Charity Tech Angels.", {"funding"}),
    ("Crowdfolk", "Crowdfolk itself has raised a $5M Series A led by Patchwork Ventures.", {"funding"}),
    # ... a campaign still open, one of an earlier year, a charity, someone else's stake, control changing hands
    ("Tide & Co", "Our Kickstarter for the spring collection is live: £64,000 pledged so far.", set()),
    ("Millstone Cider", "Our 2024 share offer raised £210,000 from 520 cider drinkers.", set()),
    ("Ravel Knit", "The Ravel Kickstarter reached £9,000 on its first day.", set()),
    ("Curlew", "Curlew raised $120,000 for Macmillan Cancer Support through its annual bike ride.", set()),
    ("Acme", "Acme sold its 30% stake in Beta to Harrow Capital.", set()),
    ("Acme", "Our founders sold some of their shares to Harrow Capital in a secondary.", set()),
    ("Acme", "Acme sold a 75% stake to Harrow Capital.", {"acquisition"}),
])
def test_money_told_otherwise(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Coastline Fish", "Where to buy | Coastline Fish", set()),
    ("Coastline Fish", "Coastline Fish has been bought by Harbour Foods.", {"acquisition"}),
])
def test_a_page_title_is_not_a_sale(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Kopje", "Harvest Bancorp has taken over Kopje.", {"acquisition"}),
    ("Moray Optics", "Moray Optics has been taken over by its Chinese partner, Sunbeam Optical.", {"acquisition"}),
    ("Fallowfield Foods", "Fallowfield Foods is being bought by its biggest customer, Arla Dairies, in an agreed deal.",
     {"acquisition"}),
    ("Rookery", "Rookery has been acquired by the Pemberly hospitality group.", {"acquisition"}),
    ("Sol & Sail", "Sol & Sail Charters has been sold to Blue Meridian Yachting.", {"acquisition"}),
    # ... the company buying, a customer with no sale, the press calling the company by its city
    ("Kopje", "Kopje has taken over the lease of the unit next door.", set()),
    ("Moray Optics", "Moray Optics has been chosen by its Chinese partner, Sunbeam Optical, as sole supplier.", set()),
    ("Cuppa", "The Leeds firm behind Cuppa has closed a £4.2m seed round led by Northern Gritstone.", {"funding"}),
])
def test_a_sale_told_with_its_buyer(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Cockle Digital", "Cockle Digital Pvt Ltd has been ordered wound up by the tribunal.", {"shutdown"}),
    ("Windup Toys", "Windup Toys (Pty) Ltd has been placed under final winding-up by order of the High Court.", {"shutdown"}),
    ("Halden Steel", "The board has resolved to put the company into solvent liquidation.", {"shutdown"}),
    ("Ostrava Motors", "Ostrava Motors has ceased production and filed for liquidation.", {"shutdown"}),
    ("Nandi Health", "Nandi Health will cease all telemedicine services on 31 December.", {"shutdown"}),
    ("Hollin Care", "Hollin Care will stop providing care on 30 April.", {"shutdown"}),
    ("Marigold Care", "Marigold Care no longer provides care. Our clients have moved to other providers.", {"shutdown"}),
    ("Mapleleaf Labs", "Mapleleaf Labs is folding after burning through its seed money.", {"shutdown"}),
    ("Emberlight", "The game ends on 28 February, and the studio itself will close once refunds are processed.",
     {"shutdown"}),
    ("Ferncombe", "Ferncombe will not reopen in 2026.", {"shutdown"}),
    # ... business rescue (it trades on), one market, a pause, new patients only, chairs being folded
    ("Halden Steel", "Halden Steel has been placed under business rescue and continues to trade.", set()),
    ("Acme", "Acme has discontinued all operations in Brazil.", set()),
    ("Acme", "Acme will cease all production at its Leeds plant.", set()),
    ("Acme Clinic", "Acme Clinic is no longer accepting new patients.", set()),
    ("Acme", "Acme is no longer taking orders over the Christmas break.", set()),
    ("Acme", "Acme is folding chairs for the summer fair.", set()),
    ("Acme", "The court has ordered Globex wound up.", set()),
])
def test_an_end_told_by_its_procedure(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fundwell Farms", "We have reduced our permanent workforce by 45 after losing a supermarket contract.", {"layoffs"}),
    ("Tide & Timber", "We have cut our workshop team by a third after a quiet autumn.", {"layoffs"}),
    ("Hollin Care", "We are reducing the number of care workers by 25 because the council has cut its hours.",
     {"layoffs"}),
    # ... a budget, a time, a rate, another company's team, a team that grew
    ("Acme", "We have reduced our team's travel budget by a third.", set()),
    ("Acme", "We cut our team meetings by half.", set()),
    ("Acme", "We reduced our staff turnover by 30%.", set()),
    ("Acme", "Globex has reduced its workforce by 200.", set()),
    ("Acme", "We grew our team by 12 this year.", set()),
    ("Acme", "We are reducing the number of customers on the old plan by 40%.", set()),
])
def test_a_team_cut_by_a_count(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Greenmoss", "Greenmoss went into administration on Monday. The administrators are keeping both farms running while"
                  " they look for a buyer.", set()),
    ("Vantablock", "Vantablock has filed for Chapter 11 to restructure its debt. Our devices keep working and customers"
                   " will see no interruption.", set()),
    ("Gullwing", "Gullwing has filed for Chapter 11 and says its scooters will keep running while it restructures.", set()),
    # ... but an end told with the servers no one can keep running, or a liquidation
    ("Outpost Maps", "Outpost Maps is shutting down. We can no longer keep the servers running.", {"shutdown"}),
    ("Greenmoss", "Greenmoss has gone into liquidation, though the farm shop will keep running until Friday.", {"shutdown"}),
])
def test_trading_on_through_an_insolvency(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quartermaster", "Quartermaster was valued at $500M in a secondary sale; the company did not raise any new money.", set()),
    ("Ridgeway Homes", "Ridgeway Homes has repaid its £20m revolving credit facility in full.", set()),
    ("Wildwood Supply", "Wildwood Supply has extended a $2M line of credit to its largest distributor.", set()),
    ("Hexacore", "Reports that Hexacore is cutting another 200 jobs are wrong, the company said.", set()),
    ("Tidewell", "On the reports that Tidewell is to be acquired by Aquanet: they're premature.", set()),
    # ... a round with new money, cuts that are not denied
    ("Quartermaster", "Quartermaster has raised $40M in new money from Ember Ventures at a $500M valuation.", {"funding"}),
    ("Hexacore", "Hexacore is cutting another 200 jobs, the company said.", {"layoffs"}),
])
def test_no_new_money_and_denied_reports(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Basilisk", "Basilisk Security has begun a redundancy consultation affecting 45 roles in Belfast.", {"layoffs"}),
    ("Cobalt Street", "Cobalt Street has begun a restructuring that includes eliminating approximately 200 positions.",
     {"layoffs"}),
    ("Wrenfield", "Wrenfield streamlines its organisation; 18 roles affected", {"layoffs"}),
    ("Glenrock", "Glenrock has told 40 staff at its Aberdeen yard that they are being let go.", {"layoffs"}),
    ("Ravel", "We told 31 Ravel employees today that their roles are being eliminated.", {"layoffs"}),
    ("Fieldcraft", "The online shop stays open until stock runs out, and the Kendal team has been made redundant.",
     {"layoffs"}),
    ("Parsec", "The team will be let go in stages through March.", {"layoffs"}),
    ("Banksia", "Banksia Labs has culled around 30 jobs from its Sydney head office.", {"layoffs"}),
    ("Fable & Co.", "Fable & Co. is parting company with 18 employees in its London studio.", {"layoffs"}),
    ("Ganga Ghat", "Due to the lean season, 8 of our 18 staff have been relieved from service this month.", {"layoffs"}),
    # ... a guide, a service, a possibility, last year's, another company's, customers
    ("Vireo", "Restructuring that affects 60 roles is hard; here is our HR guide for managers.", set()),
    ("Corvid", "Our restructuring services affect 200 roles a year on average.", set()),
    ("Kaamos", "Kaamos is starting change negotiations that could affect up to 30 roles.", set()),
    ("Tulpenveld", "The 2025 reorganisation, which affected 30 jobs, has been completed and we are hiring again.", set()),
    ("Arclight", "Globex announced a reduction in force affecting 500 employees.", set()),
    ("Arclight", "The Globex team has been laid off, its former CEO Dana Park wrote.", set()),
    ("Arclight", "The outage affected 40 customers for two hours.", set()),
    ("Arclight", "We told 40 customers that their orders were delayed.", set()),
])
def test_cuts_told_by_who_they_affect(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the review of the round: a venue of a company that is not one, a season, a pause after a sale, a sentence that
    # calls something else wrong, a loan beside a round, a failed campaign, notice of something else
    ("Tutorly", "The school closed in July.", set()),
    ("Pintly", "Sad news from one of our customers: the pub will not reopen.", set()),
    ("Acme", "Acme closes in August each year.", set()),
    # (a sale dated in an earlier year is history since round 21; the maintenance window is still no closure)
    ("Acme", "In 2022 Acme was acquired by Globex. The Acme app will be switched off for maintenance on Sunday night.",
     set()),
    ("Acme", "In March Acme was acquired by Globex. The Acme app will be switched off for maintenance on Sunday night.",
     {"acquisition"}),
    ("Acme", "Acme is shutting down on 30 June; we were wrong about the market.", {"shutdown"}),
    ("Acme", "Acme has raised £5m in a Series A led by Harrow Ventures and has repaid its bridge loan.", {"funding"}),
    ("Acme", "We are no longer taking orders by phone; please order online.", set()),
    ("Acme", "Our Kickstarter closed at £12,000, short of our £20,000 goal, so backers were not charged.", set()),
    ("Acme", "Our staff have been given notice of the office move.", set()),
    ("Acme", "We told all 30 drivers that their jobs are going electric by 2027.", set()),
    ("Acme", "We are running a staff consultation on the new pension scheme, affecting all 120 employees.", set()),
])
def test_review_of_round_16(company, text, expected):
    assert kinds(text, company) == expected
