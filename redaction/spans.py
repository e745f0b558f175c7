"""The unit every layer of redaction speaks: a typed span of the original note text.

Recognizers, the gazetteer, the NER and the evaluation all exchange `Span`s so that overlap
resolution and token assignment happen in one place, whatever found the span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

PERSON = "PERSON"
NHS_NUMBER = "NHS_NUMBER"
NI_NUMBER = "NI_NUMBER"
PHONE = "PHONE"
EMAIL = "EMAIL"
POSTCODE = "POSTCODE"
ADDRESS = "ADDRESS"
DOB = "DOB"

IDENTIFIER_TYPES: tuple[str, ...] = (NHS_NUMBER, NI_NUMBER, PHONE, EMAIL, POSTCODE, ADDRESS, DOB)
ENTITY_TYPES: tuple[str, ...] = (PERSON, *IDENTIFIER_TYPES)

# Which layer found a span decides who wins an overlap: an identifier pattern is certain about
# its characters, the case record is certain about who a name belongs to, the NER only guesses.
SOURCE_RANK: dict[str, int] = {"pattern": 4, "record": 3, "context": 2, "discovered": 2, "ner": 1}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    source: str = "pattern"
    person_key: str | None = None
    """For PERSON spans found through the case record: the known person's id."""

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans in text order.

    Overlapping PERSON spans merge into their union (a NER span "Amelia Khan-Smith" and a record
    match "Amelia" are one mention), keeping the record's identity; otherwise the higher-ranked
    source wins, then the longer span.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Span] = []
    for span in ordered:
        clashes = [k for k in kept if k.overlaps(span)]
        if not clashes:
            kept.append(span)
            continue
        if span.type == PERSON and all(k.type == PERSON for k in clashes):
            for k in clashes:
                kept.remove(k)
            kept.append(_merge_people([*clashes, span]))
            continue
        if all(_beats(span, k) for k in clashes):
            for k in clashes:
                kept.remove(k)
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _beats(challenger: Span, holder: Span) -> bool:
    rank_c, rank_h = SOURCE_RANK.get(challenger.source, 0), SOURCE_RANK.get(holder.source, 0)
    if challenger.type != PERSON and holder.type == PERSON:
        return True
    if challenger.type == PERSON and holder.type != PERSON:
        return False
    if challenger.type == holder.type and holder.start <= challenger.start and challenger.end <= holder.end:
        return False  # already covered: a recorded whole address line keeps the pattern's part inside it
    if rank_c != rank_h:
        return rank_c > rank_h
    return (challenger.end - challenger.start) > (holder.end - holder.start)


def _merge_people(spans: list[Span]) -> Span:
    best = max(spans, key=lambda s: (SOURCE_RANK.get(s.source, 0), s.end - s.start))
    return Span(
        start=min(s.start for s in spans),
        end=max(s.end for s in spans),
        type=PERSON,
        source=best.source,
        person_key=best.person_key,
    )
