"""copydesk run waits for the versions it sent: one the store already holds (the seeds ingested a
second time) counts at once, an embargoed one counts once stored, a missing one is reported."""

from datetime import datetime, timedelta, timezone

from events.models import ArticleEnriched, ArticleReceived
from services.commands.run import _await_stored
from services.store.memory import MemoryStore
from services.store.port import Delivery

T = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)


class Running:
    def supervise(self) -> bool:
        return True


def received(aid: str, content_hash: str, at: datetime) -> ArticleReceived:
    return ArticleReceived(article_id=aid, source="s", input="x.txt", format="text", content="Body.",
                           content_hash=content_hash, received_at=at)


def test_a_version_already_stored_or_embargoed_counts_and_a_new_one_is_missing():
    store = MemoryStore()
    store.migrate()
    held = dict(embargoed_until=T + timedelta(days=365 * 20))
    store.apply([
        Delivery(ArticleEnriched(article_id="a-1", source="s", input="x.txt", format="text", content_hash="h1",
                                 received_at=T, body="Body."), "t", 0, 0),
        Delivery(ArticleEnriched(article_id="a-2", source="s", input="y.txt", format="text", content_hash="h2",
                                 received_at=T, body="Body.", **held), "t", 0, 1),
    ])
    again = received("a-1", "h1", T + timedelta(hours=1))  # the same input sent again: nothing will change
    embargoed = received("a-2", "h2", T)
    new = received("a-1", "h3", T + timedelta(hours=2))
    assert _await_stored(store, [again, embargoed], Running(), timeout=5) == []
    assert _await_stored(store, [again, new], Running(), timeout=0.2) == [new]
