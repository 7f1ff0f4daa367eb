"""Round 38 of the detectors (issue 12): cuts told by who leaves, control told by a stake, rounds told by what they became.

Each family below was chosen because independent writers used it: three development sets written this round from one
brief by three helpers who did not see each other's sets (train79: cuts to staff told every way; train80: money raised
told every way; train81: people's own voices and signal words used figuratively), and the misses of the 92 earlier sets
written by many more. Each family is written here in new words, beside its look-alikes.

- Cuts: the company's counted people leaving, where any sentence of the passage tells a cut or a closure; people "let go
  of" by team, trade or count; a consultation on redundancies opened or done, and cuts proposed by count.
- Sales: control changing hands by a majority or controlling stake (bought, sold by the owners, told as a field, the rest
  bought, a new majority owner); a state a "now that" clause takes as known.
- Rounds: new shareholders arriving on the company's cap table; an extension of the company's round; more kinds of round
  told done ("the crowd round closed", "our crowdfunder has closed", "the top-up share offer closed").
- Closures: a company closing while its customers' accounts "will be closed on" a date (and not another business
  closing for good: "our favourite flower farm").
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read, rules_read


@pytest.mark.parametrize(("company", "text", "expected"), [
    # counted people leaving, where the passage tells a cut or a closure (in the same sentence or another)
    ("Marlow Pay", "We've reorganised around two products. Fourteen colleagues are leaving Marlow Pay this week.", {"layoffs"}),
    ("Marlow Pay", "After the restructuring, 22 of our engineers will leave the company in January.", {"layoffs"}),
    ("Marlow Pay", "Marlow Pay is becoming a smaller company. Around thirty people have left us this month.", {"layoffs"}),
    ("Marlow Pay", "Not every role carries over into the new plan: 8 colleagues in support and billing will leave.", {"layoffs"}),
    ("Marlow Pay", "We can't afford the team we built. Six of us are leaving on Friday.", {"layoffs"}),
    # ... not leavers for other work, no cut told, an earlier year, another company's people
    ("Marlow Pay", "We're restructuring our pricing. Two engineers are leaving us to start their own company.", set()),
    ("Marlow Pay", "Three colleagues are leaving this month. We wish them luck in their next adventures.", set()),
    ("Marlow Pay", "In 2025 we went through a restructuring and 20 people left Marlow Pay.", set()),
])
def test_people_leaving_where_a_cut_is_told(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Orchard & Vane", "Orchard & Vane has let go of its Madrid design team this week.", {"layoffs"}),
    ("Orchard & Vane", "Orchard & Vane has let go of its entire Leeds support team, about 11 people.", {"layoffs"}),
    ("Orchard & Vane", "This autumn Orchard & Vane let go of seven surveyors as two contracts ended early.", {"layoffs"}),
    ("Orchard & Vane", "We've let go of 12 tradesmen as orders slowed.", {"layoffs"}),
    # ... not things let go of
    ("Orchard & Vane", "We let go of two offices this year.", set()),
    ("Orchard & Vane", "We let go of three big clients this year.", set()),
    ("Orchard & Vane", "Orchard & Vane let go of its Madrid lease.", set()),
    ("Orchard & Vane", "We have let go of our old habits.", set()),
])
def test_people_let_go_of_by_team_trade_or_count(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Hollin Foods", "Hollin Foods has begun a redundancy consultation affecting 35 roles at its Derby plant.", {"layoffs"}),
    ("Hollin Foods", "We have opened a collective consultation with 60 staff on proposed redundancies.", {"layoffs"}),
    ("Hollin Foods", "Hollin Foods has proposed cutting 25 roles in its logistics team.", {"layoffs"}),
    ("Hollin Foods", "Hollin Foods is beginning a collective consultation process covering around 90 employees.", {"layoffs"}),
    # ... not a consultation on anything else, with customers, on what could come, or a client's
    ("Hollin Foods", "We have opened a consultation on our new delivery charges.", set()),
    ("Hollin Foods", "We have started a consultation with residents on the plans for the new depot.", set()),
    ("Hollin Foods", "We have started a consultation on proposals that could affect up to 40 roles. No decisions have been made.",
     set()),
    ("Halberd Law", "We advised Dunmere Retail as it began a collective consultation covering 200 store roles.", set()),
])
def test_a_consultation_on_redundancies(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tansy Mills", "Greywell Partners has bought a majority stake in Tansy Mills.", {"acquisition"}),
    ("Tansy Mills", "The founders of Tansy Mills have sold a controlling stake in the business to Orrin Capital.",
     {"acquisition"}),
    ("Tansy Mills", "Tansy Mills: controlling stake (65%) sold to Orrin Capital", {"acquisition"}),
    ("Tansy Mills", "Tansy Mills has a new majority owner, Orrin Capital.", {"acquisition"}),
    ("Tansy Mills", "Orrin Capital, which already held 30% of Tansy Mills, has bought the remaining shares.", {"acquisition"}),
    # ... not a minority, the company buying another, a plan, an earlier year
    ("Tansy Mills", "Greywell Partners has bought a minority stake in Tansy Mills.", {"funding"}),  # (an investment)
    ("Tansy Mills", "Tansy Mills has bought a majority stake in Corrie Looms.", set()),
    ("Tansy Mills", "The founders plan to sell a controlling stake in Tansy Mills next year.", set()),
    ("Tansy Mills", "Greywell Partners bought a majority stake in Tansy Mills in 2023.", set()),
])
def test_control_changing_hands_by_a_stake(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Wrenbury", "Will my plan change now that Wrenbury is owned by Castor Group? No, it stays the same.", {"acquisition"}),
    ("Wrenbury", "Now that the round has closed, Wrenbury is hiring eight engineers.", {"funding"}),
    # ... a season or another company's state
    ("Wrenbury", "Now that the evenings are lighter, we are open until 8pm.", set()),
    ("Wrenbury", "Will you close now that Globex has been acquired?", set()),
])
def test_a_state_a_now_that_clause_takes_as_known(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_deal_closing_is_no_closure_of_the_company():
    # the buyer's page: the deal closed, the company goes on
    text = "Our founder stays on as chair now that Castor's purchase of the company has closed."
    assert "shutdown" not in rules_read(text, "Castor Group")


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pellucid", "Harrow Peak Ventures has joined our cap table.", {"funding"}),
    ("Pellucid", "This month we welcomed two family offices onto our cap table.", {"funding"}),
    ("Pellucid", "Pellucid has welcomed Harrow Peak to its cap table.", {"funding"}),
    ("Pellucid", "Our cap table grew by forty names this month.", {"funding"}),
    # ... not staff options, the product, a wish, another company's, an earlier year
    ("Pellucid", "Every employee joined our cap table through the option scheme.", set()),
    ("Pellucid", "Manage your cap table in minutes with Pellucid.", set()),
    ("Pellucid", "We hope to welcome more investors onto our cap table next year.", set()),
    ("Pellucid", "We advised Corvan Robotics as it welcomed three new investors onto its cap table.", set()),
    ("Pellucid", "In 2024 Harrow Peak Ventures joined our cap table.", set()),
])
def test_new_shareholders_on_the_cap_table(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tillage", "Tillage has secured an extension of its seed round, adding $2 million from existing backers.", {"funding"}),
    ("Tillage", "Corran Ventures led a $3m extension of our Series A this month.", {"funding"}),
    ("Tillage", "A £900k extension to Tillage's seed was signed on Thursday.", {"funding"}),
    ("Tillage", "Tillage's seed extension ($1.2M) closed on Monday.", {"funding"}),
    ("Tillage", "Seed extension closed.", {"funding"}),
    # ... not planned, another company's, a loan or a deadline
    ("Tillage", "We plan to raise an extension of our seed next year.", set()),
    ("Tillage", "Globex closed an extension of its seed round.", set()),
    ("Tillage", "Our portfolio company Globex closed an extension of its seed round this month.", set()),
    ("Tillage", "The bank agreed an extension of our credit line.", set()),
])
def test_an_extension_of_the_companys_round(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Brewgate", "The crowd round closed last night at £540,000.", {"funding"}),
    ("Brewgate", "Our crowdfunder has closed: 900 of you are now shareholders.", {"funding"}),
    ("Brewgate", "The top-up share offer closed at £210,000.", {"funding"}),
    # ... still open, short of its target
    ("Brewgate", "The crowd round closes on Friday.", set()),
    ("Brewgate", "Our crowdfunder has closed and we did not hit the target.", set()),
])
def test_more_kinds_of_round_told_done(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Larch Money", "Larch Money is closing, and your account will be closed on 31 January.", {"shutdown"}),
    ("Larch Money", "Your account will be closed on 31 January if you do not verify it.", set()),
    ("Larch Money", "Our office is closed on 25 December.", set()),
    ("Ferndale Bakes", "Our favourite flower farm is closing after 40 years as the owners retire.", set()),
])
def test_closures_told_with_a_date(company, text, expected):
    assert rules_read(text, company) == expected


def test_layoffs_from_people_leaving_are_not_read_on_a_first_crawl():
    text = "We've reorganised around two products. Fourteen colleagues are leaving Marlow Pay this week."
    assert first_read(text, "Marlow Pay") == set()
