"""Reading a question without a language model: its type, its content words, and sentence splitting.

Shared by the extractive answerer (which needs to know that "when" wants a date) and the offline
condenser (which needs a question's subject to carry into a follow-up).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Set as AbstractSet

from assistant.models.base import QuestionType
from retrieval.expansion import SYNONYMS

_QUOTE = re.compile(
    r"\bwhat (did|does|has|had) .{1,60}?\b(say|said|tell|told|report|reported|disclose|disclosed|describe|described|share|shared|mention|mentioned)\b"
    r"|\bin (his|her|their) own words\b|\bquote\b|\bwords did\b|\bwhat were .{1,40}\bwords\b"
    r"|\b(said|told \S+) something\b|\bwhat (was it|were they|did (he|she|they) say) exactly\b|\bexact words\b"
    r"|\b(his|her|their) words\b|\bwords,? please\b"
    r"|\bwhat (reason|reasons|explanation|account|excuse) did .{1,60}?\b(give|gave|offer|offered)\b",
    re.IGNORECASE,
)
"""Workers also ask for a quotation indirectly: "She said something about sleeping - what was it
exactly?", "Why did she go there - her words please"."""
_HOW_MANY = re.compile(r"\bhow (many|often|much)\b|\bnumber of\b|\bhow many times\b", re.IGNORECASE)
_WHEN = re.compile(
    r"^\s*when\b|^\s*(?:the\s+)?dates?\b(?!\s+of\s+birth)|\bwhat date\b|\bwhich date\b|\bon what day\b|\bwhat time\b",
    re.IGNORECASE,
)
"""'When' asks for a date only as the question's first word: in "What was her legal status when she
came into care?" it is a conjunction and the question wants the status. A chat-box question that
opens with "date" ("date mum came home from the unit?") asks when, as "what date" does; a date of
birth is a value, not an event's day."""
_WHO = re.compile(
    r"\bwho\b|\bwhose\b|\bwhich (professional|worker|person|agency|officer|gp|doctor|teacher|neighbour|neighbor|"
    r"relative|friend|carers?|adult|man|woman|family member|chair|nurse|paediatrician)\b"
    r"|\bwhat is the name of (\S+ ){0,3}?(gp|doctor|teacher|worker|social worker|adviser|advisor|"
    r"officer|dsl|nurse|health visitor|iro|head ?teacher|carer|foster carer|partner|boyfriend|girlfriend|solicitor)\b",
    re.IGNORECASE,
)
"""A person, not a place or a pet: "which school" and "the name of the family's dog" are "what" questions."""
_CHOICE = re.compile(r",[^,?]+\bor\b[^?]*\??\s*$|\beither\b", re.IGNORECASE)
"""'Is he in education, work or training?' offers alternatives: the answer is the one that holds, not yes or no."""
_YES_NO = re.compile(
    r"^\s*(and\s+)?(is|are|was|were|has|have|had|did|does|do|can|could|will|would|should)\b", re.IGNORECASE
)
_LEADING_AND = re.compile(r"^\s*(and|so|also|then|ok|okay)[,\s]+", re.IGNORECASE)

STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "tell", "know", "say", "said", "says", "anything", "something", "recorded", "record", "records", "note", "notes", "case", "child", "please", "many", "much", "often", "times", "time", "last", "first", "ever", "any", "happened", "happen", "like", "still", "yet", "anymore",
     "children", "kids", "exactly", "please", "us",
     "latest", "newest", "recent", "recently", "currently", "earliest", "actual", "actually", "really",
     "whose", "even", "though", "although", "they're", "we're", "you're", "i'm", "i've", "they've", "we've", "you've",
     "i'd", "he'd", "she'd", "they'd", "we'd", "they’re", "we’re", "you’re", "i’m", "i’ve", "they’ve"]
)
"""Words no note's sentence holds for the asker: "latest", "recent", "earliest" say which record in
time (`wants_latest`/`wants_earliest` read them as an order on the notes, as they do "last" and
"first"), and "actual", "actually", "really" how sure the asker wants to be ("what did he actually
say", "what's the actual injury"). As terms they were found in no note, so they counted against
every sentence and discounted the noun they qualify ("latest HbA1c result" found no HbA1c). "Whose",
"even though" and a pronoun's contraction ("they're") are grammar: stemmed ("whos", "they'r") they
were a question's rarest terms, held by no line, so every line was off its topic."""

WORD = _WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+")
"""A word of a question or a sentence, as every reader here splits them."""
TOKEN_LABEL = r"[A-Z][A-Z_'’ \-]*[A-Z]"
"""The label inside a pseudonym token, as redaction writes it: a role the notes give may hold a
hyphen or a curly apostrophe ("[HALF-BROTHER]", "[MOTHER’S PARTNER]"). One character class for every
reader (questions, abstention, evidence): with a narrower copy a "[HALF-BROTHER]" in a question was no
token here, so his role words became topic words and his possessive no owner."""
TOKEN = _TOKEN = re.compile(rf"\[({TOKEN_LABEL})(?: (\d+))?\]")
"""A pseudonym token: "[PERSON 4]" is one person, "[BROTHER]" the case's brother; group 1 is the
label, group 2 the number."""
_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(\s+)(?=[\"'“‘(]?[A-Z0-9\[])|(\n+)")
_ABBREVIATIONS = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St|No|approx|e\.g|i\.e|etc|vs)\.$", re.IGNORECASE)


_CONTRACTED_IS = re.compile(r"\b(what|who|where|when|how|why|which|that|there)['’]?s\b", re.IGNORECASE)
_CONTRACTED_NOT = re.compile(
    r"\b(is|was|are|were|has|have|had|did|does|do|could|would|should)n['’]?t\b|\b(ca)n['’]t\b|\bcant\b|\b(wo)n['’]?t\b",
    re.IGNORECASE,
)


_MISTYPED = (
    (re.compile(r"\b(?:wat|wot|wht|waht)(s?)\b", re.IGNORECASE), r"what\1"),
    (re.compile(r"^(\s*)(?:wen|whn)\b", re.IGNORECASE), r"\1when"),
    (re.compile(r"^(\s*)(?:hw|hwo)\b", re.IGNORECASE), r"\1how"),
)
"""Interrogatives as they are typed in a chat box ("wat did she say after the caution", "wen is the
review"): read as written they are a word no note holds (the question's rarest term, so every line
was off its topic) and they hide what kind of answer is asked ("wat did X say" is a quotation).
"wen" and "hw" are read only where a question opens, where nothing else is written so."""


def spelled_out(question: str) -> str:
    """The question with its contractions spelled out: workers type fast and drop apostrophes ("whos
    her keyworker", "whats the outcome", "isnt he at school"), and an unreadable "whos" or "what's"
    would be a word no note holds, counted against every sentence as missing, and would hide that a
    "who" or a yes/no question is asked. Spelling them out is safe: "who is"/"is not" are what was meant.
    Mistyped interrogatives (`_MISTYPED`) are read as the word meant first.
    """
    for mistyped, meant in _MISTYPED:
        question = mistyped.sub(meant, question)
    question = _CONTRACTED_IS.sub(lambda m: f"{m.group(1)} is", question)
    return _CONTRACTED_NOT.sub(_not_spelled_out, question)


def _not_spelled_out(match: re.Match[str]) -> str:
    verb = match.group(1) or {"ca": "can", "wo": "will"}.get((match.group(2) or match.group(3) or "").lower(), "can")
    return f"{verb} not"


def classify(question: str) -> QuestionType:
    """The kind of answer the question wants; quotes first, because "what did X say" is also a "what"."""
    text = _LEADING_AND.sub("", spelled_out(question))
    for pattern, kind in (
        (_QUOTE, QuestionType.QUOTE),
        (_HOW_MANY, QuestionType.HOW_MANY),
        (_WHEN, QuestionType.WHEN),
        (_WHO, QuestionType.WHO),
    ):
        if pattern.search(text):
            return kind
    if _YES_NO.search(text) and not _CHOICE.search(text):
        return QuestionType.YES_NO
    return QuestionType.WHAT


def stem(word: str) -> str:
    """A crude suffix stripper: enough for 'visits'/'visited'/'visiting' to meet, cheap enough per sentence.
    A state noun in -ancy/-ency is its adjective: notes write "pregnant", "tenant", "dependent" where
    questions ask about the "pregnancy", "tenancy", "dependency" (and the other way round)."""
    word = re.sub(r"['’]s$", "", word.lower()).strip("'-")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 6 and word.endswith(("ancy", "ency")):
        word = word[:-2] + "t"
    for suffix in ("ingly", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if suffix in ("ing", "ings", "ed") and _DOUBLED.search(word):
                word = word[:-1]
            break
    word = word.rstrip("e") if len(word) > 3 else word
    return _ACTION_AND_AGENT.sub(lambda m: "".join(part for part in m.groups() if part), word)


_ACTION_AND_AGENT = re.compile(r"(?<=[a-z]{4})(at)(?:ion|or)$")
"""A role's noun, its work's noun and its verb are one word to the reader: "investigator",
"investigation" and "investigated" meet ("whos the fire investigator" is answered by "Watch Manager
[P] (fire investigation)"), as do "mediator"/"mediation". Only long words: "station", "relation"
and "location" keep their ending. A service named for a science is not its person: "neurology"
(a clinic, a team) does not meet "neurologist", nor "therapy" "therapist" (merging them made "Meds
reviewed by the neurology team" a line about "his neurologist": independent2, caught by the
measurement and taken back)."""


_DOUBLED = re.compile(r"([bdgmnprt])\1$")
"""'running'/'stepped'/'planned' are run/step/plan; 'missing', 'called', 'staffed' keep their double letter."""


IRREGULAR = _IRREGULAR = {
    "saw": "see", "seen": "see", "met": "meet", "spoke": "speak", "spoken": "speak", "went": "go", "gone": "go",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "came": "come", "brought": "bring",
    "wrote": "write", "written": "write", "began": "begin", "begun": "begin", "told": "tell", "fell": "fall",
    "fallen": "fall", "broke": "break", "broken": "break", "slept": "sleep", "ran": "run", "found": "find",
    "bit": "bit", "bitten": "bit", "died": "die", "dying": "die", "hit": "hit", "stole": "steal", "stolen": "steal",
    "hid": "hid", "hidden": "hid", "threw": "throw", "thrown": "throw", "caught": "catch", "shook": "shak",
    "shaken": "shak", "beaten": "beat", "made": "mak", "kept": "keep", "held": "hold", "sent": "send",
    "felt": "feel",
}
"""Past forms no suffix rule reaches, mapped to their base's stem ("bite" is "bit"): notes write "Saw
[CHILD] alone" where questions ask "seen alone",
"dog bite" where they ask "bitten by the dog", "died" where they ask "did the baby die". Like any
past form, such a word in a question is its event, never its topic (`non_topic_terms`)."""
_DEGREE = re.compile(r"\b(?:a\s+(?:little\s+)?bit|bit\s+by\s+bit)\b", re.IGNORECASE)
""""A bit upset", "bit by bit": a degree, not the past of "bite"."""


def keywords(text: str) -> set[str]:
    """Stemmed content words plus the sector concepts named ('PA' and 'personal adviser' both give
    one concept): what a sentence must share with a question to be about the same thing."""
    words = {stem(word) for word in _WORD.findall(text) if word.lower() not in STOPWORDS and len(word) > 1}
    return words | {_CONCEPT_OF[match.group(1).lower()] for match in _CONCEPTS.finditer(text)}


SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "appointment": ("apt",),
    "telephone call": ("call",),
    "assessment": ("assess",),
    "operation": ("op",),
    **{month: (short,) for month, short in (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("june", "jun"), ("july", "jul"),
        ("august", "aug"), ("september", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"))},
}
"""What the answerer reads as one concept beyond the shared table (retrieval/expansion.py
`SYNONYMS`, which holds the sector's short forms and families' phrasings for retriever, answerer
and chronology alike): words too loose for retrieval to expand a query with ("call", "apt",
"assess", "op": "how many ops has she had" is counted in "two operations") and the months' short forms ("from jan" is the January a note writes in full). Keys
are a shared group's first name (the group gains the variants) or a new concept. Anything that is
the same thing said twice belongs in `SYNONYMS`, not here, so there is one table."""


def _concept_groups() -> tuple[tuple[str, ...], ...]:
    groups = {group[0]: group for group in SYNONYMS}
    for head, variants in SHORT_FORMS.items():
        groups[head] = (*groups.get(head, (head,)), *variants)
    return tuple(groups.values())


CONCEPT_GROUPS = _concept_groups()
_CONCEPT_OF = {variant.lower(): f"~{group[0]}" for group in CONCEPT_GROUPS for variant in group}
_CONCEPTS = re.compile(
    r"(?<![\w&])(" + "|".join(re.escape(v) for v in sorted(_CONCEPT_OF, key=len, reverse=True)) + r")(?:e?s)?(?![\w&])", re.IGNORECASE
)
"""A concept named in the singular or the plural: "missing episodes" is the missing-episode concept."""


_STATUSES = frozenset({"legal status", "education, employment or training", "came into care", "living with", "together"})
ANSWER_CONCEPTS: tuple[tuple[str, ...], ...] = (
    ("legal status", "legal order", "s20", "s.20", "section 20", "care order", "interim care order", "ICO",
     "placement order", "supervision order", "special guardianship order", "SGO", "emergency protection order",
     "EPO", "police protection", "accommodated"),
    ("education, employment or training", "education, work or training", "education or training",
     "education or employment", "EET", "NEET", "college", "university", "apprenticeship", "studying", "working",
     "employed", "unemployed", "looking for work", "sixth form"),
    ("came into care", "come into care", "coming into care", "taken into care", "entered care", "placement start",
     "placed with", "became looked after"),
    ("missing from home", "went missing", "gone missing", "go missing", "goes missing", "going missing", "reported missing"),
    ("pet", "pets", "dog", "cat", "puppy", "kitten", "rabbit", "hamster"),
    ("broken bone", "broken a bone", "broke a bone", "broken bones", "fracture", "fractured", "broken arm", "broken wrist",
     "broken leg", "broken ankle", "broken finger", "broken nose", "broken collarbone", "broke his", "broke her"),
    ("living with", "lives with", "live with", "living together", "live together", "placed with", "placed together",
     "staying with", "now with", "moved in with", "residing with"),
    ("together", "separated", "separation", "split up", "broken up", "broke up", "living apart", "divorced", "divorce"),
    ("got in touch", "rang", "ring", "rung", "phoned", "telephoned", "rang in", "contacted", "contact from", "call from",
     "call to", "calls from", "raised concern", "raised a concern", "raised the concern", "raised concerns", "made a referral",
     "referred"),
    ("reason", "reasons", "why", "because"),
)
"""Questions about a status, and the words notes answer them with: "legal status" is answered by "s20"
or "Interim Care Order", "education, work or training" by "studying at college" or "NEET". Unlike
the retrieval synonyms these are not the same thing said twice, so only the answerer uses them."""
ANSWER_CONCEPT_TERMS = frozenset(f"~{group[0]}" for group in ANSWER_CONCEPTS if group[0] in _STATUSES)
"""The statuses a sentence can answer: a sentence saying one a question asks about ("separated" for
"are the parents still together?") is on the question's topic whatever else it shares. Events
("referred", "rang") are not statuses: "referred to the school nurse" says nothing about CAMHS."""
_ANSWER_CONCEPT_OF: dict[str, set[str]] = {}
for _group in ANSWER_CONCEPTS:
    for _variant in _group:
        _ANSWER_CONCEPT_OF.setdefault(_variant.lower(), set()).add(f"~{_group[0]}")
"""A wording may answer two questions: "placed with" says both that a child came into care and
whom she lives with."""
_STEM_CONCEPT = {
    stem(variant): f"~{group[0]}"
    for group in CONCEPT_GROUPS
    for variant in group
    if " " not in variant and len(variant) > 3 and not variant.isupper() and variant.isalpha()
}
"""A concept's one-word variant in another form: "close" in "When did we close the case?" is the
"closed" of "Case closed 23/04/2024"."""
_STEM_PHRASES = tuple(
    (phrase, f"~{group[0]}")
    for group in CONCEPT_GROUPS
    for variant in group
    if len(phrase := frozenset(stem(w) for w in _WORD.findall(variant) if w.lower() not in STOPWORDS and len(w) > 1)) > 1
)
"""A concept's words in another form or order: "Saw [CHILD] alone" is the "seen alone" a question asks about."""

_ANSWERS = re.compile(
    r"(?<![\w&])(" + "|".join(re.escape(v) for v in sorted(_ANSWER_CONCEPT_OF, key=len, reverse=True)) + r")(?:e?s)?(?![\w&])",
    re.IGNORECASE,
)


_FAMILIAR = (
    (re.compile(r"\b(mummy|mummie|mommy|mammy|mam|mama|mamma)\b", re.IGNORECASE), "mum"),
    (re.compile(r"\b(daddy|dada|papa)\b", re.IGNORECASE), "dad"),
)
"""How children name their parents, and notes quote them: "Mummy cries" is about mum."""
_QUOTED_SPEECH = re.compile(r"[\"“][^\"”]*[\"”]")
_FIRST_PERSON = re.compile(r"\b(I|me|my|myself|we|us|our)\b")
WRITER = "~social worker"
"""Notes are written in the first person: "she told me" is what she told the social worker, so a
sentence whose writer speaks outside quotation marks mentions the worker a question calls "the SW"."""


def terms(text: str) -> set[str]:
    """`sentence_terms` as a set the caller may change."""
    return set(sentence_terms(text))


@functools.lru_cache(maxsize=50_000)
def sentence_terms(text: str) -> frozenset[str]:
    """What the answerer matches a question and a sentence on: content words, with each named concept
    counted once ("personal adviser" and "PA" are one term, not one shared and two missing), plus
    the status a sentence answers ("Interim Care Order" answers "legal status").

    A pseudonymised name is one term: "[PERSON 4]" is not "[PERSON 11]", and the bare word "person"
    would make every name match; a role token gives its role word, so "her brother" meets "[BROTHER]". A hyphenated word counts as its parts, which notes write apart or
    joined ("police call-out" meets "999 call", "long-term" meets "long term").

    Cached: the same notes are retrieved for question after question, and reading a sentence's
    terms is most of the answerer's time.
    """
    for pattern, word in _FAMILIAR:
        text = pattern.sub(word, text)
    found = {WRITER} if _FIRST_PERSON.search(_QUOTED_SPEECH.sub(" ", text)) else set()
    found |= {_token_term(m) for m in _TOKEN.finditer(text) if m.group(1) in _GENERIC_TOKENS and m.group(1) != "CHILD"}
    text = _TOKEN.sub(lambda m: " " if m.group(1) in _GENERIC_TOKENS else f" {m.group(1)} ", text)
    found |= {_CONCEPT_OF[m.group(1).lower()] for m in _CONCEPTS.finditer(text)}
    found |= {concept for m in _ANSWERS.finditer(text) for concept in _ANSWER_CONCEPT_OF[m.group(1).lower()]}
    rest = _DEGREE.sub(" ", _ANSWERS.sub(" ", _CONCEPTS.sub(" ", text)))
    words = [part for word in _WORD.findall(rest) for part in _HYPHEN.split(word)]
    stems = {stem(word) for word in words if word.lower() not in STOPWORDS and len(word) > 1}
    found |= {concept for phrase, concept in _STEM_PHRASES if phrase <= stems}
    return frozenset(found | {_STEM_CONCEPT.get(word, word) for word in stems})


def question_terms(question: str) -> set[str]:
    """A question's terms: the worker is one only when named ("what did she tell the SW?"); a question's
    own "we" and "me" are the service asking ("When did we close the case?"), not a subject; and a
    reason is one only when asked for by name."""
    question = spelled_out(question)
    found = terms(question)
    if not _CONCEPTS.search(question) or WRITER not in terms(_FIRST_PERSON.sub(" ", question)):
        found.discard(WRITER)
    if not _REASON_NOUN.search(question):
        found.discard(REASON)
    return found


REASON = "~reason"
_REASON_NOUN = re.compile(r"\breasons?\b", re.IGNORECASE)
"""A note's "asked why ... he said" and "because" give a reason that "what reason did he give?"
asks for; a question's own "Why did she go to hospital?" is only its interrogative."""


def non_topic_terms(question: str) -> set[str]:
    """Terms of a question that cannot be what it is about: verbs in a past or -ing form ("allowed",
    "held", "referred", "living"), adverbs and words about time or manner ("around", "still",
    "again"), adjectives of novelty, and the answer concepts ("living with", "got in touch"), which
    are ways of saying something about a topic. The topic is then a noun, a named concept or a
    person: "partner", "allowance", "CAMHS", "[PERSON 9]"."""
    question = spelled_out(question)
    found = {concept for m in _ANSWERS.finditer(question) for concept in _ANSWER_CONCEPT_OF[m.group(1).lower()]}
    found |= set().union(*(terms(m.group(m.lastgroup or 0)) for pattern in (_PREPOSITION_PHRASE, _OCCUPATION) for m in pattern.finditer(question)))
    words = _WORD.findall(_TOKEN.sub(" ", question))
    for at, word in enumerate(words):
        lower = word.lower()
        if lower in _NOT_A_TOPIC or lower in _OUTCOMES or lower in _IRREGULAR or _VERB_FORM.search(lower):
            found |= {stem(lower), _STEM_CONCEPT.get(stem(lower), stem(lower))}
        elif lower in _ROLE_WORDS and at > 0 and words[at - 1].lower() not in STOPWORDS and words[at - 1].lower() not in _DETERMINERS:
            found.add(stem(lower))
    return found


_PREPOSITION_PHRASE = re.compile(
    r"\b(?:in|with|on|as|by)\s+(?:a\s+|the\s+)?(?P<word>line|keeping|relation|respect|terms|regard|spite|behalf|charge|favour|favor|"
    r"result|addition|accordance|view|means)\s+(?:with|to|of)\b",
    re.IGNORECASE,
)
"""A preposition written in several words ("in line with", "in relation to", "on behalf of", "as a
result of") is grammar: "was the age assessment in line with what he said" is about the assessment,
and "line", the rarest word, was a topic no note's line holds, so the answer was refused."""
_OCCUPATION = re.compile(
    r"\b(?:for|as)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?P<word>work|job|jobs|living|career|profession|trade)\b"
    r"|^\s*(?:and\s+)?what\s+(?P<word2>job|work|career|profession|trade)\b",
    re.IGNORECASE,
)
"""\"what does he want to do as a job", "what does dad do for work", "what job does mum do": the
answer is an occupation ("wants to be a mechanic"), which notes write without the word "job", so
the word is the question's form, like "outcome", never its topic."""


_ROLE_WORDS = frozenset(["officer", "officers", "worker", "workers", "person", "lead", "rep", "representative", "professional"])
"""Words that say only that a person is asked: in "the PPU officer", "the YOT worker", "the
safeguarding lead" the service before them is what the question is about. Notes write the person
under the service ("DC [P] (PPU)"), so "officer" was the rarest term, held only by lines about
some other officer, and the lines naming the PPU's officer were off the topic."""
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "my", "our", "mum's", "dad's", "mums", "dads"])


OPPOSITES: tuple[tuple[str, str], ...] = (
    ("positive", "negative"),
    ("granted", "refused"),
    ("substantiated", "unsubstantiated"),
    ("passed", "failed"),
    ("accepted", "rejected"),
)
"""An outcome's two ways: "was the test positive?" is answered (no) by "it was negative", "was the
allegation substantiated?" by "unsubstantiated". The outcome a yes/no asks is its predicate, never
its topic: the note may hold the other word."""
_OUTCOMES = frozenset(word for pair in OPPOSITES for word in pair)


_VERB_FORM = re.compile(r"^[a-z]{3,}(ed|ing|ly)$")
_NOT_A_TOPIC = frozenset(
    ["around", "back", "away", "again", "ever", "anyone", "someone", "somebody", "anybody", "able", "supposed",
     "okay", "ok", "well", "really", "actually", "today", "tonight", "new", "old", "same", "different", "else",
     "another", "other", "allowed", "got", "get", "gets", "go", "goes", "going", "make", "made", "put", "going",
     "happen", "happens", "done", "doing", "still", "yet", "already", "point", "stage", "moment", "currently",
     "involved", "involvement", "mention", "mentioned", "talk", "talked", "spoke", "speak", "agree", "agreed",
     "subject"]
)
"""Words a yes/no question uses around its topic ("is mum's partner still around", "has she been
referred to CAMHS at any point", "is he still subject to a plan"): when no note says them they are the rarest words of the question,
but their absence says nothing."""


def acronyms(text: str) -> set[str]:
    """The initials of each run of capitalised words: "British Transport Police" also reads as the
    "BTP" a question may use, "Leeds General Infirmary" as "LGI". Only sentences get them; a
    question's own initials would be terms no note needs to hold."""
    found: set[str] = set()
    text = _TOKEN.sub(" . ", text)
    for run in itertools.chain(_CAPITALISED_RUN.finditer(text), _CAPITALS_RUN.finditer(text)):
        initials = "".join(word[0] for word in run.group(0).split()).lower()
        for size in range(2, 6):
            found |= {initials[start : start + size] for start in range(len(initials) - size + 1)}
    return found


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
_CAPITALS_RUN = re.compile(r"\b[A-Z]{3,}(?:\s+[A-Z]{3,}){2,}\b")
"""A heading written in capitals ("FAMILY NETWORK MEETING - 15.10.25") is as much the meeting's name
as "Family Network Meeting": it reads as the "FNM" a question asks about. Three words at least,
of three letters or more, so a line of acronyms ("CIN CP") is no run."""


_GENERIC_TOKENS = frozenset({"PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DOB", "NHS NUMBER", "NI NUMBER", "CHILD"})
"""Tokens whose word says nothing about who they are: only the whole token is a term (and not even
that for the case's own child, whom every note is about)."""


def _token_term(match: re.Match[str]) -> str:
    return f"@{match.group(1).lower()}{' ' + match.group(2) if match.group(2) else ''}"


def modifier_pairs(question: str) -> list[tuple[str, str]]:
    """(modifier, head) for each two adjacent content words of a question: 'blood group' gives
    ('blood', 'group'), so the answerer can see that "core group" does not answer it."""
    tokens = _WORD.findall(_ANSWERS.sub(" 0 ", _CONCEPTS.sub(" 0 ", question)))
    content = [None if t.lower() in STOPWORDS or len(t) < 2 else stem(t) for t in tokens]
    return [(left, right) for left, right in itertools.pairwise(content) if left and right]


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
_CURRENT = re.compile(r"^\s*((who|what|which|where)\b.{0,30}?\b(is|are|does|do)|is|are|does|do)\b", re.IGNORECASE)
"""Present tense asks about now: "Who is her GP?", "Is he in education?" want the newest record of it."""
_NAME = re.compile(
    r"^\s*(which|what)\s+(?!(date|time|day)\b)[a-z]+\s+(is|are|was|were|does|do|did|has|had)\b|\bname of\b"
    r"|^\s*which\s+(?!(date|time|day|year|month|week)\b)[a-z]+\b",
    re.IGNORECASE,
)
"""'Which hospital treated him?' wants the hospital's name whatever verb follows; 'what' wants one
only before a verb ('What school is...'), since 'What reason did he give?' wants a reason."""
_COUNTED = re.compile(r"\bhow many (?P<thing>.+?)\s+(has|have|had|did|does|do|was|were|is|are|in|since|during|over)\b", re.IGNORECASE)
_RECENT = re.compile(
    r"\b(last|latest|most recent(ly)?|recent|now|nowadays|currently|current|still|any ?more|these days|at the moment|"
    r"at present|presently|right now|as of now|today|at this point|in the end|eventually|ended up)\b",
    re.IGNORECASE,
)
""""Are the children still on CP plans?", "what's her attendance like at the moment?" ask what the
newest record says."""
_EARLIEST = re.compile(
    r"\b(first|earliest|initial(ly)?|original(ly)?|at first|to begin with|at the (start|beginning|outset)|"
    r"when (we|the case|children's services) (first )?(got|became|were|was) involved|"
    r"before (we|the case|children's services|social care|social services) (got|became|were|was) involved|"
    r"before (the|our|any) (referral|involvement|assessment|case was opened)|at the time of (the )?referral|"
    r"when (she|he|they) (first )?(came|arrived|was placed|were placed))\b",
    re.IGNORECASE,
)
"""How workers ask for the earliest record: "at first", "originally", "before we got involved",
"when she first came": an order on the notes (oldest first), not words a sentence must hold."""


def mentioned_days(question: str) -> list[tuple[int, int, int | None]]:
    """(day, month, year or None) for each '21 March' / '21st March 2024' the question names."""
    found = []
    for match in _DAY_MONTH.finditer(question):
        day, month = int(match["day"]), _MONTHS[match["month"].lower()]
        if 1 <= day <= 31:
            found.append((day, month, int(match["year"]) if match["year"] else None))
    return found


_PERIOD = re.compile(
    r"\b(since|before|after|from|until|during|in)\s+(?:(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\s+)?"
    r"(?:19|20)\d{2}\b|\b(since|before|after|until)\s+(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def without_dates(question: str) -> str:
    """The question without its dates ("on 21 March", "since October 2023"): retrieval turns periods
    into a date window and day phrases into note dates, so their words would only add noise."""
    return _QUALIFIER.sub(" ", _RELATIVE_PERIOD.sub(" ", _PERIOD.sub(" ", _DAY_MONTH.sub(" ", question))))


_QUALIFIER = re.compile(
    r"\b(at the moment|at present|these days|nowadays|right now|as of now|at this point|at first|to begin with|"
    r"at the (start|beginning|outset)|before (we|the case|children's services|social care|social services) "
    r"(got|became|were|was) involved|when (we|the case|children's services) (first )?(got|became|were|was) involved|"
    r"at the time of (the )?referral|in the end|eventually)\b",
    re.IGNORECASE,
)
"""Time qualifiers ("before we got involved", "at the moment", "in the end"): `wants_earliest`/`wants_latest` read
them as an order on the notes; as words they are no sentence's content ("involved", "moment")."""


_RELATIVE_PERIOD = re.compile(
    r"\b(?:this|last|past|previous)\s+(?:week|fortnight|month|year)\b"
    r"|\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:days?|weeks?|fortnights?|months?|years?)\b",
    re.IGNORECASE,
)
"""'this year', 'in the last 3 months': a window retrieval applies to the notes' dates, not words a
sentence must hold ("how many CLA reviews this year" is answered by "two CLA reviews")."""


def wants_latest(question: str) -> bool:
    """'When was she last seen alone?', 'Who are the foster carers now?': the newest evidence wins."""
    return bool(_RECENT.search(question))


def wants_earliest(question: str) -> bool:
    """'Who were her first foster carers?', 'When was the first police call-out?': the oldest evidence wins."""
    return bool(_EARLIEST.search(question)) and not wants_latest(question)


def asks_current(question: str) -> bool:
    """'Who is her PA?', 'Which school does she attend?': the present tense wants the newest evidence."""
    return bool(_CURRENT.search(_LEADING_AND.sub("", question)))


def wants_name(question: str) -> bool:
    """'Which school does she attend?', 'What is the name of the dog?': the answer names something."""
    return bool(_NAME.search(_LEADING_AND.sub("", question)))


def counted_thing(question: str) -> str | None:
    """What a "how many" question counts: 'missing episodes' in "How many missing episodes has she had?"."""
    match = _COUNTED.search(question)
    return match["thing"] if match else None


_POSSESSOR = re.compile(r"\b([A-Za-z][A-Za-z\-]*)['’]s\b")


def without_concepts(text: str, concepts: AbstractSet[str]) -> str:
    """The text with its wordings of the given concepts blanked: "no recourse to public funds" is the
    name of the NRPF a question asks about, not a "no" in the line."""
    return _CONCEPTS.sub(lambda m: " " if _CONCEPT_OF[m.group(1).lower()] in concepts else m.group(0), text)


def possessors(question: str) -> set[str]:
    """Owners named in the question ("the family's dog", "Mum's partner", an initial's "T's IDVA"):
    context, not the subject. Read in the possessive, so a one-letter owner is one too."""
    owners = set().union(*(terms(m.group(0)) for m in _POSSESSOR.finditer(question)))
    return owners - terms(_POSSESSOR.sub(" ", question))
