"""Entity stage: spaCy plus a news layer, resolution to stable ids, salience and quotes."""

from services.processors.entities.logic import EntityExtractor, Extraction, load_pipeline

__all__ = ["EntityExtractor", "Extraction", "load_pipeline"]
