"""A learned re-ranker for the extractive answerer's best few sentences: a linear model over features
that do not name words.

The hand score (`ExtractiveChatModel._rank`) decides which sentences are candidates; this model may
re-order the first `ExtractiveTuning.ranker_top` of them. Its inputs are what carries from one
author to the next (the hand score and its parts, ranks, the question type crossed with what the
sentence holds: a date, a count, a quotation, a person, a label line), never word identities, which
would learn one author's vocabulary. It is fitted by `bench/ranker_loco.py` (scikit-learn, offline)
and shipped as a small JSON file of coefficients, means and scales, so the answerer needs only the
standard library and numpy at run time. Whether it is used is decided in `ExtractiveTuning`
(`ranker_weight` 0 = the hand order): docs/answering.md, "A learned sentence ranker,
leave-one-corpus-out (session 11)", says why it is off.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.models.base import QuestionType
from assistant.models.candidates import SCORE_PARTS, SUBJECT, Candidate
from assistant.models.counting import states_a_number
from assistant.models.evidence import DATE, NAMED, PERSON, QUOTATION
from assistant.models.passages import label

MODEL_DIR = Path(__file__).resolve().parent / "ranker_model"
DEFAULT_MODEL = MODEL_DIR / "ranker.json"

_HOLDS = ("has_date", "has_count", "has_quote", "has_person", "has_role", "is_label")
"""What a sentence holds, each crossed with the question type: a date answers "when", a quotation
"what did X say", whatever the words."""

FEATURES: tuple[str, ...] = (
    "score",
    "score_gap",
    "rank",
    "evidence",
    "on_topic",
    *(f"part_{name}" for name in SCORE_PARTS),
    "source_rank",
    "source_score",
    "similarity",
    "similarity_gap",
    "same_note_as_top",
    "newest_in_top",
    "position",
    "first_in_note",
    "log_words",
    *_HOLDS,
    *(f"{kind.value}_x_{held}" for kind in QuestionType for held in _HOLDS),
)
"""Every input, by name, in the order the JSON artefact stores its coefficients."""


class RankerFileError(ValueError):
    """The shipped model file is missing a field or does not match `FEATURES`: a packaging error."""


@dataclass(frozen=True)
class LinearRanker:
    """Standardised inputs times coefficients: larger means more likely to hold the asked fact."""

    names: tuple[str, ...]
    coefficients: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    intercept: float = 0.0
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> LinearRanker:
        """The model a training run wrote; a file that does not fit the feature set is refused,
        since silently scoring with shifted coefficients would re-rank at random."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            ranker = cls(
                tuple(data["features"]),
                tuple(float(v) for v in data["coefficients"]),
                tuple(float(v) for v in data["means"]),
                tuple(float(v) for v in data["scales"]),
                float(data["intercept"]),
                {k: v for k, v in data.items() if k not in ("features", "coefficients", "means", "scales", "intercept")},
            )
        except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise RankerFileError(f"{path}: not a ranker model file ({exc})") from exc
        unknown = set(ranker.names) - set(FEATURES)
        lengths = {len(ranker.names), len(ranker.coefficients), len(ranker.means), len(ranker.scales)}
        if unknown or len(lengths) != 1:
            raise RankerFileError(f"{path}: features {sorted(unknown)} unknown or lengths differ {sorted(lengths)}")
        return ranker

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(self.names),
                "coefficients": list(self.coefficients),
                "means": list(self.means),
                "scales": list(self.scales),
                "intercept": self.intercept,
                **self.meta,
            },
            indent=1,
        )

    def score(self, row: Mapping[str, float]) -> float:
        """The logit for one candidate's features (a missing feature counts as its mean)."""
        total = self.intercept
        for name, coefficient, mean, scale in zip(self.names, self.coefficients, self.means, self.scales, strict=True):
            total += coefficient * (row.get(name, mean) - mean) / (scale or 1.0)
        return total


def features(qtype: QuestionType, head: Sequence[Candidate], similarities: Sequence[float], asked_about: set[str]) -> list[dict[str, float]]:
    """The inputs of each of the hand ranking's first candidates (`head`, best first), relative to
    the question's best where a raw value means nothing across questions (a score, a similarity)."""
    if not head:
        return []
    best = head[0]
    top_sim = max(similarities, default=0.0)
    newest = max(c.source.chunk.date for c in head)
    rows = []
    for rank, (candidate, similarity) in enumerate(zip(head, similarities, strict=True)):
        text = candidate.text
        holds = {
            "has_date": float(bool(DATE.search(text))),
            "has_count": float(states_a_number(text)),
            "has_quote": float(bool(QUOTATION.search(text))),
            "has_person": float(bool(set(NAMED.findall(text)) - asked_about - {SUBJECT})),
            "has_role": float(bool(PERSON.search(text))),
            "is_label": float(label(text) is not None),
        }
        row = {
            "score": candidate.score,
            "score_gap": best.score - candidate.score,
            "rank": float(rank),
            "evidence": candidate.keyword_share,
            "on_topic": float(candidate.on_topic),
            **{f"part_{name}": value for name, value in candidate.parts},
            "source_rank": float(candidate.source.n),
            "source_score": candidate.source.score,
            "similarity": similarity,
            "similarity_gap": top_sim - similarity,
            "same_note_as_top": float(candidate.source is best.source),
            "newest_in_top": float(candidate.source.chunk.date == newest),
            "position": float(min(candidate.index, 10)),
            "first_in_note": float(candidate.index == 0),
            "log_words": math.log1p(len(text.split())),
            **holds,
        }
        for kind in QuestionType:
            for held, value in holds.items():
                row[f"{kind.value}_x_{held}"] = value if kind is qtype else 0.0
        rows.append(row)
    return rows


def reorder(head: Sequence[Candidate], logits: Sequence[float], weight: float) -> list[Candidate]:
    """The head re-ordered by hand score plus `weight` times the model's logit. Candidates keep
    their hand score, so the answerer's evidence gates read the same numbers as before."""
    keyed = sorted(
        zip(head, logits, strict=True), key=lambda pair: (-(pair[0].score + weight * pair[1]), pair[0].source.n, pair[0].index)
    )
    return [candidate for candidate, _ in keyed]
