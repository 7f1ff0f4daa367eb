"""Round 9 of the detectors (issue 12): sentences as a reader splits them, and news told in passing
or about someone else.

Each case comes from a development set's miss or false flag (heldout4 to heldout7, read once they
became development sets), with a twin the change must not break.
"""

from __future__ import annotations

import pytest

from valuation_spiders.analysis.grammar import split_sentences
from valuation_spiders.analysis.text_signals import detect_text_signals


def kinds(text: str, company: str, *, learned: bool = False, first: bool = False) -> set[str]:
    return {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=first, company=company,
                                                learned=learned)}


@pytest.mark.parametrize(("text", "sentences"), [
    ("FINTECH WEEKLY \u25b8 OrbitPay raised a $15M Series A. \u25b8 Clearbook has been acquired by Xero.",
     ["FINTECH WEEKLY", "OrbitPay raised a $15M Series A.", "Clearbook has been acquired by Xero."]),
    ("2026 in review \u2022 Closed \u20ac6M seed round led by Cherry Ventures \u2022 Launched in France",
     ["2026 in review", "Closed \u20ac6M seed round led by Cherry Ventures", "Launched in France"]),
    ("Yonder is now part of Booking Holdings. \U0001f9f3 The app isn't going anywhere.",
     ["Yonder is now part of Booking Holdings. \U0001f9f3", "The app isn't going anywhere."]),
    ("Lumen Forge Pvt. Ltd. has been acquired. The deal closed.", ["Lumen Forge Pvt. Ltd. has been acquired.", "The deal closed."]),
    # a line written in lower case: its sentences too
    ("cinder is shutting down. we're turning off ingestion on nov 30. thanks for everything.",
     ["cinder is shutting down.", "we're turning off ingestion on nov 30. thanks for everything."]),
    # not split: a bullet glued to a word, an abbreviation in lower case
    ("Acme \u2022Pro is out", ["Acme \u2022Pro is out"]),
    ("acme inc. has raised money, approx. ten million.", ["acme inc. has raised money, approx. ten million."]),
])
def test_list_bullets_and_emoji_end_sentences_legal_abbreviations_do_not(text, sentences):
    assert split_sentences(text) == sentences


def test_news_in_a_bulletin_is_each_company_s_own():
    bulletin = ("FINTECH WEEKLY \u25b8 OrbitPay raised a $15M Series A led by Ribbit Capital. \u25b8 Clearbook has been "
                "acquired by Xero; the Clearbook brand will be retired. \u25b8 Lendrift is cutting about 20% of its "
                "staff, per an internal memo seen by us. \u25b8 Also: Stripe is rolling out new payout rails in Brazil.")
    assert kinds(bulletin, "OrbitPay", learned=True) == {"funding"}
    assert kinds(bulletin, "Clearbook", learned=True) == {"acquisition"}
    assert kinds(bulletin, "Lendrift", learned=True) == {"layoffs"}
    assert kinds(bulletin, "Stripe", learned=True) <= {"product_launch"}  # its payout rails; no flag


def test_an_emoji_between_sentences_does_not_carry_a_negation_across():
    assert kinds("Yonder is now part of Booking Holdings. \U0001f9f3 The app isn't going anywhere.", "Yonder") \
        == {"acquisition"}


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a round or cuts in a relative clause set off by commas: background to the main clause
    ("Uplands Analytics is shutting its doors. The startup, which raised $40m in 2025, told customers the "
     "platform would go dark.", "Uplands Analytics", {"shutdown"}),
    ("Parcelry, which raised a $38 million Series B last year, now employs 240 people.", "Parcelry", set()),
    ("Acme, which laid off 40 people, has opened an office in Leeds.", "Acme", set()),
    # ... but dated this year or lately it is news told in passing (round 19: heldout12 and train28 label it so)
    ("Acme, which laid off 40 people in May, has opened an office in Leeds.", "Acme", {"layoffs"}),
    # the same verbs as the main clause's news
    ("Acme has raised $40m, which will fund hiring in Leeds.", "Acme", {"funding"}),
    ("Acme, the Leeds startup, has raised $40m.", "Acme", {"funding"}),
    # a valuation in the aside describes the round that is the news
    ("Fennel's Series C, which values the company at $900M, was led by Ardent.", "Fennel", {"funding"}),
    # a sale or a closure in an aside is still the company's state
    ("Snapdragon Ink, which was acquired by Vellum Corp last month, will keep its offices in Leeds.", "Snapdragon Ink",
     {"acquisition"}),
])
def test_news_told_in_passing(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    ("Congrats to our long-time customer Carepoint on being acquired by Oracle Health! We loved working with them.",
     "Loopwork", set()),
    ("Tallis Health congratulates partner hospital Sunrise Multispeciality on its merger with CarePlus Hospitals.",
     "Tallis Health", set()),
    # congratulating the company itself, or the team, is its own news
    ("Congratulations to the Acme team on joining Globex!", "Acme", {"acquisition"}),
    ("Congratulations to our team on closing our $5M Series A!", "Acme", {"funding"}),
])
def test_congratulating_another_company_on_its_news(text, company, expected):
    assert kinds(text, company, learned=True) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a deal's wording closes, completes or ends a deal, not the company
    ("Deere & Company today announced it has closed its acquisition of Big Sky Ag Inc., a Montana-based developer.",
     "Big Sky Ag Inc.", {"acquisition"}),
    ("Deal closed \u2705 Foxglove has signed a two-year partnership with the NHS South West Data Service.",
     "Foxglove Analytics", set()),
    ("The proposed acquisition of Verdant by Northumbria Power plc has been terminated.", "Verdant Grid", set()),
    # the company itself closing, whatever deal is near
    ("Acme is closing its doors after the sale fell through.", "Acme", {"shutdown"}),
    ("After the merger ended in failure, Acme closed down.", "Acme", {"shutdown"}),
    ("The deal closed and Acme will shut down its platform.", "Acme", {"shutdown"}),
])
def test_a_deal_that_closes_or_ends_is_no_closure(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # another company named by its tie to this one
    ("Riverstone Games' publisher Starward Publishing announced layoffs of 200 staff this week.", "Riverstone Games",
     set()),
    ("Acme's partner Globex has been acquired by Initech.", "Acme", set()),
    # a parent cutting the company's people is the company's news
    ("Acme's parent Globex announced layoffs of 200 staff at Acme.", "Acme", {"layoffs"}),
    ("Globex announced layoffs of 200 Acme staff.", "Acme", {"layoffs"}),
    # none laid off, or a report the company says is wrong
    ("Marigold has laid off zero people since its founding in 2018.", "Marigold", set()),
    ("A report published on Tuesday incorrectly stated that the company had cut 20% of its staff.", "Vantablack", set()),
    ("A report published on Tuesday stated that the company had cut 20% of its staff.", "Vantablack", {"layoffs"}),
])
def test_whose_people_and_whether_any(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # money the company puts into another company, or a controlling stake (a sale, not a round)
    ("Hollis Industrial today announced a minority investment in Fernhill Robotics.", "Hollis Industrial", set()),
    ("Hollis Industrial today announced a $5M investment in Fernhill Robotics.", "Hollis Industrial", set()),
    ("Clearwater Compliance announces majority investment from Summit Ridge Capital", "Clearwater Compliance", set()),
    # the company's own round
    ("Hollis Industrial today announced a $5M investment in Fernhill Robotics.", "Fernhill Robotics", {"funding"}),
    ("Acme today announced a minority investment from Globex.", "Acme", {"funding"}),
    ("Acme has raised a $5M investment in its Series A from Globex.", "Acme", {"funding"}),
])
def test_money_into_others_or_a_controlling_stake_is_no_round(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "dated"), [
    ("Tessellate raised a $21M Series A in 2025.", "Tessellate", True),
    ("2021 \u2014 raised a $3M seed round", "Grove Pay", True),
    ("Back in 2020, when the pandemic hit, we had to furlough half the team for three months.", "Drumroll", True),
    ("In October 2026 we closed a \u00a312m Series A led by Bramble Capital.", "Fernway", False),
    ("Acme, founded in 2019, has raised $5M from Accel.", "Acme", False),
    ("After raising $5M in 2024, Acme has now laid off 30 staff.", "Acme", False),
    ("Acme raised $5M in 2025 and today closed a $20M Series A.", "Acme", False),
])
def test_a_round_or_cuts_dated_before_the_crawl_year_is_history(text, company, dated):
    read_in_2026 = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False,
                                                        company=company, learned=False, year=2026)}
    undated = kinds(text, company)  # no crawl year given: dates are not judged
    assert undated & {"funding", "layoffs"}
    assert (not read_in_2026 & {"funding", "layoffs"}) == dated
    # read in the year of the event itself, it is news
    if dated:
        year = int(next(word for word in text.replace("\u2014", " ").split() if word[:2] in ("19", "20") and word[:4].isdigit())[:4])
        assert {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=False, company=company,
                                                    learned=False, year=year)} & {"funding", "layoffs"}


def test_the_crawl_reads_dates_against_the_fetch_year():
    """From the item's fetched_at to the page's text signals: a new page telling an old round."""
    from itemadapter import ItemAdapter

    from valuation_spiders.analysis.page import analyse_page
    from valuation_spiders.items import SnapshotItem
    from valuation_spiders.pipelines.snapshots import page_input

    html = (b"<html><head><title>Our story</title></head><body><p>Acme raised a $4M seed round in 2024, led by "
            b"Accel.</p><p>We make ledgers for bakeries.</p></body></html>")

    def kinds_read(fetched_at: str) -> set[str]:
        item = SnapshotItem(company_id="rec1", company_name="Acme", url="https://acme.example/story", status=200, body=html,
                        encoding="utf-8", content_type="text/html", fetched_at=fetched_at, company_read_before=True)
        page = page_input(ItemAdapter(item), None, False)
        return {signal["kind"] for signal in analyse_page(page).signals}

    assert page_input(ItemAdapter(SnapshotItem(company_id="rec1", company_name="Acme", url="u",
                                               fetched_at="2026-12-03T10:00:00+00:00")),
                      None, False).read_year == 2026
    assert "funding" not in kinds_read("2026-12-03T10:00:00+00:00")
    assert "funding" in kinds_read("2024-06-01T10:00:00+00:00")


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a verb of dismissal with a counted group of the company's people
    ("Wrenfield is pausing hiring and has let go of 12 contractors, the company told staff.", "Wrenfield", {"layoffs"}),
    ("We've had to let go of seven of our developers after our publisher pulled funding.", "Quokka", {"layoffs"}),
    ("Nexora has cut its Shenzhen hardware team by around 40 people.", "Nexora", {"layoffs"}),
    ("We're cutting ~18% of roles today, mostly in sales and marketing.", "dotpay", {"layoffs"}),
    ("Bramble Mobility has let go of all 140 seasonal fleet operatives.", "Bramble Mobility", {"layoffs"}),
    # the counted group as the subject of the passive
    ("As a result, some positions have been made redundant, affecting 17 of our 90 employees.", "Gullwing", {"layoffs"}),
    ("Halyard has announced a restructuring that will see around 60 roles made redundant.", "Halyard", {"layoffs"}),
    ("All 23 of our employees have been given notice.", "Chirpify", {"layoffs"}),
    # others' people, other things cut, no cut at all
    ("Acme helped customers cut 30% of their support staff costs.", "Acme", set()),
    ("Acme's software lets HR teams cut 20% of admin roles.", "Acme", set()),
    ("Acme will not cut any of its 200 staff.", "Acme", set()),
    ("All staff have been made redundant at Globex, our former supplier.", "Acme", set()),
    ("Acme's tracker shows 500 jobs were cut in fintech this year.", "Acme", set()),
    ("Over 80,000 workers were laid off across 600 companies, says Acme's report.", "Acme", set()),
    ("We laid off 12 people in 2019, all of whom were rehired within six months.", "Acme", set()),
])
def test_counted_people_cut(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    ("Echo Valley Ltd (in creditors' voluntary liquidation). Notice is hereby given that creditors must prove their debts.",
     "Echo Valley", {"shutdown"}),
    ("Arbor Bio Announces Plan of Dissolution", "Arbor Bio", {"shutdown"}),
    ("Copperleaf Pauses Production and Begins Orderly Wind-Down After Failed Fundraise", "Copperleaf", {"shutdown"}),
    ("DRIFT COFFEE CO. \u2014 PERMANENTLY CLOSED. THANK YOU FOR SEVEN GREAT YEARS.", "Drift Coffee Co.", {"shutdown"}),
    ("Glint, Inc. filed a voluntary petition for relief under Chapter 7 of the U.S. Bankruptcy Code.", "Glint", {"shutdown"}),
    ("Polaris Edutech has shut shop.", "Polaris Edutech", {"shutdown"}),
    ("ByteBakery is no more. We've shut everything down.", "ByteBakery", {"shutdown"}),
    ("Goodbye from Nimbus Notes. We're closing the service on 15 January 2027.", "Nimbus Notes", {"shutdown"}),
    ("Beanstalk HQ \u2014 the project management tool for landscapers \u2014 will be discontinued on 1 May.", "Beanstalk HQ",
     {"shutdown"}),
    ("Second Breakfast is closing. We've loved cooking for you.", "Second Breakfast", {"shutdown"}),
    ("cinder is shutting down. we're turning off ingestion on nov 30.", "cinder", {"shutdown"}),
    # a place, another company, a subsidiary, a routine, a process that need not end the company
    ("Our Leeds store - permanently closed.", "Acme", set()),
    ("Globex Ltd (in liquidation) owes Acme money.", "Acme", set()),
    ("Acme Ltd (in administration): trading continues as normal while the administrators seek a buyer.", "Acme", set()),
    ("Acme announced the liquidation of Globex, its former subsidiary.", "Acme", set()),
    ("Acme begins the wind-down of its UK business.", "Acme", set()),
    ("Brackenfield's partner Lyra Bio said its board had adopted a plan of dissolution.", "Brackenfield", set()),
    ("We shut everything down at 6pm on Fridays.", "Acme", set()),
    ("Acme shuts shop early on Fridays.", "Acme", set()),
    ("Our guide explains what a Chapter 7 petition means for creditors.", "Acme", set()),
    ("Crumb is closing its platform to new sign-ups while we scale.", "Crumb", set()),
    ("Brolly Insurance is closing its pet insurance product to new customers.", "Brolly Insurance", set()),
])
def test_the_company_s_end_written_as_a_status(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the company, a verb of getting, and an amount with a noun of funding (or the noun, then its amount)
    ("Lumen Forge announced a $9m extension to its seed round on Thursday, led by Hoxton Ventures.", "Lumen Forge",
     {"funding"}),
    ("Kelpie is stoked to announce a $3.5M seed round led by Paddock Ventures!", "Kelpie", {"funding"}),
    ("Nimbus Notes Completes $5 Million Crowdfunding Campaign on Republic.", "Nimbus Notes", {"funding"}),
    ("Koala Kitchens has banked A$6 million in fresh capital to take its meals national.", "Koala Kitchens", {"funding"}),
    ("Pagalo closes round of USD 5 million with the participation of Kaszek.", "Pagalo", {"funding"}),
    ("Polaris Freight has expanded its Series B to $64M with a new investment from Caspian Growth.", "Polaris Freight",
     {"funding"}),
    ("Drift Coffee Co. has closed its Crowdcube raise at \u00a3640,000, with 1,100 new shareholders.", "Drift Coffee Co.",
     {"funding"}),
    # money that is not the company's round
    ("Acme plans to raise a $5M seed round next year.", "Acme", set()),
    ("Corrie Ventures led the $5M seed round in Bellhaven, a London proptech start-up.", "Corrie Ventures", set()),
    ("Marlow closes $7M in seed sales of its bulbs.", "Marlow", set()),
    ("Wrasse's $5 round of drinks at the summer party was on the house.", "Wrasse", set()),
    ("Marigold Foods is seeking investment of \u00a32 million to build a second kitchen.", "Marigold Foods", set()),
    ("We facilitated $50M in funding for small businesses last quarter.", "Acme", set()),
    ("Acme has deployed $5M in seed investments across 40 startups.", "Acme", set()),
    ("Zephra has been given a $5 million contract by the NHS.", "Zephra", set()),
    ("When Bloom closed its $5M seed round in 2019, it had no revenue.", "Bloom", set()),
    # grants stay apart from rounds, as the development sets label them
    ("Garfish secured \u00a3500k in Innovate UK grant funding to test its motor.", "Garfish", set()),
])
def test_the_general_shape_of_a_raise(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a name of several words is one subject, whatever its words are ("Can" is no modal here)
    ("Tin Can Radio has been acquired by Spotify.", "Tin Can Radio", {"acquisition"}),
    ("Kindling Studio is now owned by Arcadia Interactive.", "Kindling Studio", {"acquisition"}),
    # a buyer named by what it is
    ("Lumen Forge has been acquired by the Sarang Industries conglomerate in an all-cash deal.", "Lumen Forge",
     {"acquisition"}),
    ("Cirrhus SAS joins the Thales group: the acquisition was finalised on 3 June.", "Cirrhus SAS", {"acquisition"}),
    ("The Globex group has laid off 40 people.", "Acme", set()),
])
def test_names_of_several_words_and_buyers_named_by_what_they_are(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a round told with no amount, or as the subject that brings the money in
    ("small update from us: we closed our pre-seed \U0001f389", "Tern", {"funding"}),
    ("We closed a small angel round from three amazing people.", "ByteBakery", {"funding"}),
    ("cinder just raised. $6M seed, led by Overpass.", "cinder", {"funding"}),
    ("Lantern has raised new money.", "Lantern", {"funding"}),
    ("Nexora's oversubscribed Series B brings in $52M as demand surges.", "Nexora", {"funding"}),
    ("Wren Labs wrapped up its seed-stage accelerator programme with a demo day.", "Wren Labs", set()),
    ("We closed our seed round playbook workshop with 40 founders.", "Loam", set()),
    ("Acme's seed investors include Accel.", "Acme", set()),
    # the team made smaller, counted colleagues leaving in a cut, goodbye to teammates
    ("We've had to reduce our team.", "Mooncake", {"layoffs"}),
    ("Oleander Health GmbH is forced to reduce the team.", "Oleander Health GmbH", {"layoffs"}),
    ("We made the hard decision to reduce our team.", "Drumroll", {"layoffs"}),
    ("An update on the DataDaisy team: we've had to shrink.", "DataDaisy", {"layoffs"}),
    ("Nine of our colleagues are leaving as part of a restructuring.", "Redwood Ledger", {"layoffs"}),
    ("Unfortunately that means saying goodbye to 12 teammates.", "Kiteframe", {"layoffs"}),
    ("We helped customers reduce their team sizes.", "Acme", set()),
    ("Acme had to reduce the team's travel.", "Acme", set()),
    ("Two of our engineers are leaving to start their own company.", "Acme", set()),
    ("We had to cut our marketing budget.", "Acme", set()),
])
def test_rounds_and_cuts_told_without_the_usual_words(text, company, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    ("Pennant has signed a definitive agreement under which Workday will acquire the company.", "Pennant",
     {"acquisition"}),
    ("Loop Holdings, Brightloop's parent, has agreed to sell Brightloop to Zeta Health for an undisclosed amount.",
     "Brightloop", {"acquisition"}),
    ("dotpay s.a. informs that on 2 December the shareholders of the company sold 100% of the shares to the group Nexi.",
     "dotpay", {"acquisition"}),
    ("Rangoli Foods' promoters have sold the company to ITC Ltd for Rs 340 crore.", "Rangoli Foods", {"acquisition"}),
    ("RiverCart and Lakeshop merge to form Watershed Commerce", "Lakeshop", {"acquisition"}),
    ("Kwik-Fix has been picked up by Checkatrade for an undisclosed sum.", "Kwik-Fix", {"acquisition"}),
    ("Copperleaf Games is now a Krafton studio.", "Copperleaf Games", {"acquisition"}),
    # the company selling something of its own, a few shares, press coverage, a badge, others merging
    ("Acme sold its consumer business to Globex.", "Acme", set()),
    ("Acme's founders sold 5% of their shares to Globex.", "Acme", set()),
    ("We sell Acme to hospitals in 40 countries.", "Acme", set()),
    ("Our story was picked up by TechCrunch for its weekly roundup.", "Acme", set()),
    ("Acme is now a Living Wage studio.", "Acme", set()),
    ("Globex and Initech merge to form Umbrella.", "Acme", set()),
])
def test_sales_in_the_words_people_use(text, company, expected):
    assert kinds(text, company) == expected
