"""An article whose raw record comes twice is cleaned and placed as if it came once, on the real
broker: the stream must give `copydesk process`'s stories and duplicates.

A raw record comes again whenever it was not committed when its partition moved, its worker
crashed or the worker sought a stalled partition back, and an ingestor may publish an article
twice; here the repeat is published, so it happens in every run. The corpus
(tests/integration/stories/corpus.py) has no source names, so its outlets are one source, and
each fact line of an event is in two reports and, for three of them, in the syndicated copy.
Counting a repeated report's lines again took them to the learning threshold (3) before the copy
came: the copy was cleaned down to its credit line, found no original, and joined its story as
a report of its own (seen once in a story-partition-move run, where a rebalance repeated the
reports). Here every report a copy copies is published twice before the copies.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from events.models import ArticleReceived
from services.ingestor.sources import read_inputs
from tests.integration.stories.corpus import write_corpus
from tests.integration.stories.test_stories_with_workers import _duplicates, _groups, _process, _stream


def test_articles_published_twice_give_the_stories_and_duplicates_of_copydesk_process(
    kafka_bootstrap: str, unique_prefix: str, tmp_path: Path, start_worker: Callable
) -> None:
    folder = tmp_path / "desk"
    planted = write_corpus(folder)
    articles = [a for a in read_inputs([str(folder)], max_bytes=10**6) if isinstance(a, ArticleReceived)]
    by_input = {Path(a.input).relative_to(folder).as_posix(): a for a in articles}
    originals = [by_input[original] for _, original in planted]
    copies = [by_input[copy] for copy, _ in planted]
    first = [a for a in articles if a not in copies]
    published = first + originals + copies  # each original twice, both times before its copy

    stored, _ = _stream(kafka_bootstrap, unique_prefix, tmp_path / "stream", articles, 1, start_worker, published)
    offline = _process(folder, tmp_path / "offline")

    name = {a.article_id: path for path, a in by_input.items()}
    wrong = {name[a]: (stored[a], offline[a]) for a in offline if _duplicates(stored)[a] != _duplicates(offline)[a]}
    assert not wrong, f"duplicate_of differs from `copydesk process` (stream, offline): {wrong}"
    assert _groups(stored) == _groups(offline)
    for copy, original in planted:
        assert stored[by_input[copy].article_id] == (
            stored[by_input[original].article_id][0],
            by_input[original].article_id,
        )
