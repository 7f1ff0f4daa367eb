"""The Airtable source, driven through pyairtable against the fake Airtable server."""

from __future__ import annotations

import logging
import socket
import string
import time
from collections.abc import Iterator
from typing import Any

import pyairtable
import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from urllib3.util.retry import RequestHistory, Retry

from tests.servers.fake_airtable import FakeAirtable, make_companies, record_id
from valuation_spiders.sources.airtable import (
    DEFAULT_RETRY_TOTAL_SECONDS,
    AirtableConfig,
    airtable_error,
    airtable_retry,
    cells_from_value,
    name_from_value,
    read_airtable,
    record_from_fields,
    redact,
    render_from_value,
)
from valuation_spiders.sources.loader import load_companies
from valuation_spiders.sources.records import CompanyRecord, SourceError

TOKEN = "pat_test_SECRET.0123456789abcdef"
BASE = "appTEST"


@pytest.fixture
def fake() -> Iterator[FakeAirtable]:
    records = make_companies(250)
    ids = [r["id"] for r in records]
    views = {
        "Active": list(reversed(ids[::2])),  # a subset in its own order
        "Zero": [],
    }
    with FakeAirtable(token=TOKEN, base=BASE, records=records, views=views) as fa:
        yield fa


def config(fa: FakeAirtable, **overrides: Any) -> AirtableConfig:
    values: dict[str, Any] = {"api_key": TOKEN, "base_id": BASE, "api_url": fa.url}
    values.update(overrides)
    return AirtableConfig(**values)


def list_requests(fa: FakeAirtable) -> list[Any]:
    return [r for r in fa.requests if r.method in ("GET", "POST")]


# --- reading -----------------------------------------------------------------------------------


def test_pages_through_250_records_100_at_a_time(fake: FakeAirtable) -> None:
    records = read_airtable(config(fake), retry_total_seconds=1)

    assert len(records) == 250
    assert [r.record_id for r in records] == [record_id(i) for i in range(250)]
    first = records[0]
    assert first == CompanyRecord(
        record_id=record_id(0),
        name="Company 0000",
        url_cells=(
            "https://company0000.example.com",
            "https://company0000.example.com/blog\nhttps://company0000.example.com/careers",
        ),
        render=None,
    )
    calls = list_requests(fake)
    assert len(calls) == 3
    assert all(c.query["pageSize"] == ["100"] for c in calls)
    assert "offset" not in calls[0].query
    assert calls[1].query["offset"] and calls[2].query["offset"]
    assert all(c.status == 200 for c in calls)


def test_requests_only_the_configured_fields(fake: FakeAirtable) -> None:
    fake.set_records(
        [{"id": "recA", "fields": {"Name": "A", "Website": "a.com", "Notes": "x", "Browser": True}}]
    )
    records = read_airtable(
        config(fake), name_field="Name", url_fields=("Website", "URLs"), render_field="Browser"
    )
    assert records == [CompanyRecord("recA", "A", ("a.com",), True)]
    (call,) = list_requests(fake)
    assert call.query["fields[]"] == ["Name", "Website", "URLs", "Browser"]


def test_unchecked_render_checkbox_is_false(fake: FakeAirtable) -> None:
    fake.set_records([{"id": "recA", "fields": {"Name": "A"}}])
    fake.add_fields("Browser")
    (record,) = read_airtable(config(fake), render_field="Browser")
    assert record.render is False  # Airtable omits unchecked checkboxes


def test_view_gives_its_subset_in_its_order(fake: FakeAirtable) -> None:
    records = read_airtable(config(fake, view="Active"))
    assert [r.record_id for r in records] == list(reversed([record_id(i) for i in range(0, 250, 2)]))
    assert all(c.query["view"] == ["Active"] for c in list_requests(fake))
    assert read_airtable(config(fake, view="Zero")) == []


def test_table_names_with_spaces_and_slashes_and_table_ids() -> None:
    name = "Portfolio / 2024 ?"
    with FakeAirtable(token=TOKEN, base=BASE, table=name, records=make_companies(3)) as fa:
        assert len(read_airtable(config(fa, table=name))) == 3
        assert len(read_airtable(config(fa, table=fa.table_id(name)))) == 3


def test_long_field_lists_fall_back_to_post_list_records(fake: FakeAirtable) -> None:
    # pyairtable switches to POST .../listRecords when the URL would pass 16,000 characters.
    many = [f"Field {i:04d} " + "x" * 40 for i in range(400)]
    fake.add_fields(*many)
    records = read_airtable(config(fake), url_fields=("Website", *many))
    assert len(records) == 250
    assert {c.method for c in list_requests(fake)} == {"POST"}
    assert all(c.path.endswith("/listRecords") for c in list_requests(fake))


def test_cell_value_shapes_become_names_and_url_cells(fake: FakeAirtable) -> None:
    fake.set_records(
        [
            {
                "id": "recList",
                "fields": {"Name": "  Multi \n Line  ", "Website": ["a.com", "", "b.com"]},
            },
            {"id": "recNum", "fields": {"Name": 42, "URLs": 7}},
            {"id": "recNoName", "fields": {"Website": "c.com"}},
            {"id": "recEmpty", "fields": {}},
            {
                "id": "recButton",
                "fields": {"Name": ["Linked Co"], "Website": {"label": "Open", "url": "d.com"}},
            },
            {
                "id": "recLookup",
                "fields": {
                    "Name": {"state": "generated", "value": "AI Co"},
                    "URLs": [["e.com"], ["f.com"]],
                },
            },
            {"id": "recNul", "fields": {"Name": "Nul\x00Co", "Website": "g.com\x00"}},
        ]
    )
    got = {r.record_id: r for r in read_airtable(config(fake))}
    assert got["recList"].name == "Multi Line"
    assert got["recList"].url_cells == ("a.com", "b.com")
    assert got["recNum"] == CompanyRecord("recNum", "42", ("7",), None)
    assert got["recNoName"].name == "recNoName"
    assert got["recEmpty"] == CompanyRecord("recEmpty", "recEmpty", (), None)
    assert got["recButton"] == CompanyRecord("recButton", "Linked Co", ("d.com",), None)
    assert got["recLookup"] == CompanyRecord("recLookup", "AI Co", ("e.com", "f.com"), None)
    assert got["recNul"] == CompanyRecord("recNul", "NulCo", ("g.com",), None)


def test_value_helpers() -> None:
    assert cells_from_value(None) == ()
    assert cells_from_value(True) == ()
    assert cells_from_value(float("nan")) == ()
    assert cells_from_value("  ") == ()
    assert cells_from_value(["a", ["b", ["c"]]]) == ("a", "b", "c")
    assert name_from_value(["A", "B"]) == "A B"
    assert render_from_value("checked") is True
    assert render_from_value("") is False
    assert render_from_value("maybe") is None
    assert render_from_value(0) is False
    assert render_from_value([True]) is True


# --- failures: one line, the variable to check, never the token --------------------------------


def assert_user_message(message: str, *must_contain: str) -> None:
    assert "\n" not in message
    assert TOKEN not in message and "SECRET" not in message
    assert "Traceback" not in message
    for part in must_contain:
        assert part in message, message


@pytest.mark.parametrize(
    ("overrides", "fake_options", "expected"),
    [
        ({"api_key": "pat_wrong_SECRET"}, {}, ["401", "AIRTABLE_API_KEY"]),
        ({"base_id": "appLOCKED"}, {}, ["403", "AIRTABLE_BASE_ID", "data.records:read"]),
        ({}, {"scopes": ["data.records:write"]}, ["403", "AIRTABLE_API_KEY", "data.records:read"]),
        ({"base_id": "appNOPE"}, {}, ["404", "appNOPE", "AIRTABLE_BASE_ID", "AIRTABLE_TABLE"]),
        ({"table": "Nope"}, {}, ["404", "'Nope'", "AIRTABLE_TABLE"]),
        ({"view": "Nope"}, {}, ["404", "'Nope'", "AIRTABLE_VIEW"]),
        ({"view": "Nope"}, {"unknown_view_status": 422}, ["422", "'Nope'", "AIRTABLE_VIEW"]),
    ],
    ids=["401", "403-base", "403-scope", "404-base", "404-table", "404-view", "422-view"],
)
def test_access_errors_are_one_actionable_line(
    overrides: dict[str, Any], fake_options: dict[str, Any], expected: list[str]
) -> None:
    with (
        FakeAirtable(
            token=TOKEN,
            base=BASE,
            records=make_companies(3),
            forbidden_bases=["appLOCKED"],
            **fake_options,
        ) as fa,
        pytest.raises(SourceError) as info,
    ):
        read_airtable(config(fa, **overrides), retry_total_seconds=1)
    assert_user_message(str(info.value), *expected)
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.parametrize(
    ("kwargs", "setting"),
    [
        ({"url_fields": ("Website", "Homepage")}, "AIRTABLE_URL_FIELDS"),
        ({"name_field": "Company"}, "AIRTABLE_NAME_FIELD"),
        ({"render_field": "Needs Browser"}, "AIRTABLE_RENDER_FIELD"),
    ],
)
def test_unknown_field_names_the_field_and_the_setting(
    fake: FakeAirtable, kwargs: dict[str, Any], setting: str
) -> None:
    with pytest.raises(SourceError) as info:
        read_airtable(config(fake), **kwargs)
    field = next(v if isinstance(v, str) else v[-1] for v in kwargs.values())
    assert_user_message(str(info.value), "422", repr(field), setting)


def test_token_never_reaches_the_logs(fake: FakeAirtable, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake.inject_429(2)
    read_airtable(config(fake), retry_total_seconds=1)
    with pytest.raises(SourceError):
        read_airtable(config(fake, api_key="pat_wrong_SECRET"), retry_total_seconds=1)
    assert caplog.text
    assert TOKEN not in caplog.text and "SECRET" not in caplog.text
    assert TOKEN not in repr(config(fake))


def test_server_errors_are_retried(fake: FakeAirtable) -> None:
    fake.inject_5xx(3, status=502)
    assert len(read_airtable(config(fake), retry_total_seconds=1)) == 250


def test_server_errors_that_persist_name_the_api_url(fake: FakeAirtable) -> None:
    fake.inject_5xx(1000, status=503)
    started = time.monotonic()
    with pytest.raises(SourceError) as info:
        read_airtable(config(fake), retry_total_seconds=0.5)
    assert time.monotonic() - started < 5
    assert_user_message(str(info.value), "503", fake.url)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_api_names_the_url_without_credentials() -> None:
    url = f"http://proxyuser:proxySECRET@127.0.0.1:{free_port()}"
    cfg = AirtableConfig(api_key=TOKEN, base_id=BASE, api_url=url)
    with pytest.raises(SourceError) as info:
        read_airtable(cfg, retry_total_seconds=0.2)
    message = str(info.value)
    assert_user_message(message, "cannot reach Airtable", "127.0.0.1", "AIRTABLE_API_URL")
    assert "proxySECRET" not in message and "proxyuser" not in message


def test_unexpected_answers_are_one_line() -> None:
    cfg = AirtableConfig(api_key=TOKEN, base_id=BASE, api_url="http://127.0.0.1:9")
    for exc in (ValueError("Expecting value"), TypeError("expected list"), RuntimeError(TOKEN)):
        assert_user_message(str(airtable_error(exc, cfg)), "127.0.0.1:9")
    assert redact(f"token {TOKEN}\nleaked", TOKEN) == "token *** leaked"


# --- rate limits: Airtable's 30-second penalty ------------------------------------------------


def planned_waits(retry: Retry) -> list[float]:
    """The backoff urllib3 sleeps before each retry of consecutive 429s (no Retry-After)."""
    failure = RequestHistory("GET", "/", None, 429, None)
    assert isinstance(retry.total, int)
    return [retry.new(history=(failure,) * k).get_backoff_time() for k in range(1, retry.total + 1)]


def test_default_retry_outlasts_airtables_30_second_penalty() -> None:
    ours = planned_waits(airtable_retry())
    theirs = planned_waits(pyairtable.retry_strategy())
    assert sum(theirs) == pytest.approx(3.0)  # pyairtable: 0 + 0.2 + 0.4 + 0.8 + 1.6 s
    assert sum(ours) >= DEFAULT_RETRY_TOTAL_SECONDS >= 60
    # Some retry lands after the penalty has passed and before an hour of retrying.
    elapsed = [sum(ours[: k + 1]) for k in range(len(ours))]
    assert any(30 < t < 60 for t in elapsed)
    assert max(ours) <= DEFAULT_RETRY_TOTAL_SECONDS / 4 + DEFAULT_RETRY_TOTAL_SECONDS / 64 + 1e-9
    assert 429 in (airtable_retry().status_forcelist or ())


def test_penalty_longer_than_pyairtables_default_is_survived(fake: FakeAirtable) -> None:
    # A 3.5 s penalty stands in for Airtable's 30 s one (production waits 75 s in all):
    # pyairtable's default strategy gives up after ~3 s, ours (here 5 s) outlasts it.
    fake.penalize(3.5)
    api = pyairtable.Api(TOKEN, endpoint_url=fake.url)
    try:
        with pytest.raises(requests.RequestException):
            api.table(BASE, "Companies").all()
    finally:
        api.session.close()

    fake.clear_log()
    fake.penalize(3.5)
    started = time.monotonic()
    records = read_airtable(config(fake), retry_total_seconds=5)
    assert len(records) == 250
    assert time.monotonic() - started >= 3.5
    assert sum(r.status == 429 for r in fake.requests) >= 3


def test_storm_of_consecutive_429s_is_survived(fake: FakeAirtable) -> None:
    fake.inject_429(7)  # more than pyairtable's 5 default retries
    assert len(read_airtable(config(fake), retry_total_seconds=1)) == 250
    assert sum(r.status == 429 for r in fake.requests) == 7


def test_retry_after_header_is_honoured(fake: FakeAirtable) -> None:
    fake.inject_429(2, retry_after=1)
    assert len(read_airtable(config(fake), retry_total_seconds=0.5)) == 250
    first, second, third = fake.requests[:3]
    assert (first.status, second.status, third.status) == (429, 429, 200)
    assert second.time - first.time >= 0.95 and third.time - second.time >= 0.95


def test_a_429_now_and_then_loses_and_duplicates_nothing() -> None:
    with FakeAirtable(token=TOKEN, base=BASE, records=make_companies(250), rate_limit_every=2) as fa:
        records = read_airtable(config(fa), retry_total_seconds=1)
    assert [r.record_id for r in records] == [record_id(i) for i in range(250)]


def test_endless_rate_limit_fails_within_the_budget(fake: FakeAirtable) -> None:
    fake.penalize(60)
    started = time.monotonic()
    with pytest.raises(SourceError) as info:
        read_airtable(config(fake), retry_total_seconds=0.5)
    assert time.monotonic() - started < 5
    assert_user_message(str(info.value), "429", fake.url)


# --- configuration from the environment -----------------------------------------------------


def test_config_from_env_defaults_and_trimming() -> None:
    cfg = AirtableConfig.from_env(
        {"AIRTABLE_API_KEY": f" {TOKEN}\n", "AIRTABLE_BASE_ID": "appX ", "AIRTABLE_VIEW": ""}
    )
    assert cfg == AirtableConfig(api_key=TOKEN, base_id="appX")
    assert (cfg.table, cfg.view, cfg.api_url) == ("Companies", None, "https://api.airtable.com")
    cfg = AirtableConfig.from_env(
        {
            "AIRTABLE_API_KEY": TOKEN,
            "AIRTABLE_BASE_ID": "appX",
            "AIRTABLE_TABLE": "Portfolio",
            "AIRTABLE_VIEW": "Grid view",
            "AIRTABLE_API_URL": "http://127.0.0.1:8080/",
        }
    )
    assert (cfg.table, cfg.view, cfg.api_url) == ("Portfolio", "Grid view", "http://127.0.0.1:8080")
    assert TOKEN not in repr(cfg) and TOKEN not in str(cfg)


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"AIRTABLE_BASE_ID": "appX"}, "AIRTABLE_API_KEY"),
        ({"AIRTABLE_API_KEY": "  ", "AIRTABLE_BASE_ID": "appX"}, "AIRTABLE_API_KEY"),
        ({"AIRTABLE_API_KEY": TOKEN}, "AIRTABLE_BASE_ID"),
        (
            {"AIRTABLE_API_KEY": "pat\u201cSECRET\u201d", "AIRTABLE_BASE_ID": "appX"},
            "AIRTABLE_API_KEY",
        ),
        ({"AIRTABLE_API_KEY": "pat SECRET", "AIRTABLE_BASE_ID": "appX"}, "AIRTABLE_API_KEY"),
        (
            {"AIRTABLE_API_KEY": TOKEN, "AIRTABLE_BASE_ID": "https://airtable.com/appX/tblY"},
            "AIRTABLE_BASE_ID",
        ),
        (
            {"AIRTABLE_API_KEY": TOKEN, "AIRTABLE_BASE_ID": "appX", "AIRTABLE_API_URL": "ftp://x"},
            "AIRTABLE_API_URL",
        ),
    ],
)
def test_config_errors_name_the_variable(environ: dict[str, str], variable: str) -> None:
    with pytest.raises(SourceError) as info:
        AirtableConfig.from_env(environ)
    assert_user_message(str(info.value), variable)


def test_load_companies_reads_airtable_from_the_environment(fake: FakeAirtable) -> None:
    environ = {"AIRTABLE_API_KEY": TOKEN, "AIRTABLE_BASE_ID": BASE, "AIRTABLE_API_URL": fake.url}
    records = load_companies("airtable", {"AIRTABLE_URL_FIELDS": "Website"}, environ=environ)
    assert len(records) == 250
    assert records[0].url_cells == ("https://company0000.example.com",)
    assert list_requests(fake)[0].query["fields[]"] == ["Name", "Website"]
    with pytest.raises(SourceError, match="AIRTABLE_API_KEY"):
        load_companies("airtable", {}, environ={"AIRTABLE_BASE_ID": BASE})


# --- bad Airtable data: whatever the cells hold, reading never crashes ------------------------

SEPARATORS = [",", ";", " ", "\n", "\r\n", "\t", "|", "\u00a0", "\u2028", "\u3000", ", ", " ,\n"]
URLISH = [
    "acme.com",
    "https://acme.com/blog",
    "HTTP://ACME.COM:80/",
    "www.acme.io/path?q=1#frag",
    "bücher.de",
    "xn--bcher-kva.de",
    "http://127.0.0.1:8080",
    "http://[::1]/",
    "http://user:pass@acme.com",
    "mailto:ceo@acme.com",
    "javascript:alert(1)",
    "acme",
    "🚀.ws",
    "https://例え.テスト/パス",
    "//acme.com",
    "http://",
]
text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
pieces = st.one_of(st.sampled_from(URLISH), text, st.sampled_from(["🚀", "👩‍👩‍👧", "🇺🇸", "\x00"]))
cells = st.one_of(
    st.builds(
        lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
        st.lists(pieces, max_size=8),
        st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=4),
    ),
    st.builds(
        lambda ch, n: ch * n,
        st.sampled_from(["a", "é", "🚀", ",", " ", "x."]),
        st.integers(9_000, 10_000),
    ),
)
values = st.recursive(
    st.one_of(
        st.none(),
        cells,
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.booleans(),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(["url", "label", "value", "state", "id", "name"]), children, max_size=3
        ),
    ),
    max_leaves=8,
)
field_dicts = st.fixed_dictionaries(
    {}, optional={"Name": values, "Website": values, "URLs": values, "Other": values}
)


def check_record(record: CompanyRecord, rid: str, fields: dict[str, Any]) -> None:
    assert record.record_id == rid
    assert isinstance(record.name, str) and record.name
    assert "\n" not in record.name and "\x00" not in record.name
    assert all(isinstance(c, str) and c.strip() and "\x00" not in c for c in record.url_cells)
    for name in ("Website", "URLs"):
        value = fields.get(name)
        if isinstance(value, str) and value.replace("\x00", "").strip():
            assert value.replace("\x00", "") in record.url_cells


@settings(max_examples=300, deadline=None)
@given(fields=field_dicts, render=values)
def test_any_field_values_make_a_record(fields: dict[str, Any], render: Any) -> None:
    record = record_from_fields(
        record_id="recX",
        fields={**fields, "Browser": render},
        name_field="Name",
        url_fields=("Website", "URLs"),
        render_field="Browser",
    )
    check_record(record, "recX", fields)
    assert record.render in (True, False, None)


@settings(max_examples=100, deadline=None)
@given(garbage=st.one_of(st.none(), st.integers(), st.text(), st.lists(st.integers())))
def test_fields_that_are_not_a_mapping_make_a_record(garbage: Any) -> None:
    record = record_from_fields(
        record_id="recX",
        fields=garbage,
        name_field="Name",
        url_fields=("Website",),
        render_field=None,
    )
    assert record == CompanyRecord("recX", "recX", (), None)


@pytest.fixture(scope="module")
def shared_fake() -> Iterator[FakeAirtable]:
    with FakeAirtable(token=TOKEN, base=BASE, extra_fields=["Name", "Website", "URLs"]) as fa:
        yield fa


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(field_dicts, max_size=12))
def test_any_table_contents_read_through_the_api(
    shared_fake: FakeAirtable, batch: list[dict[str, Any]]
) -> None:
    rows: list[dict[str, Any]] = [{"id": record_id(i), "fields": fields} for i, fields in enumerate(batch)]
    shared_fake.set_records(rows)
    records = read_airtable(config(shared_fake), retry_total_seconds=0.5)
    assert len(records) == len(rows)
    for record, row in zip(records, rows, strict=True):
        # Airtable drops empty values; compare with what the server sends.
        sent = {k: v for k, v in row["fields"].items() if v not in (None, "", [])}
        check_record(record, row["id"], sent)


def test_ids_in_the_fake_look_like_airtable_ids() -> None:
    ids = {record_id(i) for i in range(1000)}
    assert len(ids) == 1000
    allowed = set(string.ascii_letters + string.digits)
    assert all(i.startswith("rec") and len(i) == 17 and set(i[3:]) <= allowed for i in ids)


# --- URLs in a linked table (AIRTABLE_URL_TABLE) ------------------------------------------------

URL_TABLE = "Company URLs"


def url_record(index: int, url: Any) -> dict[str, Any]:
    return {"id": record_id(10_000 + index), "fields": {"URL": url} if url is not None else {}}


def linked_config(fa: FakeAirtable, **overrides: Any) -> AirtableConfig:
    values: dict[str, Any] = {"url_table": URL_TABLE, "url_link_field": "Links", "url_field": "URL"}
    values.update(overrides)
    return config(fa, **values)


@pytest.fixture
def linked() -> Iterator[FakeAirtable]:
    """Five companies, and 130 URL records (two pages) that they link to."""
    urls = [url_record(i, f"https://linked{i:03d}.example.com/") for i in range(126)]
    urls += [
        url_record(126, None),  # an empty linked record
        url_record(127, "acme.com\nhttps://acme.com/careers"),  # one record, two URLs
        url_record(128, "mailto:hello@acme.com"),  # junk, counted like junk in a company's field
        url_record(129, "https://shared.example.com/"),
    ]
    ids = [u["id"] for u in urls]
    companies = [
        {"id": "recAcme000000001", "fields": {"Name": "Acme", "Website": "acme.com",
                                             "Links": [ids[5], ids[127], ids[126], ids[128]]}},
        {"id": "recBeta000000002", "fields": {"Name": "Beta", "Links": [ids[129], ids[0], "recGONE0000000000"]}},
        {"id": "recGamma00000003", "fields": {"Name": "Gamma", "Website": "gamma.io", "Links": [ids[129]]}},
        {"id": "recDelta00000004", "fields": {"Name": "Delta", "Website": "delta.io"}},
        {"id": "recMany000000005", "fields": {"Name": "Many", "Links": ids[1:120]}},
    ]
    views = {"Some": ["recGamma00000003", "recAcme000000001"]}
    with FakeAirtable(
        token=TOKEN, base=BASE, records=companies, tables={URL_TABLE: urls}, views=views, extra_fields=["URLs"]
    ) as fa:
        yield fa


def test_linked_urls_follow_the_companys_own_in_link_order(linked: FakeAirtable) -> None:
    got = {r.record_id: r for r in read_airtable(linked_config(linked), retry_total_seconds=1)}

    acme = got["recAcme000000001"]
    assert acme.url_cells == ("acme.com",)  # the homepage stays first
    assert acme.linked is not None
    assert acme.linked.cells == (
        "https://linked005.example.com/",
        "acme.com\nhttps://acme.com/careers",
        "mailto:hello@acme.com",
    )
    assert acme.linked.empty == (record_id(10_126),)
    assert acme.all_url_cells == ("acme.com", *acme.linked.cells)

    beta = got["recBeta000000002"]
    assert beta.url_cells == ()
    assert beta.linked is not None
    assert beta.linked.cells == ("https://shared.example.com/", "https://linked000.example.com/")
    assert beta.linked.dangling == ("recGONE0000000000",)
    # a record linked by two companies gives its URL to both
    assert got["recGamma00000003"].all_url_cells == ("gamma.io", "https://shared.example.com/")
    assert got["recDelta00000004"].linked is not None
    assert got["recDelta00000004"].all_url_cells == ("delta.io",)
    assert len(got["recMany000000005"].all_url_cells) == 119

    calls = list_requests(linked)
    companies_calls = [c for c in calls if c.path.endswith("/Companies")]
    url_calls = [c for c in calls if c.path.endswith("/Company%20URLs")]
    assert len(companies_calls) == 1 and len(url_calls) == 2  # 130 URL records: two pages
    assert companies_calls[0].query["fields[]"] == ["Name", "Website", "URLs", "Links"]
    assert all(c.query["fields[]"] == ["URL"] for c in url_calls)
    assert url_calls[1].query["offset"]


def test_the_view_applies_to_the_companies_table_only(linked: FakeAirtable) -> None:
    records = read_airtable(linked_config(linked, view="Some"), retry_total_seconds=1)
    assert [r.record_id for r in records] == ["recGamma00000003", "recAcme000000001"]
    assert records[0].all_url_cells == ("gamma.io", "https://shared.example.com/")
    url_calls = [c for c in list_requests(linked) if "URLs" in c.path]
    assert url_calls and all("view" not in c.query for c in url_calls)


def test_url_table_by_id_and_link_field_that_is_also_a_url_field(linked: FakeAirtable) -> None:
    cfg = linked_config(linked, url_table=linked.table_id(URL_TABLE))
    records = read_airtable(cfg, url_fields=("Website", "Links"), retry_total_seconds=1)
    acme = next(r for r in records if r.name == "Acme")
    # the link field's record ids are not read as URLs (they would be counted as junk)
    assert acme.url_cells == ("acme.com",)
    assert acme.linked is not None and len(acme.linked.cells) == 3
    (companies_call,) = [c for c in list_requests(linked) if c.path.endswith("/Companies")]
    assert companies_call.query["fields[]"] == ["Name", "Website", "Links"]


def test_rate_limits_while_reading_the_url_table_are_retried(linked: FakeAirtable) -> None:
    linked.inject_429(3, after=2)  # the companies page and the first URL page pass, then 429s
    records = read_airtable(linked_config(linked), retry_total_seconds=1)
    assert sum(len(r.all_url_cells) for r in records) == 1 + 3 + 2 + 2 + 1 + 119
    assert sum(r.status == 429 for r in linked.requests) == 3


def test_a_large_url_table_is_read_under_airtables_rate_limit() -> None:
    # 650 URL records are 7 pages: requested back to back they would break 5 requests/s
    urls = [url_record(i, f"https://site{i}.example.com") for i in range(650)]
    companies = [{"id": "recA00000000000001", "fields": {"Name": "A", "Links": [u["id"] for u in urls]}}]
    with FakeAirtable(
        token=TOKEN, base=BASE, records=companies, tables={URL_TABLE: urls}, extra_fields=["Website", "URLs"],
        enforce_rate_limit=True,
    ) as fa:
        (record,) = read_airtable(linked_config(fa), retry_total_seconds=1)
        assert len(record.all_url_cells) == 650
        assert [r.status for r in fa.requests] == [200] * 8


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"url_table": "Nope"}, ["404", "'Nope'", "AIRTABLE_URL_TABLE"]),
        ({"url_field": "Link"}, ["422", f"{URL_TABLE!r}", "'Link'", "AIRTABLE_URL_TABLE_URL_FIELD"]),
        ({"url_link_field": "URL"}, ["422", "'Companies'", "'URL'", "AIRTABLE_URL_TABLE_LINK_FIELD"]),
        # a text field of URLs given as the link field
        ({"url_link_field": "Website"}, ["'Website'", "'acme.com'", "AIRTABLE_URL_TABLE_LINK_FIELD"]),
    ],
)
def test_a_wrong_url_table_or_field_is_one_line(
    linked: FakeAirtable, overrides: dict[str, Any], expected: list[str]
) -> None:
    with pytest.raises(SourceError) as info:
        read_airtable(linked_config(linked, **overrides), retry_total_seconds=1)
    assert_user_message(str(info.value), *expected)
    if "url_table" in overrides:
        assert "AIRTABLE_VIEW" not in str(info.value)


def test_links_into_another_table_are_one_line(linked: FakeAirtable) -> None:
    # the link field points to a table other than AIRTABLE_URL_TABLE: no link resolves
    linked.set_records([url_record(i, f"https://other{i}.example.com") for i in range(3)], table=URL_TABLE)
    linked.set_records(
        [{"id": "recA00000000000001", "fields": {"Name": "A", "Links": ["recOTHER000000001"]}}]
    )
    with pytest.raises(SourceError) as info:
        read_airtable(linked_config(linked), retry_total_seconds=1)
    assert_user_message(str(info.value), "none of the 1 links", "'Links'", "AIRTABLE_URL_TABLE_LINK_FIELD")


def test_url_table_config_from_env() -> None:
    base_env = {"AIRTABLE_API_KEY": TOKEN, "AIRTABLE_BASE_ID": "appX"}
    cfg = AirtableConfig.from_env(
        {
            **base_env,
            "AIRTABLE_VIEW": "Active",
            "AIRTABLE_URL_TABLE": " Company URLs ",
            "AIRTABLE_URL_TABLE_LINK_FIELD": "Links",
            "AIRTABLE_URL_TABLE_URL_FIELD": "URL",
        }
    )
    assert (cfg.table, cfg.url_table, cfg.url_link_field, cfg.url_field) == (
        "Companies", "Company URLs", "Links", "URL"
    )
    url_cfg = cfg.url_table_config
    assert url_cfg is not None and (url_cfg.table, url_cfg.view) == ("Company URLs", None)
    assert AirtableConfig.from_env(base_env).url_table_config is None
    for extra, variable in [
        ({"AIRTABLE_URL_TABLE": "URLs", "AIRTABLE_URL_TABLE_URL_FIELD": "URL"}, "AIRTABLE_URL_TABLE_LINK_FIELD"),
        ({"AIRTABLE_URL_TABLE": "URLs", "AIRTABLE_URL_TABLE_LINK_FIELD": "Links"}, "AIRTABLE_URL_TABLE_URL_FIELD"),
        ({"AIRTABLE_URL_TABLE_LINK_FIELD": "Links"}, "AIRTABLE_URL_TABLE is not"),
    ]:
        with pytest.raises(SourceError) as info:
            AirtableConfig.from_env({**base_env, **extra})
        assert_user_message(str(info.value), variable)


def test_load_companies_joins_the_url_table_from_the_environment(linked: FakeAirtable) -> None:
    environ = {
        "AIRTABLE_API_KEY": TOKEN,
        "AIRTABLE_BASE_ID": BASE,
        "AIRTABLE_API_URL": linked.url,
        "AIRTABLE_URL_TABLE": URL_TABLE,
        "AIRTABLE_URL_TABLE_LINK_FIELD": "Links",
        "AIRTABLE_URL_TABLE_URL_FIELD": "URL",
    }
    records = load_companies("airtable", {}, environ=environ)
    assert records[1].all_url_cells == ("https://shared.example.com/", "https://linked000.example.com/")


@settings(max_examples=100, deadline=None)
@given(value=values)
def test_any_link_field_value_reads_or_fails_cleanly(value: Any) -> None:
    from valuation_spiders.sources.airtable import join_linked_urls

    company = CompanyRecord("recX", "X", ())
    try:
        (joined,) = join_linked_urls(
            [company], [{"Links": value}], [{"id": "recU1", "fields": {"URL": "a.com"}}],
            link_field="Links", url_field="URL", table="Companies", url_table="URLs",
        )
    except SourceError as exc:
        assert_user_message(str(exc), "AIRTABLE_URL_TABLE_LINK_FIELD")
    else:
        assert joined.linked is not None
        assert set(joined.linked.dangling) <= set(joined.linked.record_ids)
