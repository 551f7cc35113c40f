"""Contact tails: the press contact that closes a press release in trafilatura's text.

A press release ends with whom to ask ("Ansprechpartner Presse", a name, "E-Mail: ...",
"Telefon: +49 ..."; "Contact: Jane Doe, Tel.: ..., E-Mail: ..."); trafilatura keeps it as the
body's last paragraphs. ``mark_contact_tails`` gives "other-furniture" to the trailing run of kept
blocks (up to TAIL_MAX) that are contact lines: at most CONTACT_WORDS_MAX words holding an e-mail
address or a labelled phone number (in de/en/fr/es/it/pt/nl/pl), labelled or no sentence (a
sentence naming whom to ask is the story's closing line), together with up to
LABELS_MAX short lines (at most LABEL_WORDS_MAX words, no sentence) right above the run: the
contact's name and heading. The story's own sentences above stay, and so does the only kept block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

CONTACT_WORDS_MAX = 40  # longer: a paragraph that happens to quote an address
LABEL_WORDS_MAX = 6
LABELS_MAX = 3
TAIL_MAX = 8
REASON: RemovalReason = "other-furniture"
_EMAIL = re.compile(r"[\w.+-]{1,64}(?:@|\s?[\[(]at[\])]\s?)[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,12}\b", re.I)
_PHONE = re.compile(
    r"\b(?:tel|telefon|telephone|phone|fon|mobil|mobile|fax|t[ée]l[ée]phone|t[ée]l|tel[ée]fono|telefone|telefoon"
    r"|m[óo]vil|cellulare|telemóvel|komórka)\b\.?\s{0,3}:?\s{0,3}\+?[\d(][\d\s()/.–-]{5,30}\d",
    re.I,
)


def is_contact_line(block: Block) -> bool:
    """Whether ``block`` is a contact line: at most CONTACT_WORDS_MAX words with an e-mail
    address or a labelled phone number, and labelled ("E-Mail: ...", "Contact: ...") or no
    sentence."""
    if block.n_words > CONTACT_WORDS_MAX or (block.sentence and not block.labelled):
        return False  # a sentence telling whom to ask ("More from Jane Doe on 0123 ...") is story
    return bool(_EMAIL.search(block.text) or _PHONE.search(block.text))


def mark_contact_tails(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give REASON to the trailing contact run of the kept blocks (see the module docstring),
    unless that would leave no kept block."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    run: list[int] = []
    for i in reversed(kept[-TAIL_MAX:]):
        if not is_contact_line(blocks[i]):
            break
        run.append(i)
    if not run:
        return
    above = kept[: len(kept) - len(run)]
    for i in reversed(above[-LABELS_MAX:]):
        if blocks[i].n_words > LABEL_WORDS_MAX or blocks[i].sentence:
            break
        run.append(i)
    if len(run) < len(kept):
        for i in run:
            verdicts[i] = REASON
