"""UK identifier recognizers: NHS and National Insurance numbers, postcodes, phone numbers,
email addresses, street address lines and dates of birth.

Each recognizer is a row of data (entity, regex, which group is the value, an optional
validator), run by one Presidio recognizer class. Event dates are deliberately absent: a
chronology is built from them, so only a date introduced as a date of birth is redacted, and
Presidio's generic DATE_TIME recognizer is never registered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.spans import ADDRESS, DOB, EMAIL, NHS_NUMBER, NI_NUMBER, PHONE, POSTCODE, Span

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?,?\s+\d{{4}}"
    rf"|{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}[\-\s]{MONTHS}[\-\s](?:\d{{4}}|\d{{2}}))"
)
_DOB_CUE = r"(?:\bD\.?O\.?B\b\.?|\bdate\s+of\s+birth\b|\bborn\b(?:\s+on)?|\bb\.)"
_FEW_WORDS = r"(?:[A-Za-z'’]+[ \t]+){0,3}?"
_DOB_IN_WORDS = (
    rf"(?:\bD\.?O\.?B\b\.?|\bdate\s+of\s+birth\b)[ \t]+{_FEW_WORDS}(?:as|is|was|of|being|reads|states)[ \t:]+"
    rf"|\bborn[ \t]+{_FEW_WORDS}(?:on|in)[ \t]+"
)
"""A cue, up to three more words inside one clause, then a word that introduces the value: "gave
his DOB as 03/07/1989", "date of birth is recorded as 1.2.15", "born in Leeds on 3 May 2015".
"DOB checked on 12/03/2024" and "DOB and address confirmed on ..." are event dates (no introducing
word), and the bare "b." cue takes no words: "Mrs B. said she called 12/03/2024"."""
_STREET_TYPES = (
    r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl"
    r"|Gardens|Gdns|Grove|Gr|Terrace|Terr|Hill|Walk|Mews|Row|Square|Sq|Parade|View|Rise|Green|Park"
    r"|Gate|Vale|Fold|Croft|Meadows?|Wharf|Yard|Lea|Brow|Bank|Side|End|Mount|Approach|Heights|Grange|Garth|Chase"
    r"|Boulevard|Broadway|Circus|Embankment|Nook|Wynd|Cottages|Buildings|Mansions|Villas|Quay|Passage)"
)
_BUILDING_TYPES = r"(?:House|Lodge|Towers?|Cottages?|Farm|Barn)"
"""What a named building ends in: "Apartment 14, Quay House", "Rose Cottage, Mill Lane"."""
_STREET_WORD = r"[A-Z][A-Za-z'’\-]+"
_FLAT = (
    r"(?:(?:Flat|Apartment|Apt|Unit|Room|Maisonette)\s+\d{1,4}[A-Za-z]?"
    r"|(?:Ground|Basement|First|Second|Third|Top|\d{1,2}(?:st|nd|rd|th))\s+Floor),?\s+"
)
"""A flat, or a floor of a building ("3rd Floor, 18 Quay Street"), before the street line."""
_HOUSE = r"(?<![:./])\d{1,4}[A-Za-z]?,?\s+"
_STREET = rf"(?:(?:{_STREET_WORD}\s+){{1,3}}{_STREET_TYPES}\b(?:,[ \t]*(?:{_HOUSE})?(?:{_STREET_WORD}\s+){{1,3}}{_STREET_TYPES}\b)?)"
"""A street line, or a building then its street: "Flat 6, Linnet Court, 2 Mill Garth"."""
_LOWER_STREET = (
    r"(?!(?:the|a|an|on|in|at|of|to|by|down|up|along|across|over|off|near|from|into|busy|quiet|main)\b)"
    r"[a-z][a-z'\-]+[ \t]+(?:[a-z][a-z'\-]+[ \t]+)?(?:road|street|lane|avenue|crescent|terrace|grove|gardens)\b"
)
"""A street written in lower case ("27 bell street"): only the full type words, never "close" or
"drive" ("3 close friends"), and not a number before a preposition ("2 on the road")."""
_POSTCODE = r"(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]{0,2}\d[ABD-HJLNP-UW-Z]{2})\b"
_NOT_A_TOWN = (
    r"(?!(?:Mum|Dad|Mother|Father|Nan|Nana|Grandma|Grandad|The|This|That|She|He|They|We|It|I|His|Her|Their|"
    r"Present|Notes?|Action|Actions|Plan|Visit|Outcome|Summary|Update|Date|Time|Tel|Phone|Mobile|Email|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
_TOWN = rf"{_NOT_A_TOWN}[A-Z][a-z][A-Za-z'’\-]+(?:[ \t]+(?:upon|on|under|in|le)?[ \t]*[A-Z][a-z][A-Za-z'’\-]+)?"
"""A town or locality line: one or two capitalised words ("Sandleigh", "Thornhill Edge",
"Stoke on Trent"), never a relationship word, a heading or a day that happens to follow."""
_BEFORE_POSTCODE = rf",?[ \t]+{_POSTCODE}"
_TOWN_LINE = (
    rf"(?:[ \t]*,[ \t]*{_TOWN}(?={_BEFORE_POSTCODE}|[ \t]*[,.;)]|[ \t]*$)"
    rf"|[ \t]*\n[ \t]*{_TOWN}(?=,?[ \t]*\n?[ \t]*{_POSTCODE}))"
)
"""The town after a street line is part of the written address (safeguarding lead's decision, rules
version 8): after a comma when the line ends there or a postcode follows, or on the next line of an
address block when the postcode follows. A town written on its own ("moved to Leeds") stays."""


_CAP = r"[A-Z][A-Za-z'’\-]+"
_PLACE_HEADS = rf"(?:{_BUILDING_TYPES}|Centre|Center|Hospital|Clinic|Surgery|Practice|Hall|Home|Hostel|Refuge)"
_NAMED_LINE = (
    rf"(?:The[ \t]+{_CAP}(?:[ \t]+(?:(?:&|and|of|on|upon)[ \t]+)?{_CAP}){{0,3}}"
    rf"|{_NOT_A_TOWN}(?:{_CAP}[ \t]+(?:(?:&|and|of|on|upon)[ \t]+)?){{0,3}}{_PLACE_HEADS})"
)
"""A named line of an address: a home's name with "The" ("The Hollies") or a place's name ending in a
building or a service's premises ("Ashwick Health Centre"). Never a person's name ("Dad's details:
Jory Pascoe, 3 Mill Lane, ..."), which keeps the person's own token."""
_NUMBERED_LINE = rf"(?<![:./\d])\d{{1,4}}[A-Za-z]?,?[ \t]+{_NOT_A_TOWN}{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
_STREET_AND_TOWN = rf"{_NUMBERED_LINE}(?:,[ \t]*{_TOWN})?(?={_BEFORE_POSTCODE})"
_POSTAL_LINES = rf"(?<![\w'’\-]){_STREET_AND_TOWN}"
"""A numbered street line and its town before a postcode: the street need not end in a street word
("40 Millbrook, Ashwick AS1 4TS"), because the postcode after it says it is an address (rules
version 18)."""
_NAMED_POSTAL_LINES = rf"(?:^|[:;(]|\b[a-z]+)[ \t]*(?P<v>(?:{_NAMED_LINE},[ \t]*){{1,2}}{_STREET_AND_TOWN})"
"""The same with up to two named lines before it, a home's or a service's name ("The Hollies, 4
Orchard Rise, Denby Vale DV9 3QT", "clinic at Ashwick Health Centre, 40 Millbrook, Ashwick AS1 4TS"),
when a sentence introduces the address (a lower-case word, a colon or a bracket before it, or a
line's start). In a list of a sender's details ("Jo Bloggs, Probation Officer, Ashwick Probation
Unit, 3 Mill Yard, AS1 5TH") the organisation after a comma is the sender's and stays (rules
version 18)."""


_AT = r"(?:[ \t]*[\[(]at[\])][ \t]*|[ \t]+at[ \t]+)"
_DOT = r"(?:[ \t]*[\[(]dot[\])][ \t]*|[ \t]+dot[ \t]+)"
_SPOKEN_EMAIL = (
    rf"(?<![\w.+\-])[A-Za-z0-9._+\-]+(?:{_DOT}[A-Za-z0-9_+\-]+)*{_AT}[A-Za-z0-9\-]+"
    rf"(?:(?:{_DOT}|\.)[A-Za-z0-9\-]+)*?{_DOT}(?:com|org|net|co|uk|gov|nhs|ac|sch|info|me|io)\b"
    rf"(?:(?:{_DOT}|\.)(?:uk|com|org))?"
)
"""An address written out so a mail filter will not catch it ("jo dot smith at gmail dot com",
"jo.smith [at] gmail [dot] com"): it must end in "dot" and a mail domain ending, so "met at school"
and "seen at home" are never taken."""


_A_COURT = re.compile(
    r"\d{1,4}[ \t]+(?:Family|Crown|County|Youth|Magistrates['’]?|Coroners['’]?|High|Civil|Appeal)[ \t]+Courts?$"
)
"""A count of hearings ("3 Family Court hearings") is not a house on a street called Court."""


def nhs_checksum_ok(value: str) -> bool:
    """The NHS number's modulus-11 check digit: weights 10..2, check = 11 - remainder."""
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


def uk_phone_ok(value: str) -> bool:
    """A UK number once the +44 (or 0044) is folded back to 0 and an extension set aside: 10 or 11
    digits, a real number range."""
    digits = re.sub(r"\D", "", re.split(r"(?i)[ \t]*(?:x|ext)", value)[0])
    digits = digits.removeprefix("00") if digits.startswith("0044") else digits
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return len(digits) in (10, 11) and digits[:2] in {"01", "02", "03", "05", "07", "08"}


_INTERNATIONAL_PHONE = r"(?<![\w+.£$€])(?:\+[ \t]?|\b00[ \t]?)[1-9]\d{0,3}(?:[ \t.\-]?\(?\d{1,5}\)?){1,6}(?![\d.]\d)"
"""A number abroad as people write it: a family member's WhatsApp "+57 300 555 0147", "0057 300 555
0147", "+1 (212) 555-0147", "+48 601 234 567" (rules version 12). The country code follows "+" or "00"."""


def international_phone_ok(value: str) -> bool:
    """8 to 15 digits after the "+" or "00" (the E.164 length), and a "00" form only with a country
    code that is no zero: "0030 0100" on a rota is two times, not a number."""
    digits = re.sub(r"\D", "", value)
    if value.startswith("00"):
        digits = digits[2:]
    return 8 <= len(digits) <= 15 and not digits.startswith("0")


@dataclass(frozen=True)
class IdentifierPattern:
    entity: str
    regex: re.Pattern[str]
    group: int | str = 0
    validate: Callable[[str], bool] | None = None
    score: float = 0.9


IDENTIFIER_PATTERNS: tuple[IdentifierPattern, ...] = (
    IdentifierPattern(
        NHS_NUMBER, re.compile(r"(?<![\d+])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\d])"), validate=nhs_checksum_ok
    ),
    IdentifierPattern(
        NHS_NUMBER,
        re.compile(r"\bNHS\s*(?:no\.?|number|num|#)?\s*[:\-]?\s*(?P<v>\d{3}[ \-]?\d{3}[ \-]?\d{4})(?!\d)", re.I),
        group="v",
        score=0.8,
    ),
    IdentifierPattern(
        NI_NUMBER,
        re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-Z]{2}(?P<s>[ \-]?)\d{2}(?P=s)\d{2}(?P=s)\d{2}(?P=s)[A-D]\b", re.I),
    ),
    IdentifierPattern(
        NI_NUMBER,
        re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-Z]{2} ?\d{6} ?[A-D]\b", re.I),
    ),
    IdentifierPattern(
        EMAIL,
        re.compile(r"(?<![\w.+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\b"),
    ),
    IdentifierPattern(EMAIL, re.compile(_SPOKEN_EMAIL, re.I)),
    IdentifierPattern(
        PHONE,
        re.compile(
            r"(?<![\w+.])(?:(?:\+|00)44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[\s\-.]?\d){6,8}(?![\d.]\d)"
            r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5}\b)?",
            re.I,
        ),
        validate=uk_phone_ok,
    ),
    IdentifierPattern(PHONE, re.compile(_INTERNATIONAL_PHONE), validate=international_phone_ok),
    IdentifierPattern(
        POSTCODE,
        re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]{0,2}\d[ABD-HJLNP-UW-Z]{2})\b", re.I),
        validate=lambda v: any(c.isupper() for c in v) or v.islower(),
    ),
    IdentifierPattern(ADDRESS, re.compile(rf"\b{_FLAT}(?:{_HOUSE})?{_STREET}{_TOWN_LINE}{{0,2}}", re.M)),
    IdentifierPattern(
        ADDRESS, re.compile(rf"\b{_HOUSE}{_STREET}{_TOWN_LINE}{{0,2}}", re.M), validate=lambda v: not _A_COURT.match(v)
    ),
    IdentifierPattern(
        ADDRESS,
        re.compile(
            rf"\b(?:{_FLAT}|{_HOUSE})(?:{_STREET_WORD}\s+){{1,2}}{_BUILDING_TYPES}\b"
            rf"(?:,[ \t]*(?:{_HOUSE})?{_STREET}{_TOWN_LINE}{{0,2}}|{_TOWN_LINE}{{1,2}})?",
            re.M,
        ),
    ),
    IdentifierPattern(
        ADDRESS,
        re.compile(
            rf"\b(?:{_STREET_WORD}\s+){{1,2}}{_BUILDING_TYPES},[ \t]*(?:{_HOUSE})?{_STREET}{_TOWN_LINE}{{0,2}}", re.M
        ),
    ),
    IdentifierPattern(ADDRESS, re.compile(rf"(?<![:./\d])\b\d{{1,4}}[a-z]?,?[ \t]+{_LOWER_STREET}", re.I)),
    IdentifierPattern(ADDRESS, re.compile(_POSTAL_LINES, re.M)),
    IdentifierPattern(ADDRESS, re.compile(_NAMED_POSTAL_LINES, re.M), group="v"),
    IdentifierPattern(
        ADDRESS,
        re.compile(rf"(?:^|(?<=[,:;(]))[ \t]*(?P<v>{_TOWN}(?:,?[ \t]+{_TOWN})?)(?={_BEFORE_POSTCODE})", re.M),
        group="v",
    ),
    IdentifierPattern(DOB, re.compile(rf"{_DOB_CUE}\s*(?:is|was|of|:|-|–)?\s*\(?\s*(?P<v>{DATE})", re.I), group="v"),
    IdentifierPattern(
        DOB,
        re.compile(
            rf"{_DOB_CUE}\s*(?:is|was|of|:|-|–)?\s*\(?\s*(?P<v>\d{{1,2}} \d{{1,2}} (?:\d{{4}}|\d{{2}}))\b", re.I
        ),
        group="v",
    ),
    IdentifierPattern(DOB, re.compile(rf"(?:{_DOB_IN_WORDS})\(?\s*(?P<v>{DATE})", re.I), group="v"),
)


def find_identifiers(text: str, patterns: tuple[IdentifierPattern, ...] = IDENTIFIER_PATTERNS) -> Iterator[Span]:
    """Every validated identifier match, possibly overlapping; `resolve_overlaps` picks later."""
    for pattern in patterns:
        for match in pattern.regex.finditer(text):
            value = match.group(pattern.group)
            if pattern.validate is not None and not pattern.validate(value):
                continue
            start, end = match.span(pattern.group)
            yield Span(start, end, pattern.entity, "pattern")


class UkIdentifierRecognizer(LocalRecognizer):
    """The identifier table as one Presidio recognizer, so it runs inside AnalyzerEngine."""

    def __init__(self) -> None:
        entities = sorted({p.entity for p in IDENTIFIER_PATTERNS})
        super().__init__(supported_entities=entities, supported_language="en", name="UkIdentifierRecognizer")

    def load(self) -> None:
        """Nothing to load: the patterns are compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities)
        results = []
        for pattern in IDENTIFIER_PATTERNS:
            if pattern.entity not in wanted:
                continue
            for span in find_identifiers(text, (pattern,)):
                results.append(RecognizerResult(span.type, span.start, span.end, pattern.score))
        return results
