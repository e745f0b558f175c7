"""How names are written in case notes, and how to match them anyway.

Workers write "Zoe" for "Zoë", "KHAN" for "Khan", "amelia" in a hurry, "Mrs Khan", "Amelia's".
Matching folds case and diacritics one character at a time, so offsets into the folded text are
offsets into the original note.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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
    if len(base) != 1 or unicodedata.combining(base):
        return ch.lower()
    return (
        base.lower()
        if base.isascii()
        else {"ø": "o", "ł": "l", "ß": "s", "đ": "d", "ı": "i", "æ": "a"}.get(base.lower(), base.lower())
    )


def fold(text: str) -> str:
    """Lower-case, diacritics and curly apostrophes removed, with exactly one output char per input char."""
    return "".join("'" if ch in "’‘`" else _fold_char(ch) for ch in text)


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


def variants(given: str, family: str) -> list[str]:
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
    return unique


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
