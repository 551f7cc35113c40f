"""Premature end tags of a page's document element and body, dropped before parsing.

Some pages close ``</html>`` (or ``</body>``) right after their head and only then open the body.
Browsers ignore such an end tag and render everything after it; libxml2's HTML parser stops at it,
so the parsed page has no body and trafilatura finds nothing. Dropping every ``</html>`` and
``</body>`` loses nothing: the parser closes both at the end of the input anyway.
"""

from __future__ import annotations

import re

_DOCUMENT_END_TAG = re.compile(r"</(?:html|body)\s{0,20}>", re.IGNORECASE)


def without_document_end_tags(page: str) -> str:
    """``page`` with every ``</html>`` and ``</body>`` end tag removed (all other text untouched)."""
    return _DOCUMENT_END_TAG.sub("", page)
