"""Pseudonym tokens: one per person or value per case, readable in answers, stable across imports.

Known people get their role ("[CHILD]", "[MOTHER]", "[MOTHER'S PARTNER]"); everyone and everything
else is numbered by kind ("[PERSON 7]", "[PHONE 2]"). A case's existing vault is read first, so a
re-import gives the same person and the same value the same token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from redaction.names import fold
from redaction.spans import ADDRESS, DOB, EMAIL, NHS_NUMBER, NI_NUMBER, PERSON, PHONE, POSTCODE

TOKEN_LABELS: dict[str, str] = {
    PERSON: "PERSON",
    NHS_NUMBER: "NHS NUMBER",
    NI_NUMBER: "NI NUMBER",
    PHONE: "PHONE",
    EMAIL: "EMAIL",
    POSTCODE: "POSTCODE",
    ADDRESS: "ADDRESS",
    DOB: "DOB",
}
_LABEL_TYPES = {label: kind for kind, label in TOKEN_LABELS.items()}
TOKEN_RE = re.compile(r"\[([A-Z][A-Z'’ \-]*?)(?: (\d+))?\]")


def token_type(token: str) -> str:
    """PERSON for role and person tokens, the identifier type for numbered identifier tokens."""
    match = TOKEN_RE.fullmatch(token)
    if match is None:
        raise ValueError(f"{token!r} is not a pseudonym token")
    return _LABEL_TYPES.get(match.group(1), PERSON)


def normalise_value(kind: str, value: str) -> str:
    """The form two writings of one value share: digits for numbers, folded words for the rest."""
    if kind in (PHONE, NHS_NUMBER):
        digits = re.sub(r"\D", "", value)
        return "0" + digits[2:] if kind == PHONE and digits.startswith("44") else digits
    if kind in (NI_NUMBER, POSTCODE):
        return re.sub(r"\s", "", value).upper()
    return " ".join(fold(value).replace(",", " ").split())


def role_label(role: str) -> str:
    """ "mother's partner" -> "MOTHER'S PARTNER"; anything unusable falls back to PERSON."""
    label = re.sub(r"[^A-Za-z' \-]", " ", role.replace("’", "'").replace("_", " ")).upper()
    label = " ".join(label.split())[:40]
    return label if label and label not in _LABEL_TYPES else "PERSON"


class TokenBook:
    """Allocates tokens for one case, starting from its existing vault."""

    def __init__(self, existing: Mapping[str, str] | None = None) -> None:
        self.vault: dict[str, str] = dict(existing or {})
        self._by_value: dict[tuple[str, str], str] = {}
        for token, value in self.vault.items():
            try:
                kind = token_type(token)
            except ValueError:
                continue
            self._by_value.setdefault((kind, normalise_value(kind, value)), token)

    def for_person(self, full_name: str, role: str | None) -> str:
        """The token of a person: reused when the vault already holds this name."""
        key = (PERSON, normalise_value(PERSON, full_name))
        if key in self._by_value:
            return self._by_value[key]
        if (role is None or role_label(role) == "PERSON") and " " not in key[1]:
            # "Pauline" in a later import is the "Pauline Okonjo" the vault already holds, if unique.
            holders = {t for (kind, value), t in self._by_value.items() if kind == PERSON and key[1] in value.split()}
            if len(holders) == 1:
                return holders.pop()
        label = role_label(role) if role else "PERSON"
        token = self._next(label, numbered=label == "PERSON")
        return self._remember(key, token, full_name)

    def for_value(self, kind: str, value: str) -> str:
        key = (kind, normalise_value(kind, value))
        if key in self._by_value:
            return self._by_value[key]
        return self._remember(key, self._next(TOKEN_LABELS[kind], numbered=True), value)

    def _remember(self, key: tuple[str, str], token: str, value: str) -> str:
        self._by_value[key] = token
        self.vault[token] = value
        return token

    def _next(self, label: str, numbered: bool) -> str:
        if not numbered and f"[{label}]" not in self.vault:
            return f"[{label}]"
        taken = [int(m.group(2) or 1) for t in self.vault if (m := TOKEN_RE.fullmatch(t)) and m.group(1) == label]
        return f"[{label} {max(taken, default=0) + 1}]"
