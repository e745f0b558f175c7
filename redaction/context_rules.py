"""Context rules: the phrasing that tells a reader a capitalised word is a person ("Mum (Sarah)",
"called Gary", "DC Okafor", "told Mrs Lin") and the phrasing that says it is not (a dog called
Max, a school, a town).

The NER guesses from the shape of words; these rules add what the sentence says, so people not on
the record are caught even when the model has never seen their name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from redaction.keep_words import (
    ADDRESS_BEFORE,
    AGENCY_TERMS,
    AT_BEFORE,
    AT_PLACE_BEFORE,
    BRANDS_AND_SERVICES,
    CALENDAR_DATE_AFTER,
    CALENDAR_DATE_BEFORE,
    CALENDAR_WORDS,
    ETHNICITY_AFTER,
    ETHNICITY_COLOURS,
    FAITH_AFTER,
    FAITH_AND_ORIGIN_TERMS,
    FAITH_BEFORE,
    FAITH_WORDS_SHARED_WITH_NAMES,
    FAMILY_AFTER,
    FESTIVAL_AFTER,
    KINSHIP_WORDS,
    LEGAL_AND_PRACTICE_TERMS,
    NOT_A_PLACE_BEFORE,
    PET_AFTER,
    PET_BEFORE,
    PLACE_CONTEXT_BEFORE,
    PLACE_FOLLOWERS,
    POSTCODE_AFTER,
    SAINT_WORDS,
    SHARED_PLACE_HEADS,
    THE_PLACE_BEFORE,
    THING_AFTER,
    TIME_AFTER,
    TOWN_BEFORE,
)
from redaction.lexicon import is_common_word, is_english_word, is_given_name, is_mainstream_given_name
from redaction.names import fold, is_word_like
from redaction.spans import PERSON, Span

_WORD = r"[^\W\d_][\w'’\-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
_NAME_BEFORE_LINK = rf"(?P<name>{_WORD}(?:\s+(?!(?:is|was)\b){_WORD}){{0,2}})"
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|PC|DS|DI|DCI|DSgt|Sgt|PCSO|Cllr|Nurse|Prof|Rev|Sister|Father|Judge|HHJ)"
TITLE_PATTERN = _TITLES
"""The titles a person is written with, as a regex alternation (used by the redactor's role-word rule)."""
_TITLE_BEFORE = re.compile(rf"\b{_TITLES}\.?[ \t]+$")
"""A title right before a guess: "PC Tallack, the dog handler" is a person, whatever animal follows
(as `places` decides for a pet's name, rules version 18)."""
_RELATIONS = (
    r"(?:mum|mother|dad|father|step-?mum|step-?dad|step-?father|step-?mother|nan|nana|nanna|gran|grandma|"
    r"grandmother|grandad|granddad|grandfather|mgm|mgf|pgm|pgf|aunt|auntie|aunty|uncle|cousin|brother|"
    r"sister|sibling|half-brother|half-sister|partner|boyfriend|girlfriend|husband|wife|ex-partner|ex|"
    r"neighbour|friend|family friend|lodger|childminder|babysitter|carer|foster carer|kinship carer|"
    r"teacher|class teacher|headteacher|head teacher|senco|dsl|nurse|school nurse|midwife|hv|health visitor|"
    r"gp|doctor|paediatrician|consultant|officer|police officer|worker|support worker|family support worker|"
    r"key worker|keyworker|idva|isva|caseworker|case worker|outreach worker|refuge worker|mentor|manager|iro|pa|personal adviser|solicitor|advocate|interpreter|therapist|psychologist|"
    r"practitioner|colleague|landlord|landlady|employer|coach|youth worker|yot worker|cafcass guardian|guardian|"
    r"adopter|adoptive parent|adoptive mum|adoptive mother|adoptive dad|adoptive father|prospective adopter|"
    r"special guardian|foster parent|foster mum|foster dad|birth mother|birth father|birth parent|"
    r"new partner|stepsister|stepbrother|step-sister|step-brother|half-sibling|godmother|godfather|"
    r"maternal grandmother|paternal grandmother|maternal grandfather|paternal grandfather)"
)
_PLURAL = r"(?:s|es)?"
_OWNER = r"(?:the|a|an|her|his|their|mum's|dad's|mum’s|dad’s|mother's|father's|maternal|paternal|family)"
_LINK = r"(?:is|was|are|were|will be|would be|has been|had been|is now|was now|now|being)"
_PAIR_CUES = (
    r"(?:placed (?:for adoption )?with|adopted by|matched with|placed in the care of|in the care of|"
    r"lives with|living with|staying with|stays with|moved in with|moving in with|moved to live with|"
    r"went to live with|cared for by|looked after by|collected by|picked up by)"
)
_PERSON_VERBS = (
    r"(?:said|says|told me|told us|disclosed|explained|shared|stated|reported|confirmed|asked|"
    r"agreed|cried|smiled|laughed|nodded|whispered|shouted|admitted|denied|added|replied)"
)


_SIGN_OFF = (
    r"(?:(?<=[a-z][.!?])[ \t]+|(?i:\b(?:thanks|thank you|regards|wishes|cheers|speak soon|take care)[.!,]?)\s+)"
    r"(?P<name>[A-Z][a-z][\w'’\-]*)(?=[\"”]|(?:[ \t]+x{1,3})?[ \t]*$)"
)
"""A message signed with a first name alone: the last word of a pasted email or text, on the line
of its last sentence ("Happy to talk. Lally\"") or after a closing ("Thanks,\nLally"), rules version
12. A word that is an ordinary English word ("Thanks. Outcome") is not taken (weak rule), and a
closing quote must touch the name: 'Said "I like it"' opens a quote, it does not close one."""


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    cue_before: bool = True
    """False when the cue follows the name ("X, the neighbour"): then every word between must be
    name-shaped, or "Having heard that a neighbour" would yield "Having"."""
    strong: bool = True
    """Titles and relationship words are strong evidence; a verb ("told X") is weak, so an ordinary
    English word after it ("told Everyone") is not taken for a name."""
    pair: bool = False
    """The cue only vouches for a full name: "placed with Grace Taylor" is a person, "placed with
    Westfield" may be a provider, so at least two name-shaped words are required."""


_RULES: tuple[Rule, ...] = (
    Rule(re.compile(rf"\b{_TITLES}\.?\s+{_NAME}")),
    Rule(re.compile(rf"\b{_RELATIONS}{_PLURAL}\s*\(\s*{_NAME}\s*\)", re.I)),
    Rule(re.compile(rf"\b{_RELATIONS}{_PLURAL},?\s+{_NAME}", re.I)),
    Rule(re.compile(rf"\b{_RELATIONS}{_PLURAL},?\s+[\"“]{_NAME}[\"”]", re.I)),
    Rule(
        re.compile(
            rf"\b(?:(?:known|named|referred to|goes by|go by|went by)\b[^.\n\"“]{{0,30}}?\s+as|called|nicknamed)"
            rf"\s+[\"“]{_NAME}[\"”]"
        )
    ),
    Rule(re.compile(rf"[\"“]{_NAME}[\"”]\s+(?:is|was)\s+(?=[A-Z][\w'’\-]*\s+[A-Z])"), cue_before=False),
    Rule(re.compile(rf"\b{_RELATIONS}{_PLURAL}(?:\s+{_LINK}|\s*[:–]|\s+-)\s+{_NAME}", re.I), strong=False),
    Rule(re.compile(rf"\b{_PAIR_CUES}\s+{_NAME}", re.I), strong=False, pair=True),
    Rule(
        re.compile(rf"(?:^|[.;:!?\n\"“]\s*|\band\s+|\bthat\s+){_NAME}\s+{_PERSON_VERBS}\b"),
        cue_before=False,
        strong=False,
    ),
    Rule(re.compile(rf"{_NAME}['’]s\s+own\s+words\b"), cue_before=False, strong=False),
    Rule(re.compile(rf"{_NAME}\s*(?:\(|,\s*)aged?\s+\d"), cue_before=False, strong=False),
    Rule(
        re.compile(
            rf"\b(?:called|named|known as|told|asked|spoke to|spoke with|phoned|rang|emailed|texted|messaged|"
            rf"met with|met|visited|accompanied by|supported by|according to|reported by|advised by|chaired by|led by|"
            rf"seen by|contacted|informed|updated|thanked|introduced)\s+{_NAME}"
        ),
        strong=False,
    ),
    Rule(
        re.compile(rf"{_NAME}\s*\((?:{_OWNER}\s+)?(?:new\s+|ex-?)?(?:{_RELATIONS}){_PLURAL}\)", re.I), cue_before=False
    ),
    Rule(re.compile(rf"{_NAME}['’]s\s+(?:{_RELATIONS})\b", re.I), cue_before=False, strong=False),
    Rule(re.compile(_SIGN_OFF, re.M), cue_before=False, strong=False),
    Rule(
        re.compile(rf"{_NAME_BEFORE_LINK},?\s+(?:(?:is|was)\s+)?(?i:{_OWNER})\s+(?i:new\s+|ex-?)?(?i:{_RELATIONS})\b"),
        cue_before=False,
        strong=False,
    ),
)

# Capitalised words that are never a person in a case note: sector terms, agencies, calendar,
# pronouns and the words that start sentences.
STOP_WORDS: frozenset[str] = (
    frozenset(
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
    rhi ehcp neet sw tm lado marac cse cce nrm uasc sgo cao epo ico idva iha rha ssw aswe pa yp ct sen send
    dbs cpp cpr ep eha fgc lpm plo vsh ypa cgm cme ncmp pvp mfh mfc sw's tac team's hmp hmrc dwp uc pip
    home conditions condition baby babies plan plans reviewed review info information first second third last
    new old pre-birth prebirth chair chaired seen weighed address reports report liaison attendees attendee
    apologies minutes present absent actions next steps step update updates outcome outcomes summary
    background history analysis recommendation recommendations decision decisions agreed agreement
    neighbours neighbour friends friend relatives relative professionals professional agencies agency
    bedroom kitchen bathroom garden house flat room rooms door fridge food cupboards cupboard
    visit visits visited visiting seen spoke spoke called rang phoned texted emailed met call calls
    child's young person people boy girl son daughter siblings sibling twins toddler infant teenager
    mum's dad's parents' carers' nan's nana nanna nanny mummy daddy mam mammy granny grandpa gramps auntie aunty
    positive positives strengths worries worry danger harm neglect abuse physical emotional sexual
    attendance education school's exclusion excluded suspension suspended behaviour
    medical injury injuries bruise bruising mark marks
    good well fine okay ok poor low high very much more less most least many few
    please thanks thank dear regards kind best sent received attached
    dob d.o.b nhs ni do not disclose confidential restricted urgent important note re fao cc tel mob
    lates immunisations vaccinations
    maternal paternal grandmother grandfather grandparents adopter adopters adoptive birth date
    """.split()  # noqa: SIM905
    )
    | AGENCY_TERMS
    | FAITH_AND_ORIGIN_TERMS
    | LEGAL_AND_PRACTICE_TERMS
    | BRANDS_AND_SERVICES
)
SURNAME_STOP_WORDS: frozenset[str] = frozenset(
    ["ward", "house", "young", "good", "best", "english", "friend", "kind", "marks"]
)
"""Stop words that are also family names: after a given name ("Chloe Ward", "Tom Young") they are
part of the name, never on their own ("Ward 4", "Young person")."""
ORG_WORDS: frozenset[str] = frozenset(
    """
    primary academy school high junior infant infants college nursery pre-school preschool hospital infirmary
    surgery medical health centre center practice group clinic trust council university services service team
    unit road avenue drive close police station library market community provision referral pupil
    alternative ce rc grammar sixth form children's hub partnership association foundation charity project
    ltd limited plc nhs programme order scheme club course pathway panel board agency office department
    meeting conference review assessment plan protocol policy
    zoo museum gallery aquarium cinema theatre stadium arena airport beach pier abbey cathedral leisure pool baths
    outline proceedings orders hearing tribunal homes housing plus
    """.split()  # noqa: SIM905
)
"""Words that end the name of an institution, not a person. Words that are also common surnames
(Park, Hall, Ward, Green, Church, Street, Lane, Court) are deliberately absent."""
_ORG_AFTER = re.compile(r"^\s*(?:'s\s+)?([\w']+)")
_DATE_BEFORE = re.compile(r"(?<!\d[:.])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DATE_AFTER = re.compile(r"^\s+\d{1,2}(?:st|nd|rd|th)?(?![/.\-:]?\d)(?:,?\s+\d{4})?\b|^\s+\d{4}\b")
"""A day after a month-like word ("Summer 5", "March 2024"). Not a numbered list item after a full
stop ("referral for Mussie. 5. PEP") nor a numeric date signing off a name ("DC Pritchard 15/10/25")."""
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


def name_run(text: str, span: Span) -> Span | None:
    """The name inside a guessed span: leading cue words dropped ("Chair Tyrone Edwards"), then the
    run of capitalised, non-stop, digit-free words ("Keisha Richards made subject" -> "Keisha Richards")."""
    words = list(re.finditer(_WORD, text[span.start : span.end]))
    while words and (
        not (_name_shaped(words[0].group(0)) or _place_as_given_name(text[span.start : span.end], words, 0))
        or (len(words) > 1 and _heading_word(words[0].group(0)))
    ):
        words.pop(0)
    if not words:
        return None
    start = span.start + words[0].start()
    trimmed = _trim_name(text, start, span.end)
    if trimmed is None:
        return None
    return Span(trimmed.start, trimmed.end, PERSON, span.source, span.person_key)


_GIVEN_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][a-z][\w'’\-]*)[ \t]+$")
_TITLE_WORD = re.compile(rf"^{_TITLES}$")


def with_given_name(text: str, span: Span) -> Span:
    """A one-word guess widened over the given name written just before it: the model often knows
    an unusual family name's shape ("Sonia Thirunavukkarasu") but not the given name, which would
    then stay in the note and be the only trace of who the person is. Taken only when the word before
    is written like a name and is no English word, title, place, institution or stop word."""
    if " " in span.text_in(text).strip():
        return span
    before = _GIVEN_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is None:
        return span
    word = before.group(1)
    if (
        not _name_shaped(word)
        or is_common_word(word)
        or _TITLE_WORD.match(word)
        or is_org_word(fold(word))
        or fold(word) in SURNAME_STOP_WORDS
    ):
        return span
    return Span(before.start(1), span.end, span.type, span.source, span.person_key)


def _heading_word(word: str) -> bool:
    """An ordinary word in capitals ("LIVED EXPERIENCE: Andrei"): a section heading, not a name."""
    return len(word) > 1 and word.isupper() and _is_ordinary_word(word)


def _name_shaped(word: str) -> bool:
    token = word.removesuffix("'s").removesuffix("’s")
    return (
        bool(token[:1].isupper())
        and not any(c.isdigit() for c in token)
        and fold(token) not in STOP_WORDS
        and fold(token) not in UK_PLACES
    )


def context_people(text: str) -> Iterator[Span]:
    """PERSON spans that the wording around them vouches for, and the full names listed with them
    ("the adopters, Tom Briggs and Leah Briggs")."""
    seen: set[tuple[int, int]] = set()
    for rule in _RULES:
        for match in _overlapping(rule.pattern, text):
            span = _rule_span(rule, text, match)
            if span is None:
                continue
            for found in (span, *_listed_with(text, span)):
                if not any(a <= found.start and found.end <= b for a, b in seen):
                    seen.add((found.start, found.end))
                    yield found
    for found in (*initialled_names(text), *quoted_companions(text), *called_names(text), *full_names(text)):
        if not any(a <= found.start and found.end <= b for a, b in seen):
            seen.add((found.start, found.end))
            yield found


_QUOTE = re.compile(r"[\"“]([^\"“”\n]{1,300})[\"”]")
_COMPANION = re.compile(r"\b(?:with|and)[ \t]+([A-Z][a-z]{2,})\b(?![ \t]*[A-Z&])(?!['’\-]\w{2})")


def quoted_companions(text: str) -> Iterator[Span]:
    """A friend named once in a child's or parent's own words ("go swimming with Posy", "me and
    Kai"): a capitalised word after "with" or "and" inside quoted speech, not starting
    the quote, that is no English word, no place, agency or sector term and not followed by another
    capitalised word (a place's or service's name: "with Riverside Leisure"). "to" and "from" are
    left out: in speech they lead to places ("go to Skegness"). Speech is where a note names people
    the record never lists, without a title or relationship (rules version 13)."""
    for quote in _QUOTE.finditer(text):
        for match in _COMPANION.finditer(quote.group(1)):
            word = match.group(1)
            if is_english_word(word) or not _name_shaped(word) or is_org_word(fold(word)):
                continue
            start = quote.start(1) + match.start(1)
            yield Span(start, start + len(word), PERSON, "context")
            before = _COORDINATED_BEFORE.search(quote.group(1), 0, match.start(1))
            if before is not None and _companion_by_name(before.group(1)):
                first = quote.start(1) + before.start(1)
                yield Span(first, first + len(before.group(1)), PERSON, "context")


CALLED_NAMES = re.compile(
    r"\bcall(?:s|ed|ing)?[ \t]+(?:him|her|them|me|us|(?:it|him|her|them)sel(?:f|ves))[ \t]+[\"“‘']"
    r"(?P<first>[A-Z][a-z]+)(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)(?P<second>[A-Z][a-z]+))?[\"”’']"
)
"""What a child or parent calls the people around them, in quotes: 'she calls them "Mo and Pip"',
'calls her "Bibi"' (rules version 16). The construction itself names people, so a word that is
also an English word ("Pip", "Digger") counts. A name someone gives themselves counts too: 'an account
calling itself "Tamsin"', 'he calls himself "Rocco"' (rules version 21): a persona online is written as a
person's name, and the child is groomed under it."""


KIN_CALLED = re.compile(
    r"\b(?:call(?:s|ed|ing)?(?:[ \t]+(?:him|her|them|me|us))?|known[ \t]+as)[ \t]+[\"“‘']"
    r"(?P<kin>[^\W\d_]{2,10})[ \t]+(?P<name>[^\W\d_]{2,20})[\"”’']"
)
"""A name in quotes that a lower-case kinship or respect word opens, after "calls", "called" or
"known as" with or without an object: 'a man he calls "uncle Dima"', 'known as "aunty Bisi"' (rules
version 19). The word is how a child addresses an older person in many languages, and what
follows it is the person's name, so no "him"/"her" is needed."""


_DETERMINERS = frozenset(["the", "a", "an", "my", "his", "her", "their", "our", "your", "this", "that", "its", "some"])
"""Small words that open a quoted name of a thing ("the Lighthouse"), not a kinship word."""


def called_names(text: str) -> Iterator[Span]:
    """The names a note gives as what someone calls the people around them (`CALLED_NAMES`,
    `KIN_CALLED`)."""
    for match in CALLED_NAMES.finditer(text):
        for group in ("first", "second"):
            if match.group(group) and not is_org_word(fold(match.group(group))):
                yield Span(match.start(group), match.end(group), PERSON, "context")
    for match in KIN_CALLED.finditer(text):
        kin, name = match.group("kin"), match.group("name")
        named = name[:1].isupper() and name[1:].islower()
        if kin.islower() and kin not in _DETERMINERS and named and not is_org_word(fold(name)):
            yield Span(match.start("name"), match.end("name"), PERSON, "context")


_COORDINATED_BEFORE = re.compile(r"(?<=[a-z,][ \t])([A-Z][a-z]{2,})[ \t]+and[ \t]+$")
"""The name coordinated before a companion ("she has Ruby and Kiko", "me, Holly and Kiko"), written
mid-sentence after a lower-case word (rules version 15)."""


def _companion_by_name(word: str) -> bool:
    """A word coordinated with a named companion is a person too when it is a mainstream given name,
    even one the vocabulary holds as a word ("Ruby", "Holly", "Jack"), and no place or organisation."""
    return is_mainstream_given_name(word) and _name_shaped(word) and not is_org_word(fold(word))


_INITIALLED = re.compile(
    r"(?<![\w&'’/\-.@#+])(?P<initial>[A-Z])\.?[ \t]+(?P<family>[A-Z][a-z][a-z'’]+(?:-[A-Z][a-z][a-z'’]+)?)(?![\w&/@+])"
)
_WORD_INITIAL_AFTER = re.compile(r"(?:^|[.!?\n\"“]|\b(?:and|but|so|then|that|because|when|if)\b)[ \t]*$", re.I)


_LABELLED = frozenset(
    """
    wing block floor side stream band tier level grade class group shift list section form wave stage zone
    bay series licence rating star road street lane drive avenue close court vitamin
    """.split()  # noqa: SIM905
)
"""Words a letter labels ("B Wing", "C Section"), never a family name after an initial."""


def initial_can_be_word(text: str, start: int) -> bool:
    """Whether a capital "A" or "I" at `start` stands where the word could (a sentence start, after
    "and" or "that"), so it is not taken for an initial."""
    return bool(_WORD_INITIAL_AFTER.search(text, max(0, start - 12), start))


_FULL_NAME = re.compile(
    r"(?:[,;:(]|\b[a-z]+)[ \t]+(?P<name>(?P<given>[A-Z][a-z]{2,})[ \t]+(?P<family>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?))"
    r"\b(?!['’\-]|[ \t]+[A-Z&(])"
)


def full_names(text: str) -> Iterator[Span]:
    """A full name written mid-sentence with no cue ("Covering the late shift, Rosalind Penhallow took
    the handover"): a given name of the name lists that is no English word, then a family name that is no
    English, ordinary, place or institution word, after a comma or a lower-case word and with no
    third capitalised word after it ("... Penhallow House"). The NER misses such names in long
    sentences, and nothing else vouches for them (rules version 18)."""
    for match in _FULL_NAME.finditer(text):
        given, family = match.group("given"), match.group("family")
        if not is_given_name(given) or _is_ordinary_word(given) or is_common_word(fold(given)):
            continue
        folded = fold(family)
        if _is_ordinary_word(family) or is_common_word(folded) or is_given_name(family):
            continue
        if folded in STOP_WORDS | ORG_WORDS | UK_PLACES | _LABELLED:
            continue
        yield Span(match.start("name"), match.end("name"), PERSON, "context")


def initialled_names(text: str) -> Iterator[Span]:
    """A person written as an initial and a family name ("allocated to G Pendleford", "chair I
    Norcott-Sayle", "Present: mum, A Coulthard"), the way practitioners write colleagues and other
    professionals (rules version 8). The family name must not be an ordinary or sector word ("B
    Wing", "A Block", "C Section"), and "A" or "I" must not stand where the word would ("I Phoned",
    "A Tesco bag" at a sentence start)."""
    for match in _INITIALLED.finditer(text):
        family = match.group("family")
        folded = fold(family)
        if _is_ordinary_word(family) or is_common_word(folded) or folded in STOP_WORDS | ORG_WORDS | _LABELLED:
            continue
        if match.group("initial") in "AI" and (
            text[match.end("initial") : match.end("initial") + 1] != "." and initial_can_be_word(text, match.start())
        ):
            continue
        yield Span(match.start(), match.end(), PERSON, "context")


def _rule_span(rule: Rule, text: str, match: re.Match[str]) -> Span | None:
    start, end = match.span("name")
    if not rule.cue_before:
        start = _last_name_start(text, start, end)
    span = _trim_name(text, start, end)
    if span is None or (not rule.cue_before and span.end != end - _possessive_len(text[start:end])):
        return None
    value = span.text_in(text)
    if not rule.strong and " " not in value and _is_ordinary_word(value):
        return None
    if rule.pair and " " not in value:
        return None
    return span


_LISTED = re.compile(rf"^(?:,\s*|\s+(?:and|&)\s+|,\s*and\s+){_NAME}")


def _listed_with(text: str, span: Span) -> Iterator[Span]:
    """Full names joined to a vouched-for person by "and" or a comma: the cue covers them too.
    Only full names (two name-shaped words): "Gary and Mum" must not make "Mum" a person."""
    while (match := _LISTED.match(text[span.end :])) is not None:
        start = span.end + match.start("name")
        following = _trim_name(text, start, span.end + match.end("name"))
        if following is None or " " not in following.text_in(text):
            return
        yield following
        span = following


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may overlap: the name group of one ("Okafor and Dr") must not swallow the cue
    of the next ("Dr. Lin"), so the next search starts after the first word of the name."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = max(match.start() + 1, _first_word_end(text, match.start("name"), match.end("name")))


def _first_word_end(text: str, start: int, end: int) -> int:
    first = re.match(_WORD, text[start:end])
    return start + (first.end() if first else 1)


def _last_name_start(text: str, start: int, end: int) -> int:
    """Where the run of name-shaped words that ends at `end` begins (the cue follows the name)."""
    words = list(re.finditer(_WORD, text[start:end]))
    first = len(words)
    while first > 0 and _name_shaped(words[first - 1].group(0)):
        first -= 1
    return start + words[first].start() if first < len(words) else end


def _possessive_len(value: str) -> int:
    return 2 if value.endswith(("'s", "’s")) else 0


def _is_ordinary_word(word: str) -> bool:
    return is_common_word(word) and not is_word_like(word)


def _trim_name(text: str, start: int, end: int) -> Span | None:
    """The leading run of name-shaped words: capitalised (or ALL CAPS), not a stop word, joined by
    spaces only ("LIVED EXPERIENCE: Andrei" is a heading and a name; "J. Smith" is one name)."""
    words = list(re.finditer(_WORD, text[start:end]))
    kept_end = None
    for index, word in enumerate(words):
        token = word.group(0).removesuffix("'s").removesuffix("’s")
        if kept_end is not None and not _joins_name(text[kept_end : start + word.start()], text[start:kept_end]):
            break
        surname = kept_end is not None and token[:1].isupper() and fold(token) in SURNAME_STOP_WORDS
        given = kept_end is None and _place_as_given_name(text[start:end], words, index)
        if not (_name_shaped(token) or surname or given) or (
            word.start() > 0 and text[start + word.start() - 1] == "\n"
        ):
            break
        kept_end = start + word.start() + len(token)
    if kept_end is None:
        return None
    return Span(start, kept_end, PERSON, "context")


def _place_as_given_name(text: str, words: list[re.Match[str]], index: int) -> bool:
    """A town or county that starts a full name after a cue ("Chair Devon Thompson", "chaired by
    Chester Williams"): given names that are also places are common, and a place is never followed
    by a surname. The next word must be name-shaped and no institution word ("London Road" is not)."""
    word = words[index].group(0)
    if index + 1 >= len(words) or not word[:1].isupper() or fold(word) not in UK_PLACES:
        return False
    following = words[index + 1]
    return (
        text[words[index].end() : following.start()] == " "
        and _name_shaped(following.group(0))
        and not is_org_word(fold(following.group(0)))
        and fold(following.group(0)) not in SHARED_PLACE_HEADS
    )


def _joins_name(gap: str, before: str) -> bool:
    return gap.strip(" \t") == "" or (gap.strip(" \t") == "." and len(before.split()[-1]) == 1)


_ORG_BEFORE = re.compile(r"([A-Z][\w'’\-]*)[ \t]+$")


_NAMED_LAW = re.compile(r"['’]s[ \t]+Law\b")
"""A scheme named after the person it commemorates: "Clare's Law", "Sarah's Law" (rules version 17).
A record person who shares the name is still taken by the record gazetteer, which this never sees."""


def _glued(text: str, span: Span) -> bool:
    """A guess joined to another word by "&" with no space is an abbreviation, not a name: the NER's
    "into A&E" narrows to "E", then every "A&E" of the case loses its letter (rules version 17).
    "Hollis & Penrose", spaced, is not this."""
    return (
        text[span.start - 1 : span.start] == "&"
        or text[span.end : span.end + 1] == "&"
        or ("&" in span.text_in(text) and " & " not in span.text_in(text))
    )


_COMPASS = frozenset(["north", "south", "east", "west", "central"])
_REGION_AFTER = re.compile(r"(?:North|South|East|West|Central)[ \t]+[A-Z][a-z]")
"""A compass point before a capitalised word names a region ("North Manchester", "West Kent")."""


def is_not_a_person(text: str, span: Span) -> bool:
    """True for a guessed PERSON span that the surrounding words show is a pet, place or organisation."""
    value = fold(span.text_in(text)).removesuffix("'s").strip()
    if value in STOP_WORDS or value in UK_PLACES:
        return True
    if value.endswith(("'d", "’d")) and value[:-2] in AGENCY_TERMS:
        return True  # a term made a verb: "the allegation was NFA'd", "LADO'd" (rules version 22)
    if _glued(text, span) or _NAMED_LAW.search(span.text_in(text)) or _NAMED_LAW.match(text, span.end):
        return True
    words = value.split()
    if words and all(w in STOP_WORDS or w in UK_PLACES for w in words):
        return True
    before, after = text[max(0, span.start - 40) : span.start], text[span.end : span.end + 40]
    if len(words) == 1 and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after)):
        return True
    if (
        len(words) == 1
        and value in CALENDAR_WORDS
        and (CALENDAR_DATE_AFTER.match(after) or CALENDAR_DATE_BEFORE.search(before))
    ):
        return True
    if (PET_BEFORE.search(before) or PET_AFTER.match(after)) and not _TITLE_BEFORE.search(before):
        return True
    if value in FAITH_WORDS_SHARED_WITH_NAMES and (FAITH_BEFORE.search(before) or FAITH_AFTER.match(after)):
        return True
    if words and words[0] in ETHNICITY_COLOURS and ETHNICITY_AFTER.match(text[span.start + len(words[0]) :]):
        return True
    if len(words) > 1 and words[0] in SAINT_WORDS:
        return True
    if words and words[0] in _COMPASS and _REGION_AFTER.match(text, span.start) and not _TITLE_BEFORE.search(before):
        return True  # "North Manchester antenatal team": a region, not a given name (rules version 24)
    if len(words) == 1 and (value in KINSHIP_WORDS or (is_word_like(value) and THING_AFTER.match(after))):
        return True
    if len(words) == 1 and _named_as_place(before, after):
        return True
    if FESTIVAL_AFTER.match(after) or _placed_by_sentence(words, before, after):
        return True
    if len(words) > 1 and (is_org_word(words[-1]) or any(w in ORG_WORDS for w in words[:-1])):
        return True  # a plural is an institution's head ("Hightown Juniors"), not "Piers Kemble" (v23)
    preceding = _ORG_BEFORE.search(before)
    if len(words) == 1 and preceding and is_org_word(fold(preceding.group(1))):
        return True
    following = _ORG_AFTER.match(after)
    if following and following.group(1)[:1].isupper() and is_org_word(fold(following.group(1))):
        return True
    return bool(len(words) == 1 and _PLACE_BEFORE.search(before) and value in UK_PLACES)


def is_org_word(word: str) -> bool:
    """An institution word, or its plural: "Interim Care Orders", "Hightown Juniors"."""
    return word in ORG_WORDS or (word.endswith("s") and word[:-1] in ORG_WORDS)


def _placed_by_sentence(words: list[str], before: str, after: str) -> bool:
    """A landmark the sentence takes someone to: "to the Broadmarsh", "to the Jobcentre Plus" (a name
    after "the", not one word in the plural as "the Gledhills", nor "the Khan family"), or "at Wollaton Hall" (a name ending in a place word that
    is also a surname, after "at", "went to", "had taken Emiliano to")."""
    if after.startswith(("'s", "’s", "'", "’")) or NOT_A_PLACE_BEFORE.search(before):
        return False
    if THE_PLACE_BEFORE.search(before) and not FAMILY_AFTER.match(after):
        return len(words) > 1 or not words[0].endswith("s")
    if len(words) == 1:
        return False
    return words[-1] in SHARED_PLACE_HEADS and bool(PLACE_CONTEXT_BEFORE.search(before))


def _named_as_place(before: str, after: str) -> bool:
    """A one-word guess the sentence places on a map: "in Normanton", "at Pinderfields at 7pm",
    "at our Castleford base", "24 Cobble Lane, Featherstone", "Knottingley WF11". A possessive ("in Gary's room") is
    a person's."""
    if after.startswith(("'s", "’s")):
        return False
    if TOWN_BEFORE.search(before) or ADDRESS_BEFORE.search(before) or POSTCODE_AFTER.match(after):
        return True
    if AT_BEFORE.search(before) and TIME_AFTER.match(after):
        return True
    return bool(AT_PLACE_BEFORE.search(before) and PLACE_FOLLOWERS.match(after))
