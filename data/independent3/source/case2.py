"""IN3-0002: a 15-year-old drawn into county lines; arrest, RUI, NRM, missing episodes, move to an aunt, college."""

CASE = {
    "case_id": "IN3-0002",
    "team": "Youth Support South",
    "status": "closed",
    "allocated_worker": "dkowalczyk",
    "child": {
        "person_id": "P01", "given_name": "Kairo", "family_name": "Thwaite", "date_of_birth": "2009-04-17",
        "gender": "male", "ethnicity": "Mixed White and Black Caribbean", "nhs_number": "157 368 1938",
        "address": "42 Coldharbour Walk, Sandleigh SN3 2LB", "school": "Nene Valley College",
        "given_origin": "caribbean", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Paulette", "family_name": "Thwaite", "relationship": "mother",
         "date_of_birth": "1983-10-30", "phone": "07982 655041", "address": "42 Coldharbour Walk, Sandleigh SN3 2LB",
         "given_origin": "caribbean", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Deontay", "family_name": "Thwaite", "relationship": "brother",
         "date_of_birth": "2005-01-09", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Jacinta", "family_name": "Baptiste", "relationship": "maternal aunt",
         "date_of_birth": "1979-06-12", "phone": "07624 300512",
         "given_origin": "caribbean", "family_origin": "caribbean"},
    ],
}

ALIASES = {
    "Kairo": "P01", "Kairo Thwaite": "P01", "Kairo THWAITE": "P01", "THWAITE": "P01", "Kai": "P01/caribbean",
    "Paulette": "P02", "Paulette Thwaite": "P02",
    "Deontay": "P03", "Deontay Thwaite": "P03",
    "Jacinta": "P04", "Jacinta Baptiste": "P04", "Jas": "P04/caribbean",
    # professionals and friends, not on the record
    "Tayo": "~african", "Tayo Adeyinka": "~african",
    "Joaquina": "~latin_american", "Joaquina Ferraz": "~latin_american",
    "Lachlan Moir": "~british", "Lachlan": "~british",
    "Annesley": "~british", "Ruth Annesley": "~british",
    "Dorota": "~eastern_european", "Dorota Kowalczyk": "~eastern_european",
    "Afua": "~african", "Afua Quarshie": "~african",
}

NOTES = [
    ("police", "2024-09-30", "Police Notification", "dkowalczyk", "Police notification - arrest out of area", "standard",
     """VULNERABLE PERSON REPORT (forwarded by MASH 30/09 08:50)
Subject: Kairo THWAITE, 15 yrs, DOB [[17/04/2009|DOB:P01]], of [[42 Coldharbour Walk, Sandleigh|ADDRESS:P01]].
Reporting officer: DC Ruth Annesley, Op Tideway (county lines team).

Circs: Execution of a drugs warrant at a flat in {{Bridgwater|place}} on Sat {{28/09/24|event_date}} at approx {{23:10|time}}. Three males in the address, one adult (occupier, known heroin user) and two juveniles. THWAITE found in the bathroom attempting to flush items. Recovered from his person: {{£460|figure}} in cash, two mobile phones (one a basic "burner"), and {{9 wraps|figure}} believed crack cocaine. Further wraps in the toilet cistern.
THWAITE was circulated as MISSING by his mother on Thurs 26th - he had been missing about 2 days when found.
Arrested on suspicion of possession with intent to supply class A. Interviewed Sun 29th with appropriate adult (mother attended by train). No comment interview. RELEASED UNDER INVESTIGATION 29/09.
Officer view: classic county lines indicators - out of area, burner phone, cash, "cuckooed" address. Line believed to be the {{"Benz" line|word_name}}. Referred for NRM consideration - CSC as first responder please."""),

    ("mumcall", "2024-09-30", "Telephone Call", "dkowalczyk", "Phone call with mother", "standard",
     """14:05 - rang mum Paulette on [[07982 655041|PHONE:P02]]. She was exhausted, just back from Somerset with Kairo last night.
She said "I've already lost one son to this and I'm not losing another one". Explained she meant Deontay (19) who is in HMP {{Portland|place}} (YOI) - serving 4 yrs for robbery + possession with intent. She believes the same older lads who "groomed" Deontay have now got Kai.
Kai has been "different since the summer" - new trainers, a Canada Goose coat she didn't buy, coming in at 2-3am, two phones. She found £200 in his sock drawer on the 2nd of last month and he said he'd been "doing a bit of work for a mate's uncle".
She has taken his phones off him, he has said nothing to her about Bridgwater.
14:31 - call ended. Mum agreed to a visit tomorrow and to me talking to school."""),

    ("strat", "2024-10-01", "Strategy Meeting", "dkowalczyk", "Strategy meeting - criminal exploitation", "standard",
     """Strategy Meeting (CCE) 1/10/24 - chaired by Afua Quarshie TM
Present: Dorota Kowalczyk SW, DC Annesley, [[Fern Hollies|~british]] (Sandleigh Academy DSL), [[Lachlan Moir|~british]] (YOT prevention), Joaquina Ferraz (Checkpoint missing service).

Police: Kairo is one of 4 Sandleigh juveniles linked to the "Benz" line in the past 6 months. Phone download pending.
School: on a part time timetable since June after a fixed term exclusion (vape/weed). Attendance 58% this term. Has been seen being picked up at the gate by a dark Audi.
Missing: 1 episode (26-28 Sept) - RHI to be offered by Checkpoint.

Decision: Threshold for s47 is NOT met re familial harm - mum is protective. Risk is extra-familial. Proceed under CIN with a contextual safeguarding plan (exploitation risk assessment = HIGH).
Actions: SW to complete NRM referral (first responder) within 7 days; YOT to offer voluntary prevention work while RUI; school to consider full time timetable + mentor; police to do disruption visits on the Audi; next meeting in 4 wks or earlier if missing again."""),

    ("rhi1", "2024-10-03", "Return Home Interview", "dkowalczyk", "RHI - missing 26-28 Sept", "standard",
     """RHI completed by Joaquina (Checkpoint) at home, 2/10, and emailed to SW 3/10.
Kai agreed to talk but "not about Bridgwater". Said he went to "chill with some mates" and "didn't know what was in the flat". He did not say how he got there - when asked about trains he laughed and said "Uber innit". Said he did not eat properly for 2 days and slept on a sofa.
Would not name anyone. Said his mum "stresses too much". Said he misses Deontay and talks to him on the phone when he can.
Push/pull factors: money, status, loyalty to older peers, brother's history. Protective: relationship with mum, likes football and cars.
Kai said he would be willing to talk to "someone who isnt police"."""),

    ("nrm", "2024-10-08", "Case Note", "dkowalczyk", "NRM referral submitted", "standard",
     """Submitted NRM referral online today as first responder (CSC). Kairo does not have to consent as a child, but I explained to him and to mum what it is and what it means - mum was tearful, said nobody did this for Deontay.
Indicators included: found out of area, cash, burner phone, drugs, missing, cuckooed address, older controlling adults, debt (suspected).
Ref held on the NRM portal. Reasonable grounds decision expected within 5 working days. Copy to DC Annesley and to YOT (relevant to the s45 defence if charged)."""),

    ("yot", "2024-10-21", "Youth Justice", "dkowalczyk", "YOT liaison", "standard",
     """Met with Lachlan Moir (YOT prevention worker) 18/10.
- NRM: POSITIVE reasonable grounds decision received 14/10.
- Lachlan has seen Kai twice (11/10 and 17/10) at the youth centre - Kai engaged well 2nd time, talked about wanting to be a mechanic.
- Still RUI. Police phone download finished, CPS advice file not yet sent.
- Lachlan will do consequential thinking + "Who's using you" exploitation sessions, 6 weeks, weekly, Thursdays after school.
Kairo's part-time timetable increased to 4 days from 21/10."""),

    ("mfh2", "2024-11-04", "Missing From Home", "dkowalczyk", "Missing episode 2", "standard",
     """Mon 4/11
09:10 - email from EDT: mum reported Kairo missing at 22:40 Sat night (2nd). Last seen leaving home at 7pm saying he was going to the chicken shop. Phone off.
09:25 - rang mum. No contact from him at all. She thinks he's "back down there".
11:50 - call from BTP: Kai found at {{Taunton|place}} railway station at 10:55 this morning, no ticket, with an older male (24) who ran off. Kai had no drugs on him but £85 cash. Kai gave a false name at first.
15:30 - Kai home, dropped by police. I visited 16:15, seen briefly with mum. Tired, hungry, no injuries seen. He said "I went to see a girl". Mum told me the person he was with "isn't a girl".
Second missing episode. RHI referral sent to Checkpoint."""),

    ("rhi2", "2024-11-07", "Return Interview", "dkowalczyk", "RHI - missing 2-4 Nov", "standard",
     """RHI completed by Joaquina Ferraz at the youth centre with Lachlan present 6/11.
Much more open this time. Kai said the drugs that were taken in Bridgwater "were on him" and he now owes {{£1,200|figure}} to the people who run the line. He has been told he can "work it off". He has been sent to Taunton to "sort it". He said his mum doesn't know about the debt and asked us not to tell her (explained we cannot promise that - agreed SW would tell mum with him present).
He is frightened. Says they know where he lives.
Information shared with police same day (intelligence form)."""),

    ("stab", "2024-11-19", "Case Note", "dkowalczyk", "Incident - friend stabbed; texts from mum", "standard",
     """Mum rang 08:30 and then sent screenshots of messages. I've pasted the relevant ones below (from mum's phone, forwarded with her consent):

[16/11/2024, 21:47] Paulette: Kai where are you?? police all over the rec
[16/11/2024, 21:52] Kai: im ok mum im home in 5
[16/11/2024, 21:53] Paulette: was that [[tayo|~african]]???
[16/11/2024, 22:40] Kai: they got [[tayo|~african]] mum. hes in the ambulance. im scared
[17/11/2024, 01:14] Kai: dont let them in mum

Tayo Adeyinka (15, Kai's close friend from primary) was stabbed in the leg and buttock on Sat 16 Nov at approx 21:30 at the rec behind {{Coldharbour|place}} shops. Tayo is in {{Sandleigh General|place}}, surgery, expected to recover. Kai was there but ran. Police (DC Annesley) say the stabbing is believed to be linked to the line and that Kai may have been the intended target. Kai has since had Snapchat messages saying "ur next" - mum has screenshots, passed to police.
[[kai|P01/caribbean]] hasnt left the house since Sat. Mum wants him "out of Sandleigh"."""),

    ("strat2", "2024-11-20", "Strategy Discussion", "dkowalczyk", "Strategy discussion - risk to life", "standard",
     """Strategy discussion 20/11 - Afua Quarshie (chair), DC Annesley, Lachlan (YOT), school DSL, me.
Police: intel supports risk to Kairo; threshold for an Osman warning considered but not met at this time; will review daily. Marker placed on the home address.
Options: (a) remain at home with safety plan, (b) emergency accommodation / s20, (c) family arrangement out of area. Mum's sister [[Jacinta Baptiste|P04]] in {{Northampton|place}} has offered to take him, no links to the line there. Kai agreed, "as long as I can still play football".
Decision: (c) move to maternal aunt as a family arrangement under CIN, viability visit to Auntie Jas first (Northamptonshire CSC notified as host authority). Not looked after. Education: SW to apply for a college place / alternative provision in Northampton. YOT to transfer prevention work by courtesy."""),

    ("move", "2024-11-29", "Home Visit", "dkowalczyk", "Visit to aunt's home after move", "standard",
     """Purpose: first visit after Kai moved to his aunt's in Northampton (moved Thurs 28 Nov, I drove him and mum up).
Seen: Kai alone in his room, then with Jacinta.
Room is small but nice, PlayStation set up. Kai says it's "boring" but "quiet, no one knows me here". He has a new phone number (only mum, aunt and me have it - not recorded here). Jacinta is firm and warm, works nights in a care home; her partner is at home nights. House rules agreed: home by 9pm, phone at 11, no going back to Sandleigh without telling her.
Mum came up too and stayed the night, said she "can breathe" for the first time in months.
Host LA social worker visited 28/11 with me. Next visit 2 wks."""),

    ("cin1", "2024-12-17", "CIN Review", "dkowalczyk", "CIN review (Teams)", "standard",
     """CIN Review 17/12/24
Attending: mum, Auntie Jacinta, Kai (for the first 10 minutes), Lachlan (YOT), [[Elspeth Garside|~british]] (Northamptonshire YOT), {{Nene Valley College|place}} admissions, SW, TM.
- Kai settled at aunt's. 0 missing episodes since the move.
- College: offered a place on the Level 1 Construction Multi-Skills course starting January (16 hrs/wk), plus a mentor. Kai says he would rather do motor vehicle; college said he can transfer in September if attendance good.
- Tayo home from hospital, Kai has FaceTimed him.
- Still RUI.
Plan continues. Review 3 months."""),

    ("college", "2025-01-16", "Education", "dkowalczyk", "College liaison", "standard",
     """Email from college student support ([[Bettina Harcourt-Vane|~british]]) 16/1:
"Kairo started with us on {{Tuesday 7th January|event_date}}. Attendance 100% so far. He is quiet in class but practical sessions are his strength and the tutor says he is 'a natural' with tools. He has been allocated a mentor. No concerns."
Kai told me on the phone "it's alright, better than school". Aunt confirms he is up and out for the 8.10 bus every day."""),

    ("rhi3", "2025-02-04", "RHI", "dkowalczyk", "Missing 31 Jan - 2 Feb and RHI", "standard",
     """Jacinta reported Kai missing on Friday night (31/1) after he didn't come home from college; his phone was off. Police notified, Northamptonshire.
He turned up at mum's in Sandleigh on Sat afternoon, and mum drove him back to his aunt's on Sunday 2nd. This is his third missing episode since September.
RHI done by me today (4/2) at Jacinta's - Kai said he got the train on his own because it was Deontay's birthday and he wanted to be with mum. Said he did not see anyone from "the old lot" and that he "is out of all that now". Mum confirms he was in the house with her all of Saturday night.
No new intelligence. He accepts he should have told Jacinta. Risk assessment: medium (reduced from high)."""),

    ("mo", "2025-03-05", "Supervision", "aquarshie", "Case supervision", "standard",
     """Supervision - Dorota / Afua, 5/3/25
NRM: a positive conclusive grounds decision was received on 26/2 - Kairo is recognised as a victim of modern slavery (criminal exploitation).
Police/CPS: DC Annesley informed Dorota 3/3 that CPS have decided on no further action on the Bridgwater PWITS matter, taking into account the NRM decision and the s45 defence. He is no longer under investigation. Mum told - she cried. Kai said "so it's done?".
College attendance 96%. No missing since the February episode.
Deontay: mum says he is being moved to an adult prison in the spring.
Management direction: plan for CIN review in March to consider whether CIN can close with YOT/college support continuing, or step down to EH in Northampton. Dorota to discuss with Northants re longer term - aunt is willing for him to stay "as long as he needs"."""),

    ("cin2", "2025-03-25", "CIN Review", "dkowalczyk", "CIN review - step down", "standard",
     """CIN Review 25.03.25
Kai attended the whole meeting this time. He said he wanted to say "thanks to Auntie Jas for putting up with me". He is going to stay in Northampton for now and hopes to transfer to motor vehicle in September.
Mum's view: she wants him home eventually but "not yet, not till they've forgotten him". She visits every other weekend.
Risk of exploitation: reduced, now LOW. No missing episodes since Feb. RUI ended (CPS NFA).
Outcome: CIN plan to end. Step down to Northamptonshire Early Help (transfer in process) with college mentor and YOT prevention closing in April. Case to close to Youth Support South on transfer."""),
    ("transfer", "2025-04-03", "Transfer", "dkowalczyk", "Case transfer summary", "standard",
     """CASE TRANSFER SUMMARY - to Northamptonshire Early Help (receiving worker: [[Temitope Adebanjo-Cardwell|~african]])

Child: Kairo THWAITE, 15. Living with maternal aunt Jacinta Baptiste (family arrangement, not looked after) since late Nov 2024. Mother Paulette in Sandleigh, visits fortnightly. Brother Deontay (19) in custody.

Background (for context - all historic): Kairo came to us in Sept 2024 after being found in a cuckooed flat in Bridgwater with cash and class A during a police warrant. Three missing episodes between Sept 2024 and Feb 2025, one involving travel to Taunton with an older male. A close friend was stabbed in Sandleigh in Nov 2024 in what police believe was a line-related attack. Kairo disclosed a drug debt. NRM: positive reasonable grounds (Oct) and conclusive grounds (Feb). CPS NFA (March) - no outstanding criminal matters.

Current: college 96% attendance, no missing since early Feb, no known contact with the line. Exploitation risk LOW.
What helps: his aunt's routine, football, practical learning, being able to phone his mum every night. What worries him: going back to Sandleigh, his brother's release.
Triggers for re-referral: any missing episode, new phone/money/clothes unexplained, contact from Sandleigh peers.
Mum and aunt consented to the transfer. Case closed to Youth Support South on 03/04/25."""),
]

QUESTIONS = [
    {"q": "where was kairo found when he got arrested", "qtype": "what",
     "facts": ["Bridgwater"], "notes": ["police"], "as": "dkowalczyk"},
    {"q": "how much cash did he have on him?", "qtype": "how_many",
     "facts": ["£460"], "notes": ["police"], "as": "aquarshie"},
    {"q": "how many times has he gone missing", "qtype": "how_many",
     "facts": ["third"], "notes": ["rhi3"], "as": "aquarshie"},
    {"q": "when did kai move up to his aunts", "qtype": "when",
     "facts": ["2024-11-28"], "notes": ["move"], "as": "dkowalczyk"},
    {"q": "what was the NRM outcome", "qtype": "what",
     "facts": ["positive conclusive grounds"], "notes": ["mo"], "as": "aquarshie"},
    {"q": "who was the lad that got stabbed", "qtype": "who",
     "facts": ["Tayo Adeyinka"], "notes": ["stab"], "as": "dkowalczyk"},
    {"q": "what did mum say about his brother", "qtype": "quote",
     "facts": ["I've already lost one son to this"], "notes": ["mumcall"], "as": "dkowalczyk"},
    {"q": "is he still RUI?", "qtype": "yes_no",
     "facts": ["no"], "notes": ["mo"], "as": "aquarshie"},
    {"q": "what course is he on at college", "qtype": "what",
     "facts": ["Construction Multi-Skills"], "notes": ["cin1"], "as": "dkowalczyk"},
    {"q": "how much does he owe them", "qtype": "how_many",
     "facts": ["£1,200"], "notes": ["rhi2"], "as": "dkowalczyk"},
    {"q": "who's the older lad that's been picking him up in the audi", "qtype": "who",
     "facts": [], "notes": [], "as": "dkowalczyk"},
    {"q": "when is Deontay due out", "qtype": "when",
     "facts": [], "notes": [], "as": "aquarshie"},
]

EVENTS = [
    ("2024-09-26", "missing_episode", ["police", "strat"], "Kairo reported missing by his mother (first episode, 26-28 Sept)."),
    ("2024-09-28", "police_incident", ["police"], "Found during a drugs warrant at a cuckooed flat in Bridgwater with £460 cash, burner phone and wraps; arrested."),
    ("2024-09-29", "youth_justice", ["police"], "No comment interview with appropriate adult; released under investigation."),
    ("2024-10-01", "strategy_discussion", ["strat"], "CCE strategy meeting: s47 not met (extra-familial harm); CIN with contextual safeguarding plan, exploitation risk high."),
    ("2024-10-02", "return_home_interview", ["rhi1"], "Return home interview (Checkpoint) for the first missing episode."),
    ("2024-10-08", "referral", ["nrm"], "NRM referral submitted by CSC as first responder."),
    ("2024-10-14", "youth_justice", ["yot"], "Positive NRM reasonable grounds decision; YOT voluntary prevention work started."),
    ("2024-11-02", "missing_episode", ["mfh2"], "Second missing episode; found at Taunton station on 4 Nov with an older male."),
    ("2024-11-06", "return_home_interview", ["rhi2"], "RHI: Kairo disclosed a £1,200 drug debt to the line."),
    ("2024-11-16", "police_incident", ["stab"], "Close friend Tayo stabbed at the rec; Kairo present and possibly the intended target; threats received."),
    ("2024-11-20", "strategy_discussion", ["strat2"], "Strategy discussion on risk to life: agreed move to maternal aunt out of area as a family arrangement."),
    ("2024-11-28", "household_change", ["move"], "Kairo moved to his maternal aunt in Northampton."),
    ("2024-12-17", "cin_review", ["cin1"], "CIN review: settled at aunt's, college place offered."),
    ("2025-01-07", "school_move", ["college"], "Started at Nene Valley College (Level 1 construction)."),
    ("2025-01-31", "missing_episode", ["rhi3"], "Third missing episode: went back to Sandleigh to be with his mother; returned 2 Feb."),
    ("2025-02-04", "return_home_interview", ["rhi3"], "RHI for the third missing episode; risk reduced to medium."),
    ("2025-02-26", "positive_change", ["mo"], "Positive NRM conclusive grounds decision."),
    ("2025-03-03", "youth_justice", ["mo"], "CPS decided no further action on the Bridgwater matter; RUI ended."),
    ("2025-03-25", "closure", ["cin2", "transfer"], "CIN review: CIN plan ended, step down to Northamptonshire Early Help."),
]
