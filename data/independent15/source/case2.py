"""IN15-0002: a 15-year-old young carer for his father, who has Huntington's disease."""

CASE = {
    "case_id": "IN15-0002",
    "team": "Eynsford Family Safeguarding",
    "status": "closed",
    "allocated_worker": "sferrers",
    "child": {
        "person_id": "P01", "given_name": "Tymon", "family_name": "Wojtaszek",
        "date_of_birth": "2010-04-27", "gender": "male", "ethnicity": "White Other (Polish/Irish)",
        "religion": "Roman Catholic", "nhs_number": "735 534 8639",
        "school": "Eynsford Heath Academy",
        "address": "9 Tolland Rise, Eynsford DA4 0LP",
        "given_origin": "eastern_european", "family_origin": "eastern_european",
    },
    "people": [
        {"person_id": "P02", "given_name": "Mieczyslaw", "family_name": "Wojtaszek", "relationship": "father",
         "date_of_birth": "1977-08-03", "phone": "07412 665093",
         "address": "9 Tolland Rise, Eynsford DA4 0LP",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P03", "given_name": "Oliwia", "family_name": "Wojtaszek", "relationship": "sister",
         "date_of_birth": "2005-12-11", "phone": "07581 204377",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Enda", "family_name": "Moynagh", "relationship": "maternal uncle",
         "date_of_birth": "1979-01-22", "phone": "07769 530418",
         "address": "52 Quarry Hill Road, Crayford DA1 4HT",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P05", "given_name": "Cliona", "family_name": "Wojtaszek", "relationship": "mother (deceased 2022)",
         "given_origin": "irish", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Tymon": "P01", "Tym": "P01", "TW": "P01",
    "Mieczyslaw": "P02", "Mietek": "P02", "Wojtaszek": "P02", "RW": "P02",
    "Oliwia": "P03", "Oli": "P03", "Liwia": "P03",
    "Enda": "P04", "Moynagh": "P04",
    "Cliona": "P05",
    "Gildersleeve": "~british", "Jonquil Sellick": "~british", "Jonquil": "~british",
    "Titilayo Ajimobi": "~african", "Ms Ajimobi": "~african", "Titilayo": "~african", "Trenear": "~british", "Eilidh": "~british",
    "Mererid Blamey": "~british",
}

NOTES = [
    ("referral", "2025-09-22", "Referral", "sferrers", "Referral from Eynsford Heath Academy", "standard", """
MASH referral received from Mr [[Gaylord Gildersleeve|~british]], DSL at Eynsford Heath Academy, 22/09/2025. Passed to Family Safeguarding for assessment (MASH RAG: amber).

Concerns:
- Tymon (Year 11, 15) attendance has dropped to 61% (last year 94%). Late most days, left early twice "to get dad's tablets".
- Falling asleep in lessons. Lost weight over the summer according to PE.
- Tymon told his form tutor his dad "falls over a lot now and can't do buttons" and he's been "doing everything since mum died".
- Father Mietek has Huntington's disease (school were told when mum died in 2022). School not aware of any support at home. No young carer identified on school system.
- Older sister Oliwia (20) at university in {{Leeds|place}}, comes home "some weekends".

Mr Gildersleeve spoke to dad by phone - dad was angry, said "we manage, he's a good boy", then hung up. School not aware of any physical harm. Consent for referral: dad declined, school referred anyway due to level of concern. Tymon knows and agreed.
"""),
    ("assess1", "2025-09-26", "Assessment Visit", "sferrers", "C&F assessment - first home visit", "standard", """
Purpose of visit: start C&F assessment, meet Mietek and Tymon, understand caring role.
Announced? Yes - arranged through Tymon as dad doesn't answer his phone.
Child seen: Yes, with dad and then alone in his bedroom.

Home: 2-bed terrace, tidy downstairs, kitchen clean, fridge had food. Stairlift not fitted - dad sleeps on the sofa downstairs "since the summer". Commode in the living room.

Mietek (48) - diagnosed with HD in 2021, symptoms since about 2019. Very obvious involuntary movements (chorea), speech slurred but understandable with patience. Cannot work (was an electrician). Said he doesn't want "social services" but then talked for 40 mins about his wife, [[Cliona|P05]], who died three years ago of a brain haemorrhage, and how Tymon "is the man of the house now". Irritable when I asked about personal care - "that's private".

Tymon alone: gets up 6.15, gives dad his tablets (tetrabenazine and an antidepressant, in a dosette box the pharmacy fills), helps him to the toilet and to wash, makes breakfast, then school if he can. After school: shopping, cooking, washing, dad's shower at weekends. Uses dad's card for shopping. "It's just what we do." Goes quiet when asked about his own friends. Plays football on Saturdays "when I can". His sister rings every night.

Analysis: Tymon is providing intimate personal care and a level of caring far beyond what is appropriate for a 15 year old; this is affecting his education and probably his health. No adult care package in place and no Care Act assessment ever done. Dad loves him and is proud of him; very limited insight into the impact.

Next steps: referral to ASC for a Care Act assessment for dad (dad agreed reluctantly after I explained it would "take the pressure off Tym"); young carers' assessment referral to Eynsford Young Carers; contact sister; school meeting.
"""),
    ("fall", "2025-10-03", "Telephone Call", "sferrers", "Tel - Tymon re dad's fall", "standard", """
{{08:40|time}} Tymon rang from school (office phone). Dad fell on the stairs on Wednesday night (1st) about 11pm - he'd tried to go up to the bathroom because the downstairs toilet was blocked. Tymon heard the bang, found dad at the bottom, "blood from his head". Tymon rang 999 and the ambulance came "after about an hour". Paramedics took dad to Darent Valley A&E; Tymon went with him in the ambulance and they got home at 6am Thursday by taxi (Tymon paid with dad's card). Dad has a cut to his eyebrow with glue strips and "bruised ribs". No fracture.

Tymon missed school Thursday. He sounded exhausted but said "it's fine, he's OK now".

{{09:05|time}} Called A&E liaison - confirmed attendance 1-2/10, head injury, CT clear, discharged. A&E had flagged "15 year old son as only carer" to the hospital safeguarding team.

{{09:30|time}} Chased ASC duty - Care Act assessment now prioritised, visit on the 14th.
"""),
    ("yc", "2025-10-09", "Partner Agency Report", "sferrers", "Eynsford Young Carers - assessment summary", "standard", """
Young carer's needs assessment - Eynsford Young Carers
Worker: [[Jonquil Sellick|~british]]. Seen Tymon at school 7/10 and 9/10.

Caring tasks: medication, personal care (toileting, washing), meal prep, shopping, cleaning, managing money and post, "calming dad down".
Hours caring per week (Tymon's estimate): about 45.
MACA-YC18 score: 24 - "very high" level of caring activity.
Tymon's own words: "If I don't do it nobody will. I don't want him in a home."
Impact: sleep, school, friendships, no time for football training. Says he worries "all the time in lessons" that dad has fallen.

Offer: 1:1 support fortnightly, young carers' group Thursdays, young carer ID card for school, activity trips (bowling in Dec). Tymon accepted the 1:1 and card, "maybe" the group.
"""),
    ("asc", "2025-10-20", "Email", "sferrers", "Email from Adult Social Care - Care Act assessment outcome", "standard", """
From: [[Titilayo Ajimobi|~african]], Social Worker, Adult Social Care (Physical Disability & Long Term Conditions)
Sent: 20 October 2025 {{16:12|time}}
Subject: RE: Mr R Wojtaszek - Care Act assessment

Hi Sabine,
I completed Mr Wojtaszek's Care Act assessment at home on the 14th (Tymon was at school - I made sure of that). He has eligible needs under the Care Act in personal care, nutrition, continence and being safe at home. He has capacity to make decisions about his care and agreed to a package.

Package agreed: 3 calls a day, 7 days - morning 45 mins (personal care, meds), lunch 30 mins, tea 45 mins - via Homesteady Care, starting Monday 27th October. OT referral for a downstairs wet room / stairlift (waiting list approx. 12 weeks) and a pendant alarm. Carer's assessment for Tymon's sister declined as she lives in Leeds.

I have been clear with Mr Wojtaszek that the plan must not rely on Tymon for personal care.
Kind regards, Titilayo
"""),
    ("visit2", "2025-11-07", "Home Visit", "sferrers", "Home visit - care package not working", "standard", """
Visit after school, Tymon and dad both seen, Tymon seen alone on the walk to the shop.

Homesteady Care package started 27/10 but in the first 10 days 6 calls were missed altogether and most mornings the carer has arrived after 9.30. Tymon is still doing the morning meds and getting dad up because "I can't leave him wet till half nine". Dad says the carers "change every day" and one "couldn't understand me". Rang Ms Ajimobi from the house - she will raise a provider concern today.

Dad's mood: very irritable today, shouted at Tymon for putting the TV remote in the wrong place, then cried. Tymon said "that's the Huntington's, not him". He says dad "gets angry fast now but he's never hit me".

On the walk Tymon asked me if he can be tested for HD. Said "it's 50/50 isn't it. I want to know if I'm going to end up like dad." He looked it up online. He has not told dad or Oliwia he's thinking about it. I explained testing isn't offered under 18 except in very rare cases, and that there is specialist support for young people in HD families; he'd like that. Will ask the HD specialist nurse team.

Plan: escalate package to ASC manager; OT chase; Tymon to use young carers 1:1 to talk about testing worries.
"""),
    ("police", "2025-11-18", "Police Notification", "sferrers", "Police notification - incident at home 16/11", "standard", """
PVP / notification received 18.11.25 from Eynsford police - incident Sunday night 16th November {{21:40|time}}.

Summary: 999 call from Oliwia (sister) in Leeds who said her brother had rung her crying saying their dad had "gone for him". Officers (PC [[Manjit Lattimer|~south_asian]] and PC [[Halina Krol|~eastern_european]]) attended 22:20. Account from Tymon: dad wanted to go upstairs, Tymon said no because of the last fall, dad got angry and pushed him with both hands into the kitchen door frame. Red mark on Tymon's left shoulder, no injury requiring treatment. Dad very distressed, said "I didn't mean it, I don't know why I did it." Officers noted dad's HD and that he was unsteady and had difficulty speaking. Tymon did not want any action. No arrest - words of advice. Risk assessed: medium. Referred to CSC and ASC.

SW note: I spoke to Tymon at school 18/11 (first thing). Same account. Said it's the first time dad has pushed him. He is more worried about dad than about himself. Spoke to dad by phone - very upset and ashamed, agreed with what happened.
"""),
    ("mo", "2025-11-19", "Management Oversight", "ttresham", "Management oversight following police notification", "standard", """
TM oversight - Tancred Tresham

Considered whether this meets the threshold for a strategy discussion / s47. Single incident, minor mark, context is a progressive neurological illness causing disinhibition and irritability; no intent to harm; Tymon feels safe with dad but not with being the only person there at night. Decision: s47 threshold not met. Continue under CIN with a safety plan. A strategy discussion WILL be convened if there is any further physical incident or Tymon says he feels unsafe.

Safety plan: Tymon not to physically stop dad doing things - step back and ring the agency/on-call or sister; Tymon's phone always charged; pendant alarm to be fitted this week (ASC); call for a review of dad's medication by the HD clinic re irritability.

Escalation: I have written to the ASC Service Manager - package failing, a 15-year-old doing personal care is not acceptable. Request: change provider, consider respite and longer-term 24h care.
"""),
    ("gcse", "2025-11-28", "School Meeting", "sferrers", "School - GCSE support plan", "standard", """
Meeting at Eynsford Heath Academy: Mr Gildersleeve (DSL), Mrs [[Catriona Trenear|~british]] (Head of Year 11), Jonquil (YC), Tymon, SW. Dad invited, declined.

Attendance now 74% (up from 61% at referral, 89% for the last 2 weeks).
GCSE plan agreed:
- Tymon drops Spanish (he wanted to) - 2 extra study periods a week in the library.
- Late pass for mornings when dad's care is late (no sanction), and permission to keep his phone on in lessons on silent.
- Maths and English tutoring through the school's catch-up fund, Tues & Thurs after school (30 mins so he can still get home).
- Mock exams in December: access to rest breaks.
- Named person: Mrs Trenear. Weekly check-in Friday.
Tymon said he wants to do A-levels and "maybe be a paramedic".
"""),
    ("cin", "2025-12-10", "CIN Review", "sferrers", "CIN review meeting", "standard", """
CIN review 10.12.25. Present: Mietek (at home - meeting held in his front room), Tymon, Oliwia (Teams), SW, Ms Ajimobi (ASC), Jonquil (YC), Mr Gildersleeve.

- Care: provider changed to Larkrise Home Care from 1 Dec - no missed calls since. Morning call now 7.30 so Tymon doesn't do morning care any more. Pendant alarm fitted 21st of last month - used once (the weekend before last, a near-fall, carers came out). OT: stairlift not suitable, wet room assessment Feb.
- HD clinic: dose of dad's medication changed end Nov. Tymon and dad both say fewer outbursts. No further physical incidents.
- Respite: 1 week at Kingsdown House (care home) 15-22 December, dad agreed "for Tym's sake". Tymon to stay with Oliwia, who comes home on the 14th.
- Dad spoke himself about "going into a home one day" - ASC to explore a nursing placement in the new year as needs increase. Tymon cried but said "it might be better".
- School: mocks going OK.

Next review: February.
"""),
    ("sister", "2026-01-07", "Telephone Call", "sferrers", "Tel call with Oliwia", "standard", """
{{17:15|time}} Call to Oliwia (sister) on her mobile.

Respite went ahead 15th-22nd. Tymon and Oliwia stayed at home together; Tymon went bowling with young carers and "slept for about 3 days". Christmas at home with dad was "hard but nice". Dad's walking much worse since respite, two near-falls over New Year. Oliwia has come home and is staying till end of January - her uni have given her extenuating circumstances but she has exams from 2 Feb and must go back.

She said the HD nurse and dad's consultant both said before Christmas he now needs 24 hour nursing care. Dad agreed on New Year's Day - she says he told them "I don't want my son to be my nurse". ASC looking at Orchard Lea Nursing Home.

Where would Tymon live? Oliwia can't have him in Leeds (student house, and he wants to finish GCSEs here). She suggested mum's brother, Uncle Enda in Crayford - 15 mins from school by bus. Tymon "gets on with him better than anyone". I will speak to Enda.
"""),
    ("hd_nurse", "2026-01-14", "Health", "sferrers", "HD specialist nurse - clinical update (third party health info)", "restricted", """
RESTRICTED - third-party health information shared for safeguarding planning only; do not disclose to Tymon.

Spoke to [[Mererid Blamey|~british]], HD Specialist Nurse, direct line [[01474 832591|PHONE]]. Mietek now Shoulson-Fahn stage 4. Swallowing deteriorating - SALT assessment, modified diet. Weight loss 6kg since the summer. Capacity for the care home decision assessed by his consultant 6 January: has capacity. He has completed an advance decision (refusing tube feeding) and named Oliwia as LPA for health and welfare. He has asked that Tymon is not told about the advance decision until after his GCSEs.

Re Tymon and testing: the clinic will not test under 18 but offers a young people's session with a genetic counsellor and can link him to HDYO; nurse will send info.
"""),
    ("move", "2026-02-04", "Home Visit", "sferrers", "Visit to Tymon at uncle's - change of household", "standard", """
Home visit to [[52 Quarry Hill Road, Crayford|ADDRESS:P04]] - Enda Moynagh (maternal uncle) and his partner [[Eilidh Tallon|~british]].

Changes: Tymon moved to his uncle's on Saturday 31st Jan (Oliwia helped him move his things before she went back to Leeds on 1 Feb). Dad moved into Orchard Lea Nursing Home on Monday 2nd Feb - ASC and Enda took him, Tymon went in after school. Family home to be given up at end of March (housing association aware).

Arrangement: private family arrangement with a close relative, not private fostering (uncle). Enda has agreed to it long-term "as long as he wants". Dad consents and signed a letter. No order needed at this stage - discussed Child Arrangements Order / SGO in future if needed. Child Benefit to transfer to Enda.

Tymon seen alone in his new room (box room, done up with his football posters). Said "it's weird not having to do stuff". Visits dad Weds and Sundays on the bus. Still worries at night about dad being alone but staff ring him if needed.

Enda: 46, works for the council (highways), no children, Eilidh a nurse. DBS checks not required but we have done basic checks - nothing known.
"""),
    ("mo2", "2026-02-24", "Supervision", "ttresham", "Supervision - case direction", "standard", """
Supervision TT/SF. Case discussed.
Progress since move (w/c 2/2): attendance 96% this half term; mock results: Maths 6, English 5, Science 5-5; Tymon playing football again (Crayford youth team). Young carers 1:1 continues; Jonquil says he talks about his dad "as his son, not his carer" now. Genetic counselling intro session took place 19 Feb with uncle - Tymon says he won't decide anything till he is 18.
Dad settling at Orchard Lea; Tymon visits twice weekly.
No further incidents since 16/11. No need for a strategy discussion arose.
Direction: needs met within the family with young carers support. Final CIN review then close. Ensure letter to Tymon in his own words.
"""),
    ("closure", "2026-03-16", "Closure Summary", "sferrers", "CIN closure", "standard", """
Closure summary - CIN closed 16/03/2026.

Referral Sept 2025 (school, attendance 61%, young carer for dad with Huntington's). Outcome: dad now in a nursing home with 24h care; Tymon living with uncle Enda Moynagh under a family arrangement; no longer providing care; attendance and GCSE preparation much improved. One incident of physical aggression from dad (16/11/25) linked to his illness; no recurrence.

Ongoing: Eynsford Young Carers (now as a "young person affected by a parent's illness"), school GCSE plan to the summer, HD youth support. Tymon knows how to contact us and said, in his own words, "thanks for not making me feel like I'd done something wrong".
"""),
]

QUESTIONS = [
    {"q": "what was tymon's attendance when school referred", "qtype": "how_many", "facts": ["61%"], "notes": ["referral"], "as": "sferrers"},
    {"q": "when did dad fall down the stairs", "qtype": "when", "facts": ["2025-10-01"], "notes": ["fall"], "as": "sferrers"},
    {"q": "how many calls did Homesteady miss in the first 10 days?", "qtype": "how_many", "facts": ["6"], "notes": ["visit2"], "as": "ttresham"},
    {"q": "what did Tym say about getting tested for HD", "qtype": "quote",
     "facts": ["I want to know if I'm going to end up like dad"], "notes": ["visit2"], "as": "sferrers"},
    {"q": "when was the incident where dad pushed him?", "qtype": "when", "facts": ["2025-11-16"], "notes": ["police", "mo"], "as": "ttresham"},
    {"q": "which subject did he drop for GCSEs", "qtype": "what", "facts": ["Spanish"], "notes": ["gcse"], "as": "sferrers"},
    {"q": "who's he living with now", "qtype": "who", "facts": ["Enda Moynagh"], "notes": ["move", "closure"], "as": "ttresham"},
    {"q": "is dad still living at home?", "qtype": "yes_no", "facts": ["no"], "notes": ["move"], "as": "sferrers"},
    {"q": "where did dad go for respite over xmas", "qtype": "what", "facts": ["Kingsdown House"], "notes": ["cin"], "as": "sferrers"},
    {"q": "has tymon been referred to CAMHS?", "qtype": "yes_no", "facts": [], "notes": [], "as": "sferrers"},
    {"q": "who is dad's GP", "qtype": "who", "facts": [], "notes": [], "as": "ttresham"},
]

EVENTS = [
    ("2025-09-22", "referral", ["referral"], "School refers Tymon: attendance 61%, young carer for father with Huntington's disease"),
    ("2025-10-01", "hospital", ["fall"], "Father falls on the stairs; Tymon calls 999 and goes with him to A&E"),
    ("2025-10-14", "assessment", ["asc"], "Adult Social Care Care Act assessment of father; package of three calls a day agreed"),
    ("2025-11-16", "police_incident", ["police", "mo"], "Father pushes Tymon into a door frame; police attend, words of advice"),
    ("2025-12-01", "positive_change", ["cin"], "Care provider changed to Larkrise; morning care no longer done by Tymon"),
    ("2025-12-10", "cin_review", ["cin"], "CIN review: respite agreed, nursing placement to be explored"),
    ("2025-12-15", "household_change", ["sister"], "Father in respite at Kingsdown House for a week; Tymon stays at home with sister"),
    ("2026-01-31", "household_change", ["move"], "Tymon moves to live with maternal uncle Enda Moynagh"),
    ("2026-02-02", "household_change", ["move", "mo2"], "Father moves into Orchard Lea Nursing Home"),
    ("2026-03-16", "closure", ["closure"], "CIN case closed"),
]
