import orjson

from events.schemas import write_schemas
from events.topics import ALL_TOPICS


def test_writes_a_schema_per_event_and_an_asyncapi_document(tmp_path):
    written = {p.name for p in write_schemas(tmp_path, prefix="prod.")}
    assert "dev.copydesk.article.enriched.v1.schema.json" in written
    assert "dev.copydesk.message.dead-lettered.v1.schema.json" in written
    enriched = orjson.loads((tmp_path / "dev.copydesk.article.enriched.v1.schema.json").read_bytes())
    assert {"entities", "figures", "body", "removed"} <= set(enriched["properties"])
    api = orjson.loads((tmp_path / "asyncapi.json").read_bytes())
    assert api["asyncapi"].startswith("3.")
    assert {c["address"] for c in api["channels"].values()} == {t.name("prod.") for t in ALL_TOPICS}
    assert "ArticleEnriched" in api["components"]["schemas"]
