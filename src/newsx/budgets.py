"""Budget records: a programme, an amount, a period, an agency and a purpose.

`build_budgets(article)` reads one sentence at a time. Programme names are the
quoted ‘…’ names followed by a bracket or a word such as 사업, and unquoted
"… 사업" / "… 프로젝트" compounds. A bracket after a name, "(292억원, 2025~2027년)",
belongs to that name; other amounts and periods of the sentence go to the name
in the nearest clause. The agency is the last government body named before the
programme (or the first in its sentence), and bodies a bracket names as joint
partners join it ("산업통상부·해양수산부"). Spending stated without a programme
("내년 예산 7000억원을 투입") becomes a record without a name, once however often
the article repeats it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .checks.view import CLAUSE_END, View, breakdowns, build_view, is_comparison
from .checks.words import BUDGET_CUE, GENERIC_FIRST, GOV_SUFFIX, PUBLIC_MONEY
from .models import Article, Budget, Period

__all__ = ["build_budgets", "budgets_of"]


_QUOTED = re.compile(r"[‘'“\"「『《]([^‘’'“”\"「」『』《》\n]{2,80}?)[’'”\"」』》]")
_COMPOUND = re.compile(r"((?:[A-Za-z0-9가-힣·\-]+\s){0,5}[A-Za-z0-9가-힣·\-]*?(?:사업|프로젝트))(?=[을를은는이가에의과와도,.\s]|$)")
_SENTENCE_END = re.compile(r"[다요까]\.?$")
_QUOTE_SAID = re.compile(r"\s?(?:라고|라며|고\s|며\s|는\s|란)")
_PAREN_AFTER = re.compile(r"\s?\(([^()]{2,80})\)")
_NAMED = re.compile(r"(?:사업|프로젝트|과제|사업단|프로그램)$")
_NAME_WORD_AFTER = re.compile(r"\s?(?:사업|프로젝트|과제|사업단|계획|프로그램)")
_LEADING_PARTICLE = re.compile(r"(?:은|는|을|를|에|의|로|와|과|고|며|서|해|한|된|할|인|등|이|가|도|에서)$")
_INNER_PARTICLE = re.compile(r"(?:은|는|을|를|에|의|로|고|며|서|해|한|된|할|등|에서|까지|부터)$")


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
        if _SENTENCE_END.search(name) or _QUOTE_SAID.match(rest):
            continue
        paren = _PAREN_AFTER.match(body[m.end() : s1])
        named = _NAMED.search(name)  # "‘자율주행 기술개발 혁신사업’에"
        if not (paren or named or _NAME_WORD_AFTER.match(rest)):
            continue
        pspan = (m.end() + paren.start(1), m.end() + paren.end(1)) if paren else None
        out.append(_Prog(name, (m.start(1), m.start(1) + len(m.group(1).rstrip())), pspan, True))
    # every compound ends in 사업 or 프로젝트; the regex is slow to fail on the many sentences without either
    sentence = body[s0:s1]
    compounds = _COMPOUND.finditer(body, s0, s1) if "사업" in sentence or "프로젝트" in sentence else ()
    for m in compounds:
        words = m.group(1).split()
        while words and _LEADING_PARTICLE.search(words[0]) and len(words) > 1:
            words.pop(0)
        for i in range(len(words) - 1, -1, -1):
            if _INNER_PARTICLE.search(words[i]) and i < len(words) - 1:
                words = words[i + 1 :]
                break
        while len(words) > 1:  # "내년 스마트공장 고도화 사업": 내년 is the budget's period, not part of the name
            first = m.end(1) - len(" ".join(words))
            if not any(p.span[0] <= first < p.span[1] for p in v.article.periods):
                break
            words.pop(0)
        if not words or (len(words) == 1 and words[0] in ("사업", "프로젝트")) or words[0] in GENERIC_FIRST or words[0][0].isdigit():
            continue
        name = " ".join(words)
        start = m.end(1) - len(name)
        if body[start : m.end(1)] != name or any(p.span[0] <= start < p.span[1] + 4 for p in out):
            continue
        out.append(_Prog(name, (start, m.end(1)), None, False))
    return sorted(out, key=lambda p: p.span)


def _clauses(v: View, s0: int, s1: int) -> list[tuple[int, int]]:
    cuts = [s0] + [m.end() for m in CLAUSE_END.finditer(v.body, s0, s1)] + [s1]
    return [(a, b) for a, b in zip(cuts, cuts[1:])]


def _index(spans: list[tuple[int, int]], offset: int) -> int:
    return max(bisect.bisect_right([a for a, _ in spans], offset) - 1, 0)


def _government(v: View) -> list[tuple[int, str, tuple[int, int]]]:
    """(offset, canonical name, span) of every government or public body mention."""
    out = []
    for org in v.article.organisations:
        if org.kind in ("government", "public_institution") or GOV_SUFFIX.search(org.name):
            out += [(m.span[0], org.name, tuple(m.span)) for m in org.spans]
    return sorted(out)


def _in_parens(body: str, offset: int) -> bool:
    line_start = body.rfind("\n", 0, offset) + 1
    before = body[line_start:offset]
    return before.count("(") > before.count(")") and not re.search(r"\(\s?이하\s?$", before)


def _outside_parens(v: View, gov) -> list[tuple[int, str, tuple[int, int]]]:
    """The government mentions not inside a bracket, which alone can be a sentence's subject."""
    return [g for g in gov if not _in_parens(v.body, g[0])]


def _agency(v: View, prog_at: int, s0: int, s1: int, paren, gov, outside) -> tuple[str | None, list]:
    lead = [g for g in outside if g[0] < prog_at]
    in_sentence = [g for g in outside if s0 <= g[0] < s1]
    main = lead[-1] if lead else in_sentence[0] if in_sentence else None
    names, spans = ([main[1]], [main[2]]) if main else ([], [])
    if main:  # "산업통상자원부와 국토교통부는": joint subjects, in the order written
        i = outside.index(main)
        while i > 0 and re.fullmatch(r"\s?(?:와|과|및|,)\s?", v.body[outside[i - 1][2][1] : outside[i][2][0]]):
            i -= 1
            if outside[i][1] not in names:
                names.insert(0, outside[i][1])
                spans.insert(0, outside[i][2])
    if paren:
        for g in gov:
            if paren[0] <= g[0] < paren[1] and g[1] not in names and re.search(r"공동|주관|함께|협력", v.body[paren[0]:paren[1]]):
                names.append(g[1])
                spans.append(g[2])
    return ("·".join(names) or None), spans


_PURPOSE = re.compile(r"((?:[^\s,.‘’“”\"']+\s){0,5}?[^\s,.‘’“”\"']+?(?:하기|기)?\s?위(?:해|하여|한))(?=\s)")


def _purpose(v: View, c0: int, c1: int, exclude: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    if "위" not in v.body[c0:c1]:
        return None, None  # every purpose ends in 위해/위하여/위한; the regex is slow to fail without
    for m in _PURPOSE.finditer(v.body, c0, c1):
        start = m.start(1)
        while True:
            lead = re.match(r"(?:등|및|또|또한|특히|이에|이를|그리고)\s", v.body[start : m.end(1)])
            if not lead:
                break
            start += lead.end()
        for org in v.article.organisations:  # "고용노동부는 청년 고용을 늘리기 위해": the subject is not the purpose
            for o in org.spans:
                subject = re.match(r"(?:\([^()]*\))?\s?(?:은|는|이|가)\s", v.body[o.span[1] : m.end(1)])
                if start <= o.span[0] < m.end(1) and subject:
                    start = max(start, o.span[1] + subject.end())
        if any(a - 2 < m.end(1) and start < b + 2 for a, b in exclude) or re.fullmatch(r"(?:하기\s?)?위(?:해|하여|한)", v.body[start : m.end(1)]):
            continue
        return v.body[start : m.end(1)], (start, m.end(1))
    return None, None


def _period_rank(p: Period) -> tuple:
    closed = p.start is not None and p.end is not None
    return (0 if closed and p.start != p.end else 1 if p.end is not None and p.start is None else 2 if closed else 3,)


def build_budgets(article: Article) -> list[Budget]:
    """One budget per programme that has an amount or a period, plus spending without a named programme."""
    return budgets_of(build_view(article))


def budgets_of(v: View) -> list[Budget]:
    budgets: list[Budget] = []
    used: set[tuple[int, int]] = set()
    gov = _government(v)
    outside = _outside_parens(v, gov)
    money = [m for m in v.article.money]
    periods = [p for p in v.article.periods if not is_comparison(v, p)]  # "전년 대비" is no budget's period
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
            ms = sorted(assigned[i]["money"], key=lambda m: (not BUDGET_CUE.search(v.body[max(s0, m.span[0] - 12) : m.span[1] + 12]), abs(m.span[0] - p.span[0])))
            ps = sorted(assigned[i]["period"], key=lambda q: (_period_rank(q), abs(q.span[0] - p.span[0])))
            amount = ms[0] if ms else None
            period = ps[0] if ps and (p.quoted or amount) else None
            if not amount and not (p.quoted and period and _period_rank(period)[0] == 0):
                continue
            if not amount and not p.quoted:
                continue
            c0, c1 = clauses[pclause[i]]
            agency, aspans = _agency(v, p.span[0], s0, s1, p.paren, gov, outside)
            purpose, pspan = _purpose(v, c0, c1, [p.span])
            spans = [p.span] + [x.span for x in (amount, period) if x] + aspans + ([pspan] if pspan else [])
            if amount:
                used.add(tuple(amount.span))
            budgets.append(Budget(programme=p.name, amount=amount, period=period, agency=agency, purpose=purpose,
                                  sentence=si, spans=[tuple(s) for s in spans]))
    budgets += _unnamed_budgets(v, used, gov, outside)
    return sorted(budgets, key=lambda b: b.spans[0] if b.spans else (0, 0))


def _gov_subject(v: View, at: int, outside) -> bool:
    """Is a government body the subject of the sentence before `at` ("과학기술정보통신부는 … 3조원을 투자한다")?
    `outside` are the government mentions outside brackets."""
    s0, _ = v.sentence_span(at)
    return any(s0 <= g[0] < at
               and re.match(r"(?:\([^()]*\))?\s?(?:은|는|이|가|도)\s", v.body[g[2][1] : at]) for g in outside)


def _unnamed_budgets(v: View, used, gov, outside) -> list[Budget]:
    """Spending stated without a programme name ("내년 예산 7000억원을 투입"); repeats merge into one record."""
    out: dict[tuple, Budget] = {}
    parts = {q.span for _, qs, _ in breakdowns(v) for q in qs}  # the total carries the record
    for m in v.article.money:
        if tuple(m.span) in used or tuple(m.span) in parts:
            continue
        c0, c1 = v.clause_span(m.span[0])
        public = PUBLIC_MONEY.search(v.body[c0:c1]) or (BUDGET_CUE.search(v.body[m.span[1] : c1]) and _gov_subject(v, m.span[0], outside))
        if not public or re.search(r"\(\s*$", v.body[c0 : m.span[0]]):
            continue
        periods = sorted((p for p in v.article.periods
                          if c0 <= p.span[0] < c1 and not re.fullmatch(r"\d{1,2}일", p.text) and not is_comparison(v, p)),
                         key=lambda p: abs(p.span[0] - m.span[0]))
        period = periods[0] if periods else None
        key = (m.value, m.qualifier, (period.start, period.end) if period else None)
        s0, s1 = v.sentence_span(m.span[0])
        agency, aspans = _agency(v, m.span[0], s0, s1, None, gov, outside)
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

