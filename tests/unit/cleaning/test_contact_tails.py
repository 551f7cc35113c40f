"""Contact tails: the press contact closing a press release is no part of the HTML body."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.contact_tails import is_contact_line

STORY = [
    "The institute and the turbine maker will test how wind farms keep the power grid stable, they said on Monday.",
    "The test bench in the harbour town is due to open next spring and will cost four million euros in all.",
]


def _page(tail: list[str]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY + tail)
    return (
        "<html><head><title>Grid test bench</title></head><body><main><article>"
        f"<h1>Grid test bench</h1>{paragraphs}</article></main></body></html>"
    )


def test_contact_lines_hold_an_email_address_or_a_labelled_phone_number():
    for line in (
        "E-Mail: jdoe@example-energy.com",
        "Telefon: +49 - (40) - 300 30 - 1141",
        "Tel.: 030 27586 467",
        "Contact: Jane Doe, spokeswoman, phone +44 20 7946 0000, jane.doe(at)example.org",
        "Tél. : 01 23 45 67 89",
    ):
        assert is_contact_line(make_blocks([line])[0]), line
    for line in (
        "For more details ask Jane Doe at the town hall on 0123 456 789 or write to jane@example.org.",
        "The bench will hold 40 turbines.",
    ):
        assert not is_contact_line(make_blocks([line])[0]), line


def test_html_body_drops_a_trailing_press_contact_with_its_name_and_heading():
    tail = ["Press contact at Example Energy", "Jane Doe", "E-Mail: jdoe@example-energy.com", "Telefon: +49 40 300 301"]
    result = clean(_page(tail), "html")
    assert result.body == "\n\n".join(STORY)
    assert {r.text for r in result.removed if r.reason == "other-furniture"} == set(tail)


def test_a_contact_in_the_middle_or_told_in_a_sentence_stays():
    middle = clean(_page([]).replace(f"<p>{STORY[1]}</p>", f"<p>Tel.: 030 27586 467</p><p>{STORY[1]}</p>"), "html")
    assert "Tel.: 030 27586 467" in middle.body
    sentence = "For more details ask Jane Doe at the town hall on Tel. 0123 456 789 or write to jane@example.org."
    assert clean(_page([sentence]), "html").body.endswith(sentence)
