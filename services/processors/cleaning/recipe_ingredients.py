"""Recipe ingredients: the ingredient list a recipe page declares in its structured data and shows,
which trafilatura tends to leave out.

A recipe's ingredients sit in a box of short quantity lines ("250 g Weizenmehl", "1 tbsp minced
garlic") that trafilatura reads as page chrome and drops, although they are the recipe's core. The
page says which lines they are: schema.org ``recipeIngredient`` (or the older ``ingredients``) in
its JSON-LD or as microdata ``itemprop``. ``ingredient_box`` matches those declared texts to the
page's visible elements (by their words, case and punctuation aside), takes the deepest element
that shows at least BOX_COVER of the matched ingredients (a page may show the list twice, for
two screen sizes or two serving sizes) and reads its text line by line, a line ending at each
block element (list item, paragraph, heading, table row), so a group heading ("Topping:") stays
with its lines. At least MATCHED_MIN ingredients, and at least MATCHED_SHARE of the declared
ones, must be shown. The box's lines are kept with the page's text before and after it, which
``with_ingredients`` uses to put them back in place: before the first line of trafilatura's text
that the page shows after the box and not before it, or at the end. It adds them only when
trafilatura's text lacks most of them (under PRESENT_MAX of the lines, compared by their words, as
trafilatura may set them as list items or table rows), and then only the missing ones. Nothing here depends on the page's language; JSON-LD is parsed, never evaluated, and the
work is bounded (see ``structured_data`` for the script bounds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from services.processors.cleaning.structured_data import json_ld_nodes, json_ld_objects

MATCHED_MIN = 3
MATCHED_SHARE = 0.5
BOX_COVER = 0.75
PRESENT_MAX = 0.5
LINE_WORDS_MAX = 40  # a longer line is a paragraph, not an ingredient box's line
MAX_LINES = 80  # lines read from one box
MAX_DECLARED = 200
MAX_ELEMENTS = 100_000  # elements examined on one page: bounds the work on pathological pages
KEY_CHARS = 40  # leading characters that find a line of trafilatura's text in the page's text
_INGREDIENT_KEYS = ("recipeIngredient", "ingredients")
_BLOCKS = frozenset(
    {"li", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "dt", "dd", "br", "ul", "ol", "table", "section"}
    | {"header", "footer", "article", "aside", "label"}
)
_SKIPPED = frozenset({"script", "style", "noscript", "button", "svg", "select", "template"})
_WORD = re.compile(r"\w+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class IngredientBox:
    """The lines of a page's ingredient box and the page's text (whitespace collapsed) before and
    after it."""

    lines: tuple[str, ...]
    before: str
    after: str


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def declared_ingredients(tree: etree._Element) -> frozenset[str]:
    """The keys (lower-cased words) of the ingredients ``tree`` declares in JSON-LD or microdata;
    at most MAX_DECLARED."""
    found: set[str] = set()
    for data in json_ld_objects(tree):
        found.update(_key(text) for text in _json_ingredients(data))
    for element in tree.xpath("//*[@itemprop='recipeIngredient' or @itemprop='ingredients']")[:MAX_DECLARED]:
        found.add(_key(" ".join(element.itertext())))
    found.discard("")
    return frozenset(sorted(found)[:MAX_DECLARED])


def _json_ingredients(data: object) -> list[str]:
    found: list[str] = []
    for node in json_ld_nodes(data):
        for name in _INGREDIENT_KEYS:
            value = node.get(name)
            if isinstance(value, list):
                found.extend(item for item in value if isinstance(item, str))
    return found


def ingredient_box(tree: etree._Element) -> IngredientBox | None:
    """The page's ingredient box (see the module docstring), or None when the page declares or
    shows too few ingredients."""
    declared = declared_ingredients(tree)
    if len(declared) < MATCHED_MIN:
        return None
    shown: dict[etree._Element, set[str]] = {}  # element -> keys of the ingredients it shows
    for i, element in enumerate(tree.iter()):
        if i >= MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.tag in _SKIPPED or element.tag in ("head", "meta", "title"):
            continue
        key = _key(" ".join(element.itertext()))
        if key not in declared or any(isinstance(c.tag, str) and _key(" ".join(c.itertext())) == key for c in element):
            continue  # not an ingredient, or a wrapper of the element that shows it
        for holder in (element, *element.iterancestors()):
            shown.setdefault(holder, set()).add(key)
    matched = set().union(*shown.values()) if shown else set()
    if len(matched) < max(MATCHED_MIN, MATCHED_SHARE * len(declared)):
        return None
    covering = [e for e, keys in shown.items() if len(keys) >= BOX_COVER * len(matched)]
    box = max(covering, key=lambda e: sum(1 for _ in e.iterancestors()))
    lines = _lines(box, declared)
    if not lines:
        return None
    before, after = _around(tree, box)
    return IngredientBox(lines, before, after)


def _lines(box: etree._Element, declared: frozenset[str]) -> tuple[str, ...]:
    """``box``'s text, a line ending at each block element and each declared ingredient one line
    (its amount and its name may sit in two blocks); lines without a letter or digit and lines
    over LINE_WORDS_MAX words are dropped, at most MAX_LINES kept."""
    lines: list[str] = []
    current: list[str] = []
    skipping = 0

    def flush() -> None:
        line = _collapse("".join(current))
        current.clear()
        if line and _LETTER_OR_DIGIT.search(line) and len(line.split()) <= LINE_WORDS_MAX:
            lines.append(line)

    for event, element in etree.iterwalk(box, events=("start", "end")):
        if not isinstance(element.tag, str):
            if event == "end" and skipping == 0 and element is not box:
                current.append(element.tail or "")
            continue
        whole = element is not box and _key(" ".join(element.itertext())) in declared
        if element.tag in _SKIPPED or whole:
            if event == "start" and whole and skipping == 0:
                flush()
                current.append(" ".join(_lines(element, frozenset())))
                flush()
            skipping += 1 if event == "start" else -1
            if event == "end" and skipping == 0:
                current.append(element.tail or "")
            continue
        if skipping:
            continue
        if event == "start":
            if element.tag in _BLOCKS:
                flush()
            current.append(element.text or "")
        else:
            if element.tag in _BLOCKS:
                flush()
            if element is not box:
                current.append(element.tail or "")
        if len(lines) >= MAX_LINES:
            break
    flush()
    return tuple(lines[:MAX_LINES])


def _around(tree: etree._Element, box: etree._Element) -> tuple[str, str]:
    """The page's text before ``box`` and after it, whitespace collapsed."""
    ancestors = set(box.iterancestors())
    inside = set(box.iter())
    before: list[str] = []
    after: list[str] = []
    seen_box = False
    for element in tree.iter():
        if element is box:
            seen_box = True
            after.append(element.tail or "")
            continue
        if element in inside:
            continue
        skip = not isinstance(element.tag, str) or element.tag in _SKIPPED
        if element in ancestors:
            (before if not skip else []).append(element.text or "")
            after.append(element.tail or "")
            continue
        target = after if seen_box else before
        if not skip:
            target.append(element.text or "")
        target.append(element.tail or "")
    return _collapse(" ".join(before)), _collapse(" ".join(after))


def with_ingredients(box: IngredientBox | None, text: str) -> str:
    """``text`` (trafilatura's, one paragraph per line) with the lines of ``box`` it lacks put back
    in place (see the module docstring); ``text`` unchanged when there is no box or ``text``
    already holds PRESENT_MAX of its lines or more."""
    if box is None or not text.strip():
        return text
    words = f" {_key(text)} "  # by words: trafilatura may set a line as "- 2 tsp sugar" or "| 2 tsp | sugar |"
    missing = [line for line in box.lines if f" {_key(line)} " not in words]
    if len(box.lines) - len(missing) >= PRESENT_MAX * len(box.lines):
        return text
    rows = text.split("\n")
    at = len(rows)
    for i, row in enumerate(rows):
        key = _collapse(row)[:KEY_CHARS]
        if key and key in box.after and key not in box.before:
            at = i
            break
    return "\n".join([*rows[:at], *missing, *rows[at:]])
