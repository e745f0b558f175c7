"""People who appear in a synthetic case, on the record or not, and the ways notes write their names.

Workers write "Amelia", "Amelia WARD", "Ms Ward" and "Mum" for the same people; each form is a
gold PERSON span over the name only (titles and relationship words are outside the span) so a
redactor is scored on the name and not on how much surrounding text it swallowed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from records.synthetic import identifiers
from records.synthetic.names import NamePool
from records.synthetic.text import Fragment

DEMO_PASSWORD = "caseassist-demo"
"""The one password every user of a synthetic corpus signs in with, in development only.

users.json carries no credentials; whoever loads demo users sets this password for each of them,
and `caseassist serve` prints it in dev mode. It must never be accepted in production."""


@dataclass(frozen=True)
class Address:
    line: str
    town: str
    postcode: str

    @property
    def record(self) -> str:
        return f"{self.line}, {self.town}, {self.postcode}"


@dataclass(frozen=True)
class Actor:
    given: str
    family: str
    origin: str
    gender: str
    person_id: str | None = None
    relationship: str | None = None
    dob: dt.date | None = None
    phone: str | None = None
    address: Address | None = None
    ni: str | None = None
    email: str | None = None
    family_origin: str | None = None
    """Origin of the family name when it differs from the given name's (mixed heritage, a mother with her partner's surname)."""

    @property
    def on_record(self) -> bool:
        return self.person_id is not None

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def name(self, text: str) -> Fragment:
        origin = (self.family_origin or self.origin) if text == self.family else self.origin
        return Fragment(text, pii="PERSON", person_id=self.person_id, on_record=self.on_record, origin=origin)

    def first(self) -> Fragment:
        return self.name(self.given)

    def full_name(self) -> Fragment:
        return self.name(self.full)

    def caps(self) -> Fragment:
        return self.name(f"{self.given} {self.family.upper()}")

    def titled(self, title: str | None = None) -> list[str | Fragment]:
        title = title or ("Mr" if self.gender == "M" else "Ms")
        return [f"{title} ", self.name(self.family)]

    def any_form(self, rng: random.Random) -> Fragment:
        """How a busy worker writes the name: mostly the first name, sometimes in full or CAPS."""
        roll = rng.random()
        if roll < 0.55:
            return self.first()
        if roll < 0.8:
            return self.full_name()
        return self.caps()

    def pii(self, kind: str, text: str) -> Fragment:
        return Fragment(text, pii=kind, person_id=self.person_id, on_record=self.on_record)


def draw_name(rng: random.Random, pool: NamePool, gender: str, family: str | None = None) -> tuple[str, str]:
    given = rng.choice(pool.female if gender == "F" else pool.male)
    return given, family or rng.choice(pool.family)


def make_address(rng: random.Random, streets: tuple[str, ...], towns: tuple[tuple[str, str], ...]) -> Address:
    """'14 Castle Road' or 'Flat 2, 5 Mill Lane', with a postcode of the town's area."""
    street = rng.choice(streets)
    number = rng.randint(1, 120)
    line = f"Flat {rng.randint(1, 12)}, {number} {street}" if rng.random() < 0.3 else f"{number} {street}"
    town, area = rng.choice(towns)
    inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
    postcode = f"{area}{rng.randint(1, 17)} {rng.randint(1, 9)}{rng.choice(inward_letters)}{rng.choice(inward_letters)}"
    return Address(line, town, postcode)


def adult_contacts(rng: random.Random, given: str, family: str) -> tuple[str, str, str]:
    """(phone, NI number, email) for an adult on the record."""
    phone = identifiers.mobile(rng) if rng.random() < 0.8 else identifiers.landline(rng)
    return phone, identifiers.ni_number(rng), identifiers.email(given, family, rng)
