"""The known-person gazetteer: everyone the case record and the staff list name, found in a note
however they are written, plus the record's own identifier values (phone, NHS number, date of birth,
address) in any layout.

One regex per case is compiled over case- and diacritic-folded variants; word-like names ("Hope",
"Brown") only count when written like a name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from redaction.context_rules import ORG_WORDS, STOP_WORDS
from redaction.keep_words import THING_AFTER
from redaction.kinship import kin_owners, kin_spans
from redaction.lexicon import is_common_word, is_english_word, is_given_name
from redaction.names import (
    FEMALE_TITLES,
    MALE_TITLES,
    MODAL_WORDS,
    MONTH_WORDS,
    TITLES,
    NameIndex,
    fold,
    is_word_like,
    name_key,
    name_parts,
    strip_title,
    variants,
)
from redaction.spans import DOB, NHS_NUMBER, NI_NUMBER, PERSON, PHONE, POSTCODE, Span

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
_WORD_FOLLOWS = re.compile(r"[ \t]+[a-z]")
"""A sentence's first word runs on into the sentence ("Ever since"); a short form standing alone, as
a quoted item of a child's list ('"Tia".') or a one-word line, is the name (rules version 14)."""


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
    """For names guessed from the notes themselves: a one-word mention that is also a common word is
    matched only when written with a capital ("Grace" of "Grace Taylor" is not "grace"; "grace
    taylor" is still her); any other name in any letter case ("tayo" of "Tayo Adeyinka")."""
    capitalised_words: frozenset[str] = frozenset()
    """Folded words the case writes capitalised more often than in lower case (`mostly_capitalised`):
    a lone guessed name among them is matched in lower case too (rules version 12)."""
    aliases: Mapping[str, str] = field(default_factory=dict)
    """{folded nickname: person key}: forms the notes give a record person (`aliases.record_aliases`),
    matched like short forms, with a capital, in every note of the case."""
    nicknames: frozenset[str] = frozenset()
    """Folded words the case introduces as a name, in quotes or after "known as" ('her friend
    "Robbo"'): a lone guessed person among them is the person in small letters on a line typed
    without capitals, even where the word lists hold it as a word (rules version 20)."""
    _owners: dict[str, list[KnownPerson]] = field(init=False, default_factory=dict)
    _names: NameIndex = field(init=False)
    _values: RecordValues = field(init=False)

    _short: set[str] = field(init=False, default_factory=set)
    """Keys that are only a short form of someone's given name: matched only with a capital."""
    _typed_only: set[str] = field(init=False, default_factory=set)
    """Keys matched only in small letters on a line typed without capitals (`two_letter_form`)."""
    _kin: dict[str, str] = field(init=False, default_factory=dict)
    """{"Nana": key} for the record's only grandparent of each sex (`kinship`, rules version 15)."""

    def __post_init__(self) -> None:
        for person in self.people:
            for variant in variants(person.given, person.family):
                owners = self._owners.setdefault(name_key(variant), [])
                if person not in owners:
                    owners.append(person)
        for person in self.people:
            if self.source != "record" or person.key.startswith("user:"):
                continue
            for key in _unmarked_possessives(person.given):
                self._owners.setdefault(key, [person])
            for short in short_forms(person.given):
                key = name_key(short)
                if key not in self._owners or key in self._short:
                    self._short.add(key)
                    self._owners.setdefault(key, []).append(person)
            tiny = two_letter_form(person.given)
            if tiny and (tiny not in self._owners or tiny in self._typed_only):
                self._typed_only.add(tiny)
                self._owners.setdefault(tiny, []).append(person)
        by_key = {person.key: person for person in self.people}
        for alias, owner in self.aliases.items():
            if owner in by_key and alias not in self._owners:
                self._short.add(alias)
                self._owners[alias] = [by_key[owner]]
        self._names = NameIndex(self._owners)
        self._values = RecordValues(self.values)
        if self.source == "record":
            self._kin = kin_owners(self.people)

    def find(self, text: str) -> list[Span]:
        """Every mention of a known person or value; overlapping ones are resolved by the caller."""
        spans: list[Span] = []
        for start, end, key in self._names.find(text):
            person = self._owner(key, text, start, end)
            if person is not None:
                spans.append(Span(start, end, PERSON, self.source, person.key))
        spans.extend(self.kinship(text))
        spans.extend(self._values.find(text))
        return spans

    def kinship(self, text: str, any_case: bool = False) -> list[Span]:
        """The record's only grandparents written by what the child calls them (`kinship`)."""
        return kin_spans(text, self._kin, any_case)

    def _needs_capital(self, key: str, owners: Sequence[KnownPerson]) -> bool:
        """A person guessed from the notes by a full name ("Tayo Adeyinka") is one person in every
        letter case ("Tayo", "tayo", "TAYO"): a pasted text-message thread is typed in lower case.
        A part that is also an English word ("will", "rose", "grace", "park") needs its capital, or
        ordinary sentences would be redacted; so does a lone guessed word ("Epilepsy", "Unborn" of a
        heading), which is too weak a sign of a person to sweep the case's lower-case text with. A lone
        guessed word that is no word of the vocabulary and that the case writes with a capital more
        often than without (`capitalised_words`) is the person in lower case too, and so is its plural
        variant, how a text writes the possessive: "quinos mum" (rules version 12). The vocabulary misses British words ("curfew", "nappy",
        "unborn"), which the notes write in lower case far more often than capitalised, and only a
        word of a nickname's length (up to 6 letters): a long one is a term a team capitalises
        ("Paediatric", "Permanence")."""
        if not self.capitalised_only:
            return False
        if any(person.given for person in owners):
            return is_english_word(key)
        stem = key[:-1] if key.endswith("s") and key[:-1] in self.capitalised_words else key
        return stem not in self.capitalised_words or len(stem) > _NICKNAME_MAX or _is_a_word(stem) or _is_a_word(key)

    def _small_name(self, key: str, owners: Sequence[KnownPerson]) -> bool:
        """Names that a line typed without capitals may hold in small letters (`_typed_small`): a
        record person's short form, and the given name of a person the notes name in full
        ("clarissa" of a guessed "Clarissa Reidy"); rules version 19. Also a lone guessed name the
        case introduces as a nickname (`nicknames`; rules version 20)."""
        if self.source == "record":
            return key in self._short or key in self._typed_only
        return self.capitalised_only and any(
            fold(p.given) == key or (not p.given and key in self.nicknames and fold(p.family) == key) for p in owners
        )

    def _owner(self, key: str, text: str, start: int, end: int) -> KnownPerson | None:
        owners = self._owners.get(key)
        if not owners:
            return None
        small = not text[start:end][:1].isupper()
        typed_small = (
            small
            and self._small_name(key, owners)
            and _typed_small(text, start, end, key, introduced=key in self.nicknames)
        )
        kin_named = small and self.source in ("record", "discovered") and _after_kin_word(text, start, key)
        if (
            " " not in key
            and small
            and (key in self._short or self._needs_capital(key, owners))
            and not typed_small
            and not kin_named
        ):
            return None
        if key in self._typed_only and not typed_small:
            return None
        if (
            key in self._short
            and not typed_small
            and is_english_word(key)
            and key not in _SPOKEN_KEYS
            and key not in self.aliases
            and not _VOICED_PET.search(key)
            and _SENTENCE_END.search(text[max(0, start - 4) : start])
            and _WORD_FOLLOWS.match(text, end)
        ):
            return None  # "Ever since ..." in a case with an Everard; "Wren said" mid-sentence is hers
        if " " not in key and _inside_other_name(text, start, end, self._owners):
            return None
        if " " not in key and is_word_like(key) and not kin_named and not _written_as_name(text, start, end, key):
            return None
        if len(owners) == 1:
            return owners[0]
        titled = _titled_adult(text, start, end, owners)
        if titled is not None:
            return titled
        title, _ = strip_title(text[start:end])
        if title is not None:
            gender = "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else None
            matching = [p for p in owners if p.gender == gender]
            if matching:
                return matching[0]
        children = [p for p in owners if p.role == "child"]
        return children[0] if children else owners[0]


_KIN_BEFORE = re.compile(
    r"(?<![\w'’])(?:aunty|auntie|aunt|uncle|nan|nana|nanna|nanny|gran|granny|grandma|nanma|grandad|granddad|grandpa"
    r"|cousin|cuz|bro|sis)[ \t]+$",
    re.I,
)
"""A kin word a family calls a relative by, right before a name: "aunty daisy", "uncle dev"."""


def _after_kin_word(text: str, start: int, key: str) -> bool:
    """A record person's given name or pet form in small letters straight after a kin word ("aunty
    daisy is doing it now" in a pasted message) is that person: the kin word says a name follows, as
    a capital would (rules version 28). A common word stays a word ("aunty will", "nan may")."""
    return not is_common_word(key) and _KIN_BEFORE.search(text, max(0, start - 12), start) is not None


_MESSAGE_PREFIX = re.compile(r"^.{0,40}?\d{1,2}[:.]\d{2}\]?[^\n:]{0,30}:[ \t]+")
"""A copied message's time stamp and sender ("T 12:48: ", "[08:15] Ana: ") before what was typed."""
_SENDER_ONLY = re.compile(r"^[ \t]*[A-Z][\w'’]{0,11}(?:[ \t][A-Z][\w'’]{0,11})?:[ \t]+")
"""A pasted thread's sender with no time stamp ("Mum: ", "KB: ", "Aunt Jo: "; rules version 21)."""
_SMALL_START = re.compile(r"(?:^|[.!?][ \t]+)[a-z]")
_SMALL_I = re.compile(r"(?<![\w'’])i(?=[ \t]+[a-z])")


def _typed_small(text: str, start: int, end: int, key: str, introduced: bool = False) -> bool:
    """A record person's short form in small letters where the line is typed without capitals, as a
    pasted text message is: the line (after a time stamp and sender) or a sentence in it starts in
    small letters, or the pronoun "i" is written small ("kiz sent me a photo", "i will never see
    rafe again"; rules version 19). A common word ("max", "kit") stays a word, and so does a form
    before an apostrophe ("don't"). `introduced`: the case gives the word as a nickname, which
    settles that it is a name here although a word list holds it."""
    if (is_common_word(key) and not introduced) or text[end : end + 1] in ("'", "’"):
        return False
    return line_typed_small(text, start, end)


def line_typed_small(text: str, start: int, end: int, sent: bool = False) -> bool:
    """The line holding text[start:end] is typed without capitals, as a pasted text message is: after
    its time stamp and sender it, or a sentence in it, starts in small letters, or "i" is small.
    Such a line writes a name small, so a word in it says nothing about how the case writes words.
    `sent`: only a line with a message's time stamp or a thread's sender counts (a note's own line
    that starts small, "a ryn of some sort", is the author writing a word)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    prefix = _MESSAGE_PREFIX.match(line) or _thread_sender(text, line_start, line)
    if sent and prefix is None:
        return False
    typed = line[prefix.end() :] if prefix else line.lstrip()
    return bool(_SMALL_START.search(typed) or _SMALL_I.search(typed))


def _thread_sender(text: str, line_start: int, line: str) -> re.Match[str] | None:
    """A sender with no time stamp, only where the line above or below has one too: a pasted thread
    ("DR: shes always …" then "Mum: dont …"). A lone "Mum: happy with the plan" is a note's own
    heading, written as the author writes, so it needs its neighbour (rules version 21)."""
    sender = _SENDER_ONLY.match(line)
    if sender is None:
        return None
    before = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1]
    after = text[line_start + len(line) + 1 :].split("\n", 1)[0]
    return sender if _SENDER_ONLY.match(before) or _SENDER_ONLY.match(after) else None


def _unmarked_possessives(given: str) -> list[str]:
    """Keys of a given name with a possessive "s" and no apostrophe, as a text message types it
    ("sent flowers to lenas", "at Lenas"): the name is the person in any letter case, so its
    possessive is too. Not when the form is an English word or the name is a word ("roses" of
    Rose, "marks" of Mark), or the name is shorter than four letters (rules version 18)."""
    keys = []
    for word in name_parts(given):
        key = name_key(word)
        if len(key) >= 4 and key.isalpha() and not is_word_like(key) and not _is_a_word(key + "s"):
            keys.append(key + "s")
    return keys


_YOUNG_ROLES = frozenset(
    ["child", "son", "daughter", "brother", "sister", "sibling", "nephew", "niece", "cousin", "grandson", "granddaughter"]
)
"""Relationships of the young: "half-brother", "stepsister" and "twin brother" end in one of them."""
_TITLE_BEFORE = re.compile(r"\b(" + "|".join(sorted({re.escape(t) for t in _TITLE_KEYS}, key=len, reverse=True)) + r")\.?[ \t]+$", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def _is_young(person: KnownPerson) -> bool:
    return is_young_role(person.role)


def is_young_role(role: str) -> bool:
    """A relationship of the young ("child", "half-brother", "MATERNAL COUSIN")."""
    return role.lower().replace("_", "-").replace(" ", "-").split("-")[-1] in _YOUNG_ROLES


def _titled_adult(text: str, start: int, end: int, owners: Sequence[KnownPerson]) -> KnownPerson | None:
    """A title before a family name several people share ("Mr Khan", "Cllr McGlinchey", "DC
    Sheldrake") names an adult: never the child or a sibling (rules version 13). The title's sex
    picks among the adults ("Mrs" the mother); a title without one ("Cllr", "Dr") takes the pronoun
    of the words that follow ("... He asked"), then the first adult of the record. A "Mr" whose
    family has no man on the record is left to the usual choice: he is not the mother. When several
    adults fit (two women of the family for "Mrs"; two adults and no pronoun for "DC"), the mention
    is nobody's role: `_ambiguous` (rules version 14)."""
    title, _ = strip_title(text[start:end])
    if title is None:
        written = _TITLE_BEFORE.search(text[max(0, start - 12) : start])
        title = fold(written.group(1)) if written else None
    if title is None:
        return None
    adults = [p for p in owners if not _is_young(p)]
    if not adults:
        return None
    gender = "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else None
    if gender is None:
        after = text[end : end + 120]
        he, she = _HE.search(after), _SHE.search(after)
        gender = "m" if he and (not she or he.start() < she.start()) else "f" if she else None
    matching = [p for p in adults if gender is None or p.gender in (gender, None)]
    if not matching:
        if title in FEMALE_TITLES | MALE_TITLES:
            return None
        return adults[0] if len(adults) == 1 else _ambiguous(adults)
    return matching[0] if len(matching) == 1 else _ambiguous(matching)


AMBIGUOUS = "ambiguous:"
"""Key prefix of a titled family name that fits several adults: a person of its own (rules version 14)."""


def _ambiguous(adults: Sequence[KnownPerson]) -> KnownPerson:
    """"Mrs Nembhard" where the mother and the grandmother are both Nembhards: nothing in the words
    tells them apart, and a wrong role token ("[MOTHER]" for the grandmother) makes answers say what
    the note did not. The mention gets a token of its own, shared by every such mention of the family
    in the case; the name is still redacted (rules version 14)."""
    family = adults[0].family
    return KnownPerson(f"{AMBIGUOUS}{fold(family)}", "", family, "person")


_NICKNAME_MAX = 6
_CASED_WORD = re.compile(r"(?<![\w'’\-])[A-Za-z][a-z]+(?![\w\-])")


def mostly_capitalised(texts: Sequence[str]) -> frozenset[str]:
    """Folded words written "Quino" more often than "quino" across the case: how a name is written,
    where a word ("Curfew" in a heading, "curfew" in twelve sentences) is mostly lower case."""
    capital: dict[str, int] = {}
    lower: dict[str, int] = {}
    for text in texts:
        for word in _CASED_WORD.findall(text):
            tally = capital if word[0].isupper() else lower
            folded = word.lower()
            tally[folded] = tally.get(folded, 0) + 1
    return frozenset(w for w, n in capital.items() if n > lower.get(w, 0))


def _is_a_word(key: str) -> bool:
    return is_english_word(key) or is_common_word(key) or is_word_like(key)


_SHORT_MIN, _SHORT_MAX = 3, 5


def short_forms(given: str) -> list[str]:
    """How a worker shortens a recorded given name: its first three to five letters ("Reu" for
    Reuben, "Bev" for Beverley, "Chris" for Christopher), at least two letters shorter than the name.
    A prefix that is an English word ("Car" of Carla, "The" of Theo) or a word-like name is left
    out: it would be taken in ordinary sentences. From four letters only the common-word list
    counts (rules version 8): the embedding vocabulary holds names such as "wren" as words. The
    initial's spoken name is one too ("Zee" for
    Zaki). Matched only when written with a capital."""
    words = name_parts(given)
    if not words:
        return []
    first = words[0]
    prefixes = [
        prefix
        for size in range(_SHORT_MIN, min(_SHORT_MAX, len(first) - 2) + 1)
        if _usable_short(prefix := first[:size], strict=size < 4, first_syllable=size < 4)
    ]
    spoken = _LETTER_NAMES.get(first[:1].upper())
    if spoken and fold(first) != fold(spoken) and len(first) > len(spoken):
        prefixes.append(spoken)
    prefixes += [form for form in _clipped(first) if form not in prefixes]
    pets = [form for form in _pet_forms(first) if _usable_short(form) and form not in prefixes]
    voiced = [form for form in _voiced_forms(first) if _usable_voiced(form) and form not in prefixes + pets]
    known = prefixes + pets + voiced
    return known + [
        form for form in IRREGULAR_DIMINUTIVES.get(fold(first), ()) if _usable_short(form, strict=False) and form not in known
    ]


def two_letter_form(given: str) -> str | None:
    """A given name cut to its first two letters, how a text message addresses a close relative
    ("eb I miss u" to an Ebrel; rules version 22), as a folded key. Only where the two letters are no
    word of the embedding vocabulary, which holds nearly every two-letter string a message uses
    ("ok", "ty", "ur", "im", "jo", "ed"), and only for a name of four letters or more. The key is
    matched only in small letters on a line typed without capitals (`_typed_small`): in capitals two
    letters are initials, and in a worker's own sentence they are too weak a sign."""
    words = name_parts(given)
    if not words or len(words[0]) < 4 or not words[0][:2].isalpha():
        return None
    form = fold(words[0][:2])
    if is_english_word(form) or is_common_word(form) or is_word_like(form):
        return None
    if form in STOP_WORDS or form in MONTH_WORDS:
        return None
    return form


IRREGULAR_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "ezekiel": ("Zeke",),
    "william": ("Bill", "Billy"),
    "margaret": ("Peggy", "Maggie", "Meg"),
    "edward": ("Ted", "Teddy", "Ned"),
    "edmund": ("Ned",),
    "theodore": ("Ted", "Teddy"),
    "richard": ("Rick", "Ricky"),
    "robert": ("Bob", "Bobby"),
    "henry": ("Harry", "Hal", "Hank"),
    "john": ("Jack", "Johnny"),
    "mary": ("Polly", "Molly"),
    "elizabeth": ("Betty", "Bess", "Libby", "Lizzie", "Liz", "Beth", "Eliza"),
    "sarah": ("Sally",),
    "patricia": ("Patsy", "Trish"),
    "rebecca": ("Becky", "Becca"),
    "eleanor": ("Nell", "Nellie", "Ellie"),
    "helen": ("Nell", "Nellie"),
    "james": ("Jim", "Jimmy"),
    "christopher": ("Kit",),
    "alexander": ("Sandy", "Xander"),
    "alexandra": ("Sandy", "Lexi"),
    "charles": ("Charlie", "Chaz"),
    "anthony": ("Tony",),
    "josephine": ("Josie", "Jo"),
}
"""English diminutives no spelling rule derives from the name (rules version 16): "Zeke" for
Ezekiel, "Peggy" for Margaret. Like every short form they are matched only with a capital, and a
diminutive that is a common word ("Bill", "Jack", "Kit") is left out by `_usable_short`."""


_VOICED_PET = re.compile(r"zz(?:y|ie)$")
"""A voiced pet form ("Izzy") starting a sentence is the person, not an English word."""


def _voiced_forms(first: str) -> list[str]:
    """A pet name spells the "s" of its stem as it is said, "z" (rules version 16): "Izzy", "Izzie"
    for Isobel or Iseult, "Ozzy" for Oswald, "Suzzie" for Susannah. The stem is the name's first two
    letters when it starts with a vowel, else its first three, and must end in "s". Only the doubled
    "zz" is taken: a single "z" spells everyday words ("Lazy", "Hazy", "Cosy").
    """
    size = 2 if first[:1].lower() in _VOWELS and first[1:2].lower() not in _VOWELS else 3
    stem = first[:size]
    if len(first) <= size + 1 or not stem.isalpha() or stem[-1:].lower() != "s":
        return []
    base = stem[:-1]
    return [form for ending in ("y", "ie") if fold(form := base + "zz" + ending) != fold(first)]


def _usable_voiced(form: str) -> bool:
    """A voiced pet form is spelled as no ordinary word is ("Izzy", "Ozzy"), so the embedding
    vocabulary holding it as a word is no reason to leave it out (it holds most nicknames); only a
    word-like name or a closed-class word is ("Dizzy" is no stem of a name anyway)."""
    return form.isalpha() and not is_word_like(form) and fold(form) not in STOP_WORDS and fold(form) not in MONTH_WORDS


_PET_ENDINGS = ("y", "ie", "i", "o")
_VOWELS = frozenset("aeiou")
_TAIL_MIN, _TAIL_MAX = 4, 5


def _pet_forms(first: str) -> list[str]:
    """Pet names families and workers use that are not a prefix (rules version 9): a short stem with
    a pet ending, its last consonant doubled or not ("Jassi", "Jassy" for Jaswinder; "Robbie" for
    Robert), and the end of a long name ("Keem" for Hakeem, "Tasha" for Natasha, "Bella" for
    Isabella). Rules version 10 adds the "-o" ending ("Kenno" for Kenver, "Robbo" for Robert), a
    vowel-led name's two-letter stem doubled ("Iggy" for Ignacy, "Ollie" for Oliver) and the name
    without its leading vowel ("Keem" for Akeem, "Nita" for Anita). Like every short form they are matched only with a capital, and never when the form is
    an English word."""
    forms: list[str] = []
    vowel_start = first[:1].lower() in _VOWELS and first[1:2].lower() not in _VOWELS
    for size in (2, 3, 4) if vowel_start else (3, 4):
        stem = first[:size]
        if len(first) <= size + 1 or not stem.isalpha() or stem[-1].lower() in "aeiouy":
            continue
        endings = _PET_ENDINGS if size > 2 else _PET_ENDINGS[:2]
        forms += [stem + stem[-1].lower() + ending for ending in endings]
        if size > 2:
            forms += [stem + ending for ending in endings]
    if len(first) >= 6:
        forms += [first[-size:].capitalize() for size in range(_TAIL_MIN, min(_TAIL_MAX, len(first) - 2) + 1)]
    if vowel_start and len(first) >= 5 and first[2:3].lower() in _VOWELS:
        forms.append(first[1:].capitalize())
    return [form for form in dict.fromkeys(forms) if fold(form) != fold(first)]


def _clipped(first: str) -> list[str]:
    """The name without its final vowel, how a name ending in "-a" or "-e" is said short ("Kens" for
    Kensa, "Luci" for Lucia), one letter shorter where a prefix must be two (rules version 17): the
    notes wrote it on every line of one case and it took a token of its own, so a question naming
    the child and one using the short name did not meet. Only a name of five letters: a longer one
    has prefixes of four and five letters already, and nobody writes "Rebecc". Never a given name
    of its own ("Carl" of Carla, "Mari" of Maria: another person) or a common word."""
    if len(first) != 5 or first[-1:].lower() not in "aeio" or not first.isalpha():
        return []
    form = first[:-1]
    return [] if is_given_name(form) or not _usable_short(form, strict=False) else [form]


def _usable_short(form: str, strict: bool = True, first_syllable: bool = False) -> bool:
    """Can a short form stand for a name? Not when it is a word: `strict` excludes any word of the
    embedding vocabulary (names included), otherwise only the common-word list counts. A three-letter
    prefix that is an English given name itself ("Jax" of Jaxon, "Ken" of Kenver) passes when it is
    not a common word (rules version 10)."""
    if first_syllable and is_given_name(form):
        strict = False
    word = is_english_word(form) if strict else is_common_word(form)
    return (
        form.isalpha()
        and not word
        and not is_word_like(form)
        and fold(form) not in MONTH_WORDS
        and fold(form) not in STOP_WORDS
    )


_LETTER_NAMES = {"D": "Dee", "J": "Jay", "K": "Kay", "T": "Tee", "V": "Vee", "Z": "Zee"}
"""A name's initial as it is spoken, a nickname families use ("Zee" for Zaki, "Jay" for Jayden,
"Dee" for Deanna; rules version 8). Like every short form it is matched only with its capital.
"Tee" joined in rules version 23: a young person called by his initial is written "Tee" on every
line of his case, and the word "tee" (a golf tee, a T-shirt) is written small in a case note.
Letters whose spoken name is a capitalised word of notes stay out: "Bee" (the "Busy Bees"
nurseries), "Gee" (an exclamation opening quoted speech), "El" (an article of place names)."""
_SPOKEN_KEYS = frozenset(name.lower() for name in _LETTER_NAMES.values())


def _written_as_name(text: str, start: int, end: int, key: str) -> bool:
    """A word-like name counts only with a capital, and not as a month, a sentence-initial modal or a
    word describing a thing ("Hunter wellies")."""
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
    if THING_AFTER.match(after):
        return False
    if key in MODAL_WORDS and _SENTENCE_END.search(text[max(0, start - 4) : start]):
        following = re.match(r"\s*([A-Za-z']+)", after)
        if following and following.group(1).islower() and following.group(1) not in _NAME_FOLLOWERS:
            return False
    return True


_VERB_FORM = re.compile(r"[a-z]{2}(?:ed|ing)$")
"""A capitalised verb before a name ("Collected Sorcha", "FaceTimed Kit") is the sentence's verb,
not the first word of a place's name (rules version 8)."""
_TIME_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}[ \t]*$")


def _shouted_word(word: str) -> bool:
    """A word in capitals before a name ("The court REMANDED Tafari", "SEEN Amelia") is emphasis on
    the sentence's own word, not the first word of a place's name (rules version 10)."""
    return len(word) > 1 and word.isupper() and (is_common_word(word) or bool(_VERB_FORM.search(word.lower())))


_RANK_LETTERS = re.compile(r"[A-Z]{2}")
"""Two capitals before a family name are a rank or role written short ("WM Vaughan" of a watch
manager, "DS Okafor", "SW Daly"), not the first word of a place's name (rules version 16). Places
that start with letters take three or more ("HMP", "RAF") or a word."""


def _inside_other_name(text: str, start: int, end: int, known: dict[str, list[KnownPerson]]) -> bool:
    """ "Park" alone is a person; in "Roundhay Park" or "Park Surgery" it is part of a place's name."""
    before = re.search(r"([A-Z][\w'’\-]*)[ \t]+$", text[max(0, start - 30) : start])
    if (
        before
        and not _VERB_FORM.search(before.group(1))
        and not _shouted_word(before.group(1))
        and not _RANK_LETTERS.fullmatch(before.group(1))
        and not _TIME_BEFORE.search(text, max(0, start - len(before.group(0)) - 8), start - len(before.group(0)))
        and fold(before.group(1)).rstrip(".") not in _TITLE_KEYS
        and fold(before.group(1)) not in known
        and fold(before.group(1)) not in STOP_WORDS
        and not _SENTENCE_END.search(text[max(0, start - 40) : start - len(before.group(0))])
    ):
        return True
    after = re.match(r"[ \t]+([A-Z][\w'’\-]*)", text[end : end + 30])
    return bool(after and fold(after.group(1)) in ORG_WORDS)


_MONTH_NUMBERS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_ANY_DATE = re.compile(
    r"(?<![\d/.\-])(?:"
    r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})"
    r"|(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2})"
    rf"|(?:the\s+)?(?P<td>\d{{1,2}})(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?(?P<tm>{_MONTH})\.?,?[\s\-]+(?P<ty>\d{{4}}|\d{{2}})"
    rf"|(?P<fm>{_MONTH})\.?\s+(?P<fd>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<fy>\d{{4}})"
    r")(?![\d])",
    re.I,
)
_NUMBER = re.compile(r"(?<![\w+])(?:\+\s*44\s*(?:\(0\)\s*)?)?\(?\d(?:[ \-().]{0,2}\d){5,13}")


def date_keys(date: dt.date) -> set[tuple[int, int, int]]:
    """(day, month, year) and (day, month, two-digit year): how a written date is compared to a DOB."""
    return {(date.day, date.month, date.year), (date.day, date.month, date.year % 100)}


def _written_date(match: re.Match[str]) -> tuple[int, int, int] | None:
    groups = match.groupdict()
    try:
        if groups["d"]:
            return int(groups["d"]), int(groups["m"]), int(groups["y"])
        if groups["Y"]:
            return int(groups["D"]), int(groups["M"]), int(groups["Y"])
        if groups["td"]:
            return int(groups["td"]), _MONTH_NUMBERS[groups["tm"][:3].lower()], int(groups["ty"])
        return int(groups["fd"]), _MONTH_NUMBERS[groups["fm"][:3].lower()], int(groups["fy"])
    except (KeyError, TypeError, ValueError):
        return None


def number_key(kind: str, value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if kind == PHONE and digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return digits


class RecordValues:
    """The record's own identifier values found in any layout: dates of birth however written,
    phone and NHS numbers whatever their spacing, addresses and postcodes case-insensitively."""

    def __init__(self, values: Sequence[KnownValue]) -> None:
        self.dates: set[tuple[int, int, int]] = set()
        self.numbers: dict[str, str] = {}
        self.texts: list[tuple[str, re.Pattern[str]]] = []
        for value in values:
            raw = value.value.strip()
            if not raw:
                continue
            date = _iso_date(raw) if value.type == DOB else None
            if date is not None:
                self.dates |= date_keys(date)
            elif value.type in (PHONE, NHS_NUMBER):
                key = number_key(value.type, raw)
                if len(key) >= 6:
                    self.numbers[key] = value.type
                    if value.type == PHONE and key.startswith("0"):
                        self.numbers["44" + key[1:]] = PHONE
            else:
                self.texts.append((value.type, _text_pattern(value.type, raw)))

    def find(self, text: str) -> list[Span]:
        spans: list[Span] = []
        if self.dates:
            for match in _ANY_DATE.finditer(text):
                if _written_date(match) in self.dates:
                    spans.append(Span(match.start(), match.end(), DOB, "record"))
        if self.numbers:
            for match in _NUMBER.finditer(text):
                kind = self.numbers.get(number_key(PHONE, match.group(0))) or self.numbers.get(
                    re.sub(r"\D", "", match.group(0))
                )
                if kind is not None:
                    spans.append(Span(match.start(), match.end(), kind, "record"))
        for kind, pattern in self.texts:
            spans.extend(Span(m.start(), m.end(), kind, "record") for m in pattern.finditer(text))
        return spans


def _iso_date(raw: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _text_pattern(kind: str, raw: str) -> re.Pattern[str]:
    """A value as written, case-insensitively; postcodes and NI numbers with any spacing.
    Cached: the same address recurs across a family's cases and every re-import."""
    body = re.escape(raw).replace(r"\ ", r"\s*" if kind in (POSTCODE, NI_NUMBER) else r"\s+")
    return re.compile(rf"(?<!\w){body}(?!\w)", re.I)
