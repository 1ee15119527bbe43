"""Reports: the terminal view, HTML escaping, and the HTML page in a real headless browser."""

import html
import os
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from rich.console import Console

import newsx
from newsx.check import annotate
from newsx.models import Article, Budget, Mention, Money, Organisation, Period
from newsx.report import _budget_row, print_report, render_html

from conftest import FIXTURES, ROOT

SEED = FIXTURES / "seed-000.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
INJECTION = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def _hostile() -> Article:
    body = f"산업부는 내년 예산 7000억원을 투입한다. {INJECTION} & \"따옴표\" 'x'"
    s = body.index("7000억원")
    return annotate(Article(
        title="<b>제목</b><script>alert(1)</script>",
        url="javascript:alert(1)",
        published="2025-12-26",
        body=body,
        money=[Money(text="7000억원", span=(s, s + 6), value=7e11)],
        periods=[Period(text="내년", span=(body.index("내년"), body.index("내년") + 2), start="2026", end="2026")],
        organisations=[Organisation(name="산업통상부<i>", aliases=["산업부"], kind="government",
                                    spans=[Mention(text="산업부", span=(0, 3))])],
    ))


def test_html_escapes_article_text():
    page = render_html(_hostile())
    assert "<script" not in page.lower()
    assert "onerror=" not in page.replace("onerror=&quot;", "")  # only the escaped form survives
    assert html.escape(INJECTION) in page
    assert "&lt;b&gt;제목&lt;/b&gt;" in page
    assert "산업통상부&lt;i&gt;" in page
    assert 'href="javascript' not in page


def test_html_is_self_contained():
    page = render_html(_hostile())
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page


def test_html_marks_every_figure_once_by_id():
    a = _hostile()
    page = render_html(a)
    assert 'data-kind="money"' in page and 'data-kind="periods"' in page and 'data-kind="organisations"' in page
    assert 'title="금액 · 700,000,000,000 KRW"' in page


def test_terminal_report_lists_budgets_then_checks():
    body = "2026년부터 2029년까지 4년에 걸쳐 300억원의 예산을 들여 ‘데이터플랫폼 기술개발’ 사업을 추진한다."
    m, p = body.index("300억원"), body.index("2026년부터 2029년까지")
    article = annotate(Article(
        body=body,
        published="2025-12-26",
        money=[Money(text="300억원", span=(m, m + 5), value=3e10)],
        periods=[Period(text="2026년부터 2029년까지", span=(p, p + 15), start="2026", end="2029")],
    ))
    console = Console(record=True, width=160)
    print_report(article, console=console)
    out = console.export_text()
    assert out.index("데이터플랫폼 기술개발") < out.index("기간과 햇수")
    assert "300억원" in out and "일치" in out and "4년" in out


PERIOD_CELLS = [
    ("내년",                  "2026", "2026", "내년 (2026년)"),
    ("2030년까지",            None,   "2030", "2030년까지"),
    ("2026년부터 2029년까지", "2026", "2029", "2026년부터 2029년까지"),
    ("올해 3월부터 8월까지",  "2025-03", "2025-08", "올해 3월부터 8월까지 (2025년 3월~2025년 8월)"),
    ("2026년부터",            "2026", None,   "2026년부터"),
]


@pytest.mark.parametrize("text, start, end, cell", PERIOD_CELLS)
def test_budget_period_cell_resolves_relative_words_only(text, start, end, cell):
    body = f"산업부는 {text} 예산 300억원을 투입한다."
    p = body.index(text)
    b = Budget(amount=Money(text="300억원", span=(body.index("300억원"), body.index("300억원") + 5), value=3e10),
               period=Period(text=text, span=(p, p + len(text)), start=start, end=end))
    assert _budget_row(b)[1:3] == ["300억원", cell]


def test_html_budgets_come_before_the_article():
    page = render_html(_hostile())
    assert page.index('<section class="budgets">') < page.index("<article>")
    assert 'title="700,000,000,000 KRW"' in page  # the amount's normalised value on hover


# ---------------------------------------------------------------- the real browser


def _browser_or_skip():
    must_run = os.environ.get("CI", "").lower() == "true"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if must_run:
            raise
        pytest.skip("playwright is not installed")
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        if must_run:
            pytest.fail(f"CI=true but {CHROMIUM} is missing: apt-get install -y chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    return sync_playwright


@pytest.mark.browser
def test_seed_report_in_headless_chromium(tmp_path):
    sync_playwright = _browser_or_skip()
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("이어 “내년 병오년이", INJECTION + "\n\n이어 “내년 병오년이", 1)
    article = newsx.extract(text)
    assert INJECTION in article.body, "the injected markup should reach the body as text"
    expected = defaultdict(list)
    for kind in ("money", "periods", "counts", "durations", "changes", "percentages"):
        for item in getattr(article, kind):
            expected[kind].append(item.text)
    for org in article.organisations:
        expected["organisations"] += [m.text for m in org.spans]
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(article), encoding="utf-8")
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            requests = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            page.wait_for_load_state("load")
            assert page.title() == article.title
            assert page.evaluate("typeof window.pwned") == "undefined"
            assert page.evaluate("document.scripts.length") == 0
            assert INJECTION in page.inner_text("article")
            figs = page.evaluate("""() => {
                const out = {};
                for (const m of document.querySelectorAll('mark[data-fig]')) {
                    const id = m.dataset.fig;
                    out[id] = out[id] || {kind: m.dataset.kind, text: ''};
                    out[id].text += m.textContent;
                }
                return Object.values(out);
            }""")
            shown = defaultdict(list)
            for f in figs:
                shown[f["kind"]].append(f["text"])
            for kind, texts in expected.items():
                assert sorted(shown[kind]) == sorted(texts), kind
            assert page.locator("mark[data-fig]").first.get_attribute("title")
            hrefs = page.evaluate("[...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href'))")
            assert hrefs
            missing = page.evaluate("(hs) => hs.filter(h => !document.getElementById(h.slice(1)))", hrefs)
            assert missing == []
            assert page.locator("ol.checks li").count() == len(article.checks)
            assert page.locator("section.budgets tbody tr").count() == len(article.budgets)
            assert all(u.startswith("file:") for u in requests), requests
            page.screenshot(path=str(out / "report.png"), full_page=True)
        finally:
            browser.close()
    assert (out / "report.png").stat().st_size > 10_000
