"""Airtable source: the companies table in, ``CompanyRecord`` out, through pyairtable.

With ``AIRTABLE_URL_TABLE`` set, a second table holds more URLs per company: the companies table
has a linked-record field (``AIRTABLE_URL_TABLE_LINK_FIELD``) whose record ids point into it, and
each linked record has its URL in ``AIRTABLE_URL_TABLE_URL_FIELD``. Both tables are read in full
(the URL table without ``AIRTABLE_VIEW``, which belongs to the companies table) and joined by id.

Also holds what every source shares: how an Airtable cell value (string, list, number, lookup
object, ...) becomes a name, URL cells or a render flag, and how an Airtable failure becomes a
one-line :class:`SourceError` that names the variable to check and never the token.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import requests
from urllib3.util.retry import Retry

from valuation_spiders.sources.records import CompanyRecord, LinkedURLs, SourceError

if TYPE_CHECKING:
    from pyairtable import Api

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.airtable.com"
DEFAULT_TABLE = "Companies"

#: Airtable answers 429 for 30 seconds once a base exceeds 5 requests/s; keep retrying well past
#: that (pyairtable's default strategy gives up after about 3 s of backoff).
DEFAULT_RETRY_TOTAL_SECONDS = 75.0

#: Airtable's limit on records per page of List records.
MAX_PAGE_SIZE = 100

#: Airtable allows 5 requests per second per base and answers 429 for 30 s beyond that. A URL
#: table of ~45,000 records is 450 pages: they are requested at most this fast.
READ_REQUESTS_PER_SECOND = 5.0
_PACING_MARGIN = 1.05  # the server's clock sees our requests with some jitter

# (connect, read) seconds: pyairtable's default is no timeout at all, which can hang a crawl.
REQUEST_TIMEOUT = (10, 60)

_RETRY_STATUSES = (429, 500, 502, 503, 504)
_MAX_NESTING = 8  # lookups of lookups; deeper is garbage, not data


@dataclass(frozen=True)
class AirtableConfig:
    """Where the companies table (and the optional linked URL table) live. Built from the
    environment; the key is never printed."""

    api_key: str = field(repr=False)
    base_id: str
    table: str = DEFAULT_TABLE
    view: str | None = None
    api_url: str = DEFAULT_API_URL
    url_table: str | None = None  # AIRTABLE_URL_TABLE: a second table that holds URLs
    url_link_field: str | None = None  # the companies table's linked-record field into it
    url_field: str | None = None  # the URL table's field with the URL(s)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> AirtableConfig:
        """The config from ``AIRTABLE_*`` variables.

        A missing or malformed variable is a ``SourceError`` that names it.
        """

        def value(name: str) -> str:
            return (environ.get(name) or "").strip()

        api_key = value("AIRTABLE_API_KEY")
        if not api_key:
            raise SourceError(
                "AIRTABLE_API_KEY is not set: export your Airtable personal access token "
                "(or use -a source=companies.csv)"
            )
        # A token travels in an HTTP header, so it must be plain ASCII without spaces; a pasted
        # smart quote or line break would otherwise crash deep inside requests.
        if not api_key.isascii() or any(ch.isspace() or not ch.isprintable() for ch in api_key):
            raise SourceError(
                "AIRTABLE_API_KEY contains spaces, quotes or non-ASCII characters: "
                "copy the token again without surrounding text"
            )
        base_id = value("AIRTABLE_BASE_ID")
        if not base_id:
            raise SourceError(
                "AIRTABLE_BASE_ID is not set: export the id of the base (app...) that holds "
                "the companies table"
            )
        if not re.fullmatch(r"[A-Za-z0-9_-]+", base_id):
            raise SourceError(
                f"AIRTABLE_BASE_ID {base_id[:60]!r} is not a base id: use the app... part of "
                "the base's URL, not the whole URL"
            )
        api_url = value("AIRTABLE_API_URL").rstrip("/") or DEFAULT_API_URL
        parsed = urllib.parse.urlsplit(api_url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise SourceError(
                f"AIRTABLE_API_URL {display_url(api_url)!r} is not an http(s) URL: "
                f"leave it unset for {DEFAULT_API_URL}"
            )
        table = value("AIRTABLE_TABLE") or DEFAULT_TABLE
        url_table = value("AIRTABLE_URL_TABLE") or None
        link_field = value("AIRTABLE_URL_TABLE_LINK_FIELD") or None
        url_field = value("AIRTABLE_URL_TABLE_URL_FIELD") or None
        if url_table is None and (link_field or url_field):
            given = "AIRTABLE_URL_TABLE_LINK_FIELD" if link_field else "AIRTABLE_URL_TABLE_URL_FIELD"
            raise SourceError(
                f"{given} is set but AIRTABLE_URL_TABLE is not: name the table that holds the "
                "URLs, or unset the AIRTABLE_URL_TABLE_* variables"
            )
        if url_table is not None and link_field is None:
            raise SourceError(
                f"AIRTABLE_URL_TABLE is set but AIRTABLE_URL_TABLE_LINK_FIELD is not: name the "
                f"linked-record field of table {table!r} that points to table {url_table!r}"
            )
        if url_table is not None and url_field is None:
            raise SourceError(
                f"AIRTABLE_URL_TABLE is set but AIRTABLE_URL_TABLE_URL_FIELD is not: name the "
                f"field of table {url_table!r} that holds the URL"
            )
        return cls(
            api_key=api_key,
            base_id=base_id,
            table=table,
            view=value("AIRTABLE_VIEW") or None,
            api_url=api_url,
            url_table=url_table,
            url_link_field=link_field,
            url_field=url_field,
        )

    @property
    def url_table_config(self) -> AirtableConfig | None:
        """This config pointed at the URL table (no view: AIRTABLE_VIEW is the companies')."""
        if not self.url_table:
            return None
        return replace(self, table=self.url_table, view=None)


def airtable_retry(total_seconds: float = DEFAULT_RETRY_TOTAL_SECONDS) -> Retry:
    """A urllib3 ``Retry`` that keeps retrying 429 and 5xx for at least ``total_seconds``.

    Backoff sleeps are 0, T/32, T/16, T/8, then T/4 each (T = total_seconds, plus a little
    jitter) until their sum reaches T: with the default 75 s, 8 retries at about 0, 2, 7, 16, 35,
    54, 73 and 91 s after the first 429, so the 6th request is already past Airtable's 30-second
    penalty. A ``Retry-After`` header is honoured instead (capped at T). Connection failures get
    only 3 retries: an unreachable host will not come back within a minute.
    """
    total_seconds = max(float(total_seconds), 0.0)
    cap = total_seconds / 4
    factor = cap / 16
    retries, waited = 0, 0.0
    while waited < total_seconds and retries < 50:
        retries += 1
        waited += 0.0 if retries == 1 else min(cap, factor * 2 ** (retries - 1))
    return Retry(
        total=max(retries, 1),
        connect=min(3, max(retries, 1)),
        read=min(2, max(retries, 1)),
        status_forcelist=_RETRY_STATUSES,
        allowed_methods=None,  # list (GET/POST listRecords) and PATCH of a flag are idempotent
        backoff_factor=factor,
        backoff_max=max(cap, 0.0),
        backoff_jitter=factor,  # several Scrapyd nodes on one base should not retry in lockstep
        respect_retry_after_header=True,
        retry_after_max=max(1, math.ceil(total_seconds)),
        raise_on_status=False,  # hand back the last 429/5xx so the message can name it
    )


def make_api(config: AirtableConfig, *, retry_total_seconds: float) -> Api:
    """A pyairtable ``Api`` pointed at ``config.api_url`` with the patient retry strategy."""
    # imported here, by a run that reads Airtable: every scrapy command imports this module (through the
    # project's commands), and pyairtable's models cost a fifth of a second to import (benchmarks/startup.py)
    from pyairtable import Api

    return Api(
        config.api_key,
        endpoint_url=config.api_url,
        retry_strategy=airtable_retry(retry_total_seconds),
        timeout=REQUEST_TIMEOUT,
    )


def read_airtable(
    config: AirtableConfig,
    *,
    name_field: str = "Name",
    url_fields: Sequence[str] = ("Website", "URLs"),
    render_field: str | None = None,
    retry_total_seconds: float = DEFAULT_RETRY_TOTAL_SECONDS,
) -> list[CompanyRecord]:
    """Every record of the table (or of ``config.view``, in the view's order) as a CompanyRecord.

    Only the configured fields are requested. With a URL table configured, each record also
    carries the URLs of its linked records (``CompanyRecord.linked``). Raises ``SourceError``
    with one actionable line.
    """
    link_field = config.url_link_field if config.url_table else None
    # The link field holds record ids, not URLs, even when it is also listed as a URL field.
    own_url_fields = tuple(f for f in url_fields if f != link_field)
    wanted = requested_fields(name_field, own_url_fields, render_field)
    settings_of = field_settings(name_field, own_url_fields, render_field)
    if link_field:
        wanted = [*wanted, link_field] if link_field not in wanted else wanted
        settings_of.setdefault(link_field, "AIRTABLE_URL_TABLE_LINK_FIELD")
    options: dict[str, Any] = {"page_size": MAX_PAGE_SIZE, "fields": wanted}
    if config.view:
        options["view"] = config.view

    url_config = config.url_table_config
    url_records: list[Any] = []
    api = make_api(config, retry_total_seconds=retry_total_seconds)
    try:
        raw = _list_records(
            api, config, options, field_settings=settings_of, retry_total_seconds=retry_total_seconds
        )
        if url_config is not None and url_config.url_field:
            url_records = _list_records(
                api,
                url_config,
                {"page_size": MAX_PAGE_SIZE, "fields": [url_config.url_field]},
                field_settings={url_config.url_field: "AIRTABLE_URL_TABLE_URL_FIELD"},
                table_variable="AIRTABLE_URL_TABLE",
                retry_total_seconds=retry_total_seconds,
            )
    finally:
        api.session.close()

    rows = [rec for rec in raw if isinstance(rec, Mapping) and rec.get("id")]
    records = [
        record_from_fields(
            record_id=str(rec.get("id") or ""),
            fields=rec.get("fields"),
            name_field=name_field,
            url_fields=own_url_fields,
            render_field=render_field,
        )
        for rec in rows
    ]
    logger.info(
        "Airtable: read %d records from table %r%s",
        len(records),
        config.table,
        f" (view {config.view!r})" if config.view else "",
    )
    if url_config is not None and link_field and url_config.url_field:
        records = join_linked_urls(
            records,
            [rec.get("fields") for rec in rows],
            url_records,
            link_field=link_field,
            url_field=url_config.url_field,
            table=config.table,
            url_table=url_config.table,
        )
    return records


def _list_records(
    api: Api,
    config: AirtableConfig,
    options: Mapping[str, Any],
    *,
    field_settings: Mapping[str, str],
    table_variable: str = "AIRTABLE_TABLE",
    retry_total_seconds: float,
) -> list[Any]:
    """Every record of ``config.table`` with ``options``, page by page (pyairtable follows
    ``offset``), at most ``READ_REQUESTS_PER_SECOND`` pages a second; any failure is the
    one-line SourceError of :func:`airtable_error`."""
    raw: list[Any] = []
    interval = _PACING_MARGIN / READ_REQUESTS_PER_SECOND
    last_request = float("-inf")
    try:
        table = api.table(config.base_id, config.table)  # pyairtable quotes the name
        pages = table.iterate(**options)  # lazy: each next() requests one page
        while True:
            wait = last_request + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            last_request = time.monotonic()
            page = next(pages, None)
            if page is None:
                break
            raw.extend(page)
    except Exception as exc:  # every failure becomes one line; the token never leaves
        raise airtable_error(
            exc,
            config,
            field_settings=field_settings,
            table_variable=table_variable,
            retry_total_seconds=retry_total_seconds,
        ) from None
    return raw


_LINKED_ID = re.compile(r"rec[A-Za-z0-9]+")


def linked_ids_from_value(value: Any) -> tuple[list[str], list[str]]:
    """(record ids, values that are not record ids) of a linked-record cell, in cell order.

    The API gives a link field as a list of ids; ``{"id": ...}`` objects are read too.
    """
    ids: list[str] = []
    others: list[str] = []
    items = value if isinstance(value, (list, tuple)) else [] if value is None else [value]
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get("id"), str):
            item = item["id"]
        if isinstance(item, str) and _LINKED_ID.fullmatch(item.strip()):
            ids.append(item.strip())
        else:
            others.append(item if isinstance(item, str) else type(item).__name__)
    return list(dict.fromkeys(ids)), others


def join_linked_urls(
    records: Sequence[CompanyRecord],
    company_fields: Sequence[Any],
    url_records: Iterable[Any],
    *,
    link_field: str,
    url_field: str,
    table: str,
    url_table: str,
) -> list[CompanyRecord]:
    """``records`` (with their raw ``company_fields``, same order) joined with the URL table.

    Each record gets a :class:`LinkedURLs`: the URL cells of its linked records in link order,
    and the ids that are dangling or empty. A link field that holds anything but record ids, or
    whose links all miss the URL table, is a configuration error, not data: ``SourceError``.
    """
    cells_by_id: dict[str, tuple[str, ...]] = {}
    for rec in url_records:
        if isinstance(rec, Mapping) and rec.get("id"):
            fields = rec.get("fields")
            value = fields.get(url_field) if isinstance(fields, Mapping) else None
            cells_by_id[str(rec["id"])] = cells_from_value(value)
    logger.info("Airtable: read %d records from URL table %r", len(cells_by_id), url_table)

    joined: list[CompanyRecord] = []
    links = resolved = 0
    for record, fields in zip(records, company_fields, strict=True):
        value = fields.get(link_field) if isinstance(fields, Mapping) else None
        ids, others = linked_ids_from_value(value)
        if others:
            sample = _one_line(str(others[0]), 60)
            raise SourceError(
                f"field {link_field!r} of table {table!r} holds {sample!r}, not links to records: "
                f"AIRTABLE_URL_TABLE_LINK_FIELD must name the linked-record field that points to "
                f"table {url_table!r}"
            )
        cells: list[str] = []
        dangling: list[str] = []
        empty: list[str] = []
        for linked_id in ids:
            found = cells_by_id.get(linked_id)
            if found is None:
                dangling.append(linked_id)
            elif not found:
                empty.append(linked_id)
            else:
                cells.extend(found)
        links += len(ids)
        resolved += len(ids) - len(dangling)
        joined.append(
            replace(
                record,
                linked=LinkedURLs(
                    record_ids=tuple(ids), cells=tuple(cells), dangling=tuple(dangling), empty=tuple(empty)
                ),
            )
        )
    if links and not resolved:
        raise SourceError(
            f"none of the {links} links in field {link_field!r} of table {table!r} points to a "
            f"record of table {url_table!r}: check that AIRTABLE_URL_TABLE_LINK_FIELD links to "
            "AIRTABLE_URL_TABLE"
        )
    return joined


def requested_fields(name_field: str, url_fields: Sequence[str], render_field: str | None) -> list[str]:
    """Field names to request, in order, without duplicates or blanks."""
    names = [name_field, *url_fields, *([render_field] if render_field else [])]
    return list(dict.fromkeys(n for n in names if n))


def field_settings(name_field: str, url_fields: Sequence[str], render_field: str | None) -> dict[str, str]:
    """Which setting configured each field, so an unknown field's message names the setting."""
    settings = dict.fromkeys(url_fields, "AIRTABLE_URL_FIELDS")
    if render_field:
        settings[render_field] = "AIRTABLE_RENDER_FIELD"
    settings[name_field] = "AIRTABLE_NAME_FIELD"
    return settings


# --- cell values -------------------------------------------------------------------------------


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    # NUL cannot be stored in PostgreSQL text and is never meaningful in a name or URL.
    text = text.replace("\x00", "")
    # JSON may carry half of an emoji ("\ud83d"): no database can store it, so it becomes U+FFFD
    # (a well-formed pair is joined into its character).
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _scalars(value: Any, depth: int = 0) -> Iterator[str]:
    """The text pieces of a cell value, flattening lists and Airtable's value objects."""
    if value is None or isinstance(value, bool) or depth > _MAX_NESTING:
        return
    if isinstance(value, str):
        yield _clean(value)
    elif isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return
        yield str(value)
    elif isinstance(value, Mapping):
        # button {"label", "url"}, AI/lookup {"state", "value"}, record link {"id", "name"}
        for key in ("url", "value", "name", "text"):
            if key in value:
                yield from _scalars(value[key], depth + 1)
                return
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _scalars(item, depth + 1)


def cells_from_value(value: Any) -> tuple[str, ...]:
    """URL cells from one field's value: each string (or list item) that is not blank."""
    return tuple(piece for piece in _scalars(value) if piece.strip())


def name_from_value(value: Any) -> str:
    """A one-line company name ('' when the cell holds nothing usable)."""
    return " ".join(" ".join(_scalars(value)).split())


_TRUE = {"true", "yes", "y", "1", "x", "checked", "on", "✓", "✔", "☑"}
_FALSE = {"false", "no", "n", "0", "", "unchecked", "off", "none", "null"}


def render_from_value(value: Any) -> bool | None:
    """A checkbox-like value as a bool; None when it cannot be read as one."""
    if value is None:
        return False  # Airtable omits an unchecked checkbox from the record
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and math.isfinite(value):
        return value != 0
    if isinstance(value, str):
        text = value.strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return None
    if isinstance(value, (list, tuple)):
        answers = [render_from_value(v) for v in value]
        return any(a is True for a in answers) if answers else False
    return None


def record_from_fields(
    *,
    record_id: str,
    fields: Any,
    name_field: str,
    url_fields: Iterable[str],
    render_field: str | None,
    has_render_field: bool = True,
) -> CompanyRecord:
    """One CompanyRecord from a record's ``fields`` mapping (missing name: the record id)."""
    fields = fields if isinstance(fields, Mapping) else {}
    cells: list[str] = []
    for url_field in dict.fromkeys(url_fields):
        cells.extend(cells_from_value(fields.get(url_field)))
    render = None
    if render_field and has_render_field:
        render = render_from_value(fields.get(render_field))
    return CompanyRecord(
        record_id=record_id,
        name=name_from_value(fields.get(name_field)) or record_id,
        url_cells=tuple(cells),
        render=render,
    )


# --- failures ----------------------------------------------------------------------------------


def display_url(url: str) -> str:
    """``url`` without any user:password@ part, for messages."""
    try:
        parts = urllib.parse.urlsplit(url)
        if parts.username is not None or parts.password is not None:
            netloc = parts.hostname or ""
            if parts.port:
                netloc += f":{parts.port}"
            return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        return "<invalid URL>"
    return url


def airtable_error_body(response: requests.Response | None) -> tuple[str, str]:
    """(type, message) from an Airtable error body, in any of its shapes; blanks when absent."""
    if response is None:
        return "", ""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    error: Any = body.get("error") if isinstance(body, dict) else None
    if error is None and isinstance(body, dict) and isinstance(body.get("errors"), list):
        error = body["errors"][0] if body["errors"] else None
        if isinstance(error, dict):  # the 429 shape: {"errors": [{"error": ..., "message": ...}]}
            return str(error.get("error") or ""), str(error.get("message") or "")
    if isinstance(error, str):
        return error, ""
    if isinstance(error, dict):
        return str(error.get("type") or ""), str(error.get("message") or "")
    return "", ""


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _connection_reason(exc: requests.RequestException) -> str:
    text = str(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS handshake failed"
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "connection timed out"
    if isinstance(exc, requests.exceptions.Timeout):
        return f"no answer within {REQUEST_TIMEOUT[1]} s"
    if "NameResolution" in text or "Name or service not known" in text or "getaddrinfo" in text:
        return "DNS lookup failed"
    if "refused" in text.lower():
        return "connection refused"
    if isinstance(exc, requests.exceptions.RetryError):
        return "too many retries"
    return "connection failed"


def airtable_error(
    exc: BaseException,
    config: AirtableConfig,
    *,
    field_settings: Mapping[str, str] | None = None,
    writing: bool = False,
    table_variable: str = "AIRTABLE_TABLE",
    retry_total_seconds: float = DEFAULT_RETRY_TOTAL_SECONDS,
) -> SourceError:
    """The one-line SourceError a user sees for ``exc`` (never the token, never the traceback).

    ``table_variable`` names the variable that chose ``config.table`` (the URL table's is
    ``AIRTABLE_URL_TABLE``)."""
    companies_table = table_variable == "AIRTABLE_TABLE"
    api_url = display_url(config.api_url)
    where = f"base {config.base_id}, table {config.table!r}"
    scope = "data.records:write" if writing else "data.records:read"
    message: str
    if isinstance(exc, SourceError):
        message = str(exc)
    elif isinstance(exc, requests.HTTPError) and exc.response is not None:
        status = exc.response.status_code
        etype, emsg = airtable_error_body(exc.response)
        code = f"{status} {etype}".strip()
        if status == 401:
            message = (
                f"Airtable rejected the token ({code}): check AIRTABLE_API_KEY "
                "(invalid, revoked or expired personal access token)"
            )
        elif status == 403:
            message = (
                f"Airtable refused access to {where} ({code}): check that the token in "
                f"AIRTABLE_API_KEY has the {scope} scope and access to the base in "
                f"AIRTABLE_BASE_ID, and that AIRTABLE_BASE_ID and {table_variable} are right"
            )
        elif status == 404 or etype in ("VIEW_NAME_NOT_FOUND", "TABLE_NOT_FOUND"):
            if etype == "VIEW_NAME_NOT_FOUND":
                what = f"no view {config.view!r} in table {config.table!r} of base {config.base_id}"
            elif etype == "TABLE_NOT_FOUND":
                what = f"no table {config.table!r} in base {config.base_id}"
            else:
                what = f"no base {config.base_id!r} with table {config.table!r}" + (
                    f" and view {config.view!r}" if config.view else ""
                )
            check = (
                "AIRTABLE_BASE_ID, AIRTABLE_TABLE and AIRTABLE_VIEW"
                if companies_table
                else f"AIRTABLE_BASE_ID and {table_variable}"
            )
            message = f"Airtable has {what} ({code}): check {check}"
        elif status == 422 and etype == "UNKNOWN_FIELD_NAME":
            match = re.search(r'"([^"]*)"', emsg) or re.search(r":\s*(.+)$", emsg)
            name = match.group(1) if match else ""
            settings = field_settings or {}
            if writing:
                message = (
                    f"Airtable table {config.table!r} has no field {name!r} to write flags into "
                    f"({code}): create it as a long text field or fix the write-back field setting"
                )
            elif name in settings:
                message = (
                    f"Airtable table {config.table!r} has no field {name!r} ({code}): check {settings[name]}"
                )
            else:
                names = ", ".join(sorted(set(settings.values()))) or "the field settings"
                fields = ", ".join(repr(f) for f in settings)
                message = (
                    f"Airtable table {config.table!r} has no field {name or fields} ({code}): check {names}"
                )
        elif status == 422 and writing and etype.startswith("INVALID_VALUE_FOR_COLUMN"):
            message = (
                f"Airtable would not store the flags ({code}: {_one_line(emsg)}): make the "
                "write-back field a long text field"
            )
        elif status == 429:
            message = (
                f"Airtable at {api_url} kept answering 429 (rate limit) for more than "
                f"{retry_total_seconds:.0f} s: another client may be using base "
                f"{config.base_id}; try again later"
            )
        elif status >= 500:
            message = (
                f"Airtable at {api_url} answered {code} after retrying for up to "
                f"{retry_total_seconds:.0f} s: try again later"
            )
        else:
            detail = f": {_one_line(emsg)}" if emsg else ""
            message = f"Airtable at {api_url} rejected the request for {where} ({code}{detail})"
    elif isinstance(exc, requests.RequestException):
        message = (
            f"cannot reach Airtable at {api_url} ({_connection_reason(exc)}): "
            "check AIRTABLE_API_URL and the network"
        )
    elif isinstance(exc, (ValueError, TypeError, KeyError, json.JSONDecodeError)):
        message = (
            f"Airtable at {api_url} sent an answer that is not an Airtable records list: "
            "check AIRTABLE_API_URL"
        )
    else:
        message = f"reading Airtable at {api_url} failed ({type(exc).__name__}): try again"
    return SourceError(redact(message, config.api_key))


def redact(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret`` masked, and on one line."""
    if len(secret) >= 4:  # shorter "tokens" are test stand-ins; masking them mangles text
        text = text.replace(secret, "***")
    return " ".join(text.split())
