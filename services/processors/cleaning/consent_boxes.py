"""A site's cookie-consent box in page text: a stretch of paragraphs that mostly speak of cookies.

A consent box reaches page text as prose ("Unbedingt notwendige Cookies sollten jederzeit
aktiviert sein ...", "Diese Website verwendet Matomo ...") between its toggles and buttons, and
on a short post it can outweigh the post and be taken as the story, or trail the story as a run
of its own. A stretch of prose (blocks weighing more than nothing, at most GAP_MAX other blocks
between two of them) is a box when at least COOKIE_SHARE of its prose blocks name cookies (the
word every language borrows: "cookie", "Cookies", "plików cookie"), at least ADDRESS_SHARE of
those speak as the site to the reader ("we", "our", "you", "wir", "uns", "Deine", "nous": a
report on cookies quotes and reports instead) and no story header heads it (a story about
cookies sits under its headline, byline or date; a consent box under none).

A paragraph names the site's cookies only when it is short (at most SHORT_NAMING_WORDS words: "Dieser
Cookie speichert Ihre Entscheidung.") or also speaks of the web: the site, the browser, the
visitor's data, consent, settings or partners (WEB_WORDS). Cookies that are baked ("a rotisserie
chicken or freshly baked cookies for 50 percent off", "cookie sheets") go with no such word, and a
shopping or baking story that tells its reader about them is no consent box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from services.processors.cleaning.blocks import Block
from services.processors.cleaning.markers import addresses_reader

COOKIE_WORDS = frozenset({"cookie", "cookies"})
SHORT_NAMING_WORDS = 20
# The web a consent box speaks of, in English, German, French, Spanish, Italian and Portuguese.
WEB_WORDS = frozenset(
    "website websites site sites web webseite webseiten internetseite internetseiten homepage browser browsers "
    "navigateur navigateurs navegador navegadores sito siti sitio sitios dienste services servicios "
    "consent einwilligung zustimmung zustimmen consentement consentimiento consenso "
    "privacy datenschutz privacidad confidentialité privacidade analytics tracking "
    "data daten données datos dados settings einstellungen paramètres configuración impostazioni preferences "
    "accept akzeptieren akzeptiert akzeptierst accepter aceptar aceitar "
    "partner partners drittanbieter dritten third tiers terceros visitors besucher visiteurs visitantes".split()
)
GAP_MAX = 3  # short lines between two of the box's paragraphs: a toggle, a button, a category's name
COOKIE_SHARE = 0.6  # of the stretch's prose blocks; a story's one paragraph on cookies is far below
ADDRESS_SHARE = 0.5  # of the paragraphs naming cookies


def consent_boxes(
    blocks: Sequence[Block], weights: Sequence[float], headed: Callable[[tuple[int, int]], bool]
) -> list[tuple[int, int]]:
    """[start, end) of every consent box (see the module docstring); ``headed(stretch)`` says
    whether a story header heads the stretch. Linear."""
    boxes: list[tuple[int, int]] = []
    for start, end in _prose_stretches(weights):
        prose = [i for i in range(start, end) if weights[i] > 0]
        naming = [i for i in prose if _names_site_cookies(blocks[i])]
        addressing = sum(1 for i in naming if addresses_reader(blocks[i].tokens))
        if (
            len(naming) >= COOKIE_SHARE * len(prose)
            and addressing >= ADDRESS_SHARE * len(naming)
            and not headed((start, end))
        ):
            boxes.append((start, end))
    return boxes


def _names_site_cookies(block: Block) -> bool:
    """Names cookies, and is short or speaks of the web (module docstring)."""
    if COOKIE_WORDS.isdisjoint(block.tokens):
        return False
    return block.n_words <= SHORT_NAMING_WORDS or not WEB_WORDS.isdisjoint(block.tokens)


def _prose_stretches(weights: Sequence[float]) -> list[tuple[int, int]]:
    """[start, end) of each stretch of positive weights with at most GAP_MAX others between two."""
    stretches: list[tuple[int, int]] = []
    start = last = None
    for i, weight in enumerate(weights):
        if weight <= 0:
            continue
        if last is None or i - last - 1 > GAP_MAX:
            if start is not None and last is not None:
                stretches.append((start, last + 1))
            start = i
        last = i
    if start is not None and last is not None:
        stretches.append((start, last + 1))
    return stretches
