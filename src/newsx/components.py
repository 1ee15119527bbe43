"""spaCy pipeline components: one per kind of figure.

Each component runs one extractor (`newsx.extract.<kind>.extract(doc, ctx)`),
puts the matched spans in `doc.spans["newsx_<kind>"]` and the typed records in
`doc.user_data["newsx"][<kind>]`. A spaCy user adds them by name:

    nlp = newsx.load()                      # all of them, in order
    nlp = spacy.blank("ko", config=newsx.korean.TOKENIZER_CONFIG)
    nlp.add_pipe("newsx_money")             # or just one

The publication date that anchors relative dates is read from
`doc.user_data["newsx_published"]` (a datetime.date), which `newsx.extract`
sets; without it relative periods keep null bounds.
"""

from __future__ import annotations

import importlib
from datetime import date

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .extract.base import Context

__all__ = ["KINDS", "FigureComponent", "context_of"]

# Order matters: organisations first so that figures can see them; changes
# after the quantities whose endpoints they claim.
KINDS = ("organisations", "money", "percentages", "periods", "counts", "changes")


def context_of(doc: Doc, text: str | None = None) -> Context:
    """The per-document Context shared by all components (built once per Doc).

    `text` is the Doc's text when the caller has it: spaCy rebuilds doc.text from every
    token on each read, a few milliseconds per article.
    """
    ctx = doc.user_data.get("newsx_context")
    if ctx is None:
        published = doc.user_data.get("newsx_published")
        if isinstance(published, str):
            published = date.fromisoformat(published[:10])
        sentences = []
        if text is None:
            text = doc.text
        for s, e in _sentence_bounds(doc, text):
            while e > s and text[e - 1].isspace():
                e -= 1
            while s < e and text[s].isspace():
                s += 1
            if e > s:
                sentences.append((s, e))
        ctx = Context(published=published, sentences=sentences, text=text)
        doc.user_data["newsx_context"] = ctx
    return ctx


def _sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, untrimmed. The Kiwi tokenizer records where its sentences
    start; that record is used while the Doc's sentence starts still agree with it (a parser or
    senter added before the newsx components may have changed them), else doc.sents."""
    recorded = doc.user_data.get("kiwi_sent_tokens")
    if recorded and len(doc):
        marks = doc.to_array("SENT_START")
        if numpy.array_equal(numpy.flatnonzero(marks == 1), [i for i, _ in recorded]):
            offsets = [c for _, c in recorded] + [len(text)]
            return list(zip(offsets, offsets[1:]))
    return [(sent.start_char, sent.end_char) for sent in doc.sents]


class FigureComponent:
    """Runs `newsx.extract.<kind>.extract` and records its results on the Doc."""

    def __init__(self, kind: str):
        self.kind = kind
        self.module = importlib.import_module(f"newsx.extract.{kind}")

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        records = self.module.extract(doc, ctx)
        found = doc.user_data.setdefault("newsx", {})
        found[self.kind] = records
        if hasattr(self.module, "extract_durations"):  # durations come out of the counts module
            found["durations"] = self.module.extract_durations(doc, ctx)
        spans = []
        for rec in records:
            mentions = [(m.span, m.text) for m in rec.spans] if hasattr(rec, "spans") else [(rec.span, rec.text)]
            for (s, e), _ in mentions:
                span = doc.char_span(s, e, label=self.kind, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans[f"newsx_{self.kind}"] = spans
        return doc


def _factory(kind: str):
    def make(nlp: Language, name: str) -> FigureComponent:
        return FigureComponent(kind)

    make.__name__ = f"make_{kind}"
    Language.factory(f"newsx_{kind}")(make)
    return make


make_money = _factory("money")
make_periods = _factory("periods")
make_counts = _factory("counts")
make_changes = _factory("changes")
make_percentages = _factory("percentages")
make_organisations = _factory("organisations")
