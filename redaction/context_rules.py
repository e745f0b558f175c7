"""Context rules: the phrasing that tells a reader a capitalised word is a person ("Mum (Sarah)",
"called Gary", "DC Okafor", "told Mrs Lin") and the phrasing that says it is not (a dog called
Max, a school, a town).

The NER guesses from the shape of words; these rules add what the sentence says, so people not on
the record are caught even when the model has never seen their name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.names import fold
from redaction.spans import PERSON, Span

_WORD = r"[^\W\d_][\w'’\-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|PC|DS|DI|DCI|DSgt|Sgt|PCSO|Cllr|Nurse|Prof|Rev|Sister|Father|Judge|HHJ)"
_RELATIONS = (
    r"(?:mum|mother|dad|father|step-?mum|step-?dad|step-?father|step-?mother|nan|nana|nanna|gran|grandma|"
    r"grandmother|grandad|granddad|grandfather|mgm|mgf|pgm|pgf|aunt|auntie|aunty|uncle|cousin|brother|"
    r"sister|sibling|half-brother|half-sister|partner|boyfriend|girlfriend|husband|wife|ex-partner|ex|"
    r"neighbour|friend|family friend|lodger|childminder|babysitter|carer|foster carer|kinship carer|"
    r"teacher|class teacher|headteacher|head teacher|senco|dsl|nurse|school nurse|midwife|hv|health visitor|"
    r"gp|doctor|paediatrician|consultant|officer|police officer|worker|support worker|family support worker|"
    r"key worker|manager|iro|pa|personal adviser|solicitor|advocate|interpreter|therapist|psychologist|"
    r"practitioner|colleague|landlord|landlady|employer|coach|youth worker|yot worker|cafcass guardian|guardian)"
)
_RULES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b{_TITLES}\.?\s+{_NAME}"),
    re.compile(rf"\b{_RELATIONS}\s*\(\s*{_NAME}\s*\)", re.I),
    re.compile(rf"\b{_RELATIONS},?\s+{_NAME}", re.I),
    re.compile(
        rf"\b(?:called|named|known as|told|asked|spoke to|spoke with|phoned|rang|emailed|texted|messaged|"
        rf"met with|met|visited|accompanied by|supported by|according to|reported by|advised by|"
        rf"seen by|contacted|informed|updated|thanked|introduced)\s+{_NAME}"
    ),
    re.compile(rf"(?:^|[.;:\n]\s*){_NAME}\s*\((?:{_RELATIONS})\)", re.I),
    re.compile(rf"{_NAME},?\s+(?:the|a|her|his|their|mum's|dad's)\s+(?:{_RELATIONS})\b"),
)

# Capitalised words that are never a person in a case note: sector terms, agencies, calendar,
# pronouns and the words that start sentences.
STOP_WORDS: frozenset[str] = frozenset(
    """
    i he she they we it you his her their our my your the a an this that these those there here then
    mum mother dad father nan gran grandma grandad mgm mgf pgm pgf aunt uncle brother sister baby child
    children family parents parent carer carers school police camhs mash cin cp cla lac cic iro icpc rcpc
    s47 s17 s20 dsl senco hv gp nhs a&e ae ed yot cafcass nspcc ofsted dv nfa nwd pep ehcp plo lado
    court council social services children's team duty emergency health education housing hospital
    clinic surgery ward nursery college academy primary secondary high centre unit service services
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december today yesterday tomorrow morning afternoon evening
    mr mrs ms miss dr dc pc ds di sgt worker officer manager nurse teacher staff team panel meeting
    conference review plan visit call email letter report referral assessment strategy contact
    note notes update outcome action actions agreed concerns concern risk safety safeguarding
    no yes not none all both each every other another some any also however but and or so if when
    while after before during following since until as at on in of for with by from to into about
    christmas easter eid diwali ramadan bank holiday half term covid
    english british polish romanian arabic urdu punjabi bengali somali tigrinya kurdish
    """.split()  # noqa: SIM905
)
_PET_BEFORE = re.compile(
    r"(?:dog|dogs|puppy|cat|cats|kitten|pet|pets|hamster|rabbit|guinea pig|parrot|budgie|tortoise|snake|"
    r"lizard|horse|pony|fish|ferret|gerbil|rat|mouse|bird)(?:\s+(?:is|was))?(?:\s+(?:called|named))?[\s,(:]*$",
    re.I,
)
_PET_AFTER = re.compile(
    r"^[\s,(]*(?:the|their|her|his|a)?\s*(?:family\s+)?(?:dog|puppy|cat|kitten|pet|hamster|rabbit|parrot|"
    r"budgie|tortoise|snake|horse|pony)\b",
    re.I,
)
_ORG_AFTER = re.compile(
    r"^\s*(?:'s\s+)?(?:Primary|Academy|School|High|College|Nursery|Hospital|Infirmary|Surgery|Medical|"
    r"Centre|Center|Road|Street|Lane|Avenue|Close|Drive|Park|Police|Court|Ward|House|Hall|Estate|"
    r"Children's|Church|Mosque|Temple|Gurdwara|Library|Station|Clinic|Practice|Trust|Council|University|"
    r"Services|Team|Unit|Farm|Way|Green|Grove|Place)\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|to|from|towards|into|around|of)\s+$")

UK_PLACES: frozenset[str] = frozenset(
    fold(p)
    for p in """
    London Leeds Bradford Manchester Liverpool Birmingham Sheffield Bristol Newcastle Nottingham Leicester
    Coventry Hull Wakefield Huddersfield Halifax Doncaster Rotherham Barnsley York Harrogate Oldham
    Rochdale Bolton Bury Wigan Salford Stockport Preston Blackburn Burnley Lancaster Blackpool Derby
    Stoke Wolverhampton Walsall Dudley Sandwell Luton Reading Slough Oxford Cambridge Norwich Ipswich
    Peterborough Northampton Milton Keynes Southampton Portsmouth Brighton Plymouth Exeter Bath Swindon
    Gloucester Cardiff Swansea Newport Glasgow Edinburgh Aberdeen Dundee Belfast Sunderland Durham
    Middlesbrough Gateshead Carlisle Kendal Lincoln Grimsby Scunthorpe Chester Crewe Warrington Croydon
    Hackney Lambeth Southwark Lewisham Brent Ealing Harrow Barnet Enfield Haringey Islington Camden
    Tower Hamlets Newham Kirklees Calderdale Tameside Trafford Medway Kent Essex Surrey Sussex Yorkshire
    Lancashire Cheshire Devon Cornwall Dorset Somerset Norfolk Suffolk Cumbria Wales Scotland England
    Ireland Poland Romania Pakistan India Bangladesh Nigeria Ghana Somalia Eritrea Syria Iraq Iran
    Afghanistan Jamaica Turkey Albania Lithuania Latvia Ukraine Sudan Ethiopia China Vietnam Portugal
    Spain Italy France Germany Kurdistan Europe Africa Asia America
    """.split()  # noqa: SIM905
)


def context_people(text: str) -> Iterator[Span]:
    """PERSON spans that the wording around them vouches for."""
    for rule in _RULES:
        for match in rule.finditer(text):
            span = _trim_name(text, match.start("name"), match.end("name"))
            if span is not None:
                yield span


def _trim_name(text: str, start: int, end: int) -> Span | None:
    """The leading run of name-shaped words: capitalised (or ALL CAPS), not a stop word."""
    words = list(re.finditer(_WORD, text[start:end]))
    kept_end = None
    for word in words:
        token = word.group(0).removesuffix("'s").removesuffix("’s")
        if not token[:1].isupper() or fold(token) in STOP_WORDS or fold(token) in UK_PLACES:
            break
        kept_end = start + word.start() + len(token)
    if kept_end is None:
        return None
    return Span(start, kept_end, PERSON, "context")


def is_not_a_person(text: str, span: Span) -> bool:
    """True for a guessed PERSON span that the surrounding words show is a pet, place or organisation."""
    value = fold(span.text_in(text)).removesuffix("'s").strip()
    if value in STOP_WORDS or value in UK_PLACES:
        return True
    words = value.split()
    if words and all(w in STOP_WORDS or w in UK_PLACES for w in words):
        return True
    before, after = text[max(0, span.start - 40) : span.start], text[span.end : span.end + 40]
    if _PET_BEFORE.search(before) or _PET_AFTER.match(after):
        return True
    if _ORG_AFTER.match(after):
        return True
    return bool(len(words) == 1 and _PLACE_BEFORE.search(before) and value in UK_PLACES)
