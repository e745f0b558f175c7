"""The known-person gazetteer: everyone the case record and the staff list name, found in a note
however they are written, plus the record's own identifier values (phone, NHS number, date of birth,
address) in any layout.

One regex per case is compiled over case- and diacritic-folded variants; word-like names ("Hope",
"Brown") only count when written like a name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from redaction.context_rules import ORG_WORDS, STOP_WORDS
from redaction.names import (
    FEMALE_TITLES,
    MALE_TITLES,
    MODAL_WORDS,
    MONTH_WORDS,
    TITLES,
    fold,
    is_word_like,
    strip_title,
    variants,
)
from redaction.spans import ADDRESS, DOB, NHS_NUMBER, PERSON, PHONE, POSTCODE, Span

_NAME_FOLLOWERS = frozenset(
    [
        "said",
        "says",
        "told",
        "was",
        "is",
        "has",
        "had",
        "and",
        "attended",
        "reported",
        "explained",
        "stated",
        "disclosed",
        "agreed",
        "shared",
        "confirmed",
        "appeared",
        "seemed",
        "spoke",
        "asked",
        "felt",
        "looked",
        "became",
        "did",
        "does",
        "went",
        "came",
        "called",
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "should",
    ]
)
_TITLE_KEYS = frozenset(
    {fold(t) for t in TITLES} | {"dc", "pc", "ds", "di", "sgt", "cllr", "nurse", "sw", "dsl", "hv", "gp"}
)
_SENTENCE_END = re.compile(r"(?:^|[.!?\n:;]\s*|[\"“(]\s*)$")


@dataclass(frozen=True)
class KnownPerson:
    key: str
    given: str
    family: str
    role: str
    gender: str | None = None
    """"f", "m" or None: lets "Mrs Khan" pick the right Khan when several share a surname."""

    @property
    def full_name(self) -> str:
        return f"{self.given} {self.family}".strip()


@dataclass(frozen=True)
class KnownValue:
    type: str
    value: str


@dataclass
class Gazetteer:
    people: Sequence[KnownPerson]
    values: Sequence[KnownValue] = ()
    source: str = "record"
    capitalised_only: bool = False
    """Match only mentions written with a capital: for names guessed from the notes themselves."""
    _owners: dict[str, list[KnownPerson]] = field(init=False, default_factory=dict)
    _names: re.Pattern[str] | None = field(init=False, default=None)
    _values: list[tuple[str, re.Pattern[str]]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        for person in self.people:
            for variant in variants(person.given, person.family):
                owners = self._owners.setdefault(fold(variant), [])
                if person not in owners:
                    owners.append(person)
        if self._owners:
            alternatives = sorted(self._owners, key=len, reverse=True)
            body = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in alternatives)
            self._names = re.compile(rf"(?<![\w@])(?:{body})(?![\w@])")
        self._values = [(v.type, rx) for v in self.values for rx in _value_patterns(v)]

    def find(self, text: str) -> list[Span]:
        """Every mention of a known person or value; overlapping ones are resolved by the caller."""
        spans: list[Span] = []
        if self._names is not None:
            folded = fold(text)
            for match in self._names.finditer(folded):
                person = self._owner(match.group(0), text, match.start(), match.end())
                if person is not None:
                    spans.append(Span(match.start(), match.end(), PERSON, self.source, person.key))
        for kind, pattern in self._values:
            spans.extend(Span(m.start(), m.end(), kind, "record") for m in pattern.finditer(text))
        return spans

    def owner_of(self, name: str) -> KnownPerson | None:
        """The known person a name (as written in a question or note) refers to, if any."""
        owners = self._owners.get(" ".join(fold(name).split()))
        return owners[0] if owners else None

    def _owner(self, folded_match: str, text: str, start: int, end: int) -> KnownPerson | None:
        key = " ".join(folded_match.split())
        owners = self._owners.get(key)
        if not owners:
            return None
        if self.capitalised_only and not text[start:end][:1].isupper():
            return None
        if " " not in key and _inside_other_name(text, start, end, self._owners):
            return None
        if " " not in key and is_word_like(key) and not _written_as_name(text, start, end, key):
            return None
        if len(owners) == 1:
            return owners[0]
        title, _ = strip_title(text[start:end])
        if title is not None:
            gender = "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else None
            matching = [p for p in owners if p.gender == gender]
            if matching:
                return matching[0]
        children = [p for p in owners if p.role == "child"]
        return children[0] if children else owners[0]


def _written_as_name(text: str, start: int, end: int, key: str) -> bool:
    """A word-like name counts only with a capital, and not as a month or a sentence-initial modal."""
    written = text[start:end]
    if not written[:1].isupper():
        return False
    before, after = text[max(0, start - 30) : start], text[end : end + 16]
    if key in MONTH_WORDS and (
        re.search(
            r"(?:\d(?:st|nd|rd|th)?\s*(?:of\s+)?|\b(?:in|until|till|since|during|early|late|mid|next|last|this|of|before|after|through|"
            r"(?:moved|postponed|deferred|rearranged|changed|back|forward|adjourned|rescheduled|put off) to)\s+)$",
            before,
            re.I,
        )
        or re.match(r"\s*\d", after)
    ):
        return False
    if after[:2] in ("'s", "’s"):
        return True
    if key in MODAL_WORDS and _SENTENCE_END.search(text[max(0, start - 4) : start]):
        following = re.match(r"\s*([A-Za-z']+)", after)
        if following and following.group(1).islower() and following.group(1) not in _NAME_FOLLOWERS:
            return False
    return True


def _inside_other_name(text: str, start: int, end: int, known: dict[str, list[KnownPerson]]) -> bool:
    """ "Park" alone is a person; in "Roundhay Park" or "Park Surgery" it is part of a place's name."""
    before = re.search(r"([A-Z][\w'’\-]*)[ \t]+$", text[max(0, start - 30) : start])
    if (
        before
        and fold(before.group(1)).rstrip(".") not in _TITLE_KEYS
        and fold(before.group(1)) not in known
        and fold(before.group(1)) not in STOP_WORDS
        and not _SENTENCE_END.search(text[max(0, start - 40) : start - len(before.group(0))])
    ):
        return True
    after = re.match(r"[ \t]+([A-Z][\w'’\-]*)", text[end : end + 30])
    return bool(after and fold(after.group(1)) in ORG_WORDS)


def _digits_pattern(digits: str) -> re.Pattern[str]:
    body = r"[\s\-().]*".join(re.escape(d) for d in digits)
    return re.compile(rf"(?<!\d){body}(?!\d)")


def _value_patterns(value: KnownValue) -> Iterable[re.Pattern[str]]:
    raw = value.value.strip()
    if not raw:
        return
    if value.type in (PHONE, NHS_NUMBER):
        digits = re.sub(r"\D", "", raw)
        if len(digits) >= 6:
            yield _digits_pattern(digits)
            if value.type == PHONE and digits.startswith("0"):
                yield re.compile(r"\+\s*44\s*(?:\(0\)\s*)?" + _digits_pattern(digits[1:]).pattern)
    elif value.type == DOB:
        yield _date_pattern(dt.date.fromisoformat(raw))
    elif value.type in (ADDRESS, POSTCODE):
        body = re.escape(raw).replace(r"\ ", r"\s*" if value.type == POSTCODE else r"\s+")
        yield re.compile(rf"(?<!\w){body}(?!\w)", re.I)


def _date_pattern(date: dt.date) -> re.Pattern[str]:
    """A person's recorded date of birth in the layouts workers use, so it is caught without a cue."""
    d, m, y = date.day, date.month, date.year
    month = date.strftime("%B")
    day = rf"0?{d}(?:st|nd|rd|th)?"
    layouts = [
        rf"{day}[/.\-]0?{m}[/.\-](?:{y}|{y % 100:02d})",
        rf"{y}-0?{m}-0?{d}",
        rf"(?:the\s+)?{day}\s+(?:of\s+)?(?:{month}|{month[:3]})\.?,?\s+{y}",
        rf"(?:{month}|{month[:3]})\.?\s+{day},?\s+{y}",
    ]
    return re.compile(rf"(?<![\d/.\-])(?:{'|'.join(layouts)})(?![\d])", re.I)


def people_of(given: str, family: str) -> KnownPerson:
    """A convenience for tests and the CLI: a person with no role or gender."""
    return KnownPerson(key=fold(f"{given} {family}"), given=given, family=family, role="person")
