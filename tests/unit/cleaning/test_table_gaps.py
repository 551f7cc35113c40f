"""Table gaps: a table of figures set one cell per line between two of the story's passages is the
story's; lines of words or recurring card labels between them are not. Pages constructed for the test."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.table_gaps import mark_table_gaps

ABOVE = [
    "La producción de trigo en la región creció con fuerza durante el último año, según los datos oficiales que el"
    " gobierno regional presentó ayer en la capital ante los representantes de las organizaciones agrarias.",
    "Los técnicos del ministerio explicaron que la superficie sembrada apenas cambió, de modo que el aumento se debe"
    " sobre todo al rendimiento por hectárea, que fue el más alto de la última década en casi todas las comarcas.",
    "El ministerio publicó el martes las cifras por cultivo, que comparan la cosecha con la del año anterior:",
]
TABLE = [
    "Cultivo",
    "2022",
    "2023",
    "Trigo",
    "4,1 Mt",
    "4,8 Mt",
    "Cebada",
    "2,3 Mt",
    "2,2 Mt",
    "Maíz",
    "1,7 Mt",
    "1,9 Mt",
]
BELOW = [
    "Los agricultores atribuyen el aumento a las lluvias de la primavera y a la subida de los precios en los mercados.",
    "La cooperativa del valle espera que la tendencia se mantenga el próximo año si el tiempo acompaña a la siembra,"
    " aunque advierte de que el coste de los fertilizantes y del gasóleo sigue siendo muy alto para las explotaciones.",
]


def _gap_cleared(lines: list[str], local: list[str | None] | None = None) -> bool:
    """Whether mark_table_gaps keeps the lines between a kept first and a kept last line."""
    blocks = make_blocks(["Kept above.", *lines, "Kept below."])
    verdicts: list = [None] + ["navigation"] * len(lines) + [None]
    mark_table_gaps(blocks, [None] + (local or [None] * len(lines)) + [None], verdicts)
    return verdicts[1:-1] == [None] * len(lines)


def test_a_table_between_two_passages_stays_in_the_story():
    body = clean("\n".join(ABOVE + TABLE + BELOW), "text").body
    assert body.split("\n\n") == ABOVE + TABLE + BELOW


def test_a_table_of_figures_fills_its_gap():
    assert _gap_cleared(TABLE)


def test_a_line_of_figures_alone_read_as_furniture_is_a_cell():
    local = [None, "other-furniture", "other-furniture"] + [None, "other-furniture", "other-furniture"] * 3
    assert _gap_cleared(TABLE, local)


def test_lines_of_words_are_no_table():
    menu = ["Home", "News", "Sport", "Culture", "Weather", "Contact"]
    assert not _gap_cleared(menu)


def test_cards_with_recurring_labels_are_no_table():
    cards = ["Tarte aux pommes", "facile", "45 min.", "6 pers.", "Quiche lorraine", "facile", "60 min.", "4 pers."]
    assert not _gap_cleared(cards)


def test_other_furniture_in_the_gap_keeps_it_out():
    local = [None] * (len(TABLE) - 1) + ["share-widget"]
    assert not _gap_cleared(TABLE, local)


def test_a_sentence_or_a_long_line_is_no_cell():
    assert not _gap_cleared([*TABLE[:6], "Die Preise stiegen 2023 um 4 Prozent."])
    assert not _gap_cleared([*TABLE[:6], "Sign up for 3 free issues of our weekly newsletter today now"])


def test_three_short_lines_are_too_few_for_a_table():
    assert not _gap_cleared(["Trigo", "4,1 Mt", "4,8 Mt"])
