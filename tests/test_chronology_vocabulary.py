"""The words practitioners use for significant events, beyond the phrasings the rules were first
written from: sentences of our own (none copied from a corpus), each asserting the event kind (or
none) selection reads from an otherwise routine note, and the events a multi-event note yields.

Every row of VOCABULARY, NOT_EVENTS and FURTHER failed on the commit before the session-5
vocabulary (90e8946), except the FURTHER row marked "held"; HELD pins routine and known sentences
the new words must not change (those rows passed before too).
"""

from __future__ import annotations

import pytest

from assistant.chronology.selection import select, select_all
from tests.chronology_fixtures import note

NOTE_DATE = "2024-05-10"

VOCABULARY = [
    # (note type, text, expected event type)
    # strategy meetings under other names: MARAC, MACE, LADO, allegation outcomes
    ("case_note", "MARAC held on 07/05/2024; IDVA to support mum with housing.", "strategy_discussion"),
    ("case_note", "The family was heard at MARAC yesterday and actions were agreed.", "strategy_discussion"),
    ("case_note", "MACE meeting held this morning about the older boys in the park.", "strategy_discussion"),
    ("phone_call", "LADO meeting took place on 8/5 with the school's head teacher.", "strategy_discussion"),
    (
        "case_note",
        "LADO confirmed the allegation against the carer was found to be unsubstantiated.",
        "strategy_discussion",
    ),
    # child protection enquiries: ABE interviews
    ("case_note", "ABE interview completed at the suite with DC Harper on Wednesday.", "section_47"),
    ("case_note", "She gave an ABE interview yesterday afternoon and named her uncle.", "section_47"),
    # assessments other than the single assessment
    ("case_note", "Early help assessment completed with the family on Tuesday.", "assessment"),
    ("case_note", "Age assessment concluded: he is assessed as 17.", "assessment"),
    ("case_note", "The viability assessment of the paternal aunt was completed and is positive.", "assessment"),
    # court: hearing abbreviations, orders in practitioners' verbs, PLO
    ("case_note", "FHDRA on 2 May at the family court; CAFCASS safeguarding letter considered.", "court"),
    ("case_note", "Mum obtained a non-molestation order against her ex-partner.", "court"),
    ("case_note", "The judge granted an interim care order for all three children.", "court"),
    ("case_note", "PLO meeting held with both parents and their solicitors.", "court"),
    ("case_note", "At the review the family came out of pre-proceedings.", "court"),
    # youth justice: police and CPS outcomes, NRM decisions
    ("case_note", "He was released under investigation after the interview.", "youth_justice"),
    ("case_note", "No comment interview with his mum as appropriate adult.", "youth_justice"),
    ("case_note", "CPS have decided no further action on the robbery.", "youth_justice"),
    ("case_note", "He was sentenced to 8 months in custody at the crown court.", "youth_justice"),
    ("case_note", "A positive reasonable grounds decision has been received from the Home Office.", "youth_justice"),
    # health milestones
    ("case_note", "CP medical done at the children's unit; no marks found.", "health"),
    ("case_note", "Initial health assessment completed by the LAC nurse.", "health"),
    ("case_note", "Community midwife rang after the booking appointment on Tuesday.", "health"),
    ("case_note", "CAMHS assessment took place at the clinic and she was offered 6 sessions.", "health"),
    ("case_note", "He was detained under section 136 in the town centre.", "hospital"),
    ("case_note", "Paediatric appointment at the child development centre on 6/5; weight improving.", "health"),
    # household: moves to family and friends, being put out, refuges
    ("home_visit", "She moved to her maternal grandmother's at the weekend.", "household_change"),
    ("case_note", "He went to live with his older sister in Leeds.", "household_change"),
    ("phone_call", "Her stepdad told her to leave after a row on Friday.", "household_change"),
    ("phone_call", "He was kicked out by his mum last night and slept in a car.", "household_change"),
    ("case_note", "The young person presented as homeless at the civic centre.", "household_change"),
    ("case_note", "Mum and the children went to a women's refuge in the next county.", "household_change"),
    # education starts
    ("school_liaison", "He started college on Monday on a level 1 course.", "school_move"),
    ("case_note", "Ruby started nursery three mornings a week.", "school_move"),
    # plan changes and service referrals
    ("case_note", "Decision: step up to child in need with a new allocated worker.", "plan_change"),
    ("case_note", "RHI completed by the youth worker at home.", "return_home_interview"),
]


@pytest.mark.parametrize(("note_type", "text", "expected"), VOCABULARY)
def test_practitioners_words_are_read_as_their_event(note_type: str, text: str, expected: str) -> None:
    event = select(note("N1", NOTE_DATE, note_type, text))
    assert event is not None, f"nothing selected from {text!r}"
    assert event.event_type == expected


NOT_EVENTS = [
    # (note type, text): words of an event in a sentence that does not record one
    ("case_note", "Mum wrote to complain that her son was moved to a children's home so far away."),
    ("case_note", "No change of school to be considered until the new placement is known."),
    ("case_note", "Safety plan re self-harm to transfer with him to the new carers."),
    ("statutory_visit", "First statutory visit to her new placement; she showed me her room."),
]


@pytest.mark.parametrize(("note_type", "text"), NOT_EVENTS)
def test_recounted_planned_and_conditional_events_are_not_selected(note_type: str, text: str) -> None:
    assert select(note("N1", NOTE_DATE, note_type, text)) is None


HELD = [
    # (note type, text, expected): behaviour the new vocabulary must leave alone ("held" rows)
    ("case_note", "Team allocation meeting: case allocated to Sam.", None),
    ("case_note", "Dad went to his mum's for tea on Sunday.", None),
    ("case_note", "Police were called to the address after a domestic incident.", "police_incident"),
    ("case_note", "She was admitted to the children's ward overnight.", "hospital"),
    ("case_note", "Contact with dad will need careful thought if he is convicted.", None),
    ("case_note", "The age assessment is to be completed within 28 days.", None),
    ("case_note", "The NRM conclusive grounds decision can take many months.", None),
]


@pytest.mark.parametrize(("note_type", "text", "expected"), HELD)
def test_the_new_words_leave_routine_and_known_sentences_alone(note_type: str, text: str, expected: str | None) -> None:
    event = select(note("N1", NOTE_DATE, note_type, text))
    assert (event.event_type if event else None) == expected


FURTHER = [
    # (note type, text, expected (kind, date) events in order)
    (
        "police_incident",
        "Arrested on Saturday 4/5 for possession. Interviewed on Sun 5/5, released under investigation 5/5.",
        [("police_incident", "2024-05-04"), ("youth_justice", "2024-05-05")],
    ),
    (
        "hospital",
        "Taken to A&E on 6/5 after an overdose. The liaison nurse made a referral to CAMHS on 7/5.",
        [("hospital", "2024-05-06"), ("camhs_referral", "2024-05-07")],
    ),
    (
        "missing_episode",
        "Reported missing on 3/5, found the next day. RHI completed on 8/5 at school.",
        [("missing_episode", "2024-05-03"), ("return_home_interview", "2024-05-08")],
    ),
    (
        # held: the same kind twice in one note stays one entry
        "hospital",
        "Taken to A&E on 6/5 after a fall. Admitted to the children's ward on 7/5 for observation.",
        [("hospital", "2024-05-06")],
    ),
    (
        # a recap line retells events already listed from their own notes
        "cla_review",
        "CLA review held today. Progress since last review: moved to new carers on 2/5; settled at school.",
        [("cla_review", "2024-05-10")],
    ),
]


@pytest.mark.parametrize(("note_type", "text", "expected"), FURTHER)
def test_each_further_kind_in_a_note_is_its_own_entry(
    note_type: str, text: str, expected: list[tuple[str, str]]
) -> None:
    events = select_all([note("N1", NOTE_DATE, note_type, text)], classifier=False)
    assert [(event.event_type, event.event_date.isoformat()) for event in events] == expected
