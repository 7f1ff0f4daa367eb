"""Company-name matching on real-world name shapes (issue 12, cause 2).

Names are matched against the text as written: digits and punctuation are part of a name, and
noise masking (which turns every number into 0 for comparisons) never reaches the matcher.
"""

from __future__ import annotations

import pytest

from valuation_spiders.analysis.diff import compare_texts
from valuation_spiders.analysis.grammar import CompanyName
from valuation_spiders.analysis.noise import normalise_text
from valuation_spiders.analysis.signals import PageObservation, detect_page_signals
from valuation_spiders.analysis.text_signals import detect_text_signals

# (company name, text that names it, text that does not)
NAMES = [
    ("1Password", "1Password's vault", "Set 1 password for every account"),
    ("23andMe", "Customers of 23andMe", "23 and me"),
    ("8x8", "8x8 Inc. reported results", "an 8x16 LED matrix"),
    ("Web3 Labs", "the Web3 Labs team", "web 2 labs"),
    ("Web3 Labs", "Web3 announced", "Web2 announced"),
    ("Acme2", "ACME2 is hiring", "Acme1 is hiring"),
    ("Acme", "Acme Robotics", "Acme2 robots"),
    ("Acme, Inc.", "Acme has been acquired", "Acmeco"),
    ("Acme, Inc.", "ACME INC", "acmes"),
    ("X.ai", "X.ai has been acquired", "an X-ray startup"),
    ("X.ai", "welcome to x.ai", "X marks the spot"),
    ("Acme.io", "Acme has been acquired", "Acmeio"),
    ("Lumen & Oak", "Lumen and Oak", "Lumenix"),
    ("Kettle & Co., LLC", "Kettle & Co.", "Kettleworks"),
    ("Studio54", "Studio54 bookings", "Studio 55"),
    ("A.I. Labs", "AI Labs", "Applied Labs"),
    # a name written as a domain whose ending is no common TLD, and whose stem is a plain word
    ("Beacon.health", "Beacon.health will eliminate 75 positions", "a beacon of health"),
    ("deep.green", "deep.green raised a bridge", "deep green forests"),
    ("q.bit", "q.bit raises a pre-seed", "a qubit"),
    ("Ostrava Labs s.r.o.", "Ostrava Labs entered liquidation", "Brno Labs s.r.o."),
    ("Polaris Edutech Pvt. Ltd.", "Polaris Edutech has shut shop", "Edutech news"),
]


@pytest.mark.parametrize(("name", "named", "other"), NAMES)
def test_a_name_matches_where_it_is_written_and_not_a_look_alike(name, named, other):
    matcher = CompanyName(name)
    assert matcher.matches(named)
    assert not matcher.matches(other)


@pytest.mark.parametrize(("name", "named", "other"), [row for row in NAMES if any(ch.isdigit() for ch in row[0])])
def test_noise_masking_would_lose_a_name_with_digits(name, named, other):
    """Why the matcher must read the text before masking: masked, "1Password" reads "0password"."""
    assert not CompanyName(name).matches(normalise_text(named)) or not any(ch.isdigit() for ch in named)


@pytest.mark.parametrize("name", ["1Password", "23andMe", "8x8", "Web3 Labs", "Acme2", "Acme, Inc.", "X.ai"])
def test_acquisition_of_a_company_whose_name_has_digits_or_punctuation(name):
    for sentence in (f"{name} has been acquired by Globex Corporation.",
                     f"Globex completes acquisition of {name}.",
                     f"{name} joins Globex.",
                     f"{name} is now part of Globex."):
        found = {s.kind for s in detect_text_signals(sentence, "https://x.example/", first_snapshot=False, company=name)}
        assert found == {"acquisition"}, sentence
    acquirer = f"{name} has acquired DataCo."
    assert detect_text_signals(acquirer, "https://x.example/", first_snapshot=False, company=name) == []


def test_the_heads_of_a_phrase_tell_the_company_from_its_things():
    acme = CompanyName("Acme Robotics")
    assert acme.heads("Acme Robotics") and acme.heads("Acme Robotics, Inc.") and acme.heads("Acme")
    assert not acme.heads("Acme licences") and not acme.heads("Acme customers")


def test_a_page_names_the_company_with_digits_across_a_noisy_change():
    """The page pipeline reads added lines as written: a digit name in news survives the diff."""
    before = "23andMe\nPersonal genetic reports\n\u00a9 2024 23andMe"
    after = ("23andMe\nPersonal genetic reports\n23andMe has been acquired by Meridian Health Partners.\n"
             "\u00a9 2025 23andMe")
    assert compare_texts(before, after).added == ("23andMe has been acquired by Meridian Health Partners.",)
    observation = PageObservation("23andMe", "https://23andme.example/", True, 200, None, "https://23andme.example/",
                                  "23andMe", after, before, 200, "23andMe")
    assert {s.kind for s in detect_page_signals(observation)[1]} == {"acquisition"}


@pytest.mark.parametrize(("name", "sentence", "kind"), [
    ("Gridline", "Gridline Pte. Ltd. has been acquired by Grab Holdings Limited. The acquisition was completed on 30 September.",
     "acquisition"),
    ("Polaris Edutech Pvt. Ltd.", "Polaris Edutech Pvt. Ltd. has initiated the layoff process for nearly 250 employees.",
     "layoffs"),
    ("Beacon.health", "As part of a restructuring announced today, Beacon.health will eliminate roughly 75 positions.",
     "layoffs"),
    ("q.bit", "q.bit has been acquired by QubitCo. our compiler will live on as part of QubitCo's toolkit.", "acquisition"),
])
def test_news_of_names_with_legal_abbreviations_or_written_as_domains(name, sentence, kind):
    """"Pte. Ltd." does not end a sentence; "beacon.health" is the company, as written."""
    found = {s.kind for s in detect_text_signals(sentence, "https://x.example/", first_snapshot=False, company=name,
                                                 learned=False)}
    assert found == {kind}
