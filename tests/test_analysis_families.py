"""Round 2 of issue 12: families of wording the detectors read by structure, each with look-alikes
that must not flag. The sentences are written for these tests (none is in a labelled set)."""

from __future__ import annotations

import pytest

from tests.text_model_errors import MODEL_MISREAD
from valuation_spiders.analysis.grammar import split_sentences
from valuation_spiders.analysis.site_status import (
    detect_dead_page,
    detect_parked_domain,
    detect_placeholder_page,
)
from valuation_spiders.analysis.text_signals import detect_text_signals


def kinds(company: str, text: str, *, first_snapshot: bool = False) -> set[str]:
    return {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=first_snapshot,
                                                company=company)}


# --- funding: extensions with digits, other verbs, rounds told by who backs the company ----

@pytest.mark.parametrize(("company", "text"), [
    ("Pallet9", "Pallet9 has closed a $5 million Series C-1 extension led by Ironbark Capital."),
    ("Pallet9", "Pallet9 picked up $1.5M in pre-seed funding from Lark Ventures."),
    ("Pallet9", "Pallet9 has taken a $7 million investment from Wren Growth."),
    ("Pallet9", "Pallet9 is now backed by Lark Ventures after a $3 million seed round."),
    ("Pallet9", "Pallet9 raised an undisclosed amount from Osprey Partners."),
])
def test_funding_family(company, text):
    assert kinds(company, text) == {"funding"}


@pytest.mark.parametrize(("company", "text"), [
    # borrowed money alone is no round (since round 20: the newer sets' convention)
    ("Pallet9", "Pallet9 has secured a $40M debt facility from Keel Bank."),
    ("Pallet9", "Pallet9 drew down a $12 million venture debt facility from Ardent Lending."),
    ("Pallet9", "Pallet9 signed a $8M revolving credit facility with Harbor Trust."),
    ("Pallet9", "Pallet9 signed a $2 million contract with the port authority."),
    ("Pallet9", "Pallet9 is backed by Lark Ventures and angel investors."),
    ("Pallet9", "We picked up $30,000 in prize money at the demo day."),
    ("Pallet9", "Pallet9's credit facility calculator lets lenders model repayments."),
    ("Pallet9", "Take a seed investment only when you need one."),
    ("Pallet9", "Our customer Tern is now backed by Lark Ventures after a $3 million seed round."),
])
def test_not_funding_family(company, text):
    assert "funding" not in kinds(company, text)


# --- acquisition: merger shapes, "for X to acquire", owner footers, product folded into a suite ---

@pytest.mark.parametrize(("company", "text", "first"), [
    ("Corbel", "Corbel and Halyard Systems have signed an agreement for Halyard to acquire Corbel.", False),
    ("Corbel", "Corbel has completed its merger with Tamber Foods.", False),
    ("Corbel", "Corbel and Tamber Labs announce a merger of equals; the combined company keeps the Tamber name.", False),
    ("Corbel", "Corbel will combine with Tamber Inc. in an all-stock merger.", False),
    ("Rook & Pawn", "Rook & Pawn has been acquired by the Gambit Group.", False),
    ("Corbel", "Corbel has agreed to be acquired by Tamber Inc. The deal is expected to close in May.", False),
    ("Corbel", "Corbel, a Halyard Holdings company", True),
    ("Corbel", "Corbel \u2014 a Tamber Media company. \u00a9 Corbel Technologies, Inc.", True),
    ("Corbel", "Our app, Corbel, is now part of the Halyard Analytics suite.", False),
])
def test_acquisition_family(company, text, first):
    assert kinds(company, text, first_snapshot=first) == {"acquisition"}


@pytest.mark.parametrize(("company", "text"), [
    ("Corbel", "Corbel has signed an agreement for Corbel to acquire Halyard Systems."),
    ("Corbel", "Globex and Initech announce a merger of equals."),
    ("Corbel", "Corbel combines with Slack to give crews one inbox."),
    ("Corbel", "Corbel, a Boston company. All rights reserved."),
    ("Corbel", "Corbel, a Y Combinator company"),
    ("Corbel", "Corbel, a Techstars company since 2019"),
    ("Corbel", "Corbel, a Sequoia-backed company"),
    ("Corbel", "Corbel, a Canadian company"),
    pytest.param("Corbel", "Corbel, a SaaS company", marks=MODEL_MISREAD),
    ("Corbel", "Corbel is now part of the Google for Startups program."),
    ("Corbel", "Corbel is now part of the Microsoft Office suite of integrations we support."),
])
def test_not_acquisition_family(company, text):
    assert "acquisition" not in kinds(company, text, first_snapshot=True)
    assert "acquisition" not in kinds(company, text)


def test_a_legal_suffix_ends_a_sentence_only_before_a_sentence_starter():
    assert split_sentences("Sold to Hexley Inc. The deal closes in May.") == ["Sold to Hexley Inc.", "The deal closes in May."]
    assert split_sentences("Hexley Inc. Has a new office.") == ["Hexley Inc. Has a new office."]


# --- shutdown ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("company", "text"), [
    ("Wicket", "Wicket is closing down, and the shop will go offline on Friday."),
    ("Wicket", "We're shutting Wicket down at the end of June."),
    ("Wicket Arena", "Wicket Arena servers will be turned off permanently on 1 August."),
    ("Wicket", "Wicket is closing its marketplace on 1 May; sellers will be paid out."),
    ("Wicket", "Wicket is going away. Export your files before June."),
    ("Wicket", "Wicket is going offline for good on 1 June."),
    ("Wicket", "Today is Wicket's last day."),
    ("Wicket", "We made the hard call to shut down Wicket."),
])
def test_shutdown_family(company, text):
    assert "shutdown" in kinds(company, text)


@pytest.mark.parametrize(("company", "text"), [
    ("Wicket", "We're shutting the Wicket beta down to focus on the main app."),
    ("Wicket Arena", "Wicket Arena servers will be switched off for maintenance on Sunday."),
    ("Wicket", "Servers are turned off permanently when idle to save money."),
    ("Wicket", "Wicket is closing its platform to new sign-ups while we scale."),
    ("Wicket", "Wicket is closing its Leeds store on Friday."),
    ("Wicket", "Wicket is not going away. We're here for the long haul."),
    ("Wicket", "The old Wicket editor is going away next month."),
    ("Wicket", "Our legacy dashboard is going offline for good in June."),
    ("Wicket", "Today is Jane's last day."),
])
def test_not_shutdown_family(company, text):
    assert "shutdown" not in kinds(company, text)


# --- layoffs -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("company", "text"), [
    ("Dovetail", "Dovetail is shutting down, and all 30 employees have been laid off."),
    ("Dovetail", "Dovetail announced a restructuring that will eliminate about 40 roles."),
    ("Dovetail", "Dovetail cut about a third of its workforce this week."),
    ("Dovetail", "We're reducing the size of the Dovetail team by about 20 people."),
    ("Dovetail", "We're cutting our team from 60 to 35 people."),
    ("Dovetail", "About 50 Dovetail employees lost their jobs this week."),
    ("Dovetail", "We also made the hard call to reduce our team by 25%."),
])
def test_layoffs_family(company, text):
    assert "layoffs" in kinds(company, text)


@pytest.mark.parametrize(("company", "text"), [
    ("Dovetail", "Dovetail's layoff planning tool helps HR model severance before any decision."),
    ("Dovetail", "Dovetail's workforce planning tool forecasts headcount from 80 to 120."),
    ("Dovetail", "We're growing our team from 60 to 90 people."),
    ("Dovetail", "We cut the Globex team by half when we migrated them."),
    ("Dovetail", "Globex announced a restructuring that will eliminate about 30 positions."),
    ("Dovetail", "Globex is shutting down, and all 40 employees have been laid off."),
    ("Dovetail", "About 50 Globex employees lost their jobs this week."),
    ("Dovetail", "Dovetail helps people who lost their jobs find new ones."),
    ("Dovetail", "Our customer Brando cut a third of its workforce and used Dovetail to plan it."),
])
def test_not_layoffs_family(company, text):
    assert "layoffs" not in kinds(company, text)


# --- history: a person's earlier employers are not the company's news ---------------------------

@pytest.mark.parametrize("text", [
    "Before Marlin, our CEO co-founded Tessel, which was acquired by Intuit in 2019.",
    "Our CTO previously led engineering at Boxwood until it shut down in 2021.",
    "Ana spent six years at Keel Bank, where she ran the team that closed its $200M Series D.",
    "Our head of product was earlier at Bloomly, which laid off half its staff in 2022.",
])
def test_career_history_is_not_news(text):
    assert kinds("Marlin", text) == set()


@pytest.mark.parametrize(("text", "kind"), [
    ("Marlin has been acquired by Tessel, where our CTO once worked.", "acquisition"),
    ("Our founder, who previously led payments at Stripe, said today that Marlin has been acquired by Globex.",
     "acquisition"),
    ("She announced that Marlin has raised a $20M Series B.", "funding"),
])
def test_the_company_s_own_news_in_a_career_sentence_still_counts(text, kind):
    assert kind in kinds("Marlin", text)


# --- placeholder and parked pages ---------------------------------------------------------------

_LONG_DEFAULT_TEXT = (
    "Apache2 Ubuntu Default Page\nIt works!\nThis is the default welcome page used to test that the Apache2 server "
    "works after installation. " + "The configuration of the server is split into several files and documented. " * 30
)


@pytest.mark.parametrize(("title", "text"), [
    ("Apache2 Ubuntu Default Page: It works", _LONG_DEFAULT_TEXT),
    ("acme.com", "acme.com\nThis domain is registered at NameHarbor. The owner has not set up a website for it yet."),
    ("Coming Soon", "Future home of something quite cool.\nIf you're the site owner, log in to launch this site"),
    ("Domain not configured", "Domain Not Configured\nIf you own this domain, add it to a project."),
])
def test_server_and_registrar_default_pages_are_dead_not_parked(title, text):
    assert detect_parked_domain("https://acme.com/", None, title, text) is None
    assert detect_dead_page(200, title, text) or detect_placeholder_page(title, text, "Acme")


def test_a_long_lander_titled_with_its_domain_and_sponsored_listings_is_parked():
    listings = "".join(f"{topic}\nCompare top-rated {topic.lower()} providers and see prices for this year.\n"
                       for topic in ("Payroll Services", "HR Software", "Scheduling", "Time Tracking", "Benefits",
                                     "Recruiting", "Background Checks", "Job Boards", "Onboarding", "Reviews",
                                     "Contractors", "Expenses", "Training", "Surveys", "Compliance"))
    text = f"Welcome to hirewise.io\nSponsored Listings\n{listings * 3}Privacy Policy"
    assert len(text.split()) > 400  # longer than a page read whole for parking words
    assert detect_parked_domain("https://hirewise.io/", None, "hirewise.io", text) is not None


@pytest.mark.parametrize(("title", "text"), [
    ("Acme | Contract signing", "Acme builds contract signing. Domain not configured yet? Read our guide.\nPricing"),
    ("acme.com", "acme.com\nIs this your domain? Own this domain? Sign in to connect it to a website."),
])
def test_help_text_asked_as_a_question_is_not_a_placeholder_or_a_sale(title, text):
    assert detect_dead_page(200, title, text) is None
    assert detect_parked_domain("https://acme.com/", None, title, text) is None


# --- headlines and idioms: money put into the company, the service ending, a new home -------------

@pytest.mark.parametrize(("text", "kind"), [
    ("$6M Series A for Brambly to bring soil sensors to vineyards", "funding"),
    ("Investors bet $5M on Brambly.", "funding"),
    ("Harrow Capital pours \u20ac3M into Brambly.", "funding"),
    ("Brambly's service will end on 30 June.", "shutdown"),
    ("We are ending Brambly on 30 June.", "shutdown"),
    ("Brambly has been wound up by the court.", "shutdown"),
    ("Brambly has found a new home at Vintra Group.", "acquisition"),
])
def test_headline_and_idiom_family(text, kind):
    assert kind in kinds("Brambly", text)


@pytest.mark.parametrize("text", [
    "$10M Series A for Globex, a Brambly customer.",
    "Put $50 on Brambly gift cards today.",
    "Brambly's free trial will end on 30 June.",
    "We are ending Brambly Classic on 30 June.",
    "Brambly will end the year with 40 customers.",
    "Brambly is winding up its Berlin office.",
    "Brambly has found a new home in Berlin.",
    "Brambly helped us find a new home at Globex.",
])
def test_not_headline_and_idiom_family(text):
    assert kinds("Brambly", text) == set()


@pytest.mark.parametrize(("title", "text"), [
    ("Site offline", "This website is currently offline.\nHosted by PixelNest."),
    ("Website taken down", "This website has been taken down by its owner."),
    ("502 Bad Gateway", "502 Bad Gateway\nnginx"),
    ("Service Unavailable", "Service Unavailable\nThe server is temporarily unable to service your request."),
    ("403 Forbidden", "Forbidden\nYou don't have permission to access this resource."),
    ("My Blog", "Just another WordPress site\nHello world!\nWelcome to WordPress. This is your first post."),
])
def test_error_bodies_and_fresh_installs_are_placeholders(title, text):
    assert detect_placeholder_page(title, text, "Acme Farms") is not None


@pytest.mark.parametrize(("title", "text"), [
    ("Acme Farms | Payroll", "Acme Farms payroll works offline.\nPricing\nBlog"),
    ("Blog", "How we moved our WordPress site to a static generator in a weekend."),
    ("Status", "Our API is offline in the EU region for an hour."),
])
def test_pages_that_mention_offline_or_wordpress_are_not_placeholders(title, text):
    assert detect_placeholder_page(title, text, "Acme Farms") is None
