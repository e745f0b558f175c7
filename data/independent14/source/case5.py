"""IN14-0005: a fourteen-year-old drawn into county lines; missing, found at the coast, a knife, a brick."""

CASE = {
    "case_id": "IN14-0005",
    "team": "Kemsing Adolescent Safeguarding",
    "status": "closed",
    "allocated_worker": "otyrwhitt",
    "child": {
        "person_id": "P01", "given_name": "Kymani", "family_name": "Pennicott",
        "date_of_birth": "2010-11-03", "gender": "male", "ethnicity": "Black Caribbean",
        "nhs_number": "476 614 3558", "address": "23 Quillbrook Walk, Swanley, BR8 7QE",
        "school": "Hextable Park Academy",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Novlette", "family_name": "Pennicott", "relationship": "mother",
         "date_of_birth": "1979-05-19", "phone": "07951 447203", "address": "23 Quillbrook Walk, Swanley, BR8 7QE",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Cherelle", "family_name": "Pennicott", "relationship": "sister",
         "date_of_birth": "2007-08-30", "given_origin": "caribbean", "family_origin": "caribbean"},
    ],
}

ALIASES = {
    "Kymani Pennicott": "P01", "Kymani": "P01", "Ky": "P01", "KP": "P01", "PENNICOTT": "P01", "KY": "P01",
    "Novlette Pennicott": "P02", "Novlette": "P02", "Ms Pennicott": "P02", "Ms P": "P02",
    "Cherelle Pennicott": "P03", "Cherelle": "P03",
}

NOTES = [
    ("pol1", "2025-01-13", "Police Notification", "otyrwhitt", "PVP - missing from home 11/01", "standard", """
Kent Police Vulnerable Person notification received 13/01, summarised:

Subject: PENNICOTT, Kymani, DOB [[03/11/2010|DOB:P01]], of [[23 Quillbrook Walk, Swanley|ADDRESS:P01]].
Reported missing by mother at 23:30 on Sat {{11th January|event_date}} after failing to return from "town". Not answering his phone. Risk graded medium due to age and mother's report of a new phone and new clothes she hasn't paid for.
Returned home of his own accord approx 15:00 Sunday. Seen by PC [[Giles Heseltine|~british]] for a safe and well check - no injuries, said he'd been "at a mate's", would not say where. Smelled of cannabis.
Mother disclosed 2 previous nights out before Christmas that were not reported to police.

SW note: first missing episode known to us. RHI requested from the Runaways service. Will visit this week.
"""),
    ("rhi1", "2025-01-16", "Return Home Interview", "otyrwhitt", "RHI - 15/01/25", "standard", """
Return Home Interview - completed by [[Nigel Entwistle|~british]] (Runaways & Exploitation Service), Wed {{15/01|event_date}} at home, Kymani seen alone in his bedroom, mum downstairs.

Where were you? "Swanley, at a mate's. I'm not saying who."
Who were you with? "Just people."
How did you get there / back? Walked.
Did anything happen that worried you? "No."
Anything you were given? [[K|P01]] said the trainers (Air Max, c. £150) were "from my cousin". Has 2 phones; said the second is "for music".

Worker observations: polite, guarded, tired. Checked his phone repeatedly throughout. When asked if anyone asked him to carry or hold anything he laughed and said "I'm not stupid".

Indicators noted: unexplained gifts, second phone, missing overnight, secrecy about associates. Recommend referral for exploitation screening (CCE) and info to the MACE coordinator.
"""),
    ("hv", "2025-01-21", "Home Visit", "otyrwhitt", "HV - ky and mum", "standard", """
visited ky and mum at home after school. ky in his room on arrival, came down after about 10 mins when mum shouted him.

mum (Novlette) works days at the hospital laundry, Cherelle at college. Mum says since the weekend before last he is "in and out" and she doesn't know where he goes after school. She now thinks he was also out until 2am on the 2nd of last month, she was on nights and Cherelle covered for him.

spoke to ky alone in the kitchen. he was polite but said nothing of substance - "I'm just with my mates, relax". Asked about the trainers, same answer as the RHI (cousin). Asked if he felt safe - "yeah course". He has a cut lip he said was from football.

no other concerns in the home, food in, house tidy. Mum is protective and worried, wants help: "I can't lock him in".

plan - discuss at supervision, share RHI info with police MCE team, ask school for attendance. Gave mum the missing from home leaflet and the number for the Runaways service.
"""),
    ("strat", "2025-01-28", "Strategy Meeting", "mbeauchamp", "Strategy meeting - CCE concerns", "standard", """
Strategy Meeting (Teams) 28/1/25 14:00. Chair: MB, Team Manager.

Attendees: OT (SW), GC (co-worker), DC [[Wilf Gosling|~british]] (Missing & Child Exploitation team), Mrs [[Hazel Honeyball|~british]] (DSL, Hextable Park Academy), [[N Entwistle|~british]] (Runaways).

Info:
- School: on Fri 24th staff found £300 in cash in KP's blazer during a search for a vape. He said it was birthday money (birthday is November). Attendance dropped from 96% in autumn to 71% since Christmas. Spending time with older boys from the Swanley estate at lunchtimes at the gate.
- Police: Kymani was stopped with two males aged 19 and 22 in a car in Gravesend on 20/1. No arrests. One of the males, known by the street name {{Stilts|word_name}}, is linked to a county line running from north Kent into Essex.
- RHI as per note of 16/1.

Decision: threshold met for s47 - single agency (SW led) with police sharing intelligence. Referral to MACE panel. Mum to be advised to report every missing episode immediately. A joint visit will take place if there is a further missing episode.
"""),
    ("found", "2025-02-10", "Missing From Home", "gcarew", "Missing 4th-8th Feb; found in Clacton", "standard", """
Write up of last week's missing episode (GC, on duty with OT on leave until today).

Tues 4th Feb - KP left for school, never arrived. Mum reported him missing at 18:40. Graded high risk by Kent Police given the strategy meeting.

Fri 7th Feb - Essex Police executed a warrant at a flat in {{Clacton-on-Sea|place}} at about 17:30 (a "cuckooed" flat belonging to a vulnerable adult). Kymani was found in the bathroom with {{£640|figure}} in cash and {{23|figure}} wraps of what is believed to be crack cocaine and heroin. Two adult males arrested. Kymani was arrested on suspicion of possession with intent to supply and taken to Clacton custody; the custody sergeant recorded him as a potential victim of trafficking. Released under investigation.

I drove to Clacton with mum and collected him from custody at 01:20 on Sat 8th. He was quiet on the way home, slept most of the journey. He had a cut on his left hand he said was from "a glass".

Mon 10th - OT submitted an NRM referral as first responder. Referred on to the Runaways service for RHI. Strategy meeting to be reconvened if anything else comes out of the police investigation.
"""),
    ("rhi2", "2025-02-12", "RHI", "otyrwhitt", "Return home interview 2", "standard", """
RHI - [[N Entwistle|~british]], Tues 11/2, at home. Kymani seen alone, then with OT.

KP was more open this time. Said he was "taken" to Clacton in a car by two older males on the Tuesday morning, and that he was told to stay in the flat, answer the line phone and hand over "food" (drugs) to people who came to the door. He slept on a sofa. Says he didn't go out in 3 days. He knows one of the men only as Stilts.

He says that because the police took the drugs and money he now owes a debt. He said: "if I don't work it off they'll come to the house". He would not say how much he owes.

He said he doesn't want to go back but "it's not up to me". He is frightened for his mum and Cherelle.

Worker view: significant risk. Safety plan done with KP and mum - phone to be handed in at night, codeword with mum, location sharing on his main phone. Information passed to DC [[Gosling|~british]].
"""),
    ("sch", "2025-02-20", "School", "otyrwhitt", "Education - knife in bag, suspension", "standard", """
Call from Mrs [[Honeyball|~british]] (DSL) 19/2, then meeting at school today.

On Tuesday ({{18/2|event_date}}) a Year 10 told a teacher Kymani "had a blade". DSL and Deputy Head searched his bag at 11:05 in the presence of a second member of staff. They found a kitchen knife (approx 8 inch blade) wrapped in a sock. Kymani said "it's for protection, you don't understand what's going on". No threats made to anyone at school. Police were called and attended.

School issued a 5-day suspension (fixed-term exclusion) from 18th-24th Feb. Reintegration meeting booked for 25th. Head said that any further incident "will almost certainly" lead to permanent exclusion.

NRM: the Single Competent Authority sent a positive reasonable grounds decision dated 14/02.
"""),
    ("mace", "2025-03-04", "MACE Panel", "otyrwhitt", "MACE panel extract 03/03/25", "standard", """
MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - extract for Kymani PENNICOTT
Date: 3rd March 2025. Chair: DI [[Ebenezer Appiah|~african]].

Risk level: HIGH (CCE), up from medium.

Summary: missing x2 (Jan, Feb); recovered from a cuckooed address in Clacton with drugs and cash; knife found at school 18/2; disclosed a drug debt. Positive reasonable grounds (NRM).

Intelligence: the line is run by a 22-year-old male, [[Shamar Blagrove|~caribbean]], known as {{Stilts|word_name}}, from the Swanley estate. Police intend to serve a Child Abduction Warning Notice on him in respect of Kymani.

Relocation: police raised whether the family should move away from Swanley. Mum (by phone) said she will not leave: her work, Cherelle's college and her church are here. Agreed housing will be asked for a management move option "in case". To be reviewed at the next MACE.

Actions: CAWN (police); disruption visits to the estate; school to keep to the reintegration plan; SW to refer to YOT's prevention worker.
"""),
    ("ewo", "2025-03-12", "Education Welfare", "gcarew", "EWO report (received by email)", "standard", """
EDUCATION WELFARE REPORT - Kymani Pennicott, Y9, Hextable Park Academy
Prepared by: Attendance & Welfare Officer [[Irene Sugden|~british]], 11.3.25

Attendance this academic year: 79.4% (autumn term 96.1%; spring term to date 61.8%).
Unauthorised absence: 14 sessions since 6 Jan, most of them afternoons after registration.
Suspensions: 5 days (18.2.25 - 24.2.25), knife in bag.
Reintegration meeting held 25.2.25 with mum; attended by Kymani - agreed report card and daily check in with the mentor.
W/c 3/3: attended 2 of 5 days. Absent Mon-Weds, mum says he was "ill"; no medical evidence.

Comment: attendance pattern fits what we know about CCE risk. A penalty notice is not being considered given the exploitation concerns. Recommend an alternative timetable with a 1:1 mentor and a part-time offer at the PRU, to be discussed with SW.
"""),
    ("tel", "2025-03-17", "Phone Call", "otyrwhitt", "Out of hours log + calls", "standard", """
EDT record forwarded this morning: mum called EDT at 01:10 on Sunday. At about 00:50 someone threw a brick through the front room window. Kymani and Cherelle were both home and in bed. Nobody hurt. Police attended within 20 mins, CCTV enquiries. A note wrapped round the brick said "PAY UP KY".

09:20 Mon - spoke to mum. She is shaken and now says she would move "tomorrow if they'd let us". Cherelle (17) has gone to stay at her boyfriend's. Kymani not answering my texts, he was seen by GC earlier this week and was fine then.
09:45 - called Housing (emergency management move) - they will take a referral today. Told them about the MACE discussion.
10:30 - spoke to DC [[Gosling|~british]]: [[Shamar|~caribbean]] was served the CAWN on 12/3. He has not been arrested re the brick.
11:00 - MB informed. Supervision this week.
"""),
    ("sup", "2025-03-19", "Supervision", "mbeauchamp", "Supervision - OT / MB", "standard", """
Case supervision. Present: MB, OT, GC.

Reflection: risk has moved from Kymani to the whole household. Mum now wants to move. Housing agreed in principle to a management transfer out of the district; no property identified yet.

Options discussed:
a) Emergency B&B - mum refuses, Kymani would still travel back.
b) Section 20 accommodation out of area for Kymani alone - not proportionate at this point and mum would not agree; to be reconsidered if there is another incident at the home.
c) Management move for the family - preferred.

Decisions: 1) Push housing for a move, MB to escalate to Head of Housing. 2) s47 outcome: concerns substantiated (extra-familial harm) - continue on a child in need plan with a contextual safety plan rather than ICPC, as mum is protective. 3) GC to do weekly direct work (boxing club referral). 4) OT to attend school reintegration review.
"""),
    ("pex", "2025-04-03", "Education", "otyrwhitt", "Permanent exclusion and PRU", "standard", """
KP was permanently excluded from Hextable Park on {{25th March|event_date}} after he was found by staff at the gate with a group of older males during school hours on the 24th and then, on the 25th, threatened a Y11 pupil in the toilets ("you'll get shanked"). No weapon found this time.

Governors' disciplinary committee met 1 April - mum and I attended. The governors upheld the permanent exclusion. Mum was tearful; Kymani did not attend.

The local authority has placed him at the {{Weald Learning Centre|place}} (PRU) from Mon {{7th April|event_date}}, 9.30-2.30. Taxi arranged so he doesn't use the train through Swanley.
"""),
    ("stab", "2025-04-22", "Police", "otyrwhitt", "Police notification - stabbing of friend", "standard", """
Kent Police notification rec'd 22/4 re incident Saturday night 19th April in {{Swanley|place}}:

[[Kwadwo Boakye|~african]], 18, a friend of Kymani's, was stabbed twice in the thigh outside a chicken shop at approx 22:15. Taken to King's College Hospital by air ambulance, in surgery, now stable. Kymani was with him and ran. He came home at about 23:00 covered in blood ([[Kwadwo|~african]]'s) and mum called the police herself.

Kymani was interviewed as a witness on the 20th with mum present. He named no-one.

I saw KP today with GC at home. He was very low, hadn't slept, and said "I want out, I'm done, I swear". First time he has said that. (He has been at the PRU since the 7th and has attended every day bar one.) He asked if we could "get us out of Swanley". Told him the move is being pushed.
"""),
    ("move", "2025-05-08", "Change of Address", "gcarew", "Family moved - management transfer", "standard", """
The family moved on Tues 6 May to a 3 bed housing association house in {{Tonbridge|place}} via an emergency management transfer (new address held on the system - do not share with anyone outside the core agencies). Cherelle has moved back in with them.

Kymani has a new SIM. He has blocked the old numbers in front of me. PRU taxi route changed. Boxing club in Tonbridge found, first session Thursday.

Mum: "First night I've slept in months".
"""),
    ("yj", "2025-06-12", "Youth Justice", "otyrwhitt", "YOT - outcome of the Clacton investigation", "standard", """
Email from [[Seumas Ffrench|~irish]], YOT case manager, 12/6:

"Hi OT, update for your file. The SCA made a positive conclusive grounds decision on 2 June - Kymani is recognised as a victim of modern slavery (criminal exploitation). Essex Police and the CPS have reviewed the Clacton matter and on 10 June the CPS decided not to prosecute, relying on the s45 defence and the CG decision. For the knife at school, Kent Police have dealt with it by way of an Outcome 22 with a deferred prosecution, conditional on 12 weeks of voluntary work with us - he started last week and has turned up to every session so far.

[[Seumas|~irish]]"

SW note: shared with mum and Kymani. Mum cried with relief.
"""),
    ("mace2", "2025-07-15", "MACE Review", "otyrwhitt", "MACE review 14/07", "standard", """
MACE panel review 14/07 - risk lowered to LOW.

No missing episodes since February. No known contact with the Swanley group since the move. [[Shamar Blagrove|~caribbean]] was charged on 30/6 with conspiracy to supply class A (linked to Clacton) and remanded. PRU attendance 91%, reintegration into mainstream (Tonbridge) being looked at for September. Boxing 3x a week.

Mum and Cherelle doing well. Cherelle started an apprenticeship at a dental practice.

Plan: CIN to continue to end of summer; step down at the end of September if stable.
"""),
    ("close", "2025-09-30", "Closure", "otyrwhitt", "Case closure summary", "standard", """
CLOSURE - step down to Early Help (Tonbridge) with YOT continuing to end of the deferred prosecution.

Kymani started at {{Medway Vale School|place}} in Year 10 on September 3rd with a managed move from the PRU. Settled, attendance 97%. No missing episodes in 7 months. NRM conclusive grounds decision in place. CAWN remains in force.

Closure agreed with MB and with mum and Kymani at a final CIN meeting on 23/9. Kymani said the best thing was "being away from all of it".
"""),
]

QUESTIONS = [
    {"q": "when was ky found in clacton", "qtype": "when", "facts": ["2025-02-07"], "notes": ["found"], "as": "otyrwhitt"},
    {"q": "how many wraps did essex police find on him", "qtype": "how_many", "facts": ["23"], "notes": ["found"], "as": "mbeauchamp"},
    {"q": "what did he say about the debt in the RHI", "qtype": "quote", "facts": ["they'll come to the house"], "notes": ["rhi2"], "as": "otyrwhitt"},
    {"q": "What was in his bag at school", "qtype": "what", "facts": ["kitchen knife"], "notes": ["sch"], "as": "otyrwhitt"},
    {"q": "who is stilts", "qtype": "who", "facts": ["Shamar Blagrove"], "notes": ["mace"], "as": "mbeauchamp"},
    {"q": "when did the brick come through the window", "qtype": "when", "facts": ["2025-03-16"], "notes": ["tel"], "as": "otyrwhitt"},
    {"q": "did governors uphold the perm ex", "qtype": "yes_no", "facts": ["yes"], "notes": ["pex"], "as": "mbeauchamp"},
    {"q": "is he being prosecuted for the clacton drugs?", "qtype": "yes_no", "facts": ["no"], "notes": ["yj"], "as": "otyrwhitt"},
    {"q": "which PRU did they put him in", "qtype": "what", "facts": ["Weald Learning Centre"], "notes": ["pex"], "as": "otyrwhitt"},
    {"q": "how much does he owe stilts", "qtype": "how_many", "facts": [], "notes": [], "as": "otyrwhitt"},
    {"q": "has kymani got an ADHD diagnosis", "qtype": "yes_no", "facts": [], "notes": [], "as": "mbeauchamp"},
]

EVENTS = [
    ("2025-01-11", "missing_episode", ["pol1"], "Reported missing overnight by mother; returned next afternoon; said he was at a mate's."),
    ("2025-01-15", "return_home_interview", ["rhi1"], "First RHI: guarded; unexplained trainers and second phone; exploitation indicators."),
    ("2025-01-24", "contact", ["strat"], "School found £300 cash in his blazer."),
    ("2025-01-20", "police_incident", ["strat"], "Stopped by police in a car in Gravesend with two older males, one known as 'Stilts'; no arrests."),
    ("2025-01-28", "strategy_discussion", ["strat"], "Strategy meeting re CCE: single-agency s47; MACE referral."),
    ("2025-02-04", "missing_episode", ["found"], "Missing from school day; reported high risk."),
    ("2025-02-07", "police_incident", ["found"], "Found by Essex Police in a cuckooed flat in Clacton with £640 and 23 wraps; arrested, RUI; collected from custody early 8 Feb."),
    ("2025-02-10", "referral", ["found"], "NRM referral submitted by the social worker as first responder."),
    ("2025-02-11", "return_home_interview", ["rhi2"], "Second RHI: describes being taken to Clacton and a drug debt; safety plan."),
    ("2025-02-14", "assessment", ["sch"], "NRM positive reasonable grounds decision."),
    ("2025-02-18", "school_exclusion", ["sch"], "Kitchen knife found in his bag at school; police called; 5-day suspension."),
    ("2025-03-03", "strategy_discussion", ["mace"], "MACE panel: risk high; CAWN against Shamar Blagrove; relocation raised, mother declined."),
    ("2025-03-16", "police_incident", ["tel"], "Brick through the family's front window with a note 'PAY UP KY'."),
    ("2025-03-25", "school_exclusion", ["pex"], "Permanently excluded after threatening a pupil; upheld by governors on 1 April."),
    ("2025-04-07", "school_move", ["stab"], "Started at the Weald Learning Centre (PRU)."),
    ("2025-04-19", "police_incident", ["stab"], "Friend Kwadwo Boakye stabbed in Swanley with Kymani present; Kymani a witness."),
    ("2025-05-06", "household_change", ["move"], "Family relocated to Tonbridge via an emergency management transfer."),
    ("2025-06-02", "assessment", ["yj"], "NRM positive conclusive grounds decision."),
    ("2025-06-10", "youth_justice", ["yj"], "CPS decide not to prosecute the Clacton matter; knife dealt with by Outcome 22 deferred prosecution with YOT."),
    ("2025-07-14", "positive_change", ["mace2"], "MACE risk lowered to low; no missing since February."),
    ("2025-09-03", "school_move", ["close"], "Managed move into Year 10 at Medway Vale School."),
    ("2025-09-30", "closure", ["close"], "Case closed; step down to Early Help with YOT continuing."),
]
