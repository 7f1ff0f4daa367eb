"""Round 40 of the detectors (issue 12): time told every way, notices and posts that end, a founder's "I", rounds told by
their month, and closures told in translated English.

The families were chosen because independent writers used them: three development sets written this round from one
brief by three helpers who did not see each other's sets (train85: careers, team and people pages; train86: English
written by non-native writers and in regional registers; train87: time told every way), and the misses of the 98
earlier sets. Each is written here in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, rules_read


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a "today" or "now" of a later clause tells the present, not the event: the event keeps its year
    ("Brackwater", "Our pre-seed round closed in March 2025 and paid for the studio we work in today.", set()),
    ("Brackwater", "In 2025 Brackwater was bought by Holloway Media, which now runs its ad sales.", set()),
    ("Brackwater", "We let 14 people go in May 2025 and we are now hiring again.", set()),
    # ... but the event told again, its verb left out, is news of its own
    ("Brackwater", "Brackwater cut 12 roles in June 2025 and a further 9 this week.", {"layoffs"}),
    # ... and a "now" of the event's own clause still makes it news
    ("Brackwater", "In 2025 we began talks with investors, and we have now closed a £3m seed round.", {"funding"}),
])
def test_a_later_clause_does_not_make_an_old_event_new(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize("when", [
    "on 3 February 2025", "on February 3, 2025", "on the 3rd of February of 2025", "on 03.02.2025", "on 3/2/2025",
    "on 2025-02-03", "in spring 2025", "in late autumn 2025", "in Q1 of 2025", "in the first quarter of 2025",
    "nineteen months ago", "19 months ago", "two years back",
])
def test_an_event_dated_before_the_crawl_year_however_the_date_is_written(when):
    assert rules_read(f"Pennyroyal closed its seed round {when}.", "Pennyroyal") == set()
    assert rules_read(f"Pennyroyal made 15 people redundant {when}.", "Pennyroyal") == set()


@pytest.mark.parametrize("when", ["on 3 February 2026", "on 03.02.2026", "in spring 2026", "in Q1 of 2026", "five months ago"])
def test_an_event_of_the_crawl_year_stays_news(when):
    assert rules_read(f"Pennyroyal closed its seed round {when}.", "Pennyroyal") == {"funding"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the time since the event, a year or more, told before it
    ("Quire", "It has been three years since Quire was bought by Stellan Books.", set()),
    ("Quire", "Eighteen months after joining Stellan Books, Quire is moving to Leeds.", set()),
    ("Quire", "Today marks two years since we raised our Series A.", set()),
    ("Quire", "On the second anniversary of our sale to Stellan Books, we opened a shop in York.", set()),
    # (less than a year, or the span not the event's own: news)
    ("Quire", "Six months after launch, Quire has raised a $4m seed round.", {"funding"}),
    ("Quire", "A year after our seed round we closed a $9m Series A.", {"funding"}),
    # a report's period heading what it tells
    ("Quire", "Quire's H1 2025 update: we closed our seed round and hired four engineers.", set()),
    ("Quire", "Quire: looking back at 2025 - our seed round closed in June.", set()),
    ("Quire", "Quire's Q3 2026 update: we closed our seed round.", {"funding"}),
])
def test_spans_since_an_event_and_a_periods_report_date_it(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text"), [
    ("Lantern Row", "Lantern Row closed in winter 2023."),
    ("Lantern Row", "Lantern Row closed in the summer of 2024. Thank you for coming."),
    ("Lantern Row", "Lantern Row wound down in H1 2025."),
    ("Lantern Row", "Lantern Row closed down in FY24; the site stays up as an archive."),
    ("Ostende Fietsen", "Ostende Fietsen terminates its activities on 31/12."),
    ("Ostende Fietsen", "With sadness we inform that Ostende Fietsen ends the activity with the day 15.12.2026."),
    ("Ostende Fietsen", "Ostende Fietsen stops the operations the 1st of December."),
    ("Ostende Fietsen", "Ostende Fietsen has stopped the activities in 2024."),
])
def test_a_closure_told_with_a_period_or_a_day_written_any_way(company, text):
    assert rules_read(text, company) == {"shutdown"}


@pytest.mark.parametrize(("company", "text"), [
    ("Lantern Row", "Lantern Row closed in Q2 for a refit."),
    ("Ostende Fietsen", "Ostende Fietsen ends its activities in Belgium on 31/12; the Dutch shops continue."),
    ("Ostende Fietsen", "The strike ends the activity on the 3rd of the month."),
    ("Ostende Fietsen", "Ostende Fietsen has stopped operations on Line 4 for maintenance."),
])
def test_a_period_or_a_day_does_not_make_a_partial_or_a_passing_stop_a_closure(company, text):
    assert rules_read(text, company) == set()


@pytest.mark.parametrize(("company", "text", "expected"), [
    # "I" on the company's page is its founder or head
    ("Tallowby", "I had to make nine colleagues redundant this week, and I am sorry.", {"layoffs"}),
    ("Tallowby", "This month I let go of four people who helped build Tallowby.", {"layoffs"}),
    ("Tallowby", "I laid seven colleagues off on Tuesday.", {"layoffs"}),
    # (not the speaker's earlier job, nor another company's people)
    ("Tallowby", "At my previous company I laid off 40 people, and it taught me a lot.", set()),
    ("Tallowby", "I was made redundant by Globex in March, so I started Tallowby.", set()),
])
def test_a_founder_cutting_staff_speaks_for_the_company(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Saltings Bakery", "Saltings Bakery is closing, and our bakers have been given notice.", {"shutdown", "layoffs"}),
    ("Saltings Bakery", "Our drivers were handed redundancy notices this morning.", {"layoffs"}),
    ("Saltings Bakery", "The employees receive their notice of dismissal this week.", {"layoffs"}),
    # (customers, sellers, tenants given notice are not staff; notice of something else is no dismissal)
    ("Saltings Market", "Saltings Market is closing, and our stallholders have been given notice.", {"shutdown"}),
    ("Saltings Bakery", "Our tenants were served notices of the rent review.", set()),
    ("Saltings Bakery", "Our staff have been given notice of the new rota.", set()),
])
def test_staff_given_notice_uncounted(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Harrowgate Print", "Harrowgate Print is winding down, and all roles will end on 19 December.", {"shutdown", "layoffs"}),
    ("Harrowgate Print", "Harrowgate Print will close its Hull plant; 31 press and packing roles end on 30 January.", {"layoffs"}),
    ("Harrowgate Print", "The roles of our nine night-shift printers end on Friday.", {"layoffs"}),
    ("Harrowgate Print", "Harrowgate Print has filed a WARN notice for 40 staff, whose employment ends on 4 January.", {"layoffs"}),
    # (contracts that run out, someone else's roles, roles that end in something)
    ("Harrowgate Print", "Our seasonal roles end on 31 December, as every year.", set()),
    ("Harrowgate Print", "Globex says 200 roles end at its Leeds plant.", set()),
])
def test_posts_that_end(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Kirinji Works", "Kirinji Works is a group company of Hokuto Holdings.", {"acquisition"}),
    ("Kirinji Works", "Kirinji Works has become the member company of the Sao Mai Group.", {"acquisition"}),
    ("Kirinji Works", "Kirinji Works is a member of the Kyoto Makers Association.", set()),
])
def test_a_group_company_of_an_owner(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fenwright", "Since our seed round in March, Fenwright has doubled its team.", {"funding"}),
    ("Fenwright", "Our new office is paid for by the Series A we closed last month.", {"funding"}),
    ("Fenwright", "This is our first offsite since the seed extension we announced three weeks ago.", {"funding"}),
    # (no time of this year, a round that then failed, a round still to be opened)
    ("Fenwright", "Since our seed round, Fenwright has doubled its team.", set()),
    ("Fenwright", "The Series A we announced in May was never completed.", set()),
    ("Fenwright", "We will open our seed round in February.", set()),
])
def test_a_round_told_with_a_time_of_this_year(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_dated_closure_is_still_a_state_on_a_first_crawl():
    assert first_read("Lantern Row closed in the autumn of 2023.", "Lantern Row") == {"shutdown"}
