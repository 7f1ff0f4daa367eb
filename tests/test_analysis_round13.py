"""Round 13 of the detectors (issue 12): where the trained sentence model may read.

The model reads a sentence only when it is plainly asserted and about the company. Measured on
development sets the model was not trained on (three folds), a third of the news both the rules and
the model missed was news the model was never asked about: a reported "would" taken for a conditional,
a roundup whose other items hedge, "the app maker" or "the distillery" as the company, and people
leaving told without a layoff word. Each case has the look-alikes the change must not open.
"""

from __future__ import annotations

import pytest

from valuation_spiders.analysis.grammar import company_name
from valuation_spiders.analysis.text_signals import detect_text_signals, model_may_read


def kinds(text: str, company: str, *, learned: bool = True) -> set[str]:
    return {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company=company,
                                                learned=learned, year=2026) if s.flagging}


@pytest.mark.parametrize(("kind", "company", "sentence", "may"), [
    # "would" after a verb of telling is a reported "will": a decision
    ("shutdown", "Crossbill", "Crossbill said on Friday it would close its app and return deposits by January.", True),
    ("layoffs", "Lumen Grid", "Employees at Lumen Grid were informed on Wednesday that roughly 90 of them would lose "
                              "their jobs.", True),
    ("shutdown", "Origami Mail", "Founder Kai Tanaka wrote in a short post that Origami Mail would shut down in March.",
     True),
    # ... but not a conditional, a negation or a hedge beside it
    ("layoffs", "Acme", "Acme would cut 120 jobs if the deal fails.", False),
    ("layoffs", "Acme", "Acme said it would cut jobs if the deal fails.", False),
    ("layoffs", "Acme", "Acme said it would not cut jobs.", False),
    ("shutdown", "Acme", "Acme said the app would close unless a buyer is found.", False),
    ("layoffs", "Acme", "Without the contract, Acme would have to lay off 40 people.", False),
    # what is done in place of the news
    ("layoffs", "Larchmont Freight", "Larchmont Freight said it would manage the reduction in hours through unfilled "
                                     "vacancies rather than redundancies.", False),
    ("layoffs", "Acme", "Acme moved the team to four-day weeks instead of layoffs.", False),
    # the company named by its trade, at the start or after an opening phrase
    ("acquisition", "Pocketlog", "The app maker has agreed to be acquired by Match Group for about $110 million.", True),
    ("layoffs", "Glenmore", "The distillery has put 22 staff on temporary lay-off over the winter.", True),
    ("funding", "Tumble", "Backed by a fresh \u20ac7m from Speedinvest, the Vienna startup is opening in Munich.", True),
    # ... but a capitalised name is another company, whatever its last word
    ("funding", "Kittiwake", "The European Investment Bank has signed a \u20ac20 million venture debt agreement with "
                             "Beta Foods.", False),
    ("funding", "Kittiwake", "The Savile Group raised \u00a340m.", False),
    # people leaving, a smaller team: words the model is now asked about
    ("layoffs", "Polder", "25 people are leaving Polder today.", True),
    ("layoffs", "Yarrow", "Yarrow will have 35 fewer people by the end of the month.", True),
    ("layoffs", "Heddle", "Heddle is 30% smaller today than it was yesterday.", True),
])
def test_where_the_model_may_read(kind, company, sentence, may):
    assert model_may_read(kind, sentence, company_name(company)) is may


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a roundup: the items about other companies are left out, and their hedges with them
    ("Tidal Works", "Tidal Works agreed to be acquired by a Norwegian utility for \u00a3210m; separately, Orkney Marine "
                    "raised \u00a35m and Solway Power was fined by the regulator.", {"acquisition"}),
    ("Orinoco Pay", "Tech tracker, week 11: Gridline cut 60 jobs in Denver; Sable Health said it would shut its "
                    "telehealth app, its only product, on 1 May; Orinoco Pay was acquired by a Colombian bank for COP "
                    "180 billion; and Brightfin raised $12m in seed funding.", {"acquisition"}),
    # ... and so is their news: a rival's cuts are not the company's
    ("Crate Street", "Crate Street beat Wall Street estimates and raised its outlook; its rival Homestead Goods said it "
                     "would lay off 200 people and close its Ohio warehouse.", set()),
    # an item that only names the buyer as where the data goes is the company's own news, read whole
    ("Quillon", "Quillon has joined Globex; we are sunsetting the Quillon app and your data will be migrated to Globex.",
     {"acquisition"}),
    # a date is not a name: "the hearing is set for 14 May" stays with the petition it qualifies
    ("Tusker Agritech", "A creditor has filed a winding-up petition against Tusker Agritech, which the company says it "
                        "will oppose; the hearing is set for 14 May.", set()),
    # the other shops unaffected, however they are counted
    ("Loop Lockers", "Loop Lockers is closing its Camden location on 30 June; the other 210 lockers across London are "
                     "unaffected.", set()),
])
def test_items_of_a_roundup(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # counted posts cut on the company's own page, with no one else in the sentence: the company's
    ("Bellwether", "Eight roles were made redundant in the operations team.", {"layoffs"}),
    ("Bellwether", "Around 40 manager positions are removed in the process.", {"layoffs"}),
    ("Bellwether", "Around 40 manager positions will end on Friday.", {"layoffs"}),
    ("Hyperion Foods", "HYPERION FOODS SOLD TO GLOBAL SNACKS GIANT; 200 JOBS TO GO AT LINCOLN PLANT.", {"layoffs"}),
    # ... but not another company's, the sector's, a statistic's, or items of a plan
    ("Bellwether", "Eight roles were made redundant at Globex.", set()),
    ("Bellwether", "In Germany, 40 staff were laid off.", set()),
    ("Bellwether", "Across the sector, 40,000 people were laid off this year.", set()),
    ("Bellwether", "Over 200,000 tech workers were laid off.", set()),
    ("Hexmoor", "Ten roles were cut from the original project plan to save time.", set()),
    # where the people work, between them and the verb; employment ended; everyone released
    ("Quillfeather", "Twelve positions in London will be cut.", {"layoffs"}),
    ("Bellwether", "40 staff in the Berlin office were laid off.", {"layoffs"}),
    ("Snowmelt", "Snowmelt has terminated the employment of 25 warehouse workers.", {"layoffs"}),
    ("Takhi", "All employees have been released.", {"layoffs"}),
    ("Bellwether", "Globex said 40 staff in Berlin were laid off.", set()),
    ("Snowmelt", "Snowmelt has terminated the contract with its cleaning supplier.", set()),
    ("Bellwether", "25 engineers released the new app today.", set()),
    ("Bellwether", "40 staff will go to the Leeds office.", set()),
    ("Bellwether", "Twelve positions in Globex's Leeds office will be cut.", set()),
    ("Bellwether", "We heard 40 employees across Globex and Tern were laid off.", set()),
    ("Bellwether", "Twelve staff released statements on the merger.", set()),
    ("Bellwether", "200 jobs to go to India as we move support offshore.", set()),
    ("Bellwether", "Ten roles were cut from the design team.", {"layoffs"}),
    # posts that "go" somewhere else are not lost
    ("Bellwether", "Our 12 open roles will go live next week.", set()),
    ("Bellwether", "Only 3 roles to go before the team is complete!", set()),
    ("Bellwether", "All 40 positions are going to be filled by June.", set()),
    # a closed crowdfunding campaign, on a reward platform too; not someone else's, not charity
    ("Crumbs", "Our Indiegogo campaign has closed, raising $85,000.", {"funding"}),
    ("Crumbs", "Their Kickstarter campaign has closed, raising $300,000.", set()),
    ("Crumbs", "Our fundraising campaign has closed, raising \u00a312,000 for the food bank.", set()),
])
def test_rules_round13(company, text, expected):
    assert kinds(text, company, learned=False) == expected


@pytest.mark.parametrize(("company", "sentence"), [
    # money that is sales or a price: never a round, whatever the model reads
    ("Garfish", "Garfish has secured \u00a32M in pre-orders from retailers."),
    ("Kittiwake", "Kittiwake has closed $5M in business with angels."),
    ("Wrasse", "Wrasse Series B printers: $250 each"),
    ("Wrasse", "Wrasse signed $3 million of new contracts this quarter."),
])
def test_sales_and_prices_are_left_to_the_rules(company, sentence):
    assert not model_may_read("funding", sentence, company_name(company))
    assert "funding" not in kinds(sentence, company)


def test_a_round_a_year_after_another_is_still_read():
    assert model_may_read("funding", "Acme raised $10M a year after its seed round.", company_name("Acme"))


@pytest.mark.parametrize(("kind", "line", "may"), [
    # a fact sheet's fields, a table's row, a timeline's entry: the company's own facts, whoever fills a field
    ("funding", "Round: Series B | Amount: $40M | Lead investor: Harbor Lane Ventures | Date: Oct 2026", True),
    ("funding", "Series B | Sep 2026 | \u00a318m | Ridgeback Growth", True),
    ("acquisition", "2026 -- Joined the Verdant Group", True),
    ("shutdown", "Status: Liquidation | Incorporated: 2018 | Liquidator appointed: 12 August", True),
    # one field, or prose naming another company, is not a fact line
    ("funding", "Update: Globex raised $5M from Accel.", False),
    ("layoffs", "2000 employees were laid off across the sector.", False),
    ("acquisition", "2024 was the year Globex bought Tern.", False),
    ("funding", "Globex raised $40M in a Series B, the company said.", False),
    ("acquisition", "Globex was acquired by Initech in 2026.", False),
])
def test_fact_lines_are_the_company_s(kind, line, may):
    assert model_may_read(kind, line, company_name("Kestrel")) is may


def test_a_fact_line_dated_before_is_history_for_rounds_not_for_states(monkeypatch):
    """With a model that reads every line as news, a table row of 2021 is no round of this year, while a status
    line is the company's state whatever year it mentions."""
    from valuation_spiders.analysis import text_signals
    from valuation_spiders.analysis.learned import TextModel

    eager = TextModel({"funding": {"<money>": 10.0}, "shutdown": {"liquidation": 10.0}},
                      {"funding": 0.0, "shutdown": 0.0}, 0.6)
    monkeypatch.setattr(text_signals, "text_model", lambda: eager)
    assert kinds("Seed | Mar 2021 | \u00a31.2m | Blue Alder", "Kestrel") == set()
    assert kinds("Series B | Sep 2026 | \u00a318m | Ridgeback Growth", "Kestrel") == {"funding"}
    assert kinds("Status: Liquidation | Incorporated: 2018 | Company no. 11920455", "Kestrel") == {"shutdown"}


@pytest.mark.parametrize(("company", "line", "expected"), [
    # the company's state as a field of its fact sheet or register entry
    ("K2", "Name: K2 Robotics Ltd | Status: Dissolved via compulsory strike-off | Dissolved on: 19 May 2026", {"shutdown"}),
    ("Kestrel", "Founded: 2014 | Company status: wound up", {"shutdown"}),
    ("Plinth", "Profile card -- Plinth | Stage: Acquired | Acquirer: Overbridge | Employees: 11-50", {"acquisition"}),
    ("Canopy9", "Legal name: Canopy9 Technologies BV | Parent company: Hollis Group NV (since 1 May 2026)", {"acquisition"}),
    ("Kestrel", "Legal form: Inc. | Shareholders: Lindgren Automation AB (100%) -- effective 30 January", {"acquisition"}),
    ("Kestrel", "Founded: 2012 | Status: operating as a subsidiary", {"acquisition"}),
    # ... not the buyer's deal sheet, not its list of acquisitions, not a job's or a ticket's status
    ("Nordhaven", "Deal sheet -- Target: Fjordly AS | Acquirer: Nordhaven Group | Status: Completed", set()),
    ("Overbridge", "Profile card -- Overbridge | Stage: Late | Acquisitions: Plinth (2026), Tally Ho (2024)", set()),
    ("Kestrel", "Role: Engineer | Location: Leeds | Status: Closed", set()),
    ("Kestrel", "Ticket: #4411 | Status: Resolved | Owner: Jane", set()),
    ("Kestrel", "Founded: 2014 | Status: Active | Parent: none", set()),
    # one field alone is no fact sheet
    ("Kestrel", "Status: dissolved", set()),
])
def test_state_fields(company, line, expected):
    assert kinds(line, company, learned=False) == expected
