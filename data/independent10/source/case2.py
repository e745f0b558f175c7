"""IN10-0002: a 14-year-old boy from a children's home to secure accommodation and a solo placement (author A, written blind)."""

CASE = {
    "case_id": "IN10-0002",
    "team": "Ravensholt Adolescent Service",
    "status": "looked_after",
    "allocated_worker": "afellbridge",
    "child": {
        "person_id": "P01", "given_name": "Kajetan", "family_name": "Mleczko", "date_of_birth": "2010-05-17",
        "gender": "male", "ethnicity": "White - Polish", "religion": "Roman Catholic",
        "nhs_number": "401 023 2137", "address": "Larchfield Cottage (solo placement)",
        "school": "Brackenridge Learning Centre",
        "given_origin": "eastern_european", "family_origin": "eastern_european",
    },
    "people": [
        {"person_id": "P02", "given_name": "Radosław", "family_name": "Mleczko", "relationship": "father",
         "date_of_birth": "1981-09-03", "phone": "07832 615094", "address": "Flat 3, 19 Tanyard Row, Ravensholt RV2 5LD",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P03", "given_name": "Ewelina", "family_name": "Grabarz", "relationship": "mother",
         "date_of_birth": "1986-02-27", "phone": "07459 218037", "address": "58 Oxcroft Lane, Dunmere DN7 2HS",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Maddox", "family_name": "Trebilcock", "relationship": "registered manager, Thornbeck House",
         "phone": "0113 496 0612", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Obiageli", "family_name": "Anyaoku", "relationship": "children's guardian (Cafcass)",
         "given_origin": "african", "family_origin": "african"},
    ],
}

ALIASES = {
    "Kajetan": "P01", "Kajetan Mleczko": "P01", "Kajetan MLECZKO": "P01", "Kaj": "P01", "Kajtek": "P01", "KM": "P01",
    "Radosław": "P02", "Radek": "P02", "Mr Mleczko": "P02", "Radosław MLECZKO": "P02", "Radosław Mleczko": "P02",
    "Ewelina": "P03", "Ewelina Grabarz": "P03", "Ms Grabarz": "P03", "Ewelina GRABARZ": "P03",
    "Maddox": "P04", "Maddox Trebilcock": "P04",
    "Obiageli Anyaoku": "P05", "Mrs Anyaoku": "P05",
    "Anastasia": "~british", "Anastasia Fellbridge": "~british",
    "Evander": "~british", "Evander Winterbottom": "~british", "Siobhán Gilsenan": "~irish",
    "Lucasta Tremayne": "~british", "Donnacha": "~irish", "Tyrell": "~caribbean", "Brandreth": "~caribbean",
}

NOTES = [
    ("transfer", "2024-10-03", "Transfer", "vfaversham", "Case transfer summary - to Adolescent Service", "standard",
     """TRANSFER SUMMARY - Children in Care Team to Adolescent Service

Child: Kajetan MLECZKO, 14. Legal status: s20 (father consents), accommodated since 16/05/24.
Placement: Thornbeck House (4-bed children's home, Ravensholt), since 14 June 2024. Registered manager Maddox Trebilcock.

Background: Kaj lived with dad after parents separated in 2021; mum moved to Dunmere with her new partner and has had very little contact since. Dad works nights at the distribution centre. Family broke down in the spring - Kaj out all night, two missing episodes from home, dad "can't hold him". Dad asked for him to be accommodated.

Since at Thornbeck: 6 missing episodes (July-Sept), longest 19 hours. Concern about older males in the Eastside flats, vapes/cannabis given to him, possibly holding stuff for them - CCE screening tool completed 02/09, medium risk, NRM not made. Not in education since Y9 ended - was permanently excluded from Ravensholt Academy in March. EHCP assessment requested by the previous SW, not yet agreed.

Dad visits Thornbeck most Sundays. Mum has not replied to any letters or texts since June.

Reason for transfer: escalating risk outside the home; the Adolescent Service hold CCE and missing work. Warm handover with Anastasia booked for 7/10.""")
    ,
    ("mfc1", "2024-10-07", "Missing From Care", "afellbridge", "MFC 5-6 Oct", "standard",
     """missing from Thornbeck from 19:10 Sat 5th Oct - left through the garden gate after being told no to going into town at that time. Staff followed to the end of the road then lost him. Reported to police 20:30.

Found 02:30 Sunday by BTP at {{Dunmere bus station|place}}, 11 miles away, with two older males who walked off when police arrived. K was cold, had no coat, had £60 in cash and two phones, one not his. Said he'd been "at a mate's". Returned to Thornbeck by police 04:00.

No injuries seen by staff. He slept until lunchtime. This is the 7th episode since July.

RHI to be offered - I will do it as he won't talk to the missing service worker.""")
    ,
    ("rhi1", "2024-10-09", "RHI", "afellbridge", "Return home interview", "standard",
     """RHI done yesterday (8/10) at Thornbeck, in the car on the way to get chips - he won't sit in a room for it.

Said he went to Dunmere "to see if mum was about". Didn't go to her house because "her fella's there". Met "some lads" at the bus station he knows from Eastside, wouldn't name them at first, then said one of them is "[[Tyrell|~caribbean]], he's sound, he looks out for me". Said the money was his "birthday money" (his birthday was in May). Said the second phone was "a mate's, he lent it me".
Wouldn't say if he'd taken anything. Did say "I don't want to be at Thornbeck, everyone there is mad".

Push factors: boredom, no school, conflict with the other young person who moved in last month. Pull factors: mum, older lads, money.

Analysis: the money and the second phone on top of the older males adds to my CCE worry. Shared with police missing coordinator and the exploitation hub. Will raise at the next MACE meeting.""")
    ,
    ("assault", "2024-10-15", "Police Notification", "afellbridge", "Police notification - assault on staff 13/10", "standard",
     """Notification from police (occ ref 24/118832) and Thornbeck incident report.

Sun 13th Oct about 21:45 - Kajetan was told he could not go out. He punched a member of staff ([[Donnacha Mulvey|~irish]]) in the face and bit a second member of staff on the forearm when they stood in the doorway. Then smashed the office window. Police attended 22:20; K had calmed by then. Not arrested. Staff did not want to press charges but police are recording it as 2 x common assault and criminal damage; voluntary interview to be arranged with an appropriate adult.

Donnacha went to A&E, cheekbone bruised, no fracture. Maddox (RM) says the staff team are "at the end of it" and raised whether Thornbeck can keep him - not giving notice yet.

I spoke to Kaj on 14th. He said "they were in my way, I said I needed to go". Said sorry for the bite. Not sorry for the window. I said I would definately be back to see him thurs.""")
    ,
    ("bridge", "2024-10-22", "Police Incident", "afellbridge", "s136 - motorway bridge 20/10", "standard",
     """Late entry - I was on a course yesterday. Events of Sunday 20th.

16:40 - a driver called 999 reporting a boy on the wrong side of the railings on the {{Hollins Lane footbridge|place}} over the M62. Police attended within 6 minutes. Kajetan was holding on with one hand and shouting that he was going to jump. Two officers talked to him for about 25 mins and he climbed back over. Police recorded it as an attempt to take his own life.

He was detained under s136 MHA and taken to the place of safety at {{Ravensholt General|place}}. Thornbeck staff went with him. He had left Thornbeck at 14:00 saying he was going to the shop.

MHA assessment Monday morning (21st) - not detained; the assessing team felt there was no mental disorder that hospital would treat, but the CAMHS consultant ([[Dr Bleddyn Castleton|~british]]) said his risk is very high and recommended a tier 4 inpatient bed. He was discharged back to Thornbeck on 21/10 on 2:1 staffing while a bed is looked for.

I visited him Monday evening. He would only say "I wasn't gonna do it, I just wanted them to listen." Dad was there - crying. Mum informed by text and voicemail; no response.""")
    ,
    ("beds", "2024-10-25", "Telephone", "afellbridge", "Tel log - tier 4 bed / CAMHS", "standard",
     """Thurs 24/10
09:15 - CAMHS crisis team. Bed referral went to the NHS case manager on Monday night. No general adolescent unit bed anywhere in the country at the moment. Kajetan is on the list.
11:30 - Thornbeck (Maddox). Quiet night. He has been in his room mostly, eating. 2:1 continuing. Maddox says they can hold it for a week, no more, and that his staff "are not a hospital".
13:00 - Dad rang. Asked if Kaj can come home for a night. Explained not safe at the moment. Dad understood, said he's "frightened to have him anyway".
16:45 - NHS case manager. Still no bed. Even if one comes up, they may judge he doesn't need a hospital bed as he was not detained. Suggested we look at secure welfare.

Fri 25/10
08:50 - Thornbeck. K went missing again Weds night (23rd) from 21:00, for about 4 hours, back on his own, would not say where. Staff had not told me - this should have been rung through. Raised with Maddox.
09:30 - police missing coordinator. The "Tyrell" from the RHI on 8/10 is believed to be [[Tyrell BRANDRETH|~caribbean]], 19, from Eastside - known to police for supplying cannabis and for using younger boys to hold it. Intel submitted. Kajetan was seen getting out of a car Brandreth was driving earlier this month.
10:00 - Discussed with Evander (TM). Decision: convene the secure welfare panel early next week; ask Legal to be ready for a s25 application. If no secure bed can be found, we will have to consider a DoL order under the High Court's inherent jurisdiction.""")
    ,
    ("panel", "2024-10-29", "Strategy Meeting", "afellbridge", "Secure welfare panel / professionals meeting", "standard",
     """Secure Welfare Panel, 29/10/24. Chair: [[Jerónimo Urrego|~latin_american]], Assistant Director.
Present: Evander Winterbottom (TM), Anastasia Fellbridge (SW), Legal ([[Kehinde Agbaje|~african]]), CAMHS crisis lead, police missing coordinator, Maddox Trebilcock (Thornbeck), IRO ([[Lucasta Tremayne|~british]]).

Summary given by SW: 8 missing episodes since July, escalating; assault on two staff on 13/10; the bridge on 20/10; no tier 4 bed; Thornbeck at the limit of what they can manage.

s25 criteria considered: (a) a history of absconding, likely to abscond from any other accommodation, and if he absconds likely to suffer significant harm - YES; (b) if kept in any other accommodation likely to injure himself or others - YES.
Less restrictive options: a solo placement with 2:1 was searched for - nothing available. A DoL order in an unregistered setting was rejected as we would not know who was caring for him.

Decision: Panel APPROVES an application for a secure accommodation order under s25. DCS approval given by email at 15:10. Referral to the Secure Welfare Coordination Unit today. Father to be told tonight by SW and TM; mother to be written to and called.

Update 17:40 - SWCU have offered a bed at {{Kestrel Moor Secure Children's Home|place}} in Northumberland from Friday 1 November, if the court makes the order. No nearer bed.""")
    ,
    ("s25", "2024-11-01", "Court Hearing", "afellbridge", "s25 hearing", "standard",
     """Family Court, Ravensholt. Application for a secure accommodation order.

Children's guardian appointed yesterday: Obiageli Anyaoku (Cafcass). Kajetan had a solicitor and joined from Thornbeck by video. Dad attended in person. Mum did not attend and had not replied to the notice; process server confirmed personal service on her on 30/10.

Kaj told the judge: "I'm not a criminal, why am I going to a prison." The judge explained it is not a prison and not a punishment.
The guardian supported the order but asked that it be for the shortest time and that step-down planning starts on day one.

ORDER MADE: secure accommodation authorised for 3 months, to 31 January 2025. Review by the LA's s25 reviewing panel within 1 month, then every 3 months.

Transport booked to Kestrel Moor for this afternoon.""")
    ,
    ("move1", "2024-11-04", "Placement Move", "afellbridge", "Placement move - Kestrel Moor", "standard",
     """Placement move recorded.
From: Thornbeck House (placement ended 01/11/24)
To: Kestrel Moor Secure Children's Home, Northumberland - about 160 miles from Ravensholt
Date: 01/11/2024, arrived 22:30 by secure transport. I travelled with him.
Legal status: s20 → looked after under s25 secure accommodation order to 31/01/25 (s20 remains the basis of accommodation).

He cried in the van for the first hour then slept. At Kestrel Moor he was given a room on Curlew house (6 young people) and a keyworker, [[Siobhán Gilsenan|~irish]]. Told staff he is vegetarian (he is not). Dad informed at 23:00 he had arrived.

Placement plan and delegated authority signed by dad on 4/11.""")
    ,
    ("visit1", "2024-11-19", "Statutory Visit CLA", "afellbridge", "Stat visit - Kestrel Moor", "standard",
     """Statutory visit, Kestrel Moor. Child seen: yes, alone for 45 mins in the family room, and in class.

Education: the on-site school teaches him 27.5 hours a week in a group of 3. Baseline tests - reading age of 9 years 4 months; maths much stronger. His teacher says he likes maths and "lives for" the bike workshop on Thursdays. No refusals in class this week.
Behaviour: 3 restraints in his first week (all on the first two days, refusing to go to his room). None since 8/11. No self-harm since admission.
Health: CAMHS in-reach psychologist seeing him weekly from w/c 11/11, before that it was the duty nurse. He has been referred for an ADHD assessment by the unit's nurse.
His words: "It's boring but I sleep here. I didn't sleep at Thornbeck." Asked about the bridge - "I'm not doing that again, that was stupid."
He asked for mum three times. He wants dad to bring his PlayStation (not allowed) and his Widzew Łódź shirt (allowed).

Dad has visited once so far (Sat 16th, 2 hours), travelled up on the train. LA paying travel.""")
    ,
    ("letter", "2024-11-27", "Letter", "afellbridge", "Letter to mother", "standard",
     """Copy of letter sent today by post and by email to Ms Grabarz, [[58 Oxcroft Lane, Dunmere DN7 2HS|ADDRESS:P03]]:

Dear Ms Grabarz,

I am Kajetan's social worker. I have tried to ring you several times and have left messages. I am writing to let you know that Kajetan is now living at Kestrel Moor, a secure children's home in Northumberland, under a court order made on 1st November. He is safe. He is going to school there every day and he is doing well in maths.

Kajetan has asked for you several times. You are very welcome to visit him - I can arrange travel and the home will help. You can also write to him or ring him; I will give you the details.

His first review is on Thursday 12th December at 11am at Kestrel Moor, and you can join by video if you cannot travel. I would really like to hear your views.

Please ring me on [[0113 496 0377|PHONE]] or text me. I would also be happy to meet you in Dunmere, with an interpreter if you would like one.

Yours sincerely,
Anastasia Fellbridge, Social Worker, Ravensholt Adolescent Service""")
    ,
    ("cla1", "2024-12-12", "CLA Review", "afellbridge", "CLA review 1 (in secure)", "standard",
     """CLA Review held at Kestrel Moor. IRO: Lucasta Tremayne.
Attended: Kajetan (for all of it), Radosław Mleczko (father), SW, keyworker Siobhán Gilsenan, teacher, CAMHS in-reach psychologist (video). Guardian sent a report.
Mother: not present, did not reply to the letter of 27/11 or the invitation. Third review in a row without any contact from mum.

Progress: no restraints since 8 Nov. No self-harm. School report - attendance 97%, Entry Level 3 maths achieved, reading improving. Enjoys the bike workshop. Dad has visited 4 times and rings Tuesdays and Fridays.
Kajetan's view: wants to leave "as soon as", wants to be near dad, does NOT want to go back to Thornbeck. "I want somewhere with just me."

Decisions / recommendations:
1. The LA should plan for step-down before the order expires on 31/01; renewal only if risk returns. The s25 review panel on 28/11 agreed the criteria were still met at that point.
2. Search for a solo placement within 30 miles of Ravensholt with education in place before the move.
3. Transition visits before the move.
4. Continue efforts to involve mother; father to be asked whether he is in touch with her family.
5. EHCP - education to chase the assessment decision.
Next review: within 3 months of the move.""")
    ,
    ("sup", "2025-01-09", "Supervision", "ewinterbottom", "Case supervision - step-down", "standard",
     """Supervision, SW with Evander (TM).

Step-down plan: solo placement found - Larchfield Cottage, a registered one-bed home with 2:1 staffing days, 1 waking night, 24 miles from Ravensholt, via the Ofsted-registered provider. Placement panel approved 7/1.
Transition: visits on 20 and 23 January, then move on 28th. Education - place agreed at Brackenridge Learning Centre (alternative provision), start after half a week to settle.
The restrictions at Larchfield (staff with him in the community) are to be reviewed weekly; we do not think they amount to a deprivation of liberty, so no DoL application. If he goes missing and the risk is as before, we would go back to the panel for a fresh s25 - this must be talked through with him and dad before the move, not sprung on him.
Mum: still no contact. Dad thinks she has gone back to Poland for Christmas and may not return.

TM oversight: good progress; plan is right; do not let the order expire without the placement secured - a back-up date to apply to extend is booked for 24/01 and will be cancelled if the move is on track.""")
    ,
    ("move2", "2025-01-29", "Placement Move", "afellbridge", "Moved to Larchfield Cottage", "standard",
     """Kajetan moved yesterday, 28 January, from Kestrel Moor to Larchfield Cottage. Secure order discharged early by agreement - LA no longer relying on it from the date of the move; guardian informed.

Transition visits went ahead on 20th and 23rd. The 24/01 back-up hearing was vacated.
He said goodbye to his keyworker and his teacher; they gave him a card and a spanner set from the bike workshop. Journey 3.5 hrs, he chose the music.

At Larchfield: his own room, he has put the Widzew shirt on the wall. Two staff on days, [[Clemence Roscorla|~british]] leads the team. Dad came at 6pm with pierogi and stayed for tea.""")
    ,
    ("mfc2", "2025-02-10", "RHI", "afellbridge", "Missing 8/2 and RHI", "standard",
     """Sat just gone (8/2) K walked off from staff in Ravensholt town centre at 15:20 and did not come back to the car. Reported missing 15:50. Came back to Larchfield on his own at 18:35 by bus. Not under the influence, no cash or extra phone.

RHI done by me today at Larchfield. He said he wanted to see if the lads from Eastside were "still about" and then "bottled it" and went to McDonald's on his own. Said: "I didn't want to go back to Kestrel." He knew that was a risk.

Not a return to the autumn pattern: 3 hours, came back himself, told staff where he'd been. Agreed with staff a plan for town trips (agreed time and meeting point, phone charged). TM informed - no panel needed.""")
    ,
    ("visit2", "2025-02-26", "Statutory Visit", "afellbridge", "Stat visit - Larchfield", "standard",
     """Child seen alone, in his room and on a walk to the shop.

Started at Brackenridge Learning Centre on 17/02, mornings only for the first fortnight, going up to full days from March. Has been every day. Staff say he is "a different lad" on school days.
Dad visits Weds and Sunday. Kaj stayed for Sunday dinner at dad's flat for the first time last weekend, with a staff member dropping and collecting. Went well.
Mum: no contact. He said "she's not bothered, it's fine" and changed the subject.
No missing episodes since 8/2. No incidents.
CAMHS: transferred to Ravensholt CAMHS, first appointment 4 March.

Next CLA review 10 April.""")
    ,
]

QUESTIONS = [
    {"q": "when did bart try to jump off the motorway bridge", "qtype": "when",
     "facts": ["2024-10-20"], "notes": ["bridge"], "as": "afellbridge"},
    {"q": "what did he say to the judge at the secure hearing?", "qtype": "quote",
     "facts": ["I'm not a criminal"], "notes": ["s25"], "as": "ewinterbottom"},
    {"q": "how long was the s25 order made for", "qtype": "what",
     "facts": ["3 months"], "notes": ["s25"], "as": "afellbridge"},
    {"q": "wher is kestrel moor", "qtype": "what",
     "facts": ["Northumberland"], "notes": ["move1"], "as": "afellbridge"},
    {"q": "who's his guardian", "qtype": "who",
     "facts": ["Obiageli Anyaoku"], "notes": ["s25"], "as": "ewinterbottom"},
    {"q": "how many times was he restrained in the first week in secure?", "qtype": "how_many",
     "facts": ["3"], "notes": ["visit1"], "as": "afellbridge"},
    {"q": "has mum come to any of his reviews", "qtype": "yes_no",
     "facts": ["no"], "notes": ["cla1"], "as": "afellbridge"},
    {"q": "when did he move into his solo placement", "qtype": "when",
     "facts": ["2025-01-28"], "notes": ["move2"], "as": "ewinterbottom"},
    {"q": "which staff member got punched at thornbeck", "qtype": "who",
     "facts": ["Donnacha Mulvey"], "notes": ["assault"], "as": "afellbridge"},
    {"q": "is he on any medication?", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "afellbridge"},
    {"q": "what did the police decide after his voluntary interview", "qtype": "what",
     "facts": [], "notes": [], "as": "ewinterbottom"},
]

EVENTS = [
    ("2024-10-05", "missing_episode", ["mfc1"], "Missing from Thornbeck overnight; found by police at Dunmere bus station with two older males, cash and a second phone"),
    ("2024-10-08", "return_home_interview", ["rhi1"], "Return home interview: went looking for mum, met older lads; CCE concern shared with police"),
    ("2024-10-13", "police_incident", ["assault"], "Punched and bit two staff at Thornbeck and smashed a window; police attended"),
    ("2024-10-20", "police_incident", ["bridge"], "Found on the wrong side of the railings on a motorway footbridge; talked down and detained under s136"),
    ("2024-10-20", "hospital", ["bridge"], "Taken to the place of safety at Ravensholt General; CAMHS consultant recommends a tier 4 bed"),
    ("2024-10-23", "missing_episode", ["beds"], "Missing from Thornbeck for about four hours at night, returned on his own"),
    ("2024-10-29", "strategy_discussion", ["panel"], "Secure welfare panel approves a s25 secure accommodation application"),
    ("2024-11-01", "court", ["s25"], "Secure accommodation order made for 3 months to 31 January 2025"),
    ("2024-11-01", "placement_move", ["move1"], "Moved from Thornbeck House to Kestrel Moor Secure Children's Home in Northumberland"),
    ("2024-12-12", "cla_review", ["cla1"], "First CLA review in secure: good progress, plan for step-down to a solo placement; mother absent"),
    ("2025-01-28", "placement_move", ["move2"], "Moved from Kestrel Moor to Larchfield Cottage, a solo placement; secure order no longer relied on"),
    ("2025-02-08", "missing_episode", ["mfc2"], "Walked off from staff in town for about three hours, came back by himself"),
    ("2025-02-10", "return_home_interview", ["mfc2"], "Return home interview after the 8 February episode"),
    ("2025-02-17", "school_move", ["visit2"], "Started at Brackenridge Learning Centre (alternative provision)"),
]
