"""The leak re-scan: after replacement, look again for anything personal that is still there.

Stricter than the redactor on purpose: it looks for full names and any non-word name part of a
known person in any case, every recorded identifier value, and every identifier pattern. A note
that fails is not indexed and is listed in the import summary for a person to check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redaction.context_rules import ORG_WORDS
from redaction.gazetteer import Gazetteer, KnownPerson, KnownValue
from redaction.keep_words import NOT_A_PLACE_BEFORE, PLACE_CONTEXT_BEFORE, SHARED_PLACE_HEADS
from redaction.names import NameIndex, fold, is_word_like, name_parts, plural
from redaction.patterns import find_identifiers
from redaction.tokens import TOKEN_RE

_GLUED_MIN = 6
"""Family names this long are also looked for inside other words ("xkhan-smithx_99"); shorter
ones ("Lee" in "Leeds") would hold back too many clean notes."""


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’\-]*)")
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*)[ \t]+$")


class LeakScanner:
    def __init__(
        self, people: Sequence[KnownPerson], values: Sequence[KnownValue], guessed: Sequence[KnownPerson] = ()
    ) -> None:
        """`people`: the record's people and staff; `guessed`: people the NER and context rules found,
        whose full names are looked for too (a lowercase "grace taylor" the redactor's capitalised-only
        sweep leaves behind)."""
        strings = {p.full_name for p in guessed if " " in p.full_name}
        for person in people:
            strings.add(person.full_name)
            strings.update(
                p for p in name_parts(f"{person.given} {person.family}") if len(p) > 2 and not is_word_like(p)
            )
            strings.update(plural(p) for p in name_parts(person.family) if len(p) > 2 and not is_word_like(p))
        self._names = NameIndex(strings)
        self._glued = sorted(
            {fold(p.full_name) for p in people}
            | {fold(p.family) for p in people if len(p.family) >= _GLUED_MIN and not is_word_like(p.family)}
        )
        self._values = Gazetteer((), values)

    def leaks(self, redacted: str) -> list[str]:
        """What still looks personal in redacted text (tokens themselves are blanked first)."""
        text = TOKEN_RE.sub(lambda m: " " * len(m.group(0)), redacted)
        found = [
            text[start:end]
            for start, end, key in self._names.find(text)
            if not _in_institution(text, end, key) and not _in_place(redacted, start, end, key)
        ]
        folded = fold(text)
        found += [name for name in self._glued if name and name in folded]
        found += [s.text_in(text) for s in self._values.find(text)]
        found += [s.text_in(text) for s in find_identifiers(text)]
        return found


def _in_institution(text: str, end: int, key: str) -> bool:
    """A one-word name part that begins the rest of a school's or surgery's name ("Castle Park
    Primary", "Hyde Park Surgery"): the next word is an institution word. A place without one
    ("Roundhay Park") is still held: nothing tells it from "Linh Park"."""
    if " " in key:
        return False
    following = _NEXT_WORD.match(text, end)
    return bool(following and fold(following.group(1)).removesuffix("'s") in ORG_WORDS)


def _in_place(text: str, start: int, end: int, key: str) -> bool:
    """A family name that is the last word of a landmark the sentence takes someone to ("Carer took
    [CHILD] to Roundhay Park on Saturday"): a capitalised word before it, a place cue before that
    (read with its tokens, which stand for the people taken), and no possessive after. "Spoke to
    Linh Park" has no place cue and is still held."""
    if " " in key or key not in SHARED_PLACE_HEADS or text[end : end + 1] in ("'", "’"):
        return False
    previous = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if previous is None:
        return False
    before = text[max(0, previous.start() - 40) : previous.start()]
    return bool(PLACE_CONTEXT_BEFORE.search(before)) and not NOT_A_PLACE_BEFORE.search(before)
