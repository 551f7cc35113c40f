"""Bylines split over two lines: the label on a line of its own ("Von:", "By:", "Autor:", "Par :")
and the writer's name on the next ("Götz Warnke"), as a page's author box sets them.

Each line alone is no byline: the label names nobody, and a name alone is a subheading's shape.
Read together they are one when ``header.parse_byline`` (the byline reader for English, German,
French, Spanish, Italian and Dutch labels) reads the label and the name joined as a byline; the
label is one word ending in a colon, the name a short line (at most NAME_WORDS_MAX words) and no
sentence. Both lines are then marked "byline". The pair is judged once the story's runs are
found: a byline is the page's, not the story's text, wherever it stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import parse_byline

NAME_WORDS_MAX = 5


def mark_split_bylines(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "byline" to both lines of every unmarked label-and-name pair (see the module docstring)."""
    for i in range(len(blocks) - 1):
        label, name = blocks[i], blocks[i + 1]
        if (
            verdicts[i] is None
            and verdicts[i + 1] is None
            and label.n_words == 1
            and label.text.rstrip().endswith(":")
            and 1 <= name.n_words <= NAME_WORDS_MAX
            and not name.sentence
            and parse_byline(f"{label.text.strip()} {name.text.strip()}") is not None
        ):
            verdicts[i] = verdicts[i + 1] = "byline"
