import pytest

from records.vocabulary import NoteType, canonical_type, known_labels, map_type, normalise_label


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("S47", NoteType.SECTION_47),
        ("s.47 enquiry", NoteType.SECTION_47),
        ("Section 47", NoteType.SECTION_47),
        ("Strategy Meeting", NoteType.STRATEGY_DISCUSSION),
        ("STRATEGY DISCUSSION", NoteType.STRATEGY_DISCUSSION),
        ("ICPC", NoteType.ICPC),
        ("Initial Child Protection Conference", NoteType.ICPC),
        ("RCPC", NoteType.RCPC),
        ("Core Group Meeting", NoteType.CORE_GROUP),
        ("Home Visit", NoteType.HOME_VISIT),
        ("Stat Visit", NoteType.STATUTORY_VISIT),
        ("Missing From Care", NoteType.MISSING_EPISODE),
        ("missing-from-home", NoteType.MISSING_EPISODE),
        ("RHI", NoteType.RETURN_HOME_INTERVIEW),
        ("LAC Review", NoteType.CLA_REVIEW),
        ("CiC Review", NoteType.CLA_REVIEW),
        ("DV Notification", NoteType.POLICE_INCIDENT),
        ("A&E attendance", NoteType.HOSPITAL),
        ("Placement Move", NoteType.PLACEMENT_MOVE),
        ("Court Hearing", NoteType.COURT),
        ("Case Closure", NoteType.CLOSURE),
        ("Step Down to Early Help", NoteType.CLOSURE),
        ("MASH Referral", NoteType.REFERRAL),
        ("Case Supervision", NoteType.SUPERVISION),
        ("school_liaison", NoteType.SCHOOL_LIAISON),
        ("  Core   group ", NoteType.CORE_GROUP),
    ],
)
def test_export_labels_map_to_canonical_types(label: str, expected: NoteType) -> None:
    assert map_type(label) == expected


@pytest.mark.parametrize("label", ["Fostering Panel Minutes", "Birthday card sent", "xyz", "S48"])
def test_unknown_labels_fall_back_to_case_note_and_are_detectable(label: str) -> None:
    assert canonical_type(label) is None
    assert map_type(label) == NoteType.CASE_NOTE


def test_every_canonical_type_maps_to_itself_and_no_label_is_ambiguous() -> None:
    for kind in NoteType:
        assert map_type(kind.value) == kind
    seen: dict[str, NoteType] = {}
    for kind, labels in known_labels().items():
        for label in labels:
            key = normalise_label(label)
            assert seen.setdefault(key, kind) == kind, f"{label!r} maps to both {seen[key]} and {kind}"
