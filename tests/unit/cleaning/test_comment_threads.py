"""Reader comment threads in page text, found by their cadence: heads (name + stamp) and controls."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict
import pytest

from services.processors.cleaning.comment_threads import (
    age_number,
    age_stamps,
    is_stamp_shaped,
    mark_comment_threads,
    one_line_head,
)

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
        "kwame88",
        "3 March 2024 at 14:05",
        "About time. The ferry queue has been a nightmare for everyone who works across the river this year.",
        reply,
        "Marta Ruiz",
        "03.03.2024 15:12",
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
        "Caster",
        "24 November 1994",
        "She conjured water nonverbally in the first task of the tournament.",
        "Seamus Finnigan",
        "30 June 1997",
        "He used this spell during class practice with the others.",
    ]
    assert _verdicts(ARTICLE + table) == [None] * (len(ARTICLE) + len(table))
    schedule = [
        "Time",
        "Location",
        "8:10 AM",
        "Leaves her trailer and goes outside to read by the river.",
        "Time",
        "Location",
        "11:00 AM",
        "Leaves her trailer and goes to the museum to study.",
        "Time",
        "Location",
        "2:00 PM",
        "Walks to the library and reads until the evening comes.",
    ]
    assert _verdicts(ARTICLE + schedule) == [None] * (len(ARTICLE) + len(schedule))


def test_page_text_ends_the_article_where_the_thread_begins():
    page = "\n".join(ARTICLE + _thread("Antworten"))
    result = clean(page, "text")
    assert result.body == "\n\n".join(ARTICLE[3:])
    assert {r.reason for r in result.removed[3:]} == {"comments"}  # the whole thread, not stray furniture


POLISH_ARTICLE = [
    "Rada miasta zagłosowała we wtorek za budową nowego mostu na rzece, kończąc spór, który trwał ponad dziesięć lat.",
    "Zwolennicy planu twierdzą, że most skróci czas dojazdu tysiącom osób i odciąży dwie istniejące przeprawy.",
    "Prezydent miasta zapowiedziała, że prace ruszą wiosną, a most powinien zostać otwarty w ciągu trzech lat.",
]
COMMENT_TEXTS = [
    "Świetna wiadomość, czekamy na ten most od lat i wreszcie coś się dzieje w tej sprawie.",
    "Nie zgadzam się, to za drogo jak na nasze miasto, lepiej naprawić drogi, które już mamy.",
    "Mieszkam po drugiej stronie rzeki i codziennie stoję w korkach, więc bardzo się cieszę.",
]


def _bare_thread(names: list[str], stamps: list[str]) -> list[str]:
    return [
        line for name, stamp, text in zip(names, stamps, COMMENT_TEXTS, strict=True) for line in (name, stamp, text)
    ]


def test_ages_are_read_from_one_number_and_a_recurring_far_word():
    assert age_number(make_block("3 godziny temu"), None) == (3, "temu")
    assert age_number(make_block("vor 2 Tagen"), None) == (2, "vor")
    assert age_number(make_block("Marek Nowak"), None) is None
    assert age_number(make_block("Page 2 of 12"), None) is None  # two numbers
    blocks = [make_block(line) for line in ("3 godziny temu", "Tomasz", "5 dni temu", "12 minute read")]
    assert age_stamps(blocks, [None] * len(blocks)) == {0: 3, 2: 5}  # "read" stands alone


def test_a_thread_without_controls_is_read_from_names_and_ages_in_any_language():
    thread = _bare_thread(["anna_k", "Marek Nowak", "zosia88"], ["3 godziny temu", "5 godzin temu", "1 dzień temu"])
    page = "\n".join(POLISH_ARTICLE + thread + ["Kontakt"])
    body = clean(page, "text").body
    assert body == "\n\n".join(POLISH_ARTICLE)
    clocks = _bare_thread(["Claire", "Jean Dupont", "mimi75"], ["le 3 mars à 14h05", "le 3 mars à 15h12", "à 16h40"])
    verdicts = _verdicts(POLISH_ARTICLE + clocks)
    assert verdicts[len(POLISH_ARTICLE) :: 3] == ["comments"] * 3  # the names
    assert verdicts[len(POLISH_ARTICLE) + 2 :: 3] == [None] * 3  # the comments' text is left to the structural pass


def test_steps_dates_and_a_repeated_name_are_no_bare_thread():
    steps = _bare_thread(["Mąka i woda", "Ciasto", "Pieczenie"], ["Krok 1", "Krok 2", "Krok 3"])
    assert _verdicts(POLISH_ARTICLE + steps) == [None] * (len(POLISH_ARTICLE) + len(steps))
    timeline = _bare_thread(["Protest", "Głosowanie", "Decyzja"], ["3 marca 2023", "5 kwietnia 2023", "1 maja 2024"])
    assert _verdicts(POLISH_ARTICLE + timeline) == [None] * (len(POLISH_ARTICLE) + len(timeline))
    one_name = _bare_thread(["Redakcja"] * 3, ["3 godziny temu", "5 godzin temu", "1 dzień temu"])
    assert _verdicts(POLISH_ARTICLE + one_name) == [None] * (len(POLISH_ARTICLE) + len(one_name))


STEP_WORDS = {"en": "Step", "de": "Schritt", "fr": "Étape", "es": "Paso", "it": "Fase", "nl": "Stap", "pl": "Krok"}
STEP_TEXTS = [
    "Cut the foam about two centimetres smaller than the glass.",
    "Dig a hole in the foam and set the plant into it.",
    "Add more plants around the first one if you wish.",
    "Pin the moss around the foam until none of it shows.",
    "Place the glass over the foam and press it down gently.",
    "Set the finished piece on a saucer or a slice of wood.",
]

STEP_CAPTIONS = ["Foam cut to size", "More plants added", "Glass set down"]


@pytest.mark.parametrize("lang", sorted(STEP_WORDS))
def test_numbered_steps_with_a_few_short_captions_are_no_bare_thread(lang):
    """A how-to's steps count up one by one; the short captions under some of them ("Moss
    pinned") stand beside the next step's number like a commenter's name beside an age."""
    page = list(POLISH_ARTICLE)
    for k, text in enumerate(STEP_TEXTS, start=1):
        page += [f"{STEP_WORDS[lang]} {k}", text] + ([STEP_CAPTIONS[k // 2]] if k % 2 else [])
    blocks = [make_block(line) for line in page]
    assert age_stamps(blocks, [None] * len(blocks)) == {}
    assert "comments" not in _verdicts(page)


# One-line heads: a name, what they did, when. Three commenters each, in four languages.
ONE_LINE_HEADS = {
    "fr": [
        "Sophie a écrit le 3 mars à 09h40",
        "Luc Moreau a écrit le 3 mars à 11h02",
        "Inès a écrit le 4 mars à 08h15",
    ],
    "de": [
        "Peter schrieb am 03.03.2024 um 10:12",
        "Heike Lang schrieb am 03.03.2024 um 11:30",
        "Tom schrieb am 04.03.2024",
    ],
    "es": ["Maria dijo: hace 3 horas", "Pablo Ruiz dijo: hace 5 horas", "Lucía dijo: hace 1 día"],
    "en": [
        "Kwame wrote on March 3, 2024 at 2:05 pm",
        "Marta Ruiz wrote on March 3, 2024 at 3:12 pm",
        "Ann wrote 2 days ago",
    ],
}
COMMENTS = [
    "About time. The ferry queue has been a nightmare for everyone who works across the river this year.",
    "Three million seems low for two piers, and I expect the final bill to be much higher than that.",
    "Good news for the shops on the far bank, they lost half their customers when the bridge closed.",
]


def test_one_line_heads_give_name_and_the_word_after_it():
    assert one_line_head(make_block("Sophie a écrit le 3 mars à 09h40"), None) == ("Sophie", "a")
    assert one_line_head(make_block("Heike Lang schrieb am 03.03.2024 um 11:30"), None) == ("Heike Lang", "schrieb")
    assert one_line_head(make_block("Maria dijo: hace 3 horas"), None) == ("Maria", "dijo")
    assert one_line_head(make_block("Reforms in 1907"), None) is None  # a year alone: a heading
    assert one_line_head(make_block("Police said at 10:12 the suspect had fled the scene"), None) is None  # runs on
    assert one_line_head(make_block("the council met on 3 March 2024"), None) is None  # no capitalised name
    assert one_line_head(make_block("Sophie a écrit le 3 mars à 09h40"), "navigation") is None


@pytest.mark.parametrize("lang", sorted(ONE_LINE_HEADS))
def test_a_thread_of_one_line_heads_is_comments_in_any_language(lang):
    heads = ONE_LINE_HEADS[lang]
    thread = [line for pair in zip(heads, COMMENTS, strict=True) for line in pair]
    lines = ARTICLE + thread
    verdicts = _verdicts(lines)
    assert [verdicts[lines.index(h)] for h in heads] == ["comments"] * 3
    assert all(v is None for v in verdicts[: len(ARTICLE)])
    assert clean("\n".join(lines), "text").body.split("\n\n") == ARTICLE[3:]


def test_one_line_heads_need_two_people_the_same_word_and_a_comment_between():
    one_name = ["Sophie a écrit le 3 mars à 09h40", COMMENTS[0], "Sophie a écrit le 4 mars à 10h10", COMMENTS[1]]
    assert all(v is None for v in _verdicts(ARTICLE + one_name))
    other_words = ["Sophie a écrit le 3 mars à 09h40", COMMENTS[0], "Luc répond le 4 mars à 10h10", COMMENTS[1]]
    assert all(v is None for v in _verdicts(ARTICLE + other_words))
    adjacent = ["Sophie a écrit le 3 mars à 09h40", "Luc a écrit le 4 mars à 10h10", COMMENTS[1]]
    assert all(v is None for v in _verdicts(ARTICLE + adjacent))


def test_subheadings_with_years_between_story_paragraphs_are_no_thread():
    story = ["Germany in 1914", ARTICLE[3], "France in 1918", ARTICLE[4], "Britain in 1919", ARTICLE[5]]
    assert all(v is None for v in _verdicts(ARTICLE[:4] + story))


def test_a_stamp_and_short_line_in_the_post_with_no_control_under_them_are_no_head():
    post = [
        "Deadline",
        "13.03.2024 10:00",
        "The first drafts are due before the lesson, and every draft gets a short written answer from me.",
        "Please keep your drafts under one page, with your sources listed at the end of the text.",
    ]
    verdicts = _verdicts(ARTICLE + post + _thread("Reply"))
    assert verdicts[len(ARTICLE) : len(ARTICLE) + len(post)] == [None] * len(post)
    assert verdicts[len(ARTICLE) + len(post) :] == ["comments", "comments", None, "comments"] * 2


@pytest.mark.parametrize("heading", ["Reader Comments", "Readers' comments", "User comments"])
def test_a_reader_comments_heading_ends_the_article(heading):
    """Under the story's signature, rights line and a few linked headlines, the thread's heads read
    "Eagle 4 (1 day ago)" under a "Report Comment" control and its comments run long: the heading
    and the thread's controls are what end the article."""
    thread = [
        "By the Editorial Board",
        "Copyright 2024 Example Publishing Co. All rights reserved.",
        "More stories from the desk",
        "Council delays vote on the ferry contract",
        "Traffic enforcement to be stepped up over the holiday.",
        heading,
        "2 Total",
        "Show: Newest First",
        "Report Comment",
        "Eagle 4 (1 day ago)",
        "Simply ghastly.",
        "I think the proposal started at city hall and found favour with the council long before the vote took "
        "place, and nobody there has explained why the ferry was left to run down for so many years before it.",
        "Report Comment",
        "SalinaDave (1 day ago)",
        "Three million dollars for two piers is far too little, and anyone who has driven over that bridge knows "
        "the final bill will be much higher than that once the engineers start looking under the deck.",
        "2 comments displayed",
    ]
    body = clean("\n".join(ARTICLE + thread), "text").body
    assert body == "\n\n".join(ARTICLE[3:])


@pytest.mark.parametrize("line", ["Report Comment", "Show: Newest First", "Oldest first", "Reader Comments"])
def test_a_threads_controls_are_comments(line):
    assert local_verdict(make_block(line)) == "comments"
