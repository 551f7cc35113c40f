"""The words of a body that say what it is about: lower-cased terms and their counts.

A term is a word of two or more letters that is not a function word, with a plural "s" taken
off ("rescuers" and "rescuer" count as one), or a number with its separators removed
("12,000" -> "12000", so two outlets' "12,000" meet). Single digits are dropped (they are mostly
list numbers and days of the month). The regex is linear: one character class, no backtracking.
"""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\d[\d,.]*\d|[^\W\d_]{2,}")

# English function words and newsroom filler that say nothing about which event a text is about.
STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are around as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how if in into is it its itself just last least like made
make many may me might more most much must my near new no nor not now of off on once one only or other our
ours out over own per said same say says she should since so some still such than that the their theirs
them then there these they this those through to too two under until up upon us very was we were what when
where which while who whom whose why will with within without would year years yet you your told according
week weeks day days time times including including first second three four five mr mrs ms dr
monday tuesday wednesday thursday friday saturday sunday
""".split()
)


def terms(body: str) -> Counter[str]:
    """Each term of ``body`` with how often it occurs."""
    out: Counter[str] = Counter()
    for token in _TOKEN.findall(body.lower()):
        if token[0].isdigit():
            token = token.replace(",", "")
            if token.endswith("."):
                token = token.rstrip(".")
        elif token in STOPWORDS:
            continue
        elif len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        out[token] += 1
    return out
