"""`copydesk load`: the offline pipeline into the store, idempotent, without a broker."""

from services.commands.load import load
from services.commands.process import OfflinePipeline
from services.store.memory import MemoryStore


class NoEntities:
    def extract(self, body):
        return (), ()


def test_load_projects_every_input_and_reloading_adds_no_article(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "one.txt").write_text("Flood waters rose by about 2 metres in the valley town, officials said on Monday.\n")
    (folder / "two.txt").write_text("The council approved a budget of $3 million for repairs to the old bridge on Tuesday.\n")
    (folder / "empty.txt").write_text("")
    store = MemoryStore()
    store.migrate()
    pipeline = OfflinePipeline(NoEntities(), repeat_threshold=3)
    assert load(store, pipeline, [str(folder)], None, None, 10**6) == (2, 1)
    assert load(store, pipeline, [str(folder)], None, None, 10**6) == (2, 1)  # applied again, upserted
    assert store.stats()["articles"] == 2
    figures = [f for aid in store.article_versions() for f in store.get_article(aid)["figures"]]
    assert {f["value"] for f in figures} >= {2.0, 3_000_000.0}
