"""`copydesk dlq`'s pure part: --since, the filters, the status of a letter and its one-line form."""

from datetime import datetime, timedelta, timezone

import pytest

from events.models import DeadLetter
from services.common.dead_letter_selection import Selection, describe, format_age, origin, parse_since, status
from services.common.dead_letters import dead_letter

NOW = datetime(2026, 3, 4, 12, 0, 0, tzinfo=timezone.utc)


def letter(stage="cleaning", ago=timedelta(minutes=3), offset=17, message="not a CloudEvents 1.0 envelope") -> DeadLetter:
    made = dead_letter(stage=stage, topic="copydesk.articles.raw", partition=0, offset=offset, key=b"a-1",
                       value=b"x", exc=ValueError(message))
    return made.model_copy(update={"failed_at": NOW - ago})


@pytest.mark.parametrize(
    "text, back",
    [("90s", timedelta(seconds=90)), ("10m", timedelta(minutes=10)), ("2h", timedelta(hours=2)),
     ("1d", timedelta(days=1)), ("1w", timedelta(weeks=1)), ("1h30m", timedelta(minutes=90)), (" 5m ", timedelta(minutes=5))],
)
def test_since_as_a_duration_counts_back_from_now(text, back):
    assert parse_since(text, NOW) == NOW - back


@pytest.mark.parametrize(
    "text, when",
    [
        ("2026-03-04T11:00:00Z", datetime(2026, 3, 4, 11, tzinfo=timezone.utc)),
        ("2026-03-04T13:00:00+02:00", datetime(2026, 3, 4, 11, tzinfo=timezone.utc)),
        ("2026-03-04T11:00", datetime(2026, 3, 4, 11, tzinfo=timezone.utc)),  # no offset: UTC
        ("2026-03-04", datetime(2026, 3, 4, tzinfo=timezone.utc)),
    ],
)
def test_since_as_an_iso_time(text, when):
    assert parse_since(text, NOW) == when


@pytest.mark.parametrize("text", ["", "10", "m", "10 minutes", "yesterday", "-5m", "2026-13-01"])
def test_since_refuses_anything_else_naming_the_accepted_forms(text):
    with pytest.raises(ValueError, match="ISO 8601 time .* or a duration"):
        parse_since(text, NOW)


def test_selection_by_stage_and_time():
    old, new, projector = letter(ago=timedelta(hours=3)), letter(), letter(stage="projector")
    assert [Selection().matches(x) for x in (old, new, projector)] == [True, True, True]
    assert [Selection(stage="cleaning").matches(x) for x in (old, new, projector)] == [True, True, False]
    since = Selection(since=parse_since("1h", NOW))
    assert [since.matches(x) for x in (old, new, projector)] == [False, True, True]
    assert Selection(since=NOW - timedelta(minutes=3)).matches(new)  # at the bound: included


@pytest.mark.parametrize(
    "seconds, text",
    [(-4, "0s"), (0, "0s"), (59.9, "59s"), (60, "1m"), (3599, "59m"), (3600, "1h"),
     (86399, "23h"), (86400, "1d"), (40 * 86400, "40d")],
)
def test_age_is_one_whole_unit_rounded_down(seconds, text):
    assert format_age(seconds) == text


def test_status_pending_replayed_or_unrecoverable():
    fresh = letter()
    assert status(fresh, set()) == "pending"
    assert status(fresh, {origin(fresh)}) == "replayed"
    assert status(letter(offset=18), {origin(fresh)}) == "pending"
    lossy = fresh.model_copy(update={"payload_encoding": "utf-8-replaced"})
    assert status(lossy, set()) == "unrecoverable"


def test_one_line_per_letter_with_age_stage_place_status_and_error():
    line = describe(letter(message="first line\n  second   line"), NOW, "pending")
    assert line == "  3m  cleaning    copydesk.articles.raw[0]@17  pending        ValueError: first line second line"
    long = describe(letter(message="x" * 500), NOW, "replayed")
    assert long.endswith("ValueError: " + "x" * 159 + "…") and "  replayed  " in long
    assert describe(letter(message=""), NOW, "pending").endswith("pending        ValueError")
