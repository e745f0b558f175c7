"""The date forms a note writes, and what each one means against the note's date.

"04/03/2023", "Sat 22nd", "last fri", "a fortnight ago", "28th ult": practitioners write dates in
many forms, most of them partial. This module only reads them (`mentions`); which date belongs to
the event is decided in `assistant.chronology.dates`. UK notes write dates day first; we never read
03/04 as the 4th of March.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

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
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?(?![/.:\-]\d)", re.IGNORECASE
)
""""March 14th", "Mar 14, 2023". Without a year the day needs its ordinal or the month its capital,
so that "may 3 people" is never a date."""
_DAY_BEFORE_YESTERDAY = re.compile(
    r"\b(?:the )?(?:day before yesterday|(?:day|night|evening) before last)\b", re.IGNORECASE
)
_YESTERDAY = re.compile(
    r"\b(yesterday|last night|the (?:previous|preceding) (?:day|evening|night)|"
    r"the (?:day|night) before(?!\s+(?:the|his|her|their|a|an|that|this|last|[A-Z]\w*)\b))\b",
    re.IGNORECASE,
)
""""The day before" counts from the note only when nothing follows it: "the night before the
hearing" is the hearing's eve, not the note's."""
_DAYS_AGO = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|\d{1,2}) (?:(days?) (?:ago|earlier|before)|(weeks?|fortnights?) ago)\b",
    re.IGNORECASE,
)
""""three days ago", "a fortnight ago", "two weeks ago". "Two weeks before the conference" counts
from the conference, and "a few days ago" or "last week" name no day: none is read, since a wrong
precise date is worse than the note's own."""
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
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
_DAY_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?:(?:{_DAY_ALT})\.?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|till|-|–)\s+"
    rf"(?:(?:{_DAY_ALT})\.?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\b\.?(?:,?\s+(\d{{4}}))?",
    re.IGNORECASE,
)
""""Between 10th and 12th March", "from Fri 10 to Sun 12 March": the event began on the first day."""
_WEEKDAY_BEFORE_LAST = re.compile(
    rf"\b(?:on\s+(?:the\s+)?)?({_DAY_ALT})\.?\s+(?:(?:night|evening|morning|afternoon)\s+)?(?:before last|(?:of\s+)?the week(?:end)? before last|last week)\b|"
    rf"\blast week\s+on\s+({_DAY_ALT})\b",
    re.IGNORECASE,
)
""""Saturday before last", "on Tuesday last week", "last week on Tues": the named day of the week
before the note's week, not the latest such day."""
_WEEKDAY = re.compile(
    rf"\b(on|last|this past|(?:early hours|night|evening|morning|afternoon) of)\s+({_DAY_ALT})\b(?!\.?,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|/))|"
    rf"\b({_DAY_ALT})\.?\s+(?:night|evening|morning|afternoon|just gone|gone|last|past)\b(?!\s+(?:week|month|year))",
    re.IGNORECASE,
)
"""A named day, "on Sat", "last friday", "Sunday night", "the early hours of Sunday": the latest such day on
or before the note. A bare "Friday" is not read, since notes name days for plans too."""
_ORDINAL_DAY = re.compile(
    rf"(?:\b(?:on|since|(?:early hours|night|evening|morning|afternoon) of)\s+(?:the\s+)?|\b(?:{_DAY_ALT})\.?,?(?:\s+|\s*\(\s*)(?:the\s+)?)"
    r"(\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:time|occasion|attempt|floor|visit|session|day|week|birthday))",
    re.IGNORECASE,
)
"""A day of the month alone, "on the 12th", "Sat 22nd", "Fri (14th)": the latest such day on or
before the note. Workers bracket the day they add to a weekday ("went missing Friday (10th)")."""
_DAY_OF_NAMED_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:(?:of\s+)?(last|this|the previous) month|(inst|instant|ult|ultimo)\b\.?)",
    re.IGNORECASE,
)
""""the 2nd of last month", "3rd inst" (this month), "28th ult" (last month): old-fashioned but still written."""
_EVENT_NOUNS = (
    r"meeting|conference|review|hearing|discussion|visit|interview|assessment|panel|core group|"
    r"rhi|icpc|rcpc|mash|ppn|pvp|strategy|referral|appointment|appt|results day"
)
"""Names of events a note dates by writing the day straight after them ("PLO meeting 03/09 at ...")."""
_DAY_SLASH_MONTH = re.compile(
    rf"(?:\b(?:on|since|held|took place)\s+|\b(?:{_DAY_ALT})\.?,?(?:\s+|\s*\(\s*)|\b(?:w/c|wc|w\.c\.|week commencing|week beginning)\s*|"
    rf"\b(?:{_EVENT_NOUNS})(?:\s+(?:(?:held|on|of|dated|done|completed)\s+)?|\s*\(\s*(?=\d{{1,2}}[/.]\d{{1,2}}\s*\)))|^\s*\[|\b(?=\d{{1,2}}[/.]\d{{1,2}},?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}\b))"
    r"(\d{1,2})[/.](\d{1,2})\b(?![/.\-]\d)(?!\s*(?:%|(?:am|pm|hours?|hrs?|mins?|minutes?|days?|weeks?|kg|mg|ml|miles?|km)\b))",
    re.IGNORECASE | re.MULTILINE,
)
"""A day and month without a year, only after "on" (or "held", "took place": "held 18/11 due to ..."), a day name ("Wed 6/9"), "w/c" (week
commencing: the week's first day is the most precise date the words give), the name of the event
it dates ("PLO meeting 03/09", "interview done 21/5", or bracketed: "Panel (5/3) approved"), or with a time of day ("03/07 08:50", a copied message's
"[03/07 08:50]"), so that scores such as "6/6 sessions" or "9/10" are never read as dates."""
_SET_OFF_DAY_MONTH = re.compile(
    r"(?:,\s*|\b(?:completed|held|done|seen|visited|present|undertaken|home|school|centre|office|place|received|rec[’']?d|dated)\s+)"
    r"(\d{1,2})[/.](\d{1,2})(?=\s*(?:[,;()]|\.(?!\d)|\s+(?:and|by|at|with)\b|$))",
    re.IGNORECASE | re.MULTILINE,
)
"""A day and month set off on their own after what was done ("RHI completed at home, 2/10, and
emailed ...", "... with Y present 6/11.", "completed 24/03 by the RHI worker", "held 8/4 at
school"): the writer dates the doing in passing, then says who did it or where. Not a score: the
clause must not speak of marks, sessions or attendance (`_SCORE_BEFORE`), and never "24/7"."""
_RECEIPT_VERB = re.compile(r"(?:received|rec[’']?d|dated)\s", re.IGNORECASE)
_DECISION_NOUN = re.compile(r"\b(?:decisions?|determination|outcome|letter)\b", re.IGNORECASE)
"""Only a decision is dated in passing by its receipt ("grounds decision received 14/10."): see
`dates._DECISION_RECEIVED`."""
_SCORE_BEFORE = re.compile(
    r"\b(?:scored?|scoring|score|out of|marks?|rated|rating|attendance|sessions?|achieved|level|grade|ratio|test|"
    r"quiz|spelling|reading|result|points?)\b|\b(?:was|is|are|were|got|attended)\s*,?\s*$",
    re.IGNORECASE,
)
_PART_OF_MONTH = re.compile(
    rf"\b(?:(mid)(?:-|\s+)|(early|the start of|the beginning of)\s+|(late|the end of)\s+)(?:(last|this) month|({_MONTH_ALT})\b(?:\s+(\d{{4}}))?)",
    re.IGNORECASE,
)
"""An approximate date ("since mid July", "early June", "the end of last month"): read as one day
with `approximate` set, the 15th for "mid", the 1st for "early"/"start of", the month's last day
for "late"/"end of". A chronology needs a place on the timeline; the flag says it is not exact."""
_NAMED_DAYS = {
    "boxing day": (12, 26),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year's day": (1, 1),
    "new years day": (1, 1),
}
_NAMED_DAY = re.compile(r"\b(boxing day|christmas (?:day|eve)|new year[’']?s (?:day|eve))\b", re.IGNORECASE)
"""Days a family's year is told by ("ended the relationship on Boxing Day"): the nearest one to the note."""
_BRACKETED_DAY = re.compile(r"\(\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s*\)")
_TIME_BEFORE_BRACKET = re.compile(
    rf"\b(?:yesterday|today|tonight|night|evening|morning|afternoon|lunchtime|weekend|just gone|gone|{_DAY_ALT})\.?"
    r"(?:\s+(?:at|in|from)(?:\s+[\w'’-]+){1,2})?\s*$",
    re.IGNORECASE,
)
"""A day of the month bracketed after the time words it glosses ("later that night (3rd)", "yesterday
(11th)", "on Friday night (10th)", "held yesterday at school (23rd)"): the writer added the day to be
exact, so it outranks counting back from a note typed up or pasted later. A bracketed number after
anything else ("the last meeting (6th)", "screening (13th)") is not read: nothing says it is a day."""
_GLOSS_GAP = re.compile(
    r"[\s,]*(?:(?:night|evening|morning|afternoon|lunchtime|just gone|gone)\b\s*)?(?:(?:at|in|from)(?:\s+[\w'’-]+){1,2}\s*)?",
    re.IGNORECASE,
)
"""What may stand between a relative phrase and the bracketed day that glosses it."""
_RELATIVE_THEN_STATED = re.compile(rf"[\s,(\[–-]*(?:on\s+)?(?:(?:{_DAY_ALT})\.?,?\s*)?(?:the\s+)?", re.IGNORECASE)
"""What may stand between a relative phrase and the date it is glossed with: "yesterday (Tues 21st March)"."""
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(frozen=True)
class DateMention:
    """A date found in text, with where it was found, so callers can prefer the event's sentence."""

    date: dt.date
    start: int
    end: int
    counted: bool = False
    """Counted back from the note by its writer ("a fortnight ago", "the 2nd of last month"): recent
    by construction, so not history however far back the count goes."""
    assumed_past: bool = False
    """A day named without its month ("on Friday", "on the 12th"), read as the latest one before the
    note: which is wrong when the words look ahead ("is to be discharged on Wednesday")."""
    approximate: bool = False
    """Written as a part of a month ("mid July", "early June"): a day chosen to stand for it."""


def mentions(text: str, anchor: dt.date) -> list[DateMention]:
    """Every date the text states, resolved against `anchor` (the note's date) when partial.

    A day and month without a year take the year that puts them nearest the anchor; relative
    phrases ("yesterday", "on Saturday") count back from the anchor. Where two phrases overlap, the
    more specific one (read first) wins.
    """
    found: list[DateMention] = []
    relative: set[int] = set()
    for pattern, resolve in _READERS:
        for match in pattern.finditer(text):
            flags = (pattern in _COUNTED, pattern in _ASSUMED_PAST, pattern in _APPROXIMATE)
            if _add(found, match, resolve(match, anchor), *flags):
                relative.update({match.start()} if pattern in _RELATIVE else set())
    ordered = sorted(found, key=lambda mention: mention.start)
    return [
        m for m, after in zip(ordered, [*ordered[1:], None], strict=False) if not _glossed(text, m, after, relative)
    ]


def _glossed(text: str, mention: DateMention, after: DateMention | None, relative: set[int]) -> bool:
    """A relative phrase glossed with the date it means ("yesterday Tues 21st March 2023"): the
    stated date wins over counting back, which a late write-up or a wrong anchor would get wrong."""
    if mention.start not in relative or after is None or after.start in relative:
        return False
    gap = text[mention.end : after.start]
    if text.startswith("(", after.start) and _GLOSS_GAP.fullmatch(gap):
        return True  # "yesterday (11th)", "on Friday night (10th)": the bracketed day is the one meant
    return _RELATIVE_THEN_STATED.fullmatch(gap) is not None


def _iso(match: re.Match[str], _anchor: dt.date) -> dt.date | None:
    return _safe_date(int(match[1]), int(match[2]), int(match[3]))


def _numeric(match: re.Match[str], _anchor: dt.date) -> dt.date | None:
    year = int(match[3])
    return _safe_date(year + 2000 if year < 100 else year, int(match[2]), int(match[1]))


def _day_month(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    month, day = _MONTHS[match[2].lower()], int(match[1])
    return _safe_date(int(match[3]), month, day) if match[3] else _nearest(anchor, month, day)


def _month_day(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    month, day = _MONTHS[match[1].lower()], int(match[2])
    if match[4]:
        return _safe_date(int(match[4]), month, day)
    if match[3] or match[1][0].isupper():
        return _nearest(anchor, month, day)
    return None


def _days_back(days: int) -> _Reader:
    return lambda _match, anchor: anchor - dt.timedelta(days=days)


def _ago(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    raw = match[1].lower()
    count = 1 if raw == "a" else _NUMBER_WORDS.get(raw) or int(raw)
    return anchor - dt.timedelta(days=count * _UNIT_DAYS[(match[2] or match[3]).lower().rstrip("s")])


def _ordinal_day(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    named = _WEEKDAY_OPENING.match(match[0])
    if named is None:
        return _latest_day_of_month(anchor, int(match[1]))
    return _day_on_weekday(anchor, int(match[1]), _WEEKDAY_NAMES[named[1].lower()])


_WEEKDAY_OPENING = re.compile(rf"({_DAY_ALT})\b", re.IGNORECASE)


def _bracketed_day(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    before = match.string[max(0, match.start() - 40) : match.start()]
    time_words = _TIME_BEFORE_BRACKET.search(before)
    if time_words is None:
        return None
    latest = _latest_day_of_month(anchor, int(match[1]))
    named = re.search(rf"\b({_DAY_ALT})\b", before[-25:], re.IGNORECASE)
    if latest is None or named is None:
        return latest
    earlier = _latest_day_of_month(latest.replace(day=1) - dt.timedelta(days=1), int(match[1]))
    weekday = _WEEKDAY_NAMES[named[1].lower()]
    return next((d for d in (latest, earlier) if d is not None and d.weekday() == weekday), latest)


def _day_on_weekday(anchor: dt.date, day: int, weekday: int) -> dt.date | None:
    """A day number with its weekday ("Friday 10th") in the month where the two agree: the latest
    such day on or before the note when its weekday matches, else the coming one ("Friday 10th" in
    a note of Wednesday 8 October is 10 October, a plan), else the one a month further back. The
    writer named the weekday to be sure of the day; when no near month agrees, the usual reading
    stands, since a slip in the weekday is likelier than a date months away."""
    latest = _latest_day_of_month(anchor, day)
    if latest is None:
        return None
    coming = _safe_date(anchor.year, anchor.month, day) if day > anchor.day else None
    if coming is None and latest.month == anchor.month:
        after = anchor.replace(day=1) + dt.timedelta(days=31)
        coming = _safe_date(after.year, after.month, day)
    earlier = _latest_day_of_month(latest.replace(day=1) - dt.timedelta(days=1), day)
    agreeing = (d for d in (latest, coming, earlier) if d is not None and d.weekday() == weekday)
    return next(agreeing, latest)


def _day_of_named_month(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    last = (match[2] or "").lower() in {"last", "the previous"} or (match[3] or "").lower().startswith("ult")
    year, month = (anchor.year, anchor.month - 1) if last else (anchor.year, anchor.month)
    if month == 0:
        year, month = year - 1, 12
    return _safe_date(year, month, int(match[1]))


def _named_day(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    month, day = _NAMED_DAYS[match[1].lower().replace("’", "'")]
    return _nearest(anchor, month, day)


def _day_slash_month(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    return _nearest(anchor, int(match[2]), int(match[1])) if 1 <= int(match[2]) <= 12 else None


def _set_off_day_month(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    clause = re.split(r"[.;:]", match.string[: match.start()])[-1]
    if f"{match[1]}/{match[2]}" == "24/7" or _SCORE_BEFORE.search(clause) or re.search(r"\d\s*$", clause):
        return None
    if _RECEIPT_VERB.match(match[0]) and not _DECISION_NOUN.search(clause):
        return None  # "PPN received 10/02." is a notification's receipt line, not a date set off in passing
    return _day_slash_month(match, anchor)


def _part_of_month(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    if match[4]:
        year, month = (anchor.year, anchor.month - 1) if match[4].lower() == "last" else (anchor.year, anchor.month)
        year, month = (year - 1, 12) if month == 0 else (year, month)
    else:
        month = _MONTHS[match[5].lower()]
        first = _safe_date(int(match[6]), month, 1) if match[6] else _nearest(anchor, month, 1)
        if first is None:
            return None
        year = first.year
    if match[1]:
        return _safe_date(year, month, 15)
    if match[2]:
        return _safe_date(year, month, 1)
    next_month = _safe_date(year + month // 12, month % 12 + 1, 1)
    return next_month - dt.timedelta(days=1) if next_month else None


def _weekday_before_last(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    weekday = _WEEKDAY_NAMES[(match[1] or match[2]).lower()]
    this_monday = anchor - dt.timedelta(days=anchor.weekday())
    last_week = this_monday - dt.timedelta(days=7) + dt.timedelta(days=weekday)
    if match[1] and "before last" in match[0].lower():
        if "week" in match[0].lower():
            return last_week - dt.timedelta(days=7)
        return _latest_weekday(anchor, weekday, extra=7, at_least=1)
    return last_week


def _weekday(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    weekday = _WEEKDAY_NAMES[(match[2] or match[3]).lower()]
    gone = (match[1] or "").lower() in {"last", "this past"} or match[0].lower().endswith(("gone", "last", "past"))
    return _latest_weekday(anchor, weekday, 0, at_least=1 if gone else 0)


def _latest_weekday(anchor: dt.date, weekday: int, extra: int = 0, at_least: int = 0) -> dt.date:
    """The latest `weekday` on or before the anchor ("last Friday" written on a Friday is a week
    back, hence `at_least`), then `extra` days further back."""
    back = (anchor.weekday() - weekday) % 7
    if back < at_least:
        back += 7
    return anchor - dt.timedelta(days=back + extra)


_Reader = Callable[[re.Match[str], dt.date], "dt.date | None"]
_READERS: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (_ISO, _iso),
    (_NUMERIC, _numeric),
    (_DAY_RANGE, _day_month),
    (_DAY_MONTH, _day_month),
    (_MONTH_DAY, _month_day),
    (_PART_OF_MONTH, _part_of_month),
    (_DAY_BEFORE_YESTERDAY, _days_back(2)),
    (_YESTERDAY, _days_back(1)),
    (_DAYS_AGO, _ago),
    (_DAY_OF_NAMED_MONTH, _day_of_named_month),
    (_ORDINAL_DAY, _ordinal_day),
    (_BRACKETED_DAY, _bracketed_day),
    (_DAY_SLASH_MONTH, _day_slash_month),
    (_SET_OFF_DAY_MONTH, _set_off_day_month),
    (_NAMED_DAY, _named_day),
    (_WEEKDAY_BEFORE_LAST, _weekday_before_last),
    (_WEEKDAY, _weekday),
)
"""Most specific first: an overlapping later phrase is not read again ("Sat 22nd" is the 22nd)."""
_COUNTED = frozenset({_DAYS_AGO, _DAY_OF_NAMED_MONTH, _WEEKDAY_BEFORE_LAST})
_APPROXIMATE = frozenset({_PART_OF_MONTH})
_ASSUMED_PAST = frozenset({_ORDINAL_DAY, _BRACKETED_DAY, _WEEKDAY})
_RELATIVE = frozenset({_DAY_BEFORE_YESTERDAY, _YESTERDAY, _DAYS_AGO, _WEEKDAY_BEFORE_LAST, _WEEKDAY})

EXPLICIT_FORMS = (_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY)
"""Forms written out in full (day, month and, or without, year): believed further back than a phrase."""


def written_out(text: str, mention: DateMention) -> bool:
    """Whether the mention is a date written in full ("14 February 2023", "14/02/23"), not a phrase."""
    return any(p.fullmatch(text[mention.start : mention.end]) for p in EXPLICIT_FORMS)


def _add(
    found: list[DateMention],
    match: re.Match[str],
    date: dt.date | None,
    counted: bool = False,
    assumed: bool = False,
    approximate: bool = False,
) -> bool:
    """Keep the mention unless a more specific one read earlier overlaps it; whether it was kept."""
    if date is None or any(m.start < match.end() and match.start() < m.end for m in found):
        return False
    found.append(DateMention(date, match.start(), match.end(), counted, assumed, approximate))
    return True


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """A day and month without a year in the year that puts them nearest the note: "on 30th
    December" in a note of 5 January is last year's, "starting 15th May" in a note of 9 May is
    this year's, a plan six days ahead rather than a day eleven months back."""
    candidates = [d for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(year, month, day))]
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor), default=None)


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
