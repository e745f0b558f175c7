"""Places, services and units a case names, learnt from the case itself (rules version 6).

Hand-written notes name a unit once in full ("Hollybank Family Assessment Centre", "Willowbrook
House", "Ashgrove Court") and then by its first word alone ("went straight to Hollybank",
"Willowbrook rang the out of hours team"). The NER guesses the bare word as a person, and the
case-wide sweep then takes it out of the full name too, so "which unit is she at" loses the answer.
A word the case itself writes at the head of an institution's name is a place everywhere in that
case, for guessed people only: the record's people are always redacted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from redaction.gazetteer import KnownPerson
from redaction.keep_words import PET_AFTER, PET_BEFORE
from redaction.lexicon import is_common_word, is_given_name
from redaction.names import fold
from redaction.spans import PERSON, Span

INSTITUTION_HEADS = (
    r"Unit|Centre|Center|Home|Homes|General|Infirmary|Hospital|Clinic|Surgery|Academy|Primary|Infants|Juniors|"
    r"School|College|Nursery|Prison|Refuge|Hostel|Foyer|Carers|Pharmacy|Campus|Crematorium|Cemetery|Suite|Practice"
)
"""Last words that make an institution's name whatever the sentence says."""

SHARED_HEADS = r"House|Lodge|Ward|Court|Hall|Park|Street|St|Road|Rd|Lane|Close|Grange|Manor|Mews"
"""Last words that are also family names ("Chloe Ward"): a place only after a place cue ("at",
"in", "admitted to"), never after "to" or "from" alone ("spoke to Chloe Ward", "a call from ...")."""

SERVICE_WORDS = (
    r"Family|Combined|Magistrates|Crown|County|Children's|Children’s|Assessment|Resource|Retail|Health|"
    r"Community|Young|Short|Breaks|Respite|Residential|Medical|Day|Mental|Youth|Contact|Care|Leisure|"
    r"Mother|and|&|Baby|Adolescent|Specialist|Women's|Women’s|Secure|Children|Sports"
)
"""Words between a place's own name and its head: "Hollybank Family Assessment Centre"."""

_NAME = r"(?<![\w'’\-])(?P<name>[A-Z][a-z][a-z\-]+)"
_RUN = rf"(?:[ \t]+(?:{SERVICE_WORDS})['’]?)*[ \t]+"
"""The words between a name and its head; a plural possessive may close one ("X Magistrates' Court",
rules version 26)."""
INSTITUTION = re.compile(rf"{_NAME}{_RUN}(?:{INSTITUTION_HEADS})\b")
SHARED_PLACE = re.compile(
    rf"(?:\b(?:at|in|into|near|outside|the|attended|(?:admitted|transferred|moved|went|gone|go|goes|going|taken|back)[ \t]+to)"
    rf"[ \t]+){_NAME}{_RUN}(?:{SHARED_HEADS})\b(?!['’])"
)
SMALL_KINDS = (
    r"(?:family|children's|children’s|health|medical|community|leisure)[ \t]+centre|police[ \t]+station|"
    r"campus|transit[ \t]+site|pharmacy|surgery|nursery|hospital|clinic|"
    r"\(?(?:chicken|kebab|corner|chip|fast[ \t]+food)[ \t]+shop|takeaway|cafe|café"
)
"""What kind of place a name is, written in small letters after it (rules version 22)."""
KIND_AFTER_NAME = re.compile(rf"{_NAME}(?P<second>[ \t]+[A-Z][a-z][a-z\-]+)?[ \t]+(?:{SMALL_KINDS})\b")
"""A place's own name with its kind in small letters: "the Hillfields family centre", "Broadwalk
police station", "Cheetham Hill campus", "the council's Hobbs Marsh transit site". A worker
capitalises the name and writes the kind as an ordinary word; nobody writes a person so, and the
NER guessed the bare name as a person, which the case-wide sweep then took from every note.
A given name that is no everyday word, followed by a second capitalised word, is a person's full
name before a job written small ("Mina Farrow nursery manager", "Joel Brant pharmacy technician"; rules version 23)."""
SERVICE_HEADS = r"Partnership|Service|Services|Trust|Project|Foundation|Charity"
NAMED_SERVICE = re.compile(rf"{_NAME}(?P<second>[ \t]+[A-Z][a-z][a-z\-]+)?{_RUN}(?:{SERVICE_HEADS})\b")
"""A service's own name before its capitalised head: "Brackenmoor Recovery Partnership", "Harefield
Youth Project" (rules version 24). Notes then write the name without the head ("continue with
Brackenmoor Recovery"), which the NER guesses as a person; the case-wide sweep then redacted the
service in every note, and the leak re-scan held back the notes where the full name stayed a service.
A first word that is a given name ("the Stephen Lawrence Trust") is left out."""
STREET_ON = re.compile(rf"\bon[ \t]+{_NAME}[ \t]+(?:Street|St|Road|Rd|Avenue|Ave)\b(?!['’])")
""""parked round the corner on Larch Street": a street after "on" (rules version 22). "Chloe Ward"
and "Sarah Hall" are not streets, and a possessive ("on Jenny Street's advice") is a person."""
STREET_HEADS = r"Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive|Close|Crescent|Grove|Walk|Row|Hill|Terrace|Gardens|Place"
STREET_WHERE = re.compile(
    rf"\b(?:on|along|down|up|off|onto|across|crossing)[ \t]+{_NAME}[ \t]+(?:{STREET_HEADS})\b(?!['’])"
)
"""A street named as where something happened: "a car pulled up on Tanner Lane", "driving along
Moss Road" (rules version 26). A street word that is also a family name (Lane, Way, Close, Hill)
follows a person's given name ("relies on Chloe Lane"), so a first word that is a given name, or
has a title before it, never counts; a possessive ("on Danny Way's advice") is a person."""
PRISON_BEFORE = re.compile(r"\b(?:HMP|HMYOI|HMP/YOI|YOI|HMP\s*&\s*YOI)[ \t]+$")
""""HMP Ravensfield": His Majesty's Prison, never a person."""

NAMED_INSTITUTION = re.compile(rf"{_NAME}[ \t]+[A-Z][a-z][a-z\-]+{_RUN}(?:{INSTITUTION_HEADS})\b")
"""An institution whose own name has two words ("Kestrel Moor Secure Children's Home", "Alder Vale
Primary"): the first word heads the place too, where the notes later write the two words alone
("moved from Kestrel Moor"). Rules version 19: before it the NER's guess of the bare two words was
a person in some notes and a place in others, and the leak re-scan held back every note where it
stayed a place. A first word that is a given name ("Florence Nightingale Hospital") is left out."""

INSTITUTION_AFTER = re.compile(rf"^{_RUN}(?:{INSTITUTION_HEADS})\b")
"""What follows a guessed one-word name that makes it an institution in any case."""

_PRISON_FIRST = re.compile(r"(?:HMP|HMYOI|HMP/YOI|YOI)[ \t]+[A-Z]")
"""A guess that took the prison's prefix with its name ("taken to HMYOI Wetherby" guessed whole) is
the prison, as the prefix before a guess is (rules version 26)."""
_HEAD_WORD = re.compile(rf"(?:{INSTITUTION_HEADS})")
"""A guess whose own last word is an institution's head ("General" of "at Westfield General", "Oakhurst
Suite") is the institution: no person is called so (rules version 26)."""
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|PC|DS|DI|Sgt|Cllr|Prof)\.?[ \t]+$")


def _full_name(first: str) -> bool:
    """The first of two capitalised words is a given name that is no everyday word: "Mina Farrow",
    not "Little Acorns" or "Rose Hill", which name places."""
    return is_given_name(first) and not is_common_word(first)


def case_place_words(texts: Iterable[str], people: Sequence[KnownPerson] = ()) -> frozenset[str]:
    """Folded words the case writes at the head of a place's name. A part of a record person's name
    never counts ("at the Khan Family Centre" must not free "Khan")."""
    record = {fold(part) for p in people for part in re.findall(r"[^\W\d_][\w'’\-]*", p.full_name)}
    words: set[str] = set()
    for text in texts:
        for pattern in (INSTITUTION, SHARED_PLACE, KIND_AFTER_NAME, STREET_ON):
            for match in pattern.finditer(text):
                if _TITLE_BEFORE.search(text, max(0, match.start("name") - 8), match.start("name")):
                    continue
                if pattern is KIND_AFTER_NAME and match.group("second") and _full_name(match.group("name")):
                    continue
                words.add(fold(match.group("name")))
        for match in (*NAMED_INSTITUTION.finditer(text), *NAMED_SERVICE.finditer(text), *STREET_WHERE.finditer(text)):
            if not is_given_name(match.group("name")) and not _TITLE_BEFORE.search(
                text, max(0, match.start("name") - 8), match.start("name")
            ):
                words.add(fold(match.group("name")))
    return frozenset(words - record)


_CAPITALISED = re.compile(r"(?<![\w'’\-])[\"“‘']?([A-Z][a-z]{2,})\b")
_SERVICE_AFTER = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-Z][a-z][a-z\-]+)(?:[ \t]+[A-Z]{2,5})?[ \t]+"
    r"(?:team|service|services|project|programme|intervention|worker|workers|practitioner|scheme|session|sessions|"
    r"ward|unit)\b"
)
_TOWN_OF_INSTITUTION = re.compile(
    rf"\b(?:{INSTITUTION_HEADS}|Ward|unit|ward|centre|hospital|clinic|school),[ \t]+(?P<name>[A-Z][a-z][a-z\-]+)(?=[ \t]*[).;\n]|[ \t]*$)",
    re.M,
)
"""The town written after an institution and a comma, closing a bracket or a sentence: "(eating
disorder unit, Harrowgate)", "Puffin Ward, Kingsmere." (rules version 14)."""
_WORKPLACE_AFTER_ROLE = re.compile(
    r"(?:\(|[A-Z][a-z'’\-]+,[ \t]+)(?:[a-z]+[ \t]+)?(?:DSL|DDSL|SENCO|SENCo|HV|GP|[Ss]chool[ \t]+[Nn]urse|[Hh]ead[ \t]*[Tt]eacher|"
    r"[Cc]lass[ \t]+teacher|[Nn]ursery[ \t]+manager|[Pp]ractice[ \t]+manager|midwife|pathologist|paediatrician|consultant)"
    r",[ \t]+(?P<name>[A-Z][a-z][a-z\-]+)(?:[ \t]+[A-Z][a-z][a-z\-]+)?(?=[ \t]*[).;\n]|[ \t]*$)",
    re.M,
)
"""The workplace after a professional's role, closing a bracket or a sentence: "Mr Hale (DSL, Kestrel
Vale)", "Dr Amis, paediatric pathologist, Halloway General." (rules version 24). The role opens a
bracket or follows a name and a comma, so a list of attendees ("SW, DSL, Jane Smith") gives nothing,
and a given name that is no everyday word is never taken (`_full_name`)."""
_CHARITY_IN_BRACKETS = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-Z][a-z][a-z\-]+)(?:[ \t]+[A-Z][a-z][a-z\-]+)?[ \t]+\((?:[a-z'’\-]+[ \t]+){0,4}charity\)"
)
"""A name with "(… charity)" after it: "Little Beacons (baby loss charity)" (rules version 24)."""
"""A capitalised word before a lower-case service noun names the service: "Whinchat team", "Lapwing
HSB service", "the Lapwing worker" (rules version 14). A person takes a possessive there ("Sam's
worker"), so the bare word is the service's own name."""


def case_pet_and_service_words(texts: Iterable[str], people: Sequence[KnownPerson] = ()) -> frozenset[str]:
    """Folded words the case itself names as a pet ("Dog (Pirog, a spaniel)", '"Pirog" (dad's dog)'),
    a service or ward ("Whinchat team", "Puffin ward") or an institution's town anywhere: they are the pet or service in every note of the case,
    where the NER may guess them as a person with no animal or service word nearby (rules version 14).
    A part of a record person's name never counts."""
    record = {fold(part) for p in people for part in re.findall(r"[^\W\d_][\w'’\-]*", p.full_name)}
    words: set[str] = set()
    for text in texts:
        for match in _CAPITALISED.finditer(text):
            before, after = text[max(0, match.start() - 40) : match.start()], text[match.end() : match.end() + 40]
            if (PET_BEFORE.search(before) or PET_AFTER.match(after)) and not _TITLE_BEFORE.search(before):
                words.add(fold(match.group(1)))
        for match in _TOWN_OF_INSTITUTION.finditer(text):
            words.add(fold(match.group("name")))
        for pattern in (_WORKPLACE_AFTER_ROLE, _CHARITY_IN_BRACKETS):
            words.update(fold(m.group("name")) for m in pattern.finditer(text) if not _full_name(m.group("name")))
        for match in _SERVICE_AFTER.finditer(text):
            if not _TITLE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                words.add(fold(match.group("name")))
    return frozenset(words - record)


def names_a_place(text: str, span: Span, places: frozenset[str]) -> bool:
    """A guessed person that is the case's place (by its first word) or that the sentence makes an
    institution ("HMP Ravensfield", "Hollybank Family Assessment Centre"). A title before it ("Mr
    Ashgrove") keeps it a person."""
    if span.type != PERSON or span.source in ("record", "pattern"):
        return False
    before = text[max(0, span.start - 12) : span.start]
    if _TITLE_BEFORE.search(before):
        return False
    if PRISON_BEFORE.search(before) or _PRISON_FIRST.match(span.text_in(text)):
        return True
    words = fold(span.text_in(text)).removesuffix("'s").removesuffix("’s").split()
    if len(words) == 1 and INSTITUTION_AFTER.match(text[span.end : span.end + 80]):
        return True
    if _HEAD_WORD.fullmatch(span.text_in(text).split()[-1]):
        return True
    return bool(words) and words[0] in places
