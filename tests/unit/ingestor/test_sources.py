import io
import os

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
    assert event.format == "text" and event.source == "unknown" and event.input == str(f)  # not the folder's name
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


def test_directory_is_read_recursively_and_sniffed_whatever_the_extension(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("First story.")
    (tmp_path / "d" / "sub" / "b.html").write_text("<html><body><p>Second story.</p></body></html>")
    (tmp_path / "d" / "WIRE0042").write_text("Third story, from a wire file without an extension.")
    (tmp_path / "d" / "notes.md").write_text("Fourth story, in a Markdown file.")
    (tmp_path / "d" / "page").write_text("<!doctype html><html><body><p>Fifth story, a page.</p></body></html>")
    (tmp_path / "d" / "item.ninjs").write_text('{"guid": "g6", "body_text": "Sixth story, ninjs."}')
    (tmp_path / "d" / "junk.bin").write_bytes(bytes(range(32)) * 8)
    (tmp_path / "d" / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "d" / "feed.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    events, rejected = collect([tmp_path / "d"])
    assert [(e.input.removeprefix(f"{tmp_path}/d/"), e.format) for e in events] == [
        ("WIRE0042", "text"), ("a.txt", "text"), ("item.ninjs", "ninjs"), ("notes.md", "text"), ("page", "html"),
        ("sub/b.html", "html"),
    ]
    assert {r.input.removeprefix(f"{tmp_path}/d/"): r.reason for r in rejected} == {
        "feed.xml": "XML that is neither HTML nor NewsML-G2; only text, HTML, ninjs JSON and NewsML-G2 are read",
        "junk.bin": "binary content (81% control bytes), not an article",
        "scan.pdf": "binary content (a PDF document), not an article",
    }


def test_directory_names_every_path_it_passes_over(tmp_path):
    d = tmp_path / "d"
    (d / ".git" / "objects").mkdir(parents=True)
    (d / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (d / ".hidden.txt").write_text("A hidden story.")
    (d / "story.txt").write_text("A story.")
    os.mkfifo(d / "pipe")
    (tmp_path / "elsewhere").mkdir()
    (d / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (d / "dangling").symlink_to(tmp_path / "gone")
    skipped = []
    events, rejected = collect([d], on_skip=skipped.append)
    assert [e.input for e in events] == [str(d / "story.txt")] and not rejected
    assert [str(s) for s in skipped] == [
        f"{d / '.git'}: hidden directory, not read",
        f"{d / '.hidden.txt'}: hidden file",
        f"{d / 'dangling'}: broken symbolic link",
        f"{d / 'linked'}: symbolic link to a directory, not followed",
        f"{d / 'pipe'}: not a regular file",
    ]


def test_directory_with_nothing_to_ingest_is_rejected_and_its_hidden_files_named(tmp_path):
    (tmp_path / "none").mkdir()
    (tmp_path / "none" / ".keep").write_text("")
    skipped = []
    events, rejected = collect([tmp_path / "none"], on_skip=skipped.append)
    assert not events and [str(r) for r in rejected] == [f"{tmp_path / 'none'}: directory holds no files to ingest"]
    assert [s.input for s in skipped] == [str(tmp_path / "none" / ".keep")]


def test_a_file_of_control_bytes_is_binary_and_so_is_utf16(tmp_path):
    control = tmp_path / "control.txt"
    control.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 27, 31, 127]) * 10)
    utf16 = tmp_path / "export.txt"
    utf16.write_bytes("A story saved by a word processor.".encode("utf-16"))
    events, rejected = collect([control, utf16])
    assert not events
    assert [r.reason for r in rejected] == [
        "binary content (93% control bytes), not an article",
        "UTF-16 text; only UTF-8 is read (re-encode the file as UTF-8)",
    ]


def test_stray_control_bytes_among_text_are_stripped_and_the_input_accepted(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body><p>The bridge reopened\x00 on Monday after repairs.</p>\x00\x00</body></html>")
    wire = tmp_path / "anpa.txt"
    wire.write_bytes(b"\x01\x02Flood waters rose by two metres in the valley town, officials said.\r\n\x03\x04")
    doc = tmp_path / "item.json"
    doc.write_bytes(b'{"guid": "g", "headline": "H\\u0000", "body_text": "Body\\u0007 text."}\x00')
    latin = tmp_path / "latin.txt"
    latin.write_bytes("\x00caf\xe9 on the corner of the square, and more text.".encode("latin-1"))
    events, rejected = collect([page, wire, doc, latin])
    assert [e.content for e in events] == [
        "<html><body><p>The bridge reopened on Monday after repairs.</p></body></html>",
        "Flood waters rose by two metres in the valley town, officials said.\r\n",
        "Body text.",
    ]
    assert events[2].headline == "H"
    assert [r.reason for r in rejected] == ["not UTF-8 text (invalid byte 0xe9 at offset 4)"]  # offset in the file


def test_stdin_is_read_and_sniffed():
    events = list(read_inputs(["-"], stdin=io.BytesIO(b'{"guid": "g1", "body_text": "From stdin."}')))
    assert events[0].format == "ninjs" and events[0].input == "-" and events[0].content == "From stdin."
    too_big = list(read_inputs(["-"], stdin=io.BytesIO(b"x" * 100), max_bytes=10))
    assert isinstance(too_big[0], Rejection)


def test_stdin_of_control_bytes_is_rejected_as_binary():
    (rejection,) = read_inputs(["-"], stdin=io.BytesIO(bytes(range(1, 9)) * 50))
    assert str(rejection) == "-: binary content (100% control bytes), not an article"


def test_a_50_mb_file_is_rejected_without_being_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    events, rejected = collect([huge])
    assert not events and "50.0 MB is larger than the 20 MB input limit" in rejected[0].reason
