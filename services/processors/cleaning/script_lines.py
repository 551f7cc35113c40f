"""Script lines: a page's inline script source that page text shows as a line.

Some pages leave an inline script's source in their visible text, one line per script: a
function that reads a component's settings from an escaped string, "(function() {
document.addEventListener('DOMContentLoaded', function() { var m = JSON.parse('\\x7b\\x22name
\\x22\\x3a ...". Nothing a reader sees is written that way: ``is_script_line`` reads a line as
script source when it both calls a function in a script's syntax ("function(", "=>") and
carries ESCAPES_MIN or more escaped bytes or characters ("\\x7b", "\\u00e9"), the encoding a
server uses to put data in a script. A tutorial's code listing shows a function or an escape or
two, not both at this count. Nothing in this reads words, so it holds in any language.
"""

from __future__ import annotations

import re

ESCAPES_MIN = 12
_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})")
_SCRIPT_CALL = re.compile(r"function\s*\(|=>")


def is_script_line(text: str) -> bool:
    """Whether ``text`` is a script's source (see the module docstring)."""
    return bool(_SCRIPT_CALL.search(text)) and len(_ESCAPE.findall(text)) >= ESCAPES_MIN
