"""Name keys and entity ids: how two spellings of one name are recognised as the same.

``name_key`` folds case, accents, punctuation, possessives, hyphenation and the common
transliteration variants listed in ``data/variants.json`` ("Sergey"/"Sergei",
"Zelenskyy"/"Zelensky", "Kim Jong-un"/"Kim Jong Un") into one matching key. The key is
never shown to readers. ``entity_id`` derives a stable id from a coarse type and a key, so
the same entity gets the same id in every article and every process without shared state.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")

#: OntoNotes labels folded into the coarse type that takes part in the id.
COARSE_TYPES: dict[str, str] = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "norp",
}

_MAX_NAME_CHARS = 300
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})
_POSSESSIVE = re.compile(r"'s?$")
_PUNCT = re.compile(r"[^\w\s'-]")
_DASH = re.compile(r"[-\s]+")


@dataclass(frozen=True)
class VariantRules:
    """Token rewrites (whole-token first, then the first matching suffix rule)."""

    tokens: dict[str, str]
    suffixes: tuple[tuple[str, str], ...]
    min_token_length: int

    def token(self, token: str) -> str:
        token = self.tokens.get(token, token)
        if len(token) >= self.min_token_length:
            for suffix, replacement in self.suffixes:
                if token.endswith(suffix):
                    return token[: len(token) - len(suffix)] + replacement
        return token


@lru_cache(maxsize=1)
def variant_rules() -> VariantRules:
    """The rules of ``data/variants.json``, loaded once per process."""
    raw = json.loads((DATA_DIR / "variants.json").read_text(encoding="utf-8"))
    return VariantRules(
        tokens=dict(raw["tokens"]),
        suffixes=tuple((s, r) for s, r in raw["token_suffix"]),
        min_token_length=int(raw["min_token_length"]),
    )


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes; no variant rules."""
    text = unicodedata.normalize("NFKD", text[:_MAX_NAME_CHARS].translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """The matching key of a name: ``name_key("Sergey Lavrov's") == name_key("Sergei Lavrov")``.

    Removes a leading "the", possessive endings, dots and other punctuation; splits on
    hyphens and spaces; applies the variant rules to every token. Returns "" when nothing
    is left (the caller must not make an entity of it).
    """
    folded = fold(text).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    folded = _POSSESSIVE.sub("", folded.replace(".", ""))
    folded = _PUNCT.sub(" ", folded).replace("'", "")
    rules = variant_rules()
    return " ".join(rules.token(tok) for tok in _DASH.split(folded) if tok)


def coarse_type(label: str) -> str:
    """The coarse type of an OntoNotes label: person, org, place, norp, or the label lower-cased."""
    return COARSE_TYPES.get(label, label.lower())


def entity_id(label: str, key: str) -> str:
    """Stable id of the entity with this label and name key, e.g. ``ent_3f2a...`` (16 hex digits).

    Raises ValueError on an empty key, since every empty name would share one id.
    """
    if not key:
        raise ValueError(f"cannot derive an entity id from an empty name key (label {label!r})")
    digest = hashlib.sha1(f"{coarse_type(label)}:{key}".encode()).hexdigest()
    return "ent_" + digest[:16]
