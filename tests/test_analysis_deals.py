"""Round 3 of the deal detectors (funding and acquisition): families of wording read by structure,
each with look-alikes that must not flag. What a user notices is asserted: the kinds flagged and
the sentence shown as evidence. Written for these tests; the dev set holds the same families."""

from __future__ import annotations

import pytest

from tests.text_model_errors import MODEL_MISREAD
from valuation_spiders.analysis.grammar import split_sentences
from valuation_spiders.analysis.text_signals import detect_text_signals

FLAGGING = {"funding", "acquisition", "shutdown", "layoffs"}


def _short_id(value: object) -> str | None:
    """A test's id: the first 60 characters of its text (pytest names the other values itself)."""
    return value[:60] if isinstance(value, str) else None


def _check(text: str, company: str, expected: set[str]) -> None:
    signals = [s for s in detect_text_signals(text, "https://x.example/news", first_snapshot=False, company=company)
               if s.kind in FLAGGING]
    assert {s.kind for s in signals} == expected
    sentences = split_sentences(text)
    for signal in signals:
        assert signal.url == "https://x.example/news"
        assert signal.evidence in sentences  # the sentence that says it, whole


# --- funding: valuations, debt awarded or lent, share issues, equity, closes, project finance ----

@pytest.mark.parametrize(("text", "company", "expected"), [
    ('A $40M Series B led by Quarry Partners values Fennel at $300 million.', 'Fennel', {'funding'}),
    ('Fennel is now valued at $1.2 billion after a $150M Series D led by Ardent Growth.', 'Fennel', {'funding'}),
    ('The new round values Fennel at more than $500 million.', 'Fennel', {'funding'}),
    ('Fennel has been valued at $2bn in a funding round led by Tiger Global.', 'Fennel', {'funding'}),
    ("Fennel's Series C, which values the company at $900M, was led by Ardent.", 'Fennel', {'funding'}),
    ('Analysts value the pet-care market at $40 billion.', 'Fennel', set()),
    ('A Series B led by Quarry Partners values Tern Robotics at $300 million.', 'Fennel', set()),
    ('Fennel values its customers at every stage of their journey.', 'Fennel', set()),
    ('How to value your startup at the seed stage.', 'Fennel', set()),
    ('Greyhill has been awarded a £10 million growth debt facility by Kestrel Bank.', 'Greyhill', set()),  # debt alone: no round since round 20
    ('Greyhill was granted a $25M credit facility from Silicon Harbor Bank.', 'Greyhill', set()),  # debt alone: no round since round 20
    ('Silicon Harbor Bank has provided Greyhill with a $20 million venture debt facility.', 'Greyhill', set()),  # debt alone: no round since round 20
    ('Greyhill has been extended a $5 million line of credit by Wexford Capital.', 'Greyhill', set()),  # debt alone: no round since round 20
    ('Harbor Bank extends $30M term loan to Greyhill.', 'Greyhill', set()),  # debt alone: no round since round 20
    ('Greyhill has been awarded Best Logistics Startup of 2025.', 'Greyhill', set()),
    ('Greyhill was granted a patent for its route-planning engine.', 'Greyhill', set()),
    ('Greyhill helps lenders provide credit facilities to small hauliers.', 'Greyhill', set()),
    ('Greyhill has been awarded a £50,000 innovation grant from Innovate UK.', 'Greyhill', set()),
    ('Fjordlys ASA has completed a private placement of NOK 120 million.', 'Fjordlys', {'funding'}),
    ('Fjordlys successfully completes a directed share issue raising SEK 45 million.', 'Fjordlys', {'funding'}),
    ('Fjordlys announces a fully subscribed €8 million rights issue.', 'Fjordlys', {'funding'}),
    ('Fjordlys carried out a capital increase of EUR 3 million, subscribed by existing shareholders.', 'Fjordlys', {'funding'}),
    ('Fjordlys has closed an oversubscribed NOK 30 million share issue to fund its expansion.', 'Fjordlys', {'funding'}),
    ('Fjordlys helps listed companies run a rights issue in days instead of weeks.', 'Fjordlys', set()),
    ('Our share issue calculator shows dilution before you price a placement.', 'Fjordlys', set()),
    ('Northwind ASA completed a NOK 200 million private placement last week.', 'Fjordlys', set()),
    ('Honeyfield obtains €5 million in equity from regional investors.', 'Honeyfield', {'funding'}),
    ('Honeyfield has received $3M in equity from Baltic Growth Fund.', 'Honeyfield', {'funding'}),
    ('Honeyfield receives EUR 4 million equity investment from Baltic Growth Fund.', 'Honeyfield', {'funding'}),
    ('Honeyfield closes $10 million equity financing led by Harrow Partners.', 'Honeyfield', {'funding'}),
    ('We have taken on £2m of new equity from our existing backers.', 'Honeyfield', {'funding'}),
    ('Honeyfield obtains ISO 27001 certification for its platform.', 'Honeyfield', set()),
    ('Honeyfield helps employees understand the equity they receive.', 'Honeyfield', set()),
    ("Honeyfield's founders still hold 60% of the equity.", 'Honeyfield', set()),
    ('Petalworks today announced the close of an $8 million seed round led by Orchard Ventures.', 'Petalworks', {'funding'}),
    ('Petalworks announces the first close of its Series A.', 'Petalworks', {'funding'}),
    ('Petalworks is pleased to announce the final closing of a €6 million financing round.', 'Petalworks', {'funding'}),
    ('Petalworks confirmed the completion of a $20M Series B.', 'Petalworks', {'funding'}),
    ('First close of our seed round: $2.5M from Orchard Ventures and angels.', 'Petalworks', {'funding'}),
    ('Orchard Ventures announced the final close of its $200 million Fund III.', 'Petalworks', set()),
    ('Petalworks announced the close of its London office.', 'Petalworks', set()),
    ('Petalworks helped Tern announce the close of a $4M seed round.', 'Petalworks', set()),
    ('Sunreach closes $40 million project financing for its Texas solar farms.', 'Sunreach', set()),  # debt alone: no round since round 20
    ('Sunreach has secured €25m in construction financing for its first plant.', 'Sunreach', {'funding'}),
    ('Sunreach closed a $60M tax equity investment from Greenbank.', 'Sunreach', {'funding'}),
    ('Sunreach reaches financial close on a $120 million project finance package.', 'Sunreach', set()),  # debt alone: no round since round 20
    ('Sunreach signs $15M non-recourse debt financing with Nordbank.', 'Sunreach', set()),  # debt alone: no round since round 20
    ('Sunreach helps developers close project financing faster.', 'Sunreach', set()),
    ('Sunreach closes $40 million in contracted sales for 2025.', 'Sunreach', set()),
    ('Our client Helion closed $80 million project financing with our support.', 'Sunreach', set()),
    ('Kilnworth has taken its first outside investment: a £1.2m round led by Moorgate Angels.', 'Kilnworth', {'funding'}),
    ('Kilnworth secured a seven-figure seed investment from Hatch Fund.', 'Kilnworth', {'funding'}),
    ('Kilnworth has been backed with a £3.4m investment from Northgate Equity.', 'Kilnworth', {'funding'}),
    ('Kilnworth announced Wednesday a $3.5 million round from Trailhead Ventures.', 'Kilnworth', {'funding'}),
    ('Kilnworth is raising again: the pottery subscription startup has secured a $30M Series B.', 'Kilnworth', {'funding'}),
    ('Kilnworth has been backed with love by thousands of potters.', 'Kilnworth', set()),
    ('Kilnworth helps studios take their first outside investment.', 'Kilnworth', set()),
    ('Kilnworth announced Wednesday a $3.5 million order from Trailhead Ceramics.', 'Kilnworth', set()),
    ('Loomly has raised $2 million on a convertible note from angel investors.', 'Loomly', {'funding'}),
    ('Loomly closes a $1.5M SAFE round with Wayfarer Capital.', 'Loomly', {'funding'}),
    ('Loomly receives a strategic investment from Siemens.', 'Loomly', {'funding'}),
    ("Loomly's crowdfunding round closed at £900,000 from 1,200 investors.", 'Loomly', {'funding'}),
    ('Siemens has made a strategic investment in Loomly.', 'Loomly', {'funding'}),
    ('Loomly lets founders issue a SAFE in minutes.', 'Loomly', set()),
    ('Loomly made a strategic investment in its data platform this year.', 'Loomly', set()),
    ("Back our crowdfunding campaign for the Loomly children's library.", 'Loomly', set()),
    ('Anchorwell was founded in 2011 and raised its first seed round from Harbour Angels in 2012.', 'Anchorwell', set()),
    ('Founded in 2016, Anchorwell raised a $2M seed round the following year and has been profitable since.', 'Anchorwell', set()),
    ('Anchorwell started in a garage in 2014 and closed its Series A in 2016.', 'Anchorwell', set()),
    ('Founded in 2019, Anchorwell today announced a $12M Series A led by Index Ventures.', 'Anchorwell', {'funding'}),
    ('Anchorwell, founded in 2020, has raised $8M in seed funding led by Ardent.', 'Anchorwell', {'funding'}),
    ('Marlow completes £5m fundraise to expand into Europe.', 'Marlow', {'funding'}),
    ('Marlow closes oversubscribed $7M seed led by Lark Ventures.', 'Marlow', {'funding'}),
    ('We have closed a £2m fundraising led by Haven Capital.', 'Marlow', {'funding'}),
    ('Marlow announces $15M in new funding.', 'Marlow', {'funding'}),
    ("Marlow's fundraising platform helps charities run appeals.", 'Marlow', set()),
    ("Marlow's fundraise toolkit shows founders how to pitch.", 'Marlow', set()),
    ('Marlow closes $7M in seed sales of its bulbs.', 'Marlow', set()),
])
def test_funding_families(text, company, expected):
    _check(text, company, expected)


# --- acquisition: described buyers, mergers, stakes, offers, asset sales, buyouts, new owners ----

@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Gilly has been snapped up by fintech giant Stripe.', 'Gilly', {'acquisition'}),
    ('Gilly was scooped up by US rival Northwind Corp in an all-cash deal.', 'Gilly', {'acquisition'}),
    ('Gilly has been gobbled up by private-equity firm Halden Capital.', 'Gilly', {'acquisition'}),
    ('Gilly has been taken over by industry heavyweight Globex Systems.', 'Gilly', {'acquisition'}),
    ('Gilly was acquired by entertainment giant Stellar Media last week.', 'Gilly', {'acquisition'}),
    ("Gilly's first batch of tickets was snapped up by fans within minutes.", 'Gilly', set()),
    ('Our customer Tern was snapped up by fintech giant Stripe.', 'Gilly', set()),
    ("Gilly's early prototype was picked up by TechCrunch.", 'Gilly', set()),
    ('Larchmont and Pellucid Systems announce a merger of equals.', 'Larchmont', {'acquisition'}),
    ('Larchmont and Pellucid have completed their all-stock merger of equals.', 'Larchmont', {'acquisition'}),
    ('Merger of equals: Larchmont and Pellucid become one company.', 'Larchmont', {'acquisition'}),
    ('Larchmont to merge with Pellucid Systems in a merger of equals.', 'Larchmont', {'acquisition'}),
    ('Larchmont Group and Pellucid Inc. complete merger of equals, forming Larcida.', 'Larchmont', {'acquisition'}),
    ('Our merger of equals checklist helps two boards agree on governance.', 'Larchmont', set()),
    ('Larchmont advised on the merger of equals between Rivet and Quill.', 'Larchmont', set()),
    ('A merger of equals is rarely equal, our CEO writes.', 'Larchmont', set()),
    ('Tallow completes merger with Brightline Energy; combined company to be named Brightlow.', 'Tallow', {'acquisition'}),
    ('Tallow finalises its merger with Brightline Energy.', 'Tallow', {'acquisition'}),
    ('Tallow announced it has closed its merger with Quayside Group.', 'Tallow', {'acquisition'}),
    ('Tallow signs definitive merger agreement with Quayside Group.', 'Tallow', {'acquisition'}),
    ('Tallow Inc. consummates merger with Quayside Holdings.', 'Tallow', {'acquisition'}),
    ("Tallow completes integration with Quayside Group's booking system.", 'Tallow', set()),
    ('Our customer Harlow completes merger with Quayside Group.', 'Tallow', set()),
    ('Tallow helps finance teams complete a merger with fewer surprises.', 'Tallow', set()),
    ('Crestmoor Equity has acquired a majority stake in Pinfold.', 'Pinfold', {'acquisition'}),
    ("Pinfold's founders have sold a controlling stake in the company to Alder Partners.", 'Pinfold', {'acquisition'}),
    ('Alder Partners takes majority ownership of Pinfold.', 'Pinfold', {'acquisition'}),
    ('Pinfold sells 75% stake to Harrow Group.', 'Pinfold', {'acquisition'}),
    ('Pinfold joins the Alder portfolio as Alder Partners acquires a majority of the company.', 'Pinfold', {'acquisition'}),
    ('Alder Partners acquires a controlling interest in Pinfold Ltd.', 'Pinfold', {'acquisition'}),
    ('Pinfold has acquired a majority stake in Tessel Labs.', 'Pinfold', set()),
    ('Alder Partners acquires a majority stake in Tessel Labs.', 'Pinfold', set()),
    ("Pinfold's founders retain a majority stake in the company.", 'Pinfold', set()),
    ('Pinfold helps family offices acquire majority stakes in small firms.', 'Pinfold', set()),
    ('Caraway and its 40 employees have been acquired by Harbinger Systems.', 'Caraway', {'acquisition'}),
    ('Caraway and its whole team have been bought by Halyard Foods.', 'Caraway', {'acquisition'}),
    ('Caraway Ltd has been acquired by Coleman Holdings plc, the companies confirmed on Monday.', 'Caraway', {'acquisition'}),
    ('Caraway has been bought by Halyard Foods plc.', 'Caraway', {'acquisition'}),
    ('Caraway, its team and its technology have been acquired by Halyard Foods.', 'Caraway', {'acquisition'}),
    ('Tern and its 40 employees have been acquired by Harbinger Systems.', 'Caraway', set()),
    ('Caraway and its partners have acquired Tern Ltd.', 'Caraway', set()),
    ("Caraway's customers and their data are never sold to advertisers.", 'Caraway', set()),
    ('The recommended cash offer for Oriel by Granite Bidco has become effective.', 'Oriel', {'acquisition'}),
    ("Granite Bidco's offer for Oriel plc has been declared wholly unconditional.", 'Oriel', {'acquisition'}),
    ('Granite Bidco has completed its tender offer for all outstanding shares of Oriel.', 'Oriel', {'acquisition'}),
    ('The scheme of arrangement for the acquisition of Oriel by Granite Bidco is now effective.', 'Oriel', {'acquisition'}),
    ('Oriel is pleased to announce that the takeover offer by Granite Bidco has become unconditional.', 'Oriel', {'acquisition'}),
    ("Oriel's special offer for new customers has become effective today.", 'Oriel', set()),
    ('Oriel has made a recommended cash offer for Tern plc.', 'Oriel', set()),
    ('The offer for Oriel by Granite Bidco has lapsed.', 'Oriel', set()),
    ('Tollgate has entered administration and its business and assets have been sold to Finch Financial.', 'Tollgate', {'acquisition', 'shutdown'}),
    ('The business and assets of Tollgate Ltd have been purchased by Finch Financial.', 'Tollgate', {'acquisition'}),
    ('Finch Financial has acquired substantially all of the assets of Tollgate.', 'Tollgate', {'acquisition'}),
    ("Substantially all of Tollgate's assets were sold to Finch Financial in a pre-pack deal.", 'Tollgate', {'acquisition'}),
    ("Tollgate's business and assets were bought by Finch Financial.", 'Tollgate', {'acquisition'}),
    ('Tollgate has sold its legacy hardware assets to Finch Financial.', 'Tollgate', set()),
    ('Tollgate helps administrators sell a business and its assets quickly.', 'Tollgate', set()),
    ('Tollgate has acquired the business and assets of Rook Ltd.', 'Tollgate', set()),
    ('Quillon has been bought out by its management team.', 'Quillon', {'acquisition'}),
    ("Quillon's management has completed a buyout of the company from Norgate Capital.", 'Quillon', {'acquisition'}),
    ('Quillon announces a management buyout backed by Ardent Capital.', 'Quillon', {'acquisition'}),
    ('Quillon was acquired by its senior management in a deal backed by Ardent Capital.', 'Quillon', {'acquisition'}),
    ("Quillon's managers have bought the company from its founders.", 'Quillon', {'acquisition'}),
    ('Quillon helps owners plan a management buyout.', 'Quillon', set()),
    ('Our customer Tern completed a management buyout last month.', 'Quillon', set()),
    ("Quillon's management team bought out a rival, Tern Ltd, in 2021.", 'Quillon', set()),
    ('Harlow has changed hands.', 'Harlow', {'acquisition'}),
    ('Harlow is now under new ownership.', 'Harlow', {'acquisition'}),
    ('Harlow has new owners: the Norgate Group completed the purchase on 1 May.', 'Harlow', {'acquisition'}),
    ('After 12 years, the company has changed hands and is now run by the Norgate Group.', 'Harlow', {'acquisition'}),
    ('We are under new ownership as of this month.', 'Harlow', {'acquisition'}),
    ('Domains change hands every day on the Harlow marketplace.', 'Harlow', set()),
    ('Our customer Tern is under new ownership.', 'Harlow', set()),
    ('New owners of a Harlow franchise get six weeks of training.', 'Harlow', set()),
    ("Pendle's team has been acqui-hired by Northwind.", 'Pendle', {'acquisition'}),
    ('Northwind acqui-hires Pendle.', 'Pendle', {'acquisition'}),
    ('The Pendle team has joined Northwind in an acqui-hire.', 'Pendle', {'acquisition'}),
    ('Acqui-hires are on the rise in AI, writes our CEO.', 'Pendle', set()),
    ('Northwind acqui-hires Tern, a Pendle customer.', 'Pendle', set()),
    ('Congratulations to our customer Hexa 5 on its acquisition by Lumina Corp!', 'Tallybank', set()),
    ('Congrats to the Tern team on their acquisition by Globex!', 'Tallybank', set()),
    ("We're proud to have supported Tern through its acquisition by Globex.", 'Tallybank', set()),
    ("Tallybank's co-founder sat on the board of Tern Robotics until its acquisition by Keystone Industrial.", 'Tallybank', set()),
    ('Maya served on the board of Halden until its sale to Globex in 2020.', 'Tallybank', set()),
    ('Tallybank announces its acquisition by Globex.', 'Tallybank', {'acquisition'}),
    ('Tallybank today completed its acquisition by Globex Corp.', 'Tallybank', {'acquisition'}),
    ('Congratulations to the Tallybank team on its acquisition by Globex!', 'Tallybank', {'acquisition'}),
    ('You may have read that Blueprint is being acquired by Globex. We are not.', 'Blueprint', set()),
    ('You might have heard that Blueprint has been sold to Globex. That is not the case.', 'Blueprint', set()),
    ('You may have read that Blueprint is shutting down. We are not.', 'Blueprint', set()),
    ('As you may have heard, Blueprint has been acquired by Globex.', 'Blueprint', {'acquisition'}),
    ('You may have heard the news: Blueprint has been acquired by Globex.', 'Blueprint', {'acquisition'}),
    ('Our parent company, Globex, acquired us last month.', 'Marlow', {'acquisition'}),
    ('Marlow is an Aldgate Group company.', 'Marlow', {'acquisition'}),
    ('Our app will live on as part of Globex Workspace.', 'Marlow', {'acquisition'}),
    ('Marlow sold to Globex in $40M deal.', 'Marlow', {'acquisition'}),
    ('Marlow is a Boston company.', 'Marlow', set()),
    ('Marlow is a Y Combinator company.', 'Marlow', set()),
    ('Our ideas will live on as part of the open-source community.', 'Marlow', set()),
    ('Marlow sold to Walmart and Target in its first year.', 'Marlow', set()),
    ('We sold to Globex for the first time this quarter.', 'Marlow', set()),
    ('Marlow is now employee-owned after the founders sold the company to an employee ownership trust.', 'Marlow', {'acquisition'}),
    ('Marlow has become 100% employee-owned.', 'Marlow', {'acquisition'}),
    ('Marlow has been bought back by its founders from Globex.', 'Marlow', {'acquisition'}),
    ('Marlow accepts takeover offer from Globex Holdings.', 'Marlow', {'acquisition'}),
    ('Marlow helps companies become employee-owned.', 'Marlow', set()),
    ('Marlow has been employee-owned since 1998.', 'Marlow', set()),
    ('Marlow rejects takeover offer from Globex Holdings.', 'Marlow', set()),
])
def test_acquisition_families(text, company, expected):
    _check(text, company, expected)


# --- investors named instead of a round; stakes and share capital; buyers left unnamed -------------

@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Quarrytech welcomes Lark Ventures as a new investor.', 'Quarrytech', {'funding'}),
    ("We're excited to welcome Sequoia Capital as our newest investor.", 'Quarrytech', {'funding'}),
    ('Halden Ventures joins Quarrytech as lead investor in a $6M round.', 'Quarrytech', {'funding'}),
    ('Lark Ventures backs Quarrytech with $3M.', 'Quarrytech', {'funding'}),
    ('Quarrytech has closed a $10M debt round with Keel Bank.', 'Quarrytech', set()),  # debt alone: no round since round 20
    ('Quarrytech welcomes Anna Reyes as Head of Investor Relations.', 'Quarrytech', set()),
    ('We welcome investors to our annual open day.', 'Quarrytech', set()),
    ('Lark Ventures backs Tern Robotics with $3M.', 'Quarrytech', set()),
    ('Quarrytech backs local climbing clubs with $3,000 a year.', 'Quarrytech', set()),
    ('Globex Group has acquired 100% of the shares in Quarrytech.', 'Quarrytech', {'acquisition'}),
    ('Halden Holdings has acquired all of the outstanding shares of Quarrytech.', 'Quarrytech', {'acquisition'}),
    ('Quarrytech has been acquired by an undisclosed buyer.', 'Quarrytech', {'acquisition'}),
    ('Quarrytech was sold to a strategic acquirer last month.', 'Quarrytech', {'acquisition'}),
    ('Quarrytech has acquired 100% of the shares in Tern Ltd.', 'Quarrytech', set()),
    ('Halden Holdings has acquired 20% of the shares in Quarrytech.', 'Quarrytech', {'funding'}),
    ('Globex takes a minority stake in Quarrytech.', 'Quarrytech', {'funding'}),
    ('Quarrytech has taken a minority stake in Tern Ltd.', 'Quarrytech', set()),
    ("Quarrytech's reports are bought by buyers in 30 countries.", 'Quarrytech', set()),
    ('You may have heard that Blueprint has been acquired by Globex, and we are thrilled.', 'Blueprint', {'acquisition'}),
    ('Ravelin and Globex are merging their calendars into one shared view.', 'Ravelin', set()),
    ('Ravelin and Globex have merged their businesses under the Globex name.', 'Ravelin', {'acquisition'}),
    ('Ravelin has changed hands-on training for nurses.', 'Ravelin', set()),
    ("We have new owners' guides for every Ravelin model.", 'Ravelin', set()),
    ('Ravelin has new owners after the Halden family bought the company.', 'Ravelin', {'acquisition'}),
    ('The Corvid product and team have moved to Halden Systems.', 'Corvid', {'acquisition'}),
    ('Our team and technology are moving to Globex as part of the deal.', 'Corvid', {'acquisition'}),
    ("Corvid's team and platform have now moved over to Initech.", 'Corvid', {'acquisition'}),
    ('Our docs have moved to Notion.', 'Corvid', set()),
    ('Our team has moved to a new office in Leeds.', 'Corvid', set()),
    ('The Corvid team and our customers have moved to Slack for support.', 'Corvid', set()),
    ('Acme Robotics nets $6 million in seed funding.', 'Acme Robotics', {'funding'}),
    ('Acme Robotics pockets €2m from Nordic investors.', 'Acme Robotics', {'funding'}),
    ('Acme Robotics is now funded by Lark Ventures following a $2M seed.', 'Acme Robotics', {'funding'}),
    ('Acme Robotics welcomes $5M investment from Lark Ventures.', 'Acme Robotics', {'funding'}),
    ('Acme Robotics nets 40% more leads with its new website.', 'Acme Robotics', set()),
    ('Acme Robotics pockets of growth are in Asia and Europe.', 'Acme Robotics', set()),
    ('Acme Robotics joins forces with Globex in an all-stock merger.', 'Acme Robotics', {'acquisition'}),
    ('Acme Robotics sold to Globex.', 'Acme Robotics', {'acquisition'}),
    ('Globex has bought out the founders and now owns Acme Robotics outright.', 'Acme Robotics', {'acquisition'}),
    ('Globex Group announces the acquisition of a majority stake in Acme Robotics.', 'Acme Robotics', {'acquisition'}),
    ('Globex has agreed a deal to buy Acme Robotics.', 'Acme Robotics', {'acquisition'}),
    ('Acme Robotics joins forces with Globex to launch a new gripper.', 'Acme Robotics', set()),
    ('Acme Robotics sold to Walmart and Target in its first year.', 'Acme Robotics', set()),
    ('Globex now owns 12 Acme Robotics arms in its Ohio plant.', 'Acme Robotics', set()),
    ('Acme Robotics announces the acquisition of a majority stake in Tern Labs.', 'Acme Robotics', set()),
    ("Acme's products are sold to Globex, Initech and Hooli.", 'Acme', set()),
    ('Our app is sold to Globex Health and 200 other hospital groups.', 'Acme', set()),
    ('The company has been sold to Globex Holdings.', 'Acme', {'acquisition'}),
    ('We welcome investment enquiries from family offices.', 'Acme', set()),
    ('Acme welcomes investment in local infrastructure.', 'Acme', set()),
    ('We were awarded funding from the EU to build our pilot.', 'Acme', set()),
    ('Acme has secured a £2m government-backed loan from Northfield Bank.', 'Acme', set()),  # debt alone: no round since round 20
    ('Acme has been valued at $2bn in a funding round, according to unconfirmed reports.', 'Acme', set()),
    ('Investors value Acme at $2bn, reports say, after its latest funding round.', 'Acme', set()),
    ('According to press reports, Acme has been sold to Globex; we do not comment on speculation.', 'Acme', set()),
    ('Wrenfield has agreed a £5m investment from Northgate Equity.', 'Wrenfield', {'funding'}),
    ('Wrenfield has been backed by Lark Ventures in a £2m deal.', 'Wrenfield', {'funding'}),
    ('Wrenfield has agreed a £5m contract with the council.', 'Wrenfield', set()),
    ('Wrenfield is backed by Lark Ventures in a deal with the council.', 'Wrenfield', set()),
    ('The deal sees Globex take full ownership of Wrenfield.', 'Wrenfield', {'acquisition'}),
    ('Globex has taken full control of Wrenfield.', 'Wrenfield', {'acquisition'}),
    ('Halden Group gains majority control of Wrenfield.', 'Wrenfield', {'acquisition'}),
    ('Take full control of your finances with Wrenfield.', 'Wrenfield', set()),
    ("Wrenfield gives managers full control of their team's rota.", 'Wrenfield', set()),
    ('Wrenfield has taken full ownership of its supply chain.', 'Wrenfield', set()),
])
def test_investor_and_stake_families(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company"), [
    ("Nimbus is an Oracle company.", "Nimbus"),
    ("Acme is an Aldgate Holdings company.", "Acme"),
    ("Tollgate's business and assets have been sold to Finch Financial.", "Tollgate"),
    ("Harlow is now under new ownership.", "Harlow"),
])
def test_acquisition_counts_on_a_first_crawl(text, company):
    kinds = {s.kind for s in detect_text_signals(text, "https://x.example/", first_snapshot=True, company=company)}
    assert kinds == {"acquisition"}


@pytest.mark.parametrize("text", [
    "Acme is a Living Wage company.",
    "Acme is a Great Place To Work company.",
    "Acme is a Made In Britain company.",
    "Acme is a Y Combinator company.",
])
def test_a_badge_is_not_an_owner_on_a_first_crawl(text):
    assert detect_text_signals(text, "https://x.example/", first_snapshot=True, company="Acme") == []


def test_a_new_round_is_not_read_on_a_first_crawl():
    text = "Fjordlys ASA has completed a private placement of NOK 120 million."
    assert detect_text_signals(text, "https://x.example/", first_snapshot=True, company="Fjordlys") == []


# --- round 4: the pipeline steps (subject, company name, money, frame), each in new words -------

@pytest.mark.parametrize(("text", "company", "expected"), [
    # subject: a dateline and an apposition before the verb
    ("SEATTLE, April 2, 2026 /PRNewswire/ -- Cinder, the wildfire-alert app, today announced a $11 million Series A "
     "led by Madrona.", "Cinder", {"funding"}),
    ("SEATTLE -- Ember Labs, a rival of Cinder, today announced a $11 million Series A.", "Cinder", set()),
    # subject: a time phrase between the subject and its verb
    ("Cinder on Friday agreed to be acquired by Motorola Solutions.", "Cinder", {"acquisition"}),
    ("Cinder earlier this month closed a $4M seed round led by Hustle Fund.", "Cinder", {"funding"}),
    ("On Friday, Motorola Solutions agreed to acquire Blazewatch.", "Cinder", set()),
    # subject: "it"/"they" after a verb of saying is that verb's subject
    ("Cinder said it has raised $7 million from Pioneer Fund investors.", "Cinder", {"funding"}),
    ("Our competitor Blazewatch has announced it is shutting down.", "Cinder", set()),
    ("Our partner Blazewatch said it has been acquired by Honeywell.", "Cinder", set()),
    ("Cinder and Smokesignal announced today that they have completed their merger.", "Cinder", {"acquisition"}),
    ("Blazewatch and Smokesignal announced today that they have completed their merger.", "Cinder", set()),
    ("Garrison plc today announced that it has completed the acquisition of Cinder.", "Cinder", {"acquisition"}),
    # company name: corporate words after the name
    ("Cinder Technologies has been acquired by Motorola Solutions.", "Cinder", {"acquisition"}),
    ("Cinder Systems Inc. has been sold to Axon.", "Cinder", {"acquisition"}),
    ("Cinder Software licences were sold to 30 fire departments.", "Cinder", set()),
    # money: ISO codes, country dollars, crore, an amount restated in brackets
    ("Cinder has closed a CAD $9 million seed round.", "Cinder", {"funding"}),
    ("Cinder has raised NZ$5 million in a Series A.", "Cinder", {"funding"}),
    ("Cinder has raised KES 900 million (US$7M) in a Series A.", "Cinder", {"funding"}),
    ("Cinder raised INR 30 crore from Blume Ventures.", "Cinder", {"funding"}),
    ("Cinder secured ISO 27001 certification this spring.", "Cinder", set()),
    ("Cinder processed INR 30 crore in payments last year.", "Cinder", set()),
    # funding frame: verbs of getting/closing, nouns for a round's money, money from investors
    ("Cinder collected $3 million in seed funding from Precursor Ventures.", "Cinder", {"funding"}),
    ("The Cinder team wrapped up our seed round: $2M from Kima Ventures.", "Cinder", {"funding"}),
    ("Cinder has received a pre-seed cheque of £300k from Concept Ventures.", "Cinder", {"funding"}),
    ("Cinder has been backed with a fresh $12 million injection from General Catalyst.", "Cinder", {"funding"}),
    ("We just closed our first institutional round, $5M led by Craft Ventures.", "Cinder", {"funding"}),
    ("Cinder received $150,000 from the Techstars accelerator.", "Cinder", {"funding"}),
    ("Cinder has signed a $6 million investment deal with Tencent.", "Cinder", {"funding"}),
    ("Cinder collected $40,000 in customer payments last month.", "Cinder", set()),
    ("Cinder received $2,000 from customers in the first week.", "Cinder", set()),
    ("Cinder signed a $2 million supply deal with Walmart.", "Cinder", set()),
    ("Cinder completes its Series A hiring push: 20 new people.", "Cinder", set()),
    # acquisition: the other party after its description; the owner in an apposition
    ("Cinder has been sold to private equity firm Thoma Bravo.", "Cinder", {"acquisition"}),
    ("Cinder has agreed to merge with its longtime rival Blazewatch.", "Cinder", {"acquisition"}),
    ("Cinder has been taken over by its largest shareholder, Prosus.", "Cinder", {"acquisition"}),
    ("About Cinder: Cinder, a subsidiary of Honeywell since 2024, builds wildfire sensors.", "Cinder", {"acquisition"}),
    ("Our sensors are sold to logistics firm DHL.", "Cinder", set()),
    ("Our customer Blazewatch, a subsidiary of Honeywell, uses Cinder daily.", "Cinder", set()),
])
def test_round4_pipeline_steps(text, company, expected):
    _check(text, company, expected)


# --- round 5: passages as a crawler reads them (press releases, news wording, histories) ---------

@pytest.mark.parametrize(("text", "company", "expected"), [
    # an "About <Company>" paragraph tells the company's history: a round there is not news
    ('Lantra today announced a $12M Series A led by Northzone. About Lantra: Lantra makes carbon software.', 'Lantra', {'funding'}),
    ('Lantra raises $8M seed\nAbout Lantra\nLantra is a Leeds-based fintech.', 'Lantra', {'funding'}),
    ('About Lantra: Lantra makes carbon software.\nLantra has raised a $10M Series A led by Index Ventures.', 'Lantra', {'funding'}),
    ('Lantra launched its app today. About Lantra: Founded in 2018, Lantra has raised $60 million from investors including Accel.', 'Lantra', set()),
    ('Lantra launches its app.\nAbout Lantra\nLantra is a fintech. It has raised $60M from Accel and Index Ventures.', 'Lantra', set()),
    ('Lantra opens a Lisbon office. About Lantra - Lantra closed a $5M seed round led by LocalGlobe and serves 300 firms.', 'Lantra', set()),
    # rounds dated by their years in a history; a present-perfect or "today" round is still news
    ('Lantra, which raised a seed round in 2021, has now closed a $12M Series A.', 'Lantra', {'funding'}),
    ('In March 2026 Lantra closed a $10M seed round led by Kindred.', 'Lantra', {'funding'}),
    ('Lantra raised a $3M seed round in 2022, and today it closed a $12M Series A.', 'Lantra', {'funding'}),
    ('In 2018 the company raised a $5M seed round from Accel, followed by a Series A in 2020.', 'Lantra', set()),
    ('We raised a seed round in 2021 and a Series A in 2023, both led by Notion Capital.', 'Lantra', set()),
    ('Lantra raised a $20M Series A in 2023 and says it has two years of runway.', 'Lantra', set()),
    # a raise told as earlier than the news; a pluperfect in reported speech is the news
    ('Lantra announced on Monday that it had raised $9 million in a seed round led by Founders Fund.', 'Lantra', {'funding'}),
    ('Lantra said it had raised $5M from Kindred Capital.', 'Lantra', {'funding'}),
    ('Lantra, which previously raised £1M from angels, has raised £6M in a round led by Circularity Capital.', 'Lantra', {'funding'}),
    ('Lantra had raised $30m in a Series B round, the company said.', 'Lantra', {'funding'}),
    ('Lantra previously raised £4 million from Ascension and Triple Point.', 'Lantra', set()),
    ('Lantra was founded in 2015 and had raised $70 million from investors including Piton Capital.', 'Lantra', set()),
    ('Lantra formerly raised money from angels in Leeds.', 'Lantra', set()),
    # a raise as an intent: "plans to raise", "in talks to raise"
    ('Lantra is proud to announce a $5M seed round led by Kindred.', 'Lantra', {'funding'}),
    ('Lantra raised $5M to expand into Europe.', 'Lantra', {'funding'}),
    ('Lantra has closed a $4M round to help farmers plan their harvests.', 'Lantra', {'funding'}),
    ('Lantra plans to raise a Series B next year, CEO Ana Ruiz said.', 'Lantra', set()),
    ('LANTRA IN TALKS TO RAISE $100M, SOURCES SAY.', 'Lantra', set()),
    ('Lantra is looking to raise $20M from new investors.', 'Lantra', set()),
    # "its" round when another company was named after the company
    ('Fathom today announced its $20 million Series B.', 'Fathom', {'funding'}),
    ('Fathom, the legal-tech firm, announced its $8M Series A led by Accel.', 'Fathom', {'funding'}),
    ('Fathom has closed its $5M seed round.', 'Fathom', {'funding'}),
    ('Fathom advised Northwind Partners on its $200 million Series D investment in Cargoly.', 'Fathom', set()),
    ('Fathom congratulates Tern Robotics on its $5M seed round.', 'Fathom', set()),
    ('Fathom helped Brightwell Health prepare its $30M Series B.', 'Fathom', set()),
    # a lender's money to its borrowers is not the lender's round
    ('Teal has secured a $200M credit facility to grow its lending book.', 'Teal', set()),  # debt alone: no round since round 20
    ('Kestrel Bank has extended a $5M term loan to Teal.', 'Teal', set()),  # debt alone: no round since round 20
    ('Teal has extended its Series A with $5M from Khosla Ventures.', 'Teal', {'funding'}),
    ('Teal has extended $30 million in credit facilities to 200 small businesses this quarter.', 'Teal', set()),
    ('Teal granted $5M in loans to more than 1,000 farmers last year.', 'Teal', set()),
    ('Teal extended $2 billion in financing to homeowners in 2025.', 'Teal', set()),
    # whom a product serves ("for kids", "cancer") does not make a named round charity
    ('Pixelmint Lands $4.5M Seed Round From Accel To Build Design Tools For Kids', 'Pixelmint', {'funding'}),
    ('Pixelmint raised a $30M Series B for its cancer diagnostics platform.', 'Pixelmint', {'funding'}),
    ('Pixelmint closes $6M seed round to build software for schools.', 'Pixelmint', {'funding'}),
    ("Pixelmint raised £85,000 for the children's hospital.", 'Pixelmint', set()),
    ('Our team raised $10,000 for cancer research this spring.', 'Pixelmint', set()),
    ('Pixelmint staff raised $5,000 for local schools.', 'Pixelmint', set()),
], ids=_short_id)
def test_round5_funding_passages(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # Indian rupees written "Rs"
    ('KrishiMitra has raised Rs 40 crore in a pre-Series A round led by Omnivore.', 'KrishiMitra', {'funding'}),
    ('KrishiMitra secured Rs 12 crore from Blume Ventures.', 'KrishiMitra', {'funding'}),
    ('KrishiMitra bagged Rs 5 crore in seed funding.', 'KrishiMitra', {'funding'}),
    ('KrishiMitra crossed Rs 40 crore in annual revenue.', 'KrishiMitra', set()),
    ("KrishiMitra's customers raised Rs 500 crore through our platform.", 'KrishiMitra', set()),
    ('KrishiMitra employees raised Rs 2 lakh for flood relief.', 'KrishiMitra', set()),
    # a UK share placing told by what it raised
    ('Orbital Pay Ltd is pleased to announce that it has completed a placing raising gross proceeds of £4.2 million.', 'Orbital Pay', {'funding'}),
    ('Orbital Pay has raised £3 million through a placing and subscription with new investors.', 'Orbital Pay', {'funding'}),
    ('Orbital Pay announces a placing to raise £5 million.', 'Orbital Pay', {'funding'}),
    ('Orbital Pay is placing orders with suppliers in Asia.', 'Orbital Pay', set()),
    ('Our broker completed a placing raising £2M for Helix Plc.', 'Orbital Pay', set()),
    ('Orbital Pay has been placing candidates in finance roles since 2010.', 'Orbital Pay', set()),
    # a campaign's close, on an equity or a reward platform (independent writers label a closed Kickstarter as funding);
    # someone else's campaign and charity are not
    ('Thank you! Our Crowdcube campaign has closed, raising £1.1 million from 2,300 investors.', 'Crumbs', {'funding'}),
    ('Our crowdfunding campaign closed at £800,000 from 1,100 investors.', 'Crumbs', {'funding'}),
    ('Our Seedrs campaign has closed, raising £950,000.', 'Crumbs', {'funding'}),
    ('Our Kickstarter campaign has closed, raising $300,000 from 4,000 backers.', 'Crumbs', {'funding'}),
    ('Our Indiegogo campaign has closed, raising $85,000.', 'Crumbs', {'funding'}),
    ('Their Crowdcube campaign closed at £1M from 900 investors.', 'Crumbs', set()),
    ('Our fundraising campaign has closed, raising £12,000 for the food bank.', 'Crumbs', set()),
    # a passive round with its money's source, or given/handed
    ('Zephra has been backed with a fresh $12 million from Balderton Capital and Creandum.', 'Zephra', {'funding'}),
    ('Zephra has been given a $5 million cash injection by Ananda Impact Ventures.', 'Zephra', {'funding'}),
    ('Zephra was handed a £2m investment from Mercia.', 'Zephra', {'funding'}),
    ('Zephra has been given a $5 million contract by the NHS.', 'Zephra', set()),
    ('Zephra was given a $10,000 prize from Google.', 'Zephra', set()),
    ('Zephra has been funded with a $2M grant from Innovate UK.', 'Zephra', set()),
    # "mopped up", "the first tranche of"
    ('Skylark has mopped up $3 million in seed funding from Kalaari Capital.', 'Skylark', {'funding'}),
    ('Skylark mops up $10M in Series A funding.', 'Skylark', {'funding'}),
    ('Skylark has drawn down the first tranche of a $35 million debt facility from Triplepoint Capital.', 'Skylark', set()),  # debt alone: no round since round 20
    ('Skylark mopped up the last of its 2024 stock.', 'Skylark', set()),
    ('Skylark has drawn down its cash reserves to pay suppliers.', 'Skylark', set()),
    ('The first tranche of Skylark devices shipped to 40 schools.', 'Skylark', set()),
], ids=_short_id)
def test_round5_funding_words(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a legal suffix ends a sentence when a name and its verb follow
    ('Heathcote Ltd has been purchased by Bunzl plc. Heathcote will become part of Bunzl\'s hygiene business.', 'Heathcote', {'acquisition'}),
    ('Wood Duck Inc. announced that it has completed its merger with Ruddy Corp. Wood Duck shareholders now own 45% of the combined company.', 'Wood Duck', {'acquisition'}),
    ('Marlow has been acquired by Hexley Inc. Marlow will keep its brand and its Leeds office.', 'Marlow', {'acquisition'}),
    ('Heathcote Ltd. has acquired Pindar Cleaning Ltd. Pindar will become part of Heathcote.', 'Heathcote', set()),
    ('Heathcote Inc. Has Been Named A Top Employer For 2026', 'Heathcote', set()),
    ('Heathcote Ltd supplies Bunzl plc. Bunzl will stock our cleaning range across the UK.', 'Heathcote', set()),
    # a legal suffix after another one is still the name: "Acme Co. Ltd has been acquired"
    ('Heathcote Co. Ltd has been acquired by Globex.', 'Heathcote', {'acquisition'}),
    ('Heathcote Holdings Co. Limited has been acquired by Globex.', 'Heathcote', {'acquisition'}),
    # the company sells itself
    ('Goldcrest Labs agreed to sell itself to Roper Technologies for $900 million, the companies said.', 'Goldcrest Labs', {'acquisition'}),
    ('We have agreed to sell ourselves to Roper Technologies.', 'Goldcrest Labs', {'acquisition'}),
    ('Goldcrest Labs is selling itself to Roper Technologies.', 'Goldcrest Labs', {'acquisition'}),
    ('Goldcrest Labs sells itself to customers as the cheapest option.', 'Goldcrest Labs', set()),
    ('Tern Robotics sold itself to Globex last year.', 'Goldcrest Labs', set()),
    ('Goldcrest Labs is not going to sell itself to Roper Technologies.', 'Goldcrest Labs', set()),
    # Title Case "Acquisition By": the company must be the headline's subject
    ('Anchorage Apps Announces Completion Of Acquisition By Constellation Software', 'Anchorage Apps', {'acquisition'}),
    ('Globex Completes Acquisition Of Anchorage Apps', 'Anchorage Apps', {'acquisition'}),
    ('ANCHORAGE APPS ANNOUNCES COMPLETION OF ACQUISITION BY CONSTELLATION SOFTWARE', 'Anchorage Apps', {'acquisition'}),
    ('Acquisition By Private Equity: What Founders Should Know', 'Anchorage Apps', set()),
    ('Anchorage Apps Completes Acquisition Of Brightwater Labs', 'Anchorage Apps', set()),
    ('Talent Acquisition By Numbers: Our 2026 Hiring Report', 'Anchorage Apps', set()),
    # "bought out of" a contract is not a sale; "out of administration" is
    ('Avocet was bought out of administration by Globex.', 'Avocet', {'acquisition'}),
    ('Avocet has been bought out by its management team.', 'Avocet', {'acquisition'}),
    ('Avocet has been bought by Globex.', 'Avocet', {'acquisition'}),
    ('Avocet Media has been bought out of its office lease early.', 'Avocet', set()),
    ('Avocet was bought out of its distribution contract by Tesco.', 'Avocet', set()),
    ('Our CEO was bought out of her earlier commitments by the board.', 'Avocet', set()),
    # an imperative "Buy <product>" addresses customers
    ('Globex to buy Kingfisher.', 'Kingfisher', {'acquisition'}),
    ('Globex buys Kingfisher.', 'Kingfisher', {'acquisition'}),
    ('Acquired: Globex buys Kingfisher', 'Kingfisher', {'acquisition'}),
    ('Buy Kingfisher with your existing AWS commitment.', 'Kingfisher', set()),
    ('Purchase Kingfisher through your reseller.', 'Kingfisher', set()),
    ('Acquire Kingfisher Pro from the AWS Marketplace.', 'Kingfisher', set()),
    # joining a compact, charter or scheme is not joining an owner
    ('Sedgewick has joined Globex.', 'Sedgewick', {'acquisition'}),
    ('Sedgewick is joining Compact Holdings.', 'Sedgewick', {'acquisition'}),
    ('Sedgewick has joined the Globex family.', 'Sedgewick', {'acquisition'}),
    ('Sedgewick has joined the UN Global Compact, committing to its ten principles.', 'Sedgewick', set()),
    ('Sedgewick joins the Tech Zero Charter.', 'Sedgewick', set()),
    ('Sedgewick has joined the Cyber Essentials scheme.', 'Sedgewick', set()),
], ids=_short_id)
def test_round5_acquisition_passages(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # non-native "done fundraising of <amount>"; the amount must be there
    ('Softlinea has done fundraising of 5 million USD from investors of Europe and Middle East.', 'Softlinea', {'funding'}),
    ('Softlinea did fundraising of $2M from angels.', 'Softlinea', {'funding'}),
    ('We have done fundraising of EUR 3 million from Adriatic Capital.', 'Softlinea', {'funding'}),
    ('We do fundraising for charities across Europe.', 'Softlinea', set()),
    ('Softlinea has done $5M in sales this year.', 'Softlinea', set()),
    ('Softlinea did investment banking for 20 years.', 'Softlinea', set()),
    # an issuer's offering told by its gross proceeds
    ('Corvid Therapeutics, Inc. (Nasdaq: CRVD) today announced that it has entered into a securities purchase agreement with institutional investors for a private placement expected to result in gross proceeds of approximately $40 million.', 'Corvid Therapeutics', {'funding'}),
    ('Corvid Therapeutics announced the pricing of an underwritten public offering with gross proceeds of $75 million.', 'Corvid Therapeutics', {'funding'}),
    ('We closed a registered direct offering resulting in gross proceeds of approximately $12 million.', 'Corvid Therapeutics', {'funding'}),
    ('Corvid Therapeutics advised Beta Bio on its private placement with gross proceeds of $40M.', 'Corvid Therapeutics', set()),
    ('Beta Bio closed a private placement with gross proceeds of $40M, and Corvid was a buyer.', 'Corvid Therapeutics', set()),
    ('Corvid Therapeutics will not proceed with the offering, which would have raised gross proceeds of $40 million.', 'Corvid Therapeutics', set()),
    # money added to the company's round
    ('Ferngully has added $4M to its seed round, with Y Combinator and SV Angel joining.', 'Ferngully', {'funding'}),
    ('We added $2 million to our Series A.', 'Ferngully', {'funding'}),
    ('Ferngully adds $5M to its Series A extension.', 'Ferngully', {'funding'}),
    ('Ferngully added $4M to its revenue this year.', 'Ferngully', set()),
    ('Ferngully added $1M to the prize pool.', 'Ferngully', set()),
    ('Ferngully helped Tern Robotics add $3M to its seed round.', 'Ferngully', set()),
], ids=_short_id)
def test_round5_funding_more(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # "belongs to" an owner (and the non-native "is now belong to")
    ('Pragati Infotech is now belong to Tata Consultancy Services group after the acquisition completed last month.', 'Pragati Infotech', {'acquisition'}),
    ('Pragati Infotech belongs to Globex Group.', 'Pragati Infotech', {'acquisition'}),
    ('Pragati Infotech now belongs to Hexley Holdings.', 'Pragati Infotech', {'acquisition'}),
    ('Pragati Infotech belongs to the Tech Nation community.', 'Pragati Infotech', set()),
    ('Pragati Infotech belongs to its employees.', 'Pragati Infotech', set()),
    ('Your data belongs to you, not to Pragati Infotech.', 'Pragati Infotech', set()),
    # "a new chapter as part of <owner>"
    ('After 11 years as an independent company, Dunlin has entered a new chapter as part of Hilton.', 'Dunlin', {'acquisition'}),
    ('Dunlin begins a new chapter as part of the Accor family.', 'Dunlin', {'acquisition'}),
    ("We're starting a new chapter as part of Globex.", 'Dunlin', {'acquisition'}),
    ('Dunlin has entered a new chapter as part of its growth plan.', 'Dunlin', set()),
    ('Dunlin begins a new chapter as part of the Techstars accelerator.', 'Dunlin', set()),
    ('Dunlin is entering a new chapter with a new logo.', 'Dunlin', set()),
    # a (business) combination completed or agreed is a merger; "in combination with" is not
    ('Phalarope has completed its combination with Avalara.', 'Phalarope', {'acquisition'}),
    ('Phalarope completes its business combination with Graf Industrial.', 'Phalarope', {'acquisition'}),
    ('We have completed our combination with Avalara.', 'Phalarope', {'acquisition'}),
    ('Phalarope works in combination with Salesforce.', 'Phalarope', set()),
    ('Phalarope offers a combination of speed and price.', 'Phalarope', set()),
    ('Phalarope has completed its integration with Avalara.', 'Phalarope', set()),
    # the company's name written as a common noun after "our"/"your"
    ('Pilot has been bought by Bench Accounting.', 'Pilot', {'acquisition'}),
    ('Our Pilot team has been acquired by Bench.', 'Pilot', {'acquisition'}),
    ('PILOT HAS BEEN ACQUIRED BY BENCH', 'Pilot', {'acquisition'}),
    ('Our pilot was bought by Bench Accounting as a test.', 'Pilot', set()),
    ('Your pilot was purchased by the county council.', 'Pilot', set()),  # (a buyer no firm is: round 26's model guard)
    ('Their pilot was acquired by Globex for its trial.', 'Pilot', set()),
], ids=_short_id)
def test_round5_acquisition_more(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # UK takeover wording: swoops for, goes to <buyer> in a deal, takes control of
    ('Globex swoops for Quayline in £60m deal.', 'Quayline', {'acquisition'}),
    ('Quayline goes to Globex in $50M deal.', 'Quayline', {'acquisition'}),
    ('Globex takes control of Quayline after buying out its venture investors.', 'Quayline', {'acquisition'}),
    ('Globex swoops for Brightferry after talks with Quayline collapsed.', 'Quayline', set()),
    ('Quayline goes to Paris for the Ferry Expo.', 'Quayline', set()),
    ('Quayline takes control of its own payments with a new checkout.', 'Quayline', set()),
    # the company agrees to or accepts a named bidder's priced offer
    ('Quayline agrees to Globex takeover worth 310p a share.', 'Quayline', {'acquisition'}),
    ("Quayline accepts Globex's £2bn offer, ending a three-month bidding war with Initech.", 'Quayline', {'acquisition'}),
    ("Quayline has accepted Globex's improved offer of 320p per share.", 'Quayline', {'acquisition'}),
    ("Quayline rejects Globex's £2bn offer.", 'Quayline', set()),
    ("Quayline accepts Globex's offer of a partnership.", 'Quayline', set()),
    ("Quayline will not accept Globex's £2bn offer.", 'Quayline', set()),
    ("Quayline backs Globex's takeover of Brightferry.", 'Quayline', set()),
    ('Quayline went to Globex in 2019 to pitch a deal.', 'Quayline', set()),
    ('Quayline went to Globex for $30 million.', 'Quayline', {'acquisition'}),
    # a copyright footer naming the parent; a passive with its own object
    ('© 2026 Brackish Ltd, a subsidiary of Hexley Group plc. All rights reserved.', 'Brackish', {'acquisition'}),
    ('Copyright 2026 Brackish Ltd, a wholly owned subsidiary of Hexley Group plc.', 'Brackish', {'acquisition'}),
    ('Lundy has been bought by its management team.', 'Lundy', {'acquisition'}),
    ('© 2026 Brackish Ltd. All rights reserved. Brackish is a registered trademark of Brackish Ltd.', 'Brackish', set()),
    # (the company given something: the model reads these as its sale unless guarded, since round 24)
    ('Lundy has been bought a new building by its landlord.', 'Lundy', set()),
    ('Lundy was bought some time by the extension of the deadline.', 'Lundy', set()),
], ids=_short_id)
def test_round5_takeover_wording(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # investors brought on; a placement told with its money; a round topped up
    ('Tiller has brought on Index Ventures as a new investor in a $6M round.', 'Tiller', {'funding'}),
    ('We have brought in Octopus Ventures as lead investor.', 'Tiller', {'funding'}),
    ('Tiller brings aboard Seedcamp as a new shareholder.', 'Tiller', {'funding'}),
    ("Tiller brought on Index Ventures' former partner, Maria Gold, as chief operating officer.", 'Tiller', set()),
    ('Tiller brought on Globex as a new customer.', 'Tiller', set()),
    ('Our fund brings on new investors as limited partners every year.', 'Tiller', set()),
    ('Eddystone (ASX: EDY) has completed a A$12 million placement to institutional and sophisticated investors.', 'Eddystone', {'funding'}),
    ('Eddystone has closed a $5 million placement with existing shareholders.', 'Eddystone', {'funding'}),
    ('Halyard has topped up its seed round with £1m from Seedcamp, taking the round to £3.5m.', 'Halyard', {'funding'}),
    ('Eddystone charges a $5,000 placement fee per hire.', 'Eddystone', set()),
    ('Top up your Halyard account with £10.', 'Halyard', set()),
    ('Halyard topped up its marketing budget by £1m.', 'Halyard', set()),
], ids=_short_id)
def test_round5_funding_investors(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a round told in a founder's post, by its passive amount, or by notes issued to investors
    ('Corrie has been funded to the tune of $3M by Y Combinator.', 'Corrie', {'funding'}),
    ('Our Series A is closed! $9M led by Atomico, with Seedcamp following on.', 'Corrie', {'funding'}),
    ('We just closed our seed: $2.5M from Kindred and friends.', 'Corrie', {'funding'}),
    ('Corrie has issued $25M in convertible notes to existing investors, giving it runway into 2028.', 'Corrie', {'funding'}),
    ('Our seed round closed in 2021.', 'Corrie', set()),
    pytest.param('Our Series A round is closed to new investors.', 'Corrie', set(), marks=MODEL_MISREAD),
    ('Close your seed round: $2.5M in 30 days with our tools.', 'Corrie', set()),
    ('Corrie has issued $2M in loans to 500 farmers.', 'Corrie', set()),
    ('Corrie issued $5M in refunds last year.', 'Corrie', set()),
    ('Corrie was funded to the tune of nothing but our savings.', 'Corrie', set()),
    # Title Case "Sold To"; customers counted after "by" are not a buyer
    ('Pennant Sold To Globex For Undisclosed Sum', 'Pennant', {'acquisition'}),
    ('Pennant Sold To Globex In $40M Deal', 'Pennant', {'acquisition'}),
    ('Pennant was acquired by 20th Century Studios.', 'Pennant', {'acquisition'}),
    ('Pennant has been bought by over 10,000 field-service businesses since launch.', 'Pennant', set()),
    ('Pennant was bought by 4,000 schools last year.', 'Pennant', set()),
    ('Pennant Sold To Customers In 40 Countries', 'Pennant', set()),
], ids=_short_id)
def test_round5_posts_and_headlines(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # after a sentence that introduces a customer or partner by name, "It" / "The company" is that one
    ('Congratulations to our customer Tern Robotics! The company has raised $20M in a Series B led by Accel.', 'Fulmar', set()),
    ('Our client Brightwell Health has big news this week. It has been acquired by Globex for $50M.', 'Fulmar', set()),
    ('We partner with Tern Robotics, the warehouse-automation startup. The startup has closed a $12M Series A.', 'Fulmar', set()),
    ("Shout-out to our partners at Ledgerly. The firm has been bought by Intuit.", 'Fulmar', set()),
    ('Fulmar today launched its mobile app. The company has also closed a $20M Series A from Accel.', 'Fulmar', {'funding'}),
    ('Thank you to our customers and partners. The company has raised a $20M Series B from Accel.', 'Fulmar', {'funding'}),
    ("Our customer Brightwell has big news, and so do we. It's official: Fulmar has been acquired by Globex.", 'Fulmar', {'acquisition'}),
    ('Congratulations to our customer Tern Robotics! Fulmar has also raised $5M.', 'Fulmar', {'funding'}),
], ids=_short_id)
def test_round5_customer_then_anaphor(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the sentence before is the one just before on the page, even on a line of its own that no rule reads
    ("Congratulations to our customer Tern Robotics!\nThe company has raised $20M in a Series B led by Accel.", "Pallet", set()),
    ("Congratulations to our customer Tern Robotics!\n\nIt has been acquired by Globex for $90 million.", "Pallet", set()),
    ("A shout-out to our partner Ferrow Labs\nThe startup has closed an $8M seed round led by Seedcamp.", "Pallet", set()),
    ("Thank you to everyone who believed in us from day one.\nThe company has raised $20M in a Series B led by Accel.",
     "Pallet", {"funding"}),
    # ... and only that one: a customer named two lines up does not take "The company" from the company
    ("Congratulations to our customer Tern Robotics on a great year!\nPallet has news of its own to share.\n"
     "The company has raised $20M in a Series B led by Accel.", "Pallet", {"funding"}),
], ids=_short_id)
def test_the_sentence_before_an_anaphor_is_the_one_on_the_page(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a unit, an arm, "trades/operates as part of", the newest member of a group or a family of companies: whose
    # it is now. Not a unit of measure, a programme, an alliance, the company's own holding, a negation.
    ("Wyvern Pay is now a unit of Halcyon Bank.", "Wyvern Pay", {'acquisition'}),
    ("Brackett is now an arm of Globex Industries.", "Brackett", {'acquisition'}),
    ("Since the deal closed, Ferrule operates as a unit of Siemens.", "Ferrule", {'acquisition'}),
    ("Tiller now operates as part of Deere & Company.", "Tiller", {'acquisition'}),
    ("Tiller now trades as part of Ferguson plc.", "Tiller", {'acquisition'}),
    ("Jacana is the newest member of the Vitol family of companies.", "Jacana", {'acquisition'}),
    ("Kestrel is the latest member of the Halden Group.", "Kestrel", {'acquisition'}),
    ("Wyvern Pay is now a unit of measure for our loyalty points.", "Wyvern Pay", set()),
    ("Each Wyvern Pay token is a unit of Value Credits.", "Wyvern Pay", set()),
    ("Brackett is an arm of the research council's outreach programme.", "Brackett", set()),
    ("Brackett is now a unit of Brackett Holdings.", "Brackett", set()),
    ("Our trading desk now operates as part of the treasury team.", "Tiller", set()),
    ("Gorse & Co trades as part of the Cornish Makers Market every Saturday.", "Gorse & Co", set()),
    ("Jacana is the newest member of the Fintech Alliance.", "Jacana", set()),
    ("Kestrel is the newest member of the Techstars family.", "Kestrel", set()),
    ("Tiller now operates as part of the Microsoft for Startups programme.", "Tiller", set()),
    ("Ferrule operates as an arm's-length body of the department.", "Ferrule", set()),
    ("Jacana is the newest member of the Vitol family of companies.", "Vitol", set()),
    ("Brackett is not a unit of Globex Industries.", "Brackett", set()),
], ids=_short_id)
def test_round7_belonging_to_an_owner(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # reports the company will not comment on or confirm are not its news
    ('Skerry declined to comment on reports that it has been acquired by Globex.', 'Skerry', set()),
    ('Skerry did not confirm reports that it has raised $50M from Tiger Global.', 'Skerry', set()),
    ('Globex refused to comment on speculation that it has bought Skerry.', 'Skerry', set()),
    ('Skerry confirmed reports that it has been acquired by Globex.', 'Skerry', {'acquisition'}),
    ('Skerry has been acquired by Globex; Globex declined to comment on the price.', 'Skerry', {'acquisition'}),
    ('Skerry has raised $50M; the company declined to comment on its valuation.', 'Skerry', {'funding'}),
], ids=_short_id)
def test_round5_unconfirmed_reports(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the company's name with its owning group: a byline "X, part of Y Group plc", "a member of the Y Group"
    ('Tarbert is a member of the Hexley Group of companies.', 'Tarbert', {'acquisition'}),
    ('Tarbert, part of Hexley Group plc', 'Tarbert', {'acquisition'}),
    ('© 2026 Tarbert Ltd, part of Hexley Holdings.', 'Tarbert', {'acquisition'}),
    ('Tarbert is a member of the Scottish Fintech Alliance.', 'Tarbert', set()),
    ('Our CEO is a member of the Hexley Group board.', 'Tarbert', set()),
    ("Brodick, part of Hexley Group plc, is Tarbert's biggest customer.", 'Tarbert', set()),
], ids=_short_id)
def test_round5_part_of_group(text, company, expected):
    signals = detect_text_signals(text, "https://x.example/", first_snapshot=True, company=company)
    assert {s.kind for s in signals if s.kind in FLAGGING} == expected


@pytest.mark.parametrize(("text", "company", "expected"), [
    # the owner's round with a plain "round" and an upper-case unit; a list entry "<Company> Series B: $25M"
    ("It's official - we've closed our pre-seed!", 'Wrasse', {'funding'}),
    ("Wrasse's new $20M round was led by Index Ventures.", 'Wrasse', {'funding'}),
    ('Wrasse Series B: $25M led by Accel', 'Wrasse', {'funding'}),
    ("Tope's new $20M round was led by Index Ventures.", 'Wrasse', set()),
    ('Pollack Series B: $25M led by Accel', 'Wrasse', set()),
    ("Wrasse's $5 round of drinks was on the house.", 'Wrasse', set()),
    ('Wrasse Series B printers: $250 each', 'Wrasse', set()),
], ids=_short_id)
def test_round5_owner_round_forms(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # "<buyer> closed its deal to buy <company>": the buyer is the deal's subject; "its purchase of a stake"
    # is the buyer's when another company opens the sentence
    ('Globex today closed its deal to buy Gurnard.', 'Gurnard', {'acquisition'}),
    ('Globex announced a $200 million deal to acquire Gurnard.', 'Gurnard', {'acquisition'}),
    ('Globex has completed its purchase of a 75% stake in Gurnard.', 'Gurnard', {'acquisition'}),
    ('Globex made an offer to buy Gurnard last year.', 'Gurnard', set()),
    ('Gurnard closed its deal to buy Mullet Logistics.', 'Gurnard', set()),
    ('Gurnard has completed its purchase of a 75% stake in Mullet Logistics.', 'Gurnard', set()),
], ids=_short_id)
def test_round5_deal_to_buy(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # money that is pre-orders or a grant; a round already raised "last year"
    ('Garfish has secured £2M in pre-orders from retailers.', 'Garfish', set()),
    ('Garfish secured £500k in Innovate UK grant funding.', 'Garfish', set()),
    ('Garfish will use its $20M Series B to expand into Germany, which it raised last year.', 'Garfish', set()),
    ('Garfish will use its new $20M Series B to expand into Germany.', 'Garfish', {'funding'}),
    ("Garfish has secured £2M in seed funding from retailers' venture arms.", 'Garfish', {'funding'}),
    ('Garfish raised $10M in a round led by the Grant family office.', 'Garfish', {'funding'}),
], ids=_short_id)
def test_round5_not_round_money(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # investors as the passive's agent, or counted among the company's new investors
    ('Sprat has been invested in by Accel and Index Ventures.', 'Sprat', {'funding'}),
    ('Sprat counts Accel among its new investors after a $12M round.', 'Sprat', {'funding'}),
    ('We are now invested in by Octopus Ventures.', 'Sprat', {'funding'}),
    ('Sprat counts Accel among its investors.', 'Sprat', set()),
    ('Sprat counts Globex among its new customers.', 'Sprat', set()),
    ('Herring has been invested in by Accel.', 'Sprat', set()),
], ids=_short_id)
def test_round5_invested_in_by(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # business angels, a pre-Series A, an N-figure sum, a loan from a named lender, a campaign that raised,
    # a lender's financing agreement with the company
    ('Kittiwake has successfully raised 2.5 million euros from a consortium of business angels.', 'Kittiwake', {'funding'}),
    ('Kittiwake has closed a $3.3 million pre-Series A round.', 'Kittiwake', {'funding'}),
    ('Kittiwake has secured an eight-figure sum from Insight Partners.', 'Kittiwake', {'funding'}),
    ('Kittiwake obtained a EUR 10 million loan from the European Investment Bank.', 'Kittiwake', set()),  # debt alone: no round since round 20
    ('Kittiwake has completed a crowdfunding campaign on Crowdcube that raised £1.2m from 900 investors.', 'Kittiwake', {'funding'}),
    ('The European Investment Bank has signed a €20 million venture debt agreement with Kittiwake.', 'Kittiwake', set()),  # debt alone: no round since round 20
    ('Kittiwake has closed $5M in business with angels.', 'Kittiwake', set()),
    ('Kittiwake offers a $50,000 loan from Globex Bank to its customers.', 'Kittiwake', set()),
    ('Kittiwake helped Beta complete a crowdfunding campaign that raised £1M from 500 investors.', 'Kittiwake', set()),
    ('The European Investment Bank has signed a €20 million venture debt agreement with Beta Foods.', 'Kittiwake', set()),
    ('Kittiwake has secured a sum from the council to fix the roof.', 'Kittiwake', set()),
    ('Kittiwake signed a distribution deal with Globex.', 'Kittiwake', set()),
], ids=_short_id)
def test_round5_more_funding_shapes(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # agreed terms, sold by its founders to a buyer, the remaining shares bought, a stake raised past half
    ('Globex has agreed terms to acquire Shearwater.', 'Shearwater', {'acquisition'}),
    ('Shearwater has been sold by its founders to Globex.', 'Shearwater', {'acquisition'}),
    ('Globex has exercised its option to buy the remaining 60% of Shearwater.', 'Shearwater', {'acquisition'}),
    ('Globex has increased its stake in Shearwater to 100%.', 'Shearwater', {'acquisition'}),
    ('Globex has increased its stake in Shearwater to 30%.', 'Shearwater', set()),
    ('Shearwater has exercised its option to buy the remaining 40% of Petrel Robotics.', 'Shearwater', set()),
    ('Shearwater has agreed terms to acquire Petrel Robotics.', 'Shearwater', set()),
    ('Shearwater has been sold by its founders to customers in 40 countries.', 'Shearwater', set()),
], ids=_short_id)
def test_round5_control_and_terms(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # Title Case "Merger With": only as "<Company> Announces/Completes/Signs ... Merger With <Other>"
    ('Razorbill Announces Merger With Globex Health', 'Razorbill', {'acquisition'}),
    ('RAZORBILL SIGNS DEFINITIVE MERGER AGREEMENT WITH GLOBEX HEALTH', 'Razorbill', {'acquisition'}),
    ('Razorbill Completes Its Merger With Globex Health To Form Auk Care', 'Razorbill', {'acquisition'}),
    ('Guillemot Announces Merger With Globex Health', 'Razorbill', set()),
    ("Razorbill Comments On Guillemot's Merger With Globex Health", 'Razorbill', set()),
    ('Razorbill Explores Merger With Globex Health', 'Razorbill', set()),
], ids=_short_id)
def test_round5_title_case_merger(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a deal called off or blocked in the same clause; a deal only as the subject of reports
    ("Reports of Puffin Pay's sale to Globex are greatly exaggerated.", 'Puffin Pay', set()),
    ("Puffin Pay's planned merger with Globex has been called off.", 'Puffin Pay', set()),
    ("Puffin Pay's acquisition by Globex was blocked by regulators.", 'Puffin Pay', set()),
    ('Puffin Pay has been acquired by Globex after an earlier deal with Initech collapsed.', 'Puffin Pay', {'acquisition'}),
    ('Puffin Pay has been acquired by Globex, which was blocked from buying Beta last year.', 'Puffin Pay', {'acquisition'}),
    ('Reports that Puffin Pay raised $50M are true, the company confirmed.', 'Puffin Pay', {'funding'}),
], ids=_short_id)
def test_round5_called_off_and_reports(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # a buyer's intent ("plans to acquire", "expected to announce a deal to buy") is not a deal
    ('Globex plans to acquire Tystie.', 'Tystie', set()),
    ('Globex hopes to acquire Tystie by the end of the year.', 'Tystie', set()),
    ('Globex is expected to announce a deal to buy Tystie as soon as Monday.', 'Tystie', set()),
    ('Globex has agreed to buy Tystie for $2bn.', 'Tystie', {'acquisition'}),
    ('Globex announced a deal to buy Tystie.', 'Tystie', {'acquisition'}),
    ('Globex is set to acquire Tystie after shareholders backed the offer.', 'Tystie', {'acquisition'}),
    # news that ends speculation is not a denial
    ('Globex announced a deal to buy Tystie on Tuesday, ending months of speculation.', 'Tystie', {'acquisition'}),
    ('Tystie has raised $20M, putting an end to speculation about its future.', 'Tystie', {'funding'}),
    ('Speculation that Tystie has been acquired is unfounded.', 'Tystie', set()),
], ids=_short_id)
def test_round5_buyer_intent(text, company, expected):
    _check(text, company, expected)


@pytest.mark.parametrize(("text", "company", "expected"), [
    # "the <place> fintech/lender/retailer" stands for the company; after "<Other> is our customer" it is the other one
    ('Skua Pay launched in 2024. The Sydney fintech has raised A$20 million.', 'Skua Pay', {'funding'}),
    ('The Lagos-based insurtech has closed a $5M seed round.', 'Skua Pay', {'funding'}),
    ('The online lender raised £5m from Octopus Ventures this week.', 'Skua Pay', {'funding'}),
    ('Tern Money is our biggest customer. The fintech has raised $20M.', 'Skua Pay', set()),
    ('Brolly is our newest partner. The London company has been acquired by Globex.', 'Skua Pay', set()),
    ('Tern Money is one of our partners. The Sydney fintech has raised A$20 million.', 'Skua Pay', set()),
], ids=_short_id)
def test_round5_described_company(text, company, expected):
    _check(text, company, expected)


# round 6: the name after a preposition is a relative clause's antecedent; a gerund's doer after 'on/for'; 'Since <event>, ... has raised ' is a total; a verb ending the deal; an acquisition later undone by a listing
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Coastline Apps built the checkout for Canva, which raised A$200 million this year.', 'Coastline Apps', set()),
    ('We are proud to work with Airwallex, which has just raised $100M in a Series E.', 'Coastline Apps', set()),
    ('Coastline Apps designed the onboarding flow for Tern Robotics, which was acquired by Globex last week.', 'Coastline Apps', set()),
    ('Coastline Apps, which builds apps for retailers, has raised A$12 million in a Series A.', 'Coastline Apps', {'funding'}),
    ('We sold the Sydney studio to Coastline Apps, which has raised A$12 million from Blackbird.', 'Coastline Apps', {'funding'}),
    ('Investors backed Coastline Apps, which has now been acquired by Canva.', 'Coastline Apps', {'acquisition'}),
    ('Congratulations to our partner Helix Bio on closing its $50M Series B.', 'Mira Labs', set()),
    ('Huge congrats to the team at Helix Bio for raising their $12M seed round!', 'Mira Labs', set()),
    ('Kudos to Tern Robotics on securing its $9M Series A, led by Accel.', 'Mira Labs', set()),
    ('Congratulations to Mira Labs on closing its $50M Series B!', 'Mira Labs', {'funding'}),
    ('Proud of the Mira Labs team for closing our $8M seed round.', 'Mira Labs', {'funding'}),
    ('Thank you to Accel for leading our $8M seed round.', 'Mira Labs', {'funding'}),
    ('Since its 2018 IPO, the company has raised over A$60 million for exploration.', 'Tarn Mining', set()),
    ('Since launching in 2019, Tarn Mining has raised $45 million from investors.', 'Tarn Mining', set()),
    ('Since our founding, we have raised £12m from angels and funds.', 'Tarn Mining', set()),
    ('Tarn Mining has raised $45 million from investors, the company said on Monday.', 'Tarn Mining', {'funding'}),
    ('Since then, Tarn Mining has raised $45 million in a Series B led by Accel.', 'Tarn Mining', {'funding'}),
    ("Tarn Mining has raised A$15 million since Friday's announcement of the placement.", 'Tarn Mining', {'funding'}),
    ('Nimbus Freight terminated its proposed business combination with Horizon Acquisition Corp.', 'Nimbus Freight', set()),
    ('Globex has walked away from its planned acquisition of Nimbus Freight.', 'Nimbus Freight', set()),
    ('Nimbus Freight and Globex have called off their merger.', 'Nimbus Freight', set()),
    ('Nimbus Freight and Globex have completed their merger.', 'Nimbus Freight', {'acquisition'}),
    ('Nimbus Freight has been acquired by Globex after Initech abandoned its bid.', 'Nimbus Freight', {'acquisition'}),
    ('Globex has completed its acquisition of Nimbus Freight.', 'Nimbus Freight', {'acquisition'}),
    ('Halden was acquired by Vista Equity in 2015 and listed on the NYSE in 2019.', 'Halden', set()),
    ('Halden was bought by Permira in 2012 and later went public on Nasdaq.', 'Halden', set()),
    ('Halden was taken private by Thoma Bravo in 2016 and then floated on the LSE in 2021.', 'Halden', set()),
    ("Halden has been acquired by Thoma Bravo. As a result, Halden's stock will no longer be listed on the NYSE.", 'Halden', {'acquisition'}),
    ('Halden was acquired by Vista Equity in 2024 and is now part of its software portfolio.', 'Halden', {'acquisition'}),
    ('Halden, listed on the NYSE, has agreed to be acquired by Oracle.', 'Halden', {'acquisition'}),
])
def test_round6_other_party_and_history(text, company, expected):
    _check(text, company, expected)


# round 6: the company's own 'Corp.'/'GmbH' after its name is not another company for 'its'; a tender offer for the company's shares once commenced
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Halden Corp. today announced the completion of its acquisition by Thoma Bravo.', 'Halden', {'acquisition'}),
    ('Halden GmbH has completed its acquisition by Siemens Healthineers.', 'Halden', {'acquisition'}),
    ('Halden Ltd confirmed the closing of its acquisition by Bunzl plc on Friday.', 'Halden', {'acquisition'}),
    ('Halden Inc. announced the completion of its acquisition of Brightline.', 'Halden', set()),
    ('Halden Corp. congratulates Tern Inc. on its acquisition by Globex.', 'Halden', set()),
    ('Halden Ltd welcomes Tern to the group following its acquisition by Halden.', 'Halden', set()),
    ('Pfizer has commenced a tender offer for all outstanding shares of Solace Therapeutics at $14.50 per share in cash.', 'Solace Therapeutics', {'acquisition'}),
    ('Merck today launched a cash tender offer for all outstanding shares of common stock of Solace Therapeutics.', 'Solace Therapeutics', {'acquisition'}),
    ('Globex commenced its $9.00 per share tender offer for Solace Therapeutics on Monday.', 'Solace Therapeutics', {'acquisition'}),
    ('Solace Therapeutics has commenced a tender offer for all outstanding shares of Brightbio at $4 per share.', 'Solace Therapeutics', set()),
    ("Solace Therapeutics' board rejected the tender offer for all shares of Solace Therapeutics launched by Icahn.", 'Solace Therapeutics', set()),
    ('Globex may commence a tender offer for Solace Therapeutics if talks fail.', 'Solace Therapeutics', set()),
])
def test_round6_legal_suffix_and_tender(text, company, expected):
    _check(text, company, expected)


# round 6: 'backed by a $5M pre-seed from <investor>' (not a seed grant or fund); 'received firm commitments for a $15M placement'
@pytest.mark.parametrize(("text", "company", "expected"), [
    ("We're excited to share that Clearwater AI has been backed by a $5M pre-seed from Lightspeed.", 'Clearwater AI', {'funding'}),
    ('Clearwater AI is backed by a £2m seed from Seedcamp and a group of angels.', 'Clearwater AI', {'funding'}),
    ('Clearwater AI has been funded with a $3 million seed led by Kima Ventures.', 'Clearwater AI', {'funding'}),
    ('Tern Robotics has been backed by a $5M pre-seed from Lightspeed.', 'Clearwater AI', set()),
    ('Clearwater AI is backed by a $50,000 seed grant from the city of Leeds.', 'Clearwater AI', set()),
    ('Startups in our programme are backed by a $100k pre-seed from our fund.', 'Clearwater AI', set()),
    ('Tarn Mining has received firm commitments for a A$15 million placement to professional investors.', 'Tarn Mining', {'funding'}),
    ('Tarn Mining has secured binding commitments of £4 million from existing shareholders.', 'Tarn Mining', {'funding'}),
    ('Keel Energy plc has received firm commitments for a £6 million placing and subscription.', 'Tarn Mining', set()),
    ('Tarn Mining has received firm commitments for 2,000 tonnes of ore from Chinese buyers.', 'Tarn Mining', set()),
    ('Tarn Mining has received commitments of A$15 million in offtake orders.', 'Tarn Mining', set()),
    ('Glencore has received firm commitments for a $500 million placement.', 'Tarn Mining', set()),
])
def test_round6_seed_backing_and_commitments(text, company, expected):
    _check(text, company, expected)


# round 6: a new parent company of the company, told with new/now/become
@pytest.mark.parametrize(("text", "company", "expected"), [
    ("Juno Pet's new parent company is Mars Petcare.", 'Juno Pet', {'acquisition'}),
    ('Our new parent company, Mars Petcare, completed the deal on Friday.', 'Juno Pet', {'acquisition'}),
    ("Mars Petcare is now Juno Pet's parent company.", 'Juno Pet', {'acquisition'}),
    ("Juno Pet's parent company has become Nestlé Purina after the sale closed.", 'Juno Pet', {'acquisition'}),
    ("Juno Pet's parent company is Mars Petcare.", 'Juno Pet', set()),
    ("Tern's parent company is now Mars Petcare.", 'Juno Pet', set()),
    ('Our parent company, Mars Petcare, announced record sales.', 'Juno Pet', set()),
    ('Juno Pet has become the new parent company of Tern.', 'Juno Pet', set()),
    ("Mars Petcare is now our parent company's biggest rival.", 'Juno Pet', set()),
    ("Juno Pet's new parent company has been announced.", 'Juno Pet', set()),
])
def test_round6_new_parent_company(text, company, expected):
    _check(text, company, expected)


# round 6: a SPAC's business combination announced or completed by the company and the SPAC; going public through a merger
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Nimbus Freight and Horizon Acquisition Corp. today announced a definitive business combination agreement.', 'Nimbus Freight', {'acquisition'}),
    ('Nimbus Freight and Horizon Acquisition Corp. have completed their business combination.', 'Nimbus Freight', {'acquisition'}),
    ('Nimbus Freight is going public via a merger with Horizon Acquisition Corp., a special purpose acquisition company.', 'Nimbus Freight', {'acquisition'}),
    ('Nimbus Freight went public in a $1.2 billion merger with Horizon Acquisition Corp. on Friday.', 'Nimbus Freight', {'acquisition'}),
    ('Horizon Acquisition Corp. and Tern Robotics today announced a definitive business combination agreement.', 'Nimbus Freight', set()),
    ('Nimbus Freight helps SPACs and their targets complete their business combination faster.', 'Nimbus Freight', set()),
    ('The business combination of data and design is what Nimbus Freight does best.', 'Nimbus Freight', set()),
    ('Nimbus Freight helped Globex go public through a merger with Horizon Acquisition Corp.', 'Nimbus Freight', set()),
    ('Tern Robotics will go public through a merger with Horizon Acquisition Corp.', 'Nimbus Freight', set()),
    ('Nimbus Freight explains how to go public via a merger with a SPAC.', 'Nimbus Freight', set()),
])
def test_round6_spac_business_combination(text, company, expected):
    _check(text, company, expected)


# round 6: an FAQ answer 'No.' ends its sentence (only 'No. 5' is an abbreviation)
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Q: Is Tilt still independent? A: No. Tilt was acquired by Block in May and now operates as a Block company.', 'Tilt', {'acquisition'}),
    ('Is Mosaic HR still a separate company? No. Mosaic HR was acquired by Rippling last month.', 'Mosaic HR', {'acquisition'}),
    ('Did Pebble Health raise money this year? Yes. Pebble Health raised $5M in a seed round led by Accel this week.', 'Pebble Health', {'funding'}),
    ('Has Tilt been acquired? No. Tilt remains an independent company.', 'Tilt', set()),
    ('Is Tilt raising a Series B? No. We are profitable and do not need outside funding.', 'Tilt', set()),
    ('See Notice No. 12 for our policy on investor relations and share purchases.', 'Tilt', set()),
])
def test_round6_faq_answer_no(text, company, expected):
    _check(text, company, expected)


# round 6: an intention to acquire announced or confirmed by a named buyer (not: may announce, no intention, not announced)
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('ABB Robotics announced its intention to acquire Cobalt Robotics.', 'Cobalt Robotics', {'acquisition'}),
    ('ABB has announced its intention to acquire Cobalt Robotics for $170 million in cash.', 'Cobalt Robotics', {'acquisition'}),
    ('ABB today announced its intent to acquire Cobalt Robotics, a maker of security robots.', 'Cobalt Robotics', {'acquisition'}),
    ('The board of Cobalt Robotics plc confirmed its intention to be acquired by ABB on the terms announced.', 'Cobalt Robotics', {'acquisition'}),
    ('Cobalt Robotics announced its intention to acquire Knightscope.', 'Cobalt Robotics', set()),
    ('ABB has said it has no intention to acquire Cobalt Robotics.', 'Cobalt Robotics', set()),
    ('ABB may announce its intention to acquire Cobalt Robotics next week, sources said.', 'Cobalt Robotics', set()),
    ('ABB has not announced its intention to acquire Cobalt Robotics.', 'Cobalt Robotics', set()),
    ('Cobalt Robotics confirmed its intention to remain independent after rejecting an approach.', 'Cobalt Robotics', set()),
    ('Globex announced its intention to acquire a stake in Cobalt Robotics.', 'Cobalt Robotics', set()),
])
def test_round6_announced_intention(text, company, expected):
    _check(text, company, expected)


# round 6: the business/trade and assets of the company bought out of administration or from its administrators
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Globex has acquired the business and assets of Bloom out of administration.', 'Bloom', {'acquisition'}),
    ('The trade and assets of Bloom Ltd were purchased by Globex from the administrators.', 'Bloom', {'acquisition'}),
    ('Frasers Group bought substantially all of the assets of Bloom out of administration on Friday.', 'Bloom', {'acquisition'}),
    ('Globex has bought the trade and assets of Bloom from its administrators, saving 80 jobs.', 'Bloom', {'acquisition'}),
    ('Bloom has acquired the business and assets of Petal out of administration.', 'Bloom', set()),
    ('Globex has acquired the business and assets of Petal from the administrators of Bloom.', 'Bloom', set()),
    ('The trade and assets of Petal Ltd were purchased by Bloom from the administrators.', 'Bloom', set()),
    ('Bloom has bought the trade and assets of Petal out of administration.', 'Bloom', set()),
])
def test_round6_assets_out_of_administration(text, company, expected):
    _check(text, company, expected)


# round 6: UK press 'is understood to have raised/been acquired'; the issuer's subscription / securities purchase / investment agreement with an investor for an amount
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Bloom is understood to have raised £10m from Balderton, Sky News has learnt.', 'Bloom', {'funding'}),
    ('Bloom is understood to have been acquired by Globex for £40m.', 'Bloom', {'acquisition'}),
    ('It is understood that Bloom has raised £10m from Balderton.', 'Bloom', {'funding'}),
    ("Tern is understood to have raised £10m from Balderton, according to Bloom's newsletter.", 'Bloom', set()),
    ('Bloom is understood to be in talks to raise £10m.', 'Bloom', set()),
    ('Bloom understood the risks of raising £10m from Balderton.', 'Bloom', set()),
    ('Bloom has entered into a subscription agreement with Tencent for a $15 million equity investment.', 'Bloom', {'funding'}),
    ('Bloom Inc. entered into a securities purchase agreement with institutional investors for gross proceeds of $12 million.', 'Bloom', {'funding'}),
    ('Bloom signed an investment agreement with Reliance Jio for Rs 200 crore.', 'Bloom', {'funding'}),
    ('Bloom has entered into a subscription agreement with Accel for $5 million of Bloom shares.', 'Bloom', {'funding'}),
    ('Globex has entered into a subscription agreement with Bloom for a $15 million investment.', 'Bloom', set()),
    ('Bloom has entered into a subscription agreement with Globex for $5 million of Globex shares.', 'Bloom', set()),
    ('Customers can sign a subscription agreement with Bloom for $99 a month.', 'Bloom', set()),
    ('Bloom may enter into a subscription agreement with Tencent for up to $15 million.', 'Bloom', set()),
])
def test_round6_understood_and_subscription(text, company, expected):
    _check(text, company, expected)


# round 6: "we're (officially) part of" reads as 'we are'; a headline's '<Buyer> completes/seals <Company> acquisition/takeover'
@pytest.mark.parametrize(("text", "company", "expected"), [
    ("We're officially part of the Globex family. Thank you to every customer who got us here.", 'Bloom', {'acquisition'}),
    ("We're now part of Globex, and our app stays free for existing users.", 'Bloom', {'acquisition'}),
    ("They're now part of Globex, Tern announced on Monday.", 'Bloom', set()),
    ("We're proud to be part of the Globex Partner Network.", 'Bloom', set()),
    ('Globex completes Bloom acquisition.', 'Bloom', {'acquisition'}),
    ('Globex seals £300m Bloom takeover.', 'Bloom', {'acquisition'}),
    ('Globex has closed the Bloom purchase for A$40 million.', 'Bloom', {'acquisition'}),
    ('Bloom completes Petal acquisition.', 'Bloom', set()),
    ('Globex completes Bloom customer acquisition campaign.', 'Bloom', set()),
    ('Globex may complete Bloom acquisition next year.', 'Bloom', set()),
    ('Globex completes Bloom Petal acquisition.', 'Bloom', set()),
])
def test_round6_contracted_part_of_and_named_deal(text, company, expected):
    _check(text, company, expected)


# round 6: a raise inside a 'when' clause is background; a merger with the company's own sister brand, subsidiary or affiliate is internal
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Bloom CEO Jane Doe: "When we raised our Series A in 2020, we had ten customers."', 'Bloom', set()),
    ('Back when Bloom raised its seed round, the team was four people.', 'Bloom', set()),
    ('When Bloom closed its $5M seed round in 2019, it had no revenue.', 'Bloom', set()),
    ('Bloom has raised $20M in a Series A led by Accel. When we started, we had ten customers.', 'Bloom', {'funding'}),
    ('Bloom raised $20M, the company said when it announced the round on Tuesday.', 'Bloom', {'funding'}),
    ('When asked, the CEO said Bloom has raised $20M in a Series A.', 'Bloom', {'funding'}),
    ('Bloom has merged with its sister brand Petal to form one company under the Bloom name.', 'Bloom', set()),
    ('Bloom has merged with its subsidiary Petal Ltd.', 'Bloom', set()),
    ('Petal has merged with its affiliate Bloom Labs to simplify the group.', 'Bloom', set()),
    ('Bloom has merged with Petal to form one company under the Petal name.', 'Bloom', {'acquisition'}),
    ('Bloom has merged with its long-time rival Petal.', 'Bloom', {'acquisition'}),
    ('Bloom is merging with Petal, its biggest competitor, in an all-stock deal.', 'Bloom', {'acquisition'}),
])
def test_round6_when_clause_and_group_merger(text, company, expected):
    _check(text, company, expected)


# round 6: an opening 'Joining <Buyer> lets us / means we' with a deal told in the sentence (not a platform, programme or partnership)
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('"Joining Coursera through this acquisition lets us reach millions more learners," said CEO Ana Ruiz.', 'Fable Learn', {'acquisition'}),
    ('Joining Coursera lets us bring Fable Learn to millions; the transaction closed on Friday.', 'Fable Learn', {'acquisition'}),
    ('Joining Coursera as part of this merger means we can offer certificates to every learner.', 'Fable Learn', {'acquisition'}),
    ('Joining AWS Marketplace lets us sell to enterprise customers directly.', 'Fable Learn', set()),
    ('Joining Google for Startups lets us use $100k in cloud credits.', 'Fable Learn', set()),
    ('Joining LinkedIn helped us find our first customers.', 'Fable Learn', set()),
    ('Joining Coursera lets us offer certificates, through a new partnership announced today.', 'Fable Learn', set()),
    ("Joining Globex's partner network after its acquisition of Petal lets us reach more buyers.", 'Fable Learn', set()),
    ('Joining Fable Learn lets you learn Spanish in 10 minutes a day.', 'Fable Learn', set()),
])
def test_round6_joining_lets_us(text, company, expected):
    _check(text, company, expected)


# round 6: 'Acme has completed/closed a management buyout': the doer is the subject of the deal verb
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Ridgeback has completed a management buyout backed by LDC.', 'Ridgeback', {'acquisition'}),
    ('Ridgeback has completed a management buy-out, backed by LDC.', 'Ridgeback', {'acquisition'}),
    ('Ridgeback has closed a management buyout backed by Mobeus.', 'Ridgeback', {'acquisition'}),
    ('Our customer Tern has completed a management buyout backed by LDC.', 'Ridgeback', set()),
    ('Ridgeback has advised on a management buyout of Tern.', 'Ridgeback', set()),
    ('Ridgeback has completed a management buyout of Tern, its Leeds distributor.', 'Ridgeback', set()),
    ("Ridgeback's owners may agree a management buyout next year.", 'Ridgeback', set()),
])
def test_round6_completed_mbo(text, company, expected):
    _check(text, company, expected)


# round 6: 'the sale of <Company>'s <modified> unit to X' is a part of the company, 'the sale of <Company> to X' the whole
@pytest.mark.parametrize(("text", "company", "expected"), [
    ("The sale of Kova's UK clinics to Bupa completed last week.", 'Kova', set()),
    ("The sale of Kova's dental lab business to Straumann has closed.", 'Kova', set()),
    ("The sale of Kova's European unit to Globex was completed on Friday.", 'Kova', set()),
    ('The sale of Kova to Bupa completed last week.', 'Kova', {'acquisition'}),
    ('The sale of Kova Ltd to Bupa Dental Care has been completed.', 'Kova', {'acquisition'}),
    ('Following the sale of the company to Bupa, Kova will operate as a Bupa brand.', 'Kova', {'acquisition'}),
])
def test_round6_sale_of_a_part(text, company, expected):
    _check(text, company, expected)


# round 6: a raise dated 'last year' / 'two years ago' reads as history like one dated 'in 2021' (fronted, or beside another date)
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Last year, Loomly raised a $12M Series A led by Index.', 'Loomly', set()),
    ('Loomly raised a seed round two years ago and a Series A last year.', 'Loomly', set()),
    ('Two years ago, Loomly closed a $5M seed round led by Seedcamp.', 'Loomly', set()),
    ('Loomly raised $12M last week, the company said.', 'Loomly', {'funding'}),
    ('Loomly, which raised $12M last year, today announced a $30M Series B.', 'Loomly', {'funding'}),
    ('Loomly has raised $30M in a Series B, two years after its seed round.', 'Loomly', {'funding'}),
])
def test_round6_last_year_history(text, company, expected):
    _check(text, company, expected)


# round 6: integrated / incorporated into 'the <Name> group' (a named group takes the company, not a product integration)
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Tecnova has been integrated into the Capgemini group, our new owner.', 'Tecnova', {'acquisition'}),
    ('Tecnova was incorporated into the Sopra Steria group on 1 July.', 'Tecnova', {'acquisition'}),
    ('From today Tecnova is integrated into the NTT Data group.', 'Tecnova', {'acquisition'}),
    ("Tecnova's API has been integrated into the Capgemini group's platform.", 'Tecnova', set()),
    ('Tecnova has been integrated into Slack.', 'Tecnova', set()),
    ('Petal has been integrated into the Tecnova group.', 'Tecnova', set()),
    ('Our reports can be integrated into the Capgemini group dashboard.', 'Tecnova', set()),
])
def test_round6_integrated_into_named_group(text, company, expected):
    _check(text, company, expected)


# round 6: 'Acme and Globex are now / have become one company'
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Tecnova and Indra are now one company.', 'Tecnova', {'acquisition'}),
    ('Tecnova and Indra have become one company, under the Indra name.', 'Tecnova', {'acquisition'}),
    ('From 1 March, Tecnova and Minsait will be one company.', 'Tecnova', {'acquisition'}),
    ("Indra and Minsait are now one company, Tecnova's partner team said.", 'Tecnova', set()),
    ('Tecnova and Indra are one of the fastest growing companies in Spain.', 'Tecnova', set()),
    ('Tecnova and its customers are one company in spirit.', 'Tecnova', set()),
    ('Tecnova and Indra are not one company: Tecnova is fully independent.', 'Tecnova', set()),
])
def test_round6_now_one_company(text, company, expected):
    _check(text, company, expected)


# round 6: the company's name with '(now part of <Owner>)' in an aside
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Bloom (now part of Globex) is hiring engineers in Melbourne.', 'Bloom', {'acquisition'}),
    ('Sign in to Bloom (now part of Globex Payroll) with your existing password.', 'Bloom', {'acquisition'}),
    ('Support for Bloom (now a part of the Globex Group) moves to help.globex.com.', 'Bloom', {'acquisition'}),
    ('Petal (now part of Globex) is a Bloom integration partner.', 'Bloom', set()),
    ('Bloom (now part of the Y Combinator network) is hiring.', 'Bloom', set()),
    ("Our team (now part of Bloom's Sydney office) is growing.", 'Bloom', set()),
    ('Tern (now part of Globex) replaced our old payroll provider, Bloom says.', 'Bloom', set()),
])
def test_round6_paren_now_part_of(text, company, expected):
    _check(text, company, expected)


# round 6: 'funded/backed/financed by <Investor> with <money>' (not a grant, not another company, not customers)
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Ridgeback has been funded by Blume Ventures with INR 10 crore.', 'Ridgeback', {'funding'}),
    ('Ridgeback was backed by Octopus Ventures with £3m, the company said on Monday.', 'Ridgeback', {'funding'}),
    ('Ridgeback has been financed by Triodos Bank with a further €2 million.', 'Ridgeback', {'funding'}),
    ('Tern has been funded by Blume Ventures with INR 10 crore.', 'Ridgeback', set()),
    ('Ridgeback is funded by Innovate UK with a £50,000 grant.', 'Ridgeback', set()),
    ("Ridgeback's projects are funded by local councils with £2m a year.", 'Ridgeback', set()),
    ('Ridgeback has been backed by customers with 4,000 pre-orders.', 'Ridgeback', set()),
])
def test_round6_funded_by_investor_with_money(text, company, expected):
    _check(text, company, expected)


# round 6: Indian press 'garnered $10M in funding' and an investor's 'infused Rs 40 crore in <Company>'
@pytest.mark.parametrize(("text", "company", "expected"), [
    ('Qwik Retail has garnered $10 million in funding from Sequoia.', 'Qwik Retail', {'funding'}),
    ('Qwik Retail garners Rs 60 crore in Series B round led by Elevation.', 'Qwik Retail', {'funding'}),
    ('Accel has infused Rs 40 crore in Qwik Retail.', 'Qwik Retail', {'funding'}),
    ('Tiger Global infuses $15 million into Qwik Retail, the Mumbai quick-commerce startup.', 'Qwik Retail', {'funding'}),
    ('Qwik Retail has garnered 2 million downloads since launch.', 'Qwik Retail', set()),
    ("Qwik Retail's campaign garnered $3 million in sales in a week.", 'Qwik Retail', set()),
    ("Tern garnered $10 million in funding from Sequoia, Qwik Retail's investor.", 'Qwik Retail', set()),
    ('Qwik Retail has infused Rs 100 crore into its dark stores.', 'Qwik Retail', set()),
    ('Accel infused Rs 40 crore in Tern, a Qwik Retail rival.', 'Qwik Retail', set()),
])
def test_round6_garnered_and_infused(text, company, expected):
    _check(text, company, expected)
