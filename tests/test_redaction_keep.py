"""Rules version 3: sector terms, pets and places kept; dates of birth in running text, initials and
family plurals redacted; saints' institutions never held back as a guessed person."""

from __future__ import annotations

import pytest

from redaction.context_rules import is_not_a_person, name_run
from redaction.gazetteer import KnownPerson
from redaction.leaks import LeakScanner
from redaction.names import plural
from redaction.patterns import find_identifiers
from redaction.spans import DOB, PERSON, Span
from tests.redaction_fixtures import STAFF, make_case, shared_redactor


@pytest.mark.parametrize(
    ("text", "value", "ruled_out"),
    [
        # Agency, service and communication terms (issue: "PPN" became a person).
        ("PPN submitted by police after the incident.", "PPN", True),
        ("Mother is Deaf and uses BSL at home.", "BSL", True),
        ("She signs with Sign Language at school.", "Sign Language", True),
        ("Uses Makaton with her brother.", "Makaton", True),
        ("EH plan agreed with mum.", "EH", True),
        ("Referred to MASH and BTP informed.", "BTP", True),
        # Police and legal notices written as acronyms (a CAWN became a person on blind writing).
        ("The CAWN was served on him by police on Friday.", "CAWN", True),
        ("PVP submitted after the incident at the flat.", "PVP", True),
        ("ICO granted at the hearing.", "ICO", True),
        # Pets: breeds and animal words before or after the name.
        ("Dog mess on the floor (a Staffie called Tyson).", "Tyson", True),
        ("In the garden with the carers' spaniel Biscuit.", "Biscuit", True),
        ("Biscuit, their puppy, jumped up.", "Biscuit", True),
        # Places named by the sentence around them.
        ("He has moved back to his mum's in Normanton.", "Normanton", True),
        ("Appointment at our Castleford base at 4pm.", "Castleford", True),
        ("She had a medical at Pinderfields at 7pm.", "Pinderfields", True),
        ("Nkechi took her to Pinderfields A&E.", "Pinderfields", True),
        ("The girl next door at 24 Cobble Lane, Featherstone.", "Featherstone", True),
        ("Both settled at St Aidan's CE Academy.", "St Aidan", True),
        ("Moved to 3 Pit Row, Knottingley WF11 9AB.", "Knottingley", True),
        ("Lives in Knottingley WF11 now.", "Knottingley", True),
        # People in the same positions stay people.
        ("Spoke to Gary at 4pm.", "Gary", False),
        ("She stays in Gary's room at weekends.", "Gary", False),
        ("Mirela said Florin was kind.", "Florin", False),
        ("Nkechi took her to the park.", "Nkechi", False),
        ("The dog walker Tyrone Edwards rang.", "Tyrone Edwards", False),  # "dog walker" is not a pet cue
    ],
)
def test_keep_words_rule_out_a_guessed_person(text: str, value: str, ruled_out: bool) -> None:
    start = text.index(value)
    assert is_not_a_person(text, Span(start, start + len(value), PERSON, "ner")) is ruled_out


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("She gave his DOB as 03/07/1989. Precious seen alone.", "03/07/1989"),
        ("His date of birth is recorded as 1.2.15 on the file.", "1.2.15"),
        ("She was born in Leeds on 3 May 2015.", "3 May 2015"),
        ("d.o.b. given as 4th March 2001", "4th March 2001"),
        ("DOB: 12/03/2015", "12/03/2015"),
        ("DOB checked. Meeting on 12/03/2024.", None),  # another sentence
        ("DOB checked on 12/03/2024 with the GP.", None),  # an event: nothing introduces a value
        ("DOB and address confirmed on 12/03/2024.", None),
        ("Baby born at 10pm, seen on 12/03/2024.", None),  # not within one clause
        ("Mrs B. said she called 12/03/2024.", None),  # "b." takes no gap
        ("Visit on 12/03/2024 went well.", None),  # event dates are never a DOB
    ],
)
def test_date_of_birth_in_running_text(text: str, dob: str | None) -> None:
    found = [s.text_in(text) for s in find_identifiers(text) if s.type == DOB]
    assert found == ([dob] if dob else [])


def test_a_word_with_digits_is_not_part_of_a_name() -> None:
    text = "Address: Knottingley WF11 since May."
    start = text.index("Knottingley")
    narrowed = name_run(text, Span(start, start + len("Knottingley WF11"), PERSON, "ner"))
    assert narrowed is not None and narrowed.text_in(text) == "Knottingley"


@pytest.mark.parametrize(
    ("surname", "family"),
    [("Gledhill", "Gledhills"), ("Jones", "Joneses"), ("Marsh", "Marshes"), ("Khan", "Khans")],
)
def test_plural_of_a_family_name(surname: str, family: str) -> None:
    assert plural(surname) == family


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Both children settled at the Gledhills.", "Both children settled at the [CHILD]."),
        ("The GLEDHILLS' house is tidy.", "The [CHILD]' house is tidy."),
        ("RCPC, chair A. Gledhill.", "RCPC, chair [CHILD]."),
        ("Letter from M. Ollerenshaw (IRO) and M. Ollerenshaw again.", None),
        ("PPN received; mum uses BSL and Makaton.", "PPN received; mum uses BSL and Makaton."),
        # The bias twins' disability marker: rules version 2 gave "British [PERSON 1] ([PERSON 2])".
        (
            "Mother is Deaf and uses British Sign Language (BSL).",
            "Mother is Deaf and uses British Sign Language (BSL).",
        ),
        ("Mum uses Makaton with Amelia.", "Mum uses Makaton with [CHILD]."),
        # Faith, ethnicity and benefit words: rules version 2 redacted each as a person.
        ("The family are Muslim and attend the mosque.", "The family are Muslim and attend the mosque."),
        ("The family are Christian and attend church.", "The family are Christian and attend church."),
        ("The family are White Eastern European.", "The family are White Eastern European."),
        ("Mum on Universal Credit. Strat meeting Tuesday.", "Mum on Universal Credit. Strat meeting Tuesday."),
        # The same words as names stay names.
        ("Christian said he was fine. Barry White said no.", "[PERSON 2] said he was fine. [PERSON 1] said no."),
        ("Seen at St Aidan's CE Academy with Biscuit the dog.", "Seen at St Aidan's CE Academy with Biscuit the dog."),
    ],
)
def test_whole_case_redaction(note: str, expected: str | None) -> None:
    case = make_case([note], people=[], given_name="Amelia", family_name="Gledhill")
    result = shared_redactor().redact_case(case, STAFF)
    text = result.notes[0].text
    if expected is None:  # an initial and surname of someone not on the record: one token, initial included
        tokens = [e.token for e in result.notes[0].entities]
        assert "Ollerenshaw" not in text and "M." not in text
        assert len(set(tokens)) == 1 and len(tokens) == 2
    else:
        assert text == expected
    assert result.leaks == []


def test_initial_before_a_known_surname_gets_the_same_token() -> None:
    case = make_case(["Mr Hill rang.", "G. Hill rang again.", "I Khan-Smith? No: Amelia."])
    notes = shared_redactor().redact_case(case, STAFF).notes
    assert notes[0].text == "[MOTHER'S PARTNER] rang."
    assert notes[1].text == "[MOTHER'S PARTNER] rang again."
    assert notes[2].text.startswith("I [CHILD]?")  # "I" is a word, not an initial


@pytest.mark.parametrize(
    ("redacted", "found"),
    [
        ("Both settled at the Okoyes on Friday.", ["Okoyes"]),  # too short for the glued-name scan
        ("The OKOYES' car was outside.", ["OKOYES"]),
        ("Both settled at [CARER] on Friday.", []),
    ],
)
def test_leak_scanner_holds_a_family_plural(redacted: str, found: list[str]) -> None:
    scanner = LeakScanner([KnownPerson("P9", "Janet", "Okoye", "foster carer")], [])
    assert scanner.leaks(redacted) == found
