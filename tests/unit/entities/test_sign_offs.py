"""A sign-off line names the writer and the desk."""

from services.processors.entities.sign_offs import sign_offs
from services.processors.entities.tokens import DocTokens


def _labels(nlp, text):
    toks = DocTokens.of(nlp(text))
    return {toks.span_text(s.start, s.end): s.label for s in sign_offs(toks, [])}


def test_writer_and_desk_of_a_sign_off_line(nlp):
    labels = _labels(nlp, "Returns rose .\n-- Mara Tarvik , Global Bonds Desk +44 171 6320")
    assert labels == {"Mara Tarvik": "PERSON", "Global Bonds Desk": "ORG"}


def test_a_desk_alone_with_a_hyphenated_number(nlp):
    assert _labels(nlp, "Prices fell .\n-- Tarvik Power Desk +212-555-0100") == {"Tarvik Power Desk": "ORG"}


def test_a_lower_case_desk_word_and_lines_without_a_number_are_left_alone(nlp):
    assert _labels(nlp, "Prices fell .\n-- Tarvik newsdesk +44 171 6320") == {}
    assert _labels(nlp, "Prices fell .\n-- Mara Tarvik , Global Bonds Desk") == {}
    assert _labels(nlp, "Prices fell , Global Bonds Desk +44 171 6320") == {}


def test_a_dash_line_with_a_year_range_and_no_desk_names_nobody(nlp):
    # "1995-96" looks like a telephone number's digit groups; the parts before it are prose.
    assert _labels(nlp, "Prices fell .\n-- He said sales rose in 1995-96 , Finance Director Peter Tarvik said .") == {}
    assert _labels(nlp, "Prices fell .\n-- Call Peter Tarvik on 555-0100 for details") == {}


def test_a_line_without_the_double_dash_is_no_sign_off(nlp):
    assert _labels(nlp, "Prices fell .\nMara Tarvik , Global Bonds Desk +44 171 6320") == {}
