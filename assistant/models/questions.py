"""Reading a question without a language model: its type, its content words, and sentence splitting.

Shared by the extractive answerer (which needs to know that "when" wants a date) and the offline
condenser (which needs a question's subject to carry into a follow-up).
"""

from __future__ import annotations

import re

from assistant.models.base import QuestionType
from retrieval.expansion import SYNONYMS

_QUOTE = re.compile(
    r"\bwhat (did|does|has|had) .{1,60}?\b(say|said|tell|told|report|reported|disclose|disclosed|describe|described|share|shared|mention|mentioned)\b"
    r"|\bin (his|her|their) own words\b|\bquote\b|\bwords did\b|\bwhat were .{1,40}\bwords\b",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"\bhow (many|often|much)\b|\bnumber of\b|\bhow many times\b", re.IGNORECASE)
_WHEN = re.compile(r"\bwhen\b|\bwhat date\b|\bwhich date\b|\bon what day\b|\bwhat time\b", re.IGNORECASE)
_WHO = re.compile(r"\bwho\b|\bwhose\b|\bwhich (professional|worker|person|agency|officer|school|gp|doctor|teacher)\b|\bwhat is the name of\b", re.IGNORECASE)
_YES_NO = re.compile(
    r"^\s*(and\s+)?(is|are|was|were|has|have|had|did|does|do|can|could|will|would|should)\b", re.IGNORECASE
)
_LEADING_AND = re.compile(r"^\s*(and|so|also|then|ok|okay)[,\s]+", re.IGNORECASE)

STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "tell", "know", "say", "said", "says", "anything", "something", "recorded", "record", "records", "note", "notes", "case", "child", "please", "many", "much", "often", "times", "time", "last", "first", "ever", "any", "happened", "happen", "like"]
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(\s+)(?=[\"'“‘(]?[A-Z0-9\[])|(\n+)")
_ABBREVIATIONS = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St|No|approx|e\.g|i\.e|etc|vs)\.$", re.IGNORECASE)


def classify(question: str) -> QuestionType:
    """The kind of answer the question wants; quotes first, because "what did X say" is also a "what"."""
    text = _LEADING_AND.sub("", question)
    for pattern, kind in (
        (_QUOTE, QuestionType.QUOTE),
        (_HOW_MANY, QuestionType.HOW_MANY),
        (_WHEN, QuestionType.WHEN),
        (_WHO, QuestionType.WHO),
    ):
        if pattern.search(text):
            return kind
    if _YES_NO.search(text):
        return QuestionType.YES_NO
    return QuestionType.WHAT


def stem(word: str) -> str:
    """A crude suffix stripper: enough for 'visits'/'visited'/'visiting' to meet, cheap enough per sentence."""
    word = re.sub(r"['’]s$", "", word.lower()).strip("'-")
    for suffix in ("ingly", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 3 else word


def keywords(text: str) -> set[str]:
    """Stemmed content words plus the sector concepts named ('PA' and 'personal adviser' both give
    one concept): what a sentence must share with a question to be about the same thing."""
    words = {stem(word) for word in _WORD.findall(text) if word.lower() not in STOPWORDS and len(word) > 1}
    return words | {_CONCEPT_OF[match.group(0).lower()] for match in _CONCEPTS.finditer(text)}


_CONCEPT_OF = {variant.lower(): f"~{group[0]}" for group in SYNONYMS for variant in group}
_CONCEPTS = re.compile(
    r"(?<![\w&])(" + "|".join(re.escape(v) for v in sorted(_CONCEPT_OF, key=len, reverse=True)) + r")(?![\w&])", re.IGNORECASE
)


def sentences(text: str) -> list[str]:
    """Sentences of a note, keeping 'Dr. Smith' and 'Mrs. Jones' together."""
    parts: list[str] = []
    for piece in _split_at_boundaries(text):
        piece = piece.strip()
        if not piece:
            continue
        if parts and _ABBREVIATIONS.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts


def _split_at_boundaries(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        gap = match.start(1) if match.group(1) is not None else match.start(2)
        pieces.append(text[start:gap])
        start = match.end()
    pieces.append(text[start:])
    return pieces


_MONTHS = {
    name: index
    for index, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)
_RECENT = re.compile(r"\b(last|latest|most recent(ly)?|recent|now|currently|current)\b", re.IGNORECASE)


def mentioned_days(question: str) -> list[tuple[int, int, int | None]]:
    """(day, month, year or None) for each '21 March' / '21st March 2024' the question names."""
    found = []
    for match in _DAY_MONTH.finditer(question):
        day, month = int(match["day"]), _MONTHS[match["month"].lower()]
        if 1 <= day <= 31:
            found.append((day, month, int(match["year"]) if match["year"] else None))
    return found


def without_dates(question: str) -> str:
    """The question with its day-month phrases removed, so dates are matched on note dates, not words."""
    return _DAY_MONTH.sub(" ", question)


def wants_latest(question: str) -> bool:
    """'When was she last seen alone?', 'Who are the foster carers now?': the newest evidence wins."""
    return bool(_RECENT.search(question))
