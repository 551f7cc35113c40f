"""Machine-readable contract for subscribers: a JSON Schema per event, one AsyncAPI document.

``write_schemas(directory)`` writes ``<event_type>.v<N>.schema.json`` for every event (the
schema of the CloudEvent's ``data``), superseded versions included (old events on a topic still
name theirs in ``dataschema``), ``cloudevent-envelope.schema.json``, and ``asyncapi.json``
describing every topic, its key and the messages it carries (current versions).
"""

from __future__ import annotations

from pathlib import Path

import orjson

from events import envelope as ce
from events.legacy import SUPERSEDED
from events.models import EVENT_CLASSES, Event
from events.topics import ALL_TOPICS


def schema_name(cls: type[Event]) -> str:
    return f"{cls.event_type}.v{cls.event_version}"


def event_schema(cls: type[Event]) -> dict:
    schema = cls.model_json_schema(mode="serialization")
    schema["$id"] = f"{ce.SCHEMA_BASE}{schema_name(cls)}"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def asyncapi(prefix: str = "") -> dict:
    messages = {
        cls.__name__: {
            "name": cls.__name__,
            "title": schema_name(cls),
            "summary": (cls.__doc__ or "").strip().splitlines()[0],
            "contentType": ce.CONTENT_TYPE.split(";")[0],
            "headers": {"type": "object", "properties": {"content-type": {"const": ce.CONTENT_TYPE}}},
            "payload": {
                "type": "object",
                "required": ["specversion", "id", "source", "type", "data"],
                "properties": {
                    "specversion": {"const": ce.SPEC_VERSION},
                    "id": {"type": "string"},
                    "source": {"type": "string"},
                    "type": {"const": ce.versioned_type(cls.event_type, cls.event_version)},
                    "subject": {"type": "string", "description": cls.key_field},
                    "time": {"type": "string", "format": "date-time"},
                    "dataschema": {"type": "string"},
                    "partitionkey": {"type": "string", "description": f"{cls.key_field}, also the Kafka key"},
                    "data": {"$ref": f"#/components/schemas/{cls.__name__}"},
                },
            },
            "bindings": {"kafka": {"key": {"type": "string", "description": cls.key_field}}},
        }
        for cls in EVENT_CLASSES
    }
    schemas: dict = {}
    for cls in EVENT_CLASSES:
        schema = cls.model_json_schema(mode="serialization", ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[cls.__name__] = schema
    channels = {
        topic.base: {
            "address": topic.name(prefix),
            "description": f"{topic.description} Written by the {topic.producer}.",
            "messages": {cls.__name__: {"$ref": f"#/components/messages/{cls.__name__}"} for cls in topic.carries},
        }
        for topic in ALL_TOPICS
    }
    operations = {
        f"receive-{topic.base}": {
            "action": "receive",
            "channel": {"$ref": f"#/channels/{topic.base}"},
            "summary": f"Subscribe to {topic.name(prefix)}",
        }
        for topic in ALL_TOPICS
    }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "copydesk events",
            "version": "1.0.0",
            "description": (
                "CloudEvents 1.0 in structured content mode over Kafka: each record value is a JSON "
                "CloudEvent whose data is the event payload; the record key is the article_id (the story_id "
                "on the stories topic)."
            ),
        },
        "defaultContentType": "application/cloudevents+json",
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def write_schemas(directory: Path, prefix: str = "") -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for cls in EVENT_CLASSES + SUPERSEDED:
        path = directory / f"{schema_name(cls)}.schema.json"
        path.write_bytes(orjson.dumps(event_schema(cls), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
        written.append(path)
    env_path = directory / "cloudevent-envelope.schema.json"
    env_path.write_bytes(orjson.dumps(ce.Envelope.model_json_schema(), option=orjson.OPT_INDENT_2))
    written.append(env_path)
    api_path = directory / "asyncapi.json"
    api_path.write_bytes(orjson.dumps(asyncapi(prefix), option=orjson.OPT_INDENT_2))
    written.append(api_path)
    return written
