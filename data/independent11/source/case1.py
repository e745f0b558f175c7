"""IN11-0001: an 11-year-old girl's disclosure about her mother's partner, through to trial."""

CASE = {
    "case_id": "IN11-0001",
    "team": "Pyecroft Child Protection",
    "status": "child_in_need",
    "allocated_worker": "aarrowsmith",
    "child": {
        "person_id": "P01", "given_name": "Rosenwyn", "family_name": "Kernick", "date_of_birth": "2013-01-22",
        "gender": "female", "ethnicity": "White British", "religion": "None", "nhs_number": "787 789 3280",
        "address": "27 Spinnergate Road, Pyecroft", "school": "Holmwood Lane Primary School",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Ebrel", "family_name": "Kernick", "relationship": "mother",
         "date_of_birth": "1989-07-14", "phone": "07823 416902", "address": "27 Spinnergate Road, Pyecroft",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Darragh", "family_name": "Rathbone", "relationship": "mother's partner",
         "date_of_birth": "1985-11-03", "phone": "07458 731264",
         "given_origin": "irish", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Ferdia", "family_name": "Rathbone", "relationship": "half-brother",
         "date_of_birth": "2019-09-30", "address": "27 Spinnergate Road, Pyecroft",
         "given_origin": "irish", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Assumpta", "family_name": "Rathbone",
         "relationship": "paternal grandmother of Ferdia", "phone": "0118 496 0741",
         "given_origin": "irish", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Peder", "family_name": "Nance", "relationship": "father",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Rosenwyn Kernick": "P01", "ROSENWYN KERNICK": "P01", "Rosenwyn": "P01", "Wynnie": "P01",
    "Ebrel Kernick": "P02", "Ebrel": "P02", "Ms Kernick": "P02", "KERNICK": "P02", "Kernick": "P02",
    "Darragh Rathbone": "P03", "DARRAGH RATHBONE": "P03", "Darragh": "P03", "RATHBONE": "P03", "DR": "P03",
    "Mr Rathbone": "P03",
    "Ferdia": "P04", "Ferdie": "P04",
    "Assumpta Rathbone": "P05", "Assumpta": "P05", "Mrs Rathbone": "P05",
    "Peder Nance": "P06", "Peder": "P06",
    "eb": "P02", "darragh": "P03", "ferdie": "P04",
    # people who are not on the record (staff, police, health, school, neighbours)
    "Oyinlola": "~african", "Gwynna Ockenden": "~british", "Ockenden": "~british",
    "Eoghan Garrity": "~irish", "Garrity": "~irish", "Adebisi Oyewumi": "~african",
    "Derwa Crosthwaite": "~british", "Abel Yardley": "~british",
    "Morag Tulliver": "~british", "Iona Gilfillan": "~british", "Iona": "~british",
    "Tindra": "~british", "Tavish Ogundimu": "~african", "Ogundimu": "~african",
    "Elestren Ellingworth": "~british", "Horatio Tolley": "~british", "Horatio": "~british",
    "Alaric Arrowsmith": "~british", "Alaric": "~british", "Mordecai Pennefather": "~british",
    "Mordecai": "~british",
}

NOTES = [
    ("contact", "2024-03-05", "MASH Contact", "aarrowsmith", "Contact from school - disclosure to school nurse",
     "standard", """
Contact received {{11:20|time}} from {{Holmwood Lane Primary|place}}, Mrs Oyinlola (DSL).

Rosenwyn (Yr 6) was seen this morning by the school nurse, Gwynna Ockenden, at a drop-in
about headaches and not sleeping. Towards the end R. became upset and said mum's boyfriend
"comes in my room at night when mum's asleep and gets in the bed". Nurse asked an open question (what happens
then) and Rosenwyn said "he touches me where he shouldn't and says it's our secret". She would not say
more, asked if she would have to go home tonight. Nurse did not ask anything further, wrote down her
words and went straight to the DSL.

Household per school records: mum Ebrel Kernick, mum's partner Darragh Rathbone (known to school
as "Darragh", collects sometimes in a white works van) and half-brother Ferdia aged 4 (nursery at the
same school). Birth father Peder Nance not involved, no contact for several years.

School have NOT told mum. Rosenwyn is in the medical room with a TA she trusts. No previous contacts on
LCS for Rosenwyn. Partner not known to CSC.

MASH decision: threshold met for strategy discussion today, RAG red. Passed to CP duty (AA) {{11:48|time}}.
Police CAIT informed, DS to join strat at {{14:00|time}}.
"""),
    ("strat1", "2024-03-05", "Strategy Discussion", "aarrowsmith", "Strategy discussion",
     "standard", """
STRATEGY DISCUSSION  held via Teams {{14:00|time}} - {{14:50|time}} 5/3/24

Attendees: Alaric Arrowsmith SW (chair in absence of TM, agreed with MP), DS Eoghan Garrity (Police CAIT),
Mrs Oyinlola DSL, Gwynna Ockenden school nurse, Dr Adebisi Oyewumi community paediatrician.

Information shared
- School: Rosenwyn's words as recorded by the nurse (see contact). Good attender, quiet, recent drop in
  work and falling asleep in class since about Christmas. Mum described as warm and engaged.
- Police: DR has a PNC record - details to be shared by disclosure, not discussed here. No DV
  callouts to the address.
- Health: no concerns on record for R. Ferdia up to date with checks.

Decision: threshold for s47 met (sexual abuse). Joint investigation, police lead on the criminal
side.

Actions
1. Police to visit home with SW tonight, DR to be arrested if at the address. Officers to attend first.
2. ABE interview to be planned for tomorrow at the {{Rowanfield|place}} suite - DS Garrity.
3. SARC medical - paed to liaise with the SARC at {{Drayfield Hospital|place}} re timing.
4. Rosenwyn not to go home while DR is there. If mum is protective R. can stay home with mum and Ferdie
   once DR removed; otherwise the plan is for R. to go to maternal aunt (details tbc) - no-one to be
   placed without SW agreement.
5. Ferdia: DR is his dad. No contact between Ferdia and DR for now until s47 concludes; review at day 5.

Note: mum has NOT been told yet - police to tell her at the door.
"""),
    ("abe", "2024-03-07", "Police Notification", "aarrowsmith", "Police summary of ABE interview - RESTRICTED",
     "restricted", """
Summary received by secure email from DS Garrity today. Not to be shared outside the
CP conference professionals' section. Do not copy into assessments.

ABE interview took place 6/3 at the {{Rowanfield|place}} suite, lead interviewer DC Derwa Crosthwaite,
monitored by DS Garrity. Duration approx {{1 hour 40|figure}} incl. 2 breaks.

Rosenwyn gave a free narrative account of DR coming into her bedroom at night "loads of times,
more than ten", the first time "in the summer holidays before Year 6". She described him getting
under the covers, touching her over and under her pyjamas and making her touch him. She said he told
her mum would "go back to being sad" and Ferdia "would get taken" if she told anyone. She said the
last time was "the Saturday before the one just gone".

Rosenwyn said she tried to tell her mum once "in a roundabout way" in the car and mum said "don't be
silly". Police note this may be relevant to mum's position.

DR interviewed under caution 6/3 evening at {{Pyecroft custody suite|place}} - no comment, prepared
statement denying everything. Phone and laptop seized. Bailed 7/3 to his mother's address at
[[9 Tenterfield Mews|ADDRESS:P05]], [[PY7 3QD|POSTCODE:P05]] - conditions per separate note.
"""),
    ("s47visit", "2024-03-08", "S47", "aarrowsmith", "s47 - home visit, Rosenwyn and mum seen",
     "standard", """
Purpose of visit: s47 enquiry. Visit to see Rosenwyn, Ferdia and mum following the strat discussion on
Tues and the police activity since.

Present: Ebrel (mum), Rosenwyn, Ferdia. Rosenwyn seen alone in her room: Yes.

Background since the strat: officers attended with me Tuesday evening. DR was at the address and was
arrested. Mum was very distressed, kept saying "this isn't happening". Rosenwyn and Ferdia stayed at
home with mum overnight with the agreement of police, on the basis DR was in custody.

ABE interview happened Weds 6th. Rosenwyn was medically examined at the SARC at {{Drayfield|place}} on
Thurs 7th with mum present; the paed will send the report - no acute injuries seen, which the paed
said is not unusual and does not mean nothing happened.

DR was released on police bail yesterday evening. Bail conditions (confirmed by DS Garrity on the
phone this morning): not to reside at [[27 Spinnergate Road|ADDRESS:P01]], not to attend [[Spinnergate Road|ADDRESS:P01]] at all, and
no contact direct or indirect with Rosenwyn Kernick. He is staying with his mum in {{Kelsall Moor|place}}.

Rosenwyn: she has painted her nails and showed me the colours. Said the "video room" was "weird but OK"
and the lady was kind. When I asked what would help now she said "I want him to not come back. And
for mum not to be cross with me". She asked if Ferdie would still see his dad - I said adults were
working that out and it would be safe. No marks seen. Rosenwyn says she has been sleeping in mum's
bed since Tuesday.

Mum: tearful throughout. She said she "can't get her head round it" and "Darragh's been nothing but good
to her". Said she believes Rosenwyn wouldn't make something up, but then "she's at that age". Mum denied
that Rosenwyn had ever tried to tell her anything before. She agreed a written safety plan: DR not to
come to the house, mum not to discuss the allegations with R., mum to call police (999) if DR turns up.

Ferdia: asking for his daddy at bedtime. Mum wants Ferdie to keep seeing his dad. Discussed: for now
contact to be supervised only, by Darragh's mother Assumpta at her address and never with Rosenwyn
present. Assumpta agreed on the phone ([[0118 496 0741|PHONE:P05]]). Ferdie goes to her on Saturdays.

Analysis: Rosenwyn's account is consistent and specific. Mum currently protective in actions but
ambivalent in what she says. Risk is mum's belief wavering under pressure from DR or his family.

Next steps: continue s47, ICPC to be requested. Check with police re bail return date.
"""),
    ("disclosure", "2024-03-12", "Police", "aarrowsmith", "Police disclosure - DR previous - RESTRICTED",
     "restricted", """
Police disclosure received (DS Garrity) for the purpose of the s47 and ICPC only. Not to
be shared with mum by CSC - police will consider a disclosure to her under the Child Sex Offender
Disclosure Scheme separately.

DARRAGH RATHBONE: convicted {{2011|event_date}} at {{Calderbridge Crown Court|place}} of one offence of
sexual activity with a child (female, 14 at the time) - he was 25. Sentence: 18 months suspended,
SOTP, on the sex offenders register for 7 years (expired 2018). Address at the time
[[Flat 3, 88 Rope Walk|ADDRESS:P03]], [[CB4 9LT|POSTCODE:P03]]. Contact number held by police
[[07984 205517|PHONE:P03]] (different from the one we hold).

No other convictions. One intelligence log from 2016 (not substantiated).
"""),
    ("call1", "2024-03-15", "Telephone call", "aarrowsmith", "Tel calls x2 - neighbour and mum",
     "standard", """
{{09:05|time}} Call in from a neighbour, Mr Abel Yardley (lives opposite at no 30, did not want to
give his number). Says he saw Darragh's white van parked round the corner on {{Larch Street|place}}
"Weds night, about half 10" and it was still there at 6 the next morning. Says "everyone on the road
knows what's going on" and he's worried for the little girl. Thanked him, advised he can call 999 if
he sees DR at the house.

{{09:25|time}} Informed DS Garrity - police to check ANPR and speak to DR re bail.

{{11:40|time}} Call to mum on [[07823 416902|PHONE:P02]]. Mum said she did not see the van and
Darragh "has mates round there". Then said, after a pause, that she DID let him in on Sunday
afternoon (10th) for "ten minutes" to collect his work clothes and tools because "he can't work
without them". She said Rosenwyn was at her friend's. Said "I'm not stupid, I didn't let him stay".
Reminded her of the safety plan and that DR's bail says he cannot attend the road. Mum upset, said
"so I'm the one on trial now".

Will discuss with MP today.
"""),
    ("mo1", "2024-03-15", "Management Oversight", "mpennefather", "Management oversight",
     "standard", """
MO - MP

Read the s47 recording and the calls today. Mum allowing DR into the home on 10/3, within 3 days of
his bail, and a credible report of his van nearby overnight 13/14 March, is a serious breach of the
safety plan whatever mum's intentions.

Decision: s47 to conclude, concerns substantiated - ICPC to be convened within 15 working days of
the strat. AA to visit mum today jointly with police and revise the safety plan in writing; if mum
cannot keep DR away, a legal planning meeting will be requested (not at that point yet).

Ferdia's contact with his dad at Assumpta's to carry on (supervised) - it is not the risk to Ferdie
we are worried about here so much as contact being used to pass messages to mum. Assumpta to be
told clearly no messages or phones.

Target ICPC date: 28/03/24.
"""),
    ("icpc", "2024-03-28", "Initial Child Protection Conference", "aarrowsmith", "ICPC - Rosenwyn",
     "standard", """
Initial Child Protection Conference - 28 March 2024, {{Pyecroft|place}} Civic Centre

Chair: Morag Tulliver (independent chair)
Present: Ebrel (mum) with her friend for support, AA (SW), Mrs Oyinlola (DSL), school nurse,
DS Garrity (police, professionals' section only), HV for Ferdia. Apologies: GP (report sent).
DR not invited, per police advice and his bail conditions; he was sent the outcome letter.

Summary: chair read Rosenwyn's wishes and feelings sheet (done with AA 26/3): "I feel safe at home now
he isn't there. I don't want to talk about it at school. I want to go to {{Greywell Academy|place}}
with Tindra." Mum spoke of feeling "torn in half" and said she accepts now that letting Darragh in was
wrong.

Decision: Rosenwyn to be subject of a Child Protection Plan under the category of SEXUAL ABUSE. Vote
unanimous. Ferdia - not made subject to a plan; to be supported under CIN with contact to his father
supervised by Assumpta as now.

Plan (main points)
- DR to have no contact with Rosenwyn; mum not to allow him into the house or to let him see R. anywhere.
- Referral to the children's ISVA service (AA).
- Therapeutic support to be discussed with police/CPS re pre-trial therapy guidance.
- Mum to attend a protective parenting programme.
- Core group first meeting {{11/4/24|event_date}}; review conference in 3 months.

Key worker: Alaric Arrowsmith.
"""),
    ("isva", "2024-04-23", "Case note", "aarrowsmith", "ISVA - update from first sessions",
     "standard", """
Spoke to Iona Gilfillan, Children and Young People's ISVA (CHISVA) at {{Brightwater|place}},
who has now seen Rosenwyn twice at school (the 16th and today).

Iona said Rosenwyn "is chatty once she gets going, she loves her art". She is explaining the court
process at her pace. R. worries about "having to see him in court". Iona will ask police about
special measures (live link / screens) once there is a charging decision.

Therapy: Iona and I agreed with the police OIC that Rosenwyn should not start trauma-focused therapy
(talking about what happened) until after any trial, as it could be argued in court that her account
was influenced. She can have support that is not about the evidence. CAMHS referral made today for
"pre-trial therapy" under the CPS guidance, for sleep and anxiety only. Mum unhappy with the wait:
"so she just has to sit with it for a year?".
"""),
    ("core1", "2024-05-14", "Core Group", "aarrowsmith", "Core group 2",
     "standard", """
core group - 14.5.24 at school. Mum, AA, DSL, CHISVA (Iona), HV.

(first core group booked 11/4 was cancelled - mum had flu - and held 18/4 instead)

- mum has done 3 of 8 sessions of the protective parenting course. Says it "hits hard".
- R. sleeping better, says she locks the bathroom now. attendance 97%.
- Ferdie: seeing his dad Saturdays at Assumpta's, going well per Assumpta. Ferdie has started saying
  "daddy lives at nanny's now".
- mum showed me a text DR sent on 2/5 despite the conditions (he has no condition re contacting mum,
  only re R.). Pasted as sent:

  DR: eb I miss u both so much. u no me. u no I wouldnt
  DR: shes always been jealous of me and ferdie
  Mum: dont text me darragh. I mean it
  DR: ok x

  Mum said she blocked him after this. Told police, who said it isnt a breach as the
  condtions only cover R.
- CAMHS: still on waiting list. No date yet.
"""),
    ("charge", "2024-06-27", "Police Notification", "aarrowsmith", "Police - charging decision",
     "standard", """
Police notification received from DS Garrity (OIC).

CPS charging decision made on 25/06/2024. DARRAGH RATHBONE has been charged with 2 counts of sexual
assault of a child under 13 and 1 count of causing a child under 13 to engage in sexual activity. He
will appear at {{Pyecroft Magistrates|place}} on 11 July and the case is expected to be sent to the
Crown Court. He remains on conditional bail, same conditions (not to live at or go to [[Spinnergate Road|ADDRESS:P01]],
no contact with Rosenwyn), plus no contact with any child under 16 unsupervised - police have been told
Ferdie's contact is supervised by his grandmother and are content for now.

Told mum by phone. She cried and said "I just want it over". Rosenwyn told by mum and Iona together at
home tonight.
"""),
    ("rcpc1", "2024-07-02", "RCPC", "aarrowsmith", "Review conference 1",
     "standard", """
First Review Child Protection Conference - 02/07/2024. Chair: Morag Tulliver.

Progress since ICPC: no further known contact between DR and the home since the text on 2 May. Mum
completed the protective parenting course on 20 June (certificate seen). School report R. "more
settled", transition to Greywell planned with a named mentor. CHISVA continuing. CAMHS pre-trial
support started 18th June - 6 sessions, focus on sleep.

Conference view: mum's protective capacity much stronger but the criminal case is not concluded and
DR's family continue to doubt Rosenwyn (Assumpta told mum she "knows her son"). Plan to CONTINUE under
sexual abuse category. Next review in 6 months.

Rosenwyn's view (via Iona): "I'm fine. Can it stop having meetings about me".
"""),
    ("school", "2024-09-17", "Education", "aarrowsmith", "School - start at Greywell",
     "standard", """
Call with Mr Tavish Ogundimu, head of Year 7 at {{Greywell Academy|place}}.

Rosenwyn started Yr 7 on 4th Sept (Wed). Transition day in July went well. She is in a form with her
friend Tindra. Her mentor is the pastoral lead, Ms Elestren Ellingworth; R. can leave a lesson with
a time-out card. No concerns so far, 100% attendance first 2 wks. She has joined art club.

Mr Ogundimu is aware of the CP plan. I explained the trial is likely next year and R. may need days off
for pre-trial visits; the school is happy to support.
"""),
    ("legal", "2024-11-06", "Legal", "mpennefather", "Email from legal - witness summons / disclosure",
     "standard", """
From: Horatio Tolley, Senior Solicitor (Children), Legal Services
To: Mordecai Pennefather; Alaric Arrowsmith
Sent: 06 November 2024 {{15:12|time}}
Subject: R v Rathbone - third party disclosure request for CSC records

Mordecai, Alaric,

We have had a request from the CPS for third party material held by children's services about
Rosenwyn, for the trial listed at {{Calderbridge Crown Court|place}} on 13 January 2025. Please do NOT
send anything direct to the police or CPS; everything goes through us so we can review what is
relevant and raise any public interest concerns (in particular CAMHS material).

Further to my email of 1st inst, can you pull together the case notes from 5 March 2024 onwards
by the 20th? Leave out the conference chair's professional notes. We do not consider a PLO/care proceedings route is indicated at present
given mum's progress; happy to discuss if that changes.

Regards, Horatio
"""),
    ("adjourn", "2025-01-13", "Phone Call", "aarrowsmith", "Call from CHISVA - trial adjourned",
     "standard", """
{{10:05|time}} Iona (CHISVA) rang from court. The trial did not go ahead today - adjourned by the judge
on the day because no courtroom/judge was available (a custody trial took priority). New trial date
9th June 2025. Rosenwyn had done her pre-trial visit last week and had been "geared up" for today; she
was at home with mum and not at court yet. Iona is going round this afternoon.

{{16:30|time}} Call with mum. "She's gutted. We both are. Another five months." Rosenwyn has said she
"doesn't want to do it anymore". Mum was firm that she will support her to. Will visit Thursday.

Note RCPC held 10/12/24 - plan continued (see separate minutes).
"""),
    ("verdict", "2025-06-13", "CP Visit", "aarrowsmith", "CP visit after trial",
     "standard", """
Purpose of visit: statutory CP visit following the trial.
Child seen: Yes, alone and with mum. Ferdia seen.

Trial started Monday 9th June. Rosenwyn gave her evidence by live link on the 10th with Iona in the
room with her; her ABE was played as her evidence in chief. Mum was not a witness.
Verdict given on Wednesday 11th: DR found GUILTY on all three counts. Remanded in custody, sentencing
adjourned for reports to 18 July.

Rosenwyn: in the kitchen drawing. She said "they believed me" and then "I don't have to think about
him now". She wants to start "the proper therapy" - CAMHS to be re-referred, no longer pre-trial.
She asked if Ferdie will be sad.

Mum: relieved, exhausted. Says Assumpta has stopped speaking to her. Ferdie's contact with his dad has
stopped since he was remanded; mum is thinking about letters via the prison "when he's older".

Analysis: the main source of risk is in custody; mum has been consistently protective for over a year.
I will recommend to the review conference that the plan ends and R. is supported under CIN.
"""),
    ("rcpc3", "2025-07-01", "Review Conference", "aarrowsmith", "RCPC 3 - plan ended",
     "standard", """
Review conference 1/7/25, chair Morag Tulliver.

DR remanded in custody since the verdict on 11 June; sentencing 18/07. Mum protective, R. settled at
Greywell (attendance 96%), CAMHS trauma therapy accepted - assessment 22 July.

Decision: Rosenwyn no longer needs a child protection plan. Plan ENDED today. Case to continue as Child
in Need for 3 months (therapy start, sentencing, Ferdie's questions about his dad), then review for
closure. CHISVA to continue to sentencing then close.

Rosenwyn's words (read out by chair): "Thank you for listening to me".
"""),
]

QUESTIONS = [
    {"q": "when did rosenwyn first tell someone at school", "qtype": "when",
     "facts": ["2024-03-05"], "notes": ["contact"], "as": "aarrowsmith"},
    {"q": "What exactly did she say to the school nurse?", "qtype": "quote",
     "facts": ["comes in my room at night when mum's asleep"], "notes": ["contact"], "as": "mpennefather"},
    {"q": "what are DR's bail conditions", "qtype": "what",
     "facts": ["not to reside", "no contact"], "notes": ["s47visit"], "as": "aarrowsmith"},
    {"q": "did mum let him back in the house after he was bailed?", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["call1", "mo1"], "as": "mpennefather"},
    {"q": "who is supervising Ferdie's contact with his dad", "qtype": "who",
     "facts": ["Assumpta"], "notes": ["s47visit", "mo1"], "as": "aarrowsmith"},
    {"q": "how many counts has he been charged with of sexual assault?", "qtype": "how_many",
     "facts": ["2"], "notes": ["charge"], "as": "aarrowsmith"},
    {"q": "whats the name of her ISVA", "qtype": "who",
     "facts": ["Gilfillan"], "notes": ["isva"], "as": "aarrowsmith"},
    {"q": "trial got adjourned in jan - whats the new date?", "qtype": "when",
     "facts": ["2025-06-09"], "notes": ["adjourn"], "as": "mpennefather"},
    {"q": "which secondary did she go to in sept?", "qtype": "what",
     "facts": ["Greywell Academy"], "notes": ["school"], "as": "aarrowsmith"},
    {"q": "has a family group conference been held for Rosenwyn", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "mpennefather"},
    {"q": "who's Rosenwyn's GP?", "qtype": "who",
     "facts": [], "notes": [], "as": "aarrowsmith"},
]

EVENTS = [
    ("2024-03-05", "contact", ["contact"], "School contact to MASH: Rosenwyn's disclosure to the school nurse about mum's partner"),
    ("2024-03-05", "strategy_discussion", ["strat1"], "Strategy discussion; joint s47 (sexual abuse) agreed"),
    ("2024-03-05", "police_incident", ["s47visit"], "Darragh Rathbone arrested at the home"),
    ("2024-03-06", "section_47", ["abe", "s47visit"], "ABE interview of Rosenwyn"),
    ("2024-03-07", "hospital", ["s47visit"], "SARC medical examination; no acute injuries"),
    ("2024-03-07", "household_change", ["abe", "s47visit"], "DR bailed not to live at or attend the home or contact Rosenwyn; moves to his mother's"),
    ("2024-03-10", "household_change", ["call1", "mo1"], "Mum let DR into the home to collect his things in breach of the safety plan"),
    ("2024-03-13", "police_incident", ["call1", "mo1"], "Neighbour reports DR's van parked near the home overnight"),
    ("2024-03-28", "icpc", ["icpc"], "ICPC: child protection plan, category sexual abuse"),
    ("2024-04-16", "positive_change", ["isva"], "Children's ISVA starts seeing Rosenwyn at school"),
    ("2024-04-23", "camhs_referral", ["isva"], "CAMHS referral for pre-trial support (sleep and anxiety)"),
    ("2024-06-20", "positive_change", ["rcpc1"], "Mum completed the protective parenting course"),
    ("2024-06-25", "police_incident", ["charge"], "CPS charging decision: DR charged with three offences"),
    ("2024-07-02", "rcpc", ["rcpc1"], "First review conference; plan continues"),
    ("2024-09-04", "school_move", ["school"], "Rosenwyn starts Year 7 at Greywell Academy"),
    ("2024-12-10", "rcpc", ["adjourn"], "Second review conference; plan continues"),
    ("2025-01-13", "court", ["adjourn"], "Crown Court trial adjourned on the day to 9 June 2025"),
    ("2025-06-11", "court", ["verdict"], "DR found guilty on all counts; remanded in custody"),
    ("2025-07-01", "rcpc", ["rcpc3"], "Review conference ends the CP plan; case continues as CIN"),
]
