"""`copydesk process --skip-cleaning`: the body is the input text itself, so offsets point into it."""

from services.commands.process import OfflinePipeline, enrich_inputs
from services.ingestor.outcomes import Rejection


class MentionsOfTraffic:
    """An extractor that reports the first "Traffic" (after the reflowed lines) as a mention span."""

    def extract(self, body):
        from events.models import Entity, Mention

        start = body.find("Traffic")
        if start < 0:
            return (), ()
        mention = Mention(start=start, end=start + 7, text="Traffic")
        return (Entity(id="e1", name="Traffic", type="ORG", mentions=(mention,), mention_count=1),), ()


INPUT = (
    "The council approved $3 million for the old bridge.\n"
    "\tRepairs start in May,\r\n  officials said.\n"
    "\n\n\n"
    "Traffic   will be diverted.  \n"
)


def _enriched(tmp_path, skip_cleaning):
    path = tmp_path / "wire.txt"
    path.write_bytes(INPUT.encode("utf-8"))
    pipeline = OfflinePipeline(MentionsOfTraffic(), repeat_threshold=3, skip_cleaning=skip_cleaning)
    (item,) = enrich_inputs(pipeline, [str(path)], None, None, 10**6)
    assert not isinstance(item, Rejection)
    return item


def test_skip_cleaning_keeps_the_input_text_character_for_character(tmp_path):
    enriched = _enriched(tmp_path, skip_cleaning=True)
    assert enriched.body == INPUT  # single newlines, tabs, CRLF, blank-line runs and spaces all kept
    assert enriched.removed == () and enriched.empty_reason is None


def test_skip_cleaning_offsets_point_into_the_input(tmp_path):
    enriched = _enriched(tmp_path, skip_cleaning=True)
    spans = [(m.start, m.end, m.text) for e in enriched.entities for m in e.mentions]
    spans += [(f.start, f.end, f.text) for f in enriched.figures]
    assert {text for _, _, text in spans} >= {"Traffic", "$3 million"}
    for start, end, text in spans:
        assert INPUT[start:end] == text


def test_skip_cleaning_on_whitespace_only_input_says_the_body_is_empty():
    from datetime import datetime, timezone

    from events.models import ArticleReceived
    from services.processors.pipeline import pass_through

    received = ArticleReceived(
        article_id="a", source="s", input="-", format="text", content=" \n\t\n",
        content_hash="h", received_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
    )
    assert pass_through(received).empty_reason == "the input has no text"


def test_cleaning_still_normalises_the_body_when_not_skipped(tmp_path):
    enriched = _enriched(tmp_path, skip_cleaning=False)
    assert enriched.body != INPUT and "\t" not in enriched.body
