"""Round 31 of the detectors (issue 12): a subject and its predicate read across the asides between them.

- A sentence whose subject opens it and whose predicate comes after asides set off by commas or dashes (an apposition, a
  relative clause, an adverbial, or all of them, each with commas of its own) is also read as the subject with that
  predicate: "Tallowmere, the app that ..., which ..., has, after months of talks, been sold to ..." reads as "Tallowmere
  has been sold to ...". The asides go: a verb inside a relative clause is the clause's; an aside that dates the news
  stays (it is read as written); a part past a semicolon or a colon is another clause's.
- A sentence that opens with a participle ("Since joining ...", "Having raised ...", "After being acquired by ...") has
  the main clause's subject for its own, and is also read as that subject's statement: "Since joining Brennan Labs last
  month, we have doubled the team" tells "we have joined Brennan Labs last month" (its date read with it).
- News the sentence takes as known, told by when it happened or by who did it, is news: cuts told by their day ("after
  this month's redundancies", "the job cuts announced yesterday"), a round told with who closed it ("the $40 million
  Series C it closed this quarter", "the round we closed this month"), and the company's new owner or parent named as
  its own ("Dovetail's new owners, Quantic, ...", "Kintyre, the company's new owner", "the new owner of Dunmore"). Not
  another company's ("today's layoffs at Globex"), an industry's, one undone, a year's before the crawl's, a sale that
  may come ("any new owner"), or a new owner's manual.
- A deal that "has closed" or "was completed", with its auxiliary, is the deal's closing, not a closure: "The acquisition
  of Tallowmere by Brennan Labs has closed" tells a sale only.

Found on the development sets train62 (news told indirectly) and train63 (a portfolio across countries); each family is
written here in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import rules_read
from valuation_spiders.analysis.text_signals import opening_participle, subject_predicates


def _folded(text: str) -> list[str]:
    return [" ".join(reading.split()) for reading in subject_predicates(text)]


@pytest.mark.parametrize(("text", "readings"), [
    # an apposition with a relative clause in it, then an adverbial between the auxiliary and its participle
    ("Tallowmere, the rota app that care homes in Kent have used since launch, has, after months of talks, been sold to "
     "Brennan Labs.", ["Tallowmere has been sold to Brennan Labs."]),
    # two relative clauses, each with its verb
    ("Quernstone, whose kilns fired tiles for half of Devon and which twice won a county award, will close in March.",
     ["Quernstone will close in March."]),
    # asides between dashes, an adverbial between the modal and its verb
    ("Lodeway \u2014 the parcel tracker we started with two couriers \u2014 will, from 1 July, be part of Orrin Freight.",
     ["Lodeway will be part of Orrin Freight."]),
    # a relative clause with no verb before its comma goes on past it: the verb after it is the clause's
    ("Harrowby, whose biggest customer, Dunmere Foods, has been acquired, is hiring twelve drivers.",
     ["Harrowby is hiring twelve drivers."]),
    # a verb of telling opens the subject's predicate: what follows is what is told, with its own subject, kept whole (since
    # round 44 the subject is read with it: "Calderwyn, the maker ..., said that Ostermoor has acquired a stake")
    ("Ostrava Digital s.r.o., the kiosk developer, says its biggest customer, the rail operator, has let go of 180 staff.",
     ["Ostrava Digital s.r.o. says its biggest customer, the rail operator, has let go of 180 staff."]),
    # an adverbial between the auxiliary and its verb is passed over, not taken for the verb
    ("Cobalt Harbour, a start-up in Cardiff, is, according to its CEO, raising a seed round.",
     ["Cobalt Harbour is raising a seed round."]),
    # asides that tell a part of the company: no reading
    ("Quillby Labs, our experimental side-project, is, after two years, closing.", []),
    # a list of names, not a subject and its asides
    ("Tallowmere, Brennan Labs and Orrin Freight have agreed a shared standard.", []),
    # an opening adverbial is no subject
    ("After a long search, and with regret, we have decided to close.", []),
    ("Founded in Leeds, backed by two angels, Tallowmere has grown fast.", []),
    # an aside that dates the news stays: no reading without it
    ("Tallowmere's seed round, announced in 2023, was led by Orrin Ventures.", []),
    # past a semicolon, another clause
    ("Tallowmere, the rota app, is now owned by Brennan Labs; the deal, whose terms were not disclosed, closed this week.",
     ["Tallowmere is now owned by Brennan Labs; the deal, whose terms were not disclosed, closed this week."]),
])
def test_a_subject_is_read_with_its_predicate_past_the_asides(text, readings):
    assert _folded(text) == readings


def test_each_reading_keeps_the_sentence_length_so_evidence_offsets_hold():
    text = "Tallowmere, the rota app that care homes use, has, after months of talks, been sold to Brennan Labs."
    assert [len(reading) for reading in subject_predicates(text)] == [len(text)]


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tallowmere", "Tallowmere, the rota app that care homes in Kent have used since launch, has, after months of talks, "
                   "been sold to Brennan Labs.", {"acquisition"}),
    ("Quernstone Ltd", "Quernstone Ltd, whose kilns fired tiles for half of Devon and which twice won a county award, will, "
                       "after a search for investment that did not succeed, close at the end of March.", {"shutdown"}),
    ("Fellgate Payroll", "Fellgate Payroll, together with its sister brands Fellgate HR and Fellgate Time, and after a review "
                         "of costs that took most of the summer, has let go of 28 people.", {"layoffs"}),
    ("Corrieburn", "Corrieburn, the booking tool for climbing walls that began in a Glasgow bothy, has, with backing from "
                   "Stane Capital and two angels, raised \u00a31.2m.", {"funding"}),
    # look-alikes: the company's own history kept by a dated aside; another company's news inside the aside
    ("Corrieburn", "Corrieburn's seed round, closed in 2024, was led by Stane Capital.", set()),
    ("Tallowmere", "Tallowmere, the rota app, is now owned by Brennan Labs; the deal, whose terms were not disclosed, "
                   "closed this week.", {"acquisition"}),
])
def test_the_rules_read_a_predicate_past_its_subjects_asides(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tallowmere", "The acquisition of Tallowmere by Brennan Labs has closed.", {"acquisition"}),
    ("Tallowmere", "The sale of Tallowmere to Brennan Labs was completed on Friday.", {"acquisition"}),
    ("Tallowmere", "Now that the merger of Tallowmere and Orrin has closed, customers keep their logins.", {"acquisition"}),
    # the company closing, with or without an auxiliary, is still a closure
    ("Tallowmere", "Tallowmere has closed.", {"shutdown"}),
    ("Tallowmere", "After the sale of its van fleet, Tallowmere has closed for good.", {"shutdown"}),
])
def test_a_deal_that_has_closed_is_no_closure(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("text", "told"), [
    ("Since joining Brennan Labs in October, we have doubled the support team.", "we have joined Brennan Labs in October."),
    ("Having raised \u20ac3m from Orrin Ventures, Corrieburn is opening an office in Lyon.",
     "Corrieburn has raised \u20ac3m from Orrin Ventures."),
    ("After being acquired by Brennan Labs, the Tallowmere team now reports to its CTO.",
     "the Tallowmere team has been acquired by Brennan Labs."),
    ("Having agreed a merger with Orrin, Quernstone Ltd will change its name.", "Quernstone Ltd has agreed a merger with Orrin."),
    # no participle opens it, or no main clause follows
    ("Joining Brennan Labs was the best decision we made.", None),
    ("Since our launch, we have doubled the team.", None),
    # closing, completing or selling may be a client's deal: not read
    ("After closing a $9M seed round for Globex, we advised two more founders.", None),
])
def test_an_opening_participle_is_told_with_the_main_clauses_subject(text, told):
    assert opening_participle(text) == told


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tallowmere", "Since joining Brennan Labs in October, we have doubled the support team.", {"acquisition"}),
    ("Corrieburn", "Having raised \u20ac3m from Orrin Ventures, Corrieburn is opening an office in Lyon.", {"funding"}),
    ("Quernstone", "Having agreed a merger with Orrin Foods, Quernstone will change its name in the spring.", {"acquisition"}),
    # its date read with it: history
    ("Tallowmere", "Since joining Brennan Labs in 2023, we have doubled the support team.", set()),
    ("Corrieburn", "Having raised a seed round back in 2022, Corrieburn is now profitable.", set()),
    # a person joining, the company selling a part of itself, cutting prices: no news of the kinds
    ("Tallowmere", "Since joining Tallowmere in March, Priya Shah has led our sales team.", set()),
    ("Tallowmere", "After selling our Leeds shop, we moved online.", set()),
    ("Tallowmere", "Having cut our prices, we doubled our sales.", set()),
])
def test_the_rules_read_an_opening_participle_as_the_subjects_news(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Skelby", "Our smaller team, now 19 people after this month's redundancies, will focus on the two apps you use most.",
     {"layoffs"}),
    ("Skelby", "Colleagues affected by the job cuts announced yesterday keep their laptops and health cover.", {"layoffs"}),
    ("Skelby", "I was one of the 30 people whose roles were eliminated in this week's restructuring at Skelby.", {"layoffs"}),
    # another company's cuts, an industry's, cuts undone, a restructuring that cuts no one
    ("Skelby", "To everyone affected by today's layoffs at Dunmere Foods: Skelby is hiring drivers.", set()),
    ("Skelby", "Tech layoffs: this week's cuts across the industry passed 4,000 people.", set()),
    ("Skelby", "The job cuts announced yesterday have been cancelled after the new contract.", set()),
    ("Skelby", "The restructuring announced this week moves the data team under product.", set()),
    # cuts at someone the company deals with, in a region, or in a list
    ("Skelby", "After this month's redundancies at our biggest customer, Skelby expects fewer orders.", set()),
    ("Skelby", "Following last Friday's layoffs at our competitor Dunmere, we have hired three of their engineers.", set()),
    ("Skelby", "Our free CV workshop for anyone affected by today's job cuts in the region starts at 6pm.", set()),
    ("Skelby", "Today's layoffs tracker: see which tech companies cut jobs this week.", set()),
    ("Skelby", "The redundancies announced this morning at Skelby's supplier Ironbridge Metals will not affect our staff.", set()),
    ("Skelby", "Today's layoffs at our Leeds plant affect 40 people.", {"layoffs"}),
])
def test_cuts_the_sentence_takes_as_known_are_news(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Dunlow", "Fuelled by the $25 million Series B it closed this quarter, Dunlow is opening an office in Austin.", {"funding"}),
    ("Dunlow", "Every new hire in our Derby office was made possible by the Series A that Dunlow closed in August.", {"funding"}),
    ("Dunlow", "Given that the funding round led by Arkwright Capital closed last week, we are hiring sooner.", {"funding"}),
    # history, another company's round, one still to close, not a round of money
    ("Dunlow", "Since the seed round we closed in 2023, we have tripled our revenue.", set()),
    ("Dunlow", "Congratulations to Pellam on the Series A it closed this week.", set()),
    ("Dunlow", "The round we hope to close in March will pay for the new office.", set()),
    ("Dunlow", "Now that the hiring round has closed, we will reply to every applicant.", set()),
    # a round known by who closed it, with no time: any year's
    ("Dunlow", "The $35 million Series B that Dunlow closed funded the first trial.", set()),
    ("Dunlow", "The $55M Series D led by Greystone closed this week at Fenmark, Dunlow's largest customer.", set()),
])
def test_a_round_the_sentence_takes_as_known_is_news(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pennock.io", "Pennock.io's new owners, Harwell Group, plan to keep the brand and the team.", {"acquisition"}),
    ("Pennock", "Contracts signed with Pennock Ltd will be honoured by Harwell Group, the company's new owner.", {"acquisition"}),
    ("Pennock Tutors", "From next term, invoices will come from Harwell Learning, the new owner of Pennock Tutors.",
     {"acquisition"}),
    ("Pennock", "Existing licences will be renewed by our new parent at the same price.", {"acquisition"}),
    ("5Fold Software", "Say hello to Harwell Capital, the new owner of 5Fold Software.", {"acquisition"}),
    # a "would" after the new owner is what it said, not a condition
    ("Pennock", "Pennock's new owners said on Monday that the team would move to their Leeds campus.", {"acquisition"}),
    # a guide for owners, others' owners, a sale that may come, a sale of an earlier year
    ("Pennock", "Pennock publishes a new owner's manual for the P2 thermostat.", set()),
    ("Pennock", "New owners of a Pennock franchise get six weeks of training.", set()),
    ("Pennock", "Should Pennock ever be sold, your plan would be honoured by our new owner.", set()),
    ("Pennock", "Pennock's new owner, Harwell Group, which bought it in 2024, keeps the brand.", set()),
    ("Pennock Press", "A message to the new owners of Pennock Press e-books: your copies are in your library.", set()),
    # an owner yet to be named
    ("Pennock", "Pennock's new parent company will be announced next week.", set()),
])
def test_the_companys_new_owner_named_as_its_own_tells_a_sale(company, text, expected):
    assert rules_read(text, company) == expected
