import io

import orjson

from services.ingestor.identity import article_id
from services.ingestor.sources import Rejection, read_inputs


def collect(paths, **kw):
    items = list(read_inputs([str(p) for p in paths], **kw))
    return [i for i in items if not isinstance(i, Rejection)], [i for i in items if isinstance(i, Rejection)]


def test_text_file_becomes_one_article(tmp_path):
    (tmp_path / "wire").mkdir()
    f = tmp_path / "wire" / "story.txt"
    f.write_text("Headline here\n\nFirst paragraph of the story.\n")
    (event,), rejected = collect([f])
    assert not rejected
    assert event.format == "text" and event.source == "wire" and event.input == str(f)
    assert event.content.startswith("Headline here")


def test_same_content_gets_same_id_whatever_the_layout(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("One  line.\nTwo lines.\n")
    b.write_text("One line.\r\nTwo lines.")
    (ea,), _ = collect([a])
    (eb,), _ = collect([b])
    assert ea.article_id == eb.article_id and ea.content_hash == eb.content_hash


def test_html_takes_its_id_from_the_canonical_url(tmp_path):
    page = '<html><head><link rel="canonical" href="https://News.example/x/1/"></head><body><p>Text.</p></body></html>'
    f = tmp_path / "p.html"
    f.write_text(page)
    g = tmp_path / "q.html"
    g.write_text(page.replace("Text.", "Updated text."))
    (ef,), _ = collect([f])
    (eg,), _ = collect([g])
    assert ef.format == "html" and ef.url == "https://News.example/x/1/"
    assert ef.article_id == eg.article_id == article_id("http://news.example/x/1", "")
    assert ef.content_hash != eg.content_hash


def test_ninjs_documents_single_and_list(tmp_path):
    doc = {"uri": "urn:wire:1", "headline": "H", "body_text": "Body.", "versioncreated": "2026-03-01T10:00:00Z",
           "copyrightholder": "Agency"}
    f = tmp_path / "one.json"
    f.write_bytes(orjson.dumps(doc))
    g = tmp_path / "many.json"
    g.write_bytes(orjson.dumps([doc, {**doc, "uri": "urn:wire:2", "body_text": None, "body_html": "<p>B</p>"}]))
    (one,), _ = collect([f])
    assert one.format == "ninjs" and one.headline == "H" and one.source == "Agency"
    assert one.published_at.year == 2026
    many, rejected = collect([g])
    assert not rejected and [m.article_id for m in many][0] == one.article_id and len(many) == 2


def test_ninjs2_bodies_and_headlines(tmp_path):
    f = tmp_path / "n2.json"
    f.write_bytes(orjson.dumps({"uri": "u", "headlines": [{"value": "H2"}], "bodies": [{"contenttype": "text/plain", "value": "B"}]}))
    (event,), _ = collect([f])
    assert event.headline == "H2" and event.content == "B"


def test_bad_inputs_are_rejected_with_reason_and_others_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A real sentence of news.")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 3000)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json")
    no_body = tmp_path / "nobody.json"
    no_body.write_text('{"uri": "u"}')
    missing = tmp_path / "missing.txt"
    events, rejected = collect([empty, binary, good, latin, big, bad_json, no_body, missing], max_bytes=2048)
    assert [e.input for e in events] == [str(good)]
    reasons = {r.input: r.reason for r in rejected}
    assert "empty" in reasons[str(empty)]
    assert "binary" in reasons[str(binary)]
    assert "not UTF-8" in reasons[str(latin)] and "offset 3" in reasons[str(latin)]
    assert "input limit" in reasons[str(big)]
    assert "malformed ninjs" in reasons[str(bad_json)] and "not JSON" in reasons[str(bad_json)]
    assert "no body" in reasons[str(no_body)]
    assert "no such file" in reasons[str(missing)]


def test_directory_is_read_recursively_and_empty_directory_rejected(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("First story.")
    (tmp_path / "d" / "sub" / "b.html").write_text("<p>Second story.</p>")
    (tmp_path / "d" / "notes.bin").write_bytes(b"ignored")
    (tmp_path / "d" / ".hidden.txt").write_text("ignored")
    (tmp_path / "none").mkdir()
    (tmp_path / "none" / "image.png").write_bytes(b"\x89PNG")
    events, rejected = collect([tmp_path / "d", tmp_path / "none"])
    assert sorted(e.format for e in events) == ["html", "text"]
    assert len(rejected) == 1 and "no article files" in rejected[0].reason


def test_stdin_is_read_and_sniffed():
    events = list(read_inputs(["-"], stdin=io.BytesIO(b'{"guid": "g1", "body_text": "From stdin."}')))
    assert events[0].format == "ninjs" and events[0].input == "-" and events[0].content == "From stdin."
    too_big = list(read_inputs(["-"], stdin=io.BytesIO(b"x" * 100), max_bytes=10))
    assert isinstance(too_big[0], Rejection)


def test_a_50_mb_file_is_rejected_without_being_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    events, rejected = collect([huge])
    assert not events and "50.0 MB is larger than the 20 MB input limit" in rejected[0].reason
