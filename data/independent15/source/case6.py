"""IN15-0006 (restricted): a mother and two children in a refuge; the father serves in the local police force."""

CASE = {
    "case_id": "IN15-0006",
    "team": "Eynsford Family Safeguarding",
    "status": "closed",
    "restricted": True,
    "allocated_worker": "iwriothesley",
    "access_list": ["iwriothesley", "ttresham"],
    "child": {
        "person_id": "P01", "given_name": "Amarachi", "family_name": "Carveth", "date_of_birth": "2016-07-14",
        "gender": "female", "ethnicity": "Mixed White and Black Caribbean", "nhs_number": "931 417 0586",
        "given_origin": "african", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Dyfrig", "family_name": "Carveth", "relationship": "brother",
         "date_of_birth": "2021-05-03", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Novelette", "family_name": "Carveth", "relationship": "mother",
         "date_of_birth": "1989-02-21", "phone": "07719 305642", "given_origin": "caribbean", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Gwilym", "family_name": "Carveth", "relationship": "father",
         "date_of_birth": "1985-09-09", "phone": "07402 118735", "address": "39 Dunnock Rise, Eynsford, ME19 8PW",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Albertha", "family_name": "Leacock", "relationship": "maternal grandmother",
         "phone": "07385 604219", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P06", "given_name": "Nettie", "family_name": "Scattergood", "relationship": "refuge support worker",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Amarachi": "P01", "Amarachi Carveth": "P01",
    "Dyfrig": "P02", "Dyfrig Carveth": "P02",
    "Novelette": "P03", "Novelette Carveth": "P03",
    "Gwilym": "P04", "Gwilym Carveth": "P04", "CARVETH": "P04",
    "Albertha": "P05", "Albertha Leacock": "P05",
    "Fitch": "~british", "Ethne": "~irish", "Mulrennan": "~irish", "Strangeways": "~british", "Hopcyn": "~british",
    "Nettie": "P06", "Scattergood": "P06", "Nettie Scattergood": "P06",
}

NOTES = [
    ("referral", "2025-10-06", "Referral", "iwriothesley", "Referral from refuge - RESTRICTED CASE", "standard", """
RESTRICTED RECORD - access limited to allocated SW and TM (father is a serving officer in the local force). Do not discuss in open team meetings.

Referral received {{09:20|time}} from Nettie Scattergood, refuge support worker (out of area refuge - location on confidential note only).

Mother Novelette Carveth and children Amarachi (9) and Dyfrig (4) arrived at the refuge on Friday {{3rd October|event_date}} after mum rang the national DA helpline from a supermarket toilet. Family home [[39 Dunnock Rise, Eynsford|ADDRESS:P04]], where father Gwilym Carveth remains.

Mum's account to refuge: relationship of 12 years; controlling from early on - he checks her phone and bank, tracks her car, decides who she sees, has stopped her seeing her mum (MGM Albertha) for over a year. On Sunday {{28 Sept|event_date}}, during an argument about her going to a friend's birthday, he held her by the throat against the kitchen wall with one hand "until I saw stars". She did not lose consciousness (she thinks). Hoarse voice for 3 days, pain swallowing. Amarachi was on the stairs. Mum did not call police: "he IS the police. Who do I ring?"

Father is a serving police sergeant in the local force (response team). Mum says he has told her many times no one would believe her and he would "get the kids".

DASH completed by refuge: high risk. Refuge have referred to MARAC.
Decision (TM T Tresham): strategy discussion today/tomorrow; case restricted; contact with police via PSD route, not local CAIU.
"""),
    ("refugeconf", "2025-10-06", "Confidential Note", "iwriothesley", "CONFIDENTIAL - refuge location", "restricted", """
CONFIDENTIAL - location of refuge. Never to be disclosed to father, his solicitor, or in any court document without legal advice.

Refuge: [[Harbour Lane refuge, 7 Mill Race Terrace, Ryburnside|ADDRESS]] [[HX7 2DN|POSTCODE]]
Refuge office: [[01422 845310|PHONE]] (Nettie, weekdays)
Mum's new mobile (old one left behind as he tracked it): [[07823 907144|PHONE:P03]]
"""),
    ("strat", "2025-10-08", "Strategy Discussion", "ttresham", "Strategy discussion", "standard", """
STRATEGY DISCUSSION 08/10/25 - chaired T Tresham (TM). Held by phone, minutes restricted.
Present: I Wriothesley (SW); DI [[Fulke Fitch|~british]] (Professional Standards Department); DS from a NEIGHBOURING force (appointed to investigate to avoid conflict of interest); refuge worker B Scattergood; school DSL for Amarachi (current school); HV for Dyfrig (by email).

Police/PSD: Sgt Gwilym CARVETH. No previous DA reports at the address. PSD have placed him on restricted duties from today - no access to police systems that would show the family's location, warrant card kept; he has been told not to contact the family. Criminal investigation (non-fatal strangulation, controlling or coercive behaviour) by the neighbouring force.
School: Amarachi described as "a worrier", has had stomach aches, anxious about going home at end of day. No disclosures.
HV: Dyfrig - no concerns about development, mum presented "flat" at last contact.

Decision: s47 enquiries - both children (likely significant harm: emotional harm, exposure to DA, Amarachi witnessed the assault). Joint with investigating force. Child and family assessment.
ICPC: not at this stage - mum is protective and in refuge. An ICPC would be convened if mum returned to the home or had contact with father.
"""),
    ("visit1", "2025-10-10", "Home Visit", "iwriothesley", "Visit at refuge - children seen", "standard", """
Visit to the family at the refuge.
Children seen: Amarachi seen alone in the refuge playroom. Dyfrig seen with mum.

Amarachi: quiet at first, drew her "old house" and "new room". She said "Daddy squeezed Mummy's neck and her face went purple. I was on the stairs and I didn't go down because he said go to bed." She said daddy "shouts with his face close" and once broke the TV remote. She worries "daddy will come because he's a policeman and they can find anyone". Asked if daddy ever hurt her - "No. He pinches my arm when I'm slow but not hard." No marks seen. She misses her friends and her cat ({{Tuppence|pet_name}}, left at the house).
Dyfrig: playing with cars, sleeping in mum's bed, wetting at night again since the move.
Mum: marks to neck have faded; she was seen by the GP in the refuge area on 6 Oct. Mum has agreed to give a statement to the investigating force. She denied any plan to go back: "I'm not going back. Not this time."
Analysis: both children exposed to coercive control and a serious assault; Amarachi holds a strong fear that her father can find them.
Next steps: s47 joint visit; school move discussion; non-molestation order via refuge solicitor.
"""),
    ("marac", "2025-10-16", "MARAC", "iwriothesley", "MARAC minutes extract", "standard", """
MARAC - extract of minutes relating to this family (held {{15/10/2025|event_date}}; brought forward from 22/10 because of risk). Case heard in the closed part of the meeting - police representative was from the neighbouring force, not the local force.

Risk: DASH 19 (high). Non-fatal strangulation; coercive control; perpetrator has access to police information systems and training; threats to take children.
Actions agreed:
1. Local force - PSD to confirm restricted duties and audit any system searches of the mother's name since 28/9. (DI Fitch)
2. Refuge - IDVA [[Ethne Mulrennan|~irish]] allocated. Support with non-molestation order.
3. Children's services - s47; school move under confidentiality; flag on children's health records.
4. Housing - management transfer / out-of-area rehousing.
Flag: Novelette's name and NHS records to carry a DA marker. Next MARAC only if repeat incident.
"""),
    ("psd1", "2025-10-22", "Police", "iwriothesley", "Update from PSD", "standard", """
Call from DI Fitch (PSD), {{13:40|time}}.

- Gwilym CARVETH arrested by the investigating force on Tuesday {{14th|event_date}} by appointment, interviewed, released on bail with conditions: not to contact Novelette or the children directly or indirectly, not to attend the school.
- PSD audit found he searched the family's vehicle registration on the force system on 4 Oct (the day after they left). This is now part of a separate misconduct investigation. DI Fitch accepts this shows "intent to locate".
- He remains on restricted duties, not suspended - DI F says that decision is reviewed weekly.

Shared with mum by phone - she cried and said "I told you he'd look". Safety plan at refuge updated.
"""),
    ("nmo1", "2025-10-29", "Court", "iwriothesley", "Non-molestation order made", "standard", """
IDVA Ethne confirmed that mum's solicitor obtained a non-molestation order without notice at Eynsford Family Court on Friday {{24th October|event_date}}. Protects mum and both children; father forbidden from using or threatening violence, intimidating, harassing or pestering, or instructing anyone else to, and from coming within 100m of the children's school (address withheld from him). Return hearing set for {{7/11|event_date}}.
Order served on father through PSD at work on 27/10.
"""),
    ("school", "2025-11-04", "School", "iwriothesley", "School move - under confidentiality", "standard", """
School move. Amarachi started at her new school (refuge area) on Monday {{3rd Nov|event_date}}, Year 5. School name and address held on the confidential note only. Dyfrig has a place at the nursery class at the same school, started the same day for mornings.

Arrangements agreed with the new head: no information passed to the old school's MIS (managed move by letter, not CTF, until the LA can use the confidential transfer route); children on roll under their own names but with a "do not disclose" flag; only mum and MGM Albertha authorised to collect; photo of father held in the office. Old school told only that Amarachi has left the area.

Amarachi's first day: mum says she came out saying "nobody knows me here, that's good and bad".
"""),
    ("schoolconf", "2025-11-04", "Confidential Note", "iwriothesley", "CONFIDENTIAL - children's new school", "restricted", """
CONFIDENTIAL: Amarachi (Yr 5) and Dyfrig (nursery) at [[St Ebba's Primary, Tentergate Lane, Ryburnside|ADDRESS]] [[HX7 4JS|POSTCODE]]. Head: Mrs [[Mehetabel Strangeways|~british]], direct line [[01422 331906|PHONE]]. Do not put on any standard note or court document.
"""),
    ("nmo2", "2025-11-10", "Court", "iwriothesley", "Return hearing - non-molestation order", "standard", """
Return hearing 7 Nov. Father attended with counsel. He did not contest the order and made no admissions. Order continued for 12 months to 6 November 2026, same terms, with a power of arrest attached to the non-violence clause. Court refused father's request to know the children's school or area.
Mum attended remotely from the refuge via IDVA (screen, separate waiting arrangements). Mum "shaking but relieved".
"""),
    ("c100", "2025-11-25", "Letter", "iwriothesley", "Letter from father's solicitor", "standard", """
Letter from Mr [[Carveth|P04]]'s solicitors dated 21 November: they inform the LA that father issued a C100 application on {{20 November|event_date}} seeking to spend time with Amarachi and Dyfrig (alternate weekends and half the holidays) and a prohibited steps order stopping mum moving the children "to an unknown location". They request disclosure of the LA's records and "the children's current school and general whereabouts so that our client can play his part in their education".

Response (with legal advice from Legal Services, [[Lleucu Hopcyn|~british]], by email): LA will provide information only as directed by the court; the children's location and school will not be disclosed. Legal have asked the court for the LA to file a s7 report on the C100 because of the s47 and the MARAC involvement.
"""),
    ("cfa", "2025-12-08", "Assessment", "iwriothesley", "Child and family assessment", "standard", """
CHILD AND FAMILY ASSESSMENT - completed 5.12.25

Family: mum Novelette (36), Amarachi (9), Dyfrig (4), in refuge since 3/10/25. Father Gwilym (40), police sergeant, living in family home. MGM Albertha Leacock now back in regular contact - mum says "having mum back is like getting a limb back."
Harm: both children lived with coercive control for most of their lives; Amarachi witnessed the strangulation on 28/9/25; father's search of police systems after they left shows continued risk.
Amarachi's voice (two sessions): she wants to see daddy "only at a place with a grown-up watching" and doesn't want him to know where she lives. "I want him to say sorry to Mummy properly." Her night-time worries have reduced since the NMO.
Dyfrig: too young to give a view; bedwetting has stopped; settled at nursery.
Mum: protective; engaging with IDVA and the Freedom Programme (starts January). Housing have offered a management transfer out of area.
Outcome: s47 concluded - concerns substantiated, but the children are not at continuing risk of significant harm while mum remains separated and protective. No ICPC. Step down to CIN; continue to support the private law process.
"""),
    ("mo1", "2025-12-17", "Management Oversight", "ttresham", "Management oversight", "standard", """
TM oversight - T Tresham. Restricted case, reviewed because of private law.

Agree outcome of the assessment: CIN, not CP. Rationale recorded above.
Risks for us as an organisation: father works in the local force - any strategy or MARAC information must go through PSD/neighbouring force only; check with IT that the case is restricted in every module (done 16/12 - it is). Iwriothesley to keep all location details on the confidential note type only.
The s7: court has directed LA s7 report for FHDRA on 14 Jan. Iwri to prepare; legal to review before filing. Recommendation must consider the bail conditions and the NMO.
Next supervision: after the FHDRA.
"""),
    ("fhdra", "2026-01-19", "Court", "iwriothesley", "FHDRA outcome", "standard", """
FHDRA held Wed 14.1.26 (district judge). LA s7 filed on time and accepted.

Court order: no direct contact between father and the children pending a fact-finding hearing on mum's allegations (listed for 23 March). Father may send one letter a month via the LA, checked by SW before being passed on. Prohibited steps application refused. Location of children not to be disclosed - confirmed in the order.
Father in court was polite, said he "just wants to be a dad". He made no reference to the allegations.

First letter arrived 16/1, checked and passed to mum to share when she judged best. Amarachi read it and said "he didn't say sorry".
"""),
    ("psd2", "2026-02-16", "Police", "iwriothesley", "Update from PSD - charge", "standard", """
DI Fitch rang 16/2. CPS have authorised charges: intentional strangulation and controlling or coercive behaviour. Father charged on {{Tuesday 10th|event_date}}, first appearance at magistrates' court set for 3 March; sent to Crown Court expected. Bail conditions continue.
Following the charge, father has been suspended from duty by the force. The misconduct investigation about the system searches will be heard after the criminal case.

Told mum the same day by phone (IDVA present). Mum: "so they do believe me."
"""),
    ("closure", "2026-03-20", "Closure", "ttresham", "Transfer and closure summary", "standard", """
CLOSURE / TRANSFER SUMMARY - authorised T Tresham, {{20.3.26|event_date}}

Father withdrew his C100 application on 2 March 2026 (his solicitor's letter cites the criminal proceedings); the fact-finding on 23 March was vacated. The NMO remains in force until 6/11/26.
Family moved from the refuge to a permanent tenancy out of area on 9 March (address on the confidential record held by the new authority only). Children stay at the same school.
Case transferred to the receiving authority's children in need team (transfer-in meeting 18/3 by secure video, receiving SW has the full file by secure route). Case closed here. The restriction on this record stays in place.
Amarachi's last words to me: "tell the judge thank you".
"""),
]

QUESTIONS = [
    {"q": "when did he strangle her", "qtype": "when", "facts": ["2025-09-28"], "notes": ["referral"], "as": "iwriothesley"},
    {"q": "when did mum and the kids go into refuge", "qtype": "when", "facts": ["2025-10-03"], "notes": ["referral"],
     "as": "ttresham"},
    {"q": "what did amarachi say about the night it happened", "qtype": "quote", "facts": ["her face went purple"],
     "notes": ["visit1"], "as": "iwriothesley"},
    {"q": "who is the refuge worker", "qtype": "who", "facts": ["Nettie Scattergood"], "notes": ["referral"],
     "as": "iwriothesley"},
    {"q": "what was the DASH score at marac?", "qtype": "how_many", "facts": ["19"], "notes": ["marac"], "as": "ttresham"},
    {"q": "how long was the non mol continued for", "qtype": "what", "facts": ["12 months"], "notes": ["nmo2"],
     "as": "iwriothesley"},
    {"q": "when did the father apply for contact", "qtype": "when", "facts": ["2025-11-20"], "notes": ["c100"],
     "as": "ttresham"},
    {"q": "has he been suspended yet", "qtype": "yes_no", "facts": ["yes"], "notes": ["psd2"], "as": "ttresham"},
    {"q": "is dad's contact application still going?", "qtype": "yes_no", "facts": ["no"], "notes": ["closure"],
     "as": "iwriothesley"},
    {"q": "whats his collar number", "qtype": "what", "facts": [], "notes": [], "as": "ttresham"},
    {"q": "has amarachi been referred to camhs", "qtype": "yes_no", "facts": [], "notes": [], "as": "iwriothesley"},
]

EVENTS = [
    ("2025-09-28", "police_incident", ["referral"], "Father strangles mother at the family home; Amarachi witnesses; not reported to police"),
    ("2025-10-03", "household_change", ["referral"], "Mother and children flee to an out-of-area refuge"),
    ("2025-10-06", "referral", ["referral"], "Referral from refuge to children's services"),
    ("2025-10-08", "strategy_discussion", ["strat"], "Strategy discussion with PSD and neighbouring force; s47 agreed; father on restricted duties"),
    ("2025-10-08", "section_47", ["strat"], "Section 47 enquiries into both children begin"),
    ("2025-10-14", "police_incident", ["psd1"], "Father arrested and interviewed; bailed with no-contact conditions"),
    ("2025-10-15", "contact", ["marac"], "MARAC: DASH 19, high risk; actions agreed"),
    ("2025-10-24", "court", ["nmo1"], "Non-molestation order made without notice"),
    ("2025-11-03", "school_move", ["school"], "Amarachi and Dyfrig start at a new school and nursery under confidentiality"),
    ("2025-11-07", "court", ["nmo2"], "Return hearing: non-molestation order continued for 12 months"),
    ("2025-11-20", "court", ["c100"], "Father applies for child arrangements and prohibited steps orders"),
    ("2025-12-05", "assessment", ["cfa"], "Child and family assessment completed; s47 substantiated; step down to CIN"),
    ("2026-01-14", "court", ["fhdra"], "FHDRA: no direct contact pending fact-finding; monthly letters via the LA"),
    ("2026-02-10", "police_incident", ["psd2"], "Father charged with strangulation and coercive control; suspended from duty"),
    ("2026-03-02", "court", ["closure"], "Father withdraws his C100 application"),
    ("2026-03-09", "household_change", ["closure"], "Family move from the refuge to a permanent tenancy out of area"),
    ("2026-03-20", "closure", ["closure"], "Case transferred to the receiving authority and closed"),
]
