"""Round 46 of the detectors (issue 12): the company at work for a client, a sister company by name, staff losing their work
where the company closes, a closing-down sale opening the company's own line, shutdowns for upgrades or in a window of
hours, a phrase fronted before another company's clause, and an offer accepted for the company's shares.

The families were chosen because independent writers used them: three development sets written this round from one
brief by three helpers who did not see each other's sets (train103: the makers' pages; train104: firms whose work is other
companies' news; train105: shops, venues and chains), and the misses of the 116 earlier sets. Each is written here in new
words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import reads_everything, rules_read
from valuation_spiders.analysis import text_signals
from valuation_spiders.analysis.text_signals import detect_text_signals


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the news told after the client is the client's
    ("Ashcombe Legal", "Ashcombe Legal represented Fernlea Dairies in its sale to Halloran Foods.", set()),
    ("Ashcombe Legal", "Ashcombe acted for the shareholders of Tarn Robotics on the company's $90M sale to Vellum Group.", set()),
    ("Ridley Talent", "Ridley supported Quayline Freight through the redundancy of 140 drivers.", set()),
    ("Ridley Talent", "We helped Orvo Retail trim its store team from 60 to 35.", set()),
    ("Garnet Capital", "Garnet Capital was sole placement agent on Brisk Health's $45 million Series C.", set()),
    # (the company as the client, or its own news after the client: still its own)
    ("Fernlea Dairies", "Ashcombe Legal represented Fernlea Dairies in its sale to Halloran Foods.", {"acquisition"}),
    ("Ridley Talent", "Ridley advised Quayline Freight on its restructuring; we have since cut 12 roles of our own.",
     {"layoffs"}),
])
def test_the_news_of_a_client_is_the_clients(company, text, expected):
    assert rules_read(text, company) == expected


def test_the_model_does_not_read_a_clients_news_as_the_companys(monkeypatch):
    text = "Ashcombe Legal advised the founders of Tarn Robotics on their buyout, backed by new investment from Hale Partners."
    monkeypatch.setattr(text_signals, "text_model", lambda: reads_everything("funding"))
    found = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company="Ashcombe Legal",
                                                 year=2026) if s.flagging}
    assert found == set()
    # (the company's own round before the service it tells is still read)
    text = "Fresh investment: Ashcombe Legal has raised new equity from Hale Partners, and advised Tarn Robotics on its buyout."
    found = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company="Ashcombe Legal",
                                                 year=2026) if s.flagging}
    assert found == {"funding"}


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Harrow Vale Digital", "Harrow Vale Print, our sister company, has been acquired by Mercer Media.", set()),
    ("Harrow Vale Digital", "Harrow Vale Print has been sold to Mercer Media.", set()),
    # (the company's own name, its first words alone, its legal form)
    ("Harrow Vale Digital", "Harrow Vale Digital has been acquired by Mercer Media.", {"acquisition"}),
    ("Harrow Vale Digital", "Harrow Vale has been acquired by Mercer Media.", {"acquisition"}),
    ("Harrow Vale Digital", "Harrow Vale Ltd has been acquired by Mercer Media.", {"acquisition"}),
])
def test_a_sister_company_by_name_is_not_the_company(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Puffin Tea Rooms", "Puffin Tea Rooms closes for good on Sunday. Our waitresses are out of work, and we are heartbroken.",
     {"shutdown", "layoffs"}),
    ("Puffin Tea Rooms", "Puffin Tea Rooms will shut for the last time on 20 December, and with it our team of six will be leaving.",
     {"shutdown", "layoffs"}),
    # (another firm's staff, staff leaving for a new job)
    ("Puffin Tea Rooms", "Our supplier Corrin's Bakery has closed for good, and its eight bakers are out of work.", set()),
    ("Puffin Tea Rooms", "We are closing on Mondays from January. Our manager is leaving to run her own café.", set()),
])
def test_staff_losing_their_work_where_the_company_closes(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tansy Hardware", "Closing-down sale on all tools and paint from Saturday: everything half price.", {"shutdown"}),
    # (at one branch, of one range, a joke, a question)
    ("Tansy Hardware", "Closing-down sale at our Wetherby branch - everything must go.", set()),
    ("Tansy Hardware", "Closing-down sale on our old garden range, to make room for spring.", set()),
    ("Tansy Hardware", "Closing-down sale? Not us, just a winter clearance.", set()),
])
def test_a_closing_down_sale_opening_the_companys_line(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Corvel Cloud", "Corvel Cloud will be shut down for upgrades on Saturday night.", set()),
    ("Corvel Cloud", "Corvel Cloud will be shut down between 01:00 and 03:30 UTC on Sunday.", set()),
    ("Corvel Cloud", "Corvel Cloud will be shut down for good on 31 January.", {"shutdown"}),
])
def test_a_shutdown_for_upgrades_or_for_hours_is_a_pause(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Landry Recruiting", "Fresh off its $12M Series A, Brindle Apps is hiring twenty engineers.", set()),
    ("Landry Recruiting", "Weeks after it laid off 30 people, Ostara Games is recruiting again.", set()),
    # (the company itself as the main clause's subject, or its own word in the fronted phrase)
    ("Brindle Apps", "Fresh off its $12M Series A, Brindle Apps is hiring twenty engineers.", {"funding"}),
    ("Landry Recruiting", "After closing our $5M seed round, Brindle Apps became our first customer.", {"funding"}),
])
def test_a_phrase_fronted_before_another_companys_clause(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Maple Row Search", "Maple Row Search has accepted an offer from Ketterley Group for its entire issued share capital.",
     {"acquisition"}),
    # (an offer for one site of it)
    ("Maple Row Search", "Maple Row Search has accepted an offer from Ketterley Group for our Leeds office lease.", set()),
])
def test_an_offer_accepted_for_the_companys_shares(company, text, expected):
    assert rules_read(text, company) == expected
