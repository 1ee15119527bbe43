"""JSON Schema of the public records, generated from models.py."""

from __future__ import annotations

import json
from pathlib import Path

from .models import Article, Budget, Change, Check, Count, Duration, Money, Organisation, Percentage, Period

__all__ = ["schemas", "write_schemas"]

_MODELS = {
    "article": Article,
    "money": Money,
    "period": Period,
    "count": Count,
    "duration": Duration,
    "change": Change,
    "percentage": Percentage,
    "organisation": Organisation,
    "budget": Budget,
    "check": Check,
}


def schemas() -> dict[str, str]:
    """File name -> JSON text, exactly as `newsx schema` writes it."""
    out = {}
    for name, model in _MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://newsx.invalid/schemas/{name}.schema.json"
        out[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out


def write_schemas(out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schemas().items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
