"""`copydesk query articles|article ID|entities`: a small CLI over the store."""

from __future__ import annotations

from collections.abc import Callable

import orjson

from services.common.settings import Settings
from services.store.port import ArticleFilter, ReadPort


def run(
    settings: Settings, what: str, ident: str | None, q: str | None, entity: str | None, limit: int, as_json: bool
) -> int:
    from services.bootstrap import open_configured_store

    store: ReadPort = open_configured_store(settings)
    try:
        if what == "articles":
            page = store.list_articles(ArticleFilter(q=q, entity=entity), None, limit)
            _emit(
                page.items,
                as_json,
                lambda a: f"{a['article_id']}  {a.get('source') or '':<12} {a.get('headline') or '(no headline)'}",
            )
        elif what == "entities":
            page = store.list_entities(None, None, limit)
            _emit(
                page.items,
                as_json,
                lambda e: f"{e['id']}  {e['type']:<8} {e['name']}  ({e['article_count']} article(s))",
            )
        else:
            if not ident:
                print("copydesk query article needs an article id")
                return 2
            article = store.get_article(ident)
            if article is None:
                print(f"no article {ident!r}")
                return 1
            if as_json:
                print(orjson.dumps(article, option=orjson.OPT_INDENT_2, default=str).decode())
            else:
                print(_render(article))
        return 0
    finally:
        store.close()


def _emit(items: list[dict], as_json: bool, line: Callable[[dict], str]) -> None:
    if as_json:
        for item in items:
            print(orjson.dumps(item, default=str).decode())
    elif not items:
        print("(none)")
    else:
        for item in items:
            print(line(item))


def _render(a: dict) -> str:
    out = [
        a.get("headline") or "(no headline)",
        f"id {a['article_id']}  source {a.get('source')}  story {a.get('story_id')}",
        "",
    ]
    out.append(a.get("body") or f"(empty body: {a.get('empty_reason')})")
    if a.get("removed"):
        out += ["", "Removed:"] + [f"  [{r['reason']}] {r['text'][:100]}" for r in a["removed"]]
    if a.get("entities"):
        out += ["", "Entities:"] + [
            f"  {e['type']:<8} {e['name']} x{e.get('mention_count', len(e.get('mentions', [])))}" for e in a["entities"]
        ]
    if a.get("figures"):
        out += ["", "Figures:"] + [
            f"  {f['text']!r}: value={f.get('value')} low={f.get('low')} high={f.get('high')} {f.get('qualifier')} "
            f"unit={f.get('unit')} category={f.get('category')} attribution={f.get('attribution')}"
            for f in a["figures"]
        ]
    return "\n".join(out)
