"""Notes about the writer, read block by block."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.author_notes import is_author_bio, is_author_note, note_under_name, writer_names
from services.processors.cleaning.blocks import make_block, make_blocks


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe is a senior writer for the Gazette and covers city hall.",
        "Anna Müller ist Redakteurin im Lokalressort.",
        "Marie Dupont est journaliste au service local.",
        "Jan de Vries is verslaggever bij de stadsredactie.",
        "Mark di Stefano is a breaking news reporter based in Sydney.",
        "TIM DOE has done many things in his short life.",
    ],
)
def test_notes_about_the_writer(text):
    assert is_author_note(make_block(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Roundtable was held in March, and its host, a former editor, thanked the guests.",
        "Klaus Weber ist Bürgermeister und sprach von einem wichtigen Schritt.",
        "ADAC und VCD begrüßten den Beschluss ebenfalls.",
    ],
)
def test_sentences_that_are_no_note_about_the_writer(text):
    assert not is_author_note(make_block(text))


def test_a_bylines_full_name_opening_a_block_makes_it_a_note():
    blocks = make_blocks(["Von Anna Müller", "Anna Müller lebt in der Altstadt und fährt Rad."])
    names = writer_names(blocks, ["byline", None])
    assert names == frozenset({"Anna Müller"})
    assert is_author_note(blocks[1], names)
    assert not is_author_note(make_block("Anna Müller, die Sprecherin, sagte nichts."), names)


def test_a_biography_tells_a_career():
    assert is_author_bio(make_block("Anna Müller ist Journalistin und schreibt für mehrere Zeitungen."))
    assert not is_author_bio(make_block("Anna Müller ist Journalistin und wurde am Montag festgenommen."))


def test_a_long_note_opening_with_a_name_in_capitals_is_a_note_up_to_a_biography_length():
    life = " He grew up by the sea, studied music and played bass in three bands before he turned to writing."
    long_note = make_block("JANE DOE has written about songs for many years." + life * 5)
    assert 80 < long_note.n_words <= 200
    assert is_author_note(long_note)
    assert not is_author_note(make_block("JANE DOE has written about songs." + life * 12))  # too long for a note
    assert not is_author_note(make_block("Jane Doe has written about songs." + life * 5))  # no capitals, too long


def test_a_note_under_the_writers_name_or_byline_is_a_note():
    """An author box: the name alone, then a note opening with it; or a byline, then a note opening
    with its name or first name."""
    boxed = make_blocks(["James Akinaka", "James Akinaka arrives at Fandom by way of Wookieepedia. He covers film."])
    assert note_under_name(boxed, [None, None], 1)
    under_byline = make_blocks(["By Devindra Hardawar", "Devindra has been obsessed with technology since childhood."])
    assert note_under_name(under_byline, ["byline", None], 1)
    assert not note_under_name(under_byline, [None, None], 1)  # a first name alone needs the byline above
    quoted = make_blocks(["James Akinaka", "James Akinaka, the museum's director, said the doors stay open."])
    assert not note_under_name(quoted, [None, None], 1)  # the name, then no lower-case word
    repeated = make_blocks(["Council Budget", "Council Budget talks resumed on Monday after a week of delays."])
    assert not note_under_name(repeated, [None, None], 1)  # a subheading repeated: no person


STORY = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall after the vote was counted.",
    "The old bridge was closed in March after inspectors found cracks in two of its piers, the report said.",
    "Drivers will keep using the ferry until then, and the council will pay for extra crossings at peak hours.",
]


def test_page_text_ends_the_story_above_a_note_under_the_writers_name():
    page = STORY + ["James Akinaka", "James Akinaka arrives at the Gazette by way of the Herald. He covers transport."]
    body = clean("\n".join(page), "text").body
    assert STORY[-1] in body
    assert "James Akinaka" not in body
