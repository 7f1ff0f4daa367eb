"""Round 35 of the detectors (issue 12): news told the way several writers tell it, without the company's name or a verb.

Each family below was chosen because independent writers used it: three development sets written this round from one
brief by three helpers who did not see each other's sets (train70: news a reader infers; train71: one event told by
several people; train72: short and compressed text), and the misses of the 83 earlier sets' cross-validation by many
more. A family found in one writer's wording only was left alone.

- A round told done with no owner on the company's page: "The crowdfund closed last night at 164%", "Seed II closed".
- The company's people laid off, furloughed or on lay-off as a state or a headline, counted or not; cuts told done with no
  doer ("22 redundancies announced", "Redundancy notices went out", "We filed a WARN notice"); the people's last day.
- The company's trade from its own name standing for it ("the pharmacy" for Flintlock Pharmacy); a shop that "closes for
  good" in the simple present or past.
- An offer accepted by the board, in the passive, or in a headline; owned "since this summer"; a take-private told done;
  "under its new owners"; a merger told done or taken as known ("Since the merger with Coldharbour in May, ...").

Each family is written here in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, rules_read
from valuation_spiders.analysis.grammar import company_name
from valuation_spiders.analysis.text_signals import _kinds_of_words


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Marrowfield", "The community share offer closed on Sunday at 130% of target.", {"funding"}),
    ("Marrowfield", "Seed extension closed \u2014 $1.4M. Lead: Harle Ventures.", {"funding"}),
    ("Marrowfield", "Series A done. \u00a36M, led by Orrin Capital.", {"funding"}),
    ("Marrowfield", "A friends-and-family round closed in October, and the second kiln is ordered.", {"funding"}),
    ("Marrowfield", "Our \u00a3900k seed has closed.", {"funding"}),
    # another company's round, a round to come, one that fell short, a round's owner named before it
    ("Marrowfield", "Pellow Labs' Series A closed last week.", set()),
    ("Marrowfield", "The Series A closed for Pellow Labs on Monday.", set()),
    ("Marrowfield", "Once the seed is closed, we will hire two bakers.", set()),
    ("Marrowfield", "We hope to have the seed wrapped up by spring.", set()),
    ("Marrowfield", "The crowdfund closed short of its target and every pledge was refunded.", set()),
    ("Marrowfield", "Customer story: Pellow Labs. The seed closed in six weeks.", set()),
])
def test_a_round_told_done_with_no_owner_is_the_companys(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quarrendon Mills", "Our spinners are furloughed until February.", {"layoffs"}),
    ("Quarrendon Mills", "Production staff at the Halton site have been placed on temporary furlough.", {"layoffs"}),
    ("Quarrendon Mills", "Temporary lay-offs for 25 weavers while the looms are replaced", {"layoffs"}),
    ("Quarrendon Mills", "Furloughs for half of our packers over the winter", {"layoffs"}),
    ("Quarrendon Mills", "Several loom operators were let go this week.", {"layoffs"}),
    ("Quarrendon Mills", "The finishing team were made redundant when the order book emptied.", {"layoffs"}),
    # another company's people, a benefit told of laid-off workers, a lay-off ended, letting go of a thing
    ("Quarrendon Mills", "Staff at Globex were furloughed last week.", set()),
    ("Quarrendon Mills", "Workers on temporary lay-off can claim help through our hardship fund.", set()),
    ("Quarrendon Mills", "The temporary lay-offs at the dyehouse have ended and everyone is back at work.", set()),
    ("Quarrendon Mills", "Knitters let go of the old patterns reluctantly.", set()),
    ("Quarrendon Mills", "All staff have been made redundant at Globex, our former customer.", set()),
])
def test_the_companys_people_laid_off_or_furloughed_are_read_as_cuts(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hartwell Foods", "18 redundancies announced as the Derby line closes", {"layoffs"}),
    ("Hartwell Foods", "Job cuts confirmed: 30 roles to go at the Leek bakery.", {"layoffs"}),
    ("Hartwell Foods", "Redundancy letters went out to 12 drivers on Monday.", {"layoffs"}),
    ("Hartwell Foods", "We filed a WARN notice this morning for 40 people in Toledo.", {"layoffs"}),
    ("Hartwell Foods", "The Leeds customer service roles were eliminated this month.", {"layoffs"}),
    ("Hartwell Foods", "Reduction in force: 10% of roles, mostly in marketing", {"layoffs"}),
    ("Hartwell Foods", "Our 9 drivers' last day is Friday.", {"layoffs"}),
    ("Hartwell Foods", "Today is the last day for eight of our warehouse colleagues.", {"layoffs"}),
    # another company's cuts, a guide, a film's roles, interns' or a season's last day, an order deadline
    ("Hartwell Foods", "Layoffs announced at Globex: 200 roles.", set()),
    ("Hartwell Foods", "Our guide: what to do when redundancy notices went out.", set()),
    ("Hartwell Foods", "The roles were cut from the film.", set()),
    ("Hartwell Foods", "Friday is the last day for our summer interns.", set()),
    ("Hartwell Foods", "The last day for our Saturday staff this year is 19 December; everyone is back on 4 January.", set()),
    ("Hartwell Foods", "Last day to order for Christmas is 18 December.", set()),
])
def test_cuts_told_done_without_a_doer_are_the_companys(company, text, expected):
    assert rules_read(text, company) == expected


def test_the_peoples_last_day_is_read_as_cuts_by_the_rules_only():
    # (the sentence model reads "last day" as a closure, as before: the cuts' reading is the rules')
    assert _kinds_of_words(["last"]) == {"layoffs", "shutdown"}
    assert _kinds_of_words(["last"], for_model=True) == {"shutdown"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Holloway Pharmacy", "The pharmacy closes permanently on 19 December.", {"shutdown"}),
    ("Gannet Foundry", "After 80 years the foundry is closing.", {"shutdown"}),
    ("Kettle Lane Books", "Our bookshop has closed for good.", {"shutdown"}),
    ("Kettle Lane Books", "The shop closes for good on Saturday.", {"shutdown"}),
    # one site of several, a named site, a closure for the holidays, a group's last word
    ("Kettle Lane Books", "The Leeds shop closes for good on Saturday, but our York shop stays open.", set()),
    ("Kettle Lane Books", "The Harrogate Road shop closed permanently on Sunday; our other shops are open.", set()),
    ("Gannet Foundry", "The foundry is closed for the Christmas week.", set()),
    ("Harlow Group", "The group closes its books for the year.", set()),
])
def test_the_trade_of_the_companys_name_and_a_shop_closing_for_good(company, text, expected):
    assert rules_read(text, company) == expected


def test_the_last_word_of_a_name_says_its_trade_unless_any_firm_may_end_so():
    assert company_name("Tidemark Foundry").trade_noun == "foundry"
    assert company_name("Flintlock Pharmacy").trade_noun == "pharmacy"
    assert company_name("Harlow Group").trade_noun == ""
    assert company_name("Kestrel Partners").trade_noun == ""
    assert company_name("Acme").trade_noun == ""


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Harrowgate Security", "Our board accepted the offer from Calder Systems last night.", {"acquisition"}),
    ("Harrowgate Security", "The offer from Calder Systems has been accepted by all shareholders.", {"acquisition"}),
    ("Harrowgate Security", "Harrowgate accepts offer from Calder Systems", {"acquisition"}),
    ("Wrenfold Studio", "We've accepted Calder Media's offer to buy the studio.", {"acquisition"}),
    ("Harrowgate Security", "We've been part of Calder Systems since this summer.", {"acquisition"}),
    ("Harrowgate Security", "Take-private completed. Our shares were delisted on Friday.", {"acquisition"}),
    ("Harrowgate Security", "With the take-private completed, the investor pages will be retired.", {"acquisition"}),
    ("Harrowgate Security", "Under its new owners, Harrowgate Security is opening a Leeds office.", {"acquisition"}),
    ("Harrowgate Security", "Harrowgate + Calder = one company. The merger closed this morning.", {"acquisition"}),
    ("Harrowgate Security", "Since the merger with Calder Systems in June, we have one support desk.", {"acquisition"}),
    # rejected, another's sale or shareholders, a van, a membership, an earlier year, to come, talks
    ("Harrowgate Security", "Our board rejected the offer from Calder Systems last night.", set()),
    ("Harrowgate Security", "The offer from Calder Systems has been accepted by Pellow's shareholders.", set()),
    ("Wrenfold Studio", "We accepted Calder Media's offer to buy our old van.", set()),
    ("Harrowgate Security", "We've been part of the Techstars family since October.", set()),
    ("Harrowgate Security", "Globex's take-private closed this morning.", set()),
    ("Harrowgate Security", "Our supplier Pellow Foods is thriving under its new owners, says Harrowgate.", set()),
    ("Harrowgate Security", "Once the merger with Calder completes, we will move offices.", set()),
    ("Harrowgate Security", "After merger talks with Calder ended, Harrowgate remains independent.", set()),
    ("Harrowgate Security", "The merger of our two support teams is complete.", set()),
])
def test_a_sale_told_by_its_offer_its_owners_or_its_merger(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_sale_of_an_earlier_year_told_first_is_history_on_a_first_crawl():
    assert first_read("Since 2023 we've been part of Brightmere Foods, who bought the roastery that year.", "Pellmell Coffee") == set()
    assert first_read("We've been part of Brightmere Foods since this summer.", "Pellmell Coffee") == {"acquisition"}
