"""An embedded social post's frame in page text ("View this post on Instagram" over the post,
"A post shared by ... on <date>" under it) is furniture set inside the story: removed, and the
story's paragraphs around it are kept. Lines constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict

FRAMES = {
    "en": ("View this post on Instagram", "A post shared by Jane Doe (@janedoe) on Jun 15, 2019 at 11:55am PDT"),
    "de": ("Sieh dir diesen Beitrag auf Instagram an", "Ein Beitrag geteilt von Jane Doe (@janedoe) am 15. Jun 2019 um 11:55 PDT"),
    "fr": ("Voir cette publication sur Instagram", "Une publication partagée par Jane Doe (@janedoe) le 15 juin 2019 à 11h55 PDT"),
    "es": ("Ver esta publicación en Instagram", "Una publicación compartida de Jane Doe (@janedoe) el 15 Jun, 2019 a las 11:55 PDT"),
}
STORY = [
    "The singer appeared on stage in London on Saturday night for the first time since the tour was cancelled "
    "in the spring. She thanked the crowd for waiting and said that she had missed being in front of an audience.",
    "Fans who had waited outside the arena since the morning posted pictures of the show within minutes. "
    "Several of them said that they had travelled from abroad and had bought their tickets more than a year ago.",
    "Her manager said on Sunday that a new date for the remaining concerts would be announced next month. "
    "Tickets already sold for the cancelled shows will remain valid, and refunds are available until the end of May.",
]


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_an_embedded_posts_frame_is_furniture(lang):
    for line in FRAMES[lang]:
        assert local_verdict(make_block(line)) == "share-widget"


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_a_story_keeps_its_paragraphs_around_an_embedded_post(lang):
    view, credit = FRAMES[lang]
    page = "\n".join(["Home", "News", STORY[0], view, credit, STORY[1], STORY[2]])
    assert clean(page, "text").body.split("\n\n") == STORY


def test_a_story_sentence_about_a_shared_post_stays():
    line = "A post shared by the mayor on Sunday drew more than ten thousand replies before it was deleted."
    assert local_verdict(make_block(line)) is None


def test_an_embedded_posts_caption_between_its_frame_leaves_the_story():
    view, credit = FRAMES["en"]
    caption = "You will never guess what I did today ➡️➡️ Swipe for madness . . . #tour #london"
    page = "\n".join(["Home", "News", STORY[0], view, caption, credit, STORY[1], STORY[2]])
    body = clean(page, "text").body
    assert body.split("\n\n") == STORY
