"""Sentence splitting used for the figure's ``sentence`` and attribution scope."""

from services.processors.figures.sentences import sentence_spans


def texts(body):
    return [body[s:e] for s, e in sentence_spans(body)]


def test_splits_on_stops_and_lines():
    body = "Mr. Park met Dr. Lee in the U.S. capital. They spoke.\nA new line starts here."
    assert texts(body) == ["Mr. Park met Dr. Lee in the U.S. capital.", "They spoke.", "A new line starts here."]


def test_empty_body():
    assert sentence_spans("") == []
