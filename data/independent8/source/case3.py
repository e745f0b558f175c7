"""IN8-0003: a family with no recourse to public funds supported under section 17 until leave is granted."""

CASE = {
    "case_id": "IN8-0003",
    "team": "Harrowfield Family Help",
    "status": "closed",
    "allocated_worker": "bsandoval",
    "child": {
        "person_id": "P01", "given_name": "Nhyira", "family_name": "Frimpong",
        "date_of_birth": "2015-06-08", "gender": "female", "ethnicity": "Black or Black British - African",
        "religion": "Christian (Pentecostal)", "nhs_number": "940 897 4468",
        "address": "Flat 6, Pinfold Court, 22 Farrier Street, Harrowfield HF1 3RW",
        "school": "St Hild's CE Primary", "given_origin": "african", "family_origin": "african",
    },
    "people": [
        {"person_id": "P02", "given_name": "Serwaa", "family_name": "Frimpong", "relationship": "mother",
         "date_of_birth": "1988-12-02", "phone": "07592 418663",
         "address": "Flat 6, Pinfold Court, 22 Farrier Street, Harrowfield HF1 3RW",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P03", "given_name": "Kwaku", "family_name": "Frimpong", "relationship": "brother",
         "date_of_birth": "2020-11-22", "given_origin": "african", "family_origin": "african"},
        {"person_id": "P04", "given_name": "Gifty", "family_name": "Ansah", "relationship": "family friend (former host)",
         "phone": "07412 905538", "given_origin": "african", "family_origin": "african"},
    ],
}

ALIASES = {
    "Nhyira Frimpong": "P01", "Nhyira": "P01", "NF": "P01", "Nhyira FRIMPONG": "P01",
    "Serwaa Frimpong": "P02", "Serwaa": "P02", "Ms Frimpong": "P02", "Ms FRIMPONG": "P02", "Serwaa FRIMPONG": "P02",
    "Kwaku Frimpong": "P03", "Kwaku": "P03", "Kobby": "P03", "KF": "P03",
    "Gifty Ansah": "P04", "Gifty": "P04", "Mrs Ansah": "P04",
    "Orsolya Wetherall": "~eastern_european", "Ms Wetherall": "~british", "Wetherall": "~british",
    "Sandoval": "~latin_american", "Haugland": "~british",
}

NOTES = [
    ("contact", "2025-03-03", "Contact", "bsandoval", "Contact - family homeless, NRPF", "standard", """
Contact rec'd 09:05 from Mrs [[Concepta Loughlin|~irish]], DSL, St Hild's CE Primary.
Nhyira FRIMPONG (Y5) told her class teacher this morning that she, her mum and her little brother "slept on the chairs at the bus station" on Sat night and then at church on Sunday. Mum came in with the children at 8.40, very upset. Mum told the DSL that the friend they have lived with for 2 years, Gifty, "put us out" on Friday night after an argument about money and the friend's new boyfriend. Mum has "no status" and Housing Options at the Civic Centre told her last week (she had already been warned she'd have to leave) that they could not help because she has no recourse to public funds and to "go to social services".
Children: Nhyira 9, Kwaku 4 (not in nursery). Mum's mobile [[07592 418663|PHONE:P02]].
Decision (duty TM): children in need, homeless with no means - same day s17 assessment of need for accommodation. Allocated B Sandoval, Family Help.
"""),
    ("duty", "2025-03-03", "Home Visit", "bsandoval", "Same day visit and s17 accommodation", "standard", """
Met mum and both children at school 11:30 (Kwaku had been in the school office all morning with crayons).
Mum: Serwaa Frimpong, from Ghana, came to the UK in 2014. She says she has no passport in her possession (she will tell me why "when we have time, not in front of the kids"). She has been working cash-in-hand cleaning. Nhyira was born here in Harrowfield, Kwaku too. No contact with either father. Speaks English well, also Twi.
Gifty Ansah (the friend, [[07412 905538|PHONE:P04]]) rang back: confirmed she has asked Serwaa to leave and will not have her back, she has "my own problems". She agreed Serwaa can collect their things on Weds.

Outcome: children are in need (s17), no accommodation, no income, and the family cannot access housing or benefits. Mum agreed to s17 support. Booked into {{Kingsgate Lodge|place}} hotel (one family room) for 2 weeks initially from tonight, paid by the LA. Emergency subsistence £60 cash given, weekly subsistence to start on a prepaid card.
Nhyira said about the hotel: "is it like a holiday?" Kwaku asleep on mum by the time we got there.
Next: NRPF assessment / human rights assessment, checks with Home Office (NRPF Connect), referral for immigration advice.
"""),
    ("nrpf", "2025-03-14", "Assessment", "bsandoval", "NRPF assessment (incl human rights assessment) - summary", "standard", """
NRPF ASSESSMENT - summary for file (full assessment on the forms tab)

Immigration status: Home Office (via NRPF Connect) confirm mum entered in 2014 on an Overseas Domestic Worker visa, which expired in 2015; no applications since. She is an overstayer. Children were born in the UK; neither has any leave. Nhyira has lived in the UK her whole life (9 yrs).
Eligibility: Mum is excluded from most support under Sch 3 Nationality, Immigration and Asylum Act 2002 (unlawfully present), but support can be provided where needed to avoid a breach of the family's human rights. Mum is not able to return to Ghana with the children at this time: Nhyira has lived her whole life here, is settled at school, and a route to regularise exists (private life - child with 7 years' residence). A return would therefore be a breach of Article 8 while an application is pending.
Needs: accommodation, subsistence, immigration advice, health registration (GP - registered 10/3), nursery/school place for Kwaku, asthma review for Kwaku (uses a blue inhaler, no preventer, history of 2 previous A&E visits).
Destitution: confirmed - no income, no savings, no support from friends or church beyond the odd meal.
Subsistence: agreed at £137.50 per week for the family of three (LA NRPF rates), loaded weekly to prepaid card on Fridays.
Accommodation: hotel to continue until a self-contained unit is available.
Agreed by FH (TM).
"""),
    ("r_employer", "2025-03-14", "Case Note", "bsandoval", "Mum's account - former employment (RESTRICTED)", "restricted", """
RESTRICTED - access limited at mum's request; do not share outside the NRPF / immigration work without her consent.

Mum's account, given at the hotel 13/3 with the children at the play area with a family support worker:
She came to the UK in 2014 with her employer's family as a live-in domestic worker, the employer being Mrs [[Hessa Mazrouei|~arabic]], of [[Flat 9, 41 Threlkeld Grove, London SW3 4PL|ADDRESS]]. From the day they landed Mrs Mazrouei kept her passport "for safe keeping". She worked from 6am to midnight, slept on the floor of the children's room, and was paid about £100 a month, sent to her mother in Kumasi. She was not allowed out alone. In 2015 she left while the family were out shopping, with a bag and no documents. Mrs Mazrouei's phone number, which mum still has, is [[07849 551327|PHONE]]; she has never rung it.
She has never told the police. She is frightened that if she does she will be deported.
Action: discussed a referral to the National Referral Mechanism (NRM) as a potential victim of modern slavery (labour exploitation); LA is a first responder. Mum wants to speak with the solicitor first. Passport replacement via Ghana High Commission discussed.
"""),
    ("sol", "2025-03-26", "Telephone", "bsandoval", "Call with immigration solicitor", "standard", """
Tel call 14.15 with Ms Orsolya Wetherall, Harrowfield Law Centre (immigration). Legal aid: Exceptional Case Funding applied for, she is confident. Plan is an application for leave to remain on family/private life grounds (mum as parent of a child who has lived here 7+ yrs), with a fee waiver application first. She needs: Nhyira's school attendance history, GP letter, birth certs (mum has copies), a letter from CSC confirming s17 support and destitution. I agreed to send the letter by Fri.
Ms W also advised that mum may be able to apply to register Nhyira as a British citizen when she turns 10 (born here and lived here for her first 10 yrs) - will consider in June.
"""),
    ("asthma", "2025-04-09", "Hospital", "bsandoval", "Kwaku - asthma attack, admission", "standard", """
Mum rang Mon 7th at 13:00 to say she and Kobby were at Harrowfield Royal Infirmary. On Sunday night Kwaku woke at about 11pm coughing and "breathing with his tummy", his blue inhaler did not help. Hotel reception rang 999, ambulance to ED, given nebulisers and steroids, kept in for one night on the children's ward (Ward 12) and discharged Monday afternoon with a brown preventer inhaler, a spacer and an asthma plan. Nhyira stayed with a church friend (Mrs [[Akua Agyapong|~african]]) overnight and went to school.
Paediatric ward note mentions the hotel room is carpeted and has visible damp around the window, and the family are eating mainly takeaway/microwave food. Discharge letter asks for a housing review.
Visit today (9/4): Kwaku well, running round the car park. Mum understands the preventer must be used every day "even when he's fine". I have asked the NRPF team to prioritise a self-contained flat.
"""),
    ("school", "2025-04-24", "Education", "bsandoval", "School - FSM and Reception place", "standard", """
Met Mrs Loughlin (DSL) at St Hild's.
- Nhyira: attendance 98% despite 2 bus journeys each way from the hotel; LA providing a bus pass. She is eligible for free school meals: since the extension of FSM to some NRPF families, a child whose family has no recourse to public funds and gets s17 support is eligible. School have processed it, she has been getting them since the 14th. Previously mum paid for packed lunches.
- Kwaku: application for a Reception place in Sept 2025 made late (mum didn't know how); school will take it as a late application and have a place. In the meantime he is entitled to 15 hrs free childcare as a 3-4 year old (universal entitlement is not a public fund) - nursery at the Family Hub from next week.
- Nhyira told me the hotel is "like being on holiday but the bad kind".
"""),
    ("move", "2025-05-19", "Placement move", "bsandoval", "Family moved to self-contained flat", "standard", """
The family moved on Friday just gone from the hotel to a two bedroom s17 flat leased by the NRPF team: [[Flat 6, Pinfold Court, 22 Farrier Street, Harrowfield HF1 3RW|ADDRESS:P02]]. Furnished, cooker and fridge, beds for all three. About 15 min walk to St Hild's. Mum was emotional: "my own door key, first time in ten years".
Checked: smoke alarm working, no damp, gas safety cert on file. Kwaku's inhalers in the kitchen cupboard, asthma plan on the fridge.
Subsistence unchanged (£137.50/wk).
"""),
    ("foodbank", "2025-06-03", "Home Visit", "bsandoval", "Home visit", "standard", """
HV 3/6/25, 16:30. All 3 at home. Kids seen together, Nhyira seen alone in her room for ~10 min.

Money: mum ran out of money before card top-up last week because of school trip money, uniform and a bus fare to the solicitor. Issued 2 food bank vouchers (Harrowfield Trussell), mum has used one. Advised her about the LA's discretionary hardship payment.
Immigration: the fee waiver was granted mid May, and Ms Wetherall submitted the application for leave to remain online on 29th May; mum has a biometrics appointment next month. Mum is "praying every day".
Nhyira (alone): likes her new room, "I can do my homework at a real table". Worries mum "cries at night sometimes". She wants to go to Brownies.
Kwaku: no asthma attacks since April, using preventer.
"""),
    ("r_letter", "2025-06-20", "Letter", "bsandoval", "Letter from Harrowfield Law Centre (RESTRICTED)", "restricted", """
RESTRICTED - do not disclose address or any details of the family's location.

Copy of letter rec'd from Ms Wetherall (with mum's consent):
"... Our client instructs that between 2021 and early 2023 she was in a relationship with Mr [[Nanabanyin Darko|~african]], who is not the father of either child. She describes controlling and violent behaviour, including his taking her earnings and threatening to 'report her to immigration'. She left him in early 2023 and moved in with Ms Ansah. She believes Mr Darko still lives at [[27 Ravensworth Crescent, Bradford BD7 2QN|ADDRESS]] and has recently been asking mutual contacts where she is living; he telephoned a church member from [[07738 246190|PHONE]] in May. We ask that under no circumstances is our client's address, or the children's school, disclosed to Mr Darko or anyone enquiring on his behalf. Our client's account of this relationship forms part of the evidence submitted with the application ..."

BS: flagged on the family's records as a safeguarding alert (address not to be given out). Discussed with school DSL without naming him.
"""),
    ("mo", "2025-07-08", "Management Oversight", "fhaugland", "Management oversight - NRPF support review", "standard", """
FH oversight 08.07.25.
Reviewed s17 support (3 months in flat): cost to date incl hotel £7,940. Support remains necessary: the family are destitute and an application for leave to remain is pending with the Home Office. Continue flat + £137.50/wk subsistence, review every 3 months or on a Home Office decision.
If the Home Office refuse, BS to complete a fresh human rights assessment within 10 working days, and we would continue support while an appeal is brought.
Safety: safeguarding alert on file re a former partner (see restricted note), school aware. Good work by BS.
"""),
    ("school2", "2025-09-10", "School", "bsandoval", "Kwaku started Reception", "standard", """
Kwaku started Reception at St Hild's on Thurs 4th Sept (staggered start, full days from 15/9). Mum: "he didn't even wave goodbye!" Universal infant FSM. His asthma plan is with the school office and the class TA has done the inhaler training.
Nhyira is now in Y6, she went to Brownies for the first time on Monday.
"""),
    ("ho", "2025-10-02", "Phone call", "bsandoval", "Home Office decision", "standard", """
Mum rang 10:10 crying - "good tears". Letter from the Home Office dated Fri 26th September: the application has been GRANTED. Mum has 30 months' leave to remain on the 10-year parent route; the children have been granted in line. Importantly, the decision letter says she does NOT have the no recourse to public funds condition (the fee waiver evidence of destitution was accepted), so the family can claim benefits and apply for housing.
Rang Ms Wetherall 11:00 - she confirmed, and that the BRP has been replaced by an eVisa, she will help mum set up the UKVI account. The NRM referral question: mum still does not want to go to police, she will think about it now she "feels safe".
Next: Universal Credit claim, Housing Options homelessness application (family are still in LA s17 flat), child benefit, transfer plan for s17 support ending.
"""),
    ("moveon", "2025-11-05", "Home Visit", "bsandoval", "Move-on planning visit", "standard", """
HV 4/11. Mum and Kwaku home, Nhyira at school.
- Universal Credit claimed 6th October, first payment due 10th Nov. Advance payment received. Child benefit claimed.
- Housing Options: homelessness application made 13/10, prevention duty accepted; Harrowfield Homes have offered a 2 bed flat on Aldergrove Road, tenancy to start 1st December. Mum viewed it and accepted.
- s17: agreed with FH that subsistence stops once UC is in payment (last card load 7th Nov) and the s17 flat is handed back on 1/12.
- Mum has started a cleaning job 16 hrs/wk (right to work now confirmed).
Kids are fine, Kwaku has had no further hospital visits. Mum asked whether she has to "pay back" the s17 support - explained no.
"""),
    ("closure", "2025-12-12", "Case Closure", "bsandoval", "Closure summary", "standard", """
CLOSURE SUMMARY

Reason for involvement: family of three with no recourse to public funds made homeless on 28/2/25 when a friend asked them to leave; destitute. Supported under s17 from 3/3/25: hotel (3/3 - 16/5), then an s17 flat (16/5 - 1/12), subsistence of £137.50 per week, food bank vouchers, immigration advice via Harrowfield Law Centre.
Key events: NRPF/human rights assessment completed 14/3; Kwaku admitted overnight with an asthma attack 6/4; application for leave to remain submitted 29/5; leave granted without the NRPF condition 26/9; Universal Credit in payment Nov; family moved into their own Harrowfield Homes tenancy on Monday 1st December.
Outcome: the children's needs are being met by mum, who now has status, income, work and a secure tenancy. Nhyira doing well in Y6 and applying for secondary school; Kwaku settled in Reception and his asthma is controlled. Mum and school know how to contact Early Help or the front door if things change.
Closed to CSC, NFA. Agreed by FH.
"""),
]

QUESTIONS = [
    {"q": "when was the little one in hospital with his asthma", "qtype": "when", "facts": ["2025-04-06"], "notes": ["asthma"], "as": "bsandoval"},
    {"q": "what hotel did we put them in", "qtype": "what", "facts": ["Kingsgate Lodge"], "notes": ["duty"], "as": "fhaugland"},
    {"q": "how much subsistence are they getting a week?", "qtype": "what", "facts": ["£137.50"], "notes": ["nrpf"], "as": "bsandoval"},
    {"q": "who's mum's immigration solicitor", "qtype": "who", "facts": ["Wetherall"], "notes": ["sol"], "as": "bsandoval"},
    {"q": "can Nhyira get free school meals even though they're NRPF?", "qtype": "yes_no", "facts": ["yes"], "notes": ["school"], "as": "bsandoval"},
    {"q": "how many nights was kwaku kept in", "qtype": "how_many", "facts": ["one night"], "notes": ["asthma"], "as": "bsandoval"},
    {"q": "when did they move out of the hotel into the flat", "qtype": "when", "facts": ["2025-05-16"], "notes": ["move"], "as": "fhaugland"},
    {"q": "what did the Home Office decide on mums application", "qtype": "what", "facts": ["granted"], "notes": ["ho"], "as": "fhaugland"},
    {"q": "what did nhyira say about living in the hotel", "qtype": "quote", "facts": ["like being on holiday but the bad kind"], "notes": ["school"], "as": "bsandoval"},
    {"q": "who is the family's dentist?", "qtype": "who", "facts": [], "notes": [], "as": "bsandoval"},
    {"q": "when is the tribunal hearing for mum's appeal", "qtype": "when", "facts": [], "notes": [], "as": "fhaugland"},
]

EVENTS = [
    ("2025-02-28", "household_change", ["contact"], "Family asked to leave by the friend they lived with; homeless with no recourse to public funds"),
    ("2025-03-03", "contact", ["contact"], "Contact from school DSL: family slept at a bus station and in a church"),
    ("2025-03-03", "household_change", ["duty"], "Family placed in Kingsgate Lodge hotel under s17; subsistence started"),
    ("2025-03-14", "assessment", ["nrpf"], "NRPF and human rights assessment completed: s17 support to continue"),
    ("2025-04-06", "hospital", ["asthma"], "Kwaku taken by ambulance to ED with an asthma attack; admitted overnight"),
    ("2025-05-16", "household_change", ["move"], "Family moved from the hotel to a self-contained s17 flat"),
    ("2025-05-29", "positive_change", ["foodbank"], "Application for leave to remain submitted with a fee waiver"),
    ("2025-09-04", "school_move", ["school2"], "Kwaku started Reception at St Hild's CE Primary"),
    ("2025-09-26", "positive_change", ["ho"], "Home Office granted leave to remain without the no recourse to public funds condition"),
    ("2025-12-01", "household_change", ["closure"], "Family moved into their own Harrowfield Homes tenancy; s17 support ended"),
    ("2025-12-12", "closure", ["closure"], "Case closed to children's social care"),
]
