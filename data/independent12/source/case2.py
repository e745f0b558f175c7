"""IN12-0002: a 10-week-old baby dies after sleeping on a sofa with his father; his 3-year-old sister is the case child."""

CASE = {
    "case_id": "IN12-0002",
    "team": "Tenterden Child Protection",
    "status": "closed",
    "allocated_worker": "imowbray",
    "child": {
        "person_id": "P01", "given_name": "Akachi", "family_name": "Jemmott", "date_of_birth": "2020-10-03",
        "gender": "female", "ethnicity": "Mixed White and Black Caribbean", "religion": "Christian",
        "nhs_number": "611 408 2753", "address": "Flat 2, 9 Beacon Oak Road, Tenterden TN30 6SB",
        "school": "Rainbow Corner Pre-school",
        "given_origin": "african", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Ezra", "family_name": "Jemmott", "relationship": "brother (deceased)",
         "date_of_birth": "2023-11-20", "given_origin": "british", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Kayleigh", "family_name": "Mardle", "relationship": "mother",
         "date_of_birth": "1997-04-12", "phone": "07384 520917", "address": "Flat 2, 9 Beacon Oak Road, Tenterden TN30 6SB",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Carlton", "family_name": "Jemmott", "relationship": "father",
         "date_of_birth": "1995-07-08", "phone": "07958 226341",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Cynthia", "family_name": "Jemmott", "relationship": "paternal grandmother",
         "date_of_birth": "1966-02-17", "phone": "07823 605417", "address": "41 Oaks Road, Tenterden TN30 6RD",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P06", "given_name": "Granville", "family_name": "Jemmott", "relationship": "paternal grandfather",
         "date_of_birth": "1963-09-30", "address": "41 Oaks Road, Tenterden TN30 6RD",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P07", "given_name": "Lewin", "family_name": "Pitchford", "relationship": "mother's partner",
         "date_of_birth": "1994-12-01", "phone": "07462 330815",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Akachi": "P01", "Ezra": "P02", "Kayleigh": "P03", "Mardle": "P03", "MARDLE": "P03",
    "Carlton": "P04", "JEMMOTT": "P04", "Cynthia": "P05", "Granville": "P06", "Lewin": "P07",
    "Pitchford": "P07", "Inigo": "~british", "Mowbray": "~british", "Strangways": "~british",
    "Chukwudi": "~african", "Bannigan": "~irish", "Demi": "~british", "Jemmott": "P04", "Lightfoot": "~british", "Scanlan": "~irish", "Mairin": "~irish",
}

NOTES = [
    ("police", "2024-01-30", "Police Notification", "imowbray", "Police notification - sudden unexpected death of an infant", "standard",
     """Kent Police notification rec'd by MASH 07:50, passed straight to CP duty (I Mowbray).

Sudden unexpected death in infancy (SUDI).
Infant: [[Ezra JEMMOTT|P02]], DOB [[20/11/2023|DOB:P02]] (10 wks)
Address: [[Flat 6, Wealden Court, Appledore Road|ADDRESS:P03]], {{Tenterden|place}}
Parents: [[Carlton JEMMOTT|P04]] (father) and [[Kayleigh MARDLE|P03]] (mother). Sibling [[Akachi|P01]], 3 yrs.

Ambulance called by father at {{06:12|time}}. Father stated he had fallen asleep on the sofa with Ezra on his chest after a night feed at about 2am, and woke to find the baby wedged between him and the back cushion, not breathing. CPR by father on call handler's instructions, continued by paramedics. Ezra conveyed to {{William Harvey Hospital|place}}, pronounced deceased at {{07:04|time}}.

Officers attending noted approx 8 empty lager cans in the lounge and a strong smell of cannabis. Father initially said he had "a few cans", later said 6 cans of lager and "one spliff" during the evening. Mother was asleep upstairs with Akachi in the big bed and woke to the paramedics. She had drunk 2 glasses of wine earlier, appeared sober.

Akachi collected by paternal grandparents and taken to their address in Tenterden.
Father arrested on suspicion of child neglect, in custody at Folkestone. Joint agency response under the SUDI protocol is being arranged at the hospital this morning.""" ),
    ("jar", "2024-01-30", "Strategy Meeting", "imowbray", "Joint agency response meeting (rapid response)", "standard",
     """Joint Agency Response (rapid response) meeting, William Harvey Hospital, 30.1.24 {{11:00|time}}.

Present: Dr [[Adanna Chukwudi|~african]] (consultant paediatrician, SUDI lead), DS [[Scanlan|~irish]] (Kent Police CAIU), HV [[Mairin Bannigan|~irish]], Inigo Mowbray (SW, CP duty), O Strangways (TM) by phone.

Dr Chukwudi: Ezra was a well baby, born at term, weight gain normal, no health concerns at the 8 week check. On examination after death no injuries seen, no signs of neglect. Skeletal survey and full post-mortem to follow (coroner informed). Mum has been told and is with the bereavement midwife.
HV: last saw the family at home 19th Jan. Safe sleep advice given at new birth visit and again at 6-8 wk. Ezra had a Moses basket upstairs. HV had no concerns, home "tidy, loving, a bit tired". Mum had said dad "does the night feeds downstairs so I can get some sleep with Akachi".
Police: father in custody. Scene preserved. Home visit by police and Dr Chukwudi to take place this afternoon.

Agreed:
- joint home visit today 2pm (DS Scanlan and Dr Chukwudi, SW to attend);
- Akachi to remain with paternal grandparents for now - grandparents willing; safety plan to be written with family today. Father not to care for Akachi or be alone with her while investigation continues;
- strategy discussion tomorrow re Akachi under s47;
- mum to be offered bereavement support.""" ),
    ("strat", "2024-01-31", "Strategy Discussion", "ostrangways", "Strategy discussion - sibling", "standard",
     """Strategy discussion 31/01/24 {{09:30|time}}, Teams. Chair O Strangways TM.
Police (DS Scanlan), health (Dr Chukwudi, HV), pre-school manager, SW I Mowbray.

Background: Ezra died 30th. Father had drunk alcohol and smoked cannabis before falling asleep with him on the sofa.

Police update: father interviewed under caution this morning (solicitor present), gave a full account, very distressed, said "I'd give anything". Released under investigation (RUI) at {{11:15|time}} today. Bail conditions are not possible with RUI, so he has agreed voluntarily not to return to the flat and to stay with a friend.

Akachi: no concerns before this. Pre-school say she is happy, always clean and fed, both parents involved. Attendance good.

Decision: threshold for s47 met re Akachi (risk from parental substance use, unsafe sleep practice; both parents now in acute grief). Single agency s47 by SW.
Safety plan: Akachi to stay with paternal grandparents [[Cynthia|P05]] and [[Granville Jemmott|P06]] at [[41 Oaks Road|ADDRESS:P05]]. Mum may stay there too (she has asked to). Dad's time with Akachi supervised by grandparents, not overnight, no alcohol or cannabis.
Review strategy if the post-mortem raises anything unexpected.""" ),
    ("homevisit", "2024-02-01", "Joint Visit", "imowbray", "Home visit with police and paediatrician (30/1)", "standard",
     """Write up of the joint home visit on Tuesday afternoon (30th), {{14:00|time}}-{{15:10|time}}. DS Scanlan, Dr Chukwudi, myself. Father not present (in custody), mother not present (at hospital with her sister).

Lounge: 3 seater sofa, soft and deep, large back cushions. Ezra's blanket and a bottle on the arm. 8 empty lager cans on the floor and coffee table, ashtray with cannabis residue, a grinder. TV on standby. Heating on high, room very warm.
Upstairs: Moses basket made up with a fitted sheet, no pillows or bumpers - set up in line with advice. Akachi's bedroom tidy, toys, clean bedding, but mum said Akachi had been sleeping in mum's bed since the baby came.
Kitchen: food in, formula, sterilised bottles. No concerns about home conditions otherwise.

Dr Chukwudi's view (verbal, full report to follow): history consistent with accidental overlay/wedging in a high-risk sleep environment (sofa, adult affected by alcohol and cannabis, overheated room). Nothing seen suggests deliberate harm.

Police took the cans and grinder. Flat to be released back to the family this week but mum says she "can't go back in there".""" ),
    ("pm_prelim", "2024-02-02", "Police", "imowbray", "Preliminary post-mortem findings - RESTRICTED", "restricted",
     """RESTRICTED - shared by police for the purposes of safeguarding planning only. Not to be discussed with the family until the coroner's officer has spoken to them.

Call from DS Scanlan (direct line [[01233 960771|PHONE]]) at {{16:20|time}}. Preliminary post-mortem carried out 1st Feb by Dr [[Coralie Wyndcliffe|~british]], paediatric pathologist, {{Evelina London|place}}.

- no external or internal injuries; skeletal survey clear, no fractures old or new;
- petechial haemorrhages noted, which pathologist says is "non specific" and can be seen in overlay;
- lungs show some congestion; histology, toxicology (including on the baby) and microbiology sent;
- no cause of death given at this stage; provisionally unascertained pending tests. Pathologist has said final report "unlikely before the summer".

Police will not be updating the parents in detail, coroner's officer [[Remy Farrant|~british]] ([[r.farrant@kent-coroner.example.gov.uk|EMAIL]]) will. Shared with TM only.""" ),
    ("s47", "2024-02-06", "S47 Enquiry", "imowbray", "s47 visit - child seen, parents seen separately", "standard",
     """Visit to paternal grandparents' 5/2/24, Akachi, mum and PGM present. Saw dad separately afterwards at his friend's in {{Hythe|place}}.

Akachi seen: yes, in the garden and then alone in her bedroom at nana's (PGM has made up the small room for her). She showed me her "Ezra star" - a nightlight nana bought. When I asked about Ezra she said "Ezra gone to the stars and he's not coming back", then "mummy cries in the bathroom". She asked if daddy was "in trouble for sleeping". She was clean, well dressed, ate lunch well. No injuries seen. PGM says she has been waking in the night and asking for mummy and wants to sleep in mum's bed.

Mum: sitting in the kitchen in Ezra's hat. Extremely low. Says she feels "like I've been cut in half". She is angry with Carlton: "He promised me. He promised me he would never have him on the sofa after a drink." She does not want to be in a room with him. Says they are finished. Has not slept, GP has seen her (sertraline restarted). Her sister [[Demi|~british]] is staying with her some nights. Wants Akachi with her but knows she "can't even look after myself right now".

Dad: at his friend's. Unshaven, tearful, says he has not had a drink or a smoke since. Says he had been smoking most nights "to get to sleep", did not think it was a big deal. Takes full responsibility. Wants to see Akachi; happy with it being at his parents', supervised. Said "Kayleigh hates me and she's right to".

PGPs: Cynthia and Granville, both working (Granville is a bus driver, Cynthia part-time at the surgery). Cynthia reduced her hours. They are grieving too - Ezra was their first grandson. Committed to Akachi staying for as long as needed. They understand the safety plan and will not leave dad alone with her.

Analysis: this is a devastating accidental death in a family where the children were loved and there were no previous concerns. Risk to Akachi now comes mainly from both parents' grief and dad's cannabis use, not from any deliberate harm. The family's response has been protective. I do not think a CP plan would add safety over a CIN plan with the written agreement. For TM decision.""" ),
    ("mo", "2024-02-12", "Management Oversight", "ostrangways", "Management oversight - s47 outcome", "standard",
     """TM oversight. Read s47 and spoken with SW, paediatrician and police.
S47 outcome: concerns substantiated in relation to unsafe sleeping and parental substance use at the time of Ezra's death; risk of continuing significant harm to Akachi NOT substantiated given the family's response. No ICPC. Akachi to be supported under a CIN plan. Written agreement with dad re no unsupervised care, no cannabis, until the police investigation concludes.
Child Death Review process: SW to contribute to the CDOP notification form. Bereavement: SW to refer mum and (separately) dad. Reconsider if PM or toxicology raises anything new.
Please make sure whoever visits knows the funeral date so we are not visiting that week.""" ),
    ("funeral", "2024-02-19", "Case note", "imowbray", "Funeral and separation", "standard",
     """Ezra's funeral was on Thursday just gone (15th) at {{Hawkinge Crematorium|place}}, arranged by PGPs with mum. I did not attend (family asked for close family only). Phoned mum today.

Mum said it was "beautiful and the worst day of my life". She chose "You Are My Sunshine". Dad attended and sat on the other side with his parents; mum's family asked him not to speak. Akachi stayed with a friend of the family's, mum did not want her to see the coffin. Balloons released at PGPs' after.

Mum has told dad it is over between them. She has moved into her sister Demi's in {{Rolvenden|place}} "for now" and Akachi is staying on at PGPs' in the week, with mum there most days. Dad remains at his friend's in Hythe and has given notice on the flat at Wealden Court (it was in his name).

Mum asked if "they'll put Carlton in prison". I explained I don't know and the police will tell her.""" ),
    ("bereave", "2024-03-04", "Health Visitor", "imowbray", "HV entry and bereavement referrals", "standard",
     """Entry from Health Visiting record (S Bannigan, HV), shared with consent 4/3:
"Home visit to mum at sister's address 28/2/24. Mum tearful throughout, eating little. EPDS 22. GP aware, on sertraline 50mg, GP has referred to talking therapies. Discussed Ezra, mum showed photos. Akachi visited with PGM part way - affectionate with mum, climbed onto her lap. Mum says she wants Akachi back with her when she gets her own place. Plan: HV to remain involved, fortnightly. Referred mum to the hospital bereavement team's parents' group."

SW: referal made today to {{Little Lanterns|place}} (baby loss charity) for mum, she has agreed. Dad given details of {{The Lullaby Trust|place}} and the {{Andy's Man Club|place}} group by his mum, he went to one of their Monday meetings a fortnight ago. Akachi - pre-school are using a story book about death; I have referred Akachi to the {{Rainbows Children's Bereavement Service|place}} for play based support, waiting list approx 8 weeks.

Housing: mum has been offered a 2 bed housing association flat in Tenterden, moving 23rd March.""" ),
    ("gp_disclosure", "2024-03-11", "GP Liaison", "imowbray", "GP information - father - RESTRICTED", "restricted",
     """RESTRICTED - third party health information, father's GP. Do not share with mother or PGPs.

Letter from Dr [[Meenakshi Sethuraman|~south_asian]], {{Ivy House Surgery|place}}, [[14 Grange Lane|ADDRESS]], [[TN29 8EW|POSTCODE]] (tel [[01303 960552|PHONE]]), with father's consent for the s47 / CIN plan:

Mr Jemmott was admitted to the {{Priory Ward|place}} at a mental health unit in 2015 aged 19 with a first episode of psychosis. Assessed as likely cannabis induced. Under the early intervention in psychosis team for 2 years, discharged well, off antipsychotic medication since 2018. One overdose in 2016 (paracetamol), no further self harm recorded. Seen by GP in Feb 2024 following the death of his son: low mood, poor sleep, no psychotic symptoms, denies suicidal thoughts, declined medication, referred to talking therapies. GP notes his cannabis use has been "on and off" for years and had increased since Ezra's birth.

SW view: this history was not known to the HV or to mum (dad says he never told her). It increases the importance of dad staying off cannabis. Discussed with TM, to be considered in the written agreement without disclosing the detail.""" ),
    ("cinreview", "2024-04-22", "CIN Review", "imowbray", "CIN review 1", "standard",
     """CIN review 22/4/24 at mum's new flat ([[Flat 2, 9 Beacon Oak Road|ADDRESS:P03]]).
Present: mum, PGM, HV, pre-school manager, SW. Dad attended the first 20 mins separately (mum not in the room).

Akachi moved back to live with mum full time on 23rd March when mum got the keys. Settled, has her own room with Ezra's photo by her bed. Sleeping in her own bed "most nights". At pre-school 4 days, they say she is playing again, talks about her brother "in a happy way sometimes".
Mum: still very low on some days but getting up, dressed, walking Akachi to pre-school. Talking therapies started. Goes to the Little Lanterns parents' group on Weds.
Dad: supervised contact every Sunday at PGPs, it goes well. Says he has not smoked since January. Police: still RUI, file with the CPS, no date.
Post-mortem: no result yet, coroner's officer says final report expected "summer".

Plan continues. Next review July.""" ),
    ("texts", "2024-06-21", "Text Message", "imowbray", "Text messages from mum (copied from work mobile)", "standard",
     """Text thread with mum on work mobile, copied in:

[20/06 21:47] Mum: can u ring me tmrw. need to tell u something before HV finds out
[20/06 21:48] Mum: please dont be angry
[21/06 08:55] SW: Morning Kayleigh, of course, I'll ring at 10. Is everything ok with you and Akachi?
[21/06 08:58] Mum: we r ok. I'm pregnant. 9 wks. its [[Lewins|P07]]. please dont take it off me
[21/06 09:01] SW: Thank you for telling me. Nobody is taking anything off you. Let's talk at 10 x

Rang at 10. Mum has been seeing [[Lewin Pitchford|P07]] since April, he is a friend of her sister's, works as a plasterer, lives in {{Ashford|place}}, not living with her. Pregnancy unplanned but she wants to keep it. Very frightened about "the sleeping". Told her we would need to do a pre-birth assessment, explained it is about support and safe sleep and not about taking the baby. She said "I'll do anything".
EDD 24 January 2025. Booked with midwife.""" ),
    ("pma", "2024-07-16", "Assessment", "imowbray", "Pre-birth assessment - visit 1 (mum and partner)", "standard",
     """Pre-birth assessment, first session. Mum and Lewin at mum's flat, Akachi at pre-school.

Lewin: 29, no children, no police record that he knows of (checks requested). Drinks "at weekends, a few pints". Does not use drugs. Met Kayleigh through her sister. Knows about Ezra, has been "there for her". Says he will do whatever the plan needs. Wants to move in "eventually" but not before the baby.

Mum: talked about Ezra for a long time. Her anger at Carlton has not gone: "he chose a spliff over my son", but she says she's "not going to stop Akachi seeing her dad". Worried about the anniversary and the birth being close together.

Midwife ([[Rowena Lightfoot|~british]], community midwife) by phone: booking bloods fine, mum on the perinatal mental health team's list, will have extra visits.

Next: safe sleep plan to be written with both, including night feeds, no sofa sleeping, no alcohol when caring for the baby; checks on Lewin; views of Akachi.""" ),
    ("pmfinal", "2024-08-14", "Police", "imowbray", "Post-mortem final result and police outcome", "standard",
     """Coroner's officer rang mum 13/8 and SW on 14/8. The final post-mortem report was received on 12th August, 6 and a half months after Ezra died.

Cause of death: 1a Unascertained (sudden unexpected death in infancy). The report records "co-sleeping on a sofa with an adult who had consumed alcohol and cannabis" as a significant risk factor but cannot say it caused the death. No injuries. Toxicology on Ezra negative.

Police: DS Scanlan confirmed on 14/8 that the CPS has advised no further action against Carlton. RUI ended. Dad informed yesterday, he was "not relieved, just empty".
Inquest opened and adjourned in February; the coroner will decide whether a full inquest is needed.

Mum: says "unascertained" feels like "nobody knows anything". I talked it through with her, and she has asked to see Dr Chukwudi to go through it, which the paediatrician offered at the JAR. Booked via the SUDI team.
Written agreement with dad: TM agreed supervision at PGPs no longer required; dad can have Akachi for days out, no overnights for now, no alcohol or cannabis.""" ),
    ("cdr", "2024-09-18", "Case note", "imowbray", "Child death review meeting", "standard",
     """Child Death Review Meeting (local CDR meeting, not CDOP panel) 18.9.24, chaired by Dr Chukwudi. SW, HV, police, GP, midwifery attended. Parents were invited to give their questions in advance, mum sent 3 questions via the key worker (Dr Chukwudi).

Findings: Ezra's death was unexpected. Factors identified as modifiable: sleeping on a sofa with an adult, adult consumption of alcohol and cannabis, overheated room. Safe sleep advice had been given twice and recorded. Learning: safe sleep advice to partners/fathers, who often do the night feeds, is not always given directly - HV service to review. Case to go on to the CDOP panel.

Mum's questions were answered in a letter from Dr Chukwudi. One of them was "would he still be alive if he'd been in his basket" - the letter says no one can say that for certain.""" ),
    ("closure", "2024-11-25", "Step Down", "ostrangways", "Pre-birth assessment outcome and step down", "standard",
     """Pre-birth assessment completed 11/11/24 (I Mowbray). Outcome: no child protection plan required for the unborn baby. Mum has engaged fully; safe sleep plan agreed and signed by mum and Lewin; PNC check on Lewin - no convictions; perinatal mental health team involved; EPDS now 9. Mum has asked for a next-to-me crib and the HV has arranged one.
Akachi: thriving at pre-school, starting Reception Sept 2025. Seeing dad each Saturday for the day; dad has a flat in Hythe and has stayed off cannabis (agreed hair test in Oct - negative for cannabis). Akachi had 10 sessions with Rainbows.
Mum and dad are not together and communicate through PGM, which works.

Decision (TM): CIN plan for Akachi ended. Case stepped down to Early Help with the HV under Universal Plus for the birth, and a "safe sleep" refresh in the first week. SW to write a closing letter to mum. Case closed to CSC on 25/11/24.""" ),
]

QUESTIONS = [
    {"q": "what date did Ezra die", "qtype": "when", "facts": ["2024-01-30"], "notes": ["police", "jar"], "as": "imowbray"},
    {"q": "how many cans did dad say he'd had that night?", "qtype": "how_many", "facts": ["6"], "notes": ["police"], "as": "imowbray"},
    {"q": "Who did Akachi go to stay with after the death", "qtype": "who", "facts": ["Jemmott"], "notes": ["strat"], "as": "ostrangways"},
    {"q": "what happened after dad was interviewed", "qtype": "what", "facts": ["released under investigation"], "notes": ["strat"], "as": "imowbray"},
    {"q": "what did akachi say about her brother when I saw her", "qtype": "quote", "facts": ["gone to the stars"], "notes": ["s47"], "as": "imowbray"},
    {"q": "when was the funeral", "qtype": "when", "facts": ["2024-02-15"], "notes": ["funeral"], "as": "ostrangways"},
    {"q": "is mum still with Carlton?", "qtype": "yes_no", "facts": ["no"], "notes": ["funeral", "s47"], "as": "imowbray"},
    {"q": "whats the cause of death on the final PM", "qtype": "what", "facts": ["unascertained"], "notes": ["pmfinal"], "as": "imowbray"},
    {"q": "who's the father of the new baby", "qtype": "who", "facts": ["Pitchford"], "notes": ["texts"], "as": "ostrangways"},
    {"q": "whats the name of akachis key worker at pre-school", "qtype": "who", "facts": [], "notes": [], "as": "imowbray"},
    {"q": "which funeral directors did the family use?", "qtype": "who", "facts": [], "notes": [], "as": "ostrangways"},
]

EVENTS = [
    ("2024-01-30", "household_change", ["police", "jar"], "Ezra (10 weeks) dies after falling asleep on the sofa with his father, who had drunk alcohol and used cannabis"),
    ("2024-01-30", "hospital", ["police", "jar"], "Ambulance called; Ezra pronounced dead at William Harvey Hospital"),
    ("2024-01-30", "police_incident", ["police", "strat"], "Father arrested on suspicion of child neglect"),
    ("2024-01-30", "strategy_discussion", ["jar"], "Joint agency response meeting with the paediatrician, police and HV"),
    ("2024-01-30", "placement_move", ["police", "jar", "strat"], "Akachi goes to stay with her paternal grandparents under a safety plan"),
    ("2024-01-30", "assessment", ["homevisit"], "Joint home visit by police, paediatrician and SW"),
    ("2024-01-31", "strategy_discussion", ["strat"], "Strategy discussion: s47 for Akachi agreed, safety plan with paternal grandparents"),
    ("2024-01-31", "police_incident", ["strat"], "Father interviewed under caution and released under investigation"),
    ("2024-02-05", "section_47", ["s47"], "s47 visit: Akachi seen alone at her grandparents', both parents seen separately"),
    ("2024-02-12", "section_47", ["mo"], "s47 outcome: no ICPC, Akachi supported under a CIN plan with written agreement"),
    ("2024-02-15", "household_change", ["funeral"], "Ezra's funeral; parents separate, mother moves to her sister's"),
    ("2024-03-23", "household_change", ["cinreview"], "Akachi returns to live with her mother in a new flat"),
    ("2024-04-22", "cin_review", ["cinreview"], "First CIN review"),
    ("2024-06-21", "household_change", ["texts"], "Mother tells SW she is pregnant by her new partner; pre-birth assessment to follow"),
    ("2024-08-12", "health", ["pmfinal"], "Final post-mortem report: cause of death unascertained (SUDI)"),
    ("2024-08-14", "police_incident", ["pmfinal"], "CPS advises no further action against the father; RUI ended"),
    ("2024-09-18", "health", ["cdr"], "Child death review meeting identifies modifiable sleep factors"),
    ("2024-11-11", "assessment", ["closure"], "Pre-birth assessment completed: no CP plan needed for the unborn baby"),
    ("2024-11-25", "closure", ["closure"], "CIN plan ends; stepped down to Early Help and closed"),
]
