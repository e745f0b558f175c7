"""The deterministic evaluators: each scores one observed answer and gives a reason on every failure.

An observation is the ask JSON (`answer`, `citations`, `refused`) plus `cited_texts` (note id ->
the cited notes as the reader sees them, fetched through the facade's scoped `note`). Dates are
compared as ISO dates: an answer's "22 August 2024", "22/08/2024" or "22/8/24" matches gold "2024-08-22".

Grounding resolves what a note says relatively ("on Saturday", "Fri 21st April", "on the 14th",
"yesterday (3/4)") from the date the note was written, with its own small resolver: the harness
must not grade the product with the product's date code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.core import Case, Verdict

NOT_RECORDED_MARKERS = ("isn't recorded", "is not recorded", "not recorded in the notes", "no record of")
LEXICONS = Path(__file__).parent / "datasets" / "lexicons.v1.yaml"

_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTH_RE = "|".join([*_MONTHS, *(m[:3] for m in _MONTHS), "sept"])
_DMY_WORDS = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MDY_WORDS = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_DMY_NUM = re.compile(r"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/]|\.\d)")
"""Numeric day-month-year: 16/11/2022, 16/11/22, 14.3.23, 14-03-2023 (never a UK month-first date)."""
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMBER = re.compile(r"(?<![\w\[])\d+(?:\.\d+)?%?(?![\w\]])")
_MARKER = re.compile(r"\[\d+\]")
_NAME = re.compile(r"\b[^\W\d_a-z][^\W\d_A-Z]+\b")
"""A capitalised word (any script's letters): "Hernández", "Cruz", "O" excluded (one letter)."""


@functools.cache
def lexicons() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LEXICONS.read_text(encoding="utf-8"))
    return data


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


def normalised(text: str) -> str:
    """Lower-cased text with every date it states appended in ISO form, for fact matching."""
    return " ".join([text.lower(), *sorted(iso_dates(text))])


def _without_dates(text: str) -> str:
    for pattern in (_DMY_WORDS, _MDY_WORDS, _DMY_NUM, _ISO):
        text = pattern.sub(" ", text)
    return text


_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_WEEKDAY_ABBREVIATIONS = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Weds": 2, "Thu": 3, "Thur": 3, "Thurs": 3}
_WEEKDAY_ABBREVIATIONS |= {"Fri": 4, "Sat": 5, "Sun": 6}
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
    return frozenset(w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _PLAIN_WORDS | _CALENDAR_WORDS)


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


def says_not_recorded(answer: str) -> bool:
    lowered = answer.lower()
    return any(marker in lowered for marker in NOT_RECORDED_MARKERS)


def cited_ids(observed: Mapping[str, Any]) -> list[str]:
    return [str(c["note_id"]) for c in observed.get("citations", [])]


def contains_term(text: str, term: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term.lower())}(?![\w-])", text.lower()) is not None


@dataclass(frozen=True)
class GoldFactsPresent:
    """Every gold fact of an answerable question appears in the answer (dates compared as dates)."""

    name: str = "gold_facts"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        facts = [str(f) for f in case.expected.get("gold_facts", [])]
        if not case.expected.get("answerable", True) or not facts:
            return None
        answer = str(observed.get("answer", ""))
        if case.inputs.get("qtype") == "yes_no":
            missing = [f for f in facts if not re.search(rf"^\W*{re.escape(f.lower())}\b", answer.lower())]
        else:
            text = normalised(answer)
            missing = [f for f in facts if f.lower() not in text]
        if not missing:
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, f"gold fact(s) not in the answer: {missing}", 1 - len(missing) / len(facts))


@dataclass(frozen=True)
class SaysNotRecorded:
    """An unanswerable question gets the honest "not recorded" and cites nothing."""

    name: str = "not_recorded"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        if case.expected.get("answerable", True):
            return None
        answer = str(observed.get("answer", ""))
        if says_not_recorded(answer) and not observed.get("citations"):
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, "unanswerable question answered instead of 'not recorded'")


@dataclass(frozen=True)
class CitationPrecision:
    """Share of cited notes that are supporting notes (an answer citing nothing scores 0)."""

    name: str = "citation_precision"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        support = set(case.expected.get("supporting_note_ids", []))
        if not case.expected.get("answerable", True) or not support:
            return None
        cited = set(cited_ids(observed))
        if not cited:
            return Verdict.fail(self.name, "the answer cites no note")
        extra = sorted(cited - support)
        score = 1 - len(extra) / len(cited)
        return (
            Verdict.ok(self.name, score)
            if not extra
            else Verdict.fail(self.name, f"cites non-supporting note(s) {extra}", score)
        )


@dataclass(frozen=True)
class CitationRecall:
    """Share of supporting notes the answer cites."""

    name: str = "citation_recall"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        support = set(case.expected.get("supporting_note_ids", []))
        if not case.expected.get("answerable", True) or not support:
            return None
        missing = sorted(support - set(cited_ids(observed)))
        score = 1 - len(missing) / len(support)
        return (
            Verdict.ok(self.name)
            if not missing
            else Verdict.fail(self.name, f"supporting note(s) not cited {missing}", score)
        )


@dataclass(frozen=True)
class SupportingNoteCited:
    """An answerable question's answer cites at least one supporting note: the source a social worker
    clicks through to must be there, even when other notes are cited too (issue #6)."""

    name: str = "supporting_note_cited"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        support = set(case.expected.get("supporting_note_ids", []))
        if not case.expected.get("answerable", True) or not support:
            return None
        if support & set(cited_ids(observed)):
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, f"cites none of the supporting notes {sorted(support)}")


def claims(answer: str) -> list[str]:
    """An answer's sentences, without the backend notice and the 'not recorded' sentence."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n+", answer)
    return [s for s in sentences if s.strip() and not says_not_recorded(s)]


@dataclass(frozen=True)
class TokensGrounded:
    """Every date, number, name token and legal term in the answer appears in its cited notes."""

    name: str = "tokens_grounded"
    legal_terms: tuple[str, ...] = ()

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        sentences = claims(str(observed.get("answer", "")))
        answer = _MARKER.sub(" ", " ".join(sentences))
        if not answer.strip() or observed.get("refused"):
            return None
        texts = list(observed.get("cited_texts", {}).values())
        legal_terms = self.legal_terms or tuple(lexicons()["legal_terms"])
        echoed = denied_question_tokens(sentences, str(case.inputs.get("question", "")))
        missing = sorted(ungrounded_tokens(answer, texts, legal_terms) - citation_counts(sentences) - echoed)
        if not missing:
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, f"not in the cited notes: {missing[:8]}")


_DENIAL = re.compile(
    r"(?i)\b(?:do(?:es)?|did)(?: not|n['’]t)\s+(?:mention|say|record|name|show)\b|\bno (?:mention|record)s? of\b"
    r"|\bnothing (?:about|on)\b|\bnot (?:mentioned|named|found)\b"
)


def denied_question_tokens(sentences: Iterable[str], question: str) -> set[str]:
    """Names and dates the user asked about, repeated in a sentence saying the notes do not record
    them ("The notes I can see do not mention Dr Patel"): an echo of the question, not a claim."""
    echoed: set[str] = set()
    for sentence in sentences:
        if _DENIAL.search(sentence):
            echoed |= {w for w in _NAME.findall(sentence) if contains_term(question, w)}
            echoed |= iso_dates(sentence) & iso_dates(question)
    return echoed


def citation_counts(sentences: Iterable[str]) -> set[str]:
    """Numbers that count the notes the sentence goes on to cite ("2 police notifications: ... [1]; ...
    [2]"): the answer's own tally of its sources, checkable against its citations, not a note's claim."""
    counts: set[str] = set()
    for sentence in sentences:
        text = _without_dates(sentence)
        for match in _NUMBER.finditer(text):
            if match.group(0).isdigit() and int(match.group(0)) == len(set(_MARKER.findall(text[match.end() :]))):
                counts.add(match.group(0))
    return counts


def _source_numbers(source: str) -> set[str]:
    """Numbers a note states: as digits, with a unit stuck on ("10yr", "3.2kg", "4pm"), or as words."""
    undated = _without_dates(source)
    digits = set(re.findall(r"(?<![\w.])(\d+(?:\.\d+)?)(?=[a-z]*\b)", undated))
    spelt = {str(n) for word, n in _NUMBER_WORDS.items() if re.search(rf"\b{word}\b", undated, re.IGNORECASE)}
    return digits | spelt


def ungrounded_tokens(answer: str, cited_texts: Iterable[str], legal_terms: Iterable[str]) -> set[str]:
    """The answer's dates, numbers, name tokens and legal terms that none of its cited notes states.

    A date counts when a note writes it in any common form, or says it relative to the day the note
    was written ("on Saturday" in the note of Monday 6 February 2023 states 4 February 2023) in the
    part of the note the claim quotes.
    """
    texts = list(cited_texts)
    source = "\n".join(texts)
    literal_dates = iso_dates(source)
    passages = [passage for text in texts for passage in dated_passages(text)]
    source_lower = source.lower()
    words = set(re.findall(r"[\w'-]+", source_lower))
    parts = {part for word in words for part in re.split(r"['-]", word) if part}
    source_words = words | parts | _source_numbers(source)
    implied = set().union(*(p.dates for p in passages))
    missing: set[str] = set()
    for claim in claims(answer):
        for date in iso_dates(claim) - literal_dates - relative_dates_for(claim, passages):
            missing.add(f"{date} (a cited note gives it to another passage)" if date in implied else date)
    rest = _without_dates(answer)
    missing |= {n for n in _NUMBER.findall(rest) if n not in source_words and n.rstrip("%") not in source_words}
    for sentence in claims(rest):
        for word in _NAME.findall(sentence):
            if word.lower() not in source_words | _COMMON_CAPITALISED | _CALENDAR_WORDS:
                missing.add(word)
    missing |= {t for t in legal_terms if contains_term(answer, t) and not contains_term(source_lower, t)}
    return missing


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
_TEENS = ("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_NUMBER_WORDS = {word: index for index, word in enumerate((*_UNITS, *_TEENS))}
_NUMBER_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS |= {"once": 1, "twice": 2, "both": 2, "a dozen": 12, "a fortnight": 14, "hundred": 100}

_CALENDAR_WORDS = {*_MONTHS, *(m[:3] for m in _MONTHS), "sept", *_WEEKDAYS, *map(str.lower, _WEEKDAY_ABBREVIATIONS)}
"""Month and day names ("Feb", "Weds"): calendar words, never a name; the dates they form are checked as dates."""

_COMMON_CAPITALISED = {
    "on",
    "in",
    "at",
    "the",
    "a",
    "an",
    "she",
    "he",
    "they",
    "it",
    "this",
    "that",
    "there",
    "yes",
    "no",
    "and",
    "but",
    "mum",
    "dad",
    "according",
    "from",
    "to",
    "as",
    "when",
    "who",
    "what",
    "i",
    "her",
    "his",
    "their",
    "not",
    "notes",
    "answered",
    "sentences",
    "quoted",
    "language",
    "model",
    "without",
    "visit",
    "home",
    "statutory",
    "school",
    "we",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "note",
    "recorded",
    "after",
    "before",
}


@dataclass(frozen=True)
class SensitiveAssertionsSupported:
    """A sentence asserting self-harm, suicide, abuse, sexual harm, violence or drugs cites a note that
    says something of the same kind: an invented sensitive statement is the harm this prevents."""

    name: str = "sensitive_supported"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        categories: Mapping[str, Sequence[str]] = lexicons()["sensitive"]
        texts: Mapping[str, str] = observed.get("cited_texts", {})
        numbered = {int(c["n"]): str(c["note_id"]) for c in observed.get("citations", []) if "n" in c}
        checked = 0
        for sentence in claims(str(observed.get("answer", ""))):
            for category, terms in categories.items():
                if not any(contains_term(sentence, t) for t in terms):
                    continue
                checked += 1
                cited = [numbered.get(int(n)) for n in re.findall(r"\[(\d+)\]", sentence)]
                support = [texts.get(n or "", "") for n in cited]
                if not any(any(contains_term(text, t) for t in terms) for text in support):
                    return Verdict.fail(
                        self.name, f"{category} asserted without a supporting citation: {sentence[:160]!r}"
                    )
        return Verdict.ok(self.name) if checked else None


def mask(value: str) -> str:
    """A PII value as a report may show it: enough to find it, not enough to read it."""
    return value[:1] + "*" * max(len(value) - 2, 1) + value[-1:] if len(value) > 2 else "**"


@dataclass(frozen=True)
class PiiValue:
    """A raw value from the gold set. A one-word name that is also an English word ("Faith",
    "Summer", "Stone") is matched with its capital only, so "summer holidays" is not a leak."""

    type: str
    value: str
    case_id: str
    common_word: bool = False

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        flags = 0 if self.common_word else re.IGNORECASE
        return re.compile(rf"(?<![\w]){re.escape(self.value)}(?![\w])", flags)


def pii_found(text: str, values: Iterable[PiiValue]) -> list[PiiValue]:
    return [v for v in values if v.pattern.search(text)]
