"""Note text assembled from templates while recording exactly where each annotated piece lands.

Gold offsets are produced by construction, never by searching the finished text for a name: a
search would mislabel "Will" the verb as Will the brother, which is precisely the trap the
corpus sets for redactors.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from records.synthetic.gold import KeepSpan, PiiSpan

AGENCY_TERMS: tuple[str, ...] = (
    "MASH", "CIN", "CP", "CLA", "LAC", "CiC", "s47", "S47", "s20", "ICPC", "RCPC", "IRO", "PEP", "EHCP",
    "DSL", "HV", "DV", "CAMHS", "YOT", "NFA", "MGM", "MGF", "PGM", "NWD", "PA", "SW", "GP", "A&E",
    "PC", "DC", "IHA", "RHI", "ICO", "PLO", "SENCO", "TM", "SGO", "CSE", "CCE", "EHA", "ED", "NEET",
)
"""Abbreviations that look like names or acronyms to a recogniser and must survive redaction."""

_AGENCY_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(t) for t in sorted(AGENCY_TERMS, key=len, reverse=True)) + r")(?![\w&])")


@dataclass(frozen=True)
class Fragment:
    """A piece of text with at most one annotation: personal data (`pii`) or a keep kind."""

    text: str
    pii: str | None = None
    keep: str | None = None
    person_id: str | None = None
    on_record: bool = False
    origin: str | None = None


Slot = str | Fragment | Sequence["str | Fragment"]


class NoteText:
    """Accumulates text and spans; `build()` adds agency-term keeps found in unannotated text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._pii: list[PiiSpan] = []
        self._keep: list[KeepSpan] = []

    def add(self, item: Slot) -> NoteText:
        if isinstance(item, str):
            self._append(item)
        elif isinstance(item, Fragment):
            self._add_fragment(item)
        else:
            for piece in item:
                self.add(piece)
        return self

    def template(self, template: str, slots: Mapping[str, Slot]) -> NoteText:
        """Render `template` ('SW {worker} visited {child}.') with the annotated slot values."""
        for literal, name, _spec, _conv in string.Formatter().parse(template):
            self._append(literal)
            if name is not None:
                self.add(slots[name])
        return self

    def build(self) -> tuple[str, list[PiiSpan], list[KeepSpan]]:
        text = "".join(self._parts)
        taken = [(s.start, s.end) for s in self._pii] + [(k.start, k.end) for k in self._keep]
        keeps = list(self._keep)
        for match in _AGENCY_RE.finditer(text):
            if not any(start < match.end() and match.start() < end for start, end in taken):
                keeps.append(KeepSpan(match.start(), match.end(), "agency_term", match.group()))
        keeps.sort(key=lambda k: (k.start, k.end))
        return text, sorted(self._pii, key=lambda s: (s.start, s.end)), keeps

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def _add_fragment(self, fragment: Fragment) -> None:
        start = self._length
        self._append(fragment.text)
        end = self._length
        if fragment.pii:
            self._pii.append(
                PiiSpan(start, end, fragment.pii, fragment.text, fragment.person_id, fragment.on_record, fragment.origin)
            )
        elif fragment.keep:
            self._keep.append(KeepSpan(start, end, fragment.keep, fragment.text))
