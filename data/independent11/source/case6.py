"""IN11-0006 (restricted: mother works in the council's children's services): a 12-year-old boy's harmful sexual behaviour towards his young cousin."""

CASE = {
    "case_id": "IN11-0006",
    "team": "Pyecroft Child Protection",
    "status": "closed",
    "restricted": True,
    "access_list": ["etremlett", "mpennefather"],
    "allocated_worker": "etremlett",
    "child": {
        "person_id": "P01", "given_name": "Nahuel", "family_name": "Quintanilla",
        "date_of_birth": "2012-07-02", "gender": "male", "ethnicity": "Any other mixed background (Argentinian/White British)",
        "religion": "Roman Catholic", "nhs_number": "702 938 1157",
        "address": "41 Marlpit Crescent, Pyecroft", "school": "Wychbury High School",
        "given_origin": "latin_american", "family_origin": "latin_american",
    },
    "people": [
        {"person_id": "P02", "given_name": "Valeria", "family_name": "Quintanilla", "relationship": "mother",
         "date_of_birth": "1988-04-14", "phone": "07862 117394", "address": "41 Marlpit Crescent, Pyecroft",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P03", "given_name": "Milagros", "family_name": "Quintanilla", "relationship": "maternal grandmother (lives in household)",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P04", "given_name": "Bastian", "family_name": "Quintanilla", "relationship": "half-brother",
         "date_of_birth": "2016-09-22",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Lucia", "family_name": "Caicedo", "relationship": "maternal aunt",
         "phone": "07487 552031",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P06", "given_name": "Florencia", "family_name": "Fairhurst", "relationship": "cousin (aunt's daughter)",
         "date_of_birth": "2018-06-05",
         "given_origin": "latin_american", "family_origin": "british"},
        {"person_id": "P07", "given_name": "Mostyn", "family_name": "Fairhurst", "relationship": "aunt's partner (cousin's father)",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P08", "given_name": "Renato", "family_name": "Ospina", "relationship": "father (lives in Luton)",
         "phone": "07725 390186",
         "given_origin": "latin_american", "family_origin": "latin_american"},
    ],
}

ALIASES = {
    "Nahuel": "P01", "QUINTANILLA": "P01",
    "Valeria": "P02",
    "Milagros": "P03",
    "Bastian": "P04", "Basti": "P04/latin_american",
    "Lucia": "P05", "Caicedo": "P05", "CAICEDO": "P05",
    "Florencia": "P06", "Flor": "P06/latin_american",
    "Mostyn": "P07",
    "Renato": "P08", "Ospina": "P08",
    "Hollingsworth": "~british", "Ntim": "~african", "Kettlewell": "~british", "Ekanem": "~african",
    "Tremlett": "~british", "Eustace": "~british", "Evadne": "~british", "Pennefather": "~british",
}

NOTES = [
    ("contact", "2024-11-18", "Contact", "etremlett", "Contact from maternal aunt", "standard", """
Contact received {{09:12|time}} from [[Lucia CAICEDO|P05]], maternal aunt, on [[07487 552031|PHONE:P05]].

Lucia's sister Valeria's son Nahuel (12) stayed over at Lucia's on Saturday night ({{16.11.24|event_date}}) for her partner Mostyn's birthday. At about 23:30 Lucia went up to check on the children and found Nahuel in her daughter Florencia's bed (Flor is 6), under the duvet, with his pyjama bottoms pulled down and Flor's nightie pulled up. Lucia shouted, Nahuel ran to the bathroom and locked himself in. Florencia told her mum Nahuel said "it was a secret game and you're not allowed to tell". Florencia said it was "the first time".

Lucia rang 999 at 23:50. Police attended. Mostyn drove Nahuel home to his mum's at around 1am.

Lucia is very distressed and angry. She wants to know "what is going to happen to him" and whether Flor needs to see a doctor. Lucia says she has told Valeria she does not want Nahuel near her house again.

NB Valeria (mother) is employed by the council in Children's Services. TM informed - see management decision re restricting the record.
"""),
    ("pvp", "2024-11-18", "PVP", "etremlett", "Police notification", "standard", """
Police PVP received 18/11/24. Summary:

Attended informant's address (aunt) at {{00:10|time}} Sunday 17/11 following 999 call. Officer PC Ntim. Report of sexual touching of a 6 year old female by her 12 year old male cousin. Female spoke to officers with mother present, said cousin touched her "private" and asked her to touch him. Male suspect had been taken home by a family member before officers arrived. Officers attended male's home address at 01:30 with mother present; he was not arrested, spoke briefly, very upset, crying, said "I'm sorry" repeatedly.

Crime recorded (sexual assault of a child under 13). Suspect aged 12 so above the age of criminal responsibility, but the investigating officer's initial view is that this is likely to be resolved without charge. Referral to CSC for both children. Victim: no medical required per paediatric advice by phone.
"""),
    ("strat1", "2024-11-19", "Strategy Discussion", "etremlett", "Strategy discussion - both children", "standard", """
STRATEGY DISCUSSION 19/11/2024 14:00
Re: [[Nahuel QUINTANILLA|P01]] (12) and [[Florencia FAIRHURST|P06]] (6). Separate records; this note covers Nahuel's part. Chaired by M. Pennefather (TM).
Attendees: E. Tremlett (SW, Nahuel), duty SW for Florencia, PC Ntim, DSL Wychbury High (Mrs Ekanem), Florencia's school (by email), school nurse.

1. Information
- Police as per PVP. No previous police intelligence on Nahuel or either household.
- Wychbury High: Year 8, attendance 94%, "immature" but no sexualised behaviour noted. A couple of low-level behaviour points.
- Health: nothing of note. No previous CSC involvement for Nahuel. Half-brother Bastian (8) lives with him and shares his bedroom.
- Nahuel's father [[Renato OSPINA|P08]] lives in Luton; Nahuel stays with him in the summer holidays.

2. Considerations
Nahuel is a child. His behaviour has harmed his cousin, and we need to understand where a 12-year-old has learned this, whether he is being harmed himself, and whether Bastian is at risk.

3. Decisions
- Florencia: no s47 - her parents acted protectively; offer of support via duty; Lucia to be given info on talking to children after sexual abuse.
- Nahuel: s47 enquiry agreed (child who may be suffering significant harm; and risk to Bastian). Safety plan at home and at school to be in place this week.
- Refer Nahuel for an AIM3 assessment with the specialist HSB service.
- Police to consider out-of-court outcome; to update by 29/11.
"""),
    ("hv1", "2024-11-20", "Home Visit", "etremlett", "s47 home visit - safety plan", "standard", """
Visit to mum's, 4.30pm. Present: mum (Valeria), MGM (Milagros, speaks some English, mum interpreted for part), Nahuel, Bastian (briefly).

Nahuel seen alone in the kitchen (mum upstairs): very quiet, looked at the floor. Said it was "just a game like they do on videos". Asked what videos - "stuff on my phone, my mate sent". Would not say more. Said he "would never do it to Bastian, never". Asked if anyone has ever done anything like that to him - he shook his head and then said "I don't know".

Mum: shocked, crying, angry with herself. Worried about her job "because everyone at work will know". Explained the record will be restricted.

SAFETY PLAN (home), agreed and signed by mum and Milagros:
- Nahuel moves into the box room from tonight. Bastian keeps the bunk room. Nahuel does not go into Bastian's room.
- Nahuel not to be left alone in charge of Bastian or any younger children, at home or anywhere.
- Bedroom doors open when the boys are upstairs; bathroom one at a time.
- No sleepovers, either way, until the assessment is done.
- Nahuel's phone: mum has taken it; new basic phone with no internet until the assessment.
- Mum to tell SW of any worrying behaviour the same day.

Bastian: seen briefly with mum present, chatty about Pokemon. No worries raised.
"""),
    ("restrict", "2024-11-20", "Management Oversight", "mpennefather", "Restricted record - management decision", "restricted", """
RESTRICTED - management decision (M. Pennefather)

Mother is employed by Pyecroft Council as a business support officer in the Children's Services admin team at the Civic Centre (work email [[v.quintanilla@pyecroft.gov.uk|EMAIL:P02]], ext. [[0116 496 0831|PHONE:P02]]). She has had no role in this case and will not have any.

Decision: the record is restricted. Access only E. Tremlett (allocated SW) and myself. Strategy minutes for Florencia are on her own record. Business support not to be used to type minutes; SW to type her own. If mother contacts the front door or other colleagues about the case, they are to redirect her to me. HR informed in general terms only (staff member's child subject of s47) with mother's consent.
"""),
    ("school1", "2024-11-26", "Education Liaison", "etremlett", "School safety plan meeting", "standard", """
Meeting at Wychbury High 26/11: Mrs Ekanem (DSL), Mr Kettlewell (Head of Year 8), mum, Nahuel (end only), ET.

Police update first: PC Ntim rang me yesterday (25th) - police have decided on NFA for Nahuel, recorded as "not in the public interest" because of his age and that he is engaging with children's services. The crime stays on record. Told mum; she cried with relief.

School safety plan:
- Break and lunch: Nahuel in the library / supervised club, not on the yard unsupervised, until after Christmas.
- Toilets: uses the ones by the pastoral office.
- PE changing: changes in a separate area.
- Mr Kettlewell is his trusted adult; check-in every morning.
- Walk to school: he used to walk Bastian to the primary and then go on. From now his abuela, Milagros, walks Bastian and Nahuel goes straight to Wychbury on his own.
- No other pupils have been told. Staff on a need-to-know basis.
"""),
    ("lucia", "2024-12-09", "Telephone", "etremlett", "Call with aunt re contact", "standard", """
Rang Lucia as agreed. She and Mostyn have decided that there will be no contact between Florencia and Nahuel "for the foreseeable". They will not be at Christmas at Valeria's; Milagros will see Flor at Lucia's. Lucia says she is "not angry with him any more, I'm angry with what's happened to him" but needs to put Flor first. Flor is seeing the school's play therapist.

Lucia asked if Nahuel is "getting help". Explained the AIM3. She asked to be told if the family work could, in time, include a meeting where Nahuel can say sorry. Said I would pass it on to the HSB service.
"""),
    ("s47out", "2024-12-13", "S47 Enquiry", "etremlett", "Outcome of s47 enquiry", "standard", """
s47 outcome - [[Nahuel Quintanilla|P01]]

Started 19/11/2024, concluded 12/12/2024.
Findings: no evidence that Nahuel is being harmed by his carers. Home safety plan kept (checked on unannounced visit 5/12). Bastian seen alone 5/12 - no concerns, says Nahuel is "nice to me". The source of Nahuel's sexual knowledge is not yet understood; he has seen pornography on his phone via a group chat. Pathway for further disclosures: AIM3.
The specialist HSB service accepted the AIM3 referral on 12/12/2024; worker Ms Hollingsworth.

Decision (TM agreed): no ICPC; CIN plan. CIN meeting early January.
"""),
    ("cin1", "2025-01-09", "CIN Meeting", "etremlett", "CIN meeting 1", "standard", """
CIN meeting 09.01.25 - mum, MGM, ET, Mr Kettlewell, Ms Hollingsworth (HSB).
- Safety plan working at home. Christmas "quiet but OK".
- AIM3 underway, 2 sessions done, Nahuel "polite, hard to reach".
- School: doing fine in lessons, a bit isolated at lunchtime.
- Dad (Renato) told by mum over the phone; dad "didn't want to talk about it". No plan for Nahuel to go to Luton at half term.
Plan: continue. Review April.
"""),
    ("school2", "2025-01-21", "School", "etremlett", "School incident and suspension", "standard", """
Call from Mrs Ekanem (DSL) yesterday, letter from head received today.

On Thurs 16th Nahuel made sexual comments to a Year 7 girl in the lunch queue and tried to show her something on another boy's phone. She told her form tutor. Nahuel was suspended for 1 day (Fri 17th Jan). Reintegration meeting Monday with mum.

The headteacher's letter says that "any further incident of this nature is likely to result in permanent exclusion". DSL said privately that the school does not want it to come to that. Lunchtime supervision has been tightened again and he's back in the library at lunch.

Discussed with Ms Hollingsworth - she will address it in the next AIM3 session. Mum upset; says he's "showing off to the older boys".
"""),
    ("disclosure", "2025-02-05", "Email", "etremlett", "Email from HSB service - disclosure", "standard", """
Email from Ms Hollingsworth (HSB service), 04/02/2025 16:40:

"Eustace - sorry, Evadne! - writing this up straight away. In today's AIM3 session, no, yesterday's (Mon 3rd), Nahuel told me that when he stayed at his dad's in Luton in the summer when he was 10, his dad's partner's son, who he thinks was 15, showed him 'sex videos' on his phone and then 'made me do stuff to him' in the bedroom they shared. He said it happened 'a few times'. He has never told anyone. I did not ask leading questions and have written down what he said word for word, attached. He was tearful but said he felt 'lighter'. I told him I have to pass it on. Please let me know what you need."
"""),
    ("strat2", "2025-02-06", "Strat Meeting", "etremlett", "Strategy discussion 2", "standard", """
Strategy discussion 06/02/2025 - M. Pennefather chair, ET, PC Ntim, Bedfordshire Police (by phone), Ms Hollingsworth, DSL.

Following Nahuel's disclosure to the HSB worker on 3 Feb of sexual abuse by an older step-sibling at his father's home in Luton in summer 2022.

Decisions:
- New s47 enquiry for Nahuel as a child who has suffered significant harm.
- Bedfordshire Police to lead the investigation (crime in their area); ABE interview of Nahuel to be arranged with PC Ntim as the local contact.
- Luton children's services to be informed today re the step-sibling (now 17) and any other children in dad's household.
- No contact with dad at dad's home until the investigation is concluded; phone contact OK if Nahuel wants it.
- Mum to be told today by ET and the HSB worker together.
"""),
    ("abe", "2025-02-14", "Police", "etremlett", "ABE interview", "standard", """
ABE interview took place Wed 12.2 at the Pyecroft suite; Bedfordshire officer with PC Ntim. Mum waited outside. Nahuel gave a full account, which police say matches what he told Ms Hollingsworth. He was exhausted afterwards and went home to sleep.

Mum told me that Renato rang her in a rage after Luton CSC visited, saying Nahuel is "a liar". Dad has not rung Nahuel since. Nahuel says he "doesn't care", but he asked mum at bedtime if his dad hates him.
"""),
    ("aim3", "2025-03-07", "Assessment", "etremlett", "AIM3 assessment summary", "standard", """
AIM3 assessment completed 28/02/2025 by Ms Hollingsworth, specialist HSB service. Summary as provided:

Concerns: the behaviour towards his cousin was abusive (secrecy, the age gap, coercion - "you're not allowed to tell"). It appears linked to his own experience of sexual abuse aged 10 and to repeated exposure to pornography from around the same time. The January incident in school fits the same pattern of sexualised talk to impress peers.
Strengths: he accepts responsibility and has said sorry unprompted; a warm, protective mother and grandmother; he engaged in all 6 sessions; no evidence of a wider pattern.
Level: medium concern. Recommended: 16-session HSB intervention, including his own victim work; family work with mum and MGM; safety plan continues with review at 3 months; no unsupervised contact with children under 10 for now.
"""),
    ("family", "2025-03-20", "Family Work", "etremlett", "Joint family work session", "standard", """
Joint session with Ms Hollingsworth at home, mum, abuela, Nahuel. (Bastian at football.)

We did the family's "house rules" sheet together: knock before going in, bathroom one at a time, phones downstairs at 9, no secrets - "surprises are OK, secrets are not". Nahuel wrote the last one himself.

Milagros said through mum that in her family "you don't speak of these things" and she was ashamed at first, but she is proud of him for telling. Nahuel cried. Mum said she has stopped blaming herself "every minute, now it's only some of the time".

Nahuel said he would like to write a letter to Flor and Aunt Lucia. HSB worker will help him draft it; it will only be sent if Lucia agrees.
"""),
    ("cinrev", "2025-04-10", "CIN Review", "etremlett", "CIN review", "standard", """
CIN REVIEW 10th April 2025 (booked for the 3rd, moved as mum was unwell)
Present: mum, MGM, ET, Ms Hollingsworth, Mr Kettlewell.

- HSB intervention: 5 of 16 sessions. Attending every week.
- School: no further incidents since January. Allowed back on the yard at lunch from after Easter with a named member of staff around. No permanent exclusion and head "very pleased".
- Bedfordshire Police: investigation ongoing; ABE done.
- Lucia has read Nahuel's letter. She has agreed Nahuel can come to abuela's 70th birthday party in May, supervised by adults all the time, Florencia to stay with her parents. No other contact yet.
- Dad: no contact since February.

Plan: continue CIN until after the party and the police decision, then consider closure with the HSB service continuing.
"""),
    ("closure", "2025-05-15", "Case Closure", "etremlett", "Closure summary", "standard", """
Closure summary - Nahuel, 12

Why we were involved: harmful sexual behaviour towards his 6-year-old cousin at a sleepover on 16/11/2024; police NFA (not in the public interest). s47 enquiry; AIM3 assessment; disclosure in Feb 2025 of his own sexual abuse in Luton in 2022.

What changed: safety plans at home and school kept throughout; no further incidents since January. He is 10 sessions into a 16-session HSB programme which will continue after closure. Mum and MGM have done family work and understand the plan. Abuela's 70th on 3rd May went well - Nahuel sat with his grandmother, adults kept to the plan, Lucia spoke to him briefly.

Police: Bedfordshire Police told mum on 29 April that the investigation into the step-sibling has been NFA'd (insufficient evidence). Mum has been given the Victim Support details. Luton CSC has completed its own enquiry.

Closed 14/05/2025 (TM authorised). HSB service and school to re-refer if concerns.
"""),
]

QUESTIONS = [
    {"q": "when did the aunt find him in flor's bed", "qtype": "when", "facts": ["2024-11-16"], "notes": ["contact"], "as": "etremlett"},
    {"q": "what did florencia say he told her", "qtype": "quote", "facts": ["it was a secret game"], "notes": ["contact"], "as": "etremlett"},
    {"q": "whos doing the AIM3", "qtype": "who", "facts": ["Hollingsworth"], "notes": ["s47out", "aim3"], "as": "mpennefather"},
    {"q": "was nahuel arrested", "qtype": "yes_no", "facts": ["no"], "notes": ["pvp"], "as": "mpennefather"},
    {"q": "how many days was he suspended for in jan", "qtype": "how_many", "facts": ["1"], "notes": ["school2"], "as": "etremlett"},
    {"q": "when did he tell the HSB worker about what happened at his dads", "qtype": "when", "facts": ["2025-02-03"], "notes": ["disclosure", "strat2"], "as": "etremlett"},
    {"q": "which room is he sleeping in now", "qtype": "what", "facts": ["box room"], "notes": ["hv1"], "as": "etremlett"},
    {"q": "who walks bastian to school now", "qtype": "who", "facts": ["Milagros"], "notes": ["school1"], "as": "etremlett"},
    {"q": "what level of concern did the AIM3 come out at", "qtype": "what", "facts": ["medium"], "notes": ["aim3"], "as": "mpennefather"},
    {"q": "whats the step-brother's name", "qtype": "who", "facts": [], "notes": [], "as": "etremlett"},
    {"q": "has he been referred to CAMHS", "qtype": "yes_no", "facts": [], "notes": [], "as": "mpennefather"},
]

EVENTS = [
    ("2024-11-16", "police_incident", ["contact", "pvp"], "Found behaving sexually towards his 6-year-old cousin at a sleepover; aunt called 999"),
    ("2024-11-18", "contact", ["contact"], "Contact from maternal aunt to the front door"),
    ("2024-11-19", "strategy_discussion", ["strat1"], "Strategy discussion for both children; s47 for Nahuel, AIM3 referral"),
    ("2024-11-25", "police_incident", ["school1"], "Police NFA (not in the public interest given his age); crime stays on record"),
    ("2024-12-12", "section_47", ["s47out"], "S47 concluded: no harm from carers found; CIN plan; AIM3 referral accepted"),
    ("2025-01-09", "cin_review", ["cin1"], "First CIN meeting; safety plan working"),
    ("2025-01-17", "school_exclusion", ["school2"], "One-day suspension after sexual comments to a Year 7 pupil; permanent exclusion threatened"),
    ("2025-02-06", "strategy_discussion", ["strat2"], "Strategy discussion after his disclosure of sexual abuse at father's home; new s47; Bedfordshire Police to investigate"),
    ("2025-02-12", "police_incident", ["abe"], "ABE interview about the abuse he disclosed"),
    ("2025-02-28", "assessment", ["aim3"], "AIM3 assessment completed: medium concern; 16-session HSB intervention recommended"),
    ("2025-04-10", "cin_review", ["cinrev"], "CIN review: no further incidents; aunt agreed supervised contact at family party"),
    ("2025-04-29", "police_incident", ["closure"], "Bedfordshire Police NFA on the step-sibling investigation (insufficient evidence)"),
    ("2025-05-03", "positive_change", ["closure"], "Family party with the cousin's family went to plan under supervision"),
    ("2025-05-14", "closure", ["closure"], "CIN closed; HSB intervention continues"),
]
