"""Run a benchmark with the extractive answerer's tuning changed, without editing the shipped default.

    .venv/bin/python bench/tuned.py max_sentences=4,tie_margin=0.02 bench/bench_answer.py --corpus data/demo

A variant is measured across every corpus before it ships (docs/answering.md); editing
`assistant/models/tuning.py` to measure would change the product for everyone sharing the checkout
meanwhile. Fields are `ExtractiveTuning`'s, typed like their defaults (a bool as 0/1).
"""

from __future__ import annotations

import functools
import runpy
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.models import extractive
from assistant.models.tuning import ExtractiveTuning


def fields(spec: str) -> dict[str, Any]:
    """"max_sentences=4,neutral_rarity=1" as ExtractiveTuning fields."""
    defaults = ExtractiveTuning()
    out: dict[str, Any] = {}
    for item in filter(None, spec.split(",")):
        key, _, value = item.partition("=")
        if not hasattr(defaults, key):
            raise SystemExit(f"tuning: {key!r} is not a field of ExtractiveTuning")
        kind = type(getattr(defaults, key))
        out[key] = kind(int(value)) if kind is bool else kind(value)
    return out


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    spec, script = sys.argv[1], sys.argv[2]
    extractive.ExtractiveTuning = functools.partial(ExtractiveTuning, **fields(spec))  # type: ignore[misc,assignment]
    sys.argv = [script, *sys.argv[3:]]
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
