"""IN11-0002: a 9-year-old autistic boy with type 1 diabetes and repeated DKA admissions."""

CASE = {
    "case_id": "IN11-0002",
    "team": "Pyecroft Disabled Children's Team",
    "status": "closed",
    "allocated_worker": "rmabberley",
    "child": {
        "person_id": "P01", "given_name": "Somtochukwu", "family_name": "Anozie", "date_of_birth": "2015-05-18",
        "gender": "male", "ethnicity": "Black British - African", "religion": "Christian",
        "nhs_number": "792 174 2181", "address": "Flat 6, Brookhurst House, Mill Leat Road, Pyecroft",
        "school": "Dyehouse Fold Primary School", "given_origin": "african", "family_origin": "african",
    },
    "people": [
        {"person_id": "P02", "given_name": "Chikamso", "family_name": "Anozie", "relationship": "mother",
         "date_of_birth": "1984-02-09", "phone": "07716 388041",
         "address": "Flat 6, Brookhurst House, Mill Leat Road, Pyecroft",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P03", "given_name": "Kelechi", "family_name": "Anozie", "relationship": "father",
         "date_of_birth": "1980-10-27", "phone": "07391 642875",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P04", "given_name": "Ebube", "family_name": "Anozie", "relationship": "sister",
         "date_of_birth": "2009-04-02", "given_origin": "african", "family_origin": "african"},
    ],
}

ALIASES = {
    "Somtochukwu Anozie": "P01", "SOMTOCHUKWU ANOZIE": "P01", "Somtochukwu": "P01", "Somto": "P01",
    "Chikamso Anozie": "P02", "Chikamso": "P02", "Chika": "P02", "Mrs Anozie": "P02", "Mrs A": "P02",
    "Kelechi Anozie": "P03", "Kelechi": "P03", "Kel": "P03", "Mr Anozie": "P03",
    "Ebube Anozie": "P04", "Ebube": "P04", "Ebs": "P04",
    "ANOZIE": "P02", "Anozie": "P02",
    # not on the record: health, school and council staff
    "Bogumila Wlodarczyk": "~eastern_european", "Bogumila": "~eastern_european", "Bogi": "~eastern_european",
    "Wlodarczyk": "~eastern_european", "Wieslaw Grzegorczyk": "~eastern_european", "Grzegorczyk": "~eastern_european",
    "Zillah Gawthorpe": "~british", "Zillah": "~british", "Gawthorpe": "~british",
    "Thomasina Dewhirst": "~british", "Dewhirst": "~british",
    "Ozias Huddleston": "~british", "Huddleston": "~british",
    "Marcella Pickersgill": "~british", "Pickersgill": "~british",
    "Lowell Cudworth": "~british", "Cudworth": "~british",
    "Rudyard Mabberley": "~british", "Rudyard": "~british", "Benedikt Sandilands": "~british",
    "Sandilands": "~british",
}

NOTES = [
    ("referral", "2024-08-05", "Referral", "rmabberley", "Referral from paediatric diabetes team",
     "standard", """
REFERRAL - received by DCT duty via the MASH, {{5 Aug 2024|event_date}}
Referrer: [[Bogumila Wlodarczyk|~eastern_european]], Paediatric Diabetes Nurse Specialist, {{Pyecroft General|place}}
Tel: [[0117 496 0283|PHONE]]

Child: Somtochukwu ANOZIE ("Somto"), 9, DOB [[18/05/2015|DOB:P01]]. Type 1 diabetes (dx aged 5) and autism (dx aged 4). Uses a few
words and some Makaton, PECS at school. Lives with mum Chikamso and sister Ebube (15). Dad Kelechi
works offshore, 3 weeks on 3 weeks off.

Reason for referral:
- Somto has had 2 admissions with diabetic ketoacidosis (DKA) this year, in February and again on
  the 20th of last month (3 nights on the children's ward, 1st night in HDU).
- Missed 3 of the last 4 diabetes clinic appointments (DNA Jan, Apr, Jun).
- Sensor readings have not been uploaded to the clinic platform since the end of April so the team
  cannot see his glucose at all.
- Community pharmacy says insulin (both pens) was last collected on 23 May. Bogumila cannot see
  how he has had enough insulin since, unless old stock at home.
- Mum "very flat" on the ward, said she is "not coping". Sister seemed to know more about his
  regime than mum.

Referrer is clear she does not think this is deliberate; she is worried about "a third one, which
could be the one that goes badly". Parents aware of referral and agreed.

Outcome: accepted for single assessment by the Disabled Children's Team. Allocated to RM.
"""),
    ("assess1", "2024-08-14", "Assessment Visit", "rmabberley", "Single assessment - home visit",
     "standard", """
Single Assessment - visit 1
Date: 14/08/24, {{10:00|time}}
Present: Mrs Anozie (mum), Somto, Ebube. Dad away (back on the 24th).
Child seen: Yes. Seen alone: not meaningful given communication - observed with his sister.

Purpose: to start the assessment following the diabetes team's referral.

Observations: flat on the top floor of [[Brookhurst House|ADDRESS:P01]], tidy. Somto spent most of the visit lining
up toy buses along the windowsill and humming. He took my hand to show me the bus with the "number
seven" on it and said "seven, seven". He let Ebube scan his sensor; reading 14.2. He pulled away when
mum tried to. Mum says he "goes mad" about finger pricks and injections for her, but lets Ebube do it.

Mum: she was open that she has been depressed "since last winter". She said "some days I can't get
out of bed, I know how that sounds". She has not seen her GP about it. She does the daytime doses in
the holidays "when I'm up". Said the pharmacy thing was "a mix up" but then agreed she has not been
in to collect - "it's two buses and he won't sit on a bus that isn't the right number".

Ebube (seen on her own in the kitchen, 15, Yr 11 in Sept): "I'm the one who does it. I set an alarm for
3 o'clock and check him, and if he's high I do a correction". She has been doing this "since Dad went
back on rotation last year". She says she is tired at school, had a detention for falling asleep.
She was worried she'd get mum "in trouble". She is proud of how she manages him: "he trusts me".

Dad (phone, later): Kelechi said he knew things were "hard for Chika" but not that bad. He sends money
and checks in by video call every night. He said "I can't just stop working".

Analysis (initial): Somto's needs are high and constant. The gaps are real and dangerous but look
like a family without enough help rather than a lack of care. Ebube is a young carer carrying
overnight medical responsibility that should never be hers.
"""),
    ("school1", "2024-09-03", "Telephone", "rmabberley", "Tel - SENCO re healthcare plan",
     "standard", """
{{14:15|time}} call with [[Thomasina Dewhirst|~british]], SENCO, {{Dyehouse Fold Primary|place}}.

- School have Somto's individual healthcare plan (IHCP) but it dates from Yr 2 and the diabetes team
  have not been in to review it. SENCO to invite Bogumila in.
- Only one member of staff trained to give insulin, and she left in July. A new TA, Mrs
  [[Zillah Gawthorpe|~british]], is his 1:1 this year and has agreed to be trained. Training booked
  with the DNS for 10th Sept.
- Until Mrs Gawthorpe is signed off, mum has agreed to come in at lunch to do his dose. SENCO "not
  confident" this will happen every day - she will ring me if mum doesn't come.
- He has an EHCP. Attendance last year 88%, mostly the 2 admissions + clinic.
"""),
    ("mdt", "2024-09-24", "Health Liaison", "rmabberley", "Diabetes MDT - pump discussion",
     "standard", """
Joined the paediatric diabetes team MDT by phone for Somto's item. Dr [[Wieslaw Grzegorczyk|~eastern_european]]
(consultant), Bogumila (DNS), psychologist, dietitian.

Training: Mrs Gawthorpe trained and signed off 10/9. School now giving lunchtime insulin. School have
uploaded the school-day readings via the school iPad since.

Pump: the team think a hybrid closed loop pump would make Somto much safer (it corrects highs itself
and alarms to a parent's phone). The usual rule is that a family must show regular sensor wear, uploads
and clinic attendance first. Consultant view: "we would normally say not yet, but with this family the
pump IS the safety plan." Agreed in principle: pump start to be planned for the new year if
(a) 2 clinics attended and (b) uploads weekly between now and December. Sensory work with the OT to
help him tolerate the cannula.

Consultant asked me directly whether CSC would "step up" if there was another DKA. I said any further
admission linked to missed insulin would need a strategy discussion.
"""),
    ("assess2", "2024-10-01", "Single Assessment", "rmabberley", "Single assessment - conclusion",
     "standard", """
Assessment completed 01/10/24 (day 40).

Summary: Somto is a 9 year old with type 1 diabetes and autism whose glucose control has been
dangerously poor this year (DKA x2). His mum is depressed and has not sought help; his dad works away
for 3 weeks at a time; his 15 yr old sister has been doing the overnight checks. Both parents love
him and want help.

Outcome: Child in Need plan (s17) with the DCT. Plan:
1. Mum to see her GP about low mood - RM to support, mum agreed.
2. Pharmacy home delivery of insulin and sensors - RM to set up with the pharmacy and GP.
3. Referral to the short breaks service and a carer's assessment for mum.
4. Young carers referral for Ebube; overnight checks to stop being her job.
5. Dad to look at work options. He is "speaking to the company".
6. Continuing care checklist to be requested from the CCG/ICB via Bogumila.
CIN review in 3 months.
"""),
    ("admit3", "2024-11-04", "Hospital", "rmabberley", "Third DKA admission",
     "standard", """
Call from Bogumila (DNS) {{09:10|time}} Monday.

Somto was brought to A&E by ambulance early hours of Saturday {{2nd|event_date}} (about {{04:30|time}}) after Ebube
found him "floppy and breathing funny" at her 3am check - she rang 999. Mum was asleep and had not done
the evening long-acting dose; Ebube thought mum had. Ketones 6.1, pH 7.08: severe DKA. He spent 36
hrs in PICU at {{Calderbridge Children's|place}} and is now back on the ward. Expected home Weds/Thurs.

This is his 3rd DKA admission in 9 months. The sensor had come off on Thursday and had not been replaced
so there were no alarms.

Ward staff said mum was "barely speaking", dad is flying back from Aberdeen today.

Discussed with BS - strategy discussion to be held tomorrow.
"""),
    ("strat", "2024-11-05", "Strategy Meeting", "rmabberley", "Strategy discussion - medical neglect",
     "standard", """
Strategy Discussion 05/11/2024 {{11:00|time}}, Teams.
Chair: Benedikt Sandilands (TM DCT). Present: RM (SW), Dr Grzegorczyk, Bogumila Wlodarczyk (DNS),
DC [[Ozias Huddleston|~british]] (police), Mrs Dewhirst (SENCO), hospital safeguarding nurse.

Information: see admission note. Consultant: "3 DKAs in 9 months in a child on a basal-bolus regime is
not bad luck. He is not getting his insulin reliably." No injuries or other concerns. School: good
since the TA was trained, readings fine in the school day.
Police: no information held on the family. No criminal investigation indicated.

Decision: s47 enquiry - single agency (CSC) - category neglect (medical). Somto NOT to be discharged
until a discharge plan is agreed: dad to be at home for the first 2 weeks, insulin given by a parent
with the evening dose confirmed by text to the ward.

If the s47 finds the family cannot keep him safe, an ICPC will be requested.
"""),
    ("s47", "2024-11-08", "s47 enquiry", "rmabberley", "s47 home visit",
     "standard", """
Visit the day after discharge (Somto home 7/11). Present: mum, dad, Ebube, Somto.

Somto: on the sofa with his buses and an iPad. Said "bus, home" when I came in. Looked pale but
settled. New sensor on, alarms set to dad's AND mum's phone (not Ebube's).

Dad: he has taken 4 weeks' compassionate leave. He said he has "asked for a shore job" and his employer
has offered him a role at the {{Teesport|place}} base from January, home every night. He was upset: "my
daughter saved his life and she is a child".

Mum: said she "didn't want anyone to know" how low she has been. She saw the GP yesterday with Kel:
started on an antidepressant and referred to the community mental health team (CMHT). She agreed the
sensor and evening dose are now dad's job while he is home.

Ebube (alone, in her room): "I'm not angry at Mum. I just want to sleep". She has had a young carers
assessment (7/10) and goes to the group on Tuesdays. She agreed she will NOT set the 3am alarm any
more. Dad has taken the night checks over.

Analysis: the risk came from an exhausted, unwell mother, an absent dad and a child doing an adult's
job, not from anyone not caring. Both parents are now engaged and dad is home. My view is that a
CIN plan with clear health actions will protect Somto; a conference would add little.
"""),
    ("letter", "2024-11-19", "Letter", "rmabberley", "Letter to parents - outcome of s47",
     "standard", """
Dear Mr and Mrs Anozie,

Outcome of the child protection enquiry about Somtochukwu

Thank you both for meeting me and for being so open after Somto's stay in hospital. I am writing, as
promised, to tell you the outcome of the enquiry (called a section 47 enquiry) that we started on
5 November 2024.

We found that Somto had suffered significant harm because he did not get his insulin reliably, which
led to his three hospital admissions. We also found that this happened at a time when Mrs Anozie was
unwell and without enough support, and that you have both acted quickly to change things.

My manager, Mr Sandilands, has agreed that we will NOT be asking for a child protection conference.
Instead Somto will have a Child in Need plan, which we will review with you on 10 December.
If Somto were to be admitted again because his insulin had been missed, we would need to look at
this again, including a conference.

If you disagree with anything in this letter you can contact me on [[0161 496 0317|PHONE]] or use the
council's complaints procedure.

Yours sincerely,
Rudyard Mabberley, Social Worker, Disabled Children's Team
"""),
    ("cmht", "2024-11-28", "GP Liaison", "rmabberley", "GP / mental health",
     "standard", """
spoke to practise nurse at {{Mill Leat Surgery|place}} (with mum's consent). Mum seen by the GP on
7/11, started sertraline, review in 4 wks. CMHT referral sent 25/11/24 marked urgent because of caring
role; CMHT screening call with mum booked for 3/12. Practice will flag mum for carer's health check.

Also confirmed: repeat prescriptions for Somto's insulin, sensors and needles now go to
{{Rosebay Pharmacy|place}} for HOME DELIVERY every 4 weeks, started 15/11. First delivery arrived, mum confirmed she recieved it.
"""),
    ("cin1", "2024-12-10", "CIN Meeting", "rmabberley", "CIN review 1",
     "standard", """
CIN review - 10 Dec 2024, at home.
Present: mum, dad, RM, Bogumila (DNS), Mrs Dewhirst (SENCO), Mrs Gawthorpe (TA), young carers worker.

Health: no admissions since 2/11. Uploads every week since discharge (dad does them Sundays). Time in
range up from about 20% to 48%. Attended clinic 26/11. Pump - on track for February, OT sensory work
started.
Mum: CMHT assessment done 3/12, allocated to a care co-ordinator, starting a group for low mood in Jan.
Mum said "I feel like I'm back in my own head, a bit".
Dad: starts shore job 6th January.
Ebube: not doing night checks. Sleeping. Mock exams "alright".
School: attendance since return 100%. Mrs Gawthorpe said "he reminds ME now, he brings me the pen".

Short breaks: referral to panel in January.
Plan continues, next review March.
"""),
    ("panel", "2025-01-22", "Short Breaks Panel", "bsandilands", "Short breaks and continuing care panel extract",
     "standard", """
EXTRACT - Short Breaks & Continuing Care Joint Panel, 22.01.25
Chair: Benedikt Sandilands. Presented by: RM.

Item 4 - Somtochukwu Anozie (9)

Continuing care: checklist completed by the DNS in December indicated a full assessment. Decision
Support Tool completed 14/1 - outcome NOT ELIGIBLE for children's continuing care; his health needs
are high but predictable and can be met by his parents and school with specialist diabetes team
support. Panel notes the pump will reduce overnight need further. Health to fund TA refresher training.

Short breaks: APPROVED - one overnight stay per month at {{Kingfisher Lodge|place}} (residential short
breaks unit, staff trained in T1D) + 3 hrs a week after-school activity with a trained carer. Start
once the pump is settled (target March).

Update: dad started his shore job on 6/1 and is home every night.

Dad's question "why can't he have a nurse at night" answered by RM in writing.
"""),
    ("pump", "2025-02-17", "Health", "rmabberley", "Email from DNS - pump started",
     "standard", """
Email from Bogumila Wlodarczyk, 17 Feb {{08:52|time}} (copied in):

"Hi Rudyard, good news - Somto's pump went on last Tuesday (11th). He was brilliant; dad did the
cannula change himself on Saturday. Mum came to the start day as well which is the first clinic she's
come to since last year. The loop is already doing lots of work overnight and the alarms go to both
parents. I'll update the IHCP with school this week and retrain Zillah on the pump. Bogi"
"""),
    ("cin2", "2025-03-25", "CIN Review", "rmabberley", "CIN review 2",
     "standard", """
CIN review, 25/3/25. Present: mum, dad, RM, DNS, SENCO.

- HbA1c 64 (was 98 in July). Time in range 71%. No admissions since November.
- Pump going well; Somto tolerates the cannula, uses his PECS card for "change" when it itches.
- Short breaks started w/c 3/3, first overnight at Kingfisher Lodge (Fri) went well - he brought back a
  picture of the minibus.
- Mum: group finished, now seeing a CMHT psychologist. Mum: "I can do his mornings again".
- Dad: shore job, home every night.
- Ebube: exams in May, young carers group continuing.

All agree the CIN plan has done what it needed to. Plan: one more review in June with a view to closing
CIN and keeping short breaks through the DCT as a service.
"""),
    ("closure", "2025-06-10", "Case Closure", "rmabberley", "Closure summary",
     "standard", """
CLOSURE SUMMARY - Somtochukwu ANOZIE

Reason for involvement: referral Aug 2024 from the diabetes team, 2 DKA admissions; a third
admission (severe DKA, PICU) on 2/11/24 led to a strategy discussion and s47 (medical neglect).
The s47 concluded with a CIN plan, not a conference.

What changed: insulin home delivery; dad moved to a shore-based job (Jan 25); mum treated for
depression and engaged with CMHT; Ebube no longer doing any overnight care; insulin pump with hybrid
closed loop from Feb 25; IHCP updated and a trained TA at school; short breaks monthly.

Outcome at closure: no DKA admissions for 7 months, HbA1c 58 (June clinic). Parents and school agree
to closure. CIN closed 10/06/25. Short breaks continue as a DCT service under a short breaks plan
(reviewed yearly). Family know how to re-refer.

Somto's view (with PECS at the final visit): picked "happy" and "bus".
"""),
]

QUESTIONS = [
    {"q": "how many times has somto been admited with DKA", "qtype": "how_many",
     "facts": ["3"], "notes": ["admit3"], "as": "rmabberley"},
    {"q": "when was his last admission for dka?", "qtype": "when",
     "facts": ["2024-11-02"], "notes": ["admit3"], "as": "bsandilands"},
    {"q": "who is the diabetes nurse", "qtype": "who",
     "facts": ["Wlodarczyk"], "notes": ["referral"], "as": "rmabberley"},
    {"q": "who was doing the night time checks on him", "qtype": "who",
     "facts": ["Ebube"], "notes": ["assess1"], "as": "rmabberley"},
    {"q": "what did his sister say about doing the checks at night?", "qtype": "quote",
     "facts": ["I set an alarm for"], "notes": ["assess1"], "as": "bsandilands"},
    {"q": "is dad still working away", "qtype": "yes_no",
     "facts": ["no"], "notes": ["cin2"], "as": "rmabberley"},
    {"q": "did the s47 go to conference", "qtype": "yes_no",
     "facts": ["no"], "notes": ["letter"], "as": "bsandilands"},
    {"q": "when did the pump go on", "qtype": "when",
     "facts": ["2025-02-11"], "notes": ["pump"], "as": "rmabberley"},
    {"q": "which TA was trained to do his insulin at school?", "qtype": "who",
     "facts": ["Gawthorpe"], "notes": ["school1", "mdt"], "as": "rmabberley"},
    {"q": "whats the name of mums care coordinator at CMHT", "qtype": "who",
     "facts": [], "notes": [], "as": "rmabberley"},
    {"q": "is the family getting DLA for Somto?", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "bsandilands"},
]

EVENTS = [
    ("2024-07-20", "hospital", ["referral"], "Second DKA admission (3 nights, HDU first night)"),
    ("2024-08-05", "referral", ["referral"], "Referral from the paediatric diabetes nurse: DKA admissions, missed clinics, insulin not collected"),
    ("2024-10-01", "assessment", ["assess2"], "Single assessment completed; Child in Need plan"),
    ("2024-11-02", "hospital", ["admit3"], "Third DKA admission: severe DKA, 36 hours in PICU"),
    ("2024-11-04", "household_change", ["admit3", "s47"], "Dad returns from working offshore; takes compassionate leave"),
    ("2024-11-05", "strategy_discussion", ["strat"], "Strategy discussion: single-agency s47, medical neglect"),
    ("2024-11-07", "health", ["s47", "cmht"], "Mum sees GP for depression: antidepressant started"),
    ("2024-11-19", "section_47", ["letter"], "s47 concluded: significant harm found; CIN plan, no conference"),
    ("2024-11-25", "health", ["cmht"], "Mum referred to the community mental health team"),
    ("2024-12-10", "cin_review", ["cin1"], "First CIN review: uploads weekly, no admissions, plan continues"),
    ("2025-01-06", "positive_change", ["panel"], "Dad starts a shore-based job, home every night"),
    ("2025-01-22", "assessment", ["panel"], "Continuing care: not eligible; short breaks approved at panel"),
    ("2025-02-11", "health", ["pump"], "Insulin pump (hybrid closed loop) started"),
    ("2025-03-07", "positive_change", ["cin2"], "Short breaks start; first overnight at Kingfisher Lodge"),
    ("2025-03-25", "cin_review", ["cin2"], "Second CIN review: HbA1c 64, no admissions since November"),
    ("2025-06-10", "closure", ["closure"], "CIN closed; short breaks continue as a service"),
]
