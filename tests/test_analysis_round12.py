"""Round 12 of the detectors (issue 12): amounts in the world's currencies, the press's verbs of
getting money, and the readings the development sets heldout8 to heldout12 showed wrong.

Each case comes from a development set's miss or false flag, with twins the change must not break.
"""

from __future__ import annotations

import re

import pytest

from valuation_spiders.analysis.amounts import MONEY
from valuation_spiders.analysis.site_status import (
    detect_dead_page,
    detect_parked_domain,
    detect_placeholder_page,
)
from valuation_spiders.analysis.text_signals import detect_text_signals

_MONEY = re.compile(MONEY, re.I)


def kinds(text: str, company: str, *, learned: bool = False, first: bool = False) -> set[str]:
    return {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=first, company=company,
                                                learned=learned, year=2026) if s.flagging}


@pytest.mark.parametrize(("text", "amounts"), [
    ("raises 4,5 M\u20ac to accelerate", ["4,5 M\u20ac"]),
    ("zentro raised 1.8M\u20ac", ["1.8M\u20ac"]),
    ("has raised \u20a61.2 billion (about $800,000)", ["\u20a61.2 billion", "$800,000"]),
    ("KSh 650 million in equity and debt", ["KSh 650 million"]),
    ("a R90 million round", ["R90 million"]),
    ("18 mln z\u0142 from Vistula", ["18 mln z\u0142"]),
    ("a contribution of R$ 25 million", ["R$ 25 million"]),
    ("5 billion won investment", ["5 billion won"]),
    ("a total of 1.2 billion yen", ["1.2 billion yen"]),
    ("SEK 38 million and 38 million SEK", ["SEK 38 million", "38 million SEK"]),
    ("a round of 2 million of euros", ["2 million of euros"]),
    ("\u20a912 billion Series B", ["\u20a912 billion"]),
    ("ISK 1.4 billion share capital increase", ["ISK 1.4 billion"]),
    ("US$3m, \u00a3750k, Rs. 40 crore, C$30,000,000", ["US$3m", "\u00a3750k", "Rs. 40 crore", "C$30,000,000"]),
    # counts, names and codes that are no money
    ("the 5 million users of the app", []),
    ("our R&D team and the R2 robot", []),
    ("eur means nothing alone; neither does 40 mln", []),
])
def test_amounts_in_the_world_s_currencies(text, amounts):
    assert [m.group() for m in _MONEY.finditer(text)] == amounts


@pytest.mark.parametrize(("text", "company", "expected"), [
    # currencies the rules did not read as money
    ("zentro raised 1.8M\u20ac \U0001f680 Our seed is done!", "zentro", {"funding"}),
    ("Kiwanja Seeds has secured KSh 450 million in a mix of equity and a working-capital facility from Rift Impact Fund.",
     "Kiwanja Seeds", {"funding"}),
    ("Maisonnette Tech raises 4,5 M\u20ac to accelerate at the international.", "Maisonnette Tech", {"funding"}),
    ("Lagos-based Kobo Ledger has raised \u20a61.2 billion (about $800,000) in pre-seed funding.", "Kobo Ledger", {"funding"}),
    ("Mercadito Verde closes a round of 2 million of euros with the participation of Iberia Food Ventures.",
     "Mercadito Verde", {"funding"}),
    ("Cape Town's Indaba Ledger has closed a R90 million round co-led by Baobab Capital.", "Indaba Ledger", {"funding"}),
    # the press's verbs of getting money
    ("Miravel, a Paris-based maker of cosmetics packaging, pockets EUR 5M from a clutch of French family offices.",
     "Miravel", {"funding"}),
    ("The Leeds outfit has now banked \u00a32.8m from Calder Valley Ventures.", "Thimble Health", {"funding"}),
    ("Ravenglass Robotics reels in \u20ac6.3m as warehouse automation demand picks up.", "Ravenglass Robotics", {"funding"}),
    ("Soil-moisture start-up Seedling Sense scoops \u00a32m to get its probes into 5,000 fields.", "Seedling Sense", {"funding"}),
    ("Sakuragi Robotics has procured a total of 1.2 billion yen through a third-party allotment of new shares.",
     "Sakuragi Robotics", {"funding"}),
    ("Acme brought in $20M from Accel and Index.", "Acme", {"funding"}),
    # the same verbs for money that is no round
    ("Thimble Health banked \u00a32.8m in revenue last year.", "Thimble Health", set()),
    ("Seedling Sense scoops \u00a320,000 prize at the AgriTech awards.", "Seedling Sense", set()),
    ("Acme's new feature brings in $2M of extra revenue.", "Acme", set()),
    ("Our customers banked \u00a32.8m in savings with Thimble Health.", "Thimble Health", set()),
    ("Ravenglass Robotics reels in \u20ac6.3m in new orders from Nordic retailers.", "Ravenglass Robotics", set()),
    ("Globex pockets EUR 5M from French family offices.", "Miravel", set()),
    ("In 2024 Miravel pocketed EUR 5M from French family offices.", "Miravel", set()),
    ("Acme plans to raise 4,5 M\u20ac next year.", "Acme", set()),
])
def test_rounds_told_in_other_currencies_and_verbs(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the press refers back to the company by its city: "the Sydney firm" is the company, not a buyer's name
    ("Cost-cutting at Kookaburra Cloud: the Sydney firm has made 35 people redundant.", "Kookaburra Cloud", {"layoffs"}),
    ("Lumen Forge has been acquired by the Sarang Industries conglomerate.", "Lumen Forge", {"acquisition"}),
    ("Cirrhus SAS joins the Thales group: the acquisition was finalised on 3 June.", "Cirrhus SAS", {"acquisition"}),
    # "that" pointing after a preposition opens no clause
    ("The Bristol firm has now reversed much of that growth, cutting 45 jobs.", "Halcyon Analytics", {"layoffs"}),
    ("Globex has now reversed much of that growth, cutting 45 jobs.", "Halcyon Analytics", set()),
    # a second verb chained with a comma, as headlines write it
    ("Verity Legal AI restructures, lays off 30% of staff.", "Verity Legal AI", {"layoffs"}),
    ("Globex restructures, lays off 30% of staff.", "Verity Legal AI", set()),
])
def test_who_the_subject_is(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the verbs that only dismiss people take any trade as their object
    ("Sunbird Solar has retrenched 90 installers in Maharashtra after project delays.", "Sunbird Solar", {"layoffs"}),
    ("Honest update: we've had to let two of our four makers go this month.", "Wren & Co", {"layoffs"}),
    ("Quantum Leap Tutoring has stood down 120 casual tutors until further notice.", "Quantum Leap Tutoring", {"layoffs"}),
    ("SolarNest has laid off installers in three states, a company spokesperson confirmed.", "SolarNest", {"layoffs"}),
    ("We let go of 6 ppl from the Gridlock Games team today.", "Gridlock Games", {"layoffs"}),
    ("Brightside Tutoring has parted ways with 45 tutors and four managers.", "Brightside Tutoring", {"layoffs"}),
    # ... but not the company's customers, suppliers or things
    ("Acme has parted ways with 45 customers after raising prices.", "Acme", set()),
    ("Acme has parted ways with 3 suppliers.", "Acme", set()),
    ("Acme let 30 customers go after the price rise.", "Acme", set()),
    ("Lumen Grid has let go of around 40 legacy connectors this year to focus on the new API.", "Lumen Grid", set()),
    ("Acme fired 3 rockets at the range.", "Acme", set()),
    ("Globex has retrenched 90 installers.", "Acme", set()),
    # a cut told as a noun with its count, and notices served on counted people
    ("Nordwerk Maschinen announces a job reduction of 120 positions at its Chemnitz site.", "Nordwerk Maschinen", {"layoffs"}),
    ("Eisenwerk Brandl announces the reduction of 80 positions until end of 2027.", "Eisenwerk Brandl", {"layoffs"}),
    ("The Group has implemented a cost reduction programme including a reduction in headcount of approximately 50 roles.",
     "Drift Analytics", {"layoffs"}),
    ("We are consolidating our support and success teams, which will result in the departure of 17 team members.",
     "Yotta Bytes", {"layoffs"}),
    ("The company Zlat\u00fd Klas announced the release of 60 employees from its bakery in Brno.", "Zlat\u00fd Klas", {"layoffs"}),
    ("Hexham mill Tynedale Textiles has issued redundancy notices to 45 workers.", "Tynedale Textiles", {"layoffs"}),
    ("Fjordline Software has given notice to 25 employees in Bergen.", "Fjordline Software", {"layoffs"}),
    ("Acme saw the departure of 10 employees this year.", "Acme", set()),
    ("Globex announced a reduction of 80 positions.", "Acme", set()),
    ("Acme helped Globex plan a reduction of 80 positions.", "Acme", set()),
    ("Acme's software cut the elimination of 40 errors.", "Acme", set()),
    ("Acme has issued notices to 40 customers about the price change.", "Acme", set()),
    ("Acme will not announce a reduction of 80 positions.", "Acme", set()),
    ("Acme announced a 20% reduction of its carbon emissions.", "Acme", set()),
    ("Acme announced the release of 60 new features.", "Acme", set()),
])
def test_cuts_of_counted_people(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a deal stopped by a regulator or the owners is no sale
    ("The competition authority has blocked the proposed takeover of Tallis Freight by Wexford Haulage.",
     "Tallis Freight", set()),
    ("The competition authority has blocked Gallant Pay's proposed purchase of Finlo.", "Finlo", set()),
    ("Rushwick's shareholders rejected the proposed sale to Camden Peak at Thursday's meeting.", "Rushwick", set()),
    ("Acme shareholders approved the sale to Globex.", "Acme", {"acquisition"}),
    ("Acme has been acquired by Globex after regulators rejected a rival bid from Initech.", "Acme", {"acquisition"}),
    # one part of the company closes, said in an apposition or by a name that is not the company's
    ("Vantablue Labs, our experimental side-project, is closing.", "Vantablue", set()),
    ("We're sunsetting Brackenridge Reports, one of the fourteen modules of the Brackenridge suite.", "Brackenridge", set()),
    ("Crowther has acquired Parsnip, and the Parsnip app will be wound down over the next 60 days.", "Crowther", set()),
    ("Crowther has acquired Parsnip, and the Parsnip app will be wound down over the next 60 days.", "Parsnip",
     {"acquisition", "shutdown"}),
    ("Acme, one of the oldest bakeries in town, is closing.", "Acme", {"shutdown"}),
    ("The Acme app will be discontinued on 30 June.", "Acme", {"shutdown"}),
    ("The K2 Planner product will be discontinued on 30 June.", "K2 Systems GmbH", {"shutdown"}),
    ("The Sydney firm is shutting down.", "Acme", {"shutdown"}),
])
def test_deals_stopped_and_parts_closed(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the business moves, it does not end
    ("Bowland Books closing-down sale - 50% off all stock as we move to a bigger shop on the high street.", "Bowland Books",
     set()),
    ("Bowland Books is closing for good; everything must go.", "Bowland Books", {"shutdown"}),
    # one of many things shut down, as instructions say it
    ("Our docs: to shut down a Cobalt Reef node cleanly, run `reef drain` and wait.", "Cobalt Reef", set()),
    ("We are shutting down Cobalt Reef.", "Cobalt Reef", {"shutdown"}),
    # what someone else claims
    ('Porthkelp says it is "very much open" after a viral post claimed the surf brand was closing down.', "Porthkelp", set()),
])
def test_moves_instructions_and_claims(text, company, expected):
    assert kinds(text, company) == expected


def test_the_model_leaves_claims_to_the_rules():
    assert kinds("A lawsuit alleged that Acme had laid off 40 workers without notice.", "Acme", learned=True) == set()


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a closure made final, operations or trading shut, the company in a final state
    ("Gumtree Lane Books closes for good on Christmas Eve.", "Gumtree Lane Books", {"shutdown"}),
    ("With heavy heart we announce that Ceramica Duomo closes definitively its production after 70 years.", "Ceramica Duomo",
     {"shutdown"}),
    ("Qubo Health has shut operations, the founders said in a LinkedIn post.", "Qubo Health", {"shutdown"}),
    ("Hawksmoor Cycles is bust.", "Hawksmoor Cycles", {"shutdown"}),
    ("Sable Technologies Inc. has dissolved.", "Sable", {"shutdown"}),
    ("Foxtail Freight is going dark.", "Foxtail Freight", {"shutdown"}),
    ("Acme is closing its doors for good.", "Acme", {"shutdown"}),
    # ... and what is not the company's end
    ("We're closing our Leeds store for good.", "Acme", set()),
    ("Acme's Berlin office closes for good.", "Acme", set()),
    ("Acme has shut operations in Russia.", "Acme", set()),
    ("Globex is bust.", "Acme", set()),
    ("Our old website is going dark.", "Acme", set()),
    ("Acme closed the deal for good measure.", "Acme", set()),
    ("The screen is going dark after 5 minutes.", "Acme", set()),
    ("Acme will never close for good.", "Acme", set()),
    ("The doors close for the final time at 11pm on New Year's Eve, and the party moves next door.", "Gullwing", set()),
])
def test_closures_made_final(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("title", "text"), [
    ("quartzandco.example - Registered at NameNest",
     "quartzandco.example\nThis domain has been registered with NameNest and is parked free of charge.\n"
     "Is this your domain? Start a website, set up email, or sell it."),
    ("Coming Soon", "nettlebed.example\nComing Soon\nThis domain has been registered with Namecheap and is currently parked. "
     "A new website is coming soon."),
    ("marblefinance.example - make an offer",
     "marblefinance.example\nThis premium domain name is available for purchase\nMake an offer or buy it now for $4,800."),
])
def test_registrar_parking_and_premium_sale_pages_are_parked(title, text):
    assert detect_parked_domain("https://x.example/", None, title, text) is not None


@pytest.mark.parametrize(("title", "text", "parked"), [
    # the company's own words about domains are no parking page
    ("Acme - domains", "Acme registers your domain and is parked next to the station, come and visit.", False),
    ("Acme blog", "How we moved our domain: this domain has been registered with us since 2012 and is still our home.", False),
])
def test_pages_that_mention_domains_are_not_parked(title, text, parked):
    assert (detect_parked_domain("https://acme.example/", None, title, text) is not None) is parked


@pytest.mark.parametrize(("title", "text", "company"), [
    ("Welcome to WebServe!", "Welcome to WebServe!\nIf you see this page, the WebServe web server is successfully installed "
     "and working. Further configuration is required.", "Pocketful"),
])
def test_any_web_server_s_first_page_is_a_placeholder(title, text, company):
    assert detect_placeholder_page(title, text, company) is not None


def test_a_shop_currently_unavailable_is_dead_even_under_the_company_s_name():
    assert detect_dead_page(200, "Emberly Candles", "Sorry, this store is currently unavailable.\nAre you the store owner? "
                            "Log in here.\nPowered by Shopify") is not None
    assert detect_dead_page(200, "Emberly Candles", "Our spring candles are currently unavailable in store.") is None


@pytest.mark.parametrize(("text", "company", "expected"), [
    # cuts announced as a consultation, counted people on furlough, people told their jobs will end
    ("We have started consultation on proposals that would make up to 40 of our 160 roles redundant.", "Pikeworks Robotics",
     {"layoffs"}),
    ("Cobalt HR Solutions Ltd is proposing to make redundant 22 roles in its Reading payroll bureau.", "Cobalt HR Solutions",
     {"layoffs"}),
    ("From this week, twelve of our glasshouse team are on furlough until March.", "Mossgrove", {"layoffs"}),
    ("Our eleven staff in Stornoway have been told their jobs will end on 31 January.", "Galehaven", {"layoffs"}),
    ("With orders down sharply this year, Harwood Kitchens has made 14 members of our workshop and fitting teams redundant.",
     "Harwood Kitchens", {"layoffs"}),
    ("Acme staff are on leave until March.", "Acme", set()),
    ("Our customers have been told their contracts will end.", "Acme", set()),
    ("Acme cut ten team meetings from the calendar.", "Acme", set()),
    ("Globex has started consultation on proposals to make 40 of Globex's roles redundant.", "Acme", set()),
])
def test_cuts_announced_and_told(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the business goes on beside the closure: a place closes, or the company trades on in administration
    ("Grover's Hardware has entered administration. All stores remain open and trading as normal.", "Grover's Hardware",
     set()),
    ("Kepler Retail will close its Cardiff store on 1 March. Our other 14 shops remain open.", "Kepler Retail", set()),
    ("Wavelength Radio is closing down its AM transmitter. We remain on FM, DAB and online.", "Wavelength Radio", set()),
    ("Receivers were appointed over Clarion Steel on Monday. The works continue to operate.", "Clarion Steel", set()),
    ("Peakline Airways has filed for Chapter 11 protection. Flights are operating as scheduled.", "Peakline Airways", set()),
    ("Granite Peak has closed its Whitby quarry. The company's six other quarries are unaffected.", "Granite Peak", set()),
    ("Kettlebell Apps is shutting down Liftlog, one of our five fitness apps, to focus on Kettlebell Coach.",
     "Kettlebell Apps", set()),
    # ... but not when it only goes on for a while, or the company ends anyway
    ("Acme has ceased trading and entered administration. Stores remain open until Sunday.", "Acme", {"shutdown"}),
    ("Acme is closing down for good. Our stores remain open until 30 June.", "Acme", {"shutdown"}),
    ("Acme will shut down on 30 June. The app will continue to operate until then.", "Acme", {"shutdown"}),
    ("Lattice & Loom Ltd has entered administration. The website will remain open to process returns only.",
     "Lattice & Loom", {"shutdown"}),
    ("Acme has entered administration.", "Acme", {"shutdown"}),
    # a customer's story is the customer's news
    ("Customer story: Finch Robotics. Finch scaled to 140 engineers after its $60M Series C, and Harbor kept their CI bill "
     "predictable.", "Harbor", set()),
    # a time counted back from now is history
    ("A year ago we laid off 15 people. This post is about what we learned.", "Tallyho", set()),
    ("Two years ago, we raised a $5M seed round.", "Tallyho", set()),
    ("Acme, which grew 3x last year, has raised $5M.", "Acme", {"funding"}),
    # (since round 15 "today" keeps news new only in its own clause: last year's cut stays history beside today's round)
    ("Last year we cut 10% of staff; today we announce a $20M round.", "Acme", {"funding"}),
])
def test_closures_beside_a_business_that_goes_on_and_history(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company"), [
    ("Cygnet Labs has received a research grant of NOK 8 million from the Research Council of Norway.", "Cygnet Labs"),
    ("In October 2025 Riverside Robotics reduced its workforce by 10%. Since then revenue has doubled.", "Riverside Robotics"),
])
def test_the_model_leaves_grants_and_dated_history_alone(text, company):
    assert kinds(text, company, learned=True) == set()


@pytest.mark.parametrize(("text", "company", "expected"), [
    ("Safari Rides has declared 60 of its Nairobi staff redundant.", "Safari Rides", {"layoffs"}),
    ("Globex has declared 60 of its staff redundant.", "Safari Rides", set()),
    ("Stockholm's Sn\u00f6boll AB has given notice of redundancy to 45 employees.", "Sn\u00f6boll AB", {"layoffs"}),
    ("Candidly: we had to let go of a third of the Nimbus Kitchens team this morning.", "Nimbus Kitchens", {"layoffs"}),
    ("3D Harbor is cutting 40% of its construction crew after two projects were cancelled.", "3D Harbor", {"layoffs"}),
    ("Acme cut 40% of its crew costs.", "Acme", set()),
    ("Helio Freight, Inc. today announced a restructuring plan that will reduce its workforce by approximately 23%, or "
     "140 employees.", "Helio Freight", {"layoffs"}),
    ("Globex announced a restructuring plan that will reduce its workforce by approximately 23%, or 140 employees.",
     "Helio Freight", set()),
    # the round as the subject
    ("Marlow Motors' Crowdcube round closed at \u00a32.4m, 160% of its target.", "Marlow Motors", {"funding"}),
    ("A $14 million seed round was raised by Morrow Labs, the Cambridge quantum startup.", "Morrow Labs", {"funding"}),
    ("A $14 million seed round was raised by Globex, the Cambridge quantum startup.", "Morrow Labs", set()),
    ("Globex's Crowdcube round closed at \u00a32.4m.", "Marlow Motors", set()),
    ("Acme's sale closed at $2.4m.", "Acme", set()),
])
def test_more_cuts_and_rounds_as_subjects(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    ("Deals of the week: Palomino (Austin, vertical SaaS for vets) \u2014 $18M Series B led by Bessemer; Lode (Oslo) \u2014 "
     "NOK 40m seed.", "Palomino", {"funding"}),
    ("Deals of the week: Palomino (Austin, vertical SaaS for vets) \u2014 $18M Series B led by Bessemer.", "Acme", set()),
    ("The CWA said Corvid Connect notified 230 call-centre workers in Tulsa that their positions will be eliminated.",
     "Corvid Connect", {"layoffs"}),
    ("Stitchwork customer Northern Threads has told 70 workers their jobs will go.", "Stitchwork", set()),
    ("Globex notified 230 workers that their positions will be eliminated.", "Acme", set()),
])
def test_roundup_entries_and_notified_workers(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    ("Tern raised $4M last year to build its API. This year is about shipping it.", "Tern", set()),
    ("Glasswing cut 15% of staff last year. This year, the company is focused on growth.", "Glasswing", set()),
    ("Acme raised $5M after doubling revenue last year.", "Acme", {"funding"}),
    ("Acme raised $5M, more than last year's round.", "Acme", {"funding"}),
    ("Bayleaf Foods has filed for Chapter 11 protection and will keep its 40 stores open while it restructures.",
     "Bayleaf Foods", set()),
    ("Bharal GmbH has filed for insolvency; the provisional administrator intends to continue operations.", "Bharal", set()),
    ("Brant Coffee is closing its Leith caf\u00e9 on 30 April. Our roastery and our online shop will carry on.",
     "Brant Coffee", set()),
    ("Acme will shut down on 30 June. Until then, we will carry on serving customers.", "Acme", {"shutdown"}),
    ("Riverstone Games is closing. Our existing games will remain available on Steam.", "Riverstone Games", {"shutdown"}),
])
def test_history_after_the_event_and_trading_on(text, company, expected):
    assert kinds(text, company) == expected
