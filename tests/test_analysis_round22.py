"""Round 22 of the detectors (issue 12): the other party's name in any shape, a party tied to the company as the subject,
headlines and rows whose topic is the company, everyone let go, and closures limited to a place, a channel or a day.

Found on name shapes tried against every reader (an acquirer called "Somerset Capital", "8x8" or "Summit Health") and on
the development sets written this round (train38: short and compressed; train39: time, tense and who; train40: the
ordinary web of a portfolio; train41: people talking). Each family is written here in new words, beside the look-alikes
it must not catch.
"""

from __future__ import annotations

import pytest

from tests.test_analysis_pages_round18 import crawl
from tests.test_analysis_pages_round19 import BRIGHTMOOR
from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a buyer whose name opens with a word of counting ("Somerset", "Overton", "Aboutface"): a buyer, where "bought by over
    # 10,000 businesses" counts customers
    ("Tallyho", "Tallyho has been acquired by Somerset Capital.", {"acquisition"}),
    ("Tallyho", "Tallyho was acquired by Overton Partners.", {"acquisition"}),
    ("Tallyho", "Tallyho has been bought by Aboutface Media.", {"acquisition"}),
    ("Tallyho", "Tallyho was bought by over 10,000 businesses last year.", set()),
    ("Tallyho", "Our planner was bought by some of the biggest retailers in Europe.", set()),
    ("Tallyho", "Tallyho kits were bought by about 400 schools.", set()),
    # a name that opens with digits
    ("Tallyho", "Tallyho has been acquired by 8x8.", {"acquisition"}),
    ("Tallyho", "1Password has acquired Tallyho.", {"acquisition"}),
    ("Tallyho", "Tallyho has been acquired by 99designs.", {"acquisition"}),
    ("Tallyho", "Tallyho was bought by 30mins of queueing.", set()),
    # a programme's word opening a longer name is the name's: "Summit Health", "Capital One"; "Web Summit", "Techstars
    # London", "the Mobility Alliance Baden" are programmes
    ("Tallyho", "We're joining Summit Health!", {"acquisition"}),
    ("Tallyho", "We're joining Alliance Pharma!", {"acquisition"}),
    ("Tallyho", "We're joining Capital Factory!", set()),
    ("Tallyho", "Tallyho is joining Web Summit Lisbon.", set()),
    ("Tallyho", "We're joining Web Summit as speakers this year.", set()),
    ("Tallyho", "We're joining Techstars London!", set()),
])
def test_the_buyers_name_in_any_shape(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tallyho", "Tallyho is now part of Summit Health.", {"acquisition"}),
    ("Tallyho", "Tallyho is now part of the Mobility Alliance Baden, the network of 40 providers.", set()),
    # an owner named by a trade a firm is known by ("Brewers", "Infotech", "Holding"), not a trade of the company's own
    ("Tallyho", "Tallyho is a Tollgate Brewers company.", {"acquisition"}),
    ("Tallyho", "Tallyho is a Godavari Infotech company.", {"acquisition"}),
    ("Tallyho", "Tallyho is a Demirkol Holding company now.", {"acquisition"}),
    ("Tallyho", "Tallyho is a Sterling Rail Bank company.", {"acquisition"}),
    ("Tallyho", "Tallyho is a Craft Brewers company.", set()),
    ("Tallyho", "Tallyho is a Specialty Coffee company.", set()),
    ("Tallyho", "Tallyho is a Preventive Dental company.", set()),
    ("Tallyho", "Tallyho is a Digital Health company.", set()),
    ("Tallyho", "Tallyho is a Gut Health company.", set()),
])
def test_an_owner_on_a_first_page(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the subject is a party tied to the company: its news is that party's
    ("Zephcourt", "Zephcourt's parent, Tamarind Holdings, was itself acquired by Gallowmere Capital this week.", set()),
    ("Zephcourt", "Zephcourt's former owner, Quarrel Media, has been acquired by Spindrift Group.", set()),
    ("Zephcourt", "Zephcourt's rival, Brindle Inns, is letting 60 staff go.", set()),
    ("Zephcourt", "Zephcourt's caterer, Fenchurch Kitchens, is closing down and its staff are being made redundant.", set()),
    ("Zephcourt", "Twenty-two employees of Zephcourt's outsourcing partner, Corran Support, are being let go.", set()),
    ("Zephcourt", "Zephcourt's parent company was acquired by Globex.", set()),
    # ... unless the company comes back, the owner sells it, or it has a new owner
    ("Zephcourt", "Zephcourt's owner, Tamarind Holdings, has sold Zephcourt to Globex.", {"acquisition"}),
    ("Zephcourt", "Zephcourt's owner has sold the business to Globex.", {"acquisition"}),
    ("Zephcourt", "Zephcourt's parent company is now Mars Petcare, after the sale closed this week.", {"acquisition"}),
    ("Zephcourt", "Our investors led a $5M round in Zephcourt this week.", {"funding"}),
    # (the company named as the tied party is the company: "PayNaija's rival Owoloan raised ..." on Owoloan's site)
    ("Owoloan", "PayNaija's rival Owoloan raised $20 million in a Series A this week.", {"funding"}),
])
def test_a_tied_party_as_the_subject(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a headline or a row whose topic is the company, read as its statement
    ("Marrowby", "Marrowby: 8 redundancies at the Leicester factory", {"layoffs"}),
    ("Marrowby", "Marrowby \u2014 70 laid off, runway now 24 mo", {"layoffs"}),
    ("Marrowby", "Marrowby: 45 kitchen staff redundant", {"layoffs"}),
    ("Marrowby", "Marrowby: job cuts across 3 teams", {"layoffs"}),
    ("Marrowby", "Marrowby: $4M round led by Northbeam", {"funding"}),
    ("Marrowby", "Marrowby | Series A | \u00a37m | Feb 2026", {"funding"}),
    ("Marrowby", "Marrowby \u2014 winding up", {"shutdown"}),
    ("Marrowby", "Marrowby: wind-down complete", {"shutdown"}),
    ("Marrowby", "Marrowby closing after 11 yrs. Last order ships 15 May.", {"shutdown"}),
    ("Marrowby", "Marrowby: business closing; thanks for 6 years", {"shutdown"}),
    # ... not a plan, a question, a denial, an earlier year, another's news or what the company sells
    ("Marrowby", "Marrowby: considering job cuts in the spring", set()),
    ("Marrowby", "Marrowby: possible job cuts", set()),
    ("Marrowby", "Marrowby: seed round opens in May", set()),
    ("Marrowby", "Marrowby: Series A 2021, \u00a33m", set()),
    ("Marrowby", "Marrowby | Venture debt | $4M | Feb 2026", set()),
    ("Marrowby", "Marrowby: layoffs of 12 at client Brevin", set()),
    ("Marrowby", "Marrowby: layoffs dashboard for HR teams", set()),
    ("Marrowby", "Marrowby: job cuts reported by Finwire \u2014 untrue", set()),
    ("Marrowby", "Marrowby: layoffs are hard. Our final-pay tool helps.", set()),
    ("Marrowby", "Marrowby: Series A of $11M, closed in March", {"funding"}),
    ("Marrowby", "Marrowby closing the gap with AI", set()),
    ("Marrowby", "Marrowby closing for Easter", set()),
])
def test_a_headline_whose_topic_is_the_company(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # everyone let go, where they work named or not
    ("Hollowtree Games", "Everyone at the studio has been let go, including me.", {"layoffs"}),
    ("Hollowtree Games", "Every member of staff was made redundant last Friday.", {"layoffs"}),
    ("Hollowtree Games", "Everybody at Hollowtree lost their job today, me included.", {"layoffs"}),
    ("Hollowtree Games", "Everyone at Globex has been let go.", set()),
    ("Hollowtree Games", "Everyone in the office was dismissed for lunch at 3pm.", set()),
    ("Hollowtree Games", "Everybody at the studio lost their minds when we won.", set()),
    # contracts ended, the people counted
    ("Harbourline Freight", "Harbourline Freight has ended the contracts of its 20 agency drivers early.", {"layoffs"}),
    ("Harbourline Freight", "We've had to end the contracts of 40 riders in Bristol.", {"layoffs"}),
    ("Harbourline Freight", "We have ended the contracts of 3 suppliers.", set()),
])
def test_everyone_and_contracts_ended(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the whole business bought, as its own page tells it
    ("Zestling", "Big news from the Zestling kitchen: Crunchfield Foods has bought the business.", {"acquisition"}),
    ("Zestling", "We're thrilled: Crunchfield Foods has bought the business!", {"acquisition"}),
    ("Zestling", "Crunchfield Foods has bought the company behind Tally.", set()),
    ("Zestling", "Our customer Crunchfield Foods acquired the company last week.", set()),
    ("Zestling", "Crunchfield Foods plans to buy the business.", set()),
    ("Zestling", "Crunchfield Foods bought the company a new van.", set()),
    # a part bought is an investment, and shares bought from their holders bring the company no money
    ("Orvo", "Castellane buys 12% of Orvo from early backers.", set()),
    ("Orvo", "Norrland Instruments has bought 12% of Orvo; no new shares were issued.", set()),
    ("Orvo", "Tellgate Solutions has taken a 12% stake in Orvo, buying shares from two of our early angels.", set()),
    ("Orvo", "Tamura Instruments has acquired a minority stake in Orvo from Oxbow Deep Tech.", set()),
    ("Orvo", "Globex buys 60% of Orvo.", {"acquisition"}),
    ("Orvo", "Orvo has raised \u00a34m from existing shareholders to expand into secondary schools.", {"funding"}),
])
def test_the_business_bought_whole_or_in_part(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a closure limited to a channel, a customer, a place or a weekday: the business goes on
    ("Bellstone", "Bellstone has ceased trading with Hallam Council.", set()),
    ("Bellstone", "Bellstone has stopped trading on Shopvale; our own site runs as usual.", set()),
    ("Bellstone", "Bellstone will close on Mondays from March.", set()),
    ("Bellstone", "Bellstone is closing the workshop on Saturdays from now on.", set()),
    ("Bellstone", "Bellstone's Series B will close on 30 April, once the last investors have signed.", set()),
    # ... but a date, a holiday, an insolvency filed somewhere or the company named is the company's end
    ("Bellstone", "Bellstone will close on 30 April.", {"shutdown"}),
    ("Bellstone", "Bellstone closes for good on Christmas Eve.", {"shutdown"}),
    ("Bellstone", "Bellstone has gone into liquidation in England.", {"shutdown"}),
    ("Bellstone", "We're closing the doors on Bellstone for good after Christmas.", {"shutdown"}),
])
def test_a_closure_limited_to_a_part(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # an investor's round in the company, told from the investor's side
    ("Kindlewort", "Thistlecrane led the $4m seed round of Kindlewort this week.", {"funding"}),
    ("Kindlewort", "Ferrous Angels led a new $6m seed round in Kindlewort this week.", {"funding"}),
    ("Kindlewort", "Kindlewort is now backed by Lantern Row Capital, which invested \u00a33.5m in our seed round.", {"funding"}),
    ("Kindlewort", "Kindlewort is now backed by Plover Capital, which invested $5M in a round we closed last month.", {"funding"}),
    ("Kindlewort", "Thistlecrane led the $4m seed round of Globex this week.", set()),
    ("Kindlewort", "Investors who invested in our seed round get early access.", set()),
    ("Kindlewort", "Our customer Globex closed a $4M round; Thistlecrane led the company's round.", set()),
])
def test_a_round_told_by_its_investor(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a headline's round, date and insolvency in the words a sentence would use
    ("Quernby", "Quernby | Seed | $2M | Jan 2026", {"funding"}),
    ("Quernby", "Quernby \u2014 into administration", {"shutdown"}),
    ("Quernby", "Quernby shutting down 31 Mar", {"shutdown"}),
    ("Quernby", "Quernby | Seed stage | Hiring", set()),
    ("Quernby", "Quernby: into administration? Not us.", set()),
    # things the company owns, or a part of it, are not the company
    ("Kestrelly", "Kestrelly's IP was acquired by Overpass.", set()),
    ("Kestrelly", "Kestrelly is now an imprint of Harrow & Vale.", {"acquisition"}),
])
def test_headline_words_and_what_the_company_owns(company, text, expected):
    assert kinds(text, company) == expected


def test_an_imprint_on_a_first_page():
    assert first_read("Inkwell Grove is an imprint of Ferncastle Publishing.", "Inkwell Grove") == {"acquisition"}
    assert first_read("Inkwell Grove is an imprint of our own design team.", "Inkwell Grove") == set()


# Another business named where the company's name stood, in the title and in the copyright line, on a short homepage
# (the homepage before: round 19's BRIGHTMOOR)
@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Home | Brightsmile Dental Care", "<h1>Brightsmile Dental Care</h1><p>Family dentistry and whitening.</p>"
     "<p>&copy; 2026 Brightsmile Dental Care. All rights reserved.</p>", {"domain_repurposed"}),
    # the title alone, or the company's own copyright kept, says too little (a notice, a campaign)
    ("Home | Smile Studio Dental", "<p>Teeth whitening and clear aligners in Leeds.</p>", set()),
    ("Home | Spring Sale", "<p>Twenty per cent off every cargo bike.</p><p>&copy; 2026 Brightmoor Bikes.</p>", set()),
    ("Home | Back Soon", "<p>We are updating the shop.</p><p>&copy; 2026 Back Soon Ltd.</p>", set()),
])
def test_another_business_named_where_the_company_was(title, body, expected):
    assert crawl(f"<html><head><title>{title}</title></head><body>{body}</body></html>", before_html=BRIGHTMOOR,
                 company="Brightmoor Bikes", url="https://brightmoorbikes.example/") == expected
