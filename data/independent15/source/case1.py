"""IN15-0001: Deaf parents (BSL), a hearing six-year-old who interprets, a bruise on the baby's ear."""

CASE = {
    "case_id": "IN15-0001",
    "team": "Eynsford Family Safeguarding",
    "status": "closed",
    "allocated_worker": "iwriothesley",
    "child": {
        "person_id": "P01", "given_name": "Azariah", "family_name": "Quarless",
        "date_of_birth": "2019-09-14", "gender": "female", "ethnicity": "Black Caribbean",
        "school": "Farthing Lane Primary",
        "address": "27 Kestrel Mews, Eynsford DA4 0QJ",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Theophilus", "family_name": "Quarless", "relationship": "brother",
         "date_of_birth": "2025-06-20", "nhs_number": "448 721 1603",
         "address": "27 Kestrel Mews, Eynsford DA4 0QJ",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Annalise", "family_name": "Quarless", "relationship": "mother",
         "date_of_birth": "1993-02-08", "phone": "07845 312907",
         "address": "27 Kestrel Mews, Eynsford DA4 0QJ",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Ulric", "family_name": "Quarless", "relationship": "father",
         "date_of_birth": "1989-11-30", "phone": "07933 481226",
         "address": "27 Kestrel Mews, Eynsford DA4 0QJ",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Marvella", "family_name": "Swaby-Gallimore", "relationship": "maternal grandmother",
         "date_of_birth": "1966-05-17", "phone": "01322 864210",
         "given_origin": "caribbean", "family_origin": "caribbean"},
    ],
}

ALIASES = {
    "Azariah": "P01", "Zaza": "P01", "ZQ": "P01",
    "Theophilus": "P02", "Theo": "P02", "TQ": "P02",
    "Annalise": "P03", "AQ": "P03",
    "Ulric": "P04", "LQ": "P04",
    "Marvella": "P05",
    "Persis Honeysett": "~british", "P. Honeysett": "~british", "Honeysett": "~british",
    "F. Oduwole": "~african", "Oduwole": "~african",
    "Ellacombe": "~british", "Nankivell": "~british",
    "Eldon Wintle": "~british", "Clementina": "~british", "C. Attrill": "~british",
    "Gaz": "~british",
}

NOTES = [
    ("contact", "2026-01-12", "Contact", "iwriothesley", "Contact from health visitor - bruise to baby's ear", "standard", """
Contact received by telephone {{14:20|time}} from [[Persis Honeysett|~british]], Health Visitor, Eynsford North HV team.

Reason for contact: HV completed [[Theophilus|P02]]'s 6-8 month developmental review at home this morning (visit {{10.30|time}}). Noted a bruise to the top/back of his LEFT ear, purple-ish, approx {{1.5cm|figure}}, and some small dots (?petechiae) in the fold of the ear. No other marks seen on top-to-toe, nappy area clear.

Both parents are Deaf and use BSL. No interpreter had been booked for the review (HV says the booking "fell off" when the clinic system changed). Mum ([[Annalise|P03]]) and dad ([[Ulric|P04]]) wrote on HV's notepad that Theo "bumped on cot". [[Azariah|P01]] (6) was at home, not at school, and was voicing for her parents for most of the visit; HV felt Zaza was answering for them rather than passing questions on and stopped using her part way through. HV not able to get a clear account.

HV has not shared the concern with parents in any detail because of the communication issue. Theo is not yet crawling per HV ("rolls, sits with support").

Known to services? No previous CSC involvement. Family registered with Castlegate Surgery.

Decision (TM T. Tresham consulted {{15:05|time}}): non-mobile baby with bruising, meets threshold for strategy discussion tomorrow am. HV asked to attend. Child Protection medical to be requested via on-call paeds.
"""),
    ("strat", "2026-01-13", "Strategy Discussion", "iwriothesley", "Strategy discussion minutes", "standard", """
STRATEGY DISCUSSION - [[Theophilus QUARLESS|P02]] (7 months) / [[Azariah QUARLESS|P01]] (6)
Date/time: 13/01/26 {{09:30|time}}, Teams
Chair: Tancred Tresham (TM)
Present: I. Wriothesley (SW), DS Ellacombe (Child Abuse Investigation Team), P. Honeysett (HV), Dr [[Femi Oduwole|~african]] (consultant paediatrician, on-call), Mrs Nankivell (DSL, Farthing Lane Primary) joined for first 10 mins.

Information shared
- HV: as per contact yesterday. Bruise L ear, ~1.5cm, possible petechiae. Explanation given in writing: "bumped on cot".
- Police: no records for either parent. One call from a neighbour in Nov 2025 re "banging on the door late" at the address - attended, nobody answered, no further action.
- School: Zaza attendance 88% this year, late a lot. Presents tired. Has been kept off "to help mum" on at least 2 occasions. Very bright, chatty. No marks ever seen.
- Paeds: bruising to the ear in a non-mobile infant is a recognised sentinel injury; needs a medical + skeletal survey.

Decision
- Threshold for s47 met. Single agency (SW lead) s47 enquiry; police to be informed of outcome and will review if medical raises concern.
- CP medical at Eynsford General, Rainbow Ward, tomorrow {{14th|event_date}}. Qualified BSL interpreter MUST be booked for the visit and the medical. Azariah must not be used to interpret under any circumstances.
- SW to visit today/tomorrow am, see both children, explain the process to parents.
- Safety plan pending medical: Theo not to be left with anyone other than parents/MGM.
"""),
    ("visit1", "2026-01-14", "Home Visit", "iwriothesley", "Home visit - interpreter did not attend", "standard", """
Purpose of visit: to explain s47 enquiry to parents, see both children, agree plan for medical this afternoon.

Interpreter: booked via Signwell Agency for {{08:45|time}}. [[Ravenna Dunnage|~british]] (BSL/English interpreter) did not arrive. I waited outside until {{09:05|time}}, agency phoned - they said she'd been double booked and there was no one else until after 12. Medical was at 2 so could not postpone the visit.

Visit went ahead by written notes on my notepad and on mum's phone (typing back and forth). This is NOT a satisfactory way to do this with a Deaf family and I have recorded it as such. Both parents said (written) they were angry about it and I agree they had a right to be. Mum wrote "you would not do this to hearing people".

Children seen: Yes. Theo in his bouncer, alert, smiling. I saw the ear - bruise as described, yellowing at the edge. Zaza was home again (not at school). She tried several times to tell me what mum and dad were signing. I said thank you but that it wasn't her job, and gave her colouring. She looked relieved I think.

Dad wrote that Theo "pulls himself round the cot and hit his head on the bars Saturday". Mum wrote she did not see it happen. Both deny anyone else looks after him apart from "my mum" (maternal grandmother Marvella).

Analysis: I could not properly assess parents' understanding or explore the explanation. Paperwork exchanged by note only. I have asked TM to raise a complaint with Signwell.

Next steps: medical at 2pm (interpreter from hospital's own list confirmed by ward). Revisit with interpreter.
"""),
    ("medical", "2026-01-14", "Child Protection Medical", "iwriothesley", "CP medical - paediatric opinion", "standard", """
CP medical completed Rainbow Ward, Eynsford General, 14.1.26 pm. Examining paediatrician Dr F. Oduwole. BSL interpreter [[Eldon Wintle|~british]] present throughout (hospital booked). Both parents attended with Theo; Zaza went to nan's.

Summary of paediatrician's verbal opinion (written report to follow):
- {{1.5 x 1 cm|figure}} bruise, posterior helix L ear, with a small cluster of petechiae in the antihelix fold.
- No other injuries. Full skeletal survey - no fractures. Bloods (clotting screen, FBC) normal. Eyes - no retinal haemorrhages.
- Theo is now rolling and pulling forward on his tummy; dad demonstrated how he pushes against the cot bars. Dr Oduwole said a bang on a cot bar "could cause a bruise on the rim of the ear" but that petechiae in the fold are "more typical of a squeeze or pinch".
- Opinion: the injury is unexplained and a non-accidental injury cannot be excluded; the account given is possible but does not fully explain the pattern. Neither confirms nor rules out abuse.

Parents communicated well through the interpreter - dad gave the same account as yesterday, in more detail (Theo was in the cot Saturday morning, dad was in the bathroom, came back and he was crying). Mum said she noticed the mark on Sunday and thought it was from the cot.

Theo discharged home with parents under the safety plan. Skeletal survey repeat in 11-14 days per protocol.
"""),
    ("mgm_call", "2026-01-19", "Telephone Call", "iwriothesley", "Tel call from maternal grandmother", "standard", """
{{11:50|time}} Incoming call from Mrs [[Marvella Swaby-Gallimore|P05]] (MGM, hearing) on [[01322 864210|PHONE:P05]].

Wanted to know "what's going on with the baby". I explained in general terms - she already knew about the medical from Annalise.

She said she is worried about Ulric. Says he's "betting on his phone day and night" and they are behind on everything. Bailiffs came to the door on Sat (17th) - she was there. Ulric didn't hear the knocking and Zaza answered the door. Man said he was from an enforcement agency about council tax. Marvella paid £200 from her own money to stop them taking the car.

She also said there's a man "Gaz" who lent Ulric money last year and who has been texting him demands; she didn't know more. Says Annalise only found out about the debts at Christmas.

Marvella says she looks after Theo 2 days a week and is "happy to do more". Says Zaza "acts like the mother in that house" and she thinks that's wrong.

{{12:10|time}} Call ended. Will visit with interpreter and ask parents about finances.
"""),
    ("school", "2026-01-21", "Education", "iwriothesley", "School liaison - DSL Farthing Lane", "standard", """
Met Mrs Nankivell (DSL) and Zaza's class teacher [[Mr Anwick|~british]] at school.

- Attendance this academic year 88.4%, 9 lates since September. Two days off last week (12th and 14th) - mum's message said "family appointment".
- Zaza is tired most mornings, sometimes puts her head on the desk. Good reader, above expected in phonics.
- Last Thursday in circle time she said "daddy owes money to a bad man and the man comes to our house". Teacher wrote it down at the time. When asked gently later she said "I'm not supposed to tell".
- Zaza told the TA she "does the talking" at the doctor's and at the bank. School knows she went with mum to the GP w/c 5/1 and told the receptionist what was wrong with mum.
- School use email to communicate with parents and have never booked an interpreter for parents' evening (Mrs Nankivell accepted this is a gap and will book one for February).

Saw Zaza alone in the library, 20 mins. She drew her house - mummy, daddy, Theo, her, and "Nana [[Marva|P05]]". Said she likes school, likes when nana comes. Asked about worries: "money". Said daddy is sad. Did not want to talk about the man. Said nobody hurts Theo, "he just bumped".
"""),
    ("visit2", "2026-01-23", "Home Visit", "iwriothesley", "Home visit with BSL interpreter", "standard", """
Purpose: s47 - see parents with interpreter, explore finances and Theo's injury.
Interpreter: Eldon Wintle (Signwell sent him this time, arrived on time). Visit {{16:00|time}}-{{17:40|time}}.
Children seen: both. Zaza seen with parents and briefly alone in her room. Theo asleep then awake, ear bruise fading, no new marks.

Parents were much more relaxed with a proper interpreter. Dad signed that the visit on the 14th "made us feel like we were the problem because we're Deaf".

Finances: Ulric disclosed he has been gambling online since about spring last year, mainly slots and football. He thinks he owes about £11,400 altogether - credit cards, a payday loan, council tax arrears (the bailiffs) and £1,500 to "Gaz", who lent him £800 in October and now wants £1,500. Says Gaz has sent messages saying he "knows where you live". He has not told the police. Annalise signed that she found out at Christmas and has moved her wages into a separate account.

Theo's injury: same account again, consistent. Both parents agreed Theo goes in the travel cot downstairs till the cot is fixed with a bumper (I advised against bumpers - safer sleep; agreed a mesh cot liner is not advised either; HV to advise).

Zaza interpreting: discussed openly. Parents said they use her "only for small things" but agreed she had been doing the GP and the bank. Both agreed this stops. Hospital, GP and school to book interpreters; I will help parents set up Video Relay Service for phone calls.

Analysis: Loving home, children well attached. The key worries are the unexplained injury, the debt and the threat from the lender, and Zaza carrying adult responsibilities. Parents engaged fully once communication was made accessible.

Next steps: strongly advised dad to report Gaz to police / Illegal Money Lending Team; he agreed to do so with Marvella. StepChange referral. Referral to Deaf Families First (Deaf-led parenting programme).
"""),
    ("police", "2026-01-27", "Police Notification", "iwriothesley", "Police information - illegal money lender", "restricted", """
RESTRICTED - third party police information, not for disclosure to family.

DS Ellacombe called {{10:15|time}}. Ulric attended Eynsford police station on Mon 26th with his mother-in-law and reported the lender. Police know the man as [[Garvin Hoad|~british]], [[41 Sandpiper Close, Swanley BR8 7TX|ADDRESS]], mobile [[07306 918452|PHONE]]. He is subject of an ongoing investigation by the Illegal Money Lending Team and another force. Police will not be approaching Ulric's address but have flagged the address for a "threat to life" marker review - assessed as not meeting that level. Advice: family not to pay any more money; report any contact.

Not to be shared with parents beyond "police are dealing with it".
"""),
    ("oversight", "2026-01-29", "Management Oversight", "ttresham", "Management oversight - outcome of s47", "standard", """
Management oversight - TM Tancred Tresham

Reviewed s47 recording, medical summary (written report received 27/1, same opinion as verbal), repeat skeletal survey 26/1 clear, school and police information.

Outcome of s47: concerns substantiated in part - the bruise remains unexplained (NAI not excluded, not confirmed). No further injuries; parents' account consistent over four tellings; protective MGM; parents have engaged fully when we provided an interpreter; father has reported the lender to police (Mon 26th).

Decision: threshold for an ICPC is NOT met at this time. Child in Need plan for both children. An ICPC will be convened without delay if there is any further unexplained injury to either child, or if the threat from the lender escalates.

CIN plan to include:
1. Azariah not to interpret for her parents - all agencies to book qualified interpreters (GP and school flags).
2. Debt and gambling support - StepChange, GamCare, GamStop self-exclusion.
3. Deaf Families First parenting programme.
4. HV to see Theo monthly; MGM to continue 2 days/week.
5. Formal complaint to Signwell re no-show on 14th and feedback to HV service re failed booking.

First CIN meeting to be held within 10 working days, with interpreter.
Worker to complete C&F assessment.
"""),
    ("cin1", "2026-02-10", "CIN Meeting", "iwriothesley", "Initial CIN meeting", "standard", """
Initial Child in Need meeting. Originally set for Thurs 5th Feb - cancelled by us on the day as the agency could only supply one interpreter and there were two Deaf participants plus a long meeting. Rearranged to today, 10/2, {{10:00|time}}, at Eynsford Family Hub, two interpreters (Eldon Wintle and [[Shabnam Selvanathan|~south_asian]]).

Present: Annalise, Ulric, Marvella, IW (SW), P. Honeysett (HV), Mrs Nankivell (school), [[Clementina Attrill|~british]] (Deaf Families First - Deaf family support worker, BSL user).

Updates
- Theo: HV saw 4th Feb, weight on 50th centile, no marks. Now crawling properly.
- Zaza: no days off since 23/1. School booked interpreter for parents' evening on 12th. Teacher says she "seems lighter".
- Money: StepChange appointment on 17th Feb (Video Relay). Ulric has signed up to GamStop (5 years) - showed me the email. He says he has not bet since 24th January. Bailiffs have agreed a payment plan for the council tax arrears of £1,260.
- Gaz: "police dealing with it". No messages since.
- Deaf Families First: 8-week group starts 24th Feb, Tuesdays, mum and dad both to go. Clementina will also do home sessions.

Plan agreed, next CIN review mid-April.
"""),
    ("texts", "2026-02-27", "Case Note", "iwriothesley", "Text messages from mum (copied into record)", "standard", """
Text thread with Annalise (mum prefers text between visits) - copied verbatim:

[25/02 19:42] Annalise: hi Isidore. man came to door again today 2 times. not bailiff. big car. Ulric not home. I not open door. zephy scared
[25/02 19:50] IW: Thank you for telling me. Are you and the children safe now? If he comes back call 999 using the 999 BSL app or text 999 (you are registered?)
[25/02 19:58] Annalise: yes safe. my mum coming. not registered for 999 text
[25/02 20:01] IW: Ok. I will help you register tomorrow. I will tell the police tonight.
[26/02 08:15] Annalise: thank you. Ulric very angry with himself. he go to GA meeting tonight, deaf one on zoom
[26/02 12:30] IW: Registered you both for emergency SMS - confirmation should come by text. Police aware.

Worker note: informed DS Ellacombe by phone 25/2 {{20:10|time}}. Police patrol passed the address that evening. TM aware - does not meet ICPC criteria per oversight (no harm, no direct threat made, police acting), keep under review.
"""),
    ("hv", "2026-03-11", "Health Visitor", "iwriothesley", "HV update (from P. Honeysett, by email)", "standard", """
From: Persis Honeysett, HV
Seen Theophilus at home 10.3.26 with BSL interpreter (booked by us, attended). Weight 9.1kg. Crawling, pulling to stand, babbling. Hearing screen at birth was clear - parents asked, I confirmed. No marks or injuries. Safe sleep discussed again - cot now repaired, no bumpers. Mum has attended the first two Deaf Families First sessions and says "it is the first group where I understood everything". Dad attended one of two - he says he missed the one a fortnight ago because of work. Next HV contact 9 month review booked April with interpreter.
"""),
    ("dff", "2026-04-09", "Partner Agency Report", "iwriothesley", "Deaf Families First - end of programme report", "standard", """
Deaf Families First - 8 week programme summary (C. Attrill) - received by email 9 April.

Mum attended 7 of 8 sessions. Dad attended 5 of 8 (missed two for work, one after a "bad week"). Home sessions x3.
Themes: play and communication with a hearing child; how to get access rights at appointments (Equality Act - reasonable adjustments); "my child is not my interpreter"; routines and sleep; money worries and stress.
Clementina observed warm, responsive care of Theo and good limits with Zaza. Dad talked in the group about gambling and said he is 10 weeks clear. Family are now linked to the Deaf community centre in Dartford.
Recommendation: no further need for the programme; family can come to monthly drop-in.
"""),
    ("cinrev", "2026-04-16", "CIN Review", "iwriothesley", "CIN review", "standard", """
CIN REVIEW 16th April - interpreter Eldon Wintle. Present: parents, Marvella, SW, HV, school (by phone).

What's working well
- no further injuries to Theo since January; 9-month review done 14/4, all fine.
- Zaza 97% attendance since end of Jan, no lates since half term. Teacher says she's "a different child - playing, not worrying". Asked what she thought (seen alone 13/4): "mummy has a lady who signs now, so I don't have to".
- Ulric: no gambling since 24/1 (GamStop, GA weekly online, bank gambling block). StepChange - Debt Management Plan agreed, £95/month. Gaz - nothing heard since late Feb; police have told dad the man was arrested.
- Both parents using VRS for phone calls; GP and school book interpreters routinely.

Worries: debts will take years; dad's mood when he has a bad week. The bruise remains unexplained.

Decision: C&F assessment (completed 2nd March) and review agree needs now met by universal services and family support. Recommend step down to Early Help (Family Hub worker) for 3 months for debt/mood support, then close. Parents agree.
"""),
    ("closure", "2026-05-05", "Case Closure", "ttresham", "Closure summary", "standard", """
Closure summary - TM

Referred 12/01/26 by HV re unexplained bruise to 7-month-old's ear. s47 (single agency) - NAI neither confirmed nor excluded by paediatrician; ICPC threshold not met; CIN plan Jan-Apr 2026.
Key learning: the family's first experience of us was a visit done on a notepad because an interpreter didn't turn up. Signwell complaint upheld 20/3. Our own booking process changed (interpreter booked at the point of allocation for all Deaf parents).
Outcomes: no further injuries; Azariah no longer interpreting; gambling stopped and debt plan in place; lender arrested.
Case closed to CSC today, stepped down to Early Help (Eynsford Family Hub). Letter to parents in English and a BSL video summary sent.
"""),
]

QUESTIONS = [
    {"q": "when did the HV find the bruise on the baby's ear", "qtype": "when", "facts": ["2026-01-12"], "notes": ["contact"], "as": "iwriothesley"},
    {"q": "what did the paediatrician conclude abt the ear bruise?", "qtype": "what",
     "facts": ["non-accidental injury cannot be excluded"], "notes": ["medical"], "as": "ttresham"},
    {"q": "who was the interpreter that didnt turn up", "qtype": "who", "facts": ["Ravenna Dunnage"], "notes": ["visit1"], "as": "iwriothesley"},
    {"q": "how much does dad owe in total?", "qtype": "how_many", "facts": ["£11,400"], "notes": ["visit2"], "as": "ttresham"},
    {"q": "what exactly did Zaza say in circle time about money", "qtype": "quote",
     "facts": ["daddy owes money to a bad man"], "notes": ["school"], "as": "iwriothesley"},
    {"q": "did it go to initial conference?", "qtype": "yes_no", "facts": ["no"], "notes": ["oversight"], "as": "ttresham"},
    {"q": "how many of the Deaf Families First sessions did mum get to", "qtype": "how_many", "facts": ["7 of 8"], "notes": ["dff"], "as": "iwriothesley"},
    {"q": "when was the first CIN meeting actually held", "qtype": "when", "facts": ["2026-02-10"], "notes": ["cin1"], "as": "iwriothesley"},
    {"q": "who paid the bailiffs to stop them taking the car", "qtype": "who", "facts": ["Marvella"], "notes": ["mgm_call"], "as": "iwriothesley"},
    {"q": "has anyone referred dad to his GP for his mood / depression?", "qtype": "yes_no", "facts": [], "notes": [], "as": "iwriothesley"},
    {"q": "what's the name of the bailiff company", "qtype": "what", "facts": [], "notes": [], "as": "ttresham"},
]

EVENTS = [
    ("2026-01-12", "referral", ["contact"], "Health visitor refers unexplained bruise to 7-month-old Theophilus's left ear found at developmental review"),
    ("2026-01-13", "strategy_discussion", ["strat"], "Strategy discussion: single-agency s47 agreed, CP medical arranged, Azariah not to interpret"),
    ("2026-01-14", "hospital", ["medical", "oversight"], "Child protection medical: no other injuries, skeletal survey clear, NAI cannot be excluded"),
    ("2026-01-17", "household_change", ["mgm_call"], "Bailiffs attend home over council tax arrears; maternal grandmother pays £200"),
    ("2026-01-23", "assessment", ["visit2"], "Father discloses gambling and debts of about £11,400 including an illegal lender making threats"),
    ("2026-01-26", "police_incident", ["police", "oversight"], "Father reports the illegal money lender to police"),
    ("2026-01-29", "section_47", ["oversight"], "s47 outcome: injury unexplained, ICPC threshold not met, Child in Need plan"),
    ("2026-02-10", "cin_review", ["cin1"], "Initial CIN meeting (rearranged from 5 February for lack of interpreters)"),
    ("2026-02-25", "police_incident", ["texts"], "Unknown man calls at the home twice; police informed"),
    ("2026-04-16", "cin_review", ["cinrev"], "CIN review: no further injuries, gambling stopped, step-down to Early Help recommended"),
    ("2026-05-05", "closure", ["closure"], "Case closed to children's social care, stepped down to Early Help"),
]
