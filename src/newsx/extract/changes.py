"""Changes: a figure going from one value to another, or moving by a delta.

Shapes, read over the quantities that `numbers.analyse` found (verbs, arrows
and markers come from rules/numbers.toml). A figure between the words is a
quantity, not a word pattern, so "54조 7천억원" is one delta however it is spaced:

- arrows: ``1000개→1300개``, ``(40억원→112억원)``, ``1000→1300개``
- ``A에서 (12월) B로 (N) <verb>``, ``A를 B로 줄이다``      before, after, delta
  (also ``180일에서 90일 이내로``, ``2억원 이하에서 2억 5000만원 이하로 완화``)
  (also a short date between: ``7,450ha에서 2030년까지 1만 2000ha로``, ``34GW에서 2030년 100GW로
  세 배 가까이 늘린다``; durations in years: ``평균 5년에서 3년으로``; ages: ``만 34세 이하에서
  만 39세 이하로`` is a change in 세)
- ``A에서 매년 N씩 <verb> (2030년) B까지 <verb>``             before, after (the step N is neither)
- ``(X는) A1에서 B1로, (Y는) A2에서 B2로 <verb>``            one change per pair: each pair before
  the last shares the verb of the pair after it (``수도권은 3억원에서 4억원으로, 비수도권은 ...``)
- ``A1·A2에서 B1·B2로 <verb>``                              two changes, A1→B1 and A2→B2
  (1,600cc 미만·차량가액 200만원 미만에서 2,000cc 미만·차량가액 500만원 미만으로)
- ``A (기관)을 시작으로 / A였던 ... B (이상) (기관)으로 <verb>`` (same sentence)  before, after, delta
- ``B로 (올해) A보다|대비 (N) <verb>``, ``B로 ... 2022년(A)보다``  before, after, delta
- ``B로 올해 말 A에서 N <verb>``                           before, after, delta
- ``B로 (1년 전보다) N <verb>`` (2.2%로 0.1%p 하락)       after, delta
  (a cause may open the base: ``B로 거래대금 감소 영향에 1년 전보다 N% 줄었다``; 영향에/영향으로/여파로 ...)
- ``A보다 N <verb>`` (지난해 23조원보다 4조원 늘었다)      before, delta
- ``A보다 N 늘어난 B``                                     before, after, delta
  (a bracketed rate may stand after N: ``A보다 N(6.9%) 늘어난 B``; the rate is its own change)
- ``B로 늘어났다/확대``, ``B%까지 높인다``, ``B를 돌파``   after only
- ``(A보다|대비) (2배 이상) 늘어난 B(으로|이다)``          after only (B must close the clause
  as a level: "지난해보다 늘어난 120개사를 선정" names the companies, no change)
- ``N (넘게) 더 걷힐`` (revenue collected beyond the base: 더 걷 only with 더), ``N 더 늘었다``, ``21.4% 증가``, ``19만3천명(0.7%) 증가`` (both figures), ``N 늘어난 M``
- ``N 추가 확보``, ``N을 추가로 확보해``, ``N명이 추가됐다`` delta; a total named next
  in the sentence with 누적, 모두 or 총 is its after (``팹 6기를 추가해 팹을 모두 10기로 늘린다``
  is ``{delta: 6, after: 10}``) (``1만 장을 추가로 확보해 연말까지 누적 3만 5000장``).
  After a bare 추가 the next word must be used as a verb (추가 확보했다, a headline's
  "추가 확보"): "25% 추가 관세를" is a rate, not an addition.
- a signed rate in brackets after a word: ``원유(-11.3%)``, ``반도체(+12.0%)`` delta;
  an unsigned bracketed figure is a share (수도권(60%)) and no change
- items sharing one verb: ``쌀은 18.6%, 사과는 21.0% 상승했다``,
  ``남자가 B1로 N1, 여자가 B2로 N2 각각 늘었다`` - the items must be parallel
  (the words before them close with the same kind of particle) - and bare figures
  listed with commas: ``각각 11.6%, 22.0% 늘었다``.

"A로 N% 늘었다" (수입은 548억 7000만 달러로 4.2% 늘었다) says two things, and
gives two changes: the level reached, ``{after: A, unit: USD}`` (as the seed's
"1300개로 늘어났다"), and the rate, ``{delta: 4.2, unit: "%"}``. One record has
one unit, so they are not merged. When the level is already the after of a
change in the same clause ("300억원 늘어난 3000억원으로 5.8% 증가했다"), it gives no
second, after-only change: that clause makes "300억원 늘어난 3000억원" and
"5.8% 증가했다".

Deltas are signed by the verb (감소/감축/단축/하락 ... are negative; a figure
written with a minus keeps it: "(-3.2%) 감소" is -3.2). The sides the text
states are filled, and the third one when two are stated in the same unit: the
delta of a stated before and after (1000개→1300개: 300), the before of a level
and its delta ("B로 N <verb>", "N 늘어난 M": M - N; "4.8%로 1.1%p 낮아졌다": 5.9).
A stated before and delta with no level ("A보다 N 늘었다") leave the after empty,
and a rate never fills a side in another unit.

`unit` is the counter, a measure (점: 84.6점으로 전년(82.1점)보다 2.5점 올랐다), "%", "%p", a duration unit (9개월에서 4개월로 단축) or
the currency code; money values are in units of the currency, like money
records. A level in % with a delta written in %p (3.8%로 0.1%포인트 올랐고)
is one change in "%p", the unit of what moved.

Claims: the figures of a compact change - two figures joined in one clause
by an arrow, 에서 ... 로 or 보다 (A→B, A에서 B로, B로 A보다, B로 1년 전보다 N,
A보다 N 늘어난 B), and the delta of "N 더 늘었다" - are one figure, the change,
so they are not repeated as counts. A figure in a clause of its own still
states how many there are and stays a count as well: the lone after of "B로
늘어났다", both sides of a loose "A를 시작으로 ... B(이상)으로 확대", an addition
"N을 추가로 확보해" and the total "누적 M" after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Change
from .numbers import Quantity, _alt, analyse, grammar

__all__ = ["extract", "find_changes", "ChangeFound"]


@dataclass
class ChangeFound:
    start: int
    end: int
    before: float | None = None
    after: float | None = None
    delta: float | None = None
    unit: str | None = None


# The words of a comparison base: 보다 (보다는, 보다도), 대비, 에 비해, 과 비교해 / 와 비교하면.
_THAN_WORDS = r"(?:보다(?:는|도)?|대비|에\s?비해|比|[과와]\s?비교해(?:도)?|[과와]\s?비교하면)"


# the time a move took: "한 달 새", "10년 사이", "3년 만에"
_SPAN_TOOK = r"(?:한|두|세|석|네|넉|\d+)\s?(?:달|개월|년|해|주|주일|분기)여?\s?(?:새|사이에?|동안|만에)"


@lru_cache(maxsize=1)
def _patterns():
    g = grammar()
    c = g.rules["changes"]
    inc, dec, reach, neu = (_alt(c[k], spaced=False) for k in ("increase", "decrease", "reach", "neutral"))
    adv = _alt(c["adverbs"])
    verb = rf"(?:(?P<inc>{inc})|(?P<dec>{dec})|(?P<neu>{neu}))[가-힣]*"
    # between a delta and its verb: the closing bracket of "(3.5%) 증가", a bracketed
    # share "19만3천명(0.7%) 증가", a subject particle, 더, 각각
    # ("1,250억원은 전액 삭감됐다": the whole amount, under a topic particle)
    delta_gap = r"\)?(?:\s?\([^()\n]{1,24}\))?(?:\s?(?:이|가|(?:은|는)\s전액))?\s?(?:더\s?)?(?:(?:각각|모두)\s?)?"
    than = rf"\)?\s?{_THAN_WORDS}\s*"
    return {
        # between the items of a paired list: "1,600cc 미만·차량가액 200만원 미만"
        "dot": re.compile(r"\s?·\s?(?:[^\s\d·,]{1,6}\s)?"),
        "arrow": re.compile(rf"\s*{_alt(c['arrows'], spaced=False)}\s*"),
        # A에서 (올해 / 지난해 12월) B: up to two short words or dates may stand between
        "from": re.compile(r"(?:\s?(?:수준|선))?\s*에서,?\s*(?:(?:[^\s\d]{1,4}|\d{4}년(?:까지|말|에는)?|\d{1,2}월(?:까지|말|에는)?|\d{1,2}일)\s+){0,2}"),
        # "17%에서 매년 2%p씩 높여 2030년 25%까지": a step per period stands between A and B
        "step_open": re.compile(r"\s*에서\s*(?:(?:매년|매해|해마다|매달|매월|연간|연평균)\s+)?"),
        "step_close": re.compile(r"씩\s+[가-힣]+\s+(?:(?:[^\s\d]{1,4}|\d{4}년(?:까지|말|에는)?)\s+){0,2}"),
        # "수도권은 A1에서 B1로, 비수도권은 A2에서 B2로 늘어난다": pairs listed before one verb
        # "A1에서 B1으로 D1, (X는) A2에서 B2로 D2 오른다": each pair may carry its own delta
        # (the next item may be named with a period: "1개월 정기권은 5,000원에서 3,000원으로, 1년 정기권은 …")
        "pair_next": re.compile(r"\s?(?:으로|로)(?:\s[\d,.]+[가-힣%]{0,2})?,\s+(?:(?:[^\s\d]{1,8}|\d{1,2}(?:년|개월|회|일|주|시간)[^\s\d]{0,4})\s+){0,2}"),
        # A를 B로 줄이다: the object and the target side by side
        "object": re.compile(r"\s?(?:을|를)\s+"),
        # "B로 <verb>": the 로 closes B's word; adverbs or one figure (5.8%) may stand before the verb
        # "B%까지 높인다": 까지 marks the target as 로 does
        # (the time the move took may stand first: "2만 8,600명으로 10년 새 30.8% 줄었고")
        "to_verb": re.compile(
            rf"\s?(?:으로|로|까지)(?:는|도)?,?\s+(?:{_SPAN_TOOK}\s+)?(?:{adv}\s+)*(?:[\d.,]+[^\s\d]{{0,4}}\s+)?(?:{adv}\s+)*{verb}"
        ),
        # the counted noun may follow the figure in a loose change: "300개 이상 기관으로 확대"
        "noun_to_verb": re.compile(rf"\s[가-힣]{{1,6}}?(?:으로|로|까지)(?:는|도)?,?\s+(?:{adv}\s+)*{verb}"),
        "to": re.compile(r"\s?(?:으로|로)(?:는|도)?,?\s"),
        # other words that close a level before its move: "5,120만t에 그쳐 8.9% 줄었다", "4,210만
        # CGT(1,650척)로 전년보다 18.4% 줄었다" (an aside in brackets before 로)
        "to_other": re.compile(
            r"(?:에\s?(?:그쳐|그치며|그치면서|머물러|머물며|달해|달하며|이르러)|\s(?:걷혀|걷히며|걷히면서)"
            r"|\s?\([^()\n]{1,20}\)\s?(?:으로|로)(?:는|도)?,?)\s"
        ),
        # ("482곳… 1년 새 92곳 늘어": or the time the move took)
        "to_pause": re.compile(rf"\s?[…,]\s?(?=[^\s\d(),…]{{1,6}}(?:\s[^\s\d(),…]{{1,4}})?(?:보다|\s?대비|\()|{_SPAN_TOOK}\s)"),
        "to_passive": re.compile(r"(?:이|가)\s[가-힣]{1,4}(?:돼|되어|됐고|되며|되면서)\s"),
        "to_times": re.compile(r"\s?(?:으로|로)\s(?:두|세|네|다섯|열|\d+(?:\.\d+)?)\s?배(?:\s?(?:이상|가까이|넘게))?(?=[ \t]*(?:$|…|,|·))", re.M),
        # "B로 1년 전보다 N 늘어": the comparison base named in words, then the delta
        "than_base": re.compile(rf"(?:(?:[^\s\d]+|\d+(?:년|개월|주일|주|달))\s+){{0,2}}?(?:\d{{4}}년|\d+(?:개월|주일|주)\s?전)?[^\s\d]*{than}"),
        # "B로 올해 말 A에서 N 증가": the base in words before A
        # "B로 선정 전인 2022년(A)보다": the base may be a year with A in brackets
        # "84.6점으로 지난해 9월(82.1점)보다": or a month
        "base_words": re.compile(r"(?:(?:[^\s\d]{1,6}|\d{4}년|\d{1,2}월|\d{1,2}(?:년|개월|주일))\s+){0,3}(?:(?:[^\s\d()]{1,6}|\d{4}년|\d{1,2}월)\()?"),
        "than": re.compile(than),
        # "B로 한 달 새 N 늘었다": the time the delta took, instead of a comparison base
        "span": re.compile(rf"(?:{_SPAN_TOOK}|(?:올해|올|이달|이번\s?달|연초|상반기)\s?들어(?:서)?(?:만|도)?)\s+"),
        "event_units": frozenset(c.get("event_units", ())),
        # "B로 전년 동기 대비 N", "B로 6월 말보다 N", "B로 1년 전보다 N": the base of the comparison,
        # in words; no word closing a verb in between ("B로 제시해 경쟁 지역보다" is another clause)
        # a cause may stand first: "9,870억원으로 거래대금 감소 영향에 1년 전보다 5.6% 줄었다"
        "level_base": re.compile(
            rf"(?:(?:[^\s\d,.]{{1,8}}\s+){{0,4}}?(?:{_alt(c['causes'], spaced=False)})\s+)?"
            rf"(?:(?:지난해|올해|작년|[^\s\d]{{0,5}}[^\s\d해고며서]|\d{{1,4}}년|\d{{1,2}}월|\d{{1,2}}(?:개월|주일))\s+){{0,3}}?(?:\d{{1,4}}년\s?|\d{{1,2}}월\s?)?[^\s\d]*{than}"
        ),
        "from_delta": re.compile(r"\s?에서\s*"),
        "than_subject": re.compile(r"(?:[가-힣]{1,4}\s)?[가-힣]{1,4}(?:이|가)\s"),
        "times_of": re.compile(
            rf"\)?의\s?(?:(?:[\d.]+|두|세|네|다섯|열)\s?배|\d\s?분의\s?\d|절반)(?:\s?(?:수준|가량|가까이|이상|넘게))?"
            rf"(?:(?:으로|로)?\s+(?:{adv}\s+)*{verb}|에\s(?:그쳤|그친|그치|머물|머문|불과)[가-힣]*|에도?\s못\s미[쳤친치][가-힣]*|(?:이다|였다|에 불과하다))"
        ),
        "passed": re.compile(r"\)?\s?(?:를|을)\s+(?:[\d.,]+%\s?(?:이상|넘게|가량|안팎)?\s+)?(?:웃돌|웃도|넘어|넘었|넘는|넘긴|상회|밑돌|밑도|하회)[가-힣]*"),
        "loose_from": re.compile(r"에서\s(?=[^\d\s])"),
        "loose_from_window": 60,
        "than_verb": re.compile(rf"\)?보다\s*(?:{adv}\s+)*(?:[\d.,]*[가-힣%]+\s+)?(?:{adv}\s+)*{verb}"),
        "reach": re.compile(rf"\s?(?:을|를|이|가)?\s?(?:{reach})[가-힣]*"),
        # "3조 9,100억원을 늘렸다", "4조 3,200억원을 깎고": the object of the verb is the amount moved
        "object_delta": re.compile(
            rf"\s?(?:을|를)\s(?:(?P<inc>{_alt(c['object_increase'], spaced=False)})|(?P<dec>{_alt(c['object_decrease'], spaced=False)}))[가-힣]*"
        ),
        "delta": re.compile(rf"{delta_gap}{verb}"),
        # "30개 기관을 시작으로": one noun word may stand between the figure and the marker
        "start_marker": re.compile(rf"(?:\s[가-힣]{{1,6}}?)?\s?{_alt(c['start_markers'])}"),
        # "지난해보다 2배 이상 늘어난 54만 명": the level reached, after a comparison and an adnominal verb
        "grown_level": re.compile(
            rf"(?:보다|대비)\s+(?:(?:{adv}|[\d.]+\s?배|[가-힣]{{1,2}}\s?배|이상|남짓|정도)\s+)*"
            rf"(?:{inc}|{dec})[가-힣]*(?:난|한|된|린|든|진|른|운)\s$"
        ),
        "level_close": re.compile(r"(?:으로|로|이다|였다|이었다|에\s?달|에\s?이르)"),
        "grown_to": re.compile(r"[가-힣]*(?:난|한|된|린|인|든|진|른|운|많은|높은|적은|낮은)\s$"),
        "verb": re.compile(verb),
        # "1만 장 추가 확보", "1만 장을 추가로 확보해", "3명이 추가됐다": an addition; the verb after
        # 추가로 may be any, after a bare 추가 it must be a verbal noun used as a verb (추가 확보했다,
        # a headline's "추가 확보") - "25% 추가 관세를" is a tariff rate, not an addition
        "added": re.compile(
            rf"(?:\s?(?:을|를|이|가))?\s(?:추가(?:로|적으로)\s+(?:(?P<dec>{dec})(?!보|주)|[가-힣])"
            rf"|추가(?:[하했해한할된됐되돼]|\s(?:(?P<dec2>{dec})[가-힣]*|[가-힣]{{2}}(?:[하했해한할된됐되돼]|\s*(?:$|[…,.]))))"
            # "15명 더 채용해 40명으로 늘릴": 더 before a verbal noun used as a verb
            rf"|더\s[가-힣]{{2,4}}(?:해|하고|하며|하여|한다|했다|할|하기로)(?=\s|$|[,.]))",
            re.M,
        ),
        # "... 연말까지 누적 3만 5000장": the level an addition brings the total to
        # "팹 6기를 추가해 팹을 모두 10기로 늘린다": 모두 or 총 names the total as well
        "cumulative": re.compile(r"[^.?!\n]{0,30}?(?:누적|모두|총)\s"),
        "window": c["loose_window"],
    }


def _sign(m: re.Match) -> int:
    return -1 if m.group("dec") else 1


def _signed(sign: int, value: float) -> float:
    """A delta signed by its verb, unless the figure carries its own minus: "(-3.2%) 감소" is -3.2."""
    return value if value < 0 else sign * value


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and "\uac00" <= text[pos] <= "\ud7a3":
        pos += 1
    return pos


def _family(q: Quantity) -> tuple:
    """Figures that may stand on the two sides of one change: same kind and unit; % with %p."""
    return ("percent",) if q.kind == "percent" else (q.kind, q.unit)


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.kind == "bare" and b.kind == "bare":
        return False
    if a.kind == "duration" or b.kind == "duration":  # 9개월에서 4개월로 단축
        return a.kind == b.kind and a.unit == b.unit
    return a.kind == "bare" or b.kind == "bare" or (a.kind == b.kind and a.unit == b.unit)


def _pair_values(a: Quantity, b: Quantity) -> tuple[float, float, str | None]:
    """Values of two endpoints, a bare one taking the other's unit and scale (40→112억원)."""
    va, vb = a.value, b.value
    if a.kind == "bare" and a.scale is None and b.scale:
        va *= b.scale
    if b.kind == "bare" and b.scale is None and a.scale:
        vb *= a.scale
    unit = a.change_unit or b.change_unit
    return va, vb, unit


def _grown_start(text: str, pos: int) -> int:
    """Start of the verb word before pos ("늘어난 54만 명" starts at 늘어난)."""
    s = pos
    while s > 0 and text[s - 1] == " ":
        s -= 1
    while s > 0 and "\uac00" <= text[s - 1] <= "\ud7a3":
        s -= 1
    return s


def _delta(before: float, after: float) -> float:
    d = after - before
    return float(round(d, 6)) if d != int(d) else float(int(d))


# A state compared (많다, 높은) is a change only against an earlier time of the same thing:
# "지난해보다 300명 많은", "1년 전보다", "전년 동기 대비", "2022년(A)보다", "당초 계획보다";
# "사망자보다 2만 명 많아" compares two things at one time and is no change. A verb of
# action against another thing still is one ("경쟁 지역보다 20% 낮췄다": the price was cut).
_STATIVE = re.compile(r"(?:많|적)[가-힣]*|(?:높|낮)(?:다|은|고|으며|지만|았|었)|비싸[가-힣]*|비쌌[가-힣]*|비싼|싸[다고며]|쌌")
_TIME_BASE = re.compile(
    r"지난|작년|전년|전월|전주|전기|전\s?분기|직전|동기|동월|같은\s?(?:기간|달|분기|때)|당초|종전|기존|예년|평년"
    r"|이전|당시|올해|올|연초|연말|상반기|하반기|분기|\d+\s?(?:년|월|일)|전$|\)$|초$|말$|때$"
)
_COMPARED = re.compile(rf"(?:^|\s)((?:[^\s]+\s){{0,2}}[^\s]*?)\)?\s?{_THAN_WORDS}\s*$")


def _against_other_thing(text: str, pos: int, verb: re.Match) -> bool:
    """Is `verb` a state (많아, 높은) after a comparison with no time in its base ("사망자보다 ")
    that ends right before pos?"""
    at = verb.start("inc") if verb.group("inc") else verb.start("dec") if verb.group("dec") else -1
    if at < 0 or not _STATIVE.match(text, at):
        return False
    m = _COMPARED.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    base = m.group(1).strip()
    if text[m.end(1) : m.end(1) + 1] == ")":
        base += ")"
    return not _TIME_BASE.search(base)


# between a level and its bracketed time base: one noun and an ellipsis or comma
_LEVEL_THEN_BASE = re.compile(r"\s?[가-힣]{1,6}\s?[…,]\s?(?:지난해|작년|전년|지난달|전월|\d{4}년)(?:\s?[가-힣]{1,4})?\(")
# a base named by its time alone ("지난해(139만 명)를 넘어섰다"); "지난해 연간 영업이익(2조 9천억원)을
# 넘어섰다" compares another measure
_TIME_ONLY_BASE = re.compile(
    r"(?:(?:지난해|작년|전년|올해|지난달|전월|\d{4}년|\d{1,2}월|같은 기간|동기|상반기|하반기|\d분기|말|초)\s?)+\("
)
_RATE_GAP = re.compile(r"\s(?:연|월|연간|연평균|하루)\s")
# "5명이 인하에 찬성했고": the figure is the subject, the change word a noun another verb governs
_AGENT = re.compile(r"^\)?(?:\s?\([^()]*\))?\s?(?:이|가)\s.*(?:에|의|을|를)(?:는|도|서)?$")


def _agent(m: re.Match) -> bool:
    return bool(_AGENT.match(m.group(0)))


def _level_and_delta(level: Quantity, delta: Quantity, sign: int, start: int, end: int) -> ChangeFound:
    """B with its change N: "2.2%로 0.1%p 하락" is after 2.2, delta -0.1 and before 2.3, in the unit
    the delta is written in. The before is computed (after - delta), as the delta of "A→B" is,
    when B and N measure the same thing (the same unit, or a level in % moved by %p); a rate
    of a level in another unit (B원으로 4% 늘었다) leaves it empty. The checks tell a computed
    side from a written one by the change's own text."""
    d = _signed(sign, delta.value)
    lu, du = level.change_unit, delta.change_unit
    before = None
    if du == lu or (lu == "%" and du == "%p"):
        before = _delta(d, level.value)  # level - delta, rounded like any computed side
    return ChangeFound(start, end, before, level.value, d, du or lu)


def find_changes(text: str, qs: list[Quantity], ctx=None) -> tuple[list[ChangeFound], set[int]]:
    """Changes among the quantities, and the ids of quantities that are compact endpoints."""
    p = _patterns()
    out: list[ChangeFound] = []
    claimed: set[int] = set()
    used: set[int] = set()  # quantities already a side or the delta of a change
    firsts: list[int] = []  # per change in `out`: index of its first quantity (for lists)
    n = len(qs)
    at = {q.start: j for j, q in enumerate(qs)}

    def sent_end(pos: int) -> int:
        if ctx is not None and ctx.sentences:
            i = ctx.sentence_of(pos)
            if i >= 0:
                return ctx.sentences[i][1]
        nl = text.find("\n", pos)
        return len(text) if nl < 0 else nl

    def quantity_at(pos: int, like: Quantity) -> Quantity | None:
        j = at.get(pos)
        if j is None or id(qs[j]) in used or _family(qs[j]) != _family(like):
            return None
        return qs[j]

    def grown_to(j: int, d: Quantity, end: int) -> Quantity | None:
        """The level right after "N 늘어난": "300억원 늘어난 3000억원"."""
        # a bracketed rate may stand between: "3조 3420억원(6.9%) 늘어난 51조 3420억원"
        # a rate word may stand before it: "0.048%포인트 내린 연 2.184%" (a level in %, moved by %p)
        b = next((r for r in qs[j + 1 :] if r.start >= end), None)
        if b is None or id(b) in used or b.kind != d.kind:
            return None
        if b.unit != d.unit and not (d.change_unit == "%p" and b.change_unit == "%"):
            return None
        gap = text[end : b.start]
        if gap not in ("", " ") and not _RATE_GAP.fullmatch(gap):
            return None
        return b if p["grown_to"].search(text, d.end, end + (gap[:1] == " ")) else None

    def cumulative(j: int, d: Quantity, ch: ChangeFound) -> None:
        """An addition followed in its sentence by the total it makes: "N을 추가로 확보해 연말까지 누적 M"."""
        b = qs[j + 1] if j + 1 < n else None
        if b is None or id(b) in used or _family(b) != _family(d) or b.start >= sent_end(d.start):
            return
        if p["cumulative"].fullmatch(text, ch.end, b.start):
            ch.after, ch.end = b.value, b.end
            used.add(id(b))  # the total stays a count: it states how many there are
        elif b.start - ch.end <= 2 and (m := p["to_verb"].match(text, b.end)) and m.group("inc"):
            ch.after, ch.end = b.value, _word_end(text, m.end())  # "15명 더 채용해 40명으로 늘릴"
            used.add(id(b))

    def add(ch: ChangeFound, first: int, *parts: Quantity, claim: bool = True) -> None:
        out.append(ch)
        firsts.append(first)
        used.update(id(x) for x in parts)
        if claim:
            claimed.update(id(x) for x in parts)

    def verb_after_pair(b: Quantity, k: int):
        """The verb of "A에서 B로 (N) <verb>" after B (qs[k]), over a stated delta."""
        m_to = p["to"].match(text, b.end)
        j = at.get(m_to.end()) if m_to else None  # a stated delta may be written in several words
        m = p["delta"].match(text, qs[j].end) if j is not None and id(qs[j]) not in used else None
        return m or p["to_verb"].match(text, b.end)

    def chained_pair(k: int, pos: int, like: Quantity, depth: int = 0) -> bool:
        """qs[k], at pos, opens a parallel "A에서 B로" of like's family that reaches a verb (maybe over more pairs)."""
        a = qs[k] if k < n else None
        if a is None or a.start != pos or k + 1 >= n or depth > 4:
            return False
        b = qs[k + 1]
        if _family(a) != _family(like) or _family(b) != _family(like) or not p["from"].fullmatch(text, a.end, b.start):
            return False
        if verb_after_pair(b, k + 1):
            return True
        m_next = p["pair_next"].match(text, b.end)
        return bool(m_next) and chained_pair(at.get(m_next.end(), k + 2), m_next.end(), like, depth + 1)

    for i, q in enumerate(qs):
        if id(q) in used:
            continue
        nxt = qs[i + 1] if i + 1 < n else None
        # arrows
        if nxt is not None and _compatible(q, nxt) and p["arrow"].fullmatch(text, q.end, nxt.start):
            b, a, unit = _pair_values(q, nxt)
            add(ChangeFound(q.start, nxt.end, b, a, _delta(b, a), unit or nxt.unit), i, q, nxt)
            continue
        # A1·A2에서 B1·B2로 <verb>: two criteria moved together, each to its own new value
        # ("1,600cc 미만·차량가액 200만원 미만에서 배기량 2,000cc 미만·차량가액 500만원 미만으로 넓힌다")
        if i + 3 < n and p["dot"].fullmatch(text, q.end, qs[i + 1].start) and p["from"].fullmatch(text, qs[i + 1].end, qs[i + 2].start):
            a1, a2, b1, b2 = qs[i : i + 4]
            m = p["to_verb"].match(text, b2.end) if p["dot"].fullmatch(text, b1.end, b2.start) else None
            pairs = ((a1, b1), (a2, b2))
            if m and all(_compatible(a, b) and _family(a) == _family(b) and id(b) not in used for a, b in pairs):
                end = _word_end(text, m.end())
                for k, (a, b) in enumerate(pairs):
                    va, vb, unit = _pair_values(a, b)
                    add(ChangeFound(a.start, end if k else b.end, va, vb, _delta(va, vb), unit or b.unit), i + k, a, b)
                continue
        # A에서 B로 (N) <verb>, A를 B로 <verb>; a date may stand between (5.54%에서 12월 5.46%로)
        k = i + 1
        while k < n and qs[k].kind == "bare" and text[qs[k].end : qs[k].end + 1] in ("년", "월", "일"):
            k += 1
        if k > i + 1 and k < n:
            nxt = qs[k]
        step = None
        if (
            nxt is not None and k + 1 < n and _family(nxt)[0] == _family(q)[0] == _family(qs[k + 1])[0]
            and p["step_open"].fullmatch(text, q.end, nxt.start) and p["step_close"].fullmatch(text, nxt.end, qs[k + 1].start)
        ):  # A에서 매년 N씩 높여 (2030년) B까지 <verb>: the step is neither side
            step, k = nxt, k + 1
            nxt = qs[k]
        if nxt is not None and _compatible(q, nxt) and (
            step is not None or p["from"].fullmatch(text, q.end, nxt.start) or p["object"].fullmatch(text, q.end, nxt.start)
        ):
            m = verb_after_pair(nxt, k)
            if m:
                b, a, unit = _pair_values(q, nxt)
                inner = [r for r in qs[k + 1 :] if r.start < m.end() and _family(r) == _family(nxt)]
                add(ChangeFound(q.start, _word_end(text, m.end()), b, a, _delta(b, a), unit or nxt.unit), i, q, nxt, *inner, *([step] if step else []))
                continue
            # "A1에서 B1로, (X는) A2에서 B2로 <verb>": B1's pair shares the verb of the pair after it
            m_next = p["pair_next"].match(text, nxt.end)
            if m_next and k + 2 < n and chained_pair(at.get(m_next.end(), k + 1), m_next.end(), q):
                b, a, unit = _pair_values(q, nxt)
                add(ChangeFound(q.start, _word_end(text, nxt.end), b, a, _delta(b, a), unit or nxt.unit), i, q, nxt)
                continue
        if q.kind in ("bare", "duration"):
            continue
        # A를 시작으로 / A였던 ... B로 <verb>
        if p["start_marker"].match(text, q.end):
            limit = min(sent_end(q.start), q.end + p["window"])
            for r in qs[i + 1 :]:
                if r.start >= limit:
                    break
                # "1년 전 37.8%였던 친환경차 비중은 5.8%포인트 뛰었다": the move of what it was
                m = p["delta"].match(text, r.end) if r.kind == q.kind and r.change_unit == "%p" and q.change_unit == "%" else None
                if m and not m.group("neu") and id(r) not in used:
                    add(ChangeFound(q.start, _word_end(text, m.end()), q.value, None, _signed(_sign(m), r.value), r.change_unit), i, q, r)
                    break
                if r.kind == q.kind and r.unit == q.unit:
                    m = p["to_verb"].match(text, r.end) or p["noun_to_verb"].match(text, r.end)
                    if m:
                        out.append(ChangeFound(q.start, _word_end(text, m.end()), q.value, r.value, _delta(q.value, r.value), q.change_unit))
                        firsts.append(i)
                        used.update({id(q), id(r)})
                    break
            continue
        # A에서 (물가상승률(2.1%)을 반영해) B로 <verb>: a clause between the two sides
        if p["loose_from"].match(text, q.end):
            limit = min(sent_end(q.start), q.end + p["loose_from_window"])
            r = next((r for r in qs[i + 1 :] if r.start < limit and _family(r) == _family(q)), None)
            m = p["to_verb"].match(text, r.end) if r is not None and id(r) not in used and r.unit == q.unit else None
            if m and not m.group("neu") or m and m.group("neu") and r.value != q.value:
                inner = [x for x in qs[i + 1 :] if r.end <= x.start < m.end() and _family(x) == _family(r)]  # the stated delta
                add(ChangeFound(q.start, _word_end(text, m.end()), q.value, r.value, _delta(q.value, r.value), q.change_unit), i, q, r, *inner)
                continue
        # a headline's "B로 두 배": the level reached, its verb left out
        m = p["to_times"].match(text, q.end)
        if m and q.kind not in ("bare", "duration"):
            add(ChangeFound(q.start, m.end(), after=q.value, unit=q.change_unit), i, q, claim=False)
            continue
        # "B가 배정돼 올해(A)보다 N% 늘었다": a subject and a passive verb instead of B로
        # a deck's "B…전년보다 N 늘어", "B, 연초보다 N 불어나": a pause where B로 would stand
        m_to = (p["to"].match(text, q.end) or p["to_passive"].match(text, q.end) or p["to_pause"].match(text, q.end)
                or p["to_other"].match(text, q.end))
        if m_to and nxt is not None and nxt.start < m_to.end():  # the figure of a bracketed aside is no side
            nxt = next((r for r in qs[i + 1 :] if r.start >= m_to.end()), None)
        if m_to and nxt is not None and nxt.kind == "duration":  # B로 한 달 새 N: the span is no side
            sp = p["span"].match(text, m_to.end())
            later = next((r for r in qs[i + 1 :] if sp and r.start >= sp.end()), None)
            if later is not None and later.start == sp.end():
                nxt = later
        near = m_to and nxt is not None and nxt.start - m_to.end() <= 20 and nxt.start < sent_end(q.start) and id(nxt) not in used
        if near and _family(nxt) == _family(q):
            # B로 ... A보다|대비 (N) <verb>: before, after (and the stated delta)
            m_than = p["than"].match(text, nxt.end)
            if m_than and p["base_words"].fullmatch(text, m_to.end(), nxt.start):
                # the measure that moved may be named first: "보다 적자 폭이 1,460억원 줄었다"
                sub = p["than_subject"].match(text, m_than.end())
                at_n = sub.end() if sub and sub.end() in at else m_than.end()
                n_q = quantity_at(at_n, q)
                # a figure of another kind may stand there too (보다 5.8% 늘었다): it is its own change
                other = qs[at[at_n]] if at_n in at else None
                m = p["delta"].match(text, other.end if other else at_n)
                if m and not m.group("neu"):
                    unit = n_q.change_unit if n_q is not None and q.kind == "percent" else q.change_unit
                    add(ChangeFound(q.start, _word_end(text, m.end()), nxt.value, q.value, _delta(nxt.value, q.value), unit),
                        i, q, nxt, *([n_q] if n_q else []))
                    continue
            # B가 배정돼 올해(A)의 1.5배 수준으로 커진다: a multiple of A
            m_times = p["times_of"].match(text, nxt.end)
            if m_times and _TIME_ONLY_BASE.fullmatch(text, m_to.end(), nxt.start) and not m_times.group("neu"):
                add(ChangeFound(q.start, _word_end(text, m_times.end()), nxt.value, q.value, _delta(nxt.value, q.value), q.change_unit),
                    i, q, nxt)
                continue
            # B로 지난해(A)를 (20% 이상) 웃돌다 / 넘어서다: A the level passed
            m_obj = p["passed"].match(text, nxt.end)
            if m_obj and _TIME_ONLY_BASE.fullmatch(text, m_to.end(), nxt.start) and nxt.value != q.value:
                add(ChangeFound(q.start, _word_end(text, m_obj.end()), nxt.value, q.value, _delta(nxt.value, q.value), q.change_unit),
                    i, q, nxt)
                continue
            # B로 올해 말 A에서 N <verb>
            m_from = p["from_delta"].match(text, nxt.end)
            if m_from and p["base_words"].fullmatch(text, m_to.end(), nxt.start):
                n_q = quantity_at(m_from.end(), q)
                m = p["delta"].match(text, n_q.end) if n_q else None
                if m and not m.group("neu"):
                    add(ChangeFound(q.start, _word_end(text, m.end()), nxt.value, q.value, _delta(nxt.value, q.value), q.change_unit),
                        i, q, nxt, n_q)
                    continue
            # B로 (1년 전보다) N <verb>: after and delta
            base = (
                p["than_base"].fullmatch(text, m_to.end(), nxt.start)
                or p["span"].fullmatch(text, m_to.end(), nxt.start)
                or m_to.end() == nxt.start
            )
            m = p["delta"].match(text, nxt.end) if base else None
            if m and not m.group("neu") and not _against_other_thing(text, nxt.start, m):
                add(_level_and_delta(q, nxt, _sign(m), q.start, _word_end(text, m.end())), i, q, nxt)
                continue
        # B로 (전년 동기 대비 | 6월 말보다) N <verb>: a comparison base in words (maybe with a
        # month) between the level and its delta. A delta in B's family gives after and delta;
        # a rate (B로 전년보다 15.9% 늘었다) is its own change, and B the after-only level reached
        # (or the time the move took: "1.0720달러로 이달 들어서만 1.8% 떨어졌다")
        m_base = (p["level_base"].match(text, m_to.end()) or p["span"].match(text, m_to.end())) if m_to else None
        base_end = m_base.end() if m_base else None
        if base_end is None and m_to is not None and m_to.re is p["to_other"]:
            base_end = m_to.end()  # "5,120만t에 그쳐 8.9% 줄었다": the move right after
        if base_end is not None and base_end < sent_end(q.start):
            n_q = next((r for r in qs[i + 1 :] if r.start >= base_end), None)
            m = p["delta"].match(text, n_q.end) if n_q is not None and n_q.start == base_end and id(n_q) not in used else None
            if m and not m.group("neu") and not _against_other_thing(text, base_end, m):
                end = _word_end(text, m.end())
                if _family(n_q) == _family(q):
                    add(_level_and_delta(q, n_q, _sign(m), q.start, end), i, q, n_q)
                    continue
                if n_q.kind == "percent":
                    add(ChangeFound(q.start, end, after=q.value, unit=q.change_unit), i, q, claim=False)
                    continue
        # "74조 5,000억원으로 전년의 2.3배에 달했다": the level a multiple of an unwritten base makes
        m = _TIMES_BASE.match(text, m_to.end()) if m_to and m_to.re is p["to"] else None
        if m:
            add(ChangeFound(q.start, _word_end(text, m.end()), after=q.value, unit=q.change_unit), i, q, claim=False)
            continue
        # (A보다) 2배 이상 늘어난 B: after only (a figure right before the verb is a delta, read above)
        # B must close the clause as a level ("54만 명으로 집계됐다", "54만 명이다"): "지난해보다 늘어난
        # 120개사를 선정했다" names the companies that grew, not a level reached
        if p["grown_level"].search(text, max(0, q.start - 40), q.start) and p["level_close"].match(text, q.end):
            add(ChangeFound(_grown_start(text, q.start), q.end, after=q.value, unit=q.change_unit), i, q, claim=False)
            continue
        # B로 <verb>: after only ("0.9명 아래로 떨어졌다" crosses a line, it reaches no level; "10조원
        # 아래로 낮춘다" sets a target)
        m = p["to_verb"].match(text, q.end)
        if m and text.endswith(("아래", "밑"), q.start, q.end) and _CROSSED.search(text, m.start(), m.end()):
            m = None
        if m:
            if not m.group("neu"):
                add(ChangeFound(q.start, _word_end(text, m.end()), after=q.value, unit=q.change_unit), i, q, claim=False)
            continue
        m = p["reach"].match(text, q.end)
        if m and not text.startswith((" 것은", " 것이", " 건 "), m.end()):  # "7%를 넘어선 것은 두 번째다": an event counted
            add(ChangeFound(q.start, _word_end(text, m.end()), after=q.value, unit=q.change_unit), i, q, claim=False)
            continue
        # A에서 N <verb>: before and delta ("1년 전 34억 1,000만 달러에서 7억 4,000만 달러(21.7%) 늘었다");
        # the after, when it is written just before, is found by its value (_written_after)
        m_from = p["from_delta"].match(text, q.end)
        n_q = quantity_at(m_from.end(), q) if m_from else None
        m = p["delta"].match(text, n_q.end) if n_q is not None and id(n_q) not in used else None
        if m and not m.group("neu") and not _against_other_thing(text, n_q.start, m):
            add(ChangeFound(q.start, _word_end(text, m.end()), q.value, None, _signed(_sign(m), n_q.value), n_q.change_unit), i, q, n_q)
            continue
        # A보다 N <verb> (B): before and delta, and the level reached when it follows (A보다 N 늘어난 B)
        m_than = p["than"].match(text, q.end)
        if m_than:
            # the time the move took may stand between: "(19곳)과 비교하면 한 달여 만에 68곳 늘었다"
            sp = p["span"].match(text, m_than.end())
            if sp and sp.end() in at:
                m_than = sp
            sub = p["than_subject"].match(text, m_than.end())
            n_q = quantity_at(sub.end(), q) if sub and sub.end() in at else quantity_at(m_than.end(), q)
            m = p["delta"].match(text, n_q.end) if n_q else None
            if m and not m.group("neu"):
                d = _signed(_sign(m), n_q.value)
                ch = ChangeFound(q.start, _word_end(text, m.end()), q.value, None, d, n_q.change_unit)
                b = grown_to(at[n_q.start], n_q, ch.end)
                if b is not None:
                    ch.after, ch.end = b.value, b.end
                elif i and (lv := qs[i - 1]) and id(lv) not in used and _family(lv) == _family(q) and _LEVEL_THEN_BASE.fullmatch(text, lv.end, q.start):
                    b = lv  # "4,000호 공급…지난해(2,500호)보다 1,500호 늘려": the level leads its headline clause
                    ch.after, ch.start = b.value, b.start
                add(ch, i, q, n_q, *([b] if b is not None else []))
                continue
            # A보다 N% 늘어난 B: a rate between two levels of A's kind gives before and after
            rate = qs[at[m_than.end()]] if m_than.end() in at else None
            m = p["delta"].match(text, rate.end) if rate is not None and rate.kind == "percent" and q.kind != "percent" else None
            if m and not m.group("neu"):
                end = _word_end(text, m.end())
                b = next((x for x in qs[i + 1 :] if x.start >= end), None)
                if (b is not None and id(b) not in used and _family(b) == _family(q) and b.start - end <= 1
                        and p["grown_to"].search(text, rate.end, end + 1)):
                    add(ChangeFound(q.start, b.end, q.value, b.value, _delta(q.value, b.value), q.change_unit), i, q, b, claim=True)
                    continue
                # "1,012만 명으로 집계됐다. … 2019년 상반기(843만 명)보다도 20.0% 많다": the level the rate
                # makes of A, written in this or the previous sentence (to the rounding of the rate)
                lv = _level_for_rate(text, qs, q, rate.value * _sign(m))
                if lv is not None:
                    add(ChangeFound(q.start, end, q.value, lv.value, _delta(q.value, lv.value), q.change_unit), i, q, claim=False)
                    continue
        # N 더 늘었다 / 21.4% 증가 / 300억원 늘어난 3000억원
        m = p["delta"].match(text, q.end) if q.unit not in p["event_units"] else None
        if m and not m.group("neu") and not _against_other_thing(text, q.start, m) and not _agent(m):
            delta = _signed(_sign(m), q.value)
            end = _word_end(text, m.end())
            ch = ChangeFound(q.start, end, delta=delta, unit=q.change_unit)
            b = grown_to(i, q, end)
            if b is not None:
                ch.after = b.value
                ch.before = b.value - delta
                ch.end = b.end
                used.add(id(b))  # B is this change's after: "B로 5.8% 증가했다" is not a second one
            else:
                cumulative(i, q, ch)
            add(ch, i, q)
            if b is None and q.kind == "percent":
                # "3.8% 오른 32만 1,500원": the level a rate brings a figure of another kind to
                lv = next((x for x in qs[i + 1 :] if x.start >= end), None)
                if (lv is not None and id(lv) not in used and lv.kind not in ("percent", "bare") and lv.start - end <= 1
                        and p["grown_to"].search(text, q.end, end + 1)):
                    add(ChangeFound(q.start, lv.end, after=lv.value, unit=lv.change_unit), i, lv, claim=False)
            continue
        # "3조 9,100억원을 늘렸다": the amount as the object of the verb
        m = p["object_delta"].match(text, q.end) if q.kind != "percent" else None
        if m:
            add(ChangeFound(q.start, _word_end(text, m.end()), delta=_signed(_sign(m), q.value), unit=q.change_unit), i, q, claim=False)
            continue
        # N 추가 확보 / N을 추가로 확보해 (누적 M): an addition, a figure in a clause of its own
        m = p["added"].match(text, q.end)
        if m and q.kind == "percent" and not (m.group("dec") or m.group("dec2")) and not p["verb"].match(text, m.end() - 1):
            m = None  # "10%를 추가로 할인받는다": a discount rate, not a figure moving
        if m:
            sign = -1 if m.group("dec") or m.group("dec2") else 1
            ch = ChangeFound(q.start, _word_end(text, m.end()), delta=_signed(sign, q.value), unit=q.change_unit)
            cumulative(i, q, ch)
            add(ch, i, q, claim=False)
            continue
    _shared_verbs(text, qs, out, firsts, used, claimed, p)
    _bracketed_rates(text, qs, out, used)
    _bracketed_list_moves(text, qs, out, used, p)
    _each_to(text, qs, out, used, p)
    _listed_levels(text, qs, out, used)
    out.sort(key=lambda c: c.start)  # the helpers above append in their own order
    _written_after(text, qs, out)
    return out, claimed


_TIMES_BASE = re.compile(
    r"(?:[^\s\d]{1,6}\s){0,2}[^\s\d]{1,6}의\s?(?:\d+(?:\.\d+)?|두|세|네|다섯|열)\s?배(?:\s?(?:수준|가량|가까이|이상|넘게))?"
    r"(?:로\s(?:늘|불어|뛰|커)|에\s?달|가\s?됐|가\s?된|이다|였다|를\s?넘)"
)
_CROSSED = re.compile(r"(?:떨어|내려[가간갔왔온]|밀려)[가-힣]*$")
_SENT_BREAK = re.compile(r"(?<=[.?!…])\s|\n")


def _written_before(text: str, qs: list[Quantity], pos: int, target: float, tolerance: float, fits) -> Quantity | None:
    """The figure before `pos`, in its sentence or the one before, for which `fits(q)` holds
    and whose value is `target` within `tolerance` (relative)."""
    breaks = [m.end() for m in _SENT_BREAK.finditer(text, max(0, pos - 400), pos)]
    lo = breaks[-2] if len(breaks) >= 2 else max(0, pos - 400)
    for q in qs:
        if lo <= q.start < pos and q.value_max is None and fits(q) and abs(q.value - target) <= tolerance * abs(target) + 1e-9:
            return q
    return None


def _level_for_rate(text: str, qs: list[Quantity], base: Quantity, rate: float) -> Quantity | None:
    """The figure of `base`'s unit, before it in this or the previous sentence, that `base`
    moved by `rate` percent makes (within half a percent: rates are rounded)."""
    target = base.value * (1 + rate / 100)
    return _written_before(text, qs, base.start, target, 0.005, lambda q: q is not base and _family(q) == _family(base))


def _written_after(text: str, qs: list[Quantity], out: list[ChangeFound]) -> None:
    """A before and a delta with no after, when the level they make is written just before:
    "4,210억원을 투입한다. 지난해 예산(3,580억원)보다 630억원(17.6%) 늘어난 규모다" - the after is
    the figure of the same unit, in this or the previous sentence, that equals before + delta."""
    for ch in out:
        if ch.after is None and ch.before is not None and ch.delta is not None:
            unit = ch.unit
            lv = _written_before(text, qs, ch.start, ch.before + ch.delta, 1e-9, lambda q: q.kind != "bare" and (
                q.change_unit == unit or (unit == "%p" and q.change_unit == "%")))
            if lv is not None:
                ch.after = lv.value


def _bracketed_rates(text, qs, out, used) -> None:
    """A signed rate in brackets right after a word is that item's growth: "원유(-11.3%)와
    가스(-18.4%)", "반도체(+12.0%)". A share in brackets has no sign (수도권(60%)), and a bracketed
    rate before a verb ("(0.7%) 증가했다") is read by the delta shapes first."""
    for q in qs:
        if q.kind != "percent" or id(q) in used or q.qualifier != "exact":
            continue
        s = q.start - 1 if q.start >= 1 and text[q.start - 1] == "+" else q.start
        signed = q.value < 0 or s < q.start
        if not signed or s < 2 or text[s - 1] != "(" or text[s - 2].isspace() or not text.startswith(")", q.end):
            continue
        out.append(ChangeFound(q.start, q.end, delta=q.value, unit=q.unit))
        used.add(id(q))


_EACH = re.compile(r"각각\s?$")
_LIST_GAP = re.compile(r"\),\s[^\d(),.]{1,24}\($")
_LIST_CLOSE = re.compile(r"\)(?:\s?등)?에서\s(?:[가-힣]{1,8}\s)?[가-힣]{1,8}(?:이|가)\s")


def _each_to(text, qs, out, used, p) -> None:
    """"각각 1,050원, 700원으로 조정된다": levels listed after 각각 that one verb brings their items to."""
    for k in range(len(qs) - 1):
        q, r = qs[k], qs[k + 1]
        if id(q) in used or id(r) in used or _family(q) != _family(r) or q.kind in ("bare", "duration"):
            continue
        if not _EACH.search(text, max(0, q.start - 4), q.start) or text[q.end : r.start] not in (", ", ","):
            continue
        m = p["to_verb"].match(text, r.end)
        if m:
            end = _word_end(text, m.end())
            out.append(ChangeFound(q.start, q.end, after=q.value, unit=q.change_unit))
            out.append(ChangeFound(r.start, end, after=r.value, unit=r.change_unit))
            used.update({id(q), id(r)})


_ITEM_BEFORE = re.compile(r"([가-힣]{1,8}?)(을|를)?\s$")
_ITEM_BETWEEN = re.compile(r"(?:·|,\s?)([가-힣]{1,8}?)(을|를)?\s")


def _listed_levels(text, qs, out, used) -> None:
    """"대여소 300곳·자전거 4,500대로 늘려", "대여소를 300곳, 자전거를 4,500대로": items listed with
    their levels before one "로 <verb>"; each level the verb brings its item to. The items are
    parallel: a noun before each figure, with the same particle or none."""
    afters = {c.start: c for c in out if c.after is not None and c.before is None and c.delta is None}
    for k in range(len(qs) - 1):
        q, r = qs[k], qs[k + 1]
        if id(q) in used or r.start not in afters or q.kind in ("bare", "duration", "percent") or r.kind == "percent":
            continue
        between = _ITEM_BETWEEN.fullmatch(text, q.end, r.start)
        before = _ITEM_BEFORE.search(text, max(0, q.start - 12), q.start)
        if between and before and between.group(2) == before.group(2):
            out.append(ChangeFound(q.start, q.end, after=q.value, unit=q.change_unit))
            used.add(id(q))


def _bracketed_list_moves(text, qs, out, used, p) -> None:
    """Items listed with their figure in brackets and one verb after them: "보건업(13만 7천 명),
    정보통신업(5만 5천 명)에서 취업자가 늘었다" - each bracketed figure is that item's move."""
    def opens(q) -> int:  # where the bracket opens: "(13만 명)", "(-7만 8천 명)"
        k = q.start - 1 if q.start > 0 and text[q.start - 1] in "-−+" else q.start
        return k if k > 0 and text[k - 1] == "(" else -1

    bracketed = [q for q in qs if q.kind not in ("percent", "bare", "duration") and id(q) not in used
                 and opens(q) > 0 and text.startswith(")", q.end)]
    i = 0
    while i < len(bracketed):
        run = [bracketed[i]]
        while i + 1 < len(bracketed) and _LIST_GAP.search(text, run[-1].end, opens(bracketed[i + 1])) \
                and _family(bracketed[i + 1]) == _family(run[-1]):
            i += 1
            run.append(bracketed[i])
        i += 1
        close = _LIST_CLOSE.match(text, run[-1].end) if len(run) >= 2 else None
        m = p["verb"].match(text, close.end()) if close else None
        if m is None or m.group("neu"):
            continue
        sign = _sign(m)
        for q in run:
            written = text[q.start - 1] if opens(q) < q.start else ""  # an explicit sign wins
            d = -q.value if written in ("-", "−") else (q.value if written == "+" else _signed(sign, q.value))
            out.append(ChangeFound(q.start, q.end, delta=d, unit=q.change_unit))
            used.add(id(q))


def _lead(text: str, pos: int) -> str | None:
    """The particle that closes the word before a figure, by kind: parallel list items share it."""
    e = pos
    while e > 0 and text[e - 1] == " ":
        e -= 1
    if e > 0 and text[e - 1] == "(":  # a bracketed figure leans on the one before it: 6.6%(1만1000개)
        e -= 1
        while e > 0 and not text[e - 1].isspace():
            e -= 1
        while e > 0 and text[e - 1] == " ":
            e -= 1
    w = text[max(0, e - 2) : e]
    if w.endswith("에서"):
        return "에서"
    if w[-1:] == "로":  # "834만 TEU로 2.9%, 환적 컨테이너는 748만 TEU로 6.1% 각각 증가했다"
        return "to"
    if w[-1:] in ("은", "는", "도"):
        return "topic"
    if w[-1:] in ("이", "가"):
        return "subject"
    return None


def _shared_verbs(text, qs, out, firsts, used, claimed, p) -> None:
    """Figures listed before one verb share it: "쌀은 18.6%, 사과는 21.0% 상승했다",
    "가맹점은 6.6%(1만1000개), 종사자는 8.6%(5만3000명) 늘었다",
    "남자가 1,588만7천명으로 3만9천명, 여자가 1,292만9천명으로 15만4천명 각각 늘었다".

    The earlier item is the nearest free figure of the same family; between the
    two stand a comma and a few words, no change verb and no other figure of
    that family."""
    for k in range(len(out)):
        ch, j = out[k], firsts[k]
        if ch.delta is None or ch.delta == 0:
            continue
        sign = 1 if ch.delta > 0 else -1
        head = qs[j]
        paired = ch.after is not None and p["to"].match(text, head.end) is not None
        while True:
            # counts of different things may share the verb (가맹점 1만1000개, 종사자 5만3000명 늘었다)
            r = next((x for x in range(j - 1, -1, -1) if _family(qs[x])[0] == _family(head)[0]), None)
            if r is None or id(qs[r]) in used:
                break
            prev = qs[r]
            gap = text[prev.end : head.start]
            if len(gap) > 40 or "," not in gap or "\n" in gap or p["verb"].search(gap):
                break
            first = qs[r - 1] if paired and r >= 1 else prev  # the item opens with its level when paired
            lead = _lead(text, first.start)
            # bare figures listed with commas ("각각 11.6%, 22.0% 늘었다") need no particles
            listed = not paired and re.fullmatch(r"\s?,\s?", gap) is not None
            if not listed and (lead is None or lead != _lead(text, head.start)):
                break
            if paired:  # "B1로 N1, ... B2로 N2 각각 늘었다"
                if r < 1 or id(qs[r - 1]) in used or _family(qs[r - 1]) != _family(prev) or p["to"].fullmatch(text, qs[r - 1].end, prev.start) is None:
                    break
                level = qs[r - 1]
                new = _level_and_delta(level, prev, sign, level.start, prev.end)
                used.update({id(level), id(prev)})
                claimed.update({id(level), id(prev)})
                j = r - 1
            else:
                new = ChangeFound(prev.start, prev.end, delta=_signed(sign, prev.value), unit=prev.change_unit)
                used.add(id(prev))
                claimed.add(id(prev))
                j = r
                # a rate after its item's level ("834만 TEU로 2.9%, …"): the level is reached too
                if lead == "to" and r >= 1 and id(qs[r - 1]) not in used and p["to"].fullmatch(text, qs[r - 1].end, prev.start):
                    lv = qs[r - 1]
                    if lv.kind not in ("percent", "bare", "duration"):
                        out.append(ChangeFound(lv.start, prev.end, after=lv.value, unit=lv.change_unit))
                        used.add(id(lv))
            out.append(new)
            head = qs[j]
    out.sort(key=lambda c: c.start)


def extract(doc, ctx) -> list[Change]:
    """Every change in the document (see the module docstring for the shapes)."""
    res = analyse(doc, ctx)
    text = res.index.text
    out = []
    for c in res.changes:
        out.append(
            Change(
                text=text[c.start : c.end],
                span=(c.start, c.end),
                sentence=ctx.sentence_of(c.start),
                before=c.before,
                after=c.after,
                delta=c.delta,
                unit=c.unit,
            )
        )
    return out
