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
from redaction.lexicon import is_common_word
from redaction.names import fold, is_word_like, name_key
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
