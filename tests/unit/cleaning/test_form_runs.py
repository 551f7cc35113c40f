"""A form's hints and error messages, repeated once per step of the form, are no story: a short
story under its own headline and byline above them is the page's."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.form_runs import is_form_run

MENU = ["Startseite", "Politik", "Sport", "Kultur", "Wetter", "Kontakt"]

# language -> (headline, byline, the story's one paragraph, the form's messages)
PAGES = {
    "de": (
        "Stadtrat beschließt neuen Radweg",
        "von Anna Müller",
        "Der Stadtrat hat am Dienstag einen neuen Radweg entlang der Hauptstraße beschlossen. Die Arbeiten "
        "beginnen im Herbst.",
        [
            "Bitte gib eine gültige E-Mail-Adresse ein.",
            "Das Kennwort muss mindestens acht Zeichen lang sein.",
            "Zu dieser Adresse gibt es leider noch kein Konto bei uns.",
            "Die beiden Kennwörter stimmen leider nicht überein.",
            "Bitte stimme den Nutzungsbedingungen des Angebots zu.",
            "Deine Anmeldung hat leider nicht funktioniert, versuche es noch einmal.",
        ],
    ),
    "en": (
        "Council approves new cycle lane",
        "by Jane Smith",
        "The city council approved a new cycle lane along the high street on Tuesday. Work starts in the autumn.",
        [
            "Please enter a valid e-mail address.",
            "Your password must be at least eight characters long.",
            "There is no account registered for this address yet.",
            "The two passwords you entered do not match each other.",
            "Please accept the terms of use of this service.",
            "Your registration did not work, please try once again.",
        ],
    ),
    "fr": (
        "Le conseil adopte une piste cyclable",
        "par Marie Dupont",
        "Le conseil municipal a adopté mardi une nouvelle piste cyclable le long de la rue principale. Les "
        "travaux commencent à l'automne.",
        [
            "Veuillez saisir une adresse e-mail valide.",
            "Le mot de passe doit contenir au moins huit caractères.",
            "Aucun compte n'est encore associé à cette adresse.",
            "Les deux mots de passe saisis ne correspondent pas.",
            "Veuillez accepter les conditions d'utilisation du service.",
            "Votre inscription n'a pas fonctionné, veuillez réessayer encore une fois.",
        ],
    ),
}


def _page(lang):
    headline, byline, paragraph, messages = PAGES[lang]
    form = messages + messages[:2] + messages[3:5] + messages[:3]  # the same hints under each step
    return [*MENU, headline, byline, paragraph, "2 min", *MENU, *form, "Impressum", "Datenschutz"], paragraph


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_short_story_under_its_byline_beats_the_forms_messages(lang):
    lines, paragraph = _page(lang)
    assert clean("\n".join(lines), "text").body == paragraph


def test_a_story_quoting_one_line_twice_is_no_form():
    _, _, paragraph, messages = PAGES["en"]
    blocks = make_blocks([*messages, *messages[:3]])
    assert is_form_run(blocks, [None] * len(blocks), [1.0] * len(blocks), (0, len(blocks)))
    blocks = make_blocks([*messages, paragraph, messages[0]])
    assert not is_form_run(blocks, [None] * len(blocks), [1.0] * len(blocks), (0, len(messages)))
    questions = make_blocks([m.rstrip(".") + "?" for m in messages] * 2)
    assert not is_form_run(questions, [None] * len(questions), [1.0] * len(questions), (0, len(questions)))
