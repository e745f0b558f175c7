"""Session 12 rules for the answerable questions (docs/answering.md, "Answerable questions across
twelve corpora (session 12)"). Each row is our own sentence and failed before its rule, except the
rows marked as guards.
"""

from __future__ import annotations

import re

import pytest

from assistant.models.tuning import ExtractiveTuning
from tests.answer_fixtures import D, Note, ask

FOUR = ExtractiveTuning(max_sentences=4)
"""Four quoted sentences: measured in session 12, taken back for the bias gate (tuning.max_sentences)."""

_SUMMARY = ("S1", D(2024, 6, 28), "closure", "Closure summary", "Discharged from the paediatric ward 4/3/24 after two nights.")
_RECORD = ("R1", D(2024, 3, 5), "health", "Hospital discharge", "Ward rang: [CHILD] discharged home with mum this afternoon, follow-up in clinic.")
_UNRELATED = ("U1", D(2024, 3, 5), "home_visit", "Home visit", "Mum tired; the flat tidy; [CHILD] asleep upstairs.")
_LATER = ("L1", D(2024, 3, 20), "health", "Clinic", "Seen in clinic after the discharge, wound healing well.")


@pytest.mark.parametrize(
    ("question", "notes", "lead_cites"),
    [
        # a later summary recalls the event: its own record, written the day after, is cited too
        ("when was [CHILD] discharged from the ward?", [_SUMMARY, _RECORD], ["S1", "R1"]),
        ("when was [CHILD] discharged from the ward?", [_SUMMARY, _UNRELATED, _RECORD], ["S1", "R1"]),
        # guards: a note of that week that does not speak of the event, or one written weeks after
        # it, is no record of it; a sentence from the event's own note needs nothing more
        ("when was [CHILD] discharged from the ward?", [_SUMMARY, _UNRELATED], ["S1"]),
        ("when was [CHILD] discharged from the ward?", [_SUMMARY, _LATER], ["S1"]),
        ("when was [CHILD] discharged home?", [_RECORD, _SUMMARY], ["R1"]),
    ],
)
def test_a_recalled_event_also_cites_its_own_record(question: str, notes: list[Note], lead_cites: list[str]) -> None:
    text, _ = ask(question, notes)
    first = re.search(r"\[(\d+(?:, \d+)*)\]", text)
    assert first is not None, text
    assert [notes[int(n) - 1][0] for n in first.group(1).split(", ")] == lead_cites, text


def test_a_fourth_sentence_is_quoted_when_the_answer_ranks_fourth() -> None:
    """Three lines that share the question's words rank above the one that answers it; the fourth
    sentence is quoted too (`ExtractiveTuning.max_sentences`), and no fifth."""
    notes: list[Note] = [
        ("N1", D(2024, 2, 7), "school_liaison", "Call with school",
         "The school spoke to both boys about the fight after lunch. School records: two detentions for lateness, "
         "nothing logged about fights. The school issued a two-day exclusion the next morning. Mum collected him at noon."),
        ("N2", D(2024, 1, 15), "case_note", "Case note", "School: [CHILD], 14, no previous fights at school."),
    ]
    text, cited = ask("what did the school do about the fight?", notes, FOUR)
    assert "two-day exclusion" in text, text
    assert len(cited) == 4, text


def test_the_polarity_is_read_from_the_first_three_chosen_lines() -> None:
    """A fourth line quoted for context, newer and holding the question's words, does not outvote the
    three best lines' "no" (`ExtractiveTuning.polarity_sentences`)."""
    notes: list[Note] = [
        ("N1", D(2024, 3, 14), "court", "Final hearing",
         "The court did not make a care order at the final hearing. The court made a supervision order for 12 months "
         "instead. The judge said a care order was not needed."),
        ("N2", D(2024, 6, 20), "cla_review", "Review", "A care order was mentioned at the review."),
    ]
    text, cited = ask("did the court make a care order at the final hearing?", notes, FOUR)
    assert len(cited) == 4, text
    assert text.startswith("No"), text
