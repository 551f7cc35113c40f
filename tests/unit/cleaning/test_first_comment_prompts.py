"""A comments section that has no comment yet opens with a prompt to write the first one ("Be the
first to comment!", "Schreib den ersten Kommentar!"); the site's rules for the discussion under it
are prose, but no story. Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean

STORY = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu sanieren.",
        "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land trägt.",
        "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden geführt.",
        "Die Bürger können sich am Donnerstag im Rathaus über die Pläne und die Umleitung informieren lassen.",
    ],
    "en": [
        "The council decided on Monday to repair the old bridge over the river before the summer holidays begin.",
        "According to the town hall, the works will cost about two million euros, most of it paid by the region.",
        "While the bridge is closed, traffic will be sent through the industrial estate north of the town centre.",
        "Residents can learn more about the plans and the detour at the town hall on Thursday evening.",
    ],
}
SECTION = {
    "de": [
        "Schreib den ersten Kommentar!",
        "Bitte beachte unsere Regeln",
        "Wir freuen uns über kontroverse Diskussionen, die gerne auch mal hitzig geführt werden dürfen. "
        "Beleidigende und rassistische Äußerungen werden aber von uns gelöscht, ebenso wie Werbung.",
        "Trotz dieser Regeln: Diskutiere kontrovers, sage anderen deine Meinung und trage mit weiteren "
        "Informationen zum Austausch bei. Wir wünschen dir viel Spaß bei der Diskussion!",
        "Dein Team",
        "Kommentieren",
        "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    ],
    "en": [
        "Be the first to comment!",
        "Please read our rules",
        "We welcome lively discussions, and they may well get heated at times. Insulting and racist "
        "remarks will be deleted by our moderators, and so will advertising of any kind.",
        "Within these rules: argue your case, tell others what you think and share what you know "
        "about the subject. We hope you enjoy the discussion with the other readers!",
        "Your team",
        "Comment",
        "Your email address will not be published.",
    ],
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_the_rules_under_a_first_comment_prompt_are_no_story(lang):
    body = clean("\n".join(STORY[lang] + SECTION[lang]), "text").body
    assert body.split("\n\n") == STORY[lang]


@pytest.mark.parametrize(
    "prompt",
    [
        "Soyez le premier à commenter !",
        "Sé el primero en comentar",
        "Sii il primo a commentare",
        "Seja o primeiro a comentar",
        "Wees de eerste om te reageren",
        "Bądź pierwszy, który skomentuje!",
    ],
)
def test_a_first_comment_prompt_opens_the_comments_in_any_language(prompt):
    result = clean("\n".join([*STORY["en"], prompt]), "text")
    assert [r.reason for r in result.removed] == ["comments"]
