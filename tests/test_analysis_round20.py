"""Round 20 of the detectors (issue 12): formal and translated notices, verbs told every way, and who a word belongs to.

Found on the development sets written this round (train30: every way of saying each kind; train31: international
English, compressed). Each family is written here in new words, beside the look-alikes it must not catch: the end of a
business told by a noun ("the cessation of its activities"); staff dismissed as formal and translated notices say it
("terminated the labour contracts of", "has disengaged 85 staff", "the dismissal of 64 workers"); a time standing where
an object would ("will shut down this summer"); a fact row that capitalises its relation ("— Member of X Group"); the
company's name and one status field; "swallowed by", "goes under", "passed to the ownership of"; a buyer named by its
trade ("acquired by shipbuilder X"); a name with "@" in it; and a round still being raised.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Ferrovia Digital", "Ferrovia Digital announces the cessation of its activities from 30 June.", {"shutdown"}),
    ("Ferrovia Digital", "We inform with regret about the cessation of activities of Ferrovia Digital S.A. from 31/05/2026.",
     {"shutdown"}),
    ("Ferrovia Digital", "Ferrovia Digital SRL informs about the termination of its activity from 01.07.2026.", {"shutdown"}),
    ("Ferrovia Digital", "Ferrovia Digital communicates the definitive closure of operations in all its markets.", {"shutdown"}),
    # ... one place, another business, a denial, a condition, an agreement's name
    ("Ferrovia Digital", "Ferrovia Digital announces the cessation of its activities in Braga; Lisbon and Porto continue.", set()),
    ("Ferrovia Digital", "Ferrovia Digital handled the termination of operations of Lagos Freight for its creditors.", set()),
    ("Ferrovia Digital", "Ferrovia Digital denies any cessation of activities.", set()),
    ("Ferrovia Digital", "Ferrovia Digital may announce the cessation of its activities if no buyer is found.", set()),
    ("Ferrovia Digital", "Ferrovia Digital signed a cessation of operations agreement with the landlord of its old depot.", set()),
])
def test_the_end_of_a_business_told_by_a_noun(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Marisol Foods", "Marisol Foods terminated the labour contracts of 70 packers after the export ban.", {"layoffs"}),
    ("Marisol Foods", "Marisol Foods terminates employment of 45 staff at its Cebu kitchen, with severance as per law.",
     {"layoffs"}),
    ("Marisol Foods", "Marisol Foods dismissed 18 collaborators from the logistics team.", {"layoffs"}),
    ("Marisol Foods", "Marisol Foods communicates the dismissal of 52 workers at the Temuco plant.", {"layoffs"}),
    ("Marisol Foods", "Marisol Foods has disengaged 60 staff in sales and support, citing the devaluation.", {"layoffs"}),
    ("Marisol Foods", "Marisol Foods reduces employment by 35 people after the merger of its two plants.", {"layoffs"}),
    # ... others' staff, the company as an adviser, contracts that simply ended, suppliers
    ("Marisol Foods", "Marisol Foods has disengaged from the tender after the client changed the scope.", set()),
    ("Marisol Foods", "Marisol Foods helps clients with the dismissal of 40 workers in a fair way.", set()),
    ("Marisol Foods", "Marisol Foods ended employment of 3 seasonal pickers when their contracts finished.", set()),
    ("Marisol Foods", "Marisol Foods terminated contracts of 5 suppliers after the audit.", set()),
])
def test_staff_dismissed_as_formal_and_translated_notices_say_it(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brightloom", "Brightloom will shut down this summer.", {"shutdown"}),
    ("Brightloom", "Brightloom is shutting down later this year, the founders wrote.", {"shutdown"}),
    ("Brightloom", "Brightloom will shut down next month; export your patterns before then.", {"shutdown"}),
    # ... a thing of this summer's, a pause
    ("Brightloom", "Brightloom will close this summer's pop-up shop in Margate.", set()),
    ("Brightloom", "Brightloom closes this week for the holidays.", set()),
])
def test_a_time_where_an_object_would_stand(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hoa Sen Freight", "Hoa Sen Freight JSC \u2014 Member of Tanaka Logistics Group.", {"acquisition"}),
    ("Hoa Sen Freight", "Hoa Sen Freight \u00b7 Part of Tanaka Logistics Group since March 2026", {"acquisition"}),
    ("Hoa Sen Freight", "Hoa Sen Freight | Member of the Chamber of Commerce", set()),
    ("Hoa Sen Freight", "Hoa Sen Freight \u2014 Member of BIFA", set()),
])
def test_a_fact_row_that_capitalises_its_relation(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Penhallow & Co", "Penhallow & Co Ltd \u2014 Company status: Dissolved (voluntary strike-off, 2026)", {"shutdown"}),
    ("Penhallow & Co", "Penhallow & Co Ltd \u2014 Status: Active", set()),
    ("Penhallow & Co", "Tremayne Ltd \u2014 Status: Dissolved", set()),
    ("Penhallow & Co", "Penhallow & Co \u2014 Order status: closed", set()),
])
def test_the_companys_name_and_one_status_field(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quillon", "Quillon swallowed by Hexa Systems in $80M deal.", {"acquisition"}),
    ("Quillon", "Quillon goes under after 40 years.", {"shutdown"}),
    ("Quillon", "Quillon is going under, its founder told staff.", {"shutdown"}),
    ("Quillon", "Quillon S.A. de C.V. has been passed to the ownership of Grupo Ardilla.", {"acquisition"}),
    ("Quillon", "Quillon was acquired by shipbuilder Daehan Heavy Industries this month.", {"acquisition"}),
    ("Quillon", "Quillon was acquired by Japanese carmaker Tamura Motors.", {"acquisition"}),
    # ... the same words for something else, or someone else
    ("Quillon", "Quillon's profits were swallowed by rising energy costs.", set()),
    ("Quillon", "Quillon goes under the name Quill Tools in Germany.", set()),
    ("Quillon", "The old Quillon workshop goes under the hammer at Bonhams on Friday.", set()),
    ("Quillon", "Quillon's rival Tenbury goes under after 30 years.", set()),
    ("Quillon", "The building has passed to the ownership of the council.", set()),
])
def test_headline_verbs_and_translated_forms_of_a_sale_or_an_end(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("K@sa", "K@sa has been acquired by Lemberg Group.", {"acquisition"}),
    ("K@sa", "K@sa TOV raised $1.5 mln pre-seed from Ukrainian and Polish angels.", {"funding"}),
    ("Smile@32 Dental", "Smile@32 Dental has been bought by Bright Dental Group.", {"acquisition"}),
    # a round still being raised
    ("K@sa", "K@sa is raising seed round of $3 mln. Deck available on request.", set()),
    ("Tavi", "Tavi is raising a $3M seed round; the round closes in June.", set()),
    ("Tavi", "Tavi closes seed round of $3M led by Kalina Ventures.", {"funding"}),
])
def test_a_name_with_an_at_sign_and_a_round_still_open(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Glenbrae", "Glenbrae distillery acquired by Islay Spirits Group.", {"acquisition"}),
    ("Glenbrae", "Glenbrae creamery has closed for good after 60 years.", {"shutdown"}),
    # ... one site of several, told by its street
    ("Kestle Dental", "The Kestle Dental practice on Mill Road will close permanently on 30 April; patients move to our "
                      "Harbour Street practice.", set()),
    ("Glenbrae", "The Glenbrae workshop closes registration on Friday.", set()),
])
def test_the_company_named_with_its_trade(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pellworth", "Pellworth axes 30 fitters as renovation demand cools.", {"layoffs"}),
    ("Pellworth", "Pellworth has made 14 upholsterers redundant.", {"layoffs"}),
    ("Pellworth", "Pellworth has let go of 9 machinists at its Derby plant.", {"layoffs"}),
    ("Pellworth", "Pellworth has begun a redundancy programme affecting 80 care coordinators.", {"layoffs"}),
    # ... things and customers named by the same kind of noun
    ("Pellworth", "Pellworth has let go of around 40 legacy connectors to focus on the new API.", set()),
    ("Pellworth", "Pellworth cut 30 customers from the beta after the trial ended.", set()),
    ("Pellworth", "Pellworth axes 12 printers from its rental range.", set()),
])
def test_staff_named_by_their_trade(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # an emoji ends a sentence or a phrase, as a full stop or a semicolon would
    ("Wattle Studio", "Wattle Studio has been acquired by Redgum Creative Group \U0001f499 We keep our name and our studio.",
     {"acquisition"}),
    ("Wattle Studio", "Wattle Studio is now part of Ironbark Digital \U0001f389 grateful for 9 years of building.", {"acquisition"}),
    ("Wattle Studio", "Wattle Studio is shutting down \U0001f622 The app stays usable until June.", {"shutdown"}),
    ("Wattle Studio", "Team: 30 \u2192 32 people, and hiring \U0001f680", set()),
    # a question asked in passing, even with no capital after it, is no news
    ("Wattle Studio", "Wattle Studio got acquired?? saw it on a WhatsApp forward", set()),
    ("Wattle Studio", "Wattle laid off a bunch of ops folks I think? saw a LinkedIn post", set()),
    ("Wattle Studio", "Wattle Studio raising a Series C? lol, they're in every podcast ad", set()),
])
def test_emoji_and_questions_in_informal_text(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Coolabah Pay", "Coolabah Pay let 12 of us go on Tuesday over a Zoom call.", {"layoffs"}),
    ("Coolabah Pay", "Coolabah Pay retrenched 20 of us in field sales last week.", {"layoffs"}),
    ("Coolabah Pay", "I was laid off from Coolabah Pay along with 8 others in the March cut.", {"layoffs"}),
    ("Coolabah Pay", "Was one of the 14 techs Coolabah Pay let go yesterday.", {"layoffs"}),
    ("Coolabah Pay", "Coolabah Pay is closing for good and all 9 of us are out of work.", {"shutdown", "layoffs"}),
    ("Coolabah Pay", "18 yrs at Coolabah Pay and I got the pink slip Tuesday w/ 83 others.", {"layoffs"}),
    # ... letting people in, another employer, a day out
    ("Coolabah Pay", "Coolabah Pay let 3 of us in early to set up the stand.", set()),
    ("Coolabah Pay", "Before Coolabah Pay, two of us were laid off from Globex in 2024.", set()),
    ("Coolabah Pay", "I was one of the 40 people Globex let go last year; Coolabah Pay hired me a month later.", set()),
    ("Coolabah Pay", "All 12 of us at Coolabah Pay are out of the office on Friday for the team day.", set()),
])
def test_a_cut_told_by_one_of_the_people_cut(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Yarrow Yarns", "RIP Yarrow Yarns, gonna miss Thursday stitch n bitch \U0001f62d", {"shutdown"}),
    ("Yarrow Yarns", "RIP to our old logo, hello new look!", set()),
    ("Yarrow Yarns", "RIP Yarrow Yarns' old website. The new one is live.", set()),
    ("Yarrow Yarns", "RIP Internet Explorer, we dropped support today.", set()),
])
def test_the_company_mourned_by_name(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Three Rivers Cabs Ltd", "3Rivers Cabs has stopped trading. Thanks for 18 years of fares.", {"shutdown"}),
    ("Turnip.app Ltd", "Turnip has raised \u00a33m from Harvest Lane Ventures to bring its veg-box app to Wales.", {"funding"}),
    ("Wren+Moss Honey Co", "Wren+Moss's crowdfunding on Seedrs has closed at \u00a3310,000 from 740 investors.", {"funding"}),
    ("Wren+Moss Honey Co", "Wren+Moss's crowdfunding on Seedrs is open until 28 February.", set()),
])
def test_names_with_digits_number_words_and_marks(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Raven Security", "Raven Security is reducing its workforce by 120 employees following its take-private.",
     {"acquisition", "layoffs"}),
    ("Raven Security", "Raven Security advised Globex following its take-private.", set()),
])
def test_a_take_private_told_in_an_adjunct(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # borrowed money alone sets no price on the company (round 20; the newer sets' convention)
    ("Halyard Energy", "Halyard Energy secures a $40M project-finance loan for its first battery site.", set()),
    ("Halyard Energy", "Halyard Energy has signed a \u00a315m revolving credit facility with Granite Bank.", set()),
    ("Halyard Energy", "Halyard Energy raised $25M in venture debt from Ridgeway Lending.", set()),
    ("Halyard Energy", "Halyard Energy raises \u20b950 Cr through NCDs subscribed by Coastal Bank.", set()),
    # ... with equity beside it, or a convertible, still a round; a company that makes loans raising equity
    ("Halyard Energy", "Halyard Energy raised $40M in equity and $60M in project debt.", {"funding"}),
    ("Halyard Energy", "Halyard Energy closed a \u00a32M convertible loan from its angels.", {"funding"}),
    ("Halyard Energy", "Halyard Energy closes a $20M Series B and a $10M credit line.", {"funding"}),
    ("Lendfair", "Lendfair, the loan app for farmers, raised $5M from Index Ventures.", {"funding"}),
])
def test_borrowed_money_alone_is_no_round(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # what a review of this round's first version found read wrongly, kept as look-alikes
    ("Fenwick Marine", "Fenwick Marine cuts 12 burgers from its menu.", set()),
    ("Fenwick Marine", "Twelve burgers have been axed from the Fenwick Marine menu.", set()),
    ("Fenwick Marine", "Fenwick Marine cuts 25% off all trainers and sneakers.", set()),
    ("Fenwick Marine", "Fenwick Marine cuts 5 generators from its rental fleet.", set()),
    ("Fenwick Marine", "Fenwick Marine cuts 12 influencers from its ambassador scheme.", set()),
    ("Mirefield", "Mirefield let 4 of us go to the conference in Berlin.", set()),
    ("Mirefield", "All 12 of us are fired up for launch day at Mirefield!", set()),
    ("Mirefield", "Our Mirefield burger was one of the 10 dishes cut from the menu.", set()),
    ("Mirefield", "One of the 14 features cut from Mirefield 2.0 was dark mode.", set()),
    ("Mirefield", "One of the 30 staff Globex let go, Jane now leads our design team at Mirefield.", set()),
    ("Brixo", "Brixo announces the termination of its business relationship with Globex Logistics.", set()),
    ("Brixo", "Following the cessation of trading of Brixo shares on the Warsaw exchange, holders may sell via the registrar.",
     set()),
    ("Korvak", "Korvak handles the cessation of business for small firms: deregistration, final accounts and more.", set()),
    ("Tandem Pubs", "Tandem Pubs welcomed the cessation of business rates on small pubs.", set()),
    ("Drift Analytics", "Drift Analytics plc \u2014 Cessation of business and proposed members' voluntary liquidation.",
     {"shutdown"}),
    ("Lendwise", "Lendwise raises $20M to offer loans to SMEs across Kenya.", {"funding"}),
    ("Lendwise", "Lendwise, which offers lines of credit to freelancers, has raised $10M.", {"funding"}),
    ("Lendwise", "Lendwise, an asset finance marketplace, raises \u00a35M.", {"funding"}),
    ("Lendwise", "Lendwise closes a $30M debt round led by Silicon Valley Bank.", set()),
    ("Pebble Travel", "Pebble Travel is a Responsible Travel company.", set()),
    ("Bothwell Hotels", "Bothwell hotel acquired by Marriott.", set()),
    ("Halden", "Halden farm bought by the Duchy of Cornwall.", set()),
    ("Yarra Yarns", "RIP Yarra Yarns, sold out of merino again!", set()),
    ("Yarra Yarns", "RIP Yarra Yarns, long live Yarra Yarns Studio!", set()),
    ("Corvid", "Corvid is cutting 120 roles following its take-private talks collapsing.", {"layoffs"}),
    ("Corvid", "Corvid has grown 40% since its take-private in 2019.", set()),
    ("Huong Packers", "Huong Packers terminated the employment contracts of 3 subcontracting firms.", set()),
    ("Huong Packers", "Huong Packers terminated the working contracts of 15 interns whose placements ended.", set()),
    ("Oyelaran Foods", "Oyelaran Foods disengaged 40 engineers from the Globex account and moved them to new projects.", set()),
    ("Norton Builders Ltd", "Norton Builders Ltd \u2014 Member of Checkatrade", set()),
    ("Tidewell", "The Tidewell app will shut down tonight for an upgrade between 1am and 3am.", set()),
    ("Tidewell", "Tidewell shuts down this weekend for the platform migration.", set()),
    ("One Medical", "Level 1 Medical Centre has closed for good.", set()),
    ("Larchwood Caf\u00e9", "Larchwood Caf\u00e9 Ltd \u2014 Status: Dissolved on 3 March 2019", set()),
    ("Larchwood Caf\u00e9", "Larchwood Caf\u00e9 \u2014 Status: Liquidation proposal withdrawn", set()),
    ("Saltleaf", "Saltleaf is joining \u2764\ufe0f Globex.", {"acquisition"}),
    ("Saltleaf", "Saltleaf \u2605 has closed for good.", {"shutdown"}),
    ("Saltleaf", "Globex laid off 30 people \U0001f614 Saltleaf is hiring.", set()),
])
def test_what_a_review_of_the_change_found(company, text, expected):
    assert kinds(text, company) == expected
