"""A live ticker's entries, each under its minute or clock time, are the page's text; the
stamps and the substitutions between them frame the entries and do not end the story."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block, make_blocks
from services.processors.cleaning.live_tickers import is_ticker_stamp, ticker_spans

MENU = ["Accueil", "Football", "Tennis", "Rugby", "Basket", "Contact"]
FOOTER = ["Mentions légales", "Confidentialité", "Publicité", "Nous contacter"]

# language -> (headline, entries newest first, a substitution's two lines)
TICKERS = {
    "fr": (
        "Lorient - Lyon en direct",
        [
            "Le match est terminé, les deux équipes se quittent sur un score nul.",
            "Dernière occasion pour Lyon, mais la frappe passe au-dessus du but.",
            "Le gardien sort parfaitement devant l'attaquant et sauve son équipe.",
            "Carton jaune pour le milieu lorientais après une faute grossière.",
            "Le coup de pied de coin ne donne rien.",
            "Les deux équipes se cherchent en ce début de match.",
        ],
        ("Entrée de Paul Martin", "Sortie de Luc Bernard"),
    ),
    "de": (
        "Köln gegen Bochum im Liveticker",
        [
            "Abpfiff, die Partie endet ohne Tore und beide Teams sind enttäuscht.",
            "Die letzte Chance für Köln, doch der Schuss geht knapp am Tor vorbei.",
            "Der Torwart kommt weit heraus und klärt in höchster Not vor dem Stürmer.",
            "Gelbe Karte für den Bochumer Mittelfeldspieler nach einem harten Foul.",
            "Der Eckball bringt nichts ein.",
            "Beide Mannschaften tasten sich in den ersten Minuten noch ab.",
        ],
        ("Einwechslung Paul Meier", "Auswechslung Lukas Braun"),
    ),
    "en": (
        "Leeds v Everton live",
        [
            "Full time here, and the two sides share the points after a tight game.",
            "One last chance for Leeds, but the shot goes just over the bar.",
            "The keeper comes off his line and saves brilliantly from the striker.",
            "Yellow card for the Everton midfielder after a late challenge.",
            "The corner comes to nothing.",
            "Both teams are feeling each other out in the opening minutes.",
        ],
        ("On: Paul Miller", "Off: Luke Brown"),
    ),
}
MINUTES = ["90+2'", "88'", "74'", "61'", "32'", "3'"]


def _page(lang):
    headline, entries, (coming, going) = TICKERS[lang]
    lines = [*MENU, headline]
    for k, (minute, entry) in enumerate(zip(MINUTES, entries, strict=True)):
        lines += [minute, entry]
        if k in (1, 3):
            lines += [minute, coming, minute, going]  # a substitution, under its minute twice
    return [*lines, *FOOTER], entries


@pytest.mark.parametrize("lang", sorted(TICKERS))
def test_a_live_tickers_entries_are_the_pages_text(lang):
    lines, entries = _page(lang)
    body = clean("\n".join(lines), "text").body
    assert all(entry in body for entry in entries)
    assert "Mentions légales" not in body


def test_ticker_stamps_are_minutes_and_clock_times_alone():
    assert all(is_ticker_stamp(make_block(text)) for text in ["74'", "90+3'", "45 + 2'", "14:05", "14h05", "7’"])
    assert not any(is_ticker_stamp(make_block(text)) for text in ["74", "2019", "14:05 Uhr Anpfiff", "3/5"])


def test_a_timetable_without_sentences_is_no_ticker():
    lines = []
    for hour in range(8, 16):
        lines += [f"{hour}:15", "Abfahrt Hauptbahnhof"]
    assert ticker_spans(make_blocks(lines)) == []
    lines[1::4] = ["Der Zug fährt pünktlich ab und hält an jedem Bahnhof der Strecke."] * len(lines[1::4])
    assert ticker_spans(make_blocks(lines)) == [(0, len(lines) - 1)]


def test_comments_under_their_clock_times_stay_a_thread():
    _, entries, _ = TICKERS["en"]
    story = [
        "The council voted on Tuesday to build a new cycle lane along the high street, officials said.",
        "Work starts in the autumn and should take about a year, the mayor told reporters after the vote.",
        "Shop owners fear the loss of parking spaces and want to talk to the council about other places.",
    ]
    names = ["Peter Miller", "Anna Brown", "John Smith", "Mary Jones", "Tom Baker", "Kate Green"]
    thread = []
    for k, (name, entry) in enumerate(zip(names, entries, strict=True)):
        thread += [name, f"14:{10 + k}", entry, "Reply"]
    for told in (story, story[:1]):  # however short the story, the thread's comments are not its text
        body = clean("\n".join([*MENU, "Council approves cycle lane", *told, *thread, *FOOTER]), "text").body
        assert not any(entry in body for entry in entries)


def test_a_live_blog_entry_head_with_the_writer_run_on_is_a_stamp():
    from services.processors.cleaning.live_tickers import is_entry_head

    for head in ["21:22Frances Watkins", "18:28Key Event", "14:43Gavin O'Callaghan"]:
        assert is_entry_head(make_block(head)), head
    for line in ["14:05", "14:05 Anpfiff", "10:15 The minister said the talks had failed.", "Frances Watkins"]:
        assert not is_entry_head(make_block(line)), line


def test_a_live_blogs_entry_heads_leave_the_text_and_its_entries_stay():
    entries = [
        f"The council confirmed at {hour} o'clock that another {n} homes had lost power after the storm, and "
        f"crews were working through the night to restore supply to the worst affected streets."
        for hour, n in ((9, 120), (10, 80), (11, 60), (12, 45), (13, 30), (14, 12))
    ]
    heads = [f"{hour}:15Jane Doe" for hour in (14, 13, 12, 11, 10, 9)]
    page = ["Home", "News", "Storm LIVE: power cuts across the county"]
    for head, entry in zip(heads, reversed(entries), strict=True):
        page += [head, entry]
    body = clean("\n".join(page), "text").body
    assert all(entry in body for entry in entries)
    assert not any(head in body for head in heads)
