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
from collections.abc import Callable, Sequence
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
    rf"(?:\b(?:on|since|(?:early hours|night|evening|morning|afternoon) of)\s+(?:the\s+)?|\b(?:{_DAY_ALT})\.?,?\s+(?:the\s+)?)"
    r"(\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:time|occasion|attempt|floor|visit|session|day|week|birthday))",
    re.IGNORECASE,
)
"""A day of the month alone, "on the 12th", "Sat 22nd": the latest such day on or before the note."""
_DAY_OF_NAMED_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:(?:of\s+)?(last|this|the previous) month|(inst|instant|ult|ultimo)\b\.?)",
    re.IGNORECASE,
)
""""the 2nd of last month", "3rd inst" (this month), "28th ult" (last month): old-fashioned but still written."""
_DAY_SLASH_MONTH = re.compile(
    rf"(?:\b(?:on|since)\s+|\b(?:{_DAY_ALT})\.?,?\s+|\b(?:w/c|wc|w\.c\.|week commencing|week beginning)\s*)"
    r"(\d{1,2})[/.](\d{1,2})\b(?![/.\-]\d)(?!\s*(?:%|(?:am|pm|hours?|hrs?|mins?|minutes?|days?|weeks?|kg|mg|ml|miles?|km)\b))",
    re.IGNORECASE,
)
"""A day and month without a year, only after "on", a day name ("Wed 6/9") or "w/c" (week
commencing: the week's first day is the most precise date the words give), so that scores such as
"6/6 sessions" or "9/10" are never read as dates."""
_REPORTED = re.compile(
    r"\b(?:e-?mailed|rang|phoned|texted|messaged|wrote|called (?:me|us|the office|duty)|informed (?:me|us)|told (?:me|us)|"
    r"let (?:me|us) know|read it|received(?: it)?|sent(?: it)?|dated|logged)\s*$",
    re.IGNORECASE,
)
"""A date right after a reporting verb ("Nkechi emailed on Sunday") is when we heard, not the event."""
_PROMPTED_BY = re.compile(
    r"\b(?:following|further to|in response to|in relation to|regarding|re:?|concerning|prompted by|as a result of|"
    r"(?<!looked )after)\b(?:\s+[\w'’&-]+){0,5}?\s*$",
    re.IGNORECASE,
)
"""Words that give a date to what prompted an event. "Looked after" is a child's legal status, not a
cause: "looked after review - held Fri 11th April" is dated by itself."""
RESPONSE_KINDS = frozenset(
    {
        "strategy_discussion",
        "section_47",
        "icpc",
        "rcpc",
        "cla_review",
        "cin_review",
        "return_home_interview",
        "assessment",
    }
)
"""Meetings, interviews and assessments held in response to something earlier: "Strategy discussion
following the incident on Saturday", "RHI completed after her missing episode on the 3rd". A date
after "following"/"after" in their sentences is what prompted them, not when they were held. An
incident's own "after" ("taken to A&E after a fall on Saturday") is the same day, so only these."""
_SENT = re.compile(
    r"^\s*(?:sent|date(?: of (?:the )?(?:meeting|conference|discussion|review|panel|hearing|visit))?|"
    r"(?:meeting|conference|review|hearing) date|date held|held on)\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
"""An email's "Sent:" line, or the date heading of minutes ("Date of meeting: 14/03/23")."""
_HEADING = re.compile(
    r"\A\s*(?P<line>[^\n!?]{0,80}\b(?:minutes|meeting|conference|core group|strategy|review|panel|discussion|hearing)\b"
    r"[^\n!?]{0,60}?)[.\s]*(?:\n|\Z)",
    re.IGNORECASE,
)
"""A first line that heads minutes ("Core group minutes – 14.3.23"): typed up later, dated then."""
_LATE_ENTRY = re.compile(r"\blate (?:entry|recording|record)\b([^\n.]{0,60}(?:\.\d[^\n.]{0,10}){0,2})", re.IGNORECASE)
""""Late entry for 20/03/23", "Late entry re visit on Monday": the record is of that day."""
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


def mentions(text: str, anchor: dt.date) -> list[DateMention]:
    """Every date the text states, resolved against `anchor` (the note's date) when partial.

    A day and month without a year take the year that puts them nearest the anchor; relative
    phrases ("yesterday", "on Saturday") count back from the anchor. Where two phrases overlap, the
    more specific one (read first) wins.
    """
    found: list[DateMention] = []
    for pattern, resolve in _READERS:
        for match in pattern.finditer(text):
            _add(found, match, resolve(match, anchor), pattern in _COUNTED, pattern in _ASSUMED_PAST)
    return sorted(found, key=lambda mention: mention.start)


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
    return _latest_day_of_month(anchor, int(match[1]))


def _day_of_named_month(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    last = (match[2] or "").lower() in {"last", "the previous"} or (match[3] or "").lower().startswith("ult")
    year, month = (anchor.year, anchor.month - 1) if last else (anchor.year, anchor.month)
    if month == 0:
        year, month = year - 1, 12
    return _safe_date(year, month, int(match[1]))


def _day_slash_month(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    return _nearest(anchor, int(match[2]), int(match[1])) if 1 <= int(match[2]) <= 12 else None


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
    (_DAY_BEFORE_YESTERDAY, _days_back(2)),
    (_YESTERDAY, _days_back(1)),
    (_DAYS_AGO, _ago),
    (_DAY_OF_NAMED_MONTH, _day_of_named_month),
    (_ORDINAL_DAY, _ordinal_day),
    (_DAY_SLASH_MONTH, _day_slash_month),
    (_WEEKDAY_BEFORE_LAST, _weekday_before_last),
    (_WEEKDAY, _weekday),
)
"""Most specific first: an overlapping later phrase is not read again ("Sat 22nd" is the 22nd)."""
_COUNTED = frozenset({_DAYS_AGO, _DAY_OF_NAMED_MONTH, _WEEKDAY_BEFORE_LAST})
_ASSUMED_PAST = frozenset({_ORDINAL_DAY, _WEEKDAY})
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|going to|to be|is to|are to|expected|expects|expecting|due|hop(?:e|es|ing)|plan(?:s|ned|ning)?|"
    r"booked|arranged|scheduled|listed|set for|intends?|appointment|tomorrow|next)\b[^,;:]*$",
    re.IGNORECASE,
)
"""Words before a named day, in its clause, that look ahead: the day is a plan, not the event's."""
_CONFIRMED = re.compile(
    r"\b(?:went ahead|took place|happened|(?:was|were) held|occurred|did (?:go|happen|take place)|as planned|"
    r"as arranged|as booked)\b",
    re.IGNORECASE,
)
"""A plan confirmed as done ("the planned move went ahead on Tuesday"): the named day is the event's."""


def stated_event_date(
    sentence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS, event_type: str = ""
) -> dt.date | None:
    """The earlier date a sentence gives for the event it describes, if any.

    Only dates before the anchor and within the look-back count: later dates are plans ("review on
    5 June"), and much older ones are history being recalled. A date the writer counted back from
    the note ("the 2nd of last month") may go back twice as far. For a meeting, an interview or an
    assessment (`event_type` in RESPONSE_KINDS), a date after "following" is what prompted it.
    """
    for mention in mentions(sentence, anchor):
        earliest = anchor - dt.timedelta(days=lookback_days * (2 if mention.counted else 1))
        before = _before(sentence, mention.start)
        if not earliest <= mention.date < anchor or _REPORTED.search(before):
            continue
        if event_type in RESPONSE_KINDS and _PROMPTED_BY.search(before):
            continue
        if mention.assumed_past and _LOOKS_AHEAD.search(before) and not _CONFIRMED.search(sentence):
            continue
        return mention.date
    return None


PLAN_LOOKAHEAD_DAYS = 92
"""A stated date up to this far after the note is the event's planned date; later ones are review cycles."""


def planned_date(sentence: str, anchor: dt.date, lookahead_days: int = PLAN_LOOKAHEAD_DAYS) -> dt.date | None:
    """The later date a sentence gives for its event ("starting Monday 15th May"), when it states
    no earlier one: the sentence records a plan, which a chronology leaves to the note that
    confirms it happened ("K started at Oakwood yesterday"), dated then."""
    found = mentions(sentence, anchor)
    if any(m.date < anchor for m in found):
        return None
    latest = anchor + dt.timedelta(days=lookahead_days)
    return next((m.date for m in found if anchor < m.date <= latest), None)


def event_date(
    candidates: Sequence[str],
    sentences: Sequence[str],
    evidence: str,
    text: str,
    note_date: dt.date,
    lookback_days: int = LOOKBACK_DAYS,
    event_type: str = "",
) -> dt.date:
    """The event's date: the first earlier date the sentences about the event state, else the
    date a report lead's own account gives, else when the words were written.

    `candidates` are the evidence first, then the other sentences about the same kind of event.
    A note that opens by saying who told us ("Mum rang this morning.", "Police contact via MASH")
    tells the event in the sentences after it, often in words the event rules do not know ("On
    Saturday night he was stabbed"); the first date those sentences state is the event's.
    """
    written = written_date(text, note_date, lookback_days)
    for sentence in candidates:
        stated = stated_event_date(sentence, written, lookback_days, event_type)
        if stated is not None:
            return stated
    restated = restated_date(evidence, written, lookback_days)
    if restated is not None:
        return restated
    if event_type in RESPONSE_KINDS:
        return written  # held by us, on the day recorded: a report lead's account is what prompted it
    told = reported_date(sentences, evidence, written, lookback_days)
    return told if told is not None else written


RESTATED_REACH_DAYS = 183
"""How far back a restated event's written-out date is believed: past it, the note recalls history."""
_NOT_ITS_OWN = re.compile(
    r"\b(?:since|start(?:ed|ing)?|began|begun|commenced|from|following|after|until|before|previous(?:ly)?|similar|"
    r"another|earlier|last time|also|re|regarding|concerning|about|in relation to|further to|in response to)\b[^,;:]*$",
    re.IGNORECASE,
)
"""Words before a date that give it to something else: a start, what came before, another incident."""


def restated_date(evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date | None:
    """The date written out in full that the evidence sentence itself gives its event, past the
    look-back: a later note restating an event ("The ICPC on 14 February 2023 made ...") dates it
    when it first happened, where the first record's entry already stands."""
    earliest = anchor - dt.timedelta(days=RESTATED_REACH_DAYS)
    latest = anchor - dt.timedelta(days=lookback_days)
    for mention in mentions(evidence, anchor):
        written_out = any(p.fullmatch(evidence[mention.start : mention.end]) for p in _EXPLICIT)
        before = _before(evidence, mention.start)
        if not written_out or not earliest <= mention.date < latest:
            continue
        if not _NOT_ITS_OWN.search(before) and not _REPORTED.search(before):
            return mention.date
    return None


REPORT_WINDOW = 3
"""How many sentences after a report lead may carry its account: a longer note has moved on."""
_REPORT_LEAD = re.compile(
    r"\b(?:rang|phoned|emailed|e-mailed|texted|messaged|informed|notified|let (?:me|us) know|"
    r"(?<!was )(?<!were )(?<!been )reported|contacted (?:me|us|duty|the office|sw|mash|the front door)|"
    r"called (?:me|us|duty|the office|in|to say|to report|to tell)|told (?:me|us|sw|the)|"
    r"(?:call|contact|e-?mail|referral|notification|message|phone call|ppn|update)s?\s+(?:from|via|to|received|made|by))\b",
    re.IGNORECASE,
)
"""Words saying that information arrived: the sentence is about hearing of the event. "Police were
called", "was reported missing" and "she disclosed" are events themselves, not leads."""
_TOLD_NOW = re.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|currently|at present|now)\b", re.IGNORECASE
)
_ASIDE = re.compile(
    r"\b(?:previous(?:ly)?|history|in the past|last year|before that|used to|since|will|plan(?:ned|s)?|due|next|"
    r"booked|arranged for|going to)\b",
    re.IGNORECASE,
)
"""An account sentence that recalls history, a state since some day, or a plan dates no event."""


def reported_date(
    sentences: Sequence[str], evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS
) -> dt.date | None:
    """The date a report lead's account states for what happened, if the text ties one to it.

    Only when the evidence is a report lead that states no date of its own ("Police contact via
    MASH 13/2/23" dates the contact, which is then the event); only the next few sentences; the
    first sentence that speaks of a time decides, so "Today she arrived with a bruise" after the
    lead keeps the note's date even if a later sentence names an earlier day. Asides (history,
    plans, "since") are passed.
    """
    if not _REPORT_LEAD.search(evidence) or mentions(evidence, anchor):
        return None
    start = sentences.index(evidence) + 1 if evidence in sentences else 0
    for sentence in sentences[start : start + REPORT_WINDOW]:
        if _ASIDE.search(sentence):
            continue
        stated = stated_event_date(sentence, anchor, lookback_days)
        if stated is not None:
            return stated
        if _TOLD_NOW.search(sentence) or any(m.date >= anchor for m in mentions(sentence, anchor)):
            return None
    return None


def written_date(text: str, note_date: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date:
    """When the words were written: a "Late entry for ..." date, a pasted email's "Sent:" date,
    the date heading of minutes typed up later, else the note's date.

    An email pasted into a note on Monday that says "the move went to plan yesterday (Friday)"
    was written on Saturday; "yesterday" counts back from the Saturday, not from the Monday.
    Minutes headed "Core group 14/03/23" and recorded on the 20th record a meeting of the 14th.
    A heading dated after the note, or long before it, is not believed: the note's date stands.
    """
    earliest = note_date - dt.timedelta(days=lookback_days)
    sent, heading, late = _SENT.search(text), _HEADING.match(text), _LATE_ENTRY.search(text[:200])
    stated = [
        *(mentions(late[1], note_date - dt.timedelta(days=1))[:1] if late else []),  # late: an earlier day
        *(mentions(sent[1], note_date)[:1] if sent else []),
        *(_heading_date(heading["line"], note_date) if heading else []),
    ]
    return next((m.date for m in stated if earliest <= m.date <= note_date), note_date)


_EXPLICIT = (_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY)
_ABOUT_ANOTHER = re.compile(r"\b(?:following|after|re|regarding|about|concerning|incident|since)\b", re.IGNORECASE)


def _heading_date(line: str, anchor: dt.date) -> list[DateMention]:
    """The meeting's date in a minutes heading: written in full and ending the line, and not the
    date of what the meeting was about ("Strategy discussion following incident 12/3/23")."""
    if re.search(r"[.!?]\s", line):
        return []  # a sentence, not a heading
    found = [m for m in mentions(line, anchor) if any(p.fullmatch(line[m.start : m.end]) for p in _EXPLICIT)]
    last = found[-1:] if found else []
    if not last or line[last[0].end :].strip(" )]-–,") or _ABOUT_ANOTHER.search(line[: last[0].start]):
        return []
    return last


def _before(sentence: str, start: int) -> str:
    """The words before a date, without its own "on"/"last": "emailed on Sunday" -> "emailed"."""
    return re.sub(r"\b(?:on|last|this past)\s*$", "", sentence[:start].rstrip(), flags=re.IGNORECASE)


def _add(
    found: list[DateMention], match: re.Match[str], date: dt.date | None, counted: bool = False, assumed: bool = False
) -> None:
    if date is None:
        return
    if any(m.start < match.end() and match.start() < m.end for m in found):
        return
    found.append(DateMention(date, match.start(), match.end(), counted, assumed))


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
