"""Reports for people: what an article claims and which of its claims agree.

- `print_report(article)`: the terminal view (rich) — budgets as a table, then each check.
- `render_html(article)`: one self-contained HTML page — the body with every figure
  highlighted by kind (legend, normalised value on hover), the budgets, and the
  checks, each linked to the highlighted spans it used.

The page loads nothing and runs nothing: every piece of article text goes through
`html.escape`, there is no script element, and a Content-Security-Policy of
`default-src 'none'` stops scripts even if some markup slipped through.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .models import Article, Budget

__all__ = ["print_report", "render_html", "value_text", "KIND_LABELS", "RULE_LABELS", "STATUS_LABELS"]

KIND_LABELS = {
    "money": "금액",
    "periods": "기간·날짜",
    "counts": "개수",
    "durations": "기간 길이",
    "changes": "변화",
    "percentages": "비율",
    "organisations": "기관",
    "programmes": "사업명",
    "claims": "검증에 쓴 표현",
}
RULE_LABELS = {
    "change_arithmetic": "증감 계산",
    "percent_change": "증감률",
    "repeated_figure": "반복된 수치",
    "range_duration": "기간과 햇수",
    "elapsed_time": "경과 시간",
    "parts_total": "부분과 합계",
}
STATUS_LABELS = {"consistent": "일치", "inconsistent": "불일치", "unverifiable": "확인 불가"}
_STATUS_STYLE = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "yellow"}
_STATUS_MARK = {"consistent": "✔", "inconsistent": "✘", "unverifiable": "?"}


def _num(v: float | None) -> str:
    if v is None:
        return "–"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def value_text(kind: str, item) -> str:
    """The normalised value of one figure, as shown on hover and in tables."""
    if kind == "money":
        out = f"{_num(item.value)} {item.currency}"
        if item.value_max is not None:
            out += f" ~ {_num(item.value_max)}"
        return out + ("" if item.qualifier == "exact" else f" ({item.qualifier})")
    if kind == "periods":
        return _span_of_time(item)
    if kind in ("counts", "durations"):
        noun = getattr(item, "noun", None)
        qual = "" if item.qualifier == "exact" else f" ({item.qualifier})"
        return f"{_num(item.value)} {item.unit}{qual}" + (f" · {noun}" if noun else "")
    if kind == "changes":
        parts = [f"{k} {_num(getattr(item, k))}" for k in ("before", "after", "delta") if getattr(item, k) is not None]
        return ", ".join(parts) + (f" {item.unit}" if item.unit else "")
    if kind == "percentages":
        return f"{_num(item.value)}{item.unit}"
    return ""


def _when(iso: str) -> str:
    """'2026' -> '2026년', '2025-03' -> '2025년 3월', '2025-09-10' -> '2025년 9월 10일'."""
    parts = iso.split("-")
    out = f"{parts[0]}년"
    if len(parts) > 1:
        out += f" {int(parts[1])}월"
    if len(parts) > 2:
        out += f" {int(parts[2])}일"
    return out


def _span_of_time(p) -> str:
    """A period in the words a reader uses: '2026년', '2026~2029년', '~2030년', '2025년 3월~2025년 8월'."""
    if p.start and p.start == p.end:
        return _when(p.start)
    if not p.start:
        return f"~{_when(p.end)}" if p.end else "–"
    if not p.end:
        return f"{_when(p.start)}~"
    if len(p.start) == len(p.end) == 4:
        return f"{p.start}~{p.end}년"
    return f"{_when(p.start)}~{_when(p.end)}"


def _budget_row(b: Budget) -> list[str]:
    """Programme, amount, period, agency, purpose as written; a period also resolved when its
    words are relative or open ("내년 (2026년)", "2030년까지 (~2030년)")."""
    amount = b.amount.text if b.amount else "–"
    period = "–"
    if b.period:
        resolved = _span_of_time(b.period)
        years = re.findall(r"\d{4}", resolved)
        period = b.period.text if years and all(y in b.period.text for y in years) else f"{b.period.text} ({resolved})"
    return [b.programme or "(사업명 없음)", amount, period, b.agency or "–", b.purpose or "–"]


# ---------------------------------------------------------------- terminal


def print_report(article: Article, console=None) -> None:
    """Budgets as a table, then every check with its status, on a rich console."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    console.print(Text(article.title or "(제목 없음)", style="bold"), Text(f"  발행 {article.published or '?'}", style="dim"))
    table = Table(title=f"예산 {len(article.budgets)}건", title_justify="left", show_lines=False)
    for col in ("사업", "금액", "기간", "기관", "목적"):
        table.add_column(col, overflow="fold")
    for b in article.budgets:
        table.add_row(*_budget_row(b))
    console.print(table)
    counts = {s: sum(c.status == s for c in article.checks) for s in STATUS_LABELS}
    summary = Text(f"검증 {len(article.checks)}건: ")
    for s, n in counts.items():
        summary.append(f"{STATUS_LABELS[s]} {n}  ", style=_STATUS_STYLE[s])
    console.print(summary)
    for i, c in enumerate(article.checks, 1):
        line = Text(f"{i:>2}. ")
        line.append(f"{_STATUS_MARK[c.status]} {STATUS_LABELS[c.status]}", style=_STATUS_STYLE[c.status])
        line.append(f"  [{RULE_LABELS.get(c.rule, c.rule)}] ", style="cyan")
        line.append(c.message)
        console.print(line)
        if c.items:
            console.print(Text("      " + " · ".join(f"{m.text} @{m.span[0]}" for m in c.items), style="dim"), overflow="fold")


# ---------------------------------------------------------------- HTML


@dataclass
class _Mark:
    id: str
    kind: str
    start: int
    end: int
    title: str
    status: str = ""  # the worst status of the checks that use this span
    checks: list[int] = field(default_factory=list)


_WORST = {"": 0, "consistent": 1, "unverifiable": 2, "inconsistent": 3}


def _marks(article: Article) -> list[_Mark]:
    marks: list[_Mark] = []
    for kind in ("changes", "money", "periods", "counts", "durations", "percentages"):
        for item in getattr(article, kind):
            marks.append(_Mark(f"fig-{len(marks)}", kind, item.span[0], item.span[1], f"{KIND_LABELS[kind]} · {value_text(kind, item)}"))
    for org in article.organisations:
        for m in org.spans:
            marks.append(_Mark(f"fig-{len(marks)}", "organisations", m.span[0], m.span[1], f"기관 · {org.name} ({org.kind})"))
    for b in article.budgets:
        if b.programme and b.spans:
            s, e = b.spans[0]
            marks.append(_Mark(f"fig-{len(marks)}", "programmes", s, e, f"사업명 · {b.programme}"))
    by_span = {}
    for m in marks:
        by_span.setdefault((m.start, m.end), m)
    for ci, check in enumerate(article.checks, 1):
        for item in check.items:
            s, e = item.span
            if not (0 <= s < e <= len(article.body)):
                continue
            m = by_span.get((s, e))
            if m is None:
                m = _Mark(f"fig-{len(marks)}", "claims", s, e, f"{KIND_LABELS['claims']} · {RULE_LABELS.get(check.rule, check.rule)}")
                marks.append(m)
                by_span[(s, e)] = m
            if ci not in m.checks:
                m.checks.append(ci)
            if _WORST[check.status] > _WORST[m.status]:
                m.status = check.status
    return [m for m in marks if 0 <= m.start < m.end <= len(article.body)]


def _body_html(article: Article, marks: list[_Mark]) -> str:
    """The body cut at every mark boundary and line break; each piece wrapped in the marks
    covering it (outermost first), so overlapping and nested figures all show."""
    body = article.body
    cuts = {0, len(body)}
    for m in marks:
        cuts.update((m.start, m.end))
    for i, ch in enumerate(body):
        if ch == "\n":
            cuts.update((i, i + 1))
    cuts = sorted(cuts)
    first_seen: set[str] = set()
    refs_at: dict[int, list[tuple[int, str]]] = {}
    for m in marks:
        for ci in m.checks:
            refs_at.setdefault(m.end, []).append((ci, m.status))
    out = ["<p>"]
    for a, b in zip(cuts, cuts[1:]):
        piece = body[a:b]
        if piece == "\n":
            out.append("</p>\n<p>")
            continue
        covering = sorted((m for m in marks if m.start <= a and b <= m.end), key=lambda m: (m.start - m.end, m.id))
        opened = []
        for m in covering:
            attrs = [f'class="k-{m.kind}{" chk chk-" + m.status if m.status else ""}"', f'data-fig="{m.id}"', f'data-kind="{m.kind}"',
                     f'title="{html.escape(m.title, quote=True)}"']
            if m.id not in first_seen:
                first_seen.add(m.id)
                attrs.insert(0, f'id="{m.id}"')
            opened.append(f"<mark {' '.join(attrs)}>")
        out.append("".join(opened) + html.escape(piece) + "</mark>" * len(opened))
        seen_here = set()
        for ci, status in sorted(refs_at.get(b, [])):
            if ci in seen_here:
                continue
            seen_here.add(ci)
            out.append(f'<sup class="ref ref-{status}"><a href="#check-{ci}">{ci}</a></sup>')
    out.append("</p>")
    return "".join(out).replace("<p></p>", "")


_CSS = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK KR","Noto Sans KR","NanumGothic","Nanum Gothic","Apple SD Gothic Neo","Malgun Gothic",sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9;line-height:1.75}
header{background:#1f2a44;color:#fff;padding:18px 28px}
header h1{font-size:22px;margin:0 0 4px}
header .meta{color:#c8d0e0;font-size:13px}
.summary{display:flex;gap:10px;margin-top:10px;flex-wrap:wrap}
.chip{border-radius:12px;padding:2px 12px;font-size:13px;font-weight:600}
.chip.consistent{background:#d3f9d8;color:#1b5e20}.chip.inconsistent{background:#ffe3e3;color:#a51111}.chip.unverifiable{background:#fff3bf;color:#7a5b00}
.legend{padding:10px 28px;background:#fff;border-bottom:1px solid #e3e6ea;font-size:13px;position:sticky;top:0;z-index:2}
.legend mark{margin-right:10px;padding:1px 6px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:24px;padding:20px 28px}
article{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:8px 24px;font-size:16px}
article p{margin:12px 0}
aside{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:8px 18px;align-self:start}
h2{font-size:17px;margin:14px 0 8px}
mark{background:none;color:inherit;border-radius:3px;padding:0 1px}
mark.k-money{background:#ffe08a}
mark.k-periods{background:#b9e2ff}
mark.k-counts{background:#c3f0bd}
mark.k-durations{background:#e2d2ff}
mark.k-percentages{background:#ffc9de}
mark.k-changes{background:#fff1e0;border-bottom:3px solid #e8590c}
mark.k-organisations{background:#edf0f3;border-bottom:2px dotted #5c6b80}
mark.k-programmes{background:#e7f5ff;border-bottom:2px solid #1971c2}
mark.k-claims{background:#f1f3f5;border-bottom:2px dashed #868e96}
mark.chk-consistent{box-shadow:0 0 0 1.5px #2f9e44}
mark.chk-inconsistent{box-shadow:0 0 0 2.5px #e03131}
mark.chk-unverifiable{box-shadow:0 0 0 1.5px #f08c00}
mark:target{outline:3px solid #1c7ed6;outline-offset:2px}
sup.ref a{font-size:10px;text-decoration:none;color:#fff;border-radius:7px;padding:0 4px;margin-left:1px}
sup.ref-consistent a{background:#2f9e44}sup.ref-inconsistent a{background:#e03131}sup.ref-unverifiable a{background:#f08c00}
ol.checks{padding-left:0;list-style:none;margin:0}
ol.checks li{border-left:4px solid #adb5bd;padding:6px 10px;margin:8px 0;background:#fafbfc;font-size:14px;line-height:1.55}
ol.checks li.consistent{border-color:#2f9e44}ol.checks li.inconsistent{border-color:#e03131;background:#fff5f5}ol.checks li.unverifiable{border-color:#f08c00}
ol.checks li:target{outline:2px solid #1c7ed6}
.status{font-weight:700;margin-right:6px}.consistent .status{color:#2f9e44}.inconsistent .status{color:#e03131}.unverifiable .status{color:#b26b00}
.rule{color:#5c6b80;font-size:12px;margin-right:6px}
.items{font-size:12px;margin-top:3px}.items a{color:#1c64b4;margin-right:8px}
section.budgets{padding:4px 28px 0}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border:1px solid #e3e6ea;padding:6px 10px;text-align:left;vertical-align:top}
th{background:#f1f3f5}
td a{color:#1c64b4}
.empty{color:#868e96;font-style:italic}
"""


def _link(marks_by_span: dict, span, text: str, title: str = "") -> str:
    m = marks_by_span.get(tuple(span)) if span else None
    label = html.escape(text)
    hover = f' title="{html.escape(title, quote=True)}"' if title else ""
    return f'<a href="#{m.id}"{hover}>{label}</a>' if m else label


def render_html(article: Article) -> str:
    """One self-contained HTML page: highlighted article, budgets and checks (no scripts, no external resources)."""
    e = html.escape
    marks = _marks(article)
    by_span = {}
    for m in marks:
        by_span.setdefault((m.start, m.end), m)
    counts = {s: sum(c.status == s for c in article.checks) for s in STATUS_LABELS}
    kinds_present = [k for k in KIND_LABELS if any(m.kind == k for m in marks)]
    legend = "".join(f'<mark class="k-{k}">{e(KIND_LABELS[k])}</mark>' for k in kinds_present)
    legend += ('<span style="margin-left:14px">검증: </span><mark class="chk chk-consistent">일치</mark>'
               '<mark class="chk chk-inconsistent">불일치</mark><mark class="chk chk-unverifiable">확인 불가</mark>')
    checks_html = []
    for i, c in enumerate(article.checks, 1):
        items = "".join(_link(by_span, m.span, m.text) for m in c.items)
        checks_html.append(
            f'<li id="check-{i}" class="{c.status}"><span class="status">{i}. {_STATUS_MARK[c.status]} {e(STATUS_LABELS[c.status])}</span>'
            f'<span class="rule">{e(RULE_LABELS.get(c.rule, c.rule))}</span><br>{e(c.message)}<div class="items">{items}</div></li>'
        )
    rows = []
    for b in article.budgets:
        cells = _budget_row(b)
        prog_span = b.spans[0] if b.spans and b.programme else None
        cells_html = [
            _link(by_span, prog_span, cells[0]) if prog_span and tuple(prog_span) in by_span else e(cells[0]),
            _link(by_span, b.amount.span, cells[1], f"{_num(b.amount.value)} {b.amount.currency}") if b.amount else e(cells[1]),
            _link(by_span, b.period.span, cells[2]) if b.period else e(cells[2]),
            e(cells[3]),
            e(cells[4]),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells_html) + "</tr>")
    budgets = ("<table><thead><tr><th>사업</th><th>금액</th><th>기간</th><th>기관</th><th>목적</th></tr></thead><tbody>"
               + "".join(rows) + "</tbody></table>") if rows else '<p class="empty">예산 기록이 없습니다.</p>'
    meta = " · ".join(e(x) for x in (f"발행 {article.published}" if article.published else "발행일 모름", article.site or "", article.url or "") if x)
    chips = "".join(f'<span class="chip {s}">{e(STATUS_LABELS[s])} {n}</span>' for s, n in counts.items())
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{e(article.title or "newsx 검증 보고서")}</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>{e(article.title or "(제목 없음)")}</h1><div class="meta">{meta}</div>
<div class="summary"><span class="chip" style="background:#fff;color:#1f2a44">검증 {len(article.checks)}건</span>{chips}</div></header>
<div class="legend">{legend}</div>
<section class="budgets"><h2>예산 {len(article.budgets)}건</h2>{budgets}</section>
<main>
<article>{_body_html(article, marks)}</article>
<aside><h2>검증 결과</h2>{'<ol class="checks">' + "".join(checks_html) + "</ol>" if checks_html else '<p class="empty">검증할 수 있는 주장이 없습니다.</p>'}</aside>
</main>
</body>
</html>
"""
