"""The entity stage's batch: one parse for many bodies, and a failure stays with its article."""

from datetime import datetime, timezone

from events.models import ArticleCleaned, ArticleEnriched
from services.processors.pipeline import extract_batch, extracted_batch


class CountingExtractor:
    """Entities are the body's capitalised words; a body containing "explode" cannot be parsed."""

    def __init__(self):
        self.batches = []

    def extract(self, body):
        if "explode" in body:
            raise RuntimeError(f"cannot parse {body!r}")
        return tuple(w for w in body.split() if w[0].isupper()), ()

    def extract_many(self, bodies, batch_size=32):
        self.batches.append(list(bodies))
        return [self.extract(body) for body in bodies]


def test_bodies_are_parsed_in_one_batch_and_results_keep_their_order():
    extractor = CountingExtractor()
    results = extract_batch(extractor, ["Alpha said", "", "then Beta"])
    assert results == [(("Alpha",), ()), ((), ()), (("Beta",), ())]
    assert extractor.batches == [["Alpha said", "then Beta"]]  # empty bodies are not parsed


def test_a_body_that_fails_gets_its_exception_and_the_others_their_result():
    results = extract_batch(CountingExtractor(), ["Alpha", "please explode", "Gamma"])
    assert results[0] == (("Alpha",), ()) and results[2] == (("Gamma",), ())
    assert isinstance(results[1], RuntimeError) and "explode" in str(results[1])


class NoEntities(CountingExtractor):
    def extract(self, body):
        super().extract(body)
        return (), ()


def cleaned(article_id, body):
    return ArticleCleaned(article_id=article_id, source="wire", input="x.txt", format="text", content_hash="h",
                          received_at=datetime(2026, 1, 1, tzinfo=timezone.utc), body=body)


def test_a_batch_of_cleaned_articles_comes_out_enriched_in_order_with_a_failure_in_its_place():
    batch = [cleaned("a-1", "Troops: 11,000 soldiers."), cleaned("a-2", "please explode"), cleaned("a-3", "")]
    results = extracted_batch(NoEntities(), batch)
    assert [type(r) for r in results] == [ArticleEnriched, RuntimeError, ArticleEnriched]
    assert results[0].article_id == "a-1" and results[0].figures  # figures are extracted in the batch too
    assert results[2].article_id == "a-3" and results[2].figures == ()
