"""IN6-0001: an eight-year-old girl with a perplexing presentation (suspected fabricated or induced illness)."""

CASE = {
    "case_id": "IN6-0001",
    "team": "Riverside Child Protection",
    "status": "child_protection",
    "allocated_worker": "nnakagawa",
    "child": {
        "person_id": "P01", "given_name": "Tegen", "family_name": "Penberthy", "date_of_birth": "2016-09-03",
        "gender": "female", "ethnicity": "White British", "nhs_number": "485 777 3120",
        "address": "14 Quarrymans Row, Riverside RV4 7HL", "school": "St Keverne's Church of England Primary",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Loveday", "family_name": "Penberthy", "relationship": "mother",
         "date_of_birth": "1988-02-11", "phone": "07831 492605", "address": "14 Quarrymans Row, Riverside RV4 7HL",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Ruairi", "family_name": "Devaney", "relationship": "father (separated)",
         "date_of_birth": "1985-06-30", "phone": "07958 217344", "address": "Flat 2, 9 Tannery Lane, Riverside RV2 3DW",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P04", "given_name": "Margery", "family_name": "Trounson", "relationship": "maternal grandmother",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Tegen Penberthy": "P01", "Tegen": "P01", "Tegs": "P01",
    "Loveday Penberthy": "P02", "Loveday": "P02",
    "Ruairi Devaney": "P03", "Ruairi": "P03", "Devaney": "P03", "DEVANEY": "P03",
    "Margery Trounson": "P04", "Margery": "P04", "Trounson": "P04",
    "Hallvard Bergstrom": "~eastern_european", "Hallvard": "~eastern_european", "Bergstrom": "~eastern_european",
    "Noriko Nakagawa": "~east_asian", "Noriko": "~east_asian", "Nakagawa": "~east_asian",
    "Venkatesan": "~south_asian", "Revathi Venkatesan": "~south_asian",
    "Achterberg": "~british", "Lucius Achterberg": "~british",
    "Ezeoke": "~african",
    "Rosamund Heptonstall": "~british", "Heptonstall": "~british",
    "Loughnane": "~irish", "Colm Loughnane": "~irish",
    "Bethan Ruddock": "~british", "Bethan": "~british",
}

NOTES = [
    ("n1", "2025-01-14", "MASH Contact", "carancibia", "Contact - community paediatrician",
     "standard", """
Contact received 10:40 by phone then followed up by email from Dr Revathi Venkatesan, Consultant Community Paediatrician, Riverside Child Development Centre.

Reason for contact: Dr Venkatesan has been asked to review Tegen (8) following a referral from her GP. She has collated a chronology of health contacts and is concerned about what she describes as a "perplexing presentation". Tegen has a nasogastric tube in place and uses a wheelchair outside the home. Neither can be explained by any investigation to date. Dr V says the number of attendances across three hospital trusts is "well outside anything I would expect for a child with no diagnosis".

Mother Loveday Penberthy is the main carer. Parents separated 2021, father Ruairi Devaney lives locally. No previous CSC involvement. No police information held at this stage.

Dr V has NOT shared her concerns with mum yet as she is worried that doing so before a strategy discussion could lead to Tegen being moved to another GP / trust. Consent not sought on that basis - agreed with TM this is appropriate.

Outcome: passed to Riverside CP for strategy discussion. Threshold met for consideration of s47.
"""),
    ("n2", "2025-01-15", "Strategy Discussion", "nnakagawa", "Strategy discussion",
     "standard", """
STRATEGY DISCUSSION (Teams) 15/01/2025 {{14:00|time}}

Present: Hallvard Bergstrom (TM, chair), Noriko Nakagawa (SW), DC Colm Loughnane (Police CAIT), Dr Revathi Venkatesan (Community Paediatrician), Bethan Ruddock (Named Nurse Safeguarding, Riverside General), Rosamund Heptonstall (DSL, {{St Keverne's CofE Primary|place}}).
Apologies: GP surgery - practice sent written info.

Information shared
Health: Dr V summarised her chronology. Since Jan 2022 Tegen has had {{63|figure}} recorded health contacts - GP, out of hours, A&E at 3 different trusts, gastroenterology, neurology, and a private allergy clinic. NG tube first placed March 2024 at the tertiary centre after mum reported Tegen was vomiting after every meal and losing weight. Tegen's weight on every hospital chart since has sat on the 50th centile. Wheelchair issued by wheelchair services Sept 2024 on mum's report of leg pain and "collapsing". Neurology found nothing.
Education: Mrs Heptonstall said attendance this academic year is 71.4%. Tegen walks around the classroom unaided, has been seen running in the playground on days mum drops her off in the wheelchair. Mum has told school Tegen cannot eat anything by mouth, but Tegen has told a TA she has "a packed lunch at Dad's".
Police: nothing known on either parent.

Analysis
All agreed the threshold for s47 is met: reasonable cause to suspect Tegen is suffering or likely to suffer significant harm through fabricated or induced illness. Police will not investigate jointly at this stage - no disclosure of deliberate harm - but want to be kept updated and will review after the professionals meeting.

Actions
1. SW to lead single agency s47 - NN
2. Dr V to name a single responsible consultant so that all health decisions go through one person - Dr V
3. Dr V to request records from all three trusts and the private clinic
4. School to send attendance data and any notes of what mum has said - RH
5. Mum and dad to be informed of the s47 by SW and Dr V together, jointly, no later than 22/1
6. Professionals meeting to be booked within 3 weeks

Decision: s47 enquiry to proceed.
"""),
    ("n3", "2025-01-17", "Telephone", "nnakagawa", "Telephone log",
     "standard", """
Fri 17th - calls

09:15 - Called Riverside Medical Practice, spoke to Dr Ezeoke (Tegen's named GP). He confirmed there have been 11 GP appointments since the summer, mostly mum reporting new symptoms. He has never seen Tegen vomit. Advised that he will not refer on to any new specialist without going through Dr V.

10:50 - Call to mum on [[07831 492605|PHONE:P02]], no answer. Voicemail left asking her to call back re meeting.

11:30 - Loveday called back. Arranged joint visit with Dr V for Tues 21st, {{4pm|time}}. Mum asked "is this about the school again". Did not go into detail on phone.

14:20 - Mrs Heptonstall emailed attendance printout (saved on file).
"""),
    ("n4", "2025-01-21", "Home Visit", "nnakagawa", "Joint visit with community paediatrician",
     "standard", """
Purpose of visit: to inform mum of the s47 enquiry jointly with Dr Venkatesan and to see Tegen.
Persons present: Loveday Penberthy (mother), Tegen, Mrs Margery Trounson (MGM) arrived part way through. Dr V.
Child seen: Yes. Seen alone: Yes, in her bedroom, approx 15 mins.

Home conditions: clean, well kept. Large amount of medical equipment in the lounge - feeding pump, boxes of feed, a suction machine (mum said the hospital gave it her; Dr V was not aware of any prescription for suction).

Mum's account: Loveday became very upset when told about the s47. She said she is "the only one who has ever fought for her". She told us the tube was put in because Tegen "dropped to nothing" last spring, that Tegen has had three "seizures" at home since Christmas, and that the neurologist had said she probably has a mitochondrial condition but the test was lost. Dr V explained afterwards that the neurology letter of Oct 2024 records normal tests and no diagnosis, and that no seizure has ever been witnessed by a professional.

Tegen's views: Tegen showed me her Lego and a drawing of her cat {{Noodle|pet_name}}. She climbed on to her bed herself. When I asked about her tube she said "I don't need it at Daddy's, I have chicken nuggets there". She said her legs hurt "sometimes when Mummy says". When asked what she would like to be different she said "go swimming with [[Posy|~british]]".

Mrs Trounson said she has "always had her doubts" about the wheelchair but did not want to go against her daughter.

Analysis: Tegen's account is of a child who eats and moves normally in another setting. Mum's account to us does not match what the medical records say. No marks or injuries seen. No evidence at this stage of anything being given to Tegen through the tube, but this cannot be ruled out.

Next steps: contact father; professionals meeting; agree responsible consultant.
"""),
    ("n5", "2025-01-27", "Education", "nnakagawa", "School - attendance and what mum has told school",
     "standard", """
Meeting at school with Mrs Heptonstall (DSL) and class teacher.

Attendance 2024/25 to date 71.4% (persistent absence threshold is 90). 38 sessions authorised as medical, most with no appointment letter provided. Attendance last year was 83%.

Mum has told school at different times that: Tegen is nil by mouth on consultant's orders (Sept); she must not do PE "until her heart scan" (Oct - no heart scan has been requested by anyone per Dr V); she has epilepsy and needs a care plan (Dec). School has asked for medical evidence each time and has not received any.

Teacher says Tegen is bright, reading above age, has friends. She walks around the class and has been seen skipping at break. On 2 occasions she has asked for food from other children.
"""),
    ("n6", "2025-01-30", "Phone call", "nnakagawa", "Call with father",
     "standard", """
tel call with dad Ruairi Devaney ([[07958 217344|PHONE:P03]]), {{11:00|time}}, approx 40 mins. He was aware of s47 (Loveday had texted him "they're trying to take her because of you").

Mr Devaney said Tegen stayed with him every other weekend until last October, when Loveday stopped contact after he refused to bring the wheelchair to a family party. Tegen eats normal meals at his flat, he has never used the feeding tube ("she just tapes it behind her ear"), and she rides her scooter in the park. He said he had raised this with the GP receptionist last year but "nobody rang me back".

New information: dad said Loveday took Tegen to A&E at {{Saltmarsh Hospital|place}} (out of area) the weekend before last, on the Sunday, saying she had "fitted" in the car. He knows because Tegen facetimed him from the cubicle. She was discharged the same night with nothing found. Mum did not mention this at the joint visit on the 21st when we asked about recent attendances. To check with Saltmarsh ED and inform Dr V.

He described Loveday as a devoted mum who "gets fixed on things" and said her own mother had been "in and out of hospital with nothing wrong" when Loveday was little (MGM not asked about this yet - to be explored sensitively).

Dad wants contact to restart and said he would have Tegen live with him if it came to it. Has a new partner, [[Eimear|~irish]], not known to services, lives separately. Consent given for checks on partner.
"""),
    ("n7", "2025-02-04", "Professionals Meeting", "nnakagawa", "Professionals meeting - minutes",
     "standard", """
Professionals' meeting 4th Feb - minutes (chair H Bergstrom)

Attendees: HB, NN, Dr Venkatesan, Dr Lucius Achterberg (Consultant Paediatrician, Riverside General), Bethan Ruddock, Mrs Heptonstall, Dr Ezeoke (first 30 mins), DC Loughnane.

1. Responsible consultant
Dr Achterberg agreed to be the single responsible consultant. From today all tertiary, private and new referrals for Tegen go through him. The private allergy clinic has been written to.

2. Health chronology
Dr V went through the collated records. Key points: (a) weight normal throughout; (b) NG tube placed on mum's history alone, no episode of vomiting recorded on any ward; (c) 3 different accounts given to 3 trusts of when symptoms began; (d) mum has described a diagnosis of mitochondrial disease, EDS and epilepsy to various professionals - none has been made.

3. Plan
Dr A recommends a planned admission to the children's ward for a period of observation, with a gradual reintroduction of oral diet and supported mobilisation, and no NG feeds unless clinically indicated. Mum to be told this is to "get to the bottom of it" - this is true.
A referral to police for a criminal investigation will be reconsidered if any evidence of induction (e.g. substances in feed) emerges. DC L said police position unchanged at present.

4. Consensus: s47 concerns substantiated; ICPC to be requested.
"""),
    ("n8", "2025-02-07", "S47", "nnakagawa", "Section 47 enquiry - outcome",
     "standard", """
Outcome of s47 enquiry (started 15.1.25)

Saltmarsh ED confirmed the attendance on 19/01 - "reported seizure, none witnessed, obs normal, discharged". Added to Dr V's chronology.

Concerns substantiated. Tegen is likely to suffer significant harm as a result of a perplexing presentation in which her mother's reports have led to unnecessary medical interventions (NG tube, wheelchair, repeat investigations) and to Tegen missing a substantial amount of school.

Mum disputes this. She says she "has the letters to prove it" but has not provided them.

Father supportive of plan. MGM supportive but conflicted.

Recommendation: ICPC. Request sent to CP conference unit today. Planned admission under Dr Achterberg to go ahead in parallel, date to be confirmed by the ward.
"""),
    ("n9", "2025-02-11", "Management Oversight", "hbergstrom", "Management oversight",
     "standard", """
MO - HB.
I have read the s47 outcome and the professionals meeting minutes. I agree with the recommendation for ICPC. Worker has kept the focus on what Tegen herself says and does, which is the strongest evidence we have.

Risks: mum may seek a new GP or take T to another A&E; she may withdraw her from the admission. If mum refuses the admission or removes T from the ward against medical advice, a legal planning meeting to be convened the same day. Not needed yet.

Contact with father: I support a return to his every other weekend arrangement while assessment continues, as there is no concern about him. SW to speak to mum about this.

Next MO: after ICPC.
"""),
    ("n10", "2025-02-26", "ICPC", "nnakagawa", "Initial child protection conference - minutes extract",
     "standard", """
Initial Child Protection Conference held 25/02/2025 at Riverside Civic Centre.
Chair: independent conference chair. Parents both attended (separately - mum first half, dad second half, at mum's request).

Reports: SW report, health report (Dr Achterberg via Dr V), school report, GP.

Mother's view: Loveday read a statement. She said every professional has "let Tegs down" and that she would continue to seek answers. She agreed to the admission. Mum denied ever giving Tegen anything through the tube other than the prescribed feed.
Father's view: wants more time with T; agreed with the concerns.

Decision: Tegen to be subject to a child protection plan under the category of EMOTIONAL ABUSE. (Conference discussed physical abuse but the majority view was that the primary harm is to her sense of herself as a sick child, her education and her relationships.)

Plan summary
- Admission for observation under Dr A, then all health care via Dr A only
- School attendance to be supported, target 90% by summer
- Contact with dad every other weekend restarted
- No new appointments / clinics to be arranged by mum without Dr A
- Core group within 10 working days; RCPC in 3 months
"""),
    ("n11", "2025-03-07", "Hospital", "nnakagawa", "Ward update - observation admission",
     "standard", """
update from Bethan Ruddock (named nurse) by phone this am and ward discharge summary.

Tegen was admitted to Puffin ward on Mon 3rd for a planned observation admission. Over 4 days:
- ate all meals orally, no vomiting observed at any point
- NG tube removed on day 2 by agreement with Dr Achterberg, mum present and "accepted it, tearfully"
- walked around the ward and to the play room, used the wheelchair only when mum was present
- no seizure-like episodes
Discharged home today with mum, Fri 7th, on a normal diet. Wheelchair to be returned to wheelchair services. Physio to see as outpatient.

On the ward mum was observed telling another parent that Tegen has "a rare muscle disease". Ward staff reminded her of the plan.

Tegen told the play specialist she liked "not having the tube tickle".
"""),
    ("n12", "2025-03-13", "Legal Planning Meeting", "hbergstrom", "Email from legal services",
     "standard", """
From: Legal Services (Childcare)
To: Hallvard Bergstrom; Noriko Nakagawa
Subject: Tegen PENBERTHY - advice following LPM 12.03.25

Hallvard, Noriko

Thank you for the papers. Further to yesterday's legal planning meeting, my advice is that the threshold under s31 Children Act 1989 is likely to be crossed on the evidence as it stands (likely significant harm, emotional and physical, attributable to the care given). However, given the positive response to the admission, mum's agreement to the plan and father's involvement, I do not advise issuing proceedings at this time.

I advise that the local authority enters the pre-proceedings (PLO) process. A letter before proceedings should be sent to both parents and a PLO meeting arranged within 2 weeks. Please ensure the letter lists the specific things mum needs to do, most importantly that she does not seek any new medical opinion except through Dr Achterberg.

If there is a further unexplained attendance or mum removes Tegen from school on medical grounds without evidence, please come back to me urgently - we would then consider issue.

Kind regards
Solicitor, Childcare Team
"""),
    ("n13", "2025-03-20", "Letter", "nnakagawa", "Letter before proceedings (copy)",
     "standard", """
Copy of letter sent by hand and by post, 20 March 2025.

Dear Ms [[Penberthy|P02]]

LETTER BEFORE PROCEEDINGS - Tegen Penberthy (DOB [[03/09/2016|DOB:P01]])

I am writing because Riverside Children's Services is worried about Tegen. We have explained our worries to you at the child protection conference on 25 February 2025. We are thinking about asking the court to make a decision about Tegen's care, but we would like to work with you so this is not needed.

You are invited to a meeting at Riverside Civic Centre on Thursday 27 March at 10am. Please bring a solicitor. The enclosed list of solicitors can help you, and legal advice is free for this meeting.

What we need you to do:
1. Take Tegen only to Dr Achterberg or her GP for any health worry.
2. Make sure Tegen goes to school every day unless Dr Achterberg has said she is too unwell.
3. Not tell other people Tegen has illnesses she has not been diagnosed with.
4. Support Tegen's time with her dad.

Yours sincerely
Noriko Nakagawa, Social Worker
"""),
    ("n14", "2025-03-27", "PLO meeting", "nnakagawa", "Pre-proceedings meeting",
     "standard", """
PLO meeting 27.3 - present HB, NN, legal, mum + her solicitor; dad + his solicitor (dad by phone).

Mum agreed the written agreement. She said that she "just wanted someone to listen" and that since the tube came out "Tegs has been a different girl". Her solicitor asked for a psychological assessment of mum; LA agreed to fund one. Mum accepted a referral to adult mental health too.

Positives noted: school attendance since discharge 100% (3 weeks). Tegen has been to swimming club twice with her friend. Wheelchair returned to wheelchair services on the 18th inst.

Review of PLO in 12 weeks. Proceedings not to be issued at this point.
"""),
    ("n15", "2025-04-09", "CP visit", "nnakagawa", "Statutory visit",
     "standard", """
Purpose of visit: statutory CP visit.
Child seen: Yes, alone - in the garden with the cat.
Present: mum, Tegen.

T was running about, showed me a cartwheel. She said she had "pasta and a yogurt" for lunch at school and that Dad's was "the best because we went to the beach". She did not mention her legs.

mum reported no new health concerns. She has not been to any new appointments - checked with Dr Ezeoke after the visit, confirmed. Mum said she found the psychologist's first session "hard, lots about my childhood".

Nothing of concern seen. Home environment as before minus the medical equipment, which mum said she had "given back".

Next: core group w/c 14/4, RCPC 20 May.
"""),
    ("n16", "2025-04-16", "Core Group", "nnakagawa", "Core group meeting",
     "standard", """
Core group 15/04 (rearranged from the 14th - school INSET day).

Attending: NN, mum, dad, Mrs Heptonstall, Bethan Ruddock, Dr V (for Dr A).
Health: one GP appointment since last core group (a genuine ear infection, seen and treated, mum went to GP as agreed). Weight stable. Physio discharged Tegen - "no ongoing needs".
School: attendance since return 97%. One day off with the ear infection.
Dad: every other weekend going well, plus a Wednesday tea.
Mum engaging with psychologist, 3 sessions.

Core group view: real progress, but too early to consider stepping down; it has only been 6 weeks since the admission. RCPC to decide.
"""),
]

QUESTIONS = [
    {"q": "when was tegs admitted to the ward for observation?", "qtype": "when",
     "facts": ["2025-03-03"], "notes": ["n11"], "as": "nnakagawa"},
    {"q": "who is the responsible consultant now", "qtype": "who",
     "facts": ["Achterberg"], "notes": ["n7"], "as": "hbergstrom"},
    {"q": "what category was she put on a plan under", "qtype": "what",
     "facts": ["emotional abuse"], "notes": ["n10"], "as": "nnakagawa"},
    {"q": "how many health contacts did the paed count since 2022 at the strat?", "qtype": "how_many",
     "facts": ["63"], "notes": ["n2"], "as": "hbergstrom"},
    {"q": "What did Tegen say about her tube when I saw her alone?", "qtype": "quote",
     "facts": ["I don't need it at Daddy's"], "notes": ["n4"], "as": "nnakagawa"},
    {"q": "has the NG tube come out?", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["n11"], "as": "nnakagawa"},
    {"q": "whats her school attendance this year - what did the DSL say", "qtype": "what",
     "facts": ["71.4%"], "notes": ["n2", "n5"], "as": "nnakagawa"},
    {"q": "why did mum stop dad's contact?", "qtype": "what",
     "facts": ["wheelchair"], "notes": ["n6"], "as": "hbergstrom"},
    {"q": "did legal advise issuing proceedings", "qtype": "yes_no",
     "facts": ["no"], "notes": ["n12"], "as": "hbergstrom"},
    {"q": "what did the psychologist's report conclude about mum?", "qtype": "what",
     "facts": [], "notes": [], "as": "nnakagawa"},
    {"q": "has dad's partner had her checks back yet", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "hbergstrom"},
]

EVENTS = [
    ("2025-01-14", "contact", ["n1"], "Contact from community paediatrician Dr Venkatesan about a perplexing presentation"),
    ("2025-01-15", "strategy_discussion", ["n2"], "Strategy discussion: threshold met, single agency section 47 enquiry"),
    ("2025-01-19", "hospital", ["n6", "n8"], "Mother took Tegen to A&E at Saltmarsh Hospital reporting a seizure; none witnessed, discharged; not disclosed by mother"),
    ("2025-01-21", "section_47", ["n4"], "Joint visit with community paediatrician; mother told of s47; Tegen seen alone"),
    ("2025-02-04", "health", ["n7"], "Professionals meeting: Dr Achterberg named single responsible consultant; planned observation admission agreed"),
    ("2025-02-07", "section_47", ["n8"], "Section 47 outcome: concerns substantiated, ICPC requested"),
    ("2025-02-25", "icpc", ["n10"], "Initial child protection conference: child protection plan, category emotional abuse"),
    ("2025-03-03", "hospital", ["n11"], "Planned admission for observation to Puffin ward"),
    ("2025-03-04", "positive_change", ["n11"], "NG tube removed on the ward; Tegen eating orally and walking"),
    ("2025-03-12", "court", ["n12"], "Legal planning meeting: threshold likely crossed, PLO advised, proceedings not issued"),
    ("2025-03-18", "positive_change", ["n14"], "Wheelchair returned to wheelchair services"),
    ("2025-03-27", "court", ["n14"], "PLO pre-proceedings meeting; written agreement signed"),
]
