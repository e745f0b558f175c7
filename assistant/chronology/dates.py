"""Event dates stated in a note's text: which of the dates a note states is its event's.

A note carries the date of the event it records, but notes are often written about something that
happened earlier: a missing episode reported the next morning, a police notification about last
weekend. A chronology that uses the wrong date is one of the failings councils' guidance names, so
when the text states an earlier date for the event, that date wins.

The date forms themselves are read in `date_forms` (`mentions`), and when the words were written
(the anchor relative dates count from) in `date_anchors` (`written_date`); both are re-exported
here, the names other modules import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.chronology.date_anchors import (
    LOOKBACK_DAYS,
    cites_another_occasion,
    heading_date,
    late_entry_line,
    sentence_anchor,
    written_date,
)
from assistant.chronology.date_forms import DateMention, long_date, mentions, written_out

__all__ = [
    "BOOKED_KINDS",
    "LOOKBACK_DAYS",
    "PLAN_LOOKAHEAD_DAYS",
    "RESPONSE_KINDS",
    "SENDER",
    "DateMention",
    "another_occasion_done",
    "completed_date",
    "dated_ahead",
    "event_date",
    "field_date",
    "followed_up_dates",
    "heading_date",
    "label_date",
    "long_date",
    "mentions",
    "paragraph_date",
    "planned_date",
    "reported_date",
    "restated_date",
    "sentence_anchor",
    "stated_event_date",
    "told_before_date",
    "written_date",
]

_REPORTED = re.compile(
    r"\b(?:e-?mailed|rang|phoned|texted|messaged|wrote|called (?:me|us|the office|duty)|informed (?:me|us)|told (?:me|us)|"
    r"let (?:me|us) know|read it|received(?: it)?|rec[’']?d|sent(?: it)?|dated|logged|"
    r"(?:e-?mailed|forwarded|typed up|written up|write-?up|uploaded|sent over)(?: it| this| them)?"
    r"(?: (?:to|through to|over to) (?:[\w'’&-]+ ?){1,3}))\s*$",
    re.IGNORECASE,
)
"""A date right after a reporting verb ("Nkechi emailed on Sunday") is when we heard, not the event;
"emailed to SW 3/10", "typed up 4/10" is when the record was written up, not the interview."""
_PROMPTED_BY = re.compile(
    r"\b(?:following|further to|in response to|in relation to|regarding|re:?|concerning|prompted by|as a result of|"
    r"(?<!looked )after)\b(?:\s+[\w'’&-]+){0,5}?\s*$|"
    r"\b(?:episode|incident|disclosure|allegation|assault|arrest)\W*(?:(?:on|of|dated)\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?$",
    re.IGNORECASE,
)
"""Words that give a date to what prompted an event. A date written straight after the incident it
answers ("RHI - episode 14th-15th Feb", "Strategy discussion - incident of 3/3") is that incident's. "Looked after" is a child's legal status, not a
cause: "looked after review - held Fri 11th April" is dated by itself."""
RESPONSE_KINDS = frozenset(
    {
        "strategy_discussion",
        "section_47",
        "icpc",
        "rcpc",
        "cla_review",
        "cin_review",
        "return_home_interview",
        "assessment",
    }
)
"""Meetings, interviews and assessments held in response to something earlier: "Strategy discussion
following the incident on Saturday", "RHI completed after her missing episode on the 3rd". A date
after "following"/"after" in their sentences is what prompted them, not when they were held. An
incident's own "after" ("taken to A&E after a fall on Saturday") is the same day, so only these."""
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|going to|to be|is to|are to|expected|expects|expecting|due|hop(?:e|es|ing)|plan(?:s|ned|ning)?|"
    r"booked|arranged|scheduled|listed|set for|intends?|appointment|tomorrow|next)\b[^,;:]*$",
    re.IGNORECASE,
)
"""Words before a named day, in its clause, that look ahead: the day is a plan, not the event's."""
_CONFIRMED = re.compile(
    r"\b(?:went ahead|took place|happened|(?:was|were) held|occurred|did (?:go|happen|take place)|as planned|"
    r"as arranged|as booked)\b",
    re.IGNORECASE,
)
"""A plan confirmed as done ("the planned move went ahead on Tuesday"): the named day is the event's."""
_ATTEMPT_FAILED = re.compile(
    r"\b(?:attempt(?:ed)?|tried|declined|refused|did(?: not|n[’']t) (?:attend|engage|want|turn up|show|answer)|not brought|dna'?d?|no answer|"
    r"no(?: ?one|body) (?:was )?(?:home|in|there)|not (?:at )?home|cancelled|postponed|rearranged|called off|"
    r"failed|unable to|could(?: not|n[’']t))\b[^,;:]*$",
    re.IGNORECASE,
)
"""Words before a date, in its clause, that say a meeting or interview was tried and did not happen
that day ("declined to meet on Monday", "attempted on Monday"): the day is an attempt, not when it
was held."""
_ATTEMPT_FAILED_WORD = re.compile(_ATTEMPT_FAILED.pattern.removesuffix(r"[^,;:]*$"), re.IGNORECASE)
_STARTED_ON = re.compile(r"\b(?:started|commenced|began|begun|opened|initiated)\s*$", re.IGNORECASE)
_CONCLUDES = re.compile(r"\b(?:outcome|concluded|completed|ended|closed|findings|finished)\b", re.IGNORECASE)
"""An enquiry's or assessment's outcome written with the day it began ("Outcome of s47 enquiry
started 07/10/2025.", "Started 19/11/2024, concluded 12/12/2024."): the outcome is the event, and
the start day is not when it was reached."""
_COMPLETED = re.compile(
    r"\b(?:completed|held|done|took place|went ahead|carried out|undertaken|managed to|finally|(?:was|were) seen|"
    r"(?:spoke|met) (?:to|with))\b",
    re.IGNORECASE,
)
"""Words saying the meeting or interview happened after all ("completed it by phone on Tues 20/02")."""
_STAMP_BODY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+\d{1,2}[:.]\d{2}"
_DAY_STAMP = re.compile(
    r"\s*(?P<day>(?i:mon|tue|wed|thu|fri|sat|sun))[a-z]{0,6}\.?\s+\d{1,2}[:.]\d{2}\s+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?\s*:"
)
"""A copied thread's stamp by weekday and time, then the sender ("Sat 05:02 Jadzia: hes here"): the
message was written on the latest such weekday on or before the note."""
SENDER = r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|\[[A-Z][A-Z0-9 '’-]*\])"
"""A copied message's sender as a pattern: a name of one or two capitalised words, or a token."""
_DATED_DAY_STAMP = rf"\s*(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}}\.?,?\s+{_STAMP_BODY}\s+{SENDER}\s*:"
"""A copied thread's stamp by weekday, day/month and time, then the sender ("Fri 28/3 16:02 Mum: ...")."""
_STAMP = re.compile(
    rf"\s*(?:\[\s*{_STAMP_BODY}\s*\]|(?:[A-Z]{{1,3}}|[A-Z][a-z]+|\[[A-Z][A-Z0-9 '’-]*\])\s+{_STAMP_BODY}\s*:)|"
    rf"{_DATED_DAY_STAMP}|{_DAY_STAMP.pattern}"
)
"""The timestamp a copied message carries ("[03/07 08:50] Me: ...", or its sender first: "MC 27/11
08:15: ...", also as the pseudonymised text gives the sender: "[FOSTER CARER] 27/11 08:15: ..."):
when that message was written."""


def stated_event_date(
    sentence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS, event_type: str = ""
) -> dt.date | None:
    """The earlier date a sentence gives for the event it describes, if any.

    Only dates before the anchor and within the look-back count: later dates are plans ("review on
    5 June"), and much older ones are history being recalled. A date the writer counted back from
    the note ("the 2nd of last month") may go back twice as far. For a meeting, an interview or an
    assessment (`event_type` in RESPONSE_KINDS), a date after "following" is what prompted it.
    """
    stamped = _stamped(sentence, anchor, lookback_days)
    if stamped is not None:
        rest = _STAMP.sub("", sentence, count=1)
        return stated_event_date(rest, stamped, lookback_days, event_type) or (stamped if stamped < anchor else None)
    found = [m for m in mentions(sentence, anchor) if _eligible(sentence, m, anchor, lookback_days, event_type)]
    eligible = [m for m in found if not m.approximate] or found  # "mid July" only when nothing more exact
    attached = (
        next((m for m in eligible if _KIND_WORD_BEFORE.search(sentence[: m.start])), None) if eligible[1:] else None
    )
    return (attached or eligible[0]).date if eligible else None


_KIND_WORD_BEFORE = re.compile(
    r"\b(?:born|birth|delivered|had (?:a|her) baby(?: girl| boy)?,?(?: (?:[\w'’-]+|\[[A-Z0-9 '’-]+\]),)?|admitted|discharged|arrested|charged|"
    r"sentenced|moved|placed|excluded|suspended|"
    r"went missing|reported missing|returned|found|located|held|completed|made|granted|served|obtained|handed down)"
    r"(?:\s+[\w'’&-]+){0,2}?\s*(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
"""A date written straight after the word that says what happened ("baby born Friday 2nd May",
"arrested on the 3rd", "had a baby girl, [DAUGHTER], on Fri 6th June"): when a sentence states two dates ("went into labour Thursday night and was
born Friday 2nd May"), the one attached to the doing is the event's, not the one before it."""


_DECISION_RECEIVED = re.compile(
    r"\b(?:decision|decisions|determination|outcome|results?)\b(?: letter)?[^.;:,]{0,30}?\b"
    r"(?:received|rec[’']?d|dated|came through|arrived)\s*$",
    re.IGNORECASE,
)
"""A decision reaches a family by letter: "reasonable grounds decision received 14/10", "decision
letter dated 6 October", "exam results came through on the 4th". The day it was received (or the
letter's own date) is when the decision took effect, so it dates the event, unlike "Mum rang on
Sunday", which dates only our hearing of something else."""
_LETTER_DATED = re.compile(r"\bletter\b[^.;:]{0,60}\bdated\s*$", re.IGNORECASE)
_DECIDES = re.compile(r"\b(?:decision|decided|outcome|granted|refused|approved|accepted|grounds)\b", re.IGNORECASE)


def _decision_letter(before: str, after: str) -> bool:
    """Whether the date is a letter's own and the letter gives a decision ("Letter from the
    authority dated 7 March 2025: positive reasonable grounds decision"): the decision was made
    on the day the letter bears, not when it was filed or read to the family."""
    return bool(_LETTER_DATED.search(before) and _DECIDES.search(after))


_SENDING_KINDS = frozenset({"referral", "camhs_referral"})
_SENT_REFERRAL = re.compile(r"\breferral\b[^.;]{0,30}\b(?:sent|received)\s*$", re.IGNORECASE)
"""For a referral, "referral sent on 29.1" dates the event itself: sending is what happened, not
when we heard of something else."""


def _eligible(sentence: str, mention: DateMention, anchor: dt.date, lookback_days: int, event_type: str) -> bool:
    """Whether a stated date can be the event's: earlier than the anchor, within the look-back, not
    when we heard, not what prompted a meeting, not a failed attempt, not a plan."""
    earliest = anchor - dt.timedelta(days=lookback_days * (2 if mention.counted else 1))
    before = _before(sentence, mention.start)
    if not earliest <= mention.date < anchor or _BOOKED_FOR.search(before):
        return False
    if (
        _REPORTED.search(before)
        and not (event_type in _SENDING_KINDS and _SENT_REFERRAL.search(before))
        and not _DECISION_RECEIVED.search(before)
        and not _decision_letter(before, sentence[mention.end :])
    ):
        return False
    if event_type in RESPONSE_KINDS and (
        (_PROMPTED_BY.search(before) and not _done_on(sentence, mention))
        or _failed_attempt(before)
        or (_STARTED_ON.search(before) and _CONCLUDES.search(sentence))
    ):
        return False
    if cites_another_occasion(sentence, mention.start):
        return False
    if event_type == "hospital" and _discharge_after_admission(before):
        return False
    if _TELLING_AFTER.match(sentence[mention.end :]):
        return False
    return not (mention.assumed_past and _LOOKS_AHEAD.search(before) and not _CONFIRMED.search(sentence))


_DISCHARGED_ON = re.compile(r"\bdischarged\b(?:\s+[\w'’-]+){0,2}?\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_ADMISSION = re.compile(
    r"\b(?:admitted|kept in|ambulance|taken to|attended|brought (?:in|to)|conveyed|blue[- ]lighted)\b", re.IGNORECASE
)


def _discharge_after_admission(before: str) -> bool:
    """Whether a date follows "discharged" in a sentence that told the admission first ("ambulance
    to ED, kept in for one night and discharged Monday afternoon"): the attendance began before the
    day it ended, so that day does not date it. A discharge told alone ("discharged from the unit
    on 5/9") keeps its date."""
    discharged = _DISCHARGED_ON.search(before)
    return discharged is not None and _ADMISSION.search(before[: discharged.start()]) is not None


def dates_only_a_discharge(sentence: str, anchor: dt.date) -> bool:
    """Whether every date a sentence states is the discharge after an admission it told first: the
    sentence is then undated as to the attendance, and the line beside it that opens with a date
    ("On Sunday night he woke ...") dates it."""
    found = mentions(sentence, anchor)
    return bool(found) and all(_discharge_after_admission(_before(sentence, m.start)) for m in found)


_DONE_ON = re.compile(r"\b(?:done|held|completed|conducted|carried out|took place|went ahead)\s*$", re.IGNORECASE)
"""A date straight after the word saying the meeting or interview was done ("ABE re the lodger done
on 21 May", "RHI re the episode held 3/3") is its own, whatever the words before name."""


def _done_on(sentence: str, mention: DateMention) -> bool:
    """Whether the date follows the word saying it was done, before it or inside the mention ("held
    3/3"), and that word is not another occasion's ("ICPC held after the s47 enquiry completed on
    2/5": the enquiry was completed then, not the conference)."""
    before = _before(sentence, mention.start)
    done = _DONE_ON.search(before)
    if done is None and _DONE_LEAD.match(sentence[mention.start : mention.end]):
        return not another_occasion_done(before)
    return done is not None and not another_occasion_done(before[: done.start()])


_OCCASION_BEFORE = re.compile(
    r"\b(?:enquiry|enquiries|investigation|meeting|conference|review|assessment|interview|discussion|hearing|panel|"
    r"s\.?\s?47|strategy|icpc|rcpc|cpc)\W*(?:\s+(?:was|were|had been|has been))?\s*$",
    re.IGNORECASE,
)


def another_occasion_done(words_before_verb: str) -> bool:
    """Whether the words right before a "done"/"held" name an occasion: that occasion was done."""
    return bool(_OCCASION_BEFORE.search(words_before_verb))


_DONE_LEAD = re.compile(r"\s*(?:done|held|completed|took place)\b", re.IGNORECASE)


_TELLING_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:and |to )?(?:told|informed|advised|updated|confirmed to|said to|let)\b[^.;]*?"
    r"\bhad (?:been |already )?\w+(?:ed|en)\b",
    re.IGNORECASE,
)
"""A day followed by a telling and a past perfect ("Police came back on Sunday morning and told
her he had been arrested") is when the news was given: the event told had happened before it."""


_BOOKED_FOR = re.compile(
    r"\b(?:(?<!as )(?:booked|arranged|scheduled|planned)(?: to be held)?(?: for| in)?|listed for|due|was due|set for|"
    r"originally (?:booked|planned|set|listed)(?: for)?|(?:rearranged|moved|postponed|put back|brought forward) from)"
    r"(?:\s+(?:the|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?))?\s*$",
    re.IGNORECASE,
)
"""A date right after "booked for", "was due on", "rearranged from" is the day the meeting was meant
to be, not when it happened ("Was booked for 13/6, rearranged - held yesterday")."""


def _failed_attempt(before: str) -> bool:
    """Whether the words before a date say the meeting was tried and failed that day, unless they
    go on to say it was held after all ("Was booked for 13/6, rearranged as the IRO was unwell -
    held yesterday": yesterday is when it was held). A bracketed aside is a side remark: in "RHI
    done by me (he refused an independent worker) at the centre 20/5" nothing failed that day."""
    before = re.sub(r"\([^()]*\)", "", before)
    failed = list(_ATTEMPT_FAILED_WORD.finditer(before))
    return (
        bool(failed)
        and _ATTEMPT_FAILED.search(before) is not None
        and not _COMPLETED.search(before[failed[-1].end() :])
    )


def _stamped(sentence: str, anchor: dt.date, lookback_days: int) -> dt.date | None:
    """The date of a copied message's timestamp opening the sentence, when on or before the anchor
    and within the look-back: the message's own words ("last night") count back from it."""
    stamp = _STAMP.match(sentence)
    if stamp is not None and stamp["day"]:
        back = (anchor.weekday() - _WEEKDAYS.index(stamp["day"].lower())) % 7
        return anchor - dt.timedelta(days=back)
    found = mentions(stamp[0], anchor) if stamp else []
    earliest = anchor - dt.timedelta(days=lookback_days)
    return found[0].date if found and earliest <= found[0].date <= anchor else None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


_TOLD_AS_DONE = re.compile(
    r"\b(?:was|were|received|made|granted|held|took place|happened|occurred|attended|went|came|had|has been|have been)\b",
    re.IGNORECASE,
)
"""Words that tell an occasion as done: with them, a date after the note is a slip of the pen, not a booking."""


BOOKED_KINDS = frozenset(
    {"court", "strategy_discussion", "icpc", "rcpc", "cla_review", "cin_review", "health", "hospital", "assessment"}
)
"""Occasions that are booked ahead (hearings, meetings, appointments, operations): a sentence naming
one with only a later date is its booking (`dated_ahead`)."""


def dated_ahead(sentence: str, note_date: dt.date) -> bool:
    """Whether a sentence tells a booking: every date it states is after the note's and it does not
    say the occasion was done ("the court hearing is at the magistrates' on 17th June", "ICPC 3/7").
    The note that records the occasion is the event. A sentence with no date, or with any day up
    to the note's own, is not a plan by this reading, and neither is one told as done ("Youth court
    22 June: received a referral order" in a note misdated before it)."""
    found = mentions(sentence, note_date)
    return bool(found) and all(m.date > note_date for m in found) and not _TOLD_AS_DONE.search(sentence)


PLAN_LOOKAHEAD_DAYS = 92
"""A stated date up to this far after the note is the event's planned date; later ones are review cycles."""


def planned_date(sentence: str, anchor: dt.date, lookahead_days: int = PLAN_LOOKAHEAD_DAYS) -> dt.date | None:
    """The later date a sentence gives for its event ("starting Monday 15th May"), when it states
    no earlier one: the sentence records a plan, which a chronology leaves to the note that
    confirms it happened ("K started at Oakwood yesterday"), dated then."""
    found = mentions(sentence, anchor)
    if any(m.date < anchor for m in found):
        return None
    latest = anchor + dt.timedelta(days=lookahead_days)
    return next((m.date for m in found if anchor < m.date <= latest), None)


def event_date(
    candidates: Sequence[str],
    sentences: Sequence[str],
    evidence: str,
    text: str,
    note_date: dt.date,
    lookback_days: int = LOOKBACK_DAYS,
    event_type: str = "",
    own_occasion: bool = False,
) -> dt.date:
    """The event's date: the first earlier date the sentences about the event state, else the
    date a report lead's own account gives, else when the words were written.

    `own_occasion` says the note's type is the event itself (a court hearing, an assessment): its
    opening lines then date the occasion however they word it (`opening_date`).

    `candidates` are the evidence first, then the other sentences about the same kind of event.
    A note that opens by saying who told us ("Mum rang this morning.", "Police contact via MASH")
    tells the event in the sentences after it, often in words the event rules do not know ("On
    Saturday night he was stabbed"); the first date those sentences state is the event's.
    """
    written = written_date(text, note_date, lookback_days)
    document = (
        document_date(sentences, written, lookback_days) if own_occasion and event_type in DOCUMENT_KINDS else None
    )
    if document is not None:
        return document
    for index, sentence in enumerate(candidates):
        headed = _header_date(text, written, lookback_days, event_type) if index == 1 else None
        if headed is not None and not _TODAY.search(evidence):
            return headed
        stated = stated_event_date(sentence, written, lookback_days, event_type)
        if stated is None and event_type in RESPONSE_KINDS:
            stated = completed_date(sentences, sentence, written, lookback_days)
        if stated is not None:
            return stated
        if states_own_day(sentence, written):
            return written
    told = told_before_date(sentences, evidence, written, lookback_days)
    if told is not None:
        return told
    headed = _header_date(text, written, lookback_days, event_type) if len(candidates) < 2 else None
    if headed is not None and not _TODAY.search(evidence):
        return headed
    opened = paragraph_date(text, evidence, written, lookback_days, event_type)
    if opened is not None:
        return opened
    headed = heading_date(text, written, lookback_days)
    if headed is not None and headed < written and not _TODAY.search(evidence):
        return headed
    restated = restated_date(evidence, written, lookback_days)
    if restated is not None:
        return restated
    labelled = label_date(sentences, evidence, written, lookback_days, event_type)
    if labelled is not None:
        return labelled
    opened_with = opening_date(sentences, evidence, written, lookback_days, event_type) if own_occasion else None
    if opened_with is not None:
        return opened_with
    if event_type in RESPONSE_KINDS or event_type == "referral":
        return written  # held by us, or referred to us, on the day recorded: the account is what prompted it
    told = reported_date(sentences, evidence, written, lookback_days)
    return told if told is not None else written


_FIELD_LINE = re.compile(
    r"^\W*(?:occurrence|incident|offence|event)(?:\s+(?:date|time|date\s*/\s*time|date and time))?\s*[:\-–]\s*(?P<rest>.+)$|"
    r"^\W*date(?:\s*(?:/|and)\s*time)?\s+of\s+(?:the\s+)?(?:incident|occurrence|offence|event|episode)\s*[:\-–]?\s*(?P<rest2>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
"""A labelled field in a notification's header block ("Occurrence: Sat 18 May, approx 21:15",
"Incident date/time: 18/05/24 21:15", "Date of incident 18.5.24"): when the incident happened, as
opposed to when the notification was received."""
HEADER_BLOCK_LINES = 6
"""How many of a note's first lines form its header block, where field lines are read."""


def field_date(text: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS, event_type: str = "") -> dt.date | None:
    """The date an incident field line in the note's header block gives, for events other than
    the meetings held in response to one (a strategy discussion's "Date of incident" is what
    prompted it). Only a date on or before the anchor and within the look-back."""
    if event_type in RESPONSE_KINDS:
        return None
    header = "\n".join(text.splitlines()[:HEADER_BLOCK_LINES])
    earliest = anchor - dt.timedelta(days=lookback_days)
    for match in _FIELD_LINE.finditer(header):
        found = mentions(match["rest"] or match["rest2"], anchor)
        if found and earliest <= found[0].date <= anchor:
            return found[0].date
    return None


LABEL_WORDS = 6
"""An evidence sentence this short with no date is a label ("Second missing episode.", "CLA review.")."""
LABEL_REACH = 4
"""How many of the note's first sentences may carry the account a label sums up."""
_PASTED_HEADER = re.compile(
    r"^\W*(?:e-?mail|letter|message|text|note)s? (?:from|received from|sent by)\b[^\n]*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?|\d{2,4})\s*:\s*$|"
    r"^\W*(?:e-?mail|message|text|whatsapp)s? (?:from|received from|sent by|between)\b[^\n]*\((?:copied|pasted)(?: in| below)?\)\s*:\s*$|"
    r"^\W*(?:from|sent|date)\s*:",
    re.IGNORECASE,
)
"""The header of a pasted email or letter ("Email from mum's solicitor, 12/6/24 10:02:", "Sent:
12 June 2024") or of a copied message thread ("Texts from J over the weekend (copied in):"): when
it was written or copied, never the event; the body's sentences date what it reports."""
_SAYS_WHAT_HAPPENED = re.compile(
    r"\b(?:\w+ed|made|held|done|seen|taken|gone|found|rang|told|said|went|came|left|is|was|were|are|has|had|"
    r"today|tonight|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
"""A sentence with a verb tells what happened (and when, by the note); a label does not."""
_HISTORY = re.compile(r"\b(?:previous(?:ly)?|history|in the past|last year|before that|used to)\b", re.IGNORECASE)


def label_date(
    sentences: Sequence[str], evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS, event_type: str = ""
) -> dt.date | None:
    """The first date the note's opening account states, when the evidence is a label that sums
    it up and states none: a log that ends "Second missing episode." was opened by "mum reported
    him missing at 22:40 Sat night"; a note headed "CLA review." goes on "held yesterday at the
    carers' home". The header of a pasted email or letter is a label too: the sentences after it
    date what it reports ("Email from the solicitor, 12/6/24 10:02:" then "... obtained a
    non-molestation order on 11 June 2024"). Sentences recalling history are passed, and for a meeting, interview or
    assessment every sentence that does not say it was held or done ("s47 enquiry. I saw him at
    school on the 20th ..." is not dated by the school visit)."""
    pasted = bool(_PASTED_HEADER.search(evidence))
    labelled = len(evidence.split()) <= LABEL_WORDS and not _SAYS_WHAT_HAPPENED.search(evidence)
    if not pasted and (not labelled or _own_mentions(evidence, anchor)):
        return None
    start = sentences.index(evidence) + 1 if pasted and evidence in sentences else 0
    for sentence in sentences[start : start + LABEL_REACH]:
        if sentence == evidence or _HISTORY.search(sentence):
            continue
        if event_type in RESPONSE_KINDS and not _COMPLETED.search(sentence):
            continue  # a meeting's label is dated by its holding, not by the visits or calls around it
        stated = stated_event_date(sentence, anchor, lookback_days, event_type)
        if stated is not None:
            return stated
    return None


RECEIVED_KINDS = frozenset({"contact", "referral"})
"""Kinds dated when they reached us: their opening lines tell what prompted them, on earlier days."""
_CONCLUDED = re.compile(r"\b(?:completed|concluded|held|took place|signed off|finalised)\b", re.IGNORECASE)
"""For a meeting or assessment, an opening sentence dates it only by saying it was concluded: visits
"done 11/3" and sessions inside the work are not its date."""
OPENING_REACH = 2
"""How many of a note's first body sentences tell the occasion a note of that type records."""
_MAIL_HEADER = re.compile(r"^\W*(?:from|sent|to|cc|subject|date)\s*:", re.IGNORECASE)
_SALUTATION = re.compile(r"^\W*(?:hi|hello|dear|good (?:morning|afternoon))\b|^[^.!?\d]{1,60},$", re.IGNORECASE)


def opening_date(
    sentences: Sequence[str], evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS, event_type: str = ""
) -> dt.date | None:
    """The first earlier date the opening of a note states, when the note's own type is the event
    and its evidence states none: practitioners open the record of an occasion by saying when it
    was, in whatever words ("Hearing at the Family Court yesterday afternoon (2/7), before DJ ...",
    "CARER'S ASSESSMENT - completed 11/2/25 with dad at home", "Thank you for presenting at panel
    yesterday" under a pasted email's headers and greeting), and a heading rule cannot list them
    all. Headers, greetings and recalled history are passed; a meeting or assessment's sentence must
    say it was held or concluded, since the incident that prompted it opens such notes too. A contact
    or referral is dated when it reached us, and an opening that states the note's own day
    ("started 16.1.24, completed 6.2.24") leaves the occasion on that day."""
    if event_type in RECEIVED_KINDS or mentions(evidence, anchor) or _TODAY.search(evidence):
        return None
    body = [s for s in sentences if not _MAIL_HEADER.search(s) and not _SALUTATION.search(s) and not late_entry_line(s)]
    for sentence in body[:OPENING_REACH]:
        if any(m.date == anchor for m in mentions(sentence, anchor)):
            return None  # "started 16.1.24, completed 6.2.24": the note's own day is the occasion's
        if _HISTORY.search(sentence) or (event_type in RESPONSE_KINDS and not _CONCLUDED.search(sentence)):
            continue
        stated = stated_event_date(sentence, anchor, lookback_days, event_type)
        if stated is not None:
            return stated
    return None


def _header_date(text: str, anchor: dt.date, lookback_days: int, event_type: str) -> dt.date | None:
    """The date the note's header gives its occasion, asked right after the evidence sentence and
    before other sentences about the same kind: an incident's field line ("Occurrence: Sat 18
    May"), or for a meeting the heading of its minutes ("STRATEGY DISCUSSION - 11/03/24 11:00"),
    which outranks the earlier dates the minutes discuss ("incident on Saturday as per PVP")."""
    if event_type in RESPONSE_KINDS:
        return heading_date(text, anchor, lookback_days)
    return field_date(text, anchor, lookback_days, event_type)


def completed_date(
    sentences: Sequence[str], attempt: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS
) -> dt.date | None:
    """The day a meeting or interview was held after an attempt that failed: "S declined to meet on
    Monday. The worker completed it by phone on Tues 20/02" is the Tuesday's, in words the event
    rules need not know, since "it" names the interview. Only the next two sentences, and only
    when `attempt` dates a failed attempt."""
    failed = any(
        _ATTEMPT_FAILED.search(_before(attempt, m.start)) for m in mentions(attempt, anchor) if m.date < anchor
    )
    if not failed or attempt not in sentences:
        return None
    start = sentences.index(attempt) + 1
    for sentence in sentences[start : start + 2]:
        if _COMPLETED.search(sentence) and not _ATTEMPT_FAILED.search(sentence):
            return stated_event_date(sentence, anchor, lookback_days)
    return None


_FOLLOWS_UP = re.compile(
    r"\b(?:further to|following (?:on from |up )?|in follow-up to|with reference to|re:?)\s*(?:the|our|your|my|his|her|their)\s+"
    r"(?:[\w'’&/-]+\s+){0,3}?(?:(?:held|that took place)\s+)?(?:(?:on|of|dated)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
""""Further to the hearing on the 21st inst", "following the conference on 3/4": a note about an
earlier event it names with its date, typically the minutes, order or letter that came after it."""


def followed_up_dates(text: str, note_date: dt.date, lookback_days: int = LOOKBACK_DAYS) -> frozenset[dt.date]:
    """The dates of earlier events a note says it follows up ("Further to the hearing on the 21st
    inst, sealed order attached"): merging joins the note to that event's entry rather than
    listing the event a second time on the day the follow-up was written."""
    written = written_date(text, note_date, lookback_days)
    earliest = written - dt.timedelta(days=lookback_days)
    return frozenset(
        m.date
        for m in mentions(text, written)
        if earliest <= m.date < written and _FOLLOWS_UP.search(text[max(0, m.start - 80) : m.start])
    )


PARAGRAPH_LEAD_WORDS = 3
"""How many words may open a paragraph before its date ("Hearing Thurs 23rd Oct, ...") for the
date to head the paragraph rather than belong to its first sentence's own doing."""
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)


def paragraph_date(
    text: str, evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS, event_type: str = ""
) -> dt.date | None:
    """The date that opens the paragraph the evidence sentence stands in, further down it: notes
    tell an occasion as a paragraph headed by its day ("Hearing Thurs 23rd Oct, Family Court. Both
    parents attended. Interim care order made."), so an undated outcome inside it is that day's.
    Not when the evidence says it is today's, and only a date within the paragraph's first words."""
    if _TODAY.search(evidence):
        return None
    for line in text.splitlines():
        flat = " ".join(line.split())
        at = flat.find(evidence)
        if at <= 0:
            continue
        found = mentions(flat[:at], anchor)
        if found and len(flat[: found[0].start].split()) <= PARAGRAPH_LEAD_WORDS:
            return stated_event_date(flat[: found[0].end], anchor, lookback_days, event_type)
        return None
    return None


RESTATED_REACH_DAYS = 183
"""How far back a restated event's written-out date is believed: past it, the note recalls history."""
_NOT_ITS_OWN = re.compile(
    r"\b(?:since|start(?:ed|ing)?|began|begun|commenced|from|following|after|until|before|previous(?:ly)?|similar|"
    r"another|earlier|last time|also|re|regarding|concerning|about|in relation to|further to|in response to)\b[^,;:]*$",
    re.IGNORECASE,
)
"""Words before a date that give it to something else: a start, what came before, another incident."""


def restated_date(evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date | None:
    """The date written out in full that the evidence sentence itself gives its event, past the
    look-back: a later note restating an event ("The ICPC on 14 February 2023 made ...") dates it
    when it first happened, where the first record's entry already stands."""
    earliest = anchor - dt.timedelta(days=RESTATED_REACH_DAYS)
    latest = anchor - dt.timedelta(days=lookback_days)
    for mention in mentions(evidence, anchor):
        in_full = written_out(evidence, mention)
        before = _before(evidence, mention.start)
        if not in_full or not earliest <= mention.date < latest:
            continue
        if not _NOT_ITS_OWN.search(before) and not _REPORTED.search(before):
            return mention.date
    return None


REPORT_WINDOW = 3
"""How many sentences after a report lead may carry its account: a longer note has moved on."""
_REPORT_LEAD = re.compile(
    r"\b(?:rang|phoned|emailed|e-mailed|texted|messaged|informed|notified|let (?:me|us) know|"
    r"(?<!was )(?<!were )(?<!been )reported|contacted (?:me|us|duty|the office|sw|mash|the front door)|"
    r"called (?:me|us|duty|the office|in|to say|to report|to tell)|told (?:me|us|sw|the)|"
    r"(?:call|contact|e-?mail|referral|notification|message|phone call|ppn|update)s?\s+(?:from|via|to|received|made|by)|"
    r"(?:rec[’']?d|received)\s+(?:from|via|by|through))\b",
    re.IGNORECASE,
)
"""Words saying that information arrived: the sentence is about hearing of the event. "Police were
called", "was reported missing" and "she disclosed" are events themselves, not leads."""
_TOLD_NOW = re.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|currently|at present|now)\b", re.IGNORECASE
)
_ASIDE = re.compile(
    r"\b(?:previous(?:ly)?|history|in the past|last year|before that|used to|since|will|plan(?:ned|s)?|due|next|"
    r"booked|arranged for|going to)\b",
    re.IGNORECASE,
)
"""An account sentence that recalls history, a state since some day, or a plan dates no event."""


def reported_date(
    sentences: Sequence[str], evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS
) -> dt.date | None:
    """The date a report lead's account states for what happened, if the text ties one to it.

    Only when the evidence is a report lead that states no date of its own ("Police contact via
    MASH 13/2/23" dates the contact, which is then the event); only the next few sentences; the
    first sentence that speaks of a time decides, so "Today she arrived with a bruise" after the
    lead keeps the note's date even if a later sentence names an earlier day. Asides (history,
    plans, "since") are passed.
    """
    if not _REPORT_LEAD.search(evidence) or _own_mentions(evidence, anchor):
        return None
    start = sentences.index(evidence) + 1 if evidence in sentences else 0
    for sentence in sentences[start : start + REPORT_WINDOW]:
        if _ASIDE.search(sentence):
            continue
        stated = stated_event_date(sentence, anchor, lookback_days)
        if stated is not None:
            return stated
        if _TOLD_NOW.search(sentence) or any(m.date >= anchor for m in mentions(sentence, anchor)):
            return None
    return None


TOLD_BEFORE_REACH = 3
"""How many sentences before a telling may carry the account of what was told."""


def told_before_date(
    sentences: Sequence[str], evidence: str, anchor: dt.date, lookback_days: int = LOOKBACK_DAYS
) -> dt.date | None:
    """The date of the event a telling reports, when the evidence dates only the telling ("Police
    came back on Sunday morning and told her he had been arrested"): the nearest of the sentences
    just before it that states an earlier date and recalls no history ("She said he came to the
    flat on Saturday night (21st)") dates it; the telling's own day is not the event's."""
    told = [m for m in mentions(evidence, anchor) if m.date <= anchor and _TELLING_AFTER.match(evidence[m.end :])]
    if not told or evidence not in sentences:
        return None
    at = sentences.index(evidence)
    for sentence in reversed(sentences[max(0, at - TOLD_BEFORE_REACH) : at]):
        if _HISTORY.search(sentence):
            continue
        stated = stated_event_date(sentence, anchor, lookback_days)
        if stated is not None and stated <= told[0].date:
            return stated
    return None


def states_own_day(evidence: str, anchor: dt.date) -> bool:
    """Whether the evidence sentence writes out the note's own day for its event ("Case closed to
    CSC 30/9/25.", "Letter from the ADM, dated 24 April 2025:"): the writer dated the event, and an
    earlier day elsewhere in the note (the review that recommended closure, the panel before the
    decision) belongs to something else. A receipt ("PPN rec'd 06/05/25") dates the hearing of it."""
    if _MAIL_HEADER.search(evidence) or _PASTED_HEADER.search(evidence):
        return False  # a pasted message's header dates its sending, not the event it tells
    return any(
        m.date == anchor and (_DATED.search(_before(evidence, m.start)) or not _received(evidence, m))
        for m in mentions(evidence, anchor)
    )


def _own_mentions(evidence: str, anchor: dt.date) -> list[DateMention]:
    """The dates a sentence gives something other than its receipt: "PPN rec'd 06/05/25." is still
    a label whose account ("Sat 3rd May, 20:30, mother called police") follows."""
    return [m for m in mentions(evidence, anchor) if not _received(evidence, m)]


_RECEIPT = re.compile(
    r"\b(?:rec[’']?d|received|reported|notified|logged|e-?mailed|sent|forwarded)\b(?:\s+(?:by|via|from|through)\b[^,;:.]{0,40})?\s*$",
    re.IGNORECASE,
)
"""A receipt before a date, perhaps with its channel ("rec'd via MASH 10/03/2025"): when we heard."""


def _received(sentence: str, mention: DateMention) -> bool:
    before = _before(sentence, mention.start)
    return bool(_REPORTED.search(before) or _RECEIPT.search(before))


DOCUMENT_KINDS = frozenset({"court", "assessment"})
"""Kinds whose record is often a document received: a decision letter, an order, a report."""
_DATED = re.compile(r"\bdated\s*$", re.IGNORECASE)
_DOCUMENT = re.compile(
    r"\b(?:letter|report|order|judgment|judgement|decision|minutes|summary|recommendations?|assessment|statement|"
    r"analysis|findings)\b",
    re.IGNORECASE,
)
_DOCUMENT_STAMP = re.compile(r"\b(?:dated|received|rec[’']?d)\s*$", re.IGNORECASE)
DOCUMENT_REACH = 2
"""How many of a note's first body sentences may name the document it records."""


def document_date(sentences: Sequence[str], anchor: dt.date, lookback_days: int = LOOKBACK_DAYS) -> dt.date | None:
    """The date of the document a court or assessment record is about, from its opening line:
    "Cafcass safeguarding letter received from ..., dated 01/04/2025" is the letter's date;
    "Summary of AIM3 report from Lapwing, received 27/03/25" the report's arrival. The document is
    the event (the decision made, the report delivered), so the day it bears outranks when the
    worker filed it and the earlier meetings it cites ("the panel held on 16 April"). A letter's
    own "dated" outranks its receipt; dates after the note or before the look-back are not read."""
    earliest = anchor - dt.timedelta(days=lookback_days)
    body = [s for s in sentences if not _MAIL_HEADER.search(s) and not _SALUTATION.search(s)]
    for sentence in body[:DOCUMENT_REACH]:
        stamped = [
            m
            for m in mentions(sentence, anchor)
            if earliest <= m.date <= anchor
            and _DOCUMENT_STAMP.search(_before(sentence, m.start))
            and _DOCUMENT.search(sentence[: m.start])
        ]
        dated = [m for m in stamped if _DATED.search(_before(sentence, m.start))]
        if stamped:
            return (dated or stamped)[0].date
    return None


def _before(sentence: str, start: int) -> str:
    """The words before a date, without its own "on"/"last": "emailed on Sunday" -> "emailed"."""
    return re.sub(r"\b(?:on|last|this past)\s*$", "", sentence[:start].rstrip(), flags=re.IGNORECASE)
