"""IN5-0006: a 17-year-old remanded to local authority accommodation after a robbery charge, through to leaving care."""

CASE = {
    "case_id": "IN5-0006",
    "team": "Children in Care West",
    "status": "looked_after",
    "allocated_worker": "jhaverty",
    "child": {
        "person_id": "P01", "given_name": "Tafari", "family_name": "Nembhard", "date_of_birth": "2008-11-30",
        "gender": "male", "ethnicity": "Black Caribbean", "religion": "Christian", "nhs_number": "036 426 2125",
        "address": "Flat 2, Quennell Court, 14 Sefton Street, BS2 9JR", "school": "City College (from Sept 2026)",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Shenice", "family_name": "Nembhard", "relationship": "mother",
         "date_of_birth": "1987-01-19", "phone": "07931 552408", "address": "88 Dursley Walk, Lawrence Weston, BS11 0TE",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Akeem", "family_name": "Nembhard", "relationship": "brother",
         "date_of_birth": "2004-02-08", "given_origin": "african", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Leandro", "family_name": "Osorio", "relationship": "youth offending team worker",
         "phone": "0117 496 0915", "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Donovan", "family_name": "Ramsay", "relationship": "personal adviser (leaving care)",
         "phone": "07468 119372", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Tafari Nembhard": "P01", "Tafari": "P01", "NEMBHARD": "P01", "TJN": "P01",
    "Shenice": "P02", "Ms Nembhard": "P02",
    "Akeem": "P03", "Keem": "P03/african",
    "Leandro Osorio": "P04", "Leandro": "P04", "Mr Osorio": "P04", "LO": "P04",
    "Donovan Ramsay": "P05", "Donovan": "P05",
}

NOTES = [
    ("remand", "2026-03-09", "Court", "jhaverty", "Youth court - remanded to LA accommodation", "standard",
     """
[[Tafari Jahmal NEMBHARD|P01]] (17) appeared at the Youth Court today following his arrest on Saturday night ({{07/03|event_date}}) and charge yesterday with ROBBERY (street robbery of a mobile phone and £40 cash from a 16 yr old boy near the Eastgate retail park). It is alleged that a knife was shown; TJN denies this. Co-accused is an 18 y/o male, [[Kerwin Forbes|~caribbean]], who was remanded in custody (adult court).

Bail was refused on the basis of the alleged knife and the risk of further offences. The court REMANDED Tafari to local authority accommodation (LASPO s91(3)) with conditions: to live where directed by the LA; curfew 7pm - 7am monitored by an electronic tag; not to contact [[Kerwin Forbes|~caribbean]] or the complainant; not to enter the Eastgate area. Next hearing {{15 April|event_date}} (plea).

Mum, Shenice, attended court. She was clear she will not have him home at the moment: "I've got the two little ones and [[Kerwin|~caribbean]]'s mum lives three doors up". TJN now LOOKED AFTER by virtue of the remand.

Placement found by the placements team at {{16:20|time}}: Larchfield House (4 bed children's home, in county). Transported from court by YOT. Arrived {{18:05|time}}. Tag to be fitted tomorrow.

YOT worker: Leandro Osorio, [[0117 496 0915|PHONE:P04]].
"""),
    ("visit1", "2026-03-12", "CLA visit", "jhaverty", "Statutory visit - placement start", "standard",
     """
Purpose of visit: first statutory visit following placement (within 1 week). Placement plan and delegated authority.
Child seen: Yes, alone, in his room.
Placement: Larchfield House. Manager [[Cleon Dacres|~caribbean]] present for the placement planning meeting.

Tag fitted {{10/3|event_date}}, TJN says it is "mad itchy" and he's embarrassed by it in the shower. Staff report he has been polite, ate well, stays in his room a lot, on his phone. He went to bed at 1am both nights.

Tafari's views: says he was "there but didn't rob nobody", that [[Kerwin|~caribbean]] did it and there was no knife. Says he doesn't want to be in a "kids' home with 13 year olds". Misses his little sisters. Understands the curfew but said "if my mum needs me I'm going". I explained what a breach could mean (back to court and possibly a remand to youth detention) and he said he understood.

Health: IHA requested, asthma (uses a brown and blue inhaler), no other health needs. NHS no [[036 426 2125|NHS_NUMBER:P01]]. GP will need to change if placement lasts.
Education: NEET since leaving school last summer (left with 3 GCSEs incl. English at 4). Interested in cars, has done some work with his uncle at a garage.

Next steps: PEP / education referral to the post-16 virtual school; YOT to do the pre-trial work; IHA; contact plan with mum and sisters (supervised by staff initially at mum's request).
"""),
    ("tel1", "2026-03-16", "Phone call", "jhaverty", "Calls - curfew breach", "standard",
     """
Sat 14/03 - from EDT handover Monday:
{{19:46|time}} Larchfield staff rang EDT: TJN not back for curfew. Tag company alert. Staff rang his phone, no answer, msg left.
{{21:38|time}} TJN walked back in. Said he'd been at mum's and "lost track". Staff confirmed with mum that he'd been there. Police informed of the breach by the monitoring company.

Mon 16/03
{{09:15|time}} Spoke with Leandro (YOT). He'll see TJN today. As it's the first breach YOT won't ask the police to arrest - a formal warning from YOT. He said the next one is likely to go back to court.
{{13:00|time}} rang mum on [[07931 552408|PHONE:P02]]: she told him to go back at 7 and he didn't listen. She is "sick of it". She's happy to have him for tea Sunday and Wednesday if he leaves by 6.30.
"""),
    ("rhi", "2026-03-25", "Return home interview", "jhaverty", "RHI - missing 22-23 March", "standard",
     """
Return home interview completed {{24/03|event_date}} by independent RHI worker [[Guadalupe Fuentes|~latin_american]] (Barnardo's), at Larchfield. Summary written up by SW from her form.

Missing episode: TJN left Larchfield at about 5pm on Sunday 22nd saying he was going to the shop and did not return. Reported missing to police at {{19:30|time}} (curfew breach and no contact). Located by police at 02:50 on the 23rd in a car on the Lawrence Weston estate with two older males, not known to us by name. No arrest. Returned to Larchfield by police, staff said he went straight to bed and refused food.

What TJN said: he was "just chilling" with "people I used to go school with". He would not name them. He said he'd had no food and smoked "a bit of weed". Said nobody asked him to do anything or carry anything. He was angry about being "stuck in the middle of nowhere". Asked if he'd ever been asked to hold or sell drugs he said "not since I've been in here".

RHI worker's view: push factors: boredom, distance from family, curfew; pull factors: peers, possible older males. Some CCE indicators (older males, car, late night, won't name) - recommend sharing with the exploitation hub. SW has completed the exploitation screening tool (score: medium) and shared with the hub.

YOT informed: 2nd curfew breach. Court may be informed.
"""),
    ("cla1", "2026-04-02", "CLA review", "jhaverty", "First CLA review", "standard",
     """
FIRST LOOKED AFTER REVIEW - {{1 April 2026|event_date}}. IRO: [[Prosper Duah|~african]].
Present: TJN (for the whole meeting), SW, Larchfield key worker, Leandro Osorio (YOT), mum (by phone).

Legal status: remanded to LA accommodation (youth court), next hearing 15/4.
Placement: Larchfield House since 9/3. Two curfew breaches and one missing episode in March. Home say he is "no trouble in the house", gets on with staff, but is bored.
Health: IHA completed 20/3. Asthma reviewed. Dental check due. TJN declined a referral to the young people's substance misuse service.
Education: PEP held 27/3, referred to the City College September intake, to start a 6 week Prince's Trust course in April meanwhile.
Family: contact with mum twice weekly, wants to see his brother Akeem who is in the army and based in Wiltshire.

IRO recommendations:
1. Plan for a move nearer to the city (semi-independent / supported accommodation) if remand continues - TJN is 17 and has independence skills.
2. Begin pathway planning now as he will be 18 in November: needs assessment within 3 months, PA to be allocated.
3. SW to support contact with brother.
4. Next review within 3 months.

TJN said "just tell me when it's over".
"""),
    ("plea", "2026-04-17", "Court", "jhaverty", "Youth court - not guilty plea", "standard",
     """
Hearing at the Youth Court {{Weds 15th|event_date}}. Tafari entered a NOT GUILTY plea to robbery. Trial listed for {{24 June 2026|event_date}}, 1 day, Youth Court. Remand to LA accommodation continued on the same conditions; the bench warned him about the two breaches ("one more and you will be in custody").

Defence solicitor Mr [[Cardenas|~latin_american]] indicated the defence case is that TJN was present but took no part and that there was no knife. CPS say CCTV shows TJN "standing next to the complainant" when the phone was taken.

The court agreed to vary the residence condition to "as directed by the LA" so that a move to supported accommodation would not need another hearing.
"""),
    ("move", "2026-05-05", "Placement move", "jhaverty", "Change of placement - supported accommodation", "standard",
     """
Tafari moved on {{Friday 1st May|event_date}} from Larchfield House to Quennell Court (16-17 supported accommodation, Ofsted registered, 8 flats with staff 24hrs). His address: [[Flat 2, Quennell Court, 14 Sefton Street|ADDRESS:P01]], [[BS2 9JR|POSTCODE:P01]]. Monitoring company told of the new address and the tag base unit moved the same day.

Key worker: [[Lupe|~latin_american]] (surname [[Fuentes|~latin_american]] - NB she is the same worker who did his RHI in March, she works part time for both; no conflict identified, agreed with TM). 10 hrs support per week: budgeting, cooking, college prep.

TJN pleased with the move: "finally my own door". £60 a week allowance, he has to buy his own food. He chose the flat colours (grey). Larchfield staff gave him a leaving card.
"""),
    ("mo1", "2026-05-20", "Supervision", "dfarquharson", "Management oversight", "standard",
     """
Management oversight - SW / TM

Tag breaches so far on remand: 3 (14/3, 22/3 during the missing episode, and Sat 16/5 when he came in at 20.25 - staff say he was at the bus stop, monitoring data shows he was in Eastgate, which is an exclusion zone). YOT have told the court. He is at real risk of a remand to youth detention accommodation if there is another.

Discussion: TJN is doing better at Quennell than at Larchfield: cooking, going to the Prince's Trust course most days. But the pull to Eastgate and the older males is still there. Exploitation hub: no named adults, intelligence is low. 

Leaving care: he will be 18 on 30/11. If the remand ends (e.g. he's acquitted or gets a community sentence) he is no longer looked after unless he agrees to s20 - make sure he understands this and that we would offer s20 at Quennell so he keeps his status and entitlements. He has already been looked after for more than 13 weeks since 14 so he will be an eligible child; pathway plan must be in place.

Actions: pathway plan by end of July (SW); PA allocation request sent today; SW to speak with TJN re Eastgate and what he's going there for.
"""),
    ("pep", "2026-06-03", "PEP", "jhaverty", "PEP - post 16", "standard",
     """
Post-16 PEP held at Quennell Court, {{2/6|event_date}}. Present: TJN, SW, virtual school post-16 adviser, key worker.

Prince's Trust course: completed, certificate, attendance 86%. TJN gave a short presentation on the last day about cars ("proper nervous but did it").
Next year: conditional offer from City College: Level 1 Motor Vehicle Maintenance, starting September, 3 days a week. Interview was on 28 May. The tutor said he was "one of the most switched on at interview". Bursary (care leavers) to be applied for. Maths to be re-sat alongside.
Barriers: trial in June, tag curfew means no evening work. Bike loan to get to college being explored by the key worker.

TJN: "if I get sent down it's all pointless isn't it".
"""),
    ("brother", "2026-06-15", "CLA visit", "jhaverty", "Visit - brother's visit", "standard",
     """
Visited Quennell Court, TJN seen alone in his flat and then with his brother.

Akeem (22), on leave from the army, came down on Sat 13th and stayed in a B&B for 2 nights; he has been to Quennell both days and they went to mum's together for Sunday dinner. First time they've seen each other since Christmas 2024. TJN was more animated than I've ever seen him. He said of Keem: "he's the only one who never gave up on me. he said if I get through this he'll take me out for my 18th, proper".

Akeem spoke to me on his own: says TJN "follows whoever's loudest", that he's worried about [[Kerwin|~caribbean]]'s family, and that he'd support him whatever happens in court. Asked if TJN could come and stay with him in Wiltshire in the summer; explained this depends on the court conditions.

TJN's room tidy, food in the fridge, no concerns. Curfew kept since 16/5.
"""),
    ("trial", "2026-06-25", "Court hearing", "jhaverty", "Youth court - trial date: guilty plea", "standard",
     """
Trial listed yesterday (24/6). Before the trial started, following discussions between the defence and CPS, Tafari pleaded GUILTY to robbery on a basis that he did not have or see a knife and was not the one who took the phone but acted together with the co-accused. The CPS accepted the basis of plea. The complainant did not have to give evidence.

Sentence adjourned to {{15 July|event_date}} for a pre-sentence report by YOT. Remand to LA accommodation continued, same conditions.

TJN very quiet after. Outside court he said "I just want it done, I didn't want that boy to have to come in". Leandro explained that a Youth Rehabilitation Order is the likely recommendation but custody can't be ruled out.
"""),
    ("victim", "2026-07-01", "Case note", "jhaverty", "RESTRICTED - victim information from YOT", "restricted",
     """
RESTRICTED - victim information supplied by YOT for restorative justice planning. Must not be shared with TJN, his family or in any report they will see.

The complainant is [[Anselmo Quiroga|~latin_american]] (16), address [[9 Haldon Rise, Eastgate|ADDRESS]], [[BS5 8TU|POSTCODE]]. Victim liaison officer ([[Halvard Sefton|~british]]) reports that [[Anselmo|~latin_american]] has been anxious about going out since March and has moved school. His mother has said he might consider a restorative letter but not a meeting. YOT will not tell TJN where the complainant lives or which school he now attends.

SW note: this is the reason for the Eastgate exclusion zone. Shared with TM only.
"""),
    ("sentence", "2026-07-17", "Court", "jhaverty", "Sentencing - YRO; remand ends, s20 agreed", "standard",
     """
Sentencing hearing {{15.07.26|event_date}}, Youth Court.
SENTENCE: 12 month Youth Rehabilitation Order with (a) supervision by YOT, (b) a curfew requirement 8pm - 6am for 3 months with electronic monitoring, (c) 20 days activity requirement (restorative work). Compensation £100 to the complainant at £5 per week. Exclusion zone (Eastgate) continues as part of the YRO for 6 months.

The bench said it took account of his guilty plea, his age, his good progress at Quennell and the college place, and the PSR.

LEGAL STATUS: the remand ended with sentence, so TJN ceased to be looked after on remand. SW met him in the court building and he agreed to be accommodated under s20 at Quennell Court, consent signed at {{14:10|time}}. CLA episode continues under s20 from 15/07/26. Mum aware and agrees.
"""),
    ("pathway", "2026-08-04", "Pathway plan", "jhaverty", "Pathway plan (summary)", "standard",
     """
PATHWAY PLAN - Tafari Nembhard, DOB [[30/11/2008|DOB:P01]]. Plan completed {{03.08.2026|event_date}} with TJN and his new PA, Donovan Ramsay ([[07468 119372|PHONE:P05]]), who was allocated on 21/7 and will stay with him to 21 (25 if in education).

Accommodation: stay at Quennell until 18. After 18: apply to the young people's housing pathway (application submitted 31/7, priority band for care leavers) - realistic target a supported flat in the New Year; TJN would like a flat near mum. "Staying close" offer discussed.
Education / work: City College Motor Vehicle L1 from 7 Sept; bursary approved. 
Money: bank account opened (with help of key worker), Setting Up Home allowance explained (£3,000), budgeting plan.
Health: asthma; GP changed to city centre practice; dentist booked. Emotional health - declined counselling, happy to talk to Donovan.
Family & relationships: mum weekly; sisters; Akeem (plans for visit at 18th).
Youth justice: YRO compliance, curfew until 14/10.
Identity: has birth certificate; needs photo ID - provisional driving licence to be applied for (paid by LA).

TJN: "I want a job in a garage and my own place. That's it."
"""),
    ("visit2", "2026-09-10", "Statutory visit", "jhaverty", "CLA visit - college started; curfew breach", "standard",
     """
seen at Quennell, alone. Started college Mon 7th. Says the course is "actually good", likes the tutor, has made 2 mates who are "not on nothing". Attendance so far 100%.

Breach: YOT told me that the weekend before last (the Saturday) he came in at 20.40 (curfew 8pm). TJN said he was at mum's and missed the bus. YOT gave a first warning under the YRO (no court action). I said another breach means back to court and could put college at risk. He rolled his eyes but then said "I know, I know".

No concerns re flat. He's been cooking (jerk chicken for the key worker!). Money ok.
"""),
    ("cla3", "2026-10-08", "LAC review", "jhaverty", "CLA review - preparing for 18", "standard",
     """
LOOKED AFTER REVIEW {{06/10/2026|event_date}} (IRO Mr [[Duah|~african]]). Legal status: s20.

PEP review was held on the 2nd of last month, college bursary confirmed.
Since last review: guilty plea 24/6, YRO 15/7, remand ended and s20 agreed. College going well, 97% attendance. One YRO curfew breach (29/8, warning). No missing episodes since March. Curfew requirement ends 14/10.

Transition at 18 (30 November): TJN will become a former relevant child / care leaver. s20 ends on his birthday. PA Donovan Ramsay in place. Housing: offered a supported flat at the Young People's Foyer from 1 December (viewing done, TJN accepted). Setting Up Home allowance to be spent on furniture with the PA. Health passport to be completed before 18.

IRO view: "Tafari has made real changes since March". Last review before 18.
Recommendations: final CLA review not needed; SW/PA joint visit before birthday; closing CLA summary and transfer to Leaving Care by 30/11.
"""),
    ("transfer", "2026-11-10", "Transfer", "jhaverty", "Case transfer summary - to Leaving Care", "standard",
     """
CASE TRANSFER SUMMARY (Children in Care West to Leaving Care Service)

Tafari became looked after on 09/03/26 when remanded to LA accommodation after a robbery charge, placed at Larchfield House then Quennell Court supported accommodation (from 01/05/26). He pleaded guilty on the day of trial and received a 12 month YRO on 15/07/26; remand ended and he has been accommodated under s20 since. He will be 18 on 30/11/26.

Key points for the PA / new worker:
- Strengths: motivated by college and cars; honest when he's let you down; close to his brother Akeem and to mum.
- Risks: peer group in Eastgate and possible exploitation by older males (low intelligence since spring); curfew breaches (3 on remand, 1 on YRO, none since August); cannabis use.
- Youth justice: YRO until July 2027 with Leandro Osorio; exclusion zone until January.
- Accommodation: moving to the Foyer on 01/12/26.
- Outstanding: provisional licence application; dentist; bursary paperwork for term 2.

TJN knows the plan and has met the Leaving Care TM. Joint visit SW/PA on 4/11 went well. CiC case to close on his birthday.
"""),
]

QUESTIONS = [
    {"q": "when was he remanded to us", "qtype": "when", "facts": ["2026-03-09"], "notes": ["remand"], "as": "jhaverty"},
    {"q": "who's the YOT worker?", "qtype": "who", "facts": ["Leandro Osorio"], "notes": ["remand"], "as": "dfarquharson"},
    {"q": "how many times did he breach his tag while on remand", "qtype": "how_many", "facts": ["3"], "notes": ["mo1"], "as": "jhaverty"},
    {"q": "what course has he got at college", "qtype": "what", "facts": ["Motor Vehicle"], "notes": ["pep"], "as": "jhaverty"},
    {"q": "did he plead guilty in the end or was there a trial", "qtype": "yes_no", "facts": ["yes"], "notes": ["trial"], "as": "dfarquharson"},
    {"q": "when did he move into semi indep", "qtype": "when", "facts": ["2026-05-01"], "notes": ["move"], "as": "jhaverty"},
    {"q": "what sentence did he get in the end", "qtype": "what", "facts": ["Youth Rehabilitation Order"], "notes": ["sentence"], "as": "dfarquharson"},
    {"q": "what did he say about his brother coming down", "qtype": "quote",
     "facts": ["never gave up on me"], "notes": ["brother"], "as": "jhaverty"},
    {"q": "who is his PA", "qtype": "who", "facts": ["Donovan Ramsay"], "notes": ["pathway"], "as": "jhaverty"},
    {"q": "has he got his NI number sorted yet", "qtype": "yes_no", "facts": [], "notes": [], "as": "jhaverty"},
    {"q": "whats mums new partner called", "qtype": "who", "facts": [], "notes": [], "as": "jhaverty"},
]

EVENTS = [
    ("2026-03-07", "police_incident", ["remand"], "Arrested for street robbery of a 16-year-old (knife alleged); charged next day"),
    ("2026-03-09", "court", ["remand"], "Youth court remands Tafari to local authority accommodation with tag and curfew; becomes looked after"),
    ("2026-03-09", "placement_move", ["remand", "visit1"], "Placed at Larchfield House children's home"),
    ("2026-03-14", "youth_justice", ["tel1"], "First curfew breach (back at 21:38); YOT formal warning"),
    ("2026-03-22", "missing_episode", ["rhi"], "Missing overnight from Larchfield; found by police at 02:50 in a car with older males"),
    ("2026-03-24", "return_home_interview", ["rhi"], "Return home interview; CCE indicators shared with the exploitation hub"),
    ("2026-04-01", "cla_review", ["cla1"], "First CLA review: plan for supported accommodation and to start pathway planning"),
    ("2026-04-15", "court", ["plea"], "Not guilty plea to robbery; trial listed 24 June; remand continued"),
    ("2026-05-01", "placement_move", ["move"], "Moves to Quennell Court supported accommodation"),
    ("2026-05-16", "youth_justice", ["mo1"], "Third curfew breach, in the Eastgate exclusion zone; YOT informs court"),
    ("2026-06-13", "positive_change", ["brother"], "Brother Akeem visits on army leave for the first time since Christmas 2024"),
    ("2026-06-24", "court", ["trial"], "Pleads guilty to robbery on the day of trial on a no-knife basis; sentence adjourned"),
    ("2026-07-15", "court", ["sentence"], "12-month Youth Rehabilitation Order with curfew and tag; remand ends, s20 accommodation agreed"),
    ("2026-07-21", "positive_change", ["pathway"], "Personal adviser Donovan Ramsay allocated"),
    ("2026-08-03", "positive_change", ["pathway"], "Pathway plan completed; housing pathway application made"),
    ("2026-08-29", "youth_justice", ["visit2"], "Curfew breach under the YRO; first warning"),
    ("2026-09-07", "school_move", ["visit2"], "Starts Level 1 Motor Vehicle course at City College"),
    ("2026-10-06", "cla_review", ["cla3"], "CLA review: transition at 18 planned, supported flat at the Foyer from 1 December"),
]
