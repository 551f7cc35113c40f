"""A site's prompt to its readers (markers.is_site_prompt): an imperative opens the prompt, or
follows questions, exclamations or sentences that address the reader. After a plain statement
about someone else it is the writer's own, closing a story. Sentences constructed for the test."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.markers import is_site_prompt


def _prompt(text: str) -> bool:
    return is_site_prompt(text, make_block(text).tokens)


def test_an_imperative_after_a_statement_about_someone_else_is_no_prompt():
    assert not _prompt("Anna Weber opened the bakery on Lindenstrasse in 2019. Follow her on Instagram!")
    assert not _prompt("Marie Dupont a fondé le club de vélo en 2015. Partagez cette histoire sur Facebook.")
    assert not _prompt("Marta Nowak prowadzi schronisko od dziesięciu lat. Check the shelter on Facebook.")


def test_an_imperative_opening_the_block_is_a_prompt():
    assert _prompt("Follow the Harbour Post on Facebook and Twitter. Send us your photos.")
    assert _prompt("Siga a Harbour Post no Instagram.")


def test_an_imperative_after_a_question_or_a_word_to_the_reader_is_a_prompt():
    assert _prompt("Hungry for more recipes? Check the Kitchen Table newsletter.")
    assert _prompt("Hast du Fragen zum Abo? Melde dich über das Kontaktformular.")
    assert _prompt("If you have a tip, we would like to hear it. Email the newsroom at tips@example.com.")


STORY = [
    "The bakery on Lindenstrasse sold its ten thousandth loaf of rye bread on Saturday, three years "
    "after it opened in a former bicycle repair shop near the station.",
    "Its owner starts baking at four in the morning and sells most of the day's bread before noon, "
    "mostly to neighbours who used to drive to the supermarket on the edge of town.",
    "Several restaurants in the old town now buy their bread from her as well, and she plans to hire "
    "a second baker before the Christmas market opens in November.",
]
CLOSING = "Anna Weber opened the bakery on Lindenstrasse in 2019. Check it out on Instagram!"


def test_a_story_closing_on_a_recommendation_keeps_it():
    page = "\n".join(["Home", "News", "Sport", "Bakery sells its ten thousandth loaf", *STORY, CLOSING, "Imprint"])
    assert CLOSING in clean(page, "text").body
