"""Shared pieces of the eval/blind*/make.py generators (blind5 onwards).

Each blind set is written as one list of paragraphs per article, each paragraph with the gold
items it holds; `build` turns an article into its page (txt or html) and its gold json, and
checks that every paragraph and the title are on the page, that every item's text is in its
paragraph, that every organisation (or alias) is in the body, and that every forbidden string
is on the page and not in the body. A set's make.py keeps only its articles and page layouts:

    import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
    from goldkit import *          # m p c ch pc o base esc article JO EOK MAN
    ...
    if __name__ == "__main__":
        main(HERE)
"""
import datetime
import html
import json
import pathlib

__all__ = ["JO", "EOK", "MAN", "KINDS", "ARTICLES", "m", "p", "c", "ch", "pc", "o", "article", "esc", "base",
           "flat", "build", "main"]

JO, EOK, MAN = 10**12, 10**8, 10**4
KINDS = ("money", "periods", "counts", "changes", "percentages")


def m(text, value, cur="KRW", q="exact", opt=False):
    return ("money", opt, {"text": text, "qualifier": q, "value": value, "currency": cur})


def p(text, start, end, opt=False):
    return ("periods", opt, {"text": text, "start": start, "end": end})


def c(text, value, unit, q="exact", opt=False):
    return ("counts", opt, {"text": text, "value": value, "unit": unit, "qualifier": q})


def ch(text, before=None, after=None, delta=None, unit=None, opt=False):
    d = {"text": text}
    for k, v in (("before", before), ("after", after), ("delta", delta), ("unit", unit)):
        if v is not None:
            d[k] = v
    return ("changes", opt, d)


def pc(text, value, opt=False):
    return ("percentages", opt, {"text": text, "value": value})


def o(name, aliases=(), opt=False):
    return ("organisations", opt, {"name": name, "aliases": list(aliases)})


ARTICLES = []


def article(**kw):
    ARTICLES.append(kw)


def esc(s):
    return html.escape(s, quote=False)


def base(text, *readings):
    """A comparison base (전년 동기, 1년 전, 지난해 같은 기간 ...): optional, any of its readings."""
    out = [p(text, None, None, opt=True)]
    out += [p(text, s, e, opt=True) for s, e in readings]
    return out


def flat(items):
    """Items, with the lists some helpers return (base(...)) spliced in."""
    for it in items:
        if isinstance(it, list):
            yield from flat(it)
        else:
            yield it


def build(a, here: pathlib.Path):
    """Write article `a`'s page and gold json into `here` (an eval/blindN directory)."""
    paras = [t for t, _ in a["paras"]]
    gold = {"input": f"eval/{here.name}/{a['name']}.{a['ext']}", "published": a["published"], "title": a["title"],
            "body": "\n".join(paras)}
    opt = {k: [] for k in KINDS + ("organisations",)}
    for k in KINDS:
        gold[k] = []
    for text, items in a["paras"]:
        for kind, is_opt, d in flat(items):
            for piece in d["text"].split(" ... "):
                assert piece in text, (a["name"], kind, d["text"], text[:40])
            (opt[kind] if is_opt else gold[kind]).append(d)
    gold["organisations"] = []
    body = gold["body"]
    for kind, is_opt, d in a["orgs"]:
        assert any(n.replace(" ", "") in body.replace(" ", "") for n in [d["name"]] + d["aliases"]), (a["name"], d["name"])
        (opt["organisations"] if is_opt else gold["organisations"]).append(d)
    gold["optional"] = opt
    gold["forbidden"] = a["forbidden"]
    gold["notes"] = a["notes"]
    page = a["page"](paras, a["title"])
    enc = a.get("encoding", "utf-8")
    raw = page.encode(enc)
    # checks on the page as written
    on_page = (lambda s: esc(s) in page) if a["ext"] == "html" else (lambda s: s in page)
    for t in paras:
        assert on_page(t), (a["name"], "paragraph not on page", t[:40])
    assert on_page(a["title"]), (a["name"], "title")
    for f in a["forbidden"]:
        assert on_page(f) or f in page, (a["name"], "forbidden not on page", f)
        assert f not in body, (a["name"], "forbidden in body", f)
    assert raw.decode(enc) == page
    (here / f"{a['name']}.{a['ext']}").write_bytes(raw)
    (here / f"{a['name']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    d = datetime.date.fromisoformat(a["published"])
    n = {k: len(gold[k]) for k in KINDS + ("organisations",)}
    print(f"{a['name']}: {d:%a} paras={len(paras)} {n}")


def main(here: pathlib.Path):
    for a in ARTICLES:
        build(a, here)
