"""How exports label things: note-type labels per kind of note, titles, ethnicity categories, teams.

The labels are deliberately varied and export-like ("S47", "Strat Meeting", "MFC"); a few are
not in records/vocabulary.py so imports meet unknown labels as real exports do.
"""

from __future__ import annotations

ETHNICITY: dict[str, tuple[str, ...]] = {
    "british": ("White British",),
    "irish": ("White Irish",),
    "south_asian": ("Asian or Asian British - Indian", "Asian or Asian British - Pakistani", "Asian or Asian British - Bangladeshi"),
    "african": ("Black or Black British - African",),
    "caribbean": ("Black or Black British - Caribbean",),
    "eastern_european": ("White - any other White background",),
    "arabic": ("Other ethnic group - Arab",),
    "east_asian": ("Asian or Asian British - Chinese", "Asian or Asian British - any other Asian background"),
    "grt": ("White - Gypsy or Roma", "White - Traveller of Irish heritage"),
    "latin_american": ("Other ethnic group - any other",),
}

JOURNEY_TEAMS = {
    "cp": "North CP", "cin": "South CIN", "lac": "Children in Care", "leaver": "Leaving Care", "early_help": "Early Help",
}

LABELS: dict[str, tuple[str, ...]] = {
    "contact": ("Contact", "MASH Contact", "Initial Contact"),
    "referral": ("MASH Referral", "Referral", "New Referral"),
    "strategy": ("Strategy Meeting", "Strategy Discussion", "Strat Meeting"),
    "s47": ("S47", "Section 47 Enquiry", "s47 investigation"),
    "icpc": ("ICPC", "Initial Child Protection Conference"),
    "core_group": ("Core Group", "Core Group Meeting", "CGM"),
    "rcpc": ("RCPC", "Review CP Conference"),
    "stat_visit": ("Stat Visit", "Statutory Visit", "CP Visit", "Child Seen Alone"),
    "cla_visit": ("CLA Visit", "LAC Visit", "Statutory Visit CLA", "Stat Visit"),
    "placement_visit": ("Visit", "Home Visit", "CLA Visit", "Placement Visit"),
    "routine_visit": ("Home Visit", "Visit", "Unannounced Visit", "Home visit - CIN"),
    "school": ("School Liaison", "Education", "DSL Contact"),
    "exclusion": ("School", "Education", "Exclusion Notification"),
    "school_move": ("Education", "School Liaison"),
    "pep": ("PEP", "PEP Meeting"),
    "gp": ("GP Liaison", "Health", "GP"),
    "camhs": ("CAMHS", "Health Liaison", "CAMHS Referral"),
    "hv": ("Health Visitor", "Health"),
    "dv": ("DV Notification", "Police Notification", "Domestic Abuse Notification"),
    "hospital": ("A&E Attendance", "Hospital Attendance", "Hospital"),
    "partner": ("Case Note", "Case Note", "Household Change", "Change of Circumstances"),
    "separation": ("Case Note", "Household Change"),
    "birth": ("Case Note", "Birth Notification"),
    "death": ("Case Note", "Bereavement"),
    "supervision": ("Supervision", "Management Oversight", "Case Supervision"),
    "assessment": ("Single Assessment", "Assessment", "C&F Assessment"),
    "cin_review": ("CIN Review", "CIN Meeting"),
    "placement_start": ("Placement Start", "New Placement"),
    "placement_move": ("Placement Move", "Change of Placement"),
    "cla_review": ("LAC Review", "CLA Review", "CiC Review"),
    "missing": ("Missing From Care", "MFC", "Missing Episode"),
    "missing_late": ("Missing From Care", "Missing Person Report"),
    "rhi": ("RHI", "Return Home Interview"),
    "court": ("Court Hearing", "Care Proceedings", "Court"),
    "pathway_plan": ("Pathway Plan", "PA Visit", "Pathway Plan Review"),
    "early_help": ("Home Visit", "Visit", "Early Help Session", "EH Keywork"),
    "yot": ("Court", "YOT", "Legal"),
    "positive": ("Case Note", "Case Note", "Progress Update", "Significant Event"),
    "pa_visit": ("PA Visit", "Personal Adviser Visit", "Leaving Care"),
    "direct_work": ("Direct Work", "Child Seen", "Child Seen Alone", "Case Note"),
    "closure": ("Case Closure", "Closure", "Step Down to Early Help"),
    "restricted_address": ("Case Note", "Confidential Note"),
    "restricted_health": ("Health", "Confidential Note"),
    "restricted_adoption": ("Confidential Note", "Adoption", "Case Note"),
    "phone_call": ("Phone Call", "Tel Call", "Telephone"),
}

UNANSWERABLE: tuple[tuple[str, str], ...] = (
    # (qtype, question): topics no template ever writes about, so "not recorded" is the right answer.
    ("who", "Who is {child}'s dentist?"),
    ("what", "What is {child}'s blood group?"),
    ("when", "When did {child} last have an eye test at the optician?"),
    ("yes_no", "Does {child} have a passport?"),
    ("when", "When was the last family group conference for {child}?"),
    ("how_many", "How many times has {child} been to the orthodontist?"),
    ("quote", "What did {child} say about the school trip to France?"),
)


TITLES = {
    "s47": "Section 47 enquiry visit", "icpc": "Initial child protection conference", "rcpc": "Review child protection conference",
    "gp": "GP liaison", "cla_review": "CLA review", "cla_visit": "Statutory visit (CLA)", "dv": "Police notification",
    "rhi": "Return home interview", "missing_late": "Missing episode (reported next day)", "missing": "Missing episode",
    "partner": "Change in household", "separation": "Change in household", "birth": "Birth of sibling", "death": "Bereavement",
    "restricted_address": "Confidential", "restricted_health": "Confidential", "restricted_adoption": "Confidential", "hv": "Health visitor", "pep": "PEP",
    "camhs": "CAMHS referral", "school": "School liaison", "stat_visit": "Statutory visit", "routine_visit": "Home visit",
}


def title(kind: str) -> str:
    return TITLES.get(kind, kind.replace("_", " ").capitalize())
