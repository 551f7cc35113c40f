from __future__ import annotations

from services.api.markup import layout, marks_of, paragraph_spans


def doc(body: str, removed=(), entities=(), figures=()) -> dict:  # noqa: ANN001
    return {"body": body, "removed": list(removed), "entities": list(entities), "figures": list(figures)}


def test_paragraph_spans_skip_blank_paragraphs() -> None:
    body = "One.\n\nTwo two.\n\n\n\nThree."
    assert [body[s:e] for s, e in paragraph_spans(body)] == ["One.", "Two two.", "Three."]
    assert paragraph_spans("") == []


def test_removed_blocks_go_back_where_they_stood() -> None:
    article = doc(
        "First kept.\n\nSecond kept.",
        removed=[{"text": "Tail", "reason": "agency-tail", "position": 4},
                 {"text": "Top", "reason": "headline", "position": 0},
                 {"text": "Ad", "reason": "advertisement", "position": 2}],
    )
    blocks = layout(article)
    assert [(b.segments[0].text, b.reason) for b in blocks] == [
        ("Top", "headline"), ("First kept.", None), ("Ad", "advertisement"), ("Second kept.", None),
        ("Tail", "agency-tail"),
    ]


def test_removals_past_the_end_follow_the_body() -> None:
    blocks = layout(doc("Only.", removed=[{"text": "Far", "reason": "legal", "position": 40}]))
    assert [b.reason for b in blocks] == [None, "legal"]


def test_entities_and_figures_are_marked_in_their_paragraph() -> None:
    body = "Mayor Ada Lind spoke.\n\nLind said 300 homes flooded."
    lind = {"id": "ent_lind", "name": "Ada Lind", "type": "PERSON",
            "mentions": [{"start": 6, "end": 14, "text": "Ada Lind"}, {"start": 23, "end": 27, "text": "Lind"}]}
    homes = {"text": "300 homes", "start": 33, "end": 42, "category": "other", "qualifier": "exact", "attribution": None}
    blocks = layout(doc(body, entities=[lind], figures=[homes]))
    second = [(s.text, s.mark.kind if s.mark else None) for s in blocks[1].segments]
    assert second == [("Lind", "entity"), (" said ", None), ("300 homes", "figure"), (" flooded.", None)]
    assert "".join(s.text for b in blocks for s in b.segments) == body.replace("\n\n", "")


def test_bad_or_overlapping_spans_are_not_marked() -> None:
    body = "Port Ellis reopened."
    ents = [
        {"id": "e1", "name": "Port Ellis", "type": "GPE", "mentions": [{"start": 0, "end": 10, "text": "Port Ellis"}]},
        {"id": "e2", "name": "Ellis", "type": "PERSON", "mentions": [{"start": 5, "end": 10, "text": "Ellis"}]},
        {"id": "e3", "name": "X", "type": "ORG", "mentions": [{"start": 15, "end": 99, "text": "?"},
                                                            {"start": 4, "end": 4, "text": ""}]},
    ]
    assert [(m.start, m.end, m.entity_id) for m in marks_of(doc(body, entities=ents))] == [(0, 10, "e1")]
