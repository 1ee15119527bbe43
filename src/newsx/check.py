"""Budget records and consistency checks: the figures of one article tied together.

`annotate(article)` returns a copy of the record with `budgets` and `checks` filled.
It works from the extracted figures and reads the body only around them, so it
accepts whatever the extractors give (a change with only a delta, approximate
counts, durations found or not) and adds the few claims they leave implicit
(a delta such as "300여개 기관이 추가로 합류", "4년에 걸쳐", "100여일이 지난").

Rules, one function each, every one giving `Check(rule, status, message, items)`:
- change_arithmetic  before → after against a delta stated elsewhere about the same thing
- percent_change     "3.7%(4134억원) 감소" against the before and after amounts
- repeated_figure    a figure of the deck against the body's figures for the same thing and time
- range_duration     "2026년부터 2029년까지 4년에 걸쳐": the range counted inclusively
- elapsed_time       "9월 10일 출범 이후 100여일" against the publication date
- parts_total        items of a total ("총 …(…)", "이 중 …", "A, B, C 등 3개") against it

Approximate figures are intervals, not points: 약 ±10%, 여/남짓 from the value up
to a quarter more, 이상/이하 open on one side, exact figures ± half their last unit.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .models import Article, Budget, Check, Mention, Period

__all__ = ["annotate", "build_budgets", "run_checks", "parse_number", "interval", "RULES"]

RULES = ("change_arithmetic", "percent_change", "repeated_figure", "range_duration", "elapsed_time", "parts_total")
INF = math.inf

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_AMOUNT = re.compile(rf"{_NUM}(?:\s?[조억만천]+(?:\s?{_NUM}\s?[조억만천]*)*)?")
_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
_UP = r"늘|증가|확대|상승|증액|올라|올랐|높아|추가|합류|급증|확충|불어"
_DOWN = r"줄|감소|축소|하락|감축|단축|감액|떨어|낮아|내려|내렸|급감|삭감"
_PARTICLES = (
    "이었지만", "였지만", "이라는", "이라고", "에서는", "에게는", "으로는", "까지는", "부터는", "이며", "이고", "이다",
    "에서", "에게", "으로", "까지", "부터", "보다", "처럼", "마다", "은", "는", "이", "가", "을", "를", "의", "에",
    "로", "와", "과", "도", "만",
)
_STOP = set(
    "내년 올해 지난해 작년 금년 내년도 올 등 약 총 이 그 중 모든 각 여 가운데 이중 이상 이하 규모 수준 정도 가량 기준 "
    "현재 당시 모두 전체 무려 최대 최소 또 및 또는 더 새롭게 추가로 새로 이번 당초 오는 지난 매년 연간 연 월 일 년 "
    "확대 증가 감소 축소 투입 추진 달성 돌파 집행 지원 개최 발표 기록 시작 이후 만에 먼저 우선 출범 "
    "함께 새롭게 각각 이미 아직 다시 최근 이밖 이밖에 한편 또한 특히 이어 이를".split()
)
_GOV_SUFFIX = re.compile(r"(?:부|청|처|위원회|공사|공단|진흥원|재단)$")


# ---------------------------------------------------------------- numbers and intervals


def _parse_amount(s: str) -> float | None:
    total = section = 0.0
    cur: float | None = None
    for m in re.finditer(rf"({_NUM})|([조억만천])", s):
        if m.group(1):
            cur = float(m.group(1).replace(",", ""))
        elif m.group(2) == "천":
            section += (cur if cur is not None else 1) * 1e3
            cur = None
        else:
            section += cur or 0
            total += (section or 1) * _BIG[m.group(2)]
            section, cur = 0.0, None
    if cur is None and section == 0 and total == 0:
        return None
    return total + section + (cur or 0)


def parse_number(text: str) -> float | None:
    """The first number of `text`, Korean units included: '11조1571억원' -> 11157100000000.0."""
    m = _AMOUNT.search(text)
    return _parse_amount(m.group(0)) if m else None


def _precision(text: str) -> float:
    """Half the last unit a figure is written to: '4134억원' -> 0.5억, '3.7%' -> 0.05."""
    m = _AMOUNT.search(text)
    if not m:
        return 0.5
    s = m.group(0)
    units = re.findall(r"[조억만천]", s)
    last_num = re.findall(_NUM, s)[-1]
    decimals = len(last_num.split(".")[1]) if "." in last_num else 0
    unit = 1.0
    if units and s.rstrip()[-1] in "조억만천":
        unit = {"천": 1e3, **_BIG}[units[-1]]
    return 0.5 * unit * 10.0 ** (-decimals)


def _approx_marker(text: str) -> str | None:
    if re.search(r"\d\s?[조억만천]?\s?(?:여|남짓|넘게|이상|초과|넘는|넘어)", text) or re.search(r"(?:이상|초과)$", text):
        return "여" if re.search(r"\d\s?[조억만천]?\s?(?:여|남짓)", text) else "이상"
    if re.search(r"(?:이하|미만)", text):
        return "이하"
    if re.search(r"(?:^|\s)약\s?\d|\d\s?[가-힣]*\s?(?:가량|정도|안팎|내외|쯤)", text):
        return "약"
    return None


def interval(value: float, qualifier: str = "exact", text: str = "", value_max: float | None = None) -> tuple[float, float]:
    """The values a figure admits. '1000여개' -> (1000, 1350); '약 1조원' -> (0.9조, 1.1조)."""
    marker = _approx_marker(text)
    if qualifier == "range" and value_max is not None:
        return (value, value_max)
    if marker == "여":
        return (value, value * 1.25 + 1)
    if qualifier == "at_least" or marker == "이상":
        return (value, INF)
    if qualifier == "at_most" or marker == "이하":
        return (-INF, value)
    if qualifier == "approx" or marker == "약":
        return (value - abs(value) * 0.1, value + abs(value) * 0.1)
    p = _precision(text) if text else 0.5
    return (value - p, value + p)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    eps = 1e-9 * max(1.0, abs(a[0]) if a[0] not in (INF, -INF) else 1.0)
    return a[0] <= b[1] + eps and b[0] <= a[1] + eps


def _sub(a, b):
    return (a[0] - b[1], a[1] - b[0])


def _neg(a):
    return (-a[1], -a[0])


def _fmt(v: float) -> str:
    if v in (INF, -INF):
        return "∞"
    a = abs(v)
    for unit, size in (("조", 1e12), ("억", 1e8), ("만", 1e4)):
        if a >= size:
            whole = int(round(a // size))
            rest = a - whole * size
            out = f"{whole}{unit}" + (_fmt(rest) if rest >= 1 else "")
            return ("-" if v < 0 else "") + out
    return f"{v:,.2f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------- the article as the rules see it


@dataclass
class Q:
    """One quantity: a figure or one side of a change."""

    kind: str  # money | count | percent | duration | change | delta | after
    text: str
    span: tuple[int, int]
    value: float
    unit: str
    iv: tuple[float, float]
    record: object = None
    role: str = ""  # before | after | delta for change sides
    sides: dict = field(default_factory=dict)  # a full change's before and after: (value, interval, text, span)

    def mention(self, view: "View") -> Mention:
        return Mention(text=self.text, span=self.span, sentence=view.sentence_of(self.span[0]))


@dataclass
class View:
    article: Article
    body: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    published: date | None
    figures: list[Q] = field(default_factory=list)

    def sentence_of(self, offset: int) -> int:
        i = bisect.bisect_right([s for s, _ in self.sentences], offset) - 1
        return max(i, 0) if self.sentences else -1

    def sentence_span(self, offset: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of(offset)] if self.sentences else (0, len(self.body))

    def paragraph_of(self, offset: int) -> int:
        return max(bisect.bisect_right([s for s, _ in self.paragraphs], offset) - 1, 0)

    def clause_span(self, offset: int) -> tuple[int, int]:
        s0, s1 = self.sentence_span(offset)
        start, end = s0, s1
        for m in _CLAUSE_END.finditer(self.body, s0, s1):
            if m.end() <= offset:
                start = m.end()
            elif m.start() >= offset:
                end = m.start()
                break
        return start, end

    def lead_end(self) -> int:
        """End of the deck: the short headline-like lines that open the body."""
        end = 0
        for s, e in self.paragraphs:
            line = self.body[s:e].strip()
            if not line:
                continue
            if len(line) > 90 or re.search(r"[다요]\.?[”\"’']?$|\.$", line):
                break
            end = e
        return end


_CLAUSE_END = re.compile(r"(?<=[며고서나만면해여데]),\s|(?<=\)),\s|;\s")


def _sentences(body: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", body):
        s = m.start()
        for t in re.finditer(r"(?<=[다요]\.)\s+|(?<=[.?!])\s+(?=[^\d\s])", m.group(0)):
            out.append((s, m.start() + t.start()))
            s = m.start() + t.end()
        out.append((s, m.end()))
    return [(s, e) for s, e in out if e > s] or [(0, len(body))]


def _view(article: Article) -> View:
    body = article.body
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)] or [(0, len(body))]
    try:
        published = date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        published = None
    sentences = [tuple(s) for s in article.sentences] or _sentences(body)
    v = View(article, body, sentences, paragraphs, published)
    for m in article.money:
        v.figures.append(Q("money", m.text, tuple(m.span), m.value, "KRW" if m.currency == "KRW" else m.currency,
                           interval(m.value, m.qualifier, m.text, m.value_max), m))
    for c in article.counts:
        v.figures.append(Q("count", c.text, tuple(c.span), c.value, c.unit, interval(c.value, c.qualifier, c.text, c.value_max), c))
    for p in article.percentages:
        v.figures.append(Q("percent", p.text, tuple(p.span), p.value, p.unit, interval(p.value, p.qualifier, p.text), p))
    for d in article.durations:
        v.figures.append(Q("duration", d.text, tuple(d.span), d.value, d.unit, interval(d.value, d.qualifier, d.text), d))
    _add_implicit(v)
    v.figures.sort(key=lambda q: q.span)
    return v


def _covered(v: View, s: int, e: int, kinds: tuple[str, ...]) -> bool:
    return any(q.kind in kinds and q.span[0] < e and s < q.span[1] for q in v.figures) or (
        "change" in kinds and any(c.span[0] < e and s < c.span[1] for c in v.article.changes)
    )


_UNIT = r"(?P<unit>개국|개사|개소|개월|개|명|곳|건|대|인|가구|%p|%|포인트|조원|억원|만원|원|달러)"
_DELTA = re.compile(
    rf"(?P<num>{_NUM}(?:\s?[조억만천])*)\s?(?P<q>여|남짓|가량|정도)?\s?{_UNIT}"
    rf"(?:\s?[가-힣·]{{1,8}}(?:이|가|은|는|을|를))?\s?(?P<more>더|추가로|추가|새로|새롭게)?\s?(?P<verb>{_UP}|{_DOWN}|참여|합류|편입)"
)
_DURATION = re.compile(
    rf"(?P<num>{_NUM})\s?(?P<q>여|남짓|가량)?\s?(?P<unit>년|개월|달|주|일|시간)"
    r"(?=\s?(?:간|동안|여간|째|만에|만|이 지|가 지|이 흘|에 걸쳐|에 걸친|의 기간|이 걸))"
)


def _add_implicit(v: View) -> None:
    """Deltas and durations the extractors may not give as records."""
    body = v.body
    for m in _DELTA.finditer(body):
        verb = m.group("verb")
        if not m.group("more") and verb in ("참여", "합류", "편입"):
            continue
        if _covered(v, m.start(), m.end(), ("change",)):
            continue
        num = _parse_amount(m.group("num"))
        if num is None:
            continue
        unit = _norm_unit(m.group("unit"))
        value = num * _unit_scale(m.group("unit"))
        sign = -1 if re.match(_DOWN, verb) else 1
        iv = interval(value, "exact", m.group(0))
        if sign < 0:
            iv = _neg(iv)
        v.figures.append(Q("delta", m.group(0), (m.start(), m.end()), sign * value, unit, iv, None, "delta"))
    known = [q for q in v.figures if q.kind == "duration"]
    for m in _DURATION.finditer(body):
        if any(q.span[0] < m.end() and m.start() < q.span[1] for q in known):
            continue
        if m.start() > 0 and body[m.start() - 1] in "0123456789~-":
            continue
        value = float(m.group("num").replace(",", ""))
        unit = "개월" if m.group("unit") == "달" else m.group("unit")
        v.figures.append(Q("duration", m.group(0), (m.start(), m.end()), value, unit, interval(value, "exact", m.group(0))))
    for c in v.article.changes:
        _add_change(v, c)


def _norm_unit(unit: str | None) -> str:
    if unit in ("원", "억원", "조원", "만원", "KRW"):
        return "KRW"
    return unit or ""


def _unit_scale(unit: str) -> float:
    return {"억원": 1e8, "조원": 1e12, "만원": 1e4}.get(unit, 1.0)


def _side(c, value: float, first: bool) -> tuple[tuple[float, float], str, tuple[int, int]]:
    """Interval, text and span of one side of a change, read from its own wording."""
    tokens = [m for m in _AMOUNT.finditer(c.text) if _parse_amount(m.group(0)) is not None]
    tokens = [m for m in tokens if abs(_parse_amount(m.group(0)) - value) <= 1e-6 * max(1, abs(value))] or tokens
    if not tokens:
        return interval(value), c.text, tuple(c.span)
    m = tokens[0] if first else tokens[-1]
    tail = re.match(r"\s?(?:여|남짓)?\s?[가-힣%]{0,3}\s?(?:여|이상|넘게|가량)?", c.text[m.end():])
    start = m.start()
    if c.text[max(0, start - 2):start].strip() == "약":
        start = max(0, start - 2)
    end = m.end() + (len(tail.group(0).rstrip()) if tail else 0)
    text = c.text[start:end]
    return interval(value, "exact", text), text, (c.span[0] + start, c.span[0] + end)


def _written(c, value: float) -> bool:
    """Is `value` written out in the change's own text (rather than computed by the extractor)?"""
    for m in _AMOUNT.finditer(c.text):
        n = _parse_amount(m.group(0))
        if n is not None and any(abs(n * k - value) <= 1e-6 * max(1.0, abs(value)) for k in (1, 1e4, 1e8, 1e12)):
            return True
    return False


def _add_change(v: View, c) -> None:
    unit = _norm_unit(c.unit)
    span = tuple(c.span)
    if c.before is not None and c.after is not None and not _written(c, c.before):
        if c.delta is not None:  # "2천663만8천명으로 1년 전보다 3만4천명 늘어": before is derived, not stated
            iv = interval(abs(c.delta), "exact", c.text)
            v.figures.append(Q("delta", c.text, span, c.delta, unit, iv if c.delta >= 0 else _neg(iv), c, "delta"))
        a_iv, _, _ = _side(c, c.after, False)
        v.figures.append(Q("after", c.text, span, c.after, unit, a_iv, c, "after"))
        return
    if c.before is not None and c.after is not None:
        b_iv, b_text, b_span = _side(c, c.before, True)
        a_iv, a_text, a_span = _side(c, c.after, False)
        sides = {"before": (c.before, b_iv, b_text, b_span), "after": (c.after, a_iv, a_text, a_span)}
        v.figures.append(Q("change", c.text, span, c.after - c.before, unit, _sub(a_iv, b_iv), c, sides=sides))
        tokens = [m.group(0) for m in _AMOUNT.finditer(c.text)]
        stated = [t for t in tokens[2:] if c.delta is not None and abs((_parse_amount(t) or 0) - abs(c.delta)) < 1e-6 * max(1, abs(c.delta))]
        if stated:  # a delta written inside the change itself ("1000개에서 1300개로 300개 늘어")
            iv = interval(abs(c.delta), "exact", stated[0])
            v.figures.append(Q("delta", c.text, span, c.delta, unit, iv if c.delta >= 0 else _neg(iv), c, "delta"))
    elif c.delta is not None:
        iv = interval(abs(c.delta), "exact", c.text)
        v.figures.append(Q("delta", c.text, span, c.delta, unit, iv if c.delta >= 0 else _neg(iv), c, "delta"))
    elif c.after is not None:
        a_iv, _, _ = _side(c, c.after, False)
        v.figures.append(Q("after", c.text, span, c.after, unit, a_iv, c, "after"))


# ---------------------------------------------------------------- nouns: what a figure counts


def _strip_particle(word: str) -> str:
    word = word.strip("‘’“”\"'()[]·,.")
    for p in _PARTICLES:
        if word.endswith(p) and len(word) > len(p) + 1:
            return word[: -len(p)]
    return word


def _nouns(v: View, q: Q) -> set[str]:
    """Words that name what a figure measures: the word after it, or the topic before it."""
    body, (s, e) = v.body, q.span
    words: set[str] = set()
    noun = getattr(q.record, "noun", None)
    if noun:
        words.add(noun)
    rest = re.sub(r"^(?:의|에서|으로|로|을|를|이|가|은|는|에|과|와|도|만|까지|부터)(?=\s)", "", body[e : e + 20])
    for w in re.findall(r"\S+", rest)[:3]:
        if w.startswith(("(", "[", "‘", "“")):
            break
        w = w.strip(",.()")
        if not re.fullmatch(r"[가-힣A-Za-z·]+", w) or re.search(r"(?:다|고|며|서|했|한|된|할|될|해|지만)$", w):
            break
        if _strip_particle(w) not in _STOP:
            words.add(_strip_particle(w))
            break
    c0 = v.clause_span(s)[0]
    taken = 0
    window_start = max(c0, s - 20)
    for wm in reversed(list(re.finditer(r"[가-힣A-Za-z·]+|[^\s가-힣A-Za-z·]+", body[window_start:s]))):
        w = wm.group(0)
        at = window_start + wm.start()
        if (not re.match(r"[가-힣A-Za-z·]", w) or (at > 0 and body[at - 1].isdigit())
                or re.search(r"(?:다|고|며|서|했|한|된|할|될|해|지만|에서|까지|부터|쳐|들여)$", w)):
            break
        w = _strip_particle(w)
        if w in _STOP or len(w) < 2:
            continue
        words.add(w)
        taken += 1
        if taken == 2:
            break
    out = set()
    for w in words:
        for part in w.split("·"):
            if len(part) >= 2 and part not in _STOP and not re.search(r"\d", part):
                out.add(part)
    return out


def _same_thing(a: set[str], b: set[str]) -> bool:
    for x in a:
        for y in b:
            if x == y or (len(x) >= 2 and len(y) >= 2 and (x[-2:] == y[-2:] or x[:2] == y[:2])):
                return True
    return False


def _anchor(v: View, q: Q) -> tuple | None:
    """The period a figure belongs to: the nearest one in its clause."""
    c0, _ = v.clause_span(q.span[0])
    best = None
    for p in v.article.periods:
        if c0 <= p.span[0] < q.span[0] and not re.fullmatch(r"\d{1,2}일", p.text.strip()):
            d = abs(p.span[0] - q.span[0])
            if best is None or d < best[0]:
                best = (d, (p.start, p.end))
    return best[1] if best else None


# ---------------------------------------------------------------- budgets


_QUOTED = re.compile(r"[‘'“\"「『《]([^‘’'“”\"「」『』《》\n]{2,80}?)[’'”\"」』》]")
_COMPOUND = re.compile(r"((?:[A-Za-z0-9가-힣·\-]+\s){0,5}[A-Za-z0-9가-힣·\-]*?(?:사업|프로젝트))(?=[을를은는이가에의과와도,.\s]|$)")
_GENERIC_FIRST = set("주요 협력 누적 해당 이 그 각 관련 신규 기존 전체 모든 다른 같은 동 본 이번 여러 각종 위한 한 현장".split())
_BUDGET_CUE = re.compile(r"예산|투입|집행|투자|들여|편성|지원|사업비|출연|배정")
_PUBLIC_MONEY = re.compile(r"예산|사업비|국비|지방비|재정|기금|출연|편성|배정|집행")  # spending without a programme name


@dataclass
class _Prog:
    name: str
    span: tuple[int, int]
    paren: tuple[int, int] | None
    quoted: bool


def _programmes(v: View, s0: int, s1: int) -> list[_Prog]:
    body, out = v.body, []
    for m in _QUOTED.finditer(body, s0, s1):
        name = m.group(1).strip()
        rest = body[m.end() : m.end() + 8]
        if re.search(r"[다요까]\.?$", name) or re.match(r"\s?(?:라고|라며|고\s|며\s|는\s|란)", rest):
            continue
        paren = re.match(r"\s?\(([^()]{2,80})\)", body[m.end() : s1])
        if not (paren or re.match(r"\s?(?:사업|프로젝트|과제|사업단|계획|프로그램)", rest)):
            continue
        pspan = (m.end() + paren.start(1), m.end() + paren.end(1)) if paren else None
        out.append(_Prog(name, (m.start(1), m.start(1) + len(m.group(1).rstrip())), pspan, True))
    for m in _COMPOUND.finditer(body, s0, s1):
        words = m.group(1).split()
        while words and re.search(r"(?:은|는|을|를|에|의|로|와|과|고|며|서|해|한|된|할|인|등|이|가|도|에서)$", words[0]) and len(words) > 1:
            words.pop(0)
        for i in range(len(words) - 1, -1, -1):
            if re.search(r"(?:은|는|을|를|에|의|로|고|며|서|해|한|된|할|등|에서|까지|부터)$", words[i]) and i < len(words) - 1:
                words = words[i + 1 :]
                break
        if not words or (len(words) == 1 and words[0] in ("사업", "프로젝트")) or words[0] in _GENERIC_FIRST or words[0][0].isdigit():
            continue
        name = " ".join(words)
        start = m.end(1) - len(name)
        if body[start : m.end(1)] != name or any(p.span[0] <= start < p.span[1] + 4 for p in out):
            continue
        out.append(_Prog(name, (start, m.end(1)), None, False))
    return sorted(out, key=lambda p: p.span)


def _clauses(v: View, s0: int, s1: int) -> list[tuple[int, int]]:
    cuts = [s0] + [m.end() for m in _CLAUSE_END.finditer(v.body, s0, s1)] + [s1]
    return [(a, b) for a, b in zip(cuts, cuts[1:])]


def _index(spans: list[tuple[int, int]], offset: int) -> int:
    return max(bisect.bisect_right([a for a, _ in spans], offset) - 1, 0)


def _government(v: View) -> list[tuple[int, str, tuple[int, int]]]:
    """(offset, canonical name, span) of every government or public body mention."""
    out = []
    for org in v.article.organisations:
        if org.kind in ("government", "public_institution") or _GOV_SUFFIX.search(org.name):
            out += [(m.span[0], org.name, tuple(m.span)) for m in org.spans]
    return sorted(out)


def _in_parens(body: str, offset: int) -> bool:
    line_start = body.rfind("\n", 0, offset) + 1
    before = body[line_start:offset]
    return before.count("(") > before.count(")") and not re.search(r"\(\s?이하\s?$", before)


def _agency(v: View, prog_at: int, s0: int, s1: int, paren, gov) -> tuple[str | None, list]:
    outside = [g for g in gov if not _in_parens(v.body, g[0])]
    lead = [g for g in outside if g[0] < prog_at]
    in_sentence = [g for g in outside if s0 <= g[0] < s1]
    main = lead[-1] if lead else in_sentence[0] if in_sentence else None
    names, spans = ([main[1]], [main[2]]) if main else ([], [])
    if paren:
        for g in gov:
            if paren[0] <= g[0] < paren[1] and g[1] not in names and re.search(r"공동|주관|함께|협력", v.body[paren[0]:paren[1]]):
                names.append(g[1])
                spans.append(g[2])
    return ("·".join(names) or None), spans


_PURPOSE = re.compile(r"((?:[^\s,.‘’“”\"']+\s){0,5}?[^\s,.‘’“”\"']+?(?:하기|기)?\s?위(?:해|하여|한))(?=\s)")


def _purpose(v: View, c0: int, c1: int, exclude: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    for m in _PURPOSE.finditer(v.body, c0, c1):
        start = m.start(1)
        while True:
            lead = re.match(r"(?:등|및|또|또한|특히|이에|이를|그리고)\s", v.body[start : m.end(1)])
            if not lead:
                break
            start += lead.end()
        if any(a - 2 < m.end(1) and start < b + 2 for a, b in exclude) or re.fullmatch(r"(?:하기\s?)?위(?:해|하여|한)", v.body[start : m.end(1)]):
            continue
        return v.body[start : m.end(1)], (start, m.end(1))
    return None, None


def _period_rank(p: Period) -> tuple:
    closed = p.start is not None and p.end is not None
    return (0 if closed and p.start != p.end else 1 if p.end is not None and p.start is None else 2 if closed else 3,)


def build_budgets(article: Article) -> list[Budget]:
    """One budget per programme that has an amount or a period, plus spending without a named programme."""
    return _budgets(_view(article))


def _budgets(v: View) -> list[Budget]:
    budgets: list[Budget] = []
    used: set[tuple[int, int]] = set()
    gov = _government(v)
    money = [m for m in v.article.money]
    periods = list(v.article.periods)
    for si, (s0, s1) in enumerate(v.sentences):
        progs = _programmes(v, s0, s1)
        if not progs:
            continue
        clauses = _clauses(v, s0, s1)
        pclause = [_index(clauses, p.span[0]) for p in progs]
        assigned: dict[int, dict[str, list]] = {i: {"money": [], "period": []} for i in range(len(progs))}
        for kind, items in (("money", money), ("period", periods)):
            for it in items:
                if not (s0 <= it.span[0] < s1) or any(p.span[0] <= it.span[0] < p.span[1] for p in progs):
                    continue
                owner = next((i for i, p in enumerate(progs) if p.paren and p.paren[0] <= it.span[0] < p.paren[1]), None)
                if owner is None:
                    if any(p.paren and p.paren[0] <= it.span[0] < p.paren[1] for p in progs):
                        continue
                    ci = _index(clauses, it.span[0])
                    free = [i for i, p in enumerate(progs) if not p.paren]
                    if not free:
                        continue
                    owner = min(free, key=lambda i: (abs(pclause[i] - ci), pclause[i] > ci, abs(progs[i].span[0] - it.span[0])))
                assigned[owner][kind].append(it)
        for i, p in enumerate(progs):
            ms = sorted(assigned[i]["money"], key=lambda m: (not _BUDGET_CUE.search(v.body[max(s0, m.span[0] - 12) : m.span[1] + 12]), abs(m.span[0] - p.span[0])))
            ps = sorted(assigned[i]["period"], key=lambda q: (_period_rank(q), abs(q.span[0] - p.span[0])))
            amount = ms[0] if ms else None
            period = ps[0] if ps and (p.quoted or amount) else None
            if not amount and not (p.quoted and period and _period_rank(period)[0] == 0):
                continue
            if not amount and not p.quoted:
                continue
            c0, c1 = clauses[pclause[i]]
            agency, aspans = _agency(v, p.span[0], s0, s1, p.paren, gov)
            purpose, pspan = _purpose(v, c0, c1, [p.span])
            spans = [p.span] + [x.span for x in (amount, period) if x] + aspans + ([pspan] if pspan else [])
            if amount:
                used.add(tuple(amount.span))
            budgets.append(Budget(programme=p.name, amount=amount, period=period, agency=agency, purpose=purpose,
                                  sentence=si, spans=[tuple(s) for s in spans]))
    budgets += _unnamed_budgets(v, used, gov)
    return sorted(budgets, key=lambda b: b.spans[0] if b.spans else (0, 0))


def _unnamed_budgets(v: View, used, gov) -> list[Budget]:
    """Spending stated without a programme name ("내년 예산 7000억원을 투입"); repeats merge into one record."""
    out: dict[tuple, Budget] = {}
    for m in v.article.money:
        if tuple(m.span) in used:
            continue
        c0, c1 = v.clause_span(m.span[0])
        if not _PUBLIC_MONEY.search(v.body[c0:c1]) or re.search(r"\(\s*$", v.body[c0 : m.span[0]]):
            continue
        periods = sorted((p for p in v.article.periods if c0 <= p.span[0] < c1 and not re.fullmatch(r"\d{1,2}일", p.text)),
                         key=lambda p: abs(p.span[0] - m.span[0]))
        period = periods[0] if periods else None
        key = (m.value, m.qualifier, (period.start, period.end) if period else None)
        s0, s1 = v.sentence_span(m.span[0])
        agency, aspans = _agency(v, m.span[0], s0, s1, None, gov)
        if key in out:  # the same spending stated again (deck, then body): one record, more support
            out[key].spans.append(tuple(m.span))
            if out[key].agency is None and agency:
                out[key].agency = agency
                out[key].spans += aspans
            continue
        purpose, pspan = _purpose(v, c0, c1, [])
        spans = [tuple(m.span)] + ([tuple(period.span)] if period else []) + aspans + ([pspan] if pspan else [])
        out[key] = Budget(programme=None, amount=m, period=period, agency=agency, purpose=purpose,
                          sentence=v.sentence_of(m.span[0]), spans=spans)
    return list(out.values())


# ---------------------------------------------------------------- checks


def _show(value: float, unit: str) -> str:
    if unit == "KRW":
        return _fmt(value) + "원"
    if unit in ("%", "%p"):
        return f"{value:g}{unit}"
    return _fmt(value) + unit


def _q(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return "‘" + (text if len(text) <= limit else text[: limit - 1] + "…") + "’"


_DIGIT_FINAL = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False, "6": True, "7": True, "8": True, "9": False}


def _j(text: str, pair: str) -> str:
    """`text` with the particle that fits its last sound: _j("‘4년’", "와과") -> "‘4년’과"."""
    core = text.rstrip("’”'\") ")
    last = core[-1] if core else ""
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28
        rieul = final == 8
    elif last.isdigit():
        final, rieul = _DIGIT_FINAL[last], last in "178"
    else:
        final, rieul = False, False
    if pair == "로":
        return text + ("로" if not final or rieul else "으로")
    return text + (pair[1] if final else pair[0])


def _mention(v: View, text: str, span) -> Mention:
    return Mention(text=text, span=tuple(span), sentence=v.sentence_of(span[0]))


def _contains(iv: tuple[float, float], x: float) -> bool:
    return iv[0] - 1e-9 * max(1.0, abs(x)) <= x <= iv[1] + 1e-9 * max(1.0, abs(x))


def _linked(v: View, f: Q, d: Q) -> bool:
    """Does delta `d` speak about the change `f`? Same sentence or paragraph, same noun, or
    its paragraph restates one side of `f`."""
    if d.record is not None and d.record is f.record:
        return True
    if d.record is not None and (getattr(d.record, "after", None) is not None or getattr(d.record, "before", None) is not None):
        return False
    if v.paragraph_of(f.span[0]) == v.paragraph_of(d.span[0]):
        return True
    if _same_thing(_nouns(v, f), _nouns(v, d)):
        return True
    p = v.paragraph_of(d.span[0])
    sides = [s[0] for s in f.sides.values()]
    for q in v.figures:
        if q is d or q is f or v.paragraph_of(q.span[0]) != p or _norm_unit(q.unit) != f.unit:
            continue
        if q.kind in ("count", "money", "after") and any(_contains(q.iv, x) for x in sides):
            return True
    return False


def _change_arithmetic(v: View) -> list[Check]:
    out = []
    fulls = [q for q in v.figures if q.kind == "change"]
    deltas = [q for q in v.figures if q.kind == "delta"]
    explained: set[int] = set()
    for f in fulls:
        related = [d for d in deltas if d.unit == f.unit and f.unit not in ("%",) and _linked(v, f, d)]
        if not related:
            continue
        (b, _, b_text, _), (a, _, a_text, _) = f.sides["before"], f.sides["after"]
        bad = [d for d in related if not _overlap(f.iv, d.iv)]
        explained.update(id(d) for d in related)
        items = [_mention(v, f.text, f.span)] + [_mention(v, d.text, d.span) for d in related]
        said = "·".join(_q(d.text) for d in related)
        diff = _show(a - b, f.unit)
        if bad:
            msg = f"{b_text}→{a_text}의 차이는 {diff}인데 {_j('·'.join(_q(d.text) for d in bad), '는은')} {_j(_show(bad[0].value, f.unit), '로')} 맞지 않습니다"
        else:
            msg = f"{b_text}→{a_text}의 차이 {_j(diff, '가이')} {_j(said, '와과')} 맞습니다"
        out.append(Check(rule="change_arithmetic", status="inconsistent" if bad else "consistent", message=msg, items=items))
    out += _change_triples(v, [d for d in deltas if id(d) not in explained], fulls)
    return out


_BEFORE_CUE = re.compile(r"당시|기존|종전|이전|지난해|전년|작년|처음|출범 때|까지만 해도|에서\s")


def _change_triples(v: View, deltas: list[Q], fulls: list[Q]) -> list[Check]:
    """before (stated as a state) + delta = after, all in one paragraph, when no full change covers them."""
    out = []
    for a in (q for q in v.figures if q.kind == "after"):
        if any(_contains(f.sides["after"][1], a.value) for f in fulls):
            continue
        p = v.paragraph_of(a.span[0])
        ds = [d for d in deltas if d.unit == a.unit and v.paragraph_of(d.span[0]) == p and d.span[0] < a.span[1]]
        if not ds:
            continue
        befores = [
            q for q in v.figures
            if q.kind in ("count", "money") and _norm_unit(q.unit) == a.unit and v.paragraph_of(q.span[0]) == p
            and q.span[1] <= a.span[0] and not any(q.span[0] < d.span[1] and d.span[0] < q.span[1] for d in ds)
            and _BEFORE_CUE.search(v.body[v.clause_span(q.span[0])[0] : q.span[1] + 6])
        ]
        if not befores:
            continue
        b = befores[-1]
        expected = _sub(a.iv, b.iv)
        bad = [d for d in ds if not _overlap(expected, d.iv)]
        items = [_mention(v, b.text, b.span)] + [_mention(v, d.text, d.span) for d in ds] + [_mention(v, a.text, a.span)]
        if bad:
            msg = f"{_q(b.text)}에서 {_q(a.text)}까지는 {_show(a.value - b.value, a.unit)} 차이인데 {_j(_q(bad[0].text), '와과')} 맞지 않습니다"
        else:
            msg = f"{_q(b.text)}에 {_j('·'.join(_q(d.text) for d in ds), '를을')} 더하면 {_j(_q(a.text), '와과')} 맞습니다"
        out.append(Check(rule="change_arithmetic", status="inconsistent" if bad else "consistent", message=msg, items=items))
    return out


_PCT_CHANGE = re.compile(
    rf"(?P<pct>{_NUM})\s?(?P<u>%p|%|퍼센트포인트|퍼센트)\s?(?:\((?P<paren>[^()]{{1,40}})\))?\s?(?:가량|정도|이상|나)?\s?"
    rf"(?:[가-힣]{{1,3}}\s)?(?P<verb>{_UP}|{_DOWN})"
)


def _before_after(v: View, s0: int, s1: int, family: str, exclude: tuple[int, int] | None, at: int):
    for c in v.article.changes:
        if s0 <= c.span[0] < s1 and c.before is not None and c.after is not None and (
            (family == "money") == (_norm_unit(c.unit) == "KRW")
        ):
            f = next(q for q in v.figures if q.record is c and q.kind == "change")
            return f.sides["before"], f.sides["after"]
    kinds = {"money": ("money",), "count": ("count",), "percent": ("percent",)}[family]
    qs = [q for q in v.figures if q.kind in kinds and s0 <= q.span[0] < s1
          and not (exclude and exclude[0] <= q.span[0] < exclude[1]) and not (q.span[0] <= at < q.span[1])]
    for i, x in enumerate(qs):
        tail = v.body[x.span[1] : x.span[1] + 8]
        if re.match(r"\s?(?:에서|→|->|⇒|~)", tail) and i + 1 < len(qs):
            y = qs[i + 1]
            return (x.value, x.iv, x.text, x.span), (y.value, y.iv, y.text, y.span)
        if re.match(r"\s?(?:\)\s?)?(?:대비|보다|에 비해|에 비해서)", tail):
            others = [y for y in qs if y is not x]
            if len(others) == 1:
                y = others[0]
                return (x.value, x.iv, x.text, x.span), (y.value, y.iv, y.text, y.span)
    return None


def _percent_change(v: View) -> list[Check]:
    out = []
    for m in _PCT_CHANGE.finditer(v.body):
        s0, s1 = v.sentence_span(m.start())
        pct = float(m.group("pct").replace(",", ""))
        point = m.group("u") in ("%p", "퍼센트포인트")
        sign = -1 if re.match(_DOWN, m.group("verb")) else 1
        paren = (m.start("paren"), m.end("paren")) if m.group("paren") else None
        delta = next((q for q in v.figures if paren and q.kind in ("money", "count") and paren[0] <= q.span[0] < paren[1]), None)
        family = "percent" if point else ("money" if delta is None or delta.kind == "money" else "count")
        found = _before_after(v, s0, s1, family, paren, m.start())
        if found is None and family == "money" and delta is None:
            found = _before_after(v, s0, s1, "count", paren, m.start())
        if found is None:
            continue
        (b, b_iv, b_text, b_span), (a, a_iv, a_text, a_span) = found
        if point:
            computed = _sub(a_iv, b_iv)
        elif b_iv[0] <= 0:
            continue
        else:
            corners = [(y - x) / x * 100 for x in b_iv for y in a_iv if x > 0 and abs(x) != INF and abs(y) != INF]
            if not corners:
                continue
            computed = (min(corners), max(corners))
        stated = interval(sign * pct, "exact", m.group("pct"))
        ok = _overlap(computed, stated)
        items = [_mention(v, b_text, b_span), _mention(v, a_text, a_span), _mention(v, m.group(0), (m.start(), m.end()))]
        calc = (a - b) if point else (a - b) / b * 100
        word = "늘어" if calc >= 0 else "줄어"
        if delta is not None:
            items.append(_mention(v, delta.text, delta.span))
            ok_delta = _overlap(_sub(a_iv, b_iv), delta.iv if sign > 0 else _neg(delta.iv))
        else:
            ok_delta = True
        unit = "%p" if point else "%"
        if ok and ok_delta:
            msg = f"{_j(b_text + '→' + a_text, '는은')} {abs(calc):.2f}{unit} {word} {_j(_q(m.group(0)), '와과')} 맞습니다"
        elif not ok:
            msg = f"{_j(b_text + '→' + a_text, '는은')} {abs(calc):.2f}{unit} {word}든 것인데 기사는 {pct:g}{unit}라고 적었습니다"
        else:
            msg = f"{b_text}→{a_text}의 차이는 {_show(abs(a - b), 'KRW' if family == 'money' else '')}인데 괄호 안 금액은 {delta.text}입니다"
        out.append(Check(rule="percent_change", status="consistent" if ok and ok_delta else "inconsistent", message=msg, items=items))
    return out


def _family(q: Q) -> str:
    unit = _norm_unit(q.unit)
    return "money" if unit == "KRW" else "percent" if unit in ("%", "%p") else "count"


def _repeated_figure(v: View, budgets: list[Budget]) -> list[Check]:
    programme = {tuple(b.amount.span): b.programme for b in budgets if b.amount}
    lead = v.lead_end()
    skip = [q.span for q in v.figures if q.kind in ("delta", "duration")]
    pct_parens = [(m.start("paren"), m.end("paren")) for m in _PCT_CHANGE.finditer(v.body) if m.group("paren")]
    members = []  # (q-like, role, nouns, key)
    for q in v.figures:
        if q.kind in ("money", "count", "percent"):
            if any(a <= q.span[0] < b for a, b in skip + pct_parens) or _covered(v, *q.span, ("change",)):
                continue
            if q.kind == "count" and q.unit in ("일", "년", "개월", "주", "대") and not getattr(q.record, "noun", None):
                continue
            before = bool(_BEFORE_CUE.search(v.body[v.clause_span(q.span[0])[0] : q.span[1] + 6]))
            members.append((q, "before" if before else "", _nouns(v, q), (_family(q), _norm_unit(q.unit), _anchor(v, q), programme.get(q.span))))
        elif q.kind in ("change", "after"):
            sides = q.sides.items() if q.kind == "change" else [("after", (q.value, q.iv, q.text, q.span))]
            nouns = _nouns(v, q)
            for role, (value, iv, text, span) in sides:
                side = Q("count", text, span, value, q.unit, iv, q.record, role)
                members.append((side, role, nouns | _nouns(v, side), (_family(q), q.unit, _anchor(v, q), None)))
    groups: list[list] = []
    for m in members:
        if not m[2]:
            continue
        for g in groups:
            if any(o[3] == m[3] and _same_thing(o[2], m[2]) for o in g):
                g.append(m)
                break
        else:
            groups.append([m])
    out = []
    for g in groups:
        # the deck (and headline lines) against the body: every figure the lead states about a thing
        # must be restated by the body; two body figures about "the same" noun are too often
        # different things (quarters, regions, scenarios) to be flagged
        leads = [o for o in g if o[0].span[0] < lead]
        body = [o for o in g if o[0].span[0] >= lead]
        if not leads or not body:
            continue
        bad = [o for o in leads if not any(_overlap(o[0].iv, b[0].iv) for b in body)]
        counts: dict[str, int] = {}
        for o in g:
            for w in o[2]:
                counts[w] = counts.get(w, 0) + 1
        noun = max(sorted(counts), key=lambda w: (counts[w], -len(w)))
        lead_text = ", ".join(_q(o[0].text, 16) for o in leads)
        body_text = ", ".join(_q(o[0].text, 16) for o in body)
        if bad:
            msg = f"제목 아래 요약의 ‘{noun}’ 수치 {lead_text} 중 {_j(', '.join(_q(o[0].text, 16) for o in bad), '가이')} 본문({body_text})에 없습니다"
        else:
            msg = f"제목 아래 요약의 ‘{noun}’ 수치 {_j(lead_text, '가이')} 본문({body_text})과 맞습니다"
        items = [_mention(v, o[0].text, o[0].span) for o in sorted(g, key=lambda o: o[0].span)]
        out.append(Check(rule="repeated_figure", status="inconsistent" if bad else "consistent", message=msg, items=items))
    return out


def _bounds(start: str, end: str) -> tuple[date, date] | None:
    try:
        s = date.fromisoformat((start + "-01-01")[:10]) if len(start) < 10 else date.fromisoformat(start)
        parts = end.split("-")
        if len(parts) == 1:
            e = date(int(parts[0]), 12, 31)
        elif len(parts) == 2:
            y, mo = int(parts[0]), int(parts[1])
            e = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
        else:
            e = date.fromisoformat(end)
    except ValueError:
        return None
    return s, e


_PER_UNIT = {"년": 365.2425, "개월": 30.436875, "주": 7.0, "일": 1.0}


def _periods_near(v: View, q: Q, before_chars: int = 40) -> list:
    s0, _ = v.sentence_span(q.span[0])
    out = [p for p in v.article.periods if s0 <= p.span[0] and q.span[0] - before_chars <= p.span[1] <= q.span[0]]
    return sorted(out, key=lambda p: p.span[1])


def _range_duration(v: View) -> list[Check]:
    out = []
    for q in (q for q in v.figures if q.kind == "duration" and q.unit in _PER_UNIT):
        if re.search(r"(?:이후|후|뒤|[한된난간온]\s?지|째)\s?$", v.body[max(0, q.span[0] - 12) : q.span[0]]):
            continue
        if re.match(r"\s?(?:치|분|째|차|만|전|후|뒤|마다|내|이내|이상)", v.body[q.span[1] : q.span[1] + 3]):
            continue  # "19개월치 급여", "3년 만에", "1년 전": not the length of the range
        near = _periods_near(v, q)
        if not near:
            continue
        last = near[-1]
        start, end = last.start, last.end
        if start is None and len(near) > 1 and near[-2].end is None and near[-2].start:
            start = near[-2].start  # "2026년부터" and "2029년까지" as two records
        if end is None or (start is not None and start == end and last.text.count("년") < 2):
            continue
        used = [p for p in near if p is last or (start == p.start and p.end is None)]
        items = [_mention(v, p.text, p.span) for p in used] + [_mention(v, q.text, q.span)]
        if start is None:
            out.append(Check(rule="range_duration", status="unverifiable", items=items,
                             message=f"{_q(last.text)}의 시작 시점이 없어 {_j(_q(q.text), '를을')} 확인할 수 없습니다"))
            continue
        b = _bounds(start, end)
        if b is None or b[1] < b[0]:
            continue
        length = ((b[1] - b[0]).days + 1) / _PER_UNIT[q.unit]
        slack = 1.0 if q.unit == "일" else 0.3
        ok = _overlap(q.iv, (length - slack, length + slack))
        span_text = f"{start}~{end}"
        msg = (f"{span_text}는 {round(length)}{q.unit}(양끝 포함)으로 {_j(_q(q.text), '와과')} 맞습니다" if ok
               else f"{span_text}는 {round(length)}{q.unit}(양끝 포함)인데 기사는 {_q(q.text)}라고 적었습니다")
        out.append(Check(rule="range_duration", status="consistent" if ok else "inconsistent", message=msg, items=items))
    return out


_ELAPSED_BEFORE = re.compile(r"(?:이후|후|뒤|부터|[한된난간온]\s?지)\s?$")
# "100여일이 지난", "3년째": time counted up to now; "4년 만에" only says when something else happened
_UNTIL_NOW = re.compile(r"\s?(?:여|남짓)?\s?(?:(?:이|가)\s?(?:지난|지났|지나|흘렀|흐른|흘러|넘었|넘은|됐|되었|된)|째)")
_WITHIN = re.compile(r"\s?(?:여|남짓)?\s?만(?:에|이다|인|\s)")


def _elapsed_time(v: View) -> list[Check]:
    """Time since a dated event: checked against the publication date when the article counts it up
    to now; an "N 만에" claim is flagged only when more time is claimed than has passed."""
    out = []
    for q in (q for q in v.figures if q.kind == "duration" and q.unit in _PER_UNIT):
        near = [p for p in _periods_near(v, q, 30) if p.start and (p.end is None or p.end == p.start)]
        if not near:
            continue
        p = near[-1]
        between, after = v.body[p.span[1] : q.span[0]], v.body[q.span[1] : q.span[1] + 8]
        if re.search(r"[,.]", between) or len(between) > 20:
            continue
        until_now = bool(_UNTIL_NOW.match(after))
        within = not until_now and bool(_WITHIN.match(after)) and bool(_ELAPSED_BEFORE.search(between))
        if not (until_now or within):
            continue
        items = [_mention(v, p.text, p.span), _mention(v, q.text, q.span)]
        if v.published is None:
            if until_now:
                out.append(Check(rule="elapsed_time", status="unverifiable", items=items,
                                 message=f"발행일을 몰라 {_q(p.text)}부터 {_j(_q(q.text), '가이')} 지났는지 확인할 수 없습니다"))
            continue
        b = _bounds(p.start, p.start)
        if b is None:
            continue
        elapsed = (v.published - b[0]).days / _PER_UNIT[q.unit]
        if len(p.start) == 10:
            slack = 1.0 if q.unit == "일" else 0.5
            lo, hi = elapsed - slack, elapsed + slack
        else:  # a month or a year: the event happened somewhere inside it
            lo, hi = (v.published - b[1]).days / _PER_UNIT[q.unit] - 0.5, elapsed + 0.5
        days = (v.published - b[0]).days
        got = f"{days}일" if q.unit == "일" else f"약 {elapsed:.1f}{q.unit}"
        if within:
            if q.iv[0] <= hi:
                continue
            msg = f"{p.start}부터 발행일 {v.published.isoformat()}까지 {got}밖에 지나지 않았는데 기사는 {_q(q.text)} 만이라고 적었습니다"
            out.append(Check(rule="elapsed_time", status="inconsistent", message=msg, items=items))
            continue
        ok = _overlap(q.iv, (lo, hi)) and elapsed >= 0
        msg = (f"{p.start}부터 발행일 {v.published.isoformat()}까지 {_j(got, '로')} {_j(_q(q.text), '와과')} 맞습니다" if ok
               else f"{p.start}부터 발행일 {v.published.isoformat()}까지는 {got}인데 기사는 {_q(q.text)}라고 적었습니다")
        out.append(Check(rule="elapsed_time", status="consistent" if ok else "inconsistent", message=msg, items=items))
    return out


_LIST_COUNT = re.compile(r"(?P<etc>\s?등(?:의|이)?\s(?:[가-힣]+\s){0,2}?)?(?P<num>\d+)\s?(?P<unit>개국|개사|개소|가지|개|대|곳|명|건|종|인)(?![가-힣]*(?:월|일|년))")


def _list_items(text: str) -> int:
    if text.count("△") >= 2:
        return text.count("△")
    if "(" in text or ")" in text:
        return 0
    chunks = [c for c in re.split(r",\s?", text) if c.strip()]
    if len(chunks) >= 2:
        return len(chunks) if all(len(c.split()) <= 4 for c in chunks[1:]) else 0
    last = text.split()[-1] if text.split() else ""
    return len(last.split("·")) if "·" in last else 1


def _parts_total(v: View) -> list[Check]:
    out = []
    for m in _LIST_COUNT.finditer(v.body):
        c0, _ = v.clause_span(m.start())
        text = v.body[c0 : m.start()]
        if not text.strip() or re.search(r"\d", text[-3:]) or not (m.group("etc") or re.search(r"[,·]\s?[^\s,·]+\s?$", text)):
            continue
        if re.search(r"(?:여|약|이상|넘는)", v.body[m.start("num") - 3 : m.end() + 3]):
            continue
        n, stated = _list_items(text.strip()), int(m.group("num"))
        if n < 2 or (n < stated and m.group("etc")):
            continue
        if text.count("△") >= 2:
            lstart = c0 + text.index("△")
        else:
            first = re.split(r",\s?", text)[0] if "," in text else text
            if not first.strip():
                continue
            lstart = c0 + len(first.rstrip()) - len(first.rstrip().split()[-1])
            listed = v.body[lstart : m.start()].strip()
            if re.search(r"\d", listed) or (not m.group("etc") and re.search(r"(?:은|는|이|가|을|를|에|의|로|와|과|도)$", listed)):
                continue
        number = (m.start("num"), m.end())
        items = [_mention(v, v.body[lstart : m.start()].strip(), (lstart, lstart + len(v.body[lstart : m.start()].rstrip()))),
                 _mention(v, v.body[number[0] : number[1]], number)]
        ok = n == stated
        msg = (f"나열한 항목 {n}개가 {_j(_q(v.body[number[0]:number[1]]), '와과')} 맞습니다" if ok
               else f"나열한 항목은 {n}개인데 {_q(v.body[number[0]:number[1]])}라고 적었습니다")
        out.append(Check(rule="parts_total", status="consistent" if ok else "inconsistent", message=msg, items=items))
    out += _breakdowns(v)
    return out


def _breakdowns(v: View) -> list[Check]:
    """"총 500억원(국비 300억원, 지방비 200억원)" and "총 …. 이 중 …" against their total."""
    out = []
    qs = [q for q in v.figures if q.kind in ("money", "count")]
    for t in qs:
        s0, s1 = v.sentence_span(t.span[0])
        paren = re.match(r"\s?\(([^()]+)\)", v.body[t.span[1] : s1])
        parts, partial = [], False
        if paren:
            p0, p1 = t.span[1] + paren.start(1), t.span[1] + paren.end(1)
            parts = [q for q in qs if p0 <= q.span[0] < p1 and _family(q) == _family(t)]
            partial = bool(re.search(r"등|포함|중", v.body[p0:p1])) or len(parts) < 2
            has_total = re.search(r"(?:총|모두|전체|합계|합쳐)\s?$", v.body[max(s0, t.span[0] - 4) : t.span[0]])
            if re.search(r"[X×x*÷/=+%]", v.body[p0:p1]) or not (has_total or len(parts) >= 2):
                parts = []  # a formula ("1억원 X 45%") or a restatement, not a breakdown
        if not parts and re.search(r"(?:총|모두|전체|합계|합쳐)\s?$", v.body[max(s0, t.span[0] - 4) : t.span[0]]):
            nxt = re.match(r"[^.]*?(?:다|요)\.\s*(?:이\s?중|이\s?가운데|그\s?중|이 중에서|이 가운데)", v.body[t.span[1] : t.span[1] + 400])
            if nxt:
                n0 = t.span[1] + nxt.end()
                n1 = v.sentence_span(n0)[1]
                parts = [q for q in qs if n0 <= q.span[0] < n1 and _family(q) == _family(t) and _norm_unit(q.unit) == _norm_unit(t.unit)]
                partial = True
        if not parts:
            continue
        total = (sum(q.iv[0] for q in parts), sum(q.iv[1] for q in parts))
        over = total[0] > t.iv[1] + 1e-9 * max(1.0, t.value) or any(q.iv[0] > t.iv[1] for q in parts)
        ok = not over if partial else _overlap(total, t.iv)
        shown = "+".join(q.text for q in parts)
        s = _show(sum(q.value for q in parts), _norm_unit(t.unit))
        if ok:
            msg = f"{shown}={_j(s, '가이')} {'총계' if not partial else '일부로서'} {_j(_q(t.text), '와과')} 맞습니다"
        else:
            msg = f"{shown}={_j(s, '가이')} 총계 {_j(_q(t.text), '를을') + ' 넘습니다' if over else _j(_q(t.text), '와과') + ' 맞지 않습니다'}"
        items = [_mention(v, t.text, t.span)] + [_mention(v, q.text, q.span) for q in parts]
        out.append(Check(rule="parts_total", status="consistent" if ok else "inconsistent", message=msg, items=items))
    return out


def run_checks(article: Article, budgets: list[Budget] | None = None) -> list[Check]:
    """Every rule over one article, in the order of the text; one check per claim."""
    v = _view(article)
    if budgets is None:
        budgets = _budgets(v)
    return _run(v, budgets)


def _run(v: View, budgets: list[Budget]) -> list[Check]:
    found = (_change_arithmetic(v) + _percent_change(v) + _repeated_figure(v, budgets) + _range_duration(v)
             + _elapsed_time(v) + _parts_total(v))
    seen, out = set(), []
    for c in found:
        key = (c.rule, tuple(tuple(m.span) for m in c.items))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return sorted(out, key=lambda c: (min((m.span[0] for m in c.items), default=0), RULES.index(c.rule)))


def annotate(article: Article) -> Article:
    """The article with `budgets` and `checks` filled from its own figures."""
    v = _view(article)
    budgets = _budgets(v)
    return article.model_copy(update={"budgets": budgets, "checks": _run(v, budgets)})
