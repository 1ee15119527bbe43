"""A cleaned page: what the clean stage hands to analysis."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Page"]


@dataclass
class Page:
    body: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime string; first 10 chars are the date
    byline: str | None = None
    site: str | None = None
    url: str | None = None
    lang: str | None = None
    removed: list[str] = field(default_factory=list)  # furniture text the cleaner dropped, for audits
