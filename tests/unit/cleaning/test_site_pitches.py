"""A site's pitch below its story in page text (site_pitches.py): words to the reader about the site,
its articles or the reader's support, that name nothing of the story, go; a guide's own words to
its reader, a letter quoted in the story and a pitch-like line in mid-story stay. Pages constructed
for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.site_pitches import addresses_formally, mark_site_pitches

STORY_DE = [
    "Der Stadtrat hat am Montag beschlossen, die alte Fährstation am Hafen zum Jahresende zu schließen, "
    "nachdem die Zahl der Fahrgäste seit der Eröffnung der neuen Brücke deutlich gesunken ist.",
    "Die Reparatur des Anlegers hätte nach Angaben der Hafenverwaltung mehr als vier Millionen Euro "
    "gekostet, eine Summe, die der Haushalt der Gemeinde in diesem Jahr nicht hergibt.",
    "Ladenbesitzer in der Nähe der Fährstation befürchten, dass mit der Schließung die meisten ihrer "
    "Kundinnen und Kunden wegbleiben, und wollen das Thema in der nächsten Sitzung ansprechen.",
    "Die Hafenverwaltung kündigte an, den Beschäftigten der Fährstation Stellen in der Wartung der Brücke "
    "anzubieten; das Gebäude am Anleger könnte ein Museum der Inselgeschichte werden.",
]
PITCH_DE = (
    "Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen und diese weiterhin kostenlos zur "
    "Verfügung zu stellen."
)
STORY_EN = [
    "The harbour authority confirmed on Monday that the old ferry terminal will close at the end of the "
    "year after more than sixty years of service to the island's residents.",
    "Passenger numbers have fallen by a third since the new bridge opened, the authority's annual report "
    "shows, and repairs to the pier would have cost an estimated four million dollars.",
    "Local shop owners near the terminal fear that the closure will take away most of their customers, "
    "and several of them plan to raise the matter at the next council meeting.",
    "A final crossing is planned for the last Sunday of December, with free tickets for all passengers "
    "who travelled on the first ferry in 1962.",
]
PITCH_EN = "If you enjoyed reading this article, would you consider supporting our independent newsroom? Thanks!"


def _is_paragraph(block):
    return block.sentence and block.n_words >= 12


def _marks(texts):
    blocks = [make_block(t) for t in texts]
    verdicts = [None] * len(blocks)
    mark_site_pitches(blocks, verdicts, _is_paragraph)
    return verdicts


@pytest.mark.parametrize(("story", "pitch"), [(STORY_DE, PITCH_DE), (STORY_EN, PITCH_EN)])
def test_a_pitch_for_support_below_the_story_is_marked(story, pitch):
    verdicts = _marks([*story, pitch, "Weitere Themen", "Newsletter", "Kontakt"])
    assert verdicts[len(story)] == "subscription-prompt"
    assert verdicts[: len(story)] == [None] * len(story)


def test_a_pitch_above_most_of_the_story_is_left_alone():
    items = [  # a list of tips, each naming its own subject
        "Bring a warm jacket, because the wind over the water is strong even on sunny afternoons in the month of May.",
        "Buy tickets at the kiosk rather than online, since the kiosk sells cheaper family passes to visitors.",
        "Arrive early on weekends, when cyclists and hikers crowd the quay long before the morning departure.",
        "Pack a picnic: the cafés on the far shore close at noon outside the summer holiday season.",
        "Watch for seals on the sandbanks near the lighthouse, most often seen at low tide in the evening.",
    ]
    texts = [*STORY_EN[:3], PITCH_EN, *items]
    assert _marks(texts) == [None] * len(texts)


def test_a_line_naming_the_storys_subject_is_the_storys():
    own = (
        "If you travelled on the ferry terminal's first crossing, the authority asks you to support its "
        "museum with photographs of the harbour."
    )
    assert _marks([*STORY_EN, own])[-1] is None


def test_a_letter_in_the_first_person_is_the_storys():
    letter = "Ich vermisse Sie und brauche Ihre Unterstützung, schrieb mir meine Tochter aus Berlin in jenem Sommer."
    assert _marks([*STORY_DE, letter])[-1] is None


def test_a_pitch_with_the_story_going_on_below_is_left_alone():
    more = (
        "Die Hafenverwaltung will die Fahrgäste der letzten Überfahrt im Dezember kostenlos mitnehmen, "
        "teilte die Gemeinde mit; die Fährstation schließt danach endgültig."
    )
    assert _marks([*STORY_DE, PITCH_DE, more])[len(STORY_DE)] is None


def test_formal_address_is_read_inside_a_sentence_only():
    assert addresses_formally("Die Resultate finden Sie in unserer Rubrik.")
    assert addresses_formally("Wir danken Ihnen für Ihre Geduld.")
    assert not addresses_formally("Sie sagte, die Fähre fahre nicht mehr.")


def test_the_pitch_goes_from_page_text_beyond_the_last_lines():
    tail = ["Mehr zum Thema", "Hafen und Brücke: Was sich ändert", "Weitere Nachrichten aus der Region"]
    page = "\n".join(["Startseite", "Politik", "Fährstation schließt", *STORY_DE, PITCH_DE, *tail, "Impressum"])
    body = clean(page, "text").body
    assert STORY_DE[-1] in body
    assert PITCH_DE not in body


def test_a_list_item_naming_a_service_to_the_reader_is_the_storys():
    item = "Funny and sharp, she roasts her critics on Twitter, and soon you will see her hosting a late-night show."
    assert _marks([*STORY_EN, item])[-1] is None
