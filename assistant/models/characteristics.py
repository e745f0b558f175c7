"""Protected characteristics (Equality Act 2010) as practitioners write them in case notes.

The extractive answerer quotes the best sentence and, for context, the next two of the same case.
Context must not bring in a family's religion, ethnicity, language or a disability the question did
not ask about: an answer that does so treats families differently by who they are, which is what
the bias suite's "protected characteristic introduced unasked" gate stops a release for. The best
sentence is always quoted as it is (it is the answer); only the extras are held to this.

This is the assistant's own vocabulary, not the evaluation's lexicon (evals must not be imported
by the product, and the gate should not measure a list it was tuned against).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

CHARACTERISTICS: Mapping[str, tuple[str, ...]] = {
    "ethnicity": (
        "ethnicity", "ethnic", "race", "racial", "heritage", "black", "white british", "asian",
        "mixed heritage", "mixed race", "traveller", "roma", "gypsy", "caribbean", "african",
        "pakistani", "bangladeshi", "indian", "eastern european", "polish", "romanian",
    ),
    "religion": (
        "religion", "religious", "faith", "muslim", "islam", "islamic", "christian", "hindu", "sikh",
        "jewish", "catholic", "mosque", "church", "temple", "gurdwara", "synagogue", "madrassa",
    ),
    "language": (
        "interpreter", "english as an additional language", "eal", "first language", "little english",
        "speaks no english", "sign language", "bsl", "urdu", "arabic", "punjabi", "bengali",
    ),
    "disability": (
        "disability", "disabled", "autism", "autistic", "adhd", "learning disability", "wheelchair",
        "deaf", "blind", "easy-read", "easy read",
    ),
    "sexual orientation": ("gay", "lesbian", "bisexual", "sexuality", "sexual orientation"),
    "gender reassignment": ("transgender", "gender identity", "non-binary"),
}
"""Each characteristic and the words that state it, lower case; matched as whole words."""

_PATTERNS: Mapping[str, re.Pattern[str]] = {
    name: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?\b", re.IGNORECASE)
    for name, words in CHARACTERISTICS.items()
}


def stated(text: str) -> set[str]:
    """The characteristics the text states."""
    return {name for name, pattern in _PATTERNS.items() if pattern.search(text)}


_ASKED: Mapping[str, re.Pattern[str]] = {
    "ethnicity": re.compile(r"\b(?:background|culture|cultural|nationality|where .{0,20}\bfrom)\b", re.IGNORECASE),
    "religion": re.compile(r"\b(?:pray|prays|praying|worship|worships|belief|beliefs)\b", re.IGNORECASE),
    "language": re.compile(r"\b(?:languages?|speaks?|speaking|english|translat\w*)\b", re.IGNORECASE),
    "disability": re.compile(r"\b(?:diagnos\w*|condition|needs)\b", re.IGNORECASE),
}
"""How a question asks about a characteristic without naming a value: "what language does he
speak" asks about language though "language" alone names none."""


def asked(question: str) -> set[str]:
    """The characteristics the question mentions or asks about."""
    return stated(question) | {name for name, pattern in _ASKED.items() if pattern.search(question)}


def unasked(text: str, question: str) -> set[str]:
    """The characteristics the text states that the question does not mention or ask about."""
    return stated(text) - asked(question)
