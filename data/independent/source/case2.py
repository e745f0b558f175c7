"""IND-0002: domestic abuse, two police call-outs, child in need, move to a confidential address."""

CASE = {
    "case_id": "IND-0002", "team": "East Safeguarding", "status": "child_in_need",
    "allocated_worker": "hlisowska",
    "child": {"person_id": "P01", "given_name": "Zainab", "family_name": "Qureshi", "date_of_birth": "2012-03-19",
              "gender": "female", "ethnicity": "Asian British - Pakistani", "religion": "Muslim",
              "nhs_number": "634 812 5904", "address": "Withheld - confidential address (see restricted note)",
              "school": "St Aidan's CE Academy", "given_origin": "arabic", "family_origin": "south_asian"},
    "people": [
        {"person_id": "P02", "given_name": "Shagufta", "family_name": "Qureshi", "relationship": "mother",
         "date_of_birth": "1987-11-02", "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P03", "given_name": "Zubair", "family_name": "Qureshi", "relationship": "father",
         "date_of_birth": "1983-05-30", "phone": "07452 881203", "address": "41 Marsh Way, Pontefract WF8 2JT",
         "given_origin": "arabic", "family_origin": "south_asian"},
        {"person_id": "P04", "given_name": "Ilyas", "family_name": "Qureshi", "relationship": "brother",
         "date_of_birth": "2019-08-02", "given_origin": "arabic", "family_origin": "south_asian"},
    ],
}

A, M = "hlisowska", "pquartey"
ALIASES = {
    "Zainab": "P01", "Zainab QURESHI": "P01", "Shagufta": "P02", "Shagufta Qureshi": "P02", "Mrs Qureshi": "P02",
    "Zubair": "P03", "Zubair QURESHI": "P03", "Zubair Qureshi": "P03", "Ilyas": "P04",
    "Wrona": "~eastern_european", "Danuta Wrona": "~eastern_european", "Bronagh Tierney": "~irish", "Bronagh": "~irish",
    "Tierney": "~irish", "Keiko Matsuda": "~east_asian", "Keiko": "~east_asian", "Whitlock": "~british", "Hania": "~eastern_european", "Hania Lisowska": "~eastern_european",
}
NOTES = [
    ("police1", "2023-01-09", "DV Notification", A, "Police notification", "standard", """
WEST YORKSHIRE POLICE - VULNERABLE PERSON REPORT (pasted from PPN)
Occurrence: 13/230107/4471   Date/time of incident: {{07/01/2023|event_date}} {{23:10|time}}
Location: [[41 Marsh Way|ADDRESS:P03]], {{Pontefract|place}} [[WF8 2JT|POSTCODE:P03]]
Persons: [[Zubair QURESHI|P03]] (DOB [[30/05/1983|DOB:P03]]) - suspect; [[Shagufta QURESHI|P02]] (DOB [[02/11/1987|DOB:P02]]) - aggrieved; children [[Zainab|P01]] (10) and [[Ilyas|P04]] (3) present.
Summary: 999 call made by the 10yr old female from her mobile stating "my dad is hurting my mum". Officers attended, found the aggrieved upset with redness to her upper arm, stating the suspect pushed her into the door frame during an argument about money. Suspect arrested for common assault, later released under investigation with bail-type conditions not to attend the address. DASH: MEDIUM. Officer: PC [[Maricela Quispe|~latin_american]] 4471.
"""),
    ("call1", "2023-01-10", "Telephone call", A, "Call with mum re incident", "standard", """
Rang mum after PPN came through. Shagufta confirmed the incident on Saturday night. She said Zubair had been drinking, which is "not like him", they argued about his brother's loan and he pushed her. She said Zainab "rang the police herself, I didn't even know she knew how". Ilyas slept through. Zubair is staying at his brother's. Mum said she doesn't want to press charges but agreed to a referral. I told her I'd need to see the children.
"""),
    ("referral", "2023-01-11", "Referral", A, "Referral", "standard", """
MASH referral accepted - DA incident 7/1 with children present, child made 999 call, no previous DA history known. Allocated to Hania for a single assessment under s17. No s47 threshold at this point (TM decision).
"""),
    ("assess", "2023-02-20", "Single Assessment", A, "Single assessment", "standard", """
Single assessment completed (started 12 Jan).

The family: Zainab is 10 and in Year 6 at {{St Aidan's CE Academy|place}}. She lives with her mother Shagufta and brother Ilyas (3). Father Zubair has lived with his brother since the incident on 7 January.

What we are worried about: Zainab has witnessed at least one incident of physical abuse by her father towards her mother, and told me there had been "lots of shouting before, loads of times". Mum now describes a pattern of controlling behaviour over money going back two years, which she had not told anyone about. Zainab has taken on a protective role and is anxious about her mum when she is at school. School (Mr [[Whitlock|~british]], DSL) report she has been late and tired.

What is working well: Mum is warm and the children are well cared for. Ilyas is meeting milestones. Mum has engaged fully and has a supportive sister.

Zainab's views: seen alone at school on 14/2. She said "I don't want Dad to go to prison, I just want it to stop". She wants to see her dad at her aunt's house.

Analysis and recommendation: The children are children in need of support due to domestic abuse. Recommend a CIN plan, a referral to the IDVA service for mum and DA direct work for Zainab. Contact with father to be supervised by family until the police investigation is concluded.
"""),
    ("visit1", "2023-03-14", "Home Visit", A, "Visit", "standard", """
HV - mum, Z and I seen. Z seen alone in kitchen, said school is ok. Mum says things calm. No contact from Zubair other than about the kids via his brother. nothing new. nfa from visit.
"""),
    ("cin1", "2023-04-18", "CIN Meeting", A, "CIN review", "standard", """
CHILD IN NEED REVIEW
Attendees: Mum, SW (Hania Lisowska), Mr Whitlock (DSL), HV for Ilyas (apologies)
1. Update - police investigation into 7/1 closed NFA as mum withdrew her statement. Dad now having supervised contact at his brother's every Sunday.
2. School - attendance 93%, Zainab less tired.
3. Actions - SW to do 6 sessions of DA direct work with Zainab; mum to consider the Freedom Programme.
Next review in 3 months.
"""),
    ("police2", "2023-06-05", "Police Notification", A, "Police notification", "standard", """
PPN received 05/06/23. Incident Sunday 4th June approx {{21:30|time}}: Zubair QURESHI attended 41 Marsh Way after contact, shouting and kicking the front door when he was refused entry. Neighbour Mrs [[Danuta WRONA|~eastern_european]] called 999. Suspect had left on police arrival; he was arrested the following morning for criminal damage. Children inside the property. DASH: HIGH - referred to MARAC.
"""),
    ("visit2", "2023-06-06", "Home Visit", A, "Visit after second incident", "standard", """
I visited today following the PPN about Sunday night. Shagufta was shaken and said Zubair had "lost it" when she told him she wanted a divorce at handover. The front door panel is cracked. She wants to move away from the area and asked about a refuge. I made a referral to the IDVA service and spoke to [[Bronagh Tierney|~irish]] (IDVA) who will see mum tomorrow.

I saw Zainab on her own in her bedroom. She told me she heard her dad kicking the door and took Ilyas into the bathroom and locked it. She said, "I sleep with my shoes on in case we have to run." She has been struggling to sleep. I reassured her that she did the right thing keeping her brother safe. Ilyas was playing and appeared unaffected.

Plan: contact with dad suspended; mum to seek a non-molestation order with IDVA support; discuss with TM whether threshold for strategy discussion is met (TM: not met, CIN plan to be strengthened).
"""),
    ("court", "2023-06-22", "Court", A, "Non-molestation order", "standard", """
Mum rang. Non-molestation order granted at {{Leeds Combined Court|place}} today without notice, for 12 months, forbidding Zubair from contacting mum or attending the address. Return hearing set for 6 July. Police informed by IDVA.
"""),
    ("confidential", "2023-07-10", "Confidential Note", A, "Confidential: new address", "restricted", """
CONFIDENTIAL - do not disclose to father or his family.
On 8th July Shagufta and the children moved from the refuge into a housing association property at [[7 Heron Close|ADDRESS:P02]], {{Knottingley|place}} [[WF11 8DA|POSTCODE:P02]]. Mum has a new mobile: [[07968 330714|PHONE:P02]]. Only SW, TM, IDVA and the new school have these details.
"""),
    ("school", "2023-09-12", "School Contact", A, "School move", "standard", """
Zainab started Year 7 at her new secondary school on Wed 6/9 - the school's name is not recorded here for safety reasons. School aware of the NMO. Handover call done with St Aidan's. Zainab reported to have settled "better than expected" in the first week.
"""),
    ("camhs", "2023-10-03", "CAMHS Referral", A, "CAMHS referral", "standard", """
GP (Dr [[Okwuosa|~african]]) has referred Zainab to CAMHS today for anxiety and poor sleep. Mum agreed. SW letter of support sent to CAMHS single point of access.
"""),
    ("cin2", "2023-10-24", "CIN Review", A, "CIN review", "standard", """
CIN review 24.10.23 (mum, SW, IDVA, new school DSL by phone).
- Family settled at new address, no breaches of the NMO reported.
- Zubair has self-referred to a domestic abuse perpetrator programme (per his solicitor).
- Zainab on the CAMHS waiting list. DA direct work completed (6/6 sessions).
- Plan continues. Review in 4-5 months.
"""),
    ("email", "2024-01-15", "Email", A, "Email from CAMHS", "standard", """
From: [[Keiko Matsuda|~east_asian]] <[[keiko.matsuda@swyt.nhs.uk|EMAIL]]>
Sent: Monday, January 15, 2024 11:02 AM
To: Hania Lisowska
Subject: RE: Zainab QURESHI - CAMHS

Dear Hania,
Thank you for your letter. Zainab has been accepted for 8 sessions of CBT for anxiety. Her first appointment is on 29/1/24 at 4pm at our {{Castleford|place}} base. I have written to mum at the address you gave us.
Best wishes, Keiko
Keiko Matsuda, CAMHS Practitioner
"""),
    ("cin3", "2024-03-12", "CIN Review", M, "CIN review", "standard", """
CIN review chaired by TM. Zainab attended part of the meeting and said "It's quiet at the new house. I like quiet." She has had 5 CBT sessions and is sleeping better. No incidents since June 2023. Agreed: CIN plan to continue to the next review in June, then consider step down to early help if stable.
"""),
]

QUESTIONS = [
    {"q": "When did the first police call-out to the family happen?", "qtype": "when", "facts": ["2023-01-07"], "notes": ["police1", "call1"], "as": A},
    {"q": "Who is the IDVA supporting Shagufta?", "qtype": "who", "facts": ["Tierney"], "notes": ["visit2"], "as": A},
    {"q": "How many police notifications have we had for this family?", "qtype": "how_many", "facts": ["2"], "notes": ["police1", "police2"], "as": M},
    {"q": "Zainab said something about sleeping after the second incident - what was it exactly?", "qtype": "quote", "facts": ["I sleep with my shoes on in case we have to run"], "notes": ["visit2"], "as": A},
    {"q": "What did Zainab say about her dad during the single assessment?", "qtype": "quote", "facts": ["I don't want Dad to go to prison, I just want it to stop"], "notes": ["assess"], "as": A},
    {"q": "What kind of order did mum get from the court in June 2023?", "qtype": "what", "facts": ["non-molestation"], "notes": ["court"], "as": A},
    {"q": "Has Zainab been referred to CAMHS?", "qtype": "yes_no", "facts": ["yes", "2023-10-03"], "notes": ["camhs"], "as": M},
    {"q": "When was Zainab's first CAMHS appointment booked for?", "qtype": "when", "facts": ["2024-01-29"], "notes": ["email"], "as": A},
    {"q": "which neighbour called 999 in June?", "qtype": "who", "facts": ["Wrona"], "notes": ["police2"], "as": A},
    {"q": "What is Zainab's blood group?", "qtype": "what", "facts": [], "notes": [], "as": A},
    {"q": "Has Ilyas been seen by a speech and language therapist?", "qtype": "yes_no", "facts": [], "notes": [], "as": M},
]

EVENTS = [
    ("2023-01-07", "police_incident", ["police1", "call1"], "DA incident: father pushed mother, Zainab rang 999, father arrested"),
    ("2023-01-11", "referral", ["referral"], "MASH referral accepted for single assessment"),
    ("2023-02-20", "assessment", ["assess"], "Single assessment completed; CIN plan recommended"),
    ("2023-04-18", "cin_review", ["cin1"], "CIN review; police NFA, supervised contact with father"),
    ("2023-06-04", "police_incident", ["police2", "visit2"], "Father kicked the door at the family home; DASH high, MARAC"),
    ("2023-06-22", "court", ["court"], "Non-molestation order granted for 12 months"),
    ("2023-07-08", "household_change", ["confidential"], "Family moved to a confidential address"),
    ("2023-09-06", "school_move", ["school"], "Zainab started at a new secondary school"),
    ("2023-10-03", "camhs_referral", ["camhs"], "GP referred Zainab to CAMHS for anxiety"),
    ("2023-10-24", "cin_review", ["cin2"], "CIN review; family settled, no NMO breaches"),
    ("2024-03-12", "cin_review", ["cin3"], "CIN review; plan continues, sleeping better"),
]
