"""UK identifier recognizers, table-driven: text in, (type, text) spans out."""

from __future__ import annotations

import pytest

from redaction.patterns import find_identifiers, nhs_checksum_ok
from redaction.spans import resolve_overlaps

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # NHS numbers: mod-11 check digit decides
    ("NHS no 943 476 5919 on file", [("NHS_NUMBER", "943 476 5919")]),
    ("nhs 9434765919.", [("NHS_NUMBER", "9434765919")]),
    ("Ref 943-476-5919", [("NHS_NUMBER", "943-476-5919")]),
    ("Ref 943 476 5918 is a case reference", []),
    ("NHS number: 943 476 5918", [("NHS_NUMBER", "943 476 5918")]),
    # National Insurance
    ("NI QQ 12 34 56 C", [("NI_NUMBER", "QQ 12 34 56 C")]),
    ("ni no AB123456D recorded", [("NI_NUMBER", "AB123456D")]),
    ("GB123456A is not issued", []),
    # phones: mobile, landline, +44, brackets
    ("Mum's mobile 07700 900123", [("PHONE", "07700 900123")]),
    ("rang 0113 496 0000 twice", [("PHONE", "0113 496 0000")]),
    ("call +44 7700 900123 or +44 (0)20 7946 0000", [("PHONE", "+44 7700 900123"), ("PHONE", "+44 (0)20 7946 0000")]),
    ("(0114) 496 0099 is the landline", [("PHONE", "(0114) 496 0099")]),
    ("attendance 0.85 and £1,250 arrears", []),
    # email
    ("email zoe.khan+1@example.co.uk today", [("EMAIL", "zoe.khan+1@example.co.uk")]),
    # postcode
    ("lives in LS6 2AB now", [("POSTCODE", "LS6 2AB")]),
    ("moved to sw1a1aa", [("POSTCODE", "sw1a1aa")]),
    # street address lines
    ("home is 14 Castle Road, Leeds", [("ADDRESS", "14 Castle Road, Leeds")]),  # v8: the town line goes too
    ("Flat 2, 5 Mill Lane was visited", [("ADDRESS", "Flat 2, 5 Mill Lane")]),
    ("12a Kirkstall Brow Lane", [("ADDRESS", "12a Kirkstall Brow Lane")]),
    ("3 visits to the park", []),
    # dates of birth only with a cue; event dates are kept
    ("DOB: 12/03/2015", [("DOB", "12/03/2015")]),
    ("Amelia (d.o.b. 12.03.15) was seen", [("DOB", "12.03.15")]),
    ("date of birth 3rd March 2014", [("DOB", "3rd March 2014")]),
    ("born on the 3rd of March 2014 in Leeds", [("DOB", "the 3rd of March 2014")]),
    ("Visit on 12/03/2024 at 10:30; ICPC 3 May 2024", []),
    ("Strategy discussion 2024-02-01", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_identifier_spans(text: str, expected: list[tuple[str, str]]) -> None:
    found = resolve_overlaps(find_identifiers(text))
    assert [(s.type, s.text_in(text)) for s in found] == expected


@pytest.mark.parametrize(
    ("number", "valid"),
    [("9434765919", True), ("943 476 5919", True), ("4010232137", True), ("9434765918", False), ("123", False)],
)
def test_nhs_checksum(number: str, valid: bool) -> None:
    assert nhs_checksum_ok(number) is valid
