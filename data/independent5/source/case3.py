"""IN5-0003: a 3-year-old in kinship care with her maternal grandparents after her mother's imprisonment (author A)."""

CASE = {
    "case_id": "IN5-0003",
    "team": "Children in Care West",
    "status": "closed",
    "allocated_worker": "aruane",
    "child": {
        "person_id": "P01", "given_name": "Amoya", "family_name": "Nembhard", "date_of_birth": "2021-08-14",
        "gender": "female", "ethnicity": "Mixed White and Black Caribbean", "religion": "Christian",
        "nhs_number": "549 909 5140", "address": "62 Sandringham Drive, Cotterbrook",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Kadeisha", "family_name": "Nembhard", "relationship": "mother",
         "date_of_birth": "1999-05-02", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Verona", "family_name": "Nembhard", "relationship": "maternal grandmother (kinship carer)",
         "date_of_birth": "1966-01-23", "phone": "07960 348 127", "address": "62 Sandringham Drive, Cotterbrook",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Clinton", "family_name": "Nembhard", "relationship": "maternal grandfather (kinship carer)",
         "date_of_birth": "1963-10-07", "phone": "07534 881 209", "address": "62 Sandringham Drive, Cotterbrook",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Ciprian", "family_name": "Dobrescu", "relationship": "father",
         "date_of_birth": "1994-03-15", "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P06", "given_name": "Muireann", "family_name": "Keaveney", "relationship": "supervising social worker (fostering)",
         "phone": "0118 496 0277", "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P07", "given_name": "Aziz", "family_name": "Benhaddou", "relationship": "IRO",
         "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P08", "given_name": "Adwoa", "family_name": "Ampofo-Bonsu", "relationship": "children's guardian (Cafcass)",
         "given_origin": "african", "family_origin": "african"},
    ],
}

ALIASES = {
    "Amoya Nembhard": "P01", "Amoya": "P01", "Moya": "P01",
    "Kadeisha Nembhard": "P02", "Kadeisha": "P02", "Deisha": "P02",
    "Verona Nembhard": "P03", "Verona": "P03",
    "Clinton Nembhard": "P04", "Clinton": "P04", "Clint": "P04",
    "Ciprian Dobrescu": "P05", "Ciprian": "P05", "Dobrescu": "P05", "DOBRESCU": "P05",
    "Muireann Keaveney": "P06", "Muireann": "P06", "Keaveney": "P06",
    "Aziz Benhaddou": "P07", "Benhaddou": "P07",
    "Adwoa Ampofo-Bonsu": "P08", "Adwoa": "P08", "Ampofo-Bonsu": "P08",
    "Jasvinder Sandhu": "~south_asian", "Sandhu": "~south_asian",
    "Crispin Cattermole": "~british", "Cattermole": "~british",
    "Myrtle": "~caribbean", "Jasvinder": "~south_asian",
}

NOTES = [
    ("placement", "2024-06-10", "Placement Start", "aruane", "Emergency placement with maternal grandparents", "standard", """
Out of hours record (Fri night) and follow up today.

Fri {{7 June|event_date}} at about 6pm EDT were contacted by police: [[Kadeisha NEMBHARD|P02]] (mum, 25) had been remanded in custody at {{Cotterbrook Magistrates|place}} that afternoon on drugs supply charges. Her daughter [[Amoya|P01]] (2y 10m, known as Moya) had been collected from nursery by her maternal grandmother, [[Verona Nembhard|P03]], who had no PR and no paperwork. Mum gave consent by phone from the court cells for Moya to be accommodated under s20 and to stay with her parents. EDT SW visited [[62 Sandringham Drive|ADDRESS:P03]], {{Cotterbrook|place}} [[CT4 9HS|POSTCODE:P03]] at 9.15pm: clean, 3 bed semi, MGM and maternal grandfather [[Clinton|P04]] both there, Moya asleep in a travel cot. DBS/police checks on both grandparents done by phone - nothing recorded. Moya's father is not named on the birth certificate and mum did not name him to EDT.

Today: case transferred to CiC West and allocated to AR. Visited this afternoon. Moya was playing with MGF in the garden, clean, appropriately dressed, chatty in short sentences ("Nana's house!"). Verona said Moya cried for mum at bedtime on Sat and Sun but is eating and sleeping. Verona: "we'll have her for as long as it takes, she's our blood."

Reg 24 temporary approval to be put to ADM once the viability is done. Contact with mum: to be explored with the prison.
"""),
    ("viability", "2024-06-14", "Assessment", "aruane", "Kinship viability assessment - summary", "standard", """
VIABILITY ASSESSMENT (connected person) - maternal grandparents
Completed: {{12/06/2024|event_date}}   Outcome: POSITIVE

Applicants: [[Verona NEMBHARD|P03]] (58), [[Clinton NEMBHARD|P04]] (60). Married 35 yrs. Clint is a retired bus driver; Verona works part-time as a school cook and has said she will reduce her hours. Two adult children: Kadeisha, and a son who lives in Birmingham.

Strengths: long-standing relationship with Moya - she has stayed with them most weekends since birth. Stable home, own room for Moya. Warm, practical, clear they want to care for her long term. Open about their worries about Kadeisha's lifestyle over the last 2 years and that they had "turned a blind eye" to some of it.

Concerns to explore in the full assessment: their age and health (Verona has high blood pressure, on medication); how they will manage contact with Kadeisha in prison and with Kadeisha's associates; whether they can put Moya's needs first if Kadeisha asks them to do something different; the father's identity is unknown to them - "Deisha never said".

ADM decision today: Reg 24 temporary approval granted for 16 weeks. Full connected persons fostering assessment allocated to the fostering team ([[Muireann Keaveney|P06]]).
"""),
    ("clarev1", "2024-07-02", "CLA Review", "aruane", "First CLA review", "standard", """
Looked After Review 1. IRO: [[Aziz Benhaddou|P07]]. Held at grandparents' home.

Present: MGM, MGF, AR, Muireann (SSW). Mum's views obtained by IRO letter (reply not received yet).

Legal status: s20. IRO noted that mum consented from custody and may not be in a position to give informed ongoing consent, and that the father is unidentified. IRO recommends a legal gateway meeting within 6 weeks to consider whether proceedings are needed.

Health: IHA completed 24/6 - well, growth normal, immunisations up to date except the 3y4m pre-school booster which is not due yet. Dental check overdue; Verona to book.
Education: Moya attends nursery 3 mornings a week, MGM has kept this going.
Identity: Moya's hair and skin care are being done by Verona "the way I did Deisha's".
Contact: phone calls with mum weekly (prison allows outgoing calls only); first prison visit being arranged.

Next review: within 3 months.
"""),
    ("prison1", "2024-07-23", "Family Time", "jhaverty", "Prison visit - mum and Moya", "standard", """
Family time: prison visit. Supported by JH (co-worker).

Date of visit: Sat {{20th July|event_date}}, visits hall, {{HMP Ashbury Vale|place}}. Verona brought Moya; I met them in the visitors' centre. 1 hour, family visit session (children's play area open).

Moya was shy at first and hid behind nana's legs, but when mum got down on the floor with the play dough she went to her and sat on her lap for most of the session. Mum was emotional, kept saying sorry to Verona. Mum was appropriate and warm. She talked to Moya about "mummy's big house with lots of doors". Moya said "Mummy come home now" at the end and cried when we left; settled in the car.

Mum asked for photos of Moya to be sent in. Mum said she is pleading guilty and "it'll be years". She confirmed to me privately that she knows who Moya's father is but did not want to say "yet".

Plan: monthly visits, JH or Verona to take Moya.
"""),
    ("legal", "2024-08-29", "Legal", "aruane", "Email from legal services - legal gateway outcome", "standard", """
From: [[Jasvinder Sandhu|~south_asian]], Solicitor, Children's Legal Team
To: AR; cc D. [[Farquharson|~british]] (TM)
Subject: [[Amoya NEMBHARD|P01]] - Legal Gateway 28.8.24 - PRIVILEGED

Hi,

Following yesterday's gateway meeting, confirming advice and decisions:

1. Mother was sentenced at {{Cotterbrook Crown Court|place}} on {{9 August 2024|event_date}} to 4 years 2 months' imprisonment (conspiracy to supply class A). Expected release on licence at the halfway point, so early 2026 at the earliest. S20 is not a sustainable basis for Amoya's care for that length of time.
2. Threshold is met (s31: likely to suffer significant harm - mother unable to care, child exposed to drug supply environment; a quantity of cocaine was found in the flat).
3. Decision: issue care proceedings as soon as possible, seeking an interim care order with placement to continue with the maternal grandparents. Care plan: Special Guardianship Order to the grandparents.
4. Father: on the last visit mother named a man called Ciprian (surname not given) as the father. If he comes forward we will seek a direction for DNA testing before anything else.

Please get the SWET and initial care plan to me by 6 September.

Jasvinder
"""),
    ("cmh", "2024-09-18", "Court Hearing", "aruane", "Court - first hearing / CMH", "standard", """
Care proceedings issued {{3.9.24|event_date}}. First hearing and CMH combined yesterday ({{17/09/2024|event_date}}) before DJ at the Family Court.

Attendance: LA (counsel + AR), mother by video link from prison, her solicitor; children's guardian [[Adwoa Ampofo-Bonsu|P08]] (Cafcass). Also present, having been given notice the previous week: [[Ciprian DOBRESCU|P05]], 30, who contacted the LA in early September to say he is Moya's father. Not represented; advised to get legal advice.

Orders / directions:
- Interim care order granted. Moya to remain with maternal grandparents.
- DNA testing of Mr Dobrescu, costs to LA, results by 1 Nov.
- Connected persons assessment of MGPs to panel by October; SGO assessment of MGPs to be filed by 31 Jan 2025.
- Father to file a statement within 14 days of the DNA result if positive.
- Guardian's interim analysis filed.
- IRH 3 March 2025; final hearing w/c 24 March 2025 (2 days).

Mother supports the grandparents caring for Moya. She objected to the father being told anything about Moya's placement address. The court did not direct disclosure of the placement address to him.
"""),
    ("mappa", "2024-10-03", "Case Note", "aruane", "Information from Probation - MAPPA", "restricted", """
RESTRICTED - third party information from the Probation Service. Not to be disclosed to the father or to the grandparents without the agreement of the offender manager. Not for inclusion in court bundles unless via the disclosure protocol.

tc from [[Crispin Cattermole|~british]], Probation Officer, {{Cotterbrook|place}} Probation Delivery Unit, direct line [[0113 496 0829|PHONE]].

Mr [[Dobrescu|P05]] is subject to licence until April 2025 following a custodial sentence for ABH and criminal damage against a former partner in {{2021|event_date}}. He is currently managed under MAPPA Category 2, Level 1. He lives at [[Flat 8, Ropewalk Court|ADDRESS:P05]], {{Harnham|place}} [[HR2 6WE|POSTCODE:P05]], which has not been disclosed in the proceedings. He has a new partner with a 6 year old child; probation have notified that child's local authority.

Probation view: compliance with licence is good, no further offences, completed a domestic abuse programme. Risk of serious harm assessed as MEDIUM to known adults (partners), LOW to children. The offender manager would want to be consulted before any unsupervised contact.

Discussed with TM. To be shared with the guardian and LA legal via the protocol. Not for the file of any other agency.
"""),
    ("panel", "2024-10-18", "Fostering Panel", "aruane", "Fostering panel - connected persons approval", "standard", """
Extract from fostering panel minutes, {{17 October 2024|event_date}}

Item 3: Connected persons (Reg 24 / kinship) assessment - Mr [[Clinton NEMBHARD|P04]] and Mrs [[Verona NEMBHARD|P03]] (maternal grandparents of [[A.N.|P01]], 3)
Presenting SSW: [[Muireann Keaveney|P06]]. Child's SW: AR. Applicants attended.

Panel questions covered: the applicants' health (Mrs [[Nembhard|P03]]'s BP is controlled, GP letter on file); their understanding of why their daughter is in prison and how they will talk to Moya about it; boundaries with their daughter's former associates (the applicants said they had changed their landline number and would not allow visitors they didn't know); long term plans and SGO.

Panel recommendation: UNANIMOUS - approval of Mr and Mrs [[Nembhard|P04]] as connected persons foster carers for Amoya, 1 child, 0-18.

Panel advisor note: ADM decision due next week.
"""),
    ("dna", "2024-11-20", "Legal", "aruane", "DNA result and father's application", "standard", """
Update for file:

DNA test results were received from the testing company on {{4th Nov|event_date}} - the probability that Ciprian DOBRESCU is Moya's biological father is 99.99%. Results sent to all parties by LA legal the same day. Mum told by her solicitor; she rang Verona from prison "in a state".

Mr Dobrescu now has a solicitor. On the 18th his solicitor filed an application for a parental responsibility order and a child arrangements order for Moya to live with him, and asked the court for a parenting assessment of him as a carer. The court has listed it with the care proceedings and directed an independent parenting assessment of father, to be filed by the IRH. Interim supervised contact at the {{Maple Lodge family centre|place}}, fortnightly, agreed by consent.

Verona and Clint are upset - "we've never even met him" - and worried about him finding out where they live. Reassured them the placement address has not been shared with him and contact will be at the centre.
"""),
    ("intel", "2024-11-28", "Case Note", "jhaverty", "Prison security information", "restricted", """
RESTRICTED. Source: Safer Custody / Security Department, {{HMP Ashbury Vale|place}} (information shared under the information sharing agreement; not to be disclosed to the mother or the family).

Call from the Security Manager at {{10:45|time}}. Intelligence that [[Kadeisha NEMBHARD|P02]] has been using an illicit mobile phone on the wing. Numbers recovered from the handset include [[07395 112 640|PHONE]], which the police link to the drug network that mum was convicted with, and which has been in contact with mum about "the kid" and "the grandparents' new number". Police are aware. Prison are not able to say what was meant.

Agreed with TM: no change to the grandparents' information for now; grandparents to be reminded about not accepting calls from unknown numbers and about using the withheld contact arrangements. Flag placed on the system. The prison will tell us if mum's PIN phone list changes.
"""),
    ("visit", "2024-12-12", "CLA Visit", "jhaverty", "Statutory visit - grandmother in hospital", "standard", """
Statutory CLA visit (covering for AR, on leave).

Purpose: statutory visit; follow up on nana's health.
Child seen: Yes. Alone: No - Moya is 3 and did not want to leave grandad; seen playing and at tea with MGF.

Verona was admitted to {{Cotterbrook General|place}} on Sunday night ({{8th|event_date}}) after chest pains at church; she was kept in for tests and discharged Tues. She has been diagnosed with angina, a cardiology appointment is booked for January and she has been told to "take it easy". She was at home today, tired, but doing the bath and bedtime with Clint.

While Verona was in hospital, Clint managed on his own with help from Verona's sister [[Myrtle|~caribbean]], who stayed over two nights. Moya went to nursery as usual. Clint: "Moya kept asking if nana was in the big house with mummy." He has explained the hospital to her.

Moya: chatty, singing nursery rhymes, showed me her new "Elsa" pyjamas. No bruises or marks seen.

Carers' views: they both still want to go ahead with SGO. They asked whether the SGO assessment would be affected by Verona's health. Explained that the assessor will ask for a GP/consultant report. Muireann informed.
"""),
    ("clarev2", "2025-01-14", "LAC Review", "aruane", "CLA review 2", "standard", """
CLA Review 2 - IRO Aziz Benhaddou. {{14 January 2025|event_date}}. Grandparents' home.

Legal: interim care order since 17/9/24. Care plan: SGO to MGPs. Father's application for Moya to live with him is before the court.

Contact
- Mum: monthly prison visits continuing. Moya went on 21/12 (a Christmas family day) and again on 11/1. Weekly phone calls.
- Dad: supervised fortnightly at Maple Lodge since {{5th December|event_date}}. Has attended 3 of 4 sessions (the session on 2 Jan was cancelled by him on the day - no reason given). Contact supervisors' notes: dad brings snacks and toys, is gentle, Moya is warming to him but calls him "that man".

Health: nana's angina - cardiology appt {{27/1|event_date}}. Moya's dental check done 9/1, all fine.

Views: Moya (through play with the IRO) drew nana, grandad and "mummy in the big house". Grandparents: want Moya to stay "for good". Mum (letter): supports SGO to her parents. Dad (via his solicitor): wants Moya to live with him.

IRO recommendations: SGO assessment to include support plan for contact with both parents; grandmother's health to be addressed with a contingency plan.
"""),
    ("sgo", "2025-02-05", "Special Guardianship Assessment", "aruane", "SGO assessment and support plan - filed", "standard", """
Special Guardianship assessment of Mr and Mrs [[Nembhard|P04]] filed with the court on {{31 January 2025|event_date}} (assessor: [[Muireann Keaveney|P06]], fostering/kinship team). Recommendation: POSITIVE - SGO to both maternal grandparents.

Key points:
- Health: GP and cardiology report (27 Jan) - Verona's angina is stable on medication, cardiac rehab offered; cardiologist sees "no reason she cannot care for a young child". Contingency: if either grandparent cannot care, Verona's sister Myrtle has said she would help, and the uncle in Birmingham is willing to be assessed.
- Identity: grandparents are Moya's link to her Caribbean heritage; they have been asked to help her understand her Romanian heritage too.

SGO support plan (summary):
1. Financial: special guardianship allowance at the fostering rate for 2 years then means-tested review.
2. Contact with mother: monthly prison visits supported by the LA (travel costs) until her release, then to be reviewed.
3. Contact with father: monthly, supervised at a family centre for the first 6 months, then review. Grandparents not to be asked to supervise.
4. Support: the kinship support group; therapeutic parenting course; access to the Adoption Support Fund if needed.
5. Review of the plan at 12 months.
"""),
    ("sup", "2025-02-20", "Management Oversight", "dfarquharson", "Management oversight before IRH", "standard", """
MO - DF

Read SGO assessment and the independent parenting assessment of father (filed {{last Friday|event_date}}). That assessment does not support father as a carer: he has had no relationship with Moya until Dec, has limited understanding of her needs and his housing is not suitable for a child. It does support ongoing contact. The LA has received relevant information about father from a third party, which is on the restricted part of the file and has been shared through the disclosure protocol only. AR is aware that nothing from it goes in the SWET.

Guardian (Adwoa) has indicated she supports SGO with a child arrangements order for contact with dad.

Final hearing still listed for 24/3. IRH 3/3. AR to prepare final evidence. If father maintains his application to care to the final hearing, we may need to call the parenting assessor; legal aware.

Impact for Moya: she has been with nana and grandad for 8 months, settled, attached. Delay is not in her interests.
"""),
    ("prison2", "2025-03-04", "Family Time", "jhaverty", "Prison visit", "standard", """
Prison visit on Sat just gone ({{1st March|event_date}}), {{HMP Ashbury Vale|place}}. Verona took Moya, I met them there.

Moya ran to mum this time and called her "Mummy Deisha". They played shops and read "We're Going on a Bear Hunt" twice. Mum has finished a parenting course in prison and gave Moya a card she'd made. Mum told Verona she is "glad it's you" about the SGO. Mum said her release date is not confirmed yet.

Moya was upset at the end but settled with a snack. Verona coped well, said the visits are "hard on my heart but it's right she sees her mum".
"""),
    ("final", "2025-03-26", "Court Order", "aruane", "Final hearing - outcome", "standard", """
FINAL HEARING - Family Court, {{24 March 2025|event_date}} (listed for 2 days; concluded in 1).

At the IRH on 3/3 father's counsel indicated he would not pursue his application for Moya to live with him in light of the parenting assessment. He withdrew that application with the court's permission at the start of the final hearing.

Orders made:
- Special Guardianship Order to [[Verona Nembhard|P03]] and [[Clinton Nembhard|P04]].
- Child arrangements order: Moya to spend time with her father monthly, supervised, in line with the SGO support plan.
- Parental responsibility order to father (by consent).
- The interim care order is discharged; care proceedings concluded. Moya is no longer looked after.
- Recital: the LA will fund the travel for monthly prison visits.

Judge praised the grandparents: "Moya is exactly where she should be." Mum joined by video and thanked her parents. Dad shook hands with Clint outside court.

Verona cried. Clint said "finally".
"""),
    ("closure", "2025-04-15", "Transfer", "aruane", "Closure - transfer to SGO support", "standard", """
CLOSURE / TRANSFER SUMMARY

Moya ceased to be looked after on {{24/03/2025|event_date}} when the SGO was made. Final statutory visit completed {{10th April|event_date}}: Moya well, settled, attending nursery; nana is doing cardiac rehab and "feeling stronger".

Ongoing: SGO support plan held by the Kinship Support Team from today (handover meeting 10/4 with Muireann and the grandparents). Monthly prison visits and monthly supervised contact with father to be arranged by that team. Life story work to be offered as part of the support plan when Moya is older.

Case closed to Children in Care West. TM DF agreed.
"""),
]

QUESTIONS = [
    {"q": "when did moya go to her grandparents", "qtype": "when", "facts": ["2024-06-07"], "notes": ["placement"], "as": "aruane"},
    {"q": "How long was mum sentenced to?", "qtype": "what", "facts": ["4 years 2 months"], "notes": ["legal"], "as": "dfarquharson"},
    {"q": "which prison is mum in", "qtype": "what", "facts": ["Ashbury Vale"], "notes": ["prison1", "prison2"], "as": "aruane"},
    {"q": "did the DNA test confirm Ciprian is the dad?", "qtype": "yes_no", "facts": ["yes"], "notes": ["dna"], "as": "aruane"},
    {"q": "when was nan admitted to hospital", "qtype": "when", "facts": ["2024-12-08"], "notes": ["visit"], "as": "aruane"},
    {"q": "who's the guardian", "qtype": "who", "facts": ["Ampofo-Bonsu"], "notes": ["cmh"], "as": "aruane"},
    {"q": "what did Moya say at the end of the first prison visit", "qtype": "quote", "facts": ["Mummy come home now"], "notes": ["prison1"], "as": "aruane"},
    {"q": "how many of his contact sessions has dad turned up to", "qtype": "how_many", "facts": ["3"], "notes": ["clarev2"], "as": "dfarquharson"},
    {"q": "what order did the court make at the final hearing", "qtype": "what", "facts": ["Special Guardianship Order"], "notes": ["final"], "as": "dfarquharson"},
    {"q": "which nursery does she go to?", "qtype": "what", "facts": [], "notes": [], "as": "aruane"},
    {"q": "has Moya got a passport", "qtype": "yes_no", "facts": [], "notes": [], "as": "aruane"},
]

EVENTS = [
    ("2024-06-07", "household_change", ["placement"], "Mother remanded in custody on drugs supply charges"),
    ("2024-06-07", "placement_move", ["placement"], "Accommodated under s20 and placed with maternal grandparents"),
    ("2024-06-12", "assessment", ["viability"], "Positive kinship viability assessment; Reg 24 temporary approval"),
    ("2024-07-02", "cla_review", ["clarev1"], "First CLA review; legal gateway recommended"),
    ("2024-07-20", "positive_change", ["prison1"], "First prison visit with mother"),
    ("2024-08-09", "court", ["legal"], "Mother sentenced to 4 years 2 months' imprisonment"),
    ("2024-08-28", "court", ["legal"], "Legal gateway: decision to issue care proceedings with a plan for SGO"),
    ("2024-09-03", "court", ["cmh"], "Care proceedings issued"),
    ("2024-09-17", "court", ["cmh"], "Interim care order; DNA testing of putative father directed"),
    ("2024-10-17", "assessment", ["panel"], "Fostering panel recommends approval of grandparents as connected persons foster carers"),
    ("2024-11-04", "court", ["dna"], "DNA test confirms paternity"),
    ("2024-11-18", "court", ["dna"], "Father applies for parental responsibility and for the child to live with him"),
    ("2024-12-05", "positive_change", ["clarev2"], "Supervised contact with father started"),
    ("2024-12-08", "hospital", ["visit"], "Grandmother admitted to hospital with chest pains; angina diagnosed"),
    ("2025-01-14", "cla_review", ["clarev2"], "CLA review 2"),
    ("2025-01-31", "assessment", ["sgo"], "Positive special guardianship assessment and support plan filed"),
    ("2025-02-14", "assessment", ["sup"], "Independent parenting assessment of father filed: not supported as carer"),
    ("2025-03-24", "court", ["final", "closure"], "Final hearing: SGO to grandparents; father's application withdrawn; ceased to be looked after"),
    ("2025-04-15", "closure", ["closure"], "Case closed to Children in Care; transferred to Kinship Support Team"),
]
