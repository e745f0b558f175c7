"""The learned sentence ranker's seam, its model file, and that a model moves the order it should.

Real answerer, literal notes, hand-written tiny models (a model of one or two coefficients whose
effect can be worked out by hand), so each test fails when the hook, the features or the file
format break.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.models.base import ChatRequest, Source
from assistant.models.candidates import SCORE_PARTS
from assistant.models.extractive import ExtractiveChatModel
from assistant.models.questions import classify
from assistant.models.ranker import FEATURES, LinearRanker, RankerFileError
from assistant.models.tuning import ExtractiveTuning
from retrieval.types import Chunk

D = dt.date

NOTES = (
    ("N1", D(2024, 3, 4), "strategy_discussion", "Strategy discussion",
     "Strategy discussion held with police and health. The strategy discussion agreed a section 47 enquiry."),
    ("N2", D(2024, 3, 11), "case_note", "Case note",
     "The meeting with police took place on 4 March 2024 at the office."),
    ("N3", D(2024, 3, 12), "case_note", "Case note",
     "Mum was told the outcome of the strategy discussion by phone."),
)  # fmt: skip
WHEN = "When was the strategy discussion held?"


def request(question: str = WHEN) -> ChatRequest:
    sources = tuple(
        Source(n, Chunk(f"{note_id}#0", note_id, "C1", date, note_type, title, text, "standard"), 1.0 / n)
        for n, (note_id, date, note_type, title, text) in enumerate(NOTES, start=1)
    )
    return ChatRequest(question, classify(question), sources, ())


def tiny(**coefficients: float) -> LinearRanker:
    """A model of the named coefficients on unstandardised inputs (mean 0, scale 1)."""
    names = tuple(coefficients)
    return LinearRanker(names, tuple(coefficients.values()), (0.0,) * len(names), (1.0,) * len(names))


def texts(model: ExtractiveChatModel, question: str = WHEN) -> list[str]:
    return [c.text for c in model.ranked(request(question))]


def test_the_seam_gives_every_candidate_with_its_score_parts() -> None:
    ranked = ExtractiveChatModel().ranked(request())
    assert len(ranked) >= 3
    for candidate in ranked:
        assert [name for name, _ in candidate.parts] == list(SCORE_PARTS)
        assert sum(value for _, value in candidate.parts) == pytest.approx(candidate.score)
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)


def test_the_inputs_are_named_features_and_hold_no_words() -> None:
    model = ExtractiveChatModel()
    rows = model.ranker_inputs(request(), model.ranked(request()))
    assert rows and all(set(row) == set(FEATURES) for row in rows)
    assert all(isinstance(value, float) for row in rows for value in row.values())
    dated = [row["when_x_has_date"] for row in rows]
    assert sorted(dated) == [0.0] * (len(dated) - 1) + [1.0]


@pytest.mark.parametrize(
    ("weight", "top", "expected"),
    [
        (0.0, 8, "hand"),  # off: the model is never consulted
        (100.0, 8, "reversed"),  # a model preferring later ranks reverses the whole head
        (100.0, 2, "first two swapped"),  # only the head is re-ordered; the tail keeps its place
    ],
)
def test_a_tiny_model_reorders_the_head_as_its_coefficients_say(weight: float, top: int, expected: str) -> None:
    hand = texts(ExtractiveChatModel())
    tuning = replace(ExtractiveTuning(), ranker_weight=weight, ranker_top=top)
    learned = texts(ExtractiveChatModel(tuning=tuning, ranker=tiny(rank=1.0)))
    want = {"hand": hand, "reversed": hand[::-1], "first two swapped": [hand[1], hand[0], *hand[2:]]}[expected]
    assert learned == want


def test_a_model_valuing_dates_for_when_questions_puts_the_dated_sentence_first() -> None:
    hand = texts(ExtractiveChatModel())
    assert "4 March 2024" not in hand[0]
    tuning = replace(ExtractiveTuning(), ranker_weight=1.0)
    model = ExtractiveChatModel(tuning=tuning, ranker=tiny(when_x_has_date=5.0))
    assert "4 March 2024" in texts(model)[0]
    # The same model does nothing to a question of another type: the input is crossed with "when".
    what = "What did the strategy discussion agree?"
    assert texts(model, what) == texts(ExtractiveChatModel(), what)


def test_a_small_blend_weight_breaks_only_near_ties() -> None:
    hand = ExtractiveChatModel().ranked(request())
    gap = hand[0].score - hand[1].score
    assert gap > 0
    for weight, first in ((gap / 4, hand[0]), (gap * 4, None)):
        tuning = replace(ExtractiveTuning(), ranker_weight=weight)
        learned = ExtractiveChatModel(tuning=tuning, ranker=tiny(rank=1.0)).ranked(request())
        assert (learned[0].text == hand[0].text) is (first is not None), weight
        # Candidates keep their hand score: the evidence gates read the same numbers as before.
        assert sorted(c.score for c in learned) == sorted(c.score for c in hand)


def test_the_model_file_round_trips(tmp_path: Path) -> None:
    model = LinearRanker(("score", "rank"), (0.5, -1.0), (0.3, 2.0), (0.1, 1.5), 0.2, {"corpora": ["demo"]})
    path = tmp_path / "ranker.json"
    path.write_text(model.to_json(), encoding="utf-8")
    loaded = LinearRanker.load(path)
    assert loaded == model and loaded.meta == {"corpora": ["demo"]}
    assert loaded.score({"score": 0.4, "rank": 0.5}) == pytest.approx(0.2 + 0.5 * 1.0 - 1.0 * (-1.0))


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ("not json", "not a ranker model file"),
        (json.dumps({"features": ["score"], "coefficients": [1.0], "means": [0.0], "scales": [1.0]}), "intercept"),
        (json.dumps({"features": ["a_word"], "coefficients": [1.0], "means": [0.0], "scales": [1.0], "intercept": 0}), "a_word"),
        (json.dumps({"features": ["score"], "coefficients": [1.0, 2.0], "means": [0.0], "scales": [1.0], "intercept": 0}), "lengths"),
    ],
)
def test_a_model_file_that_does_not_fit_is_refused_by_name(tmp_path: Path, content: str, complaint: str) -> None:
    path = tmp_path / "ranker.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RankerFileError, match=complaint):
        LinearRanker.load(path)
