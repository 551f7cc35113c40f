"""``copydesk eval stories``: the scores, the corpus reader, and the clustering against the baselines
on the constructed corpus (``event_corpus.py``: generated text, not real news)."""

import json

import pytest

from services.evaluation import stories as ev
from tests.unit.stories.event_corpus import corpus


def test_bcubed_scores_a_known_clustering():
    gold = {"a": "1", "b": "1", "c": "2"}
    p, r, f = ev.bcubed({"a": "x", "b": "y", "c": "y"}, gold)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.667, 0.667, 0.667)
    assert ev.bcubed(gold, gold) == (1.0, 1.0, 1.0)


def test_within_topic_precision_counts_same_topic_pairs_only(tmp_path):
    (tmp_path / "t.json").write_text(json.dumps({"topic": "quake", "events": [
        {"event": "e1", "articles": [{"id": "a", "text": "x", "published": "2025-01-01T00:00:00+00:00", "outlet": "o"},
                                     {"id": "b", "text": "y", "published": "2025-01-01T01:00:00+00:00", "outlet": "o"}]},
        {"event": "e2", "articles": [{"id": "c", "text": "z", "published": "2025-01-02T00:00:00+00:00", "outlet": "o"}]},
    ]}))
    articles = ev.load(tmp_path)
    assert [a.id for a in articles] == ["a", "b", "c"]
    assert ev.within_topic_precision({"a": "s", "b": "s", "c": "s"}, articles) == (1 / 3, 3)
    assert ev.within_topic_precision({"a": "s", "b": "s", "c": "t"}, articles) == (1.0, 1)


def test_a_bad_corpus_file_is_named_with_the_reason(tmp_path):
    (tmp_path / "bad.json").write_text(json.dumps({"topic": "quake", "events": [{"event": "e", "articles": [{"id": "a"}]}]}))
    with pytest.raises(ValueError, match=r"bad\.json: missing field 'published'"):
        ev.load(tmp_path)
    with pytest.raises(ValueError, match="no \\*.json topic files"):
        ev.load(tmp_path / "nothing")
    (tmp_path / "bad.json").write_text(json.dumps({"topic": "quake", "events": []}))
    with pytest.raises(ValueError, match="hold no articles"):
        ev.load(tmp_path)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("events")
    for topic, data in corpus(seed=7).items():
        (folder / f"{topic}.json").write_text(json.dumps(data))
    return ev.evaluate(folder)


def test_clustering_beats_the_tuned_baselines_on_the_constructed_corpus(report):
    ours, tfidf, minhash = report["copydesk"], report["tfidf"], report["minhash"]
    assert ours["bcubed_f1"] >= 0.9 and ours["within_topic_precision"] > 0.75
    assert ours["bcubed_f1"] > tfidf["bcubed_f1"] and ours["bcubed_f1"] > minhash["bcubed_f1"]
    assert "copydesk" in ev.format_report(report)


def test_the_command_scores_a_directory_and_names_a_bad_file(tmp_path, capsys):
    from services.cli import main

    good = tmp_path / "good"
    good.mkdir()
    topic = corpus(seed=3)["strike"]
    (good / "strike.json").write_text(json.dumps(topic))
    assert main(["eval", "stories", str(good)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("events, 1 topics") and "tfidf" in out and "minhash" in out
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "t.json").write_text('{"topic": "x"}')
    assert main(["eval", "stories", str(bad)]) == 2
    assert f"{bad / 't.json'}: missing field 'events'" in capsys.readouterr().out
