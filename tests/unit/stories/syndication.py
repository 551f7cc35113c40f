"""A generated test corpus of syndicated copies: original articles on a few running stories, and
copies of some of them with the edits an outlet makes to wire copy (a new headline line, a
trimmed tail, an inserted credit line, a reordered paragraph).

Articles of one story share people, places, organisations and sentence templates (hard
negatives: alike in wording, yet not copies). Deterministic by seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

FIRST = "Anna Jonas Mia Piotr Leila Omar Sofia Tomas Ines Karim Hana Lucas Nadia Victor Elif Marco".split()
LAST = "Keller Berg Holt Nowak Haddad Said Rossi Lind Costa Mansour Sato Brandt Petrov Varga Demir Ferri".split()
PLACES = "Kaldborg Norland Vesterhavn Ostrava Melrose Tarragon Lisburn Corvale Dunmore Alderney Pellham Rivas".split()
ORGS = ("the harbour authority", "the interior ministry", "the red cross", "the port workers' union", "the city council",
        "the coast guard", "the regional court", "the central bank", "the health agency", "the transport board")
THINGS = ("the flooding", "the strike", "the outbreak", "the budget dispute", "the wildfire", "the port closure",
          "the power cuts", "the border talks", "the trial", "the fuel shortage")
CREDITS = ("(Reuters) -", "(AP) —", "- AFP", "With Post wires", "With wire services", "AP", "Reuters")
T0 = datetime(2025, 6, 1, 6, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Article:
    article_id: str
    body: str
    story: int
    original: str  # the article it copies, or its own id
    at: datetime


def _sentence(rng: random.Random, people: list[str], place: str, orgs: list[str], thing: str) -> str:
    n = rng.choice((rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 90000)))
    person = rng.choice(people)
    org = rng.choice(orgs)
    return rng.choice((
        f"At least {n:,} people have been affected since {thing} began, according to {org}.",
        f"{person} said on {rng.choice(('Monday', 'Tuesday', 'Friday'))} that {thing} would cost {org} about ${n:,}.",
        f"{org.capitalize()} said {thing} had left {n:,} homes in and around {place} without power.",
        f"Residents of {place} told reporters they had waited {rng.randint(2, 30)} days for help.",
        f"{person} warned that {thing} could last another {rng.randint(2, 40)} days unless {org} stepped in.",
        f"According to {org}, about {n:,} workers were sent to {place} on {rng.choice(('Sunday', 'Wednesday'))}.",
        f"\"We have seen nothing like this in {place},\" {person} said after meeting {org}.",
        f"Talks between {org} and {rng.choice(orgs)} on {thing} are due to resume next week, {person} said.",
        f"Prices in {place} climbed {rng.randint(2, 40)} percent as {thing} disrupted supplies.",
        f"The {rng.choice(('sharp', 'steady', 'sudden'))} change came after {org} raised concerns about {thing}.",
    ))


def _body(rng: random.Random, story: tuple[list[str], str, list[str], str]) -> list[str]:
    people, place, orgs, thing = story
    paragraphs = rng.randint(5, 11)
    return [" ".join(_sentence(rng, people, place, orgs, thing) for _ in range(rng.randint(2, 4)))
            for _ in range(paragraphs)]


def syndicated(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A copy with one to four syndication edits, each applied with its own chance."""
    out = list(paragraphs)
    edits = rng.sample(("headline", "trim", "credit", "reorder"), rng.randint(1, 4))
    if "reorder" in edits and len(out) > 2:
        i = rng.randrange(1, len(out))
        j = rng.randrange(len(out))
        out.insert(j, out.pop(i))
    if "trim" in edits:
        keep = max(2, round(len(out) * rng.uniform(0.6, 0.9)))
        out = out[:keep]
    if "credit" in edits:
        credit = rng.choice(CREDITS)
        if credit.startswith("("):
            out[0] = f"{rng.choice(PLACES).upper()} {credit} {out[0]}"
        else:
            out.append(credit)
    if "headline" in edits:
        out.insert(0, f"{rng.choice(FIRST)} {rng.choice(LAST)} speaks out as {rng.choice(THINGS)} deepens")
    return out


def corpus(seed: int = 11, stories: int = 12, originals: int = 240, copies: int = 160) -> list[Article]:
    """``originals`` articles over ``stories`` stories and ``copies`` syndicated copies (some of them
    copies of copies), in order of arrival; a copy arrives minutes to a day after what it copies."""
    rng = random.Random(seed)
    story_parts = []
    for _ in range(stories):
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
        story_parts.append((people, rng.choice(PLACES), rng.sample(ORGS, 3), rng.choice(THINGS)))
    articles: list[Article] = []
    texts: dict[str, list[str]] = {}
    for k in range(originals):
        story = rng.randrange(stories)
        aid = f"o{k}"
        texts[aid] = _body(rng, story_parts[story])
        articles.append(Article(aid, "\n\n".join(texts[aid]), story, aid, T0 + timedelta(minutes=30 * k)))
    for k in range(copies):
        source = rng.choice(articles)
        aid = f"c{k}"
        texts[aid] = syndicated(texts[source.article_id], rng)
        at = source.at + timedelta(minutes=rng.randint(5, 1440))
        articles.append(Article(aid, "\n\n".join(texts[aid]), source.story, source.original, at))
    return sorted(articles, key=lambda a: (a.at, a.article_id))
