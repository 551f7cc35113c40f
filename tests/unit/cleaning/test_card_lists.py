"""Card lists: headlines set with a date or with a kicker and a teaser, found by their rhythm."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.card_lists import (
    card_kind,
    card_spans,
    cut_teaser_spans,
    mark_card_lists,
    teaser_list_spans,
)
from services.processors.cleaning.classifier import local_verdict

STORY = [
    "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu sanieren.",
    "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land trägt.",
    "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden geführt.",
    "Anwohner hatten seit Jahren über Risse im Belag und über die schlechte Beleuchtung am Abend geklagt.",
]


def _kinds(lines: list[str]) -> str:
    blocks = make_blocks(lines)
    return "".join(card_kind(b, local_verdict(b)) for b in blocks)


def test_kinds_read_headline_stamp_kicker_and_teaser_shapes():
    assert _kinds(["Neuer Radweg entlang der Bundesstraße eröffnet"]) == "H"
    assert _kinds(["Krieg und ..."]) == "H"  # a headline cut short with an ellipsis
    assert _kinds(["6. November 2023"]) == "S"
    assert _kinds(["Sport"]) == "L"
    assert _kinds(["Die Polizei sucht Zeugen des Unfalls am Freitagabend."]) == "T"
    assert _kinds([" ".join(STORY)]) == "X"  # a story paragraph


def test_card_spans_need_whole_cards_of_one_shape_repeated():
    assert card_spans("XHSHSHSX") == [(1, 7)]
    assert card_spans("LHTLHTLHTX") == [(0, 9)]
    assert card_spans("HSHSX") == []  # two cards are no list
    assert card_spans("HLHLHL") == []  # a table of labels and values
    assert card_spans("STHSTHSTH") == []  # a table of dated events
    assert card_spans("HTHTHTHT") == []  # subheads or questions with their paragraphs


def test_headlines_with_dates_after_a_story_are_removed_in_any_language():
    cards = []
    for title in (
        "Bürgermeisterin eröffnet den neuen Spielplatz im Park",
        "Stadtrat streitet über höhere Gebühren für Parkplätze",
        "Feuerwehr rettet Katze aus einem hohen Baum am Markt",
    ):
        cards += [title, "5. November 2023"]
    body = clean("\n".join(STORY + cards), "text").body
    assert STORY[-1] in body
    assert "Spielplatz" not in body and "Parkplätze" not in body


def test_kicker_headline_teaser_cards_are_removed_and_story_kept():
    cards = []
    for kicker, title, teaser in (
        ("Politik", "Wahlkampf im ländlichen Raum", "Die Parteien werben in den Dörfern um jede Stimme."),
        ("Kultur", "Ein Festival für junge Bands", "Drei Tage lang spielen Gruppen aus der ganzen Region."),
        ("Sport", "Der Verein steigt wieder auf", "Nach zwei Jahren kehrt die Mannschaft in die Liga zurück."),
    ):
        cards += [kicker, title, teaser]
    body = clean("\n".join(STORY + ["Neueste Artikel"] + cards), "text").body
    assert STORY[0] in body
    assert "Festival" not in body and "Dörfern" not in body


def test_a_story_of_subheads_and_short_paragraphs_is_not_a_card_list():
    lines = []
    for head, para in (
        (
            "Wie lange dauert die Sanierung der Brücke",
            "Die Arbeiten sollen nach Plan bis zum Sommer abgeschlossen sein.",
        ),
        (
            "Wer bezahlt die Arbeiten am Bauwerk",
            "Den größten Teil der Kosten übernimmt nach Angaben der Stadt das Land.",
        ),
        ("Was ändert sich für den Verkehr im Ort", "Autos fahren während der Bauzeit über eine Umleitung im Norden."),
    ):
        lines += [head, para]
    blocks = make_blocks(lines)
    verdicts = [None] * len(blocks)
    mark_card_lists(blocks, verdicts)
    assert verdicts == [None] * len(blocks)


TEASERS = [
    (
        "Polizei sucht vermissten Wanderer in den Bergen",
        "Der Mann wurde nach Angaben der Beamten zuletzt am Sonntag auf dem Weg zur nördlichen Hütte gesehen.",
    ),
    (
        "Bäckerei gewinnt Preis für ihr bestes Brot",
        "Der kleine Familienbetrieb setzte sich im Wettbewerb gegen mehr als zweihundert Bewerber aus dem Land durch.",
    ),
    (
        "Schule schließt nach Ausfall der Heizung",
        "Die Eltern sollen ihre Kinder bis zum Ende der Reparaturen in der nächsten Woche zu Hause lassen.",
    ),
]


def test_a_labelled_teaser_list_after_a_story_is_removed_in_any_language():
    cards = [line for pair in TEASERS for line in pair]
    body = clean("\n".join(STORY + ["Im Blick"] + cards + ["Impressum"]), "text").body
    assert STORY[0] in body and STORY[-1] in body
    assert "Wanderer" not in body and "Familienbetrieb" not in body and "Im Blick" not in body


def test_teaser_lists_need_a_label_two_cards_and_no_quotes():
    blocks = make_blocks(["Meistgelesen"] + [line for pair in TEASERS for line in pair])
    verdicts = [None] * len(blocks)
    kinds = "".join(card_kind(b, v) for b, v in zip(blocks, verdicts, strict=True))
    assert teaser_list_spans(blocks, verdicts, kinds) == [(0, 7)]
    assert teaser_list_spans(blocks[1:], verdicts[1:], kinds[1:]) == []  # no label: subheads and paragraphs
    assert teaser_list_spans(blocks[:5], verdicts[:5], kinds[:5]) == [(0, 5)]  # two cards under a label
    assert teaser_list_spans(blocks[:3], verdicts[:3], kinds[:3]) == []  # one card: a heading over a section
    quoted = make_blocks(["Stimmen"] + [line for title, teaser in TEASERS for line in (title, f"„{teaser}“")])
    quoted_kinds = "".join(card_kind(b, None) for b in quoted)
    assert teaser_list_spans(quoted, [None] * len(quoted), quoted_kinds) == []  # quotes under names


def test_an_interview_of_questions_under_a_label_is_kept():
    lines = ["Interview"]
    for question, answer in (
        ("Wie lange dauert die Sanierung der Brücke?", "Die Arbeiten sollen bis zum Sommer abgeschlossen sein."),
        ("Wer bezahlt die Arbeiten am Bauwerk?", "Den größten Teil der Kosten übernimmt das Land."),
        ("Was ändert sich für den Verkehr im Ort?", "Autos fahren während der Bauzeit über eine Umleitung."),
    ):
        lines += [question, answer]
    blocks = make_blocks(lines)
    verdicts = [None] * len(blocks)
    mark_card_lists(blocks, verdicts)
    assert verdicts == [None] * len(blocks)


def test_a_punchline_is_no_teaser_lists_label():
    lines = ["A monkey!", TEASERS[0][0], TEASERS[0][1], TEASERS[1][0], TEASERS[1][1]]
    blocks = make_blocks(lines)
    verdicts = [None] * len(blocks)
    kinds = "".join(card_kind(b, v) for b, v in zip(blocks, verdicts, strict=True))
    assert teaser_list_spans(blocks, verdicts, kinds) == []


def test_cut_teaser_cards_need_two_cards_each_broken_off():
    cut = [line for title, teaser in TEASERS for line in (title, teaser.rstrip(".") + " ...")]
    blocks = make_blocks(cut)
    assert cut_teaser_spans(blocks, [None] * len(blocks)) == [(0, 6)]
    one = make_blocks(cut[:2] + [TEASERS[1][0], TEASERS[1][1]])  # the second teaser is whole
    assert cut_teaser_spans(one, [None] * len(one)) == []


def test_headline_teaser_cards_with_a_short_label_under_each_are_removed():
    cards = []
    for (title, teaser), label in zip(TEASERS, ("17:42 Uhr", "14:38 Uhr", "13:21 Uhr"), strict=True):
        cards += [title, teaser, label]
    assert _kinds(cards) == "HTL" * 3
    assert card_spans("XHTLHTLHTLX") == [(1, 10)]
    body = clean("\n".join(STORY + ["Mehr aus der Region"] + cards), "text").body
    assert STORY[-1] in body
    assert "Wanderer" not in body and "Bäckerei" not in body and "Heizung" not in body
