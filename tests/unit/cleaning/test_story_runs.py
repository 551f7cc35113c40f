"""Runs of prose read against story headers, on constructed weights."""

from services.processors.cleaning.story_runs import (
    CHROME_WEIGHT,
    HEADER_BREAK,
    break_at_headers,
    first_story,
    headed_opening,
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


def test_a_run_stamped_under_its_standfirst_keeps_its_place_before_a_later_header():
    # standfirst (0), its byline and date (1), the story (2, 5); chrome; a teaser's header (6, 7) over its run
    weights = [2.5, C, 9.0, 8.0, 7.0, C, S, C, 3.0, 3.0, C]
    stamped = [False, True, False, False, False, False, False, True, False, False, False]
    assert story_under_header((0, 5), [(6, 7)], weights, stamped, 4.0) == (0, 5)
    unstamped = [False] * len(weights)
    unstamped[7] = True
    assert story_under_header((0, 5), [(6, 7)], weights, unstamped, 4.0) == (8, 10)  # a banner: the story is below


def test_a_story_many_times_heavier_than_the_run_under_a_later_header_is_no_banner():
    # a long unstamped story (0, 6), a related heading, a teaser's header (7, 8) over a site's box (9, 11)
    weights = [8.0, 9.0, 7.5, 6.0, 9.0, 5.0, C, S, C, 3.0, 3.5, C]
    stamped = [False] * len(weights)
    stamped[8] = True
    assert story_under_header((0, 6), [(7, 8)], weights, stamped, 4.0) == (0, 6)
    assert story_under_header((0, 2), [(7, 8)], weights, stamped, 4.0) == (9, 11)  # 17 against 6.5: a banner


def test_heaviest_prefix_stops_where_the_sum_peaks():
    assert heaviest_prefix([1.0, 2.0, -5.0, 1.0], 0) == (2, 3.0)


def test_a_run_above_the_story_about_the_same_thing_is_kept():
    weights = [6.0, C, S, S, C, 3.0]
    stamped = [False, False, False, False, True, False]
    same = first_story([(0, 1), (5, 6)], [(3, 4)], weights, stamped, lambda run, story: run == (0, 1))
    assert same == [(0, 1), (5, 6)]


def test_a_story_with_its_date_under_the_standfirst_is_not_dropped_for_a_teaser_below():
    from services.processors.cleaning import clean

    story = [
        "Seit Dezember verschickt eine Firma zahlreiche Abmahnungen wegen fehlerhafter Bildnachweise an Nutzer, "
        "die Fotos aus dem Netz auf ihren Seiten zeigen. Wir haben monatelang recherchiert und legen jetzt das "
        "Netzwerk der Abmahner offen, das hinter den Briefen steht.",
        "23.06.2016 um 16:14 Uhr - Anna Weber - 12 Kommentare",
        "Zwei Männer stehen Arm in Arm vor einem Weinberg. Sie lachen und halten Gläser in der Hand, zwischen "
        "ihnen steht ein großes Fass, und im Hintergrund sieht man die Hügel der Pfalz im Abendlicht.",
        "Einer der beiden ist Vorsitzender eines Verbandes, der andere vertritt als Anwalt dessen Fälle vor "
        "Gericht. Gemeinsam haben sie in den vergangenen Monaten Hunderte Briefe an Nutzer verschickt.",
        "Die Forderungen liegen meist bei einigen hundert Euro, und viele der Betroffenen zahlen, weil sie einen "
        "langen Streit vor Gericht fürchten, auch wenn ihnen das Vorgehen der Firma fragwürdig erscheint.",
    ]
    teaser = [
        "Gericht schränkt private Videoüberwachung beim Zahnarzt deutlich ein",
        "Maximilian Henning - 06.06.2019 um 16:05 Uhr",
        "Ist Videoüberwachung beim Zahnarzt erlaubt? Darüber urteilte das Gericht in der vergangenen Woche und "
        "empfahl der Praxis, statt der Kameras im Wartezimmer abschließbare Fächer für die Garderobe der Patienten "
        "aufzustellen, weil die Aufnahmen mehr über die Menschen verraten, als für den Schutz ihrer Sachen nötig ist.",
        "Die Richter ließen die Revision nicht zu, die Praxis kann aber noch Beschwerde einlegen, über die dann "
        "das höchste Gericht entscheiden müsste, was nach Auskunft ihres Anwalts noch in diesem Jahr geschehen soll.",
    ]
    chrome = ["Schlagworte", "Urheberrecht", "Abmahnungen", "Beitrags-Navigation", "Unsere Lesetipps"]
    page = "\n".join(["Themen", "Podcast", "Shop", "Die Abmahner: ein Netzwerk", *story, *chrome, *teaser, "Impressum"])
    body = clean(page, "text").body
    assert story[2] in body and story[4] in body  # (the teaser, a run under its own header, stays too)


def test_a_run_under_its_own_header_past_a_share_bar_gives_way_to_no_later_header():
    # header (0, 2): headline, byline, date; a share bar's labels (4) and photo credits to 12; the
    # story (13, 17); an author box's "More from" line and date (19, 20) over a newsletter's terms
    weights = [S, S, S, C, 1.4, C, S, C, C, S, S, S, S, 4.0, 5.0, 6.6, 10.0, C, C, S, S, 7.4, 3.9, C]
    stamped = [False] * len(weights)
    stamped[1] = stamped[2] = stamped[20] = True
    headers = [(0, 2), (19, 20)]
    assert story_under_header((13, 17), headers, weights, stamped, 4.0) == (13, 17)
    assert first_story([(13, 17), (21, 23)], headers, weights, stamped) == [(13, 17)]
    wordy = list(weights)
    wordy[4] = wordy[8] = 3.0  # a paragraph's worth of prose between: the header heads that, not the run
    assert story_under_header((13, 17), headers, wordy, stamped, 4.0) == (21, 23)


def test_the_opening_under_the_header_above_an_unheaded_story_is_its_opening_when_about_the_same_thing():
    # header (0, 1) over the story's opening (2, 4); a comparison table of short lines (4, 30); the
    # heavier rest of the story (30, 34), which no header heads
    weights = [S, S, 2.0, 3.0] + [S] * 26 + [5.0, 6.0, 4.0, 7.0]
    stamped = [False] * len(weights)
    stamped[1] = True

    def runs(low, high):
        return [(2, 4)] if low <= 2 and 4 <= high else []

    assert headed_opening((30, 34), [(0, 1)], weights, stamped, runs, lambda run, story: True) == (2, 4)
    assert headed_opening((30, 34), [(0, 1)], weights, stamped, runs, lambda run, story: False) is None  # a teaser
    assert headed_opening((2, 4), [(0, 1)], weights, stamped, runs, lambda run, story: True) is None  # headed itself

    def far(low, high):
        return [(20, 22)]  # a run 19 blocks under the stamp, past HEADED_GAP_MAX: not the header's

    assert headed_opening((30, 34), [(0, 1)], weights, stamped, far, lambda r, s: True) is None
