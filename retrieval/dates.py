"""Date phrases in questions, turned into an event-date window the search narrows by.

Social workers ask "what happened since March?", "any police incidents in 2023?", "when was she
last seen alone?". Matching those by vector similarity alone finds notes about March, not notes
from March. So the phrase becomes a `DateWindow` on the note's event date, pushed into the search
with the scope. Everything is relative to a `today` the caller passes in, never the clock, so the
same question gives the same window in tests and in an evaluation rerun months later.

English idiom decides calendar versus rolling periods: "last month" is the previous calendar month,
"in the last month" is the 30 days up to today. Months without a year mean the most recent one
that has started ("in December", asked in November 2026, is December 2025).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty four": 24,
}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}

_MONTH = r"(?P<{name}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<{name}>(?:19|20)\d{{2}})"
_COUNT = r"(?P<count>\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|years?)"


@dataclass(frozen=True)
class DateWindow:
    """Inclusive event-date bounds (None = open) and whether the question wants the latest events."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    prefer_recent: bool = False
    phrase: str | None = None
    month_day: tuple[int, int] | None = None
    """"on 21 March" with no year: not a window (which year?) but a strong hint for ranking."""

    @property
    def is_open(self) -> bool:
        return self.date_from is None and self.date_to is None


_Handler = Callable[[re.Match[str], dt.date], tuple[dt.date | None, dt.date | None]]


def parse_date_window(question: str, today: dt.date) -> DateWindow:
    """The event-date window a question asks about; an open window when it names none."""
    text = " ".join(question.lower().split())
    month_day, day_phrase = _month_day(text)
    for pattern, handler in _RULES:
        match = pattern.search(text)
        if match and _plan_start(match, text):
            continue
        if match:
            date_from, date_to = handler(match, today)
            if date_from and date_to and date_from > date_to:
                date_from, date_to = date_to, date_from
            rest = text[: match.start()] + " " + text[match.end() :]
            if date_from is not None and date_from == date_to:
                month_day = None
            return DateWindow(date_from, date_to, _wants_recent(rest), match.group(0), month_day)
    if month_day is not None:
        return DateWindow(prefer_recent=False, phrase=day_phrase, month_day=month_day)
    return DateWindow(prefer_recent=_wants_recent(text))


_PLANNED = re.compile(
    r"\b(?:will|shall|going to|gonna|due to|planned|plan(?:ned)? to|starts?|starting|commenc\w*)\b"
    r"|\b(?:is|are|am)\s+(?:\w+\s+){0,3}?\w+ing\b"
)
"""A question about a plan: "how many nights respite is he getting from jan?", "will she start
college from September?". Its "from <month>" is when the plan starts, not when notes were written."""


def _plan_start(match: re.Match[str], text: str) -> bool:
    """Whether a "from <month>" (no year) names a plan's start rather than a window on the notes:
    the plan is recorded before it starts (in December for January), so a window from January would
    leave out the very note that records it. A year ("from June 2025") is always a window."""
    phrase = match.group(0)
    if not phrase.startswith("from") or re.search(r"\d{4}", phrase) or match.groupdict().get("month") is None:
        return False
    return bool(_PLANNED.search(text[: match.start()] + " " + text[match.end() :]))


def names_bare_month(phrase: str | None) -> bool:
    """Whether a window's phrase names a month without a year ("in June", "since March"): which
    year is then an assumption (the latest such month), not something the question said."""
    if not phrase:
        return False
    words = re.findall(r"[a-z]+|\d{4}", phrase.lower())
    return any(word in _MONTHS for word in words) and not any(word.isdigit() for word in words)


def _month_day(text: str) -> tuple[tuple[int, int] | None, str | None]:
    """(month, day) and the phrase of "21 March", "21st of March" or "March 21st" written without a year."""
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        match = pattern.search(text)
        if match:
            month, day = _MONTHS[match.group("month")], int(match.group("day"))
            if day <= calendar.monthrange(2024, month)[1]:  # a leap year: 29 February is a real day
                return (month, day), match.group(0)
    return None, None


def _wants_recent(text: str) -> bool:
    return bool(_RECENT.search(text))


_RECENT = re.compile(r"\b(?:last|latest|most recent(?:ly)?|recent(?:ly)?|currently|current|now)\b")


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _latest_started(month: int, today: dt.date) -> int:
    """The year of the most recent `month` that has begun by `today`."""
    return today.year if month <= today.month else today.year - 1


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _count(match: re.Match[str]) -> int:
    raw = match.group("count")
    return int(raw) if raw.isdigit() else _NUMBERS[raw]


def _rolling(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    count = _count(match) if match.groupdict().get("count") else 1
    unit = match.group("unit").rstrip("s")
    if unit == "month":
        return _shift_months(today, count), today
    if unit == "year":
        return _shift_months(today, 12 * count), today
    return today - dt.timedelta(days=_UNIT_DAYS[unit] * count), today


def _calendar_last(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    unit = match.group("unit")
    if unit == "year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if unit == "month":
        previous = _shift_months(today.replace(day=1), 1)
        return _month_bounds(previous.year, previous.month)
    monday = today - dt.timedelta(days=today.weekday())
    return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)


def _calendar_this(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    unit = match.group("unit")
    if unit == "year":
        return dt.date(today.year, 1, 1), today
    if unit == "month":
        return today.replace(day=1), today
    return today - dt.timedelta(days=today.weekday()), today


def _month_year(match: re.Match[str], suffix: str, today: dt.date) -> tuple[int | None, int | None]:
    """(year, month) from groups month{suffix}/year{suffix}; a bare month means the latest started one."""
    groups = match.groupdict()
    month = _MONTHS[groups[f"month{suffix}"]] if groups.get(f"month{suffix}") else None
    raw_year = groups.get(f"year{suffix}") or groups.get(f"only{suffix}")
    year = int(raw_year) if raw_year else None
    if month is not None and year is None:
        year = _latest_started(month, today)
    return year, month


def _period(match: re.Match[str], suffix: str, today: dt.date) -> tuple[dt.date, dt.date]:
    year, month = _month_year(match, suffix, today)
    assert year is not None
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return _month_bounds(year, month)


def _within(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    return _period(match, "", today)


def _since(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    return _period(match, "", today)[0], None


def _after(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    return _period(match, "", today)[1] + dt.timedelta(days=1), None


def _before(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    return None, _period(match, "", today)[0] - dt.timedelta(days=1)


def _between(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    groups = match.groupdict()
    if groups.get("month1") and not groups.get("year1") and groups.get("month2") and groups.get("year2"):
        year2 = int(groups["year2"])
        first_month = _MONTHS[groups["month1"]]
        second_month = _MONTHS[groups["month2"]] if groups.get("month2") else 12
        year1 = year2 if first_month <= second_month else year2 - 1
        return _month_bounds(year1, first_month)[0], _period(match, "2", today)[1]
    return _period(match, "1", today)[0], _period(match, "2", today)[1]


def _day(match: re.Match[str], _today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            day = dt.date.fromisoformat(groups["iso"])
        elif groups.get("dmy_day"):
            year = int(groups["dmy_year"])
            day = dt.date(year + 2000 if year < 100 else year, int(groups["dmy_month"]), int(groups["dmy_day"]))
        else:
            day = dt.date(int(groups["year"]), _MONTHS[groups["month"]], int(groups["day"]))
    except ValueError:
        return None, None
    return day, day


def _relative_day(match: re.Match[str], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    day = today - dt.timedelta(days=1) if match.group(0) == "yesterday" else today
    return day, day


def _m(name: str) -> str:
    return _MONTH.format(name=name)


def _y(name: str) -> str:
    return _YEAR.format(name=name)


def _p(suffix: str) -> str:
    """A month with an optional year, or a bare year (groups month/year/only + suffix)."""
    return rf"(?:{_m('month' + suffix)}(?:\s+(?:of\s+)?{_y('year' + suffix)})?|{_y('only' + suffix)})"


_PERIOD, _PERIOD1, _PERIOD2 = _p(""), _p("1"), _p("2")
_NOT_A_YEAR = r"(?!\s*,?\s*(?:19|20)\d{2})"
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_m('month')}\b{_NOT_A_YEAR}")
_MONTH_DAY = re.compile(rf"\b{_m('month')}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_NOT_A_YEAR}")

_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b", _day),
        (r"\b(?P<dmy_day>\d{1,2})[/.](?P<dmy_month>\d{1,2})[/.](?P<dmy_year>\d{4}|\d{2})\b", _day),
        (rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_m('month')}\s+{_y('year')}", _day),
        (rf"\b(?:between|from)\s+{_PERIOD1}\s+(?:and|to|until|till)\s+{_PERIOD2}", _between),
        (rf"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+(?:{_COUNT}\s+)?{_UNIT}", _rolling),
        (rf"\b(?:last|past|previous)\s+{_COUNT}\s+{_UNIT}", _rolling),
        (r"\bpast\s+(?P<unit>day|week|fortnight|month|year)\b", _rolling),
        (r"\b(?:last|previous)\s+(?P<unit>week|month|year)\b", _calendar_last),
        (r"\bthis\s+(?P<unit>week|month|year)\b", _calendar_this),
        (r"\b(?:yesterday|today)\b", _relative_day),
        (rf"\b(?:since|from)\s+(?:the\s+start\s+of\s+)?{_PERIOD}", _since),
        (rf"\bafter\s+{_PERIOD}", _after),
        (rf"\b(?:before|until|prior\s+to)\s+{_PERIOD}", _before),
        (rf"\b(?:in|during|throughout|for)\s+{_PERIOD}", _within),
        (rf"\b{_m('month')}\s+{_y('year')}\b", _within),
    )
)
