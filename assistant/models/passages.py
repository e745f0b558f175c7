"""How a note is laid out, read as the units an answer quotes: sentences, a colon line with the list
under it, labelled lines, and the sentence next door.

Practitioners write notes in a few recurring shapes whatever their wording: a line ending in ":"
followed by a numbered or bulleted list ("Bail conditions:" then "1. ... 2. ..."), a labelled line
("Outcome: substantiated", "Plan: weekly visits", "[CHILD] weighed: 10.9 kg"), a fact split over two
sentences ("He was found in the bathroom. He was at a flat in Leeds."), and a sentence that starts
with "He"/"She" about the person named just before. Each shape is a rule here, stated on layout,
never on a corpus's words, so a new author's notes meet it.
"""

from __future__ import annotations

import re

from assistant.models.base import QuestionType
from assistant.models.questions import sentences, terms

_LIST_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]$")
"""A list number split from its item by sentence splitting ("1." of "1. Not to contact X")."""
_LIST_ITEM = re.compile(r"^(?:[-•*–]\s*\S|(?:\d{1,2}|[a-z])[.)]\s+\S)")
"""A line that is an item of a list: bulleted, or numbered with its text."""
_MAX_ITEMS = 12
LIST_CHARS = 700
"""A list quoted as one unit may be longer than a sentence: its items are the answer."""

_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?P<label>[A-Za-z\[][A-Za-z\[\]'’ /&()\-]{0,40}?)\s*:\s+(?=\S)")
"""'Outcome: substantiated', 'NRM: referral made', '[CHILD] weighed: 10.9 kg' (a time '10:30' is no label)."""
_MAX_LABEL_WORDS = 4

PLAN_LABELS = frozenset(terms("plan plans next steps actions action recommendation recommendations to do agreed actions"))
"""Labels of what is to happen: they answer "what is the plan", not "what happened"."""
OUTCOME_LABELS = frozenset(
    terms("summary outcome outcomes conclusion conclusions findings result results decision analysis overall rating score")
)
"""Labels of what happened or was found: they answer what-happened questions."""
PLAN_WORDS = frozenset(terms("plan plans planned next recommend recommended recommendation action actions going will agreed"))
"""A question about the plan ("what is the plan", "what was recommended", "what happens next")."""

_PRONOUN_START = re.compile(r"^\s*(He|She|They|His|Her|Their|Him|Them)\b")
_NAMED = re.compile(r"\[[A-Z][A-Z_' ]*[A-Z](?: \d+)?\]")


def units(text: str, lists: bool = True) -> list[str]:
    """The note's sentences, except that a line ending in ":" and the list under it are one unit
    ("The conditions are:" says nothing without its items, and an item says little without it),
    and so is a line labelled as a summary, an outcome or a plan ("Summary: low mood. No evidence
    of a depressive disorder."): the label governs every sentence of its line. `lists=False` keeps
    list items apart, for questions whose answer is one item (a person named in one action)."""
    pieces = [piece for line in text.split("\n") for piece in _line_units(line)]
    merged: list[str] = []
    index = 0
    while index < len(pieces):
        unit = pieces[index]
        index += 1
        if lists and unit.rstrip().endswith(":"):
            items, index = _list_after(pieces, index)
            if items:
                unit = " ".join([unit, *items])
        merged.append(unit)
    return merged


def _line_units(line: str) -> list[str]:
    """A line's sentences, or the whole line when a summary/outcome/plan label governs it."""
    pieces = _quotations_whole(sentences(line))
    if len(pieces) > 1 and len(line) <= LIST_CHARS and label_kind(pieces[0]) is not None:
        return [" ".join(pieces)]
    return pieces


def _quotations_whole(pieces: list[str]) -> list[str]:
    """Sentences, except that a quotation running over several sentences is one unit: workers quote
    a speech whole ('"I'm running on empty. I love him to bits but I haven't slept."'), and its
    first sentence alone says little of what the person said."""
    merged: list[str] = []
    open_quote = False
    for piece in pieces:
        if open_quote and merged and len(merged[-1]) < LIST_CHARS:
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
        open_quote = _opens_quotation(merged[-1])
    return merged


def _opens_quotation(text: str) -> bool:
    """Does the text leave a quotation open (an odd number of straight double quotes, or more
    opening than closing curly ones)?"""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _list_after(pieces: list[str], index: int) -> tuple[list[str], int]:
    """The list items starting at `index` (a split-off number joined to its text), and where they end."""
    items: list[str] = []
    while index < len(pieces) and len(items) < _MAX_ITEMS:
        piece = pieces[index].strip()
        if _LIST_NUMBER.fullmatch(piece) and index + 1 < len(pieces):
            items.append(f"{piece} {pieces[index + 1].strip()}")
            index += 2
        elif _LIST_ITEM.match(piece):
            items.append(piece)
            index += 1
        else:
            break
    return items, index


def label(unit: str) -> str | None:
    """The label a line starts with ("Outcome" of "Outcome: substantiated"), or None: a short run
    of words then a colon, then the value. Such a line is about its label."""
    match = _LABEL.match(unit)
    if match is None:
        return None
    text = match.group("label").strip()
    return text if 0 < len(text.split()) <= _MAX_LABEL_WORDS else None


def topic_label(unit: str) -> bool:
    """Is the line's label a topic ("NRM:", "Outcome:", "School move:")? A label naming someone
    ("Saw [CHILD] alone:") or opening a quotation (': "I hate it"') introduces what was seen or
    said; it is a sentence with a colon, not a subject heading."""
    match = _LABEL.match(unit)
    if match is None or label(unit) is None or "[" in match.group("label"):
        return False
    return not unit[match.end() :].lstrip().startswith(('"', "“"))


def label_kind(unit: str) -> str | None:
    """'plan' for a line labelled as what is to happen, 'outcome' for one labelled as what happened
    or was found, None otherwise."""
    text = label(unit)
    if text is None:
        return None
    words = terms(text)
    if words & PLAN_LABELS:
        return "plan"
    if words & OUTCOME_LABELS:
        return "outcome"
    return None


def asks_plan(question_words: set[str]) -> bool:
    """Is the question about what is to happen (the plan, a recommendation, next steps)?"""
    return bool(question_words & PLAN_WORDS)


OUTCOME_WORDS = frozenset(terms("outcome outcomes result results happened decided decision conclusion concluded find found show showed"))
"""A question about what happened or was found ("what was the outcome", "what did the assessment show")."""


def asks_outcome(question_words: set[str], qtype: QuestionType) -> bool:
    """Is the question about what happened, was found or was said? A "Summary:"/"Outcome:" line
    answers it; "what was her attendance" wants the figure, not the closing summary."""
    return not asks_plan(question_words) and (qtype is QuestionType.QUOTE or bool(question_words & OUTCOME_WORDS))


def inherited_names(units_of_note: list[str], index: int) -> str:
    """The people a sentence starting with a pronoun is about: those named in the sentence before
    it ("[PERSON 3] was arrested. He punched the windscreen." - "He" is [PERSON 3]); '' otherwise."""
    if index == 0 or not _PRONOUN_START.match(units_of_note[index]):
        return ""
    return " ".join(_NAMED.findall(units_of_note[index - 1]))
