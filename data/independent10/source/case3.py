"""IN10-0003: a mother and four children in temporary accommodation after the father's suicide attempt (author A, written blind)."""

CASE = {
    "case_id": "IN10-0003",
    "team": "Ravensholt Family Help",
    "status": "closed",
    "allocated_worker": "ccastellane",
    "child": {
        "person_id": "P01", "given_name": "Thiago", "family_name": "Trethewey", "date_of_birth": "2015-09-12",
        "gender": "male", "ethnicity": "Mixed - White British and Colombian", "religion": "Roman Catholic",
        "nhs_number": "943 476 5870", "address": "Flat 12, Fennimore Court, Ravensholt RV6 2TB",
        "school": "St Aldhelm's Primary School",
        "given_origin": "latin_american", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Yesenia", "family_name": "Carvajal", "relationship": "mother",
         "date_of_birth": "1989-04-03", "phone": "07781 304562", "address": "Flat 12, Fennimore Court, Ravensholt RV6 2TB",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P03", "given_name": "Iestyn", "family_name": "Trethewey", "relationship": "father",
         "date_of_birth": "1984-12-19", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Dayana", "family_name": "Trethewey", "relationship": "sister",
         "date_of_birth": "2011-07-25", "given_origin": "latin_american", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Luciana", "family_name": "Trethewey", "relationship": "sister",
         "date_of_birth": "2018-10-08", "given_origin": "latin_american", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Santino", "family_name": "Trethewey", "relationship": "brother",
         "date_of_birth": "2023-11-30", "given_origin": "latin_american", "family_origin": "british"},
        {"person_id": "P07", "given_name": "Jory", "family_name": "Trethewey", "relationship": "paternal uncle",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P08", "given_name": "Yurani", "family_name": "Carvajal", "relationship": "maternal aunt",
         "given_origin": "latin_american", "family_origin": "latin_american"},
    ],
}

ALIASES = {
    "Thiago": "P01", "Thiago Trethewey": "P01", "Thiago TRETHEWEY": "P01", "Thi": "P01", "TT": "P01",
    "Yesenia": "P02", "Yesenia Carvajal": "P02", "Ms Carvajal": "P02", "Yesenia CARVAJAL": "P02", "Yesi": "P02",
    "Iestyn": "P03", "Iestyn Trethewey": "P03", "Mr Trethewey": "P03", "Iestyn TRETHEWEY": "P03",
    "Dayana": "P04", "Daya": "P04", "Dayana Trethewey": "P04",
    "Luciana": "P05", "Lucy": "P05",
    "Santino": "P06",
    "Jory": "P07", "Jory Trethewey": "P07",
    "Yurani": "P08", "Yurani Carvajal": "P08",
    "Cornelius": "~british", "Tiberius": "~british", "Mrs Brackwell": "~british", "Mr Hesketh-Bain": "~british",
}

NOTES = [
    ("ppn", "2025-02-03", "Police Notification", "ccastellane", "PPN - attempted suicide of father, children present", "standard",
     """Police Protection Notice received 03/02 08:10 via MASH (occ 25/010477). Allocated to Family Help same day.

Circs: Sat 1st Feb approx 19:50, police and ambulance called to the family home, [[31 Larkspur Avenue, Ravensholt RV3 8EN|ADDRESS:P02]], by the mother. Iestyn TRETHEWEY (40) had tied a ligature to the loft hatch on the landing and stepped off a chair. Thiago (9) was on the landing and saw it happen. Thiago ran downstairs screaming for mum; Yesenia CARVAJAL (mother) went up, held him up and shouted to Dayana (13) to get the kitchen scissors and cut it. Father was conscious when paramedics arrived. Taken to Ravensholt General A&E.

Children present: Dayana 13, Thiago 9, Luciana 6, Santino 1. Luciana and Santino were in the living room. Officers describe the children as "very distressed", Thiago not speaking.

Police: no offences. Father had been drinking. No previous DA callouts to this address recorded. Mother and children spent the night at a neighbour's. Mother told officers she "can't go back in that house".

Action: SW to contact mother today. Check GP / health. Check housing.""")
    ,
    ("calls", "2025-02-04", "Telephone", "ccastellane", "Phone calls - mother, crisis team, housing", "standard",
     """Mon 3/2
09:40 - rang mum. Spoke for 25 mins. She is at the neighbour's with all 4. Says she will not go back to the house, "I see him there every time I close my eyes". House is privately rented in dad's sole name, 2 months behind on rent. She has no family nearby - her sister lives up north, the rest of her family are in Cali.
10:30 - Crisis team (Ravensholt General liaison). Dad was assessed yesterday (Sun 2nd) under the Mental Health Act and has been detained under section 2, admitted to Ward 3 at the {{Ashcombe Unit|place}}. He is "settled but very low". Crisis team were not aware there were children in the house at the time - they are now.
11:15 - Housing Options. Homeless application taken from mum by phone with me on the call. Housing have a duty; they can only offer bed and breakfast tonight.
16:50 - Housing rang back: two rooms at the {{Clarendon Guest House|place}}, [[Station Road|ADDRESS:P02]], from tonight. Shared bathroom, no kitchen. Mum accepted. I took them over at 18:00 with the bags the neighbour had packed.

Tues 4/2
09:00 - Thiago and Luciana not in school today - mum said they didn't sleep. Dayana went in, by 2 buses.""")
    ,
    ("bb", "2025-02-06", "Home Visit", "ccastellane", "Home visit - B&B", "standard",
     """Purpose of visit: to see all 4 children and mum in the B&B, start the assessment.
Child seen: Thiago - yes, alone (in the breakfast room, 20 mins). Dayana - yes, alone on the stairs. Luciana and Santino seen with mum.

Accommodation: 2 rooms on the 2nd floor. Room 1 - double bed and travel cot (mum, Luciana, Santino). Room 2 - twin beds (Dayana, Thiago). Shared bathroom with 3 other rooms. Microwave and kettle only, no kitchen. Mum has been buying food from the Co-op and takeaways. Bottles washed in the bathroom sink.

Thiago: quiet, polite, watched the door. Said "I don't want to talk about the landing." Has wet the bed every night since Saturday - mum said he has not done that since he was 4. Nightmares. Asked if dad is "in trouble with the police". Explained no, he's in hospital to get better.
Dayana: angry. "It's his fault we're in this dump. He's always been like this, nobody ever did anything." Doing the baby's bottles and taking Luciana to the toilet at night so mum can sleep. Said she is "fine" and doesn't need "a social".
Luciana: asked me twice when daddy is coming.
Santino: well presented, babbling, mum says feeding well.

Mum: exhausted, tearful, warm with the children. Speaks good English; prefers Spanish for difficult things - offered an interpreter, she declined.

Analysis: the children are safe from the immediate event but living in very poor temporary conditions, with trauma for Thiago in particular and Dayana taking an adult role. Mum has no support network here.
Next steps: school transport; HV to visit; GP for Thiago; housing to be chased; finances check.""")
    ,
    ("school", "2025-02-11", "School Liaison", "ccastellane", "Schools - attendance and transport", "standard",
     """Spoke to [[Mrs Annis Brackwell|~british]] (DSL, {{St Aldhelm's Primary|place}}) and to the pastoral lead at {{Corringham High|place}}.

St Aldhelm's: Thiago missed 4 days since 1/2 (3, 4, 5 and 7 Feb). Luciana 2 days. Thiago "in a bubble", put his head down in class, drew a picture of a ladder and scribbled over it. School have put him with the ELSA twice a week. Both children entitled to free school meals - application done by school today.
Corringham High: Dayana late every day since the move (2 buses, 55 mins), had a detention for it, which has now been removed. Head of Year said she is "snappy" but her work is fine.

Transport: B&B is 6.5 miles from St Aldhelm's. Submitted request to Home to School Transport as an exceptional case. Agreed by phone this afternoon - a taxi for Thiago and Luciana from Mon 17th Feb, and a bus pass for Dayana from the same date.""")
    ,
    ("da_disclosure", "2025-02-13", "Case Note", "ccastellane", "CONFIDENTIAL - mother's disclosure", "restricted",
     """RESTRICTED NOTE - do not share with father or discuss with the children.

Seen mum alone at the family centre while Santino was in the creche.

Yesenia disclosed that Iestyn was physically abusive to her between about 2015 and 2019: pushing, slapping, once strangling her against the fridge when she was pregnant with Luciana (2018). She never called police. She said it stopped when he started on antidepressants and "got sad instead of angry". Dayana saw some of it when she was little. Yesenia does not think he would hurt the children and says there has been no violence since 2019, but she is scared of what he is like when he drinks.

She does not want this shared with Iestyn and asked that it is not put in anything he will read.

Safety: if she needs to leave quickly she will go to her sister Yurani, [[14 Quarry Bank, Haldane HX3 9PW|ADDRESS:P08]]. New phone number she keeps for this, which Iestyn does not know: [[07946 072233|PHONE:P02]].
DASH completed - 11 ticks, medium. Referral made to the IDVA service ([[Perdita Featherstonehaugh|~british]], [[0191 498 0731|PHONE]]) with her consent.""")
    ,
    ("hv", "2025-02-14", "Health Visitor", "ccastellane", "HV contact - copied from health record", "standard",
     """Entry from the health visiting record, shared by HV [[Tabitha Scholefield|~british]] with mum's consent:

14.2.25 Home visit to B&B ({{Clarendon Guest House|place}}, rm 2). Seen: Santino (15/12), mum, Luciana.
Santino - weight 10.2kg (50th centile, following his line). Walking with one hand held. 6-8 words. Sleeping in travel cot - advised re safe sleep, cot is suitable. Sterilising in bathroom sink - given microwave steriliser bags.
Mum - low, tearful, sleeping 3-4 hrs. Whooley questions both positive. Denies thoughts of self-harm, "I have four reasons not to". Advised GP appt for herself; she has not registered with a GP near the B&B - still registered at {{Larkspur surgery|place}}, which is fine, they will see her.
Plan: HV to visit again in 2/52, sooner if mum requests. Liaison with SW (done by phone today).""")
    ,
    ("fha", "2025-02-24", "Child and Family Assessment", "ccastellane", "Family Help Assessment - outcome", "standard",
     """Family Help Assessment completed (started 03/02/25).

Summary: On 1 February Thiago (9) saw his father attempt to hang himself at home. Father is in hospital under the Mental Health Act. Mother and the 4 children have been homeless since and are in one B&B (two rooms). Mother is a loving, capable parent under extreme strain. No concerns about the care of the children. Dayana (13) is doing a lot of caring for her younger siblings and is angry. Thiago has regressed (bed-wetting, nightmares, not talking about it). Luciana misses dad. Santino is meeting milestones (HV visited 14/2).

Needs identified:
- settled, suitable housing
- money: rent arrears on the old house, benefits in dad's name
- therapeutic support for Thiago; young carers assessment for Dayana
- a safe plan for the children to see their father when he is discharged
- support for mum (she has no family locally)

Outcome: the children are children in need under s17. Recommend a CIN plan. Threshold for s47 not met - mother acted protectively, no evidence of risk from her care. First CIN meeting to be held within 10 working days.

TM agreed 24/02.""")
    ,
    ("flat", "2025-03-03", "Housing", "ccastellane", "Move to temporary flat", "standard",
     """Family moved out of the B&B on Friday 28/2 into a 2-bed flat, council temporary accommodation: [[Flat 12, Fennimore Court, Ravensholt RV6 2TB|ADDRESS:P02]]. 3rd floor, lift works. Furnished. Dayana and Luciana share one room, Thiago and Santino the other, mum on a sofa bed in the living room.

Visited today. Mum "can breathe again". Kitchen - she cooked arepas and made me try one. Thiago showed me his bed and said "I can have my light on here". Dayana shut herself in her room and did not come out; said through the door she was fine.

Still 2.2 miles from St Aldhelm's - transport continues. Mum is on the housing register, band A, for a 3-bed.""")
    ,
    ("trust_letter", "2025-03-05", "Health", "ccastellane", "Letter from mental health trust - father", "restricted",
     """RESTRICTED - third party health information about the father. Copy of discharge letter received with his written consent to share with CSC.

Ravensholt and Eastdale NHS Foundation Trust, {{Ashcombe Unit|place}}, Ward 3
Tel: [[0113 496 0845|PHONE]]

Re: Iestyn TRETHEWEY, DOB [[19/12/1984|DOB:P03]], NHS No [[485 777 3457|NHS_NUMBER:P03]]

Admitted 02/02/2025 under s2 MHA following a near-lethal suicide attempt by hanging. Section 2 lapsed on 01/03/2025; he stayed as an informal patient and was discharged on 04/03/2025 to his brother's address, [[7 Bellwether Close, Ravensholt RV5 1AU|ADDRESS:P07]].

Diagnosis: Bipolar affective disorder, current episode severe depression without psychotic symptoms. Harmful use of alcohol.
Medication: lithium (levels to be monitored), sertraline stopped.
Follow-up: Home Treatment Team daily for 2 weeks, then community mental health team care coordinator.
Risk: remains at elevated risk of suicide, especially when drinking. Protective factors: his children, his brother.

Dr [[Morvoren Gendall|~british]], Consultant Psychiatrist""")
    ,
    ("cin1", "2025-03-12", "CIN Meeting", "ccastellane", "CIN plan meeting 1", "standard",
     """Initial CIN meeting. Chair: SW.
Present: Yesenia Carvajal (mum), Iestyn Trethewey (dad, first half only), Jory Trethewey (paternal uncle), Mrs Brackwell (St Aldhelm's), Corringham High pastoral lead, HV, Home Treatment Team nurse.

Dad: discharged from the Ashcombe Unit on Tues 4th and staying with his brother Jory. Quiet, apologised to mum in the meeting. Said he had not had a drink since 1 February. He wants to see the children.

SAFETY PLAN for dad's time with the children (agreed by mum, dad and Jory; to be reviewed at each CIN meeting):
1. Supervised by mum or Jory at all times. Not alone with the children, and not alone with Santino.
2. Daytime only, at the flat or out in the community. No overnight stays at the flat.
3. If dad has been drinking, the visit does not happen. Mum can cancel without giving a reason.
4. If dad talks about ending his life, the adult with him rings the Home Treatment Team or 999. Dayana is NOT responsible for this - told to her directly by SW and mum.
5. Dad will not talk to the children about the landing. If Thiago asks, dad can say "I was very poorly and I'm getting help."

Plan also: CAMHS referral for Thiago (done today, by SW with GP letter). Young carers assessment for Dayana. Debt advice. Housing to progress 3-bed.
Next CIN meeting: 6 weeks.""")
    ,
    ("money", "2025-03-21", "Telephone", "ccastellane", "Finances - food bank and debt", "standard",
     """Call with mum 20/3. She has £11 until Tuesday. Universal Credit was a joint claim with dad as the lead claimant and payments are still going to his account - he has not passed any on.

Actions today:
- Food bank voucher issued (3 days, family of 5), for the {{Hallam Street food bank|place}}. Mum collected this afternoon.
- Household Support Fund application, £150 supermarket vouchers - approved.
- UC: helped mum report the change of circumstances - single claim from now. First payment around 5 weeks; advance payment requested.
- Debt: rent arrears on [[Larkspur Avenue|ADDRESS:P02]] are £2,870 (landlord's letter), in dad's sole name, not mum's. Council tax summons £612 - in both names. Referred to Citizens Advice, appointment 2 April.
Mum embarrassed - "in Colombia I worked in a bank." Reassured her.""")
    ,
    ("ewo", "2025-03-26", "Education", "ccastellane", "Education welfare - attendance report", "standard",
     """Report from [[Mr Hesketh-Bain|~british]], Education Welfare Officer, received by email:

Attendance since the start of the spring term -
Thiago: 88.1%. All of his absences fall between the 3rd and the 14th of last month. Since the taxi started (17.2.25) he has not missed a day.
Luciana: 93.4%.
Dayana (Corringham High): 91.7%, but 14 late marks since 3 Feb, none since she got the bus pass.

The absences are authorised as exceptional circumstances. No attendance panel, no penalty notice, no further action from the EWS. Mr Hesketh-Bain asked that the school transport stays in place for as long as the family are in temporary accommodation - if the family move to a permanent address out of catchment it will need a new application.""")
    ,
    ("texts", "2025-03-31", "Case Note", "ccastellane", "Text messages from mum (pasted)", "standard",
     """Texts from mum to my work mobile over the weekend, copied in:

Fri 28/3 16:02 Mum: Hi Cornelius sorry to bother. Daya got sent home from school today, they say 1 day exclusion for throwing a chair in the classroom. nobody hurt. she wont talk to me
Fri 28/3 16:40 Me: Thanks for letting me know. Is she ok now? I'll ring school Monday. Is she at home with you?
Fri 28/3 16:58 Mum: she's in her room. she say she is sick of looking after everyone and teachers are on her back
Sat 29/3 10:15 Mum: she is better today took Lucy to the park. Iestyn came 11-1 with Jory was good
Sun 30/3 21:30 Mum: Thiago dry 3 nights!!!

Monday 31/3 - school confirmed a 1-day suspension (fixed term) on 28/3 for throwing a chair after being told off for not having her PE kit. Return meeting today, mum went. School agreed a time-out card. Dayana's young carers assessment is booked for 10/4.""")
    ,
    ("crisis2", "2025-04-14", "Police Incident", "ccastellane", "Second crisis - dad at the flat Sat night", "standard",
     """Recorded Mon 14/4 - events of Saturday night (12th), from police notification, mum and Dayana.

About 21:30 Iestyn turned up at the flat unannounced. Mum could smell drink. He was crying and saying "I should have finished it, you'd all be better off." Mum would not let him in; he sat on the stairwell and cut his forearm with a broken bottle. Dayana rang 999 and took Thiago, Luciana and Santino into the bedroom and put a film on. Mum stayed at the door talking to him.
Police and ambulance arrived 21:52. Dad detained under s136 and taken to the place of safety at Ravensholt General. Cuts glued in A&E. Assessed Sunday morning - not admitted; back to the Home Treatment Team, staying at Jory's.

Children: Thiago heard shouting but did not see dad. He wet the bed on Saturday night, first time in 2 weeks. Dayana said "I did what you said, I rang them. But I'm the one who always has to." 

Mum has said no visits from dad until the CIN meeting. Dad agreed by text via Jory.
Safety plan worked as far as the adults go, but it was Dayana who rang - I will talk to her about that being the right thing and not her job. TM informed.""")
    ,
    ("mo", "2025-04-16", "Management Oversight", "tlockyer", "Management oversight following 12/4", "standard",
     """TM oversight.

Considered whether 12/4 should step this up to a strategy discussion / s47. Decision: no. Mum acted protectively, did not let father in, children were kept away from the stairwell, emergency services called promptly. The risk here is to the father himself and the emotional impact on the children, not from their care.
However: Dayana again took the adult role. Young carers assessment to be brought forward. Father's visits stay suspended until his HTT review and the CIN meeting. If father comes to the flat again while unwell, a strategy discussion will be convened.
Ask HTT for a written view of risk to others before visits restart.
CIN to continue. Review in 4 weeks.""")
    ,
    ("cin2", "2025-05-08", "CIN Review", "ccastellane", "CIN review", "standard",
     """CIN review meeting.
Present: mum, dad (by phone for his part), Jory, both schools, CAMHS practitioner, young carers worker, SW.

Progress since 12/3:
- Thiago: seen by CAMHS on 29/4, now having trauma-focused sessions fortnightly. School say he put his hand up in class for the first time this term. Wet beds rare now.
- Dayana: young carers assessment done 17/4, started the Thursday young carers group on 24/4 "because they do pizza". No further suspensions. Said in the meeting: "I want to be 13, not the mum."
- Luciana: fine, at school every day.
- Santino: HV review - all on track.
- Money: Citizens Advice set up a payment plan for council tax. UC now in mum's name. No food bank needed since early April.
- Dad: HTT discharged him to the CMHT on 30/4, care coordinator allocated. Not drinking by his account; Jory agrees. Visits resumed 3 May, at the family hub on Saturdays, supervised by Jory.
- Housing: 3-bed house offered at [[22 Pellew Street, Ravensholt RV6 4NQ|ADDRESS:P02]], viewing done, mum accepted. Keys expected June.

Plan continues. Safety plan reviewed - unchanged except visits can move back to the flat from June if all goes well.""")
    ,
    ("closure", "2025-07-09", "Closure", "ccastellane", "CIN closure - step down to Family Hub", "standard",
     """Final CIN review 08/07 and closure summary.

The family moved into the 3-bed council house at [[Pellew Street|ADDRESS:P02]] on 16 June. All four children have their own space now except Luciana and Santino who share. Thiago said "my room has a lock on the window AND a night light".
Dad visits twice a week at the house, daytime, with Jory or mum present - no incidents since 12/4. He is working with the CMHT and attending an alcohol group.
Thiago: CAMHS sessions continue to September. Dry at night. Dayana: attending young carers, no exclusions, her Head of Year says she is "a different girl this term". Debts on a payment plan.

Outcome: CIN plan ended 08/07/2025 by agreement. Stepped down to the Family Hub (early help worker [[Colan Roskelly|~british]]) for 3 months for the safety plan and school transition (Thiago moving to Y5, Dayana to Y9). Mum knows how to re-refer. Case closed to Family Help.""")
    ,
]

QUESTIONS = [
    {"q": "when was dad sectioned?", "qtype": "when",
     "facts": ["2025-02-02"], "notes": ["calls"], "as": "ccastellane"},
    {"q": "what section of the MHA was he detained under", "qtype": "what",
     "facts": ["section 2"], "notes": ["calls"], "as": "tlockyer"},
    {"q": "who saw it happen on the landing", "qtype": "who",
     "facts": ["Thiago"], "notes": ["ppn"], "as": "ccastellane"},
    {"q": "what did daniela say about the B&B", "qtype": "quote",
     "facts": ["It's his fault we're in this dump"], "notes": ["bb"], "as": "ccastellane"},
    {"q": "When did they move out of the b and b into the flat", "qtype": "when",
     "facts": ["2025-02-28"], "notes": ["flat"], "as": "tlockyer"},
    {"q": "how much are the rent arrears on the old house", "qtype": "how_many",
     "facts": ["£2,870"], "notes": ["money"], "as": "ccastellane"},
    {"q": "is dad allowed to stay over at the flat?", "qtype": "yes_no",
     "facts": ["no"], "notes": ["cin1"], "as": "ccastellane"},
    {"q": "who rang 999 when he turned up drunk", "qtype": "who",
     "facts": ["Dayana"], "notes": ["crisis2"], "as": "tlockyer"},
    {"q": "why was dani excluded", "qtype": "what",
     "facts": ["throwing a chair"], "notes": ["texts"], "as": "ccastellane"},
    {"q": "has mum got a new partner", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "ccastellane"},
    {"q": "what did the GP say about Thiago's bedwetting?", "qtype": "what",
     "facts": [], "notes": [], "as": "tlockyer"},
]

EVENTS = [
    ("2025-02-01", "police_incident", ["ppn"], "Father attempts to hang himself at the family home in front of Thiago; police and ambulance attend"),
    ("2025-02-01", "hospital", ["ppn"], "Father taken to Ravensholt General A&E"),
    ("2025-02-02", "hospital", ["calls"], "Father detained under section 2 of the Mental Health Act and admitted to the Ashcombe Unit"),
    ("2025-02-03", "referral", ["ppn", "calls"], "Police notification received and allocated to Family Help"),
    ("2025-02-03", "household_change", ["calls", "bb"], "Mother and four children homeless; placed in bed-and-breakfast at the Clarendon Guest House"),
    ("2025-02-24", "assessment", ["fha"], "Family Help assessment completed: children in need, CIN plan recommended"),
    ("2025-02-28", "household_change", ["flat"], "Family move from the B&B to a two-bed temporary flat at Fennimore Court"),
    ("2025-03-04", "health", ["cin1"], "Father discharged from hospital to stay with his brother"),
    ("2025-03-12", "cin_review", ["cin1"], "First CIN meeting: safety plan for father's visits agreed"),
    ("2025-03-12", "camhs_referral", ["cin1"], "Thiago referred to CAMHS"),
    ("2025-03-28", "school_exclusion", ["texts"], "Dayana given a one-day suspension for throwing a chair in class"),
    ("2025-04-12", "police_incident", ["crisis2"], "Father arrives drunk at the flat and cuts his arm on the stairwell; Dayana calls 999; father detained under s136"),
    ("2025-04-12", "hospital", ["crisis2"], "Father taken to the place of safety at Ravensholt General; not admitted"),
    ("2025-05-08", "cin_review", ["cin2"], "CIN review: Thiago in CAMHS, Dayana at young carers, father's visits resumed at the family hub"),
    ("2025-06-16", "household_change", ["closure"], "Family move into a three-bed council house"),
    ("2025-07-08", "closure", ["closure"], "CIN plan ended; stepped down to the Family Hub and case closed"),
]
