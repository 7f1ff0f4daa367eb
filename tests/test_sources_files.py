"""CSV and JSON company files, and the loader that picks a source."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.settings import Settings

from valuation_spiders.sources.files import decode_text, derived_id, read_csv, read_json
from valuation_spiders.sources.loader import field_names, load_companies
from valuation_spiders.sources.records import CompanyRecord, SourceError

EXPORT = (
    "Name,Website,URLs,Notes\r\n"
    'Acme Inc,https://acme.com,"https://acme.com/blog\nhttps://acme.com/careers",x\r\n'
    "Beta,beta.io,,\r\n"
    ",,,\r\n"
    'Gamma GmbH,,"gamma.de, gamma.de/team",\r\n'
)


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def assert_one_line(error: SourceError, *parts: str) -> None:
    message = str(error)
    assert "\n" not in message
    for part in parts:
        assert part in message, message


# --- CSV ------------------------------------------------------------------------------------


def test_reads_an_airtable_csv_export(tmp_path: Path) -> None:
    records = read_csv(write(tmp_path, "companies.csv", EXPORT))
    assert [r.name for r in records] == ["Acme Inc", "Beta", "Gamma GmbH"]
    acme, beta, gamma = records
    assert acme.url_cells == ("https://acme.com", "https://acme.com/blog\nhttps://acme.com/careers")
    assert beta.url_cells == ("beta.io",)
    assert gamma.url_cells == ("gamma.de, gamma.de/team",)
    assert all(r.render is None for r in records)
    assert acme.record_id == derived_id("Acme Inc")
    assert acme.record_id.startswith("name:acme-inc-")


def test_derived_ids_are_stable_and_distinct_for_duplicates(tmp_path: Path) -> None:
    text = "Name,Website\nAcme,a.com\nBeta,b.com\nACME ,a2.com\nacme,a3.com\n"
    first = read_csv(write(tmp_path, "a.csv", text))
    again = read_csv(write(tmp_path, "b.csv", text))
    assert [r.record_id for r in first] == [r.record_id for r in again]
    ids = [r.record_id for r in first]
    assert len(set(ids)) == 4
    assert ids[2] == ids[0] + "~2" and ids[3] == ids[0] + "~3"
    # Reordering other companies or adding rows does not move a company's id.
    moved = read_csv(write(tmp_path, "c.csv", "Name,Website\nZeta,z.com\nBeta,b.com\nAcme,a.com\n"))
    assert {r.name: r.record_id for r in moved}["Beta"] == ids[1]
    assert {r.name: r.record_id for r in moved}["Acme"] == ids[0]


def test_record_id_column_is_used_and_never_collided(tmp_path: Path) -> None:
    taken = derived_id("Acme")
    text = (
        "Record ID,Name,Website\n"
        "recAAA,Acme,a.com\n"
        ",Beta,b.com\n"
        f"{taken},Other,o.com\n"
        ",Acme,a2.com\n"
        "recAAA,Dup,d.com\n"
    )
    records = read_csv(write(tmp_path, "ids.csv", text))
    assert [r.record_id for r in records][:3] == ["recAAA", derived_id("Beta"), taken]
    assert records[3].name == "Acme" and records[3].record_id not in {"recAAA", taken}
    assert len(records) == 4  # the second recAAA row is dropped, the first wins
    assert len({r.record_id for r in records}) == 4


def test_nameless_rows_get_an_id_from_their_urls(tmp_path: Path) -> None:
    records = read_csv(write(tmp_path, "n.csv", "Name,Website\n,https://nameless.com\n  ,\n"))
    (record,) = records
    assert record.name == record.record_id == derived_id("https://nameless.com")


def test_bom_and_column_names_in_any_case(tmp_path: Path) -> None:
    data = "\ufeff name ,WEBSITE, urls \nAcme,a.com,a.com/x\n".encode("utf-8")
    assert read_csv(write(tmp_path, "bom.csv", data)) == [
        CompanyRecord(derived_id("Acme"), "Acme", ("a.com", "a.com/x"))
    ]


@pytest.mark.parametrize(
    ("encoding", "text", "expected"),
    [
        ("utf-16", "Name\tWebsite\nSociété Générale\tsg.fr\n", "Société Générale"),
        ("utf-8-sig", "Name;Website\nMüller AG;mueller.de\n", "Müller AG"),
        ("cp1252", "Name,Website\nCafé “Crème”,cafe.fr\n", "Café “Crème”"),
        ("latin-1", "Name,Website\nÅngström,ang.se\n", "Ångström"),
    ],
)
def test_odd_encodings_and_delimiters(tmp_path: Path, encoding: str, text: str, expected: str) -> None:
    (record,) = read_csv(write(tmp_path, "enc.csv", text.encode(encoding)))
    assert record.name == expected
    assert len(record.url_cells) == 1


def test_broken_bytes_are_replaced_not_fatal(tmp_path: Path) -> None:
    data = "Name,Website\nZürich \xff Labs,zl.ch\nNul\x00Co,n.co\n".encode("utf-8", "surrogateescape")
    data = data.replace(b"\xc3\xbf", b"\xff")  # a stray byte inside otherwise valid UTF-8
    first, second = read_csv(write(tmp_path, "broken.csv", data))
    assert first.name == "Zürich \ufffd Labs"
    assert second.name == "NulCo"


def test_ragged_rows_do_not_crash(tmp_path: Path) -> None:
    text = "Name,Website,URLs\nShort\nLong,l.com,l.com/a,extra,extra\n"
    short, long = read_csv(write(tmp_path, "ragged.csv", text))
    assert short.url_cells == () and long.url_cells == ("l.com", "l.com/a")


def test_only_some_url_columns_present(tmp_path: Path) -> None:
    (record,) = read_csv(write(tmp_path, "w.csv", "Name,URLs\nAcme,acme.com\n"))
    assert record.url_cells == ("acme.com",)


def test_render_column(tmp_path: Path) -> None:
    text = "Name,Website,Browser\nA,a.com,checked\nB,b.com,\n"
    a, b = read_csv(write(tmp_path, "r.csv", text), render_field="Browser")
    assert (a.render, b.render) == (True, False)
    (c,) = read_csv(write(tmp_path, "r2.csv", "Name,Website\nC,c.com\n"), render_field="Browser")
    assert c.render is None  # the file has no such column


def test_custom_field_names(tmp_path: Path) -> None:
    text = "Company,Homepage,Pages\nAcme,acme.com,acme.com/x\n"
    (record,) = read_csv(
        write(tmp_path, "c.csv", text), name_field="Company", url_fields=("Homepage", "Pages")
    )
    assert (record.name, record.url_cells) == ("Acme", ("acme.com", "acme.com/x"))


@pytest.mark.parametrize(
    ("content", "parts"),
    [
        ("Company,Website\nA,a.com\n", ["'Name'", "AIRTABLE_NAME_FIELD", "'Company'"]),
        ("Name,Notes\nA,x\n", ["AIRTABLE_URL_FIELDS", "'Website'", "'Notes'"]),
        ("", ["empty"]),
        ("\n\n  \n", ["empty"]),
    ],
)
def test_unusable_csv_is_one_line(tmp_path: Path, content: str, parts: list[str]) -> None:
    with pytest.raises(SourceError) as info:
        read_csv(write(tmp_path, "bad.csv", content))
    assert_one_line(info.value, *parts)


def test_header_only_csv_has_no_companies(tmp_path: Path) -> None:
    assert read_csv(write(tmp_path, "h.csv", "Name,Website,URLs\n")) == []


def test_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        read_csv(tmp_path / "nope.csv")
    assert_one_line(info.value, "does not exist", "nope.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(SourceError) as info:
        read_csv(tmp_path / "dir.csv")
    assert_one_line(info.value, "directory")
    with pytest.raises(SourceError):
        read_json(tmp_path / "nope.json")


def test_decode_text_keeps_utf8_and_falls_back() -> None:
    assert decode_text("naïve 🚀".encode()) == "naïve 🚀"
    assert decode_text("naïve".encode("cp1252")) == "naïve"
    assert decode_text(b"\xef\xbb\xbfx") == "x"


# --- JSON -----------------------------------------------------------------------------------


def test_json_list_of_flat_objects(tmp_path: Path) -> None:
    doc = [
        {"Name": "Acme", "Website": "acme.com", "URLs": ["acme.com/blog", "acme.com/jobs"]},
        {"name": "Beta", "website": "beta.io", "id": "recBETA"},
        "not an object",
        {"Website": "nameless.org"},
        {},
    ]
    records = read_json(write(tmp_path, "c.json", json.dumps(doc)))
    assert records == [
        CompanyRecord(derived_id("Acme"), "Acme", ("acme.com", "acme.com/blog", "acme.com/jobs")),
        CompanyRecord("recBETA", "Beta", ("beta.io",)),
        CompanyRecord(derived_id("nameless.org"), derived_id("nameless.org"), ("nameless.org",)),
    ]


def test_json_in_airtables_records_shape(tmp_path: Path) -> None:
    doc = {
        "records": [
            {
                "id": "recA",
                "createdTime": "2024-01-01T00:00:00.000Z",
                "fields": {"Name": "A", "Website": "a.com", "Browser": True},
            },
            {"id": "recB", "fields": {}},
            {"id": "recC"},
        ],
        "offset": "itr123/recC",
    }
    records = read_json(write(tmp_path, "a.json", json.dumps(doc)), render_field="Browser")
    assert records == [
        CompanyRecord("recA", "A", ("a.com",), True),
        CompanyRecord("recB", "recB", (), False),
        CompanyRecord("recC", "recC", (), False),
    ]
    # A bare list of Airtable-shaped records works too.
    bare = read_json(write(tmp_path, "b.json", json.dumps(doc["records"])))
    assert [r.record_id for r in bare] == ["recA", "recB", "recC"]
    assert bare[0].render is None


@pytest.mark.parametrize(
    ("content", "parts"),
    [
        ("{not json", ["not valid JSON", "line 1"]),
        ('{"companies": []}', ["JSON dict", "list of companies"]),
        ('"just a string"', ["JSON str"]),
        ("", ["empty"]),
        ("[" * 100_000, ["not valid JSON"]),
    ],
)
def test_unusable_json_is_one_line(tmp_path: Path, content: str, parts: list[str]) -> None:
    with pytest.raises(SourceError) as info:
        read_json(write(tmp_path, "bad.json", content))
    assert_one_line(info.value, *parts)


def test_json_with_bom(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + json.dumps([{"Name": "Å", "Website": "a.se"}]).encode()
    assert [r.name for r in read_json(write(tmp_path, "bom.json", data))] == ["Å"]


# --- loader ---------------------------------------------------------------------------------


def test_loader_picks_the_reader_by_suffix(tmp_path: Path) -> None:
    csv_path = write(tmp_path, "Companies.CSV", "Name,Website,Homepage\nA,a.com,h.com\n")
    json_path = write(tmp_path, "c.json", json.dumps([{"Name": "B", "Homepage": "h.io"}]))
    assert load_companies(str(csv_path), {})[0].url_cells == ("a.com",)
    assert load_companies(str(csv_path), {"AIRTABLE_URL_FIELDS": "Homepage, Website"})[0].url_cells == (
        "h.com",
        "a.com",
    )
    assert load_companies(str(json_path), {"AIRTABLE_URL_FIELDS": ["Homepage"]})[0].url_cells == ("h.io",)
    scrapy_settings = Settings({"AIRTABLE_URL_FIELDS": '["Homepage"]', "AIRTABLE_NAME_FIELD": "Name"})
    assert load_companies(str(json_path), scrapy_settings)[0].url_cells == ("h.io",)


@pytest.mark.parametrize("source", ["", "companies.xlsx", "airtabel", "companies"])
def test_loader_rejects_unknown_sources(source: str) -> None:
    with pytest.raises(SourceError) as info:
        load_companies(source, {})
    assert_one_line(info.value, "source=", ".csv", ".json")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ("Website", "URLs")),
        ("Website", ("Website",)),
        ("Website, URLs ,", ("Website", "URLs")),
        (["Website", "Website", "URLs"], ("Website", "URLs")),
        ('["Web, site", "URLs"]', ("Web, site", "URLs")),
    ],
)
def test_url_field_setting_forms(value: Any, expected: tuple[str, ...]) -> None:
    assert field_names(value) == expected


@pytest.mark.parametrize("value", ["", " , ", [], '["broken', 5])
def test_bad_url_field_settings(value: Any) -> None:
    with pytest.raises(SourceError, match="AIRTABLE_URL_FIELDS"):
        field_names(value)


# --- property tests: whatever a spreadsheet holds, reading never crashes -----------------------

SEPARATORS = [",", ";", " ", "\n", "\r\n", "\r", "\t", "|", "\u00a0", "\u2028", "\u3000", '"', "'"]
URLISH = [
    "acme.com",
    "https://acme.com/blog",
    "HTTP://ACME.COM:80/",
    "bücher.de",
    "xn--bcher-kva.de",
    "http://127.0.0.1:8080",
    "http://[::1]/",
    "http://user:pass@acme.com",
    "mailto:ceo@acme.com",
    "javascript:alert(1)",
    "🚀.ws",
    "https://例え.テスト/パス",
]
text = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
piece = st.one_of(st.sampled_from(URLISH), text, st.sampled_from(["🚀", "👩‍👩‍👧", "\x00", "\ufeff"]))
cell = st.one_of(
    st.builds(
        lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
        st.lists(piece, max_size=6),
        st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=3),
    ),
    st.builds(
        lambda ch, n: ch * n,
        st.sampled_from(["a", "é", "🚀", ",", "\n", '"']),
        st.integers(9_000, 10_000),
    ),
)
rows = st.lists(st.tuples(cell, cell, cell), max_size=15)


def expected_records(data: list[tuple[str, str, str]]) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for raw_name, website, urls in data:
        name = " ".join(raw_name.replace("\x00", "").split())
        cells = tuple(c.replace("\x00", "") for c in (website, urls))
        cells = tuple(c for c in cells if c.strip())
        if name or cells:
            out.append((name, cells))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=rows, bom=st.booleans(), delimiter=st.sampled_from([",", ";", "\t"]))
def test_any_csv_content_reads_without_crashing(
    tmp_path: Path, data: list[tuple[str, str, str]], bom: bool, delimiter: str
) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Name", "Website", "URLs"])
    writer.writerows(data)
    raw = buffer.getvalue().encode("utf-8")
    path = write(tmp_path, "p.csv", (b"\xef\xbb\xbf" if bom else b"") + raw)
    records = read_csv(path)
    want = expected_records(data)
    assert len(records) == len(want)
    for record, (name, cells) in zip(records, want, strict=True):
        assert record.url_cells == cells
        assert record.name == (name or record.record_id)
    assert len({r.record_id for r in records}) == len(records)
    assert all(r.name and "\n" not in r.name for r in records)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2_000))
def test_any_bytes_either_read_or_fail_with_a_source_error(tmp_path: Path, data: bytes) -> None:
    for name, reader in (("b.csv", read_csv), ("b.json", read_json)):
        path = write(tmp_path, name, b"Name,Website\n" + data if name.endswith(".csv") else data)
        try:
            records = reader(path)
        except SourceError as exc:
            assert "\n" not in str(exc)
        else:
            assert all(isinstance(r, CompanyRecord) and r.name for r in records)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), cell),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(["Name", "name", "Website", "URLs", "id", "fields", "records", "url", "value"]),
            children,
            max_size=5,
        ),
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=json_values)
def test_any_json_document_reads_or_fails_cleanly(tmp_path: Path, doc: Any) -> None:
    path = write(tmp_path, "d.json", json.dumps(doc))
    try:
        records = read_json(path)
    except SourceError as exc:
        assert "\n" not in str(exc)
        assert not isinstance(doc, list) and not (
            isinstance(doc, dict) and isinstance(doc.get("records"), list)
        )
    else:
        assert len({r.record_id for r in records}) == len(records)
        for r in records:
            assert r.name and r.record_id and "\n" not in r.name
            assert all(isinstance(c, str) and c.strip() for c in r.url_cells)
