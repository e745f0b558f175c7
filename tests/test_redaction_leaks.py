"""The leak re-scan, table-driven: what it still holds back after replacement, and what it lets through."""

from __future__ import annotations

import pytest

from redaction.gazetteer import KnownPerson
from redaction.leaks import LeakScanner

GP_PARK = KnownPerson("P7", "Hao", "Park", "gp")
ADOPTER = KnownPerson("grace taylor", "Grace", "Taylor", "person")


@pytest.mark.parametrize(
    ("redacted", "found"),
    [
        ("Spoke to Dr Park at [PERSON 2] today.", ["Park"]),
        ("School liaison - Castle Park Primary rang.", []),
        ("Spoke to [GP] at Hyde Park Surgery.", []),
        ("DSL at Beckett Park High School rang.", []),
        # Rules version 4: a place cue before the name releases a landmark; without one it is still held.
        ("Carer took Noor to Roundhay Park on Saturday.", []),
        ("We had a day out at Roundhay Park.", []),
        ("Carer took [CHILD] to Roundhay Park on Saturday.", []),  # as the re-scan sees it after redaction
        ("Carer took [CHILD] to [PERSON 1] Park on Saturday.", ["Park"]),
        ("Spoke to Linh Park on Saturday.", ["Park"]),
        ("Carer took the letter to Linh Park.", ["Park"]),
        ("Noor shouted at Linh Park.", ["Park"]),
        ("Carer took Noor to Linh Park's flat.", ["Park"]),
        ("Met PARK, Castle Park Primary's DSL.", ["PARK"]),
        ("placed for adoption with grace taylor.", ["grace taylor"]),
        ("placed for adoption with [PERSON 1].", []),
        ("Grace came to the review.", []),  # a guessed person's word-like given name alone is not held
    ],
)
def test_leak_scanner(redacted: str, found: list[str]) -> None:
    scanner = LeakScanner([GP_PARK], [], [ADOPTER])
    assert scanner.leaks(redacted) == found


def test_lowercase_surname_of_the_record_is_still_held() -> None:
    scanner = LeakScanner([GP_PARK], [])
    assert scanner.leaks("[GP] said park was quiet; mr park agreed.") == ["park", "park"]
