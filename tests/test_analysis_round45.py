"""Round 45 of the detectors (issue 12): the dismissed told as a subject with more beside them, a unit of the company's
cut to a count, dismissals counted in words, notices, bare plural subjects, a transcript's questions answered past the
speakers' labels, the company told by its description in a later sentence, a round as the subject of its close, a line
told in the first person under a heading that names customers, and a name of three words called by its first two.

The families were chosen because independent writers used them: three development sets written this round from one
brief by three helpers who did not see each other's sets (train100: the spoken word; train101: jobs and staff told every
way; train102: news carried across sentences by reference), and the misses of the 113 earlier sets. Each is written here
in new words, beside its look-alikes.
"""

from __future__ import annotations

import pytest

from tests.text_reading import rules_read
from valuation_spiders.analysis.grammar import company_name, qa_lines


@pytest.mark.parametrize(("company", "text", "expected"), [
    # the dismissed as a subject, with another group and the company's own place beside them
    ("Harwood Vets", "Two veterinary nurses and a practice manager at the Selby clinic have been made redundant.", {"layoffs"}),
    ("Harwood Vets", "Eleven pickers at our Doncaster warehouse have been laid off.", {"layoffs"}),
    # (another company's people, by its name, stay another's)
    ("Harwood Vets", "Eleven pickers at Globex have been laid off.", set()),
    # a bare plural opening the sentence, stood down, an adverb before the verb
    ("Harwood Vets", "Receptionists on the weekend rota have been stood down without pay until February.", {"layoffs"}),
    ("Harwood Vets", "Engineers across the industry have been laid off this year.", set()),
])
def test_the_dismissed_are_read_past_what_stands_beside_them(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Kestle Radio", "We have cut the breakfast team to three.", {"layoffs"}),
    ("Kestle Radio", "Kestle Radio is reducing its sports desk from six to two.", {"layoffs"}),
    ("Kestle Radio", "Kestle Radio has shrunk its sales team to 12 from 30 since the summer.", {"layoffs"}),
    ("Kestle Radio", "Our newsroom will shrink from 28 reporters to 19 in the new year.", {"layoffs"}),
    # (a count that grows, a count of days, another company's team)
    ("Kestle Radio", "Our newsroom grew from 8 to 14 this year.", set()),
    ("Kestle Radio", "We cut our delivery times to four days.", set()),
    ("Kestle Radio", "We helped Globex cut its support team to four.", set()),
])
def test_a_unit_cut_to_a_count(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Penwith Couriers", "Penwith Couriers has sacked eleven riders after losing the council contract.", {"layoffs"}),
    ("Penwith Couriers", "This morning we issued ninety-day notices to thirty-two employees.", {"layoffs"}),
    # (a count of something else)
    ("Penwith Couriers", "We fired up eleven new vans this week.", set()),
])
def test_dismissals_counted_in_words_and_notices(company, text, expected):
    assert rules_read(text, company) == expected


def test_a_transcript_question_is_paired_with_its_answer_past_the_speakers_labels():
    name = company_name("Tolvan Energy")
    # (the statement is read after the question's line)
    lines = qa_lines(["HOST: And the Series B?", "TOLVAN CEO: Closed in September. Forty million."], name)
    assert lines[1] == "The Series B closed in September. Forty million."
    lines = qa_lines(["PRIYA: So the seed round closed last week?", "JON: Yes, on Thursday."], name)
    assert lines[1] == "The seed round closed last week."


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Tolvan Energy", "HOST: And the Series B?\nTOLVAN CEO: Closed in September. $40 million.", {"funding"}),
    ("Tolvan Energy", "HOST: And the Series B?\nTOLVAN CEO: Still raising, honestly.", set()),
    ("Tolvan Energy", "HOST: You closed a Series B?\nGUEST: No, not yet.", set()),
])
def test_a_transcript_answer_tells_the_event_it_was_asked_about(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Pellow Bakes", "Pellow Bakes, the sourdough bakery on Fore Street. In November the bakery was sold to Crust Group.",
     {"acquisition"}),
    ("Pellow Bakes", "Pellow Bakes is a sourdough bakery. The bakery will close for good on 24 December.", {"shutdown"}),
    # (the same word given to another in the passage)
    ("Pellow Bakes", "Pellow Bakes is a sourdough bakery. We visited a bakery in Lyon last month. The bakery has been sold.",
     set()),
])
def test_the_company_by_its_description_in_a_later_sentence(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Marrick Data", "The company's Series A closed on 14 October, led by Fellside Ventures.", {"funding"}),
    ("Marrick Data", "Marrick Data makes survey tools. The company is pleased to say that its seed round has closed, with "
                     "Hollin Capital leading.", {"funding"}),
    ("Marrick Data", "Our Series A closed to new investors in October; we are not taking more money.", set()),
    # (a round told in the first person under a heading that names customers)
    ("Marrick Data", "From our customer day\nQ: Is Marrick Data well funded?\nA: Yes. We closed a £9M Series A in October.",
     {"funding"}),
])
def test_a_round_as_the_subject_of_its_close(company, text, expected):
    assert rules_read(text, company) == expected


@pytest.mark.parametrize(("company", "text", "expected"), [
    ("Sour Milk Robotics", "Sour Milk has been acquired by Ostler Automation.", {"acquisition"}),
    # (the first words heading a longer name are another's, or a place's)
    ("Holm Oak Homes", "Holm Oak Estates has been sold to Burnside Property.", set()),
    ("Holm Oak Homes", "We are moving out of our Holm Oak Road office.", set()),
])
def test_a_name_of_three_words_is_called_by_its_first_two(company, text, expected):
    assert rules_read(text, company) == expected
