"""Recipe ingredients: the ingredient list a recipe page declares and shows is put back in the body."""

from __future__ import annotations

import json

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.html import baseline_text
from services.processors.cleaning.recipe_ingredients import (
    IngredientBox,
    declared_ingredients,
    ingredient_box,
    with_ingredients,
)

INGREDIENTS = ["500 g Mehl", "250 ml lauwarmes Wasser", "1 Würfel frische Hefe", "2 TL Salz", "3 EL Olivenöl"]
INTRO = [
    "Ein gutes Fladenbrot braucht nicht viel: Mehl, Wasser, Hefe und etwas Zeit, damit der Teig aufgehen kann.",
    "Wir backen es am liebsten am Wochenende, wenn der Teig über Nacht im Kühlschrank ruhen darf.",
]
METHOD = [
    "Die Hefe im lauwarmen Wasser auflösen und mit dem Mehl und dem Salz zu einem glatten Teig kneten.",
    "Den Teig abgedeckt eine Stunde gehen lassen, dann flach drücken und mit dem Olivenöl bestreichen.",
    "Das Brot im vorgeheizten Ofen bei 220 Grad etwa zwanzig Minuten backen, bis es goldbraun ist.",
]


def _page(declared: list[str], box: str, after: str = "") -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "Recipe", "recipeIngredient": declared})
    intro = "".join(f"<p>{p}</p>" for p in INTRO)
    method = "".join(f"<p>{p}</p>" for p in METHOD)
    return (
        f"<html><head><title>Fladenbrot</title><script type='application/ld+json'>{data}</script></head>"
        f"<body><main><article><h1>Fladenbrot</h1>{intro}<aside class='recipe-card'><h3>Zutaten</h3>{box}</aside>"
        f"<h2>Zubereitung</h2>{method}</article>{after}</main></body></html>"
    )


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _box(html: str) -> IngredientBox | None:
    tree = trafilatura.load_html(html)
    assert tree is not None
    return ingredient_box(tree)


def test_declared_ingredients_come_from_json_ld_and_microdata():
    tree = trafilatura.load_html(_page(INGREDIENTS, ""))
    assert declared_ingredients(tree) == frozenset(i.lower() for i in INGREDIENTS)
    micro = "".join(f"<li itemprop='recipeIngredient'>{i}</li>" for i in INGREDIENTS)
    tree = trafilatura.load_html(f"<html><body><ul>{micro}</ul></body></html>")
    assert len(declared_ingredients(tree)) == len(INGREDIENTS)


def test_the_box_is_the_element_showing_the_declared_ingredients_read_line_by_line():
    box = _box(_page(INGREDIENTS, _list(INGREDIENTS)))
    assert box is not None
    assert box.lines == tuple(INGREDIENTS)
    assert INTRO[0] in box.before and METHOD[0] in box.after and METHOD[0] not in box.before


def test_an_amount_and_a_name_in_two_blocks_make_one_line_and_group_headings_stay():
    def split(items: list[str]) -> str:
        rows = (i.split(" ", 2) for i in items)
        return "<ul>" + "".join(f"<li><div>{a} {u}</div><div>{n}</div></li>" for a, u, n in rows) + "</ul>"

    box = _box(_page(INGREDIENTS, f"<p>Teig:</p>{split(INGREDIENTS[:3])}<p>Belag:</p>{split(INGREDIENTS[3:])}"))
    assert box is not None
    assert box.lines == ("Zutaten", "Teig:", *INGREDIENTS[:3], "Belag:", *INGREDIENTS[3:])


def test_a_list_shown_twice_gives_one_box_and_too_few_shown_give_none():
    twice = _page(INGREDIENTS, _list(INGREDIENTS), f"<div class='print'>{_list(INGREDIENTS)}</div>")
    box = _box(twice)
    assert box is not None and box.lines == tuple(INGREDIENTS)
    assert _box(_page(INGREDIENTS, _list(INGREDIENTS[:2]))) is None  # under half of them shown
    assert _box(_page(INGREDIENTS[:2], _list(INGREDIENTS[:2]))) is None  # too few declared


def test_with_ingredients_puts_the_missing_lines_before_the_text_after_the_box():
    box = IngredientBox(tuple(INGREDIENTS), " ".join(INTRO), " ".join(METHOD))
    text = "\n".join([*INTRO, *METHOD])
    assert with_ingredients(box, text).split("\n") == [*INTRO, *INGREDIENTS, *METHOD]
    assert with_ingredients(box, "\n".join([*INTRO, *INGREDIENTS[:3], *METHOD])) == "\n".join(
        [*INTRO, *INGREDIENTS[:3], *METHOD]
    )  # most already there
    assert with_ingredients(None, text) == text
    assert with_ingredients(IngredientBox(tuple(INGREDIENTS), " ".join(INTRO), ""), text).endswith(INGREDIENTS[-1])


def test_html_path_restores_the_ingredient_list_trafilatura_drops():
    page = _page(INGREDIENTS, _list(INGREDIENTS))
    base = baseline_text(page)
    assert not any(i in base for i in INGREDIENTS)  # the gap this rule closes
    body = clean(page, "html").body
    assert all(i in body for i in INGREDIENTS)
    assert body.index(INGREDIENTS[0]) < body.index(METHOD[0])


def test_lines_trafilatura_keeps_as_list_items_or_table_rows_are_not_added_again():
    box = IngredientBox(tuple(f"{i}\u2063" for i in INGREDIENTS), " ".join(INTRO), " ".join(METHOD))
    for kept in (
        [f"- {i}" for i in INGREDIENTS],
        [f"| {i.split(' ', 2)[0]} {i.split(' ', 2)[1]} | {i.split(' ', 2)[2]} |" for i in INGREDIENTS],
    ):
        text = "\n".join([*INTRO, *kept, *METHOD])
        assert with_ingredients(box, text) == text
