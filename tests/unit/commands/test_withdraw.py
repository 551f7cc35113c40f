"""copydesk withdraw: an editor's kill is an ArticleWithdrawn on the enriched topic, keyed by the
article id given or derived from a wire item's id as the ingestor derives it."""

from datetime import datetime, timezone

import pytest

from events.codec import decode
from events.models import ArticleWithdrawn
from events.topics import ENRICHED, RAW
from services.bus.memory import MemoryPublisher
from services.cli import _parser
from services.commands.withdraw import withdrawals
from services.ingestor.identity import article_id
from services.ingestor.publish import publish_articles

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_ids_become_withdrawals_on_the_enriched_topic():
    given = "a-" + "0" * 24
    events = withdrawals([given, "urn:example:wire:1"], "killed", " Legal ", NOW)
    assert [e.article_id for e in events] == [given, article_id("urn:example:wire:1", "")]
    assert {(e.status, e.reason, e.source) for e in events} == {("killed", "Legal", "editor")}
    publisher = MemoryPublisher()
    publish_articles(publisher, RAW.name("p."), events)
    sent = publisher.on(ENRICHED.name("p."))
    assert [r.key for r in sent] == [e.article_id for e in events] and not publisher.on(RAW.name("p."))
    assert decode(sent[0].value, ArticleWithdrawn) == events[0]


def test_a_blank_id_is_refused_and_the_command_parses_its_options():
    with pytest.raises(ValueError, match="empty id"):
        withdrawals(["  "], "killed", None, NOW)
    args = _parser().parse_args(["withdraw", "a-1", "urn:2", "--status", "canceled", "--reason", "Legal"])
    assert (args.command, args.ids, args.status, args.reason) == ("withdraw", ["a-1", "urn:2"], "canceled", "Legal")
