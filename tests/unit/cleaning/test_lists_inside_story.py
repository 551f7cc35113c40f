"""A list set in the middle of a story (related headlines, teaser cards) is removed and the
story's prose after it is kept; a list at the story's end takes nothing after it that is not the
story's. Every page here is constructed for the test, in English, German and French."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.story_runs import resumes_after_list

MENU = ["Home", "News", "Sport", "Culture"]
CHROME = ["Share", "Facebook", "Imprint", "Privacy"]
# language -> (headline, byline, four story paragraphs, list label, three related headlines)
PAGES = {
    "en": (
        "City council approves a new cycle lane on the high street",
        "By Jane Doe",
        [
            "The city council voted on Tuesday evening by a large majority to build a new cycle lane along the "
            "high street. The cost is estimated at around two million pounds.",
            "Mayor Tom Baker called it an important step for the town's transport plans. Work is due to start "
            "in the autumn and should take about a year to finish.",
            "Shop owners were the main critics, fearing the loss of parking spaces in front of their stores. "
            "They now want to talk to the council about alternative spaces nearby.",
            "The Greens welcomed the decision but asked for the side streets to be made safer for cyclists too. "
            "A motion on that will be debated at the next meeting of the council.",
        ],
        "Related stories",
        [
            "New traffic lights at the junction anger residents",
            "School bus cancelled from Monday over staff shortages",
            "Fire brigade gets a new station on the edge of town",
        ],
    ),
    "de": (
        "Stadtrat beschließt neuen Radweg entlang der Hauptstraße",
        "Von Anna Müller",
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
        "Mehr zum Thema",
        [
            "Neue Ampeln an der Kreuzung sorgen für Ärger bei Anwohnern",
            "Schulbus fällt wegen Personalmangel ab Montag aus",
            "Feuerwehr bekommt eine neue Wache am Stadtrand",
        ],
    ),
    "fr": (
        "Le conseil municipal adopte une nouvelle piste cyclable",
        "Par Marie Dupont",
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
        "À lire aussi",
        [
            "De nouveaux feux au carrefour agacent les riverains",
            "Le bus scolaire supprimé dès lundi faute de personnel",
            "Les pompiers obtiennent une nouvelle caserne en périphérie",
        ],
    ),
}
LANGUAGES = sorted(PAGES)


def body_of(lines: list[str]) -> list[str]:
    return clean("\n".join(lines), "text").body.split("\n\n")


def story_page(lang: str, inside: list[str], after: list[str] = CHROME) -> list[str]:
    """Menu, headline, byline, three paragraphs, ``inside``, the fourth paragraph, ``after``."""
    headline, byline, story, _, _ = PAGES[lang]
    return [*MENU, headline, byline, *story[:3], *inside, story[3], *after]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_labelled_list_in_the_middle_goes_and_the_story_after_it_stays(lang):
    _, _, story, label, items = PAGES[lang]
    assert body_of(story_page(lang, [label, *items])) == story


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unlabelled_headline_list_in_the_middle_goes_and_the_story_after_it_stays(lang):
    _, _, story, _, items = PAGES[lang]
    assert body_of(story_page(lang, items)) == story


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_list_at_the_end_takes_no_other_storys_teaser_under_its_own_date(lang):
    headline, byline, story, label, items = PAGES[lang]
    other = PAGES["en" if lang != "en" else "de"][2][0]
    lines = [*MENU, headline, byline, *story, label, *items, "12.03.2024", other, *CHROME]
    assert body_of(lines) == story


def test_a_teaser_card_list_then_one_short_paragraph_is_all_furniture():
    _, _, story, label, items = PAGES["en"]
    teasers = [
        "Residents say the new lights cause long queues at rush hour.",
        "Parents must find other ways to get their children to school.",
        "The new building replaces a station that is more than sixty years old.",
    ]
    cards = [line for pair in zip(items, teasers, strict=True) for line in pair]
    short = "The station will open to visitors on a day in spring next year, the brigade said."
    lines = [*MENU, PAGES["en"][0], PAGES["en"][1], *story, label, *cards, short, *CHROME]
    assert body_of(lines) == story


def block(text: str):
    return make_block(text)


def test_resumes_after_list_needs_a_list_line_and_a_paragraph_under_it():
    _, _, story, label, items = PAGES["en"]
    blocks = [block(t) for t in [label, *items, story[3]]]
    listed = ["related-links"] * 4 + [None]
    assert resumes_after_list(blocks, listed, 0, 30) == 4
    assert resumes_after_list(blocks, [None] * 5, 0, 30) is None  # no list there
    assert resumes_after_list(blocks, ["related-links"] * 4 + ["navigation"], 0, 30) is None  # no paragraph
    stamped = ["related-links"] * 3 + ["publication-stamp", None]
    assert resumes_after_list(blocks, stamped, 0, 30) is None  # the paragraph sits under a date: another story
    assert resumes_after_list(blocks, listed, 0, 200) is None  # far shorter than the story's paragraphs


def test_a_lone_label_over_a_long_paragraph_does_not_end_the_story():
    _, _, story, label, _ = PAGES["en"]
    long_paragraph = story[0] + " " + story[1]  # longer than any teaser
    blocks = [block(t) for t in [label, long_paragraph]]
    assert resumes_after_list(blocks, ["related-links", None], 0, 30) == 1
    blocks = [block(t) for t in [label, story[3]]]  # a teaser's length: the teaser of the label's link
    assert resumes_after_list(blocks, ["related-links", None], 0, 30) is None
    assert resumes_after_list(blocks[:1] + [block(long_paragraph)], ["navigation", None], 0, 30) is None


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_story_resumes_in_a_long_paragraph_under_a_lone_related_label(lang):
    headline, byline, story, label, _ = PAGES[lang]
    long_paragraph = story[3] + " " + story[1]  # longer than any teaser
    lines = [*MENU, headline, byline, *story[:3], label, long_paragraph, *CHROME]
    assert body_of(lines) == [*story[:3], long_paragraph]


SITE_PROSE = [
    "We are an independent newsroom run by our readers, and our reporters cover the stories that matter to "
    "you and your neighbours every single day of the year.",
    "Our free weekly newsletter brings you the best of our reporting, and you can leave it whenever you like "
    "with a single click from any of our emails.",
]


def test_the_sites_own_prose_under_a_list_at_the_end_is_not_the_story():
    headline, byline, story, label, items = PAGES["en"]
    lines = [*MENU, headline, byline, *story, label, *items, *SITE_PROSE, *CHROME]
    assert body_of(lines) == story


def test_a_writers_we_about_the_storys_names_under_a_list_is_the_story():
    headline, byline, story, label, items = PAGES["en"]
    resumed = (
        "So while we will see the new cycle lane on the high street next year, we do not know yet whether "
        "Mayor Tom Baker will get the side streets he wants."
    )
    lines = [*MENU, headline, byline, *story, label, *items, resumed, *CHROME]
    assert body_of(lines) == [*story, resumed]


# language -> (two paragraphs, the story's lists under their subheadings, three paragraphs)
OFFERS = {
    "en": (
        [
            "The harbour company is looking for a dispatcher to join its logistics team from April. The "
            "position is full time and based at the container terminal in the north of the city.",
            "The team plans the routes of forty trucks a day and works closely with the shipping lines, "
            "the rail operators and the customs office at the terminal.",
        ],
        [
            "Your tasks",
            "Routes",
            "Training",
            "Your profile",
            "At least three years of experience in logistics planning",
            "A driving licence for trucks of every class",
            "Good knowledge of the computer systems of the port",
            "Reliability",
        ],
        [
            "The harbour company offers the new dispatcher a permanent contract, flexible working hours and a "
            "place in the logistics team at the container terminal, which has grown steadily.",
            "Applications with a letter and a short CV should be sent to the personnel office of the harbour "
            "company by the end of February, the company said.",
            "Interviews are planned for the first two weeks of March, and the new dispatcher will be trained "
            "by the head of the team during the first months.",
        ],
    ),
    "de": (
        [
            "Die Hafengesellschaft sucht ab April eine Disponentin oder einen Disponenten für ihr Logistikteam. "
            "Die Stelle ist in Vollzeit zu besetzen und am Containerterminal im Norden der Stadt angesiedelt.",
            "Das Team plant täglich die Touren von vierzig Lastwagen und arbeitet eng mit den Reedereien, den "
            "Bahnbetreibern und dem Zollamt am Terminal zusammen.",
        ],
        [
            "Ihre Aufgaben",
            "Tourenplanung",
            "Einarbeitung",
            "Ihr Profil",
            "Mindestens drei Jahre Erfahrung in der Planung von Touren im Hafen",
            "Ein gültiger Führerschein für Lastwagen aller Klassen",
            "Gute Kenntnisse der Computersysteme des Hafens und des Zolls",
            "Zuverlässigkeit",
        ],
        [
            "Die Hafengesellschaft bietet der neuen Disponentin oder dem neuen Disponenten einen unbefristeten "
            "Vertrag und einen Platz im Logistikteam am Containerterminal im Norden der Stadt.",
            "Bewerbungen mit Anschreiben und kurzem Lebenslauf gehen bis Ende Februar an die Personalabteilung "
            "der Hafengesellschaft, teilte das Unternehmen mit.",
            "Die Vorstellungsgespräche sind für die ersten beiden Märzwochen geplant, eingearbeitet wird die neue "
            "Kraft in den ersten Monaten von der Leiterin des Teams.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_the_storys_lists_between_two_of_its_runs_are_kept(language):
    """Short list lines between two runs of a story's prose, with nothing but list items and
    their subheadings in the gap, are the story's (a job offer's duties and profile)."""
    above, lists, below = OFFERS[language]
    page = "\n".join(MENU + ["Dispatcher wanted at the harbour"] + above + lists + below + CHROME)
    body = clean(page, "text").body
    assert lists[1] in body and lists[-1] in body and below[-1] in body
    assert lists[4] not in body  # read as a list of links by its shape: still marked


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_a_related_heading_or_a_byline_keeps_the_gap_open(language):
    above, lists, below = OFFERS[language]
    for closer in ("Related stories", "By Jane Doe"):
        gap = lists[:3] + [closer] + lists[3:]
        page = "\n".join(MENU + ["Dispatcher wanted at the harbour"] + above + gap + below + CHROME)
        assert lists[1] not in clean(page, "text").body


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_the_storys_last_paragraphs_under_its_lists_are_kept_however_light(language):
    """Two short paragraphs closing a story under its lists weigh too little for a run of their
    own; about the same thing as the story above the lists, they are its end."""
    above, lists, below = OFFERS[language]
    page = "\n".join(MENU + ["Dispatcher wanted at the harbour"] + above + lists + below[:2] + CHROME)
    body = clean(page, "text").body
    assert lists[1] in body and below[1] in body


def test_another_topics_paragraph_under_the_storys_lists_is_left_out():
    above, lists, _ = OFFERS["en"]
    other = [
        "Wolves have returned to the mountain forests for the first time in a century, scientists reported "
        "after cameras filmed a family of seven animals crossing a valley at night.",
        "The rangers asked hikers to keep their dogs on a lead in the valley until the end of the summer.",
    ]
    page = "\n".join(MENU + ["Dispatcher wanted at the harbour"] + above + lists + other + CHROME)
    body = clean(page, "text").body
    assert above[1] in body and other[0] not in body


def test_a_lone_teaser_under_lines_read_as_links_is_left_out():
    """Under a list read as links, one short paragraph about the same thing is a linked
    headline's teaser (with its "More" button), not the story's end."""
    above, lists, _ = OFFERS["en"]
    teaser = (
        "The harbour company is also looking for a crane operator for the container terminal, and the "
        "logistics team will grow again next year."
    )
    page = "\n".join(MENU + ["Dispatcher wanted at the harbour"] + above + lists + [teaser, "More"] + CHROME)
    body = clean(page, "text").body
    assert above[1] in body and teaser not in body
