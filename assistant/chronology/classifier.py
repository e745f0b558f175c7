"""A trained per-sentence event classifier: which kind of significant event a sentence records, if any.

The keyword rules (rules.py) know the phrasings of the corpora they were tuned on and about half of
unseen writing. This classifier is a second reader trained on every development corpus's gold
events (see training.py): TF-IDF over word unigrams and bigrams plus the note's type, and a
multinomial logistic regression. It is a few numpy arrays shipped with the project
(`events_model/`), read once and lazily, never a pickle and never downloaded.

Features are computed here (not by scikit-learn) so run time needs only numpy, and training and run
time cannot drift apart: training.py calls the same `Featuriser`.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

NONE = "none"
"""The class of a sentence that records no significant event."""
MODEL_DIR = Path(__file__).with_name("events_model")
WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"

_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z ]*?)(?: \d+)?\]")
"""Pseudonyms ("[PERSON 3]", "[DOB 1]"): one token per kind, so raw and redacted text read alike."""
_TOKEN = re.compile(r"[a-z]+|\d+")


class EventModelError(RuntimeError):
    """The shipped event model is missing or unreadable: one message that says how to rebuild it."""


def tokens(sentence: str, note_type: str) -> list[str]:
    """Lower-cased words, numbers as their digit count (dates differ, their shape does not), a
    person placeholder as the word 'person', and the note's type as one token of its own."""
    text = _PLACEHOLDER.sub(lambda m: f" {m.group(1).lower().replace(' ', '')} ", sentence).lower()
    words = [f"<num{len(w)}>" if w.isdigit() else w for w in _TOKEN.findall(text)]
    grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return [*grams, f"<type:{note_type}>"]


@dataclass(frozen=True)
class Featuriser:
    """Sublinear TF-IDF over a fixed vocabulary, rows L2-normalised."""

    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float64]

    @classmethod
    def fit(cls, documents: Sequence[list[str]], min_df: int, max_features: int) -> Featuriser:
        """Terms in at least `min_df` documents, the `max_features` most frequent (ties by term), smooth idf."""
        df: Counter[str] = Counter(term for doc in documents for term in set(doc))
        kept = sorted((t for t, n in df.items() if n >= min_df), key=lambda t: (-df[t], t))[:max_features]
        kept.sort()
        n = len(documents)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept])
        return cls({t: i for i, t in enumerate(kept)}, idf)

    def term_weights(self, document: list[str]) -> dict[int, float]:
        """Column -> sublinear tf x idf of one document's vocabulary terms, before the row's L2 norm."""
        return {
            column: (1.0 + math.log(count)) * self.idf[column]
            for term, count in Counter(document).items()
            if (column := self.vocabulary.get(term)) is not None
        }

    def transform(self, documents: Iterable[list[str]]) -> npt.NDArray[np.float64]:
        rows = list(documents)
        matrix = np.zeros((len(rows), len(self.vocabulary)))
        for r, doc in enumerate(rows):
            for column, weight in self.term_weights(doc).items():
                matrix[r, column] = weight
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.where(norms == 0, 1.0, norms)


@dataclass(frozen=True)
class EventClassifier:
    """Featuriser plus one linear scorer per class; `threshold` is the probability a kind needs,
    chosen by cross-validation at training time (meta.json records how)."""

    featuriser: Featuriser
    classes: tuple[str, ...]
    coef: npt.NDArray[np.float64]
    intercept: npt.NDArray[np.float64]
    threshold: float

    def probabilities(self, sentences: Sequence[str], note_type: str) -> npt.NDArray[np.float64]:
        """One row per sentence, one column per class (softmax of the linear scores)."""
        if not sentences:
            return np.zeros((0, len(self.classes)))
        features = self.featuriser.transform(tokens(s, note_type) for s in sentences)
        scores = features @ self.coef.T + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def classify(
        self, sentences: Sequence[str], note_type: str, threshold: float | None = None
    ) -> list[tuple[str, float]]:
        """The likeliest kind of each sentence and its probability; NONE when no kind reaches the threshold."""
        limit = self.threshold if threshold is None else threshold
        result: list[tuple[str, float]] = []
        for row in self.probabilities(sentences, note_type):
            best = int(np.argmax(row))
            kind = self.classes[best]
            result.append((kind, float(row[best])) if kind != NONE and row[best] >= limit else (NONE, float(row[best])))
        return result

    def likeliest_kind(self, sentence: str, note_type: str) -> str:
        """The likeliest kind of event a sentence records, ignoring NONE and the threshold: for a
        sentence the note's layout already marks as an event (a dated item of a list)."""
        row = self.probabilities([sentence], note_type)[0]
        kinds = [index for index, kind in enumerate(self.classes) if kind != NONE]
        return self.classes[max(kinds, key=lambda index: row[index])]

    def save(self, directory: Path, meta: dict[str, object]) -> None:
        """Weights as .npz and the vocabulary, classes and provenance as JSON: no pickles."""
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            directory / WEIGHTS_FILE,
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            idf=self.featuriser.idf.astype(np.float32),
        )
        vocabulary = sorted(self.featuriser.vocabulary, key=self.featuriser.vocabulary.__getitem__)
        body = {**meta, "classes": list(self.classes), "threshold": self.threshold, "vocabulary": vocabulary}
        (directory / META_FILE).write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(directory: Path = MODEL_DIR) -> EventClassifier:
    """Read an artefact written by `EventClassifier.save`; any fault is one EventModelError."""
    fix = "rebuild it with `python -m assistant.chronology.training` (make train-events)"
    try:
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as weights:
            coef, intercept, idf = (weights[k].astype(np.float64) for k in ("coef", "intercept", "idf"))
        vocabulary = {str(term): i for i, term in enumerate(meta["vocabulary"])}
        classes = tuple(str(c) for c in meta["classes"])
        threshold = float(meta["threshold"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise EventModelError(
            f"chronology event model in {directory} is missing or corrupt ({error}); {fix}"
        ) from error
    if (
        coef.shape != (len(classes), len(vocabulary))
        or intercept.shape != (len(classes),)
        or idf.shape != (len(vocabulary),)
    ):
        raise EventModelError(f"chronology event model in {directory} has inconsistent shapes; {fix}")
    return EventClassifier(Featuriser(vocabulary, idf), classes, coef, intercept, threshold)


@cache
def shipped() -> EventClassifier:
    """The model shipped in `events_model/`, read on first use and kept for the process."""
    return load(MODEL_DIR)
