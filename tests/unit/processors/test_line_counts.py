"""Per-source line counts: each article counted once, and an article cleaned again reads what its
first cleaning saw, so the cleaning does not depend on how often a record was delivered."""

from collections import defaultdict

from services.processors.cleaning import clean
from services.processors.line_counts import article_key, count_article, line_count_key, repeats_for

FACT = "Governor Elena Marquez asked residents of the upper hills to leave before the fire reached them."
OUTLETS = ["Ledger", "Courier", "Beacon", "Herald"]


def report(outlet: str) -> str:
    return f"The {outlet} desk reports on the hillside fire in its own words.\n\n{FACT}\n"


def cleaned(state, deliveries: list[tuple[str, str]], threshold: int = 3) -> list[tuple[str, str]]:
    """(article id, body) of each delivery, cleaned and counted as the cleaning agent does."""
    out = []
    for article_id, text in deliveries:
        result = clean(text, "text", repeats=repeats_for(state, "wire", article_id), repeat_threshold=threshold)
        count_article(state, "wire", article_id, result.line_keys)
        out.append((article_id, result.body))
    return out


def test_an_article_delivered_again_is_cleaned_as_the_first_time_and_counted_once():
    articles = [(f"a-{n}", report(outlet)) for n, outlet in enumerate(OUTLETS)]
    once = cleaned({}, articles)
    # Each article delivered twice in a row, and the first two once more after the rest.
    again = cleaned({}, [d for a in articles for d in (a, a)] + articles[:2])
    assert [body for _, body in once] == [body for _, body in again[::2][:4]] == [body for _, body in again[1::2][:4]]
    assert again[8:] == once[:2]
    assert FACT in once[2][1] and FACT not in once[3][1]  # three earlier articles had it: furniture from the fourth


def test_counts_once_and_records_what_the_article_saw():
    state: dict = {}
    assert count_article(state, "wire", "a-1", ["k1", "k2"])
    assert count_article(state, "wire", "a-2", ["k2", "k3", "k2"])
    assert not count_article(state, "wire", "a-2", ["k2", "k3"])  # delivered again: nothing counted
    assert {k: state[line_count_key("wire", k)] for k in ("k1", "k2", "k3")} == {"k1": 1, "k2": 2, "k3": 1}
    assert state[article_key("wire", "a-1")] == {} and state[article_key("wire", "a-2")] == {"k2": 1}
    seen = repeats_for(state, "wire", "a-2")
    assert (seen("k2"), seen("k3"), seen("k1")) == (1, 0, 0)  # as a-2 saw them, not the counts now
    fresh = repeats_for(state, "wire", "a-3")
    assert (fresh("k2"), fresh("k3"), fresh("k9")) == (2, 1, 0)
    assert repeats_for(state, "other", "a-3")("k2") == 0  # counts are per source


def test_reads_leave_a_table_with_a_default_unwritten():
    state: defaultdict = defaultdict(int)  # like the faust table, which answers a missing key with its default
    assert repeats_for(state, "wire", "a-1")("k1") == 0
    assert not state
    count_article(state, "wire", "a-1", ["k1"])
    assert dict(state) == {line_count_key("wire", "k1"): 1, article_key("wire", "a-1"): {}}
