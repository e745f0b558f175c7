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
_WEEKDAY_NAMES = {
    name: index
    for index, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tues", "tue"),
            ("wednesday", "weds", "wed"),
            ("thursday", "thurs", "thur", "thu"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_DAY_ALT = "|".join(sorted(_WEEKDAY_NAMES, key=len, reverse=True))
_WEEKDAY = re.compile(
    rf"\b(?:on|last|this past)\s+({_DAY_ALT})\b(?!\.?,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|/))|\b({_DAY_ALT})\.?\s+(?:night|evening|morning|afternoon|just gone)\b",
    re.IGNORECASE,
)
"""A named day, "on Sat", "last friday", "Sunday night", "Sunday just gone": the latest such day on
or before the note. A bare "Friday" is not read, since notes name days for plans too."""
_ORDINAL_DAY = re.compile(
    rf"(?:\b(?:on|since)\s+(?:the\s+)?|\b(?:{_DAY_ALT})\.?,?\s+(?:the\s+)?)(\d{{1,2}})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:time|occasion|attempt|floor|visit|session|day|week|birthday))",
    re.IGNORECASE,
)
"""A day of the month alone, "on the 12th", "Sat 22nd": the latest such day on or before the note."""
_DAY_SLASH_MONTH = re.compile(
    rf"(?:\b(?:on|since)\s+|\b(?:{_DAY_ALT})\.?,?\s+)(\d{{1,2}})/(\d{{1,2}})\b(?![/.\-]\d)", re.IGNORECASE
)
"""A day and month without a year, only after "on" or a day name ("Wed 6/9"), so that scores
such as "6/6 sessions" or "9/10" are never read as dates."""
_REPORTED = re.compile(
    r"\b(?:e-?mailed|rang|phoned|texted|messaged|wrote|called (?:me|us|the office|duty)|informed (?:me|us)|told (?:me|us)|"
    r"let (?:me|us) know|read it|received it|sent it)\s*$",
    re.IGNORECASE,
)
"""A date right after a reporting verb ("Nkechi emailed on Sunday") is when we heard, not the event."""
_SENT = re.compile(r"^\s*sent\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
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
    for match in _ORDINAL_DAY.finditer(text):
        _add(found, match, _latest_day_of_month(anchor, int(match[1])))
    for match in _DAY_SLASH_MONTH.finditer(text):
        _add(found, match, _latest_before(anchor, int(match[2]), int(match[1])) if 1 <= int(match[2]) <= 12 else None)
    for match in _WEEKDAY.finditer(text):
        back = (anchor.weekday() - _WEEKDAY_NAMES[(match[1] or match[2]).lower()]) % 7
        _add(found, match, anchor - dt.timedelta(days=back))
    return sorted(found, key=lambda mention: mention.start)


def stated_event_date(sentence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date | None:
    """The earlier date a sentence gives for the event it describes, if any.

    Only dates before the anchor and within the look-back count: later dates are plans ("review on
    5 June"), and much older ones are history being recalled.
    """
    earliest = anchor - dt.timedelta(days=lookback_days)
    for mention in mentions(sentence, anchor):
        if earliest <= mention.date < anchor and not _REPORTED.search(_before(sentence, mention.start)):
            return mention.date
    return None


def written_date(text: str, note_date: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date:
    """When the words were written: a pasted email's "Sent:" date, else the note's date.

    An email pasted into a note on Monday that says "the move went to plan yesterday (Friday)"
    was written on Saturday; "yesterday" counts back from the Saturday, not from the Monday.
    """
    header = _SENT.search(text)
    if header is None:
        return note_date
    stated = next(iter(mentions(header[1], note_date)), None)
    earliest = note_date - dt.timedelta(days=lookback_days)
    return stated.date if stated is not None and earliest <= stated.date <= note_date else note_date


def _before(sentence: str, start: int) -> str:
    """The words before a date, without its own "on"/"last": "emailed on Sunday" -> "emailed"."""
    return re.sub(r"\b(?:on|last|this past)\s*$", "", sentence[:start].rstrip(), flags=re.IGNORECASE)


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


def _latest_day_of_month(anchor: dt.date, day: int) -> dt.date | None:
    """The latest date with this day of the month on or before the anchor: "the 14th" in a note of
    the 23rd is this month's, in a note of the 3rd last month's."""
    year, month = anchor.year, anchor.month
    for _ in range(3):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= anchor:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def long_date(date: dt.date) -> str:
    """'4 March 2023': how supervisors write dates, unambiguous in any locale."""
    return f"{date.day} {date:%B %Y}"
