"""Write-back of flags to Airtable through pyairtable's batch update, against the fake's PATCH."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from tests.servers.fake_airtable import FakeAirtable, make_companies, record_id
from valuation_spiders.sources.airtable import AirtableConfig
from valuation_spiders.sources.records import SourceError
from valuation_spiders.sources.writeback import is_airtable_record_id, write_flags

TOKEN = "pat_test_SECRET.writeback"
BASE = "appTEST"
FIELD = "Valuation Flags"


@pytest.fixture
def fake() -> Iterator[FakeAirtable]:
    with FakeAirtable(token=TOKEN, base=BASE, records=make_companies(30), extra_fields=[FIELD]) as fa:
        yield fa


def config(fa: FakeAirtable, **overrides: Any) -> AirtableConfig:
    values: dict[str, Any] = {"api_key": TOKEN, "base_id": BASE, "api_url": fa.url}
    values.update(overrides)
    return AirtableConfig(**values)


def patches(fa: FakeAirtable) -> list[Any]:
    return [r for r in fa.requests if r.method == "PATCH"]


def max_in_any_second(times: list[float]) -> int:
    return max((sum(1 for t in times if start <= t < start + 1.0) for start in times), default=0)


def test_25_records_go_in_3_paced_requests(fake: FakeAirtable) -> None:
    updates = {record_id(i): f"funding 2024-06-0{1 + i % 9}" for i in range(25)}
    assert write_flags(config(fake), FIELD, updates, retry_total_seconds=1) == 25

    calls = patches(fake)
    assert [len(c.body["records"]) for c in calls] == [10, 10, 5]
    assert all(c.status == 200 and c.body["typecast"] is False for c in calls)
    assert all(set(rec["fields"]) == {FIELD} for c in calls for rec in c.body["records"])
    times = [c.time for c in calls]
    # <= 5 requests/s: sent 0.21 s apart; measured where the fake reads them, a busy machine may delay one request's
    # handling by a few milliseconds (one gap of 0.19 s was seen under load), so the gaps are read together
    assert times[-1] - times[0] >= 0.4 and all(b - a >= 0.15 for a, b in itertools.pairwise(times))
    by_id = {r["id"]: r["fields"] for r in fake.records()}
    assert all(by_id[rid][FIELD] == value for rid, value in updates.items())
    assert FIELD not in by_id[record_id(29)]


def test_pacing_keeps_under_airtables_real_limit() -> None:
    # The fake enforces 5 requests/s per base like Airtable (a 30 s penalty otherwise):
    # 8 requests in a row pass without a single 429.
    with FakeAirtable(
        token=TOKEN,
        base=BASE,
        records=make_companies(80),
        extra_fields=[FIELD],
        enforce_rate_limit=True,
    ) as fa:
        written = write_flags(
            config(fa), FIELD, {record_id(i): "layoffs" for i in range(80)}, retry_total_seconds=0.5
        )
        statuses = [r.status for r in fa.requests]
        times = [r.time for r in fa.requests]
    assert written == 80
    assert statuses == [200] * 8
    assert max_in_any_second(times) <= 5


def test_a_slower_rate_is_honoured(fake: FakeAirtable) -> None:
    write_flags(config(fake), FIELD, {record_id(i): "x" for i in range(20)}, requests_per_second=2)
    a, b = (c.time for c in patches(fake))
    assert b - a >= 0.5


def test_clearing_sends_null_and_empties_the_field(fake: FakeAirtable) -> None:
    write_flags(config(fake), FIELD, {record_id(0): "shutdown", record_id(1): "funding"})
    fake.clear_log()
    assert write_flags(config(fake), FIELD, {record_id(0): None, record_id(1): ""}) == 2
    (call,) = patches(fake)
    assert [rec["fields"] for rec in call.body["records"]] == [{FIELD: None}, {FIELD: None}]
    by_id = {r["id"]: r["fields"] for r in fake.records()}
    assert FIELD not in by_id[record_id(0)] and FIELD not in by_id[record_id(1)]
    assert by_id[record_id(0)]["Name"] == "Company 0000"  # PATCH leaves other fields alone


def test_unicode_and_long_values_arrive_intact(fake: FakeAirtable) -> None:
    value = "acquisition — “Acme” 🚀 " + "é" * 10_000
    write_flags(config(fake), FIELD, {record_id(3): value})
    assert {r["id"]: r["fields"] for r in fake.records()}[record_id(3)][FIELD] == value


def test_ids_from_file_sources_are_skipped(fake: FakeAirtable, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    written = write_flags(config(fake), FIELD, {"name:acme-0123456789": "funding", record_id(2): "funding"})
    assert written == 1
    assert "not Airtable record ids" in caplog.text
    assert write_flags(config(fake), FIELD, {}) == 0
    assert len(patches(fake)) == 1
    assert is_airtable_record_id(record_id(5)) and not is_airtable_record_id("name:x")


def test_records_deleted_in_airtable_are_skipped(fake: FakeAirtable) -> None:
    updates = {record_id(0): "funding", "recDELETEDxxxxxxx": "funding", record_id(1): "layoffs"}
    assert write_flags(config(fake), FIELD, updates) == 2
    assert [r.status for r in patches(fake)] == [404, 200]


def test_rate_limits_during_write_back_are_retried(fake: FakeAirtable) -> None:
    fake.inject_429(3, after=1)
    assert (
        write_flags(config(fake), FIELD, {record_id(i): "x" for i in range(25)}, retry_total_seconds=1) == 25
    )
    assert [r.status for r in patches(fake)].count(429) == 3


def assert_user_message(message: str, *parts: str) -> None:
    assert "\n" not in message and TOKEN not in message and "SECRET" not in message
    for part in parts:
        assert part in message, message


@pytest.mark.parametrize(
    ("overrides", "fake_options", "field", "parts"),
    [
        ({"api_key": "pat_wrong_SECRET"}, {}, FIELD, ["401", "AIRTABLE_API_KEY"]),
        ({}, {"scopes": ["data.records:read"]}, FIELD, ["403", "data.records:write"]),
        ({"base_id": "appNOPE"}, {}, FIELD, ["404", "AIRTABLE_BASE_ID"]),
        ({}, {}, "Valuation Flag", ["422", "'Valuation Flag'", "write-back field"]),
        ({}, {"field_types": {FIELD: "checkbox"}}, FIELD, ["422", "long text"]),
    ],
    ids=["401", "403-scope", "404", "422-unknown-field", "422-wrong-type"],
)
def test_failures_are_one_line(
    overrides: dict[str, Any], fake_options: dict[str, Any], field: str, parts: list[str]
) -> None:
    with (
        FakeAirtable(
            token=TOKEN, base=BASE, records=make_companies(3), extra_fields=[FIELD], **fake_options
        ) as fa,
        pytest.raises(SourceError) as info,
    ):
        write_flags(config(fa, **overrides), field, {record_id(0): "funding"}, retry_total_seconds=0.5)
    assert_user_message(str(info.value), *parts, "wrote 0 of 1")


def test_a_failure_midway_says_how_much_was_written(fake: FakeAirtable) -> None:
    fake.inject_5xx(100, status=503, after=1)
    with pytest.raises(SourceError) as info:
        write_flags(config(fake), FIELD, {record_id(i): "x" for i in range(25)}, retry_total_seconds=0.3)
    assert_user_message(str(info.value), "503", fake.url, "wrote 10 of 25")


def test_bad_arguments(fake: FakeAirtable) -> None:
    with pytest.raises(SourceError, match="field name is empty"):
        write_flags(config(fake), "  ", {record_id(0): "x"})
    with pytest.raises(ValueError, match="requests_per_second"):
        write_flags(config(fake), FIELD, {record_id(0): "x"}, requests_per_second=0)
