"""`copydesk ingest`: an input that would clean to nothing is rejected at the door, named, with the
reason, and the others are still published; the summary counts ingested, rejected and skipped."""

import io
import logging
import sys

import orjson

from events.codec import decode
from events.models import ArticleReceived
from services.commands import ingest as ingest_command
from services.commands.ingest import ingest

STORY = "The river rose by two metres overnight, officials in the valley town said on Sunday.\n"
SCRIPTS_ONLY = "<html><head><script>var a = 1;</script></head><body><script>document.write(a);</script></body></html>"


class RecordingPublisher:
    def __init__(self):
        self.records = []

    def publish(self, records):
        self.records.extend(records)

    def close(self):
        pass


def test_a_page_of_scripts_is_rejected_and_the_other_inputs_still_published(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    page = tmp_path / "scripts.html"
    page.write_text(SCRIPTS_ONLY)
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    publisher = RecordingPublisher()
    accepted, rejected = ingest(publisher, "raw", [str(page), str(story)], max_bytes=10**6)
    assert [a.input for a in accepted] == [str(story)]
    assert [decode(r.value, ArticleReceived).input for r in publisher.records] == [str(story)]
    assert [r.input for r in rejected] == [str(page)]
    assert rejected[0].reason == "nothing left after cleaning: trafilatura found no main content in the HTML"
    assert not [r for r in caplog.records if r.name.startswith("trafilatura")]  # the one line says it all


def test_text_that_is_all_page_furniture_is_rejected_with_the_cleaning_stage_reason(tmp_path):
    furniture = tmp_path / "furniture.txt"
    furniture.write_text("Share on Facebook\nShare on Twitter\nAdvertisement\n")
    accepted, rejected = ingest(RecordingPublisher(), "raw", [str(furniture)], max_bytes=10**6)
    assert not accepted and [r.reason for r in rejected] == [
        "nothing left after cleaning: every one of the 3 blocks was classified as boilerplate "
        "(share-widget x2, advertisement x1)"
    ]


def test_stdin_gets_the_same_check(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SCRIPTS_ONLY.encode())))
    accepted, rejected = ingest(RecordingPublisher(), "raw", ["-"], max_bytes=10**6)
    assert not accepted
    assert [str(r) for r in rejected] == ["-: nothing left after cleaning: trafilatura found no main content in the HTML"]


def test_a_ninjs_item_whose_body_cleans_to_nothing_is_rejected_alone(tmp_path):
    good = {"guid": "urn:wire:1", "headline": "Flood", "body_text": STORY}
    empty = {"guid": "urn:wire:2", "headline": "Widget", "body_html": "<div><script>embed()</script></div>"}
    doc = tmp_path / "feed.json"
    doc.write_bytes(orjson.dumps([good, empty]))
    single = tmp_path / "single.json"
    single.write_bytes(orjson.dumps(empty))
    accepted, rejected = ingest(RecordingPublisher(), "raw", [str(doc), str(single)], max_bytes=10**6)
    assert [a.headline for a in accepted] == ["Flood"]
    assert [str(r) for r in rejected] == [
        f"{doc}: item 1: nothing left after cleaning the body: trafilatura found no main content in the HTML",
        f"{single}: nothing left after cleaning the body: trafilatura found no main content in the HTML",
    ]


def test_the_command_names_each_rejection_and_skip_and_counts_them_in_its_summary(tmp_path, monkeypatch, capsys):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a-story.txt").write_text(STORY)
    (desk / "WIRE0042").write_text("Officials said on Monday that 1,200 people had been evacuated after the storm.\n")
    (desk / "notes.md").write_text("The council approved a budget of $3 million for repairs to the old bridge.\n")
    (desk / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (desk / "scripts.html").write_text(SCRIPTS_ONLY)
    (desk / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    publisher = RecordingPublisher()

    class Cluster:
        bootstrap = "unused:9092"
        security = None

    monkeypatch.setattr("services.bootstrap.connect_cluster", lambda settings, start: Cluster())
    monkeypatch.setattr("services.bootstrap.build_publisher", lambda cluster, client_id: publisher)

    class Settings:
        topic_prefix = ""
        max_input_bytes = 10**6

    status = ingest_command.run(Settings(), [str(desk)], None, None)
    out, err = capsys.readouterr()
    assert status == 1
    assert out.splitlines()[-1] == "ingested 3 article(s), rejected 2 input(s), skipped 1 file(s)"
    assert err.splitlines() == [
        f"copydesk: skipped {desk / '.DS_Store'}: hidden file",
        f"copydesk: rejected {desk / 'junk.bin'}: binary content (11% control bytes), not an article",
        f"copydesk: rejected {desk / 'scripts.html'}: nothing left after cleaning: "
        "trafilatura found no main content in the HTML",
    ]
    assert sorted(decode(r.value, ArticleReceived).input for r in publisher.records) == [
        str(desk / "WIRE0042"), str(desk / "a-story.txt"), str(desk / "notes.md"),
    ]


def test_the_exit_status_is_0_when_only_skips_happened(tmp_path, monkeypatch, capsys):
    desk = tmp_path / "desk"
    (desk / ".git").mkdir(parents=True)
    (desk / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (desk / "story.txt").write_text(STORY)
    report = ingest_command.ingest_inputs(RecordingPublisher(), "raw", [str(desk)], max_bytes=10**6)
    assert report.exit_status == 0 and len(report.accepted) == 1
    assert [str(s) for s in report.skipped] == [f"{desk / '.git'}: hidden directory, not read"]
    assert report.summary() == "ingested 1 article(s), rejected 0 input(s), skipped 1 file(s)"
    assert capsys.readouterr().err == f"copydesk: skipped {desk / '.git'}: hidden directory, not read\n"
