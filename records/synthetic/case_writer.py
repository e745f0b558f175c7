"""One synthetic case: a family, a journey through services, its notes and their gold annotations.

Every fact the gold files claim is recorded at the moment the note stating it is written (the
note id, the event date, the exact words), so questions, chronology events and PII spans can only
ever point at text that exists. Randomness comes from the one `random.Random` handed in.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from records.models import CaseStatus
from records.synthetic import dates, identifiers
from records.synthetic.actors import Actor, Address, adult_contacts, draw_name, make_address
from records.synthetic.gold import Event, NoteGold, Question
from records.synthetic.labels import ETHNICITY, JOURNEY_TEAMS, LABELS, UNANSWERABLE, title
from records.synthetic.names import ORIGINS, Family, Vocabulary
from records.synthetic.staff import Staff, StaffMember
from records.synthetic.templates import phrases, quotes, templates
from records.synthetic.text import Fragment, NoteText, Slot

LAST_DAY = dt.date(2025, 10, 31)
"""No note is dated after this, so a corpus does not depend on the day it was generated."""

class _LazySlots(Mapping[str, Slot]):
    """Slot values computed on first use, so a template only draws randomness for what it says."""

    def __init__(self, factories: Mapping[str, Callable[[], Slot]]) -> None:
        self._factories = factories
        self._values: dict[str, Slot] = {}

    def __getitem__(self, key: str) -> Slot:
        if key not in self._values:
            self._values[key] = self._factories[key]()
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)


@dataclass
class CaseOutput:
    record: dict[str, object]
    pii: list[NoteGold] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class _Candidate:
    qtype: str
    question: str
    facts: tuple[str, ...]
    note_ids: tuple[str, ...]


class CaseWriter:
    """Writes one case. `journey` is cp, cin, lac, leaver or early_help; `ends` closes or steps it down."""

    def __init__(
        self, rng: random.Random, family: Family, vocab: Vocabulary, staff: Staff, case_id: str, journey: str,
        restricted: bool, ends: bool = False,
    ) -> None:
        self.rng, self.family, self.vocab, self.case_id, self.journey = rng, family, vocab, case_id, journey
        self.templates = templates(family)
        self.team = JOURNEY_TEAMS[journey]
        self.worker: StaffMember = rng.choice(staff.workers(self.team))
        self.manager: StaffMember = staff.manager(self.team)
        self.duty: list[StaffMember] = [w for w in staff.workers(self.team) if w is not self.worker]
        self.restricted = restricted
        self.ends = ends
        self.address_confidential = False
        self.used_quotes: set[str] = set()
        self.email_given = False
        self.used_names: set[str] = {m.actor.full for m in staff.members}
        self.used_given: set[str] = {m.actor.given for m in (self.worker, self.manager, *self.duty)}
        self.day = dt.date(2022, 1, 4) + dt.timedelta(days=rng.randint(0, 820))
        self.notes: list[dict[str, object]] = []
        self.note_sensitive: dict[str, bool] = {}
        self.out = CaseOutput(record={})
        self.candidates: list[_Candidate] = []
        self.people: list[Actor] = []
        self.status = CaseStatus.CLOSED
        self._cast()

    # ----- the family and the professionals -------------------------------------------------

    def _pid(self) -> str:
        return f"{self.case_id}-P{len(self.people) + 2:02d}"

    def person(self, origin: str, gender: str, relationship: str | None, *, family_name: str | None = None,
               age: int | None = None, adult: bool = True, address: Address | None = None) -> Actor:
        for attempt in range(60):
            # Distinct first names keep "Mum said Amelia..." unambiguous; small pools fall back to
            # distinct full names, then to another origin group, so the loop always ends.
            if attempt == 40:
                origin = self.rng.choice(ORIGINS)
            given, family_ = draw_name(self.rng, self.vocab.names[origin], gender, family_name if attempt < 40 else None)
            if f"{given} {family_}" not in self.used_names and (attempt >= 20 or given not in self.used_given):
                break
        self.used_names.add(f"{given} {family_}")
        self.used_given.add(given)
        if relationship is None:
            return Actor(given, family_, origin, gender)  # pools are per origin, so both names share it
        dob = self._dob(age) if age is not None else None
        phone = ni = email = None
        if adult and age is not None:
            phone, ni, email = adult_contacts(self.rng, given, family_)
        elif adult:
            phone = identifiers.landline(self.rng)
        family_origin = self.vocab.family_origin(family_)
        actor = Actor(given, family_, origin, gender, self._pid(), relationship, dob, phone, address, ni, email,
                      family_origin if family_origin != origin else None)
        self.people.append(actor)
        return actor

    def _dob(self, age: int) -> dt.date:
        return self.day - dt.timedelta(days=age * 365 + self.rng.randint(0, 360))

    def _cast(self) -> None:
        rng = self.rng
        origin = rng.choice(ORIGINS)
        father_origin = origin if rng.random() < 0.7 else rng.choice(ORIGINS)
        self.mixed = father_origin != origin
        ages = {"cp": (3, 14), "cin": (3, 15), "lac": (6, 15), "leaver": (17, 19), "early_help": (3, 13)}[self.journey]
        self.age = rng.randint(*ages)
        self.home = make_address(rng, self.vocab.streets, self.vocab.towns)
        surname = rng.choice(self.vocab.names[father_origin].family)
        gender = rng.choice("FM")
        given, _ = draw_name(rng, self.vocab.names[father_origin if self.mixed and rng.random() < 0.5 else origin], gender)
        given_origin = origin if given in self.vocab.names[origin].all_names() else father_origin
        self.child = Actor(given, surname, given_origin, gender, f"{self.case_id}-P01", "Child", self._dob(self.age),
                           family_origin=father_origin if father_origin != given_origin else None)
        self.used_names.add(self.child.full)
        self.used_given.add(self.child.given)
        mother_surname = surname if rng.random() < 0.6 else None
        self.mother = self.person(origin, "F", "Mother", family_name=mother_surname, age=self.age + rng.randint(18, 32), address=self.home)
        self.father = self.person(father_origin, "M", "Father", family_name=surname, age=self.age + rng.randint(20, 38))
        self.mgm = self.person(origin, "F", "Maternal grandmother", age=self.age + rng.randint(42, 60))
        self.siblings = [
            self.person(origin, rng.choice("FM"), "Sibling", family_name=surname, age=max(0, self.age + rng.randint(-5, 5)), adult=False)
            for _ in range(rng.randint(0, 2))
        ]
        self.gp = self.person(rng.choice(ORIGINS), rng.choice("FM"), "GP")
        self.dsl = self.person(rng.choice(ORIGINS), rng.choice("FM"), "DSL")
        self.health = self.person(rng.choice(ORIGINS), "F", "Health visitor" if self.age < 5 else "School nurse")
        self.hv: Actor | None = self.health if self.age < 5 else None
        self.school = rng.choice(self.vocab.schools_for(self.age))
        self.gp_practice = rng.choice(self.vocab.gp_practices)
        self.nhs = identifiers.nhs_number(rng)
        self.pet = rng.choice(self.vocab.pets)
        self.partner: Actor | None = None
        self.carers: tuple[Actor, Actor] | None = None
        self.iro: Actor | None = None
        self.missing_days: list[tuple[dt.date, str]] = []
        self.seen_alone: list[tuple[dt.date, str]] = []
        self.officer = self.person(rng.choice(ORIGINS), rng.choice("FM"), None)
        self.neighbour = self.person(rng.choice(ORIGINS), rng.choice("FM"), None)
        self.doctor = self.person(rng.choice(ORIGINS), rng.choice("FM"), None)
        self.chair = self.person(rng.choice(ORIGINS), rng.choice("FM"), None)

    # ----- writing notes ----------------------------------------------------------------------

    def advance(self, low: int, high: int) -> dt.date:
        self.day = min(self.day + dt.timedelta(days=self.rng.randint(low, high)), LAST_DAY)
        return self.day

    def _slots(self, event_day: dt.date, note_day: dt.date, extra: Mapping[str, Callable[[], Slot]]) -> _LazySlots:
        rng, child, mother = self.rng, self.child, self.mother
        perpetrator = self.partner or self.father
        factories: dict[str, Callable[[], Slot]] = {
            "child": lambda: child.first() if rng.random() < 0.8 else child.any_form(rng),
            "child_full": child.full_name,
            "child_caps": child.caps,
            "mother": mother.first,
            "mgm": lambda: self.mgm.any_form(rng),
            "mgm_full": self.mgm.full_name,
            "mgm_phone": lambda: self._phone_of(self.mgm),
            "age_words": lambda: f"{self.age} year old {'girl' if child.gender == 'F' else 'boy'}",
            "mother_full": lambda: mother.caps() if rng.random() < 0.3 else mother.full_name(),
            "father": lambda: self.father.any_form(rng),
            "worker": lambda: self.worker.actor.full_name(),
            "manager": lambda: self.manager.actor.full_name(),
            "date": lambda: Fragment(dates.written(event_day, rng, note_day), keep="event_date"),
            "time": lambda: Fragment(f"{rng.randint(8, 21):02d}:{rng.choice((0, 10, 15, 30, 45, 50)):02d}", keep="time"),
            "school": lambda: Fragment(self.school, keep="place"),
            "gp_practice": lambda: Fragment(self.gp_practice, keep="place"),
            "gp_title": lambda: ["Dr ", self.gp.full_name() if rng.random() < 0.6 else self.gp.name(self.gp.family)],
            "dsl": lambda: self.dsl.titled() if rng.random() < 0.5 else [self.dsl.full_name()],
            "hv": lambda: (self.hv or self.health).any_form(rng),
            "health": lambda: self.health.any_form(rng),
            "health_role": lambda: "HV" if self.hv else "school nurse",
            "health_role_long": lambda: "health visitor" if self.hv else "school nurse",
            "carer": lambda: (self.carers[0] if self.carers else self.mgm).any_form(rng),
            "dob": lambda: child.pii("DOB", dates.dob(child.dob or event_day)),
            "nhs": lambda: child.pii("NHS_NUMBER", self.nhs if rng.random() < 0.7 else self.nhs.replace(" ", "")),
            "address": lambda: mother.pii("ADDRESS", self.home.line),
            "postcode": lambda: mother.pii("POSTCODE", self.home.postcode),
            "town": lambda: Fragment(self.home.town, keep="place"),
            "phone": lambda: mother.pii("PHONE", mother.phone or ""),
            "ni": lambda: mother.pii("NI_NUMBER", mother.ni or ""),
            "email": lambda: mother.pii("EMAIL", mother.email or ""),
            "officer_title": lambda: [rng.choice(("PC ", "DC ", "PC ")), self.officer.any_form(rng)],
            "neighbour": lambda: self.neighbour.any_form(rng),
            "carer_phone": lambda: self._phone_of(self.carers[0] if self.carers else self.mother),
            "dsl_phone": lambda: self._phone_of(self.dsl),
            "father_phone": lambda: self._phone_of(self.father),
            "sibling": lambda: rng.choice(self.siblings).any_form(rng) if self.siblings else self.mother.first(),
            "doctor": lambda: ["Dr ", self.doctor.full_name()],
            "chair": lambda: self.chair.full_name(),
            "perpetrator": lambda: perpetrator.full_name() if rng.random() < 0.5 else perpetrator.caps(),
            "perpetrator_short": perpetrator.first,
            "hospital": lambda: Fragment(next(p for p in self.vocab.places if "Infirmary" in p or "Medical" in p), keep="place"),
            "place": lambda: Fragment(rng.choice(self.vocab.places[:3] + self.vocab.places[4:]), keep="place"),
            "pet": lambda: Fragment(self.pet[1], keep="pet_name"),
            "pet_kind": lambda: self.pet[0],
            "word_sentence": lambda: self._word_sentence(),
            "attendees": lambda: self._attendees(),
            "quote": self.quote,
            "pa": lambda: self.worker.actor.full_name(),
        }
        for name in ("concern", "finding", "observation", "action", "school_note", "health_note", "call_note", "topic",
                     "placement_note", "leaver_note", "progress_note", "housing", "money", "dad_note", "analysis"):
            factories[name] = self._phrase(name)
        factories["finding_lower"] = lambda: _lower_first(rng.choice(phrases(self.family, "finding")))
        factories["dad_note_lower"] = lambda: _lower_first(rng.choice(phrases(self.family, "dad_note")))
        factories["analysis_lower"] = lambda: _lower_first(rng.choice(phrases(self.family, "analysis")))
        factories["concern_clause"] = lambda: _lower_first(rng.choice(phrases(self.family, "concern"))).rstrip(".")
        factories["placement_note_lower"] = lambda: _lower_first(rng.choice(phrases(self.family, "placement_note")))
        factories["concern_lower"] = lambda: _lower_first(rng.choice(phrases(self.family, "concern")))
        factories["health_note_lower"] = lambda: _lower_first(rng.choice(phrases(self.family, "health_note")))
        factories["topic_cap"] = lambda: rng.choice(phrases(self.family, "topic")).capitalize()
        factories["concern_short"] = lambda: rng.choice(("home conditions", "DV", "physical chastisement", "parental alcohol use", "neglect"))
        factories.update(extra)
        return _LazySlots(factories)

    def quote(self) -> str:
        """The child's words, not repeated within a case until every one has been used."""
        pool = quotes(self.family, self.age)
        fresh = [q for q in pool if q not in self.used_quotes]
        chosen = self.rng.choice(fresh or list(pool))
        self.used_quotes.add(chosen)
        return chosen

    def _phone_of(self, actor: Actor) -> Fragment:
        return actor.pii("PHONE", actor.phone or identifiers.landline(self.rng))

    def _phrase(self, kind: str) -> Callable[[], Slot]:
        return lambda: self.rng.choice(phrases(self.family, kind))

    def _word_sentence(self) -> list[str | Fragment]:
        before, word, after = self.rng.choice(self.vocab.word_uses)
        return [before, Fragment(word, keep="word_name"), after]

    def _attendees(self) -> list[str | Fragment]:
        parts: list[str | Fragment] = ["DS ", self.officer.full_name(), ", DSL ", self.dsl.full_name()]
        parts += [", HV " if self.hv else ", school nurse ", self.health.full_name()]
        return [*parts, " and SW ", self.worker.actor.full_name()]

    def note(self, kind: str, extra: Mapping[str, Callable[[], Slot]] | None = None, *, event_day: dt.date | None = None,
             restricted: bool = False, author: StaffMember | None = None, extras: Sequence[str] = (),
             sections: Sequence[str] = ()) -> str:
        """Write one note of `kind` dated today; returns its id.

        `extras` are trap sentences appended to the kind's template; `sections` replace it with
        paragraphs (long documents such as assessments, which retrieval has to chunk).
        """
        note_id = f"{self.case_id}-N{len(self.notes) + 1:03d}"
        slots = self._slots(event_day or self.day, self.day, extra or {})
        text = NoteText()
        if sections:
            for index, section in enumerate(sections):
                text.add("\n\n" if index else "").template(self.rng.choice(self.templates[section]), slots)
        else:
            text.template(self.rng.choice(self.templates[kind]), slots)
            separator = " " if self.family is Family.STANDARD else "\n\n"
            for extra_kind in extras:
                text.add(separator).template(self.rng.choice(self.templates[extra_kind]), slots)
        body, spans, keep = text.build()
        if "extra_pet" in extras:
            asks = [("what", f"What is the name of the family's {self.pet[0]}?", [self.pet[1]])]
        else:
            asks = []
        author = author or (self.rng.choice(self.duty) if self.rng.random() < 0.12 else self.worker)
        self.notes.append({
            "note_id": note_id,
            "date": self.day.isoformat(),
            "type": self.rng.choice(LABELS[kind]),
            "author": author.username,
            "title": title(kind),
            "text": body,
            "sensitivity": "restricted" if restricted else "standard",
        })
        self.note_sensitive[note_id] = restricted
        self.out.pii.append(NoteGold(self.case_id, note_id, tuple(spans), tuple(keep)))
        for qtype, question, facts in asks:
            self.ask(qtype, question, facts, [note_id])
        return note_id

    def event(self, event_type: str, note_id: str, description: str, day: dt.date | None = None) -> None:
        self.out.events.append(Event(self.case_id, (day or self.day).isoformat(), event_type, (note_id,), True, description))

    def ask(self, qtype: str, question: str, facts: Sequence[str], note_ids: Sequence[str]) -> None:
        """Offer a question; dropped when a supporting note is restricted or its words do not state the fact.

        The chosen template decides what a note says, so quote/who/what facts are checked against
        the written text rather than trusted.
        """
        if any(self.note_sensitive[n] for n in note_ids):
            return
        if qtype in {"quote", "who", "what"}:
            texts = [str(note["text"]) for note in self.notes if note["note_id"] in note_ids]
            if not all(any(fact in text for text in texts) for fact in facts):
                return
        self.candidates.append(_Candidate(qtype, question, tuple(facts), tuple(note_ids)))

    def fixed(self, value: str, keep: str | None = None) -> Callable[[], Slot]:
        return lambda: Fragment(value, keep=keep) if keep else value

    # ----- finishing --------------------------------------------------------------------------

    def finish(self) -> CaseOutput:
        if self.seen_alone:
            day, note_id = self.seen_alone[-1]
            self.ask("when", f"When was {self.child.given} last seen alone?", [day.isoformat()], [note_id])
        self._choose_questions()
        child = self.child
        self.out.record = {
            "case_id": self.case_id,
            "team": self.team,
            "status": self.status.value,
            "restricted": self.restricted,
            "allocated_worker": self.worker.username,
            "access_list": [self.worker.username, self.manager.username] if self.restricted else [],
            "child": {
                "person_id": child.person_id,
                "given_name": child.given,
                "family_name": child.family,
                "date_of_birth": child.dob.isoformat() if child.dob else None,
                "gender": "Female" if child.gender == "F" else "Male",
                "ethnicity": "Mixed - other mixed background" if self.mixed else self.rng.choice(ETHNICITY[child.origin]),
                "religion": self.rng.choice((None, "Christian", "Muslim", "Sikh", "Hindu", "None", "Not known")),
                "nhs_number": self.nhs,
                "address": "Withheld - confidential address (see restricted note)" if self.address_confidential else self.home.record,
                "school": self.school,
            },
            "people": [_person_record(p) for p in self.people],
            "notes": self.notes,
        }
        return self.out

    def _choose_questions(self) -> None:
        rng = self.rng
        merged: dict[str, _Candidate] = {}
        for candidate in self.candidates:
            earlier = merged.get(candidate.question)
            if earlier is not None and earlier.facts == candidate.facts:
                candidate = _Candidate(candidate.qtype, candidate.question, candidate.facts, earlier.note_ids + candidate.note_ids)
            merged[candidate.question] = candidate
        pool = list(merged.values())
        answerable = rng.sample(pool, min(len(pool), rng.randint(6, 8)))
        unanswerable = rng.sample(UNANSWERABLE, max(1, round(len(answerable) / 4)))
        chosen = [(c.qtype, c.question, c.facts, c.note_ids, True) for c in answerable]
        chosen += [(qtype, text.format(child=self.child.given), (), (), False) for qtype, text in unanswerable]
        rng.shuffle(chosen)
        for index, (qtype, question, facts, note_ids, ok) in enumerate(chosen, start=1):
            # Supervisors ask too; both they and the allocated worker may see every note of the case.
            asker = self.manager if rng.random() < 0.25 else self.worker
            self.out.questions.append(
                Question(f"{self.case_id}-Q{index:02d}", self.case_id, question, qtype, ok, facts, note_ids, asker.username)
            )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _person_record(actor: Actor) -> dict[str, object]:
    return {
        "person_id": actor.person_id,
        "given_name": actor.given,
        "family_name": actor.family,
        "relationship": actor.relationship,
        "date_of_birth": actor.dob.isoformat() if actor.dob else None,
        "phone": actor.phone,
        "address": actor.address.record if actor.address else None,
        "ni_number": actor.ni,
        "email": actor.email,
    }
