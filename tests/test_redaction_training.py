"""The NER is always measured on names it never saw: training names exclude both corpus families."""

from __future__ import annotations

from redaction.train import corpus_names
from redaction.training_data import SentenceFactory, name_lists


def test_training_names_exclude_every_corpus_name() -> None:
    excluded = corpus_names()
    assert len(excluded) > 100, "the corpus name pools were not found"
    given, family = name_lists(excluded, seed=1)
    banned = {part.casefold() for name in excluded for part in name.replace("-", " ").split()}
    leaked = [n for n in given + family if any(p.casefold() in banned for p in n.split("-"))]
    assert leaked == []
    assert len(given) > 500 and len(family) > 500


def test_sentences_label_exactly_the_names() -> None:
    factory = SentenceFactory(["Ngozi", "Tomasz"], ["Okonkwo", "Wiśniewski"], seed=3)
    for example in factory.examples(200):
        for start, end in example.spans:
            words = example.text[start:end].split()
            assert words and all(
                w.strip("'").casefold() in {"ngozi", "tomasz", "okonkwo", "wiśniewski"}
                for w in "-".join(words).replace("-", " ").split()
            )
