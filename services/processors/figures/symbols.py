"""Unit symbols: SI-prefixed unit symbols read by rule ("400kV", "5GHz", "10MWh", "3TB").

``unit_symbol(text)`` returns (lemma, category) for a metric prefix (k, M, G, T, m, µ) written
against a base symbol (W, Wh, Hz, V, A, Ah, J, eV, B, b, t, Pa, cal), or None. Symbols are
case-sensitive ("MW" is megawatt, "mW" milliwatt), so the lexicon need not list every prefix and
base; whole words and irregular symbols ("bhp", "mph", "Mbps") are listed in data/measures.tsv.
The work is a look-up of at most two splits of a short string.
"""

from __future__ import annotations

PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli", "µ": "micro", "μ": "micro"}
BASES = {
    "W": "watt",
    "Wh": "watt hour",
    "Hz": "hertz",
    "V": "volt",
    "A": "ampere",
    "Ah": "ampere hour",
    "J": "joule",
    "eV": "electronvolt",
    "B": "byte",
    "b": "bit",
    "t": "tonne",
    "Pa": "pascal",
    "cal": "calorie",
}
# Pairs read otherwise in news text: "mt" (mount), "mb" (megabyte, in the lexicon), "MA" (a degree).
_NOT_UNITS = frozenset(("mt", "mb", "mB", "MA", "GA", "TA"))
MAX_SYMBOL = 4


def unit_symbol(text: str) -> tuple[str, str] | None:
    """(lemma, category) of an SI-prefixed unit symbol ("kV" -> ("kilovolt", "other")), or None."""
    if not 2 <= len(text) <= MAX_SYMBOL or text in _NOT_UNITS:
        return None
    prefix, base = PREFIXES.get(text[0]), BASES.get(text[1:])
    if prefix is None or base is None:
        return None
    return prefix + base, "other"


# Data sizes whose case tells bits from bytes: "Mb" and "Mbit" are megabits, "MB" megabytes.
# Lower-case "mb"/"kb" stay with the lexicon (news copy writes them for bytes, oil copy for barrels).
_DATA_PREFIXES = {"k": "kilo", "K": "kilo", "M": "mega", "G": "giga", "T": "tera"}
_DATA_BASES = {"b": "bit", "bit": "bit", "B": "byte", "Byte": "byte"}


def data_symbol(text: str) -> str | None:
    """Lemma of a cased data-size symbol ("Mb" -> "megabit", "Gbit" -> "gigabit", "MB" ->
    "megabyte", "kB" -> "kilobyte"), or None ("mb", "Mbps", "MW")."""
    if len(text) < 2 or text[0] not in _DATA_PREFIXES or text[1:] not in _DATA_BASES:
        return None
    return _DATA_PREFIXES[text[0]] + _DATA_BASES[text[1:]]
