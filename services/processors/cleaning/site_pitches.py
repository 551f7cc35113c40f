"""A site's pitch under its story in page text: a line to the reader about the site, its articles
or the reader's support ("Ihr Beitrag hilft, unsere Berichterstattung ...", "If you enjoyed reading
this post, would you consider supporting our work?", "Verpasse keine News ..."), set among the kept
blocks below most of the story, beyond the last few blocks the edge checks read
(classifier.mark_edge_furniture, closing_prompts.py).

A kept block is a pitch when, all of:

- at least STORY_SHARE of the story's paragraph text lies above it, in STORY_PARAGRAPHS_MIN
  paragraphs or more (the story has been told);
- it is short (PITCH_WORDS words at most), opens on no quotation mark, says nothing in the first
  person singular (a letter or a quote: a site speaks to its reader as "we"), and is a site's own
  words: it opens with a site's imperative (markers.json: "Subscribe", "Verpasse", "Abonnez"; a
  weaker one, or a service named, is too common in guides and listicles), or an address to the reader
  (markers.addresses_reader, or German's capitalised formal "Sie", "Ihnen", "Ihre" inside a
  sentence, which lowercased words cannot tell from "she" or "they", or a Polish possessive) that
  names an article, journalism, support or a donation (_SITE_SUPPORT);
- it shares fewer than SHARED_WORDS_MAX long-word stems with the story's paragraphs above it,
  while having TOPIC_WORDS_MIN of its own;
- no paragraph below it shares STORY_GOES_ON_WORDS stems with the story above it (else the story
  goes on, and the line is its own).

The stems are what tell a site's words from a story that itself speaks to its reader (a guide, an
appeal in a press release): the story's sentences name its subject; a pitch names the site, its
newsletter, its readers' money. Only short word lists are read, in en, de, fr, es, it, pt, nl, pl.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.closing_prompts import text_quotes
from services.processors.cleaning.markers import addresses_reader, is_call_to_action

PITCH: RemovalReason = "subscription-prompt"
PITCH_WORDS = 60
STORY_SHARE = 0.5
STORY_PARAGRAPHS_MIN = 3
LONG_WORD_CHARS = 7
STEM_CHARS = 6
TOPIC_WORDS_MIN = 3
SHARED_WORDS_MAX = 2  # one shared stem may be chance ('berichtet', 'Berichterstattung'); two name the subject
STORY_GOES_ON_WORDS = 2  # long words a later paragraph shares with the story above to continue it
# German's formal "you" in capitals after a word that is not a sentence's end ("finden Sie", "hilft
# Ihnen", "für Ihre"): "Sie" opening a sentence may be "she" or "they", so it is not read.
_FORMAL_ADDRESS = re.compile(r"(?<=[a-zäöüß,]) (?:Sie|Ihnen|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
# Polish second-person and first-person-plural possessives, which the marker lists lack.
_POLISH_READER = frozenset("twój twoja twoje twoich twoim nasz nasza nasze naszych naszym naszej naszego".split())
# A person's own voice, as in a letter or a quote: a site speaks to its reader as "we".
_FIRST_PERSON = frozenset(  # en, de, fr, es, it, pt, nl, pl ("ma", Polish "has", is left out)
    "i me my ich mich mir mein meine je moi mon mes yo mí mi io mio mia eu meu minha ik mij mijn ja mnie mój moja".split()
)
# What a site asks its reader to support, or names of its own, when it speaks of itself: its
# articles, its journalism, the reader's support or donation (en, de, fr, es, it, pt, nl, pl).
_SITE_SUPPORT = frozenset(
    "support supporting donate donation donations contribution contribute article post journalism "
    "unterstützen unterstützung unterstützt spende spenden beitrag artikel journalismus "
    "soutenir soutien soutenez article journalisme "
    "apoyar apoyo apoya donar donación donaciones aporte artículo periodismo "
    "sostenere sostegno sostieni donare donazione contributo articolo giornalismo "
    "apoiar apoio apoie doar doação contribuição artigo jornalismo "
    "steunen steun doneren donatie bijdrage artikel journalistiek "
    "wesprzeć wsparcie wspieraj wesprzyj darowizna wpłata artykuł dziennikarstwo".split()
)
_WORD = re.compile(r"\w+")


def addresses_formally(text: str) -> bool:
    """Speaks to the reader with German's formal "Sie" inside a sentence, or a Polish possessive."""
    return bool(_FORMAL_ADDRESS.search(text)) or not _POLISH_READER.isdisjoint(_WORD.findall(text.lower()))


def _is_sites_word(block: Block) -> bool:
    """Opens with a site's imperative (markers.json's list: "Subscribe", "Verpasse", "Abonnez")."""
    return is_call_to_action(block.tokens)


def _asks_for_support(block: Block) -> bool:
    """Speaks to the reader of the site's articles, its journalism or the reader's support."""
    addressed = addresses_reader(block.tokens) or addresses_formally(block.text)
    return addressed and not _SITE_SUPPORT.isdisjoint(block.tokens)


def long_words(text: str) -> set[str]:
    """The stems (first STEM_CHARS characters, so "Ergebnis" meets "Ergebnisse") of the lowercased
    words of LONG_WORD_CHARS characters or more: what names a text's subject."""
    return {w[:STEM_CHARS] for w in _WORD.findall(text.lower()) if len(w) >= LONG_WORD_CHARS and not w.isdigit()}


def mark_site_pitches(
    blocks: Sequence[Block],
    verdicts: list[RemovalReason | None],
    is_paragraph: Callable[[Block], bool],
) -> None:
    """Give PITCH to the kept blocks that are a site's pitch below its story (module docstring)."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    paragraphs = [i for i in kept if is_paragraph(blocks[i])]
    total = sum(len(blocks[i].text) for i in paragraphs)
    if len(paragraphs) < STORY_PARAGRAPHS_MIN + 1 or not total:
        return
    stems = {i: long_words(blocks[i].text) for i in paragraphs}
    seen_words: set[str] = set()
    seen_weight = 0
    seen_paragraphs = 0
    for i in kept:
        block = blocks[i]
        if (
            seen_paragraphs >= STORY_PARAGRAPHS_MIN
            and seen_weight >= STORY_SHARE * total
            and _is_pitch(block, seen_words)
            and not _story_goes_on([stems[j] for j in paragraphs if j > i], seen_words)
        ):
            verdicts[i] = PITCH
            continue
        if i in stems:
            seen_words |= stems[i]
            seen_weight += len(block.text)
            seen_paragraphs += 1


def _is_pitch(block: Block, story_words: set[str]) -> bool:
    """A short line of the site's own words, naming (nearly) nothing of the story above."""
    if block.n_words > PITCH_WORDS or text_quotes(block.text) or not _FIRST_PERSON.isdisjoint(block.tokens):
        return False
    if not (_is_sites_word(block) or _asks_for_support(block)):
        return False
    own = long_words(block.text)
    return len(own) >= TOPIC_WORDS_MIN and len(own & story_words) < SHARED_WORDS_MAX


def _story_goes_on(later: list[set[str]], story_words: set[str]) -> bool:
    """A paragraph below (given by its stems) shares STORY_GOES_ON_WORDS stems with the story above."""
    return any(len(words & story_words) >= STORY_GOES_ON_WORDS for words in later)
