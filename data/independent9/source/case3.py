"""IN9-0003: a 2-year-old found alone on a road at night, mother's drinking, a young carer sister (author A)."""

CASE = {
    "case_id": "IN9-0003",
    "team": "Wexcombe Family Help",
    "status": "early_help",
    "allocated_worker": "lhartigan",
    "child": {
        "person_id": "P01", "given_name": "Itzel", "family_name": "Harwood", "date_of_birth": "2023-06-28",
        "gender": "female", "ethnicity": "Mixed - any other mixed background", "nhs_number": "462 230 1288",
        "address": "5 Linnet Walk, Wexcombe WX7 3BE", "given_origin": "latin_american", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Soledad", "family_name": "Echeverria", "relationship": "mother",
         "date_of_birth": "1991-04-09", "phone": "07404 331958", "address": "5 Linnet Walk, Wexcombe WX7 3BE",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P03", "given_name": "Araceli", "family_name": "Harwood", "relationship": "sister",
         "date_of_birth": "2015-01-03", "given_origin": "latin_american", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Carmelita", "family_name": "Echeverria", "relationship": "maternal grandmother",
         "phone": "0113 496 0528", "address": "12 Osprey Court, Wexcombe WX7 4NA",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Wynford", "family_name": "Harwood", "relationship": "father",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Itzel": "P01", "Itzy": "P01", "IH": "P01",
    "Soledad": "P02", "Solita": "P02", "ECHEVERRIA": "P02",
    "Araceli": "P03", "Ara": "P03", "AH": "P03",
    "Carmelita": "P04", "Abuela": "P04",
    "Wynford": "P05",
    "Nnamdi Goodliffe": "~african", "Goodliffe": "~british",
    "Bogdana Ruthven": "~eastern_european", "Bogdana": "~eastern_european",
    "Pollyanna Vyvyan": "~british", "Vyvyan": "~british",
    "Ludovica Hartigan": "~british", "Blessing": "~irish", "Rupert Kingsolver": "~british",
}

NOTES = [
    ("police", "2025-09-14", "Police Notification", "lhartigan", "PPN - 2 yr old found in road, police protection", "standard", """
Police notification received by EDT, passed to Family Help duty 14/09/2025.

At 23:20 on Sat 13/09 a passer-by, [[Nnamdi Goodliffe|~african]], was driving along {{Larkhill Road|place}} and saw a small child walking in the road in a nappy and a t-shirt, barefoot. He stopped, picked her up and called 999. Child was [[Itzel HARWOOD|P01]], 2 yrs.

Police (PC [[Oisin Blessing|~irish]] and colleague) found the front door of [[5 Linnet Walk|ADDRESS:P02]] ([[WX7 3BE|POSTCODE:P02]]) wide open, approx 150 metres from where Itzel was found. Mother [[Soledad ECHEVERRIA|P02]] was asleep on the sofa and could not be roused for several minutes; empty wine bottles and cans in the lounge. When she woke she was slurring and did not know Itzel was out of the house.

Itzel's sister [[Araceli Harwood|P03]] (10) was awake upstairs. She told officers she had put Itzel to bed at 8 "like always" and that mum was "just tired". House otherwise warm, food in the fridge.

Police protection taken for both girls at 23:55. Itzel checked by paramedics at the scene - cold feet, a graze on one knee, nothing else. Both girls taken to maternal grandmother [[Carmelita Echeverria|P04]] at [[12 Osprey Court|ADDRESS:P04]] ([[WX7 4NA|POSTCODE:P04]]), tel [[0113 496 0528|PHONE:P04]], overnight.

Mum was arrested for child neglect in the morning once sober, interviewed, and released under investigation. Police protection ended 14/09 16:00 - girls staying with MGM by agreement.
"""),
    ("strat", "2025-09-16", "Strategy Meeting", "lhartigan", "Strategy discussion (MASH)", "standard", """
Strategy discussion held Mon 15th Sept at MASH. Police, MASH health, school (Araceli's DSL Mrs [[Pollyanna Vyvyan|~british]]), Family Help TM Rupert Kingsolver, me.

Info:
- no previous police callouts to the address; no previous CSC involvement. 2 EH contacts in 2023 (housing, debt) both closed.
- School: Araceli often late, sometimes brings Itzel with her on the school run, "old beyond her years".
- Health: Itzel up to date with immunisations. HV 2 year review not done - family did not attend in July.

Decision: this was a serious incident but a first one; mum accepts responsibility and has her own mother nearby. Threshold for s47 NOT met. Agreed:
- Early Help assessment to be completed by Family Help (me) within 6 weeks, escalate to CIN if further concerns
- both girls to stay with MGM while assessment starts, mum to have contact there, no overnights at home for now
- police investigation continues separately
- a further strategy discussion will be convened if there is any further incident involving alcohol and the children.
"""),
    ("hv1", "2025-09-17", "Home Visit", "lhartigan", "Visit - mum at home, then MGM", "standard", """
Seen mum at home 10.30. Flat tidy, bottles gone. Mum red eyed, said she "had a few" after a long shift at the care home and must have fallen asleep. Could not say how many - then said maybe two bottles of wine. Said she has never left the girls like this before. Mum denied drinking every day, denied using anything else.

Asked about Itzel getting out: the front door has a latch Itzel can reach if she stands on the shoe rack. Mum has since had a chain fitted up high.

Then to MGM's. Itzel playing with a tea set, came to me straight away, chatty - "car! car!" - didn't mention the night. Araceli seen alone in her nan's kitchen. Said she was "in big trouble" because she didn't lock the door. Reassured her none of this is her fault. She said "mum's not bad, she's just sad sometimes."

Carmelita (Abuela) says she can have them "for as long as Solita needs" but she works mornings as a cleaner. She has been worried about Solita's drinking "since last Christmas".
"""),
    ("school", "2025-09-24", "School Liaison", "lhartigan", "Meeting with DSL - Araceli", "standard", """
Met Mrs Vyvyan (DSL, {{Fernleigh Primary|place}}) re Araceli, Year 6.

- Attendance 88% last year; 11 late marks this term already (all before she moved to MGM's).
- Ara has told her teacher she "does tea" on weekdays: beans, noodles, toast. She gets Itzel dressed and takes her to the childminder on the way to school.
- Class teacher says she falls asleep in afternoons, worries about her mum, asks to phone home at lunch.
- Since staying with nan last week: on time every day, "lighter".

Araceli spoke to Mrs Vyvyan last Friday and said: "I'm the mum when mum's poorly".

Agreed: school to refer Araceli to the young carers service; ELSA sessions weekly; school to share attendance with me fortnightly.
"""),
    ("eha", "2025-09-30", "Assessment", "lhartigan", "Early Help assessment - outcome", "standard", """
EARLY HELP ASSESSMENT - OUTCOME

Started 16/09. Seen: mum x3, Itzel x3, Araceli x3 (twice alone), MGM, school, childminder, GP (by phone), HV.

Key findings:
- Mum's drinking is more than a one-off. On my 3rd visit mum said she drinks "most nights", up to 8 cans of strong cider after the girls are in bed, more on days off. She has been drinking more since the death of her father in 2024.
- Araceli is a young carer: cooking, school runs, putting Itzel to bed, checking on mum.
- Itzel has had no health review since 12 months; speech a little behind.
- Strengths: warm relationships, MGM close by and committed, mum honest once trust built, house is adequate.
- Father ([[Wynford Harwood|P05]]) lives in Swansea, no contact for 2 years, holds PR, informed by letter.

Analysis: the risk to both girls when mum is drinking is high and is not going to be managed by early help alone.

Outcome: stepped up to Child in Need (s17). CIN plan to be drawn up. Araceli to return home (at her wish) with MGM staying overnight at weekends; Itzel to stay at MGM's until mum is engaged with treatment.
"""),
    ("disclosure", "2025-10-02", "Case Note", "lhartigan", "CONFIDENTIAL - mother's disclosure", "restricted", """
CONFIDENTIAL - restricted at mum's request. Not to be shared with family or at meetings without her consent.

During my visit 01/10 mum became upset when I asked when the drinking got worse. She told me that in early 2024 she was sexually assaulted by a man she knew from work, after a staff night out. She has never reported it to police. She said she started drinking to "stop the pictures" at night. She has not told her mother.

Mum agreed to be referred to an ISVA. I gave her the number for the Wexcombe sexual violence service, [[0161 496 0847|PHONE]], and she called them from my phone. Named ISVA [[Farrukh|~south_asian]] will ring her next week. She does not want police involvement at present - I have explained her options and that this is her choice as an adult.

Relevance: trauma underlies the drinking; alcohol worker needs to know only "trauma history, seeing specialist service" unless mum says otherwise.
"""),
    ("alcohol", "2025-10-08", "Telephone call", "lhartigan", "Call with alcohol service / hair strand", "standard", """
Tel call with [[Bogdana Ruthven|~eastern_european]], recovery worker, {{Wexcombe Recovery Hub|place}}, 08/10 14:15.

Mum self-referred with me on 2/10 and attended her assessment yesterday. AUDIT score 27 (probable dependence). She is not physically dependent (no morning shakes) so community detox not needed; she will start 1:1 sessions weekly and a women's group on Thursdays.

Mum signed consent for a hair strand alcohol test (EtG). Sample to be taken at the hub 10/10, covering about 3 months in monthly sections. Result due in 3-4 weeks.

Bogdana aware mum has a "trauma history" and is seeing a specialist service. No further detail shared.
"""),
    ("fnm", "2025-10-16", "Family Network Meeting", "lhartigan", "Family network meeting 15.10.25", "standard", """
FAMILY NETWORK MEETING - 15.10.25, MGM's home

Present: Soledad (mum), Carmelita (MGM), mum's brother and his partner, mum's friend from work, me. Araceli joined for the last 20 minutes. Father invited by letter, did not reply.

What we are worried about: mum drinking when she is the only adult with the girls; Itzel getting out of the house; Araceli doing too much.

What is working: MGM's care of Itzel; mum attending the Hub; Araceli on time for school.

Family plan agreed:
1. Mum will not drink at all while she has the girls on her own. If she feels she will drink she calls MGM, who will come or take the girls.
2. MGM to stay at mum's Fri and Sat nights.
3. Mum's brother to do the Tuesday and Thursday school run.
4. Araceli will not be expected to cook or put Itzel to bed. Ara said she wants to "still help a bit" - agreed she can help with bath time with an adult there.
5. Contingency: if the plan breaks down both girls go to MGM's.
"""),
    ("cin1", "2025-10-21", "CIN Meeting", "lhartigan", "Initial CIN meeting / plan", "standard", """
Initial CIN meeting held 20/10 at Fernleigh Primary. Mum, MGM, school DSL, childminder, recovery worker (Bogdana, by phone), me.

CIN plan agreed (reviewed every 3 months):
- Mum: weekly sessions at the Hub, hair strand test results to be shared, no alcohol when caring alone, family plan (15/10) to be followed.
- Itzel: HV 2 year review booked for 4/11, 15 hrs funded nursery from January.
- Araceli: young carers group on Thursdays (referral accepted), ELSA at school.
- Itzel's return home to be considered once the hair strand result is known and mum has had 4 weeks' engagement with the Hub.

Mum said she feels "like a different person" three weeks in. Araceli's attendance since September 100%.
"""),
    ("hair", "2025-11-05", "Health", "lhartigan", "Hair strand result", "standard", """
Hair strand result emailed by the Hub 05/11 (sample taken 10/10, 3 x 1cm sections):

- section 1 (approx mid July - mid Aug): EtG consistent with chronic excessive alcohol consumption
- section 2 (approx mid Aug - mid Sept): EtG consistent with chronic excessive alcohol consumption
- section 3 (approx mid Sept - early Oct): consistent with abstinence or very low alcohol use

Discussed with mum - she cried and said "I told you I'd stopped". Discussed with TM: the result supports what mum has told us (heavy drinking before the incident, stopped since). Agreed Itzel can go home on Mon 10th with the family plan in place. Repeat test to be offered in 3 months.
"""),
    ("home", "2025-11-12", "Home Visit", "lhartigan", "Visit - Itzel home", "standard", """
Itzel went home on Mon 10th Nov as planned. MGM brought her, stayed the day.

Visit today 4pm. Both girls in. Itzel running around with a toy pram, chatting - new words "mine" and "Ara". Araceli doing homework at the kitchen table; mum cooking pasta.

Asked Ara how it feels - "good. I don't have to do tea." She goes to young carers on Thursday and likes it.

Mum's view: tired but "proud". Still going to the Hub. Asked about anyone new in her life - mum said she has started seeing someone she met at the gym but "it's early days" and he has not met the girls. Advised mum that any new partner spending time around the girls needs to be discussed with me first, and explained why.

No drink seen in the house. Chain on the door in use.
"""),
    ("intel", "2025-11-27", "Police Intelligence", "lhartigan", "RESTRICTED - police information re mother's new partner", "restricted", """
RESTRICTED - police intelligence, not to be shared with mother or at CIN meetings without police agreement.

Following mum telling me of a new boyfriend, I asked MASH police for checks. Mum gave his name and address to her MGM, who passed them to me (mum does not know).

Name: [[Garrick Thewlis|~british]], DOB [[14/07/1986|DOB]]
Address: [[Flat 6, 9 Saddlers Row|ADDRESS]], [[WX2 6RF|POSTCODE]]. Mobile [[07395 806142|PHONE]].

Police information (DS on MASH, 26/11): two previous partners; DA incidents recorded with both (2019, 2022), one conviction for assault by beating (2022) against a former partner; no convictions relating to children. Drink-related public order caution 2021.

Advice: a {{Clare|word_name}}'s Law right-to-know disclosure is being considered by police. They ask CSC not to tell mum the detail until they decide. To be discussed with TM.
"""),
    ("relapse", "2026-01-05", "Telephone", "lhartigan", "Telephone log - weekend incident", "standard", """
Mon 5/1

09:05 - MGM rang. On Sat 3rd (Ara's 11th birthday) there was a party at mum's flat in the afternoon, adults drank and mum "joined in". By the evening MGM had gone home. At approx 21:30 Araceli rang 999 because mum had fallen in the kitchen and cut her head on the cupboard and "wouldn't get up properly".

09:40 - PC Blessing confirmed: police and ambulance attended 21:45. Mum conscious, very intoxicated. Taken to A&E at Wexcombe General for a scalp wound (glued, discharged 04:00 Sun). Girls taken to MGM's by police. No police protection needed as MGM agreed.

11:10 - Spoke with mum. Ashamed, said she'd had "a few drinks for the first time in months" because it was Ara's birthday and she "wanted it to be normal". Admits she did not ring MGM as the plan said.

11:30 - Spoke to Araceli at MGM's (school inset day). She said "I did the right thing didn't I" - told her she absolutely did. She didn't want to talk about the party.

Both girls staying with MGM until TM decision.
"""),
    ("mo", "2026-01-06", "Management Oversight", "rkingsolver", "MO - after 3 Jan incident", "standard", """
Management oversight following the incident on 3/1 (mum intoxicated, A&E, Araceli called 999).

Considered: strategy discussion/escalation to s47. Decision: not at this point. This was a single lapse after about 15 weeks of abstinence supported by the hair strand test; the family safety net worked (Araceli knew what to do and MGM responded); mum has been honest. The earlier commitment to convene a strategy discussion on any further alcohol incident has been reviewed with MASH police, who agree.

However: CIN plan to be strengthened - mum to increase Hub sessions to twice weekly, repeat hair strand now rather than Feb, girls to stay with MGM for at least a week and return once mum has seen Bogdana. Young carers to be asked for extra 1:1 for Araceli.

If there is another incident a strategy discussion will be held.
"""),
    ("cin2", "2026-01-22", "CIN Review", "lhartigan", "CIN review", "standard", """
CIN review 21/1/26.

Since 3 Jan: girls returned home 12/1 after mum saw Bogdana twice and agreed the strengthened plan. Mum attending Hub twice weekly. Repeat hair strand sample taken 13/1, result awaited.

Itzel: started nursery 15 hrs on 7th Jan, settling, speech improving per nursery.
Araceli: attendance 100%, young carers 1:1 started. She told me her birthday was "rubbish at the end but the cake was good".

Mum told the meeting she has ended the relationship with the man from the gym ("it wasn't right for me or the girls"). MGM confirmed he hasn't been around.

Plan: continue CIN, review in 8 weeks with a view to step down to early help if the repeat test is clear.
"""),
    ("close", "2026-03-18", "Step down to Early Help", "lhartigan", "CIN closure - step down", "standard", """
Closure summary (CIN) - step down to Early Help

Repeat hair strand (taken 13/1, result 6/2) consistent with abstinence or very low alcohol use across all 3 months, apart from a single low positive in the December/January section, which fits the one known lapse.

Final CIN review 16/3/26: agreed by all that the CIN plan has been achieved:
- mum abstinent since 3/1, still at the Hub weekly and now a peer mentor in the women's group
- Itzel thriving at nursery, no further incidents of her getting out of the house
- Araceli's young carer role much reduced; attendance 99%; moving to secondary school in Sept with young carers support
- MGM still does Fri nights and remains the family's safety net

Case stepped down to Early Help from 18/3/26 with a Family Help keyworker for 3 months; CIN closed. Mum given my details and the EDT number. Both girls seen and told, Araceli asked if she can still go to young carers - yes.
"""),
]

QUESTIONS = [
    {"q": "who found itzel in the road?", "qtype": "who",
     "facts": ["Goodliffe"], "notes": ["police"], "as": "lhartigan"},
    {"q": "what time was she found", "qtype": "what",
     "facts": ["23:20"], "notes": ["police"], "as": "rkingsolver"},
    {"q": "how many cans did mum say she was drinking a night", "qtype": "how_many",
     "facts": ["8"], "notes": ["eha"], "as": "lhartigan"},
    {"q": "what did Ara tell the DSL about looking after her sister", "qtype": "quote",
     "facts": ["I'm the mum when mum's poorly"], "notes": ["school"], "as": "lhartigan"},
    {"q": "when was the FNM", "qtype": "when",
     "facts": ["2025-10-15"], "notes": ["fnm"], "as": "rkingsolver"},
    {"q": "whos mums worker at the hub", "qtype": "who",
     "facts": ["Ruthven"], "notes": ["alcohol"], "as": "lhartigan"},
    {"q": "what did the first hair strand show for the most recent month", "qtype": "what",
     "facts": ["abstinence"], "notes": ["hair"], "as": "lhartigan"},
    {"q": "when did mum relapse", "qtype": "when",
     "facts": ["2026-01-03"], "notes": ["relapse", "mo"], "as": "rkingsolver"},
    {"q": "is Itzel living back at home with her mum now?", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["home", "cin2"], "as": "lhartigan"},
    {"q": "is dad paying any maintenance for the girls", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "lhartigan"},
    {"q": "what was the name of the childminder", "qtype": "who",
     "facts": [], "notes": [], "as": "rkingsolver"},
]

EVENTS = [
    ("2025-09-13", "police_incident", ["police"], "2-year-old found alone on the road at night; mother intoxicated; police protection"),
    ("2025-09-13", "placement_move", ["police"], "Both girls to maternal grandmother overnight under police protection"),
    ("2025-09-14", "police_incident", ["police"], "Mother arrested for child neglect, released under investigation"),
    ("2025-09-15", "strategy_discussion", ["strat"], "Strategy discussion: s47 threshold not met, early help assessment"),
    ("2025-09-30", "assessment", ["eha"], "Early help assessment completed; stepped up to child in need"),
    ("2025-10-07", "health", ["alcohol"], "Mother assessed at the alcohol service; hair strand test agreed"),
    ("2025-10-20", "cin_review", ["cin1"], "Initial CIN meeting; CIN plan agreed"),
    ("2025-11-05", "positive_change", ["hair"], "Hair strand shows abstinence or very low use in the most recent month"),
    ("2025-11-10", "household_change", ["home"], "Itzel returns home to her mother"),
    ("2026-01-03", "police_incident", ["relapse"], "Sister calls 999 after intoxicated mother falls at birthday party"),
    ("2026-01-03", "hospital", ["relapse"], "Mother taken to A&E with a scalp wound"),
    ("2026-01-03", "household_change", ["relapse", "mo"], "Girls go to maternal grandmother after the relapse"),
    ("2026-01-12", "household_change", ["cin2"], "Girls return home to mother under a strengthened plan"),
    ("2026-01-21", "cin_review", ["cin2"], "CIN review; mother ends relationship with new partner"),
    ("2026-03-16", "cin_review", ["close"], "Final CIN review: plan achieved"),
    ("2026-03-18", "closure", ["close"], "CIN closed, stepped down to Early Help"),
]
