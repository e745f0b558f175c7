"""Ordinary words stored as people: PERSON values in each case's vault that are no one's name.

The question pseudonymiser replaces every vault value it finds in a question, so a heading word the
NER took for a person ("Age" of "Age Assessment", "SUBSTANTIATED") turns "the age assessment" into
"the [PERSON 23] assessment" and the answer is lost. Nothing leaks; it is over-redaction, measured
here without an import: each case is redacted as the import redacts it and its vault read.

A value counts as an ordinary word when none of its words is part of a gold personal-data span of
the case, a record or staff name, and every word is a word of the embedding vocabulary or the
common-words list (`redaction.lexicon.is_english_word`; "Bail" is a surname in some Faker locale,
so the common-words list alone misses it).

Run: .venv/bin/python bench/bench_vault_words.py --corpus data/demo [--corpus ...] [--show 40]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from redaction import build_case_redactor
from redaction.evaluation import load_corpus
from redaction.lexicon import is_english_word
from redaction.names import fold
from redaction.tokens import token_type


def _words(value: str) -> list[str]:
    return [fold(w).strip(".,'’:;()\"") for w in value.replace("-", " ").split() if w.strip(".,'’:;()\"")]


def vault_words(corpus: Path) -> tuple[int, Counter[str]]:
    """(PERSON values in all vaults, ordinary-word values with the number of cases holding each)."""
    cases, users, gold = load_corpus(corpus)
    redactor = build_case_redactor()
    total, ordinary = 0, Counter[str]()
    for case in cases:
        names = {w for p in [case.child, *case.people] for w in _words(f"{p.given_name} {p.family_name}")}
        names |= {w for u in users for w in _words(u.display_name)}
        for note in case.notes:
            if note.note_id in gold:
                names |= {w for s in gold[note.note_id].spans for w in _words(s["text"])}
        for token, value in redactor.redact_case(case, users).vault.items():
            if token_type(token) != "PERSON":
                continue
            total += 1
            words = _words(value)
            if words and len(value) > 2 and not set(words) & names and all(is_english_word(w) for w in words):
                ordinary[value] += 1
    return total, ordinary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--show", type=int, default=40, help="list at most this many values per corpus")
    args = parser.parse_args()
    for corpus in args.corpus:
        total, ordinary = vault_words(corpus)
        print(f"{corpus}: {sum(ordinary.values())} ordinary-word PERSON values of {total} ({len(ordinary)} distinct)")
        for value, count in ordinary.most_common(args.show):
            print(f"  {count:3d}  {value}")


if __name__ == "__main__":
    main()
