"""Event dates stated in a note's text.

A note carries the date of the event it records, but notes are often written about something that
happened earlier: a missing episode reported the next morning, a police notification about last
weekend. A chronology that uses the wrong date is one of the failings councils' guidance names, so
when the text states an earlier date for the event, that date wins. UK notes write dates day first;
we never read 03/04 as the 4th of March.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

LOOKBACK_DAYS = 31
"""A stated date further back than this is history being recalled, not the event being recorded."""

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

_NUMERIC = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_ALT})\.?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE
)
_MONTH_DAY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_YESTERDAY = re.compile(
    r"\b(yesterday|last night|the (?:previous|preceding) (?:day|evening|night)|the day before|the night before)\b",
    re.IGNORECASE,
)
_DAYS_AGO = re.compile(r"\b(one|two|three|four|five|six|seven|\d{1,2}) days? (?:ago|earlier|before)\b", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?:on|last|this past)\s+({'|'.join(_WEEKDAYS)})\b", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(frozen=True)
class DateMention:
    """A date found in text, with where it was found, so callers can prefer the event's sentence."""

    date: dt.date
    start: int
    end: int


def mentions(text: str, anchor: dt.date) -> list[DateMention]:
    """Every date the text states, resolved against `anchor` (the note's date) when partial.

    A day and month without a year take the latest year that does not put them after the anchor;
    relative phrases ("yesterday", "on Saturday") count back from the anchor.
    """
    found: list[DateMention] = []
    for match in _ISO.finditer(text):
        _add(found, match, _safe_date(int(match[1]), int(match[2]), int(match[3])))
    for match in _NUMERIC.finditer(text):
        year = int(match[3])
        year = year + 2000 if year < 100 else year
        _add(found, match, _safe_date(year, int(match[2]), int(match[1])))
    for match in _DAY_MONTH.finditer(text):
        month = _MONTHS[match[2].lower()]
        day = int(match[1])
        _add(found, match, _safe_date(int(match[3]), month, day) if match[3] else _latest_before(anchor, month, day))
    for match in _MONTH_DAY.finditer(text):
        _add(found, match, _safe_date(int(match[3]), _MONTHS[match[1].lower()], int(match[2])))
    for match in _YESTERDAY.finditer(text):
        _add(found, match, anchor - dt.timedelta(days=1))
    for match in _DAYS_AGO.finditer(text):
        raw = match[1].lower()
        days = _NUMBER_WORDS.get(raw) or int(raw)
        _add(found, match, anchor - dt.timedelta(days=days))
    for match in _WEEKDAY.finditer(text):
        back = (anchor.weekday() - _WEEKDAYS.index(match[1].lower())) % 7
        _add(found, match, anchor - dt.timedelta(days=back))
    return sorted(found, key=lambda mention: mention.start)


def stated_event_date(sentence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date | None:
    """The earlier date a sentence gives for the event it describes, if any.

    Only dates before the anchor and within the look-back count: later dates are plans ("review on
    5 June"), and much older ones are history being recalled.
    """
    earliest = anchor - dt.timedelta(days=lookback_days)
    for mention in mentions(sentence, anchor):
        if earliest <= mention.date < anchor:
            return mention.date
    return None


def _add(found: list[DateMention], match: re.Match[str], date: dt.date | None) -> None:
    if date is None:
        return
    if any(m.start < match.end() and match.start() < m.end for m in found):
        return
    found.append(DateMention(date, match.start(), match.end()))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_before(anchor: dt.date, month: int, day: int) -> dt.date | None:
    for year in (anchor.year, anchor.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= anchor:
            return candidate
    return None


def long_date(date: dt.date) -> str:
    """'4 March 2023': how supervisors write dates, unambiguous in any locale."""
    return f"{date.day} {date:%B %Y}"
