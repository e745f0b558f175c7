"""Property: a person on the record never survives redaction, however the note writes their name."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaction.names import fold
from tests.redaction_fixtures import STAFF, make_case, shared_redactor

SYLLABLES = ["ka", "zu", "mir", "ola", "ten", "bek", "sha", "dri", "nov", "ye", "lio", "rak", "ém", "øs"]
name_part = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda p: "".join(p).capitalize())
writing = st.sampled_from(["{g} {f}", "{g}", "{f}", "Mrs {f}", "{G} {F}", "{g}'s", "{f}-{g}", "{gl}"])
frame = st.sampled_from(
    [
        "{n} was seen at home.",
        "Spoke to {n} about school; {n} agreed.",
        "Mum said {n} had been upset (CAMHS aware).",
        "Visit 3 May 2024: {n} present.",
        '"I miss {n}" said the child.',
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(given_name=name_part, family=name_part, how=writing, where=frame)
def test_recorded_person_never_survives(given_name: str, family: str, how: str, where: str) -> None:
    written = how.format(g=given_name, f=family, G=given_name.upper(), F=family.upper(), gl=given_name.lower())
    text = where.format(n=written)
    people = [{"person_id": "P9", "given_name": given_name, "family_name": family, "relationship": "Aunt"}]
    out = shared_redactor().redact_case(make_case([text], people), STAFF).notes[0].text
    folded = fold(out)
    assert fold(given_name) not in folded, out
    assert fold(family) not in folded, out
