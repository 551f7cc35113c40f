"""Picture notes in page text: captions known by their own shape, in any of the main European languages.

A page copied as text keeps its pictures' captions as short paragraphs between the story's. Three
shapes say a line is a caption whatever its words:

- a figure label opening it: "Abbildung 4: ...", "Abb. 2: ...", "Figure 3: ...", "Grafik: ...",
  "Ilustración: ...", "Rys. 1: ..." (a label, at most a number, then a colon). A tutorial sets
  one under every listing, so these are marked once the story's runs are found
  (``mark_figure_labels``): they leave the body but do not weigh on where the story lies;
- a picture agency and its photographer in brackets closing it: "... (REUTERS/Jane Doe)",
  "... (AFP/John Roe).", "... (dpa/Max Muster)";
- a copyright sign after its sentence, set off by a dash, naming a stock site or a photographer:
  "... nehmen weiter zu. – © Jane Doe – stock.adobe.com".

A news agency's caption says what it is in its first words, with the picture's date in between
("In this March 2, 2011 file photo, ...", "In a Monday, Oct. 3, 2011 photo, ...", "FILE - In this
undated handout photo ...", "In this photo taken Tuesday, ...", "This Nov. 29 photo shows ..."),
credit or none; a story never dates the picture it speaks of that way (``is_wire_caption``).

A credit may stand on a line of its own ("© E. Schwinge", which the local pass marks); the short
line right above it, no sentence, is the picture's caption (``mark_credited_captions``). So may
an agency and its photographer without brackets, "APA/Georg Hochmuth", "PAP/ Rafał Guz",
"REUTERS/Jane Doe" (``is_agency_credit``).

Pure functions on a block's text; the bracket's first part is a picture credit by the marker
table's ``_picture_agencies`` and ``_picture_credit_words`` ("REUTERS", "Getty Images", "AP Photo").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.markers import is_picture_credit
from services.processors.cleaning.signals import normalise

NOTE_WORDS_MAX = 60  # a caption is a sentence or two; a longer block is a paragraph
CAPTION_LINE_WORDS = 12  # a caption line above a credit; a longer line is the story's
# "Abbildung 4:", "Abb. 2a:", "Figure:", "Fig. 3:", "Rys. 1:" (raw text, any case).
_FIGURE_LABEL = re.compile(
    r"(?i:abbildung|abb\.|schaubild|grafik|figure|fig\.|illustration|ilustración|ilustracion|figura"
    r"|afbeelding|figuur|rycina|ryc\.|rys\.|rysunek|wykres)"
    r" ?(?:\d{1,3}[a-z]?)? ?:"
)
AGENCY_CREDIT_NAME_WORDS = 4
AGENCY_CREDIT_WORDS = 8  # the whole line: "Getty Images/iStockphoto", "PA Wire/Jane Doe"
# "APA/Georg Hochmuth", "PAP/ Rafał Guz": an agency's words, a slash, a name (no digits, no clauses).
_AGENCY_SLASH = re.compile(r"([^\W\d_][\w&' -]{0,30}?) ?/ ?([^\W\d_][^\d/()!?:;,]{1,40})")
# The bracket closing a caption: "(REUTERS/Jane Doe)", "(AFP / John Roe)." (raw text).
_CLOSING_BRACKET = re.compile(r"\(([^()/]{1,40})/([^()/]{2,40})\)\.?$")
WIRE_CAPTION_WORDS_MAX = 120  # an agency's caption runs to a few sentences with its background
# What may stand between "In this" and "photo": the picture's date, and whether it is a file or handout picture.
_PICTURE_DATE_WORD = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,4}(?:st|nd|rd|th)?"
    r"|file|undated|handout|archive|recent)\.?,?"
)
# An optional "Jeff Chiu, File - " or "FILE - " lead, then "In this/a" or "This", dated picture words,
# then the picture; or "In this photo" with "taken", "dated", "provided", "released" after it.
_WIRE_CAPTION = re.compile(
    r"(?:[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,3}, File ?[-–—] ?)?(?:FILE ?[-–—:] ?)?"
    r"(?i:in (?:this|a|an)|this) "
    rf"(?:(?i:{_PICTURE_DATE_WORD} ){{1,6}}(?i:photo|image|picture|photograph|frame grab)s?\b"
    r"|(?i:photo|image|picture|photograph)s?,? (?i:taken|dated|provided|released|made|shot|obtained|supplied)\b)"
)
# "– © Jane Doe – stock.adobe.com" after a sentence's end: a dot only inside a name ("adobe.com").
_DASHED_COPYRIGHT = re.compile(r"[.!?][\"'”’»]? {0,3}[–—-] {0,3}©(?:[^.!?©]|\.(?=\w)){1,60}$")


def mark_figure_labels(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "caption" to every unmarked block of at most NOTE_WORDS_MAX words opening with a figure label."""
    for i, block in enumerate(blocks):
        if verdicts[i] is None and block.n_words <= NOTE_WORDS_MAX and _FIGURE_LABEL.match(block.text):
            verdicts[i] = "caption"


def mark_credited_captions(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "caption" to the unmarked short line (no sentence, at most CAPTION_LINE_WORDS words)
    right above a picture's credit on a line of its own ("© E. Schwinge", which the local pass
    marks): the picture's caption, set between the story's paragraphs."""
    for i in range(1, len(blocks)):
        above = blocks[i - 1]
        if (
            verdicts[i] == "caption"
            and blocks[i].text.startswith("©")
            and verdicts[i - 1] is None
            and not above.sentence
            and above.n_words <= CAPTION_LINE_WORDS
        ):
            verdicts[i - 1] = "caption"


def is_wire_caption(text: str, n_words: int) -> bool:
    """``text`` (a block of ``n_words`` words, at most WIRE_CAPTION_WORDS_MAX) opens as a news
    agency's caption does (module docstring)."""
    return n_words <= WIRE_CAPTION_WORDS_MAX and _WIRE_CAPTION.match(text) is not None


def is_agency_credit(text: str) -> bool:
    """``text`` is only a picture's credit: a picture agency (the marker table's words), a slash and
    a photographer's name of at most AGENCY_CREDIT_NAME_WORDS words ("APA/Georg Hochmuth")."""
    found = _AGENCY_SLASH.fullmatch(text.strip())
    return (
        found is not None
        and len(found.group(2).split()) <= AGENCY_CREDIT_NAME_WORDS
        and is_picture_credit(normalise(found.group(1)).split())
    )


def is_picture_note(text: str, n_words: int) -> bool:
    """``text`` (a block of ``n_words`` words, at most NOTE_WORDS_MAX) is a picture's caption by
    its closing bracket credit or its dashed copyright."""
    if n_words > NOTE_WORDS_MAX:
        return False
    tail = text[-120:]
    if tail.rstrip(".").endswith(")") and "/" in tail:
        found = _CLOSING_BRACKET.search(tail)
        if found is not None and is_picture_credit(normalise(found.group(1)).split()):
            return True
    return "©" in tail and _DASHED_COPYRIGHT.search(tail) is not None
