"""Round 21 of the detectors (issue 12): owners by their own names, dated sales, emoji and accents, and events told in
long, informal or translated sentences.

Found on the development sets written this round (train34: long sentences; train35: informal text written fast;
train36: compressed and translated; train37: the ordinary web of a portfolio). Each family is written here in new words,
beside the look-alikes it must not catch. A sale dated in an earlier year is history now, as a round or cuts were
(README, Signals): the sets written since train26 and this project's brief label it so.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds


@pytest.mark.parametrize(("company", "text", "expected"), [
    # an owner told by a firm's name, "now" after it too; a name of two words with no firm word stays unread (a review
    # found sectors, slogans, badges and places read as owners: "a Digital Marketing company", "a Lake District company")
    ("Pulsebeam", "Pulsebeam is a Corvane Group company now.", {"acquisition"}),
    ("Pulsebeam", "Pulsebeam, an Orlo Holdings company.", {"acquisition"}),
    ("Pulsebeam", "Pulsebeam is a Corvane Health company.", set()),
    ("Pulsebeam", "Pulsebeam is a Digital Marketing company.", set()),
    ("Pulsebeam", "Pulsebeam is a Living Wage company now.", set()),
    ("Pulsebeam", "Pulsebeam is a Boston company now.", set()),
    # ... not a badge, a label, a programme or a place
    ("Pulsebeam", "Pulsebeam is a Living Wage company.", set()),
    ("Pulsebeam", "Pulsebeam is a Founders Factory company.", set()),
    ("Pulsebeam", "Pulsebeam is a Made In Britain company.", set()),
    ("Pulsebeam", "Pulsebeam is a Good Business Charter company.", set()),
    ("Pulsebeam", "Pulsebeam is a Hudson Valley company.", set()),
    ("Pulsebeam", "Pulsebeam, a Cape Town company.", set()),
    ("Pulsebeam", "Pulsebeam is a Fast Growing company.", set()),
    ("Pulsebeam", "Pulsebeam is a Digital Catapult company.", set()),
    ("Pulsebeam", "Pulsebeam is an Investors In People company.", set()),
    ("Pulsebeam", "Part of Something Bigger.", set()),
])
def test_an_owner_by_a_firms_name(company, text, expected):
    assert first_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # a sale dated in an earlier year is history; this year's, or an undated one, is news
    ("Harwick Clinics", "Harwick Clinics was acquired by Carrowmore Health in 2023.", set()),
    ("Harwick Clinics", "Harwick Clinics has been part of Carrowmore Health since 2022, when Carrowmore bought the practice.",
     set()),
    ("Harwick Clinics", "Harwick Clinics has been a Vantorix company since 2021, and 2026 is our best year yet.", set()),
    ("Harwick Clinics", "Harwick Clinics was acquired by Carrowmore Health in March.", {"acquisition"}),
    ("Harwick Clinics", "Harwick Clinics has been part of Carrowmore Health since January 2026.", {"acquisition"}),
    # (a year in an aside dates the aside, not the sale)
    ("Harwick Clinics", "Harwick Clinics, which has run clinics in Leeds since 2019, has been acquired by Carrowmore Health.",
     {"acquisition"}),
    ("Harwick Clinics", "Carrowmore Health has acquired Harwick Clinics, whose founder retired last year.", {"acquisition"}),
    ("Harwick Clinics", "Harwick Clinics has run clinics since 2019 and has been acquired by Carrowmore Health.", {"acquisition"}),
    ("Harwick Clinics", "Harwick Clinics has been acquired by Carrowmore Health (our partner since 2019).", {"acquisition"}),
    ("Harwick Clinics", "Harwick Clinics, which laid off staff in 2024, has been acquired by Carrowmore Health.", {"acquisition"}),
    ("Harwick Clinics", "After a record year in 2025, Harwick Clinics has been acquired by Carrowmore Health.", {"acquisition"}),
    ("Harwick Clinics", "Harwick Clinics has been acquired by Initech - it had been part of Carrowmore since 2022.",
     {"acquisition"}),
])
def test_a_sale_under_an_earlier_date(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # an emoji where a full stop or a semicolon would be
    ("Puffin Parcels", "Puffin Parcels is folding \U0001f622 no more bookings from today", {"shutdown"}),
    ("Puffin Parcels", "Puffin Parcels is folding \U0001f622 No more bookings from today", {"shutdown"}),
    ("Puffin Parcels", "we raised \U0001f964\U0001f964 $2.2m seed led by Redkite Equity", {"funding"}),
    ("Puffin Parcels", "puffin parcels got acquired by Orbisoft \U0001f91d deal closed friday", {"acquisition"}),
    # ... an emoji in a clause is no word and no stop
    ("Puffin Parcels", "Puffin Parcels is folding \U0001f4e6 boxes by hand for the holiday rush", set()),
    ("Puffin Parcels", "we're not closing \U0001f60a just moving to a bigger unit", set()),
    ("Puffin Parcels", "Puffin Parcels closed \U0001f389 its best year ever", set()),
    ("Puffin Parcels", "Puffin Parcels is closed \U0001f384 for Christmas", set()),
    ("Puffin Parcels", "Puffin Parcels raised $5M \U0001f389 in 2024", set()),
    ("\u00c2n", "An investor has been acquired by Globex.", set()),
    # accents: the reader sees text without them, the name matches both ways
    ("Quarry Lane Cafe", "Quarry Lane Caf\u00e9 has closed for good.", {"shutdown"}),
    ("Sen V\u00e0ng", "Sen Vang Technology has raised $5 million in a Series A.", {"funding"}),
])
def test_emoji_and_accents(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # staff counted as what is reduced, removed or told their jobs end
    ("Tallinna Data", "Tallinna Data reduces 35 positions in its support centre.", {"layoffs"}),
    ("Tallinna Data", "Tallinna Data reduced 25 personnel of the technical department.", {"layoffs"}),
    ("Tallinna Data", "Tallinna Data will reduce approx. 70 persons through voluntary retirement.", {"layoffs"}),
    ("Tallinna Data", "Tallinna Data cut 30% staffs to optimise the operating cost.", {"layoffs"}),
    ("Tallinna Data", "Because we cannot move them, 14 roles at Tallinna Data are being eliminated.", {"layoffs"}),
    ("Tallinna Data", "Tallinna Data is closing its plant. All 25 employees have received their dismissal.", {"layoffs"}),
    ("Tallinna Data", "Tallinna Data is closing. Everyone got laid off on Friday, me included.", {"layoffs", "shutdown"}),
    ("Tallinna Data", "The whole team of 15 at Tallinna Data has been let go.", {"layoffs"}),
    ("Tallinna Data", "Today I had to tell 28 people that their roles are being eliminated.", {"layoffs"}),
    ("Tallinna Data", "This morning we told 24 colleagues that their jobs at Tallinna Data are ending.", {"layoffs"}),
    ("Tallinna Data", "Today we informed 30 persons that their employment ends.", {"layoffs"}),
    # ... not errors, steps, hours, access roles, another employer, a day off
    ("Tallinna Data", "Tallinna Data reduced 25 errors in the app.", set()),
    ("Tallinna Data", "Tallinna Data reduced 5 drivers' hours over the holidays.", set()),
    ("Tallinna Data", "Tallinna Data removed 55 unused roles from its access-control system.", set()),
    ("Tallinna Data", "Forty roles at Globex were made redundant after it lost the contract.", set()),
    ("Tallinna Data", "This morning we told 24 colleagues that their jobs at Globex are ending.", set()),
    ("Tallinna Data", "Everyone was let go early today because of the snow.", set()),
    ("Tallinna Data", "Everyone was sent home early because of the storm.", set()),
    ("Tallinna Data", "We told 30 staff that their shift ends at 6pm.", set()),
    ("Tallinna Data", "Tallinna Data told 24 people that their employment ends at 65.", set()),
    ("Tallinna Data", "Tallinna Data reduced 12 open positions.", set()),
    ("Tallinna Data", "Tallinna Data reduced 30 staff to a four-day week.", set()),
    ("Tallinna Data", "Tallinna Data reduced 8 managers' bonuses.", set()),
    ("Tallinna Data", "Everyone was dismissed for lunch.", set()),
    ("Tallinna Data", "Everyone was let go at 3pm because of the snow.", set()),
    ("Tallinna Data", "The whole team was eliminated in the semi-final.", set()),
    ("Tallinna Data", "14 roles at our client Globex are being eliminated.", set()),
    ("Tallinna Data", "In my last job I had to tell 28 people that their roles are being eliminated.", set()),
])
def test_staff_counted_as_what_is_cut(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Lindqvist Pay", "Lindqvist Pay is not trading anymore.", {"shutdown"}),
    ("Lindqvist Pay", "Lindqvist Pay announces the closing of its operations.", {"shutdown"}),
    ("Lindqvist Pay", "Lindqvist Pay informs the end of its activities.", {"shutdown"}),
    ("Lindqvist Pay", "Lindqvist Pay announces the cessation of its activities with effect 30 June 2026.", {"shutdown"}),
    ("Lindqvist Pay", "Lindqvist Pay has entered the liquidation process.", {"shutdown"}),
    ("Lindqvist Pay", "Lindqvist Pay has been put in liquidation by its shareholders.", {"shutdown"}),
    ("Lindqvist Pay", "Lindqvist Pay is in the process of dissolution and liquidation.", {"shutdown"}),
    # ... one place, a season, another relationship, a subsidiary, a client, a product's version, a deal closing
    ("Lindqvist Pay", "Our Leeds shop is not trading anymore.", set()),
    ("Lindqvist Pay", "We're not trading anymore on Etsy - shop on our website instead.", set()),
    ("Lindqvist Pay", "People think Lindqvist Pay is not trading anymore, but we are.", set()),
    ("Lindqvist Pay", "Lindqvist Pay is in the process of liquidation of its old stock.", set()),
    ("Lindqvist Pay", "Lindqvist Pay has entered the bankruptcy proceedings against Globex.", set()),
    ("Lindqvist Pay", "Lindqvist Pay Air has laid off 40 staff.", {"layoffs"}),
    ("Lindqvist Pay", "Lindqvist Pay announces the end of its operations in Texas.", set()),
    ("Lindqvist Pay", "Lindqvist Pay celebrates the end of its activities for the season.", set()),
    ("Lindqvist Pay", "Lindqvist Pay announced the end of its business with Globex.", set()),
    ("Lindqvist Pay", "Lindqvist Pay has entered the liquidation process of its Brazilian subsidiary.", set()),
    ("Lindqvist Pay", "Our client Globex is in the process of liquidation.", set()),
    ("Glimmer Apps", "Glimmer 2 is discontinued, and every Glimmer 2 user gets Glimmer 3 for free.", set()),
    ("Lindqvist Pay", "The $35 million Series B that Lindqvist Pay closed funded the first trial.", set()),
])
def test_the_end_of_a_business_in_other_words(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Larkspur Analytics", "Elmstead Ventures invested $3.5 million in our seed round, which closed last week.", {"funding"}),
    ("Larkspur Analytics", "2,314 of you invested a total of \u00a31.1m in Larkspur Analytics through our crowdfunding campaign.",
     {"funding"}),
    ("Larkspur Analytics", "Our seed round has now closed.", {"funding"}),
    ("Larkspur Analytics", "Larkspur Analytics' Series A closed on Friday.", {"funding"}),
    ("Larkspur Analytics", "Congrats on the raise, Larkspur! Well deserved.", {"funding"}),
    ("Larkspur Analytics", "Congrats on the raise and the new investors!", {"funding"}),
    ("Larkspur Analytics", "Congrats on the seed round!", {"funding"}),
    ("Larkspur Analytics", "Our Series A, which was finally signed on the last Friday of January, has been led by Marrow "
     "Ventures.", {"funding"}),
    # ... investors who invested before, a condition, another company's round, a dated one, a question
    ("Larkspur Analytics", "Investors who invested in our seed round get a discount.", set()),
    ("Larkspur Analytics", "Once our seed round has closed, we will hire.", set()),
    ("Larkspur Analytics", "Globex's seed round has closed.", set()),
    ("Larkspur Analytics", "Our seed round closed in 2024.", set()),
    ("Larkspur Analytics", "Congrats to Globex on the raise!", set()),
    ("Larkspur Analytics", "Congrats on the raise in 2023!", set()),
    # (a bare "raise" is a pay rise as often: "Congrats on the raise, now here's how to budget it")
    ("Larkspur Analytics", "Congrats on the raise, now here's how to budget it.", set()),
    ("Larkspur Analytics", "Congrats on the raise, Globex!", set()),
    ("Larkspur Analytics", "Congrats to the Globex team on the raise!", set()),
    ("Larkspur Analytics", "Elmstead declined to invest in our seed round.", set()),
    ("Larkspur Analytics", "Invest in our seed round today!", set()),
    ("Larkspur Analytics", "Globex invested $3.5M in its seed round.", set()),
    ("Larkspur Analytics", "Our first round is done; the second round starts in May.", set()),
    ("Larkspur Analytics", "Our crowdfunding campaign has closed without reaching its target.", set()),
    ("Larkspur Analytics", "When our seed round has closed, we will hire.", set()),
    ("Larkspur Analytics", "Our Series A, which closed in 2021, was led by Marrow Ventures.", set()),
    ("Larkspur Analytics", "Is our seed round closed?", set()),
])
def test_a_round_told_by_its_investors_and_its_close(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Finchbank", "Finchbank passes under the control of Sfera Holding S.p.A.", {"acquisition"}),
    ("Finchbank", "Finchbank has come under the control of Sfera Holding.", {"acquisition"}),
    ("Finchbank", "Obelisk Holdings has acquired a 70% majority stake in Finchbank.", {"acquisition"}),
    ("Finchbank", "Finchbank became a consolidated subsidiary of Minato Denki Corporation.", {"acquisition"}),
    # ... a product in control, a fleet, history; "has combined with" is not read (integrations, data and partners are
    # told so as often as mergers: "has combined with Salesforce")
    ("Finchbank", "Finchbank comes under the control of Microsoft Intune.", set()),
    ("Finchbank", "Finchbank has combined with Salesforce.", set()),
    ("Finchbank", "Finchbank's fleet came under the control of Globex Logistics.", set()),
    ("Finchbank", "The region passed under the control of Rome in 200 BC.", set()),
])
def test_control_passing(company, text, expected):
    assert kinds(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    # informal posts' shortenings of the words of a sale, a cut and a round
    ("Snorkel HQ", "snorkel hq got acq'd by Orbisoft, deal closed friday", {"acquisition"}),
    ("Snorkel HQ", "snorkel hq got acqd by Orbisoft", {"acquisition"}),
    ("Snorkel HQ", "Snorkel HQ has layed off 20 staff.", {"layoffs"}),
    ("Snorkel HQ", "snorkel hq just closed our srs A, $8m w/ Saltmarsh VC leading", {"funding"}),
    # ... not the company's, not done, not another sense
    ("Snorkel HQ", "Globex got acq'd by Initech.", set()),
    ("Snorkel HQ", "Did Snorkel HQ get acq'd by Globex?", set()),
    ("Snorkel HQ", "Our acq team is hiring.", set()),
    ("Snorkel HQ", "Customer acq costs fell 20% this quarter.", set()),
    ("Snorkel HQ", "Snorkel HQ has not layed off anyone.", set()),
    ("Snorkel HQ", "The srs A deck is in the data room.", set()),
])
def test_informal_shortenings(company, text, expected):
    assert kinds(text, company) == expected
