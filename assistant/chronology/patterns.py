"""Patterns at the top of a chronology: counts, spans and gaps computed from its entries.

Supervisors read the pattern lines first ("3 missing episodes between 4 March and 2 June 2023"),
so they are arithmetic over the entries the reader can see, never generated text: a restricted note
the reader cannot see never reaches here and so can never change a count.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from assistant.chronology.dates import long_date
from assistant.chronology.model import Entry
from assistant.chronology.rules import RULES, RULES_BY_TYPE

VISIT_GAP_DAYS = 42
"""Six weeks: the longest interval between visits that statutory guidance tolerates for any plan."""
PLAN_START = "cp_plan_start"
PLAN_END = "cp_plan_end"
DOMESTIC = "domestic"
_YEAR = dt.timedelta(days=365)
_RISK_FIRST = ("missing_episode", "police_incident", "placement_move", "hospital", "injury", "disclosure")


def patterns(
    entries: Sequence[Entry], visit_dates: Sequence[dt.date] = (), period_end: dt.date | None = None
) -> list[str]:
    """Pattern lines in the order a supervisor scans them: risks, then gaps, then everything else recurring."""
    by_type: dict[str, list[Entry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda e: e.date):
        by_type[entry.event_type].append(entry)
    order = [*_RISK_FIRST, *(rule.event_type for rule in RULES if rule.event_type not in _RISK_FIRST)]
    risks = [line for kind in order[: len(_RISK_FIRST)] for line in _recurring(kind, by_type.get(kind, []))]
    gaps = visit_gaps(entries, visit_dates, period_end)
    others = [line for kind in order[len(_RISK_FIRST) :] for line in _recurring(kind, by_type.get(kind, []))]
    return risks + gaps + others


def _recurring(kind: str, entries: list[Entry]) -> list[str]:
    if len(entries) < 2:
        return []
    rule = RULES_BY_TYPE[kind]
    first, last = entries[0].date, entries[-1].date
    when = f"on {long_date(first)}" if first == last else f"between {_span(first, last)}"
    lines = [f"{len(entries)} {rule.plural} {when}"]
    if kind == "police_incident":
        domestic = [entry for entry in entries if DOMESTIC in entry.details]
        if len(domestic) >= 2:
            lines.append(f"{len(domestic)} police call-outs for domestic incidents")
    if kind == "placement_move":
        most, first, last = densest_year(entries)
        if most >= 2:
            lines.append(f"{most} placement moves in 12 months ({_span(first, last, joiner='to')})")
    return lines


def densest_year(entries: Sequence[Entry]) -> tuple[int, dt.date, dt.date]:
    """The most entries falling within any 12-month window, and that window's first and last dates."""
    dates = sorted(entry.date for entry in entries)
    best = (0, dates[0], dates[0]) if dates else (0, dt.date.min, dt.date.min)
    start = 0
    for end, date in enumerate(dates):
        while date - dates[start] >= _YEAR:
            start += 1
        if end - start + 1 > best[0]:
            best = (end - start + 1, dates[start], date)
    return best


def plan_periods(entries: Sequence[Entry], period_end: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    """Child protection plan periods as the entries record them; an open plan runs to `period_end`."""
    periods: list[tuple[dt.date, dt.date]] = []
    opened: dt.date | None = None
    for entry in sorted(entries, key=lambda e: e.date):
        if PLAN_START in entry.details and opened is None:
            opened = entry.date
        elif PLAN_END in entry.details and opened is not None:
            periods.append((opened, entry.date))
            opened = None
    if opened is not None and period_end is not None and period_end > opened:
        periods.append((opened, period_end))
    return periods


def visit_gaps(
    entries: Sequence[Entry],
    visit_dates: Sequence[dt.date],
    period_end: dt.date | None,
    limit_days: int = VISIT_GAP_DAYS,
) -> list[str]:
    """Intervals longer than `limit_days` with no visit recorded while the child was on a plan."""
    lines: list[str] = []
    for start, end in plan_periods(entries, period_end):
        marks = [start, *sorted(d for d in visit_dates if start < d < end), end]
        for before, after in pairwise(marks):
            if (after - before).days > limit_days:
                weeks = round((after - before).days / 7)
                lines.append(
                    f"no visit recorded for {weeks} weeks while on a child protection plan "
                    f"({_span(before, after, joiner='to')})"
                )
    return lines


def _span(first: dt.date, last: dt.date, joiner: str = "and") -> str:
    if first == last:
        return long_date(first)
    if first.year == last.year:
        return f"{first.day} {first:%B} {joiner} {long_date(last)}"
    return f"{long_date(first)} {joiner} {long_date(last)}"
