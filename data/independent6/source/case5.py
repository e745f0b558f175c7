"""IN6-0005 (restricted: father is a local councillor): 16-year-old presenting as homeless."""

CASE = {
    "case_id": "IN6-0005",
    "team": "Riverside Front Door",
    "status": "closed",
    "allocated_worker": "ptamminen",
    "restricted": True,
    "access_list": ["ptamminen", "smwangaza"],
    "child": {
        "person_id": "P01", "given_name": "Eimear", "family_name": "McGlinchey", "date_of_birth": "2009-09-03",
        "gender": "female", "ethnicity": "White Irish", "nhs_number": "717 891 6354",
        "address": "Glebe House, 3 Orchard Walk, Riverside RV7 1DS", "school": "Riverside Sixth Form College",
        "given_origin": "irish", "family_origin": "irish",
    },
    "people": [
        {"person_id": "P02", "given_name": "Ivor", "family_name": "McGlinchey", "relationship": "father",
         "date_of_birth": "1974-04-16", "phone": "07700 900587", "address": "Glebe House, 3 Orchard Walk, Riverside RV7 1DS",
         "given_origin": "british", "family_origin": "irish"},
        {"person_id": "P03", "given_name": "Eithne", "family_name": "McGlinchey", "relationship": "mother",
         "date_of_birth": "1977-12-01", "phone": "07700 900634", "address": "Glebe House, 3 Orchard Walk, Riverside RV7 1DS",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P04", "given_name": "Una", "family_name": "Conlon", "relationship": "maternal aunt",
         "date_of_birth": "1981-06-25", "phone": "07700 900942", "address": "22 Sandpiper Close, Riverside RV2 6JX",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P05", "given_name": "Reece", "family_name": "Ottway", "relationship": "boyfriend",
         "date_of_birth": "2002-10-30", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Eimear": "P01", "Eimear McGlinchey": "P01", "EM": "P01", "Ivor": "P02", "Ivor McGlinchey": "P02",
    "Cllr McGlinchey": "P02", "Mr McGlinchey": "P02", "Eithne": "P03", "Mrs McGlinchey": "P03",
    "Eithne McGlinchey": "P03", "Una": "P04", "Una Conlon": "P04", "Conlon": "P04", "Reece": "P05",
    "Reece Ottway": "P05", "OTTWAY": "P05", "Ottway": "P05", "Hanifa": "~arabic", "Hanifa Jaber": "~arabic",
    "Nwankwo": "~african", "Nwankwos": "~african", "Zoltan": "~eastern_european", "Roshni Gosal": "~south_asian",
    "Bramble": "~caribbean", "Ozioma": "~african",
}

NOTES = [
    ("contact", "2026-01-12", "Contact", "ptamminen", "Contact from Housing Options - 16yo presenting homeless",
     "standard", """
Contact received {{12/01/2026|event_date}} {{15:20|time}} by telephone.
Referrer: [[Hanifa Jaber|~arabic]], Housing Options officer, Riverside Civic Centre.

Reason for contact: young person [[Eimear McGlinchey|P01]] DOB [[03.09.2009|DOB:P01]] (16) has presented at the housing office this afternoon stating she is homeless. She says she had a big row with her parents on Sunday night (11th) and her dad told her to "get out and don't come back". She slept at a friend's on the sofa last night and the friend's mum has said she can't stay another night. She has her college bag and phone, no other belongings. Says she will not go home "under any circumstances".

Housing have NOT accepted a homelessness duty: under the joint protocol a 16/17 year old is referred to children's services for assessment first. Hanifa will stay with her at the Civic Centre until a SW arrives.

Decision (SM, TM): joint assessment today. PT to go out now. Check for existing involvement: none - family not known.
"""),
    ("joint", "2026-01-12", "Assessment", "ptamminen", "Joint housing / CSC assessment - initial",
     "standard", """
Joint assessment (16/17 yr old homeless protocol) - initial meeting
Date/time: 12.1.26, {{16:30|time}}-{{18:10|time}}, interview room 2 Civic Centre
Present: Eimear, PT (SW), Hanifa Jaber (Housing Options)

Eimear's account: the row on Sunday started because her mum found cannabis in her room. Dad came in and it "went mental". She says dad grabbed her phone and threw it across the room and said she is "ruining everything" for the family. She denies being hurt - no marks seen, she said "he's never hit me, he just shouts and makes you feel like dirt". She says things at home have been bad since she started seeing her boyfriend in the summer. Boyfriend is Reece, she gave his age as "like 20". She smokes weed "most days" to help her sleep.

Options explained to Eimear in plain terms, with the leaflet: (a) support to go home, or to family, with help from us; (b) becoming looked after under section 20 and having a placement, with the support that comes with that; (c) housing duty - explained that housing would not normally put a 16 year old in a hostel or B&B and she would lose the support of being looked after. Eimear said she would "rather die than go home tonight" but was unsure about being "in care".

Parents: SW phoned mum ({{17:15|time}}) - Eithne McGlinchey tearful, said Eimear is welcome home but "she has to follow our rules". Mum does not want her in care. Mum said dad "is not able to talk right now".

Outcome: Eimear agreed to an emergency foster placement for tonight under s20 - she consented herself (16, competent, s20(11)) and mum did not object. Placed {{19:45|time}} with emergency carers [[Festus and Ozioma Nwankwo|~african]]. Joint assessment to continue - aim to complete within 10 working days.
"""),
    ("dadcall", "2026-01-13", "Telephone Call", "ptamminen", "Tel from father - RESTRICTED",
     "restricted", """
RESTRICTED - case held as restricted record at TM's direction (father is an elected member of Riverside Council).

{{09:05|time}} call from Cllr McGlinchey to my mobile (he had got the number from the Director's office). He asked that his position on the council is not mentioned to anyone at the college or housing and that nothing is written down "that could end up in the papers". Explained record keeping and that the record is restricted. He said he is "not a monster", Eimear is "out of control" because of "that lad and the drugs", and she can come home tomorrow if she apologises to her mother. He said he had been "on the phone to Reece's employer" to tell them he is seeing a child.

He gave his private email [[ivor.mcglinchey@kestrelmail.co.uk|EMAIL:P02]] and asked to be contacted only on that and not on his council address.
Discussed with SM: any contact from the Director's office or members' services to go through SM. Father advised the case will be handled the same way as any other family.
"""),
    ("homevisit", "2026-01-15", "Home Visit", "ptamminen", "Visit to parents",
     "standard", """
Home visit to parents, announced. Both parents present, Eimear's brother (14) at school.
Purpose: joint assessment - parents' views, whether Eimear can return home.

Parents' account: mum said the last year has been "hell". Eimear was a "lovely girl, straight As" until Year 11. They think the change came when she met Reece Ottway, who they say is 23 (not "like 20") and works at a tyre place. They have found cannabis in her room 3 or 4 times and say she comes home smelling of it. They say she has stayed out overnight twice before without telling them (Oct and Dec) but they did not report her missing. Dad admitted throwing her phone and saying she should get out: "I said it in temper and I regret it".

Home: large detached house, Eimear's room clean and ready for her. Parents want her home. Dad says the rules are: in by 10pm, no Reece, no drugs. Mum said "I just want her back, rules or no rules" - parents do not agree with each other on this.

Analysis: high conflict between Eimear and father, parents split on how to respond. Concerns about the age gap with Reece (7 years) and possible exploitation. Eimear has no other needs known (no SEN, no health issues). Family network could help - mum mentioned her sister Una who Eimear is close to.

Next steps: family network meeting; mediation referral; CSE screening tool with Eimear; police check on Reece Ottway.
"""),
    ("missing", "2026-01-19", "Missing Episode", "ptamminen", "Missing from placement overnight 17-18/1",
     "standard", """
Eimear did not return to the Nwankwos' on Saturday night (17th). She was due back by {{22:00|time}}. Carer Mrs Nwankwo rang her at 22:15 and 23:00 - phone off. Reported missing to police at {{23:30|time}} (police ref MP/26/0388), EDT informed.

Eimear returned by taxi at {{11:10|time}} Sunday 18th. Carer says she smelled strongly of cannabis, was tired but not hurt, no visible injuries. She told carer she was "at a mate's". Police carried out a safe and well check at the placement Sunday afternoon.

This is the first missing episode while looked after (parents report 2 previous overnight absences from home, not reported). RHI offered - Eimear agreed to see me rather than the commissioned service. Arranged for Weds.
"""),
    ("rhi", "2026-01-21", "Return Home Interview", "ptamminen", "Return interview - missing 17/1",
     "standard", """
RETURN INTERVIEW - completed by allocated SW at Eimear's request
Date: {{21/01/26|event_date}}. Place: cafe in town (her choice).

Where were you: at Reece's flat. She gave the street but not the number. She said she went there after college, they watched films, "smoked a bit", and she fell asleep. She turned her phone off because "my dad tracks it".
Who were you with: Reece and two of his friends (men, she thought 25ish), one left at midnight.
Did anyone hurt you / ask you to do anything: she said no. She said Reece "looks after me", pays for her food and her vape and weed. She laughed when asked if she owes him money and said "he wouldn't do that".
Risk: CSE screening tool completed - MEDIUM. Indicators: older boyfriend (23), cannabis supplied by boyfriend, missing overnight, phone turned off, gifts. Protective: Eimear is articulate, engaged with this interview, attending college.
Eimear's views: she wants to go and live with her auntie Una. She does not want to go home "while he's there" (dad) but would see mum.

Action: discuss with TM whether strategy discussion needed.
"""),
    ("strat", "2026-01-23", "Strategy Discussion", "smwangaza", "Strategy discussion - exploitation concerns",
     "standard", """
Strategy discussion {{23/1/26|event_date}}, Teams. Chair: SM (TM). Present: PT (SW), PC [[Alisha Bramble|~caribbean]] (exploitation team), college safeguarding lead, CAMHS duty worker (for info only), Hanifa Jaber (housing).

Police: Reece Ottway - 1 conviction possession with intent (cannabis) 2022, no sexual offences. Known to associate with older males linked to local supply. Two intelligence reports placing younger girls at his address (not Eimear, not named).
College: attendance dropped from 94% to 71% this term. Eimear has told a tutor that her boyfriend "sorts her out".

Outcome: threshold for s47 not met at this point - no disclosure of harm, Eimear is 16. Agreed: single agency CIN plan with an exploitation safety plan. Police to consider a Child Abduction Warning Notice against Ottway - to be issued if Eimear is found at his address again. If there is a further missing episode or any disclosure, a further strategy discussion will be convened and s47 reconsidered. Review via exploitation panel next month.
"""),
    ("fnm", "2026-01-28", "Case Note", "ptamminen", "Family network meeting",
     "standard", """
FAMILY NETWORK MEETING - {{Weds 28th|event_date}}, Riverside Family Centre, {{6pm|time}} (after dad's work)
Present: Eimear, Eithne (mum), Ivor (dad), Una Conlon (maternal aunt), PT (SW), Zoltan (family group conference coordinator, facilitating).

What's working: everyone agreed Eimear is bright and funny; she has kept going to college most days; she and mum text every day.
What we're worried about: Reece and the cannabis; the rows; Eimear being on her own in a placement with people she doesn't know; dad said he is worried about "where this ends".
What needs to happen: Una offered for Eimear to live with her and her husband and their two small boys in the spare room, with Eimear going home for Sunday dinner. Eimear said yes straight away. Dad initially said this "rewards bad behaviour" but after a break agreed "if it's only till things calm down". Mum agreed.
Agreed plan: Una to be assessed (DBS, home check) this week; Eimear to stay with the Nwankwos until then; mediation sessions between Eimear and her parents; CAMHS referral for low mood and sleep (Eimear agreed); Eimear to see the substance misuse young people's worker.
"""),
    ("mediation1", "2026-02-04", "Case Note", "ptamminen", "Mediation - cancelled / rearranged",
     "standard", """
First mediation session (Riverside Youth Mediation) booked for today {{4pm|time}} was cancelled at lunchtime by father - he said he had a meeting he "could not get out of". Eimear was upset and said "see, he doesn't care". Rearranged for Weds 11th Feb, 4pm. Mum attended today anyway and mediator saw mum and Eimear briefly to explain the process.

Also: CAMHS referral sent on {{29.1.26|event_date}} (SW + GP letter). Acknowledgement received 2/2 - triaged routine, appointment to follow.
Una: DBS back clear, home check done 3/2 - spare room suitable. Placement with Una agreed by TM in principle.
"""),
    ("mediation2", "2026-02-12", "Case Note", "ptamminen", "Mediation session - feedback",
     "standard", """
Feedback from mediator following yesterday's session (11/2), both parents and Eimear attended, 90 mins.
- Agreed: Eimear will live at Una's for now; she will have Sunday dinner at home each week; dad will not raise Reece at Sunday dinner; Eimear will not bring cannabis to the house.
- Dad apologised for throwing her phone and for what he said on the night she left. Eimear said it "meant a lot".
- Not agreed: whether Eimear can stay out overnight at a friend's. To come back to at second session on 25/2.
Mediator's view: "a lot of love in the room but not much listening" - progress good for a first session.
"""),
    ("move", "2026-02-20", "Placement Change", "ptamminen", "Moved to aunt's - s20 ended",
     "standard", """
Eimear moved from the Nwankwos' to live with her maternal aunt Una Conlon and family at [[22 Sandpiper Close|ADDRESS:P04]], [[RV2 6JX|POSTCODE:P04]] today ({{Fri 20th|event_date}}). Moved by SW, with her things collected from the family home by mum yesterday.

This is a private family arrangement agreed by parents (who hold PR) and Eimear. Section 20 accommodation ended today - Eimear is no longer looked after. Discussed with SM: Una not assessed as kinship foster carer as the family do not want LA involvement of that kind and parents are making the arrangement themselves. Case continues as CIN.

Eimear said goodbye to Ozioma with a hug and a card. She said her new room "has my own telly". Una: "she's family, she's no trouble".
"""),
    ("camhs", "2026-03-05", "CAMHS", "ptamminen", "CAMHS initial appointment - letter received",
     "standard", """
Letter from CAMHS ([[Roshni Gosal|~south_asian]], Mental Health Practitioner) received today re initial appointment on {{26 February|event_date}}.

Summary: Eimear attended with her aunt. Presenting with low mood, poor sleep, irritability. Using cannabis daily since about 14, says she now smokes "2 or 3 times a week" since moving to her aunt's. No current self-harm, one episode of cutting aged 14 (not known to parents). No suicidal intent. PHQ-9 score 13 (moderate). Plan: 6 sessions CBT-informed work around sleep and mood, starting 12 March. Advised to continue with young people's substance misuse service. No medication.
SW: discussed with Eimear that parents will not be told about the self-harm history without her agreement. She said she might tell mum herself.
"""),
    ("college", "2026-03-13", "Education", "ptamminen", "College attendance update",
     "standard", """
Email from college safeguarding lead {{13/3|event_date}}: Eimear's attendance is back up to 89% for the half term since she moved to her aunt's. Tutors report she is handing in work again and has applied for a Saturday job. There was one late on 9/3. She was seen being dropped off at college by a man in a white van twice last week - Eimear told the tutor it was "Reece, we're still together but I'm not going to his any more". Passed to PC Bramble for information.
"""),
    ("review", "2026-03-27", "CIN Review", "ptamminen", "CIN review",
     "standard", """
CIN review {{27th March|event_date}} at Una's. Present: Eimear, mum, dad, Una, PT (SW), college lead (by phone). CAMHS report sent.

Where things are: Eimear settled at Una's for five weeks; no missing episodes since 17/1; Sunday dinners at home happening most weeks; second mediation on 25/2 agreed Eimear can stay at a friend's at weekends if she tells Una the address. Cannabis reduced. CAMHS sessions started. Relationship with Reece continues but she says she no longer stays at his flat. The warning notice was never needed and police have not issued one.
Exploitation risk now assessed as LOW (police agree).

Eimear's view: "I want to stay at Una's till I finish college, then see". She would like to go home "maybe for the summer".

Decision: CIN plan to end; step down to early help (college pastoral + young people's substance misuse service) with Una as lead family contact. Parents agree. SM to sign off closure.
"""),
    ("closure", "2026-04-02", "Case Closure", "smwangaza", "Closure summary - TM",
     "standard", """
Closure summary (TM): Eimear presented as homeless on 12/1/26 after a row at home. She was accommodated under s20 for 39 days in an emergency foster placement, had one missing episode, and moved to her maternal aunt's under a private family arrangement on 20/2. Exploitation concerns re an older boyfriend were managed through a strategy discussion and CIN safety plan; risk now low. Mediation has improved relationships with parents. CAMHS involved. Case closed to CSC on {{2.4.26|event_date}}, stepped down to early help. Restricted status to remain on the closed record.
"""),
]

QUESTIONS = [
    {"q": "when did she turn up at housing", "qtype": "when", "facts": ["2026-01-12"], "notes": ["contact"],
     "as": "ptamminen"},
    {"q": "who were the emergency carers?", "qtype": "who", "facts": ["Festus and Ozioma Nwankwo"],
     "notes": ["joint"], "as": "smwangaza"},
    {"q": "how old is the boyfriend", "qtype": "how_many", "facts": ["23"], "notes": ["homevisit", "rhi"],
     "as": "ptamminen"},
    {"q": "what did eimear say about her dad hitting her", "qtype": "quote", "facts": ["he's never hit me"],
     "notes": ["joint"], "as": "ptamminen"},
    {"q": "did police issue the abduction warning notice", "qtype": "yes_no", "facts": ["no"],
     "notes": ["review"], "as": "smwangaza"},
    {"q": "when did she go missing from the placement", "qtype": "when", "facts": ["2026-01-17"],
     "notes": ["missing"], "as": "ptamminen"},
    {"q": "where is she living now", "qtype": "what", "facts": ["Una"], "notes": ["move", "review"],
     "as": "smwangaza"},
    {"q": "whats the CSE screening outcome from the RHI", "qtype": "what", "facts": ["MEDIUM"], "notes": ["rhi"],
     "as": "ptamminen"},
    {"q": "how many days was she looked after for", "qtype": "how_many", "facts": ["39"], "notes": ["closure"],
     "as": "smwangaza"},
    {"q": "has she got a Saturday job yet", "qtype": "yes_no", "facts": [], "notes": [], "as": "ptamminen"},
    {"q": "what's the name of the CAMHS consultant psychiatrist", "qtype": "who", "facts": [], "notes": [],
     "as": "smwangaza"},
]

EVENTS = [
    ("2026-01-11", "household_change", ["contact", "joint"], "Row at home; father told Eimear to get out; she left home"),
    ("2026-01-12", "contact", ["contact"], "Contact from Housing Options: 16-year-old presenting as homeless"),
    ("2026-01-12", "assessment", ["joint"], "Joint housing / children's services assessment started"),
    ("2026-01-12", "placement_move", ["joint"], "Accommodated under section 20 in emergency foster placement"),
    ("2026-01-17", "missing_episode", ["missing", "rhi"], "Missing overnight from placement, returned next morning"),
    ("2026-01-21", "return_home_interview", ["rhi"], "Return interview: stayed at boyfriend's flat, CSE screening medium"),
    ("2026-01-23", "strategy_discussion", ["strat"], "Strategy discussion re exploitation; s47 threshold not met, CIN plan"),
    ("2026-01-29", "camhs_referral", ["mediation1"], "CAMHS referral sent for low mood and sleep"),
    ("2026-02-20", "placement_move", ["move"], "Moved to maternal aunt's under private family arrangement; s20 ended"),
    ("2026-02-26", "health", ["camhs"], "CAMHS initial appointment"),
    ("2026-03-27", "cin_review", ["review"], "CIN review: plan to end, step down to early help"),
    ("2026-04-02", "closure", ["closure"], "Case closed, stepped down to early help"),
]
