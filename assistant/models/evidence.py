"""What a note's sentence holds, read without a language model: the patterns and measures the
extractive answerer scores sentences with.

Kept apart from the answerer so each rule can be read (and tested) on its own: which words a
sentence shares with a question and how much each weighs, whether it names a person, a date, a
count or a quotation, whether it says "no", and when the event it records happened.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from assistant.chronology.dates import mentions, sentence_anchor, stated_event_date
from assistant.models.base import Source
from assistant.models.layout import unwrapped
from assistant.models.questions import REASON, TOKEN_LABEL, keywords, sentences, terms
from records.vocabulary import known_labels

_BRACKETED_DAY = re.compile(r"\((?:[A-Za-z]+\s+){0,2}(?P<day>\d{1,2})/(?P<month>\d{1,2})\s*\)")
"""A bare day/month in brackets beside its event ("NEW SCHOOL (started 17/6)"): a date, year from the note."""

DATE = re.compile(
    r"\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    r"|\b\d{1,2}[.\-]\d{1,2}[.\-]\d{2,4}\b|\b(on|since) (the )?\d{1,2}(st|nd|rd|th)\b"
    r"|\b(mon|tues?|weds?|thurs?|fri|sat|sun)\.?\s+\d{1,2}(st|nd|rd|th)?\b|\b(last|this past) (mon|tues?|weds?|thurs?|fri|sat|sun)"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b|\bjust gone\b"
    rf"|{_BRACKETED_DAY.pattern}",
    re.IGNORECASE,
)
"""A date in any of the ways notes write one: "16/11/22", "15.03.22", "on the 14th", "Sat 22nd",
"last friday", "Monday, January 15, 2024", "Sunday just gone"."""
COUNT = re.compile(
    r"\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|once|twice|several)\b", re.IGNORECASE
)
QUOTED = re.compile(r"[\"“][^\"”]{3,}[\"”]|\b(said|says|told|stated|reported|disclosed|described|explained|shared)\b", re.IGNORECASE)
PERSON = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Dr)\b|\[[A-Z_]+[^\]]*\]|<[A-Z_]+[^>]*>|\b(gp|dsl|teacher|head ?teacher|health visitor|nurse|"
    r"officer|pc|ds|iro|worker|manager|mother|father|mum|dad|grandmother|grandfather|aunt|uncle|partner|carer|"
    r"foster|paediatrician|consultant|camhs|police|school|practitioner|adviser|advisor|sencO|head)\b",
    re.IGNORECASE,
)
TOKEN = rf"\[{TOKEN_LABEL}(?: \d+)?\]"
"""A pseudonym token: "[SOCIAL WORKER]", "[PERSON 3]", "[MOTHER'S PARTNER]", and a relation written with
a hyphen, "[HALF-BROTHER]", "[STEP-DAD]": redaction names a person by the role the notes give them,
as the notes spell it, so a hyphenated relation is one token like any other (session 14)."""
NAMED = re.compile(TOKEN + r"|<[A-Z_]+[^>]*>|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z\[]")
"""Someone named: a pseudonym token ("[SOCIAL WORKER]") or a title and name. A "who" answer names
someone; "PA visit to the flat" only mentions a role."""
QUOTATION = re.compile(r"[\"“][^\"”]{3,}[\"”]")
_STREET = r"(?:Rd|Road|St|Street|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Terrace|Grove|Place|Court|Gardens|Walk|Estate)"
PROPER_NAME = re.compile(
    r"(?<=[a-z,;(]\s)(?![A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)*\s+" + _STREET + r"\b)(?:[A-Z][a-z'’]+)(?:\s+(?:[A-Z][a-z'’]+|RC|CE|of))*\s+[A-Z][a-z'’]+|(?<=, )[A-Z][a-z]+(?=,)"
    r"|(?<=[-–:]\s)[A-Z][a-z'’]+(?=\.?\s*$)"
)
"""A name inside a sentence ("attends Castle Park Primary", "The family dog, Biscuit, was...",
"Interpreter needed - Vietnamese."): what "which school" and "what is the name of" questions want.
A street ("outside the shop on Airedale Rd") is an address, not the school or hospital asked about."""
INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget) (all |any |the )?(previous|prior|above|earlier) (instructions|prompts?|rules)\b"
    r"|^\s*(system|assistant)\s*:|\byou are now\b|\bnew instructions\b",
    re.IGNORECASE,
)
GENERIC = keywords("name called happen kind type sort way thing things reason why get got getting give gave given") | {REASON}
"""Words a question uses about any answer; their absence from the notes says nothing ("how did he
get the bruise?", "what reason did he give?": notes write what happened, not "got" or "gave")."""
NAME_WORDS = keywords("name names named full surname")
"""How a question asks for a name ("what is the name of his neurologist", "whats mikeys full name"):
the form of the question, not its subject. A note names someone without writing "name", and a
sentence that happens to say "name" ("mum won't even say his name") is no evidence of one."""
DATE_WORDS = keywords("date dates")
"""How a "when" question asks for a day ("what date did she move", "date mum came home?"): the form
of the question, like `NAME_WORDS` for a name. A line that happens to say "dated" ("Letter ...
dated 24 April:") is no better an answer for holding it."""
_NUMBER_ABBREVIATION = re.compile(r"\bno\.\s*(?=[\[\d(<])|\b(nhs|ref|tel|case|crime|occurrence) no\b", re.IGNORECASE)
"""'NHS no. 401…', 'Ref no 12': "no" as the abbreviation of number is not a refusal."""
_NEGATIVE = re.compile(
    r"\b(no|not|never|none|ended|ceased|closed|stepped down|declined|denied|refused|nfa|no further action|removed|"
    r"separated|split up|no longer)\b",
    re.IGNORECASE,
)
_CONTRACTED = re.compile(
    r"\b(?:cannot|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)n['’]?t)\b", re.IGNORECASE
)
"""A negation as speech is typed ("she won't oppose", "he didnt attend", "can't"): a "won't" is as
much a no as a "will not", but only in a clause that shares a word with the question ("you can't
prove anything" says nothing about "does he have kids of his own"): people say "can't" and
"don't" about everything, where "declined" or "ended" is written about the matter at hand."""
_NO_CONCERNS = re.compile(r"\bno (new |further |other )?concerns?\b", re.IGNORECASE)
_ALL_TYPE_WORDS: dict[str, set[str]] = {
    kind.value: keywords(text := f"{kind.value.replace('_', ' ')} {' '.join(labels)}") | terms(text)
    for kind, labels in known_labels().items()
}
TYPE_WORDS: dict[str, set[str]] = {
    kind: {word for word in words - keywords("family child meeting note visit call") if sum(word in other for other in _ALL_TYPE_WORDS.values()) == 1}
    for kind, words in _ALL_TYPE_WORDS.items()
}
"""Words that name one note type only: 'ICPC' picks the ICPC note; 'family' (in 'child and family
assessment') names no type in particular."""


def rarity(
    question_words: set[str], pool: Sequence[set[str]], possessors: AbstractSet[str] = frozenset()
) -> dict[str, float]:
    """Question words weighted by how few candidate sentences hold them: "dentist" decides, "seen" hardly.

    An owner ("the family's dog") counts half: the question is about the dog.
    """
    total = len(pool)
    return {
        word: (0.5 if word in possessors else 1.0) * math.log(1 + total / (1 + sum(word in words for words in pool)))
        for word in question_words
    }


PLACE_KINDS = frozenset(terms("flat house home address property"))
"""What a pseudonymised address is: "Location: [ADDRESS 1]" was "Flat 3, 41 Cobden Street", so
"when were police called out to the flat" must find its flat in the token (non-negotiable 2 hides
the words an address is written with, and workers ask by the kind of place)."""


def with_places(words: AbstractSet[str]) -> set[str]:
    """The words with the kinds of place an address token stands for, when the text holds one."""
    return set(words) | PLACE_KINDS if any(word.startswith("@address") for word in words) else set(words)


def word_forms(question_words: AbstractSet[str], words: AbstractSet[str], heads: bool = False) -> set[str]:
    """A sentence's words with the question's form of any word it writes in another form: a noun
    made from a verb with "-t"/"-th" is the verb ("weight" meets "[CHILD] weighed: 10.9 kg",
    "growth" meets "grown"), and a stem with or without its final "e" is one word ("take" stems to
    "tak", "took"/"taken" to "take", so "how many did she take" met no "taken")."""
    found = {word for word in question_words - words if any(form in words for form in _forms(word))}
    if heads:
        found |= _concept_heads(question_words - words, words)
    return set(words) | found if found else set(words)


def _concept_heads(question_words: AbstractSet[str], words: AbstractSet[str]) -> set[str]:
    """Question words a named concept of the sentence ends in: "guardian" meets "Children's guardian",
    "worker" meets "family support worker". A concept is a kind of its last word, and a worker
    asking for the guardian writes the short form ("who's the guardian in the proceedings"). Only
    for a question asking who holds a role (`heads`): elsewhere the concept's other words matter
    ("the HO interview" is not the "return home interview")."""
    if not question_words:
        return set()
    heads: set[str] = set()
    for word in words:
        if word.startswith("~") and " " in word:
            heads |= terms(word.rsplit(" ", 1)[1])
    return heads & set(question_words)


def _forms(word: str) -> tuple[str, ...]:
    """Other forms of a stemmed question word that notes write for the same concept."""
    forms = [word[: -len(suffix)] for suffix in ("th", "t") if word.endswith(suffix) and len(word) - len(suffix) >= 4]
    if word.isalpha() and len(word) >= 3:
        forms.append(word[:-1] if word.endswith("e") and len(word) >= 4 else f"{word}e")
    return tuple(forms)


def keyword_share(
    weights: dict[str, float], words: AbstractSet[str], context: AbstractSet[str], discount: AbstractSet[str] = frozenset()
) -> float:
    """Weighted share of the question's terms in the sentence; the note's title and type count half.

    `discount` holds terms that do not count as evidence here: 'group' in "What is her blood
    group?" when no note says "blood", so "core group" cannot answer it.
    """
    total = sum(weights.values())
    if not total:
        return 0.0
    credited = weights.keys() - discount
    in_sentence = credited & words
    in_context = (credited & context) - in_sentence
    return (sum(weights[w] for w in in_sentence) + 0.5 * sum(weights[w] for w in in_context)) / total


_PROCEDURAL = keywords(
    "inform informed confirm confirmed discuss discussed await awaited awaiting pending follow update updated request "
    "requested chase chased check checked ask asked agree agreed arrange arranged share shared send sent forward "
    "notify notified advise advised contact contacted email emailed call called ring rang record recorded note noted "
    "due expected tbc known will shall need needs"
)
"""Words that talk about a fact without stating it: "IRO to be informed of the outcome", "awaiting
the outcome", "outcome to be confirmed"."""
_STATES_SOMETHING = re.compile(r"\d|[\"“][^\"”]{3,}[\"”]")


def echoes(
    sentence: str,
    question_words: AbstractSet[str],
    asked_about: AbstractSet[str] = frozenset(),
    words: AbstractSet[str] | None = None,
) -> bool:
    """Does the sentence only repeat the question's words? Apart from roles, the question's own terms
    and words that talk about a fact ("informed of", "awaiting", "to confirm"), it says nothing: no
    new word, number, date, quotation or name. "IRO to be informed of the LADO outcome" echoes
    "what was the LADO outcome?"; "To confirm the outcome: substantiated" answers it."""
    roles = set().union(*(terms(match.group(0)) for match in PERSON.finditer(sentence)))
    if (words if words is not None else terms(sentence)) - set(question_words) - _PROCEDURAL - GENERIC - roles:
        return False
    if _STATES_SOMETHING.search(sentence) or DATE.search(sentence) or PROPER_NAME.search(sentence):
        return False
    return not set(NAMED.findall(sentence)) - set(asked_about)


def on_days(sources: Sequence[Source], days: Sequence[tuple[int, int, int | None]]) -> list[Source]:
    """The sources written on a day the question names: "What did she say on 21 March?" is answered
    from the 21 March note or not at all, however well another day's note matches the words."""
    return [
        source
        for source in sources
        if any((source.chunk.date.day, source.chunk.date.month) == (day, month) and year in (None, source.chunk.date.year) for day, month, year in days)
    ]


def event_date(sentence: str, note_date: dt.date, note_text: str = "") -> dt.date:
    """When the sentence's event happened: the date it states ("went missing yesterday", "DV incident
    last Sunday") if that is shortly before the note's date, otherwise the note's event date.

    A pasted email's "Sent:" date is when its words were written, so "the move went to plan
    yesterday" in an email sent on Saturday is Friday, even if the note was filed on Monday. A
    sentence that states no date takes the one the note states for its event, as a pasted police
    report does ("time of incident: 07/01/2023" in a notification filed on the 9th)."""
    anchor = sentence_anchor(note_text, sentence, note_date) if note_text else note_date
    return stated_event_date(sentence, anchor) or (stated_event_date(note_text, anchor) if note_text else None) or note_date


def passage_date(sentence: str, note_date: dt.date, note_text: str = "") -> dt.date:
    """The date the note itself gives the sentence's passage: the one the sentence states, else the
    one stated by the nearest sentence before it that states one ("Sat 20th: visit to HMP. Mum was
    tearful." dates the tears on the 20th), else the note's date. A sentence quoted only for context
    is dated this way, never by a relative date written in another passage of its note: a reader
    (and the grounding check) finds the date where the sentence sits, not elsewhere in the note.
    The note is read unwrapped (`layout.unwrapped`), as `passages` cut the unit from it: a unit joined
    across a hard wrap is no sentence of the note split at every line break."""
    anchor = sentence_anchor(note_text, sentence, note_date) if note_text else note_date
    own = stated_event_date(sentence, anchor)
    if own is not None or not note_text:
        return own or note_date
    flat = " ".join(sentence.split())
    before = [" ".join(s.split()) for s in sentences(unwrapped(note_text))]
    at = next((i for i, s in enumerate(before) if flat[:60] and flat[:60] in s), None)
    for earlier in reversed(before[: at + 1] if at is not None else []):
        stated = stated_event_date(earlier, sentence_anchor(note_text, earlier, note_date))
        if stated is not None:
            return stated
        if mentions(earlier, anchor):
            break
    return note_date


def asked_date(
    sentence: str,
    note_date: dt.date,
    note_text: str = "",
    event_words: AbstractSet[str] = frozenset(),
    in_passage: bool = False,
    title: str = "",
) -> dt.date:
    """The date that answers "when": the date the sentence itself states for its event, else the one
    full date it states at any distance, before or after the note ("Stepped down to EH 2/4/25" in a
    closure summary written months later; "Her first appointment is on 29/1/24", written on 15
    January), because the writer tied the event to it; then the date the note states for its own
    event, and last the note's date. Summaries and reviews recall older events in their own
    sentences, so the note's event ("closure on the 24th") must not outrank the sentence's.
    `in_passage` (a sentence quoted for context) takes `passage_date` instead of the note's event.
    The best sentence keeps the note's event: a passage date there lost "when" and yes/no facts.
    A span of days ("17-18/1", "3rd-5th Jan") dates its event by its first day (`span_start`), and
    a note's `title` that names the asked event better than the sentence dates it (`title_date`)."""
    anchor = sentence_anchor(note_text, sentence, note_date) if note_text else note_date
    attached = attached_date(sentence, anchor, event_words)
    if attached is not None:
        return attached
    titled = title_date(title, sentence, note_date, event_words)
    if titled is not None:
        return titled
    span = span_start(sentence, note_date, event_words)
    if span is not None:
        return span
    own = stated_event_date(sentence, anchor)
    if own is not None:
        return episode_start(sentence, own, note_date, note_text, event_words) or own
    written = _written_dates(sentence, note_date)
    if len(set(written)) == 1:
        return written[0]
    holiday = named_day(sentence, anchor)
    if holiday is not None:
        return holiday[1]
    return passage_date(sentence, note_date, note_text) if in_passage else event_date(sentence, note_date, note_text)



_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SPAN = re.compile(
    r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:/(?P<m1>\d{1,2}))?\s*(?:[-–]|\bto\b|\buntil\b|\btill\b)\s*"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:/(?P<m2>\d{1,2})(?:/(?P<y2>\d{2}|\d{4}))?\b(?!/\d)"
    r"|\s+(?:of\s+)?(?P<name>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b(?:,?\s+(?P<year>\d{4})\b)?)",
    re.IGNORECASE,
)
"""A span of days as notes write it: "17-18/1", "30/5 to 1/6", "3rd-5th Jan", "12 to 14 December"."""
_END_ASKED = frozenset(terms("return returned back home discharge discharged release released found located end ended until finish finished"))


def span_start(sentence: str, note_date: dt.date, event_words: AbstractSet[str] = frozenset()) -> dt.date | None:
    """The first day of a span of days the sentence writes ("missing 30/5 to 1/6", "respite 3rd-5th
    Jan"): an episode over several days happened from its first day, which is what "when did she go
    missing" asks; a question about its end ("when did she come back") keeps the other rules. The
    year is the one that puts the span nearest the note."""
    if event_words & _END_ASKED:
        return None
    match = _SPAN.search(sentence)
    if match is None:
        return None
    month_of_end = int(match["m2"]) if match["m2"] else _MONTH_NAMES.index(match["name"][:3].lower()) + 1
    month = int(match["m1"]) if match["m1"] else month_of_end
    day, end = int(match["d1"]), int(match["d2"])
    if not match["m1"] and day > end:
        month = 12 if month_of_end == 1 else month_of_end - 1
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= end <= 31):
        return None
    written = match["y2"] or match["year"]
    years = [int(written) + (2000 if len(written) == 2 else 0)] if written else [note_date.year + 1, note_date.year, note_date.year - 1]
    for year in years:
        try:
            start = dt.date(year, month, day)
        except ValueError:
            return None
        if written or (start - note_date).days <= _SPAN_AHEAD:
            return start
    return None


_SPAN_AHEAD = 31
"""A span with no year is the latest one starting no more than a month after the note: notes record
episodes that happened and book the odd one just ahead ("respite 3rd-5th next month")."""


def title_date(title: str, sentence: str, note_date: dt.date, event_words: AbstractSet[str]) -> dt.date | None:
    """The date a note's title gives the asked event, when the title names more of the event than
    the quoted sentence does: "Missing from placement overnight 17-18/1" dates the missing episode,
    though the sentence quoted from it ("Police did a safe and well check at the placement Sunday")
    tells a later part of it. Writers title a note with the event and its day; a line inside it
    holding only part of the event's words is about something that followed."""
    if not title or not event_words:
        return None
    named = _event_held(terms(title), event_words)
    if not named > _event_held(terms(sentence), event_words):
        return None
    span = span_start(title, note_date, event_words)
    if span is not None:
        return span
    written = _written_dates(title, note_date)
    return written[0] if len(set(written)) == 1 else None


def _event_held(words: AbstractSet[str], event_words: AbstractSet[str]) -> set[str]:
    """The asked event's words a text holds; a named concept by its first word as a title writes it
    ("Missing from placement" holds "~missing from home", which "went missing" is read as)."""
    return {
        word for word in event_words
        if word in words or (word.startswith("~") and (first := terms(word[1:].split()[0])) and first <= set(words))
    }

_ENDING = re.compile(
    r"\b(?:came|come|comes|coming|returned|returning|back|home|discharged|released|found|located)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+$",
    re.IGNORECASE,
)
"""The end of an episode, its date written just after: "came home by herself on Sunday",
"discharged Monday afternoon", "was found on the 3rd"."""
_EPISODE_DAYS = 3


def episode_start(
    sentence: str, stated: dt.date, note_date: dt.date, note_text: str, event_words: AbstractSet[str] = frozenset()
) -> dt.date | None:
    """When an episode began, for a sentence dating only its end ("came home on Sunday, having been
    out overnight"; "kept in one night and discharged Monday"). Notes tell an episode in order, so
    its start is the date stated just before, a day or two earlier ("Mum rang on Saturday 27/9 to
    say she had not come home"). "When did she go missing?" asks for that start; a question asking
    about the end itself ("when was he discharged", "when did she come home") keeps the stated day.
    None when the date is not an end's or no earlier date is stated within a few days."""
    if not note_text or terms(_ENDING_WORDS) & event_words:
        return None
    ends = [m for m in mentions(sentence, note_date) if m.date == stated and _ENDING.search(sentence[: m.start])]
    if not ends or terms(_ENDING.search(sentence[: ends[0].start]).group(0)) & event_words:  # type: ignore[union-attr]
        return None
    flat = " ".join(sentence.split())
    before = [" ".join(s.split()) for s in sentences(unwrapped(note_text))]
    at = next((i for i, s in enumerate(before) if flat[:60] and flat[:60] in s), None)
    for earlier in reversed(before[:at] if at is not None else []):
        days = [m.date for m in mentions(earlier, sentence_anchor(note_text, earlier, note_date))]
        if days:
            return days[-1] if 0 < (stated - days[-1]).days <= _EPISODE_DAYS else None
    return None


_ENDING_WORDS = "return returned back home discharge discharged release released found located"
"""A question asking about an episode's end: its date is the end's, not the start's."""


_HOLIDAY = re.compile(
    r"\b(good friday|easter (?:sunday|day|monday)|christmas eve|christmas day|boxing day|new year'?s (?:eve|day)|"
    r"bonfire night|hallowe'?en|valentine'?s day)\b",
    re.IGNORECASE,
)
"""Days of the year practitioners date events by: "on Good Friday he turned up", "on Boxing Day"."""
_HOLIDAY_LOOKBACK = 120


def named_day(sentence: str, anchor: dt.date) -> tuple[str, dt.date] | None:
    """The named day of the year a sentence dates its event by, and the date it was: the latest such
    day on or before the note (within a few months; a note written on 22 April 2025 saying "on Good
    Friday" means 18 April 2025). Easter moves every year, so its days are worked out, not looked up."""
    match = _HOLIDAY.search(sentence)
    if match is None:
        return None
    name = " ".join(match.group(1).lower().replace("'", "").replace("’", "").split())
    for year in (anchor.year, anchor.year - 1):
        day = _holiday_in(name, year)
        if day <= anchor and (anchor - day).days <= _HOLIDAY_LOOKBACK:
            return match.group(1), day
    return None


def _holiday_in(name: str, year: int) -> dt.date:
    """The date of a named day in a year."""
    if name.startswith(("good", "easter")):
        easter = _easter_sunday(year)
        offset = -2 if name.startswith("good") else 1 if name.endswith("monday") else 0
        return easter + dt.timedelta(days=offset)
    fixed = {
        "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new years eve": (12, 31),
        "new years day": (1, 1), "bonfire night": (11, 5), "halloween": (10, 31), "valentines day": (2, 14),
    }
    month, day = fixed[name]
    return dt.date(year, month, day)


def _easter_sunday(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _written_dates(sentence: str, note_date: dt.date) -> list[dt.date]:
    """The calendar dates a sentence writes out: a full date, or a day and month without its year
    ("He arrived 14 June" in a September note, read in the year nearest the note). A writer who
    names the day and month of an event months back is dating it, however far back; a day counted
    from the note ("on Saturday", "the 2nd of last month") or a part of a month ("mid July") is
    not written out, and stays with the look-back rules of `stated_event_date`."""
    found = mentions(sentence, note_date)
    return [
        m.date
        for m in found
        if _FULL_DATE.fullmatch(sentence[m.start : m.end])
        or (not (m.counted or m.assumed_past or m.approximate) and _DAY_MONTH.fullmatch(sentence[m.start : m.end]))
    ]


def attached_date(sentence: str, anchor: dt.date, event_words: AbstractSet[str]) -> dt.date | None:
    """The date written next to the asked event's word, when the sentence holds more than one date
    or a bare day/month in brackets: "went into labour Thursday night and baby born Friday 2nd May"
    answers "when was the baby born" with the 2nd; "NEW SCHOOL (started 17/6)" answers "when did she
    start" with 17 June. Writers put an event's date right after (or just before) its word."""
    if not event_words:
        return None
    found = [(m.start, m.end, m.date) for m in mentions(sentence, anchor)]
    found += [(m.start(), m.end(), day) for m in _BRACKETED_DAY.finditer(sentence) if (day := _near_day(m, anchor))]
    bare = [(m.start(), m.end(), day) for m in _BARE_DAY.finditer(sentence) if (day := _near_day(m, anchor))]
    found += [b for b in bare if not any(start <= b[0] < end for start, end, _ in found)]
    if len({date for _, _, date in found}) < 2 and not any(_BRACKETED_DAY.match(sentence, start) for start, _, _ in found) and not bare:
        return None
    # A pseudonym token's label ("[DESIGNATED SAFEGUARDING LEAD SCHOOL]") names a person: its words
    # are not the writer's words for the event, so no date is attached to them.
    written = _TOKEN_LABEL.sub(lambda m: " " * len(m.group(0)), sentence)
    places = [(m.start(), m.end()) for m in _WORD.finditer(written) if terms(m.group(0)) & event_words]
    if not places:
        return None
    return min(found, key=lambda f: min(_gap(f[0], f[1], start, end) for start, end in places))[2]


_TOKEN_LABEL = re.compile(TOKEN)
_BARE_DAY = re.compile(r"(?<![\d/.:£-])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/.:])(?<!24/7)")
"""A day and month written bare beside its event ("bruising found 11/10", "asked for him to be moved
16/6"): notes date events this way, year from the note; "24/7" is round the clock, not a date."""


def _gap(date_start: int, date_end: int, word_start: int, word_end: int) -> int:
    """Characters between an event word and a date; a date after its word is closer than one before."""
    return date_start - word_end if date_start >= word_end else 2 * max(word_start - date_end, 0) + 1


def _near_day(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    """A bare "17/6" read in the year that puts it nearest the note (within six months either side)."""
    day, month = int(match.group("day")), int(match.group("month"))
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if abs((candidate - anchor).days) <= 183:
            return candidate
    return None


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


_DAY_MONTH = re.compile(
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,}\.?|[A-Za-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.]\d{1,2}"
)
"""A day and month written without a year: "14 June", "14th of June", "June 14th", "14/6"."""
_FULL_DATE = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(st|nd|rd|th)?\s+(of\s+)?[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}"
)


def negative(sentence: str, question: str) -> bool:
    """Does the evidence sentence answer a yes/no question with "no"? "Plan ended", "declined", "NFA"
    do; the routine "no concerns" does only when the question asks about concerns; and a word the
    question itself asks about is the answer, not a refusal ("Was the case stepped down?" -
    "stepped down to early help" is a yes)."""
    if said_of_another(sentence, question):
        return False
    sentence = _NUMBER_ABBREVIATION.sub(" ", sentence)
    if not re.search(r"\bconcern", question, re.IGNORECASE):
        sentence = _NO_CONCERNS.sub(" ", sentence)
    asked = keywords(question)
    if any(not keywords(match.group(0)) <= asked or not keywords(match.group(0)) for match in _NEGATIVE.finditer(sentence)):
        return True
    if (keywords(sentence) & asked) - _ANYONE and any(not keywords(m.group(0)) <= asked for m in _CONTRACTED.finditer(sentence)):
        return True
    return moved_away(sentence, question)


_ANYONE = frozenset(keywords("person mum mother dad father nan grandad grandma carer child"))
"""Whom a question asks about (a pseudonym token's word, a relation): the asked person named again
is no word of what is asked about them."""


_CHILD_ASKED = re.compile(
    r"^\W*(?:and\s+)?(?:did|does|do|has|have|had|is|was|will|would|can|could)\s+(?:he|she|they|\[CHILD\])(?!\w)", re.IGNORECASE
)
_LEADING_PERSON = re.compile(r"^\W*(?:[A-Za-z]+\s*:\s*)?(?P<token>" + TOKEN + ")")


def said_of_another(clause: str, question: str) -> bool:
    """Is the clause about someone other than the person a yes/no question asks about? "Did he plead
    guilty?" asks about the child; "[PERSON 5] pleaded not guilty and his trial went ahead" is a
    co-defendant's plea, and its "not" is no answer. Notes put several people's outcomes side by
    side; the clause's subject says whose each is. Only a clause opening on another person's token
    is set aside, and only when the question's subject is the child ("he", "she", "[CHILD]")."""
    if not _CHILD_ASKED.search(question):
        return False
    leading = _LEADING_PERSON.match(clause)
    return leading is not None and leading["token"] != "[CHILD]" and leading["token"] not in question


_STILL = re.compile(r"\bstill\b.*\b(?:liv\w*|stay\w*|placed|with|at)\b", re.IGNORECASE)
_MOVED = re.compile(
    r"\b(?:moved|moving|moves|left|leaving)\s+(?P<how>out|away|from|back|to\s+(?:live|stay)|in\s+with)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
_MOVE_GRAMMAR = frozenset(terms("live living lives stay staying home still"))


def moved_away(sentence: str, question: str) -> bool:
    """Does the line record a move away from what a "still" question asks about? "Is he still living
    with his grandparents?" is answered no by "moved from his grandparents' home to live with mum",
    and "is she still at home with mum?" by "moved to live with her aunt": a move says the old
    arrangement ended, though no word of it is a negation. A move back, or to the asked place or
    person ("moved back in with mum", "moved to live with mum"), is no "no"."""
    if not _STILL.search(question):
        return False
    asked = terms(question) - _MOVE_GRAMMAR
    for match in _MOVED.finditer(sentence):
        how, rest = match.group("how").lower(), match.group("rest")
        if how == "back":
            continue
        if how == "from":
            left, _, destination = rest.partition(" to ")
            if terms(left) & asked:
                return True
        else:
            destination = rest
        if how in ("out", "away") or not terms(destination) & asked:
            return True
    return False


def relative_phrase(sentence: str, date: dt.date, anchor: dt.date) -> str | None:
    """How the sentence states `date` when it states it only relatively ("Saturday", "yesterday",
    "on the 14th"): the words a reader needs to check the date the answer worked out. None when
    the sentence gives it in full or not at all."""
    for mention in mentions(sentence, anchor):
        phrase = sentence[mention.start : mention.end].strip()
        if mention.date == date and not _YEAR.search(phrase):
            return phrase
    holiday = named_day(sentence, anchor)
    return holiday[0] if holiday is not None and holiday[1] == date else None


_YEAR = re.compile(r"\b(19|20)\d{2}\b|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


def format_date(value: dt.date) -> str:
    """Dates as a social worker writes them: 4 March 2024."""
    return f"{value.day} {value:%B %Y}"


AMOUNT = re.compile(
    r"£\s?\d|\b\d[\d,.]*\s?(?:p|pence|pounds?|kg|kilos?|g|grams?|ml|mg|litres?|hours?|hrs?|mins?|minutes?)\b", re.IGNORECASE
)
"""An amount: money ("£1,140", "£35 a month") or a measure ("10.9 kg", "60ml"), what "how much" asks."""
_HOW_MUCH = re.compile(r"\bhow much\b(?!\s+(?:time|longer|contact)\b)", re.IGNORECASE)


_WHAT_TIME = re.compile(r"\bwhat\s+times?\b|\bhow\s+early\b|\bhow\s+late\b", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}[.:][0-5]\d\b(?![./]\d)|\b\d{1,2}\s?(?:am|pm)\b|\b(?:noon|midday|midnight)\b", re.IGNORECASE)
"""A time of day ("7.30 to 8.30", "14:20", "8pm"): what "what time" asks, not the day."""


def asks_clock_time(question: str) -> bool:
    """'What time do the carers come?': a time of day, whatever else the question says."""
    return bool(_WHAT_TIME.search(question))


def asks_amount(question: str) -> bool:
    """'How much do they want back?', 'how much is she paid?': an amount, not a count of events."""
    return bool(_HOW_MUCH.search(question))


_SAY = r"(?:said|says|say|told|tells|stated|states|reported|reports|explained|explains|shared|added|replied|commented)"
_ACCOUNT = re.compile(
    r"((?:\S+\s+){1,3})(?:denied|denies|admitted|admits|insisted|insists|claimed|claims|disclosed|discloses|alleged|alleges)\b"
    r"[^.;\"“]{0,60}?(?::\s*)?[\"“]",
    re.IGNORECASE,
)
"""Someone's account given with a verb other than "said", and their words after it: 'He denied
pushing her: "I never touched her"', 'Mum admitted "just the two cans"'. Notes report a child's or a
parent's account this way as often as with "said" (session 14). Without the words ("but mum denies
it") the line reports a denial, not what was said."""
_WORD_OR_TOKEN = r"(?:\[[^\]]+\][\w'’]*|[\w'’]+)"
"""A word of a speaker's phrase: a word, or a pseudonym token however many words it holds
("[ADOPTION SUPPORT SOCIAL WORKER RAA]", "[HALF-BROTHER]'s") counted as one (session 14)."""
_SPEAKER_QUESTION = re.compile(
    rf"\bwhat\s+(?:did|does|has|had|do)\s+(?P<speaker>(?:{_WORD_OR_TOKEN}\s+){{0,3}}?{_WORD_OR_TOKEN})\s+(?:say|said|tell|told|write|wrote|report|think|feel)\b",
    re.IGNORECASE,
)


_REPORTED_QUESTION = re.compile(
    rf"\bwhat\s+(?:is|was|has|have|had|did|does|do)\s+(?P<speaker>(?:{_WORD_OR_TOKEN}\s+){{0,3}}?{_WORD_OR_TOKEN})\s+(?:said|say|saying|told|tell)\b",
    re.IGNORECASE,
)


def reported_speaker(question: str) -> set[str]:
    """Whose account a question asks for however it is typed: "what did dad say the trip was for",
    and the run-together "whats the PE teacher said about her" ("what is ... said"), which is no
    quote question by its grammar but asks for the same person's words. Empty when none is named."""
    return terms(reported_speaker_phrase(question))


def reported_speaker_phrase(question: str) -> str:
    """The words naming whose account a question asks for (`reported_speaker`), or ""."""
    match = _REPORTED_QUESTION.search(question)
    return match.group("speaker") if match else ""


def asked_speaker(question: str) -> set[str]:
    """Whose words a quote question asks for: 'what did mum say about ...' -> mum's terms; empty when
    the question names no speaker ('what was said')."""
    return terms(asked_speaker_phrase(question))


def speaker_words(phrase: str) -> set[str]:
    """Whom a phrase names, as words a note's line can share: its terms, the pseudonym tokens in it
    ("[CHILD]" in "what did [CHILD] say", a worker asking by name), and the relation a family
    token stands for ("[MOTHER]" is "Mum" in a line). A numbered person or an owned role
    ("[MOTHER'S PARTNER]") stands for no relation of its own."""
    tokens = set(NAMED.findall(phrase))
    roles = {
        term
        for token in tokens
        if token.startswith("[") and not re.search(r"\d|['’]", token)
        for term in terms(token.strip("[]").lower())
        if term.startswith("~")
    }
    return terms(phrase) | tokens | roles


def asked_speaker_phrase(question: str) -> str:
    """The words naming whose words a quote question asks for ("the defence solicitor"), or ""."""
    match = _SPEAKER_QUESTION.search(question)
    return match.group("speaker") if match else ""


def asked_speaker_tokens(question: str) -> set[str]:
    """The pseudonym token the asked speaker is ("[FATHER'S PARTNER]"): that person is that token in
    a note, not whoever shares a word of its role. Empty when the speaker is a thing a token only
    qualifies ("the [PERSON 1] disclosure" is a disclosure)."""
    speaker = asked_speaker_phrase(question)
    return set(NAMED.findall(speaker)) if speaker.rstrip("'’s").endswith("]") else set()


def quotes_speaker(sentence: str, speaker: AbstractSet[str]) -> bool:
    """Does the sentence give the speaker's own words: the speaker just before a saying verb ("Mum
    says '...'", "[MOTHER] told me") or labelling the line (`labelled_by`)? A quotation of someone
    else that merely mentions the speaker ("blamed mum for 'grassing'") is not."""
    if not speaker:
        return False
    outside = QUOTATION.sub(" ... ", sentence)
    said = any(same_person(speaker_words(match.group(1)), speaker) for match in _SAID_BY.finditer(outside))
    gave = any(
        same_person(speaker_words(match.group(1)), speaker) and not _inside_quotation(sentence, match.end(1))
        for match in _ACCOUNT.finditer(sentence)
    )
    return said or gave or labelled_by(sentence, speaker)


def _inside_quotation(sentence: str, index: int) -> bool:
    """Is the position inside a quotation (an odd number of quotation marks before it)?"""
    return len(re.findall(r"[\"“”]", sentence[:index])) % 2 == 1


def reported_within(sentence: str, speaker: AbstractSet[str]) -> bool:
    """Is the speaker named only inside a quotation ('Said "grandad says I'll get brainwashed"')?
    Those are someone else's words about the speaker, what the speaker said as another reports it."""
    quoted = " ".join(QUOTATION.findall(sentence))
    return bool(quoted) and same_person(speaker_words(quoted), speaker) and not quotes_speaker(sentence, speaker)


def labelled_by(sentence: str, speaker: AbstractSet[str]) -> bool:
    """Is the line labelled with the speaker ("Mum's view: ...", "Disclosure (read out by PC): ...")?
    Such a line is what its label said, with or without quotation marks."""
    labelled = _SPEAKER_LABEL.match(sentence)
    return bool(speaker) and labelled is not None and same_person(speaker_words(labelled.group(1)), speaker)


def same_person(words: AbstractSet[str], speaker: AbstractSet[str]) -> bool:
    """Do the words name the asked speaker? A relation qualified by its side of the family is the
    relation ("MGF", the maternal grandfather, is the "grandad" a worker asks about): notes write the
    short form of the genogram, workers ask as the family speaks. A named concept is a kind of its
    last word, as `_concept_heads` reads a role."""
    if words & speaker:
        return True
    return any(word.startswith("~") and f"~{word.rsplit(' ', 1)[-1]}" in speaker for word in words if " " in word)


_SAID_BY = re.compile(rf"((?:\S+\s+){{1,3}}){_SAY}\b", re.IGNORECASE)
_SPEAKER_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?((?:\S+\s+){0,2}?[^\s:]+)\s*(?:\([^)]{0,80}\))?\s*:")
"""'Mum's view:', 'Dad:', 'Disclosure (read out by PC):' - a line giving what its label said."""


_NEGATION = re.compile(r"\b(?:not|never|no|wasn't|was not|weren't|didn't)\s+(?:\w+\s+)?(?P<word>[A-Za-z]+)", re.IGNORECASE)


def negates(sentence: str, event_words: AbstractSet[str]) -> bool:
    """Does the sentence say the asked event did not happen ("NOT detained" for "when was she
    detained")? Its date is the date of something else."""
    return any(terms(match.group("word")) & event_words for match in _NEGATION.finditer(sentence))


_REFERRER_QUESTION = re.compile(r"\bwho\b.*\brefer", re.IGNORECASE)
_REFERRAL = re.compile(
    r"\breferr(?:al|ed|er)\b[^.;]{0,60}?\b(?:from|by)\b|\breferrer\b|\b(?:contact|call|referral|email)\s+(?:received|came|made)\s+(?:in\s+)?(?:from|by)\b"
    r"|\breferral\s+form\b|\bsource of referral\b",
    re.IGNORECASE,
)


def asks_referrer(question: str) -> bool:
    """'Who referred this one in?', 'who made the referral': the referrer, named with the referral."""
    return bool(_REFERRER_QUESTION.search(question))


def names_referrer(sentence: str) -> bool:
    """Does the sentence record who referred ("Referral from school nurse", "Referrer: GP",
    "Contact received from X, community midwife")?"""
    return bool(_REFERRAL.search(sentence))


_SPELLED_WORD = re.compile(r"(?<![\[\w'’])[a-z]{4,}(?![\w\]])", re.IGNORECASE)
_NOTE_WORD = re.compile(r"[A-Za-z]{5,}")
_DOUBLED = re.compile(r"([a-z])\1")


def respelled(question: str, texts: Sequence[str]) -> str:
    """The question with a word the notes never write spelled as the notes write it, when the only
    difference is a doubled letter typed once ("referal", "admited", "accomodation", "suposed"):
    the commonest slip of a fast typist, and a word no note holds counts against every sentence as
    missing, so the line that answers is refused. Only a single-letter undoubling is read this way: a
    word one other edit away is often another word ("seeing"/"seeking", "strat"/"start")."""
    written = {word.lower() for text in texts for word in _NOTE_WORD.findall(text)}
    singled: dict[str, str] = {}
    for word in written:
        for match in _DOUBLED.finditer(word):
            singled.setdefault(word[: match.start()] + word[match.start() + 1 :], word)

    def meant(match: re.Match[str]) -> str:
        typed = match.group(0)
        lowered = typed.lower()
        if lowered in written or lowered not in singled:
            return typed
        return singled[lowered]

    return _SPELLED_WORD.sub(meant, question)
