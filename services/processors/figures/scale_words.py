"""Scale words: what "million", "milliard" or "Billion" after digits is worth in the body's language.

English counts on the short scale: a billion is 10^9 and a trillion 10^12. French, German,
Spanish, Italian, Dutch and Polish count on the long scale (LONG_SCALE_LANGUAGES): 10^9 has a
word of its own ("milliard", "Milliarde", "miliardo", "miljard", "miliard", Spanish "mil
millones") and "billion" is 10^12 ("2 billions d'euros", "2 Billionen Euro"), "trillion" 10^18.
Portuguese spells the two scales apart ("bilhão" 10^9 in Brazil, "bilião" 10^12 and "mil
milhões" 10^9 in Portugal), so its words need no language. Words spelt in one language only are
worth the same in any body that is not English; Spanish and Portuguese "mil" is a thousand
("50 mil personas"), where English wire copy writes "mil" for a million ("$5 mil"), so it is
read here only in those two languages.
"""

from __future__ import annotations

LONG_SCALE_LANGUAGES = frozenset(("fr", "de", "es", "it", "nl", "pl"))
# Scale words whose spelling gives their value, lower-cased: plurals and inflections included.
FOREIGN_SCALES = {
    **dict.fromkeys(("tausend", "tys"), 1e3),
    **dict.fromkeys(
        """millions millionen millón millon millones milione milioni miljoen miljoenen milion miliony
        milionów milhão milhões milhao milhoes""".split(),
        1e6,
    ),
    **dict.fromkeys(
        """milliard milliards milliarde milliarden miliardo miliardi miljard miljarden miliard miliardy
        miliardów bilhão bilhões bilhao bilhoes""".split(),
        1e9,
    ),
    **dict.fromkeys(
        """billionen billón billon billones bilione bilioni biljoen biljoenen bilion biliony bilionów
        bilião biliões""".split(),
        1e12,
    ),
    **dict.fromkeys(("billiarde", "billiarden"), 1e15),
}
# Words spelt alike in English, worth more on the long scale.
SHORT_SCALE = {"million": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12}
LONG_SCALE = {"million": 1e6, "billion": 1e12, "billions": 1e12, "trillion": 1e18, "trillions": 1e18}
THOUSAND_LANGUAGES = frozenset(("es", "pt"))  # "mil" is a thousand


def foreign_scale(word: str, language: str) -> float | None:
    """The value of the scale ``word`` (any case) after digits in a body of ``language`` that is
    not English ("milliard" -> 1e9; "billion" -> 1e12 in "fr", 1e9 in ""), or None when it is
    no scale word there. English bodies are read by the number reader's own words: None."""
    if language == "en":
        return None
    key = word.lower()
    if key == "mil":
        return 1e3 if language in THOUSAND_LANGUAGES else None
    if key in FOREIGN_SCALES:
        return FOREIGN_SCALES[key]
    return (LONG_SCALE if language in LONG_SCALE_LANGUAGES else SHORT_SCALE).get(key)
