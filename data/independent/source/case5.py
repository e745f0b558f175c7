"""IND-0005: neglect and maternal mental health, child in need, stepped down to early help, closed."""

CASE = {
    "case_id": "IND-0005", "team": "Family Support East", "status": "closed",
    "allocated_worker": "nbenali",
    "child": {"person_id": "P01", "given_name": "Khanh Thao", "family_name": "Vuong", "date_of_birth": "2016-04-21",
              "gender": "female", "ethnicity": "Asian British - Vietnamese", "nhs_number": "612 874 9356",
              "address": "24 Cobble Lane, Featherstone WF7 5EX", "school": "Purston Park Infant and Junior",
              "given_origin": "east_asian", "family_origin": "east_asian"},
    "people": [
        {"person_id": "P02", "given_name": "Hoa", "family_name": "Vuong", "relationship": "mother",
         "date_of_birth": "1992-12-05", "phone": "07386 517249", "given_origin": "east_asian", "family_origin": "east_asian"},
        {"person_id": "P03", "given_name": "Bao", "family_name": "Vuong", "relationship": "brother",
         "date_of_birth": "2023-07-08", "given_origin": "east_asian", "family_origin": "east_asian"},
    ],
}

A, M = "nbenali", "gpenhaligon"
ALIASES = {
    "Khanh Thao": "P01", "Khanh Thao VUONG": "P01", "Hoa": "P02", "Ms Vuong": "P02", "Bao": "P03", "Vuong": "P01",
    "Dimmock": "~british", "Lan": "~east_asian", "Gwen": "~british", "Roisin Brannigan": "~irish", "Brannigan": "~irish",
    "Scamp": "~grt", "Jethro Scamp": "~grt", "Nawal": "~arabic", "Nawal Benali": "~arabic",
}
NOTES = [
    ("contact", "2023-05-02", "Contact Record", A, "Contact from neighbour", "standard", """
Call to front door from neighbour [[Gwen DIMMOCK|~british]] ([[0161 496 0772|PHONE]]), who lives at no. 26. She is worried about the little girl next door at [[24 Cobble Lane|ADDRESS:P02]], {{Featherstone|place}}. Last night (Mon 1st) at about 9pm she found Khanh Thao (about 7) outside in her pyjamas and bare feet "looking for the cat". Mum did not seem to notice she was gone. Mrs Dimmock says the house smells, the curtains are always shut and mum is heavily pregnant and "doesn't speak much English". No other agencies involved that she knows of.
"""),
    ("referral", "2023-05-04", "Referral received", A, "Referral", "standard", """
Checks: school (Purston Park) - attendance 78% last yr, often late, unwashed hair; HV - mum booked for antenatal care late (28 wks), missed 2 appts; no police history.
MASH decision 04/05/23: referral to Family Support East for single assessment (neglect, s17). Interpreter needed - Vietnamese.
"""),
    ("visit1", "2023-05-10", "Home Visit", A, "First home visit", "standard", """
I visited with a Vietnamese interpreter (by phone). Hoa (mum) let us in. The house was very cluttered and dark, with bin bags of clothes in the hall. Khanh Thao sleeps on a mattress on the floor in mum's room; the second bedroom is full of boxes. There was food in the kitchen but no fresh food. Hoa was flat and tearful. She said she has been "very tired, very sad" since Khanh Thao's father went back to Vietnam last summer. She is due in July. I saw Khanh Thao after school, she was shy but showed me her reading book and said she likes the cat ({{Mochi|pet_name}}). I told mum what the neighbour had seen and she said Khanh Thao had gone out without her knowing and that she has now put a chain on the door.
"""),
    ("assess", "2023-06-19", "Single Assessment", A, "Single assessment", "standard", """
SINGLE ASSESSMENT - SUMMARY
Presenting concern: neglect (supervision, sleeping arrangements, home conditions, school attendance).
Parenting: Mum loves Khanh Thao and the relationship is warm, but her low mood means routines have broken down. No extended family in the UK. English limited.
Child's lived experience: Khanh Thao is a quiet 7 year old who is often late for school and tired; she told me "I make my own breakfast, I can do cereal".
Outcome: CIN plan. Actions: GP review of mum's mood, bed for Khanh Thao (charity grant), housing application for a larger home, school breakfast club, HV antenatal support.
"""),
    ("birth", "2023-07-11", "Birth Notification", A, "Birth", "standard", """
HV [[Roisin Brannigan|~irish]] informs baby boy [[Bao|P03]] born 8/7/23 at {{Pinderfields|place}}, {{3.2kg|figure}}, healthy, NHS number [[463 118 2059|NHS_NUMBER:P03]]. Mum and baby home on the 10th. Khanh Thao staying with a family friend ("Auntie [[Lan|~east_asian]]") during the birth.
"""),
    ("visit2", "2023-07-25", "Visit", A, "Home visit", "standard", """
hv - mum + baby well, bed for KT arrived, she showed me it. house a bit tidier. nothing of concern.
"""),
    ("cin1", "2023-08-22", "CIN Meeting", A, "CIN review", "standard", """
CIN meeting 22/8 - mum (with interpreter), SW, HV, school (by email).
Progress: Khanh Thao now has her own bed; breakfast club place from Sept; housing application submitted (band B) - mum's NI no. [[JR 52 71 04 C|NI_NUMBER:P02]] given to housing for the benefits check.
Worries: mum's mood still low, GP review not yet done - mum forgot appt.
Next steps: SW to go with mum to the GP. Review Nov.
"""),
    ("call", "2023-09-14", "Tel Call", A, "School attendance officer", "standard", """
Spoke to [[Jethro Scamp|~grt]], attendance officer at Purston Park. Khanh Thao has been in every day this term and on time - breakfast club helping. He will let me know if that changes.
"""),
    ("visit3", "2023-10-17", "Home Visit", A, "Home visit", "standard", """
Routine visit after school. Baby Bao well, feeding, weight gain good per HV. While mum was upstairs Khanh Thao told me, without me asking, "Mummy cries in the bath and says she wants to go to sleep forever." I asked her a little more; she said this happens "lots". I then spoke to Hoa with the interpreter. She admitted she has had thoughts of not wanting to be here but no plan, and said she would never leave the children. With her consent I rang the GP surgery and got her an urgent appointment the same day, and the GP has made an urgent referral to the perinatal mental health team. Safety plan agreed with mum (crisis line number, friend Lan to visit daily this week). TM informed.
"""),
    ("cin2", "2023-11-28", "CIN Review", A, "CIN review", "standard", """
CIN review. Mum seen weekly by perinatal mental health team and started medication; she says "I feel more like me". Attendance 100% this half term. Housing - mum offered a 3-bed house in Featherstone, moving in January. Plan continues.
"""),
    ("rehoused", "2024-01-09", "Progress Update", A, "Rehoused", "standard", """
The family got the keys and moved on Fri 5th Jan to the new house (3 bed). Khanh Thao has her own room and picked purple for the walls. Old address given up. Good news for this family.
"""),
    ("cin3", "2024-02-13", "CIN Review", A, "CIN review", "standard", """
Final CIN review. All CIN plan outcomes met: stable home, school attendance 98%, mum's mental health improving with perinatal support, baby thriving. Mum agrees to step down to early help for ongoing support with parenting a baby and a 7 year old, and English classes.
"""),
    ("stepdown", "2024-02-27", "Step Down to Early Help", A, "Step down", "standard", """
Step down completed 27/2/2024. Joint visit with the EH family practitioner. EH plan agreed with mum: ESOL course, stay and play group for Bao, school to continue breakfast club. CIN plan ended today.
"""),
    ("eh", "2024-03-26", "EH Keywork", A, "EH session (copy)", "standard", """
Copy of EH keywork note for info - session at home, mum started ESOL at the college, baby at stay and play weekly. No concerns.
"""),
    ("closure", "2024-04-23", "Case Closure", M, "Closure summary", "standard", """
CLOSURE SUMMARY (TM)
Case open to CSC from 4 May 2023 (neglect). Worked under a CIN plan, then stepped down to early help in Feb 2024. Outcomes: safe sleeping, attendance from 78% to 98%, mum's mental health supported, family rehoused. Early help goals met. Case closed 23/04/2024 with mum's agreement. Mum knows how to contact the family hub. Thank you to [[Nawal|~arabic]] for the work with this family.
"""),
]

QUESTIONS = [
    {"q": "When was baby Bao born?", "qtype": "when", "facts": ["2023-07-08"], "notes": ["birth"], "as": A},
    {"q": "Who first rang us about Khanh Thao?", "qtype": "who", "facts": ["Dimmock"], "notes": ["contact"], "as": A},
    {"q": "What did Khanh Thao tell the SW about her mum in October?", "qtype": "quote", "facts": ["Mummy cries in the bath and says she wants to go to sleep forever"], "notes": ["visit3"], "as": M},
    {"q": "What was Khanh Thao's school attendance percentage in the year before the referral?", "qtype": "how_many", "facts": ["78"], "notes": ["referral", "closure"], "as": A},
    {"q": "Which language does mum need an interpreter for?", "qtype": "what", "facts": ["Vietnamese"], "notes": ["referral", "visit1"], "as": A},
    {"q": "Was the case stepped down to early help?", "qtype": "yes_no", "facts": ["yes", "2024-02-27"], "notes": ["stepdown"], "as": M},
    {"q": "When did we close the case?", "qtype": "when", "facts": ["2024-04-23"], "notes": ["closure"], "as": M},
    {"q": "Did the family get rehoused?", "qtype": "yes_no", "facts": ["yes", "2024-01-05"], "notes": ["rehoused"], "as": A},
    {"q": "Who is Khanh Thao's orthodontist?", "qtype": "who", "facts": [], "notes": [], "as": A},
    {"q": "Did Khanh Thao go on the Year 2 school trip?", "qtype": "yes_no", "facts": [], "notes": [], "as": A},
]

EVENTS = [
    ("2023-05-01", "contact", ["contact"], "Neighbour found Khanh Thao outside at night in pyjamas; contact made next day"),
    ("2023-05-04", "referral", ["referral"], "MASH referral for single assessment (neglect)"),
    ("2023-06-19", "assessment", ["assess"], "Single assessment: CIN plan"),
    ("2023-07-08", "household_change", ["birth"], "Brother Bao born"),
    ("2023-08-22", "cin_review", ["cin1"], "CIN review; own bed, breakfast club, housing application"),
    ("2023-10-17", "health", ["visit3"], "Child's disclosure about mother's mood; urgent perinatal mental health referral"),
    ("2023-11-28", "cin_review", ["cin2"], "CIN review; mother engaging with perinatal team"),
    ("2024-01-05", "positive_change", ["rehoused"], "Family rehoused to a 3-bed house"),
    ("2024-02-13", "cin_review", ["cin3"], "Final CIN review: outcomes met, step down agreed"),
    ("2024-02-27", "closure", ["stepdown"], "Stepped down to early help; CIN plan ended"),
    ("2024-04-23", "closure", ["closure"], "Case closed"),
]
