"""The entity stage's batch: one parse for many bodies, and a failure stays with its article."""

from services.processors.pipeline import extract_batch


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
