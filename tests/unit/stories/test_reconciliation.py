"""Figure reconciliation on constructed reports (not the seeds): grouping, tolerances, verdicts."""

import math
from datetime import datetime, timedelta, timezone

import pytest

from events.models import Entity, Figure, Mention
from services.processors.stories.reconciliation import Report, interval, reconcile, rounding_unit
from services.processors.stories.units import normalised_unit
from services.processors.stories.wording import read_wording

T0 = datetime(2025, 5, 10, 9, 0, tzinfo=timezone.utc)


def fig(sentence: str, text: str, *, offset: int = 0, **fields) -> Figure:
    start = offset + sentence.index(text)
    return Figure(text=text, start=start, end=start + len(text), sentence=sentence, **fields)


def report(article_id: str, outlet: str, *figures: Figure, hours: int = 0, entities=()) -> Report:
    return Report(article_id, outlet, T0 + timedelta(hours=hours), figures, entities)


def place(sentence: str, eid: str, name: str, type_: str = "GPE", offset: int = 0) -> Entity:
    start = offset + sentence.index(name)
    return Entity(id=eid, name=name, type=type_, mentions=(Mention(start=start, end=start + len(name), text=name),))


S_GULF = "Officials said about 4,000 sailors were sent to the gulf."
S_GULF_2 = "At least 5,200 marines were deployed to the gulf, the ministry said."


@pytest.mark.parametrize("unit, expected", [
    ("soldier", "troop"), ("troops", "troop"), ("servicemen", "troop"), ("military personnel", "troop"),
    ("military engineer and builder", "engineer"), ("round of artillery ammunition", "round"),
    ("fishing boats", "boat"), (None, None), ("", None),
])
def test_units_are_normalised_by_head_lemma_and_synonyms(unit, expected):
    assert normalised_unit(unit) == expected


@pytest.mark.parametrize("value, unit", [(11_000, 1000), (11_500, 100), (600, 100), (7, 1), (120_000, 10_000)])
def test_rounding_unit_is_the_last_nonzero_place(value, unit):
    assert rounding_unit(value) == unit


def test_intervals_follow_the_qualifier():
    assert interval(Figure(text="x", start=0, end=1, value=11_000, qualifier="approximate")) == (10_450, 11_550)
    assert interval(Figure(text="x", start=0, end=1, value=12_000, low=12_000, qualifier="lower-bound")) == (12_000, math.inf)
    assert interval(Figure(text="x", start=0, end=1, value=50, qualifier="upper-bound")) == (0, 50)
    assert interval(Figure(text="x", start=0, end=1, low=25, high=30, qualifier="increment")) == (25, 30)
    assert interval(Figure(text="x", start=0, end=1, value=7)) == (7, 7)
    assert interval(Figure(text="x", start=0, end=1)) is None


def test_a_vague_figure_reads_as_at_least_its_order_of_magnitude():
    thousands = Figure(text="thousands", start=0, end=9, low=1_000, qualifier="vague")
    assert interval(thousands) == (1_000, math.inf)
    assert interval(Figure(text="x", start=0, end=1, value=500, qualifier="vague")) == (450, 550)


def test_synonym_units_from_two_outlets_group_and_disagree_when_intervals_are_disjoint():
    s1 = "Western officials believe an estimated 9,000 soldiers were sent to the front."
    s2 = "The minister thanked them for deploying more than 10,000 troops to the front."
    groups = reconcile([
        report("a1", "Daily", fig(s1, "an estimated 9,000", value=9000, qualifier="approximate", unit="soldier",
                                   category="people-deployed", attribution="Western officials")),
        report("a2", "Herald", fig(s2, "more than 10,000", value=10000, low=10000, qualifier="lower-bound",
                                    unit="troop", category="people-deployed", attribution="state media"), hours=2),
    ])
    assert len(groups) == 1
    group = groups[0]
    assert (group.unit, group.verdict, group.action) == ("troop", "disagree", "deploy")
    assert [c.figure.attribution for c in group.claims] == ["Western officials", "state media"]
    assert [c["article_id"] for c in group.as_json()["figures"]] == ["a1", "a2"]


def test_overlapping_qualified_figures_agree():
    s1 = "Some 8,000 soldiers were sent across the border."
    s2 = "More than 7,500 troops were sent across the border."
    groups = reconcile([
        report("a1", "Daily", fig(s1, "Some 8,000", value=8000, qualifier="approximate", unit="soldier", category="people-deployed")),
        report("a2", "Herald", fig(s2, "More than 7,500", value=7500, low=7500, qualifier="lower-bound", unit="troop",
                                    category="people-deployed"), hours=1),
    ])
    assert [g.verdict for g in groups] == ["agree"]


def test_a_range_and_a_value_inside_it_agree_and_increments_stay_apart_from_totals():
    s1 = "The army is set to deploy an additional 2,000 to 3,000 soldiers next month."
    s2 = "It will send 3,000 more troops, officials said."
    s3 = "In all, 9,000 troops are serving there."
    groups = reconcile([
        report("a1", "Daily", fig(s1, "an additional 2,000 to 3,000", low=2000, high=3000, qualifier="increment",
                                   unit="soldier", category="people-deployed")),
        report("a2", "Herald", fig(s2, "3,000", value=3000, qualifier="increment", unit="troop", category="people-deployed"),
               fig(s3, "9,000", value=9000, unit="troop", category="people-deployed", offset=len(s2) + 1), hours=1),
    ])
    assert len(groups) == 1
    assert groups[0].increment and groups[0].planned and groups[0].verdict == "agree"
    assert {c.figure.text for c in groups[0].claims} == {"an additional 2,000 to 3,000", "3,000"}


def test_a_later_report_from_the_same_source_is_an_update():
    s = "The health ministry said {} people were killed in the quake."
    first, second = s.format("120"), s.format("340")
    groups = reconcile([
        report("a2", "Herald", fig(second, "340", value=340, unit="people", category="people-killed",
                                    attribution="the health ministry"), hours=6),
        report("a1", "Daily", fig(first, "120", value=120, unit="people", category="people-killed",
                                   attribution="The health ministry")),
    ])
    assert [g.verdict for g in groups] == ["update"]
    assert [(c.article_id, c.superseded) for c in groups[0].claims] == [("a1", True), ("a2", False)]


def test_different_sources_with_disjoint_figures_disagree_even_when_one_updates():
    s = "{} said {} people were killed in the quake."
    groups = reconcile([
        report("a1", "Daily", fig(s.format("The ministry", "120"), "120", value=120, unit="people",
                                   category="people-killed", attribution="The ministry")),
        report("a2", "Herald", fig(s.format("The ministry", "300"), "300", value=300, unit="people",
                                    category="people-killed", attribution="The ministry"), hours=3),
        report("a3", "Post", fig(s.format("Rescuers", "500"), "500", value=500, unit="people",
                                  category="people-killed", attribution="Rescuers"), hours=4),
    ])
    assert [g.verdict for g in groups] == ["disagree"]


def test_other_categories_actions_plans_periods_and_subjects_keep_figures_apart():
    killed = "About 600 soldiers were killed in the fighting."
    sent = "About 600 soldiers were sent to the front."
    pledged = "The government pledged to send 600 soldiers."
    in_2023 = "In 2023, 600 soldiers were sent abroad."
    in_2024 = "In 2024, 700 soldiers were sent abroad."
    groups = reconcile([
        report("a1", "Daily", fig(killed, "About 600", value=600, qualifier="approximate", unit="soldier", category="people-killed"),
               fig(in_2023, "600", value=600, unit="soldier", category="people-deployed", offset=100)),
        report("a2", "Herald", fig(sent, "About 600", value=600, qualifier="approximate", unit="soldier", category="people-deployed"),
               fig(pledged, "600", value=600, unit="soldier", category="people-deployed", offset=100),
               fig(in_2024, "700", value=700, unit="soldier", category="people-deployed", offset=200), hours=1),
    ])
    assert len(groups) == 1  # "600 sent in 2023" and "about 600 sent" (no year): the rest stand alone
    assert {c.figure.sentence for c in groups[0].claims} == {in_2023, sent}


def test_named_subjects_must_share_a_place():
    s1 = "Norland sent 500 soldiers to the border."
    s2 = "Vesterland sent 800 soldiers to the border."
    groups = reconcile([
        report("a1", "Daily", fig(s1, "500", value=500, unit="soldier", category="people-deployed"),
               entities=[place(s1, "e-norland", "Norland")]),
        report("a2", "Herald", fig(s2, "800", value=800, unit="soldier", category="people-deployed"),
               entities=[place(s2, "e-vesterland", "Vesterland")], hours=1),
    ])
    assert groups == []


def test_figures_of_one_article_alone_are_no_group_and_unknown_units_are_left_out():
    s1 = "Police arrested 40 protesters and 12 more were detained later."
    groups = reconcile([
        report("a1", "Daily", fig(s1, "40", value=40, unit="protester", category="people-arrested"),
               fig(s1, "12", value=12, unit="protester", category="people-arrested")),
        report("a2", "Herald", fig("Thousands were hurt.", "Thousands", low=2000, high=10000, qualifier="vague",
                                    category="people-wounded"), hours=1),
    ])
    assert groups == []


def test_wording_reads_plans_actions_and_periods():
    at = datetime(2025, 7, 1, tzinfo=timezone.utc)
    w = read_wording("Officials believe 11,000 soldiers were sent last year.", "11,000", at)
    assert (w.action, w.planned, w.period) == ("deploy", False, 2024)
    w = read_wording("The country has pledged to send about 6,000 engineers.", "about 6,000", at)
    assert (w.action, w.planned, w.period) == ("deploy", True, None)
    assert read_wording("Officials believe 11,000 soldiers were sent last year.", "11,000", None).period is None
    w = read_wording("Plans were dropped, and 300 people died in 2019 and 2020.", "300", at)
    assert (w.action, w.planned, w.period) == ("kill", False, None)
