"""A subtitle under a story's headline in page text belongs to the story: on constructed pages."""

from __future__ import annotations

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.story_subtitles import headline_above_subtitle

HEADLINE = "Hafenfest wird erneut verschoben"
SUBTITLE = "Die Stadt sagt die Feier wegen der Bauarbeiten am Kai zum zweiten Mal ab"
STORY = [
    "Das Hafenfest findet in diesem Sommer nicht statt, teilte die Stadtverwaltung am Montag mit, und ein neuer Termin steht noch nicht fest.",
    "Grund sind die Bauarbeiten an der Kaimauer, die sich nach Angaben der Stadt um mindestens vier Monate verzögern.",
    "Die Schausteller reagierten enttäuscht, viele hatten bereits Personal eingestellt und Waren bestellt.",
]


def _page(header: list[str]) -> str:
    return "\n".join(["Startseite", "Lokales", "Kultur", *header, *STORY, "Impressum", "Kontakt"])


def test_a_subtitle_under_the_headline_is_kept_and_the_line_above_is_the_headline():
    result = clean(_page([HEADLINE, "12.05.2024, 09:15 Uhr", SUBTITLE]), "text")
    assert result.headline == HEADLINE
    assert SUBTITLE in result.body and HEADLINE not in result.body


def test_a_repeated_headline_a_name_or_a_dated_line_makes_no_subtitle():
    lines = ["Hafenfest erneut verschoben", HEADLINE, "Anna Berg", SUBTITLE, "12. Mai 2024 Lokales Hafen Kultur"]
    blocks = make_blocks(lines)
    local = [None] * len(blocks)
    assert headline_above_subtitle(blocks, local, 1) is None  # repeats the line above (a kicker, a breadcrumb)
    assert headline_above_subtitle(blocks, local, 3) is None  # a writer's name above is no headline
    assert headline_above_subtitle(blocks, local, 4) is None  # a date with tags is no subtitle
    assert headline_above_subtitle(blocks, [None, None, "byline", None, None], 3) == 1  # a byline between


def test_a_section_label_or_a_breadcrumb_above_the_headline_is_no_headline():
    for label in [
        "National / Crime & Legal",
        "in Business, PRESS RELEASE",
        "NEWS FEATURES BEAUTY HEALTH",
        "Aus den Ländern, Blog, sonstiges, Termine",
        "Monologue of the Algorithm »",
        "The Elder Scrolls",
    ]:
        result = clean(_page([label, HEADLINE]), "text")
        assert result.headline == HEADLINE, label
        assert HEADLINE not in result.body, label


def test_a_byline_or_a_date_line_under_the_headline_is_no_subtitle():
    blocks = make_blocks(
        [HEADLINE, "By Anna Berg Last updated May 12, 2024", "Mon 20 Jan 2020 06.05 GMT Last modified"]
    )
    assert headline_above_subtitle(blocks, [None, None, None], 1) is None
    assert headline_above_subtitle(blocks, [None, None, None], 2) is None


def test_a_headline_quoting_in_guillemets_is_no_breadcrumb():
    for quoted in ["»Wir feiern erst im Herbst wieder«", "Bürgermeisterin: «Das Fest fällt aus»"]:
        result = clean(_page([quoted, "Von Anna Berg", SUBTITLE]), "text")
        assert result.headline == quoted, quoted
        assert SUBTITLE in result.body, quoted
    result = clean(_page(["Lokales » Kultur", HEADLINE]), "text")  # a path's separator still makes a label
    assert result.headline == HEADLINE
