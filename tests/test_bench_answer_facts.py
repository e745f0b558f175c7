"""bench_answer's fact check reads a yes/no the way the accuracy suite does: by the answer's first word.

A substring test passed every "Yes" and every refusal for a gold "no" ("according to the notes",
"This isn't recorded in the notes"), so bench figures were higher than the eval's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from bench_answer import fact_present

ROWS = [
    ("no", "No, according to the notes: the plan ended [1].", True),
    ("no", "Yes, according to the notes: she is still on the plan [1].", False),
    ("no", "This isn't recorded in the notes I can see.", False),
    ("yes", "Yes, according to the notes: he attended [1].", True),
    ("yes", "This isn't recorded in the notes I can see.", False),
    ("2025-03-10", "On 10 March 2025 (strategy discussion): held with police [1].", True),
    ("Bhogal", "DC Bhogal is the officer in the case [1].", True),
    ("Bhogal", "The officer is not named [1].", False),
]


@pytest.mark.parametrize(("fact", "answer", "present"), ROWS)
def test_a_gold_fact_is_present_only_as_the_accuracy_suite_reads_it(fact: str, answer: str, present: bool) -> None:
    assert fact_present(fact, answer) is present
