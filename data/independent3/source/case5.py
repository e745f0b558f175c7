"""IN3-0005: restricted case (stepfather is a council employee); a 10-year-old's disclosure, joint investigation, ICPC, charge."""

CASE = {
    "case_id": "IN3-0005",
    "team": "South Safeguarding",
    "status": "child_protection",
    "allocated_worker": "gpendleford",
    "restricted": True,
    "access_list": ["gpendleford", "wdelacroix"],
    "child": {
        "person_id": "P01", "given_name": "Wrenna", "family_name": "Carne", "date_of_birth": "2013-04-11",
        "gender": "female", "ethnicity": "White British", "nhs_number": "186 091 3903",
        "address": "27 Gwarth an Dre, Penwithick PL26 8UJ", "school": "Polwhele Primary",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Carys", "family_name": "Carne", "relationship": "mother",
         "date_of_birth": "1990-12-02", "phone": "07305 118842", "address": "27 Gwarth an Dre, Penwithick PL26 8UJ",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Lyndon", "family_name": "Roskilly", "relationship": "stepfather",
         "date_of_birth": "1984-06-17", "phone": "07983 441206", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Kit", "family_name": "Roskilly", "relationship": "half-brother",
         "date_of_birth": "2020-08-29", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Marjorie", "family_name": "Hosken", "relationship": "maternal grandmother",
         "phone": "01209 496512", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Wrenna": "P01", "Wren": "P01", "Wrennie": "P01",
    "Carys": "P02",
    "Lyndon": "P03", "ROSKILLY": "P03", "LR": "P03",
    "Kit": "P04",
    "Marjorie": "P05",
    "Gethin": "~british", "G Pendleford": "~british", "Pendleford": "~british",
    "Winifred": "~british", "W Delacroix": "~british", "WD": "~british",
    "Dervla": "~irish", "Ezeudu-Lynch": "~african", "Venkataraman": "~south_asian", "Trethowan": "~british", "Gauci": "~british",
}

NOTES = [
    ("contact", "2023-09-19", "MASH contact", "gpendleford", "Contact from school - disclosure", "standard", """
Contact received {{11:25|time}} by phone from [[Mrs Alys Trethowan|~british]], DSL Polwhele Primary, followed by written referral.

This morning during a PSHE lesson on "safe and unsafe touch" Wrenna (yr 6) stayed behind and told her class teacher that her stepdad "comes in my room when mum's on nights and touches me under my pyjamas". When the teacher asked how often, Wren said "loads, since the summer holidays". Teacher did not ask further questions and wrote down what was said, signed and timed. Wrenna asked "will he get told off" and "please don't tell mum yet".

School say no previous safeguarding concerns; attendance 97%; mum works nights as a carer at a nursing home 3 nights a week. Stepdad is Lyndon ROSKILLY, brings Wrenna to school some mornings.

MASH outcome: threshold for s47 met. Passed straight to South Safeguarding, allocated to G Pendleford. Strategy discussion booked for 3pm today. Wrenna to stay in school until the end of the day, DSL to keep her with a familiar adult.
"""),
    ("strat", "2023-09-19", "Strategy Discussion", "gpendleford", "Strategy discussion", "standard", """
Strategy discussion, {{15:00|time}}, by phone.
Present: W Delacroix (TM, chair), G Pendleford (SW), DS [[Ife Ezeudu-Lynch|~african]] (CAIT), Mrs Trethowan (DSL), [[Nadia Pascoe|~british]] (school nurse).

Information: as per contact. Police - LR no convictions; one 2019 domestic incident at a previous address (verbal argument with an ex-partner, NFA). Health - nothing of note for either child. Kit (3) attends a nursery 2 mornings.

Decisions:
- Joint s47 enquiry (police and CSC) for Wrenna and Kit.
- ABE interview to be held tomorrow morning at the video suite, DS Ezeudu-Lynch and SW jointly.
- Child protection medical to be requested from the paediatric on-call for tomorrow afternoon following ABE.
- Police to arrest LR tomorrow early morning, before the ABE.
- Safety plan tonight: SW and DS to see mum at home after school; Wrenna and Kit to stay with maternal grandmother, [[Marjorie Hosken|P05]], tonight as mum is on shift and LR would otherwise be caring for them.
- Case to be restricted - see separate restricted entry for the reason. Access limited to allocated SW and TM.
"""),
    ("employ", "2023-09-19", "Case Note", "wdelacroix", "Reason for restriction - RESTRICTED", "restricted", """
[[Lyndon Roskilly|P03]] is employed by the council as a highways inspector and has access to some council systems (not the social care system, checked with IT today). Under the staff-as-service-user protocol the record is restricted to the allocated worker and me. LADO consulted by phone ({{16:10|time}}) as his role involves school site visits on occasion; LADO will link with HR. His work mobile is [[07824 600 145|PHONE:P03]]. Do not discuss this case in the open office.
"""),
    ("abe", "2023-09-21", "S47 enquiry", "gpendleford", "ABE interview", "standard", """
ABE interview held Weds 20th at the {{Bluebell Suite|place}}, {{09:30|time}}-{{10:40|time}}. Interviewer DS Ezeudu-Lynch, SW monitoring. Intermediary not needed.

Wrenna engaged well after a slow start, drew a plan of the house. Main points (full account is on the police recording, this is my summary not a transcript):
- She said it started "the first week of the summer holidays" when mum started the night shifts.
- She said LR would come in after she was asleep and lie on top of the covers, and would put his hand inside her pyjama bottoms. She said this happened "more than five times but I don't know exactly".
- She said he told her "it's our secret or mummy will be sad and go away".
- She said nothing had ever happened when mum was home and that he had never hurt Kit.
- She did not describe any other adult.

After the interview she asked if she could go back to Nan's and whether Kit "still has a daddy". Reassured.
"""),
    ("medical", "2023-09-21", "Health", "gpendleford", "Child protection medical", "standard", """
Child: [[Wrenna Carne|P01]], DOB [[11.04.2013|DOB:P01]], NHS no [[186 091 3903|NHS_NUMBER:P01]].
CP medical completed yesterday afternoon (20/9) at the paediatric assessment unit by [[Dr Sunita Venkataraman|~south_asian]], consultant paediatrician, mum present for the general examination, Wrenna chose to have Nan with her.

Findings: no injuries, no anogenital findings. Dr Venkataraman explained that a normal examination neither confirms nor excludes sexual abuse, which is the expected finding in most cases with this history. Height and weight on the 50th centile, generally well cared for. Sexual health screening offered and declined by mum on Wrenna's behalf for now, to be reconsidered.

Report to follow to SW and police.
"""),
    ("police", "2023-09-22", "Police notification", "gpendleford", "Police update - arrest and bail", "standard", """
Update from DS Ezeudu-Lynch by email 22/09:
Lyndon ROSKILLY arrested {{07:10|time}} Weds 20/09 at the home address, interviewed that afternoon with a solicitor. Gave a prepared statement denying all allegations, no comment thereafter. Phone and a laptop seized.

Released on police bail until 20 Dec with conditions:
1. not to reside at or attend [[27 Gwarth an Dre|ADDRESS:P02]] or any address where Wrenna is living
2. no contact direct or indirect with [[Wrenna Carne|P01]]
3. contact with Kit only as agreed and supervised by children's services
4. to live and sleep each night at his brother's address (given to police).

Mum informed of the conditions by police on Weds evening.
"""),
    ("hv1", "2023-09-28", "Home Visit", "gpendleford", "Home visit - mum and children", "standard", """
Announced home visit. Present: mum, Wrenna (home from school), Kit. Nan arrived halfway.
Children back at home with mum since Sunday; Nan is staying over on mum's work nights so mum can keep her job.

Mum tearful, said "I don't know what to believe, he's been nothing but good to her". Mum denies any previous worries. I talked through the conditions again and that this is about Wrenna's safety whatever the police outcome. Mum signed the written agreement that LR is not to come to the house and that any contact with Kit is through us.

Seen Wrenna alone in her room for 15 minutes. She said she feels "a bit better now everyone knows". She said mum had been "crying loads" and she thought it was her fault. Kit asking for Daddy at bedtime.

Mum admitted LR had FaceTimed Kit on her phone at the weekend "for two minutes". Wrenna was in the room. Explained this goes against condition 2 as it was indirect contact; informed DS same day.
"""),
    ("texts", "2023-10-05", "Case Note", "gpendleford", "Texts with mum w/c 2/10 - copied from work mobile", "standard", """
Copied from work mobile:

Mon 2 Oct 19:48 Mum: Hi its Carys. Lyndon has asked if he can pick Kit up from nursery on Weds and take him to the park. Is that allowed xx
Mon 2 Oct 20:15 SW: Hi Carys, thanks for asking first. No, not at the moment - any time Lyndon spends with Kit has to be arranged by us and supervised. I'll ring you tomorrow to talk about how we can set that up.
Mon 2 Oct 20:17 Mum: ok. hes really missing him
Tue 3 Oct 08:02 Mum: Sorry also Wrennie says she doesnt want to go to school today
Tue 3 Oct 08:30 SW: I'll ring school and let them know, can you try to get her in for the afternoon? Speak at 10.

Spoke to mum at 10.05 as planned. Supervised contact for Kit and LR to be arranged at the family centre, fortnightly. Wrenna went in after lunch.
"""),
    ("icpc", "2023-10-10", "Initial Child Protection Conference", "gpendleford", "ICPC minutes", "standard", """
INITIAL CHILD PROTECTION CONFERENCE - held 09/10/2023
Chair: [[Demelza Gauci|~british]] (CP chair)
Present: mum, Nan, G Pendleford, W Delacroix, DS Ezeudu-Lynch, Mrs Trethowan, school nurse, nursery manager. LR was not invited (bail conditions); his written view was not received.

Decision: Both children to be subject to a child protection plan.
Wrenna - category: sexual abuse.
Kit (DOB [[29/08/2020|DOB:P04]]) - category: emotional abuse (risk of harm from exposure to the adult conflict and to any return of LR; his father is the alleged perpetrator).
Mum voted as "not sure" when asked her view of the plan; agreed to work with it.

Plan (outline): LR not to live in or visit the home; mum to complete the "Keeping Safe" protective parent programme; referral for therapeutic support for Wrenna (play therapy via the children's centre); supervised contact for Kit and LR continues.
First core group: within 10 working days. Review conference: 3 months.
"""),
    ("cg1", "2023-10-24", "Core Group", "gpendleford", "First core group", "standard", """
core group held yesterday at school (23rd). mum, Nan, SW, DSL, nursery.
- contact Kit/LR went ahead 17/10 at family centre, went well, LR appropriate.
- Wrenna's therapy referral accepted, waiting list about 6 wks.
- mum booked on Keeping Safe course starting 7 Nov, 8 weeks.
- attendance Wrenna 89% since disclosure, a few mornings late.
next core group 21/11.
"""),
    ("visit2", "2023-11-14", "CP Visit", "gpendleford", "Statutory visit CP", "standard", """
Purpose of visit: CP statutory visit, both children seen.
Child seen alone: Wrenna yes, in the kitchen while Nan took Kit to the shop.

Wrenna says she likes her new teacher and has started going to netball. She said she is still having bad dreams "about him in the doorway" a couple of nights a week. Mum gives her a night light. Play therapy start date given as 4 Dec.

Mum: says she has told LR "it's over" and that she would not have him back even if the police drop it. Mum has done 1 session of the course so far, missed the second (Kit poorly). No marks, children appropriately dressed, home warm and stocked.

Analysis: mum's position is stronger than at conference, but this is the first time she has said it. Needs testing over time.
"""),
    ("charge", "2023-12-08", "Telephone call", "gpendleford", "Call from DS - charging decision", "standard", """
{{14:20|time}} DS Ezeudu-Lynch rang. CPS charging decision came through yesterday, 7/12: LR charged with 3 counts of sexual assault of a child under 13. He has been released on court bail with the same conditions as before. First appearance at magistrates' court on 28/12, expected to be sent to the Crown Court.

{{15:00|time}} Told mum by phone. She was quiet, then said "so they believe her". Agreed I'll visit Monday to talk to Wrenna together about what happens next, and that school will be told by me, not by mum.
{{15:30|time}} Informed WD. Informed Mrs Trethowan (DSL).
"""),
    ("sup", "2023-12-14", "Supervision", "wdelacroix", "Case supervision", "standard", """
Supervision, WD / G Pendleford.

Progress: children safe at home with mum; LR compliant with bail as far as we know; mum attending Keeping Safe (4 of 8); therapy starts this month.
Worry: mum's ambivalence in the early weeks and the FaceTime incident. Kit is 3 and the contact with his father will need to be thought about carefully if LR is convicted.
If there is any indication that mum is allowing LR back into the home, a legal planning meeting will be held to consider PLO. No such indication at present.

Actions: SW to prepare report for RCPC in January; consider whether Kit's plan could end at RCPC if progress holds; SW on annual leave 22/12-2/1, cover by WD only (restricted case).
"""),
    ("school", "2024-01-10", "School contact", "gpendleford", "Update from DSL", "standard", """
Email from Mrs Trethowan 9/1: Wrenna came back after Christmas "wobbly", cried in assembly on the 8th and was supported by the learning mentor. She told her mentor that they are moving "near Nan's". Mum confirmed to school they have been offered a housing association flat. SATs support group starting next week, Wrenna on the list.
"""),
    ("legal", "2024-01-16", "Email", "gpendleford", "Legal - disclosure request from CPS", "standard", """
Email from [[Dervla Moyle|~irish]], solicitor, Legal Services (Childcare), 15/01/24 14:02, pasted:

"Gethin - the CPS have written (their letter dated the 2nd inst) asking for disclosure of children's services records relating to Wrenna in R v [[Roskilly|P03]]. This is routine in a case of this kind. Please do NOT send anything directly to the police or CPS. Can you pull together the case file for me by the end of next week - contact, strategy minutes, your notes of the ABE and the conference minutes. I will review for relevance and redact third party information (mum's health, Kit's nursery records) before anything goes across. Because the record is restricted please send it to me by secure email, not via the shared legal inbox.

The defence may also apply to the court for third party material; if they do I'll let you know and we'll attend the hearing. Nothing for you to do about that yet.
Thanks, Dervla"

Action: file to be sent by 26/1. WD aware.
"""),
    ("move", "2024-01-23", "Home Visit", "gpendleford", "Visit to new address", "standard", """
Home visit at the new flat - mum and kids moved in on Friday just gone (19th) - [[Flat 2, Trevena Court, Carclaze|ADDRESS:P02]]. 2 bed ground floor flat, 5 mins walk from Nan. Boxes still everywhere but beds up and both children have their own space (Wrenna in with mum for now by choice).

Mum said the move was her idea, "a fresh start where he doesn't know the door". Wrenna said she likes that she can walk to Nan's on her own. Wrenna stays at Polwhele, Nan to do the school run. Kit's nursery place moves to the one on site at the children's centre from February.

SW to update police (bail address condition 1 applies to the new address), school and health with the new address.
"""),
    ("rcpc", "2024-01-31", "RCPC", "gpendleford", "Review CP conference", "standard", """
REVIEW CHILD PROTECTION CONFERENCE 30/1/24
Chair: R Gauci. Present: mum, Nan, SW, TM, DSL, nursery, school nurse, police (written report).

Progress: mum completed Keeping Safe course (7 of 8 sessions); Wrenna started play therapy 4 Dec, fortnightly; family moved 19/1; LR charged, next hearing at the Crown Court in March.
Decision: Wrenna to remain on a CP plan under sexual abuse until the criminal trial and her therapy are further on. Kit's CP plan ended - to be supported on a child in need plan.
Next RCPC: 6 months.
"""),
]

QUESTIONS = [
    {"q": "when did wren first tell school", "qtype": "when", "facts": ["2023-09-19"], "notes": ["contact"], "as": "gpendleford"},
    {"q": "what r the stepdads bail conditions", "qtype": "what", "facts": ["not to reside", "no contact direct or indirect"], "notes": ["police"], "as": "wdelacroix"},
    {"q": "who did the CP medical", "qtype": "who", "facts": ["Venkataraman"], "notes": ["medical"], "as": "gpendleford"},
    {"q": "what did he tell her to keep it secret, in her words", "qtype": "quote", "facts": ["it's our secret or mummy will be sad and go away"], "notes": ["abe"], "as": "gpendleford"},
    {"q": "has lyndon been charged yet?", "qtype": "yes_no", "facts": ["yes"], "notes": ["charge", "rcpc"], "as": "wdelacroix"},
    {"q": "how many counts is he charged with", "qtype": "how_many", "facts": ["3 counts"], "notes": ["charge"], "as": "gpendleford"},
    {"q": "when was the initial conference", "qtype": "when", "facts": ["2023-10-09"], "notes": ["icpc"], "as": "wdelacroix"},
    {"q": "what category is the little one's plan under", "qtype": "what", "facts": ["emotional abuse"], "notes": ["icpc"], "as": "gpendleford"},
    {"q": "when did they move to the flat near nan", "qtype": "when", "facts": ["2024-01-19"], "notes": ["move", "rcpc"], "as": "gpendleford"},
    {"q": "is Kit still on a CP plan", "qtype": "yes_no", "facts": ["no"], "notes": ["rcpc"], "as": "wdelacroix"},
    {"q": "whats the trial date", "qtype": "when", "facts": [], "notes": [], "as": "gpendleford"},
    {"q": "has mum got legal advice of her own", "qtype": "yes_no", "facts": [], "notes": [], "as": "wdelacroix"},
]

EVENTS = [
    ("2023-09-19", "referral", ["contact"], "Wrenna discloses sexual abuse by her stepfather to her class teacher; school refers to MASH"),
    ("2023-09-19", "strategy_discussion", ["strat"], "Strategy discussion: joint s47, ABE, CP medical, arrest; children to stay with grandmother"),
    ("2023-09-20", "section_47", ["abe", "police"], "Joint ABE interview with police: Wrenna gives account of repeated sexual assault"),
    ("2023-09-20", "police_incident", ["police", "abe"], "Stepfather Lyndon Roskilly arrested, interviewed and bailed with conditions not to reside at the home"),
    ("2023-09-20", "health", ["medical"], "Child protection medical by consultant paediatrician: no findings"),
    ("2023-09-20", "household_change", ["police"], "Stepfather leaves the home under bail conditions"),
    ("2023-10-09", "icpc", ["icpc"], "ICPC: Wrenna on a CP plan (sexual abuse), Kit on a CP plan (emotional abuse)"),
    ("2023-12-07", "police_incident", ["charge"], "CPS charge Lyndon Roskilly with 3 counts of sexual assault of a child under 13"),
    ("2024-01-19", "household_change", ["move", "rcpc"], "Mother and children move to a housing association flat near the maternal grandmother"),
    ("2024-01-30", "rcpc", ["rcpc"], "RCPC: Wrenna's CP plan continues; Kit's CP plan ends, stepped to CIN"),
]
