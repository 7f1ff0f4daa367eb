"""Feed exporters that keep list and dict fields readable in flat formats."""

from __future__ import annotations

import json
from typing import Any

from scrapy.exporters import CsvItemExporter


class JsonCellCsvItemExporter(CsvItemExporter):
    """CSV whose list/dict cells hold JSON instead of Python reprs."""

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return super().serialize_field(field, name, value)
