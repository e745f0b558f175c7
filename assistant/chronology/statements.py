"""What a sentence states: the filters every selection asks (negated, planned, recalled history, quoted,
called off) and the sentences a note's own kind of event is evidenced by.

Shared by the main event of a note, its further events and the classifier's proposals, so that all
three refuse the same sentences.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chronology.rules import (
    PATTERNS,
    EventRule,
)

NEGATED = re.compile(
    r"\b(?:no|not|nil|never|denied|denies|deny|without|none|nor|neither|any)\b(?:\W+\w+){0,4}\W*$", re.IGNORECASE
)

NOT_THIS_EVENT = re.compile(
    r"\b(?:history of|previous(?:ly)?|prior to|in the past|last year|upcoming|next (?:review|meeting|conference|hearing|week|month)|"
    r"will be|(?:i|we|sw) will|agreed (?:that )?(?:i|we|sw|she|he|they|mum|dad) (?:will|would)|likely (?:within|in|to be|by|next)|"
    r"is due|are due|due to be|(?<!as )(?:planned|scheduled|booked)|listed for|to be held|to take place|"
    r"if (?:she|he|they)|risk of|worried about|reminded|discussed (?:the|an?)|(?<!\bi )(?<!\bwe )(?:wants?|wanted|would like|hopes?|hoping|wish(?:es)?|wishing) to|(?:i|we|she|he|they) would (?:support|recommend|suggest|welcome|like)|consider(?:ing)?|may need|might|"
    r"months ago|since (?:(?:she|he|they|mum|dad|[a-z]+) )?(?:moved|moving|left|leaving|started|starting)|(?:has|have) (?:healed|faded)|healing|fading|(?:was|were) discussed|talk(?:ed|ing) about|spoke about|"
    r"thinking (?:about|of)|asked (?:about|for)|currently|still|"
    r"(?:to be|being|will be|not be|be) considered|(?:unhappy|upset|angry|annoyed|furious|not happy|complain(?:ed|ing|s)?) (?:that|about)|"
    r"writing (?:on behalf|to complain)|plan (?:re|regarding|around|for managing)|to transfer with|visit (?:at|to) (?:the|his|her|their) new (?:placement|home|school|address)|"
    r"if (?:[\w.'-]+ ){1,2}(?:is|are|gets?|were)|unless|in case|(?:needs?|has|have|is|are) to be \w+ed|to be (?:completed|done|made|signed)|"
    r"(?:i|we) (?:have |had )?(?:read|read through|looked through) (?:the|her|his|their|sw'?s?|today'?s?))\b",
    re.IGNORECASE,
)

_HEADER = re.compile(r"(?:from|sent|to|cc|subject|date)\s*:", re.IGNORECASE)

_OUTCOME = re.compile(r"\b(?:recommendations?|outcome|conclusions?|decision)\s*:", re.IGNORECASE)

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")

_CLAUSE_BREAK = re.compile(r"[;:,]|\bbut\b|\bhowever\b", re.IGNORECASE)

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(<\[])|\n+")

_CALLED_OFF = re.compile(
    r"\b(?:cancell?ed|postponed|re-?arranged|re-?scheduled|stood down|not quorate|"
    r"did(?: not|n't) (?:go ahead|take place|happen)|(?:could|was) not (?:go ahead|take place|be held))\b",
    re.IGNORECASE,
)

_HISTORY_YEAR = re.compile(
    r"\b(?:in|since|during|from|back in|until|between) (?:(?:early|late|mid)[- ]?)?(?:[A-Za-z]+ )?((?:19|20)\d\d)\b"
)
"""A sentence placing the event in an earlier year ("case closed in 2020", "between about 2015 and
2019") recalls history."""
_AGE_THEN = re.compile(
    r"\bwhen (?:he|she|they|i|mum|dad|mother|father) (?:was|were) (?:\d{1,2}|a baby|a toddler|little|young|small|a child)\b",
    re.IGNORECASE,
)
"""A sentence placing the event at an age the person has passed ("father died when he was 12")
recalls history however recently it is told."""

_YEAR_LINE = re.compile(r"^\W*((?:19|20)\d\d)\b(?!\s*[/.-]\d)")

RECAP = re.compile(
    r"^\W*(?:progress|update|updates|history|background|recap|summary)\b[^:]{0,40}:|^\W*since (?:the )?last (?:review|meeting|visit)\b",
    re.IGNORECASE,
)
"""A sentence opened as a recap ("Progress since last review: ...", "History in brief: ...") retells
events a chronology lists from their own notes: it is never a further event of the note."""

_HISTORY_SECTION = re.compile(
    r"^\W*(?:(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*)?"
    r"(?:(?:family |social |case |relevant |brief )?(?:history|background)|previous involvement|prior involvement)"
    r"\b[^:\n]{0,40}:",
    re.IGNORECASE,
)
"""A paragraph a note labels as history ("History: known since 2019. ... Proceedings issued March
2024 ...", "Background - ..."): every sentence of it recalls events recorded elsewhere, not ones
this note records, however recent their wording sounds (transfer summaries, assessments). Minutes
number their items ("1. Background: referral from school 23.9.25."): the number does not make it news."""

_REFERENCE = re.compile(
    r"\b(?:about|after|following|since|from|regarding|re|discuss(?:ed|ing)?|talk(?:ed|ing) about|reflect(?:ed|ing) on) "
    r"(?:the|his|her|their|this|that|mum's|dad's) (?:[\w'-]+ ){0,2}$",
    re.IGNORECASE,
)
"""A known event referred back to ("since the arrest", "we talked about the missing episode") is
not a new one; with a date stated for it, it may be the first record, and is taken as a further
event on that date (merging joins it to the entry of a note that recorded it already)."""


def sentences(text: str) -> list[str]:
    """Sentences of a note, whitespace collapsed; abbreviations may split a sentence, which is harmless here."""
    return [" ".join(part.split()) for part in _SENTENCE.split(text) if part and part.strip()]


_NEGATION = re.compile(r"\b(?:no|not|nil|never|denied|denies|none|n't|unable|declined|refused|nfa)\b", re.IGNORECASE)
"""A sentence the classifier proposes is not taken when it negates anything: the rules read where a
negation falls, the classifier does not, and a missed event costs less than a false one."""

_SPOKEN = re.compile(r"^\W*(?:\[[\d/: ]+\]\s*)?(?:me|i|sw|worker)\s*:", re.IGNORECASE)


def plain_statement(sentence: str, note_date: dt.date) -> bool:
    """Not negated, planned, recalled, called off, quoted or a message thread: the whole sentence
    is asked, since the classifier does not say which words it relied on."""
    return not (
        _NEGATION.search(sentence)
        or NOT_THIS_EVENT.search(sentence)
        or _CALLED_OFF.search(sentence)
        or recalls_earlier_year(sentence, note_date)
        or _SPOKEN.search(sentence)
        or _QUOTED.fullmatch(sentence.strip())
        or _planned(sentence)
    )


_PLAN_LABEL = re.compile(
    r"^\W*(?:next steps?|next|(?:agreed |the |safety |interim )?plan(?:ned)?|to do|actions?(?: (?:agreed|for|to follow))?|agreed actions?|way forward)\s*[:\-–]",
    re.IGNORECASE,
)
"""A line a note opens with its plan ("Next steps: PEP / education referral ...", "Next: final
hearing to be listed", "Way forward - ...", "Agreed plan: ...", "Actions: SW to check the outcome of the
hearing"): what it lists is still to happen, in whatever tense,
unless the writer marks an item done ("Next steps: referral to drug service (done), ...")."""
_DONE_MARK = re.compile(r"\b(?:done|completed|already (?:made|sent|done|booked))\b", re.IGNORECASE)


def _planned(sentence: str) -> bool:
    return bool(_PLAN_LABEL.match(sentence)) and not _DONE_MARK.search(sentence)


def affirms(pattern: re.Pattern[str], sentence: str, in_quotes: bool = False, references: bool = False) -> bool:
    """A match counts unless its own clause negates it, plans it or recalls it as history, or it is
    inside quoted words: "I hate the new school" is how a child feels, not a school move."""
    if _planned(sentence):
        return False
    quoted = [] if in_quotes else [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    for match in pattern.finditer(sentence):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        before = sentence[: match.start()]
        if NEGATED.search(before) or NOT_THIS_EVENT.search(clause(sentence, match.start(), match.end())):
            continue
        if not references and _REFERENCE.search(before):
            continue
        return True
    return False


def clause(sentence: str, start: int, end: int) -> str:
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    left = max((b for b in breaks if b < start), default=-1) + 1
    right = min((b for b in breaks if b >= end), default=len(sentence))
    return sentence[left:right]


def affirmed(rule: EventRule, parts: list[str]) -> str | None:
    pattern = rule.pattern()
    return next((sentence for sentence in parts if affirms(pattern, sentence, rule.in_quotes)), None)


def called_off(rule: EventRule, parts: list[str]) -> bool:
    """The meeting the note is filed under was cancelled or postponed, and no sentence says it was held.

    Minutes of a meeting that was put off once and then held say so in their heading or first lines
    ("CIN REVIEW 2 - held 8/4/25. (Booked for 1st April; postponed ...)", "rearranged and held today"):
    a plain statement that it was held, in any words of the note's own, outweighs the postponement."""
    return (
        any(_CALLED_OFF.search(sentence) for sentence in parts)
        and affirmed(rule, parts) is None
        and not any(_says_held(sentence) for sentence in parts)
    )


_HELD = re.compile(r"\b(?:held|took place|went ahead|(?:was|were) convened)\b", re.IGNORECASE)


def _says_held(sentence: str) -> bool:
    """A sentence stating that a meeting was held, not that it was not or is still to be."""
    return any(
        not NEGATED.search(sentence[: match.start()])
        and not NOT_THIS_EVENT.search(clause(sentence, match.start(), match.end()))
        for match in _HELD.finditer(sentence)
    )


def history_section(text: str) -> frozenset[str]:
    """The sentences of the paragraphs a note labels as history or background (`_HISTORY_SECTION`)."""
    return frozenset(
        sentence for line in text.splitlines() if _HISTORY_SECTION.match(line) for sentence in sentences(line)
    )


def recalls_earlier_year(sentence: str, note_date: dt.date) -> bool:
    """ "case closed in 2020", a line of a history list opened by its year ("- 2016: convicted of ..."),
    or an age the person has passed ("when he was 12")."""
    opening = _YEAR_LINE.match(sentence)
    return (
        (opening is not None and int(opening[1]) < note_date.year)
        or any(int(match[1]) < note_date.year for match in _HISTORY_YEAR.finditer(sentence))
        or _AGE_THEN.search(sentence) is not None
    )


def any_affirmed(parts: list[str]) -> str | None:
    return next((sentence for sentence in parts if any(affirms(p, sentence, r.in_quotes) for r, p in PATTERNS)), None)


def evidence_for(rule: EventRule, parts: list[str]) -> str | None:
    """The sentence naming the event a note is filed under, past the lines that only book the next
    one ("Next: final hearing to be listed.", "Final hearing listed: 15 September"): a hearing's
    record that names no other is read from its opening or outcome line instead."""
    pattern = rule.pattern()
    return next((s for s in parts if pattern.search(s) and not _planned(s) and not _books_next(s)), None)


def _books_next(sentence: str) -> bool:
    return bool(_BOOKS_NEXT.search(re.sub(r"\([^()]*\)", "", sentence)))  # "(listed for 2 days)" is an aside


_BOOKS_NEXT = re.compile(
    r"\b(?:(?:to be |was |is |been )?listed|adjourned)\b\s*(?:for|to|on|:|-|–|in|\d|$)", re.IGNORECASE
)
"""A hearing listed or adjourned to a later day: the booking of the next occasion, not this one."""


def outcome_sentence(parts: list[str]) -> str | None:
    """A long note's own conclusion ("RECOMMENDATION: CIN plan."), the line a supervisor wants."""
    return next((sentence for sentence in parts if _OUTCOME.search(sentence)), None)


def first_sentence(parts: list[str]) -> str:
    """The opening sentence, past a pasted email's headers ("From: ...", "Sent: ...")."""
    body = [sentence for sentence in parts if not _HEADER.match(sentence)]
    return (body or parts or [""])[0]
