"""Round 33 of the detectors (issue 12): timelines, plans that did not happen, and news told by what follows from it.

- Timelines: a company's dated items, on one line or a line each ("2016 — opened on Castle Street" / "March 2024 —
  closed for good", "2018 founded · 2021 Series A · Nov 2026 acquired by Brightwater"), are read item by item, each with
  its own date: a sale or a round of an earlier year stays history, a closure of any year is the company's state.
- Plans that did not happen: what "had" been planned, intended or announced ("We had planned to close Lumen Kids in
  June"), and cuts of a plan that was shelved "for" them ("shelved plans for 40 layoffs"); but not an earlier plan
  dropped beside a new one ("would cut 25 jobs, having dropped a similar plan in 2025").
- Told by what follows: staff who leave with redundancy pay ("Our four potters leave with redundancy pay"); the new money
  put to the company's use by its name ("With the new funding, Elswick will run its trial"); the company's own founders
  or board closing "the company"; an offer the company accepts by its name ("Tessellate AI accepts Nvidia's offer").
- Who: another company introduced in the sentence before is what "it", "the company" or "the bank" stands for ("We
  supply Halden Foods. Last week it was acquired ..."); the company named in the sentence before, then told as "the
  studio" or "the Cambridge spin-out", is the company; its only site closing, or the company and its part closing
  together, is the company closing; a footer's items between middle dots are read one by one.
- Not news: a round to come in a clause of time ("Once we close our seed round, we will hire"); a closure on some days
  only ("no longer trading on Saturdays", for the model); someone's earlier firm and the company's neighbours.

Found on the development sets train66 (the scope of the news: how much, whose and when) and train67 (news told in
fragments and across sentences), and in cross-validation's misses; each family is written here in new words, beside its
look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, reads_everything, rules_read
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.grammar import dot_items, timeline_items, timeline_lines
from valuation_spiders.analysis.text_signals import detect_text_signals


@pytest.mark.parametrize(("company", "text", "expected"), [
    # one line of items
    ("Kestle Maps", "2017 founded · 2020 Series A · Oct 2026 acquired by Orrin Geo", {"acquisition"}),
    ("Kestle Maps", "Our story 2018 — founded in Truro 2022 — seed €2M September 2026 — €11m Series A led by Bramley Capital",
     {"funding"}),
    ("Kestle Maps", "2015 — opened on Quay Street 2019 — a second shop 2023 — closed for good", {"shutdown"}),
    # an item of an earlier year is history, whatever comes after it
    ("Kestle Maps", "2014 founded · 2019 acquired by Orrin Geo · 2026 5,000 customers", set()),
    ("Kestle Maps", "2016 founded · 2021 Series A · 2024 Series B · 2026 a new office in Leeds", set()),
    # the company buying is not bought
    ("Kestle Maps", "2012 founded · 2024 IPO · 2026 acquired Harrow Charts", set()),
    # prose with years is no timeline
    ("Kestle Maps", "In October 2026 Kestle Maps closed an €11m Series A led by Bramley Capital, its first round since 2019.",
     {"funding"}),
])
def test_a_timeline_is_read_item_by_item_with_each_items_date(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_timeline_of_one_item_a_line_is_read_so():
    text = "2011 — opened in a railway arch\n2018 — moved to Mill Lane\nApril 2025 — closed for good"
    assert rules_read(text, "Arch Bakery") == {"shutdown"}
    text = "2013 founded as Tamber Ltd\n2018 acquired by Corrow Group\n2022 management buyout: the founders own it again"
    assert rules_read(text, "Tamber") == set()


def test_a_timeline_is_split_into_dated_sentences_and_a_table_is_not():
    assert timeline_items("2018 founded · 2021 Series A · Nov 2026 acquired by Brightwater Holdings", "Pipkin") == [
        "2018: Pipkin founded.", "2021: Series A.", "Pipkin Series A (2021).", "Nov 2026: Pipkin acquired by Brightwater Holdings."]
    assert timeline_items("| Carrow Quay | 2019 | closed Jan 2026 |", "Carrow Clinics") == []
    assert timeline_items("We moved in 2019 and again in 2023.", "Carrow Clinics") == []
    assert timeline_lines(["Our story", "2019 — Opened", "2026 — Closed after the owners' retirement"], "Cobbler") == [
        "Our story", "2019: Cobbler opened.", "2026: Cobbler closed after the owners' retirement."]
    assert timeline_lines(["2026 was our best year."], "Cobbler") == ["2026 was our best year."]


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Fernhollow", "We had planned to close Fernhollow at the end of March.", set()),
    ("Fernhollow", "Fernhollow had intended to cut 30 jobs at its Hull depot.", set()),
    ("Fernhollow", "We had announced that Fernhollow would wind down in October.", set()),
    ("Fernhollow", "The company shelved plans for 45 layoffs at its Wakefield site.", set()),
    # done, not planned
    ("Fernhollow", "Fernhollow had closed its doors for good by the time the letters arrived.", {"shutdown"}),
    ("Fernhollow", "Fernhollow said it would cut 28 jobs, having scrapped a similar plan in 2025.", {"layoffs"}),
    ("Fernhollow", "Fernhollow has made 45 people redundant after plans for a buyer fell apart.", {"layoffs"}),
])
def test_a_plan_that_did_not_happen_is_no_news(company, text, expected):
    assert rules_read(text, company) == expected


def test_the_model_does_not_read_a_plan_that_did_not_happen(monkeypatch):
    for kind, text in (("shutdown", "We had planned to close Fernhollow in June. Instead, a buyer came forward."),
                       ("layoffs", "Fernhollow had expected to lay off 20 drivers this winter.")):
        monkeypatch.setattr(text_signals, "text_model", lambda kind=kind: reads_everything(kind))
        assert not {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False,
                                                        company="Fernhollow", year=2026) if s.flagging}


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Wickmoor Pottery", "Our three potters leave with redundancy pay at the end of the month.", {"layoffs"}),
    ("Saltmarsh Goods", "The eleven Saltmarsh Goods packers finished on Friday with statutory redundancy pay.", {"layoffs"}),
    ("Wickmoor Pottery", "Staff who leave with severance must hand back their keys.", set()),
    ("Wickmoor Pottery", "All 9 apprentices finished their courses with distinctions.", set()),
    ("Elswick Devices", "With the new funding, Elswick will open a lab in Leeds.", {"funding"}),
    ("Elswick Devices", "Fresh capital from Harrowgate Ventures means Elswick can double the sales team.", {"funding"}),
    ("Elswick Devices", "With the new funding, Corrigan Health will open a lab in Leeds.", set()),
    ("Elswick Devices", "With new funding rules, Elswick will need a second auditor.", set()),
    ("Marrow Maps", "Marrow Maps' founders have closed the company after eight years.", {"shutdown"}),
    ("Marrow Maps", "With no buyer found, the founders have archived the code and closed the business.", {"shutdown"}),
    ("Marrow Maps", "Corrigan's founders have closed the company they started in 2019.", set()),
    ("Quillon AI", "Quillon AI accepts Harrowgate's offer.", {"acquisition"}),
    ("Quillon AI", "Quillon AI accepts Harrowgate's offer to join its partner programme.", set()),
    ("Quillon AI", "Quillon AI has not accepted Harrowgate's offer.", set()),
])
def test_news_told_by_what_follows_from_it(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text"), [
    ("Lantern Robotics", "Once we close our seed round, we'll hire two field engineers."),
    ("Lantern Robotics", "When the Series A closes, Lantern Robotics will open in Oslo."),
])
def test_a_round_to_come_in_a_clause_of_time_is_no_round(company, text):
    assert rules_read(text, company) == set()


def test_a_round_closed_in_a_clause_of_time_is_still_one():
    assert rules_read("Once we closed our seed round in March, we hired two field engineers.", "Lantern Robotics") == {"funding"}


@pytest.mark.parametrize(("kind", "text", "expected"), [
    ("shutdown", "Bramble Kitchen is no longer trading on Sundays; weekdays stay the same.", set()),
    ("shutdown", "Bramble Kitchen won't be open at weekends from January.", set()),
    ("acquisition", "Our head chef came from Orrin Foods; her previous company is now part of Globex.", set()),
    ("acquisition", "Congratulations to our neighbours, who have been bought by Harrow Farms.", set()),
    # what the model reads where no guard stands
    ("shutdown", "Bramble Kitchen is no longer trading; thank you for eleven years.", {"shutdown"}),
])
def test_the_model_is_kept_from_part_time_closures_and_others_firms(monkeypatch, kind, text, expected):
    monkeypatch.setattr(text_signals, "text_model", lambda: reads_everything(kind))
    found = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company="Bramble Kitchen",
                                                 year=2026) if s.flagging}
    assert found == expected


def test_a_timeline_on_a_first_crawl_counts_a_sale_of_this_year_only():
    assert first_read("2019 founded · 2022 seed · 2026 joined Harrow Group as a wholly owned subsidiary", "Orrel") == {
        "acquisition"}
    assert first_read("2019 founded · 2022 joined Harrow Group · 2026 10,000 users", "Orrel") == set()


@pytest.mark.parametrize(("company", "text", "expected"), [
    # another company introduced in the sentence before is what "it", "the company" or its trade stands for
    ("Corrow Packaging", "We supply Halden Foods. Last week it was acquired by Corran Group.", set()),
    ("Corrow Packaging", "We work closely with Greyling Freight. The company said on Monday that it had been acquired by Northrail.",
     set()),
    ("Corrow Packaging", "We designed the new identity for Brambling Bank. The bank has raised £50m from its shareholders.", set()),
    ("Corrow Packaging", "Corrow Packaging delivers for Maison Ruelle. The retailer has cut 30 jobs.", set()),
    # the company named in the sentence before, then told by what any company may be called
    ("Ironroot Games", "Ironroot Games made Hollow Sky. The studio is now owned by Parallax Entertainment.", {"acquisition"}),
    ("Whitethorn Bio", "Whitethorn Bio is developing a vaccine. The Cambridge spin-out has now closed a £24m Series A.", {"funding"}),
    # (a trade's word only where the company's name says it)
    ("Whitethorn Bio", "Whitethorn Bio is developing a vaccine. The roastery has now closed a £24m Series A.", set()),
])
def test_the_sentence_before_says_who_it_and_the_company_are(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Ridgeback Tools", "Ridgeback Tools will close its Ohio plant, its only site, on 15 January.", {"shutdown"}),
    ("Ridgeback Tools", "The empty floor of Ridgeback's workshop, the company's only site, which closed for the last time in May.",
     {"shutdown"}),
    ("Ridgeback Tools", "Ridgeback Tools will close its Ohio plant, its only site, for two weeks of maintenance.", set()),
    ("Ridgeback Tools", "Globex will close its Ohio plant, its only site, on 15 January.", set()),
    ("Harrowgate Gallery", "Harrowgate Gallery and its framing workshop will both close permanently on 20 December.", {"shutdown"}),
    ("Harrowgate Gallery", "Corbridge Gallery and its framing workshop will both close permanently on 20 December.", set()),
    ("Pikestaff", "Everyone on the team will lose their job by the end of December.", {"layoffs"}),
    ("Pikestaff", "Everyone on the team will lose an hour of sleep when the clocks change.", set()),
])
def test_the_whole_company_closes_with_its_only_site_or_beside_its_part(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tynedale Mills", "Tynedale Mills' headcount is now 210, down from 260 in January, after the redundancy programme.", {"layoffs"}),
    ("Mapleleaf", "Team: 64 (down from 81 after the September cuts).", {"layoffs"}),
    ("Mapleleaf", "Our team is now 40, down from 52, as people left and we chose not to backfill their roles.", set()),
    ("Mapleleaf", "Our team is now 60, up from 52.", set()),
    ("Tamsin Health", "Following the consultation, 18 of the 26 proposed redundancies have gone ahead.", {"layoffs"}),
    ("Tamsin Health", "The 40 job cuts at Globex were confirmed on Friday.", set()),
    ("Tamsin Health", "None of the 40 proposed redundancies went ahead.", set()),
    ("Toller Brands", "Toller Brands has begun a consultation on proposals that would make 19 roles in its marketing team redundant.",
     {"layoffs"}),
])
def test_cuts_told_by_the_headcount_or_as_carried_out(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Mirela Textiles S.r.l.", "Contatti · Lavora con noi · Mirela Textiles S.r.l. is part of the Tessaro Group · P.IVA 04418270163",
     {"acquisition"}),
    ("Notecraft", "We're part of Ardent now, but the app stays as it is.", {"acquisition"}),
    ("Notecraft", "We are part of the Cornwall Food Network now.", set()),
    ("Notecraft", "Press · Notecraft at Harbour Summit · Notecraft named a Best Place to Work", set()),
])
def test_a_footers_items_and_an_owner_told_as_now(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_footer_is_split_at_its_middle_dots():
    assert dot_items("Contatti · Lavora con noi · Mirela is part of Tessaro · P.IVA 04418270163") == [
        "Lavora con noi", "Mirela is part of Tessaro"]
    assert dot_items("Kiln 9 · part of Cresswell") == []
