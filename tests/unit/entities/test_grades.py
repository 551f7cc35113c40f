"""Commodity grades: livestock and crude grades, on spans set by hand over sentences written for the test."""

from services.processors.entities.grades import commodity_grades
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _labels(nlp, text: str, names: dict[str, str]) -> dict[str, str]:
    """Label of each named span after the rule; ``names`` maps a span's words to its label before."""
    toks = DocTokens.of(nlp(text))
    spans = []
    for words, label in names.items():
        n = len(words.split())
        start = next(k for k in range(len(toks)) if " ".join(toks.text[k : k + n]) == words)
        spans.append(NewsSpan(start, start + n, toks.idx[start], toks.end[start + n - 1], label, "model"))
    return {toks.span_text(s.start, s.end): s.label for s in commodity_grades(toks, spans)}


def test_livestock_grades_before_a_yield_grade_are_products(nlp):
    labels = _labels(
        nlp,
        "Slaughter Steers : Pen Select and Choice 2-3 , 1150 lbs 67.00 . Few Choice 3 , 1300 lbs 66.00 .",
        {"Pen Select": "ORG", "Choice": "ORG", "Few Choice": "ORG"},
    )
    assert labels == {"Pen Select": "PRODUCT", "Choice": "PRODUCT", "Few Choice": "PRODUCT"}


def test_a_grade_word_without_a_yield_grade_stays(nlp):
    labels = _labels(
        nlp, "Choice Hotels said on Monday it would buy the chain .", {"Choice Hotels": "ORG", "Choice": "ORG"}
    )
    assert labels["Choice Hotels"] == "ORG"


def test_crude_grades_and_their_neighbours_in_a_producers_list(nlp):
    text = "The oil basket comprises Norland 's Marsh Blend , Tarvia 's Kessel , Ostria 's Dunmore Light and Eldia 's Varn ."
    names = {
        "Norland": "GPE",
        "Marsh Blend": "ORG",
        "Tarvia": "GPE",
        "Kessel": "ORG",
        "Ostria": "GPE",
        "Dunmore Light": "ORG",
        "Eldia": "GPE",
        "Varn": "PERSON",
    }
    labels = _labels(nlp, text, names)
    for grade in ("Marsh Blend", "Kessel", "Dunmore Light", "Varn"):
        assert labels[grade] == "PRODUCT", grade
    for place in ("Norland", "Tarvia", "Ostria", "Eldia"):
        assert labels[place] == "GPE", place


def test_a_company_after_a_country_stays_without_grades_or_oil(nlp):
    labels = _labels(
        nlp,
        "Norland 's Kessel Light said profit rose , and Tarvia 's Varn agreed .",
        {"Norland": "GPE", "Kessel Light": "ORG", "Tarvia": "GPE", "Varn": "ORG"},
    )
    assert labels["Kessel Light"] == "ORG"
    assert labels["Varn"] == "ORG"


def test_a_person_named_like_a_crude_grade_stays_a_person(run):
    # "Light" closes crude grades ("Bonny Light"), and surnames too.
    entities, _ = run(
        "Crude oil rose 50 cents a barrel . Peter Light , an analyst at Tarvik Securities , said supply was tight ."
    )
    assert {e.type for e in entities.values() if e.name.endswith("Light")} == {"PERSON"}


def test_a_company_named_after_a_grade_word_stays_a_company(run):
    entities, _ = run("Cattle were steady . Select Comfort Corp said sales rose 3 percent .")
    assert {e.type for e in entities.values() if "Select" in e.name} == {"ORG"}
