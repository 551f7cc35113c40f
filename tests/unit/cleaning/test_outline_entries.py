"""Outline entries: a guide's contents list numbered by section ("1.1 Why ...?") far above a
story is no run of it, and its label ("Contents") is navigation that splits no story. Pages
constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.outline_entries import is_outline_entry

QUESTIONS = {
    "de": [
        "Warum sollen wir uns an die Folgen anpassen?",
        "Welche Folgen können Sie in Ihrer Gemeinde schon sehen?",
        "Wen sollten Sie von Anfang an mit einbeziehen?",
    ],
    "en": [
        "Why should we adapt to the effects of change?",
        "Which effects can you already see in your town?",
        "Who should you involve from the very start?",
    ],
    "fr": [
        "Pourquoi faut-il nous adapter aux effets du climat ?",
        "Quels effets pouvez-vous déjà voir dans votre commune ?",
        "Qui devez-vous associer dès le début du projet ?",
    ],
}
STORY = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu sanieren.",
        "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land trägt.",
    ],
    "en": [
        "The council decided on Monday to repair the old bridge over the river before the summer holidays begin.",
        "According to the town hall, the works will cost about two million euros, most of it paid by the region.",
    ],
    "fr": [
        "Le conseil municipal a décidé lundi de rénover entièrement le vieux pont sur la rivière avant l'été.",
        "Selon la mairie, les travaux coûteront environ deux millions d'euros, payés en grande partie par la région.",
    ],
}


def _contents(lang: str) -> list[str]:
    lines = []
    for chapter in range(1, 5):
        lines.append(f"{chapter}. Kapitel {chapter}")
        lines += [f"{chapter}.{k + 1} {q}" for k, q in enumerate(QUESTIONS[lang])]
    return lines


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_numbered_contents_list_far_above_a_story_is_removed_in_any_language(lang):
    menu = [f"Menü {n}" for n in range(60)]  # the page's menus between the list and the story
    lines = ["Start", *_contents(lang), *menu, *STORY[lang]]
    assert clean("\n".join(lines), "text").body.split("\n\n") == STORY[lang]


def test_an_outline_entry_is_short_and_numbered_by_section_and_subsection():
    entries = ["1.1 Why should we adapt?", "4.3a Wie lässt sich das umsetzen?", "2.10. Qui doit participer?"]
    assert all(is_outline_entry(b) for b in make_blocks(entries))
    others = [
        "1. Why should we adapt?",  # one level: a list's item or a step
        "3.2 The court held that the council had to pay for the repairs of the bridge over the river "
        "because it had neglected the structure for many years before it collapsed.",  # a numbered paragraph
        "In 2.5 seconds the car reaches a hundred kilometres an hour.",
    ]
    assert not any(is_outline_entry(b) for b in make_blocks(others))


def test_a_storys_numbered_subheadings_between_its_paragraphs_stay():
    lines = [
        "1.1 Why should we adapt to the effects of change?",
        STORY["en"][0],
        "1.2 Which effects can you already see in your town?",
        STORY["en"][1],
    ]
    assert clean("\n".join(lines), "text").body.split("\n\n") == lines


@pytest.mark.parametrize("label", ["Contents", "Inhaltsverzeichnis", "Table des matières", "Spis treści"])
def test_a_contents_label_is_navigation_that_splits_no_story(label):
    epigraph = '"The council decided to repair the old bridge before the floods came back," the mayor wrote.'
    chapters = ["1 History", "2 Works", "3 Costs"]
    lines = ["Start", "News", "Old bridge to be repaired", epigraph, *STORY["en"][:1], label, *chapters, *STORY["en"]]
    paragraphs = clean("\n".join(lines), "text").body.split("\n\n")
    assert label not in paragraphs
    assert epigraph in paragraphs and STORY["en"][1] in paragraphs
