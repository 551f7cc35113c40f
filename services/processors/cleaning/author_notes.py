"""Notes about the writer that sites set at an article's edges: a closing note ("Jane Doe is a
senior writer for ...", "Anna Müller ist Redakteurin ...", a note opening with the byline's name or
a name in capitals) and a biography with a career opening a page. Read in English, German, French,
Spanish, Italian, Portuguese and Dutch by their words, and in any language by the byline's name.
Where these are read (the article's first and last blocks) is the classifier's business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import parse_byline
from services.processors.cleaning.signals import normalise, stopwords

# An author's note closing a story: "Jane Doe is a senior writer for ...", "Anna Müller ist Redakteurin
# ...", "Marie Dupont est journaliste ...", "María García es periodista ...", "Mario Rossi è giornalista
# ...", "João Silva é jornalista ...", "Jan de Vries is redacteur ..." (the article is optional: most of
# these languages drop it before a profession). Without the article a profession (_BIO_WORDS) must
# follow within BIO_REACH words: "The Roundtable was held ..." is no note about a writer.
_BIO = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]{1,30}(?:\s(?:[A-ZÀ-Þ][\w.'’-]{0,30}|de|da|di|du|dos|das|del|della|van|von|der|den|ter|le|la)){0,4}"
    r"\s(?P<copula>is|was|has been|ist|war|est|était|es|era|è|é|foi)"
    r"\s(?P<article>(?:a|an|the|ein|eine|un|une|una|uno|um|uma|een|de|la|le|el|il|lo|o)\s)?"
)
_BIO_WORDS = frozenset(
    "writer reporter editor correspondent journalist author columnist contributor freelance founder co-founder "
    "professor consultant developer blogger producer host expert "
    "redakteur redakteurin journalistin autorin korrespondent korrespondentin reporterin kolumnist kolumnistin "
    "volontär volontärin chefredakteur chefredakteurin "
    "journaliste rédacteur rédactrice auteur autrice correspondant correspondante chroniqueur chroniqueuse pigiste "
    "periodista redactor redactora corresponsal autor autora columnista "
    "giornalista redattore redattrice autore corrispondente editorialista "
    "jornalista redator redatora correspondente colunista "
    "redacteur verslaggever columniste".split()
)
# A writer's tie to a publication, which a biography states ("her work for", "writes for", "a senior
# writer at", "schreibt für", "écrit pour", "escribe para", "scrive per", "escreve para", "schrijft voor")
# and a profile of an author in the news does not ("has written 12 books").
_CAREER = re.compile(
    r"\b(?:(?:has|have) (?:written|reported|contributed) (?:for|to)|writes (?:for|regularly for)"
    r"|(?:his|her|their) work (?:for|at|with)|(?:regular )?contributor (?:to|for)"
    r"|(?:senior |staff |contributing |freelance )?(?:writer|reporter|editor|correspondent) (?:for|at|with)"
    r"|schreibt (?:für|regelmäßig für)|arbeitet (?:für|bei)|écrit (?:pour|dans)|travaille (?:pour|à)"
    r"|collabore (?:à|avec)|escribe (?:para|en)|trabaja (?:para|en)|colabora (?:con|en|com|no|na)"
    r"|scrive (?:per|su)|lavora (?:per|a)|collabora (?:con|a)|escreve (?:para|no|na)|trabalha (?:para|no|na)"
    r"|schrijft (?:voor|bij)|werkt (?:voor|bij))\b"
)
BIO_WORDS_MAX = 200
# A writer's name in capitals opening a note about them, then a lower-case word: "TIM DOE has done ...".
_CAPITALS_NAME = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,30}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,30}){1,3} [a-zß-ÿ]")
# A writer's name alone on its line, heading an author box: two to four capitalised words (particles between).
_NAME_LINE = re.compile(r"[A-ZÀ-Þ][\w.'’-]{1,30}(?: (?:[A-ZÀ-Þ][\w.'’-]{0,30}|de|da|di|du|van|von|der|le|la)){1,3}")
# A byline whose name an apposition follows: "By Alex Heath, a ...", "Par Marie Dupont, une ...".
_BYLINE_NOTE = re.compile(
    r"(?i:by|von|par|por|di|door) [A-ZÀ-Þ][\w.'’-]{1,30}(?: (?:[A-ZÀ-Þ][\w.'’-]{0,30}|de|da|di|van|von|der|le|la)){0,3}"
    r", (?:a|an|the|ein|eine|un|une|una|el|la|il|lo|o|een|de) "
)
# Pronouns and pointing words of the other languages _BIO reads that open a sentence as a name would.
_POINTING_WORDS = frozenset(
    "das dies dieses diese es er sie ce c cela ceci il elle esto eso esta este ello él ella questo questa "
    "quello quella lui lei isso isto esta este ele ela dit dat het hij zij".split()
)
_PERSON_PRONOUNS = frozenset("he she his her him er il elle él ella lui lei hij zij".split())
BIO_REACH = 3  # words after an article-less copula that name the writer's profession
AUTHOR_NOTE_WORDS = 80
MAX_BIO_CHARS = 1500


def is_author_note(block: Block, writers: frozenset[str] = frozenset()) -> bool:
    """A closing note about the writer: "Jane Doe is a senior writer for ..." (or its form in the
    languages of _BIO), or, in any language, a block of at most AUTHOR_NOTE_WORDS words opening with
    the full name of one of ``writers`` (the page's bylines), or of at most BIO_WORDS_MAX words
    opening with a name in capitals ("JANE DOE"), followed by a lower-case word ("Anna Müller berichtet seit 2015 ...", "TIM DOE has done
    ..."): a story does not close on its own writer's name, and sets names in capitals only in a
    note about its writer."""
    if _CAPITALS_NAME.match(block.text):
        return block.n_words <= BIO_WORDS_MAX  # a name set in capitals marks the note however long it runs
    if block.n_words > AUTHOR_NOTE_WORDS:
        return False
    if _is_bio_opening(block):
        return True
    return any(_opens_with_name(block.text, name) for name in writers)


def note_under_name(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int) -> bool:
    """The block at ``at`` is a note about the writer set under their name, at most AUTHOR_NOTE_WORDS
    words: the line above is the name alone (an author box's heading: "James Akinaka", then "James
    Akinaka arrives at Fandom by way of ...") and the block opens with it, or the line above is a
    byline and the block opens with its name or its first name ("By Devindra Hardawar", then
    "Devindra has been obsessed with technology ..."), a lower-case word after either. Under a name
    line the note also speaks of a person ("He covers ...": _PERSON_PRONOUNS), which a paragraph
    repeating its subheading ("Council Budget" / "Council Budget talks resumed ...") need not.
    (writer_boxes reads the same box anywhere by the story when a byline on the page names the writer.)"""
    if at == 0 or blocks[at].n_words > AUTHOR_NOTE_WORDS:
        return False
    above, text = blocks[at - 1], blocks[at].text
    if verdicts[at - 1] == "byline":
        name = parse_byline(above.text)
        return name is not None and (_opens_with_name(text, name) or _opens_with_name(text, name.split()[0]))
    return (
        verdicts[at - 1] is None
        and _NAME_LINE.fullmatch(above.text) is not None
        and _opens_with_name(text, above.text)
        and not _PERSON_PRONOUNS.isdisjoint(blocks[at].tokens)
    )


def is_byline_note(block: Block) -> bool:
    """A byline run on into a note about its writer, at most AUTHOR_NOTE_WORDS words: "By Alex Heath,
    a deputy editor and author of the Command Line newsletter. He's covered ...": "By", the name, a
    comma, an article, and a profession (_BIO_WORDS) among the next BIO_REACH + 3 words."""
    if block.n_words > AUTHOR_NOTE_WORDS:
        return False
    found = _BYLINE_NOTE.match(block.text)
    return found is not None and not _BIO_WORDS.isdisjoint(
        normalise(block.text[found.end() :]).split()[: BIO_REACH + 3]
    )


def opens_like_note(block: Block) -> bool:
    """Opens with a name and a copula, then an article or after a name of two words or more
    ("Marisa is a ...", "Fernando Flores is an ...", "Kathrin Bürger ist Fachanwältin ..."): the
    shape of a note about a person, whatever it goes on to say ("Es ist nicht ..." is none)."""
    if block.n_words > AUTHOR_NOTE_WORDS:
        return False
    found = _BIO.match(block.text)
    if found is None or block.tokens[0] in stopwords() or block.tokens[0] in _POINTING_WORDS:
        return False  # "This is a ...", "Das ist ein ...": a pronoun, no name
    return bool(found.group("article")) or block.text[: found.start("copula")].count(" ") >= 2


def opens_with_writer(block: Block, writers: frozenset[str]) -> bool:
    """A block of at most BIO_WORDS_MAX words opening with the full name of one of ``writers`` and
    a lower-case word ("Anna Müller kam 2001 zur Zeitung ...")."""
    return block.n_words <= BIO_WORDS_MAX and any(_opens_with_name(block.text, name) for name in writers)


def _is_bio_opening(block: Block) -> bool:
    """Opens like a note about a writer (_BIO) and names a profession: among the first 30 words
    after an article ("is a senior writer"), within BIO_REACH words of an article-less copula."""
    found = _BIO.match(block.text)
    if found is None:
        return False
    if found.group("article"):
        return not _BIO_WORDS.isdisjoint(block.tokens[:30])
    return not _BIO_WORDS.isdisjoint(normalise(block.text[found.end() :]).split()[:BIO_REACH])


def _opens_with_name(text: str, name: str) -> bool:
    if not text.startswith(name + " "):
        return False
    rest = text[len(name) + 1 :]
    return rest[:1].islower()


def writer_names(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None]) -> frozenset[str]:
    """The full names (two words or more) the page's byline blocks give."""
    names = set()
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict == "byline":
            name = parse_byline(block.text)
            if name is not None and len(name.split()) >= 2:
                names.add(name)
    return frozenset(names)


def is_author_bio(block: Block) -> bool:
    """A writer's biography ("Jane Doe is a personal finance writer who has covered ... In addition
    to her work for ..."): a note about the writer that also tells their career. A story's lead
    about a journalist ("Jane Doe is a journalist who was detained ...") tells no career."""
    return (
        block.n_words <= BIO_WORDS_MAX
        and _is_bio_opening(block)
        and _CAREER.search(block.text[:MAX_BIO_CHARS]) is not None
    )
