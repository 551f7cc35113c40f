"""Reader comment threads in page text, found by their cadence: heads (name + stamp) and controls."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.comment_threads import is_stamp_shaped, mark_comment_threads

ARTICLE = [
    "Bridge repairs approved",
    "By Jane Doe",
    "March 3, 2024",
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall after the vote.",
    "The old bridge was closed in March after inspectors found cracks in two of its piers, the report said.",
]


def _thread(reply: str) -> list[str]:
    return [
        "kwame88", "3 March 2024 at 14:05",
        "About time. The ferry queue has been a nightmare for everyone who works across the river this year.",
        reply,
        "Marta Ruiz", "03.03.2024 15:12",
        "Three million seems low for two piers, and I expect the final bill to be much higher than that.",
        reply,
    ]


def _verdicts(lines):
    blocks = [make_block(line) for line in lines]
    verdicts = [None] * len(blocks)
    mark_comment_threads(blocks, verdicts)
    return verdicts


def test_stamps_are_read_from_digits_not_words():
    assert is_stamp_shaped(make_block("3 March 2024 at 14:05"), None)
    assert is_stamp_shaped(make_block("03.03.2024 15:12"), None)
    assert is_stamp_shaped(make_block("2024年3月3日 14:05"), None)
    assert not is_stamp_shaped(make_block("Marta Ruiz"), None)
    assert not is_stamp_shaped(make_block(ARTICLE[3]), None)


def test_heads_and_their_recurring_control_are_comments_in_any_language():
    for reply in ("Reply", "Antworten", "Répondre"):
        verdicts = _verdicts(ARTICLE + _thread(reply))
        assert verdicts[: len(ARTICLE)] == [None] * len(ARTICLE)  # the article's own byline and date are not a head
        thread = verdicts[len(ARTICLE) :]
        assert thread == ["comments", "comments", None, "comments", "comments", "comments", None, "comments"]


def test_a_table_of_names_and_dates_is_not_a_thread():
    table = [
        "Caster", "24 November 1994", "She conjured water nonverbally in the first task of the tournament.",
        "Seamus Finnigan", "30 June 1997", "He used this spell during class practice with the others.",
    ]
    assert _verdicts(ARTICLE + table) == [None] * (len(ARTICLE) + len(table))
    schedule = ["Time", "Location", "8:10 AM", "Leaves her trailer and goes outside to read by the river.",
                "Time", "Location", "11:00 AM", "Leaves her trailer and goes to the museum to study.",
                "Time", "Location", "2:00 PM", "Walks to the library and reads until the evening comes."]
    assert _verdicts(ARTICLE + schedule) == [None] * (len(ARTICLE) + len(schedule))


def test_page_text_ends_the_article_where_the_thread_begins():
    page = "\n".join(ARTICLE + _thread("Antworten"))
    result = clean(page, "text")
    assert result.body == "\n\n".join(ARTICLE[3:])
    assert {r.reason for r in result.removed[3:]} == {"comments"}  # the whole thread, not stray furniture
