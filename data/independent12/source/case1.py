"""IN12-0001: two young children, a mother who is alcohol dependent, a drink-drive arrest with both in the car."""

CASE = {
    "case_id": "IN12-0001",
    "team": "Tenterden Child Protection",
    "status": "child_in_need",
    "allocated_worker": "mdewhurst",
    "child": {
        "person_id": "P01", "given_name": "Ansel", "family_name": "Keohane", "date_of_birth": "2016-05-11",
        "gender": "male", "ethnicity": "White British / White Irish", "religion": "None",
        "nhs_number": "485 721 9034", "address": "27 Saltings Way, Tenterden TN30 6QD",
        "school": "Smallhythe Road Primary",
        "given_origin": "british", "family_origin": "irish",
    },
    "people": [
        {"person_id": "P02", "given_name": "Blythe", "family_name": "Keohane", "relationship": "sister",
         "date_of_birth": "2019-02-20", "given_origin": "british", "family_origin": "irish"},
        {"person_id": "P03", "given_name": "Jenifer", "family_name": "Attwater", "relationship": "mother",
         "date_of_birth": "1989-08-02", "phone": "07823 415902", "address": "27 Saltings Way, Tenterden TN30 6QD",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Cillian", "family_name": "Keohane", "relationship": "father",
         "date_of_birth": "1986-01-29", "phone": "07462 118390", "address": "Flat 4, 19 Cotham Vale, Bristol BS6 6HS",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P05", "given_name": "Damaris", "family_name": "Attwater", "relationship": "maternal grandmother",
         "date_of_birth": "1958-11-14", "phone": "01233 960418", "address": "3 Pittlesden Close, Tenterden TN30 6HX",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Ansel": "P01", "Blythe": "P02", "Jenifer": "P03", "Attwater": "P03", "ATTWATER": "P03",
    "Cillian": "P04", "Keohane": "P04", "KEOHANE": "P04", "Damaris": "P05",
    "Rashida": "~south_asian", "Tegwen": "~british", "Thorncombe": "~british", "Tasha": "~british",
    "Nankervis": "~british", "Qadeer": "~south_asian", "Vavasour": "~british", "Prideaux": "~british",
    "Verena": "~british", "Dewhurst": "~british", "Merrion": "~british", "Strangways": "~british",
    "Obadiah": "~british",
}

NOTES = [
    ("police", "2023-09-17", "Police Notification", "mdewhurst", "Police notification - adult arrested, children present", "standard",
     """KENT POLICE - PUBLIC PROTECTION NOTIFICATION (received MASH 08:12 17/09/23)

Occurrence: drink drive, children in vehicle
Date/time of incident: 16/09/2023 approx {{18:40|time}}
Location: B2082 near the {{Reading Street|place}} turn

Adult: [[Jenifer ATTWATER|P03]] DOB [[02/08/1989|DOB:P03]]
Children present: [[Ansel KEOHANE|P01]] (7), [[Blythe KEOHANE|P02]] (4)

Summary: member of the public called 999 reporting a silver Corsa being driven erratically, mounting the verge twice. Stopped by PC [[Tobin Upjohn|~british]]. Driver smelt strongly of intoxicants, slurred speech. Roadside breath test positive, evidential reading at custody {{71|figure}} micrograms (limit 35). Both children in the rear, Blythe in a booster seat not fastened correctly. Ansel was crying and said "mummy was swervy". Neither child injured. Children collected from the roadside by maternal grandmother [[Damaris ATTWATER|P05]] who took them to her address, [[3 Pittlesden Close|ADDRESS:P05]].

Adult charged with driving with excess alcohol, bailed to court. Licence will be suspended. Officer notes empty wine bottle in passenger footwell. No previous DA or child concern markers on the address. Adult previously known - 2021 drunk and disorderly, NFA.

Referred to childrens services for consideration.""" ),
    ("strat", "2023-09-18", "Strategy Discussion", "mdewhurst", "Strategy discussion", "standard",
     """Strategy discussion held 18.9.23 at 11:00 via Teams.
Chair: O Strangways (TM)
Present: DS [[Humaira Qadeer|~south_asian]] (police CAIU), Mrs Nankervis (DSL, {{Smallhythe Road Primary|place}}), HV [[Kerris Bellenden|~british]] (for Blythe, although now at nursery), Merrion Dewhurst SW.
GP surgery sent info by email, did not attend.

Information shared:
Police - as per notification. Evidential reading more than twice the limit. Mum interviewed overnight, "full admission", said she'd had "a couple of glasses at lunch". Police view is that is not credible given the reading at 7pm.
School - Ansel is in Y3. Attendance last year 88%, lots of late marks, often comes in without breakfast. He's a "sweet, anxious lad", teacher noticed he watches the door at pick-up. No previous safeguarding logs but DSL said staff had smelt alcohol on mum at pick-up "once or twice" last term and not logged it (DSL has addressed with staff).
Health - children's imms up to date. Blythe had a 27-month review which was fine. GP records show mum saw GP Feb 23 re low mood, told GP she was drinking "a bottle a night" since splitting with the children's father, referred to the local recovery service but did not take it up.
Father lives in Bristol, has PR (named on both birth certs), has contact in the holidays.

Decision: threshold for s47 met (single agency SW led, police investigating the offence separately). Children to stay at MGM's until the s47 visit is done and safety plan agreed. Mum not to be alone with the children until then. Mum not to drive (she wont be able to anyway). If mum goes to MGM's address intoxicated police to be called.
MGM's health to be looked at - she mentioned to police she has COPD.
Outcome to be shared with dad by SW today.""" ),
    ("s47visit", "2023-09-20", "S47 Enquiry", "mdewhurst", "Section 47 visits - children seen", "standard",
     """s47 visits yesterday, 19th, at MGM's and at mum's.

Children seen: Yes. Ansel seen alone in MGM's front room, Blythe seen with nan present (she would not separate).

Ansel: chatty once we got the Lego out. Told me mum "drinks the wine in the big bottle when we're in bed" and sometimes in the day "when she's sad about daddy". Asked what happens then - "she goes sleepy on the sofa and I do Blythe's cereal". On Saturday: "mummy was swervy and the man with the yellow coat opened the door". Said he was scared "a bit" and that nanny came. Asked who he'd tell if he was worried, he said nanny and Mrs Nankervis. No marks seen on either child. Both appropriately dressed, Blythe has a bad cold.

Blythe: too young to say much. Showed me her rabbit {{Clover|pet_name}} (a toy, not a real one - nan says there was a real rabbit but it died in the summer).

Mum (seen at [[27 Saltings Way|ADDRESS:P03]] afterwards): very ashamed, cried most of the visit. Said her drinking got bad after [[Cillian|P04]] left in 2021 and worse this year when he moved in with his new partner in Bristol. Drinks 1 to 1.5 bottles of wine most nights, more at weekends. Has tried to stop on her own and gets "the shakes" - this is a withdrawal sign, advised not to stop suddenly without medical support. Agreed to self refer to the {{Weald Recovery Partnership|place}} today, I sat with her while she rang. First appointment booked 26/9. Agreed to hair strand testing. Home clean, food in, recycling bin full of bottles which mum pointed out herself.

MGM: Damaris is 64, has COPD and had a hip replacement in May. Says she can have the kids "for a bit" but can't do school runs every day, she doesn't drive far and the walk to school is too much for her chest. Happy to be the safety person but said "I'm not as young as I was, love".

Analysis: children at risk of neglect and harm due to mum's alcohol dependence - the drink drive is the most serious incident but not the first time mum has been intoxicated caring for them. Mum has insight and is engaging. Protective factor is MGM but her health limits what she can do.

Recommendation: ICPC. Children to return home with a safety plan once recovery service is in place and MGM is checking daily.""" ),
    ("dadcall", "2023-10-02", "Telephone", "mdewhurst", "Calls - father and MGM", "standard",
     """{{14:10|time}} tc to dad ([[Cillian Keohane|P04]]) on [[07462 118390|PHONE:P04]]. Updated him re ICPC date and invited him, he will dial in as he can't get the time off to come to Kent. He was angry, said he'd "been telling everyone for two years she drinks" and nobody listened. Said he wants the children to come and live with him in Bristol with his partner [[Rashida|~south_asian]] and their baby. He has a 2 bed flat. I explained that would need to be looked at properly and that the childrens views and their schools and their relationship with mum matter too. He said he has already spoken to a solicitor about a child arrangements order.

{{14:40|time}} tc from MGM. Kids went back to mum's on Saturday just gone (30th) as agreed under the safety plan. Damaris going round every evening at teatime and on Sat mornings. She said Saturday went "fine, she was sober as a judge". She's struggling a bit with her breathing, has an appt at the chest clinic next week.

{{15:05|time}} [[Jen|P03]] rang - had her first appointment at the recovery service on 26th, worker is [[Tegwen Thorncombe|~british]]. Talking about a detox. Anxious about the conference.""" ),
    ("icpc", "2023-10-09", "Initial Child Protection Conference", "mdewhurst", "ICPC - minutes summary", "standard",
     """INITIAL CHILD PROTECTION CONFERENCE 09/10/2023

Chair: [[Ranulph Vavasour|~british]] (Independent Chair)
Attending: Ms Attwater (mother) with MGM as support; Mr Keohane (father) by phone; M Dewhurst SW; Mrs Nankervis DSL; [[Shardae Orpwood|~british]] nursery manager, {{Little Acorns Nursery|place}}; K Thorncombe, Weald Recovery; DS Qadeer (report only).
Apologies: HV, GP (report received).

Key concerns: mother's alcohol dependence; drink drive 16/9 with both children in the car; children caring for themselves when mum is intoxicated (Ansel making breakfast for Blythe); late and missed school days.
Strengths: mum's honesty and early engagement; warm relationship with both children; MGM's support; father wants to be involved.

School: Ansel attendance this term 86%. 4 lates. Teacher reports he is tired on Mondays.
Nursery: Blythe attends 3 days funded, attendance patchy (missed 5 of 15 sessions since Sept). When she is there she is happy and chatty.
Recovery service: mum assessed as alcohol dependent (AUDIT 31). Community detox planned, start date 23rd October, with home visits from the nurse. Mum to attend Tuesday group after.

Decision: both children subject to a Child Protection Plan under the category of NEGLECT. Unanimous.
Father asked that it be minuted that he wants the children to live with him. Chair noted this and advised he speak to the SW about an assessment of his home.

Core group: first meeting 19/10. Review conference within 3 months.
Plan includes: detox and ongoing work with Weald Recovery, hair strand test (mum consented), MGM to continue daily check in, no driving, school and nursery attendance to improve.""" ),
    ("detoxemail", "2023-10-30", "Email", "mdewhurst", "Email from Weald Recovery - detox", "standard",
     """Email pasted below from K Thorncombe, Weald Recovery Partnership, rec'd 30/10:

"Hi Merrion,
Just to let you know Jenifer did not start her detox last Monday. Nurse went out at 9 as planned and there was no answer, I rang and got her about lunchtime and she said she had a migraine and had "taken something and slept through". She admitted she'd had a drink the night before "to say goodbye to it". We have rebooked for Monday 6th November and I've asked that her mum is there on day 1. Keen to keep her on track, she's been good at attending her one to ones. If she misses again I'll need to discuss with my manager whether community detox is right for her or whether she needs an inpatient bed.
Tegwen"

SW comment: MGM not aware of the missed start, I'll speak to mum before core group. Plan remains.""" ),
    ("coregroup", "2023-11-20", "Core Group", "mdewhurst", "Core group 2", "standard",
     """Core group meeting - 20/11/23, at school

Present: mum, MGM, SW, DSL, Tegwen (Weald), nursery manager by phone. Dad sent apologies, emailed update.

Detox: mum DID start on the 6th and completed it. 7 days chlordiazepoxide, nurse visits daily, MGM stayed over the first 3 nights. Mum says she has not had a drink since the 5th. Attending Tuesday group at Weald and has started going to an AA meeting in {{Ashford|place}} on Thursday evenings (her friend drives her).
Hair strand: sample taken 16/11, results awaited.
School: Ansel's attendance up to 93% for the half term. Teacher says he's "lighter". He got a star of the week.
Nursery: Blythe in every session for 3 weeks.
MGM: chest clinic have put her on a new inhaler, may need home oxygen assessed in the new year. She said she "can't promise" to keep going every evening over winter.

Dad: by email, wants to know when the assessment of his home will start. SW to book.

Actions: SW to arrange a visit to dad in Bristol w/c 11/12 if poss (before Christmas); mum to keep a drink diary; Christmas plan to be agreed at next core group (mum said Xmas is a "danger time").""" ),
    ("hairstrand", "2023-12-04", "Case note", "mdewhurst", "Hair strand test result", "standard",
     """Hair strand results received today (lab report uploaded to documents).

Sample taken 16.11.23, 3cm proximal, approx Aug to mid Nov, sectioned into 3 x 1cm.
Section 1 (oldest, approx mid Aug to mid Sept): EtG and FAEE consistent with CHRONIC EXCESSIVE alcohol consumption.
Section 2 (mid Sept to mid Oct): consistent with chronic excessive consumption.
Section 3 (most recent month): EtG lower, reported as consistent with "excessive consumption, reducing" - the lab notes a hair segment this short cannot confirm abstinence since detox.

shared with mum on the phone - she was dissapointed but understood it would take longer to show. Repeat test agreed in approx 3 months.

Christmas plan agreed by phone with mum and MGM: kids going to MGM's Xmas day, mum staying over there Xmas eve. Dad having children 27th to 30th Dec in Bristol (he will collect).""" ),
    ("school", "2024-01-04", "School Contact", "mdewhurst", "DSL call - disclosure at school", "standard",
     """Phone call from Mrs Nankervis DSL at {{10:20|time}}.

First day back today. In circle time Ansel told his class teacher that "mummy was lying on the kitchen floor on Boxing Day and I couldn't wake her up so I rang nanny on mummy's phone". He said "she had the wine again". Teacher asked if he was ok, he said "yes because nanny came and we went to nanny's". He then asked the teacher not to tell mummy he said it.

DSL says Ansel was quiet but ok, ate his lunch. Blythe at nursery today, brought by MGM.

I explained the Christmas plan had been for mum to stay at MGM's - need to find out what happened. Told DSL I will visit mum today unannounced. School will keep an eye and let me know if he says more.""" ),
    ("hvjan", "2024-01-05", "Unannounced Home Visit", "mdewhurst", "Unannounced home visit following disclosure", "standard",
     """Purpose of visit: unannounced, following Ansel's disclosure at school yesterday.
Visit date: 4/1/24 at 15:45 (written up today). Mum and both children present, MGM arrived part way through.
Child seen: Yes - Ansel seen alone in his bedroom; Blythe seen.

Mum's account: admitted she drank over Christmas. She didn't stay at her mum's on Christmas Eve as planned, "the kids wanted to wake up in their own beds". Had a bottle of prosecco on Christmas Day evening "because everyone else was", then drank on the 26th. Remembers nothing of the afternoon of Boxing Day. MGM came round after Ansel rang her at about 4 and took the children home with her. Mum says she stopped on the 28th and has not drunk since, "I've let them down again". Denied drinking while the children were with their dad. Smelt of no alcohol today, home tidy.

Ansel (alone): said again that mum was "asleep on the floor and wouldn't wake up". He was frightened, "I thought she was dead". He said he knew to ring nanny because "it's on the plan". Said he likes it when mummy is "not drinking mummy".

MGM: very upset she was not told mum would not stay. She said she "can't keep being the fire brigade". Her oxygen assessment is booked for February.
Dad: I rang him after the visit, children had been fine with him 27-30th, they did not say anything to him about Boxing Day. He says this "proves" they should live with him.

Analysis: a significant relapse and, more worrying, the safety plan was not followed and the children were alone with mum while she was heavily intoxicated. Ansel (7) had to act to keep himself and his sister safe. Positives: Ansel used the plan, MGM responded, mum has told the truth quickly. Nonetheless this needs management oversight re legal planning.

Next steps: discuss with TM; mum to re-engage with Tegwen tomorrow; review conference is on Monday.""" ),
    ("rcpc1", "2024-01-08", "Review CP Conference", "mdewhurst", "Review child protection conference 1", "standard",
     """RCPC held 8th January 2024. Chair R Vavasour.

Attendees: mum, MGM, dad (in person this time, travelled from Bristol), SW, DSL, Weald Recovery (K Thorncombe), nursery manager.

Progress reported: detox completed Nov, several weeks sober, attendance much improved (Ansel 93% for the autumn term overall, Blythe full attendance since mid-Nov). Hair strand from Nov still showing excessive use in the earlier months.
Relapse 25th-28th Dec, children in her sole care, Ansel rang MGM on Boxing Day when he could not wake his mum.
Dad stated he will apply to court for the children to live with him. Mum said she would oppose that.
MGM told the conference her own health means she can't be the main safety net for much longer.

Decision: children to remain subject to CP plans, category neglect. Chair recommended the LA consider whether the PLO threshold is met. Next RCPC in 6 months.
A strategy discussion would be reconvened if there is any further incident of mum being intoxicated while caring for the children.""" ),
    ("mo", "2024-01-10", "Management Oversight", "ostrangways", "Management oversight - legal planning", "standard",
     """Management oversight - O Strangways TM

Reviewed file following Boxing Day relapse and RCPC. Significant concerns remain: two serious incidents in four months, in both the children were with mum alone and intoxicated. Mum's engagement is genuine and she completed detox, but the relapse was when plans were not followed. MGM's capacity to protect is reducing (COPD, oxygen assessment pending).

Decision: case to go to Legal Planning Meeting (booked 23/1). SW to request a viability assessment of father and partner in Bristol - Bristol CC to be asked for any records on dad's household. Repeat hair strand to be brought forward to March.

SW to talk to mum about the likelihood of a letter before proceedings so it does not come as a shock.""" ),
    ("legal", "2024-01-24", "Legal", "mdewhurst", "Email from legal - LPM outcome", "standard",
     """From: [[Verena Prideaux|~british]] (Solicitor, Childcare Team, Legal Services)
To: M Dewhurst; O Strangways
Sent: 24 January 2024 09:47
Subject: IN12-0001 - Legal Planning Meeting 23.01.24 - advice

Merrion, Obadiah

Thank you for attending yesterday and for your email of the 22nd inst. To confirm advice:
1. The threshold criteria under s31(2) are in my view met on the evidence of the drink drive on 16 September, the relapse over Christmas and the hair strand results showing chronic excessive use.
2. I do not advise issuing now. Mum is engaged and there is a real prospect of change. Proceed under the PLO pre-proceedings framework.
3. A letter before proceedings should go to both parents (father has PR) this week. PLO meeting to be fixed for the first week of February.
4. Please commission a viability assessment of the father. If father issues his own private law application for a CAO, we need to know, as it may affect our approach.
5. Repeat hair strand (6 months, sectioned) agreed as part of the pre-proceedings plan.

Kind regards
Verena""" ),
    ("lbp", "2024-01-26", "Letter", "mdewhurst", "Letter before proceedings - mother (copy)", "standard",
     """Copy of letter sent to mum, hand delivered 26/1/24 (copy to father by recorded post).

Dear Ms Attwater,

LETTER BEFORE PROCEEDINGS - [[Ansel|P01]] and [[Blythe Keohane|P02]]

I am writing because the local authority is very worried about your children. We are thinking about asking the Family Court to make decisions about them. Before we do that, we want to meet with you and your solicitor to see if we can agree a plan to keep the children safe at home.

Our worries are:
- On 16 September 2023 you drove with Ansel and Blythe in the car when you were more than twice over the drink drive limit.
- Over Christmas you drank heavily while the children were in your care, and on 26 December Ansel could not wake you and had to phone his grandmother.
- Hair strand test results show you were drinking at a harmful level for several months.

We would like to meet you on Wednesday 7 February 2024 at 10am at {{Tenterden Gateway|place}}. Please take this letter to a solicitor straight away. You are entitled to free legal advice. A list of solicitors is enclosed.

Yours sincerely,
Merrion Dewhurst, Social Worker""" ),
    ("plo", "2024-02-07", "PLO Meeting", "mdewhurst", "PLO meeting", "standard",
     """PLO meeting held today 7.2.24 at Tenterden Gateway. Chaired by O Strangways.

Present: mum + solicitor (Mr [[Brzezicki|~eastern_european]]); dad + his solicitor by Teams; SW; LA solicitor V Prideaux.

Mum accepted all the concerns in the letter, said "I know what I did". She has not drunk since 28th Dec (5 and a half weeks), is going to the Tuesday group and AA twice a week, and has a sponsor.

Pre-proceedings plan agreed (review in 12 weeks):
- mum to stay abstinent and continue with Weald Recovery; random breath tests at appointments;
- repeat hair strand in March and again in May;
- a new written safety plan: if mum drinks, Ansel's school and MGM are called and the children go to MGM's, or to dad's if MGM is unwell. Ansel NOT to be the one who has to ring;
- MGM is no longer the only safety person - mum's friend [[Tasha Greenhalgh|~british]] (neighbour, 2 doors down) agreed to be second contact;
- viability assessment of dad and his partner by SW, visit to Bristol on 21/2;
- dad's private law application: dad's solicitor said he has NOT issued yet and will wait for the outcome of the assessment and hair strand.
- children's views to be gathered (Ansel) - SW direct work.

Mum's solicitor asked that the plan recognise the progress made. Agreed.""" ),
    ("hair2", "2024-04-03", "Case note", "mdewhurst", "Second hair strand result and dad's viability", "standard",
     """Hair strand results (sample taken 15/3/24, 3 x 1cm, covers roughly mid Dec to mid March):
- oldest segment (mid Dec to mid Jan): consistent with excessive consumption - this matches the Christmas relapse mum told us about;
- middle and most recent segments: EtG below cut off, consistent with abstinence or very low consumption.
Mum cried when I told her, "finally something that shows it".

Viability of dad: visited Bristol on 21st Feb. Dad, partner Rashida and their baby live in a 2 bed flat, second bedroom is the baby's. He would need a bigger property. Partner was welcoming but said honestly she had not thought about having the children full time. Positive viability for increased contact, not (currently) for the children to live there. Dad disappointed but said he would "go with it" if mum keeps sober. He is now having them alternate weekends in Tenterden plus half the holidays.

Ansel's views (direct work 28/3, three houses activity): wants to live "with mummy when she's not drinking" and go to daddy's "on holidays and for the beach". Blythe drew nanny's house.""" ),
    ("rcpc2", "2024-07-08", "RCPC", "ostrangways", "Review conference 2 - step down", "standard",
     """Review Child Protection Conference - 8 July 2024
Chair: R Vavasour. Present: mum, dad (phone), MGM, SW M Dewhurst, DSL, Weald Recovery, nursery.

Summary of progress since January:
- mum has been abstinent since 28th December 2023 (over 6 months). Hair strand May 2024 (covering Feb to May) consistent with abstinence. Breath tests all negative.
- PLO review meeting 1 May: the LA decided not to issue; mum to remain in pre-proceedings until this conference.
- Ansel's attendance 97% this term. Teacher describes him as "a different boy". Blythe full attendance at nursery, starting Reception at Smallhythe Road in September.
- MGM had her oxygen assessment in February and now uses home oxygen at night; she still sees the children most days but is no longer part of the written safety plan. Mum's neighbour Tasha remains the backup.
- Dad has the children alternate weekends and will have 2 weeks in August in Bristol. Dad said he is not pursuing a court application "for now" and thanked mum for being honest.

Decision: CP plans ended. The children to be supported as Children in Need for a period of 3 months, first CIN meeting 5 August. Pre-proceedings ended - letter to be sent to both parents confirming.
Mum said "I'm not going to pretend it's easy, but I want them to remember this as the year I got better." """),
]

QUESTIONS = [
    {"q": "what was mums breath reading when she got stopped", "qtype": "what", "facts": ["71"], "notes": ["police"], "as": "mdewhurst"},
    {"q": "when was the ICPC?", "qtype": "when", "facts": ["2023-10-09"], "notes": ["icpc"], "as": "ostrangways"},
    {"q": "what category did the kids go on the plan under", "qtype": "what", "facts": ["neglect"], "notes": ["icpc"], "as": "mdewhurst"},
    {"q": "Who is mum's worker at the recovery service?", "qtype": "who", "facts": ["Thorncombe"], "notes": ["dadcall"], "as": "mdewhurst"},
    {"q": "what did Ansel tell his teacher after xmas", "qtype": "quote", "facts": ["couldn't wake her up"], "notes": ["school"], "as": "mdewhurst"},
    {"q": "did mum actually start the detox on the date booked", "qtype": "yes_no", "facts": ["no"], "notes": ["detoxemail"], "as": "ostrangways"},
    {"q": "when did the relapse start - when did she start drinking again over christmas", "qtype": "when", "facts": ["2023-12-25"], "notes": ["hvjan"], "as": "mdewhurst"},
    {"q": "what's wrong with nan's health", "qtype": "what", "facts": ["COPD"], "notes": ["strat", "s47visit"], "as": "mdewhurst"},
    {"q": "has dad actually made a court application for the children to live with him?", "qtype": "yes_no", "facts": ["no"], "notes": ["plo", "rcpc2"], "as": "ostrangways"},
    {"q": "has mum been to the magistrates yet for the drink driving, what did she get", "qtype": "what", "facts": [], "notes": [], "as": "mdewhurst"},
    {"q": "whats the name of the paediatrician the kids saw", "qtype": "who", "facts": [], "notes": [], "as": "ostrangways"},
]

EVENTS = [
    ("2023-09-16", "police_incident", ["police", "strat"], "Mother arrested for drink-driving with both children in the car; children collected by MGM"),
    ("2023-09-17", "contact", ["police"], "Police notification received by MASH"),
    ("2023-09-18", "strategy_discussion", ["strat"], "Strategy discussion; s47 agreed, children to stay with MGM under safety plan"),
    ("2023-09-19", "section_47", ["s47visit"], "s47 visits: Ansel seen alone, mother admits daily drinking and self-refers to recovery service"),
    ("2023-09-30", "household_change", ["dadcall"], "Children return home to mother under safety plan with MGM checking daily"),
    ("2023-10-09", "icpc", ["icpc"], "ICPC: both children made subject to CP plans, category neglect"),
    ("2023-10-23", "health", ["detoxemail"], "Mother misses the start of her community detox; rebooked"),
    ("2023-11-06", "positive_change", ["coregroup"], "Mother starts and completes a 7-day community detox"),
    ("2023-12-04", "health", ["hairstrand"], "Hair strand test shows chronic excessive alcohol use Aug-Nov"),
    ("2023-12-26", "police_incident", ["school", "hvjan", "rcpc1"], "Christmas relapse: Ansel cannot wake his intoxicated mother and rings MGM, who takes the children"),
    ("2024-01-08", "rcpc", ["rcpc1"], "RCPC: CP plans continue; PLO to be considered"),
    ("2024-01-23", "court", ["legal"], "Legal planning meeting: threshold met, proceed under PLO pre-proceedings"),
    ("2024-01-26", "court", ["lbp"], "Letter before proceedings served on both parents"),
    ("2024-02-07", "court", ["plo"], "PLO meeting; pre-proceedings plan agreed"),
    ("2024-02-21", "assessment", ["hair2"], "Viability assessment of father in Bristol: positive for more contact, not for care"),
    ("2024-04-03", "positive_change", ["hair2"], "Second hair strand test consistent with abstinence since January"),
    ("2024-07-08", "rcpc", ["rcpc2"], "RCPC: CP plans end, step down to CIN; pre-proceedings ended"),
]
