"""IN6-0006: looked-after 17-year-old, pregnant; pre-birth work, parent-and-child placement, staying put."""

CASE = {
    "case_id": "IN6-0006",
    "team": "Riverside Children in Care",
    "status": "care_leaver",
    "allocated_worker": "lthorvaldsen",
    "child": {
        "person_id": "P01", "given_name": "Jadzia", "family_name": "Piotrowicz", "date_of_birth": "2008-07-02",
        "gender": "female", "ethnicity": "White Other (Polish)", "religion": "Roman Catholic",
        "nhs_number": "874 219 5195", "address": "9 Heron Mews, Riverside RV6 4PB",
        "school": "Riverside Sixth Form College",
        "given_origin": "eastern_european", "family_origin": "eastern_european",
    },
    "people": [
        {"person_id": "P02", "given_name": "Oskar", "family_name": "Piotrowicz", "relationship": "son",
         "date_of_birth": "2026-03-14", "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P03", "given_name": "Joaquin", "family_name": "Sepulveda", "relationship": "baby's father",
         "date_of_birth": "2007-05-20", "phone": "07700 900315", "address": "41 Wharf Street, Riverside RV1 3NU",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P04", "given_name": "Luz", "family_name": "Sepulveda", "relationship": "baby's paternal grandmother",
         "phone": "07700 900126", "address": "41 Wharf Street, Riverside RV1 3NU",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Mallory", "family_name": "Parcell", "relationship": "foster carer",
         "phone": "0113 496 0771", "address": "9 Heron Mews, Riverside RV6 4PB",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Gordon", "family_name": "Parcell", "relationship": "foster carer",
         "address": "9 Heron Mews, Riverside RV6 4PB", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P07", "given_name": "Grazyna", "family_name": "Piotrowicz", "relationship": "mother",
         "date_of_birth": "1985-02-11", "given_origin": "eastern_european", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Jadzia": "P01", "Jadz": "P01", "JP": "P01", "Oskar": "P02", "Ossie": "P02", "Joaquin": "P03", "Joaquin Sepulveda": "P03",
    "Quino": "P03", "Luz": "P04", "Luz Sepulveda": "P04", "Mrs Sepulveda": "P04", "Mallory": "P05", "Gordon": "P06",
    "Parcells": "P05", "Grazyna": "P07", "Hedd": "~british", "Hedd Tully": "~british", "Branka Vukovic": "~eastern_european",
    "Vukovic": "~eastern_european", "Bethan": "~british", "Bethan Wendover": "~british", "Verna": "~caribbean",
    "Cleveland": "~caribbean", "Cuffys": "~caribbean", "Cuffy": "~caribbean", "Rosheen": "~irish",
    "quinos": "P03", "verna": "~caribbean", "Parcell": "P05", "Mallory Parcell": "P05", "Gordon Parcell": "P06", "Lynne": "~british",
}

NOTES = [
    ("visit1", "2025-09-08", "Statutory Visit CLA", "lthorvaldsen", "CLA statutory visit",
     "standard", """
Purpose of visit: 6 weekly statutory visit (brought forward - carer rang on Friday)
Child seen: Yes, alone in her room, then with carer Mallory
Placement: Mr and Mrs Parcell, [[9 Heron Mews|ADDRESS:P05]] (placed since Oct 2022)

Jadz told Mallory last Thursday ({{4th|event_date}}) that she is pregnant. She did a test at a friend's "about a fortnight ago" and then another one. She thinks she is about 11 or 12 weeks. She told me the father is her boyfriend Quino (Joaquin), who she has been seeing since January. He is 18 and at college. She said it was not planned but she wants to keep the baby - "I've thought about it, I'm keeping it, don't try and talk me out of it". I said no one was going to do that and explained what support there is.

She has not been to the GP yet. Agreed I will go with her to the GP / arrange midwife booking this week. She asked me not to tell her mum yet; I explained I will need to let her mum know at some point because of contact, but we agreed she will choose when and how.

Mallory and Gordon are supportive - Mallory said "whatever she decides, we're here". They asked what will happen with the placement as they are not approved for parent and child.

Analysis: Jadzia is clear and thought through. Her own early experience (neglect, mother's alcohol use, removed aged 13) means she will need a lot of support and a pre-birth assessment will be needed. She is engaged and trusts her carers.
Next steps: GP / midwife; inform TM; PA and IRO to be told; sexual health / contraception advice offered for after.
"""),
    ("booking", "2025-09-19", "Health", "lthorvaldsen", "Midwife booking - info from community midwife",
     "standard", """
Tel call from [[Rosheen Treloar|~irish]], community midwife (teenage pregnancy), {{19/9|event_date}} {{11:40|time}}.
Booking appt completed yesterday ({{18.9.25|event_date}}) at the children's centre, Jadzia attended with Mallory. Dating scan on 16th: 12+2 weeks, EDD 29/03/2026. Single pregnancy, all normal. Bloods taken. BMI normal. Smoker - 5 a day, referred to stop smoking. No alcohol or drugs. Declared her own CLA status and history of low mood aged 14 (no current meds).
Midwife will refer to the Family Nurse Partnership (Jadzia eligible - first baby, under 20). Safeguarding: midwife completing a pre-birth referral to CSC as per protocol because mum is a looked after child - I explained we are her corporate parent and already aware; midwife will still send it.
"""),
    ("pathway", "2025-10-03", "Pathway Plan Review", "lthorvaldsen", "Pathway plan review",
     "standard", """
PATHWAY PLAN REVIEW - {{3 October 2025|event_date}}
Present: Jadzia, LT (SW), [[Hedd Tully|~british]] (Personal Adviser, allocated from today), Mallory Parcell.

Health: 15 weeks pregnant, midwife and FNP referral. Trying to cut down smoking (now 2-3 a day).
Education: Yr 13 childcare level 3 at Riverside Sixth Form College. Plans to finish the year if she can and defer the rest. College aware.
Accommodation: Jadzia wants to stay with the Parcells. Parcells not approved for parent and child; to be discussed with fostering. Staying put will need to be looked at before 18th birthday (2 July 2026).
Relationships: with Joaquin 9 months. "He's happy about the baby, his mum cried".
Finance: pocket money and savings account £1,140. PA to help her claim maternity grant when eligible.
Hedd explained his role and gave his mobile; Jadzia said "so you're like a social worker but chill". Next review 6 months.
"""),
    ("iro1", "2025-10-21", "CLA Review", "lthorvaldsen", "Looked after review - IRO record",
     "standard", """
CLA review {{21/10/2025|event_date}} held at placement. IRO: [[Branka Vukovic|~eastern_european]].
Present: Jadzia (chaired the first part herself), Mallory and Gordon Parcell, LT (SW), Hedd Tully (PA). Apologies: college (report sent), Bethan from FNP (not yet allocated).

IRO summary: Jadzia is 17+ weeks pregnant. She is well settled in a long-term placement where she is loved. Care plan: long term fostering remains the plan for Jadzia. For the unborn baby a pre-birth assessment is needed; IRO asked that this starts by 1st November and is completed by 30 weeks of pregnancy so there is time to plan where Jadzia and the baby will live.

Recommendations:
1. SW to start pre-birth assessment by 1/11/25.
2. Fostering to advise whether the Parcells could be assessed for a parent and child arrangement, or identify a P&C placement from 36 weeks.
3. PA to look at staying put options before the next review.
4. Jadzia to decide about informing her mum (Jadzia said she will tell her at Christmas contact).
Next review: April 2026.
"""),
    ("fnp", "2025-11-12", "Health", "ehalvorsen", "Family Nurse - first visit (shared info)",
     "standard", """
Info from Family Nurse [[Bethan Wendover|~british]] following first FNP visit at placement on {{10 November|event_date}}:
Jadzia enrolled on the programme - Bethan will visit weekly until the birth, then fortnightly until the baby is 2. Jadzia engaged well, asked lots of questions about breastfeeding and "what if I'm rubbish at it". They talked about her own childhood; Jadzia said "I know what not to do". 20 week scan done 5/11, all normal, it's a boy.
Smoking: stopped completely, carbon monoxide reading 2 ppm.
"""),
    ("jvisit", "2025-11-26", "Home Visit", "ehalvorsen", "Visit to baby's father and his mother",
     "standard", """
Visit to [[41 Wharf Street|ADDRESS:P03]] ([[RV1 3NU|POSTCODE:P03]]) - Joaquin Sepulveda (baby's father) and his mum Luz Sepulveda. Co-worker visit for pre-birth assessment (EH).

Joaquin is 18 (DOB [[20/05/2007|DOB:P03]]), lives with his mum and younger sister (12). He is in the 2nd year of an electrical apprenticeship. He was quiet to begin with, became more open when talking about the baby - has been to the scans and has downloaded an app. Says he and Jadzia "argue like normal couples" but denied any pushing or anything physical. Police checks (agreed with him): youth caution for affray in 2023 (fight outside a takeaway), nothing since; no DA history.

Luz said the family are "so happy" and they will help. About her son she said: "he will be a better father than his was" (Joaquin's father left when he was small, no contact). She offered their spare room at weekends once the baby is here. Luz works nights as a care assistant.

Views on where Jadzia and baby should live: both said they would prefer Jadzia to stay with the Parcells. Joaquin does not want to move in with Jadzia "until I'm qualified".
"""),
    ("mo1", "2025-12-17", "Management Oversight", "kgreaves", "Management oversight - unborn baby",
     "standard", """
MO (KG, TM): reviewed with LT and EH. Pre-birth assessment well under way (started 29/10).

Decision re pre-birth conference: I have considered whether the threshold for a s47 / pre-birth ICPC is met. It is not. There are no current concerns that the unborn baby is likely to suffer significant harm: Jadzia is engaged with midwife, FNP and SW, has stopped smoking, has secure placement and supportive carers; father engaged. Risks are about Jadzia's own history and lack of parenting experience and are best met by support. Decision: NO pre-birth child protection conference. Baby to be supported under a child in need plan from birth, plus P&C placement for assessment and support.
If anything changes (e.g. DA between parents, Jadzia disengages, or mother's contact raises concerns) a strategy discussion will be convened.

Placement: fostering confirm the Parcells cannot be assessed for P&C in time (Gordon's health, and the assessment is 4-6 months). Referral made to the P&C carers' list. Move by 36 weeks.
"""),
    ("pba", "2026-01-16", "Assessment", "lthorvaldsen", "Pre-birth assessment - summary of conclusions",
     "standard", """
PRE-BIRTH ASSESSMENT - summary (full assessment on file, completed {{14/01/2026|event_date}}; shared with Jadzia and Joaquin 15/1)

Strengths: Jadzia is open and reflective about her own childhood; full engagement with health (all antenatal appts attended); stopped smoking; a stable relationship with Joaquin who is committed; supportive paternal family; strong relationship with foster carers who will stay involved.
Worries: Jadzia has never cared for a baby; history of low mood (risk of postnatal depression); her mother Grazyna's alcohol use and unpredictable contact; Jadzia will turn 18 when the baby is under 4 months old and her support will change.
Jadzia said: "I want to prove everyone wrong, not because I have to, because I want him to have what I didn't".

Recommendation: parent and child foster placement for 12 weeks after the birth, with FNP, to support and assess Jadzia's parenting; CIN plan for the baby; Joaquin to be included in the placement (daytime visits); contact with Grazyna supervised while the baby is present.
"""),
    ("panel", "2026-02-11", "Case Note", "lthorvaldsen", "Fostering panel - extract",
     "standard", """
Extract from Fostering Panel minutes {{10 February 2026|event_date}} - item 4, match.
Carers: [[Verna and Cleveland Cuffy|~caribbean]] (approved parent and child carers, 6 years experience).
Young person: JP (17, looked after) and her unborn child (EDD 29/3/26).
Panel recommendation: match recommended. Unanimous. Move to take place w/c 2/3/26 (approx 36 weeks).
Panel comments: panel were impressed by Jadzia's written contribution ("my hopes for me and my baby"). Panel asked that the Parcells' relationship with JP is kept going - visits and phone calls - as it is her most important relationship.
ADM agreed the match on 11/2.
"""),
    ("move", "2026-03-04", "Placement Move", "lthorvaldsen", "Placement move to P&C carers",
     "standard", """
Jadzia moved from the Parcells' to the parent & child placement with Verna and Cleveland on {{Monday just gone|event_date}} (2nd). Gordon drove her and her things over, Mallory came too. There were a lot of tears at [[Heron Mews|ADDRESS:P05]] - Jadzia has lived there since she was 14. Mallory said she would ring every night "until she tells me to stop".
At the Cuffys': Jadzia has a large double room with cot and changing station, own bathroom. Verna went through the house rules and the daily recording (shared with SW). Joaquin welcome 10am-8pm.
Jadzia said she feels "weird but ok". 36+6 weeks. Hospital bag packed.
"""),
    ("birth", "2026-03-16", "Hospital", "lthorvaldsen", "Birth of baby - text thread and hospital update",
     "standard", """
Texts from Jadzia to my work mobile over the weekend (copied in):

Sat 05:02 Jadzia: hes here!!!!!! 3.12am 7lb 2oz 😭😭 hes perfect
Sat 05:03 Jadzia: Oskar. Quino cried more than me lol
Sat 08:15 Me: Congratulations Jadzia!! So happy for you both. How are you feeling?
Sat 08:40 Jadzia: tired and sore. verna was with me the whole time and quinos mum came at 6
Sun 17:22 Jadzia: we're allowed home tomorrow, the midwife says hes feeding good

SW note: Oskar born at {{03:12|time}} on Saturday {{14th March|event_date}} at {{Riverside General|place}} (labour ward), normal delivery, 7lb 2oz. Two weeks early. Joaquin and Verna Cuffy present. Jadzia had a small tear, no complications. Both discharged to the P&C placement today {{16/3|event_date}}. Spoke to Verna - first night in hospital went well, Jadzia up for every feed. Informed TM, IRO, PA, FNP.
"""),
    ("visit2", "2026-03-31", "Statutory Visit", "ehalvorsen", "Visit - Jadzia and Oskar, 2 wks",
     "standard", """
Visit to P&C placement. Seen: Jadzia and Oskar (17 days), Verna. Joaquin arrived during visit.
Jadzia seen alone for part of visit while Verna held Oskar.

Oskar: alert, pink, good tone, feeding every 3 hours (bottle, Jadzia stopped breastfeeding on day 5 - "it hurt too much", midwife supported her decision). Regained birth weight at day 10. Handled gently, Jadzia talks to him constantly. Sleeps in cot in her room, safe sleep followed.
Verna: Jadzia is doing "nearly all of it herself" - struggles with getting up in the night when she's exhausted, Verna prompts. Joaquin comes every day after work and does the bath.

Incident: Grazyna (Jadzia's mum) visited on Sunday 29th (arranged contact at the placement). Verna said she smelled of alcohol and was loud; Verna ended the contact after 20 minutes and Grazyna left without argument. Jadzia was upset but said "I knew she would". No harm to Oskar. Agreed future contact with Grazyna will be at the contact centre, supervised, as per the pre-birth plan.

Jadzia's mood: tired, tearful "sometimes for no reason". FNP monitoring, EPDS next week.
"""),
    ("iro2", "2026-04-22", "CLA Review", "lthorvaldsen", "CLA review - IRO record",
     "standard", """
Looked After Review {{22 April 2026|event_date}}. IRO Branka Vukovic. Held at the Cuffys'.
Present: Jadzia, Oskar (5 weeks), Joaquin (part), Verna Cuffy, LT, Hedd Tully (PA), Bethan Wendover (FNP). Mallory Parcell attended at Jadzia's request.

Progress: P&C placement going well; mid-point review of the parenting assessment is positive - "good enough and improving". EPDS score 8 (no depression indicated). Oskar 4.6kg, growing well, 8 week jabs booked. Oskar is not looked after - he is in his mother's care and subject to a CIN plan.

Staying put: Jadzia turns 18 on 2 July. Cuffys cannot offer staying put (specialist placement needed for the next family). IRO asked that a staying put meeting takes place before the end of May and that all options are explored, including the Parcells, so that Jadzia and Oskar do not have to move into temporary accommodation on her birthday.

Recommendations: 1. staying put meeting by 31/5 (LT/PA). 2. Parenting assessment final report by 12 weeks. 3. Contact with Grazyna at contact centre only. Next review: after 18th birthday, transfer to PA / pathway plan.
"""),
    ("stayput", "2026-05-19", "Pathway Plan", "lthorvaldsen", "Staying put meeting",
     "standard", """
STAYING PUT MEETING {{19/5/26|event_date}}
Present: Jadzia, Mallory and Gordon Parcell, Hedd (PA), LT (SW), [[Lynne|~british]] from fostering (supervising SW), Joaquin.

Options discussed:
(a) stay at the Cuffys' - not available.
(b) supported accommodation for young parents - there is a place at the mother and baby project in town but Jadzia said it "feels like going backwards".
(c) staying put with the Parcells, with Oskar. Mallory and Gordon said they had talked it over at length and would like Jadzia and Oskar to come "home". They can offer Jadzia's old room plus the box room for the cot, until Jadzia is 21 or gets her own tenancy. Fostering confirmed there is no bar to a staying put arrangement including a baby; the Parcells will need to do a safe sleep session with FNP.
Jadzia: "yes, obviously yes". She was crying.

Agreed: staying put with the Parcells from 3 July (day after her 18th). PA to sort staying put agreement and housing benefit claim; Hedd to register her on the housing register for the future. Joaquin to keep weekends at his mum's with Oskar.
"""),
    ("fnp2", "2026-06-12", "Health", "ehalvorsen", "FNP update",
     "standard", """
Update from Bethan (FNP) by email {{12/6|event_date}}:
Oskar is 13 weeks. Weight 6.1kg (on the 50th). 8 and 12 week immunisations done. Smiling, cooing, holding head well. Jadzia has started him on a routine and "is better at it than me" (Verna). Jadzia has signed up for a young parents' group on Tuesdays and wants to go back to college in September for her level 3 (creche available).
Parenting assessment final report ({{5 June|event_date}}) recommended Jadzia can care for Oskar independently with support - no further assessment needed. CIN plan for Oskar to end once she moves to the Parcells.
"""),
    ("transfer", "2026-07-06", "Transfer", "lthorvaldsen", "Case transfer summary - to Leaving Care",
     "standard", """
CASE TRANSFER SUMMARY - Children in Care to Leaving Care (PA: Hedd Tully)

Jadzia turned 18 on {{2nd July|event_date}} and is now a care leaver (former relevant child). She moved back to [[9 Heron Mews|ADDRESS:P05]] with Oskar under a staying put arrangement on {{3/7|event_date}}, the day after her birthday. Mallory and Gordon Parcell are her staying put carers.

History in brief: in care since 2021 (aged 13, neglect); placed with the Parcells from Oct 2022. Pregnancy disclosed Sept 2025. Pre-birth assessment completed January 2026; no pre-birth conference (threshold not met). P&C placement with the Cuffys from 2/3/26; Oskar born 14/3/26. Parenting assessment positive. CIN plan for Oskar closed on 3/7.
Father: Joaquin Sepulveda (18), involved and consistent, has Oskar at weekends at his mum's.
Risks to hold in mind: low mood (EPDS has been normal); Grazyna's drinking - contact at the contact centre only.
Outstanding: staying put agreement signed; housing register application submitted; college place for Sept confirmed.
"""),
]

QUESTIONS = [
    {"q": "when was the baby born?", "qtype": "when", "facts": ["2026-03-14"], "notes": ["birth"],
     "as": "lthorvaldsen"},
    {"q": "how heavy was oskar when he was born", "qtype": "what", "facts": ["7lb 2oz"], "notes": ["birth"],
     "as": "kgreaves"},
    {"q": "who's her PA", "qtype": "who", "facts": ["Hedd Tully"], "notes": ["pathway", "transfer"],
     "as": "lthorvaldsen"},
    {"q": "did we have a pre-birth conference for the baby", "qtype": "yes_no", "facts": ["no"], "notes": ["mo1"],
     "as": "kgreaves"},
    {"q": "what did Quino's mum say about him being a dad", "qtype": "quote",
     "facts": ["he will be a better father than his was"], "notes": ["jvisit"], "as": "lthorvaldsen"},
    {"q": "how many weeks was the P&C placement recommended for", "qtype": "how_many", "facts": ["12 weeks"],
     "notes": ["pba"], "as": "lthorvaldsen"},
    {"q": "who are the parent and child carers", "qtype": "who", "facts": ["Verna and Cleveland Cuffy"],
     "notes": ["panel"], "as": "kgreaves"},
    {"q": "is she staying put with the parcells after 18", "qtype": "yes_no", "facts": ["yes"],
     "notes": ["stayput", "transfer"], "as": "lthorvaldsen"},
    {"q": "when did she move to the cuffys", "qtype": "when", "facts": ["2026-03-02"], "notes": ["move"],
     "as": "kgreaves"},
    {"q": "has joaquin been put on oskar's birth certificate", "qtype": "yes_no", "facts": [], "notes": [],
     "as": "lthorvaldsen"},
    {"q": "which GP is Oskar registered with", "qtype": "what", "facts": [], "notes": [], "as": "kgreaves"},
]

EVENTS = [
    ("2025-09-04", "health", ["visit1"], "Jadzia told her foster carer she is pregnant"),
    ("2025-09-18", "health", ["booking"], "Midwife booking appointment; EDD 29/03/2026"),
    ("2025-10-21", "cla_review", ["iro1"], "CLA review: IRO recommends pre-birth assessment"),
    ("2026-01-14", "assessment", ["pba"], "Pre-birth assessment completed: recommends 12-week parent and child placement"),
    ("2026-03-02", "placement_move", ["move"], "Moved from the Parcells to parent and child placement with the Cuffys"),
    ("2026-03-14", "hospital", ["birth"], "Oskar born at Riverside General, 7lb 2oz"),
    ("2026-04-22", "cla_review", ["iro2"], "CLA review: placement going well; staying put meeting required"),
    ("2026-06-05", "assessment", ["fnp2"], "Parenting assessment final report positive"),
    ("2026-07-03", "placement_move", ["transfer"], "Jadzia and Oskar moved back to the Parcells under staying put"),
]
