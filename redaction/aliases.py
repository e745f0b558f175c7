"""Nicknames the notes themselves give a person on the record.

Referrals introduce a child the way families talk about them: `Ignacy ZAWADZKI ("Iggy")`,
`dad Wojciech (Wojtek)`, `Jaxon, known as Jax`. No rule about how names shorten can predict every
such form, but the note states it, so the form is that person in every note of the case (rules
version 10). Only a single capitalised word that is not an ordinary English word is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from redaction.context_rules import STOP_WORDS
from redaction.gazetteer import KnownPerson, line_typed_small
from redaction.lexicon import is_common_word, is_given_name
from redaction.names import fold, is_word_like, name_key, name_parts
from redaction.spans import PERSON, Span

_QUOTE_OPEN, _QUOTE_CLOSE = "\"“'‘", "\"”'’"
_ALIAS_AFTER = re.compile(
    rf"""[ \t]*(?:
        \([ \t]*[{_QUOTE_OPEN}]?(?P<paren>[A-Z][a-z]{{1,14}})[{_QUOTE_CLOSE}]?[ \t]*\)
      | [ \t]*[{_QUOTE_OPEN}](?P<quoted>[A-Z][a-z]{{1,14}})[{_QUOTE_CLOSE}](?![\w])
      | ,?[ \t]*(?:known[ \t]+as|aka|a\.k\.a\.?|goes[ \t]+by|prefers[ \t]+to[ \t]+be[ \t]+called|calls[ \t]+(?:him|her|them)self)
        [ \t]+[{_QUOTE_OPEN}]?(?P<known>[A-Z][a-z]{{1,14}})\b
    )""",
    re.X,
)


def record_aliases(texts: Iterable[str], found: Iterable[Sequence[Span]], record_keys: set[str]) -> dict[str, str]:
    """{folded alias: person key} for each nickname written right after a record person's name:
    in brackets or quotes, or after "known as"/"aka". A word the record already uses, an ordinary
    word ("(Mum)", "(Reception)") or a stop word is not taken."""
    aliases: dict[str, str] = {}
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            if span.type != PERSON or span.person_key not in record_keys:
                continue
            match = _ALIAS_AFTER.match(text, span.end)
            if match is None:
                continue
            alias = match.group("paren") or match.group("quoted") or match.group("known")
            if _usable_alias(alias):
                aliases.setdefault(name_key(alias), span.person_key)
    return aliases


def _usable_alias(alias: str) -> bool:
    return len(alias) >= 2 and not is_common_word(alias) and not is_word_like(alias) and fold(alias) not in STOP_WORDS


_PREFIX = 3
_CALENDAR = frozenset("jan feb mar apr jun jul aug sep oct nov dec mon tue wed thu fri sat sun".split())  # noqa: SIM905


def named_prefixes(texts: Sequence[str], people: Iterable[KnownPerson]) -> dict[str, str]:
    """{folded prefix: person key} for a record given name's first three letters that the case's
    notes use as that person's name although the letters are also a word ("Pat" of Patience, "Cam"
    of Camille; rules version 19). `short_forms` leaves such prefixes out, because an English word
    would be taken in ordinary sentences. The case itself settles it: the notes write the prefix
    capitalised in mid-sentence, after a lower-case word or a comma and before no other capitalised
    word ("her nan said Pat was asleep"), and never in small letters as a word. The name must be at
    least five letters, the prefix must belong to one record person only, and it is no closed-class
    word or calendar abbreviation ("Mar", "Sat"). The name's last three letters are held to the same
    test: a family shortens a name from its stressed end too ("Vel" of Lovel, "Ren" of Loren; rules
    version 20). Its last four and five letters too, for a name of six letters or more ("Tide" of
    Olatide, "Lani" of Adelani; rules version 29): how Yoruba, Igbo and many other names are shortened,
    and where the tail is a common word ("tide") only the case's evidence can say it is a name. A tail
    is never taken where the case writes it before a number ("Ward 6" in a case with an Edward)."""
    owners: dict[str, set[str]] = {}
    tails: set[str] = set()
    for person in people:
        parts = name_parts(person.given)
        if person.key.startswith("user:") or not parts or len(parts[0]) < _PREFIX + 2 or not parts[0].isalpha():
            continue
        for piece in (parts[0][:_PREFIX], parts[0][-_PREFIX:], *_first_two(parts[0]), *_prefix_with_s(parts[0])):
            owners.setdefault(name_key(piece), set()).add(person.key)
        for piece in _long_tails(parts[0]):
            owners.setdefault(name_key(piece), set()).add(person.key)
            tails.add(name_key(piece))
    found: dict[str, str] = {}
    for key, keys in owners.items():
        if len(keys) != 1 or key in STOP_WORDS or key in _CALENDAR or _written_small(texts, key):
            continue
        if key in tails and _before_number(texts, key):
            continue
        if _named_by_verb(texts, key) or (not is_word_like(key) and _named_mid_sentence(texts, key)):
            found[key] = next(iter(keys))
    return found


_VOWELS = frozenset("aeiouy")
_TAIL_SIZES = (4, 5)


def _long_tails(given: str) -> tuple[str, ...]:
    """A given name's last four and five letters, each at least two letters shorter than the name
    ("Tide", "atide" of Olatide; rules version 29). `short_forms` already takes such a tail where it
    is no English word; this one is held to the case's evidence (`named_prefixes`) and so may be a
    common word. A tail that is a given name of its own ("Anne" of Marianne) is another person."""
    return tuple(
        tail
        for size in _TAIL_SIZES
        if len(given) >= size + 2 and not is_given_name(tail := given[-size:].capitalize())
    )


def _before_number(texts: Sequence[str], key: str) -> bool:
    """The word capitalised before a number somewhere in the case ("Ward 6", "Line 2"): a place or
    a thing's label, not a person's name."""
    pattern = re.compile(rf"(?<![\w\-'’]){re.escape(key.capitalize())}[ \t]+\d")
    return any(pattern.search(text) for text in texts)


def _first_two(given: str) -> tuple[str, ...]:
    """A given name's first two letters, how a family shortens a name whose first syllable ends
    on a vowel ("Ro" of Rowena, "Ke" of Keziah; rules version 25), when they hold a vowel (so never
    a title or an abbreviation: "Mr", "St") and are no common word or word-like name. The embedding
    vocabulary holds nearly every two-letter string, so only the case's own evidence counts, the
    same as for three letters: capitalised in mid-sentence or before a person's verb, never small."""
    piece = given[:2]
    if not _VOWELS & set(fold(piece)) or is_common_word(piece) or is_word_like(piece):
        return ()
    return (piece,)


def _prefix_with_s(given: str) -> tuple[str, ...]:
    """A given name's first three letters with an "s", the pet form British families make of a name
    ("Mads" of Madison, "Jacs" of Jacqueline; rules version 27), when it is no common word and the name
    does not itself go on with an "s" (that is the plain prefix's plural-looking neighbour). The
    case's own evidence decides, as for the bare prefix."""
    piece = given[:_PREFIX] + "s"
    if fold(given[_PREFIX : _PREFIX + 1]) == "s" or is_common_word(piece) or is_word_like(piece):
        return ()
    return (piece,)


_NAME_VERBS = (
    "rang|phoned|called|texted|messaged|emailed|said|says|told|asked|explained|reported|stated|"
    "disclosed|admitted|denied|agreed|confirmed|replied|attended|arrived"
)
"""What a person does in a case note: speaks, makes contact, turns up. An everyday word opening an
entry is followed by no such verb ("Car parked", "Col de ..."); a name is ("Jen rang"; rules version 24)."""


def _named_mid_sentence(texts: Sequence[str], key: str) -> bool:
    """The prefix capitalised after a lower-case word or a comma ("her nan said Cam was asleep").
    Before another capitalised word it is part of a longer name. Not for a word-like name ("Will",
    "Hope"), which a sentence capitalises as a name of someone else or as a word."""
    pattern = re.compile(rf"(?<=[a-z,][ \t]){re.escape(key.capitalize())}(?![\w\-])(?![ \t]+[A-Z])")
    return any(pattern.search(text) for text in texts)


def _named_by_verb(texts: Sequence[str], key: str) -> bool:
    """The prefix capitalised anywhere before a verb only a person takes: "15:05 Jen rang", at an
    entry's time stamp, "Pat said" for a Patrice (rules version 24). The verb settles that it is a
    name even where the letters are a word-like name or an everyday word."""
    pattern = re.compile(rf"(?<![\w\-'’]){re.escape(key.capitalize())}[ \t]+(?:{_NAME_VERBS})\b")
    return any(pattern.search(text) for text in texts)


def _written_small(texts: Sequence[str], key: str) -> bool:
    """The prefix as a lower-case word anywhere in the case (an email address's local part aside),
    outside a pasted message typed without capitals (a time stamp or a thread's sender opens the
    line): a message writes the name itself small ("21:40 Mum: and fen has a cold"), which is no
    sign the letters are an everyday word (rules version 27)."""
    pattern = re.compile(rf"(?<![\w.@\-]){re.escape(key)}(?![\w@\-]|\.\w)")
    return any(
        not line_typed_small(text, m.start(), m.end(), sent=True) for text in texts for m in pattern.finditer(text)
    )
