"""Round 44 of the detectors (issue 12): long sentences read by their structure (the subject past its relative clauses
and appositions, a negated auxiliary before an aside, the date of the event's own clause, a later predicate of the same
subject, a later clause's denial of something else, dates in an "after" clause or in a party's clause), forward labels,
a round signed but not closed, what else of the company goes on after a product's closure, anniversaries, and money that
is no equity.

The families were chosen because independent writers used them: three development sets written this round from one
brief by three helpers who did not see each other's sets (train97: the smallest texts on a site; train98: long
sentences; train99: the company as the other party), and the misses of the 110 earlier sets. Each is written here in new
words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import rules_read
from valuation_spiders.analysis.text_signals import subject_predicates


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the subject past relative clauses whose pronoun is their own subject, and past a year in their words
    ("Tanfield Dairy", "Tanfield Dairy, which began by selling yoghurt at farmers' markets and which now employs 90 people, "
                       "is making 30 of them redundant.", {"layoffs"}),
    ("Tanfield Dairy", "Tanfield Dairy, which has made cheese in Weardale since 1994, is to close for good in March.",
     {"shutdown"}),
    ("Tanfield Dairy", "Tanfield Dairy, the creamery that a group of farmers set up in 2019, has been bought by Ostwick Foods.",
     {"acquisition"}),
    # (an event's own clause still dates it; the relative clause's own news is not the main clause's)
    ("Tanfield Dairy", "Tanfield Dairy's Series A, which closed in June 2025, was led by Harrowgate Partners.", set()),
    ("Tanfield Dairy", "Tanfield Dairy, which was bought by Ostwick Foods in 2024, is opening a second creamery.", set()),
])
def test_the_subject_is_read_past_its_relative_clauses(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_relative_clause_with_a_verb_of_its_own_is_passed_over_whole():
    text = "Tanfield Dairy, which began with one cow and which now employs 90 people, is making 30 of them redundant."
    assert [" ".join(reading.split()) for reading in subject_predicates(text)] == [
        "Tanfield Dairy is making 30 of them redundant."]
    # (a relative clause whose verb is still to come goes on past its own comma)
    text = "Tanfield Dairy, whose biggest buyer, Ostwick Foods, has closed, is cutting jobs."
    assert [" ".join(reading.split()) for reading in subject_predicates(text)] == ["Tanfield Dairy is cutting jobs."]


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the verb of telling after the subject's asides
    ("Brackley Sensors", "Brackley Sensors, the Hull maker of tide gauges that was spun out of the university in 2018, said "
                         "that Holloway Capital has acquired a controlling stake from its founders.", {"acquisition"}),
    # a date closing the sentence, a season or a part of a year
    ("Brackley Sensors", "We raised a $4m seed from Ember Ventures and a few angels, a round that, in hindsight, came at just "
                         "the right time, in the autumn of 2024.", set()),
    ("Brackley Sensors", "Brackley Sensors raised a $4m seed from Ember Ventures, back in early 2025.", set()),
    # (not a date of a clause about another party)
    ("Brackley Sensors", "Brackley Sensors has been acquired by Holloway Capital, the firm that bought our founder's first "
                         "company, back in 2018.", {"acquisition"}),
    # a negated auxiliary before an aside
    ("Brackley Sensors", "We have not, whatever you may have read on social media, closed a Series A.", set()),
    ("Brackley Sensors", "Brackley Sensors has never, in nine years of trading, laid anyone off.", set()),
])
def test_long_sentences_keep_their_verb_dates_and_negations(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the event's own clause dated this year, and a later predicate of the same subject read on its own
    ("Corrow Labs", "Corrow Labs raised a small seed in 2023, spent 2024 rebuilding its product, and in October 2026 closed "
                    "a $15m Series A led by Tenterden Capital.", {"funding"}),
    ("Corrow Labs", "Corrow Labs raised $3m in 2024 and was acquired by Pellham Group this autumn.", {"acquisition"}),
    ("Corrow Labs", "Corrow Labs was founded in 2015, raised a Series A in 2018 and was acquired by Pellham Group in 2022.",
     set()),
    # a year in an opening "after" clause dates what came before
    ("Corrow Labs", "A year after our seed closed in November 2025, Corrow Labs has closed its Series A.", {"funding"}),
    ("Corrow Labs", "After our seed closed in 2023, Corrow Labs raised its Series A in 2024.", set()),
    # a later clause's denial of something else
    ("Corrow Labs", "Corrow Labs has closed a $9m Series A, and its founder has denied that the company is looking for "
                    "a buyer.", {"funding"}),
    ("Corrow Labs", "Corrow Labs has denied reports that it closed a $9m Series A.", set()),
])
def test_the_time_and_the_denial_of_each_clause(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a forward label heads a plan
    ("Pendle Robotics", "On the roadmap: closing our Series A early next year.", set()),
    ("Pendle Robotics", "Coming soon: the story of our seed round.", set()),
    ("Pendle Robotics", "We closed a $5m seed round led by Halden Ventures. Next up: our first factory.", {"funding"}),
    # a round signed or agreed, its close ahead
    ("Pendle Robotics", "We've agreed terms on a $7m Series A. Completion is expected before Christmas.", set()),
    ("Pendle Robotics", "We've signed and closed a $7m Series A led by Halden Ventures.", {"funding"}),
    # anniversaries
    ("Pendle Robotics", "Two years ago this week we closed our first round: $800k from friends and angels.", set()),
    ("Pendle Robotics", "A year ago today we made eight people redundant.", set()),
])
def test_plans_rounds_still_to_close_and_anniversaries(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # what else of the company goes on, said at its clause's end
    ("Marwood Apps", "Marwood Apps has shut down its Marwood Notes app; Marwood Docs and Marwood Sheets continue.", set()),
    ("Marwood Apps", "The Marwood Notes desktop app will be retired on 1 March; the web app and API carry on as before.",
     set()),
    ("Marwood Apps", "Marwood Apps is shutting down for good. Thank you for eight wonderful years.", {"shutdown"}),
    # the company telling its own work does not introduce another party
    ("Marwood Bakery", "We baked our last loaf on Friday. The bakery has closed and our six bakers have been made "
                       "redundant.", {"shutdown", "layoffs"}),
])
def test_a_products_closure_and_the_companys_own_work(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # money that is no equity
    ("Oxley Foods", "Our Kickstarter for the new cookbook raised \u00a348,000 in pledges. Rewards ship in May.", set()),
    ("Oxley Foods", "Oxley Foods has secured a \u00a38m debt facility from Thames Lending to build a second kitchen.", set()),
    ("Oxley Foods", "We drew down the first tranche of our venture debt, $3m, on 2 November.", set()),
    ("Oxley Foods", "Oxley Foods has secured \u00a31m of finance from the county fund in the form of a ten-year loan.", set()),
    # (equity told beside the loan; a lender raising equity to lend)
    ("Oxley Foods", "Oxley Foods has raised \u00a35m: \u00a33m of equity from Ardwell Ventures and a \u00a32m loan from "
                    "Thames Lending.", {"funding"}),
    ("Lendmark", "Lendmark has raised $25m in a Series B to offer loans to small farms.", {"funding"}),
])
def test_money_that_is_no_equity(company, text, expected):
    assert rules_read(text, company) == expected
