"""Fake but *valid* identifiers: NHS and NI numbers, UK phones, postcodes, addresses, emails.

Redaction is measured against these, so they must pass the same checks a real recogniser uses
(NHS mod-11 check digit, NI prefix rules, numbers that libphonenumber accepts as GB). Faker has no
valid NHS or NI numbers, hence our own generators; every function draws only from the `rng` it
is given so that a corpus is a pure function of its seed.
"""

from __future__ import annotations

import random
import string
import unicodedata

_NI_FIRST_FORBIDDEN = set("DFIQUV")
_NI_SECOND_FORBIDDEN = set("DFIOQUV")
NI_FORBIDDEN_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
"""Prefixes HMRC never issues; a valid NI number starts with none of them."""

_NHS_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)

# Area codes with Ofcom's ranges reserved for drama (valid to libphonenumber, never a real line).
_LANDLINES = (
    ("0113", "496 0{:03d}"),
    ("0114", "496 0{:03d}"),
    ("0116", "496 0{:03d}"),
    ("0117", "496 0{:03d}"),
    ("0118", "496 0{:03d}"),
    ("0121", "496 0{:03d}"),
    ("0131", "496 0{:03d}"),
    ("0141", "496 0{:03d}"),
    ("0151", "496 0{:03d}"),
    ("0161", "496 0{:03d}"),
    ("020", "7946 0{:03d}"),
    ("029", "2018 0{:03d}"),
)
_MOBILE_PREFIXES = ("074", "075", "077", "078", "079")
_MOBILE_GAPS = frozenset({"07700", "07911"})
"""Blocks libphonenumber does not accept in full (07700 900xxx is Ofcom's drama range, not a mobile)."""


def nhs_check_digit(first_nine: str) -> int | None:
    """The mod-11 check digit for nine digits, or None when no valid number has them (remainder 10)."""
    total = sum(int(d) * w for d, w in zip(first_nine, _NHS_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def is_valid_nhs_number(value: str) -> bool:
    digits = value.replace(" ", "").replace("-", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def nhs_number(rng: random.Random) -> str:
    """A valid NHS number in the usual 3-3-4 grouping (starting 4-6 like numbers issued in England)."""
    while True:
        first = str(rng.randint(4, 6)) + "".join(rng.choice(string.digits) for _ in range(8))
        check = nhs_check_digit(first)
        if check is not None:
            digits = first + str(check)
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def is_valid_ni_number(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if len(compact) != 9:
        return False
    prefix, digits, suffix = compact[:2], compact[2:8], compact[8]
    return (
        prefix.isalpha()
        and prefix[0] not in _NI_FIRST_FORBIDDEN
        and prefix[1] not in _NI_SECOND_FORBIDDEN
        and prefix not in NI_FORBIDDEN_PREFIXES
        and digits.isdigit()
        and suffix in "ABCD"
    )


def ni_number(rng: random.Random) -> str:
    """A National Insurance number with an issuable prefix, written 'QQ 12 34 56 C'."""
    firsts = [c for c in string.ascii_uppercase if c not in _NI_FIRST_FORBIDDEN]
    seconds = [c for c in string.ascii_uppercase if c not in _NI_SECOND_FORBIDDEN]
    while True:
        prefix = rng.choice(firsts) + rng.choice(seconds)
        if prefix not in NI_FORBIDDEN_PREFIXES:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def mobile(rng: random.Random) -> str:
    """A UK mobile in one of the ways notes write them: '07911 123456', '07911123456', '+44 7911 123456'."""
    while True:
        prefix = rng.choice(_MOBILE_PREFIXES) + str(rng.randint(0, 9)) + str(rng.randint(0, 9))
        if prefix not in _MOBILE_GAPS:
            break
    rest = f"{rng.randint(0, 999999):06d}"
    style = rng.random()
    if style < 0.6:
        return f"{prefix} {rest}"
    if style < 0.8:
        return prefix + rest
    return f"+44 {prefix[1:]} {rest}"


def landline(rng: random.Random) -> str:
    code, local = rng.choice(_LANDLINES)
    return f"{code} {local.format(rng.randint(0, 999))}"


def ascii_fold(text: str) -> str:
    """'Zoë Nuñez-Reyes' -> 'Zoe Nunez-Reyes', for usernames and email addresses; Ł has no decomposition."""
    text = text.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def email(given: str, family: str, rng: random.Random) -> str:
    local = ascii_fold(f"{given}.{family}").lower().replace(" ", "").replace("'", "")
    if rng.random() < 0.5:
        local += str(rng.randint(1, 99))
    return f"{local}@{rng.choice(('gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'icloud.com'))}"
