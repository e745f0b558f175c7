"""IN4-0001: pre-birth assessment, two parents using heroin, baby born early with NAS, PLO then care proceedings."""

CASE = {
    "case_id": "IN4-0001",
    "team": "Central Assessment",
    "status": "looked_after",
    "allocated_worker": "iogundipe",
    "child": {
        "person_id": "P01", "given_name": "Ellarose", "family_name": "Scarisbrick", "date_of_birth": "2025-05-08",
        "gender": "female", "ethnicity": "White British", "nhs_number": "653 269 4843",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Brogan", "family_name": "Scarisbrick", "relationship": "mother",
         "date_of_birth": "2005-10-03", "phone": "07832 416903", "address": "Flat 6, 41 Tennyson Road, Harpurhey, M9 4LT",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Ricky", "family_name": "Lorimer", "relationship": "father",
         "date_of_birth": "1998-07-21", "phone": "07459 208731",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Dympna", "family_name": "Lorimer", "relationship": "paternal aunt",
         "date_of_birth": "1979-02-11", "phone": "0161 496 0381", "address": "12 Crossley Lane, Blackley, M9 8PB",
         "given_origin": "irish", "family_origin": "british"},
    ],
}

ALIASES = {
    "Ellarose Scarisbrick": "P01", "Ellarose": "P01", "ELLAROSE": "P01",
    "Brogan Scarisbrick": "P02", "Brogan": "P02", "Ms Scarisbrick": "P02", "BROGAN": "P02", "BS": "P02",
    "Ricky Lorimer": "P03", "Ricky": "P03", "Mr Lorimer": "P03", "RL": "P03",
    "Dympna Lorimer": "P04", "Dympna": "P04", "Ms Lorimer": "P04", "Auntie Dymps": "P04",
    "brogan": "P02", "ellarose": "P01",
    "Oonagh Kilbride": "~irish", "Oonagh": "~irish", "Emrys Llewellyn": "~british", "Emrys": "~british",
    "Kwasi Sarpong": "~african", "Kwasi": "~african", "Constance Ormerod": "~british", "Constance": "~british",
    "constance": "~british", "Petronella Gathercole": "~british", "Petronella": "~british",
    "Parminder Bhamra": "~south_asian", "Swithin Crowther": "~british", "Fintan Feeney": "~irish",
    "Fintan": "~irish", "Ifeoluwa Ogundipe": "~african", "Ifeoluwa": "~african", "Harkness": "~british",
}

NOTES = [
    ("contact", "2025-01-14", "MASH Contact", "iogundipe", "Contact from community midwife - unborn baby",
     "standard", """
Contact received from [[Oonagh Kilbride|~irish]], community midwife, {{North Manchester|place}} antenatal team, by phone and followed up on the inter-agency referral form.

Expectant mother: Brogan Scarisbrick, DOB [[03/10/2005|DOB:P02]], 19, care leaver (was CLA from age 13, now open to Leaving Care, PA [[Kwasi Sarpong|~african]]). Address [[Flat 6, 41 Tennyson Road, Harpurhey|ADDRESS:P02]] [[M9 4LT|POSTCODE:P02]]. Tel [[07832 416903|PHONE:P02]].
Booked late at approx {{17 weeks|figure}}, EDD {{20/06/2025|event_date}}.

Brogan disclosed at booking she is using heroin ("smoking, not injecting") and has done since she was about 16. Partner and father of the baby is Ricky Lorimer, 26, who is on a methadone script through the community drug service. Brogan said Ricky is "clean now" but midwife noted he appeared drowsy and was nodding off in the waiting area.
No previous children. No DV disclosed at booking - routine enquiry done alone.

MASH outcome: meets threshold for a pre-birth single assessment. Passed to Central Assessment, allocated to IO.
""".strip()),
    ("visit1", "2025-01-22", "Assessment Visit", "iogundipe", "First assessment visit - pre-birth",
     "standard", """
Purpose of visit: introduce myself, explain the pre-birth assessment, start gathering history.
Present: Brogan, Ricky (arrived partway through). Announced visit.
Home conditions: 1 bed flat, 2nd floor. Cold - Brogan said the electric had run out the night before and they were waiting for Ricky's money to go in. Some clutter, no drug paraphernalia seen. Fridge had milk and a few bits. No pets.

What Brogan told me: she is using about {{£20 a day|figure}} of heroin, "two bags, sometimes three if its a bad day". Wants to stop for the baby but "every time I try I'm rattling by teatime". Says she has not used crack since before Christmas. Not registered with the drug service herself yet - agreed I would make the referral with her today (done from the flat, she spoke on the phone).
Ricky: on {{60ml|figure}} methadone daily, supervised consumption at the chemist on Moston Lane. Says he has not used on top "for months". Has a conviction for shoplifting and one for possession (2022). Declined to say anything about his own family apart from "my sister Dympna is the only one worth talking to".

Analysis: both parents are open about drug use which is a strength, but the amounts described, the late booking and the money situation mean a baby would be coming into a home where adult needs come first. Brogan has no family support of her own - mum not in touch, she has no contact with her since she came into care.
Next steps: referral to drug service (done), joint visit with midwife, checks with police and probation, speak to PA, discuss with TM re pre-birth strategy discussion.
""".strip()),
    ("calls1", "2025-02-03", "Telephone Call", "iogundipe", "Calls - drug service, PA, police checks",
     "standard", """
09:40 - Call to [[Emrys Llewellyn|~british]] at the community drug and alcohol service. Brogan attended her triage on {{Wed 29th|event_date}} and has been started on a methadone titration, 30ml so far going up. Gave a urine sample at triage: positive opiates, positive cocaine. Emrys to share results fortnightly with consent (Brogan signed). He says Ricky's last two tests were "clean apart from his script" but one in December was positive for benzos.

11:15 - Call from PA Kwasi. Brogan "has always struggled to keep appointments", missed her last two pathway plan meetings. He is worried about the flat being in his words "a bit of a hub" - other people coming and going. Kwasi will come to the strategy discussion if invited.

14:05 - Police checks back. Two call outs to the flat in last 6 months: 1 x noise complaint, 1 x report from neighbour of a man banging on the door shouting about money owed (Nov). No DV recorded between BS and RL. Ricky known, warning markers for drugs.

15:30 - Left voicemail for Brogan re next visit, no reply to text.
""".strip()),
    ("mo1", "2025-02-10", "Management Oversight", "ffeeney", "Management oversight - pre-birth",
     "standard", """
Management oversight (FF, TM).
I have read the contact, the assessment visit and the call log. Unborn baby due June; both parents using opiates, mother only just engaging with treatment, positive for cocaine on triage, partner's tests not consistently clean, reports of other adults using the flat, and debt-related callers. Mother is herself a care leaver with very limited support.
Decision: threshold met for a pre-birth strategy discussion. Please convene this week - invite midwife, drug service, police, Leaving Care and the GP. If the strategy discussion agrees s47, ICPC to be held before 28 weeks gestation if at all possible so there is a plan in place well before birth.
I also want a hair strand test requested for both parents, we need a longer picture than urine gives us.
""".strip()),
    ("strat", "2025-02-13", "Strategy Discussion", "iogundipe", "Pre-birth strategy discussion",
     "standard", """
PRE-BIRTH STRATEGY DISCUSSION - minutes
Date: 13/02/25, Teams. Chair: Fintan Feeney (TM).
Attendees: IO (SW), Oonagh Kilbride (community midwife), Emrys Llewellyn (drug service), DC [[Harkness|~british]] (police PPIU), Kwasi Sarpong (PA, Leaving Care). GP apologies - info sent by email.

1. Information shared
Midwife - Brogan has attended 2 of 4 antenatal appts. Growth scan booked. Baby measuring small.
Drug service - as per call log; titration ongoing, now 45ml. Ricky on 60ml, supervised.
Police - as per checks. Nothing further.
GP (by email) - Brogan has a history of self harm aged 14-16, no recent presentations. Ricky had an overdose in {{2021|event_date}} (heroin), treated at NMGH.

2. Analysis
Risk of significant harm to unborn baby: substance use by both parents, likely neonatal withdrawal, home environment, limited support, mother's own care history.

3. Decision
Threshold met for s47 enquiries (unborn). Single assessment to continue as s47. ICPC to be convened.
A further strategy discussion will be held if Brogan stops engaging with the drug service or midwife before the ICPC.
Hair strand tests to be requested via legal for both parents - consent to be sought by IO.
""".strip()),
    ("icpc", "2025-03-07", "Initial Child Protection Conference", "iogundipe", "ICPC - unborn baby of Brogan Scarisbrick",
     "standard", """
ICPC held 6.3.25 (originally booked for Tues 4th, moved as the chair was off sick). Chair: [[Parminder Bhamra|~south_asian]], independent chair.
Present: Brogan, Ricky, IO, FF, Oonagh Kilbride, Emrys Llewellyn, Kwasi Sarpong. Police sent report.

Parents' views: Brogan said she "knows what everyone thinks of her" and cried at several points. She told conference she has cut down to one bag a day alongside her methadone. Ricky said he would do "whatever it takes" and that he has not used on top since last summer. Neither parent accepted that the flat is used by other people.

Decision: the unborn baby to be made subject to a Child Protection Plan under the category of NEGLECT. Unanimous.
Outline plan: weekly drug screens shared with SW; both parents to complete hair strand test; midwife and SW joint visit fortnightly; parenting assessment to start before birth; family network meeting to identify any support - Ricky named his sister Dympna Lorimer for the first time; Brogan has nobody she wants approached.
First core group within 10 working days. RCPC in 3 months (or sooner if baby born).
""".strip()),
    ("hair", "2025-03-24", "Health", "iogundipe", "Hair strand test results and midwife update",
     "standard", """
Results of hair strand tests received today (samples taken 28/2/25, 3 x 1cm sections covering approx Dec - Feb).

Brogan: heroin (6-MAM and morphine) positive in all three sections at levels consistent with regular use; cocaine and benzoylecgonine positive in all sections, highest in the most recent section; methadone positive in most recent section only (consistent with script starting end Jan).
Ricky: methadone positive all sections; heroin positive in all sections at low to medium levels; diazepam positive in 2 of 3 sections. This contradicts what he told the ICPC.

I went through the results with both of them at the flat this afternoon. Brogan accepted them and said the cocaine was "only at weekends". Ricky denied using heroin and said the lab "must of mixed it up", then walked out.

Midwife update (Oonagh, by phone same day): growth scan on the 18th shows baby on the 5th centile. Brogan has been told to expect the baby may need to go to special care after birth for withdrawal monitoring. Birth plan: delivery at NMGH, neonatal team aware, no early discharge.
""".strip()),
    ("legal", "2025-04-04", "Legal", "ffeeney", "Email from legal - legal gateway advice",
     "standard", """
From: [[Petronella Gathercole|~british]], Senior Solicitor, Legal Services (Children)
To: Fintan Feeney; Ifeoluwa Ogundipe
Subject: RE: Legal gateway - unborn baby SCARISBRICK
Sent: 03 April 2025 16:52

Fintan, Ifeoluwa,
Thank you for presenting at Legal Gateway Panel yesterday. To confirm the advice:
1. In my view the threshold criteria under s31 are likely to be met at birth on the basis of the parents' substance use and the hair strand results.
2. The Local Authority should enter the Public Law Outline (pre-proceedings). Please send the letter before proceedings to both parents this week so a PLO meeting can take place before the baby is born.
3. The plan at birth should be for mother and baby to move together to a parent and baby foster placement under s20, with a written agreement. Father should not be included in the placement.
4. Please get a viability assessment of the paternal aunt underway now rather than waiting.
5. If mother leaves the placement, or will not sign the agreement, we would issue an application for an interim care order without delay.

Regards,
Petronella
""".strip()),
    ("plo", "2025-04-23", "PLO Meeting", "iogundipe", "PLO pre-proceedings meeting",
     "standard", """
PLO meeting held 22/4/25 at the council offices. Chaired by FF. Present: Brogan with her solicitor; Ricky with his solicitor (arrived 20 mins late); IO; Petronella Gathercole (LA legal).

The letter before proceedings was gone through. Both parents were told in plain terms that the LA would go to court at birth unless things change.
Agreed:
- Brogan to move with baby to a parent and baby foster placement straight from hospital; she said "I'll go anywhere if I can keep her".
- Ricky to have supervised time with the baby only, 3 x week at the placement or contact centre.
- Both to keep attending the drug service; Brogan to aim for methadone only, no cocaine.
- Viability assessment of Dympna Lorimer (paternal aunt) - Dympna has already told IO on the phone she would "have the baby in a heartbeat if it came to it".
Ricky became angry when the hair strand results were discussed and was asked to take a break. He came back in and signed the agreement.
Review of PLO in 6 weeks.
""".strip()),
    ("birth", "2025-05-12", "Hospital", "iogundipe", "Baby born - NNU",
     "standard", """
Baby girl, Ellarose Scarisbrick, born Thursday just gone (8th) at NMGH at 34+2 weeks by emergency section after Brogan went into labour early, weight {{1.98kg|figure}}. Ward phoned duty on Friday morning; I visited today.

Ellarose is on the neonatal unit (special care). Started showing signs of withdrawal within about 36 hours - high pitched cry, tremors, poor feeding, loose stools. Finnegan scores above threshold on three consecutive sets and she was started on oral morphine on Sat. Consultant says likely 2-3 weeks on the unit. NAS confirmed.

Brogan's urine on admission positive for opiates, methadone and cocaine. She has been on the ward most of the time and was seen doing cares with the nurses' support, and trying to express milk (told breastfeeding is not advised with the cocaine result).
Ricky came to the unit on Saturday night. Nursing staff were worried he was under the influence, slurred speech, and he argued with the nurse in charge when asked to leave the cot side. Security were called. He left without further incident. The unit has now agreed Ricky visits only when Brogan is there and with staff aware.
NHS no. for Ellarose: [[653 269 4843|NHS_NUMBER:P01]].
""".strip()),
    ("placement", "2025-05-29", "Placement Start", "iogundipe", "Mother and baby to parent and baby foster placement",
     "standard", """
Ellarose discharged from the neonatal unit on 27 May, morphine weaned off on the 24th. She went with Brogan straight to the parent and baby foster placement with [[Constance Ormerod|~british]] (Fostering Agency - experienced P&B carer) under s20. Written agreement signed by Brogan in the car park at the hospital.
Key points of the agreement: Brogan is the main carer with Constance supervising; Ellarose is not to be left with anyone other than Constance; Brogan to be in by 9pm; no visitors to the placement apart from planned contact; random drug screens.
Ricky's contact - Tues, Thurs, Sat, 2 hrs at the placement, supervised by Constance.
Parenting assessment by the fostering agency's assessor to run 12 weeks.
Ellarose feeding 60ml every 3 hrs. Some jitteriness still when handled, settling better.
""".strip()),
    ("cpvisit", "2025-06-19", "CP Visit", "iogundipe", "Statutory visit - P&B placement",
     "standard", """
Child seen: Yes - asleep in moses basket, then awake and feeding. Weight {{2.64kg|figure}} at HV weigh in Monday. No marks. Skin clear, nappy clean.
Seen with: Brogan and Constance.

Constance reported that on the Saturday night, the 14th, Brogan left the placement at about 8 and did not come back until 6.40am. She left Ellarose in her cot without asking Constance, Constance found her crying at 10pm. Brogan said she went to see "a friend" and her phone died. Drug screen on the Monday was positive for cocaine and heroin. Brogan told me she "just needed one night" and that she hadn't used around the baby.

Positives: when she is in the placement her handling of Ellarose is gentle and she is learning to read her cues. Constance said that Brogan "does the night feeds without being asked" most nights.

Analysis: this is the first breach of the written agreement, but it was a serious one - a 5 week old baby left without telling the carer. The pull of the old network is strong.
Next steps: discuss with TM today; written warning re agreement; increase drug screens to twice weekly.
""".strip()),
    ("mo2", "2025-06-27", "Management Oversight", "ffeeney", "Management oversight - mother left placement",
     "standard", """
Brogan left the parent and baby placement on the 24th after a row with Constance about her phone and has not returned. She texted IO to say she is staying at Ricky's and "will come back when I've sorted my head". Ellarose remains with Constance under s20 - Brogan gave consent by text and confirmed it to IO on the phone.
Viability assessment of Dympna Lorimer is positive: she lives alone, works part time as a school cook, no police or CS history, and has a spare room. She has been clear she would care for Ellarose long term. Assessor recommends full special guardianship assessment.
Decision: issue care proceedings now - Legal informed. Care plan to court: interim care order, Ellarose to remain with Constance; full SGO assessment of Dympna.
""".strip()),
    ("court1", "2025-07-03", "Court Hearing", "iogundipe", "First hearing - ICO",
     "standard", """
Hearing at Manchester Family Court yesterday afternoon (2/7), before DJ [[Adebambo|~african]].
Both parents attended and were represented. Children's guardian [[Swithin Crowther|~british]] (Cafcass) appointed.
Interim care order GRANTED. Neither parent opposed it, Brogan said in the corridor "I'd rather she's safe than I keep messing up".
Directions: SGO assessment of Dympna Lorimer to be filed within 12 weeks; further hair strand testing of both parents; parenting assessment to be completed for mother; contact 3 x weekly supervised (mother) and 2 x weekly (father). 26 week timetable. CMH listed 14/8.
Ellarose's CP plan will end now she is looked after - the review conference due on the 22nd will be stood down once confirmed by the chair.
""".strip()),
    ("texts", "2025-08-21", "Case Note", "iogundipe", "Text messages from Brogan - copied to file",
     "standard", """
Texts from Brogan to work mobile, copied onto the file with her agreement:

[18/08 10:12] Brogan: hiya its brogan. im at the rehab place now, got here this morning. Kwasi drove me
[18/08 10:13] Brogan: its in {{Blackpool|place}} not Preston I got it wrong
[18/08 10:30] IO: Thanks for letting me know Brogan. Well done for going. How are you feeling?
[18/08 10:41] Brogan: sick lol. can u tell constance to give ellarose a kiss from me. and tell the judge I went
[19/08 21:55] Brogan: they said I can do a video call with her on sunday if u say yes
[20/08 09:02] IO: Yes that's fine, I'll sort it with Constance for 2pm.

Note: Brogan moved into residential rehab on 18/8 (12 week programme). She has ended her relationship with Ricky, she says for good. Placement provider confirmed her arrival. This is a real step for her, and the first time she has gone through with treatment.
""".strip()),
    ("move", "2025-09-12", "Placement Move", "iogundipe", "Ellarose moved to paternal aunt",
     "standard", """
Ellarose moved from Constance's care to live with her paternal aunt, Dympna Lorimer, at [[12 Crossley Lane, Blackley|ADDRESS:P04]] [[M9 8PB|POSTCODE:P04]] on Wednesday 10 September, after a week of introductions. Dympna is approved as a temporary connected person foster carer (Reg 24) while the SGO assessment is finished. Constance brought her over and stayed for an hour.
Ellarose is now 18 weeks old, weight 5.1kg, no longer shows any signs of withdrawal. HV transferring to the Blackley team.
Contact: Brogan by video from rehab twice a week; Ricky - Dympna is clear she will not supervise contact with her brother, so his contact stays at the contact centre.
The SGO assessment so far is very positive. Final hearing listed for December.
""".strip()),
]

QUESTIONS = [
    {"q": "who referred this one in?", "qtype": "who", "facts": ["Oonagh Kilbride"], "notes": ["contact"], "as": "iogundipe"},
    {"q": "what category was the unborn put on a plan under", "qtype": "what", "facts": ["neglect"], "notes": ["icpc"], "as": "ffeeney"},
    {"q": "when was the ICPC actually held?", "qtype": "when", "facts": ["2025-03-06"], "notes": ["icpc"], "as": "iogundipe"},
    {"q": "How much methadone is dad on", "qtype": "how_many", "facts": ["60ml"], "notes": ["visit1", "strat"], "as": "iogundipe"},
    {"q": "did the hair strand come back positive for cocaine for mum?", "qtype": "yes_no", "facts": ["yes"], "notes": ["hair"], "as": "ffeeney"},
    {"q": "what did Ricky say about the hair strand results", "qtype": "quote", "facts": ["must of mixed it up"], "notes": ["hair"], "as": "iogundipe"},
    {"q": "who is the P&B carer", "qtype": "who", "facts": ["Constance Ormerod"], "notes": ["placement"], "as": "iogundipe"},
    {"q": "what night did brogan go out and leave the baby at the placement?", "qtype": "when", "facts": ["2025-06-14"], "notes": ["cpvisit"], "as": "iogundipe"},
    {"q": "who's the guardian in the proceedings", "qtype": "who", "facts": ["Swithin Crowther"], "notes": ["court1"], "as": "ffeeney"},
    {"q": "has Ricky completed a parenting course?", "qtype": "yes_no", "facts": [], "notes": [], "as": "iogundipe"},
    {"q": "what's the name of the rehab brogan went to", "qtype": "what", "facts": [], "notes": [], "as": "ffeeney"},
]

EVENTS = [
    ("2025-01-14", "referral", ["contact"], "Midwife contact: 19-year-old care leaver using heroin, booked late; pre-birth assessment agreed."),
    ("2025-01-22", "assessment", ["visit1"], "Pre-birth single assessment started; first visit, mother referred to drug service."),
    ("2025-01-29", "health", ["calls1"], "Mother started methadone titration at drug service triage; urine positive opiates and cocaine."),
    ("2025-02-13", "strategy_discussion", ["strat"], "Pre-birth strategy discussion: threshold met for s47 on unborn baby; ICPC to be convened."),
    ("2025-02-13", "section_47", ["strat"], "Section 47 enquiries started on the unborn baby."),
    ("2025-03-06", "icpc", ["icpc"], "ICPC: unborn baby made subject to a CP plan under neglect."),
    ("2025-03-24", "health", ["hair"], "Hair strand results: mother positive heroin and cocaine; father positive heroin despite denial."),
    ("2025-04-02", "court", ["legal"], "Legal gateway panel: threshold likely met; PLO to start, parent and baby placement at birth."),
    ("2025-04-22", "court", ["plo"], "PLO pre-proceedings meeting; agreement for parent and baby placement and viability of paternal aunt."),
    ("2025-05-08", "hospital", ["birth"], "Ellarose born at 34 weeks, admitted to neonatal unit with NAS and treated with morphine."),
    ("2025-05-27", "placement_move", ["placement"], "Mother and baby discharged to parent and baby foster placement under s20."),
    ("2025-06-14", "household_change", ["cpvisit"], "Mother left the placement overnight leaving the baby without telling the carer; positive drug screen."),
    ("2025-06-24", "household_change", ["mo2"], "Mother left the parent and baby placement; baby remained with foster carer under s20."),
    ("2025-06-27", "assessment", ["mo2"], "Positive viability assessment of paternal aunt; decision to issue care proceedings."),
    ("2025-07-02", "court", ["court1"], "Interim care order granted; guardian appointed; SGO assessment of paternal aunt directed."),
    ("2025-08-18", "positive_change", ["texts"], "Mother entered residential rehab and ended relationship with father."),
    ("2025-09-10", "placement_move", ["move"], "Ellarose moved to paternal aunt as a connected person carer pending SGO."),
]
