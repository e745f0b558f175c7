"""The council's staff for a synthetic corpus: teams, social workers, managers, governance, admin.

Staff display names come from the same origin pools as families (workforces are diverse too),
and staff names appear in note text ("SW Jane Smith visited"), where they are PERSON spans that
are not on the case record.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from records.models import Role
from records.synthetic.actors import Actor, draw_name
from records.synthetic.identifiers import ascii_fold
from records.synthetic.names import ORIGINS, Vocabulary

TEAMS: tuple[str, ...] = ("North CP", "South CIN", "Children in Care", "Leaving Care", "Early Help")
SOCIAL_WORKERS_PER_TEAM = 3


@dataclass(frozen=True)
class StaffMember:
    username: str
    actor: Actor
    role: Role
    teams: tuple[str, ...]

    def as_user(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.actor.full,
            "role": self.role.value,
            "teams": list(self.teams),
        }


@dataclass(frozen=True)
class Staff:
    members: tuple[StaffMember, ...]

    def workers(self, team: str) -> list[StaffMember]:
        return [m for m in self.members if m.role is Role.SOCIAL_WORKER and team in m.teams]

    def manager(self, team: str) -> StaffMember:
        return next(m for m in self.members if m.role is Role.TEAM_MANAGER and team in m.teams)

    def users(self) -> list[dict[str, object]]:
        return [m.as_user() for m in self.members]


def build_staff(rng: random.Random, vocab: Vocabulary) -> Staff:
    taken: set[str] = set()
    members: list[StaffMember] = []

    def hire(role: Role, teams: tuple[str, ...]) -> None:
        origin = rng.choice(ORIGINS)
        gender = rng.choice("FM")
        while True:
            given, family = draw_name(rng, vocab.names[origin], gender)
            if f"{given} {family}" not in taken:
                break
        taken.add(f"{given} {family}")
        members.append(StaffMember(_username(given, family, members), Actor(given, family, origin, gender), role, teams))

    for team in TEAMS:
        for _ in range(SOCIAL_WORKERS_PER_TEAM):
            hire(Role.SOCIAL_WORKER, (team,))
        hire(Role.TEAM_MANAGER, (team,))
    hire(Role.GOVERNANCE_LEAD, ())
    hire(Role.ADMIN, ())
    return Staff(tuple(members))


def _username(given: str, family: str, existing: list[StaffMember]) -> str:
    base = ascii_fold(given[0] + family).lower()
    base = "".join(c for c in base if c.isalnum())
    names = {m.username for m in existing}
    candidate, suffix = base, 2
    while candidate in names:
        candidate, suffix = f"{base}{suffix}", suffix + 1
    return candidate
