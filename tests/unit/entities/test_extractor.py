"""The extractor's contract: batching, ordering, salience, errors, pipeline loading."""

import pytest

from services.processors.entities import load_pipeline

BODIES = [
    "Finance Minister Carla Mendes arrived in Lisbon. Mendes met bankers. Mendes left on Friday.",
    "",
    '"We will not raise taxes this year," Prime Minister Helena Varga said in Budapest.',
]


def test_extract_many_equals_extract(extractor):
    assert extractor.extract_many(BODIES, batch_size=2) == [extractor.extract(b) for b in BODIES]


def test_empty_body_has_nothing(extractor):
    assert extractor.extract("") == ((), ())


def test_entities_are_ordered_by_salience(extractor):
    entities, _ = extractor.extract(BODIES[0])
    assert entities[0].name == "Carla Mendes"
    assert all(0.0 <= e.salience <= 1.0 for e in entities)
    assert [e.salience for e in entities] == sorted((e.salience for e in entities), reverse=True)
    assert entities[0].mention_count == len(entities[0].mentions) == 3


def test_bad_body_is_refused_with_reason(extractor):
    with pytest.raises(TypeError, match="body #1 is bytes"):
        extractor.extract_many(["fine", b"raw"])
    with pytest.raises(ValueError, match="max_length"):
        extractor.extract("a " * (extractor.nlp.max_length // 2 + 1))


def test_unknown_model_is_named(tmp_path):
    with pytest.raises(RuntimeError, match="cannot load spaCy model"):
        load_pipeline(str(tmp_path / "no-such-model"))


def test_default_pipeline_drops_unused_components(nlp):
    assert "ner" in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names


@pytest.mark.parametrize(
    "body",
    [
        '""""""““””«»„',
        "“" + "word " * 400 + "”",
        "President\n\nMinister of\n\nthe",
        "X X X X Mr. Mr. Gen. General",
        "Ministry of " + "Trade and " * 30,
        "🙂 Kyiv 🙂 “Kyiv said it” — 🙂",
        "\u00a0\u2009 Moscow\u00a0said \"nothing more to add here\" \u2009",
    ],
)
def test_odd_bodies_keep_offsets_valid(run, body):
    run(body)  # the fixture asserts every mention and quote offset
