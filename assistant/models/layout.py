"""How a note's text is laid out on the page, before it is read as sentences: hard line wraps and
labelled lines.

Both `passages` (the units an answer quotes) and `evidence` (which date a quoted unit's passage
gives it) must see a note the same way: a unit `passages` cut from an unwrapped note is looked up
again in its note by `evidence`, and a note split at every wrap no longer holds it. This module
imports nothing of ours, so either can use it without an import cycle.
"""

from __future__ import annotations

import re
from itertools import pairwise

LIST_ITEM = re.compile(r"^(?:[-•*–]\s*\S|(?:\d{1,2}|[a-z])[.)]\s+\S)")
"""A line that is an item of a list: bulleted, or numbered with its text."""

LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?P<label>[A-Za-z\[][A-Za-z\[\]'’ /&()\-]{0,40}?)\s*:\s+(?=\S)")
"""'Outcome: substantiated', 'NRM: referral made', '[CHILD] weighed: 10.9 kg' (a time '10:30' is no label)."""
_MAX_LABEL_WORDS = 4


def unwrapped(text: str) -> str:
    """The note with its hard line wraps undone: a line broken at a fixed width mid-sentence ("The IRO
    said she" / "was worried that ...", a list item's second line indented under its first) is
    joined to the line it continues, so a sentence is one unit again. Notes pasted from email or
    typed in an editor that wraps are laid out this way (two of the seven corpora the rule was
    written from, docs/answering.md session 15); without it the fact sat in a half-sentence that
    held none of the question's words. Only a break that cannot end a unit is joined: the line
    before reaches near the note's widest line and ends without a sentence's or a label's end,
    and the line after is neither blank, a list item, nor a labelled line. Blank lines (the
    paragraphs `paragraphs` counts) are never crossed."""
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    if width < _WRAP_MIN_WIDTH:
        return text
    joined = [lines[0]]
    for before, line in pairwise(lines):
        if _continues(before, line, width):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


def _continues(before: str, line: str, width: int) -> bool:
    """Does `line` carry on the sentence a hard wrap broke at the end of `before`?"""
    before = before.rstrip()
    return (
        len(before) >= _WRAP_SHARE * width
        and not _UNIT_END.search(before)
        and bool(line.strip())
        and not LIST_ITEM.match(line.strip())
        and not _STAMPED.match(line)
        and label(line.strip()) is None
    )


_WRAP_MIN_WIDTH = 60
"""A note whose widest line is shorter than this is not wrapped at a width: short lines are its own."""
_WRAP_SHARE = 0.75
"""Word wrapping leaves each line within a word's length of the width: a line this close to the
widest line, ending mid-sentence, was broken by the wrap, not by its writer."""
_STAMPED = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d\d\b|\d{1,2}/\d{1,2}\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d)", re.IGNORECASE
)
"""A line opening with a clock time or a date ("[07:53] Sadhbh: ...", "Mon 16/2 16:43 Espe: ...") is a
new message of a typed-up text thread or log, however long the one before it ran; a wrapped line
may open with a number ("I set an alarm for" / "3 o'clock and check him")."""
_UNIT_END = re.compile(r"[.!?:\"”’)\]]$")
"""A line ending a sentence, a quotation, a bracket or a label ("Present:") ends a unit."""


def label(unit: str) -> str | None:
    """The label a line starts with ("Outcome" of "Outcome: substantiated"), or None: a short run
    of words then a colon, then the value. Such a line is about its label."""
    match = LABEL.match(unit)
    if match is None:
        return None
    text = match.group("label").strip()
    return text if 0 < len(text.split()) <= _MAX_LABEL_WORDS else None
