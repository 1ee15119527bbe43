"""Counts (a number of things, with its counter) and durations.

Counters are a table (rules/numbers.toml [counters]). What is not a count:
- ordinals: 제1차, 1차 총회, 1차관, 2호기, 3번째, 3회째 (차, 호, 번 are not
  counters; 제 before and 째 after reject the figure);
- figures inside money (one match covers 1조 2천억원) and rates (1인당);
- the endpoints of a compact change (1000개→1300개, A에서 B로 늘었다,
  300개 더 늘었다): they are the change (see changes.py);
- dates (2026년, 9월 10일, 24일): the periods extractor owns them;
- durations (4년에 걸쳐, 100여일, 5년간, 3개월, 이틀간): `extract_durations`;
- enumerations: "5대 과제", "4대 업종", "3대 무상복지" name a set (which
  tasks), they do not count things, and N대 is also an age decade (20대 남성,
  20대가). So 대, 기, 인, 세대, 종, 회 are counts only when no noun follows
  the counter, and decade 대 only with a noun right before the number
  (차량 10대, 유공자 50인에). 기 counts installations (팹 16기, 원전 4기를) but
  not after a term or cohort word (민선 8기, 사법연수원 29기: rules cohort_nouns);
- 호 written small is a room or an ordinal (202호, 1호 기업) unless a household
  noun stands right before it (시범농가 58호, 임대주택 300호: rules household_nouns);
- ages: 만 34세 이하 is an age limit, a measure of a person, not a number of
  things, so 세 makes an "age" quantity that is no count (changes between two
  ages are changes in 세).

Measures (t, ha, GW, kW, km ...) and 벌, 어가 are in the counter table.

`noun` is the counted thing when the text names it next to the figure: the
noun after the counter (10개 분과, 10개의 모든 분과 -> 분과) or else the bare
noun word before the number (참가기관 1000개 -> 참가기관).
"""

from __future__ import annotations

from ..models import Count, Duration
from .docindex import DocIndex
from .numbers import Quantity, grammar, records

__all__ = ["extract", "extract_durations"]

_DETERMINERS = ("모든", "각", "전", "총", "주요", "새로운", "신규")


def _noun(q: Quantity, idx: DocIndex) -> str | None:
    text = idx.text
    prev = idx.prev_word(q.start)
    before = text[prev[0] : prev[1]].rstrip("·,") if prev and idx.is_noun_word(*prev) else None
    if before and before[0].isdigit():  # another figure (3급 555명), not the counted thing
        before = None
    stop = grammar().rules["counters"]["not_nouns"]["words"]
    if before in stop:
        before = None
    # after: the counter (and its qualifier) closes the word, or is followed by 의;
    # "업체 2곳의 소송": with 의 the noun before is the counted thing
    pos = q.end
    if text.startswith("의", pos):
        if before:
            return before
        pos += 1
    if pos < len(text) and text[pos] in " \t":
        for _ in range(2):
            nxt = idx.next_word(pos)
            if not nxt:
                break
            if text[nxt[0] : nxt[1]] in _DETERMINERS:
                pos = nxt[1]
                continue
            noun = idx.noun_prefix(*nxt)
            if noun and noun not in stop:
                return noun
            break
    return before or None


def extract(doc, ctx) -> list[Count]:
    """Every count in the document, in order (not the endpoints a change has claimed)."""
    return records(doc, ctx, "count", Count, unclaimed=True, extra=lambda q, res: {"noun": _noun(q, res.index)})


def extract_durations(doc, ctx) -> list[Duration]:
    """Every duration (5년간, 4년에 걸쳐, 100여일, 3개월, 이틀간) in the document, in order."""
    return records(doc, ctx, "duration", Duration)
