"""IN4-0006: a 19-year-old care leaver moving from staying put to her own tenancy (author B)."""

CASE = {
    "case_id": "IN4-0006",
    "team": "Leaving Care Central",
    "status": "care_leaver",
    "allocated_worker": "ksarpong",
    "child": {
        "person_id": "P01", "given_name": "Marisela", "family_name": "Ocampo", "date_of_birth": "2006-02-11",
        "gender": "female", "ethnicity": "Any other mixed background (Colombian / White British)",
        "nhs_number": "996 030 8243", "address": "Flat 2, Kestrel House, 14 Brandling Street, Bristol BS3 1PW",
        "given_origin": "latin_american", "family_origin": "latin_american",
    },
    "people": [
        {"person_id": "P02", "given_name": "Janice", "family_name": "Pettigrew", "relationship": "former foster carer (staying put)",
         "phone": "0117 496 0519", "address": "33 Ridgeway Lane, Bristol BS13 9EF",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Tyler", "family_name": "Glanville", "relationship": "boyfriend",
         "date_of_birth": "2002-07-19", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Rocío", "family_name": "Ocampo", "relationship": "mother",
         "given_origin": "latin_american", "family_origin": "latin_american"},
    ],
}

ALIASES = {
    "Marisela": "P01", "Marisela Ocampo": "P01", "Mari": "P01", "Miss Ocampo": "P01", "OCAMPO": "P01",
    "Janice": "P02", "Janice Pettigrew": "P02", "Mrs Pettigrew": "P02",
    "Tyler": "P03", "Tyler Glanville": "P03", "Ty": "P03", "GLANVILLE": "P03", "Glanville": "P03",
    "Rocío": "P04",
}

NOTES = [
    ("ppr1", "2025-01-14", "Pathway Plan Review", "ksarpong", "Pathway plan review (6 monthly)", "standard", """
PATHWAY PLAN REVIEW - Marisela Ocampo (19)
Date: {{13/01/2025|event_date}}   Where: Janice's house   PA: K Sarpong

1. Accommodation
Mari has been in a staying put arrangement with her former foster carer Janice Pettigrew since she turned 18. Janice told us today she is selling up and moving to {{Cornwall|place}} to be near her daughter, so staying put will END on {{31 March|event_date}}. Janice: "I'm gutted, she's like my own, but I can't turn this down." Mari was quiet, said she "knew it was coming".
Action: PA to apply for care leaver priority on the housing register this week.

2. Education / training / employment
Access to HE Diploma (Health & Human Sciences) at {{City of Bristol College|place}}, on track for distinctions. UCAS application submitted {{10th Jan|event_date}} - 1st choice Nursing (Mental Health) at {{UWE|place}}. Works Saturdays at a bakery (8 hrs).

3. Finance
Universal Credit since Sept 2024 (full time course, gets it as a care leaver). Staying put allowance paid to Janice. No debts. Setting up home allowance not yet used.

4. Health and wellbeing
Anxiety/low mood - on sertraline from the GP since Oct. Says it helps "a bit". Not open to any MH service. Occasional panic attacks at college.

5. Relationships / family
Mum (Rocío) back in Colombia, WhatsApp contact monthly. New boyfriend "Ty" - 3 months, 22, "treats me like a princess". Mari asked if she could stay over at his mum's some nights; Janice ok with it.

6. Identity
Applying for her Colombian passport to visit mum - PA to help with cost.

Next review: July 2025 or sooner when she moves.
"""),
    ("texts", "2025-02-03", "Text Messages", "ksarpong", "Text thread with Mari (copied from work mobile)", "standard", """
Copied from work mobile, w/c 27/1:

Mon 27 Jan 16:02 Mari: hiya can we move thurs, got college thing
Mon 27 Jan 16:15 PA: No problem. Fri 31st 11am at Janice's?
Mon 27 Jan 16:40 Mari: ok x
Thu 30 Jan 23:48 Mari: kwasi can i ask u something. is it normal for ur bf to go thru ur phone
Thu 30 Jan 23:49 Mari: he says its cos he loves me and my ex was a lot
Thu 30 Jan 23:55 Mari: dont tell janice
Fri 31 Jan 07:41 PA: Morning Mari, thanks for telling me. No it isn't ok for someone to check your phone or control who you talk to, even if they say it's love. Let's talk properly at 11. You're not in trouble.
Fri 31 Jan 09:12 Mari: hes not like that tho. forget i said it
Fri 31 Jan 09:13 Mari: still on for 11 x

PA: Saw Mari 31/1. She said Ty goes through her phone, gets "moody" if she talks to boys at college, and has "a temper" but "never with me". Talked about healthy relationships and Clare's Law. She agreed to a DVDS application (right to ask) - made on-line together before I left.
"""),
    ("dvds", "2025-02-21", "Police Notification", "ksarpong", "Clare's Law (DVDS) disclosure", "standard", """
Domestic Violence Disclosure Scheme - disclosure meeting
Held {{20 Feb 2025|event_date}} at {{Trinity Road police station|place}}. Present: Mari, PA, PC [[Ffion Mayberry|~british]] (DA safeguarding unit).

Disclosure (read out by PC, Mari given no copy as per the scheme): Tyler GLANVILLE has two convictions for assault on previous female partners (2021 and 2023) and was subject to a restraining order until 2024 protecting one of them.

Mari's response: cried, then said "he told me about one of them, he said she lied". Then: "everyone deserves a second chance". She did not want to end the relationship.
Safety planning with the PC: code word with PA, 999 silent solution, keep her phone charged, not to let him have her keys. Given the IDVA service number and leaflet.
PA view: Mari is an adult and can make her own choices, but she is vulnerable (care experience, anxiety, about to lose her home). Will keep talking.
"""),
    ("mo1", "2025-03-05", "Management Oversight", "solafsen", "Management oversight", "standard", """
TM oversight (S Olafsen). Read PPR Jan, texts and DVDS.

Key issues: (1) staying put ends 31/3 - housing offer needed urgently; (2) Tyler - two DA convictions, M aware and staying with him; (3) UCAS - interview for UWE on {{12 March|event_date}}.

Decisions: Housing - escalated to the housing options manager; if no offer by 21/3 we will fund a short B&B-free interim (supported lodgings) - NOT B&B. DA - PA to keep risk under review; complete a DASH if any incident; not a MARAC threshold on what we know. PA to check in weekly until she has moved.
"""),
    ("move", "2025-04-02", "Case Note", "ksarpong", "Move to own flat - staying put ended", "standard", """
Mari moved into her own flat on Sat 29th March: [[Flat 2, Kestrel House, 14 Brandling Street|ADDRESS:P01]], {{Bedminster|place}}. Housing association tenancy (starter tenancy, 12 months), 1 bed, 2nd floor. Rent £142.60/wk.
Staying put ended the same day. Janice and her son did the move in their van. Janice left her a box of pots and pans and a card. Mari said she cried all the way back.

Setting up home allowance: £2,000 - spent on bed, sofa, washing machine, curtains, carpet for bedroom (receipts kept). Need to get a kettle/toaster voucher.
Sorted with Mari today (PA visit 2/4): UC change of circs done (housing element), gas + electric accounts, water. Council tax exemption for care leavers applied for on-line today (exempt until 25).
Ty helped carry things and was polite to me. He says he's "at his mum's" but his trainers and gym bag were in the hall.
"""),
    ("pa1", "2025-04-22", "PA Visit", "ksarpong", "PA visit - flat", "standard", """
Seen at the flat. Flat clean, heating on, food in. No marks seen.
- Council tax: exemption confirmed by letter dated {{17th April|event_date}} - Mari exempt until her 25th birthday. 
- PIP: form posted {{14/4|event_date}} (helped with it over 2 sessions) - anxiety/panic attacks, difficulty with post/budgeting/travel. Awaiting assessment date.
- Access course: 2 assignments late - says she's "behind".
- UWE interview went well - waiting to hear.
- Ty: staying "most nights". She said she's "paying for everything" as he's between jobs. Asked if he contributes to the rent - "not really". Reminded her about the tenancy (no one else to live there without telling the HA) and about the DVDS. She said things are "fine". Later said Ty "lost it" the weekend before last over a message from a lad on her course - "he just shouted, he didn't touch me".
"""),
    ("crisis", "2025-05-12", "Hospital", "ksarpong", "Mental health crisis - s136 over weekend", "standard", """
Informed by the EDT email this morning (Mon) and call with the Place of Safety nurse.

Sat {{10/05/25|event_date}} approx {{23:30|time}}: Mari was found by police on the {{Cumberland Basin|place}} bridge, on the wrong side of the railings, after a member of the public called 999. Officers talked her back and she was detained under s136 Mental Health Act and taken to the health based place of safety at {{Southmead|place}}.
Sun 11/5: Mental Health Act assessment (AMHP + 2 doctors) - NOT detained. Informal admission offered and declined. Discharged at {{14:00|time}} to the crisis team for home treatment, with Janice's agreement to have her overnight (Janice had not left for Cornwall yet).
Trigger (per PoS notes): argument with her boyfriend that evening, he took her phone and keys and left; she had been drinking.
PA spoke to Mari at 10:15 today - flat voice, said "I didn't want to die I just wanted it to stop". Agreed PA visit tomorrow.
"""),
    ("crisis2", "2025-05-15", "Telephone Call", "ksarpong", "Call with crisis team", "standard", """
15/5 14:20 tel call from [[Fergal Moorcroft|~irish]], crisis resolution & home treatment team.
Crisis team seeing Mari daily for 2 wks. Low risk now. She has asked for help with "anger and stuff from when I was little". Referral to adult community mental health team (talking therapies) being made.
They were concerned that the boyfriend was at the flat during their visit yesterday and answered for her. PA told them about the DVDS disclosure (with Mari's consent obtained at the visit on the 13th). They will ask to see her alone.
Also told me her keys are back - Ty returned them Monday.
"""),
    ("letter", "2025-05-28", "Letter", "ksarpong", "Letter to Mari re rent arrears", "standard", """
Dear Marisela,

Re: Rent account, [[Flat 2, Kestrel House|ADDRESS:P01]]

Thank you for showing me the letter from your housing association dated {{20 May 2025|event_date}}. I am writing to set out what it says and what we agreed on Tuesday, so you have it on paper.

The letter says your rent account is £684.50 in arrears. It warns that if you do not contact them and agree a repayment plan within 14 days, they may serve a Notice of Seeking Possession, which is the first step towards ending your tenancy. Because you are on a starter tenancy this is serious, but it can be put right.

What we agreed:
1. I will ring your housing officer with you on Monday 2 June to agree a plan (we talked about £10 a week).
2. We will ask Universal Credit to pay the housing part of your award direct to your landlord (a managed payment).
3. Leaving Care will pay £300 towards the arrears from your leaving care budget, once the plan is agreed.
4. You will not let anyone else stay at the flat without telling your landlord.

Please do not ignore any more letters - bring them to me, even if you have not opened them.

Best wishes,
Kwasi Sarpong, Personal Adviser, Leaving Care Central
"""),
    ("ppr2", "2025-06-11", "Pathway Plan Review", "ksarpong", "Pathway plan review (after crisis)", "standard", """
PPR brought forward after the crisis. {{10 June|event_date}}, PA office. Mari + PA, crisis team worker by phone.

Accommodation: in flat. Arrears plan agreed with HA on 2/6 (£10 pw + £300 LC contribution paid 4/6). Managed payment from UC starts July. No NSP served.
Education: Access course - all assignments in, predicted pass with merits/distinctions. UWE made a conditional offer (Nursing MH) - firm choice.
Health: crisis team discharged her on the 30th of last month to talking therapies, first appt {{24/6|event_date}}. Sertraline increased. Mari asked about contraception - said she thought she might be pregnant and did a test last Sunday; it was negative. Booked into the sexual health clinic.
Finance: PIP - assessment by phone on 3/7.
Relationships: "on a break" from Ty since end of May. She says he still messages.
Mari's goal: "to start uni in September and not mess it up."
"""),
    ("idva_r", "2025-06-19", "Case Note", "ksarpong", "DA disclosure - restricted", "restricted", """
Restricted recording - DA safety.

Mari told me today (seen alone at the flat) that on the night of the 10th May before the bridge Ty had pushed her against the kitchen wall and held her by the throat "for a few seconds" during the argument. She has not told the police and does not want to. Risk assessed with her on the DASH: 14 (high) - strangulation is a high-risk indicator.
With her consent referral made to the IDVA service. IDVA's safe number for her: [[0117 496 0847|PHONE]]. She has agreed to stay at a friend's if Ty turns up; friend's address not recorded at Mari's request.
MARAC referral made on professional judgement (DASH high + strangulation) - Mari informed.
"""),
    ("edu", "2025-07-10", "Education", "ksarpong", "Access results, UWE, bursaries", "standard", """
Good news call + visit 9/7.
Access to HE result {{4 July|event_date}}: passed with 30 distinctions / 15 merits - meets the UWE offer. Place now confirmed (unconditional) for Nursing (Mental Health), starts {{22 Sept|event_date}}.
Money for uni:
- UWE care leaver bursary: £1,000 a year for 3 years (applied, confirmed by email 8/7).
- Our LA higher education bursary: £2,000 (paid in instalments per term).
- Student finance application done (independent student as a care leaver).
Mari plans to stay in her flat and get the bus (20 mins) rather than halls - wants to keep her home.
"""),
    ("police", "2025-08-05", "Police", "ksarpong", "Police notification - domestic incident at Mari's flat", "standard", """
PVP / DA notification received 04/08/25 (text as received):
"Sat 02/08/2025 01:10 hrs police attended [[Flat 2, Kestrel House|ADDRESS:P01]] after call from neighbour reporting male shouting and banging. On arrival male (GLANVILLE Tyler, [[19/07/2002|DOB:P03]]) in communal hallway, front door of flat damaged (kicked). Victim OCAMPO Marisela 19yrs inside flat, distressed, no visible injuries. Male arrested for criminal damage and breach of the peace. DASH completed - HIGH. Referred to MARAC."

PA called Mari 4/8: she is ok, staying at a friend's for a few nights while the door is fixed. She said "its over, properly this time". She has blocked him. HA repairing the door; PA has asked them not to recharge her for the damage.
"""),
    ("pip", "2025-09-03", "Case Note", "ksarpong", "MARAC outcome, PIP, arrears", "standard", """
- MARAC heard Mari's case on {{21/08|event_date}}: actions - police marker on the flat; IDVA to support; HA to fit a door viewer and a video doorbell; police to consider a DVPN if Ty returns. Ty charged with criminal damage, bail conditions not to go to Brandling Street.
- PIP decision letter dated {{28 August|event_date}}: awarded the standard rate daily living component (no mobility), backdated to April. Mari over the moon - "I've never won anything".
- Rent arrears now down to £96.20. Managed payment running.
- Uni starts 22/9 - enrolment done online, she has her student card photo sorted.
"""),
    ("ppr3", "2025-10-06", "Pathway Plan Review", "ksarpong", "PPR - 6 month review", "standard", """
Pathway Plan Review, {{3.10.25|event_date}}, at the flat.

Where Mari is now:
Accommodation - still in her flat, starter tenancy to convert to assured in March if the account stays clear. Arrears £0 as of 30/9 (cleared with her first PIP backpay).
Education - started Nursing (Mental Health) at UWE on 22 Sept. Attending. Found the first week "terrifying but good". Has a student mentor via the care leaver scheme.
Health - talking therapies weekly, still on sertraline, no crisis since May. Says her mood is "like a 6 out of 10, was a 2".
Relationships - no contact with Tyler since August; his case is at magistrates' in November. She has a friendship group from the course.
Finance - UC (reduced now student finance is in), PIP standard daily living, council tax exempt, both bursaries.
Family - video calls with mum; Janice rings every Sunday.

Plan until next review: PA monthly (she asked for less "now I'm sorted"); IDVA to close in October; PA to help with the passport application in Nov.
"""),
]

QUESTIONS = [
    {"q": "when did she move into her own place?", "qtype": "when", "facts": ["2025-03-29"], "notes": ["move"], "as": "ksarpong"},
    {"q": "how much were the rent arrears in the HA letter", "qtype": "how_many", "facts": ["£684.50"], "notes": ["letter"], "as": "solafsen"},
    {"q": "what did the clares law disclosure say about Ty", "qtype": "what", "facts": ["two convictions for assault"], "notes": ["dvds"], "as": "solafsen"},
    {"q": "when was she detained on the 136", "qtype": "when", "facts": ["2025-05-10"], "notes": ["crisis"], "as": "ksarpong"},
    {"q": "was the pregnancy test positive?", "qtype": "yes_no", "facts": ["no"], "notes": ["ppr2"], "as": "ksarpong"},
    {"q": "whats the bursary from the uni", "qtype": "what", "facts": ["£1,000 a year"], "notes": ["edu"], "as": "ksarpong"},
    {"q": "who was her staying put carer", "qtype": "who", "facts": ["Janice Pettigrew"], "notes": ["ppr1"], "as": "solafsen"},
    {"q": "what did she say when she was told about tylers convictions", "qtype": "quote", "facts": ["everyone deserves a second chance"], "notes": ["dvds"], "as": "ksarpong"},
    {"q": "what PIP did she get awarded", "qtype": "what", "facts": ["standard rate daily living"], "notes": ["pip"], "as": "solafsen"},
    {"q": "what is her student ID number at UWE", "qtype": "what", "facts": [], "notes": [], "as": "ksarpong"},
    {"q": "how much UC does she get a month", "qtype": "how_many", "facts": [], "notes": [], "as": "solafsen"},
]

EVENTS = [
    ("2025-01-10", "positive_change", ["ppr1"], "UCAS application submitted for Nursing (Mental Health)"),
    ("2025-01-13", "assessment", ["ppr1"], "Pathway plan review: staying put to end 31 March"),
    ("2025-01-31", "referral", ["texts"], "DVDS (Clare's Law) right-to-ask application made about boyfriend"),
    ("2025-02-20", "police_incident", ["dvds", "mo1"], "DVDS disclosure: Tyler Glanville has two convictions for assault on former partners"),
    ("2025-03-29", "placement_move", ["move"], "Staying put ended; moved into own housing association flat"),
    ("2025-04-14", "health", ["pa1"], "PIP application submitted"),
    ("2025-05-10", "police_incident", ["crisis"], "Found on the wrong side of bridge railings; detained under s136 MHA"),
    ("2025-05-10", "hospital", ["crisis", "crisis2"], "Taken to health based place of safety; MHA assessment next day, not detained"),
    ("2025-05-20", "household_change", ["letter", "ppr2"], "Housing association warned of Notice of Seeking Possession over £684.50 rent arrears"),
    ("2025-06-10", "assessment", ["ppr2"], "Pathway plan review after crisis; arrears plan agreed; pregnancy test negative"),
    ("2025-07-04", "positive_change", ["edu"], "Passed Access to HE course; UWE place confirmed with bursaries"),
    ("2025-08-02", "police_incident", ["police", "pip"], "Boyfriend kicked in flat door; arrested for criminal damage; DASH high, MARAC referral"),
    ("2025-08-21", "strategy_discussion", ["pip"], "MARAC heard the case; safety measures agreed"),
    ("2025-08-28", "positive_change", ["pip", "ppr3"], "PIP awarded: standard rate daily living component"),
    ("2025-09-22", "positive_change", ["ppr3"], "Started Nursing (Mental Health) degree at UWE"),
]
