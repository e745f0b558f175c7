"""IN15-0004: an eight-year-old with Dravet syndrome between two separated parents and a private law dispute."""

CASE = {
    "case_id": "IN15-0004",
    "team": "Eynsford Children with Disabilities",
    "status": "closed",
    "allocated_worker": "apaston",
    "child": {
        "person_id": "P01", "given_name": "Enda", "family_name": "Thistlethwaite", "date_of_birth": "2017-03-19",
        "gender": "male", "ethnicity": "White British", "nhs_number": "609 139 0996",
        "address": "14 Saddler's Walk, Eynsford, ME19 4QT", "school": "Copperbeech School",
        "given_origin": "irish", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Dearbhla", "family_name": "Thistlethwaite", "relationship": "mother",
         "date_of_birth": "1986-11-02", "phone": "07823 416590", "address": "14 Saddler's Walk, Eynsford, ME19 4QT",
         "given_origin": "irish", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Diarmuid", "family_name": "Thistlethwaite", "relationship": "father",
         "date_of_birth": "1983-05-27", "phone": "07962 551083", "address": "Flat 3, 61 Quillet Road, Eynsford, ME19 6HB",
         "given_origin": "irish", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Jonquil", "family_name": "Tordoff", "relationship": "father's partner",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Lowdy", "family_name": "Trevithick", "relationship": "epilepsy nurse specialist",
         "phone": "01634 882915", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Hermia", "family_name": "Vaizey", "relationship": "Cafcass family court adviser",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Enda": "P01", "Enda Thistlethwaite": "P01",
    "Dearbhla": "P02", "Dearbhla Thistlethwaite": "P02",
    "Diarmuid": "P03", "Dermot": "P03/irish", "Diarmuid Thistlethwaite": "P03",
    "Jonquil": "P04", "Tordoff": "P04", "Jonquil Tordoff": "P04",
    "Lowdy": "P05", "Trevithick": "P05", "Lowdy Trevithick": "P05",
    "Tillie": "~british", "Haverfield": "~british", "Colquhoun": "~british", "Cloherty": "~irish", "Gatenby": "~british",
    "Hermia": "P06", "Vaizey": "P06", "Hermia Vaizey": "P06",
}

NOTES = [
    ("transfer", "2025-09-15", "Case Transfer Summary", "apaston", "Transfer in from CWD assessment team", "standard", """
CASE TRANSFER SUMMARY

Child: Enda Thistlethwaite, DOB [[19/03/2017|DOB:P01]], NHS [[609 139 0996|NHS_NUMBER:P01]]
Address: [[14 Saddler's Walk, Eynsford|ADDRESS:P02]] [[ME19 4QT|POSTCODE:P02]] (with mum)
Legal status: CIN (s17, disabled child). Both parents hold PR.

Background: Enda has Dravet syndrome (diagnosed at 14 months after a run of prolonged febrile seizures) with a moderate-severe learning disability. He is largely non-verbal - uses some Makaton, a few words ("more", "Da", "no"), and a communication book at school. Seizures are mixed: tonic-clonic, absences, myoclonic jerks, often clustering when he is unwell or overheated. Rescue med is buccal midazolam per his emergency care plan.

Parents (mum Dearbhla, dad Diarmuid) separated in {{June|event_date}} this year after 11 yrs together. Dad moved out to a flat on [[Quillet Road|ADDRESS:P03]]. Enda lives with mum and has been seeing dad most weekends informally - no order in place. Relationship between parents described by the previous worker as "civil on a good day".

Attends Copperbeech School (all-through special school), Class 4. Has overnight short breaks at Whinfell House, 2 nights per month, agreed at panel in March.

Outstanding: CIN review due Nov. Dad has hinted he is "going down the court route". Mum anxious about this.
"""),
    ("dadcall", "2025-09-24", "Telephone Call", "apaston", "Call from father re court application", "standard", """
{{10:40|time}} Incoming call from Mr [[Thistlethwaite|P03]] (dad) [[07962 551083|PHONE:P03]].

Dad says he lodged a C100 at the family court on the {{17th|event_date}} - he wants a child arrangements order for Enda to live with him or "at the very least 50/50". Main concern he raises: mum "doesn't give the midaz when she should". Says that on a weekend in August Enda had a tonic-clonic at mum's and she "sat there timing it" and didn't give midazolam till nearly 8 minutes, when the plan says 5. Says mum "panics and freezes" and he has seen it more than once. He also says mum lets Enda get too hot in the car which is a known trigger.

I asked if he had raised this with the epilepsy nurse. He said no, "they all take her side".

{{10:58|time}} Call ended. Advised dad I will speak to the epilepsy nurse and to mum, and that if the court asks for information we will give it.

{{11:30|time}} Rang mum [[07823 416590|PHONE:P02]]. She was upset, said the August seizure was at 4 mins 40 when she gave it and she writes everything down. "Ask Lowdy, she's seen my diary." Mum confirmed she has had a letter from dad's solicitor.
"""),
    ("esn", "2025-10-06", "Health", "apaston", "Email from epilepsy nurse specialist", "standard", """
Email received from Lowdy Trevithick, Epilepsy Nurse Specialist (paediatric neurology outreach), pasted below with her agreement.

"Hi Agathe, thanks for your call last week. I have known Enda and his family since 2019. My view, for what it's worth:

- Mum keeps a meticulous seizure diary - times, duration, triggers, temp, what was given and when. I have no concerns about her administration of buccal midazolam and she has done refresher training with me twice (most recently Feb 2025).
- I looked back at the August episode she logged: midazolam given at 4 min 40 sec. That is within the plan.
- Dad has been trained but not since 2022, and as far as I know there is no copy of the emergency care plan at his flat. I'd really like both homes to have one on the fridge.
- Separately, Enda's consultant has recommended the ketogenic diet given how drug-resistant he is (he is on three AEDs). Mum is keen. Dad has told the dietitian he doesn't agree. Both parents have PR so we won't start without a way forward. Target start was January.

Happy to contribute to any report. Lowdy"

Action: SW to ask dad to attend refresher rescue medication training; copy of care plan to go to both homes.
"""),
    ("picu", "2025-10-20", "Hospital", "apaston", "Admission - status epilepticus at father's home", "standard", """
Call from hospital social worker on the children's ward ({{Medway Vale Hospital|place}}) this morning.

Enda was at dad's for the weekend. On Saturday ({{18/10|event_date}}) at around {{6.15pm|time}} he had a tonic-clonic seizure at dad's flat. Dad says he gave buccal midazolam "at about 5 minutes" but the seizure didn't stop; 999 called, paramedics gave a second dose and then IV meds in A&E did not stop it. Enda was in status epilepticus for over 40 minutes, was intubated and moved to PICU. He came off the ventilator on Monday morning and is now back on the ward. Expected home mid-week.

Dad's partner [[Jonquil|P04]] was at the flat too (first time I have heard of a partner - dad has not mentioned her).

Ward staff noticed bruising on Enda's left cheek and left upper arm. Dad's explanation: Enda fell sideways off the sofa at the start of the seizure and hit the radiator. The ward SW has asked the consultant paediatrician to look at the bruising - she will call me back.

Mum at the bedside, very distressed, says "this is exactly what I was scared of".
"""),
    ("strat", "2025-10-23", "Strategy Discussion", "lgresley", "Strategy discussion - bruising noted on admission", "standard", """
STRATEGY DISCUSSION (Teams)  23.10.25  14:00
Chair: L Gresley (TM CWD)
Present: A Paston (SW), DS [[Crispian Colquhoun|~british]] (POLICE CAIU), Dr [[Ide Cloherty|~irish]] (consultant paediatrician), M Trevithick (ESN), Copperbeech DSL ([[Mererid Cadwaladr|~british]])

Reason: Bruising to L cheek (approx 3cm) and L upper arm (two marks, 2cm and 1.5cm) noted on PICU admission following prolonged seizure at father's home on 18/10.

Information shared:
- Paediatrician: bruising is consistent with the account of a fall against a hard edge during a tonic-clonic seizure; pattern not suggestive of grip marks; no other injuries, skeletal survey not indicated. "I have no safeguarding concern about the injuries themselves."
- Police: no previous police involvement with either parent. No DA callouts.
- School: no previous marks or concerns. Enda falls at school during seizures and has a helmet for the playground.
- ESN: dad's rescue medication training is out of date; there was no care plan at the flat.

Decision: threshold for s47 NOT met. Injuries accepted as accidental. Continue under CIN. Single-agency follow-up.
Actions: SW to ensure dad completes midazolam refresher before next overnight; care plan copies to both homes; SW to share outcome with both parents in writing.
"""),
    ("cafcass", "2025-10-31", "Court", "apaston", "Email from Cafcass - s7 report", "standard", """
Email from Hermia Vaizey, Family Court Adviser, Cafcass:

"Dear Ms Paston,
Re: [[Thistlethwaite|P01]] - child arrangements (Enda Thistlethwaite)
At the FHDRA on Wednesday {{29 October|event_date}} the court directed a section 7 welfare report from Cafcass, to be filed by {{14 January 2026|event_date}}, with the final hearing listed for {{12 February 2026|event_date}}. The court has asked me to address the rescue medication issue raised by Mr [[Thistlethwaite|P03]], Enda's health needs and the proposed ketogenic diet, and the arrangements for time with each parent.
Could you send me a summary of local authority involvement, the outcome of the strategy discussion of 23 October, and contact details for the epilepsy nurse? I would also like to observe Enda at school and at Whinfell House if possible, as I understand he has limited verbal communication.
Kind regards, Hermia"

Reply sent same day with LA summary (agreed with TM). Interim arrangement recorded on order: Enda to stay with dad on alternate Saturdays (daytime only) until dad has done his training.
"""),
    ("hv1", "2025-11-07", "Home Visit", "apaston", "Home visit - mother", "standard", """
Purpose of visit: see Enda since discharge (home 22/10), talk to mum about the s7 and the diet.
Child seen: Yes. Not alone - Enda does not use speech to communicate; observed with mum and on his iPad.
Present: mum, Enda.

Observations: Enda was in his bean bag with his sensory lights on, looked tired. Mum says he has been "wiped out" since PICU, sleeping 13-14 hrs, lost some skills he had (he isn't doing the "more" sign at the moment). Bruise on cheek faded; no new marks seen. He came to me with his communication book and pointed to "swing".

Mum showed me the seizure diary - hand written, very detailed, times to the second. Checked the midazolam in the fridge door: two pre-filled syringes in date (exp 05/26), care plan laminated on the fridge.

Mum denied she ever "froze". Said dad is angry with himself about the 18th and is "turning it onto me". She feels dad's new partner (Jonquil - mum doesn't know her surname) is behind the application.

Analysis: Mum's care is attuned and competent. Home is safe and adapted (hoist, soft flooring in bedroom, bed alarm).
Next steps: LA summary to Cafcass done. Ask Whinfell for their records of rescue med use.
"""),
    ("whinfell", "2025-11-14", "Short Breaks", "apaston", "Update from Whinfell House", "standard", """
Phone update from [[Tillie|~british]] (Enda's key worker at Whinfell House short breaks unit).

Enda's overnight on Wed {{12th|event_date}} - cluster of three tonic-clonic seizures between {{02:10|time}} and {{02:55|time}}; third lasted over 5 mins and staff gave buccal midazolam at 5 mins as per plan, seizure stopped at 7 mins. Recovered, slept, no hospital needed. Both parents were rung at 3am as per protocol.

Tillie says he loves it there - he is "a different boy" in the sensory room and the trampoline. She feels both parents are loving but "they bring the row to the door" at handover. Staff have started doing separate handovers.

Whinfell have a bed available for a third night each month from January if panel agrees.
"""),
    ("school", "2025-11-27", "School", "apaston", "School liaison - Copperbeech", "standard", """
Met class teacher Mrs [[Haverfield|~british]] and the DSL at Copperbeech.

Attendance this term 81% (PICU admission and recovery account for most of it). He is back to full days since the 10th.
Communication: Makaton and objects of reference, communication book. Has a word for dad ("Da") which he uses a lot - teacher says he lights up when he sees dad's car at Friday pick-up.
Seizures at school: four this half-term logged, none needing rescue med.
School's view on keto: would support it - they already do it for another pupil and the kitchen can manage it, but need a decision by Christmas so the catering staff can be trained.
No safeguarding concerns from school. Cafcass (Ms Vaizey) has booked to observe him in class on 2 Dec.
"""),
    ("mo1", "2025-12-10", "Management Oversight", "lgresley", "Management oversight", "standard", """
Management oversight - L Gresley TM

Read the file and discussed with Agathe. Enda continues to be appropriately supported under CIN; no indicators for CP.

Private law: s7 report due 14.1.26, final hearing 12.2.26. We have provided our summary. We are not a party and must not take sides in the parental dispute - our role is Enda's needs.

Rescue medication: dad completed midazolam refresher training with Lowdy on {{3rd Dec|event_date}} - certificate seen. Care plan now at both homes. This is a positive step and addresses the main concern from the strategy discussion.

Ketogenic diet: remains stuck. Dad told Agathe on the phone last week "he's not a science experiment" and that Enda "has enough taken away from him without his food". Mum wants it to start. Neither parent can override the other on a significant medical decision; if no agreement the options are a specific issue order or the consultant's view in the s7. Agreed: SW to convene a professionals meeting with both parents, the dietitian and ESN before Christmas.

Short breaks: support request to panel for 3rd night at Whinfell.
"""),
    ("keto", "2026-01-09", "Meeting", "apaston", "Meeting re ketogenic diet", "standard", """
Minutes - meeting re proposed ketogenic diet (note: first date of 18 Dec was cancelled - dad could not get off work; rearranged)

Date held: yesterday, {{Thurs 8th Jan|event_date}}
Present: mum, dad, A Paston SW, M Trevithick ESN, [[Glenda Gatenby|~british]] (paediatric dietitian). Consultant joined by phone for 20 mins.

Consultant explained: Enda is on 3 anti-seizure meds and still averaging around 11 seizures a week. Keto is the recommended next step for Dravet when meds haven't worked; around half of children see a big reduction. It is a 3-month trial and can be stopped.
Dad's concerns: Enda loves his food, it is one of the few things he enjoys; the shakes; worried about the weekends at his - "I don't want to be the one who gets it wrong again."
Dietitian: will give dad his own training and a weekend meal plan; Jonquil (dad's partner) can come too.

OUTCOME: dad agreed to a 3-month trial. Start date Monday 19 January. Review with dietitian at 6 and 12 weeks. Both parents signed the consent.
"""),
    ("texts", "2026-01-26", "Case Note", "apaston", "Text messages from mum (copied in)", "standard", """
Mum sent me these texts over the last week and asked that they go on the file. Copied as written:

Mon 19 Jan 20:14 - first day done!! he spat the shake out twice but ate the eggy thing. ketones 1.2 tonight
Wed 21 Jan 07:02 - no seizures yesterday at all. dont want to jinx it
Sat 24 Jan 18:40 - [[dermot|P03/irish]] sent me a pic of [[enda|P01]] eating the keto pancakes [[jonquil|P04]] made. actually nice of them tbh
Sun 25 Jan 21:15 - 1 short one this morning at [[dermots|P03/irish]], no midaz needed. [[dermot|P03/irish]] rang me straight away which he NEVER used to do

SW reply sent: thanks, glad it is going OK, will share with Lowdy.
"""),
    ("final", "2026-02-16", "Court", "apaston", "Outcome of final hearing", "standard", """
Final hearing - Eynsford Family Court - Thursday {{12th February|event_date}}. I did not attend (LA not a party). Outcome from mum by phone and confirmed by Cafcass email today.

Cafcass s7 recommendation (filed 14 Jan): Enda to live with mum; to spend time with dad every other weekend (Saturday 10am to Sunday 4pm) and Wednesday after school for tea, with overnight stays conditional on dad's rescue medication training being kept up to date. The report found no evidence that mum had failed to give rescue medication properly and noted her diary "would be the envy of most hospitals".

Order made by consent: Child arrangements order - lives with mother, spends time with father alternate weekends and Wednesday tea. Both parents to attend refresher training every 12 months and to keep the care plan at each home. Recital that the parents agree the ketogenic trial will continue and be reviewed with the consultant. No findings made.

Dad now living with Jonquil Tordoff - they have moved to a 2-bed house together (I need the new address). Dad says Enda will have his own room there.
"""),
    ("cinrev", "2026-03-05", "CIN Review", "apaston", "Child in need review", "standard", """
CIN REVIEW - held 4.3.26 at Copperbeech
Present: mum, dad, SW, ESN, class teacher, Whinfell key worker, dietitian (written report)

Health: seizures down to about 4 to 5 a week on the ketogenic diet (from around 11). Only one rescue med use since January (at Whinfell, given correctly). Dietitian: ketones stable, weight fine.
Short breaks: panel agreed the additional night - Enda now has three nights a month at Whinfell House.
School: attendance this half-term 96%. "More" sign is back.
Family: the new arrangements from the court order are working. Parents did a joint handover at the review for the first time. Dad's new address: [[22 Plover Gardens, Eynsford|ADDRESS:P03]] [[ME19 5RN|POSTCODE:P03]].
Child's view: Enda was seen in class, showed us his photo board - pictures of mum, dad, Jonquil and the trampoline at Whinfell.

Plan: no further need for social work under CIN. Short breaks package to continue through the short breaks co-ordinator. Recommend closure.
"""),
    ("closure", "2026-03-27", "Closure", "lgresley", "Closure summary", "standard", """
Closure summary - authorised by L Gresley TM, case closed {{27/03/2026|event_date}}.

Enda (8) was open as a child in need due to his disability. During this period: private law dispute between his separated parents (father alleged rescue medication was not given properly - not substantiated by the epilepsy nurse or Cafcass); PICU admission after status epilepticus at father's home in October; strategy discussion about bruising (NFA, accidental); a final child arrangements order in February; ketogenic diet started in January with good effect.
Ongoing: short breaks at Whinfell (3 nights/month) reviewed annually by the short breaks co-ordinator; ESN and neurology continue. Either parent can re-refer through the front door.
"""),
]

QUESTIONS = [
    {"q": "when was enda in picu", "qtype": "when", "facts": ["2025-10-18"], "notes": ["picu"], "as": "apaston"},
    {"q": "what did the epilepsy nurse say about mums seizure diary?", "qtype": "what", "facts": ["meticulous"],
     "notes": ["esn"], "as": "apaston"},
    {"q": "who's the cafcass officer doing the s7", "qtype": "who", "facts": ["Hermia Vaizey"], "notes": ["cafcass"],
     "as": "lgresley"},
    {"q": "was a s47 done after the bruising on the ward", "qtype": "yes_no", "facts": ["no"], "notes": ["strat"],
     "as": "lgresley"},
    {"q": "how many nights a month does he get at Whinfell now", "qtype": "how_many", "facts": ["three nights a month"],
     "notes": ["cinrev"], "as": "apaston"},
    {"q": "what did dad actually say about the keto diet", "qtype": "quote", "facts": ["he's not a science experiment"],
     "notes": ["mo1"], "as": "apaston"},
    {"q": "has dad done the midaz refresher?", "qtype": "yes_no", "facts": ["yes"], "notes": ["mo1"], "as": "apaston"},
    {"q": "whats dads time with him now, after the final hearing", "qtype": "what",
     "facts": ["alternate weekends", "Wednesday tea"], "notes": ["final"], "as": "lgresley"},
    {"q": "how many seizures a week is he having since starting keto", "qtype": "how_many", "facts": ["4 to 5"],
     "notes": ["cinrev"], "as": "apaston"},
    {"q": "who is enda's GP", "qtype": "who", "facts": [], "notes": [], "as": "apaston"},
    {"q": "has mum had a carers assessment", "qtype": "yes_no", "facts": [], "notes": [], "as": "lgresley"},
]

EVENTS = [
    ("2025-09-17", "court", ["dadcall"], "Father lodges C100 application for a child arrangements order"),
    ("2025-10-18", "hospital", ["picu"], "Status epilepticus at father's home; ambulance, intubated and admitted to PICU"),
    ("2025-10-23", "strategy_discussion", ["strat"], "Strategy discussion about bruising after a fall in a seizure; s47 threshold not met, accidental"),
    ("2025-10-29", "court", ["cafcass"], "FHDRA: court directs a Cafcass section 7 report; interim daytime time with father"),
    ("2025-11-12", "health", ["whinfell"], "Seizure cluster at Whinfell House overnight; rescue medication given per plan"),
    ("2025-12-03", "positive_change", ["mo1"], "Father completes rescue medication refresher training"),
    ("2026-01-08", "health", ["keto"], "Meeting on ketogenic diet; father agrees to a 3-month trial"),
    ("2026-01-19", "health", ["texts"], "Ketogenic diet started"),
    ("2026-02-12", "court", ["final"], "Final hearing: child arrangements order, lives with mother, alternate weekends and Wednesday tea with father"),
    ("2026-03-04", "cin_review", ["cinrev"], "CIN review: seizures reduced, third short-break night agreed, closure recommended"),
    ("2026-03-27", "closure", ["closure"], "Case closed; short breaks continue"),
]
