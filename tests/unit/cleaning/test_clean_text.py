"""Page-text cleaning on made-up articles: furniture out with a reason, every story sentence kept."""

from __future__ import annotations

from services.processors.cleaning import clean

STORY = [
    "The city council approved a new budget on Tuesday after a debate that lasted more than six hours.",
    "Council members voted 7 to 2 in favour of the plan, which raises spending on public transport by 12 percent.",
    "Mayor Ana Ruiz said the vote showed that residents wanted faster buses and safer streets across the city.",
    "Opponents argued that the plan relied on optimistic revenue forecasts and could force cuts next year.",
    "The budget takes effect on July 1 and will be reviewed again in the autumn session.",
]

PAGE = "\n".join(
    [
        "Skip to content",
        "Home",
        "News",
        "Sport",
        "Advertisement",
        "X",
        "Council Backs Transit-Heavy Budget After Marathon Session",
        "By Maria Olsen",
        "March 4, 2025 10:32 AM EST",
        STORY[0],
        "Riders wait for a bus outside the central station on Monday evening X",
        STORY[1],
        STORY[2],
        "Advertisement",
        STORY[3],
        STORY[4],
        "Published At:",
        "MO",
        "With Metro wires",
        "Related Articles",
        "Five Things To Know About The New Bus Lanes",
        "Why Fares Are Not Going Up This Year",
        "Privacy Policy",
        "© 2025 Example Media. All rights reserved.",
    ]
)


def removed_reasons(result):
    return {r.text: r.reason for r in result.removed}


def test_every_story_sentence_is_kept_in_order_with_paragraph_breaks():
    result = clean(PAGE, "text")
    assert result.body.split("\n\n") == STORY
    assert result.empty_reason is None


def test_furniture_is_removed_with_a_sensible_reason():
    reasons = removed_reasons(clean(PAGE, "text"))
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["X"] == "share-widget"
    assert reasons["Riders wait for a bus outside the central station on Monday evening X"] == "caption"
    assert reasons["Published At:"] == "publication-stamp"
    assert reasons["MO"] == "credit"
    assert reasons["With Metro wires"] == "agency-tail"
    assert reasons["Related Articles"] == "related-links"
    assert reasons["Privacy Policy"] == "legal"
    assert reasons["Skip to content"] == "navigation"


def test_header_fields_are_pulled_out():
    result = clean(PAGE, "text")
    assert result.headline == "Council Backs Transit-Heavy Budget After Marathon Session"
    assert result.byline == "Maria Olsen"
    assert result.published_at is not None
    assert (result.published_at.year, result.published_at.month, result.published_at.day) == (2025, 3, 4)
    assert result.published_at.utcoffset() is not None and result.published_at.utcoffset().total_seconds() == -5 * 3600
    assert removed_reasons(result)[result.headline] == "headline"


def test_removals_are_in_input_order_with_block_positions():
    result = clean(PAGE, "text")
    positions = [r.position for r in result.removed]
    assert positions == sorted(positions)
    lines = PAGE.split("\n")
    assert all(lines[r.position] == r.text for r in result.removed)


def test_the_dateline_of_the_first_paragraph_is_read_and_stays_in_the_body():
    body = "\n".join(
        [
            "OSLO (Reuters) - Norway's central bank kept its key interest rate unchanged on Thursday, as expected.",
            "The bank said it would probably raise rates later this year if inflation stayed high.",
        ]
    )
    result = clean(body, "text")
    assert result.dateline == "OSLO (Reuters) -"
    assert result.body == body.replace("\n", "\n\n")  # the wire copy as written
    assert not result.removed


def test_sentences_using_marker_words_are_kept():
    sentences = [
        "Credit Suisse shares fell 5 percent on Monday after the bank reported a third quarterly loss.",
        "She said she would sign up for the programme once the ministry published the rules.",
        "Share prices in Tokyo rose for a fifth day as exporters gained on a weaker yen.",
        "He declined to comment.",
    ]
    result = clean("\n".join(sentences), "text")
    assert result.body.split("\n\n") == sentences


def test_hard_wrapped_wire_copy_is_rejoined_into_paragraphs():
    copy = (
        "The port authority said on Friday that container traffic rose\n"
        "by a third in the first quarter, the fastest growth in a decade.\n"
        "\n"
        "Officials credited new cranes and a longer pier for the increase\n"
        "and said they expected further gains in the second quarter.\n"
    )
    result = clean(copy, "text")
    assert result.body.split("\n\n") == [
        "The port authority said on Friday that container traffic rose by a third in the first quarter, "
        "the fastest growth in a decade.",
        "Officials credited new cranes and a longer pier for the increase and said they expected further gains "
        "in the second quarter.",
    ]


def test_a_story_wrapped_inside_a_line_per_block_page_is_rejoined_and_kept():
    menu = [f"Section {name}" for name in ("News", "Sport", "Business", "Culture", "Travel", "Weather")]
    wrapped = [
        "The port authority said on Friday that container traffic rose",
        "by a third in the first quarter, the fastest growth in a decade,",
        "and officials credited new cranes and a longer pier for the rise",
        "while warning that the second quarter could be slower.",
    ]
    headlines = [
        "Flood defences fail in three coastal towns after record storm surge",
        "Minister promises review of rail timetable after months of delays",
    ]
    result = clean("\n".join(menu + wrapped + headlines), "text")
    assert result.body == " ".join(wrapped)


def test_comments_after_the_article_are_removed():
    page = "\n".join(
        STORY
        + [
            "3 Comments",
            "Leave a Reply",
            "Jo Bloggs March 5, 2025 at 9:14 am Reply",
            "I think this budget is a terrible idea and the council should be ashamed of itself for this.",
        ]
    )
    result = clean(page, "text")
    assert result.body.split("\n\n") == STORY


def test_an_author_box_heading_ends_the_article():
    page = "\n".join(
        STORY
        + [
            "About the author",
            "Dana Whitlock has covered city politics for the paper since 2011 and lives on the east side with her dogs.",
        ]
    )
    result = clean(page, "text")
    assert result.body.split("\n\n") == STORY


def test_a_thread_heavier_than_the_story_below_a_comments_heading_is_not_the_article():
    comment = (
        "I have lived next to the old bridge for twenty years and I think this vote is long overdue, because every "
        "winter the traffic gets worse and nobody at city hall seemed to care about it until now, {}."
    )
    thread = ["3 Comments"] + [comment.format(f"as comment {n} says") for n in range(1, 4)]
    result = clean("\n".join(["Home", "News"] + STORY + thread), "text")
    assert result.body == "\n\n".join(STORY)


def test_a_comments_link_under_a_line_of_chapter_titles_opens_no_comments_section():
    words = ["Arrival", "Storm", "Harbour", "Letter", "Stranger", "Quarrel", "Fever", "Thaw", "Voyage", "Return", "Wedding", "Spring"]
    chapters = " ".join(f"{n}. The {word} of a Long Winter" for n, word in enumerate(words, 1))  # one heavy line
    page = ["Home", "Works", "Chapter Index", chapters, "Comments", "Share", "Download", "Chapter 1"] + STORY
    result = clean("\n".join(page), "text")
    assert result.body.endswith("\n\n".join(STORY))
