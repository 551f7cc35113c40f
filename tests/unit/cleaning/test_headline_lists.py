"""Headline lists in page text: related and trending lists found by their shape."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.headline_lists import is_headline_shaped, mark_headline_lists

PROSE = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall after the vote.",
    "The old bridge was closed in March after inspectors found cracks in two of its piers, the report said.",
    "Drivers will keep using the ferry until then, and the council will pay for extra crossings at peak hours.",
]
HEADLINES = [
    "Flood defences fail in three coastal towns after record storm surge",
    "Minister promises review of rail timetable after months of delays",
    "Hospital waiting lists grow for the fifth month in a row across the region",
]


def _marked(lines):
    blocks = [make_block(line) for line in lines]
    verdicts = [None] * len(blocks)
    mark_headline_lists(blocks, verdicts)
    return verdicts


def test_headline_shape_is_a_short_capitalised_line_without_a_sentence_ending():
    assert is_headline_shaped(make_block("Flood defences fail in three coastal towns"))
    assert is_headline_shaped(make_block("Why the bridge closed?"))
    assert is_headline_shaped(make_block("Überschwemmung in drei Küstenstädten nach Rekordsturm"))
    assert not is_headline_shaped(make_block(PROSE[0]))  # a sentence
    assert not is_headline_shaped(make_block("The steps are as follows:"))  # a lead-in
    assert not is_headline_shaped(make_block("2 tablespoons olive oil, warmed"))  # opens with a quantity
    assert not is_headline_shaped(make_block("and then the bridge closed for repairs"))  # lowercase: a fragment


def test_a_run_of_headlines_is_a_list_wherever_it_stands():
    assert _marked(PROSE[:2] + HEADLINES + PROSE[2:]) == [None] * 2 + ["related-links"] * 3 + [None] * 2


def test_a_headline_that_asks_is_headline_shaped_and_stays_in_its_list():
    asking = "Low-level killers or a national security threat for the island?"
    assert is_headline_shaped(make_block(asking))
    assert is_headline_shaped(make_block("Cheaper trains for everyone this summer!"))
    assert not is_headline_shaped(make_block("The bridge closed. Will it ever open again?"))  # two sentences: prose
    lines = PROSE[:2] + [HEADLINES[0], asking, HEADLINES[1]] + PROSE[2:]
    assert _marked(lines) == [None] * 2 + ["related-links"] * 3 + [None] * 2


ASKED = {
    "en": [
        "Why did nobody check the piers sooner?",
        "The ferry will be free for all commuters!",
        "Who pays for the extra crossings now?",
    ],
    "de": [
        "Warum hat niemand die Pfeiler früher geprüft?",
        "Die Fähre wird für alle Pendler gratis!",
        "Wer zahlt am Ende die zusätzlichen Fahrten?",
    ],
    "fr": [
        "Pourquoi personne n'a vérifié les piliers plus tôt ?",
        "Le bac sera gratuit pour tous !",
        "Qui paiera les traversées en plus ?",
    ],
    "es": [
        "¿Por qué nadie revisó antes los pilares del puente?",
        "¡El ferri será gratis para todos!",
        "¿Quién paga ahora los viajes extra?",
    ],
    "pl": [
        "Dlaczego nikt wcześniej nie sprawdził filarów mostu?",
        "Prom będzie darmowy dla wszystkich!",
        "Kto zapłaci za dodatkowe kursy promu?",
    ],
}


def test_questions_and_exclamations_between_paragraphs_are_the_writers_own():
    for asked in ASKED.values():
        assert _marked(PROSE[:2] + asked) == [None] * 2 + ["related-links"] * 3  # at the end: a list
        assert _marked(PROSE[:2] + asked + PROSE[2:]) == [None] * 7
    # among headlines that do not ask, they are a list's items
    lines = PROSE[:2] + [ASKED["en"][0], HEADLINES[0], ASKED["en"][1]] + PROSE[2:]
    assert _marked(lines) == [None] * 2 + ["related-links"] * 3 + [None] * 2


def test_short_items_and_announced_lists_are_not_headline_lists():
    pros = ["Easy to set up", "Low monthly fees", "Good support"]  # pros and cons: too short for headlines
    assert _marked(PROSE[:1] + pros + PROSE[1:2]) == [None] * 5
    announced = ["Here is what the council decided:"] + HEADLINES
    assert _marked(announced) == [None] * 4


def test_a_list_its_writer_marked_item_by_item_is_no_headline_list():
    """A changelog or a list of points typed with "+", "*", "-" or "•" before each line is the
    writer's own; a page's links carry no typed marks."""
    changes = [
        "+ Added granite, andesite and diorite stone blocks, with smooth versions",
        "+ Villagers will harvest crops and plant new ones",
        "* Enchanting has been redone and now costs lapis lazuli",
        "- Removed the old world type from the menu",
    ]
    assert _marked(PROSE[:2] + changes + PROSE[2:]) == [None] * 8
    assert _marked(PROSE[:2] + [f"• {headline}" for headline in HEADLINES] + PROSE[2:]) == [None] * 7
    one_marked = ["- " + HEADLINES[0]] + HEADLINES[1:] + ["Council to vote again on the bridge budget next month"]
    assert _marked(PROSE[:2] + one_marked + PROSE[2:]) == [None] * 2 + ["related-links"] * 4 + [None] * 2


def test_a_headline_that_trails_off_before_it_asks_is_headline_shaped():
    assert is_headline_shaped(make_block("Here's what the world will look like in 2030 ... right?"))
    assert is_headline_shaped(make_block("The council voted… and now what?"))
    assert not is_headline_shaped(make_block("The council voted. And now what?"))  # two sentences: prose


def test_verse_quoted_line_by_line_is_no_headline_list():
    """Lyrics or a poem the story quotes, a line each, opening the quote on the first line and
    closing it on the last: the story's, not a list of links; headlines quoted one by one still are."""
    verse = [
        "„Azad war mein Vorbild, doch ist innerlich am Sack",
        "Weil er mit fünfzig Jahren nichts außer Erinnerungen hat",
        "Ich half ihm bis zum letzten Satz wie einem Onkel, den man liebt",
        "Für Azad ist die größte Schwierigkeit, welches neue Wort sich auf Casino reimt“",
    ]
    assert _marked(PROSE[:2] + verse + PROSE[2:]) == [None] * 8
    english = [
        '"We came down from the mountains in the morning',
        "And the river ran beside us all the way",
        'Till the valley took us home again"',
    ]
    assert _marked(PROSE[:2] + english + PROSE[2:]) == [None] * 7
    quoted = [f'"{headline}"' for headline in HEADLINES]
    assert _marked(PROSE[:2] + quoted + PROSE[2:]) == [None] * 2 + ["related-links"] * 3 + [None] * 2


def test_headlines_after_a_related_label_are_a_list_however_few():
    blocks = [make_block(line) for line in PROSE[:2] + ["Related", HEADLINES[0]] + PROSE[2:]]
    verdicts = [None, None, "related-links", None, None, None]
    mark_headline_lists(blocks, verdicts)
    assert verdicts == [None, None, "related-links", "related-links", None, None]
    verdicts = [None, None, "related-links", None, None, None]  # a long related line is an item, not a label
    blocks[2] = make_block("Read more: Council votes to close the old bridge for a year of repairs")
    mark_headline_lists(blocks, verdicts)
    assert verdicts[3] is None


def test_page_text_loses_its_inline_and_trailing_headline_lists():
    page = "\n".join(PROSE[:2] + ["Related", HEADLINES[0]] + PROSE[2:] + HEADLINES)
    assert clean(page, "text").body == "\n\n".join(PROSE)


def test_html_loses_a_labelled_related_box_trafilatura_kept_inside_the_story():
    links = "".join(f"<p><a href='/{i}'>{h}</a></p>" for i, h in enumerate(HEADLINES[:2]))
    paragraphs = [f"<p>{p}</p>" for p in PROSE]
    page = (
        "<html><body><article><h1>Bridge repairs approved</h1>"
        + "".join(paragraphs[:2])
        + "<p><strong>Related</strong></p>"
        + links
        + "".join(paragraphs[2:])
        + "</article></body></html>"
    )
    assert clean(page, "html").body == "\n\n".join(PROSE)


LONG_HEADLINES = [
    "Singer, 49, marks her friend's 50th birthday with a stunning throwback snap from their holiday in Spain and "
    "likens the group to the Golden Girls",
    "Footballer braves the rain to take his girlfriend's dog for a walk in the park after the pair adopt a "
    "second puppy named after a cartoon hero",
    "Actress shares black and white shots of her mother to celebrate the star's 65th birthday with a heartfelt "
    "message to her two million followers",
]


def test_a_run_of_long_teaser_headlines_is_a_list():
    assert all(20 < make_block(line).n_words <= 36 for line in LONG_HEADLINES)
    lines = PROSE[:2] + [LONG_HEADLINES[0], HEADLINES[0], *LONG_HEADLINES[1:]] + PROSE[2:]
    assert _marked(lines) == [None] * 2 + ["related-links"] * 4 + [None] * 2


def test_one_long_unpunctuated_sentence_among_short_lines_is_no_list():
    cut = (
        "Police say the woman, her husband and another passenger were travelling in a small car when it "
        "collided with a lorry on the main road north of the town"
    )
    assert make_block(cut).n_words > 20
    lines = PROSE[:2] + [cut, *HEADLINES] + PROSE[2:]
    assert _marked(lines) == [None] * 3 + ["related-links"] * 3 + [None] * 2


LONG_TEASERS = [
    "There is a whole village on the coast where every house has been rebuilt from driftwood, and the people "
    "who live there say they would never go back to brick",
    "Bridge finally reopens as engineers finish the repairs a full year early, saving the council almost a "
    "million dollars in ferry subsidies",
]


def test_long_teasers_after_a_menu_label_are_a_list():
    """A "More about X" label reads as a menu entry; the long unpunctuated teasers under it are its list."""
    blocks = [make_block(line) for line in PROSE[:2] + ["More about bridges", *LONG_TEASERS, "Imprint"]]
    verdicts = [None, None, "navigation", None, None, "legal"]
    mark_headline_lists(blocks, verdicts)
    assert verdicts[3:5] == ["related-links", "related-links"]


def test_paragraphs_after_a_menu_label_stay():
    blocks = [make_block(line) for line in ["More about bridges", *PROSE]]
    verdicts = ["navigation", None, None, None, None]
    mark_headline_lists(blocks, verdicts)
    assert verdicts[1:] == [None] * 4


CUT_TEASERS = [
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke für ein Jahr zu sperren. Pendler müssen …",
    "12.03.2024 — Nach dem Sturm sind drei Küstenorte ohne Strom, und die Reparaturen werden noch ...",
]


def test_teasers_cut_on_an_ellipsis_after_a_label_are_a_list():
    blocks = [make_block(line) for line in PROSE[:2] + ["Mehr zum Thema", *CUT_TEASERS, "Impressum"]]
    verdicts = [None, None, "related-links", None, None, "legal"]
    mark_headline_lists(blocks, verdicts)
    assert verdicts[3:5] == ["related-links", "related-links"]


def test_a_paragraph_trailing_off_without_a_label_stays():
    trailing = "Asked whether the bridge would ever open again, the mayor only said that it depends on ..."
    blocks = [make_block(line) for line in [*PROSE[:2], trailing, *PROSE[2:]]]
    verdicts = [None] * len(blocks)
    mark_headline_lists(blocks, verdicts)
    assert verdicts == [None] * len(blocks)


def test_a_storys_header_over_its_byline_is_no_headline_list():
    """A kicker, the headline and a dek without its full stop, over the byline, the date and the
    story: the story's header. The same lines over another headline's date and no paragraph are a list."""
    header = [
        "Mietenstreik in den USA",
        "»Einfach kein Geld mehr, um die Miete zu zahlen«",
        "In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp in der Coronakrise und warnen Vermieter",
    ]
    lines = [*header, "Von Moritz Wichmann", "29.04.2020, 12:01 Uhr", *PROSE]
    blocks = [make_block(line) for line in lines]
    verdicts = [None, None, None, "byline", "publication-stamp", None, None, None, None]
    mark_headline_lists(blocks, verdicts)
    assert verdicts[:3] == [None, None, None]
    lines = [*header, "29.04.2020, 12:01 Uhr", *HEADLINES]
    blocks = [make_block(line) for line in lines]
    verdicts = [None, None, None, "publication-stamp", None, None, None]
    mark_headline_lists(blocks, verdicts)
    assert verdicts[:3] == ["related-links"] * 3
