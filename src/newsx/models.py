"""The article record: a public contract.

Every figure carries `text`, `span` (offsets into `Article.body`, end exclusive)
and `sentence` (index into `Article.sentences`); `body[span[0]:span[1]] == text`
always holds. Organisations carry `spans` (every mention) instead.
`newsx schema --out schemas/` writes the JSON Schema of these models.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Qualifier",
    "Figure",
    "Money",
    "Period",
    "Count",
    "Duration",
    "Change",
    "Percentage",
    "Mention",
    "Organisation",
    "Budget",
    "Check",
    "Article",
    "FIGURE_KINDS",
]

Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
OrgKind = Literal[
    "government", "public_institution", "company", "university", "hospital", "association", "coalition", "other"
]
Span = tuple[int, int]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Figure(_Record):
    text: str = Field(description="The figure exactly as written in the body.")
    span: Span = Field(description="[start, end) character offsets into body.")
    sentence: int = Field(-1, description="Index into Article.sentences; -1 until the pipeline assigns it.")


class Money(Figure):
    value: float = Field(description="Amount in units of the currency: 296억원 -> 29600000000.")
    currency: str = Field("KRW", description="ISO 4217 code.")
    qualifier: Qualifier = "exact"
    value_max: float | None = Field(None, description="Upper bound when qualifier is 'range'.")


class Period(Figure):
    start: str | None = Field(description="ISO partial date (2026, 2026-09, 2026-09-10); null = open start.")
    end: str | None = Field(description="ISO partial date; null = open end.")
    relative: str | None = Field(None, description="The relative expression (내년, 24일 ...) the period was resolved from.")


class Count(Figure):
    value: float
    unit: str = Field(description="The Korean counter: 개, 명, 인, 곳 ...")
    qualifier: Qualifier = "exact"
    value_max: float | None = None
    noun: str | None = Field(None, description="The counted thing when the text names it next to the figure.")


class Duration(Figure):
    value: float
    unit: str = Field(description="년, 개월, 주, 일, 시간 ...")
    qualifier: Qualifier = "exact"
    value_max: float | None = Field(None, description="Upper bound when qualifier is 'range' (3~4년).")


class Change(Figure):
    before: float | None = None
    after: float | None = None
    delta: float | None = None
    unit: str | None = Field(None, description="Counter, '%', '%p', or a currency code for money.")

    @model_validator(mode="after")
    def _some_value(self) -> "Change":
        if self.before is None and self.after is None and self.delta is None:
            raise ValueError("a change needs at least one of before, after, delta")
        return self


class Percentage(Figure):
    value: float
    unit: Literal["%", "%p"] = "%"
    qualifier: Qualifier = "exact"
    value_max: float | None = Field(None, description="Upper bound when qualifier is 'range' (3~5%).")


class Mention(_Record):
    """One mention in the body. `start`/`end` repeat `span` so that readers
    expecting either shape ({"start", "end"} or "span") find the offsets."""

    text: str
    span: Span
    start: int | None = None
    end: int | None = None
    sentence: int = -1

    @model_validator(mode="after")
    def _offsets_agree(self) -> "Mention":
        if self.start is None or self.end is None:
            self.start, self.end = self.span
        elif (self.start, self.end) != tuple(self.span):
            raise ValueError(f"mention {self.text!r}: start/end {self.start},{self.end} disagree with span {self.span}")
        return self


class Organisation(_Record):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: OrgKind = "other"
    spans: list[Mention] = Field(default_factory=list, description="Every mention, by name or alias.")


class Budget(_Record):
    programme: str | None = None
    amount: Money | None = None
    period: Period | None = None
    agency: str | None = None
    purpose: str | None = None
    sentence: int = -1
    spans: list[Span] = Field(default_factory=list, description="Spans that support the record.")


class Check(_Record):
    rule: str
    status: Literal["consistent", "inconsistent", "unverifiable"]
    message: str
    items: list[Mention] = Field(default_factory=list)


FIGURE_KINDS = ("money", "periods", "counts", "durations", "changes", "percentages")


class Article(_Record):
    url: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="ISO date of publication, or null.")
    site: str | None = None
    byline: str | None = None
    body: str = ""
    sentences: list[Span] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    durations: list[Duration] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    budgets: list[Budget] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_hold(self) -> "Article":
        body = self.body
        for kind in FIGURE_KINDS:
            for item in getattr(self, kind):
                s, e = item.span
                if body[s:e] != item.text:
                    raise ValueError(f"{kind}: span {item.span} does not hold {item.text!r}")
        for org in self.organisations:
            for m in org.spans:
                if body[m.span[0] : m.span[1]] != m.text:
                    raise ValueError(f"organisation {org.name}: span {m.span} does not hold {m.text!r}")
        return self
