"""Sports agate: result lines, scorer lists and standings rows of a sports report.

Wire services file results as bare lines the model reads poorly (it runs names into the
scores, "Gloucester 29 London Irish", and calls scorers clubs). In a sports report
(:func:`sports.is_sports_report`) a line that parses whole as agate is read by its layout:

- a **result line** is one or more ``team score`` pairs, each optionally followed by a
  parenthesised scorer list: "Karlsruhe 3 Freiburg 0", "Rangers 4 ( Ferguson 34 , McCoist
  71 74 ) Hibernian 3 ( Wright 21 )"; a cricket scorecard writes the same with commas between
  the sides, a second innings after "and" and runs for wickets ("Somerset 83 and 174 ( P.
  Simmons 4-38 ) , Leicestershire 296-7"), and may open with the ground and a colon ("Hove :",
  "London ( The Oval ) :"), which is a place;
- a **standings row** is a team followed by at least ``_MIN_TABLE_NUMBERS`` numbers and nothing
  else, the third onwards possibly a ratio, a half or a dash: "PSV Eindhoven 18 13 3 2 52 14
  42", "NEW YORK 74 59 .556 -", "BOSTON 69 65 .515 5 1/2";
- a **scorer list** is ``( name minute [minute...] [note] , ... )``, a minute perhaps an
  ordinal after a comma ("( Corentine Martins , 22nd minute )"); the names are people
  (a scorecard's: ``( name runs [not out] , ... ; name wickets-runs )``);
- a **fixture line** is ``team [( position )] v team [( position )] [kick-off]``: "Lazio ( 12 )
  v AS Roma ( 7 ) 1930"; with "at" for "v" the second name is where the game is played, a
  place ("KANSAS CITY AT DETROIT" in a baseball schedule);
- a **scorers line** is ``team - name points , name points ...``: "Charleroi - Eric Cleymans
  18 , Ron Ellis 18", or with each scorer's minute in brackets ("Romania - Cosmin Contra (
  31st ) , Mihai Tararache ( 75th )");
- a **match results line** is one or more ``[seed -] player ( country ) beat [seed -] player
  ( country ) set scores`` after an optional heading ("Women 's singles , third round 1 - Steffi
  Graf ( Germany ) beat Natasha Zvereva ( Belarus ) 6-4 6-2 16 - Martina Hingis ..."): the
  players are people, their countries places; the last result of a line may leave its scores
  to the next;
- a **leaderboard line** is a score and the players on it, ``score player [( country )]
  [rounds] , ...`` ("65 Billy Andrade , Duffy Waldorf , Jesper Parnevik ( Sweden )", a final
  card with each player's round scores: "285 Ian Tarrow ( Wales ) 71 73 72 69"), or the rest
  of such a list wrapped to the next line.

A result line may follow a lead-in and its colon on the same line ("Summary of game played
on Saturday : Deportivo Coruna 1 ( ... ) Real Madrid 1 ( ... ) ."), but for a scorers' lead-in:
"Scorers : Tom Evans 34 , Ian Marsh 71" names players and their minutes, not teams.

A team in a result line may carry its country in brackets before its score ("Charleroi
( Belgium ) 75"), and a score a bracketed note without names ("( halftime 44-35 )").

A team is a run of at most ``_MAX_NAME_WORDS`` capitalised words (a lower-case "of" inside:
"Queen of the South"); a score is a number of at most three digits. The teams become ORG,
except a country, which stays a place like everywhere else in the stage (a national side is
written as its country); the scorers become PERSON. Every other span touching the parsed
tokens, or a score or figures of a parsed line ("2" in "Tarvik 2 Marbury 1"), is dropped.
Standings rows most of whose names the model reads as people are a players' table ("Ernie Els
67 68 70", a golf card) and are left alone (but for names that play in a result line of the
report), and so is any line that does not parse whole (prose,
tables of goods and prices, "Attendance : 5,465").

A line break inside an open parenthesis does not end a line: a scorer list may wrap.

A club found so is a club wherever the report writes its name, or its name without a short
prefix in capitals ("AS Roma" -> "Roma"): such spans become ORG (a titled or multi-word
person excepted, and a place of source "dateline" or "venue": the places read off agate
lines, a ground or a player's country, and the place the story was filed from stay places) and untagged repeats are tagged.
"""

from __future__ import annotations

import re

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.names import name_key
from services.processors.entities.repeats import organisation_everywhere
from services.processors.entities.spans import NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_MAX_NAME_WORDS = 5
_MAX_SCORE_DIGITS = 3
_MIN_TABLE_NUMBERS = 3
#: Longest line read as agate, in tokens (a longer one is prose or a table of another kind).
_MAX_LINE_TOKENS = 80
#: Lower-case words a scorer item may carry after its minutes ("46 penalty", "12 og").
_SCORER_NOTES = frozenset({"pen", "pen.", "penalty", "og", "o.g.", "own", "goal", "minute", "min"})
_NAME_JOINERS = frozenset({"of", "the", "-", "'", "&"})
_VERSUS_MARKS = frozenset({"v", "v.", "vs", "vs."})
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: A leading word in capitals this short is a club prefix ("AC Milan", "AS Roma", "FC Porto").
_MAX_CLUB_PREFIX = 3
#: Longest parenthesised note after a score ("( halftime 44-35 )").
_MAX_NOTE_TOKENS = 6

#: Lower-case words a cricket batsman's score may carry ("80 not out").
_INNINGS_NOTES = frozenset({"not", "out", "retired", "hurt"})
#: Marks between the two sides of a fixture; "at" names the home side's place ("Boston at Oakland").
_AT_MARKS = frozenset({"at"})
#: Lead-ins of a line of scorers, not of a result: "Scorers : Tom Evans 34 , Ian Marsh 71".
_SCORER_LEAD_INS = frozenset({"scorer", "scorers", "goalscorer", "goalscorers", "goals", "try", "tries"})
#: A cricket score or bowling figure: runs and wickets ("429-7", "4-38").
#: An ordinal in figures, a goal's minute ("31st", "13rd" as some desks write it).
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
#: Most tokens of a scorer's bracketed minute after the ordinal ("minute", ",", "pen").
_MAX_MINUTE_NOTE = 4
_RUNS_WICKETS = re.compile(r"\d{1,3}-\d{1,3}")
#: A standings cell after the first number: a ratio (".556"), a half ("1/2") or a dash (none).
_TABLE_CELL = re.compile(r"\d{0,3}\.\d{1,3}|\d{1,2}/\d{1,2}|-")

#: Words between the two players of a result ("Anna Kell ( Austria ) beat Mia Tarr ( Japan )").
_RESULT_VERBS = frozenset({"beat", "bt", "bat", "beats", "defeated", "def", "def.", "d."})
#: Words that may close a match's scores ("1-0 retired").
_RESULT_NOTES = frozenset({"retired", "ret", "ret.", "walkover", "w/o", "unfinished", "abandoned"})
#: A set score or a piece of one as the tokenizer leaves it: "6-4", "6", "-", "6-" .
_SET_SCORE = re.compile(r"\d{1,2}-?\d{0,2}|-")
#: Fewest tokens of one result: player ( country ) beat player ( country ).
_MIN_RESULT_TOKENS = 9

#: Teams, scorers and places (venues) of one line.
Pieces = tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]


def read_agate(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with the agate lines re-read by layout (module docstring). The caller runs it
    on a sports report only (:func:`sports.is_sports_report`)."""
    teams: list[tuple[int, int]] = []
    scorers: list[tuple[int, int]] = []
    places: list[tuple[int, int]] = []
    rows: list[tuple[int, int]] = []
    parsed_lines: list[tuple[int, int]] = []
    for start, end in _lines(toks):
        if end - start > _MAX_LINE_TOKENS:
            continue
        parsed = (
            _parse_venue_line(toks, start, end)
            or _parse_fixture(toks, start, end)
            or _parse_team_scorers(toks, start, end)
            or _parse_match_results(toks, start, end)
            or _parse_leaderboard(toks, start, end)
            or _parse_after_lead_in(toks, start, end)
        )
        if parsed is None:
            continue
        parsed_lines.append((start, end))
        line_teams, line_scorers, line_places = parsed
        places.extend(line_places)
        if not line_scorers and len(line_teams) == 1:
            rows.extend(line_teams)
        else:
            teams.extend(line_teams)
            scorers.extend(line_scorers)
    # Rows whose names the model reads as people, most of them, make a players' table (a golf
    # card: "Ernie Els 67 68 70"); otherwise the table is the clubs' and every row is a club.
    person_tokens = {k for s in spans if s.label == "PERSON" for k in range(s.start, s.end)}
    playing = {tuple(toks.text[a:b]) for a, b in teams}
    people = sum(
        1 for a, b in rows if tuple(toks.text[a:b]) not in playing and not person_tokens.isdisjoint(range(a, b))
    )
    if 2 * people <= len(rows):
        teams.extend(rows)
    else:
        teams.extend((a, b) for a, b in rows if tuple(toks.text[a:b]) in playing)
    if not teams and not scorers:
        return spans
    taken = {k for a, b in (*teams, *scorers, *places) for k in range(a, b)}
    # A score or figures the model calls a name ("2" PRODUCT in "Tarvik 2 Marbury 1") go too.
    taken |= {k for a, b in parsed_lines for k in range(a, b) if not any(ch.isalpha() for ch in toks.text[k])}
    out = [s for s in spans if taken.isdisjoint(range(s.start, s.end))]
    for a, b in teams:
        label = "GPE" if _is_country(toks, a, b, lexicon) else "ORG"
        out.append(token_span(toks, a, b, label, "model"))
    for a, b in scorers:
        out.append(token_span(toks, a, b, "PERSON", "model"))
    for a, b in places:
        out.append(token_span(toks, a, b, "GPE", "venue"))
    return _clubs_everywhere(toks, out, _club_forms(toks, teams, lexicon))


def _club_forms(toks: DocTokens, teams: list[tuple[int, int]], lexicon: Lexicon) -> set[tuple[str, ...]]:
    """Word tuples of the report's clubs: each team's name and, without a short capitals
    prefix, its core ("AS Roma" -> "Roma", "AC Milan" -> "Milan"); never a country."""
    forms: set[tuple[str, ...]] = set()
    for a, b in teams:
        if _is_country(toks, a, b, lexicon):
            continue
        words = tuple(toks.text[a:b])
        forms.add(words)
        if len(words) >= 2 and words[0].isupper() and len(words[0]) <= _MAX_CLUB_PREFIX:
            core = words[1:]
            if not _is_country(toks, a + 1, b, lexicon):
                forms.add(core)
    return forms


def _clubs_everywhere(toks: DocTokens, spans: list[NewsSpan], forms: set[tuple[str, ...]]) -> list[NewsSpan]:
    """A club of the agate is a club wherever the report writes its name: spans with the same
    words become ORG (a titled or multi-word person excepted) and untagged repeats are tagged."""
    return organisation_everywhere(
        toks,
        spans,
        forms,
        lambda span, words: span.source != "title" and not (span.label == "PERSON" and len(words) >= 2),
        free_left=True,
    )


def _after_note(toks: DocTokens, k: int, end: int) -> int:
    """Index after a parenthesised note without names ("( 34-35 )", "( halftime 44-35 )"), or ``k``."""
    text = toks.text
    if k < end and text[k] == "(":
        for j in range(k + 1, min(end, k + _MAX_NOTE_TOKENS + 1)):
            if text[j] == ")":
                return j + 1
            if text[j][:1].isupper():
                break
    return k


def _after_country(toks: DocTokens, k: int, end: int) -> int:
    """Index after a parenthesised country following a team ("Charleroi ( Belgium ) 75"), or ``k``."""
    text = toks.text
    if k < end and text[k] == "(":
        name_end = _name_end(toks, k + 1, end)
        if name_end > k + 1 and name_end < end and text[name_end] == ")":
            return name_end + 1
    return k


def _parse_fixture(toks: DocTokens, start: int, end: int) -> Pieces | None:
    """A fixture line: ``team [( position )] v team [( position )] [kick-off]`` ("Lazio ( 12 )
    v AS Roma ( 7 ) 1930"); with "at" between the sides the second is the place the game is
    played, not a team ("KANSAS CITY AT DETROIT" in a schedule)."""
    text = toks.text
    sides: list[tuple[int, int]] = []
    at = False
    k = start
    for side in range(2):
        name_end = _name_end(toks, k, end)
        if name_end == k:
            return None
        sides.append((k, name_end))
        k = name_end
        if k + 2 < end and text[k] == "(" and _is_score(text[k + 1]):
            if text[k + 2] != ")":
                return None
            k += 3
        if side == 0:
            if k >= end or (toks.lower[k] not in _VERSUS_MARKS and toks.lower[k] not in _AT_MARKS):
                return None
            at = toks.lower[k] in _AT_MARKS
            k += 1
    if k < end and text[k].isdigit():
        k += 1
    if k < end and text[k] == ".":
        k += 1
    if k != end:
        return None
    return ([sides[0]], [], [sides[1]]) if at else (sides, [], [])


def _parse_match_results(toks: DocTokens, start: int, end: int) -> Pieces | None:
    """Results of individual matches, after an optional heading: ``[seed -] player ( country )
    beat [seed -] player ( country ) set scores``, one or more to a line ("Women 's singles ,
    third round 1 - Anna Kell ( Austria ) beat Mia Tarr ( Japan ) 6-2 6-4 Eva Lund ( Norway )
    beat ..."): the players are people and their countries places. The first result is looked
    for at each capitalised word or seed; the rest of the line must parse whole from there."""
    if end - start < _MIN_RESULT_TOKENS:
        return None
    if toks.text[end - 1] == ".":
        end -= 1
    for first in range(start, end - _MIN_RESULT_TOKENS + 1):
        if toks.text[first][:1].isupper() or _seed_end(toks, first, end) > first:
            parsed = _match_results_from(toks, first, end)
            if parsed is not None:
                return parsed
    return None


def _match_results_from(toks: DocTokens, k: int, end: int) -> Pieces | None:
    text = toks.text
    players: list[tuple[int, int]] = []
    countries: list[tuple[int, int]] = []
    while k < end:
        for side in range(2):
            k = _seed_end(toks, k, end)
            name_end = _name_end(toks, k, end)
            if name_end == k or name_end + 2 >= end or text[name_end] != "(":
                return None
            country_end = _name_end(toks, name_end + 1, end)
            if country_end == name_end + 1 or country_end >= end or text[country_end] != ")":
                return None
            players.append((k, name_end))
            countries.append((name_end + 1, country_end))
            k = country_end + 1
            if side == 0:
                if k >= end or toks.lower[k] not in _RESULT_VERBS:
                    return None
                k += 1
        scores_end = _set_scores_end(toks, k, end)
        if scores_end == k and k < end:
            return None  # a result without scores only closes a line (the scores wrap to the next)
        k = scores_end
    return ([], players, countries) if players else None


def _parse_leaderboard(toks: DocTokens, start: int, end: int) -> Pieces | None:
    """A leaderboard line: a score and the players on it, ``score player [( country )] [rounds]
    , ...`` ("65 Billy Andrade , Duffy Waldorf , Jesper Parnevik ( Sweden )", "285 Ian Tarrow (
    Wales ) 71 73 72 69 , Joe Dunn 70 72 74 69"), or its continuation after
    a wrap (no score; then at least two players). Players are written in full, but for the
    ends of a wrapped list. Players are people, countries places."""
    text = toks.text
    k = start
    scored = k < end and text[k].isdigit() and len(text[k]) <= _MAX_SCORE_DIGITS
    if scored:
        k += 1
    players: list[tuple[int, int]] = []
    countries: list[tuple[int, int]] = []
    while k < end:
        name_end = _name_end(toks, k, end)
        if name_end == k:
            return None
        players.append((k, name_end))
        k = name_end
        if k < end and text[k] == "(":
            country_end = _name_end(toks, k + 1, end)
            if country_end == k + 1 or country_end >= end or text[country_end] != ")":
                return None
            countries.append((k + 1, country_end))
            k = country_end + 1
        while k < end and _is_score(text[k]):
            k += 1  # the player's round scores ("Ian Tarrow ( Wales ) 71 73 72 69")
        if k < end:
            if text[k] != ",":
                return None
            k += 1
    # Players are written in full; only the ends of a wrapped list may be one word ("Willie" /
    # "Wood"), and a list of one-word names is clubs' ("Arsenal , Chelsea"), not players'.
    full = [b - a >= 2 for a, b in players]
    if not full or not any(full) or not all(full[1:-1]):
        return None
    if (scored and not full[0]) or (not scored and len(players) < 2):
        return None
    return [], players, countries


def _seed_end(toks: DocTokens, k: int, end: int) -> int:
    """Index after a seeding before a player ("16 - Martina ..."), or ``k``."""
    text = toks.text
    if k + 2 < end and text[k].isdigit() and len(text[k]) <= 2 and text[k + 1] in _DASHES and text[k + 2][:1].isupper():
        return k + 2
    return k


def _set_scores_end(toks: DocTokens, k: int, end: int) -> int:
    """Index after a match's set scores ("6-4 3-6 7-6 ( 7-5 )", "6 - 2", "1-0 retired ( leg injury
    )"), or ``k`` if there are none; a seeding opens the next result and ends them."""
    text = toks.text
    j = k
    found = False
    while j < end and _seed_end(toks, j, end) == j:
        word = text[j]
        if _SET_SCORE.fullmatch(word):
            found = found or word[:1].isdigit()
            j += 1
        elif toks.lower[j] in _RESULT_NOTES:
            j += 1
        elif word == "(":
            close = j + 1
            while (
                close < end
                and close - j <= _MAX_NOTE_TOKENS
                and (_SET_SCORE.fullmatch(text[close]) or text[close].islower())
            ):
                close += 1
            if close >= end or text[close] != ")":
                break
            j = close + 1
        else:
            break
    return j if found else k


def _parse_team_scorers(toks: DocTokens, start: int, end: int) -> Pieces | None:
    """A team's scorers on a line: ``team - name points , name points ...``
    ("Charleroi - Eric Cleymans 18 , Ron Ellis 18")."""
    text = toks.text
    name_end = _name_end(toks, start, end)
    if name_end == start or name_end + 1 >= end or text[name_end] not in _DASHES:
        return None
    scorers: list[tuple[int, int]] = []
    k = name_end + 1
    while k < end:
        player_end = _name_end(toks, k, end)
        if player_end == k or player_end >= end:
            return None
        if _is_score(text[player_end]):
            after = player_end + 1
        else:
            after = _minute_note_end(toks, player_end, end)
            if after == player_end:
                return None
        scorers.append((k, player_end))
        k = after
        if k < end:
            if text[k] != ",":
                return None
            k += 1
    return ([(start, name_end)], scorers, []) if scorers else None


def _parse_after_lead_in(toks: DocTokens, start: int, end: int) -> Pieces | None:
    """A result line of two teams or more after a lead-in and its colon, perhaps closed by a full
    stop: "Summary of game played on Saturday : Deportivo Coruna 1 ( Corentine Martins , 22nd
    minute ) Real Madrid 1 ( Roberto Carlos 79th ) ."."""
    text = toks.text
    colon = max((k for k in range(start, end) if text[k] == ":"), default=-1)
    if colon < 0 or (colon == start + 1 and toks.lower[start] in _SCORER_LEAD_INS):
        return None
    stop = end - 1 if end - 1 > colon and text[end - 1] == "." else end
    parsed = _parse_line(toks, colon + 1, stop)
    return parsed if parsed is not None and len(parsed[0]) >= 2 else None


def _minute_note_end(toks: DocTokens, k: int, end: int) -> int:
    """The token after a scorer's bracketed minute at ``k`` ("( 31st )", "( 49th minute )",
    "( 90th , pen )"), or ``k`` if there is none."""
    text = toks.text
    if k + 2 >= end or text[k] != "(" or not (_ORDINAL.fullmatch(text[k + 1]) or _is_score(text[k + 1])):
        return k
    for close in range(k + 2, min(end, k + 2 + _MAX_MINUTE_NOTE)):
        if text[close] == ")":
            return close + 1
        if text[close] == "(":
            break
    return k


def _lines(toks: DocTokens) -> list[tuple[int, int]]:
    """Token ranges of the body's lines (line breaks are whitespace tokens holding a newline; a
    break inside an open parenthesis stays inside the line)."""
    out = []
    start = 0
    depth = 0
    for k, word in enumerate(toks.text):
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(depth - 1, 0)
        elif "\n" in word and (depth == 0 or k - start > _MAX_LINE_TOKENS):
            if k > start:
                out.append((start, k))
            start = k + 1
            depth = 0
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def _is_score(word: str) -> bool:
    return word.isdigit() and len(word) <= _MAX_SCORE_DIGITS


def _name_end(toks: DocTokens, k: int, end: int) -> int:
    """End of a capitalised name run starting at ``k`` (``k`` if there is none)."""
    text = toks.text
    j = k
    words = 0
    while j < end and words < _MAX_NAME_WORDS:
        word = text[j]
        if toks.lower[j] in _AT_MARKS or (toks.lower[j] in _VERSUS_MARKS and not word.endswith(".")):
            break  # "KANSAS CITY AT DETROIT": a fixture mark in capitals is no part of a name ("V." is an initial)
        if word[:1].isupper() and (toks.alpha[j] or word.replace(".", "").isalpha() or "-" in word or "'" in word):
            j += 1
            words += 1
        elif (
            j > k
            and toks.lower[j] in _NAME_JOINERS
            and not (word in _DASHES and toks.space[j - 1])  # "Charleroi - Eric": a separator
            and j + 1 < end
            and text[j + 1][:1].isupper()
        ):
            j += 1
        else:
            break
    return j


def _parse_venue_line(toks: DocTokens, start: int, end: int) -> Pieces | None:
    """An agate line, optionally opened by the ground it was played at, ``place [( place )] :``
    (a cricket scorecard: "Hove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8"); a scorers'
    lead-in ("Scorers :") is no ground."""
    parsed = _parse_line(toks, start, end)
    if parsed is not None:
        return parsed
    text = toks.text
    places: list[tuple[int, int]] = []
    k = start
    name_end = _name_end(toks, k, end)
    if name_end == k:
        return None
    places.append((k, name_end))
    k = name_end
    if k < end and text[k] == "(":
        inner_end = _name_end(toks, k + 1, end)
        if inner_end == k + 1 or inner_end >= end or text[inner_end] != ")":
            return None
        places.append((k + 1, inner_end))
        k = inner_end + 1
    if k + 1 >= end or text[k] != ":" or (k == start + 1 and toks.lower[start] in _SCORER_LEAD_INS):
        return None
    parsed = _parse_line(toks, k + 1, end)
    if parsed is None:
        return None
    teams, scorers, _ = parsed
    return teams, scorers, places


def _score_end(toks: DocTokens, k: int, end: int) -> int:
    """Index after a score at ``k`` (``k`` if there is none): a number, or runs and wickets
    written "429-7" (one token, or three when the tokenizer splits the hyphen)."""
    text = toks.text
    if k >= end:
        return k
    if _RUNS_WICKETS.fullmatch(text[k]):
        return k + 1
    if not _is_score(text[k]):
        return k
    if k + 2 < end and text[k + 1] == "-" and not toks.space[k] and not toks.space[k + 1] and _is_score(text[k + 2]):
        return k + 3
    return k + 1


def _after_second_innings(toks: DocTokens, k: int, end: int) -> int:
    """Index after "and <score>" (a cricket side's second innings: "83 and 174"), or ``k``."""
    if k + 1 < end and toks.text[k] == "and":
        after = _score_end(toks, k + 1, end)
        if after > k + 1:
            return after
    return k


def _parse_line(toks: DocTokens, start: int, end: int) -> Pieces | None:
    """Teams and scorers of an agate line ``[start, end)``, or None if it is not one.

    A team's entry is ``team score [and score] [( scorers )] [and score]``; entries follow one
    another, or are separated by commas (a cricket scorecard: "Somerset 83 and 174 ( P. Simmons
    4-38 ) , Leicestershire 296"). A standings row is a team and its numbers."""
    text = toks.text
    if text[end - 1] == ".":
        end -= 1
    teams: list[tuple[int, int]] = []
    scorers: list[tuple[int, int]] = []
    k = start
    table = False
    while k < end:
        if teams and text[k] == "," and k + 1 < end:
            k += 1
        name_end = _name_end(toks, k, end)
        score = _after_country(toks, name_end, end)
        score_end = _score_end(toks, score, end)
        if name_end == k or score_end == score:
            return None
        teams.append((k, name_end))
        k = _after_second_innings(toks, score_end, end)
        k = _after_note(toks, k, end)
        if k < end and text[k] == "(":
            k = _scorer_list(toks, k + 1, end, scorers)
            if k < 0:
                return None
            k = _after_second_innings(toks, k, end)
        elif k < end and _is_score(text[k]) and score_end == score + 1:
            numbers = 1
            while k < end and (_is_score(text[k]) or (numbers > 1 and _TABLE_CELL.fullmatch(text[k]))):
                k += 1
                numbers += 1
            if k < end or numbers < _MIN_TABLE_NUMBERS or len(teams) > 1:
                return None
            table = True
    if len(teams) < 2 and not scorers and not table:
        return None
    return teams, scorers, []


def _scorer_list(toks: DocTokens, k: int, end: int, scorers: list[tuple[int, int]]) -> int:
    """Reads ``name minute... , ...`` up to ")"; the index after ")", or -1 if it is no scorer list.

    A cricket scorecard's list is the same with runs or bowling figures for minutes, a note
    ("80 not out") and semicolons between batsmen and bowlers ("( A. Dale 69 ; D. Blenkiron 4-43 )")."""
    text = toks.text
    found: list[tuple[int, int]] = []
    while k < end:
        while k < end and "\n" in text[k]:
            k += 1
        name_end = _name_end(toks, k, end)
        if name_end > k:
            found.append((k, name_end))
            k = name_end
            if k + 1 < end and text[k] == "," and _ORDINAL.fullmatch(text[k + 1]):
                k += 1  # "( Corentine Martins , 22nd minute )"
        minutes = 0
        while k < end:
            after = _score_end(toks, k, end)
            if after == k and _ORDINAL.fullmatch(text[k]):
                after = k + 1  # "( Roberto Carlos 79th )": the minute as an ordinal
            if after > k:
                minutes += 1
                k = after
            elif "\n" in text[k] or (minutes and (toks.lower[k] in _SCORER_NOTES or toks.lower[k] in _INNINGS_NOTES)):
                k += 1
            else:
                break
        if not minutes:
            return -1
        if k < end and text[k] in (",", ";"):
            k += 1
            continue
        if k < end and text[k] == ")":
            if not found:
                return -1
            scorers.extend(found)
            return k + 1
        return -1
    return -1


def _is_country(toks: DocTokens, start: int, end: int, lexicon: Lexicon) -> bool:
    text = toks.span_text(start, end)
    if text in lexicon.countries or text.title() in lexicon.countries:
        return True
    canonical = lexicon.canonical("GPE", name_key(text))
    return canonical is not None and canonical.name in lexicon.countries
