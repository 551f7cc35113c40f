"""The source of an input comes from the input (wire provider, page's site name or domain), else
--source, else the folder's sidecar; never from a folder's name alone."""

from pathlib import Path

import orjson

from services.ingestor.page_source import domain, page_source
from services.ingestor.sidecar import SIDECAR
from services.ingestor.sources import Rejection, read_inputs

REPO = Path(__file__).resolve().parents[3]


def sources(paths, **kw):
    out = list(read_inputs([str(p) for p in paths], **kw))
    return {Path(e.input).name: (e.reason if isinstance(e, Rejection) else e.source) for e in out}


def test_the_two_seeds_get_distinct_sources():
    got = sources([REPO / "seeds"])
    assert len(got) == 2 and len(set(got.values())) == 2, got
    assert "seeds" not in got.values() and "unknown" not in got.values()


def test_a_sidecar_names_its_files_sources_by_pattern_and_the_nearest_wins(tmp_path):
    desk = tmp_path / "desk"
    (desk / "afp").mkdir(parents=True)
    (desk / SIDECAR).write_text("# outlets\nreuters-* = Reuters\nwires/* = nobody\n* = Desk Copy\n")
    (desk / "afp" / SIDECAR).write_text("AFP\n")
    (desk / "reuters-1.txt").write_text("A Reuters story about the flood.")
    (desk / "other.txt").write_text("Some other story about the flood.")
    (desk / "afp" / "a.txt").write_text("An AFP story about the flood.")
    assert sources([desk]) == {"reuters-1.txt": "Reuters", "other.txt": "Desk Copy", "a.txt": "AFP"}


def test_source_flag_names_what_the_input_does_not_and_the_item_wins_over_it(tmp_path):
    (tmp_path / SIDECAR).write_text("* = From Sidecar\n")
    text = tmp_path / "story.txt"
    text.write_text("A plain story about the flood.")
    wire = tmp_path / "item.json"
    wire.write_bytes(orjson.dumps({"uri": "urn:1", "body_text": "Wire story.", "copyrightholder": "Example Wire"}))
    assert sources([text, wire], source="Desk") == {"story.txt": "Desk", "item.json": "Example Wire"}
    assert sources([text]) == {"story.txt": "From Sidecar"}


def test_a_page_names_its_site_or_its_canonical_domain(tmp_path):
    named = tmp_path / "a.html"
    named.write_text('<html><head><meta content="The Daily Example" property="og:site_name">'
                     '<link rel="canonical" href="https://www.example.com/a"></head><body><p>Story text.</p></body></html>')
    unnamed = tmp_path / "b.html"
    unnamed.write_text('<html><head><link rel="canonical" href="https://WWW.News.Example.org:443/b/"></head>'
                       '<body><p>Story text.</p></body></html>')
    assert sources([named, unnamed], source="Desk") == {"a.html": "The Daily Example", "b.html": "news.example.org"}
    assert page_source(b"<html><head></head>", None) is None and domain("not a url") is None


def test_a_malformed_sidecar_rejects_its_files_with_the_line(tmp_path):
    (tmp_path / SIDECAR).write_text("*.txt =\n")
    (tmp_path / "s.txt").write_text("A story.")
    (rejection,) = read_inputs([str(tmp_path)])
    assert isinstance(rejection, Rejection) and f"{tmp_path / SIDECAR} line 1" in rejection.reason


def test_the_sidecar_is_not_ingested_nor_reported_skipped(tmp_path):
    (tmp_path / SIDECAR).write_text("X\n")
    (tmp_path / "s.txt").write_text("A story.")
    skipped = []
    out = list(read_inputs([str(tmp_path)], on_skip=skipped.append))
    assert [e.source for e in out] == ["X"] and not skipped
