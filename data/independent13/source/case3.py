"""IN13-0003: a six-year-old in foster care under an interim care order goes home (author A)."""

CASE = {
    "case_id": "IN13-0003",
    "team": "Wrotham Children in Care",
    "status": "child_in_need",
    "allocated_worker": "lchadwyck",
    "child": {
        "person_id": "P01", "given_name": "Brody", "family_name": "Duggleby", "date_of_birth": "2018-08-14",
        "gender": "male", "ethnicity": "White British", "religion": "None",
        "nhs_number": "976 245 3786", "school": "Wateringbury CE Primary School",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Tamzin", "family_name": "Duggleby", "relationship": "mother",
         "date_of_birth": "1994-01-26", "phone": "07823 561270", "address": "Flat 2, 17 Harrier Walk, Snodland",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Kamil", "family_name": "Mroczek", "relationship": "mother's ex-partner",
         "date_of_birth": "1990-06-02", "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Jashoda", "family_name": "Lakhani", "relationship": "foster carer",
         "phone": "0118 496 0741", "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P05", "given_name": "Hitesh", "family_name": "Lakhani", "relationship": "foster carer",
         "given_origin": "south_asian", "family_origin": "south_asian"},
    ],
}

ALIASES = {
    "Brody": "P01", "Brods": "P01", "DUGGLEBY": "P01",
    "Tamzin": "P02", "Tamz": "P02", "Duggleby": "P02",
    "Kamil": "P03", "Mroczek": "P03", "MROCZEK": "P03",
    "Jashoda": "P04", "Jash": "P04", "Lakhani": "P04",
    "Hitesh": "P05",
    "Bygrave": "~british", "Quaintance": "~british", "Sheratt": "~british", "Ottley": "~british",
    "Lonnie": "~british", "Wickersley": "~british",
}

NOTES = [
    ("visit1", "2024-09-05", "Statutory Visit CLA", "lchadwyck", "CLA statutory visit - first visit as allocated SW",
     "standard", """
Purpose of visit: statutory visit and introduction (case transferred to me from the court team 2/9).
Child seen: Yes, alone, in his bedroom and in the garden.
Present: foster carers [[Jashoda Lakhani|P04]] and [[Hitesh Lakhani|P05]], Brody.

Background (from transfer summary): Brody has been in foster care with Mr and Mrs Lakhani since
March 2024 under an interim care order, after police found him alone in the flat while mum was
using and after repeated DV incidents involving mum's then partner Kamil. Care proceedings ongoing.
Plan now is reunification if the assessments are positive.

Observations: Brody was bouncing on the trampoline and wanted to show me he can do a "seat drop". He
calls Jashoda "Auntie Jash". His room has his Lego and a photo of mum on the windowsill.

Brody's views: he likes "Auntie Jash's rice" and the dog ({{Pipkin|pet_name}}). He said he sees mummy "on Tuesdays
and Thursdays at the place with the fish tank" (contact centre) and wants to "sleep at mummy's new house".
He does not mention Kamil.

Carers: family time is going well, 2 x weekly, supervised, 2 hours, at the contact centre. Mum is always
on time. Brody is unsettled on the evening after (wets the bed about once a week, usually Thursdays).

Mum update (by phone after): Tamzin completed the 12 week programme at {{Wrotham Recovery Hub|place}} in July
and is still seeing her recovery worker [[Lonnie|~british]] fortnightly. She got the keys to her new tenancy at
[[Flat 2, 17 Harrier Walk|ADDRESS:P02]], [[ME6 5RJ|POSTCODE:P02]] on 19th August - 2 bed housing association flat.
"""),
    ("cmh", "2024-09-19", "Court Hearing", "lchadwyck", "Further case management hearing",
     "standard", """
FCMH at {{Medway Family Court|place}} yesterday (18.9.24) before HHJ Wickersley.

LA, mother (represented), Children's Guardian Ms Quaintance. [[Kamil Mroczek|P03]] not a party (not Brody's father;
Brody's father is not named on the birth certificate and has never been identified).

Directions:
- parenting assessment of mother by an independent social worker ([[Ebere Ottley|~african]]), report by 18/11
- hair strand test of mother, 3 months, drugs and alcohol, sample by 18/10
- family time to increase to 3 x weekly from w/c 30/9, the third session in the community, supervised
- LA to file its final evidence and care plan by 20/1/25; IRH listed for 10th February 2025
Guardian supportive of reunification being tested "carefully". Timetable extended to 36 weeks.
"""),
    ("fc_log", "2024-10-08", "Foster Carer Report", "lchadwyck", "Foster carer's log (pasted)",
     "standard", """
Monthly log sent in by Jashoda, pasted as received:

"Sept/Oct. Brody has settled back to school well in year 2, his teacher Mrs Sheratt says he is trying
very hard with his reading. After the new Saturday family time in the park (first one was 5th Oct) he
came back very excited and a bit wild, he told us mummy had a blue door and a 'big boy bed' for him.
Bedwetting twice this month, both after contact. He has a wobbly tooth at the back and says it hurts
when he eats, we have booked the dentist. He asked Hitesh 'will you still be my uncle if I go to
mummy's?' - Hitesh said yes always. He is sleeping ok apart from the contact nights. Pocket money
saved for a dinosaur."

SW comment: carers are child-focused and supportive of reunification. Dental appointment noted.
"""),
    ("cla1", "2024-10-22", "IRO Review", "lchadwyck", "CLA review 3",
     "standard", """
Looked after review held at the foster home, 22nd October 2024. IRO: Ms [[Bygrave|~british]].
Present: Brody (first part), carers, mum, SW, Mrs Sheratt (by written report).

Brody said he wants "more sleepovers at mummy's" and "to keep coming to Auntie Jash's for tea".

IRO comments: the care plan is reunification and everyone agrees it is the right aim. The IRO said she
was worried that "we are moving faster than the evidence" - family time has gone from twice weekly
supervised to three times with unsupervised Saturdays being discussed, while the hair strand results and
the parenting assessment are still outstanding. She asked that no overnight stays begin until both are
received and considered at a planning meeting, and that a written safety plan covering Kamil is in
place first.

Recommendations: (1) hair strand and ISW reports to be shared with IRO on receipt; (2) overnight contact
only after a reunification planning meeting; (3) dental appointment to go ahead; (4) PEP to be updated by
half term. Next review in 4 months or sooner if the plan changes.
"""),
    ("hair", "2024-11-06", "Case Note", "lchadwyck", "Hair strand test results",
     "standard", """
Hair strand results received today (sample taken 15/10/24, 3 x 1 month sections covering roughly mid-July
to mid-October):
- negative for opiates and cocaine in all three sections;
- cannabis: low level detected in the oldest section (July-Aug) only, not in the two more recent sections;
- alcohol (EtG): below the cut-off - consistent with abstinence or low drinking.
Discussed with Tamzin, who said she "had a spliff at a barbecue in the summer" and has not used since.
Her recovery worker Lonnie confirms her weekly urine screens have been clear since May.
Shared with Guardian, IRO and mother's solicitor.
"""),
    ("pa", "2024-11-20", "Assessment", "lchadwyck", "Summary of ISW parenting assessment",
     "standard", """
ISW parenting assessment (Ms Ottley), report dated 18/11/24, received 19/11. Summary for the file:

Strengths: mother's abstinence sustained since May; insight into how her drug use and the relationship
with Kamil affected Brody ("I put them first and he was the one who paid"); warm, attuned play in every
observed session; home clean, safe and child-ready; good routines planned; engaged with recovery service
and has a sponsor.
Concerns: short period of abstinence tested only in the community; limited support network (her mum lives
in Spain); risk that Kamil returns - he has breached a non-molestation order before (2023).
Recommendation: a phased return home over about 3 months, with unsupervised day contact then overnights
building to a full move, under placement with parent regulations and a robust safety plan. Ms Ottley
supports the IRO's view that overnights should follow a planning meeting.

Reunification planning meeting set for 27/11.
"""),
    ("dental", "2024-12-03", "Health", "lchadwyck", "Dental extraction",
     "standard", """
Jashoda rang 29/11 to say Brody had his tooth out yesterday at the {{Maidstone Community Dental Service|place}}
(day case under general anaesthetic - two lower back baby teeth, both decayed; 2 teeth removed). Mum came
with Jashoda and stayed with him in recovery, with the carers' agreement and mine. Brody was sick once
in the car but fine by the evening; he put the teeth under his pillow at Auntie Jash's and the "tooth
fairy" left £2. Dentist asked for fluoride varnish every 3 months and a review in 6 months.

Planning meeting 27/11 (minutes to follow separately): unsupervised day contact at mum's flat every
Saturday agreed, first overnight planned for Friday 13th December if nothing changes, safety plan to be
signed by mum first.
"""),
    ("tel", "2024-12-16", "Telephone", "lchadwyck", "Phone log - overnight cancelled",
     "standard", """
Fri 13/12
16:05 Mum phoned - on her way out of the shop she saw [[Kamil MROCZEK|P03]] sitting in a silver car across the road
from her block, about 4pm, for "ten minutes maybe". He did not approach, she went in and locked the door.
He drove off. She has not had contact from him. She said "I don't want him anywhere near Brody."
16:15 Discussed with EF (TM). Decision: tonight's first overnight cancelled to be safe. Mum upset but agreed,
said it was "the right thing". Told Jashoda, who had already packed his bag - told Brody gently that
"mummy's house isn't ready tonight".
16:40 Mum reported sighting to police (101). Ref provided. She has photo of the car.
Sat 14/12
Day contact went ahead at the contact centre instead of the flat (supervised), 10-2, Brody fine.
Mon 16/12
Police confirm they visited Mr Mroczek on Sunday; he said he was visiting a friend in the next road.
He has been told not to go near her address. Non-mol order (2023) still in force until March 2025.
"""),
    ("mo", "2024-12-20", "Management Oversight", "efoljambe", "Management oversight",
     "standard", """
Manager oversight. Discussed with [[Lancelot Chadwyck|~british]] 20/12.

The sighting on 13th was reported by mother herself, promptly, and she followed the safety plan exactly
- this is protective behaviour. Police action taken. No evidence of contact between them since the
separation in Feb 2024. The IRO has been told (as per her recommendation) and agrees.

Decision: overnights to start in the new year, from Fri 10th January, provided no further sightings.
Safety plan updated: mum to keep chain on the door, neighbour aware, Brody to know he can ring
Jashoda. If Kamil is seen near the flat again the overnights will be paused and a review called. Final
evidence due 20/1 - recommendation to court will be placement with parent under the Placement with
Parents Regulations if overnights go well.
"""),
    ("school", "2025-01-08", "School Contact", "lchadwyck", "School's view",
     "standard", """
Met Mrs Sheratt (class teacher) and head teacher at {{Wateringbury CE Primary|place}}, 8.1.25, for the school's view
for the final evidence.

Attendance this year 98.4%. Reading: moved up two book bands since September, phonics on track. Maths
working towards. Socially: has two close friends, plays well. Dysregulation on Monday mornings after
contact weekends has reduced - "he used to throw his book bag, now he tells us he's tired". School are in
favour of him going home, and would want him to stay at Wateringbury (mum's flat is 15 mins on the bus;
mum has agreed). PEP target for spring: reading stamina and talking about feelings with the ELSA.
"""),
    ("hv", "2025-01-14", "Home Visit", "lchadwyck", "Visit to mum's - after first overnight",
     "standard", """
Visit to Harrier Walk with Brody after school. Brody had his first overnight at mum's last Friday and
came back to carers on Saturday afternoon. Mum said he "slept like a log" in his big boy bed, they had
fish fingers and watched a film, and he asked to ring Auntie Jash to say goodnight (he did). Jashoda
said he came back calm. No sightings of Kamil.
Brody said he wants "two sleeps" next time. Plan: 2 overnights per week from w/c 27/1 if all well,
then a move home after the IRH if the court agrees.
"""),
    ("irh", "2025-02-11", "Court", "lchadwyck", "IRH outcome",
     "standard", """
IRH yesterday, HHJ Wickersley. Guardian (Ms Quaintance) supported the LA's plan. The court approved Brody's
placement at home with his mother under the Placement with Parents Regulations, the interim care order
to continue meanwhile. Brody to move home on Saturday 22nd February. Final hearing listed 8th April 2025;
LA to file an updated care plan seeking a 12 month supervision order rather than a care order, if the
placement remains stable. Mother cried in court and thanked the Guardian.
"""),
    ("move", "2025-02-24", "Placement Change", "lchadwyck", "Brody moved home",
     "standard", """
Brody moved home to mum on Sat 22/2 as planned. Jashoda and Hitesh brought him with his things at 11am
and stayed for a cup of tea; he gave them a card he had made ("Thank you for looking after me Auntie Jash
and Uncle Hitesh and {{Pipkin|pet_name}}"). He cried when they left and then played with his Lego.
Visited today (Mon): he is settled, went to school on the bus with mum. Carers will see him every other
Sunday for now. Placement with parent agreement signed by mum.
"""),
    ("cla2", "2025-03-20", "LAC Review", "lchadwyck", "CLA review (placed with parent)",
     "standard", """
Review 20/03/25 at mum's flat, IRO Ms [[Bygrave|~british]].

Brody has been home a month. School report better attendance than in care (100% since the move), he is
"proud to say he lives with mummy". Mum's urine screens continue clear; she is volunteering at the
recovery hub one morning a week. No sightings of Kamil since December. IRO satisfied that the pace has
been right in the end: "the evidence caught up". Supports a supervision order at final hearing.
"""),
    ("final", "2025-04-09", "Court", "lchadwyck", "Final hearing",
     "standard", """
Final hearing 8/4/25, HHJ Wickersley. Court made a 12 month supervision order in favour of the local
authority; no order was made as to care. The interim care order has ended and Brody is no longer a
looked after child. The judge commended mother and thanked the foster carers. Guardian discharged.
Case will move to CIN under the supervision order; transfer to Family Support to be arranged.
"""),
    ("transfer", "2025-04-16", "Transfer", "lchadwyck", "Transfer summary",
     "standard", """
Transfer summary - CIC to Family Support (supervision order).

Brody (6) lives with mum Tamzin at Harrier Walk. In foster care Mar 2024 - Feb 2025 with the Lakhanis
under an ICO; went home 22/2/25 under placement with parent regs; supervision order made 8/4/25 for 12
months. Mum abstinent since May 2024 (hair strand Oct 24 negative for opiates and cocaine; urine screens
clear). Risk: [[Kamil Mroczek|P03]] (ex-partner, DV) - one sighting near the flat 13/12/24, none since. Foster carers
remain in his life (every other Sunday).
Outstanding: dental review due May; fluoride varnish; PEP stops now he is not CLA - ask school to keep the
ELSA sessions.
"""),
]

QUESTIONS = [
    {"q": "when did brody go home to mum", "qtype": "when", "facts": ["2025-02-22"], "notes": ["move", "irh"],
     "as": "lchadwyck"},
    {"q": "who were his foster carers?", "qtype": "who", "facts": ["Lakhani"], "notes": ["visit1"],
     "as": "efoljambe"},
    {"q": "what did the hair strand show", "qtype": "what", "facts": ["negative for opiates and cocaine"],
     "notes": ["hair"], "as": "lchadwyck"},
    {"q": "how many teeth did he have out", "qtype": "how_many", "facts": ["2"], "notes": ["dental"],
     "as": "lchadwyck"},
    {"q": "who was seen outside mums flat the night the overnight got cancelled", "qtype": "who",
     "facts": ["Mroczek"], "notes": ["tel"], "as": "lchadwyck"},
    {"q": "what did the IRO say about the pace at the october review", "qtype": "quote",
     "facts": ["moving faster than the evidence"], "notes": ["cla1"], "as": "efoljambe"},
    {"q": "is brody still looked after?", "qtype": "yes_no", "facts": ["no"], "notes": ["final"],
     "as": "lchadwyck"},
    {"q": "when was his first overnight at mums", "qtype": "when", "facts": ["2025-01-10"], "notes": ["hv"],
     "as": "lchadwyck"},
    {"q": "what order did the judge make at the final hearing", "qtype": "what", "facts": ["supervision order"],
     "notes": ["final"], "as": "efoljambe"},
    {"q": "has brody got a life story book started", "qtype": "yes_no", "facts": [], "notes": [],
     "as": "lchadwyck"},
    {"q": "who's brody's GP now he's back at mum's", "qtype": "who", "facts": [], "notes": [], "as": "efoljambe"},
]

EVENTS = [
    ("2024-09-18", "court", ["cmh"], "Further case management hearing: parenting assessment and hair strand test directed"),
    ("2024-10-05", "positive_change", ["fc_log"], "First Saturday family time in the community"),
    ("2024-10-22", "cla_review", ["cla1"], "CLA review: IRO questions the pace of reunification"),
    ("2024-11-06", "positive_change", ["hair"], "Hair strand test negative for opiates and cocaine"),
    ("2024-11-18", "assessment", ["pa"], "ISW parenting assessment recommends phased return home"),
    ("2024-11-28", "hospital", ["dental"], "Tooth extraction under general anaesthetic (day case)"),
    ("2024-12-13", "police_incident", ["tel", "mo"], "Ex-partner seen outside mother's flat; first overnight cancelled; reported to police"),
    ("2025-01-10", "positive_change", ["hv"], "First overnight stay at mother's"),
    ("2025-02-10", "court", ["irh"], "IRH: court approves placement with parent under the regulations"),
    ("2025-02-22", "placement_move", ["move", "transfer"], "Brody moves home to his mother"),
    ("2025-03-20", "cla_review", ["cla2"], "CLA review at home: IRO supports supervision order"),
    ("2025-04-08", "court", ["final", "transfer"], "Final hearing: 12 month supervision order; no longer looked after"),
]
