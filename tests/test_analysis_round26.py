"""Round 26 of the detectors (issue 12): names with their legal form or particle and their accents, events told with no
subject of their own on the company's page, ownership and capital in the words of registries and translated notices, and
buyers that are no buyers.

Found on the development sets written this round (train50: ownership and capital of family businesses, in second-language
English; train51: informal voices; train52: softened and implied news) and checked on all development sets, rules alone
(README, round 26). Each family is written here in new words, beside the look-alikes it must not catch.
"""

from __future__ import annotations

import pytest

from tests.text_reading import first_read
from tests.text_reading import rules_read as kinds
from valuation_spiders.analysis.grammar import company_name
from valuation_spiders.analysis.learned import common_words
from valuation_spiders.analysis.text_signals import model_may_read


@pytest.mark.parametrize(("name", "text", "matches"), [
    # the legal forms of more countries are not part of the name ("SIA", "Lda", "OÜ", "UAB" before it)
    ("Daugava Krāsas SIA", "Daugava Krāsas announces", True),
    ("Ribeira Azul, Lda.", "Ribeira Azul closes", True),
    ("Tamme Puit OÜ", "Tamme Puit was sold", True),
    ("UAB Nemuno Duona", "Nemuno Duona bakes rye bread", True),
    # a name with accents is read by the reader without them, whichever pattern finds it
    ("Zāles Pļava SIA", "Zāles was bought", True),
    ("Hôtel Mont Gélé", "Mont Gélé closes for good", True),
    # a legal form before a name leaves a name of its own, not a generic one ("PT Health Clinic" stays whole)
    ("PT Health Clinic Ltd", "Northside Health Clinic has closed", False),
    # a surname with its particle is not the firm on its own: others and people carry it ("De Luca Builders of Texas", "Dr.
    # Al Noor"; tried and left out, README round 26)
    ("De Luca Costruzioni", "De Luca Builders of Texas was sold", False),
    ("Al Noor Trading", "Dr. Al Noor joined Globex", False),
])
def test_names_with_legal_forms_and_accents(name, text, matches):
    assert company_name(name).matches(text) is matches


@pytest.mark.parametrize(("text", "expected"), [
    # the company's people, told after a clause that names no one
    ("Trading has stopped, the yard is closed and all 64 employees have been made redundant.", {"shutdown", "layoffs"}),
    ("All operations have ceased and the remaining 90 employees have been dismissed.", {"shutdown", "layoffs"}),
    ("Trading has stopped.", {"shutdown"}),
    ("All 38 employees received their termination.", {"layoffs"}),
    ("Trading has stopped and all 112 employees have been made redundant.", {"shutdown", "layoffs"}),
    ("All 58 employees of Wrenfield received their termination letters.", {"layoffs"}),
    ("40 employees of Globex were laid off.", set()),
    ("26 employees received notices.", {"layoffs"}),
    # another company named before them, a time away, a statistic
    ("Several of you asked about Kestrel Ridge down the valley, where thirty people have been laid off.", set()),
    ("Our supplier monitor: the Globex plant has closed for good, and 300 jobs have gone.", set()),
    ("Dear customers, operations have ended and we thank you for your loyalty.", {"shutdown"}),
    ("The council closed the leisure centre and 25 staff were laid off.", set()),
    ("Globex lost its licence, and trading has stopped.", set()),
    ("Trading has stopped for today.", set()),
    ("Trading has been suspended pending an announcement.", set()),
    ("Operations will stop for the holidays.", set()),
    ("The operation was stopped after twenty minutes.", set()),
    ("All staff received notice of the new rota.", set()),
    ("Twelve employees received their termination bonus.", set()),
])
def test_news_told_with_no_subject_of_its_own(text, expected):
    assert kinds(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # closures in the words of translated notices
    ("The operation of Wrenfield is ceased at 30 June.", {"shutdown"}),
    ("Dear customers, the firm goes in liquidation.", {"shutdown"}),
    # a closure on two days is a holiday
    ("Wrenfield will close the shop on 23 and 24 June.", set()),
    ("Wrenfield will close on Monday and Tuesday.", set()),
    # ... unless an end is told with them
    ("Wrenfield will close on 5 and 6 June and will not reopen.", {"shutdown"}),
    ("Wrenfield will cease trading on 29 and 30 June.", {"shutdown"}),
])
def test_closures_in_translated_words(text, expected):
    assert kinds(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # owned by a group, in the lines of an imprint or a register
    ("Wrenfield GmbH – a company of the Alder Group.", {"acquisition"}),
    ("A company of the Alder Gruppe.", {"acquisition"}),
    ("Wrenfield s.r.o. is a member of the group Alderhof.", {"acquisition"}),
    ("Wrenfield S.r.l. – company subject to direction and coordination of Alder Holding S.p.A.", {"acquisition"}),
    # a network, a buying group, the company's own group
    ("Wrenfield is a member of the purchasing group Kupiec Razem.", set()),
    ("Wrenfield GmbH – a company of the Wrenfield Group.", set()),
])
def test_ownership_lines_on_a_first_snapshot(text, expected):
    assert first_read(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # part of a group, with the time between ("since", "from" in the word order of German or Swedish)
    ("Wrenfield is since 1 April part of the Alder Group.", {"acquisition"}),
    ("Our agency is from now on part of the Alder Gruppe.", {"acquisition"}),
    ("Wrenfield is since the 1 of March a part of the Alder Group.", {"acquisition"}),
    ("Wrenfield is since 2019 part of the Alder Group.", set()),  # a sale of an earlier year
    # a majority of the shares changing hands
    ("The Wrenfield family has sold 75 percent of the shares to the Alder Group.", {"acquisition"}),
    ("Alder Holding has bought 90 % of the shares and is now the owner of Wrenfield.", {"acquisition"}),
    ("The fund holds now 60 percent of Wrenfield; the founders keep the rest.", {"acquisition"}),
    ("The founders sold 30 percent of the shares to Alder.", set()),
    ("Our founders hold 60 percent of Wrenfield.", set()),
    ("With effect from 1 July the shares of the founder Karl Wrenfield passed to his son.", set()),
    ("Wrenfield was acquired by its management in a 2016 buyout.", set()),  # dated by the buyout's year
])
def test_sales_in_the_words_of_registries(text, expected):
    assert kinds(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the company's capital raised with new money
    ("The share capital of Wrenfield GmbH was increased by EUR 1.5 million.", {"funding"}),
    ("Two partners made a capital increase of €400,000 in the company.", {"funding"}),
    ("Wrenfield increased the share capital: a Danish fund invested €900,000.", {"funding"}),
    ("A regional fund subscribed a capital increase of EUR 3 million.", {"funding"}),
    # from its own reserves (a bonus issue), only proposed, or another's
    ("Wrenfield increased the share capital from own reserves to EUR 500,000.", set()),
    ("The board proposes to increase the share capital by EUR 2 million.", set()),
    ("Globex increased its capital by EUR 20 million.", set()),
    ("Wrenfield raised the share capital by EUR 2 million; the new shares were taken up by a fund.", {"funding"}),
])
def test_capital_increases(text, expected):
    assert kinds(text, "Wrenfield") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a buyer that is no buyer, after a pause for effect
    ("We've been acquired… by a cat. She runs procurement now.", set()),
    ("Wrenfield has been bought! by our barista, who took the last bag.", set()),
    ("Wrenfield is being bought... by more customers every day.", set()),
    ("Wrenfield has been acquired by a private equity firm.", {"acquisition"}),
    ("Wrenfield has been bought by a regional food distributor.", {"acquisition"}),
    ("Wrenfield has been acquired… by a local couple.", {"acquisition"}),
    ("Wrenfield has been acquired… by Alder Holdings.", {"acquisition"}),
    # a product of the company's, by its own suffix
    ("Wrenfield Kids is shutting down; the main app gets a family mode.", set()),
    ("Wrenfield Journal is being sunset.", set()),
    # a year that frames what follows
    ("Looking back at 2025: we raised a small seed extension and moved office.", set()),
    ("From our 2025 annual letter: we raised our Series A in May.", set()),
])
def test_jokes_products_and_years_that_frame(text, expected):
    assert kinds(text, "Wrenfield") == expected


def test_the_model_reads_sentences_under_a_label_or_of_the_current_year():
    name = company_name("Wrenfield")
    # a label before the clause is not a name ("Update:", "Careers footnote:"), nor a word the sets write in lower case
    assert model_may_read("layoffs", "Update: 18 workers in the packing hall are laid off from Monday.", name)
    assert model_may_read("layoffs", "Careers footnote: positions in support have been made redundant.", name)
    assert not model_may_read("layoffs", "Globex: 18 workers in the packing hall are laid off from Monday.", name)
    # a year before the crawl's is history, the crawl's own year is not (the crawl passes its year; training does not)
    from valuation_spiders.analysis.text_signals import _model_may_read
    assert _model_may_read("In 2026 Wrenfield raised its Series B.", name, 2026)
    assert not _model_may_read("In 2024 Wrenfield raised its Series B.", name, 2026)


def test_common_words_are_the_words_written_in_lower_case():
    texts = ["The shop is open and operations continue.", "Our operations moved, and operations grew.",
             "We met Globex, and Globex agreed.", "Staff said operations stopped; Globex said so, and Globex left."]
    words = common_words(texts)
    assert "operations" in words
    assert "globex" not in words  # a name: written with its capital inside sentences
