"""IND-0001: neglect, CP plan (ICPC, two RCPCs), stepped down to child in need. Written by hand."""

CASE = {
    "case_id": "IND-0001", "team": "East Safeguarding", "status": "child_in_need",
    "allocated_worker": "rmakinde",
    "child": {"person_id": "P01", "given_name": "Precious", "family_name": "Olumide", "date_of_birth": "2016-09-14",
              "gender": "female", "ethnicity": "Black British - African", "religion": "Christian",
              "nhs_number": "485 777 3120", "address": "Flat 3, 22 Brigantine Court, Castleford WF10 4QP",
              "school": "Redhill Lane Primary", "given_origin": "african", "family_origin": "african"},
    "people": [
        {"person_id": "P02", "given_name": "Folake", "family_name": "Olumide", "relationship": "mother",
         "date_of_birth": "1994-02-27", "phone": "07823 412907", "address": "Flat 3, 22 Brigantine Court, Castleford WF10 4QP",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P03", "given_name": "Daniel", "family_name": "Olumide", "relationship": "brother",
         "date_of_birth": "2020-05-03", "given_origin": "british", "family_origin": "african"},
        {"person_id": "P04", "given_name": "Comfort", "family_name": "Akinwande", "relationship": "MGM",
         "phone": "0113 496 0384", "given_origin": "african", "family_origin": "african"},
    ],
}

A, M = "rmakinde", "pquartey"
ALIASES = {
    "Precious": "P01", "Precious OLUMIDE": "P01", "OLUMIDE": "P01", "Daniel": "P03", "Danny": "P03/british",
    "Folake": "P02", "Fola": "P02", "Comfort": "P04", "Comfort Akinwande": "P04",
    "Lee": "~british", "Lee GARTSIDE": "~british", "GARTSIDE": "~british", "Rhiannon": "~british",
    "Rhiannon Pugh": "~british", "Nuala Mulcahy": "~irish", "Ollerenshaw": "~british",
}
NOTES = [
    ("contact", "2022-11-08", "MASH Contact", A, "Contact from school", "standard", """
From: [[Rhiannon Pugh|~british]] <[[r.pugh@redhilllane.sch.uk|EMAIL]]>
Sent: 08 November 2022 09:14
To: MASH
Subject: concern - Year 1 pupil

Hi, I'm the DSL at {{Redhill Lane Primary|place}}. I'm sending this as a formal contact re [[Precious OLUMIDE|P01]] (DOB [[14/09/2016|DOB:P01]]) who lives at [[Flat 3, 22 Brigantine Court|ADDRESS:P02]], {{Castleford|place}} [[WF10 4QP|POSTCODE:P02]]. She came in again today with no coat and the same uniform she has had on since last Weds. Staff say she is hungry on arrival most mornings and asked the lunchtime supervisor for seconds "for Daniel". She has missed 11 sessions this half term. Mum ([[Folake|P02]]) has not answered the phone to us on [[07823 412907|PHONE:P02]] since the 1st. Precious told her TA a man called [[Lee|~british]] "looks after us when Mummy goes to work" - we have never heard of him before.
Kind regards
Rhiannon
"""),
    ("referral", "2022-11-09", "MASH Referral", A, "MASH decision", "standard", """
MASH RAG: amber.
- School contact 8/11 re hunger, clothing, attendance (11 sessions missed).
- Checks: HV [[Nuala Mulcahy|~irish]] reports [[Daniel|P03]] ({{2|figure}}yrs) missed {{2|figure}} yr review; no GP concerns on record.
- Police: no trace for mother. Unknown adult "Lee" - insufficient info for PNC check.
- Decision: threshold met for referral to East Safeguarding, single assessment, SW to visit within 5 working days. Mum to be told.
"""),
    ("visit1", "2022-11-14", "Home Visit", A, "First visit", "standard", """
I visited the home today (Monday) at 3.45pm after school, unannounced. Ms [[Olumide|P02]] was not at home. The door was opened by a white man in his 30s who gave his name as "[[Lee|~british]]" and said he was "a friend of [[Fola|P02]]'s" who minds the kids while she is on shift at the care home. He would not give a surname or date of birth. He let me in. The flat was cold, there was no food in the fridge except milk and a tub of butter, and there was dog mess on the kitchen floor (a Staffie called {{Tyson|pet_name}}). [[Daniel|P03]] was in a nappy that needed changing and had a crusted nose.

I spoke to [[Precious|P01]] on her own in her bedroom. She showed me her drawings. I asked her who lives at home and she said "me, Mummy, Danny and sometimes Lee". I asked what happens when Mummy is at work and she said "Lee shouts when Mummy is at work" and that he "plays on the PlayStation and we have to be quiet". She said she gets breakfast "at school club". She did not report being hurt.

I phoned mum, who came home at 5.10pm. She was upset that I had been let in by Lee and said he is a new friend she has known "about a month". I explained my worries about the children being left with a man we know nothing about. I will discuss with my TM today re strategy discussion.
"""),
    ("strategy", "2022-11-16", "Strategy Meeting", A, "Strategy discussion", "standard", """
STRATEGY DISCUSSION - [[Precious|P01]] and [[Daniel|P03]] OLUMIDE
Date: {{16/11/22|event_date}}, {{10:00|time}}, Teams
Present: [[Patience Quartey|~african]] (TM, chair), [[Rotimi Makinde|~african]] (SW), DC [[Gareth Hallworth|~british]] (West Yorkshire Police), [[Nuala Mulcahy|~irish]] (HV), [[Rhiannon Pugh|~british]] (DSL)

Information shared:
Police - Lee now identified by mum as [[Lee GARTSIDE|~british]]. He has a caution for possession (2019) and was named in a DA incident with a previous partner in 2021. No convictions against children.
Health - Daniel's immunisations incomplete, missed 2 HV contacts.
School - attendance 84%, hunger.

Decision: criteria for s47 met, single agency (SW) s47 enquiry, category of concern NEGLECT. Mum to be asked to agree a safety plan that Lee does not care for the children alone. If s47 substantiated -> ICPC.
"""),
    ("s47", "2022-11-21", "S47", A, "Section 47 visit", "standard", """
s47 home visit with SW student. Mum present throughout, Lee not present. Home slightly improved, food shopping done (mum said her sister helped). Precious seen alone in the living room while mum bathed Danny. I asked her about her week. She said "Lee isn't allowed to babysit now, Nana [[Comfort|P04]] comes". She said she likes school dinners best. Daniel observed, nappy rash noted, no injuries seen.

Spoke to MGM [[Comfort Akinwande|P04]] by phone on [[0113 496 0384|PHONE:P04]], she confirmed she is now doing the evening childcare 3 nights a week but can't do weekends because of church.

Outcome of s47: concerns substantiated - neglect (home conditions, supervision, health needs). Recommend ICPC. TM agreed.
"""),
    ("icpc", "2022-12-07", "Initial Child Protection Conference", A, "ICPC", "standard", """
Initial Child Protection Conference held 7 Dec. Chair: [[Margaret Ollerenshaw|~british]] (independent chair). Mum attended with her advocate. Lee was not invited.
Decision: both children made subject of Child Protection Plans under the category of NEGLECT. Core group to meet within 10 working days. RCPC within 3 months.
Plan outcomes: children to be supervised by safe adults only; Daniel's immunisations up to date by end of Feb; Precious's attendance above 95%; mum to engage with parenting course at the family hub.
"""),
    ("cg1", "2022-12-20", "Core Group", A, "Core group 1", "standard", """
CGM 1. Present mum, SW, HV, DSL. Plan gone through, mum signed. Nothing new. Next CGM 31/1/23.
"""),
    ("cpv1", "2023-01-17", "CP Visit", A, "Statutory visit", "standard", """
CP visit. Both children seen, Precious seen alone in her room - chatty, talked about Christmas and a new scooter. Home warm and tidy enough, food in the cupboards. Mum tired but positive, has started the course. No concerns raised by anyone. Nothing further.
"""),
    ("hosp", "2023-02-06", "A&E attendance", A, "Hospital attendance", "standard", """
Notification from {{Pinderfields Hospital|place}} ED liaison received this morning. Daniel (NHS no. [[401 023 2188|NHS_NUMBER:P03]]) was brought to A&E on Saturday 4th Feb at approx {{18:40|time}} by mum with a scald to the back of his left hand. Mum's account: he pulled a cup of tea off the coffee table. Dr [[Ifeanyi Chukwu|~african]] (paeds reg) felt the injury consistent with the explanation, dressed and discharged, no safeguarding referral made by the hospital. Mum did not tell us over the weekend - I have rung her and she said she "didn't think it mattered as it was an accident". Discussed with TM, not requiring a further strategy discussion, to be picked up at CGM.
"""),
    ("cpv2", "2023-02-23", "Stat Visit", A, "Statutory visit", "standard", """
Statutory visit, announced. Daniel's hand healing well. However during the visit I saw men's trainers and a work jacket in the hall. When I asked, mum told me Lee has been staying full time since Valentine's day ("he moved in on the 14th, it's easier with the shifts"). She accepts she should have told me. She gave his DOB as [[03/07/1989|DOB]]. Precious seen alone, said Lee is "nicer now" and takes her to the park. I explained this is a change that needs assessing and that the safety plan still says the children are not to be left alone with him. Police checks requested.
"""),
    ("rcpc1", "2023-03-08", "RCPC", M, "Review conference", "standard", """
Review Child Protection Conference, chair [[M. Ollerenshaw|~british]].
Progress: attendance now 91%, immunisations done, home conditions improved. New concern: Lee GARTSIDE living in the home without assessment; scald injury 4/2.
Decision: CP plans CONTINUE, category neglect. Lee to be assessed (viability/parenting), next RCPC in 6 months.
"""),
    ("gp", "2023-04-12", "GP Liaison", A, "Call with GP", "standard", """
Tel call with Dr [[Sunil Raghunathan|~south_asian]], {{Ferrybridge Road Surgery|place}}. He confirms Daniel is now fully up to date with imms and Precious was seen for eczema in March. No other concerns. Info for CGM.
"""),
    ("coc", "2023-05-03", "Change of Circumstances", A, "Household change", "standard", """
Mum rang me this morning to say she and Lee split up on Sunday just gone and he has moved back to his mum's in {{Normanton|place}}. She says there was no incident, "we just weren't getting on". I checked with the police DA team - no call-outs to the address. Precious apparently "cried a bit" but is ok. Will see the children at the next visit.
"""),
    ("school", "2023-06-21", "School Liaison", A, "School update", "standard", """
Spoke to Mrs [[Pugh|~british]] (DSL). Precious's attendance this term is 97%, she is coming in clean and with breakfast eaten, and she got a Star of the Week certificate last friday. School have no concerns and describe her as "a different girl". Very positive.
"""),
    ("rcpc2", "2023-09-06", "Review CP Conference", M, "RCPC 2", "standard", """
RCPC held 6/9/23. All agencies report sustained progress since March: stable home, good attendance, health needs met, Lee no longer in the household. Mum completed the parenting course in July.
Decision: CP plans ENDED. Children to be supported under a Child in Need plan, first CIN review within 3 months.
"""),
    ("cin1", "2023-11-15", "CIN Review", A, "CIN review 1", "standard", """
CIN review. Present: mum, MGM, SW, DSL, HV (by phone). All going well, mum has changed to day shifts and Nana does school pick-ups Tues/Thurs. Plan to continue CIN to end of Feb then consider closure or step down to early help.
"""),
    ("cin2", "2024-01-24", "CIN Review", A, "CIN review 2", "standard", """
2nd CIN review. No new concerns. Precious (now 7) said she wants to go to Brownies. Mum asked about help with the electricity debt - referred to the family hub money advice worker. Agreed to continue CIN one more period.
"""),
]

QUESTIONS = [
    {"q": "When was the initial child protection conference for Precious?", "qtype": "when", "facts": ["2022-12-07"], "notes": ["icpc"], "as": A},
    {"q": "who's the designated safeguarding lead at Precious's school", "qtype": "who", "facts": ["Pugh"], "notes": ["contact", "school"], "as": A},
    {"q": "Under which category were the children put on child protection plans?", "qtype": "what", "facts": ["neglect"], "notes": ["icpc"], "as": M},
    {"q": "How many sessions had Precious missed when the school first raised concerns?", "qtype": "how_many", "facts": ["11"], "notes": ["contact"], "as": A},
    {"q": "On my first visit, what did Precious tell me about Lee when we were on our own?", "qtype": "quote", "facts": ["Lee shouts when Mummy is at work"], "notes": ["visit1"], "as": A},
    {"q": "Has Daniel ever been taken to A&E?", "qtype": "yes_no", "facts": ["yes", "2023-02-04"], "notes": ["hosp"], "as": A},
    {"q": "When did Lee move in with the family?", "qtype": "when", "facts": ["2023-02-14"], "notes": ["cpv2"], "as": M},
    {"q": "Who chaired the ICPC?", "qtype": "who", "facts": ["Ollerenshaw"], "notes": ["icpc"], "as": A},
    {"q": "Are the children still on CP plans?", "qtype": "yes_no", "facts": ["no", "2023-09-06"], "notes": ["rcpc2"], "as": M},
    {"q": "Who is Precious's dentist?", "qtype": "who", "facts": [], "notes": [], "as": A},
    {"q": "Has a family group conference been held for this family?", "qtype": "yes_no", "facts": [], "notes": [], "as": M},
]

EVENTS = [
    ("2022-11-08", "contact", ["contact"], "Contact from school DSL: hunger, clothing, attendance"),
    ("2022-11-09", "referral", ["referral"], "MASH: threshold met, referral for single assessment"),
    ("2022-11-14", "household_change", ["visit1"], "Unknown adult Lee found caring for the children"),
    ("2022-11-16", "strategy_discussion", ["strategy"], "Strategy discussion; s47 enquiry agreed (neglect)"),
    ("2022-11-21", "section_47", ["s47"], "s47 enquiry: neglect substantiated, ICPC recommended"),
    ("2022-12-07", "icpc", ["icpc"], "ICPC: both children on CP plans, category neglect"),
    ("2023-02-04", "hospital", ["hosp"], "Daniel to A&E with scald to left hand"),
    ("2023-02-14", "household_change", ["cpv2"], "Lee Gartside moved into the home"),
    ("2023-03-08", "rcpc", ["rcpc1"], "RCPC: CP plans continue, category neglect"),
    ("2023-04-30", "household_change", ["coc"], "Mother and Lee separated; he moved out"),
    ("2023-06-21", "positive_change", ["school"], "School attendance 97%, no concerns"),
    ("2023-09-06", "rcpc", ["rcpc2"], "RCPC: CP plans ended, stepped down to CIN"),
    ("2023-11-15", "cin_review", ["cin1"], "First CIN review"),
    ("2024-01-24", "cin_review", ["cin2"], "Second CIN review; CIN continues"),
]
