"""Code and quantity lines (listings.py): found by shape, and kept when a run of them sits in the
article's prose in page text. Every line and page here is constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.listings import is_code_line, is_quantity_line, listing_lines

MENU = ["Home", "Blog", "About", "Contact"]
INTRO = [
    "For years I kept my notes in a single text file, and it worked well enough until the file grew too "
    "large to search by eye and I lost an afternoon looking for a single command.",
    "So I finally sat down to write a small script that splits the file by heading and builds an index "
    "of every section, which turned out to be simpler than I had feared.",
]
CODE = [
    "# split the notes by heading",
    "import sys;",
    "sections = split_by_heading(open(sys.argv[1]).read())",
    "for name, body in sections.items():",
    "    index[name] = len(body)",
]
SHELL = [
    "set-window -g mode-keys vi",
    "bind-key -T copy-mode y send -X copy",
    "unbind-key -n C-b",
]
INGREDIENTS = [
    "2 tbsp olive oil",
    "1/2 cup chopped parsley",
    "120g dried noodles",
    "1 1/2 tsp brown sugar",
]
FOOTER = ["Previous post", "Next post", "Tags", "Imprint", "Privacy"]


@pytest.mark.parametrize("line", CODE + ["x == y", "end;", "# config file", "$ make install"])
def test_code_lines_are_found(line):
    assert is_code_line(line.strip())


@pytest.mark.parametrize("line", SHELL)
def test_command_lines_with_options_are_code(line):
    assert is_code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Council approves new cycle lane on the high street",
        "Vegan noodles (stir fried) for a quick dinner",
        "Read more",
        "The mayor said the plan (the third) was final.",
        "Men - the forgotten voters",
    ],
)
def test_headlines_and_prose_are_no_code(line):
    assert not is_code_line(line)


@pytest.mark.parametrize(
    "line",
    INGREDIENTS
    + ["½ lemon, juiced", "250 g minced lamb", "1-2 cloves garlic", "4 EL Milch", "1 Pck. Backpulver", "2 Tbsp Butter"],
)
def test_quantity_lines_are_found(line):
    assert is_quantity_line(line)


@pytest.mark.parametrize(
    "line", ["3 Men charged after the fire", "10. The best albums of the year", "2020-01-16", "42"]
)
def test_headlines_ranks_and_dates_are_no_quantities(line):
    assert not is_quantity_line(line)


def test_only_runs_of_listing_lines_count():
    lines = ["Home", "2 tbsp olive oil", "News", *INGREDIENTS, "Contact"]
    flags = listing_lines([make_block(line) for line in lines])
    assert flags == [False, False, False, True, True, True, True, False]


def _page(middle: list[str], outro: list[str]) -> str:
    return "\n".join(MENU + ["Splitting my notes file", *INTRO, *middle, *outro, *FOOTER])


@pytest.mark.parametrize("listing", [CODE, SHELL, INGREDIENTS])
def test_listing_at_the_story_end_is_kept(listing):
    body = clean(_page(listing, []), "text").body
    assert INTRO[1] in body
    for line in listing:
        assert line.strip() in body
    assert "Previous post" not in body


@pytest.mark.parametrize("listing", [CODE, SHELL, INGREDIENTS])
def test_listing_between_paragraphs_keeps_both_sides(listing):
    outro = ["That is all it takes: the index is rebuilt every time the file changes, and a search now takes no time."]
    body = clean(_page(listing, outro), "text").body
    assert outro[0] in body and listing[-1].strip() in body


def test_a_lone_quantity_line_after_the_story_is_not_kept():
    body = clean(_page([], ["5 min read"]), "text").body
    assert INTRO[1] in body and "5 min read" not in body


NAMES = ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Ekwe", "Ed Fox", "Flo Grey", "Gus Hale", "Hal Ito", "Ivy Jones"]


def test_a_long_ranking_is_a_listing_and_a_short_one_is_not():
    ranking = [f"{n:02d}. {name}" for n, name in enumerate(NAMES + ["Jo Kim", "Kai Lund"], start=1)]
    flags = listing_lines([make_block(line) for line in ["Home", *ranking, "Contact"]])
    assert flags == [False] + [True] * len(ranking) + [False]
    countdown = list(reversed(ranking))
    assert all(listing_lines([make_block(line) for line in countdown]))
    box = [f"{n}. {name}" for n, name in enumerate(NAMES[:5], start=1)]
    assert not any(listing_lines([make_block(line) for line in box]))
    skipping = [f"{n * 2}. {name}" for n, name in enumerate(NAMES + ["Jo Kim", "Kai Lund"], start=1)]
    assert not any(listing_lines([make_block(line) for line in skipping]))


def test_a_ranking_after_the_story_is_kept_and_a_most_read_box_is_not():
    ranking = [f"{n}. {name}" for n, name in enumerate(NAMES + ["Jo Kim", "Kai Lund", "Lu Moss"], start=1)]
    body = clean(_page(["Here is the full list, from first to last:", *ranking], []), "text").body
    assert ranking[0] in body and ranking[-1] in body
    box = [
        "1. Council votes to close the old bridge for a year",
        "2. Storm leaves three coastal towns without power",
        "3. Rail timetable review promised after delays",
    ]
    body = clean(_page(["Most read", *box], []), "text").body
    assert INTRO[1] in body and box[0] not in body


PAIRED = [
    "Teig:",
    "250 g",
    "Weizenmehl",
    "1 Pck.",
    "Trockenhefe",
    "50 ml",
    "Milch",
    "Belag:",
    "2",
    "Eier",
    "1 EL",
    "Honig",
]


def test_a_recipe_set_as_amount_and_name_pairs_is_a_listing_labels_included():
    blocks = [make_block(line) for line in ["Zutaten", *PAIRED, "Zubereitung"]]
    assert listing_lines(blocks) == [False, False] + [True] * (len(PAIRED) - 1) + [False]


def test_numbered_headlines_and_unitless_counts_are_no_paired_listing():
    ranked = [
        "1",
        "Council backs the new transit budget after a marathon session",
        "2",
        "Storm closes schools across the valley for a second day",
        "3",
        "Local team wins the regional final in extra time",
    ]
    assert not any(listing_lines([make_block(line) for line in ranked]))
    counts = ["3", "Kommentare", "12", "Likes", "5", "Shares"]  # amounts without a unit
    assert not any(listing_lines([make_block(line) for line in counts]))


def test_a_paired_recipe_between_paragraphs_stays_in_page_text():
    intro = (
        "Diese Muffins backe ich jedes Jahr zum Geburtstag meiner Tochter, und sie sind immer "
        "als erste vom Tisch verschwunden, bevor der Kaffee fertig war."
    )
    steps = (
        "Mehl mit der Hefe in einer Schüssel vermischen, die warme Milch und die Eier zugeben und "
        "alles zu einem glatten Teig verkneten, dann zugedeckt eine Stunde gehen lassen."
    )
    page = "\n".join([*MENU, intro, *PAIRED, steps, "Impressum", "Datenschutz"])
    body = clean(page, "text").body
    assert "Trockenhefe" in body and "1 EL" in body and "Belag:" in body


def test_a_recipes_steps_under_numbers_on_lines_of_their_own_are_one_run():
    steps = [
        "Für die Creme Puddingpulver, Zucker und Milch in einer Schüssel glatt rühren und die übrige Milch aufkochen.",
        "Inzwischen die Kirschen abtropfen lassen. Eine Springform fetten und mit Mehl ausstäuben, dann den Teig rühren.",
        "Den Backofen vorheizen. Die Hälfte des Teigs in der Form glatt streichen und den Rest mit Kakao verrühren.",
        "Für den Guss Sahne erhitzen, vom Herd ziehen. Kuvertüre grob hacken und in der heißen Sahne schmelzen.",
        "Zum Servieren den Kuchen vorsichtig aus der Form lösen. Marshmallows darauf verteilen und mit einem "
        "Küchengasbrenner leicht bräunen.",
        "Tipp: Wenn der Kuchen am Vortag gebacken wird, ihn noch heiß mit Backpapier abdecken, damit die Creme "
        "nicht austrocknet.",
    ]
    lines = ["Rezepte", "Kuchen", "Zubereitung"]
    for number, step in enumerate(steps, start=1):
        lines += [f"{number}.", step]
    body = clean("\n".join([*lines, "Rezept bewerten:", "Impressum"]), "text").body
    assert body.split("\n\n") == steps
