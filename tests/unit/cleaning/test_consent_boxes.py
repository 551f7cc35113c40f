"""A sign-up form's consent checkbox ("I agree to the processing of my personal data"), in any of our languages."""

from __future__ import annotations

import pytest

from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict


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
