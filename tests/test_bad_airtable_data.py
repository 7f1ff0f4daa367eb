"""Bad Airtable data, property-based: whatever people type into the names and URL cells, the whole
sync (Airtable record -> CompanyRecord -> URL cells -> companies/company_urls rows, on a real
SQLite file and on PostgreSQL) never crashes, and every URL token either becomes a company URL or
is counted as rejected with its reason.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from valuation_spiders.sources.airtable import join_linked_urls, record_from_fields
from valuation_spiders.sources.files import read_json
from valuation_spiders.sources.records import SourceError
from valuation_spiders.storage import repository
from valuation_spiders.storage.database import CrawlDatabase
from valuation_spiders.storage.models import Company, CompanyURL
from valuation_spiders.urls import MAX_URL_LENGTH, InvalidURL, normalise_url, parse_url_cells, split_cell

REASONS = {
    "empty", "too_long", "control_characters", "unsupported_scheme", "not_a_url", "bad_port",
    "credentials_in_url", "no_host", "bad_host",
}

URLISH = [
    "acme.com", "https://acme.com/blog", "HTTP://ACME.COM:80/", "www.acme.io/path?q=1#frag",
    "bücher.de", "xn--bcher-kva.de", "https://例え.テスト/パス", "пример.рф", "🚀.ws", "http://☃.net",
    "http://127.0.0.1:8080", "10.0.0.5", "http://[::1]/", "http://[2001:db8::1]:8443/x",
    "http://169.254.169.254/latest/meta-data/", "2130706433", "http://0x7f.1/", "127.1",
    "acme.com:8080", "acme.com:99999", "acme.com:0", "acme.com:-1", "acme.com:abc", "http://acme.com:/",
    "http://user:pass@acme.com", "user@acme.com", "https://:pw@acme.com", "http://acme.com@evil.com",
    "mailto:ceo@acme.com", "javascript:alert(1)", "file:///etc/passwd", "ftp://acme.com", "data:text/html",
    "acme", "TBD", "n/a", "//acme.com", "http://", "https://", "http://.com", "http://-acme-.com",
    "https://acme.com/" + "a" * 3000, "https://acme.com/" + "é" * 1500, "https://" + "a" * 64 + ".com",
    "https://acme.com/path with space", "https://acme.com/%zz", "<https://acme.com>", "(acme.com)",
    "\"acme.com\"", "https://acme.com/\x07bell", "acme.com.", "ACME.COM/Careers/",
]
# every separator people type, paste or export between URLs in one cell
SEPARATORS = ["\n", "\r\n", "\r", ",", ", ", ";", " ", "\t", "|", " | ", "\u00a0", "\u2028", "\u3000",
              "\u200b", ",\n", ";;", "  "]
ANY_TEXT = st.text(alphabet=st.characters(categories=("L", "M", "N", "P", "S", "Z", "C")), max_size=30)
EMOJI = ["🚀", "👩‍👩‍👧", "🇺🇸", "🏳️‍🌈", "\u0301", "\ufeff", "\x00", "\ud83d", "\udc00", "\u202e"]


@st.composite
def url_cells(draw, shared: list[str]) -> Any:
    pieces = draw(st.lists(st.one_of(st.sampled_from(URLISH), st.sampled_from(shared), ANY_TEXT,
                                     st.sampled_from(EMOJI)), max_size=8))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=4))
    cell = "".join(p + seps[i % len(seps)] for i, p in enumerate(pieces))
    long_cell = st.builds(lambda unit, n: (unit * n)[:10_000],
                          st.sampled_from(["a", "é", "🚀", ",", " ", "x.co ", "acme.com\n", "https://a.io/" + "z" * 50 + ","]),
                          st.integers(9_000, 10_000))
    return draw(st.one_of(st.just(cell), long_cell, st.lists(st.just(cell), max_size=3),
                          st.just({"label": "site", "url": cell}), st.integers(), st.none()))


NAMES = st.one_of(
    ANY_TEXT,
    st.sampled_from(["Acme", "Ünïcödé GmbH", "株式会社テスト", "🚀 Rocket", "", "   ", "\x00", "A\ud83dB",
                     "Zalgo Z̷̢̛a̸l̵g̶o", "\u202eevil", "Name\nwith\nlines"]),
    st.builds(lambda c, n: c * n, st.sampled_from(["n", "é", "🚀", " "]), st.integers(1000, 10_000)),
    st.lists(ANY_TEXT, max_size=3),
    st.none(),
)


@st.composite
def airtable_tables(draw) -> list[dict[str, Any]]:
    """Raw Airtable records: ids may repeat, fields may be missing, empty or not a dict."""
    shared = draw(st.lists(st.sampled_from(URLISH[:20]), min_size=1, max_size=4))  # same URL, several companies
    count = draw(st.integers(0, 8))
    records = []
    for _ in range(count):
        rid = f"rec{draw(st.integers(0, count + 1)):014d}"  # duplicates across records happen
        shape = draw(st.sampled_from(["full", "full", "full", "empty", "none", "missing", "junk"]))
        if shape == "missing":
            records.append({"id": rid})
            continue
        if shape in ("none", "junk"):
            records.append({"id": rid, "fields": None if shape == "none" else ["not", "a", "dict"]})
            continue
        fields: dict[str, Any] = {}
        if shape == "full":
            for key, strategy in (("Name", NAMES), ("Website", url_cells(shared)), ("URLs", url_cells(shared))):
                if draw(st.booleans()) or key != "URLs":
                    fields[key] = draw(strategy)
        records.append({"id": rid, "fields": fields})
    return records


def to_records(raw: list[dict[str, Any]]):
    """What read_airtable makes of the API's records."""
    return [
        record_from_fields(record_id=r["id"], fields=r.get("fields"), name_field="Name",
                           url_fields=("Website", "URLs"), render_field=None)
        for r in raw
    ]


def clear(db: CrawlDatabase) -> None:
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE companies, company_urls RESTART IDENTITY CASCADE"))
        else:
            conn.execute(text("DELETE FROM company_urls"))
            conn.execute(text("DELETE FROM companies"))


def check_sync(db: CrawlDatabase, records) -> None:
    sessions = db.sessions
    report, companies = repository.sync_companies(sessions, records)

    # every token is a URL of its company or a counted rejection, with a known reason
    firsts = {}
    for record in records:
        firsts.setdefault(record.record_id, record)
    expected_rejected: Counter[str] = Counter()
    for record in firsts.values():
        tokens = [t for cell in record.all_url_cells for t in split_cell(cell)]
        accepted = 0
        for token in tokens:
            try:
                normalise_url(token)
                accepted += 1
            except InvalidURL as exc:
                expected_rejected[exc.reason] += 1
        cells = parse_url_cells(record.all_url_cells)
        assert accepted + len(cells.rejected) == len(tokens)
    assert report.invalid_urls == sum(expected_rejected.values()) == sum(report.invalid_reasons.values())
    assert dict(report.invalid_reasons) == dict(expected_rejected)
    assert set(report.invalid_reasons) <= REASONS

    # the database holds exactly the companies and their URLs, in order
    assert [c.record_id for c in companies] == list(firsts)
    with sessions() as session:
        stored = {c.record_id: c for c in session.scalars(select(Company))}
        urls: dict[int, list[str]] = {}
        for row in session.scalars(select(CompanyURL).where(CompanyURL.active.is_(True))
                                   .order_by(CompanyURL.company_id, CompanyURL.position)):
            urls.setdefault(row.company_id, []).append(row.url)
    assert set(stored) == set(firsts)
    for rid, record in firsts.items():
        company = stored[rid]
        assert company.name == (record.name or rid)[:1000]
        assert urls.get(company.id, []) == parse_url_cells(record.all_url_cells).urls
    for url in (u for company_urls in urls.values() for u in company_urls):
        assert len(url) <= MAX_URL_LENGTH
        assert url.startswith(("http://", "https://")) and "@" not in url.split("/")[2]
        assert normalise_url(url) == url  # stored URLs are already canonical

    # links into a URL table: every link counted once, as found, dangling or empty
    linked = [r for r in firsts.values() if r.linked is not None]
    if linked:
        assert report.linked is not None
        assert report.linked.links == sum(len(r.linked.record_ids) for r in linked)
        assert report.linked.dangling == sum(len(r.linked.dangling) for r in linked)
        assert report.linked.empty == sum(len(r.linked.empty) for r in linked)
        assert report.linked.urls == sum(
            len(parse_url_cells(r.all_url_cells).urls) - len(parse_url_cells(r.url_cells).urls) for r in linked
        )
        linkers = Counter(i for r in linked for i in r.linked.record_ids)
        assert report.linked.shared == sum(1 for n in linkers.values() if n > 1)
    else:
        assert report.linked is None

    # a second sync of the same data changes nothing
    again, _ = repository.sync_companies(sessions, records)
    assert (again.created, again.urls_created, again.urls_deactivated) == (0, 0, 0)
    assert again.updated == len(firsts)


@pytest.fixture
def synced_db(database_url):
    db = CrawlDatabase(database_url)
    db.open()
    yield db
    db.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(raw=airtable_tables())
def test_any_airtable_table_syncs_and_counts_every_rejected_url(synced_db, raw):
    clear(synced_db)
    check_sync(synced_db, to_records(raw))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(raw=airtable_tables(), ids=st.lists(st.one_of(ANY_TEXT, st.sampled_from(EMOJI),
                                                   st.builds(lambda n: "r" * n, st.integers(200, 10_000))),
                                         min_size=8, max_size=8))
def test_a_json_export_with_any_ids_syncs(synced_db, tmp_path_factory, raw, ids):
    """A JSON file source: ids are whatever the file says (any text, any length)."""
    for record, rid in zip(raw, ids, strict=False):
        record["id"] = rid
    path = tmp_path_factory.mktemp("json") / "companies.json"
    path.write_text(json.dumps({"records": raw}), encoding="utf-8")
    clear(synced_db)
    check_sync(synced_db, read_json(path))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(raw=airtable_tables(), data=st.data())
def test_any_linked_url_table_syncs_and_counts_every_link(synced_db, raw, data):
    """URLs in a linked table: any URL cells, links that dangle, empty records, shared records."""
    shared = data.draw(st.lists(st.sampled_from(URLISH[:20]), min_size=1, max_size=4))
    url_fields = st.one_of(st.just({}), st.fixed_dictionaries({"URL": url_cells(shared)}))
    url_table = [{"id": f"recU{i:013d}", "fields": data.draw(url_fields)} for i in range(data.draw(st.integers(0, 6)))]
    ids = [u["id"] for u in url_table] + ["recGONE000000000"]  # one id that is not in the table
    links = [data.draw(st.lists(st.sampled_from(ids), max_size=4)) for _ in raw]
    for record, linked_ids in zip(raw, links, strict=True):
        if isinstance(record.get("fields"), dict):
            record["fields"]["Links"] = linked_ids
    records = to_records(raw)
    fields = [r.get("fields") for r in raw]
    try:
        records = join_linked_urls(records, fields, url_table, link_field="Links", url_field="URL",
                                   table="Companies", url_table="URLs")
    except SourceError as exc:  # every link dangles: the link field points to another table
        assert "none of the" in str(exc)
        return
    clear(synced_db)
    check_sync(synced_db, records)


def test_one_company_with_every_bad_thing_at_once(synced_db):
    """A deterministic worst case, so a regression shows without hypothesis' luck."""
    raw = [
        {"id": "recAAAAAAAAAAAAAA", "fields": {"Name": "🚀" * 10_000, "Website": "\n".join(URLISH),
                                                "URLs": SEPARATORS[0].join(URLISH[::-1])}},
        {"id": "recBBBBBBBBBBBBBB", "fields": {"Name": "A\ud83dB\x00", "Website": "acme.com, bücher.de"}},
        {"id": "recCCCCCCCCCCCCCC", "fields": {}},
        {"id": "recDDDDDDDDDDDDDD"},
        {"id": "recAAAAAAAAAAAAAA", "fields": {"Name": "duplicate id"}},
    ]
    records = to_records(raw)
    check_sync(synced_db, records)
    with synced_db.sessions() as session:
        names = dict(session.execute(select(Company.record_id, Company.name)).all())
    assert names["recAAAAAAAAAAAAAA"] == "🚀" * 1000
    assert names["recBBBBBBBBBBBBBB"] == "A\ufffdB"  # a lone surrogate cannot be stored: replaced
    assert names["recCCCCCCCCCCCCCC"] == "recCCCCCCCCCCCCCC"
