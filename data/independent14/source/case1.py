"""IN14-0001: a nine-year-old boy whose mother and stepfather come to believe he carries a spirit."""

CASE = {
    "case_id": "IN14-0001",
    "team": "Kemsing Assessment and Intervention",
    "status": "child_in_need",
    "allocated_worker": "mscudamore",
    "child": {
        "person_id": "P01", "given_name": "Glodi", "family_name": "Kapinga", "date_of_birth": "2015-09-18",
        "gender": "male", "ethnicity": "Black African (Congolese)", "religion": "Christian",
        "nhs_number": "414 338 2830", "address": "27 Cockshott Walk, Kemsing, TN15 6RH",
        "school": "Childsbridge Lane Primary", "given_origin": "african", "family_origin": "african",
    },
    "people": [
        {"person_id": "P02", "given_name": "Ngalula", "family_name": "Kapinga", "relationship": "mother",
         "date_of_birth": "1989-04-02", "phone": "07911 274610", "address": "27 Cockshott Walk, Kemsing, TN15 6RH",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P03", "given_name": "Tshimanga", "family_name": "Ilunga", "relationship": "stepfather",
         "date_of_birth": "1984-11-23", "phone": "07452 881930",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P04", "given_name": "Mbombo", "family_name": "Kapinga", "relationship": "maternal grandmother",
         "date_of_birth": "1961-06-30", "phone": "0116 496 0582", "address": "9 Bursom Close, Leicester, LE4 9TQ",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P05", "given_name": "Bienvenu", "family_name": "Lubaki", "relationship": "pastor, Flamme de Sion church",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P06", "given_name": "Odile", "family_name": "Ntumba", "relationship": "DSL, Childsbridge Lane Primary",
         "given_origin": "african", "family_origin": "african"},
    ],
}

ALIASES = {
    "Glodi": "P01", "Ngalula": "P02", "Ms Kapinga": "P02", "NK": "P02",
    "Tshimanga": "P03", "Mr Ilunga": "P03", "ILUNGA": "P03", "Tshim": "P03", "TI": "P03",
    "Mbombo": "P04", "Mrs Kapinga": "P04", "Mama Mbombo": "P04",
    "Pastor Lubaki": "P05", "Lubaki": "P05", "Pastor Bienvenu": "P05",
    "Mrs Ntumba": "P06", "Odile": "P06",
    "Mrs Lubaki": "~african", "Mama Pasteur": "~african",
    "DC Tresidder": "~british", "Tresidder": "~british",
    "Bosoku": "~african", "Mr Bosoku": "~african",
    "Modupeola Ajibewa": "~african", "Modupeola": "~african",
    "Dr Fenwright": "~british",
}

NOTES = [
    ("contact", "2025-02-04", "MASH Contact", "mscudamore", "Contact from school DSL re Glodi", "standard", """
Contact received 10:40 by telephone from Mrs Ntumba (DSL, Childsbridge Lane Primary).

Reason for contact: Class teacher raised concern this morning. Glodi (Y4) has not eaten his school lunch since Thurs last week, he is giving it away or putting it in the bin. When TA asked him why he said he was "fasting to get the bad thing out" and that "mummy and Papa Tshim said I have to". He was seen to be very tired, put his head on the desk during phonics. At PE today the TA noticed a mark to his left upper arm, described as a dark oval bruise approx {{3cm|figure}}, with two smaller marks beside it. Asked how it happened he said "at church, they held me so the thing couldn't run". He would not say more.

School info: attendance 96%, no previous concerns logged apart from a late collection in Nov. Mum ([[Ngalula Kapinga|P02]]) and stepdad ([[Tshimanga Ilunga|P03]]) both described by school as polite, engaged. Family speak Lingala and French at home, Glodi fluent English. Mum's English is ok, stepdad prefers French.

School have not spoken to parents - advised not to at this stage.

Checks: no previous CSC involvement. Police PNC/PND checks requested. GP - [[Dr Fenwright|~british]] at Vale Surgery, to be contacted.

Outcome: passed to duty TM for decision. RAG: red.
"""),
    ("mo1", "2025-02-04", "Management Oversight", "ethrockmorton", "MO - decision on contact", "standard", """
Management oversight - E Throckmorton, TM.

I have read the contact. A 9yo saying he is being made to fast to remove "the bad thing", with an unexplained grip-type bruise which he links to being held at church, raises the possibility of abuse linked to faith or belief (spirit possession / witchcraft). The threshold for a strategy discussion is met. This is to be held tomorrow a.m. with police CAIT, school, health.

Glodi is to go home tonight - school report no immediate fear expressed by him and we have no information that a further church event is planned before tomorrow. SW to check with DSL at 15:00 that he was collected as normal.

Allocated to Millicent Scudamore. Interpreter (Lingala) to be booked for all contact with parents. Do NOT use family members or church members to interpret.
"""),
    ("strat", "2025-02-05", "Strategy Discussion", "mscudamore", "Strategy discussion minutes 05/02/25", "standard", """
STRATEGY DISCUSSION - held via Teams 09:30

Present: E Throckmorton (TM, chair), M Scudamore (SW), [[DC Tresidder|~british]] (Police CAIT), Mrs Ntumba (DSL), [[Harshita Rathmell|~south_asian]] (named nurse safeguarding, for GP/health).

Information shared
Police: no trace for either parent. Church - "Flamme de Sion" meets in rented hall at {{Oak Lane community centre|place}}. Police have one previous intel log (2023) from a neighbour of the hall about loud praying and children heard crying late at night, no further action at the time. Pastor is [[Bienvenu Lubaki|P05]].
Health: Glodi up to date with imms. Weight at school nurse check in Y3 on 50th centile. GP saw mum in Nov 24 following a miscarriage. Stepfather - nothing known.
School: as per contact. Glodi told his teacher again yesterday pm "I'm not allowed to eat until Sunday". Collected by mum yesterday as normal.

Analysis: Possible abuse linked to faith or belief. Risk of emotional harm through being told he is possessed, risk of physical harm (the bruise, any further "deliverance"), neglect through enforced fasting. Unclear how far parents believe this themselves vs. pressure from the church.

Decisions
1. Threshold for s47 enquiries met - joint investigation, police and CSC.
2. Joint visit today with Lingala interpreter. Glodi to be seen at school first.
3. Child protection medical to be arranged.
4. ABE interview to be considered once Glodi has been spoken to.
5. Police to approach the pastor separately - NOT to be warned by us.
6. If parents do not agree a safety plan (no church attendance for Glodi, normal meals, no fasting) a further strategy discussion will be convened to consider police protection / legal advice.

Next review of strategy: on completion of the visit.
"""),
    ("s47visit", "2025-02-05", "S47 Enquiry", "mscudamore", "Joint visit - school and home", "standard", """
Purpose of visit: s47 joint visit with DC Tresidder. Interpreter [[Mr Bosoku|~african]] (Lingala, via phone - in person not available at short notice).

Child seen: Yes, alone at school (with Mrs Ntumba present at his request), 12:15.
Glodi was quiet at first. Asked what the bad thing was he said there is a "ndoki spirit" in him that makes bad things happen to the family - "mummy's baby died and Papa Tshim lost his job and the car crashed, the pastor said it came from me". He said on Friday night (31/01) they went to the church and "prayed all night", he was made to stand in the middle and people put their hands on his head and shouted. Pastor's wife ("Mama Pasteur") held his arm "very very tight" when he tried to go to the toilet. He was sick on the floor. They went home when it was light. He has been told he can only have water and bread in the evening until the spirit is "finished". He said he is hungry "all the time" and he sneaks biscuits at night. Asked if he feels safe at home he said "yes but I don't want to go to church again".

Home visit 15:30: Ms Kapinga and Mr Ilunga both present. Interpreter on speaker. Both confirmed the night of prayer (they call it a deliverance) took place from about 9pm on Fri 31st to around 6am Sat 1st Feb. Mum became tearful, said "we only want to save him". Mr Ilunga said the family has had "too much misfortune since September" and the pastor "saw" that it came through the boy. He denied anyone hurt Glodi and said the bruise is from him "fighting the prayers". Mum said the fast was for 21 days and started on the 27th of Jan. No food in the house was locked away, kitchen well stocked.

Both parents initially refused to stop church attendance. After a long discussion mum agreed Glodi can go to stay with her mother, [[Mbombo Kapinga|P04]], in Leicester "until this is sorted", and signed s20 consent at 17:40 with the interpreter reading it to her in Lingala. Mr Ilunga does not hold PR and did not object. Grandmother spoken to by phone - she was shocked, said "in our family we do not do this to children", will drive down tonight.

Analysis: Glodi's account is detailed and consistent with what he told school. Parents hold a sincere belief that he is possessed. Risk of significant harm if he stays while that belief is unchallenged.
Next steps: placement with MGM tonight (Reg 24 checks), CP medical tomorrow, ABE to be planned by police.
"""),
    ("placement", "2025-02-06", "Placement Start", "mscudamore", "Placement with MGM - Leicester", "standard", """
Glodi left Kemsing with his grandmother at approx 00:30 last night (she arrived 23:10, I stayed until they left). Reg 24 temporary approval given by Head of Service by phone at 22:50. Home in Leicester visited today by Leicester EDT on our behalf - 2 bed flat, Glodi has the second room. Grandmother is a retired nurse, member of a large Catholic parish, says she has no contact with "those small churches". DBS and checks requested.

Glodi ate "two plates of fufu and chicken" last night according to Mama Mbombo, slept until 10am.
Address: [[9 Bursom Close, Leicester, LE4 9TQ|ADDRESS:P04]]. Phone [[0116 496 0582|PHONE:P04]].
School - Glodi will not attend school for the rest of this week, grandmother to look into a temporary place; remote work to be sent by Childsbridge Lane.
"""),
    ("abe", "2025-02-10", "Police", "mscudamore", "ABE interview and CP medical - update from CAIT", "standard", """
Update from DC Tresidder by phone, 11:05.

ABE interview took place Friday just gone (7th) at the Leicester suite, with a Lingala/French interpreter present as a precaution although Glodi chose to speak in English throughout. His account matched what he told us on the 5th. New details: the pastor ([[Pastor Lubaki|P05]]) put "oil" on his forehead and in his mouth, and told him the spirit came from his "real dad's side" (Glodi's birth father is in DRC, no contact). He named the pastor's wife as the one who held his arm. He said two other children were "prayed for" but not all night.

CP medical: same day, [[Dr Gwerful Treloweth|~british]], paediatrician. Bruise left upper arm consistent with a forceful grip, approx 6-10 days old. Weight 25.1kg - has dropped from the 50th to just below the 25th centile. No other injuries. Dr advised the fast alone would account for the weight loss.

Police will invite the pastor and his wife for voluntary interview under caution. Other children - police to liaise with our MASH re. identifying them.
"""),
    ("tel", "2025-02-13", "Telephone Call", "mscudamore", "Telephone log", "standard", """
11/02 14:20 - Ms Kapinga rang (in English). Asked when Glodi is coming home. Said she is not going to church this week. Said "the pastor told us we did right". Advised her not to discuss the police enquiry with the pastor. She said Mr Ilunga is "very angry with the social".

12/02 09:10 - DC Tresidder: Pastor Lubaki interviewed under caution yesterday (11th) with solicitor. He accepted that a prayer "vigil" took place but said it was at the parents' request and that "we do not call children witches, we pray for families". Denied anyone restrained the child. Wife to be interviewed next week. File to go to CPS for advice.

12/02 16:45 - Mama Mbombo. Glodi good, started at St Alphege's RC primary on a temporary basis from tomorrow. He asked her if the spirit would "come back when I go home". She told him there is no spirit. Contact with mum by video call each evening, grandmother supervises. Mr Ilunga has not asked to speak to him.

13/02 10:00 - left msg for Ms Kapinga re. interpreter for the CLA review.
"""),
    ("visitleic", "2025-02-20", "CLA Visit", "mscudamore", "Statutory visit - Leicester", "standard", """
Purpose of visit: CLA statutory visit, within 1st week requirement already met by EDT/phone; this is the first full visit by allocated SW.
Child seen: Yes, alone, in his bedroom and then walking to the park.

Glodi presented as brighter, chatting about his new school ("they have a real chicken in the garden"). He showed me the bedroom, he has put up a drawing of his baby brother "who died in mummy's tummy". Asked what he thinks about the bad thing now, he said "Nan says it's not real, the pastor says it's real, I don't know who is telling lies". He wants to go home "but not to church". He said he misses mum's cooking and his PlayStation. No marks seen.

Grandmother: managing well, tired. Worried about money - I will look into a connected carer allowance. She has spoken to mum who is "starting to question" but is frightened of being judged by the church community.

Analysis: Glodi is safe and well in this placement. He remains confused and partly holds the belief he was harmful to his family - this will need direct work.
Next steps: CLA review 06/03; referral to faith-literacy service (Safe Faith Network); direct work on "worries" book.
"""),
    ("legal", "2025-02-27", "Legal", "mscudamore", "Email from legal services", "standard", """
From: Legal Services (Children)
To: M Scudamore; E Throckmorton
Sent: 26 February 2025 16:02
Subject: RE: Legal gateway - [[Glodi KAPINGA|P01]]

Millicent,

Thanks for presenting at gateway yesterday. Having considered the s47 findings my advice is that the threshold under s31 is arguably met (emotional harm and physical harm arising from the beliefs of the carers), but that proceedings are not necessary at this point: mother is co-operating, the s20 arrangement is working and there is a clear route to a protection plan. I would not recommend PLO at this stage.

Please ensure the s20 consent is revisited with mother with an interpreter so that she understands she can withdraw it. If she withdraws consent and insists on Glodi's return before a plan is in place, contact me the same day.

An ICPC should go ahead as planned. If the parents continue to hold the belief and attend the same church by the time of the first review conference, please come back to gateway.

Kind regards
Legal Services
"""),
    ("cla", "2025-03-06", "CLA Review", "mscudamore", "First CLA review - IRO record", "standard", """
Looked After Review (first) - chaired by IRO. Held at grandmother's flat in Leicester, mum attended virtually with interpreter. Mr Ilunga invited, did not attend.

Glodi's views (spoke to IRO before the meeting): wants to go home, wants to keep going to the RC school "because of the chicken", does not want to go to "Flamme church" again.

Health: IHA completed 03/03. Weight now 26.4kg.
Education: at St Alphege's on temporary roll. PEP held 28/02.
Contact: nightly video calls with mum. Mum visited in person once (Sun 2nd), supervised by grandmother, went well.

IRO recommendations: 1) plan for rehabilitation home to be considered at ICPC on 13/03; 2) Safe Faith Network work with both parents to start before he returns; 3) Glodi's views on church to be respected.
"""),
    ("icpc", "2025-03-13", "ICPC", "mscudamore", "Initial Child Protection Conference", "standard", """
Initial child protection conference - 13.3.25, Kemsing civic offices, 10:00.
Chair: independent conference chair. Interpreter: Lingala, in person.
Attendees: Ms Kapinga, Mr Ilunga (arr. 10:25), MGM, SW, TM, DSL, DC Tresidder, school nurse.

Summary of concerns: as per s47 report. Police update - CPS advice awaited re. pastor and his wife.

Parents' views: Ms Kapinga accepted that Glodi was harmed "by the hunger and by fear". She said she has not been to Flamme de Sion since the 9th Feb. Mr Ilunga said he "loves the boy" but "nobody here understands our culture", he still believes "something spiritual" was behind their problems. Agreed he would not take Glodi to any church or prayer meeting.

Decision: Glodi to be subject to a child protection plan under the category of EMOTIONAL ABUSE. Unanimous.
Plan (outline): Glodi to return home on Sat 15th March, s20 to end on his return; no fasting; no attendance at Flamme de Sion; Safe Faith Network sessions with parents (min. 6); weekly SW visits for first month; school to monitor weight fortnightly; grandmother to have him for half-term.
First core group: 27/03. RCPC within 3 months.
"""),
    ("home1", "2025-03-17", "Home Visit", "mscudamore", "HV after return home", "standard", """
Unannounced HV, 16:00. Glodi returned home Saturday, brought by grandmother, who stayed the weekend. Placement/s20 ended 15/03 on his return. Grandmother went back to Leicester this morning.

Glodi seen alone in his room. Said "it's nice but Papa Tshim is quiet". He had eaten rice and beans after school, mum showed me the fridge. Back at Childsbridge Lane from today - Mrs Ntumba says he ran into class.

Mr Ilunga was home, polite, said little. Mum said they are now attending a big Pentecostal church in Maidstone on Sundays where "there is no deliverance for children". I asked if the pastor from Flamme de Sion had been in touch - mum said he texted her twice asking her to come back; she did not reply.
"""),
    ("restricted1", "2025-04-03", "Case Note", "mscudamore", "Mother's disclosure - restricted", "restricted", """
Ms Kapinga asked to speak to me alone at the Family Hub today. She disclosed that Mr Ilunga's leave to remain depends on an application in which she is named, and that he has told her if the social "take Glodi" he will "lose everything". She said she is not afraid of him physically and has never been hit, but that he "goes silent for days". She asked that this is not shared with him.
Contact number she wants used for her only: [[07384 519027|PHONE:P02]].
Discussed with TM - no immediate safeguarding action; recorded as restricted. DA screening questions asked, no disclosures of physical or sexual violence. To be explored further in supervision.
"""),
    ("faith", "2025-04-24", "Case Note", "mscudamore", "Safe Faith Network - progress update", "standard", """
Telephone update from [[Modupeola Ajibewa|~african]], faith-literacy worker, Safe Faith Network.

Sessions held 27/3, 3/4, 10/4 and 17/4 at the Family Hub (4 of 6). Sessions use scripture with both parents about how misfortune is understood, and about children's rights and UK law. Modupeola is herself a member of a Pentecostal church, which mum found reassuring.

Modupeola's view: Mum "has moved a long way" - at the last session she said "a child cannot carry the sin of the house, I was wrong". Mr Ilunga attended only the first two sessions. He told Modupeola at the second session that "the pastor was right about the spirit, but wrong to hurt him". He has not come since and was away "at his brother's" on the 10th.

Also: Mum told Modupeola that Mr Ilunga moved out to his brother's flat in Gravesend on Easter weekend (after an argument about the church). I spoke to mum afterwards - she confirmed he left on Easter Saturday and is not planning to come back for now. He has asked to see Glodi at weekends. Agreed: contact in the community, mum present, not at any church.
"""),
    ("police2", "2025-05-15", "Police Notification", "mscudamore", "Police - outcome of investigation", "standard", """
Email from DC Tresidder received 14/05, copied here:

"CPS have reviewed the file. Decision - no further action against [[Bienvenu LUBAKI|P05]] or his wife. Evidential test not met for assault (no independent witness to the restraint; the child's account is credible but the identification of who held him is disputed). Both have been given words of advice. The church's charity registration has been referred to the Charity Commission and the LADO has been informed as Mrs Lubaki volunteers at a holiday club. The two other children identified have been seen by your MASH and no further concerns arose. I will be closing our part of the s47."

Shared with mum by phone with interpreter, 14/05 17:00. She said she was "not surprised". Glodi not told the detail - mum will tell him the police "finished".
"""),
    ("rcpc", "2025-06-12", "RCPC", "mscudamore", "Review child protection conference", "standard", """
Review CP conference - 12 June 2025. Same chair. Mum attended with interpreter; Mr Ilunga sent apologies by text.

Progress: Glodi weight 27.9kg (back to 50th centile). Attendance 98% since return. School say he is "a different boy", joined football club. Safe Faith Network work completed 22/05 - mum attended all 6 sessions, Mr Ilunga 2. Mr Ilunga remains living in Gravesend; Glodi sees him on Saturdays at the park with mum, he says the visits are "ok but boring".
Glodi's views (via his worries book): "I am not a bad thing. Nan and mummy say so."

Decision: Glodi no longer needs to be subject to a CP plan. Plan ends today. Case to continue as child in need for at least 3 months. Conference noted concern that Mr Ilunga has not shifted his beliefs and may return to the household - CIN plan to cover this.
"""),
    ("cinrev", "2025-07-24", "CIN Review", "mscudamore", "CIN review 1", "standard", """
CIN review - at home, 24/07/25. Mum, Glodi (for part), SW, DSL. Grandmother joined by phone.

Glodi seen alone in the garden before the meeting. He said summer plans are "going to Nan's in Leicester for 2 weeks". He said he doesn't think about the spirit "much now".
Mr Ilunga: still living at his brother's. Mum said they are "taking a break", no plan for him to return before Christmas. Should this change she has agreed to tell SW before he moves back in.
Church: family attending the Maidstone church. No contact from Flamme de Sion since April.

Outcome: CIN plan to continue to October. If no new concerns at the Oct review, step down to Early Help (school family worker) and close.
"""),
]

QUESTIONS = [
    {"q": "why did glodi say he wasnt eating his lunch", "qtype": "quote",
     "facts": ["fasting to get the bad thing out"], "notes": ["contact"], "as": "mscudamore"},
    {"q": "When was the all night deliverance thing at the church?", "qtype": "when",
     "facts": ["2025-01-31"], "notes": ["s47visit"], "as": "ethrockmorton"},
    {"q": "who held his arm at church", "qtype": "who",
     "facts": ["pastor's wife"], "notes": ["abe", "s47visit"], "as": "mscudamore"},
    {"q": "what category was the CP plan under", "qtype": "what",
     "facts": ["emotional abuse"], "notes": ["icpc"], "as": "ethrockmorton"},
    {"q": "how many faith literacy sessions did mum go to in the end?", "qtype": "how_many",
     "facts": ["6"], "notes": ["rcpc"], "as": "mscudamore"},
    {"q": "Is the stepdad still living at home?", "qtype": "yes_no",
     "facts": ["no"], "notes": ["cinrev"], "as": "ethrockmorton"},
    {"q": "what did the CPS decide about the pastor", "qtype": "what",
     "facts": ["no further action"], "notes": ["police2"], "as": "mscudamore"},
    {"q": "what did the paed say the bruise was consistent with", "qtype": "what",
     "facts": ["forceful grip"], "notes": ["abe"], "as": "mscudamore"},
    {"q": "when did he go back home from nan's", "qtype": "when",
     "facts": ["2025-03-15"], "notes": ["home1"], "as": "ethrockmorton"},
    {"q": "has glodi's birth father been told about the s47?", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "mscudamore"},
    {"q": "what did the school nurse say at the first core group", "qtype": "what",
     "facts": [], "notes": [], "as": "ethrockmorton"},
]

EVENTS = [
    ("2025-01-31", "police_incident", ["s47visit", "abe"], "All-night 'deliverance' at Flamme de Sion church; Glodi restrained by the arm, made to stand while people shouted"),
    ("2025-02-04", "contact", ["contact"], "School DSL contact: Glodi fasting 'to get the bad thing out', grip-type bruise to left arm"),
    ("2025-02-05", "strategy_discussion", ["strat"], "Strategy discussion: joint s47 with police CAIT agreed"),
    ("2025-02-05", "section_47", ["s47visit"], "Joint s47 visit with Lingala interpreter; Glodi seen alone at school; parents confirm deliverance and 21-day fast"),
    ("2025-02-05", "placement_move", ["s47visit", "placement"], "Mother signs s20 consent; Glodi goes to maternal grandmother in Leicester overnight"),
    ("2025-02-07", "section_47", ["abe"], "ABE interview with interpreter available; Glodi names the pastor's wife and describes oil and the spirit from his father's side"),
    ("2025-02-07", "health", ["abe"], "Child protection medical: bruise consistent with forceful grip; weight dropped below 25th centile"),
    ("2025-02-11", "police_incident", ["tel"], "Pastor Lubaki interviewed under caution; accepts vigil, denies restraint"),
    ("2025-02-13", "school_move", ["tel"], "Glodi starts at St Alphege's RC primary in Leicester on a temporary basis"),
    ("2025-03-06", "cla_review", ["cla"], "First looked after review; rehabilitation home to be considered at ICPC"),
    ("2025-03-13", "icpc", ["icpc"], "ICPC: child protection plan, category emotional abuse"),
    ("2025-03-15", "placement_move", ["home1"], "Glodi returns home to mother; s20 ends"),
    ("2025-04-19", "household_change", ["faith"], "Stepfather Mr Ilunga moves out to his brother's flat in Gravesend after an argument about the church"),
    ("2025-05-14", "police_incident", ["police2"], "CPS decides no further action against the pastor and his wife; words of advice, LADO and Charity Commission informed"),
    ("2025-05-22", "positive_change", ["rcpc"], "Safe Faith Network work completed; mother attended all six sessions"),
    ("2025-06-12", "rcpc", ["rcpc"], "Review conference ends the CP plan; case stepped down to child in need"),
    ("2025-07-24", "cin_review", ["cinrev"], "First CIN review; plan to continue to October then step down to Early Help"),
]
