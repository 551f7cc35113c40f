"""Outline entries: the lines of a guide's table of contents, numbered by section and subsection.

A guide or a site's section menu lists its chapters as "1.1 Warum sollen wir uns anpassen?",
"2.3 How can you rank risks?", "4.3a ...": a two-level section number, then the chapter's title,
which is often a question and so ends like a sentence. In page text such a list reads as a run of
short sentences, and a long one outweighs a short story far below it. An outline entry is a line
of at most ENTRY_WORDS_MAX words opening with a section number of two levels or more; it weighs
nothing as prose (classifier.article_spans), so a contents list is no run of the story, while a
story's numbered subheadings between its paragraphs still split nothing. A numbered paragraph
(a ruling's "3.2 The court held that ...") runs longer and keeps its weight. Nothing in this reads
words, so it holds in any language.
"""

from __future__ import annotations

import re

from services.processors.cleaning.blocks import Block

ENTRY_WORDS_MAX = 15
_SECTION_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?\.?\s+\S")


def is_outline_entry(block: Block) -> bool:
    """Whether ``block`` is an outline entry (see the module docstring)."""
    return block.n_words <= ENTRY_WORDS_MAX and bool(_SECTION_NUMBER.match(block.text))
