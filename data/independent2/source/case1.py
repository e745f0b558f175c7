"""IN2-0001: unborn baby, mother's substance misuse; pre-birth CP plan, PLO, birth, mother-and-baby
unit, relapse, ICO with the maternal grandmother. Author A, written blind to the product."""

CASE = {
    "case_id": "IN2-0001",
    "team": "North Safeguarding",
    "status": "looked_after",
    "allocated_worker": "eoyelaran",
    "child": {
        "person_id": "P01", "given_name": "Elowen", "family_name": "Pengelly",
        "date_of_birth": "2025-09-12", "gender": "female", "ethnicity": "White British",
        "nhs_number": "426 018 1599", "address": "27 Quarry Bank Road, Morley Carr, LS27 4HW",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Tamsin", "family_name": "Pengelly", "relationship": "Mother",
         "date_of_birth": "2001-04-19", "phone": "07458 331902",
         "address": "Flat 6, Linnet Court, 2 Mill Garth, LS27 8QD",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Dariusz", "family_name": "Wrobel", "relationship": "Father",
         "date_of_birth": "1994-11-02", "phone": "07823 640517",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Beverley", "family_name": "Pengelly",
         "relationship": "Maternal grandmother", "date_of_birth": "1972-01-30", "phone": "0113 496 0782",
         "address": "27 Quarry Bank Road, Morley Carr, LS27 4HW",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Elowen": "P01", "Elowen Pengelly": "P01", "Elowen PENGELLY": "P01",
    "Tamsin": "P02", "Tamsin Pengelly": "P02", "Tamsin PENGELLY": "P02", "TP": "P02",
    "Dariusz": "P03", "Dariusz Wrobel": "P03", "Dariusz WROBEL": "P03", "WROBEL": "P03", "Darek": "P03",
    "Wrobel": "P03", "DW": "P03", "Pengelly": "P02",
    "Beverley": "P04", "Bev": "P04", "Beverley Pengelly": "P04",
    # professionals and others not on the record
    "Grainne Mulrooney": "~irish", "Grainne": "~irish", "G. Mulrooney": "~irish",
    "Akosua Ofori-Atta": "~african", "Akosua": "~african", "Ofori-Atta": "~african",
    "Sonal Thirunavukarasu": "~south_asian", "Sonal": "~south_asian",
    "Shona Maclennan": "~british", "Shona": "~british",
    "Brodie": "~british", "Kasia": "~eastern_european",
}

NOTES = [
    ("contact", "2025-06-03", "MASH Contact", "jmacaskill", "Contact - specialist midwife", "standard", """
Contact rec'd {{10:20|time}} from [[Grainne Mulrooney|~irish]], specialist substance misuse midwife at {{St Oswin's Hospital|place}}.

Tamsin PENGELLY (24) is approx 24 weeks pregnant, EDD 28/09/25. Booked late (29th May). At booking Tamsin disclosed daily heroin use "up to about Easter" and crack cocaine "at weekends". She is now on a methadone script, 60ml daily, through {{Compass Recovery|place}}. Midwife worried re late booking, 2 missed scans and history - Tamsin's first child [[Brodie|~british]] (now 5) was removed from her care in 2021 and lives with his paternal family under an SGO.

Father of unborn given only as "Darek", surname not known to midwife, not known if they live together.

Tamsin aware of referral and consented: "if I don't they'll just do it anyway".

Checks: Police - Tamsin: shoplifting x2 2019, nothing recent, no DV on her record. LCS - previous CP plan (Brodie) 2019-2021, care proceedings 2021. GP - not registered at current address.

MASH outcome: threshold met for pre-birth assessment. Passed to North Safeguarding for allocation. Midwife informed of outcome.
"""),
    ("calls", "2025-06-10", "Telephone", "eoyelaran", "Calls - arranging first visit", "standard", """
Telephone log

09:15 t/c to Tamsin on [[07458 331902|PHONE:P02]]. No answer, VM left.

11:40 Tamsin rang back. Introduced myself and explained pre-birth assessment. She was wary, asked if "you're going to take this one off me as well". Explained the purpose. Agreed visit Thurs 12th, 2pm, at home. She confirmed baby's dad is Dariusz WROBEL ("Darek"), they have been together "on and off" 18 months, he doesn't live with her but "stays over some nights". Said she missed the scan last week because "the bus never came".

11:58 t/c Grainne (midwife) - Tamsin DNA'd growth scan on the 4th, rebooked 17/6.

14:05 t/c Compass Recovery, spoke to Tamsin's keyworker [[Akosua Ofori-Atta|~african]]. Tamsin attending fortnightly, last screen 2/6 postive for methadone and cocaine. Akosua happy to share screen results if Tamsin signs consent - Tamsin did this at Compass same afternoon (Akosua emailed at 16:30 to confirm).
"""),
    ("pba", "2025-06-27", "Pre-Birth Assessment", "eoyelaran", "Pre-birth assessment - summary and analysis", "standard", """
PRE-BIRTH ASSESSMENT (single assessment) - completed 27/06/2025

Visits: 12/6 (Tamsin alone), 19/6 (Tamsin and Dariusz together), 25/6 (Tamsin and her mum Bev at Bev's home).

Reason for assessment: midwife contact 3/6 - mother's heroin and crack use in pregnancy, late booking, previous child removed.

Household: Tamsin lives alone in a 1-bed housing assoc flat at [[Flat 6, Linnet Court, 2 Mill Garth|ADDRESS:P02]], [[LS27 8QD|POSTCODE:P02]]. Flat tidy on all 3 visits, very little food in. No baby items yet. Tamsin says Dariusz stays 2-3 nights a week.

Mother: Tamsin is 24. Started using cannabis at 14, heroin from 19 after her dad died. Brodie was removed in 2021 after he was found alone in the flat; Tamsin says she "never got over it" and still has letterbox contact twice a year. She is on methadone 60ml and says she has "not touched brown since Easter", she does use crack "now and again when things get on top". Screens from Compass agree with cocaine use but no illicit opiates since April. She presents as warm, insightful at times, but minimises ("it's only at weekends, it's not like before"). Smokes 15 a day.

Father: Dariusz Wrobel, 30, Polish, in the UK since 2013, works for a scaffolding firm and is sometimes away for a week at a time "on jobs up in Scotland". Not on the birth cert yet as baby not born. Police checks: domestic incident 14/02/2022 with his ex-partner [[Kasia|~eastern_european]] (she reported he pushed her into a door), he was arrested, NFA. Dariusz denies it: "she made it up because I left". He says he uses cannabis "now and then, not around Tamsin". Agreed to a hair strand test. Wants to be involved: "I want to be a dad to this baby properly."

Wider family: Bev (MGM) lives at [[Quarry Bank Road|ADDRESS:P04]], works nights as a care assistant. Supportive but honest that she "has been here before" with Tamsin. She has a spare room and would consider caring for the baby if it came to it. Maternal grandfather deceased. Dariusz's family are in Poland.

Analysis: The unborn baby is at risk of significant harm through neglect: mother's ongoing cocaine use, late and inconsistent antenatal care, no preparation for the baby, and the history with Brodie, where similar concerns led to proceedings. Strengths: Tamsin's honesty about some use, her engagement with Compass, Bev's support, Dariusz's stated commitment. Unknown: Dariusz's drug use and the DV allegation.

Recommendation: strategy discussion to consider s47 and an ICPC before birth. Discussed with IV (TM) today, agreed.
"""),
    ("strat", "2025-07-03", "Strategy Discussion", "eoyelaran", "Strategy discussion - unborn baby", "standard", """
Strategy discussion held yesterday (Weds 2/7) 10:00 via Teams.

Present: IV (TM, chair), EO (SW), DS [[Padraig Culhane|~irish]] (police, safeguarding unit), Grainne Mulrooney (specialist midwife). Compass Recovery not able to attend - Akosua sent update by email (read out).

Information shared:
- Police: as per checks, 2022 domestic incident Dariusz/Kasia, NFA. No intel re supply. Tamsin's 2019 thefts.
- Midwife: Tamsin attended growth scan 17/6. Baby measuring small (below 10th centile). Tamsin did not attend antenatal clinic on 24/6.
- Compass: screens 16/6 and 30/6 both positive cocaine.

Decision: threshold met for s47 enquiries re unborn. Pre-birth assessment stands as the assessment; EO to complete s47 outcome. ICPC to be convened within 15 working days - target 22/07/25.

If Tamsin disengages from Compass or antenatal care before the ICPC a legal planning meeting will be requested straight away (IV).

Parents to be informed of the outcome today by EO.
"""),
    ("midwife", "2025-07-15", "Midwife Entry", "eoyelaran", "Antenatal home visit (copied from midwifery record)", "standard", """
Copied from the midwifery record at Grainne's request so the core group have it:

"14/07/25. Antenatal home visit. 29/40. Tamsin seen at home, Darek (partner) present, stayed in kitchen throughout, quiet. BP normal. Fundal height 26cm - small for dates, next growth scan booked. FH heard. Discussed NAS at length; Tamsin aware baby will need to stay in for observation for at least 5 days after birth and may need to go to SCBU. Tamsin said: 'I've not touched anything since the middle of June, I swear on Brodie's life.' Declined urine sample at home, says she will do one at Compass Thursday. Still smoking approx 15/day, declined smoking cessation referral. Moses basket and some clothes now in the bedroom (from Bev). G. Mulrooney, specialist midwife."

EO comment: the Compass screen a fortnight ago (30/6) was positive for cocaine, so Tamsin's account to the midwife does not fit. Will raise with her and at the ICPC.
"""),
    ("icpc", "2025-07-22", "ICPC", "eoyelaran", "ICPC - minutes extract", "standard", """
INITIAL CHILD PROTECTION CONFERENCE - unborn baby of Tamsin PENGELLY
Date: 22/07/2025, 13:30, {{Hallam Street Family Centre|place}}
Chair: [[Marisol Quintero|~latin_american]], CP Conference Chair

Present: Tamsin (mother) with advocate; Bev (maternal grandmother); EO (SW); Grainne Mulrooney (midwife); Akosua Ofori-Atta (Compass Recovery); police report submitted (not in attendance).
Dariusz (father) gave apologies, at work in Dundee; joined by phone for approx 20 mins.

Parents' views: Tamsin accepted she "slipped up" with cocaine in late June but denied using since. She said "everyone's just waiting for me to fail". Dariusz said Tamsin "is doing good" and that he will be around more once the baby is here.

Agency reports: Compass screen 17/7 negative for cocaine (first clear screen since referral). Midwife - baby still small for dates.

Decision: Unborn baby to be made subject of a child protection plan under the category of NEGLECT. All agencies agreed.

Outline plan:
1. Tamsin to attend Compass fortnightly and give a screen each time.
2. Dariusz to complete a hair strand test (cannabis, cocaine, opiates) - LA to fund.
3. Discharge planning meeting on the ward before baby goes home.
4. LA to consider legal advice (PLO).
5. Core group within 10 working days.

First review conference: 21/10/2025.
"""),
    ("super1", "2025-08-06", "Management Oversight", "ivanterpool", "Supervision EO/IV", "standard", """
Case supervision EO/IV 05/08/25.

Progress: first core group held 4/8, Tamsin attended, Dariusz did not. Compass screen 30/7 positive cocaine again (after clear on 17/7). Dariusz's hair strand result came back last Friday (1st): negative for cocaine and opiates, low level cannabis. He is now staying with Tamsin most nights when not working away.

Reflection: Tamsin continues to say she is not using when screens say otherwise. Risk that the baby comes home to the same pattern as Brodie. Tamsin's grief about Brodie is real and needs to be part of the plan, not just the risk.

Actions:
- Legal planning meeting to be booked (I have asked legal for the earliest slot - now booked for Tues 19th Aug).
- Connected person viability assessment on Bev to start now as contingency. EO.
- EO to ask Dariusz about the DV allegation directly and to ask Kasia's area for any records of children (none known).
- Explore mother and baby residential assessment - costs to be put to resource panel.

IV, Team Manager
"""),
    ("lpm1", "2025-08-20", "Legal Planning Meeting", "eoyelaran", "LPM - unborn baby PENGELLY", "standard", """
Legal planning meeting held 19.8.25, 14:00. Present: IV (chair), EO, Sonal Thirunavukarasu (LA solicitor).

Summary of advice, pasted from the solicitor's email received this morning:

-----
From: Legal Services (Children)
Sent: 20 August 2025 08:47
Subject: RE: LPM unborn Pengelly - advice

[[Ebun|~african]], [[Ignatius|~caribbean]],

Further to yesterday: in my view the threshold (s31(2)) is likely to be met on the history and the continuing positive screens, but the LA should first give the parents the opportunity of pre-proceedings. Please send a PLO letter before proceedings to the mother and (as he is named as father and involved) to Mr Wrobel, with a PLO meeting within two weeks. A residential assessment is a proportionate next step if panel will fund it.

I would not advise issuing at birth unless there is a positive screen for illicit opiates, disengagement, or the parents refuse the residential unit. Please reconvene the LPM after the birth or sooner if anything changes.

Sonal
-----

Actions: EO to draft letter before proceedings today. Panel 1/9 for funding of residential assessment.
"""),
    ("letter", "2025-08-22", "Letter to Parent", "eoyelaran", "PLO letter before proceedings (copy)", "standard", """
Copy of letter sent today by recorded delivery and by hand. Same letter sent to Mr Wrobel.

Dear Ms Pengelly,

LETTER BEFORE PROCEEDINGS - your unborn baby

We are writing because we are very worried about your baby's safety when they are born. We have been thinking about whether we need to ask the Family Court to make decisions about your baby. Before we do that, we want to meet you to talk about what needs to change.

Our worries are:
- you have carried on using crack cocaine while you are pregnant (positive screens 16 June, 30 June and 30 July 2025);
- you have missed antenatal appointments and scans;
- your first child was removed from your care in 2021 for similar reasons.

What we need you to do: keep going to Compass and give a screen every time; go to all antenatal appointments; work with us on a plan for when your baby is born.

The meeting will be on Wednesday 3rd September 2025 at 10am at Hallam Street Family Centre. Please take this letter to a solicitor straight away. You are entitled to free legal advice - the solicitor will not charge you. A list of local solicitors is enclosed. You can bring your solicitor to the meeting.

Yours sincerely,

[[Ebun Oyelaran|~african]], Social Worker
[[Ignatius Vanterpool|~caribbean]], Team Manager, North Safeguarding
"""),
    ("plo", "2025-09-04", "PLO Meeting", "eoyelaran", "PLO meeting", "standard", """
PLO meeting 03/09 at Hallam St. Tamsin attended with her solicitor. Dariusz attended with a different solicitor. Chaired by IV.

Tamsin accepted she has used cocaine during the pregnancy, says "last time was the end of July". Compass screen 14/8 negative, 28/8 negative.

Agreed (written agreement signed by both parents):
- Tamsin and baby to go to {{Hollybank Family Assessment Centre|place}} straight from hospital for a residential parenting assessment of 12 weeks (funding agreed at resource panel 1/9).
- Dariusz to be assessed as a parent alongside Tamsin. Hollybank's rules and the DV history mean he will visit during the day only - he is NOT to stay overnight at the unit.
- Tamsin to give weekly screens at Hollybank (they test on site).
- Bev to be assessed as a connected person as contingency.

Tamsin said she was "relieved it's not court". Dariusz asked for a Polish interpreter for future meetings - he is fluent in English but wants to be sure of the legal parts. EO to book. Dariusz has a new mobile: [[07823 640517|PHONE:P03]].
"""),
    ("birth", "2025-09-15", "Hospital", "eoyelaran", "Birth notification and hospital visit", "standard", """
Midwife rang at 08:30 today to let me know baby was born on Friday. Visited ward this afternoon.

Baby girl, Elowen Pengelly, born 12/09/25 at 06:48, {{St Oswin's|place}}, normal delivery at 37+5, birth weight {{2.31kg|figure}}. Moved to SCBU a few hours after birth for NAS monitoring. One high score (9) on Sat night, since then settled. Dr [[Hiroshi Tanabe|~east_asian]], neonatal consultant, told me no morphine needed so far but she will stay in a minimum of 5 days.

Tamsin's urine on admission: methadone only.

Dariusz was at the birth and has been in every day, "over the moon". They plan to register the birth together this week, which will give Dariusz PR. Bev visited on Saturday.

Elowen seen in her cot on SCBU, asleep, feeding by bottle, Tamsin did a feed while I was there and was gentle and attentive with her. Tamsin tearful: "she's perfect, I'm not losing her."

Discharge planning meeting set for Thurs 18th on the ward.
"""),
    ("dpm", "2025-09-19", "Discharge Planning Meeting", "eoyelaran", "Hospital discharge planning meeting", "standard", """
Discharge planning meeting - yesterday 18/9, SCBU family room.
Present: Tamsin, Dariusz (with Polish interpreter, face to face), Bev, EO, ward sister, Grainne Mulrooney, Hollybank manager (phone).

Elowen: NAS scores low since Sunday, feeding well, weight 2.28kg (lost a little as expected). Medically fit for discharge from Sunday.

Plan:
- Elowen and Tamsin to go directly to Hollybank on Mon 22/9. Bev to drive them, EO to meet them there.
- Dariusz to visit at Hollybank, daytime, 3 times a week, times agreed with the unit. Not overnight.
- If the placement at Hollybank breaks down Elowen will not go home with Tamsin; the LA would return to court for an ICO (IV aware).
- Community midwife and HV to visit at Hollybank.

Tamsin and Dariusz both agreed the plan. Tamsin asked whether Brodie could be told about his sister - EO to write to his SGO carers via letterbox.
"""),
    ("hollybank", "2025-09-23", "Placement Start", "eoyelaran", "Mother and baby placement started - Hollybank", "standard", """
Purpose of visit: arrival at Hollybank Family Assessment Centre.
Date/time: 22/09/25, 14:00-15:30
Child seen: Yes, with mother.

Tamsin and Elowen arrived with Bev at about 1.45pm. Introduced to keyworker [[Shona Maclennan|~british]]. Room on the ground floor, cot, changing unit. Unit expectations read through with Tamsin and signed: no visitors overnight, screens weekly (Mondays), staff to observe all night feeds for the first week.

Elowen: awake and alert, in a clean sleepsuit, took a full bottle during the visit. No concerns.

Tamsin: tired but positive. Said she was nervous being "watched all the time".

Analysis: Good start. The next 12 weeks will give a clear picture of Tamsin's parenting with support and without the pull of her local area.

Next steps: EO to visit weekly; first review meeting at Hollybank in 4 weeks; core group to be held at Hollybank.
"""),
    ("relapse", "2025-10-20", "Telephone", "eoyelaran", "Texts from mother and call from Hollybank", "standard", """
Texts received on my work mobile over the weekend, copied in full:

Sat 18 Oct 22:47 (Tamsin): im not coming back tonight sorry. E is fine with the staff shes asleep. dont ring my mum
Sat 18 Oct 23:30 (Tamsin): please dont take her
Sun 19 Oct 09:12 (Tamsin): I messed up. had a couple of lines at a mates. im going back now
Mon 20 Oct 08:31 (EO): Tamsin I've seen your messages. I'm going to ring Hollybank now and then you. Please keep your phone on.

09:05 t/c from Shona Maclennan (Hollybank). Tamsin left the unit on Saturday at about 7.30pm saying she was going to the shop, did not come back. Staff cared for Elowen overnight, no concerns for her. Tamsin came back Sunday about 11:40, appeared under the influence, slurring. Screen taken Sunday afternoon: positive for cocaine AND opiates (not methadone). Tamsin told Shona she "just needed a night off". Hollybank say they cannot keep the placement going past Friday 24/10.

09:40 t/c Tamsin. Tearful, accepted she used heroin as well as cocaine. Says a friend from her old flats picked her up. She has not told Dariusz.

10:15 Informed IV. Emergency LPM requested for tomorrow.
"""),
    ("ico", "2025-10-24", "Court", "eoyelaran", "Emergency LPM, s20 and ICO hearing", "standard", """
Legal planning meeting Tues 21st Oct (IV, EO, Sonal). Decision: threshold met, LA to issue care proceedings and seek an ICO. Bev's connected person viability (completed 10/10) was positive.

Same evening Tamsin agreed to Elowen going to Bev's under s20 until the hearing. Elowen moved to Bev's at [[27 Quarry Bank Road|ADDRESS:P04]] on 21/10 at 18:00. Bev's landline for the carers' file: [[0113 496 0782|PHONE:P04]]. Tamsin went to stay with Dariusz.

Hearing Thurs 23rd Oct, Family Court. Both parents attended with solicitors (interpreter for Dariusz). Interim care order made. Elowen to remain with Bev under temporary approval as a connected person carer (reg 24).
- Tamsin: supervised contact 3 x a week at Hallam Street.
- Dariusz: supervised contact 2 x a week; he has put himself forward to care for Elowen and the court directed a parenting assessment of him.
- Next hearing (CMH): 20/11/2025.

Tamsin says she will go into residential rehab; Compass are looking for a bed.

Elowen seen at Bev's on 22/10 - settled, feeding well. Bev has a cot and steriliser from the hospital's loan scheme.
"""),
    ("transfer", "2025-11-10", "Case Transfer Summary", "eoyelaran", "Transfer summary - to Children in Care North", "standard", """
Case transfer summary - Elowen PENGELLY, DOB [[12/09/2025|DOB:P01]], NHS no. [[426 018 1599|NHS_NUMBER:P01]]

Reason for transfer: Elowen has been looked after since the ICO on 23/10/25 and transfers to Children in Care North from today.

History in brief: referred by the specialist midwife in June; pre-birth assessment and CP plan (neglect) from the ICPC on 22/7; PLO from 22/8; residential assessment at Hollybank from 22/9 broke down after Tamsin's relapse the weekend of 18-19 Oct; s20 to Bev on 21/10, ICO on 23/10.

Current position:
- Elowen lives with Bev (MGM), doing well, gaining weight, 6-8 week check due.
- Tamsin went into residential rehab at {{Thornleigh House|place}} on Monday 3rd November for a 12 week programme. Contact now by video twice a week while she is there.
- Dariusz: attending all contact, warm with Elowen. Parenting assessment by the independent social worker has started. He has told me he has "stopped the weed completely" and will do a repeat hair strand.
- CP: the review conference had been set for 21/10, moved to 18/11 and has now been cancelled; the chair agreed the CP plan ends as Elowen is looked after.

Outstanding: CMH 20/11; Bev's full connected person assessment (due 8/1/26); Dariusz's assessment; letterbox letter to Brodie's carers (sent 30/9, no reply yet).
"""),
]

QUESTIONS = [
    {"q": "when was the baby born", "qtype": "when", "facts": ["2025-09-12"], "notes": ["birth"], "as": "eoyelaran"},
    {"q": "what category was unborn put on at the ICPC?", "qtype": "what", "facts": ["neglect"],
     "notes": ["icpc"], "as": "ivanterpool"},
    {"q": "whos tamsins keyworker at compass", "qtype": "who", "facts": ["Ofori-Atta"], "notes": ["calls"],
     "as": "eoyelaran"},
    {"q": "how many weeks is the hollybank assessment meant to be", "qtype": "how_many", "facts": ["12"],
     "notes": ["plo"], "as": "eoyelaran"},
    {"q": "what did mum tell the midwife about her drug use when she visited in july", "qtype": "quote",
     "facts": ["I've not touched anything since the middle of June"], "notes": ["midwife"], "as": "eoyelaran"},
    {"q": "is dad allowed to stay overnight at the unit?", "qtype": "yes_no", "facts": ["no"],
     "notes": ["plo", "dpm"], "as": "ivanterpool"},
    {"q": "When was the first legal planning meeting", "qtype": "when", "facts": ["2025-08-19"],
     "notes": ["lpm1"], "as": "ivanterpool"},
    {"q": "what came back on Dariusz's hair strand?", "qtype": "what", "facts": ["negative for cocaine and opiates"],
     "notes": ["super1"], "as": "eoyelaran"},
    {"q": "did she test positive for heroin when she went back to hollybank after the weekend", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["relapse"], "as": "eoyelaran"},
    {"q": "was a family group conference ever held for Elowen?", "qtype": "yes_no", "facts": [], "notes": [],
     "as": "ivanterpool"},
    {"q": "whos the HV for the baby now shes at nans", "qtype": "who", "facts": [], "notes": [], "as": "eoyelaran"},
]

EVENTS = [
    ("2025-06-03", "contact", ["contact"], "Specialist midwife contact: mother using heroin/crack in pregnancy; to pre-birth assessment"),
    ("2025-06-27", "assessment", ["pba"], "Pre-birth assessment completed; strategy discussion recommended"),
    ("2025-07-02", "strategy_discussion", ["strat"], "Strategy discussion: s47 re unborn agreed, ICPC to be convened"),
    ("2025-07-22", "icpc", ["icpc"], "ICPC: unborn made subject of CP plan, category neglect"),
    ("2025-08-19", "court", ["lpm1"], "Legal planning meeting: pre-proceedings (PLO) advised"),
    ("2025-08-22", "court", ["letter"], "PLO letter before proceedings sent to both parents"),
    ("2025-09-03", "court", ["plo"], "PLO meeting: residential parenting assessment at Hollybank agreed"),
    ("2025-09-12", "household_change", ["birth"], "Elowen born at 37+5; NAS monitoring on SCBU"),
    ("2025-09-22", "placement_move", ["hollybank"], "Mother and Elowen moved to Hollybank Family Assessment Centre"),
    ("2025-10-10", "assessment", ["ico"], "Positive connected person viability assessment of maternal grandmother"),
    ("2025-10-18", "health", ["relapse"], "Mother left Hollybank overnight and relapsed (cocaine and heroin); placement to end"),
    ("2025-10-21", "court", ["ico"], "Emergency legal planning meeting: decision to issue care proceedings"),
    ("2025-10-21", "placement_move", ["ico"], "Elowen moved to maternal grandmother under s20"),
    ("2025-10-23", "court", ["ico", "transfer"], "Interim care order; Elowen remains with maternal grandmother (reg 24)"),
    ("2025-11-03", "positive_change", ["transfer"], "Mother entered residential rehab for a 12 week programme"),
]
