"""Answers without a language model: the sentences of the retrieved notes that answer the question.

Used when no Ollama server is configured or reachable, and as the fallback when one fails
mid-question. Every sentence it writes is copied from a note and cited, so it cannot invent a
fact; its risks are picking the wrong sentence and answering when it should say "not recorded",
and both are measured on the gold questions (bench/bench_answer.py, docs/answering.md).

A sentence's score mixes wording (rarity-weighted share of the question's terms it holds, the
note's title and type counting half; a named concept such as "personal adviser"/"PA" is one term)
and whether it holds the kind of thing the question wants: "when" a date, "who" someone named,
"how many" a count, "what did X say" a quotation, "which school"/"what is the name of" a name.
A day the question names restricts the answer to that day's notes; present-tense and "last"
questions take the newest of the near-best sentences. Weak best evidence means "not recorded".
"When" and yes/no answers lead with the date the sentence states for its event; "how many"
questions about an event type count the retrieved notes of that type.

How notes are laid out also decides (`passages`): a colon line and its list are one unit, a
labelled line is about its label ("Plan:" answers plan questions, "Summary:" what happened), a
line that only echoes the question is demoted, a "He"/"She" sentence holds the person named before
it, and the sentence next door joins the answer when it holds the place or number asked for.

This module scores sentences; `candidates` holds the rules acting on the ranked list, `counting`
the counts, `rendering` the cited text and `tuning` the weights.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

import numpy as np

from assistant.models import abstention, characteristics
from assistant.models.base import NOT_RECORDED, ChatRequest, QuestionType, Source
from assistant.models.candidates import (
    SCORE_PARTS,
    SUBJECT,
    Asked,
    Candidate,
    as_chosen,
    asks_for_a_name,
    asks_role_holder,
    asks_where,
    clear_of_ties,
    earliest_first,
    latest_first,
    names_something,
    naming_first,
    neighbour_with,
    polarity_evidence,
    quotable_extra,
    wanted_in_answer,
    with_someone_named,
)
from assistant.models.counting import (
    count_events,
    counted_terms,
    latest_stated_count,
    stated_in,
    states_a_number,
    states_count,
)
from assistant.models.evidence import (
    AMOUNT,
    CLOCK,
    COUNT,
    DATE,
    DATE_WORDS,
    GENERIC,
    INSTRUCTION,
    NAME_WORDS,
    NAMED,
    PERSON,
    PROPER_NAME,
    QUOTATION,
    QUOTED,
    TYPE_WORDS,
    echoes,
    keyword_share,
    labelled_by,
    names_referrer,
    negates,
    on_days,
    quotes_speaker,
    rarity,
    reported_within,
    respelled,
    with_places,
    word_forms,
)
from assistant.models.evidence import (
    format_date as format_date,  # re-exported: assistant.answering imports it from here
)
from assistant.models.passages import (
    asks_outcome,
    asks_plan,
    heading_terms,
    inherited_names,
    introduced_roles,
    is_heading,
    is_plan,
    label,
    label_kind,
    list_head,
    role_words,
    scene_setting,
    speaker_text,
    topic_label,
    units,
)
from assistant.models.questions import (
    ANSWER_CONCEPT_TERMS,
    acronyms,
    asks_current,
    mentioned_days,
    modifier_pairs,
    non_topic_terms,
    possessors,
    question_terms,
    spelled_out,
    terms,
    wants_earliest,
    wants_latest,
    wants_name,
    without_dates,
)
from assistant.models.ranker import LinearRanker, reorder
from assistant.models.ranker import features as ranker_features
from assistant.models.rendering import render
from assistant.models.tuning import ExtractiveTuning
from retrieval.types import Embedder

_REPEAT = re.compile(r"\b(again|another|once more|second|third|repeat(ed)?|further)\b", re.IGNORECASE)
"""A sentence recording a repeat ("went missing again", "a second referral") is not the first time."""


class ExtractiveChatModel:
    """Answers by quoting the best sentences of the sources, cited; "not recorded" when evidence is weak."""

    backend = "extractive"

    def __init__(
        self,
        embedder: Embedder | None = None,
        tuning: ExtractiveTuning | None = None,
        cache_size: int = 50_000,
        ranker: LinearRanker | None = None,
    ) -> None:
        self._embedder = embedder
        self._tuning = tuning or ExtractiveTuning()
        self._ranker = ranker or (LinearRanker.load() if self._tuning.ranker_weight else None)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        uses_embedder = embedder is not None and bool(self._tuning.similarity_weight)
        self.model = f"extractive+{embedder.model_id}" if uses_embedder and embedder else "extractive+keywords"

    def stream(self, request: ChatRequest) -> Iterator[str]:
        yield self.answer(request)

    def answer(self, request: ChatRequest) -> str:
        request = as_typed(request)
        chosen = self.select(request)
        if not chosen:
            return NOT_RECORDED
        stated = stated_in(chosen, counted_terms(request.question)) if request.qtype is QuestionType.HOW_MANY else None
        if request.qtype is QuestionType.HOW_MANY and stated is None:
            counted = count_events(request, chosen[0])
            if counted:
                return counted
        days = mentioned_days(request.question)
        other_day = bool(days) and not on_days([c.source for c in chosen], days)
        dated = request.qtype in (QuestionType.WHEN, QuestionType.YES_NO) or other_day
        asked = question_terms(without_dates(request.question)) - GENERIC
        answer = " ".join(
            render(
                candidate,
                dated and (index == 0 or candidate.source is not chosen[0].source),
                request.qtype,
                asked,
                index > 0,
                request.sources,
            )
            for index, candidate in enumerate(chosen)
        )
        if request.qtype is QuestionType.YES_NO:
            deciding = chosen[: self._tuning.polarity_sentences]
            said_no = abstention.says_no(request.question, as_chosen(polarity_evidence(request.question, deciding)))
            return f"{'No' if said_no else 'Yes'}, according to the notes: {answer}"
        if stated is not None:
            return f"{stated}, according to the notes: {answer}"
        return answer

    def select(self, request: ChatRequest) -> list[Candidate]:
        """The sentences that answer (up to `max_sentences`), best first; empty when the notes do not."""
        ranked = self.ranked(request)
        if not ranked:
            return []
        request = as_typed(request)
        tuning = self._tuning
        if request.qtype is QuestionType.WHO:
            ranked = naming_first(ranked, {SUBJECT, *NAMED.findall(request.question)}, tuning)
        every = ranked
        if request.qtype in _ON_TOPIC:
            ranked = [c for c in ranked if c.on_topic]
            if not ranked:
                return []
        if request.qtype is QuestionType.HOW_MANY:
            ranked = latest_stated_count(ranked, counted_terms(request.question), tuning.count_margin)
        best = ranked[0]
        if best.score < tuning.min_score or best.keyword_share < tuning.min_keyword_share:
            return []
        chosen = [best]
        following: Candidate | None = None
        for other in ranked[1:]:
            if quotable_extra(other, best, chosen, request.question, tuning):
                if len(chosen) >= tuning.max_sentences:
                    following = other
                    break
                chosen.append(other)
        chosen = clear_of_ties(chosen, following, tuning)
        if request.qtype is QuestionType.WHO:
            near = [c for c in every if c.on_topic or c.source is best.source]
            chosen = with_someone_named(chosen, near, {SUBJECT, *NAMED.findall(request.question)}, tuning)
        if asks_for_a_name(request.question) and not any(names_something(c.text, request.question) for c in chosen):
            return []
        wanted = wanted_in_answer(request)
        if wanted is not None and not any(wanted.search(c.text) for c in chosen):
            neighbour = neighbour_with(best, every if request.qtype is QuestionType.HOW_MANY or asks_where(request.question) else ranked, wanted)
            if neighbour is not None:
                chosen = sorted([best, neighbour], key=lambda c: c.index)
        if not abstention.supports(request.question, request.qtype, as_chosen(chosen)):
            return []
        return chosen

    def ranked(self, request: ChatRequest) -> list[Candidate]:
        """Every candidate sentence, best first, before any gate: the hand ranking, its head
        re-ordered by the learned ranker when `tuning.ranker_weight` is set. The seam the ranker's
        dataset (bench/ranker_loco.py) reads, so it sees exactly what the answerer chooses from."""
        request = as_typed(request)
        return self._learned_order(request, self._rank(request))

    def ranker_inputs(self, request: ChatRequest, ranked: Sequence[Candidate]) -> list[dict[str, float]]:
        """The learned ranker's inputs for the head of a hand ranking (`ranker.features`)."""
        head = list(ranked[: self._tuning.ranker_top])
        similarities = (
            self._similarities(without_dates(request.question), [c.text for c in head])
            if self._tuning.ranker_similarity
            else [0.0] * len(head)
        )
        return ranker_features(request.qtype, head, similarities, {SUBJECT, *NAMED.findall(request.question)})

    def _learned_order(self, request: ChatRequest, ranked: list[Candidate]) -> list[Candidate]:
        if self._ranker is None or not self._tuning.ranker_weight or len(ranked) < 2:
            return ranked
        top = self._tuning.ranker_top
        logits = [self._ranker.score(row) for row in self.ranker_inputs(request, ranked)]
        return reorder(ranked[:top], logits, self._tuning.ranker_weight) + ranked[top:]

    def _rank(self, request: ChatRequest) -> list[Candidate]:
        question = without_dates(request.question)
        question_words = question_terms(question)
        if request.qtype is QuestionType.WHO or wants_name(request.question):
            question_words -= NAME_WORDS
        if request.qtype is QuestionType.WHEN:
            question_words -= DATE_WORDS
        days = mentioned_days(request.question)
        sources = on_days(request.sources, days) or request.sources
        lists = request.qtype is not QuestionType.WHO
        note_units = {source.n: units(source.chunk.text, lists) for source in sources}
        pool = [
            (source, index, text)
            for source in sources
            for index, text in enumerate(note_units[source.n])
            if not INSTRUCTION.search(text) and not is_heading(text, source.chunk.text)
        ]
        if not pool:
            return []
        heads = [list_head(text) for _, _, text in pool]
        role = request.qtype is QuestionType.WHO and asks_role_holder(request.question)
        roles = {source.n: introduced_roles(source.chunk.text) for source in sources}
        pool_words = [
            word_forms(question_words, with_places(terms(head) | acronyms(head) | _people_words(note_units[source.n], index, roles[source.n])), role)
            for (source, index, _), head in zip(pool, heads, strict=True)
        ]
        weights = rarity(question_words, self._neutral(pool, pool_words, request.question), possessors(question))
        topic = topic_terms(weights, possessors(question) | non_topic_terms(question))
        asked_status = question_words & ANSWER_CONCEPT_TERMS
        contexts = {source.n: _context(source) for source in sources}
        labels = heading_terms(sources, note_units)
        missing = question_words - set().union(*pool_words, *contexts.values(), *labels.values()) - GENERIC
        titles = set().union(*contexts.values())
        qualified = {head for modifier, head in modifier_pairs(question) if modifier in missing and head not in titles}
        asked_about = {SUBJECT, *NAMED.findall(request.question)}
        named = request.qtype is QuestionType.WHAT and wants_name(request.question)
        count = len(request.sources)
        first = wants_earliest(request.question)
        previous = scene_setting(request.qtype, pool, pool_words)
        counted = question_words - GENERIC if request.qtype is QuestionType.HOW_MANY else set()
        asked = Asked.of(request, question_words)
        candidates = []
        for (source, index, text), words, head in zip(pool, pool_words, heads, strict=True):
            words = words | asked.held_by(text)
            spoken = speaker_text(note_units[source.n], index, roles[source.n]) if asked.speaker else text
            if asked.speaker and quotes_speaker(spoken, asked.speaker):
                # The line gives the asked speaker's words, though it names them by label, pronoun or
                # short form ("MGF: ...", "Said ..."): it holds the speaker the question names.
                words = words | (asked.speaker & question_words)
            context = contexts[source.n] | previous.get((source.n, index), set()) | labels.get((source.n, index), set())
            if len(head) < len(text):
                context = context | terms(text[len(head) :])
            share = keyword_share(weights, words, context)
            dated = self._date_fit(days, source.chunk.date)
            typed = self._note_type_fit(question_words, source)
            prior = self._tuning.rank_weight * (1 - (source.n - 1) / max(count, 1))
            fit = self._type_fit(request.qtype, text, asked_about) + (self._name_fit(text) if named else 0.0)
            parts = (
                self._tuning.keyword_weight * share,
                fit,
                dated,
                typed,
                prior,
                self._tuning.stated_count_bonus if counted and states_count(text, counted) else 0.0,
                -self._tuning.repeat_penalty if first and _REPEAT.search(text) else 0.0,
                self._layout_fit(request.qtype, text, words, weights, asked_about, source.chunk.text),
                self._asked_fit(asked, text, asked_about, spoken),
            )
            score = sum(parts)
            evidence = (
                keyword_share(weights, words, context, discount=qualified)
                + (self._tuning.date_evidence if dated > 0 else 0.0)
                + (self._tuning.type_evidence if typed else 0.0)
                - self._tuning.unmatched_penalty * len(missing)
            )
            on_topic = not topic or bool(topic & (words | context)) or bool(asked_status & words) or asked.answers(text)
            named_parts = tuple(zip(SCORE_PARTS, parts, strict=True))
            candidates.append(Candidate(source, index, text, score, evidence, on_topic, named_parts))
        ranked = sorted(candidates, key=lambda c: (-c.score, c.source.n, c.index))
        ranked = self._rerank(question, ranked)
        if wants_latest(request.question) or asks_current(request.question):
            return latest_first(ranked, self._tuning.recency_margin)
        if wants_earliest(request.question):
            return earliest_first(ranked, self._tuning.recency_margin)
        return ranked

    def _neutral(self, pool: Sequence[tuple[Source, int, str]], pool_words: list[set[str]], question: str) -> list[set[str]]:
        """The sentences whose words weigh the question's terms: all but those stating a protected
        characteristic the question does not ask about. A family's faith, ethnicity or language
        written into a note ("Mum is a practising Muslim") must not make the question's other words
        rarer or commoner, or a twin family's answer would quote different lines (the bias suite's
        flips, docs/answering.md session 13). Such a line stays a candidate; it only stops counting."""
        if not self._tuning.neutral_rarity:
            return pool_words
        kept = [words for (_, _, text), words in zip(pool, pool_words, strict=True) if not characteristics.unasked(text, question)]
        return kept or pool_words

    def _rerank(self, question: str, ranked: list[Candidate]) -> list[Candidate]:
        """Meaning decides between the few best by wording: only they are embedded, to stay fast."""
        if self._embedder is None or not self._tuning.similarity_weight:
            return ranked
        head, tail = ranked[: self._tuning.rerank_top], ranked[self._tuning.rerank_top :]
        similarities = self._similarities(question, [c.text for c in head])
        weight = self._tuning.similarity_weight
        rescored = [replace(c, score=c.score + weight * sim) for c, sim in zip(head, similarities, strict=True)]
        return sorted(rescored, key=lambda c: (-c.score, c.source.n, c.index)) + tail

    def _date_fit(self, days: Sequence[tuple[int, int, int | None]], date: dt.date) -> float:
        """A question naming '21 March' is about the note of that day, whatever its words."""
        if not days:
            return 0.0
        for day, month, year in days:
            if (date.day, date.month) == (day, month) and year in (None, date.year):
                return self._tuning.date_bonus
        return -self._tuning.date_penalty

    def _note_type_fit(self, question_words: set[str], source: Source) -> float:
        """'When was the ICPC?' is answered by the ICPC note, not the s47 note recommending one."""
        return self._tuning.note_type_bonus if question_words & TYPE_WORDS.get(source.chunk.note_type, set()) else 0.0

    def _type_fit(self, qtype: QuestionType, text: str, asked_about: set[str]) -> float:
        """Does the sentence hold the kind of thing the question wants?"""
        bonus = self._tuning.type_bonus
        if qtype is QuestionType.WHO:
            if set(NAMED.findall(text)) - asked_about:
                return bonus
            return bonus / 2 if PERSON.search(text) else -self._tuning.type_penalty
        wanted = {QuestionType.WHEN: DATE, QuestionType.HOW_MANY: COUNT, QuestionType.QUOTE: QUOTED}.get(qtype)
        if wanted is None:
            return 0.0
        if qtype is QuestionType.QUOTE and QUOTATION.search(text):
            return 2 * bonus
        if qtype is QuestionType.HOW_MANY:
            return bonus if states_a_number(text) else -self._tuning.type_penalty
        if wanted.search(text):
            return bonus
        return 0.0 if qtype is QuestionType.WHEN else -self._tuning.type_penalty

    def _layout_fit(
        self,
        qtype: QuestionType,
        text: str,
        words: set[str],
        weights: dict[str, float],
        asked_about: set[str],
        note_text: str,
    ) -> float:
        """How the line is laid out: a labelled line is about its label ("Outcome:", "NRM:"), a "Plan:"
        line answers plan questions and a "Summary:"/"Outcome:" line what happened; a line that only
        echoes the question adds nothing (a wording that answers a status question, "studying at
        college" for "in education?", is an answer, not an echo)."""
        tuning = self._tuning
        question_words = set(weights)
        fit = 0.0
        written = label(text) if qtype in _ECHO_DEMOTED or qtype is QuestionType.YES_NO else None
        labelled = terms(_POSSESSIVE.sub(" ", written)) & question_words if written is not None and topic_label(text) else set()
        if labelled and max(weights[w] for w in labelled) >= max(weights.values()) - 1e-9:
            fit += tuning.label_bonus
        if is_plan(text) and not asks_plan(question_words):
            fit -= tuning.plan_penalty
        elif label_kind(text) == "outcome" and qtype in _WHAT_HAPPENED and asks_outcome(question_words, qtype):
            fit += tuning.outcome_bonus
            if qtype is QuestionType.QUOTE and not QUOTATION.search(note_text):
                # A letter's or report's "Summary:" is what its author said, in their words, though
                # it holds no quotation marks or "said": in a note quoting no one it takes the fit a
                # quotation gets (where the note quotes someone, the quotation is the answer).
                fit += tuning.type_bonus + tuning.type_penalty
        if qtype in _ECHO_DEMOTED and echoes(text, question_words - ANSWER_CONCEPT_TERMS, asked_about, words):
            fit -= tuning.echo_penalty
        return fit

    def _asked_fit(self, asked: Asked, text: str, asked_about: set[str], spoken: str | None = None) -> float:
        """What the way the question is asked wants of the sentence: "how much" an amount (£, kg);
        "what did mum say" mum's own words, not a quotation that mentions her; "when was she
        detained" not the line saying she was NOT detained; "what was the outcome of" the result,
        not the line planning the assessment; "who referred" the referral naming its source; "who
        are his carers" everyone in the role ("placed with [CARER] and [CARER 2]"), not one of them;
        "what time" a time of day ("7.30 to 8.30"), not the day. `spoken` is the sentence as whose
        words a reader takes it (`passages.speaker_text`: "He said" after "call from [FATHER]")."""
        tuning = self._tuning
        fit = 0.0
        if asked.amount:
            fit += tuning.type_bonus if AMOUNT.search(text) else -tuning.type_penalty
        if asked.speaker and quotes_speaker(text if spoken is None else spoken, asked.speaker):
            fit += tuning.type_bonus
            if labelled_by(text, asked.speaker) and not QUOTATION.search(text):
                # "Disclosure (read out by PC): he has two convictions" gives what its label said,
                # without quotation marks: it takes the fit a quotation gets.
                fit += tuning.type_bonus + tuning.type_penalty
        elif asked.speaker and reported_within(text, asked.speaker):
            # 'Said "grandad says I'll get brainwashed"' is the child's words about grandad: the
            # asked speaker named inside someone else's quotation is reported, not speaking.
            fit -= tuning.type_penalty
        if asked.event and negates(text, asked.event):
            fit -= tuning.echo_penalty
        if asked.outcome and is_plan(text, by_label=False, by_action=True):
            fit -= tuning.plan_penalty
        if asked.referrer:
            fit += tuning.type_bonus if names_referrer(text) else -tuning.type_penalty
        if asked.plural and len(set(NAMED.findall(text)) - asked_about) >= 2:
            fit += tuning.type_bonus / 2
        if asked.clock:
            fit += tuning.type_bonus if CLOCK.search(text) else -tuning.type_penalty
        return fit

    def _name_fit(self, text: str) -> float:
        return self._tuning.type_bonus if PROPER_NAME.search(text) else 0.0

    def _similarities(self, question: str, texts: Sequence[str]) -> list[float]:
        if self._embedder is None:
            return [0.0] * len(texts)
        missing = [text for text in dict.fromkeys([question, *texts]) if text not in self._cache]
        if missing:
            for text, vector in zip(missing, self._embedder.embed(missing), strict=True):
                self._remember(text, vector)
        query = self._cache[question]
        return [float(np.dot(query, self._cache[text])) for text in texts]

    def _remember(self, text: str, vector: np.ndarray) -> None:
        self._cache[text] = vector
        self._cache.move_to_end(text)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


_POSSESSIVE = re.compile(r"\b\S+(?:['’]s|s['’])(?=\s|$)")
"""An owner in a label ("Carers' address:", "Mum's GP:") is not what the line is about."""
_ECHO_DEMOTED = frozenset({QuestionType.WHAT, QuestionType.WHO, QuestionType.QUOTE})
"""Questions an echo does not answer. A yes/no is answered by the echo ("Case stepped down."); a
"when" or "how many" by the note the echo opens ("CLA review." dates the review note)."""
_WHAT_HAPPENED = frozenset({QuestionType.WHAT, QuestionType.QUOTE})
"""Questions a "Summary:"/"Outcome:" line answers ("what did CAMHS say after the assessment")."""
_ON_TOPIC = frozenset({QuestionType.YES_NO, QuestionType.WHO})
"""Questions whose answer must hold their topic: a yes/no is otherwise answered by any sentence
sharing a word, and a "who" by anyone named near a common word ("contact worker [PERSON 12]" is
not the key worker at nursery)."""


def as_typed(request: ChatRequest) -> ChatRequest:
    """The request with its question read as the worker meant it: contractions spelled out
    (`questions.spelled_out`) and a doubled letter typed once written as the notes write the word
    (`evidence.respelled`), so neither the ranking nor the gates count a slip as a missing word."""
    texts = [source.chunk.text for source in request.sources]
    return replace(request, question=respelled(spelled_out(request.question), texts))


def topic_terms(weights: dict[str, float], excluded: AbstractSet[str] = frozenset()) -> set[str]:
    """What a question is about: its rarest term(s) among the retrieved sentences ("partner" in "does
    mum have a new partner?", "allowance" in "does mum get carers allowance?"). A yes/no answer
    must hold it: sharing a common word ("mum", "new", "held") is not evidence, and a question whose
    topic the notes never mention is "not recorded". Owners ("mum's"), words any answer uses
    ("get", "name") and `non_topic_terms` (verbs, adverbs: "allowed", "around") are passed in
    `excluded` and are never the topic."""
    weights = {word: weight for word, weight in weights.items() if word not in GENERIC and word not in excluded}
    if not weights:
        return set()
    top = max(weights.values())
    return {word for word, weight in weights.items() if weight >= top - 1e-9}


def _people_words(units_of_note: list[str], index: int, roles: dict[str, str]) -> set[str]:
    """The people a sentence is about, as words: those a leading "He"/"She" stands for
    (`inherited_names`) and the roles its people were introduced with in the note
    (`introduced_roles`: "[PERSON 2] said ..." is the PE teacher's line)."""
    inherited = inherited_names(units_of_note, index)
    return terms(inherited) | terms(role_words(f"{units_of_note[index]} {inherited}", roles))


def _context(source: Source) -> set[str]:
    """What a sentence's note says about all its sentences: its title, its type, and the month it is
    dated, so "what did she say in October?" is about the October note's sentences."""
    chunk = source.chunk
    return terms(f"{chunk.title} {chunk.note_type.replace('_', ' ')} {chunk.date:%B}")
