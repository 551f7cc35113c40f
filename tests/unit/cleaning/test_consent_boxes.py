"""Consent in page text, in any of our languages: a sign-up form's consent checkbox ("I agree to the
processing of my personal data"), a cookie notice's sentence, and a cookie-consent box's prose."""

from __future__ import annotations

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.consent_boxes import consent_boxes


@pytest.mark.parametrize(
    "line",
    [
        "I agree to the processing of my personal data by Example Media Ltd for the purpose of sending the newsletter.",
        "Ich bin damit einverstanden, dass meine E-Mail-Adresse zur Zusendung des Newsletters gespeichert wird.",
        "Ja, ich habe die Datenschutzerklärung gelesen und stimme der Verarbeitung meiner Daten zu.",
        "J'accepte que mes données personnelles soient utilisées pour m'envoyer la lettre d'information.",
        "He leído y acepto la política de privacidad y el tratamiento de mis datos personales.",
        "Acconsento al trattamento dei miei dati personali per l'invio della newsletter settimanale.",
        "Concordo com o tratamento dos meus dados pessoais para o envio da newsletter semanal.",
        "Ik ga akkoord met de verwerking van mijn persoonsgegevens voor het ontvangen van de nieuwsbrief.",
        "Wyrażam zgodę na przetwarzanie moich danych osobowych przez Example Media w celu wysyłki newslettera.",
    ],
)
def test_a_consent_checkbox_is_a_sign_up_prompt(line):
    assert local_verdict(make_block(line)) == "subscription-prompt"


@pytest.mark.parametrize(
    "line",
    [
        "The regulator said users must agree to the processing of their data before any app may collect it.",
        "Die Behörde erklärte, die Nutzer müssten der Verarbeitung ihrer Daten ausdrücklich zustimmen.",
    ],
)
def test_a_story_about_consent_is_no_checkbox(line):
    assert local_verdict(make_block(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for signing up! Check your inbox to confirm your address.",
        "Vielen Dank für Ihre Anmeldung.",
        "Es gab leider ein Problem beim Absenden des Formulars. Bitte versuche es erneut.",
        "Merci pour votre inscription, vous recevrez bientôt notre lettre.",
        "¡Gracias por suscribirte a nuestro boletín!",
        "Grazie per esserti iscritto alla nostra newsletter.",
        "Obrigado por se inscrever na nossa newsletter.",
        "Bedankt voor je aanmelding voor onze nieuwsbrief.",
        "Dziękujemy za zapisanie się do newslettera.",
    ],
)
def test_a_sign_up_forms_message_after_sending_is_a_prompt(line):
    assert local_verdict(make_block(line)) == "subscription-prompt"


@pytest.mark.parametrize(
    "line",
    [
        "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du "
        "der Verwendung von Cookies zu.",
        "Hinweis: Wir verwenden Cookies. Durch Bestätigen des Buttons stimmst Du der Verwendung zu. Über den Button "
        "Konfigurieren kannst Du auswählen, welche Cookies Du zulassen willst, und Deine Wahl jederzeit ändern.",
        "Avis : ce site utilise des cookies pour améliorer votre expérience de navigation et réaliser des statistiques de "
        "visite ; en poursuivant votre navigation, vous acceptez leur utilisation sur toutes les pages du site.",
        "Aviso: este sitio web utiliza cookies para mejorar su experiencia de navegación y analizar el tráfico; si "
        "continúa navegando, consideramos que acepta su uso conforme a nuestra política de privacidad.",
        "Informativa: questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza; proseguendo "
        "nella navigazione acconsenti al loro impiego secondo quanto descritto nella nostra informativa.",
        "Let op: deze website gebruikt cookies om uw ervaring te verbeteren en het verkeer te analyseren; door verder te "
        "gaan gaat u akkoord met het gebruik ervan zoals beschreven in ons privacybeleid.",
        "Informacja: ta strona używa plików cookie w celu świadczenia usług na najwyższym poziomie; dalsze korzystanie ze "
        "strony oznacza, że zgadzasz się na ich użycie zgodnie z naszą polityką prywatności.",
    ],
)
def test_a_long_cookie_notice_is_legal_in_every_language(line):
    """A consent banner's paragraph, however long, is the site's notice, not a story's: set above
    or below a short post it outweighed the post and was taken as the story."""
    assert local_verdict(make_block(line)) == "legal"


def test_a_story_about_cookies_is_no_notice():
    line = (
        "Die Datenschutzbehörde prüft, ob die Zeitung Leser ausreichend informiert, bevor ihre Website Cookies "
        "setzt, und will bis zum Sommer entscheiden."
    )
    assert local_verdict(make_block(line)) is None


POST = [
    "Der Plakatwettbewerb für Kinder findet in diesem Jahr bereits zum sechsten Mal statt, und Kinder zwischen "
    "sechs und zwölf Jahren sind aufgerufen, sich mit einem eigenen Bild daran zu beteiligen.",
    "Die besten Plakate werden im Sommer an den Ufern der Seen ausgestellt, wo sie die Besucher an saubere "
    "Gewässer erinnern sollen.",
]
BOX = [
    "Cookie-Einstellungen ändern",
    "Unbedingt notwendige Cookies sollten jederzeit aktiviert sein, damit wir Deine Einstellungen für die "
    "Cookie-Einstellungen speichern können.",
    "deaktivieren",
    "Wenn Du diesen Cookie deaktivierst, können wir die Einstellungen nicht speichern. Dies bedeutet, dass Du "
    "jedes Mal, wenn Du diese Website besuchst, die Cookies erneut aktivieren oder deaktivieren musst.",
    "Zusätzliche Cookies",
    "Diese Seite setzt Matomo ein, um anonyme Informationen wie die Anzahl der Besucher und die beliebtesten "
    "Seiten zu sammeln. Diesen Cookie aktiviert zu lassen, hilft uns, unsere Website zu verbessern.",
    "deaktivieren",
    "Bitte aktiviere zuerst die unbedingt notwendigen Cookies, damit wir Deine Einstellungen speichern können!",
    "Änderungen speichern",
]
MENU = ["Startseite", "Berichte", "Regatta", "Kontakt", "Impressum"]


def test_a_cookie_consent_box_is_neither_the_story_nor_a_run_of_it():
    """A consent box's paragraphs outweigh a short post: before, the box was taken as the story."""
    page = "\n".join(MENU + ["Haltet unsere Gewässer sauber!", *POST, "Kategorien: Infos", *MENU, *BOX])
    body = clean(page, "text").body
    assert POST[0] in body and POST[1] in body
    assert "Cookie" not in body


def test_a_story_about_cookies_under_its_header_is_kept():
    story = [
        "Die Datenschutzbehörde hat am Montag neue Regeln für Cookies auf Nachrichtenseiten vorgestellt, die "
        "ab dem kommenden Jahr für alle Verlage gelten sollen.",
        "Künftig müssen Seiten Cookies zur Werbung ausdrücklich abfragen, bevor sie gesetzt werden, teilte die "
        "Behörde mit; Verstöße sollen mit Bußgeldern geahndet werden.",
        "Verlage kritisierten die Pläne: Ohne Cookies für Werbung fehlten vielen Häusern wichtige Einnahmen, "
        "sagte ein Sprecher des Verbands.",
    ]
    header = ["Neue Regeln für Cookies auf Nachrichtenseiten", "Von Anna Weber", "12. März 2024"]
    page = "\n".join(MENU + header + story + MENU)
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in story)


def test_consent_boxes_reads_stretches_of_prose_naming_cookies():
    blocks = [make_block(t) for t in [*POST, "Kategorien: Infos", *MENU, *BOX]]
    weights = [1.0 if b.sentence else -0.3 for b in blocks]
    box_start = 2 + 1 + len(MENU)
    assert consent_boxes(blocks, weights, lambda stretch: False) == [(box_start + 1, box_start + 8)]
    assert consent_boxes(blocks, weights, lambda stretch: True) == []  # headed: a story's


def test_a_report_on_cookies_without_a_header_is_kept():
    """Page text that lost the story's byline and date: a report on cookies names them in every
    paragraph, but reports and quotes; a consent box speaks as the site to its reader."""
    story = [
        "Google will stop supporting third-party cookies in its Chrome browser next year, the company said on Tuesday.",
        "Advertisers have relied on cookies to follow users across websites, and the change could cut their revenue, analysts said.",
        "Regulators said they would watch whether the replacement for cookies gives Google an unfair advantage over rivals.",
        "Publishers told the agency that without cookies they could no longer measure which of their ads were seen, "
        "and asked for more time to test the alternatives the company has proposed.",
        "The company said the last cookies would be switched off in stages, starting with one percent of users in "
        "January and reaching every user of the browser by the end of the year.",
    ]
    about = (
        "The Daily Ledger has covered business and technology in the valley since 1921, in print and online. "
        "Its reporters follow the companies, the workers and the regulators that shape the region's economy, "
        "and its newsletter reaches forty thousand readers every morning before the markets open. Subscribers "
        "also receive the weekly magazine."
    )
    page = "\n".join(
        ["Home", "Technology", "Business", *story, "Sports", "Weather", "Obituaries", "Jobs", about, "Privacy"]
    )
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in story)


def test_a_shopping_story_about_baked_cookies_is_no_consent_box():
    """Cookies that are baked: the story tells its reader about them in both its paragraphs, but
    never of a site, a browser or consent. Before, it was weighed as a consent box and the page's
    one-line summary above it was taken as the story."""
    story = [
        "Go to the bakery an hour before it closes. Many shops mark down their bread, cakes and cookies then "
        "because they cannot sell them the next morning, and you can often buy two loaves for the price of one. "
        "If you are planning a party, it is worth asking the manager whether a larger order can be discounted, "
        "since the shop would rather sell its stock than throw it away at the end of the day.",
        "And even though it is easier to buy everything in one place, avoid the supermarket for baking trays, "
        "cookie cutters and seasonal decorations, which carry some of the highest margins in the store; you will "
        "find the same things for much less at a hardware shop.",
    ]
    page = "\n".join(
        [
            *MENU,
            "Ten ways to spend less on food",
            "A shop manager shares what shoppers can do to spend less each week.",
            "More from the magazine",
            "Cheap ideas for a holiday party",
            "How to save without giving anything up",
            "Healthy foods that cost less than a dollar",
            *story,
            "Share",
            *MENU,
        ]
    )
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in story)
