"""IN8-0006: a special guardianship arrangement breaks down when the grandmother has a stroke (author B)."""

CASE = {
    "case_id": "IN8-0006",
    "team": "Harrowfield Permanence",
    "status": "closed",
    "allocated_worker": "itallis",
    "child": {
        "person_id": "P01", "given_name": "Kenisha", "family_name": "Gillard", "date_of_birth": "2014-11-08",
        "gender": "female", "ethnicity": "Mixed White and Black Caribbean", "nhs_number": "463 019 2875",
        "address": "31 Cragg Walk, Harrowfield HX5 2LT", "school": "Calderbrook High School",
        "given_origin": "caribbean", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Marlene", "family_name": "Gillard", "relationship": "maternal grandmother (special guardian)",
         "date_of_birth": "1958-02-17", "phone": "0161 496 0388", "address": "31 Cragg Walk, Harrowfield HX5 2LT",
         "given_origin": "caribbean", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Danielle", "family_name": "Gillard", "relationship": "mother",
         "date_of_birth": "1989-09-03", "phone": "07700 100417",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Prudence", "family_name": "Shergill", "relationship": "maternal aunt",
         "date_of_birth": "1985-01-12", "phone": "0113 496 0721", "address": "9 Ings Lane, Harrowfield HX4 8RS",
         "given_origin": "british", "family_origin": "south_asian"},
    ],
}

ALIASES = {
    "Kenisha": "P01", "Nisha": "P01", "K": "P01", "KG": "P01",
    "Marlene": "P02", "Mrs Gillard": "P02", "Nana Marlene": "P02", "MG": "P02", "Nana": "P02",
    "Danielle": "P03", "Dani": "P03", "Danielle Gillard": "P03", "Ms Gillard": "P03",
    "Prudence": "P04", "Pru": "P04", "Prudence Shergill": "P04", "Mrs Shergill": "P04",
    "Ingrid Ainsley": "~british", "Ingrid": "~british", "Ainsley": "~british",
    "Corrigan": "~irish", "Ocansey": "~african", "Joel Ferrier": "~british", "Joel": "~british",
    "Cadwallader": "~british", "Heddwyn": "~british", "Amadou Sissoko": "~african", "Amadou": "~african",
    "Pippa Ravensdale": "~british", "Ravensdale": "~british", "Beatrix Lowrie": "~british", "Nesbitt": "~british",
    "Sukhdev": "~south_asian", "Sukhdev Shergill": "~south_asian", "Marlene Gillard": "P02",
    "J Akinyemi": "~african", "Ingeborg": "~british", "Ruby": "~british", "Manvir": "~south_asian", "Lyla": "~british", "IT": "~british", "JA": "~african", "PvT": "~british",
}

NOTES = [
    ("contact", "2025-06-04", "Telephone Call", "itallis", "Call from hospital SW - special guardian admitted with stroke", "standard",
     """
09.05 Call from [[Ms Corrigan|~irish]], ward social worker, Harrowfield General stroke unit.

Marlene Gillard (67), special guardian for Kenisha (10) since 2018, was admitted yesterday ({{Tues 3rd|event_date}}) by ambulance after collapsing in the kitchen. CT confirms a left-sided stroke. Right-sided weakness, speech badly affected, "she can understand but can't get her words out". Likely in hospital several weeks then rehab. Not able to care for anyone for the foreseeable future.

Kenisha found Nana on the floor after school and rang 999 herself. Paramedics left her with the neighbour at no. 29, [[Mrs Ocansey|~african]], who kept her overnight but cannot keep her longer (works nights).

Checked file: SGO made {{4 September 2018|event_date}} to MG. Mother Danielle Gillard shares PR; she lost care of K in 2017 (drug use). Last known contact between mum and K was letter box + a supervised visit at Christmas.

Discussed with PvT. K needs somewhere tonight.
"""),
    ("s20", "2025-06-04", "Placement Start", "itallis", "Emergency placement under s20", "standard",
     """
Placement start - emergency, s20 CA 1989.

MG lacks capacity today to consent (per ward). Mum Danielle contacted on her mobile [[07700 100417|PHONE:P03]] at 11.30: she was upset, asked "can she come to me?" - explained we need to do checks first and could not place with her today. Mum gave s20 consent; signed at the office at 2pm. Mum's sister Prudence (Pru) also rang - offered to have K but is on holiday in Spain until the 14th.

K collected from school by me and JA. She asked whether Nana is going to die. Placed with foster carer Ingrid Ainsley at {{6.15pm|time}} - experienced carer, 10 mins from her primary so she can stay at the same school.

Items: school uniform, tablet, her rabbit {{Crumble|pet_name}} could not go (Mrs Ocansey feeding it for now).
"""),
    ("visit1", "2025-06-10", "CLA Visit", "jakinyemi", "Statutory visit - foster home", "standard",
     """
Statutory visit (J Akinyemi for IT). Child seen: Yes, alone, in her room.

K has settled "ok". She likes Ingrid's dog and the fact she has her own room. She has not slept well - wakes at night and "checks the door". She keeps asking when she can see Nana. She said "I did the right thing didn't I, ringing the ambulance" - I told her she did exactly the right thing and probably helped save her Nan.

On mum: "I don't really know her. She sends me birthday cards". She was surprised mum wants to see her.

Next: hospital visit this week; LAC medical to book; PEP meeting.
"""),
    ("hosp", "2025-06-13", "Hospital Visit", "itallis", "K's first visit to Nana on the stroke unit", "standard",
     """
Took K to the stroke unit yesterday after school (Thurs). Visit 40 mins.

Marlene was sitting out in a chair. Right arm in a sling, face drooping on one side. She cried when she saw K and said "my baby" clearly. K was nervous at first and hid behind me, then sat on the bed and showed Nana photos on the tablet. K did most of the talking. Nana managed "school?" and "be good".

K quiet in the car, then said "she's still Nana though". Ward say discharge to a rehab unit is likely in 2-3 weeks; they think she will need care herself long-term. We agreed weekly visits, with Ingrid taking K on Sundays.
"""),
    ("mum", "2025-06-19", "Telephone Call", "itallis", "Mum asking to care for K", "standard",
     """
Danielle rang (second time this week). She wants K to come and live with her.

Says she has been clean for 2 years - last used heroin on {{14.4.23|event_date}} and came off her methadone script that summer - lives in a 2-bed housing association flat on her own, volunteers at the recovery café. Her drug worker is [[Joel Ferrier|~british]] at Harrowfield Recovery; she gave consent for me to speak to him.

Rang Joel: confirms Dani has been abstinent for 26 months, "one of our success stories", negative tests throughout. Still attends a weekly group.

Explained to mum that we need a viability assessment first, and that K is 10 and her views matter. Dani said "I know I don't get to just walk back in. I just want a chance".
"""),
    ("super", "2025-06-26", "Supervision", "pvantongeren", "Management oversight - SGO breakdown", "standard",
     """
Supervision PvT / IT

Position: the SGO placement has broken down through MG's ill health, not through any failure of care. MG keeps her SGO and PR until a court changes it. K looked after under s20 with mum's consent.

Plan:
1. Viability assessments on Dani (mum) and Pru (aunt) - IT and JA, within 4 weeks.
2. FGC - referral made today, coordinator to contact the family.
3. Legal advice on the route: who applies to court, and for what.
4. Keep K at her primary to the end of Y6; secondary place already allocated at Calderbrook High for September.
5. SGO support plan review to be brought forward, as MG will not be able to resume care.

Risk: drift. K must not spend the summer in limbo. Target: K in a family placement by the start of term.
"""),
    ("legal", "2025-07-03", "Legal", "itallis", "Email from legal services", "standard",
     """
Email from [[Heddwyn Cadwallader|~british]], Legal Services, 2 July:

"Ingeborg, thank you for the summary. My advice in short:
- An SGO cannot be 'transferred'. If Prudence is to care for Kenisha long-term, the cleanest route is for Prudence to apply for her own special guardianship order, with the court discharging Marlene's order at the same time (s14D). As Kenisha has not lived with her for a year, Pru will need the leave of the court to apply; given her relationship with K that should not be difficult.
- Mum also needs leave to apply to discharge the SGO (s14D(3)) and must show a significant change in circumstances. Her recovery may well be that change, but she will have to show it is lasting.
- A child arrangements order can be made alongside to set out mum's time with K.
- The LA is not a party unless we apply; the court will ask for a s14A(8) report on any applicant.
- I do not advise issuing care proceedings. S20 is working, parents with PR agree, and there is no threshold concern about the care K has had.
Happy to talk. Heddwyn"
"""),
    ("fgc", "2025-07-11", "Family Group Conference", "itallis", "FGC - family plan", "standard",
     """
Family group conference yesterday (10/7/25) at the Harrowfield Family Centre. Coordinator [[Amadou Sissoko|~african]].

Attended: Dani, Pru and her husband Sukhdev, MG's brother (Great Uncle [[Alvin|~caribbean]]) by phone from Birmingham, K for the first part with her advocate, IT.

K's wishes (read out by her advocate, in her words): "I want to live with Aunty Pru because she lives near Nana's rehab place and she has Ruby and Manvir. I want to see my mum more but I don't want to live with her yet. I want to keep going to Calderbrook in September with Lyla."

Family plan:
- K to live with Pru and Sukhdev. Pru will ask the court for an SGO.
- Mum to see K twice a week, one after school and one on Saturday, at Pru's to start with.
- Everyone to take K to see Nana, rota in the WhatsApp group.
- Mum not to apply to court "for now" - she said she will "do it properly, one step at a time".

Plan accepted by the LA subject to assessment.
"""),
    ("viab", "2025-07-18", "Viability Assessment", "jakinyemi", "Viability assessments - aunt and mother", "standard",
     """
Viability assessments completed (JA / IT).

[[Prudence SHERGILL|P04]] (maternal aunt) and [[Sukhdev SHERGILL|~south_asian]] - POSITIVE. Stable home, 3-bed house at [[9 Ings Lane|ADDRESS:P04]], two children of their own (8 and 12), both work (Pru school admin, Sukhdev bus driver). DBS clear. K has stayed over at theirs many times. Pru understands K's history and is supportive of Dani's recovery but "not naive about it". Recommend a connected persons assessment and a temporary approval (reg 24) so K can move before term.

[[Danielle GILLARD|P03]] (mother) - NOT RECOMMENDED at this stage. Dani has made real and sustained changes and presents as honest about her past. However, she has not parented for 8 years, has no experience of K's needs now, and her support network is small. Recommend increased contact under the FGC plan and a full parenting assessment in 6 months if she wishes to apply.

Dani was upset but said "that's fair, to be honest".
"""),
    ("move", "2025-08-01", "Placement Move", "itallis", "Move to aunt's under reg 24", "standard",
     """
K moved from Ingrid Ainsley's to Pru and Sukhdev's on {{Wed 30th July|event_date}}, under a reg 24 temporary approval as connected person foster carers (agreed by the ADM on the 29th). Still s20; mum's consent confirmed.

Move went well. Ingrid made K a memory book. K cried saying goodbye to the dog, then was chatting to her cousins within the hour. {{Crumble|pet_name}} the rabbit has moved too.

Full connected persons assessment (Form C) started; to fostering panel in October.
"""),
    ("texts", "2025-08-15", "Case Note", "itallis", "Messages from mum - contact", "standard",
     """
Dani forwarded these from her phone after the contact on Thurs (typed from screenshots):

Pru: Hiya, K's asking if you can come Sat instead, she's got Manvir's party Thurs x
Dani: course. can I bring her the trainers
Pru: yeah she'll love that
Dani: was she ok after last time? she went quiet when I left
Pru: She was fine hun, just tired. She said you made her laugh x

Dani asked me whether "going quiet" means K doesn't want to see her. Reassured her. Contact has happened twice weekly since the move, none missed. Pru says it is going well. Dani told me she is still testing clear with Joel and there has been no relapse - she offered a hair strand test herself; result came back clear.
"""),
    ("school", "2025-09-12", "Education", "jakinyemi", "Transition to Calderbrook High", "standard",
     """
PEP / transition check-in with Calderbrook High (Y7 head of year, designated teacher).

K started on {{3/9|event_date}} with the rest of Y7. Transition support before the summer: 2 extra visit days, a named mentor, and her friend Lyla in the same form. She is in form 7NR. Early reports: "bubbly, chatty, a bit anxious at lunchtime". Attendance 100% so far. Settling-in review with mum and Pru w/c 22/9.

School know about Nana's stroke and that she is looked after; K asked that her form tutor not tell the class. PEP targets: join a club (she has chosen netball); reading age check; a worry plan for days she visits Nana.
"""),
    ("sgorev", "2025-10-01", "SGO Support Plan Review", "itallis", "SGO support plan review", "standard",
     """
SGO support plan review held 1/10/25 (first date of 17th Sept cancelled - MG had a chest infection) - MG at the rehab home with her OT present, Pru, IT. Dani sent written views.

- MG now talks in short sentences and walks with a frame. She will move to a ground-floor flat with carers; she will not be able to care for K again. She said "Pru has her. That's right." She would like K to visit every week and to stay her Nana "in every way that counts".
- MG's SGO allowance to stop when the new order is made. A fresh SGO support plan to be written for Pru, including a financial assessment, therapeutic support through the Adoption and Special Guardianship Support Fund if needed, and help with contact.
- MG supports Pru applying and agrees to the discharge of her own order.
"""),
    ("court1", "2025-11-20", "Court Hearing", "itallis", "First hearing - Pru's application", "standard",
     """
Court: Harrowfield Family Court, first hearing {{18/11/25|event_date}}, DJ [[Nesbitt|~british]].

Pru issued on 6 October: leave to apply for an SGO and for the discharge of MG's SGO. Dani has applied for a child arrangements order for time with K (she says to "make it official", not to change where K lives). Cafcass officer [[Pippa Ravensdale|~british]].

Orders: leave granted to Pru. LA to file the s14A(8) report and the SGO support plan by 9 January. Cafcass to see K and report on her wishes. Final hearing listed for Mon {{26th Jan|event_date}}. Dani and Pru agreed the contact should continue as it is in the meantime.

K has been told by Pru that "the judge is sorting the paperwork so I can stay".
"""),
    ("panel", "2025-12-08", "CLA Review", "itallis", "Second CLA review", "standard",
     """
CLA review 4/12/25, IRO [[Beatrix Lowrie|~british]], at Pru's.

K happy and settled. Loves Calderbrook; in the netball B team. Still visits Nana on Sundays. Fostering panel approved Pru and Sukhdev as connected persons carers for K on 16 October. Mum's time with K is going well; K now has one Saturday overnight at mum's a month, agreed at a core meeting in November. No concerns.

IRO agreed the care plan: SGO to aunt, then K to cease to be looked after.
"""),
    ("final", "2026-01-28", "Court Order", "itallis", "Final hearing - SGO to aunt; closure", "standard",
     """
Final hearing 26/1/26, DJ Nesbitt. All parties agreed; no evidence needed.

Orders made:
- Special guardianship order to Prudence Shergill and Sukhdev Shergill.
- MG's special guardianship order of 2018 discharged.
- Child arrangements order (spend time) for Danielle: every other Saturday 10am-5pm plus one overnight a month; more by agreement.
- K ceased to be looked after on the 26th.

K drew the judge a picture. Pru and Dani hugged outside court. MG was told by phone and said "good girl".

Case to close. SGO support continues through the Special Guardianship support service (financial, contact support, letterbox not needed). Case closed.
"""),
]

QUESTIONS = [
    {"q": "when did nan have her stroke?", "qtype": "when", "facts": ["2025-06-03"], "notes": ["contact"], "as": "itallis"},
    {"q": "who was the emergency foster carer", "qtype": "who", "facts": ["Ingrid Ainsley"], "notes": ["s20", "move"], "as": "pvantongeren"},
    {"q": "what did K say she wanted at the FGC", "qtype": "quote",
     "facts": ["I want to live with Aunty Pru"], "notes": ["fgc"], "as": "itallis"},
    {"q": "date of the family group conference", "qtype": "when", "facts": ["2025-07-10"], "notes": ["fgc"], "as": "pvantongeren"},
    {"q": "has mum relapsed", "qtype": "yes_no", "facts": ["no"], "notes": ["texts"], "as": "itallis"},
    {"q": "which secondary did she start at", "qtype": "what", "facts": ["Calderbrook High"], "notes": ["school"], "as": "itallis"},
    {"q": "how often does mum see her under the FGC plan", "qtype": "how_many", "facts": ["twice a week"],
     "notes": ["fgc"], "as": "pvantongeren"},
    {"q": "what was the outcome of mums viability", "qtype": "what", "facts": ["NOT RECOMMENDED"], "notes": ["viab"], "as": "itallis"},
    {"q": "what orders did the court make at the final hearing", "qtype": "what",
     "facts": ["Special guardianship order to Prudence Shergill", "Child arrangements order"], "notes": ["final"], "as": "pvantongeren"},
    {"q": "who is kenisha's dad", "qtype": "who", "facts": [], "notes": [], "as": "itallis"},
    {"q": "has the initial health assessment been done", "qtype": "yes_no", "facts": [], "notes": [], "as": "pvantongeren"},
]

EVENTS = [
    ("2025-06-03", "hospital", ["contact"], "Special guardian (grandmother) admitted with a stroke; Kenisha found her and called 999"),
    ("2025-06-03", "household_change", ["contact", "super"], "SGO placement breaks down through the guardian's illness"),
    ("2025-06-04", "contact", ["contact"], "Hospital social worker contacts children's services"),
    ("2025-06-04", "placement_move", ["s20"], "Emergency s20 placement with a foster carer"),
    ("2025-06-12", "health", ["hosp"], "First hospital visit to grandmother on the stroke unit"),
    ("2025-07-10", "assessment", ["fgc"], "Family group conference: plan for Kenisha to live with her aunt, mum's contact twice a week"),
    ("2025-07-18", "assessment", ["viab"], "Viability assessments: aunt positive, mother not recommended at this stage"),
    ("2025-07-30", "placement_move", ["move"], "Move to aunt and uncle under reg 24 temporary approval"),
    ("2025-09-03", "school_move", ["school"], "Starts secondary school, Calderbrook High"),
    ("2025-10-01", "assessment", ["sgorev"], "SGO support plan review: grandmother will not resume care, supports aunt's application"),
    ("2025-10-06", "court", ["court1"], "Aunt applies for leave, an SGO and discharge of the grandmother's SGO; mother applies for a CAO"),
    ("2025-10-16", "positive_change", ["panel"], "Fostering panel approves aunt and uncle as connected persons carers"),
    ("2025-11-18", "court", ["court1"], "First hearing: leave granted, final hearing listed"),
    ("2025-12-04", "cla_review", ["panel"], "CLA review: care plan of SGO to aunt endorsed"),
    ("2026-01-26", "court", ["final"], "SGO to aunt and uncle; grandmother's SGO discharged; CAO for mother"),
    ("2026-01-26", "closure", ["final"], "Kenisha ceases to be looked after; case closed"),
]
