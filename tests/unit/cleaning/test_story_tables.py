"""A table of figures inside a story, in page text (one cell per line), does not end the story:
the paragraph under it is kept when it is about the story. A list of short lines without figures,
a table of cards whose labels recur, and another story's paragraph under a table still end it.
Every page here is constructed for the test, in English and German."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.story_tables import table_end

MENU = ["Home", "News", "Sport", "Culture", "Opinion"]
FOOTER = ["Imprint", "Privacy", "Contact", "Terms of use", "Careers"]
PAGES = {
    "en": (
        "Ferry passenger numbers rise again at the harbour terminal",
        [
            "Passenger numbers at the harbour terminal rose again last year, the harbour authority said on "
            "Monday. The ferries to the northern islands carried more passengers than ever before.",
            "The authority published its figures for every ferry route, showing growth on all but one of the "
            "island crossings. The table below lists the passengers carried on each route.",
        ],
        ["Route", "Passengers", "Change"],
        [
            ("Northern islands", "412,000", "+8%"),
            ("Southern islands", "230,500", "+3%"),
            ("Lighthouse", "41,200", "-2%"),
        ],
        "The harbour authority expects passenger numbers on the northern islands route to keep rising "
        "once the larger ferries enter service next summer, it said.",
    ),
    "de": (
        "Fährgäste im Hafen erneut mehr als im Vorjahr gezählt",
        [
            "Die Zahl der Fährgäste im Hafen ist im vergangenen Jahr erneut gestiegen, teilte die "
            "Hafenverwaltung am Montag mit. Die Fähren zu den nördlichen Inseln beförderten so viele Gäste wie nie.",
            "Die Verwaltung veröffentlichte ihre Zahlen für jede Fährlinie, mit Zuwächsen auf allen Linien bis "
            "auf eine. Die Tabelle zeigt die Fährgäste auf jeder Linie.",
        ],
        ["Linie", "Fährgäste", "Veränderung"],
        [
            ("Nördliche Inseln", "412.000", "+8 %"),
            ("Südliche Inseln", "230.500", "+3 %"),
            ("Leuchtturm", "41.200", "-2 %"),
        ],
        "Die Hafenverwaltung erwartet, dass die Zahl der Fährgäste auf der Linie zu den nördlichen Inseln "
        "weiter steigt, sobald die größeren Fähren im nächsten Sommer fahren.",
    ),
}


def _table(head: list[str], rows: list[tuple[str, str, str]], times: int) -> list[str]:
    cells = list(head)
    for k in range(times):
        for name, figure, change in rows:
            cells += [f"{name} {k + 1}", figure, change]
    return cells


def _page(language: str, after: str | None = None) -> tuple[str, str]:
    headline, story, head, rows, resumed = PAGES[language]
    resumed = after or resumed
    lines = MENU + [headline] + story + _table(head, rows, 4) + [resumed] + FOOTER
    return "\n\n".join(lines), resumed


@pytest.mark.parametrize("language", sorted(PAGES))
def test_story_goes_on_under_a_table_of_figures(language: str) -> None:
    page, resumed = _page(language)
    body = clean(page, "text").body
    assert PAGES[language][1][1] in body and resumed in body


def test_another_storys_paragraph_under_a_table_is_left_out() -> None:
    other = (
        "Wolves have returned to the mountain forests for the first time in a century, scientists reported "
        "after cameras filmed a family of seven animals crossing a valley at night."
    )
    page, _ = _page("en", other)
    body = clean(page, "text").body
    assert PAGES["en"][1][1] in body and other not in body


def _blocks(texts: list[str]) -> list:
    return [make_block(t) for t in texts]


def test_table_end_reads_cells_with_figures() -> None:
    cells = _table(["Route", "Passengers", "Change"], [("Route A", "412", "+8%"), ("Route B", "230", "+3%")], 2)
    blocks = _blocks(
        ["A paragraph of the story that ends here."]
        + cells
        + ["The story goes on under the table with a sentence of its own, as stories do."]
    )
    assert table_end(blocks, [None] * len(blocks), 1) == 1 + len(cells)


def test_table_end_refuses_lines_without_figures_and_recurring_labels() -> None:
    words = _blocks(["Home", "News", "Sport", "Culture", "Opinion", "Travel", "Weather", "Games"])
    assert table_end(words, [None] * len(words), 0) is None
    cards = _blocks(["Easy", "90 min", "4 servings", "Easy", "30 min", "2 servings", "Easy", "45 min"])
    assert table_end(cards, [None] * len(cards), 0) is None
    short = _blocks(["Route", "412", "+8%", "A sentence follows here, as a story's paragraph does."])
    assert table_end(short, [None] * len(short), 0) is None


def test_table_end_reads_two_tables_over_the_same_rows_and_a_long_table() -> None:
    rows = [(f"Writer {name}", f"{k * 7}", f"{k}.5%") for k, name in enumerate("ABCDEFGHIJKLMNOPQRST")]
    names = [f"Name {chr(65 + k)}{chr(65 + j)}" for k in range(4) for j in range(4)]  # 16 distinct row names
    cells = ["By changesets"] + [c for row in rows for c in row] + ["By changed lines"]
    cells += [c for row in rows for c in row] + [c for n in names for c in (n, "12", "3%")]
    blocks = _blocks(cells + ["The story goes on under the table with a sentence of its own, as stories do."])
    assert len(cells) > 80
    assert table_end(blocks, [None] * len(blocks), 0) == len(cells)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_name_column_heads_no_comments_section(language: str) -> None:
    """ "Name" labels a comment form's field, and a table's column too: a story goes on under a
    table headed "Name" as under any other (the comments' own headings still end it)."""
    headline, story, head, rows, resumed = PAGES[language]
    cells = _table(["Name", *head[1:]], rows, 4)
    page = "\n\n".join(MENU + [headline] + story + cells + [resumed] + FOOTER)
    assert resumed in clean(page, "text").body
    thread = ["Comments", "jdoe", "3 March 2024 at 14:05", resumed]
    page = "\n\n".join(MENU + [headline] + story + thread + FOOTER)
    assert resumed not in clean(page, "text").body


@pytest.mark.parametrize("language", sorted(PAGES))
def test_acronyms_in_a_tables_cells_end_no_table(language: str) -> None:
    """A row named by an acronym ("SPD", "GER") reads like a writer's initials on its own line: in
    a table it is a cell, and the story goes on under the table."""
    headline, story, head, rows, resumed = PAGES[language]
    acronyms = [("CDU", "412", "+8%"), ("SPD", "230", "+3%"), ("FDP", "41", "-2%"), ("AFD", "12", "-1%")]
    cells = list(head) + [cell for row in acronyms + list(rows) for cell in row]
    page = "\n\n".join(MENU + [headline] + story + cells + [resumed] + FOOTER)
    assert resumed in clean(page, "text").body


def _cookie_records(names: list[str]) -> list[str]:
    """A consent notice's list of cookies, one record per cookie, each naming its fields again."""
    lines = []
    for name in names:
        lines += ["Name", name, "Dauer", "1 Jahr", "Zweck", f"Dieser Cookie speichert die Auswahl für {name}."]
    return lines


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_name_label_each_record_repeats_opens_no_comments_section(language: str) -> None:
    """A consent notice above the story lists its cookies as records, each naming its fields
    again ("Name", "Dauer", "Zweck"): a label that recurs from record to record is a field's, not
    a comment form's, and the story under the notice is kept. A comment form's one "Name" under
    the story still ends it."""
    headline, story, _, _, resumed = PAGES[language]
    notice = [
        "Cookie Einstellungen",
        "Wir verwenden Cookies.",
        "Einige von ihnen sind essenziell und werden zum Betrieb der Webseite benötigt. Andere dienen der "
        "Verbesserung Ihres Nutzererlebnisses und können nach Belieben aktiviert oder deaktiviert werden. Ihre "
        "Auswahl können Sie jederzeit in den Einstellungen am Ende jeder Seite ändern.",
        *_cookie_records(["cc1601", "PHPSESSID", "gmaps", "overlay"]),
    ]
    page = "\n\n".join(notice + MENU + [headline] + story + [resumed] + FOOTER)
    body = clean(page, "text").body
    assert story[0] in body and resumed in body
    form = ["Name", "E-Mail", "Website", resumed]
    page = "\n\n".join(MENU + [headline] + story + form + FOOTER)
    assert resumed not in clean(page, "text").body
