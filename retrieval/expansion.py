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
    ("looked after child", "CLA", "LAC", "CiC", "child in care", "looked after"),
    ("child in need", "CIN", "section 17", "s17", "s.17"),
    ("child protection", "CP"),
    ("section 47 enquiry", "s47", "s.47", "s 47", "section 47", "child protection enquiry"),
    ("section 20 accommodation", "s20", "s.20", "section 20"),
    ("initial child protection conference", "ICPC", "initial conference"),
    ("review child protection conference", "RCPC", "review conference"),
    ("core group meeting", "CGM", "core group"),
    ("strategy discussion", "strategy meeting", "strat"),
    ("maternal grandmother", "MGM"),
    ("maternal grandfather", "MGF"),
    ("paternal grandmother", "PGM"),
    ("paternal grandfather", "PGF"),
    ("designated safeguarding lead", "DSL"),
    ("health visitor", "HV"),
    ("personal education plan", "PEP"),
    ("education health and care plan", "EHCP"),
    ("special educational needs", "SEN", "SEND", "SENCO"),
    ("return home interview", "RHI"),
    ("missing from home", "MFH", "missing episode", "missing from care", "MFC"),
    ("domestic violence", "DV", "domestic abuse", "DA"),
    ("independent reviewing officer", "IRO"),
    ("multi agency safeguarding hub", "MASH"),
    ("child and adolescent mental health services", "CAMHS"),
    ("youth offending team", "YOT", "youth justice"),
    ("no further action", "NFA"),
    ("case closure", "case closed", "closure", "closed", "step down", "stepped down"),
    ("no wrong door", "NWD"),
    ("personal adviser", "PA"),
    ("general practitioner", "GP", "doctor"),
    ("accident and emergency", "A&E", "A and E", "emergency department"),
    ("child sexual exploitation", "CSE"),
    ("child criminal exploitation", "CCE", "county lines"),
    ("special guardianship order", "SGO"),
    ("emergency protection order", "EPO"),
    ("interim care order", "ICO"),
    ("public law outline", "PLO"),
    ("family group conference", "FGC"),
    ("unaccompanied asylum seeking child", "UASC"),
    ("young person", "YP"),
    ("social worker", "SW"),
    ("team manager", "TM"),
    ("mother", "mum", "mom"),
    ("father", "dad"),
    ("grandmother", "nan", "nanna", "gran"),
    ("foster carer", "foster carers", "carer", "FC"),
    ("child protection plan", "CPP", "CP plan"),
    ("speech and language therapy", "SALT", "SLT", "speech therapy"),
    ("education welfare officer", "EWO", "attendance officer"),
    ("local authority designated officer", "LADO"),
    ("early help assessment", "EHA", "early help"),
    ("team around the family", "TAF"),
    ("initial health assessment", "IHA"),
    ("review health assessment", "RHA"),
    ("multi agency risk assessment conference", "MARAC"),
    ("independent domestic violence adviser", "IDVA"),
    ("emergency duty team", "EDT", "out of hours"),
    ("parental responsibility", "PR"),
    ("autism", "ASD", "ASC", "autistic"),
    ("attention deficit hyperactivity disorder", "ADHD"),
    ("social emotional and mental health", "SEMH"),
    ("children's social care", "CSC", "children's services", "social services"),
    ("child missing education", "CME"),
    ("not in education employment or training", "NEET"),
    ("date of birth", "DOB"),
    ("police notification", "PPN", "police report"),
    ("midwife", "MW"),
    ("interpreter", "translator"),
)
"""Variants in all capitals that are also ordinary words match only when written in capitals."""

_CASE_SENSITIVE = frozenset({"PA", "PEP", "SW", "SEN", "DA", "TM", "CP", "YP", "FC", "PR", "MW", "SALT", "ASC", "EDT", "TAF"})

_BEFORE = r"(?<![\w&])"
_AFTER = r"(?:e?s)?(?![\w&])"
"""A variant is a whole word or phrase, in the singular or the plural ("ICPCs", "missing episodes")."""


@dataclass(frozen=True)
class ExpandedQuery:
    """One question in the forms each half of the hybrid search understands best."""

    original: str
    semantic: str
    keyword: str
    concepts: tuple[str, ...]


def _variant_body(variant: str) -> str:
    body = r"\s+".join(re.escape(part) for part in variant.split())
    return body if variant in _CASE_SENSITIVE else f"(?i:{body})"


def _variant_pattern(variant: str) -> re.Pattern[str]:
    return re.compile(f"{_BEFORE}{_variant_body(variant)}{_AFTER}")


_PATTERNS: tuple[tuple[tuple[str, ...], tuple[re.Pattern[str], ...]], ...] = tuple(
    (group, tuple(_variant_pattern(variant) for variant in group)) for group in SYNONYMS
)


def _heads_by_variant() -> dict[str, frozenset[str]]:
    heads: dict[str, set[str]] = {}
    for group in SYNONYMS:
        for variant in group:
            key = variant if variant in _CASE_SENSITIVE else variant.lower()
            heads.setdefault(key, set()).add(group[0])
    return {key: frozenset(found) for key, found in heads.items()}


_HEADS_OF = _heads_by_variant()
_ANY_VARIANT = re.compile(
    _BEFORE
    + "(?=("
    + "|".join(_variant_body(variant) for variant in sorted({v for g in SYNONYMS for v in g}, key=len, reverse=True))
    + f"){_AFTER})"
)
"""Every variant in one pattern, tried (as a lookahead) at every word start, so a phrase inside a
longer one ("child protection" in "initial child protection conference") is found too."""


def _heads_at(matched: str) -> frozenset[str]:
    """The concept heads of the variant text `matched` (as written in the note) and of its shorter
    variants starting at the same word ("CP" inside "CP plan")."""
    words = matched.split()
    heads: set[str] = set()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        heads |= _HEADS_OF.get(phrase, frozenset()) | _HEADS_OF.get(phrase.lower(), frozenset())
    return frozenset(heads)


@lru_cache(maxsize=8192)
def concepts_in(text: str) -> frozenset[str]:
    """The heads (first, plain-English form) of every `SYNONYMS` group that `text` names.

    One table serves the retriever, the answerer and the chronology rules: "ICPC held", "the
    initial conference" and "initial child protection conference" all give
    {"initial child protection conference"}, so a rule or a sentence match written against the
    head meets every way a worker types it. Matching is the same as `expand`'s (whole words, the
    plural too, capitals-only variants only in capitals); the pattern is compiled once and the
    result is cached, so calling it per sentence is cheap.
    """
    heads: set[str] = set()
    for match in _ANY_VARIANT.finditer(text):
        found = match.group(1)
        heads |= _heads_at(found) | _heads_at(_singular(found))
    return frozenset(heads)


def _singular(word: str) -> str:
    for suffix in ("es", "s"):
        if word.endswith(suffix) and (_HEADS_OF.get(word[: -len(suffix)]) or _HEADS_OF.get(word[: -len(suffix)].lower())):
            return word[: -len(suffix)]
    return word


def expand(question: str) -> ExpandedQuery:
    """The question with the long form after each abbreviation, and every variant for keywords."""
    insertions: list[tuple[int, str]] = []
    extra: list[str] = []
    concepts: list[str] = []
    for group, patterns in _PATTERNS:
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
