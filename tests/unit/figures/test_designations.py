"""Model and product designations are names, not counts (README: numbers that name or label
things), on made-up sentences: a number before its model word after a determiner ("the 737 MAX",
"a 787 Dreamliner"), and after a brand or product name ("iPhone 15", "Windows 11"); capitalised
words that end in or precede a plural keep the count ("the 27 EU members")."""

import pytest

from services.processors.figures import extract_figures


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Regulators cleared the 737 MAX to fly again.",
        "The airline took delivery of a 787 Dreamliner on Monday.",
        "Boeing's 777 X is two years late.",
        "Apple launched the iPhone 15 in September.",
        "Microsoft said Windows 11 would ship in October.",
        "The F-35 flew over the base.",
        "Airbus showed the A320neo and the A350 at the fair.",
        "He drove a Ford F-150 to work.",
    ],
)
def test_a_model_designation_is_no_figure(body):
    assert [text for text in texts(body) if text != "two years"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ministers of the 27 EU members met.", ["27"]),
        ("The 300 Spartans held the pass.", ["300"]),
        ("Police freed the 40 Bosnian Serbs on Friday.", ["40"]),
        ("The 300 French were evacuated by sea.", ["300"]),
        ("THE 300 SOLDIERS LEFT.", ["300"]),
        ("Airlines ordered 50 A320neo jets.", ["50"]),
        ("He won 737 votes.", ["737"]),
        ("Its 30 C outside.", ["30"]),
        ("The 400 MW plant opened.", ["400 MW"]),
    ],
)
def test_capitalised_words_that_are_counted_keep_the_count(body, expected):
    assert texts(body) == expected
