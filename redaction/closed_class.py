"""Closed-class English words, which are never part of a person's name (rules version 11).

Question words, pronouns, determiners, prepositions, auxiliaries and conjunctions are a fixed,
small set, and no English-writing worker names a person with one. The NER still takes them at the
edge of a name when they carry a capital at a sentence start or in a heading ("What Jax said",
"The Judge", "Mr And Mrs"), and a vault value such as "What Jax" then hides "what" in every later
question. So they are trimmed off either edge of a guessed person, and a guess left with no name
word is no person. Words that are also common given names ("Will", "May", "Sue") are not here.
"""

from __future__ import annotations

import re

from redaction.names import TITLES, fold
from redaction.spans import Span

CLOSED_CLASS: frozenset[str] = frozenset(
    """
    what who whom whose which when where why how whatever whoever
    i me my mine myself you your yours he him his himself she her hers herself it its itself
    we us our ours they them their theirs themselves
    the a an this that these those some any every each no all both either neither another such
    to of in on at by for with from about into onto upon after before over under between through
    during without within against towards toward across along around behind beside via per than
    is was were are am be been being do does did done has had have having can could would should
    shall might must ought
    and or but nor so yet if because while although though unless whether then also not
    """.split()  # noqa: SIM905
)
"""Every word here is one no name is made of; "will", "may", "can" (given names or months) stay out."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TITLE_KEYS = frozenset(fold(t) for t in TITLES)


def is_closed_class(word: str) -> bool:
    return fold(word).strip(".,;:'’") in CLOSED_CLASS


def trim_closed_class(text: str, span: Span) -> Span | None:
    """The span without closed-class words at either edge; None when no name word is left (only
    closed-class words and titles: "What", "Mr And")."""
    words = list(_WORD.finditer(text, span.start, span.end))
    while words and is_closed_class(words[0].group(0)):
        words.pop(0)
    while words and is_closed_class(words[-1].group(0)):
        words.pop()
    if not words or all(fold(w.group(0)).rstrip(".") in _TITLE_KEYS for w in words):
        return None
    start = words[0].start() if words[0].start() > span.start else span.start
    end = span.end if words[-1].end() >= span.end or _only_tail(text, words[-1].end(), span.end) else words[-1].end()
    if start == span.start and end == span.end:
        return span
    return Span(start, end, span.type, span.source, span.person_key)


def _only_tail(text: str, start: int, end: int) -> bool:
    """What follows the last word is only a possessive or punctuation, kept for the later clean-up."""
    return not any(c.isalnum() for c in text[start:end])
