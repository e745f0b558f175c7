"""IN14-0003: a twelve-year-old boy in residential care who sets fires; a High Court deprivation of liberty order."""

CASE = {
    "case_id": "IN14-0003",
    "team": "Kemsing Children in Care",
    "status": "looked_after",
    "allocated_worker": "bbulstrode",
    "child": {
        "person_id": "P01", "given_name": "Finbar", "family_name": "Shortall", "date_of_birth": "2013-06-11",
        "gender": "male", "ethnicity": "White Irish", "religion": "Roman Catholic", "nhs_number": "494 299 4322",
        "address": "Pennicott House, 3 Horlock Road, Kemsing, TN15 6LW", "school": "The Anvil Centre (alternative provision)",
        "given_origin": "irish", "family_origin": "irish",
    },
    "people": [
        {"person_id": "P02", "given_name": "Sinead", "family_name": "Shortall", "relationship": "mother",
         "date_of_birth": "1990-02-17", "phone": "07384 519072", "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P03", "given_name": "Keith", "family_name": "Treadgold", "relationship": "former foster carer",
         "phone": "020 7946 0318", "address": "41 Pilgrims Rise, Kemsing, TN15 6DD",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Dawn", "family_name": "Treadgold", "relationship": "former foster carer",
         "phone": "020 7946 0318", "address": "41 Pilgrims Rise, Kemsing, TN15 6DD",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Kelvin", "family_name": "Jarrold", "relationship": "registered manager, Pennicott House",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Jaz", "family_name": "Bagnall", "relationship": "key worker, Pennicott House",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Finbar": "P01", "Fin": "P01", "Finny": "P01",
    "Sinead": "P02", "Ms Shortall": "P02",
    "Keith": "P03", "Mr Treadgold": "P03", "Treadgolds": "P03",
    "Dawn": "P04", "Mrs Treadgold": "P04",
    "Kelvin": "P05", "Mr Jarrold": "P05",
    "Jaz": "P06",
    "Dr Culpin": "~british", "Culpin": "~british",
    "WM Emberton": "~british", "Emberton": "~british",
    "Mr Mannix": "~irish", "Mannix": "~irish",
    "Mr Justice Ardagh": "~irish", "Ardagh": "~irish",
    "Ms Quigg": "~british", "Quigg": "~british",
}

NOTES = [
    ("breakdown", "2025-09-15", "Placement Ended", "bbulstrode", "Placement breakdown - Treadgolds", "standard", """
Placement with Keith and [[Dawn Treadgold|P04]] (since Aug 2023) ended today.

Background for file: Sunday evening (14th) approx 19:30 Dawn smelt smoke and found the green wheelie bin behind the garage alight. Fire spread to the fence panel and the neighbour's shed roof. Keith tried with the hose, fire service attended and put it out. Nobody hurt. Fin was in the garden at the time and initially said it was "some kids from the rec". Later in the evening he told Dawn he did it with a lighter he took from Keith's BBQ box, "because I wanted to see it go". This is the 3rd fire the carers know of since Easter (a small paper fire in his bedroom bin in April, burnt toilet roll in the bathroom in July - both reported at the time).

Keith rang EDT at 23:10 to say they could not keep him safe and could not sleep with him in the house. EDT agreed he could stay the night with Keith sleeping on the landing. This morning the carers confirmed they were ending the placement with immediate effect - they were very upset, Dawn said "we love him but we've got the grandkids here at weekends".

No in-house foster placement available that would accept a child with fire-setting. Emergency placement found at Pennicott House (3-bed residential home, Ofsted registered, Kemsing). Moved at 15:30 today, I took him with his things in 6 bags. Fin was silent in the car, then asked "is it because of the bin?" He asked for Keith and Dawn to keep his guinea pig ({{Sprocket|pet_name}}) - they agreed.
"""),
    ("tel", "2025-09-17", "Telephone Calls", "bbulstrode", "Telephone log 15-17 Sept", "standard", """
15/9 16:40 - Rang mum (Sinead) to tell her about the move. She said "he gets that from his dad". Asked if she can see him - explained letterbox contact remains the plan but I will raise it at the review. She became upset and hung up.

16/9 09:15 - Kent Fire and Rescue, WM Emberton, re. Sunday's fire. FRS will offer their Firesetter intervention (free, 1:1, usually 3 sessions). Referral form sent.

16/9 11:30 - [[Kelvin Jarrold|P05]] (reg. manager, Pennicott House): Fin slept, ate breakfast. Searched his bag with him at bedtime - one lighter found in a sock, removed. Home want an updated risk assessment and will ask us for authority to search his room daily.

17/9 10:05 - School (Y8, Hawley Vale Academy): he didn't come in Mon or Tue. Home will drive him from tomorrow (25 min journey).
"""),
    ("visit1", "2025-09-24", "CLA Visit", "bbulstrode", "Statutory visit - Pennicott House", "standard", """
Purpose: statutory visit following placement move (within 1 week was a phone check - this is the full visit).
Seen alone: yes, in his room and then on a walk to the shop.

Room bare - he hasn't put anything up. Said the staff are "alright", likes Jaz (key worker) "because she plays FIFA properly". Doesn't like the other boy (15) who "winds me up".
On the fire: I asked what happens in his head before. He said "it goes quiet when I watch it". Said he doesn't want to hurt anyone. Asked if he knew his mum's flat burned when he was little, he said "I don't remember it, I remember the smell".
He asked when he can see Keith and Dawn and {{Sprocket|pet_name}}. Said he wants to see mum "properly not just letters".

Staff: settled so far. 1:1 staffing in the day, waking night staff.
Next: CLA review to be booked; CAMHS referral (urgent) sent today.
"""),
    ("incident", "2025-10-06", "Police", "bbulstrode", "Fire at Pennicott House - incident report and police", "standard", """
Summary of incident report (Pennicott House) and police log, received 5/10.

Sat 4th Oct 23:40 - smoke alarm in Fin's room. Night staff found his duvet alight on the floor. Fire blanket used, all 3 young people evacuated, fire service attended 23:52. Damage: duvet, carpet and curtains burnt, wall and ceiling smoke damaged, window cracked by heat. Room not usable. Nobody injured - Fin checked by paramedics on site, no smoke inhalation.
Lighter: he had hidden it in the hollow of a curtain pole (found by FRS).

Police attended 00:10. Fin arrested on suspicion of arson (criminal damage by fire) and taken to Medway custody suite. Appropriate adult - [[Jaz Bagnall|P06]] ([[Kelvin Jarrold|P05]] on call agreed). Interviewed Sunday 5th 10:00 with duty solicitor. He admitted it, said he was "angry about mum". Released under investigation, bail not needed. Police will refer to the joint decision panel with YOS.

Sunday 14:00 he returned to the home - moved to the spare bedroom. Manager says the home will continue the placement but only with 2:1 staffing during the day, locked kitchen, room searches and no unsupervised time, which they recognise will need legal authority.
"""),
    ("mo", "2025-10-07", "Management Oversight", "apakenham", "Management oversight - DoL", "standard", """
Management oversight - A Pakenham, TM CiC.

Two fires in 3 weeks, the second at night in a bedroom in a home with two other young people. The risk to Fin and others is very high. The restrictions the home now needs (2:1 supervision, locked doors, not allowed out alone, daily searches, removal of lighters, not allowed in the kitchen) together amount to a deprivation of liberty for a 12 year old. He is subject to a full care order (2023); s25 secure accommodation is not our plan - Fin needs a therapeutic placement, not secure.

Decision: legal to be instructed today to apply to the High Court (inherent jurisdiction) for an order authorising the deprivation of liberty at Pennicott House. Restrictions to be the least necessary and reviewed weekly by the home and SW. Mum to be told and served.
Also: CLA review to go ahead on 16th as planned. CAMHS urgent referral to be chased.
"""),
    ("legal", "2025-10-10", "Legal", "bbulstrode", "Email from legal - DoL application issued", "standard", """
From: Children's Legal Team
Sent: 09 October 2025 17:21
Subject: [[Finbar SHORTALL|P01]] - application under the inherent jurisdiction

Bertrand,

The C66 application and the supporting statement (yours, dated 8/10) were issued in the High Court Family Division today. First hearing is listed remotely for Tuesday 14th at 2pm. The court will appoint a children's guardian. Mum has been served by email and post; she will be entitled to legal aid and I have sent her a list of solicitors. Please ensure Fin is told in a way he can understand and that his wishes are recorded (the judge will ask).

Please note: the home's registration is fine, so no issue about unregistered placements. The order sought is for 3 months with a review hearing.
"""),
    ("hearing", "2025-10-14", "Court Hearing", "bbulstrode", "High Court hearing - DoL order", "standard", """
Hearing 14.10.25 via CVP before Mr Justice Ardagh. Attended: council counsel, guardian (appointed today, by phone), mum with solicitor (joined late), me.

Judge read Fin's wishes (he said he "doesn't mind the staff watching me but I want to go to the shop on my own"). Mum did not oppose the order; she asked for more contact.
ORDER: The deprivation of Finbar's liberty at Pennicott House is authorised until the review hearing on 13 January 2026. Restrictions as set out in the care plan: 2:1 supervision when awake, locked kitchen and office, room searches daily, no access to lighters/matches, escorted in the community. The LA must file an updated care plan and a report on reducing restrictions by 6 January.
Judge also directed the LA to consider supervised face-to-face contact with mother.
"""),
    ("letter", "2025-10-15", "Letter", "bbulstrode", "Letter to mother after hearing", "standard", """
Dear Sinead,

I am writing to let you know what happened at court yesterday, as you joined the hearing late and the line was poor.

The judge (Mr Justice Ardagh) made an order that allows the staff at Pennicott House to keep Finbar under close supervision and to stop him going out on his own, for now. This is to keep him and the other young people safe after the fire on the 4th. It is not a punishment and it is not a secure unit. There will be another hearing on 13 January 2026 where the judge will look at whether all of the rules are still needed.

The judge asked us to think about you seeing Fin face to face. I would like to talk to you about this at the review next week (Thursday 16 October, 10am, Pennicott House - or by phone if you can't travel). Fin has said he would like to see you.

If you have not already got a solicitor, please use the list the legal team sent you. You are entitled to free legal advice.

Yours sincerely,
Bertrand Bulstrode
Social Worker, Children in Care Team
"""),
    ("cla", "2025-10-16", "LAC Review", "bbulstrode", "CLA review - IRO extract", "standard", """
Looked After Review - chaired by IRO Mr Mannix. Held at Pennicott House.

Fin attended the first 20 mins. He said "I want the fires to stop too".
Placement: Pennicott House - stable despite the 4/10 fire; DoL order in place to 13/1/26.
Health: IHA up to date. CAMHS - urgent assessment booked 5th Nov.
Education: EHCP (primary need SEMH). Not attending Hawley Vale since the move other than 4 days. Alternative provision agreed by SEN team, starting Monday 20th Oct.
Contact: letterbox twice yearly with mum since the care order. Fin and mum both want to meet. IRO recommends supervised contact monthly at the family centre, first one by end of November.
Fire-setting: FRS Firesetter intervention to start November.

IRO recommendations: (1) supervised contact to start; (2) EHCP emergency annual review; (3) plan for step-down to a specialist therapeutic foster placement to be written by next review.
"""),
    ("edu", "2025-10-24", "Education", "bbulstrode", "Education - AP start and EHCP review", "standard", """
Fin started at The Anvil Centre (alternative provision, 6 pupils per group, 10:00-14:30) on Mon 20th. Transported by the home. AP head says first week "better than we expected" - he did woodwork and maths, refused English. No incidents. Lighter check on arrival each day (agreed, on his plan).

EHCP emergency review held Weds 22nd. Hawley Vale say they cannot meet his needs (they had excluded him for 2 days on 29 Sept after he set off the fire alarm). LA SEN will consult specialist SEMH schools; Haydock Lodge (day, 8 pupils per class) has a place from January if they accept him.
"""),
    ("yos", "2025-10-31", "Youth Offending", "bbulstrode", "YOS - outcome of joint decision panel", "standard", """
Call from Ms Quigg, YOS case manager, 30/10.

Joint decision panel (police/YOS) met on the 28th re. the fire at Pennicott House. Outcome: youth conditional caution, given to Fin at the police station today (30/10) with me and Jaz present. Conditions: complete the Firesetter intervention with Kent FRS, and 6 sessions of victim awareness/restorative work with YOS (letter of apology to the staff and the other young people). Breach of the conditions could lead to prosecution.

The earlier bin fire at the Treadgolds' was not charged - police NFA, no complaint from the carers.
Fin asked Ms Quigg if he would "go to prison". She explained clearly that he would not.
"""),
    ("camhs", "2025-11-10", "CAMHS", "bbulstrode", "CAMHS assessment letter", "standard", """
Letter from Dr Culpin, clinical psychologist, CAMHS LAC team, re. assessment on 5 November 2025 (with key worker present for part).

Formulation (summary): Finbar's fire-setting is best understood in the context of early trauma - domestic abuse in the home, the house fire at age 5 in which he and his mother were rescued by neighbours, and separation from his mother at 10. Fire appears to function as a way of regulating overwhelming feelings ("it goes quiet"). He meets several criteria for post-traumatic stress (intrusive smells, hypervigilance, sleep disturbance). There are also features of ADHD (impulsivity, restlessness, inattention across settings) but these overlap with trauma and cannot be separated yet.

Plan: trauma-focused therapy weekly with CAMHS from December; referral to the neurodevelopmental pathway for an ADHD assessment (wait approx 9 months); no medication at this stage; consultation to Pennicott House staff monthly. I would support a move to a therapeutic foster family when risk has reduced.
"""),
    ("mumrestricted", "2025-11-12", "Case Note", "bbulstrode", "Mum - new address and circumstances (restricted)", "restricted", """
Mum (Sinead) has moved to a refuge after an incident with her ex-partner on 2 November. Refuge address: [[Unit 4, 118 Tithebarn Road, Penwortham, PR1 9QE|ADDRESS:P02]]. Refuge phone for contact arrangements only: [[01772 960 348|PHONE:P02]]. This address must never be given to Fin or written on contact paperwork. Contact will go ahead at the family centre in Kemsing - refuge staff will bring mum by train.
"""),
    ("contact1", "2025-11-24", "Contact Record", "bbulstrode", "First supervised contact with mum", "standard", """
Supervised contact, Sat 22 Nov 2025, Kemsing Family Centre, 11:00-12:30. Supervisor: contact worker. Jaz escorted Fin. I observed the first 30 mins.

First time Fin and mum have met face to face since Sept 2023. Mum arrived 20 mins early. Fin was nervous, hid behind Jaz at the door, then ran to mum and hugged her. They played Uno and mum brought a photo album; Fin asked about the "fire flat" and mum told him "it wasn't your fault, it was an electric heater". Fin cried and mum held him. Positive, warm, mum followed all the rules. No mention of her address or partner.
Plan: monthly supervised contact, next 20 December. Letterbox to continue in between.
"""),
    ("frs", "2025-12-04", "Case Note", "bbulstrode", "Kent FRS - Firesetter intervention completion", "standard", """
Completion report from WM Emberton, Kent FRS Firesetter Intervention.

Sessions: 13/11, 20/11 and 27/11 at Pennicott House (3 sessions). Fin engaged well in all three. Covered: how fire spreads (video of a bedroom fire at 3 mins), the consequences for the people in the building, safe vs unsafe fire, "who can I tell when I feel the urge". Fin told WM Emberton "I didn't know it could get that big that fast".
Home safety visit completed - extra detector fitted in the spare room, fire-retardant bedding supplied.
Assessment: risk of further deliberate fire-setting reduced from high to medium. Recommended: continue therapy; no access to ignition sources; re-referral if any further fire.
YOS notified the condition is complete.
"""),
    ("contact2", "2025-12-22", "Supervision", "apakenham", "Supervision - December", "standard", """
Supervision record, B Bulstrode with A Pakenham.

Contact: mum did not attend the contact on Saturday just gone. She texted the contact worker at 10:40 to say she was ill. Fin was at the family centre and was told there. He went back to the home and kicked a door, no fire-related behaviour. Jaz reports he asked for a lighter "to burn the Uno cards", did not get one and calmed down. Contact rearranged to 10 January.
No fires since 4 October. 2:1 reduced to 1:1 on 8 Dec with the guardian's agreement (care plan allows the LA to reduce).
Haydock Lodge have accepted him - start date 12 January.

Actions: report to court for the review hearing by 6/1 (BB); therapeutic fostering referral to commissioning (BB); check mum is supported to attend in Jan.
"""),
    ("hearing2", "2026-01-13", "Court Hearing", "bbulstrode", "DoL review hearing", "standard", """
Review hearing 13/01/2026, Mr Justice Ardagh, remote. Guardian supported the LA plan.

Evidence: no fires for over 3 months; Firesetter intervention and YOS caution conditions completed; CAMHS therapy weekly since 3 Dec; contact with mum took place on 10 Jan and went well.
ORDER: DoL continued for a further 6 months at Pennicott House but with reduced restrictions - 1:1 supervision when awake, unescorted trips to the local shop allowed (up to 30 mins), room searches reduced to weekly. Kitchen stays locked. The order ends automatically if he moves to a foster placement. Next review 14 July 2026 unless the LA applies sooner.
"""),
    ("cla2", "2026-02-05", "LAC Review", "bbulstrode", "2nd CLA review", "standard", """
2nd Looked After Review - IRO Mr Mannix. Fin chaired the first part himself with a card he wrote with Jaz.

Fin's views: "I like Haydock because nobody shouts". He started there Mon 12 Jan, attendance 100%. He wants to live with a foster family "with a dog".
Placement: Pennicott House, stable, no fires since 04/10/25. DoL order in place (reduced restrictions), review July.
Contact: monthly with mum, January went well, February booked. Keith and [[Dawn Treadgold|P04]] have sent a card and a photo of {{Sprocket|pet_name}} - Fin wants to see them; IRO recommends a supervised visit.
Plan: matching with a therapeutic foster family (agency, 2 families identified) - introductions planned over Easter if a match is agreed; DoL order to end on move. ADHD assessment on waiting list.
"""),
]

QUESTIONS = [
    {"q": "when did he set fire to the bin at Keith and Dawn's", "qtype": "when",
     "facts": ["2025-09-14"], "notes": ["breakdown"], "as": "bbulstrode"},
    {"q": "what's the name of the childrens home he moved to", "qtype": "what",
     "facts": ["Pennicott House"], "notes": ["breakdown"], "as": "apakenham"},
    {"q": "what did fin say happens in his head when he watches a fire", "qtype": "quote",
     "facts": ["it goes quiet"], "notes": ["visit1"], "as": "bbulstrode"},
    {"q": "which judge made the DoL order?", "qtype": "who",
     "facts": ["Mr Justice Ardagh"], "notes": ["hearing"], "as": "apakenham"},
    {"q": "what did he get from YOS/police for the bedroom fire", "qtype": "what",
     "facts": ["youth conditional caution"], "notes": ["yos"], "as": "bbulstrode"},
    {"q": "has CAMHS diagnosed ADHD", "qtype": "yes_no",
     "facts": ["no"], "notes": ["camhs"], "as": "bbulstrode"},
    {"q": "how many firesetter sessions did he do", "qtype": "how_many",
     "facts": ["3"], "notes": ["frs"], "as": "apakenham"},
    {"q": "when did he start at the AP", "qtype": "when",
     "facts": ["2025-10-20"], "notes": ["edu"], "as": "bbulstrode"},
    {"q": "who was appropriate adult when he got arrested", "qtype": "who",
     "facts": ["Jaz Bagnall"], "notes": ["incident"], "as": "bbulstrode"},
    {"q": "what is the name of mum's ex partner", "qtype": "who",
     "facts": [], "notes": [], "as": "bbulstrode"},
    {"q": "has Ofsted inspected pennicott since the fire?", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "apakenham"},
]

EVENTS = [
    ("2025-09-14", "police_incident", ["breakdown"], "Fin sets fire to a wheelie bin at the foster home; fence and neighbour's shed damaged; fire service attend"),
    ("2025-09-15", "placement_move", ["breakdown"], "Foster placement with the Treadgolds ends; emergency move to Pennicott House residential home"),
    ("2025-09-24", "camhs_referral", ["visit1"], "Urgent CAMHS referral sent"),
    ("2025-09-29", "school_exclusion", ["edu"], "Two-day exclusion from Hawley Vale Academy after setting off the fire alarm"),
    ("2025-10-04", "police_incident", ["incident"], "Fire in Fin's bedroom at Pennicott House; fire service attend; Fin arrested for arson"),
    ("2025-10-09", "court", ["legal"], "Application issued in the High Court (inherent jurisdiction) for a deprivation of liberty order"),
    ("2025-10-14", "court", ["hearing"], "High Court authorises deprivation of liberty at Pennicott House until 13 January 2026"),
    ("2025-10-16", "cla_review", ["cla"], "CLA review: supervised contact with mother recommended; AP agreed"),
    ("2025-10-20", "school_move", ["edu"], "Fin starts at The Anvil Centre alternative provision"),
    ("2025-10-30", "youth_justice", ["yos"], "Youth conditional caution for the bedroom fire (Firesetter intervention and restorative work)"),
    ("2025-11-05", "health", ["camhs"], "CAMHS assessment: trauma formulation, features of ADHD, referral to neurodevelopmental pathway"),
    ("2025-11-22", "contact", ["contact1"], "First supervised face-to-face contact with mother since 2023"),
    ("2025-11-27", "positive_change", ["frs"], "Firesetter intervention completed; fire-setting risk reduced to medium"),
    ("2025-12-20", "contact", ["contact2"], "Mother does not attend planned contact"),
    ("2026-01-12", "school_move", ["cla2"], "Fin starts at Haydock Lodge specialist SEMH school"),
    ("2026-01-13", "court", ["hearing2"], "DoL review hearing: order continued for six months with reduced restrictions"),
    ("2026-02-05", "cla_review", ["cla2"], "Second CLA review: plan to match with therapeutic foster family"),
]
