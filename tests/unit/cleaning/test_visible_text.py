"""A page's visible text, one block per line: the HTML path's fallback input."""

import time

from services.processors.cleaning.visible import visible_lines


def test_block_elements_break_lines_and_inline_elements_do_not():
    page = (
        "<html><head><title>Not visible</title><style>p {color: red}</style></head><body>"
        "<div>Top <a href='/'>Home</a> <b>News</b></div>"
        "<h1>Bridge reopens</h1><p>The bridge <em>reopened</em> on Monday.<br>Traffic resumed.</p>"
        "<ul><li>One</li><li>Two</li></ul><table><tr><td>Cell A</td><td>Cell B</td></tr></table>"
        "</body></html>"
    )
    assert visible_lines(page) == [
        "Top Home News", "Bridge reopens", "The bridge reopened on Monday.", "Traffic resumed.",
        "One", "Two", "Cell A", "Cell B",
    ]


def test_scripts_hidden_elements_and_comments_are_not_visible_but_text_after_them_is():
    page = (
        "<body><p>Before<script>var x = '<p>not text</p>';</script> after</p>"
        "<div hidden>Hidden menu</div><div style='display: none'>Popup</div><!-- a comment -->"
        "<noscript>Enable JavaScript</noscript><template><p>Template</p></template><p>End.</p></body>"
    )
    assert visible_lines(page) == ["Before after", "End."]


def test_fragments_declarations_and_entities_are_read():
    assert visible_lines("<p>One &amp; two</p><p>Three</p>") == ["One & two", "Three"]
    assert visible_lines("<?xml version='1.0' encoding='utf-8'?><html><body><p>Caf\u00e9</p></body></html>") == ["Caf\u00e9"]


def test_nothing_to_read_gives_no_lines():
    for page in ("", "   ", "<script>only()</script>", "<html><head><title>T</title></head></html>"):
        assert visible_lines(page) == []


def test_a_deep_and_large_page_is_read_in_bounded_time():
    deep = "<div>" * 50_000 + "Deep text." + "</div>" * 50_000
    wide = "<p>Paragraph of text.</p>" * 100_000
    started = time.process_time()
    assert visible_lines(deep)[-1:] in (["Deep text."], [])
    assert len(visible_lines(wide)) == 100_000
    assert time.process_time() - started < 10
