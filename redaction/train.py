"""Retrain the shipped NER (`make train-ner`): a small spaCy pipeline, from a recorded config and seed.

Run as `python -m redaction.train [--out DIR] [--minutes N]`. The names of both synthetic corpus
families are excluded from the training names, so every evaluation is on names the model never saw.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import spacy
from spacy.training import Example as SpacyExample
from spacy.util import compounding, minibatch

from redaction.engine import NER_LABEL, SHIPPED_MODEL
from redaction.lexicon import build_common_words
from redaction.training_data import Example, SentenceFactory, name_lists

SEED = 20261121
TRAIN_SENTENCES = 9000
DEV_SENTENCES = 600
EPOCHS = 3
NER_CONFIG: dict[str, object] = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2",
            "pretrained_vectors": None,
            "width": 64,
            "depth": 3,
            "embed_size": 4000,
            "window_size": 1,
            "maxout_pieces": 2,
            "subword_features": True,
        },
    }
}


def corpus_names() -> list[str]:
    """Every name in the synthetic corpus pools (both families): never used for training."""
    try:
        from records.synthetic.names import HELDOUT, STANDARD
    except ImportError:  # the generator is optional for a bare retrain
        return []
    return [name for vocab in (STANDARD, HELDOUT) for pool in vocab.names.values() for name in pool.all_names()]


def _to_spacy(nlp: spacy.language.Language, examples: list[Example]) -> list[SpacyExample]:
    converted = []
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        ents = {"entities": [(s, e, NER_LABEL) for s, e in ex.spans]}
        converted.append(SpacyExample.from_dict(doc, ents))
    return converted


def train(out: Path, minutes: float | None = None) -> dict[str, float]:
    """Train for EPOCHS epochs (the recorded recipe); `minutes` optionally stops earlier, which
    makes the result depend on machine speed, so the shipped model never uses it."""
    random.seed(SEED)
    spacy.util.fix_random_seed(SEED)
    given, family = name_lists(corpus_names(), SEED)
    cut_g, cut_f = int(len(given) * 0.85), int(len(family) * 0.85)
    rng = random.Random(SEED)
    rng.shuffle(given)
    rng.shuffle(family)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner", config=NER_CONFIG)
    ner.add_label(NER_LABEL)  # type: ignore[attr-defined]
    train_set = _to_spacy(nlp, list(SentenceFactory(given[:cut_g], family[:cut_f], SEED).examples(TRAIN_SENTENCES)))
    dev_set = _to_spacy(nlp, list(SentenceFactory(given[cut_g:], family[cut_f:], SEED + 1).examples(DEV_SENTENCES)))
    optimizer = nlp.initialize(lambda: train_set)
    deadline = None if minutes is None else time.monotonic() + minutes * 60
    scores: dict[str, float] = {}
    for epoch in range(EPOCHS):
        rng.shuffle(train_set)
        losses: dict[str, float] = {}
        for batch in minibatch(train_set, size=compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        scores = nlp.evaluate(dev_set)
        print(
            f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f} dev P {scores['ents_p']:.3f} R {scores['ents_r']:.3f} F {scores['ents_f']:.3f}"
        )
        if deadline is not None and time.monotonic() > deadline:
            break
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta["name"] = "caseassist_ner"
    nlp.meta["description"] = (
        f"PERSON NER trained by redaction/train.py, seed {SEED}; names disjoint from the synthetic corpus."
    )
    nlp.to_disk(out)
    dev = {k: float(scores[k]) for k in ("ents_p", "ents_r", "ents_f")}
    record = {"seed": SEED, "train_sentences": TRAIN_SENTENCES, "dev_unseen_names": dev}
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n")
    return dev


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SHIPPED_MODEL)
    parser.add_argument(
        "--minutes", type=float, default=None, help="stop after the epoch that passes this budget (not reproducible)"
    )
    args = parser.parse_args()
    print(f"common-word lexicon: {build_common_words()} words")
    print(train(args.out, args.minutes))


if __name__ == "__main__":
    main()
