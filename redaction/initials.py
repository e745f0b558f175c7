"""A person written by a single initial ("S came back at 02:30", "J's contact", "attendance 95% (D)").

Practitioners shorten the child's name to its initial in running notes. Left alone, the letter is
no identifier by itself, but it is the child on every line of a note, and a token keeps an answer
about "S" tied to the right person. Rules version 5 decided against a rule that takes a letter for
whoever's given name starts with it, because one hand-written case declared "S = <child>" for a
child whose name does not start with S while the brother's does. Version 6 reads that declaration
first, and only then falls back to the initial of a recorded given name.

Only a case that uses the letter as a person (a possessive, the letter followed by a verb people
take, or a speaker's line in a transcribed chat: "Z: wer u at") redacts it, and never where a label word comes first ("Plan B", "band C", "Vitamin D").
The spans are the record's: a known person's key and token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redaction.context_rules import ORG_WORDS, STOP_WORDS
from redaction.gazetteer import KnownPerson
from redaction.keep_words import AGENCY_TERMS, LEGAL_AND_PRACTICE_TERMS
from redaction.lexicon import is_common_word
from redaction.names import fold
from redaction.spans import PERSON, Span

LETTER = re.compile(r"(?<![\w&'’/\-.@#+])([B-HJ-Z])(?![\w&/\-@+]|\.\w|\.[ \t]*[A-Z]|[ \t]*&)")
"""A capital standing alone. "A" and "I" are words; "S47", "A&E", "X-ray", "C-section", "N/A" and an
initial before a surname ("J. Smith", handled with the surname) are not this."""

LABEL_BEFORE = re.compile(
    r"\b(?:band|plan|grade|vitamin|vit|hep|hepatitis|category|cat|section|part|room|block|type|class|group|"
    r"set|year|yr|option|appendix|annex|annexe|item|tier|level|point|step|phase|stage|form|unit|ward|bay|flat|"
    r"area|zone|row|column|schedule|page|para|paragraph|question|box|gate|wing|floor|house|tab|list|route|"
    r"platform|size|cup|exhibit|version|model|key|pod|stand|letter|initial|mark|number|no|code|team|court|"
    r"bus|line|road|junction|plot|door|entrance|table|bed|cot|cubicle|theatre|clinic|screen)\.?[ \t]+$",
    re.I,
)
"""Words that make the letter a label: "Plan B", "band C", "Vitamin D", "Bay F", "Room E"."""

_PERSON_USE = (
    r"(?:['’]s\b|[ \t]+(?:said|says|was|is|has|had|told|went|left|came|did|does|got|stayed|returned|"
    r"disclosed|reported|agreed|wants|wanted|appeared|seemed|looked|presented|asked|refused|stated|"
    r"spoke|explained|attended|ran|cried|smiled|laughed|will|would|could|can|didn't|doesn't|isn't|wasn't))"
)
_DECLARED = re.compile(r"(?<![\w])([A-Z])[ \t]*=[ \t]*([A-Z][\w'’\-]+)")
_NAMED_THEN = re.compile(r"([A-Z][\w'’\-]+)[ \t]*\([ \t]*[\"“']?([A-Z])[\"”']?[ \t]*\)")


def letter_people(texts: Sequence[str], people: Sequence[KnownPerson]) -> dict[str, KnownPerson]:
    """Which record person each letter stands for in this case: declared ("S = Aoibheann",
    "Jahmari (J)"), or else the only recorded person whose given name starts with it (the child when
    several do). A letter the case never uses as a person maps to no one."""
    record = [p for p in people if not p.key.startswith("user:") and p.given]
    by_name = {fold(part): p for p in record for part in p.full_name.split()}
    declared: dict[str, KnownPerson] = {}
    for text in texts:
        for letter, name in [*_DECLARED.findall(text), *((n[1], n[0]) for n in _NAMED_THEN.findall(text))]:
            person = by_name.get(fold(name).removesuffix("'s"))
            if person is not None:
                declared.setdefault(letter, person)
    used = {
        letter
        for text in texts
        for letter in "BCDEFGHJKLMNOPQRSTUVWXYZ"
        if re.search(rf"(?<![\w&'’/\-.@#+]){letter}{_PERSON_USE}|^{letter}:", text, re.M)
    } | {letter for text in texts for letter in _seen_letters(text)}
    owners: dict[str, KnownPerson] = {}
    for letter in used | set(declared):
        if letter in declared:
            owners[letter] = declared[letter]
            continue
        starting = [p for p in record if p.given[:1].upper() == letter]
        children = [p for p in starting if p.role == "child"]
        if len(starting) == 1 or len(children) == 1:
            owners[letter] = (children or starting)[0]
    return {letter: person for letter, person in owners.items() if letter in used or letter in declared}


_SEEN = re.compile(
    r"(?:\b(?:seen|saw|visited|spoke to|met)[: \t]+|[A-Z][ \t]+and[ \t]+)"
    r"([B-HJ-Z])(?![\w&/\-@+]|\.\w)|(?<![\w&'’/\-.@#+])([B-HJ-Z])[ \t]+(?:alone|together|and[ \t]+[B-HJ-Z]\b)"
)
"""A letter written where a child is seen ("Children seen: B alone x2, M alone x1", "saw J",
"K and T together"): how a visit records whom it saw (rules version 15)."""


def _seen_letters(text: str) -> set[str]:
    return {
        letter
        for match in _SEEN.finditer(text)
        for letter in match.groups()
        if letter and not LABEL_BEFORE.search(text, max(0, match.start() - 16), match.start())
    }


_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z][\w'’\-]+(?:[ \t]*[),;]|[ \t]+\d|[ \t]*$)", re.M)
"""A letter then a capitalised word closing a bracket, a list item or a line: an initial and a
surname ("duty (T Kearsley)", "chair O Szabados,"), joined by the redactor to the surname's person
(rules version 14), never the child the letter stands for elsewhere."""


def initial_spans(text: str, owners: dict[str, KnownPerson]) -> list[Span]:
    """Record PERSON spans for every standalone use of a letter that stands for a known person."""
    spans = []
    for match in LETTER.finditer(text):
        person = owners.get(match.group(1))
        if person is None or LABEL_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        if _SURNAME_AFTER.match(text, match.end()):
            continue  # "(T Kearsley)": an initial before a surname is that person's, not the letter's owner
        spans.append(Span(match.start(), match.end(), PERSON, "record", person.key))
    return spans


CAPITALS = re.compile(r"(?<![\w&'’\-.@#+])([A-Z]{2,3})(?![\w&\-@+]|\.\w)")
"""Two or three capitals standing alone: "NH consented", "Informed WD.", "Spoke to PV (TM)",
"contact Kit/LR"."""

_ABBREVIATIONS = frozenset(
    """
    ho ce rc uk am pm ok id tv pe re cc it is us we me he be do go no so to up my of on or an as at by if in
    pa pc ps pt ra rd st ta tb vs ie eg dr mr ms mx bp hr md mp ot nb ni qc ba ma op yr wk ct ent icu ooh
    gcse bsc phd dna mri ecg aka asap fyi tbc tba nfa ld adhd asd ptsd ocd ebd sen sw tm ym ad ab bb
    """.split()  # noqa: SIM905
)
"""Capitals that are a sector or everyday abbreviation before anyone's initials."""
_TITLE_FORMS = frozenset({"dr", "mr", "mx"})
"""Titles that are an abbreviation only when written "Dr", "Mr", "Mx" or before a name (rules version
21). In capitals with no name after them ("DR was arrested", "DR: ok x") they are a person's initials,
as "NH" is: practitioners shorten a parent called D… R… that way as readily as any other pair."""
_TITLE_BEFORE_NAME = re.compile(r"\.?[ \t]+[A-Z]")
"""What follows a title in capitals when it is a title: "DR Okafor", "MR. JONES"."""
_DOTTED_ABBREVIATIONS = frozenset("uk us am pm ie eg nb ps pc st dr mr ms mx re cc vs aka asap fyi rsvp".split())  # noqa: SIM905
"""Abbreviations written with dots ("a.m.", "i.e.", "U.K."): dotted capitals that are no one's initials."""


def initials_people(people: Sequence[KnownPerson], dotted: bool = False) -> dict[str, KnownPerson]:
    """Whose initials each pair or triple of capitals is (rules version 8): practitioners write a
    parent, a child or a colleague as "NH", "TG", "WD". Taken from the record's and the staff list's
    names (given then family, and every part of a hyphenated or double name), only where one
    person has them, or several and one of them is the child (a daughter shares a mother's initials:
    the notes are about the child, as for a shared family name; rules version 15), and they are no
    abbreviation ("GP", "CP", "SW", "CE", "HO"). `dotted`: for
    "A.N.", which can be no word, so a form that is a word ("AN", "IT") is kept (rules version 10)."""
    owners: dict[str, list[KnownPerson]] = {}
    for person in people:
        if not person.given or not person.family:
            continue
        parts = [w for w in re.split(r"[\s\-]+", person.full_name) if w[:1].isalpha()]
        forms = {person.given[0] + person.family[0], "".join(w[0] for w in parts)}
        for form in {f.upper() for f in forms if 2 <= len(f) <= 3}:
            excluded = _DOTTED_ABBREVIATIONS if dotted else (_ABBREVIATIONS | STOP_WORDS) - _TITLE_FORMS
            if form.lower() in excluded | ORG_WORDS | AGENCY_TERMS | LEGAL_AND_PRACTICE_TERMS:
                continue
            if person not in owners.setdefault(form, []):
                owners[form].append(person)
    chosen: dict[str, KnownPerson] = {}
    for form, found in owners.items():
        children = [p for p in found if p.role == "child"]
        if len(found) == 1 or len(children) == 1:
            chosen[form] = (children or found)[0]
    return chosen


DOTTED = re.compile(r"(?<![\w.&'’\-@])((?:[A-Z]\.){2,3})(?![\w@])")
"""Initials written with dots: "grandparents of A.N., 3", "A.N.'s views" (rules version 10)."""


def _is_title(text: str, match: re.Match[str]) -> bool:
    """Whether capitals that are also a title ("DR", "MR") stand before a name, where they are the title."""
    return match.group(1).lower() in _TITLE_FORMS and _TITLE_BEFORE_NAME.match(text, match.end()) is not None


def capital_initial_spans(
    text: str, owners: dict[str, KnownPerson], dotted_owners: dict[str, KnownPerson] | None = None
) -> list[Span]:
    """Record PERSON spans for every standalone use of a known person's initials, dotted or not."""
    spans = [
        Span(m.start(), m.end(), PERSON, "record", owners[m.group(1)].key)
        for m in CAPITALS.finditer(text)
        if m.group(1) in owners and not _is_title(text, m)
    ]
    for m in DOTTED.finditer(text):
        letters = m.group(1).replace(".", "")
        owner = (dotted_owners if dotted_owners is not None else owners).get(letters)
        if owner is not None:
            spans.append(Span(m.start(), m.end(), PERSON, "record", owner.key))
    return spans


_PAIR_USE = re.compile(rf"(?<![\w&'’\-.@#+])([A-Z]{{2}}){_PERSON_USE}")
_DEFINED = re.compile(
    r"([A-Za-z][a-z]+(?:[ \t\-]+[A-Za-z][a-z]+)+)[ \t]*\([ \t]*([A-Z]{2,3})[ \t]*\)|([A-Z]{2,3})[ \t]*\([ \t]*([a-z][a-z]+(?:[ \t\-]+[a-z]+)+)[ \t]*\)"
)
"""An abbreviation the notes spell out: "safety plan (SP)", "SP (safety plan)"."""
_PERSON_USES_NEEDED = 2


def pair_people(
    texts: Sequence[str], people: Sequence[KnownPerson], owners: dict[str, KnownPerson]
) -> dict[str, KnownPerson]:
    """Two capitals a case writes as a person ("SP said", "SP's words", "SP is safe") that are no one's
    initials on the record (rules version 14). Authors shorten a child to letters that are not the
    recorded initials (a middle name, a previous surname, the name as it is said): the first letter
    is the given name's. Taken only when the case uses the pair as a person at least twice, it is
    no abbreviation of the sector or of the notes themselves ("safety plan (SP)"), and exactly one
    person of the record (the child when several) has a given name starting with that letter."""
    uses: dict[str, int] = {}
    defined: set[str] = set()
    for text in texts:
        for match in _PAIR_USE.finditer(text):
            uses[match.group(1)] = uses.get(match.group(1), 0) + 1
        for words, form, form2, words2 in _DEFINED.findall(text):
            spelled = "".join(w[0] for w in re.split(r"[ \t\-]+", words or words2)[-len(form or form2) :])
            if spelled.upper() == (form or form2):
                defined.add(form or form2)
    excluded = _ABBREVIATIONS | STOP_WORDS | ORG_WORDS | AGENCY_TERMS | LEGAL_AND_PRACTICE_TERMS
    record = [p for p in people if not p.key.startswith("user:") and p.given]
    found: dict[str, KnownPerson] = {}
    for form, count in uses.items():
        if count < _PERSON_USES_NEEDED or form in owners or form in defined or form.lower() in excluded:
            continue
        starting = [p for p in record if p.given[:1].upper() == form[0]]
        children = [p for p in starting if p.role == "child"]
        if len(starting) == 1 or len(children) == 1:
            found[form] = (children or starting)[0]
    return found


def discovered_initials(
    texts: Sequence[str], discovered: Sequence[KnownPerson], taken: dict[str, KnownPerson]
) -> dict[str, KnownPerson]:
    """Initials of people the notes name who are not on the record ("D Fairbrother, Education
    Welfare Officer" in a letter, then "joint visit with DF", "DF had already arranged it"): how a
    worker shortens a professional after naming them once (rules version 15). Taken only for a
    person named with a given name or an initial and a family name that is no common word, where
    the pair is no one's on the record or the staff list (`taken`), no abbreviation, and the case
    writes it as a person at least once ("DF had", "DF's")."""
    named = [
        _with_written_initial(texts, p)
        for p in discovered
        if p.family and " " not in p.family and not is_common_word(p.family) and (not p.given or p.given[:1].isupper())
    ]
    complete = [p for p in named if p.given]
    owners = {form: p for form, p in initials_people(complete).items() if len(form) == 2 and form not in taken}
    used = {m.group(1) for text in texts for m in _PAIR_USE.finditer(text)}
    return {form: p for form, p in owners.items() if form in used}


_WORD_FORMS = frozenset("it is us we me he be do go no so to up my of on or an as at by if in am da dv".split())  # noqa: SIM905
"""Initials that are also short English words ("IT" of Ingeborg Tallis), or the sector's words for
domestic abuse ("DA": "two DA convictions", rules version 17): never taken alone."""
_LISTED_AFTER_PERSON = re.compile(r"[ \t]*(?:/|,|&|and|for)[ \t]*")
_LISTED_BEFORE_PERSON = re.compile(r"[ \t]*(?:/|,|&|and)[ \t]*")


def word_initials_people(people: Sequence[KnownPerson]) -> dict[str, KnownPerson]:
    """Whose initials each two-letter word in capitals is ("IT", "AS", "BE"), one person only."""
    owners: dict[str, list[KnownPerson]] = {}
    for person in people:
        if person.given and person.family and " " not in person.family:
            form = (person.given[0] + person.family[0]).upper()
            if form.lower() in _WORD_FORMS and person not in owners.setdefault(form, []):
                owners[form].append(person)
    return {form: found[0] for form, found in owners.items() if len(found) == 1}


def listed_word_initials(text: str, spans: Sequence[Span], owners: dict[str, KnownPerson]) -> list[Span]:
    """A person's initials that are also a word, taken where they stand in a list of people: next to
    another person across "/", ",", "&" or "and" ("JA / IT", "IT and JA", "Pru, IT"), or after
    "<person> for" ("J Smith for IT"): how a note records who attended or who visited for whom
    (rules version 15). Elsewhere "IT" is the department and "AS" the level."""
    people = [s for s in spans if s.type == PERSON]
    found: list[Span] = []
    for match in CAPITALS.finditer(text):
        person = owners.get(match.group(1))
        if person is None:
            continue
        before = any(
            s.end <= match.start() and _LISTED_AFTER_PERSON.fullmatch(text, s.end, match.start()) for s in people
        )
        after = any(
            s.start >= match.end() and _LISTED_BEFORE_PERSON.fullmatch(text, match.end(), s.start) for s in people
        )
        if before or after:
            found.append(Span(match.start(), match.end(), PERSON, "record", person.key))
    return found


def _with_written_initial(texts: Sequence[str], person: KnownPerson) -> KnownPerson:
    """A person found by a family name alone, with the one initial the notes write before it
    ("R Quillfeather", "R. Quillfeather") as a given name; unchanged when there is none or several."""
    if person.given:
        return person
    pattern = re.compile(rf"(?<![\w&'’\-.@#+])([A-Z])\.?[ \t]+{re.escape(person.family)}\b")
    letters = {m.group(1) for text in texts for m in pattern.finditer(text)} - {"A", "I"}
    return replace(person, given=letters.pop()) if len(letters) == 1 else person


_PARTICLES = ("van", "von", "der", "den", "ter", "ten", "del", "dos", "das", "de", "da", "di", "du", "le", "la")
"""Family-name particles that initials keep in small letters: "PvT" of van Tongeren, "AdS" of da Silva."""
_PARTICLE_REST_MIN = 4
MIXED_INITIALS = re.compile(r"(?<![\w&'’\-.@#+])([A-Z][a-z]{1,2}[A-Z])(?![\w&\-@+]|\.\w)")
"""Initials with the particle's letter small, standing alone: "Discussed with PvT", "Supervision PvT / IT"."""


def particle_initials_people(people: Sequence[KnownPerson]) -> dict[str, KnownPerson]:
    """Whose initials each mixed-case form is (rules version 20): a family name that opens with a
    particle ("van Tongeren", "de la Cruz", or joined as a record often stores it, "Vantongeren") is
    shortened with the particle's first letter small ("PvT", "MdlC"). Only the record's and the staff
    list's people whose family name has such a particle, and only a form one person has: an
    abbreviation ("DoB") is no one's, because its capitals would have to be a given name's initial
    and a particle name's."""
    owners: dict[str, list[KnownPerson]] = {}
    for person in people:
        for form in _particle_forms(person.given, person.family):
            if person not in owners.setdefault(form, []):
                owners[form].append(person)
    return {form: found[0] for form, found in owners.items() if len(found) == 1}


def _particle_forms(given: str, family: str) -> set[str]:
    """A joined name is read both as one particle and as every particle it opens with
    ("Vandersloot": "CvD" and "CvdS")."""
    words = [w for w in re.split(r"[\s\-]+", family) if w]
    if not given[:1].isalpha() or not words:
        return set()
    small: list[str] = []
    while len(words) > 1 and words[0].lower() in _PARTICLES:
        small.append(words.pop(0)[0].lower())
    if small:
        return {given[0].upper() + "".join(small) + words[0][0].upper()}
    forms: set[str] = set()
    rest = words[0]
    while (joined := next((p for p in _PARTICLES if rest.lower().startswith(p)), None)) is not None:
        rest = rest[len(joined) :]
        if len(rest) < _PARTICLE_REST_MIN or not rest.isalpha():
            break
        small.append(joined[0])
        forms.add(given[0].upper() + "".join(small) + rest[0].upper())
    return forms


def particle_initial_spans(text: str, owners: dict[str, KnownPerson]) -> list[Span]:
    """Record PERSON spans for every standalone use of a known person's particle initials."""
    return [
        Span(m.start(), m.end(), PERSON, "record", owners[m.group(1)].key)
        for m in MIXED_INITIALS.finditer(text)
        if m.group(1) in owners
    ]
