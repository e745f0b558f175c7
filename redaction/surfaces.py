"""Surfaces: how each pseudonym token of a note was written, so display shows the note's own words.

At ingest every way a person is written ("Dougal", "Mr Wragg", "DW", "the Wraggs'") becomes one
per-case token, and the vault maps that token to one value, the full name. Re-identifying with the
vault alone therefore rewrites what a note said: a child's words "Dougal shouted" come back as
"Dougal Wragg shouted", a misquote a worker may paste into a court statement. So ingest also records,
per note, the text each token occurrence replaced (`record`), and display restores text that comes
from a note with that note's surfaces (`restore`), falling back to the vault's value wherever the
note's words cannot be located (an answerer's framing, a paraphrase, a stale entry).

Surfaces hold real names: they live only in the encrypted vault database (redaction.vault), never in
the index, the keyword store, prompts, logs or the audit, and they are read only for display to a
user entitled to the case.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Protocol, runtime_checkable

from redaction.spans import PERSON
from redaction.tokens import TOKEN_RE, token_type

MIN_CONTEXT_CHARS = 16
"""Characters of the note's own words a token must sit among, in the displayed text, before it is
taken to be quoted from that note. A token alone, or with a word or two such as "[PERSON 1] said",
is as likely to be an answerer's own framing or paraphrase, which keeps the vault's full name."""
_MAX_SURFACE_CHARS = 80


@dataclass(frozen=True)
class Surface:
    """One token occurrence of a pseudonymised text: its offsets there and the words it replaced."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TextSurfaces:
    """A pseudonymised text (exactly as indexed) with the surfaces of the token occurrences that
    could be aligned unambiguously to the original; an occurrence not listed shows the vault's value."""

    text: str
    surfaces: tuple[Surface, ...]

    def restored(self, start: int, end: int, vault: Mapping[str, str]) -> str:
        """self.text[start:end] with every token shown as written where known, else the vault's value."""
        at = {surface.start: surface for surface in self.surfaces}
        out, cursor = [], start
        for match in TOKEN_RE.finditer(self.text, start, end):
            out.append(self.text[cursor : match.start()])
            known = at.get(match.start())
            out.append(known.text if known and known.end == match.end() else vault.get(match.group(0), match.group(0)))
            cursor = match.end()
        out.append(self.text[cursor:end])
        return "".join(out)


@dataclass(frozen=True)
class NoteSurfaces:
    """A note's title and text as indexed, with their surfaces: one encrypted vault row per note."""

    note_id: str
    title: TextSurfaces
    body: TextSurfaces

    def to_json(self) -> str:
        return json.dumps(
            {
                "note_id": self.note_id,
                "title": [self.title.text, [[s.start, s.end, s.text] for s in self.title.surfaces]],
                "body": [self.body.text, [[s.start, s.end, s.text] for s in self.body.surfaces]],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str) -> NoteSurfaces:
        data = json.loads(raw)

        def part(value: list[Any]) -> TextSurfaces:
            text, rows = value
            return TextSurfaces(str(text), tuple(Surface(int(a), int(b), str(c)) for a, b, c in rows))

        return cls(str(data["note_id"]), part(data["title"]), part(data["body"]))


@runtime_checkable
class SurfaceReader(Protocol):
    """A loaded case vault that can also read its notes' surfaces (redaction.vault.CaseVault)."""

    def note_surfaces(self, note_ids: Sequence[str]) -> dict[str, NoteSurfaces]: ...


def surfaces_of(vault: Mapping[str, str], note_ids: Sequence[str]) -> dict[str, NoteSurfaces]:
    """The surfaces of these notes, by note id, from a loaded case vault that keeps them; none from
    a plain mapping (a vault loaded without them) or for no notes (no read at all)."""
    if not note_ids or not isinstance(vault, SurfaceReader):
        return {}
    return vault.note_surfaces(note_ids)


def align(original: str, pseudonymised: str) -> tuple[Surface, ...]:
    """The surfaces of `pseudonymised`'s tokens in `original`, where the alignment is certain.

    The literal stretches between tokens occur in order in the original. Placing them as early as
    possible and as late as possible gives the two extreme alignments; a token whose replaced text
    is the same in both is certain, any other (two tokens touching, a repeated short stretch) is
    left out. An original the literals cannot be placed in (the redactor changed more than tokens)
    gives no surfaces at all.
    """
    tokens = list(TOKEN_RE.finditer(pseudonymised))
    if not tokens:
        return ()
    literals = [pseudonymised[: tokens[0].start()]]
    literals += [pseudonymised[a.end() : b.start()] for a, b in pairwise(tokens)]
    literals.append(pseudonymised[tokens[-1].end() :])
    early, late = _earliest(original, literals), _latest(original, literals)
    if early is None or late is None:
        return ()
    found = []
    for index, token in enumerate(tokens):
        first = (early[index] + len(literals[index]), early[index + 1])
        last = (late[index] + len(literals[index]), late[index + 1])
        surface = original[first[0] : first[1]]
        if first == last and _plausible(surface):
            found.append(Surface(token.start(), token.end(), surface))
    return tuple(found)


def record(note_id: str, original_title: str, title: str, original_text: str, text: str) -> NoteSurfaces:
    """What ingest keeps for one note: its indexed title and text with their aligned surfaces."""
    return NoteSurfaces(
        note_id,
        TextSurfaces(title, align(original_title, title)),
        TextSurfaces(text, align(original_text, text)),
    )


def restore(text: str, notes: Sequence[NoteSurfaces], vault: Mapping[str, str]) -> str:
    """Display text with every token that stands among a note's own words shown as that note wrote
    it, and every other token (framing, paraphrase, text no note holds) as the vault's value.

    Each token is grown, in `text`, to the longest stretch around it that one of `notes` holds
    verbatim; with at least MIN_CONTEXT_CHARS of other words in that stretch it is taken to be
    quoted, and its surface is read at the place the stretch occurs first in the note.
    """
    parts = [part for note in notes for part in (note.body, note.title) if part.text]
    out, cursor = [], 0
    for match in TOKEN_RE.finditer(text):
        out.append(text[cursor : match.start()])
        out.append(_quoted(text, match.start(), match.end(), parts, vault) or vault.get(match.group(0), match.group(0)))
        cursor = match.end()
    out.append(text[cursor:])
    return "".join(out)


def restore_whole(text: str, note: NoteSurfaces | None, vault: Mapping[str, str]) -> str:
    """A note's whole title or text (the note viewer): exact when it is what ingest recorded."""
    if note is not None:
        for part in (note.body, note.title):
            if part.text == text:
                return part.restored(0, len(text), vault)
    return restore(text, [note] if note else [], vault)


def _quoted(text: str, start: int, end: int, parts: Sequence[TextSurfaces], vault: Mapping[str, str]) -> str | None:
    best: tuple[int, TextSurfaces, int, int] | None = None
    seeds = (text[max(0, start - 6) : end], text[start : end + 6])
    for part in parts:
        if not any(seed in part.text for seed in seeds):
            continue
        left = start - _grow(lambda n: text[start - n : end], start, part.text)

        def rightwards(n: int, left: int = left) -> str:
            return text[left : end + n]

        stretch = text[left : end + _grow(rightwards, len(text) - end, part.text)]
        context = len(TOKEN_RE.sub("", stretch))
        if context >= MIN_CONTEXT_CHARS and (best is None or context > best[0]):
            at = part.text.find(stretch) + start - left
            best = (context, part, at, at + end - start)
    if best is None:
        return None
    _, part, a, b = best
    return part.restored(a, b, vault)


def _grow(piece: Callable[[int], str], limit: int, haystack: str) -> int:
    """The largest n <= limit with piece(n) in haystack (containment only fails as n grows: bisect)."""
    low, high = 0, limit
    if piece(0) not in haystack:
        return 0
    while low < high:
        mid = (low + high + 1) // 2
        if piece(mid) in haystack:
            low = mid
        else:
            high = mid - 1
    return low


def _earliest(original: str, literals: Sequence[str]) -> list[int] | None:
    """Start of each literal in `original`, each as early as it can be after the previous one."""
    if not original.startswith(literals[0]):
        return None
    starts, cursor = [0], len(literals[0])
    for literal in literals[1:-1]:
        found = original.find(literal, cursor)
        if found < 0:
            return None
        starts.append(found)
        cursor = found + len(literal)
    tail = len(original) - len(literals[-1])
    if tail < cursor or not original.endswith(literals[-1]):
        return None
    return [*starts, tail]


def _latest(original: str, literals: Sequence[str]) -> list[int] | None:
    """Start of each literal in `original`, each as late as it can be before the next one."""
    tail = len(original) - len(literals[-1])
    if tail < 0 or not original.endswith(literals[-1]):
        return None
    starts, limit = [tail], tail
    for literal in reversed(literals[1:-1]):
        found = original.rfind(literal, 0, limit)
        if found < 0:
            return None
        starts.append(found)
        limit = found
    if limit < len(literals[0]) or not original.startswith(literals[0]):
        return None
    return [0, *reversed(starts)]


def _plausible(surface: str) -> bool:
    """A person or value is written on one line, non-empty and short."""
    return bool(surface.strip()) and "\n" not in surface and len(surface) <= _MAX_SURFACE_CHARS


_ALIAS_WORD = re.compile(r"[A-Z][a-zà-ÿ]{1,14}")

AliasPairs = tuple[tuple[str, str], ...]
"""(written form, token) pairs one note gives: what ingest seals into the note's alias row."""


def note_aliases(note: NoteSurfaces, vault: Mapping[str, str]) -> AliasPairs:
    """The one-word forms this note wrote a person as, other than the words of the vault's value:
    "Cia" of a child the vault holds as "Ciannait Doyle", taken at ingest by a rule that reads the
    whole case (a named prefix, a nickname in quotes). Only a capitalised word that shares its first
    two letters with the value's first word ("Cia", "Rel" of Aurel, "Mikey" of Michal), for a
    person token. Computed once per note at ingest and stored with the note's sensitivity
    (redaction.vault), so a question reads only the aliases of notes its asker may see."""
    pairs: set[tuple[str, str]] = set()
    for part in (note.title, note.body):
        for surface in part.surfaces:
            token, word = part.text[surface.start : surface.end], surface.text
            if _ALIAS_WORD.fullmatch(word) and _person_token(token) and _alias_of(word, vault.get(token, "")):
                pairs.add((word, token))
    return tuple(sorted(pairs))


def question_aliases(notes: Iterable[AliasPairs]) -> dict[str, str]:
    """{written form: token} a question is pseudonymised with, from the alias rows of the notes the
    asker may see (never more: a word only a restricted note uses must not change what an unentitled
    asker's question finds). A word those notes give two people is nobody's. A worker typing "cia"
    must meet the notes, which hold the token, and the raw form must not reach the prompt and the
    logs (rules version 20)."""
    owners: dict[str, set[str]] = {}
    for pairs in notes:
        for word, token in pairs:
            owners.setdefault(word, set()).add(token)
    return {word: next(iter(tokens)) for word, tokens in owners.items() if len(tokens) == 1}


def _alias_of(word: str, value: str) -> bool:
    words = value.casefold().split()
    folded = word.casefold()
    return bool(words) and folded not in words and folded[:2] in words[0] and not value.startswith("[")


def _person_token(token: str) -> bool:
    try:
        return TOKEN_RE.fullmatch(token) is not None and token_type(token) == PERSON
    except ValueError:
        return False
