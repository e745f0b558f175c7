"""IN5-0002: a 9-year-old young carer for his mother (MS) while his father drinks (author A)."""

CASE = {
    "case_id": "IN5-0002",
    "team": "West Family Help",
    "status": "closed",
    "allocated_worker": "elindqvist",
    "child": {
        "person_id": "P01", "given_name": "Ignacy", "family_name": "Zawadzki", "date_of_birth": "2015-06-20",
        "gender": "male", "ethnicity": "White other (Polish) / White British", "religion": "Roman Catholic",
        "nhs_number": "997 220 0337", "address": "Flat 3, 41 Cobden Street, Marlcliffe",
        "school": "St Wystan's CE Primary", "given_origin": "eastern_european", "family_origin": "eastern_european",
    },
    "people": [
        {"person_id": "P02", "given_name": "Angharad", "family_name": "Zawadzki", "relationship": "mother",
         "date_of_birth": "1984-02-11", "phone": "07457 209 316", "address": "Flat 3, 41 Cobden Street, Marlcliffe",
         "given_origin": "british", "family_origin": "eastern_european"},
        {"person_id": "P03", "given_name": "Wojciech", "family_name": "Zawadzki", "relationship": "father",
         "date_of_birth": "1981-08-30", "phone": "07788 630 914", "address": "Flat 3, 41 Cobden Street, Marlcliffe",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Hanna", "family_name": "Zawadzki", "relationship": "sister",
         "date_of_birth": "2019-12-04", "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P05", "given_name": "Thandeka", "family_name": "Mabhena", "relationship": "DSL, St Wystan's CE Primary",
         "phone": "0113 496 0571", "given_origin": "african", "family_origin": "african"},
        {"person_id": "P06", "given_name": "Manpreet", "family_name": "Bhardwaj", "relationship": "alcohol service key worker",
         "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P07", "given_name": "Ewan", "family_name": "Ainsworth", "relationship": "young carers support worker",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P08", "given_name": "Nesta", "family_name": "Bevan", "relationship": "maternal aunt",
         "phone": "07412 775031", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Ignacy Zawadzki": "P01", "Ignacy": "P01", "Iggy": "P01", "IZ": "P01",
    "Angharad Zawadzki": "P02", "Angharad": "P02", "Angharad": "P02",
    "Wojciech Zawadzki": "P03", "Wojciech": "P03", "Wojtek": "P03",
    "Hanna": "P04", "Hanka": "P04",
    "Thandeka Mabhena": "P05", "Mabhena": "P05",
    "Manpreet Bhardwaj": "P06", "Manpreet": "P06", "Bhardwaj": "P06",
    "Ewan Ainsworth": "P07", "Ewan": "P07", "Ainsworth": "P07",
    "Nesta Bevan": "P08", "Nesta": "P08", "BEVAN": "P08",
    "Jevon Blackwood": "~caribbean", "Moira Coughlan": "~irish", "Coughlan": "~irish",
    "Moira": "~irish", "Tracey-Jo": "~caribbean", "Przemek": "~eastern_european",
    "Mercedes Arriaga": "~latin_american", "Mercedes": "~latin_american",
}

NOTES = [
    ("referral", "2024-09-19", "Referral", "elindqvist", "Referral from school - lateness and tiredness", "standard", """
Referral recieved from [[Thandeka Mabhena|P05]], DSL at {{St Wystan's CE Primary|place}}, by phone then on the multi-agency referral form.

Child: [[Ignacy ZAWADZKI|P01]] ("Iggy"), Yr 5, DOB [[20.06.2015|DOB:P01]]
Address: [[Flat 3, 41 Cobden Street|ADDRESS:P02]], {{Marlcliffe|place}} [[WF9 4LP|POSTCODE:P02]]
Household: mum [[Angharad|P02]], dad [[Wojciech|P03]] (Wojtek), sister [[Hanna|P04]] (5, Reception)

Concerns: Iggy has been late {{9|figure}} times in the first {{11|figure}} school days of term, usually by 20-40 mins, and has fallen asleep in class twice. He is bringing Hanka in late too. His teacher asked him why and he said he has to "do mum's tablets and get Hanka dressed because dad's still asleep". Mum has MS and school know she uses a wheelchair outside the home. On {{Tues 17th|event_date}} Iggy told the TA that dad "was shouting and drinking beer all night again" and he couldn't sleep.

School have tried to speak to mum - she came in last term and was "lovely but exhausted". Dad doesn't come to school.

No previous referrals. Parents aware of referral (DSL told mum on the phone this morning, mum said "fine, we need some help to be honest").

Decision: to Family Help for C&F assessment. Allocated EL.
"""),
    ("visit1", "2024-09-26", "Home Visit", "elindqvist", "Home visit - assessment", "standard", """
visited after school with mum's agreement. mum, Iggy and Hanka at home; dad at work (he works 2pm-10pm at a parcel depot).

The flat is first floor, no lift. Mum [[Angharad|P02]] explained she was diagnosed with relapsing-remitting MS in {{2017|event_date}} and has had two bad relapses in the past year. Mornings are the worst - she is stiff and her hands don't work properly until her meds kick in, and some days she cannot manage the stairs down to the car. She said Iggy "is my right hand", he gets her tablets and water, helps her with buttons, makes toast for him and Hanka and walks Hanka to school. Mum was clearly embarrassed and said "I know he shouldn't have to."

Dad: mum said Wojtek has always liked a drink but since he lost his old job last year he drinks most nights after his shift, cans and sometimes vodka. He is asleep in the mornings and "useless". He has never hit her or the children; he does shout. Mum did not want me to tell dad she had said this. I explained I would need to speak to him about his drinking but would not quote her.

There were a lot of empty cans in the recycling by the door (approx 20+).

Iggy seen alone in his bedroom (shares with Hanka). Quiet boy, loves football and Minecraft. Showed me how he does the tablets with the weekly pill box - he knew all the days. Said "I like helping mum but I'm always tired at school." When asked about dad: "He's funny when he's not drunk. When he's drunk he bangs the doors." Iggy said he worries about mum falling when he's at school.

Hanna seen with mum, chatty, appeared well cared for.

Plan: speak to dad; consent for young carers referral (mum agreed); discuss adult social care assessment for mum (mum had "never thought of that").
"""),
    ("dadcall", "2024-10-08", "Telephone", "elindqvist", "Call with father", "standard", """
{{11:10|time}} Phoned dad on [[07788 630 914|PHONE:P03]] as arranged.

Dad initially defensive - "so now I'm the bad guy". Calmed when I explained the assessment is about what the family needs. He said he drinks "8 or 9 cans a night, more on my days off", doesn't drink before work. He accepted Iggy is doing too much in the mornings and said that's "on me not Angharad". He has tried to cut down on his own before.

Agreed to a referral to {{Horizons Recovery Service|place}} (community alcohol service). I made the referral by email at {{11:40|time}} with his consent.

{{15:05|time}} Horizons confirmed - key worker will be [[Manpreet Bhardwaj|P06]], first appt Thurs {{17th Oct|event_date}}.
"""),
    ("cfa", "2024-10-22", "Child and Family Assessment", "elindqvist", "C&F assessment - summary and outcome", "standard", """
CHILD AND FAMILY ASSESSMENT - SUMMARY
Started {{19/09/2024|event_date}}  Completed {{22/10/2024|event_date}}  (day 23)

Reason: referral from school re lateness, tiredness and caring role.

Child's developmental needs: Iggy is meeting expected levels at school but his teacher thinks he is "coasting because he's shattered". Attendance {{94%|figure}} but lateness is the main issue ({{14|figure}} lates so far this term). No health concerns; up to date with immunisations. Emotionally he worries about mum's health a lot.

Parenting capacity: mum is warm and attuned but physically limited by MS, particularly mornings. Dad works late shifts and drinks heavily most nights (self-reported 8-9 cans); he is not available in the mornings. Dad has engaged with Horizons - first appt attended {{17 October|event_date}}.

Family and environmental: first floor flat, no lift, privately rented. Maternal aunt Nesta lives in {{Cardiff|place}} and visits occasionally. Dad's family are in Poland. Money is tight.

Analysis: Iggy is a young carer providing personal care and medication support that is inappropriate for a 9 year old, and is caring for his sister. His sleep is disrupted by dad's drinking and shouting. These are needs rather than significant harm: no injuries, no DV assaults reported, both parents are open and want help.

Outcome: Child in Need (s17). Actions already taken: young carers referral sent {{21/10|event_date}}; mum consented to a Care Act needs assessment - referral to adult social care sent {{18/10|event_date}}.

Initial CIN meeting to be booked.
"""),
    ("cin1", "2024-11-05", "CIN Meeting", "elindqvist", "Initial CIN meeting", "standard", """
Initial Child in Need meeting at school. Present: mum, dad (first time dad has come into school), EL, Mrs [[Mabhena|P05]], Iggy's class teacher, [[Ewan|P07]] from the young carers service (introduced himself - hasn't met Iggy yet).

CIN plan agreed:
1. Iggy to be relieved of personal care and medication tasks - adult social care to assess mum's care needs (assessment booked {{4/12|event_date}}).
2. Iggy to be assessed by the young carers service and offered a group.
3. Dad to attend all Horizons appts and reduce drinking; no drinking in the flat after 11pm; dad to do the school run on his days off.
4. School to offer breakfast club free of charge (Iggy and Hanka) from Mon {{11 Nov|event_date}}.
5. EL to visit every 4 wks, see Iggy alone.

Dad said he's down from "8 or 9" to "4 or 5" cans. [[Manpreet|P06]] could not attend but sent a note confirming he has attended 2 of 2 appts.

CIN review 12 weeks. Iggy's views (done with EL beforehand using a "what's working / what's not" sheet): working - "breakfast at school", "dad takes me to football". Not working - "when dad shouts", "being late", "mum's legs".
"""),
    ("police", "2024-11-18", "Police Notification", "elindqvist", "PVP - domestic incident", "standard", """
PUBLIC PROTECTION NOTIFICATION (received via MASH 18/11/24)

Occurrence: verbal domestic - no offences disclosed
Date/time: {{16/11/2024|event_date}} {{23:48|time}}
Location: [[Flat 3, 41 Cobden Street|ADDRESS:P02]], {{Marlcliffe|place}}
Reporting officer: PC 4471 [[Jevon Blackwood|~caribbean]]

Circumstances: 999 call from female ([[Angharad ZAWADZKI|P02]]) reporting her husband [[Wojciech ZAWADZKI|P03]] was "drunk and smashing things". On police arrival male was in the kitchen, heavily intoxicated, calm. A glass table top was broken. Female stated male had not touched her; the argument was about money and him "going out after he promised". Two children in the home, both awake, the boy (9) on the landing crying. Children spoken to briefly, boy said dad "threw the remote at the table". No injuries seen on any party. Male agreed to leave for the night and went to a friend's address.

DASH risk assessment: STANDARD. No previous DA incidents at this address.

MASH note: passed to allocated SW for follow up. No strategy discussion required.
"""),
    ("visit2", "2024-11-20", "Home Visit", "elindqvist", "Visit following police incident", "standard", """
Unannounced visit following the PPN about Saturday night.

Dad was at home and asleep when I arrived at 3.30, mum woke him. He was sober, embarrassed, said he'd been "out with the lads from work" after being paid and "lost it" with Angharad when he got home. He came back Sunday afternoon. He said he had not drunk since. Mum confirmed the account given to police: "he didn't touch me, he's never touched me." Table has been cleared away.

Iggy seen alone (his room). He said "I thought the police were going to take dad to prison." He was frightened by the noise and the glass. He said dad said sorry in the morning and bought him a McDonald's. Iggy said he doesn't want dad to leave, he wants him to "stop the drinking". I reassured him it was not his job to stop it.

Discussed with dad: this was a relapse into binge drinking while he had been cutting down. He has told Manpreet. Reinforced plan - no drinking in the flat after 11; dad agreed to a written agreement. Mum wants him to stay. Safety planning done with mum (who to ring, Iggy and Hanka to go to their room with the door shut if there is shouting, Iggy NOT to ring 999 himself unless mum asks).

Discussed with TM. Remain CIN.
"""),
    ("ycs", "2024-12-03", "Email", "elindqvist", "Email from young carers service", "standard", """
From: Ewan Ainsworth (Young Carers Support Worker)
Subject: Iggy Z - young carers assessment

Hi both, I met Iggy at school on Thurs {{28 Nov|event_date}} and completed his young carers assessment with him and then with mum at home the same afternoon. He scored high on the MACA caring activities checklist ({{16|figure}}), mostly personal care, medication and looking after his sister. He has been offered a place at our Tuesday after-school group ({{Marlcliffe Junior Carers|place}}, 4-6pm at the Cobden Road community centre) and will start next Tuesday. We'll pick him up from school. He is also on the list for the Christmas trip to the pantomime. He was a bit shy but when we talked about football he didn't stop! Any questions give me a ring. Ewan
"""),
    ("asc", "2024-12-10", "Phone call", "elindqvist", "Adult social care - outcome of Care Act assessment", "standard", """
tc from [[Moira Coughlan|~irish]], adult social care (ASC), re mum. Care Act assessment completed at home on {{4th Dec|event_date}}. Mum is eligible. Package agreed: carers every weekday morning 7.30 to 8.30 (getting up, washing, dressing, medication) starting {{w/c 6 Jan|event_date}}, plus an OT assessment for a stair lift / rehousing to ground floor. Moira has put in a housing priority letter. She also said mum is entitled to a carer's assessment for dad, as he is also a carer, but dad "wasn't interested".

Passed to mum, who was very relieved. Iggy no longer to do the tablets once carers start.
"""),
    ("sup1", "2025-01-14", "Case Supervision", "tpellegrini", "Supervision", "standard", """
Case supervision EL / TP {{14.1.25|event_date}}

Update: dad relapsed over Christmas. EL was told by mum on the phone on {{2 Jan|event_date}} that dad was drinking from Christmas Eve through to New Year, heavily, and had missed both his Horizons appts in December. No police call-outs. Mum says no violence, lots of shouting. Iggy was off school for the holidays and did most of the caring. Carers started w/c 6/1 as planned, mum says "it's made a massive difference already". Young carers group going well.

Dad has rebooked with Manpreet - appt on 20/1.

Management view: the family have made real use of help and the caring load on Iggy should now reduce, but dad's drinking remains the main risk and the relapse shows how quickly things slip. The extended family are not involved; propose a Family Group Conference to build a family plan for when dad drinks or mum is unwell. If there is any further police call-out or any violence, consider whether threshold for strategy discussion is met.

Actions: EL to refer for FGC (by 24/1); CIN review to go ahead on 28/1. TP
"""),
    ("cinrev1", "2025-01-28", "CIN Review", "elindqvist", "CIN review 1", "standard", """
CIN REVIEW - 28/01/2025 - at school
Present: mum, dad, EL, Mrs Mabhena, Ewan (YC service). [[Manpreet|P06]] sent a written update.

Progress
- Lateness: 2 lates since the start of this term (was 14 last autumn by Oct half term). Breakfast club most days.
- Caring: ASC carers in every weekday morning since 6th Jan. Iggy still helps in the evenings, but mum says it's "normal helping now".
- Young carers: attending Tuesdays, went on the panto trip. Ewan says Iggy has made friends there.
- Dad: relapse Dec, re-engaged with Horizons on {{20th Jan|event_date}}. Manpreet's update: dad "honest about the relapse and motivated". He has now started a 6-week group programme.
- FGC referral made 22/1.

Iggy's views (via Ewan): "Mornings are better now. Dad is trying."

Plan continues. Next review 3 months.
"""),
    ("fgc", "2025-02-20", "Family Group Conference", "elindqvist", "FGC - family plan received", "standard", """
FGC took place on Sat {{15th February|event_date}} at the {{Cobden Road community centre|place}}, coordinator [[Mercedes Arriaga|~latin_american]]. EL attended the information giving part only, then family had private time.

Family present: mum, dad, Iggy (for part of it), maternal aunt [[Nesta BEVAN|P08]] (travelled from Cardiff), dad's friend and work colleague [[Przemek|~eastern_european]], mum's neighbour and friend [[Tracey-Jo|~caribbean]].

Family plan (as written by the family, summarised):
- if dad drinks he goes to Przemek's for the night, not home
- Nesta will have Iggy and Hanka every other weekend in school holidays and ring Iggy every Sunday
- Tracey-Jo is the person mum rings if she falls or has a bad MS day and dad isn't there. Iggy has her number.
- dad will tell Manpreet if he has a drink and Angharad can ring Manpreet too
- Iggy goes to football on Saturdays no matter what (dad or Przemek takes him)

Mercedes said Iggy asked for "no more shouting" to be written on the plan and it was.

Plan accepted by CSC. Copy on file.
"""),
    ("horizons", "2025-03-11", "Letter", "elindqvist", "Update from alcohol service", "standard", """
Letter from Horizons Recovery Service, signed [[S. Bhardwaj|P06]], Recovery Worker, dated {{7 March 2025|event_date}}:

"Mr [[Zawadzki|P03]] completed our six-week Foundations group on 4th March, attending all sessions. He reports being alcohol free since {{1 February 2025|event_date}} and his breath tests at each session were clear. He has been open about his relapse over Christmas and about the incident in November. He has identified payday and work socials as his main triggers and has a relapse prevention plan. We will continue fortnightly one-to-one sessions for a further three months."

Shared with mum (dad's consent). Mum: "It's the longest he's gone since we met."
"""),
    ("visit3", "2025-03-25", "Home Visit", "elindqvist", "CIN visit", "standard", """
CIN visit. Iggy seen alone: Yes, in the living room while mum was in the bedroom.

Iggy was in a cheerful mood, had scored twice at football on Saturday. Asked about jobs at home: "I only help a little bit now, like getting mum's water, that's normal." He said dad has "stopped the beer" and plays FIFA with him. Still worried about mum "when her legs go wobbly". He knows to ring Tracey-Jo. Sleep better - "I'm not tired at school."

Mum: was having a "bad week", fatigue, numbness in her left side. Said her MS nurse has increased a medication and she is being reviewed Friday. Dad at work. No cans in the recycling.

Rehousing: the family has been offered a ground floor 3-bed on {{Tollbridge Avenue|place}}, moving in May.
"""),
    ("cinrev2", "2025-04-08", "CIN Review", "elindqvist", "CIN review 2", "standard", """
CIN REVIEW 2 - held {{8/4/25|event_date}}. (Booked for 1st April; postponed at mum's request because she was admitted to {{Marlcliffe District Hospital|place}} on {{28th March|event_date}} with an MS relapse for IV steroids. She was discharged on the 31st.) While mum was in hospital dad stayed sober, took both children to school every day and Nesta came up from Cardiff to help.

Present: mum, dad, EL, Mrs Mabhena, Ewan. Manpreet sent update: dad still alcohol free, attending one-to-ones.

Progress against plan: all outcomes met. No lates since February half term. ASC package in place. Young carers group weekly. Dad alcohol free for over 2 months. Family plan worked during mum's admission. No further police involvement since November.

Iggy's views: "I don't need a social worker now but I want to keep going to young carers."

Recommendation: close to CIN and step down to Early Help (Family Help practitioner in the Early Help team to support the house move and keep an eye on dad's recovery). Young carers service continues. Agreed by parents and professionals. EL to complete closure.
"""),
    ("closure", "2025-04-22", "Step down to Early Help", "elindqvist", "Closure summary", "standard", """
Closure summary - step down to Early Help

Worked with since: referral {{19.9.24|event_date}}. CIN plan from 5/11/24.
Reason for closure: CIN plan outcomes met (review 8/4/25). Stepped down today to Early Help. Handover meeting held with the EH practitioner and mum at home on {{17th April|event_date}}.

What changed for Iggy: his mornings are no longer spent caring for mum and his sister; his lateness stopped; he has a young carers group and friends there; dad has been alcohol free since Feb and there has been no police involvement since Nov 2024; the family have a plan of their own for the bad days.

What remains: mum's MS is progressing; dad's sobriety is recent (relapse Dec 24). Move to ground floor flat due in May.

Iggy's last words to me: "Will you come and see our new house?"

Closed to CSC {{22/04/2025|event_date}}. TM agreement: TP.
"""),
]

QUESTIONS = [
    {"q": "when were police called out to the flat", "qtype": "when", "facts": ["2024-11-16"], "notes": ["police", "visit2"], "as": "elindqvist"},
    {"q": "How many times had Iggy been late when school referred?", "qtype": "how_many", "facts": ["9"], "notes": ["referral"], "as": "elindqvist"},
    {"q": "who is dads worker at horizons", "qtype": "who", "facts": ["Bhardwaj"], "notes": ["dadcall"], "as": "tpellegrini"},
    {"q": "what did iggy say about dad after the police came", "qtype": "quote", "facts": ["I thought the police were going to take dad to prison"], "notes": ["visit2"], "as": "elindqvist"},
    {"q": "did dad relapse over christmas?", "qtype": "yes_no", "facts": ["yes"], "notes": ["sup1", "cinrev1"], "as": "tpellegrini"},
    {"q": "When was the FGC held", "qtype": "when", "facts": ["2025-02-15"], "notes": ["fgc"], "as": "elindqvist"},
    {"q": "what time do mums carers come in the mornings", "qtype": "what", "facts": ["7.30"], "notes": ["asc"], "as": "elindqvist"},
    {"q": "which day is his young carers group on", "qtype": "what", "facts": ["Tuesday"], "notes": ["ycs"], "as": "elindqvist"},
    {"q": "who has the kids every other weekend under the family plan", "qtype": "who", "facts": ["Nesta"], "notes": ["fgc"], "as": "tpellegrini"},
    {"q": "has Iggy been referred to CAMHS?", "qtype": "yes_no", "facts": [], "notes": [], "as": "elindqvist"},
    {"q": "whats the name of mums MS nurse", "qtype": "who", "facts": [], "notes": [], "as": "elindqvist"},
]

EVENTS = [
    ("2024-09-19", "referral", ["referral"], "Referral from school: lateness, tiredness, caring for mother"),
    ("2024-10-17", "positive_change", ["cfa"], "Father attended first appointment with the alcohol service"),
    ("2024-10-22", "assessment", ["cfa"], "Child and family assessment completed: child in need"),
    ("2024-11-05", "cin_review", ["cin1"], "Initial child in need meeting; CIN plan agreed"),
    ("2024-11-16", "police_incident", ["police", "visit2"], "Police called to verbal domestic; father drunk, table broken, left for the night"),
    ("2024-11-28", "assessment", ["ycs"], "Young carers assessment completed; place offered at Tuesday group"),
    ("2024-12-04", "assessment", ["asc"], "Care Act needs assessment for mother; morning care package agreed"),
    ("2024-12-24", "health", ["sup1"], "Father relapsed into heavy drinking over Christmas"),
    ("2025-01-06", "positive_change", ["sup1", "cinrev1"], "Morning carers for mother started"),
    ("2025-01-28", "cin_review", ["cinrev1"], "CIN review 1: lateness improved, father re-engaged with alcohol service"),
    ("2025-02-15", "positive_change", ["fgc"], "Family group conference; family plan agreed"),
    ("2025-03-04", "positive_change", ["horizons"], "Father completed six-week alcohol group; alcohol free since 1 February"),
    ("2025-03-28", "hospital", ["cinrev2"], "Mother admitted to hospital with MS relapse for IV steroids"),
    ("2025-04-08", "cin_review", ["cinrev2"], "CIN review 2: outcomes met, step down to Early Help agreed"),
    ("2025-04-22", "closure", ["closure"], "Closed to children's social care; stepped down to Early Help"),
]
