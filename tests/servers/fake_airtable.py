"""A fake Airtable Web API: a real HTTP server on 127.0.0.1 that answers like api.airtable.com.

Point pyairtable (or ``AIRTABLE_API_URL``) at ``fa.url``::

    with FakeAirtable(token="pat_test_SECRET", base="appTEST", records=make_companies(250)) as fa:
        os.environ["AIRTABLE_API_URL"] = fa.url
        ...
        fa.requests      # every request: method, path, query, headers (no Authorization), time

What it models (https://airtable.com/developers/web/api/list-records):

* Several tables (``tables={"Links": [...]}``), each with its own fields, addressed by name or
  by id (``fa.table_id(name)``). A linked-record field is what the API returns for one: a list of
  record ids of the other table. Like the API, the fake does not join anything, and it keeps a
  link to a record that is not there (a record deleted between two reads).
* ``GET /v0/{base}/{table}`` and ``POST /v0/{base}/{table}/listRecords`` with ``pageSize``
  (1..100), ``offset`` paging (opaque ``itr.../rec...`` tokens), ``maxRecords``, ``fields[]``
  and ``view`` (a view is a named, ordered list of record ids or a predicate over a record);
  fields that are empty are omitted from a record, as Airtable does.
* ``GET /v0/{base}/{table}/{recordId}``.
* ``PATCH``/``PUT /v0/{base}/{table}`` batch update: at most 10 records, body validated like
  Airtable (unknown field, unknown record, duplicate ids, bad JSON, typecast); ``null`` or ``""``
  clears a field. Every call is kept in ``fa.updates`` with its time, to check pacing.
* Errors with Airtable's bodies: 401 ``AUTHENTICATION_REQUIRED`` without the bearer token,
  403 ``INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND`` for a forbidden base or a missing scope,
  404 ``NOT_FOUND`` (unknown base), ``TABLE_NOT_FOUND``, ``VIEW_NAME_NOT_FOUND`` (status
  configurable, real Airtable says 422), 422 ``UNKNOWN_FIELD_NAME``.
* Rate limiting, on purpose or for real: ``rate_limit_every`` (every Nth request gets 429),
  ``inject_429(count, retry_after=...)`` (a storm of K consecutive 429s),
  ``penalize(seconds)`` (429 to everything for that long, Airtable's 30-second penalty), and
  ``enforce_rate_limit=True`` (more than ``requests_per_second`` in any one-second window starts
  the penalty, like the real service). ``inject_5xx(count, status=503)`` for server errors.

Run it on its own with ``python -m tests.servers.fake_airtable --records 1000`` (prints its URL).
"""

from __future__ import annotations

import argparse
import json
import secrets
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple

Record = dict[str, Any]
View = Sequence[str] | Callable[[Record], bool]

MAX_PAGE_SIZE = 100
MAX_RECORDS_PER_WRITE = 10
READ_SCOPE = "data.records:read"
WRITE_SCOPE = "data.records:write"

_ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def record_id(index: int, prefix: str = "rec") -> str:
    """A deterministic Airtable-shaped id: prefix + 14 base-62 characters."""
    digits = []
    n = index * 7919 + 104729  # spread consecutive indexes so ids do not look sequential
    for _ in range(14):
        n, r = divmod(n, 62)
        digits.append(_ID_ALPHABET[r])
    return prefix + "".join(reversed(digits))


def make_companies(
    n: int,
    *,
    urls_per_company: int = 3,
    without_urls_every: int = 0,
    domain: str = "example.com",
) -> list[Record]:
    """``n`` fake portfolio records: Name, Website (homepage), URLs (newline-separated pages).

    Every ``without_urls_every``-th company (if > 0) has no URL fields at all.
    """
    pages = ["blog", "careers", "pricing", "team", "about", "news", "press"]
    records = []
    for i in range(n):
        fields: dict[str, Any] = {"Name": f"Company {i:04d}"}
        if not (without_urls_every and i % without_urls_every == without_urls_every - 1):
            site = f"https://company{i:04d}.{domain}"
            fields["Website"] = site
            extra = [f"{site}/{pages[k % len(pages)]}" for k in range(urls_per_company - 1)]
            if extra:
                fields["URLs"] = "\n".join(extra)
        records.append(
            {
                "id": record_id(i),
                "createdTime": f"2024-01-{1 + i % 28:02d}T12:00:{i % 60:02d}.000Z",
                "fields": fields,
            }
        )
    return records


class LoggedRequest(NamedTuple):
    """One request as the fake saw it (a tuple: ``method, path, query, headers, time, ...``)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # without Authorization
    time: float  # time.monotonic()
    status: int = 0
    body: Any = None  # parsed JSON body, if any
    authorized: bool = False


def _empty(value: Any) -> bool:
    """Whether Airtable treats ``value`` as an empty cell (and leaves it out of a record)."""
    return value is None or value is False or (isinstance(value, (str, list)) and not value)


class FakeAirtable:
    """A fake Airtable base with one or more tables, served over real HTTP in a thread."""

    def __init__(
        self,
        *,
        token: str = "pat_test_SECRET",
        base: str = "appTEST",
        table: str = "Companies",
        records: Iterable[Record] = (),
        views: Mapping[str, View] | None = None,
        tables: Mapping[str, Iterable[Record]] | None = None,
        extra_fields: Iterable[str] = (),
        forbidden_bases: Iterable[str] = (),
        scopes: Iterable[str] = (READ_SCOPE, WRITE_SCOPE),
        field_types: Mapping[str, str] | None = None,
        unknown_view_status: int = 404,
        rate_limit_every: int = 0,
        enforce_rate_limit: bool = False,
        requests_per_second: int = 5,
        penalty_seconds: float = 30.0,
        retry_after: int | None = None,
    ) -> None:
        self.token = token
        self.base = base
        self.forbidden_bases = set(forbidden_bases)
        self.scopes = set(scopes)
        self.unknown_view_status = unknown_view_status
        self.rate_limit_every = rate_limit_every
        self.enforce_rate_limit = enforce_rate_limit
        self.requests_per_second = requests_per_second
        self.penalty_seconds = penalty_seconds
        self.retry_after = retry_after
        self.field_types = dict(field_types or {})

        self._lock = threading.RLock()
        self._tables: dict[str, list[Record]] = {}
        self._table_ids: dict[str, str] = {}
        # The fields each table has: those of its records, plus declared ones (``extra_fields``
        # and ``field_types`` for the first table, ``add_fields(..., table=)`` for any).
        self._fields: dict[str, set[str]] = {}
        for name, recs in {table: records, **dict(tables or {})}.items():
            self._add_table(name, recs)
        self._fields[table].update(extra_fields, self.field_types)
        self.views: dict[str, View] = dict(views or {})

        self.requests: list[LoggedRequest] = []
        self.updates: list[tuple[float, dict[str, Any]]] = []  # (monotonic time, PATCH body)
        self._offsets: dict[str, tuple[str, str | None, tuple[str, ...] | None, int]] = {}
        # what the next requests get: (status, retry_after), or None to answer normally
        self._storm: deque[tuple[int, int | None] | None] = deque()
        self._penalty_until = 0.0
        self._window: deque[float] = deque()
        self._count = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- set-up ------------------------------------------------------------------------------

    def _add_table(self, name: str, records: Iterable[Record]) -> None:
        """Set a table's records, adding the table (with a new id) if it is new."""
        self._fields.setdefault(name, set())
        recs = []
        for i, given in enumerate(records):
            rec = {
                "id": given.get("id") or record_id(i),
                "createdTime": given.get("createdTime") or "2024-01-01T00:00:00.000Z",
                "fields": dict(given.get("fields") or {}),
            }
            self._fields[name].update(rec["fields"])  # the schema outlives set_records()
            recs.append(rec)
        if name not in self._tables:
            self._table_ids["tbl" + record_id(len(self._tables), prefix="")[:14]] = name
        self._tables[name] = recs  # a replaced table keeps its id and its place

    def set_records(self, records: Iterable[Record], table: str | None = None) -> None:
        """Replace a table's records (the first table by default)."""
        with self._lock:
            self._add_table(table or next(iter(self._tables)), records)

    def records(self, table: str | None = None) -> list[Record]:
        """The table's current records (after any PATCH)."""
        with self._lock:
            return [
                dict(r, fields=dict(r["fields"])) for r in self._tables[table or next(iter(self._tables))]
            ]

    def add_fields(self, *names: str, table: str | None = None) -> None:
        """Declare fields that exist in a table (the first by default) even if no record has a
        value in them."""
        with self._lock:
            self._fields[table or next(iter(self._tables))].update(names)

    def table_id(self, name: str) -> str:
        return next(k for k, v in self._table_ids.items() if v == name)

    def inject_429(self, count: int, *, retry_after: int | None = None, after: int = 0) -> None:
        """After ``after`` more requests, the next ``count`` get 429 (``Retry-After`` if given)."""
        with self._lock:
            self._storm.extend([None] * after + [(429, retry_after)] * count)

    def inject_5xx(self, count: int, *, status: int = 503, after: int = 0) -> None:
        """After ``after`` more requests, the next ``count`` get ``status``."""
        with self._lock:
            self._storm.extend([None] * after + [(status, None)] * count)

    def penalize(self, seconds: float) -> None:
        """Answer 429 to every request for ``seconds`` from now (Airtable's penalty box)."""
        with self._lock:
            self._penalty_until = time.monotonic() + seconds

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.updates.clear()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeAirtable is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeAirtable:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeAirtable:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- request handling (called from the handler threads) ---------------------------------

    def handle(
        self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, dict[str, str], Any]:
        parts = urllib.parse.urlsplit(raw_path)
        query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        auth = headers.get("Authorization", "")
        authorized = auth == f"Bearer {self.token}"
        parsed_body: Any = None
        body_error = False
        if body:
            try:
                parsed_body = json.loads(body)
            except ValueError:
                body_error = True
        now = time.monotonic()
        try:
            status, extra_headers, payload = self._respond(
                method,
                parts.path,
                query,
                authorized=authorized,
                body=parsed_body,
                body_error=body_error,
                now=now,
            )
        except Exception as exc:  # a bug in the fake (or a test's view callable): say so
            status, extra_headers = 500, {}
            payload = _error("FAKE_AIRTABLE_BUG", f"{type(exc).__name__}: {exc}")
        with self._lock:
            self.requests.append(
                LoggedRequest(
                    method=method,
                    path=parts.path,
                    query=query,
                    headers={k: v for k, v in headers.items() if k.lower() != "authorization"},
                    time=now,
                    status=status,
                    body=parsed_body,
                    authorized=authorized,
                )
            )
        return status, extra_headers, payload

    def _throttle(self, now: float) -> tuple[int, dict[str, str], Any] | None:
        with self._lock:
            self._count += 1
            injected = self._storm.popleft() if self._storm else None
            if injected is not None:
                status, retry_after = injected
                if status == 429:
                    return _rate_limited(retry_after if retry_after is not None else self.retry_after)
                return status, {}, {"error": {"type": "SERVER_ERROR", "message": "Try again."}}
            if now < self._penalty_until:
                return _rate_limited(self.retry_after)
            if self.rate_limit_every and self._count % self.rate_limit_every == 0:
                return _rate_limited(self.retry_after)
            if self.enforce_rate_limit:
                while self._window and now - self._window[0] >= 1.0:
                    self._window.popleft()
                self._window.append(now)
                if len(self._window) > self.requests_per_second:
                    self._penalty_until = now + self.penalty_seconds
                    return _rate_limited(self.retry_after)
        return None

    def _respond(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        *,
        authorized: bool,
        body: Any,
        body_error: bool,
        now: float,
    ) -> tuple[int, dict[str, str], Any]:
        if not authorized:
            return 401, {}, _error("AUTHENTICATION_REQUIRED", "Authentication required")
        throttled = self._throttle(now)
        if throttled is not None:
            return throttled
        segments = [urllib.parse.unquote(s) for s in path.split("/")[1:]]
        if len(segments) < 3 or segments[0] != "v0":
            return 404, {}, {"error": "NOT_FOUND"}
        base, table_ref, rest = segments[1], segments[2], segments[3:]
        if base in self.forbidden_bases:
            return 403, {}, _forbidden()
        if base != self.base:
            return 404, {}, {"error": "NOT_FOUND"}
        with self._lock:
            table = self._table_ids.get(table_ref, table_ref)
            if table not in self._tables:
                return (
                    404,
                    {},
                    _error("TABLE_NOT_FOUND", f"Could not find table {table_ref} in application {base}"),
                )
            if method == "GET" and not rest:
                return self._list(table, _query_options(query))
            if method == "POST" and rest == ["listRecords"]:
                if body_error or not isinstance(body, dict):
                    return 422, {}, _error("INVALID_REQUEST_UNKNOWN", "Invalid request body")
                options = dict(body)
                for key, values in query.items():  # timeZone/userLocale stay in the query
                    options.setdefault(key, values[-1])
                return self._list(table, options)
            if method == "GET" and len(rest) == 1:
                rec = next((r for r in self._tables[table] if r["id"] == rest[0]), None)
                if rec is None:
                    return 404, {}, {"error": "NOT_FOUND"}
                return 200, {}, _public(rec, None)
            if method in ("PATCH", "PUT") and not rest:
                if WRITE_SCOPE not in self.scopes:
                    return 403, {}, _forbidden()
                if body_error:
                    return 400, {}, _error("INVALID_REQUEST_BODY", "Could not parse request body")
                return self._update(table, body, replace=method == "PUT", now=now)
        return 404, {}, {"error": "NOT_FOUND"}

    def _known_fields(self, table: str) -> set[str]:
        known = set(self._fields.get(table, ()))
        for rec in self._tables[table]:
            known.update(rec["fields"])
        return known

    def _list(self, table: str, options: Mapping[str, Any]) -> tuple[int, dict[str, str], Any]:
        if READ_SCOPE not in self.scopes:
            return 403, {}, _forbidden()
        fields = options.get("fields")
        if fields is not None:
            fields = [fields] if isinstance(fields, str) else list(fields)
            known = self._known_fields(table)
            for name in fields:
                if name not in known:
                    return 422, {}, _error("UNKNOWN_FIELD_NAME", f'Unknown field name: "{name}"')
        try:
            page_size = int(options.get("pageSize", MAX_PAGE_SIZE))
            max_records = int(options["maxRecords"]) if "maxRecords" in options else None
        except (TypeError, ValueError):
            return 422, {}, _error("INVALID_REQUEST_UNKNOWN", "Invalid pageSize or maxRecords")
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            return (
                422,
                {},
                _error("INVALID_PAGE_SIZE", f"pageSize must be between 1 and {MAX_PAGE_SIZE}"),
            )
        view = options.get("view") or None
        rows = self._tables[table]
        if view is not None:
            spec = self.views.get(view)
            if spec is None:
                return (
                    self.unknown_view_status,
                    {},
                    _error("VIEW_NAME_NOT_FOUND", f"Could not find view {view} in table {table}"),
                )
            if callable(spec):
                rows = [r for r in rows if spec(r)]
            else:
                by_id = {r["id"]: r for r in rows}
                rows = [by_id[i] for i in spec if i in by_id]
        if max_records is not None:
            rows = rows[:max_records]

        start = 0
        offset = options.get("offset")
        if offset:
            state = self._offsets.get(str(offset))
            if state is None or state[:2] != (table, view):
                return (
                    422,
                    {},
                    _error("LIST_RECORDS_ITERATOR_NOT_AVAILABLE", "The iterator is not available"),
                )
            start = state[3]
        page = rows[start : start + page_size]
        payload: dict[str, Any] = {"records": [_public(r, fields) for r in page]}
        if start + page_size < len(rows):
            token = f"itr{secrets.token_hex(7)}/{rows[start + page_size]['id']}"
            self._offsets[token] = (
                table,
                view,
                tuple(fields) if fields else None,
                start + page_size,
            )
            payload["offset"] = token
        return 200, {}, payload

    def _update(self, table: str, body: Any, *, replace: bool, now: float) -> tuple[int, dict[str, str], Any]:
        if not isinstance(body, dict) or not isinstance(body.get("records"), list):
            return 422, {}, _error("INVALID_REQUEST_MISSING_FIELDS", 'Missing "records" array')
        updates = body["records"]
        if not updates:
            return 422, {}, _error("INVALID_RECORDS", "records must not be empty")
        if len(updates) > MAX_RECORDS_PER_WRITE:
            return (
                422,
                {},
                _error(
                    "INVALID_RECORDS",
                    f"You may only update up to {MAX_RECORDS_PER_WRITE} records at once",
                ),
            )
        typecast = body.get("typecast", False)
        if not isinstance(typecast, bool):
            return 422, {}, _error("INVALID_REQUEST_UNKNOWN", "typecast must be a boolean")
        by_id = {r["id"]: r for r in self._tables[table]}
        known = self._known_fields(table)
        seen = set()
        for upd in updates:
            if not isinstance(upd, dict) or not isinstance(upd.get("id"), str):
                return 422, {}, _error("INVALID_RECORDS", "Each record needs an id")
            if not isinstance(upd.get("fields"), dict):
                return 422, {}, _error("INVALID_RECORDS", "Each record needs a fields object")
            if upd["id"] in seen:
                return 422, {}, _error("INVALID_RECORDS", f"Duplicate record id {upd['id']}")
            seen.add(upd["id"])
            if upd["id"] not in by_id:
                return (
                    404,
                    {},
                    _error("MODEL_ID_NOT_FOUND", f"Record ID {upd['id']} does not exist in this table"),
                )
            for name, value in upd["fields"].items():
                if name not in known:
                    return 422, {}, _error("UNKNOWN_FIELD_NAME", f'Unknown field name: "{name}"')
                kind = self.field_types.get(name, "multilineText")
                if kind in ("singleLineText", "multilineText", "richText", "url"):
                    ok = value is None or isinstance(value, str) or (typecast and value is not None)
                elif kind == "checkbox":
                    ok = value is None or isinstance(value, bool)
                elif kind == "multipleSelects":
                    ok = value is None or isinstance(value, list) or (typecast and isinstance(value, str))
                else:
                    ok = True
                if not ok:
                    return (
                        422,
                        {},
                        _error(
                            "INVALID_VALUE_FOR_COLUMN",
                            f'Field "{name}" cannot accept the provided value',
                        ),
                    )
        self.updates.append((now, body))
        out = []
        for upd in updates:
            rec = by_id[upd["id"]]
            fields = {} if replace else rec["fields"]
            for name, sent in upd["fields"].items():
                text_field = self.field_types.get(name, "multilineText").endswith("Text")
                value = str(sent) if typecast and text_field and sent is not None else sent
                if _empty(value):
                    fields.pop(name, None)
                else:
                    fields[name] = value
            rec["fields"] = fields
            out.append(_public(rec, None))
        return 200, {}, {"records": out}


def _query_options(query: Mapping[str, list[str]]) -> dict[str, Any]:
    options: dict[str, Any] = {k: v[-1] for k, v in query.items()}
    if "fields[]" in query:
        options["fields"] = list(query["fields[]"])
        options.pop("fields[]", None)
    return options


def _public(rec: Record, fields: Sequence[str] | None) -> Record:
    chosen = rec["fields"] if fields is None else {k: rec["fields"][k] for k in fields if k in rec["fields"]}
    return {
        "id": rec["id"],
        "createdTime": rec["createdTime"],
        "fields": {k: v for k, v in chosen.items() if not _empty(v)},
    }


def _error(kind: str, message: str) -> dict[str, Any]:
    return {"error": {"type": kind, "message": message}}


def _forbidden() -> dict[str, Any]:
    return _error(
        "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND",
        "Invalid permissions, or the requested model was not found. Check that both your user "
        "and your token have the required permissions, and that the model names and/or ids are "
        "correct.",
    )


def _rate_limited(retry_after: int | None) -> tuple[int, dict[str, str], Any]:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    return (
        429,
        headers,
        {
            "errors": [
                {
                    "error": "RATE_LIMIT_REACHED",
                    "message": "Rate limit exceeded. Please try again later",
                }
            ]
        },
    )


class _Handler(BaseHTTPRequestHandler):
    fake: FakeAirtable
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API; every answer has a length

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = dict(self.headers.items())
        status, extra, payload = self.fake.handle(self.command, self.path, headers, body)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for key, value in extra.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the fake logs to .requests
        pass


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50)
    parser.add_argument("--token", default="pat_test_SECRET")
    parser.add_argument("--base", default="appTEST")
    parser.add_argument("--table", default="Companies")
    parser.add_argument("--domain", default="example.com")
    parser.add_argument("--rate-limit-every", type=int, default=0)
    args = parser.parse_args(argv)
    fake = FakeAirtable(
        token=args.token,
        base=args.base,
        table=args.table,
        records=make_companies(args.records, domain=args.domain),
        extra_fields=["Valuation Flags"],
        rate_limit_every=args.rate_limit_every,
    )
    with fake:
        print(fake.url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
