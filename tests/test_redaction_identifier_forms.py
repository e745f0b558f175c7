"""Identifiers as practitioners actually write them (rules version 11), text in, spans out.

Every row is our own example of a form an English case note holds; the rows marked "v10" were
missed by the v10 patterns. The "stays" rows are the ordinary numbers and phrases that must not be
taken for identifiers (times, money, counts, case ids, event dates, "met at school")."""

from __future__ import annotations

import pytest

from redaction.patterns import find_identifiers
from redaction.spans import resolve_overlaps

FORMS: list[tuple[str, list[tuple[str, str]]]] = [
    # phones: every spacing and punctuation, brackets, +44/0044, extensions, line breaks, table cells
    ("Mum 07831 492605 today", [("PHONE", "07831 492605")]),
    ("Mum 07831-492-605 today", [("PHONE", "07831-492-605")]),
    ("Mum 0783 149 2605 today", [("PHONE", "0783 149 2605")]),
    ("Mum +44 (0)7831 492605 today", [("PHONE", "+44 (0)7831 492605")]),
    ("Mum 0044 7831 492605 today", [("PHONE", "0044 7831 492605")]),  # v10
    ("Mum 07831.492.605 today", [("PHONE", "07831.492.605")]),  # v10
    ("+447831492605", [("PHONE", "+447831492605")]),
    ("school (0117) 496 0123 today", [("PHONE", "(0117) 496 0123")]),
    ("school 0117 4960123 today", [("PHONE", "0117 4960123")]),
    ("tel: 01632960123", [("PHONE", "01632960123")]),
    ("tel:01632960123", [("PHONE", "01632960123")]),
    ("school 0117 496 0123 x204 ask for Jo", [("PHONE", "0117 496 0123 x204")]),  # v10
    ("school 0117 496 0123 ext. 204 ask", [("PHONE", "0117 496 0123 ext. 204")]),  # v10
    ("mobile 07831\n492605 given", [("PHONE", "07831\n492605")]),
    ("| Mum | 07831 492 605 |", [("PHONE", "07831 492 605")]),
    ("Tel 07831 492605/07831 492606", [("PHONE", "07831 492605"), ("PHONE", "07831 492606")]),
    ("Mob:07831 492605", [("PHONE", "07831 492605")]),
    # addresses
    ("visited Flat 3, 12 Dock Road today", [("ADDRESS", "Flat 3, 12 Dock Road")]),
    ("visited 12a Mill Lane today", [("ADDRESS", "12a Mill Lane")]),
    ("visited 3 Orchard Cl. today", [("ADDRESS", "3 Orchard Cl")]),
    ("the flat at 27 Bell St was cold", [("ADDRESS", "27 Bell St")]),
    ("lives at Apartment 14, Quay House now", [("ADDRESS", "Apartment 14, Quay House")]),  # v10
    ("moved to 14 Quay House, Dock Road", [("ADDRESS", "14 Quay House, Dock Road")]),  # v10
    ("lives at Rose Cottage, Mill Lane", [("ADDRESS", "Rose Cottage, Mill Lane")]),  # v10
    (
        "moved to Flat 2, Quay House, 14 Dock Road, Leeds.",
        [("ADDRESS", "Flat 2, Quay House, 14 Dock Road, Leeds")],
    ),  # v10
    ("office at 3rd Floor, 18 Park Street, Leeds.", [("ADDRESS", "3rd Floor, 18 Park Street, Leeds")]),  # v10
    ("staying at 27 bell street with nan", [("ADDRESS", "27 bell street")]),  # v10
    ("home is 14 Castle Road, Leeds", [("ADDRESS", "14 Castle Road, Leeds")]),
    # postcodes
    ("postcode bs3 4tp", [("POSTCODE", "bs3 4tp")]),
    ("postcode BS3  4TP", [("POSTCODE", "BS3  4TP")]),  # v10
    ("postcode BS34TP", [("POSTCODE", "BS34TP")]),
    # emails
    ("email jo.smith-brown+cp@mail.example.org ok", [("EMAIL", "jo.smith-brown+cp@mail.example.org")]),
    ("email jo dot smith at gmail dot com ok", [("EMAIL", "jo dot smith at gmail dot com")]),  # v10
    ("email jo.smith [at] gmail [dot] co [dot] uk ok", [("EMAIL", "jo.smith [at] gmail [dot] co [dot] uk")]),  # v10
    # NHS and NI numbers
    ("NHS 943 476 5919", [("NHS_NUMBER", "943 476 5919")]),
    ("NHS 943-476-5919", [("NHS_NUMBER", "943-476-5919")]),
    ("NHS no. 9434765919", [("NHS_NUMBER", "9434765919")]),
    ("NI QQ 12 34 56 C", [("NI_NUMBER", "QQ 12 34 56 C")]),
    ("NI QQ 123456 C", [("NI_NUMBER", "QQ 123456 C")]),
    ("NI number qq123456c", [("NI_NUMBER", "qq123456c")]),
    ("NI QQ-12-34-56-C", [("NI_NUMBER", "QQ-12-34-56-C")]),  # v10
    # dates of birth
    ("DOB 3/4/12", [("DOB", "3/4/12")]),
    ("d.o.b. 03.04.2012", [("DOB", "03.04.2012")]),
    ("born 3rd April 2012", [("DOB", "3rd April 2012")]),
    ("Jo (born 3 April 2012)", [("DOB", "3 April 2012")]),
    ("DoB - 03/04/2012", [("DOB", "03/04/2012")]),
    ("D.O.B: 3 Apr 12", [("DOB", "3 Apr 12")]),
    ("born April 3rd 2012", [("DOB", "April 3rd 2012")]),
    ("DOB 2012-04-03", [("DOB", "2012-04-03")]),
    ("DOB: 03 04 2012", [("DOB", "03 04 2012")]),  # v10
]

STAYS: list[str] = [
    "at 10:30 paid £120.50 for 3 items",
    "Case ref CP-2024-00123 logged",
    "visit on 03/04/2024 at 14:00",
    "he is 12 years old and in Year 7",
    "ref 12345678901 on the form",
    "he has 3 close friends at school",
    "saw 2 on the road home",
    "met at school and seen at home",
    "attendance 0.85 on 01.02.2024",
    "scored 07 on 2 tests",
    "2 Town Hall meetings and 3 Family Court hearings this month",
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_identifier_form_is_redacted(text: str, expected: list[tuple[str, str]]) -> None:
    found = resolve_overlaps(find_identifiers(text))
    assert [(s.type, s.text_in(text)) for s in found] == expected


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_number_stays(text: str) -> None:
    assert [(s.type, s.text_in(text)) for s in resolve_overlaps(find_identifiers(text))] == []
