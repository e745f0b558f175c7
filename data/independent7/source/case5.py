"""IN7-0005 (restricted): a newborn whose mother, a council solicitor, develops postpartum psychosis."""

CASE = {
    "case_id": "IN7-0005",
    "team": "Kingsmere Assessment",
    "status": "closed",
    "allocated_worker": "ecastellanos",
    "restricted": True,
    "access_list": ["ecastellanos", "hobuya"],
    "child": {
        "person_id": "P01", "given_name": "Pilar", "family_name": "Ledesma",
        "date_of_birth": "2025-09-02", "gender": "female", "ethnicity": "Mixed - other",
        "nhs_number": "612 904 3384", "address": "3 Kestle Mews, Kingsmere KM2 9HD",
        "given_origin": "latin_american", "family_origin": "latin_american",
    },
    "people": [
        {"person_id": "P02", "given_name": "Tomoko", "family_name": "Threlfall", "relationship": "mother",
         "date_of_birth": "1991-02-27", "phone": "07723 554180", "address": "3 Kestle Mews, Kingsmere KM2 9HD",
         "given_origin": "east_asian", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Evaristo", "family_name": "Ledesma", "relationship": "father",
         "date_of_birth": "1989-08-14", "phone": "07812 904472", "address": "3 Kestle Mews, Kingsmere KM2 9HD",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P04", "given_name": "Graciela", "family_name": "Ledesma", "relationship": "paternal grandmother",
         "phone": "0121 496 0348", "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Rodolfo", "family_name": "Ledesma", "relationship": "paternal grandfather",
         "given_origin": "latin_american", "family_origin": "latin_american"},
    ],
}

ALIASES = {
    "Pilar": "P01", "baby Pilar": "P01", "PL": "P01",
    "Tomoko": "P02", "Ms Threlfall": "P02", "THRELFALL": "P02", "Tomoko Threlfall": "P02", "TT": "P02",
    "Evaristo": "P03", "Mr Ledesma": "P03", "Evaristo Ledesma": "P03",
    "Graciela": "P04", "Rodolfo": "P05", "Rodolfo Ledesma": "P05", "Pilar LEDESMA": "P01",
    "Desrae": "~caribbean", "Desrae Pennycook": "~caribbean", "Ms Pennycook": "~caribbean",
    "Lindiwe": "~african", "Lindiwe Quashie": "~african",
    "Yolande Kinnear": "~british", "Yolande": "~british",
    "Dr Ramage": "~british",
    "Eamonn Castellanos": "~irish", "E Castellanos": "~irish", "Henrike Obuya": "~african", "H Obuya": "~african",
}

NOTES = [
    ("n1", "2025-09-06", "MASH Contact", "ecastellanos", "Contact - community midwife, concerns re mother's mental state day 4 postnatal", "standard",
     """Contact from Desrae Pennycook, community midwife, {{Whinchat|place}} team, 11:50 Sat.

Baby Pilar LEDESMA born {{02/09/25|event_date}} at Kingsmere General, 39+2, SVD, 3.4kg, discharged day 2. First baby. Parents Tomoko Threlfall (mum, 34) and Evaristo Ledesma (dad), live together at [[3 Kestle Mews|ADDRESS:P02]].

At the day 4 visit this morning midwife found mum had not slept for three nights, talking very fast and jumping between topics, laughing then crying. Mum said to midwife "she's not my baby, they gave me the wrong one at the hospital, look at her ears". Mum then said she had been "sent messages" through the baby monitor. Mum was holding baby appropriately, feeding well (bottle), baby well, weight 3.31kg, no concerns re baby's physical care. Dad present, said mum "hasn't been herself since Thursday" and he had been up with baby at night.

Midwife rang perinatal mental health team crisis line - duty CPN to do same day visit this afternoon. Midwife advised dad not to leave mum alone with the baby and he agreed.

NOTE: Mother is a solicitor employed in Kingsmere Council Legal Services (childcare team). Per policy case to be created as RESTRICTED, access limited to allocated SW and TM. No reference to this case to be made in legal team systems. MASH manager informed.

Decision: refer to Kingsmere Assessment for single assessment, urgent - case allocated E Castellanos."""),

    ("n2", "2025-09-07", "Police Notification", "ecastellanos", "Police notification - mother detained s136 overnight", "standard",
     """Police notification rec'd 08:15 (Sun) via EDT.

At approx {{02:40|time}} on {{07/09|event_date}} a member of the public called police about a woman in a dressing gown pushing a pram along the dual carriageway at the Oxhey roundabout. Officers found Tomoko THRELFALL with baby Pilar in the pram, wrapped in blankets, baby warm and asleep. Mum told officers she was "taking her back to find the real mother" and that she had to go before "they" switched the babies again. Mum was not aggressive.

Mum detained under s136 MHA and taken to the place of safety at Kingsmere General. Baby checked by paeds - well, no injury, temp normal - and handed to father who arrived at {{03:30|time}}; dad had been asleep and woke to find them gone, had been ringing mum's phone.

PC [[Jocasta Arbuthnot|~british]] attending. No offences. EDT SW spoke to dad by phone - baby to stay with him, his parents coming over this morning.

Passed to allocated SW for Monday."""),

    ("n3", "2025-09-08", "Health Liaison", "ecastellanos", "Mental Health Act assessment outcome / MBU bed", "standard",
     """Telephone call with [[Ofelia Velarde|~latin_american]], AMHP, 09:20.

MHA assessment completed at the s136 suite Sun {{7th Sept|event_date}} late morning (AMHP, Dr Ramage consultant perinatal psychiatrist, and s12 doctor). Mum detained under section 2 MHA. Working diagnosis postpartum (puerperal) psychosis. No previous mental health history known, though mum told the doctors her own mother "had a breakdown" after mum was born.

No mother-and-baby unit bed available in region on Sunday - nearest MBU (the {{Corncrake Unit|place}}) full, one discharge expected later this week. Mum admitted to Marlcombe Ward (adult acute) at Kingsmere General as an interim. Baby not with her. Perinatal team will press for MBU transfer.

AMHP said mum very distressed about being apart from baby, but also asked staff "is the baby still alive" several times."""),

    ("n4", "2025-09-08", "Strategy Discussion", "ecastellanos", "Strategy discussion - Pilar", "standard",
     """Strategy discussion 08/09/25, 14:00 (Teams). Chair H Obuya (TM).
Attendees: EC (SW), DS [[Bogumil Radecki|~eastern_european]] (CAIT), Lindiwe Quashie (perinatal CPN), Desrae Pennycook (midwife), HV team lead.

Summary: baby aged 6 days. Mother unwell with suspected postpartum psychosis, detained s2 on 7/9 after leaving home with baby at night. Baby unharmed. Father caring, supported by paternal grandparents.

Discussion: Risk to baby arose from mother's illness, not from deliberate harm. Father appears protective and acted as advised. Mother currently detained so no immediate risk. Risk will return at discharge and during any leave, and the illness can recur in future pregnancies.

DECISION: Threshold for s47 NOT met. Single assessment to continue (under s17) with a focus on the safety plan for leave/discharge. Strategy to reconvene if mum leaves hospital without a plan or if father's care is a concern.

Actions: EC to visit dad and grandparents tomorrow; CPN to keep EC updated on MBU bed; HV to do primary visit this week; EC to ensure ward know baby is not to leave with mum on any leave without another adult."""),

    ("n5", "2025-09-09", "Home Visit", "ecastellanos", "HV - father and PGPs", "standard",
     """Purpose: to meet dad and his parents, see Pilar, begin single assessment.

Present: Evaristo (dad), Graciela and Rodolfo (PGM/PGF). Pilar seen asleep in Moses basket then awake for feed - fed by dad, winded confidently. Clean, content, good colour.

Dad very tired, tearful at times. He took 2 weeks' paternity leave which ends Fri week; his employer has agreed a further 4 weeks' unpaid/ holiday. PGPs have moved in "for as long as it takes" - they live in Solihull normally, PGF is retired, PGM works part time in a pharmacy and will take leave.

Dad says in hindsight mum was "wired" from the day they came home. He didn't know about postpartum psychosis. He said he felt "stupid for going to sleep" the night she left - I reassured him the midwife had advised him well and the illness is sudden.

Mum's family: mum's father deceased, mum's mother lives in Japan. Mum's sister in London - not close.

Dad asked if SS are going to "take her off us" - explained the assessment, that Pilar's needs are being met and our role is to help plan for mum coming home safely.

Sleeping: Pilar in Moses basket in dad's room. PGPs in spare room. No smoking, no pets.

Next: HV visit Thurs; EC to visit mum on ward once CPN says she is well enough."""),

    ("n6", "2025-09-11", "Health Visitor", "ecastellanos", "HV new birth visit - information from health visitor", "standard",
     """Info from Yolande Kinnear (HV) by phone following new birth visit today:
- Pilar weight 3.45kg, above birth weight. Hips, eyes normal. Heel prick done day 5 by midwife.
- Dad and PGM managing well; dad on first name terms with the HV already, asking sensible questions.
- Bottle fed, 90-120ml 3 hourly.
- Dad's mood: some low mood / poor sleep, scored borderline on the screening tool. HV will revisit at 3 wks and has given him the details of a dads' group.
- No safeguarding concerns re care of baby.
HV to offer enhanced (universal plus) service."""),

    ("n7", "2025-09-15", "Management Oversight", "hobuya", "TM oversight", "standard",
     """Management oversight - H Obuya, 15/9/25.

Restricted record - mother is a council solicitor. I have checked the case is hidden and no legal team staff can access it. If the case were to go to legal planning we must use an external firm (noted for the future - not expected).

Case discussed with EC. Single assessment started 6/9, due by 31/10 at the latest. Strategy 8/9 - no s47. Mum s2, on adult ward awaiting MBU. Baby with dad and PGPs, good care.

Actions:
- Family and friends assessment of PGPs as the support network to underpin the safety plan (they are not carers in a formal sense - Pilar is not looked after - but the plan relies on them). EC to complete.
- Safety plan for leave and discharge to be drafted with perinatal team before any unescorted leave.
- EC to see mum on the ward or MBU within the week.
- Dad's mood - keep under review.

I am satisfied no s47 is needed at this stage."""),

    ("n8", "2025-09-19", "Telephone Call", "ecastellanos", "Call from CPN - MBU transfer", "standard",
     """Call from Lindiwe (perinatal CPN) 10:05.

A bed came up at the Corncrake Unit and mum was transferred there yesterday ({{Thurs 18th|event_date}}) by ambulance. Pilar joined her the same afternoon - dad took her over with PGM. The MBU is about 50 mins' drive. Baby will stay with mum on the unit with nursing staff supervising all care at first; dad can visit daily and stay over at weekends in the family room.

Mum now on antipsychotic medication, sleeping better. Still some fixed beliefs but she is now calling Pilar by name and said to nursing staff "I think she might be mine after all". CPN says this is real progress in under two weeks.

Dad relieved but also "scared of getting our hopes up"."""),

    ("n9", "2025-09-26", "Visit", "ecastellanos", "Visit to mother and baby at the Corncrake Unit", "standard",
     """Visit to mum and Pilar at the Corncrake Unit, 26/9, with MBU nurse [[Nollaig Crilly|~irish]].

Mum (Tomoko) seen with Pilar, then on her own for a short time. She was dressed, calm, a little slowed. Held Pilar skin to skin, fed her, good eye contact and talked to her throughout. Nurse says day care is now done mostly by mum with staff close by, nights still shared with staff.

Mum remembered some of the night she left the house - "I honestly believed I was rescuing her." She was tearful and said she is terrified of being "on a list" because of her work. Explained the record is restricted and who can see it. She said she has worked on care proceedings for 6 years and "never once thought it could be me".

She asked to see the safety plan draft before the discharge meeting. Agreed.

Mum has started 1:1 sessions with the unit psychologist."""),

    ("n10", "2025-10-06", "Assessment", "ecastellanos", "Family and friends assessment - paternal grandparents (support network)", "standard",
     """Family and friends (support network) assessment - Graciela and Rodolfo Ledesma, PGPs. Visits 23/9, 30/9 and 3/10.

Background: PGPs married 38 yrs, came to UK from Argentina in 1991, two adult sons. Both in good health (PGF has type 2 diabetes, well managed). DBS checks clear (done via agency route given urgency). No CSC history.

Their care of Pilar 9/9 - 18/9 observed by EC, HV and midwife as warm and competent.

Capacity: PGM has 8 weeks' leave agreed from the pharmacy. PGF can stay indefinitely. They will keep their own home and go back at weekends once mum is well.

Understanding of risk: PGM said "we know what to look for now - if she stops sleeping we ring the number". They were able to describe mum's early signs (not sleeping, fast talk, suspicion) and who to call.

Relationship with mum: good, "she is our daughter too". Mum has said she is happy for them to stay.

Conclusion: PGPs are a safe and reliable support network able to supervise overnight care and to act on early warning signs. Recommend they are named in the safety plan."""),

    ("n11", "2025-10-14", "Case Note", "ecastellanos", "Discharge planning meeting - Corncrake Unit", "standard",
     """Discharge planning meeting held at the MBU 14/10/25.

Present: mum, dad, PGM, Dr Ramage, Lindiwe (CPN), MBU named nurse, HV Yolande Kinnear, EC.

Clinical update: section 2 lapsed on 4/10 and mum chose to stay informally. Psychosis resolved, mood stable. Two weekend home leaves (4-5/10 and 11-12/10) went well - dad and PGPs present throughout.

Discharge date agreed: {{Tues 21st October|event_date}}.

Safety plan agreed (copy on file):
1. For the first 4 weeks mum is not to be alone with Pilar overnight - dad or a PGP to be in the house and to do the night feeds so that mum's sleep is protected.
2. Daytime: mum can care for Pilar alone from week 2 if well.
3. Relapse signature (agreed with mum): sleeping less than 4 hrs, racing thoughts, feeling that people are sending her messages, doubting Pilar is hers. Any ONE of these - family to call the perinatal team same day; out of hours the crisis line or 999.
4. Perinatal CPN to visit weekly for 6 weeks, then fortnightly. Psychiatrist review at 4 weeks.
5. HV to visit fortnightly.
6. Medication - mum to continue olanzapine; dad to hold the spare supply.
7. Future pregnancy - mum to have pre-conception advice from perinatal team (very high risk of recurrence).

Mum said "I want the plan, I don't want to be trusted blindly yet." Dad and PGM signed."""),

    ("n12", "2025-10-23", "Home Visit", "ecastellanos", "HV following discharge", "standard",
     """Home visit 23/10, unannounced (agreed with parents that visits may be unannounced in first month).

Mum came home on the 21st as planned. Present today: mum, dad, PGF (PGM at pharmacy). Pilar seen, 7 weeks old, 4.6kg per the red book, smiling, alert.

Mum calm, well presented, said sleeping 7 hrs with earplugs in the back bedroom while dad does the nights. Dad back at work from Monday; PGF does the night shift on weeknights with dad taking weekends. Safety plan on the fridge.

Mum said she is not returning to work until at least spring and is worried about how her colleagues will react. No mention of relapse signs. CPN visited yesterday.

No concerns. Pilar's 8 wk immunisations booked."""),

    ("n13", "2025-11-04", "Case Note", "ecastellanos", "Mother's request re employer - record kept restricted", "restricted",
     """Mum rang from her personal mobile on [[07723 554180|PHONE:P02]] and then emailed from [[tomoko.threlfall@kingsmere-mail.co.uk|EMAIL:P02]] asking whether social care would inform her employer (Kingsmere Council Legal Services) or whether she needs to disclose to the SRA.

Discussed with H Obuya. Advised mum: children's social care will not share with her employer; any occupational health referral is her own decision; we cannot advise on SRA obligations and she should take her own advice. She was relieved.

Mum also asked that her line manager's name is not written anywhere on the file. Agreed - not recorded."""),

    ("n14", "2025-11-20", "Assessment", "ecastellanos", "Single assessment conclusion", "standard",
     """Single assessment completed 20/11/25 (authorised by TM).

Summary: Pilar (11 wks) was referred on 6/9 when her mother became acutely unwell with postpartum psychosis; on 7/9 mother left home with her at night and was detained under s136 then s2 MHA. Pilar was cared for by her father and paternal grandparents, then with mother at the Corncrake MBU from 18/9. Mother discharged 21/10 with a safety plan and a support network assessed as safe.

Analysis: Pilar's needs are met. The risk of harm arose from illness and is now low while mum is well and the plan is followed, but the first year is a period of higher risk of relapse and the support arrangements are still temporary (PGPs leaving mid-December). Dad's own mood has been low.

Outcome: CHILD IN NEED plan for 3 months, to oversee the transition when the PGPs go home and to support dad. CIN review in January. Parents agree."""),

    ("n15", "2026-01-15", "CIN Review", "ecastellanos", "CIN review 1", "standard",
     """CIN review 15/01/26 at home. Present: mum, dad, Pilar, HV, CPN Lindiwe, EC.

- PGPs returned to Solihull on {{14 Dec|event_date}} as planned. They visit every other weekend; PGM on the phone daily "whether we like it or not" (dad, laughing).
- Mum: well, no relapse signs. Olanzapine reduced in Dec. Sleeping well; she now does some nights, agreed by the perinatal team at the 8 wk review.
- Dad: GP started him on sertraline in Nov; attending the dads' group, says it helped "hearing other blokes say it".
- Pilar: 4.5 months, thriving, 6.9kg, rolling over. Immunisations up to date.
- HV: no concerns, will step down from universal plus to universal in Feb.

Mum said "I was scared of your team for months and now I'm almost sorry to see you go".

Agreed: CIN plan to close at next review if all remains well; perinatal team continues to 12 months postpartum."""),

    ("n16", "2026-02-19", "Closure", "hobuya", "Case closure - TM decision", "standard",
     """Closure - H Obuya, 19/2/26.

CIN review held 12/2 (EC). All agreed that Pilar's needs are met by her parents with universal services. Mum well for four months, engaged with perinatal team until Sept 2026. Dad's mood improved. Safety plan converted into a family "wellness plan" held by parents and perinatal team - includes the relapse signature and who to call.

Decision: close CIN - no further social care role. Step down to universal HV and perinatal mental health team (single agency). Letter to parents sent. Case remains restricted on closure.

If there is a future pregnancy, the perinatal team will refer for pre-birth planning - parents aware and in agreement."""),
]

QUESTIONS = [
    {"q": "when was mum sectioned", "qtype": "when", "facts": ["2025-09-07"], "notes": ["n3", "n4"], "as": "ecastellanos"},
    {"q": "who's the perinatal CPN", "qtype": "who", "facts": ["Lindiwe Quashie"], "notes": ["n4"], "as": "ecastellanos"},
    {"q": "which MBU did she end up at", "qtype": "what", "facts": ["Corncrake Unit"], "notes": ["n3", "n8", "n9"], "as": "hobuya"},
    {"q": "how many nights hadn't she slept when the midwife saw her", "qtype": "how_many", "facts": ["three"], "notes": ["n1"], "as": "ecastellanos"},
    {"q": "what did tomoko say to the midwife about the baby", "qtype": "quote", "facts": ["she's not my baby"], "notes": ["n1"], "as": "ecastellanos"},
    {"q": "date mum came home from the unit?", "qtype": "when", "facts": ["2025-10-21"], "notes": ["n11", "n12"], "as": "hobuya"},
    {"q": "was there a s47", "qtype": "yes_no", "facts": ["no"], "notes": ["n4", "n7"], "as": "hobuya"},
    {"q": "are the grandparents still living with them", "qtype": "yes_no", "facts": ["no"], "notes": ["n15"], "as": "ecastellanos"},
    {"q": "what was the outcome of the SA", "qtype": "what", "facts": ["child in need"], "notes": ["n14"], "as": "hobuya"},
    {"q": "does dad have any other children", "qtype": "yes_no", "facts": [], "notes": [], "as": "ecastellanos"},
    {"q": "whats the name of the GP surgery", "qtype": "what", "facts": [], "notes": [], "as": "ecastellanos"},
]

EVENTS = [
    ("2025-09-02", "household_change", ["n1"], "Pilar born at Kingsmere General"),
    ("2025-09-06", "contact", ["n1"], "Community midwife reports mother not sleeping, disordered thinking and believing the baby is not hers"),
    ("2025-09-07", "police_incident", ["n2"], "Mother found at night on a dual carriageway with the baby in a pram; detained under s136; baby unharmed and handed to father"),
    ("2025-09-07", "hospital", ["n3"], "Mental Health Act assessment: mother detained under section 2; admitted to an adult ward as no MBU bed was free"),
    ("2025-09-07", "household_change", ["n2", "n5"], "Pilar cared for by her father with the paternal grandparents, who moved in"),
    ("2025-09-08", "strategy_discussion", ["n4"], "Strategy discussion: s47 threshold not met; single assessment to continue"),
    ("2025-09-18", "hospital", ["n8"], "Mother transferred to the Corncrake Unit MBU; Pilar joins her the same day"),
    ("2025-10-06", "assessment", ["n10"], "Family and friends assessment: paternal grandparents a safe support network"),
    ("2025-10-14", "positive_change", ["n11"], "Discharge planning meeting agrees the safety plan for mother's return home"),
    ("2025-10-21", "household_change", ["n12", "n14"], "Mother and Pilar discharged home with the safety plan in place"),
    ("2025-11-20", "assessment", ["n14"], "Single assessment concluded: child in need plan for 3 months"),
    ("2025-12-14", "household_change", ["n15"], "Paternal grandparents return to their own home as planned"),
    ("2026-01-15", "cin_review", ["n15"], "CIN review: mother well, Pilar thriving, plan to close"),
    ("2026-02-19", "closure", ["n16"], "CIN closed; stepped down to universal health visiting and the perinatal mental health team"),
]
