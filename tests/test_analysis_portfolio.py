"""The pure pipeline over the labelled fixture portfolio, crawled in two epochs.

Every URL of every company is "fetched" as ``resolve`` describes (what the local test server
serves), its text extracted, compared with the previous epoch's snapshot, and the company
assessed. Epoch 1 must flag nobody; epoch 2 must flag exactly the expected kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.fixtures.portfolio import COMPANIES, FLAGGING_KINDS, FixtureCompany, resolve
from valuation_spiders.analysis.signals import FLAGGING_KINDS as PACKAGE_FLAGGING_KINDS
from valuation_spiders.analysis.signals import PageObservation, Signal, assess_company, detect_page_signals
from valuation_spiders.analysis.text import extract_text


@dataclass(frozen=True)
class Snapshot:
    text: str
    status: int | None
    title: str


# the year the fixture portfolio is crawled in, as the spider's test crawls it (a sale "since 2022" is history then)
_READ_YEAR = 2026


def crawl(company: FixtureCompany, epoch: int, previous: dict[str, Snapshot]) -> tuple[list[Signal], dict[str, Snapshot]]:
    """One crawl of a company, as the spider and the pipelines do it; returns signals and snapshots."""
    pages: list[tuple[PageObservation, list[Signal]]] = []
    snapshots: dict[str, Snapshot] = {}
    read_before = any(200 <= (snapshot.status or 0) < 400 for snapshot in previous.values())
    for path in company.paths:
        response = resolve(company, epoch, path)
        before = previous.get(path)
        page = extract_text(response.body) if response.status is not None else None
        observation = PageObservation(
            company_name=company.name,
            url=company.url(path),
            is_homepage=path == "/",
            status=response.status,
            error=response.error,
            final_url=response.final_url,
            title=page.title if page else "",
            text=page.text if page else "",
            previous_text=before.text if before else None,
            previous_status=before.status if before else None,
            previous_title=before.title if before else None,
            html_hints=page.hints if page else "",
            company_read_before=read_before,
            read_year=_READ_YEAR,  # as the pipeline reads it, from the crawl's fetched_at
        )
        _, signals = detect_page_signals(observation)
        pages.append((observation, signals))
        if page is not None:
            snapshots[path] = Snapshot(page.text, response.status, page.title)
    return assess_company(pages), snapshots


@dataclass
class Scores:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def flags(signals: list[Signal]) -> set[str]:
    return {signal.kind for signal in signals if signal.flagging}


@pytest.fixture(scope="module")
def crawls() -> dict[str, tuple[list[Signal], list[Signal]]]:
    result = {}
    for company in COMPANIES:
        first, snapshots = crawl(company, 1, {})
        second, _ = crawl(company, 2, snapshots)
        result[company.name] = (first, second)
    return result


def test_the_fixture_portfolio_is_big_and_covers_every_flagging_kind():
    assert len(COMPANIES) >= 60
    assert len({company.host for company in COMPANIES}) == len(COMPANIES)
    assert all(2 <= len(company.paths) <= 4 and company.paths[0] == "/" for company in COMPANIES)
    covered = set().union(*(company.expected for company in COMPANIES))
    assert covered == FLAGGING_KINDS == PACKAGE_FLAGGING_KINDS
    healthy = [company for company in COMPANIES if not company.expected]
    assert len(healthy) >= 30


def test_epoch_one_flags_nobody(crawls):
    wrongly_flagged = {name: sorted(flags(first)) for name, (first, _) in crawls.items() if flags(first)}
    assert wrongly_flagged == {}


def test_epoch_two_flags_exactly_the_expected_kinds(crawls, capsys):
    scores = Scores()
    company_scores = Scores()
    mistakes = {}
    for company in COMPANIES:
        found = flags(crawls[company.name][1])
        scores.true_positives += len(found & company.expected)
        scores.false_positives += len(found - company.expected)
        scores.false_negatives += len(company.expected - found)
        company_scores.true_positives += bool(found) and bool(company.expected)
        company_scores.false_positives += bool(found) and not company.expected
        company_scores.false_negatives += not found and bool(company.expected)
        if found != company.expected:
            mistakes[company.name] = {"found": sorted(found), "expected": sorted(company.expected),
                                      "evidence": [f"{s.kind}: {s.evidence}" for s in crawls[company.name][1]]}
    with capsys.disabled():
        print(f"\nfixture portfolio, epoch 2: {len(COMPANIES)} companies; signals precision {scores.precision:.3f}, "
              f"recall {scores.recall:.3f}; companies flagged precision {company_scores.precision:.3f}, "
              f"recall {company_scores.recall:.3f}")
    assert mistakes == {}
    assert scores.precision == scores.recall == 1.0
    assert company_scores.precision == company_scores.recall == 1.0


@pytest.mark.parametrize("company", [c for c in COMPANIES if c.expected], ids=lambda c: c.name)
def test_every_flag_carries_evidence(crawls, company):
    for signal in crawls[company.name][1]:
        assert signal.evidence and len(signal.evidence) <= 300
        assert signal.url.startswith(f"http://{company.host}/")


def test_informational_signals_are_recorded_without_flagging(crawls):
    by_name = {name: second for name, (_, second) in crawls.items()}
    assert "page_gone" in {s.kind for s in by_name["Zephyr Bikes"]}
    assert "leadership" in {s.kind for s in by_name["Radiant Care"]}
    assert "product_launch" in {s.kind for s in by_name["Solstice Apps"]}
    assert "major_change" in {s.kind for s in by_name["Quarry Works"]}
    assert not flags(by_name["Zephyr Bikes"]) and not flags(by_name["Quarry Works"])


def test_noisy_and_steady_sites_do_not_change_at_all():
    for company in COMPANIES:
        if company.category not in {"steady", "noisy"}:
            continue
        for path in company.paths:
            first = extract_text(resolve(company, 1, path).body).text
            second = extract_text(resolve(company, 2, path).body).text
            observation = PageObservation(company.name, company.url(path), path == "/", 200, None, company.url(path),
                                          "", second, first, 200)
            comparison, signals = detect_page_signals(observation)
            assert not comparison.changed, (company.name, path, comparison.added, comparison.removed)
            assert signals == []
