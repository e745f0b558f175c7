"""Extractive wording: the one-line summary, impact and action taken straight from the note.

Offline chronologies and the fallback for a model summary that fails its checks both use these,
so every word an entry shows is a word its note contains. Impact and action are filled only when
the note states them; otherwise the entry says "not recorded" rather than guessing.
"""

from __future__ import annotations

import re

from assistant.chronology.model import NOT_RECORDED

MAX_SUMMARY_CHARS = 220

_LABEL = (
    r"(?:impact(?: on (?:the )?[\w<>\[\]]+)?|actions?(?: taken| agreed)?|next steps|outcome|decision|plan)\s*[:\-–]"
)
_UNTIL_NEXT_LABEL = rf"(?P<text>[^\n]+?)(?=\s+{_LABEL}|\n|$)"
_LABELLED_IMPACT = re.compile(rf"\bimpact(?: on (?:the )?[\w<>\[\]]+)?\s*[:\-–]\s*{_UNTIL_NEXT_LABEL}", re.IGNORECASE)
_LABELLED_ACTION = re.compile(
    rf"\b(?:actions?(?: taken| agreed)?|next steps|outcome|decision|plan)\s*[:\-–]\s*{_UNTIL_NEXT_LABEL}", re.IGNORECASE
)
_IMPACT_CUES = re.compile(
    r"\b(?:impact on|impacted|affected|upset|distressed|frightened|scared|tearful|anxious|withdrawn|"
    r"felt (?:unsafe|safe|sad|worried|happy|settled)|(?:is|was|seemed|appeared) (?:settled|happy|unsettled)|"
    r"missed (?:school|education)|not attending school|sleep(?:ing)? (?:badly|poorly))\b",
    re.IGNORECASE,
)
_ACTION_CUES = re.compile(
    r"\b(?:agreed|it was decided|decision|outcome|will |referred|referral (?:made|sent)|arranged|safety plan|"
    r"no further action|nfa|return home interview (?:booked|arranged|offered)|to be (?:convened|held|arranged|completed)|"
    r"plan (?:is|was) to|made subject|remain(?:s|ed)? (?:on|subject))",
    re.IGNORECASE,
)
_LABEL_PREFIX = re.compile(r"^(?:summary|note|update|details?|event)\s*[:\-–]\s*", re.IGNORECASE)


def one_line(text: str, limit: int = MAX_SUMMARY_CHARS) -> str:
    """Whitespace collapsed and cut at a word boundary, so an export cell stays one readable line."""
    line = _LABEL_PREFIX.sub("", " ".join(text.split()))
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


SHORT_SENTENCE_CHARS = 60


_IDENTIFIER_TOKEN = re.compile(r"\[(?:DOB|NHS NUMBER|NI NUMBER|PHONE|EMAIL|POSTCODE|ADDRESS)(?: \d+)?\]")
"""Pseudonyms of identifiers: a neighbouring sentence holding one is not worth copying into a summary."""


def extractive_summary(evidence: str, sentences: list[str] | None = None) -> str:
    """The sentence that evidences the event, on one line. A terse one ("ICPC held 7th April.")
    gets the sentence after it (where notes put what happened), or before it when it ends the
    note, unless that neighbour only carries identifiers such as a date of birth or a phone number:
    minimum necessary."""
    line = evidence
    if sentences and len(evidence) < SHORT_SENTENCE_CHARS and evidence in sentences:
        index = sentences.index(evidence)
        if index + 1 < len(sentences) and not _IDENTIFIER_TOKEN.search(sentences[index + 1]):
            line = f"{evidence} {sentences[index + 1]}"
        elif index + 1 == len(sentences) and index > 0 and not _IDENTIFIER_TOKEN.search(sentences[index - 1]):
            line = f"{sentences[index - 1]} {evidence}"
    return one_line(line)


_CATEGORY = re.compile(
    r"\b(?:categor(?:y|ies)|under)\b[^.]{0,30}?\b(neglect|emotional abuse|physical abuse|sexual abuse|emotional harm|physical harm)\b",
    re.IGNORECASE,
)
PLAN_KINDS = frozenset({"icpc", "rcpc", "plan_change"})


def with_category(summary: str, text: str, event_type: str) -> str:
    """A conference or plan change names the plan's category when its note does: supervisors need
    "(category: neglect)" on the line, not three sentences further into the note."""
    if event_type not in PLAN_KINDS:
        return summary
    found = _CATEGORY.search(text)
    if found is None or found.group(1).lower() in summary.lower():
        return summary
    return f"{summary} (category: {found.group(1).lower()})"


def impact(text: str, sentences: list[str], evidence: str) -> str:
    """What the note says the event meant for the child, or "not recorded"."""
    labelled = _LABELLED_IMPACT.search(text)
    if labelled:
        return one_line(labelled["text"])
    return _cued(sentences, _IMPACT_CUES, evidence)


def action(text: str, sentences: list[str], evidence: str) -> str:
    """What was done or decided, as the note records it, or "not recorded"."""
    labelled = _LABELLED_ACTION.search(text)
    if labelled:
        return one_line(labelled["text"])
    return _cued(sentences, _ACTION_CUES, evidence)


def _cued(sentences: list[str], cue: re.Pattern[str], evidence: str) -> str:
    for sentence in sentences:
        if sentence != evidence and cue.search(sentence):
            return one_line(sentence)
    return NOT_RECORDED
