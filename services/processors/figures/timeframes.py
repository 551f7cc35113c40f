"""Timeframes: quantities that say how long or how old, which are time expressions, not figures.

A newsroom checks counts, money, rates and measures; it does not count "20 years", "a
two-week strike", "a 45-year-old" or "Smith, 45," as figures (dates and clock times are turned
away earlier, by the scanner). ``is_duration`` decides from the unit read after the number,
``counts_time`` from the noun counted when no unit was read ("two more years", "10+ years",
"three consecutive months");
``is_age`` from the unit ("-year-old") or from the words around a bare number: "aged 45",
"aged 16 and 17", "at the age of 45", "ages 18 to 25", a bare age in apposition to a name or a person ("John
Smith, 45,", "Thomas Field Jr., 55,", "The boy, now 12,", "Mary Jones (52)", "the driver, 52,", "the TV presenter, 48,",
"Havel, 60 and a heavy smoker"), a bare age said of a person pronoun ("he is 52", "she was 71
when", "who turned 60") or of a full name ("Noel Fielding is 47"), a bare number after
"turn" ("will turn 81 next month") or after "at" with a verb of a life's turn ("died at 87") or
opening a sentence about a person ("At 81, he ..."), and a number bounding plural people
("children under 16", "people over 65"). Each looks at a bounded number of neighbouring tokens.
"""

from __future__ import annotations

from services.processors.figures.lemmas import is_plural, singular
from services.processors.figures.lexicon import lexicon
from services.processors.figures.numbers import read_number
from services.processors.figures.tokens import Token

AGE_WORDS = frozenset(("aged", "age", "ages"))
MAX_AGE = 120
# "he is 52", "who turned 60": a pronoun that stands for a person, then a verb that gives an age.
PERSON_PRONOUNS = frozenset(("he", "she", "who", "i"))
AGE_VERBS = frozenset(("is", "was", "turns", "turned", "turning"))
# Words between a number and a unit of time that say the periods run on: "three consecutive months".
RUN_WORDS = frozenset("consecutive straight successive full whole entire additional further extra more".split())
# A bare whole number right after "turn" is an age whatever the subject ("Blackmun will turn 81").
TURN_VERBS = frozenset(("turn", "turns", "turned", "turning"))
# Generational suffixes end a name before its age: "Thomas W. Field Jr., 55,".
NAME_SUFFIXES = frozenset(("jr", "sr", "jnr", "snr"))


def is_duration(measure_category: str | None) -> bool:
    """True for a unit of time ("year", "-week", "hours", "decades")."""
    return measure_category == "duration"


def counts_time(counted: str | None) -> bool:
    """True when the noun a bare number counts is a unit of time, read past a hedge or a plus
    sign ("two more years", "10+ years", "a 5+ year transition") and past words that only say
    the periods run on ("three consecutive months", "five straight years"): a duration too."""
    if counted is None:
        return False
    words = counted.split(" ")
    k = 0
    while k < len(words) - 1 and words[k].lower() in RUN_WORDS:
        k += 1
    entry = lexicon().measures.get(words[k].lower())
    return entry is not None and entry[1] == "duration"


def is_age(tokens: list[Token], first: int, last: int, unit: str | None, floor: int, ceiling: int) -> bool:
    """True when the quantity on tokens[first:last+1] (hedge included) is somebody's age.

    ``unit`` is what the quantity counts or measures (None for a bare number)."""
    if unit is not None and unit.endswith("-old"):
        return True  # "a 45-year-old", "a six-month-old"
    if first - 1 >= floor and tokens[first - 1].lower in AGE_WORDS:
        return True  # "aged 45", "ages 18 to 25", "aged between 18 and 30"
    if _listed_after_age(tokens, first, floor):
        return True  # "two boys aged 16 and 17", "aged 12, 14 and 15"
    if first - 3 >= floor and tokens[first - 1].lower == "of" and tokens[first - 2].lower == "age":
        return True  # "at the age of 45"
    if unit is None and _bare_age(tokens, first, last):
        return (
            _apposition_age(tokens, first, floor, ceiling)
            or _pronoun_age(tokens, first, floor)
            or _at_age(tokens, first, floor, ceiling)
        )
    if unit is None and last == first + 1 and (_bare_age(tokens, last, last) or _age_word(tokens[last])):
        return _people_bounded_by_age(tokens, first, floor)
    return False


# Verbs that say at what age somebody did it: "died at 87", "retired at 60".
AT_AGE_VERBS = frozenset("died dies dying retired retires retiring".split())


def _at_age(tokens: list[Token], first: int, floor: int, ceiling: int) -> bool:
    """The bare number after "at" is an age after a verb of a life's turn ("died at 87") or
    opening a sentence before a person pronoun ("At 81, he is the oldest")."""
    if first - 1 < floor or tokens[first - 1].lower != "at":
        return False
    if first - 2 >= floor and tokens[first - 2].lower in AT_AGE_VERBS:
        return True
    opens = first - 1 == floor or tokens[first - 2].text in (".", ";", '"', "“")
    return (
        opens
        and first + 2 < ceiling
        and tokens[first + 1].text == ","
        and tokens[first + 2].lower in PERSON_PRONOUNS | {"they", "we"}
    )


AGE_BOUNDS = frozenset(("under", "over", "above", "below"))


def _age_word(token: Token) -> bool:
    """A number word that can be a child's age alone ("children under five")."""
    number = read_number([token], 0)
    return token.kind == "word" and number is not None and number.value is not None and 0 < number.value <= 20


def _people_bounded_by_age(tokens: list[Token], hedge: int, floor: int) -> bool:
    """A number bounded by "under" or "over" right after plural people is their age ("children
    under 16", "people over 65", "voters under 25 and over 70")."""
    if tokens[hedge].lower not in AGE_BOUNDS or hedge - 1 < floor:
        return False
    if (
        hedge - 4 >= floor
        and tokens[hedge - 1].lower in ("and", "or")
        and tokens[hedge - 2].kind == "num"
        and tokens[hedge - 3].lower in AGE_BOUNDS
    ):
        hedge -= 3  # "voters under 25 and over 70"
    noun = tokens[hedge - 1]
    return is_plural(noun.text) and (singular_person(noun.lower) or noun.lower in ("people", "those", "anyone"))


def _listed_after_age(tokens: list[Token], first: int, floor: int) -> bool:
    """The number closes a short list of ages: "aged 16 and 17", "aged 12, 14 and 15" (at most
    three numbers back, each before "and", "or" or a comma)."""
    k = first
    for _ in range(3):
        if k - 2 < floor or tokens[k - 1].lower not in ("and", "or", ",") or tokens[k - 2].kind != "num":
            return False
        k -= 2
        if k - 1 >= floor and tokens[k - 1].lower in AGE_WORDS:
            return True
    return False


def singular_person(plural: str) -> bool:
    """True when a lower-case plural noun names people ("children", "players", "adults")."""
    people = lexicon().words["people"]
    return plural in people or singular(plural) in people


def _person(token: Token) -> bool:
    """A singular noun of a person ("man", "driver", "mother")."""
    return token.lower in lexicon().words["people"] and not is_plural(token.text)


def _bare_age(tokens: list[Token], first: int, last: int) -> bool:
    """One token of a whole number that can be an age (1 to MAX_AGE)."""
    text = tokens[first].text
    return (
        first == last and tokens[first].kind == "num" and text.isdigit() and len(text) <= 3 and 0 < int(text) <= MAX_AGE
    )


def _pronoun_age(tokens: list[Token], first: int, floor: int) -> bool:
    """The bare number follows a person pronoun, or a full name, and a verb that gives an age:
    "he is 52", "Noel Fielding is 47"; "turn" gives one whoever turns ("who will turn 81 next
    month", "is set to turn 40")."""
    if first - 1 >= floor and tokens[first - 1].lower in TURN_VERBS:
        return True
    if first - 2 < floor or tokens[first - 1].lower not in AGE_VERBS:
        return False
    if tokens[first - 2].lower in PERSON_PRONOUNS:
        return True
    return first - 3 >= floor and all(_name_word(tokens[k]) for k in (first - 3, first - 2))


def _name_word(token: Token) -> bool:
    """A capitalised word that is not written all in capitals ("Fielding", not "NATO")."""
    return token.kind == "word" and token.text[:1].isupper() and not token.text.isupper() and token.text.isalpha()


def _apposition_age(tokens: list[Token], first: int, floor: int, ceiling: int) -> bool:
    """The bare number is set off after a name or a person: "Smith, 45," / "Jones (52)" / "the driver, 52,"."""
    last = first
    if first - 2 >= floor and tokens[first - 1].lower in ("now", "then"):
        first -= 1  # "The boy, now 12, was found"
    opening = tokens[first - 1] if first - 1 >= floor else None
    name = tokens[first - 2] if first - 2 >= floor else None
    if name is not None and name.text == "." and first - 3 >= floor and tokens[first - 3].lower in NAME_SUFFIXES:
        name = tokens[first - 3]  # "Field Jr., 55,"
    closing = tokens[last + 1] if last + 1 < ceiling else None
    if (
        opening is None
        or name is None
        or name.kind != "word"
        or not (name.text[:1].isupper() or _person(name) or _described(tokens, first - 2, floor))
    ):
        return False
    if opening.text == "(":
        return closing is not None and closing.text == ")"
    if opening.text != ",":
        return False
    if closing is not None and closing.lower == "and":
        after = tokens[last + 2] if last + 2 < ceiling else None
        return (
            after is not None
            and after.lower in ("a", "an")  # "Havel, 60 and a heavy smoker,"
            and not any(tokens[k].kind == "num" for k in range(last + 3, min(ceiling, last + 6)))
        )  # but "In Ohio, 45 and a further 20" counts
    if closing is not None and closing.text in _DASHES and not closing.adjacent:
        # "the girls -- Ann Legeard, 18, and Eve Potty, 19 -- were": a dash closes the aside
        # after a full name ("In Ohio, 45 -- a record --" counts)
        given = first - 3
        return given > floor and tokens[given].kind == "word" and tokens[given].text[:1].isupper()
    return closing is None or closing.text in (",", ";", ".")


_DASHES = frozenset(("-", "–", "—"))
_DESCRIBING = frozenset(("the", "a", "an", "his", "her", "their", "our", "my", "your"))


def _described(tokens: list[Token], noun: int, floor: int) -> bool:
    """tokens[noun] ends a short noun phrase describing one person, opened by a determiner or a
    possessive: "the TV presenter", "her husband", "a male juvenile" (a singular noun, at most
    three words after the determiner, none a number or a preposition)."""
    if is_plural(tokens[noun].text) or not tokens[noun].text.isalpha():
        return False
    for k in range(noun - 1, max(floor, noun - 4) - 1, -1):
        if tokens[k].lower in _DESCRIBING:
            return True
        if tokens[k].kind != "word" or tokens[k].lower in _NOT_IN_PHRASE:
            return False  # "the type of twice, 2," is no person
    return False


_NOT_IN_PHRASE = frozenset("of in for to with at by from on and or than as is was are were".split())
