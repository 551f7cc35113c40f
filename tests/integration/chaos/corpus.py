"""Inputs for the chaos runs: distinct short wire articles over many sources, and poison records.

Everything is derived from one ``random.Random``, so a seed reproduces the same inputs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import orjson

from services.ingestor.sidecar import SIDECAR

PEOPLE = ["Maria Lopez", "Chen Wei", "Amara Okafor", "John Smith", "Olga Petrova", "Ravi Kumar",
          "Fatima Haddad", "Lars Nilsson", "Ana Costa", "Kenji Sato"]
PLACES = ["Lisbon", "Nairobi", "Toronto", "Hanoi", "Oslo", "Lima", "Accra", "Manila", "Quito", "Tbilisi"]
EVENTS = ["the storm", "the floods", "the strike", "the fire", "the election", "the earthquake"]
WORDS = ("harbour ministry bridge council river market hospital school railway airport budget court "
         "village province union mayor police coast valley museum factory station treaty border").split()


def write_articles(folder: Path, count: int, sources: int, rng: random.Random) -> None:
    """``count`` distinct articles of about 70 words in ``sources`` folders (one source each).
    Their lines vary in words, not only in numbers, so no source's copy is learned as boilerplate."""
    for i in range(count):
        source = folder / f"outlet{i % sources:02d}"
        if not source.is_dir():
            source.mkdir(parents=True)
            (source / SIDECAR).write_text(f"{source.name}\n")  # the folder names its source
        person, place, event = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(EVENTS)
        a, b, c, d = rng.sample(WORDS, 4)
        (source / f"item{i:05d}.txt").write_text(
            f"Officials in {place} said on Monday that about {rng.randint(100, 90000)} people near the {a} "
            f"had been evacuated after {event}.\n\n"
            f"{person}, who speaks for the {b}, told reporters that more than {rng.randint(2, 400)} "
            f"families were sheltering by the {c} and that repairs would cost ${rng.randint(1, 900)} million.\n\n"
            f"\"The {d} will reopen,\" {person.split()[-1]} said.\n"
        )


@dataclass(frozen=True)
class Poison:
    kind: str
    key: bytes
    value: bytes | None


def poison_records(count: int, rng: random.Random, oversize_bytes: int = 30 * 1024 * 1024) -> list[Poison]:
    """``count`` records no stage can process: one of each kind, then random kinds; one oversize."""
    kinds = ["invalid-json", "wrong-types", "not-utf8", "unknown-version", "empty", "oversize"]
    chosen = kinds + [rng.choice(kinds[:-1]) for _ in range(max(0, count - len(kinds)))]
    return [Poison(kind, f"poison-{i:03d}-{kind}".encode(), _poison_value(kind, i, rng, oversize_bytes))
            for i, kind in enumerate(chosen[:count])]


def _poison_value(kind: str, i: int, rng: random.Random, oversize_bytes: int) -> bytes | None:
    envelope = {
        "specversion": "1.0", "id": f"p{i}", "source": "chaos", "type": "dev.copydesk.article.received.v1",
        "datacontenttype": "application/json", "subject": f"poison-{i}",
        "data": {"article_id": f"poison-{i}", "source": 42, "content": ["not", "text"]},
    }
    if kind == "invalid-json":
        return b'{"specversion": "1.0", "data": {' + str(i).encode()
    if kind == "wrong-types":
        return orjson.dumps(envelope)
    if kind == "not-utf8":
        return bytes([0xFF, 0xFE, 0x00, 0xC3, 0x28]) + rng.randbytes(64)
    if kind == "unknown-version":
        return orjson.dumps({**envelope, "type": "dev.copydesk.article.received.v99"})
    if kind == "empty":
        return b""
    return b"\x80" + b"x" * (oversize_bytes - 1)  # not UTF-8 either: its dead letter is base64
