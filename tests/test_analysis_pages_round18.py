"""Round 18 of the page detectors (issue 12, causes 3 and 4): what a page is, in more of the forms the world serves.

Found on a development set written this round (train27: about a hundred companies' pages, most of them the status
kinds): parking and for-sale pages in the portfolio's other languages, a host's "nothing here yet" and "under
construction" pages in German, Spanish, French, a CMS waiting to be installed, a homepage gone blank, a meta refresh to
another domain, and a short homepage that is plainly another site (spam of the kind expired domains are bought for, or
a page now in another language). Each is read from the HTML as a crawl reads it (``extract_text``), beside the healthy
pages it must not catch.
"""

from __future__ import annotations

import pytest

from valuation_spiders.analysis.signals import PageObservation, assess_company, detect_page_signals
from valuation_spiders.analysis.text import extract_text

BEFORE = ("<html lang='en'><head><title>Harbour Bakery | Bread from Leith</title></head><body><h1>Harbour Bakery</h1>"
          "<p>We bake sourdough, rye and seeded loaves every morning in our Leith bakery, and deliver to cafés and "
          "shops across Edinburgh. Order by 8pm for next-day delivery, or visit the shop on Bernard Street.</p>"
          "<p>Harbour Bakery has baked in Leith since 2011.</p></body></html>")


def crawl(after_html: str, *, before_html: str | None = BEFORE, company: str = "Harbour Bakery", status: int = 200,
          url: str = "https://harbourbakery.example/", final_url: str | None = None) -> set[str]:
    """The flags of a company whose homepage was ``before_html`` on the last crawl (None: a first crawl) and is
    ``after_html`` now."""
    before, after = extract_text(before_html) if before_html is not None else None, extract_text(after_html)
    observation = PageObservation(
        company_name=company, url=url, is_homepage=True, status=status, error=None, final_url=final_url or url,
        title=after.title, text=after.text, previous_text=before.text if before else None,
        previous_status=200 if before else None, previous_title=before.title if before else None, html_hints=after.hints,
        company_read_before=before is not None, read_year=2026)
    _, signals = detect_page_signals(observation)
    return {signal.kind for signal in assess_company([(observation, signals)]) if signal.flagging}


@pytest.mark.parametrize("body", [
    "<title>feldmark.example steht zum Verkauf</title><h1>Diese Domain steht zum Verkauf</h1>"
    "<p>Jetzt Preis anfragen.</p>",
    "<title>atelierbrume.example</title><h1>Ce nom de domaine est à vendre</h1><p>Faites une offre.</p>",
    "<title>senderocafe.example</title><h1>¡Este dominio está en venta!</h1><p>Precio: 1.200 €</p>",
    "<title>blauwereiger.example</title><h1>Deze domeinnaam is te koop</h1><p>Neem contact op.</p>",
    "<title>Make an offer on tidewell.example</title><h1>Interested in tidewell.example?</h1>"
    "<p>The owner of this domain is accepting offers.</p>",
])
def test_a_domain_for_sale_in_any_of_the_portfolios_languages_is_parked(body):
    assert crawl(f"<html><head>{body}</body></html>") == {"parked_domain"}


@pytest.mark.parametrize("body", [
    "<title>Willkommen</title></head><body><h1>Hier entsteht eine neue Internetpräsenz</h1>"
    "<p>Der Inhaber hat noch keine eigenen Inhalte hochgeladen.</p>",
    "<title>WordPress \u203a Installation</title></head><body><h1>Welcome</h1><p>Welcome to the famous five-minute "
    "WordPress installation process! Just fill in the information below.</p>",
    "<title>Sitio en construcción</title></head><body><h1>Sitio en construcción</h1><p>Vuelve pronto.</p>",
    "<title>Site en construction</title></head><body><p>Revenez bientôt.</p>",
])
def test_a_hosts_nothing_here_page_in_place_of_a_real_site_is_down(body):
    assert crawl(f"<html><head>{body}</body></html>") == {"site_down"}


def test_a_homepage_gone_blank_is_down_but_a_script_shell_is_not_judged():
    assert crawl("<html><head><title>Harbour Bakery</title></head><body></body></html>") == {"site_down"}
    # a page drawn by a script may be empty before it runs: not a blank site
    shell = "<html><head><title>Harbour Bakery</title><script src='/app.js'></script></head><body></body></html>"
    assert crawl(shell) == set()


def test_a_teaser_that_was_already_a_teaser_is_a_relaunch():
    teaser = "<html><head><title>Sitio en construcción</title></head><body><h1>Sitio en construcción</h1></body></html>"
    assert crawl(teaser, before_html=teaser) == set()


def test_a_meta_refresh_to_another_domain_is_a_redirect():
    page = ("<html><head><title>Redirecting…</title><meta http-equiv='refresh' content='0; url=https://harrowgroup.example/"
            "bakery'></head><body><p>Redirecting to harrowgroup.example…</p></body></html>")
    assert crawl(page) == {"domain_redirect"}
    # a refresh on the same site, or one shown for a minute first, is not
    same = page.replace("https://harrowgroup.example/bakery", "https://harbourbakery.example/en/")
    assert crawl(same) == set()
    slow = page.replace("content='0;", "content='60;")
    assert "domain_redirect" not in crawl(slow)


@pytest.mark.parametrize("body", [
    "<title>Slot Gacor Hari Ini</title></head><body><h1>Slot Gacor Hari Ini</h1><p>Daftar sekarang, bonus new member "
    "100%.</p>",
    "<title>NovaX - Trade BTC</title></head><body><h1>Trade crypto with up to 100x leverage</h1><p>Claim a 500 USDT "
    "bonus today.</p>",
    "<title>Toko Sepatu Online Murah</title></head><body><h1>Sepatu Sneakers Original Harga Murah</h1><p>Gratis ongkir "
    "ke seluruh Indonesia dan bayar di tempat untuk semua pesanan.</p>",
])
def test_a_short_homepage_that_is_plainly_another_site_is_repurposed(body):
    assert crawl(f"<html lang='x'><head>{body}</body></html>") == {"domain_repurposed"}


def test_a_short_homepage_of_the_company_in_the_same_language_is_not_repurposed():
    # the name gone from a short English page of an English site says too little on its own
    page = ("<html><head><title>Fresh bread daily</title></head><body><h1>Fresh bread daily</h1><p>Order online for "
            "delivery in the city.</p></body></html>")
    assert crawl(page) == set()


@pytest.mark.parametrize("page", [
    # bikes parked at the bakery, a landing-page script, a splash drawn by script, image or SVG
    "<html><head><title>Harbour Bakery</title></head><body><p>Gratis parkeren: fietsen geparkeerd bij de bakkerij zijn "
    "welkom. Harbour Bakery is open van 7 tot 17 uur.</p></body></html>",
    "<html><head><title>Harbour Bakery</title><script src='/static/js/lander.js'></script></head><body><h1>Harbour "
    "Bakery</h1><p>Sourdough, rye and seeded loaves every morning.</p></body></html>",
    "<html><head><title>Harbour Bakery</title></head><body><div id='root'></div><script>window.__DATA__={};</script>"
    "</body></html>",
    "<html><head><title>Harbour Bakery</title></head><body><a href='/menu.pdf'><img src='/poster.jpg'></a></body></html>",
    "<html><head><title>Harbour Bakery</title></head><body><svg><text>Harbour Bakery, back soon</text></svg></body></html>",
    # a short page without the name that is an event, a booking page, a language picker, a consent wall
    "<html><head><title>Casino night</title></head><body><h1>Casino night at the bakery!</h1><p>Join us Friday for cake "
    "and games.</p></body></html>",
    "<html><head><title>Delivery</title></head><body><h1>Delivery slots online</h1><p>Choose your delivery slot for "
    "Saturday.</p></body></html>",
    "<html><head><title>Sprache</title></head><body><p>Wählen Sie Ihre Sprache · Deutsch · English · Français · Bitte "
    "wählen Sie die Sprache für unsere Seite aus.</p></body></html>",
    "<html><head><title>Datenschutz</title></head><body><h1>Bevor Sie fortfahren</h1><p>Wir verwenden Cookies. Wir und "
    "unsere Partner verwenden Cookies, um die Seite zu verbessern.</p></body></html>",
    # a maintenance page that moves on after a while
    "<html><head><title>Back soon</title><meta http-equiv='refresh' content='5; url=https://status.example-host.com/'>"
    "</head><body><p>Harbour Bakery is briefly down for maintenance.</p></body></html>",
])
def test_what_a_review_of_the_page_change_found_healthy(page):
    assert crawl(page) == set()
