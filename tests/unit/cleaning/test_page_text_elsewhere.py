"""Page text in German, French, Spanish, Italian, Portuguese and Dutch: the furniture around and
inside a story is found by word evidence in these languages or by shape alone.

Every page here is constructed for the test: a menu, a headline, a byline, four story paragraphs,
then the furniture under test.
"""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks, split_lines
from services.processors.cleaning.classifier import local_verdicts
from services.processors.cleaning.comment_threads import mark_lone_comment
from services.processors.cleaning.keys import line_keys

# language -> (byline's name, byline, headline, story paragraphs)
STORIES = {
    "de": (
        "Anna Müller",
        "Von Anna Müller",
        "Stadtrat beschließt neuen Radweg entlang der Hauptstraße",
        [
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass entlang der Hauptstraße ein "
            "neuer Radweg gebaut werden soll. Die Kosten werden auf rund zwei Millionen Euro geschätzt.",
            "Bürgermeister Klaus Weber sprach von einem wichtigen Schritt für die Verkehrswende in der Stadt. Die "
            "Bauarbeiten sollen im Herbst beginnen und etwa ein Jahr dauern.",
            "Kritik kam vor allem von den Einzelhändlern, die den Wegfall von Parkplätzen befürchten. Sie wollen "
            "nun mit der Verwaltung über Ausgleichsflächen in der Nähe der Geschäfte sprechen.",
            "Die Grünen begrüßten den Beschluss, forderten aber, dass auch die Nebenstraßen sicherer für Radfahrer "
            "werden müssten. Ein entsprechender Antrag soll in der nächsten Sitzung beraten werden.",
        ],
    ),
    "fr": (
        "Marie Dupont",
        "Par Marie Dupont",
        "Le conseil municipal adopte une nouvelle piste cyclable",
        [
            "Le conseil municipal a décidé mardi soir, à une large majorité, de construire une nouvelle piste "
            "cyclable le long de la rue principale. Le coût est estimé à environ deux millions d'euros.",
            "Le maire Paul Lefèvre a parlé d'une étape importante pour la transition des transports dans la ville. "
            "Les travaux doivent commencer à l'automne et durer environ un an.",
            "Les critiques sont venues surtout des commerçants, qui craignent la suppression de places de "
            "stationnement. Ils veulent maintenant discuter avec la mairie de solutions de remplacement.",
            "Les écologistes ont salué la décision, tout en demandant que les rues voisines deviennent elles aussi "
            "plus sûres pour les cyclistes. Une motion sera examinée lors de la prochaine séance.",
        ],
    ),
    "es": (
        "María García",
        "Por María García",
        "El ayuntamiento aprueba un nuevo carril bici en la calle mayor",
        [
            "El pleno del ayuntamiento aprobó el martes por la noche, por amplia mayoría, construir un nuevo carril "
            "bici a lo largo de la calle mayor. El coste se estima en unos dos millones de euros.",
            "El alcalde Pedro Sánchez habló de un paso importante para la movilidad sostenible en la ciudad. Las "
            "obras comenzarán en otoño y durarán aproximadamente un año.",
            "Las críticas llegaron sobre todo de los comerciantes, que temen la pérdida de plazas de aparcamiento. "
            "Ahora quieren negociar con el ayuntamiento espacios alternativos cerca de sus tiendas.",
            "Los ecologistas celebraron la decisión, pero pidieron que también las calles vecinas sean más seguras "
            "para los ciclistas. Una moción al respecto se debatirá en el próximo pleno.",
        ],
    ),
    "it": (
        "Mario Rossi",
        "Di Mario Rossi",
        "Il consiglio comunale approva una nuova pista ciclabile",
        [
            "Il consiglio comunale ha deciso martedì sera, a larga maggioranza, di costruire una nuova pista "
            "ciclabile lungo la via principale. Il costo è stimato in circa due milioni di euro.",
            "Il sindaco Luca Bianchi ha parlato di un passo importante per la mobilità sostenibile della città. I "
            "lavori dovrebbero iniziare in autunno e durare circa un anno.",
            "Le critiche sono arrivate soprattutto dai commercianti, che temono la perdita di posti auto. Ora "
            "vogliono discutere con il comune di aree alternative vicino ai negozi.",
            "Gli ambientalisti hanno accolto con favore la decisione, chiedendo però che anche le strade vicine "
            "diventino più sicure per i ciclisti. Una mozione sarà discussa nella prossima seduta.",
        ],
    ),
    "pt": (
        "João Silva",
        "Por João Silva",
        "Câmara aprova nova ciclovia ao longo da avenida principal",
        [
            "A câmara municipal decidiu na noite de terça-feira, por ampla maioria, construir uma nova ciclovia ao "
            "longo da avenida principal. O custo está estimado em cerca de dois milhões de euros.",
            "O presidente da câmara, Rui Costa, falou de um passo importante para a mobilidade na cidade. As obras "
            "devem começar no outono e durar cerca de um ano.",
            "As críticas vieram sobretudo dos comerciantes, que temem a perda de lugares de estacionamento. Eles "
            "querem agora discutir com a câmara espaços alternativos perto das lojas.",
            "Os ambientalistas saudaram a decisão, mas pediram que também as ruas vizinhas se tornem mais seguras "
            "para os ciclistas. Uma proposta nesse sentido será discutida na próxima reunião.",
        ],
    ),
    "nl": (
        "Jan de Vries",
        "Door Jan de Vries",
        "Gemeenteraad stemt in met nieuw fietspad langs de hoofdstraat",
        [
            "De gemeenteraad heeft dinsdagavond met een ruime meerderheid besloten dat er langs de hoofdstraat een "
            "nieuw fietspad komt. De kosten worden geschat op ongeveer twee miljoen euro.",
            "Burgemeester Pieter Bakker sprak van een belangrijke stap voor de verkeerswende in de stad. De "
            "werkzaamheden moeten in het najaar beginnen en ongeveer een jaar duren.",
            "Kritiek kwam vooral van de winkeliers, die vrezen dat er parkeerplaatsen verdwijnen. Zij willen nu met "
            "de gemeente praten over alternatieve plekken in de buurt van de winkels.",
            "De groenen waren blij met het besluit, maar vroegen dat ook de zijstraten veiliger worden voor "
            "fietsers. Een motie daarover wordt in de volgende vergadering besproken.",
        ],
    ),
}
LANGUAGES = sorted(STORIES)
MENU = ["Home", "Politik", "Sport", "Kultur"]


def page(lang: str, after: list[str], inside: list[str] | None = None) -> str:
    """The constructed page: menu, headline, byline, the story (with ``inside`` after its second
    paragraph), then ``after``."""
    _, byline, headline, story = STORIES[lang]
    body = story[:2] + (inside or []) + story[2:]
    return "\n".join([*MENU, headline, byline, *body, *after])


def body_of(text: str) -> list[str]:
    return clean(text, "text").body.split("\n\n")


# A closing note about the writer, told with a profession and a publication in each language.
BIOS = {
    "de": "Anna Müller ist Redakteurin im Lokalressort und schreibt für die Stadtseiten über Verkehr und Politik.",
    "fr": "Marie Dupont est journaliste au service local et écrit pour nos pages sur les transports et la ville.",
    "es": "María García es periodista de la sección local y escribe para estas páginas sobre movilidad y política.",
    "it": "Mario Rossi è giornalista della redazione locale e scrive per queste pagine di mobilità e politica.",
    "pt": "João Silva é jornalista da secção local e escreve para estas páginas sobre mobilidade e política.",
    "nl": "Jan de Vries is verslaggever bij de stadsredactie en schrijft voor deze pagina's over verkeer en politiek.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_closing_note_about_the_writer_is_removed_in_each_language(lang):
    assert body_of(page(lang, [BIOS[lang], "Impressum"])) == STORIES[lang][3]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_writers_biography_opening_the_page_is_removed_in_each_language(lang):
    _, _, headline, story = STORIES[lang]
    assert body_of("\n".join([headline, BIOS[lang], *story])) == story


# A note naming the byline's writer with a verb no word list holds: the byline gives it away.
NAMED_NOTES = {
    "de": "Anna Müller berichtet seit 2015 aus dem Rathaus und lebt mit ihrer Familie in der Altstadt.",
    "fr": "Marie Dupont suit depuis 2015 la vie municipale et habite avec sa famille dans la vieille ville.",
    "es": "María García sigue desde 2015 la política municipal y vive con su familia en el casco antiguo.",
    "it": "Mario Rossi segue dal 2015 la politica comunale e vive con la sua famiglia nel centro storico.",
    "pt": "João Silva acompanha desde 2015 a política municipal e vive com a família no centro histórico.",
    "nl": "Jan de Vries volgt sinds 2015 de gemeentepolitiek en woont met zijn gezin in de binnenstad.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_closing_note_opening_with_the_bylines_name_is_removed(lang):
    assert body_of(page(lang, [NAMED_NOTES[lang]])) == STORIES[lang][3]


def test_a_closing_paragraph_naming_someone_else_is_kept():
    _, _, _, story = STORIES["de"]
    closing = "Klaus Weber berichtet, dass die ersten Pläne schon im Frühjahr im Rathaus ausliegen sollen."
    assert body_of(page("de", [closing])) == [*story, closing]


def test_a_profile_early_in_the_story_is_kept():
    _, _, headline, story = STORIES["fr"]
    lead = "Marie Curie est une physicienne dont le nom reste lié à la découverte du radium et du polonium en 1898."
    text = "\n".join([headline, *story[:1], lead, *story[1:]])
    assert lead in body_of(text)


# Another story set out under the article in full, with its own headline and date, longer per line
# than the article: the article is the story under the page's first header.
TEASERS = {
    "de": (
        "Neue Feuerwache am Stadtrand wird im Frühjahr eröffnet",
        "14.03.2024",
        "Die Freiwillige Feuerwehr bekommt eine neue Wache am Stadtrand, die nach zweijähriger Bauzeit im kommenden "
        "Frühjahr eröffnet werden soll. Die Kosten für den Neubau liegen bei rund acht Millionen Euro, von denen das "
        "Land einen großen Teil übernimmt, wie die Verwaltung in der vergangenen Woche mitteilte. In der neuen Wache "
        "sollen künftig auch die Jugendfeuerwehr und der Katastrophenschutz untergebracht werden.",
    ),
    "fr": (
        "Une nouvelle caserne de pompiers ouvrira au printemps",
        "14 mars 2024",
        "Les sapeurs-pompiers volontaires auront une nouvelle caserne en périphérie de la ville, qui doit ouvrir au "
        "printemps prochain après deux ans de travaux. Le coût de la construction s'élève à environ huit millions "
        "d'euros, dont une grande partie est prise en charge par la région, a indiqué la mairie la semaine dernière. "
        "La nouvelle caserne accueillera aussi les jeunes sapeurs-pompiers et la protection civile.",
    ),
    "it": (
        "La nuova caserma dei vigili del fuoco aprirà in primavera",
        "14 marzo 2024",
        "I vigili del fuoco volontari avranno una nuova caserma alla periferia della città, che dovrebbe aprire la "
        "prossima primavera dopo due anni di lavori. Il costo della costruzione è di circa otto milioni di euro, in "
        "gran parte a carico della regione, come ha comunicato il comune la settimana scorsa. Nella nuova caserma "
        "troveranno posto anche i giovani volontari e la protezione civile.",
    ),
    "nl": (
        "Nieuwe brandweerkazerne aan de rand van de stad opent in het voorjaar",
        "14 maart 2024",
        "De vrijwillige brandweer krijgt een nieuwe kazerne aan de rand van de stad, die na twee jaar bouwen in het "
        "komende voorjaar open moet gaan. De kosten van de nieuwbouw bedragen ongeveer acht miljoen euro, waarvan de "
        "provincie een groot deel betaalt, zo meldde de gemeente vorige week. In de nieuwe kazerne komen ook de "
        "jeugdbrandweer en de rampenbestrijding, die nu nog op verschillende plekken in de stad zitten.",
    ),
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_longer_story_under_its_own_header_after_page_chrome_is_not_the_article(lang):
    headline, date, paragraph = TEASERS[lang]
    other = ["Mehr", "Feuerwehr", headline, date, paragraph, paragraph.replace(".", ";", 1)]
    assert body_of(page(lang, other)) == STORIES[lang][3]


def test_a_linked_headline_with_its_byline_straight_after_prose_stays_in_the_story():
    _, _, _, story = STORIES["de"]
    headline, date, paragraph = TEASERS["de"]
    inside = [headline, date, paragraph]  # no chrome between the story's prose and this header
    assert body_of(page("de", [], inside)) == [*story[:2], headline, paragraph, *story[2:]]


@pytest.mark.parametrize(
    "closing",
    [
        "The Financial Roundtable was held in March, and its host, a former editor, thanked the guests for coming.",
        "Die Konferenz war gut besucht, und der Gastgeber, ein früherer Redakteur, dankte allen Gästen für ihr Kommen.",
    ],
)
def test_a_closing_paragraph_without_a_profession_after_its_copula_is_kept(closing):
    _, _, _, story = STORIES["de"]
    assert body_of(page("de", [closing])) == [*story, closing]


# A short list of links set between a story's paragraphs, under a label no word list holds.
INLINE_LISTS = {
    "de": ["Passend dazu", "Neue Ampeln sorgen für Ärger", "Pendler steigen aufs Fahrrad um"],
    "fr": ["Sur ce thème", "Les vélos électriques séduisent les familles", "Dix balades à vélo en Bretagne"],
    "es": ["Te recomendamos", "Las bicis eléctricas arrasan este verano", "Diez rutas en bici por Asturias"],
    "it": ["Leggi pure", "Le bici elettriche conquistano le famiglie", "Dieci percorsi in bici in Umbria"],
    "pt": ["Saiba mais", "As bicicletas elétricas conquistam as famílias", "Dez percursos de bicicleta no Minho"],
    "nl": ["Meer hierover", "Elektrische fietsen veroveren de gezinnen", "Tien fietsroutes door de Achterhoek"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_short_labelled_list_between_paragraphs_is_removed(lang):
    assert body_of(page(lang, [], INLINE_LISTS[lang])) == STORIES[lang][3]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_one_word_label_may_open_a_short_list(lang):
    items = INLINE_LISTS[lang][1:]
    assert body_of(page(lang, [], ["Mehr", *items])) == STORIES[lang][3]


def test_a_heading_and_its_subheading_between_paragraphs_are_kept():
    _, _, _, story = STORIES["de"]
    headings = ["Was die Händler sagen", "Die Sorge um die Parkplätze"]
    assert body_of(page("de", [], headings)) == [*story[:2], *headings, *story[2:]]


def test_a_list_the_story_announces_is_kept():
    _, _, _, story = STORIES["es"]
    lead = "El plan incluye estas tres medidas principales, según el documento aprobado por el pleno:"
    items = ["Un carril bici de dos kilómetros", "Nuevos aparcamientos para bicicletas", "Semáforos para ciclistas"]
    assert body_of(page("es", [], [lead, *items])) == [*story[:2], lead, *items, *story[2:]]


def test_questions_between_paragraphs_are_kept():
    _, _, _, story = STORIES["fr"]
    questions = ["Pourquoi la mairie a-t-elle choisi cette rue ?", "Combien de places de parking vont disparaître ?"]
    assert body_of(page("fr", [], ["Questions", *questions])) == [*story[:2], "Questions", *questions, *story[2:]]


def test_a_short_labelled_list_between_paragraphs_is_removed_from_html_too():
    _, _, headline, story = STORIES["de"]
    paragraphs = story[:2] + INLINE_LISTS["de"] + story[2:]
    html = (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    assert clean(html, "html").body.split("\n\n") == story


# A teaser's headline long enough to look hard-wrapped, with its age under it in lower case.
AGES = {"de": "vor 2 Std.", "fr": "il y a 3 h", "es": "hace 5 min", "it": "2 ore fa", "pt": "há 4 h", "nl": "een 3 u"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_age_under_a_long_headline_is_not_joined_to_it(lang):
    headline = STORIES[lang][2]
    assert len(headline) >= 45  # a hard-wrapped line's length
    assert split_lines(f"{headline}\n{AGES[lang]}") == [headline, AGES[lang]]


def test_a_wrapped_sentence_ending_on_a_year_is_still_joined():
    first = "Der Stadtrat hat den neuen Radweg an der Hauptstraße nach"
    assert split_lines(f"{first}\nlangem Streit 2019.") == [f"{first} langem Streit 2019."]


# A consent banner's prose above the page's menu: longer per line than the story, not joined to its headline.
BANNERS = {
    "de": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen "
    "für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Außerdem geben wir "
    "Informationen zu Ihrer Verwendung unserer Website an unsere Partner für soziale Medien, Werbung und Analysen "
    "weiter. Unsere Partner führen diese Informationen möglicherweise mit weiteren Daten zusammen, die Sie ihnen "
    "bereitgestellt haben oder die sie im Rahmen Ihrer Nutzung der Dienste gesammelt haben.",
    "fr": "Nous et nos partenaires utilisons des cookies et des technologies similaires pour stocker et accéder à des "
    "informations sur votre appareil, afin de personnaliser les contenus et les publicités, de proposer des "
    "fonctionnalités de réseaux sociaux et d'analyser notre trafic. Nous partageons également des informations sur "
    "l'utilisation de notre site avec nos partenaires de réseaux sociaux, de publicité et d'analyse, qui peuvent "
    "les combiner avec d'autres informations que vous leur avez fournies.",
    "es": "Nosotros y nuestros socios utilizamos cookies y tecnologías similares para almacenar y acceder a información "
    "en su dispositivo, con el fin de personalizar los contenidos y los anuncios, ofrecer funciones de redes "
    "sociales y analizar nuestro tráfico. También compartimos información sobre el uso que hace de nuestro sitio "
    "con nuestros socios de redes sociales, publicidad y análisis, que pueden combinarla con otra información que "
    "les haya proporcionado.",
    "nl": "Wij en onze partners gebruiken cookies en vergelijkbare technieken om informatie op uw apparaat op te slaan "
    "en te lezen, om inhoud en advertenties te personaliseren, functies voor sociale media aan te bieden en ons "
    "verkeer te analyseren. Ook delen wij informatie over uw gebruik van onze site met onze partners voor sociale "
    "media, advertenties en analyse, die deze kunnen combineren met andere informatie die u aan hen heeft verstrekt.",
}


@pytest.mark.parametrize("lang", sorted(BANNERS))
def test_a_consent_banners_prose_above_the_page_is_not_the_article(lang):
    _, byline, headline, story = STORIES[lang]
    text = "\n".join([BANNERS[lang], "OK", *MENU, headline, byline, *story, "Impressum"])
    assert body_of(text) == story


@pytest.mark.parametrize("lang", sorted(BANNERS))
def test_a_short_story_under_its_header_wins_over_a_heavier_banner(lang):
    _, byline, headline, story = STORIES[lang]
    banner = [BANNERS[lang], BANNERS[lang].replace(".", ";", 1), BANNERS[lang].replace(",", ";", 1)]
    text = "\n".join([*banner, "OK", *MENU, headline, byline, *story[:2], "Impressum"])
    assert body_of(text) == story[:2]


def test_a_story_whose_header_went_unseen_keeps_its_prose_above_a_quoted_statement():
    _, _, _, story = STORIES["de"]
    statement = ["Erklärung des Oberbürgermeisters zum Radweg", "Veröffentlicht am 12.03.2024"]
    text = "\n".join([*MENU, "Anna Müller", "12.03.2024", "Facebook", *story[:2], "Anzeige", *statement, *story[2:]])
    assert body_of(text)[:2] == story[:2]


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("de", "ANNA MÜLLER hat schon viele Radwege getestet und fährt jeden Tag mit dem Rad in die Redaktion."),
        ("es", "MARÍA GARCÍA ha recorrido media España en bicicleta y escribe desde hace diez años sobre movilidad."),
        ("nl", "JAN DE VRIES fietst elke dag naar de redactie en heeft al veel fietspaden in de provincie getest."),
    ],
)
def test_a_closing_note_opening_with_a_name_in_capitals_is_removed(lang, note):
    assert body_of(page(lang, [note])) == STORIES[lang][3]


def test_a_closing_paragraph_opening_with_an_acronym_is_kept():
    _, _, _, story = STORIES["de"]
    closing = "ADAC und VCD begrüßten den Beschluss ebenfalls und kündigten eine gemeinsame Stellungnahme an."
    assert body_of(page("de", [closing])) == [*story, closing]


# The placeholder a page sets where a social or video embed would load: label, consent notice, button.
EMBEDS = {
    "de": [
        "Empfohlener externer Inhalt",
        "An dieser Stelle finden Sie einen externen Inhalt von Twitter, der den Artikel ergänzt.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Mehr in unserer Datenschutzerklärung.",
        "Externen Inhalt anzeigen",
    ],
    "fr": [
        "Contenu externe",
        "Ce contenu est fourni par Twitter. En l'affichant, vous acceptez que des données soient transmises à ce tiers.",
        "Afficher le contenu",
    ],
    "es": [
        "Contenido externo",
        "Este contenido lo proporciona Twitter. Al mostrarlo, usted acepta que se transmitan datos a este tercero.",
        "Mostrar contenido",
    ],
    "it": [
        "Contenuto esterno",
        "Questo contenuto è fornito da Twitter. Visualizzandolo accetti che i dati siano trasmessi a terzi.",
        "Mostra contenuto",
    ],
    "pt": [
        "Conteúdo externo",
        "Este conteúdo é fornecido pelo Twitter e pode instalar cookies no seu dispositivo quando for mostrado.",
        "Mostrar conteúdo",
    ],
    "nl": [
        "Externe inhoud",
        "Deze inhoud wordt aangeboden door Twitter. Door deze inhoud te tonen gaat u akkoord met cookies.",
        "Inhoud tonen",
    ],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_embeds_placeholder_inside_the_story_is_removed_and_does_not_end_it(lang):
    _assert_widget_lines_leave_the_story(lang, EMBEDS[lang])


def _assert_widget_lines_leave_the_story(lang: str, lines: list[str]) -> None:
    """``lines`` set after the story's second paragraph are all removed as "share-widget", and the
    story's four paragraphs are the body."""
    result = clean(page(lang, [], lines), "text")
    assert result.body.split("\n\n") == STORIES[lang][3]
    assert {r.reason for r in result.removed if r.text in lines} == {"share-widget"}


# A video player's own messages (video.js and the players built on it), in its language whatever the story's.
PLAYER_MESSAGES = [
    "This is a modal window.",
    "Beginning of dialog window. Escape will cancel and close the window.",
    "End of dialog window.",
    "No compatible source was found for this media.",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_video_players_messages_inside_the_story_are_removed_and_do_not_end_it(lang):
    _assert_widget_lines_leave_the_story(lang, PLAYER_MESSAGES)


# A typo-report widget's line names its keys in any language.
TYPO_REPORTS = [
    "Found a mistake? Select the text and press Ctrl+Enter to tell the editors.",
    "Если вы нашли ошибку, выделите фрагмент текста и нажмите Ctrl+Enter.",
    "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!",
    "Zauważyłeś błąd? Zaznacz tekst i naciśnij Ctrl + Enter.",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_typo_report_widgets_line_inside_the_story_is_removed_and_does_not_end_it(lang):
    _assert_widget_lines_leave_the_story(lang, TYPO_REPORTS)


# A paywall's, a player's and a bookmark's lines set between a story's paragraphs.
SITE_LINES = {
    "de": ["Artikel vorlesen", "Lesezeit: 3 Min.", "Sie haben bereits ein Abo? Hier anmelden", "Artikel merken"],
    "fr": ["Écouter cet article", "Article réservé aux abonnés", "Déjà abonné ? Se connecter", "Enregistrer"],
    "es": ["Escuchar artículo", "Artículo solo para suscriptores", "¿Ya eres suscriptor? Inicia sesión", "Guardar"],
    "it": ["Ascolta l'articolo", "Articolo riservato agli abbonati", "Sei già abbonato? Accedi", "Salva"],
    "pt": ["Ouvir artigo", "Exclusivo para assinantes", "Já é assinante? Faça login", "Salvar"],
    "nl": ["Lees voor", "Alleen voor abonnees", "Ben je al abonnee? Log in", "Opslaan"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_paywall_player_and_bookmark_lines_are_named_in_each_language(lang):
    result = clean(page(lang, [], SITE_LINES[lang]), "text")
    assert result.body.split("\n\n") == STORIES[lang][3]
    reasons = {r.text: r.reason for r in result.removed}
    second = "publication-stamp" if lang == "de" else "subscription-prompt"  # the German line is a reading time
    expected = ["share-widget", second, "subscription-prompt", "share-widget"]
    assert [reasons[line] for line in SITE_LINES[lang]] == expected


# A site's closing words to its reader: report an error, take the newsletter.
CLOSING_PROMPTS = {
    "de": [
        "Haben Sie einen Fehler entdeckt? Dann melden Sie ihn bitte über unser Kontaktformular.",
        "Mit unserem kostenlosen Newsletter erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.",
    ],
    "fr": [
        "Vous avez repéré une erreur ? Signalez-la à notre rédaction via le formulaire de contact.",
        "Recevez chaque matin l'essentiel de l'actualité de votre région avec notre newsletter gratuite.",
    ],
    "es": [
        "¿Has visto un error? Comunícalo a nuestra redacción a través del formulario de contacto.",
        "Recibe cada mañana lo más importante de la actualidad de tu región con nuestro boletín gratuito.",
    ],
    "it": [
        "Hai trovato un errore? Segnalalo alla nostra redazione tramite il modulo di contatto.",
        "Ricevi ogni mattina le notizie più importanti della tua regione con la nostra newsletter gratuita.",
    ],
    "pt": [
        "Encontrou um erro? Comunique-o à nossa redação através do formulário de contacto.",
        "Receba todas as manhãs as notícias mais importantes da sua região com a nossa newsletter gratuita.",
    ],
    "nl": [
        "Heb je een fout gezien? Meld het aan onze redactie via het contactformulier.",
        "Ontvang elke ochtend het belangrijkste nieuws uit je regio met onze gratis nieuwsbrief.",
    ],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_sites_closing_prompts_are_removed_in_each_language(lang):
    result = clean(page(lang, CLOSING_PROMPTS[lang]), "text")
    assert result.body.split("\n\n") == STORIES[lang][3]
    assert {r.reason for r in result.removed if r.text in CLOSING_PROMPTS[lang]} == {"subscription-prompt"}


def test_a_story_closing_on_a_form_without_addressing_the_reader_is_kept():
    _, _, _, story = STORIES["es"]
    closing = "El formulario de solicitud de ayudas estará disponible en el ayuntamiento a partir del lunes."
    assert body_of(page("es", [closing])) == [*story, closing]


# A page that sets its lead above the byline and the rest, shorter, under it.
SHARE_BARS = {
    "de": ["Artikel teilen", "Link kopieren"],
    "fr": ["Partager", "Imprimer"],
    "es": ["Compartir", "Imprimir"],
    "it": ["Condividi", "Stampa"],
    "pt": ["Compartilhar", "Imprimir"],
    "nl": ["Delen", "Printen"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_short_body_under_the_byline_joins_the_lead_above_it(lang):
    _, byline, headline, story = STORIES[lang]
    lead = " ".join(story[:3])
    rest = story[3].split(". ")[0] + "."
    text = "\n".join([*MENU, headline, lead, byline, "12.03.2024", *SHARE_BARS[lang], rest, "Impressum"])
    assert body_of(text) == [lead, rest]


def test_a_comment_under_a_date_alone_does_not_join_the_story():
    _, _, headline, story = STORIES["de"]
    lead = " ".join(story[:3])
    comment = "Endlich passiert hier etwas für die Radfahrer, das wurde auch Zeit."
    text = "\n".join([*MENU, headline, lead, "12.03.2024", "Artikel teilen", comment, "Impressum"])
    assert body_of(text) == [lead]


# A single reader comment under the story: a bare name, a time of day, the comment to the page's end.
LONE_COMMENTS = {
    "de": (
        "Peter Krause",
        "13.03.2024, 08:15 Uhr",
        "Ich wohne seit zwanzig Jahren an der Hauptstraße und sage: endlich!",
    ),
    "fr": ("Jean Martin", "13/03/2024 à 08h15", "J'habite dans cette rue depuis vingt ans et je dis enfin, bravo !"),
    "es": ("Pedro Ruiz", "13/03/2024 08:15", "Vivo en la calle mayor desde hace veinte años y digo que ya era hora."),
    "it": ("Paolo Neri", "13/03/2024 alle 08:15", "Abito in questa via da vent'anni e dico che era ora, finalmente."),
    "pt": (
        "Pedro Lopes",
        "13/03/2024 às 08:15",
        "Moro nesta avenida há vinte anos e digo que já era tempo, finalmente.",
    ),
    "nl": (
        "Kees Visser",
        "13-03-2024 om 08:15",
        "Ik woon al twintig jaar aan de hoofdstraat en zeg: eindelijk, het werd tijd.",
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_single_comment_under_the_story_is_removed(lang):
    name, stamp, comment = LONE_COMMENTS[lang]
    result = clean(page(lang, [name, stamp, comment, comment.replace(" ", "  ", 1) + " Ja."]), "text")
    assert result.body.split("\n\n") == STORIES[lang][3]
    assert {r.reason for r in result.removed if r.text == comment} == {"comments"}


def test_a_name_and_a_date_without_a_time_of_day_do_not_make_a_comment():
    _, _, _, story = STORIES["de"]
    letter = "Sehr geehrte Damen und Herren, wir begrüßen den Beschluss des Stadtrats ausdrücklich."
    blocks = make_blocks([*story, "Hans Meier", "12.03.2024", letter])
    verdicts = local_verdicts(blocks, line_keys(blocks), lambda key: 0, 3)
    before = list(verdicts)
    mark_lone_comment(blocks, verdicts)
    assert verdicts == before
    blocks = make_blocks([*story, "Hans Meier", "12.03.2024, 08:15", letter])
    verdicts = local_verdicts(blocks, line_keys(blocks), lambda key: 0, 3)
    mark_lone_comment(blocks, verdicts)
    assert verdicts[-1] == "comments"


def test_a_post_longer_than_the_blurb_above_it_is_no_lone_comment():
    _, _, _, story = STORIES["de"]
    blurb = [
        "Unsere Vorlagen für Ihren Shop sind schnell eingerichtet.",
        "Sie passen zu jedem gängigen Shopsystem und sind sofort nutzbar.",
    ]
    blocks = make_blocks([*blurb, "Beispiel-Media", "22.06.2018 10:20", *story])
    verdicts = local_verdicts(blocks, line_keys(blocks), lambda key: 0, 3)
    mark_lone_comment(blocks, verdicts)
    assert verdicts[4:] == [None] * len(story)
    blocks = make_blocks([*story[:2], "Beispiel-Media", "22.06.2018 10:20", story[2]])
    verdicts = local_verdicts(blocks, line_keys(blocks), lambda key: 0, 3)
    mark_lone_comment(blocks, verdicts)
    assert verdicts[-1] == "comments"


def test_two_timed_entries_are_no_lone_comment():
    _, _, _, story = STORIES["de"]
    entries = [
        "Klaus Weber",
        "08:15 Uhr",
        "Der Bürgermeister eröffnet die Sitzung und begrüßt die Gäste im vollen Saal.",
        "Klaus Weber",
        "08:40 Uhr",
        "Die Abstimmung über den Radweg beginnt mit einer längeren Aussprache im Rat.",
    ]
    body = body_of(page("de", entries))
    assert "Die Abstimmung über den Radweg beginnt mit einer längeren Aussprache im Rat." in body


# A picture's caption between paragraphs, its credit or note in each language.
CAPTIONS = {
    "de": ["Der neue Radweg soll entlang der Hauptstraße verlaufen. (Symbolbild)", "Die Hauptstraße am Morgen. © dpa"],
    "fr": ["La piste longera la rue principale. (Photo d'illustration)", "La rue principale le matin. © AFP"],
    "es": ["El carril recorrerá la calle mayor. Fotografía: Pedro Ruiz", "La calle mayor por la mañana. Imagen: EFE"],
    "it": ["La pista correrà lungo la via principale. (Immagine di repertorio)", "La via principale. © Ansa"],
    "pt": ["A ciclovia vai ao longo da avenida principal. Imagem: Lusa", "A avenida de manhã. (Foto de arquivo)"],
    "nl": ["Het fietspad komt langs de hoofdstraat. Beeld: Kees Visser", "De hoofdstraat in de ochtend. © ANP"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_captions_with_a_credit_or_a_picture_note_are_removed_in_each_language(lang):
    result = clean(page(lang, [], CAPTIONS[lang]), "text")
    assert result.body.split("\n\n") == STORIES[lang][3]
    assert {r.reason for r in result.removed if r.text in CAPTIONS[lang]} == {"caption"}


# Two headlines with their teasers under a label no word list holds, right after the story.
TEASER_CARDS = {
    "de": [
        (
            "Neue Feuerwache am Stadtrand wird eröffnet",
            "Die Feuerwehr bekommt nach zwei Jahren Bauzeit ein neues Zuhause.",
        ),
        ("Polizei sucht Zeugen nach Unfall auf der Landstraße", "Ein Radfahrer wurde am Montagabend schwer verletzt."),
    ],
    "fr": [
        (
            "Une nouvelle caserne ouvrira au printemps",
            "Les pompiers auront enfin un bâtiment après deux ans de travaux.",
        ),
        ("La police recherche des témoins après un accident", "Un cycliste a été grièvement blessé lundi soir."),
    ],
    "es": [
        (
            "Un nuevo parque de bomberos abrirá en primavera",
            "Los bomberos tendrán por fin un edificio tras dos años de obras.",
        ),
        ("La policía busca testigos de un accidente en la carretera", "Un ciclista resultó herido grave el lunes."),
    ],
    "it": [
        (
            "Una nuova caserma dei pompieri aprirà in primavera",
            "I vigili avranno finalmente una sede dopo due anni di lavori.",
        ),
        ("La polizia cerca testimoni di un incidente stradale", "Un ciclista è rimasto ferito gravemente lunedì sera."),
    ],
    "pt": [
        (
            "Novo quartel de bombeiros abre na primavera",
            "Os bombeiros terão finalmente um edifício após dois anos de obras.",
        ),
        ("Polícia procura testemunhas de acidente na estrada", "Um ciclista ficou gravemente ferido na segunda-feira."),
    ],
    "nl": [
        (
            "Nieuwe brandweerkazerne opent in het voorjaar",
            "De brandweer krijgt na twee jaar bouwen eindelijk een nieuw gebouw.",
        ),
        ("Politie zoekt getuigen van ongeluk op de provinciale weg", "Een fietser raakte maandagavond zwaargewond."),
    ],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_teaser_cards_under_a_label_after_the_story_are_removed(lang):
    cards = [line for pair in TEASER_CARDS[lang] for line in pair]
    assert body_of(page(lang, ["Auch gelesen", *cards, "Impressum"])) == STORIES[lang][3]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_teaser_cards_cut_short_after_the_story_are_removed_without_a_label(lang):
    cards = [line for head, teaser in TEASER_CARDS[lang] for line in (head, teaser.rstrip(".") + " …")]
    assert body_of(page(lang, [*cards, "Impressum"])) == STORIES[lang][3]


def test_a_story_paragraph_trailing_off_once_is_kept():
    _, _, _, story = STORIES["it"]
    trailing = "E poi, come dice il sindaco, si vedrà cosa succede con le altre strade della città…"
    assert body_of(page("it", [trailing])) == [*story, trailing]


@pytest.mark.parametrize(
    ("lang", "lead_in", "stamp"),
    [("fr", "Jean dit :", "12 mars 2024 à 8 h 15"), ("nl", "Kees zegt:", "12 maart 2024 om 08:15")],
)
def test_a_lead_in_past_the_storys_end_is_not_kept(lang, lead_in, stamp):
    comment = {"fr": "Enfin une bonne nouvelle pour les cyclistes.", "nl": "Eindelijk goed nieuws voor de fietsers."}
    assert body_of(page(lang, [lead_in, stamp, comment[lang], "Impressum"])) == STORIES[lang][3]
