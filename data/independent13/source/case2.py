"""IN13-0002: a father arrested for indecent images of children; three children at home (author A)."""

CASE = {
    "case_id": "IN13-0002",
    "team": "Wrotham Child Protection",
    "status": "closed",
    "allocated_worker": "hponsonby",
    "child": {
        "person_id": "P01", "given_name": "Kaiden", "family_name": "Bucknor", "date_of_birth": "2013-05-22",
        "gender": "male", "ethnicity": "Black Caribbean", "religion": "Christian (Pentecostal)",
        "nhs_number": "440 629 0427", "address": "31 Lychgate Meadow, Borough Green", "school": "Holmesdale Academy",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Zuri", "family_name": "Bucknor", "relationship": "sister",
         "date_of_birth": "2016-08-09", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Tyrese", "family_name": "Bucknor", "relationship": "brother",
         "date_of_birth": "2021-06-12", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Marvelle", "family_name": "Bucknor", "relationship": "mother",
         "date_of_birth": "1987-10-03", "phone": "07581 330964", "address": "31 Lychgate Meadow, Borough Green",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Courtney", "family_name": "Bucknor", "relationship": "father",
         "date_of_birth": "1985-04-27", "phone": "07968 214407",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P06", "given_name": "Pearline", "family_name": "Ebanks", "relationship": "maternal grandmother",
         "given_origin": "caribbean", "family_origin": "caribbean"},
    ],
}

ALIASES = {
    "Kaiden": "P01", "KB": "P01",
    "Zuri": "P02",
    "Tyrese": "P03",
    "Marvelle": "P04", "Marv": "P04",
    "Courtney": "P05", "Bucknor": "P05", "BUCKNOR": "P05", "CB": "P05",
    "Pearline": "P06", "Ebanks": "P06",
    "Kilbourne": "~british", "Corliss": "~british", "Dhokia": "~south_asian", "Ahluwalia": "~south_asian",
}

NOTES = [
    ("contact", "2025-01-14", "MASH Contact", "hponsonby", "Contact from police - warrant executed",
     "standard", """
Contact received 14/01/2025 08:55 from DC [[Kilbourne|~british]], POLIT (online child abuse investigation team).

Officers executed a search warrant at 31 Lychgate Meadow at {{06:40|time}} this morning. [[Courtney BUCKNOR|P05]] (39)
arrested on suspicion of making and possessing indecent images of children following intelligence about
downloads linked to the address. Devices seized: a laptop, two mobile phones, a tablet and an external
hard drive. He was taken to {{Tonbridge|place}} custody. He made no comment at the house.

Present in the house: his wife [[Marvelle BUCKNOR|P04]] and three children, Kaiden (11), Zuri (8) and Tyrese (3).
Officers say the children were in bed when officers entered; Kaiden came to the landing and saw his dad
being taken out in handcuffs. Mother was "in total shock". The children's tablet (used by Zuri and Kaiden)
was also taken as it was on the same account.

Police request strategy discussion today. Passed to Wrotham CP duty, allocated to [[H Ponsonby|~british]].
"""),
    ("strat", "2025-01-14", "Strategy Meeting", "hponsonby", "Strategy discussion",
     "standard", """
Strategy meeting 14.1.25 at 14:00, MS Teams.
Attendees: [[Griselda Wedderburn|~british]] (TM, chair), [[Hilarion Ponsonby|~british]] (SW), DC [[Kilbourne|~british]] (POLIT), Mr [[Corliss|~british]]
(DSL, {{Holmesdale Academy|place}}), Mrs [[Ahluwalia|~south_asian]] (DSL, {{Hazelbrook CE Primary|place}} - Zuri), health visitor
for Tyrese by phone.

Police: Mr Bucknor interviewed this afternoon, mostly no comment. Initial triage of devices under way
(detail shared with TM separately, not minuted). He will be released on pre-charge bail tonight to
his brother's address in Gillingham. Bail conditions: not to live at the family home; no unsupervised
contact with any child under 18; not to enter 31 Lychgate Meadow; to declare any internet-enabled device.
Bail to 14 April.
School (secondary): Kaiden is in Y7, no concerns before today, good attendance, plays in the under-12s
football team. School (primary): Zuri Y4, no concerns; she is "a chatterbox" and very close to her dad.
HV: Tyrese attends nursery 3 mornings; development on track.

Decision: s47 enquiries for all three children, joint with police. Risk is of sexual harm from father
and emotional harm from the arrest and its aftermath. Children to be seen by SW tomorrow or Thursday.
Mother to be told that contact must go through children's services. ICPC to be booked if concerns
substantiated.
"""),
    ("police_detail", "2025-01-15", "Police", "gwedderburn", "POLIT update - device triage (RESTRICTED)",
     "restricted", """
RESTRICTED - not for disclosure to family. Shared by DC [[Kilbourne|~british]] by email from
[[r.kilbourne@polit.kent.police.example|EMAIL]] to TM only, 15/01/25. Direct line [[020 7946 0815|PHONE]].

Preliminary triage of the laptop and one phone: {{1,100|figure}} still images and {{38|figure}} videos across categories A to C,
majority category C. Chat logs on one app show him in contact with other adults trading images. No
indication so far of any images of his own children, of children known to the family, or of any
images made in the home. No evidence so far of contact with any child online. Full forensic download
will take several months. The children's tablet shows no concerning material.

Police do not want the content described to the family at this stage. Please do not include in
reports to conference beyond "indecent images across categories A-C".
"""),
    ("s47", "2025-01-16", "S47 Enquiry", "hponsonby", "S47 visit - children seen",
     "standard", """
Thurs 16th Jan. Home visit with DC Kilbourne (plain clothes). Mother, MGM [[Pearline Ebanks|P06]] and all three
children present.

Mother: Marvelle was very distressed and angry - at the police more than at him. She said "He's not that
man. Somebody's used our wifi. He goes to church, he coaches kids' football, he wouldn't." She said they
have been married 14 years and she has never seen anything on his phone. She has not spoken to him
since Tuesday except one call about clean clothes. Discussed the bail conditions with her: she
understands he cannot come home, but said she is "not choosing" between him and the children.
We did not share detail of the allegation beyond the offence.

Kaiden (seen alone, in his bedroom): quiet, kept his hoodie up. He said he saw his dad in handcuffs. He
asked me: "Is dad going to prison?" and "Is it because of something on my tablet?" I told him none
of this was his fault and it is the police's job to find out what happened. He asked whether his mates
would find out. He said he doesn't want to go to football this week.
Zuri (seen alone, with her teddy): told me "daddy is helping the police with his computer". She
is sleeping in mum's bed. She asked if daddy could come to her swimming on Saturday.
Tyrese: observed playing with cars with nan, chatty, asked for "Daddy" once at lunch.

No marks or concerns about care of the children, the house is warm, tidy and well stocked.
Plan: mother to think about what the children are told; MGM staying for now.
"""),
    ("school", "2025-01-17", "DSL Contact", "hponsonby", "Call with DSL - Holmesdale",
     "standard", """
Telephone call from Mr [[Corliss|~british]], DSL at Holmesdale, 17/1 at 12.20.

Kaiden came in today. He asked his form tutor at registration "can you go to jail for stuff on your phone?"
and later searched the local news site on a school computer (blocked by the filter, which is how they
saw it). Nothing about the arrest is in the press. Mr Corliss has spoken to him with his head of year.
Kaiden said he just wanted to know. They've agreed he can use the pastoral room at break if he needs to
and he has a named adult (Mr Corliss). School will let us know if anything is said by other pupils.
"""),
    ("call", "2025-01-22", "Telephone Call", "hponsonby", "Call from mother",
     "standard", """
22/1/25 T/C from Marvelle (mobile [[07581 330964|PHONE:P04]]), upset.

Courtney wants to come to Tyrese's party? No - she explained, it's his brother's wife's birthday meal
Saturday and he wants to see the kids there "with family around". She asked whether that is "allowed".
I explained that under his bail he cannot have unsupervised contact with any under 18s and that the
strategy agreed no contact except as arranged by us. She said she would tell him no. She said he keeps
telling her it's "a mistake with the download" and she "doesn't know what to believe any more". She
has started to ask herself questions about late nights on his laptop. Offered to visit Friday.
"""),
    ("agreement", "2025-01-24", "Home Visit", "hponsonby", "Visit - written agreement",
     "standard", """
HV 24 Jan. Seen Marvelle. MGM there with Tyrese.

Marvelle said DC Kilbourne rang her on Wednesday evening and told her "enough was found to take it
further" - she did not ask what. She said: "I can't keep saying it isn't true. I don't know who he is."
She has told Courtney she needs space and will not speak to him about the case.

Written agreement discussed line by line and signed by Marvelle today:
1. Courtney will not come into the home or have any contact with the children unless agreed by
   children's services and supervised by a person approved by us.
2. Marvelle will tell [[H Ponsonby|~british]] if Courtney contacts the children by phone or online.
3. Marvelle will attend the Keeping Safe Together protective parents programme ({{10|figure}} sessions).
4. Phones and tablets: parental controls on all devices; children not to use any device Courtney set up.
Approved supervisor for now: none. MGM has asked to be considered.

Children: mother told them together on Tuesday that "daddy has to live at uncle's while the police
check some things on his computer" - age-appropriate, we had planned it together.
"""),
    ("icpc", "2025-02-04", "Initial Conference", "hponsonby", "ICPC minutes - key decisions",
     "standard", """
ICPC held 04/02/2025. Chair: Mr [[Dhokia|~south_asian]].
Present: mother (with advocate), SW, TM, DC Kilbourne, Mr Corliss (Holmesdale), Mrs [[Ahluwalia|~south_asian]] (Hazelbrook),
HV. Father invited to submit a written report - did not. MGM attended for the second part.

Summary of concerns: father arrested 14/1 for making/possessing indecent images across categories A-C,
under investigation, on bail away from the home. Mother initially did not believe the allegation and is
now working with us; she signed a written agreement on 24/1 and starts the protective parents group this
month. Children are well cared for and attached to both parents. Kaiden is anxious and has been asking
questions at school; Zuri does not understand why her dad has gone.

Decision: Kaiden, Zuri and Tyrese to be subject to child protection plans, category SEXUAL ABUSE (risk).
Chair noted mother's protective steps but the plan is needed while the investigation continues and
while mother's understanding is still new. Core group within 10 working days. RCPC in 3 months.
"""),
    ("treatment", "2025-02-20", "Letter", "gwedderburn", "Letter re father's engagement with treatment (RESTRICTED)",
     "restricted", """
RESTRICTED. Letter received from the Chrysalis Service, [[4 Wharfside Yard|ADDRESS]], [[ME20 6HX|POSTCODE]]
(tel [[0161 496 0382|PHONE]]), dated 18 February 2025, sent with Mr Bucknor's written consent.

"Mr Bucknor self-referred on 22 January and has attended four individual sessions. In sessions he has
acknowledged viewing indecent images of children over a period of about two years, escalating during a
period of unemployment and heavy online gaming. He has disclosed no contact offending and has expressed
no sexual interest in his own children. He has described significant shame and low mood; a risk
assessment is under way and will be shared with consent. He understands that he must not have
unsupervised contact with children."

TM note: not to be shared with mother or in conference reports without the service's and father's
agreement; relevant to any future contact assessment.
"""),
    ("cgm", "2025-03-05", "Core Group", "hponsonby", "Core group 2",
     "standard", """
Core group 05.03.25.

Kaiden: Mr Corliss reported that Kaiden was given a one day fixed-term suspension on Monday (3rd) for
fighting after a boy in his year said something about his dad in the changing rooms. The other boy has
been spoken to. Kaiden told Mr C "everyone knows". Marvelle attended the reintegration meeting on Tues.
School have made a referral to the school counsellor.
Zuri: settled at school, asking for dad less. Tyrese: fine at nursery.
Marvelle: started Keeping Safe Together on Wed 26th Feb, has been to two sessions. She says it is the
first time she has heard "how grooming of the family works" and that she "felt sick but it helped".
MGM would like to supervise contact - SW to complete a viability/suitability check before anything is
agreed. Father has asked through his solicitor for letters to the children.
"""),
    ("charge", "2025-03-27", "Police", "hponsonby", "Police update - charged",
     "standard", """
T/C from DC Kilbourne 27/3. [[Courtney Bucknor|P05]] attended his bail date early on Tuesday (25th) and was
charged with 3 counts of making indecent photographs of children and 1 count of possessing. Released on
court bail on the same conditions (not to live at the family home, no unsupervised contact with
under-18s). First appearance at {{Medway Magistrates' Court|place}} on 15th April.

Informed Marvelle same day. She said she was glad she "wasn't finding out from the papers". She has
asked for help to tell Kaiden, who she expects will hear about it.
"""),
    ("court", "2025-04-16", "Court", "hponsonby", "Outcome of first hearing",
     "standard", """
Court outcome received from police 16/4: at the magistrates yesterday Mr BUCKNOR pleaded guilty to all
3 counts of making and to possession. Case sent to the {{Maidstone Crown Court|place}} for sentence on 30th May.
Pre-sentence report ordered. Court bail continued, same conditions. Local paper carried a short report this
morning (name and street). Marvelle has spoken to both schools. Kaiden knows; SW and mum saw him together
this afternoon. He said "So he did it then." He asked if he would have to go to court. (No.)
"""),
    ("rcpc", "2025-04-30", "RCPC", "hponsonby", "Review child protection conference",
     "standard", """
RCPC 30 April 2025, chair Mr [[Dhokia|~south_asian]].

Progress: Marvelle has completed 8 of 10 sessions of Keeping Safe Together and the facilitator's report
describes her as "clear about the risk and able to put the children first". She has kept to the written
agreement throughout; no contact between father and children since 14 January other than two letters
read by SW first. Father pleaded guilty on 15/4, sentence due 30/5. MGM assessed as a suitable supervisor
for future contact if the children want it and if conditions allow. Kaiden's school counselling has
started; no further incidents since the suspension.

Decision: the children no longer need child protection plans. Plans ended today; all three to be
supported on a child in need plan until after sentencing.
"""),
    ("sentence", "2025-06-02", "Court", "hponsonby", "Sentence",
     "standard", """
Sentencing, Friday 30th May, {{Maidstone Crown Court|place}} (information from DC Kilbourne and the probation
officer's email, received today 2/6):

- 16 months imprisonment suspended for 2 years, with a rehabilitation activity requirement and a
  requirement to complete an accredited programme for internet offending.
- Sexual Harm Prevention Order for 10 years: no unsupervised contact with any child under 16 unless
  with the knowledge of the child's parent or guardian who knows of the conviction, and with the
  agreement of children's services.
- Notification requirements (sex offenders register) for 10 years.

Courtney remains at his brother's. Marvelle said she was "relieved it's over, and still angry".
"""),
    ("cin", "2025-06-20", "CIN Meeting", "hponsonby", "CIN review",
     "standard", """
CIN review 20/6/25 at home. Marvelle, MGM, Mr Corliss (by phone), SW.

Household: Marvelle told us she applied for a divorce online on the 10th and Courtney has been served.
She says she feels "free for the first time since January". She is keeping the house (tenancy in her name).
Children's views:
Kaiden - does not want to see his dad "for now", is happy to get a letter but "not to write back yet".
Back playing football with a new coach.
Zuri - wants to see daddy "at nanny's". She made a card for Father's Day which mum has kept.
Tyrese - too young to give a view, asks for dad less often.
Agreed: letters every month via SW; supervised contact at MGM's for Zuri only, once a month, if father's
offender manager agrees under the SHPO. Plan to close at next review if stable.
"""),
    ("closure", "2025-07-25", "Closure Summary", "hponsonby", "Closure summary",
     "standard", """
Closure - 25 July 2025.

Reason for involvement: father's arrest for indecent images (Jan 25), s47 and child protection plans
(sexual abuse) for Kaiden, Zuri and Tyrese Feb-Apr 2025, then CIN. Father pleaded guilty and was given a
suspended sentence with an SHPO in May. Parents are divorcing; father lives elsewhere.

What has changed: Marvelle has shown she can protect the children, she completed the protective
parents programme and has kept the written agreement for six months. Letter contact and one supervised
visit at MGM's (for Zuri) have been managed safely and in line with the SHPO. Kaiden is settled in Year 7
and continuing with the school counsellor.

Closed with the agreement of the family and the CIN review of 24/7. Schools and HV know how to re-refer.
Marvelle has the MASH number.
"""),
]

QUESTIONS = [
    {"q": "when was dad arrested", "qtype": "when", "facts": ["2025-01-14"], "notes": ["contact", "strat"],
     "as": "hponsonby"},
    {"q": "whos the DSL at Kaidens secondary", "qtype": "who", "facts": ["Corliss"], "notes": ["school", "strat"],
     "as": "hponsonby"},
    {"q": "what were his bail conditions", "qtype": "what", "facts": ["not to live at the family home"],
     "notes": ["strat", "charge"], "as": "gwedderburn"},
    {"q": "what did Kaiden ask when I saw him alone for the s47?", "qtype": "quote",
     "facts": ["Is dad going to prison?"], "notes": ["s47"], "as": "hponsonby"},
    {"q": "how many counts did he plead guilty to", "qtype": "how_many", "facts": ["3"], "notes": ["court"],
     "as": "gwedderburn"},
    {"q": "did mum sign the written agreement", "qtype": "yes_no", "facts": ["yes"], "notes": ["agreement"],
     "as": "hponsonby"},
    {"q": "when was kaiden suspended from school", "qtype": "when", "facts": ["2025-03-03"], "notes": ["cgm"],
     "as": "hponsonby"},
    {"q": "what sentence did he get at crown court", "qtype": "what", "facts": ["16 months"],
     "notes": ["sentence"], "as": "gwedderburn"},
    {"q": "when did mum put in for the divorce", "qtype": "when", "facts": ["2025-06-10"], "notes": ["cin"],
     "as": "hponsonby"},
    {"q": "who is dad's probation officer", "qtype": "who", "facts": [], "notes": [], "as": "hponsonby"},
    {"q": "what's Zuri's class teacher called", "qtype": "who", "facts": [], "notes": [], "as": "gwedderburn"},
]

EVENTS = [
    ("2025-01-14", "police_incident", ["contact", "strat"],
     "Police execute warrant; father arrested for indecent images of children, devices seized"),
    ("2025-01-14", "contact", ["contact"], "Contact from police to MASH"),
    ("2025-01-14", "strategy_discussion", ["strat"], "Strategy discussion; s47 for all three children"),
    ("2025-01-14", "household_change", ["strat", "agreement"], "Father bailed to his brother's address, not to live at home"),
    ("2025-01-16", "section_47", ["s47"], "S47 visit: children seen, mother disbelieving"),
    ("2025-01-24", "positive_change", ["agreement", "icpc"], "Mother signs written agreement"),
    ("2025-02-04", "icpc", ["icpc"], "ICPC: child protection plans, category sexual abuse"),
    ("2025-02-26", "positive_change", ["cgm"], "Mother starts Keeping Safe Together protective parents programme"),
    ("2025-03-03", "school_exclusion", ["cgm"], "Kaiden given one-day fixed-term suspension for fighting"),
    ("2025-03-25", "police_incident", ["charge"], "Father charged with making and possessing indecent images"),
    ("2025-04-15", "court", ["court", "rcpc"], "Father pleads guilty at magistrates; sent to Crown Court for sentence"),
    ("2025-04-30", "rcpc", ["rcpc"], "RCPC: child protection plans ended, CIN plan"),
    ("2025-05-30", "court", ["sentence"], "Father sentenced: suspended sentence, SHPO and notification for 10 years"),
    ("2025-06-10", "household_change", ["cin"], "Mother applies for divorce"),
    ("2025-07-25", "closure", ["closure"], "Case closed"),
]
