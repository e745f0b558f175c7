"""IN6-0003: a non-verbal 12-year-old with autism and severe learning disability, escalating distress at home."""

CASE = {
    "case_id": "IN6-0003",
    "team": "Riverside Disabled Children",
    "status": "looked_after",
    "allocated_worker": "sorlowska",
    "child": {
        "person_id": "P01", "given_name": "Yazan", "family_name": "Tarawneh", "date_of_birth": "2013-05-17",
        "gender": "male", "ethnicity": "Any other ethnic group - Arab", "religion": "Muslim",
        "nhs_number": "401 223 7861", "address": "6 Wheelwright Close, Riverside RV3 9NF",
        "school": "Meadowbank Special School", "given_origin": "arabic", "family_origin": "arabic",
    },
    "people": [
        {"person_id": "P02", "given_name": "Dalal", "family_name": "Tarawneh", "relationship": "mother",
         "date_of_birth": "1986-08-24", "phone": "07519 604277", "address": "6 Wheelwright Close, Riverside RV3 9NF",
         "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P03", "given_name": "Khaled", "family_name": "Tarawneh", "relationship": "father",
         "date_of_birth": "1981-01-09", "phone": "07723 318946", "address": "6 Wheelwright Close, Riverside RV3 9NF",
         "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P04", "given_name": "Lina", "family_name": "Tarawneh", "relationship": "sister",
         "date_of_birth": "2016-02-28", "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P05", "given_name": "Suha", "family_name": "Khreisat", "relationship": "maternal aunt",
         "phone": "07884 150672", "given_origin": "arabic", "family_origin": "arabic"},
    ],
}

ALIASES = {
    "Yazan Tarawneh": "P01", "Yazan": "P01", "Yaz": "P01", "YT": "P01",
    "Dalal Tarawneh": "P02", "Dalal": "P02",
    "Khaled Tarawneh": "P03", "Khaled": "P03",
    "Lina": "P04",
    "Suha Khreisat": "P05", "Suha": "P05",
    "Clementine Bickerstaff": "~british", "Bickerstaff": "~british",
    "Oluwatoyin Ogunbanjo": "~african", "Oluwatoyin": "~african",
    "Ottoline Zuberi": "~british",
    "Honoria Lightbody": "~british", "Lightbody": "~british",
    "Finola Geraghty": "~irish",
    "Corwin Blaylock": "~british", "Blaylock": "~british",
    "Eszter Kovalik": "~eastern_european", "Kovalik": "~eastern_european",
    "Pottinger": "~british", "Thackwray": "~british", "Imrie": "~british",
}

NOTES = [
    ("n1", "2025-05-06", "Contact", "sorlowska", "Contact from school - mum injured",
     "standard", """
Call from Honoria Lightbody, deputy head / DSL at Meadowbank Special School, {{09:20|time}}.

Mrs [[Tarawneh|P02]] came in at drop-off this morning with a dressing on her forearm. She told the class teacher that Yazan bit her on Sunday when she tried to get him out of the bath (the 4th), and that she went to the walk-in centre. She was crying and said "I can't do it anymore, he is stronger than me now." School say Yazan's behaviour in class has also changed since Easter: more head-banging, grabbing staff, 3 incidents needing physical intervention this half term (last year: none).

Yazan is 12, diagnosed with autism and severe learning disability age 4, non-verbal, uses some Makaton and a PECS book. Known to DCT since 2019 - short breaks through direct payments previously, closed 2023 at family's request.

Mum consents to referral. Her mobile: [[07519 604277|PHONE:P02]]. Family wants help, not "social services taking him".

Outcome: re-allocated to Disabled Children's Team for child and family assessment. SO to visit this week.
"""),
    ("n2", "2025-05-09", "Assessment visit", "sorlowska", "Assessment visit 1",
     "standard", """
Purpose: child and family assessment - first visit.
Present: Dalal (mum), Khaled (dad, home from night shift), Lina (9), Yazan. Aunt Suha arrived at end.
Child seen: Yes. Alone: No - Yazan does not tolerate strangers alone, seen with mum in his room and then observed in the garden on his trampoline.

Observations: Yazan is a tall boy (mum says 5ft 6 already). He lined up his cars along the windowsill and became distressed when I sat near them; he hummed loudly and hit his own head twice with an open hand. Mum redirected him with his sensory blanket and he settled. He used the Makaton sign for "drink". Bedroom has had the door handle removed and furniture fixed to the wall.

Parents: Dad works nights as a taxi driver so that one of them is always awake. Mum has not slept a full night "since Lina was born". Lina has been scratched and pushed several times, and has started sleeping in her parents' room. The bite on Sunday was not the first: mum showed me bruises on her upper arms. Dad said "We love him, he is not a bad boy, he is in pain and he can't tell us."

mum said a dentist had told them a fortnight ago that Yazan needs treatment under general anaesthetic - waiting list 18 wks.

Analysis (initial): Yazan's distress is escalating with puberty and size. The risk of injury to mum and to Lina is real and increasing. No concerns about the parents' care of Yazan; they are exhausted.

Plan: EHCP review info, carer's assessment for mum, short breaks request to panel, CAMHS LD referral, GP re possible pain (dental, constipation).
"""),
    ("n3", "2025-05-22", "EHCP review", "sorlowska", "EHCP annual review - extract",
     "standard", """
EHCP ANNUAL REVIEW - Meadowbank Special School, 21/05/2025
Attendees: Mrs Lightbody, class teacher, SALT, OT, parents, SO (DCT), SEN caseworker.

Section A (views of the child): gathered through observation and his communication passport. Yazan likes water play, the trampoline, the school minibus, and the song "Wheels on the Bus". He dislikes loud hand dryers and changes to his routine.
Communication: non-verbal. 12 Makaton signs used reliably. PECS phase 3. Beginning to use a communication app on iPad.
Behaviour: incidents in school increased from 2 per week (autumn) to 9 per week (this term). Most at transitions (end of break, getting on/off the minibus).
Outcome: school propose a request to the LA to name a 38-week residential placement if home situation continues to deteriorate - to be revisited. Parents do not want residential "yet".
Amendments: Section F to add 2:1 support for community access; OT sensory diet to be updated.
"""),
    ("n4", "2025-06-04", "Carers assessment", "sorlowska", "Carer's assessment - mother",
     "standard", """
Carer's assessment (Children and Families Act 2014 s97 parent carer needs assessment) completed with mum at home 3rd June.

Caring role: Mum is Yazan's main carer 24/7 except school hours. Yazan wakes 2-4 times a night. Mum sleeps 3 to 4 hours a night. Dad covers nights on his days off.
Impact: mum describes herself as "empty". Has had depression before (she did not want to say more and I did not push), sees the GP, takes sertraline. No current thoughts of harming herself or others - asked directly.
Support: sister Suha helps 1 afternoon a week. No other family nearby. Mosque community supportive but "people don't understand autism".
Needs identified: regular overnight breaks; support in the home at bath and bedtime; sibling support for Lina; a break for mum to attend her own appointments.
Outcome: eligible. Recommend short breaks (overnight) and a personal budget for evening support. Young carers referral for Lina.
"""),
    ("n5", "2025-06-12", "Short breaks", "sorlowska", "Short breaks panel outcome",
     "standard", """
Short breaks panel 11/6 - approved:
- overnight short breaks at Hollyhock House, 4 nights per month, starting week of 23 June (introductory tea visits first)
- direct payment for 6 hours a week evening support
- holiday play scheme place, 3 days a week in August
Hollyhock is a 6-bed unit; Yazan's key worker to be confirmed by the unit manager. Introductory visits w/c 16/6. Unit asked us to rearrange the 1st tea visit (staffing) - now Weds 18th.
"""),
    ("n6", "2025-06-24", "CAMHS referral", "sorlowska", "Referral to CAMHS LD team",
     "standard", """
Referral sent today to CAMHS Learning Disability team (with parents' consent and GP letter).
Reason: escalating distressed behaviour at home and school over 3 months, self-injury (head hitting), injuries to mother and sister. Request: functional assessment, positive behaviour support plan, review of sleep, consideration of medication review.
GP has also referred to community dental service re GA dental treatment and prescribed movicol (constipation).
CAMHS LD acknowledged by email - triage within 2 weeks.
"""),
    ("n7", "2025-07-15", "LADO referral", "sorlowska", "LADO referral - short breaks staff member",
     "restricted", """
RESTRICTED - LADO

Referral made today to the LADO, Finola Geraghty, by email ([[lado.referrals@riverside.gov.example|EMAIL]]) and phone ([[0117 496 0481|PHONE]]).

Allegation: After Yazan's stay at {{Hollyhock House|place}} ([[2 Osier Walk|ADDRESS]], {{Riverside|place}} [[RV5 1TB|POSTCODE]]), 12-13 July, mum found four finger-shaped bruises on his upper left arm. The unit's incident record for the evening of 12th says a support worker, Corwin Blaylock, used a "two-person escort" on his own in the corridor when Yazan would not leave the lounge. Yazan's PBS guidance (interim) says no restrictive physical intervention except to prevent immediate harm. A second staff member told the unit manager Mr Blaylock "pulled him by the arm" and said "he needs to learn".

Action: LADO threshold met. Mr Blaylock suspended pending investigation (unit manager confirmed). Police informed by LADO. Body map completed. Parents informed and told not to share the staff member's name.
"""),
    ("n8", "2025-07-30", "CAMHS", "sorlowska", "CAMHS LD - first appointment and PBS",
     "standard", """
Joint home visit with Dr Clementine Bickerstaff (clinical psychologist, CAMHS LD) and Oluwatoyin Ogunbanjo (PBS practitioner) on Tues 29th.

Functional assessment (from 2 weeks of ABC charts kept by mum and school): behaviours most likely at transitions, when demands are placed with no visual warning, and in the late afternoon when he is hungry and tired. A clear link with pain - the worst fortnight coincided with his toothache.
Triggers: transitions, noise (hand dryer, Lina's tablet games), hunger, pain.
PBS plan (draft): visual timetable in every room; "now and next" board; 10-min warning with a sand timer; snack on arrival home; quiet room downstairs; Lina to have her own locked room and a safe word.
Reactive strategies: step back, reduce talking, offer blanket; no holds.
Dr B will review medication with the psychiatrist in September. Mum said it was "the first time someone has explained him to me".
"""),
    ("n9", "2025-08-18", "Telephone", "sorlowska", "phone log - crisis weekend",
     "standard", """
Mon 18th
{{08:45|time}} - EDT handover email read. Summary: Saturday night (16th) Yazan became very distressed at home around 9pm. He head-butted mum (broken nose - she went to A&E Sunday with Khaled) and bit Lina on the forearm when she came out of her room. A neighbour called police because of the screaming. Police attended {{21:40|time}}, no further action, referred to EDT. EDT arranged emergency overnight at Hollyhock on Sunday 17th.
{{09:30|time}} - Phoned mum. Dalal said "we can't have him back home, not like this, I am frightened for Lina". Dad agreed. They are asking for him to be looked after somewhere safe "for now".
{{10:15|time}} - Spoke to OZ. Emergency professionals meeting today. Hollyhock can keep Yazan to Thursday.
{{11:00|time}} - School (summer hols) - Mrs Lightbody on leave; left message.
"""),
    ("n10", "2025-08-18", "Professionals meeting", "ozuberi", "Emergency professionals meeting",
     "standard", """
Emergency multi-agency meeting 18.08.25 {{14:00|time}} (Teams)
Chair: Ottoline Zuberi. Present: SO, Dr Bickerstaff, Hollyhock manager, SEN caseworker, parents joined for the second half.

1. Incident 16/8 (above). Lina's bite needed steri-strips; she is staying with Aunt Suha for a few days.
2. Parents' request: accommodation. Both parents clear they want to stay involved and that this is not "giving up".
3. Options: (a) home with 2:1 waking night support - not available at short notice, and Lina's safety not assured; (b) Hollyhock extended - not a long-term placement, 6-bed short breaks unit; (c) 52-week residential special school - Brackenhurst School has a place from mid September and has assessed Yazan before (2024).
Decision: Hollyhock to extend to 14 Sept as an interim s20 arrangement; request to resource panel for Brackenhurst under s20 with parental consent; EHCP to be amended to name Brackenhurst.
4. A referral for a strategy discussion is NOT needed - no concerns of harm by the parents.
5. Legal advice to be sought regarding deprivation of liberty at Brackenhurst (locked doors, constant supervision).
"""),
    ("n10b", "2025-08-19", "Police Notification", "sorlowska", "Police notification (PVP) - 16/08",
     "standard", """
PROTECTING VULNERABLE PEOPLE NOTIFICATION
Occurrence: 16/08/2025 21:32 - concern for welfare / domestic incident (non-DA: child to parent)
Location: home address
Attending officers: PC Thackwray and PC Imrie
Child(ren): [[Yazan TARAWNEH|P01]] (12), [[Lina TARAWNEH|P04]] (9)
Adults: [[Dalal TARAWNEH|P02]] (mother), [[Khaled TARAWNEH|P03]] (father)

Circumstances: call from neighbour reporting screaming and banging. On arrival officers found mother with a facial injury (bleeding from nose) and the younger child with a bite wound to the forearm, being comforted by father. Parents explained the older child is autistic and non-verbal and had become very distressed. Yazan was in his bedroom, rocking, and officers did not enter at parents' request to avoid escalating. No offences disclosed. Mother declined ambulance; said she would attend hospital in the morning.
Voice of the child: Yazan - non-verbal, not spoken to. Lina said "Yazan didn't mean it, he was scared of the fireworks."
Risk assessment: MEDIUM. Referred to EDT at time. No further police action.
"""),
    ("n11", "2025-08-27", "Correspondence", "sorlowska", "Letter from adult psychiatry re mother",
     "restricted", """
RESTRICTED - third party health information shared with mother's written consent. Do not disclose.

Letter from Dr Eszter Kovalik, Consultant Psychiatrist, {{Hawthorn Unit|place}}, Riverside Mental Health Trust, [[Cradock Road|ADDRESS]], {{Riverside|place}} [[RV8 4PJ|POSTCODE]] (tel [[0113 496 0725|PHONE]]), dated 26/08/2025:

"Mrs [[Tarawneh|P02]] was admitted to our mother and baby unit in April 2016 under section 2 of the Mental Health Act with postpartum psychosis following the birth of her daughter. She made a full recovery and was discharged after 7 weeks. She had a further episode of severe depression in 2019, treated in the community. She has had no psychotic symptoms since 2016. She has never expressed thoughts of harming her children. In my opinion her current low mood is a proportionate response to exhaustion and is not a risk to her children; I would strongly support any measures that reduce her caring load. She remains under the care of her GP."
"""),
    ("n12", "2025-09-03", "Supervision", "ozuberi", "Management oversight",
     "standard", """
MO - OZ, 2/9.
Resource panel 1/9 approved 52-week placement at Brackenhurst School under s20, start 15 September. Parents have signed s20 consent. They understand they can withdraw consent but have agreed to give notice so a safe plan can be made.
Legal: the restrictions at Brackenhurst (external doors locked, 1:1 in the day, waking night staff, his bedroom door alarmed) are likely to amount to a deprivation of liberty. Legal to advise whether parents' consent is enough for a 12 year old or whether we need the High Court. Do not delay the move for this.
Lina: young carers worker allocated. Lina back home from Suha's.
Contact: plan for family to visit weekly at first, reducing to fortnightly, plus home for tea when he is settled.
Carer: mum seeing her GP, sleeping better since the 17th (says 6 hours).
"""),
    ("n13", "2025-09-16", "Placement Move", "sorlowska", "Move to Brackenhurst",
     "standard", """
Yazan moved from Hollyhock to Brackenhurst School yesterday (Mon 15th). I transported him with his key worker from Hollyhock; parents met us there as agreed so that the handover was at the new place, not at home.
Transition went better than feared. Yazan explored his room, found the swing in the sensory garden and would not come off it. Mum cried in the car park. Dad said "he didn't even look back, that's good, isn't it?"
His visual timetable, blanket, cars and iPad went with him. Brackenhurst have his PBS plan and will review it with Oluwatoyin in 4 weeks.
Looked after (s20) since 18/08/2025 - interim at Hollyhock; placement change recorded 15/09/2025.
"""),
    ("n14", "2025-09-30", "Legal", "sorlowska", "Legal advice - deprivation of liberty",
     "standard", """
Email from Legal Services, 30 Sep (summary)

- Yazan is 12 and accommodated under s20. He is under continuous supervision and control and is not free to leave: this is a deprivation of liberty (the "acid test").
- Whether parents can consent for a child under 16 depends on whether the restrictions fall within the "zone of parental responsibility". Given the level of restriction, that he is accommodated by the LA and the use of a locked environment 52 weeks a year, legal advise that the LA should not rely on parental consent.
- Recommendation: application to the High Court under its inherent jurisdiction for authorisation of the deprivation of liberty. Parents to be served and invited to be parties. A children's guardian will be appointed.
- First hearing likely within 3-4 weeks.
"""),
    ("n15", "2025-10-24", "Court Hearing", "sorlowska", "High Court - DoL authorisation",
     "standard", """
High Court (Family Division) hearing 23rd Oct before Mr Justice Pottinger, by video.
Parents attended with their solicitor and did not oppose. Guardian supported the application.
Order: the deprivation of Yazan's liberty at Brackenhurst School is AUTHORISED, in the terms set out in the schedule to the order (locked external doors, 1:1 supervision in the day, waking night staff and door alarm, physical intervention only as set out in his PBS plan). The judge said the restrictions must be "the least restrictive possible" and asked for a report on reducing them.
Review hearing in 3 months (listed 22 Jan 2026).
"""),
    ("n16", "2025-11-19", "LAC Review", "sorlowska", "First CLA review - extract",
     "standard", """
Looked after review (first, within 20 working days missed - held 18/11 due to IRO sickness; rearranged twice)
Present: IRO, SO, parents, Brackenhurst key worker, Yazan (for 10 mins, then went to the swing).

Yazan's wishes: communicated by his key worker using his photo board and observations. He reaches for the photo of the swing and of mum. He is sleeping through most nights.
Incidents: 14 per week in the first fortnight at Brackenhurst, now 4 per week. No restraint since October.
Health: GA dental treatment completed on 6 Nov at the children's hospital - 3 teeth extracted. Staff noticed he was calmer afterwards.
Contact: family visit every Sunday; first home tea on {{9 Nov|event_date}} went well (2 hours, staff present). Lina came on the last visit. Lina said "I miss him but I can sleep now."
Parents' views: they feel "guilty and relieved". They want him home for Eid eventually.
IRO recommendations: care plan endorsed; explore overnight at home in the new year with 2:1 support; next review in 3 months.
"""),
]

QUESTIONS = [
    {"q": "when did yazan move to brackenhurst", "qtype": "when",
     "facts": ["2025-09-15"], "notes": ["n13"], "as": "sorlowska"},
    {"q": "who is the psychologist from camhs LD?", "qtype": "who",
     "facts": ["Bickerstaff"], "notes": ["n8"], "as": "ozuberi"},
    {"q": "how many nights a month did panel agree at Hollyhock", "qtype": "how_many",
     "facts": ["4"], "notes": ["n5"], "as": "sorlowska"},
    {"q": "what happened to his sister on the crisis weekend", "qtype": "what",
     "facts": ["bit"], "notes": ["n9", "n10b"], "as": "ozuberi"},
    {"q": "what are his triggers according to the functional assessment", "qtype": "what",
     "facts": ["transitions", "pain"], "notes": ["n8"], "as": "sorlowska"},
    {"q": "did the high court authorise the DoL?", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["n15"], "as": "ozuberi"},
    {"q": "what did his sister say at the LAC review", "qtype": "quote",
     "facts": ["I miss him but I can sleep now"], "notes": ["n16"], "as": "sorlowska"},
    {"q": "how much is mum sleeping - carers assessment", "qtype": "what",
     "facts": ["3 to 4 hours"], "notes": ["n4"], "as": "sorlowska"},
    {"q": "whats the incidents per week now", "qtype": "how_many",
     "facts": ["4"], "notes": ["n16"], "as": "ozuberi"},
    {"q": "what is his EHCP funding band?", "qtype": "what",
     "facts": [], "notes": [], "as": "sorlowska"},
    {"q": "is yaz on any sleep medication", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "ozuberi"},
]

EVENTS = [
    ("2025-05-06", "referral", ["n1"], "Referral from school after mother injured; allocated for child and family assessment"),
    ("2025-05-21", "assessment", ["n3"], "EHCP annual review: incidents up from 2 to 9 per week; residential placement raised"),
    ("2025-06-03", "assessment", ["n4"], "Carer's (parent carer needs) assessment of mother: eligible"),
    ("2025-06-11", "assessment", ["n5"], "Short breaks panel approves 4 nights a month at Hollyhock House and direct payment"),
    ("2025-06-24", "camhs_referral", ["n6"], "Referral to CAMHS Learning Disability team"),
    ("2025-07-15", "referral", ["n7"], "Bruising after short break; LADO referral about a short-breaks support worker"),
    ("2025-07-29", "health", ["n8"], "CAMHS LD functional assessment and draft positive behaviour support plan"),
    ("2025-08-16", "police_incident", ["n9", "n10b"], "Crisis: Yazan head-butted mother (broken nose) and bit sister; police attended"),
    ("2025-08-17", "placement_move", ["n9"], "Emergency overnight at Hollyhock House arranged by EDT"),
    ("2025-08-18", "placement_move", ["n10"], "Accommodated under section 20 (interim) at Hollyhock House after emergency professionals meeting; residential school sought"),
    ("2025-09-15", "placement_move", ["n13"], "Moved to Brackenhurst School (52-week residential) under section 20"),
    ("2025-10-23", "court", ["n15"], "High Court authorises deprivation of liberty at Brackenhurst; review in 3 months"),
    ("2025-11-06", "health", ["n16"], "Dental treatment under general anaesthetic: 3 teeth extracted"),
    ("2025-11-18", "cla_review", ["n16"], "First looked after review; care plan endorsed"),
]
