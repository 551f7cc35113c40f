"""A shop box set between a story's paragraphs (label, brand, item, price, button) does not end
the story: its paragraphs resume under it, and the box's lines stay out."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block, make_blocks
from services.processors.cleaning.product_boxes import box_end, is_price_line

MENU = ["Home", "Fashion", "Beauty", "Living", "Newsletter"]
CHROME = ["Imprint", "Privacy", "Contact"]

# language -> (headline, three paragraphs above the box, the paragraph under it, the box's lines)
PAGES = {
    "de": (
        "Plateau-Sneaker sind der Trend des Sommers",
        [
            "Sneaker gehören längst zu den meistgetragenen Schuhen, im Büro ebenso wie am Wochenende in der Stadt.",
            "Beim Styling erweisen sich flache Modelle aber oft als schwierig, vor allem zu langen Kleidern.",
            "Die Lösung liegt in der Sohle: Viele Marken setzen in diesem Jahr auf eine dicke Plateau-Sohle.",
        ],
        "So bleibt der Look reduziert und wirkt trotzdem modern, denn die Sohle streckt das Bein sichtbar.",
        ["Anzeige", "Marke X", "Marke X - Plateau-Sneaker - Weiß", "24,99 €", "Zum Shop"],
    ),
    "en": (
        "Platform trainers are the trend of the summer",
        [
            "Trainers have long been among the most worn shoes, at the office as much as in town at the weekend.",
            "Flat pairs are often tricky to style, though, especially with long dresses and wide trousers.",
            "The answer lies in the sole: many brands have gone for a thick platform sole this year.",
        ],
        "That keeps the look simple and still modern, because the sole visibly makes the legs look longer.",
        ["Advertisement", "Brand X", "Brand X - Platform trainers - White", "$24.99", "Shop now"],
    ),
    "fr": (
        "Les baskets à plateforme font la tendance de l'été",
        [
            "Les baskets comptent depuis longtemps parmi les chaussures les plus portées, au bureau comme en ville.",
            "Les modèles plats sont pourtant souvent difficiles à associer, surtout avec des robes longues.",
            "La solution se trouve dans la semelle : de nombreuses marques misent cette année sur le plateau.",
        ],
        "Le look reste ainsi sobre tout en étant moderne, car la semelle allonge visiblement la jambe.",
        ["Publicité", "Marque X", "Marque X - Baskets plateforme - Blanc", "24,99 €", "Voir l'offre"],
    ),
    "pl": (
        "Sneakersy na platformie to hit tego lata",
        [
            "Sneakersy od dawna należą do najczęściej noszonych butów, zarówno w biurze, jak i w weekend w mieście.",
            "Płaskie modele często trudno jednak dobrać, zwłaszcza do długich sukienek i szerokich spodni.",
            "Rozwiązaniem jest podeszwa: wiele marek stawia w tym roku na grubą podeszwę na platformie.",
        ],
        "Dzięki temu stylizacja pozostaje prosta, a zarazem nowoczesna, bo podeszwa wyraźnie wydłuża nogi.",
        ["Reklama", "Marka X", "Marka X - Sneakersy na platformie - Białe", "99,99 zł", "Do sklepu"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_story_resumes_under_a_shop_box(lang):
    headline, above, below, box = PAGES[lang]
    lines = [*MENU, headline, *above, *box, below, *CHROME]
    body = clean("\n".join(lines), "text").body.split("\n\n")
    assert body == [*above, below]


def test_a_price_line_is_an_amount_with_its_currency_alone():
    prices = ["24,99 €", "€24.99", "$19.99", "110,00 €", "1.299,00 €", "CHF 45.-", "99,99 zł", "ab 59,95 €"]
    assert all(is_price_line(make_block(text)) for text in prices)
    others = ["24,99", "2019", "Preis: 24,99 € inklusive Versand und Steuern", "3 Zimmer", "€"]
    assert not any(is_price_line(make_block(text)) for text in others)


def test_a_box_needs_a_price_among_short_lines():
    _, above, below, box = PAGES["en"]
    assert box_end(make_blocks([*box, below]), [None] * 6, 0) == 5
    no_price = [line for line in box if line != "$24.99"]
    assert box_end(make_blocks([*no_price, below]), [None] * 5, 0) is None
    assert box_end(make_blocks([above[0], *box]), [None] * 6, 0) is None  # a paragraph is no box line
