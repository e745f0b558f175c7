"""Selection from content: note text in, significant or not and which event out; event dates."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology import ExtractiveSummariser, entries_from_notes
from assistant.chronology.dates import mentions, stated_event_date
from assistant.chronology.merge import merge
from assistant.chronology.model import NOT_RECORDED
from assistant.chronology.selection import select, select_all
from records.vocabulary import map_type
from tests.chronology_fixtures import note

SELECTION = [
    # (note type, text, expected event type or None)
    ("home_visit", "Visited Mum and <PERSON_1>. Home tidy, food in cupboards. No concerns noted.", None),
    ("home_visit", "Routine visit. No injuries seen and no new adults in the home.", None),
    ("statutory_visit", "Seen alone in her room. She disclosed that Mum's partner hit her last week.", "disclosure"),
    ("home_visit", "Noticed a bruise on his left cheek; Mum said he fell off his bike.", "injury"),
    ("home_visit", "Mum said her new partner <PERSON_2> has moved in with the family.", "household_change"),
    ("home_visit", "Mum told me she and Dad have separated and he has left the family home.", "household_change"),
    ("case_note", "Police were called to the address at 23:00 following a domestic incident.", "police_incident"),
    (
        "phone_call",
        "Carer rang: <PERSON_1> went missing from placement at 19:00 and returned at 02:00.",
        "missing_episode",
    ),
    ("phone_call", "Ward sister confirmed he was admitted to hospital after an overdose.", "hospital"),
    (
        "school_liaison",
        "DSL confirmed she has been permanently excluded following an assault on a pupil.",
        "school_exclusion",
    ),
    ("school_liaison", "DSL reports attendance at 92% this term; no issues.", None),
    ("school_liaison", "Worried about the risk of exclusion if behaviour continues.", None),
    ("health", "GP has made a referral to CAMHS for low mood.", "camhs_referral"),
    ("supervision", "Discussed the upcoming ICPC and the plan for the initial child protection conference.", None),
    ("case_note", "Placement broke down; <PERSON_1> moved to new foster carers today.", "placement_move"),
    ("case_note", "Case closed to children's social care and stepped down to early help.", "closure"),
    (
        "core_group",
        "Core group met. The child was made subject to a child protection plan under neglect at ICPC.",
        "plan_change",
    ),
    ("case_note", "Mum has a history of missing appointments; previously reported missing in 2019.", None),
    # positives belong in a chronology too; "positive" family time does not make a visit significant
    ("case_note", "Good news: attendance up to 96% this half term.", "positive_change"),
    ("case_note", "Dad's hair strand test came back clear for the third time.", "positive_change"),
    ("case_note", "Mum completed the Freedom Programme and showed me her certificate.", "positive_change"),
    ("home_visit", "Family time at the contact centre was positive. Nothing new arose.", None),
    (
        "school_liaison",
        "The school told me that on 8th February [CHILD] was given a suspension lasting 2 days.",
        "school_exclusion",
    ),
    ("case_note", "Youth court 22 June 2023: [CHILD] received referral order (shoplifting).", "youth_justice"),
    ("phone_call", "At 15:10 the carer reported that [CHILD] had not come home.", "missing_episode"),
    ("school_liaison", "From 24th June [CHILD] is on the roll of Riverside Junior School.", "school_move"),
    ("statutory_visit", '[CHILD] seen alone and said "I hate the new school, no one talks to me".', None),
    ("statutory_visit", 'Seen alone. [CHILD] said "Mum has a new boyfriend and he shouts".', "household_change"),
    ("statutory_visit", 'Seen alone. [CHILD] disclosed that "he hits me when Mum is out".', "disclosure"),
    ("home_visit", "Mum denied that her partner has moved in.", None),
    ("home_visit", "Police were not called and there were no injuries.", None),
    ("home_visit", "We discussed the injury from last month, which has healed.", None),
    # household changes in a practitioner's own words
    ("home_visit", "A man who said he was a friend of Mum's minds the children while she works.", "household_change"),
    ("home_visit", "The children are being left with a man we know nothing about.", "household_change"),
    ("home_visit", "She has made a new friend at school and is happy.", None),
    ("statutory_visit", "The carer's adult daughter moved back home last week.", "household_change"),
    ("statutory_visit", 'Seen alone. She said "my uncle lives here now".', "household_change"),
    ("statutory_visit", "Her son will need a DBS check and to be added to the household.", "household_change"),
    ("home_visit", "Mum and the children moved from the refuge into a council flat.", "household_change"),
    ("case_note", "Dad moved out at the weekend.", "household_change"),
    ("case_note", "Mum had her baby on Tuesday, a boy.", "household_change"),
    ("phone_call", "The family have got the keys to a housing association house.", "household_change"),
    # police, injuries and hospital
    ("case_note", "I visited following the PPN about the weekend.", "police_incident"),
    ("case_note", "Found by British Transport Police at the station.", "police_incident"),
    ("case_note", "He was stabbed in the leg in the park.", "injury"),
    ("phone_call", "Carer took her to Dewsbury A&E after she fell.", "hospital"),
    ("phone_call", "An ambulance was called after he had a seizure at school.", "hospital"),
    # placements recorded outside a placement note
    ("case_note", "She moved on Friday to a new foster carer in Ossett.", "placement_move"),
    ("case_note", "Just to confirm the move went to plan this morning.", "placement_move"),
    ("case_note", "She is now with her long term carers.", "placement_move"),
    # school moves
    ("school_liaison", "He started Year 7 at his new secondary school this week.", "school_move"),
    ("school_liaison", "She started at Oak Lane Special School on Monday.", "school_move"),
    ("school_liaison", "From today he is placed at alternative provision three days a week.", "school_move"),
    ("school_liaison", "She changed schools at half term.", "school_move"),
    ("school_liaison", "He has moved to a specialist school for autistic pupils.", "school_move"),
    ("school_liaison", "He is now attending AP three mornings a week.", "school_move"),
    ("home_visit", "The council agreed a management move; the family moved on Friday.", "household_change"),
    ("home_visit", "Her baby sister was born last week at 36 weeks.", "household_change"),
    ("home_visit", "She told me Dad has got a girlfriend who stays over.", "household_change"),
    ("phone_call", "He had a seizure at school and was kept in overnight.", "hospital"),
    ("health", "Midwife made an urgent referral to the perinatal team.", "camhs_referral"),
    ("case_note", "The case has been transferred to early help.", "closure"),
    # an NRM referral is a referral; a recovered attendance is a positive
    ("case_note", "NRM referral submitted by the SW today.", "referral"),
    ("case_note", "I referred him to the National Referral Mechanism as a possible victim.", "referral"),
    ("case_note", "Today I completed an NRM for him as a possible victim of exploitation.", "referral"),
    ("school_liaison", "Attendance has recovered to 96% since Easter.", "positive_change"),
    # a step under consideration is not a step taken
    ("home_visit", "We talked about whether to consider a step down to early help.", None),
    # CIN reviews are reviews of the plan, like CLA reviews and review conferences
    ("cin_review", "Plan reviewed with Mum and school. CIN plan to continue.", "cin_review"),
    ("home_visit", "The CIN review was held at school with all agencies.", "cin_review"),
    # notes whose own type is significant are selected even when the text is terse
    ("strategy_discussion", "Attended by police, health and school.", "strategy_discussion"),
    ("section_47", "Enquiry concluded: concerns substantiated.", "section_47"),
    ("icpc", "Conference held.", "icpc"),
    ("court", "Interim care order granted.", "court"),
    ("missing_episode", "Reported to police at 22:00.", "missing_episode"),
    ("referral", "Received from school regarding bruising.", "referral"),
    # a meeting filed under its own type that was called off did not happen
    ("strategy_discussion", "Meeting cancelled, health could not attend. Rearranged for next week.", None),
    ("icpc", "Conference postponed as the chair is unwell; a new date will follow.", None),
    ("cla_review", "The review did not go ahead because the carer was ill.", None),
    ("strategy_discussion", "First slot cancelled; strategy meeting held at 3pm with police.", "strategy_discussion"),
    # a sentence that places the event in an earlier year recalls history
    ("supervision", "Background: the family's case closed in 2021 after a CIN plan.", None),
    ("case_note", "Dad was arrested in 2019 for an assault on a neighbour.", None),
    # more ways practitioners write a birth, a review and a self-inflicted injury
    ("case_note", "The midwife rang: Mum has given birth to a girl.", "household_change"),
    ("case_note", "The IRO review was held at the carers' home.", "cla_review"),
    ("statutory_visit", "She showed me cuts on her forearm that she had made herself.", "injury"),
    ("statutory_visit", "She told me she has not self-harmed since the summer.", None),
    # a known event referred back to is not a new one; one with a date of its own may be its first record
    ("home_visit", "Since the arrest he has been staying in more.", None),
    ("home_visit", "We talked about the missing episode and who he was with.", None),
    ("home_visit", "Mum is still upset after the police call-out last month.", None),
    ("home_visit", "Her injuries from the assault have healed well.", None),
    ("home_visit", "I visited following the police call-out on Saturday night.", "police_incident"),
    # meetings, orders and plans written up in a case note, in practitioners' shorthand
    ("case_note", "Strat disc today with the DS and the named nurse.", "strategy_discussion"),
    ("case_note", "A strategy discussion with police will be held tomorrow.", None),
    ("case_note", "Manager's decision to initiate section 47 enquiries.", "section_47"),
    ("case_note", "Section 47 outcome: concerns not substantiated.", "section_47"),
    ("case_note", "ICPC today: all three children placed on CP plans.", "icpc"),
    ("case_note", "RCPC: plans to continue, next review in six months.", "rcpc"),
    ("case_note", "The twins were made the subject of CP plans under neglect.", "plan_change"),
    ("case_note", "ICO granted at the family court this morning.", "court"),
    ("case_note", "Officers used their powers of protection overnight.", "legal_status"),
    ("case_note", "Mum signed the section 20 agreement at the office.", "legal_status"),
    ("case_note", "He was absent from placement all night and came back at 6am.", "missing_episode"),
    ("case_note", "He was absent from school on Monday.", None),
    ("case_note", "Dad was released from prison on licence and is living at home.", "household_change"),
    ("case_note", "Mum told me she is pregnant again, due in the spring.", "household_change"),
    ("case_note", "He moved schools after half term.", "school_move"),
    ("case_note", "The baby was admitted to the children's ward overnight.", "hospital"),
    # everyday words for the same events
    ("case_note", "Mum and Dad have split and he is at his brother's.", "household_change"),
    ("case_note", "Mum has a new fella who is round most days.", "household_change"),
    ("case_note", "The twins have split their time between both homes since Easter.", None),
    ("case_note", "Her boyfriend stays over most weekends.", "household_change"),
    ("case_note", "Mum has ended the relationship with him.", "household_change"),
    ("case_note", "She started secondary school in September.", "school_move"),
    ("case_note", "He has moved to Northfield High School.", "school_move"),
    ("case_note", "He moved to his dad's near the school.", "household_change"),  # a change of carer, never a school move
    ("case_note", "He didn't come home last night.", "missing_episode"),
    ("case_note", "She went AWOL from the unit after tea.", "missing_episode"),
    ("case_note", "His whereabouts are unknown; police informed.", "missing_episode"),
    ("case_note", "Police came out after neighbours heard shouting.", "police_incident"),
    ("case_note", "Officers attended the address after a 999 call.", "police_incident"),
    ("case_note", "She was treated at the urgent treatment centre for a cut hand.", "hospital"),
    ("case_note", "Mum has been sectioned under the Mental Health Act.", "hospital"),
    ("case_note", "Agreed to close the case as the plan has been achieved.", "closure"),
    ("case_note", "MARAC referral made by the IDVA.", "camhs_referral"),
    ("case_note", "He has moved into semi-independent accommodation.", "placement_move"),
    ("case_note", "She turned 18 and is now a care leaver.", "legal_status"),
    # talk about an event, or a wish for one, is not the event
    ("home_visit", "Paperwork for the court hearing in June was discussed.", None),
    ("home_visit", "We talked about how he felt when he was placed in foster care.", None),
    ("home_visit", "Mum is thinking about a referral to CAMHS.", None),
    ("home_visit", "I want to record a positive change: the test was negative.", "positive_change"),
    # a state that carries on is not a new event
    ("home_visit", "He is currently excluded and at home all day.", None),
    ("phone_call", "Carer says she is still missing; police are aware.", None),
    # "as planned" says it happened
    ("phone_call", "The move went ahead as planned and she is now with her new carers.", "placement_move"),
]


@pytest.mark.parametrize(("note_type", "text", "expected"), SELECTION)
def test_selection_reads_the_content(note_type: str, text: str, expected: str | None) -> None:
    event = select(note("N1", "2023-03-10", note_type, text))
    assert (event.event_type if event else None) == expected


def test_a_visit_labelled_as_part_of_an_assessment_is_still_a_visit() -> None:
    text = "Visited Mum this afternoon; the flat was tidy and the children were playing."
    assert select(note("N1", "2023-03-10", "assessment", text, raw_type="Assessment Visit")) is None
    assert select(note("N1", "2023-03-10", "assessment", text, raw_type="Single Assessment")) is not None
    missing = "Visited after she came back; she had been with friends in town overnight."
    assert select(note("N1", "2023-03-10", "missing_episode", missing, raw_type="Missing Episode Visit")) is not None


SEVERAL_EVENTS = [
    # (note type, note date, text, expected (event type, date) pairs): one event per occurrence
    (
        "contact",
        "2023-03-13",
        "Police contact via MASH today. She was reported missing on Friday (10th) and found the next day "
        "by police in a park. Passed to the exploitation team.",
        [("contact", "2023-03-13"), ("missing_episode", "2023-03-10")],
    ),
    (
        "police_incident",
        "2023-04-24",
        "Reported missing 21/04/2023 by his carer. Located 23/04/2023 at an address in another town. "
        "Arrested on suspicion of supplying drugs and released under investigation.",
        [("missing_episode", "2023-04-21"), ("police_incident", "2023-04-23")],
    ),
    # the police finding a missing child are part of the missing episode, not a second event
    (
        "missing_episode",
        "2023-04-24",
        "Went missing on Friday 21st after school. Found on Saturday 22nd by British Transport Police.",
        [("missing_episode", "2023-04-21")],
    ),
    # an undated second mention adds nothing a reader could place
    (
        "police_incident",
        "2023-04-24",
        "Police were called to a domestic incident on Saturday. Mum was taken to hospital with a cut lip.",
        [("police_incident", "2023-04-22")],
    ),
]


@pytest.mark.parametrize(("note_type", "note_date", "text", "expected"), SEVERAL_EVENTS)
def test_a_note_records_one_event_per_occurrence(
    note_type: str, note_date: str, text: str, expected: list[tuple[str, str]]
) -> None:
    events = select_all([note("N1", note_date, note_type, text)])
    assert [(event.event_type, event.event_date.isoformat()) for event in events] == expected
    assert {event.note_id for event in events} == {"N1"}


RESPONSES = [
    # (note type, text, expected (event type, date) pairs): a meeting is dated by itself, and the
    # event that prompted it, named with its own date, is recorded on that date
    (
        "strategy_discussion",
        "Strategy discussion held following the disclosure she made at school on 3rd May. Agreed s47.",
        [("strategy_discussion", "2023-05-10")],
    ),
    (
        "icpc",
        "ICPC held after the s47 enquiry completed on 2/5/23. Children made subject to CP plans.",
        [("icpc", "2023-05-10")],
    ),
    (
        "return_home_interview",
        "RHI completed with her following her missing episode on 6th May. She would not say where she went.",
        [("return_home_interview", "2023-05-10"), ("missing_episode", "2023-05-06")],
    ),
    (
        "case_note",
        "Strategy discussion today following the police call-out on Sunday night; agreed single agency.",
        [("strategy_discussion", "2023-05-10"), ("police_incident", "2023-05-07")],
    ),
]


@pytest.mark.parametrize(("note_type", "text", "expected"), RESPONSES)
def test_a_meeting_is_not_dated_by_the_event_that_prompted_it(
    note_type: str, text: str, expected: list[tuple[str, str]]
) -> None:
    events = select_all([note("N1", "2023-05-10", note_type, text)])
    assert [(event.event_type, event.event_date.isoformat()) for event in events] == expected


def test_an_incident_note_is_dated_by_the_sentence_that_describes_the_incident() -> None:
    text = (
        "Mum rang at 9 this morning. On Saturday night (28th) he was assaulted outside a shop. "
        "He was taken by ambulance to the infirmary and kept in."
    )
    event = select(note("N1", "2023-10-30", "hospital", text))
    assert event is not None
    assert event.event_date == dt.date(2023, 10, 28)


@pytest.mark.parametrize(
    ("later_text", "expected"),
    [
        ("Gran rang: she started at Brookside yesterday and stayed all day.", "school_move"),
        ("Gran rang: she started at Brookside Youth Club yesterday.", None),  # a club, not the named school
        ("Gran rang: she started at Hillcrest yesterday.", None),  # no school of that name in the case
    ],
)
def test_a_school_known_to_the_case_is_recognised_by_its_short_name(later_text: str, expected: str | None) -> None:
    notes = [
        note("N1", "2023-05-02", "case_note", "Panel agreed a place at Brookside Academy (alternative provision)."),
        note("N2", "2023-05-16", "phone_call", later_text),
    ]
    found = [event.event_type for event in select_all(notes) if event.note_id == "N2"]
    assert found == ([expected] if expected else [])


DATES = [
    # (note date, text, expected event date): the note's date unless the text states an earlier one
    ("2023-03-06", "Carer reported that she went missing on 04/03/2023 and returned the next day.", "2023-03-04"),
    ("2023-03-06", "She went missing yesterday evening from placement.", "2023-03-05"),
    ("2023-03-06", "Police notification: domestic incident at the home on Saturday night.", "2023-03-04"),
    ("2023-03-06", "She went missing on 4th March and was found by police.", "2023-03-04"),
    ("2023-03-06", "Went missing from placement at 19:00 today.", "2023-03-06"),
    ("2023-03-06", "Police were called to the address; the next review is on 12 April 2023.", "2023-03-06"),
    ("2023-03-06", "Police were called on 02/01/2022 according to records.", "2023-03-06"),
    ("2023-03-06", "Police incident recorded on 2023-03-01 involving Mum's partner.", "2023-03-01"),
    ("2022-05-14", "DV notification from police. Incident at the home address last Wednesday at 11:30.", "2022-05-11"),
    # the evidence sentence has no date, another sentence about the same event does
    (
        "2023-03-06",
        "Domestic incident notification.\nPolice were called to the address on 03/03/2023 at 22:00.",
        "2023-03-03",
    ),
]


@pytest.mark.parametrize(("note_date", "text", "expected"), DATES)
def test_event_date_comes_from_the_text_when_it_states_an_earlier_one(note_date: str, text: str, expected: str) -> None:
    event = select(note("N1", note_date, "case_note", text))
    assert event is not None
    assert event.event_date == dt.date.fromisoformat(expected)
    assert event.note_date == dt.date.fromisoformat(note_date)


def test_an_interview_held_in_response_is_dated_by_itself_not_by_what_prompted_it() -> None:
    event = select(note("N1", "2023-03-22", "return_home_interview", "RHI completed with her following the missing episode on the 18th."))
    assert event is not None and event.event_type == "return_home_interview"
    assert event.event_date == dt.date(2023, 3, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 03/04/2023", dt.date(2023, 4, 3)),  # day first, never US order
        ("on 3 April 23", None),
        ("on 3rd April 2023", dt.date(2023, 4, 3)),
        ("on April 3, 2023", dt.date(2023, 4, 3)),
        ("on 31/02/2023", None),  # not a date
        ("on 2 March", dt.date(2023, 3, 2)),
        ("on 20 December", dt.date(2022, 12, 20)),  # no year: the latest one not after the note
    ],
)
def test_date_mentions(text: str, expected: dt.date | None) -> None:
    found = [mention.date for mention in mentions(text, dt.date(2023, 4, 10))]
    if expected is None:
        assert all(date.year in (2023, 2022) for date in found)
        assert dt.date(2023, 2, 28) not in found
    else:
        assert expected in found


def test_a_later_stated_date_is_a_plan_not_the_event() -> None:
    assert stated_event_date("Hearing listed for 5 June 2023.", dt.date(2023, 5, 1)) is None


@pytest.mark.parametrize(
    ("text", "impact", "action"),
    [
        (
            "Police were called to a domestic incident. Impact: the children were frightened and missed school. "
            "Action: safety plan agreed with Mum.",
            "the children were frightened and missed school.",
            "safety plan agreed with Mum.",
        ),
        (
            "Police were called to a domestic incident. <PERSON_1> was tearful at school the next day. "
            "It was agreed a strategy discussion would be held.",
            "<PERSON_1> was tearful at school the next day.",
            "It was agreed a strategy discussion would be held.",
        ),
        ("Police were called to a domestic incident at the home.", NOT_RECORDED, NOT_RECORDED),
    ],
)
def test_impact_and_action_only_when_the_note_states_them(text: str, impact: str, action: str) -> None:
    event = select(note("N1", "2023-03-06", "police_incident", text))
    assert event is not None
    assert (event.impact, event.action) == (impact, action)


SOURCES = [
    # (raw type, text, agency): the type names the agency, else who the opening sentences say it came from
    ("PVP", "Police notification of a domestic incident.", "police"),
    ("MASH Contact", "Worries were raised on 21st Oct. The person calling was DC Adebayo, who said...", "police"),
    ("Referral", "Referral received from the DSL at Riverside Primary about bruising.", "school"),
    ("Hospital", "Attended A&E with a head injury.", "health"),
    ("Strategy Meeting", "Strategy discussion held with police, health and school.", "children's social care"),
    ("CLA Review", "CLA review held, chaired by the independent reviewing officer.", "children's social care"),
]


@pytest.mark.parametrize(("raw_type", "text", "agency"), SOURCES)
def test_source_names_the_note_and_the_agency(raw_type: str, text: str, agency: str) -> None:
    event = select(note("N-7", "2023-03-06", map_type(raw_type).value, text, raw_type=raw_type))
    assert event is not None
    assert event.source == f"{raw_type} of 2023-03-06 (note N-7; {agency})"


@pytest.mark.parametrize(
    ("note_type", "text", "summary"),
    [
        (
            "icpc",
            "ICPC held 7th April. Made subject to a CP plan under the category of neglect.",
            "ICPC held 7th April. Made subject to a CP plan under the category of neglect.",
        ),
        (
            "icpc",
            "ICPC held on 7th April, chaired by [PERSON 2] with all agencies present. The category is emotional abuse.",
            "ICPC held on 7th April, chaired by [PERSON 2] with all agencies present. (category: emotional abuse)",
        ),
        (
            "police_incident",
            "Police were called. Category of neglect discussed.",
            "Police were called. Category of neglect discussed.",
        ),
    ],
)
def test_conference_summaries_name_the_plan_category(note_type: str, text: str, summary: str) -> None:
    group = merge(select_all([note("N1", "2023-04-07", note_type, text)]))[0]
    assert ExtractiveSummariser().summarise(group).text == summary


@pytest.mark.parametrize(
    ("note_type", "text", "summary"),
    [
        # a long sectioned note is summarised by its own conclusion
        (
            "assessment",
            "REASON FOR REFERRAL: Child came to school hungry. PARENTING CAPACITY: Mum loves the children. "
            "ANALYSIS: Risks around neglect are moderate. RECOMMENDATION: CIN plan.",
            "ANALYSIS: Risks around neglect are moderate. RECOMMENDATION: CIN plan.",
        ),
        # a terse sentence is not padded with a neighbour that only carries identifiers
        ("referral", "Referral accepted by MASH. Child: [CHILD] (DOB [DOB 1]).", "Referral accepted by MASH."),
        (
            "referral",
            "Referral accepted by MASH. Concerns about neglect raised by school.",
            "Referral accepted by MASH. Concerns about neglect raised by school.",
        ),
    ],
)
def test_extractive_summaries(note_type: str, text: str, summary: str) -> None:
    group = merge(select_all([note("N1", "2023-04-07", note_type, text)]))[0]
    assert ExtractiveSummariser().summarise(group).text == summary


def test_each_event_of_a_note_is_summarised_by_its_own_sentence() -> None:
    text = (
        "Reported missing 21/04/2023 by his carer. Located 23/04/2023 at an address in another town. "
        "Arrested on suspicion of supplying drugs and released under investigation."
    )
    entries, _ = entries_from_notes([note("N1", "2023-04-24", "police_incident", text)], ExtractiveSummariser())
    summaries = {entry.event_type: entry.summary for entry in entries}
    assert summaries["missing_episode"].startswith("Reported missing 21/04/2023")
    assert summaries["police_incident"].startswith("Arrested on suspicion")
    assert all(entry.note_ids == ("N1",) for entry in entries)
