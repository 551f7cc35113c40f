"""Sports clubs named after places: "Liverpool beat Arsenal", "Leeds lost to Everton".

In a sports report a place name that plays a match is a club (ORG), not a place. The words
come from ``data/sports.json``:

- the article is a **sports report** when it has at least ``_MIN_CUES`` cue words ("league",
  "innings", "striker"...; not used as verbs: "areas that match its own") or scores ("2-1");
- a name is a **team** there when its head word is the subject or object of a match word
  ("beat", "drew", "win"...), the object of "with", "to", "by", "over", "against" after one,
  either side of "v"/"vs", a conjunct of such a name ("Leeds and Everton lost"), followed
  by a score ("Arsenal 2-1", "Feyenoord 2 Ajax 1"), ends in a club word ("Manchester United",
  "Bristol Rovers"; a word that also closes towns' names, "City", only in a team's place:
  "Panama City" is a city), or comes before a role in a club and a person ("Surrey captain
  Chris Lewis", "Reds manager Ray Knight"), or names a player's club: before "'s" and the
  player, or a short description of the player ("Birmingham 's Gary Breen", "Leeds ' England
  under-21 striker Lee Bowyer", a one-word "person" or an untagged word too), or after the player and "of" with a
  club word ("Keith O'Neill of Norwich City");
- a line's label before a colon is no name ("Attendance : 15,150", "Scorer : Sergei Rebrov");
- a place the model ends right before a plural nickname makes one club with it ("Florida"
  "Marlins" -> "Florida Marlins");
- a team that the model tagged as a place, nationality, facility or (with a club word only) a
  person becomes an ORG, and so does every span of the article with the same words; an untagged
  proper noun in a team's place becomes one ("Leeds lost to Everton"), and so does one that is
  the subject of a verb in the plural, as British reports write teams and never players ("Essex
  need another 148": a list of places may take a plural verb, so a tagged place does not), and the
  article's place spans of its words follow it ("Leeds beat Chelsea" ... "scored for Leeds"); a one-word "person"
  whose opponent is a club is a club ("Yorkshire beat Lancashire");
- a proper noun after "at" on a match word is the venue, a FAC ("at Twickenham"), and so is a
  one-word "person" (no surname of the article) after "at" closing its phrase, wherever the
  report names it ("at Twickenham on Saturday" ... "his final Twickenham appearance"); a name
  between a sentence's opening "In" and a comma sets the scene, a place even where a club of
  the same name plays ("In Montreal , Scott Sanders allowed one hit").

Countries stay places: a national team is written as its country, and newsrooms file it there;
a nationality stays one ("defeated the Chilean").
A player is never a club: a PERSON without a club word is left alone ("Sampras beat Agassi").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.names import DATA_DIR, name_key
from services.processors.entities.neighbours import is_number
from services.processors.entities.spans import (
    FIXED_PLACE_SOURCES,
    PLACE_LABELS,
    POSSESSIVES,
    PROPER_TAGS,
    NewsSpan,
    token_span,
)
from services.processors.entities.tokens import DocTokens

_MIN_CUES = 2
#: Tokens from which an article needs two different cue words to be a sports report.
_SHORT_ARTICLE = 200
_MAX_CONJ_STEPS = 6
_MAX_NAME_WORDS = 4
#: Most lower-case words between a club and a player's name ("team mate", "head coach").
_MAX_ROLE_WORDS = 2
#: Pronouns that make the subject they refer back to plural: a team, not a player.
_PLURAL_PRONOUNS = frozenset({"their", "they", "them", "themselves"})
_TEAM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_OBJECT_DEPS = frozenset({"pobj"})
_MATCH_PREPOSITIONS = frozenset({"with", "to", "by", "over", "against", "versus", "v", "vs", "vs."})
_VERSUS_MARKS = frozenset({"versus", "v", "vs", "vs."})
_PLACE_LIKE = frozenset({"GPE", "LOC", "FAC", "NORP"})
#: A cue word used as a verb is no cue: "areas that match Santa Fe's", "the market runs to".
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_SCORE_FOLLOWERS = frozenset({",", ".", ";", "(", ")"})
#: Most words between a club's possessive and its player's name ("England under-21 striker").
_MAX_DESCRIPTION_WORDS = 5
#: Words that may close the phrase of a venue after "at" ("at Twickenham on Saturday").
_VENUE_CLOSERS = frozenset({"on", "in", "for", "and", "last", "this", "next", ",", ".", ";", ")"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


@dataclass(frozen=True)
class SportsWords:
    """The lists of ``data/sports.json``."""

    cues: frozenset[str]
    match_words: frozenset[str]
    club_suffixes: frozenset[str]
    place_suffixes: frozenset[str]
    club_roles: frozenset[str]
    line_labels: frozenset[str]
    range_units: frozenset[str]


@lru_cache(maxsize=1)
def sports_words() -> SportsWords:
    """``data/sports.json``, loaded once per process."""
    raw = json.loads((DATA_DIR / "sports.json").read_text(encoding="utf-8"))
    return SportsWords(
        frozenset(w.lower() for w in raw["cues"]),
        frozenset(w.lower() for w in raw["match_words"]),
        frozenset(raw["club_suffixes"]),
        frozenset(raw["place_suffixes"]),
        frozenset(w.lower() for w in raw["club_roles"]),
        frozenset(raw["line_labels"]),
        frozenset(w.lower() for w in raw["range_units"]),
    )


def is_sports_report(toks: DocTokens) -> bool:
    """Whether the article has enough sports cues (words or scores) to read its places as clubs.

    It takes ``_MIN_CUES`` cues, and in an article of ``_SHORT_ARTICLE`` tokens or more two
    different ones: one word said twice in a long story ("the political season ... this season")
    makes no sports report. A score is two short numbers across a dash ("2-1"), neither joined by
    another dash to a further number (the date "1996-08-30" of a dateline) nor followed by a unit
    ("10-20 cents", "25-45 percent": a range).
    """
    words = sports_words()
    lower, text = toks.lower, toks.text
    n = len(lower)
    seen: set[str] = set()
    count = 0
    for k, word in enumerate(lower):
        if word in words.cues and toks.tag[k] not in _VERB_TAGS:
            seen.add(word)
        elif word in ("-", "\u2013") and _is_score(toks, k, words.range_units):
            seen.add(f"{text[k - 1]}-{text[k + 1]}")
        else:
            continue
        count += 1
        if count >= _MIN_CUES and (len(seen) >= _MIN_CUES or n < _SHORT_ARTICLE):
            return True
    return False


def _is_score(toks: DocTokens, k: int, units: frozenset[str]) -> bool:
    """Whether the dash at ``k`` joins two numbers into a score (see :func:`is_sports_report`)."""
    text, n = toks.text, len(toks.text)
    if not (0 < k < n - 1 and is_number(text[k - 1]) and is_number(text[k + 1])):
        return False
    if len(text[k - 1]) > 2 or len(text[k + 1]) > 2:
        return False
    if k >= 2 and text[k - 2] in ("-", "\u2013"):
        return False  # "1996-08-30": the last two parts of a date
    if k + 2 < n and (text[k + 2] in ("-", "\u2013") or toks.lower[k + 2] in units):
        return False
    return True


def clubs_named_after_places(
    toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon, unparsed: frozenset[int] = frozenset()
) -> list[NewsSpan]:
    """``spans`` with the clubs made ORG (module docstring); new team spans last. The caller runs
    it on a sports report only (``is_sports_report``).

    Tokens in ``unparsed`` (ALL-CAPS headlines and datelines, whose parse is unreliable) are not
    read as team slots; their spans still follow the article's teams by name.
    """
    if not spans:
        return spans
    words = sports_words()
    spans = [s for s in _place_and_nickname(toks, spans) if not _line_label(toks, s, words)]
    teams: set[tuple[str, ...]] = set()
    people_start = {s.start for s in spans if s.label == "PERSON"}
    people_end = {s.end for s in spans if s.label == "PERSON"}
    for span in spans:
        if (
            span.start not in unparsed
            and (_is_club(toks, span, words) or _players_club(toks, span, words, people_start, people_end))
            and not _is_country(toks, span, lexicon)
            and not _is_nationality(toks, span, lexicon)
        ):
            teams.add(tuple(toks.text[span.start : span.end]))
    out = [
        replace(s, label="ORG", term=None)
        if tuple(toks.text[s.start : s.end]) in teams and s.source not in FIXED_PLACE_SOURCES and not _scene(toks, s)
        else s
        for s in spans
    ]
    covered = {k for s in out for k in range(s.start, s.end)}
    found: set[tuple[str, ...]] = set()
    for k, tag in enumerate(toks.tag):
        if (
            tag in PROPER_TAGS
            and k not in covered
            and k not in unparsed
            and toks.alpha[k]
            and toks.text[k][:1].isupper()
            and toks.text[k] not in lexicon.terms
            and toks.text[k] not in lexicon.countries
            and (is_team_slot(toks, k, k + 1) or _plural_subject(toks, k) or _before_players(toks, k, people_start))
        ):
            start = k
            while (
                start > 0
                and k - start < _MAX_NAME_WORDS - 1
                and start - 1 not in covered
                and start - 1 not in unparsed
                and toks.tag[start - 1] in PROPER_TAGS
                and toks.text[start - 1][:1].isupper()
            ):
                start -= 1
            out.append(token_span(toks, start, k + 1, "ORG", "model"))
            covered.update(range(start, k + 1))
            found.add(tuple(toks.text[start : k + 1]))
    # An untagged team tells the article's place spans of its words apart too ("Leeds beat
    # Chelsea" ... "scored twice for Leeds", the second tagged a place).
    out = [
        replace(s, label="ORG", term=None)
        if s.label in PLACE_LABELS
        and tuple(toks.text[s.start : s.end]) in found
        and s.source not in FIXED_PLACE_SOURCES
        and not _scene(toks, s)
        else s
        for s in out
    ]
    return _venues(toks, _people_playing_clubs(toks, out, unparsed), unparsed)


def _venues(toks: DocTokens, spans: list[NewsSpan], unparsed: frozenset[int]) -> list[NewsSpan]:
    """A proper noun after "at" on a match word is where it was played, a FAC ("beat Wales at
    Twickenham"): untagged, it becomes one; a one-word PERSON there (no surname of the article)
    is relabelled."""
    match_words = sports_words().match_words
    surnames = {toks.text[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    by_token = {k: position for position, s in enumerate(spans) for k in range(s.start, s.end)}
    out = list(spans)
    for k, word in enumerate(toks.lower):
        if word != "at" or k + 1 >= len(toks) or k + 1 in unparsed:
            continue
        prep = toks.doc[k]
        if prep.head.lower_ not in match_words:
            continue
        for obj in prep.children:
            if obj.dep_ not in _OBJECT_DEPS or toks.tag[obj.i] not in PROPER_TAGS or not toks.text[obj.i][:1].isupper():
                continue
            position = by_token.get(obj.i)
            if position is None:
                start = obj.i
                while (
                    start - 1 > k
                    and start - 1 not in by_token
                    and toks.tag[start - 1] in PROPER_TAGS
                    and toks.text[start - 1][:1].isupper()
                ):
                    start -= 1
                out.append(token_span(toks, start, obj.i + 1, "FAC", "model"))
            else:
                span = out[position]
                if (
                    span.label == "PERSON"
                    and span.end - span.start == 1
                    and span.source != "title"
                    and toks.text[span.start] not in surnames
                ):
                    out[position] = replace(span, label="FAC", term=None)
    return _named_venues(toks, out, surnames)


def _named_venues(toks: DocTokens, spans: list[NewsSpan], surnames: set[str]) -> list[NewsSpan]:
    """A one-word "person" after "at" that closes its phrase ("at Twickenham on Saturday", "at
    Twickenham .") and is no surname of the article is a venue, a FAC, wherever the report names
    it ("his final Twickenham appearance"); the parse may hang such an "at" on any verb."""
    venues: set[str] = set()
    for span in spans:
        k, after = span.start, span.end
        if (
            span.label == "PERSON"
            and after - k == 1
            and span.source != "title"
            and k > 0
            and toks.lower[k - 1] == "at"
            and toks.text[k] not in surnames
            and (after >= len(toks) or toks.lower[after] in _VENUE_CLOSERS or "\n" in toks.text[after])
        ):
            venues.add(toks.text[k])
    if not venues:
        return spans
    return [
        replace(s, label="FAC", term=None)
        if s.label == "PERSON" and s.end - s.start == 1 and s.source != "title" and toks.text[s.start] in venues
        else s
        for s in spans
    ]


def _people_playing_clubs(toks: DocTokens, spans: list[NewsSpan], unparsed: frozenset[int]) -> list[NewsSpan]:
    """A one-word PERSON whose opponent in a match is a club is a club too ("Yorkshire beat
    Lancashire"), and so is one listed with a club ("title rivals Essex , Derbyshire and
    Surrey") or the subject of a verb in the plural ("Kent have reached 108", "Kent made up for
    lost time in their match"), unless the article gives that word as a person's surname ("Sampras" after "Pete
    Sampras"); players meet players, so "Sampras beat Agassi" stays."""
    clubs = {k for s in spans if s.label == "ORG" for k in range(s.start, s.end)}
    surnames = {toks.text[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    teams = set()
    for span in spans:
        word = toks.text[span.start]
        if (
            span.label == "PERSON"
            and span.end - span.start == 1
            and span.source != "title"
            and span.start not in unparsed
            and word not in surnames
            and (
                any(k in clubs for k in (*_opponents(toks, span.start), *_conjuncts(toks, span.start)))
                or _plural_subject(toks, span.start)
            )
        ):
            teams.add(word)
    if not teams:
        return spans
    return [
        replace(s, label="ORG", term=None)
        if s.label == "PERSON" and s.end - s.start == 1 and toks.text[s.start] in teams
        else s
        for s in spans
    ]


def _conjuncts(toks: DocTokens, k: int) -> list[int]:
    """Head tokens listed with token ``k`` ("Essex , Derbyshire and Surrey", a chain of "conj"
    links): the first of the list and every conjunct below it, at most ``_MAX_CONJ_STEPS`` deep."""
    token = toks.doc[k]
    for _ in range(_MAX_CONJ_STEPS):
        if token.dep_ != "conj":
            break
        token = token.head
    out = [token.i]
    level = [token]
    for _ in range(_MAX_CONJ_STEPS):
        level = [c for t in level for c in t.children if c.dep_ == "conj"]
        if not level:
            break
        out.extend(t.i for t in level)
    return out


def _opponents(toks: DocTokens, k: int) -> list[int]:
    """Head tokens of the other side of the match that token ``k`` plays in, if it plays one."""
    match_words = sports_words().match_words
    token = toks.doc[k]
    for _ in range(_MAX_CONJ_STEPS):
        if token.dep_ != "conj":
            break
        token = token.head
    if token.dep_ in _TEAM_DEPS:
        verb = token.head
    elif token.dep_ in _OBJECT_DEPS and token.head.lower_ in _MATCH_PREPOSITIONS:
        verb = token.head.head
    else:
        return []
    if verb.lower_ not in match_words:
        return []
    out = []
    for child in verb.children:
        if child.dep_ in _TEAM_DEPS and child.i != token.i:
            out.append(child.i)
        elif child.dep_ in ("prep", "agent") and child.lower_ in _MATCH_PREPOSITIONS:
            out.extend(g.i for g in child.children if g.dep_ in _OBJECT_DEPS and g.i != token.i)
    return out


def _is_club(toks: DocTokens, span: NewsSpan, words: SportsWords) -> bool:
    last = toks.text[span.end - 1]
    club_word = span.end - span.start >= 2 and last in words.club_suffixes and last not in words.place_suffixes
    if span.source != "title" and _before_club_role(toks, span.end, words):
        return span.label in _PLACE_LIKE or (span.label == "PERSON" and span.end - span.start == 1)
    if span.label == "PERSON":
        return span.source != "title" and club_word
    return span.label in _PLACE_LIKE and (club_word or is_team_slot(toks, span.start, span.end))


def _players_club(
    toks: DocTokens, span: NewsSpan, words: SportsWords, people_start: set[int], people_end: set[int]
) -> bool:
    """Whether a place names a player's club: before "'s" and the player ("Birmingham 's Gary
    Breen"), or after the player and "of" when it closes with a club word ("Keith O'Neill of
    Norwich City")."""
    one_word_person = span.label == "PERSON" and span.end - span.start == 1
    if (span.label not in _PLACE_LIKE and not one_word_person) or span.source == "title":
        return False
    end, start = span.end, span.start
    if end + 1 < len(toks) and toks.lower[end] in POSSESSIVES and _player_follows(toks, end + 1, people_start):
        return True
    if one_word_person:
        return False
    last = toks.text[end - 1]
    return (
        start >= 2
        and toks.lower[start - 1] == "of"
        and start - 1 in people_end
        and end - start >= 2
        and (last in words.club_suffixes or last in words.place_suffixes)
    )


def _before_players(toks: DocTokens, k: int, people_start: set[int]) -> bool:
    """Whether token ``k`` is a club's name before a possessive and its player ("Leeds ' England
    striker Lee Bowyer", untagged)."""
    after = k + 1
    return after + 1 < len(toks) and toks.lower[after] in POSSESSIVES and _player_follows(toks, after + 1, people_start)


def _player_follows(toks: DocTokens, k: int, people_start: set[int]) -> bool:
    """Whether a player's name starts at ``k``, or after a short description of the player in the
    same clause ("Leeds ' England under-21 striker Lee Bowyer")."""
    for j in range(k, min(k + _MAX_DESCRIPTION_WORDS + 1, len(toks))):
        if j in people_start:
            return True
        if j > k and (toks.sent_start[j] or (toks.punct[j] and toks.text[j] not in _HYPHENS)):
            return False
    return False


def _line_label(toks: DocTokens, span: NewsSpan, words: SportsWords) -> bool:
    """Whether the span is a line's label before a colon ("Attendance : 15,150")."""
    k = span.start
    return (
        span.end - k == 1
        and (k == 0 or "\n" in toks.text[k - 1])
        and span.end < len(toks)
        and toks.text[span.end] == ":"
        and toks.text[k] in words.line_labels
    )


def _place_and_nickname(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """A place the model ends right before a team's plural nickname ("Florida" GPE, "Marlins"
    PERSON) is one club with it, an ORG: "Florida Marlins", "Chicago Cubs"."""
    by_start = {s.start: s for s in spans}
    merged: dict[int, NewsSpan] = {}
    absorbed: set[int] = set()
    for span in spans:
        nickname = by_start.get(span.end)
        if (
            nickname is None
            or span.label not in _PLACE_LIKE
            or span.source in FIXED_PLACE_SOURCES
            or nickname.label not in ("ORG", "PERSON", "NORP")
            or nickname.source == "title"
            or "\n" in toks.body[span.end_char : nickname.start_char]
            or not all(_capital_word(toks, k) for k in range(nickname.start, nickname.end))
            or not toks.text[nickname.end - 1].endswith("s")
        ):
            continue
        merged[span.start] = NewsSpan(span.start, nickname.end, span.start_char, nickname.end_char, "ORG", "model")
        absorbed.add(nickname.start)
    if not merged:
        return spans
    return [merged.get(s.start, s) for s in spans if s.start not in absorbed]


def _capital_word(toks: DocTokens, k: int) -> bool:
    return toks.alpha[k] and toks.text[k][:1].isupper()


def _scene(toks: DocTokens, span: NewsSpan) -> bool:
    """Whether the span sets the scene of a paragraph, "In Montreal , Scott Sanders allowed one
    hit": a sentence opening with "In", the name and a comma names the place the game was played."""
    k = span.start - 1
    return (
        k >= 0 and toks.text[k] == "In" and toks.sent_start[k] and span.end < len(toks) and toks.text[span.end] == ","
    )


def _before_club_role(toks: DocTokens, k: int, words: SportsWords) -> bool:
    """Whether a role in a club and a person's name follow token ``k``: "Surrey captain Chris
    Lewis", "Newcastle team mate Les Ferdinand" (at most ``_MAX_ROLE_WORDS`` lower-case words)."""
    n = len(toks)
    role = False
    j = k
    while j < n and j - k < _MAX_ROLE_WORDS and toks.text[j].islower():
        role = role or toks.lower[j] in words.club_roles
        j += 1
    return role and j < n and toks.tag[j] in PROPER_TAGS and toks.text[j][:1].isupper()


def _is_nationality(toks: DocTokens, span: NewsSpan, lexicon: Lexicon) -> bool:
    """A demonym ("defeated the Chilean"): a player or a national side named by nationality, no club."""
    term = span.term or lexicon.terms.get(toks.span_text(span.start, span.end))
    return term is not None and term.label == "NORP"


def _is_country(toks: DocTokens, span: NewsSpan, lexicon: Lexicon) -> bool:
    if span.term is not None:
        return span.term.canonical in lexicon.countries
    text = toks.span_text(span.start, span.end)
    if text.removeprefix("the ") in lexicon.countries or text.title() in lexicon.countries:
        return True
    canonical = lexicon.canonical("GPE", name_key(text))
    return canonical is not None and canonical.name in lexicon.countries


def is_team_slot(toks: DocTokens, start: int, end: int) -> bool:
    """Whether the name ``[start, end)`` stands where a team stands in a match report."""
    match_words = sports_words().match_words
    text, n = toks.text, len(toks)
    # "Arsenal 2-1", "Feyenoord 2 Ajax 1", "Somerset 4."
    if end < n and is_number(text[end]) and len(text[end]) <= 2:
        after = end + 1
        if after + 1 < n and text[after] in ("-", "\u2013") and is_number(text[after + 1]):
            return True
        if (
            after >= n
            or text[after] in _SCORE_FOLLOWERS
            or "\n" in text[after]
            or (text[after][:1].isupper() and toks.tag[after] in PROPER_TAGS)
        ):
            return True
    # "Ajax v Feyenoord"
    if (start > 0 and toks.lower[start - 1] in _VERSUS_MARKS) or (end < n and toks.lower[end] in _VERSUS_MARKS):
        return True
    # "Reds manager Ray Knight"
    if _before_club_role(toks, end, sports_words()):
        return True
    token = toks.doc[end - 1]
    for _ in range(_MAX_CONJ_STEPS):
        if token.dep_ != "conj":
            break
        token = token.head
    head = token.head
    if token.dep_ in _TEAM_DEPS and head.lower_ in match_words:
        return True
    return token.dep_ in _OBJECT_DEPS and head.lower_ in _MATCH_PREPOSITIONS and head.head.lower_ in match_words


def _plural_subject(toks: DocTokens, k: int) -> bool:
    """Whether the one-word name at ``k`` is the subject of a verb in the plural, as a team's name
    is in British reports and a player's never: "Essex need another 148", "Kent have reached",
    "Kent made up for lost time in their match" (a present-tense plural verb or auxiliary, or
    "their"/"they"/"them" after the name in the verb's clause)."""
    token = toks.doc[k]
    for _ in range(_MAX_CONJ_STEPS):
        if token.dep_ != "conj":
            break
        token = token.head
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    if verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children):
        return True
    return any(t.lower_ in _PLURAL_PRONOUNS and t.i > token.i for t in verb.subtree)
