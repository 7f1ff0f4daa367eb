"""Round 3: shutdown and layoffs families, each with look-alikes that must not flag. The sentences
are written for these tests (none is in a labelled set); each row gives the kinds a user would see
flagged and, for a flag, words its evidence must show."""

from __future__ import annotations

import pytest

from valuation_spiders.analysis.text_signals import detect_text_signals

URL = "https://x.example/news"


def signals(company: str, text: str, *, first_snapshot: bool = False) -> dict[str, str]:
    return {s.kind: s.evidence for s in detect_text_signals(text, URL, first_snapshot=first_snapshot, company=company)}


# (company, text, expected kinds, words the evidence shows)
SHUTDOWN = [
    # discontinuing everything the company offers
    ("Quillon", "Quillon will discontinue all of its products on 1 August.", {"shutdown"}, "discontinue all"),
    ("Quillon", "We are ceasing all services from the end of this month.", {"shutdown"}, "ceasing all services"),
    ("Quillon", "Quillon is discontinuing all services for unpaid accounts after 60 days.", set(), ""),
    ("Quillon", "We will discontinue the Quillon Go in favour of the new Quillon Max.", set(), ""),
    # headlines in Title Case
    ("Quillon", "Quillon Announces Plans to Shut Down Platform", {"shutdown"}, "Shut Down Platform"),
    ("Quillon", "Quillon to Close Service at the End of May", {"shutdown"}, "Close Service"),
    ("Quillon", "Quillon Closes After Eleven Years", {"shutdown"}, "Closes"),
    ("Quillon", "Quillon Plans to Close Manchester Office", set(), ""),
    ("Quillon", "Quillon Helps Retailers Close the Loop on Returns", set(), ""),
    # dissolution, liquidation, insolvency
    ("Quillon", "The company will be formally dissolved later this year.", {"shutdown"}, "dissolved"),
    ("Quillon", "Quillon's members voted to wind up the company on Tuesday.", {"shutdown"}, "wind up"),
    ("Quillon", "Quillon's board resolved to liquidate the business.", {"shutdown"}, "liquidate"),
    ("Quillon", "Quillon lets founders dissolve their companies online.", set(), ""),
    ("Quillon", "Our partnership with Tarn will be dissolved at year end.", set(), ""),
    ("Quillon", "Liquidate your stock positions in seconds with Quillon.", set(), ""),
    # the product retired, at end of life, off the stores, off air
    ("Quillon", "Quillon is being retired and the servers switch off in June.", {"shutdown"}, "retired"),
    ("Quillon", "We will retire the Quillon service on 30 September.", {"shutdown"}, "retire"),
    ("Quillon", "The Quillon platform reaches end of service on 1 March.", {"shutdown"}, "end of service"),
    ("Quillon", "Quillon has been pulled from the App Store and Google Play.", {"shutdown"}, "pulled from"),
    ("Quillon FM", "Quillon FM went off air for the last time last night.", {"shutdown"}, "off air"),
    ("Quillon", "Our chief executive is retiring after twenty years.", set(), ""),
    ("Quillon", "The legacy Quillon desktop app will be retired in June.", set(), ""),
    ("Quillon", "Your phone has reached end of life: trade it in with Quillon.", set(), ""),
    ("Quillon", "Apps that break the guidelines are removed from the App Store.", set(), ""),
    ("Quillon FM", "Quillon FM goes off air at 2am for transmitter work.", set(), ""),
    # closed for good, never reopening, the last day
    ("Quillon", "Quillon has closed all its cafes and will not reopen.", {"shutdown"}, "will not reopen"),
    ("Quillon", "We are now permanently closed.", {"shutdown"}, "closed"),
    ("Quillon", "Sunday is the final day of Quillon.", {"shutdown"}, "final day of Quillon"),
    ("Quillon", "Quillon will be closed on Boxing Day and on New Year's Day.", set(), ""),
    ("Quillon", "Our studio will be closed over the holidays and will reopen on 3 January.", set(), ""),
    ("Quillon", "The pool will not reopen until the repairs are finished.", set(), ""),
    ("Quillon", "Friday is my last day at Quillon.", set(), ""),
    # bedtime features and rumours are not closures
    ("Quillon", "Quillon's wind-down routine dims the lights at bedtime.", set(), ""),
    ("Quillon", "Start a bedtime wind-down with Quillon.", set(), ""),
    ("Quillon", "You may have heard that Quillon is shutting down.", set(), ""),
    # other words for the end: terminated, no more, come to an end, gone bust
    ("Quillon", "Quillon will terminate its service on 1 October.", {"shutdown"}, "terminate"),
    ("Quillon", "After six years in business, Quillon is no more.", {"shutdown"}, "no more"),
    ("Quillon", "Quillon has come to an end after six years.", {"shutdown"}, "come to an end"),
    ("Quillon", "Quillon has gone bust.", {"shutdown"}, "bust"),
    ("Quillon", "Quillon will terminate the contract with 30 days' notice.", set(), ""),
    ("Quillon", "Paper timesheets are no more with Quillon.", set(), ""),
    # round 4: the subject of a second verb; the product as the subject; headlines and set phrases
    ("Quillon", "Quillon is selling its last stock and will close the business in May.", {"shutdown"}, "close the business"),
    ("Quillon", "Quillon helps shops sell stock and close the business year on time.", set(), ""),
    ("Quillon", "The Quillon platform will be decommissioned on 1 March.", {"shutdown"}, "decommissioned"),
    ("Quillon", "Our Slough data centre will be decommissioned on 1 March.", set(), ""),
    ("Quillon", "The Quillon mobile app is being retired on 1 March.", {"shutdown"}, "retired"),
    ("Quillon", "The Quillon mobile app is being retired; use Quillon on the web instead.", set(), ""),
    ("Quillon", "Quillon Closing: Final Orders Ship Friday", {"shutdown"}, "Quillon Closing"),
    ("Quillon", "Quillon Closing: Holiday Opening Hours", set(), ""),
    ("Quillon", "So we are ending the service on 28 February.", {"shutdown"}, "ending the service"),
    ("Quillon", "You can end the service at any time in settings.", set(), ""),
    ("Quillon", "The directors resolved to place the company into creditors' voluntary liquidation.", {"shutdown"}, "place the company"),
    ("Quillon", "We help directors place a company into administration.", set(), ""),
    ("Quillon", "After six years, Quillon is calling it quits.", {"shutdown"}, "calling it quits"),
    ("Quillon", "Our investors have pulled the plug on Quillon.", {"shutdown"}, "pulled the plug"),
    ("Quillon", "Quillon has pulled the plug on its podcast.", set(), ""),
    ("Quillon", "Quillon is closing up shop for good.", {"shutdown"}, "closing up shop"),
    ("Quillon", "Our café closes up shop at 4pm on Sundays.", set(), ""),
    ("Quillon", "Quillon is winding up.", {"shutdown"}, "winding up"),
    ("Quillon", "We are winding up the year with a party.", set(), ""),
    ("Quillon", "Quillon has gone under after a failed rescue deal.", {"shutdown"}, "gone under"),
    ("Quillon", "Quillon's talks with Tarn collapsed last week.", set(), ""),
    ("Quillon", "Quillon is to close with the loss of 45 jobs.", {"shutdown", "layoffs"}, "close"),
    ("Quillon", "Globex has decided to close Quillon at the end of the year.", {"shutdown"}, "close"),
    ("Quillon", "Many users close Quillon after their first budget.", set(), ""),
    ("Quillon", "All Quillon servers will be powered off on 1 November.", {"shutdown"}, "powered off"),
    ("Quillon", "All Quillon servers will be powered off on Saturday for maintenance.", set(), ""),
    ("Quillon", "Quillon's administrators are seeking a buyer for the business.", {"shutdown"}, "administrators"),
    ("Quillon", "Quillon's administrators can add users and reset passwords.", set(), ""),
    ("Quillon", "A winding-up order was made against Quillon on Monday.", {"shutdown"}, "winding-up order"),
    ("Quillon", "Quillon Closing Down Sale: Everything Must Go", {"shutdown"}, "Closing Down Sale"),
    ("Quillon", "The Quillon app will go dark on 1 May.", {"shutdown"}, "go dark"),
    ("Quillon", "The Quillon app will go dark on Sunday night for an upgrade.", set(), ""),
    ("Quillon", "The service will end on 28 February.", {"shutdown"}, "end"),
    ("Quillon", "The time has come for Quillon to close its doors.", {"shutdown"}, "close its doors"),
    ("Quillon", "Quillon has entered Chapter 11 bankruptcy protection.", {"shutdown"}, "Chapter 11"),
    ("Quillon", "We have switched off the servers and our service has ended.", {"shutdown"}, "ended"),
    ("Quillon", "Our partnership with Tarn has ended.", set(), ""),
    ("Quillon", "End-of-Life Notice: Quillon", {"shutdown"}, "End-of-Life Notice"),
    ("Quillon", "Quillon API v1 End-of-Life Notice", set(), ""),
    ("Quillon", "Holiday Closure Notice: Quillon", set(), ""),
    ("Quillon", "Quillon Pulls the Plug", {"shutdown"}, "Pulls the Plug"),
    ("Quillon", "Quillon pulled the plug on the deal.", set(), ""),
    ("Quillon", "Quillon has wrapped up operations after five years.", {"shutdown"}, "wrapped up operations"),
    ("Quillon", "Quillon Ltd has been struck off the register.", {"shutdown"}, "struck off"),
    ("Quillon", "Quillon has gone bankrupt.", {"shutdown"}, "bankrupt"),
    ("Quillon", "Quillon's biggest customer has gone bankrupt.", set(), ""),
    ("Quillon", "Our doors close for the final time on Sunday.", {"shutdown"}, "doors close for the final time"),
    ("Quillon", "Quillon turns off the lights automatically at night.", set(), ""),
    ("Quillon", "Quillon is shutting down operations in Russia.", set(), ""),
    ("Quillon", "The Quillon app will no longer be available after 1 May.", {"shutdown"}, "no longer"),
    ("Quillon", "Quillon is selling its remaining stock and will cease operations in May.", {"shutdown"}, "cease operations"),
    ("Quillon", "Our competitor Globex lost its funding and will close the business.", set(), ""),
    ("Quillon", "Quillon won the award and will stop trading its old models.", set(), ""),
    ("Quillon", "Its new owner said it would shut the Quillon app down.", {"shutdown"}, "shut the Quillon app down"),
    ("Quillon", "We will wind the company down over the summer.", {"shutdown"}, "wind the company down"),
    ("Quillon", "Globex said it will shut down its own app next year.", set(), ""),
    ("Quillon", "Quillon closes on 30 June after nine years.", {"shutdown"}, "closes"),
    ("Quillon", "Quillon closes on 24 December at 2pm.", set(), ""),
    ("Quillon", "The acquisition of Quillon by Globex closed on 1 April.", {"acquisition"}, ""),
    ("Quillon", "Quillon will be shutting its online store at the end of the month.", {"shutdown"}, "shutting its online store"),
    ("Quillon", "Quillon's founder said the company would close on 31 March.", {"shutdown"}, "close"),
    ("Quillon", "Quillon has shut down its Austrian business and exited the market.", set(), ""),
    ("Quillon", "Quillon's administrators can see creditors' invoices.", set(), ""),
    ("Quillon", "Quillon Closing: How We Close Month-End in 3 Days", set(), ""),
    ("Quillon", "Quillon is closing the studio after its latest game underperformed.", {"shutdown"}, "closing the studio"),
    ("Quillon", "Quillon is closing the studio for two weeks over Christmas.", set(), ""),
    ("Quillon", "We'll be ending service on 28 February.", {"shutdown"}, "ending service"),
    ("Quillon", "We are ending service in Canada on 1 May.", set(), ""),
    ("Quillon", "Globex said the company would close on 31 March.", set(), ""),
    ("Quillon", "Globex, our biggest competitor, said it will close its doors.", set(), ""),
    ("Quillon", "The decision to close Quillon was taken by the board on Monday.", {"shutdown"}, "close"),
    ("Quillon", "Any decision to close Quillon would need board approval.", set(), ""),
    ("Quillon", "Following Quillon's collapse, customers are being refunded.", {"shutdown"}, "collapse"),
    ("Quillon", "A collapse in demand hit Quillon's revenue.", set(), ""),
    # a deal closes, intake pauses, the product moves into the acquirer's: none is a closure
    ("Quillon", "Quillon has closed on a $12 million seed round.", {"funding"}, ""),
    ("Quillon", "Quillon was acquired by Globex. We are no longer accepting new sign-ups.", {"acquisition"}, ""),
    ("Quillon", "Quillon has joined Globex; we are sunsetting the Quillon app and your data will be migrated to Globex.",
     {"acquisition"}, ""),
    ("Quillon", "Quillon has joined Globex; the Quillon app will shut down on 1 May, so please export your data.",
     {"acquisition", "shutdown"}, "shut down"),
    ("Quillon", "Our partnership with Tarn has come to an end.", set(), ""),
    # round 4: "shutter" as a verb of the whole operation, a headline's modifier before the offering
    ("Quillon", "Quillon is shuttering operations after failing to raise a new round.", {"shutdown"}, "shuttering operations"),
    ("Quillon", "Quillon To Shutter Mobile App After Nine Years", {"shutdown"}, "Shutter Mobile App"),
    ("Quillon", "Quillon regrets to announce that it will cease trading on 30 June.", {"shutdown"}, "cease trading"),
    ("Quillon", "Quillon To Shutter Leeds Office As Team Goes Remote", set(), ""),
    ("Quillon", "Quillon's partner Tarn is shuttering operations in Spain.", set(), ""),
    ("Quillon", "Quillon regrets to announce that the Leeds office will close for refurbishment.", set(), ""),
    # one office's team or office winding down is not the company
    ("Quillon", "Our Lisbon team will wind down by the end of the year as we consolidate in Porto.", set(), ""),
    ("Quillon", "Our Austin office is winding down; everyone there can move to Denver or work remotely.", set(), ""),
    ("Quillon", "Our New York team is winding down its events programme.", set(), ""),
    ("Quillon", "Our team has decided to wind down Quillon at the end of the year.", {"shutdown"}, "wind down"),
    ("Quillon", "Quillon is winding down after six years.", {"shutdown"}, "winding down"),
    ("Quillon", "Our Quillon team will wind down the service on 1 May.", {"shutdown"}, "wind down"),
    # a court's insolvency process against the company (India's IBC, winding-up); its own plan of liquidation
    ("Quillon", "The NCLT has admitted an insolvency petition against Quillon filed by an operational creditor.", {"shutdown"}, "insolvency petition"),
    ("Quillon", "The tribunal initiated the corporate insolvency resolution process against Quillon Technologies.", {"shutdown"}, "insolvency resolution process"),
    ("Quillon", "The High Court ordered winding-up proceedings against Quillon on Tuesday.", {"shutdown"}, "winding-up proceedings"),
    ("Quillon", "Quillon has filed an insolvency petition against its former reseller, Tarn Traders.", set(), ""),
    ("Quillon", "The tribunal dismissed the insolvency petition against Quillon on Friday.", set(), ""),
    ("Quillon", "The NCLT admitted an insolvency petition against Globex, one of Quillon's customers.", set(), ""),
    ("Quillon", "Quillon's board of directors has approved a plan of complete liquidation and dissolution.", {"shutdown"}, "plan of complete liquidation"),
    ("Quillon", "Quillon's stockholders voted to approve the plan of dissolution at a special meeting.", {"shutdown"}, "plan of dissolution"),
    ("Quillon", "We have adopted a plan of voluntary liquidation and will return remaining cash to shareholders.", {"shutdown"}, "plan of voluntary liquidation"),
    ("Quillon", "Globex's board has approved a plan of complete liquidation and dissolution.", set(), ""),
    ("Quillon", "Quillon helps boards approve a plan of liquidation in days.", set(), ""),
    ("Quillon", "Shareholders of Quillon's client Tarn approved a plan of dissolution.", set(), ""),
    ("Quillon", "Quillon's partner Tarn Bio said its board had adopted a plan of dissolution.", set(), ""),
    # "winding up" the company by name
    ("Quillon", "We are winding up Quillon Pty Ltd; creditors should contact the liquidator.", {"shutdown"}, "winding up"),
    ("Quillon", "We are winding up the Globex integration this week.", set(), ""),
]

LAYOFFS = [
    ("Tamsin", "Tamsin is furloughing most of its engineers until the spring.", {"layoffs"}, "furloughing"),
    ("Tamsin", "About 70 people lost their jobs at Tamsin this month.", {"layoffs"}, "lost their jobs"),
    ("Tamsin", "Dozens of staff were laid off at Tamsin on Monday.", {"layoffs"}, "laid off"),
    ("Tamsin", "Forty Tamsin employees were laid off last week.", {"layoffs"}, "laid off"),
    ("Tamsin", "Tamsin confirmed a 30% reduction in headcount.", {"layoffs"}, "reduction in headcount"),
    ("Tamsin", "Tamsin has announced a headcount cut of about a fifth.", {"layoffs"}, "headcount cut"),
    ("Tamsin", "We are restructuring Tamsin, which means cutting 40 roles.", {"layoffs"}, "cutting 40 roles"),
    ("Tamsin", "Tamsin raised $4M last year and laid off 15 employees this week.", {"funding", "layoffs"}, ""),
    ("Tamsin", "Tamsin cuts the time clinicians spend on notes, a 40% reduction in staff hours.", set(), ""),
    ("Tamsin", "Thousands of people lost their jobs in the last recession.", set(), ""),
    ("Tamsin", "Tamsin's founders were laid off at Globex and started the company.", set(), ""),
    ("Tamsin", "Our restructuring advisory team has supported 80 roles through change.", set(), ""),
    ("Tamsin", "Restructuring that affects 50 roles needs a plan; see our HR checklist.", set(), ""),
    ("Tamsin", "Tamsin helps furloughed workers find new jobs.", set(), ""),
    # furlough takes people as its object, whatever they are called
    ("Tamsin", "Today we furloughed half of our animators until new commissions arrive.", {"layoffs"}, "furloughed"),
    ("Tamsin", "Tamsin has furloughed most of its camera crew.", {"layoffs"}, "furloughed"),
    ("Tamsin", "Globex furloughed half of its animators.", set(), ""),
    ("Tamsin", "Our HR guide explains how employers furloughed workers in 2020.", set(), ""),
    ("Tamsin", "Tamsin's workforce will shrink by a fifth next year.", {"layoffs"}, "shrink by a fifth"),
    ("Tamsin", "Tamsin has halved its workforce.", {"layoffs"}, "halved its workforce"),
    ("Tamsin", "Tamsin staff have been placed on unpaid leave.", {"layoffs"}, "unpaid leave"),
    ("Tamsin", "A second round of layoffs hit Tamsin on Friday.", {"layoffs"}, "layoffs"),
    ("Tamsin", "We halved the team meeting time with async updates.", set(), ""),
    ("Tamsin", "Layoffs hit the retail sector hard this year.", set(), ""),
    # round 4: the company's people whoever cuts them, laid off in other words, jobs at risk
    ("Tamsin", "Globex bought Tamsin and said it will cut 25 of Tamsin's 90 staff.", {"acquisition", "layoffs"}, "25 of Tamsin's"),
    ("Tamsin", "Tamsin said it will cut 25 of Globex's 90 staff.", set(), ""),
    ("Tamsin", "Tamsin has placed 60 drivers on temporary layoff.", {"layoffs"}, "temporary layoff"),
    ("Tamsin", "Tamsin has put its spring catalogue on temporary hold.", set(), ""),
    ("Tamsin", "Tamsin has let go of its entire data team.", {"layoffs"}, "let go of"),
    ("Tamsin", "We let go of our team retreat this year.", set(), ""),
    ("Tamsin", "All staff have been made redundant.", {"layoffs"}, "made redundant"),
    ("Tamsin", "All staff have been trained in the new system.", set(), ""),
    ("Tamsin", "Tamsin confirms redundancies in its London office.", {"layoffs"}, "redundancies"),
    ("Tamsin", "We are reducing our team size by 8 roles.", {"layoffs"}, "team size by 8 roles"),
    ("Tamsin", "Tamsin offers layoff-proof savings accounts.", set(), ""),
    ("Tamsin", "Up to 30 jobs are at risk at Tamsin.", {"layoffs"}, "at risk"),
    ("Tamsin", "Millions of jobs are at risk from automation, says Tamsin's report.", set(), ""),
    ("Tamsin", "Tamsin's Hull plant will close with the loss of 120 jobs.", {"layoffs"}, "loss of 120 jobs"),
    ("Tamsin", "Globex's Hull plant will close with the loss of 120 jobs.", set(), ""),
    ("Tamsin", "We have decided to reduce the size of our team.", {"layoffs"}, "reduce the size of our team"),
    ("Tamsin", "We reduced the size of our team meetings to five people.", set(), ""),
    ("Tamsin", "Globex will lay off 40 Tamsin employees after the takeover.", {"layoffs"}, "lay off"),
    ("Tamsin", "Globex has hired 40 former Tamsin employees.", set(), ""),
    ("Tamsin", "We had to let 12 people go this week.", {"layoffs"}, "let 12 people go"),
    ("Tamsin", "We let our team go home early on Fridays.", set(), ""),
    ("Tamsin", "Every employee has been let go.", {"layoffs"}, "let go"),
    ("Tamsin", "About a third of Tamsin's 150 staff have been let go.", {"layoffs"}, "let go"),
    ("Tamsin", "Globex's staff have been laid off.", set(), ""),
    ("Tamsin", "Tamsin will shed up to 120 positions this year.", {"layoffs"}, "shed up to 120 positions"),
    ("Tamsin", "Globex said it will cut about 60 jobs at Tamsin.", {"layoffs"}, "cut about 60 jobs"),
    ("Tamsin", "Globex said it will cut about 60 jobs at its Leeds plant.", set(), ""),
    ("Tamsin", "Forty Tamsin roles will be cut.", {"layoffs"}, "be cut"),
    ("Tamsin", "Our prices have been cut by 20%.", set(), ""),
    ("Tamsin", "Around 60 of our staff were laid off.", {"layoffs"}, "laid off"),
    ("Tamsin", "Tamsin is to axe one in five jobs.", {"layoffs"}, "axe one in five jobs"),
    ("Tamsin", "Tamsin has slimmed down its team to 12 people.", {"layoffs"}, "slimmed down its team"),
    ("Tamsin", "Tamsin is letting 20 people go.", {"layoffs"}, "letting 20 people go"),
    ("Tamsin", "Tamsin has dismissed 30 workers.", {"layoffs"}, "dismissed 30 workers"),
    ("Tamsin", "Tamsin has dismissed 30 complaints as unfounded.", set(), ""),
    ("Tamsin", "Tamsin to cut jobs", {"layoffs"}, "cut jobs"),
    ("Tamsin", "AI will cut jobs in call centres, Tamsin's report warns.", set(), ""),
    ("Tamsin", "Tamsin lost its biggest client and will reduce its workforce by 20%.", {"layoffs"}, "reduce its workforce"),
    ("Tamsin", "A spokesperson said the company would make 30 roles redundant.", {"layoffs"}, "redundant"),
    ("Tamsin", "Tamsin has reduced its sales team by half.", {"layoffs"}, "sales team by half"),
    ("Tamsin", "We've had to part with 20 colleagues.", {"layoffs"}, "part with 20 colleagues"),
    ("Tamsin", "Tamsin parted with its founding CEO in March.", set(), ""),
    ("Tamsin", "Tamsin, which employs 400 people, said 90 roles would be cut.", {"layoffs"}, "be cut"),
    ("Tamsin", "Globex said 90 roles would be cut.", set(), ""),
    ("Tamsin", "The cuts affect 90 of Tamsin's 400 employees.", {"layoffs"}, "cuts"),
    ("Tamsin", "Tamsin's Leeds depot will close, affecting 35 jobs.", {"layoffs"}, "affecting 35 jobs"),
    ("Tamsin", "Tamsin's new depot will open in May, affecting 35 jobs at the old one.", set(), ""),
    ("Tamsin", "Tamsin cuts staff turnover by 30%.", set(), ""),
    ("Tamsin", "Tamsin cuts staff onboarding time in half.", set(), ""),
    ("Tamsin", "Tamsin is cutting jobs across Europe.", {"layoffs"}, "cutting jobs"),
    ("Tamsin", "Tamsin has informed 60 employees that their roles are being made redundant.", {"layoffs"}, "made redundant"),
    ("Tamsin", "Tamsin has told clients that their staff were laid off by Globex.", set(), ""),
    ("Tamsin", "Tamsin filed a WARN notice saying it will lay off 120 workers.", {"layoffs"}, "lay off"),
    ("Tamsin", "Tamsin eliminated its entire marketing department.", {"layoffs"}, "eliminated its entire marketing department"),
    ("Tamsin", "Tamsin eliminated its entire backlog in a week.", set(), ""),
    ("Tamsin", "Tamsin has disbanded its design team and moved its members to other projects.", set(), ""),
    ("Tamsin", "Globex's CEO said the company would make 30 roles redundant.", set(), ""),
    ("Tamsin", "Tamsin's 45 job cuts were announced on Friday.", {"layoffs"}, "job cuts"),
    ("Tamsin", "Staff can take unpaid leave for up to a month.", set(), ""),
    # round 4: other verbs of dismissal (retrench, sack, stand down) with a counted group of people
    ("Tamsin", "Tamsin has retrenched around 180 employees across its Pune and Chennai offices.", {"layoffs"}, "retrenched"),
    ("Tamsin", "The Perth miner Tamsin sacked 90 workers at its Kalgoorlie site on Friday.", {"layoffs"}, "sacked"),
    ("Tamsin", "Tamsin has stood down two-thirds of its staff until travel restrictions ease.", {"layoffs"}, "stood down"),
    ("Tamsin", "About 300 Tamsin employees were stood down without pay last week.", {"layoffs"}, "stood down"),
    ("Tamsin", "Tamsin sacked its chief executive after a board review.", set(), ""),
    ("Tamsin", "Tamsin's founder stood down as chair in March.", set(), ""),
    ("Tamsin", "Globex retrenched 400 miners in Queensland last month.", set(), ""),
    ("Tamsin", "Tamsin stood down its two oldest servers after the migration.", set(), ""),
    # pushed to resign, Indian business news wording
    ("Tamsin", "Tamsin has asked nearly 200 employees to resign as part of a cost-cutting drive.", {"layoffs"}, "to resign"),
    ("Tamsin", "The edtech firm forced over 300 staff to resign, former employees told Inc42.", {"layoffs"}, "to resign"),
    ("Tamsin", "Shareholders asked the CEO to resign after the audit.", set(), ""),
    ("Tamsin", "Globex has asked 500 employees to resign, Tamsin's founder wrote.", set(), ""),
    # a layoffs noun the company proposes; its workforce shrinks by a bare count
    ("Tamsin", "Tamsin has proposed 75 redundancies at its Leeds contact centre.", {"layoffs"}, "redundancies"),
    ("Tamsin", "Tamsin's workforce will shrink by 120 after the merger of its two plants.", {"layoffs"}, "shrink by 120"),
    ("Tamsin", "The union has proposed 75 redundancies be replaced by voluntary reductions in hours.", set(), ""),
    ("Tamsin", "Tamsin cut its losses by half and reduced headcount growth to 4% this year.", set(), ""),
    ("Tamsin", "Tamsin's workforce will grow by 120 after the merger of its two plants.", set(), ""),
    # a name ending in s owns the headcount with a bare apostrophe
    ("Hollis Parks", "Hollis Parks' workforce will shrink by 25% under the plan.", {"layoffs"}, "shrink by 25%"),
    ("Hollis Parks", "Globex Systems' workforce will shrink by 25% under the plan.", set(), ""),
    # a count of the company's people losing their jobs
    ("Tamsin", "About a quarter of Tamsin's employees lost their jobs on Monday.", {"layoffs"}, "lost their jobs"),
    ("Tamsin", "Nearly 60 of Tamsin's 300 workers lost their jobs when the plant closed.", {"layoffs"}, "lost their jobs"),
    ("Tamsin", "A third of Globex's employees lost their jobs last year, Tamsin's survey found.", set(), ""),
    ("Tamsin", "About a quarter of Tamsin's users lost their jobs during the pandemic, our survey shows.", set(), ""),
]


@pytest.mark.parametrize(("company", "text", "expected", "evidence"), SHUTDOWN + LAYOFFS)
def test_closure_families(company, text, expected, evidence):
    found = signals(company, text)
    assert set(found) & {"funding", "acquisition", "shutdown", "layoffs"} == expected
    for kind in expected & {"shutdown", "layoffs"}:
        assert evidence.lower() in found[kind].lower()


def test_the_closing_sentence_is_the_evidence_on_a_page():
    page = ("Quillon Studio\nOur studio will be closed over the holidays.\n"
            "After nine years, the Quillon app is being retired and will be removed from the App Store on 1 May.\n"
            "Thank you for everything.")
    found = signals("Quillon", page, first_snapshot=True)
    assert set(found) == {"shutdown"}
    assert found["shutdown"].startswith("After nine years, the Quillon app is being retired")


def test_layoffs_do_not_count_on_a_first_snapshot():
    assert signals("Tamsin", "About 70 people lost their jobs at Tamsin this month.", first_snapshot=True) == {}
