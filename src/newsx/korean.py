"""Korean analysis: kiwipiepy morphemes wrapped as a spaCy `Doc`.

Kiwi analyses text into morphemes whose surface ranges may overlap
(했다 -> 하/XSV 었/EP share one character). spaCy needs non-overlapping
tokens whose texts and trailing spaces rebuild the input exactly, so
overlapping morphemes are merged into one token; each token keeps its
morphemes (form, tag, start, end) reachable as `token._.morphs`, its joined
tags as `token.tag_` and its joined forms as `token.lemma_`.

Sentences: the text is first cut at line breaks and bullet markers
(□ ○ ㅇ - ▲ ※ at the start of an item), then Kiwi's splitter cuts each piece.
"""

from __future__ import annotations

import re
import threading
from operator import itemgetter
from functools import lru_cache
from importlib import resources
from typing import Iterable

import numpy
import spacy
from kiwipiepy import Kiwi
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .errors import RuleError

__all__ = ["get_kiwi", "set_kiwi_threads", "KiwiTokenizer", "create_tokenizer", "make_nlp", "blank_nlp", "split_blocks", "user_words"]

_lock = threading.Lock()
_kiwi: Kiwi | None = None
_threads: int | None = None  # Kiwi's own default: every core


def set_kiwi_threads(n: int | None) -> None:
    """Threads Kiwi may use in this process (None: all cores). Call before the first analysis;
    `newsx batch --workers N` gives each worker its share of the cores."""
    global _threads, _kiwi
    if n is not None and n < 1:
        raise ValueError(f"Kiwi threads must be at least 1, got {n}")
    with _lock:
        if n != _threads:
            _threads, _kiwi = n, None

# Item starts: a bullet that opens a line or follows whitespace. "-" and "ㅇ" only
# count at the start of a line, since inside text they are hyphens and syllables.
_SPAN_KEY = itemgetter(2, 3)  # (start, end) of a (form, tag, start, end) morpheme
_GAP_PIECES = re.compile(r"\s+|\S+")
_BLOCK_BREAK = re.compile(r"(?m)\n+|(?:(?<=\s)|^)(?=[□○▲※■◆●◇▶] ?\S)|^[ \t]*(?=[-ㅇ] \S)")

if not Token.has_extension("morphs"):
    Token.set_extension("morphs", getter=lambda t: t.doc.user_data.get("kiwi_morphs", {}).get(t.i, []))


def user_words() -> list[tuple[str, str, float]]:
    """Entries of rules/userdict.tsv (word, tag, score) plus the organisation gazetteer's."""
    out: list[tuple[str, str, float]] = []
    text = resources.files("newsx.rules").joinpath("userdict.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise RuleError(f"rules/userdict.tsv line {n}: expected 'word<TAB>tag[<TAB>score]', got {line!r}")
        out.append((parts[0], parts[1], float(parts[2]) if len(parts) > 2 else 0.0))
    try:
        from .extract import organisations
    except ImportError:  # the organisation extractor is optional for the tokenizer
        return out
    extra = getattr(organisations, "user_words", None)
    if extra is not None:
        out.extend(extra())
    return out


def get_kiwi() -> Kiwi:
    """The process-wide Kiwi analyser with newsx's user dictionary (built once)."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                kiwi = Kiwi(num_workers=_threads)
                for word, tag, score in user_words():
                    if " " in word:
                        continue  # Kiwi user words cannot contain spaces
                    kiwi.add_user_word(word, tag, score)
                _kiwi = kiwi
    return _kiwi


def split_blocks(text: str) -> list[tuple[int, int]]:
    """[start, end) ranges of the pieces between line breaks and bullet markers, whitespace trimmed."""
    pieces = []
    pos = 0
    for m in _BLOCK_BREAK.finditer(text):
        if m.start() > pos or m.end() > m.start():
            pieces.append((pos, m.start()))
            pos = m.end()
    pieces.append((pos, len(text)))
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out

def _set_annotations(doc: Doc, tags: list[str], lemmas: list[str], sent_tokens: list[tuple[int, int]]) -> None:
    """Tags, lemmas and sentence starts in one array write. Doc's own constructor does the same
    through a Python loop over every cell; this interns each distinct string once per Doc."""
    add = doc.vocab.strings.add
    ids: dict[str, int] = {}

    def hashes(values: list[str]) -> list[int]:
        out = []
        append = out.append
        for v in values:
            h = ids.get(v)
            if h is None:
                h = ids[v] = add(v)
            append(h)
        return out

    arr = numpy.empty((len(tags), 3), dtype=numpy.uint64)
    arr[:, 0] = hashes(tags)
    arr[:, 1] = hashes(lemmas)
    marks = numpy.full(len(tags), -1, dtype=numpy.int32)  # -1: not a start, as Doc(sent_starts=[False]) writes it
    marks[[i for i, _ in sent_tokens]] = 1
    arr[:, 2] = marks.astype(numpy.uint64)
    doc.from_array([TAG, LEMMA, SENT_START], arr)


class KiwiTokenizer:
    """A spaCy tokenizer backed by kiwipiepy; `doc.text` equals the input exactly."""

    def __init__(self, vocab: Vocab, kiwi: Kiwi | None = None):
        self.vocab = vocab
        self._kiwi = kiwi

    @property
    def kiwi(self) -> Kiwi:
        # the process-wide analyser unless one was given: set_kiwi_threads may replace it
        return self._kiwi if self._kiwi is not None else get_kiwi()

    def analyse(self, text: str) -> tuple[list[tuple[str, str, int, int]], list[int]]:
        """Morphemes (form, tag, start, end) with absolute offsets, in order of start, and
        sentence start offsets."""
        blocks = split_blocks(text)
        morphs: list[tuple[str, str, int, int]] = []
        sent_starts: list[int] = []
        if not blocks:
            return morphs, sent_starts
        results = self.kiwi.split_into_sents([text[s:e] for s, e in blocks], return_tokens=True)
        append = morphs.append
        ordered = True
        last = -1
        for (base, _), sents in zip(blocks, results):
            for sent in sents:
                sent_starts.append(base + sent.start)
                for tok in sent.tokens or ():
                    s = base + tok.start
                    if s < last:
                        ordered = False
                    last = s
                    append((tok.form, tok.tag, s, s + tok.len))
        if not ordered:  # Kiwi gives morphemes in order; sort only if it ever does not
            morphs.sort(key=_SPAN_KEY)
        return morphs, sent_starts

    def __call__(self, text: str) -> Doc:
        morphs, sent_starts = self.analyse(text)
        starts = set(sent_starts)
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        morph_map: dict[int, list] = {}
        kept: list[tuple[str, str, int, int]] = []  # the morphemes of morph_map, in order
        sent_tokens: list[tuple[int, int]] = []  # (token index, character offset) of sentence starts
        last_blank = False  # the last word is whitespace (a line break, say)

        def add_gap(gap: str, at: int) -> bool:
            """Whitespace and unanalysed characters between tokens; one space joins the previous
            token. Returns whether the last word written is whitespace."""
            if words and not spaces[-1] and gap[0] == " " and not last_blank:
                spaces[-1] = True
                gap = gap[1:]
                at += 1
            blank = last_blank
            for piece in _GAP_PIECES.findall(gap):
                blank = piece.isspace()
                if not blank and at in starts:
                    sent_tokens.append((len(words), at))
                words.append(piece)
                spaces.append(False)
                tags.append("_SP" if blank else "SW")
                lemmas.append(piece)
                at += len(piece)
            return blank

        # Overlapping morphemes become one surface token (했다 = 하+었+다), never across a sentence
        # start; a token that overlaps the previous one (only across a sentence start) is trimmed.
        # The loop runs once per morpheme of every article, hence one flat body and no helpers
        # on the common path (a single space between tokens).
        pos = 0  # end of the last token written
        n = len(morphs)
        i = 0
        while i < n:
            m = morphs[i]
            g_start, g_end = m[2], m[3]
            i += 1
            if g_end <= g_start:
                continue
            group = [m]
            while i < n:
                m = morphs[i]
                ms, me = m[2], m[3]
                if me <= ms:
                    i += 1
                    continue
                if ms >= g_end or ms in starts:
                    break
                group.append(m)
                if me > g_end:
                    g_end = me
                i += 1
            s = g_start if g_start > pos else pos
            if g_end <= s:
                continue
            if s > pos:
                if s == pos + 1 and text[pos] == " " and words and not spaces[-1] and not last_blank:
                    spaces[-1] = True
                else:
                    last_blank = add_gap(text[pos:s], pos)
            if s in starts:
                sent_tokens.append((len(words), s))
            morph_map[len(words)] = group
            kept.extend(group)
            words.append(text[s:g_end])
            spaces.append(False)
            if len(group) == 1:
                first = group[0]
                tags.append(first[1])
                lemmas.append(first[0])
            else:
                tags.append("+".join([g[1] for g in group]))
                lemmas.append("".join([g[0] for g in group]))
            last_blank = False
            pos = g_end
        if pos < len(text):
            add_gap(text[pos:], pos)
        if words and (not sent_tokens or sent_tokens[0][0] != 0):
            sent_tokens.insert(0, (0, 0))  # the first token opens a sentence, whatever Kiwi said
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:
            _set_annotations(doc, tags, lemmas, sent_tokens)
        doc.user_data["kiwi_morphs"] = morph_map
        doc.user_data["kiwi_morph_list"] = kept  # the same tuples, flat and in order, for DocIndex
        doc.user_data["kiwi_sent_tokens"] = sent_tokens  # what doc.sents gives, without building Spans
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 64):
        for text in texts:
            yield self(text)

    # spaCy serialisation hooks: the tokenizer has no state of its own
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "KiwiTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "KiwiTokenizer":
        return self


@spacy.registry.tokenizers("newsx.KiwiTokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return KiwiTokenizer(nlp.vocab)

    return make


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "newsx.KiwiTokenizer.v1"}}}


def blank_nlp():
    """A new blank Korean spaCy pipeline with the Kiwi tokenizer (no components)."""
    return spacy.blank("ko", config=TOKENIZER_CONFIG)


@lru_cache(maxsize=1)
def make_nlp():
    """The shared blank pipeline (tokenizer only), built once."""
    return blank_nlp()
