"""Second pass on independent6 (session 8; docs/answering.md): a day and month written in a sentence
dates its event however far back, and a vehicle's registration is a plate, not the car's make.
Each row is our own sentence and failed on the answerer before its rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models.abstention import wanted_measure
from assistant.models.base import NOT_RECORDED
from assistant.models.evidence import asked_date
from tests.answer_fixtures import D, ask


@pytest.mark.parametrize(
    ("sentence", "written", "expected"),
    [
        ("He arrived 14 June on a visitor visa.", D(2025, 9, 19), "2025-06-14"),
        ("She moved in with her aunt on the 3rd of March after the placement ended.", D(2025, 7, 20), "2025-03-03"),
        ("Started at the pupil referral unit April 2nd, attendance patchy since.", D(2025, 8, 30), "2025-04-02"),
        ("Mum said the boyfriend moved out in November.", D(2026, 2, 10), "2026-02-10"),
        ("Seen at home on Saturday with both carers.", D(2025, 9, 15), "2025-09-13"),
        ("Referred on 2 May, seen 20 June.", D(2025, 9, 1), "2025-09-01"),
    ],
)
def test_a_day_and_month_written_in_the_sentence_dates_its_event(sentence: str, written: dt.date, expected: str) -> None:
    """"14 June" in a September note dates the arrival (in the year nearest the note); a month alone
    is not a day, "Saturday" is counted from the note, and two dates leave the choice to the note."""
    assert asked_date(sentence, written).isoformat() == expected


ARRIVAL = (
    "N2", D(2025, 9, 19), "home_visit", "Home visit",
    "Seen with his carers. He arrived 14 June on a visitor visa and has stayed with them since.",
)
SCHOOL = (
    "N3", D(2025, 10, 2), "education", "School contact",
    "School report he is settling; EAL support in place.",
)


def test_when_answer_shows_the_date_the_sentence_gives_not_the_notes() -> None:
    text, cited = ask("when did he arrive in the uk", [ARRIVAL, SCHOOL])
    assert text.startswith("On 14 June 2025"), text
    assert cited[:1] == ["N2"], cited


@pytest.mark.parametrize(
    ("question", "line", "answered"),
    [
        ("what is the registration of the grey audi", "She was seen getting into a grey Audi A3 outside school.", False),
        ("whats the reg of the white van", "Reece drives a white van and collects her after college.", False),
        ("whats the reg of the white van", "Reece drives a white van, reg KX19 LMT, and collects her after college.", True),
    ],
)
def test_a_registration_is_answered_only_by_a_plate(question: str, line: str, answered: bool) -> None:
    """A line that mentions the vehicle but gives no plate does not answer "what's the reg" (the first
    row was answered with the car's make before the rule; the second is a guard)."""
    text, _ = ask(question, [("N1", D(2025, 11, 4), "case_note", "Case note", line)])
    assert (text != NOT_RECORDED) is answered, text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("whats the reg of the van", True),
        ("what is the registration of his motorbike", True),
        ("when was the birth registered", False),
        ("which GP practice is she registered with", False),
        ("has the baby's birth registration been done", False),
    ],
)
def test_registration_is_asked_of_a_vehicle_only(question: str, asks: bool) -> None:
    """"reg" and "registration" ask for a plate only about a vehicle: a birth or a GP is registered."""
    assert (wanted_measure(question) is not None) is asks


@pytest.mark.parametrize(
    ("question", "line", "answered"),
    [
        ("which college does she go to", "Email from college safeguarding lead: [CHILD]'s attendance is back up to 89% this half term.", False),
        ("which school does [CHILD] go to", "Call from school: [CHILD]'s attendance has dropped to 70%.", False),
        ("which college does she go to", "She started at Kirkby College in September and likes the course.", True),
    ],
)
def test_the_asked_persons_own_token_names_none_of_their_things(question: str, line: str, answered: bool) -> None:
    """"[CHILD]'s attendance" next to "college" is the child's, not the college's name (the first two
    rows were answered before the rule)."""
    text, _ = ask(question, [("N1", D(2025, 11, 4), "education", "Education", line)])
    assert (text != NOT_RECORDED) is answered, text
