"""One spaCy pipeline and extractor for the whole entity test folder (loading takes a second)."""

from __future__ import annotations

import pytest

from services.processors.entities import EntityExtractor, load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp) -> EntityExtractor:
    return EntityExtractor(nlp)


@pytest.fixture(scope="session")
def run(extractor):
    """Extract one body and index the entities by name (asserting offsets on the way)."""

    def _run(body: str):
        entities, quotes = extractor.extract(body)
        for entity in entities:
            for mention in entity.mentions:
                assert body[mention.start:mention.end] == mention.text
        for quote in quotes:
            assert body[quote.start:quote.end] == quote.text
        return {e.name: e for e in entities}, quotes

    return _run
