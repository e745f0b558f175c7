"""Counts in the notes: the number a sentence states of the counted thing, and counted events.

"How many" is answered two ways. A note may state the count ("her 3rd reported missing episode",
"two CLA reviews"), and the newest such statement is the count now; otherwise the retrieved notes
of the counted type are counted, one per event date, each dated and cited. A clock time or a date
is never a count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from assistant.models.base import ChatRequest, Source
from assistant.models.candidates import Candidate
from assistant.models.evidence import GENERIC, TYPE_WORDS, event_date, format_date
from assistant.models.questions import TOKEN, counted_thing, question_terms, terms

_WEEKDAY = r"(?:mon|monday|tue|tues|tuesday|weds|wednesday|thu|thur|thurs|thursday|fri|friday|saturday|sunday)"
_WORD_WEEKDAY = r"(?:sat|sun|wed)"
"""Short weekdays that are also words ("she sat 3 exams"): a day of the month only with its ordinal ("Sat 22nd")."""
_MONTH = (
    r"(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|"
    r"nov|november|dec|december)"
)
_DAY_OF_MONTH = (
    rf"\b{_WEEKDAY}\.?,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b{_WORD_WEEKDAY}\.?,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b"
    r"|\b(?:on|since|from|until|till|by|before|after)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|\(\s*\d{1,2}(?:st|nd|rd|th)\s*\)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b"
    rf"|\b(?!may\b){_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)
"""A day of the month however a note writes it: after its weekday ("Monday 24th", "Wed 1st"), as
"on the 15th", alone in brackets beside an event ("arrested Tuesday evening (16th)"), or with its
month ("24th of November", "Nov 24"). A date, never a count: "how many times" is not answered "24"."""
_NOT_A_COUNT = re.compile(
    rf"\b\d{{1,2}}[:.]\d{{2}}\b|\b\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{2,4}})?\b|\b\d{{4}}\b|{_DAY_OF_MONTH}", re.IGNORECASE
)
_STATED_NUMBER = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|once|twice)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    word: value
    for value, words in enumerate(
        [
            (),
            ("one", "once"),
            ("two", "twice", "second"),
            ("three", "third"),
            ("four", "fourth"),
            ("five", "fifth"),
            ("six", "sixth"),
            ("seven", "seventh"),
            ("eight", "eighth"),
            ("nine", "ninth"),
            ("ten", "tenth"),
            ("eleven",),
            ("twelve",),
        ]
    )
    for word in words
}
_FOLLOWING = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_TIMES = re.compile(r"\s*(?:times|occasions)\b", re.IGNORECASE)
"""A count of occurrences names its event before the number as often as after: "late 9 times",
"absent on 3 occasions" count lateness and absences."""
_ADVERBIAL = frozenset({"once", "twice", "thrice"})
"""A count written as an adverb follows its event ("arrested twice", "has moved once"): the words
before it are what it counts, like "N times"."""
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
"""Where a number's clause ends: the words after a full stop belong to the next sentence ("on
Monday 24th. [PERSON] has been charged" counts nothing of the charged person)."""
_ORDINAL_COUNT = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE
)
"""A running total ("his third missing episode", "her 4th referral"): the newest one is the count
now. A fixed amount ("a 12 week assessment", "twice a week") is not overtaken by a later note."""


def _countable(sentence: str) -> str:
    """The sentence without what only looks like a number: clock times, dates, and the index of a
    pseudonym ("[PERSON 3] (EWO)" names the third person of the case, it counts no EWO)."""
    return _NOT_A_COUNT.sub(" ", TOKEN.sub(lambda m: f"[{m.group(1)}]", sentence))


_MEASURE = re.compile(
    r"£\s?\d|\b\d+(?:\.\d+)?(?:ml|mls|mg|mcg|kg|kgs|g|l|cm|mm|km|lbs?|oz|hrs?|mins?|wks?|yrs?|p)\b", re.IGNORECASE
)
"""A figure written solid to its unit ("60ml", "4.6kg", "£35", "12wks"): a number, though no word
boundary separates it from its unit, as practitioners write doses, weights and money."""


def states_a_number(sentence: str) -> bool:
    """Does the sentence state any number or ordinal, in figures or words, other than a clock time,
    a date or a pseudonym's index? What a "how many"/"how much" answer must hold, whatever it
    counts: a figure with its unit attached ("on 60ml methadone daily") is one."""
    countable = _countable(sentence)
    return bool(_STATED_NUMBER.search(countable) or _MEASURE.search(countable))


def states_count(sentence: str, counted: AbstractSet[str]) -> bool:
    """Does the sentence state a number or ordinal of the counted thing ("S's 3rd reported missing
    episode", "two CLA reviews", "3 nights a month")? A clock time or a date is not a count."""
    return stated_count(sentence, counted) is not None


def stated_count(sentence: str, counted: AbstractSet[str]) -> int | None:
    """The number the sentence states for the counted thing, in figures: "Two CLA reviews" answers
    "how many CLA reviews" with 2, which the answer leads with (notes write numbers in words)."""
    if not counted:
        return None
    for match in _STATED_NUMBER.finditer(_countable(sentence)):
        rest = match.string[match.end() :]
        clause = _CLAUSE_END.search(rest)
        following = " ".join(_FOLLOWING.findall(rest[: clause.start()] if clause else rest)[:3])
        if _TIMES.match(match.string, match.end()) or match.group(0).lower() in _ADVERBIAL:
            following += " " + " ".join(_FOLLOWING.findall(match.string[: match.start()])[-3:])
        if terms(following) & counted or _clipped(counted, following):
            word = match.group(0).lower()
            return int(re.sub(r"\D", "", word)) if word[0].isdigit() else _NUMBER_WORDS.get(word)
    return None


def _clipped(counted: AbstractSet[str], following: str) -> bool:
    """Is the counted thing asked in its clipped form ("unis", "appts", "meds") and written out in full
    right after the number ("applied to 5 universities")? Workers type the short word, notes the
    long one; the short word is the start of the long one."""
    noun = next(iter(_FOLLOWING.findall(following)), "")
    return any(
        len(word) >= 3 and word.isalpha() and len(word) <= _CLIPPED_LETTERS and len(full) >= len(word) + 2 and full.startswith(word)
        for word in counted
        for full in terms(noun)
    )


_CLIPPED_LETTERS = 4
"""Clipped words are short ("uni", "appt", "med", "exam"); a longer question word is written out."""


def counted_terms(question: str) -> set[str]:
    """What a count must be of: the counted thing's words ("tablets" in "how many tablets did Sorcha
    take"), not the person named, so "(23rd) about 11pm Sorcha ..." states no count of tablets."""
    thing = terms(counted_thing(question) or "") - GENERIC
    return thing or question_terms(question) - GENERIC


def stated_in(chosen: Sequence[Candidate], question_words: set[str]) -> int | None:
    """The first count the chosen sentences state of the counted thing."""
    return next((n for n in (stated_count(c.text, question_words) for c in chosen) if n is not None), None)


def latest_stated_count(ranked: list[Candidate], counted: set[str], margin: float) -> list[Candidate]:
    """A count stated in the notes ("This is his third missing episode") beats counting notes, and the
    newest statement wins: an older note's "second episode" was true only then."""
    best = ranked[0].score
    stating = [
        c
        for c in ranked
        if c.score >= best - margin and _ORDINAL_COUNT.search(c.text) and states_count(c.text, counted)
    ]
    if not stating:
        return ranked
    newest = max(stating, key=lambda c: (c.source.chunk.date, c.score))
    return [newest, *[c for c in ranked if c is not newest]]


def count_events(request: ChatRequest, best: Candidate) -> str | None:
    """ "How many missing episodes...?" counts the retrieved notes of that type, one per event date,
    each dated and cited; None when the question counts something no note type records ("how many
    days"). The count is of the notes retrieved for the question, and the answer says so; a caseload
    question counts within the case of the best evidence, never across children."""
    thing = counted_thing(request.question)
    if thing is None:
        return None
    kinds = {kind for kind, words in TYPE_WORDS.items() if terms(thing) & words}
    if best.source.chunk.note_type not in kinds:
        return None
    events: dict[dt.date, Source] = {}
    for source in request.sources:
        if source.chunk.note_type in kinds and source.chunk.case_id == best.source.chunk.case_id:
            events.setdefault(event_date(source.chunk.text, source.chunk.date), source)
    listed = "; ".join(f"{format_date(day)} [{source.n}]" for day, source in sorted(events.items()))
    return f"{len(events)} {thing.strip()} recorded in the notes found for this question: {listed}."
