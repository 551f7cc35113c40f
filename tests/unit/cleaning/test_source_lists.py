"""A reference site's list of clipped entries from elsewhere, each closed by an ellipsis and its source."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.source_lists import clipped_source, mark_source_lists

ENTRY = [
    "Rhizome is a concept the two philosophers use for a network without centre, hierarchy or fixed order.",
    "They set it against the tree, whose branches all go back to a single root and a single trunk.",
    "The concept runs through their second book and shaped much later writing on networks and media.",
]
CLIPPED_EN = [
    "- Network theory — Network theory is the study of graphs as a representation of relations between … Wikipedia",
    "- rhizome — noun A horizontal stem of a plant that grows underground and sends out roots … Wiktionary",
    "- Hierarchy — A hierarchy is an arrangement of items in which the items are represented as being … Wikipedia",
    "- Arborescence — In graph theory an arborescence is a directed graph in which … Wikipedia",
]
CLIPPED_DE = [
    "- Netzwerktheorie — Die Netzwerktheorie untersucht Graphen als Darstellung von Beziehungen … Wikipedia",
    "- Rhizom — Ein Rhizom ist ein meist unterirdisch wachsendes Sprossachsensystem … Wikipedia",
    "- Hierarchie — Eine Hierarchie ist ein System von Elementen, die einander über- und … Wikipedia",
]


def test_the_source_after_a_closing_ellipsis_is_read():
    assert clipped_source(CLIPPED_EN[0]) == "Wikipedia"
    assert clipped_source("... as opposed to macropolitics... Oxford Dictionary") == "Oxford Dictionary"
    assert clipped_source("He paused and looked at the sea.") is None
    assert clipped_source("She waited … and then she left") is None  # no capital after the ellipsis


def test_a_run_of_clipped_entries_is_removed_in_english_and_german():
    for clipped in (CLIPPED_EN, CLIPPED_DE):
        result = clean("\n".join(["Rhizome", *ENTRY, "Look at other dictionaries:", *clipped]), "text")
        assert all(line not in result.body for line in clipped)
        assert "Look at other dictionaries:" not in result.body
        assert all(line in result.body for line in ENTRY)


def test_two_clipped_lines_or_three_different_sources_are_no_list():
    quotes = [
        "The letter ended: 'we will not give up, whatever it costs us' … The Times",
        "A reply came a week later: 'we have read your letter with interest' … Le Monde",
        "And a last note in May: 'the matter is closed for now' … El País",
    ]
    blocks = make_blocks(quotes)
    verdicts = [None] * len(blocks)
    mark_source_lists(blocks, verdicts)
    assert verdicts == [None, None, None]
    blocks = make_blocks(CLIPPED_EN[:2])
    verdicts = [None, None]
    mark_source_lists(blocks, verdicts)
    assert verdicts == [None, None]


def test_a_marked_block_breaks_the_run():
    blocks = make_blocks([CLIPPED_EN[0], "Advertisement", CLIPPED_EN[2], CLIPPED_EN[3]])
    verdicts = [None, "advertisement", None, None]
    mark_source_lists(blocks, verdicts)
    assert verdicts == [None, "advertisement", None, None]
    blocks = make_blocks(CLIPPED_DE)
    verdicts = [None, None, None]
    mark_source_lists(blocks, verdicts)
    assert verdicts == ["related-links"] * 3


def test_a_longer_line_above_the_list_is_no_label():
    lead = "The philosophers described the idea in several places, and these are the main ones:"
    blocks = make_blocks([lead, *CLIPPED_DE])
    verdicts = [None] * len(blocks)
    mark_source_lists(blocks, verdicts)
    assert verdicts == [None] + ["related-links"] * 3
    blocks = make_blocks(["Siehe auch:", *CLIPPED_DE])
    verdicts = [None] * len(blocks)
    mark_source_lists(blocks, verdicts)
    assert verdicts == ["related-links"] * 4
