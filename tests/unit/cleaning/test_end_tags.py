"""Premature </html> and </body> end tags: the body a browser renders after them is still read."""

from services.processors.cleaning import clean
from services.processors.cleaning.end_tags import without_document_end_tags
from services.processors.cleaning.visible import visible_text

STORY = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall on Monday afternoon.",
    "Residents had asked for the repairs for a decade, after a lorry damaged the railing in a storm.",
]
# The head is closed together with the whole document, and the body only follows.
PAGE = (
    "<!doctype html>\n<html lang='en'><head><title>Bridge repairs approved</title></head>\n</html>\n\n"
    "<body class='single-post'><main><article><h1>Bridge repairs approved</h1>"
    + "".join(f"<p>{p}</p>" for p in STORY)
    + "</article></main></body>\n</html>"
)


def test_every_document_end_tag_is_dropped_and_nothing_else():
    assert without_document_end_tags("<html><head></head></HTML ><body><p>a</p></body></html>") == (
        "<html><head></head><body><p>a</p>"
    )
    assert without_document_end_tags("<p>a</p><div>b</div>") == "<p>a</p><div>b</div>"


def test_a_body_after_a_closed_document_is_the_pages_main_text():
    result = clean(PAGE, "html")
    assert result.body == "\n\n".join(STORY)


def test_a_body_after_a_closed_document_is_visible():
    assert visible_text(PAGE).splitlines()[-3:] == STORY
