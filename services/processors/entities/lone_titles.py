"""A title word standing alone is no name: "visit Pope", "the President".

The model tags a lone title word (``lexicon.title_heads``, or its capitalised forms) a
PERSON; ``drop_lone_titles`` drops such one-word spans unless a title rule made them, or the
article gives the word as a person's surname ("Angus King" ... "King said").
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def drop_lone_titles(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A title word standing alone is no name ("visit Pope", "the President"),
    unless the article gives it as a person's surname ("Angus King" ... "King said")."""
    text = toks.text
    surnames = {text[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    return [
        s
        for s in spans
        if not (
            s.label == "PERSON"
            and s.end - s.start == 1
            and s.source != "title"
            and (toks.lower[s.start] in lexicon.title_heads or text[s.start] in lexicon.title_heads_capitalised)
            and text[s.start] not in surnames
        )
    ]
