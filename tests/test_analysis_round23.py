"""Round 23 of the detectors (issue 12): news in plain words, as owners, office managers and writers whose first language
is not English put it on their own sites; a round told done with no subject; a name followed by its state; names with a
comma or a German legal form.

Found on the development sets written this round (train42: plain words from people who are not press officers; train43:
short, compressed and listed; train44: first sight of a site; train45: informal voices and long sentences). Each family is
written here in new words, beside the look-alikes it must not catch.
"""

from __future__ import annotations

import pytest

from tests.test_analysis_pages_round18 import crawl
from tests.test_analysis_pages_round19 import BRIGHTMOOR
from tests.text_reading import crawl_read, first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    # people gone, and that it was not their choice
    ("Tallyho", "Seven colleagues left us this month, not by their own choice.", {"layoffs"}),
    ("Tallyho", "Eleven workers are no longer with Tallyho; it was not their decision.", {"layoffs"}),
    ("Tallyho", "5 drivers don't work with us anymore, was not decision of them.", {"layoffs"}),
    ("Tallyho", "Twelve employees of the Porto workshop will leave at the end of April by company's decision.", {"layoffs"}),
    ("Tallyho", "Three colleagues left us this month to start their own bakery.", set()),
    ("Tallyho", "Nine customers left us, not by their choice: their bank closed the accounts.", set()),
    ("Tallyho", "Six people left us in 2024, not by their choice.", set()),
    # posts that no longer exist
    ("Tallyho", "Their jobs do not exist any more, because the sorting is automatic now.", {"layoffs"}),
    ("Tallyho", "The 6 positions in the call centre are cancelled.", {"layoffs"}),
    ("Tallyho", "The 4 positions we advertised in March are cancelled.", set()),
    ("Tallyho", "Applications for the 2 roles are closed.", set()),
    ("Tallyho", "Their print jobs are closed by Friday.", set()),
    # a cut said with a noun, or by releasing people
    ("Tallyho", "We decided a reduction of personnel in the Lyon plant.", {"layoffs"}),
    ("Tallyho", "This spring the studio had to release 9 artists.", {"layoffs"}),
    ("Tallyho", "Our free guide explains a reduction of staff step by step.", set()),
    ("Tallyho", "The new rota means a 30% reduction in staff hours, not in staff.", set()),
    ("Tallyho", "We had to release 9 singles this year to keep the label alive.", set()),
    # posts that go, at a site named by its town
    ("Tallyho", "25 jobs will go at the Derby depot.", {"layoffs"}),
    ("Tallyho", "Restructure: 18 roles go at Mold factory", {"layoffs"}),
    ("Tallyho", "60 people were made redundant at the Wigan plant.", {"layoffs"}),
    ("Tallyho", "25 jobs will go to the new Derby depot.", set()),
    ("Tallyho", "Four of our roles will go remote in June.", set()),
    ("Tallyho", "All 12 roles go to internal candidates first.", set()),
    ("Tallyho", "60 people were made redundant at Globex.", set()),
    # losing one's work
    ("Tallyho", "Our 9 employees lose their work when the shop closes.", {"layoffs"}),
    ("Tallyho", "Many translators lose their work to machines.", set()),
])
def test_people_gone_in_plain_words(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # newcomers to the company's shares
    ("Tallyho", "New shareholders came in this spring with fresh money.", {"funding"}),
    ("Tallyho", "New investors joined to our company in May: two angels from Lyon.", {"funding"}),
    ("Tallyho", "Tallyho gets new shareholders.", {"funding"}),
    ("Tallyho", "We are looking for new investors.", set()),
    ("Tallyho", "If new shareholders come in, we will say it here.", set()),
    ("Tallyho", "New shareholders joined the general meeting by video.", set()),
    ("Tallyho", "New investors came into Globex last year.", set()),
    ("Tallyho", "We welcome new investors to our community share offer.", set()),
    # money put in by investors
    ("Tallyho", "Three investors from Ghent put money in our company, 600.000 euro together.", {"funding"}),
    ("Tallyho", "The investors put in 2 million lira more.", {"funding"}),
    ("Tallyho", "We put money into two new kilns.", set()),
    ("Tallyho", "Customers put money in their wallets through our app.", set()),
    ("Tallyho", "Investors put money into Globex.", set()),
    # into the company's capital
    ("Tallyho", "A family office from Bilbao entered in our capital.", {"funding"}),
    ("Tallyho", "Two new partners entered in the capital of Tallyho with an increase of capital of 900.000 euro.", {"funding"}),
    ("Tallyho", "Capital increase completed! Thank you to the new partners.", {"funding"}),
    ("Tallyho", "Our lorries entered the capital of Kenya on Monday.", set()),
    ("Tallyho", "We entered the capital of Globex with 10%.", set()),
    ("Tallyho", "The general meeting will vote on a capital increase.", set()),
    # holders now, a share of the company for money, new shares
    ("Tallyho", "Lindqvist Ventures is now shareholder of Tallyho.", {"funding"}),
    ("Tallyho", "We got 1.5 million for 15% of the company.", {"funding"}),
    ("Tallyho", "Kiln Capital bought new shares for 4 million zloty.", {"funding"}),
    ("Tallyho eG", "Tallyho eG has issued 2,000 new member shares.", {"funding"}),
    ("Tallyho", "We are now a shareholder of Globex.", set()),
    ("Tallyho", "We paid €2m for 20% of Globex.", set()),
    ("Tallyho", "We bought new shares in Globex.", set()),
    # a round told done, with no subject
    ("Tallyho", "Seed round done: £1.5m.", {"funding"}),
    ("Tallyho", "Round done: $18M Series B.", {"funding"}),
    ("Tallyho", "Seed \u2705 \u20ac900k \u2014 thank you to every angel", {"funding"}),
    ("Tallyho", "Seed done.", set()),
    ("Tallyho", "Round done, on to the back nine.", set()),
    ("Tallyho", "Seed round closed for applications.", set()),
    ("Tallyho", "Series A closed in 2024.", set()),
    ("Tallyho", "Series A planned for next year.", set()),
])
def test_money_in_plain_words(company, text, expected):
    assert kinds(text, company) == expected


# a deal or a round as what the company hopes, plans or expects to close (found by the review: the start read these as the
# company closing)
@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hollybank", "The round we hope to close next year will fund the Berlin office.", set()),
    ("Hollybank", "The seed round we plan to close by June is oversubscribed.", set()),
    ("Hollybank", "The deal we expect to close in May is with a hospital group.", set()),
    ("Hollybank", "After the sale we plan to close at the end of June.", {"shutdown"}),
    ("Hollybank", "After the sale we are going to close the company.", {"shutdown"}),
    ("Hollybank", "We plan to close Hollybank at the end of June.", {"shutdown"}),
])
def test_a_deal_the_company_hopes_to_close(company, text, expected):
    assert kinds(text, company) == expected


# what the model, retrained on this round's sets, read and the rules turn down: a shop's hours, an invitation to invest
@pytest.mark.parametrize(("company", "text"), [
    ("Hollybank", "Hollybank is closed now. See you tomorrow!"),
    ("Hollybank", "Closed now \u00b7 Opens 9 am"),
    ("Tallyho", "We welcome new investors to our community share offer."),
])
def test_what_the_model_must_not_read(company, text):
    assert crawl_read(text, company) == set()


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hollybank", "The new owner of Hollybank is Ostrava Foods s.r.o.", {"acquisition"}),
    ("Hollybank", "Brightwell Group is our new owner.", {"acquisition"}),
    ("Hollybank", "Our new owner is Tessaly Holdings.", {"acquisition"}),
    ("Hollybank", "Kiln Partners is now the owner of Hollybank.", {"acquisition"}),
    # (a label alone names no owned thing: "Car sold. New owner: Mr Jansen", "Adopted! New owner: Maria")
    ("Hollybank", "New owner: Tessaly Holdings", set()),
    ("Hollybank", "Brightwater Holdings became our owner in March.", {"acquisition"}),
    ("Hollybank", "Hollybank belongs now to the Velden Group.", {"acquisition"}),
    ("Hollybank", "The new owner of the building is Harlow Estates.", set()),
    ("Hollybank", "Jane is the new owner of a Hollybank van.", set()),
    ("Hollybank", "Globex's new owner is Initech.", set()),
    ("Hollybank", "The new owner of Tern is Hollybank.", set()),
    ("Hollybank", "Globex is the owner of the brand.", set()),
    ("Hollybank", "The new owner is responsible for servicing.", set()),
    ("Hollybank", "Our new owner's manual is online.", set()),
    ("Hollybank", "Mars Petcare is now our parent company's biggest rival.", set()),
])
def test_a_new_owner_named(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hollybank", "Hollybank stops.", {"shutdown"}),
    ("Hollybank", "Hollybank stops per 1 September.", {"shutdown"}),
    ("Hollybank", "The last orders ship in May, and then the company stop.", {"shutdown"}),
    ("Hollybank", "After nine years we stop Hollybank.", {"shutdown"}),
    ("Hollybank", "On 30 May we close for ever.", {"shutdown"}),
    ("Hollybank", "Hollybank has closed its activities.", {"shutdown"}),
    ("Hollybank", "Hollybank ends its activities.", {"shutdown"}),
    ("Hollybank", "Hollybank stops shipping to Norway.", set()),
    ("Hollybank", "Hollybank stops on Sundays.", set()),
    ("Hollybank", "The bus stops.", set()),
    ("Hollybank", "We stop the Leeds van service on 1 May.", set()),
    ("Hollybank", "Hollybank is closed now, open again at 5.", set()),
    # ("closed" with a time is what a shop or an office says every night and every holiday: not read)
    ("Hollybank", "Hollybank is closed now. See you tomorrow!", set()),
    ("Hollybank", "Our company is closed from 24 December.", set()),
    ("Hollybank", "Hollybank stops today at 5 pm for the update.", set()),
    ("Hollybank", "Hollybank stops after 30 minutes of inactivity.", set()),
    ("Hollybank", "Hollybank has closed its operations in Spain.", set()),
])
def test_the_company_stops(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the company's name, then its state in parentheses or after a dash
    ("Greyfield Data", "Greyfield Data (acquired by Nexwell)", {"acquisition"}),
    ("Lumenby", "Lumenby (part of Corvid Media)", {"acquisition"}),
    ("Maplery", "Maplery (discontinued) \u2014 thanks for nine years", {"shutdown"}),
    ("Lumenby", "We design in Figma (acquired by Adobe) and ship weekly.", set()),
    ("Lumenby", "Lumenby (formerly Acme) is a design studio.", set()),
    ("Lumenby", "Lumenby (acquired by Globex in 2019)", set()),
    ("Lumenby", "Lumenby (closed on Sundays)", set()),
    ("Lumenby", "Lumenby (part of the Techstars programme)", set()),
    ("Lumenby", "Lumenby (owned by its founders)", set()),
    ("Lumenby", "Lumenby (in partnership with Globex)", set()),
])
def test_a_name_and_its_state(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a comma between a name's words is no clause break; a German co-operative's legal form is the name's
    ("Hobbs, Rae & Farrow", "Hobbs, Rae & Farrow has been acquired by Globex.", {"acquisition"}),
    ("Hobbs, Rae & Farrow", "Hobbs, Rae & Farrow is closing down.", {"shutdown"}),
    ("Hobbs, Rae & Farrow", "Hobbs, Rae & Farrow advised Globex on its sale to Initech.", set()),
    ("Grünwerk Energie eG", "Grünwerk Energie eG has been acquired by Stadtwerke Ulm.", {"acquisition"}),
])
def test_names_with_a_comma_or_a_legal_form(company, text, expected):
    assert kinds(text, company) == expected


# Another business named where the company's name stood in the title, and heading the page (the homepage before: round
# 19's BRIGHTMOOR, "Home | Brightmoor Bikes"; or one whose title was the name alone)
BRIGHTMOOR_NAME_ONLY = BRIGHTMOOR.replace("<title>Home | Brightmoor Bikes</title>", "<title>Brightmoor Bikes</title>")


@pytest.mark.parametrize(("before", "title", "body", "expected"), [
    (BRIGHTMOOR, "Home | Smile Studio Dental", "<h1>Smile Studio Dental</h1><p>Teeth whitening and clear aligners in Leeds.</p>",
     {"domain_repurposed"}),
    (BRIGHTMOOR_NAME_ONLY, "Villa Kembang | Ubud holiday rental", "<h1>Villa Kembang</h1><p>A villa with a private pool among "
     "the rice fields of Ubud.</p>", {"domain_repurposed"}),
    # a heading that is not the title's name, a notice of the company's own change, a title of no one
    (BRIGHTMOOR, "Home | Villa Kembang", "<h1>Welcome</h1><p>A villa with a private pool in Ubud.</p>", set()),
    (BRIGHTMOOR, "Home | Kembang Cycles", "<h1>Kembang Cycles</h1><p>Our new name, the same cargo bikes.</p>", set()),
    (BRIGHTMOOR_NAME_ONLY, "Back Soon | Maintenance", "<h1>Back Soon</h1><p>We are updating the shop.</p>", set()),
])
def test_another_business_heading_the_page(before, title, body, expected):
    assert crawl(f"<html><head><title>{title}</title></head><body>{body}</body></html>", before_html=before,
                 company="Brightmoor Bikes", url="https://brightmoorbikes.example/") == expected
