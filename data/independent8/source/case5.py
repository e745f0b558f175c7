"""IN8-0005: restricted case (father is a serving officer in the local force); sudden unexpected death of a baby (author B)."""

CASE = {
    "case_id": "IN8-0005",
    "team": "Harrowfield Assessment",
    "status": "closed",
    "allocated_worker": "ltrevanion",
    "restricted": True,
    "access_list": ["ltrevanion", "wkamau"],
    "child": {
        "person_id": "P01", "given_name": "Mabel", "family_name": "Kershaw", "date_of_birth": "2019-07-11",
        "gender": "female", "ethnicity": "White British", "nhs_number": "485 777 3457",
        "address": "7 Cinderhill Close, Harrowfield HX3 9DW", "school": "St Aidan's CE Primary",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Matthew", "family_name": "Kershaw", "relationship": "father",
         "date_of_birth": "1990-02-14", "phone": "07458 310926", "address": "7 Cinderhill Close, Harrowfield HX3 9DW",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Claudine", "family_name": "Kershaw", "relationship": "mother",
         "date_of_birth": "1992-08-30", "phone": "07385 772104", "address": "7 Cinderhill Close, Harrowfield HX3 9DW",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Otis", "family_name": "Kershaw", "relationship": "brother",
         "date_of_birth": "2023-09-04", "nhs_number": "401 023 8712",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Cosmo", "family_name": "Kershaw", "relationship": "brother (deceased)",
         "date_of_birth": "2025-11-06",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Dolores", "family_name": "Pattinson", "relationship": "maternal grandmother",
         "date_of_birth": "1963-04-22", "phone": "0114 496 0159",
         "given_origin": "latin_american", "family_origin": "british"},
    ],
}

ALIASES = {
    "Mabel": "P01", "Mabes": "P01",
    "Matthew": "P02", "Matt": "P02", "Matthew Kershaw": "P02", "PC Kershaw": "P02", "Mr Kershaw": "P02",
    "Claudine": "P03", "Mrs Kershaw": "P03", "Claudine Kershaw": "P03",
    "Otis": "P04",
    "Cosmo": "P05", "Cosmo Kershaw": "P05",
    "Dolores": "P06", "Dolores Pattinson": "P06", "Mrs Pattinson": "P06", "Nanna Dee": "P06",
    "Verity Duckworth": "~british", "Verity": "~british",
    "Frimpong": "~african", "Ramsden": "~british", "Tansley": "~british", "Ashcombe": "~british", "Sian Ashcombe": "~british",
    "Fergus": "~british", "W Kamau": "~african", "L Trevanion": "~british", "LT": "~british",
}

NOTES = [
    ("edt", "2026-01-19", "Contact", "ltrevanion", "EDT record - sudden unexpected death of infant (typed from EDT log)", "standard",
     """
Typed up from the EDT log for the weekend (EDT worker: [[Sion Beddoe|~british]]).

Sat {{17/01/26|event_date}} 08:05 - call from police control. 10 wk old baby [[Cosmo KERSHAW|P05]] (dob 06/11/25) brought into Harrowfield General ED by ambulance, unresponsive, CPR in progress. Pronounced dead at {{07:32|time}}. Found by mum in the parents' bed at about 06:40 after a 3am feed. Parents had been at a family birthday party Friday night and both had been drinking.

Siblings Mabel (6) and Otis (2) at home - taken to MGM Dolores Pattinson's by a neighbour before police arrived.

08:40 - EDT spoke to the on-call paed (Dr Ramsden) - SUDI protocol started, skeletal survey not needed for siblings, no injuries seen on Cosmo. Rapid response home visit by paed + police at 11:00.

12:15 - EDT agreed with police that Mabel and Otis stay with Nanna Dee over the weekend; parents to stay at MGM's as well if they wish. Parents agreed. Referral to day team for Monday.

NB police flagged that dad is a serving PC in this force. Recorded here for the day team to decide on restriction.
"""),
    ("restrict", "2026-01-19", "Management Oversight", "wkamau", "Record restricted - father is a serving police officer", "restricted",
     """
Management decision - W Kamau, TM

Father [[Matthew KERSHAW|P02]] is a serving police constable, Harrowfield South response team, collar no. 4471, work mobile [[07562 904318|PHONE:P02]]. Record restricted today to LT and me. Nobody else in the service to be given access without my agreement.

Police have confirmed that the investigation has been moved to the Major Crime team in a different division and that Professional Standards have been told. PC Kershaw is on leave. I have consulted the LADO by phone: as his job is not with children, LADO threshold not met unless the police investigation finds he was responsible; LADO to be updated at the end of the investigation.

Do not discuss this case in open team meetings or in the duty room.
"""),
    ("jar", "2026-01-19", "Strategy Meeting", "ltrevanion", "Joint agency response / strategy meeting", "standard",
     """
JOINT AGENCY RESPONSE MEETING / STRATEGY DISCUSSION  19.1.26  11:00, Harrowfield General
Chair: DI [[Efia Frimpong|~african]] (Major Crime)
Present: LT (SW), W Kamau (TM), Dr Ramsden (paed, SUDI lead), Verity Duckworth (HV), [[Sian Ashcombe|~british]] (Child Death Review nurse)

Circumstances: as per EDT. Parents say Cosmo was put down in his Moses basket at about {{11pm|time}}, mum brought him into their bed for the 3am feed and "must have fallen asleep with him". Both parents say they had been drinking at the party (mum - "a few glasses of prosecco", dad - "more than I should have, 6 or 7 pints"). Ambulance crew noted the bed had a heavy duvet and two pillows. No injuries seen at the PM skeletal survey.

Police: investigation opened into possible neglect (s1 Children and Young Persons Act 1933 - an infant under 3 overlain in bed by an adult under the influence of drink). Both parents to be interviewed voluntarily; not arrested. Post-mortem booked at the regional centre for Wed {{21st|event_date}}.

Decision: s47 enquiry for Mabel and Otis, single agency lead CSC with police sharing information. Not a case where the surviving children need to be removed. Safety plan:
- Mabel and Otis to return home with their parents once Nanna Dee is staying in the house; she has agreed to stay for at least 4 weeks.
- No alcohol in the house while the safety plan is in place.
- Otis to sleep in his own cot; neither child to sleep in the parents' bed.
Bereavement support and a rapid review to follow. HV to visit this week.
"""),
    ("s47hv", "2026-01-20", "S47 Enquiry", "ltrevanion", "S47 visit - home, parents and children seen", "standard",
     """
Visit to [[7 Cinderhill Close|ADDRESS:P01]] {{20/1|event_date}}, 2pm. Present: Matt, Claudine, Nanna Dee, Mabel (off school), Otis.

Parents exhausted, Claudine hardly spoke. Matt did most of the talking and kept apologising "for wasting your time, I know how this looks". He said he went to bed before Claudine and did not wake for the feed. Claudine said "I should have put him back. I always put him back". Neither parent blamed the other in front of me.

Mabel seen on her own in the playroom with Nanna Dee in the doorway (she would not let her leave). She drew a picture of the family with Cosmo "up in the sky with a kite". She asked me "is Cosmo cold where he is?". She knows he has died; parents told her on Sunday with Nanna Dee.

Otis seen playing, clean, happy with Nanna Dee, no concerns.

Safety plan read through and signed by both parents and Nanna Dee. Cot in Otis's room checked. No alcohol seen in the house; Matt said he had "poured it all away" on Sunday.
"""),
    ("hv", "2026-01-23", "Health Visitor", "ltrevanion", "HV information (shared by email)", "standard",
     """
Summary from Verity Duckworth, HV, emailed and pasted here:

"Cosmo - new birth visit {{18/11/25|event_date}}: safe sleep discussed in full, including not sharing a bed after alcohol; Moses basket seen. 6-8 week check {{30/12/25|event_date}}: weight on the 50th centile, feeding well, no concerns. Mum's EPDS score 8 (low). Otis - immunisations up to date, 2 year review done in October, speech slightly behind but within range. Mabel - no health concerns known. Family were seen as a low-need universal family. I visited on the 22nd: Mum very flat and not eating, Dad 'holding it together'. I have given them the Lullaby Trust bereavement leaflets and the GP is aware."
"""),
    ("sin", "2026-01-26", "Supervision", "wkamau", "Case supervision - serious incident notification and rapid review", "standard",
     """
Supervision WK / LT

- Serious incident notification sent to Ofsted and the National Panel by the safeguarding partnership on Tues {{20th Jan|event_date}} (death of a child where abuse or neglect is known or suspected - alcohol plus co-sleeping). Partnership business manager Sian Ashcombe confirmed it was sent within the 5 working days.
- Rapid review meeting set for Mon {{2/2/26|event_date}}. LT to write the CSC chronology and agency report by Thursday.
- S47: progressing. Children safe with Nanna Dee in the house. Parents complying with the plan.
- Staff wellbeing: LT says this is the first infant death he has worked; offered the staff support line and a debrief after the rapid review.
"""),
    ("school", "2026-01-29", "School", "ltrevanion", "Call with Mabel's class teacher", "standard",
     """
Spoke to Mabel's teacher Miss [[Heloise Tansley|~british]] (Yr 2, St Aidan's).

Mabel back at school since Mon 26th. Tansley says Mabel has been "mostly herself" in the mornings but gets upset after lunch. She asked Miss Tansley on Tuesday "is it my fault because I was too noisy and woke him up?" and on Wednesday "if we pray really hard will he come back?". Miss T answered simply and told mum the same day.

School have given Mabel a worry box and a calm space with the ELSA twice a week. Mabel has been referred to Little Lanterns (child bereavement service) by school with parental consent - waiting list about 6 weeks.
"""),
    ("rr", "2026-02-03", "Case Note", "ltrevanion", "Rapid review - extract", "standard",
     """
Rapid review held 2 February 2026 (Harrowfield Safeguarding Children Partnership). Extract for the child's record.

Agencies: police, health (HV, ED, GP), CSC, education, ambulance.
Findings: no previous safeguarding involvement with the family. Safe sleep advice was given at the new birth visit and recorded. The risk of co-sleeping after alcohol was discussed by the HV but the family recalled "the basket advice, not the drink advice".
Decision: the criteria for a local child safeguarding practice review are not met; the partnership will write to the National Panel recommending no review. Learning to go into the partnership's safer sleep campaign (alcohol and drugs, sofas, Christmas and party season).
CSC actions: complete s47 and decide whether a CIN plan is needed.
"""),
    ("phone", "2026-02-10", "Telephone Call", "ltrevanion", "Tel call from Nanna Dee", "standard",
     """
11.20 Dolores rang. Says Matt moved out to his brother Fergus's flat on Sunday after a row with Claudine "about who was the one drinking". Matt has come back every day to do the school run and see the kids. Dolores says there has been no physical fighting, "just words, horrible words, and both of them crying". Children did not see the row - Mabel was at a party and Otis asleep.

Dolores is worried she is meant to go home on the 16th. Agreed she will stay until I have seen both parents. Will visit Thurs.
"""),
    ("pm", "2026-02-18", "Police", "ltrevanion", "Police update - PM and interviews", "standard",
     """
Call from DI Frimpong:
- Both parents interviewed under caution on Mon {{16th|event_date}} (voluntary, with solicitors). Accounts consistent with what they told us.
- Preliminary PM: no injuries, no natural disease found; cause of death "unascertained pending further tests". Toxicology on Cosmo clear. Final report expected in 6-8 weeks.
- File to go to CPS for advice on the s1 CYPA offence once the final PM is in.
- The child death review meeting pencilled in for 4 March has been put back until the final PM report is received.
- DI Frimpong said there is no information suggesting either parent poses any other risk to Mabel or Otis.
"""),
    ("assess", "2026-02-27", "Single Assessment", "ltrevanion", "S47 outcome and single assessment", "standard",
     """
Single assessment / s47 outcome - Mabel and Otis [[KERSHAW|P01]]

Summary: Cosmo died on 17/1/26 aged 10 weeks after co-sleeping with his mother following an evening when both parents had been drinking. No prior concerns. Both parents are devastated and have kept to the safety plan in full. Alcohol: both parents describe "social" drinking; no evidence of dependence (GP records checked with consent, AUDIT-C scores low). Matt has been living at his brother's since the 8th Feb; the couple say they want to try to stay together.

Mabel: grieving, asking a lot of questions, some regression (wetting the bed 3 times). School and Little Lanterns involved.
Otis: thriving, well attached to both parents and to Nanna Dee.

S47 outcome: concerns about ongoing significant harm not substantiated. No ICPC.
Recommendation: CIN plan for 3 months to coordinate bereavement support, the parents' relationship support, and the child death review and police processes, which will be hard for the family. WK agreed 27/2.
"""),
    ("cin1", "2026-03-05", "CIN Meeting", "ltrevanion", "Initial CIN meeting", "standard",
     """
CIN meeting at home 5/3/26. Matt, Claudine, Nanna Dee, Miss Tansley, Verity (HV), LT.

Matt moved back home on Sunday {{1 March|event_date}}. Couple have started counselling with Cruse (bereaved parents) and have a Relate appointment booked. Nanna Dee has gone back to her own house but comes every afternoon.

Mabel: bed wetting stopped. Started at Little Lanterns this week. Teacher says she told the class about Cosmo in circle time "and was really brave".

CIN plan agreed. Safety plan ended by agreement with the TM now Dad is home and the parents are sober - parents still not drinking at home.
"""),
    ("cdr", "2026-03-26", "Health", "ltrevanion", "Child death review meeting", "standard",
     """
Child death review meeting (hospital based) 24/03/26, chaired by Dr Ramsden. Attended by me, the CDR nurse, the HV, the GP and the ED consultant. Parents invited; chose to get a letter instead.

Final post-mortem report received: cause of death given as "sudden unexpected death in infancy, unexplained", with co-sleeping after parental alcohol use recorded as a modifiable factor. Case goes to the CDOP panel in the summer.

Parents to be offered a meeting with Dr Ramsden to go through the findings. Key worker for the parents: CDR nurse Ashcombe.
"""),
    ("cinrev", "2026-04-14", "CIN Review", "ltrevanion", "CIN review and police outcome", "standard",
     """
CIN review 14.4.26.

Police outcome: DI Frimpong rang on Wed {{8th April|event_date}} - CPS advised no further action, as it is not in the public interest to prosecute. Parents told by the police the same day. Claudine said "it doesn't change anything, he's still gone". Matt said he was going back to work on light duties in May.

Mabel doing well; enjoys Little Lanterns; still talks about Cosmo "every night". Otis starting nursery after Easter.

Next steps: one more CIN review in 6 weeks; expect to close with Little Lanterns and HV support continuing.
"""),
    ("closure", "2026-05-27", "Case Closure", "ltrevanion", "Closure summary", "standard",
     """
Closure summary. CIN plan ended at the review on {{26/5/26|event_date}}. All agreed that the family no longer need a social worker: the children are safe and well cared for, parents are together and getting bereavement support, Little Lanterns continues for Mabel, and the HV and GP continue for Otis. The CDOP outcome will go to the parents via the CDR nurse.

Case closed. Record remains restricted.
"""),
]

QUESTIONS = [
    {"q": "what date did the baby die", "qtype": "when", "facts": ["2026-01-17"], "notes": ["edt"], "as": "ltrevanion"},
    {"q": "who is staying in the house under the safety plan", "qtype": "who", "facts": ["Nanna Dee"],
     "notes": ["jar"], "as": "wkamau"},
    {"q": "what did mabel ask her teacher about whose fault it was", "qtype": "quote",
     "facts": ["is it my fault because I was too noisy"], "notes": ["school"], "as": "ltrevanion"},
    {"q": "when's the rapid review", "qtype": "when", "facts": ["2026-02-02"], "notes": ["sin", "rr"], "as": "wkamau"},
    {"q": "did dad move out at some point", "qtype": "yes_no", "facts": ["yes"], "notes": ["phone", "assess"], "as": "ltrevanion"},
    {"q": "how old was cosmo", "qtype": "how_many", "facts": ["10 weeks"], "notes": ["assess"], "as": "wkamau"},
    {"q": "what was the final PM cause of death", "qtype": "what",
     "facts": ["sudden unexpected death in infancy, unexplained"], "notes": ["cdr"], "as": "ltrevanion"},
    {"q": "what did CPS decide", "qtype": "what", "facts": ["no further action"], "notes": ["cinrev"], "as": "wkamau"},
    {"q": "who is the HV", "qtype": "who", "facts": ["Verity Duckworth"], "notes": ["jar", "hv"], "as": "ltrevanion"},
    {"q": "which nursery is otis going to", "qtype": "what", "facts": [], "notes": [], "as": "ltrevanion"},
    {"q": "is mum on antidepressants", "qtype": "yes_no", "facts": [], "notes": [], "as": "wkamau"},
]

EVENTS = [
    ("2026-01-17", "hospital", ["edt", "jar"], "Cosmo (10 weeks) brought to ED unresponsive after co-sleeping; pronounced dead"),
    ("2026-01-17", "household_change", ["edt", "assess"], "Death of baby Cosmo in the family home after parental drinking"),
    ("2026-01-17", "contact", ["edt"], "Police notify EDT; siblings stay with maternal grandmother over the weekend"),
    ("2026-01-19", "strategy_discussion", ["jar"], "Joint agency response meeting: police investigation, s47 for siblings, safety plan with grandmother staying"),
    ("2026-01-19", "section_47", ["jar", "s47hv"], "S47 enquiry for Mabel and Otis begun"),
    ("2026-01-20", "referral", ["sin"], "Serious incident notification to Ofsted and the National Panel"),
    ("2026-01-29", "health", ["school"], "Mabel referred to a child bereavement service by school"),
    ("2026-02-02", "strategy_discussion", ["rr"], "Rapid review: criteria for a local practice review not met"),
    ("2026-02-08", "household_change", ["phone", "assess"], "Father moves out to his brother's after a row"),
    ("2026-02-16", "police_incident", ["pm"], "Both parents interviewed under caution; preliminary PM unascertained"),
    ("2026-02-27", "assessment", ["assess"], "S47 outcome: not substantiated, no ICPC; CIN plan for 3 months"),
    ("2026-03-01", "household_change", ["cin1"], "Father moves back home"),
    ("2026-03-05", "cin_review", ["cin1"], "Initial CIN meeting; safety plan ended"),
    ("2026-03-24", "health", ["cdr"], "Child death review meeting: SUDI unexplained, co-sleeping after alcohol a modifiable factor"),
    ("2026-04-08", "police_incident", ["cinrev"], "CPS advise no further action against the parents"),
    ("2026-05-26", "closure", ["closure"], "CIN plan ended and case closed"),
]
