"""Round 18 of the detectors (issue 12): families the rules missed on text the sentence model had not seen.

Found by training the model without the five newest development sets and reading what rules and model together still
missed there, and by the training set written this round (train26: reported futures, endings told plainly or in
idiom, people leaving, rounds without the word "round", programmes that are not owners). Each family is written here
in new words, beside the look-alikes it must not catch: a raise still to come is no round; counted people leaving for
a cut; counted people dismissed on the company's own page, naming no one else; a round told in an opening clause; the
company inside a firm or a group ("is part of Meridian Care Partners", "owned by Corvane Moss Group N.V."); an offer
accepted by the company's board or shareholders; "is now a Brightmoor product"; the shop, café or practice closing for
good; closing "and" letting everyone go; forecasts of a sale or cuts.
"""

from __future__ import annotations

import pytest

from tests.text_reading import crawl_read, first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tarnwick", "Tarnwick has raised a $7M Series A led by Ostler Ventures.", {"funding"}),
    ("Tarnwick", "Tarnwick said it had closed its seed round.", {"funding"}),
    ("Tarnwick", "Tarnwick raised a pre-Series A of $3.2M from two angels.", {"funding"}),
    ("Tarnwick", "We closed our pre-Series A this month.", {"funding"}),
    ("Tarnwick", "Tarnwick raised a Series B of about EUR 20 million.", {"funding"}),
    # ... a raise still to come, however it is told
    ("Tarnwick", "Tarnwick will raise a Series A next spring.", set()),
    ("Tarnwick", "Our chief executive told the Herald that Tarnwick would raise a seed round in 2027.", set()),
    ("Tarnwick", "Tarnwick is raising a Series A; investors can book a call with our CFO.", set()),
    ("Tarnwick", "We'll close our seed round by the end of the quarter.", set()),
    ("Tarnwick", "Tarnwick ran a series of webinars for investors.", set()),
])
def test_a_raise_still_to_come_is_no_round(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pellow", "Fourteen people are leaving the company as part of the reorganisation.", {"layoffs"}),
    ("Pellow", "Nine of our colleagues leave the business today.", {"layoffs"}),
    ("Pellow", "Pellow has asked 35 employees to leave as part of its cost-cutting.", {"layoffs"}),
    ("Pellow", "Around a third of the 60 staff will leave Pellow by March under the cuts.", {"layoffs"}),
    ("Pellow", "Three of us are leaving Pellow this week, and not by choice: the company is cutting costs.", {"layoffs"}),
    # ... people who leave for something else, leavers with no cut, one person
    ("Pellow", "Two of our designers will leave us this week to join Globex.", set()),
    ("Pellow", "Four people left Pellow over the summer.", set()),
    ("Pellow", "Our head of sales is leaving the company to start her own agency.", set()),
    ("Pellow", "Six engineers left Pellow this year to found their own startups.", set()),
])
def test_counted_people_leaving_for_a_cut(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brackwater", "18 roles in finance and operations have been eliminated.", {"layoffs"}),
    ("Brackwater", "Seventeen machinists have been made redundant.", {"layoffs"}),
    ("Brackwater", "Eleven sous-chefs were laid off by Brackwater after the kitchen was rebuilt.", {"layoffs"}),
    ("Brackwater", "The company confirmed that 26 roles in its contact centre had been cut.", {"layoffs"}),
    ("Brackwater", "The owners confirmed that 40 pickers would be laid off after the harvest.", {"layoffs"}),
    ("Brackwater", "Our managing director told staff that 12 roles would be cut.", {"layoffs"}),
    # ... another company's people, a statistic, people with no count, a rule about pay
    ("Brackwater", "18 roles at Globex have been eliminated.", set()),
    ("Brackwater", "Globex told staff on Monday that 30 roles would be cut.", set()),
    ("Brackwater", "Over 120,000 tech workers were laid off this year.", set()),
    ("Brackwater", "When staff are made redundant, they are owed statutory pay.", set()),
    ("Brackwater", "Brackwater helps people who were laid off find work.", set()),
])
def test_counted_people_dismissed_on_the_company_page(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fennick Labs", "After closing a $9M seed round, Fennick Labs is hiring in Lisbon.", {"funding"}),
    ("Fennick Labs", "Following the closing of a £2.4M crowdfunding round, Fennick Labs will open a second lab.",
     {"funding"}),
    ("Fennick Labs", "Fresh from raising $4M, we are doubling the support team.", {"funding"}),
    # ... no round, someone else's round, someone else hiring, a dated round
    ("Fennick Labs", "After closing the Bristol lab, Fennick Labs moved to Bath.", set()),
    ("Fennick Labs", "After closing a $9M seed round for Globex, we advised two more founders.", set()),
    ("Fennick Labs", "Following the closing of a $9M seed round, Globex is hiring.", set()),
    ("Fennick Labs", "After raising $2M in 2024, Fennick Labs hired ten people.", set()),
])
def test_a_round_told_in_an_opening_clause(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Harrow Dental", "Harrow Dental is proud to be part of Lindenfield Care Partners.", {"acquisition"}),
    ("Harrow Dental", "Harrow Dental is part of the Quaymoor Group.", {"acquisition"}),
    ("Harrow Dental", "We are proud to be part of the Quaymoor Group.", {"acquisition"}),
    ("Vellin", "Vellin is now owned by Vellin Stroud Holdings N.V.", {"acquisition"}),
    ("Vellin", "Vellin is now a Brightmoor product.", {"acquisition"}),
    ("Vellin", "Vellin is now a Halcyon Interactive studio.", {"acquisition"}),
    # ... programmes, portfolios, badges, the company's own group name
    ("Harrow Dental", "We are proud to be part of the Techstars family.", set()),
    ("Harrow Dental", "Harrow Dental is part of the Y Combinator W25 batch.", set()),
    ("Harrow Dental", "Harrow Dental is part of Quaymoor's partner network.", set()),
    ("Vellin", "Vellin is now a B Corp company.", set()),
    ("Vellin", "Vellin is now a Shopify Plus partner.", set()),
    ("Vellin", "Vellin is owned by Vellin Holdings Ltd.", set()),
])
def test_the_company_inside_a_firm_or_a_group(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Ostrich9", "Ostrich9 will be acquired by Brennan Systems under a definitive agreement signed today.",
     {"acquisition"}),
    ("Tilbury", "Tilbury's board has accepted Quintrell's revised offer and will recommend it to shareholders.",
     {"acquisition"}),
    ("Tilbury", "Tilbury's shareholders have accepted an offer from Maple Row Capital to buy the company.",
     {"acquisition"}),
    ("Tilbury", "The bakery has been taken over by the Hearth & Crumb group.", {"acquisition"}),
    # ... another company's shareholders, a job offer, a bakery elsewhere, a forecast
    ("Tilbury", "Globex's shareholders have accepted an offer from Maple Row Capital to buy the company.", set()),
    ("Tilbury", "Our designer accepted Google's offer.", set()),
    ("Tilbury", "The bakery next door has been bought by Globex.", set()),
    ("Tilbury", "Analysts expect Tilbury to be acquired within two years.", set()),
    ("Tilbury", "Our founder said she expected the company to be bought one day.", set()),
    ("Tilbury", "Analysts expect Tilbury to cut staff after the merger.", set()),
])
def test_a_sale_agreed_by_those_who_own_the_company(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Cobb & Finch Architects", "Cobb & Finch Architects has closed its practice after 31 years.", {"shutdown"}),
    ("Pinfold", "The shop will close for good on 30 April.", {"shutdown"}),
    ("Pinfold", "Pinfold said the shop would close for good at the end of May.", {"shutdown"}),
    ("Pinfold", "We close the café for good on Sunday.", {"shutdown"}),
    ("Pinfold", "Pinfold stopped trading the same afternoon.", {"shutdown"}),
    ("Pinfold", "Pinfold is closing and has made all its staff redundant.", {"shutdown", "layoffs"}),
    ("Pinfold", "Pinfold is closing and the remaining staff have been made redundant.", {"shutdown", "layoffs"}),
    # ... opening hours, a holiday, one site, a shop of the company's, people retiring
    ("Pinfold", "We close the shop at 5pm on Sundays.", set()),
    ("Pinfold", "We are closing the workshop for the holidays.", set()),
    ("Pinfold", "The shop will close on Sunday.", set()),
    ("Pinfold", "Our merch shop will close for good.", set()),
    ("Pinfold", "Pinfold is closing its practice in Leeds.", set()),
    ("Pinfold", "Three of our longest-serving bakers are leaving Pinfold this spring to retire.", set()),
])
def test_the_shop_closes_for_good(company, text, expected):
    assert kinds(text, company) == expected


def test_a_closure_with_everyone_let_go_is_read_on_a_first_crawl():
    assert first_read("Pinfold is closing and has made all its staff redundant.", "Pinfold") == {"shutdown"}


@pytest.mark.parametrize(("company", "text"), [
    ("Goldmere", "Staff at Goldmere who were furloughed in March have all returned to work."),
    ("Goldmere", "We said goodbye to nine apprentices this week as they finished their training."),
    ("Goldmere", "Goldmere is part of the Tern Capital family of portfolio companies."),
    ("Goldmere Dental", "The Goldmere Dental practice on Mill Road will close permanently. Patients will move to our "
                        "Riverside practice."),
])
def test_what_the_model_may_not_read_as_news(company, text):
    # rules and model together: the words that turn these round (people back at work, a training finished, a
    # portfolio, one of several sites) keep the model's reading out
    assert crawl_read(text, company) == set()


@pytest.mark.parametrize("company", [
    "K.O. Boxing Club", "J. Harlow & Sons Ltd", "No. 11 Bakehouse", "St. Brigid's Learning Centre", "Re:Form Studio",
    "24/7 Lojistik A.Ş.", "dot.works AB", "Mo's Diner", "A.I. Labs",
])
def test_names_with_initials_colons_legal_forms_and_their_own_apostrophe(company):
    # initials and abbreviations do not end the name or the sentence, a colon inside a name does not end the clause,
    # a Turkish or Swedish legal form is not part of the name, and a name's own "'s" is not another owner
    assert kinds(f"{company} has been acquired by Globex Group.", company) == {"acquisition"}
    assert kinds(f"Globex has acquired {company} for an undisclosed sum.", company) == {"acquisition"}
    assert kinds(f"Today, {company} announced it has raised $5M in seed funding.", company) == {"funding"}
    assert kinds(f"{company} is shutting down.", company) == {"shutdown"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Cumulo", "Cumulo is now a Nimbus7 company.", {"acquisition"}),
    ("Goldeneye Energy", "Goldeneye Energy has entered into an arrangement agreement with Peregrine Resources, pursuant "
                         "to which Peregrine will acquire all issued and outstanding shares of Goldeneye.", {"acquisition"}),
    ("Cobalt Owl", "Cobalt Owl has signed a binding agreement under which Marlowe Media will acquire 100% of its shares.",
     {"acquisition"}),
    # ... a list's number, another company's shares, a report nobody confirms
    ("Cumulo", "Cumulo is a Top 100 company.", set()),
    ("Cobalt Owl", "Cobalt Owl signed an agreement under which Globex will acquire 100% of the shares of Initech.", set()),
    ("Cobalt Owl", "Cobalt Owl has reportedly furloughed most of its staff.", set()),
    ("Cobalt Owl", "Cobalt Owl is said to have been sold to a rival.", set()),
])
def test_digits_in_an_owner_shares_for_the_company_and_reports(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize("company", [
    "Polmet Sp. z o.o.", "Andes Pagos S.A.P.I. de C.V.", "Nexa FZ-LLC", "Gulf Logistics W.L.L.", "Ostrava Labs s.r.o.",
    "Mekong Agritech JSC", "Nile Fintech S.A.E.", "Tienda Sol S.L.",
])
def test_legal_forms_of_several_words_or_in_lower_case_end_the_name(company):
    assert kinds(f"{company} has been acquired by Globex Group.", company) == {"acquisition"}
    assert kinds(f"Globex has acquired {company} for an undisclosed sum.", company) == {"acquisition"}
    assert kinds(f"{company} is shutting down.", company) == {"shutdown"}


def test_a_namesake_disowned_keeps_its_news():
    text = "A&B-Link is not related to AB Link Sp. z o.o., which was acquired by Kargolo last month."
    assert kinds(text, "A&B-Link") == set()
    assert kinds("AB Link Sp. z o.o. was acquired by Kargolo last month.", "A&B-Link") == {"acquisition"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Oakum", "Part of Greyling Industries since January 2026.", {"acquisition"}),
    ("Oakum", "Proudly part of the Hearthway Group.", {"acquisition"}),
    ("Goldcrest Pay", "Goldcrest Pay, a Quintell plc company. Authorised by the Financial Conduct Authority.",
     {"acquisition"}),
    # ... a programme, an accelerator, a slogan
    ("Oakum", "Part of the Tech Nation Upscale cohort.", set()),
    ("Oakum", "Part of Techstars since 2024.", set()),
    ("Oakum", "Part of Something Bigger.", set()),
    ("Kelpie", "Kelpie, a Crowdhaus Launchpad company.", set()),
])
def test_a_footer_owner_on_a_first_crawl(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pembury Robotics", "Pembury Robotics filed a WARN notice for 68 workers at its Austin facility.", {"layoffs"}),
    ("Harbinger Health", "Harbinger Health has filed WARN notices covering 140 employees in California.", {"layoffs"}),
    ("Gatekeeper7", "Gatekeeper7 has started collective consultation on up to 100 redundancies.", {"layoffs"}),
    ("Lodestar Learning", "Administrators confirmed all 85 employees have been made redundant.", {"layoffs"}),
    # ... another company's notice, a service for others, cuts across an industry
    ("Pembury Robotics", "Globex filed a WARN notice for 68 workers.", set()),
    ("Pembury Robotics", "Pembury Robotics helps HR teams file WARN notices for 500 employees.", set()),
    ("Gatekeeper7", "Gatekeeper7 has begun consultation on 40 redundancies across the industry.", set()),
])
def test_statutory_notices_and_consultations_on_a_count(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fig.3 Architects", "Fig.3 Architects is now part of Hallam Design Partnership.", {"acquisition"}),
    ("Greenmile", "Greenmile accepted an offer from Pangaea Holdings and is now owned by the group.", {"acquisition"}),
    ("Harlow Tiles", "Harlow Tiles is a Harlow Group company. Registered in England no. 0481223.", {"acquisition"}),
    # ... a partnership that is a programme, the company's own group
    ("Fig.3 Architects", "We are now part of the Global Climate Partnership.", set()),
    ("Harlow Tiles", "Harlow Tiles is a Harlow Tiles Group company.", set()),
])
def test_an_owner_that_is_a_partnership_or_shares_a_word_of_the_name(company, text, expected):
    assert first_read(text, company) == expected


def test_a_new_name_is_not_a_new_owner_to_the_model():
    assert crawl_read("Fable Reading is now Fable Learning: same app, new name, now with maths.", "Fable Reading") == set()


# A review of the round's change (a helper session probing look-alikes) found these; each is read right now.
@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Vellin", "Vellin is now a Slack app, so you can use it without leaving your workspace.", set()),
    ("Vellin", "Vellin is now a Premium product.", set()),
    ("Vellin", "Vellin is now a Google Workspace product integration.", set()),
    ("Vellin", "Vellin is owned by Vellin Family Holdings.", set()),
    ("Harrow Dental", "Part of the Solution.", set()),
    ("Harrow Dental", "Harrow Dental is proud to be part of the Invisalign Gold Provider Group.", set()),
    ("Harrow Dental", "We are proud to be part of Dental Partners, the practice-owned buying cooperative.", set()),
    ("Tallow", "On the back of a $20M Series B for our customer Globex, we are expanding our partnership.", set()),
    ("Tallow", "After closing a $3M seed round for one of our clients, our team is taking a break.", set()),
    ("Pellow", "Pellow has asked 30 staff to leave feedback on the new rota.", set()),
    ("Pellow", "We have asked 20 employees to leave the building during the fire drill.", set()),
    ("Pellow", "Two engineers will leave Pellow today; we thank them and wish them luck at their next adventures.", set()),
    ("Pellow", "Fourteen people are leaving the company this week as their fixed-term contracts end.", set()),
    ("Brackwater", "Thirteen people were made redundant, and our advice line helped every one of them find a new job.",
     set()),
    ("Brackwater", "Fourteen nurses have been made redundant, the union said.", set()),
    ("Brackwater", "Fifteen drivers were sacked for breaking safety rules.", set()),
    ("Brackwater", "The company said that 45 roles in the sector would be cut.", set()),
    ("Tilbury", "We have started a consultation on 40 staff wellbeing initiatives.", set()),
    ("Tilbury", "The board has accepted Maria's offer to chair the remuneration committee.", set()),
    ("Tilbury", "Tilbury's board has accepted Quintrell's offer to buy our Leeds warehouse.", set()),
    ("Tilbury", "Tilbury's board has accepted Quintrell's offer of a strategic partnership.", set()),
    ("Pinfold", "The shop will close for good at the end of the month, and we'll continue online.", set()),
    ("Pinfold", "The shop will close for good, but our Castle Street shop stays open.", set()),
    ("Pinfold", "Pinfold is closing and our team will be back on 2 January.", set()),
    ("Pinfold", "Pinfold stopped trading the same shares on AIM in 2021.", set()),
    # ... and what the first version lost, read again
    ("Marrowgate", "Marrowgate is not connected to the internet by default, and today we've been acquired by Globex.",
     {"acquisition"}),
    ("Marrowgate", "The NHS is not related to Marrowgate; Marrowgate was acquired by Globex this week.", {"acquisition"}),
    ("Marrowgate", "Marrowgate, reportedly the UK's largest vegan bakery, has been acquired by Globex.", {"acquisition"}),
    ("Marrowgate", "Globex, which reportedly tried to buy us last year, has now acquired Marrowgate.", {"acquisition"}),
    ("Tallow", "We're raising our seed round now, and have already closed $1.2M of it.", {"funding"}),
    ("Tallow", "Tallow was acquired by the U.S. Army's venture arm.", {"acquisition"}),
    ("Tallow", "Fresh off our Series A, we're hiring across the board.", {"funding"}),
    ("Pellow", "Around 40 workers will leave the firm in the coming weeks as it cuts costs.", {"layoffs"}),
    ("Tilbury", "Tilbury's board has accepted Quintrell's revised offer.", {"acquisition"}),
])
def test_what_a_review_of_the_change_found(company, text, expected):
    assert kinds(text, company) == expected
