"""Link lines: blocks of extracted text that were wholly a link to another page make a related list."""

from __future__ import annotations

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.link_lines import (
    is_labelled_link_line,
    is_link_line,
    link_texts,
    mark_link_lists,
)
from services.processors.cleaning.signals import normalise

STORY = [
    "The harbour board voted on Monday to extend the northern pier by forty metres before next summer.",
    "Fishing crews had asked for more berths after two storms damaged the old wooden jetty last winter.",
    "The work will be paid for from the board's reserves and a regional grant, the chairwoman said.",
    "Construction is expected to start in March, once the spawning season in the bay has ended.",
]
RELATED = [
    "Lighthouse keeper's cottage to open as a small museum",
    "Council approves new ferry timetable for the islands",
    "Storm damage repairs on the coast road finish early",
]


def _links(*texts: str) -> frozenset[str]:
    return frozenset(normalise(t) for t in texts)


def _verdicts(lines: list[str], links: frozenset[str]) -> list[str | None]:
    blocks = make_blocks(lines)
    verdicts: list = [None] * len(blocks)
    mark_link_lists(blocks, verdicts, links)
    return verdicts


def test_link_texts_keep_links_to_other_pages_of_three_words_or_more():
    tree = trafilatura.load_html(
        "<html><body><p>x</p><a href='/news/ferry'>Council approves new ferry timetable</a>"
        "<a href='#section-2'>Where the money comes from</a><a href='javascript:void(0)'>Show all the comments</a>"
        "<a href='/'>Home</a><a>No target at all here</a></body></html>"
    )
    assert link_texts(tree) == _links("Council approves new ferry timetable")


def test_a_block_is_a_link_line_when_it_is_a_whole_link_bullet_and_case_aside():
    links = _links(RELATED[0])
    line, longer = make_blocks([f"- {RELATED[0].upper()}", f"{RELATED[0]} and more text around it"])
    assert is_link_line(line, links)
    assert not is_link_line(longer, links)


def test_a_labelled_link_line_has_a_short_label_outside_or_inside_the_link():
    links = _links(RELATED[1], f"Read: {RELATED[2]}")
    outside, inside, long_label, address = make_blocks(
        [
            f"MORE: {RELATED[1]}",
            f"Read: {RELATED[2]}",
            f"What the board said on Monday: {RELATED[1]}",
            "https://example.org/council-approves-new-ferry-timetable",
        ]
    )
    assert is_labelled_link_line(outside, links)
    assert is_labelled_link_line(inside, links)
    assert not is_labelled_link_line(long_label, links)
    assert not is_labelled_link_line(address, _links("//example.org/council-approves-new-ferry-timetable"))


def test_link_lines_after_the_story_are_a_related_list():
    verdicts = _verdicts(STORY + RELATED[:2], _links(*RELATED))
    assert verdicts == [None] * 4 + ["related-links"] * 2


def test_a_run_of_headline_links_inside_the_story_is_a_related_list():
    lines = STORY[:2] + RELATED + STORY[2:]
    assert _verdicts(lines, _links(*RELATED)) == [None] * 2 + ["related-links"] * 3 + [None] * 2


def test_a_single_link_line_or_an_announced_list_inside_the_story_stays():
    single = STORY[:2] + RELATED[:1] + STORY[2:]
    assert _verdicts(single, _links(*RELATED)) == [None] * 5
    announced = [*STORY[:2], "The board published three documents with its decision:", *RELATED, *STORY[2:]]
    assert _verdicts(announced, _links(*RELATED)) == [None] * 8


def test_a_story_of_links_only_is_left_alone_and_no_links_change_nothing():
    assert _verdicts(RELATED, _links(*RELATED)) == [None] * 3
    assert _verdicts(STORY + RELATED, frozenset()) == [None] * 7


def test_html_path_drops_a_related_list_trafilatura_keeps_and_keeps_the_story():
    story = "".join(f"<p>{p}</p>" for p in STORY)
    related = "".join(f'<p><a href="/news/{i}">{t}</a></p>' for i, t in enumerate(RELATED))
    page = (
        "<html><head><title>Harbour board extends northern pier</title></head><body><article>"
        f"<h1>Harbour board extends northern pier</h1>{story}"
        f'<p>Read: <a href="/news/ferry-timetable">{RELATED[1]}</a></p>{related}</article></body></html>'
    )
    body = clean(page, "html").body
    assert body.split("\n\n") == STORY


def test_one_link_line_right_under_a_related_link_continues_the_list():
    lines = [*STORY, f"Read: {RELATED[1]}", RELATED[0]]
    assert _verdicts(lines, _links(*RELATED)) == [None] * 4 + ["related-links"] * 2
    assert _verdicts([*STORY, RELATED[0]], _links(*RELATED)) == [None] * 5
