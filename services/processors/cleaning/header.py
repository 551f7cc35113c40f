"""Header fields a copy editor lifts out of the body: byline, dateline and publication time.

All patterns are linear (no nested quantifiers) and run on bounded slices of a block.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

HEAD_PROBE = 300  # characters of a block examined for header fields
STAMP_VERDICTS = frozenset({"byline", "publication-stamp"})  # the local pass's reasons for a header's stamps

# Month names and abbreviations by number: English, German, French, Spanish, Italian, Portuguese, Dutch,
# Polish (the genitive a date uses, "16 marca 2021", and the nominative)
# (the abbreviations that are English words, Portuguese "set" and "out", are left out).
_MONTH_WORDS = {
    1: "jan january januar jänner janvier janv enero ene gennaio gen janeiro januari stycznia styczeń",
    2: "feb february februar février févr fevrier febrero febbraio fevereiro fev februari lutego luty",
    3: "mar march märz mär mrz mars marzo março maart mrt marca marzec",
    4: "apr april avril avr abril abr aprile kwietnia kwiecień",
    5: "may mai mayo maggio mag maio mei maja maj",
    6: "jun june juni juin junio giugno giu junho czerwca czerwiec",
    7: "jul july juli juillet juil julio luglio lug julho lipca lipiec",
    8: "aug august août aout agosto ago augustus sierpnia sierpień",
    9: "sep sept september septembre septiembre setiembre settembre setembro września wrzesień",
    10: "oct october oktober okt octobre octubre ottobre ott outubro października październik",
    11: "nov november novembre noviembre novembro listopada listopad",
    12: "dec december dezember dez décembre déc diciembre dic dicembre dezembro grudnia grudzień",
}
_MONTHS = {word: number for number, words in _MONTH_WORDS.items() for word in words.split()}
MONTH_WORDS = frozenset(_MONTHS)  # month names and abbreviations, lowercase, in the languages above
# Literal alternatives, longest first (a name before its abbreviation), then an optional stop ("Sept.", "févr.").
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ZONES = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ist": 330,
    "pkt": 300,
    "sgt": 480,
    "hkt": 480,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
    "est": -300,
    "edt": -240,
    "et": -300,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "pt": -480,
}
_TIME = r"(?:(?:\s|,|at|-|\|){1,6}(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s?(?P<ampm>[ap]\.?\s?m\.?)?(?:\s?(?P<zone>[A-Z]{1,4}\b|[+-]\d{2}:?\d{2}))?)?"
_ISO = re.compile(
    r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?\s?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
_MDY = re.compile(
    r"\b" + _MONTH + r"\s(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s(?P<year>(?:19|20)\d{2})\b" + _TIME, re.IGNORECASE
)
# "3 February 2024", "31. Mai 2012", "1er janvier 2020", "11 de septiembre de 2019", "24 Ago, 2026".
_DMY = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s(?:de\s)?"
    + _MONTH
    + r",?\s(?:de\s)?(?P<year>(?:19|20)\d{2})\b"
    + _TIME,
    re.IGNORECASE,
)
# "21.04.2022", "21/04/2022", "21-04-2022" (one separator throughout: "3-4/2022" is no date).
_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b")

_BYLINE = re.compile(r"^(?:(?:written|words|story|text)\s)?by[:\s]\s{0,3}(?P<name>[^\s].{0,120})$", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(
    r"^(?:author|authors|reporter|writer|autor|autorin|autoren|auteur|autore|autori|verfasser)s?\s?[:|]\s{0,3}"
    r"(?P<name>[^\s].{0,120})$",
    re.IGNORECASE,
)
# "by" in German, French, Spanish, Italian, Dutch: words that also open headlines ("Von der Leyen
# besucht Kiew"), so the rest of the line must be a name alone: capitalised words and name particles.
_BY_WORDS = frozenset({"von", "par", "por", "di", "door"})
# A correspondent's role after the names: "envoyée spéciale", "envoyés spéciaux", "Korrespondent",
# "enviado especial", "corresponsal", "inviato speciale", "correspondente".
_ROLE = (
    r"(?i:envoyée?s? spéciale?s?|envoyés spéciaux|correspondante?s?|korrespondent(?:in)?"
    r"|enviad[oa]s? especial(?:es)?|corresponsal(?:es)?|inviat[oa] speciale|correspondente)"
)
_FOREIGN_BYLINE = re.compile(
    r"^(?i:von|par|por|di|door):?\s(?P<name>[A-ZÀ-Þ][\w'’.-]{0,40}"
    r"(?:\s(?:[A-ZÀ-Þ][\w'’.-]{0,40}|de|da|del|della|van|von|der|den|le|la|y|e|et|und)){0,5}"
    # ", John Doe": a second writer, read only before a role ("Jan de Vries, Den Haag" names a city)
    rf"(?:(?:,\s[A-ZÀ-Þ][\w'’.-]{{0,40}}(?:\s[A-ZÀ-Þ][\w'’.-]{{0,40}}){{1,3}}){{1,3}}(?=,?\s{_ROLE}))?)"
    rf"(?:,?\s{_ROLE})?"  # "Par Jane Roe, John Doe Envoyés spéciaux à Toulouse"
    r"(?:,?\s(?:(?:à|a|in|aus|en|em|uit)\s)?[A-ZÀ-Þ][\w'’.-]{0,40}(?:\s[A-ZÀ-Þ][\w'’.-]{0,40}){0,2})?$"  # ", Berlin"
)
_BY_INSIDE = re.compile(r"\b(?:by|von|par|por|door)\s(?P<name>[A-Z@][\w.@'’-]{0,40}(?:\s[A-Z][\w.'’-]{0,40}){0,4})")
_NAME_END = re.compile(r"\s[|•·–—-]\s|,\s|\s(?:on|at|in|and\supdated|published|updated|posted)\s|\s\d", re.IGNORECASE)

# "MOSCOW (Reuters) -", "WASHINGTON, March 3 (AP) —", "KYIV, Ukraine —", "LONDON:".
_DATELINE = re.compile(
    r"^(?P<dateline>(?:[A-Z][A-Z.'’-]{1,20}\s){0,3}[A-Z][A-Z.'’-]{2,20}"
    r"(?:,\s[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20}){0,2})?"
    r"(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"\s?(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,30})\)\s?)?"
    r"(?:[-–—]{1,2}|:))\s"
)


def parse_published(text: str) -> datetime | None:
    """The first date (with time and zone when given) in the head of ``text``; aware, UTC when no zone."""
    probe = text[:HEAD_PROBE]
    if _YEAR.search(probe) is None:
        return None
    for pattern in (_ISO, _MDY, _DMY, _NUMERIC):
        match = pattern.search(probe)
        if match is not None:
            parts = match.groupdict()
            stamp = _to_datetime(parts)
            if stamp is None and pattern is _NUMERIC:  # no such month: the US order, "04/21/2022"
                stamp = _to_datetime({**parts, "day": parts["month"], "month": parts["day"]})
            if stamp is not None:
                return stamp
    return None


def _to_datetime(parts: dict[str, str | None]) -> datetime | None:
    month_raw = (parts.get("month") or "").lower().rstrip(".")
    month = int(month_raw) if month_raw.isdigit() else _MONTHS.get(month_raw)
    try:
        hour = int(parts.get("hour") or 0)
        ampm = (parts.get("ampm") or "").replace(".", "").replace(" ", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        zone = _zone(parts.get("zone"))
        return datetime(
            int(parts["year"] or 0), month or 0, int(parts["day"] or 0), hour,
            int(parts.get("minute") or 0), int(parts.get("second") or 0), tzinfo=zone,
        )  # fmt: skip
    except (ValueError, TypeError, KeyError):
        return None


def _zone(raw: str | None) -> timezone:
    if not raw:
        return UTC
    if raw[0] in "+-":
        digits = raw[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
        return timezone(timedelta(minutes=minutes if raw[0] == "+" else -minutes))
    offset = _ZONES.get(raw.lower())
    return UTC if offset is None else timezone(timedelta(minutes=offset))


_YEAR = re.compile(r"(?:19|20)\d\d")


def has_date(text: str) -> bool:
    """Whether the head of ``text`` states a calendar date."""
    probe = text[:HEAD_PROBE]
    return _YEAR.search(probe) is not None and parse_published(probe) is not None


def parse_byline(text: str) -> str | None:
    """The author named by a byline block ("By Jane Doe", "Author: Jane Doe", "May 3, 2024 by Jane"), else None."""
    probe = text[:HEAD_PROBE].strip()
    lowered = probe.lower()
    if lowered.split(" ", 1)[0].rstrip(":") in _BY_WORDS:
        foreign = _FOREIGN_BYLINE.match(probe)
        if foreign is not None:
            return foreign.group("name")
    if not any(word in lowered for word in ("by", ":", "|", " von ", " par ", " por ", " door ")):
        return None
    match = _BYLINE.match(probe) or _AUTHOR_LABEL.match(probe)
    if match is None:
        inside = _BY_INSIDE.search(probe) if has_date(probe) else None
        if inside is None:
            return None
        name = inside.group("name")
    else:
        name = _NAME_END.split(match.group("name"), maxsplit=1)[0]
    name = name.strip(" ,;:|-–—")
    if not name or len(name.split()) > 12:
        return None
    return name


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """("MOSCOW (Reuters) -", rest) when the paragraph opens with a dateline, else (None, paragraph)."""
    match = _DATELINE.match(paragraph[:HEAD_PROBE])
    if match is None:
        return None, paragraph
    rest = paragraph[match.end() :]
    if len(rest.split()) < 4 or not rest[:1].isalnum() and rest[:1] not in "\"“'‘(":
        return None, paragraph
    return match.group("dateline").strip(), rest
