"""Story sections: paragraphs of the story's article that trafilatura's text lacks are put back."""

from __future__ import annotations

from lxml import html as lxml_html

from services.processors.cleaning.story_sections import story_paragraphs, with_story_sections

FIRST = [
    "The harbour council has approved a second ferry berth for the island after a long debate on Tuesday.",
    "Councillors voted seven to two for the ferry berth plan after the harbour master described summer queues.",
]
SECOND = [
    "The new ferry berth will be built on the northern quay, where the old fish market stood until the fire.",
    "Ferry queues on summer weekends have reached three hours, the harbour master told the council meeting.",
    "Work on the ferry berth is due to start in the spring and should finish before the second summer season.",
]
OFF_TOPIC = "A bakery in the old town has won a national prize for its rye bread, the third award in many years."


def _paragraphs(article_inner: str, wrapper: str = "article") -> tuple:
    second = "".join(f"<p>{p}</p>" for p in SECOND)
    page = (
        f"<html><body><main><{wrapper}><h1>Second ferry berth</h1>{article_inner}"
        f"<div class='section'><div class='text'>{second}</div></div></{wrapper}></main></body></html>"
    )
    return story_paragraphs(lxml_html.document_fromstring(page))


def _section(paragraphs: list[str]) -> str:
    return "<div class='section'><div class='text'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></div>"


TRAFILATURA = "\n".join(SECOND)  # trafilatura took the second section for the whole story


def test_a_section_of_the_story_trafilatura_left_out_is_put_back_in_page_order():
    paragraphs = _paragraphs(_section(FIRST))
    assert with_story_sections(paragraphs, TRAFILATURA) == "\n".join(FIRST + SECOND)


def test_a_section_between_kept_paragraphs_goes_where_the_page_has_it():
    page = (
        "<html><body><article>"
        + _section(SECOND[:2])
        + _section(FIRST)
        + _section(SECOND[2:])
        + "<p>Too short to count.</p></article></body></html>"
    )
    paragraphs = story_paragraphs(lxml_html.document_fromstring(page))
    assert with_story_sections(paragraphs, TRAFILATURA) == "\n".join(SECOND[:2] + FIRST + SECOND[2:])


def test_a_paragraph_trafilatura_has_in_other_line_breaks_or_hyphenation_is_not_added_again():
    paragraphs = _paragraphs(_section(FIRST))
    text = "\n".join([FIRST[0].replace(" on ", "\non "), FIRST[1].replace("Councillors", "Coun\xadcillors"), *SECOND])
    assert with_story_sections(paragraphs, text) == text


def test_teasers_cards_cut_off_texts_and_other_stories_are_not_put_back():
    for inner in (
        f"<article class='card'><p>{FIRST[0]}</p></article>",  # a nested article: a teaser card
        f"<div class='card'><h3>Ferry news</h3><p>{FIRST[0]}</p></div>",  # alone under a heading
        f"<div class='x'><p>{FIRST[0][:-1]} ...</p></div>",  # cut short
        f"<div class='x'><p>{FIRST[0][:-1]}</p></div>",  # no sentence end
        f"<div class='x'><p>{OFF_TOPIC}</p></div>",  # another story's words
        f"<aside><p>{FIRST[0]}</p></aside>",
    ):
        assert with_story_sections(_paragraphs(inner), TRAFILATURA) == TRAFILATURA, inner


def test_nothing_is_added_without_a_story_article_or_with_too_few_paragraphs_kept():
    assert with_story_sections(_paragraphs(_section(FIRST), wrapper="div"), TRAFILATURA) == TRAFILATURA
    assert with_story_sections(_paragraphs(_section(FIRST)), "\n".join(SECOND[:2])) == "\n".join(SECOND[:2])


def test_a_paragraph_is_found_by_whole_words_not_by_a_prefix_of_another():
    first = "The ferry berth plan was put to the harbour council in a paper numbered 10."
    page = "<html><body><article>" + _section([first]) + _section(SECOND) + "</article></body></html>"
    paragraphs = story_paragraphs(lxml_html.document_fromstring(page))
    text = "\n".join(
        [*SECOND, "It replaced an older ferry berth plan put to the harbour council in a paper numbered 100."]
    )
    assert with_story_sections(paragraphs, text).split("\n")[0] == first
