"""Script lines: an inline script's source left in page text. Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.script_lines import is_script_line

_DATA = "\\x7b\\x22name\\x22\\x3a\\x22Box\\x22,\\x22lazy\\x22\\x3atrue,\\x22type\\x22\\x3a\\x22OnDemand\\x22\\x7d"
SCRIPT = (
    "(function() { document.addEventListener('DOMContentLoaded', function() { var settings = JSON.parse('"
    + _DATA
    + "'); window.boxes.push(settings); }); })();"
)
STORY = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu sanieren.",
        "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land trägt.",
    ],
    "en": [
        "The council decided on Monday to repair the old bridge over the river before the summer holidays begin.",
        "According to the town hall, the works will cost about two million euros, most of it paid by the region.",
    ],
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_script_between_a_storys_paragraphs_is_removed(lang):
    lines = [STORY[lang][0], SCRIPT, STORY[lang][1]]
    result = clean("\n".join(lines), "text")
    assert result.body.split("\n\n") == STORY[lang]
    assert [(r.position, r.reason) for r in result.removed] == [(1, "other-furniture")]


def test_a_script_line_needs_both_a_call_and_escaped_data():
    assert is_script_line(SCRIPT)
    assert not is_script_line("var settings = JSON.parse('" + _DATA + "');")  # data, no function
    assert not is_script_line("(function() { console.log('\\x41\\x42'); })();")  # a listing's example
    assert not is_script_line(STORY["en"][0])
