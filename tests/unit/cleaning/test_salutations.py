"""A letter's salutation on its own line above the first paragraph belongs to the text."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.salutations import is_salutation

MENU = ["Start", "Blog", "Videos", "Kontakt"]
CHROME = ["Datenschutz", "Impressum"]
SALUTATIONS = {
    "de": "Liebe Leserinnen und Leser,",
    "en": "Dear readers,",
    "fr": "Chers lecteurs,",
    "es": "Queridos lectores,",
    "it": "Cari lettori,",
    "pt": "Caros leitores,",
    "nl": "Beste lezers,",
    "pl": "Drodzy czytelnicy,",
}
LETTER = [
    "seven years ago I started this site, and since then I have written many articles and made videos about computers.",
    "Since then a lot of time has passed and I have taken on several new projects, which leave me no time for it.",
    "I have therefore decided, with a heavy heart, to end this site; the articles stay online for the archive.",
]


@pytest.mark.parametrize("lang", sorted(SALUTATIONS))
def test_a_salutation_opens_the_letter(lang):
    lines = [*MENU, "Time to say goodbye", SALUTATIONS[lang], *LETTER, *CHROME]
    body = clean("\n".join(lines), "text").body.split("\n\n")
    assert body == [SALUTATIONS[lang], *LETTER]


def test_salutation_shape():
    assert is_salutation(make_block("Sehr geehrte Damen und Herren,"), None)
    assert not is_salutation(make_block("Sehr geehrte Damen und Herren,"), "navigation")
    assert not is_salutation(make_block("and then, after the vote,"), None)  # a fragment, in lowercase
    assert not is_salutation(make_block("Home, News, Sport, Culture, Weather, Travel, Contact,"), None)  # too long
    assert not is_salutation(make_block("Dear readers"), None)
