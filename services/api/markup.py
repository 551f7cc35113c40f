"""How an article reads on the editor's page: the cleaned paragraphs with the removed blocks
back in their places, and the entity mentions and figures of each paragraph marked.

Pure: takes the JSON document of ``ReadPort.get_article`` and returns plain values that the
template renders (and escapes). Placement: the input's blocks were numbered (``position``);
the removed ones carry their number, and the body's paragraphs are the kept blocks in order,
so walking the numbers puts each paragraph and each removed block where it stood. Spans that
do not fit (out of range, crossing a paragraph, overlapping an earlier span) are not marked,
never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Mark:
    """A span of the body to mark: an entity mention (with its entity) or a figure."""

    start: int
    end: int
    kind: str  # "entity" | "figure"
    entity_id: str | None = None
    entity_type: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Segment:
    text: str
    mark: Mark | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph of the body (``reason`` None) or a removed block (with its reason)."""

    segments: tuple[Segment, ...]
    reason: str | None = None

    @property
    def removed(self) -> bool:
        return self.reason is not None


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph; paragraphs are separated by a blank line."""
    spans, start = [], 0
    while start <= len(body):
        end = body.find(PARAGRAPH_BREAK, start)
        end = len(body) if end < 0 else end
        if body[start:end].strip():
            spans.append((start, end))
        start = end + len(PARAGRAPH_BREAK)
    return spans


def marks_of(article: Mapping[str, Any]) -> list[Mark]:
    """The entity mentions and figures of ``article``, in body order, without overlaps.

    At equal start the longer span wins; a span overlapping one already kept is dropped.
    """
    body_len = len(article.get("body") or "")
    found: list[Mark] = []
    for entity in article.get("entities") or ():
        for mention in entity.get("mentions") or ():
            found.append(Mark(mention["start"], mention["end"], "entity", entity["id"], entity["type"], entity["name"]))
    for figure in article.get("figures") or ():
        found.append(Mark(figure["start"], figure["end"], "figure", title=_figure_title(figure)))
    kept: list[Mark] = []
    for mark in sorted(found, key=lambda m: (m.start, -m.end)):
        if 0 <= mark.start < mark.end <= body_len and (not kept or mark.start >= kept[-1].end):
            kept.append(mark)
    return kept


def segments(body: str, start: int, end: int, marks: Iterable[Mark]) -> tuple[Segment, ...]:
    """``body[start:end]`` cut into plain and marked segments (marks must be sorted, disjoint)."""
    out, cursor = [], start
    for mark in marks:
        if mark.start < start or mark.end > end:
            continue
        if mark.start > cursor:
            out.append(Segment(body[cursor : mark.start]))
        out.append(Segment(body[mark.start : mark.end], mark))
        cursor = mark.end
    if cursor < end:
        out.append(Segment(body[cursor:end]))
    return tuple(out)


def layout(article: Mapping[str, Any]) -> list[Block]:
    """The blocks of the page in reading order: paragraphs and removed blocks interleaved."""
    body = article.get("body") or ""
    marks = marks_of(article)
    paragraphs = [Block(segments(body, s, e, marks)) for s, e in paragraph_spans(body)]
    removed = sorted(article.get("removed") or (), key=lambda r: r["position"])
    blocks: list[Block] = []
    p = 0
    for removal in removed:
        while p < len(paragraphs) and len(blocks) < removal["position"]:
            blocks.append(paragraphs[p])
            p += 1
        blocks.append(Block((Segment(removal["text"]),), reason=removal["reason"]))
    blocks.extend(paragraphs[p:])
    return blocks


def _figure_title(figure: Mapping[str, Any]) -> str:
    parts = [figure.get("category") or "other", figure.get("qualifier") or "exact"]
    if figure.get("attribution"):
        parts.append(f"according to {figure['attribution']}")
    return ", ".join(parts)
