"""Kiwi's morphemes of a Doc by character offset, for the figure grammar.

The grammar runs over the text (see numbers.py); Kiwi is consulted only where
the surface is ambiguous: does a unit end at a morpheme boundary (3원칙 and
10개발 are words), is a written-out numeral tagged NR/MM, which noun stands
next to a counter.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from .numerals import is_hangul

__all__ = ["DocIndex", "NOUN_TAGS", "HEAD_NOUN_TAGS"]

NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XSN", "XPN", "SN", "NR"})
HEAD_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})
_ORDER = itemgetter(2, 3, 0, 1)  # by start, end, form, tag


class DocIndex:
    """Kiwi morphemes of a Doc by character offset: boundaries, tags, neighbouring words."""

    def __init__(self, doc, text: str | None = None):
        self.text = doc.text if text is None else text  # Doc.text joins every token: read it once
        # (form, tag, start, end) tuples: the tokenizer's flat list, else gathered from the tokens
        morphs = doc.user_data.get("kiwi_morph_list")
        if morphs is None:
            morphs = [m for lst in doc.user_data.get("kiwi_morphs", {}).values() for m in lst]
        mstarts = [m[2] for m in morphs]
        if any(a > b for a, b in zip(mstarts, mstarts[1:])):
            morphs = sorted(morphs, key=_ORDER)
            mstarts = [m[2] for m in morphs]
        self.morphs = morphs
        self.mstarts = mstarts
        self.starts = set(mstarts)
        self.known = bool(morphs)

    def boundary(self, pos: int) -> bool:
        """True when a word may end at `pos` (no hangul continues the same morpheme)."""
        t = self.text
        if pos >= len(t) or not is_hangul(t[pos]):
            return True
        return not self.known or pos in self.starts

    def tags(self, start: int, end: int) -> list[str]:
        """Tags of the morphemes that overlap [start, end)."""
        i = bisect_left(self.mstarts, start)
        while i > 0 and self.morphs[i - 1][3] > start:
            i -= 1
        out = []
        while i < len(self.morphs) and self.morphs[i][2] < end:
            if self.morphs[i][3] > start:
                out.append(self.morphs[i][1])
            i += 1
        return out

    def word_morphs(self, start: int, end: int) -> list[tuple]:
        i = bisect_left(self.mstarts, start)
        out = []
        while i < len(self.morphs) and self.morphs[i][2] < end:
            out.append(self.morphs[i])
            i += 1
        return out

    def next_word(self, pos: int) -> tuple[int, int] | None:
        """[start, end) of the whitespace-delimited word after `pos` (pos must be at a space)."""
        t = self.text
        s = pos
        while s < len(t) and t[s] in " \t":
            s += 1
        if s == pos or s >= len(t) or t[s] == "\n":
            return None
        e = s
        while e < len(t) and not t[e].isspace():
            e += 1
        return s, e

    def prev_word(self, pos: int) -> tuple[int, int] | None:
        t = self.text
        e = pos
        while e > 0 and t[e - 1] in " \t":
            e -= 1
        if e == pos or e == 0 or t[e - 1] == "\n":
            return None
        s = e
        while s > 0 and not t[s - 1].isspace():
            s -= 1
        return s, e

    def noun_prefix(self, start: int, end: int) -> str | None:
        """The noun that opens the word [start, end) (분과를 -> 분과), or None."""
        if self.text[start].isdigit():  # another figure (1승 1패), not a noun
            return None
        ms = self.word_morphs(start, end)
        last = None
        for form, tag, s, e in ms:
            if tag not in NOUN_TAGS:
                break
            last = e
        if last is None or not any(tag in HEAD_NOUN_TAGS for _, tag, _, e2 in ms if e2 <= last):
            return None
        return self.text[start:last].strip("·,.()[]'\"‘’“”")  or None

    def is_noun_word(self, start: int, end: int) -> bool:
        """The whole word is a noun (no particle): 참가기관, 차량."""
        ms = self.word_morphs(start, end)
        word = self.text[start:end].rstrip("·,")
        if not ms:
            return bool(re.fullmatch(r"[가-힣A-Za-z]+", word)) and not self.known
        return all(tag in NOUN_TAGS for _, tag, s, _ in ms if s < start + len(word)) and any(
            tag in HEAD_NOUN_TAGS for _, tag, _, _ in ms
        )

    def starts_with_noun(self, start: int, end: int) -> bool:
        ms = self.word_morphs(start, end)
        if not ms:
            return bool(re.match(r"[가-힣A-Za-z]", self.text[start:end])) and not self.known
        head = ms[1] if ms[0][1] == "XPN" and len(ms) > 1 else ms[0]  # 신도시 = 신/XPN + 도시
        return head[1] in HEAD_NOUN_TAGS
