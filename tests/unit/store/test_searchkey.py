"""SQLite's list-ordered full-text row keys."""

from __future__ import annotations

from services.store.searchkey import SLOTS, first_key, group_of, next_in_group, preferred_key


def test_groups_are_milliseconds_and_keep_time_order() -> None:
    assert group_of("1970-01-01T00:00:00.000000+00:00") == 0
    assert group_of("1970-01-01T00:00:01.234999+00:00") == 1234
    assert group_of("1969-12-31T23:59:59.999000+00:00") == -1
    times = ["1800-01-01T00:00:00.000000+00:00", "2026-03-01T08:00:00.000000+00:00",
             "2026-03-01T08:00:00.001000+00:00", "2300-01-01T00:00:00.000000+00:00"]
    groups = [group_of(t) for t in times]
    assert groups == sorted(groups) and groups[1] < groups[2]


def test_keys_stay_in_their_group_and_in_64_bits() -> None:
    for when in ("0001-01-01T00:00:00.000000+00:00", "9999-12-31T23:59:59.999999+00:00"):
        group = group_of(when)
        key = preferred_key(group, "any-article")
        assert first_key(group) <= key < first_key(group + 1)
        assert -(2**63) <= key < 2**63
    last = first_key(7) + SLOTS - 1
    assert next_in_group(last) == first_key(7)
    assert next_in_group(first_key(7)) == first_key(7) + 1
