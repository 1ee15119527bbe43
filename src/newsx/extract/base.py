"""What every extractor receives besides the Doc."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

__all__ = ["Context"]


@dataclass
class Context:
    """Per-article facts an extractor may need.

    `published` anchors relative dates (내년, 24일); `sentences` are [start, end)
    offsets into the body, in order.
    """

    published: date | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    text: str | None = None  # doc.text, read once: spaCy rebuilds it from the tokens on every read
    cache: dict = field(default_factory=dict)  # shared per-document scratch space between extractors

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding character `offset`, or -1."""
        if not self.sentences:
            return -1
        starts = self.cache.get("_sentence_starts")
        if starts is None or len(starts) != len(self.sentences):
            starts = self.cache["_sentence_starts"] = [s for s, _ in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return i
        return max(i, 0) if i >= 0 else -1
