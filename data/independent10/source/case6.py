"""IN10-0006: a 15-year-old girl in foster care becomes pregnant; her choices, GCSEs, the birth, the baby's plan."""

CASE = {
    "case_id": "IN10-0006",
    "team": "Ravensholt Children in Care",
    "status": "looked_after",
    "allocated_worker": "aoyeleke",
    "access_list": ["vfaversham"],
    "child": {
        "person_id": "P01", "given_name": "Tiyana", "family_name": "Maycock",
        "date_of_birth": "2009-06-19", "gender": "female", "ethnicity": "Mixed - White and Black Caribbean",
        "nhs_number": "611 904 2873", "school": "Ravensholt Academy (Year 11)",
        "given_origin": "caribbean", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Sharmaine", "family_name": "Maycock", "relationship": "mother",
         "date_of_birth": "1988-02-07", "phone": "07723 552903",
         "given_origin": "caribbean", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Veronique", "family_name": "Toussaint", "relationship": "foster carer",
         "phone": "0113 496 0721", "address": "12 Sorrel Bank, Ravensholt RV3 9EX",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Kaylan", "family_name": "Straughan", "relationship": "baby's father",
         "date_of_birth": "2005-03-11", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Ozichi", "family_name": "Lawal", "relationship": "midwife (teenage pregnancy)",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P06", "given_name": "Marisa", "family_name": "Akinwale", "relationship": "parent and child foster carer",
         "phone": "07398 771042", "given_origin": "latin_american", "family_origin": "african"},
        {"person_id": "P07", "given_name": "Azaria", "family_name": "Maycock", "relationship": "daughter",
         "date_of_birth": "2025-06-06", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Tiyana": "P01", "T": "P01/caribbean", "Sharmaine": "P02", "Veronique": "P03", "Ronnie": "P03",
    "Kaylan": "P04", "Kay": "P04", "kay": "P04", "STRAUGHAN": "P04", "Straughan": "P04", "Ozichi": "P05", "ozichi": "P05",
    "Marisa": "P06", "marisas": "P06", "Azaria": "P07", "Ambrosine": "~african",
    "Merriman": "~british", "Tindall": "~british", "Jessop": "~british", "Straker": "~british",
}

NOTES = [
    ("call", "2024-11-26", "Telephone Call", "aoyeleke", "Call from foster carer - pregnancy test", "standard",
     """
Tel call from Veronique (FC) 17:20 yesterday (Mon), picked up this morning - I was on leave pm.

Ronnie said T came down to the kitchen on {{Sunday night|event_date}} and said "don't go mad, but I've done a test". It was positive. T asked her not to tell anyone "until I've thought". Ronnie told her she would have to tell her SW and T agreed "as long as it's Ambrosine and not the whole world".

Ronnie had noticed she was being sick in the mornings for about two weeks and had wondered. T has said the dad is "Kay", who she described as "18 or 19". Ronnie has seen him drop her off in a car a few times since the summer and thought he was a college friend.

Advised: no need to contact the police tonight, I will see T tomorrow after school and speak to my TM today. Ronnie to book a GP appt. Ronnie very supportive: "she's not going anywhere, she's my girl".
"""),
    ("visit1", "2024-11-27", "Statutory Visit", "aoyeleke", "Statutory visit - child seen alone", "standard",
     """
Purpose of visit: T's news; her wishes and safety.
Child seen: Yes, alone in her bedroom (Ronnie downstairs).

T was anxious at first, then chatty. She thinks her last period was "the start of September, first week back at school", so she may be around 12 weeks. She has not been to a GP or the clinic.

The father: [[Kaylan Straughan|P04]], she says he's 19. Met at a party at a friend's house in the summer holidays, "going out properly" since August. He lives with his nan in {{Castlebridge|place}} and works at a tyre place. She says the sex was consensual, he has never hurt her or made her do anything, no money or gifts beyond "normal stuff like Maccies". She knows he is "too old" and said "I told him I was 16 at first". I explained that because she is 15 I have to share this with the police and that this is about keeping her safe, not getting her into trouble. She was upset and said "you'll ruin it".

Her choices: she has thought about all of it and says "I'm keeping it, I'm not getting rid of it and no one's adopting my baby like they wanted to do with me". I said she has the right to make her own choice with good information, including talking to the clinic about all options, and that she can change her mind. She agreed to see the sexual health nurse tomorrow.

Mum: T does not want her mum ([[Sharmaine|P02]]) told yet. Explained the LA shares PR under the care order and mum has PR too - we will talk about when and how, with T.

Analysis: T is clear and thoughtful, but she is 15, in care, and pregnant by a 19-year-old she first lied to about her age. CSE screening tool to be completed. Strategy discussion needed.
Next steps: TM today; strategy discussion; GP and clinic; school to be told with T's agreement (she agreed to the DSL only).
"""),
    ("clinic", "2024-11-29", "Health", "aoyeleke", "Sexual health clinic - options appointment (CONFIDENTIAL)", "restricted",
     """
CONFIDENTIAL - sexual health. Do not share outside SW/TM without T's consent.

Accompanied T to the young people's clinic at [[Ravensholt Health Centre, 40 Meadowgate, Ravensholt RV1 4TS|ADDRESS]] on 28/11. Seen alone by the nurse ([[Blaise Wenlock-Lyle|~british]]) for options counselling; I waited outside. Afterwards T told me that the nurse went through continuing the pregnancy, termination and adoption and that she had "thought about the abortion for like a day" last week but has decided to continue. Nurse assessed her as Fraser competent.

Scan booked. Clinic direct line for T: [[0113 496 0587|PHONE]].
T asked that her mum and Kaylan are not told she thought about a termination.
"""),
    ("strat", "2024-12-03", "Strategy Discussion", "ahollingworth", "Strategy discussion - 15 yr old, pregnant, partner 19", "standard",
     """
Strategy discussion 02/12/24, 10:30, Teams.
Chair: [[Aurora Hollingworth|~british]] (TM). Present: [[Ambrosine Oyeleke|~african]] (SW), [[Valentin Faversham|~british]] (SW, co-worker - will lead the pre-birth assessment), DS [[Straker|~british]] (CSE/exploitation team), school DSL Mr [[Tindall|~british]], LAC nurse.

Information: as per SW visit 27/11. Police: Kaylan STRAUGHAN, 19, one caution for criminal damage (2022), no intelligence of CSE or links to other young people. School: attendance 94%, predicted grades 4-6, no concerns about older males until now. CSE screening tool: medium.

Discussion: sexual activity with a 15-year-old is an offence regardless of consent. T's account is of a consensual relationship, but the age gap, her care status and her lying about her age to him are all vulnerabilities. She is not willing to make a complaint.

Decisions:
1. Threshold met for a s47 enquiry (joint with police), led by AO.
2. Police to speak to Kaylan voluntarily and consider a Child Abduction Warning Notice.
3. Kaylan not to visit or stay at the foster home; contact with T only in public places in daytime - FC and T to be told.
4. Pre-birth assessment to start after 20 weeks (VF). A pre-birth strategy discussion / ICPC would be considered if the s47 finds significant risk to the unborn.
5. T's consent to tell her mother to be revisited at the next visit.
"""),
    ("police", "2024-12-12", "Police Notification", "aoyeleke", "Police update - Kaylan interviewed, CAWN served", "standard",
     """
Email from DS Straker 11/12, summary:

Kaylan was interviewed voluntarily on {{Mon 9th|event_date}} with a solicitor. He said he believed T was 16 until "about October" when her friend told him, and that they have carried on seeing each other since. He said he will "stand by her and the baby". Police served a Child Abduction Warning Notice on him the same day (not to be with T without the LA's permission, not to contact her other than as agreed). T has been told and was very angry - said "so he's a paedo now is he".

T declined to give an account to police. CPS advice is not being sought; police NFA on the sexual offence as it stands, but the CAWN stays in place until she is 16.

s47 outcome to be written up. My view: concerns substantiated re risk of harm (age gap, deception about age) but not of CSE; continue under the CLA plan with a clear safety plan.
"""),
    ("midwife", "2024-12-20", "Midwife", "aoyeleke", "Booking appt - teenage pregnancy midwife", "standard",
     """
Entry from Maternity (copied in with T's agreement), teenage pregnancy midwife [[Ozichi Lawal|P05]], 18/12/24:

Booking appointment at Ravensholt Royal antenatal clinic. Attended with foster carer. Dating scan on 16/12: single viable pregnancy, 15+3 weeks at scan. EDD {{09/06/2025|event_date}}.
Obs normal. Bloods taken. Smoker (5 a day) - referred to stop smoking. No alcohol, no drugs. Discussed feelings: T says she is "happy and scared". Baby's father not present; T says he "can't come because of the police thing".
Safeguarding: known to CSC (CLA). Pre-birth assessment referral noted. Midwife will see her every 2 weeks at school or at home (continuity of carer).
"""),
    ("clareview1", "2025-01-15", "CLA Review", "aoyeleke", "CLA review - IRO summary 14/1", "standard",
     """
CLA review held 14.1.25 at the foster home after school. IRO: [[Cordelia Merriman|~british]]. Present: T, FC (Ronnie), SW, co-worker VF, school (designated teacher, by phone). Mum did not attend (invited; T agreed to mum being told just before Christmas - mum's reaction was "like mother like daughter", T was hurt).

Legal status: full care order (s31) since 2019. Placement: long-term match with Ronnie since 2021, stable.

IRO's views (recorded in the review record): "Tiyana's voice has to be at the centre of the plans for her and her baby. She is a child in care who is going to be a parent; she has a right to be parented herself while she learns to parent. I do not want to see her moved from a carer she trusts any earlier than is needed." IRO asked that the parent-and-child placement search start now but that any move is not before 32 weeks.

Plan: pre-birth assessment (VF), P&C foster placement to be found for around 32 weeks, stay at school through mock exams and try to sit GCSEs; contact with mum monthly, T's choice. Next review in 3 months.
"""),
    ("pep", "2025-01-24", "PEP Meeting", "aoyeleke", "PEP - Year 11", "standard",
     """
PEP meeting at Ravensholt Academy 23/1. Designated teacher Mr Tindall, virtual school Ms [[Jessop|~british]], T, SW.

Year 11. Mock results (Dec): English Lang 5, Maths 4, Combined Science 4-4, Health & Social Care merit, Art 6. Attendance this term 89% (antenatal appts). T wants to go to college for childcare or art.

GCSE exams start 12/5 and the baby is due 9/6 - the last exams run to 20/6. School will apply for access arrangements (rest breaks, a room near the toilets) and will apply for special consideration for any papers she misses around the birth. Priority is English and Maths. School will let her work from home from the Easter holidays with tutoring funded from PP+ (3 hrs a week).

T said: "I'm not being one of those girls that leaves school because of a baby."
"""),
    ("prebirth", "2025-03-12", "Pre-Birth Assessment", "vfaversham", "Pre-birth assessment - summary and recommendation", "standard",
     """
Pre-birth assessment (completed by VF, 6 sessions Feb-March, with T, Ronnie, Kaylan with the TM's agreement under the CAWN, the midwife, school and GP).

Strengths: T is attending every antenatal appointment, has cut down smoking to 1-2 a day, has read up on feeding and safe sleep and can explain it. Strong relationship with Ronnie. School engaged. Kaylan has kept to the CAWN as far as we know, is working, and has bought a cot and pram; his nan ([[Doreen Straughan|~british]]) offers support.

Worries: T's own early childhood (neglect, mum's drinking, removed at 9), limited experience of being parented consistently before 9. Her mood dips when she talks about her mum. She is 15 and will sit GCSEs around the birth. The relationship with Kaylan is new and he was deceived about her age at first - they have had arguments by text which T showed me (nothing threatening, no control seen). No DA history.

Recommendation: unborn baby does not meet the threshold for a CP plan. Recommend a child in need plan for the baby from birth, with T and baby placed together in a parent-and-child foster placement and a 12-week parenting assessment there after the birth. If concerns emerge during the assessment, a strategy discussion would be held.
TM agreed 12/3/25.
"""),
    ("move", "2025-04-14", "Placement Move", "aoyeleke", "Placement move - parent and child foster placement", "standard",
     """
T moved on Saturday {{12th April|event_date}} (about 30 weeks) to a parent-and-child foster placement with [[Marisa Akinwale|P06]], Ravensholt, so she could settle before the birth and before exams. The move came earlier than the IRO wanted because Marisa's placement would otherwise have been taken. IRO consulted and agreed on 8/4.

Ronnie helped her pack and drove her. T cried and said "I don't want to leave Ronnie, she's the only one who's ever stuck". Agreed: Ronnie visits weekly and T can phone her any time; Ronnie will be at the birth if T wants.

Marisa has 12 years' experience of P&C placements. T has her own room with space for the cot. First impressions good: T said the food is "better than Ronnie's but don't tell her".
"""),
    ("texts", "2025-05-21", "Case Note", "aoyeleke", "Text messages with T (exam week) - typed up", "standard",
     """
Text exchange with T on my work mobile, typed up for the record:

Mon 19/5
T 08:12: im not going in today my back is killing me
AO 08:20: Sorry you're in pain. Is it your back or tightening in your tummy? Please ring the midwife if you're not sure x
T 08:31: just back. ozichi said its normal. im doing maths paper 2 wed tho dont worry
AO 08:33: Proud of you. Marisa will drive you in Wednesday x

Wed 21/5
T 12:47: DONE maths. i think i passed
T 12:48: kay sent flowers to marisas is that allowed
AO 13:05: Well done!! Flowers are fine, I'll talk to you about contact arrangements when I see you Friday x

Note: T sat English Language paper 1 on 13/5 and paper 2 on 16/5 and Maths papers 1 and 2. She is missing Combined Science (later papers) and will be given special consideration for any after the birth. Kaylan sending flowers - discussed with TM, the CAWN prohibits contact other than as agreed; but contact is now supervised fortnightly at Marisa's as agreed at the pre-birth planning meeting, so flowers to Marisa's address are acceptable.
"""),
    ("birth", "2025-06-09", "Hospital", "aoyeleke", "Birth of baby", "standard",
     """
Marisa rang Sat 7/6 am: T went into labour Thursday night and had a baby girl, [[Azaria|P07]], on Fri {{6th June|event_date}} at 11:42 at Ravensholt Royal. Normal delivery, 3.02kg. Ronnie was with her for the birth, as T wanted. Kaylan came to the hospital afterwards (agreed, supervised by Marisa). T and baby well; baby feeding (bottle). Discharged together to Marisa's on Sat 7th.

Visited today (9/6): T tired but proud, handling Azaria gently and confidently, winding, talking to her all the time. Marisa: "she's a natural, she's up every feed without being asked". Midwife visiting daily this week.

T turns 16 on the 19th. Parenting assessment starts next week (VF). Baby's CIN plan to be confirmed at the first CIN meeting. Birth registered? - not yet; T wants Kaylan on the birth certificate.
"""),
    ("cin", "2025-06-20", "CIN Meeting", "aoyeleke", "Azaria - first CIN meeting 18/6", "standard",
     """
Child in need meeting for Azaria, 18/6/25, at Marisa's. Chair: SW (AO). Present: T, Marisa, VF, HV ([[Gwenda Oxenbury|~british]], taking over from the midwife), Kaylan (for the second half, agreed).

Azaria: 12 days old, back to birth weight on day 10, feeding well, safe sleep observed. HV new birth visit done 16/6.
T: coping well; some low mood on day 4-5 ("baby blues"), now better. Has missed her last two science papers - school confirmed special consideration applied for.

Plan for Azaria: child in need plan (s17). Actions: parenting assessment (12 weeks, VF) in placement; HV to offer Family Nurse Partnership referral; Kaylan's contact supervised at Marisa's twice a week; Kaylan's parenting to be included in the assessment at his request. CIN review in 3 months. If the parenting assessment raises significant concerns a strategy discussion will be held and the plan reconsidered.
"""),
    ("clareview2", "2025-07-10", "CLA Review", "aoyeleke", "CLA review - 9/7", "standard",
     """
Tiyana's review 9.7.25 at Marisa's, IRO Cordelia Merriman. Azaria present (asleep most of it!).

IRO: T is now 16. Placement meeting her and Azaria's needs. "Tiyana has done what many adults in her position could not: she sat her exams weeks before giving birth and she is parenting well. The plan must now think about where they live together after the assessment, and she must not be rushed into independence because she has a baby." IRO asked for a pathway plan to be started (T is now eligible) and for a personal adviser to be allocated by 16 and a quarter.

Interim parenting assessment feedback (VF): positive so far, good routines, responsive to Azaria's cues. Kaylan attending all contacts.
Mum (Sharmaine) has met Azaria once, a fortnight ago, at a family centre, and it went "ok".
"""),
    ("pa", "2025-09-04", "Parenting Assessment", "vfaversham", "Parenting assessment - conclusion", "standard",
     """
Parenting assessment of Tiyana (12 weeks, 16/6 - 5/9, in the P&C placement). Final report completed today.

Conclusion: Tiyana is able to meet Azaria's needs safely, with support. She provides warm, consistent care, follows health advice, keeps Azaria's appointments, and asks for help when she needs it. Risks identified at the pre-birth stage have not materialised: no smoking around the baby, mood stable, relationship with Kaylan calmer (he has attended 24 of 25 contacts and his care of Azaria is safe).

Recommendation: T and Azaria to move together to a supported placement for young parents; Azaria's CIN plan to end at the next review if the move goes well; T to remain looked after (care order) with a pathway plan. Kaylan's CAWN expired when T turned 16; contact to move to being arranged between the parents.

Also: GCSE results day 21/8 - T got English Language 5, Maths 4, Art 6, H&SC merit. She has a place on the Level 2 childcare course at college from January, with the college creche for Azaria.
"""),
    ("closecin", "2025-10-03", "CIN Review", "aoyeleke", "Azaria - CIN review and closure of CIN plan", "standard",
     """
CIN review for Azaria held 01/10/2025 at the new placement (originally booked for 24/9 - put back a week because of the move).

T and Azaria moved on Mon {{29th September|event_date}} from Marisa's to a supported flat for young parents ({{Hollybrook young parents' service|place}}) with staff on site 24/7. Marisa and Ronnie both helped with the move. Settled so far, T says "it's weird having my own kitchen".

HV: Azaria (nearly 4 months) thriving, 50th centile, immunisations up to date.
Decision: the CIN plan for Azaria is ended today - no further CSC role for Azaria, universal services (HV) and the supported placement's key worker. T remains looked after under the care order; pathway plan in place; PA allocated ([[Tristram Quennevais|~british]]). T's case continues with AO.

T said: "Tell them I told you so."
"""),
]

QUESTIONS = [
    {"q": "when did she tell her carer she was pregnant", "qtype": "when", "facts": ["2024-11-24"], "notes": ["call"], "as": "aoyeleke"},
    {"q": "how old is the babys dad", "qtype": "how_many", "facts": ["19"], "notes": ["visit1", "strat"], "as": "ahollingworth"},
    {"q": "what did the police do about kaylan", "qtype": "what", "facts": ["Child Abduction Warning Notice"], "notes": ["police"], "as": "aoyeleke"},
    {"q": "what did T say about keeping the baby", "qtype": "quote", "facts": ["I'm keeping it"], "notes": ["visit1"], "as": "aoyeleke"},
    {"q": "what's the EDD", "qtype": "when", "facts": ["2025-06-09"], "notes": ["midwife"], "as": "aoyeleke"},
    {"q": "who's the P&C carer", "qtype": "who", "facts": ["Marisa Akinwale"], "notes": ["move"], "as": "ahollingworth"},
    {"q": "did her old carer go to the birth", "qtype": "yes_no", "facts": ["yes"], "notes": ["birth"], "as": "aoyeleke"},
    {"q": "what did she get in maths", "qtype": "what", "facts": ["Maths 4"], "notes": ["pa"], "as": "aoyeleke"},
    {"q": "is the baby on a CP plan", "qtype": "yes_no", "facts": ["no"], "notes": ["prebirth", "cin"], "as": "ahollingworth"},
    {"q": "whats kaylans address", "qtype": "what", "facts": [], "notes": [], "as": "aoyeleke"},
    {"q": "has the birth been registered yet with kaylan on it", "qtype": "yes_no", "facts": [], "notes": [], "as": "aoyeleke"},
]

EVENTS = [
    ("2024-11-24", "health", ["call", "visit1"], "Tiyana told her foster carer she had a positive pregnancy test"),
    ("2024-12-02", "strategy_discussion", ["strat"], "Strategy discussion: joint s47 (15-year-old pregnant by a 19-year-old), contact restrictions, pre-birth assessment agreed"),
    ("2024-12-02", "section_47", ["strat", "police"], "Section 47 enquiry started, jointly with police"),
    ("2024-12-09", "police_incident", ["police"], "Baby's father interviewed voluntarily by police and served with a Child Abduction Warning Notice"),
    ("2024-12-16", "health", ["midwife"], "Dating scan: 15+3 weeks, EDD 9 June 2025"),
    ("2025-01-14", "cla_review", ["clareview1"], "CLA review: IRO wants Tiyana's voice at the centre and no move before it is needed"),
    ("2025-03-12", "assessment", ["prebirth"], "Pre-birth assessment completed: CIN plan for the baby from birth, parent-and-child placement and parenting assessment recommended"),
    ("2025-04-12", "placement_move", ["move"], "Moved from long-term foster carer to a parent-and-child foster placement with Marisa Akinwale"),
    ("2025-06-06", "household_change", ["birth"], "Birth of Tiyana's daughter Azaria at Ravensholt Royal"),
    ("2025-06-18", "cin_review", ["cin"], "First CIN meeting for Azaria: baby made subject to a child in need plan"),
    ("2025-07-09", "cla_review", ["clareview2"], "CLA review: pathway plan and personal adviser requested now Tiyana is 16"),
    ("2025-08-21", "positive_change", ["pa"], "GCSE results: English Language 5, Maths 4, Art 6"),
    ("2025-09-04", "assessment", ["pa"], "Parenting assessment concluded positively: Tiyana can meet Azaria's needs with support"),
    ("2025-09-29", "placement_move", ["closecin"], "Tiyana and Azaria moved together to a supported flat for young parents"),
    ("2025-10-01", "closure", ["closecin"], "Azaria's child in need plan ended at the CIN review"),
]
