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


WORDPRESS_FORM = [
    "Teilen Sie dies mit:",
    "Twitter",
    "Facebook",
    "Ähnliche Beiträge",
    "Kommentar verfassen Antwort abbrechen",
    "Gib hier deinen Kommentar ein ...",
    "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
    "E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)",
    "Name (erforderlich)",
    "Website",
]


def test_a_post_of_one_sentence_over_a_blog_hosts_comment_form_is_the_post():
    post = [
        "„Ich weiß, ich bin müde und sollte das vielleicht nicht sagen…“",
        "– „Dann sag es nicht.“",
        "– „Ok.“",
    ]
    header = ["Notizen", "Die Möglichkeit, nichts zu tun", "14. Juni 2013 at 20:51"]
    page = "\n".join([*header, *post, *WORDPRESS_FORM, *SIDEBAR, "Impressum"])
    body = clean(page, "text").body
    assert post[0] in body
    assert SIDEBAR[0] not in body and "Gib hier deinen Kommentar ein ..." not in body


def test_a_blog_hosts_form_labels_with_their_notes_are_a_comment_form():
    assert opens_comment_form(make_blocks(WORDPRESS_FORM[5:]), 0)


def test_a_cookie_notices_record_labels_open_no_comments():
    notice = [
        "Werbe-Cookies werden genutzt, um Besucher über verschiedene Websites zu identifizieren, zum Beispiel "
        "Content-Partner oder Werbenetzwerke. Sie können verwendet werden, um ein Profil der Interessen zu erstellen.",
    ]
    records = []
    for name, provider in [("_sp_id", "orsted.de"), ("", "www.facebook.com"), ("lang", ".linkedin.com")]:
        records += [
            "Zweck: Unterstützt Online-Marketing, indem Informationen über die Nutzer erfasst werden.",
            "Fristablauf: Session",
            f"Name: {name}".rstrip(),
            f"Anbieter: {provider}",
        ]
    story = [
        "Grüner Wasserstoff wird mit Strom aus Wind und Sonne erzeugt und kann dort Energie liefern, wo sich "
        "Strom nur schwer direkt nutzen lässt, etwa in Stahlwerken, Raffinerien und im Schiffsverkehr.",
        "Das Unternehmen will dafür in den nächsten Jahren mehrere Elektrolyseure an der Nordseeküste bauen, die "
        "mit Windstrom aus Offshore-Parks versorgt werden und zusammen mehrere hundert Megawatt leisten.",
        "Ein erstes Projekt soll schon im kommenden Jahr Wasserstoff für eine Raffinerie in Norddeutschland "
        "liefern, sagte ein Sprecher am Dienstag; weitere Abnehmer aus der Industrie seien im Gespräch.",
    ]
    body = clean("\n".join(["Cookie-Einstellungen", *notice, *records, "Grüner Wasserstoff", *story]), "text").body
    assert all(p in body for p in story)
