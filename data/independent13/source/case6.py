"""IN13-0006 (restricted): a 16-year-old's concealed pregnancy and unexpected birth at home (author B)."""

CASE = {
    "case_id": "IN13-0006",
    "team": "Wrotham Family Support",
    "status": "looked_after",
    "restricted": True,
    "access_list": ["lingoldby", "cwragge"],
    "allocated_worker": "lingoldby",
    "child": {
        "person_id": "P01", "given_name": "Tyesha", "family_name": "Fagon",
        "date_of_birth": "2009-04-23", "gender": "female", "ethnicity": "Black or Black British - Caribbean",
        "religion": "Christian (Pentecostal)", "nhs_number": "485 777 3341",
        "address": "22 Hollowshaw Rise, Kings Hill, ME19 4TW", "school": "Weald College (sixth form)",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Zephaniah", "family_name": "Fagon", "relationship": "son (baby)",
         "date_of_birth": "2025-10-18", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Sonia", "family_name": "Fagon", "relationship": "mother",
         "date_of_birth": "1985-07-09", "phone": "07361 902447", "address": "22 Hollowshaw Rise, Kings Hill, ME19 4TW",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Lurline", "family_name": "Fagon", "relationship": "MGM",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Kurtis", "family_name": "Olatunbosun", "relationship": "baby's father",
         "date_of_birth": "2003-03-02", "given_origin": "british", "family_origin": "african"},
        {"person_id": "P06", "given_name": "Roswitha", "family_name": "Kittermaster",
         "relationship": "mother and baby foster carer", "phone": "01474 960327",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Tyesha": "P01",
    "Zephaniah": "P02", "baby Zephaniah": "P02",
    "Sonia": "P03", "Ms Fagon": "P03",
    "Lurline": "P04", "Mrs Fagon": "P04",
    "Kurtis": "P05", "OLATUNBOSUN": "P05", "Olatunbosun": "P05",
    "Roswitha": "P06", "Ros": "P06", "Mrs Kittermaster": "P06", "Kittermaster": "P06",
}

NOTES = [
    ("edt", "2025-10-18", "Contact", "lingoldby", "EDT record - baby born at home", "standard", """
Emergency Duty Team record, copied to the case on Monday.

Sat 18/10/25, 09:15, call from the midwife in charge, {{Tunbridge Wells Hospital|place}} maternity.
[[Tyesha Fagon|P01]], 16, gave birth at home at about 05:40 this morning in the bathroom at [[22 Hollowshaw Rise|ADDRESS:P01]]. Her mother [[Sonia Fagon|P03]] heard her and rang 999 at 05:32 thinking she was having a seizure; ambulance crew arrived as the baby was being born. Baby boy, born at an estimated 35 weeks, birth weight 1.98kg. Baby admitted to SCBU for temperature and feeding support; Tyesha on the postnatal ward, physically well, blood loss within normal limits.
No antenatal care at all. Tyesha says she did not know she was pregnant. Mum says the family had "no idea". Father not named at this stage.
EDT advice: no immediate safeguarding action needed tonight, baby on SCBU, Tyesha safe on the ward. Refer to day team Monday for assessment of both children.
"""),
    ("ward_visit", "2025-10-20", "Hospital Visit", "lingoldby", "Visit to Tyesha and baby on the ward", "standard", """
Hospital visit, 11.00.
Seen Tyesha alone in the side room, then with her mum and nan. Baby seen on SCBU through the incubator, he is called [[Zephaniah|P02]].

What Tyesha said: she "sort of knew" from about the summer but "kept telling myself it wasn't real". She wore baggy hoodies and nobody asked. She cried when she talked about the bathroom. The baby's father is [[Kurtis|P05]]; she met him at a friend's birthday party last winter, he is 22, she says they have been "together" since about February and he knows about the baby now "because I texted him a picture". She was 15 at the time (her birthday is in April).

Mum Sonia was very angry in the corridor: "sixteen, and a man of twenty-two, and she never said one word to me". She said she will need time. Nan [[Lurline Fagon|P04]] was calm and practical, brought clothes for the baby.

Health: Zephaniah 1.98kg at birth, now 1.93kg, on tube feeds with some bottle. Tyesha is expressing.
Plan: strategy discussion tomorrow (Tyesha as a child at risk given the age of the father). Case to be discussed with TM today about access.
"""),
    ("restriction", "2025-10-20", "Management Oversight", "cwragge", "Decision to restrict the record", "restricted", """
RESTRICTED - management decision, CW.

Tyesha's maternal grandmother [[Lurline Fagon|P04]] JP sits as a magistrate on the family panel in the local family court. She is a respected figure and is known to some of our legal team and to court staff. To protect the family's privacy and the integrity of any future proceedings:
- this record is restricted to the allocated SW (LI) and me;
- any legal planning or proceedings to be issued at a different court centre, and legal services told not to discuss with the local court office;
- the information governance officer has been told;
- no reference to Mrs Fagon's role in documents shared with the family or other agencies unless needed.
Mrs Fagon was told of this by me on the phone today and thanked us for it.
"""),
    ("strategy", "2025-10-21", "Strategy Discussion", "lingoldby", "Strategy discussion - Tyesha and Zephaniah", "standard", """
Strategy discussion 21 October 2025, 14.00 (Teams)
Chair: CW. Present: LI, DC [[Xiaowen Teo|~east_asian]] (police, child abuse investigation team), [[Seisyll Pugsley|~british]] (community midwife), hospital social worker, Weald College DSL.

1. Information
- Tyesha (16) gave birth at home on 18/10 after a concealed pregnancy. Baby born about 35 weeks, low birth weight, in SCBU.
- Father is an adult male of 22. Based on the baby's gestation, conception was around February 2025, when Tyesha was 15. Police have no record of him.
- College: Tyesha started the health and social care course in September. Good attendance, quiet, "no clues at all".
2. Analysis
Sexual activity between a 15 year old and a 22 year old is a criminal offence. Concerns about grooming and whether she is still at risk from him. Zephaniah's needs: premature, low birth weight, young mother with no preparation and an angry family home.
3. Decisions
- s47 enquiry in respect of Tyesha (joint with police). Police to trace and interview the father.
- Zephaniah: child and family assessment; no s47 for him at this point.
- Pre-discharge planning meeting before Zephaniah leaves SCBU.
- Tyesha to be offered an ISVA and her own health follow up.
"""),
    ("midwife", "2025-10-24", "Health", "lingoldby", "Midwife entry - shared with SW", "standard", """
Community midwife record ([[S. Pugsley|~british]]), shared with consent.

24/10: visited Tyesha and baby on the ward. Baby Zephaniah 1.91kg (lowest), now 2.02kg, off tube feeds since Weds, taking 45ml 3 hourly by bottle. Tyesha doing all cares with prompting, good handling, responsive to cues. She is tired and tearful at times - day 6, normal. Postnatal check: healthy, stitches healing. Contraception discussed, she will think about it.
Mum (Sonia) has not visited since Tuesday. Nan visits daily. Tyesha asked me "will they take him off me?" - I explained the social worker's role and that the plan is to support her.
"""),
    ("pre_discharge", "2025-10-28", "Meeting", "lingoldby", "Pre-discharge planning meeting - minutes", "standard", """
PRE-DISCHARGE PLANNING MEETING
Date: 28.10.25, SCBU seminar room
Present: Tyesha, Sonia, Lurline, LI, [[Seisyll Pugsley|~british]], SCBU nurse in charge, hospital SW. Chair LI.

Baby's progress: feeding well, 2.1kg, expected to be medically fit for discharge by the end of this week.

Where will Tyesha and Zephaniah live?
Sonia said clearly that they cannot come home at the moment: "Not under my roof, not yet. I can't look at him without thinking about that man." She said she loves Tyesha but needs time. Tyesha cried but said she understood.
Nan lives in a one bed flat and works full time, so not an option for now.
Tyesha does not want to go to the father's home and said Kurtis "isn't ready".

Agreed:
- Tyesha and Zephaniah to be placed together in a mother and baby foster placement, under s20. Tyesha (16) agrees; Sonia, who has PR for Tyesha, agrees.
- A 12 week parenting assessment in the placement.
- Weekly family time between Sonia and Tyesha if Sonia wants it.
- Health visitor to be notified on discharge.
"""),
    ("placement", "2025-11-03", "Placement Start", "lingoldby", "Mother and baby placement started", "standard", """
Tyesha and Zephaniah were discharged from SCBU on Friday (31/10) and I took them straight to their mother and baby foster placement with [[Roswitha Kittermaster|P06]] in {{Sevenoaks|place}}. Tyesha accommodated under s20 from 31/10/25.

Ros has been a mother and baby carer for 11 years. Tyesha has her own room with the cot beside her bed. Placement plan signed. Tyesha was nervous and quiet but relaxed when Ros made her a hot chocolate and showed her how the steriliser worked.

Health visitor [[Fionnbarr Mac Giolla|~irish]] informed; new birth visit booked.
"""),
    ("police", "2025-11-07", "Police Update", "lingoldby", "Police update - father interviewed", "standard", """
Email from DC [[Teo|~east_asian]], summarised:
The father, [[Kurtis OLATUNBOSUN|P05]] (22), was arrested on Wednesday 5th November and interviewed under caution. He accepted he is Zephaniah's father and that the relationship started "at the start of the year" but said he believed Tyesha was 17. He has been released under investigation. His phone has been seized.

Tyesha has said she does not want to make a statement - "he's my boyfriend, he didn't do anything wrong". DC [[Teo|~east_asian]] says the investigation can continue without it.
Safety planning with Tyesha and Ros: no visitors to the placement without my agreement; Tyesha to let Ros know where she is when out with Zephaniah.
"""),
    ("cla_visit", "2025-11-14", "CLA Visit", "lingoldby", "Statutory visit to placement", "standard", """
CLA visit, Tyesha seen alone for most of it; Zephaniah asleep in the pram.

Zephaniah is 2.45kg, feeding well, HV happy with him. Tyesha gets up for night feeds herself, Ros prompts in the mornings.

Education - Tyesha raised this herself. She wants to go back to Weald College in January to carry on her health and social care course. "I'm not giving up college because of him. I want to be a midwife now." She asked about a nursery place. I will speak to college about the crèche and Care to Learn funding.
Kurtis - she said she has texted him but not seen him. She knows police are involved and said "I know what you all think".
Mum - "she hasn't rung me once".
"""),
    ("texts", "2025-11-25", "Case Note", "lingoldby", "Text messages with Tyesha's mum - copied to file", "standard", """
Text exchange with Sonia on the work mobile, copied in with her agreement:

Sonia 22/11 19:04: Hi its Sonia. how is she doing. and the baby
LI 22/11 19:30: Hi Sonia, thank you for messaging. Both are doing well. Zephaniah is putting on weight and Tyesha is doing his night feeds herself. She misses you.
Sonia 22/11 19:41: I miss her to. i just cant yet. does she ask about me
LI 22/11 19:45: Yes, most times I see her. Would you like me to set up a visit, just you and her, Zephaniah can stay with Ros if that's easier?
Sonia 22/11 21:12: maybe after christmas. dont tell her I said no
Sonia 24/11 08:03: actually can you ask her if i can come the 14th. I'm off that sunday

Tyesha said yes straight away when I asked.
"""),
    ("supervision", "2025-12-02", "Supervision", "cwragge", "Supervision - s47 outcome and plan", "standard", """
Supervision LI / CW.

s47 (Tyesha): concluded. Tyesha was a victim of a sexual offence at 15 and remains at some risk from [[Kurtis Olatunbosun|P05]], who is under police investigation. She is safe in placement and accepts the safety plan. Decision: no ICPC for Tyesha, as she is looked after and the risk is managed through her care plan. To be reviewed if she goes missing or if contact with him restarts.

Zephaniah: child and family assessment completed - child in need, his needs met in placement with his mother.

Parenting assessment half way: positive so far (see assessor's update to follow).
CLA review for Tyesha due early January.
"""),
    ("pa_midway", "2025-12-10", "Assessment", "lingoldby", "Parenting assessment - midway update", "standard", """
Midway update from the independent parenting assessor, [[Gormlaith Ní Bhriain|~irish]].

Sessions held: 6 of 12. Observed feeds, bath time, a health visitor clinic and a night feed (Ros's log).
Strengths: warm, attuned, notices Zephaniah's cues quickly, safe handling, follows safer sleep advice. Asks for help when she needs it.
Areas to work on: routine when tired; remembering appointments; managing her own low mood (she has been tearful about her mum); her judgement about Kurtis.
Early view: "a young mother who, with the right support around her, is likely to be able to meet Zephaniah's needs."
"""),
    ("family_time", "2025-12-19", "Case Note", "lingoldby", "Sonia's first visit to the placement", "standard", """
Sonia visited Tyesha and Zephaniah at the placement on Sunday 14th, 2 hours, supervised by Ros (as Sonia asked). Ros's report: awkward at first; Sonia cried when she first held Zephaniah and said "he's got your dad's nose". They had lunch together. Sonia asked if she could come every Sunday.

Tyesha told me today it was "the best day since he was born".
Sonia agreed to a family group conference in January to think about the future.
"""),
    ("cla_review", "2026-01-07", "CLA Review", "lingoldby", "First CLA review - Tyesha", "standard", """
CLA REVIEW (first, held at placement), IRO [[Ngozika Obiechina|~african]].
Present: Tyesha, Zephaniah, Ros, LI, Sonia (for part), college tutor by phone.

Legal status: s20 since 31/10/25.
Education: Tyesha restarted at Weald College on Monday 5th January, three days a week; Zephaniah has a place in the college crèche funded by Care to Learn. PEP done.
Health: Tyesha's IHA done 2/12. Zephaniah 3.6kg, gaining well, immunisations up to date.
Family: Sonia visiting every Sunday; family group conference booked 22/1.
Kurtis: no contact known since the arrest; Tyesha says she has blocked him.
IRO recommendations: parenting assessment to conclude on time; care plan to be updated after the FGC on where Tyesha and Zephaniah will live.
"""),
    ("pa_final", "2026-01-29", "Assessment", "lingoldby", "Parenting assessment - final report and FGC", "standard", """
Final parenting assessment received 27/1 ([[Gormlaith Ní Bhriain|~irish]]). Conclusion: Tyesha can meet Zephaniah's needs safely with support. The assessor recommends that Tyesha and Zephaniah return home to her mother, with a child in need plan, health visitor support and a Family Nurse referral.

Family group conference 22/1 (first booked for the 15th, cancelled as Sonia was ill): Sonia, Lurline, Tyesha, Sonia's partner's sister. Family plan: Tyesha and Zephaniah to move back to Sonia's, to the back bedroom which Sonia has redecorated; nan to have Zephaniah on Tuesdays and Thursdays so Tyesha can go to college; Sonia to do the school run for nursery on her way to work.
Agreed by CW.
"""),
    ("move_home", "2026-02-09", "Placement Ended", "lingoldby", "Tyesha and Zephaniah home - s20 ends", "standard", """
Tyesha and Zephaniah moved home to Sonia's on Friday 6th February. I collected them from Ros's with Sonia. Ros gave Tyesha a photo book of Zephaniah's first weeks. s20 ended 06/02/2026; Tyesha is no longer looked after.

Visited the home on the move day: cot and changing mat set up, bedroom warm and clean. Sonia said "we've all had to grow up a bit".

Plan: CIN plan for Zephaniah (and Tyesha), first CIN meeting in 4 weeks. Family Nurse has accepted. Police investigation of [[Kurtis Olatunbosun|P05]] continues, CPS decision awaited.
"""),
]

QUESTIONS = [
    {"q": "when was the baby born?", "qtype": "when",
     "facts": ["2025-10-18"], "notes": ["edt", "strategy"], "as": "lingoldby"},
    {"q": "what did zephaniah weigh when he was born", "qtype": "how_many",
     "facts": ["1.98kg"], "notes": ["edt", "ward_visit"], "as": "cwragge"},
    {"q": "how old is the dad", "qtype": "how_many",
     "facts": ["22"], "notes": ["ward_visit", "strategy", "police"], "as": "lingoldby"},
    {"q": "what did her mum say at the pre-discharge meeting about having them home", "qtype": "quote",
     "facts": ["Not under my roof"], "notes": ["pre_discharge"], "as": "cwragge"},
    {"q": "who are the M&B carers", "qtype": "who",
     "facts": ["Roswitha Kittermaster"], "notes": ["placement"], "as": "lingoldby"},
    {"q": "does she want to go back to college", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["cla_visit"], "as": "lingoldby"},
    {"q": "was there an ICPC for Tyesha after the s47?", "qtype": "yes_no",
     "facts": ["no"], "notes": ["supervision"], "as": "cwragge"},
    {"q": "what did the parenting assessment recommend", "qtype": "what",
     "facts": ["return home to her mother"], "notes": ["pa_final"], "as": "cwragge"},
    {"q": "when did ty and the baby go back to mum's", "qtype": "when",
     "facts": ["2026-02-06"], "notes": ["move_home"], "as": "lingoldby"},
    {"q": "what's kurtis's address", "qtype": "what",
     "facts": [], "notes": [], "as": "lingoldby"},
    {"q": "which GP is zephaniah registered with", "qtype": "what",
     "facts": [], "notes": [], "as": "cwragge"},
]

EVENTS = [
    ("2025-10-18", "household_change", ["edt", "ward_visit"], "Tyesha gave birth unexpectedly at home after a concealed pregnancy; paramedics attended."),
    ("2025-10-18", "hospital", ["edt"], "Tyesha and baby Zephaniah taken to hospital; baby (about 35 weeks, 1.98kg) admitted to SCBU."),
    ("2025-10-18", "contact", ["edt"], "Hospital contacted the Emergency Duty Team; referred to the day team for assessment."),
    ("2025-10-21", "strategy_discussion", ["strategy"], "Strategy discussion: father is 22, conception when Tyesha was 15; s47 for Tyesha, assessment for Zephaniah."),
    ("2025-10-21", "section_47", ["strategy"], "Joint s47 enquiry started in respect of Tyesha."),
    ("2025-10-28", "assessment", ["pre_discharge"], "Pre-discharge planning meeting: mother would not have them home; mother and baby foster placement and 12 week parenting assessment agreed."),
    ("2025-10-31", "placement_move", ["placement"], "Tyesha and Zephaniah discharged from SCBU to a mother and baby foster placement; Tyesha accommodated under s20."),
    ("2025-11-05", "police_incident", ["police"], "Baby's father arrested and interviewed; released under investigation."),
    ("2025-12-02", "section_47", ["supervision"], "s47 concluded: Tyesha a victim of a sexual offence at 15; no ICPC as risk managed through her care plan."),
    ("2025-12-14", "positive_change", ["family_time"], "Mother's first visit to Tyesha and Zephaniah at the placement."),
    ("2026-01-05", "positive_change", ["cla_review"], "Tyesha restarted college three days a week, Zephaniah in the college creche."),
    ("2026-01-07", "cla_review", ["cla_review"], "First CLA review for Tyesha."),
    ("2026-01-22", "positive_change", ["pa_final"], "Family group conference: family plan for Tyesha and Zephaniah to return to her mother's."),
    ("2026-01-27", "assessment", ["pa_final"], "Final parenting assessment positive: recommended return home to her mother with support."),
    ("2026-02-06", "placement_move", ["move_home"], "Tyesha and Zephaniah moved home to her mother's; s20 ended; CIN plan for Zephaniah."),
]
