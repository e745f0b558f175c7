"""The audit copy of a question: the pseudonymised question with every value of the vault masked.

A question is pseudonymised once for retrieval and the prompt (redaction.text.pseudonymise), and
that form deliberately keeps a lower-case name that is also an English word ("is lily still at
nursery", "has barney gone back to school", "did rose go to the meeting") as the word: the
embedding vocabulary holds it, and masking every "rose" would lose the stored lines that use the
word. The audit trail has no such need. It is a log kept for years and read by people who are not
entitled to every case, so it must never hold a name, whatever the cost to its wording. The audit
copy is therefore stricter, and is applied *after* the normal pseudonymisation so tokens the
question already holds stay exactly as they are:

* every value of the case's vault is masked case-insensitively on word boundaries with its token,
  with no ordinary-word exception: full values, name parts of three letters or more (hyphenated
  parts too), the short forms a worker types for a given name, and identifiers however they are
  spaced ("07384772105" of "07384 772105", "ab123456c" of "AB 12 34 56 C");
* a possessive or plural typed without its apostrophe ("lilys keyworker") is masked with the name;
* a two-letter value ("Jo") is masked only as a name is written (capitalised or in capitals): in
  lower case two letters are too often a word or an abbreviation ("ed psych"); one-letter values
  (an initial) are never masked, "I'd" must not become a token;
* the words inside a token ("[SOCIAL WORKER]") are never masked, even when a vault holds a label
  such as "Worker".

A caseload question (no case named) was pseudonymised with the vault of every case in the user's
scope, and the row stores the spelling of one of them (the case of the best source). That case's
values take its own tokens; the values of every other case the pseudonymisation consulted are
masked too, with a token of their kind only ("[PERSON]", "[PHONE]"), which no vault ever issues
(person and identifier tokens are always numbered, roles are named). A reader of the row is thus
never told a token of one family as if it were another's, and no name of any consulted case
survives. Over-masking an ordinary word in a log is a readability cost; a name in a log is a breach.

Pure functions over text and vault entries: a question is short and a vault small, so matching each
surface in turn is cheap (nothing is cached here, so a re-import or a deletion shows at once).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from redaction.gazetteer import short_forms
from redaction.lexicon import is_english_word
from redaction.names import fold, name_parts
from redaction.record import place_name
from redaction.spans import ADDRESS, DOB, EMAIL, NHS_NUMBER, NI_NUMBER, PERSON, PHONE, POSTCODE
from redaction.tokens import TOKEN_LABELS, TOKEN_RE, token_type

_MIN_PART = 3
"""Name parts and short forms shorter than this are not masked on their own (see the docstring)."""
_MIN_CASELESS = 3
"""Values shorter than this are masked only when written like a name."""
_SEPARATOR = r"[\s\-./]*"


def audit_copy(text: str, own: Mapping[str, str], others: Iterable[Mapping[str, str]] = ()) -> str:
    """`text` (already pseudonymised with `own`) with every remaining value of `own` replaced by its
    token, and every value of the `others` vaults by a token of its kind only."""
    surfaces = _surfaces(own, neutral=False)
    for vault in others:
        for surface, token in _surfaces(vault, neutral=True).items():
            surfaces.setdefault(surface, token)
    if not surfaces or not text:
        return text
    out, cursor = [], 0
    for written in TOKEN_RE.finditer(text):
        out += [_mask(text[cursor : written.start()], surfaces), written.group(0)]
        cursor = written.end()
    return "".join(out) + _mask(text[cursor:], surfaces)


def neutral_token(token: str) -> str:
    """The kind-only token standing for a value of another case: "[PERSON]" for any person or role,
    "[PHONE]" for a phone number; never a token a vault issues."""
    return f"[{TOKEN_LABELS[token_type(token)]}]"


def _mask(text: str, surfaces: Mapping[_Surface, str]) -> str:
    """Every surface in `text` replaced; the longest match wins where surfaces overlap."""
    if not text.strip():
        return text
    folded = fold(text)
    matches: list[tuple[int, int, str]] = []
    for surface, token in surfaces.items():
        for found in surface.pattern.finditer(folded):
            if surface.capitalised_only and not text[found.start()].isupper():
                continue
            matches.append((found.start(), found.end(), token))
    out, cursor = [], 0
    for start, end, token in sorted(matches, key=lambda m: (m[0], -(m[1] - m[0]))):
        if start < cursor:
            continue
        out += [text[cursor:start], token]
        cursor = end
    return "".join(out) + text[cursor:]


@dataclass(frozen=True)
class _Surface:
    """One way a value may be written in a question: a pattern body over the folded text, and
    whether it counts only where written like a name (a capital first)."""

    body: str
    capitalised_only: bool = False

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w\[]){self.body}(?![\w\]])")


def _surfaces(vault: Mapping[str, str], *, neutral: bool) -> dict[_Surface, str]:
    """Every surface of the vault's values -> the token masking it. A surface two values share
    ("Dembowski" of a child and a father) takes the token of the value that is exactly that surface
    (the notes' own token for the bare family name), else of the first holder in token order."""
    exact: dict[_Surface, str] = {}
    shared: dict[_Surface, str] = {}
    for token in sorted(vault):
        if not TOKEN_RE.fullmatch(token):
            continue
        kind = token_type(token)
        masked = neutral_token(token) if neutral else token
        value = vault[token].strip()
        whole, parts = _value_surfaces(kind, value)
        for surface in whole:
            exact.setdefault(surface, masked)
        for surface in parts:
            shared.setdefault(surface, masked)
    return exact | {surface: token for surface, token in shared.items() if surface not in exact}


def _value_surfaces(kind: str, value: str) -> tuple[list[_Surface], list[_Surface]]:
    """(surfaces that are the whole value, surfaces that are a part of it)."""
    if not value:
        return [], []
    if kind == PERSON:
        return _name_surfaces(value)
    if kind in (PHONE, NHS_NUMBER):
        return [_digits(value, phone=kind == PHONE)], []
    if kind in (NI_NUMBER, POSTCODE):
        return [_spaced(re.sub(r"\s", "", value).lower())], []
    if kind == DOB:
        return [_words(form) for form in _date_forms(value)], []
    if kind == ADDRESS:
        street = re.sub(r"^\s*\d+[a-z]?\s*,?\s*", "", value.split(",")[0], flags=re.IGNORECASE)
        parts = [_words(street)] if len(street.split()) > 1 and street != value else []
        return [_words(value)], parts + _place_name_surfaces(value)
    if kind == EMAIL:
        return [_Surface(re.escape(value.lower()))], []
    return [_words(value)], []


def _place_name_surfaces(value: str) -> list[_Surface]:
    """A home's street or building called by its name alone ("inspected linnet since the fire" of
    "Linnet House"; rules version 27), when that name is no English word: "castle" of "Castle Road"
    stays a word."""
    name = place_name(value)
    if len(re.sub(r"[^\w]", "", name)) < _MIN_PART or any(is_english_word(w) for w in name.split()):
        return []
    return [_words(name)]


def _name_surfaces(value: str) -> tuple[list[_Surface], list[_Surface]]:
    letters = re.sub(r"[^\w]", "", value)
    if len(letters) < 2:
        return [], []
    whole = [_words(value, capitalised_only=len(letters) < _MIN_CASELESS)]
    words = value.split()
    parts = [part for part in name_parts(value) if len(part) >= _MIN_PART] if len(words) > 1 or "-" in value else []
    if words:
        parts += [form for form in short_forms(words[0]) if len(form) >= _MIN_PART]
    return whole, [_words(part) for part in dict.fromkeys(parts) if fold(part) != fold(value)]


def _words(value: str, capitalised_only: bool = False) -> _Surface:
    """A written value: its words in order, any run of spaces, commas or hyphens between them, and
    an optional possessive or plural "s" typed without its apostrophe ("lilys")."""
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", fold(value))
    body = r"[\s,\-./]+".join(re.escape(word) for word in words)
    return _Surface(rf"{body}s?" if words else re.escape(fold(value)), capitalised_only)


def _digits(value: str, *, phone: bool) -> _Surface:
    digits = re.sub(r"\D", "", value)
    if phone and digits.startswith("44"):
        digits = "0" + digits[2:]
    if phone and digits.startswith("0"):
        return _Surface(r"(?:\+?44" + _SEPARATOR + r"(?:\(0\))?|0)" + _SEPARATOR + _spaced_body(digits[1:]))
    return _Surface(_spaced_body(digits))


def _spaced(compact: str) -> _Surface:
    return _Surface(_spaced_body(compact))


def _spaced_body(compact: str) -> str:
    return _SEPARATOR.join(re.escape(ch) for ch in compact)


def _date_forms(value: str) -> list[str]:
    """A date of birth as a worker may type it: ISO, day/month/year, "12 March 2015"."""
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        return [value]
    return [
        day.isoformat(),
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day} {day:%B} {day.year}",
        f"{day.day} {day:%b} {day.year}",
    ]

