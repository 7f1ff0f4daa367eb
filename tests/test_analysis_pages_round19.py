"""Round 19 of the page detectors (issue 12, causes 3 and 4): more of the forms a dead or repurposed homepage takes.

Found on a development set written this round (train29: 73 companies' pages): a host's suspension and "not published
yet" pages in Italian, Spanish, German and French, served with 200 (also on a first crawl, where a real site was never
seen); an essay mill in place of the company (not a company warning against one). A short page whose title names
another business was tried and left out: a review found the company's own notices ("Easter Opening Hours", "Back
Soon") read so. Each is read from the HTML as a crawl reads it, beside the healthy pages it must not catch.
"""

from __future__ import annotations

import pytest

from tests.test_analysis_pages_round18 import crawl

BRIGHTMOOR = ("<html><head><title>Home | Brightmoor Bikes</title></head><body><h1>Brightmoor Bikes</h1>"
              "<p>Electric cargo bikes for families.</p><p>&copy; 2025 Brightmoor Bikes.</p></body></html>")


@pytest.mark.parametrize("body", [
    "<title>Account sospeso</title></head><body><h1>Questo account è stato sospeso</h1>"
    "<p>Contatta il tuo fornitore di hosting.</p>",
    "<title>Cuenta suspendida</title></head><body><p>Esta cuenta ha sido suspendida.</p>",
    "<title>Konto gesperrt</title></head><body><p>Dieses Konto wurde gesperrt.</p>",
    "<title>Site en construction</title></head><body><p>Ce domaine est hébergé par Hébergix. Le propriétaire n'a pas "
    "encore publié de site.</p>",
    "<title>In arrivo</title></head><body><p>Questo sito non è ancora stato pubblicato.</p>",
    "<title>Próximamente</title></head><body><p>Este sitio web todavía no ha sido publicado.</p>",
])
def test_a_hosts_suspension_or_nothing_published_page_is_down_on_any_crawl(body):
    html = f"<html><head>{body}</body></html>"
    assert crawl(html) == {"site_down"}
    assert crawl(html, before_html=None) == {"site_down"}


def test_a_company_page_that_mentions_a_suspended_account_is_not_a_host_page():
    html = ("<html><head><title>Harbour Bakery</title></head><body><p>Harbour Bakery: il tuo account è stato sospeso? "
            "Scrivici.</p></body></html>")
    assert crawl(html, before_html=None) == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    # an essay mill in place of the company ...
    ("Essays Online", "Buy essays online - 100% plagiarism free. Order your dissertation today.", {"domain_repurposed"}),
    # ... not a company that warns students against one
    ("Study Skills", "Never buy an essay: our writing workshops teach you to reference properly.", set()),
    # a short page of another name says too little on its own (the company's own notices have such titles too)
    ("Smile Studio Dental", "Teeth whitening, implants and clear aligners in Leeds. Book your consultation.", set()),
    ("Easter Opening Hours", "Open 10 to 4 on Saturday, closed on Easter Monday. See you soon.", set()),
])
def test_a_short_homepage_is_repurposed_only_when_plainly_another_site(title, body, expected):
    assert crawl(f"<html><head><title>{title}</title></head><body><p>{body}</p></body></html>",
                 before_html=BRIGHTMOOR, company="Brightmoor Bikes", url="https://brightmoorbikes.example/") == expected
