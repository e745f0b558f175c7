"""IN10-0005 (restricted): a Vietnamese boy found in a cannabis grow; NRM, missing, asylum, ESOL."""

CASE = {
    "case_id": "IN10-0005",
    "team": "Ravensholt Children in Care",
    "status": "looked_after",
    "restricted": True,
    "access_list": ["vfaversham", "ahollingworth"],
    "allocated_worker": "vfaversham",
    "child": {
        "person_id": "P01", "given_name": "Quoc Khai", "family_name": "Dinh",
        "date_of_birth": "2009-10-14", "gender": "male", "ethnicity": "Asian - Vietnamese",
        "religion": "Buddhist", "given_origin": "east_asian", "family_origin": "east_asian",
    },
    "people": [
        {"person_id": "P02", "given_name": "Thi Vinh", "family_name": "Luong", "relationship": "mother (in Vietnam)",
         "given_origin": "east_asian", "family_origin": "east_asian"},
        {"person_id": "P03", "given_name": "Aderinsola", "family_name": "Tolhurst",
         "relationship": "Independent Child Trafficking Guardian", "phone": "020 7946 0381",
         "given_origin": "african", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Dilys", "family_name": "Kirkbride", "relationship": "foster carer (emergency placement)",
         "phone": "07590 211847", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Grzegorz", "family_name": "Wojtasik", "relationship": "key worker, specialist placement",
         "phone": "07812 905363", "given_origin": "eastern_european", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Khai": "P01", "Khải": "P01", "DINH": "P01", "Dinh": "P01", "Dilys": "P04", "Kirkbride": "P04", "Grzegorz": "P05", "Greg": "P05",
    "Aderinsola": "P03", "Tolhurst": "P03",
    "Phùng": "~east_asian", "Tú": "~east_asian", "Carradine": "~british", "Mbatha": "~african", "Zinzi": "~african",
    "Gallacher": "~british", "Ottery": "~british", "Hollingworth": "~british", "Faversham": "~british",
    "Valentin": "~british",
}

NOTES = [
    ("edt", "2025-02-12", "Contact", "vfaversham", "EDT handover - UASC found at police warrant", "standard",
     """
EDT handover (recorded by day SW from EDT log, [[Eirwen Meurig|~british]] EDT SW).

23:40 Tues 11/2 - call from custody sergeant, Ravensholt PS. Police executed a drugs warrant at a terraced house on {{Wicken Street|place}} at approx 19:00 hrs. A cannabis grow was found across all 3 bedrooms and the loft; windows boarded, electricity bypassed. Three males found in the house, two adults and a youth who says through an interpreter that he is 15. He was arrested on suspicion of cultivation with the adults. Custody raised concern he is a potential victim of trafficking. He gave his name as [[DINH Quoc Khai|P01]], DOB 14/10/2009. No documents. Custody sgt said officers think he "could be 18 or 19".

EDT view: treat as a child unless and until an assessment says otherwise. Released from custody under investigation at 02:15 into police protection, then placed by EDT at 03:30 with emergency foster carer [[Dilys Kirkbride|P04]]. Carer told to keep the boy's whereabouts private and to call police immediately if he goes out without telling her. No phone on him - police seized one at the house which he says is his.

Handed to CiC day team for allocation and urgent strategy discussion.
"""),
    ("strat", "2025-02-12", "Strategy Meeting", "ahollingworth", "Strategy meeting - potential victim of modern slavery", "standard",
     """
Strategy discussion 12.2.25 at 11:00 (Teams)
Chair: A Hollingworth TM
Attendees: V Faversham SW, DC [[Auberon Carradine|~british]] (Modern Slavery & Exploitation Team), custody liaison nurse, Ravensholt EDT (written update), Barnardo's ICTG service (duty, by phone for part).

Information: see EDT handover. Police: the house is linked to a wider network under investigation by a national unit. DC asked that the record be restricted to need-to-know and that the placement address is not recorded anywhere it could be seen widely. Agreed - TM to request restriction of the record today.

Trafficking indicators: found locked in, no documents, doesn't know the address, had been "working for food", says he was brought here in a lorry, large debt mentioned in custody.

Age: police dispute his age. He presents slight, young in manner. Decision: he is treated as a child and given the benefit of the doubt. An age assessment will only be done if there is significant reason to doubt - TM to decide after the first week of placement.

Decisions:
- Accommodate under s20 (no one with PR in the UK).
- LA as first responder to make the NRM referral within 48 hrs (SW).
- Refer to ICTG service today.
- High risk of going missing / re-trafficking in the first 72 hrs. Safety plan: no phone, no cash, carer to keep him in sight, photo and description to police, missing protocol explained to carer.
- Police to consider a s.45 Modern Slavery Act defence at the investigation stage. Not to be interviewed under caution without an appropriate adult and solicitor.
- Professional Vietnamese interpreter (not family, not community) for all contact.
"""),
    ("firstvisit", "2025-02-13", "CLA Visit", "vfaversham", "Initial visit - seen with interpreter", "standard",
     """
Visit to placement with telephone interpreter (Vietnamese, Language Line, interpreter ID noted on file). Khai seen alone in the kitchen, carer in the next room.

Presentation: small, thin, very polite, kept saying "sorry". Nails and fingers stained and cracked. Cough. Carer says he ate 3 bowls of rice last night and slept on the floor next to the bed.

His account (in summary, his words through interpreter): from a village in Nghệ An province. Father died when he was 12. Mother [[Luong Thi Vinh|P02]] and younger sister still there. A man came to the village and said there was work in England. Family borrowed money for his journey. He went by plane to Russia, then "a long time in cars and walking", then a lorry from France. He thinks he came "when it was still very cold, before Tết" - so perhaps January. In England a man he calls "anh [[Tú|~east_asian]]" took him to "the house with the plants". He watered the plants and was not allowed out. He was given food and cigarettes.

Debt: he says his family owes "£25,000" and that he must work to pay it or "they will go to my mother". He was very frightened talking about this and asked several times whether the police would tell anh Tú where he is.

He says he is 15 and his birthday is in October. Asked for his phone back "to talk to my mother". Explained the police have it. Explained s20 (via interpreter) - he agreed to stay.

Plan discussed with him: stay with Dilys, a doctor's appointment, a Vietnamese-speaking guardian, school or college later.
"""),
    ("nrm", "2025-02-14", "Case Note", "vfaversham", "NRM referral and ICTG referral", "standard",
     """
NRM referral submitted online to the Single Competent Authority on 13/02/25 (reference on the restricted contact sheet). As a child, no consent needed. Indicators recorded: forced criminality (cannabis cultivation), debt bondage, restricted movement, transported by agents, no ID.

ICTG: referral accepted this morning. Allocated guardian is [[Aderinsola Tolhurst|P03]]. She will visit next week with an interpreter. Her office number is [[020 7946 0381|PHONE:P03]].

Also today: IHA requested. GP registration done by carer. TM has confirmed record restriction in place.
"""),
    ("missing", "2025-02-17", "Missing From Care", "vfaversham", "Missing episode - from emergency placement", "standard",
     """
MISSING EPISODE

Reported missing: Sat 15/02/2025, 22:50, by carer Dilys Kirkbride to police.
Circumstances: he was in his room from approx 20:00. Carer checked at 22:30 and he was gone, window open (ground floor). A mobile phone charger she did not recognise was on the bed. She thinks he had a second phone - she heard him talking quietly in Vietnamese on Friday night but he told her he was "praying".
Police graded HIGH risk due to trafficking. Missing person circulated nationally, placement address not given out.
EDT informed, TM informed Sunday morning. Strategy discussion by phone Sun 16th (TM, DC Carradine, EDT): agreed he is likely to have been collected by the network. Ports alert considered.

Mon 17/02 09:00: still missing. Carer very upset, says "I turned my back for two hours".
"""),
    ("return", "2025-02-19", "Return Interview", "vfaversham", "Found / return home interview", "standard",
     """
Found: Tues {{18th Feb|event_date}} at about 14:00 by police in {{Castlebridge|place}}, working at a car wash on an industrial estate, with two older Vietnamese males who ran off. He had been missing for about 2½ days. Taken to Castlebridge PS then brought back to Ravensholt by police. Not returned to Dilys's - see placement move note. Stayed at a Ravensholt emergency bed overnight with 2:1 staffing.

RHI completed today (19th) by SW with interpreter ([[Mrs Phùng|~east_asian]], in person) - within 72 hrs.
What he said: a message came on "the other phone" (hidden in his shoe when he arrived at Dilys's, the police did not find it) saying his mother would be hurt if he didn't come back to work. A car picked him up at the end of the road. He worked at the car wash and slept in a room above it. "I have to pay. If I don't pay they know where my family is."
He said no one hurt him this time. No injuries seen. Seen by the out-of-hours GP on return, no concerns except the cough.
He handed over the second phone to DC Carradine today.

Analysis: he was recovered by the network within 4 days of placement. He remains at very high risk. A specialist placement with waking night staff is needed now.
"""),
    ("move", "2025-02-20", "Placement Move", "vfaversham", "Placement move - specialist provision", "restricted",
     """
RESTRICTED WITHIN RESTRICTED RECORD - location of placement.

Moved 20/02/25 to a specialist residential placement for young people at risk of trafficking: [[The Lindens, 4 Orchard Rise, Hemsby Vale HV9 3QT|ADDRESS]]. Four beds, waking nights, trafficking-trained staff, Vietnamese-speaking support worker two days a week. Key worker [[Grzegorz Wojtasik|P05]], mob [[07812 905363|PHONE:P05]].

Placement agreed at short notice by Head of Service on 19th. Placement plan meeting held on arrival. Safety plan: no phone for first 4 weeks, then a house phone with supervised calls to his mother via interpreter. Address not to be given to anyone not on the access list, including in court or Home Office paperwork (use the LA address).
"""),
    ("ictg", "2025-02-26", "Case Note", "vfaversham", "Joint visit with ICTG", "standard",
     """
Joint visit with Aderinsola (ICTG) and interpreter Mrs Phùng on 25/2 at the new placement.

Khai much more settled. Key worker Greg says he is eating well, sleeping in a bed now, playing pool with another resident, and has asked for a football. He goes everywhere with staff.

Aderinsola explained her role: she is independent of the council and police, she will help him with the NRM, immigration and the police investigation, and will come to meetings with him. He asked if she could "tell the police I am not a criminal". She will liaise with his solicitor.

He spoke to his mother on the 24th for the first time (supervised, interpreter present). Mother told him the men had come to the house twice asking for money. He cried after the call.

He asked about going to school. Explained college ESOL as the likely route given his age and English.
"""),
    ("age", "2025-03-05", "Assessment", "vfaversham", "Age assessment - outcome", "standard",
     """
Age assessment (short form, two assessors): V Faversham and [[Ambrosine Oyeleke|~african]], with interpreter. Sessions on 26/2 and 3/3 at placement, appropriate adult (key worker) present. ICTG present for session 2.

Reason: police dispute his age (custody view that he "could be 18 or 19").

Information considered: his account (consistent across sessions, including a detailed school history - left school at the end of grade 7 after his father died), observations of placement staff over two weeks, his physical presentation (not relied on alone), the police view, a birth certificate photo his mother sent through the ICTG on 28/2 (not verified).

Outcome (given to him on 3rd March): the LA accepts his claimed age. Date of birth recorded as 14/10/2009. He is 15.

He said "thank you" and asked if that means he can go to school. Copy of outcome letter to ICTG, solicitor and Home Office.
"""),
    ("rg", "2025-03-10", "Case Note", "vfaversham", "NRM reasonable grounds decision", "standard",
     """
Letter from the Single Competent Authority dated {{7 March 2025|event_date}}: POSITIVE reasonable grounds decision - there are reasonable grounds to believe he is a victim of modern slavery (forced criminality / labour exploitation).

Explained to Khai today with interpreter and Aderinsola. He did not really understand what it meant until Aderinsola said "it means they believe you". Next stage is the conclusive grounds decision, which can take many months.

Police informed: DC Carradine says the RG decision will go to the CPS and that no charge is expected against Khai for the cultivation.
"""),
    ("clareview", "2025-03-13", "LAC Review", "vfaversham", "First CLA review - IRO record summary", "standard",
     """
First looked after review, 12/03/2025 at placement. IRO: [[Ruaridh Gallacher|~british]]. Present: Khai, interpreter, SW, key worker, ICTG. Solicitor sent a report.

Legal status: s20. IRO satisfied s20 is right for now: no one with PR in the UK, he agrees to be accommodated, mother informed by phone via interpreter and agrees.

IRO views: "This young man was exploited for months and then re-exploited within days of coming into our care. The move to specialist provision was the right decision and it has kept him safe." IRO asked for the first placement's safety planning to be reviewed as a learning point (second phone not found).

Plan: stay at current placement; asylum claim to be lodged by solicitor; college ESOL place from after Easter; IHA done 4/3 - treatment for scabies and a chest X-ray (cough), clear; dental appointment; supervised calls to mother twice a week.

Next review: within 3 months (June).
"""),
    ("asylum", "2025-04-08", "Legal", "vfaversham", "Email from solicitor re asylum claim", "standard",
     """
Email received, pasted:

From: [[Zinzi Mbatha|~african]], Immigration Solicitor
To: Valentin Faversham
Date: 7 April 2025 16:02
Subject: Dinh - asylum

Dear Valentin,

I confirm that I accompanied Khai to his screening interview at the Home Office on Thursday {{3 April|event_date}}, when his asylum claim was formally registered. He coped well, with breaks. The Home Office have accepted the local authority's age assessment and he is being treated as an unaccompanied asylum-seeking child.

The basis of the claim is his fear of re-trafficking and of the people he owes money to if he is returned to Vietnam. The statement of evidence form is due within 60 days, and I will meet him twice at the placement to prepare it, with the guardian.

Please continue to use the local authority's address for all correspondence.

Kind regards,
Zinzi Mbatha
"""),
    ("college", "2025-04-28", "Education", "vfaversham", "ESOL college place", "standard",
     """
Khai started at {{Castle Fields College|place}} on Tues 22nd April (first day after Easter) - ESOL Entry 1, 3 days a week, 16-18 programme (college accepted him at 15 as he turns 16 in the autumn, via the virtual school). Key worker takes him and collects him each day.

Tutor [[Mrs Ottery|~british]] rang today: "lovely, works really hard, first to arrive". Already moved up a group for speaking. Has made a friend from Eritrea on the course. PEP meeting booked for 15/5 with the virtual school.

Khai told me he wants to be a mechanic.
"""),
    ("police3", "2025-05-16", "Police", "vfaversham", "Police intelligence update", "restricted",
     """
RESTRICTED - police intelligence, not to be shared outside the access list.

DC Carradine rang 15/5. On 13/5 the national unit arrested seven people across three forces, including the man Khai calls anh Tú. A phone download from Khai's second phone has linked the car wash in Castlebridge to the Wicken Street house. The debt was being recorded in a notebook found at the car wash: Khai's name, "25,000" and payments. Contact number used to threaten him: [[07418 552093|PHONE]].

Khai may be asked to give a statement as a witness. Aderinsola and the solicitor to be involved before any approach. Not to be discussed with him until DC and TM agree how.
"""),
    ("supervision", "2025-06-10", "Supervision", "ahollingworth", "Management oversight", "standard",
     """
Supervision with Valentin 10/6/25.

Progress: 3½ months settled at the specialist placement with no missing episodes since February. College going well. Calls to mother twice weekly, mother reports no more visits from the men since the arrests in May. Asylum SEF submitted on the 30th ult. by the solicitor. NRM conclusive grounds still awaited.

Risks: the network is partly disrupted but not gone; Khai still talks about "the money". Remains high risk of re-trafficking if he goes missing. Trafficking risk assessment updated today.

Decisions: stay at current placement until at least the CG decision. Second CLA review 11/6 (IRO aware). Start pathway planning work at 15¾ (Sept). Keep record restricted.
"""),
    ("cg", "2025-09-04", "Case Note", "vfaversham", "NRM conclusive grounds decision", "standard",
     """
Aderinsola rang, then the letter came by email: the Single Competent Authority made a POSITIVE conclusive grounds decision on {{2 September 2025|event_date}} - he is recognised as a victim of modern slavery.

Told Khai this afternoon with interpreter at the placement. He asked "so now I can stay?" Explained it helps his asylum claim but it is a separate decision, which is still with the Home Office. Solicitor will send the CG letter to the Home Office.

He has finished his first term of ESOL and enrolled for Entry 2 from September, 4 days a week. He turns 16 next month - pathway plan to be started.
"""),
]

QUESTIONS = [
    {"q": "how much does he say his family owes", "qtype": "what", "facts": ["£25,000"], "notes": ["firstvisit"], "as": "vfaversham"},
    {"q": "who's the ICTG", "qtype": "who", "facts": ["Aderinsola Tolhurst"], "notes": ["nrm"], "as": "ahollingworth"},
    {"q": "when did he go missing from dilys's", "qtype": "when", "facts": ["2025-02-15"], "notes": ["missing"], "as": "vfaversham"},
    {"q": "was the age assessment in line with what he said his age was?", "qtype": "yes_no", "facts": ["yes"], "notes": ["age"], "as": "ahollingworth"},
    {"q": "when was the RG decision", "qtype": "when", "facts": ["2025-03-07"], "notes": ["rg"], "as": "vfaversham"},
    {"q": "what did the IRO say about the move to the specialist placement", "qtype": "quote",
     "facts": ["it has kept him safe"], "notes": ["clareview"], "as": "ahollingworth"},
    {"q": "how many days a week is he at college now", "qtype": "how_many", "facts": ["4 days a week"], "notes": ["cg"], "as": "vfaversham"},
    {"q": "what does khai want to do as a job", "qtype": "what", "facts": ["mechanic"], "notes": ["college"], "as": "vfaversham"},
    {"q": "has the home office decided his asylum claim yet", "qtype": "yes_no", "facts": ["no"], "notes": ["cg"], "as": "ahollingworth"},
    {"q": "whats his UCI / Home Office ref number", "qtype": "what", "facts": [], "notes": [], "as": "vfaversham"},
    {"q": "has he had contact with his sister", "qtype": "yes_no", "facts": [], "notes": [], "as": "vfaversham"},
]

EVENTS = [
    ("2025-02-11", "police_incident", ["edt", "strat"], "Found by police during a drugs warrant at a cannabis grow on Wicken Street; arrested, then treated as a potential victim of trafficking"),
    ("2025-02-12", "placement_move", ["edt"], "Placed by EDT at 03:30 with emergency foster carer Dilys Kirkbride under police protection"),
    ("2025-02-12", "strategy_discussion", ["strat"], "Strategy discussion: treat as a child, s20 accommodation, NRM referral, ICTG referral, record to be restricted"),
    ("2025-02-11", "contact", ["edt"], "Contact from custody via EDT about a 15-year-old potential victim of trafficking"),
    ("2025-02-13", "referral", ["nrm"], "NRM referral submitted to the Single Competent Authority; ICTG referral accepted the next day"),
    ("2025-02-15", "missing_episode", ["missing", "return"], "Went missing from the emergency placement through a window after a call on a hidden second phone"),
    ("2025-02-18", "missing_episode", ["return"], "Found by police working at a car wash in Castlebridge after about 2½ days missing"),
    ("2025-02-19", "return_home_interview", ["return"], "Return home interview with interpreter: threats to his mother over the debt"),
    ("2025-02-20", "placement_move", ["move", "ictg", "clareview"], "Moved to a specialist residential placement for young people at risk of trafficking"),
    ("2025-03-03", "assessment", ["age"], "Age assessment outcome: claimed age accepted, DOB 14/10/2009"),
    ("2025-03-07", "positive_change", ["rg"], "Positive NRM reasonable grounds decision"),
    ("2025-03-12", "cla_review", ["clareview"], "First CLA review: s20 confirmed, specialist placement to continue"),
    ("2025-04-03", "assessment", ["asylum"], "Asylum claim registered at the Home Office screening interview"),
    ("2025-04-22", "school_move", ["college"], "Started ESOL Entry 1 at Castle Fields College"),
    ("2025-09-02", "positive_change", ["cg"], "Positive NRM conclusive grounds decision: recognised as a victim of modern slavery"),
]
