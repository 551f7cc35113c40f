"""The words every engine indexes and searches."""

from __future__ import annotations

import pytest

from services.store.fulltext import MAX_QUERY_CHARS, MAX_QUERY_TERMS, indexed_text, query_terms, terms
from services.store.port import InvalidQuery


def test_terms_are_casefolded_runs_of_letters_and_digits() -> None:
    assert terms("Al-Sharaa's 1,200 troops reached Erdoğan_Street!") == [
        "al", "sharaa", "s", "1", "200", "troops", "reached", "erdoğan", "street"]


def test_ascii_and_unicode_text_split_alike() -> None:
    assert terms("Mid-day UPDATE_2: 40 dead") == ["mid", "day", "update", "2", "40", "dead"]
    assert terms("Mid-day UPDATE_2: 40 dead, Zürich") == ["mid", "day", "update", "2", "40", "dead", "zürich"]


def test_indexed_text_covers_headline_and_body() -> None:
    assert indexed_text("Storm Warning", "Rain fell.") == "storm warning rain fell"
    assert indexed_text("Rain", "Rain fell, rain stayed.") == "rain fell stayed"
    assert indexed_text(None, "Rain fell.") == "rain fell"


def test_query_terms_are_distinct_and_operator_free() -> None:
    assert query_terms('lavrov "Lavrov" NEAR(riyadh) OR 1=1') == ["lavrov", "near", "riyadh", "or", "1"]
    assert query_terms("?!") == []


def test_oversized_queries_are_refused_naming_q() -> None:
    with pytest.raises(InvalidQuery, match="^q: "):
        query_terms("a" * (MAX_QUERY_CHARS + 1))
    with pytest.raises(InvalidQuery, match="distinct words"):
        query_terms(" ".join(f"w{i}" for i in range(MAX_QUERY_TERMS + 1)))
    assert len(query_terms(" ".join(["same"] * 100))) == 1


def test_ascii_fast_path_gives_the_words_the_regular_expressions_give():
    """terms() and indexed_text() take a byte-translation path for ASCII text; it must split and
    fold exactly like the regular expressions on the case-folded text (checked on made-up text
    with every printable ASCII character, and on text that only becomes ASCII once folded)."""
    import random
    import string

    from services.store import fulltext

    rng = random.Random(5)
    samples = ["The Mayor's 3rd REPORT: 12,5% of_the budget-cuts", "Straße", "\u212aelvin", ""]
    samples += ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    for text in samples:
        folded = text.casefold()
        expected = (fulltext._ASCII_WORD if folded.isascii() else fulltext._WORD).findall(folded)
        assert fulltext.terms(text) == expected, text
        assert fulltext.indexed_text("Head LINE", text) == " ".join(dict.fromkeys(["head", "line", *expected])), text
