"""Round 32 of the detectors (issue 12): news hedged, qualified and conditioned, and news in everyday words.

- Scope: "no fewer than 40 people" is a count, not a negation; a condition after the news in its own clause ("will cease
  trading when its lease ends, unless the landlord agrees") makes it no news, while a condition set aside ("Whether or not
  the price recovers, ...", "Even if ...,") does not; cuts planned and undone in the same sentence (a plan reversed,
  withdrawn, scrapped or shelved, "the cuts are off", "their jobs are safe") are no cuts; a round still under way ("is
  still closing its Series B", "the round we are closing this month") is no round.
- Who: a "whose" clause's noun with its own apposition ("Harrowby, whose biggest customer, Dunmere Foods, has been
  acquired, is hiring") has the verb; "a company near us" is some company, not "us"; a round "for" another company is
  its; one of the company's officers who confirms news ("Embervale chief executive Tomas Reyes confirmed that the company
  ...") speaks for the company.
- Time: the later of two objects joined by "and" has its own date ("raised $3m last year and a further $6m in August"); a
  closure "from 24 December to 2 January" is for a while; "in the spring" is this year's time of a round.
- News taken as known: a closure in a clause of time or as "the shutdown" ("your licence keeps working after we close",
  "credits refunded when the swim school closes", "now that Kinloch Foods is closing?"); a sale done ("the sale to
  Astley Holdings has completed", an accepted bid "and the sale completed"); the owner told in the active voice
  ("Brightpath owns Inkling now") or as "the new owners of the business".

Found on the development sets train64 (news hedged, qualified and conditioned) and train65 (news in everyday words and
idioms); each family is written here in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import rules_read
from valuation_spiders.analysis.text_signals import later_conjunct


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brackwater", "No fewer than 35 people at Brackwater lost their jobs in the merger of the two depots.", {"layoffs"}),
    ("Brackwater", "Brackwater has made not less than 60 roles redundant this month.", {"layoffs"}),
    ("Brackwater", "Brackwater has raised no less than $9M from Corrigan Ventures.", {"funding"}),
    # a negation is still one
    ("Brackwater", "No one at Brackwater lost their job in the merger of the two depots.", set()),
])
def test_a_lower_bound_is_a_count_not_a_negation(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quillan Foods", "Quillan Foods will stop trading when the lease runs out in May, unless the council renews it.", set()),
    ("Quillan Foods", "Quillan Foods will close its doors for good in May if no buyer comes forward.", set()),
    ("Quillan Foods", "Quillan Foods will have raised £2m by spring if the share offer keeps its pace.", set()),
    # a condition set aside by its comma, or in another clause: the news holds either way
    ("Quillan Foods", "Whether or not the council renews the lease, Quillan Foods will close for good in May.", {"shutdown"}),
    ("Quillan Foods", "Even if a buyer appears, Quillan Foods will close the business in May.", {"shutdown"}),
    ("Quillan Foods", "Quillan Foods will close for good in May, and if you hold a voucher, please use it by then.", {"shutdown"}),
])
def test_a_condition_after_the_news_in_its_clause_makes_it_no_news(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hartmoor Mills", "Hartmoor Mills reversed its plan to cut 45 roles after a large order arrived.", set()),
    ("Hartmoor Mills", "Hartmoor Mills proposed 20 redundancies in May, but the proposals were withdrawn in June.", set()),
    ("Hartmoor Mills", "The 30 job cuts Hartmoor Mills announced in spring have been cancelled.", set()),
    ("Hartmoor Mills", "Hartmoor Mills had planned to cut jobs this winter, but the cuts are off.", set()),
    ("Hartmoor Mills", "Hartmoor Mills has told the 12 staff whose roles were at risk that their jobs are safe.", set()),
    # cuts made, beside something else undone or other jobs safe
    ("Hartmoor Mills", "Hartmoor Mills laid off 40 weavers after a council programme was cancelled.", {"layoffs"}),
    ("Hartmoor Mills", "Hartmoor Mills has put 25 roles at risk of redundancy; the rest of the jobs are safe.", {"layoffs"}),
])
def test_cuts_planned_and_undone_in_one_sentence_are_no_cuts(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tidewell Bio", "Our seed round, which we are closing this month, will pay for the first trial.", set()),
    ("Tidewell Bio", "Tidewell Bio is still closing its Series A and will name the lead investor later.", set()),
    ("Tidewell Bio", "Tidewell Bio is in the middle of raising its Series A.", set()),
    ("Tidewell Bio", "The round we closed in the spring will pay for the first trial.", {"funding"}),
    ("Tidewell Bio", "Tidewell Bio closed its seed in March and is still raising its Series A.", {"funding"}),
])
def test_a_round_under_way_is_no_round_and_no_closure(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Harrowgate", "Harrowgate, whose biggest supplier, Dunmore Mills, has been acquired, is hiring.", set()),
    ("Harrowgate", "Dunmore Mills, whose biggest customer, Harrowgate, has been acquired by Corvane, is hiring.", {"acquisition"}),
    ("Kettle Lane", "A big bakery chain near us has gone bust, and its shops are shut.", set()),
    ("Kettle Lane", "The kitchen supplier opposite us has ceased trading.", set()),
    ("Tidewell", "The seed round led by Ember Angels for our sister studio Brightfold closed yesterday.", set()),
    ("Tidewell", "The seed round led by Ember Angels for Tidewell closed yesterday.", {"funding"}),
    ("Lisbourne Audio", "Lisbourne Audio chief executive Mara Quint confirmed that the company has been acquired by Orvell.",
     {"acquisition"}),
    ("Lisbourne Audio", "Globex chief executive Mara Quint confirmed that the company has been acquired by Orvell.", set()),
])
def test_whose_news_it_is(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("text", "told"), [
    ("Fernhill raised $2m in 2024 and a further $5m in October.", "Fernhill raised a further $5m in October."),
    ("Fernhill was founded in 2018, raised a seed in 2023 and, this summer, a £12m Series A.",
     "Fernhill was founded in 2018, raised a £12m Series A this summer."),
    # a second verb, not a second object
    ("Fernhill raised $2m in 2024 and hired twenty engineers.", None),
])
def test_the_later_of_two_objects_has_its_own_time(text, told):
    assert later_conjunct(text) == told


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fernhill", "Fernhill raised $2m last year and a further $5m in October.", {"funding"}),
    ("Fernhill", "Fernhill laid off 15 people in 2025 and another 20 this month.", {"layoffs"}),
    ("Fernhill", "Fernhill raised $2m in 2023 and a Series A in 2025.", set()),
    ("Tarn Café", "We're shutting our doors from 23 December to 3 January for a rest. Merry Christmas!", set()),
    ("Tarn Café", "Tarn Café will close for good from 23 December.", {"shutdown"}),
])
def test_each_event_keeps_its_own_time(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Larkspur Notes", "Larkspur customers: your notes stay readable offline after we close, but nothing will sync.",
     {"shutdown"}),
    ("Wren Valley Riding School", "Any unused lesson credits will be refunded when the riding school closes.", {"shutdown"}),
    ("Larkspur Notes", "Larkspur FAQ: can I export my notebooks after the shutdown? Yes, for 30 days.", {"shutdown"}),
    ("Larkspur Notes", "What happens to my plan now that Larkspur Notes is closing?", {"shutdown"}),
    # an hour, a holiday, a deal, a part: no closure of the company
    ("Larkspur Notes", "Orders placed after we close at 4pm ship the next morning.", set()),
    ("Larkspur Notes", "When we close for Christmas, support will answer by email.", set()),
    ("Larkspur Notes", "Once we close the sale, we will name the new owner.", set()),
    ("Larkspur Notes", "Until the office closes, parcels can be collected there.", set()),
    ("Larkspur Notes", "We will tell you more when it closes.", set()),
])
def test_a_closure_the_sentence_takes_as_known_is_news(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quayle Maps", "Now that the sale to Harrowfield Group has completed, your account moves to their platform.",
     {"acquisition"}),
    ("Quayle Maps", "Quayle Maps accepted the bid from Harrowfield Group, and the sale completed on Friday.", {"acquisition"}),
    ("Quayle Maps", "The sale to Harrowfield Group of our Leeds warehouse has completed.", set()),
    ("Quayle Maps", "Quayle customers: Harrowfield owns Quayle Maps now, and the same team answers your emails.",
     {"acquisition"}),
    ("Quayle Pottery", "Harrowfield owns the pottery now, and the same potters are at the wheel.", {"acquisition"}),
    ("Quayle Maps", "Questions about invoices should go to Harrowfield Group, the new owners of the business.", {"acquisition"}),
    # a stake, an asset, the owner's own news, an owner yet to be named
    ("Quayle Maps", "Harrowfield owns a 20% stake in Quayle Maps.", set()),
    ("Quayle Maps", "Harrowfield owns Quayle Maps Inc.'s back catalogue of atlases.", set()),
    ("Quayle Maps", "Harrowfield Group, which owns Quayle Maps, has raised $80M.", set()),
    ("Quayle Maps", "Quayle Maps' new owners may be announced next week.", set()),
])
def test_a_sale_done_or_an_owner_told_in_the_active_voice_is_news(company, text, expected):
    assert rules_read(text, company) == expected
