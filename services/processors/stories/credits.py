"""Credit lines: which agency a syndicated article came from ("(Reuters)", "With Post wires", "- AFP").

``credit_line(body, removed_lines)`` is pure. It reads only the places a credit line stands,
never the prose (where "Reuters reported..." cites an agency without crediting it):

- the dateline: "LONDON (Reuters) -" or "(AP) —" within the first ``DATELINE_CHARS`` characters;
- short lines (at most ``LINE_CHARS``) at the end of the body and among the lines the cleaning
  stage removed: an agency alone ("AP", "- AFP", "Reuters/AP"), "With <...> wires", "With files
  from <agency>", "Additional reporting by <agency>", "Source: <agency>", "(c) 2025 <agency>";
- the end of the last paragraph: "... said on Tuesday. - AFP".

Agencies and their names are data (``data/agencies.tsv``). The answer names the canonical agency
when the line names a known one, else None (as in "With Post wires": wire copy, agency unnamed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

AGENCIES_FILE = Path(__file__).parent / "data" / "agencies.tsv"
DATELINE_CHARS = 200
LINE_CHARS = 80
TAIL_LINES = 3
_DASH = r"[-–—]"


@dataclass(frozen=True)
class Credit:
    line: str  # the credit as written
    agency: str | None  # canonical agency name, when a known one is named

    def as_json(self) -> dict[str, str | None]:
        return {"line": self.line, "agency": self.agency}


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """Every name an agency is credited under -> its canonical name."""
    table: dict[str, str] = {}
    for line in AGENCIES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, names = line.split("\t", 1)
            for name in names.split("|"):
                table[name.strip()] = canonical
    return table


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(n) for n in sorted(agencies(), key=len, reverse=True))
    agency = rf"(?<![\w&])(?:{names})(?![\w&])"
    dateline = re.compile(rf"\(\s?(?P<agency>{agency})\s?\)\s?{_DASH}?")
    alone = re.compile(rf"^{_DASH}?\s?(?P<agency>{agency})(?:\s?[/,&]\s?(?:{agency}))*\.?$")
    phrase = re.compile(
        rf"^{_DASH}?\s?(?:(?:with|additional reporting by|reporting by|with files from|with reporting from|"
        rf"source|sources|from|\(c\)|©|copyright)\b[: ]\s?(?:\d{{4}}\s)?)(?P<rest>.{{1,{LINE_CHARS}}})$",
        re.IGNORECASE,
    )
    tail = re.compile(rf"[.!?”\"]\s?{_DASH}\s?(?P<agency>{agency})\.?$")
    return dateline, alone, phrase, tail


def credit_line(body: str, removed_lines: Sequence[str] = ()) -> Credit | None:
    """The article's credit line and the agency it names, or None when it has none."""
    dateline, alone, phrase, tail = _patterns()
    match = dateline.search(body[:DATELINE_CHARS])
    if match:
        return Credit(line=match.group(0).rstrip(" -–—"), agency=agencies()[match.group("agency")])
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    candidates = [*reversed(lines[-TAIL_LINES:]), *(ln.strip() for ln in removed_lines)]
    for line in candidates:
        if len(line) > LINE_CHARS:
            continue
        credit = _line_credit(line, alone, phrase)
        if credit is not None:
            return credit
    if lines:
        match = tail.search(lines[-1][-LINE_CHARS:])
        if match:
            return Credit(line=match.group(0)[1:].strip(), agency=agencies()[match.group("agency")])
    return None


def _line_credit(line: str, alone: re.Pattern[str], phrase: re.Pattern[str]) -> Credit | None:
    match = alone.match(line)
    if match:
        return Credit(line=line, agency=agencies()[match.group("agency")])
    match = phrase.match(line)
    if not match:
        return None
    rest = match.group("rest")
    named = _first_agency(rest)
    if named is not None or re.search(r"\bwires?\b|\bwire services?\b|\bnews agenc(?:y|ies)\b", rest, re.IGNORECASE):
        return Credit(line=line, agency=named)
    return None


def _first_agency(text: str) -> str | None:
    names = agencies()
    best: tuple[int, str] | None = None
    for name, canonical in names.items():
        at = re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text)
        if at and (best is None or at.start() < best[0]):
            best = (at.start(), canonical)
    return best[1] if best else None
