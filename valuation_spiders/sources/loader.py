"""Pick the company source named by the spider's ``source`` argument and read it."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

from valuation_spiders.sources.airtable import DEFAULT_RETRY_TOTAL_SECONDS, AirtableConfig, read_airtable
from valuation_spiders.sources.files import read_csv, read_json
from valuation_spiders.sources.records import CompanyRecord, SourceError

DEFAULT_NAME_FIELD = "Name"
DEFAULT_URL_FIELDS = ("Website", "URLs")


def field_names(value: Any, default: Sequence[str] = DEFAULT_URL_FIELDS) -> tuple[str, ...]:
    """AIRTABLE_URL_FIELDS as a tuple: a list, a comma-separated string or a JSON list (``-s``)."""
    if value is None:
        return tuple(default)
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                raise SourceError(
                    f"AIRTABLE_URL_FIELDS {text[:80]!r} is not a JSON list: "
                    'use "Website,URLs" or ["Website", "URLs"]'
                ) from None
        else:
            value = text.split(",")
    if not isinstance(value, (list, tuple)):
        raise SourceError(f"AIRTABLE_URL_FIELDS must be a list of field names, not {type(value).__name__}")
    names = tuple(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))
    if not names:
        raise SourceError("AIRTABLE_URL_FIELDS is empty: name at least one URL field (e.g. Website)")
    return names


def retry_seconds(value: Any) -> float:
    """AIRTABLE_RETRY_SECONDS: how long a 429/5xx from Airtable is retried before the crawl fails."""
    if value is None or value == "":
        return DEFAULT_RETRY_TOTAL_SECONDS
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise SourceError(f"AIRTABLE_RETRY_SECONDS={value!r} is not a number of seconds") from None
    if not 0 <= seconds <= 3600:
        raise SourceError(f"AIRTABLE_RETRY_SECONDS={value!r}: use 0 to 3600 seconds")
    return seconds


def load_companies(
    source: str,
    settings_like: Mapping[str, Any],
    *,
    environ: Mapping[str, str] | None = None,
) -> list[CompanyRecord]:
    """Companies from ``source``: ``"airtable"`` or a path ending in ``.csv`` or ``.json``.

    Field names come from ``settings_like`` (Scrapy settings or any mapping):
    ``AIRTABLE_NAME_FIELD``, ``AIRTABLE_URL_FIELDS``, ``AIRTABLE_RENDER_FIELD``. The Airtable
    connection (token included) comes only from the environment.
    """
    name_field = str(settings_like.get("AIRTABLE_NAME_FIELD") or DEFAULT_NAME_FIELD).strip()
    if not name_field:
        raise SourceError("AIRTABLE_NAME_FIELD is empty: name the field that holds the company name")
    url_fields = field_names(settings_like.get("AIRTABLE_URL_FIELDS"))
    render_field = str(settings_like.get("AIRTABLE_RENDER_FIELD") or "").strip() or None

    chosen = (source or "").strip()
    if chosen.casefold() == "airtable":
        config = AirtableConfig.from_env(os.environ if environ is None else environ)
        return read_airtable(
            config,
            name_field=name_field,
            url_fields=url_fields,
            render_field=render_field,
            retry_total_seconds=retry_seconds(settings_like.get("AIRTABLE_RETRY_SECONDS")),
        )
    suffix = os.path.splitext(chosen)[1].casefold()
    reader = {".csv": read_csv, ".json": read_json}.get(suffix)
    if reader is None:
        raise SourceError(
            f"source={chosen[:200]!r} is not supported: use source=airtable or a path ending in .csv or .json"
        )
    return reader(chosen, name_field=name_field, url_fields=url_fields, render_field=render_field)
