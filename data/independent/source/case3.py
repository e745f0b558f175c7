"""IND-0003: looked after child; s20 then Interim Care Order, Care Order, three placements, one missing episode."""

CASE = {
    "case_id": "IND-0003", "team": "Looked After East", "status": "looked_after",
    "allocated_worker": "tfairweather",
    "child": {"person_id": "P01", "given_name": "Mirela", "family_name": "Căldăraru", "date_of_birth": "2014-06-11",
              "gender": "female", "ethnicity": "White - Gypsy/Roma", "religion": "Orthodox Christian",
              "nhs_number": "720 155 3488", "address": "c/o foster placement (see placement notes)",
              "school": "Hightown Junior School", "given_origin": "eastern_european", "family_origin": "eastern_european"},
    "people": [
        {"person_id": "P02", "given_name": "Viorica", "family_name": "Căldăraru", "relationship": "mother",
         "date_of_birth": "1990-01-23", "phone": "07514 662038", "address": "16 Tanners Row, Wakefield WF1 3NE",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P03", "given_name": "Florin", "family_name": "Căldăraru", "relationship": "brother",
         "date_of_birth": "2011-10-30", "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Nkechi", "family_name": "Obiora", "relationship": "foster carer",
         "phone": "0113 496 0771", "given_origin": "african", "family_origin": "african"},
    ],
}

A, M = "tfairweather", "aabernethy"
ALIASES = {
    "Mirela": "P01", "Viorica": "P02", "Căldăraru": "P02", "Quansah": "~african", "Florin": "P03",
    "Nkechi": "P04", "Nkechi Obiora": "P04", "Obiora": "P04", "Gledhill": "~british", "Pauline": "~british",
    "Trevor": "~british", "Yvonne Tarrant": "~british", "Tarrant": "~british", "Lorcan Mulvihill": "~irish",
    "Chidi": "~african", "Beatriz": "~latin_american", "Beatriz Salcedo": "~latin_american", "Salcedo": "~latin_american",
    "Owen": "~british", "Tobias": "~british", "Tobias Fairweather": "~british", "Gledhills": "~british",
}
NOTES = [
    ("strategy", "2022-03-15", "Strat Meeting", A, "Strategy discussion", "standard", """
Strategy meeting 15.03.22 {{14:00|time}}. Chair TM [[Ailsa Abernethy|~british]]. Police DS [[Ekow Quansah|~african]], school DSL, SW.
Reason: Mirela (7) disclosed to her class teacher this morning that "Mama hit me with the belt because I lost my shoe". Teacher saw linear bruising to the back of both thighs. Florin (10) has had 3 unexplained absences this month.
Decision: joint s47 investigation (police/SW), both children, physical abuse. Children to be seen today. ABE interview to be arranged.
"""),
    ("s47", "2022-03-16", "Joint Investigation", A, "s47 joint visit", "standard", """
s47 - joint visit with DS Quansah yesterday evening at [[16 Tanners Row|ADDRESS:P02]], {{Wakefield|place}} [[WF1 3NE|POSTCODE:P02]]. Ms Căldăraru (DOB [[23/01/1990|DOB:P02]], mob [[07514 662038|PHONE:P02]]) was arrested on suspicion of ABH. Interpreter (Romanian) present by phone. Mirela had a child protection medical at {{Pinderfields|place}} at 7pm: paediatrician found the bruising consistent with being struck with a belt or strap. Florin said mum "only does it when we are bad". No family members able to care for the children tonight (maternal aunt in Romania). Mum, via interpreter, agreed to s20 accommodation and signed. Both children placed together in an emergency foster placement at 11pm (see placement note).
"""),
    ("placement1", "2022-03-16", "Placement Start", A, "Placement start", "standard", """
Placement start 15/03/2022, late evening. Mirela and Florin placed under s20 with in-house foster carers [[Pauline|~british]] and [[Trevor GLEDHILL|~british]]. Carers given placement information record, emergency health consent and details of the children's school. Mirela clutched her teddy and did not speak; Florin asked if they would be going home tomorrow.
"""),
    ("lpm", "2022-03-29", "Legal Planning Meeting", M, "LPM", "standard", """
LEGAL PLANNING MEETING
Present: IA (TM), TF (SW), council solicitor.
Threshold for care proceedings met (physical harm, history of neglect in Romania per mum's own account). Mother's s20 consent is fragile - she has asked twice for the children back. Decision: issue care proceedings and apply for Interim Care Orders for both children. PLO pre-proceedings not appropriate given the level of risk.
"""),
    ("ico", "2022-04-12", "Court Hearing", A, "First hearing", "standard", """
Attended {{Leeds Family Court|place}} yesterday (first hearing, Mon). HHJ granted Interim Care Orders for both children, contested by mum. Children's guardian [[Lorcan Mulvihill|~irish]] appointed. Directions: parenting assessment of mum, sibling assessment, contact 2x weekly supervised. IRH listed for Sept.
"""),
    ("cla1", "2022-04-26", "LAC Review", A, "First CLA review", "standard", """
First looked after review, IRO [[Yvonne Tarrant|~british]]. Mirela and Florin both settled at the Gledhills, same school maintained (carers drive them). Health assessments booked. Contact going well though mum gets upset at the end. IRO endorsed the care plan. Next review in 3 months.
"""),
    ("visit1", "2022-06-07", "CLA Visit", A, "Statutory visit", "standard", """
CLA visit. Mirela seen alone in the garden with the carers' spaniel {{Biscuit|pet_name}}, she was teaching him to sit. Talked about Sports Day. No worries from her or from Pauline. Florin at football. Routine visit, nothing to note.
"""),
    ("move1", "2022-09-05", "Placement Change", A, "Placement move", "standard", """
Pauline and Trevor gave 28 days notice in August due to Trevor's heart surgery. Florin moved to a residential placement in July (see his file). Mirela moved on Friday 2nd Sept to a new foster carer, [[Nkechi OBIORA|P04]], at [[88 Lindale Crescent|ADDRESS:P04]], {{Outwood|place}} [[WF1 2LZ|POSTCODE:P04]] (tel [[0113 496 0771|PHONE:P04]]). Introductions went ok over the bank holiday weekend. Mirela cried when saying goodbye to Biscuit. She stays at Hightown Juniors.
"""),
    ("health", "2022-10-18", "RHA", A, "Review health assessment", "standard", """
Review health assessment done by LAC nurse. Height and weight normal, dental check due, immunisations up to date. NHS no. [[720 155 3488|NHS_NUMBER:P01]] confirmed on health record. No concerns.
"""),
    ("final", "2023-01-20", "Court", A, "Final hearing", "standard", """
The final hearing took place on 19th January 2023 at Leeds. Mum did not oppose at the end. The court made a full Care Order for Mirela. Care plan approved: long-term fostering, with Mirela to be placed with her brother in the longer term if a suitable placement can be found. Contact with mother reduced to monthly, supervised. Guardian supported the plan.
"""),
    ("pep", "2023-03-08", "PEP Meeting", A, "PEP", "standard", """
PEP spring term. Mirela is behind in reading (working towards expected). SENCO [[Mrs Haworth|~british]] - school applying for an EHCP needs assessment. Pupil premium plus to fund 1:1 reading. Targets set.
"""),
    ("hosp", "2023-07-24", "Hospital Attendance", A, "Hospital attendance", "standard", """
Nkechi emailed on Sunday, I read it this morning: Mirela fell off the trampoline at a friend's party on Sat 22nd and Nkechi took her to {{Pinderfields|place}} A&E - X-ray showed a fractured left wrist, cast for 4 weeks. Mirela told me on the phone "it doesn't even hurt now and everyone signed it". No concerns about the supervision; the friend's parent was watching. Mum informed by me.
"""),
    ("visit2", "2023-11-14", "Statutory visit", A, "Statutory visit", "standard", """
Stat visit to Nkechi's. Mirela seen alone, doing well at school. However, Mirela mentioned that "Chidi lives here now, he has the big room". On asking, Nkechi explained her son [[Chidi|~african]] (19) moved back home on Saturday 11th after leaving university. She had not told the fostering team. He will need a DBS check and to be added to the household. Mirela says she likes him, he plays FIFA with her. Fostering SW informed today.
"""),
    ("missing", "2024-02-06", "MFC", A, "Missing from care", "standard", """
Missing episode yesterday (Mon 5/2/24). Mirela did not come out of school at {{15:15|time}}; Nkechi searched and reported her missing to police at {{16:00|time}}. She was found at {{20:15|time}} by police at her mum's flat in Wakefield - she had walked there (about 2 miles). Missing for just over 4 hours. Mum had not told anyone she was there. Mirela was returned to placement by police, unharmed. Strategy not needed per TM. RHI to be offered within 72 hours.
"""),
    ("rhi", "2024-02-08", "RHI", "ctrevelyan", "Return home interview", "standard", """
Return home interview completed by independent RHI worker ([[Cerys Trevelyan|~british]]) at school. Mirela said she went because she missed her mum: "I just wanted to see my mum's face." She said nobody made her go and she did not feel unsafe. She knows the way because she used to walk it with Florin. Agreed with her: she will tell Nkechi when she is missing mum, and SW will ask about an extra phone call a week.
"""),
    ("move2", "2024-05-20", "New Placement", A, "Placement move (long term)", "standard", """
From: [[Owen Pryce|~british]] (Fostering SW)
Sent: 18 May 2024 08:47
To: Tobias Fairweather
Subject: Mirela - move done

Hi Tobias, just to confirm the move went to plan yesterday (Friday). Mirela is now with her long term carer [[Beatriz SALCEDO|~latin_american]] in {{Horbury|place}} and Florin is stepping down from residential to join her there next week, so they will be together. Mirela chose the yellow bedroom. Nkechi will stay in touch for Sunday lunches. Owen
"""),
    ("cla5", "2024-06-11", "CLA Review", A, "CLA review", "standard", """
CLA review (IRO Yvonne Tarrant). Mirela and Florin now placed together with Beatriz since May, both settled. EHCP issued in April. Contact with mum monthly and going better. No missing episodes since February. Plan: long term fostering to be ratified at panel.
"""),
]

QUESTIONS = [
    {"q": "When was the interim care order made for Mirela?", "qtype": "when", "facts": ["2022-04-11"], "notes": ["ico"], "as": A},
    {"q": "Who is the IRO?", "qtype": "who", "facts": ["Tarrant"], "notes": ["cla1", "cla5"], "as": M},
    {"q": "How long was Mirela missing for in February 2024, in hours?", "qtype": "how_many", "facts": ["4"], "notes": ["missing"], "as": A},
    {"q": "Why did Mirela say she went to her mum's when she went missing - her words please", "qtype": "quote", "facts": ["I just wanted to see my mum's face"], "notes": ["rhi"], "as": A},
    {"q": "What care plan did the court approve at the final hearing?", "qtype": "what", "facts": ["long-term fostering"], "notes": ["final"], "as": M},
    {"q": "Has Mirela ever broken a bone?", "qtype": "yes_no", "facts": ["yes", "2023-07-22"], "notes": ["hosp"], "as": A},
    {"q": "When did Mirela move to Nkechi Obiora's?", "qtype": "when", "facts": ["2022-09-02"], "notes": ["move1"], "as": A},
    {"q": "Who were Mirela's first foster carers?", "qtype": "who", "facts": ["Gledhill"], "notes": ["placement1"], "as": A},
    {"q": "Is Mirela living with her brother now?", "qtype": "yes_no", "facts": ["yes", "2024-05-17"], "notes": ["move2", "cla5"], "as": M},
    {"q": "What is Mirela's passport number?", "qtype": "what", "facts": [], "notes": [], "as": A},
    {"q": "Has Mirela had an eye test at the optician?", "qtype": "yes_no", "facts": [], "notes": [], "as": A},
]

EVENTS = [
    ("2022-03-15", "strategy_discussion", ["strategy"], "Strategy meeting after disclosure of being hit with a belt; joint s47"),
    ("2022-03-15", "section_47", ["s47"], "Joint s47 visit; mother arrested; CP medical consistent with belt marks"),
    ("2022-03-15", "placement_move", ["s47", "placement1"], "Both children accommodated under s20 with the Gledhill foster carers"),
    ("2022-03-29", "court", ["lpm"], "Legal planning meeting: decision to issue care proceedings"),
    ("2022-04-11", "court", ["ico"], "Interim Care Orders granted; guardian appointed"),
    ("2022-04-26", "cla_review", ["cla1"], "First CLA review with IRO"),
    ("2022-09-02", "placement_move", ["move1"], "Mirela moved to foster carer Nkechi Obiora"),
    ("2023-01-19", "court", ["final"], "Final hearing: Care Order, plan long-term fostering"),
    ("2023-07-22", "hospital", ["hosp"], "A&E: fractured left wrist after trampoline fall"),
    ("2023-11-11", "household_change", ["visit2"], "Foster carer's adult son moved into the placement"),
    ("2024-02-05", "missing_episode", ["missing", "rhi"], "Missing from care about 4 hours; found at mother's flat"),
    ("2024-02-08", "return_home_interview", ["rhi"], "Return home interview"),
    ("2024-05-17", "placement_move", ["move2"], "Planned move to long-term carer, to be joined by brother"),
    ("2024-06-11", "cla_review", ["cla5"], "CLA review: siblings placed together, settled"),
]
