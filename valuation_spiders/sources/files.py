"""File sources: an Airtable CSV export or a JSON file in, ``CompanyRecord`` out.

Without a record id column, a company's id is derived from its normalised name
(``name:<slug>-<hash>``), so re-running on an edited file upserts the same companies; a name that
appears again gets ``~2``, ``~3``... in file order.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from valuation_spiders.sources.airtable import name_from_value, record_from_fields
from valuation_spiders.sources.records import CompanyRecord, SourceError

logger = logging.getLogger(__name__)

#: Column / key names (compared case-insensitively) that hold an Airtable record id.
ID_COLUMNS = ("Record ID", "record_id", "recordId", "Airtable ID", "id")

MAX_FILE_BYTES = 200 * 1024 * 1024  # a portfolio is ~1,000 rows; anything this big is a mistake


def _read_bytes(path: str | os.PathLike[str]) -> tuple[Path, bytes]:
    p = Path(path).expanduser()
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise SourceError(f"{p} is larger than {MAX_FILE_BYTES // 2**20} MB: not a company list")
        return p, p.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"company file {p} does not exist: check the source= path") from None
    except IsADirectoryError:
        raise SourceError(f"{p} is a directory: give the path of a .csv or .json file") from None
    except PermissionError:
        raise SourceError(f"cannot read {p}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"cannot read {p}: {exc.strerror or type(exc).__name__}") from None


def decode_text(data: bytes) -> str:
    """Bytes of a spreadsheet export as text, whatever program saved them.

    BOMs (UTF-8, UTF-16) decide; otherwise UTF-8, and for bytes that are not UTF-8 at all
    (Excel on Windows) cp1252. Undecodable bytes become U+FFFD instead of failing.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes stays UTF-8; text with no UTF-8 sequences is cp1252.
    if re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        return data.decode("utf-8", errors="replace")
    return data.decode("cp1252", errors="replace")


def _normalise_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def derived_id(key: str, occurrence: int = 1) -> str:
    """A stable id for a company known only by ``key`` (its name, or its URLs if nameless)."""
    norm = _normalise_name(key)
    slug = re.sub(r"[\W_]+", "-", norm).strip("-")[:40].strip("-") or "company"
    digest = hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    suffix = f"~{occurrence}" if occurrence > 1 else ""
    return f"name:{slug}-{digest}{suffix}"


class _IdAssigner:
    """Derived ids for rows without one, distinct for duplicate names, stable across runs."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.used: set[str] = set()

    def explicit(self, record_id: str) -> str:
        self.used.add(record_id)
        return record_id

    def derive(self, key: str) -> str:
        norm = _normalise_name(key)
        count = self.seen.get(norm, 0)
        while True:
            count += 1
            candidate = derived_id(key, count)
            if candidate not in self.used:
                break
        self.seen[norm] = count
        self.used.add(candidate)
        return candidate


MAX_RECORD_ID = 255  # companies.record_id is VARCHAR(255)


def fit_record_id(record_id: str) -> str:
    """An id column value as the database can hold it: a longer one is cut and given a hash of the
    whole, so it stays stable across runs and distinct from its neighbours."""
    if len(record_id) <= MAX_RECORD_ID:
        return record_id
    digest = hashlib.sha256(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{record_id[: MAX_RECORD_ID - 17]}~{digest}"


def _lookup(columns: Iterable[str]) -> dict[str, str]:
    """Case- and space-insensitive column name -> actual column name (first wins)."""
    found: dict[str, str] = {}
    for col in columns:
        found.setdefault(" ".join(str(col).split()).casefold(), col)
    return found


def _find(lookup: Mapping[str, str], name: str) -> str | None:
    return lookup.get(" ".join(name.split()).casefold())


def _build(
    rows: Iterable[tuple[str | None, Mapping[str, Any]]],
    *,
    name_field: str,
    url_fields: Sequence[str],
    render_field: str | None,
    has_render_field: bool,
) -> list[CompanyRecord]:
    ids = _IdAssigner()
    rows = [(fit_record_id(explicit) if explicit else explicit, fields) for explicit, fields in rows]
    # Ids given in the file are claimed first so a derived id can never collide with one.
    for explicit, _ in rows:
        if explicit:
            ids.explicit(explicit)
    records: list[CompanyRecord] = []
    taken: set[str] = set()
    duplicates = 0
    for explicit, fields in rows:
        if explicit and explicit in taken:
            duplicates += 1  # the same record id twice: the first row wins
            continue
        partial = record_from_fields(
            record_id="",
            fields=fields,
            name_field=name_field,
            url_fields=url_fields,
            render_field=render_field,
            has_render_field=has_render_field,
        )
        name = partial.name
        if not name and not partial.url_cells and not explicit:
            continue  # a blank row
        record_id = explicit or ids.derive(name or "\n".join(partial.url_cells))
        taken.add(record_id)
        records.append(
            CompanyRecord(
                record_id=record_id,
                name=name or record_id,
                url_cells=partial.url_cells,
                render=partial.render,
            )
        )
    if duplicates:
        logger.warning("skipped %d rows whose record id appeared earlier in the file", duplicates)
    return records


def _sniff_delimiter(text: str) -> str:
    """',' for Airtable exports; ';' or tab when a localised spreadsheet saved the file."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_csv(
    path: str | os.PathLike[str],
    name_field: str = "Name",
    url_fields: Sequence[str] = ("Website", "URLs"),
    render_field: str | None = None,
) -> list[CompanyRecord]:
    """Companies from a CSV export (``Name``, ``Website``, ``URLs``; optional ``Record ID``)."""
    p, data = _read_bytes(path)
    text = decode_text(data).replace("\x00", "")
    if not text.strip():
        raise SourceError(f"{p} is empty: export the companies table as CSV with a header row")
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
        header = next(reader, None) or []
        header = [h.strip() for h in header]
        lookup = _lookup(header)
        name_col = _find(lookup, name_field)
        if name_col is None:
            raise SourceError(
                f"{p} has no {name_field!r} column (columns: {_columns(header)}): check AIRTABLE_NAME_FIELD"
            )
        url_cols = [c for c in (_find(lookup, f) for f in url_fields) if c is not None]
        if not url_cols:
            wanted = ", ".join(repr(f) for f in url_fields)
            raise SourceError(
                f"{p} has none of the URL columns {wanted} (columns: {_columns(header)}): "
                "check AIRTABLE_URL_FIELDS"
            )
        render_col = _find(lookup, render_field) if render_field else None
        id_col = next((c for c in (_find(lookup, n) for n in ID_COLUMNS) if c), None)
        # Column positions, first occurrence of a repeated header name.
        position = {col: header.index(col) for col in reversed(header)}
        url_positions = [(f, position[c]) for f in url_fields if (c := _find(lookup, f)) is not None]

        def cell(row: list[str], col: str | None) -> str:
            if col is None or position[col] >= len(row):
                return ""
            return row[position[col]]

        def rows() -> Iterable[tuple[str | None, dict[str, Any]]]:
            for row in reader:
                if not any(value.strip() for value in row):
                    continue
                fields = {name_field: cell(row, name_col)}
                for field, index in url_positions:
                    fields[field] = row[index] if index < len(row) else ""
                if render_field and render_col is not None:
                    fields[render_field] = cell(row, render_col)
                yield cell(row, id_col).strip() or None, fields

        return _build(
            rows(),
            name_field=name_field,
            url_fields=url_fields,
            render_field=render_field,
            has_render_field=render_col is not None,
        )
    except csv.Error as exc:
        raise SourceError(f"{p} is not a readable CSV file (line {reader.line_num}: {exc})") from None


def _columns(header: Sequence[str]) -> str:
    shown = ", ".join(repr(h.strip()[:40]) for h in header[:12])
    return (shown + (", ..." if len(header) > 12 else "")) or "none"


def read_json(
    path: str | os.PathLike[str],
    name_field: str = "Name",
    url_fields: Sequence[str] = ("Website", "URLs"),
    render_field: str | None = None,
) -> list[CompanyRecord]:
    """Companies from JSON: a list of objects, or Airtable's ``{"records": [{"id", "fields"}]}``.

    Objects in the list may themselves be flat (``{"Name": ..., "Website": ...}``) or
    Airtable-shaped (``{"id": ..., "fields": {...}}``). Entries that are not objects are skipped.
    """
    p, data = _read_bytes(path)
    text = decode_text(data)
    if not text.strip():
        raise SourceError(f"{p} is empty: expected a JSON list of companies")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        where = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "nesting"
        raise SourceError(f"{p} is not valid JSON ({where}): expected a list of companies") from None
    if isinstance(doc, dict) and "records" in doc:
        doc = doc["records"]
    if not isinstance(doc, list):
        raise SourceError(
            f'{p} holds a JSON {type(doc).__name__}: expected a list of companies or {{"records": [...]}}'
        )

    skipped = 0
    rows: list[tuple[str | None, Mapping[str, Any]]] = []
    for item in doc:
        if not isinstance(item, dict):
            skipped += 1
            continue
        nested = item.get("fields")
        fields: dict[str, Any] = nested if isinstance(nested, dict) else item
        explicit = ""
        for holder in (item, fields):  # Airtable's top-level "id", else an id column
            keys = _lookup(holder)
            id_key = next((k for k in (_find(keys, n) for n in ID_COLUMNS) if k), None)
            explicit = name_from_value(holder.get(id_key)) if id_key else ""
            if explicit:
                break
        # Field names match the settings case-insensitively, like CSV columns.
        field_keys = _lookup(fields)
        matched: dict[str, Any] = {}
        for wanted in (name_field, *url_fields, *([render_field] if render_field else [])):
            key = _find(field_keys, wanted)
            if key is not None:
                matched[wanted] = fields[key]
        rows.append((explicit or None, matched))
    if skipped:
        logger.warning("%s: skipped %d entries that are not JSON objects", p, skipped)
    return _build(
        rows,
        name_field=name_field,
        url_fields=url_fields,
        render_field=render_field,
        # Like Airtable, a missing checkbox in one object means unchecked; in none, no such field.
        has_render_field=bool(render_field) and any(render_field in f for _, f in rows),
    )
