"""IN5-0005: RESTRICTED (mother employed by the council as a social worker). 7-month-old with an unexplained fracture."""

CASE = {
    "case_id": "IN5-0005",
    "team": "West Assessment",
    "status": "child_protection",
    "restricted": True,
    "access_list": ["rkowalczuk", "lazikiwe"],
    "allocated_worker": "rkowalczuk",
    "child": {
        "person_id": "P01", "given_name": "Alicja", "family_name": "Wieczorek", "date_of_birth": "2025-06-09",
        "gender": "female", "ethnicity": "Mixed - White and Asian", "religion": "Sikh / Catholic", "nhs_number": "157 368 1938",
        "address": "Flat 3, 18 Osgood Terrace, Shirehampton, BS11 0PQ",
        "given_origin": "eastern_european", "family_origin": "eastern_european",
    },
    "people": [
        {"person_id": "P02", "given_name": "Jasleen", "family_name": "Sehgal", "relationship": "mother",
         "date_of_birth": "1993-10-02", "phone": "07957 318204", "address": "Flat 3, 18 Osgood Terrace, Shirehampton, BS11 0PQ",
         "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P03", "given_name": "Bartosz", "family_name": "Wieczorek", "relationship": "father",
         "date_of_birth": "1990-04-27", "phone": "07415 662917", "address": "Flat 3, 18 Osgood Terrace, Shirehampton, BS11 0PQ",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Kuldip", "family_name": "Sehgal", "relationship": "maternal grandmother",
         "date_of_birth": "1964-07-15", "phone": "07783 240561", "address": "41 Thurlow Close, Sea Mills, BS9 2HN",
         "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P05", "given_name": "Tejinder", "family_name": "Sehgal", "relationship": "maternal grandfather",
         "date_of_birth": "1961-12-03", "address": "41 Thurlow Close, Sea Mills, BS9 2HN",
         "given_origin": "south_asian", "family_origin": "south_asian"},
    ],
}

ALIASES = {
    "Alicja WIECZOREK": "P01", "Alicja": "P01", "WIECZOREK": "P01", "AW": "P01",
    "Jasleen": "P02", "Ms Sehgal": "P02", "JS": "P02",
    "Bartosz": "P03", "Bartek": "P03", "Bartosz Wieczorek": "P03", "Jassi": "P02/south_asian", "Mr Wieczorek": "P03", "BW": "P03",
    "Kuldip Sehgal": "P04", "Kuldip": "P04", "Mrs Sehgal": "P04",
    "Tejinder Sehgal": "P05", "Tejinder": "P05", "Mr Sehgal": "P05",
}

NOTES = [
    ("contact", "2026-01-15", "Contact", "rkowalczuk", "EDT referral from hospital - infant fracture", "standard",
     """
EDT handover received {{08:40|time}}. Contact from the paediatric registrar at Southmead ED at {{22:15|time}} last night ({{14/01/26|event_date}}).

Alicja WIECZOREK, 7 months, brought to ED by both parents at about 8pm with a swollen left lower leg; parents said she had been "crying every time we changed her" since the evening before and would not kick that leg. X-ray shows a fracture at the lower end of the left tibia (shin bone), described by the registrar as "metaphyseal, not typical of an accident in a non-mobile baby". Alicja is not yet crawling or pulling to stand. Parents' account: no incident they can think of. Father suggested her leg "might have got stuck in the cot bars" on Monday night but neither parent saw this happen.

Alicja admitted to the children's ward overnight. EDT agreed with the ward that she stays in hospital until a strategy discussion today, parents may stay with her on the ward with nursing staff present. Parents described as "calm, cooperative, very worried".

NB mother [[Jasleen SEHGAL|P02]] is a social worker employed by this council (not in this service area). Team manager informed at {{08:55|time}}; case to be set as RESTRICTED on the system with access limited to allocated SW and TM only. Duty must not discuss it in the office.
"""),
    ("strat", "2026-01-15", "Strategy discussion", "lazikiwe", "Strategy discussion", "standard",
     """
STRATEGY DISCUSSION (Teams) {{15.01.2026|event_date}} {{13:00|time}}
Chair: TM West Assessment
Attendees: allocated SW, DC [[Nathan Laverick|~british]] (CAIT), Dr [[Babatunde Gbadebo|~african]] (consultant paediatrician, child protection lead), ward sister, HV [[Maxine Ollerton|~british]] (by phone for item 2 only)

1. Reason: unexplained metaphyseal fracture of the L distal tibia, 7/12 old non-mobile infant, no history of trauma given. 
2. Information sharing: HV has seen family 6 times since birth, last at 6 month review on {{9th Dec|event_date}}: "lovely interaction, thriving, weight on the 50th centile", no concerns ever raised, all immunisations up to date. No previous children's services involvement. Police checks: nothing held on mother; father has a caution from 2014 for a public order offence (age 23), nothing since. No DA call-outs to the address. GP: no concerns, one attendance at 4 months for a chest infection.
3. Mother's employment with this LA noted. Agreed: case restricted; LADO to be informed as she works with children; HR notified by TM (not by SW). Any worker with a connection to the family to declare it.
4. Decision: threshold met for a joint s47 enquiry (single agency police investigation running alongside). Child protection medical today by Dr [[Gbadebo|~african]]. Skeletal survey and CT head tomorrow, ophthalmology review, bloods (bone profile, vitamin D, clotting).
5. Safety planning: Alicja not to be discharged to the parents' sole care. Parents have put forward maternal grandparents (Kuldip and [[Tejinder SEHGAL|P05]], {{Sea Mills|place}}) as supervisors. SW to assess them today/tomorrow. If there is no suitable family arrangement, the LA would need to consider seeking an EPO / police protection - not thought necessary at this point as parents are cooperating.
6. Police to interview parents voluntarily under caution, date TBC, after medical results.
ICPC to be convened within 15 working days if concerns are substantiated.
"""),
    ("medical", "2026-01-17", "Hospital", "rkowalczuk", "CP medical and investigation results (interim)", "standard",
     """
Summary of the CP medical report from Dr [[Gbadebo|~african]], emailed {{17/1|event_date}} (full report on file under documents):

- Examination {{15/1|event_date}}: well-nourished, alert baby. Weight 7.9kg (50th centile). Swelling and tenderness L lower leg. No bruises anywhere, no torn frenulum, no petechiae. Fontanelle soft.
- Skeletal survey ({{16 Jan|event_date}}): confirms classic metaphyseal lesion (CML) L distal tibia. QUERY fracture of the posterior R 6th rib - "subtle, may be an artefact". Repeat limited survey to be done at 11-14 days.
- CT head 16/1: NORMAL. No bleed, no skull fracture.
- Ophthalmology 16/1: no retinal haemorrhages.
- Bloods: bone profile normal, vitamin D 52 (adequate), clotting normal. Genetic testing for osteogenesis imperfecta sent, result in 6-8 weeks.

Opinion: "In the absence of a history of significant trauma, a metaphyseal fracture in a non-mobile infant is highly suggestive of an inflicted injury caused by forceful pulling or twisting of the limb. The suggested mechanism of the leg being caught in the cot bars is not, in my opinion, a plausible explanation for this fracture." Dating: consistent with an injury within about 10 days before the first X-ray.

Leg in a backslab, pain relief. Medically fit for discharge from {{17th|event_date}}.
"""),
    ("s47visit", "2026-01-18", "S47", "rkowalczuk", "s47 - grandparents assessed, safety plan signed, discharge", "standard",
     """
visited maternal grandparents' home yesterday afternoon ([[41 Thurlow Close, Sea Mills|ADDRESS:P04]], [[BS9 2HN|POSTCODE:P04]]) and then the ward. Written up today (Sun).

Grandparents: Kuldip (61) and Tejinder (64) [[Sehgal|P04]], both retired ([[Mrs S|P04]] was a school cook, [[Mr S|P05]] a bus driver). 4 bed house, clean, spare room already set up with a travel cot. Both say they are "in shock" and do not believe either parent would hurt Alicja. I explained this is exactly why supervision has to be real and not a formality. Checks: no police or LA history. Mr Sehgal has type 2 diabetes, well controlled; Mrs Sehgal no health issues. They understand what they're agreeing to and that they would have to tell me if the plan wasn't working.

SAFETY PLAN (signed by both parents and both grandparents at {{16:45|time}} on the ward):
1. Alicja will live at the grandparents' address from discharge.
2. Parents may stay there too but must not be alone with Alicja at any time, including at night: the travel cot is in the grandparents' room.
3. Nappy changes, bathing and dressing are done by or in the sight of Kuldip or Tejinder.
4. No one to take Alicja out without a grandparent present.
5. Any new injury, mark or change in how she moves: straight to ED and ring SW/EDT.
6. SW will make unannounced visits.

Parents' views: Jasleen said "I know how this looks, I've sat on the other side of this", she was tearful, said she has gone over and over the days before. Bartosz was quieter, said he was the one who did most of the night feeds and changes that week as Jasleen was back at work part-time, and repeated the cot bars idea. Both deny ever handling her roughly. Both said they have no concerns about each other. Denied any arguments or DA.

Alicja discharged to grandparents' home at {{19:30|time}} on 17/01 with both parents.
"""),
    ("police", "2026-01-23", "Police notification", "rkowalczuk", "Update from CAIT - interviews", "standard",
     """
Email from DC [[Laverick|~british]] received today:

"Both parents attended by appointment for voluntary interviews under caution on Thursday 22nd, each with a solicitor. Both gave prepared statements and answered most questions. Mr Wieczorek stated he changed Alicja's nappy at about 2am on the morning of the 13th and she "screamed" when he straightened her leg to fasten the babygro, he thought she had wind. He had not mentioned this before because he "didn't think anything of it". Ms Sehgal was at work that day and says she noticed the leg was swollen on the evening of the 13th. Both released under investigation. Phones seized from both with consent. We will await the repeat survey and any expert opinion before a charging decision."

SW comment: new information from father re the 2am nappy change on 13/1. Passed to Dr [[Gbadebo|~african]] and the TM same day.
"""),
    ("lado", "2026-01-26", "Case note", "lazikiwe", "RESTRICTED - LADO / HR (mother's employment)", "restricted",
     """
RESTRICTED: about the mother's employment. Do not copy into assessments or conference reports.

I spoke with the LADO on {{21/01|event_date}} and with HR (case adviser [[Hester Eckersley|~british]], [[hester.eckersley@westborough.gov.uk|EMAIL]]) on {{23/01|event_date}}. Jasleen's line manager in the fostering service has been told in outline only. Jasleen's work email and phone ([[jasleen.sehgal@westborough.gov.uk|EMAIL:P02]], [[0117 496 0723|PHONE:P02]]) are not to be used for anything to do with this case: all contact to be on her personal mobile.

LADO outcome: strategy for the allegations management process - the concern does not relate to her conduct at work. Agreed she will not carry out direct visits to children while the s47 and police investigation are open; she will do duty desk/admin. HR: temporary redeployment, no suspension. She has asked that her colleagues are told nothing, which I've agreed. Her system access has been checked: she has not looked at this record.
"""),
    ("tel1", "2026-01-30", "Telephone", "rkowalczuk", "Telephone log", "standard",
     """
29/01 {{15:10|time}} Dr [[Gbadebo|~african]]: repeat skeletal survey done today. Rib query NOT confirmed, no rib fracture and no other new injury. Tibial fracture healing as expected. Expert opinion unchanged re mechanism. Genetic results still awaited.

29/01 {{15:40|time}} rang mum on her mobile [[07957 318204|PHONE:P02]] to tell her the result. She cried with relief, then asked "so does that mean it's over?". Explained no, the main concern remains, ICPC is booked for Thursday 5th.

30/01 {{09:05|time}} HV [[Maxine|~british]] rang: did a home visit at the grandparents' on Tues (27th). Alicja "smiley, feeding well", cast off, moving the leg more. Grandmother doing all changes. Dad was at work. HV has no worries about the grandparents' care.

30/01 {{11:30|time}} dad rang on [[07415 662917|PHONE:P03]], asking whether he can take Alicja to the park on his own "for half an hour". Said no, reminded him of the safety plan. He was polite but frustrated: "I'm being treated like a criminal in my own family".
"""),
    ("icpc", "2026-02-05", "ICPC", "rkowalczuk", "ICPC - outcome", "standard",
     """
INITIAL CHILD PROTECTION CONFERENCE - {{05/02/2026|event_date}}
Chair: [[Wenna Anstey|~british]] (independent conference chair, from a neighbouring authority because of the mother's employment)
Present: Jasleen, Bartosz (with his brother [[Marek|~eastern_european]] as supporter), Kuldip Sehgal, SW, TM, HV, DC [[Laverick|~british]], Dr [[Gbadebo|~african]] (report only).

Summary: The conference heard that Alicja (7 months) has an unexplained classic metaphyseal fracture of her left tibia, that the paediatrician considers it most likely inflicted, and that the parents have not given an explanation that accounts for it. Father's later account of a nappy change on 13/01 is noted. Strengths: strong attachment, no previous concerns, supportive grandparents who have kept to the safety plan for 3 weeks, parents cooperative with every agency.

Decision: Alicja to be made subject to a child protection plan under the category of PHYSICAL ABUSE. Unanimous.
Outline plan: safety plan to continue; core group within 10 working days; SW visits at least every 10 working days, one unannounced; legal planning meeting to be held; parents to attend a baby-handling / safe care session with the HV; review conference in 3 months.

Mum said at the end that she "wouldn't have done anything different in the chair's place". Dad left before the end.
"""),
    ("legal", "2026-02-11", "Legal", "rkowalczuk", "Email from Legal - outcome of LPM", "standard",
     """
From: Legal Services (childcare team)
Subject: RE: Alicja WIECZOREK - legal planning meeting 10/2
To: allocated SW; TM West Assessment

Dear both,

Further to yesterday's legal planning meeting, my advice is as follows.

1. Threshold (s31(2) CA 1989) is in my view crossed on the medical evidence: an unexplained fracture in a non-mobile infant while in the care of her parents.
2. However, given the grandparents' arrangement is working and the parents are cooperating, an application for an interim care order is not necessary or proportionate at this stage. The LA should enter the Public Law Outline (pre-proceedings) and send a letter before proceedings to each parent.
3. During pre-proceedings the LA should commission (by agreement with the parents' solicitors) a report from an independent consultant paediatric radiologist and a paediatric haematologist. The genetic results should be chased.
4. If the safety plan breaks down, or if expert evidence remains that the injury was inflicted, the LA should issue proceedings and seek an ICO.

Please send me the draft letters by Friday. PLO meeting suggested for w/c 23 Feb.

Regards,
[[Corwen Hargest|~british]]
Senior Solicitor
"""),
    ("mo", "2026-02-20", "Management oversight", "lazikiwe", "Management oversight", "standard",
     """
mgmt oversight - case reviewed with allocated SW.

Alicja seen 4 times since ICPC, twice unannounced, always with a grandparent present and the plan kept. Core group held 12/2. Letters before proceedings sent 13/2. PLO meeting booked 24/2 {{10am|time}}.

Reflection: we must not let the fact that mum is a colleague, or that she's likeable and articulate, make us less curious. Equally, the same standard as any family: no more intrusive either. The father's account has shifted once. I want the SW to see each parent alone again before the PLO meeting and explore the week of 12-14 Jan in detail: who was up in the night, stress, sleep, work.

Contingency: if the grandparents can't go on (Mr Sehgal has a hospital appointment in March for his eyes) we will need a plan B: [[Marek|~eastern_european]] (dad's brother) has been mentioned but not assessed. If no safe plan B, we issue.
"""),
    ("plo", "2026-02-26", "PLO meeting", "rkowalczuk", "PLO meeting", "standard",
     """
PLO meeting held Tues 24th at the civic offices (originally booked for the 23rd, moved as father's solicitor was in court). Both parents with their solicitors (separate reps). Chaired by TM. Legal: Mr [[Hargest|~british]].

Agreed:
- Jointly instruct Dr [[Aldous Birtwistle|~british]] (consultant paediatric radiologist) and Dr [[Chisom Nnadi|~african]] (paediatric haematologist). Letter of instruction by 6 March, reports due within 6 weeks.
- Safety plan continues. Grandparents to be sent a copy of the written agreement.
- Parents to complete the safe handling session with HV (booked 3rd March).
- Review PLO meeting after the reports.

Dad's solicitor raised that dad wants to move out to his brother's "to take the pressure off the family". Discussed that this would be his choice; it would not change the supervision plan for his time with Alicja. Mum said nothing about this in the meeting but told me in the corridor "it's been awful at home, mum and Bartek don't talk".
"""),
    ("texts", "2026-03-12", "Case note", "rkowalczuk", "Text messages from father (copied in)", "standard",
     """
Copy of texts received from father on the work mobile, copied in for the record:

[09/03 21:14] Bartosz: Hi its Bartosz. just so u know I moved to my brothers on Sunday. Its better for everyone. Im not giving up on my daughter
[09/03 21:15] Bartosz: can I still see her at the grandparents? Kuldip says not in the house anymore
[10/03 08:32] SW: Hi Bartosz, thanks for letting me know. I will ring you today to sort out times. Any time with Alicja needs to be supervised as before.
[10/03 08:40] Bartosz: ok. Can it be at [[Mareks|~eastern_european]]. [[2 Brockwell Road|ADDRESS]]
[10/03 12:02] SW: I'll need to visit [[Marek|~eastern_european]]'s first. For now let's arrange the family centre, Tues and Sat.
[11/03 19:50] Bartosz: fine. tell Jassi I said happy birthday to her mum

Follow up: dad now living with his brother. Family time at Greenway family centre Tues and Sat 2hrs, supervised by contact workers, from 14/03. Grandparents relieved; mum upset but "understands".
"""),
    ("hv", "2026-03-19", "Health visitor", "rkowalczuk", "HV entry (shared record)", "standard",
     """
Health visiting record - entry by HV [[Maxine Ollerton|~british]], shared with SW with parent's consent:

19/3/26 Home visit to MGPs' address. Present: Alicja, mother, MGM. 
Growth: weight 8.6kg (50th-75th), length 70cm.
Development: sitting unsupported, babbling "ba-ba", transferring objects hand to hand, beginning to commando crawl. Left leg moving fully, no pain on handling, weight bearing when held standing.
Feeding: 3 meals + 600ml formula. Teething.
Safe handling session completed by mum {{3.3.26|event_date}}; father did not attend (text said he was working); rebooked.
Mother reports low mood since her partner moved out, sleeping poorly. PHQ-9 score 11. Encouraged to see GP, given talking therapies details.
No injuries seen. Interaction between mum and baby warm and responsive.
Plan: next contact 8 weeks, 12 month review due June.
"""),
    ("experts", "2026-04-16", "Case note", "rkowalczuk", "Expert reports received - summary", "standard",
     """
Expert reports recieved (via legal, {{14.4.26|event_date}}).

Dr [[Birtwistle|~british]] (radiology): agrees the tibial injury is a classic metaphyseal lesion; dates it as between 2 and 10 days old at the first X-ray on 14 January. Rib: no fracture. No features of a bone disorder. "A CML is caused by a shearing force, typically forceful pulling or twisting of the limb. It would not be caused by normal handling or by the leg being caught in cot bars." The father's account of straightening the leg at a nappy change on 13/01 could be the occasion of the injury only if the force used was "well beyond normal handling".

Dr [[Nnadi|~african]] (haematology): no haematological or metabolic condition. Genetic testing (result received 9/3) - no variant associated with osteogenesis imperfecta.

Both parents' solicitors have the reports. Legal advice received the same day: issue care proceedings and seek an ICO, with Alicja to remain with the grandparents. TM agreed.
"""),
    ("ico", "2026-04-24", "Court hearing", "rkowalczuk", "Court - issue and ICO hearing", "standard",
     """
C110A issued {{20 April|event_date}}. First hearing at the Family Court {{Thurs 23/04|event_date}} before HHJ [[Pendry|~british]]. Children's guardian appointed: [[Florentyna Kasprzak|~eastern_european]] (Cafcass).

Outcome: INTERIM CARE ORDER granted, not opposed by either parent. Alicja placed with maternal grandparents under reg 24 (temporary approval as connected persons); the connected persons assessment to be completed in 16 weeks. Mother may continue to live in the grandparents' home, supervision rules unchanged. Father's family time 3x weekly supervised. Fact-finding hearing listed for 3 days from 13 July, with the radiologist to give evidence. Police charging decision still awaited.

Guardian's initial view: ICO and placement proportionate; "the family arrangement has been safe for three months".
"""),
    ("finding", "2026-07-17", "Court", "rkowalczuk", "Fact-finding judgment", "standard",
     """
Fact finding hearing 13th-15th July, judgment handed down yesterday (16th).

Findings (on the balance of probabilities):
1. Alicja suffered a classic metaphyseal fracture of the left distal tibia caused by an inflicted shearing force.
2. The injury was caused by the father, Bartosz Wieczorek, during the night of 12/13 January 2026 when he was alone with her at a nappy change, and was more than normal handling.
3. The mother was not in the pool of possible perpetrators (the judge accepted the evidence that she was asleep / at work at the relevant times) and it was not found that she knew or ought to have known of the injury before the evening of the 13th.
4. No finding of any other injury.

The judge said she accepted father had "lost his temper in exhaustion, not with a plan to hurt his daughter", but criticised him for "drip-feeding" his account. Father accepted the findings through counsel at the end.

Next: final hearing to be listed. LA plan likely to be for Alicja to return to mother's care with a supervision order, father's contact supervised. Police have been told of the findings.
"""),
    ("final", "2026-10-02", "Court", "rkowalczuk", "Final hearing - proceedings concluded", "standard",
     """
Final hearing {{30.09.26|event_date}}. Court approved the care plan:
- 12 month SUPERVISION ORDER to the LA.
- Child arrangements order: Alicja to live with her mother. Mum and Alicja have moved back to the flat (from 21 Sept) after a 6 week transition; grandparents provide daily support.
- Father: supervised contact twice a week at the family centre, to progress to supervised by [[Marek|~eastern_european]] in the community if the father completes the Caring Dads programme (started Aug). 
- ICO discharged.

CP plan was ended at the RCPC on 10/9 with the supervision order in contemplation (see minutes). Police: father charged in August with s20 GBH; plea hearing at Crown Court in November.

Case to transfer to Children in Need/Supervision Order worker in West Family Help with restricted status maintained. Transfer summary to follow.
"""),
]

QUESTIONS = [
    {"q": "whats the actual injury - which bone", "qtype": "what", "facts": ["tibia"], "notes": ["contact", "medical"], "as": "rkowalczuk"},
    {"q": "when did the strat happen", "qtype": "when", "facts": ["2026-01-15"], "notes": ["strat"], "as": "lazikiwe"},
    {"q": "did the repeat skeletal survey confirm the rib fracture?", "qtype": "yes_no", "facts": ["no"], "notes": ["tel1"], "as": "rkowalczuk"},
    {"q": "who are the grandparents supervising under the safety plan", "qtype": "who",
     "facts": ["Kuldip", "Tejinder"], "notes": ["s47visit"], "as": "rkowalczuk"},
    {"q": "what did dad tell police in interview about the nappy change", "qtype": "quote",
     "facts": ["screamed"], "notes": ["police"], "as": "lazikiwe"},
    {"q": "when did he move out to his brothers", "qtype": "when", "facts": ["2026-03-08"], "notes": ["texts"], "as": "rkowalczuk"},
    {"q": "was the genetic testing for OI positive", "qtype": "yes_no", "facts": ["no"], "notes": ["experts"], "as": "rkowalczuk"},
    {"q": "how long is the supervision order for", "qtype": "how_many", "facts": ["12 month"], "notes": ["final"], "as": "lazikiwe"},
    {"q": "who did the judge find caused the fracture", "qtype": "who", "facts": ["Bartosz Wieczorek"], "notes": ["finding"], "as": "lazikiwe"},
    {"q": "what was the name of the ED nurse who first raised it", "qtype": "who", "facts": [], "notes": [], "as": "rkowalczuk"},
    {"q": "who's her GP", "qtype": "who", "facts": [], "notes": [], "as": "rkowalczuk"},
]

EVENTS = [
    ("2026-01-14", "hospital", ["contact", "medical"], "Alicja taken to ED with a swollen left leg; X-ray shows a metaphyseal fracture of the left tibia; admitted"),
    ("2026-01-15", "contact", ["contact"], "Referral from hospital via EDT; case restricted as mother is employed by the council"),
    ("2026-01-15", "strategy_discussion", ["strat"], "Strategy discussion: joint s47 enquiry, CP medical, skeletal survey and CT, safety plan with grandparents"),
    ("2026-01-16", "health", ["medical"], "Skeletal survey confirms CML of left tibia, query rib fracture; CT head and eyes normal"),
    ("2026-01-17", "placement_move", ["s47visit"], "Safety plan signed; discharged to maternal grandparents' home with parents supervised at all times"),
    ("2026-01-22", "police_incident", ["police"], "Parents interviewed under caution; father describes baby screaming at a 2am nappy change on 13 January"),
    ("2026-01-29", "health", ["tel1"], "Repeat skeletal survey: rib query not confirmed, no new injuries"),
    ("2026-02-05", "icpc", ["icpc"], "ICPC: child protection plan, category physical abuse"),
    ("2026-02-10", "court", ["legal"], "Legal planning meeting: threshold crossed, enter PLO pre-proceedings rather than issue"),
    ("2026-02-24", "court", ["plo"], "PLO meeting: radiologist and haematologist to be instructed; safety plan continues"),
    ("2026-03-08", "household_change", ["texts"], "Father moves out of grandparents' home to his brother's; supervised family time at family centre"),
    ("2026-04-14", "health", ["experts"], "Expert reports: injury a CML from a shearing force, no bone or blood disorder, OI testing negative"),
    ("2026-04-23", "court", ["ico"], "Care proceedings issued 20 April; interim care order, placed with maternal grandparents under reg 24"),
    ("2026-07-16", "court", ["finding"], "Fact-finding judgment: fracture inflicted by father at a night-time nappy change; mother not in the pool"),
    ("2026-09-10", "rcpc", ["final"], "Review conference ends the child protection plan"),
    ("2026-09-21", "household_change", ["final"], "Alicja and mother move back to their flat after a six-week transition"),
    ("2026-09-30", "court", ["final"], "Final hearing: 12-month supervision order and child arrangements order to mother; ICO discharged"),
]
