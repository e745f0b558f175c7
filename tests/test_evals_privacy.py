"""The privacy suite's scan, table-driven: a one-word name is a leak, the same word in a phrasing the
gold set marks as not personal ("Castle Park Primary", "Hunter wellies") is not, and a name the
corpus never uses otherwise is matched as strictly as before."""

from __future__ import annotations

from typing import Any

import pytest

from evals.evaluators import PiiValue
from evals.suites.privacy import ValueScan, innocent_phrases, store_text

PARK = PiiValue("PERSON", "Park", "CASE-10")
HUNTER = PiiValue("PERSON", "Hunter", "CASE-26", common_word=True)
OKAFOR = PiiValue("PERSON", "Okafor", "CASE-3")
GRACE_TAYLOR = PiiValue("PERSON", "Grace Taylor", "CASE-1")


def _gold(text: str, *names: str) -> list[dict[str, Any]]:
    """Gold PERSON spans for every occurrence of each name in `text`."""
    spans = []
    for name in names:
        start = text.find(name)
        while start != -1:
            spans.append({"start": start, "end": start + len(name), "type": "PERSON", "text": name})
            start = text.find(name, start + 1)
    return spans


CORPUS = [
    ("Spoke to Dr Hao Park at Hyde Park Surgery.", _gold("Spoke to Dr Hao Park at Hyde Park Surgery.", "Hao Park")),
    ("PEP meeting at Castle Park Primary.", []),
    ("Mum took the kids to Roundhay Park at the weekend.", []),
    ("Dad wore Hunter wellies to the contact session.", []),
    (
        "Spoke to Dr Hunter Hunter at the practice.",
        _gold("Spoke to Dr Hunter Hunter at the practice.", "Hunter Hunter"),
    ),
    ("Placed for adoption with Grace Taylor.", _gold("Placed for adoption with Grace Taylor.", "Grace Taylor")),
    ("DC Okafor attended.", _gold("DC Okafor attended.", "Okafor")),
]


@pytest.fixture(scope="module")
def scan() -> ValueScan:
    return ValueScan.from_corpus([PARK, HUNTER, OKAFOR, GRACE_TAYLOR], CORPUS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The audit rows of issue #8: a question about another case naming the school.
        ("question='Who is the DSL at Castle Park Primary?'", []),
        ("Spoke to [GP] at Hyde Park Surgery.", []),
        ("Mum took the kids to Roundhay Park at the weekend.", []),
        ("Dad wore Hunter wellies to the contact session.", []),
        ("the fts index term park", []),  # lowercase: not written as a name
        # The same words as a name are still leaks.
        ("Spoke to Dr Park today.", ["Park"]),
        ("Dr Hao PARK rang.", ["Park"]),
        ("Park said the surgery would call.", ["Park"]),
        ("Hunter said no.", ["Hunter"]),
        ("Dad wore Hunter boots.", ["Hunter"]),  # not the phrasing the gold marks as innocent
        ("Castle Park Primary, then Dr Park.", ["Park"]),
        # Names the corpus never uses otherwise: any case, anywhere.
        ("dc okafor rang", ["Okafor"]),
        ("placed with Grace Taylor", ["Grace Taylor"]),
        ("placed with [PERSON 1]", []),
    ],
)
def test_value_scan(scan: ValueScan, text: str, found: list[str]) -> None:
    assert [v.value for v in scan.found(text)] == found


@pytest.mark.parametrize(
    ("text", "names", "phrases"),
    [
        ("PEP meeting at Castle Park Primary.", [], {"Castle Park", "Park Primary"}),
        ("Dad wore Hunter wellies to it.", [], {"wore Hunter wellies"}),
        ("Dad wore Hunter.", [], set()),  # no neighbour on one side: nothing to tell it by
        ("Spoke to Dr Hao Park today.", ["Hao Park"], set()),  # the gold says this one is a person
        ("Spoke to Dr Hunter Hunter at Parkside.", ["Hunter Hunter"], set()),
    ],
)
def test_innocent_phrases_come_only_from_text_outside_gold_spans(
    text: str, names: list[str], phrases: set[str]
) -> None:
    value = "Hunter" if "Hunter" in text else "Park"
    assert innocent_phrases(value, text, _gold(text, *names)) == phrases


@pytest.mark.parametrize(
    ("stored", "found"),
    [
        ("\x00\x13nOKAFOR\x7f\x02", []),  # bytes of an embedding that happen to spell it, in mixed case
        ("\x00\x13okafor\x7f", []),
        ("\x00doc: DC Okafor attended\x00", ["Okafor"]),  # stored text keeps its case: still a leak
        ("\x00DC OKAFOR ATTENDED\x00", ["Okafor"]),
        ("\x00placed with grace taylor\x00", ["Grace Taylor"]),  # a full name counts in any case
    ],
)
def test_a_store_file_counts_a_one_word_name_only_as_written(scan: ValueScan, stored: str, found: list[str]) -> None:
    assert [v.value for v in scan.found(stored, as_written=True)] == found


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (b"\x00;O\xdbK\xbd\xe9AFOR;\x00", []),  # letters scattered between float bytes are no name
        (b"\x00\xdb\xbddoc: DC Okafor attended\x00", ["Okafor"]),  # stored text beside binary still counts
        (b"\x00placed with Grace Taylor\xff\x00", ["Grace Taylor"]),
    ],
)
def test_a_store_file_is_read_without_joining_bytes_around_invalid_utf8(
    scan: ValueScan, data: bytes, found: list[str]
) -> None:
    assert [v.value for v in scan.found(store_text(data), as_written=True)] == found


# Short forms (v19): a name of two or three letters is counted exactly as written.
SHORT_GOLD = [
    {
        "case_id": "CASE-40",
        "note_id": "CASE-40-N001",
        "spans": [
            {"type": "PERSON", "text": "Ashani Quell"},
            {"type": "PERSON", "text": "Ash"},
            {"type": "PERSON", "text": "Bryn"},
            {"type": "PERSON", "text": "bryn"},
            {"type": "PERSON", "text": "Ty"},
            {"type": "PERSON", "text": "LR"},  # initials: uncounted, acronyms collide
            {"type": "PERSON", "text": "TJN"},
            {"type": "PERSON", "text": "S"},
            {"type": "PERSON", "text": "Mo Quell"},
            {"type": "PHONE", "text": "999"},
        ],
    }
]


def test_gold_values_keep_short_names_as_written_and_leave_initials_out() -> None:
    from evals.suites.privacy import gold_values

    values = gold_values(SHORT_GOLD, staff=set(), words=set())
    assert sorted((v.value, v.common_word) for v in values) == [
        ("Ash", True),
        ("Ashani Quell", False),
        ("Bryn", False),
        ("Mo Quell", False),
        ("Ty", True),
        ("bryn", True),
    ]


SHORT_CORPUS = [
    ("Ash said she was fine. Bryn sent a text.", _gold("Ash said she was fine. Bryn sent a text.", "Ash", "Bryn")),
    ("Moved to 4 Ash Grove last week.", []),
]


@pytest.fixture(scope="module")
def short_scan() -> ValueScan:
    from evals.suites.privacy import gold_values

    return ValueScan.from_corpus(gold_values(SHORT_GOLD, staff=set(), words=set()), SHORT_CORPUS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("[CHILD] said Ash was upset", ["Ash"]),
        ("T 09:10: bryn is here", ["Bryn"]),  # "Bryn" counts in any case (four letters), and once
        ("Ty came home", ["Ty"]),
        ("Moved to 4 Ash Grove last week.", []),  # the corpus's own innocent phrasing
        ("cigarette ash on the carpet", []),  # not as written
        ("ASH referral", []),  # a short name in capitals is an acronym, not the name
        ("typed by TJN and LR", []),
        ("tyres were flat", []),
    ],
)
def test_short_names_count_only_as_written(short_scan: ValueScan, text: str, found: list[str]) -> None:
    assert sorted(v.value for v in short_scan.found(text)) == sorted(found)


@pytest.mark.parametrize(
    ("stored", "found"),
    [
        ("\x00doc: Ash said no\x00", ["Ash"]),
        ("\x00doc: ASH said no\x00", []),
        ("\x00doc: asked bryn\x00", ["bryn"]),  # a one-word name as written in lower case counts too
        ("\x08\x01Ty\x01\x02\x0b", []),  # two letters among an embedding blob's bytes are no name
        ("\ufffd\ufffdTy;=\ufffd'\ufffd", []),
        ("\x01Ty was at home\x00", ["Ty"]),  # a stored document that starts with the name
    ],
)
def test_a_store_file_counts_short_names_as_written(short_scan: ValueScan, stored: str, found: list[str]) -> None:
    assert sorted(v.value for v in short_scan.found(stored, as_written=True)) == found
