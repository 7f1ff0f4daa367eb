"""Signal detectors: what a sentence or a response tells about a company, and what it does not."""

from __future__ import annotations

import importlib
import socket
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.text_model_errors import MODEL_MISREAD
from valuation_spiders.analysis import site_status, text_signals
from valuation_spiders.analysis.signals import (
    FLAGGING_KINDS,
    PageObservation,
    Signal,
    assess_company,
    detect_dead_page,
    detect_domain_redirect,
    detect_page_signals,
    detect_parked_domain,
    detect_text_signals,
    registrable_domain,
    split_sentences,
)
from valuation_spiders.analysis.site_status import detect_placeholder_page

COMPANY = "Acme Robotics Inc."


def kinds(text: str, *, first_snapshot: bool = False, company: str | None = COMPANY) -> set[str]:
    return {s.kind for s in detect_text_signals(text, "https://acme.example/news", first_snapshot=first_snapshot,
                                                 company=company)}


# --- funding ---------------------------------------------------------------------------------

FUNDING = [
    "Acme Robotics Raises $32 Million Series B to Scale Warehouse Automation",
    "Today, Acme announced it has closed a $12M seed round led by Northstar Ventures, with participation from Plural.",
    "We just raised our Series A!",
    "Acme secures \u20ac8 million in growth funding from Balderton.",
    "Announcing our $45M Series C",
    "Acme has received a strategic investment from Maersk Growth.",
    "Fresh off our $20 million Series B, we're hiring across engineering.",
    "We're excited to announce that we've raised $10M in seed funding.",
    "The round was led by Index Ventures.",
    "Globex invests $10M in Acme Robotics.",
    "Acme Robotics today announced $18 million in Series A financing led by Khosla Ventures.",
    "Acme nabs $4.5M to bring AI to freight forwarding",
    "We've closed our Series B.",
    "Acme has completed a \u20ac25m funding round.",
    "Acme bags $3m pre-seed",
    "Acme Robotics, the warehouse automation startup, has raised $50 million.",
    "This investment brings Acme's total funding to $75 million.",
    "Acme lands $12M from Accel to expand into Europe",
    "Sequoia leads $40M round in Acme",
    "Acme Closes Oversubscribed $30M Series B",
    "We are thrilled to have raised $8 million from a group of investors.",
    "Acme Robotics Secures $15M Series A Led by Accel",
    "We've raised a $6M seed round to build the future of warehouse robotics.",
    "Acme raised $7.5M in a round co-led by Seedcamp and LocalGlobe.",
    "Acme Robotics gets $9M to build robots for small warehouses",
    "Acme Robotics, a Pittsburgh-based startup, announced a $14 million Series A on Tuesday.",
    "Our $25M Series B is led by Tiger Global.",
    "Not long after our Series A, we raised a $30M Series B.",
    "No more waiting: Acme raises $20M to expand.",
    "Even in a tough market, Acme has raised $18 million.",
]
NOT_FUNDING = [
    "Acme is proudly self-funded.",
    "Funding your account takes a minute.",
    "We have not raised any outside funding.",
    "We have never raised outside capital and we don't intend to.",
    "Rumours that we raised a new round are false.",
    "Our customers have raised over $2B using our data room.",
    "Founders using Acme have raised over $2 billion, from pre-seed rounds to Series C financings.",
    "Learn how to raise a seed round in 2024.",
    "Raise capital faster with Acme.",
    "We help startups raise capital.",
    "Our team raised $10,000 for the local food bank.",
    "The Acme Foundation raised $1M for STEM education.",
    "We closed $5M in new business last quarter.",
    "Raise a ticket with support if you need help.",
    "Northwind raises $40M Series B.",
    "We're thrilled that our customer Globex has raised a $30M Series B.",
    "Congratulations to Globex on their $30M Series B!",
    "We're a Series B startup backed by top investors.",
    "We're a well-funded startup backed by Sequoia and a16z.",
    "Our Series B funding allows us to invest in our people.",
    "\u201cAcme helped us close our Series A in record time.\u201d \u2014 CEO, Globex",
    "Acme helped Globex secure $50M in financing for its new plant.",
    "We've invested $5M in our new R&D center.",
    "Acme won a $2M contract from the Department of Energy.",
    "Get funding for your business in 24 hours.",
    "We raise the bar for customer service.",
    "Close more deals with Acme CRM.",
    "Our investors include Accel and Sequoia.",
    "Ask us about financing options for your robots.",
    "Robots-as-a-service: no upfront capital required.",
    "Acme has raised the bar for picking accuracy.",
    "Acme raised prices for new customers in 2024.",
    "We didn't raise a Series B; we grew from revenue.",
]


@pytest.mark.parametrize("sentence", FUNDING)
def test_funding_news_is_funding(sentence):
    assert kinds(sentence) == {"funding"}


@pytest.mark.parametrize("sentence", NOT_FUNDING)
def test_not_funding(sentence):
    assert "funding" not in kinds(sentence)


# --- acquisition -----------------------------------------------------------------------------

ACQUISITION = [
    "Acme Robotics has been acquired by Salesforce.",
    "We're thrilled to share that Acme has entered into a definitive agreement to be acquired by Intuit.",
    "Acme is now part of Atlassian.",
    "Acme joins Datadog",
    "Today Acme is joining the Datadog family.",
    "Globex completes acquisition of Acme Robotics",
    "Globex to acquire Acme Robotics for $300 million",
    "Acme Robotics merges with Meridian Care",
    "Acme Robotics and Meridian Care have completed their merger.",
    "Acme and Meridian have merged to form a new company.",
    "We have been acquired!",
    "Acme, the warehouse robotics company, was acquired by Globex in 2021.",
    "Acme is now a Globex company.",
    "Acme Robotics is now a wholly owned subsidiary of Globex Corp.",
    "Following our acquisition by Globex, nothing changes for customers.",
    "The company has been sold to Hexagon AB.",
    "Acme Robotics Acquired by Globex",
    "Our team is joining Globex to continue building the future of logistics.",
    "Globex has agreed to acquire us.",
    "We've signed a definitive agreement under which Globex will acquire Acme.",
    "We're excited to announce that Acme has signed an agreement to join Globex.",
    "Globex Acquires Acme Robotics to Expand Warehouse Portfolio",
    "Acme Robotics enters into agreement to be acquired by Globex",
    "Acme is being acquired by Globex",
    "The acquisition of Acme by Globex closed on March 3.",
    "Acme becomes part of Globex",
    "Acme has been bought by private equity firm Thoma Bravo.",
    "Globex buys Acme for $1.2bn",
    "Acme agrees to be acquired by Globex",
    "Acme to merge with Globex",
    "Acme Robotics has agreed to be acquired by Globex for $250 million in cash.",
    "Globex Corporation announced today that it has completed its acquisition of Acme Robotics.",
    "Acme Robotics Announces Acquisition by Globex",
    "Acme is now officially part of the Globex family!",
    "Globex has acquired Acme Robotics, the Pittsburgh robotics startup.",
    "Acme Robotics was purchased by Globex in a deal valued at $80 million.",
    "We could not be more excited to announce that Acme has been acquired by Globex.",
    "Without further ado: we've been acquired by Globex!",
    "Acme, which has never raised outside capital, is now part of Globex.",
    "Acme Robotics Inc. is a subsidiary of Globex.",
    # every family a reader recognises, active and passive, with the company, we, our team or
    # product, or "the Acme team" as subject
    "Acme Robotics was acquired by Meridian Health Partners last week.",
    "Acme has been bought by Pinnacle Media.",
    "Acme agreed to be acquired by Keystone Partners, the companies said on Monday.",
    "Acme has signed a definitive agreement to be acquired by Mosaic Data.",
    "Under the terms of the definitive agreement, Acme shareholders will receive $14.50 per share in cash.",
    "Acme joins Stripe.",
    "The Acme team has joined Figma.",
    "The team and technology are now part of Stripe.",
    "Acme's team and technology will become part of Stripe.",
    "Acme is now a part of the Atlassian family of products.",
    "Our team is now part of Oracle's Cloud Infrastructure organization.",
    "Acme and Beacon Health announced today that they have agreed to merge.",
    "Acme and Oracle to combine in all-stock merger of equals",
    "The combined company will operate under the Beacon Health name.",
    "Upon closing, Acme shareholders will own approximately 40% of the combined company.",
    "Acme has been taken private by Vista Equity Partners.",
    "Acme completes take-private transaction with Thoma Bravo.",
    "Following the closing of the transaction, Acme is now a privately held company.",
    "Acme goes private in $4 billion deal with Silver Lake",
    "Silver Lake to take Acme private in $4 billion deal",
    "Acme stockholders approve merger with Silver Lake affiliate",
    "Acme is now owned by Silver Lake.",
    "Acme's founders sold the company to Greenfield Foods in March.",
    "Acme agrees to sale to Meridian Health Partners.",
    "Acme has completed the sale of its business to Greenfield Foods.",
    "Acme will operate as a wholly owned subsidiary of Oceanic Holdings.",
    "Acme, now an Oceanic company, will keep its brand and its Lisbon office.",
    "Acme will continue to operate as a standalone business unit within Oracle.",
    "The Acme product will be folded into Databricks and the team is joining its data engineering group.",
    "Globex bought us.",  # a subject ending in "be"/"is" is not a passive ("Adobe bought us")
    "Adobe bought us.",
    "Acme is becoming part of Adobe.",
    "Acme is now a division of Adobe.",
    "Acme is now owned and operated by Adobe Inc.",
    "Acme has been acquired by a consortium of investors led by KKR.",
    "Acme and Figment combine to form Prism.",
    "Acme shareholders to receive $31.00 per share in cash.",
    "Acme Robotics, Inc. announced the completion of its merger with Figment Holdings.",
    "Acme's technology and team will be integrated into Adobe Creative Cloud following the close of the acquisition.",
]
NOT_ACQUISITION = [
    "Acme acquires DataCo",
    "We acquired Linea to strengthen our analytics offering.",
    "Our acquisition of Parsely closed last week.",
    "DataPulse has been acquired by Acme Robotics.",
    "Acme Robotics completes acquisition of DataPulse.",
    "DataCo, which we acquired in 2022, is now fully integrated.",
    "After Acme acquired DataCo, the combined team grew to 200.",
    "Join our talent acquisition team!",
    "We're hiring a Head of Talent Acquisition.",
    "Lower your customer acquisition cost by 40%.",
    "Our user acquisition playbook for mobile games.",
    "Data acquisition modules for industrial sensors.",
    "Acquire new customers with targeted campaigns.",
    "The acquisition of new customers is the hardest part of growth.",
    "Rumours that we were acquired are false.",
    "Acme has not been acquired and remains independent.",
    "Contrary to recent reports, Acme is not being sold.",
    "We will never be acquired by a big tech company.",
    "If Acme is acquired by or merges with another company, your data may be transferred.",
    "In the event of a merger, acquisition, or sale of all or a portion of our assets, your information may be transferred.",
    "What happens to my data if Acme is acquired?",
    "Acme could be acquired in the coming years, analysts say.",
    "Jane Doe joins Acme as Chief Revenue Officer.",
    "Maria Chen joins Globex.",
    "We're joining the AWS Partner Network.",
    pytest.param("We're joining Salesforce's AppExchange.", marks=MODEL_MISREAD),
    "Acme joins the Linux Foundation.",
    "Acme joins Y Combinator's Winter 2024 batch.",
    "Join us at Web Summit in Lisbon.",
    "Join 10,000 teams who trust Acme.",
    "Acme joins forces with Globex to fight fraud.",
    "Reporting is now part of Acme Pro.",
    "SSO is now part of the Business plan.",
    "We're part of the Microsoft for Startups program.",
    "Acme is proud to be part of the Techstars family.",
    "We are a Y Combinator company.",
    "Acme is a Boston company.",
    "Our sensors are sold to customers in 40 countries.",
    "The data is acquired by the sensor every second.",
    "Acme has been acquired by more than 500 hospitals.",  # (the round-21 model reads it right)
    "Our data is purchased by leading hedge funds.",
    "When Slack was acquired by Salesforce, many teams looked for alternatives.",
    "Slack was acquired by Salesforce in 2021, and since then the product has changed a lot.",
    "Slack's acquisition by Salesforce changed the market.",
    "Acme's customers include Globex, which was acquired by Initech in 2022.",
    "We partnered with Globex, recently acquired by Initech, to expand.",
    "Acme integrates with tools like Slack and Figma (acquired by Adobe).",
    "Acme's founders previously sold DataCo to Oracle.",
    "Merge with Salesforce in one click.",
    "Acme merges duplicate contacts with your CRM data.",
    "We advise founders on mergers and acquisitions.",
    "Merging with a competitor? Read our guide to post-merger integration.",
    "Acme acquired its first customer in 2018.",
    "Merge pick lists with one click.",
    "Our robots are bought by the world's biggest retailers.",
    "Acme is part of the NVIDIA Inception program.",
    "Acme joins the Amazon Robotics Partner Network.",
    "Customers who joined Acme in 2023 saw 30% faster picking.",
    pytest.param("Acme is now part of Microsoft Teams.", marks=MODEL_MISREAD),
    "Acme is now part of the Salesforce ecosystem.",
    "No, we haven't been acquired.",
    "We're definitely not being acquired.",
    # issue 12: the new families keep the same guards
    "Acme joins the Microsoft for Startups program.",
    "Acme has joined the Oracle PartnerNetwork.",
    "Acme helps private equity firms track take-private deals.",
    "Acme is a privately held company founded in 2011.",
    "As a privately held company, Acme does not publish its revenue.",
    "Acme remains a privately held, founder-led company.",
    "The combined company of the future will be built on data.",
    "The combined company will have more than 500 employees.",
    "Our platform merges with your existing EHR in minutes.",
    "Acme has completed the sale of its legacy hardware business to Flex.",
    "Oracle bought 500 Acme licences for its sales team.",
    "Acme is owned by its founders and employees.",
    "Acme will be integrated into Slack next month.",
    "We sold our product to Walmart and Target this year.",
    "Acme is now part of the AWS Marketplace.",
    "Globex acquires X-Ray Vision Labs.",
    "Acme will not be sold.",
    "There is no truth to the rumour that Acme will merge with Oracle.",
    "Acme and Globex combine their data in one dashboard.",
    "Acme joins forces with Oracle.",
    "Acme was acquired by Adobe in 2019 and spun out again in 2023.",
    "Acme buys back shares from early employees.",
    "Acme will remain an independent company.",
    "Acme shareholders will receive a dividend of $0.10 per share.",
    "Acme goes private with its new invite-only beta.",
    "Acme was delisted from the G2 leaderboard after the transaction fees changed.",
    "Acme is owned by its employees through an ESOP.",
    "Acme Ltd is a wholly owned subsidiary of Acme Holdings Inc.",
    "Acme is selling its legacy on-premise product line to Micro Focus.",
]


@pytest.mark.parametrize("sentence", ACQUISITION)
def test_the_company_being_acquired_or_merged_is_acquisition(sentence):
    assert kinds(sentence) == {"acquisition"}


@pytest.mark.parametrize("sentence", NOT_ACQUISITION)
def test_not_acquisition(sentence):
    assert "acquisition" not in kinds(sentence)


def test_direction_needs_the_company_name_and_uses_it():
    passive = "DataPulse has been acquired by Finlytics."
    assert kinds(passive, company="Finlytics") == set()  # Finlytics bought DataPulse
    assert kinds(passive, company="DataPulse") == {"acquisition"}
    assert kinds(passive, company=None) == {"acquisition"}  # without a name, the subject is taken as the company
    active = "Finlytics acquires DataPulse"
    assert kinds(active, company="Finlytics") == set()
    assert kinds(active, company="DataPulse Ltd") == {"acquisition"}
    assert kinds(active, company=None) == set()  # "X acquires Y" is never the site's own acquisition by default


def test_company_names_match_with_and_or_ampersand_and_legal_suffixes():
    assert kinds("Lumen and Oak has been acquired by Globex.", company="Lumen & Oak") == {"acquisition"}
    assert kinds("Globex to acquire Kettle & Co.", company="Kettle & Co., LLC") == {"acquisition"}
    assert kinds("ACME ROBOTICS IS SHUTTING DOWN", company="Acme Robotics, Inc.") == {"shutdown"}


# --- shutdown --------------------------------------------------------------------------------

SHUTDOWN = [
    "After six years, we've made the difficult decision to shut down Acme.",
    "Acme is winding down operations.",
    "We will be sunsetting Acme on March 31 and will cease operations.",
    "Acme will cease operations at the end of this month.",
    "Acme Robotics Ltd has entered administration.",
    "Acme has filed for Chapter 7 bankruptcy.",
    "Thank you for eight incredible years. Acme is closing its doors.",
    "Acme is shutting down.",
    "It is with a heavy heart that we announce that Acme will no longer be operating.",
    "The service will be discontinued on June 30, 2025.",
    "We are shutting down the Acme platform on 30 June.",
    "We're winding down the company and returning capital to investors.",
    "Administrators have been appointed to Acme Robotics Ltd.",
    "Acme has gone out of business.",
    "The shutdown of Acme will be completed by May.",
    "Acme will shut down on 31 March 2025.",
    "We've decided to close Acme.",
    "Acme is ceasing trading with immediate effect.",
    "The Acme app will stop working on June 1.",
    "We are closing down.",
    "Acme has been placed into liquidation.",
    "After careful consideration, the board has decided to wind down the company.",
    "Acme Robotics will wind down operations by the end of the year.",
    "After careful consideration, Acme Robotics has decided to shut down its business.",
    "Acme Robotics will be shutting down on December 31, 2025.",
    "This is the end of the road for Acme: we are shutting down the service on 1 July.",
    "Acme, which has served 2,000 warehouses since 2017, is shutting down.",
    "Acme will cease operations in March.",
    "We are ending operations on 30 June.",
]
NOT_SHUTDOWN = [
    "We are not shutting down \u2014 we're just getting started.",
    "Acme is not going anywhere.",
    "Rumours that we're shutting down are false.",
    "We have no plans to shut down.",
    "Is Acme shutting down? No. We're profitable and growing.",
    "How to shut down your account",
    "Shut down your instance from the dashboard.",
    "Shut down idle instances automatically and save 40%.",
    "Press the shutdown button for three seconds.",
    "Acme's shutdown feature lets you stop machines remotely.",
    "Graceful shutdown of Kubernetes pods explained.",
    "The government shutdown delayed our FDA review.",
    "Closing the gap between sales and finance.",
    "Acme closes the books faster.",
    "We closed 2023 with record revenue.",
    "Our office will be closed on December 25.",
    "The London office is closing down next month.",
    "We shut down the old office and moved to a bigger space.",
    "Acme shut down its Beijing office.",
    "Our servers will be shut down for maintenance on Sunday.",
    "We're sunsetting the legacy v1 API on December 31.",
    "The classic editor will be discontinued in May.",
    "The X200 has been discontinued; see the X300.",
    "Our Android app is shutting down; please use the web app.",
    "This feature is no longer available.",
    "Acme Pro is no longer available; all features are now in Acme.",
    "What happens to my data if Acme shuts down?",
    "Acme may discontinue the Service at any time.",
    "In the event that Acme ceases operations, you can export your data.",
    "Many startups are shutting down this year. Acme is here to stay.",
    "Why Quibi shut down after six months",
    "Quibi shut down in 2020, proving that content alone is not enough.",
    "Google Reader was discontinued in 2013 and people still miss it.",
    "Lessons from shutting down our first startup",
    "Before Acme, we nearly went out of business.",
    "The system will shut down automatically when idle.",
    "We help companies wind down gracefully.",
    "Winding down a fund? Acme handles the paperwork.",
    "Bankruptcy attorneys trust Acme for case management.",
    "When a company goes into liquidation, creditors need answers fast.",
    "Don't let your startup shut down \u2014 get funded with Acme.",
    "Never shut down your line for maintenance again.",
    "The robot stops working when the safety curtain is broken.",
    "Acme isn't shutting down.",
    "We won't be shutting down.",
    "We are not closing our doors.",
    "We ended our business relationship with Globex.",
    "We will cease operations in the UK and focus on the US.",
    "Acme is shutting down in Russia.",
    "We suspended operations at our Berlin plant.",
]


SHUTDOWN += [
    "It's time to say goodbye: Acme is closing.",
    "Acme Robotics Ltd is in administration.",
    "Our last day of operation will be Friday, May 2.",
]
NOT_SHUTDOWN_MORE = [
    "Acme is in administration mode during the upgrade.",
    "Our last day of operation for 2024 is December 23; we reopen January 2.",
    "Acme is closing in on 1,000 customers.",
    "Acme automatically shuts down idle GPUs.",
    "Acme will close for the holidays from Dec 24 to Jan 2.",
    "Acme is closing the gap between design and production.",
    "Our Berlin office is closing.",
]


@pytest.mark.parametrize("sentence", NOT_SHUTDOWN_MORE)
def test_more_sentences_that_are_not_shutdown(sentence):
    assert "shutdown" not in kinds(sentence)


def test_cumulative_funding_and_customers_rounds_are_not_news_but_a_dated_announcement_is():
    assert "funding" not in kinds("Acme was founded in 2018 and has raised $40M to date.")
    assert "funding" not in kinds("Acme customers raised $2B last year.")
    assert kinds("Acme announced today a $15 million funding round led by Accel.") == {"funding"}
    assert kinds("We are parting ways with roughly a fifth of our team.") == {"layoffs"}


@pytest.mark.parametrize("sentence", SHUTDOWN)
def test_the_company_closing_is_shutdown(sentence):
    assert kinds(sentence) == {"shutdown"}


@pytest.mark.parametrize("sentence", NOT_SHUTDOWN)
def test_not_shutdown(sentence):
    assert "shutdown" not in kinds(sentence)


# --- layoffs ---------------------------------------------------------------------------------

LAYOFFS = [
    "Today we made the hard decision to reduce our team by about 30%.",
    "Acme lays off 40 employees amid restructuring.",
    "We are parting ways with 25 colleagues.",
    "We have furloughed most of our support staff.",
    "We had to lay off 20% of our workforce.",
    "We are reducing our workforce by 30%.",
    "Acme announced a reduction in force affecting 12% of employees.",
    "We're cutting 15% of jobs across the company.",
    "About 30% of our staff were laid off this week.",
    "We are making 40 roles redundant.",
    "Today we said goodbye to 18 talented colleagues.",
    "Our recent layoffs affected 50 people.",
    "We let go of 12 people today.",
    "Acme cuts 20% of staff",
    "Acme to lay off a quarter of its workforce",
    "We're reducing headcount by 15%.",
    "Acme announces restructuring, eliminating 120 positions",
    "Acme Robotics is laying off 25% of its staff.",
    "We are letting go of about 60 people today.",
    "Acme Robotics cut 80 jobs this week.",
    "Today, Acme announced layoffs affecting 15% of its workforce.",
    "We've had to make the painful decision to lay off 30 members of our team.",
    "Despite strong growth, we are laying off 10% of our team.",
]
NOT_LAYOFFS = [
    "No layoffs are planned.",
    "We have never had layoffs in our 12-year history.",
    "We did not lay off a single employee during the pandemic.",
    "Layoffs are not on the table.",
    "To avoid layoffs, we cut executive pay.",
    "Manage layoffs compassionately with Acme Offboarding.",
    "Acme provides outplacement services for companies going through layoffs.",
    "HR teams use Acme to plan workforce reductions.",
    "Why so many fintechs laid off staff in 2023 \u2014 and what we learned.",
    "Unlike competitors that laid off staff, we kept growing.",
    "Meta laid off 11,000 employees in November 2022.",
    "Over 200,000 tech workers were laid off in 2023.",
    "Tech layoffs continue across the industry.",
    "Were you laid off? We can help you find your next role.",
    "In 2015 I was laid off from my job, which inspired me to start Acme.",
    "Reduce your headcount costs by 30% with automation.",
    "Our customers cut their support headcount by 30% with Acme.",
    "Use our furlough calculator to estimate pay.",
    "Our headcount grew by 40% this year.",
    "We reduced our carbon footprint by 30%.",
    "We cut our onboarding time by 50%.",
    "Acme keeps your warehouse running when workers are laid off or out sick.",
    "Acme has not laid off anyone.",
    "There will be no layoffs.",
    "We aren't planning any layoffs.",
    "We never laid anyone off.",
]


@pytest.mark.parametrize("sentence", LAYOFFS)
def test_the_company_cutting_staff_is_layoffs(sentence):
    assert kinds(sentence) == {"layoffs"}


@pytest.mark.parametrize("sentence", NOT_LAYOFFS)
def test_not_layoffs(sentence):
    assert "layoffs" not in kinds(sentence)


# --- informational kinds and stock phrases ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "kind"), [
    ("Introducing Acme Copilot, now generally available.", "product_launch"),
    ("Acme launches Fleet Manager for warehouse teams.", "product_launch"),
    ("We're excited to welcome Maria Chen as our new CEO.", "leadership"),
    ("Acme appoints John Smith as Chief Financial Officer.", "leadership"),
    ("Jane Doe joins Acme as Chief Revenue Officer.", "leadership"),
])
def test_informational_kinds_do_not_flag(sentence, kind):
    signals = detect_text_signals(sentence, "u", first_snapshot=False, company=COMPANY)
    assert [s.kind for s in signals] == [kind]
    assert not signals[0].flagging


@pytest.mark.parametrize("sentence", [
    "Acme is an award-winning platform.",
    "Read our press release.",
    "Read the press release: Acme is hiring.",
    "Launch your store in minutes.",
    "Download the release notes.",
    "Trusted by 1,200 companies, from startups to the Fortune 500.",
])
def test_stock_phrases_raise_nothing(sentence):
    assert kinds(sentence) == set()


# --- first snapshots, one signal per kind, evidence ------------------------------------------

def test_on_a_first_snapshot_only_shutdown_and_acquisition_count():
    text = ("Acme raised a $20M Series B in 2021.\nWe laid off 10% of our staff in 2023.\n"
            "Acme was acquired by Globex in 2024.\nAcme will shut down on 1 May.")
    assert kinds(text, first_snapshot=True) == {"acquisition", "shutdown"}
    assert kinds(text, first_snapshot=False) == {"funding", "layoffs", "acquisition", "shutdown"}


HEALTHY_FIRST_CRAWL = """Terms of Service
We may suspend or terminate your access to the Services at any time.
Upon termination, your right to use the Services will immediately cease.
If we are acquired by or merged with a third party entity, we reserve the right to transfer information.
Acme may discontinue, temporarily or permanently, the Service or any part of it.
If Acme ceases to do business, we will give you 30 days to export your data.
Should Acme be acquired, these terms will continue to apply.
We will notify you before we shut down any product or feature.
You may close your account at any time from the settings page.
Acme reserves the right to wind down any beta programme without notice.
Lessons from shutting down our first startup
Before Acme, our founders shut down their first company after two years.
Why Quibi shut down after six months
Slack was acquired by Salesforce in 2021, and since then the product has changed a lot.
Figma was acquired by Adobe? Not quite: the deal was abandoned in 2023.
Before Acme, we nearly went out of business.
\u201cWe were close to shutting down our store before we found Acme,\u201d says Maria, owner of Bloom & Co.
Acme acquired DataCo in 2022 to add route planning.
Our talent acquisition team is hiring recruiters in Berlin.
"""


def test_a_healthy_sites_legal_blog_and_about_text_raises_nothing_on_a_first_crawl():
    assert kinds(HEALTHY_FIRST_CRAWL, first_snapshot=True) == set()


def test_one_signal_per_kind_with_the_strongest_sentence_as_evidence():
    text = "The round was led by Index Ventures.\nAcme Robotics raises $32M Series B.\nWe raised our Series B!"
    signals = detect_text_signals(text, "https://acme.example/blog", first_snapshot=False, company=COMPANY)
    assert signals == [Signal("funding", "https://acme.example/blog", "Acme Robotics raises $32M Series B.")]


def test_evidence_is_trimmed_around_the_trigger():
    long = ("Acme Robotics, a company that makes very capable robots for warehouses, has been acquired by Globex, "
            + "which makes many other things for many other industries, " * 8)
    [signal] = detect_text_signals(long, "u", first_snapshot=False, company=COMPANY)
    assert signal.kind == "acquisition" and len(signal.evidence) <= 300
    assert "acquired by Globex" in signal.evidence


def test_sentences_split_on_punctuation_but_not_on_abbreviations_decimals_or_domains():
    text = "Acme Inc. raised $2.5M from Globex Corp. today. Visit acme.com for more!\nA heading\nWhy? Because."
    assert split_sentences(text) == [
        "Acme Inc. raised $2.5M from Globex Corp. today.", "Visit acme.com for more!", "A heading", "Why?", "Because."]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=1500), st.booleans(), st.one_of(st.none(), st.text(max_size=40)))
def test_text_signals_never_raise(text, first, company):
    # the rules themselves, not the public wrapper that turns an exception into "no signal"
    signals = text_signals._detect(text, "u", first_snapshot=first, company=company,
                                   model=None if first else text_signals.text_model())
    assert all(len(s.evidence) <= 300 for s in signals)
    assert len({s.kind for s in signals}) == len(signals)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Acme", "has", "been", "acquired", "by", "Globex", "not", "we", "raised", "$5M", "Series", "A", "shut", "down",
    "laid", "off", "40", "employees", "if", "rumours", "that", "are", "false", ",", ".", "?", "our", "your", "the",
    "company", "joins", "family", "merger", "with", "and", "sunsetting", "layoffs", "\u2014", "(", ")",
]), max_size=40))
def test_text_signals_never_raise_on_trigger_soup(words):
    text_signals._detect(" ".join(words), "u", first_snapshot=False, company=COMPANY, model=text_signals.text_model())
    text_signals._detect(" ".join(words), "u", first_snapshot=False, company=None, model=text_signals.text_model())


# --- registrable domains and redirects -------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("https://www.acme.com/about", "acme.com"),
    ("http://shop.acme.co.uk:8080/x?y=1", "acme.co.uk"),
    ("ACME.COM.", "acme.com"),
    ("acme-robotics.com", "acme-robotics.com"),
    ("https://acme.github.io/", "acme.github.io"),
    ("a.b.herokuapp.com", "b.herokuapp.com"),
    ("http://127.0.0.1:8000/", "127.0.0.1"),
    ("http://[::1]:8080/", "::1"),
    ("http://localhost:8000/", "localhost"),
    ("http://www.site.test/", "site.test"),
    ("https://b\u00fccher.de/", "xn--bcher-kva.de"),
    ("", ""),
])
def test_registrable_domain(value, expected):
    assert registrable_domain(value) == expected


def test_registrable_domain_works_offline(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    fresh = importlib.reload(site_status)  # a new extractor, loading its suffix list now
    try:
        assert fresh.registrable_domain("https://news.bbc.co.uk/") == "bbc.co.uk"
        assert fresh.registrable_domain("https://x.y.example.com.au/") == "example.com.au"
    finally:
        importlib.reload(site_status)


@pytest.mark.parametrize(("url", "final"), [
    ("http://acme.com/", "https://www.acme.com/"),
    ("https://www.acme.com/", "https://acme.com/home"),
    ("https://acme.com/", "https://blog.acme.com/"),
    ("https://acme.com/", None),
    ("https://acme.co.uk/", "https://www.acme.co.uk/"),
])
def test_same_site_redirects_are_not_domain_redirects(url, final):
    assert detect_domain_redirect(url, final) is None


@pytest.mark.parametrize(("url", "final"), [
    ("http://acme.com/", "https://globex.com/welcome-acme"),
    ("https://acme.io/", "https://acme.ai/"),
    ("https://acme.github.io/", "https://other.github.io/"),
    ("https://acme.co.uk/", "https://acme.com/"),
])
def test_landing_on_another_registrable_domain_is_a_domain_redirect(url, final):
    signal = detect_domain_redirect(url, final)
    assert signal is not None and signal.kind == "domain_redirect" and signal.url == url
    assert final in signal.evidence


# --- parked domains --------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "text"), [
    ("acme.com is for sale", "acme.com\nBuy now for $4,995 or make an offer"),
    ("acme.com", "This domain is for sale!\nSecure checkout."),
    ("", "Buy this domain\nThe domain acme.com may be for sale by its owner!"),
    ("acme.com", "Related Searches\nBusiness Software\nCloud Storage\nThis Web page is parked free, courtesy of GoDaddy.com."),
    ("acme.com", "Related Searches\nCRM Software\nWeb Hosting\nSmall Business Loans\nEmail Marketing"),
    ("", "This domain has expired. Renew this domain now."),
    ("acme.com - sedoparking.com", "The domain owner is accepting offers for acme.com."),
])
def test_parking_and_for_sale_pages_by_content(title, text):
    signal = detect_parked_domain("https://acme.com/", "https://acme.com/", title, text)
    assert signal is not None and signal.kind == "parked_domain"


@pytest.mark.parametrize("final", [
    "https://www.sedoparking.com/acme.com", "https://acme.com.parkingcrew.net/", "https://dan.com/buy-domain/acme.com",
    "https://www.hugedomains.com/domain_profile.cfm?d=acme.com", "https://www.afternic.com/forsale/acme.com",
    "https://www.godaddy.com/forsale/acme.com", "http://ww1.bodis.com/?d=acme.com",
])
def test_landing_on_a_parking_service_is_parked(final):
    signal = detect_parked_domain("https://acme.com/", final, "", "")
    assert signal is not None and signal.kind == "parked_domain" and final in signal.evidence


def test_a_javascript_lander_is_recognised_by_its_scripts():
    hints = "https://www.google.com/adsense/domains/caf.js?abp=1"
    assert detect_parked_domain("https://acme.com/", None, "", "", hints) is not None
    assert detect_parked_domain("https://acme.com/", None, "", "", "/static/app.js") is None


@pytest.mark.parametrize(("title", "text"), [
    ("Acme Robotics", "Robots that pick and pack\nBook a demo"),
    ("Domain names explained", "Why you should buy this domain name early: " + "a long article about brands. " * 100),
    ("Acme Search", "Related searches help shoppers find products. " * 80),
    ("Acme Registrar", "Find your perfect domain. Search millions of names and register today."),
])
def test_normal_pages_are_not_parked(title, text):
    assert detect_parked_domain("https://acme.com/", "https://www.acme.com/", title, text) is None


# --- hosting placeholders --------------------------------------------------------------------

@pytest.mark.parametrize(("title", "text"), [
    ("Site not found \u00b7 GitHub Pages", "404\nThere isn't a GitHub Pages site here."),
    ("Heroku | No such app", "There's nothing here, yet."),
    ("Site not found", "Looks like you followed a broken link or entered a URL that doesn't exist on this site."),
    ("", "404: NOT_FOUND\nCode: DEPLOYMENT_NOT_FOUND"),
    ("Domain not configured", "This domain is not configured."),
    ("This site can\u2019t be reached", "acme.com refused to connect."),
    ("Account Suspended", "This Account has been suspended. Contact your hosting provider."),
    ("Website Expired", "This website has expired."),
    ("", "Fastly error: unknown domain: acme.com"),
    ("Welcome to nginx!", "If you see this page, the nginx web server is successfully installed."),
])
def test_host_placeholder_pages_are_dead(title, text):
    assert detect_dead_page(200, title, text)


@pytest.mark.parametrize(("title", "text"), [
    ("Site Not Found", "Well, this is awkward. The site you're looking for is not here."),
    ("Error", "Error. Page cannot be displayed. Please contact your service provider for more details."),
    ("", "It works!"),
    ("Index of /", "Index of /\ncgi-bin/\nApache Server at acme.com Port 443"),
    ("Default Web Site Page", "If you are the owner of this website, please contact your hosting provider."),
    ("Hosting Panel", "Congratulations! Your hosting account is ready. Upload your website files to replace this page."),
    ("Suspended", "This website has been suspended by the administrator."),
    ("IIS Windows Server", "Internet Information Services\nWelcome"),
    ("Test Page for the HTTP Server on Rocky Linux", "This page is used to test the proper operation of an HTTP server."),
    ("Error 404 - Not Found", "The page you requested was not found on this server."),
    ("", "This site is temporarily unavailable."),
    ("Welcome to OpenResty!", "If you see this page, the OpenResty web platform is successfully installed."),
])
def test_generic_placeholders_are_recognised_by_what_they_say(title, text):
    found = detect_placeholder_page(title, text, "Acme Robotics")
    assert found is not None and not found.teaser


@pytest.mark.parametrize(("title", "text"), [
    ("Under Maintenance", "We'll be back soon! Sorry for the inconvenience."),
    ("Just a moment...", "Checking your browser before accessing the site."),
    ("Login", "Sign in to continue. Forgot password?"),
    ("Home", "Smarter stock for every pharmacy\nBook a demo"),
])
def test_short_pages_that_are_not_placeholders(title, text):
    assert detect_placeholder_page(title, text, "Acme Robotics") is None


def test_a_coming_soon_page_is_a_teaser_and_the_companys_own_notice_is_not_a_placeholder():
    assert detect_placeholder_page("Website coming soon", "This website is hosted by StackHost.", "Acme").teaser
    assert detect_placeholder_page("Acme \u2014 coming soon", "Acme is getting a new look.", "Acme") is None
    assert detect_placeholder_page("Domain not configured", "acme.com is not configured.", "Acme") is not None
    assert detect_placeholder_page("Acme Robotics", "Robots that pick and pack\nBook a demo", "Acme") is None
    assert detect_placeholder_page("Help", "Site not found? Check the URL. " * 30, "Acme") is None  # not short


def test_a_placeholder_with_sales_copy_is_read_by_its_heading():
    copy = " ".join(["Build your website with our drag-and-drop builder, free SSL and 24/7 support."] * 8)
    assert detect_placeholder_page("Website coming soon", copy, "Acme Robotics").teaser
    assert detect_placeholder_page("Site Not Found", copy, "Acme Robotics") is not None
    # past a few lines, a phrase deep in the text is not what the page is
    assert detect_placeholder_page("Pricing", f"Plans\n{copy} Was your account suspended? Call us.", "Acme") is None


def test_coming_soon_flags_only_where_a_real_site_was_before():
    teaser = "Coming soon\nWe're working hard to launch our new website. Stay tuned!"
    replaced = obs(title="Coming soon", text=teaser, previous=CASINO.replace("Best Online Casino Bonuses 2025",
                                                                              "Acme Robotics"))
    assert "site_down" in page_kinds(replaced)
    relaunch = obs(title="Coming soon", text=teaser, previous=teaser.replace("Stay tuned!", "Soon."),
                   previous_title="Coming soon")
    assert "site_down" not in page_kinds(relaunch)
    first = obs(title="Coming soon", text=teaser, previous=None, previous_status=None, previous_title=None)
    assert "site_down" not in page_kinds(first)
    suspended = obs(title="Account Suspended", text="This account has been suspended.",
                    previous="This account has been suspended.", previous_title="Account Suspended")
    assert "site_down" in page_kinds(suspended)  # still dead: flagged again


def test_a_real_page_mentioning_a_placeholder_phrase_is_not_dead():
    help_text = ("Troubleshooting: if your account is suspended, contact billing. " * 30)
    assert detect_dead_page(200, "Help center", help_text) is None
    assert detect_dead_page(200, "Acme Robotics", "Robots that pick and pack") is None


# --- page and company assessment -------------------------------------------------------------

def obs(url="https://acme.com/", *, home=True, status=200, error=None, final=None, title="Acme Robotics",
        text="Acme Robotics\nRobots that pick and pack", previous="Acme Robotics\nRobots that pick and pack",
        previous_status=200, previous_title="Acme Robotics", hints="", name="Acme Robotics"):
    return PageObservation(name, url, home, status, error, final if final is not None else url, title, text,
                           previous, previous_status, previous_title, hints)


def page_kinds(observation) -> set[str]:
    return {s.kind for s in detect_page_signals(observation)[1]}


def test_an_unchanged_page_has_no_signal():
    comparison, signals = detect_page_signals(obs())
    assert not comparison.changed and signals == []


def test_new_text_is_read_for_signals_and_old_text_is_not():
    old = "Acme Robotics\nWe raised our Series A in 2020."
    assert page_kinds(obs(previous=old, text=old)) == set()
    new = old + "\nAcme Robotics raises $32M Series B led by Northstar."
    assert page_kinds(obs(previous=old, text=new)) == {"funding"}


def test_a_first_snapshot_counts_only_shutdown_and_acquisition():
    text = "Acme Robotics raises $32M Series B.\nAcme Robotics was acquired by Globex in 2023."
    assert page_kinds(obs(previous=None, previous_status=None, previous_title=None, text=text)) == {"acquisition"}


def test_after_an_error_page_the_page_is_read_as_a_first_snapshot():
    text = "Acme Robotics\nWe raised our $10M Series A in 2021.\nAcme Robotics was acquired by Globex in 2023."
    comparison, signals = detect_page_signals(obs(previous="503 Service Unavailable", previous_status=503, text=text))
    assert not comparison.changed and {s.kind for s in signals} == {"acquisition"}


def test_a_changed_title_is_read_too():
    assert page_kinds(obs(title="Acme Robotics is now part of Globex")) == {"acquisition"}


def test_failures_on_the_homepage_are_site_down_and_elsewhere_nothing():
    assert page_kinds(obs(status=None, error="refused")) == {"site_down"}
    assert page_kinds(obs(status=503)) == {"site_down"}
    assert page_kinds(obs(status=404)) == {"site_down"}
    assert page_kinds(obs("https://acme.com/blog", home=False, status=None, error="timeout")) == set()
    assert page_kinds(obs("https://acme.com/blog", home=False, status=503)) == set()
    assert page_kinds(obs(status=403)) == set()  # a bot wall: the site is alive
    assert page_kinds(obs(status=None, error="blocked: private address")) == set()


def test_a_page_that_now_answers_404_is_gone_but_does_not_flag():
    comparison, signals = detect_page_signals(obs("https://acme.com/careers", home=False, status=404))
    assert [s.kind for s in signals] == ["page_gone"] and not signals[0].flagging
    assert page_kinds(obs("https://acme.com/careers", home=False, status=410, previous_status=404)) == set()


def test_a_host_placeholder_on_the_homepage_is_site_down():
    signals = detect_page_signals(obs(title="Site not found \u00b7 GitHub Pages",
                                      text="404\nThere isn't a GitHub Pages site here."))[1]
    assert [s.kind for s in signals] == ["site_down"] and "GitHub Pages" in signals[0].evidence


def test_homepage_redirects_flag_but_other_pages_and_www_do_not():
    assert page_kinds(obs(final="https://globex.com/acme")) >= {"domain_redirect"}
    assert page_kinds(obs(final="https://www.acme.com/")) == set()
    assert page_kinds(obs("https://acme.com/blog", home=False, final="https://globex.com/blog")) == set()


def test_a_redirect_to_a_parking_service_is_parked_not_redirected():
    assert page_kinds(obs(final="https://www.sedoparking.com/acme.com", title="acme.com", text="")) == {"parked_domain"}


def test_text_on_another_domain_counts_only_when_it_names_the_company():
    text = "Globex raises $1B to expand.\nGlobex completes acquisition of Acme Robotics."
    assert page_kinds(obs(final="https://globex.com/", text=text, title="Globex")) >= {"domain_redirect", "acquisition"}
    assert "funding" not in page_kinds(obs(final="https://globex.com/", text=text, title="Globex"))


CASINO = ("Best Online Casino Bonuses 2025\nCompare the top online casinos, welcome bonuses and free spins.\n"
          "Our experts review every casino for licensing, payout speed and game selection so you can play with "
          "confidence.\nResponsible gambling: set limits, never chase losses and seek help if you need it. "
          "Terms and conditions apply to all offers.")


def test_a_homepage_that_lost_the_company_and_all_its_content_is_repurposed():
    signals = detect_page_signals(obs(title="Best Online Casino Bonuses 2025", text=CASINO))[1]
    assert {s.kind for s in signals} == {"domain_repurposed", "major_change"}


def test_a_redesign_that_keeps_the_name_is_not_repurposed():
    redesign = CASINO.replace("Best Online Casino Bonuses 2025", "Acme Robotics: gear that goes further")
    assert page_kinds(obs(title="Acme Robotics | Home", text=redesign)) == {"major_change"}
    assert page_kinds(obs(title="", text="Loading\u2026")) == {"major_change"}  # an empty page is not another business


SHORT_UNRELATED = "Top online casino bonuses\nClaim 200 free spins today. Compare the best slots sites."


def _company_run(home_text, home_title, about_status=404, about_text=""):
    home = obs(title=home_title, text=home_text)
    about = obs("https://acme.com/about", home=False, status=about_status, text=about_text,
                title="About" if about_text else "", previous="About Acme Robotics\nFounded in Pittsburgh",
                previous_title="About")
    return [(page, detect_page_signals(page)[1]) for page in (home, about)]


def test_a_short_unrelated_homepage_is_repurposed_when_the_rest_of_the_site_is_gone():
    assert "domain_repurposed" in {s.kind for s in assess_company(_company_run(SHORT_UNRELATED, "Casino"))}


def test_a_short_unrelated_homepage_is_repurposed_when_the_other_pages_no_longer_name_the_company():
    pages = _company_run(SHORT_UNRELATED, "Casino", about_status=200,
                         about_text="Responsible gambling\nSet limits and never chase losses. Help is available.")
    assert "domain_repurposed" in {s.kind for s in assess_company(pages)}


def test_a_short_unrelated_homepage_alone_says_too_little_unless_it_is_plainly_another_site():
    # a short page without the name says little on its own ...
    home = obs(title="Welcome", text="Smarter stock for every pharmacy\nBook a demo with our team today.")
    assert "domain_repurposed" not in {s.kind for s in assess_company([(home, detect_page_signals(home)[1])])}
    # ... unless it is the kind of page an expired domain is bought for (round 18)
    home = obs(title="Casino", text=SHORT_UNRELATED)
    assert "domain_repurposed" in {s.kind for s in assess_company([(home, detect_page_signals(home)[1])])}


def test_a_short_homepage_is_not_repurposed_while_the_rest_of_the_site_is_the_companys():
    pages = _company_run(SHORT_UNRELATED, "Casino", about_status=200,
                         about_text="About Acme Robotics\nFounded in Pittsburgh")
    assert "domain_repurposed" not in {s.kind for s in assess_company(pages)}
    long_redesign = _company_run(CASINO, "Spring campaign", about_status=200,
                                 about_text="About Acme Robotics\nFounded in Pittsburgh")
    assert "domain_repurposed" not in {s.kind for s in assess_company(long_redesign)}


def test_a_farewell_notice_without_the_name_is_a_shutdown_not_a_repurposed_domain():
    farewell = ("Thank you for eight wonderful years\nWe have made the difficult decision to shut down our "
                "service. Customers will be refunded by April 30.")
    found = {s.kind for s in assess_company(_company_run(farewell, "Thank you"))}
    assert "shutdown" in found and "domain_repurposed" not in found


def test_a_nearly_blank_homepage_is_not_another_business():
    assert "domain_repurposed" not in {s.kind for s in assess_company(_company_run("Loading\u2026", ""))}


def test_assess_company_dedupes_by_kind_and_keeps_page_gone_per_url():
    home = obs()
    blog = obs("https://acme.com/blog", home=False)
    careers = obs("https://acme.com/careers", home=False)
    pages = [
        (blog, [Signal("funding", blog.url, "b"), Signal("page_gone", blog.url, "gone")]),
        (home, [Signal("funding", home.url, "a"), Signal("acquisition", home.url, "c")]),
        (careers, [Signal("page_gone", careers.url, "gone")]),
    ]
    result = assess_company(pages)
    assert [s.kind for s in result] == ["acquisition", "funding", "page_gone", "page_gone"]
    assert result[1].evidence == "a"  # the homepage's evidence first


def test_site_down_when_the_homepage_or_every_url_failed():
    home_down = obs(status=None, error="dns")
    blog = obs("https://acme.com/blog", home=False)
    assert [s.kind for s in assess_company([(home_down, []), (blog, [])])] == ["site_down"]
    all_down = [(obs("https://acme.com/a", home=False, status=502), []), (obs("https://acme.com/b", home=False,
                                                                             status=None, error="tls"), [])]
    [signal] = assess_company(all_down)
    assert signal.kind == "site_down" and "HTTP 502" in signal.evidence and "tls" in signal.evidence
    assert assess_company([(obs(status=None, error="robots.txt disallows"), []), (blog, [])]) == []
    assert assess_company([(obs("https://acme.com/a", home=False, status=404), [])]) == []


def test_signals_are_sorted_most_serious_first():
    home = obs()
    order = ["product_launch", "funding", "layoffs", "domain_redirect", "domain_repurposed", "parked_domain",
             "site_down", "acquisition", "shutdown", "major_change"]
    result = assess_company([(home, [Signal(kind, home.url, kind) for kind in order])])
    assert [s.kind for s in result] == ["shutdown", "acquisition", "site_down", "parked_domain", "domain_repurposed",
                                        "domain_redirect", "layoffs", "funding", "major_change", "product_launch"]
    assert {s.kind for s in result if s.flagging} == FLAGGING_KINDS - {"site_down"} | {"site_down"}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "part of", "counterpart", "partners", "sale of", "led by", "scaled", "no longer", "head of",
    "ahead", "let go", "letting go", "rif", "$", "€", "5m", "acquired", "recommend", "Ünïcode", "x",
    " ", "\t", "-", ".", "2", "_", "é", "\u0301",
]), max_size=12).map("".join))
def test_the_cheap_line_filter_never_drops_a_line_a_keyword_matches(line):
    """The word-by-word pre-filter may let through more lines than the keyword alternation, never
    fewer: otherwise a signal would be missed for speed."""
    from valuation_spiders.analysis.text_signals import _ANY_KEYWORD, _lines_that_may_fire

    lowered = line.lower()
    for first in (False, True):
        if _ANY_KEYWORD[first].search(lowered):
            assert _lines_that_may_fire([lowered], first)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "part of", "counterpart", "sale to", "shares in", "offer for", "new owner", "moved to", "wind", "air",
    "fold", "folds", "mbo", "rif", "lost", "$", "€", "£", "acquired", "Ünïcode", "-", ".", "2", "é", "re", "un",
]), max_size=12).map(" ".join))
def test_the_sentence_filter_by_words_keeps_every_kind_its_keywords_match(sentence):
    """Which kinds' rules read a sentence is decided from its words; a kind whose keyword pattern
    matches the sentence is never left out (it may let more kinds through, never fewer). Phrase
    keywords stand for whole words ("shares in" for the word "shares"), hence words between spaces."""
    from valuation_spiders.analysis.text_signals import _RULES, _WORD, _kinds_of_words

    lowered = sentence.lower()
    may_fire = _kinds_of_words(_WORD.findall(lowered))
    for kind, (prefilter, _) in _RULES.items():
        if prefilter.search(lowered):
            assert kind in may_fire, kind


@pytest.mark.parametrize(
    ("read_before", "previous_status", "expected"),
    [
        (True, None, {"funding", "layoffs"}),  # a page new to a company read before: all its text is news
        (True, 503, {"funding", "layoffs"}),  # the page answered an error until now: same
        (False, None, set()),  # the company's first crawl: funding and layoffs already there are not news
    ],
)
def test_a_url_without_a_previous_page_is_news_only_once_the_company_was_read(read_before, previous_status, expected):
    text = ("Press\nAcme Robotics has raised a $20 million Series B led by Northzone.\n"
            "We are also laying off 40 employees in our sales team.")
    observation = replace(obs("https://acme.com/press", home=False, text=text, title="Press",
                              previous=None if previous_status is None else "Service Unavailable",
                              previous_status=previous_status, previous_title=None),
                          company_read_before=read_before)
    assert page_kinds(observation) & {"funding", "layoffs"} == expected


@pytest.mark.parametrize(
    ("text", "parked"),
    [
        ("This domain has been registered and parked for free courtesy of RegisterNow.", True),
        ("This domain is currently parked.", True),
        ("This Web page is parked FREE, courtesy of GoDaddy.com.", True),
        ("The domain acme.io is parked with Sedo.", True),
        ("Parked Domain name on Hostinger DNS system", True),
        ("This site has been parked for free with NameHost.", True),
        # a car park, a shuttle, valets: "parked" without a domain being parked
        ("Visitors parked their cars behind the studio. This domain of expertise is ours.", False),
        ("Our shuttle is parked at the main entrance; the domain experts meet there.", False),
        ("Cars parked by our valets are insured. Ask the owner for an offer.", False),
    ],
)
def test_a_registrar_parking_statement_is_read_by_its_structure(text, parked):
    found = detect_parked_domain("https://acme.com/", "https://acme.com/", "acme.com", text)
    assert (found is not None and found.kind == "parked_domain") == parked


def test_word_counts_stop_past_the_longest_threshold_but_keep_every_decision():
    assert site_status.count_words("Site not found\n  here ") == 4
    assert site_status.count_words("word " * 5000) == site_status.WORD_COUNT_CAP + 1
    long_default = "Apache2 Default Page\nIt works!\n" + "configuration " * 1200
    assert site_status.detect_dead_page(200, "Apache2 Ubuntu Default Page: It works", long_default) is None
    short_default = "Apache2 Default Page\nIt works!\n" + "configuration " * 300
    assert site_status.detect_dead_page(200, "Apache2 Ubuntu Default Page: It works", short_default)
