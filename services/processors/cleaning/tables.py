"""Layout tables: telling a table used to lay out a page from a table of data, and flattening it.

Old pages set their whole frame (menus, sidebars, the story itself) in nested tables. An extractor
that keeps tables turns such a table into pipe-delimited rows, menu and story run together on one
line. A layout table's rows and cells become plain blocks (``div``) before extraction, so each cell
is judged on its own; a data table is left as it is.

A table is judged on its own rows and cells (those of a table nested in it are its own):

- layout: marked so (``role="presentation"``/``"none"``), one row or one column, or holding
  another table;
- else data when it carries data-table markup (a caption, header cells, a thead, column groups,
  a summary);
- else layout when a cell holds block content (paragraphs, lists, headings, divisions, forms) or
  a passage of text (LONG_CELL_CHARS or more: a story set in a cell, its paragraphs split by
  ``<br>``), data when its cells hold only short inline text.
"""

from __future__ import annotations

from lxml import etree

LONG_CELL_CHARS = 400  # a data cell holds a value or a phrase; a passage this long is page content
MAX_TABLES = 2_000  # tables judged per page; past this the rest are left as they are (bounded work)
_ROWS = "./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr"
_CELLS = "./td | ./th"
_STRUCTURE = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})
_BLOCK_CONTENT = frozenset("p div ul ol dl h1 h2 h3 h4 h5 h6 blockquote pre form section article nav table".split())
_DATA_MARKUP = ("./caption", "./thead", "./colgroup", "./col", "./tr/th", "./tbody/tr/th", "./thead/tr/th")


def is_layout_table(table: etree._Element) -> bool:
    """Whether ``table`` lays out a page rather than holding data (see the module docstring)."""
    if (table.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    rows = table.xpath(_ROWS)
    widths = [len(row.xpath(_CELLS)) for row in rows]
    if len(rows) <= 1 or max(widths, default=0) <= 1:
        return True
    if _holds_table(table):
        return True
    if table.get("summary") is not None or any(table.find(path) is not None for path in _DATA_MARKUP):
        return False
    return _cells_hold_blocks(rows) or _holds_long_text(rows)


def flatten_layout_tables(tree: etree._Element) -> int:
    """Rewrite every layout table of ``tree`` in place as nested ``div`` blocks (its own rows and
    cells only); return how many were flattened."""
    tables = list(tree.iter("table"))[:MAX_TABLES]
    layout = [table for table in tables if is_layout_table(table)]  # judged before any is rewritten
    for table in layout:
        for row in table.xpath(_ROWS):
            for cell in row.xpath(_CELLS):
                _to_block(cell)
            _to_block(row)
        for section in table.xpath("./tbody | ./thead | ./tfoot"):
            _to_block(section)
        _to_block(table)
    return len(layout)


def _to_block(element: etree._Element) -> None:
    element.tag = "div"
    for attribute in ("colspan", "rowspan", "role"):
        element.attrib.pop(attribute, None)


def _holds_table(table: etree._Element) -> bool:
    return next(table.iterdescendants("table"), None) is not None


def _cells_hold_blocks(rows: list[etree._Element]) -> bool:
    """Whether a cell of these rows holds block content directly (not inside a nested table)."""
    for row in rows:
        for cell in row.xpath(_CELLS):
            for child in cell:
                if isinstance(child.tag, str) and child.tag.lower() in _BLOCK_CONTENT:
                    return True
    return False


def _holds_long_text(rows: list[etree._Element]) -> bool:
    """Whether a cell of these rows holds LONG_CELL_CHARS or more of text."""
    for row in rows:
        for cell in row.xpath(_CELLS):
            if len(" ".join(cell.text_content().split())) >= LONG_CELL_CHARS:
                return True
    return False
