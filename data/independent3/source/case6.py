"""IN3-0006: a 16-year-old presenting as homeless; joint assessment, s20 declined, supported lodgings, pregnancy and birth, step down."""

CASE = {
    "case_id": "IN3-0006",
    "team": "Family Help South",
    "status": "child_in_need",
    "allocated_worker": "ntrelawny",
    "child": {
        "person_id": "P01", "given_name": "Tamika", "family_name": "Goldsborough", "date_of_birth": "2007-11-02",
        "gender": "female", "ethnicity": "Mixed White and Black Caribbean", "nhs_number": "996 030 8243",
        "address": "14 Chynoweth Gardens, Redruth TR15 2XW", "school": "Penmorvah College",
        "given_origin": "caribbean", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Errol", "family_name": "Goldsborough", "relationship": "father",
         "date_of_birth": "1979-03-08", "phone": "07712 345678", "address": "14 Chynoweth Gardens, Redruth TR15 2XW",
         "given_origin": "caribbean", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Dionne", "family_name": "Heathcote", "relationship": "father's partner",
         "given_origin": "caribbean", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Kobi", "family_name": "Trembath", "relationship": "boyfriend",
         "date_of_birth": "2005-01-27", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P05", "given_name": "Clemency", "family_name": "Polglase", "relationship": "supported lodgings host",
         "phone": "07911 123456", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Ayanna", "family_name": "Goldsborough", "relationship": "daughter",
         "date_of_birth": "2025-05-02", "given_origin": "african", "family_origin": "british"},
    ],
}

ALIASES = {
    "Tamika": "P01", "Mika": "P01", "TG": "P01",
    "Errol": "P02",
    "Dionne": "P03",
    "Kobi": "P04", "TREMBATH": "P04",
    "Clemency": "P05", "Clem": "P05", "Polglase": "P05", "Heathcote": "P03", "Shae": "~british",
    "Ayanna": "P06",
    "Olarewaju": "~african", "Bisi": "~african", "Kneebone": "~british", "Kolanko": "~eastern_european", "Angwin": "~british", "Saffron": "~british", "Lowri": "~british",
    "Nerys": "~british", "N Trelawny": "~british", "Trelawny": "~british", 
    "K Hollinrake": "~eastern_european", "KH": "~eastern_european",
}

NOTES = [
    ("contact", "2024-09-09", "Contact", "ntrelawny", "Contact - Housing Options - 16 yr old homeless", "standard", """
{{10:40|time}} call from [[Bisi Olarewaju|~african]], Housing Options officer. Tamika (16) presented at the council offices at 9am with a rucksack, saying her dad told her to get out last night (Sunday) after a row about her boyfriend, and she slept on a friend's sofa. She is asking for "a flat".

Under the joint protocol housing are referring to us for a joint assessment - a 16/17 year old presenting as homeless must be assessed by children's services before any housing decision. Bisi confirmed she has NOT been placed in B&B (not suitable for under 18s). Tamika is going back to the friend's tonight ([[Shae|~british]], address given as [[9 Trefusis Road|ADDRESS]], Shae's mum agreed for 2-3 nights).

Dad's details: [[Errol Goldsborough|P02]], [[14 Chynoweth Gardens, Redruth|ADDRESS:P02]] [[TR15 2XW|POSTCODE:P02]], [[07712 345678|PHONE:P02]]. TG's own mobile [[07488 902 317|PHONE:P01]].
Outcome: allocated to Nerys T for joint assessment; visit tomorrow with Bisi.
"""),
    ("visit1", "2024-09-10", "Assessment visit", "ntrelawny", "Joint visit with housing", "standard", """
Joint visit with Bisi (Housing Options) at Shae's house.
Child seen: yes, alone for part.

Tamika says things have been bad at home "since Dionne moved in" (dad's partner, about a year ago). The row on Sunday was about her boyfriend Kobi (19) staying over. She said dad grabbed her bag, threw it down the stairs and said "if you love him so much go and live with him". She says dad has never hit her. Kobi lives with his mum and there's no room.

Explained what being accommodated under s20 would mean (foster carer or supported accommodation, looked after, a social worker and reviews, leaving care support after). Tamika said straight away she doesn't want to be "in care, that's for kids whose parents are dead or druggies". She wants her own flat. Explained that at 16 housing will not give her a tenancy.

Phoned dad from the car {{15:50|time}}. Dad said "she's not coming back here while she's seeing that lad, end of". Willing to meet me on his own.
"""),
    ("dadcall", "2024-09-12", "Telephone call", "ntrelawny", "Call with father", "standard", """
{{09:15|time}} Errol rang back (missed call yesterday). Calmer. Said he loves her but she's been "disrespectful to Dionne", staying out till 2am, and he found cannabis in her room in the summer. He would consider her coming home if she follows his rules but not "at the minute". Says he will keep paying her phone contract and give her £20 a week.
Dad refused a family group conference for now - "maybe after Christmas".
{{09:40|time}} Updated TG by text.
"""),
    ("letter", "2024-09-13", "Letter", "ntrelawny", "Letter to Tamika - offer of accommodation", "standard", """
Copy of letter sent to Tamika (by email to [[mikagoldsborough07@gmail.com|EMAIL:P01]] and handed to her at college):

Dear Tamika,

Thank you for talking with me and with Bisi from Housing on Tuesday, and again on the phone today.

I am writing to confirm what we discussed. Because you have nowhere safe to live at the moment, the council has offered to look after you under section 20 of the Children Act 1989. This would mean living with a foster carer or in supported accommodation, having a social worker and reviews, and getting help from the leaving care service when you are older.

You have told me, twice, that you do not want this, and that you would rather have help to live somewhere yourself. We respect that. We will help you instead as a child in need, which includes finding you a room in supported lodgings.

You can change your mind at any time until you are 18. Just ring me or the duty desk on 01872 496018 and say you want to be looked after.

Yours sincerely
Nerys Trelawny
Social Worker, Family Help South
"""),
    ("mo1", "2024-09-16", "Management Oversight", "khollinrake", "MO - s20 offer and accommodation", "standard", """
Management oversight (K Hollinrake, TM)

I have read the contact and both visit notes and spoken to Nerys. Tamika is 16, is homeless and was formally offered accommodation under s20 on 10/9 and again by phone on 13/9. She has declined both times; she is clear and consistent, and she understands what she is turning down. Her wishes must be given considerable weight at 16 (s20(11)). Her decision is recorded.

Decision: support under s17 as a child in need. Supported lodgings place to be offered (host identified: [[Clemency Polglase|P05]], experienced host, 10 mins from the college). SW to make sure Tamika is told in writing that she can ask to be accommodated at any time and that the offer stays open. Joint assessment to be completed within 35 working days with housing.
"""),
    ("move", "2024-09-20", "Placement start", "ntrelawny", "Moved to supported lodgings", "standard", """
Tamika moved into Clem's yesterday (Thurs) teatime. I drove her from Shae's with 2 bin bags and the rucksack. Clem has a ground floor room for her with a lock, shared kitchen. House agreement signed: in by 11 weekdays, no overnight guests. Clem will help with budgeting and cooking.

Tamika asked if Kobi can visit in the day - Clem said yes in the lounge.
Letter given to Tamika confirming the s20 offer remains open (copy on file).
"""),
    ("assess", "2024-10-08", "Single Assessment", "ntrelawny", "Joint housing / CSC assessment - conclusion", "standard", """
ASSESSMENT OUTCOME (joint with Housing Options), completed 7 October 2024

Summary: Tamika became homeless on 8 September following a breakdown in her relationship with her father. She is in supported lodgings, settling well, and engaging with college. She has consistently declined to be accommodated under s20 after full information.

Analysis: not a child in need of protection; she is a child in need of support (s17) because of her homelessness and the risk of drifting into unsafe housing with older peers. The relationship with dad is strained but not abusive; he is open to contact. Some concern about cannabis use (Tamika says "only at weekends") and the age gap with Kobi (19 v 16).

Outcome: CIN plan. Housing duty - housing have recorded that her accommodation need is being met by children's services and will review when she turns 18. First CIN meeting within 4 weeks.
"""),
    ("midwife", "2024-10-29", "Health liaison", "ntrelawny", "Midwife booking - pregnancy", "standard", """
tamika told me on the 22nd she had done a test and was pregnant, she'd been to the GP. she was scared to tell dad. she wants to keep the baby. Kobi "over the moon".

Midwife [[Saffron Kneebone|~british]] (community midwife, teenage pregnancy) rang today following the booking appt yesterday, 28/10. Approx 11 weeks, EDD 12/05/25. NHS no. [[996 030 8243|NHS_NUMBER:P01]]. Booking bloods done, dating scan booked. TG disclosed occasional cannabis - advised to stop, referred to the young people's drug service with her consent. No DV disclosed at booking (asked alone). Midwife has a safeguarding flag because of her age and CIN status; will share with the HV team at 28 weeks.
"""),
    ("cin1", "2024-11-12", "CIN Meeting", "ntrelawny", "CIN review 1", "standard", """
CIN review held 11/11/24 at the college.
Present: Tamika, Clem, SW, Saffron Kneebone (midwife), college safeguarding lead. Dad invited, did not attend. Kobi not invited (Tamika's choice).

Tamika's views: "I'm doing it properly, college, scans, all of it." Wants to tell dad herself about the baby.
Progress: settled at Clem's, attendance at college 88%, cannabis "stopped" (self-report).
Worries: money (no income apart from dad's £20 and the bursary); Kobi's temper when he drinks - Tamika mentioned he punched a door at his mum's a fortnight ago, says he's never hurt her.
Actions: SW to help with UC claim once eligible; Clem to support TG to tell dad; SW to complete a DASH with TG alone.
Next review: Feb.
"""),
    ("police", "2024-12-03", "Police Notification", "ntrelawny", "DA notification", "standard", """
Domestic abuse notification received 02/12: police called by Clem at {{23:20|time}} on Saturday 30 Nov. Kobi TREMBATH came to the address drunk after he and Tamika argued by text, shouting in the street. He punched the windscreen of Clem's car, cracking it. Tamika stayed inside. No assault on Tamika. Kobi arrested for criminal damage, later released with a caution. DASH completed by officers: standard risk.

SW spoke to TG 3/12: she has ended it with Kobi "for now". She says she does not want him at the birth. Clem is fine for TG to stay but has said Kobi can't come to the house any more.
"""),
    ("college", "2025-01-14", "Education liaison", "ntrelawny", "College and money", "standard", """
Spoke to her personal tutor [[Mr Zbigniew Kolanko|~eastern_european]] 13/1. Tamika is on the Level 2 Health and Social Care course, attendance 82% this term (down from 88%, mainly appointments and sickness in early pregnancy). Coursework up to date. College have agreed she can do the rest of the year partly from home after the baby and finish the course in the autumn.

Money: UC claim made w/c 6th Jan with my help (her NI number [[PW 61 38 52 D|NI_NUMBER:P01]] came through in December) - under 18s can claim if estranged from parents and pregnant. Awaiting the decision. Care to Learn application started for childcare from September.
"""),
    ("texts", "2025-02-18", "Case Note", "ntrelawny", "Text messages with TG (pasted)", "standard", """
Text thread with Tamika, pasted from work phone:

[12/02 16:05] TG: UC came thru!!! 393.45 a month plus backdated
[12/02 16:10] Nerys: That's brilliant news Tamika, well done for sticking with it. Remember to tell Clem so you can sort your rent contribution.
[14/02 21:48] TG: told my dad about the baby. he cried lol. hes coming to the scan next week
[15/02 09:02] Nerys: I'm so pleased. How did you feel after?
[15/02 09:30] TG: weird but good. dionne bought a babygro
[17/02 11:11] TG: kobi keeps messaging me sayin hes changed. i havent replied
[17/02 11:40] Nerys: You don't have to reply. Let's talk about it on Thursday when I visit. If you ever feel unsafe ring 999.
"""),
    ("cin2", "2025-03-04", "CIN Review", "ntrelawny", "CIN review 2 / pre-birth planning", "standard", """
CIN review and pre-birth planning meeting, held yesterday 3rd March at Clem's.
Present: Tamika, dad (first time), Clem, midwife, HV [[Lowri Angwin|~british]], SW.

Dad said he wants to "be a proper grandad" and offered Sunday dinners every week; TG agreed.
Baby plan: Clem is approved to host a parent and baby and is happy for Tamika and the baby to stay. Kobi has been told by TG he can see the baby but not at Clem's - to be arranged through his mum.
Professionals agreed threshold for a pre-birth child protection assessment is not met; a pre-birth assessment would be started if Tamika resumed the relationship with Kobi and there was any further incident. Unborn to be a child in need on Tamika's plan.
Next review July.
"""),
    ("birth", "2025-05-06", "Hospital", "ntrelawny", "Birth of baby", "standard", """
Clem texted Sat morning: Tamika went into labour Thursday night and baby girl born Friday 2nd May at 06:12 at the maternity unit, 39 weeks, normal delivery, {{3.1kg|figure}}. Named Ayanna. Both well, discharged Sat 3rd.

Visited today at Clem's. TG tired and proud, feeding well (bottle). Dad and Dionne visited at the hospital on Friday afternoon and dad brought the car seat. Kobi saw baby at his mum's on Sunday with Tamika's cousin present; TG says that went "fine".
Baby handled confidently, safe sleep discussed (Moses basket, no co-sleeping).
"""),
    ("hv", "2025-05-20", "Health Visitor", "ntrelawny", "New birth visit - HV update", "standard", """
HV Lowri Angwin rang following new birth visit 19/5: Ayanna {{3.3kg|figure}}, gaining weight, cord off, no concerns. EPDS score 8 for mum (below threshold), mum says she is "tired not sad". Registered with the GP. HV will offer the teen parents group at the children's centre on Tuesdays.
"""),
    ("cin3", "2025-07-08", "CIN review", "ntrelawny", "CIN review 3", "standard", """
CIN review 7/7/25. Present TG (with Ayanna), dad, Clem, HV, college, SW. (Kobi not invited.)

Progress: baby thriving; TG going to the teen parents group most weeks; dad visiting weekly and Tamika and baby have Sunday dinner at dad's. TG says "me and dad are better than we've ever been". No contact from police since November. TG finishes her course in the autumn; Care to Learn approved for nursery 2 days a week from September.

Agreed: CIN plan objectives largely met. TG turns 18 in November. Housing application made on the housing register with priority to start 6 months before her 18th birthday. Recommendation to step down to Early Help (family worker) rather than close, so she has support through the move at 18.
"""),
    ("closure", "2025-08-19", "Step down to early help", "khollinrake", "Step down summary", "standard", """
STEP DOWN SUMMARY - authorised K Hollinrake TM, 18/08/2025

Reason for involvement: homeless 16 yr old, Sept 2024, after a row with her father. s20 offered twice and declined; supported lodgings with Clemency Polglase since 19/09/24.
Outcome: stable accommodation, income (UC), on track to finish Level 2 at college, relationship with father repaired, baby Ayanna born 2/5/25 and thriving. One DA incident (Nov 2024) with ex-boyfriend, no further incidents.
Ongoing: housing application (priority band at 18); Early Help family worker allocated from 1 Sept, first visit booked; HV continuing.
The case is closed to Family Help from today; Tamika has been told she can come back to us or ask to be accommodated until she is 18.
"""),
]

QUESTIONS = [
    {"q": "when did dad chuck her out", "qtype": "when", "facts": ["2024-09-08"], "notes": ["contact", "assess"], "as": "ntrelawny"},
    {"q": "did she accept s20?", "qtype": "yes_no", "facts": ["no"], "notes": ["visit1", "mo1"], "as": "khollinrake"},
    {"q": "who is she lodging with", "qtype": "who", "facts": ["Clemency Polglase"], "notes": ["mo1", "closure"], "as": "khollinrake"},
    {"q": "what did her dad say about kobi when SW rang him from the car", "qtype": "quote", "facts": ["she's not coming back here while she's seeing that lad"], "notes": ["visit1"], "as": "ntrelawny"},
    {"q": "when was the baby born", "qtype": "when", "facts": ["2025-05-02"], "notes": ["birth", "closure"], "as": "khollinrake"},
    {"q": "how much does she get on UC", "qtype": "how_many", "facts": ["393.45"], "notes": ["texts"], "as": "ntrelawny"},
    {"q": "what course is she on at collge", "qtype": "what", "facts": ["Level 2 Health and Social Care"], "notes": ["college"], "as": "ntrelawny"},
    {"q": "what happened with kobi and the police", "qtype": "what", "facts": ["punched the windscreen", "criminal damage"], "notes": ["police"], "as": "khollinrake"},
    {"q": "how much did the baby weigh when she was born", "qtype": "how_many", "facts": ["3.1kg"], "notes": ["birth"], "as": "ntrelawny"},
    {"q": "is she back in touch with her dad", "qtype": "yes_no", "facts": ["yes"], "notes": ["texts", "cin2", "cin3"], "as": "khollinrake"},
    {"q": "is kobi named on the birth certificate", "qtype": "yes_no", "facts": [], "notes": [], "as": "ntrelawny"},
    {"q": "what did the GP say about her asthma", "qtype": "what", "facts": [], "notes": [], "as": "khollinrake"},
]

EVENTS = [
    ("2024-09-08", "household_change", ["contact", "assess"], "Father tells Tamika to leave the family home after a row about her boyfriend"),
    ("2024-09-09", "referral", ["contact"], "Housing Options refer Tamika (16) as homeless under the joint protocol"),
    ("2024-09-10", "assessment", ["visit1", "mo1"], "Joint visit with housing; s20 accommodation offered and declined"),
    ("2024-09-19", "placement_move", ["move"], "Tamika moves into supported lodgings with Clemency Polglase"),
    ("2024-10-07", "assessment", ["assess"], "Joint housing and children's services assessment completed: CIN plan under s17"),
    ("2024-10-28", "health", ["midwife"], "Midwife booking appointment; pregnancy approx 11 weeks"),
    ("2024-11-11", "cin_review", ["cin1"], "First CIN review"),
    ("2024-11-30", "police_incident", ["police"], "Kobi drunk at the lodgings, punches the host's car windscreen; arrested, cautioned"),
    ("2025-02-14", "positive_change", ["texts"], "Tamika tells her father about the pregnancy; he is to come to the next scan"),
    ("2025-03-03", "cin_review", ["cin2"], "CIN review and pre-birth planning; father attends for the first time"),
    ("2025-05-02", "hospital", ["birth"], "Baby Ayanna born at the maternity unit, 3.1kg"),
    ("2025-07-07", "cin_review", ["cin3"], "CIN review: plan objectives met, step down to Early Help recommended"),
    ("2025-08-18", "closure", ["closure"], "Case stepped down to Early Help and closed to Family Help"),
]
