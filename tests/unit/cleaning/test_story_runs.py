"""Runs of prose read against story headers, on constructed weights."""

from services.processors.cleaning.story_runs import (
    CHROME_WEIGHT,
    HEADER_BREAK,
    break_at_headers,
    first_story,
    heaviest_prefix,
    story_under_header,
)

C, S = CHROME_WEIGHT, -0.3  # page chrome, a short line


def test_a_header_after_chrome_breaks_the_run_and_one_after_prose_does_not():
    weights = [3.0, C, S, C, 3.0, S, C, 3.0]
    break_at_headers(weights, [(2, 3), (5, 6)])
    assert weights[2] == HEADER_BREAK  # chrome (1) between it and the prose above
    assert weights[5] == S  # prose (4) straight above


def test_the_first_headed_run_is_the_story_and_a_later_headed_run_after_chrome_is_not():
    # header (1, 2) over run (3, 5); chrome 5; header (6, 7) over run (8, 10)
    weights = [S, S, C, 3.0, 3.0, C, S, C, 5.0, 5.0]
    spans = [(3, 5), (8, 10)]
    stamped = [False, False, True, False, False, False, False, True, False, False]
    assert first_story(spans, [(1, 2), (6, 7)], weights, stamped) == [(3, 5)]


def test_an_unstamped_run_above_the_story_header_after_chrome_is_dropped():
    weights = [6.0, C, S, S, C, 3.0]
    stamped = [False, False, False, False, True, False]
    assert first_story([(0, 1), (5, 6)], [(3, 4)], weights, stamped) == [(5, 6)]
    weights_stamped_above = [S, 6.0, C, S, S, C, 3.0]
    stamped_above = [True, False, False, False, False, True, False]
    assert first_story([(1, 2), (6, 7)], [(4, 5)], weights_stamped_above, stamped_above) == [(1, 2), (6, 7)]


def test_a_heavier_unstamped_run_gives_way_to_the_story_under_the_next_header():
    weights = [9.0, C, S, C, 2.5, 2.5, C]
    stamped = [False, False, False, True, False, False, False]
    assert story_under_header((0, 1), [(2, 3)], weights, stamped, 4.0) == (4, 6)
    assert story_under_header((0, 1), [(2, 3)], weights, stamped, 6.0) == (0, 1)  # too light to be the story


def test_heaviest_prefix_stops_where_the_sum_peaks():
    assert heaviest_prefix([1.0, 2.0, -5.0, 1.0], 0) == (2, 3.0)


def test_a_run_above_the_story_about_the_same_thing_is_kept():
    weights = [6.0, C, S, S, C, 3.0]
    stamped = [False, False, False, False, True, False]
    same = first_story([(0, 1), (5, 6)], [(3, 4)], weights, stamped, lambda run, story: run == (0, 1))
    assert same == [(0, 1), (5, 6)]
