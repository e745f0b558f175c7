"""When a note's words were written: the anchor that relative dates count back from.

A note is filed on one day but its words may be older: a pasted email sent days before, minutes
typed up after the meeting, a late entry. "Yesterday" in those words counts back from when they
were written, not from when they were filed.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chronology.date_forms import DateMention, mentions, written_out

LOOKBACK_DAYS = 31
"""A stated date further back than this is history being recalled, not the event being recorded."""

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
_LATE_ENTRY = re.compile(r"\blate (?:entry|recording|record)\b(?P<rest>[^\n]{0,120})", re.IGNORECASE)
""""Late entry for 20/03/23", "Late entry re visit on Monday", "Late entry - events of yesterday
evening 24/06", "Late entry - I was on a course yesterday. Events of Sunday 20th.": the record is of
that day. The whole line is the header, however many sentences it runs to."""
_EVENTS_OF = re.compile(r"\b(?:events?|incidents?|visit|meeting|call)\s+(?:of|on|from)\s*$", re.IGNORECASE)
"""Words a late entry puts before the day its events happened ("events of Sunday 20th"); the other
dates of the line ("I was on a course yesterday") say why the entry is late."""


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
        *(_late_entry_date(late["rest"], note_date) if late else []),
        *(mentions(sent[1], note_date)[:1] if sent else []),
        *(_heading_date(heading["line"], note_date) if heading else []),
    ]
    return next((m.date for m in stated if earliest <= m.date <= note_date), note_date)


def _late_entry_date(rest: str, note_date: dt.date) -> list[DateMention]:
    """The day a late entry says its events happened: the date after "events of" if the line names
    one, else its first date. A late entry is written on the note's day, so "yesterday" in it counts
    back from the note; a day named without its month ("re visit on Monday") is an earlier one."""
    named = [m for m in _earlier(rest, note_date) if _EVENTS_OF.search(rest[: m.start].rstrip())]
    return named[:1] or _earlier(re.split(r"[.!?]\s+", rest, maxsplit=1)[0], note_date)[:1]


def _earlier(text: str, note_date: dt.date) -> list[DateMention]:
    found = [m for m in mentions(text, note_date) if m.date < note_date]
    return found or mentions(text, note_date - dt.timedelta(days=1))


def late_entry_line(sentence: str) -> bool:
    """Whether a sentence is a late entry's header ("Late entry - I was on a course yesterday."):
    it says when and why the record was written, not what happened."""
    return bool(_LATE_ENTRY.match(sentence.strip()))


_COUNTS_FROM_WRITING = re.compile(
    r"\b(?:yesterday|today|last night|this (?:morning|afternoon|evening)|(?:days?|weeks?) ago)\b", re.IGNORECASE
)
"""A heading that says "first hearing yesterday Tues 21st March" was written the day after its date."""
_ABOUT_ANOTHER = re.compile(
    r"\b(?:following|(?<!looked )after|re|regarding|about|concerning|incident|since)\b", re.IGNORECASE
)
"""Words before a heading's date that make it the date of what prompted the occasion; "looked after" is
a child's legal status ("LOOKED AFTER REVIEW 06/10/2026"), not "after" an earlier event."""


_OUTCOME_LINE = re.compile(r"^\W*(?:outcome|result|conclusion|decision|findings?)s?\b", re.IGNORECASE)
_CITED_IN_BRACKET = re.compile(
    r"\(\s*(?!(?:held|took place|completed|concluded|on|dated)\b)[A-Za-z][\w/&'’-]*(?:\s+[\w/&'’-]+){0,2}?\s+$"
)
"""An outcome line names the occasion it concludes and, in brackets, the meeting it rests on
("Outcome of s47 (strategy 7.10.25)", "Decision (ICPC 3/4): CP plan"): the outcome is recorded
on its own day, so a bracketed date after another occasion's name cites that occasion. A bare
bracketed day ("Panel (5/3) APPROVED") or "(held 5/3)" still dates the line's own occasion."""


def cites_another_occasion(line: str, start: int) -> bool:
    """Whether the date at `start` is, in an outcome line, the bracketed date of another occasion
    the outcome rests on ("Outcome of s47 (strategy 7.10.25)"): not the outcome's date."""
    return bool(_OUTCOME_LINE.match(line) and _CITED_IN_BRACKET.search(line[:start]))


def heading_date(text: str, note_date: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date | None:
    """The date the note's first line heads it with, also when that line counts back from its
    writing ("Family court - first hearing yesterday Tues 21st March 2023"): not when the words
    were written, but the date of the occasion the note records, for an evidence sentence that
    states none ("Outcome: interim care order granted")."""
    heading, done = _HEADING.match(text), _DONE_HEADING.match(text)
    found = _heading_date(heading["line"], note_date, counting=True) if heading else []
    found = found or (_heading_date(done["line"], note_date, counting=True) if done else [])
    earliest = note_date - dt.timedelta(days=lookback_days)
    return found[0].date if found and earliest <= found[0].date <= note_date else None


def _heading_date(line: str, anchor: dt.date, counting: bool = False) -> list[DateMention]:
    """The meeting's date in a minutes heading: written in full and ending the line, and not the
    date of what the meeting was about ("Strategy discussion following incident 12/3/23")."""
    first = _FIRST_SENTENCE.split(line, maxsplit=1)[0]  # "Strategy discussion 20/3/25 14:00 (Teams). Chair: ..."
    if first != line and not _OCCASION_WORD.search(first):
        return []  # a sentence that names no occasion ("Mum rang on 3/3. She asked about the review")
    line = first
    if not counting and _COUNTS_FROM_WRITING.search(line):
        return []  # a sentence, or a line that counts back from when it was written: not its date
    found = [m for m in mentions(line, anchor) if written_out(line, m)]
    last = found[-1:] if found else []
    tail = line[last[0].end :] if last else ""
    ends = _HEADING_TAIL.fullmatch(tail) if counting else not tail.strip(" )]-–,")
    if (
        not last
        or not ends
        or _ABOUT_ANOTHER.search(line[: last[0].start])
        or cites_another_occasion(line, last[0].start)
    ):
        return []
    return last


_OCCASION_WORD = re.compile(
    r"\b(?:minutes|meeting|conference|core group|strategy|review|panel|discussion|hearing|completed|concluded|held|"
    r"signed off|authorised|finalised|took place)\b",
    re.IGNORECASE,
)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
"""Where a heading line's first sentence ends: minutes go on, on the same line, with who chaired and
who was present ("Strategy discussion - 3 June 2025, 10am. Chair: ..."); the heading is the first."""
_HEADING_TAIL = re.compile(
    r"[\s)\]\-–,]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2}(?:\s*(?:am|pm|hrs?))?|\s*(?:am|pm))[\s,\-–]*)?(?:\([^()\n]{1,40}\))?[\s.]*"
)
"""What may follow a heading's date: the time it started and where or how it was held
("STRATEGY DISCUSSION - 11/03/24 11:00 (Teams)"); anything else and the date is not the heading's.
Read only for the occasion's date (`heading_date`), not for when the words were written, which the
answerer also reads."""
_DONE_HEADING = re.compile(
    r"\A\s*(?P<line>[^\n!?]{0,120}\b(?:completed|concluded|held|signed off|authorised|finalised|took place)\s+"
    r"(?!\(\s*(?:start(?:ed)?|began|begun|commenced|opened)\b)(?:on\s+)?[^\n!?]{4,40}?)[.\s]*(?:\n|\Z)",
    re.IGNORECASE,
)
"""A first line that ends by saying when the work it heads was done ("ASSESSMENT OUTCOME (joint
with Housing), completed 7 October 2024"): that is the occasion's date, whatever it is called. A bracket saying when the work started ("completed (started
03/02/25)") is not when it was done."""


_DATE_ONLY_TRIM = " .:-–"


def sentence_anchor(text: str, sentence: str, note_date: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date:
    """When the words of one sentence of a note were written: the nearest line above it that is
    only a date ("Tues 23/01", "Fri 16 June"), the day heading of a log written up days later, else
    `written_date`. "Last night" under "Tues 23/01" is the 22nd, whenever the log was filed. A
    heading after the note, or before the look-back, is not believed."""
    written = written_date(text, note_date, lookback_days)
    flat_sentence = " ".join(sentence.split())
    lines = [" ".join(line.split()) for line in text.splitlines()]
    at = next((i for i, line in enumerate(lines) if flat_sentence and flat_sentence in line), -1)
    for line in reversed(lines[:at] if at > 0 else []):
        found = mentions(line, note_date)
        if len(found) == 1 and not line[: found[0].start].strip() and not line[found[0].end :].strip(_DATE_ONLY_TRIM):
            date = found[0].date
            return date if note_date - dt.timedelta(days=lookback_days) <= date <= note_date else written
    return written
