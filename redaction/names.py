"""How names are written in case notes, and how to match them anyway.

Workers write "Zoe" for "Zoë", "KHAN" for "Khan", "amelia" in a hurry, "Mrs Khan", "Amelia's".
Matching folds case and diacritics one character at a time, so offsets into the folded text are
offsets into the original note.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise

TITLES: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Rev", "Sir", "Dame")
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame"})
MALE_TITLES = frozenset({"mr", "sir"})

# Given and family names that are also everyday English words. They are matched only when
# written with a capital, and month names not beside a day or year, so "we hope", "brown hair",
# "on 3 May" and "will attend" survive.
WORD_NAMES: frozenset[str] = frozenset(
    """
    hope grace will may june april august autumn summer winter storm sky river rain rose lily daisy
    ivy holly hazel heather iris violet poppy jasmine amber ruby pearl crystal jade faith joy
    charity patience honor honour mercy felicity destiny harmony melody dawn eve bliss liberty
    trinity unity precious blessing gift favour goodluck justice king prince rich young white
    black green brown gray grey wood woods hill hills field fields lane ford bush marsh moss stone
    rock bird fox wolf lamb bell bill frank mark rob sue pat jack bob chase hunter mason taylor
    baker cook carpenter fisher shepherd miller archer butler parker walker turner porter
    hall house street bridge church wells brook brooks banks lake pond shore beach cliff crane
    swan sparrow finch drake nash long short little small large low high north south east west
    winters summers day knight page price love sweet golden silver gold sterling noble sharp
    carter ash birch oak rowan willow cherry berry bloom blossom sunny sunshine star sage basil
    reed rush drew art gene guy ray sandy rusty buck duke earl royal major marshal sunday jan jun
    """.split()  # noqa: SIM905
)
MONTH_WORDS = frozenset({"may", "june", "april", "august", "march", "jan", "jun"})
MODAL_WORDS = frozenset({"will", "may", "can", "mark", "bill", "pat", "sue", "frank", "rob", "hope"})


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0] if decomposed else ch
    if unicodedata.combining(base):
        return ch
    folded = {"ø": "o", "ł": "l", "ß": "s", "đ": "d", "ı": "i", "æ": "a"}.get(base.lower(), base.lower())
    return folded if len(folded) == 1 else ch


_FOLD_TABLE: dict[int, str] = {ord(c): c.lower() for c in string.ascii_uppercase} | {ord(c): "'" for c in "’‘`"}


def fold(text: str) -> str:
    """Lower-case, diacritics and curly apostrophes removed, with exactly one output char per input char."""
    if not text.isascii():
        for ch in set(text):
            if not ch.isascii() and ord(ch) not in _FOLD_TABLE:
                _FOLD_TABLE[ord(ch)] = _fold_char(ch)
    return text.translate(_FOLD_TABLE)


def is_word_like(name: str) -> bool:
    return fold(name) in WORD_NAMES


def name_parts(full_name: str) -> list[str]:
    """The words of a name, with hyphenated parts also offered alone ("Khan-Smith" -> Khan, Smith)."""
    words = [w.strip(".,") for w in full_name.split() if w.strip(".,")]
    parts: list[str] = []
    for word in words:
        parts.append(word)
        if "-" in word:
            parts.extend(p for p in word.split("-") if len(p) > 1)
    return parts


@lru_cache(maxsize=8192)
def variants(given: str, family: str) -> tuple[str, ...]:
    """Every way a worker is likely to write this person: full, given, family, titled, hyphen parts.

    Possessives and ALL-CAPS need no variants: matching is case-folded and stops before "'s".
    """
    full = f"{given} {family}".strip()
    found: list[str] = [full]
    given_words = name_parts(given)
    family_words = name_parts(family)
    found.extend(given_words)
    found.extend(family_words)
    if given_words and family_words:
        found.append(f"{given_words[0]} {family}")
    found.extend(plural(surname) for surname in dict.fromkeys([family, *family_words]) if len(surname) > 2)
    for title in TITLES:
        for surname in dict.fromkeys([family, *family_words]):
            found.append(f"{title} {surname}")
            found.append(f"{title}. {surname}")
        found.append(f"{title} {full}")
    seen: set[str] = set()
    unique = []
    for v in found:
        key = fold(v)
        if len(key) >= 2 and key not in seen:
            seen.add(key)
            unique.append(v)
    return tuple(unique)


def plural(surname: str) -> str:
    """A family named by its surname: "the Gledhills", "the Joneses" (then "the Gledhills'")."""
    return f"{surname}es" if fold(surname).endswith(("s", "x", "z", "ch", "sh")) else f"{surname}s"


def strip_title(name: str) -> tuple[str | None, str]:
    """("mrs", "Khan") for "Mrs. Khan"; (None, name) when there is no title."""
    words = name.split(maxsplit=1)
    if len(words) == 2 and fold(words[0]).rstrip(".") in {fold(t) for t in TITLES}:
        return fold(words[0]).rstrip("."), words[1]
    return None, name


def person_key(name: str) -> str:
    """A comparable key for an unknown person's mention: folded, no title, no possessive."""
    _, bare = strip_title(name.strip())
    bare = bare.removesuffix("'s").removesuffix("’s").removesuffix("'")
    return " ".join(fold(bare).split())


_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_JOIN = re.compile(r"\.?[ \t]+|\.?[ \t]*\n?[ \t]*")
_POSSESSIVE = ("'s", "’s", "'", "’")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup form of a name: folded, dots dropped, single spaces."""
    return " ".join(fold(name).replace(".", " ").split())


class NameIndex:
    """Finds any of a set of names in text by looking word n-grams up in a dict.

    A regex alternation over a few hundred variants costs seconds to compile per case; word
    lookups cost nothing to build and stay linear in the text.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = {name_key(k) for k in keys if name_key(k)}
        self.longest = max((k.count(" ") + 1 for k in self.keys), default=0)
        self._first_words = {k.split(" ", 1)[0] for k in self.keys}

    def __bool__(self) -> bool:
        return bool(self.keys)

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) for each longest, non-overlapping mention; possessives excluded."""
        if not self.keys:
            return
        folded = fold(text)
        tokens = [m.span() for m in _TOKEN.finditer(folded)]
        i = 0
        while i < len(tokens):
            hit = self._longest_at(folded, tokens, i)
            if hit is None:
                yield from self._hyphen_parts(folded, *tokens[i])
                i += 1
                continue
            start, end, key, used = hit
            yield start, end, key
            i += used

    def _longest_at(self, folded: str, tokens: list[tuple[int, int]], i: int) -> tuple[int, int, str, int] | None:
        first = folded[tokens[i][0] : tokens[i][1]]
        if first not in self._first_words and _strip_possessive(first) not in self._first_words:
            return None
        for n in range(min(self.longest, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            if any(not _joins(folded[a[1] : b[0]]) for a, b in pairwise(span)):
                continue
            words = [folded[s:e] for s, e in span]
            end = span[-1][1]
            for suffix in ("", *_POSSESSIVE):
                last = words[-1]
                if suffix and not last.endswith(suffix):
                    continue
                key = " ".join([*words[:-1], last[: len(last) - len(suffix)]])
                if key in self.keys:
                    return span[0][0], end - len(suffix), key, n
        return None

    def _hyphen_parts(self, folded: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        word = folded[start:end]
        if "-" not in word:
            return
        offset = start
        for part in word.split("-"):
            if part in self.keys:
                yield offset, offset + len(part), part
            offset += len(part) + 1


def _strip_possessive(word: str) -> str:
    for suffix in _POSSESSIVE:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _joins(between: str) -> bool:
    """Words of one name are separated by spaces (after a title, optionally a dot)."""
    return bool(between) and bool(_JOIN.fullmatch(between)) and "\n" not in between
