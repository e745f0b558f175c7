"""Which notes support a gold answer: the gold notes, and every other note of the case stating the fact.

Gold questions list the note(s) their author had in mind (`supporting_note_ids`). Practitioners
repeat facts across a file (a supervision note recalls the placement a phone call arranged), so an
answer citing another note that states the same fact has cited a supporting note: scoring it as a
miss measures the gold author's memory, not the assistant. This module is the one definition, used
by the answering bench (bench/bench_answer.py) and the accuracy suite (evals/suites/common.py).

The rule, deterministic and computed from the corpus file (never hand-edited gold):

- An answerable question's supporting notes are its gold notes plus every other **standard** note
  of the same case whose title or text contains **every** gold fact, case-insensitively, as whole
  words (a hyphen joins words: "medium-high" does not state "high"; curly quotes and runs of
  spaces normalised), each in a sentence that is **about the question**: it holds one of the
  question's content words (a lower-case word of 3+ letters or an acronym of 2+, not a question
  or function word; capitalised names of people, places and months are not the topic: they are in
  many notes about other things; a word of 6+ letters matches by its first 5, so "chaired" finds
  "chair" and "speak" finds "speakers"). A fact alone is not a statement of the answer:
  "Oyelaran (SW, chair)" in a meeting's attendee list does not say who did the single assessment.
- A sentence that says the fact is not, or no longer, so ("not", "no longer", "after leaving",
  "place ended", "former", "withdrew", ...: `UNSAYING`) does not state it: "started at Allerton
  Grange School after leaving Northfield Academy" names the old school, it does not say the child
  attends it.
- A question naming a day or month ("what did she say when seen alone on 4 April", "what order
  did mum get in June 2023") does not extend: the same words in a note of another time are
  another event (a quote repeated at a later visit, an order sought before the one granted).
- A question extends only when every one of its facts is specific text. It does not extend when
  any fact is an ISO date (a date is written in many forms and a note recalling it may date another
  event), yes/no (a note "stating" yes does not exist), a bare number or other text without a
  letter ("3", "2/3"), or a single word of fewer than 5 letters ("CP", "high", "work", "Park": an
  abbreviation or short word found in many notes about other things, "Castle Park Primary",
  "Catholic High"). A fact needs two words or more ("Dr Shah", "referral order") or one word of
  5+ letters ("neglect", "Oakfield", "non-molestation").
- Restricted notes never extend the set: gold never lists one, and a note hidden from colleagues
  who see the case must not become a note an answer is rewarded for citing. Only notes of the
  question's own case are read, so another case's note never counts either.

Note texts are raw corpus text, read inside the harness only; reports carry note ids, never text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from records.models import Case, Sensitivity

YES_NO = frozenset({"yes", "no"})
MIN_WORD_LETTERS = 5
"""A one-word fact must have at least this many letters to be specific enough to extend."""
STEM_LETTERS = 5
"""A question word longer than this matches a note word by this many first letters."""
FUNCTION_WORDS = frozenset(
    [
        "who",
        "whos",
        "what",
        "whats",
        "when",
        "where",
        "which",
        "whose",
        "how",
        "why",
        "does",
        "did",
        "do",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "about",
        "any",
        "all",
        "his",
        "her",
        "hers",
        "him",
        "she",
        "he",
        "they",
        "them",
        "their",
        "theirs",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "then",
        "than",
        "been",
        "being",
        "will",
        "would",
        "can",
        "could",
        "should",
        "our",
        "you",
        "your",
        "get",
        "got",
        "give",
        "gave",
        "name",
        "full",
        "latest",
        "last",
        "first",
        "ever",
        "now",
        "currently",
        "current",
        "any",
    ]
)
"""Question words that say nothing about the topic: a sentence sharing only these is not about it."""
UNSAYING = re.compile(
    r"(?<![\w-])(?:not|no|never|nor|n't|no longer|left|leaving|leaves|ended|ending|ends|former|formerly|"
    r"previous|previously|withdrew|withdrawn|ceased|stopped|denied|denies|refused|declined|instead of)(?![\w-])"
)
"""Words by which a sentence says a fact is not, or no longer, so: "after leaving Northfield Academy",
"(Castle Park Primary place ended)". Such a sentence names the fact without stating it."""


@dataclass(frozen=True)
class CaseNote:
    """One note as the rule needs it: its case, its raw title and text, and whether it is restricted."""

    note_id: str
    case_id: str
    text: str
    restricted: bool = False


def notes_from_cases(cases: Iterable[Case]) -> list[CaseNote]:
    """The notes of validated import-format cases (the eval harness's loaded corpus)."""
    return [
        CaseNote(n.note_id, c.case_id, _with_title(n.title, n.text), n.sensitivity is Sensitivity.RESTRICTED)
        for c in cases
        for n in c.notes
    ]


def notes_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[CaseNote]:
    """The notes of raw `cases.jsonl` rows (the bench reads the file without validating it again)."""
    return [
        CaseNote(
            str(n["note_id"]),
            str(row["case_id"]),
            _with_title(n.get("title"), str(n.get("text", ""))),
            str(n.get("sensitivity", Sensitivity.STANDARD)) == Sensitivity.RESTRICTED,
        )
        for row in rows
        for n in row.get("notes", [])
    ]


def _with_title(title: str | None, text: str) -> str:
    return f"{title}\n{text}" if title else text


def fact_extends(fact: str) -> bool:
    """Whether a gold fact is specific enough that a note containing it states the answer."""
    stripped = fact.strip()
    if stripped.lower() in YES_NO or _is_iso_date(stripped):
        return False
    words = re.findall(r"[^\W\d_]+", stripped)
    if not words:
        return False
    return len(stripped.split()) > 1 or len(stripped) >= MIN_WORD_LETTERS


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def states(fact: str, text: str) -> bool:
    """The text contains the fact as whole words (a hyphen joins words), ignoring case, curly
    quotes and spacing."""
    words = _normalised(fact).split()
    if not words:
        return False
    pattern = r"\s+".join(re.escape(w) for w in words)
    return re.search(rf"(?<![\w-]){pattern}(?![\w-])", _normalised(text)) is not None


def topic_words(question: str) -> frozenset[str]:
    """The question's content words as stems: what a sentence must share to be about the question.

    Capitalised words are left out (names of the child, people, places and months are in many
    notes about other things: "Devon" finds the IRO's sentence for "who is Devon's GP"); acronyms
    are kept ("GP", "DSL", "ICPC" say what is asked), and so are names typed in lower case."""
    words = re.findall(r"[^\W\d_]+", question.replace("’", "'").replace("'", " "))
    kept = [w for w in words if (w.isupper() and len(w) >= 2) or (w.islower() and len(w) >= 3)]
    return frozenset(_stem(w.lower()) for w in kept if w.lower() not in FUNCTION_WORDS)


def asks_about_a_date(question: str) -> bool:
    """A question naming a day or month ("on 4 April", "on 8/12", "in June 2023") asks about one
    event: another note with the same words (a quote repeated at a later visit, an order sought
    before the one granted) is about another time."""
    return _DATED.search(question) is not None


_DATED = re.compile(
    r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})\b"
    r"|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b"
)


def _stem(word: str) -> str:
    return word[:STEM_LETTERS] if len(word) > STEM_LETTERS else word


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


def states_about(fact: str, text: str, topic: frozenset[str]) -> bool:
    """Some sentence of the text states the fact, holds a word of the question's topic and does not
    say the fact is not or no longer so."""
    for sentence in _sentences(text):
        if states(fact, sentence) and not UNSAYING.search(_normalised(sentence)):
            words = {_stem(w) for w in re.findall(r"[^\W\d_]+", _normalised(sentence.replace("'", " ")))}
            words |= {w[:STEM_LETTERS] for w in words}
            if topic & words:
                return True
    return False


def _normalised(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def supporting_notes(question: Mapping[str, Any], notes: Iterable[CaseNote]) -> frozenset[str]:
    """The gold notes of a question plus the standard notes of its case stating every gold fact.

    An unanswerable question has no supporting notes beyond its gold (normally none); a question
    with any fact that does not extend keeps exactly its gold notes.
    """
    gold = frozenset(str(n) for n in question.get("supporting_note_ids", []))
    facts: Sequence[str] = [str(f) for f in question.get("gold_facts", [])]
    text = str(question.get("question", ""))
    if not question.get("answerable", True) or not facts or not all(fact_extends(f) for f in facts):
        return gold
    if asks_about_a_date(text):
        return gold
    case_id = str(question["case_id"])
    topic = topic_words(text)
    stating = {
        n.note_id
        for n in notes
        if n.case_id == case_id and not n.restricted and all(states_about(f, n.text, topic) for f in facts)
    }
    return gold | stating


def supporting_notes_by_question(
    questions: Iterable[Mapping[str, Any]], notes: Iterable[CaseNote]
) -> dict[str, frozenset[str]]:
    """Question id -> its supporting notes, reading each case's notes once."""
    by_case: dict[str, list[CaseNote]] = {}
    for note in notes:
        by_case.setdefault(note.case_id, []).append(note)
    return {str(q["id"]): supporting_notes(q, by_case.get(str(q["case_id"]), [])) for q in questions}
