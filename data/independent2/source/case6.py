"""IN2-0006: a young carer with poor attendance: early help, a step up to child in need, step down, closure."""

CASE = {
    "case_id": "IN2-0006",
    "team": "Early Help North",
    "status": "closed",
    "allocated_worker": "acoulthard",
    "child": {
        "person_id": "P01", "given_name": "Delaney", "family_name": "Hearne",
        "date_of_birth": "2012-05-04", "gender": "female",
        "ethnicity": "White - Gypsy or Roma", "religion": "Christian",
        "nhs_number": "430 824 6288", "address": "48 Cobbleford Road, Tanhill",
        "school": "Thornleigh Park Academy",
        "given_origin": "grt", "family_origin": "grt",
    },
    "people": [
        {"person_id": "P02", "given_name": "Roseanna", "family_name": "Hearne", "relationship": "Mother",
         "date_of_birth": "1988-03-17", "phone": "07868 204517", "address": "48 Cobbleford Road, Tanhill",
         "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P03", "given_name": "Shadrach", "family_name": "Hearne", "relationship": "Brother",
         "date_of_birth": "2018-08-29", "address": "48 Cobbleford Road, Tanhill",
         "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P04", "given_name": "Ambrose", "family_name": "Wenman", "relationship": "Father",
         "date_of_birth": "1985-10-10", "phone": "07749 113862",
         "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P05", "given_name": "Michal", "family_name": "Kováč", "relationship": "Mother's partner (former)",
         "date_of_birth": "1990-12-01",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Delaney HEARNE": "P01", "Delaney": "P01", "Laney": "P01", "D": "P01",
    "Roseanna HEARNE": "P02", "Roseanna": "P02",
    "Shadrach HEARNE": "P03", "Shadrach": "P03",
    "Ambrose WENMAN": "P04", "Ambrose": "P04",
    "Michal KOVÁČ": "P05", "KOVÁČ": "P05", "Mikey": "P05",
    "Nadira Mirza": "~south_asian", "Mirza": "~south_asian",
    "Paola Quintero": "~latin_american", "Paola": "~latin_american",
    "Hamid Zaghloul": "~arabic", "Zaghloul": "~arabic",
    "Takeshi Hirano": "~east_asian", "Hirano": "~east_asian",
    "Anwen Coulthard": "~british", "A Coulthard": "~british", "Anwen": "~british", "Coulthard": "~british",
    "Malini Abeysekera": "~south_asian", "M Abeysekera": "~south_asian", "Abeysekera": "~south_asian",
    "Ebun Oyelaran": "~african", "E Oyelaran": "~african", "Oyelaran": "~african",
}

NOTES = [
    ("request", "2024-09-19", "Early Help Request for Support", "acoulthard", "Request for support - school", "standard", """
Request for support received from {{Thornleigh Park Academy|place}} (sent Tues 17/9 by Mrs Nadira Mirza, Attendance & Pastoral Lead), allocated to me today.

Child: Delaney HEARNE, Yr 8, dob [[04/05/2012|DOB:P01]], NHS no [[430 824 6288|NHS_NUMBER:P01]].
Parent: Roseanna HEARNE (mum), mobile [[07868 204517|PHONE:P02]].
Reason for request: attendance {{71%|figure}} for the whole of last year (Yr 7), 38 lates, and already 4 days missed this term. Often falls asleep in period 1. When staff asked why she was late, D said she "has to do mum's tablets and get Shadrach to school first". Mum has MS. School think D may be a young carer but she has never been identified as one. No safeguarding concerns known. Mum consented to the request (signed form).

Shadrach (6) attends {{Moorgate Infants|place}} - his attendance is also low, 84%.

Plan: contact mum to arrange EHA visit.
"""),
    ("eha", "2024-10-01", "Early Help Assessment", "acoulthard", "EHA - completed", "standard", """
EARLY HELP ASSESSMENT - visit Mon 30th Sept at home, 3.30-5.15pm. Present: Roseanna (mum), Delaney, Shadrach. Mum's friend "Mikey" arrived towards the end.

Family: Roseanna HEARNE (36), Delaney (12), Shadrach (6). Dad Ambrose lives on a site in another county, sees the children "when he's up this way", usually in the summer holidays. The family are Romany Gypsy and have lived in the house for 4 years. Nan (mum's mum) died in 2022 - she used to do a lot of the caring.

Mum's health: relapsing-remitting MS, diagnosed 2019. Fatigue, poor balance, bad days when she "can't lift a kettle". Uses a stick, one fall this year. Mum has no care package and has never had a carer's or needs assessment: "I didn't want anybody thinking I can't look after my kids."

What Delaney does: gets up at 6.30, does mum's morning tablets and injection reminders, makes breakfast, gets Shadrach dressed and walks him to {{Moorgate|place}} before going on two buses to school, hence the lates. Cooks tea most nights. Does the washing. On bad days she stays home to help mum. D said: "I don't mind doing it, it's just I'm always tired."

Mikey: mum said he's "just a friend who helps out" and does not live there. Not spoken with.

Strengths: warm relationships, mum is honest about the problem and wants help, the home is clean and well kept, children are close. The dog {{Bruiser|pet_name}} is D's "best mate".

Needs: Delaney - young carer identification and support, attendance, sleep, time to be a child. Mum - adult social care needs assessment, practical help in the mornings. Shadrach - attendance, school run.

Outcome: Early Help plan with a Team Around the Family. Consent given by mum for sharing with school, GP and adult social care.
"""),
    ("taf1", "2024-10-16", "TAF Meeting", "acoulthard", "TAF 1", "standard", """
Team Around the Family meeting 1 - Tues 15/10/24, at Thornleigh Park.

Present: mum, Delaney (first 20 mins), A Coulthard (EH lead practitioner), Mrs Mirza (school), Moorgate Infants family worker, Paola Quintero ({{Brightside Young Carers|place}}).

Actions agreed:
1. Young carers referral to Brightside - done in the meeting, Paola to start D at the Thursday group.
2. School: late-pass agreement so D isn't given detentions for lates linked to caring; named adult Mrs Mirza; homework club in school time.
3. Adult social care referral for a Care Act assessment of mum's needs, plus a carer's assessment for D (young carer's needs assessment) - AC to make.
4. Moorgate to offer Shadrach a free breakfast club place.
5. Mum to speak to her MS nurse about her medication routine.

Next TAF: Weds 27 November, 9.30am.
"""),
    ("ewo", "2024-11-08", "Education Welfare Report", "acoulthard", "Education welfare - attendance report", "standard", """
Attendance report from the Education Welfare Service, copied in for the TAF file (EWO report dated 7/11/24):

Delaney HEARNE, Yr 8. Attendance this academic year to 1 Nov: {{79.4%|figure}} (persistent absence threshold 90%). Unauthorised: 6 sessions. Lates: 14 (8 after registers closed).

EWO comment: improvement since the late-pass agreement (no lates after registers closed in the last 2 weeks). Given the family are engaged with early help and D is now known as a young carer, no penalty notice or attendance panel will be considered at this time. An attendance panel would be considered if attendance falls below 75% again.
"""),
    ("youngcarers", "2024-11-20", "Telephone Call", "acoulthard", "Call with Brightside Young Carers", "standard", """
Tel call with Paola Quintero (Brightside) 19/11.

D started the Thursday group on the 14th. Paola said she was quiet at first then "the life and soul" by the end. D told Paola: "I liked that nobody asked me why I was tired." D is booked on the Christmas trip to the pantomime and has been given a young carers card for school.

Young carer's needs assessment: Paola is completing this jointly with adult social care when they see mum.
"""),
    ("taf2", "2024-11-27", "Case Note", "acoulthard", "TAF 2 cancelled - texts with mum", "standard", """
TAF 2 did not go ahead today. Mum's texts from this morning (work phone):

[07:02] Roseanna: Anwen sorry bad day cant get up. D has took [[shadrach|P03]] in
[07:03] Roseanna: can we do the meeting another day please
[07:40] Me: No problem Roseanna, hope you feel better. I'll ring school and rearrange. Is anyone with you?
[08:15] Roseanna: [[mikey|P05]] is here till dinner time

Rang Mrs Mirza - D is in school, arrived 8.55. TAF rearranged for Weds 11th Dec, 9.30. Adult social care assessment still not booked (waiting list 6-8 weeks). Chased by email.
"""),
    ("police", "2024-12-09", "Police Notification", "mabeysekera", "Police notification - child found in road", "standard", """
Child Concern Notification received from police this morning (Mon 9th), shared with EH via MASH as the family is open to us.

Sat {{7th December|event_date}}: at approx {{22:05|time}} a member of the public found a young boy in pyjamas and bare feet on Cobbleford Road by the junction with the main road, and called police. The boy was Shadrach HEARNE (6). Officers took him home. Roseanna HEARNE had been taken by ambulance to {{Tanhill General|place}} at about 19:30 after a fall at home (suspected broken wrist). Mum's partner, named to officers only as "Mikey", had been left to look after the children but was found asleep on the sofa and described by officers as "heavily intoxicated". Delaney (12) told officers she had been trying to get Shadrach to bed and he ran out of the door after the dog. She said "I can't watch him and ring mum at the same time."

Officers arranged for the children to stay the night with a family friend. PC [[Annabel Greatorex|~british]] has submitted a PVP. No arrests.

TM (Early Help) decision: this meets the threshold for a referral to children's social care - concerns about supervision and the adult now caring in the home, and mum's hospital stay. Referral made to MASH today.
"""),
    ("stepup", "2024-12-11", "Referral", "mabeysekera", "Step up to CSC - referral accepted", "standard", """
MASH decision 10/12/24: referral accepted, step up to children's social care for a single assessment (s17), allocated to Ebun Oyelaran (North Safeguarding). Anwen Coulthard to remain involved as co-worker so the family keep a familiar face.

Today's TAF (11/12) not held - replaced by a joint visit with the SW.

Mum discharged from hospital yesterday (Tues 10th), wrist in plaster, MS relapse being treated with steroids. Children back home with mum. Mikey not staying at the house for now, by agreement.
"""),
    ("assessment", "2025-01-08", "Single Assessment", "eoyelaran", "Single assessment - outcome CIN", "standard", """
SINGLE ASSESSMENT - completed 7/1/25 (SW E Oyelaran, with A Coulthard).

Sources: home visits 12/12 and 19/12, D seen alone twice, Shadrach seen, mum, school, Moorgate, GP, Brightside, police, adult social care.

Key findings:
- "Mikey" is Michal KOVÁČ, 34. Mum now accepts he had been living at the house since about October, which she denied at the EHA. He drinks most evenings. No police record of violence. Mum ended the relationship on Boxing Day and he moved out the same day; D confirmed this ("he took his PlayStation and went").
- Delaney is providing substantial care for mum and for Shadrach, inappropriate for her age, and is anxious when away from home. She has no one to tell when things go wrong at night.
- No evidence of deliberate harm. The incident on 7/12 was a failure of supervision arising from mum's illness and the lack of any reliable adult support.
- Mum is loving and open. Her needs have never been assessed.

Outcome: child in need (s17) for both children. CIN plan. Care Act assessment for mum to be escalated by SW with adult social care as part of the plan.
"""),
    ("cin1", "2025-01-20", "CIN Meeting", "eoyelaran", "Initial CIN meeting", "standard", """
Initial CIN meeting held Thurs 16th January.

Attendees: mum, E Oyelaran (SW, chair), A Coulthard (EH), Mrs Mirza, Moorgate family worker, Paola (Brightside), Hamid Zaghloul (Adult Social Care).

Update from ASC: Care Act assessment done 14/1. Mum eligible. Package agreed: 2 calls a day (morning 7.30 and tea-time 5pm) from the home care agency, starting Monday 3rd February. Occupational therapy to look at a perching stool, rails and a key safe.

Plan:
- Delaney: Brightside weekly; school mentor (Mr Takeshi Hirano) weekly; no detentions for caring-related lates. D not to be responsible for mum's medication once carers start.
- Shadrach: breakfast club daily (started 6/1); Moorgate to monitor.
- Night-time safety plan: D has Nan's old friend's number and the EDT number in her phone. Mum to call 111/999 herself and D is to ring the family friend if mum goes to hospital.
- Dad: SW to contact Ambrose re his role.

Review: 3 months.
"""),
    ("visit", "2025-02-14", "Home Visit", "acoulthard", "Home visit - care package started", "standard", """
Visit Thurs 13th Feb after school.

Purpose of visit: check how the new care package is working and see D and Shadrach.
Children seen: Yes. D seen alone in her room; Shadrach with mum.

The carers started as planned on the 3rd and have come every day since, twice a day. Mum says it's "changed everything". D said: "I don't have to do mum's tablets now, the carers do it." D said she is going to bed at 9.30 now and "I'm not late any more, well, only once."

School confirms D has had 100% attendance since the carers started. Shadrach's attendance also up.

Mikey: mum says she has not seen him since Christmas. No concerns.

Analysis: real progress. The caring D does is now what a 12 year old might reasonably do to help at home.
"""),
    ("supervision", "2025-03-05", "Supervision", "mabeysekera", "Case supervision (EH)", "standard", """
Supervision with Anwen, 4/3/25.

Discussed: good progress under CIN. Dad (Ambrose WENMAN) was contacted by the SW in February - he was supportive, has offered to have both children for a week in the summer holidays and will ring them on Sundays. He was not aware of how much D was doing and was "upset about it". His number is [[07749 113862|PHONE:P04]] (added to the record).

The SW is proposing step down to early help at the CIN review in April if attendance holds. I agree in principle. Anwen to be lead practitioner again after step down. A further TAF should be set for around 6 weeks after step down, then closure if the progress holds.

Management decision: continue co-working; prepare step-down plan. - Malini Abeysekera, TM
"""),
    ("cin_review", "2025-04-03", "CIN Review", "eoyelaran", "CIN review - step down agreed", "standard", """
CIN review - Weds 2nd April 2025.

Progress against plan:
- Care package in place since 3/2; OT equipment fitted; mum's MS stable, no falls since December.
- Delaney: attendance {{93%|figure}} spring term (was 79% in the autumn). Mentor and Brightside continue. D said she'd like to "go to the Brightside summer camp instead of doing washing".
- Shadrach: attendance 96%, breakfast club.
- Mikey has not returned. Mum says she is "not looking for anybody".
- Dad in regular phone contact.

Decision: CIN plan ends today. Children no longer in need of social care services; step down to Early Help with Anwen Coulthard as lead practitioner. SW to close to CSC.
"""),
    ("taf3", "2025-05-21", "TAF Meeting", "acoulthard", "TAF 3 (after step down)", "standard", """
TAF - Tues 20 May 2025, at home.

Present: mum, Delaney, A Coulthard, Mrs Mirza, Paola.

Everyone agreed things are much better. Attendance this half term is 95%. D has been picked for the Yr 8 rounders team. The young carer's needs assessment is complete and D has a Brightside support plan until she is 18.

Mum has joined an MS peer group at the library. Laney (as mum calls her) said: "Mum's got her own friends now, it's not just me."

Plan: one more review by phone in late June, then close. Mum happy with that.
"""),
    ("letter", "2025-06-27", "Letter", "acoulthard", "Closure letter to mum", "standard", """
Dear Roseanna,

Thank you for talking with me on the phone on Tuesday. As we agreed, I am writing to let you know that the Early Help support for Delaney and Shadrach will end today, 27 June 2025.

Since we first met last September, Delaney's attendance has gone up from 71% to 95%, your care package is in place, and Delaney has her own support from Brightside Young Carers until she is 18. You told me you feel "in control again".

If things change, you can contact the Early Help team on [[0113 496 0227|PHONE]] or ask school to get in touch with us.

With best wishes,

Anwen Coulthard
Early Help Practitioner, Early Help North
"""),
    ("closure", "2025-06-27", "Closure", "acoulthard", "Early Help closure summary", "standard", """
Closure summary. Reason for closure: outcomes achieved.

Requested by school Sept 2024 (attendance 71%, D an unidentified young carer). EHA 30/9/24, TAF from 15/10/24. Stepped up to CSC after an incident on 7/12/24 (Shadrach found in road at night while mum in hospital and the adult in charge intoxicated); single assessment, CIN from 7/1/25. Care package for mum from 3/2/25. Stepped down to EH 2/4/25. TAF 20/5/25 and final phone review on Tues 24th inst.

Outcomes: attendance 95% (D), 96% (Shadrach); young carer support to 18; mum's needs met by ASC; dad in regular contact.

Closed 27/06/25 with mum's agreement. Closure letter sent. Manager sign-off: M Abeysekera.
"""),
]

QUESTIONS = [
    {"q": "what was delaneys attendance last year before we got involved", "qtype": "what", "facts": ["71%"],
     "notes": ["request"], "as": "acoulthard"},
    {"q": "when was shadrach found in the road", "qtype": "when", "facts": ["2024-12-07"], "notes": ["police"],
     "as": "mabeysekera"},
    {"q": "whats mikeys full name", "qtype": "who", "facts": ["Kováč"], "notes": ["assessment"], "as": "acoulthard"},
    {"q": "is mikey still living with them?", "qtype": "yes_no", "facts": ["no"], "notes": ["assessment"],
     "as": "acoulthard"},
    {"q": "what did D say about the young carers group", "qtype": "quote",
     "facts": ["nobody asked me why I was tired"], "notes": ["youngcarers"], "as": "acoulthard"},
    {"q": "how many care calls a day does mum get", "qtype": "how_many", "facts": ["2"], "notes": ["cin1"],
     "as": "mabeysekera"},
    {"q": "when did mum's carers start coming", "qtype": "when", "facts": ["2025-02-03"],
     "notes": ["cin1", "visit"], "as": "acoulthard"},
    {"q": "who did the single assessment", "qtype": "who", "facts": ["Oyelaran"], "notes": ["stepup", "assessment"],
     "as": "mabeysekera"},
    {"q": "when was it stepped down to EH", "qtype": "when", "facts": ["2025-04-02"], "notes": ["cin_review"],
     "as": "mabeysekera"},
    {"q": "whats the name of mums MS nurse", "qtype": "who", "facts": [], "notes": [], "as": "acoulthard"},
    {"q": "does shadrach have an EHCP", "qtype": "yes_no", "facts": [], "notes": [], "as": "mabeysekera"},
]

EVENTS = [
    ("2024-09-17", "contact", ["request"], "School requests early help: attendance 71%, possible young carer"),
    ("2024-09-30", "assessment", ["eha"], "Early help assessment: Delaney identified as a young carer for mum (MS)"),
    ("2024-11-14", "positive_change", ["youngcarers"], "Delaney starts at Brightside Young Carers group"),
    ("2024-12-07", "police_incident", ["police"], "Shadrach (6) found in the road at night; adult in charge intoxicated"),
    ("2024-12-07", "hospital", ["police"], "Mum taken to hospital after a fall (broken wrist, MS relapse)"),
    ("2024-12-09", "referral", ["police", "stepup"], "Early Help steps the case up: referral to MASH"),
    ("2024-12-26", "household_change", ["assessment"], "Mum ends relationship with Michal Kovac, who moves out"),
    ("2025-01-07", "assessment", ["assessment"], "Single assessment completed: child in need (s17)"),
    ("2025-01-16", "cin_review", ["cin1"], "Initial CIN meeting: care package for mum agreed"),
    ("2025-02-03", "positive_change", ["visit"], "Care package for mum starts; Delaney no longer does medication"),
    ("2025-04-02", "closure", ["cin_review"], "CIN plan ends; stepped down to Early Help"),
    ("2025-06-27", "closure", ["letter", "closure"], "Early help closed, outcomes achieved"),
]
