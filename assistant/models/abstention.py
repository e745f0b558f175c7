"""Whether the chosen sentences really answer the question, and which way a yes/no goes.

The extractive answerer ranks sentences by wording; a sentence that shares one common word with the
question ("the trial" in "until the criminal trial" for "what's the trial date?") can rank first
and still not answer it. This module is the last word before an answer is written: it sees the
question and the sentences chosen (with the note each came from) and decides whether they hold
the asked thing, and, for yes/no questions, whether the notes say no. Kept apart from the ranking
so its rules read as rules about evidence, each testable on plain sentences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.models.base import QuestionType
from assistant.models.evidence import negative


@dataclass(frozen=True)
class Chosen:
    """A sentence the answerer would quote, with the note (chunk) text and date it came from."""

    sentence: str
    note_text: str
    note_date: dt.date


def supports(question: str, qtype: QuestionType, chosen: Sequence[Chosen]) -> bool:
    """Do the chosen sentences answer the question? False means "not recorded"."""
    return bool(chosen)


def says_no(question: str, chosen: Sequence[Chosen]) -> bool:
    """Do the chosen sentences answer a yes/no question with "no"?"""
    return any(negative(c.sentence, question) for c in chosen)
