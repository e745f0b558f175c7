"""Session 15 rules for the answerable questions (docs/answering.md, "Answerable questions across
fifteen corpora (session 15)"): how a note is laid out, never what it says. Each row is our own
sentence and failed before its rule, except the rows marked as guards.
"""

from __future__ import annotations

import pytest

from assistant.models.passages import units, unwrapped
from tests.answer_fixtures import D, Note, ask

_WRAPPED_REVIEW = (
    "Looked after review held at the foster home. Present: [CHILD], carers, mum, SW and the school.\n"
    "IRO comments: the care plan is reunification and everyone agrees that it is the right aim. The IRO said she\n"
    'was worried that "we are moving faster than the evidence" - family time has gone from twice weekly\n'
    "supervised to three times, while the hair strand results are still outstanding.\n"
    "\n"
    "Recommendations: hair strand report to be shared with the IRO on receipt."
)
_WRAPPED_SENTENCE = (
    "Sentencing at the Crown Court on Friday (information from the police officer in the case and the probation\n"
    "officer's email, received today):\n"
    "\n"
    "- 16 months imprisonment suspended for 2 years, with a rehabilitation activity requirement and a\n"
    "  requirement to complete an accredited programme for internet offending.\n"
    "- Sexual Harm Prevention Order for 10 years: no unsupervised contact with any child under 16 unless\n"
    "  with the knowledge of the child's parent.\n"
)


@pytest.mark.parametrize(
    ("note", "unit"),
    [
        # a sentence a fixed-width wrap broke is one unit again
        (_WRAPPED_REVIEW, 'The IRO said she was worried that "we are moving faster than the evidence" - family time has gone'),
        # a list item's indented second line belongs to it, and the list to the colon line over it
        (_WRAPPED_SENTENCE, "probation officer's email, received today): - 16 months imprisonment suspended for 2 years"),
        (_WRAPPED_SENTENCE, "a rehabilitation activity requirement and a requirement to complete an accredited programme"),
        # a wrapped line may open with a number that is no time stamp
        (
            "Spoke to his sister on her own after school, she told me how the nights go: \"I set an alarm for\n"
            "3 o'clock and check him, and if he's high I do a correction\" and then she goes back to bed.",
            "\"I set an alarm for 3 o'clock and check him",
        ),
    ],
)
def test_a_hard_wrapped_sentence_is_one_unit(note: str, unit: str) -> None:
    assert any(unit in piece for piece in units(note)), units(note)


@pytest.mark.parametrize(
    "note",
    [
        # guards: breaks the writer made stay breaks
        "Seen alone in her bedroom\nShe said school is fine now",  # short lines: no wrap width
        "[07:52] Mum: Hi sorry to message early, he refused breakfast again and says he is not going in today\n"
        "[07:53] Mum: I cant do this on my own and I need someone to ring me back this morning please",  # a text thread
        "Plan agreed by everyone present at the meeting today, to be reviewed at the next core group in May\n"
        "- weekly visits by the social worker, including seeing him alone at least once a fortnight",  # a list item
        "Attendance this term has improved a lot since the new timetable and the mentor started with him\n"
        "Outcome: stepped down to early help by agreement with mum and school, closing this week.",  # a labelled line
        "The IRO chaired the review and everyone agreed that the plan was working well for the children\n"
        "\n"
        "mum asked for more time with the baby at weekends, and the IRO agreed to look at it next time.",  # a paragraph
    ],
)
def test_a_break_the_writer_made_is_kept(note: str) -> None:
    assert unwrapped(note) == note


_REVIEW_NOTE: Note = ("R1", D(2024, 10, 22), "cla_review", "Looked after review", _WRAPPED_REVIEW)
_VISIT_NOTE: Note = (
    "V1", D(2024, 10, 30), "home_visit", "Home visit",
    "Saw [CHILD] at home with mum. He said he wants \"more sleepovers\" at mum's. The IRO has been told.",
)
_COURT_NOTE: Note = ("C1", D(2025, 6, 2), "court", "Crown Court sentence", _WRAPPED_SENTENCE)
_BAIL_NOTE: Note = (
    "C0", D(2025, 4, 16), "court", "Magistrates court",
    "Case sent to the Crown Court for sentence on 30th May. Pre-sentence report ordered. Court bail continued.",
)


@pytest.mark.parametrize(
    ("question", "notes", "lead", "note_id"),
    [
        # before: the IRO's own comment led, and her words were quoted without her ("was worried that ...")
        ("what did the IRO say at the review", [_REVIEW_NOTE, _VISIT_NOTE], 'The IRO said she was worried that "we are moving faster', "R1"),
        # before: "not recorded" (the list item held no question word, its colon line half the reason)
        ("what sentence did he get", [_BAIL_NOTE, _COURT_NOTE], "Sentencing at the Crown Court on Friday", "C1"),
    ],
)
def test_the_answer_leads_with_the_wrapped_sentence_whole(question: str, notes: list[Note], lead: str, note_id: str) -> None:
    text, cited = ask(question, notes)
    assert text.startswith(lead), text
    assert cited[0] == note_id, text
    assert "16 months" in text or "moving faster than the evidence" in text, text
