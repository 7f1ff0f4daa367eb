"""Round 43 of the detectors (issue 12): hearsay from unnamed sources and the press in more words, a take-private and a
controlling stake in more shapes, a sentence that goes on about the party the sentence before introduced, an
oversubscribed round whose close is still ahead, a forecast told as a clause, an intent to merge, the rows of a company's
table of rounds, and rumours confirmed.

The families were chosen because independent writers used them: three development sets written this round from one
brief by three helpers who did not see each other's sets (train94: timelines and lists; train95: letters and
newsletters; train96: news carried over several sentences), and the misses of the 107 earlier sets. Each is written here
in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import crawl_read, rules_read


@pytest.mark.parametrize(("company", "text", "expected"), [
    # what an unnamed source or the press says of the company, given as theirs
    ("Harwick Tools", "An anonymous post claims Harwick Tools is laying off half its staff. It isn't.", set()),
    ("Harwick Tools", "A story on a trade site says we've raised $30m. We haven't.", set()),
    ("Harwick Tools", "A local paper says we are about to be bought by Ostrander. We don't comment on speculation.", set()),
    ("Harwick Tools", "A forum thread claims Harwick Tools has been sold to a rival.", set()),
    ("Harwick Tools", "Harwick Tools has seen the blog post. It said we were shutting down. We're not.", set()),
    # (the company's own people, and a press report it confirms in the same sentence, are news)
    ("Harwick Tools", "Our CEO said we would close the company on 31 December.", {"shutdown"}),
    ("Harwick Tools", "Harwick Tools said it has raised $30m in a Series B led by Pellworth.", {"funding"}),
])
def test_what_others_say_of_the_company_is_hearsay(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Quenby Retail", "The take-private by Ardley Capital completed on 3 November.", {"acquisition"}),
    ("Quenby Retail", "Shareholders approved the take-private by Ardley Capital on Friday.", {"acquisition"}),
    ("Quenby Retail", "In October the board accepted Ardley Capital's take-private offer of 120p per share.", {"acquisition"}),
    ("Quenby Retail", "2026 \u2014 Taken private by Ardley Capital", {"acquisition"}),
    # (another company's holders, a take-private still proposed)
    ("Quenby Retail", "Shareholders of Marlow plc approved the take-private by Ardley Capital on Friday.", set()),
    ("Quenby Retail", "Ardley Capital has proposed taking Quenby Retail private.", set()),
])
def test_a_take_private_in_more_shapes(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Sedgwick Foods", "Lindholm Partners has bought a majority stake, valuing the company at \u00a360m.", {"acquisition"}),
    ("Sedgwick Foods", "On 4 September the company completed the sale of a 65% controlling stake to Ardley Capital.",
     {"acquisition"}),
    ("Sedgwick Foods", "Our founders have sold a 70% controlling stake to Ardley Capital.", {"acquisition"}),
    # (another company's family, a customer's founders)
    ("Sedgwick Foods", "The founding family of Marlow Foods sold a 70% controlling stake to Ardley Capital.", set()),
    ("Sedgwick Foods", "Our customer's founders sold a 70% controlling stake to Ardley Capital this autumn.", set()),
])
def test_control_of_the_company_sold_in_more_shapes(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tarnbrook", "Tarnbrook congratulates our customer Kelso Seafoods. The company was bought by Nordvik this month.", set()),
    ("Tarnbrook", "Tarnbrook gets asked about Cobalt Hosting a lot. Yes, it has been acquired by Varden Systems.", set()),
    ("Tarnbrook", "Tarnbrook's friends at Ravelstone have news. They've been acquired by Lumen Partners.", set()),
    ("Tarnbrook", "Tarnbrook's customers at Farrow Print are having a hard year. The printer has cut 40 jobs.", set()),
    ("Tarnbrook", "Tarnbrook is a supplier to Harcastle Rail. The operator is closing two depots and cutting 300 jobs.", set()),
    # (the company's own news after the introduction, and an "It" that is the company)
    ("Tarnbrook", "Tarnbrook thanks our customer Kelso Seafoods. Tarnbrook has been acquired by Nordvik.", {"acquisition"}),
    ("Tarnbrook", "Our customer Kelso has big news, and so do we. It's official: Tarnbrook has been acquired by Nordvik.",
     {"acquisition"}),
    ("Tarnbrook", "Tarnbrook has news. It has been acquired by Nordvik.", {"acquisition"}),
    ("Tarnbrook", "Tarnbrook sells software to US hospitals. The company laid off 40 employees on Wednesday.", {"layoffs"}),
])
def test_a_sentence_that_goes_on_about_the_party_introduced_before(company, text, expected):
    assert crawl_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Orrest Labs", "Our Series A is oversubscribed and we expect it to close in January.", set()),
    ("Orrest Labs", "Orrest Labs' seed is oversubscribed. We're finalising documents and will announce the close soon.", set()),
    ("Orrest Labs", "Our round is oversubscribed \u2014 the closing will be on 12 December.", set()),
    # (an oversubscribed round that closed)
    ("Orrest Labs", "We closed an oversubscribed $5m seed round. The next round will close in 2028.", {"funding"}),
    ("Orrest Labs", "Our $6m seed round closed oversubscribed on Friday.", {"funding"}),
])
def test_an_oversubscribed_round_whose_close_is_ahead(company, text, expected):
    assert crawl_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fenby Apps", "Analysts at Marrow Research predict that Fenby Apps will be acquired within two years.", set()),
    ("Fenby Apps", "Fenby Apps plans to merge with Garsdale Motion next year.", set()),
    ("Fenby Apps", "Fenby Apps hopes to merge with Garsdale Motion.", set()),
    # (a merger agreed, or dated and told as fact)
    ("Fenby Apps", "Fenby Apps has agreed to merge with Garsdale Motion.", {"acquisition"}),
    ("Fenby Apps", "Fenby Apps will merge with Garsdale Motion on 1 January.", {"acquisition"}),
])
def test_forecasts_and_intents_to_merge(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Calbeck Health", "Round | Date | Amount | Lead\nSeed | Feb 2023 | $2m | Pell Angels\n"
                       "Series A | Jul 2026 | $12m | Alder Ventures", {"funding"}),
    ("Calbeck Health", "Stage      Year   Amount\nPre-seed   2024   $400k\nSeed       2026   $3m", {"funding"}),
    ("Calbeck Health", "Our investors\nSeries B (2026): Ostrander Capital (lead), Pellucid Partners\n"
                       "Series A (2024): Pellucid Partners", {"funding"}),
    ("Calbeck Health", "Milestones:\n1) CE mark (2025)\n2) \u00a38m Series A led by Hemlock Bio Fund (2026)", {"funding"}),
    # (rows of earlier years, a later year, a plan, a table of customers' rounds)
    ("Calbeck Health", "Round | Date | Amount\nSeed | 2023 | $2m\nSeries A | 2025 | $12m", set()),
    ("Calbeck Health", "Looking ahead\n2027 \u2014 Series B\n2028 \u2014 1,000 customers", set()),
    ("Calbeck Health", "Series B | 2026 | $30m target | raising now", set()),
    ("Calbeck Health", "Our customers' rounds\nSeries A | Jul 2026 | $12m | Alder Ventures", set()),
])
def test_rows_of_the_companys_table_of_rounds(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Amble Pay", "P.S. Yes, the rumours are true: we closed our seed round. $2M from Kestrel Row.", {"funding"}),
    ("Amble Pay", "We can confirm the reports: Amble Pay has been acquired by Varden.", {"acquisition"}),
    # (rumours denied)
    ("Amble Pay", "The rumours are not true: we have not closed a seed round.", set()),
    ("Amble Pay", "Can confirm the rumours are false: Amble Pay is not being acquired.", set()),
])
def test_rumours_confirmed_are_news(company, text, expected):
    assert rules_read(text, company) == expected
