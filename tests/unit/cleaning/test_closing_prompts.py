"""A site's sign-up box closing page text (closing_prompts.py): the pitch between two prompts goes,
the story's paragraphs between two prompts in mid-story stay. Pages constructed for the test."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.closing_prompts import mark_closing_prompts

MENU = ["Home", "News", "Sport", "Culture"]
FOOTER = ["Related", "Facebook", "Twitter", "Imprint", "Privacy policy"]
STORY = [
    "The harbour authority confirmed on Monday that the old ferry terminal will close at the end of the "
    "year after more than sixty years of service to the island's residents.",
    "Passenger numbers have fallen by a third since the new bridge opened, the authority's annual report "
    "shows, and repairs to the pier would have cost an estimated four million dollars.",
    "Local shop owners near the terminal fear that the closure will take away most of their customers, "
    "and several of them plan to raise the matter at the next council meeting.",
]
OPEN_PROMPT = (
    "To read the full story, please subscribe to The Harbour Post. You can choose a yearly plan or a weekly pass."
)
PITCH = [
    "When you join The Harbour Post family, you'll get unlimited digital access to our reporting on the "
    "islands and beyond, from the council chamber to the fishing fleet, written by reporters who live here "
    "and know the people they write about, and you will support local journalism for years to come.",
    "Join now or renew to get:",
    "— Early access to our special reports",
    "— A weekly letter from the editors",
    "Every new member also receives a printed map of the islands drawn by local artists! Do it for the "
    "harbour and support the small businesses that keep the islands' towns alive through the winter.",
]
CLOSE_PROMPT = "If you're seeing this message but you're already a subscriber, log in for immediate access."


def _page(middle: list[str], after: list[str]) -> str:
    return "\n".join(
        MENU + ["Old ferry terminal to close", *STORY, OPEN_PROMPT, *middle, CLOSE_PROMPT, *after, *FOOTER]
    )


def test_a_pitch_between_two_prompts_at_the_end_is_removed():
    body = clean(_page(PITCH, []), "text").body
    assert STORY[-1] in body
    for line in PITCH:
        assert line not in body


def test_story_paragraphs_between_two_prompts_are_kept():
    more = [
        "The authority said that ferry staff would be offered jobs on the bridge's maintenance crew, and "
        "that the terminal building may become a museum of the island's history.",
        "A final crossing is planned for the last Sunday of December, with free tickets for all passengers "
        "who travelled on the first ferry in 1962.",
    ]
    body = clean(_page(more, []), "text").body
    assert more[0] in body and more[1] in body


def test_a_box_with_the_story_resuming_under_it_is_left_alone():
    after = [
        "Council members will vote on the terminal's future use in February, the mayor's office said in "
        "a statement, and residents can send their proposals until the end of January.",
        "The authority expects the bridge to carry twice as many cars within five years of its opening.",
    ]
    verdicts_page = [make_block(t) for t in [STORY[0], OPEN_PROMPT, *PITCH, CLOSE_PROMPT, *after]]
    verdicts = [None] * len(verdicts_page)
    verdicts[1] = verdicts[2 + len(PITCH)] = "subscription-prompt"
    mark_closing_prompts(verdicts_page, verdicts, lambda b: b.sentence and b.n_words >= 12)
    assert verdicts[2:7] == [None] * 5


def test_the_pitch_is_marked_when_the_box_ends_the_text():
    blocks = [make_block(t) for t in [STORY[0], OPEN_PROMPT, *PITCH, CLOSE_PROMPT, "Imprint"]]
    verdicts = [None] * len(blocks)
    verdicts[1] = verdicts[2 + len(PITCH)] = "subscription-prompt"
    verdicts[-1] = "legal"
    mark_closing_prompts(blocks, verdicts, lambda b: b.sentence and b.n_words >= 12)
    assert verdicts[2:7] == ["subscription-prompt"] * 5
    assert verdicts[0] is None
