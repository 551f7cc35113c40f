"""Captions in page text known by their shape: a figure label, a bracketed agency credit, a dashed copyright."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict

PARAGRAPHS = [
    "Der Stadtrat hat am Montag drei Millionen Euro für die Sanierung der alten Brücke bewilligt, teilte die Verwaltung mit.",
    "Die Arbeiten sollen im Mai beginnen und ein Jahr dauern, sagte der Bürgermeister nach der Abstimmung im Rathaus.",
    "Die Brücke war im März gesperrt worden, nachdem Prüfer Risse an zwei Pfeilern gefunden hatten.",
    "Der Verkehr wird während der Bauzeit über die Umgehungsstraße im Norden der Stadt geleitet, hieß es weiter.",
]


@pytest.mark.parametrize(
    "line",
    [
        "El ministro saluda a la prensa en Madrid (REUTERS/Juan Pérez)",
        "Der Minister vor dem Kanzleramt in Berlin (AFP / Max Muster).",
        "Die Polizei sucht nach Zeugen des Unfalls (Symbolbild).",
        "Die Brücke ist seit März gesperrt. – © Erika Muster – stock.adobe.com",
    ],
)
def test_a_credited_caption_is_a_caption(line):
    assert local_verdict(make_block(line)) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Der Minister sagte (laut AFP/dpa) zunächst nichts zu den Vorwürfen.",
        "Die Brücke ist seit März gesperrt. Die Stadt rechnet mit Kosten von drei Millionen Euro.",
        "Die Stadt rechnete mit Kosten (siehe Bericht/Anhang).",
    ],
)
def test_a_sentence_with_a_slash_or_bracket_is_no_caption(line):
    assert local_verdict(make_block(line)) is None


@pytest.mark.parametrize(
    "label",
    [
        "Abbildung 4: Die Pfeiler der Brücke mit den Rissen, die die Prüfer im März fanden.",
        "Abbildung: Der Plan der Umleitung im Norden der Stadt.",
        "Figure 2: Cracks found in the two piers of the old bridge.",
        "Rys. 1: Plan objazdu w północnej części miasta.",
    ],
)
def test_a_figure_label_between_paragraphs_leaves_the_body_and_keeps_the_story_whole(label):
    # A caption under every paragraph: the story must stay one run, captions out.
    lines = ["Startseite"]
    for paragraph in PARAGRAPHS:
        lines += [paragraph, label]
    lines.append("Impressum")
    result = clean("\n".join(lines), "text")
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_a_paragraph_naming_a_figure_mid_sentence_stays():
    line = "Wie die Abbildung zeigt: Die Risse reichen bis tief in den Pfeiler, sagte der Prüfer am Montag."
    assert local_verdict(make_block(line)) is None


@pytest.mark.parametrize(
    "line", ["© Erika Muster", "© ArTo / Fotolia", "© Anna Nowak", "(c) Erika Muster", "(C) 2018 example.org"]
)
def test_a_credit_on_a_line_of_its_own_is_a_caption(line):
    assert local_verdict(make_block(line)) == "caption"


@pytest.mark.parametrize("line", ["APA/Georg Hochmuth", "PAP/ Rafał Guz", "REUTERS/Jane Doe", "iStock/Gargonia"])
def test_an_agency_and_its_photographer_on_a_line_of_their_own_are_a_caption(line):
    assert local_verdict(make_block(line)) == "caption"
    lines = [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]
    assert clean("\n".join(lines), "text").body.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("line", ["Input/Output", "and/or", "AP/Reuters is the wire both papers use", "Reuters/2021"])
def test_a_slash_between_words_that_are_no_agency_and_name_is_no_credit(line):
    assert local_verdict(make_block(line)) != "caption"


def test_a_sentence_opening_with_a_typed_out_copyright_sign_is_no_credit_line():
    assert local_verdict(make_block("(c) the council decided to appeal, the mayor said on Monday.")) is None


def test_a_sentence_opening_with_a_copyright_sign_is_no_credit_line():
    assert local_verdict(make_block("© Die Rechte an diesem Text liegen bei der Stadt.")) != "caption"


@pytest.mark.parametrize(
    "caption, credit",
    [
        ("Die alte Brücke über den Fluss", "© Erika Muster"),
        ("Le vieux pont sur la rivière", "© Jean Dupont / stock.adobe.com"),
        ("Stary most na rzece", "© Jan Kowalski"),
    ],
)
def test_the_short_line_over_a_credit_line_is_the_pictures_caption(caption, credit):
    lines = [*PARAGRAPHS[:2], caption, credit, *PARAGRAPHS[2:]]
    assert clean("\n".join(lines), "text").body.split("\n\n") == PARAGRAPHS


def test_a_sentence_over_a_credit_line_stays_in_the_story():
    sentence = "Die Brücke wurde im Jahr 1910 gebaut und seitdem nie grundlegend saniert."
    lines = [*PARAGRAPHS[:2], sentence, "© Erika Muster", *PARAGRAPHS[2:]]
    assert clean("\n".join(lines), "text").body.split("\n\n") == [*PARAGRAPHS[:2], sentence, *PARAGRAPHS[2:]]


@pytest.mark.parametrize(
    "line",
    [
        "In a Monday, Oct. 3, 2011 photo, a farm worker sorts tomatoes in a field outside the town.",
        "Jane Roe, File - FILE - In this March 2, 2011 file photo, the company's chief executive waves to his "
        "audience at an event in San Francisco. He said on Wednesday that he would step down.",
        "In this photo dated Tuesday, Nov. 29, 2016 the rocket booster with the cargo ship is installed on a launch pad.",
        "FILE - In this undated handout photo provided by the police, the missing hiker stands on a ridge.",
        "This Nov. 29, 2016 photo shows the rocket on its launch pad at the cosmodrome.",
        "In this photo taken on Monday, workers clear the road after the storm.",
    ],
)
def test_a_news_agencys_dated_caption_is_a_caption(line):
    assert local_verdict(make_block(line)) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "In this photo, the singer poses with her award after the ceremony.",
        "In a photo posted on Instagram, the singer thanked her fans for their support.",
        "In this 2019 interview, the photographer said the picture had changed his life.",
        "This photo shows why the council was right to close the bridge, residents said.",
        "In this year's photo contest, 300 readers sent in pictures of the harbour.",
    ],
)
def test_a_story_sentence_about_a_photo_is_no_caption(line):
    assert local_verdict(make_block(line)) is None
