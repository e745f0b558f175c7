"""Children's journeys through services, written as sequences of notes on a `CaseWriter`.

Each episode writes its notes, declares the significant events they support and offers the
questions a social worker could ask about them, at the moment the facts are created. Routine
visits where nothing happens are written too, and are deliberately not events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from records.models import CaseStatus
from records.synthetic import dates, identifiers
from records.synthetic.actors import make_address
from records.synthetic.case_writer import CaseWriter
from records.synthetic.names import ORIGINS, Family
from records.synthetic.text import Fragment, Slot

Episode = Callable[[CaseWriter], None]


def _iso(day: dt.date) -> str:
    return day.isoformat()


# ----- front door --------------------------------------------------------------------------------

def contact(w: CaseWriter) -> None:
    source = w.rng.choice(("school", "police", "GP", "neighbour"))
    sources: dict[str, Callable[[], Slot]] = {
        "school": lambda: ["DSL ", w.dsl.full_name(), " at ", Fragment(w.school, keep="place")],
        "police": lambda: [w.rng.choice(("PC ", "DC ")), w.officer.full_name()],
        "GP": lambda: ["Dr ", w.gp.full_name()],
        "neighbour": lambda: ["a neighbour, ", w.neighbour.full_name()],
    }
    note_id = w.note("contact", {"source": sources[source]})
    w.event("contact", note_id, f"Contact from {source}")


def referral(w: CaseWriter) -> None:
    w.advance(0, 2)
    note_id = w.note("referral")
    w.event("referral", note_id, "Referral accepted by MASH")
    w.ask("what", f"What is {w.child.given}'s NHS number?", [w.nhs], [note_id])


def strategy(w: CaseWriter) -> None:
    w.advance(1, 3)
    note_id = w.note("strategy")
    w.event("strategy_discussion", note_id, "Strategy discussion; s47 enquiry agreed")
    w.ask("when", "When was the strategy discussion?", [_iso(w.day)], [note_id])


def s47(w: CaseWriter) -> None:
    w.advance(1, 3)
    quote = w.quote()
    note_id = w.note("s47", {"quote": w.fixed(quote)})
    w.seen_alone.append((w.day, note_id))
    w.event("section_47", note_id, "Section 47 enquiry visit; child seen alone")
    w.ask("quote", f"What did {w.child.given} say when seen alone on {dates.spoken(w.day)}?", [quote], [note_id])


def icpc(w: CaseWriter) -> None:
    w.advance(12, 20)
    category = w.rng.choice(("neglect", "emotional abuse", "physical abuse"))
    note_id = w.note("icpc", {"category": w.fixed(category)})
    w.event("icpc", note_id, f"ICPC: child protection plan, category {category}")
    w.ask("when", "When was the ICPC?", [_iso(w.day)], [note_id])
    w.ask("what", f"What category is {w.child.given}'s child protection plan under?", [category], [note_id])
    w.ask("who", "Who chaired the ICPC?", [w.chair.family], [note_id])
    w.status = CaseStatus.CHILD_PROTECTION


def rcpc(w: CaseWriter, ends_plan: bool) -> None:
    w.advance(7, 20)
    outcome = (
        "Plan ended; stepped down to CIN." if ends_plan else "CP plan to continue under the same category."
    )
    note_id = w.note("rcpc", {"outcome": w.fixed(outcome)})
    w.event("rcpc", note_id, "Review conference: " + ("plan ended, step down to CIN" if ends_plan else "plan continues"))
    w.ask("yes_no", f"Is {w.child.given} still on a child protection plan after the review conference?",
          ["no" if ends_plan else "yes"], [note_id])
    if ends_plan:
        w.status = CaseStatus.CHILD_IN_NEED


def assessment(w: CaseWriter) -> None:
    w.advance(10, 35)
    recommendation = w.rng.choice(("CIN plan", "CIN plan with parenting support", "CIN plan with a referral to the family hub"))
    quote = w.quote()
    sections = _ASSESSMENT_SECTIONS[w.family]
    note_id = w.note("assessment", {"recommendation": w.fixed(recommendation), "quote": w.fixed(quote)},
                     sections=sections if w.rng.random() < 0.7 else ())
    w.event("assessment", note_id, f"Single assessment completed: {recommendation}")
    w.ask("quote", f"What did {w.child.given} say during the single assessment?", [quote], [note_id])
    if w.status is not CaseStatus.CHILD_PROTECTION:
        w.status = CaseStatus.CHILD_IN_NEED


_ASSESSMENT_SECTIONS = {
    # The standard family writes the headed form in the usual order; the held-out family starts
    # from the home and ends with analysis, with no headings.
    Family.STANDARD: ("assessment_referral", "assessment_child", "assessment_parenting", "assessment_family", "assessment_analysis"),
    Family.HELDOUT: ("assessment_family", "assessment_referral", "assessment_parenting", "assessment_child", "assessment_analysis"),
}


# ----- visits and meetings -----------------------------------------------------------------------

def stat_visit(w: CaseWriter) -> None:
    w.advance(10, 20)
    quote = w.quote()
    extras = _fillers(w)
    note_id = w.note("stat_visit", {"quote": w.fixed(quote)}, extras=extras)
    w.seen_alone.append((w.day, note_id))
    w.ask("quote", f"What did {w.child.given} say when seen alone on {dates.spoken(w.day)}?", [quote], [note_id])


def cla_visit(w: CaseWriter) -> None:
    w.advance(14, 35)
    quote = w.quote()
    note_id = w.note("cla_visit", {"quote": w.fixed(quote)}, extras=_fillers(w, 0.3, placement=True))
    w.seen_alone.append((w.day, note_id))
    w.ask("quote", f"What did {w.child.given} say when seen alone on {dates.spoken(w.day)}?", [quote], [note_id])


def placement_visit(w: CaseWriter) -> None:
    w.advance(10, 25)
    w.note("placement_visit", extras=_fillers(w, 0.4, placement=True))


def routine_visit(w: CaseWriter) -> None:
    w.advance(10, 25)
    w.note("routine_visit", extras=_fillers(w, 0.6))


def core_group(w: CaseWriter) -> None:
    w.advance(5, 15)
    w.note("core_group")


def supervision(w: CaseWriter) -> None:
    w.advance(3, 12)
    w.note("supervision", author=w.manager)


def phone_call(w: CaseWriter) -> None:
    w.advance(1, 6)
    w.note("phone_call")


def cin_review(w: CaseWriter, closing: bool = False) -> None:
    w.advance(20, 45)
    progress = w.rng.choice(("school attendance", "home conditions", "Mum's engagement with services"))
    outcome = "Agreed to close CIN plan." if closing else "CIN plan to continue for 3 months."
    note_id = w.note("cin_review", {"progress": w.fixed(progress), "outcome": w.fixed(outcome)})
    if closing:
        w.event("cin_review", note_id, "CIN review agreed to close the plan")


# ----- other agencies ----------------------------------------------------------------------------

def school(w: CaseWriter) -> None:
    w.advance(3, 12)
    attendance = f"{w.rng.randint(61, 97)}%"
    note_id = w.note("school", {"attendance": w.fixed(attendance, "figure")})
    w.ask("what", f"Which school does {w.child.given} attend?", [w.school], [note_id])
    w.ask("what", f"What did the school say about {w.child.given}'s attendance on {dates.spoken(w.day)}?", [attendance], [note_id])
    w.ask("who", f"Who is the DSL at {w.school}?", [w.dsl.family], [note_id])


def exclusion(w: CaseWriter) -> None:
    w.advance(3, 15)
    days = str(w.rng.randint(2, 5))
    reason = w.rng.choice(("swearing at a teacher", "fighting in the playground", "bringing a vape to school"))
    happened = _reported_late(w)
    note_id = w.note("exclusion", {"days": w.fixed(days, "figure"), "reason": w.fixed(reason)}, event_day=happened)
    w.event("school_exclusion", note_id, f"Fixed term exclusion, {days} days", day=happened)
    w.ask("how_many", f"How many days was {w.child.given} excluded for?", [days], [note_id])


def school_move(w: CaseWriter) -> None:
    w.advance(5, 20)
    old = w.school
    w.school = w.rng.choice([s for s in w.vocab.schools_for(w.age) if s != old])
    w.dsl = w.person(w.rng.choice(ORIGINS), w.rng.choice("FM"), "DSL")
    note_id = w.note("school_move", {
        "old_school": w.fixed(old, "place"), "new_school": w.fixed(w.school, "place"),
    })
    w.event("school_move", note_id, f"Moved school from {old} to {w.school}")
    w.ask("when", f"When did {w.child.given} start at {w.school}?", [_iso(w.day)], [note_id])


def gp(w: CaseWriter) -> None:
    w.advance(2, 10)
    note_id = w.note("gp")
    w.ask("who", f"Who is {w.child.given}'s GP?", [w.gp.family], [note_id])


def camhs(w: CaseWriter) -> None:
    if w.age < 10:
        return
    w.advance(3, 15)
    worker = w.person(w.rng.choice(("british", "south_asian", "african", "irish")), w.rng.choice("FM"), "CAMHS worker")
    note_id = w.note("camhs", {"camhs": lambda: worker.full_name()})
    w.event("camhs_referral", note_id, "Referral to CAMHS")
    w.ask("when", f"When was {w.child.given} referred to CAMHS?", [_iso(w.day)], [note_id])


def hv(w: CaseWriter) -> None:
    if w.hv is None:
        return
    w.advance(5, 15)
    note_id = w.note("hv")
    w.ask("who", "Who is the health visitor?", [w.hv.family], [note_id])


def hospital(w: CaseWriter) -> None:
    w.advance(3, 20)
    reason = w.rng.choice(("a head injury after falling down the stairs", "a burn to the hand", "suspected ingestion of tablets", "a broken wrist"))
    happened = _reported_late(w)
    note_id = w.note("hospital", {"reason": w.fixed(reason)}, event_day=happened)
    w.event("hospital", note_id, f"A&E attendance: {reason}", day=happened)
    w.ask("what", f"Why did {w.child.given} go to hospital on {dates.spoken(happened)}?", [reason.split()[-1]], [note_id])


def dv(w: CaseWriter) -> None:
    w.advance(3, 20)
    happened = _reported_late(w)
    note_id = w.note("dv", event_day=happened)
    w.event("police_incident", note_id, "Police notification: domestic abuse incident at the home", day=happened)
    w.ask("yes_no", f"Have the police been called to {w.child.given}'s home because of domestic abuse?", ["yes", _iso(happened)], [note_id])
    if w.rng.random() < 0.6:
        w.advance(2, 10)
        w.home = make_address(w.rng, w.vocab.streets, w.vocab.towns)
        w.address_confidential = True
        phone = identifiers.mobile(w.rng)
        note_id = w.note("restricted_address", {"phone": lambda: w.mother.pii("PHONE", phone)}, restricted=True, author=w.worker)
        w.event("household_change", note_id, "Mother and children moved to a confidential address")


def partner(w: CaseWriter) -> None:
    if w.partner is not None:
        return
    w.advance(5, 20)
    mate = w.person(w.rng.choice(("british", "irish", "caribbean", "eastern_european", "grt")), "M", "Mother's partner",
                    age=w.age + w.rng.randint(20, 35))
    w.partner = mate
    slots = {
        "partner_full": mate.full_name,
        "partner_short": mate.first,
        "partner_dob": lambda: mate.pii("DOB", dates.dob(mate.dob or w.day)),
        "partner_phone": lambda: mate.pii("PHONE", mate.phone or ""),
    }
    note_id = w.note("partner", slots)
    w.event("household_change", note_id, "Mother's new partner moved into the home")
    w.ask("who", "What is the name of Mum's new partner?", [mate.family], [note_id])


def separation(w: CaseWriter) -> None:
    w.advance(5, 20)
    elsewhere = make_address(w.rng, w.vocab.streets, w.vocab.towns)
    slots = {
        "father_address": lambda: w.father.pii("ADDRESS", elsewhere.line),
        "father_postcode": lambda: w.father.pii("POSTCODE", elsewhere.postcode),
    }
    note_id = w.note("separation", slots)
    w.event("household_change", note_id, "Parents separated; father moved out")


def birth(w: CaseWriter) -> None:
    w.advance(10, 40)
    gender = w.rng.choice("FM")
    baby = w.person(w.mother.origin, gender, "Sibling", family_name=w.child.family, age=0, adult=False)
    if w.hv is None:
        w.hv = w.person(w.rng.choice(("british", "irish", "african", "south_asian")), "F", "Health visitor")
    note_id = w.note("birth", {"baby": baby.first})
    w.event("household_change", note_id, "Birth of a sibling")
    w.ask("when", f"When was {w.child.given}'s new baby sibling born?", [_iso(w.day)], [note_id])


def death(w: CaseWriter) -> None:
    w.advance(10, 40)
    note_id = w.note("death", {"grandparent": lambda: w.mgm.any_form(w.rng)})
    w.event("household_change", note_id, "Death of the maternal grandmother")
    w.ask("when", f"When did {w.child.given}'s maternal grandmother die?", [_iso(w.day)], [note_id])


def restricted_adoption(w: CaseWriter) -> None:
    w.advance(3, 15)
    sibling = w.person(w.mother.origin, w.rng.choice("FM"), "Sibling (adopted)", age=max(1, w.age - w.rng.randint(1, 4)), adult=False)
    adopters = w.person(w.rng.choice(ORIGINS), "F", None)
    w.note("restricted_adoption", {"adopted": sibling.first, "adopter": adopters.full_name}, restricted=True, author=w.worker)


def restricted_health(w: CaseWriter) -> None:
    if w.age < 14:
        return
    w.advance(3, 15)
    w.note("restricted_health", restricted=True, author=w.worker)


# ----- looked after ------------------------------------------------------------------------------

def placement_start(w: CaseWriter) -> None:
    legal = w.rng.choice(("s20", "an Interim Care Order"))
    if legal != "s20":
        w.advance(1, 5)
        note_id = w.note("court", _order("an Interim Care Order"))
        w.event("court", note_id, "Interim Care Order granted")
    _new_carers(w)
    w.advance(0, 2)
    home = make_address(w.rng, w.vocab.streets, w.vocab.towns)
    assert w.carers is not None
    first, second = w.carers
    note_id = w.note("placement_start", {
        "carer": lambda: first.full_name(), "carer2": lambda: second.full_name(),
        "placement_address": lambda: first.pii("ADDRESS", home.line),
        "placement_postcode": lambda: first.pii("POSTCODE", home.postcode),
        "legal": w.fixed(legal),
    })
    w.event("placement_move", note_id, f"Became looked after ({legal}); placed with foster carers")
    w.ask("what", f"What was {w.child.given}'s legal status when they came into care?", [legal.replace("an ", "")], [note_id])
    w.status = CaseStatus.LOOKED_AFTER


def _new_carers(w: CaseWriter) -> None:
    origin = w.rng.choice(("british", "caribbean", "south_asian", "irish", "african"))
    surname = w.rng.choice(w.vocab.names[origin].family)
    w.carers = (
        w.person(origin, "F", "Foster carer", family_name=surname, age=w.rng.randint(35, 60)),
        w.person(origin, "M", "Foster carer", family_name=surname, age=w.rng.randint(35, 60)),
    )


def cla_review(w: CaseWriter) -> None:
    w.advance(15, 40)
    if w.iro is None:
        w.iro = w.person(w.rng.choice(("british", "african", "south_asian", "eastern_european")), w.rng.choice("FM"), "IRO")
    iro = w.iro
    quote = w.quote()
    note_id = w.note("cla_review", {"iro": lambda: iro.full_name(), "quote": w.fixed(quote)})
    w.event("cla_review", note_id, "CLA review chaired by the IRO")
    w.ask("who", f"Who is {w.child.given}'s IRO?", [iro.family], [note_id])


def missing(w: CaseWriter) -> None:
    assert w.carers is not None
    w.advance(5, 25)
    carer = w.carers[0]
    late = w.rng.random() < 0.4
    happened = w.day - dt.timedelta(days=1) if late else w.day
    note_id = w.note("missing_late" if late else "missing", {"carer": lambda: carer.any_form(w.rng)}, event_day=happened)
    w.event("missing_episode", note_id, "Missing from placement", day=happened)
    w.missing_days.append((happened, note_id))
    w.advance(1, 3)
    quote = w.quote()
    rhi_id = w.note("rhi", {"quote": w.fixed(quote)})
    w.event("return_home_interview", rhi_id, "Return home interview completed")


def placement_move(w: CaseWriter) -> None:
    assert w.carers is not None
    w.advance(10, 40)
    old = w.carers[0]
    reason = w.rng.choice(("carers giving notice", "an allegation against the placement", "a move to be nearer school"))
    _new_carers(w)
    first, second = w.carers
    note_id = w.note("placement_move", {
        "old_carer": lambda: old.titled() if w.rng.random() < 0.5 else [old.full_name()],
        "carer": lambda: first.full_name(), "carer2": lambda: second.full_name(), "reason": w.fixed(reason),
    })
    w.event("placement_move", note_id, f"Placement move following {reason}")
    w.ask("who", f"Who are {w.child.given}'s foster carers now?", [first.family], [note_id])


def pep(w: CaseWriter) -> None:
    w.advance(5, 20)
    quote = w.quote()
    pep_note = w.rng.choice(("Targets set for reading and maths.", "Pupil premium plus used for tutoring.", "EHCP in place for SEMH needs."))
    w.note("pep", {"pep_note": w.fixed(pep_note), "quote": w.fixed(quote)})


def final_hearing(w: CaseWriter) -> None:
    w.advance(30, 90)
    note_id = w.note("court", _order("a final Care Order"))
    w.event("court", note_id, "Final Care Order made")
    w.ask("when", f"When was the final care order made for {w.child.given}?", [_iso(w.day)], [note_id])


# ----- leaving care and early help ---------------------------------------------------------------

def pathway_plan(w: CaseWriter) -> None:
    w.advance(20, 60)
    activity, place = w.rng.choice((
        ("studying at college", "college"), ("working in a warehouse", "work"), ("NEET and looking for work", "the job centre"),
    ))
    quote = w.quote()
    note_id = w.note("pathway_plan", {"activity": w.fixed(activity), "activity_place": w.fixed(place), "quote": w.fixed(quote)})
    w.ask("who", f"Who is {w.child.given}'s personal adviser?", [w.worker.actor.family], [note_id])
    w.ask("quote", f"What did {w.child.given} say at the pathway plan review on {dates.spoken(w.day)}?", [quote], [note_id])
    w.ask("what", f"Is {w.child.given} in education, work or training?", [activity.split()[-1]], [note_id])


def yot(w: CaseWriter) -> None:
    if w.age < 12:
        return
    w.advance(5, 25)
    offence = w.rng.choice(("shoplifting", "criminal damage to a bus shelter", "possession of cannabis"))
    worker = w.person(w.rng.choice(ORIGINS), w.rng.choice("FM"), "YOT worker")
    note_id = w.note("yot", {"offence": w.fixed(offence), "yot": lambda: worker.any_form(w.rng)})
    w.event("youth_justice", note_id, f"Referral order at youth court ({offence})")
    w.ask("who", f"Who is {w.child.given}'s YOT worker?", [worker.family], [note_id])


def positive(w: CaseWriter) -> None:
    """Positives belong in a chronology too."""
    w.advance(5, 20)
    note_id = w.note("positive")
    w.event("positive_change", note_id, "Positive change recorded")


def pa_visit(w: CaseWriter) -> None:
    w.advance(14, 40)
    w.note("pa_visit")


def early_help(w: CaseWriter) -> None:
    w.advance(7, 21)
    if w.rng.random() < 0.35:
        quote = w.quote()
        note_id = w.note("direct_work", {"quote": w.fixed(quote)}, extras=_fillers(w, 0.3))
        w.ask("quote", f"What did {w.child.given} say in direct work on {dates.spoken(w.day)}?", [quote], [note_id])
    else:
        w.note("early_help", extras=_fillers(w, 0.3))


def closure(w: CaseWriter, reason: str) -> None:
    w.advance(10, 30)
    note_id = w.note("closure", {"closure_reason": w.fixed(reason)}, author=w.manager)
    w.event("closure", note_id, "Case closed")
    w.ask("when", f"When was {w.child.given}'s case closed?", [_iso(w.day)], [note_id])
    w.status = CaseStatus.CLOSED


# ----- helpers -----------------------------------------------------------------------------------

def _reported_late(w: CaseWriter) -> dt.date:
    """The day an incident happened: police, hospitals and schools often tell us days later,
    and the note (dated when written) states the real day, sometimes as 'yesterday' or 'last Tuesday'."""
    return w.day - dt.timedelta(days=w.rng.choice((0, 0, 0, 1, 2, 3, 4, 5)))


def _order(with_article: str) -> dict[str, Callable[[], Slot]]:
    """'an Interim Care Order' for narrative, 'Interim Care Order' at the start of a sentence."""
    bare = with_article.split(" ", 1)[1]
    return {"order": lambda: with_article, "order_cap": lambda: bare[:1].upper() + bare[1:]}


def _fillers(w: CaseWriter, chance: float = 0.45, placement: bool = False) -> list[str]:
    """Up to two sentences that carry traps: a pet, a place, a neighbour, a name used as a word, an email.

    In a placement the family's pet, neighbour and email are not there, so only words and places are.
    """
    kinds = ["extra_word", "extra_place_cla"] if placement else ["extra_word", "extra_pet", "extra_place", "extra_neighbour", "extra_email"]
    if w.siblings and not placement:
        kinds.append("extra_sibling")
    if w.email_given:  # a worker records a new email once, not at every visit
        kinds = [kind for kind in kinds if kind != "extra_email"]
    chosen = [kind for kind in kinds if w.rng.random() < chance / 2][:2]
    w.email_given = w.email_given or "extra_email" in chosen
    return chosen
