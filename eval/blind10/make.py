#!/usr/bin/env python3
"""The eval/blind10 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind10/make.py
"""
import pathlib
import sys
import html

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


AGE = lambda t, v: c(t, v, "세", opt=True)

USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)


def mult(text, factor):
    """A multiple or fraction ('두 배', '1.5배', '절반', '3분의 2'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


# ---------------------------------------------------------------------------
# 01 상반기 콘텐츠(게임) 수출, WordPress-like news blog HTML (div.entry-content, time.entry-date), 2026-07-29
# ---------------------------------------------------------------------------
H1_2026 = ("2026-01", "2026-06")
H1_2025 = ("2025-01", "2025-06")
A01 = [
    ("문화체육관광부와 한국콘텐츠진흥원(이하 콘진원)이 28일 발표한 ‘2026년 상반기 콘텐츠산업 동향분석’에 따르면 올해 상반기 국내 콘텐츠 수출액은 78억 4,000만 달러로 1년 전보다 9.3% 늘어 반기 기준 역대 최대를 기록했다. 이 가운데 게임 수출이 52억 1,000만 달러로 전체의 3분의 2를 차지했다.", [
        p("28일", "2026-07-28", "2026-07-28"), p("2026년 상반기", *H1_2026), p("올해 상반기", *H1_2026),
        USD("78억 4,000만 달러", 78 * EOK + 4000 * MAN), *base("1년 전", H1_2025, ("2025", "2025")), pc("9.3%", 9.3),
        ch("78억 4,000만 달러로", after=78 * EOK + 4000 * MAN, unit="USD"), ch("1년 전보다 9.3% 늘어", delta=9.3, unit="%"),
        p("반기 기준", None, None, opt=True), p("반기 기준", *H1_2026, opt=True),
        USD("52억 1,000만 달러", 52 * EOK + 1000 * MAN), *mult("3분의 2", 2 / 3),
    ]),
    ("매출액은 78조 6,000억원으로 지난해 상반기(74조 1,000억원)보다 4조 5,000억원(6.1%) 증가했다. 콘텐츠 산업 종사자 수는 6월 말 기준 65만 2,000명으로 집계됐다.", [
        m("78조 6,000억원", 78 * JO + 6000 * EOK), p("지난해 상반기", *H1_2025), m("74조 1,000억원", 74 * JO + 1000 * EOK),
        m("4조 5,000억원", 4 * JO + 5000 * EOK), pc("6.1%", 6.1),
        ch("78조 6,000억원으로 지난해 상반기(74조 1,000억원)보다 4조 5,000억원(6.1%) 증가했다", before=74 * JO + 1000 * EOK, after=78 * JO + 6000 * EOK, delta=4 * JO + 5000 * EOK, unit="KRW"),
        ch("4조 5,000억원(6.1%) 증가했다", delta=6.1, unit="%", opt=True), ch("4조 5,000억원(6.1%) 증가했다", delta=4 * JO + 5000 * EOK, unit="KRW", opt=True),
        p("6월 말 기준", "2026-06", "2026-06"), p("6월 말 기준", "2026-06-30", "2026-06-30", opt=True), p("6월 말 기준", None, "2026-06", opt=True),
        c("65만 2,000명", 65 * MAN + 2000, "명"),
    ]),
    ("분야별로는 게임 수출이 52억 1,000만 달러로 전체 수출의 66.5%를 차지했다. 웹툰 수출은 2억 3,000만 달러에서 3억 1,000만 달러로 34.8% 늘었고, 음악(K팝) 수출은 7억 2,000만 달러로 지난해 같은 기간보다 1억 1,000만 달러 줄었다.", [
        USD("52억 1,000만 달러", 52 * EOK + 1000 * MAN), pc("66.5%", 66.5),
        USD("2억 3,000만 달러", 2 * EOK + 3000 * MAN), USD("3억 1,000만 달러", 3 * EOK + 1000 * MAN),
        ch("2억 3,000만 달러에서 3억 1,000만 달러로 34.8% 늘었고", before=2 * EOK + 3000 * MAN, after=3 * EOK + 1000 * MAN, unit="USD"),
        pc("34.8%", 34.8), ch("34.8% 늘었고", delta=34.8, unit="%", opt=True),
        USD("7억 2,000만 달러", 7 * EOK + 2000 * MAN), *base("지난해 같은 기간", H1_2025), USD("1억 1,000만 달러", 1 * EOK + 1000 * MAN),
        ch("7억 2,000만 달러로 지난해 같은 기간보다 1억 1,000만 달러 줄었다", after=7 * EOK + 2000 * MAN, delta=-(1 * EOK + 1000 * MAN), unit="USD"),
        ch("1억 1,000만 달러 줄었다", delta=-(1 * EOK + 1000 * MAN), unit="USD", opt=True),
    ]),
    ("중화권 수출 두 배로…판호 발급 늘어", [*mult("두 배", 2)]),
    ("지역별로는 중화권 수출이 16억 8,000만 달러로 1년 전에 비해 두 배 가까이 늘었다. 중국 정부가 올해 1~6월 외산 게임 판호(서비스 허가)를 92건 내주며 지난해 같은 기간(47건)의 두 배 수준으로 늘린 영향이다. 반면 북미 수출은 12억 4,000만 달러로 2.7% 감소했다.", [
        USD("16억 8,000만 달러", 16 * EOK + 8000 * MAN), *base("1년 전", H1_2025, ("2025", "2025")),
        ch("16억 8,000만 달러로", after=16 * EOK + 8000 * MAN, unit="USD"), *mult("두 배", 2),
        p("올해 1~6월", *H1_2026), c("92건", 92, "건", opt=True), *base("지난해 같은 기간", H1_2025), c("47건", 47, "건", opt=True),
        ch("92건 내주며 지난해 같은 기간(47건)의 두 배 수준으로 늘린", before=47, after=92, unit="건"), *mult("두 배", 2),
        USD("12억 4,000만 달러", 12 * EOK + 4000 * MAN), pc("2.7%", 2.7),
        ch("12억 4,000만 달러로", after=12 * EOK + 4000 * MAN, unit="USD"), ch("2.7% 감소했다", delta=-2.7, unit="%"),
    ]),
    ("기업별로는 크래프톤이 상반기 해외 매출 1조 4,200억원을 올려 국내 게임사 가운데 가장 많았고, 넥슨(1조 1,800억원)과 넷마블(8,900억원)이 뒤를 이었다. 엔씨소프트의 해외 매출은 3,100억원으로 지난해 상반기의 절반 수준에 그쳤다.", [
        p("상반기", *H1_2026), m("1조 4,200억원", 1 * JO + 4200 * EOK), m("1조 1,800억원", 1 * JO + 1800 * EOK), m("8,900억원", 8900 * EOK),
        m("3,100억원", 3100 * EOK), ch("3,100억원으로", after=3100 * EOK, unit="KRW"), p("지난해 상반기", *H1_2025), *mult("절반", 0.5),
    ]),
    ("콘진원은 하반기 대형 신작 출시가 몰려 있는 만큼 올해 연간 수출액이 160억 달러를 넘어설 것으로 내다봤다. 지난해 연간 수출액은 148억 달러였다.", [
        p("하반기", "2026-07", "2026-12"), p("올해", "2026", "2026"), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        USD("160억 달러", 160 * EOK, q="at_least"), ch("160억 달러를 넘어설", after=160 * EOK, unit="USD", opt=True),
        p("지난해", "2025", "2025"), p("연간", None, None, opt=True), p("연간", "2025", "2025", opt=True), USD("148억 달러", 148 * EOK),
        ch("160억 달러를 ... 148억 달러", before=148 * EOK, after=160 * EOK, unit="USD", opt=True),
    ]),
    ("콘진원 관계자는 “게임 편중이 여전하다”며 “웹툰·애니메이션 수출 지원 예산을 내년 420억원으로 올해(280억원)보다 50% 늘리고, 해외 비즈니스센터를 현재 10곳에서 2028년까지 15곳으로 확대하겠다”고 말했다.", [
        p("내년", "2027", "2027"), m("420억원", 420 * EOK), p("올해", "2026", "2026"), m("280억원", 280 * EOK), pc("50%", 50),
        ch("내년 420억원으로 올해(280억원)보다 50% 늘리고", before=280 * EOK, after=420 * EOK, unit="KRW"),
        ch("50% 늘리고", delta=50, unit="%", opt=True), ch("420억원으로", after=420 * EOK, unit="KRW", opt=True),
        p("현재", None, None, opt=True), c("10곳", 10, "곳", opt=True), p("2028년까지", None, "2028"), c("15곳", 15, "곳", opt=True),
        ch("현재 10곳에서 2028년까지 15곳으로 확대하겠다", before=10, after=15, unit="곳"),
    ]),
]
ORG01 = [
    o("문화체육관광부", ["문체부"]), o("한국콘텐츠진흥원", ["콘진원"]), o("크래프톤"), o("넥슨"), o("넷마블"), o("엔씨소프트"),
    o("중국 정부", opt=True), o("정부", opt=True),
]


def page01(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    ps[3] = f'<h2 class="wp-block-heading">{esc(paras[3])}</h2>'
    fig = ('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" '
           'src="https://playpost.kr/wp-content/uploads/2026/07/gamescom-busan-1024x576.jpg" alt="" class="wp-image-4818"/>'
           '<figcaption class="wp-element-caption">지난 5월 부산 벡스코에서 열린 게임 전시회에 나흘간 관람객 21만 명이 몰렸다. ⓒ플레이포스트</figcaption></figure>')
    share = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">공유하기:</h3>'
             '<ul><li class="share-facebook">Facebook</li><li class="share-twitter">X</li><li class="share-kakao">카카오톡</li></ul></div></div>')
    rel = ('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>관련</em></h3>'
           '<div class="jp-relatedposts-post"><a href="https://playpost.kr/2026/07/24/nexon-q2/">넥슨, 2분기 영업이익 4,120억원…전년 대비 38% 증가</a>'
           '<span class="jp-relatedposts-post-date">2026년 7월 24일</span></div>'
           '<div class="jp-relatedposts-post"><a href="https://playpost.kr/2026/07/15/webtoon-mau/">웹툰 플랫폼 월 이용자 1,500만 명 돌파</a>'
           '<span class="jp-relatedposts-post-date">2026년 7월 15일</span></div></div>')
    content = "\n\t\t".join(ps[:2] + [fig] + ps[2:] + [share, rel])
    return f"""<!doctype html>
<html lang="ko-KR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} &#8211; 플레이포스트</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="플레이포스트 &raquo; 피드" href="https://playpost.kr/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://playpost.kr/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel="canonical" href="https://playpost.kr/2026/07/29/content-exports-h1/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>

<body class="post-template-default single single-post postid-4821 single-format-standard wp-embed-responsive">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">본문 바로가기</a>
	<header id="masthead" class="site-header">
		<div class="site-branding"><p class="site-title"><a href="https://playpost.kr/" rel="home">플레이포스트</a></p>
			<p class="site-description">게임과 콘텐츠 산업을 읽는 뉴스</p></div>
		<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">메뉴</button>
			<ul id="primary-menu" class="menu"><li>게임</li><li>웹툰</li><li>K팝</li><li>OTT</li><li>정책</li><li>인터뷰</li></ul></nav>
	</header>
	<div id="content" class="site-content">
	<main id="primary" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-industry tag-export">
	<header class="entry-header">
		<span class="cat-links"><a href="https://playpost.kr/category/industry/" rel="category tag">산업</a></span>
		<h1 class="entry-title">{esc(title)}</h1>
		<div class="entry-meta">
			<span class="posted-on">게시됨: <a href="https://playpost.kr/2026/07/29/content-exports-h1/" rel="bookmark"><time class="entry-date published" datetime="2026-07-29T10:30:00+09:00">2026년 7월 29일</time><time class="updated" datetime="2026-07-30T08:12:41+09:00">2026년 7월 30일</time></a></span>
			<span class="byline"> 작성자: <span class="author vcard"><a class="url fn n" href="https://playpost.kr/author/serin/">오세린 기자</a></span></span>
		</div>
	</header>

	<div class="entry-content">
		{content}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		<span class="tags-links">태그: <a href="https://playpost.kr/tag/export/" rel="tag">게임 수출</a>, <a rel="tag">콘진원</a>, <a rel="tag">K콘텐츠</a></span>
	</footer>
</article><!-- #post-4821 -->

	<nav class="navigation post-navigation" aria-label="글">
		<h2 class="screen-reader-text">글 내비게이션</h2>
		<div class="nav-links"><div class="nav-previous"><a href="https://playpost.kr/2026/07/28/krafton-q2/" rel="prev"><span class="meta-nav">이전 글</span> 크래프톤 2분기 매출 8,320억원…배틀그라운드 매출 14% 증가</a></div>
		<div class="nav-next"><a href="https://playpost.kr/2026/07/30/gstar-2026/" rel="next"><span class="meta-nav">다음 글</span> 지스타 2026, 11월 19일 개막…참가사 1,200곳</a></div></div>
	</nav>

<div id="comments" class="comments-area">
	<h2 class="comments-title">&ldquo;{esc(title)}&rdquo;에 대한 2개의 생각</h2>
	<ol class="comment-list">
		<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">게임덕후</b> <time datetime="2026-07-29T12:04:00+09:00">2026년 7월 29일 12:04 pm</time></footer>
			<div class="comment-content"><p>게임이 67%면 사실상 게임 수출 통계네요</p></div></article></li>
		<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">webtoonlover</b> <time datetime="2026-07-30T09:41:00+09:00">2026년 7월 30일 9:41 am</time></footer>
			<div class="comment-content"><p>웹툰 35% 성장 대단하다</p></div></article></li>
	</ol>
	<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">답글 남기기</h3>
		<p class="comment-notes">이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다</p></div>
</div>
	</main><!-- #main -->

<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" class="search-form"><label>검색:</label><input type="search" class="search-field"></form></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">최근 글</h2>
		<ul><li><a>지스타 2026, 11월 19일 개막…참가사 1,200곳</a></li><li><a>모바일 게임 이용자 1인당 월 결제액 3만 2,000원</a></li><li><a>K팝 음반 수출 상반기 1억 4,000만 달러</a></li></ul></section>
	<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">인기 글</h2>
		<ul><li><a>넷마블 신작, 출시 첫 주 매출 300억원</a></li><li><a>게임 이용장애 질병코드 도입 2030년으로 연기</a></li></ul></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">보관함</h2><ul><li>2026년 7월</li><li>2026년 6월</li><li>2026년 5월</li></ul></section>
</aside><!-- #secondary -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="site-info">© 2026 플레이포스트 | 인터넷신문 등록번호 서울 아55012 | 사업자등록번호 220-88-12345 | <a href="https://wordpress.org/">Proudly powered by WordPress</a></div>
	</footer>
</div><!-- #page -->
<script src='https://playpost.kr/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.6' id='sharing-js-js'></script>
</body>
</html>
"""


article(
    name="01_content_exports_wordpress_html", ext="html", published="2026-07-29",
    title="상반기 콘텐츠 수출 78억 달러 역대 최대…게임이 3분의 2",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["본문 바로가기", "게임과 콘텐츠 산업을 읽는 뉴스", "게시됨", "오세린 기자", "부산 벡스코", "관람객 21만 명", "ⓒ플레이포스트", "공유하기",
               "카카오톡", "4,120억원", "38% 증가", "1,500만 명 돌파", "태그:", "이전 글", "8,320억원", "14% 증가", "다음 글", "1,200곳", "2개의 생각",
               "게임이 67%면", "웹툰 35% 성장", "답글 남기기", "최근 글", "3만 2,000원", "1억 4,000만 달러", "인기 글", "300억원", "2030년으로 연기",
               "보관함", "아55012", "220-88-12345", "Proudly powered by WordPress"],
    notes=("A WordPress-like news blog HTML (플레이포스트, invented): article.post > header.entry-header (span.cat-links, h1.entry-title, "
           "div.entry-meta with **time.entry-date.published datetime='2026-07-29T10:30:00+09:00'** and time.updated the next day, byline), "
           "body = the p and **h2.wp-block-heading subhead** of **div.entry-content**, which also holds a figure.wp-block-image with a "
           "figcaption (figure), the Jetpack sharedaddy block and the Jetpack '관련' related-posts block (figures, dates) — furniture; "
           "footer.entry-footer tags, post-navigation (figures), comments (dates, figures), aside#secondary widgets (최근 글, 인기 글, 보관함), "
           "site footer. No og/article meta date. published: time.entry-date.published (not time.updated, not comment times). The subhead "
           "is a body paragraph (no gold figure: '두 배' optional). Conventions: 'A로 1년 전보다 N% 늘어' two gold changes ({after, unit} and "
           "{delta, %}); '78조 6,000억원으로 지난해 상반기(74조 1,000억원)보다 4조 5,000억원(6.1%) 증가' endpoint change with delta (the "
           "bracketed rate's %-change optional); '지난해 상반기' is a named period: gold (not a base word); '1년 전', '지난해 같은 기간' bases "
           "optional; '2026년 상반기' inside the report name gold (blind7); '6월 말 기준' gold 2026-06; multiples and fractions ('두 배', "
           "'3분의 2', '절반') no gold figures (optional percentage / %-change readings), but '92건 … (47건)의 두 배 수준으로 늘린' is a gold "
           "endpoint change and '3,100억원으로 지난해 상반기의 절반 수준에 그쳤다' a gold after-change; a forecast ('160억 달러를 넘어설') "
           "at_least money, its change and the change from last year's level in the next sentence optional; '내년 420억원으로 올해(280억원)보다 "
           "50% 늘리고' a gold planned endpoint change (rate optional); '현재 10곳에서 2028년까지 15곳으로' gold count change (counts "
           "optional). Organisations: 문화체육관광부, 한국콘텐츠진흥원 (이하 콘진원), 크래프톤, 넥슨, 넷마블, 엔씨소프트; 중국 정부 optional."),
)


# ---------------------------------------------------------------------------
# 02 2027년 국방예산 정부안, AMP page (amp-img, div.article-body, amp-timeago in UTC), 2026-09-01
# ---------------------------------------------------------------------------
A02 = [
    ("내년 국방예산 66조 8,500억원…올해보다 6.2% 늘어", [
        p("내년", "2027", "2027"), m("66조 8,500억원", 66 * JO + 8500 * EOK), p("올해", "2026", "2026"), pc("6.2%", 6.2),
        ch("66조 8,500억원", after=66 * JO + 8500 * EOK, unit="KRW"), ch("올해보다 6.2% 늘어", delta=6.2, unit="%"),
    ]),
    ("방위력개선비 20조원 첫 돌파…무인전투체계 예산 1.5배로", [
        m("20조원", 20 * JO, q="at_least"), ch("20조원 첫 돌파", after=20 * JO, unit="KRW", opt=True), *mult("1.5배", 1.5),
    ]),
    ("정부가 내년 국방예산을 66조 8,500억원으로 편성했다. 올해 본예산(62조 9,600억원)보다 3조 8,900억원(6.2%) 늘어난 규모로, 증가율이 6%를 넘은 것은 2019년(8.2%) 이후 8년 만이다.", [
        p("내년", "2027", "2027"), m("66조 8,500억원", 66 * JO + 8500 * EOK), p("올해", "2026", "2026"),
        m("62조 9,600억원", 62 * JO + 9600 * EOK), m("3조 8,900억원", 3 * JO + 8900 * EOK), pc("6.2%", 6.2),
        ch("66조 8,500억원으로 ... 올해 본예산(62조 9,600억원)보다 3조 8,900억원(6.2%) 늘어난", before=62 * JO + 9600 * EOK, after=66 * JO + 8500 * EOK, delta=3 * JO + 8900 * EOK, unit="KRW"),
        ch("올해 본예산(62조 9,600억원)보다 3조 8,900억원(6.2%) 늘어난", before=62 * JO + 9600 * EOK, delta=3 * JO + 8900 * EOK, unit="KRW", opt=True),
        ch("66조 8,500억원으로 편성했다", after=66 * JO + 8500 * EOK, unit="KRW", opt=True), ch("3조 8,900억원(6.2%) 늘어난", delta=6.2, unit="%", opt=True),
        ch("3조 8,900억원(6.2%) 늘어난", delta=3 * JO + 8900 * EOK, unit="KRW", opt=True),
        pc("6%", 6), p("2019년(8.2%) 이후", "2019", None), p("2019년", "2019", "2019", opt=True), pc("8.2%", 8.2),
        p("8년 만", None, None, opt=True), c("8년", 8, "년", opt=True),
    ]),
    ("기획예산처와 국방부는 지난달 31일 이런 내용의 ‘2027년도 국방예산 정부안’을 발표했다. 정부안은 이달 초 국회에 제출되며, 국회 국방위원회와 예산결산특별위원회 심사를 거쳐 12월 2일까지 확정된다.", [
        p("지난달 31일", "2026-08-31", "2026-08-31"), p("2027년도", "2027", "2027", opt=True),
        p("이달 초", "2026-09", "2026-09"), p("이달 초", "2026-09-01", "2026-09-10", opt=True), p("12월 2일까지", None, "2026-12-02"),
    ]),
    ("분야별로는 무기 도입과 개발에 쓰는 방위력개선비가 20조 3,200억원으로 9.4% 늘어 처음으로 20조원을 넘어섰다. 병력 운영과 전력 유지에 드는 전력운영비는 46조 5,300억원으로 4.8% 증가했다. 전체 국방예산 가운데 방위력개선비 비중은 30.4%로 0.9%포인트 높아졌다.", [
        m("20조 3,200억원", 20 * JO + 3200 * EOK), pc("9.4%", 9.4), ch("20조 3,200억원으로", after=20 * JO + 3200 * EOK, unit="KRW"), ch("9.4% 늘어", delta=9.4, unit="%"),
        m("20조원", 20 * JO, q="at_least"), ch("20조원을 넘어섰다", after=20 * JO, unit="KRW", opt=True),
        m("46조 5,300억원", 46 * JO + 5300 * EOK), pc("4.8%", 4.8), ch("46조 5,300억원으로", after=46 * JO + 5300 * EOK, unit="KRW"), ch("4.8% 증가했다", delta=4.8, unit="%"),
        pc("30.4%", 30.4), pc("0.9%포인트", 0.9), ch("30.4%로 0.9%포인트 높아졌다", after=30.4, delta=0.9),
    ]),
    ("주요 사업별로는 북한의 핵·미사일 위협에 대응하는 한국형 3축체계 예산이 8조 1,400억원에서 9조 2,700억원으로 1조 1,300억원 늘었다. 한국형 전투기 KF-21 양산에 1조 2,900억원, 장거리 지대공유도무기(L-SAM) 양산에 4,100억원이 반영됐다. 군 정찰위성 5기를 추가로 확보하는 후속 사업 예산 2,350억원도 새로 편성됐다.", [
        m("8조 1,400억원", 8 * JO + 1400 * EOK), m("9조 2,700억원", 9 * JO + 2700 * EOK), m("1조 1,300억원", 1 * JO + 1300 * EOK),
        ch("8조 1,400억원에서 9조 2,700억원으로 1조 1,300억원 늘었다", before=8 * JO + 1400 * EOK, after=9 * JO + 2700 * EOK, delta=1 * JO + 1300 * EOK, unit="KRW"),
        c("3축", 3, "축", opt=True), m("1조 2,900억원", 1 * JO + 2900 * EOK), m("4,100억원", 4100 * EOK),
        c("5기", 5, "기", opt=True), ch("5기를 추가로 확보", delta=5, unit="기"),
        m("2,350억원", 2350 * EOK), ch("2,350억원도 새로 편성됐다", delta=2350 * EOK, unit="KRW", opt=True),
    ]),
    ("장병 처우도 개선된다. 병장 봉급은 월 150만원에서 165만원으로 오르고, 내일준비지원금을 더하면 병장이 받는 돈은 월 230만원이 된다. 초급간부 당직근무비는 평일 하루 3만원→5만원, 휴일 6만원→10만원으로 인상된다.", [
        m("150만원", 150 * MAN), m("165만원", 165 * MAN), ch("월 150만원에서 165만원으로 오르고", before=150 * MAN, after=165 * MAN, unit="KRW"),
        m("230만원", 230 * MAN), ch("더하면 병장이 받는 돈은 월 230만원", before=165 * MAN, after=230 * MAN, unit="KRW", opt=True),
        ch("월 230만원이 된다", after=230 * MAN, unit="KRW", opt=True),
        p("하루", None, None, opt=True), c("하루", 1, "일", opt=True),
        m("3만원", 3 * MAN), m("5만원", 5 * MAN), ch("3만원→5만원", before=3 * MAN, after=5 * MAN, unit="KRW"),
        m("6만원", 6 * MAN), m("10만원", 10 * MAN), ch("6만원→10만원", before=6 * MAN, after=10 * MAN, unit="KRW"),
    ]),
    ("상비병력은 올해 말 45만 명에서 2030년 42만 명 수준으로 줄어들 전망이다. 국방부는 병력 감소에 대응해 무인전투체계 예산을 1조 500억원으로 올해의 1.5배로 늘리고, 드론작전사령부(이하 드론사) 운영비도 2배 가까이로 확대한다.", [
        p("올해 말", "2026-12", "2026-12"), p("올해 말", "2026-12-31", "2026-12-31", opt=True), c("45만 명", 45 * MAN, "명", opt=True),
        p("2030년", "2030", "2030"), c("42만 명", 42 * MAN, "명", opt=True), c("42만 명", 42 * MAN, "명", q="approx", opt=True),
        ch("올해 말 45만 명에서 2030년 42만 명 수준으로 줄어들", before=45 * MAN, after=42 * MAN, unit="명"),
        m("1조 500억원", 1 * JO + 500 * EOK), ch("1조 500억원으로", after=1 * JO + 500 * EOK, unit="KRW"), p("올해", "2026", "2026"), *mult("1.5배", 1.5),
        *mult("2배", 2),
    ]),
    ("방위사업청(이하 방사청)은 방산 수출 지원 예산을 올해 560억원에서 내년 1,120억원으로 두 배로 늘렸다. 방사청은 올해 방산 수출 수주액이 200억 달러 이상으로 지난해(173억 달러)를 웃돌 것으로 보고 있다.", [
        p("올해", "2026", "2026"), m("560억원", 560 * EOK), p("내년", "2027", "2027"), m("1,120억원", 1120 * EOK),
        ch("올해 560억원에서 내년 1,120억원으로 두 배로 늘렸다", before=560 * EOK, after=1120 * EOK, unit="KRW"), *mult("두 배", 2),
        p("올해", "2026", "2026"), USD("200억 달러 이상", 200 * EOK, q="at_least"), p("지난해", "2025", "2025"), USD("173억 달러", 173 * EOK),
        ch("200억 달러 이상으로 지난해(173억 달러)를 웃돌", before=173 * EOK, after=200 * EOK, unit="USD", opt=True),
    ]),
    ("지난해에는 국회 심사 과정에서 정부안보다 1,200억원이 깎였다. 국방위 관계자는 “방위력개선비 증액분 가운데 집행이 부진했던 사업은 이번에도 삭감 대상이 될 수 있다”고 말했다.", [
        p("지난해", "2025", "2025"), m("1,200억원", 1200 * EOK), ch("정부안보다 1,200억원이 깎였다", delta=-1200 * EOK, unit="KRW"),
    ]),
]
ORG02 = [
    o("기획예산처"), o("국방부"), o("국회"), o("국방위원회", ["국방위"]), o("예산결산특별위원회"), o("방위사업청", ["방사청"]),
    o("드론작전사령부", ["드론사"]), o("정부", opt=True),
]


def page02(paras, title):
    deck = "".join(f"<p>{esc(t)}</p>" for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    img = ('<figure class="article-photo"><amp-img src="https://img.anbo-econ.kr/2026/08/31/defense_budget.jpg" width="640" height="400" layout="responsive" alt="국방부"></amp-img>'
           '<figcaption>서울 용산구 국방부 청사. 국방부는 올해 방위력개선비 집행률이 8월 말 기준 71.3%라고 밝혔다. /안보경제신문 DB</figcaption></figure>')
    ad = ('<div class="ad-box"><amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-5512000000000000" data-ad-slot="3306912"></amp-ad></div>')
    body = "\n    ".join(ps[:3] + [img] + ps[3:5] + [ad] + ps[5:])
    return f"""<!doctype html>
<html ⚡ lang="ko">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-timeago" src="https://cdn.ampproject.org/v0/amp-timeago-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{esc(title)} | 안보경제신문</title>
<link rel="canonical" href="https://www.anbo-econ.kr/news/articleView.html?idxno=77015">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.article-title{{font-size:22px}}.article-sub p{{color:#555}}.byline{{font-size:13px}}</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">
  <ul class="side-menu"><li>전체기사</li><li>국방</li><li>방산</li><li>외교·안보</li><li>북한</li><li>경제</li></ul>
</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="menu-btn">☰</button><a href="https://www.anbo-econ.kr/" class="logo">안보경제신문</a></header>
<main>
 <article class="article">
  <div class="section-name">국방 &gt; 국방정책</div>
  <h1 class="article-title">{esc(title)}</h1>
  <div class="article-sub">{deck}</div>
  <div class="byline"><span class="reporter">유재현 기자</span>
    <span class="date">입력 <amp-timeago width="160" height="20" layout="fixed" datetime="2026-08-31T22:30:00Z" locale="ko">2026.09.01 07:30</amp-timeago></span>
    <span class="date">수정 <amp-timeago width="160" height="20" layout="fixed" datetime="2026-09-01T02:10:00Z" locale="ko">2026.09.01 11:10</amp-timeago></span></div>
  <div class="share"><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share></div>
  <div class="article-body" itemprop="articleBody">
    {body}
  </div>
  <div class="article-copy">유재현 기자 jh.yoo@anbo-econ.kr<br>Copyright ⓒ 안보경제신문 무단전재 및 재배포금지</div>
 </article>
 <section class="related"><h3>관련기사</h3>
  <amp-carousel height="120" layout="fixed-height" type="carousel">
    <div class="item">K방산 수출 상반기 96억 달러…폴란드 비중 41%</div>
    <div class="item">병장 월급 200만원 시대…간부 처우는 제자리</div>
    <div class="item">정찰위성 4호기 발사 성공…2027년까지 5기 체계 완성</div>
  </amp-carousel></section>
 <section class="ranking"><h3>많이 본 뉴스</h3><ol>
    <li>北, 동해상으로 단거리 탄도미사일 2발 발사</li><li>군 간부 지원율 3년 새 30% 급감</li><li>방산 4社 2분기 영업이익 합계 1조 2,400억원</li></ol></section>
</main>
<footer class="amp-footer">안보경제신문 | 서울특별시 용산구 한강대로 92 | 인터넷신문 등록번호 서울 아61203 | 등록일 2019.02.11 | <a href="https://www.anbo-econ.kr/news/articleView.html?idxno=77015">PC버전</a></footer>
</body>
</html>
"""


article(
    name="02_defense_budget_amp_html", ext="html", published="2026-09-01",
    title="내년 국방비 66.9조…방위력개선비 첫 20조 돌파",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["전체기사", "☰", "국방 > 국방정책", "유재현 기자", "수정", "2026-08-31T22:30", "국방부 청사", "71.3%", "/안보경제신문 DB", "ca-pub-",
               "jh.yoo@", "Copyright ⓒ 안보경제신문", "관련기사", "96억 달러", "폴란드 비중 41%", "병장 월급 200만원", "4호기", "많이 본 뉴스",
               "2발 발사", "3년 새 30% 급감", "1조 2,400억원", "한강대로 92", "아61203", "등록일 2019.02.11", "PC버전"],
    notes=("An AMP page (안보경제신문, invented): html ⚡, amp boilerplate, amp-sidebar menu, h1.article-title, **deck as two p in "
           "div.article-sub**, byline with **'입력 <amp-timeago datetime=\"2026-08-31T22:30:00Z\">2026.09.01 07:30</amp-timeago>'** (the "
           "datetime attribute is UTC; in KST it is 2026-09-01 07:30) and a 수정 stamp, amp-social-share, body = p of **div.article-body**, which "
           "also holds a figure with **amp-img** and a figcaption (figure) and an **amp-ad** box (furniture); copyright, 관련기사 amp-carousel, "
           "많이 본 뉴스 (figures), footer (등록일 2019). No meta/JSON-LD date. published: 2026-09-01, the Korean date of the 입력 stamp "
           "(the UTC attribute's calendar day 08-31 is not the publication date). Title not scored; deck lines body. Conventions: deck "
           "'66조 8,500억원…올해보다 6.2% 늘어' two gold changes ({after}, {delta 6.2 %}); body '66조 8,500억원으로 편성했다. 올해 "
           "본예산(62조 9,600억원)보다 3조 8,900억원(6.2%) 늘어난' one gold endpoint change with delta across the two sentences (the "
           "{before, delta} and {after} readings optional, the bracketed rate's %-change optional); bare '올해'/'지난해' used as a base "
           "('올해보다', '지난해(173억 달러)') are gold periods; '2019년(8.2%) 이후' open-ended from 2019 (blind9), '8년 만' optional; '20조원 첫 "
           "돌파' / '20조원을 넘어섰다' at_least money (change optional); '20조 3,200억원으로 9.4% 늘어' two gold changes; '30.4%로 "
           "0.9%포인트 높아졌다' {after, delta} no unit; '3축체계', 'KF-21', 'L-SAM' names (no figures); '정찰위성 5기를 추가로 확보' a gold "
           "delta change in 기 (count optional); '2,350억원도 새로 편성' money gold, delta optional; 'A→B' money changes gold; a sum "
           "('더하면 … 월 230만원') no move (optional); '올해 말 45만 명에서 2030년 42만 명 수준으로' gold count change (counts optional); "
           "'1조 500억원으로 올해의 1.5배로 늘리고' a gold after-change, '1.5배', '2배', '두 배' optional readings only; '올해 560억원에서 "
           "내년 1,120억원으로' gold; a forecast vs last year ('200억 달러 이상으로 지난해(173억 달러)를 웃돌') no gold change; '1,200억원이 "
           "깎였다' a gold delta −1,200억원; '지난달 31일' 2026-08-31; '이달 초' 2026-09; '12월 2일까지' open start; '2027년도' in the plan's "
           "name optional. Organisations: 기획예산처, 국방부, 국회, 국방위원회 (국방위), 예산결산특별위원회, 방위사업청 (이하 방사청), "
           "드론작전사령부 (이하 드론사); 정부 optional. 북한 is a country."),
)


# ---------------------------------------------------------------------------
# 03 진주남강유등축제 결과, table-layout HTML (td.news_content, td.news_date), 2026-10-20
# ---------------------------------------------------------------------------
A03 = [
    ("올해 진주남강유등축제에 지난해보다 24만 명 많은 304만 명의 관람객이 다녀갔다. 2015년 유료화 이후 처음으로 300만 명을 넘어섰다.", [
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"), c("24만 명", 24 * MAN, "명", opt=True), c("304만 명", 304 * MAN, "명", opt=True),
        ch("지난해보다 24만 명 많은 304만 명", after=304 * MAN, delta=24 * MAN, unit="명"), ch("지난해보다 24만 명 많은", delta=24 * MAN, unit="명", opt=True),
        ch("지난해보다 24만 명 많은 304만 명", before=280 * MAN, after=304 * MAN, delta=24 * MAN, unit="명", opt=True),
        p("2015년 유료화 이후", "2015", "2015"), p("2015년 유료화 이후", "2015", None, opt=True),
        c("300만 명", 300 * MAN, "명", q="at_least"), ch("300만 명을 넘어섰다", after=300 * MAN, unit="명", opt=True),
    ]),
    ("진주시와 진주문화관광재단은 20일 이런 내용의 ‘2026 진주남강유등축제 결과 분석’을 발표했다. 지난 1일부터 15일까지 보름간 열린 축제 기간 하루 평균 관람객은 20만 2,700명이었고, 이 가운데 외지인 비율이 68.3%에 달했다.", [
        p("20일", "2026-10-20", "2026-10-20"), p("2026", "2026", "2026", opt=True),
        p("지난 1일부터 15일까지", "2026-10-01", "2026-10-15"), p("지난 1일", "2026-10-01", "2026-10-01", opt=True), p("15일", "2026-10-15", "2026-10-15", opt=True),
        p("보름간", None, None, opt=True), c("보름", 15, "일", opt=True), p("하루", None, None, opt=True),
        c("20만 2,700명", 20 * MAN + 2700, "명"), pc("68.3%", 68.3),
    ]),
    ("외국인 관람객은 지난해 8만 1,000명에서 올해 12만 6,000명으로 55.6% 늘었다. 국가별로는 일본(3만 4,000명), 대만(2만 8,000명), 미국(1만 5,000명) 순이었다.", [
        p("지난해", "2025", "2025"), c("8만 1,000명", 8 * MAN + 1000, "명", opt=True), p("올해", "2026", "2026"), c("12만 6,000명", 12 * MAN + 6000, "명", opt=True),
        ch("지난해 8만 1,000명에서 올해 12만 6,000명으로 55.6% 늘었다", before=8 * MAN + 1000, after=12 * MAN + 6000, unit="명"),
        pc("55.6%", 55.6), ch("55.6% 늘었다", delta=55.6, unit="%", opt=True),
        c("3만 4,000명", 3 * MAN + 4000, "명"), c("2만 8,000명", 2 * MAN + 8000, "명"), c("1만 5,000명", 1 * MAN + 5000, "명"),
    ]),
    ("축제의 지역경제 파급효과는 1,412억원으로 추산됐다. 관람객 1인당 평균 지출액은 5만 8,400원으로 지난해(5만 2,100원)보다 6,300원 늘었고, 숙박 관람객 비율도 14.2%에서 17.9%로 3.7%포인트 높아졌다.", [
        m("1,412억원", 1412 * EOK), c("1인당", 1, "인", opt=True),
        m("5만 8,400원", 5 * MAN + 8400), p("지난해", "2025", "2025"), m("5만 2,100원", 5 * MAN + 2100), m("6,300원", 6300),
        ch("5만 8,400원으로 지난해(5만 2,100원)보다 6,300원 늘었고", before=5 * MAN + 2100, after=5 * MAN + 8400, delta=6300, unit="KRW"),
        pc("14.2%", 14.2), pc("17.9%", 17.9), pc("3.7%포인트", 3.7), ch("14.2%에서 17.9%로 3.7%포인트 높아졌다", before=14.2, after=17.9, delta=3.7),
    ]),
    ("진주시는 올해 성인 입장료를 1만원에서 5,000원으로 절반 내리고, 진주시민과 65세 이상은 무료로 입장하도록 했다. 입장료 수입은 29억원으로 지난해(44억원)의 3분의 2 수준으로 줄었지만, 관람객이 늘면서 주변 상가 매출은 오히려 증가했다.", [
        p("올해", "2026", "2026"), m("1만원", 1 * MAN), m("5,000원", 5000), ch("1만원에서 5,000원으로 절반 내리고", before=1 * MAN, after=5000, unit="KRW"),
        *mult("절반", 0.5), AGE("65세 이상", 65),
        m("29억원", 29 * EOK), p("지난해", "2025", "2025"), m("44억원", 44 * EOK),
        ch("29억원으로 지난해(44억원)의 3분의 2 수준으로 줄었지만", before=44 * EOK, after=29 * EOK, unit="KRW"), *mult("3분의 2", 2 / 3),
    ]),
    ("한국관광공사의 카드 결제 데이터를 보면 축제 기간 진주성과 남강 일대 음식점·숙박업소 카드 매출은 186억원으로 축제 전 2주간(112억원)보다 66.1% 많았다.", [
        m("186억원", 186 * EOK), p("축제 전 2주간", None, None, opt=True), p("축제 전 2주간", "2026-09-17", "2026-09-30", opt=True), c("2주", 2, "주", opt=True),
        m("112억원", 112 * EOK), ch("186억원으로 축제 전 2주간(112억원)보다 66.1% 많았다", before=112 * EOK, after=186 * EOK, unit="KRW"),
        pc("66.1%", 66.1), ch("66.1% 많았다", delta=66.1, unit="%", opt=True),
    ]),
    ("안전 관리도 강화했다. 시는 주말 저녁 부교 통행 인원을 시간당 1만 2,000명 이하로 제한하고, 안전요원을 지난해 1,100명에서 1,450명으로 늘렸다. 축제 기간 안전사고는 7건으로 지난해(19건)의 절반에도 못 미쳤다.", [
        c("시간당", 1, "시간", opt=True), c("1만 2,000명 이하", 1 * MAN + 2000, "명", q="at_most"),
        p("지난해", "2025", "2025"), c("1,100명", 1100, "명", opt=True), c("1,450명", 1450, "명", opt=True),
        ch("지난해 1,100명에서 1,450명으로 늘렸다", before=1100, after=1450, unit="명"),
        c("7건", 7, "건", opt=True), p("지난해", "2025", "2025"), c("19건", 19, "건", opt=True),
        ch("7건으로 지난해(19건)의 절반에도 못 미쳤다", before=19, after=7, unit="건"), *mult("절반", 0.5),
    ]),
    ("진주시 관계자는 “내년에는 행사장을 망경동 일원까지 넓혀 관람객 350만 명 시대를 열겠다”며 “내년 축제 예산은 올해보다 10억원 늘어난 68억원으로 편성할 계획”이라고 말했다.", [
        p("내년", "2027", "2027"), c("350만 명", 350 * MAN, "명"), p("내년", "2027", "2027"), p("올해", "2026", "2026"),
        m("10억원", 10 * EOK), m("68억원", 68 * EOK), ch("올해보다 10억원 늘어난 68억원", after=68 * EOK, delta=10 * EOK, unit="KRW"),
        ch("올해보다 10억원 늘어난 68억원", before=58 * EOK, after=68 * EOK, delta=10 * EOK, unit="KRW", opt=True),
        ch("10억원 늘어난", delta=10 * EOK, unit="KRW", opt=True),
    ]),
]
ORG03 = [o("진주시"), o("진주문화관광재단"), o("한국관광공사"), o("진주남강유등축제", opt=True), o("진주성", opt=True)]


def page03(paras, title):
    ps = [f'<p class="news_p">{esc(t)}</p>' for t in paras]
    photo = ('<table class="news_photo" align="center" width="560" cellpadding="0" cellspacing="0"><tr><td><img src="/data/news/202610/20261020_113201.jpg" width="560"></td></tr>'
             '<tr><td class="photo_caption">▲ 진주남강유등축제 기간 남강 위에 띄운 유등 7만여 개가 불을 밝히고 있다. [사진=진주시 제공]</td></tr></table>')
    rel = ('<div class="news_relate"><b>[관련기사]</b><br>'
           '· 진주 유등축제 입장료 5천원으로 인하…시민 무료 (2026-08-04)<br>'
           '· 지난해 유등축제 관람객 280만 명…외국인 8만 명 (2025-10-22)</div>')
    byline = '<p class="news_writer">/정수아 기자 sua@seobunews.co.kr</p>'
    content = "\n\t\t\t\t".join(ps[:4] + [photo] + ps[4:] + [byline, rel])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>서부경남뉴스 - {esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="top_bar" align="right">2026년 10월 21일 수요일 &nbsp; <a href="/member/login.php">로그인</a> | <a href="/member/join.php">회원가입</a></td></tr>
<tr><td class="logo_area"><a href="/"><img src="/img/logo.gif" alt="서부경남뉴스"></a></td></tr>
<tr><td class="menu_bar">진주 | 사천 | 산청 | 하동 | 남해 | 함양 | 거창 | 합천 | 문화·관광 | 오피니언</td></tr>
</table>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
 <td width="680" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="news_view">
   <tr><td class="news_path">HOME &gt; 문화·관광 &gt; 축제</td></tr>
   <tr><td class="news_title">{esc(title)}</td></tr>
   <tr><td class="news_date">등록일자 : 2026년 10월 20일 (화) 11:32 &nbsp;|&nbsp; 최종수정 : 2026년 10월 21일 (수) 09:10 &nbsp;|&nbsp; 조회 : 3,482</td></tr>
   <tr><td class="news_tools"><a href="javascript:fontPlus();">크게</a> <a href="javascript:fontMinus();">작게</a> <a href="javascript:print();">인쇄</a> <a href="javascript:mailto();">메일</a></td></tr>
   <tr><td class="news_content">
				{content}
   </td></tr>
   <tr><td class="news_copy">ⓒ 서부경남뉴스(www.seobunews.co.kr) 무단전재 및 재배포금지</td></tr>
  </table>
 </td>
 <td width="20">&nbsp;</td>
 <td width="300" valign="top" class="right_area">
  <table width="100%" class="box_photo"><tr><td class="box_title">포토뉴스</td></tr><tr><td>사천 바다 케이블카 누적 탑승객 500만 명 돌파</td></tr></table>
  <table width="100%" class="box_best"><tr><td class="box_title">많이 본 뉴스</td></tr>
   <tr><td>1. 진주 혁신도시 인구 3만 3,000명 넘어</td></tr>
   <tr><td>2. 경남 9월 고용률 62.8%…0.4%p 하락</td></tr>
   <tr><td>3. 하동 야생차문화축제 관광객 41만 명</td></tr></table>
 </td>
</tr>
</table>
<table width="100%" class="footer"><tr><td>서부경남뉴스 | 경상남도 진주시 진주대로 1015 | 등록번호 경남 아00123 | 창간 2009년 5월 1일 | Tel 055-741-0000</td></tr></table>
</body>
</html>
"""


article(
    name="03_jinju_lantern_festival_table_td_html", ext="html", published="2026-10-20",
    title="진주남강유등축제 관람객 304만 명…유료화 이후 첫 300만 돌파",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["2026년 10월 21일 수요일", "회원가입", "사천 | 산청", "HOME > 문화·관광 > 축제", "최종수정", "조회 : 3,482", "크게", "유등 7만여 개",
               "[사진=진주시 제공]", "/정수아 기자", "sua@", "[관련기사]", "5천원으로 인하", "2026-08-04", "280만 명…외국인 8만 명", "ⓒ 서부경남뉴스",
               "포토뉴스", "500만 명 돌파", "많이 본 뉴스", "3만 3,000명", "62.8%", "0.4%p", "41만 명", "진주대로 1015", "아00123", "창간 2009년",
               "055-741-0000"],
    notes=("A table-layout regional news HTML (서부경남뉴스, invented), HTML 4.01, UTF-8 by http-equiv: a top bar with today's date "
           "'2026년 10월 21일 수요일' (not the article's), menus, **td.news_title**, **td.news_date '등록일자 : 2026년 10월 20일 (화) 11:32 | "
           "최종수정 : 2026년 10월 21일 (수) 09:10 | 조회 : 3,482'**, font tools, body = the p.news_p of **td.news_content**, which also holds "
           "a nested table.news_photo with a caption (figure), the byline '/정수아 기자 …' and a '[관련기사]' box with figures and dates "
           "(furniture); copyright td, right-hand column (포토뉴스, 많이 본 뉴스 with figures), footer (창간 2009년). published: 등록일자 "
           "(not the top bar, not 최종수정). No deck. Conventions: '지난해보다 24만 명 많은 304만 명' a gold {after, delta} count change "
           "(counts optional; bare '지난해' gold 2025 even as a base); '2015년 유료화 이후' is the year 2015 (seed rule: a date followed by an "
           "event and 이후), the open reading optional; '300만 명을 넘어섰다' an at_least count (the change optional); '지난 1일부터 15일까지' "
           "one period 2026-10-01..15 (parts optional), '보름간' optional; '2026' in the festival's report name optional; bracketed country "
           "counts '일본(3만 4,000명)' gold counts; '5만 8,400원으로 지난해(5만 2,100원)보다 6,300원 늘었고' endpoint change with delta; "
           "'14.2%에서 17.9%로 3.7%포인트' %-level change (no unit); '1만원에서 5,000원으로 절반 내리고' gold endpoint change ('절반' optional "
           "readings only); '29억원으로 지난해(44억원)의 3분의 2 수준으로 줄었지만' gold endpoint change; '186억원으로 축제 전 2주간(112억원)보다 "
           "66.1% 많았다' gold endpoint change (rate optional; '축제 전 2주간' optional); '시간당 1만 2,000명 이하' at_most count; "
           "'7건으로 지난해(19건)의 절반에도 못 미쳤다' gold count change in 건; '350만 명 시대' a gold count (a target); '올해보다 10억원 "
           "늘어난 68억원' {after, delta}. Ages optional. Organisations: 진주시, 진주문화관광재단, 한국관광공사; the festival and 진주성 "
           "optional. The speaker is an unnamed 진주시 관계자."),
)


# ---------------------------------------------------------------------------
# 04 인천공항 여름 성수기 이용객, mobile portal page dump (항공경제신문 via a portal), 2026-08-12
# ---------------------------------------------------------------------------
PEAK = ("2026-07-18", "2026-08-10")
A04 = [
    ("올여름 휴가철 인천공항 이용객이 하루 평균 22만 명을 넘어서며 역대 최다를 기록했다.", [
        p("올여름", None, None, opt=True), p("올여름", "2026-06", "2026-08", opt=True), p("올여름", "2026", "2026", opt=True), p("하루", None, None, opt=True),
        c("22만 명", 22 * MAN, "명", q="at_least"), ch("22만 명을 넘어서며", after=22 * MAN, unit="명", opt=True),
    ]),
    ("인천국제공항공사(이하 공사)는 지난달 18일부터 이달 10일까지 24일간의 하계 특별교통대책 기간 인천공항 이용객이 532만 4,000명으로 집계됐다고 12일 밝혔다. 하루 평균 22만 1,800명으로, 지난해 같은 기간(20만 4,600명)보다 8.4% 늘었다.", [
        p("지난달 18일부터 이달 10일까지", *PEAK), p("지난달 18일", "2026-07-18", "2026-07-18", opt=True), p("이달 10일", "2026-08-10", "2026-08-10", opt=True),
        p("24일간", None, None, opt=True), c("24일", 24, "일", opt=True), p("하계", None, None, opt=True),
        c("532만 4,000명", 532 * MAN + 4000, "명"), p("12일", "2026-08-12", "2026-08-12"), p("하루", None, None, opt=True),
        c("22만 1,800명", 22 * MAN + 1800, "명", opt=True), *base("지난해 같은 기간", ("2025-07-18", "2025-08-10"), ("2025", "2025")), c("20만 4,600명", 20 * MAN + 4600, "명", opt=True),
        ch("22만 1,800명으로, 지난해 같은 기간(20만 4,600명)보다 8.4% 늘었다", before=20 * MAN + 4600, after=22 * MAN + 1800, unit="명"),
        pc("8.4%", 8.4), ch("8.4% 늘었다", delta=8.4, unit="%", opt=True),
    ]),
    ("가장 붐빈 날은 여름 휴가 절정기인 지난 1일로, 하루 25만 8,300명이 공항을 이용해 2001년 개항 이후 일일 최다 기록을 새로 썼다. 종전 최다 기록은 지난해 8월 3일의 23만 9,800명이었다.", [
        p("지난 1일", "2026-08-01", "2026-08-01"), p("하루", None, None, opt=True), c("25만 8,300명", 25 * MAN + 8300, "명"),
        p("2001년 개항 이후", "2001", "2001"), p("2001년 개항 이후", "2001", None, opt=True),
        p("지난해 8월 3일", "2025-08-03", "2025-08-03"), c("23만 9,800명", 23 * MAN + 9800, "명"),
        ch("25만 8,300명 ... 23만 9,800명", before=23 * MAN + 9800, after=25 * MAN + 8300, unit="명", opt=True),
    ]),
    ("노선별로는 일본 노선 이용객이 131만 명으로 전체의 24.6%를 차지했다. 동남아 노선은 118만 명으로 지난해보다 3.1% 줄어든 반면, 중국 노선은 무비자 입국 확대 효과로 79만 명으로 27.4% 늘었다. 중국 노선 비중은 14.8%로 2.5%포인트 상승했다.", [
        c("131만 명", 131 * MAN, "명"), pc("24.6%", 24.6),
        c("118만 명", 118 * MAN, "명", opt=True), p("지난해", "2025", "2025"), pc("3.1%", 3.1),
        ch("118만 명으로", after=118 * MAN, unit="명"), ch("지난해보다 3.1% 줄어든", delta=-3.1, unit="%"),
        c("79만 명", 79 * MAN, "명", opt=True), pc("27.4%", 27.4), ch("79만 명으로", after=79 * MAN, unit="명"), ch("27.4% 늘었다", delta=27.4, unit="%"),
        pc("14.8%", 14.8), pc("2.5%포인트", 2.5), ch("14.8%로 2.5%포인트 상승했다", after=14.8, delta=2.5),
    ]),
    ("김포·김해·제주 등 전국 14개 공항을 운영하는 한국공항공사(KAC)에 따르면 같은 기간 국내선 이용객은 486만 명으로 1년 전보다 2.2% 감소했다. 이 가운데 제주공항 국내선 이용객이 251만 명으로 절반 이상을 차지했다.", [
        c("14개", 14, "개"), *base("같은 기간", PEAK), c("486만 명", 486 * MAN, "명", opt=True), *base("1년 전", ("2025-07-18", "2025-08-10"), ("2025", "2025")),
        pc("2.2%", 2.2), ch("486만 명으로", after=486 * MAN, unit="명"), ch("1년 전보다 2.2% 감소했다", delta=-2.2, unit="%"),
        c("251만 명", 251 * MAN, "명"), *mult("절반", 0.5),
    ]),
    ("이용객이 몰리면서 출국 수속 시간도 길어졌다. 공사에 따르면 제1여객터미널 출국장 평균 대기시간은 지난해 성수기 32분→올해 41분으로 9분 늘었다. 공사는 380억원을 들여 내년 6월까지 출국장 보안검색대를 현재 60개에서 76개로 16개 늘리기로 했다.", [
        p("지난해", "2025", "2025"), p("지난해 성수기", "2025-07", "2025-08", opt=True), p("올해", "2026", "2026"),
        c("32분", 32, "분", opt=True), c("41분", 41, "분", opt=True), c("9분", 9, "분", opt=True),
        p("32분", None, None, opt=True), p("41분", None, None, opt=True), p("9분", None, None, opt=True),
        ch("32분→올해 41분으로 9분 늘었다", before=32, after=41, delta=9, unit="분", opt=True),
        m("380억원", 380 * EOK), p("내년 6월까지", None, "2027-06"), p("현재", None, None, opt=True),
        c("60개", 60, "개", opt=True), c("76개", 76, "개", opt=True), c("16개", 16, "개", opt=True),
        ch("현재 60개에서 76개로 16개 늘리기로", before=60, after=76, delta=16, unit="개"),
    ]),
    ("공사는 추석 연휴(9월 24~27일)에는 하루 평균 21만 명이 인천공항을 이용할 것으로 예상했다. 연간 이용객은 지난해 7,410만 명에서 올해 7,900만 명 안팎으로 늘어 코로나19 이전인 2019년(7,117만 명)을 크게 웃돌 전망이다. 3분기 국제선 여객 실적은 오는 10월 중순 발표된다.", [
        p("추석 연휴", None, None, opt=True), p("추석 연휴", "2026-09-24", "2026-09-27", opt=True), p("9월 24~27일", "2026-09-24", "2026-09-27"),
        p("하루", None, None, opt=True), c("21만 명", 21 * MAN, "명"),
        p("연간", None, None, opt=True), p("지난해", "2025", "2025"), c("7,410만 명", 7410 * MAN, "명", opt=True), p("올해", "2026", "2026"),
        c("7,900만 명 안팎", 7900 * MAN, "명", q="approx", opt=True), c("7,900만 명", 7900 * MAN, "명", opt=True),
        ch("지난해 7,410만 명에서 올해 7,900만 명 안팎으로 늘어", before=7410 * MAN, after=7900 * MAN, unit="명"),
        p("2019년", "2019", "2019"), p("코로나19 이전인 2019년", None, "2019", opt=True), c("7,117만 명", 7117 * MAN, "명"),
        ch("7,900만 명 안팎으로 늘어 코로나19 이전인 2019년(7,117만 명)을 크게 웃돌", before=7117 * MAN, after=7900 * MAN, unit="명", opt=True),
        p("3분기", "2026-07", "2026-09"), p("오는 10월 중순", "2026-10", "2026-10"), p("오는 10월 중순", "2026-10-11", "2026-10-20", opt=True),
    ]),
]
ORG04 = [
    o("인천국제공항공사", ["공사"]), o("한국공항공사", ["KAC"]),
    o("인천공항", ["인천국제공항"], opt=True), o("제주공항", opt=True), o("제1여객터미널", opt=True),
]


def page04(paras, title):
    head = """≡  다온뉴스                                        🔍  ⓘ
뉴스   엔터   스포츠   날씨   프리미엄   쇼핑
홈 | 정치 | 경제 | 사회 | 생활/문화 | IT/과학 | 세계 | 랭킹 | 신문보기 | 오피니언

항공경제신문  + 구독

""" + title + """

이도현 기자
입력 2026.08.12. 오전 6:01   수정 2026.08.12. 오전 9:40
기사원문

추천 12   댓글 3
🔊 본문 듣기   가 글자 크기 변경   ↗ 공유하기

"""
    body = ("\n\n".join(paras[:3])
            + "\n\n사진 확대\n인천국제공항 제1여객터미널 출국장이 여름휴가를 떠나는 여행객들로 붐비고 있다. 2026.8.1/항공경제신문 DB\n\n"
            + "\n\n".join(paras[3:]))
    tail = """

이도현 기자(dh.lee@aviaecon.co.kr)
Copyright ⓒ 항공경제신문. All rights reserved. 무단 전재 및 재배포 금지.

이 기사를 추천합니다
좋아요 9   훈훈해요 0   슬퍼요 0   화나요 2   후속기사 원해요 4

기자 프로필
이도현 기자  구독자 1,204  응원수 87
[단독] 저비용항공사 3곳, 4분기 중국 노선 주 42회 증편

항공경제신문 랭킹 뉴스
오전 6시~7시까지 집계한 결과입니다.
1  대한항공 2분기 영업이익 5,120억원…14% 감소
2  제주항공, 인천~나트랑 노선 하루 2회로 증편
3  항공권 유류할증료 9월 최대 9만 6,000원

함께 볼만한 뉴스
김포공항 국제선 7월 이용객 42만 명…3년 새 두 배

댓글 3  |  내 댓글
공감순  최신순
인천공항 주차장 3시간 돌았다…주차면 1만 면은 늘려야  2026.08.12. 07:15

이용약관   개인정보처리방침   청소년보호정책   고객센터
PC버전   로그인
ⓒ DAON Corp.
"""
    return head + body + tail


article(
    name="04_incheon_airport_summer_mobile_portal_pagedump", ext="txt", published="2026-08-12",
    title="인천공항 여름 성수기 하루 22만 명 이용 '역대 최다'",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["다온뉴스", "프리미엄", "신문보기", "+ 구독", "이도현 기자", "수정 2026.08.12", "기사원문", "추천 12", "본문 듣기", "글자 크기", "사진 확대",
               "여름휴가를 떠나는", "2026.8.1/항공경제신문 DB", "dh.lee@", "Copyright ⓒ 항공경제신문", "이 기사를 추천합니다", "훈훈해요", "구독자 1,204",
               "응원수 87", "[단독]", "주 42회", "랭킹 뉴스", "오전 6시~7시까지", "5,120억원", "14% 감소", "하루 2회로", "9만 6,000원", "함께 볼만한 뉴스",
               "42만 명", "3년 새 두 배", "내 댓글", "공감순", "1만 면", "이용약관", "청소년보호정책", "PC버전", "DAON Corp."],
    notes=("A mobile portal page dump (다온뉴스 portal, article of 항공경제신문 — both invented): portal menu, section tabs, press name with "
           "'+ 구독', title, reporter, **'입력 2026.08.12. 오전 6:01   수정 2026.08.12. 오전 9:40'**, '기사원문', 추천/댓글, TTS/font/share, "
           "body paragraphs with a **'사진 확대' caption between them (dated '2026.8.1')**, e-mail, copyright, reactions, reporter profile "
           "with a teaser, the paper's 랭킹 뉴스 ('오전 6시~7시까지 집계'), 함께 볼만한 뉴스, comments (dated), portal footer. published: the 입력 "
           "stamp (not 수정, not the caption's or the comment's date). Title not scored; no deck. Conventions: '하루 평균 22만 명을 넘어서며' an "
           "at_least count (change optional); '지난달 18일부터 이달 10일까지' one period 2026-07-18..08-10 (parts and '24일간' optional); "
           "'22만 1,800명으로, 지난해 같은 기간(20만 4,600명)보다 8.4% 늘었다' gold endpoint change (rate optional, counts optional); "
           "'2001년 개항 이후' the year 2001 (seed rule), open reading optional; a new record vs the old one ('25만 8,300명' … '종전 최다 "
           "기록은 지난해 8월 3일의 23만 9,800명') both counts gold, change optional (blind8); '118만 명으로 지난해보다 3.1% 줄어든', '79만 명으로 "
           "27.4% 늘었다' each two gold changes ({after, 명} and {delta, %}), count levels optional; '14.8%로 2.5%포인트 상승' {after, delta} "
           "no unit; '절반 이상' optional readings only; '14개 공항' gold count; waiting times moving ('32분→올해 41분으로 9분') optional "
           "(durations, blind5); '현재 60개에서 76개로 16개 늘리기로' gold count change with delta; '추석 연휴(9월 24~27일)' the bracket is "
           "the gold period, '추석 연휴' optional; '지난해 7,410만 명에서 올해 7,900만 명 안팎으로' gold endpoint change; '2019년(7,117만 명)' "
           "gold year and count, the comparison optional; '3분기' 2026-07..09; '오는 10월 중순' gold month 2026-10; '올여름', '성수기', '하계' "
           "optional. Organisations: 인천국제공항공사 (이하 공사), 한국공항공사 (KAC); airports and the terminal optional."),
)


# ---------------------------------------------------------------------------
# 05 농협 대출 금리 인하, monthly magazine page dump (월간 머니플랜, 2026년 6월호), posted 2026-05-27
# ---------------------------------------------------------------------------
A05 = [
    ("NH농협은행 주담대 금리 하단 3%대 초반…5대 은행 중 가장 낮아", [
        pc("3%대", 3, opt=True), c("5대", 5, "대", opt=True), c("5대 은행", 5, "은행", opt=True),
    ]),
    ("농업인 정책자금 대출 금리도 연 1.5%로 0.5%포인트 인하", [
        pc("연 1.5%", 1.5), pc("0.5%포인트", 0.5), ch("연 1.5%로 0.5%포인트 인하", after=1.5, delta=-0.5),
        ch("0.5%포인트 인하", delta=-0.5, unit="%p", opt=True),
    ]),
    ("대출 금리가 내려가고 있다. 한국은행이 지난 2월과 4월 기준금리를 0.25%포인트씩 두 차례 내려 연 2.00%까지 낮춘 영향이 시중 금리에 반영되고 있다.", [
        p("지난 2월", "2026-02", "2026-02"), p("4월", "2026-04", "2026-04"), pc("0.25%포인트", 0.25),
        ch("0.25%포인트씩", delta=-0.25, opt=True), ch("0.25%포인트씩", delta=-0.25, unit="%p", opt=True), c("두 차례", 2, "차례", opt=True),
        pc("연 2.00%", 2.0), ch("연 2.00%까지 낮춘", after=2.0), ch("0.25%포인트씩 두 차례 내려 연 2.00%까지 낮춘", before=2.5, after=2.0, delta=-0.5, opt=True),
    ]),
    ("NH농협은행은 지난 20일부터 주택담보대출(주담대) 혼합형 금리를 연 3.21~5.02%로 0.15%포인트 내렸다. 4월 말(연 3.36~5.17%)보다 하단이 3%대 초반으로 내려오면서 5대 시중은행 가운데 가장 낮은 수준이 됐다.", [
        p("지난 20일부터", "2026-05-20", None), p("지난 20일", "2026-05-20", "2026-05-20", opt=True),
        pc("3.21~5.02%", 3.21), pc("5.02%", 5.02, opt=True), pc("0.15%포인트", 0.15),
        ch("연 3.21~5.02%로 0.15%포인트 내렸다", after=3.21, delta=-0.15), ch("5.02%로 0.15%포인트 내렸다", after=5.02, delta=-0.15, opt=True),
        ch("0.15%포인트 내렸다", delta=-0.15, unit="%p", opt=True),
        p("4월 말", "2026-04", "2026-04"), p("4월 말", "2026-04-30", "2026-04-30", opt=True), pc("3.36~5.17%", 3.36), pc("5.17%", 5.17, opt=True),
        ch("4월 말(연 3.36~5.17%)보다 하단이", before=3.36, after=3.21, opt=True), ch("4월 말(연 3.36~5.17%)보다 하단이", before=3.36, after=3.21, delta=-0.15, opt=True),
        ch("4월 말(연 3.36~5.17%)", before=5.17, after=5.02, opt=True),
        pc("3%대", 3, opt=True), c("5대", 5, "대", opt=True), c("5대 시중은행", 5, "은행", opt=True),
    ]),
    ("전국 1,111개 지역 농·축협(상호금융)의 가계대출 평균 금리도 3월 연 4.62%에서 4월 4.48%로 0.14%포인트 떨어졌다. 농협중앙회는 상호금융 주담대 잔액이 4월 말 기준 98조 7,000억원으로 올해 들어서만 2조 3,000억원 늘었다고 밝혔다.", [
        c("1,111개", 1111, "개"), p("3월", "2026-03", "2026-03"), pc("연 4.62%", 4.62), p("4월", "2026-04", "2026-04"), pc("4.48%", 4.48), pc("0.14%포인트", 0.14),
        ch("3월 연 4.62%에서 4월 4.48%로 0.14%포인트 떨어졌다", before=4.62, after=4.48, delta=-0.14),
        p("4월 말 기준", "2026-04", "2026-04"), p("4월 말 기준", "2026-04-30", "2026-04-30", opt=True), p("4월 말 기준", None, "2026-04", opt=True),
        m("98조 7,000억원", 98 * JO + 7000 * EOK), p("올해 들어서만", "2026", "2026"), p("올해 들어서만", "2026", None, opt=True), p("올해 들어서만", "2026-01", "2026-04", opt=True),
        m("2조 3,000억원", 2 * JO + 3000 * EOK),
        ch("98조 7,000억원으로 올해 들어서만 2조 3,000억원 늘었다", after=98 * JO + 7000 * EOK, delta=2 * JO + 3000 * EOK, unit="KRW"),
        ch("2조 3,000억원 늘었다", delta=2 * JO + 3000 * EOK, unit="KRW", opt=True),
    ]),
    ("농업인 정책자금 대출 금리는 다음 달 1일부터 연 2.0%에서 1.5%로 0.5%포인트 인하된다. 만 18~39세 청년농업인에게 빌려주는 후계농업경영인 육성자금 금리는 연 1.0%로 일반 정책자금의 3분의 2 수준이다. 농림축산식품부(농식품부)는 올해 정책자금 대출 한도도 가구당 최대 5억원에서 7억원으로 늘렸다.", [
        p("다음 달 1일부터", "2026-06-01", None), p("다음 달 1일", "2026-06-01", "2026-06-01", opt=True),
        pc("연 2.0%", 2.0), pc("1.5%", 1.5), pc("0.5%포인트", 0.5), ch("연 2.0%에서 1.5%로 0.5%포인트 인하된다", before=2.0, after=1.5, delta=-0.5),
        AGE("18~39세", 18), AGE("18~39세", 39), pc("연 1.0%", 1.0), *mult("3분의 2", 2 / 3),
        p("올해", "2026", "2026"), c("가구당", 1, "가구", opt=True), m("5억원", 5 * EOK, q="at_most"), m("7억원", 7 * EOK),
        ch("최대 5억원에서 7억원으로 늘렸다", before=5 * EOK, after=7 * EOK, unit="KRW"),
    ]),
    ("대출 수요도 꾸준하다. 농협은행의 4월 말 가계대출 잔액은 152조 4,000억원으로 1년 전보다 4.1% 늘었다. 같은 기간 KB국민은행(2.3%)과 신한은행(1.8%)의 증가율을 크게 웃돈다. 금융감독원(금감원)은 최근 농협은행에 올해 가계대출 증가율을 3.8% 이내로 관리해 달라고 요청했다.", [
        p("4월 말", "2026-04", "2026-04"), p("4월 말", "2026-04-30", "2026-04-30", opt=True), m("152조 4,000억원", 152 * JO + 4000 * EOK),
        *base("1년 전", ("2025-04", "2025-04")), pc("4.1%", 4.1),
        ch("152조 4,000억원으로", after=152 * JO + 4000 * EOK, unit="KRW"), ch("1년 전보다 4.1% 늘었다", delta=4.1, unit="%"),
        *base("같은 기간", ("2025-04", "2026-04")), pc("2.3%", 2.3), ch("KB국민은행(2.3%)", delta=2.3, unit="%"), pc("1.8%", 1.8), ch("신한은행(1.8%)", delta=1.8, unit="%"),
        p("최근", None, None, opt=True), p("올해", "2026", "2026"), pc("3.8%", 3.8),
        ch("증가율을 3.8% 이내로", delta=3.8, unit="%", opt=True), ch("증가율을 3.8% 이내로", after=3.8, opt=True),
    ]),
    ("전문가들은 하반기에도 대출 금리가 완만한 하락세를 이어갈 것으로 본다. 이보람 하나금융연구소 연구위원은 “한은이 연내 한 차례 더 금리를 내리면 주담대 금리 하단이 2%대 후반까지 떨어질 수 있다”며 “다만 가계부채 증가세가 다시 가팔라지고 있어 금융당국이 대출 문턱을 높일 가능성도 있다”고 말했다.", [
        p("하반기", "2026-07", "2026-12"), p("연내", None, None, opt=True), p("연내", "2026", "2026", opt=True), p("연내", None, "2026", opt=True), p("연내", None, "2026-12", opt=True),
        c("한 차례", 1, "차례", opt=True), pc("2%대", 2, opt=True), pc("2%대 후반", 2, opt=True),
    ]),
]
ORG05 = [
    o("NH농협은행", ["농협은행"]), o("한국은행", ["한은"]), o("농협중앙회"), o("농림축산식품부", ["농식품부"]), o("KB국민은행", ["국민은행"]),
    o("신한은행"), o("금융감독원", ["금감원"]), o("하나금융연구소"),
    o("지역 농·축협", ["상호금융"], opt=True), o("상호금융", opt=True), o("금융당국", opt=True), o("후계농업경영인 육성자금", opt=True),
]


def page05(paras, title):
    head = """MONEY PLAN  월간 머니플랜
2026년 6월호 (통권 218호)          정기구독 | 로그인 | 회원가입
HOME > COVER STORY > FINANCE

COVER STORY  |  금리 내리막

""" + title + """

""" + "\n".join(paras[:2]) + """

글 한지우 기자  ·  사진 게티이미지뱅크
입력 2026.05.27 08:00  |  지면 2026년 6월호 42~45쪽

"""
    body = ("\n\n".join(paras[2:6])
            + "\n\n        “연내 한 번 더 내리면 하단 2%대 후반도 가능”\n\n"
            + "\n\n".join(paras[6:]))
    tail = """

[BOX] 주요 은행 주담대 혼합형 금리 (5월 20일 기준)
· NH농협 연 3.21~5.02%
· KB국민 연 3.35~5.15%
· 신한 연 3.42~5.08%
· 하나 연 3.38~5.11%
· 우리 연 3.44~5.20%
자료: 전국은행연합회 소비자포털

이 기사는 월간 머니플랜 2026년 6월호에 실렸습니다.
정기구독 신청 1년 12권 13만 2,000원 (정가 대비 10% 할인)

다른 기사 보기
[COVER STORY] 예금 금리 2%대 시대…파킹통장 갈아타기
[REAL ESTATE] 서울 아파트 거래량 석 달 새 40% 늘어
[TAX] 종합소득세 신고 6월 1일까지…놓치기 쉬운 공제 5가지

(주)머니플랜미디어 | 서울특별시 중구 세종대로 135 | 잡지등록 서울 라00123 | 발행·편집인 최은호 | 구독문의 02-6120-3300
Copyright ⓒ MONEY PLAN. All rights reserved.
"""
    return head + body + tail


article(
    name="05_nonghyup_loan_rates_magazine_pagedump", ext="txt", published="2026-05-27",
    title="내려가는 대출 금리, 농협이 먼저 움직였다",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["MONEY PLAN", "월간 머니플랜", "통권 218호", "정기구독", "HOME > COVER STORY", "금리 내리막", "한지우 기자", "게티이미지뱅크", "지면 2026년 6월호",
               "42~45쪽", "하단 2%대 후반도 가능", "[BOX]", "5월 20일 기준", "KB국민 연 3.35~5.15%", "신한 연 3.42~5.08%", "하나 연 3.38~5.11%",
               "우리 연 3.44~5.20%", "전국은행연합회", "6월호에 실렸습니다", "13만 2,000원", "10% 할인", "다른 기사 보기", "파킹통장", "석 달 새 40%",
               "6월 1일까지", "공제 5가지", "머니플랜미디어", "세종대로 135", "라00123", "최은호", "02-6120-3300"],
    notes=("A monthly magazine page dump (월간 머니플랜, invented): masthead with the issue '2026년 6월호 (통권 218호)', menu, breadcrumb, a "
           "section kicker 'COVER STORY | 금리 내리막', title, **two deck lines**, credits '글 … · 사진 …', **'입력 2026.05.27 08:00 | 지면 2026년 "
           "6월호 42~45쪽'**, body paragraphs with an indented **pull quote** between them, then a **'[BOX]' rate table** (figures), the issue "
           "note, subscription price, 다른 기사 보기, publisher footer. published: the 입력 date 2026-05-27 (the issue month 2026-06 is not the "
           "publication date); relative dates resolve against it ('지난 20일부터' = 2026-05-20, '다음 달 1일부터' = 2026-06-01). Deck lines "
           "are body; the pull quote and the box are furniture. Conventions: rate levels moving by %포인트 ('연 1.5%로 0.5%포인트 인하', "
           "'4.62%에서 4.48%로 0.14%포인트', '2.0%에서 1.5%로 0.5%포인트') gold %-level changes without unit; '0.25%포인트씩 두 차례' "
           "per-step deltas optional, '연 2.00%까지 낮춘' a gold after-change; a rate range '연 3.21~5.02%' lower bound gold (upper optional), "
           "and 'A~B%로 N%포인트 내렸다' a gold change {after: lower, delta}; '4월 말(연 3.36~5.17%)보다 하단이' comparison optional; '3%대', "
           "'2%대 후반' bands optional; '5대 (시중)은행' optional; '98조 7,000억원으로 올해 들어서만 2조 3,000억원 늘었다' {after, delta} "
           "('올해 들어서만' gold 2026, blind8); '152조 4,000억원으로 1년 전보다 4.1% 늘었다' two gold changes; bracketed growth rates of "
           "other banks 'KB국민은행(2.3%)' gold %-changes (blind8 stock rule); a supervisory cap ('3.8% 이내로 관리') percentage gold, change "
           "optional; '최대 5억원에서 7억원으로' endpoint change (first at_most, blind9); '3분의 2 수준' optional readings only; ages optional; "
           "'연내' ambiguous, optional. Organisations: NH농협은행 (농협은행), 한국은행 (한은), 농협중앙회, 농림축산식품부 (농식품부), "
           "KB국민은행, 신한은행, 금융감독원 (금감원), 하나금융연구소; 지역 농·축협 / 상호금융, 금융당국 and the fund optional. 이보람 is a "
           "person."),
)


# ---------------------------------------------------------------------------
# 06 한국장학재단 보도자료 (plain text), 2027학년도 다자녀 국가장학금 확대, 2026-11-19
# ---------------------------------------------------------------------------
AY2027 = lambda t: [p(t, "2027", None), p(t, "2027-03", None, opt=True), p(t, "2027", "2027", opt=True), p(t, "2027-03", "2028-02", opt=True)]
A06 = [
    ("- 2027학년도부터 셋째 이상 자녀는 등록금 전액, 둘째 자녀는 연 최대 450만원→700만원", [
        *AY2027("2027학년도부터"), m("450만원", 450 * MAN, q="at_most"), m("700만원", 700 * MAN),
        ch("연 최대 450만원→700만원", before=450 * MAN, after=700 * MAN, unit="KRW"),
    ]),
    ("- 소득 9구간 이하 → 전 구간으로 확대…지원 대상 약 62만 명으로 늘어", [
        c("9구간", 9, "구간", opt=True), c("약 62만 명", 62 * MAN, "명", q="approx", opt=True), ch("약 62만 명으로 늘어", after=62 * MAN, unit="명"),
    ]),
    ("□ 교육부와 한국장학재단(이하 재단)은 저출생 대응을 위해 2027학년도부터 다자녀 가구 대학생에 대한 국가장학금 지원을 대폭 늘린다고 19일 밝혔다.", [
        *AY2027("2027학년도부터"), p("19일", "2026-11-19", "2026-11-19"),
    ]),
    ("○ 셋째 이상 자녀는 가구 소득과 관계없이 대학 등록금 전액을 지원받는다. 지금은 소득 9구간 이하 가구의 셋째 이상 자녀만 연 최대 700만원까지 받을 수 있다.", [
        p("지금", None, None, opt=True), c("9구간", 9, "구간", opt=True), m("700만원", 700 * MAN, q="at_most"),
    ]),
    ("○ 둘째 자녀의 지원 한도는 연 최대 450만원에서 700만원으로 250만원 늘어난다. 첫째 자녀도 동생이 2명 이상이면 연 최대 600만원을 받는다.", [
        m("450만원", 450 * MAN, q="at_most"), m("700만원", 700 * MAN), m("250만원", 250 * MAN),
        ch("연 최대 450만원에서 700만원으로 250만원 늘어난다", before=450 * MAN, after=700 * MAN, delta=250 * MAN, unit="KRW"),
        c("2명 이상", 2, "명", q="at_least", opt=True), m("600만원", 600 * MAN, q="at_most"),
    ]),
    ("○ 이에 따라 지원 대상 학생은 올해 41만 2,000명에서 약 62만 명으로 20만 명 넘게 늘어나고, 관련 예산은 올해 1조 4,600억원에서 내년 2조 3,100억원으로 58.2% 증가한다.", [
        p("올해", "2026", "2026"), c("41만 2,000명", 41 * MAN + 2000, "명", opt=True), c("약 62만 명", 62 * MAN, "명", q="approx", opt=True),
        c("20만 명", 20 * MAN, "명", q="at_least", opt=True),
        ch("올해 41만 2,000명에서 약 62만 명으로 20만 명 넘게 늘어나고", before=41 * MAN + 2000, after=62 * MAN, unit="명"),
        ch("20만 명 넘게 늘어나고", delta=20 * MAN, unit="명", opt=True),
        p("올해", "2026", "2026"), m("1조 4,600억원", 1 * JO + 4600 * EOK), p("내년", "2027", "2027"), m("2조 3,100억원", 2 * JO + 3100 * EOK),
        ch("올해 1조 4,600억원에서 내년 2조 3,100억원으로 58.2% 증가한다", before=1 * JO + 4600 * EOK, after=2 * JO + 3100 * EOK, unit="KRW"),
        pc("58.2%", 58.2), ch("58.2% 증가한다", delta=58.2, unit="%", opt=True),
    ]),
    ("○ 교육부는 다자녀 가구의 교육비 부담이 출산 결정에 영향을 준다고 보고 있다. 재단이 지난 9월 다자녀 가구 학부모 3,000명을 대상으로 한 설문조사에서 응답자의 3분의 1이 넘는 35.7%가 ‘대학 등록금 부담’을 추가 출산을 망설이는 가장 큰 이유로 꼽았다.", [
        p("지난 9월", "2026-09", "2026-09"), c("3,000명", 3000, "명"), *mult("3분의 1", 1 / 3), pc("35.7%", 35.7),
    ]),
    ("□ 재단은 다자녀 가구 대학생의 학자금 대출 부담도 덜어준다. 내년 1분기부터 셋째 이상 자녀의 취업 후 상환 학자금 대출 금리를 현재 연 1.7%에서 0%로 낮추고, 생활비 대출 한도는 연 400만원에서 두 배인 800만원으로 늘린다.", [
        p("내년 1분기부터", "2027-01", None), p("내년 1분기부터", "2027-01", "2027-03", opt=True), p("현재", None, None, opt=True),
        pc("연 1.7%", 1.7), pc("0%", 0), ch("현재 연 1.7%에서 0%로 낮추고", before=1.7, after=0),
        m("400만원", 400 * MAN), m("800만원", 800 * MAN), ch("연 400만원에서 두 배인 800만원으로 늘린다", before=400 * MAN, after=800 * MAN, unit="KRW"), *mult("두 배", 2),
    ]),
    ("□ 2027학년도 1학기 국가장학금 1차 신청은 다음 달 1일(화) 오전 9시부터 내년 1월 5일(화) 오후 6시까지 재단 누리집과 모바일 앱에서 받는다. 신입생과 편입생은 2차 신청 기간(내년 2월 중)에 신청하면 된다.", [
        p("2027학년도 1학기", None, None, opt=True), p("2027학년도 1학기", "2027-03", "2027-08", opt=True), p("2027학년도 1학기", "2027", "2027", opt=True),
        p("다음 달 1일(화) 오전 9시부터 내년 1월 5일(화) 오후 6시까지", "2026-12-01", "2027-01-05"),
        p("다음 달 1일(화)", "2026-12-01", "2026-12-01", opt=True), p("다음 달 1일(화) 오전 9시부터", "2026-12-01", None, opt=True),
        p("내년 1월 5일(화) 오후 6시까지", None, "2027-01-05", opt=True), p("내년 1월 5일(화)", "2027-01-05", "2027-01-05", opt=True),
        p("오전 9시부터", None, None, opt=True), p("오후 6시까지", None, None, opt=True),
        p("내년 2월 중", "2027-02", "2027-02"),
    ]),
    ("□ 재단 관계자는 “다자녀 가구 대학생 가운데 국가장학금을 신청하지 않는 학생이 매년 약 4만 명에 이른다”며 “대상 학생에게 개별 안내 문자를 보내 한 명도 빠짐없이 지원받도록 하겠다”고 말했다.", [
        p("매년", None, None, opt=True), c("약 4만 명", 4 * MAN, "명", q="approx"), c("한 명", 1, "명", opt=True),
    ]),
]
ORG06 = [o("교육부"), o("한국장학재단", ["재단"])]


def page06(paras, title):
    head = """꿈을 키우는 든든한 동반자
한국장학재단                                            보도자료
KOREA STUDENT AID FOUNDATION                      Press Release

배포일 : 2026. 11. 19.(목)          보도 : 배포 즉시
담당부서 : 장학사업실 다자녀장학부
  부  장  윤정호 (053-238-2371)
  차  장  서민지 (053-238-2374)
매수 : 4쪽 (붙임 1쪽 포함)

"""
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    tail = """

※ 붙임 : 2027학년도 다자녀 국가장학금 자녀 순위별 지원 금액 1부.  끝.

[붙임] 자녀 순위별 지원 금액 (단위 : 연간 최대, 만원)
  구    분              2026학년도        2027학년도
  첫째(동생 2명 이상)       450              600
  둘    째                 450              700
  셋째 이상                700           등록금 전액
  ※ 2026학년도는 소득 9구간 이하, 2027학년도는 소득 구간 제한 없음

문의 : 한국장학재단 콜센터 1599-2000 (평일 09:00~18:00)
"""
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="06_kosaf_multichild_scholarship_release", ext="txt", published="2026-11-19",
    title="다자녀 대학생 국가장학금 대폭 확대…셋째부터 등록금 전액 지원",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["꿈을 키우는 든든한 동반자", "KOREA STUDENT AID FOUNDATION", "Press Release", "배포일 :", "보도 : 배포 즉시", "담당부서", "윤정호", "053-238-2371",
               "서민지", "053-238-2374", "매수 : 4쪽", "※ 붙임", "1부.  끝.", "[붙임]", "단위 : 연간 최대, 만원", "첫째(동생 2명 이상)", "소득 구간 제한 없음",
               "1599-2000", "평일 09:00~18:00"],
    notes=("A 한국장학재단 보도자료 (plain text): slogan, '한국장학재단 … 보도자료 / KOREA STUDENT AID FOUNDATION … Press Release', a line "
           "**'배포일 : 2026. 11. 19.(목)   보도 : 배포 즉시'**, 담당부서 with phones, 매수, title, two '- ' deck lines, □/○ paragraphs, then a "
           "'※ 붙임' line, an '[붙임]' table of amounts by child order (figures, academic years) and the call-centre line. published: the "
           "배포일 (= '19일 밝혔다'). Title not scored; the '- ' deck lines are body. Conventions: '2027학년도부터' a gold open-ended period "
           "from 2027 (the March start and one-year readings optional); '2027학년도 1학기' optional (any reading); '소득 9구간' an income "
           "bracket number (optional count, like blind9's '1구간'); '셋째', '둘째', '첫째', '1차', '2차' ordinals; '연 최대 450만원→700만원' and "
           "'연 최대 450만원에서 700만원으로 250만원' endpoint changes (first amount at_most, blind9); '연 최대 700만원까지' at_most money; "
           "'동생이 2명 이상이면' a household condition (optional count); '올해 41만 2,000명에서 약 62만 명으로 20만 명 넘게' gold endpoint "
           "change {before, after} (the vague delta optional; counts optional); deck '약 62만 명으로 늘어' a gold after-change; '올해 1조 "
           "4,600억원에서 내년 2조 3,100억원으로 58.2% 증가' endpoint change (rate optional); '3분의 1이 넘는 35.7%' the percentage gold, the "
           "fraction optional readings only; '현재 연 1.7%에서 0%로' a %-level change (no unit), '0%' a gold percentage; '연 400만원에서 두 배인 "
           "800만원으로' gold endpoint change ('두 배' optional); '내년 1분기부터' open-ended from 2027-01; '다음 달 1일(화) 오전 9시부터 내년 "
           "1월 5일(화) 오후 6시까지' one period 2026-12-01..2027-01-05 (parts and clock times optional); '내년 2월 중' 2027-02; '약 4만 명' "
           "gold count; '매년', '지금', '현재', '한 명' optional. Organisations: 교육부, 한국장학재단 (이하 재단)."),
)


# ---------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE)
