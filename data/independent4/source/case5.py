"""IN4-0005: restricted case - brothers of 4 and 8 in care under a care order (author B).

Restricted because the boys' paternal aunt is a local councillor.
"""

CASE = {
    "case_id": "IN4-0005",
    "team": "Children in Care Central",
    "status": "looked_after",
    "allocated_worker": "onkemdirim",
    "restricted": True,
    "access_list": ["onkemdirim", "athorburn"],
    "child": {
        "person_id": "P01", "given_name": "Malachi", "family_name": "Beckford", "date_of_birth": "2020-08-14",
        "gender": "male", "ethnicity": "Mixed White and Black Caribbean", "nhs_number": "186 091 3903",
        "address": "c/o foster carers", "school": "Nursery - Little Acorns",
        "given_origin": "british", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Jaheim", "family_name": "Beckford", "relationship": "brother",
         "date_of_birth": "2016-05-02", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Chantelle", "family_name": "Beckford", "relationship": "mother",
         "date_of_birth": "1994-01-27", "phone": "07418 345612", "address": "41 Cadogan Walk, Bristol BS5 6HE",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Orville", "family_name": "Lindo", "relationship": "father",
         "date_of_birth": "1990-10-03", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Merline", "family_name": "Lindo", "relationship": "paternal aunt",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P06", "given_name": "Gillian", "family_name": "Blenkinsop", "relationship": "foster carer (former)",
         "phone": "0117 496 0415", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P07", "given_name": "Jocelyn", "family_name": "Marchbank", "relationship": "foster carer",
         "phone": "0117 496 0288", "address": "6 Marlstone Avenue, Bristol BS16 4TU",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P08", "given_name": "Neville", "family_name": "Marchbank", "relationship": "foster carer",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P09", "given_name": "Roy", "family_name": "Blenkinsop", "relationship": "foster carer (former)",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Malachi": "P01", "Malachi Beckford": "P01", "Mal": "P01/british", "Kiko": "P01/british", "MB": "P01",
    "Jaheim": "P02", "Jaheim Beckford": "P02", "JB": "P02", "Jay": "P02",
    "Chantelle": "P03", "Chantelle Beckford": "P03", "Ms Beckford": "P03",
    "Orville": "P04", "Orville Lindo": "P04", "Mr Lindo": "P04",
    "Merline": "P05", "Merline Lindo": "P05", "Cllr Lindo": "P05", "Merl": "P05",
    "Gillian": "P06", "Gilly": "P06", "Gillian Blenkinsop": "P06", "Mrs Blenkinsop": "P06",
    "Jocelyn": "P07", "Joss": "P07", "Jocelyn Marchbank": "P07",
    "Neville": "P08", "Nev": "P08", "Neville Marchbank": "P08",
    "Roy": "P09", "Roy Blenkinsop": "P09", "Gilly Blenkinsop": "P06", "Nev Marchbank": "P08",
    "Marchbanks": "P07", "Marchbank": "P07", "Blenkinsops": "P06", "Blenkinsop": "P06",
    "Priyanka Dhillon": "~south_asian", "Priyanka": "~south_asian",
    "Terrence Aboagye": "~african", "Mr Aboagye": "~african",
}

NOTES = [
    ("transfer", "2024-09-02", "Transfer Summary", "onkemdirim", "Case transfer summary - Assessment to CiC", "standard", """
CASE TRANSFER SUMMARY (from Central Assessment, outgoing SW [[Imogen Strachan|~british]])

Children: Jaheim Beckford (8) and Malachi Beckford (4). Mother Chantelle Beckford. Father of both boys Orville Lindo (currently in HMP {{Eastwood Park|place}}? - actually HMP {{Leyhill|place}}, release date not known).

History: known since 2019. Neglect - home conditions, boys left alone, Jaheim missing school, Malachi's weight dropping and no health appointments. CP plan (neglect) from Oct 2022. PLO {{June 2023|event_date}}. Proceedings issued March 2024 after Malachi (then 3) was found alone in the flat at {{7am|time}} by a neighbour - mum had gone out the night before. ICO granted {{14.3.24|event_date}}, both boys removed the same day.

Final hearing: full care orders made on {{28th August 2024|event_date}} for both boys (HHJ [[Pemberton|~british]]). Care plan - long-term foster care for Jaheim; for Malachi a parallel plan (adoption / long-term fostering) to be decided by the end of the year.

Placements: placed apart since March because no carer could take both at short notice.
- Jaheim: with Gillian and Roy Blenkinsop (agency carers), {{Downend|place}}.
- Malachi: with Jocelyn and Neville Marchbank (LA carers), {{Fishponds|place}}.

Family time: mum fortnightly supervised (Sat, 2 hrs) at the {{Hillfields family centre|place}}; boys together for that. Sibling time also on alternate Weds after school. Dad - none, letterbox only.

Note: the boys' paternal aunt is a local councillor - case is restricted. Please do not discuss the case outside the access list.
"""),
    ("visit_j", "2024-09-10", "CLA Visit", "onkemdirim", "Statutory visit - Jaheim", "standard", """
Statutory visit (CLA) - first visit as new SW
Child: Jaheim   Placement: Blenkinsops   Carer present at start: Gilly

Child seen: Yes. Seen alone: Yes, in his bedroom.
Jaheim showed me his Lego and his football cards. He supports Bristol Rovers "because Roy does". Asked me straight away "when can I live with Kiko?" (his name for Malachi). Told me he misses him "at bedtime the most".
Wishes and feelings: wants to live with his brother; wants to see mum "more"; did not mention dad.
Carer: J settled, sleeping ok, still wets the bed 2-3 nights a week. School ({{St Barnabas|place}}) says he is behind in reading but "trying hard". Gilly said she is "firm but fair" and he "tests the boundaries".
Room: clean, own room, his things on display.
Analysis: J is clear about wanting to be with his brother. Need to progress the together-or-apart assessment.
"""),
    ("visit_m", "2024-09-12", "Statutory Visit", "onkemdirim", "Stat visit Malachi", "standard", """
visit to Malachi at the Marchbanks, 12/9, 3.30pm

Mal was in the garden with the Marchbanks' dog {{Marmite|pet_name}}. He said "hiya" and showed me his scooter. Speech still quite unclear - Joss interprets a lot. He calls Jaheim "{{Jamjam|word_name}}". Weight now on the 25th centile (was below the 2nd in March) - Joss v proud.
Nursery 5 mornings. SALT referral made in July, waiting list ~6 months.
Joss and Nev said (unprompted) they would "think about" having Jaheim too but they only have a box room. Nev is retiring next spring.
No concerns. Mal seen playing alone and with carers, relaxed, came to Joss for a cuddle when he fell.
"""),
    ("iro1", "2024-09-26", "LAC Review", "onkemdirim", "Looked after review (2nd review) - IRO minutes extract", "standard", """
LOOKED AFTER REVIEW - Jaheim and Malachi Beckford
Date: {{25 September 2024|event_date}}     IRO: Priyanka Dhillon
Attended: mum (first 30 mins), SW, both sets of carers, J's class teacher (written report). Dad - not invited (in custody), report sent.

Children's views: J attended for 10 mins, said "I want to live with my brother". Mal not attending (age).

IRO decisions / recommendations:
1. Together-or-apart (sibling) assessment to be completed by SW by {{31 Oct|event_date}}.
2. Family finding for Malachi to continue in parallel, but the IRO is not yet satisfied that adoption is in Malachi's best interests when it would end his relationship with his brother. To come back to the next review.
3. Life story work to begin for both boys before the next review.
4. Mum's family time to stay fortnightly; to be reviewed if she misses more.
5. PEP for J to include reading support (catch up funding).
Next review: by end of January 2025.
"""),
    ("ft", "2024-10-15", "Family Time", "onkemdirim", "Family time observation - mum", "standard", """
Supervised family time, Hillfields, Sat {{12 Oct|event_date}}. Supervisor [[Corinne Cottrell|~british]]; recording passed to SW 15/10.

Mum arrived 25 mins late; said the bus didn't come. Supervisor noticed a strong smell of cannabis on her clothes. Mum brought crisps and a new PlayStation game for J (no console at carers, explained).
The boys ran to her. Mal sat on her lap for most of the session. J asked mum "are we coming home at Christmas?" and mum said "maybe baby, we'll see" - supervisor reminded mum of the agreement not to make promises. Mum got upset and went outside for 10 mins.
Goodbye: J cried and held on to mum's coat. Mal waved and went straight to the carer.

This is the second late arrival and one missed session (28/9, no call) since the final hearing.
"""),
    ("call", "2024-11-04", "Telephone Call", "onkemdirim", "Allegation - calls", "standard", """
Mon 4/11/24

16:10 - Call from Mr Aboagye (DSL, St Barnabas). At breaktime Jaheim told a TA "Gilly smacked me on my leg yesterday cos I wouldn't get in the bath". He showed the TA his leg - TA saw a faint red mark on the back of his thigh, "like a handprint but faded". School did not question him further.
16:25 - Told TM (A Thorburn). Agreed: LADO referral today; J not to return to the Blenkinsops tonight if the carers cannot be separated from him safely; out of hours informed.
16:40 - LADO referral phoned through and emailed.
16:55 - Spoke to Gilly Blenkinsop by phone. Told her an allegation has been made (no detail). She said "oh for goodness sake" and then "I may have tapped him on the leg, he was kicking off". Gilly agreed Roy would do all care tonight and she would stay at her sister's.
17:30 - Visited school with the fostering SW. J seen alone. Said "Gilly did a smack, it hurt a bit". Said it has happened "one time". No other marks seen.
18:20 - J back to the Blenkinsops with Roy. Overnight arrangement agreed with the TM. J said he wanted to go "to Kiko's house".
"""),
    ("lado", "2024-11-06", "LADO Meeting", "onkemdirim", "LADO allegation management meeting", "standard", """
Allegation Management Meeting (LADO) - 6th November 2024
Chair: [[Hywel Tudur-Price|~british]] (LADO). Present: SW, TM A Thorburn, fostering agency SSW, police (PPU, by phone), IRO.

Allegation: Foster carer Gillian Blenkinsop smacked Jaheim (8) on the back of the leg on Sun {{3 Nov|event_date}}.
Police: no further action criminally - carer admits a "tap", mark faded, no previous allegations. Single agency (LADO/fostering) process.
Agreed:
- The placement will end. Jaheim moves to Jocelyn and Neville Marchbank (with Malachi) on Friday {{8th|event_date}} - they have agreed and the box room will be set up. Temporary approval for 2 children under Reg 24 not needed as they are approved for 2.
- Agency to suspend the Blenkinsops from new placements pending the outcome.
- Outcome to be decided at a follow-up meeting once the agency has interviewed Mrs Blenkinsop.
- IRO to be told of the placement move (done, she was present).
"""),
    ("move", "2024-11-11", "Placement Move", "onkemdirim", "J moved to Marchbanks", "standard", """
Placement change: Jaheim moved from the Blenkinsops to the Marchbanks on Fri 8/11/24. Both boys now placed together at [[6 Marlstone Avenue|ADDRESS:P07]].

SW took J on the day (after school). Roy Blenkinsop packed his things - 4 bags and his bike. Gilly was not there. J said bye to Roy and gave him a hug. Roy was tearful.
At the Marchbanks, Mal was waiting at the window and shouted "Jamjam!!". The boys went straight upstairs to look at J's room. J said "this is the best day".

Visited again Mon 11th: J slept in Mal's room both nights (Joss allowed it). School transport arranged to St Barnabas for now (taxi) - J does not want to move school.
Mum told by phone on the 8th - she said "about time they're together".
"""),
    ("cllr", "2024-11-12", "Case Note", "athorburn", "Contact from Cllr Lindo (RESTRICTED)", "restricted", """
Restricted - TM recording.

Cllr Merline Lindo (paternal aunt) emailed the Director of Children's Services on 11/11 from her council account [[b.lindo.cllr@bristolcouncillors.example.org|EMAIL:P05]] and then rang me directly on [[07712 345678|PHONE:P05]]. She had heard about "an assault" on Jaheim from Chantelle. She asked for the foster carers to be "struck off" and for the names of the carers and the agency.

I explained that she is not a party and we cannot share details of the allegation or the carers; that the LADO process is underway; and that her relationship to the boys means she should contact us as family, not as a councillor. She accepted this, was polite, and said she would like to be considered for family time with the boys as their aunt. I said I would pass the request to the SW.

Director's office informed; agreed no information to be given to members. Case remains restricted.
"""),
    ("sup", "2025-01-20", "Supervision", "athorburn", "Case supervision - A Thorburn / O Nkemdirim", "standard", """
Supervision record (TM Anselm Thorburn)

Progress since last supervision:
- LADO follow-up meeting {{16 Dec|event_date}}: allegation SUBSTANTIATED (carer admitted smacking, mark seen by school). Agency taking the Blenkinsops back to their fostering panel. No further action for us beyond giving evidence to their panel.
- Boys together at the Marchbanks since 8 Nov and doing well. Together-or-apart assessment completed 12/12: recommends the boys live together permanently.
- Malachi's plan: given the assessment and the strength of the sibling bond, the plan for Malachi is changed from parallel (adoption/LTF) to long-term fostering together with his brother. To go to the IRO review and then permanence panel. Family finding for adoption to stop.
- Life story work: not started yet - overdue (IRO recommendation from Sept).
- Cllr Lindo's request for family time as the boys' aunt: SW to meet her in her family role and assess.

Actions: SW to start life story work before the review; SW to ask the Marchbanks formally if they want to be assessed as long-term carers for both; SW to book panel.
"""),
    ("iro2", "2025-02-06", "IRO Review", "onkemdirim", "3rd LAC review - summary", "standard", """
3rd Looked After Review, {{4.2.25|event_date}}, at the Marchbanks'. IRO Priyanka Dhillon.

Present: Joss + Nev Marchbank, SW, mum (attended all of it, on time, "looked well" - IRO). Both boys joined at the end for juice and biscuits.

IRO endorsed the change in Malachi's plan to long-term fostering with his brother. IRO satisfied the together-or-apart assessment is thorough.

Family time: mum has missed 3 of the last 8 sessions and was late for 3. Agreed with mum that from March her family time will be monthly, for longer (3 hours), in the community. Mum did not agree but said "I'd rather have a proper afternoon than rushing about".
Sibling time no longer needed - boys live together.

Life story work: started - first session done 31/1 with Jaheim. SW to do six sessions with J; for Mal a life story book via the carers.
Health: IHAs/RHAs up to date. SALT for Mal started Jan.
Next review: {{July 2025|event_date}}.
"""),
    ("lsw", "2025-03-14", "Direct Work", "onkemdirim", "Life story work - session 2 (J)", "standard", """
life story work session 2 with Jay, at the carers', 13/3 after school. (delayed from Feb as J was poorly)

We looked at the photos mum gave us (J as a baby, J with Kiko at the hospital when Mal was born). J asked why he could not stay with mum. Used the "grown up problems" words agreed with mum - mum loves them but could not look after them and keep them safe, the judge decided they should live with carers who could. J said "is it because I was naughty". Reassured him that it was not his fault, repeated it twice. He then wanted to play football.
He made a "people who love me" drawing - mum, Kiko, Joss, Nev, Marmite, Roy(!), and "auntie Merl".
Memory box started - he chose a shoebox and put his first Rovers ticket in.
Plan: this was the second of six planned sessions. Next session - where he was born and his family tree.
"""),
    ("panel", "2025-04-10", "Permanence Panel", "onkemdirim", "Permanence panel extract", "standard", """
Extract - Permanence Panel {{9 April 2025|event_date}}

Item 3: Jaheim (8) and Malachi (4) Beckford - proposed long-term fostering match with Jocelyn and Neville Marchbank.

Panel heard from SW, the carers' SSW and the carers.
Panel recommendation: UNANIMOUS - Panel recommends the long-term fostering match of Jaheim and Malachi with Mr and Mrs Marchbank.
Panel comments: strong evidence the boys' needs can be met together; the carers' commitment is clear; panel noted the carers are in their 60s and asked that the contingency plan (support from their adult daughter) is written into the plan. Panel asked that the life story work continues and that the boys' Caribbean heritage is reflected in it - the Marchbanks to be linked to a cultural mentor.
ADM decision to follow.
"""),
    ("visit2", "2025-05-02", "Statutory Visit", "onkemdirim", "Stat visit - both boys (ADM ratified)", "standard", """
Purpose: 6 weekly statutory visit to both boys; share ADM decision with the carers.
Child(ren) seen: Yes - both. J seen alone: Yes. Mal seen with Joss.

ADM (Head of Service) ratified the long-term match on {{24/04/25|event_date}}. Carers told today - Joss hugged me.
J asked what "long term" means - said "so I'm staying here till I'm big?". Said yes, that's the plan. He said "and Kiko as well?" - yes.
Mal's speech improving - SALT weekly at nursery. He starts reception at {{Oakwood Primary|place}} in September.
J: bed wetting stopped since Christmas (Joss). Reading age up 6 months.
No marks or bruises seen on either boy. Home warm, clean, plenty of food.

Mum: monthly family time on {{19 April|event_date}} went well, took the boys to the park and McDonalds. Auntie Merl came for the last hour (first time, agreed after SW assessment).
"""),
    ("mum", "2025-06-03", "Case Note", "onkemdirim", "Mum - move and pregnancy", "standard", """
Phone call from mum Tues {{3/6|event_date}}. Mum told me she is 20 weeks pregnant and that she moved to {{Birmingham|place}} with her new partner ([[Kieran|~irish]], no surname given - will not give it) at the end of last month (around the 24th May). She wants to keep monthly family time but says she cannot afford the train every month.

Family time on 17/5 was cancelled by mum (moving). Offered video calls in between and will look at travel costs with TM.

Actions: pre-birth referral to Birmingham Children's Trust - made today (mum informed, she was unhappy: "you're going to take this one as well"). Explained the referral is because of the history and that she will be assessed fairly. Told the boys' carers. Will tell J at the next visit with Joss present.
Noted mum said "I haven't touched weed since Christmas" - no way to verify.
"""),
]

QUESTIONS = [
    {"q": "when did jaheim move in with his brother", "qtype": "when", "facts": ["2024-11-08"], "notes": ["move"], "as": "onkemdirim"},
    {"q": "what exactly did J say Gilly did to him", "qtype": "quote", "facts": ["smacked me on my leg"], "notes": ["call"], "as": "onkemdirim"},
    {"q": "was the allegation against the foster carer substantiated?", "qtype": "yes_no", "facts": ["yes"], "notes": ["sup"], "as": "athorburn"},
    {"q": "what did panel recommend for the boys", "qtype": "what", "facts": ["long-term fostering match"], "notes": ["panel"], "as": "athorburn"},
    {"q": "when were the care orders made", "qtype": "when", "facts": ["2024-08-28"], "notes": ["transfer"], "as": "onkemdirim"},
    {"q": "who was malachi placed with before his brother joined him", "qtype": "who", "facts": ["Marchbank"], "notes": ["transfer", "visit_m"], "as": "onkemdirim"},
    {"q": "how many life story sessions are planned for Jaheim", "qtype": "how_many", "facts": ["six"], "notes": ["iro2", "lsw"], "as": "onkemdirim"},
    {"q": "how often does mum get family time now", "qtype": "what", "facts": ["monthly"], "notes": ["iro2"], "as": "athorburn"},
    {"q": "who chaired the lado meeting", "qtype": "who", "facts": ["Hywel Tudur-Price"], "notes": ["lado"], "as": "athorburn"},
    {"q": "whats the name of jaheims class teacher", "qtype": "who", "facts": [], "notes": [], "as": "onkemdirim"},
    {"q": "has dad got a probation officer, whats their name", "qtype": "who", "facts": [], "notes": [], "as": "athorburn"},
]

EVENTS = [
    ("2024-08-28", "court", ["transfer"], "Final hearing: full care orders for both boys"),
    ("2024-09-25", "cla_review", ["iro1"], "Looked after review: together-or-apart assessment ordered; life story work to start"),
    ("2024-11-03", "police_incident", ["call", "lado"], "Foster carer Gillian Blenkinsop smacked Jaheim on the leg"),
    ("2024-11-04", "referral", ["call"], "LADO referral after Jaheim disclosed the smack at school"),
    ("2024-11-06", "strategy_discussion", ["lado"], "LADO allegation management meeting: placement to end"),
    ("2024-11-08", "placement_move", ["move"], "Jaheim moved to the Marchbanks; brothers placed together"),
    ("2024-12-12", "assessment", ["sup"], "Together-or-apart assessment recommends the boys live together permanently"),
    ("2024-12-16", "strategy_discussion", ["sup"], "LADO follow-up meeting: allegation against foster carer substantiated"),
    ("2025-02-04", "cla_review", ["iro2"], "3rd LAC review: Malachi's plan changed to long-term fostering; mum's family time to be monthly"),
    ("2025-04-09", "positive_change", ["panel", "visit2"], "Permanence panel recommended long-term fostering match with the Marchbanks"),
    ("2025-04-24", "positive_change", ["visit2"], "ADM ratified the long-term fostering match"),
    ("2025-05-24", "household_change", ["mum"], "Mum moved to Birmingham with a new partner; she is pregnant"),
    ("2025-06-03", "referral", ["mum"], "Pre-birth referral made to Birmingham Children's Trust"),
]
