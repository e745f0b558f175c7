"""IN12-0003: an unaccompanied young person from Sudan found in the back of a lorry at motorway services."""

CASE = {
    "case_id": "IN12-0003",
    "team": "Tenterden Children in Care",
    "status": "looked_after",
    "allocated_worker": "xhapgood",
    "child": {
        "person_id": "P01", "given_name": "Tajeldin", "family_name": "Abakar", "date_of_birth": "2007-06-01",
        "gender": "male", "ethnicity": "Black African (Sudanese)", "religion": "Muslim",
        "nhs_number": "738 205 1463", "address": "Room 3, 12 Rother Mews, Tenterden TN30 6EU",
        "school": "Weald Coast College (ESOL)",
        "given_origin": "arabic", "family_origin": "arabic",
    },
    "people": [
        {"person_id": "P02", "given_name": "Nafisa", "family_name": "Yagoub", "relationship": "mother (in Chad)",
         "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P03", "given_name": "Ishag", "family_name": "Abakar", "relationship": "cousin (Birmingham)",
         "phone": "07462 905113", "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P04", "given_name": "Davina", "family_name": "Trevethan", "relationship": "foster carer",
         "phone": "07823 771046", "address": "Hollyhock Cottage, Stone Street, Tenterden TN30 7JP",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Godfrey", "family_name": "Trevethan", "relationship": "foster carer",
         "address": "Hollyhock Cottage, Stone Street, Tenterden TN30 7JP",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Tajeldin": "P01", "Taj": "P01", "ABAKAR": "P01", "Nafisa": "P02", "Ishag": "P03",
    "Davina": "P04", "Godfrey": "P05", "Trevethan": "P04",
    "Elnour": "~arabic", "Gaunt": "~british", "Selwood": "~british", "Piers": "~british",
    "Bamgbose": "~african", "Hapgood": "~british", "Xanthe": "~british", "Lethbridge": "~british",
    "Wolanin": "~eastern_european", "Carrasco": "~latin_american", "Thwaites": "~british",
}

NOTES = [
    ("edt", "2024-03-10", "Contact", "xhapgood", "EDT record - unaccompanied child found in lorry", "standard",
     """Out of hours (EDT) record, copied to CiC team Monday.

Sat 9/3/24 {{22:35|time}} Kent Police called EDT. A lorry driver stopped at {{Maidstone services|place}} (M20 J8) heard banging from the trailer and called 999. Police found one young male in the back among pallets of bottled water. Very cold, dehydrated, no shoes (lost them). No documents. Said "Sudan" and "sixteen", and "no English, little". PC [[Kealy|~irish]] used Language Line (Arabic), YP gave his name as [[Tajeldin Abakar|P01]]. Said he got in the lorry "in France, near the sea" and had been inside "one day and one night". No other people in the trailer. Driver arrested for immigration offences, later released.

Checked at {{Maidstone Hospital|place}} A&E - mild dehydration and a cut to his foot, discharged 01:20.
Placed with emergency foster carers [[Davina|P04]] and [[Godfrey Trevethan|P05]] (Tenterden) at {{02:10|time}} on 10/3. Carers report he ate two bowls of rice and fell asleep on the sofa in his coat.
Accommodated under s20 as an unaccompanied asylum seeking child. To be allocated to CiC team Monday.""" ),
    ("firstvisit", "2024-03-11", "CLA Visit", "xhapgood", "First visit with interpreter", "standard",
     """Visit to placement, 11/03/2024, with Arabic interpreter Mr [[Elnour|~arabic]] (in person).
Child seen: yes, alone with interpreter for most of visit.

[[T|P01]] is slight, quiet, polite. Stands up when adults come into the room. He speaks Sudanese Arabic and some Fur (his mother's language), and a little English - he can say "thank you", "I am OK", "football". He prefers to be called Taj.
He said (through interpreter): "I am sixteen. My mother told me I was born in the rainy season, the year my uncle married." He does not know the date. He has never had a passport.
First thing he asked was whether he could ring his mother. He has a number for her in a camp in {{Adré|place}}, Chad, written on a piece of paper in his pocket, it is wet and hard to read. We agreed to try it together this week.
Food: he asked whether the meat is halal. Davina has bought halal chicken and he was relieved. He prays 5 times a day, asked which way Mecca is - Godfrey found a compass app.
Explained what foster care is, that he is safe, that a solicitor will help him with asylum. He said "I understand. I want to go to school. I want to learn English very fast."
Carers: he is sleeping a lot, eating well, very polite. Woke shouting on the second night.""" ),
    ("journey", "2024-03-14", "Assessment", "xhapgood", "Initial account - his journey (his words)", "standard",
     """Session 2 with Taj and interpreter (Mr Elnour) on Weds 13th, to record his account for the assessment and his solicitor. Taj agreed for this to be written down. He asked to stop twice. Written up today.

Home: a village outside {{El Geneina|place}}, West Darfur. Lived with mum, two younger sisters and his father, who farmed. "In the war men came on motorbikes. They burned the houses. My father did not come back from the market." He thinks this was "two rainy seasons ago". Mum took the children to a camp in Chad. An uncle paid for Taj to go to Libya to work "to send money back".

Libya: went by truck across the desert "with forty people, many days". In {{Kufra|place}} he was kept in a warehouse: "They said my family must pay. They beat us with pipes. If you do not have money you work." He showed me scars on his lower legs. He worked on a building site near {{Tripoli|place}} for "many months" without pay for the men who held him, then they put him on a boat.
Boat: from the coast at night, "a rubber boat, too many people". 3 days at sea, two people died. Rescued by an Italian ship, taken to {{Lampedusa|place}}. Moved to a camp in Italy, left, walked and took trains to France. Slept in the woods near {{Calais|place}} for "about one month", tried the lorries "every night".

When asked what he needs now: "To be safe. To learn. To tell my mother I am alive."
SW note: Taj's account of being held and made to work for no pay in Libya indicates he may be a victim of trafficking / modern slavery. NRM referral to be discussed with TM.""" ),
    ("iha", "2024-03-20", "Health Assessment", "xhapgood", "GP registration and initial health assessment", "standard",
     """Registered with {{Rother Mews Surgery|place}} 12/3. Initial Health Assessment done 19/3/24 by Dr [[Shreya Balakumar|~south_asian]] (CLA doctor), carer Davina and interpreter present.

- height 168cm, weight 49kg (underweight), BMI low;
- scabies - treated (permethrin, whole household);
- healed scars to both lower legs consistent with his account of beating; also a healed burn on left forearm ("from the cooking in the warehouse");
- bloods for TB (IGRA), hepatitis B and C, HIV sent with his consent; results in 2 wks;
- immunisations unknown - catch up schedule started;
- sleeps badly, nightmares most nights, startles at loud noises. Doctor recommends referral for trauma-focused support once he is settled.
- vision and hearing fine.
Doctor's age comment: "physical appearance is not a reliable indicator of age" - no view given.""" ),
    ("solicitor", "2024-03-27", "Phone Call", "xhapgood", "Call with solicitor - asylum claim", "standard",
     """TC with his solicitor Ms [[Adeola Bamgbose|~african]], {{Marsh & Weald Immigration Law|place}}, legal aid. Tel [[01622 960318|PHONE]].

Screening interview took place yesterday, 26/3, at the Home Office in {{Croydon|place}}. I attended as appropriate adult, interpreter provided. Asylum claim now registered. Fingerprints taken - solicitor will find out if there is a Eurodac match from Italy (he told us he was fingerprinted in Lampedusa, so probably).
Solicitor advised the claim will be based on his ethnicity (Masalit/Fur - to be clarified with him) and the conflict in Darfur. Statement of Evidence Form to be done with her in April. She asked that the LA does not rush the age assessment before he has had time to settle, and that he has an independent appropriate adult at any sessions.
Taj was very tired afterwards, slept on the train.""" ),
    ("nrm", "2024-04-05", "Case note", "xhapgood", "NRM referral made", "standard",
     """Discussed with TM (A Lethbridge) on 2/4. Agreed the account of forced labour in Libya meets the indicators of modern slavery. NRM referral submitted online 4/4/24 by me as first responder, Taj consented (explained with interpreter what it means, he said "yes, it is true what happened, write it"). Referral also covers risk of re-trafficking - note he has a cousin's number in Birmingham and may go looking for him; risk of exploitation by people linked to the journey.
Independent Child Trafficking Guardian (ICTG) service referral also made.
Carers told about the risk and given the missing protocol.""" ),
    ("clareview1", "2024-04-08", "CLA Review", "alethbridge", "Initial looked after review", "standard",
     """INITIAL CLA REVIEW - 8 April 2024
IRO: [[Bettany Gaunt|~british]]
Present: Taj, interpreter, foster carers, SW X Hapgood, LAC nurse. Solicitor sent written views.

Legal status: s20. Placement: with Davina and Godfrey since 10/3. IRO spoke with Taj alone first.
Taj: "This house is good. Davina is like an auntie. I want to play football and go to college." Asked about his cousin in Birmingham - he has his name (Ishag) but lost the number. Wants to speak to his mum.
Contact with mother: first call achieved on 22/3 via a number from the Red Cross family tracing service - 6 minutes, she cried, he said. Weekly WhatsApp calls since, on carer's phone.
Health: IHA done; blood results - TB negative, Hep B immune, others negative.
Education: ESOL place at {{Weald Coast College|place}} from 15 April, 3 days a week.
Age: age assessment (Merton compliant) planned for May. IRO asked that it is done by two trained social workers with an appropriate adult, and he is given the chance to respond to adverse points.

Decisions: placement to continue (IRO: "well matched"). Care plan endorsed. Therapeutic referral to be made once the NRM and age assessment are done. Next review in 3 months.""" ),
    ("missing", "2024-04-15", "Missing From Care", "xhapgood", "Missing episode 13-14/4", "standard",
     """Missing from care - Sat 13th April 2024.

Taj left the carers' at approx {{16:00|time}} on Saturday saying he was going to the park to play football. Did not return by curfew (8pm). Carers tried his phone, switched off. Reported missing to Kent Police at {{20:40|time}} (ref on file). EDT informed. Strategy discussion not held (EDT decision: police risk assessed as medium, no known exploitation contact).

Sun 14th approx {{11:30|time}} West Midlands Police found him at {{Digbeth coach station|place}}, Birmingham, asking people in Arabic if they knew [[Ishag Abakar|P03]]. He had bought a coach ticket with the £30 pocket money he'd saved. Slept the night in the coach station. Police took him to a police station, gave him food. EDT arranged for transport to bring him back, arrived at carers' {{19:15|time}} Sunday. Carers say he was apologetic, hungry and cold. No injuries.

police later traced Ishag, who is 24 and has refugee status, living in {{Small Heath|place}}. He rang Taj on Sunday night on the carers' phone.
RHI to be offered within 72 hours.""" ),
    ("rhi", "2024-04-17", "Return Home Interview", "xhapgood", "RHI", "standard",
     """Return home interview 16/4, done by me (Taj asked for me rather than someone he does not know), with interpreter by phone.

Why did you go? "I just wanted to see my cousin. He is the only family here. In Birmingham there are many Sudanese, I thought someone will know him."
Did anyone approach you / offer you anything? He said a man at the coach station offered him a place to sleep and work "washing cars"; he said no because "in Libya they said this also". He did not know the man's name.
Where did you sleep? In the coach station, "the guard let me stay inside".
Did you feel safe? "No. I was afraid. But I was more afraid to never find Ishag."
What would stop this happening again? "If I can see Ishag properly."

Actions: ask Ishag for ID and check with police; if ok, arrange supervised visit/video calls. Share info about the man offering car-wash work with police (intel submitted). Update NRM with this further information.""" ),
    ("age", "2024-05-24", "Age Assessment", "xhapgood", "Age assessment - outcome", "standard",
     """Age assessment carried out by X Hapgood and [[Piers Selwood|~british]] (both trained assessors), 3 sessions (2nd, 9th and 16th May) with interpreter and an appropriate adult from the Refugee Council. Minded-to meeting held 21/5 where adverse points were put to him and he gave his answers.

Summary of reasoning: his account of his age has been consistent ("sixteen", "born in the rainy season"); however his account of working for "many months" in Tripoli and of events in Darfur "two rainy seasons ago", together with his own description of being "a man who works" before he left and his uncle's arrangement for him to work, suggest he is older than claimed. Physical appearance given little weight.
Conclusion: we do not accept his claimed age. Assessed age: 16 at the time of arrival, with an assigned DOB of 1st June 2007 - that is, he turns 17 on 1 June 2024, a year older than he says.

Outcome given to him on 23rd May with interpreter. He disagreed: "I am sixteen. I know my age. Why you say I lie?" He cried and left the room. Came back after 10 mins and said "OK, but I do not agree." Solicitor informed, she is considering a challenge. He remains looked after either way.""" ),
    ("visitjune", "2024-06-19", "Statutory Visit", "xhapgood", "Statutory visit", "standard",
     """Purpose of visit: statutory visit, 6 weekly; check in after age assessment and his birthday (assigned).
Child seen: yes, alone, in his room. Interpreter not needed for most of it - his English has come on a lot, we used the phone interpreter for the harder parts.

College: enjoying ESOL Entry 2 at Weald Coast, tutor Ms [[Wolanin|~eastern_european]] says he is "the first one in every morning". Playing football for the college on Weds.
Faith: fasted for Ramadan in March/April (carers did early breakfasts, Godfrey got up at 4 with him). Goes to Friday prayers in Ashford with a man from college.
Contact: calls with mum on Fridays, she is "tired but OK". His sister is ill with a fever, he is worried and sends money from pocket money which we discussed.
Ishag: police checks fine. Video calls weekly, first visit to Birmingham with Godfrey on 8th June, "very happy day".
Birthday: he said "it is not my birthday, but Davina made a cake so I ate it". Laughed.
Sleep: nightmares are worse since the age assessment, 3 or 4 nights a week, wakes shouting in Arabic. Says he sees "the water, the boat". Agreed to a referral for therapy; he asked "will they think I am crazy?" - reassured.
Solicitor: SEF submitted; she is not challenging the age assessment for now because the Home Office accepted him as a child at screening anyway.

Analysis: settling well, strong relationship with carers. Trauma symptoms need specialist support. Referral to {{Sanctuary Therapies|place}} (trauma service for refugees) made 18/6.""" ),
    ("mo", "2024-07-02", "Supervision", "alethbridge", "Case supervision - NRM decision and planning", "standard",
     """Supervision A Lethbridge / X Hapgood.

NRM: positive Reasonable Grounds decision received 28/6/24. Conclusive Grounds decision awaited, could be many months.
Therapy: Sanctuary Therapies accepted, assessment with a therapist ([[Maribel Carrasco|~latin_american]]) on 15/7, they work with interpreters.
Age: assessed DOB 1.6.07 stands, not challenged. Transition planning: as he is now (assessed) 17, we need a plan for 18 - pathway plan to start, PA to be allocated by his 17.5.
Placement: carers would like him to stay to 18 but their fostering approval is short-term/emergency and they have another emergency child from August. Taj has said he wants to live "with other boys like me, to cook my own food". Options: semi-independent supported accommodation in Tenterden - referral to be made; no move until a place with 24 hour staff cover is found and he has visited.
Drift check: none. Well planned, good progress.""" ),
    ("clareview2", "2024-07-22", "LAC Review", "alethbridge", "CLA review 2", "standard",
     """Second CLA review 22/7/24, IRO P Gaunt. At the carers', Taj, carers, SW, college (by email).

Taj chose to speak in English for most of it. "I am good. My English is better. Football is good. At night it is still hard."
IRO discussed the age assessment - Taj said "I still do not agree, but it is OK, I am here." Views recorded.
Missing: no further episodes since April.
Health: weight up to 55kg. Therapy assessment done 15/7 - PTSD symptoms, weekly sessions from August.
Plan: move to supported accommodation when a suitable place is found, aiming for the autumn. Taj wants to stay near Tenterden for college and his friends. IRO agreed, asked that carers remain part of his network.
Next review: January 2025 (or earlier if he moves).""" ),
    ("move", "2024-10-16", "Placement Move", "xhapgood", "Move to supported accommodation", "standard",
     """Placement change: Taj moved on Monday (14/10/24) from his foster placement to {{Rother Mews|place}} supported accommodation ([[Room 3, 12 Rother Mews|ADDRESS:P01]]), Tenterden. 4 young men, staff 24/7, key worker [[Curtis Thwaites|~british]].

Visited the house twice before the move, chose his room. Godfrey and Davina drove him and his things over and stayed for tea. Davina cried, Taj hugged her and said "you are my English family, I will come every Sunday". Plan is Sunday lunch at theirs fortnightly.
He has a prayer mat, a Qur'an Ishag sent, and his football boots. Staff have arranged halal shopping. He is learning to cook - "I will make asida for everyone".
College: started ESOL Entry 3 plus a maths course, 4 days.
Therapy continuing weekly, sessions moved to college.
Legal status still s20, still looked after.""" ),
    ("decision", "2025-01-28", "Case note", "xhapgood", "Asylum decision", "standard",
     """Taj rang me at 9am today very excited, then came to the office with his solicitor's letter.

The Home Office has GRANTED him refugee status. Decision letter dated Fri 24th (recieved by the solicitor on Monday); 5 years' leave to remain. Ms Bamgbose said the NRM conclusive grounds decision is still outstanding but does not affect the grant. BRP/eVisa to be set up - she will help with this.
Taj: "Now I can stay. Now I can bring my mother?" Explained family reunion for refugees is complicated for children and that his solicitor will advise him. He rang his mother from the office on his phone - he spoke quickly in Arabic, lots of laughing, then he went quiet and cried.
Told carers Davina and Godfrey, who came to the office to see him.
Actions: update care and pathway plan; inform IRO; solicitor to advise on family reunion; PA allocation chased.""" ),
]

QUESTIONS = [
    {"q": "where was Taj found", "qtype": "what", "facts": ["Maidstone services"], "notes": ["edt"], "as": "xhapgood"},
    {"q": "when did he first come into care", "qtype": "when", "facts": ["2024-03-10"], "notes": ["edt"], "as": "alethbridge"},
    {"q": "whats his first language", "qtype": "what", "facts": ["Arabic"], "notes": ["firstvisit"], "as": "xhapgood"},
    {"q": "how many days was he on the boat", "qtype": "how_many", "facts": ["3"], "notes": ["journey"], "as": "xhapgood"},
    {"q": "who is his immigration solicitor?", "qtype": "who", "facts": ["Bamgbose"], "notes": ["solicitor"], "as": "alethbridge"},
    {"q": "Does he agree with the age assessment outcome", "qtype": "yes_no", "facts": ["no"], "notes": ["age", "clareview2"], "as": "xhapgood"},
    {"q": "what did he say about why he went to brum when he went missing", "qtype": "quote", "facts": ["the only family here"], "notes": ["rhi"], "as": "xhapgood"},
    {"q": "where did police find him when he went missing?", "qtype": "what", "facts": ["Digbeth coach station"], "notes": ["missing"], "as": "alethbridge"},
    {"q": "when did he move to the supported accomodation", "qtype": "when", "facts": ["2024-10-14"], "notes": ["move"], "as": "xhapgood"},
    {"q": "has he got a dentist yet", "qtype": "yes_no", "facts": [], "notes": [], "as": "xhapgood"},
    {"q": "what's the name of the mosque he goes to", "qtype": "what", "facts": [], "notes": [], "as": "alethbridge"},
]

EVENTS = [
    ("2024-03-09", "police_incident", ["edt"], "Found by police in the back of a lorry at Maidstone services"),
    ("2024-03-09", "hospital", ["edt"], "Checked at Maidstone Hospital A&E for dehydration and a cut foot"),
    ("2024-03-10", "placement_move", ["edt"], "Accommodated under s20 and placed with emergency foster carers"),
    ("2024-03-19", "health", ["iha"], "Initial health assessment: underweight, scabies treated, scars consistent with his account"),
    ("2024-03-22", "positive_change", ["clareview1"], "First phone call with his mother via Red Cross family tracing"),
    ("2024-03-26", "assessment", ["solicitor"], "Home Office screening interview; asylum claim registered"),
    ("2024-04-04", "referral", ["nrm"], "NRM referral made for trafficking / forced labour in Libya"),
    ("2024-04-08", "cla_review", ["clareview1"], "Initial CLA review; placement and care plan endorsed"),
    ("2024-04-13", "missing_episode", ["missing"], "Missing overnight; found next day at a Birmingham coach station looking for his cousin"),
    ("2024-04-16", "return_home_interview", ["rhi"], "Return home interview; approach by an unknown man offering work shared with police"),
    ("2024-05-23", "assessment", ["age"], "Age assessment outcome: claimed age not accepted, DOB assigned 1 June 2007; he disputes it"),
    ("2024-06-18", "camhs_referral", ["visitjune"], "Referral to a refugee trauma therapy service for nightmares"),
    ("2024-06-28", "positive_change", ["mo"], "Positive NRM reasonable grounds decision"),
    ("2024-07-22", "cla_review", ["clareview2"], "Second CLA review; plan for supported accommodation"),
    ("2024-10-14", "placement_move", ["move"], "Moves from foster care to supported accommodation in Tenterden"),
    ("2025-01-24", "positive_change", ["decision"], "Granted refugee status with 5 years' leave to remain"),
]
