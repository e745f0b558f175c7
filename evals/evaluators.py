"""The deterministic evaluators: each scores one observed answer and gives a reason on every failure.

An observation is the ask JSON (`answer`, `citations`, `refused`) plus `cited_texts` (note id ->
the cited notes as the reader sees them, fetched through the facade's scoped `note`). Dates are
compared as ISO dates: an answer's "22 August 2024", "22/08/2024" or "22/8/24" matches gold "2024-08-22".

Grounding resolves what a note says relatively ("on Saturday", "Fri 21st April", "on the 14th",
"yesterday (3/4)") from the date the note was written, with the harness's own resolver
(evals.dates): the harness must not grade the product with the product's date code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.core import Case, Verdict
from evals.dates import CALENDAR_WORDS, dated_passages, iso_dates, relative_dates_for, without_dates

NOT_RECORDED_MARKERS = ("isn't recorded", "is not recorded", "not recorded in the notes", "no record of")
LEXICONS = Path(__file__).parent / "datasets" / "lexicons.v1.yaml"

_NUMBER = re.compile(r"(?<![\w\[])\d+(?:\.\d+)?%?(?![\w\]])")
_MARKER = re.compile(r"\[\d+\]")
_NAME = re.compile(r"\b[^\W\d_a-z][^\W\d_A-Z]+\b")
"""A capitalised word (any script's letters): "Hernández", "Cruz", "O" excluded (one letter)."""


@functools.cache
def lexicons() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LEXICONS.read_text(encoding="utf-8"))
    return data


def normalised(text: str) -> str:
    """Lower-cased text with every date it states appended in ISO form, for fact matching."""
    return " ".join([text.lower(), *sorted(iso_dates(text))])


def answers_yes_no(fact: str, answer: str) -> bool:
    """A yes/no gold fact ("yes"/"no") is the answer's first word: as a substring "no" is inside
    "according to the notes" and "This isn't recorded in the notes"."""
    return re.search(rf"^\W*{re.escape(fact.strip().lower())}\b", answer.lower()) is not None


def says_not_recorded(answer: str) -> bool:
    lowered = answer.lower()
    return any(marker in lowered for marker in NOT_RECORDED_MARKERS)


def cited_ids(observed: Mapping[str, Any]) -> list[str]:
    return [str(c["note_id"]) for c in observed.get("citations", [])]


def contains_term(text: str, term: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term.lower())}(?![\w-])", text.lower()) is not None


@dataclass(frozen=True)
class GoldFactsPresent:
    """Every gold fact of an answerable question appears in the answer (dates compared as dates)."""

    name: str = "gold_facts"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        facts = [str(f) for f in case.expected.get("gold_facts", [])]
        if not case.expected.get("answerable", True) or not facts:
            return None
        answer = str(observed.get("answer", ""))
        if case.inputs.get("qtype") == "yes_no":
            missing = [f for f in facts if not answers_yes_no(f, answer)]
        else:
            text = normalised(answer)
            missing = [f for f in facts if f.lower() not in text]
        if not missing:
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, f"gold fact(s) not in the answer: {missing}", 1 - len(missing) / len(facts))


@dataclass(frozen=True)
class SaysNotRecorded:
    """An unanswerable question gets the honest "not recorded" and cites nothing."""

    name: str = "not_recorded"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        if case.expected.get("answerable", True):
            return None
        answer = str(observed.get("answer", ""))
        if says_not_recorded(answer) and not observed.get("citations"):
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, "unanswerable question answered instead of 'not recorded'")


@dataclass(frozen=True)
class CitationPrecision:
    """Share of cited notes that are supporting notes (an answer citing nothing scores 0)."""

    name: str = "citation_precision"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        support = set(case.expected.get("supporting_note_ids", []))
        if not case.expected.get("answerable", True) or not support:
            return None
        cited = set(cited_ids(observed))
        if not cited:
            return Verdict.fail(self.name, "the answer cites no note")
        extra = sorted(cited - support)
        score = 1 - len(extra) / len(cited)
        return (
            Verdict.ok(self.name, score)
            if not extra
            else Verdict.fail(self.name, f"cites non-supporting note(s) {extra}", score)
        )


@dataclass(frozen=True)
class CitationRecall:
    """Share of supporting notes the answer cites."""

    name: str = "citation_recall"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        support = set(case.expected.get("supporting_note_ids", []))
        if not case.expected.get("answerable", True) or not support:
            return None
        missing = sorted(support - set(cited_ids(observed)))
        score = 1 - len(missing) / len(support)
        return (
            Verdict.ok(self.name)
            if not missing
            else Verdict.fail(self.name, f"supporting note(s) not cited {missing}", score)
        )


@dataclass(frozen=True)
class SupportingNoteCited:
    """An answerable question's answer cites at least one supporting note: the source a social worker
    clicks through to must be there, even when other notes are cited too (issue #6).

    `notes_field` picks the supporting notes: `supporting_note_ids` (the gold notes only) or
    `stating_note_ids` (the gold notes plus every note of the case stating the fact, evals.support);
    a case without the chosen field falls back to its gold notes."""

    name: str = "supporting_note_cited"
    notes_field: str = "supporting_note_ids"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        gold = case.expected.get("supporting_note_ids", [])
        support = set(case.expected.get(self.notes_field, gold))
        if not case.expected.get("answerable", True) or not support:
            return None
        if support & set(cited_ids(observed)):
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, f"cites none of the supporting notes {sorted(support)}")


STATING_NOTE_CITED = SupportingNoteCited("supporting_note_cited_any", "stating_note_ids")
"""The gated variant: any note of the case stating the fact counts as a supporting note."""


def claims(answer: str) -> list[str]:
    """An answer's sentences, without the backend notice and the 'not recorded' sentence."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n+", answer)
    return [s for s in sentences if s.strip() and not says_not_recorded(s)]


@dataclass(frozen=True)
class TokensGrounded:
    """Every date, number, name token and legal term in the answer appears in its cited notes."""

    name: str = "tokens_grounded"
    legal_terms: tuple[str, ...] = ()

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        sentences = claims(str(observed.get("answer", "")))
        answer = _MARKER.sub(" ", " ".join(sentences))
        if not answer.strip() or observed.get("refused"):
            return None
        texts = list(observed.get("cited_texts", {}).values())
        legal_terms = self.legal_terms or tuple(lexicons()["legal_terms"])
        echoed = denied_question_tokens(sentences, str(case.inputs.get("question", "")))
        missing = sorted(ungrounded_tokens(answer, texts, legal_terms) - citation_counts(sentences) - echoed)
        if not missing:
            return Verdict.ok(self.name)
        return Verdict.fail(self.name, f"not in the cited notes: {missing[:8]}")


_DENIAL = re.compile(
    r"(?i)\b(?:do(?:es)?|did)(?: not|n['’]t)\s+(?:mention|say|record|name|show)\b|\bno (?:mention|record)s? of\b"
    r"|\bnothing (?:about|on)\b|\bnot (?:mentioned|named|found)\b"
)


def denied_question_tokens(sentences: Iterable[str], question: str) -> set[str]:
    """Names and dates the user asked about, repeated in a sentence saying the notes do not record
    them ("The notes I can see do not mention Dr Patel"): an echo of the question, not a claim."""
    echoed: set[str] = set()
    for sentence in sentences:
        if _DENIAL.search(sentence):
            echoed |= {w for w in _NAME.findall(sentence) if contains_term(question, w)}
            echoed |= iso_dates(sentence) & iso_dates(question)
    return echoed


def citation_counts(sentences: Iterable[str]) -> set[str]:
    """Numbers that count the notes the sentence goes on to cite ("2 police notifications: ... [1]; ...
    [2]"): the answer's own tally of its sources, checkable against its citations, not a note's claim."""
    counts: set[str] = set()
    for sentence in sentences:
        text = without_dates(sentence)
        for match in _NUMBER.finditer(text):
            if match.group(0).isdigit() and int(match.group(0)) == len(set(_MARKER.findall(text[match.end() :]))):
                counts.add(match.group(0))
    return counts


def _source_numbers(source: str) -> set[str]:
    """Numbers a note states: as digits, with a unit stuck on ("10yr", "3.2kg", "4pm"), or as words."""
    undated = without_dates(source)
    digits = set(re.findall(r"(?<![\w.])(\d+(?:\.\d+)?)(?=[a-z]*\b)", undated))
    spelt = {str(n) for word, n in _NUMBER_WORDS.items() if re.search(rf"\b{word}\b", undated, re.IGNORECASE)}
    return digits | spelt


def ungrounded_tokens(answer: str, cited_texts: Iterable[str], legal_terms: Iterable[str]) -> set[str]:
    """The answer's dates, numbers, name tokens and legal terms that none of its cited notes states.

    A date counts when a note writes it in any common form, or says it relative to the day the note
    was written ("on Saturday" in the note of Monday 6 February 2023 states 4 February 2023) in the
    part of the note the claim quotes.
    """
    texts = list(cited_texts)
    source = "\n".join(texts)
    literal_dates = iso_dates(source)
    passages = [passage for text in texts for passage in dated_passages(text)]
    source_lower = source.lower()
    words = set(re.findall(r"[\w'-]+", source_lower))
    parts = {part for word in words for part in re.split(r"['-]", word) if part}
    source_words = words | parts | _source_numbers(source)
    implied = set().union(*(p.dates for p in passages))
    missing: set[str] = set()
    for claim in claims(answer):
        for date in iso_dates(claim) - literal_dates - relative_dates_for(claim, passages):
            missing.add(f"{date} (a cited note gives it to another passage)" if date in implied else date)
    rest = without_dates(answer)
    missing |= {n for n in _NUMBER.findall(rest) if n not in source_words and n.rstrip("%") not in source_words}
    for sentence in claims(rest):
        for word in _NAME.findall(sentence):
            if word.lower() not in source_words | _COMMON_CAPITALISED | CALENDAR_WORDS:
                missing.add(word)
    missing |= {t for t in legal_terms if contains_term(answer, t) and not contains_term(source_lower, t)}
    return missing


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
_TEENS = ("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_NUMBER_WORDS = {word: index for index, word in enumerate((*_UNITS, *_TEENS))}
_NUMBER_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS |= {"once": 1, "twice": 2, "both": 2, "a dozen": 12, "a fortnight": 14, "hundred": 100}

_COMMON_CAPITALISED = {
    "on",
    "in",
    "at",
    "the",
    "a",
    "an",
    "she",
    "he",
    "they",
    "it",
    "this",
    "that",
    "there",
    "yes",
    "no",
    "and",
    "but",
    "mum",
    "dad",
    "according",
    "from",
    "to",
    "as",
    "when",
    "who",
    "what",
    "i",
    "her",
    "his",
    "their",
    "not",
    "notes",
    "answered",
    "sentences",
    "quoted",
    "language",
    "model",
    "without",
    "visit",
    "home",
    "statutory",
    "school",
    "we",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "note",
    "recorded",
    "after",
    "before",
}


@dataclass(frozen=True)
class SensitiveAssertionsSupported:
    """A sentence asserting self-harm, suicide, abuse, sexual harm, violence or drugs cites a note that
    says something of the same kind: an invented sensitive statement is the harm this prevents."""

    name: str = "sensitive_supported"

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        categories: Mapping[str, Sequence[str]] = lexicons()["sensitive"]
        texts: Mapping[str, str] = observed.get("cited_texts", {})
        numbered = {int(c["n"]): str(c["note_id"]) for c in observed.get("citations", []) if "n" in c}
        checked = 0
        for sentence in claims(str(observed.get("answer", ""))):
            for category, terms in categories.items():
                if not any(contains_term(sentence, t) for t in terms):
                    continue
                checked += 1
                cited = [numbered.get(int(n)) for n in re.findall(r"\[(\d+)\]", sentence)]
                support = [texts.get(n or "", "") for n in cited]
                if not any(any(contains_term(text, t) for t in terms) for text in support):
                    return Verdict.fail(
                        self.name, f"{category} asserted without a supporting citation: {sentence[:160]!r}"
                    )
        return Verdict.ok(self.name) if checked else None


def mask(value: str) -> str:
    """A PII value as a report may show it: enough to find it, not enough to read it."""
    return value[:1] + "*" * max(len(value) - 2, 1) + value[-1:] if len(value) > 2 else "**"


@dataclass(frozen=True)
class PiiValue:
    """A raw value from the gold set. A one-word name that is also an English word ("Faith",
    "Summer", "Stone") is matched with its capital only, so "summer holidays" is not a leak."""

    type: str
    value: str
    case_id: str
    common_word: bool = False

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        flags = 0 if self.common_word else re.IGNORECASE
        return re.compile(rf"(?<![\w]){re.escape(self.value)}(?![\w])", flags)


def pii_found(text: str, values: Iterable[PiiValue]) -> list[PiiValue]:
    return [v for v in values if v.pattern.search(text)]
