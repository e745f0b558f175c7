"""IN2-0005: a restricted kinship case (mother works for the council): care proceedings to an SGO."""

CASE = {
    "case_id": "IN2-0005",
    "team": "Children in Care North",
    "status": "closed",
    "restricted": True,
    "access_list": ["lpetrescu", "osherwin"],
    "allocated_worker": "lpetrescu",
    "child": {
        "person_id": "P01", "given_name": "Jahmari", "family_name": "Pennycooke",
        "date_of_birth": "2020-01-27", "gender": "male",
        "ethnicity": "Mixed - White and Black Caribbean", "religion": "No religion",
        "nhs_number": "609 139 0996", "address": "11 Ravelston Crescent, Howdenby",
        "school": "Little Acorns Day Nursery",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Kerensa", "family_name": "Holdsworth", "relationship": "Mother",
         "date_of_birth": "1997-09-12", "phone": "07312 640958",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Delano", "family_name": "Pennycooke", "relationship": "Father",
         "date_of_birth": "1994-04-21",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Merryn", "family_name": "Holdsworth",
         "relationship": "Maternal grandmother (kinship carer, special guardian)", "date_of_birth": "1965-01-08",
         "phone": "0113 496 0514", "address": "11 Ravelston Crescent, Howdenby",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Alwyn", "family_name": "Holdsworth",
         "relationship": "Maternal grandfather (kinship carer, special guardian)", "date_of_birth": "1961-07-19",
         "phone": "07415 779031", "address": "11 Ravelston Crescent, Howdenby",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Jahmari PENNYCOOKE": "P01", "Jahmari": "P01", "J": "P01",
    "Kerensa HOLDSWORTH": "P02", "Kerensa": "P02",
    "Delano PENNYCOOKE": "P03", "Delano": "P03",
    "Merryn HOLDSWORTH": "P04", "Merryn": "P04", "Merry": "P04",
    "Alwyn HOLDSWORTH": "P05", "Alwyn": "P05",
    "Radka Horáková": "~eastern_european", "Horáková": "~eastern_european",
    "Úna Breathnach": "~irish", "Breathnach": "~irish",
    "Nasrin Talukdar": "~south_asian", "Talukdar": "~south_asian",
    "Gilderoy Rossiter": "~grt", "Gilderoy": "~grt",
    "Lubna Al-Khatib": "~arabic", "Al-Khatib": "~arabic",
    "Lavinia Petrescu": "~eastern_european", "L Petrescu": "~eastern_european", "Petrescu": "~eastern_european",
    "Lavinia": "~eastern_european",
    "Ottilie Sherwin": "~british", "O Sherwin": "~british", "O. Sherwin": "~british", "Sherwin": "~british",
}

NOTES = [
    ("ppo", "2023-03-13", "Placement Start", "lpetrescu", "Police protection and placement with maternal grandparents", "standard", """
RESTRICTED CASE - mother is employed by the council (Early Help, family support worker). Access limited to SW and TM by order of the Head of Service. Do not discuss in open team areas.

Summary of events Fri 10th - Sat 11th March 2023 (written Mon 13th, I was EDT-linked worker on the night):

Fri 10/3 approx {{21:00|time}} police attended mum's flat in {{Howdenby|place}} following a 999 call from a neighbour reporting a man shouting and a woman screaming. Officers found Kerensa HOLDSWORTH with a cut lip and swelling to her eye; Delano PENNYCOOKE (father) was still in the flat and was arrested for ABH and, after a search, possession of cocaine with intent to supply (wraps and scales found in the kitchen drawer). Jahmari (3) was found asleep in his cot-bed in the bedroom next to where the scales were. Mum appeared under the influence. Police used police protection powers for J at {{22:40|time}}.

EDT placed J the same night with his maternal grandparents, Merryn and Alwyn HOLDSWORTH, at their home in {{Howdenby|place}} - connected persons, temporarily approved under Reg 24 following checks by EDT (DBS and police checks clear, home seen).

Sat 11/3: police protection ended when mum signed s20 consent at the grandparents' house (witnessed by me). Mum was tearful and said "I know he's better off with my mam for now". Dad remains in custody, remanded by magistrates Monday (today).

J is now looked after, placed with MGM and MGF.
"""),
    ("lpm", "2023-03-16", "Legal Planning Meeting", "osherwin", "Legal gateway / LPM", "standard", """
Legal planning meeting 15/03/23. Present: O Sherwin (TM, chair), L Petrescu SW, Nasrin Talukdar (LA solicitor).

Background: J previously subject to a CP plan (neglect, DV) Jun 2021 - Feb 2022, stepped down to CIN then closed Aug 2022. Re-referred 10/3/23 as above.

Legal advice: threshold is crossed (physical harm risk from DV, exposure to class A drugs, mum's drug use). s20 is not appropriate for long - mum's consent is fragile and dad, who has PR, objects from custody via his solicitor. Recommend issuing care proceedings and seeking an interim care order with J remaining with grandparents.

Decision: issue. Application to be filed by Monday 20th. Grandparents to be told they can seek legal advice and will be assessed for SGO. PLO pre-proceedings not appropriate given urgency.
"""),
    ("ico", "2023-03-22", "Court Hearing", "lpetrescu", "First hearing - ICO", "standard", """
Family Court, {{Howdenby Combined Court|place}} - first hearing yesterday Tues 21st March 2023.

Outcome: interim care order granted to the LA. J to remain placed with MGM/MGF.

Parties: mum attended with her solicitor, did not oppose the ICO. Dad appeared by video link from HMP Ravensfield, opposed, wants J placed with his sister in Birmingham (sister has not come forward to us). Children's Guardian appointed: Úna Breathnach (Cafcass).

Directions: SGO assessment of grandparents to be filed by 30 June; viability of paternal aunt if she contacts LA within 14 days; hair strand testing for mum; parenting assessment of mum. IRH 13 July, final hearing to be listed.

Family time: mum 3 x week supervised at the family centre; dad - video contact from prison once the prison agrees, no more than fortnightly.
"""),
    ("legal_email", "2023-03-24", "Legal", "lpetrescu", "Email from LA legal re directions - pasted", "standard", """
From: Nasrin Talukdar (Legal Services)
Sent: 23 March 2023 16:12
To: L Petrescu; O Sherwin
Subject: RE: [[PENNYCOOKE|P01]] (DOB [[27.01.2020|DOB:P01]]) - sealed order and directions - RESTRICTED

Lavinia,

Further to the hearing on the 21st inst, sealed order attached. Key dates for your diary:
- Paternal aunt viability: only if she makes contact by 4 April.
- Hair strand test (mum): instructed, sample by 31 March.
- SGO assessment (grandparents): file and serve by 4pm 30 June.
- LA final evidence + care plan: 7 July.
- IRH: 13 July, 10.30, {{Howdenby|place}}.

Please make sure anything you send me about the family comes through the restricted folder only - mum's manager has access to the general legal inbox.

Nasrin
"""),
    ("cla1", "2023-04-04", "CLA Review", "lpetrescu", "Initial CLA review", "standard", """
Initial looked after review, held Mon 3rd April at grandparents' home. IRO: Radka Horáková.

Present: MGM, MGF, mum (first half), L Petrescu SW, IRO. Dad's views via his solicitor's letter. J present for the start, then played in the garden with MGF.

Care plan: interim - remain with MGM/MGF; permanence plan twin-track, SGO to grandparents preferred if mum's assessment is negative.

Health: IHA requested, not yet done. Nursery - J attends {{Little Acorns|place}} 3 mornings.

Family time: mum's 3 sessions a week going well, she has attended 6 out of 7. No contact with dad yet; prison paperwork pending.

IRO decisions: SW to chase IHA; grandparents to have a supervising social worker from fostering; a respite plan to be agreed. IRO is satisfied the placement is meeting J's needs. Next review 17 Aug 2023.
"""),
    ("dad_sentence", "2023-04-20", "Case Note", "lpetrescu", "Father sentenced - update from prison", "standard", """
Call from [[Chidubem Anyanwu|~african]], prison offender manager at HMP Ravensfield (Wed 19/4). Delano PENNYCOOKE pleaded guilty at Crown Court on Tues 18th and was sentenced to 2 years 8 months (ABH on mum and PWITS cocaine). Likely to serve half. He has been told there is a restraining order protecting Kerensa for 5 years.

The POM said he is "angry about the kids' social", but is attending the Thinking Skills course. Video call (Purple Visits) can now be set up - first one booked for the 2nd of next month.

Informed mum by phone - she said she was "relieved, to be honest". Informed grandparents.
"""),
    ("statvisit1", "2023-05-09", "CLA Visit", "lpetrescu", "Statutory visit", "standard", """
Purpose of visit: statutory CLA visit (6 weekly), also to see first video call arrangements.

Child seen: Yes. Seen with MGF in the garden, then on his own in the lounge with his cars.

J's presentation: chatty, clean, dressed appropriately. Told me his "doggy is called {{Crumpet|pet_name}}" (grandparents' terrier) and showed me the sunflower he'd planted with "Gramps". Lots of words but hard to understand at times.

Carers: MGM says J sleeps better than when he came; occasional nightmares, shouting "stop it". MGM has booked her back operation for the autumn and is worried about managing. I said we would think about this at the SGO support plan stage.

Family time: mum attended all sessions this month. The first video call with dad on 2/5 lasted 10 minutes, J got bored, dad was "OK with him".

Analysis: J is settled and well cared for. Speech to be raised with HV. No concerns.

Next steps: HV liaison, chase IHA again.
"""),
    ("hv", "2023-05-30", "Health Visitor", "lpetrescu", "HV review - speech", "standard", """
Entry from HV [[Haruka Tanabe|~east_asian]] (Health Visiting Team, Howdenby North), pasted from the shared record:

"NHS No. [[609 139 0996|NHS_NUMBER:P01]]. 3.5 yr review completed at grandparents' home 25/5/23. J is a happy, engaged boy. Gross and fine motor skills age appropriate. Speech: uses 2-3 word phrases, many not intelligible to an unfamiliar listener. Understanding good. Hearing screen requested. Referral made today to Speech and Language Therapy. Growth on 50th centile. Carers receptive to advice."

SW note: shared with IRO and Guardian. MGM pleased to have the referral.
"""),
    ("wobble", "2023-06-19", "Telephone Call", "lpetrescu", "Phone log - placement under strain", "standard", """
Fri 16 June
{{09:10|time}} MGM (Merry) rang sobbing from the landline ([[0113 496 0514|PHONE:P04]]). Alwyn was taken into {{Howdenby General|place}} on Weds (14th) with chest pains, kept in overnight, home now, "a warning" from his heart. Then last night (Thurs) Kerensa turned up at their door at 11pm drunk, shouting that they had "stolen her son". J woke up and saw it. MGF rang the police; she'd gone when they arrived.
{{09:25|time}} MGM said "we can't do this any more, you'll have to find him somewhere else". Talked it through. She doesn't want J to go, she wants help.
{{10:00|time}} Discussed with TM. Agreed: no move today. If the grandparents still feel unable to care by Monday, short break foster carers will be identified for a weekend of respite.
{{14:30|time}} Rang MGM back. Calmer. Alwyn said "we're not giving up on him, we just need some back-up".
{{15:00|time}} Police (call ref 0734 15/06) confirmed attendance, mum not arrested, advised. Mum's family time suspended pending a meeting.

Mon 19 June
Rang MGM: they want J to stay. No respite needed. Placement stability meeting booked for Weds 21st.
"""),
    ("refuge", "2023-06-23", "Case Note", "lpetrescu", "CONFIDENTIAL - mother's address", "restricted", """
Mum rang me Thurs 22nd. She has left her flat and moved into a women's refuge on Tues 20/6 because associates of Delano have been coming to the flat since the sentencing. Her address is [[Flat 3, 26 Quarrydene Road|ADDRESS:P02]], [[LS27 9RW|POSTCODE:P02]]. This must NOT be shared with dad, the paternal family, or put in any court document. Mum's refuge key worker is aware we are involved.

Mum said the incident at her parents' house last week happened because "I'd been told I'd lost him, and I wasn't in my right mind". Mum agreed to a referral to the drug and alcohol service and said she has not used since the night she went to her parents.
"""),
    ("stability", "2023-06-23", "Management Oversight", "osherwin", "Placement stability meeting + TM oversight", "standard", """
Placement stability meeting held Weds 21st June. Chair O Sherwin. Present: MGM, MGF, L Petrescu, supervising SW (fostering), IRO by phone.

What happened: MGF's hospital admission 14/6 and mum's drunken visit 15/6 - the grandparents asked for J to be moved (16/6) but withdrew this on 19/6.

What helps: (1) nursery increased from 3 to 5 mornings; (2) family time with mum moves to the family centre only, and reduces to twice a week, supervised, with a written agreement; (3) fostering SSW to visit fortnightly; (4) one respite weekend a month to be offered - grandparents declined for now.

Grandparents are clear they want to go on to SGO. MGF's cardiologist appointment is 3 July.

TM oversight: the grandparents' commitment is genuine and this was a crisis of support, not of care. I am satisfied the placement remains the plan. SGO assessor to be told about the wobble and to address it in the assessment. - O. Sherwin
"""),
    ("texts", "2023-07-05", "Case Note", "lpetrescu", "Texts with mum - copied from work phone", "standard", """
Text messages between me and mum (Kerensa, [[07312 640958|PHONE:P02]]), copied from my work mobile as requested by Guardian:

[28/06 19:42] Kerensa: hiya lavinia sorry to text late. can i still see j on fri? i been to my first group at the drug service x
[28/06 19:55] Me: Hi Kerensa, yes Friday 10-11 at the family centre is still on. Well done for going to the group.
[30/06 09:03] Kerensa: on bus running 10 mins late sorry
[30/06 11:20] Kerensa: he called me mummy twice!! 😭 thank u
[03/07 08:47] Kerensa: dad's appt went ok they said his heart is fine just needs tablets
[03/07 08:50] Me: That's good news, thanks for letting me know.

SW note: mum has attended both family time sessions since the new agreement (30/6, 3/7). Hair strand result received 29/6 - positive for cocaine for the period up to March, low level, negative for the most recent month.
"""),
    ("irh", "2023-07-14", "Court", "lpetrescu", "IRH", "standard", """
IRH - 13/07/2023, {{Howdenby Combined Court|place}}.

SGO assessment of Merryn and Alwyn HOLDSWORTH (by Lubna Al-Khatib, fostering team, filed 30 June) - POSITIVE, recommends SGO with a support plan (financial allowance, contact support, priority for respite, life story work).

Mum's parenting assessment: negative for J's return at this time, though mum's progress acknowledged. Mum's position: she will not oppose an SGO to her parents "as long as I can still see him".

Dad (by video from prison): opposes SGO, wants J with his sister. The paternal aunt never contacted the LA, so there is no assessment of her. Judge not willing to adjourn for one.

Guardian supports SGO.

Final hearing listed: 15 September 2023, half day.
"""),
    ("prison_visit", "2023-08-02", "Family Time", "lpetrescu", "Family time - visit to father in prison", "standard", """
Sat 29th July - J's first face-to-face visit to dad at HMP Ravensfield, escorted by contact worker Gilderoy Rossiter and me. MGF drove; he waited in the car park, by choice.

Visit lasted 1 hr in the family visits hall. Dad brought a colouring book from the prison shop. He was warm with J and appropriate throughout, talked about football, asked about nursery. He did not speak about the proceedings in front of J. J sat on his knee for most of it.

On the drive home J said "daddy's house has got a big gate". Gilderoy explained in simple words that daddy has to stay there for a while.

Plan: visits every 2 months, video call monthly. Dad asked for photos of J - SW to arrange through the prison.
"""),
    ("cla2", "2023-08-21", "LAC Review", "lpetrescu", "CLA review (2nd)", "standard", """
Second looked after review, Thurs 17th August, at the grandparents'. IRO Radka Horáková.

Views: J - seen by IRO playing trains, said "I live with Nanny and Gramps". Grandparents - want SGO, feel supported since June. Mum - wants monthly contact after SGO, "and birthdays". Dad - via letter, wants visits to continue.

Progress since last review: SGO assessment positive; IRH done; mum attending drug service and twice weekly family time; SALT has seen J (1st session w/c 7/8); IHA done in April (finally). Nursery 5 mornings, J doing well.

Post-SGO contact plan (to go to court): mum monthly, supervised by grandparents; dad video monthly and a prison visit every 2 months, escorted for the first 6 months; letterbox with paternal family.

IRO endorses the care plan for SGO.
"""),
    ("final", "2023-09-18", "Final Hearing", "lpetrescu", "Final hearing - SGO made", "standard", """
Final hearing Fri 15th September 2023 - SPECIAL GUARDIANSHIP ORDER made to Merryn and Alwyn HOLDSWORTH. Care proceedings concluded; the ICO ends, J is no longer looked after.

No supervision order. Child arrangements for contact as per the SGO support plan (mum monthly, dad video monthly + prison visits). Judge commended the grandparents and said mum's progress "has been real".

Dad was not produced from prison (prison van issue); his barrister attended and the court went ahead.

After court MGM said "We've got him for good now."
"""),
    ("closure", "2023-10-02", "Case Transfer", "lpetrescu", "Closure / transfer summary", "standard", """
Closure summary - Children in Care North.

Jahmari PENNYCOOKE (3). Became looked after 10/3/23 under police protection, s20 from 11/3, ICO 21/3/23. Placed throughout with maternal grandparents. Two CLA reviews (3/4, 17/8). SGO made 15/9/23.

Notable: the placement came under strain in June 2023 (MGF in hospital, mum's visit to the house) but held. Mum has engaged with the drug service since June and lives at a confidential address. Dad serving sentence at HMP Ravensfield, earliest release mid 2024.

Case closed to Children in Care North on 29/09/23 and transferred to the SGO Support Team, who will pay the allowance and support contact. SALT continues via health. Restriction on the record to remain.
"""),
]

QUESTIONS = [
    {"q": "when did the ICO get granted", "qtype": "when", "facts": ["2023-03-21"], "notes": ["ico"], "as": "lpetrescu"},
    {"q": "who is the guardian in the proceedings", "qtype": "who", "facts": ["Breathnach"], "notes": ["ico"],
     "as": "osherwin"},
    {"q": "which prison is dad in?", "qtype": "what", "facts": ["HMP Ravensfield"], "notes": ["ico", "dad_sentence"],
     "as": "lpetrescu"},
    {"q": "how long was dad sentenced to", "qtype": "what", "facts": ["2 years 8 months"], "notes": ["dad_sentence"],
     "as": "lpetrescu"},
    {"q": "how often is mums family time after the june incident", "qtype": "what", "facts": ["twice a week"],
     "notes": ["stability"], "as": "osherwin"},
    {"q": "what did J say on the way back from seeing his dad in prison", "qtype": "quote",
     "facts": ["daddy's house has got a big gate"], "notes": ["prison_visit"], "as": "lpetrescu"},
    {"q": "when was the SGO made?", "qtype": "when", "facts": ["2023-09-15"], "notes": ["final", "closure"],
     "as": "osherwin"},
    {"q": "did the grandparents ask for him to be moved", "qtype": "yes_no", "facts": ["yes"], "notes": ["wobble"],
     "as": "osherwin"},
    {"q": "how many cla reviews did he have before the SGO", "qtype": "how_many", "facts": ["2"],
     "notes": ["closure"], "as": "lpetrescu"},
    {"q": "whats the name of J's key worker at nursery", "qtype": "who", "facts": [], "notes": [], "as": "lpetrescu"},
    {"q": "does mum have a new partner?", "qtype": "yes_no", "facts": [], "notes": [], "as": "osherwin"},
]

EVENTS = [
    ("2023-03-10", "police_incident", ["ppo"], "Domestic abuse incident at mother's flat; father arrested; drugs found"),
    ("2023-03-10", "placement_move", ["ppo"], "Police protection; placed with maternal grandparents (Reg 24)"),
    ("2023-03-11", "household_change", ["ppo"], "Police protection ends; mother signs s20 consent at the grandparents' home"),
    ("2023-03-13", "household_change", ["ppo"], "Father remanded in custody by magistrates"),
    ("2023-03-21", "court", ["ico"], "Interim care order granted; remains with grandparents"),
    ("2023-04-03", "cla_review", ["cla1"], "Initial CLA review"),
    ("2023-04-18", "court", ["dad_sentence"], "Father sentenced to 2 years 8 months; restraining order protecting mother"),
    ("2023-05-25", "health", ["hv"], "Health visitor review: speech delay, referred to Speech and Language Therapy"),
    ("2023-06-14", "hospital", ["wobble", "stability"], "Grandfather (carer) admitted to hospital with chest pains"),
    ("2023-06-15", "police_incident", ["wobble"], "Mother attends grandparents' home drunk at night; police called"),
    ("2023-06-20", "household_change", ["refuge"], "Mother moves to a refuge at a confidential address"),
    ("2023-07-13", "court", ["irh"], "Issues resolution hearing: SGO assessment positive, final hearing listed"),
    ("2023-07-29", "positive_change", ["prison_visit"], "First face-to-face visit to father in prison goes well"),
    ("2023-08-17", "cla_review", ["cla2"], "Second CLA review: care plan for SGO endorsed"),
    ("2023-09-15", "court", ["final", "closure"], "Special guardianship order to maternal grandparents; no longer looked after"),
    ("2023-09-29", "closure", ["closure"], "Closed to Children in Care North; transferred to SGO Support Team"),
]
