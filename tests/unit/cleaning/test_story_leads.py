"""A story's lead set above its run, apart from it by the header's furniture: on constructed pages."""

from __future__ import annotations

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.story_leads import story_lead, story_summary

LEAD = (
    "Die Gemeinde Waldstetten baut ihre Bibliothek um: Ab Herbst sollen Leser dort auch abends "
    "Bücher ausleihen und Veranstaltungen besuchen können."
)
STORY = [
    "Der Gemeinderat hat den Umbau der Bibliothek am Dienstag einstimmig beschlossen, die Kosten liegen bei zwei Millionen Euro.",
    "Die Bibliothek soll künftig bis 22 Uhr geöffnet bleiben, wie die Bürgermeisterin nach der Sitzung erklärte.",
    "Leser können ihre Bücher dann an einem Automaten selbst ausleihen und zurückgeben, auch ohne Personal.",
    "Für die Veranstaltungen entsteht im Erdgeschoss ein neuer Saal mit Platz für achtzig Besucher.",
]
OTHER_TEASER = (
    "Im Stadion feierten die Fans am Samstag einen knappen Sieg ihrer Mannschaft gegen den Tabellenführer, "
    "der Trainer lobte die starke Abwehr."
)


def _page(above: list[str]) -> str:
    return "\n".join(
        [
            "Startseite",
            "Lokales",
            "Kultur",
            "Sport",
            "Bibliothek bleibt künftig abends geöffnet",
            *above,
            "12.03.2024, 09:15 Uhr",
            "Teilen",
            "Drucken",
            "Foto: Stadtarchiv",
            *STORY,
            "Impressum",
            "Kontakt",
        ]
    )


def test_a_lead_cut_off_from_its_story_by_a_date_and_a_share_bar_is_kept():
    body = clean(_page([LEAD]), "text").body
    assert LEAD in body
    assert all(paragraph in body for paragraph in STORY)
    assert "Teilen" not in body and "12.03.2024" not in body


def test_a_paragraph_about_something_else_above_the_story_is_not_taken_as_its_lead():
    body = clean(_page([OTHER_TEASER]), "text").body
    assert OTHER_TEASER not in body
    assert all(paragraph in body for paragraph in STORY)


def test_a_caption_above_its_credit_is_passed_over_for_the_lead_above_it():
    caption = "Die Bibliothek im Stadtzentrum von Waldstetten, hier auf einer Aufnahme vom vergangenen Sommer mit vielen Lesern."
    blocks = make_blocks(["Kopf", LEAD, "Teilen", caption, "Foto: Stadtarchiv", *STORY])
    verdicts = [None, None, "share-widget", None, "caption"] + [None] * len(STORY)
    weights = [-0.3, 2.0, -2.0, 1.5, -0.2] + [3.0] * len(STORY)
    assert story_lead(blocks, verdicts, weights, (5, 5 + len(STORY))) == (1, 2)


def test_no_lead_is_read_across_another_paragraph_or_another_story_header():
    blocks = make_blocks(["Kopf", LEAD, "Zwischenzeile", *STORY])
    verdicts = [None] * len(blocks)
    run = (3, 3 + len(STORY))
    assert story_lead(blocks, verdicts, [-0.3, 2.0, -0.3] + [3.0] * len(STORY), run) == (1, 2)
    assert story_lead(blocks, verdicts, [-0.3, 2.0, -1000.0] + [3.0] * len(STORY), run) is None  # a header between
    marked = ["navigation", "navigation", None] + [None] * len(STORY)
    assert story_lead(blocks, marked, [-0.3, 2.0, -0.3] + [3.0] * len(STORY), run) is None  # the candidate is marked


def test_a_lead_is_found_past_a_long_subscription_box_but_not_past_the_lookback():
    box = [f"Angebot {n}" for n in range(40)]
    blocks = make_blocks(["Kopf", LEAD, *box, *STORY])
    verdicts = [None] * len(blocks)
    weights = [-0.3, 2.0] + [-0.3] * len(box) + [3.0] * len(STORY)
    run = (2 + len(box), len(blocks))
    assert story_lead(blocks, verdicts, weights, run) == (1, 2)
    far = make_blocks(["Kopf", LEAD, *box, *box, *STORY])
    weights_far = [-0.3, 2.0] + [-0.3] * (2 * len(box)) + [3.0] * len(STORY)
    assert story_lead(far, [None] * len(far), weights_far, (2 + 2 * len(box), len(far))) is None


def test_a_lead_of_many_compound_words_sharing_two_with_its_story_is_taken():
    lead = (
        "Mit dem Kleinkredit schließen Verbraucher finanzielle Lücken: Autoreparatur, Kurzurlaub, "
        "Waschmaschine oder Umzugskosten, bestenfalls ausgezahlt innerhalb weniger Stunden nach Antragstellung "
        "durch unsere Bibliothek und ihre Veranstaltungen."
    )
    blocks = make_blocks(["Kopf", lead, "Teilen", *STORY])
    weights = [-0.3, 2.5, -2.0] + [3.0] * len(STORY)
    assert story_lead(blocks, [None] * len(blocks), weights, (3, len(blocks))) == (1, 2)


def test_a_later_run_of_the_story_keeps_its_own_lead():
    second_lead = (
        "Auch die Bibliothek im Ortsteil Neudorf wird umgebaut: Dort sollen Leser ab dem Frühjahr "
        "Bücher am Automaten ausleihen können, wie die Gemeinde mitteilte."
    )
    second = [
        "Der Automat in Neudorf soll rund um die Uhr erreichbar sein, die Gemeinde rechnet mit deutlich mehr Lesern als bisher.",
        "Die Bibliothek in Neudorf bekommt außerdem einen Leseraum für Schüler, der nachmittags geöffnet sein wird.",
        "Für die Veranstaltungen in Neudorf ist ein kleiner Saal im Obergeschoss vorgesehen, den auch Vereine nutzen dürfen.",
    ]
    page = "\n".join(
        [
            *_page([LEAD]).split("\n")[:-2],
            "Teilen",
            "Facebook",
            "Twitter",
            "E-Mail",
            "Drucken",
            second_lead,
            "13.03.2024, 10:30 Uhr",
            "Teilen",
            "Drucken",
            *second,
            "Impressum",
        ]
    )
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in second)
    assert second_lead in body


def test_a_lead_of_two_paragraphs_with_a_credit_line_between_is_taken_whole():
    second = (
        "Im Gespräch erklärt die Bürgermeisterin, warum die Bibliothek künftig abends öffnet und was der Umbau kostet."
    )
    blocks = make_blocks(["Kopf", LEAD, "Anna Berg im Gespräch mit Tom Kurz", second, "Teilen", *STORY])
    verdicts = [None] * len(blocks)
    weights = [-0.3, 2.0, -0.3, 1.8, -2.0] + [3.0] * len(STORY)
    assert story_lead(blocks, verdicts, weights, (5, len(blocks))) == (1, 4)
    weights_menu = [-0.3, 2.0, -2.0, 1.8, -2.0] + [3.0] * len(STORY)  # chrome between: the upper one is no lead
    assert story_lead(
        blocks, ["x", None, "navigation", None, "share-widget"] + [None] * len(STORY), weights_menu, (5, len(blocks))
    ) == (3, 4)


SUMMARY = [
    "Bibliothek bleibt künftig abends geöffnet",
    "Gemeinderat beschließt Umbau der Bibliothek für zwei Millionen Euro",
    "Stadt hofft auf mehr junge Leser in der Bibliothek",
    "Eröffnung nach dem Umbau der Bibliothek im Herbst geplant",
]


def _summary_page(summary: list[str]) -> str:
    menu = ["Startseite", "Lokales", "Kultur", "Sport", "Wetter"]
    return "\n".join([*menu, "Lokales", "12.03.2024, 09:15 Uhr", *summary, *STORY, "Impressum", "Kontakt"])


def test_the_headline_and_bullet_points_between_the_date_and_the_story_are_the_storys():
    body = clean(_summary_page(SUMMARY), "text").body
    assert all(line in body for line in SUMMARY[1:]) and all(p in body for p in STORY)


def test_headlines_about_something_else_over_the_story_are_no_summary():
    others = [
        "Fans feiern knappen Sieg gegen den Tabellenführer",
        "Neues Hallenbad öffnet im Mai",
        "Wetter: Sturm am Wochenende",
    ]
    verdicts = ["navigation", "publication-stamp", *["related-links"] * 3, *[None] * len(STORY)]
    blocks = make_blocks(["Lokales", "12.03.2024, 09:15 Uhr", *others, *STORY])
    assert story_summary(blocks, verdicts, (5, 5 + len(STORY))) is None
    assert story_summary(make_blocks(["Lokales", "12.03.2024", *SUMMARY[1:], *STORY]), verdicts, (5, 9)) == (2, 5)
