"""IN13-0005: a 15-year-old girl with repeated overdoses, a s136 detention and a tier 4 admission (author B)."""

CASE = {
    "case_id": "IN13-0005",
    "team": "Wrotham Adolescent Safeguarding",
    "status": "child_in_need",
    "allocated_worker": "mravenscroft",
    "child": {
        "person_id": "P01", "given_name": "Laoise", "family_name": "Mulqueeny",
        "date_of_birth": "2009-08-30", "gender": "female", "ethnicity": "White - Irish",
        "religion": "Roman Catholic", "nhs_number": "485 777 3120",
        "address": "14 Coldblow Lane, Snodland, ME6 5QR", "school": "Holmesdale Vale School",
        "given_origin": "irish", "family_origin": "irish",
    },
    "people": [
        {"person_id": "P02", "given_name": "Síle", "family_name": "Mulqueeny", "relationship": "mother",
         "date_of_birth": "1980-02-11", "phone": "07956 301742", "address": "14 Coldblow Lane, Snodland, ME6 5QR",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P03", "given_name": "Flann", "family_name": "Mulqueeny", "relationship": "father",
         "date_of_birth": "1977-06-04", "phone": "07588 219064", "address": "14 Coldblow Lane, Snodland, ME6 5QR",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P04", "given_name": "Ruadhán", "family_name": "Mulqueeny", "relationship": "brother",
         "date_of_birth": "2013-11-21", "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P05", "given_name": "Idwal", "family_name": "Ferriby", "relationship": "DSL, Holmesdale Vale School",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Ghaliya", "family_name": "Qaddoumi", "relationship": "CAMHS crisis practitioner",
         "given_origin": "arabic", "family_origin": "arabic"},
    ],
}

ALIASES = {
    "Laoise": "P01", "LM": "P01", "MULQUEENY": "P01",
    "Síle": "P02", "Mrs Mulqueeny": "P02", "Flann": "P03", "Mr Mulqueeny": "P03",
    "Ruadhán": "P04", "Ru": "P04",
    "Idwal": "P05", "Mr Ferriby": "P05", "Ferriby": "P05",
    "Ghaliya": "P06", "Qaddoumi": "P06",
}

NOTES = [
    ("referral", "2025-01-13", "Referral", "mravenscroft", "Referral from hospital - paracetamol overdose", "standard", """
Referral rec'd from the hospital social work team, {{Maidstone Hospital|place}}.

[[Laoise Mulqueeny|P01]], 15, brought to A&E by her parents at about 01:30 on Sunday 12/1 after telling mum she had taken 16 paracetamol at about 11pm on the Saturday night ({{11.1.25|event_date}}). Bloods over the treatment line, NAC infusion started, admitted to {{Riverbank ward|place}} (paediatrics). Medically fit today. Seen on the ward by the CAMHS crisis team on Sunday afternoon: low mood since the autumn, self harm by cutting since Year 9, no plan to end her life "right now". Discharged home this morning with crisis team follow up within 72 hrs.

Mum [[Síle|P02]] told the ward nurse she now thinks Laoise "took some tablets back in November" which they never took her to hospital for.

No previous involvement with CSC. Parents consent to assessment. Allocated to MR for single assessment.
"""),
    ("assessment_visit", "2025-01-17", "Assessment Visit", "mravenscroft", "Single assessment - first home visit", "standard", """
Purpose of visit: start single assessment following OD on 11/1.
Present: mum Síle, dad [[Flann|P03]], Laoise. Brother [[Ruadhán|P04]] (11) was upstairs, came down at the end.
Child seen: Yes, alone in her bedroom, about 40 mins.

What Laoise said: she is "tired all the time" and does not know why. She took the tablets after an argument in a group chat with her friends. "I wasn't trying to die, I just wanted everything to go quiet for a bit." She is part of a group of four girls from Year 10 - she named [[Tegan|~british]] as her best friend. They follow accounts that post about self harm and "share stuff" in a group chat. She did not want me to see it. She cuts her upper arms, last time "before Christmas", keeps blades in a make up bag - agreed to give the bag to mum (she did, while I was there).

Parents: both exhausted. Dad works nights as an HGV driver and has been sleeping in the day with his phone on loud "in case". Mum is a TA at a primary school and has taken a week off. Mum said "we are walking on eggshells, we check on her every hour in the night".
Ruadhán: quiet, said he "heard the ambulance people" (actually it was the car to A&E) and now won't sleep in his own room.

Analysis: significant risk of further self harm. Loving, protective parents who are running on empty. Sibling impact.
Next steps: liaise with CAMHS crisis team re safety plan; school; GP; consider young carers support for Ruadhán; visit weekly during assessment.
"""),
    ("camhs_safety", "2025-01-27", "CAMHS Liaison", "mravenscroft", "CAMHS crisis team - safety plan", "standard", """
Spoke to [[Ghaliya Qaddoumi|P06]], CAMHS crisis practitioner, by phone.

Ghaliya saw Laoise and parents at home on Fri 24th and they wrote a safety plan together. Main points: all medicines (including dad's) locked in a cash box, parents hold the key; Laoise to tell mum or text the crisis line when the "buzzing" feeling starts; distraction list (drawing, cold shower, walking the neighbour's dog {{Wotsit|pet_name}}); no blades in the house; parents to check her bag after school for the next month.

CAMHS will see her weekly for now, Ghaliya is the lead. She said Laoise is "guarded and very bright" and talks more easily when doing something with her hands.
"""),
    ("od2", "2025-02-10", "Hospital Admission", "mravenscroft", "Second overdose - tel calls", "standard", """
08:45 tel from Riverbank ward: Laoise was admitted on Friday night (7/2) after a second paracetamol overdose. She bought two packets in two different shops on the way home from school and took 28 tablets in the park. She sent a photo of the empty packets to [[Tegan|~british]], whose mother rang 999. Ambulance to A&E, NAC infusion, on the ward since.
09:20 tel call with mum: she sounded flat, said "we did everything on the plan and it still happened". Dad is with Laoise on the ward.
10:05 CAMHS crisis team assessed her on Saturday (8/2). No grounds to detain under the MHA; plan is increased CAMHS contact (twice weekly) and a referral for consideration of intensive home treatment.
11:30 discussed with TM HB. Single assessment to be completed with a CIN plan; review of risk after discharge.
Medically fit for discharge today, going home this afternoon.
"""),
    ("school", "2025-02-13", "School Liaison", "mravenscroft", "Meeting with DSL - friendship group and online content", "standard", """
Met [[Idwal Ferriby|P05]], DSL, at Holmesdale Vale.

Mr Ferriby shared (with [[Tegan|~british]]'s mum's consent) screenshots from the girls' group chat, which they call "{{the void|word_name}}". The girls share videos from two accounts that post about self harm and overdoses, including how many tablets "it takes" and how to hide cuts. [[Tegan|~british]] told him Laoise posted the photo of the empty packets "to prove she meant it".

School have reported both accounts to the platform and to police (the online safety officer). [[Tegan|~british]] and another girl in the group are being supported by school and their families have been told.

Attendance this term 62%. School suggest a part-time timetable when she is ready, with a base in the {{Lantern Room|place}} (inclusion). Mr Ferriby is her key adult.
"""),
    ("s136", "2025-02-24", "Police Notification", "mravenscroft", "Police notification - s136 Mental Health Act", "standard", """
PVP notification received from Kent Police (copied):

"Sat 22/02/25, 21:40. Police called by a member of the public to a teenage girl sitting on the outside of the railings on the {{Hermitage Lane footbridge|place}} over the railway. Officers PC [[Elidir Trevaskis|~british]] and colleague attended. Female identified as [[Laoise MULQUEENY|P01]], 15. She would not come back over the railings for approx 20 mins; officers were able to reach her and bring her to safety. Detained under s136 Mental Health Act 1983 at 22:05 and taken to the health based place of safety at {{Priority House|place}}. Parents informed at 22:20 and attended. No injuries. Subject stated she had 'had enough of being watched all the time'."

Follow up call with mum today: Mental Health Act assessment was done at about 3am on Sunday 23rd. Laoise was NOT detained under the Mental Health Act, but the doctors recommended an informal admission to a tier 4 adolescent unit and Laoise and her parents agreed. There is no bed in Kent. She has been moved to the paediatric ward at Maidstone as a place of safety while a bed is found. 1:1 nursing.
"""),
    ("bed_search", "2025-02-27", "Telephone", "tgorringe", "Tier 4 bed search log", "standard", """
Co-working with MR. Phone log of the bed search (NHS England case manager [[Elfrida Ebbsworth|~british]]):

Mon 24/2 14:00 - no adolescent beds in the South East. Referral sent nationally.
Tues 25/2 10:30 - two units declined (one no female bed, one "acuity too high" on the ward).
Tues 25/2 16:10 - bed possibly in {{Bristol|place}} tomorrow, fell through by 17:30.
Weds 26/2 11:15 - bed offered at {{Ravensworth House|place}}, {{Middlesbrough|place}}, about 270 miles from home. Parents told at 11:40. Mum cried; dad said "how are we meant to visit her up there and keep Ru going to school".
Thurs 27/2 08:00 - Laoise transferred by secure patient transport from the paediatric ward. Arrived 15:20. Admitted informally.

The unit's consultant is Dr [[Yareli Urquiza|~latin_american]]. Ward phone [[01642 496183|PHONE]]. Parents plan to go up at the weekend; I have raised travel costs with TM.
"""),
    ("supervision", "2025-03-04", "Supervision", "hbagshawe", "Case supervision", "standard", """
Supervision: MR / TG with HB.

Summary: two paracetamol overdoses needing admission (11/1 and 7/2), s136 on 22/2, informal admission to tier 4 unit in Middlesbrough since 27/2. Previous undisclosed tablets in Nov 2024.

Family: Mum now signed off work for 2 weeks. Dad has gone down to day shifts, which means a pay cut. Both are exhausted and say the distance is "like she's been taken away". Ruadhán has been clingy and his school say he is crying in class.

Decisions:
- s17 payment agreed for travel and one night's accommodation per week for a parent to visit, from this week.
- Young carers referral for Ruadhán (MR to complete this week).
- TG to visit Laoise at the unit within 3 weeks; MR to keep weekly contact by video.
- If Laoise goes missing from the unit or there is any new safeguarding information, a strategy discussion will be convened straight away.
- Single assessment to be completed by 14/3.
"""),
    ("disclosure", "2025-03-17", "Statutory Visit", "tgorringe", "Visit to Ravensworth House - disclosure", "standard", """
Visit to the unit, seen Laoise alone in the family room, and her key nurse.

Background: On Friday (14th) Laoise told her key nurse about a man she calls "Jace". The unit made a safeguarding referral to their local authority and to us the same evening.

What Laoise told me today (she agreed to me writing it down): she "met" Jace on Snapchat in October. She thinks he is 22 or 23. He has a car. She met him twice before Christmas at {{Chatham station|place}} and he drove her around and bought her vapes. He sent her £50 "for pics" and she sent him photos of herself in her underwear. He told her not to tell anyone because "people wouldn't get it". She said that when she told him about the first overdose he said "you should take more next time, then they'd listen". She has not had contact since she went into hospital as her phone is with mum.

She did not want to say more today. I told her this would be shared with police.

Action: informed HB by phone at 15:10. Strategy discussion requested for tomorrow.
"""),
    ("strategy", "2025-03-18", "Strategy Discussion", "mravenscroft", "Strategy discussion - disclosure re older male", "standard", """
STRATEGY DISCUSSION 18/03/2025 11:00, Teams
Chair: HB. Present: MR, TG, DC [[Amrit Dhaliwal-Ross|~south_asian]] (Kent Police, child exploitation), Mr Ferriby (school), [[Ghaliya Qaddoumi|P06]] (CAMHS), ward manager from Ravensworth House.

Info: as per TG's note of 17/3. Police: the Snapchat name given is linked to an adult male in the Medway area; checks ongoing. School: no sightings of a man collecting Laoise; one of the group chat girls mentioned "an older boyfriend" in December.

Decisions:
1. Threshold met. Section 47 enquiry (joint with police) into harm from an adult outside the family (online sexual exploitation, encouragement of self harm). Parents are protective and not the source of harm.
2. Police to investigate (indecent images, grooming). Laoise's phone taken from mum by police today with consent.
3. Video recorded interview to be arranged at the unit when the consultant says she is well enough.
4. Exploitation risk assessment to be completed by TG.
5. No ICPC anticipated as long as parents remain protective; outcome to be reviewed at the end of the s47.
"""),
    ("police_intel", "2025-03-20", "Case Note", "mravenscroft", "Police intelligence - restricted", "restricted", """
Restricted at police request: intelligence not to be shared with the family.

DC [[Dhaliwal-Ross|~south_asian]] rang: the man is believed to be [[Jason Tremlow|~british]], DOB [[04/01/2002|DOB]], living at [[Flat 9, Corbett House, Strood|ADDRESS]]. Two previous intelligence reports from other forces about contact with girls under 16 online; no charges. Not to be disclosed to parents or Laoise at this stage.
"""),
    ("discharge_planning", "2025-04-02", "Health", "mravenscroft", "Discharge planning meeting - Ravensworth House", "standard", """
Discharge planning meeting yesterday 1/4, Teams. Dr [[Urquiza|~latin_american]] (consultant), key nurse, Ghaliya (community CAMHS), MR, mum and dad, Mr Ferriby, Laoise for the last part.

Progress: no self harm on the unit for three weeks; engaging in DBT skills group; mood better; eating well. Video recorded interview with police took place at the unit on Thursday 27/3 - Laoise said it was "horrible but I'm glad".

Plan:
- Planned discharge home Friday 11th April.
- CAMHS intensive home treatment team three times a week for the first 6 weeks, then weekly with Ghaliya.
- Safety plan updated by Laoise herself - copy to school and parents.
- New phone with parental controls; she agrees.
- School: phased return after the Easter holidays.
Dr [[Urquiza|~latin_american]]: "she has done the work, the risk now is at home and online, not in her head alone."
"""),
    ("home_after", "2025-04-15", "Home Visit", "mravenscroft", "Home visit after discharge", "standard", """
HV. Laoise home since Fri 11th, dad drove up to collect her.

seen alone in the garden, v chatty. She said being home is "weird, good weird". Safety plan is on the fridge and she showed me the new phone settings. She says she has left the group chat. [[Tegan|~british]] has messaged to say sorry.

Parents: mum said this is the first week she has slept through since January. Dad back on nights from May. Ruadhán made a "welcome home" banner; young carers service have offered him a place at their Saturday group.

No concerns seen. Medicines still locked away.
"""),
    ("reintegration", "2025-04-25", "Education", "mravenscroft", "School reintegration meeting", "standard", """
Reintegration meeting at school, 24th April. Present: Laoise, mum, Mr Ferriby, head of year, Ghaliya, MR.

Agreed a part-time timetable from Monday 28th April: three mornings a week (Mon, Wed, Fri), 8.45 to 12.15, based in the Lantern Room with English and maths in class. To increase every two weeks if she is managing. Exit card to go to the Lantern Room whenever she needs to.
Friendship group: [[Tegan|~british]] has moved to another school after Easter (parents' choice). The other two girls are in different tutor groups.
Mr Ferriby will check in with her every morning she is in.
"""),
    ("police_update", "2025-05-09", "Phone Call", "mravenscroft", "Police update", "standard", """
Call from DC [[Dhaliwal-Ross|~south_asian]] 14:30. A man was arrested on Tuesday (6/5) on suspicion of causing a child to engage in sexual activity, making indecent images of a child, and encouraging serious self harm. He was interviewed and released on police bail with conditions not to contact anyone under 18. His phone and laptop have been seized.

I told parents at 16:00 (police agreed what could be shared). Mum said "at least they believe her". Agreed with mum that I will tell Laoise with her on Monday.
"""),
    ("tablets_found", "2025-05-20", "Case Note", "mravenscroft", "Tablets handed to mum", "standard", """
Mum rang this morning. On Sunday evening (18th) Laoise came downstairs and handed mum 12 paracetamol in a sandwich bag that she had been hiding in her pencil case. She said she had bought them on the way home from school a fortnight ago "on a bad day" but had not taken any. Mum checked - the cash box was still locked.

Spoke to Laoise on the phone: "I used the plan. I didn't want to go back to hospital." Ghaliya informed, extra CAMHS visit done Monday. No overdose. Safety plan reviewed and the shop near school told by mum about age restricted sales.

This is a positive - she told someone before acting.
"""),
    ("cin_review", "2025-06-16", "CIN Review", "mravenscroft", "CIN review and s47 outcome", "standard", """
Child in need review held on Thurs 12/6 at home (originally booked for 5/6, moved as CAMHS could not attend). Present: Laoise, parents, Mr Ferriby, [[Ghaliya Qaddoumi|P06]], MR.

s47 outcome: enquiry concluded. Laoise suffered significant harm from an adult outside the family (online sexual exploitation, encouraged to self harm). Parents protective throughout. Police investigation ongoing, man remains on bail. No ICPC.

Progress: no overdose since February. One episode of cutting in May, minor, told mum. On a full timetable since Monday 2nd June. CAMHS now weekly with Ghaliya. Ruadhán going to young carers on Saturdays and "loves it".
Parents said they feel "less like we're on our own".

Outcome: CIN plan to continue for 3 months, then consider stepping down to early help if things stay stable. Next review September.
"""),
]

QUESTIONS = [
    {"q": "how many ODs has she had that needed admission", "qtype": "how_many",
     "facts": ["two paracetamol overdoses"], "notes": ["supervision"], "as": "mravenscroft"},
    {"q": "when was the 136, when police found her on the bridge?", "qtype": "when",
     "facts": ["2025-02-22"], "notes": ["s136"], "as": "hbagshawe"},
    {"q": "was she sectioned after that", "qtype": "yes_no",
     "facts": ["no"], "notes": ["s136"], "as": "mravenscroft"},
    {"q": "where did they find a tier 4 bed in the end", "qtype": "what",
     "facts": ["Middlesbrough"], "notes": ["bed_search", "supervision"], "as": "hbagshawe"},
    {"q": "what did laoise say about why she took the tablets the first time", "qtype": "quote",
     "facts": ["I just wanted everything to go quiet"], "notes": ["assessment_visit"], "as": "mravenscroft"},
    {"q": "who is the older man she told the nurse about?", "qtype": "who",
     "facts": ["Jace"], "notes": ["disclosure", "strategy"], "as": "mravenscroft"},
    {"q": "when did she come home from the unit", "qtype": "when",
     "facts": ["2025-04-11"], "notes": ["home_after", "discharge_planning"], "as": "mravenscroft"},
    {"q": "whats her school timetable on the return", "qtype": "what",
     "facts": ["three mornings a week"], "notes": ["reintegration"], "as": "hbagshawe"},
    {"q": "has anyone been arrested", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["police_update"], "as": "mravenscroft"},
    {"q": "did the unit give her a diagnosis", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "mravenscroft"},
    {"q": "when does the man answer bail?", "qtype": "when",
     "facts": [], "notes": [], "as": "hbagshawe"},
]

EVENTS = [
    ("2025-01-11", "hospital", ["referral"], "First paracetamol overdose (16 tablets); A&E and admission to the paediatric ward."),
    ("2025-01-13", "referral", ["referral"], "Referral from the hospital social work team; single assessment allocated."),
    ("2025-01-17", "assessment", ["assessment_visit"], "Single assessment started; Laoise seen alone; blades handed to mum."),
    ("2025-01-24", "health", ["camhs_safety"], "CAMHS crisis team safety plan agreed with Laoise and parents."),
    ("2025-02-07", "hospital", ["od2", "supervision"], "Second paracetamol overdose (28 tablets) in the park; 999 call; admitted."),
    ("2025-02-22", "police_incident", ["s136", "supervision"], "Found on the outside of a railway footbridge; detained by police under s136 and taken to the place of safety."),
    ("2025-02-23", "health", ["s136"], "Mental Health Act assessment: not detained; informal tier 4 admission recommended; no bed in Kent."),
    ("2025-02-27", "hospital", ["bed_search", "supervision"], "Transferred to a tier 4 adolescent unit in Middlesbrough, about 270 miles away; informal admission."),
    ("2025-03-14", "contact", ["disclosure"], "Disclosed online sexual exploitation by an older man ('Jace') to her key nurse; unit made a safeguarding referral."),
    ("2025-03-18", "strategy_discussion", ["strategy"], "Strategy discussion: joint s47 enquiry into extrafamilial harm; police investigation; phone seized."),
    ("2025-03-18", "section_47", ["strategy"], "Section 47 enquiry started (harm from an adult outside the family)."),
    ("2025-03-27", "police_incident", ["discharge_planning"], "Video recorded police interview at the unit."),
    ("2025-04-11", "hospital", ["home_after"], "Discharged home from the tier 4 unit with CAMHS intensive home treatment."),
    ("2025-04-24", "positive_change", ["reintegration"], "School reintegration meeting agreed a part-time timetable (three mornings a week) from 28 April."),
    ("2025-05-06", "police_incident", ["police_update"], "Adult male arrested, interviewed and bailed; devices seized."),
    ("2025-05-18", "positive_change", ["tablets_found"], "Laoise handed hidden paracetamol to mum without taking any, using her safety plan."),
    ("2025-06-02", "positive_change", ["cin_review"], "Back on a full school timetable."),
    ("2025-06-12", "cin_review", ["cin_review"], "CIN review: s47 concluded (significant harm from an adult outside the family), no ICPC, CIN plan continues."),
]
