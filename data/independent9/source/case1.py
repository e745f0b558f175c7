"""IN9-0001: a four-month-old baby with a skull fracture and older rib fractures (author A)."""

CASE = {
    "case_id": "IN9-0001",
    "team": "Wexcombe Child Protection",
    "status": "child_in_need",
    "allocated_worker": "hoduya",
    "child": {
        "person_id": "P01", "given_name": "Ezekiel", "family_name": "Maragh", "date_of_birth": "2025-01-11",
        "gender": "male", "ethnicity": "Mixed White and Black Caribbean", "nhs_number": "495 422 0580",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Kerenza", "family_name": "Tullock", "relationship": "mother",
         "date_of_birth": "2003-02-19", "phone": "07823 418306", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Dushane", "family_name": "Maragh", "relationship": "father",
         "date_of_birth": "2000-09-02", "phone": "07931 552084", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Winsome", "family_name": "Maragh", "relationship": "paternal grandmother",
         "phone": "07462 719305", "address": "41 Tidemill Close, Wexcombe WX3 8LP",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Barrington", "family_name": "Maragh", "relationship": "paternal grandfather",
         "given_origin": "caribbean", "family_origin": "caribbean"},
    ],
}

ALIASES = {
    "Ezekiel": "P01", "Zeke": "P01", "EM": "P01",
    "Kerenza": "P02", "TULLOCK": "P02", "Tullock": "P02", "KT": "P02",
    "Dushane": "P03", "DM": "P03",
    "Winsome": "P04",
    "Barrington": "P05", "Barry": "P05",
    "Hermione Oduya": "~british", "Hermione": "~british", "Aurelio Rauch": "~latin_american", "Aurelio": "~latin_american",
    "Grimsditch": "~british", "Venkatraman": "~south_asian", "Wroblewski": "~eastern_european",
    "Brigid Oddie": "~irish", "Brigid": "~irish", "Whitbread": "~british", "Tyreke": "~caribbean",
}

NOTES = [
    ("contact", "2025-05-12", "MASH Contact", "equillon", "Contact from GP - baby with swelling to head", "standard", """
Contact received 11:52 from Dr [[Eilish Dunphy|~irish]], GP at {{Saltings Surgery|place}}, by phone.

Child: [[Ezekiel MARAGH|P01]] DOB [[11/01/2025|DOB:P01]] (4 months). NHS no. [[495 422 0580|NHS_NUMBER:P01]].
Brought to this morning's open surgery by his paternal grandmother [[Winsome Maragh|P04]] (tel [[07462 719305|PHONE:P04]]) because of a "soft swelling" on the right side of his head which she noticed when bathing him last night. Parents not present - nan said mum was on an early shift and dad was "asleep".

GP found a boggy swelling approx {{6cm|figure}} over the R parietal area, baby a bit grizzly but feeding. No explanation offered by PGM; she said he was "fine on Friday" when she last had him before the weekend. GP concerned re non-mobile baby with head injury - no history. Ambulance called, Ezekiel taken to A&E at {{Wexcombe General|place}} with nan.

Parents: [[Kerenza TULLOCK|P02]] (mum, 22) and [[Dushane Maragh|P03]] (dad, 24), live together, flat at [[Flat 3, 17 Cordwainer Street|ADDRESS:P02]], [[WX1 2DN|POSTCODE:P02]]. No previous involvement with CSC. HV has one entry, new birth visit, nothing of note.

Decision (duty TM): threshold for strategy discussion met. Passed to CP team, allocated to Hermione Oduya. Hospital social work team informed, baby not to be discharged without CSC agreement.
"""),
    ("hospital", "2025-05-13", "Hospital", "hoduya", "Wexcombe General - CP medical, CT and skeletal survey", "standard", """
Attended {{Ward 9|place}} (children's ward) 08:30.

Spoke to Dr [[Priyamvada Venkatraman|~south_asian]], consultant paediatrician, who did the CP medical last night (12/5) about 7pm.
- CT head (done in A&E yesterday afternoon): linear fracture of the right parietal bone with overlying soft tissue swelling. No bleed on the brain.
- Eyes checked by ophthalmology this morning - no retinal haemorrhages.
- Skeletal survey done this morning: healing fractures of the left posterior 6th, 7th and 8th ribs. Dr V said these show callus so are "definitely not new" - older than the head injury. Repeat survey in 11-14 days per protocol.
- Bloods (bone profile, clotting) sent, results awaited.
- No bruising seen anywhere on his body. Frenulum intact.

Mum arrived at the ward at 10pm last night - she had stayed on for a double shift. Her account to Dr V: Ezekiel rolled off his changing mat on the sofa on Sat (10th) and landed on the laminate floor, he cried but "settled straight away" so she didn't think to take him anywhere. Mum said dad was at home too but in the kitchen. Dr V's view: a fall from sofa height can cause a simple skull fracture but does not explain the rib fractures at all, and parents have given no account for those.

I saw Kerenza on the ward. Tearful, kept saying "I'd never hurt him". Asked about the ribs - she said she had no idea and he has never been dropped "not that I've seen". Dad not on the ward, mum said he "can't handle hospitals".

Ezekiel seen asleep in cot, PGM with him overnight. Nurse said he has fed well.
"""),
    ("strat", "2025-05-13", "Strategy Discussion", "hoduya", "Strategy discussion 13.5.25", "standard", """
STRATEGY DISCUSSION - held 13.5.25 14:00 via Teams

Present: Aurelio Rauch (TM, chair), Hermione Oduya (SW), DC [[Hedley Grimsditch|~british]] (CAIT), Dr [[Priyamvada Venkatraman|~south_asian]] (paediatrician), [[Lottie Frogley|~british]] (HV), hospital SW.

Information shared
- Medical findings as per my hospital recording today. Two injuries of different ages in a 4 month old non-mobile baby; only explanation so far (fall from changing mat, Sat 10/5) might explain the skull but not the ribs.
- HV: seen at new birth and 8 week check at home, weight on 50th centile, mum engaged well, no concerns noted. No record of dad at either visit.
- Police: no trace on mum. Dad - one caution in 2019 for possession of cannabis, no DV callouts to the address.
- Wider family: a paternal aunt and her son [[Tyreke|~caribbean]] (aged 2) visit the flat at weekends.

Decisions
1. Threshold for s47 met - joint investigation (police/CSC) to proceed.
2. Police to interview both parents under caution. Parents must not be told about the rib fractures before interview - agreed hospital would share only the head injury detail for now.
3. Ezekiel is not to be discharged to parents. As the parents would not agree to him staying on the ward overnight, DC Grimsditch took police protection on the ward at 18:40 tonight.
4. SW to look at PGPs as a safety plan on discharge.
5. An EPO application will be considered if a safe family arrangement can't be found before police protection runs out.
6. ICPC to be booked within 15 working days.
"""),
    ("calls", "2025-05-14", "Telephone", "hoduya", "Telephone log 14/5", "standard", """
09:10 - Call from dad (Dushane). Very angry, says police "kidnapped" his son. Then said he needed to tell me something: on the Friday evening (9th) his sister had left her little boy Tyreke with them, and Tyreke "jumped on Zeke" when he was lying on the sofa. Dad says he didn't tell anyone before because he "didn't think it was a big deal". Asked why Kerenza gave a different story - he said she wasn't in the room and "just guessed". Advised him to give that account to police.

09:45 - Rang mum. She said she knew nothing about Tyreke jumping on him and "that's the first I've heard of it". Then said maybe it could have happened. She again said the changing mat fall was on Saturday.

11:30 - Called PGM, Winsome. She and her husband Barrington (Barry) would have Ezekiel "as long as it takes". They live in a 3 bed house, Barry works nights as a bus driver. Arranged home visit for tomorrow 10am.

15:05 - Call from [[Brigid Oddie|~irish]], LA legal. Advised that if a kinship safety plan is in place and agreed by both parents when police protection ends, an EPO is unlikely to be granted. Legal planning meeting to be booked.

16:20 - Dr Venkatraman: clotting and bone bloods normal. No medical cause found for the fractures so far.
"""),
    ("safety", "2025-05-15", "Home Visit", "hoduya", "Visit to PGPs and safety plan", "standard", """
Purpose of visit: viability check of paternal grandparents and agreeing a safety plan before Ezekiel's discharge.

Present: Winsome and Barrington [[Maragh|P05]] at their home, [[41 Tidemill Close|ADDRESS:P04]], [[WX3 8LP|POSTCODE:P04]]. Mum and dad joined at 11.

Home: clean, 3 bed, cot already set up in front bedroom. Barry works nights and sleeps 9am-3pm, Winsome works part time in a school kitchen and will take leave. Both said they were shocked and did not know about any injuries. Winsome said she has "never seen Dushane be rough with him".

Safety plan agreed and signed by both parents and PGPs:
- Ezekiel to live with PGPs from discharge today.
- Parents may see him only when Winsome or Barrington is present and awake, never alone, no overnight stays by either parent.
- PGPs to tell SW immediately if either parent turns up under the influence or breaches the plan.
- PGPs not to discuss the police investigation with parents.

Ezekiel was discharged from Wexcombe General at 14:00 and came to PGPs with me and the hospital SW. Police protection lifted at the same time. Ezekiel settled, took 5oz bottle.

Analysis: PGPs are protective on the face of it but their own son is one of the carers in the frame. Plan will need close monitoring; unannounced visits.
Next steps: connected person viability, s47 visits, ICPC booked.
"""),
    ("s47", "2025-05-21", "S47 Enquiry", "hoduya", "Section 47 outcome", "standard", """
Section 47 enquiry - outcome

Joint investigation with DC Grimsditch. Both parents were arrested on Fri 16th and interviewed under caution at Wexcombe police station. Both released under investigation, with police conditions of no unsupervised contact with any child.

Accounts as they now stand:
- Mum: changing mat fall on Sat 10th; no explanation for the rib fractures. Mum denied anyone else caring for Ezekiel apart from dad and PGM. Mum denied any new partner. She said she and Dushane argue "a lot" about money but it "never gets physical".
- Dad: in interview gave the Tyreke account again, but said it happened "the weekend before last", not on the Friday. Denied ever squeezing or shaking Ezekiel. Said Kerenza "gets stressed" when the baby cries at night.

Repeat skeletal survey 26/5 - result to come.

Outcome: concerns substantiated. Ezekiel has suffered significant harm (two sets of fractures of different ages, no adequate explanation). Recommend ICPC. Legal advice requested.
"""),
    ("icpc", "2025-05-30", "Initial Child Protection Conference", "hoduya", "ICPC", "standard", """
Initial Child Protection Conference - 30/05/2025, Wexcombe Civic Centre

Chair: independent CP chair. Attended: mum, dad (left early), PGM, SW, TM, HV, DC Grimsditch, Dr Venkatraman (report only), GP (report only).

Summary: Ezekiel sustained a skull fracture and rib fractures of differing ages. Repeat survey on 26/5 confirmed the rib fractures and found no other injuries. Parents' accounts are inconsistent with each other and with the medical evidence.

Parents' views: mum said she would do "anything" to get him home. Dad said the conference was "a stitch up" and left at 11:15.

Decision: Ezekiel to be subject of a child protection plan under the category of PHYSICAL ABUSE. Unanimous.
Core group: first meeting 10/6. RCPC within 3 months.
Plan: safety plan with PGPs continues; supervised contact; parents to engage with assessment; legal planning meeting to consider PLO.
"""),
    ("lpm", "2025-06-05", "Legal Planning Meeting", "arauch", "LPM - management record", "standard", """
Legal planning meeting held yesterday, 4th June. Present: myself, HO (SW), Brigid Oddie (LA solicitor).

Legal advice: threshold for care proceedings is met on the medical evidence alone. However, Ezekiel is safe in a family arrangement that both parents have agreed, so we will go into pre-proceedings (PLO) first and instruct a paediatric radiologist jointly to date the fractures.

Decision: letter before proceedings to be sent to both parents this week; pre-proceedings meeting to be held. If the radiologist says the injuries happened on more than one occasion, or the family arrangement breaks down, we will issue immediately.

For the record: an EPO was considered at the strategy discussion on 13th but was not needed once the safety plan was in place - none was applied for.
"""),
    ("plo", "2025-06-13", "PLO meeting", "hoduya", "Pre-proceedings meeting", "standard", """
Pre-proceedings meeting at Wexcombe Civic Centre yesterday (12.06). Mum with her solicitor, dad with his. PGPs attended for the second half.

Agreed in the PLO plan:
- joint instruction of a paediatric radiologist (Dr [[Nadezhda Wroblewski|~eastern_european]]) - report due end of June
- separate parenting assessments of mum and dad (ISW for mum; dad to be assessed by me)
- connected persons assessment of Winsome and Barrington
- contact to move from the PGPs' house to {{Brookfield Family Centre|place}}, supervised, 3 x per week

Mum cried through most of the meeting. Dad said he would "prove" it was the cousin. Both signed the agreement.
"""),
    ("radiology", "2025-06-30", "Legal", "hoduya", "Email from LA legal - radiologist's report", "standard", """
Copy of email received today:

From: Brigid Oddie
To: Hermione Oduya; Aurelio Rauch
Subject: RE: [[MARAGH|P01]] - Dr Wroblewski report

Hermione, Aurelio,

Dr Wroblewski's report (dated 26 June) came through on Friday. Key points:
1. The skull fracture was between 0 and 10 days old at the CT on 12 May.
2. The rib fractures were 2 to 4 weeks old at the first survey on 13 May, so they were caused at least 10 days before the skull fracture - two separate occasions.
3. Posterior rib fractures in an infant are most commonly caused by forceful squeezing of the chest. A 2 year old jumping on a baby is "not a plausible mechanism" for posterior rib fractures.
4. A roll from sofa height onto a hard floor could cause a simple linear skull fracture, but would not explain the ribs.

In line with the LPM decision this means we should now issue. I will draft the application and the threshold document this week; please have your SWET statement to me by Wednesday.

Brigid
"""),
    ("ico", "2025-07-09", "Court Hearing", "hoduya", "First hearing - ICO", "standard", """
Application issued 03/07. First hearing at {{Wexcombe Family Court|place}} yesterday, 8th July, before a District Judge.

Outcome:
- Interim care order granted to the LA. Neither parent opposed on the basis that Ezekiel stays with his grandparents.
- Ezekiel remains placed with Winsome and Barrington under temporary approval as connected persons (reg 24).
- Children's guardian: [[Chidera Emenike|~african]] (Cafcass).
- Case moved to circuit judge for a fact-finding hearing, listed w/c 20/10 for 5 days.
- Contact minimum 3 x weekly, supervised at Brookfield.

Ezekiel is now looked after. The CP plan will end - RCPC planned for 28 August will not now go ahead; IRO allocated.
"""),
    ("visit", "2025-07-24", "CLA Visit", "hoduya", "Statutory visit - PGPs", "standard", """
Purpose: CLA statutory visit.
Child seen: Yes - awake, on playmat in the lounge, Winsome present throughout.

Ezekiel is 6 months now. Rolling both ways, smiling, "talking" to Barry. Weighed by HV last week - 7.6kg, tracking the 50th centile. No marks or bruising seen when I changed his nappy with Winsome. Teething, using a cold ring.

First CLA review was held here on Tues 22nd with the IRO. Plan confirmed (connected persons placement, contact 3 x wk). IRO asked for the connected persons assessment by end of Sept.

Contact at Brookfield: contact worker [[Yaa|~african]] reports mum has attended every session, is "gentle and attuned", brings his bottles ready. Dad has missed 2 of his last 6 sessions (overslept once, "forgot" once) and was on his phone for a lot of one.

PGPs coping. Winsome said Dushane had "a go at her" on the phone for "taking the social's side" but she has not let it affect the plan.

Next steps: visit in 6 weeks, chase ISW start date for mum's assessment.
"""),
    ("texts", "2025-08-11", "Case Note", "hoduya", "Text messages from mum (copied in)", "standard", """
Mum texted my work mobile over the weekend. Copied as sent:

Sat 9 Aug 23:14 KT: hi its kerenza sorry its late. i have left him for good. im at my aunties now
Sat 9 Aug 23:15 KT: he said if i tell anyone what hes like i will never see zeke again
Sat 9 Aug 23:31 KT: i want to do the assesment properly. i dont want to be with him no more
Mon 11 Aug 08:02 HO: Thank you for letting me know Kerenza. Are you safe where you are? I'll call you at 10.

10:05 - Spoke to mum. She left the flat on Saturday night after an argument in which dad punched the wall next to her head. No police called. She is staying at her aunt's (address given, to go on her person record). Mum said she has been "too scared" to say before that dad was the one who got up with Ezekiel at night and would get "really wound up" when he cried. She now doesn't believe the Tyreke story.

Advised mum to speak to DC Grimsditch - she agreed, I have passed on her number. DA referral to IDVA offered and accepted.
"""),
    ("mo", "2025-09-15", "Management Oversight", "arauch", "Supervision / management oversight", "standard", """
Case supervision with HO.

Progress: Mum separated from father early Aug and is living with her aunt; she gave a further police statement on 20/8. ISW (independent social worker) began mum's parenting assessment on 1/9, due 1/12. Dad's assessment stalled: he has not attended 3 booked sessions and says he will only engage "after court". Connected persons assessment of PGPs is positive, to be filed by 26/9.

Drift: none, timetable on track for fact finding in October. RCPC was cancelled correctly when ICO made.

Reflection: PGPs are under strain because the person in the frame is their son. We need to plan for the possibility that the court finds against dad and the PGPs find that hard to accept. Mum's contact is consistently good.

Actions: HO to file final evidence for fact finding by 30/9; visit PGPs unannounced before then.
"""),
    ("ff", "2025-10-27", "Court Hearing", "hoduya", "Fact-finding hearing outcome", "standard", """
Fact-finding hearing held Mon 20th - Fri 24th Oct before HHJ [[Proinsias Whitbread|~irish]] at Wexcombe Family Court. Both parents gave evidence, Dr Wroblewski and Dr Venkatraman gave evidence on the Tues.

Judgment given on the Friday afternoon. Findings:
- the rib fractures were caused on one occasion in mid to late April 2025 by forceful squeezing, and the skull fracture on 10 or 11 May by a blow or an impact, both inflicted injuries;
- the perpetrator of both injuries was the father, Dushane [[Maragh|P03]];
- the mother was not in the pool of perpetrators for the rib fractures (she was at work on the relevant nights) and the judge found she did not cause the skull fracture;
- the judge found that mum's "changing mat" account was what dad told her had happened, and that she should have sought medical help, but that she did not know of the rib injuries.
- the Tyreke account was rejected as "a fabrication".

Dad walked out while the judgment was given. Mum was very upset but said "at least people know now".

Next: final hearing to be listed Jan 2026. Mum's assessment to be completed. Dad's contact to reduce to monthly, supervised.
"""),
    ("isw", "2025-12-03", "Assessment", "hoduya", "ISW parenting assessment of mother - summary", "standard", """
Received ISW report (parenting assessment of [[Kerenza Tullock|P02]]) 1st Dec. Summary of conclusions:

- Mum has shown good basic care and emotional warmth in 24 observed sessions. She has insight into how she minimised the head injury and why she went along with the father's account ("I was more scared of him than of the hospital").
- She has ended the relationship, has no contact with the father, and has completed the Freedom Programme (8 of 11 sessions done, rest booked).
- Mum has been offered a 1 bed housing association flat in Wexcombe from January.
- Risk: low if she stays separated and accepts support.

Recommendation: phased return of Ezekiel to mum's care over 3 weeks, with a supervision order and ongoing family support; PGPs to remain involved.

I agree with the recommendation; discussed with TM, and with Winsome and Barry who were upset for their son but said they "will back Kerenza for Zeke's sake".
"""),
    ("final", "2026-01-30", "Court", "hoduya", "Final hearing and closure of CLA episode", "standard", """
Transition: Ezekiel moved from his grandparents' home to live with mum at her new flat on Mon 19th Jan after 3 weeks of increasing overnight stays. It went well; PGPs had him for a day on the 25th.

Final hearing 28/1/26 before HHJ Whitbread:
- care proceedings concluded; ICO discharged;
- 12 month supervision order to the LA;
- father's contact: monthly, supervised at Brookfield, subject to him engaging with a domestic abuse programme;
- PGPs to have him weekly.

Ezekiel is no longer looked after. Case to continue as child in need under the supervision order, with me as allocated SW. Police have told dad the CPS decision on charges is still pending.
"""),
]

QUESTIONS = [
    {"q": "when did nan take him to the GP with the swollen head?", "qtype": "when",
     "facts": ["2025-05-12"], "notes": ["contact"], "as": "hoduya"},
    {"q": "what did the skeletal survey show", "qtype": "what",
     "facts": ["6th, 7th and 8th ribs"], "notes": ["hospital"], "as": "hoduya"},
    {"q": "what was dads explanation for the injury", "qtype": "what",
     "facts": ["Tyreke"], "notes": ["calls", "s47"], "as": "arauch"},
    {"q": "who was the radiologist who dated the fractures", "qtype": "who",
     "facts": ["Wroblewski"], "notes": ["plo", "radiology"], "as": "hoduya"},
    {"q": "when was the ICO made", "qtype": "when",
     "facts": ["2025-07-08"], "notes": ["ico"], "as": "arauch"},
    {"q": "how many contacts has dad missed at brookfield", "qtype": "how_many",
     "facts": ["2"], "notes": ["visit"], "as": "hoduya"},
    {"q": "what exactly did Kerenza text when she left him", "qtype": "quote",
     "facts": ["i have left him for good"], "notes": ["texts"], "as": "hoduya"},
    {"q": "who did the judge find caused the fractures at the fact finding?", "qtype": "who",
     "facts": ["Dushane"], "notes": ["ff"], "as": "arauch"},
    {"q": "is Zeke still living with his grandparents?", "qtype": "yes_no",
     "facts": ["no"], "notes": ["final"], "as": "hoduya"},
    {"q": "has grandad had a DBS check done", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "hoduya"},
    {"q": "what's the name of the paternal aunt, Tyreke's mum?", "qtype": "who",
     "facts": [], "notes": [], "as": "arauch"},
]

EVENTS = [
    ("2025-05-12", "contact", ["contact"], "GP contact: 4-month-old with unexplained head swelling, sent to A&E"),
    ("2025-05-12", "hospital", ["contact", "hospital"], "A&E and CP medical: CT shows right parietal skull fracture"),
    ("2025-05-13", "hospital", ["hospital"], "Skeletal survey finds older healing fractures of left posterior ribs"),
    ("2025-05-13", "strategy_discussion", ["strat"], "Strategy discussion: joint s47 agreed, baby not to go home"),
    ("2025-05-13", "police_incident", ["strat"], "Police protection taken on the ward"),
    ("2025-05-15", "placement_move", ["safety"], "Discharged from hospital to paternal grandparents under a safety plan"),
    ("2025-05-16", "police_incident", ["s47"], "Both parents arrested and interviewed under caution, released under investigation"),
    ("2025-05-21", "section_47", ["s47"], "s47 concluded: significant harm substantiated, ICPC recommended"),
    ("2025-05-30", "icpc", ["icpc"], "ICPC: child protection plan, category physical abuse"),
    ("2025-06-04", "court", ["lpm"], "Legal planning meeting: threshold met, pre-proceedings (PLO) agreed"),
    ("2025-06-12", "court", ["plo"], "Pre-proceedings meeting: radiologist instructed, assessments agreed"),
    ("2025-06-26", "health", ["radiology"], "Radiologist's report: fractures caused on two separate occasions"),
    ("2025-07-08", "court", ["ico"], "Interim care order; remains with grandparents as connected persons; looked after"),
    ("2025-07-22", "cla_review", ["visit"], "First CLA review"),
    ("2025-08-09", "household_change", ["texts", "mo"], "Mother leaves the father after an incident and moves to her aunt's"),
    ("2025-10-24", "court", ["ff"], "Fact-finding judgment: father caused both injuries; mother not a perpetrator"),
    ("2025-12-01", "assessment", ["isw"], "ISW parenting assessment of mother positive; phased return recommended"),
    ("2026-01-19", "placement_move", ["final"], "Moves from grandparents to live with mother"),
    ("2026-01-28", "court", ["final"], "Final hearing: ICO discharged, 12-month supervision order"),
]
