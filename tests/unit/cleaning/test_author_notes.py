"""Notes about the writer, read block by block."""

import pytest

from services.processors.cleaning.author_notes import is_author_bio, is_author_note, writer_names
from services.processors.cleaning.blocks import make_block, make_blocks


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe is a senior writer for the Gazette and covers city hall.",
        "Anna Müller ist Redakteurin im Lokalressort.",
        "Marie Dupont est journaliste au service local.",
        "Jan de Vries is verslaggever bij de stadsredactie.",
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
