"""Dates as case notes write them: '12/03/2023', '12th March', '12.3.23', 'last Tuesday'.

The note's `date` field is always ISO; the text uses whatever the worker typed. Chronology and
question answering are scored on the ISO date, so every written form here must be resolvable to
exactly one day given the note's own date.
"""

from __future__ import annotations

import datetime as dt
import random

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def month_name(day: dt.date) -> str:
    return _MONTHS[day.month - 1]


def weekday(day: dt.date) -> str:
    return _WEEKDAYS[day.weekday()]


def spoken(day: dt.date) -> str:
    """'3 May', the way a worker asks about a date in a question."""
    return f"{day.day} {month_name(day)}"


def written(day: dt.date, rng: random.Random, written_on: dt.date | None = None) -> str:
    """One of the formats workers type; relative forms only when they resolve from `written_on`."""
    if written_on is not None:
        gap = (written_on - day).days
        if gap == 1 and rng.random() < 0.6:
            return "yesterday"
        relative = relative_last_weekday(day, written_on)
        if relative and rng.random() < 0.6:
            return relative
    styles = (
        lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
        lambda d: f"{ordinal(d.day)} {month_name(d)}",
        lambda d: f"{d.day}.{d.month}.{d.year % 100:02d}",
        lambda d: f"{d.day} {month_name(d)} {d.year}",
        lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        lambda d: f"{weekday(d)} {ordinal(d.day)} {month_name(d)}",
        lambda d: f"{ordinal(d.day)} {month_name(d)[:3]} {d.year}",
    )
    return rng.choice(styles)(day)


def relative_last_weekday(day: dt.date, written_on: dt.date) -> str | None:
    """'last Tuesday' when `day` is in the week before `written_on` and no nearer day has that name."""
    gap = (written_on - day).days
    return f"last {weekday(day)}" if 2 <= gap <= 6 else None


def dob(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
