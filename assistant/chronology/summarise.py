"""One-line summaries for chronology entries: extractive, or from a language model and checked.

A council pilot put a false mention of suicidal ideation into an official record; a chronology is
read as fact. So a model's summary is accepted only if every date, name, number and legal term in
it also appears in the note it was written from; otherwise the entry falls back to the note's own
sentence. The model sees only pseudonymised text; real names are restored later, for entitled
readers, at display time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Protocol

from assistant.chronology import extract
from assistant.chronology.dates import long_date, mentions
from assistant.chronology.merge import EventGroup
from assistant.chronology.model import Event
from assistant.chronology.rules import RULES_BY_TYPE
from assistant.chronology.selection import sentences
from assistant.models.base import ChatMessage, ChatModel, ChatModelError, ChatRequest, QuestionType
from assistant.settings import OllamaSettings
from prompts.registry import Prompt

_PLACEHOLDER = re.compile(r"<[A-Z_]+[^>]*>|\[[A-Z_]+[^\]]*\]")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'’-]+\b")
_NUMBER = re.compile(r"\b\d+\b")
_LEGAL_TERMS: tuple[tuple[str, ...], ...] = (
    ("section 47", "s47", "s.47", "s 47"),
    ("section 20", "s20", "s.20", "s 20"),
    ("icpc", "initial child protection conference", "initial conference"),
    ("rcpc", "review child protection conference", "review conference"),
    ("child protection plan", "cp plan"),
    ("child in need", "cin"),
    ("interim care order", "ico"),
    ("care order",),
    ("supervision order",),
    ("placement order",),
    ("emergency protection order", "epo"),
    ("police protection",),
    ("special guardianship", "sgo"),
    ("child arrangements order",),
    ("care proceedings", "plo", "public law outline"),
    ("looked after", "cla", "lac"),
    ("strategy discussion", "strategy meeting"),
    ("no further action", "nfa"),
    ("exclusion", "excluded"),
    ("arrested", "arrest"),
    ("sexual abuse",),
    ("physical abuse",),
    ("emotional abuse",),
    ("neglect",),
    ("suicid*",),
    ("self-harm*", "self harm*"),
    ("overdose",),
)
MIN_UNSUPPORTED_WORDS = 3
MAX_UNSUPPORTED_SHARE = 0.5
"""A summary most of whose content words (and at least three) are absent from its note is describing
something else; fewer is paraphrase ("rang" -> "reported")."""
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOPWORDS = frozenset(
    [
        "with",
        "from",
        "that",
        "this",
        "were",
        "have",
        "been",
        "their",
        "there",
        "they",
        "them",
        "then",
        "than",
        "into",
        "about",
        "after",
        "before",
        "which",
        "when",
        "while",
        "also",
        "over",
        "under",
        "onto",
        "upon",
        "what",
        "where",
        "who",
        "whom",
        "whose",
        "will",
        "would",
        "could",
        "should",
        "because",
        "following",
        "during",
    ]
)
_REFUSAL = re.compile(r"isn't recorded|not recorded in|i cannot|i can't|i am unable|as an ai|no note", re.IGNORECASE)
_COMMON_CAPITALS = frozenset({"i", "the", "a", "an", "mum", "dad", "police", "school", "camhs", "social", "worker"})


@dataclass(frozen=True)
class Summary:
    """A one-line summary and, when the model's was rejected, why (ids and terms only, no note text)."""

    text: str
    fallback: str | None = None


class Summariser(Protocol):
    """Writes the one-line summary of an event group; `backend` is what the chronology reports."""

    @property
    def backend(self) -> str: ...

    @property
    def prompt_ref(self) -> str | None: ...

    def summarise(self, group: EventGroup) -> Summary: ...


class ExtractiveSummariser:
    """The sentence of the primary note that evidences the event: nothing it says is not in the note."""

    @property
    def backend(self) -> str:
        return "extractive"

    @property
    def prompt_ref(self) -> str | None:
        return None

    def summarise(self, group: EventGroup) -> Summary:
        event = group.primary
        line = extract.extractive_summary(event.evidence, sentences(event.text))
        return Summary(extract.with_category(line, event.text, event.event_type))


@dataclass
class ModelSummariser:
    """A language model's one-line summary through a versioned prompt, checked against its note."""

    chat: ChatModel
    prompt: Prompt
    fallback: ExtractiveSummariser = field(default_factory=ExtractiveSummariser)

    @property
    def backend(self) -> str:
        return f"{self.chat.backend}:{self.chat.model}"

    @property
    def prompt_ref(self) -> str | None:
        return self.prompt.ref

    def summarise(self, group: EventGroup) -> Summary:
        event = group.primary
        try:
            reply = "".join(self.chat.stream(self._request(event)))
        except ChatModelError as exc:
            return self._fall_back(group, exc.reason)
        summary = extract.one_line(_first_line(reply))
        problems = (["not a summary"] if _REFUSAL.search(summary) else []) or ungrounded(
            summary, f"{event.title}\n{event.text}", event.note_date
        )
        if not summary or problems:
            return self._fall_back(group, f"ungrounded: {', '.join(problems) or 'empty reply'}")
        return Summary(extract.with_category(summary, event.text, event.event_type))

    def _request(self, event: Event) -> ChatRequest:
        rule = RULES_BY_TYPE[event.event_type]
        user = self.prompt.user.format(
            event_label=rule.label,
            note_type=event.note_type,
            note_date=long_date(event.note_date),
            title=event.title,
            text=event.text,
        )
        messages = (ChatMessage("system", self.prompt.system), ChatMessage("user", user))
        return ChatRequest(
            question=f"chronology entry: {rule.label}", qtype=QuestionType.WHAT, sources=(), messages=messages
        )

    def _fall_back(self, group: EventGroup, reason: str) -> Summary:
        return Summary(self.fallback.summarise(group).text, f"{group.primary.note_id}: {reason}")


def ungrounded(summary: str, note: str, anchor: dt.date) -> list[str]:
    """What a summary states that its note does not: dates, placeholders, legal terms, names, numbers,
    and wording mostly absent from the note (an invented event rather than a paraphrase).

    `anchor` is the note's date, against which both texts' relative dates ("yesterday") resolve.
    Each checked span is blanked before the next check, so "section 47" is one problem, not two.
    """
    lowered = note.lower()
    problems: list[str] = []
    rest = summary
    note_dates = {mention.date for mention in mentions(note, anchor)}
    for mention in mentions(summary, anchor):
        if mention.date not in note_dates:
            problems.append(f"date {summary[mention.start : mention.end]!r}")
        rest = _blank(rest, mention.start, mention.end)
    for match in _PLACEHOLDER.finditer(summary):
        if match.group() not in note:
            problems.append(f"name {match.group()!r}")
        rest = _blank(rest, match.start(), match.end())
    for group in _LEGAL_TERMS:
        used = [match for term in group for match in _term_matches(rest.lower(), term)]
        if used and not any(_has_term(lowered, term) for term in group):
            problems.append(f"legal term {rest[used[0][0] : used[0][1]]!r}")
        for start, end in used:
            rest = _blank(rest, start, end)
    for match in _CAPITALISED.finditer(summary):
        word = match.group()
        if rest[match.start() : match.end()] != word:
            continue
        if word.lower() not in _COMMON_CAPITALS and word.lower() not in lowered and not _is_calendar_word(word):
            problems.append(f"name {word!r}")
            rest = _blank(rest, match.start(), match.end())
    problems += [f"number {number!r}" for number in _NUMBER.findall(rest) if not re.search(rf"\b{number}\b", note)]
    words = [word for word in _WORD.findall(rest.lower()) if word not in _STOPWORDS]
    missing = [word for word in words if not re.search(rf"\b{re.escape(word[:5])}", lowered)]
    if len(missing) >= MIN_UNSUPPORTED_WORDS and len(missing) / len(words) > MAX_UNSUPPORTED_SHARE:
        problems.append(f"wording not in the note {missing[:3]}")
    return list(dict.fromkeys(problems))


def _first_line(reply: str) -> str:
    """The reply's first non-empty line, quotes stripped: the prompt asks for one sentence and nothing else."""
    lines = [line.strip().strip("\"'“”") for line in reply.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _term_matches(text: str, term: str) -> list[tuple[int, int]]:
    """Whole-word matches; a term ending in * is a stem ("suicid*" matches "suicidal")."""
    stem = term.endswith("*")
    word = re.escape(term.rstrip("*"))
    pattern = rf"(?<![a-z]){word}[a-z]*" if stem else rf"(?<![a-z]){word}(?![a-z])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _has_term(text: str, term: str) -> bool:
    return bool(_term_matches(text, term))


_CALENDAR_WORDS = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)


def _is_calendar_word(word: str) -> bool:
    return word.lower() in _CALENDAR_WORDS


def build_summariser(ollama: OllamaSettings, prompt_version: int = 1) -> Summariser:
    """The model summariser when an Ollama server with the model answers, else extractive.

    Probed once at start-up: a configured but unreachable server gives extractive chronologies
    (and says so in `backend`) rather than one failed request per entry.
    """
    if not ollama.base_url:
        return ExtractiveSummariser()
    from assistant.models.ollama import OllamaChatModel, probe
    from prompts.registry import load_prompt

    if not probe(ollama).usable:
        return ExtractiveSummariser()
    return ModelSummariser(OllamaChatModel(ollama), load_prompt("chronology", prompt_version))
