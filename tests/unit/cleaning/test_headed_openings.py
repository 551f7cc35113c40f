"""A story's opening under its headline, cut off from the heavier rest by a table or a box, is the
story's (story_runs.headed_opening) when it is about the same thing. Pages constructed for the test."""

from services.processors.cleaning import clean

OPENING = [
    "Die meisten Katzen freuen sich über ein wildes Spiel. Elektronisches Katzenspielzeug hält sie auch dann in "
    "Bewegung, wenn niemand zu Hause ist, und sorgt für Abwechslung im Alltag der Katze.",
    "Ist Ihre Katze häufig allein? Dann ist es wichtig, dass sie ausreichend beschäftigt wird. Wir haben uns deshalb "
    "verschiedene elektronische Katzenspielzeuge angeschaut und sagen, welches Spielzeug zu welcher Katze passt.",
]
REST = [
    "Elektronisches Katzenspielzeug bewegt sich von allein, weckt den Jagdtrieb der Katze und lässt sich meist per USB laden.",
    "Ein Ball, der über den Boden rollt, spricht vor allem junge Katzen an, während ältere Katzen ruhigeres Spielzeug mögen.",
    "Wichtig ist, dass das Spielzeug stabil gebaut ist, denn Katzen beißen und kratzen beim Spiel kräftig zu.",
    "Bei batteriebetriebenem Katzenspielzeug sollte das Fach fest verschraubt sein, damit die Katze keine Batterie verschluckt.",
    "Viele Modelle schalten sich nach einigen Minuten ab, damit die Katze Pausen macht und das Spielzeug spannend bleibt.",
    "Wer mehrere Katzen hat, wählt am besten Spielzeug, das groß genug für gemeinsame Jagdspiele ist und nicht sofort umkippt.",
]
REST = [
    f"{p} Das zeigte unser Test mit {n + 4} Katzen im Jahr {2015 + n} sehr deutlich." for n, p in enumerate(REST * 2)
]
TABLE = [cell for n in range(1, 13) for cell in (f"Modell {n}", f"{n * 3},99 €", "Akku", "Ja")]


def _page(headline: str, opening: list[str]) -> str:
    """A guide under its headline and byline: ``opening``, a comparison table, then the rest."""
    menu = ["Startseite", "Ratgeber", "Katzen", "Hunde", "Kontakt"]
    lines = [*menu, headline, "1. Februar 2022 von Steffi Sommer", *opening, "Produkt", "Preis", *TABLE, *REST]
    return "\n".join([*lines, "Impressum", "Datenschutz"])


def test_the_opening_under_the_headline_stays_when_a_table_cuts_it_off_from_the_rest():
    body = clean(_page("Kaufratgeber: elektronisches Katzenspielzeug für Abwechslung", OPENING), "text").body
    assert all(p in body for p in OPENING + REST)
    assert "Modell 3" not in body


def test_a_run_about_something_else_under_the_headline_stays_out():
    other = [
        "Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu "
        "sanieren. Die Arbeiten beginnen im März und dauern voraussichtlich vier Monate.",
        "Nach Angaben der Verwaltung kostet die Sanierung rund zwei Millionen Euro. Den größten Teil davon trägt das "
        "Land, den Rest zahlt die Gemeinde aus ihren Rücklagen.",
    ]
    body = clean(_page("Brücke wird saniert: Arbeiten beginnen im März", other), "text").body
    assert all(p in body for p in REST)
    assert not any(p in body for p in other)
