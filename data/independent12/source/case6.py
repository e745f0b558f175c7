"""IN12-0006: restricted case (mother is a police detective); a 5-year-old's bruised cheek, s47, CP plan."""

CASE = {
    "case_id": "IN12-0006",
    "team": "Tenterden Child Protection",
    "status": "child_in_need",
    "allocated_worker": "mdewhurst",
    "restricted": True,
    "access_list": ["mdewhurst", "ostrangways"],
    "child": {
        "person_id": "P01", "given_name": "Peony", "family_name": "Rattenbury", "date_of_birth": "2020-05-14",
        "gender": "female", "ethnicity": "Mixed White and Asian", "nhs_number": "561 008 3168",
        "address": "The Old Forge, Pittlesden Lane, Tenterden TN30 6HS", "school": "St Mildred's C of E Primary",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Ishani", "family_name": "Rattenbury", "relationship": "mother",
         "date_of_birth": "1987-01-22", "phone": "07391 650284",
         "address": "The Old Forge, Pittlesden Lane, Tenterden TN30 6HS",
         "given_origin": "south_asian", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Ivo", "family_name": "Rattenbury", "relationship": "father",
         "date_of_birth": "1983-09-08", "phone": "07517 883041",
         "address": "The Old Forge, Pittlesden Lane, Tenterden TN30 6HS",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Caspian", "family_name": "Nairn", "relationship": "half-brother",
         "date_of_birth": "2011-07-30", "address": "The Old Forge, Pittlesden Lane, Tenterden TN30 6HS",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Peony": "P01",
    "Ishani": "P02",
    "Ivo": "P03", "Mr Rattenbury": "P03", "Mrs Rattenbury": "P02", "RATTENBURY": "P03",
    "Caspian": "P04", "Cas": "P04", "NAIRN": "P04",
    "Wickenden": "~british", "Varga": "~eastern_european", "Obiorah": "~african",
    "Castellan": "~british", "Gatward": "~british", "Holroyd": "~british", "Rollo": "~british",
    "Merrion Dewhurst": "~british", "Bernadine Gatward": "~british",
}

NOTES = [
    ("contact", "2025-09-22", "Contact", "mdewhurst", "Contact from school - bruising to face", "standard", """
Call from Mr [[Hamish Wickenden|~british]], DSL at {{St Mildred's|place}}, {{09:50|time}} Mon 22/9/25.

Peony (Yr 1) came in this morning with bruising to her left cheek. Noticed by her class teacher Miss [[Jarmila Varga|~eastern_european]] at register. Two reddish-purple marks, roughly parallel, about 3cm long, running down from below the eye towards the jaw. School took a body map (faxed/emailed to MASH).
Miss Varga asked "what happened to your face?" Peony said: "Daddy was cross and his hand went on my face." Then after a pause "I bumped on the door". Miss Varga did not ask anything else, and wrote it down straight away (record seen).

Dropped off this morning by dad, who didn't come into the playground. Mum is a police officer - DSL not sure which team. Peony otherwise "her normal chatty self", ate breakfast.
No previous concerns logged at school. Older half-brother Caspian is at the secondary.

Advised school not to contact parents until we have spoken to police. Passed to TM for a strategy discussion today.
"""),
    ("strat", "2025-09-22", "Strategy discussion", "ostrangways", "Strategy discussion", "standard", """
Strategy discussion 22.09.2025 {{14:00|time}}. Chair OS (TM CP).
Present: OS, MD (SW), DS (MASH, police), named nurse, Mr Wickenden (DSL).

Police declared a conflict of interest: mother is a serving detective constable within the force. It was agreed the investigation cannot be carried out by our local force and will be handed to a neighbouring force - {{Sussex Police|place}} to be approached by the DS's DI today. In the meantime local police will take no investigative steps beyond recording. The social care file is to be restricted to MD and OS only (see separate note).

Information: no previous referrals. Father no police record. Caspian (14) has ADHD, known to CAMHS.
Injury: two linear bruises to the left cheek; child's first account implicates father, then an accidental explanation.

Decisions:
- Threshold met for s47 - joint with police (neighbouring force once confirmed).
- CP medical tomorrow with the on-call paediatrician.
- Peony to go home with mum tonight; dad asked to stay elsewhere until after the medical and the s47 visit - he agreed on the phone to stay with his brother Rollo.
- Caspian to be spoken to separately.
- Interim safety plan: mum to supervise all contact between Peony and dad.
"""),
    ("medical", "2025-09-23", "CP medical", "mdewhurst", "Child protection medical", "standard", """
CP medical at the children's assessment unit, 23/09/25, Dr [[Uzoamaka Obiorah|~african]] (consultant paediatrician). Mum present, MD present.

Findings (from the doctor's summary read back to me and since confirmed in her report):
- two parallel linear bruises left cheek, 3.0cm and 2.6cm, 1cm apart, with some sparing between them. Estimated as 1-3 days old (no dating is exact).
- no other injuries. Ears, scalp, mouth, frenulum normal. No petechiae.
- growth and development normal.

Opinion: "The pattern of two parallel linear bruises with central sparing on the cheek is typical of a slap from an adult hand, and is in my opinion consistent with a slap. It is not consistent with a fall against a door edge, which would be expected to cause a single bruise, usually over a bony prominence. I regard this as a likely inflicted injury."

Peony chose not to talk to the doctor about how it happened ("I don't want to talk about it"). Mum was visibly shocked at the opinion.
"""),
    ("coi", "2025-09-23", "Case note", "ostrangways", "Conflict of interest arrangements - RESTRICTED", "restricted", """
RESTRICTED - OS/MD only.
Mother is DC [[Ishani Rattenbury|P02]], public protection unit (child abuse investigation team), working out of the same building as the MASH police. She has access to police systems and to the MASH. For that reason:
- file restricted on our system to MD and OS; MASH police have been asked to restrict theirs
- DI [[Gruffydd Castellan|~british]] of {{Sussex Police|place}} has accepted the investigation (confirmed {{16:30|time}} today) and will be our only police contact; his number is kept here only
- mum's work contact details are NOT to be used for case business. Work mobile [[07862 149357|PHONE:P02]], work email [[ishani.rattenbury@pp.police.example|EMAIL:P02]] - recorded only so we can recognise them
- mum's line manager DCI [[Torquil Holroyd|~british]] informed by the DI, not by us.
"""),
    ("s47visit", "2025-09-24", "Home visit", "mdewhurst", "S47 home visit", "standard", """
S47 visit with DC (Sussex) at the family home, Weds 24th. Announced.

Mum's account: Sunday evening (21st) Peony was running round the kitchen with Caspian chasing her, she slipped on the tiles and caught her face on the edge of the kitchen door. Mum was upstairs and didn't see it, heard the crying. Said she saw "a red mark" at bedtime but thought nothing of it.
Dad's account (seen separately, came to the house for the visit): he was in the kitchen, Caspian was "messing about, winding her up like he always does" and "if anyone did it it was Cas". Said he "never laid a finger on her". When asked about Peony's words at school he said "she's five, she says all sorts".
So the two accounts differ: mum - a fall against the door; dad - Caspian.

Dad was very angry about the school: "they had no right to examine my daughter without us there" and said he would be making a complaint and "getting a solicitor onto that busybody". The school did not examine her beyond looking at her face.

Peony seen alone in her bedroom. Showed me her dolls. Asked about her face - she said "Cas was chasing me". Asked what happened next she said "then daddy shouted" and went quiet and changed the subject to her doll. Did not repeat what she told Miss Varga. Did not appear frightened of either parent; went straight to mum afterwards.

Home: clean, warm, well furnished. No safety concerns in the home itself.
"""),
    ("safety", "2025-09-26", "Letter", "mdewhurst", "Written safety plan - letter to parents", "standard", """
Letter sent to Mr and Mrs Rattenbury, 26 September 2025 (copy on file, signed by both at the office today):

Dear Ishani and Ivo,
Thank you for meeting me today. As we discussed, while the enquiries continue we have agreed this written safety plan:
1. Ivo will continue to live with his brother Rollo and will not stay overnight at the family home.
2. Ivo may see Peony and Caspian only when Ishani is present, or at a family centre.
3. Ishani will not leave Peony alone with Ivo, and will ring me if Ivo comes to the house without arrangement.
4. Peony's school will be told who may collect her (Ishani, or the maternal grandmother).
5. Caspian will be offered time to talk to me on his own.
6. Nobody will ask Peony about her face or tell her what to say.
This plan will be reviewed at least every two weeks.
Yours sincerely,
Merrion Dewhurst, Social Worker
"""),
    ("caspian", "2025-09-29", "Case note", "mdewhurst", "Caspian's account", "standard", """
Saw Caspian (14) at his secondary school on Friday 26th afternoon in the pastoral room, his choice. Recorded Monday due to the office day.
Cas has ADHD, on methylphenidate, seen by CAMHS every 3 months. He was fidgety but engaged.

His account of Sunday 21st: he was upstairs in his room with headphones on playing his Xbox. He heard Ivo (he calls him "Ivo", not dad) shouting in the kitchen, then Peony crying. He came down and "Ivo was holding her arm and she was crying and saying sorry". He did not see what happened before. He denied chasing her: "I didn't touch her, I was upstairs the whole time."
Asked about home: Ivo "loses it" when things are messy or loud; has "grabbed me by the top" once last year, not hurt. Mum "always calms him down". He feels "blamed for everything because of my ADHD".
He was worried he'd get in trouble for telling. Explained what happens next. He wants to keep seeing his own dad ({{alternate weekends|event_date}}) as normal.
"""),
    ("dadcall", "2025-10-02", "Telephone call", "mdewhurst", "Calls - father and school", "standard", """
{{10:10|time}} Mr Wickenden rang: dad came into the school office on Tues (30th) at pick-up and shouted at the receptionist, called the head "a busybody with a clipboard" and demanded to see the notes. He left when asked. Head has sent him a warning letter about conduct on site.
{{16:20|time}} Dad rang MD, angry. Said he was interviewed under caution yesterday by the Sussex officers (voluntary interview, 1 Oct). He told them he "may have held her face to make her listen" while telling her off but "there was no slap". Said the school "started all this" and he wants it on record he disagrees. Recorded. Reminded him of the safety plan and asked him not to go to the school - he said he'd "go where I like" then apologised.
Note: this is a third explanation (after the door and Caspian).
"""),
    ("outcome", "2025-10-06", "Management oversight", "ostrangways", "S47 outcome - decision", "standard", """
S47 outcome and management decision, OS, 6.10.25.

Summary: bruising that a consultant paediatrician considers consistent with a slap; Peony's first words to her teacher naming her father; three differing explanations from father (door, Caspian, "held her face"); Caspian's account placing father with her immediately after; father's anger and a history Caspian describes of losing his temper. Mum is protective and has kept to the safety plan.

Outcome: concerns substantiated - physical abuse. Risk of significant harm continues while the father's explanation remains inconsistent and no work has been done on it.
Decision: ICPC to be convened within 15 working days. Booked for {{16 October|event_date}}. Safety plan continues.
Considered and rejected: managing under CIN only - the father does not accept any responsibility yet.
"""),
    ("hr", "2025-10-07", "Case note", "ostrangways", "Employer liaison - RESTRICTED", "restricted", """
RESTRICTED. DI Castellan rang OS: mum's force has placed her on restricted duties away from child abuse investigation pending the outcome, as is their policy; the LADO has been consulted and agreed this is the employer's matter, no LADO strategy meeting needed as the concern is about her husband not her. Mum aware and "relieved it's being done properly". Not to be shared in conference reports.
"""),
    ("icpc", "2025-10-16", "ICPC", "mdewhurst", "ICPC minutes (extract)", "standard", """
Initial child protection conference 16/10/2025. Chair: [[Bernadine Gatward|~british]] (CP chair).
Present: mum, dad (with a friend), MD, OS, Mr Wickenden, school nurse, DC from Sussex Police, CAMHS (for Caspian, report only).

Reports: MD's s47 report; paediatric report (Dr Obiorah - "consistent with a slap"); school - Peony well presented, happy, good attendance (98%), no other marks ever seen; CAMHS - Caspian's ADHD well managed, no safeguarding concerns raised by him in clinic.
Police: investigation ongoing, file with their CPS liaison for advice.

Parents' views: mum accepts the medical opinion "but I don't know what happened because I wasn't there". Dad angry for the first part, left the room for 10 mins, came back and said he "might have grabbed her face harder than I meant". Said he would do "whatever course you want".

Decision: Peony to be made the subject of a child protection plan, category PHYSICAL ABUSE. Unanimous.
Caspian - not subject to a plan, but the plan will cover his wellbeing and the chair asked that he be seen alone on every visit.
Plan: safety plan stays; dad to do a parenting / anger programme; family group conference; first core group within 10 working days. RCPC in 3 months.
"""),
    ("core", "2025-10-29", "Core group", "mdewhurst", "First core group", "standard", """
Core group 29.10.25, school. Mum, dad, MD, Mr Wickenden, school nurse.
- dad referred to a domestic abuse perpetrator / anger programme for fathers ({{12 weeks|figure}}), starts 5th Nov.
- contact: dad sees Peony Tues and Sat at his brother's with mum there, Peony "happy to see him, jumps on him".
- Peony at school: fine, a bit clingy at drop off. She asked Miss Varga if daddy is "still in trouble".
- Caspian: Cas told MD (seen alone 27th) that home is "quieter without Ivo" and he'd rather Ivo didn't come back "yet".
- FGC referral made.
"""),
    ("police", "2025-11-14", "Email", "mdewhurst", "Police outcome - email from Sussex", "standard", """
Email from DI Castellan (Sussex Police) 13/11, received today:
"Following CPS advice, a decision was made on the 12th inst. to take no further action against Mr Rattenbury in relation to the injury to Peony: the evidential test is not met (no independent witness, child not able to give an account in ABE, the suspect's partial admission is to restraint only). This does not amount to a finding that no assault took place and does not affect your processes. Mr Rattenbury was informed in person today."
MD rang mum - she said she "half expected it". Dad texted MD: "told you".
"""),
    ("visit", "2025-12-04", "Home visit", "mdewhurst", "Statutory visit / safety plan review", "standard", """
CP visit, home, Thurs 4th Dec. Mum, Peony, Caspian.
Safety plan reviewed with both parents at the office on the 1st. Dad has done 4 of 12 sessions, facilitator's update good ("beginning to talk about his temper honestly"). The FGC (held 20 Nov) agreed a plan for dad to return home gradually. Agreed at the review that dad can move back in from Sat 6th, with conditions: continue the programme, no physical chastisement of any kind, mum and the paternal grandmother as safety people, and any incident to be reported.
Peony seen alone - drew "our house" with all four of them. Said "daddy's coming home for Christmas".
Cas seen alone - said "it's fine, he's been different", but he'd like to be able to stay at his own dad's more if things go wrong, which mum agrees.
No marks seen on either child.
"""),
    ("rcpc", "2026-01-08", "RCPC", "mdewhurst", "RCPC minutes (extract)", "standard", """
Review child protection conference, 8 Jan 2026. Chair Bernadine Gatward.
Dad back living at home since 6 December, no incidents reported by any agency; he has completed 9 of 12 sessions and will finish in Feb. School report: Peony settled and happy, no marks, no worries. Caspian: "calmer house".
Mum: "we've all had to look at ourselves". Dad apologised to the conference for his conduct at school and at the ICPC.

Decision: Peony no longer needs a child protection plan. Plan ended today; stepped down to a child in need plan for 3 months (MD to remain allocated), safety plan to continue as part of the CIN plan.
"""),
]

QUESTIONS = [
    {"q": "what did peony say to her teacher about her face", "qtype": "quote", "facts": ["his hand went on my face"], "notes": ["contact"], "as": "mdewhurst"},
    {"q": "how many bruises did she have", "qtype": "how_many", "facts": ["two"], "notes": ["contact", "medical"], "as": "ostrangways"},
    {"q": "who did the CP medical", "qtype": "who", "facts": ["Uzoamaka Obiorah"], "notes": ["medical"], "as": "mdewhurst"},
    {"q": "what was the paed's opinion", "qtype": "what", "facts": ["consistent with a slap"], "notes": ["medical"], "as": "ostrangways"},
    {"q": "which force has the investigation", "qtype": "who", "facts": ["Sussex Police"], "notes": ["strat"], "as": "mdewhurst"},
    {"q": "what does cas say happened that night", "qtype": "quote", "facts": ["I didn't touch her"], "notes": ["caspian"], "as": "mdewhurst"},
    {"q": "when was the ICPC", "qtype": "when", "facts": ["2025-10-16"], "notes": ["icpc"], "as": "mdewhurst"},
    {"q": "when did the police NFA dad", "qtype": "when", "facts": ["2025-11-12"], "notes": ["police"], "as": "ostrangways"},
    {"q": "is dad back living at home now?", "qtype": "yes_no", "facts": ["yes"], "notes": ["rcpc"], "as": "ostrangways"},
    {"q": "what gp surgery is peony registered with", "qtype": "what", "facts": [], "notes": [], "as": "mdewhurst"},
    {"q": "has caspian's own dad been told about the s47", "qtype": "yes_no", "facts": [], "notes": [], "as": "ostrangways"},
]

EVENTS = [
    ("2025-09-22", "contact", ["contact"], "School reports two bruises to Peony's left cheek; she said 'Daddy was cross and his hand went on my face'"),
    ("2025-09-22", "strategy_discussion", ["strat"], "Strategy discussion: s47 agreed; investigation to a neighbouring force (mother is a police detective); file restricted"),
    ("2025-09-22", "household_change", ["strat", "safety"], "Father leaves the home to stay with his brother under the safety plan"),
    ("2025-09-23", "hospital", ["medical"], "Child protection medical: bruising consistent with a slap, not with a fall against a door"),
    ("2025-09-24", "section_47", ["s47visit"], "S47 visit: parents give conflicting explanations (door; Caspian); father angry with the school"),
    ("2025-09-26", "positive_change", ["safety"], "Written safety plan signed by both parents"),
    ("2025-09-30", "contact", ["dadcall"], "Father shouts at school reception; warning letter from the head"),
    ("2025-10-01", "police_incident", ["dadcall"], "Father interviewed under caution by Sussex Police; says he may have held her face"),
    ("2025-10-06", "section_47", ["outcome"], "S47 outcome: physical abuse substantiated; ICPC to be convened"),
    ("2025-10-16", "icpc", ["icpc"], "ICPC: child protection plan, category physical abuse"),
    ("2025-11-12", "police_incident", ["police"], "Police take no further action (evidential test not met)"),
    ("2025-11-20", "positive_change", ["visit"], "Family group conference agrees a plan for father's gradual return home"),
    ("2025-12-06", "household_change", ["rcpc"], "Father returns to live at home under conditions"),
    ("2026-01-08", "rcpc", ["rcpc"], "RCPC: child protection plan ended, stepped down to child in need"),
]
