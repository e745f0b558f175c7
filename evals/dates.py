"""Dates as practitioners write them, read by the evaluation harness's own small resolver.

The harness must not grade the product with the product's date code, so this module is separate
from retrieval.dates and assistant.chronology.dates. `iso_dates` reads dates stated in full in
any common UK form ("22 August 2024", "22/08/2024", "22/8/24", "14.3.23"); `resolved_dates`
resolves what a note says relatively ("on Saturday", "Fri 21st April", "on the 14th", "yesterday
(3/4)") from the day the note was written; `dated_passages` and `relative_dates_for` tie a
relatively stated date to the part of the note it dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTH_RE = "|".join([*_MONTHS, *(m[:3] for m in _MONTHS), "sept"])
_DMY_WORDS = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MDY_WORDS = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_DMY_NUM = re.compile(r"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/]|\.\d)")
"""Numeric day-month-year: 16/11/2022, 16/11/22, 14.3.23, 14-03-2023 (never a UK month-first date)."""
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or next(n for m, n in _MONTHS.items() if m.startswith(word[:3]))


def _full_year(year: str) -> int:
    """A two-digit year as strptime's %y reads it: 69-99 are the 1900s, 00-68 the 2000s."""
    if len(year) == 4:
        return int(year)
    return 1900 + int(year) if int(year) >= 69 else 2000 + int(year)


def iso_dates(text: str) -> set[str]:
    """Every date the text states, as ISO strings, whichever way it was written."""
    found: set[str] = set()
    for pattern, order in ((_DMY_WORDS, "dmy"), (_MDY_WORDS, "mdy"), (_DMY_NUM, "dmy_num"), (_ISO, "iso")):
        for match in pattern.finditer(text):
            a, b, c = match.groups()
            try:
                if order == "dmy":
                    date = dt.date(int(c), _month(b), int(a))
                elif order == "mdy":
                    date = dt.date(int(c), _month(a), int(b))
                elif order == "dmy_num":
                    date = dt.date(_full_year(c), int(b), int(a))
                else:
                    date = dt.date(int(a), int(b), int(c))
            except (ValueError, StopIteration):
                continue
            found.add(date.isoformat())
    return found


def without_dates(text: str) -> str:
    for pattern in (_DMY_WORDS, _MDY_WORDS, _DMY_NUM, _ISO):
        text = pattern.sub(" ", text)
    return text


_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_WEEKDAY_ABBREVIATIONS = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Weds": 2, "Thu": 3, "Thur": 3, "Thurs": 3}
_WEEKDAY_ABBREVIATIONS |= {"Fri": 4, "Sat": 5, "Sun": 6}
CALENDAR_WORDS = {*_MONTHS, *(m[:3] for m in _MONTHS), "sept", *_WEEKDAYS, *map(str.lower, _WEEKDAY_ABBREVIATIONS)}
"""Month and day names ("Feb", "Weds"): calendar words, never a name; the dates they form are checked as dates."""
_WEEKDAY_RE = rf"(?i:{'|'.join(_WEEKDAYS)})|{'|'.join(sorted(_WEEKDAY_ABBREVIATIONS, key=len, reverse=True))}"
"""Full day names in any case; abbreviations only capitalised, so "sat on the sofa" is not a Saturday."""
_ORD = r"(?:st|nd|rd|th)"
_YEAR_AHEAD = r"(?!\.?,?\s+\d{4})"
_DAY_MONTH = re.compile(
    rf"(?:\b({_WEEKDAY_RE})\.?,?\s+)?\b(\d{{1,2}}){_ORD}?(?:\s+of)?\s+((?i:{_MONTH_RE}))\b{_YEAR_AHEAD}"
)
_MONTH_DAY = re.compile(rf"\b((?i:{_MONTH_RE}))\.?\s+(\d{{1,2}}){_ORD}?\b{_YEAR_AHEAD}")
_DAY_MONTH_NUM = re.compile(r"(?<![\d/.:])(\d{1,2})/(\d{1,2})(?![\d/])")
_ORDINAL_DAY = re.compile(
    rf"(?:\b({_WEEKDAY_RE})\.?\s+|\b(?i:the)\s+)(\d{{1,2}}){_ORD}\b(?!\s+(?:of\s+)?(?i:{_MONTH_RE}))"
)
_WEEKDAY = re.compile(
    rf"(?:\b((?i:last|next|this(?: coming)?|coming))\s+)?\b({_WEEKDAY_RE})\b(?!\.?,?\s+(?:the\s+)?\d{{1,2}}{_ORD}?\b(?![:.]\d))"
)
"""A day name standing alone (or before a time): "Saturday 4th Feb" is read by the date patterns."""
_WEEKEND = re.compile(r"(?i)\b(?:the|last|this|over the)\s+weekend\b")
_DAYS_AGO = re.compile(r"(?i)\b(\d{1,2}|a|one|two|three|four|five|six|seven)\s+(day|week)s?\s+ago\b")
_SHIFTS = {"yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1}
_SHIFT = re.compile(rf"(?i)\b({'|'.join(sorted(_SHIFTS, key=len, reverse=True))})\b")
_HOLIDAYS = {
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "bonfire night": (11, 5),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
}
_HOLIDAY = re.compile(rf"(?i)\b({'|'.join(_HOLIDAYS)})".replace("'", "['’]?"))
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _weekday(word: str | None) -> int | None:
    if not word:
        return None
    return _WEEKDAYS.get(word.lower(), _WEEKDAY_ABBREVIATIONS.get(word))


def _nearest(written: dt.date, month: int, day: int) -> dt.date | None:
    """A day and month without a year, in the year that puts it closest to the day the note was written."""
    options = []
    for year in (written.year - 1, written.year, written.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - written).days), default=None)


def _ordinal_days(written: dt.date, day: int, weekday: int | None) -> list[dt.date]:
    """An ordinal day ("the 14th") is in the note's month or the one before; a weekday with it chooses."""
    last_month = written.replace(day=1) - dt.timedelta(days=1)
    found = []
    for month in (written, last_month):
        try:
            found.append(month.replace(day=day))
        except ValueError:
            continue
    matching = [d for d in found if weekday is None or d.weekday() == weekday]
    return matching or found


def _weekday_dates(written: dt.date, weekday: int, modifier: str = "") -> list[dt.date]:
    """A bare day name is the last such day before the note, "next Tuesday" the coming one, "this" either."""
    before = written - dt.timedelta(days=(written.weekday() - weekday) % 7 or 7)
    after = written + dt.timedelta(days=(weekday - written.weekday()) % 7 or 7)
    if modifier in ("next", "coming", "this coming"):
        return [after]
    return [before, after] if modifier == "this" else [before]


def resolved_dates(text: str, written: dt.date) -> set[str]:
    """Dates a note states relatively or without a year, resolved from the day it was written.

    Month names count only capitalised ("5 May", not "5 may attend"); a number pair is a day and
    month ("3/4"), as UK notes write it.
    """
    dates: list[dt.date | None] = []
    for m in _DAY_MONTH.finditer(text):
        if m.group(3)[0].isupper():
            dates.append(_nearest(written, _month(m.group(3)), int(m.group(2))))
    for m in _MONTH_DAY.finditer(text):
        if m.group(1)[0].isupper():
            dates.append(_nearest(written, _month(m.group(1)), int(m.group(2))))
    for m in _DAY_MONTH_NUM.finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            dates.append(_nearest(written, int(m.group(2)), int(m.group(1))))
    for m in _ORDINAL_DAY.finditer(text):
        dates.extend(_ordinal_days(written, int(m.group(2)), _weekday(m.group(1))))
    for m in _WEEKDAY.finditer(text):
        weekday = _weekday(m.group(2))
        if weekday is not None:
            dates.extend(_weekday_dates(written, weekday, (m.group(1) or "").lower()))
    for _ in _WEEKEND.finditer(text):
        dates.extend(_weekday_dates(written, 5) + _weekday_dates(written, 6))
    for m in _SHIFT.finditer(text):
        dates.append(written + dt.timedelta(days=_SHIFTS[m.group(1).lower()]))
    for m in _DAYS_AGO.finditer(text):
        count = int(m.group(1)) if m.group(1).isdigit() else _SMALL_NUMBERS[m.group(1).lower()]
        dates.append(written - dt.timedelta(days=count * (7 if m.group(2).lower() == "week" else 1)))
    for m in _HOLIDAY.finditer(text):
        key = re.sub(r"['’]?", "", m.group(1).lower())
        month, day = next(v for k, v in _HOLIDAYS.items() if k.replace("'", "") == key)
        dates.append(_nearest(written, month, day))
    return {d.isoformat() for d in dates if d is not None}


def written_on(note_text: str) -> dt.date | None:
    """The date a cited note was written: the ISO date on its first line, as `note_texts` shows a note."""
    match = _ISO.match(note_text.strip())
    try:
        return dt.date(*map(int, match.groups())) if match else None
    except ValueError:
        return None


@dataclass(frozen=True)
class DatedPassage:
    """One sentence of a note, with the dates a relative expression gives it: its own ("the move went
    to plan yesterday (Friday)") or the last one before it, until a sentence states another date."""

    words: frozenset[str]
    dates: frozenset[str]


_NOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_PLAIN_WORDS = {"the", "and", "was", "were", "with", "for", "from", "that", "this", "has", "had", "have", "her"}
_PLAIN_WORDS |= {"his", "she", "they", "them", "their", "not", "but", "are", "said", "says", "note", "notes"}
_PLAIN_WORDS |= {"recorded", "according", "yes", "been", "into", "out", "our", "all", "after", "before", "about"}
_PLAIN_WORDS |= {"also", "then", "there", "today", "yesterday", "last", "next", "just", "gone", "approx"}
_PLAIN_WORDS |= {"morning", "afternoon", "evening", "night", "tomorrow", "ago", "weekend", "week", "days"}


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _PLAIN_WORDS | CALENDAR_WORDS)


def dated_passages(note_text: str) -> list[DatedPassage]:
    """A note's sentences with the relatively stated dates that govern them (none without a note date)."""
    written = written_on(note_text)
    passages: list[DatedPassage] = []
    governing: frozenset[str] = frozenset()
    for sentence in _NOTE_SENTENCE.split(note_text):
        if not sentence.strip():
            continue
        relative = frozenset(resolved_dates(sentence, written)) if written else frozenset()
        if relative or iso_dates(sentence):
            governing = relative
        passages.append(DatedPassage(_content_words(sentence), governing))
    return passages


def relative_dates_for(claim: str, passages: Sequence[DatedPassage]) -> set[str]:
    """The relatively stated dates that may go with a claim: those governing the note sentence(s) it
    quotes most, so "on Saturday" about a contact does not date a seen-alone visit told earlier in
    the note. A claim that quotes no note sentence (a list of dates) may take any of them."""
    words = _content_words(claim)
    overlaps = [len(words & p.words) for p in passages]
    best = max(overlaps, default=0)
    quoted = [p for p, n in zip(passages, overlaps, strict=True) if n == best or best < 2]
    return set().union(*(p.dates for p in quoted))
