"""IN7-0001: a nine-year-old girl at risk of FGM before a summer trip "home" (author A)."""

CASE = {
    "case_id": "IN7-0001",
    "team": "Kingsmere Child Protection",
    "status": "child_in_need",
    "allocated_worker": "mdrouhard",
    "child": {
        "person_id": "P01", "given_name": "Isatu", "family_name": "Mansaray", "date_of_birth": "2016-02-11",
        "gender": "female", "ethnicity": "Black African (Sierra Leonean)", "religion": "Muslim",
        "nhs_number": "426 018 1599", "address": "27 Tanner's Row, Kingsmere KM4 7RB",
        "school": "Ashgrove Primary", "given_origin": "african", "family_origin": "african",
    },
    "people": [
        {"person_id": "P02", "given_name": "Fatmata", "family_name": "Mansaray", "relationship": "mother",
         "date_of_birth": "1984-09-30", "phone": "07457 418902", "address": "27 Tanner's Row, Kingsmere KM4 7RB",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P03", "given_name": "Alimamy", "family_name": "Mansaray", "relationship": "father",
         "date_of_birth": "1979-04-02", "phone": "07384 261905", "address": "27 Tanner's Row, Kingsmere KM4 7RB",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P04", "given_name": "Kadiatu", "family_name": "Mansaray", "relationship": "sister (adult)",
         "date_of_birth": "2005-12-19", "given_origin": "african", "family_origin": "african"},
        {"person_id": "P05", "given_name": "Sorie", "family_name": "Mansaray", "relationship": "brother",
         "date_of_birth": "2021-06-08", "given_origin": "african", "family_origin": "african"},
        {"person_id": "P06", "given_name": "Yabom", "family_name": "Turay", "relationship": "paternal grandmother (lives in Sierra Leone)",
         "given_origin": "african", "family_origin": "african"},
    ],
}

ALIASES = {
    "Isatu": "P01", "ISATU": "P01", "Isatu MANSARAY": "P01", "Isatu Mansaray": "P01", "Isa": "P01",
    "Fatmata": "P02", "Fatmata MANSARAY": "P02", "Fatmata Mansaray": "P02",
    "Alimamy": "P03", "Alimamy MANSARAY": "P03", "Alimamy Mansaray": "P03",
    "Kadiatu": "P04", "Kadi": "P04", "Kadiatu Mansaray": "P04",
    "Sorie": "P05",
    "Yabom": "P06", "Yabom Turay": "P06",
    "Caoilfhionn Geoghegan": "~irish", "Geoghegan": "~irish",
    "Henrietta Tilley": "~british", "Tilley": "~british",
    "Aird": "~british", "Jocasta Halloway": "~british", "Halloway": "~british",
    "Tahmina Bhatti": "~south_asian", "Abu Tarawally": "~african", "Tarawally": "~african",
    "Vaidehi Ramalingam": "~south_asian", "Ramalingam": "~south_asian", "Ghufran Bakr": "~arabic",
    "Pendlebury": "~british", "Ezeilo": "~african",
}

NOTES = [
    ("contact", "2025-07-03", "MASH Contact", "tkearsley", "Contact from school - possible FGM risk", "standard", """
Contact rec'd 10:40 from Caoilfhionn Geoghegan (DSL, {{Ashgrove Primary|place}}), with school nurse Henrietta Tilley on speaker.

Child: Isatu MANSARAY, Y4, DOB [[11/02/2016|DOB:P01]]. Address [[27 Tanner's Row|ADDRESS:P01]], {{Kingsmere|place}} [[KM4 7RB|POSTCODE:P01]].

Concern: on Tues 1st class teacher Mr Aird overheard Isatu telling two friends she is going "home" to {{Freetown|place}} for the whole summer and there will be "a special party just for me and the ladies" and afterwards she will be "a proper woman like Kadi". Kadi is her older sister (19). School nurse saw Isatu yesterday (2nd) for a drop in re headaches and asked about the trip in a general way. Isatu said grandma has bought her a white lappa and she is not allowed to tell her friends what happens because "it's a secret for big girls". Isatu then got upset and asked if she was in trouble.

Mum has asked school for the last 2 weeks of term off (term ends 22nd) - request refused by head, letter sent. Family has not travelled abroad in school time before. Attendance 96%.

School have not spoken to parents about the concern (advised correctly by nurse not to).

Outcome: passed to MASH manager, urgent. RAG red. Health and police checks requested today. Mandatory reporting duty does not apply (no FGM known to have been carried out on Isatu) - this is a risk case.
"""),
    ("mash", "2025-07-03", "MASH Enquiry", "tkearsley", "MASH checks - health and police", "standard", """
Health (MASH nurse, 14:15): GP practice is {{Larchfield Surgery|place}}. No concerns on Isatu's GP record - imms up to date, no FGM entry. HOWEVER sister Kadiatu MANSARAY is on the FGM Enhanced Dataset: when she gave birth to her son in {{November 2024|event_date}} at {{Kingsmere General|place}} the midwife recorded FGM Type 1, said by Kadiatu to have been done in Sierra Leone "when I was about seven" (approx 2012, before family came to UK). Midwife made an FGM information sharing entry and discussed the law with Kadiatu at the time; no referral to CSC was made then because no girl in the household was identified as at risk - this should have been picked up (raised with named nurse for safeguarding).

Police: no trace of either parent on PNC. One domestic call 2019, words only, NFA. Police aware of nothing re travel.

Previous CSC involvement: none. Family known to HV only (Sorie, 4).

MASH manager decision: threshold met for strategy discussion, to be held tomorrow am. Transferred to CP team, allocated to MD.
"""),
    ("strat1", "2025-07-04", "Strategy Discussion", "mdrouhard", "Strategy discussion minutes", "standard", """
STRATEGY DISCUSSION - Isatu MANSARAY
Date: 04/07/25 09:30, Teams
Chair: OS (TM)
Present: MD (SW), DC Jocasta Halloway (CAIT), Caoilfhionn Geoghegan (DSL), Henrietta Tilley (school nurse), Dr Tahmina Bhatti (named GP safeguarding lead), TK (MASH SW).

Information shared: as per contact and MASH checks. DC Halloway confirmed flights are booked: the family have tickets for 24th July outbound, return 28th August, mother, Isatu and Sorie. Father not on the booking.

Analysis: strong indicators - older sibling with FGM done in country of origin, a long trip at the start of the summer holidays, a "special" ceremony described as secret, talk of becoming a woman. Isatu is 9 which is within the age range where FGM is commonly performed in the family's community. No indication yet that parents support FGM - not known.

Decisions:
1. Threshold for s47 met - single agency CSC led with police involvement (joint visit not needed at this point).
2. SW and DC to visit parents with a Krio interpreter early next week. Isatu to be seen alone at school first if possible.
3. Legal gateway advice to be sought re FGM Protection Order - do NOT wait for the end of the s47 if the travel date gets close.
4. Nothing to be said to the family about the school nurse conversation until the visit.
5. Review strategy discussion to be held before 24th.
"""),
    ("s47visit", "2025-07-07", "S47", "mdrouhard", "S47 home visit with interpreter", "standard", """
Visit to home with DC Halloway. Interpreter Mr Abu Tarawally (Krio) in person - mum asked for Krio although her English is good, she said she wanted to be sure she understood.

Present: mum (Fatmata), Sorie (4), Kadiatu and her baby. Dad at work - mum rang him, he said he would call me.

Explained the reason for the visit: school had heard Isatu talk about a ceremony during the trip and we knew from health records that Kadiatu had been cut as a child. Mum was very shocked and cried. She first said the trip was for her sister's wedding in {{Freetown|place}}. Later in the visit she said it was for grandma (dad's mum, Yabom) who is unwell and "wants to see the children before she dies". When I asked about the two reasons she said both were true.

Mum said she was cut herself as a girl and it "spoiled my life", she had problems with both births. She said she would never allow it for Isatu. She said Kadiatu was done by the grandmothers "when I was not there" - she was working in {{Bo|place}} at the time and found out afterwards.

Asked who would look after Isatu during the trip: mum said she would be with her "all the time". Said grandma Yabom "has the old ideas" but "she cannot do anything without me". Mum denied that any ceremony had been planned. She could not explain the white lappa: she said it is a present.

Kadiatu spoke to me briefly in the kitchen. She said "I don't want what happened to me to happen to Isa" and that nobody had asked her about it before. She would not say more in front of mum.

Plan: explained FGMPO as a possible step. Mum asked if the police would take the children - explained no.
"""),
    ("seen", "2025-07-08", "Child Seen Alone", "mdrouhard", "Isatu seen at school", "standard", """
Seen at school in the nurture room, with Ms Tilley present at Isatu's request for the first 5 mins then alone.

Used a drawing of the plane and "who will I see" circles. Isatu drew grandma, her aunties, her cousins and "the lady with the razor" - I did not introduce that word. When I asked who that lady is, she said "she does the cutting for the girls so they are clean, but it doesn't hurt for long". She said her cousin told her on a video call. She said mummy says "no cutting" but grandma says it is "our way".

Isatu said she is excited about the trip because of the beach and her cousins. She is worried she will be "naughty" if she says no to grandma.

No marks / no concerns re her physical presentation, eating lunch well, friendships good.

Told Isatu that some people in her family might do things to girls' bodies that are not allowed in England because they hurt, and that it is grown-ups' job to keep her safe. She asked if mummy will be cross. Gave her the school nurse as her safe person.
"""),
    ("dadcall", "2025-07-09", "Telephone Call", "mdrouhard", "Phone call - father", "standard", """
15:02 call from Mr [[Mansaray|P03]] (father) on [[07384 261905|PHONE:P03]]. In English, declined an interpreter.

He was angry that police came to the house "like we are criminals". He said he is a practising Muslim and FGM is "not in our religion, it is culture and we are educated people". He said the trip is only to see his mother who has had a stroke, and there is no wedding (different to what mum said on 7th). He had not been going because of work.

When I shared that Isatu described the lady who does the cutting he went quiet then said "my mother is old, she talks". He agreed that his mother "would want it done". He said he cannot stop his mother but his wife would.

15:24 call ended. He agreed to attend a meeting at the office on Friday.

15:40 rang DC Halloway - updated. She is of the view we need the order in place before 24th.
"""),
    ("fgmclinic", "2025-07-10", "Health", "mdrouhard", "Specialist FGM service consultation", "standard", """
Consultation with Dr Vaidehi Ramalingam, consultant, {{Kingsmere Women's Wellbeing Clinic|place}} (the specialist FGM service).

Advice: no clinical need to examine Isatu - no suggestion she has been cut, and an examination would be unnecessary and distressing. A baseline examination is not routine for a child at risk. If there is any later concern on return from abroad, she should be seen at the paediatric FGM clinic within 72 hrs.

Dr Ramalingam confirmed Kadiatu is now linked with the clinic (Type 1, no deinfibulation needed). Kadiatu has said to the midwife team she is willing to help keep her sister safe.

The clinic offers sessions for mothers - mum offered a place, will be invited to the next one.
"""),
    ("legal", "2025-07-11", "Legal", "mdrouhard", "Legal advice - FGMPO (email from legal services)", "standard", """
Email received from Ghufran Bakr, solicitor, legal services, 11/07/2025 12:17:

"MD - thanks for the chronology and statement. My advice is that the evidence supports an application for an FGM Protection Order under Sch 2 FGMA 2003. Given the travel date of 24 July and father's comments, I recommend we apply without notice. The order should prohibit Isatu being taken out of England and Wales and require surrender of all passports held for her (British and Sierra Leonean) to Kingsmere police within 24 hrs of service. Hearing listed Tues 15 July at 10am at Kingsmere Family Court. Please file the statement by 4pm Mon."

Office meeting with dad 10:00 today did not happen - he rang at 09:50 to say he was stuck at work. Rebooked for next week. Mum attended alone with interpreter. She said she would give the passports if asked and would not travel if it meant "court for my family".
"""),
    ("court1", "2025-07-15", "Court Hearing", "mdrouhard", "Court - FGMPO without notice", "standard", """
Attended {{Kingsmere Family Court|place}} with Ghufran Bakr. Before DJ Pendlebury. Without notice.

FGM Protection Order granted today. Terms:
- Isatu not to be taken out of England and Wales by anyone
- passports (British and Sierra Leonean) to be surrendered to the police within 24 hours of service
- no one to arrange, aid or carry out FGM on Isatu
- order to last until her 16th birthday, 11/02/2032
Return hearing (on notice) 29 July.

Order served personally on mum and dad at home at 17:10 by DC Halloway and me. Dad read it and said "fine, keep them". Mum was relieved, I think - she said "now my mother-in-law cannot blame me".
"""),
    ("strat2", "2025-07-18", "Strategy Meeting", "mdrouhard", "Review strategy discussion", "standard", """
Review strategy 18.7.25, same agencies + Dr Ramalingam.

Update: both passports handed in at Kingsmere police station on Weds (16th) by father. DC Halloway has them and has flagged with the Border Force. Flights: mum and Sorie still intend to go on 24th; Isatu will stay in the UK with dad and Kadiatu.

Discussion re ICPC: Isatu remains at some risk from extended family, but the risk of her being taken abroad is now managed by the order, both parents have agreed to it, and mum is clearly opposed to FGM. Police agree. School agree.

DECISION: s47 concluded - concerns substantiated (risk of significant harm) but an ICPC will NOT be convened. Case to continue as child in need, CIN plan to start now, review in September. If the order is breached or the family try to travel, a further strategy discussion will be held the same day.
"""),
    ("mo", "2025-07-21", "Management Oversight", "oszabados", "Management oversight", "standard", """
MO - reviewed file.

Agree with decision not to go to ICPC; a CIN plan with an FGMPO around it is proportionate. Good, quick work to get the order before the travel date.

Actions:
- SW to visit during the summer at least 3 times while mum is away, and see Isatu alone at least once (by 15/8)
- Talk to dad again about his mother's views - we still don't know what he thinks himself
- Ensure school know about the order before September
- Kadiatu to be offered her own support (she is an adult; consider a referral to the FGM survivors group)
"""),
    ("hv1", "2025-07-25", "Home Visit", "mdrouhard", "Home visit - after mum's departure", "standard", """
Announced. Dad, Isatu and Kadiatu at home. Mum and Sorie flew to Freetown yesterday morning - dad showed me the boarding pass photo.

Isatu seen alone in her room. She said she was sad not to go but "Daddy says next time when I am older". She knows grandma is not coming here. She showed me her reading book.

Spoke to dad for a long time. He said for the first time that he does not want FGM for his daughter: "I saw what it did to Kadi, she was sick for a long time". He said his mother has phoned every day since the court, and he has told her "the English court has the passport, there is nothing I can do". He felt the order helped him with his family.

Dad has taken 3 weeks' leave. Isatu is going to the holiday club at the leisure centre 3 days a week.
"""),
    ("court2", "2025-07-30", "Court", "mdrouhard", "Return hearing outcome", "standard", """
Return hearing was yesterday (29th), DJ Pendlebury. Father attended, no legal representation; mother abroad, the court was told of this. Father did not oppose the order. The FGMPO was continued on the same terms until 11/02/2032. Passports to remain with the police.

Dad asked whether the family could ever travel together again - Judge said they could apply to vary the order in future with evidence.
"""),
    ("hv2", "2025-08-14", "Home Visit", "tkearsley", "Summer visit (cover for MD)", "standard", """
Covering for MD (on leave). Unannounced. Dad and Isatu at home, Kadiatu at work.

Isatu seen alone in the garden. Happy, chatty, talked about the holiday club and a trip to the seaside with dad. Said she speaks to mummy on WhatsApp. No worries shared.

Home clean, food in. Nothing new to report. Dad said mum is back at the end of the month.
"""),
    ("hv3", "2025-09-01", "Home Visit", "mdrouhard", "Visit after mother's return", "standard", """
mum and Sorie came back on the 27th of last month as planned. Both well.

Seen mum alone with the interpreter (Mr Tarawally). Mum said grandma Yabom and two aunties had "arranged the women" for Isatu to be cut and were angry when she arrived without her. She said she was glad the court had the passport because "they could not make me the bad one". She said her own mother-in-law now "will not talk to me". She says she feels the pressure is over for now but may come again if Isatu visits when older.

Isatu seen alone - pleased mum is home, excited about Y5 and her new teacher. She repeated that the cutting is "not allowed in England and not allowed for me" - she said daddy told her.

Mum agreed to attend the mothers' group at the FGM clinic (first session 18th Sept).
"""),
    ("school", "2025-09-10", "School Contact", "mdrouhard", "School update - start of Y5", "standard", """
Call with Ms Geoghegan (DSL). Isatu started Y5 on 3rd with Mrs Ezeilo. Settled. Attendance 100% so far. School nurse has seen her once, nothing of concern. School aware of the FGMPO and have it on CPOMS; they know to call police if anyone other than mum, dad or Kadiatu tries to collect her in an unusual way.
"""),
    ("cinrev", "2025-09-16", "CIN Review", "mdrouhard", "CIN review 1", "standard", """
CIN REVIEW - first review
Present: mum, dad, Kadiatu, SW, Ms Geoghegan, Ms Tilley, interpreter.

Progress: FGMPO in place to 2032. Mum has not taken Isatu abroad. Dad has been open with the family abroad that the court has decided. Both parents clear they do not want FGM for Isatu. Kadiatu has joined a survivors' group and says it has helped.

Isatu's views (seen by SW on 11th): "I want everyone to stop being sad about the court. I am staying here."

Outcome: CIN plan to continue for one more review (December), then likely closure with the order as the main protective factor. Mum to complete mothers' group. School to keep the nurse's drop-ins going.
"""),
]

QUESTIONS = [
    {"q": "when was the strat for isatu", "qtype": "when", "facts": ["2025-07-04"], "notes": ["strat1"], "as": "mdrouhard"},
    {"q": "who is the DSL at her school?", "qtype": "who", "facts": ["Geoghegan"], "notes": ["contact", "school"], "as": "mdrouhard"},
    {"q": "what did isatu say about the lady at grandmas", "qtype": "quote", "facts": ["she does the cutting for the girls so they are clean"], "notes": ["seen"], "as": "mdrouhard"},
    {"q": "When was the FGMPO made", "qtype": "when", "facts": ["2025-07-15"], "notes": ["court1"], "as": "oszabados"},
    {"q": "when does the fgm protection order run out", "qtype": "when", "facts": ["2032-02-11"], "notes": ["court1", "court2"], "as": "oszabados"},
    {"q": "did Isatu go to Sierra Leone in the end", "qtype": "yes_no", "facts": ["no"], "notes": ["strat2", "hv1"], "as": "mdrouhard"},
    {"q": "when did the passports get handed in", "qtype": "when", "facts": ["2025-07-16"], "notes": ["strat2"], "as": "mdrouhard"},
    {"q": "Was an ICPC held?", "qtype": "yes_no", "facts": ["no"], "notes": ["strat2"], "as": "oszabados"},
    {"q": "what did dad say the trip was for", "qtype": "what", "facts": ["stroke"], "notes": ["dadcall"], "as": "mdrouhard"},
    {"q": "how many days a week is she at holiday club", "qtype": "how_many", "facts": ["3"], "notes": ["hv1"], "as": "mdrouhard"},
    {"q": "has isatu been booked in with the paediatric FGM clinic for an exam after the summer?", "qtype": "yes_no", "facts": [], "notes": [], "as": "mdrouhard"},
    {"q": "what's mum's sister's name - the one with the wedding", "qtype": "who", "facts": [], "notes": [], "as": "oszabados"},
]

EVENTS = [
    ("2025-07-03", "contact", ["contact"], "School DSL and school nurse report Isatu's talk of a secret ceremony on a summer trip to Sierra Leone"),
    ("2025-07-04", "strategy_discussion", ["strat1"], "Strategy discussion with police, school and health; s47 enquiry agreed, legal advice on FGMPO"),
    ("2025-07-07", "section_47", ["s47visit"], "S47 visit with Krio interpreter; mother gives shifting accounts of the trip and opposes FGM"),
    ("2025-07-08", "section_47", ["seen"], "Isatu seen alone at school; describes 'the lady' who cuts girls"),
    ("2025-07-15", "court", ["court1"], "FGM Protection Order made without notice; passports to be surrendered; order to 11/02/2032"),
    ("2025-07-16", "court", ["strat2"], "Father surrenders Isatu's British and Sierra Leonean passports to police"),
    ("2025-07-18", "strategy_discussion", ["strat2"], "Review strategy discussion: s47 concluded, decision not to convene an ICPC; CIN plan"),
    ("2025-07-24", "household_change", ["hv1"], "Mother and Sorie travel to Sierra Leone; Isatu stays in the UK with father"),
    ("2025-07-29", "court", ["court2"], "Return hearing: FGMPO continued unopposed to 11/02/2032"),
    ("2025-08-27", "household_change", ["hv3"], "Mother and Sorie return; mother says extended family had arranged for Isatu to be cut"),
    ("2025-09-16", "cin_review", ["cinrev"], "First CIN review: plan continues to December, both parents oppose FGM"),
]
