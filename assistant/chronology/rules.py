"""The kinds of significant event and the phrases that evidence them: the selection rules as data.

Each rule names an event type (the gold vocabulary: canonical note types plus finer labels such as
`household_change` and `school_exclusion`), how a supervisor reads it in a pattern line, the
phrases that affirm it in any note, and the note types that are significant by themselves. Order
matters: a note is filed under the first rule one of its sentences affirms. Adding a kind of event
is adding a rule here and a row to the selection table in tests/test_chronology_selection.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from records.vocabulary import NoteType


@dataclass(frozen=True)
class EventRule:
    """One kind of significant event: the phrases that evidence it and the note types that imply it."""

    event_type: str
    label: str
    plural: str
    phrases: tuple[str, ...]
    native_types: frozenset[NoteType] = frozenset()
    in_quotes: bool = False
    """Whether a phrase inside quoted words counts: a child saying a new man lives there does."""

    def pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in self.phrases), re.IGNORECASE)


def _rule(event_type: str, label: str, plural: str, phrases: tuple[str, ...], *native: NoteType) -> EventRule:
    return EventRule(event_type, label, plural, phrases, frozenset(native), in_quotes=event_type in _SAID_MATTERS)


_SAID_MATTERS = frozenset({"disclosure", "injury", "household_change"})


# fmt: off
RULES: tuple[EventRule, ...] = (
    _rule("missing_episode", "missing episode", "missing episodes", (
        r"\b(?:reported|went|go|gone|was|were|been|is) missing\b", r"\bmissing (?:episode|from (?:home|care|placement))\b",
        r"\bmissing person\b", r"\bmf[hc]\b", r"\babsconded\b", r"\bdid not return (?:home|to (?:the |her |his |their )?placement)\b",
        r"\b(?:had|has|did) not (?:come|returned?) (?:home|back)\b", r"\b(?:didn't|hadn't|hasn't) (?:come|returned?) (?:home|back)\b",
        r"\bawol\b", r"\bwhereabouts (?:were |are |was |is |remain(?:ed)? )?unknown\b", r"\bfailed to return\b", r"\babsent from (?:the |her |his |their )?(?:placement|home|care)\b",
    ), NoteType.MISSING_EPISODE),
    _rule("return_home_interview", "return home interview", "return home interviews", (
        r"\breturn (?:home )?interview (?:was )?(?:completed|held|done|carried out)\b",
        r"\b(?:rhi|rhis|return home talk|return conversation) (?:was |were )?(?:completed|held|done|carried out|took place)\b",
    ), NoteType.RETURN_HOME_INTERVIEW),
    _rule("strategy_discussion", "strategy discussion", "strategy discussions", (
        r"\bstrategy (?:discussion|meeting) (?:was )?(?:held|took place|convened)\b",
        r"\bstrat(?:egy)? (?:disc(?:ussion)?|meeting|mtg) (?:today|this (?:morning|afternoon)|with|chaired by|attended by)\b",
        r"\b(?:marac|mace|mars|cse|cce|exploitation|complex strategy|lado|professionals'?) (?:risk )?(?:meeting |panel |conference )?"
        r"(?:was |were )?(?:held|heard|met|took place|convened|today|yesterday|on (?=\d|the \d|mon|tue|wed|thu|fri|sat|sun))",
        r"\b(?:heard|presented|discussed|considered) at (?:the )?(?:marac|mace|mars|lado|exploitation)\b(?! (?:next|on the next))",
        r"\b(?:lado|allocation|evaluation) meeting (?:was )?(?:held |took place )?(?:yesterday|today|this (?:morning|afternoon)|on \w)",
        r"^(?:marac|mace|mars|strategy (?:discussion|meeting)|complex strategy(?: meeting)?)\s*[:\-–]?\s*"
        r"(?:\d{1,2}[/.]\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
        r"\ballegation\b[^.;]{0,80}\b(?:found to be|was|is|has been|deemed|concluded as) (?:un)?(?:substantiated|founded|unfounded|malicious|false)\b",
    ), NoteType.STRATEGY_DISCUSSION),
    _rule("section_47", "section 47 enquiry", "section 47 enquiries", (
        r"\bs\.?\s?47 (?:enquiry|enquiries|investigation) (?:was )?(?:started|concluded|completed|outcome)\b",
        r"\bsection 47 (?:enquiry|enquiries|investigation) (?:was )?(?:started|concluded|completed)\b",
        r"\bjoint investigation\b",
        r"\b(?:s\.?\s?47|section 47)(?: enquiry| enquiries| investigation)? (?:outcome|initiated|commenced|agreed)\b",
        r"\b(?:initiate|start|proceed to|commence)d? (?:a |the )?(?:s\.?\s?47|section 47)\b",
        r"\b(?:abe|achieving best evidence|video(?:ed)?|visually recorded) interview (?:was )?(?:completed|done|held|took place|conducted|carried out)\b",
        r"\b(?:completed|conducted|had|did|gave) (?:an? |the |her |his )?(?:abe|achieving best evidence|video(?:ed)?) interview\b",
        r"\b(?:abe|achieving best evidence)\b(?: (?:video |visually recorded )?interview)?[^.;]{0,40}?\b(?:was |were )?"
        r"(?:completed|done|held|took place|conducted|carried out)\b",
    ), NoteType.SECTION_47),
    _rule("icpc", "initial child protection conference", "initial child protection conferences", (
        r"\binitial (?:child protection |cp )?conference (?:was )?(?:held|took place|convened)\b",
        r"\bicpc (?:was )?(?:held|took place|convened|decided|agreed)\b",
        r"\b(?:icpc|initial (?:child protection |cp )?conference) (?:today|this (?:morning|afternoon))\b", r"^icpc\s*[:\-–]",
    ), NoteType.ICPC),
    _rule("rcpc", "review child protection conference", "review child protection conferences", (
        r"\breview (?:child protection |cp )conference (?:was )?(?:held|took place)\b", r"\brcpc (?:was )?(?:held|took place|decided|agreed)\b",
        r"\b(?:rcpc|review (?:child protection |cp )conference) (?:today|this (?:morning|afternoon))\b", r"^rcpc\s*[:\-–]",
    ), NoteType.RCPC),
    _rule("cla_review", "looked after review", "looked after reviews", (
        r"\b(?:cla|lac|cic|looked after|iro) review (?:was )?(?:held|took place|chaired)\b",
    ), NoteType.CLA_REVIEW),
    _rule("plan_change", "plan change", "plan changes", (
        r"\b(?:became|made|now) (?:the )?subjects? (?:to|of) (?:a |child protection |cp )?(?:child protection|cp|child in need|cin) plans?\b",
        r"\bplaced on (?:a )?(?:child protection|cp) plans?\b",
        r"\b(?:child protection|cp) plan (?:was |has been )?(?:ended|ceased|discontinued|removed)\b",
        r"\bstepped (?:down|up) (?:from (?:a )?(?:child protection|cp|cin|child in need) plan )?to (?:a )?(?:cin|child in need|child protection|cp)\b",
        r"\bstep(?:ped)?[- ]up (?:from [^.;]{1,50} )?to (?:a )?(?:cin|child in need|child protection|cp|children'?s social care|statutory)",
    )),
    _rule("cin_review", "child in need review", "child in need reviews", (
        r"\b(?:agreed|decision|decided) to (?:close|end) (?:the )?(?:cin |child in need )?plan\b",
        r"\b(?:cin|child in need) plan (?:was |has been |to be )?(?:closed|ended|escalated)\b",
        r"\b(?:cin|child in need) (?:review|meeting) (?:was )?(?:held|took place|met|chaired)\b",
    ), NoteType.CIN_REVIEW),
    _rule("assessment", "assessment completed", "assessments completed", (
        r"\b(?:single|child and family|c&f) assessment (?:was )?(?:completed|concluded|signed off)\b",
        r"\b(?:early help|eha|family help|joint(?: housing)?(?: and children's services)?|age|parenting|pams|pre-?birth|viability|connected persons?|kinship|"
        r"special guardianship|sgo|fostering|form f|care act|carer'?s|s\.?\s?17|section 17|cin) assessment\b(?:[^.;:]{0,30})? "
        r"(?:was |has been |is )?(?:completed|concluded|signed off|authorised|finished|done|accepted|disputed)\b",
        r"\bage assessment\b[^.;]{0,40}\b(?:outcome|concluded|completed|found|accepted|assessed as)\b",
    ), NoteType.ASSESSMENT),
    _rule("court", "court hearing or order", "court hearings and orders", (
        r"\b(?:court|final|interim|first|further|contested|case management|issues resolution|fact[- ]finding) hearing\b", r"\bcare proceedings (?:were |have been )?(?:issued|started)\b",
        r"\bjudge?ment (?:was )?(?:given|handed down|delivered)\b",
        r"\b(?:interim )?care order (?:was |has been )?(?:made|granted|renewed|discharged)\b",
        r"\b(?:supervision|placement|emergency protection|special guardianship|child arrangements|non-?molestation|occupation) order (?:was |has been )?(?:made|granted|discharged)\b",
        r"\b(?:ico|sgo|epo|iso|cao)s? (?:was |were |has been |have been )?(?:made|granted|renewed|extended|discharged)\b",
        r"\b(?:fhdra|dra|irh|cmh|ifh|frh|ffh|epo hearing)\b(?= (?:on|at|held|today|yesterday|was|took place)\b)",
        r"\b(?:obtained|granted|made|issued|served|got) (?:an? |the )?(?:without notice |ex parte |interim |final )?"
        r"(?:non-?mol(?:estation)?|occupation|prohibited steps|specific issue|child arrangements|care|supervision|placement|"
        r"special guardianship|emergency protection|interim care|ico|sgo|cao|epo)(?: order)?\b(?! application)",
        r"\bnon-?mol(?:estation)?(?: order)? (?:was |has been )?(?:made|granted|obtained|served|extended|made final)\b",
        r"\border (?:was |has been )?made final\b",
        r"\bplo (?:meeting|review|letter) (?:was )?(?:held|took place|sent|issued|on \d|today|yesterday)\b",
        r"\b(?:ended|concluded|closed|exited|came out of|stepped down from) (?:the )?(?:pre-?proceedings|plo)\b",
        r"\b(?:which|that) ended pre-?proceedings\b",
        r"\b(?:care proceedings|proceedings) (?:were |have been )?(?:issued|concluded|ended|withdrawn)\b",
    ), NoteType.COURT),
    _rule("legal_status", "legal status change", "legal status changes", (
        r"\b(?:accommodated|became looked after) under (?:section|s\.?) ?20\b", r"\bsection 20 (?:agreement|consent) (?:was )?(?:signed|given|withdrawn)\b",
        r"\bs\.?20 (?:agreement|consent) (?:was )?(?:signed|given|withdrawn)\b", r"\b(?:taken|placed) (?:in|into) police protection\b", r"\bturned 18\b", r"\bnow a care leaver\b",
        r"\b(?:used|exercised|invoked) (?:their )?(?:police )?powers of (?:police )?protection\b",
        r"\bsigned (?:the )?(?:s\.?\s?20|section 20)\b",
    )),
    _rule("placement_move", "placement move", "placement moves", (
        r"\bplacement (?:move|change|ended|breakdown|broke down|disruption|disrupted)\b", r"\bnew placement\b",
        r"\b(?:moved|moving|transferred)(?: [\w.]+){0,4} (?:to|into) (?:a |an |the )?(?:new |emergency |long[- ]term )?(?:placement|foster|carers?\b|children'?s home|residential|kinship|semi-independent|supported (?:accommodation|lodgings))",
        r"\bthe move (?:went (?:to plan|well|ahead)|happened|took place|was completed)\b",
        r"\bnow (?:placed )?with (?:her|his|their|the) (?:new |long[- ]term )*(?:foster )?carers?\b",
        r"\bplaced (?:with|in) (?:foster|emergency|kinship|a children|residential|connected)",
    ), NoteType.PLACEMENT_MOVE),
    _rule("youth_justice", "youth justice outcome", "youth justice outcomes", (
        r"\breferral order\b", r"\byouth court\b", r"\b(?:youth )?conditional caution\b", r"\b(?:was |been )?charged with\b",
        r"\byouth caution\b", r"\b(?:given|received|issued|accepted) (?:a |an )?(?:formal |police )?caution\b",
        r"\b(?:youth rehabilitation|reparation) order\b", r"\bcommunity resolution\b",
        r"\b(?:youth |police )?diversion (?:programme|scheme|assessment|panel|order)\b", r"\bdeferred prosecution\b",
        r"\b(?:released under investigation|rui'?d)\b", r"\bno comment interview\b", r"\binterviewed (?:under caution|with (?:an |the )?appropriate adult)\b",
        r"\b(?:released|bailed) (?:on|with) (?:police |conditional )?bail\b", r"\b(?:was |been )?(?:sentenced|convicted)\b", r"\b(?:pleaded|pled) (?:not )?guilty\b",
        r"\b(?:cps|crown prosecution service)\b[^.;]{0,40}\b(?:no further action|nfa'?d?)\b", r"\bno longer under investigation\b",
        r"\b(?:rui|bail) (?:was )?(?:ended|lifted|cancelled)\b",
        r"\b(?:nrm|reasonable grounds|conclusive grounds)\b[^.;]{0,30}\bdecision\b(?! (?:is |was )?(?:awaited|pending|due|expected|can|could|may|will|would|takes?)\b)",
    )),
    _rule("police_incident", "police incident", "police incidents", (
        r"\bpolice (?:were |was )?(?:called|attended|notification|incident|call[- ]?out)\b", r"\bcalled (?:the )?police\b", r"\bpolice (?:came|went) (?:out|round)\b", r"\bofficers (?:attended|were called|came out)\b", r"\b999 call\b",
        r"\b(?:dv|domestic abuse|domestic violence|domestic) (?:incident|notification)\b", r"\barrested\b", r"\bpvp\b", r"\bppn\b",
        r"\bvulnerable person report\b",
        r"\bpassports? (?:were |was |have been |has been )?(?:handed (?:in|over)|surrendered|seized)\b(?! (?:by|within|before) )",
        r"\b(?:handed (?:in|over)|surrendered|seized) (?:(?:his|her|their|the|all|both|four|three|two|[\w'’-]+'s) ){0,3}(?:[\w-]+ ){0,2}passports?\b",
        r"\bbritish transport police\b", r"\bbtp\b",
    ), NoteType.POLICE_INCIDENT),
    _rule("hospital", "hospital attendance", "hospital attendances", (
        r"\b(?:attended|admitted to|taken to|presented (?:at|to)|brought to|discharged from) (?:the )?(?:a ?& ?e|a and e|hospital|emergency department|ed|minor injuries)\b",
        r"\bhospital (?:attendance|admission)\b", r"\bsectioned\b",
        r"\b(?:treated|seen|went) (?:at|in|to) (?:the )?(?:a ?& ?e|urgent (?:treatment|care) centre|walk-in centre|minor injuries(?: unit)?|emergency department)\b",
        r"\b(?:treated|seen|went|taken) (?:at|in|to|by) (?:the |an )?(?:emergency|urgent|out of hours) dental (?:service|clinic|hospital|appointment)\b", r"\badmitted to (?:the )?(?:[\w']+ ){0,2}(?:ward|picu|nicu|icu)\b", r"\boverdose\b", r"\bblue[- ]lighted\b", r"\b(?:admitted|kept in) overnight\b",
        r"\b(?:had|suffered) (?:a|his|her) (?:first )?(?:[\w-]+ )?(?:seizure|fit)\b", r"\b(?:taken |went |conveyed )?by ambulance to\b",
        r"\b(?:transferred|taken|conveyed|rushed|blue[- ]lighted|admitted)\b[^.;]{0,40}\bby ambulance\b",
        r"\bambulance (?:to|took (?:her|him|them) to) (?:the )?(?:a ?& ?e|a and e|ed|hospital|emergency department)\b",
        r"\bkept in (?:hospital\b|for (?:one|a|two|three|\d) nights?\b)",
        r"\btransferred (?:to|into) (?:the )?(?:[\w'’-]+ ){0,3}(?:ward|unit|mbu|hospital|picu|nicu|icu)\b",
        r"\bdischarged (?:home )?from (?:the )?(?:[\w'’-]+ ){0,3}(?:ward|unit|mbu|hospital|picu|nicu|icu)\b",
        r"\b(?:ambulance|paramedics) (?:was |were )?(?:called|attended|took)\b",
        r"\btook (?:her|him|them) to (?:\w+ ){0,2}(?:a ?& ?e|a and e|hospital|emergency department)\b",
        r"\b(?:detained|held|taken) (?:under|on) (?:a )?(?:s\.?\s?|section )13[56]\b", r"\b(?:admitted|admission) (?:to|on)(?: the)? (?:[\w']+ ){0,2}(?:ward|unit|hospital)\b",
        r"\b(?:repaired|treated|extracted|removed|operated on|done|performed|carried out) under (?:a )?(?:general anaesthetic|ga)\b",
        r"\b(?:ga|general anaesthetic) (?:dental |eye |ent )?(?:treatment|surgery|procedure|operation|extractions?) (?:was |were )?"
        r"(?:completed|done|carried out|performed|went ahead|took place)\b",
        r"\b(?:had|underwent|has had) (?:an? |the |her |his |their )?(?:first |second |third |further |emergency |planned )?(?:op|operation|surgery)\b(?! (?:is |was )?(?:booked|planned|due|listed))",
    ), NoteType.HOSPITAL),
    _rule("health", "health assessment or appointment", "health assessments and appointments", (
        r"\b(?:cp|child protection|forensic|sexual abuse|paediatric) medical\b(?! (?:is |was |to be )?(?:requested|needed|required|arranged|booked|to))",
        r"(?<!review )\b(?:initial |private fostering |statutory )?health (?:assessment|check) (?:was )?(?:completed|done|held|took place|carried out)\b",
        r"\b(?:iha|lac medical|cla medical)s? (?:was )?(?:completed|done|held|took place|carried out)\b",
        r"\b(?:midwife|midwifery|antenatal|maternity) booking\b", r"\bbooking (?:appt|appointment|visit|bloods)\b",
        r"\b(?:camhs|cahms|mental health|psychology|psychiatric|paediatric|developmental|neurodevelopmental|asd|adhd|salt) "
        r"(?:assessment|review|appointment|appt)\b[^.;]{0,40}\b(?:completed|took place|done|held|carried out|attended)\b",
        r"\bassessment took place (?:on|at)\b",
        r"\bpaediatric (?:review|assessment|appt|appointment|clinic) (?:at|on|with|by)\b",
    )),
    _rule("disclosure", "disclosure", "disclosures", (
        r"\bdisclosed\b", r"\bmade a disclosure\b", r"\btold (?:me|the (?:social )?worker|sw|her teacher|staff) that (?:he|she|they|mum|dad) (?:had )?(?:hit|hurt|touched|slapped|punched|kicked)",
    )),
    _rule("injury", "injury", "injuries", (
        r"\bbruis(?:e|es|ing)\b", r"\binjur(?:y|ies|ed)\b", r"\bblack eye\b", r"\bburns? (?:to|on)\b", r"\bfracture\b",
        r"\bmarks? (?:to|on) (?:his|her|their) \w+", r"\bcuts? (?:to|on) (?:his|her|their) \w+", r"\bself[- ]harm(?:ed|ing)?\b", r"\bstabb(?:ed|ing)\b", r"\bknife wounds?\b",
    )),
    _rule("household_change", "household change", "household changes", (
        r"\bhousehold change\b", r"\bnew (?:partner|boyfriend|girlfriend|fella|bloke)\b", r"\b(?:have|has|had) split\b(?! (?:their|the|his|her|its|it|them|into|between|up the))",
        r"\b(?:boyfriend|girlfriend|partner)\b[^.]{0,20}\bstays? (?:over|most nights|every night|the night)\b",
        r"\bended (?:the|their|her|his) relationship\b", r"\brelationship (?:has |had )?(?:ended|broken down)\b", r"\bmoved (?:in|into the (?:family )?home)\b", r"\bmoving in\b",
        r"\bnow living (?:at|in) the (?:address|home|property)\b", r"\b(?:moved|fled) to (?:a )?(?:refuge|confidential address|new address)\b",
        r"\bseparat(?:ed|ion)\b", r"\bsplit up\b", r"\b(?:gave|given|giving) birth\b", r"\b(?:was|been) born\b", r"\bnew baby\b", r"(?<!date of )(?<!dates of )\bbirth of\b",
        r"\b(?:died|passed away)\b", r"\bdeath of\b", r"\bleft the (?:family )?home\b",
        r"\b(?:unknown|unidentified|new) (?:male|man|adult|woman|female)\b",
        r"\b(?:a )?(?:man|male|adult|woman|friend|boyfriend)\b[^.]{0,40}\b(?:minds|looks after|babysits|baby-sits|is caring for|cares for) (?:the )?(?:kids|children)\b",
        r"\b(?:a man|an adult|a male|a woman|someone) (?:we|I|they|the school) know(?:s)? nothing about\b",
        r"\bmoved back (?:home|in)\b", r"\b(?:lives|living|staying) (?:here|there) now\b",
        r"\b(?:join(?:ed|s|ing)|added to) the household\b", r"\b(?:had|delivered) (?:a|her|the) baby\b",
        r"\bmoved (?:house|home|address)\b", r"\bmanagement (?:move|transfer)\b", r"\bemergency rehousing\b",
        r"\b(?:baby|son|daughter|brother|sister)\b[^.]{0,30}\bborn\b", r"\b(?:has|got) a (?:new )?(?:girlfriend|boyfriend|partner)\b", r"\bmoved out\b", r"\breleased from (?:prison|custody|hmp)\b", r"\b(?:remanded in custody|sent to prison|jailed)\b",
        r"\b(?:found out|confirmed|announced|told me) (?:that )?(?:she is|she's|mum is|mum's) pregnant\b", r"\bnew pregnancy\b", r"\b(?:got|given|collected|picked up) the keys\b",
        r"\bmoved\b(?: from [^.,]{1,40})? (?:in)?to (?:a |an |the |their )?(?:new |housing association |council |permanent |temporary |rented )*(?:property|flat|house|tenancy|accommodation)\b",
        r"\b(?:(?:moved|moving) (?:in )?(?:to (?:live with |stay with )?|in with |into )|went to live with )(?:his|her|their|the) (?:maternal |paternal |great[- ])?"
        r"(?:aunt|auntie|aunty|uncle|nan|nana|nanna|gran|granny|grandparents?|grandmother|grandfather|grandma|grandad|mgm|pgm|mgf|pgf|cousin|"
        r"older (?:sister|brother)|sister|brother|dad|mum|father|mother|friend|boyfriend|girlfriend|partner)(?:'s|’s)?\b",
        r"\b(?:told|asked|ordered) (?:her|him|them) to (?:leave|get out|go)\b", r"\b(?:kicked|thrown|threw (?:her|him|them)) out\b",
        r"\bpresent(?:ed|s|ing)? (?:at [^.;]{1,40} )?(?:as )?homeless\b", r"\b(?:made|became|become) homeless\b", r"\bsofa[- ]surfing\b",
        r"\b(?:moved|fled|went) (?:in)?to (?:a |the )?(?:women'?s )?refuge\b",
        r"\b(?:placed|moved|went|put|housed|booked) (?:(?:them|her|him) )?(?:in|into|to) (?:a |an |the |one )?(?:b ?& ?b|b and b|bed[- ]and[- ]breakfast|"
        r"bed & breakfast|hostel|temporary (?:accommodation|flat|housing))\b",
        r"\b(?:are|were|is|was|have been|has been) (?:now )?homeless\b(?! (?:in|during|for a (?:time|while)) )",
        r"\bpositive pregnancy test\b", r"\bpregnancy (?:was |has been )?confirmed\b",
        r"\btold\b[^.;]{0,40}?\b(?:that )?(?:she is|she's|she was) pregnant\b",
    )),
    _rule("school_exclusion", "school exclusion", "school exclusions", (
        r"\b(?:permanently|fixed[- ]term|temporarily)? ?exclu(?:ded|sion)\b", r"\bsuspen(?:ded|sion) from school\b",
        r"\b(?:given|received|issued) an? (?:\w+ )?suspension\b", r"\bsuspended for \w+ days?\b",
    )),
    _rule("school_move", "school move", "school moves", (
        r"\bschool move\b", r"\b(?:moved|changed|transferred) (?:to a new |to )?school\b", r"\bmanaged move\b",
        r"\bstarted at (?:a |the )?(?:new )?\w+ (?:school|academy|college)\b",
        r"\bstart(?:ed|s) (?:year \d+ |reception )?at (?:a |the |her |his |their )?new (?:\w+ )?(?:school|academy|college)\b",
        r"\bstarted (?:year \d+ )?at (?:a |the )?(?:[\w'-]+ ){1,3}(?:school|academy|college)\b", r"\b(?:changed|moved) schools\b",
        r"\bstart(?:ed|s) (?:at )?(?:secondary|primary|high|middle|infant|junior|nursery) school\b",
        r"\b(?:moved|transferred) (?:schools? )?to (?:[\w'-]+ ){1,3}(?:high school|primary school|secondary school|academy|college)\b",
        r"\b(?:started|starts|placed|now|attending) (?:(?:at|in) )?(?:an? |the )?(?:alternative provision|pupil referral unit|pru|ap)\b",
        r"\b(?:moved|transferred) to (?:a |the |her |his )?(?:new |specialist |special )(?:[\w'-]+ ){0,2}(?:school|provision)\b",
        r"\bfirst day at (?:her|his|their|the) new (?:\w+ )?(?:school|academy|college)\b", r"\b(?:now )?on (?:the )?roll (?:at|of)\b",
        r"\bstart(?:ed|s) (?:at |in )?(?:nursery|college|sixth form|reception|pre-?school)\b",
        r"\bnew (?:school|college|nursery)\b[^.;]{0,4}\(?(?:started|from|since) (?=\d|mon|tue|wed|thu|fri|the \d)",
        r"\bfirst day (?:at|of) (?:nursery|college|school|sixth form|reception)\b",
        r"\bstart(?:ed|s)\b[^.;]{0,30}\b(?:year 7|yr ?7|y7|reception)\b",
    )),
    _rule("camhs_referral", "CAMHS or other service referral", "CAMHS and other service referrals", (
        r"\breferr(?:al|ed)\b[^.]{0,40}\b(?:camhs|ypdas|substance|drug|alcohol|idva|freedom programme|speech and language|paediatric|"
        r"family support|yot|youth offending|youth justice|counselling|bereavement|parenting|early help|mental health|perinatal|"
        r"eating disorders?|ceds|tier ?4|inpatient|psychiatr\w*|psycholog\w*|therap(?:y|ist|eutic))\b",
        r"\bcamhs referral\b",
        r"\b(?:marac|camhs|idva|cse|cce|early help|ehcp) referral (?:was |has been )?(?:made|sent|submitted|completed|done)\b",
    )),
    _rule("positive_change", "positive change", "positive changes", (
        r"\bpositive change\b", r"\bgood news\b", r"\bcame back (?:clear|negative)\b",
        r"\b(?:finished|completed|passed) (?:the |her |his |their )?[\w' -]{0,40}(?:course|programme)\b",
        r"\bnot missed a single day\b", r"\battendance (?:is )?(?:up|improved|increased) to\b", r"\brehoused\b",
        r"\battendance (?:has )?(?:recovered|back (?:up )?to)\b",
        r"\bsafety plan (?:was |has been |were )?(?:agreed|signed|put in place|drawn up)\b",
        r"\b(?:gcse|a[- ]?level|as[- ]level|btec|functional skills|exam|sats) results\b(?! (?:are |were |is )?(?:due|expected|awaited|out on|next))",
    )),
    _rule("contact", "contact", "contacts", (
        r"\bcontact (?:was )?(?:received|made) (?:from|by)\b",
    ), NoteType.CONTACT),
    _rule("referral", "referral", "referrals", (
        r"\breferral (?:was )?(?:received|made|accepted) (?:from|by)\b", r"\breferral from\b", r"\breferral came in\b", r"\bre-?referral\b",
        r"\b(?:nrm|national referral mechanism) (?:referral )?(?:was |has been )?(?:made|submitted|completed|sent)\b",
        r"\breferr(?:al|ed)\b[^.]{0,30}\b(?:to|under) the (?:nrm|national referral mechanism)\b",
        r"\b(?:made|submitted|completed|sent|done) (?:an? |the )?(?:nrm|national referral mechanism)\b",
    ), NoteType.REFERRAL),
    _rule("closure", "case closure or step-down", "closures and step-downs", (
        r"\bcase (?:closed|closure|to close|stepped down)\b", r"\b(?:cin|child in need|cp|child protection) plan (?:was |has been )?closed\b", r"\b(?:agreed|decision|decided) to close (?:the )?(?:case|file)\b", r"\b(?:closed|closing) to (?:children'?s )?social care\b",
        r"\bstep(?:ped)?[- ]down to early help\b", r"\bstepped down to early help\b",
        r"\b(?:transferred|stepped down|handed over) to (?:the )?(?:early help|eh)\b",
    ), NoteType.CLOSURE),
)
# fmt: on
RULES_BY_TYPE: dict[str, EventRule] = {rule.event_type: rule for rule in RULES}
PATTERNS: tuple[tuple[EventRule, re.Pattern[str]], ...] = tuple((rule, rule.pattern()) for rule in RULES)
YIELDS_TO: dict[str, tuple[str, ...]] = {"police_incident": ("missing_episode",)}
"""A police notification about a missing child records the missing episode, not a separate incident."""
FURTHER_KINDS: tuple[EventRule, ...] = tuple(
    RULES_BY_TYPE[kind]
    for kind in (
        "missing_episode",
        "police_incident",
        "hospital",
        "placement_move",
        "court",
        "youth_justice",
        "school_exclusion",
        "school_move",
        "household_change",
        "return_home_interview",
        "camhs_referral",
        "health",
        "section_47",
        "positive_change",
        "assessment",
        "plan_change",
    )
)
"""Occurrences a note may record beside its main event, each on its own date: a contact that reports
last Friday's missing episode, a police notification of a missing child that also records an arrest,
a review's progress list that records the ABE interview done on its own day, a conference's
"completed the parenting course on 20 June", a step-down's "pre-birth assessment completed 11/11",
a later note's "the plan was ended at the review on 10/9". Each still needs a date stated for it that
differs from every date the note already gave (`further.further_event`), so a conference is not
listed again as its own plan change and a plan or history line adds nothing."""
OWN_SENTENCE_DATED: frozenset[str] = frozenset({"positive_change", "assessment", "plan_change"})
"""Further kinds whose date must stand in their own sentence, never the sentence before: a
conference's "Children made subject to CP plans." is the conference's decision, and the day of the
strategy meeting named just before it is not the plan's."""
NEEDS_CASE_CONTEXT: frozenset[str] = frozenset({"school_move"})
"""Kinds a single sentence cannot establish: "started at Brookside yesterday" is a school move only
if the case knows Brookside as a school, so the trained sentence classifier never proposes them."""
NATIVE: dict[str, EventRule] = {kind.value: rule for rule in RULES for kind in rule.native_types}
