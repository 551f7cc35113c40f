"""Categories: the closed subscriber category of a figure, from its unit and nearby verbs.

Money and percentages come from the figure's own currency or percent sign; measures bring
their category (duration, distance-area, other); a weapons noun gives "weapons"; a people noun
(or a casualty participle with no noun, "thousands more wounded") gives a people category
refined by the nearest casualty/deployment word in the sentence window; military nouns with
no such word count as deployed.
"""

from __future__ import annotations

from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token

WINDOW = 8
_ORDER = ("killed", "wounded", "displaced", "arrested", "deployed")
_UNIT_CATEGORY = {
    "casualty": None,
    "fatality": "people-killed",
    "death": "people-killed",
    "dead": "people-killed",
    "body": "people-killed",
    "refugee": "people-displaced",
    "evacuee": "people-displaced",
    "prisoner": "people-arrested",
    "detainee": "people-arrested",
    "wounded": "people-wounded",
    "injured": "people-wounded",
}


def _unit_words(unit: str | None) -> list[str]:
    return unit.lower().replace("-", " ").split() if unit else []


def is_people(unit: str | None) -> bool:
    """True when the head (or a conjunct head) of ``unit`` is a people noun."""
    words = lexicon().words["people"]
    phrase = _unit_words(unit)
    if not phrase:
        return False
    heads = [phrase[-1]] + [phrase[k - 1] for k, word in enumerate(phrase) if word == "and" and k]
    if "of" in phrase:
        heads = [phrase[phrase.index("of") - 1]]
    return any(head in words for head in heads)


def categorise(
    unit: str | None,
    measure_category: str | None,
    currency: str | None,
    percent: bool,
    tokens: list[Token],
    first: int,
    last: int,
    floor: int,
    ceiling: int,
    english: bool = True,
) -> str:
    """Category of a figure spanning tokens[first:last+1] within sentence tokens [floor, ceiling).

    ``english``: the body is English; otherwise the English word lists are not read (German
    "Die" is no "die") and a figure with no currency, percent or measure is "other"."""
    if currency:
        return "money"
    if percent:
        return "percentage"
    if measure_category:
        return measure_category
    if not english:
        return "other"
    words = lexicon().words
    phrase = _unit_words(unit)
    if phrase and any(word in words["weapons"] for word in phrase) and not is_people(unit):
        return "weapons"
    people = is_people(unit)
    if not phrase:
        casualty = words["killed"] | words["wounded"] | words["displaced"] | words["arrested"]
        for k in range(last + 1, min(ceiling, last + 5)):
            if tokens[k].lower in casualty:
                # "thousands more wounded", "12 dead", "dozens more were hurt": the participle decides
                return next(f"people-{kind}" for kind in _ORDER if tokens[k].lower in words[kind])
            if tokens[k].lower not in ("more", "were", "was", "are", "have", "had", "been", "being", "reportedly"):
                break
    if not phrase:
        for k in range(first - 1, max(floor, first - 3) - 1, -1):
            word = tokens[k].lower
            for kind in _ORDER[:4]:
                if word in words[kind]:
                    return f"people-{kind}"  # "injured more than 9,000"
    if not people and phrase and not _countable_thing(phrase[-1]):
        # An unknown noun counted next to a casualty word ("killed 14 farmers") is people.
        found = _nearest_signal(tokens, first, last, floor, ceiling)
        if found and found != "deployed":
            return f"people-{found}"
    if not people:
        return "other"
    if phrase and (category := _UNIT_CATEGORY.get(phrase[-1])):
        return category
    found = _nearest_signal(tokens, first, last, floor, ceiling)
    if found:
        return f"people-{found}"
    if phrase and phrase[-1] in words["military"]:
        return "people-deployed"
    return "people"


def _nearest_signal(tokens: list[Token], first: int, last: int, floor: int, ceiling: int) -> str | None:
    words = lexicon().words
    best: tuple[int, int, str] | None = None
    for k in range(max(floor, first - WINDOW), min(ceiling, last + 1 + WINDOW)):
        if first <= k <= last:
            continue
        word = tokens[k].lower
        for rank, kind in enumerate(_ORDER):
            if word in words[kind]:
                distance = first - k if k < first else k - last
                candidate = (distance, rank, kind)
                if best is None or candidate < best:
                    best = candidate
                break
    return best[2] if best else None


def _countable_thing(head: str) -> bool:
    """Heads that are clearly not people: homes, vehicles, buildings, animals, votes..."""
    return head in lexicon().words["things"]
