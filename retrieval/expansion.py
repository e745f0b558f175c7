"""The sector's abbreviations and synonyms, so a question finds notes written the other way.

Notes are written fast: "RHI done, YP says went to MGM's", "s47 NFA", "LAC review". Questions come
back in any form: "when was the return home interview?", "what did the maternal grandmother say?".
A MiniLM embedding has never seen "RHI" and a keyword index cannot know that "CiC" and "LAC" are
the same thing, so each side gets the other forms:

- the embedded text keeps the question and adds the long form after each abbreviation, which is
  what the sentence model understands;
- the keyword side gets every variant, so a note that only says "RHI" still matches; a variant of
  several words is written in double quotes, which the keyword index searches as one phrase (its
  words one by one would match every note that says "independent" or "violence").

The table is data: one group per concept, the plain-English form first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SYNONYMS: tuple[tuple[str, ...], ...] = (
    # Statutory processes and meetings
    ("looked after child", "CLA", "LAC", "CiC", "child in care", "looked after", "CLA review", "LAC review",
     "looked after review"),
    ("child in need", "CIN", "section 17", "s17", "s.17", "child in need plan", "CIN plan"),
    ("child protection", "CP"),
    ("section 47 enquiry", "s47", "s.47", "s 47", "section 47", "child protection enquiry", "CP enquiry",
     "child protection investigation", "CP investigation"),
    ("section 20 accommodation", "s20", "s.20", "section 20"),
    ("section 7 report", "s7", "s.7", "section 7", "s7 report", "welfare report"),
    ("initial child protection conference", "ICPC", "initial conference", "initial CP conference",
     "initial child protection case conference"),
    ("review child protection conference", "RCPC", "review conference", "review CP conference"),
    ("core group meeting", "CGM", "core group"),
    ("strategy discussion", "strategy meeting", "strat", "strat meeting", "strat discussion"),
    ("child protection medical", "CP medical", "child protection medical examination", "CP exam"),
    ("assessment", "assmt", "assessmt"),
    ("child protection plan", "CPP", "CP plan", "protection plan"),
    ("early help assessment", "EHA", "early help", "EH", "early help team", "EHT"),
    ("team around the family", "TAF"),
    ("family group conference", "FGC"),
    ("family network meeting", "FNM"),
    ("no further action", "NFA"),
    ("case closure", "case closed", "closure", "closed", "step down", "stepped down"),
    ("multi agency safeguarding hub", "MASH"),
    ("multi agency risk assessment conference", "MARAC"),
    ("domestic abuse risk assessment", "DASH", "DASH risk assessment", "DASH RIC"),
    ("local authority designated officer", "LADO", "designated officer"),
    ("independent reviewing officer", "IRO"),
    ("emergency duty team", "EDT", "out of hours"),
    ("statutory visit", "stat visit", "CLA visit", "LAC visit"),
    # Courts and orders
    ("public law outline", "PLO", "pre-proceedings"),
    ("special guardianship order", "SGO", "special guardianship", "special guardian"),
    ("emergency protection order", "EPO"),
    ("interim care order", "ICO"),
    ("care order", "full care order", "section 31", "s31"),
    ("police protection", "police powers of protection", "section 46", "s46"),
    ("child arrangements order", "CAO", "residence order", "contact order"),
    ("non-molestation order", "non mol", "NMO"),
    ("first hearing dispute resolution appointment", "FHDRA"),
    ("children's guardian", "Cafcass guardian", "guardian ad litem"),
    ("parental responsibility", "PR"),
    # Police and youth justice
    ("police", "cops", "old bill", "feds"),
    ("police notification", "PPN", "police report"),
    ("police community support officer", "PCSO"),
    ("released under investigation", "RUI", "under investigation"),
    ("police bail", "bailed", "bail conditions"),
    ("crown prosecution service", "CPS"),
    ("achieving best evidence interview", "ABE", "ABE interview", "achieving best evidence", "video recorded interview",
     "VRI"),
    ("arrested", "nicked", "taken into custody"),
    ("youth offending team", "YOT", "youth justice", "YJS", "YOS", "youth justice service", "youth offending service",
     "youth offending"),
    ("probation", "probation officer", "offender manager"),
    ("prison", "jail", "HMP", "YOI", "young offender institution", "locked up", "banged up"),
    ("knife", "blade", "bladed article", "shank"),
    ("stabbing", "stabbed", "stab wound", "knifed"),
    # Exploitation and missing
    ("exploitation", "exploited", "CSE", "CCE"),
    ("child sexual exploitation", "CSE", "sexual exploitation"),
    ("child criminal exploitation", "CCE", "county lines", "criminal exploitation"),
    ("national referral mechanism", "NRM", "reasonable grounds decision", "conclusive grounds"),
    ("missing from home", "MFH", "missing episode", "missing from care", "MFC"),
    ("return home interview", "RHI", "return interview"),
    ("no wrong door", "NWD"),
    # Domestic abuse
    ("domestic violence", "DV", "domestic abuse", "DA", "domestic incident", "domestic abuse incident"),
    ("independent domestic violence adviser", "IDVA"),
    ("domestic violence disclosure scheme", "DVDS", "Clare's law"),
    ("child sex offender disclosure scheme", "CSODS", "Sarah's law"),
    # Health
    ("general practitioner", "GP", "doctor", "GP surgery"),
    ("paediatrician", "paediatric", "paediatrics", "paed", "paeds", "pediatrician", "pediatric", "paeds consultant"),
    ("appointment", "appt", "appointmt"),
    ("health visitor", "HV", "health visiting"),
    ("midwife", "MW", "midwifery"),
    ("midwife booking", "booking appointment", "booking appt", "booking-in appointment"),
    ("unborn baby", "unborn", "pre-birth", "prebirth"),
    ("accident and emergency", "A&E", "A and E", "emergency department"),
    ("hospital", "hosp"),
    ("initial health assessment", "IHA"),
    ("review health assessment", "RHA"),
    ("child and adolescent mental health services", "CAMHS", "child and adolescent mental health service"),
    ("non-accidental injury", "NAI"),
    ("head lice", "nits", "nit", "lice"),
    ("immunisations", "vaccinations", "jabs", "vaccines", "immunised", "vaccinated"),
    ("bedwetting", "wetting the bed", "wets the bed", "enuresis"),
    ("self-harm", "self-harming", "harming herself", "harming himself", "cut herself", "cut himself",
     "cutting herself", "cutting himself"),
    ("overdose", "OD", "overdosed"),
    ("cannabis", "weed", "skunk", "spliff", "marijuana"),
    ("alcohol", "booze", "drunk", "intoxicated", "under the influence"),
    ("speech and language therapy", "SALT", "SLT", "speech therapy", "speech and language therapist", "speech therapist"),
    ("occupational therapy", "OT", "occupational therapist"),
    ("autism", "ASD", "ASC", "autistic"),
    ("attention deficit hyperactivity disorder", "ADHD"),
    ("learning disability", "learning disabilities", "LD"),
    # Education
    ("designated safeguarding lead", "DSL"),
    ("personal education plan", "PEP"),
    ("education health and care plan", "EHCP", "EHC plan", "EHC"),
    ("special educational needs", "SEN", "SEND", "SENCO"),
    ("social emotional and mental health", "SEMH"),
    ("education welfare officer", "EWO", "attendance officer", "education welfare"),
    ("alternative provision", "AP", "PRU", "pupil referral unit"),
    ("suspension", "fixed term exclusion", "FTE", "suspended from school"),
    ("permanent exclusion", "permanently excluded", "PEX"),
    ("virtual school", "virtual school head", "VSH"),
    ("head teacher", "headteacher", "headmaster", "headmistress"),
    ("child missing education", "CME"),
    ("not in education employment or training", "NEET"),
    ("nursery", "pre-school", "preschool", "early years setting"),
    # Care, placements and leaving care
    ("residential home", "residential", "resi", "residential unit", "residential placement", "children's home",
     "childrens home"),
    ("foster carer", "foster carers", "carer", "FC", "foster mum", "foster dad", "foster parent"),
    ("kinship carer", "kinship care", "connected person", "connected carer", "family and friends carer"),
    ("family time", "contact session", "supervised contact", "contact visit"),
    ("personal adviser", "PA", "personal advisor"),
    ("pathway plan", "PWP"),
    ("care leaver", "leaving care", "care experienced"),
    ("unaccompanied asylum seeking child", "UASC", "unaccompanied minor"),
    ("short breaks", "respite", "short break", "respite care"),
    ("universal credit", "UC"),
    ("no recourse to public funds", "NRPF"),
    ("food bank", "foodbank"),
    # People
    ("young person", "YP"),
    ("social worker", "SW", "allocated worker", "social work"),
    ("team manager", "TM"),
    ("mother", "mum", "mom", "mam", "mummy"),
    ("father", "dad", "daddy"),
    ("stepfather", "step-dad", "stepdad", "step-father"),
    ("stepmother", "step-mum", "stepmum", "step-mother"),
    ("maternal grandmother", "MGM"),
    ("maternal grandfather", "MGF"),
    ("paternal grandmother", "PGM"),
    ("paternal grandfather", "PGF"),
    ("grandmother", "nan", "nanna", "nana", "gran", "granny", "grandma"),
    ("grandfather", "grandad", "granddad", "grandpa"),
    ("aunt", "auntie", "aunty"),
    ("boyfriend", "bf", "b/f", "ex-boyfriend"),
    ("girlfriend", "gf", "g/f", "ex-girlfriend"),
    ("youngest child", "youngest", "little one", "younger one"),
    ("interpreter", "translator"),
    # Everyday phrasings
    ("told to leave home", "chucked out", "chuck out", "chucked her out", "chucked him out", "chuck her out",
     "chuck him out", "chucked me out", "kicked out", "kicked her out", "kicked him out", "kick her out", "kick him out",
     "kicked me out", "thrown out", "threw her out", "threw him out", "threw me out",
     "told her to leave", "told him to leave", "told me to leave", "told her to get out", "told him to get out",
     "told me to get out", "asked her to leave", "asked him to leave", "made homeless", "homeless",
     "sofa surfing", "no fixed abode"),
    ("in contact", "back in touch", "in touch", "back in contact", "keeping in touch"),
    ("alone", "on their own", "on her own", "on his own", "by herself", "by himself", "by themselves",
     "without an adult present", "without a parent present", "without parents present"),
    ("unsupervised", "left alone", "left on his own", "left on her own", "found alone",
     "found on his own", "found on her own", "unattended", "without supervision"),
    ("telephone call", "t/c", "phone call", "tel call", "telephoned", "phoned", "rang"),
    ("text message", "texted", "WhatsApp", "SMS"),
    ("social media", "Snapchat", "Instagram", "Insta", "TikTok", "Facebook"),
    ("information", "info"),
    ("birth", "born", "gave birth"),
    ("death", "died", "passed away", "bereavement", "bereaved"),
    # Services and records
    ("children's social care", "CSC", "children's services", "social services"),
    ("date of birth", "DOB"),
)
"""Variants in all capitals that are also ordinary words match only when written in capitals."""

_CASE_SENSITIVE = frozenset({
    "PA", "PEP", "SW", "SEN", "DA", "TM", "CP", "YP", "FC", "PR", "MW", "SALT", "ASC", "EDT", "TAF",
    "EH", "AP", "OT", "OD", "LD", "UC", "ABE", "DASH", "PRU", "FTE", "PEX", "MH", "HMP", "CAO", "SMS", "VRI",
})

_JOINER = re.compile(r"[\s\-]+")
"""Words of a phrase are apart by spaces or a hyphen: "step-dad", "step dad", "pre-proceedings"."""

_BEFORE = r"(?<![\w&\-])"
_AFTER = r"(?![\w&])"
_PLURAL = r"(?:e?s)?"
"""A variant is a whole word or phrase. Abbreviations and phrases also match in the plural ("ICPCs",
"CP plans", "missing episodes"); a plain lower-case word does not, because in a typed question
"mums family time" or "dads house" is a possessive without its apostrophe, and expanding it with
every form of "mother" outweighed the question's own words (measured on independent2). The
keyword index's stemmer already meets a plain word's plural."""


@dataclass(frozen=True)
class ExpandedQuery:
    """One question in the forms each half of the hybrid search understands best."""

    original: str
    semantic: str
    keyword: str
    concepts: tuple[str, ...]


def _words(text: str) -> list[str]:
    return [word for word in _JOINER.split(text) if word]


def _variant_body(variant: str) -> str:
    body = _JOINER.pattern.join(re.escape(part) for part in _words(variant))
    return body if variant in _CASE_SENSITIVE else f"(?i:{body})"


def _variant_pattern(variant: str) -> re.Pattern[str]:
    plural = _PLURAL if len(_words(variant)) > 1 or any(char.isupper() for char in variant) else ""
    return re.compile(f"{_BEFORE}{_variant_body(variant)}{plural}{_AFTER}")


_PATTERNS: tuple[tuple[tuple[str, ...], tuple[re.Pattern[str], ...]], ...] = tuple(
    (group, tuple(_variant_pattern(variant) for variant in group)) for group in SYNONYMS
)


def _first_word(text: str) -> str:
    return _WORD.match(text).group(0).lower()  # type: ignore[union-attr]  # every variant starts with a word


def _by_first_word() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    index: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for group, patterns in _PATTERNS:
        for variant, pattern in zip(group, patterns, strict=True):
            index.setdefault(_first_word(variant), []).append((group[0], pattern))
    return {word: tuple(entries) for word, entries in index.items()}


_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w&\-])\w+")
_BY_FIRST_WORD = _by_first_word()
"""Each variant under its first word, so a text is read word by word with a few anchored matches
at each word rather than every pattern over the whole text (cheap enough to call per sentence)."""


def _candidates(word: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    lower = word.lower()
    found = _BY_FIRST_WORD.get(lower, ())
    for suffix in ("s", "es"):
        if lower.endswith(suffix):
            found += _BY_FIRST_WORD.get(lower[: -len(suffix)], ())
    return found


@lru_cache(maxsize=8192)
def concepts_in(text: str) -> frozenset[str]:
    """The heads (first, plain-English form) of every `SYNONYMS` group that `text` names.

    One table serves the retriever, the answerer and the chronology rules: "ICPC held", "the
    initial conference" and "initial child protection conference" all give
    "initial child protection conference", so a rule or a sentence match written against the
    head meets every way a worker types it. Matching is `expand`'s (whole words and phrases, the
    plural too, capitals-only variants only in capitals, a phrase's words apart by spaces or a
    hyphen). The table is compiled once and results are cached, so calling it per sentence is cheap.
    """
    heads: set[str] = set()
    for word in _WORD_START.finditer(text):
        for head, pattern in _candidates(word.group()):
            if head not in heads and pattern.match(text, word.start()):
                heads.add(head)
    return frozenset(heads)


def expand(question: str) -> ExpandedQuery:
    """The question with the long form after each abbreviation, and every variant for keywords."""
    insertions: list[tuple[int, str]] = []
    extra: list[str] = []
    concepts: list[str] = []
    named = concepts_in(question)
    for group, patterns in _PATTERNS:
        if group[0] not in named:
            continue
        matches = [pattern.search(question) for pattern in patterns]
        found = [match for match in matches if match]
        if not found:
            continue
        concepts.append(group[0])
        if matches[0] is None:
            first = min(found, key=lambda match: match.start())
            insertions.append((first.end(), f" ({group[0]})"))
        extra.extend(variant for variant, match in zip(group, matches, strict=True) if match is None)
    semantic = question
    for position, text in sorted(insertions, reverse=True):
        semantic = semantic[:position] + text + semantic[position:]
    keyword = " ".join([question, *(f'"{variant}"' if " " in variant else variant for variant in extra)]) if extra else question
    return ExpandedQuery(original=question, semantic=semantic, keyword=keyword, concepts=tuple(concepts))
