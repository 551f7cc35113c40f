"""A linked headline set inside a story under a short label: "Read: Two disasters are worse than
one", "MORE: Group strikes deal to revitalise stadium site", "PREVIOUS Teachers' pay rise passes".

A page links its other stories between the story's paragraphs with a one-word label and a colon
in front of the headline (the words a reader would click), or with a capitals "PREVIOUS" / "NEXT".
The label alone says the line is a link: a story's sentence does not open with "Read:" or "More:".
The headline after it is a title, not a sentence: it does not end with a full stop ("More: the
committee met again." is prose) and has HEADLINE_WORDS_MIN to HEADLINE_WORDS_MAX words. A label
of several words that only ever points elsewhere ("Lesen Sie auch:", "See also:", "Dowiedz się
więcej:", "Lesetipp:") may stand over a teaser of up to TEASER_WORDS_MAX words with its full stop. A line
set between arrows, ">> Wegen Corona: Lokal muss schließen <<", ">>> Jetzt bestellen! <<<", or
led by them and ending with no full stop (">>> Neue Karte gegen Fachkräftemangel"), is a link
whatever it says: the arrows are the label. So is a teaser its site cut short on an ellipsis and
closed with the link's own label ("... Over the last few… Read more", "[…] Weiterlesen »",
"... Lire la suite"): a story's paragraph never breaks off to point at its own rest. A card's title
the page text repeats two or three times on one line (the link, its picture's text, a hidden copy:
"How to Defeat the Urge to Binge Shop How to Defeat the Urge to Binge Shop") is a link too.
"""

from __future__ import annotations

import re

HEADLINE_WORDS_MIN = 3
HEADLINE_WORDS_MAX = 25
# English, German, French, Spanish, Italian, Dutch, Portuguese, Polish: "read" and "more".
_LABELLED = re.compile(
    r"(?:read|more|previous|next|listen|lesen(?: sie)?|mehr|lire|leer|lea|leggi|lees|leia|czytaj) ?: ?(\S.{0,300})",
    re.IGNORECASE,
)
_CAPITALS = re.compile(r"(?:PREVIOUS|NEXT) (\S.{0,300})")
TEASER_WORDS_MAX = 40
LABEL_WORDS_MAX = 3  # "Dowiedz się więcej:", "Lesen Sie auch:"
# The same languages and Finnish, Swedish, Danish, Norwegian, Czech, Russian, Ukrainian and
# Croatian: "read also", "see also", "more on this", "learn more", "reading tip", "read on".
_POINTER = re.compile(
    r"(?:read (?:also|more)|also read|see also|mehr lesen|mehr zum thema|mehr dazu|weiterlesen|"
    r"lesen sie (?:auch|mehr|hier)|lesetipp|auch interessant|siehe auch|(?:à )?lire aussi|voir aussi|"
    r"le[ae] también|le(?:a|e|er) más|leggi anche|lees ook|leia (?:também|mais)|czytaj (?:też|także|więcej)|"
    r"zobacz (?:też|także)|dowiedz się więcej|"
    r"lue myös|läs också|læs også|les også|čtěte také|читайте также|читайте також|pročitajte još)"
    r" ?[:»›] ?(\S.{0,400})",
    re.IGNORECASE,
)


# A cut teaser's ending: an ellipsis, then a "read on" label once to three times (a link's text and
# its hidden twin run together), an arrow or chevron allowed before the first and after each.
_CUT_WITH_LABEL = re.compile(
    r"(?:…|\.\.\.|\[(?:…|\.\.\.)\]) ?(?:[»›→>]{1,3} ?)?"
    r"(?:(?:read more|continue reading|read on|learn more|weiterlesen|mehr lesen|lire la suite|lire plus|leer más|"
    r"seguir leyendo|continua a leggere|leggi tutto|leia mais|continue lendo|lees meer|verder lezen|czytaj dalej|"
    r"czytaj więcej)(?: ?[»›→>]{1,3})? ?){1,3}",
    re.IGNORECASE,
)
CUT_LABEL_CHARS = 80  # the tail of a block searched for a cut teaser's ending
CUT_TEASER_WORDS_MAX = 80
REPEATED_TITLE_WORDS_MIN = 3


# Two or three arrows either side: what a site sets around a link, never a quotation (» « are quotes).
_ARROWED = re.compile(r">{2,3} ?(\S.{0,300}?)( ?<{2,3})?")


def _is_arrowed_headline(text: str) -> bool:
    """What follows arrows with none closing them is a link's headline: capitalised, with no full
    stop at its end (a quoted e-mail's line) and no code (a Python prompt's ">>> foo(bar=[])")."""
    return text[:1].isupper() and not text.endswith(".") and not any(c in text for c in "()[]{}=;")


def is_cut_teaser_link(text: str, n_words: int) -> bool:
    """A teaser of at most CUT_TEASER_WORDS_MAX words ending on an ellipsis and a "read on" label
    (module docstring)."""
    if n_words > CUT_TEASER_WORDS_MAX:
        return False
    tail = text[-CUT_LABEL_CHARS:].rstrip()
    if "…" not in tail and "..." not in tail:
        return False  # the ending the pattern reads opens with an ellipsis
    return any(found.end() == len(tail) for found in _CUT_WITH_LABEL.finditer(tail))


def is_repeated_title(text: str) -> bool:
    """The same title of REPEATED_TITLE_WORDS_MIN words or more, two or three times over on one line,
    the last copy perhaps cut short ("... So You Spend More Money How Stores ... So You Spend Mor")."""
    words = text.split()
    for size in range(REPEATED_TITLE_WORDS_MIN, len(words) // 2 + 1):
        if words[size] != words[0]:
            continue  # the second copy opens where the first did: only such a size needs the full test
        title = " ".join(words[:size])
        if len(text) > 2 * len(title) and ((title + " ") * 3).startswith(text):
            return True  # two whole copies at least, the third perhaps cut
    return False


def is_labelled_link(text: str) -> bool:
    """``text`` is a label ("Read:", "More:", "PREVIOUS") over a linked headline, or a line between
    arrows (module docstring)."""
    arrowed = _ARROWED.fullmatch(text)
    if arrowed is not None:
        closed = arrowed.group(2) is not None or _is_arrowed_headline(arrowed.group(1))
        return closed and len(arrowed.group(1).split()) <= TEASER_WORDS_MAX
    pointer = _POINTER.fullmatch(text)
    if pointer is not None:
        return HEADLINE_WORDS_MIN <= len(pointer.group(1).split()) <= TEASER_WORDS_MAX
    match = _LABELLED.fullmatch(text) or _CAPITALS.fullmatch(text)
    if match is None:
        return False
    headline = match.group(1).rstrip()
    if match.re is _CAPITALS and headline.upper() == headline:
        return False  # "NEXT STEPS FOR THE CITY": a subheading in capitals
    return HEADLINE_WORDS_MIN <= len(headline.split()) <= HEADLINE_WORDS_MAX and not headline.endswith(".")
