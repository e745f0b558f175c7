"""Citations: parsing `[n]` markers in a model's answer, validating them, and numbering them for display.

No backend is trusted to cite correctly. A marker is valid only if it names a source retrieved for
this question; anything else (a number the model made up, a number copied from a note that tries
to steer it) is dropped and counted, so a citation can never point outside the retrieved, scoped
set. Valid markers are renumbered 1, 2, 3... per note in order of first use, so two chunks of the
same note share one number, and each citation carries the sentence of the note that best supports
the claim it follows (the quote shown beside the answer).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.models.base import Source
from assistant.models.questions import keywords, sentences

_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_LEADING_MARKERS = re.compile(r"(?:\s*\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\])+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")
_MAX_QUOTE_CHARS = 300


@dataclass(frozen=True)
class Citation:
    number: int
    note_id: str
    case_id: str
    date: dt.date
    note_type: str
    title: str
    quote: str
    sensitivity: str = "standard"

    def as_dict(self) -> dict[str, str | int]:
        return {
            "number": self.number,
            "note_id": self.note_id,
            "case_id": self.case_id,
            "date": self.date.isoformat(),
            "note_type": self.note_type,
            "title": self.title,
            "quote": self.quote,
            "sensitivity": self.sensitivity,
        }


@dataclass(frozen=True)
class CitedText:
    text: str
    citations: tuple[Citation, ...]
    invalid: int


class CitationResolver:
    """Fed an answer sentence by sentence (so it can sit behind a stream), renumbers and validates markers."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self._by_n = {source.n: source for source in sources}
        self._numbers: dict[str, int] = {}
        self._claims: dict[str, list[str]] = {}
        self._sources_of: dict[str, list[Source]] = {}
        self.invalid = 0

    def feed(self, sentence: str) -> str:
        """The sentence with invalid markers removed and valid ones renumbered."""
        claim = _MARKER.sub("", sentence).strip()
        rendered = _MARKER.sub(lambda match: self._renumber(match.group(1), claim), sentence)
        rendered = re.sub(r"(\[\d+\])(?:\1)+", r"\1", rendered)
        rendered = re.sub(r" {2,}", " ", rendered).strip()
        return _SPACE_BEFORE_PUNCT.sub(r"\1", rendered) if rendered != sentence else sentence

    def cases_cited(self, rendered: str) -> set[str]:
        """The case ids behind the (renumbered) markers of a sentence this resolver produced."""
        wanted = {int(number) for number in re.findall(r"\[(\d+)\]", rendered)}
        return {
            self._sources_of[note_id][0].chunk.case_id for note_id, number in self._numbers.items() if number in wanted
        }

    def notes_cited(self, rendered: str) -> set[str]:
        """The note ids behind the (renumbered) markers of a sentence this resolver produced."""
        wanted = {int(number) for number in re.findall(r"\[(\d+)\]", rendered)}
        return {note_id for note_id, number in self._numbers.items() if number in wanted}

    def citations(self) -> tuple[Citation, ...]:
        ordered = sorted(self._numbers.items(), key=lambda item: item[1])
        return tuple(self._citation(note_id, number) for note_id, number in ordered)

    def _renumber(self, group: str, claim: str) -> str:
        markers = []
        for raw in re.split(r"\s*[,;]\s*", group):
            source = self._by_n.get(int(raw))
            if source is None:
                self.invalid += 1
                continue
            note_id = source.chunk.note_id
            number = self._numbers.setdefault(note_id, len(self._numbers) + 1)
            self._claims.setdefault(note_id, []).append(claim)
            known = self._sources_of.setdefault(note_id, [])
            if source not in known:
                known.append(source)
            marker = f"[{number}]"
            if marker not in markers:
                markers.append(marker)
        return "".join(markers)

    def _citation(self, note_id: str, number: int) -> Citation:
        chunk = self._sources_of[note_id][0].chunk
        frame = f"{chunk.note_type.replace('_', ' ')} {chunk.title} {chunk.date.isoformat()} {chunk.date:%d %B %Y}"
        texts = [source.chunk.text for source in self._sources_of[note_id]]
        quote = best_quote(self._claims[note_id], texts, frame=frame)
        return Citation(number, note_id, chunk.case_id, chunk.date, chunk.note_type, chunk.title, quote, chunk.sensitivity)


def resolve(text: str, sources: Sequence[Source]) -> CitedText:
    """Validate and renumber every marker of a complete answer."""
    resolver = CitationResolver(sources)
    rendered = " ".join(resolver.feed(sentence) for sentence in split_claims(text))
    return CitedText(rendered, resolver.citations(), resolver.invalid)


def split_claims(text: str) -> list[str]:
    """Sentences of an answer, each keeping the markers that follow its full stop ('... visit. [2]')."""
    pieces: list[str] = []
    for sentence in sentences(text):
        lead = _LEADING_MARKERS.match(sentence)
        if pieces and lead:
            pieces[-1] = f"{pieces[-1]} {lead.group(0).strip()}"
            sentence = sentence[lead.end() :].strip()
        if sentence:
            pieces.append(sentence)
    return pieces


def best_quote(claims: Iterable[str], texts: Sequence[str], frame: str = "") -> str:
    """The sentence of the cited note sharing most words with the claims that cite it.

    Words of the note's `frame` (its date, type and title, which an answer often repeats as
    "On 22 August 2024 (statutory visit): ...") are not evidence of which sentence was meant, so
    they do not count unless nothing else is left: otherwise a note's heading would win ties
    against the sentence the claim actually quotes.
    """
    wanted: set[str] = set()
    for claim in claims:
        wanted |= keywords(claim)
    wanted = (wanted - keywords(frame)) or wanted
    candidates = [sentence for text in texts for sentence in sentences(text)]
    if not candidates:
        return ""
    best = max(candidates, key=lambda sentence: len(wanted & keywords(sentence)))
    return best if len(best) <= _MAX_QUOTE_CHARS else best[:_MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
