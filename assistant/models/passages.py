"""How a note is laid out, read as the units an answer quotes: sentences, a colon line with the list
under it, labelled lines, and the sentence next door.

Practitioners write notes in a few recurring shapes whatever their wording: a line ending in ":"
followed by a numbered or bulleted list ("Bail conditions:" then "1. ... 2. ..."), a labelled line
("Outcome: substantiated", "Plan: weekly visits", "[CHILD] weighed: 10.9 kg"), a fact split over two
sentences ("He was found in the bathroom. He was at a flat in Leeds."), and a sentence that starts
with "He"/"She" about the person named just before; a short heading line ("2. Risk", "Tues 23/01")
governs the lines under it, and a paragraph's opening sentence sets the scene for its quotations.
Each shape is a rule here, stated on layout, never on a corpus's words, so a new author's notes
meet it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models.base import QuestionType, Source
from assistant.models.evidence import TOKEN
from assistant.models.layout import LABEL, LIST_ITEM, label, unwrapped
from assistant.models.questions import sentences, terms

_LIST_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]$")
"""A list number split from its item by sentence splitting ("1." of "1. Not to contact X")."""
_MAX_ITEMS = 12
LIST_CHARS = 700
"""A list quoted as one unit may be longer than a sentence: its items are the answer."""


PLAN_LABELS = frozenset(terms("plan plans next steps actions action recommendation recommendations to do agreed actions"))
"""Labels of what is to happen: they answer "what is the plan", not "what happened"."""
OUTCOME_LABELS = frozenset(
    terms("summary outcome outcomes conclusion conclusions findings result results decision analysis overall rating score")
)
"""Labels of what happened or was found: they answer what-happened questions."""
PLAN_WORDS = frozenset(terms("plan plans planned next recommend recommended recommendation action actions going will agreed"))
"""A question about the plan ("what is the plan", "what was recommended", "what happens next")."""

_PRONOUN_START = re.compile(r"^\s*(He|She|They|His|Her|Their|Him|Them)\b")
_NAMED = re.compile(TOKEN)


def units(text: str, lists: bool = True) -> list[str]:
    """The note's sentences, except that a line ending in ":" and the list under it are one unit
    ("The conditions are:" says nothing without its items, and an item says little without it),
    and so is a line labelled as a summary, an outcome or a plan ("Summary: low mood. No evidence
    of a depressive disorder."): the label governs every sentence of its line. `lists=False` keeps
    list items apart, for questions whose answer is one item (a person named in one action)."""
    return _cut(unwrapped(text), lists)


def _cut(text: str, lists: bool = True) -> list[str]:
    """`units` of a text whose wraps are already undone."""
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
        elif LIST_ITEM.match(piece):
            items.append(piece)
            index += 1
        else:
            break
    return items, index


def topic_label(unit: str) -> bool:
    """Is the line's label a topic ("NRM:", "Outcome:", "School move:")? A label naming someone
    ("Saw [CHILD] alone:") or opening a quotation (': "I hate it"') introduces what was seen or
    said; it is a sentence with a colon, not a subject heading."""
    match = LABEL.match(unit)
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


_TO_DO = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:[\w\[\]'’/]+\s+){1,4}(?:to|will|shall)\s+(?:be\s+)?(?!be\b)[a-z]+\b|\b(?:awaiting|pending|to be (?:completed|done|held|arranged))\b"
)
"""A line of what is to be done ("SW to complete the assessment within 5 days", "awaiting the result")."""


def is_plan(unit: str, *, by_label: bool = True, by_action: bool = False) -> bool:
    """Is the line about what is to happen rather than what happened? Two signs, one vocabulary:
    its label (`by_label`: "Plan:", "Next steps:", `PLAN_LABELS`) and its shape (`by_action`: an
    action still to be done, "SW to complete the assessment", "awaiting the result").

    The layout fit reads the label only: a "Mum to ring school" line in a record is still a line of
    that record for a yes/no or a "who". A question asking what came of something ("what was the
    outcome") reads the shape only, since the layout fit has already demoted labelled plans for
    it: "IRO to be informed of the outcome" plans the thing asked, whatever its label."""
    return (by_label and label_kind(unit) == "plan") or (by_action and bool(_TO_DO.search(unit)))


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


_INTRODUCED = re.compile(r"(" + TOKEN + r")\s*\(([A-Za-z][\w '’/&\-]{0,39})\)")
"""A person introduced with their role in brackets: "[PERSON 2] (PE)", "[FATHER] (father)"."""
_NOT_A_PERSON = re.compile(r"^\[(?:PHONE|POSTCODE|ADDRESS|EMAIL|NHS|NI |DOB|DATE|REG|URL|ID)", re.IGNORECASE)
"""Identifier tokens: they name no one who could speak."""
_KIN_START = re.compile(
    r"^\W*(mum|mother|dad|father|nan|nana|gran|grandma|grandmother|grandad|grandfather|aunt|uncle|stepdad|stepmum)\b",
    re.IGNORECASE,
)
"""A line opening with a family member's relation ("Mum was very shocked"): who the next "She" is."""
_PRONOUN_SUBJECT = re.compile(r"^\s*(He|She|They)\b")
_ANTECEDENT_REACH = 6
"""How many lines back a run of "He ..." lines is followed to the person it is about."""


def introduced_roles(note_text: str) -> dict[str, str]:
    """The role each person is introduced with in the note ("Telephone with [PERSON 1] (head of
    year 10) and [PERSON 2] (PE)"): notes name the role once, in brackets after the person, and
    then write only the name ("[PERSON 2] said he first worried ..."). The first introduction wins."""
    roles: dict[str, str] = {}
    for match in _INTRODUCED.finditer(note_text):
        roles.setdefault(match.group(1), match.group(2))
    return roles


def role_words(unit: str, roles: dict[str, str]) -> str:
    """The roles the unit's people were introduced with in their note ("PE" for "[PERSON 2] said
    ..."), so a question asking by role ("what did the PE teacher say") finds the person's lines."""
    return " ".join(role for token, role in roles.items() if token in unit)


def speaker_text(units_of_note: list[str], index: int, roles: dict[str, str]) -> str:
    """The unit as a reader takes whose words it gives: a leading "He"/"She"/"They" replaced by the
    person it stands for (`antecedent`) and each person preceded by the role they were introduced
    with ("PE [PERSON 2] said ..."). Notes name a speaker once and then write "He said ..." for a
    paragraph; the saying verb's subject is then the named person, in their role."""
    text = units_of_note[index]
    pronoun = _PRONOUN_SUBJECT.match(text)
    if pronoun is not None:
        who = antecedent(units_of_note, index)
        if who:
            text = f"{who}{text[pronoun.end() :]}"
    elif index > 0 and _SAYING_START.match(text):
        who = _subject(units_of_note[index - 1]) or antecedent(units_of_note, index)
        if who:
            text = f"{who} {text}"
    return _NAMED.sub(lambda m: f"{roles[m.group(0)]} {m.group(0)}" if m.group(0) in roles else m.group(0), text)


_SAYING_START = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:said|says|told|tells|stated|states|reported|reports|explained|explains|added|described|disclosed)\b",
    re.IGNORECASE,
)
"""A line with no subject, opening on its saying verb ("Said schools are ..."): note shorthand for
the person the line before is about."""


def _subject(unit: str) -> str:
    """Whom a line is about, read from its start: its label ("MGF: took over the conversation"),
    the person it opens with, or the relation it opens with ("Mum was tearful")."""
    labelled = label(unit)
    if labelled is not None and not _PRONOUN_START.match(unit):
        return labelled
    named = _NAMED.match(unit.lstrip(" -•*"))
    if named is not None:
        return named.group(0)
    kin = _KIN_START.match(unit)
    return kin.group(1) if kin is not None else ""


def antecedent(units_of_note: list[str], index: int) -> str:
    """Who a line opening "He"/"She"/"They" is about: the people named by the nearest line before
    it that does not itself open with a pronoun and names someone (a person's token, or a relation
    it opens with: "Mum was shocked. She said ..."). A run of "He ..." lines keeps its subject, so
    the run is followed back to the line that named him ("call from [FATHER]. He was angry. He
    said ... He said ..."); '' when no such line is within reach."""
    for back in range(index - 1, max(index - _ANTECEDENT_REACH, 0) - 1, -1):
        unit = units_of_note[back]
        if _PRONOUN_START.match(unit):
            continue
        named = [token for token in _NAMED.findall(unit) if not _NOT_A_PERSON.match(token)]
        kin = _KIN_START.match(unit)
        if kin is not None:
            return kin.group(1)
        if named:
            return " ".join(named[:2])
    return ""


_LISTED = re.compile(r":\s+(?:\d{1,2}[.)]|[-•*–])\s")
"""A colon line quoted with its list (`units`): the items are the answer, so more is kept."""


def holds_list(unit: str) -> bool:
    """Is the unit a colon line quoted with its list ("Bail conditions: 1. ... 2. ...")?"""
    return bool(_LISTED.search(unit))


def list_head(unit: str) -> str:
    """The line a list hangs from ("Bail conditions:" of "Bail conditions: 1. ... 2. ..."), or the
    whole unit. A list is about its head: its items' words are context (half weight), or a long
    list of actions would match any question by sheer number of words."""
    listed = _LISTED.search(unit)
    return unit[: listed.start() + 1] if listed else unit


_HEADING_LABEL = re.compile(
    r"\d{1,2}[.)]\s*[A-Z][A-Za-z/&'’]*(?:\s+(?:[A-Z][A-Za-z/&'’]*|and|of|&))*:?|(?:[-•*]\s*)?[A-Za-z][^.:!?]*:"
)
"""A heading label: numbered and in title case, or ending in a colon ("2. Risk", "School:"). An
unnumbered title-case line is not one: under "School:" it is the school's name ("Castle Park Primary")."""
_DAY_HEADING = re.compile(
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?",
    re.IGNORECASE,
)
"""A bare day heading a log's entries ("Tues 23/01")."""
_HEADING_WORDS = 4
_HEADING_NUMBER = re.compile(r"\d{1,2}[.)]")
"""A list number split from its heading ("2." of "2. Risk"), since a sentence may end at "2."."""


def is_heading(sentence: str, note_text: str) -> bool:
    """A line that only labels what follows ("2. Risk", "School:", "Next Steps", "Tues 23/01"): it
    names a subject, so it shares the question's words, but says nothing about it. It is a label
    or a bare day of a few words at most, standing on its own line of the note."""
    text = sentence.strip()
    if _HEADING_NUMBER.fullmatch(text):
        return True
    if len(text.split()) > _HEADING_WORDS or not text[:1].isalnum():
        return False
    line = re.search(rf"(?m)^[ \t]*((?:\d{{1,2}}[.)][ \t]*)?{re.escape(text)})[ \t]*$", note_text)
    if line is None:
        return False
    line_text = line.group(1)
    return len(line_text.split()) <= _HEADING_WORDS and bool(
        _HEADING_LABEL.fullmatch(line_text) or _DAY_HEADING.fullmatch(line_text)
    )


def heading_terms(sources: Sequence[Source], note_units: dict[int, list[str]]) -> dict[tuple[int, int], set[str]]:
    """For each sentence under a heading line ("2. Risk" then "Partners agreed risk level HIGH."),
    the heading's terms, keyed by (source, index): a labelled paragraph is context for every
    sentence in it, for every kind of question, until the next heading."""
    labelled: dict[tuple[int, int], set[str]] = {}
    for source in sources:
        heading: set[str] = set()
        for index, text in enumerate(note_units[source.n]):
            if is_heading(text, source.chunk.text):
                heading = terms(text)
            elif heading:
                labelled[(source.n, index)] = heading
    return labelled


_PARAGRAPH = re.compile(r"\n\s*\n")
_SCENE_SENTENCES = 2


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(first sentence index, end index) of each paragraph of a note, as `units` numbers them (the
    note unwrapped at its own width, so a paragraph's narrower lines are not joined differently)."""
    spans, start = [], 0
    for paragraph in _PARAGRAPH.split(unwrapped(text)):
        count = len(_cut(paragraph))
        if count:
            spans.append((start, start + count))
            start += count
    return spans


def scene_setting(
    qtype: QuestionType, pool: Sequence[tuple[Source, int, str]], pool_words: Sequence[set[str]]
) -> dict[tuple[int, int], set[str]]:
    """For a quotation, the words of the sentences that set its scene, keyed by (source, index):
    notes set the scene, then quote ("SENCO rang. He has a bruise. He said '...'"; a paragraph
    opening "I spoke to her on her own in her bedroom." and quoting her below), so what a question
    asks about is often a sentence or two before the words it wants, or the paragraph's first."""
    scene: dict[tuple[int, int], set[str]] = {}
    if qtype is not QuestionType.QUOTE:
        return scene
    words_at = {(source.n, index): words for (source, index, _), words in zip(pool, pool_words, strict=True)}
    for (source, index, _), words in zip(pool, pool_words, strict=True):
        for ahead in range(1, _SCENE_SENTENCES + 1):
            scene.setdefault((source.n, index + ahead), set()).update(words)
    for source in {source.n: source for source, _, _ in pool}.values():
        for opening, end in paragraphs(source.chunk.text):
            for index in range(opening + 1, end):
                scene.setdefault((source.n, index), set()).update(words_at.get((source.n, opening), set()))
    return scene
