"""IN5-0001: a 10-year-old with type 1 diabetes whose control at home is poor (author A)."""

CASE = {
    "case_id": "IN5-0001",
    "team": "West Assessment",
    "status": "child_in_need",
    "allocated_worker": "wvandermeer",
    "child": {
        "person_id": "P01", "given_name": "Neasa", "family_name": "Tunney", "date_of_birth": "2014-11-02",
        "gender": "female", "ethnicity": "White Irish", "religion": "Roman Catholic",
        "nhs_number": "945 807 3022", "address": "27 Foxglove Rise, Haddon Vale", "school": "Hallbrook Primary",
        "given_origin": "irish", "family_origin": "irish",
    },
    "people": [
        {"person_id": "P02", "given_name": "Treasa", "family_name": "Tunney", "relationship": "mother",
         "date_of_birth": "1987-09-03", "phone": "07823 418 602", "address": "27 Foxglove Rise, Haddon Vale",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P03", "given_name": "Fiachra", "family_name": "Tunney", "relationship": "father",
         "date_of_birth": "1985-04-19", "phone": "07931 552084", "address": "9 Weir Cottages, Ravensholme",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P04", "given_name": "Yaneth", "family_name": "Villacorta", "relationship": "school nurse",
         "phone": "0117 496 0385", "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Oluwakemi", "family_name": "Ogunleye",
         "relationship": "paediatric diabetes nurse specialist", "phone": "0117 496 0742",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P06", "given_name": "Eirlys", "family_name": "Pennant", "relationship": "headteacher and DSL",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P07", "given_name": "Philomena", "family_name": "Hourihane", "relationship": "maternal grandmother",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P08", "given_name": "Teleri", "family_name": "Rowbotham", "relationship": "father's partner",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Neasa Tunney": "P01", "Neasa": "P01", "Ness": "P01",
    "Treasa Tunney": "P02", "Treasa": "P02",
    "Fiachra Tunney": "P03", "Fiachra": "P03",
    "Yaneth Villacorta": "P04", "Yaneth": "P04", "VILLACORTA": "P04",
    "Oluwakemi Ogunleye": "P05", "Oluwakemi": "P05", "Kemi": "P05", "Ogunleye": "P05",
    "Eirlys Pennant": "P06", "Pennant": "P06",
    "Mena": "P07", "Hourihane": "P07",
    "Eirlys": "P06",
    "Ines Valdivia": "~latin_american", "Valdivia": "~latin_american",
    "Yusra Shamsan": "~arabic", "Haroon Lodhi": "~south_asian",
    "Teleri Rowbotham": "P08", "Teleri": "P08", "Rowbotham": "P08",
}

NOTES = [
    ("contact", "2025-01-14", "MASH Contact", "wvandermeer", "Contact from school nurse - diabetes management", "standard", """
Contact rec'd via MASH from [[Yaneth VILLACORTA|P04]], school nurse ({{Hallbrook Primary|place}} / {{Haddon Vale|place}} school nursing team), tel [[0117 496 0385|PHONE:P04]].

Child: [[Neasa TUNNEY|P01]] (known as Ness), DOB [[02/11/2014|DOB:P01]], Yr 6. Lives with mum [[Treasa|P02]] at [[27 Foxglove Rise|ADDRESS:P02]], [[HV7 3QD|POSTCODE:P02]].

Reason for contact: Ness has T1 diabetes (dx age 6). School nurse reports:
- insulin pen and hypo box not sent into school since the Christmas holidays; school have been ringing mum most days, mum says she will drop it in and doesn't
- last HbA1c {{94 mmol/mol|figure}} (diabetes team told school nurse this in Dec). Target is under 48.
- Ness has missed {{3|figure}} consecutive clinic appts at {{Westfield General|place}}
- Ness was found in the girls toilets on Mon ({{13/01|event_date}}) shaky and sweating, BG {{2.9|figure}}, treated by TA with glucose tabs from the school's emergency kit
- Ness told the TA "mum's always asleep when I get up so I just do it myself"

Mum has been spoken to by school nurse before (Nov) and was "apologetic but nothing changed". No previous CSC involvement. Consent: school nurse has told mum she is making a referral, mum did not object.

MASH outcome: threshold met for assessment, passed to West Assessment. RAG amber. Allocated to WV {{14.1.25|event_date}}.
"""),
    ("dsn_call", "2025-01-20", "Health Liaison", "wvandermeer", "Tel log - paediatric diabetes team", "standard", """
{{10:05|time}} tc to [[Oluwakemi Ogunleye|P05]], Paediatric Diabetes Nurse Specialist, {{Westfield General|place}} (direct line [[0117 496 0742|PHONE:P05]]).

Kemi confirmed:
* HbA1c history - {{71|figure}} in Aug, {{94|figure}} on {{3rd Dec|event_date}}. "That's a big jump for a child her age, we'd be looking at a year's worth of damage if it stays there."
* DNA'd clinic {{16/9|event_date}}, {{18/11|event_date}} and {{13/1|event_date}} (the 13th was the day of the hypo at school). Team sent letters after each DNA, no reply. The dietitian appt in Oct was also missed.
* Ness is on a Libre sensor. Uploads show days at a time with no readings at all, which means the sensor wasn't replaced when it ran out. Team can't tell whether the long-acting insulin is being given at night.
* no DKA admissions so far. One A&E attendance in 2022 for a hypo, around the time of diagnosis.

Kemi said mum used to be "on it" - very organised in the first two years. Things slipped last autumn. She has tried ringing mum 4 or 5 times, mum answers sometimes and says she's working.

{{10:25|time}} tc ended. Kemi will send a written summary and is happy to attend any meeting. Agreed she will offer a home visit with me.

{{10:40|time}} tried mum on [[07823 418 602|PHONE:P02]] to arrange visit - no answer, left VM.
{{14:15|time}} mum rang back, visit booked Fri.
"""),
    ("visit1", "2025-01-24", "Assessment Visit", "wvandermeer", "C&F assessment - first home visit", "standard", """
Purpose of visit: first visit for C&F assessment; to meet mum and Ness, explain the referral and see how diabetes care is managed at home.

Present: mum, Ness, WV. [[Kemi|P05]] was meant to join but was pulled onto the ward.

Child seen: Yes. Seen alone: Yes, in her bedroom for about 20 mins.

Home conditions: tidy downstairs. Kitchen fridge had insulin (2 pens, in date), a box of Libre sensors unopened in the cupboard. Ness's bedroom cluttered, lots of sweet wrappers under the bed which she was embarrassed about.

Mum's account: [[Treasa|P02]] started a new job in November as a night care assistant at {{Elmcroft House|place}} nursing home, 4 nights a week, 8pm-8am. She gets in just after Ness has left for school and sleeps until about 3. She said she "didn't think" - before the job she did every injection and every sensor change herself. Now Ness does her breakfast insulin on her own and mum does the evening one before she leaves for work. She admitted she hasn't been checking. She knew about the missed appts but said the letters come for the days she works. She became tearful: "I'm not a bad mum, I need the money." Mum says money is very tight since dad left.

Dad: [[Fiachra|P03]] moved out approx 18 months ago, lives in {{Ravensholme|place}} with his partner (first name Teleri). Ness goes to him every other weekend. Mum says he "doesn't bother with the diabetes stuff, he just gives her whatever she wants".

Ness alone: chatty, bright. Likes drawing and her cat {{Pickle|pet_name}}. Said she sometimes forgets her morning injection "when I'm in a rush" and sometimes skips it on purpose because "it hurts and no one checks". Said she eats sweets at night when mum's at work. Said she feels "a bit scared" about her eyes because the nurse told her about it. Ness likes going to dad's - "Teleri makes proper tea". Said nobody hits her.

Analysis: mum loves Ness and was previously managing well. The change coincides with the night shifts. Risk is that Ness, at 10, is managing a life-threatening condition on her own for much of the day. The high HbA1c and the gaps in sensor data suggest missed long-acting doses too, not only breakfast ones.

Next steps: speak to dad; joint visit with DSN; consent obtained for GP and school checks; MGM ([[Mena|P07]]) as a possible support - mum says she lives nearby but they are "not speaking at the minute".
"""),
    ("dka", "2025-02-03", "Hospital Admission", "wvandermeer", "Admission - DKA", "standard", """
Rec'd call from ward sister this morning (Mon) re Ness.

Ness was brought into A&E at {{Westfield General|place}} by ambulance in the early hours of Saturday ({{1st Feb|event_date}}) - mum found her vomiting and drowsy when she got in from her shift. Blood ketones {{5.8|figure}}, pH {{7.08|figure}}. Diagnosed diabetic ketoacidosis. She was on the high dependency unit for about 24 hrs on a DKA protocol and is now on the children's ward.

Consultant Dr [[Ines Valdivia|~latin_american]] told the ward sister she believes Ness had gone without her long-acting insulin for at least 2-3 days. Mum told the ward that Ness had a stomach bug. Dr Valdivia said that is possible but the ketone picture and the sensor gaps point to missed insulin over days, and she intends to make a safeguarding referral in her own right.

Ness is expected to stay in until at least Wed. Mum and [[Fiachra Tunney|P03]] have both been at the bedside. Dad apparently turned up Sat afternoon and there was a row on the ward - security were not called, staff "had a word".

Discussed with TM - strategy discussion to be convened tomorrow.
"""),
    ("strat", "2025-02-04", "Strategy Meeting", "wvandermeer", "Strategy discussion minutes", "standard", """
STRATEGY DISCUSSION - held by Teams, {{4 February 2025|event_date}}, {{11:30|time}}
Chair: L. [[Azikiwe|~african]] (TM, West Assessment)
Present: WV (SW); DS [[Haroon Lodhi|~south_asian]] (Child Abuse Investigation Team); Dr [[Ines Valdivia|~latin_american]] (consultant paediatrician); [[Oluwakemi Ogunleye|P05]] (DSN); [[Yaneth Villacorta|P04]] (school nurse); Mrs [[Pennant|P06]] (head / DSL, {{Hallbrook Primary|place}})
Apologies: GP surgery (info sent by email)

1. Reason for meeting
Ness admitted {{01/02/25|event_date}} with DKA. Medical view is that this follows several days of missed basal insulin against a background of poor control since autumn (HbA1c {{94|figure}}), 3 missed clinics, insulin not sent to school.

2. Information shared
Police: no police record for mum. Dad - one DA incident logged {{2021|event_date}} (verbal argument with mum, no further action), nothing since.
Health: as above. Dr Valdivia: "without treatment this would have been fatal." Ness should be fit for discharge in 2-3 days.
Education: attendance {{91%|figure}}. Ness often tired. No insulin in school for 5 weeks. School have no concerns about physical care otherwise.
GP: mum has not been seen at the surgery since 2023; no repeat prescription issues, prescriptions are being collected.

3. Analysis
All agreed threshold met for s47 under the category of neglect (medical). Mum is not thought to be deliberately withholding insulin - the risk is from lack of supervision of a 10 y/o managing her own treatment. Concern about what happens on discharge if nothing changes.

4. Decisions
- Single agency s47 (CSC lead), no police investigation at this stage.
- ICPC to be arranged within 15 working days.
- Discharge not to go ahead until there is an agreed safety plan. WV to speak to both parents today.
- If the parents cannot agree a safety plan before discharge, a further strategy discussion will be convened and legal advice sought.

Actions: WV - parents, safety plan; DSN - training for whoever will be giving insulin; school nurse - care plan and insulin in school from day one back.
"""),
    ("mo1", "2025-02-06", "Management Oversight", "lazikiwe", "Management oversight", "standard", """
Oversight of case following strat yesterday-but-one.

Have read the s47 recording so far and spoken with WV. Parents have agreed a safety plan: on discharge Ness will stay with dad in {{Ravensholme|place}} during the week, with dad and his partner ([[Teleri ROWBOTHAM|P08]]) giving and checking insulin, and go to mum's at weekends when mum isn't working. Mum agreed to this through gritted teeth; she has asked her employer about day shifts. So no need for the reconvened strategy meeting.

Ravensholme is 25 mins from school by car - dad has said he will drive her. Need to check that definately happens. Teleri not known to CSC or police (checks done {{5th inst|event_date}}).

I agree with ICPC. I have asked WV to make sure the voice of the child is clear in the conference report - Ness's comments about skipping injections because "no one checks" are important.

Next supervision in 4 wks. LA
"""),
    ("s47", "2025-02-13", "S47 Enquiry", "wvandermeer", "Outcome of s47 enquiry", "standard", """
s47 enquiry outcome

Ness was discharged from {{Westfield General|place}} on Fri {{7th|event_date}} to her father's address ([[9 Weir Cottages|ADDRESS:P03]], {{Ravensholme|place}}) in line with the safety plan. [[Oluwakemi|P05]] trained dad and [[Teleri|P08]] on the ward on the day of discharge.

Seen: Ness seen alone in hospital on 5.2 and again at dad's on {{11.2.25|event_date}}. On the 11th she showed me her Libre app; readings every day since discharge, mostly in range. Ness said: "Dad does it with me in the morning and Teleri checks my phone at night. It's annoying but it's OK." She misses her cat and her mum.

Parents: both seen. Mum accepts that Ness was left to do too much. She has asked {{Elmcroft House|place}} for day shifts - her manager has said possibly from March. Dad said he "should have stepped up a long time ago" but also blamed mum. He was angry about the hospital referral.

Outcome: concerns substantiated. Ness suffered significant harm (DKA requiring HDU) as a result of neglect of her medical needs. Likely to suffer significant harm if the current arrangements break down.

Recommendation: ICPC. Chair booked for {{25/02|event_date}}.
"""),
    ("icpc", "2025-02-25", "Initial Child Protection Conference", "wvandermeer", "ICPC - minutes extract", "standard", """
INITIAL CHILD PROTECTION CONFERENCE
Date: {{25.02.2025|event_date}}   Chair: [[Yusra Shamsan|~arabic]] (Safeguarding & Quality Assurance)
Present: mum, dad, WV (SW), [[Yaneth Villacorta|P04]] (school nurse), [[Kemi Ogunleye|P05]] (DSN), [[Eirlys Pennant|P06]] (head). Dad's partner did not attend. Ness's views shared via a "three houses" worksheet she did with WV.

Summary of concerns: see s47 report. Dr Valdivia's written report: Ness's DKA was "entirely preventable".

Parents' views: Mum told conference she had "taken her eye off the ball" and felt judged. Dad said Ness was doing well at his and asked for the current arrangement to continue. Parents disagreed about whether Ness should go back to mum's during the week; the chair reminded them this is not a conference decision.

Ness's views: house of worries - "having to go back in hospital", "mum being sad". House of good things - "my cat", "drawing", "dad's house". House of dreams - "no more diabetes".

Decision: all professionals agreed Ness should be subject to a Child Protection Plan under the category of NEGLECT. Parents were not asked to vote.

Outline plan:
1. Insulin given or directly supervised by an adult at every dose; Libre data reviewed daily by a parent.
2. Ness to attend all diabetes clinic appts; parents to attend with her.
3. Insulin, hypo box and spare sensor kept in school office.
4. Mum to move to day shifts before any return to her care in the week.
5. Referral to family support (Early Help) for mum.

First core group: {{11th March|event_date}}. RCPC in 3 months.
"""),
    ("texts", "2025-03-06", "Telephone", "wvandermeer", "Text messages with mum", "standard", """
Text messages between mum (M) and WV on work mobile, copied in:

M 04/03 21:12: hi its Treasa. vee's clinic has been put back to the 19th not 12th they rang me
WV 05/03 08:40: Thanks for letting me know. Is it still the afternoon clinic?
M 05/03 08:52: yes 2.15. [[fiachra|P03]] said he'll take her but i want to go too
WV 05/03 09:01: That's fine, both of you can go. How are things with work?
M 05/03 13:30: i start days on the 17th!!! 8 till 4 mon to thurs
M 05/03 13:31: so can she come back home now
WV 05/03 14:05: That's great news about the shifts. We'll talk about it at core group next week - it needs everyone's agreement and a plan. Speak soon.
M 05/03 14:07: ok

WV note: core group has been moved (see next). Passed the new clinic date to the school nurse.
"""),
    ("cg1", "2025-03-18", "Core Group", "wvandermeer", "Core group 1", "standard", """
First core group - originally booked for {{11/3|event_date}}, cancelled that morning as the school was closed (heating failure). Rearranged and held today at {{Hallbrook Primary|place}}.

Attendees: mum, dad, [[Teleri|P08]], WV, school nurse, Mrs [[Pennant|P06]]. DSN sent update by email.

Progress on the plan
- Insulin/dose supervision: dad and Teleri doing every dose. Libre data since discharge - time in range {{62%|figure}} (was about 20%). DSN "really pleased".
- School: insulin, hypo box and sensor kit in office since w/c {{10/2|event_date}}. One low at school on {{6/3|event_date}}, treated correctly by staff. Dad driving her in - late twice.
- Mum: started days yesterday (Mon {{17th|event_date}}). Has had one call from Early Help worker, first session booked.
- Clinic: appointment tomorrow, both parents going.

Return home: mum asked for Ness to return in the week. Dad against it: "nothing's changed except the rota". Core group agreed a stepped return - Ness to stay at mum's Fri-Mon from this weekend, with mum doing all doses and uploading Libre; if this goes well, review return to mum full-time at the next core group. Dad to keep weekday mornings until then.

Ness (seen by school nurse before the meeting) wants to "live at mum's and see dad loads".

Next CG {{15/4|event_date}}.
"""),
    ("clinic", "2025-03-21", "Health", "wvandermeer", "Clinic letter summary", "standard", """
Summary of clinic letter from Dr [[Valdivia|~latin_american]], paediatric diabetes clinic, {{Westfield General|place}}, appointment of {{19.3.25|event_date}} (letter rec'd today, copied to GP and CSC with parents' consent):

"Neasa attended with both parents. This is her first attendance since {{August 2024|event_date}}. HbA1c today {{79 mmol/mol|figure}} (previously 94). Sensor data shows consistent wear since discharge with much improved overnight readings. Insulin doses adjusted. Neasa remains at risk from further DKA if basal insulin is missed. I would like to see her in 6 weeks rather than the usual 3 months. Dietetic review rebooked."

Both parents attended the clinic - first clinic attended since Aug.
"""),
    ("school", "2025-04-02", "Education", "wvandermeer", "Email from school - attendance and care plan", "standard", """
Email from [[Eirlys Pennant|P06]], head/DSL, copied into the record:

"Hello, quick update before the Easter break. Ness's attendance this half term is {{96%|figure}}, up from 91. She's been late {{4|figure}} times, all on days coming from Ravensholme, and Mr [[Tunney|P03]] has been apologetic. The new Individual Healthcare Plan was signed off with Yaneth and mum on {{27th March|event_date}}. Insulin is in school and we've had no further hypos needing anything more than a snack. Ness was chosen for the Year 6 art exhibition which she was thrilled about. She is tired on Mondays. Best wishes, Eirlys"

Noted. Shared with parents via core group.
"""),
    ("visit2", "2025-04-16", "CP Visit", "wvandermeer", "CP statutory visit", "standard", """
Statutory CP visit at mum's address. Announced.

Child seen: Yes, alone, for 30 min in the garden with the cat.

Core group (15/4, yesterday) agreed Ness could return to live with mum full-time, which she did the same day after school; dad will have her alternate weekends and one night midweek. Mum remains on day shifts.

Observed: mum did Ness's tea-time insulin with her, checked the dose and made her wait the right time before eating. Fridge stocked, sensors in date, spare pen in school bag. Mum has set a phone alarm for the 9pm long-acting dose and gets Ness to send her a photo of the pen dial when she is at dad's.

Asked mum about support: MGM Mena has been round "a couple of times", they are talking again. Mum denied any new partner; said she "hasn't got the time". No visitors noted.

Ness: "I like being back. Mum's really strict now." No worries she wanted to tell me about. She said she still sometimes hates injections but "I don't skip them any more because they'll find out and anyway I don't want to go back in hospital".

Next visit within 10 working days.
"""),
    ("clinic2", "2025-05-07", "Health Liaison", "wvandermeer", "Call from DSN", "standard", """
Call from [[Kemi|P05]] {{14:20|time}}. Ness was seen in clinic {{last Wed|event_date}} (the 6-week review) with mum. HbA1c down to {{66|figure}}. Kemi: "still above target but going absolutely the right way." No admissions, no A&E since Feb. Dietitian seen the same day. She will send a written report for the review conference.
"""),
    ("rcpc", "2025-05-27", "Review CP Conference", "wvandermeer", "RCPC - minutes extract", "standard", """
Review Child Protection Conference {{27 May 2025|event_date}}. Chair: [[Yusra Shamsan|~arabic]]. Present: both parents, WV, school nurse, DSN, head. Ness's views via a letter she wrote to the chair.

Progress: all plan outcomes met or on track. HbA1c {{94|figure}} > {{79|figure}} > {{66|figure}}. All clinic appts attended since March. Ness back with mum since 15 April. Attendance {{97%|figure}}. Mum finishing Early Help sessions.

Worries: Ness starts secondary school in Sept - new staff, new care plan, more independence expected. Dad and mum still struggle to communicate. Dad's late arrivals at school.

Ness's letter: "I don't need a social worker now because mum and dad and Teleri help me and I have done all my injections."

Decision: Ness no longer requires a CP plan. To be stepped down to a Child in Need plan for 3 months to cover the transition to secondary school. CIN review in 6 weeks. School nurse to hand over to the secondary school nurse before the summer.
"""),
]

QUESTIONS = [
    {"q": "when was vee admitted with DKA", "qtype": "when", "facts": ["2025-02-01"], "notes": ["dka"], "as": "wvandermeer"},
    {"q": "What was her HbA1c when the school nurse referred?", "qtype": "what", "facts": ["94"], "notes": ["contact", "dsn_call"], "as": "lazikiwe"},
    {"q": "how many clinic appts did she miss before the referral", "qtype": "how_many", "facts": ["3"], "notes": ["contact"], "as": "wvandermeer"},
    {"q": "where is mum working now - whats the name of the nursing home", "qtype": "what", "facts": ["Elmcroft House"], "notes": ["visit1"], "as": "wvandermeer"},
    {"q": "what did Ness say about why she skips her injections", "qtype": "quote", "facts": ["it hurts and no one checks"], "notes": ["visit1"], "as": "wvandermeer"},
    {"q": "who is dad's partner", "qtype": "who", "facts": ["Rowbotham"], "notes": ["mo1"], "as": "lazikiwe"},
    {"q": "Did both parents go to the clinic appointment in March?", "qtype": "yes_no", "facts": ["yes"], "notes": ["clinic"], "as": "wvandermeer"},
    {"q": "when did she move back to her mums full time", "qtype": "when", "facts": ["2025-04-15"], "notes": ["visit2", "rcpc"], "as": "wvandermeer"},
    {"q": "what was the latest hba1c result", "qtype": "what", "facts": ["66"], "notes": ["clinic2"], "as": "wvandermeer"},
    {"q": "Has Ness had an eye screening appointment?", "qtype": "yes_no", "facts": [], "notes": [], "as": "wvandermeer"},
    {"q": "which secondary school is she going to in september", "qtype": "what", "facts": [], "notes": [], "as": "lazikiwe"},
]

EVENTS = [
    ("2025-01-13", "health", ["contact"], "Hypo at school (BG 2.9), treated from the school's emergency kit"),
    ("2025-01-14", "contact", ["contact"], "Contact from school nurse: insulin not sent to school, HbA1c 94, three missed clinics"),
    ("2025-01-24", "assessment", ["visit1"], "Child and family assessment started; mum on night shifts, Ness self-managing insulin"),
    ("2025-02-01", "hospital", ["dka", "strat"], "Admitted to hospital with diabetic ketoacidosis; 24 hours on HDU"),
    ("2025-02-04", "strategy_discussion", ["strat"], "Strategy discussion: s47 (medical neglect) agreed, ICPC to be arranged"),
    ("2025-02-07", "household_change", ["s47"], "Discharged to father's home under a safety plan; weekends with mother"),
    ("2025-02-13", "section_47", ["s47"], "s47 outcome: concerns substantiated, ICPC recommended"),
    ("2025-02-25", "icpc", ["icpc"], "ICPC: child protection plan, category neglect"),
    ("2025-03-17", "positive_change", ["cg1"], "Mother moved to day shifts"),
    ("2025-03-19", "health", ["clinic"], "First diabetes clinic attended since August; HbA1c 79"),
    ("2025-04-15", "household_change", ["visit2"], "Ness returned to live with mother full-time"),
    ("2025-04-30", "positive_change", ["clinic2"], "HbA1c down to 66 at 6-week clinic review"),
    ("2025-05-27", "rcpc", ["rcpc"], "RCPC: CP plan ended, stepped down to child in need plan"),
]
