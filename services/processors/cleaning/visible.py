"""A page's visible text: what a reader copying the whole page would get, one block per line.

The fallback input of the HTML path (see ``logic.clean``): when trafilatura finds no main content,
the page-text cleaner reads the page as text instead. Scripts, styles, the head, templates and
elements marked ``hidden`` are dropped; every block element (p, div, li, h1-h6, td, ...) starts
and ends a line; runs of whitespace collapse. CSS is not applied. One linear walk over a tree
parsed from at most ``MAX_HTML_CHARS`` characters, with no recursion, so the work is bounded.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from services.processors.cleaning.end_tags import without_document_end_tags

MAX_HTML_CHARS = 5_000_000

# Subtrees with no visible text of their own.
_SKIPPED = frozenset(
    "head script style noscript template svg math iframe object embed canvas select textarea button "
    "title meta link".split()
)
# Elements a browser lays out as blocks: their text never runs on into a neighbour's line.
_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p "
    "pre section summary table tbody td tfoot th thead tr ul".split()
)
_XML_DECLARATION = re.compile(r"^\s{0,100}<\?xml[^<>]{0,300}\?>")
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


def visible_lines(page: str) -> list[str]:
    """The visible text of ``page`` (a document or a fragment), one block per line, in page order;
    [] when it does not parse. Never raises on any ``str``."""
    tree = _parse(page[:MAX_HTML_CHARS])
    if tree is None:
        return []
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join(" ".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    walker = etree.iterwalk(tree, events=("start", "end"))
    skipped = False  # the last start event skipped its subtree: the next event is that element's end
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if tag in _SKIPPED or element.get("hidden") is not None or _hidden_inline(element):
                walker.skip_subtree()
                skipped = True
                continue
            if tag in _BLOCKS or tag == "br":
                flush()
            if element.text:
                current.append(element.text)
            continue
        if tag in _BLOCKS and not skipped:
            flush()
        skipped = False
        if element.tail:
            current.append(element.tail)
    flush()
    return lines


def visible_text(page: str) -> str:
    """``visible_lines`` joined with newlines."""
    return "\n".join(visible_lines(page))


def _hidden_inline(element: etree._Element) -> bool:
    """An inline style that hides the element (the only CSS read: it needs no stylesheet)."""
    style = element.get("style")
    if not style or "none" not in style and "hidden" not in style:
        return False
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


def _parse(page: str) -> etree._Element | None:
    page = without_document_end_tags(
        _XML_DECLARATION.sub("", page, count=1)
    )  # lxml refuses a str that declares an encoding
    if not page.strip():
        return None
    try:
        return lxml_html.document_fromstring(page, parser=_PARSER)
    except (etree.ParserError, ValueError, TypeError):
        return None
