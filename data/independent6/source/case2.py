"""IN6-0002: a 15-year-old boy from abroad living with a "family friend" (an un-notified private fostering arrangement)."""

CASE = {
    "case_id": "IN6-0002",
    "team": "Riverside Front Door",
    "status": "child_in_need",
    "allocated_worker": "ptamminen",
    "child": {
        "person_id": "P01", "given_name": "Yeison", "family_name": "Zuleta", "date_of_birth": "2010-04-22",
        "gender": "male", "ethnicity": "Any other mixed background", "religion": "Roman Catholic",
        "nhs_number": "943 476 5919", "address": "27 Fellmonger Street, Riverside RV6 2QA",
        "school": "Riverside Academy", "given_origin": "latin_american", "family_origin": "latin_american",
    },
    "people": [
        {"person_id": "P02", "given_name": "Marleny", "family_name": "Cardona", "relationship": "private foster carer (family friend)",
         "date_of_birth": "1984-11-02", "phone": "07462 885130", "address": "27 Fellmonger Street, Riverside RV6 2QA",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P03", "given_name": "Duncan", "family_name": "Whitelock", "relationship": "private foster carer's husband",
         "date_of_birth": "1979-03-15", "address": "27 Fellmonger Street, Riverside RV6 2QA",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Yolanda", "family_name": "Zuleta", "relationship": "mother (in Colombia)",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Hernan", "family_name": "Zuleta", "relationship": "father (in Colombia)",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P06", "given_name": "Rafferty", "family_name": "Whitelock", "relationship": "carers' son",
         "date_of_birth": "2016-01-19", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P07", "given_name": "Araminta", "family_name": "Whitelock", "relationship": "carers' daughter",
         "date_of_birth": "2019-07-08", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P08", "given_name": "Radoslaw", "family_name": "Wierzbicki", "relationship": "lodger in the household",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Yeison Zuleta": "P01", "Yeison": "P01", "Yei": "P01", "YZ": "P01",
    "Marleny Cardona": "P02", "Marleny": "P02", "Cardona": "P02", "CARDONA": "P02", "MC": "P02",
    "Duncan Whitelock": "P03", "Duncan": "P03",
    "Yolanda Zuleta": "P04", "Yolanda": "P04",
    "Hernan Zuleta": "P05", "Hernan": "P05",
    "Rafferty": "P06", "Raff": "P06",
    "Araminta": "P07",
    "Radoslaw Wierzbicki": "P08", "Radoslaw": "P08", "Wierzbicki": "P08", "Pirkko": "~eastern_european",
    "Eulalia Fothergill": "~british", "Fothergill": "~british",
    "Rocio Paredes": "~latin_american", "Rocio": "~latin_american",
    "Alasdair Strickland": "~british", "Strickland": "~british",
    "Nkemelu": "~african",
    "Lally": "~british",
}

NOTES = [
    ("n1", "2025-09-16", "Contact", "ptamminen", "Notification from school - possible private fostering",
     "standard", """
Email received from Eulalia Fothergill, DSL, Riverside Academy (pasted):

"Hi, I'm flagging a new Year 11 student, Yeison Zuleta, who joined us on 8th September. He was enrolled by a Ms Marleny Cardona who told our admissions officer she was his 'aunt'. When our EAL coordinator met Yeison he said Marleny is 'a friend of my mum from church in Medellin' and that he came to England 'in the summer holiday, June'. His parents are both in Colombia. As far as we know nobody has told you about him. He is a lovely lad, very polite, but he has fallen asleep in two lessons and told his tutor he gets up 'at 5'. I think this may be a private fostering arrangement? Happy to talk. Lally"

Address given on enrolment: [[27 Fellmonger Street|ADDRESS:P01]], {{Riverside|place}} [[RV6 2QA|POSTCODE:P01]]. Carer mobile [[07462 885130|PHONE:P02]].

Front Door screening: Yeison is 15, has lived with a non-relative for more than 28 days (since June, approx 3 months) - this meets the definition of private fostering. No notification received from the carers or parents. No previous involvement with the child or household. Carer's husband and their two children known to HV records only (routine).

Outcome: progress to a private fostering assessment. Passed to PT.
"""),
    ("n2", "2025-09-17", "Management decision", "smwangaza", "TM decision",
     "standard", """
TM decision - SM

Private fostering notification (late). Visit to be completed within 7 working days of notification, i.e. by 25/09. Child must be seen alone, with an independent Spanish interpreter (NOT the carer or her family). Consider whether the tiredness and early rising suggest he is being made to work. If anything suggests exploitation, discuss with me the same day and we will hold a strategy discussion. Checks: DBS for all adults in household, LA checks, police, health, school. Contact birth parents.
"""),
    ("n3", "2025-09-19", "Home visit", "ptamminen", "Private fostering visit 1",
     "standard", """
Purpose of visit: initial private fostering visit following late notification from school.
Visit type: announced.
Present: Marleny Cardona (carer), Duncan Whitelock (her husband), their children Rafferty (9) and Araminta (6). Interpreter: Rocio Paredes (Spanish, council interpreting service).
Child seen: Yes. Seen alone: Yes, in his bedroom, with interpreter.

Household: 3 bed terraced house. Yeison has the box room - single bed, small wardrobe, a window, no desk. A lodger, Radoslaw, rents the downstairs front room (carers had not mentioned him until I asked whose coat was on the stairs). Radoslaw not present.

Carers' account: Marleny said she and Yeison's mum Yolanda have been friends "for 20 years". Yolanda asked her to "give him a chance of a good school in England". He arrived 14 June on a visitor visa. She did not know she had to tell the council; "we thought it was like family". Duncan said Yeison is "a great help with the kids". They receive money from Yolanda - Marleny said "a little, for food".

Yeison alone: quiet at first, warmed up. He said he likes the school and wants to be an engineer. He misses his mother and his grandmother and his dog. He talks to mum on WhatsApp "most nights". He said he gets up early "to help Marleny with her work" and looks after Raff and Araminta after school "because Marleny and Duncan work". He did not want to say more and asked if he would be "in trouble".

Carers' children seen together in the lounge, appeared well and relaxed with Yeison.

Analysis: Meets private fostering definition. Positives - warm relationship with carers' children, contact with mother, enrolled in school. Worries - he is caring for younger children most evenings, early-morning "work" not explained, immigration status unclear, carers did not notify, undisclosed adult lodger.

Next steps: DBS x3 (MC, Duncan, lodger), video call with parents, speak to TM re the work.
"""),
    ("n4", "2025-09-23", "Telephone", "ptamminen", "phone calls / checks",
     "standard", """
23/9
0910 - DBS applications submitted for MC and Duncan. Lodger Radoslaw Wierzbicki - Marleny gave his number, left message asking him to contact me to complete DBS.
1030 - School nurse: no health info received, Y not registered with GP. Advised carers to register him this week.
1145 - Spoke to Marleny to arrange video call with Y's parents. She gave me Yolanda's WhatsApp [[+57 300 555 0147|PHONE:P04]] - NB number of parent abroad, recorded on file. Call set for Fri {{26th|event_date}} 5pm UK time (11am Colombia).
1500 - Discussed the early mornings with SM. Agreed: ask school to let us know anything further; find out more at the video call before deciding on strategy.
"""),
    ("n5", "2025-09-26", "Video call", "ptamminen", "Video call with birth parents in Colombia",
     "standard", """
Video call with Yolanda Zuleta (mother) and Hernan Zuleta (father), both in Medellin. Interpreter Rocio Paredes. Marleny set up the call on her laptop then left the room at my request. Duration about 50 minutes.

Mum's account: She arranged for Yeison to go to England for a better education. She has known Marleny since they were girls. She sends Marleny 600,000 pesos a month (about {{£110|figure}}) for his keep. She understood Y would stay "until he finishes his studies". She was not aware of private fostering or that the council needed to be told. She wants him to stay.

Dad's account: Hernan's understanding was different. He said he agreed to "the summer, for English" and expected Y home for Christmas. He seemed surprised at mum's account and they spoke in Spanish between themselves (interpreter said they were discussing who had the passport and the return flight). Dad said "if he is happy, fine, but he must study, not work". When I asked what he meant by work he said Yeison had told him he "cleans offices" with Marleny.

Parental responsibility: both parents hold PR. Neither has delegated anything in writing. I have asked them to confirm their wishes in writing by email.
"""),
    ("n6", "2025-10-03", "Education Welfare", "ptamminen", "Education welfare report",
     "standard", """
EDUCATION WELFARE REPORT - Riverside Academy
Prepared by: Alasdair Strickland, Education Welfare Officer
Pupil: [[Yeison ZULETA|P01]], Y11

Attendance since 08/09/2025: 88.2%. Absences: 3 sessions unauthorised (no reason given), 1 session "helping at home" per carer's phone message.
Punctuality: late 9 times, average 22 mins.
Observations: Staff report Y is tired, yawning, twice asleep in class. On Thursday 2nd Oct a member of staff driving in at 06:40 saw Y carrying a mop bucket and vacuum cleaner from a van into an office building on Cooperage Road. Ms Cardona's van (signwritten "Sparkle Commercial Cleaning").
EAL: making rapid progress in English. Maths very strong.
Recommendation: referral to children's services for consideration of child labour / exploitation (already open - copy sent to SW).
"""),
    ("n7", "2025-10-07", "Strategy Meeting", "ptamminen", "Strategy discussion",
     "standard", """
Strategy discussion 07/10/25 {{10:00|time}}, chaired by SM.
Present: SM, PT, DS Nkemelu (Police, Modern Slavery & Exploitation Unit), Eulalia Fothergill (DSL), Alasdair Strickland (EWO), school nurse.

Summary: 15 y/o privately fostered from Colombia since June. Evidence that he works for his carer's cleaning business before school and at weekends and does a lot of childcare for the carers' own children. Father says he was sent for the summer only.

Indicators considered (domestic servitude / labour exploitation): working long hours - possible; no / little pay - possible; control of documents - unknown; isolation - no, has phone, contact with parents, attends school; fear / threats - none reported.

Decision: threshold for s47 met (risk of significant harm through exploitation). Single agency s47 with police advice. Y to be seen alone at school with interpreter this week. DS Nkemelu will decide on NRM referral and any crime report after that conversation. If Y discloses being made to work, threatened, or having his passport withheld, a further strategy discussion will be held the same day.
"""),
    ("n8", "2025-10-09", "S47 visit", "ptamminen", "Section 47 - Y seen alone at school",
     "standard", """
Y seen at school in the library, interpreter Rocio present (Y chose to speak partly in English).

Y said he goes with Marleny to clean offices on Cooperage Road on Tues and Thurs mornings (5.30 to 7.30) and Saturday and Sunday mornings. He said "I want to help, she is helping my family". Marleny gives him "sometimes 20 pounds". He said he is not forced, and that when he said he was too tired one Sunday she told him to stay in bed. He looks after Raff and Araminta 4 evenings a week until Duncan gets home at 7. He does his homework after that.

Passport: he said Marleny keeps it "in her drawer so it doesn't get lost". He does not know where his return ticket is. He said he has not asked for his passport.

He said he does not want to go home yet. "I want to finish my exams here. Please don't tell my mum I'm tired."

No injuries seen. He said no one has hit him or threatened him.
"""),
    ("n9", "2025-10-16", "Section 47 Enquiry", "ptamminen", "S47 outcome",
     "standard", """
Outcome of s47 (strategy 7.10.25)

Discussed with DS Nkemelu on 14/10 following Y's account. Police view: the indicators are not met for domestic servitude or forced labour; Y is not controlled, is free to come and go, in contact with his parents, and his account is consistent. No NRM referral. No crime. I agree with this.

However, the work Y does (around 10 hours a week of cleaning, plus childcare 4 evenings) is not compatible with his age, his schooling, or the purpose his parents sent him here for. Under the Children and Young Persons Act 1933 and local byelaws, a 15 year old cannot work before 7am or more than 2 hours on a school day.

Concerns not substantiated at the level of significant harm. Child in need plan instead. Marleny and Duncan seen 15/10 - they accepted this "without argument", Marleny was tearful and said she had "not thought of it like that". Written agreement:
- no cleaning work for Y at all during term time; no work before 7am ever
- childcare limited to 1 evening a week, by agreement with Y
- passport returned to Y / kept in a place he can get to
- GP registration this week
"""),
    ("n10", "2025-11-03", "Health Assessment", "ptamminen", "Health assessment",
     "standard", """
Health assessment was completed on the 21st of last month by the school nurse team (private fostering health check). Copy only recieved today - chased twice.

- Registered with Fellmonger Road Surgery on 17 Oct.
- Height and weight within normal range.
- Vision: failed screening, referred to optician - needs glasses.
- Dental: 2 untreated cavities, referred to community dental service.
- Immunisations: card from Colombia shows most vaccinations; no record of MMR second dose or teenage booster. Catch-up offered and accepted.
- Emotional health: SDQ within normal range, apparantly a slightly raised peer problems score. Says he sleeps "much better" since he stopped the early cleaning.
- No safeguarding concerns identified by the nurse.
"""),
    ("n11", "2025-11-04", "DBS / checks", "ptamminen", "Suitability checks returned",
     "standard", """
DBS results:
Marleny Cardona - enhanced DBS, no information.
Duncan Whitelock - enhanced DBS: 1 caution, 2009, drunk and disorderly. Duncan told me about it before the result came back. Not considered relevant to care of a child.
Radoslaw Wierzbicki (lodger) - still not completed. Radoslaw was finally seen on {{30 Oct|event_date}}. He told me he works nights and "hardly sees the boy". He has given notice and is moving out at the end of November.

LA checks on all adults: nothing. Police checks: nothing further.
"""),
    ("n12", "2025-11-12", "Supervision", "smwangaza", "Supervision - case discussion",
     "standard", """
Supervision SM / PT

Progress: written agreement kept. School report Y has not been late since the s47. Passport now kept by Y in a lockbox in his room. both parents have emailed - mum wants him to stay; dad now agrees "if he is not working". Immigration: visitor visa runs out in December. Carers have seen an immigration solicitor about a student / child visa. I have asked PT to ensure Y has his own independent advice and to consider a referral to the council's No Recourse to Public Funds team if needed.

School: Y has asked to move to {{Thornbury High|place}}, which has an EAL unit and a GCSE Spanish class, and is nearer to the house. Mid-Y11 move is a risk; Y is clear. Parents and carers agree. SM approves.

Decision: complete private fostering assessment with a recommendation that the arrangement is suitable, subject to conditions.
"""),
    ("n13", "2025-11-28", "Text messages", "ptamminen", "Text message thread with carer (pasted)",
     "standard", """
Messages between SW work mobile and Marleny (copied from phone 28/11):

MC 26/11 19:02: Hi Pirkko the new school said he can start after the Christmas holiday not before
PT 26/11 19:40: Thanks Marleny, that's fine. Did they give you the date?
MC 26/11 19:41: the 5 january. they want a meeting with me and him before
MC 27/11 08:15: also Radoslaw moved out yesterday so the room is empty now
PT 27/11 09:03: Thank you for letting me know. I'll update our records. Is Yei ok?
MC 27/11 09:10: yes he's good he passed his mock maths with 8 very proud
PT 27/11 09:12: Brilliant! Please tell him well done from me
"""),
    ("n14", "2026-01-09", "School", "ptamminen", "School move - start at Thornbury High",
     "standard", """
Yeison started at Thornbury High School on Monday {{5th January|event_date}} (came off roll at Riverside Academy 19 Dec). Attended pre-start meeting with MC and Y on 16/12.
Head of EAL says Y has settled "remarkably well" in the first week; placed in the EAL unit for 2 lessons a day, mainstream for maths and science. Attendance first week 100%.
Y said in his own words to me on the phone: "The new school is better, I have a friend from Peru".
"""),
    ("n15", "2026-01-22", "Private fostering assessment", "ptamminen", "Private fostering assessment - conclusion",
     "standard", """
PRIVATE FOSTERING ASSESSMENT - SUMMARY AND RECOMMENDATION

Child: [[Yeison ZULETA|P01]] (15). Carers: [[Marleny CARDONA|P02]] and Duncan Whitelock. Arrangement start: 14 June 2025. Notified to LA: 16 September 2025 (by school, not by carers or parents).

History: The early-morning cleaning work and childcare identified in October (s47, not substantiated at significant harm, no NRM) have stopped; this has been checked with Yeison alone on 3 occasions, most recently 20/01/26. The lodger moved out in November. Yeison changed school in January.

Carers: warm, committed. Both DBS checked. They now understand their duties and the council's role.
Parents: both consent to the arrangement in writing (emails 10/12/25 and 14/12/25). Dad's earlier reservation resolved.
Child's wishes: "I want to stay here and finish school. This is my home in England."
Immigration: leave to remain application lodged 2 Dec 2025; Y has his own solicitor. Awaiting Home Office decision.

Recommendation: the arrangement is SUITABLE. Conditions: no employment of Y beyond what the law allows a 15 y/o and with his agreement; Y keeps his own documents; carers notify any change of household. Visits every 12 weeks as a privately fostered child (next due April 2026). CIN plan to close as the arrangement is now monitored under private fostering regulations.

Approved by TM: SM 22/01/26.
"""),
]

QUESTIONS = [
    {"q": "when did yeison arrive in the uk", "qtype": "when",
     "facts": ["2025-06-14"], "notes": ["n3"], "as": "ptamminen"},
    {"q": "who notified us about him?", "qtype": "who",
     "facts": ["Fothergill"], "notes": ["n1"], "as": "smwangaza"},
    {"q": "what did dad think the arrangement was for", "qtype": "what",
     "facts": ["the summer"], "notes": ["n5"], "as": "ptamminen"},
    {"q": "how many times has he been late to school according to the EWO?", "qtype": "how_many",
     "facts": ["9"], "notes": ["n6"], "as": "ptamminen"},
    {"q": "was an NRM referral made", "qtype": "yes_no",
     "facts": ["no"], "notes": ["n9"], "as": "smwangaza"},
    {"q": "what did Y say about the cleaning when he was seen alone at school?", "qtype": "quote",
     "facts": ["I want to help, she is helping my family"], "notes": ["n8"], "as": "ptamminen"},
    {"q": "whos got his passport", "qtype": "what",
     "facts": ["lockbox"], "notes": ["n12"], "as": "ptamminen"},
    {"q": "what school is he at now", "qtype": "what",
     "facts": ["Thornbury High"], "notes": ["n14"], "as": "smwangaza"},
    {"q": "is the lodger still living there", "qtype": "yes_no",
     "facts": ["no"], "notes": ["n13"], "as": "ptamminen"},
    {"q": "has he got his glasses yet", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "ptamminen"},
    {"q": "who's his immigration solicitor?", "qtype": "who",
     "facts": [], "notes": [], "as": "smwangaza"},
]

EVENTS = [
    ("2025-09-16", "referral", ["n1"], "School notifies an un-notified private fostering arrangement"),
    ("2025-09-19", "assessment", ["n3"], "Private fostering visit: child seen alone with interpreter; lodger found in household"),
    ("2025-09-26", "contact", ["n5"], "Video call with birth parents in Colombia: parents' accounts of the arrangement differ"),
    ("2025-10-02", "contact", ["n6"], "Yeison seen at 06:40 carrying cleaning equipment into an office building before school"),
    ("2025-10-07", "strategy_discussion", ["n7"], "Strategy discussion re possible domestic servitude / labour exploitation; s47 agreed"),
    ("2025-10-16", "section_47", ["n9"], "S47 outcome: exploitation not substantiated, no NRM; CIN plan and written agreement"),
    ("2025-10-21", "health", ["n10"], "Private fostering health assessment: glasses, dental and immunisation catch-up needed"),
    ("2025-11-26", "household_change", ["n13"], "Lodger moved out of the household"),
    ("2026-01-05", "school_move", ["n14"], "Started at Thornbury High School"),
    ("2026-01-22", "assessment", ["n15"], "Private fostering assessment concluded: arrangement suitable with conditions; CIN closed"),
]
