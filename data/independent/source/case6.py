"""IND-0006: restricted case (mother is a council employee); s47 NFA, child in need, autistic child with an EHCP."""

CASE = {
    "case_id": "IND-0006", "team": "East Safeguarding", "status": "child_in_need", "restricted": True,
    "allocated_worker": "rmakinde", "access_list": ["rmakinde", "pquartey"],
    "child": {"person_id": "P01", "given_name": "Zakariya", "family_name": "Tannous", "date_of_birth": "2011-09-02",
              "gender": "male", "ethnicity": "Arab", "religion": "Muslim", "nhs_number": "498 213 7609",
              "address": "5 Orchard Mews, Ossett WF5 0HR", "school": "Highfield Lodge School",
              "given_origin": "arabic", "family_origin": "arabic"},
    "people": [
        {"person_id": "P02", "given_name": "Leila", "family_name": "Tannous", "relationship": "mother",
         "date_of_birth": "1985-04-17", "phone": "07719 380452", "address": "5 Orchard Mews, Ossett WF5 0HR",
         "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P03", "given_name": "Mounir", "family_name": "Tannous", "relationship": "father",
         "date_of_birth": "1980-12-09", "phone": "07843 126905", "given_origin": "arabic", "family_origin": "arabic"},
    ],
}

A, M = "rmakinde", "pquartey"
ALIASES = {
    "Zakariya": "P01", "Leila Tannous": "P02", "SAMIRA": "~arabic", "Leila": "P02", "Mrs Tannous": "P02", "Mounir": "P03", "Mr Tannous": "P03",
    "Tannous": "P01", "Restrepo": "~latin_american", "Catalina Restrepo": "~latin_american", "Samira": "~arabic",
    "Rotimi": "~african", "Patience": "~african",
}
NOTES = [
    ("contact", "2022-09-20", "MASH Enquiry", A, "Contact from school", "standard", """
Contact from SENCO Mrs [[Catalina RESTREPO|~latin_american]], {{Ossett Academy|place}}, 09:05 20/9/22. Zakariya (11, autistic, EHCP) arrived with fingertip-pattern bruising to his left upper arm. Using his symbols board he said "Baba grabbed me when I wouldn't get in the car." Mum Leila Tannous works for the council in children's services business support - TM to be informed before any checks on the system.
"""),
    ("strategy", "2022-09-20", "Strategy Discussion", M, "Strategy discussion", "standard", """
Strategy discussion 20/09/2022 {{13:30|time}}. Chair: [[Patience Quartey|~african]] (TM). Police DC [[Aled Prothero|~british]], SENCO, school nurse, SW [[Rotimi Makinde|~african]].
Decision: s47 single agency, physical abuse. Child to be seen at school today with SENCO present for communication support. Because the mother is a council employee the record is RESTRICTED: access only SW and TM. No CP medical (injury minor, no other concerns) - police content for SW to lead.
"""),
    ("s47", "2022-09-23", "S47 Enquiry", A, "s47 enquiry and outcome", "standard", """
s47 enquiry. I saw Zakariya at school on the 20th with Mrs Restrepo and his symbols board - he repeated that Baba grabbed him and said it "hurt a bit, not now". He likes trains and showed me his timetable. Home visit to both parents same evening at [[5 Orchard Mews|ADDRESS:P02]], {{Ossett|place}} [[WF5 0HR|POSTCODE:P02]]. Mounir (dad) accepted he grabbed Zakariya's arm to get him into the car when Zakariya was in meltdown and he was late for work; he was upset with himself. Both parents describe being exhausted and unsupported since Zakariya's respite ended in July. No previous concerns on file.
Outcome (TM agreed 23/9): no further action under s47; child in need assessment to follow, focusing on support for the family.
"""),
    ("assess", "2022-10-31", "C&F Assessment", A, "Child and family assessment", "standard", """
Child and family assessment concluded. Zakariya is an 11 year old autistic boy with an EHCP, minimal speech, uses symbols and some signing. He is loved and well cared for. The incident in September happened during a meltdown in a family under strain. Parents want help, not blame.
Recommendation: CIN plan - referral for short breaks (respite), parents to attend a course for parents of autistic children, school to review transport so dad is not doing the school run before work.
"""),
    ("cin1", "2022-12-06", "CIN Review", A, "CIN review", "standard", """
CIN review 06.12.22 - short breaks panel approved 1 overnight a fortnight from Jan. Dad booked on the course starting Feb. School transport in place since 14/11. Going well.
"""),
    ("visit1", "2023-02-14", "Home visit", A, "Home visit", "standard", """
Home visit, Zakariya seen, lining his trains up. Parents well. No issues. Nothing new.
"""),
    ("hosp", "2023-05-15", "Hospital", A, "Hospital admission", "standard", """
Mum emailed on the weekend. Zakariya had a tonic-clonic seizure at home on the 12th (Friday evening) - his first. Ambulance to {{Sheffield Children's Hospital|place}}, (NHS [[498 213 7609|NHS_NUMBER:P01]]) kept in for 2 nights for EEG and observation, discharged Sunday. Consultant (Dr [[Bartholomew Quayle|~british]]) has started him on medication for suspected epilepsy. Parents coping; mum staying off work this week.
"""),
    ("ehcp", "2023-06-20", "Education", A, "EHCP annual review", "standard", """
EHCP annual review at school. Named school in the amended plan will be {{Highfield Lodge School|place}} (specialist, ASC) from September, as Zakariya's needs are not being met in mainstream secondary. Parents agree, Zakariya visited and "liked the sensory room". Start date 5th September 2023.
"""),
    ("call", "2023-09-19", "Phone call", A, "Call with mum", "standard", """
Call with Leila. Zakariya started at Highfield Lodge on the 5th as planned and has settled "better than we dared hope". He has a key worker and travels by school minibus. No seizures since June.
"""),
    ("coc", "2023-11-07", "Change of Circumstances", A, "Parents separated", "standard", """
Leila told me at today's visit that she and Mounir have separated. Mounir moved out on Saturday 28th October to a flat in {{Dewsbury|place}}. It was mutual, she says, and there has been no abuse. Zakariya has been told using a social story and will stay with his dad on Saturdays. Zakariya seen: calm, did his puzzle.
"""),
    ("confidential", "2024-01-16", "Confidential Note", M, "Confidential - employment", "restricted", """
CONFIDENTIAL (TM). Leila has been signed off work with work-related stress since 8/1/24. I have spoken with her HR business partner, [[Marguerite Fanshawe|~british]] ([[marguerite.fanshawe@wakefield.gov.uk|EMAIL]]), only to confirm that the case record access is restricted. No details of the case were shared.
"""),
    ("cin2", "2024-03-05", "CIN Review", A, "CIN review", "standard", """
CIN review. Both parents present. Contact with dad working well on Saturdays. Seizures controlled. Mum back at work part time. Dad has applied for carer's allowance (NI [[ST 63 28 19 A|NI_NUMBER:P03]]), SW wrote a supporting letter. Short breaks continuing. Plan continues.
"""),
    ("visit2", "2024-07-09", "Home visit", A, "Home visit", "standard", """
Home visit. Zakariya showed me photos on his iPad from his weekend at his dad's, one with a woman in it. He typed "SAMIRA DADS FRIEND SLEEPS THERE". Leila then said Mounir's new partner [[Samira|~arabic]] has moved into his flat (she thinks in June); Leila does not know her surname. I rang Mounir, who confirmed this and was happy to give Samira's details for checks. Zakariya appears relaxed about her.
"""),
    ("cin3", "2024-10-15", "CIN Review", A, "CIN review", "standard", """
CIN review 15/10/24. Checks on dad's partner: nothing known. Zakariya settled at Highfield Lodge, seizures controlled, both homes stable. Agreed the CIN plan can end at the next review in January with a plan for the short breaks to continue under the disabled children's team.
"""),
]

QUESTIONS = [
    {"q": "What did Zakariya tell the SENCO about how he got the bruise?", "qtype": "quote", "facts": ["Baba grabbed me when I wouldn't get in the car"], "notes": ["contact"], "as": A},
    {"q": "Who is the SENCO who raised the concern?", "qtype": "who", "facts": ["Restrepo"], "notes": ["contact", "s47"], "as": A},
    {"q": "When did Zakariya have his first seizure?", "qtype": "when", "facts": ["2023-05-12"], "notes": ["hosp"], "as": M},
    {"q": "What was the outcome of the section 47 enquiry?", "qtype": "what", "facts": ["no further action"], "notes": ["s47"], "as": M},
    {"q": "When did Zakariya start at Highfield Lodge?", "qtype": "when", "facts": ["2023-09-05"], "notes": ["ehcp", "call"], "as": A},
    {"q": "Are Zakariya's parents still together?", "qtype": "yes_no", "facts": ["no", "2023-10-28"], "notes": ["coc"], "as": A},
    {"q": "How many nights was Zakariya kept in hospital after the seizure?", "qtype": "how_many", "facts": ["2"], "notes": ["hosp"], "as": A},
    {"q": "What is dad's new partner called?", "qtype": "who", "facts": ["Samira"], "notes": ["visit2"], "as": M},
    {"q": "Has Zakariya had a hearing test?", "qtype": "yes_no", "facts": [], "notes": [], "as": A},
    {"q": "Who is the family's housing officer?", "qtype": "who", "facts": [], "notes": [], "as": M},
]

EVENTS = [
    ("2022-09-20", "contact", ["contact"], "School contact: bruising after father grabbed Zakariya's arm"),
    ("2022-09-20", "strategy_discussion", ["strategy"], "Strategy discussion: single-agency s47; record restricted"),
    ("2022-09-23", "section_47", ["s47"], "s47 outcome: no further action; child in need assessment"),
    ("2022-10-31", "assessment", ["assess"], "Child and family assessment: CIN plan"),
    ("2022-12-06", "cin_review", ["cin1"], "CIN review: short breaks approved"),
    ("2023-05-12", "hospital", ["hosp"], "First seizure; two nights at Sheffield Children's Hospital"),
    ("2023-09-05", "school_move", ["call"], "Started at Highfield Lodge School (specialist)"),
    ("2023-10-28", "household_change", ["coc"], "Parents separated; father moved out"),
    ("2024-03-05", "cin_review", ["cin2"], "CIN review: plan continues"),
    ("2024-07-09", "household_change", ["visit2"], "Father's new partner Samira living at his flat"),
    ("2024-10-15", "cin_review", ["cin3"], "CIN review: plan to end at next review"),
]
