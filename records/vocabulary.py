"""Canonical note types and the export labels that map to them.

Exports write note types as free text ("S47", "Strategy Meeting", "Missing From Care"). Retrieval
filters, chronologies and evaluations need one canonical name per kind of event, so every label
is normalised (case, punctuation, spacing) and looked up here; unknown labels become `case_note`
and are counted in the import summary.
"""

from __future__ import annotations

import re
from enum import StrEnum


class NoteType(StrEnum):
    CONTACT = "contact"
    REFERRAL = "referral"
    STRATEGY_DISCUSSION = "strategy_discussion"
    SECTION_47 = "section_47"
    ICPC = "icpc"
    RCPC = "rcpc"
    CORE_GROUP = "core_group"
    HOME_VISIT = "home_visit"
    STATUTORY_VISIT = "statutory_visit"
    ASSESSMENT = "assessment"
    PLACEMENT_MOVE = "placement_move"
    MISSING_EPISODE = "missing_episode"
    RETURN_HOME_INTERVIEW = "return_home_interview"
    COURT = "court"
    CLA_REVIEW = "cla_review"
    POLICE_INCIDENT = "police_incident"
    HOSPITAL = "hospital"
    HEALTH = "health"
    SCHOOL_LIAISON = "school_liaison"
    PHONE_CALL = "phone_call"
    SUPERVISION = "supervision"
    CIN_REVIEW = "cin_review"
    PATHWAY_PLAN = "pathway_plan"
    CLOSURE = "closure"
    CASE_NOTE = "case_note"


_LABELS: dict[NoteType, tuple[str, ...]] = {
    NoteType.CONTACT: ("contact", "initial contact", "mash contact", "contact record", "mash enquiry"),
    NoteType.REFERRAL: ("referral", "mash referral", "new referral", "re referral", "rereferral", "referral received"),
    NoteType.STRATEGY_DISCUSSION: (
        "strategy discussion", "strategy meeting", "strategy", "strat meeting", "strat disc",
        "strategy discussion meeting", "s47 strategy discussion",
    ),
    NoteType.SECTION_47: (
        "s47", "s 47", "section 47", "section 47 enquiry", "s47 enquiry", "s47 investigation",
        "child protection enquiry", "cp enquiry", "joint investigation",
    ),
    NoteType.ICPC: ("icpc", "initial child protection conference", "initial cp conference", "initial conference"),
    NoteType.RCPC: ("rcpc", "review child protection conference", "review cp conference", "cp review conference", "review conference"),
    NoteType.CORE_GROUP: ("core group", "core group meeting", "cgm"),
    NoteType.HOME_VISIT: ("home visit", "hv", "visit", "unannounced visit", "unannounced home visit", "announced visit", "home visit cin"),
    NoteType.STATUTORY_VISIT: (
        "statutory visit", "stat visit", "cp visit", "cla visit", "lac visit", "statutory visit cla",
        "statutory visit cp", "child seen", "child seen alone",
    ),
    NoteType.ASSESSMENT: ("assessment", "single assessment", "c and f assessment", "child and family assessment", "assessment visit"),
    NoteType.PLACEMENT_MOVE: ("placement move", "placement change", "change of placement", "placement start", "placement ended", "new placement"),
    NoteType.MISSING_EPISODE: ("missing episode", "missing from care", "missing from home", "mfh", "mfc", "missing", "missing person report"),
    NoteType.RETURN_HOME_INTERVIEW: ("return home interview", "rhi", "return interview", "return home interview rhi"),
    NoteType.COURT: ("court", "court hearing", "court order", "legal", "legal planning meeting", "plo meeting", "care proceedings", "court directions"),
    NoteType.CLA_REVIEW: ("cla review", "lac review", "cic review", "looked after review", "iro review", "looked after child review"),
    NoteType.POLICE_INCIDENT: (
        "police notification", "police incident", "dv notification", "domestic abuse notification",
        "police", "pvp", "vulnerable person report", "police report", "dv incident",
    ),
    NoteType.HOSPITAL: ("hospital", "hospital attendance", "a and e attendance", "a e attendance", "ae attendance", "hospital admission", "ed attendance"),
    NoteType.HEALTH: ("health", "health visitor", "gp", "gp liaison", "camhs", "health liaison", "health assessment", "iha", "rha", "camhs liaison"),
    NoteType.SCHOOL_LIAISON: ("school", "school liaison", "education", "dsl contact", "school contact", "pep", "pep meeting", "education liaison"),
    NoteType.PHONE_CALL: ("phone call", "telephone call", "tel call", "telephone", "call"),
    NoteType.SUPERVISION: ("supervision", "case supervision", "management oversight", "manager oversight", "mo"),
    NoteType.CIN_REVIEW: ("cin review", "child in need review", "cin meeting", "cin plan review"),
    NoteType.PATHWAY_PLAN: ("pathway plan", "pathway plan review", "pa visit", "personal adviser visit", "leaving care"),
    NoteType.CLOSURE: ("closure", "case closure", "case closed", "closure summary", "step down", "step down to early help", "nfa", "transfer"),
    NoteType.CASE_NOTE: ("case note", "case recording", "note", "general note", "other"),
}


def normalise_label(label: str) -> str:
    """Lower-case, '&' as 'and', punctuation to spaces, spaces collapsed, "s 47" as "s47"."""
    text = label.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"\bs (\d+)\b", r"s\1", text)
    return re.sub(r"\s+", " ", text).strip()


_LOOKUP: dict[str, NoteType] = {
    normalise_label(label): kind for kind, labels in _LABELS.items() for label in labels
}
_LOOKUP.update({normalise_label(kind.value): kind for kind in NoteType})


def canonical_type(label: str) -> NoteType | None:
    """The canonical type of an export label, or None when the label is unknown."""
    return _LOOKUP.get(normalise_label(label))


def map_type(label: str) -> NoteType:
    """The canonical type, falling back to `case_note` for unknown labels."""
    return canonical_type(label) or NoteType.CASE_NOTE


def known_labels() -> dict[NoteType, tuple[str, ...]]:
    """The documented vocabulary, for docs and tests."""
    return dict(_LABELS)
