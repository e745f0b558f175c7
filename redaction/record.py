"""What the case record itself says must be redacted: its people (child, family, professionals,
staff) and its identifier values (NHS number, phone numbers, addresses, dates of birth)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from records.models import Case, User
from redaction.gazetteer import KnownPerson, KnownValue
from redaction.lexicon import is_common_word, is_given_name
from redaction.names import fold
from redaction.patterns import IDENTIFIER_PATTERNS
from redaction.spans import ADDRESS, DOB, NHS_NUMBER, PHONE, POSTCODE

_FEMALE = frozenset(
    [
        "mother",
        "mum",
        "stepmother",
        "stepmum",
        "grandmother",
        "nan",
        "nana",
        "gran",
        "grandma",
        "aunt",
        "auntie",
        "sister",
        "stepsister",
        "half-sister",
        "daughter",
        "wife",
        "girlfriend",
        "niece",
        "mgm",
        "pgm",
        "female",
        "f",
        "girl",
        "woman",
    ]
)
_MALE = frozenset(
    [
        "father",
        "dad",
        "stepfather",
        "stepdad",
        "grandfather",
        "grandad",
        "granddad",
        "uncle",
        "brother",
        "stepbrother",
        "half-brother",
        "son",
        "husband",
        "boyfriend",
        "nephew",
        "mgf",
        "pgf",
        "male",
        "m",
        "boy",
        "man",
    ]
)


def gender_of(words: str | None) -> str | None:
    """ "f", "m" or None from a relationship ("maternal grandmother") or a recorded gender."""
    if not words:
        return None
    head = words.lower().replace("’", "'").split()[-1].strip("'s")
    return "f" if head in _FEMALE else "m" if head in _MALE else None


def known_people(case: Case, staff: Sequence[User]) -> list[KnownPerson]:
    """The child first, then the record's people, then staff: the order tokens are allocated in."""
    child = case.child
    people = [KnownPerson(child.person_id, child.given_name, child.family_name, "child", gender_of(child.gender))]
    names = [child.given_name, child.family_name, *(n for p in case.people for n in (p.given_name, p.family_name))]
    places = [place for address in (child.address, *(p.address for p in case.people)) for place in _named_places(address or "")]
    people += [
        KnownPerson(
            p.person_id,
            p.given_name,
            p.family_name,
            role_without_places(role_without_names(p.relationship, names), places),
            gender_of(p.relationship),
        )
        for p in case.people
    ]
    for user in staff:
        words = user.display_name.split()
        if not words:
            continue
        people.append(KnownPerson(f"user:{user.username}", words[0], " ".join(words[1:]), user.role.value))
    return people


def role_without_names(relationship: str, names: Sequence[str]) -> str:
    """A relationship with the record's names taken out: "Harlow's birth father" -> "birth father".
    The role becomes the person's token ("[BIRTH FATHER]"), which is stored, indexed and prompted, so
    a name written into the relationship field would reach every store raw (rules version 14)."""
    words = {fold(part) for name in names for part in re.findall(r"[^\W\d_]{2,}", name or "")}
    kept = [w for w in relationship.split() if fold(re.sub(r"['’]s?$", "", w)) not in words]
    return " ".join(kept) or "person"


def role_without_places(relationship: str, places: Sequence[str]) -> str:
    """A relationship with the case's recorded named places taken out: "key worker, Linnet House"
    -> "key worker" where Linnet House is on a recorded address (rules version 27). The role becomes
    the person's token, which is stored, indexed, prompted and audited in every note of the case, so
    a building the child lives in, written into a staff member's relationship, named the child's home
    in every store although the notes redact it as an address. The punctuation left behind goes too."""
    for place in places:
        relationship = re.sub(rf"(?i)(?<!\w){re.escape(place)}(?!\w)", " ", relationship)
    cleaned = re.sub(r"\(\s*\)", " ", relationship)
    cleaned = re.sub(r"\s+([,;:)])", r"\1", " ".join(cleaned.split())).strip(" ,;:-/")
    return cleaned or "person"


def person_from_name(key: str, name: str, role: str = "person") -> KnownPerson:
    """A person known only by a written full name: the last words are the family name, a single
    word is treated as a family name (it gets titled variants: "Mr Okafor")."""
    words = name.split()
    given, family = (words[0], " ".join(words[1:])) if len(words) > 1 else ("", name.strip())
    return KnownPerson(key, given, family, role, gender_of(role))


def known_values(case: Case) -> list[KnownValue]:
    values: list[KnownValue] = []
    child = case.child
    if child.nhs_number:
        values.append(KnownValue(NHS_NUMBER, child.nhs_number))
    for dob in [child.date_of_birth, *(p.date_of_birth for p in case.people)]:
        if dob is not None:
            values.append(KnownValue(DOB, dob.isoformat()))
    for phone in (p.phone for p in case.people):
        if phone:
            values.append(KnownValue(PHONE, phone))
    for address in [child.address, *(p.address for p in case.people)]:
        if address:
            values.extend(address_values(address))
    return values


def address_values(address: str) -> list[KnownValue]:
    """The street line, its parts and the postcode of a recorded address; the town is kept (it is
    not personal).

    Workers rarely copy the whole line: "lives at Quarry Bank Road", "car seen on Heatherlea Close",
    "Linnet Court". So every comma part up to the last numbered one (flat, building, house and
    street) is a value, and a numbered part also without its number. Parts after it (district,
    town) are kept, and a one-word remainder is not taken alone (it may be an ordinary word). A town
    is redacted where a note writes it as part of an address (rules version 8), never case-wide: "the
    Sandleigh office" stays."""
    found: list[KnownValue] = []
    for pattern in IDENTIFIER_PATTERNS:
        if pattern.entity in (ADDRESS, POSTCODE):
            found.extend(
                KnownValue(pattern.entity, m.group(0).strip())
                for m in pattern.regex.finditer(address)
                if pattern.entity == POSTCODE or any(c.isdigit() for c in m.group(0))
            )
    found.extend(KnownValue(ADDRESS, part) for part in street_parts(address))
    return list(dict.fromkeys(found))


_HOUSE_NUMBER = re.compile(r"^(?:flat|apartment|apt|unit|room|no\.?)?\s*\d+[a-z]?\b[,\s]*", re.I)


def street_parts(address: str) -> list[str]:
    """The personal parts of an address line: "Flat 6, Linnet Court, 2 Mill Garth, Morley Carr"
    -> "Flat 6", "Linnet Court", "2 Mill Garth", "Mill Garth". Nothing when no part is numbered
    (a description such as "Foster placement (address on placement record)").

    Where the last numbered part is a flat or room ("Flat 6, Brookhurst House, Mill Leat Road"), the
    named building after it is personal too (rules version 23): the block a family lives in names
    their home ("the top floor of Brookhurst House"), as the street line does for a house."""
    parts = [p.strip() for p in _without_postcodes(address).split(",") if p.strip()]
    numbered = [i for i, part in enumerate(parts) if any(c.isdigit() for c in part)]
    if not numbered:
        return []
    last = numbered[-1]
    if _UNIT_LINE.fullmatch(parts[last]) and last + 1 < len(parts) and _named_building(parts[last + 1]):
        last += 1
    personal = parts[: last + 1]
    found: list[str] = [", ".join(personal)] if len(personal) > 1 else []
    for part in personal:
        bare = _HOUSE_NUMBER.sub("", part).strip()
        if bare:
            found.append(part)
        if bare and bare != part and len(bare.split()) >= 2:
            found.append(bare)
    return found


_UNIT_LINE = re.compile(r"(?:flat|apartment|apt|unit|room)\s*\d+[a-z]?", re.I)
_BUILDING = re.compile(r"(?:House|Court|Lodge|Mansions|Tower|Towers|Flats|Heights|Buildings)")


def _named_building(part: str) -> bool:
    """ "Brookhurst House", "Linnet Court": two words or more, no number, ending in a building word
    (not a street word: a street after a flat's number is found by its own part)."""
    return _named(part, _BUILDING)


def note_address_values(texts: Sequence[str]) -> list[KnownValue]:
    """The named streets and buildings of the addresses the notes themselves give (rules version 16).

    A note that gives a new address in full ("temporary accommodation: Flat 4, Kestle House") is
    recording where the family lives; the next notes name the place the way people say it, without
    the number ("family remain at Kestle House", "visit to Kestle House"). So each such address's
    numberless parts of two words or more become case values, as a record address's do
    (`street_parts`). Only the unnumbered parts are added: the numbered ones are found by the
    patterns wherever they are written."""
    found: list[KnownValue] = []
    for text in texts:
        for pattern in IDENTIFIER_PATTERNS:
            if pattern.entity != ADDRESS:
                continue
            for match in pattern.regex.finditer(text):
                written = match.group(pattern.group)
                if not any(c.isdigit() for c in written) or (pattern.validate and not pattern.validate(written)):
                    continue
                found.extend(KnownValue(ADDRESS, part) for part in _named_places(written))
    return list(dict.fromkeys(found))


def _named_places(address: str) -> list[str]:
    """ "Flat 4, Kestle House, Wexcombe" -> "Kestle House"; "12 Osprey Court" -> "Osprey Court": each
    comma or line part, less its house number, of two words or more ending in a street or building
    word. A town has none and is left."""
    parts = [p.strip() for p in re.split(r"[,\n]", _without_postcodes(address)) if p.strip()]
    named: list[str] = []
    for part in parts:
        bare = _HOUSE_NUMBER.sub("", part).strip()
        if _named(bare):
            named.append(bare)
    return named


def _named(part: str, heads: re.Pattern[str] | None = None) -> bool:
    """A part of an address that names a street or building: two words or more, no number, the last
    a street or building word ("Kestle House", "Osprey Court"; `heads` narrows the last word, as
    `_named_building` does to buildings). The one test `_named_places`, `_named_building` and
    `place_name` share."""
    words = part.split()
    return len(words) >= 2 and not any(c.isdigit() for c in part) and bool((heads or _STREET_OR_BUILDING).fullmatch(words[-1]))


def _without_postcodes(address: str) -> str:
    for pattern in IDENTIFIER_PATTERNS:
        if pattern.entity == POSTCODE:
            address = pattern.regex.sub("", address)
    return address


def address_towns(case: Case) -> frozenset[str]:
    """Folded words of the town of the record's addresses ("14 Quarrendon Walk, Kingsmere KM4 7TW" ->
    "kingsmere"): the last comma part after a numbered one, when it is one word, no street or building
    ("Flat 6, Kilnworth House, Tannery Lane" has no town) and no given name ("Lawrence"). It is the place the family lives in, so a guess the
    NER makes of it ("Kingsmere CAIT", a police team) is a place, and the case-wide sweep must not
    take the town out of "Kingsmere Family Court" (rules version 14)."""
    words: set[str] = set()
    for address in [case.child.address, *(p.address for p in case.people)]:
        parts = [p.strip() for p in _without_postcodes(address or "").split(",") if p.strip()]
        numbered = [i for i, part in enumerate(parts) if any(c.isdigit() for c in part)]
        if not numbered or numbered[-1] == len(parts) - 1 or _STREET_OR_BUILDING.search(parts[-1]):
            continue
        town = parts[-1].split()
        if len(town) == 1 and re.fullmatch(r"[A-Z][a-z]{2,}", town[0]) and not is_given_name(town[0]):
            words.add(fold(town[0]))
    return frozenset(words)


def school_word(case: Case) -> frozenset[str]:
    """The folded first word of the child's recorded school ("Little Wrens Day Nursery" -> "little"):
    the notes name the school by its own name without the kind ("J attends Little Wrens 3
    mornings"), the NER guesses that as a person and the case-wide sweep took it from every note
    (rules version 26). A saint's or title's abbreviation ("St Mary's") and a given name that is no
    everyday word ("Florence Nightingale Academy") are left out, as `places` does for a service."""
    words = (case.child.school or "").split()
    first = words[0] if len(words) > 1 else ""
    if not re.fullmatch(r"[A-Z][a-z]{2,}", first) or (is_given_name(first) and not is_common_word(first)):
        return frozenset()
    return frozenset({fold(first)})


def place_name(value: str) -> str:
    """The name of an address value's street or building without its number and head word: "Linnet"
    of "Flat 2, Linnet House" or "12 Linnet Court"; "" when the first part ends in no street or
    building word. People call a home by this name alone ("has Ofsted been to linnet yet?")."""
    first = next((p for p in (_HOUSE_NUMBER.sub("", part).strip() for part in value.split(",")) if p and not _UNIT_LINE.fullmatch(p)), "")
    return " ".join(first.split()[:-1]) if _named(first) else ""


_STREET_OR_BUILDING = re.compile(
    r"\b(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Walk|Court|House|Crescent|Grove|Terrace|Place|"
    r"Gardens|Row|Mews|Lodge|Cottages?|Farm|Square|Hill|View|Rise|Green|Park|Tower|Towers|Flats?|Estate|Barn)\b"
)
