"""Same-event clustering (``stories.clustering`` through ``assign_story``): joining, opening, merging,
the time window, and the state staying bounded as the stream goes on."""

from datetime import datetime, timedelta, timezone

from events.models import Entity
from services.processors.stories import assign_story
from services.processors.stories.clustering import Features, Placement, place, record, resolve
from services.processors.stories.terms import terms

T0 = datetime(2025, 2, 3, 6, tzinfo=timezone.utc)


def ents(*names, salience=0.6):
    return [Entity(id="e-" + n.lower().replace(" ", "-"), name=n, type="GPE" if n in PLACES else "PERSON",
                   salience=salience) for n in names]


PLACES = {"Izmir", "Turkey", "Arequipa", "Peru", "Kaldborg", "Norland"}
IZMIR_1 = ("A magnitude 6.8 earthquake struck near Izmir in Turkey on Monday, killing at least 212 people. "
           "Rescue coordinator Aylin Demir said teams searched collapsed buildings through the night, and the "
           "disaster agency said 1,450 people were injured. Aftershocks rattled the coastal city on Tuesday.")
IZMIR_2 = ("Turkish rescuers pulled survivors from the rubble in Izmir after the 6.8 quake, which left 212 dead "
           "according to the disaster agency. Minister Kemal Arslan said 1,450 were hurt and promised tents for "
           "families whose homes collapsed in the port city.")
PERU = ("A magnitude 6.1 earthquake hit Arequipa in southern Peru on Thursday, killing 38 people. The civil defence "
        "chief Rosa Quispe said rescuers were searching collapsed adobe houses, and 300 people were injured.")
STRIKE = ("Dock workers in Kaldborg walked out over pay on Monday, halting the port. Union leader Jonas Berg said "
          "the strike would last two weeks unless the harbour authority raised its offer of 3 per cent.")

STRIKE_2 = ("The port of Kaldborg stood idle as dock workers struck for higher pay. Jonas Berg, who leads the union, "
            "called the harbour authority's 3 per cent offer an insult and warned the walkout could go on for weeks.")


def test_one_event_in_other_words_joins_and_the_same_kind_elsewhere_opens_its_own_story():
    state = {}
    first = assign_story("a1", IZMIR_1, ents("Izmir", "Turkey", "Aylin Demir"), state, at=T0)
    second = assign_story("a2", IZMIR_2, ents("Izmir", "Kemal Arslan"), state, at=T0 + timedelta(hours=5))
    peru = assign_story("a3", PERU, ents("Arequipa", "Peru", "Rosa Quispe"), state, at=T0 + timedelta(days=2))
    strike = assign_story("a4", STRIKE, ents("Kaldborg", "Jonas Berg"), state, at=T0 + timedelta(hours=6))
    assert second.story_id == first.story_id
    assert len({first.story_id, peru.story_id, strike.story_id}) == 3
    assert (first.merged, second.merged, peru.merged) == ((), (), ())


def test_a_story_is_closed_once_its_last_article_is_older_than_the_window():
    state = {}
    first = assign_story("a1", IZMIR_1, ents("Izmir", "Turkey"), state, at=T0, story_window=timedelta(days=3))
    near = assign_story("a2", IZMIR_2, ents("Izmir"), state, at=T0 + timedelta(days=2), story_window=timedelta(days=3))
    late = assign_story("a3", IZMIR_1 + " Later.", ents("Izmir", "Turkey"), state, at=T0 + timedelta(days=12),
                        story_window=timedelta(days=3))
    assert near.story_id == first.story_id
    assert late.story_id != first.story_id
    assert f"story:{first.story_id}" not in state and "article:a1" not in state and "article:a2" not in state


def test_an_article_matching_two_stories_strongly_merges_them_into_the_older():
    state: dict = {}
    window = 3 * 86400.0
    t = T0.timestamp()
    quake = Features({"izmir": 1.0}, {"e-izmir": 1.0}, [1])
    port = Features({"kaldborg": 1.0}, {"e-kaldborg": 1.0}, [2])
    record("s-quake", quake, t, state, window)
    record("s-port", port, t + 3600, state, window)
    assert place(quake, t + 60, state, window) == Placement("s-quake")
    both = Features({"izmir": 0.8, "kaldborg": 0.6}, {"e-izmir": 1.0, "e-kaldborg": 1.0}, [1, 2])
    assert place(both, t + 7200, state, window) == Placement("s-quake", ("s-port",))
    assert "story:s-port" not in state and state["alias:s-port"] == ["s-quake", t + 3600]
    assert state["story:s-quake"]["n"] == 2 and set(state["story:s-quake"]["e"]) == {"e-izmir", "e-kaldborg"}
    assert [p[0] for p in state["sp:2"]] == ["s-quake"]  # the merged story's postings lead to the survivor
    assert resolve("s-port", state) == "s-quake"
    assert place(port, t + 7300, state, window) == Placement("s-quake")


def test_a_placement_reports_its_merge_once():
    state = {}
    quake = assign_story("a1", IZMIR_1, ents("Izmir", "Turkey", "Aylin Demir"), state, at=T0)
    port = assign_story("a2", STRIKE, ents("Kaldborg", "Jonas Berg", "Norland"), state, at=T0 + timedelta(hours=1))
    body = " ".join([IZMIR_1, STRIKE_2, STRIKE])  # a round-up of both, too long to be a copy of either
    both = assign_story("a3", body, ents("Izmir", "Turkey", "Aylin Demir", "Kaldborg", "Jonas Berg", "Norland"), state,
                        at=T0 + timedelta(hours=2))
    assert both.duplicate_of is None
    assert both.story_id == quake.story_id and both.merged == (port.story_id,)
    again = assign_story("a3", body, ents("Izmir"), state, at=T0 + timedelta(hours=2))
    assert again.story_id == quake.story_id and again.merged == ()  # a redelivery does not merge twice


def test_a_re_seen_article_changes_nothing():
    state = {}
    first = assign_story("a1", IZMIR_1, ents("Izmir", "Turkey"), state, at=T0)
    assign_story("a2", PERU, ents("Arequipa", "Peru"), state, at=T0 + timedelta(hours=1))
    snapshot = dict(state)
    assert assign_story("a1", IZMIR_1, ents("Izmir", "Turkey"), state, at=T0) == first
    assert state == snapshot


def test_the_state_stays_bounded_by_the_window_as_the_stream_goes_on():
    state: dict = {}
    sizes = {}
    for k in range(600):  # 30 days at one article every 72 minutes, 40 events of 15 articles
        event = k // 15
        body = (f"Event {event} report {k}: officials in Place{event} said {event * 37 + 1000} people were "
                f"affected as Person{event} Surname{event % 7} visited the scene. " + STRIKE[: 40 + k % 50])
        at = T0 + timedelta(minutes=72 * k)
        assign_story(f"a{k}", body, ents(f"Place{event}", f"Person{event}"), state, at=at,
                     duplicate_window=timedelta(days=1), story_window=timedelta(days=2))
        if k in (200, 400, 599):
            sizes[k] = {p: sum(1 for key in state if key.startswith(p)) for p in ("article:", "story:", "st:slot:", "alias:")}
    assert sizes[599] == sizes[400] or all(sizes[599][p] <= sizes[200][p] + 2 for p in sizes[599])
    assert sizes[599]["article:"] <= 2 * 24 * 60 // 72 + 2  # about a window's worth of articles


def test_terms_meet_across_spellings_of_numbers_and_plurals():
    assert terms("12,000 rescuers and the rescuer") == {"12000": 1, "rescuer": 2}
    assert "the" not in terms("the")
