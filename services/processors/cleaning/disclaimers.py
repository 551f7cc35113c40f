"""Labelled disclaimers: a site's notice that opens with its own label ("Disclaimer: ...").

Sites close a story with a notice about the site, set as one paragraph that names itself before a
colon: "Disclaimer: News articles on this site may contain opinions of the author ...",
"Haftungsausschluss: Die Inhalte dieser Seite ...", "Aviso legal: ...", "Zastrzeżenie: ...". The
label may carry a note in brackets ("Disclaimer (varies based on content, section, category,
etc.): ..."). Such a paragraph speaks about the site, not about the story's subject, and may run
longer than a copyright line (a paragraph of 90 words is common). ``is_labelled_disclaimer``
reads only the label, in de/en/fr/es/it/pt/nl/pl; where it stands is the caller's rule
(``classifier.mark_edge_furniture`` judges the story's last blocks).
"""

from __future__ import annotations

import re

from services.processors.cleaning.signals import normalise

LABEL_CHARS_MAX = 140  # the label, with its bracketed note, ends its colon within this many characters
_BRACKETED = re.compile(r"\([^()]*\)")
_LABELS = frozenset(
    {
        # en
        "disclaimer",
        "legal disclaimer",
        "important disclaimer",
        "legal notice",
        # de
        "haftungsausschluss",
        "rechtlicher hinweis",
        "rechtliche hinweise",
        # fr
        "avertissement",
        "avis de non responsabilité",
        "clause de non responsabilité",
        "décharge de responsabilité",
        # es
        "descargo de responsabilidad",
        "exención de responsabilidad",
        "aviso legal",
        # it
        "esclusione di responsabilità",
        "dichiarazione di non responsabilità",
        "avvertenza legale",
        "note legali",
        # pt
        "isenção de responsabilidade",
        "aviso de isenção de responsabilidade",
        # nl
        "vrijwaring",
        "juridische kennisgeving",
        "vrijwaringsclausule",
        # pl
        "zastrzeżenie",
        "zastrzeżenie prawne",
        "nota prawna",
        "wyłączenie odpowiedzialności",
    }
)


def is_labelled_disclaimer(text: str) -> bool:
    """Whether ``text`` opens with a disclaimer's label and a colon, the label's bracketed note
    aside, and goes on after the colon."""
    head, colon, rest = text[:LABEL_CHARS_MAX].partition(":")
    if not colon or not rest.strip():
        return False
    return normalise(_BRACKETED.sub(" ", head)) in _LABELS
