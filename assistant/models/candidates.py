"""A candidate sentence, how the question is asked, and the rules that reorder or complete a ranked
list of candidates before it is quoted.

The answerer scores every sentence of the retrieved notes (`extractive`); these rules then act on
the ranked list as a whole, for what no one sentence's score can say: a "who" answer names someone,
the newest or oldest of the near-best answers "now" and "first", a quotation or a place is often in
the sentence next door, and context sentences must be evidence of the same case and must not bring
in a protected characteristic the question did not ask about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.models import abstention, characteristics
from assistant.models.base import ChatRequest, QuestionType, Source
from assistant.models.evidence import (
    GENERIC,
    NAME_WORDS,
    NAMED,
    PROPER_NAME,
    QUOTATION,
    asked_speaker_phrase,
    asks_amount,
    asks_clock_time,
    asks_referrer,
    names_referrer,
    reported_speaker_phrase,
    speaker_words,
)
from assistant.models.passages import asks_outcome
from assistant.models.questions import classify, terms, wants_name
from assistant.models.tuning import ExtractiveTuning

SCORE_PARTS = ("share", "fit", "dated", "typed", "prior", "counted", "repeat", "layout", "asked_fit")
"""The hand score's parts, in the order `ExtractiveChatModel` adds them (`Candidate.parts`)."""

SUBJECT = "[CHILD]"
"""The case's own child as pseudonymised: every note is about them, so they never answer "who"."""

_REFERRED = frozenset(terms("referred referral refer"))
_WHO_ARE = re.compile(r"^\s*who\s+(?:are|were)\b", re.IGNORECASE)
"""'Who are his carers now', 'who were at the meeting': everyone in the role, so a sentence naming
two people beats one naming either."""
_ROLE_HOLDER = re.compile(
    r"^\s*who\s+(is|was|are|were)\s+(?!\S+ing\b)(\S+\s+){0,4}?(gp|doctor|teacher|head ?teacher|(key|social|support|youth|family|contact) ?worker|"
    r"worker|adviser|advisor|officer|dsl|senco|nurse|health visitor|hv|iro|sw|pa|carer|foster carers?|solicitor|"
    r"paediatrician|consultant|therapist|midwife|psychologist|psychiatrist|mentor|guardian|chair)s?\b"
    r"(\s+(at|from|in|for|with)\s+\S+(\s+\S+)?)?\W*$",
    re.IGNORECASE,
)
"""'Who is her GP?', 'who's tamsin's keyworker at compass' (the question ends with the role, or the
role and where): the answer is the person holding the role, by name. "GP surgery (info to be sent)"
names nobody, so it is no answer; 'who is she living with' asks something else."""
_WHERE = re.compile(r"^\s*(?:and\s+)?where\b", re.IGNORECASE)
_A_NUMBER = re.compile(
    r"(?<![\d/.:])\b\d{1,3}\b(?![/.:]\d|\])|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)
"""A count stated in figures or words (a date, a clock time or a pseudonym's index "[PERSON 3]" is not one)."""
_A_PLACE = re.compile(
    r"\b(?:in|at|to|from|near|outside|inside)\s+(?:the\s+)?(?:[A-Z][a-z'’]+|\[[A-Z ]*ADDRESS[^\]]*\])"
)
"""Where: a named place ("in Bradford", "at [ADDRESS 2]"); "in the bathroom" names no place."""


@dataclass(frozen=True)
class Asked:
    """How the question is asked, read once per question: what shape of sentence answers it."""

    amount: bool = False
    speaker: frozenset[str] = frozenset()
    event: frozenset[str] = frozenset()
    outcome: bool = False
    referrer: bool = False
    plural: bool = False
    clock: bool = False

    @classmethod
    def of(cls, request: ChatRequest, question_words: set[str]) -> Asked:
        qtype = request.qtype
        return cls(
            amount=qtype is QuestionType.HOW_MANY and asks_amount(request.question),
            speaker=frozenset(_speaker(request.question, qtype)),
            event=frozenset(question_words - GENERIC) if qtype is QuestionType.WHEN else frozenset(),
            outcome=qtype is QuestionType.WHAT and asks_outcome(question_words, qtype),
            referrer=qtype is QuestionType.WHO and asks_referrer(request.question),
            plural=qtype is QuestionType.WHO and bool(_WHO_ARE.search(request.question)),
            clock=asks_clock_time(request.question),
        )

    def held_by(self, text: str) -> set[str]:
        """Question terms the sentence holds by its shape: a referral record ("Contact received from
        X", "Referrer: GP") holds the asked referral however the question words it ("referred in")."""
        return set(_REFERRED) if self.answers(text) else set()

    def answers(self, text: str) -> bool:
        """Is the sentence of the shape the question asks for, whatever its words ("Contact received
        from X, community midwife" answers "who referred this one in?" though it shares no word)?"""
        return self.referrer and names_referrer(text)


@dataclass(frozen=True)
class Candidate:
    source: Source
    index: int
    text: str
    score: float
    keyword_share: float
    on_topic: bool = True
    """Holds (or its note's title or paragraph label holds) the question's topic: see `topic_terms`."""
    parts: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    """The hand score's parts by name (`SCORE_PARTS`), so a learned ranker (`ranker`) can weigh them."""


def _speaker(question: str, qtype: QuestionType) -> set[str]:
    """Whose words the question asks for, as `speaker_words`: a quote question's speaker, or the
    person whose account a "what" question asks ("what did dad say the trip was for"). A worker
    asking by name asks by the pseudonym token the question now holds ("what did [CHILD] say")."""
    if qtype is QuestionType.QUOTE:
        return speaker_words(asked_speaker_phrase(question))
    if qtype is QuestionType.WHAT:
        return speaker_words(reported_speaker_phrase(question))
    return set()


def asks_role_holder(question: str) -> bool:
    """Does a "who" question end with a role ("who is her GP?"), so that the person holding it, by
    name, is the answer?"""
    return bool(_ROLE_HOLDER.search(question))


def asks_where(question: str) -> bool:
    """Does the question start with "where" ("and where was he found?")?"""
    return bool(_WHERE.search(question))


def quotable_extra(
    other: Candidate, best: Candidate, chosen: Sequence[Candidate], question: str, tuning: ExtractiveTuning
) -> bool:
    """May `other` be quoted after the best sentence? Same case, evidence in its own right, not a
    repeat, and no protected characteristic the question did not ask about (context must not bring
    in a family's religion or a disability: the bias gate, docs/answering.md)."""
    return (
        other.source.chunk.case_id == best.source.chunk.case_id
        and other.score >= tuning.min_score
        and other.text not in {c.text for c in chosen}
        and not characteristics.unasked(other.text, question)
    )


def clear_of_ties(chosen: list[Candidate], following: Candidate | None, tuning: ExtractiveTuning) -> list[Candidate]:
    """The chosen sentences without a last one beyond the first `firm_sentences` that only a tie put
    there: when the next quotable line's wording scores within `tie_margin` of it, what decides
    between the two is retrieval's rank (`prior`), and a twin family's names or a faith line move a
    note up or down that rank, so neither is quoted. Notes repeat a line from visit to visit ("seen
    alone in bedroom"); which of six such visits is the fourth line must not depend on who the family
    are. Lines of one note tie too ("she said ..." five times in one visit), but their order in the
    note decides, which no twin changes. The first lines are the answer and are always kept."""
    if not tuning.tie_margin or following is None or len(chosen) <= tuning.firm_sentences:
        return chosen
    if following.source.chunk.note_id == chosen[-1].source.chunk.note_id:
        return chosen  # within one note the lines' order decides, and no twin changes it
    if wording(chosen[-1]) - wording(following) >= tuning.tie_margin:
        return chosen
    return chosen[:-1]


def wording(candidate: Candidate) -> float:
    """The hand score without retrieval's rank: what the sentence itself and its note say."""
    return candidate.score - dict(candidate.parts).get("prior", 0.0)


def as_chosen(candidates: Sequence[Candidate]) -> list[abstention.Chosen]:
    """The candidates as the abstention checks read them."""
    return [abstention.Chosen(c.text, c.source.chunk.text, c.source.chunk.date) for c in candidates]


def polarity_evidence(question: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """The sentences whose polarity answers a yes/no question: those that speak of what it asks
    about (hold one of its key terms), and of those the newest note's. A careful reader does not
    answer "did the court authorise it?" with "No" because a context sentence says the parents
    "did not oppose", and reads a case file forward: "no contact for a year" is superseded by the
    later "first supervised contact took place", "remand, plea hearing not yet listed" by the later
    "sentenced for the breach". When no chosen sentence holds a key term, all of them decide."""
    asked = abstention.key_terms(question)
    about = [c for c in chosen if terms(c.text) & asked] or list(chosen)
    newest = max(c.source.chunk.date for c in about)
    picked = [c for c in about if c.source.chunk.date == newest]
    headings = {(c.source.n, c.index) for c in picked if len(_WORD.findall(c.text)) <= _HEADING_WORDS}
    return picked + [c for c in chosen if (c.source.n, c.index - 1) in headings and c not in picked]


_WORD = re.compile(r"[^\W_]+")
_HEADING_WORDS = 4
"""A line this short that holds the asked event ("RCPC 26th March") is a heading: what it records is
the next line of its passage ("Plan ended; stepped down to CIN"), which decides the polarity too."""


def asks_for_a_name(question: str) -> bool:
    """'What is the name of mum's MS nurse?', 'Who is her keyworker, full name?': a person's name is
    the whole answer. People are pseudonymised to tokens, so a sentence naming one is easy to see;
    a pet's or a school's name is not held to this (notes write "Biscuit the dog")."""
    return classify(question) is QuestionType.WHO and (bool(terms(question) & NAME_WORDS) or asks_role_holder(question))


def names_something(text: str, question: str) -> bool:
    """Does the sentence name someone or something the question does not already name? "Mum to speak
    to her MS nurse" mentions the nurse but is no answer to "what is the nurse's name"."""
    return bool(set(NAMED.findall(text)) - {SUBJECT, *NAMED.findall(question)}) or bool(PROPER_NAME.search(text))


def latest_first(ranked: list[Candidate], margin: float) -> list[Candidate]:
    """Among the candidates nearly as good as the best, the newest note first."""
    best = ranked[0].score
    close = [c for c in ranked if c.score >= best - margin]
    newest = max(close, key=lambda c: (c.source.chunk.date, c.score))
    return [newest, *[c for c in ranked if c is not newest]]


def earliest_first(ranked: list[Candidate], margin: float) -> list[Candidate]:
    """Among the candidates nearly as good as the best, the oldest note first: "first foster carers"."""
    best = ranked[0].score
    close = [c for c in ranked if c.score >= best - margin]
    oldest = min(close, key=lambda c: (c.source.chunk.date, -c.score))
    return [oldest, *[c for c in ranked if c is not oldest]]


def with_someone_named(
    chosen: list[Candidate], ranked: Sequence[Candidate], asked_about: set[str], tuning: ExtractiveTuning
) -> list[Candidate]:
    """A "who" answer that names nobody is incomplete: "mum to seek an order with IDVA support" says
    a role is involved; the best sentence that names the person in it ("spoke to [PERSON 3] (IDVA)")
    joins the answer when it is evidence in its own right and not far behind."""
    if any(set(NAMED.findall(c.text)) - asked_about for c in chosen):
        return chosen
    floor = chosen[0].score * tuning.naming_completion_ratio
    for other in ranked:
        if other.score < floor:
            break
        if (
            other not in chosen
            and set(NAMED.findall(other.text)) - asked_about
            and other.keyword_share >= tuning.min_keyword_share
        ):
            return [*chosen[:1], other]
    return chosen


def naming_first(ranked: list[Candidate], asked_about: set[str], tuning: ExtractiveTuning) -> list[Candidate]:
    """A "who" answer names someone: when the best sentence only mentions a role or a place, a
    nearly as good sentence that names someone comes first ("DSL [DSL] reports ..." over "School
    liaison - Castle Park Primary")."""
    best = ranked[0]
    if set(NAMED.findall(best.text)) - asked_about:
        return ranked
    for other in ranked[1:]:
        if other.score < best.score * tuning.naming_ratio:
            break
        if set(NAMED.findall(other.text)) - asked_about and other.keyword_share >= tuning.min_keyword_share:
            return [other, *[c for c in ranked if c is not other]]
    return ranked


def wanted_in_answer(request: ChatRequest) -> re.Pattern[str] | None:
    """What the answer must hold and may find in the next sentence: a quotation, or the name a
    "which hospital" question wants. A "who" answer is not completed this way: the sentence after
    a role often names someone else ("[BROTHER] was playing")."""
    if request.qtype is QuestionType.QUOTE:
        return QUOTATION
    if request.qtype is QuestionType.WHAT and wants_name(request.question):
        return PROPER_NAME
    if request.qtype is QuestionType.HOW_MANY:
        return _A_NUMBER
    if request.qtype is QuestionType.WHAT and asks_where(request.question):
        return _A_PLACE
    return None


def neighbour_with(best: Candidate, ranked: Sequence[Candidate], wanted: re.Pattern[str]) -> Candidate | None:
    """Notes split a fact across sentences: what someone said follows the sentence that sets the
    scene ("seen alone. She said ..."), the hospital's name the sentence about the injury ("He was
    stabbed. He was taken to ... Infirmary"). The nearest sentence of the same note holding what
    the question wants joins the answer."""
    near = [
        c for c in ranked if c.source is best.source and 0 < abs(c.index - best.index) <= 2 and wanted.search(c.text)
    ]
    return min(near, key=lambda c: (abs(c.index - best.index), c.index), default=None)
