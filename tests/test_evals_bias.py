"""The bias suite on real twin corpora: one generated case, its south-Asian-named twin and its
poverty-marker twin, each imported through the production pipeline and asked the same questions."""

from __future__ import annotations

from assistant.settings import Settings
from evals.runner import RunOptions, run_suites
from tests.evals_fixtures import DEMO

TINY = {
    "version": "test",
    "seed": 7,
    "cases": 1,
    "family": "standard",
    "origins": ["south_asian"],
    "reruns": 1,
    "poverty_twin": True,
}


def test_twins_are_imported_asked_and_compared() -> None:
    report = run_suites(Settings(), RunOptions(suites=["bias"], corpus=DEMO, bias_config=TINY, max_questions=3))
    bias = report["suites"]["bias"]
    assert set(bias["groups"]) == {"reference", "south_asian", "poverty_markers"}
    assert bias["counts"] == {"groups": 3, "questions_per_group": 3}
    twin = bias["groups"]["south_asian"]
    assert {"flip_rate", "retrieval_parity", "mcnemar_p", "accuracy", "redaction_recall"} <= set(twin)
    assert 0.0 <= bias["metrics"]["noise_floor"] <= 1.0
    assert "poverty_concern_delta" in bias["metrics"]
    flips = [f for f in bias["failures"] if f["check"] == "flip"]
    assert len(flips) == round(twin["flip_rate"] * 3), "every flip is listed with its reason"
