"""Per-source learning: a line recurring across earlier articles of one source is removed; a one-off never."""

from __future__ import annotations

from collections import Counter

from services.processors.cleaning import clean

FOOTER = "The Valley Courier is published by Valley Media Group in Springfield."


PLACES = ["Ashford", "Brookvale", "Cedar Hill", "Dunmore", "Elmwood", "Fairview", "Glenrock", "Harbourside",
          "Ironbridge", "Juniper Flats", "Kingsmere", "Lakeshore", "Millbrook", "Northgate", "Oakridge", "Pinecrest",
          "Queensbury", "Riverton", "Stonehaven", "Thornbury"]  # fmt: skip
TOPICS = ["a new library", "road repairs", "a school expansion", "flood defences", "a farmers market",
          "street lighting", "a bus depot", "a sports hall", "park benches", "a cycle lane", "a clinic",
          "a water main", "tree planting", "a youth club", "a bridge survey", "parking fees", "a bike scheme",
          "recycling bins", "a town square", "a fire station"]  # fmt: skip


def article(n: int, extra: str | None = None) -> str:
    """Article n of one source: its own story, plus the source's shared footer line."""
    lines = [
        f"Officials in {PLACES[n]} presented plans for {TOPICS[n]} at a packed meeting on Monday evening.",
        f"Residents of {PLACES[n]} asked how {TOPICS[n]} would be paid for and when the work would begin.",
    ]
    if extra:
        lines.append(extra)
    lines.append(FOOTER)
    return "\n".join(lines)


def run_source(articles: list[str], threshold: int = 3):
    """Clean articles in order, counting keys per article like the agent's per-source table."""
    counts: Counter[str] = Counter()
    results = []
    for text in articles:
        result = clean(text, "text", repeats=lambda key: counts[key], repeat_threshold=threshold)
        counts.update(result.line_keys)
        results.append(result)
    return results, counts


def test_footer_is_learned_after_threshold_articles_and_one_off_sentence_kept():
    one_off = "A spokesman for the growers said the new rules were fair."
    texts = [article(n) for n in range(20)]
    texts[15] = article(15, one_off)
    results, _ = run_source(texts, threshold=3)
    for early in results[:3]:
        assert FOOTER in early.body  # seen in fewer than 3 earlier articles: kept
    for later in results[3:]:
        assert FOOTER not in later.body
        assert any(r.text == FOOTER and r.reason == "learned-repeat" for r in later.removed)
    assert one_off in results[15].body
    assert all("learned-repeat" != r.reason or r.text == FOOTER for res in results for r in res.removed)


def test_line_seen_in_a_single_article_is_kept():
    results, counts = run_source([article(0), article(1, "Rain is expected on Sunday.")], threshold=2)
    assert "Rain is expected on Sunday." in results[1].body


def test_line_keys_are_stable_deduplicated_and_digit_insensitive():
    a = clean("Call 555 0100 now\nCall 555 0100 now\nA longer sentence that is part of the story itself.", "text")
    b = clean("CALL  555 0199 NOW\nA longer sentence that is part of the story itself.", "text")
    assert len(a.line_keys) == len(set(a.line_keys)) == 2
    assert a.line_keys[0] == b.line_keys[0]
    assert a.line_keys == clean("Call 555 0100 now\nA longer sentence that is part of the story itself.", "text").line_keys


def test_long_prose_blocks_are_not_learning_candidates():
    long_paragraph = " ".join(["The committee discussed the proposal at length."] * 8)
    assert clean(long_paragraph, "text").line_keys == ()


def test_threshold_below_two_still_needs_two_earlier_articles():
    line = "The Valley Courier is printed at the Mill Street works."
    text = "A storm knocked out power to hundreds of homes in the valley overnight, the utility said.\n" + line
    once = clean(text, "text", repeats=lambda key: 1, repeat_threshold=1)
    twice = clean(text, "text", repeats=lambda key: 2, repeat_threshold=1)
    assert line in once.body
    assert any(r.text == line and r.reason == "learned-repeat" for r in twice.removed)
