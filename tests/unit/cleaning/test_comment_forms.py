"""A comment form under a short post ends it: the sidebar under the form, however much prose it
holds, is not the post. A newsletter's form, which asks a name and an address but no comment or
website, ends nothing. Pages constructed for the test."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.classifier import opens_comment_form

HEADER = ["Startseite", "Astro-Bilder", "Plejaden, M45", "17. September 2019 Helmut Rubik"]
POST = (
    "Nun nicht im Staub, sondern mit ausgeprägten Sternstrahlen, die Optik auf Blende 5.6 abgeblendet, und "
    "mit etwas mehr Belichtungszeit als beim letzten Versuch im August."
)
DETAILS = ["Detailangaben", "Kategorie: Erste Versuche", "Brennweite in mm: 180", "ISO-Zahl: 640", "Zurück", "Weiter"]
FORM = ["Hinterlasse jetzt einen Kommentar", "Kommentar", "Name *", "E-Mail *", "Webseite", "Kommentar absenden"]
NEWSLETTER = ["Newsletter", "Vorname", "Name", "E-Mail", "Jetzt anmelden"]
SIDEBAR = [
    "Unser Magazin war eine Zeitschrift für praktische Astronomie in deutscher Sprache. Sie galt als "
    "Nachfolger eines langjährigen Magazins und erschien sechsmal im Jahr mit Beobachtungstipps.",
    "Das Buch für Einsteiger ist ein Ratgeber für alle, die tief in die Hobbyastronomie einsteigen wollen, "
    "mit Karten, Tabellen und vielen Fotos von Planeten, Sternhaufen und Galaxien.",
    "Jetzt bestellen",
]


def test_the_sidebar_under_a_comment_form_is_not_the_post():
    page = "\n".join([*HEADER, POST, *DETAILS, *FORM, *SIDEBAR, "Impressum"])
    body = clean(page, "text").body
    assert POST in body
    assert SIDEBAR[0] not in body and SIDEBAR[1] not in body


def test_a_newsletter_form_is_no_comment_form():
    form = make_blocks([*FORM[1:], *SIDEBAR])
    assert opens_comment_form(form, 0)
    newsletter = make_blocks([*NEWSLETTER, *SIDEBAR])
    assert not any(opens_comment_form(newsletter, at) for at in range(len(NEWSLETTER)))
