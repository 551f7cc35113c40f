"""The entity stage: named entities, resolved and ranked, and direct quotations of one body.

Pure: no Kafka, no metrics. ``EntityExtractor`` wraps a loaded spaCy pipeline with the news
layer (:mod:`news_layer`), resolution (:mod:`resolution`), salience (:mod:`salience`) and
quote attribution (:mod:`quotes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from events.models import Entity, Quote
from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.markup import blank_markup, marked_names
from services.processors.entities.news_layer import NewsLayer
from services.processors.entities.pipeline import load_pipeline
from services.processors.entities.quotes import attribute
from services.processors.entities.resolution import Resolved, resolve
from services.processors.entities.salience import salience
from services.processors.entities.tokens import TokenReader
from services.processors.entities.wraps import unwrap

if TYPE_CHECKING:
    import spacy
    from spacy.tokens import Doc

__all__ = ["EntityExtractor", "Extraction", "load_pipeline", "view"]

Extraction = tuple[tuple[Entity, ...], tuple[Quote, ...]]


class EntityExtractor:
    """Extracts entities and quotes from cleaned article bodies with one spaCy pipeline.

    Build once per process: construction compiles the gazetteer matcher from the lexicon.
    """

    def __init__(self, nlp: spacy.Language) -> None:
        if "ner" not in nlp.pipe_names:
            raise ValueError(f"spaCy pipeline has no 'ner' component (has {nlp.pipe_names})")
        self._nlp = nlp
        self._lexicon = load_lexicon()
        self._layer = NewsLayer(nlp, self._lexicon)
        self._reader = TokenReader(nlp.vocab)

    @property
    def nlp(self) -> spacy.Language:
        """The spaCy pipeline this extractor runs."""
        return self._nlp

    def extract(self, body: str) -> Extraction:
        """Entities (most salient first) and quotes (in order) of one cleaned body.

        The model and the rules read ``view(body)`` (hard line wraps and wire markup read as spaces). Mention
        and quote offsets index ``body`` and their texts are ``body[start:end]``; entity names
        are read from the view. Raises TypeError if ``body`` is not a str and ValueError if
        it is longer than the pipeline's ``max_length``.
        """
        self._check(body, 0)
        return self.from_doc(self._nlp(view(body)), body)

    def extract_many(self, bodies: Sequence[str], batch_size: int = 32) -> list[Extraction]:
        """Same result as extract() per body, using nlp.pipe."""
        for position, body in enumerate(bodies):
            self._check(body, position)
        docs = self._nlp.pipe((view(body) for body in bodies), batch_size=batch_size)
        return [self.from_doc(doc, body) for doc, body in zip(docs, bodies, strict=True)]

    def from_doc(self, doc: Doc, body: str | None = None) -> Extraction:
        """The extraction for an already parsed text (the pipeline must be this extractor's).

        ``doc`` is a parse of ``view(body)`` (or of ``body`` itself); mention
        and quote texts are taken from ``body`` (default: the parsed text).
        """
        toks = self._reader.read(doc)  # the token facts every rule reads, copied once
        spans = self._layer.spans(toks, marked_names(toks.body if body is None else body))
        resolved = resolve(toks.body, spans, self._lexicon)
        entities = _rank(resolved, len(toks.body))
        quotes = attribute(toks, resolved, self._lexicon)
        if body is not None and body != toks.body:
            entities, quotes = (
                _restored(entities, body),
                tuple(q.model_copy(update={"text": body[q.start : q.end]}) for q in quotes),
            )
        return entities, quotes

    def _check(self, body: object, position: int) -> None:
        if not isinstance(body, str):
            raise TypeError(f"body #{position} is {type(body).__name__}, expected str")
        if len(body) > self._nlp.max_length:
            raise ValueError(
                f"body #{position} has {len(body)} characters, more than the pipeline's max_length "
                f"{self._nlp.max_length}"
            )


def view(body: str) -> str:
    """The text the model and the rules read: ``body`` with hard line wraps and wire markup
    (bracketed company names and tickers, :mod:`markup`) as spaces; same length."""
    return blank_markup(unwrap(body))


def _restored(entities: tuple[Entity, ...], body: str) -> tuple[Entity, ...]:
    """``entities`` with each mention's text read from ``body`` (the view differs only at wraps)."""
    return tuple(
        entity.model_copy(
            update={"mentions": tuple(m.model_copy(update={"text": body[m.start : m.end]}) for m in entity.mentions)}
        )
        for entity in entities
    )


def _rank(resolved: list[Resolved], body_length: int) -> tuple[Entity, ...]:
    if not resolved:
        return ()
    top = max(len(r.mentions) for r in resolved)
    entities = [
        Entity(
            id=r.id,
            name=r.name,
            type=r.label,
            mentions=r.mentions,
            mention_count=len(r.mentions),
            salience=salience(r.mentions[0].start, len(r.mentions), body_length, top),
            aliases=r.aliases,
            roles=r.roles,
            country_id=r.country_id,
        )
        for r in resolved
    ]
    return tuple(sorted(entities, key=lambda e: (-e.salience, e.mentions[0].start)))
