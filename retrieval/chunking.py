"""Note-aware chunking: one note never shares a chunk with another, and long notes split on sentences.

A chunk is an exact slice of the redacted note text (`text[start:end]`), so the whole note can be
laid back together from its chunks without storing it twice, and a citation can point at the
characters it came from. Consecutive chunks overlap by roughly `overlap_chars` of whole sentences
so an answer that straddles a boundary is still retrievable. The note's title, canonical type and
event date travel with every chunk (in `Chunk` fields and in the text that gets embedded).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.types import Chunk

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n\s*\n|\n(?=\s*[-*•])")
_SOFT_BREAK = re.compile(r"[;,:]\s+|\s+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class NoteChunk:
    chunk: Chunk
    char_start: int


def sentence_spans(text: str) -> list[Span]:
    """Sentences (and paragraphs/bullets) as spans that tile `text` exactly, whitespace included."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > start:
            spans.append(Span(start, match.end()))
            start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


def _split_long(span: Span, text: str, max_chars: int) -> list[Span]:
    """A sentence longer than a chunk is cut at the last soft break (comma, space) before the limit."""
    pieces: list[Span] = []
    start = span.start
    while span.end - start > max_chars:
        window = text[start : start + max_chars]
        breaks = [m.end() for m in _SOFT_BREAK.finditer(window) if m.end() > max_chars // 2]
        cut = start + (breaks[-1] if breaks else max_chars)
        pieces.append(Span(start, cut))
        start = cut
    pieces.append(Span(start, span.end))
    return pieces


def chunk_spans(text: str, max_chars: int, overlap_chars: int) -> list[Span]:
    """Greedy packing of whole sentences up to `max_chars`; the next chunk restarts a few sentences back."""
    if max_chars <= 0 or overlap_chars < 0 or overlap_chars >= max_chars:
        raise ValueError(f"need 0 <= overlap ({overlap_chars}) < chunk size ({max_chars})")
    units = [piece for span in sentence_spans(text) for piece in _split_long(span, text, max_chars)]
    if not units:
        return [Span(0, len(text))]
    chunks: list[Span] = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last + 1].end - units[first].start <= max_chars:
            last += 1
        chunks.append(Span(units[first].start, units[last].end))
        if last + 1 >= len(units):
            break
        back = last + 1
        while back - 1 > first and units[last].end - units[back - 1].start <= overlap_chars:
            back -= 1
        while back <= last and units[last + 1].end - units[back].start > max_chars:
            back += 1
        first = back
    return chunks


def chunk_note(
    *,
    note_id: str,
    case_id: str,
    date: dt.date,
    note_type: str,
    title: str,
    text: str,
    sensitivity: str,
    max_chars: int,
    overlap_chars: int,
) -> list[NoteChunk]:
    """The chunks of one redacted note, ids `<note_id>:<index>` so a re-import overwrites in place."""
    return [
        NoteChunk(
            Chunk(
                chunk_id=f"{note_id}:{index}",
                note_id=note_id,
                case_id=case_id,
                date=date,
                note_type=note_type,
                title=title,
                text=text[span.start : span.end],
                sensitivity=sensitivity,
                chunk_index=index,
            ),
            span.start,
        )
        for index, span in enumerate(chunk_spans(text, max_chars, overlap_chars))
    ]


def embedding_text(chunk: Chunk) -> str:
    """What is embedded: the note's title, type and date ahead of the slice, so context travels."""
    heading = chunk.title or chunk.note_type.replace("_", " ")
    return f"{heading} ({chunk.note_type.replace('_', ' ')}, {chunk.date.isoformat()})\n{chunk.text.strip()}"


def embedding_texts(chunks: Sequence[Chunk]) -> list[str]:
    return [embedding_text(chunk) for chunk in chunks]
