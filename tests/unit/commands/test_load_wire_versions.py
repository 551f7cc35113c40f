"""A wire item's life through the offline pipeline into the store: an update is re-enriched and
becomes version 2 with its changed figure listed, the same update again changes nothing, a
cancellation hides the article and keeps its history."""

import orjson

from services.commands.load import load
from services.commands.process import OfflinePipeline
from services.store.memory import MemoryStore


class NoEntities:
    def extract(self, body):
        return (), ()


ITEM = {"uri": "urn:example:wire:flood", "headline": "Flood", "provider": {"name": "Example Wire"},
        "body_text": "Officials said 32 people were killed when the river burst its banks on Monday."}


def send(store, pipeline, tmp_path, name, doc):
    path = tmp_path / name
    path.write_bytes(orjson.dumps(doc))
    return load(store, pipeline, [str(path)], None, None, 10**6)


def test_an_update_is_version_2_and_a_cancellation_hides_it(tmp_path):
    store = MemoryStore()
    store.migrate()
    pipeline = OfflinePipeline(NoEntities(), repeat_threshold=3)
    send(store, pipeline, tmp_path, "v1.json", ITEM)
    (aid,) = store.article_versions()
    update = {**ITEM, "body_text": ITEM["body_text"].replace("32", "40")}
    send(store, pipeline, tmp_path, "v2.json", update)
    article = store.get_article(aid)
    assert "40 people" in article["body"] and article["source"] == "Example Wire"
    assert [f["value"] for f in article["figures"]] == [40.0]  # enriched again
    history = store.get_versions(aid)
    (change,) = history["versions"][1]["figures_changed"]
    assert (change["before"]["value"], change["after"]["value"]) == (32.0, 40.0)
    before = store.dump()
    send(store, pipeline, tmp_path, "v2.json", update)  # the same file again
    assert store.dump() == before  # an identical re-delivery changes nothing
    send(store, pipeline, tmp_path, "kill.json", {"uri": ITEM["uri"], "pubstatus": "canceled"})
    assert store.get_article(aid) is None and store.get_versions(aid)["withdrawn"]["status"] == "canceled"
    assert len(store.get_versions(aid)["versions"]) == 2
