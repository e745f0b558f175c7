"""IN14-0006 (restricted): a newborn withdrawing from opiates; her mother works for the council."""

CASE = {
    "case_id": "IN14-0006",
    "team": "Kemsing Assessment and Intervention",
    "status": "looked_after",
    "allocated_worker": "asackville",
    "restricted": True,
    "access_list": ["asackville", "ethrockmorton"],
    "child": {
        "person_id": "P01", "given_name": "Fiadh", "family_name": "Treacy",
        "date_of_birth": "2025-06-03", "gender": "female", "ethnicity": "White Irish",
        "nhs_number": "458 228 4205",
        "given_origin": "irish", "family_origin": "irish",
    },
    "people": [
        {"person_id": "P02", "given_name": "Brona", "family_name": "Treacy", "relationship": "mother",
         "date_of_birth": "1996-03-11", "phone": "07946 318822", "address": "Flat 2, 41 Furzedown Row, Sevenoaks, TN13 2QJ",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P03", "given_name": "Torin", "family_name": "Spurway", "relationship": "father",
         "date_of_birth": "1991-10-02", "phone": "07412 608159",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Eamon", "family_name": "Treacy", "relationship": "maternal grandfather",
         "address": "Ardmore, Bat and Ball Road, Sevenoaks, TN14 5BX",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P05", "given_name": "Brid", "family_name": "Treacy", "relationship": "maternal grandmother",
         "address": "Ardmore, Bat and Ball Road, Sevenoaks, TN14 5BX",
         "given_origin": "irish", "family_origin": "irish"},
    ],
}

ALIASES = {
    "Fiadh Treacy": "P01", "Fiadh": "P01",
    "Brona Treacy": "P02", "Brona": "P02", "Ms Treacy": "P02",
    "Torin Spurway": "P03", "Torin": "P03", "Mr Spurway": "P03", "SPURWAY": "P03", "Spurway": "P03",
    "Eamon Treacy": "P04", "Eamon": "P04",
    "Brid Treacy": "P05", "Brid": "P05",
    "TREACY": "P02",
}

NOTES = [
    ("ref", "2025-06-04", "Referral", "asackville", "Referral - specialist midwife", "standard", """
Referral by phone 09:10 from [[Jemima Dredge|~british]], specialist substance misuse midwife, {{Pembury|place}} maternity. Followed by MARF.

Baby: [[Fiadh TREACY|P01]], born {{03/06/25|event_date}} at 02:14, 37+2 weeks, 2.71kg, NHS [[458 228 4205|NHS_NUMBER:P01]].
Mother: Brona Treacy, 29, DOB [[11/03/1996|DOB:P02]], of [[Flat 2, 41 Furzedown Row, Sevenoaks|ADDRESS:P02]], mob [[07946 318822|PHONE:P02]].
Father: Torin Spurway, 33, lives with mum. Known to drug services, on a methadone script of 60ml daily via the community drug service.

Concerns: at booking (Nov 24) and at every antenatal appt mum declared no drug or alcohol use. Dad's script was known. From about 20 hours old baby has had tremors, a high pitched cry, sneezing, loose stools and poor feeding; Finnegan scores have been 9, 11 and 12. Baby's urine and mum's urine (taken with consent) were both positive for opiates, including a heroin metabolite. Mum is saying she "must have" been given something in hospital. Midwife does not believe that's possible.

Note: mum told the midwife she works for KCC as a family support worker (early help). See restricted note.

Action: passed to ET for strategy discussion today/tomorrow. NICU aware - baby likely to transfer this evening.
"""),
    ("restr", "2025-06-04", "Management Oversight", "ethrockmorton", "Case restriction and management decision", "restricted", """
RESTRICTED. Management decision - ET.

Brona Treacy is employed by the council as a Family Support Worker in the Early Help service (Swanley and Sevenoaks hub), line managed by [[Nia Pollard|~british]]. She has access to our case recording system in her role and knows a number of staff in this building.

Decision: record restricted with access limited to AS (allocated) and ET only. No discussion of this case in team meetings or on the duty board. Information to HR only via the LADO route. HR contact for this matter: [[Letitia Swindells|~british]], Senior HR Adviser, [[020 7946 0871|PHONE]], [[l.swindells@kent-hr.example|EMAIL]].

Strategy discussion to consider whether the LADO must be consulted because of her role with children and families.
"""),
    ("strat", "2025-06-05", "Strategy Discussion", "ethrockmorton", "Strategy discussion - 05/06", "standard", """
STRATEGY DISCUSSION 5/6/25 11:00 (Teams)
Chair: ET. Present: AS (SW); [[J Dredge|~british]] (specialist midwife); Dr [[Eglantine Vinnicombe|~british]] (neonatal consultant); DC [[Caoimhin Keogh|~irish]] (CAIU); [[Mungo Ruddle|~british]] (community drug service - dad's keyworker).

Health: Fiadh transferred to NICU at 22:30 last night. Now showing moderate to severe neonatal abstinence syndrome. Oral morphine started this morning. Likely stay of 2-4 weeks.
Drug service: dad has been on a script for 3 years, consistently tested clean until February, since when 3 of his last 5 tests showed heroin on top. He was "insistent" Brona doesn't use.
Police: dad has previous convictions for possession and shoplifting (2016-2019). Nothing for mum.

Decisions:
1. s47 enquiry (joint), AS and DC [[Keogh|~irish]].
2. Baby not to be discharged home; no discharge without a pre-discharge planning meeting.
3. Contact on the ward to be supervised by nursing staff when both parents visit together, pending assessment.
4. LADO consultation to be made by ET given mother's employment - see restricted record.
5. Hair strand testing for both parents to be requested.
"""),
    ("nicu1", "2025-06-09", "Hospital", "asackville", "NICU visit and update", "standard", """
Visit to NICU (cot 6). Fiadh seen - asleep in the cot, swaddled, on the morphine chart. Nurse in charge said scores settling to 5-7 on the current dose and feeds of 45ml taken well by bottle; one wean of the dose done yesterday.

Parents have visited every day, definately mum, dad most days. Mum did the 2pm feed while I was there; she was gentle and confident.

Nurse reported that on Sat (7th) dad was "very drowsy, slurring" on the ward and was asked to leave. He was not holding the baby. Dad later told me he'd "had a bad night" and denied using on top.
"""),
    ("lado", "2025-06-10", "LADO", "ethrockmorton", "LADO consultation and HR", "restricted", """
RESTRICTED.

LADO consultation with [[Alistair Pumphrey|~british]] (LADO) on Mon 9/6. Agreed that the matter meets the threshold for the allegations management process under the 'transferable risk' criterion: concealed substance misuse during pregnancy resulting in harm to her own child, in a role with unsupervised home visits to vulnerable families.

HR ([[L Swindells|~british]]) confirmed mum was suspended on full pay as a neutral act on 10/6 pending investigation; her IT access was removed the same morning. Her manager [[Nia Pollard|~british]] informed of the need to know only.

Mum has been told by HR not to contact colleagues about the case.
"""),
    ("s47v", "2025-06-13", "Section 47", "asackville", "s47 visit - home (with police)", "standard", """
Purpose: s47 interviews with parents, view home.

Present: Brona, Torin, AS, DC [[Keogh|~irish]]. Fiadh on NICU.

Home: one bed flat, clean, cot and baby things set up. No drug paraphernalia seen; both agreed to us looking round. Fridge had food.

Mum, seen alone: she broke down and said she started using again in the autumn "after my nan died" - she had been clean for 6 years before that, after using in her early twenties. Says she smoked heroin ("never injected, not once"), a couple of times a week, more in the last 2 months of the pregnancy. She said she didn't tell the midwife because "I knew what would happen, I do this job". She hid it from work and from her parents.

Dad, seen alone: said he "had no idea" mum was using. When I pointed out they share a one bed flat, he shrugged and said "she's clever".

Mum has self-referred to the drug service today (I saw the confirmation email). Both signed consent for hair strand testing (3 month).
"""),
    ("fnm", "2025-06-17", "Family Network Meeting", "asackville", "Family network meeting 16/06", "standard", """
FAMILY NETWORK MEETING - Mon 16 June, Sevenoaks family centre

Present: Brona, Torin, Eamon and Brid Treacy (maternal grandparents), mum's sister [[Ita|~irish]] (by phone from Cork), AS. Facilitated by the FGC coordinator.

Grandparents found out about mum's drug use last week. Brid said "we're heartbroken but we're not going anywhere". They have offered Fiadh a home for as long as she needs it and said they'd want Brona to be able to see her every day.
Dad's side: his mother lives in Spain and has not been in touch for years; no paternal family offer.

Plan agreed by family:
- Grandparents put forward as carers; viability assessment to start this week.
- Mum to engage with the drug service and consider residential rehab.
- Dad to stay on his script and test weekly.
- No one will take Fiadh anywhere without the local authority agreeing.
"""),
    ("nicu2", "2025-06-20", "Telephone", "asackville", "Call from NICU", "standard", """
14:40 call from the ward sister. Yesterday (Thurs 19th) at around 4pm mum was on the unit for the 3 o'clock-ish feed and a nurse noticed she was "nodding" while holding Fiadh, eyes closing, pinned pupils. The nurse took the baby. Mum left shortly after and came back at 7 "completely different". Mum denied using anything and said she was exhausted.

NICU have put all parental contact onto nurse-supervised only from today. Told mum by phone at 15:30 - she was angry, then tearful, then accepted it.

ET informed.
"""),
    ("tests", "2025-06-24", "Email", "asackville", "Hair strand results (pasted)", "standard", """
Results email recieved from the testing lab, pasted:

"Sample: TREACY, Brona - hair 0-3cm (approx. Mar-Jun 2025). Heroin (6-MAM) detected at a level consistent with regular use throughout the period; cocaine detected at a low level in the most recent section. Methadone not detected.
Sample: SPURWAY, Torin - hair 0-3cm. Methadone detected consistent with prescribed use. Heroin (6-MAM) detected at a medium level in all sections. Cocaine detected."

Comment: both results contradict the parents' accounts (mum said occasional use; dad denied any use on top).
"""),
    ("legal", "2025-06-26", "Legal", "asackville", "Legal gateway + email from legal", "standard", """
Legal gateway meeting held 25/6 (ET, AS, council solicitor [[R Pidgeon|~british]]). Email confirming advice received today, pasted:

"Dear AS,
Further to yesterday's meeting: in my view the threshold under s31 is met (harm and likelihood of harm by reason of parental substance misuse and concealment). I understand the parents were asked on 25 June to agree to Fiadh being accommodated under section 20 with the maternal grandparents and that mother declined to sign and father said he would 'do whatever Brona does'. In those circumstances we should issue for an interim care order, with a plan for placement with the maternal grandparents under Reg 24 temporary approval. I will draft the application for issue on Monday and ask for a hearing this week.
Kind regards, [[R Pidgeon|~british]], Solicitor, Children's Legal Team"
"""),
    ("pdpm", "2025-07-01", "Hospital", "asackville", "Pre-discharge planning meeting 30/06", "standard", """
Pre-discharge planning meeting, NICU seminar room, Monday 30th.

Present: ET (chair), AS, Dr [[Vinnicombe|~british]], ward sister, [[J Dredge|~british]], both parents, Eamon and Brid Treacy, fostering SW (kinship).

Health: Fiadh came off morphine on Fri 27th June. Scores stable off treatment for 72 hrs. Feeding 60ml 3 hourly. Medically fit for discharge.

Plan: discharge on the day of the ICO hearing if granted, to the grandparents. Reg 24 temporary approval of Eamon and Brid as connected persons given by the Agency Decision Maker today. Contact 3 x a week at the family centre, supervised, 1.5 hours, mum and dad separately. Grandparents must not supervise contact.

Mum said it was "the worst day of my life but I know she'll be safe with Mam."
"""),
    ("court", "2025-07-03", "Court", "asackville", "First hearing - ICO", "standard", """
Court: first hearing yesterday, Weds {{2nd July|event_date}}, Medway Family Court, before DDJ.

Both parents represented. Neither parent opposed an interim order on the basis of placement with the maternal grandparents. ICO granted until the conclusion of proceedings. Children's Guardian: [[Mungo Scragg|~british]].

Directions: parenting assessment of each parent; SGO assessment of grandparents; further hair strand testing for both parents at 3 months. CMH listed for 30 July.

Fiadh was discharged from NICU at 18:30 the same evening into her grandparents' care, with AS present.
"""),
    ("letter", "2025-07-04", "Letter", "asackville", "Letter to Ms Treacy - contact arrangements", "standard", """
Copy of letter given to mum by hand today.

Dear Brona,

Arrangements for your time with Fiadh

Following the court hearing on 2 July, your contact with Fiadh will take place at the Sevenoaks family centre on Mondays, Wednesdays and Fridays from 10.00 to 11.30, starting on Mon 7th inst. Torin's contact will be on Tuesday and Thursday afternoons. Contact will be supervised by a family support worker from the centre.

Please arrive 15 minutes early. If the supervisor thinks you are under the influence of drugs or alcohol the session will not go ahead and will not be made up. Please bring nappies and a change of clothes; formula will be provided by Fiadh's grandparents.

I know this is very hard. If you have questions please ring me rather than the centre.

Yours sincerely,

Social Worker, Assessment and Intervention Team
"""),
    ("lado2", "2025-07-10", "LADO", "ethrockmorton", "LADO follow-up", "restricted", """
RESTRICTED.

LADO allegations management meeting 8/7 ([[A Pumphrey|~british]] chair, [[L Swindells|~british]] HR, ET). Outcome: allegation substantiated. HR to proceed to a disciplinary hearing; DBS referral to be considered after it.

Update 10/7: Brona emailed her resignation to HR yesterday, effective immediately. HR will still make the DBS referral decision. No other employment with children known.
"""),
    ("hvisit", "2025-07-16", "Health Visitor", "asackville", "Health visitor contact", "standard", """
HV (0-19 team) entry shared with SW:

New birth visit completed 14.7.25 at maternal grandparents' address (delayed due to NICU stay, baby discharged 2.7.25). Present: MGM (Brid), MGF (Eamon), baby.

Baby F: weight 3.28kg (2nd-9th centile, following her line). Formula fed, 90ml 3-4 hourly, winding well. Skin clear, cord healed, fontanelle normal. No tremor, no excessive crying reported since discharge - gran says "she's a different baby". Sleeps in a cot in grandparents' room, on her back, feet to foot.

Safe sleep, smoking (none in house), and coping with crying discussed. Grandparents both non-smokers. Mum not present - gran said mum visits at the family centre only.

Plan: universal plus, 6-8 week review. Will liaise with SW.
"""),
    ("cla1", "2025-07-23", "CLA Review", "asackville", "First CLA review 22/07", "standard", """
FIRST LOOKED AFTER REVIEW - 22.7.25, at grandparents' home. IRO: [[Ermine Dobbie|~british]].

Fiadh: 7 weeks. Gaining weight (3.4kg on 18/7), no more withdrawal signs. Seen by GP for 6 week check, all fine. Settled routine.

Contact: mum has attended 8 of 9 sessions (missed one - unwell); dad 3 of 9. Mum is warm and attentive at contact, reports say.

Mum: moved from heroin onto a buprenorphine script a fortnight ago via the drug service; on a waiting list for residential rehab, expected to start 28 July (residential 12 weeks). Dad says he's "cutting down" his use on top.

IRO recommendations: care plan endorsed; IRO to be notified of CMH outcome; next review within 3 months.
"""),
    ("visit", "2025-07-25", "CLA Visit", "asackville", "Statutory visit - Fiadh at grandparents", "standard", """
Purpose of visit: statutory visit, first 4 weeks of placement.

Child seen: Yes, awake, in grandma's arms, then on the mat. Alert, tracking faces, good colour. Cot in grandparents' room, safe sleep advice followed.

Carers: Brid and Eamon coping well, tired. Eamon: "she's the best thing that's happened to this family in years". They have kept all health appointments. No concerns.

Next steps: kinship fostering SW continues; SGO assessment to be allocated.
"""),
    ("trans", "2025-08-05", "Transfer Summary", "asackville", "Case transfer summary - to Children in Care", "standard", """
CASE TRANSFER SUMMARY - to Kemsing Children in Care Team (restriction to continue; new allocated SW and TM to be added to the access list by ET).

Fiadh Treacy, 9 weeks, looked after under an ICO since 2 July, placed with maternal grandparents (Reg 24, connected persons).

CMH 30 July: final hearing listed for the week of 19 January 2026. SGO assessment of grandparents due by 31 October. Parenting assessments to follow treatment.

Mum started residential rehab on Mon {{28th July|event_date}} (12 weeks). Contact moved to twice weekly video + once-monthly supervised visit at the rehab's family room.
Dad's last two weekly tests showed no heroin (31/7 and 4/8).
"""),
]

QUESTIONS = [
    {"q": "when was the baby born", "qtype": "when", "facts": ["2025-06-03"], "notes": ["ref"], "as": "asackville"},
    {"q": "whats dads methadone dose", "qtype": "what", "facts": ["60ml"], "notes": ["ref"], "as": "ethrockmorton"},
    {"q": "who referred in?", "qtype": "who", "facts": ["Jemima Dredge"], "notes": ["ref"], "as": "asackville"},
    {"q": "when did fiadh come off the morphine", "qtype": "when", "facts": ["2025-06-27"], "notes": ["pdpm"], "as": "asackville"},
    {"q": "did the parents agree to s20", "qtype": "yes_no", "facts": ["no"], "notes": ["legal"], "as": "ethrockmorton"},
    {"q": "what did mum say about when she started using again", "qtype": "quote", "facts": ["after my nan died"], "notes": ["s47v"], "as": "asackville"},
    {"q": "how many contacts had mum been to by the first cla review", "qtype": "how_many", "facts": ["8 of 9"], "notes": ["cla1"], "as": "asackville"},
    {"q": "who's the guardian", "qtype": "who", "facts": ["Mungo Scragg"], "notes": ["court"], "as": "ethrockmorton"},
    {"q": "what did dad's hair strand show", "qtype": "what", "facts": ["medium level"], "notes": ["tests"], "as": "asackville"},
    {"q": "have the grandparents done the infant first aid course", "qtype": "yes_no", "facts": [], "notes": [], "as": "asackville"},
    {"q": "what was her apgar score at birth", "qtype": "what", "facts": [], "notes": [], "as": "ethrockmorton"},
]

EVENTS = [
    ("2025-06-03", "hospital", ["ref"], "Born at 37+2 weeks; signs of neonatal abstinence syndrome from about 20 hours old; mother's and baby's urine positive for opiates."),
    ("2025-06-04", "referral", ["ref"], "Referral from the specialist substance misuse midwife."),
    ("2025-06-04", "hospital", ["strat"], "Transferred to NICU; oral morphine started 5 June."),
    ("2025-06-05", "strategy_discussion", ["strat"], "Strategy discussion: joint s47; no discharge home; supervised ward contact; LADO consultation; hair strand tests."),
    ("2025-06-07", "hospital", ["nicu1"], "Father drowsy and slurring on the ward; asked to leave."),
    ("2025-06-09", "contact", ["lado"], "LADO consultation: threshold met (transferable risk)."),
    ("2025-06-10", "household_change", ["lado"], "Mother suspended from her council post pending investigation."),
    ("2025-06-13", "section_47", ["s47v"], "s47 home visit: mother admits relapse into heroin use since the autumn; consents to hair strand testing."),
    ("2025-06-16", "assessment", ["fnm"], "Family network meeting: maternal grandparents offer a home; viability assessment."),
    ("2025-06-19", "hospital", ["nicu2"], "Mother appeared under the influence while holding the baby on NICU; contact made nurse-supervised only."),
    ("2025-06-24", "health", ["tests"], "Hair strand results: mother regular heroin use and cocaine; father heroin on top of methadone."),
    ("2025-06-25", "court", ["legal"], "Legal gateway meeting; parents decline s20; decision to issue for an ICO."),
    ("2025-06-27", "health", ["pdpm"], "Morphine wean completed."),
    ("2025-06-30", "hospital", ["pdpm"], "Pre-discharge planning meeting; grandparents given Reg 24 temporary approval."),
    ("2025-07-02", "court", ["court"], "First hearing: interim care order granted; Children's Guardian appointed."),
    ("2025-07-02", "placement_move", ["court"], "Discharged from NICU to maternal grandparents under Reg 24."),
    ("2025-07-09", "household_change", ["lado2"], "Mother resigns from her council post after LADO substantiated the allegation."),
    ("2025-07-22", "cla_review", ["cla1"], "First CLA review; care plan endorsed."),
    ("2025-07-28", "positive_change", ["trans"], "Mother starts 12-week residential rehab."),
    ("2025-07-30", "court", ["trans"], "Case management hearing; final hearing listed January 2026."),
    ("2025-08-05", "closure", ["trans"], "Case transferred to the Children in Care team."),
]
