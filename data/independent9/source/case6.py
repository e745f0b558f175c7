"""IN9-0006: a 17-year-old in long-term foster care through her pathway plan, 18th birthday and move to university (author B)."""

CASE = {
    "case_id": "IN9-0006",
    "team": "Wexcombe Children in Care",
    "status": "care_leaver",
    "allocated_worker": "dnyqvist",
    "child": {
        "person_id": "P01", "given_name": "Esperanza", "family_name": "Valderrama", "date_of_birth": "2008-04-22",
        "gender": "female", "ethnicity": "Any other ethnic group - Colombian", "religion": "Roman Catholic",
        "nhs_number": "456 327 2957", "address": "3 Penmarrow Lane, Wexcombe WX5 2JS",
        "school": "Polgrain Sixth Form College",
        "given_origin": "latin_american", "family_origin": "latin_american",
    },
    "people": [
        {"person_id": "P02", "given_name": "Rosemary", "family_name": "Treleaven", "relationship": "foster carer",
         "phone": "0117 496 0735", "address": "3 Penmarrow Lane, Wexcombe WX5 2JS",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Digby", "family_name": "Treleaven", "relationship": "foster carer",
         "phone": "0117 496 0735", "address": "3 Penmarrow Lane, Wexcombe WX5 2JS",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Nayeli", "family_name": "Valderrama", "relationship": "birth mother",
         "date_of_birth": "1983-08-05", "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Gosia", "family_name": "Zielinska", "relationship": "personal adviser",
         "phone": "07534 208166", "given_origin": "eastern_european", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Esperanza Valderrama": "P01", "Esperanza": "P01", "Espe": "P01", "VALDERRAMA": "P01",
    "Rosemary Treleaven": "P02", "Rosemary": "P02", "Ro": "P02",
    "Digby Treleaven": "P03", "Digby": "P03", "Digs": "P03/british",
    "Treleaven": "P02", "Treleavens": "P02/british",
    "Nayeli Valderrama": "P04", "Nayeli": "P04", "Ms Valderrama": "P04/latin_american",
    "Gosia Zielinska": "P05", "Gosia": "P05", "Zielinska": "P05", "ZIELINSKA": "P05",
    "Gurvinder Deol": "~south_asian", "Deol": "~south_asian",
    "Harjinder Virdi": "~south_asian", "Virdi": "~south_asian",
    "Leofric Ilesanmi": "~british", "Dorothea Nyqvist": "~british",
    "3 Penmarrow Lane": "ADDRESS:P02", "Penmarrow Lane": "ADDRESS:P02",
}

NOTES = [
    ("transfer", "2025-09-15", "Case transfer summary", "lilesanmi", "Transfer summary - LI to DN",
     "standard", """
CASE TRANSFER SUMMARY
From: Leofric Ilesanmi  To: Dorothea Nyqvist  (I'm staying on as second worker until Christmas for continuity)

Young person: Esperanza VALDERRAMA, 17 (dob [[22/04/2008|DOB:P01]]), known as Espe.
Legal status: full care order (s31) made March 2018. Looked after since Oct 2016 (age 8), first s20.
Placement: long-term foster placement with Rosemary and Digby Treleaven, 3 Penmarrow Lane, since Jan 2017, matched as permanent 2019. Very stable, Espe calls them "Ro and Digs".
Education: Y13 at {{Polgrain Sixth Form College|place}}, A levels Biology, Chemistry, Psychology. Predicted A/B/B. Wants to be a nurse (adult nursing). Very motivated.
Family: birth mother Nayeli, contact 4x a year in the community, supervised until last year, now Espe arranges it herself with Ro's help. Mum has alcohol issues, contact has sometimes been cancelled at short notice. Father not known. No siblings.
Health: well, asthma (inhaler). Dental and optician up to date (per last health assessment).
Pathway plan due - first pathway plan meeting booked 30/9. PA referral sent to Leaving Care in August.
Staying Put: carers have said they would consider it but Espe is planning to go to uni from Sept 26 so this would mostly be holidays.
"""),
    ("pp1", "2025-10-02", "Pathway Plan", "dnyqvist", "Pathway plan meeting 30.9.25",
     "standard", """
Pathway plan meeting held at Penmarrow Lane on Tues 30th Sept after college. Present: Espe, Rosemary, SW (DN), new personal adviser Gosia ZIELINSKA (Leaving Care), LI (second worker).
Espe met Gosia for the first time. Espe: "as long as you're not going to make me do budgeting worksheets". Gosia's mobile [[07534 208166|PHONE:P05]] given to Espe.
Plan sections agreed:
- Education: UCAS for adult nursing, deadline Jan but college internal deadline 15 Oct. SW to write supporting letter re care experience (contextual offers).
- Accommodation: Staying Put to be explored. Carers willing in principle for Espe to stay with them after 18 and to come back in uni holidays. Fostering team to advise on the Staying Put allowance.
- Finance: bank account in place. Leaving care grant and HE bursary to be explained by PA.
- Health: register with GP at uni later; CAMHS not needed.
- Identity: Espe wants to get her Colombian birth certificate and apply for a passport - SW to request documents from mum via legal.
Next review: March 2026.
"""),
    ("pep", "2025-10-09", "PEP meeting", "dnyqvist", "PEP - Y13 autumn term",
     "standard", """
PEP held at college Tues 7th (w/c 6/10 was the only slot the Virtual School had). Present: Espe, designated teacher for looked after students, Virtual School officer, SW.
Attendance this term: 96%.
Current working at / predicted: Biology A, Chemistry B/C, Psychology B. Chemistry is where she's worried - "organic is killing me".
Agreed: Pupil Premium Plus to fund 10 one-to-one chemistry tutoring sessions (£600), starting after half term.
UCAS: personal statement on draft 4, reference being written by her tutor. Designated teacher will mention care experience so unis can make a contextual offer.
Work experience: Espe did the NHS hospital taster day on the 2nd of last month and "loved it", wants to do more shadowing at {{Wexcombe General|place}} in Feb half term. Virtual School to ask.
Espe's voice: "I just want to get in. Then I'll relax."
Next PEP: spring term.
"""),
    ("visit1", "2025-10-21", "CLA visit", "dnyqvist", "Statutory visit",
     "standard", """
Seen at home, alone in her room (she showed me her vision board).
Espe has sent off her UCAS application - she applied to 5 universities, all adult nursing. Personal statement mentions being in care, she was "fine with that, it's why I want to do it". She's doing 2 shifts a week at the garden centre. She was tired, mock exams in Nov.
No worries from Rosemary. Room tidy, lots of revision cards.
Child seen alone: Yes.
"""),
    ("call1", "2025-11-10", "Telephone call", "dnyqvist", "Call from carer - police",
     "standard", """
{{09:05|time}} Rosemary rang. On Saturday night (8th) Espe was stopped by police at the skate park on {{Scoble Road|place}} with 3 friends. One of them had cannabis; Espe had a small amount in her coat pocket too (she told Ro it was her friend's). She was taken to Wexcombe police station, Ro collected her at 1am. She's been told it'll be dealt with "out of court" and the YOT will be in touch. Ro says Espe hasn't stopped crying. Ro was cross but "she's a good kid, it's one stupid night".
Advised Ro I will visit. Informed my TM.
"""),
    ("visit2", "2025-11-21", "Statutory visit", "dnyqvist", "Visit following youth caution",
     "standard", """
Visit at home. Espe seen alone.
She was given a youth caution for possession of cannabis on Wednesday 19th at Wexcombe police station. YOT worker [[Harjinder Virdi|~south_asian]] was there and an appropriate adult (LI went as I was in court). Espe was very upset. She said "I've messed up everything for uni, they won't let me be a nurse now". She says she has smoked "a few times" at parties, not regularly, and she won't again. She says she doesn't want to see those friends.
I explained that I don't know the exact rules for nursing and DBS but would find out before she panics; Virdi said youth cautions are not normally shown on a DBS certificate now but the university may ask about it. PA to help her check with admissions.
Rosemary and Digby supportive. No other concerns. She has not missed college.
"""),
    ("cla", "2025-12-04", "CLA Review", "dnyqvist", "CLA review 2nd Dec",
     "standard", """
CLA REVIEW - Esperanza Valderrama
IRO: [[Gurvinder Deol|~south_asian]]. Held 2/12/25 at the carers' home. Present: Espe, Rosemary, Digby, SW, PA.
Espe chaired the first part herself with the IRO's help.
IRO's views: "This is a young woman who has done extraordinarily well in a stable placement." On the caution, the IRO said it was a single mistake that "should not define her" and asked the SW to get proper advice on disclosure for the nursing application. The IRO was clear that the plan for Staying Put should be formally agreed and signed before the 18th birthday and not left to the last minute, and asked for the leaving care grant to be set out in writing so Espe can plan.
Recommendations:
1. Staying Put agreement signed by end of Jan 2026 (SW/fostering).
2. PA to support with student finance and bursary applications by Feb.
3. SW to chase birth certificate request.
4. Next review to be the final CLA review before 18 - April 2026.
"""),
    ("stayput", "2026-01-15", "Case note", "dnyqvist", "Staying Put agreement",
     "standard", """
Staying Put agreement signed on Monday (12th Jan) by Rosemary, Digby, Espe and me, countersigned by the fostering team manager. From her 18th birthday Espe will be a Staying Put young person with the Treleavens; she will keep her room through university and come back in the holidays. Carers will get the Staying Put allowance; Espe will pay a contribution of £20/wk when she is working. Copy on file and given to PA.
"""),
    ("texts", "2026-02-20", "Case note", "dnyqvist", "Texts with Espe - uni offers (typed up)",
     "standard", """
Texts between me and Espe this week, typed up for the file:

Mon 16/2 16:42 Espe: GOT ANOTHER ONE!!! thats 4 offers now
Mon 16/2 16:43 Espe: brackenford want ABB
Mon 16/2 17:10 SW: Amazing!! Well done. Which is your favourite?
Mon 16/2 17:14 Espe: brackenford deffo. its 40 mins from Ro and Digs. firm them and insurance the other one that wants BBC i think
Wed 18/2 09:02 Espe: gosia helped me do student finance last nite its done
Wed 18/2 09:03 Espe: also they asked about the caution on the form and i told them. the admissions lady said its fine because i told them

Spoke to Gosia, she confirms SFE application submitted 17/2 and the council's HE bursary form is in.
"""),
    ("contact", "2026-03-10", "Case note", "lilesanmi", "Contact with birth mother",
     "standard", """
(LI covering.) Espe rang me Sat evening (7th) upset. She had met her mum Nayeli in town for a coffee for her mum's birthday. Mum arrived late and had been drinking, she asked Espe for money and said the carers "bought" her. Espe left after 20 mins in tears and Digby collected her. Espe said she doesn't want to see her mum again "until after my exams at least".
Spoke to Espe again Monday, she is ok. PA aware. Contact with mum is Espe's to decide now; I said we'd support whatever she chooses.
"""),
    ("finalcla", "2026-04-14", "Looked After Review", "dnyqvist", "Final CLA review before 18",
     "standard", """
Final CLA review, held today at Penmarrow Lane. IRO G. Deol. Present: Espe, Rosemary, Digby, SW, PA. LI sent apologies.
This is the last review: Espe turns 18 on the 22nd and will no longer be looked after from that day.
Progress since December: no further police involvement; Staying Put agreement signed; 4 uni offers, firm choice {{Brackenford|place}}; student finance and HE bursary applied for; birth certificate received. Contact with mum paused at Espe's request after the meeting on 7/3 went badly.
IRO's closing comments: "Espe leaves care with a plan most young people would envy, and with carers who are not going anywhere." The IRO thanked Rosemary and Digby for nine years of care.
Recommendations: pathway plan to be reviewed in May with the leaving care grant confirmed in writing; PA to lead after transfer.
"""),
    ("bday", "2026-04-24", "Case note", "dnyqvist", "18th birthday - no longer looked after",
     "standard", """
Espe turned 18 on Wednesday 22/4/26. She ceased to be looked after and is now a care leaver (former relevant child). The care order ended on her birthday. Staying Put with Rosemary and Digby started the same day as agreed.
Final CLA review was held on 14th April (IRO G. Deol) - recorded as complete, no further reviews; pathway plan now the lead plan.
Ro did a surprise party. Gosia came with a card and a cake from the Leaving Care team.
Espe's birth certificate has arrived; passport application sent.
"""),
    ("pp2", "2026-05-14", "Pathway plan review", "dnyqvist", "Pathway plan review - 12/5/26",
     "standard", """
Pathway plan review 12th May. Espe, PA, SW, Rosemary.
Finance:
- Setting up home allowance (leaving care grant): £3,000 agreed. To be spent on items for halls and later her own flat. Gosia will do the purchasing with Espe from a list, receipts kept.
- HE bursary from the council: £2,000 agreed, paid in 3 instalments from Sept.
- Student finance approved (full maintenance loan).
Accommodation: if she gets her grades she moves to university halls in September, Staying Put room kept.
Education: exams start 18th May. Espe stressed but on track, mocks A, B, B.
Health: asthma review done; she'll register with a GP when she moves.
Actions: PA to book halls once place confirmed; SW to prepare case for transfer to the Leaving Care service after she moves.
"""),
    ("results", "2026-08-14", "Phone call", "dnyqvist", "A level results",
     "standard", """
Results 13.8.26. Espe rang me at {{08:20|time}} yesterday screaming! She got A (Biology), B (Chemistry), B (Psychology) = ABB. Her place at {{Brackenford University|place}} to study adult nursing is confirmed. Halls offer accepted same day (Gosia helped). Rosemary and Digby taking her out for dinner.
"""),
    ("halls", "2026-09-23", "Placement move", "dnyqvist", "Move to university halls",
     "standard", """
Espe moved into university halls at {{Brackenford|place}} on Saturday just gone (19th Sept). Rosemary and Digby drove her up with a car full; Gosia met them there. Single en-suite room in a flat of 6. Items bought with her setting up home allowance: bedding, kettle, pans, laptop, desk lamp. Receipts with PA.
Staying Put continues: her room at Penmarrow Lane stays hers for the holidays, first visit home planned for reading week.
Espe texted me a photo of her room: "it's tiny but it's MINE".
"""),
    ("pa", "2026-10-20", "PA visit", "dnyqvist", "Update from PA",
     "standard", """
Gosia Zielinska (PA) emailed after visiting Espe at {{Brackenford|place}} on Fri 16th Oct:
- Settled in, made 2 friends on her course, struggled with homesickness in the first fortnight, rang Ro most nights.
- Attending all lectures, first placement (hospital) in January.
- Money: bursary instalment 1 received; she's doing Sat shifts at a café near campus.
- Registered with the university health centre.
- Has not had any contact with her mum since March; says she might send a Christmas card.
PA will keep in touch at least every 8 weeks in person and monthly by phone, as per pathway plan.
"""),
    ("close", "2026-11-09", "Transfer", "cpryderi", "Transfer to Leaving Care service",
     "standard", """
Management oversight. Esperanza is 18, a care leaver living in university halls with Staying Put in place for vacations. Pathway plan reviewed and current, PA (G. Zielinska) is the lead professional. Case transferred from the Children in Care team to the Leaving Care service today; SW DN to close her involvement. Positive outcome - congratulations to Espe, her carers and the team. - TM
"""),
]

QUESTIONS = [
    {"q": "who is espe's PA", "qtype": "who", "facts": ["Zielinska"], "notes": ["pp1"], "as": "dnyqvist"},
    {"q": "when did she get the caution", "qtype": "when", "facts": ["2025-11-19"], "notes": ["visit2"], "as": "dnyqvist"},
    {"q": "how many unis did she apply to", "qtype": "how_many", "facts": ["5"], "notes": ["visit1"], "as": "dnyqvist"},
    {"q": "what grades did brackenford ask for", "qtype": "what", "facts": ["ABB"], "notes": ["texts"], "as": "dnyqvist"},
    {"q": "when did she move into halls", "qtype": "when", "facts": ["2026-09-19"], "notes": ["halls"], "as": "cpryderi"},
    {"q": "wat did espe say after the caution", "qtype": "quote", "facts": ["I've messed up everything"], "notes": ["visit2"], "as": "dnyqvist"},
    {"q": "how much is her setting up home allowance", "qtype": "what", "facts": ["£3,000"], "notes": ["pp2"], "as": "dnyqvist"},
    {"q": "has the staying put agreement actually been signed", "qtype": "yes_no", "facts": ["yes"], "notes": ["stayput"], "as": "cpryderi"},
    {"q": "what did the IRO say about the caution", "qtype": "what", "facts": ["should not define her"], "notes": ["cla"], "as": "dnyqvist"},
    {"q": "has she passed her driving test yet", "qtype": "yes_no", "facts": [], "notes": [], "as": "dnyqvist"},
    {"q": "whats her student finance customer ref", "qtype": "what", "facts": [], "notes": [], "as": "dnyqvist"},
]

EVENTS = [
    ("2025-09-30", "assessment", ["pp1"], "First pathway plan agreed; personal adviser allocated"),
    ("2025-11-08", "police_incident", ["call1"], "Stopped by police with cannabis and taken to the police station"),
    ("2025-11-19", "youth_justice", ["visit2"], "Youth caution for possession of cannabis"),
    ("2025-12-02", "cla_review", ["cla"], "CLA review; IRO recommends Staying Put agreed before 18th birthday"),
    ("2026-01-12", "positive_change", ["stayput"], "Staying Put agreement signed"),
    ("2026-02-16", "positive_change", ["texts"], "Fourth university offer; firm choice Brackenford (ABB)"),
    ("2026-03-07", "household_change", ["contact"], "Contact with birth mother goes badly; Espe pauses contact"),
    ("2026-04-14", "cla_review", ["finalcla", "bday"], "Final CLA review before 18th birthday"),
    ("2026-04-22", "household_change", ["bday"], "18th birthday: ceases to be looked after, care order ends, Staying Put begins"),
    ("2026-05-12", "assessment", ["pp2"], "Pathway plan review: setting up home allowance and HE bursary agreed"),
    ("2026-08-13", "positive_change", ["results"], "A level results ABB; university place confirmed"),
    ("2026-09-19", "placement_move", ["halls"], "Moves into university halls"),
    ("2026-11-09", "closure", ["close"], "Case transferred to the Leaving Care service"),
]
