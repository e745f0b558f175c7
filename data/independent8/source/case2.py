"""IN8-0002: neglect through home conditions (hoarding) and elective home education; two children."""

CASE = {
    "case_id": "IN8-0002",
    "team": "Harrowfield Assessment",
    "status": "child_in_need",
    "allocated_worker": "ltrevanion",
    "child": {
        "person_id": "P01", "given_name": "Barnaby", "family_name": "Dembowski",
        "date_of_birth": "2013-05-02", "gender": "male", "ethnicity": "Any other mixed background",
        "nhs_number": "231 489 0523", "address": "7 Sedgefield Walk, Harrowfield HF2 9LD",
        "school": "None (elective home education)", "given_origin": "british", "family_origin": "eastern_european",
    },
    "people": [
        {"person_id": "P02", "given_name": "Wenda", "family_name": "Pargeter", "relationship": "mother",
         "date_of_birth": "1986-10-30", "phone": "07384 772105", "address": "7 Sedgefield Walk, Harrowfield HF2 9LD",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Marigold", "family_name": "Dembowski", "relationship": "sister",
         "date_of_birth": "2016-03-14", "given_origin": "british", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Cyril", "family_name": "Pargeter", "relationship": "maternal grandfather",
         "date_of_birth": "1951-01-17", "phone": "0113 496 0582", "address": "Flat 3, Wagtail House, Pennine Road, Harrowfield HF2 4AB",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Przemyslaw", "family_name": "Dembowski", "relationship": "father",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Barnaby Dembowski": "P01", "Barnaby": "P01", "Barney": "P01", "BD": "P01",
    "Wenda Pargeter": "P02", "Wenda": "P02", "Ms Pargeter": "P02", "Ms PARGETER": "P02", "Wenda PARGETER": "P02",
    "Marigold Dembowski": "P03", "Marigold": "P03", "MD": "P03",
    "Cyril Pargeter": "P04", "Cyril": "P04", "Mr Pargeter": "P04", "Cyril PARGETER": "P04",
    "Przemyslaw Dembowski": "P05", "Przemyslaw": "P05", "Mr Dembowski": "P05",
    "Dorcas Fairbrother": "~british", "Mrs Fairbrother": "~british", "DF": "~british",
    "Rajwinder Dhesi": "~south_asian", "Mr Dhesi": "~south_asian",
    "Soutar": "~british", "Goldthorpe": "~british",
    "B": "P01", "M": "P03", "Mr D": "~south_asian",
}

NOTES = [
    ("ref", "2024-09-16", "Referral", "ltrevanion", "Referral from housing association - home conditions", "standard", """
Referral received via MASH from Rajwinder Dhesi, Tenancy Sustainment Officer, Harrowfield Homes (HA). Ph [[0161 496 0733|PHONE]].

Mr Dhesi attended [[7 Sedgefield Walk|ADDRESS:P02]] on Weds 11th Sept with the gas engineer for the annual gas safety check (3rd attempt, previous 2 no access). Engineer could not reach the boiler or the cooker for items piled in the kitchen. He describes the property as "the worst hoarding I've seen with kids living in it": hallway passable only sideways, living room piled to shoulder height with bags, boxes and newspapers, both children's bedrooms "unusable" with the doors unable to open fully. The cooker does not work (mum says it "packed in at Easter") and the family are using a microwave and a camping stove on the worktop. Smell of dog urine; a large dog (staffie type) was shut in the back room. Children (boy approx 11, girl approx 8) were at home at 11am on a school day; mum said they are home educated.
Mr D has served a tenancy breach warning letter and is worried about fire risk.

MASH checks: Both children withdrawn from Harrowfield Moor Primary by letter from mum dated 22/07/24 (EHE). School had been in the attendance process for 18 months; four penalty notices issued to mum in the spring (two per child) - paid? unknown. Known to EWS. No previous CSC involvement. GP: Marigold's immunisations incomplete.
Decision: single assessment, Assessment Team. Allocated LT.
"""),
    ("ehe", "2024-09-20", "Education Welfare", "ltrevanion", "EWO / EHE officer report", "standard", """
Report received from Dorcas Fairbrother, Education Welfare Officer (EHE & Attendance), following home visit Wed {{18 Sept|event_date}}, shared with consent of mum (DF had already arranged the visit before the referral).

Summary of the report:
"Ms Pargeter deregistered both children from Harrowfield Moor Primary by letter at the end of the summer term, citing 'the school's attitude' and the fines. Barnaby should have transferred to Oakenshaw High this September; no place was taken up. I was invited in only as far as the hallway. No evidence of any education provision was shown. Ms Pargeter said the children's grandfather, Mr Cyril Pargeter, 'does history and maths with them' and that they use YouTube. Barnaby told me he 'mostly plays Minecraft'. Marigold could read a simple sentence from a cereal box but struggled. I am not satisfied that a suitable education is being provided. I have issued a preliminary notice (s.437(1) Education Act 1996) giving 15 days for Ms Pargeter to show that the children are receiving suitable education. If she does not, the local authority will consider a School Attendance Order."
"""),
    ("av1", "2024-09-24", "Assessment Visit", "ltrevanion", "Single assessment - home visit 1", "standard", """
Purpose of visit: single assessment, home conditions and children's wellbeing.
Date/time: 24/09/24 10:30, announced (letter + text to mum [[07384 772105|PHONE:P02]]).
Present: Wenda (mum), her father Cyril (MGF), Barnaby (11), Marigold (8), dog {{Brutus|pet_name}}.
Child seen: Yes. Barney seen alone on the front step; Marigold with mum present (would not leave her side).

Home conditions: as described by HA. I could enter the hall, kitchen and the back room only. Kitchen: surfaces covered, sink full, camping stove and microwave in use, no working cooker, fridge working with some fresh food (milk, ham, yoghurts). Bathroom: bath full of bags, so the children "have a wash at the sink" or shower at grandad's flat on Sundays. Living room: a path to the sofa, which is where Barney sleeps. Marigold sleeps in mum's bed. Children's rooms not accessible. Dog mess in the back yard, the dog is very bouncy and jumped up at me; it belongs to grandad, who "lodges" it here because his flat doesn't allow pets.

Mum: quietly spoken, tearful at times, says she has had depression "since Marigold was born" and the stuff "just builds up". She is on sertraline from the GP. Does not want the children back at school: they were "bullied and the school just fined me". She acknowledges the house is "a state" and wants help to sort it, but not "strangers going through my things".
MGF: took over the conversation repeatedly. Said schools are "brainwashing" children and "I taught myself everything I know". He said he would not allow "the council" to throw anything out, most of it is his (he kept furniture and boxes there when his wife died). He left before the end.
Barney (alone): said he misses his friend from primary and "footy at dinner time", would go to Oakenshaw "if grandad's not mad about it". Sleeps OK on the sofa "but it's cold". No worries about mum. Teeth: said a back tooth "kills" sometimes.
Marigold: smiley, clingy to mum, small for her age, hair unbrushed.

Analysis: significant neglect of the home environment with impact on sleep, hygiene, health and education; mum's low mood and grandfather's control appear central. Children are warm towards mum and she is open about the problem.
Next steps: GP/health checks, dental for B, EHO referral re fire safety and pests, fire service safe and well visit, discuss with TM whether threshold for strategy discussion.
"""),
    ("eho", "2024-10-03", "Case Note", "ltrevanion", "Environmental Health report received", "standard", """
Letter from Environmental Health (Mr Soutar, Senior EHO, Private Sector Housing / Public Health) rec'd by email today. Inspection on {{1st October|event_date}} with HA.

Key findings: Clutter Image Rating 7 in the living room, 8 in both children's bedrooms and 6 in the kitchen. Rodent droppings in the kitchen and back room; no evidence of active infestation today, bait laid. Significant fire risk: escape route from upstairs blocked, smoke alarm on landing covered by bags and not working. No working cooker. Hot water OK. In his opinion the property "is not currently suitable for children to sleep in safely". He will not take formal action under the Public Health Act at this stage if the family agree to a supported clear out within 6 weeks, otherwise he would consider a s.83 notice. Fire service referral made by him as well.
"""),
    ("bite", "2024-10-14", "A&E attendance", "ltrevanion", "Hospital notification - dog bite", "standard", """
Paediatric liaison notification from Harrowfield Royal Infirmary ED, rec'd 14/10.
Marigold DEMBOWSKI (8) attended ED with mum and grandfather on Sat 12/10/24 at {{19:20|time}}. Dog bite to the left forearm, two puncture wounds and a laceration approx 3cm. Wound cleaned, closed with four steri-strips, antibiotics (co-amoxiclav) given, tetanus status "unknown" so given a booster. Account: she was feeding the dog crisps and it "snapped". The dog belongs to her grandfather Cyril. Consistent with account. Liaison nurse notes hair and clothes unkempt, child "very quiet".

Rang mum 14/10 11:00. Mum says Marigold is fine, the dressing is clean. She says her dad has now "taken Brutus back to his" and she won't have him in the house again. I will check on the next visit.
"""),
    ("strat", "2024-10-17", "Strategy Meeting", "wkamau", "Strategy discussion", "standard", """
Strategy discussion 17/10/2024 via Teams. Chair: W Kamau, TM.
Attendees: L Trevanion (SW), DC [[Thuraya Khateeb|~arabic]] (police CAIT), Mrs Fairbrother (EWS), Mr Dhesi (Harrowfield Homes), [[Alinta Haverstock|~british]] (school nurse team, for health).

Reason: accumulating neglect concerns - severe hoarding (CIR 7-8), no cooker, children sleeping on a sofa/in mum's bed, fire risk, dog bite 12/10 needing ED treatment, missed immunisations, children withdrawn from school with no evidence of education, mum's mental health.
Police: no police history for the household. MGF: 1 caution 2009 (public order).
Health: Marigold - missed pre-school booster and 2nd MMR; Barnaby - not seen by a dentist since 2019.

Decision: threshold met for s47 (neglect), single agency. LT to complete within 15 working days. Health to arrange catch up immunisations; dental appointment for B urgently. If the family refuse the clear out, an ICPC will be requested.
"""),
    ("health", "2024-10-22", "GP liaison", "ltrevanion", "GP and dental information", "standard", """
Tel call with practice nurse at Sedgefield Medical Practice (GP Dr Goldthorpe). Confirms:
- Marigold: pre-school booster and MMR2 outstanding, 3 reminder letters sent 2020-2022, 1 DNA. Appointment now booked for 31/10.
- Barnaby: up to date to age 5.
- Mum: on sertraline 100mg, last review May; GP happy to see her sooner.
Dental: Barney was seen at the emergency dental service on Sat 19th with a dental abscess (lower left molar, facial swelling). The tooth was extracted under local. Mum took him, grandad drove. Not registered with a dentist, mum given a list. I have asked the CDS (community dental) to offer both children an appointment.
"""),
    ("s47", "2024-10-30", "Section 47 Enquiry", "ltrevanion", "S47 outcome", "standard", """
Outcome of s47 enquiry (strategy 17/10).
Children seen: B alone x2, M alone x1 (at the clinic, after her jabs on 31/10 - addendum below).
Findings: Concerns of neglect are substantiated: home conditions, sleeping arrangements, health (dental abscess, missed immunisations, dog bite), and education. However, mum has engaged: she has signed a written agreement for a supported clear out of the kitchen, bathroom and both bedrooms by Harrowfield Homes' contractor and the Age-well hoarding support worker, and for the children to sleep at grandad's flat on the nights the work is done. She has agreed to a GP appointment for herself.
Risk: the grandfather has said he does not agree to his property being removed. Mum says she will "stand up to him".
Outcome: Child Protection conference NOT requested at this stage; children to be supported under a Child in Need plan, with a clear contingency that if the clear out does not happen by the end of November an ICPC will be convened. Agreed with WK.
Addendum 31/10: Marigold had her catch-up jabs today. Seen alone, said "I want my own bed with unicorns on".
"""),
    ("grandad", "2024-11-08", "Telephone call", "ltrevanion", "Call from MGF", "standard", """
11:45 Mr Cyril Pargeter rang the duty line asking for "the social worker who's been poking about". Put through. He was shouting: said the council had "no right" to touch his belongings, that "you'll not set foot in that house again" and that he would go to his MP. He said he is the one who "actually educates" the children. I explained the plan is with Wenda's agreement, it's her tenancy, and that his belongings could be moved to storage rather than disposed of. He hung up.
12:30 Rang Wenda. She apologised for her dad. She still wants the clear out. We agreed to move it from w/c 18/11 to early December so she can sort out storage for his things (HA can offer a storage unit for 8 weeks). She said "I can't keep living like this, the kids deserve better."
Informed WK.
"""),
    ("cin1", "2024-11-28", "CIN Meeting", "ltrevanion", "CIN plan meeting 1", "standard", """
First CIN meeting, 28.11.24, at Sedgefield Children's Centre. Present: mum, LT, Mrs Fairbrother (EWS), Mr Dhesi (HA), Age-well hoarding support worker ([[Merewen Crabtree|~british]]), school nurse. MGF invited, did not attend.

Updates: - Clear out booked for Thurs 5th and Fri 6th December, skip booked, storage unit for grandad's items. - EWS: mum did not respond to the preliminary notice; School Attendance Orders were issued on 25/11 for both children (Harrowfield Moor Primary for Marigold, Oakenshaw High for Barnaby). Mum says she "might" send Marigold, and that Barnaby should decide himself. - Dental: both children seen by community dental 21/11, Barnaby needs 2 fillings. - Mum: GP increased her sertraline and referred her to talking therapies; waiting list 10 weeks.
Plan agreed (see CIN plan on file). Next meeting 6 weeks.
"""),
    ("clear", "2024-12-10", "Home Visit", "ltrevanion", "Home visit after clear out", "standard", """
Unannounced HV 10/12, 16:00. Mum, Barney and Marigold in. Grandad not present.

What a difference. The clear out went ahead on 5th/6th Dec as planned, mum says it was "the hardest two days of my life" and she cried a lot, but the Age-well worker was "amazing". Kitchen surfaces clear, Harrowfield Homes fitted a new cooker yesterday (9th) and mum had cooked pasta bake, we ate a bit with the kids. Bath is usable. Both bedrooms cleared: Barney has a bed and a desk, Marigold has a bed (unicorn duvet from the school nurse's charity fund). Living room still about CIR 4, mum wants to do it "bit by bit". Dog not here, at grandad's.
Children seen alone in their rooms: Barney said "it feels like a proper house now". Marigold showed me her room and her new reading book.
Grandad: mum says he "went mad" about the storage unit but has calmed down. He has stopped coming round every day; he is going to his sister's in Scarborough over Christmas.
"""),
    ("mo", "2025-01-14", "Management Oversight", "wkamau", "Management oversight", "standard", """
Case discussed in supervision with LT, 14/01/2025.
Progress since s47 is good: home conditions maintained at the visits on 19/12 and 8/1 (CIR 3-4), children sleeping in their own beds, catch-up immunisations done, Barnaby's fillings done 7/1. Dog has not returned and MGF confirmed by text that he had it rehomed through a rescue before Christmas.
Outstanding: education. SAOs in place; Marigold's start at Harrowfield Moor agreed for after half term? - LT to push for sooner. Barnaby says he wants to go to Oakenshaw but grandad tells him it will "ruin him" and mum avoids the subject. Mum's mood still low; talking therapies not started.
Actions: LT to do a joint visit with EWS to talk to Barnaby about Oakenshaw, meet the SENCO and arrange a transition visit; LT to ask GP for a mental health review for mum; continue CIN. Not appropriate to close.
"""),
    ("school", "2025-02-05", "Education", "ltrevanion", "Marigold back at school; Barnaby", "standard", """
Email from Harrowfield Moor Primary (Head, Mrs [[Isadora Brackenbury|~british]]): Marigold started back in Year 4 on Monday 3rd February. Mum walked her in, she was nervous but "came out beaming". Reading about 2 years behind, school putting in daily phonics catch-up and a pastoral TA.

Barnaby: joint visit with DF on the 30th January. He went with mum and me to look round Oakenshaw High, met the SENCO, and asked if they have a football team. Said "grandad says I'll get brainwashed but I don't think I will". A part-time timetable was proposed from after half term. Mum agreed. MGF not told yet, mum wants to do it herself.
"""),
    ("letter", "2025-03-04", "Letter", "ltrevanion", "Letter to Ms Pargeter (copy)", "standard", """
Copy of letter sent to mum, jointly from EWS and Children's Social Care:

Dear Ms Pargeter,
Re: Barnaby Dembowski - School Attendance Order
Thank you for meeting with us last week. We were pleased to hear that Barnaby has said he wants to start at Oakenshaw High. As you know, the School Attendance Order dated 25 November 2024 names Oakenshaw High School. Barnaby has not yet started and was due to begin on 24 February. If he has not started by the end of March, the local authority may have to consider prosecution for failing to comply with the order. We do not want this and will keep supporting you and Barnaby with the start date, transport and uniform (the uniform grant application has been made).
Yours sincerely,
D Fairbrother, Education Welfare Officer       L Trevanion, Social Worker
"""),
    ("cinrev", "2025-04-10", "CIN Review", "ltrevanion", "CIN review", "standard", """
CIN review 10.04.25 (home). Mum, LT, Mrs Fairbrother, Age-well worker. Barney and Marigold joined for the end.

- Education: Barnaby started at Oakenshaw High on Mon 24 March on a part-time timetable (mornings), full days from after Easter. Attendance so far 100%. He is in the Year 7 football squad. Marigold at Harrowfield Moor, attendance 97%. So both children are back in school; the SAO is satisfied and no prosecution will be taken.
- Home: CIR 3 throughout, living room now done. Mum is keeping on top of it with a fortnightly visit from Age-well.
- Health: all immunisations done, both registered with a dentist (Church Lane Dental).
- Mum: started talking therapies (6 sessions), she says her mood is "better than it's been in years".
- Grandad: sees the children on Sundays at his flat. Still unhappy about school, but "not stopping them".
Plan: continue CIN for a further 3 months then consider closure / step down to Early Help.
"""),
]

QUESTIONS = [
    {"q": "when was marigold bitten by the dog?", "qtype": "when", "facts": ["2024-10-12"], "notes": ["bite"], "as": "ltrevanion"},
    {"q": "whose dog was it that bit her", "qtype": "who", "facts": ["Cyril"], "notes": ["bite"], "as": "wkamau"},
    {"q": "how many penalty notices did mum get before she took them out of school", "qtype": "how_many", "facts": ["four"], "notes": ["ref"], "as": "ltrevanion"},
    {"q": "How many steri strips did she need", "qtype": "how_many", "facts": ["four"], "notes": ["bite"], "as": "ltrevanion"},
    {"q": "what did grandad say schools are doing to children", "qtype": "quote", "facts": ["brainwashing"], "notes": ["av1"], "as": "ltrevanion"},
    {"q": "has barney gone back to school yet?", "qtype": "yes_no", "facts": ["yes"], "notes": ["cinrev"], "as": "wkamau"},
    {"q": "who's the EWO", "qtype": "who", "facts": ["Dorcas Fairbrother"], "notes": ["ehe"], "as": "ltrevanion"},
    {"q": "when did the HA put the new cooker in", "qtype": "when", "facts": ["2024-12-09"], "notes": ["clear"], "as": "ltrevanion"},
    {"q": "what was wrong with Barnaby's tooth", "qtype": "what", "facts": ["abscess"], "notes": ["health"], "as": "ltrevanion"},
    {"q": "what did the dietitian say about Barnaby's weight?", "qtype": "what", "facts": [], "notes": [], "as": "ltrevanion"},
    {"q": "has a family group conference been booked for the Pargeters", "qtype": "yes_no", "facts": [], "notes": [], "as": "wkamau"},
]

EVENTS = [
    ("2024-07-22", "school_move", ["ref"], "Mother deregistered both children from Harrowfield Moor Primary to elective home education after penalty notices"),
    ("2024-09-11", "contact", ["ref"], "Housing association found severe hoarding at the home during a gas safety visit: rooms unusable, no working cooker"),
    ("2024-09-16", "referral", ["ref"], "Referral from Harrowfield Homes accepted for single assessment"),
    ("2024-09-18", "assessment", ["ehe"], "EWO found no evidence of suitable education; preliminary notice (s437) issued"),
    ("2024-09-24", "assessment", ["av1"], "Single assessment home visit: children sleeping on sofa and in mother's bed; grandfather opposed to clearing the house"),
    ("2024-10-01", "assessment", ["eho"], "Environmental health inspection: clutter rating 7-8, rodent droppings, blocked fire escape route"),
    ("2024-10-12", "hospital", ["bite", "strat"], "Marigold treated at ED for a dog bite to the forearm from grandfather's dog"),
    ("2024-10-17", "strategy_discussion", ["strat"], "Strategy discussion: s47 enquiry (neglect) agreed"),
    ("2024-10-19", "health", ["health"], "Barnaby seen by emergency dental service with a dental abscess; tooth extracted"),
    ("2024-10-30", "section_47", ["s47"], "S47 outcome: neglect substantiated; Child in Need plan with written agreement for a supported clear out, no ICPC"),
    ("2024-12-05", "positive_change", ["clear"], "Supported clear out of the home completed with mother's agreement; new cooker fitted 9 December"),
    ("2025-02-03", "school_move", ["school"], "Marigold returned to Harrowfield Moor Primary (Year 4)"),
    ("2025-03-24", "school_move", ["cinrev"], "Barnaby started at Oakenshaw High on a part-time timetable"),
    ("2025-04-10", "cin_review", ["cinrev"], "CIN review: both children in school, home conditions maintained, mother in talking therapies"),
]
