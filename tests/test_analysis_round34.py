"""Round 34 of the detectors (issue 12): news told by its parts, by a field, by an answer, or a sentence after the name.

- Rounds told by the shares: money or a stake given for the company's new shares ("Greyling Foods, which bought £600k of
  new shares"), a minority stake taken in it, investors who "bought into" it.
- Cuts told by who goes: any trade of people dismissed ("The 62 attendants were dismissed"), all members of staff issued
  termination letters, "the farm team of eight", "Everyone on the team has received notice", staff "disengaged", a
  workplace lost, services "no longer required", a voluntary or early retirement programme for counted staff.
- Fields: an owner or a status alone in the company's fact sheet, or one field under its name; "Company status:
  Dissolved" alone; a headcount told smaller ("Team: 9 people (was 14)") or cuts counted ("Redundancies: 18").
- Who: "It", "Its owners", "They" after a sentence whose subject is the company is the company; "It" or "the company"
  after a sentence whose subject is a partner named by its part in the company's work ("X is our installer partner", "X
  supplies our rye") is the partner.
- Questions answered: the question read as the statement its answer makes ("Q: Who is buying Hopscotch? A: Brightwater
  Education." is "Brightwater Education is buying Hopscotch.").
- Closures: every site as the subject ("all clinics will be closed as of 1 December"), "we shut the shop for good",
  "stopped all trucking and warehousing operations", a sale followed by the site switched off (past, and by the company);
  not a round's close ("We expect to close in January" after a round).
- Offers: accepted by the shareholders' vote, for the company told by its trade or by its whole ("offer for the studio",
  "the offer of Rede Vitalis for 100% of the company").

Found on the development sets train68 (news across sentences and in exchanges: Q&A, fields, "it" and "its owners") and
train69 (long-form pages by writers of many Englishes), and in cross-validation's misses; each family is written here in
new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import crawl_read, first_read, reads_everything, rules_read
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.grammar import qa_lines


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brindle Kitchens", "Brindle Kitchens has a new backer: Moss Lane Capital, which bought £750k of new shares in November.",
     {"funding"}),
    ("Brindle Kitchens", "In March the kitchen took £200,000 from the Wessex Food Fund in return for new shares.", {"funding"}),
    ("Brindle Kitchens", "Its founders have sold a 15% stake in newly issued shares to Harlow Partners.", {"funding"}),
    ("Brindle Kitchens", "Orrin Foods has taken a 20% minority stake in Brindle Kitchens this month.", {"funding"}),
    ("Brindle Kitchens", "Harbour Capital has invested £2M for a 25% share in the business.", {"funding"}),
    ("Brindle Kitchens", "Two local restaurateurs have bought into Brindle Kitchens, and the money pays for a new oven.",
     {"funding"}),
    # the company buying, staff schemes, shares from the founders, a majority
    ("Brindle Kitchens", "We bought £90,000 of new shares in Pepperpot Ltd, our supplier.", set()),
    ("Brindle Kitchens", "Our chefs bought £30,000 of new shares through the staff share scheme.", set()),
    ("Brindle Kitchens", "Moss Lane Capital bought £400k of shares from the founders.", set()),
    ("Brindle Kitchens", "Customers have bought into the idea of a zero-waste kitchen.", set()),
    ("Brindle Kitchens", "We have taken a 20% minority stake in Pepperpot Ltd.", set()),
])
def test_a_round_is_read_from_the_shares_given_for_it(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Larkhill Clinics", "The 14 receptionists were dismissed on Friday.", {"layoffs"}),
    ("Larkhill Clinics", "Six hygienists and two dentists were dismissed when the Bramley clinic closed.", {"layoffs"}),
    ("Larkhill Clinics", "All members of staff have been issued redundancy notices.", {"layoffs"}),
    ("Larkhill Clinics", "The night team of nine has been let go.", {"layoffs"}),
    ("Larkhill Clinics", "Larkhill Clinics is closing. Everyone on the team has received notice.", {"layoffs", "shutdown"}),
    ("Larkhill Clinics", "Every employee has been given notice, and customer records will be archived.", {"layoffs"}),
    ("Larkhill Clinics", "Sixty casual workers have been disengaged.", {"layoffs"}),
    ("Larkhill Clinics", "In the two towns we leave, 20 drivers will lose their workplace.", {"layoffs"}),
    ("Larkhill Clinics", "Larkhill Clinics has informed its 40 nurses that their services are no longer required.", {"layoffs"}),
    ("Larkhill Clinics", "Larkhill Clinics will invite 80 employees to apply for an early retirement programme.", {"layoffs"}),
    # not people, not dismissed, not its own
    ("Larkhill Clinics", "Twelve burgers were cut from the menu.", set()),
    ("Larkhill Clinics", "The 40 customers were dismissed from the case.", set()),
    ("Larkhill Clinics", "Everyone was sent home early because of the snow.", set()),
    ("Larkhill Clinics", "We informed 30 clients that their services are no longer required.", set()),
    ("Larkhill Clinics", "Our founder Mary retired after 30 years.", set()),
])
def test_cuts_are_read_from_who_goes(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tolland Systems", "Tolland Systems\nOwner: Brenmoor Holdings (since 3 Sept 2026)\nStatus: trading", {"acquisition"}),
    ("Tolland Systems", "Tolland Systems\n- Founded: 2015\n- HQ: Leeds\n- Owner: Varden Industries (acquired May 2026)",
     {"acquisition"}),
    ("Tolland Systems", "Tolland Systems\nStatus: wound up", {"shutdown"}),
    ("Tolland Systems", "Company status: Dissolved (Sept 2026)", {"shutdown"}),
    ("Tolland Systems", "Team: 11 people (was 19)", {"layoffs"}),
    ("Tolland Systems", "Warehouse team: 30 → 18 (Oct 2026)", {"layoffs"}),
    ("Tolland Systems", "Redundancies: 12 (announced 3 Nov 2026)", {"layoffs"}),
    # a ticket's or an order's status, a person owner, a team that grew, no cuts, a menu
    ("Tolland Systems", "Our orders\nStatus: closed", set()),
    ("Tolland Systems", "Support ticket 4471\nStatus: closed\nOwner: Varden Industries", set()),
    ("Tolland Systems", "Tolland Systems\nOwner: Jane Tolland", set()),
    ("Tolland Systems", "Team: 19 people (was 11)", set()),
    ("Tolland Systems", "Redundancies: none", set()),
    ("Tolland Systems", "Menu: 12 dishes (was 20)", set()),
])
def test_a_field_of_the_companys_own_page_is_read(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fenwick Vets", "Fenwick Vets opened in 2009. Its owners have sold the practice to Hartland Animal Care.", {"acquisition"}),
    ("Fenwick Vets", "Fenwick Vets opened in 2009. It was sold to Hartland Animal Care this week.", {"acquisition"}),
    ("Fenwick Vets", "Fenwick Vets was founded by two vets in 2009. Last month they sold it to Hartland Animal Care.",
     {"acquisition"}),
    # the sentence before is another company's, or the news is no sale
    ("Fenwick Vets", "We supply Halden Foods. It was sold to Initech this week.", set()),
    ("Fenwick Vets", "Fenwick Vets opened in 2009. It closed its Leeds branch in May.", set()),
    ("Fenwick Vets", "Fenwick Vets opened in 2009. Its owners sold the old van last week.", set()),
    # a partner named by its part in the company's work: "it" and "the company" after it are the partner
    ("Fenwick Vets", "Orrel Labs is our pathology partner in Kent. The company has been bought by Globex.", set()),
    ("Fenwick Vets", "Brakefield Feeds supplies our clinics. The business has been bought by Crumb & Co.", set()),
    ("Fenwick Vets", "Hatchway Software hosts our booking system. It laid off a third of its staff this week.", set()),
])
def test_it_and_its_owners_are_the_subject_of_the_sentence_before(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_question_is_read_as_the_statement_its_answer_makes():
    assert qa_lines(["Q: Who is buying Fernlight?", "A: Harrow Education. We signed on 2 November."]) == [
        "Q: Who is buying Fernlight?", "Harrow Education is buying Fernlight. We signed on 2 November.",
        "A: Harrow Education. We signed on 2 November."]
    assert qa_lines(["Q: Did the Series A close? A: It did, on Monday."])[-1] == "The Series A closed, on Monday."
    assert qa_lines(["Q: How many people did you let go?", "A: Fourteen."])[1] == "We let go Fourteen people."
    # a no, a hedge, another question, or a sentence that is no answer: no statement
    for lines in (["Q: Are you being sold? A: No."], ["Q: Will Fernlight be acquired? It is a question we get a lot."],
                  ["Q: Is Fernlight closing? A: Why would we?"], ["Q: Are you closing? A: Not yet."]):
        assert qa_lines(lines) == lines


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fernlight", "FAQ\nQ: Who is buying Fernlight?\nA: Harrow Education. We signed on 2 November.", {"acquisition"}),
    ("Fernlight", "Q: Did the seed round close?\nA: It did, on Monday: £1.2M from Wold Angels.", {"funding"}),
    ("Fernlight", "Q: How many people did you let go? A: Fourteen, across sales and support.", {"layoffs"}),
    ("Fernlight", "Has Fernlight been acquired? Yes, by Harrow Education, this month.", {"acquisition"}),
    ("Fernlight", "Will Fernlight be acquired? It is a question we get a lot. Nobody has made an offer.", set()),
    ("Fernlight", "Q: Are you being sold? A: No.", set()),
    ("Fernlight", "Q: Do you close on bank holidays? A: Yes, on all of them.", set()),
])
def test_an_answered_question_is_read_as_its_statement(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Ardley Care", "Ardley Care announces that all clinics will be closed as of 1 December.", {"shutdown"}),
    ("Ardley Care", "Ardley Care: all 12 shops of the chain will stop business from 30 November.", {"shutdown"}),
    ("Ardley Care", "When we shut the shop for good in September, we did not expect so many letters.", {"shutdown"}),
    ("Ardley Care", "Ardley Care has stopped all haulage and storage operations from 15 November.", {"shutdown"}),
    ("Ardley Care", "All branches are closed on Sunday.", set()),
    ("Ardley Care", "All clinics will be closed on 25 December.", set()),
    ("Ardley Care", "All our shops close at 5pm today.", set()),
    ("Ardley Care", "Globex said all its stores will be closed.", set()),
])
def test_every_site_closing_is_the_company_closing(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tarnfield", "Tarnfield is raising a $3m seed round; $2m is committed. We expect to close in January.", set()),
    ("Tarnfield", "When we close in March, the money goes into our first two hires.", set()),
    ("Tarnfield", "Once we close our seed round we will hire two engineers.", set()),
    ("Tarnfield", "We will close in December. Thank you for ten years.", {"shutdown"}),
    ("Tarnfield", "Tarnfield is ceasing production and closing its doors after failing to close a Series A.", {"shutdown"}),
])
def test_a_rounds_close_is_no_closure(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Corran Travel", "In October the business was bought by Atlas Journeys, and last week the Corran Travel website was switched off.",
     {"acquisition", "shutdown"}),
    ("Corran Travel", "Corran Travel was bought by Gantry Software in the spring, and Gantry has now switched Corran Travel off.",
     {"acquisition", "shutdown"}),
    ("Corran Travel", "Corran Travel was bought by Gantry Software in the spring. The old booking widget was switched off; the "
     "Corran Travel app continues.", {"acquisition"}),
])
def test_a_sale_and_the_site_switched_off_after_it(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_sale_and_the_only_product_switched_off_on_a_first_crawl():
    text = "We were bought by Castellan in August, and in September we switched off the old Corran editor, our only product."
    assert first_read(text, "Corran") == {"acquisition", "shutdown"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pellow Studio", "Pellow Studio's shareholders voted on Monday to accept Orbis Media's offer for the studio.",
     {"acquisition"}),
    ("Pellow Studio", "Pellow Studio announces that its shareholders have accepted the offer of Orbis Media for 100% of the "
     "company.", {"acquisition"}),
    ("Pellow Studio", "Pellow Studio's board accepted an offer from Orbis Media for our Leeds site.", set()),
    ("Pellow Studio", "Globex's shareholders voted to accept Initech's offer for the company.", set()),
])
def test_an_offer_for_the_company_accepted_by_its_shareholders(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_rules_only_phrase_lets_no_model_read_a_kind_on_its_common_word(monkeypatch):
    """"team:" is a field's key for the rules; "team", on every page, must not make every sentence a layoffs sentence for the
    sentence model (it cost a page read as news a quarter more time: README round 34)."""
    monkeypatch.setattr(text_signals, "text_model", lambda: reads_everything("layoffs"))
    assert crawl_read("Our team met the new mayor in Leeds on Friday.", "Tolland Systems") == set()
    assert crawl_read("We received the award from the council.", "Tolland Systems") == set()
    assert crawl_read("Team: 9 people (was 14)", "Tolland Systems") == {"layoffs"}
    # a word of the model's own keywords still lets it read: "staff"
    assert crawl_read("Our staff met the new mayor in Leeds on Friday.", "Tolland Systems") == {"layoffs"}
