"""IN2-0003: child with autism, epilepsy and a gastrostomy; short breaks, missed health appointments,
bruising found at respite, strategy discussion and s47 with a CP medical, mother's partner leaves.
One restricted note (police information about the partner). Author A, written blind."""

CASE = {
    "case_id": "IN2-0003",
    "team": "Disabled Children North",
    "status": "child_in_need",
    "allocated_worker": "tkaradeniz",
    "child": {
        "person_id": "P01", "given_name": "Reuben", "family_name": "Hearne",
        "date_of_birth": "2015-05-21", "gender": "male", "ethnicity": "Gypsy/Roma",
        "nhs_number": "486 091 3906", "address": "14 Sorrel Bank, Brighouse Moor, HD6 4TQ",
        "school": "Fernhill Academy", "given_origin": "grt", "family_origin": "grt",
    },
    "people": [
        {"person_id": "P02", "given_name": "Roseanna", "family_name": "Hearne", "relationship": "Mother",
         "date_of_birth": "1989-08-07", "phone": "07458 771209", "address": "14 Sorrel Bank, Brighouse Moor, HD6 4TQ",
         "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P03", "given_name": "Lias", "family_name": "Hearne", "relationship": "Father",
         "date_of_birth": "1986-02-11", "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P04", "given_name": "Kezia", "family_name": "Hearne", "relationship": "Sister",
         "date_of_birth": "2011-03-02", "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P05", "given_name": "Craig", "family_name": "Nuttall", "relationship": "Mother's partner (former)",
         "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Reuben": "P01", "Reuben HEARNE": "P01", "Reuben Hearne": "P01", "Reu": "P01", "RH": "P01",
    "Roseanna": "P02", "Roseanna Hearne": "P02", "Hearne": "P02",
    "Lias": "P03", "Lias Hearne": "P03",
    "Kezia": "P04", "Kez": "P04/grt",
    "Craig": "P05", "Craig NUTTALL": "P05", "Craig Nuttall": "P05", "NUTTALL": "P05", "Nuttall": "P05",
    # not on the record
    "Aderonke Balogun": "~african", "Balogun": "~african",
    "Nour Shadid": "~arabic", "Nour": "~arabic",
    "Xiuying Choo": "~east_asian", "Xiuying": "~east_asian",
    "Owain Pritchard": "~british", "Pritchard": "~british",
    "Deirdre Kinsella": "~irish", "Kinsella": "~irish",
    "Leanne": "~british",
}

NOTES = [
    ("alloc", "2025-09-02", "Allocation", "btregaskis", "Case allocated to TK - summary for new worker", "standard", """
Case allocated to TK today. Previous SW left 8/8, case held by me (TM) since.

Summary for TK:
Reuben is 10, autistic, non-verbal (some Makaton, uses PECS at school), epilepsy (on sodium valproate, buccal midazolam as rescue med), fed overnight by gastrostomy with some soft food by mouth. Attends {{Fernhill Academy|place}} (special school), EHCP in place, school transport. Lives with mum Roseanna and sister Kezia (14). Dad Lias seperated from mum in spring 2024 and lives on the {{Saltings Lane site|place}}; sees the children most Sundays.

CIN under s17 (disabled child) since the 2023 assessment. Short breaks: 2 nights a month at {{Willowbrook House|place}} (alternate Friday-Sunday) and an after-school club on Tuesdays.

Worries: community paediatrics wrote in July that Reuben "was not brought" to two appointments. mum v tired - Reuben up most nights. Kezia is doing a lot of his care.

Actions: TK to visit within 10 working days; CIN review due early October; check with health about appointments.
"""),
    ("hv1", "2025-09-11", "Home Visit", "tkaradeniz", "Introductory visit", "standard", """
Purpose of visit: introduce myself, see Reuben at home, update CIN plan.
Present: Roseanna (mum), Reuben, Kezia (home from school at 3.45).
Child seen: Yes. Not alone (Reuben is non-verbal; observed with mum and sister).

Home: 2-bed council house at [[14 Sorrel Bank|ADDRESS:P02]], [[HD6 4TQ|POSTCODE:P02]]. Reuben and mum share a room as he wakes in the night. Stairgate at the top of the stairs, locked kitchen drawers. Clean, cluttered. The family are on the list for an adapted property.

Reuben: lying on the living room floor with his ear defenders on, spinning the wheels of a toy lorry. Came to look at my lanyard. Mum showed me his feed pump and his seizure diary - last entry 19/8 ("2 absences"), nothing since, mum says "I stopped writing them down, there's too many".

Mum: looked exhausted. Sleeps "4 hours if I'm lucky". No car since Lias left, relies on two buses to get to hospital. Mum said she has no new partner. Later Kezia mentioned "Craig" staying at weekends - mum said "he's just a mate, he's not round the kids".

Analysis: Mum loves Reuben and knows him very well, but she is struggling physically and practically. Gaps in health care likely linked to exhaustion and transport, but need checking.

Next steps: TK to speak to epilepsy nurse; ask about patient transport; young carer referral for Kezia (mum agreed); mum's mobile for texts [[07458 771209|PHONE:P02]].
"""),
    ("health", "2025-09-24", "Health Liaison", "tkaradeniz", "Epilepsy nurse - missed appointments", "standard", """
11:15 t/c with Xiuying Choo, paediatric epilepsy nurse specialist, {{Kingsmead Children's Hospital|place}}.

Reuben has not been brought to 3 appointments since the start of August: neuro clinic 11.8.25, gastrostomy review 2nd Sept, and the rebooked neuro clinic on Mon 8th. The hospital "was not brought" policy means a letter to the GP and to us. Repeat prescription for buccal midazolam not collected from the pharmacy for about 6 weeks - Willowbrook hold their own supply, so Reuben has rescue medication there but possibly not at home. Seizure diary not returned since July.

Xiuying does not think mum is deliberately neglecting his health; she thinks mum "is drowning". She will offer a home visit instead of clinic and ask for hospital transport for the next neurology appt (27/10).

TK to check at home whether there is midazolam in date. Raised with BT.
"""),
    ("cin1", "2025-10-03", "CIN Review", "tkaradeniz", "CIN review", "standard", """
CIN review held yesterday 2nd Oct at Fernhill. Chaired by TK.
Present: Roseanna, Lias, Mrs Deirdre Kinsella (class teacher), Nour Shadid (manager, Willowbrook), Xiuying (phone).

Mum explained the missed appointments: no car, Reuben can't manage buses when he is tired, and one letter went to the old address. Lias offered to drive Reuben to neurology on 27/10 - he has a van now.

School: Reuben settled, attendance 94%. Some self-injury (head banging) logged.
Willowbrook: Reuben enjoys his stays, sleeps better there than at home.

Plan:
1. Hospital transport for all appointments; Lias to take Reuben to neurology 27/10.
2. Mum to restart the seizure diary; Xiuying to visit at home.
3. Young carers assessment for Kezia.
4. TK to take a request for more short breaks to panel (December).

Next CIN review: January 2026.
"""),
    ("call", "2025-10-13", "Phone Call", "tkaradeniz", "Call from Willowbrook - bruising", "standard", """
08:50 t/c from Nour Shadid, Willowbrook House.

Reuben arrived at Willowbrook on Friday 10/10 at about 5pm (mum dropped him off by taxi). He was not bathed on Friday - went straight to bed after his feed. No body check on arrival (Nour says this is usual practice for children they know well - she accepts this is a gap).

Sat 11/10 about 6.30pm at bath time staff saw bruises: four small round bruises on the outside of his L upper arm, two on the R upper arm, and a bruise behind his L ear. Some purple, some yellowish. Body map completed by two staff, photos taken. Reuben did not seem in pain.

Willowbrook rang the out of hours team at 19:10 Saturday. EDT advised to record and pass to the allocated SW on Monday, as Reuben was safe at the unit.

Mum collected him as planned on Sunday at 4pm. Staff told her about the marks. Mum said he has been grabbing at his ears and that she "had to hold him down" during a seizure on Thursday night.

09:20 discussed with BT. Strategy discussion arranged today 2pm. Asked Nour to send body map and photos by secure email.
"""),
    ("strat", "2025-10-13", "Strategy Discussion", "tkaradeniz", "Strategy discussion", "standard", """
STRATEGY DISCUSSION - 13/10/25, 14:00, Teams
Chair: BT (TM, Disabled Children North)
Present: TK (SW), DC Owain Pritchard (police child abuse investigation unit), Dr Aderonke Balogun (consultant community paediatrician), Nour Shadid (Willowbrook), school nurse, Xiuying Choo (epilepsy nurse).

Information:
- Willowbrook: bruising found 11/10 as above; body map and photos shared.
- School: no marks seen when Reuben changed for swimming on Thursday 9/10 (teacher checked at TK's request this morning).
- Health: missed appointments as per 24/9; Reuben does self-injure (head banging), mainly against walls.
- Police: information held about a member of the household network has been shared with the chair and is recorded separately.
- Mum has mentioned a friend, Craig, who stays at weekends.

Dr Balogun: the pattern on the arms needs to be seen; a child who cannot tell us what happened is more vulnerable, not less.

Decisions:
1. Threshold met - s47 enquiry, joint with police.
2. Child protection medical tomorrow (14/10) 10am at Kingsmead with Dr Balogun. TK to accompany mum and Reuben.
3. Kezia to be seen alone at school tomorrow.
4. Safety plan: mum agreed Craig will not come to the house or have any contact with Reuben while enquiries are ongoing. Reuben to go to school as normal.
5. Outcome to be reviewed; an ICPC would be convened if the concerns are substantiated and the safety plan is not kept.
"""),
    ("s47", "2025-10-15", "S47", "tkaradeniz", "s47 - CP medical and children seen", "standard", """
Child protection medical - Tues 14 Oct, Kingsmead, Dr Balogun. Mum present, TK present. Reuben HEARNE, NHS [[486 091 3906|NHS_NUMBER:P01]].

Findings (from the doctor's verbal summary, report to follow): 4 bruises L upper arm and 2 on the R, 1-1.5cm, in a pattern consistent with gripping by an adult hand. Bruise behind L ear: could be from a blow or from self-injury - cannot say which. No other injuries. Clotting bloods normal. Dr Balogun's opinion: mum's explanation of holding him during a seizure is possible for the arm bruises but would need a very firm grip, and no seizure is recorded for that night; non-accidental injury cannot be excluded.

Reuben: coped well with a visual timetable, allowed examination with his ear defenders on.

Kezia seen alone at school, same day 1.30pm, in the SENCO's room. She said Reuben "kicks off" on Thursdays when he comes off the bus. Mum was at the shop on Thursday evening and Craig was in with them. Kezia said: "Craig gets stressed with Reu when he screams, he holds him down on the sofa to stop him kicking." She said Craig has never hit him "that I've seen", and that she didn't tell anyone because "mum likes him".

Mum, told what Kezia said, cried and said she did not know. She agreed Craig will not come round.

DC Pritchard to speak to Craig.
"""),
    ("intel", "2025-10-15", "Police Information", "tkaradeniz", "CONFIDENTIAL - police information", "restricted", """
CONFIDENTIAL - police information shared for the s47 only. Not to be disclosed to the family or recorded in any other note. Held by TK and BT.

Shared by DC Pritchard 15/10/25 11:30.

Craig NUTTALL, DOB [[04/06/1988|DOB:P05]], of [[Flat 3, 41 Cordwainer Row|ADDRESS:P05]], [[HD1 5RN|POSTCODE:P05]], mobile [[07984 650321|PHONE:P05]].
- 2016: convicted of ABH on the 4 year old son of a former partner ([[Leanne|~british]]). Suspended sentence. Child had bruising to both arms and the face.
- 2019: two domestic incidents reported by a later partner, no further action.
- Not subject to any current order or licence.

Police will consider a disclosure to Roseanna under the domestic abuse disclosure scheme, likely next week. Until then SW must not tell mum the details.
"""),
    ("school", "2025-10-23", "School", "tkaradeniz", "School liaison", "standard", """
Met Mrs Kinsella and the SENCO at Fernhill, 22/10.

Self-injury log: head banging 3-4 times a week, nearly always the L side of his head against the wall or the floor, worse when transitions are rushed. This would fit with the bruise behind his L ear. No marks on his arms seen at school before or since.

Reuben seen in class - in the sensory room, laughing on the swing. His 1:1 says he has been "much calmer this week".

School will send the self-injury log to TK every Friday until the s47 is finished. Attendance this term 94%.
"""),
    ("outcome", "2025-10-30", "S47 Outcome", "tkaradeniz", "Outcome of s47 enquiry", "standard", """
S47 OUTCOME - agreed with BT 29/10/2025.

Police shared information with Roseanna on Weds 22nd about Craig's past. Mum rang TK last Friday (24th) to say she had ended it with Craig that morning and he has taken his things. Craig never lived at the address officially. Police interviewed Craig on 20/10 under caution; he denied causing any bruises and said he "just held his arms" to stop Reuben hitting his head. Police NFA, insufficient evidence.

Conclusion: concerns substantiated. The arm bruises were most likely caused by Reuben being held forcefully by an adult (Craig) on Thursday 9/10. The ear bruise is most likely self-injury.

Decision: ICPC not required at this point: mum has acted protectively, Craig has left, Reuben is seen daily by school and regularly by Willowbrook. CIN plan strengthened with a written agreement: Craig to have no contact with Reuben or Kezia. An ICPC will be convened if Craig returns to the household or there are any further unexplained marks.

Willowbrook have agreed to a body check with a body map on every arrival.
"""),
    ("mo", "2025-11-11", "Management Oversight", "btregaskis", "Management oversight", "standard", """
MO 11/11/25 - BT.

I have read the s47 outcome and the police information and agree no ICPC is needed at present. Mum's protective actions need to be tested over time, not just taken at her word - TK to do unannounced visits and to keep talking to Kezia.

Kezia's young carers assessment completed 5/11 - she has a place in the Thursday group.

Short breaks: request for 3 nights a month going to panel on 4/12.

Health: neurology appt 27/10 attended (dad took him) - first attended appointment since July. Good.

Next MO January.
"""),
    ("hv2", "2025-11-20", "Unannounced Visit", "tkaradeniz", "Unannounced home visit", "standard", """
Unannounced visit 20/11, 4.15pm.

Child seen: Yes. Reuben was on the sofa watching his tablet. Mum changed him while I was there and I saw his arms and face: no marks seen.

Mum said Craig has "gone back to his own place, I've blocked him on everything". No sign of anyone else staying. Kezia, seen alone in her room for 10 minutes, said Craig has not been round: "mum won't even say his name."

Lias now has Reuben every Sunday 10-4 at the site, and took him to neurology on the 27th of last month (valproate dose to be increased). Mum says it has "made a massive difference" having Sundays off.

Seizure diary restarted - 6 entries this month. Midazolam at home in date (checked the box).
"""),
    ("panel", "2025-12-05", "Short Breaks Panel", "tkaradeniz", "Short breaks panel outcome", "standard", """
Short breaks panel yesterday (Thurs 4th): request approved. From January Reuben will have 3 nights a month at Willowbrook (one weekend plus one weeknight), and the Tuesday club continues. Panel asked for a review in 6 months.

Told mum by phone - she said "I could cry".
"""),
    ("ae", "2025-12-08", "A&E", "tkaradeniz", "Hospital admission - prolonged seizure", "standard", """
Mum rang at 9am. On Saturday evening (6/12) Reuben had a tonic-clonic seizure at home lasting about 12 minutes. Mum gave buccal midazolam at 5 minutes as per his plan and rang 999. Taken to Kingsmead by ambulance, admitted to the children's ward for 2 nights for observation, discharged this morning. Meds reviewed by the neurology team.

The paramedics told mum she had done "everything by the book".

Spoke to the ward nurse - no safeguarding concerns, mum stayed with him throughout, Lias visited both days.
"""),
    ("cin2", "2026-01-14", "CIN Review", "tkaradeniz", "CIN review", "standard", """
CIN review 13.1.26 at home. Present: mum, dad, Kezia (for part), TK, Mrs Kinsella, Nour (phone).

Since last review: s47 (Oct) - Craig left, no contact since; no further marks at school or Willowbrook (body checks on every stay); 2 of 2 health appointments attended; hospital admission 6-8/12 after a long seizure, well managed by mum; short breaks up to 3 nights a month from this month.

The council has offered the family an adapted 3-bed house; mum has accepted and the move is planned for w/c 9/2, once the keys are ready.

Kezia goes to young carers every Thursday and says she likes "having somewhere that's just mine".

Plan continues; next review April 2026.
"""),
]

QUESTIONS = [
    {"q": "when was the bruising found at respite?", "qtype": "when", "facts": ["2025-10-11"], "notes": ["call"],
     "as": "tkaradeniz"},
    {"q": "who did the cp medical", "qtype": "who", "facts": ["Balogun"], "notes": ["s47"], "as": "tkaradeniz"},
    {"q": "how many appts has Reuben not been brought to since August", "qtype": "how_many", "facts": ["3"],
     "notes": ["health"], "as": "btregaskis"},
    {"q": "what did the paed conclude about the bruises", "qtype": "what", "facts": ["cannot be excluded"],
     "notes": ["s47"], "as": "btregaskis"},
    {"q": "what did his sister say about Craig?", "qtype": "quote", "facts": ["he holds him down on the sofa"],
     "notes": ["s47"], "as": "tkaradeniz"},
    {"q": "is mums partner still around", "qtype": "yes_no", "facts": ["no"], "notes": ["outcome", "hv2"],
     "as": "tkaradeniz"},
    {"q": "When was the strat held", "qtype": "when", "facts": ["2025-10-13"], "notes": ["strat"], "as": "btregaskis"},
    {"q": "what school does he go to", "qtype": "what", "facts": ["Fernhill"], "notes": ["alloc"], "as": "tkaradeniz"},
    {"q": "how many nights respite is he getting from jan?", "qtype": "how_many", "facts": ["3"], "notes": ["panel"],
     "as": "tkaradeniz"},
    {"q": "whats the name of his neurologist", "qtype": "who", "facts": [], "notes": [], "as": "tkaradeniz"},
    {"q": "does mum get carers allowance?", "qtype": "yes_no", "facts": [], "notes": [], "as": "btregaskis"},
]

EVENTS = [
    ("2025-10-02", "cin_review", ["cin1"], "CIN review: transport for health appointments, young carer referral"),
    ("2025-10-11", "health", ["call"], "Unexplained bruising to both upper arms and behind ear found at short breaks unit"),
    ("2025-10-13", "contact", ["call"], "Short breaks unit reports the bruising to the allocated social worker"),
    ("2025-10-13", "strategy_discussion", ["strat"], "Strategy discussion: joint s47, CP medical, safety plan"),
    ("2025-10-14", "section_47", ["s47"], "CP medical: arm bruises consistent with gripping, NAI cannot be excluded; sister's account"),
    ("2025-10-24", "household_change", ["outcome"], "Mother ended relationship with partner; partner left"),
    ("2025-10-27", "positive_change", ["mo", "hv2"], "Neurology appointment attended (father took him)"),
    ("2025-10-29", "section_47", ["outcome"], "s47 outcome: substantiated; no ICPC, strengthened CIN plan"),
    ("2025-12-04", "positive_change", ["panel"], "Short breaks increased to 3 nights a month from January"),
    ("2025-12-06", "hospital", ["ae"], "Prolonged seizure; ambulance and 2-night admission"),
    ("2026-01-13", "cin_review", ["cin2"], "CIN review: no further marks, plan continues"),
]
