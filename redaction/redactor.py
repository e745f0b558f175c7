"""Pseudonymise a whole case: every note's names and identifiers replaced by per-case tokens.

A case is redacted as a unit because consistency is a property of the case: "Gary Hill" found by
the NER in one note must be caught as "Gary" in another, and must get the same token in both.
So every note is analysed first, people not on the record are gathered into a case-level list,
that list is searched for in every note, and only then are tokens assigned and text replaced.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple, Protocol

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from records.models import Case, User
from redaction.aliases import named_prefixes, record_aliases
from redaction.closed_class import trim_closed_class
from redaction.context_rules import (
    CALLED_NAMES,
    TITLE_PATTERN,
    initial_can_be_word,
    is_not_a_person,
    name_run,
    with_given_name,
)
from redaction.engine import PresidioAnalyzer
from redaction.gazetteer import AMBIGUOUS, Gazetteer, KnownPerson, KnownValue, mostly_capitalised
from redaction.initials import (
    capital_initial_spans,
    discovered_initials,
    initial_spans,
    initials_people,
    letter_people,
    listed_word_initials,
    pair_people,
    particle_initial_spans,
    particle_initials_people,
    word_initials_people,
)
from redaction.kinship import is_kin_name
from redaction.leaks import LeakScanner
from redaction.lexicon import is_common_word, is_english_word, is_given_name, is_mainstream_given_name
from redaction.names import fold, is_word_like, person_key, strip_title
from redaction.places import case_pet_and_service_words, case_place_words, names_a_place
from redaction.record import address_towns, known_people, known_values, note_address_values, school_word
from redaction.spans import PERSON, Span, resolve_overlaps
from redaction.tokens import TokenBook


class Entity(NamedTuple):
    """One replaced span, offsets into the original text; also a plain (start, end, type, token) tuple."""

    start: int
    end: int
    type: str
    token: str


@dataclass(frozen=True)
class RedactedNote:
    note_id: str
    title: str | None
    text: str
    entities: list[Entity]
    """Offsets into the original note text."""


@dataclass
class RedactedCase:
    case_id: str
    notes: list[RedactedNote]
    vault: dict[str, str]
    leaks: list[str] = field(default_factory=list)
    """Note ids whose redacted text still holds a known name or an identifier: never index these."""
    child_token: str = "[CHILD]"

    def indexable(self) -> list[RedactedNote]:
        leaking = set(self.leaks)
        return [n for n in self.notes if n.note_id not in leaking]


class Analyzer(Protocol):
    model_version: str

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]: ...


RULES_VERSION = "29"
"""Bumped when recognizers, gazetteer or context rules change what is redacted: re-imports compare it."""


@dataclass(frozen=True)
class _Redaction:
    text: str
    entities: list[Entity]


class CaseRedactor:
    """Redacts cases with one shared analyzer (the loaded NER), a fresh gazetteer per case."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self._anonymizer = AnonymizerEngine()
        self.version = f"redaction-{RULES_VERSION}+{analyzer.model_version}"

    def redact_case(self, case: Case, staff: Sequence[User], existing: Mapping[str, str] | None = None) -> RedactedCase:
        people = known_people(case, staff)
        values = known_values(case)
        texts = [n.text for n in case.notes] + [n.title or "" for n in case.notes]
        spans, discovered = self.find(texts, people, values, address_towns(case) | school_word(case))
        people = [*people, *discovered]
        book = TokenBook(_without_named_tokens(existing, people))
        for person in people:
            if not person.key.startswith("user:"):
                book.for_person(person.full_name, person.role)
        redacted = [self.apply(text, found, people, book) for text, found in zip(texts, spans, strict=True)]
        count = len(case.notes)
        notes = [
            RedactedNote(
                note.note_id, redacted[count + i].text if note.title else None, redacted[i].text, redacted[i].entities
            )
            for i, note in enumerate(case.notes)
        ]
        found_here = {p.key for p in discovered}
        scanner = LeakScanner(
            [p for p in people if p.key not in found_here], values, [p for p in people if p.key in found_here]
        )
        leaks = [n.note_id for n in notes if scanner.leaks(n.text) or (n.title and scanner.leaks(n.title))]
        child = next((p for p in people if p.role == "child"), None)
        child_token = book.for_person(child.full_name, "child") if child else "[CHILD]"
        return RedactedCase(case.case_id, notes, book.vault, leaks, child_token)

    def redact_texts(
        self, texts: Sequence[str], people: Sequence[KnownPerson], existing: Mapping[str, str] | None = None
    ) -> tuple[list[_Redaction], dict[str, str]]:
        """Texts that share one set of people and one token book (the `caseassist redact` command)."""
        spans, discovered = self.find(texts, people, ())
        everyone = [*people, *discovered]
        book = TokenBook(existing)
        return [self.apply(t, s, everyone, book) for t, s in zip(texts, spans, strict=True)], book.vault

    def find(
        self,
        texts: Sequence[str],
        people: Sequence[KnownPerson],
        values: Sequence[KnownValue],
        towns: frozenset[str] = frozenset(),
    ) -> tuple[list[list[Span]], list[KnownPerson]]:
        """Resolved spans per text (every PERSON span carries a person key), and the people found
        who are not on the record: analyzer + record gazetteer, then the discovered people case-wide.
        `towns`: the record addresses' towns (`record.address_towns`) and the school's first word
        (`record.school_word`), places of the case."""
        values = [*values, *note_address_values(texts)]
        record = Gazetteer(people, values)
        record_keys = {p.key for p in people if not p.key.startswith("user:")}
        aliases = {
            **named_prefixes(texts, people),
            **record_aliases(texts, [record.find(text) for text in texts], record_keys),
        }
        if aliases:
            record = Gazetteer(people, values, aliases=aliases)
        record_words = {fold(w) for p in people for w in p.full_name.split()}
        places = case_place_words(texts, people) | case_pet_and_service_words(texts, people) | (towns - record_words)
        lowered = _lowercase_words(texts)
        termed = article_phrases(texts)
        named = _named_words(texts, people, aliases)
        ends = _initial_ends(people)
        letters = letter_people(texts, people)
        initials = initials_people(people)
        initials = {**pair_people(texts, people, initials), **initials}
        dotted = initials_people(people, dotted=True)
        particled = particle_initials_people(people)
        found: list[list[Span]] = []
        for text, analysed in zip(texts, self.analyzer.analyze(texts), strict=True):
            guesses = [
                g
                for s in analysed
                if (g := _plausible(text, s, lowered, named, ends, termed)) is not None
                and not names_a_place(text, g, places)
            ]
            found.append(
                [
                    *guesses,
                    *record.find(text),
                    *initial_spans(text, letters),
                    *capital_initial_spans(text, initials, dotted),
                    *particle_initial_spans(text, particled),
                ]
            )
        discovered = _discovered_people(texts, found)
        if discovered:
            owned = discovered_initials(texts, discovered, {**initials, **dotted})
            found = [
                [*spans, *capital_initial_spans(text, owned, {})] for text, spans in zip(texts, found, strict=True)
            ]
            extra = Gazetteer(
                discovered,
                source="discovered",
                capitalised_only=True,
                capitalised_words=mostly_capitalised(texts),
                nicknames=frozenset(fold(w) for text in texts for m in _QUOTED_WORD.findall(text) for w in m if w),
            )
            found = [
                [
                    *spans,
                    *(
                        g
                        for s in extra.find(text)
                        if (g := _plausible(text, s, lowered, named, ends)) is not None
                        and not names_a_place(text, g, places)
                    ),
                ]
                for text, spans in zip(texts, found, strict=True)
            ]
        resolved = [_clean(text, resolve_overlaps(spans)) for text, spans in zip(texts, found, strict=True)]
        worded = word_initials_people(people)
        resolved = [
            sorted([*spans, *listed_word_initials(text, spans, worded)], key=lambda s: s.start)
            for text, spans in zip(texts, resolved, strict=True)
        ]
        clusters = {p.key: p for p in discovered}
        final = [
            _with_handle(text, _with_title(text, _with_initials(text, [_with_key(text, s, clusters) for s in spans])))
            for text, spans in zip(texts, resolved, strict=True)
        ]
        return final, rank_roles(texts, final, discovered)

    def apply(self, text: str, spans: Sequence[Span], people: Sequence[KnownPerson], book: TokenBook) -> _Redaction:
        by_key = {p.key: p for p in people}
        entities = [Entity(s.start, s.end, s.type, _token_for(text, s, by_key, book)) for s in spans]
        if not entities:
            return _Redaction(text, [])
        results = [RecognizerResult(f"E{i}", e.start, e.end, 1.0) for i, e in enumerate(entities)]
        operators = {f"E{i}": OperatorConfig("replace", {"new_value": e.token}) for i, e in enumerate(entities)}
        output = self._anonymizer.anonymize(text=text, analyzer_results=results, operators=operators)
        return _Redaction(output.text, entities)


def _without_named_tokens(existing: Mapping[str, str] | None, people: Sequence[KnownPerson]) -> dict[str, str]:
    """A vault of an earlier import less the tokens whose label holds a record name ("[HARLOW'S BIRTH
    FATHER]", made before rules version 14 took names out of roles): the person gets a new token."""
    names = {fold(part) for p in people if p.role != "person" for part in re.findall(r"[^\W\d_]{2,}", p.full_name)}
    return {
        token: value
        for token, value in (existing or {}).items()
        if not names & {fold(w) for w in re.findall(r"[^\W\d_]{2,}", token.replace("'S", ""))}
    }


def _plausible(
    text: str,
    span: Span,
    lowered: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
    ends: frozenset[str] = frozenset(),
    termed: frozenset[tuple[str, ...]] = frozenset(),
) -> Span | None:
    """A guessed person narrowed to its name-shaped words, or None when it is not a person at all.
    `lowered` holds the words the case's notes write in lower case (see `_dictionary_word`), `named`
    the words of the record's names, aliases and quoted nicknames (see `_ordinary_in_this_case`),
    `ends` the first and last initials of the record's people (see `_acronym`), `termed` the
    phrases the case writes after an article (see `article_phrases`)."""
    if span.type != PERSON or span.source in ("record", "pattern"):
        return span
    if span.source == "discovered":
        return None if is_not_a_person(text, span) else span
    narrowed = name_run(text, span)
    if narrowed is not None:
        narrowed = trim_closed_class(text, narrowed)
    if narrowed is None or is_not_a_person(text, narrowed):
        return None
    narrowed = with_given_name(text, narrowed)
    words = narrowed.text_in(text).split()
    if words and all(_acronym(word, named, ends) for word in words):
        return None
    if span.source in ("ner", "context") and _listed_with_a_name(text, narrowed, words, named):
        return narrowed
    if span.source in ("ner", "context") and len(words) > 1 and tuple(fold(w) for w in words) in termed:
        return None
    if span.source == "ner" and len(words) == 1 and (is_common_word(words[0]) or _ordinary(words[0])):
        return None
    if span.source == "ner" and len(words) == 1 and _dictionary_word(text, narrowed, words[0], lowered):
        return None
    if span.source == "ner" and len(words) > 1 and all(_ordinary(w) for w in words):
        return None
    if span.source in ("ner", "context") and _ordinary_in_this_case(text, narrowed, words, lowered, named):
        return None
    return narrowed


_TITLED = re.compile(rf"\b{TITLE_PATTERN}\.?[ \t]+$")
_QUOTED_WORD = re.compile(
    r"[\"“‘']([A-Z][a-z]+)[\"”’']|\b(?:known as|aka|a\.k\.a\.|goes by|called|nicknamed)[ \t]+[\"“‘']?([A-Z][a-z]+)"
)


_AND_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’\-]+)[ \t]+(?:and|&)[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][\w'’\-]+)(?![\w'’\-])")


def _listed_with_a_name(text: str, span: Span, words: Sequence[str], named: frozenset[str]) -> bool:
    """One capitalised word joined by "and" to a word that is someone's name in this case ("the men
    were X and Stacks and the boy") is a name too, though a word list holds it ("stacks"): the
    capital in mid-sentence and the list of people are the text's own evidence (rules version 28).
    The same word in small letters is never guessed, so it stays a word where it is one."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper() or is_kin_name(words[0]):
        return False
    before = _AND_BEFORE.search(text, max(0, span.start - 40), span.start)
    after = _AND_AFTER.match(text, span.end)
    return any(
        m is not None and fold(m.group(1)).removesuffix("'s").removesuffix("’s") in named for m in (before, after)
    )


def _named_words(texts: Sequence[str], people: Sequence[KnownPerson], aliases: Mapping[str, str]) -> frozenset[str]:
    """Words that are someone's name in this case: the record's names, the aliases the notes give,
    and a capitalised word written alone in quotes or after "known as", which is how a nickname is
    introduced ("Spider", "known as Ness")."""
    record = {fold(w) for p in people for w in f"{p.given} {p.family}".split()}
    quoted = {fold(w) for text in texts for m in _QUOTED_WORD.findall(text) for w in m if w}
    called = {fold(w) for text in texts for m in CALLED_NAMES.findall(text) for w in m if w}
    return frozenset(record | quoted | called | set(aliases))


def _ordinary_in_this_case(
    text: str, span: Span, words: Sequence[str], lowered: frozenset[str], named: frozenset[str]
) -> bool:
    """A guess made only of dictionary words that are no one's name here is a label, role or service:
    "Pupil:", "Consultant Psychiatrist", "Male agreed to leave", 'Said "..."' (rules version 12). A
    word counts when it is not a mainstream given name, not inside a word of a name on the record,
    an alias or a quoted nickname ("Ness" of Vanessa, "Kai" of Kaiden), and either is a common word
    no Faker list gives as a first name, or this case's author also writes it in lower case. A
    title before the guess ("Mr Green") or a word of two letters ("Yuki Li") keeps it a person."""
    if _TITLED.search(text, max(0, span.start - 12), span.start):
        return False
    parts: list[str] = []
    for word in words:
        pieces = [p for p in fold(word).removesuffix("'s").removesuffix("’s").split("-") if p]
        if len(pieces) == 1 and len(pieces[0]) <= 2:
            return False
        parts.extend(p for p in pieces if len(p) > 2)
    return bool(parts) and all(_no_name_here(p, lowered, named) for p in parts)


def _no_name_here(word: str, lowered: frozenset[str], named: frozenset[str]) -> bool:
    return (
        is_english_word(word)
        and not any(word in name for name in named)
        and not is_mainstream_given_name(word)
        and ((is_common_word(word) and not is_given_name(word)) or word in lowered)
    )


_NAME_AFTER = re.compile(
    r"(?:['’]s?\b|[ \t]+(?:said|says|told|was|is|has|had|and|reported|explained|stated|disclosed|agreed))"
)


def _dictionary_word(text: str, span: Span, word: str, lowered: frozenset[str] = frozenset()) -> bool:
    """A lone NER guess that is a dictionary word and not followed by what follows a person ("said",
    "was", a possessive) is a heading, form label or shouted word: "Age Assessment", "Reason for
    referral", "Line manager", "SUBSTANTIATED" (rules version 10). The common-words list misses these
    because some Faker locale holds each as a surname.

    A given name keeps the guess, but only a mainstream one (rules version 11): Faker's long `en` list
    also names people "Judge", "General", "Male" and "Reason", so a word only that list holds is kept
    only when the case's own notes never write it in lower case. A worker who writes "the judge"
    uses the word as a role; nobody writes "jax" or "ken" for the boy they mean."""
    folded = fold(word)
    return (
        len(word) > 2
        and is_english_word(word)
        and not is_word_like(word)
        and not is_mainstream_given_name(word)
        and (not is_given_name(word) or folded in lowered or _form_label(text, span))
        and not _NAME_AFTER.match(text, span.end)
    )


_LABEL_AFTER = re.compile(r"(?:[ \t]+[a-z][\w'’\-]*){1,4}[ \t]*:")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[-*•][ \t]*)?$")


def _form_label(text: str, span: Span) -> bool:
    """A word that starts a line and, with a few lower-case words, ends in a colon is a form label:
    "Reason for contact:", "1. Reason for meeting:" (rules version 11). A word and a colon alone is
    not enough: a transcript writes "Ken: I want to go home"."""
    return bool(_LINE_START.search(text, 0, span.start)) and bool(_LABEL_AFTER.match(text, span.end))


_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z]{3,}(?![\w'’\-])")
_AFTER_DETERMINER = re.compile(
    r"\b(?i:the|a|an|our|his|her|their|my|your)[ \t]+([A-Z][a-z]{2,})\b"
    r"(?![ \t]+(?:[A-Z]|family|household|children|kids|boys|girls|home|house|side)\b)"
)


_ARTICLE_PHRASE = re.compile(r"\b(?i:the|a|an)[ \t]+(?=([^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){1,4}))")
_PHRASE_MAX = 4


def article_phrases(texts: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """The word runs of two to four words the case writes straight after "the", "a" or "an", as
    folded tuples: "the short breaks service", "the Westhallow TES". A name takes no article in
    English, so a guessed person the case itself writes this way anywhere is a service, team or
    term, and it must not be swept through the case as a person (rules version 22). A run that
    goes on to a family noun ("the Jane Okafor family") is the family, and gives no phrase. A run
    in small letters always gives one: a worker does not write a name small in a sentence that takes
    an article. A capitalised run gives one only when it ends in a service's capitals
    (`_service_acronym`): "the Kofi Mensah referral" is a person's name used as a label."""
    phrases: set[tuple[str, ...]] = set()
    for text in texts:
        for match in _ARTICLE_PHRASE.finditer(text):
            written = match.group(1).split()
            words = [fold(w) for w in written]
            for size in range(2, min(_PHRASE_MAX, len(words)) + 1):
                rest = words[size : size + 1]
                if rest and rest[0] in _FAMILY_NOUNS:
                    continue
                if all(w.islower() for w in written[:size]) or _service_acronym(written[:size]):
                    phrases.add(tuple(words[:size]))
    return frozenset(phrases)


_FAMILY_NOUNS = frozenset(["family", "household", "children", "kids", "boys", "girls", "home", "house", "side"])
_ACRONYM = re.compile(r"[A-Z]{2,4}")


def _service_acronym(written: Sequence[str]) -> bool:
    """A capitalised run that ends in two to four capitals after a word that is no given name: a
    service by its area ("Westhallow TES", "Brackenfold CAMHS"). A surname in capitals follows a
    given name ("the Jin LEE assessment"), which keeps it a person."""
    return bool(_ACRONYM.fullmatch(written[-1])) and not any(is_given_name(fold(w)) for w in written[:-1])


def _lowercase_words(texts: Sequence[str]) -> frozenset[str]:
    """Every word the case writes in lower case somewhere, or capitalised after a determiner and
    before no other capitalised word or family noun ("the Judge", not "the Gledhill family"): this author's
    ordinary words and roles. Names take no article in English."""
    lower = {w for text in texts for w in _LOWER_WORD.findall(text)}
    return frozenset(lower | {fold(w) for text in texts for w in _AFTER_DETERMINER.findall(text)})


def _ordinary(word: str) -> bool:
    """An English word that is no one's name (the lexicon holds no Faker or corpus name): a guess made
    only of these is a heading, a programme or a service ("What Are", "Sure Start", "Citizens Advice",
    "Public Law Outline"), since a person's guessed name almost always holds a given or family name.
    An abstract noun the vocabulary lacks counts too (`_abstract_noun`)."""
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all((is_common_word(p) or _abstract_noun(p)) and not is_word_like(p) for p in parts)


_ABSTRACT_ENDINGS = ("ability", "ibility", "ivity", "ation", "ology", "ism")
"""Not "-ness" or "-ment": family names end so ("Furness", "Guinness", "Clement")."""


def _abstract_noun(word: str) -> bool:
    """A word built with a suffix that makes abstract nouns ("Viability", "Hyperactivity",
    "Safeguarding" is a common word already): English names are not formed this way, and the
    embedding vocabulary, whose whole words make the common-word list, lacks many of them, so the NER
    guessed "Viability assessments" as a person and the case-wide sweep took every one (rules
    version 17). Any given name ("Trinity", "Felicity") is excluded, and so is a word of the
    suffix and one letter ("Tism")."""
    folded = fold(word).removesuffix("'s").removesuffix("’s").removesuffix("s")
    return (
        word[:1].isupper()
        and any(folded.endswith(e) and len(folded) >= len(e) + 2 for e in _ABSTRACT_ENDINGS)
        and not is_given_name(folded)
    )


_ACRONYM = re.compile(r"(?=(?:[a-z]?[A-Z]){3})[A-Z][A-Za-z]{2,4}")
"""Three to five letters, at least three capitals ("ADHD", "FGM", "CEDS", "PGPs", "EtG" is two)."""


def _initial_ends(people: Sequence[KnownPerson]) -> frozenset[str]:
    """The given name's and family name's initials of each record person ("tn" of Tyrell Nembhard):
    capitals that start and end so may be that person's initials with a middle name ("TJN"). The
    staff list is left out: its initials are matched exactly (`initials_people`), and with it the
    guard kept most acronyms of a case ("CEDS" for a worker C... S...)."""
    return frozenset(
        fold(p.given[0] + p.family[0]) for p in people if p.given[:1] and p.family[:1] and not p.key.startswith("user:")
    )


def _acronym(word: str, named: frozenset[str], ends: frozenset[str] = frozenset()) -> bool:
    """A word in capitals of at most four capitals (a plural "s" aside) is a sector acronym, not a
    name: the NER guessed "ADHD", "FGM", "CEDS", "MBU" as people and the case-wide sweep took every
    mention (rules version 17). A guess made only of such words ("CEDS FBT") is no person either. Family names written in capitals are longer
    ("OBIORA", "SAMIRA"); a record name, alias or nickname of the case ("TJN", "AMY" where Amy is
    on the record), initials that start and end as a record person's do ("TJN" of Tyrell J.
    Nembhard), and any given name ("ELSA", "EVA"), keep the guess."""
    bare = word.removesuffix("'s").removesuffix("’s")
    capitals = sum(c.isupper() for c in bare)
    return (
        bool(_ACRONYM.fullmatch(bare))
        and 3 <= capitals <= 4
        and (bare.isupper() or (bare.endswith("s") and bare[:-1].isupper()))
        and fold(bare) not in named
        and fold(bare[0] + bare.rstrip("s")[-1]) not in ends
        and not is_given_name(bare)
    )


def _token_for(text: str, span: Span, by_key: Mapping[str, KnownPerson], book: TokenBook) -> str:
    value = span.text_in(text)
    if span.type != PERSON:
        return book.for_value(span.type, value)
    person = by_key.get(span.person_key or "")
    if person is not None:
        return book.for_person(person.full_name, person.role)
    return book.for_person(_display(value), None)


def _with_key(text: str, span: Span, clusters: Mapping[str, KnownPerson]) -> Span:
    """Give a guessed PERSON span the key of its discovered person, so all mentions share a token."""
    if span.type != PERSON or span.person_key is not None:
        return span
    key = person_key(span.text_in(text))
    if key not in clusters:
        owners = [k for k in clusters if " " in k and key in (k.split()[0], k.split()[-1])]
        key = owners[0] if len(owners) == 1 else key
    return Span(span.start, span.end, span.type, span.source, key if key in clusters else None)


def _display(mention: str) -> str:
    """How an unknown person's mention is kept in the vault: no title, no possessive."""
    _, bare = strip_title(_INITIAL_START.sub("", _TITLE_START.sub("", mention.strip())))
    return bare.removesuffix("'s").removesuffix("’s").strip()


def _clean(text: str, spans: list[Span]) -> list[Span]:
    """Trim possessive endings and surrounding punctuation from guessed people."""
    cleaned = []
    for span in spans:
        value = span.text_in(text)
        end = span.end
        for suffix in ("'s", "’s", "'", "’", ".", ","):
            if value.endswith(suffix) and len(value) > len(suffix) + 1:
                end -= len(suffix)
                value = value[: -len(suffix)]
        start = span.start
        if span.type == PERSON and end - start == 1 and (title := _TITLE_BEFORE.search(text, 0, start)):
            start = title.start()
        cleaned.append(Span(start, end, span.type, span.source, span.person_key))
    return cleaned


_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]$")
"""A person written by title and initial ("Mrs S was a school cook") is one mention: the title goes
with the initial into the token (rules version 10)."""


_INITIAL_START = re.compile(r"^[A-Z]\.?[ \t](?=[A-Z])")
_INITIAL_BEFORE = re.compile(r"(?<![\w.&'’])(?:[A-Z]\.[ \t]?|[B-HJ-Z][ \t])$")
_INITIAL_AFTER = re.compile(r"[ \t]+([B-HJ-Z]\.?)(?=[ \t]*(?:$|[,;:)\n]))", re.M)
"""A family name's initial after a given name at the end of a line or clause: "From: Ramiro V",
"signed Amelia K," (rules version 8)."""
_PATRONYMIC_AFTER = re.compile(
    r"[ \t]+((?:Ní|Nic|Ó|Ua|Uí|Mhic|Mac|ap|ferch|bin|binti|bint|ibn)[ \t]+[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?)"
)
"""A family name opened by a patronymic particle, written as its own word after the given name:
"Orlaith Ní Chathasaigh", "Eimear Nic Giolla", "Rhys ap Gwilym", "Omar bin Said" (rules version 25).
The name model takes the given name and stops at the particle, which is no capitalised name itself."""
_WORD_INITIAL_BEFORE = re.compile(r"(?<![\w.&'’])[AI][ \t]$")
""""A" and "I" are initials only where the word could not stand: "chair I Norcott-Sayle"."""


def _with_initials(text: str, spans: list[Span]) -> list[Span]:
    """A person's span widened over the initial written before it ("chair M. Ollerenshaw"), keeping
    its identity: the initial with a surname narrows who it is. "I" and "A" without a dot are words."""
    widened = []
    for span in spans:
        initial = _INITIAL_BEFORE.search(text, max(0, span.start - 3), span.start) if span.type == PERSON else None
        if initial is None and span.type == PERSON:
            initial = _WORD_INITIAL_BEFORE.search(text, max(0, span.start - 3), span.start)
            if initial is not None and initial_can_be_word(text, initial.start()):
                initial = None
        taken = initial is not None and not any(o.end > initial.start() and o.start < span.start for o in spans)
        if initial is not None and is_kin_name(span.text_in(text)):
            initial = None  # "with M. Nan asked": the letter ends a sentence; "Nan" takes no initial
        if initial is not None and taken and span.text_in(text)[:1].isupper() and " " not in span.text_in(text):
            span = Span(initial.start(), span.end, span.type, span.source, span.person_key)
        span = _with_patronymic(text, span, spans)
        after = _INITIAL_AFTER.match(text, span.end) if span.type == PERSON else None
        if after is not None and " " not in span.text_in(text) and span.text_in(text)[:1].isupper():
            span = Span(span.start, after.end(1), span.type, span.source, span.person_key)
        widened.append(span)
    return _without_swallowed(widened)


def _with_patronymic(text: str, span: Span, spans: Sequence[Span]) -> Span:
    """A one-word person's span widened over a family name that opens with a patronymic particle,
    unless a span that is no person, or runs past it, starts inside it. A person guessed from the
    family word alone ("Ní [PERSON 5]") is taken in (`_without_swallowed`)."""
    written = span.text_in(text)
    if span.type != PERSON or " " in written or not written[:1].isupper():
        return span
    after = _PATRONYMIC_AFTER.match(text, span.end)
    inside = [o for o in spans if o is not span and span.end <= o.start < after.end(1)] if after else []
    if after is None or any(o.type != PERSON or o.end > after.end(1) for o in inside):
        return span
    return Span(span.start, after.end(1), span.type, span.source, span.person_key)


def _without_swallowed(spans: list[Span]) -> list[Span]:
    """The spans a patronymic widening took in ("Ní [PERSON 5]" inside "[PERSON 6]") dropped: one
    mention, one token."""
    return [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in spans)]


_RANKS_AND_FAMILY = (
    r"Mr|Mrs|Ms|Miss|Mx|"
    r"Nanny|Nana|Nanna|Nan|Nain|Gran|Granny|Grandma|Grandmother|Grandad|Granddad|Grandpa|Grandfather|Gramps|Taid|"
    r"Aunty|Auntie|Aunt|Uncle|Cousin"
)
_TITLE_WORD = re.compile(rf"(?<![\w.&'’\-])(?:{_RANKS_AND_FAMILY})\.?[ \t]+$")
"""A title or family word written right before a name ("Nanny Nait", "Uncle Dev", "Mrs Oakshott"):
one mention with the name (rules version 14)."""
_TITLE_START = re.compile(rf"^(?:{_RANKS_AND_FAMILY})\.?[ \t]+(?=[A-Z])")


def _with_title(text: str, spans: list[Span]) -> list[Span]:
    """A person's span widened over the title or family word written before it (rules version 14).
    Practitioners name a grandparent or an aunt by the family word the child uses ("Nanny Nait",
    "Uncle Dev"); the pair is one mention. A record person's token already says the role ("[MGM]");
    a person guessed from the notes takes the role from the word (`rank_roles`: "[GRANDMOTHER]",
    "[UNCLE]"). The word must be capitalised (a title, not "her nanny Joan's house"), touch the name,
    and the person must be known by key (an unclustered guess would become a bare "[PERSON n]").
    Ranks ("DC", "PC", "Cllr", "Dr", "HHJ") stay outside the token: they are the agency, which
    answers need ("DC [PERSON 2]"), and not personal data."""
    widened = []
    for span in spans:
        written = span.text_in(text)
        title = _TITLE_WORD.search(text, max(0, span.start - 14), span.start) if span.type == PERSON else None
        if (
            title is not None
            and span.person_key is not None
            and not span.person_key.startswith(AMBIGUOUS)
            and written[:1].isupper()
            and not any(o is not span and o.end > title.start() and o.start < span.start for o in spans)
        ):
            span = Span(title.start(), span.end, span.type, span.source, span.person_key)
        widened.append(span)
    return widened


_HANDLE_AFTER = re.compile(r"(?:_[^\W_]+)+")
_HANDLE_BEFORE = re.compile(r"(?:[^\W_]+_)+$")


def _with_handle(text: str, spans: list[Span]) -> list[Span]:
    """A person's span widened over the username it is part of ("Kenno_C", "jo_b_2009"): a pasted
    chat names its speakers by handles built from their names, and the letters or year joined by an
    underscore narrow who the person is as a surname would (rules version 17)."""
    widened = []
    for span in spans:
        if span.type == PERSON:
            after = _HANDLE_AFTER.match(text, span.end)
            before = _HANDLE_BEFORE.search(text, max(0, span.start - 30), span.start)
            start = before.start() if before else span.start
            end = after.end() if after else span.end
            if (start, end) != (span.start, span.end) and not any(
                o is not span and o.start < end and start < o.end for o in spans
            ):
                span = Span(start, end, span.type, span.source, span.person_key)
        widened.append(span)
    return widened


_RANK_ROLES = {
    **dict.fromkeys(
        ["nanny", "nana", "nanna", "nan", "nain", "gran", "granny", "grandma", "grandmother"], "grandmother"
    ),
    **dict.fromkeys(["grandad", "granddad", "grandpa", "grandfather", "gramps", "taid"], "grandfather"),
    **dict.fromkeys(["aunty", "auntie", "aunt"], "aunt"),
    "uncle": "uncle",
    "cousin": "cousin",
}
"""The role a family word gives a person the notes name ("Nanny Maureen" -> grandmother)."""


def rank_roles(
    texts: Sequence[str], spans: Sequence[Sequence[Span]], discovered: Sequence[KnownPerson]
) -> list[KnownPerson]:
    """Discovered people with the role of the first family word any of their mentions starts with,
    so the token says it ("[GRANDMOTHER]", "[UNCLE]") wherever the person is named,
    also by name alone (rules version 14). Others keep the role "person" ("[PERSON n]")."""
    roles: dict[str, str] = {}
    for text, found in zip(texts, spans, strict=True):
        for span in found:
            title = _TITLE_START.match(span.text_in(text)) if span.person_key else None
            role = _RANK_ROLES.get(fold(title.group(0)).strip(" .\t")) if title else None
            if role is not None and span.person_key is not None:
                roles.setdefault(span.person_key, role)
    return [replace(p, role=roles[p.key]) if p.key in roles else p for p in discovered]


def _discovered_people(texts: Sequence[str], found: Sequence[Sequence[Span]]) -> list[KnownPerson]:
    """People the NER or the context rules found, clustered: "Gary", "Mr Hill" and "Gary Hill" are one."""
    mentions: dict[str, str] = {}
    for text, spans in zip(texts, found, strict=True):
        record_spans = [s for s in spans if s.source == "record"]
        for span in spans:
            if span.type != PERSON or span.source not in ("ner", "context"):
                continue
            if any(r.overlaps(span) for r in record_spans):
                continue
            display = _display(span.text_in(text))
            key = person_key(display)
            if len(key) >= 2 and not (" " not in key and is_word_like(key)):
                mentions.setdefault(key, display)
    full = {k: v for k, v in mentions.items() if " " in k}
    people: dict[str, KnownPerson] = {}
    for key, display in full.items():
        words = display.split()
        people[key] = KnownPerson(key, words[0], " ".join(words[1:]), "person")
    for key, display in mentions.items():
        if key in full:
            continue
        owners = [k for k in full if key in (k.split()[0], k.split()[-1])]
        if len(owners) == 1:
            continue
        people[key] = KnownPerson(key, "", display, "person")
    return list(people.values())


def build_case_redactor(ner_model_path: Path | None = None) -> CaseRedactor:
    """The redactor with the NER loaded once: build one per process and reuse it across cases."""
    return CaseRedactor(PresidioAnalyzer(ner_model_path))
