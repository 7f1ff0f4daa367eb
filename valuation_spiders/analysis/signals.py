"""Where a signal is decided: per page (``detect_page_signals``) and per company (``assess_company``).

Pure: the spider and the pipelines hand in what was fetched and what was stored last time, and
get back the comparison and the signals. Detectors live in ``text_signals`` (what the text says)
and ``site_status`` (what the site does); this module puts them together the way PRODUCT.md's
Signals section describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .diff import Comparison, compare_texts
from .grammar import CompanyName, company_name, split_sentences
from .kinds import (
    FIRST_SNAPSHOT_KINDS,
    FLAGGING_KINDS,
    INFORMATIONAL_KINDS,
    SEVERITY,
    STATUS_KINDS,
    Signal,
    severity_rank,
)
from .noise import normalise_text
from .site_status import (
    PARKING_HOSTS,
    count_words,
    detect_dead_page,
    detect_domain_redirect,
    detect_parked_domain,
    detect_placeholder_page,
    registrable_domain,
)
from .text_signals import detect_text_signals

__all__ = [
    "FIRST_SNAPSHOT_KINDS",
    "FLAGGING_KINDS",
    "INFORMATIONAL_KINDS",
    "PARKING_HOSTS",
    "REPURPOSED_BELOW",
    "SEVERITY",
    "STATUS_KINDS",
    "PageObservation",
    "Signal",
    "assess_company",
    "detect_dead_page",
    "detect_domain_redirect",
    "detect_page_signals",
    "detect_parked_domain",
    "detect_text_signals",
    "flagging_signals",
    "is_failure",
    "is_skipped",
    "registrable_domain",
    "split_sentences",
]

# Similarity below which a homepage that lost the company's name counts as another business.
REPURPOSED_BELOW = 0.35
_REPURPOSED_MIN_WORDS = 30  # a blank or JavaScript-only page is not "another business"

_UNCHANGED = Comparison(changed=False, similarity=1.0, magnitude="none", added=(), removed=())


@dataclass(frozen=True)
class PageObservation:
    """One URL of one company as fetched in this run, with what was stored for it last time.

    ``error`` is the failure reason when nothing was fetched ("dns", "refused", "timeout", "tls",
    ...); errors starting with "blocked" or "robots" are URLs skipped on purpose. ``text`` is the
    visible text (``extract_text``), "" when the page is not HTML or failed. ``previous_*`` come
    from the last snapshot of the same URL (None on the first). ``html_hints`` is
    ``PageText.hints`` (script sources...), which recognises JavaScript parking pages.
    ``company_read_before``: an earlier run stored a page of this company. Then a URL with no
    previous page (new in the list, or failing until now) is read as news like any added text;
    only on the company's first crawl does text already there count for shutdown and acquisition
    alone (PRODUCT.md: the rule is per company, not per URL).
    """

    company_name: str
    url: str
    is_homepage: bool
    status: int | None
    error: str | None
    final_url: str | None
    title: str
    text: str
    previous_text: str | None
    previous_status: int | None
    previous_title: str | None = None
    html_hints: str = ""
    company_read_before: bool = False
    read_year: int | None = None  # the year of the crawl: a round "in 2025" read in 2026 is history


def is_skipped(obs: PageObservation) -> bool:
    """Not fetched on purpose (blocked by policy, disallowed by robots.txt): not a failure."""
    error = (obs.error or "").lower()
    return error.startswith(("blocked", "robots"))


def is_failure(obs: PageObservation) -> bool:
    """The URL could not be fetched: no response (DNS, refused, timeout, TLS) or a 5xx."""
    if is_skipped(obs):
        return False
    if obs.error is not None or obs.status is None:
        return True
    return obs.status >= 500


def detect_page_signals(obs: PageObservation) -> tuple[Comparison, list[Signal]]:
    """Compare one page with its previous snapshot and detect what it signals."""
    signals: list[Signal] = []
    if is_skipped(obs):
        return _UNCHANGED, signals
    if obs.error is not None or obs.status is None:
        if obs.is_homepage:
            reason = obs.error or "no response"
            signals.append(Signal("site_down", obs.url, f"homepage could not be fetched ({reason})"))
        return _UNCHANGED, signals

    status = obs.status
    redirect = None
    if obs.is_homepage:
        # (an HTTP redirect, or a meta refresh that sends the visitor on at once)
        redirect = detect_domain_redirect(obs.url, obs.final_url) or detect_domain_redirect(obs.url, _refresh_target(obs))
    if status >= 400:
        if status >= 500 and obs.is_homepage:
            signals.append(Signal("site_down", obs.url, f"homepage answers HTTP {status}"))
        elif status in (404, 410):
            if obs.is_homepage:
                signals.append(Signal("site_down", obs.url, f"homepage answers HTTP {status}"))
            elif obs.previous_status is None or 200 <= obs.previous_status < 300:
                if obs.previous_status is not None or obs.previous_text is not None:
                    signals.append(Signal("page_gone", obs.url, f"page now answers HTTP {status}"))
        if redirect:
            signals.append(redirect)
        # An error page's text is not the page's content: no comparison, no text signals.
        return _UNCHANGED, signals

    # The last snapshot is a base for comparison only if it was the page itself, not an error page.
    previous = obs.previous_text
    if obs.previous_status is not None and not 200 <= obs.previous_status < 400:
        previous = None
    comparison = compare_texts(previous, obs.text)

    words = count_words(obs.text)  # once for the three placeholder checks
    parked = detect_parked_domain(obs.url, obs.final_url, obs.title, obs.text, obs.html_hints, words=words)
    dead = detect_dead_page(status, obs.title, obs.text, words=words) or _placeholder(obs, comparison, words) \
        or _blank(obs, words)
    if parked:
        signals.append(parked)
        if redirect and parked.evidence.startswith("redirects to"):
            redirect = None  # the redirect is the parking itself
    if redirect:
        signals.append(redirect)
    if dead and not parked:
        kind = "site_down" if obs.is_homepage else "page_gone"
        signals.append(Signal(kind, obs.url, f"the host serves a placeholder: {dead}"))

    if parked or dead:
        return comparison, signals

    first = previous is None
    new_text = obs.text if first else "\n".join(comparison.added)
    if obs.title and (first or (obs.previous_title is not None
                                and normalise_text(obs.title) != normalise_text(obs.previous_title))):
        new_text = f"{obs.title}\n{new_text}"
    text_signals = detect_text_signals(
        new_text, obs.url, first_snapshot=first and not obs.company_read_before, company=obs.company_name,
        year=obs.read_year,
    )
    if redirect:
        # Another domain's page: only news that names the company is about the company.
        name = company_name(obs.company_name)
        text_signals = [s for s in text_signals if s.kind == "acquisition" and name and name.matches(s.evidence)]
    signals.extend(text_signals)

    own_news = any(s.kind in {"shutdown", "acquisition"} for s in text_signals)
    if not first and not redirect and not own_news:
        repurposed = _repurposed(obs, previous or "", comparison)
        if repurposed:
            signals.append(repurposed)
    if not first and comparison.magnitude == "major":
        signals.append(Signal(
            "major_change", obs.url,
            f"text changed substantially (similarity {comparison.similarity:.2f}; "
            f"{len(comparison.added)} lines added, {len(comparison.removed)} removed)",
        ))
    return comparison, signals


def _placeholder(obs: PageObservation, comparison: Comparison, words: int) -> str | None:
    """A generic placeholder served instead of the page; a 'coming soon' page only when the page
    was a real one before (a teaser already there on the last crawl is a relaunch, not news).
    ``comparison``: this page against its last snapshot (when that was a page, as ``was_real`` needs)."""
    found = detect_placeholder_page(obs.title, obs.text, obs.company_name, words=words)
    if found is None:
        return None
    if found.teaser:
        was_real = obs.previous_text is not None and obs.previous_status is not None \
            and 200 <= obs.previous_status < 400 and obs.previous_text.strip() \
            and detect_placeholder_page(obs.previous_title or "", obs.previous_text, obs.company_name) is None
        if not was_real or comparison.magnitude != "major":
            return None  # still a teaser, or a real page that only announces something "coming soon"
    return found.reason


# A meta refresh that sends the page elsewhere at once ("0; url=https://harrowgroup.example/gantry"): where it lands
_REFRESH = re.compile(r"(?:^|\s)(?P<delay>\d{1,2})(?:\.\d+)?\s*;\s*url\s*=\s*['\"]?(?P<url>https?://[^\s'\"]+)", re.I)
_REFRESH_MAX_DELAY = 2  # seconds; a longer one is a page shown first


def _refresh_target(obs: PageObservation) -> str | None:
    m = _REFRESH.search(obs.html_hints) if "url" in obs.html_hints.lower() else None
    if m is None or int(m.group("delay")) > _REFRESH_MAX_DELAY or count_words(obs.text, 40) >= 40:
        return None  # (a page of its own shown before it moves on is that page)
    return m.group("url")


_BLANK_WAS_WORDS = 20  # a homepage with at least this many words before, and none now, went blank


def _blank(obs: PageObservation, words: int) -> str | None:
    """A homepage that had text and now has none, with no script that could draw it (a title and an empty body)."""
    if not obs.is_homepage or words or obs.html_hints.strip() or obs.previous_text is None \
            or obs.previous_status is None or not 200 <= obs.previous_status < 400:
        return None
    if count_words(obs.previous_text, _BLANK_WAS_WORDS) < _BLANK_WAS_WORDS:
        return None
    return "a blank page (no text and no script, where the homepage had text before)"


_NAME_GONE_MIN_WORDS = 5  # fewer words say nothing about what the site is now (a script shell, "Loading")
# What an expired domain is bought for: gambling, crypto trading, essay mills, pills, payday loans, adult sites. A short
# homepage of this kind in place of the company's is another business, whatever else the run saw.
# (a strong term alone, or two different weaker ones: "Casino night at the bakery" is not a casino site)
_SPAM_STRONG = re.compile(
    r"\b(?:slot\s+gacor|gacor|togel|bonus\s+new\s+member|no\s+deposit\s+bonus|free\s+spins|\d+x\s+leverage|usdt|"
    r"write\s+my\s+essay|buy\s+(?:instagram|tiktok)\s+followers|replica\s+(?:watches|bags)|online\s+casinos?|"
    r"casino\s+bonus(?:es)?|sportsbook|forex\s+signals)\b", re.I)
_SPAM_WEAK = re.compile(
    r"\b(?:casinos?|slots?|betting|jackpots?|poker|roulette|crypto|btc|bitcoin|forex|leverage|bonus(?:es)?|essays?|"
    r"viagra|cialis|payday|escorts?|porn\w*|dating|dissertations?|plagiarism)\b", re.I)
# The commonest short words of the languages the portfolio's sites are written in: a page now in another language than
# before (an English bakery's homepage now an Indonesian shoe shop) is another site
_FUNCTION_WORDS = {
    "en": frozenset("the and of to in for with our we you your is are on at from by this that".split()),
    "de": frozenset("der die das und mit f\u00fcr ist sie wir ihre unsere von zu den auf ein eine".split()),
    "fr": frozenset("le la les et des pour avec est vous nous votre notre du une dans sur".split()),
    "es": frozenset("el la los las y para con es su nuestro nuestra del una en por que".split()),
    "nl": frozenset("de het een en van voor met is wij jouw onze op te bij".split()),
    "id": frozenset("dan di ke yang untuk dengan ini itu dari sekarang harga murah gratis".split()),
    "it": frozenset("il la le e per con di del della che una sono nostro".split()),
    "pt": frozenset("o a os as e para com do da em uma nosso nossa que".split()),
    "pl": frozenset("i w na z do jak nie jest dla od po kiedy oraz się że".split()),
}


def _language(text: str) -> str | None:
    """The language most of a text's short words belong to, when enough of them say so."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:400]
    if len(words) < 5:
        return None
    counts = {lang: sum(word in vocabulary for word in words) for lang, vocabulary in _FUNCTION_WORDS.items()}
    best = max(counts, key=counts.get)
    ranked = sorted(counts.values(), reverse=True)
    return best if ranked[0] >= 2 and ranked[0] >= 2 * ranked[1] else None


# A title's parts ("Home | Pickwell", "Pickwell \u2014 Shelf-edge labels") and a copyright line's holder ("\u00a9 2026 Brightsmile
# Dental Care. All rights reserved.")
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7:-]\s+")
_COPYRIGHT_HOLDER = re.compile(r"(?:\u00a9|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?\s*)?"
                               r"(?P<holder>[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,4})", re.I)
# what a title says instead of a name: the company's own notices and pages ("Back Soon", "Easter Opening Hours")
_NOT_A_BUSINESS = re.compile(r"(?i)\b(?:home|welcome|coming|soon|back|closed|closing|opening|hours|notice|update|news|sale|maintenance|"
                             r"holiday|holidays|christmas|easter|error|not\s+found|suspended|parked|for\s+sale|index|untitled)\b")


# a page that tells of the company's own change: a new name, a move, a sale, a closure
_CHANGE_TOLD = re.compile(r"(?i)\b(?:new\s+name|renamed|rebrand\w*|formerly|previously|now\s+called|is\s+now|are\s+now|has\s+become|"
                          r"moved|moving|acquired|merged|joined|part\s+of|thank\s+you|goodbye|closed|closing|customers\s+of)\b")


def _another_business_named(previous_title: str, title: str, text: str, name: CompanyName) -> str | None:
    """The part of the title where the company's name stood now names another business, and so does the page's copyright
    line or its heading ("Home | Pickwell" -> "Home | Brightsmile Dental Care", "\u00a9 2026 Brightsmile Dental Care";
    "Threadneedle Tools" -> "Sunny Smiles Dental Clinic | Marbella" over a page headed "Sunny Smiles Dental Clinic"): the
    domain serves another business. A notice of the company's own keeps its copyright line or tells of the change ("our
    new name", "formerly"), and a title such as "Back Soon" names no one."""
    was, is_now = _TITLE_PARTS.split(previous_title.strip()), _TITLE_PARTS.split(title.strip())
    slots = [i for i, part in enumerate(was) if name.matches(part)]
    # (a title that was the name alone: the name's place is the new title's first part)
    if not slots or (len(was) != len(is_now) and len(was) != 1):
        return None
    other = is_now[slots[0]].strip()
    if not other[:1].isupper() or name.matches(other) or _NOT_A_BUSINESS.search(other) or len(other.split()) > 6:
        return None
    holders = [m.group("holder").rstrip(". ") for m in _COPYRIGHT_HOLDER.finditer(f"{title}\n{text}")]
    if any(holder.lower().startswith(other.lower()) or other.lower().startswith(holder.lower()) for holder in holders
           if len(holder) >= 3):
        return other
    heading = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return other if heading.lower() == other.lower() and not _CHANGE_TOLD.search(text) else None


# a language picker or a consent wall served first, in the reader's language, is the company's own site
_PICKER_OR_CONSENT = re.compile(r"\b(?:english|deutsch|fran\u00e7ais|espa\u00f1ol|nederlands|italiano|portugu\u00eas|sprache|language|"
                                r"langue|idioma|cookies?|consent|akzeptieren|zustimmen|accept\s+all|aceptar|accepter)\b", re.I)


def _another_kind_of_site(before: str, now: str) -> str | None:
    """Why a short page is plainly another site: spam of the kind expired domains carry, or another language."""
    strong = _SPAM_STRONG.search(now)
    weak = {m.group().lower().rstrip("s") for m in _SPAM_WEAK.finditer(now)} - {
        m.group().lower().rstrip("s") for m in _SPAM_WEAK.finditer(before)}
    if (strong and not _SPAM_STRONG.search(before)) or len(weak) >= 2:
        shown = strong.group() if strong else ", ".join(sorted(weak))
        return f"content of the kind expired domains are bought for (\u201c{shown}\u201d)"
    was, is_now = _language(before), _language(now)
    if was and is_now and was != is_now and not _PICKER_OR_CONSENT.search(now):
        return f"the page is now in another language ({is_now}, was {was})"
    return None


def _repurposed(obs: PageObservation, previous: str, comparison: Comparison) -> Signal | None:
    """The company's name was on the homepage, is gone now, and the content is another site's.

    ``domain_repurposed`` when the homepage is long enough to judge on its own; ``name_gone``
    (information, weighed with the company's other pages in ``assess_company``) when it is short,
    or when it is another of the company's pages.
    """
    if comparison.similarity >= REPURPOSED_BELOW or not comparison.changed:
        return None
    name = company_name(obs.company_name)
    if not name:
        return None
    words = count_words(obs.text, _REPURPOSED_MIN_WORDS)
    if words < _NAME_GONE_MIN_WORDS:
        return None
    before = f"{obs.previous_title or ''}\n{previous}"
    now = f"{obs.title}\n{obs.text}"
    if not name.matches(before) or name.matches(now):
        return None
    title = f" \u201c{obs.title[:80]}\u201d" if obs.title else ""
    evidence = (f"the homepage no longer mentions {obs.company_name} and now shows unrelated content{title} "
                f"(similarity {comparison.similarity:.2f})")
    if not obs.is_homepage:
        return Signal("name_gone", obs.url, evidence.replace("the homepage", "the page", 1))
    if words < _REPURPOSED_MIN_WORDS:
        business = _another_business_named(obs.previous_title or "", obs.title, obs.text, name)
        other = (f"another business, \u201c{business}\u201d, named where the company's name was (in the title, and in the "
                 f"copyright line or the heading)") if business else _another_kind_of_site(before, now)
        if other is None:
            return Signal("name_gone", obs.url, evidence)
        evidence += f"; {other}"
    return Signal("domain_repurposed", obs.url, evidence)


def assess_company(pages: list[tuple[PageObservation, list[Signal]]]) -> list[Signal]:
    """A company's signals for this run: page signals deduplicated, plus site-wide signals.

    One signal per kind (the homepage's first, then the first page's), except ``page_gone``,
    kept once per URL. ``site_down`` when the homepage failed or every URL that was tried failed.
    ``domain_repurposed`` is weighed on all the run's evidence (``_repurposed_company``).
    Sorted most serious first.
    """
    ordered = sorted(pages, key=lambda page: not page[0].is_homepage)
    found: list[Signal] = []
    seen: set[tuple[str, str]] = set()
    for _, page_signals in ordered:
        for signal in page_signals:
            key = (signal.kind, signal.url if signal.kind == "page_gone" else "")
            if key not in seen:
                seen.add(key)
                found.append(signal)

    repurposed = _repurposed_company(ordered)
    found = [signal for signal in found if signal.kind != "domain_repurposed"]
    if repurposed:
        found.append(repurposed)

    if not any(signal.kind == "site_down" for signal in found):
        tried = [obs for obs, _ in ordered if not is_skipped(obs)]
        homepage_failures = [obs for obs in tried if obs.is_homepage and is_failure(obs)]
        if homepage_failures:
            obs = homepage_failures[0]
            found.append(Signal("site_down", obs.url, f"homepage could not be fetched ({_failure(obs)})"))
        elif tried and all(is_failure(obs) for obs in tried):
            reasons = sorted({_failure(obs) for obs in tried})
            found.append(Signal(
                "site_down", tried[0].url,
                f"none of the {len(tried)} URLs could be fetched ({', '.join(reasons)})",
            ))
    return sorted(found, key=lambda signal: severity_rank(signal.kind))


# Pages whose signals say they are no longer what they were (or not the company's at all).
_CHANGED_KINDS = frozenset({"page_gone", "major_change", "site_down", "parked_domain", "domain_redirect",
                            "domain_repurposed", "name_gone"})


def _repurposed_company(pages: list[tuple[PageObservation, list[Signal]]]) -> Signal | None:
    """Another business on the company's domain, weighed on everything the run saw of the company.

    Reads only what a finished run keeps per page (status, error, signals), so the crawl's
    end-of-run assessment and a pure replay agree. The homepage's own reading comes first: a
    page long enough to judge alone (``domain_repurposed``) or a short one (``name_gone``: the
    name gone and the content unrelated). A short page counts when none of the company's other
    pages is left and at least one is gone (404/410, unreachable, a placeholder) or no longer
    names the company; either counts for nothing while another of the company's pages is still
    there unchanged (a homepage campaign or redesign).
    """
    homes = [(obs, signals) for obs, signals in pages if obs.is_homepage]
    if not homes:
        return None
    home_signals = homes[0][1]  # ``pages`` come homepage first
    page_level = next((s for s in home_signals if s.kind == "domain_repurposed"), None)
    short = next((s for s in home_signals if s.kind == "name_gone"), None)
    if not page_level and not short:
        return None
    others = [(obs, signals) for obs, signals in pages if not obs.is_homepage and not is_skipped(obs)]
    kinds = [{s.kind for s in signals} for _, signals in others]
    gone = [obs for (obs, _), found in zip(others, kinds, strict=True)
            if is_failure(obs) or obs.status in (404, 410) or found & {"page_gone", "name_gone"}]
    intact = [obs for (obs, _), found in zip(others, kinds, strict=True)
              if obs.status is not None and 200 <= obs.status < 400 and not found & _CHANGED_KINDS]
    if intact:
        return None
    if page_level:
        return page_level
    if not gone:
        return None  # no other page of the company is gone or renamed: a short page alone says too little
    return Signal("domain_repurposed", short.url,
                  f"{short.evidence}; {len(gone)} other page(s) of the company are gone or no longer name it")


def _failure(obs: PageObservation) -> str:
    if obs.error:
        return obs.error
    if obs.status is None:
        return "no response"
    return f"HTTP {obs.status}"


def flagging_signals(signals: list[Signal]) -> list[Signal]:
    """The signals that flag a company."""
    return [signal for signal in signals if signal.flagging]
