"""IN2-0002: unaccompanied asylum-seeking young person from Eritrea; police protection, s20, age
assessment, missing episode with labour exploitation, NRM, asylum interview. Author A, written blind."""

CASE = {
    "case_id": "IN2-0002",
    "team": "Children in Care North",
    "status": "looked_after",
    "allocated_worker": "fnakashima",
    "child": {
        "person_id": "P01", "given_name": "Habtom", "family_name": "Weldemichael",
        "date_of_birth": "2009-01-14", "gender": "male", "ethnicity": "Black African - Eritrean",
        "religion": "Eritrean Orthodox", "nhs_number": "483 016 6134",
        "address": "Foster placement (address on placement record)", "school": "Northgate College",
        "given_origin": "african", "family_origin": "african",
    },
    "people": [
        {"person_id": "P02", "given_name": "Gwyneth", "family_name": "Rhydderch", "relationship": "Foster carer (former)",
         "phone": "07397 215884", "address": "9 Heatherlea Close, Thornhill Edge, WF12 0PN",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Alun", "family_name": "Rhydderch", "relationship": "Foster carer (former)",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Everton", "family_name": "Mattis", "relationship": "Foster carer",
         "phone": "07512 908143", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Claudette", "family_name": "Mattis", "relationship": "Foster carer",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P06", "given_name": "Farida", "family_name": "Mahdawi", "relationship": "Immigration solicitor",
         "phone": "0113 496 0391", "given_origin": "arabic", "family_origin": "arabic"},
    ],
}

ALIASES = {
    "Habtom": "P01", "Habtom WELDEMICHAEL": "P01", "Habtom Weldemichael": "P01", "Weldemichael": "P01", "HW": "P01",
    "Gwyneth": "P02", "Gwyneth Rhydderch": "P02", "Rhydderchs": "P02", "Rhydderch": "P02",
    "Alun": "P03",
    "Everton": "P04", "Everton Mattis": "P04", "Mattis": "P04", "Mattises": "P04",
    "Claudette": "P05", "Claudette Mattis": "P05",
    "Farida": "P06", "Farida Mahdawi": "P06", "Mahdawi": "P06",
    # not on the record
    "Senait Gebremariam": "~african", "Senait": "~african",
    "Rory Fennessy": "~irish", "Consuelo Olmedo": "~latin_american",
    "Joe Hutchby": "~british", "Hutchby": "~british",
    "Yemane": "~african", "Mussie": "~african", "Kidane": "~african",
    "Anas Bakri": "~arabic", "Heledd Maddock": "~british", "Fumiko": "~east_asian",
}

NOTES = [
    ("police", "2025-03-08", "Police Notification", "lpetrescu", "Police protection - young person found in lorry", "standard", """
Out of hours / duty. Call from police control 03:10.

Approx 01:50 today a lorry driver parked at {{Birchfield Services|place}} (M62 eastbound) heard banging from inside his trailer. Police attended: 3 males inside the trailer, 2 adults and 1 who appears to be a child. He gave his name as Habtom WELDEMICHAEL, DOB 14/01/2009 (16), from Eritrea. Speaks Tigrinya, very little English, some Arabic.

PC Rory Fennessy took him into police protection (s46) at 02:40. Cold, hungry and dehydrated, small cut to L hand from the trailer door - seen by paramedics at the scene, cleaned and dressed, no hospital needed. The 2 adults were passed to immigration enforcement; Habtom says he does not know them, "we met in the trailer".

Police asked for accommodation for the young person. Placement search started 03:25.
"""),
    ("s20", "2025-03-08", "Placement Start", "lpetrescu", "Emergency foster placement - s20", "standard", """
Habtom collected from the police station by LP at 05:30 and taken to emergency foster carers Gwyneth and Alun Rhydderch, arriving 06:15. Police protection ended on his arrival.

Tigrinya interpreter by phone (Language Line) at the placement. Explained who we are, that he is safe and can stay here, and what being looked after under s20 means. Habtom agreed and signed (he is 16 so can consent himself). He asked only whether he would be sent back to France. Told him this is not something children's services decide and that he will get a solicitor.

He ate 2 bowls of soup and went to sleep. No belongings except the clothes he was wearing and a broken phone. Gwyneth will buy cloths today (emergency payment agreed by OS by text at 07:05).

Carers' address: [[9 Heatherlea Close|ADDRESS:P02]], {{Thornhill Edge|place}}, [[WF12 0PN|POSTCODE:P02]]. Gwyneth's mobile [[07397 215884|PHONE:P02]].

Handed over to FN (allocated) for Monday.
"""),
    ("visit1", "2025-03-12", "Stat Visit", "fnakashima", "First statutory visit - seen alone with interpreter", "standard", """
Purpose of visit: first statutory visit; get to know Habtom; his account.
Child seen: Yes, alone (with interpreter Senait Gebremariam, face to face). Bedroom seen.

Habtom was shy at first, made tea for us. Said the Rhydderchs are "good people" and that he is "safe here, the food is good but the rice is different".

His account (his words through Senait, not checked): left Eritrea in 2023 to avoid national service after his older brother was taken. Walked to Ethiopia, then Sudan, where his brother Mussie still is. About 8 months in Libya, held in a warehouse - "they beat us with a hose when the families did not pay". Boat to Italy, trains to France, about 5 weeks in a camp near Calais. A man he called "Uncle Yemane" arranged the lorry. Says his family paid $4,000 "but the man says we still owe". He became very quiet after this so I did not push.

Health: headaches, sleeps badly, wakes in the night. Scars on his back (he showed me, did not ask him to).

Analysis: Habtom has been through serious harm and is still under the control of a debt. High risk of being contacted by the people who brought him. Carers briefed: no phone given to him by anyone outside the placement; tell us straight away about any contact.

Next steps: IHA, GP registration, solicitor referral, Home Office screening (13th), age assessment as the Home Office have asked for one.
"""),
    ("iha", "2025-03-20", "IHA", "fnakashima", "Initial health assessment", "standard", """
IHA completed Tues 18th March by Dr Anas Bakri (LAC doctor) at {{Cedar Lodge Children's Clinic|place}}. Telephone interpreter. Gwyneth attended.

Summary of the report (full report on file):
- Weight 48kg, height 168cm, underweight for age.
- Scabies - treated, Gwyneth to wash all bedding.
- TB screening (IGRA) and bloods for hep B, hep C and HIV offered and accepted.
- Multiple healed linear scars on back and upper legs, consistent with his account of beatings.
- Sleep disturbance, nightmares, headaches; symptoms suggestive of trauma. Referral made the same day to {{Horizon Refugee Wellbeing Service|place}} (CAMHS).
- Immunisations unknown - catch-up schedule started.
- Registered with GP at {{Moorside Surgery|place}} on 19/3.

Habtom asked the doctor if the scars "will go away". NHS number now allocated: [[483 016 6134|NHS_NUMBER:P01]].
"""),
    ("age", "2025-04-01", "Age Assessment", "fnakashima", "Age assessment - outcome", "standard", """
AGE ASSESSMENT - SUMMARY

Background: At the Home Office screening interview on 13/03/25 the officer recorded Habtom as "age disputed" and asked the LA to assess. Habtom has no documents; his mother's baptism record was left in Eritrea.

Assessors: FN and LP (both trained). Interpreter: Senait Gebremariam both sessions. Appropriate adult from the {{Refugee Council|place}} present both sessions.

Sessions: 25/03/25 (2 hrs) and 28/03/25 (1 hr 45). Outcome meeting with Habtom: 31/03/25.

Findings: Habtom's account of his schooling (left school in grade 7), his brother's age, the timing of national service and his journey was consistent across both sessions and with what he told FN on 12/3. Physical appearance and demeanour alone cannot tell us his age, and we did not rely on them. Carers and college observations fit a 16 year old.

Outcome: Habtom's claimed age is accepted. DOB recorded as 14/01/2009. He was given the outcome on 31/3 with Senait interpreting and a written copy in English and Tigrinya; he said "thank you for believing me". Home Office informed by email the same day.
"""),
    ("cla1", "2025-04-14", "LAC Review", "fnakashima", "First CLA review", "standard", """
First looked after review - held Fri 11th April, at the placement.
IRO: Consuelo Olmedo. Present: Habtom, Senait (interpreter), Gwyneth, FN, virtual school officer.

Legal status: s20.

Habtom's views: happy at the Rhydderchs, wants to go to college and learn English "quickly, quickly". Wants to find out if his brother is alive. Worried about his asylum claim.

Decisions:
1. Care plan endorsed; Habtom to remain with the Rhydderchs as long-term placement to be considered.
2. FN to refer to immigration solicitor - referral accepted by Farida Mahdawi at {{Calder Law Centre|place}} on 9/4; first appointment 16/4.
3. College place (ESOL) to start by May half term.
4. Red Cross family tracing referral for Mussie.
5. PEP to be completed once college starts.

Next review: 10/07/2025.
"""),
    ("email", "2025-05-07", "Email", "fnakashima", "Email from solicitor - SEF lodged", "standard", """
Email received 7 May 2025 11:02, copied in:

"Dear Fumiko,

I can confirm that Habtom's Statement of Evidence Form and witness statement were lodged with the Home Office on 2 May. We went through it over two appointments with a Tigrinya interpreter. The substantive interview has not been listed yet; the Home Office will write to me.

Please remind his carers that he must not attend any Home Office appointment or reporting without letting me know first. If anyone contacts him saying they are from the Home Office or from an 'agent', please tell me and the police.

You can reach me on [[0113 496 0391|PHONE:P06]] or [[f.mahdawi@calderlaw.org.uk|EMAIL:P06]].

Kind regards,
Farida Mahdawi, Solicitor"
"""),
    ("college", "2025-05-13", "Education", "fnakashima", "Started college", "standard", """
Habtom started at {{Northgate College|place}} yesterday (Mon 12/5), ESOL Entry 2, 3 days a week (Mon, Weds, Thurs), 9.30-2.30. Gwyneth took him in by bus on the first day so he knows the route. His tutor is Joe Hutchby.

spoke to Mr Hutchby at 15:10 today: Habtom "keen, polite, very quiet", sits with 2 other Tigrinya speakers. Free meals and bus pass arranged by the college bursary. PEP booked 4/6.
"""),
    ("missing", "2025-06-02", "Missing From Care", "fnakashima", "Missing from placement 31/5 - 2/6", "standard", """
MISSING EPISODE

Sat 31/05: Habtom left the placement at about 2pm telling Gwyneth he was meeting his friend Kidane in town, back by 7. Did not return. Gwyneth rang him at 19:30 and 20:00, phone off. Reported missing to police at 21:15 (Gwyneth). Police graded high risk because of trafficking concerns.

Background: on Weds 28th Mr Hutchby (college) saw Habtom get into a silver car with 2 older men outside college at 2.30pm; he reported this to the college DSL, who emailed me Friday afternoon. I had not yet spoken to Habtom about it.

Kidane, when police spoke to him Sunday, said he had not seen Habtom that day and that Habtom had told him he was "going to work".

Mon 2/6 07:40: police found Habtom at a hand car wash on an industrial estate in {{Hollins Bridge|place}}, about 20 miles away, during a visit linked to another enquiry. He was returned to the placement at 10:30. Tired, hungry, no injuries seen. He said "sorry" to Gwyneth many times.

Police safe and well check done on return. RHI to be offered within 72 hours. Strategy discussion requested (FN to OS).
"""),
    ("rhi", "2025-06-04", "RHI", "lpetrescu", "Return home interview", "standard", """
Return home interview, 3/6/25, 16:00 at the placement (Gwyneth not in the room). Interpreter Senait (face to face). Habtom chose to speak to LP rather than his own SW because "Fumiko will be sad".

Where: he went with "Uncle Yemane"'s friends in the silver car. Taken to the car wash. Slept Saturday and Sunday on a mattress in a room above the car wash with 4 other men.

Why: Yemane rang him in April on a new number and said his family's debt was now $3,000 and must be paid. Habtom said: "they said I must pay back, I work in the car wash and they keep the money." He said the men were "not violent" with him but one took his phone while he was there.

He did not want to give any more names and said he was scared for his mother in Eritrea.

Risk: he was working under debt bondage. He knows they know his college.

Agreed: Habtom will keep his phone on; he will tell Gwyneth or college if the car comes back. He agreed for this to be shared with police.
"""),
    ("strat", "2025-06-05", "Strategy Meeting", "fnakashima", "Strategy discussion - exploitation / trafficking", "standard", """
Strategy discussion 05.06.25 11:00 (Teams)
Chair: OS (TM). Present: FN, LP, DC Heledd Maddock (exploitation team), college DSL, Gwyneth Rhydderch, LAC nurse.

Information: missing 31/5-2/6, found working at a car wash; RHI account of debt and "Uncle Yemane"; men in a silver car outside college 28/5 (partial registration from Mr Hutchby). Police: the car wash is known to them, linked to another labour exploitation enquiry.

Decisions:
1. Threshold met for s47 - Habtom is at risk of significant harm through labour exploitation / modern slavery.
2. FN (first responder) to submit an NRM referral by Friday 6/6.
3. Police to take the lead on the car wash and the car; Habtom's phone to be looked at with his consent.
4. The men know where Habtom goes to college and may know the placement (car seen on [[Heatherlea Close|ADDRESS:P02]] by a neighbour, not confirmed). Placement move to another area to be agreed urgently - OS to approve today.
5. College to change his timetable and collect/drop at the door.

Review of the plan in 10 working days.
"""),
    ("move", "2025-06-12", "Placement Move", "fnakashima", "Placement move - new carers", "standard", """
Habtom moved on Tues 10/06 from the Rhydderchs to new foster carers Everton and Claudette Mattis in a different town. Address held on the placement record only - NOT to be shared with anyone outside the care team.

Move done by FN and Gwyneth together in the afternoon. Habtom was upset: "she is like my mother here". Gwyneth has asked to keep in touch; agreed she can phone him and meet at a café, FN to arrange.

New phone and new number given by the carers (old phone handed to police with consent).

NRM referral submitted on Fri 6 June (FN, first responder). Awaiting reasonable grounds decision.

College: staying at Northgate for now; Everton will drive him to and from, different entrance.

Carers' mobile (Everton): [[07512 908143|PHONE:P04]].
"""),
    ("hoint", "2025-07-03", "Immigration", "fnakashima", "Home Office substantive interview", "standard", """
Habtom's substantive asylum interview took place on Tuesday just gone at the Home Office in {{Leeds|place}}. Farida attended as his solicitor and Everton went as his responsible adult. Home Office Tigrinya interpreter.

Interview lasted about 4 hours with 2 breaks. Farida told me it went "as well as it could" - the interviewer was respectful, asked a lot about his brother and Libya. Habtom became upset when asked about the warehouse and they stopped for 20 minutes.

FN visit today: Habtom tired, said "I told them everything, now I wait". Sleeping a bit better since starting at Horizon (sessions fortnightly).

Farida will send written representations about the NRM referral to the Home Office.
"""),
    ("cla2", "2025-07-25", "LAC Review", "fnakashima", "Second CLA review", "standard", """
2nd CLA review, held 24/7/25 (was due 10/7, moved because of the Home Office interview and at Habtom's request - he wanted Claudette there). IRO Consuelo Olmedo. Interpreter by phone.

Since last review: missing 31/5-2/6 and exploitation concerns; strategy discussion 5/6; placement move 10/6. NRM: positive reasonable grounds decision received on Tues 22nd. No further missing episodes. Police enquiry into the car wash ongoing.

College: completed Entry 2, 92% attendance; moving to Entry 3 plus maths in September. Habtom: "I want to be an electrician."

Red Cross: no news of Mussie yet.

Decisions: plan endorsed, Habtom to stay with the Mattises; pathway planning to start (eligible child); next review January 2026.
"""),
    ("super", "2025-08-19", "Management Oversight", "osherwin", "Management oversight", "standard", """
MO - OS 19/8/25.

Case reviewed with FN. Habtom settled with Mr and Mrs Mattis, no missing episodes since June. Exploitation risk still high while the police enquiry is open: plan to be reviewed at a second strategy meeting only if there is any new contact from Yemane or the men (there has been none).

Asylum: interview done 1/7, decision awaited. NRM RG positive, conclusive grounds decision can take many months.

Actions: pathway plan to be completed by FN by end of Sept; PA to be allocated before Habtom turns 17. FN to check Habtom knows how to contact Farida himself. Good work by FN and the carers.
"""),
    ("granted", "2025-10-09", "Telephone", "fnakashima", "Call from solicitor - asylum decision", "standard", """
15:20 t/c from Farida. Home Office decision letter dated 6 October 2025 received by her this afternoon: Habtom has been granted refugee status (5 years' leave). She will see him next week with an interpreter to explain what this means.

16:45 visit to placement to tell Habtom with Claudette present, interpreter by phone. He cried, hugged Claudette and said "now I can sleep". He asked straight away if his brother can come here. Explained Farida will talk to him about family reunion - it is not simple and is not for us to promise.

Informed OS and the IRO by email.
"""),
]

QUESTIONS = [
    {"q": "when was he found in the back of the lorry?", "qtype": "when", "facts": ["2025-03-08"], "notes": ["police"],
     "as": "fnakashima"},
    {"q": "what language does habtom speak", "qtype": "what", "facts": ["Tigrinya"], "notes": ["police"], "as": "osherwin"},
    {"q": "who is his immigration solicitor?", "qtype": "who", "facts": ["Mahdawi"], "notes": ["cla1", "email"],
     "as": "fnakashima"},
    {"q": "did the age assessment accept his DOB?", "qtype": "yes_no", "facts": ["yes"], "notes": ["age"], "as": "osherwin"},
    {"q": "how long was the HO interview", "qtype": "how_many", "facts": ["4"], "notes": ["hoint"], "as": "fnakashima"},
    {"q": "what did he say in the RHI about the car wash", "qtype": "quote",
     "facts": ["I work in the car wash and they keep the money"], "notes": ["rhi"], "as": "fnakashima"},
    {"q": "when did he go missing", "qtype": "when", "facts": ["2025-05-31"], "notes": ["missing"], "as": "osherwin"},
    {"q": "whats the outcome of the NRM so far", "qtype": "what", "facts": ["positive reasonable grounds"],
     "notes": ["cla2"], "as": "fnakashima"},
    {"q": "who are his carers now", "qtype": "who", "facts": ["Mattis"], "notes": ["move"], "as": "osherwin"},
    {"q": "has he got a bank account yet?", "qtype": "yes_no", "facts": [], "notes": [], "as": "fnakashima"},
    {"q": "whos his dentist", "qtype": "who", "facts": [], "notes": [], "as": "fnakashima"},
]

EVENTS = [
    ("2025-03-08", "police_incident", ["police"], "Found in a lorry trailer at motorway services; police protection (s46)"),
    ("2025-03-08", "placement_move", ["s20"], "Accommodated under s20 with emergency foster carers"),
    ("2025-03-18", "health", ["iha"], "Initial health assessment: scabies, scars consistent with account, trauma symptoms"),
    ("2025-03-18", "camhs_referral", ["iha"], "Referral to refugee wellbeing service (CAMHS)"),
    ("2025-03-31", "assessment", ["age"], "Age assessment: claimed age and DOB accepted"),
    ("2025-04-11", "cla_review", ["cla1"], "First CLA review; solicitor, college and family tracing agreed"),
    ("2025-05-12", "school_move", ["college"], "Started ESOL course at college"),
    ("2025-05-31", "missing_episode", ["missing", "rhi"], "Missing from placement until 2 June; found working at a car wash"),
    ("2025-06-03", "return_home_interview", ["rhi"], "Return home interview: debt bondage and labour exploitation disclosed"),
    ("2025-06-05", "strategy_discussion", ["strat"], "Strategy discussion: s47 (modern slavery), NRM referral and placement move agreed"),
    ("2025-06-06", "referral", ["move"], "NRM referral submitted by first responder"),
    ("2025-06-10", "placement_move", ["move"], "Moved to new foster carers in another town for safety"),
    ("2025-07-24", "cla_review", ["cla2"], "Second CLA review; positive NRM reasonable grounds decision noted"),
    ("2025-10-06", "positive_change", ["granted"], "Granted refugee status (5 years' leave)"),
]
