"""A grandparent written by what the child calls them: "found Nana on the floor", "visits Grandad".

Practitioners write down the child's own name for a grandparent and then keep using it as that
person's name: capitalised, with no article, often possessive ("Nana's stroke"). Written that way
the word is a name for one person of the record, and left raw it ties every stored line to her
while the rest of the case reads `[MATERNAL GRANDMOTHER]` (rules version 15). The span is the
record person's, so it takes her token, and the note viewer still shows the word as written
(`surfaces`).

Only the words children use for grandparents are taken, and only where the record has exactly one
grandmother (or grandfather) for the word to mean: "Mum" and "Dad" are how every note names a
parent's role, and development gold keeps them as words. A lower-case "nan" or "my nanny" is the
word; "the Nanny", "Mum's Nan" (someone else's grandparent) and a family word before a name ("Nanny
Maureen", joined to that name's span by the redactor) are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from redaction.spans import PERSON, Span

_GRANDMOTHER = ("Nana", "Nanna", "Nanny", "Nan", "Nanan", "Gran", "Granny", "Grandma", "Gramma", "Nanma")
_GRANDFATHER = ("Grandad", "Granddad", "Grandpa", "Gramps", "Grampa", "Grandy", "Grandda")

_GRANDMOTHER_ROLE = re.compile(r"\b(?:grandmother|grandma|gran|nan|nana|mgm|pgm)\b", re.I)
_GRANDFATHER_ROLE = re.compile(r"\b(?:grandfather|grandad|granddad|grandpa|mgf|pgf)\b", re.I)
_GREAT = re.compile(r"\bgreat\b", re.I)

_WORD = re.compile(r"(?<![\w'’\-])(" + "|".join(sorted(_GRANDMOTHER + _GRANDFATHER, key=len, reverse=True)) + r")(?![\w\-])")
_ANY_CASE = re.compile(_WORD.pattern, re.I)
_KIN_NAMES = frozenset(_GRANDMOTHER + _GRANDFATHER)
_NOT_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)|\w['’]s?)[ \t]+$")
"""An article ("the Nanny") or another person's possessive ("Mum's Nan", "Dad's Grandad")."""
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
"""A family word used as a title before a name ("Nana Marlene"): that name's span takes it."""


class Relative(Protocol):
    """A record person as far as this module needs one (`gazetteer.KnownPerson`)."""

    @property
    def key(self) -> str: ...

    @property
    def role(self) -> str: ...


def kin_owners(people: Sequence[Relative]) -> dict[str, str]:
    """{kinship name as written: person key} for the record's only grandmother and only grandfather
    (a great-grandparent is neither). Staff ("user:" keys) are never anyone's grandparent."""
    owners: dict[str, str] = {}
    for words, role in ((_GRANDMOTHER, _GRANDMOTHER_ROLE), (_GRANDFATHER, _GRANDFATHER_ROLE)):
        matching = [
            p for p in people if not p.key.startswith("user:") and role.search(p.role) and not _GREAT.search(p.role)
        ]
        if len(matching) == 1:
            owners.update(dict.fromkeys(words, matching[0].key))
    return owners


def is_kin_name(word: str) -> bool:
    """A word children call a grandparent ("Nana", "Grandad"), as written with its capital."""
    return word in _KIN_NAMES


def kin_spans(text: str, owners: Mapping[str, str], any_case: bool = False) -> list[Span]:
    """Record PERSON spans for every kinship name written as a name (see the module docstring).
    `any_case`: for a typed question ("when did nan have her stroke"), where nobody capitalises;
    the notes' "Nan" became the grandmother's token, so the question's word must too."""
    if not owners:
        return []
    spans: list[Span] = []
    for match in (_ANY_CASE if any_case else _WORD).finditer(text):
        key = owners.get(match.group(1).capitalize() if any_case else match.group(1))
        if key is None or _NAME_AFTER.match(text, match.end()):
            continue
        if _NOT_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        spans.append(Span(match.start(), match.end(), PERSON, "record", key))
    return spans
