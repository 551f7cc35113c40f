"""Contents links: subheadings that a page's table of contents links stay in the HTML body."""

from __future__ import annotations

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.contents_links import contents_entries, keep_subheadings
from services.processors.cleaning.signals import normalise
from services.processors.cleaning.trailing_headings import heading_texts

SECTIONS = [
    (
        "Tankstellen: Wo kann man den Zusatz kaufen?",
        "Den Zusatz gibt es an fast jeder Tankstelle in Kanistern von zwei bis zehn Litern, dazu im Baumarkt "
        "und im Zubehörhandel, meist deutlich günstiger als in der Werkstatt.",
    ),
    (
        "Verbrauch: Wie viel braucht ein Auto?",
        "Der Verbrauch liegt je nach Motor und Fahrweise bei etwa einem bis drei Litern auf tausend Kilometer, "
        "bei schweren Geländewagen und Transportern auch deutlich darüber.",
    ),
    (
        "Reserve: Was passiert, wenn der Tank leer ist?",
        "Ist der Tank leer, lässt sich der Motor nach dem nächsten Abstellen nicht mehr starten, bis wieder "
        "nachgefüllt wurde; das Auto warnt aber viele hundert Kilometer vorher.",
    ),
]


def _page(href: str) -> str:
    contents = "".join(f"<li><a href='{href}#s{i}'>{h}</a></li>" for i, (h, _) in enumerate(SECTIONS))
    body = "".join(f"<h2 id='s{i}'>{h}</h2><p>{p}</p>" for i, (h, p) in enumerate(SECTIONS))
    intro = (
        "Moderne Dieselautos brauchen einen Zusatz im eigenen Tank, damit die Abgase sauber bleiben. Wir "
        "erklären, was Fahrer wissen müssen."
    )
    return (
        "<html><head><title>Der Zusatz im Diesel</title></head><body><main><article><h1>Der Zusatz im Diesel</h1>"
        f"<p>{intro}</p><nav class='toc'><ul>{contents}</ul></nav>{body}</article></main></body></html>"
    )


def test_contents_entries_are_fragment_links_named_like_a_heading():
    tree = trafilatura.load_html(
        _page("/ratgeber/zusatz.html") + "<a href='/anderer-artikel.html'>Verbrauch: Wie viel braucht ein Auto?</a>"
    )
    assert tree is not None
    headings = heading_texts(tree)
    assert contents_entries(tree, headings) == frozenset(normalise(h) for h, _ in SECTIONS)
    assert contents_entries(tree, frozenset()) == frozenset()
    other = trafilatura.load_html(
        "<html><body><h2>Mehr zum Thema Tanken</h2><a href='/tanken'>Mehr zum Thema Tanken</a>"
        "<a href='/x#top'>Nach oben</a></body></html>"
    )
    assert contents_entries(other, heading_texts(other)) == frozenset()


def test_keep_subheadings_clears_a_lone_entry_and_leaves_the_contents_list():
    texts = [SECTIONS[0][0], SECTIONS[1][0], SECTIONS[2][0], SECTIONS[0][1], SECTIONS[1][0], SECTIONS[1][1]]
    blocks = make_blocks(texts)
    entries = frozenset(normalise(h) for h, _ in SECTIONS)
    verdicts = ["related-links", "related-links", "related-links", None, "related-links", None]
    keep_subheadings(blocks, verdicts, entries)  # type: ignore[arg-type]
    assert verdicts == ["related-links", "related-links", "related-links", None, None, None]
    other = ["navigation", None, None, None, "navigation", None]
    keep_subheadings(blocks, other, entries)  # type: ignore[arg-type]
    assert other == ["navigation", None, None, None, "navigation", None]  # only the link rule's verdict is undone


def test_html_path_keeps_subheadings_linked_from_the_contents_by_path_and_fragment():
    # "Label: text" subheadings read as labelled link lines ("Read: <title>") when their link counts
    body = clean(_page("/ratgeber/zusatz.html"), "html").body
    for heading, paragraph in SECTIONS:
        assert paragraph in body
        assert heading in body.split("\n\n")
