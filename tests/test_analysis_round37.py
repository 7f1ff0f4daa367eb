"""Round 37 of the detectors (issue 12): how a closure is told, whose a sale is, and money put in "in a round".

Each family below was chosen because independent writers used it: three development sets written this round from one
brief by three helpers who did not see each other's sets (train76: every way a sale is announced, and its look-alikes;
train77: news told with numbers; train78: every way a closure is told, and its look-alikes), and the misses or false
flags of the 89 earlier sets written by many more. Each family is written here in new words, beside its look-alikes.

- An owner named by a sector's word ("a Vantage Health company") is read on news only: on a first crawl it is as likely
  the company's own field ("a Gut Health company"). The sentence reader knows which it reads (``_Reader.first``).
- A closure told by its day ("closed on Friday"), as a state since a month or a year ("has been closed since March
  2024"), by "we closed in 2025."; every site closed ("all 5 of its hostels"); a sale and then the company's named
  product, studio or service switched off; the company's people leaving where it closes.
- Not a closure: "closing down" a part named after it ("its Spanish courses"), one site named by its place in the subject,
  doors closed to new members, a closure and a reopening.
- Not a sale: a marketplace, a trail or a cohort joined; a sale that did not go ahead or lapsed; a report's claim.
- Money put into the company "in a round", whatever the verb; an owner "since" a month; "privately owned by" a firm.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, rules_read


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quaystone", "Quaystone is a Marwick Health company.", {"acquisition"}),
    ("Quaystone", "Quaystone is now a Tarrant Cyber brand.", {"acquisition"}),
    # ... not a field, a trade or a badge
    ("Quaystone", "Quaystone is a Digital Health company.", set()),
    ("Quaystone", "Quaystone is a Preventive Dental company.", set()),
    ("Quaystone", "Quaystone is an Ed-Tech company.", set()),
])
def test_an_owner_named_by_a_sectors_word_on_news(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize("text", [
    "Quaystone is a Marwick Health company.",
    "Quaystone is a Sleep Health company.",
])
def test_an_owner_named_by_a_sectors_word_is_not_read_on_a_first_crawl(text):
    assert first_read(text, "Quaystone") == set()


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a closure told by its day, as a state since a month or a year, or as where the company stands
    ("Fenwick Print", "Fenwick Print closed on Thursday after 40 years.", {"shutdown"}),
    ("Fenwick Print", "The business closed last Saturday. Thank you all.", {"shutdown"}),
    ("Fenwick Print", "Fenwick Print has been closed since October 2026.", {"shutdown"}),
    ("Fenwick Print", "Fenwick Print: we closed in 2024. Orders are no longer taken.", {"shutdown"}),
    # ... not hours, a reason, a reopening, a deal or a date that is not the company's end
    ("Fenwick Print", "Fenwick Print is closed on Sundays.", set()),
    ("Fenwick Print", "Fenwick Print closed on Monday for the bank holiday.", set()),
    ("Fenwick Print", "Fenwick Print closed on Friday afternoon because of the snow.", set()),
    ("Fenwick Print", "Fenwick Print closed on Friday and reopens on Tuesday.", set()),
    ("Fenwick Print", "Our Series A closed on Friday.", {"funding"}),
    ("Fenwick Print", "Fenwick Print has been closed since Monday because of the flood.", set()),
    ("Fenwick Print", "Fenwick Print was closed in 2023 and reopened under new owners in 2024.", set()),
    ("Fenwick Print", "We closed in 2025 with 30 new customers.", set()),
])
def test_a_closure_told_by_its_day_or_as_a_state(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # every site closed, told with the closer or with the sites as the subject
    ("Harrow Hostels", "Harrow Hostels has closed all 4 of its hostels.", {"shutdown"}),
    ("Harrow Hostels", "All six of our cafés closed on Sunday.", {"shutdown"}),
    ("Harrow Hostels", "Every one of Harrow's nine inns has now closed.", {"shutdown"}),
    # ... not the hours, the holidays, one country, offices, another's sites, or the business going online
    ("Harrow Hostels", "We close all our hostels at 11pm on Sundays.", set()),
    ("Harrow Hostels", "Harrow Hostels closes all its hostels over Christmas.", set()),
    ("Harrow Hostels", "Harrow Hostels is closing all 12 of its hostels in Spain.", set()),
    ("Harrow Hostels", "All four of our Spanish hostels closed this year.", set()),
    ("Harrow Hostels", "Harrow Hostels has closed all its offices and works remotely.", set()),
    ("Harrow Hostels", "All five of the town's pubs closed in the 1990s.", set()),
    ("Harrow Hostels", "We are closing all our shops and moving online.", set()),
])
def test_every_site_closed_is_the_company_closing(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # after a sale, what bears the company's name switched off is what it was
    ("Pellam Maps", "Pellam Maps has been acquired by Gorse Software. The Pellam route planner will be switched off in March.",
     {"acquisition", "shutdown"}),
    ("Pellam Maps", "Pellam Maps is now part of Gorse Software, and we're retiring the Pellam tracker over the winter.",
     {"acquisition", "shutdown"}),
    # ... not its name (a rename), one office of it, or a deal
    ("Pellam Maps", "Pellam Maps has been acquired by Gorse Software. The Pellam brand will be retired next year.", {"acquisition"}),
    ("Pellam Maps", "Pellam Maps has been acquired by Gorse Software. The Pellam Leeds office will close in May.", {"acquisition"}),
])
def test_a_named_product_switched_off_after_a_sale(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the company's people leaving where it, or one of its sites, closes
    ("Tallis Yarns", "Tallis Yarns is closing in January. Our team of nine finishes on 20 December.", {"shutdown", "layoffs"}),
    ("Tallis Yarns", "Tallis Yarns will cease trading on 31 March, and all 14 employees will leave the business.",
     {"shutdown", "layoffs"}),
    ("Tallis Yarns", "Our Bradford mill is closing and its twenty machinists will be leaving Tallis Yarns.", {"layoffs"}),
    # ... not for other jobs, to retire, for a break, nor customers or founders
    ("Tallis Yarns", "Tallis Yarns is closing. Our founders will leave to start something new.", {"shutdown"}),
    ("Tallis Yarns", "The shop will close over Christmas and our team will leave for a well-earned break.", set()),
    ("Tallis Yarns", "Our café closes at 5pm on Fridays, and our staff leave at 6.", set()),
    ("Tallis Yarns", "We closed our seed round this week. Two engineers left for other jobs.", {"funding"}),
])
def test_the_companys_people_leaving_where_it_closes(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # "closing down" a part of the company; one site named by its place; doors closed to newcomers
    ("Linnet Learning", "Linnet Learning is closing down its Italian courses; Spanish and French continue.", set()),
    ("Linnet Learning", "Linnet Learning will close down the old forum servers in April.", set()),
    ("Linnet Learning", "Linnet Learning's studio in Leith is closing, and the Perth studio carries on.", set()),
    ("Linnet Learning", "We've closed our doors to new students until the spring term.", set()),
    ("Linnet Learning", "Linnet Learning has closed its doors to new sign-ups for now.", set()),
    # ... but the company, or what was all it sold
    ("Linnet Learning", "Linnet Learning is closing down.", {"shutdown"}),
    ("Linnet Learning", "Linnet Learning is closing down its tutoring app, which was its only product.", {"shutdown"}),
    ("Linnet Learning", "Linnet Learning has closed its doors after 12 years.", {"shutdown"}),
])
def test_a_part_closing_down_is_not_the_company(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # membership, not ownership: a marketplace, a trail, a cohort
    ("Briar Bakes", "Briar Bakes joins Oven Door, the online marketplace for independent bakers.", set()),
    ("Briar Bakes", "Briar Bakes is now part of the Wolds Bread Trail.", set()),
    ("Briar Bakes", "Briar Bakes is part of the Foundry Seven family: we're one of twelve companies in the spring cohort.", set()),
    ("Briar Bakes", "Briar Bakes is part of the Bakers' Climate Group, working with 60 other brands on packaging.", set()),
    # ... but a group that owns it
    ("Briar Bakes", "Briar Bakes is now part of the Wolds Bread Group, which bought the bakery in October.", {"acquisition"}),
])
def test_a_marketplace_a_trail_or_a_cohort_is_no_owner(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a sale that did not happen, or that only a report claims
    ("Orrin Labs", "The sale of Orrin Labs to Petra Health, announced in May, did not go ahead.", set()),
    ("Orrin Labs", "Orrin Labs' agreed acquisition by Petra Health has lapsed.", set()),
    ("Orrin Labs", "Orrin Labs has been sold to Petra Health, a report in the Valley Courier claimed on Friday.", set()),
    ("Orrin Labs", "Orrin Labs has been acquired by Petra Health.", {"acquisition"}),
    # owned by a firm, not by its people
    ("Orrin Labs", "Orrin Labs is privately owned by Petra Holdings.", {"acquisition"}),
    ("Orrin Labs", "Orrin Labs is privately owned by its founders.", set()),
    ("Orrin Labs", "Orrin Labs is privately owned by founder Nia Cole and two angels.", set()),
    # an owner from a time on
    ("Orrin Labs", "Orrin Labs \u2014 a Petra Group business since January.", {"acquisition"}),
    ("Orrin Labs", "Orrin Labs is a Petra Health company since this month.", {"acquisition"}),
    ("Orrin Labs", "Orrin Labs \u2014 a family business since 1921.", set()),
    ("Orrin Labs", "Orrin Labs is a B Corp company since 2021.", set()),
])
def test_whose_sale_and_whether_it_happened(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # money put into the company "in a round", whatever the verb
    ("Kestrel Kit", "Kestrel Kit has sold $4 million of new shares in a seed round.", {"funding"}),
    ("Kestrel Kit", "Two angels put \u00a3300k into the company in a round that closed in October.", {"funding"}),
    ("Kestrel Kit", "Kestrel Kit has taken money from a family office, in a round worth \u20ac2 million.", {"funding"}),
    # ... not a round to come, the company's money into another's round, another's round
    ("Kestrel Kit", "Kestrel Kit hopes to raise $4 million in a seed round next year.", set()),
    ("Kestrel Kit", "We invested $200k in Globex in its seed round.", set()),
    ("Kestrel Kit", "Kestrel Kit took part as an investor in the $1m seed round of Plover Data.", set()),
    ("Kestrel Kit", "Ridgefield Tools has bought a 10% shareholding in Kestrel Kit from two of our early angels.", set()),
])
def test_money_put_in_in_a_round(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Moorfield Rail", "Moorfield Rail has told 35 signal engineers that their roles are at risk.", {"layoffs"}),
    ("Moorfield Rail", "Globex has told 35 staff that their roles are at risk.", set()),
    ("Moorfield Rail", "Moorfield Rail told 35 staff that their roles are not at risk.", set()),
])
def test_people_told_their_roles_are_at_risk(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_legal_footers_next_field_ends_the_owners_sentence():
    # "plc." then "Registered office": a new sentence, so the owner is read in the first
    assert rules_read("Vexa Tools Ltd is a wholly owned subsidiary of Harlan Machines plc. Registered office: 2 Mill Lane, Leeds.",
                      "Vexa Tools") == {"acquisition"}
