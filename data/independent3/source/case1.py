"""IN3-0001: neglect of a toddler and a seven-year-old; CIN, s47 after the toddler is found alone, CP, PLO."""

CASE = {
    "case_id": "IN3-0001",
    "team": "South Safeguarding",
    "status": "child_in_need",
    "allocated_worker": "honyekachi",
    "child": {
        "person_id": "P01", "given_name": "Ellis", "family_name": "Brockbank", "date_of_birth": "2022-02-11",
        "gender": "male", "ethnicity": "Mixed White and White Eastern European", "nhs_number": "945 807 3022",
        "address": "Flat 6, 19 Tanyard Row, Sandleigh SN4 7QD", "school": "Little Acorns Nursery",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Skye", "family_name": "Brockbank", "relationship": "sister",
         "date_of_birth": "2016-09-03", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Jodie-Leigh", "family_name": "Brockbank", "relationship": "mother",
         "date_of_birth": "1996-05-21", "phone": "07723 419806", "address": "Flat 6, 19 Tanyard Row, Sandleigh SN4 7QD",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Aurel", "family_name": "Vasilescu", "relationship": "father",
         "date_of_birth": "1991-12-02", "phone": "07458 302117",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P05", "given_name": "Lorraine", "family_name": "Brockbank", "relationship": "maternal grandmother",
         "phone": "0117 496 0925", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Ellis": "P01", "Ellis Brockbank": "P01", "BROCKBANK": "P01", "Ells": "P01",
    "Skye": "P02", "Skye Brockbank": "P02",
    "Jodie-Leigh": "P03", "Jodie-Leigh Brockbank": "P03", "Jodie": "P03", "JLB": "P03",
    "Aurel": "P04", "Aurel Vasilescu": "P04", "VASILESCU": "P04", "Vasilescu": "P04", "Rel": "P04",
    "Lorraine": "P05", "Raine": "P05", "Lorraine Brockbank": "P05",
    "Ellis BROCKBANK": "P01", "Aurel VASILESCU": "P04",
    # professionals and staff, not on the record
    "Oriel Tamblyn": "~british", "Dafydd Lusty": "~british", "Lusty": "~british",
    "Ishbel Carrow": "~british", "Ishbel": "~british", "Imelda Norcott-Sayle": "~british",
    "I Norcott-Sayle": "~british", "Rhodri Penwarden": "~british", "Rhodri": "~british",
    "Hadiza": "~african", "H Onyekachi": "~african", "Hadiza Onyekachi": "~african", "Onyekachi": "~african", "Winifred": "~british",
    "Winifred Delacroix": "~british", "W Delacroix": "~british",
}

NOTES = [
    ("contact", "2024-01-15", "MASH Contact", "gpendleford", "Contact from health visiting", "standard",
     """Contact received from HV Oriel Tamblyn (Sandleigh North HV team).
Child: [[Ellis Brockbank|P01]] DOB [[11/02/2022|DOB:P01]], NHS [[945 807 3022|NHS_NUMBER:P01]]. Sibling [[Skye|P02]] (7).
Address [[Flat 6, 19 Tanyard Row, Sandleigh|ADDRESS:P01]] [[SN4 7QD|POSTCODE:P01]].

HV reports Ellis has dropped from the 50th to below the 9th centile over approx 5 months. Missed 2 yr review x2, seen eventually at home on {{10/1|event_date}}. Flat cold, no heating on, strong smell of dog urine, nappy very full and "looked like it had been on since the night before". Mum Jodie-Leigh was pleasant and engaged but HV felt she didnt fully understand the feeding advice - kept saying he "eats when he wants". HV aware mum had support at school (statement / SEN) and thinks she may have a learning disability, not formally diagnosed as far as HV knows.
Dad ([[Aurel|P04]]) works away, mum says "on the rigs" but HV unsure.
Consent: mum agreed to referral to CSC, HV explained why.
MASH RAG: amber. Outcome: to South Safeguarding for C&F assessment. GP to be asked re weight history."""),

    ("school1", "2024-01-24", "School Contact", "honyekachi", "Call with DSL - Skye", "standard",
     """tel call w/ DSL at {{Ferncombe Primary|place}}, Mr Dafydd Lusty.
Skye Yr 3. Attendance this yr {{81.4%|figure}} (persistent absence threshold). Lates most days - mostly 10 - 15 mins, mum walks her in with Ellis in the pushchair.
Head lice - sent home or letter sent {{4 times|figure}} since Sept, school nurse gave mum treatment kit in Nov, DSL says "it's never really gone".
Often hungry - goes straight to the breakfast club toast even when she comes in late. Uniform not washed, same polo shirt all week. PE kit never in.
DSL has not seen any marks, no disclosures. Skye is "a lovely, chatty girl", behind in reading (working towards).
DSL said school had thought about an EH referral in the autumn but mum always turns up to parents evening so they held off. Agreed school will now send weekly attendance to me."""),

    ("assess", "2024-02-06", "Child and Family Assessment", "honyekachi", "C&F assessment - conclusion", "standard",
     """CHILD AND FAMILY ASSESSMENT (started 16.1.24, completed 6.2.24, within timescale)

Reason for assessment: HV concern re faltering weight (Ellis), home conditions; school concern re attendance, hygiene, head lice (Skye).

Children seen: Ellis seen at all 3 visits. Skye seen alone at school on 30/1 - said she likes school dinners best "because there's pudding", said mummy is sad sometimes and sleeps in the day, daddy is in "Scotland doing the pipes". Drew her family - included the dog ({{Nugget|pet_name}}) and nanny Raine.

Parents: Jodie-Leigh is 27. She told me she was in a "special unit" at secondary school and "can't do forms". She reads a little. She finds it hard to follow a list of more than 2 things - I tested this gently with the feeding plan and she remembered the first item only. She loves the children and is warm with them, Ellis went to her for comfort straight away.
Aurel VASILESCU (dad) works for a pipeline contractor, mostly in {{Aberdeenshire|place}}, 3 wks on / 1 wk off. I spoke to him by phone [[07458 302117|PHONE:P04]]. He sends money home. He acknowledged "things slip" when he is away. He said he didnt know about Skye's attendance.
MGM Lorraine Brockbank lives across town, helps with school runs when she can but has COPD.

Analysis: Cumulative neglect - poor supervision, home conditions, health and education needs not met. I don't see deliberate neglect; I see a mother with probable learning needs, on her own most of the month, without the support she needs. Mum needs an adult social care / LD assessment and information in an accessible format.
Outcome: Child in Need plan. Referral to adult LD team for mum. Request an advocate."""),

    ("cin1", "2024-02-20", "CIN Meeting", "honyekachi", "Initial CIN meeting", "standard",
     """Initial CIN meeting held at the family home, {{20/02/24|event_date}}.
Present: Jodie (mum), Raine (MGM), HV Oriel Tamblyn, DSL Mr Lusty (by Teams), me. Dad not present - at work, sent apologies by text.

CIN plan agreed:
1. Ellis weighed fortnightly at clinic - HV.
2. Skye attendance to be above 90% by Easter - mum, school to do a soft start (doors open 8.30).
3. Nit treatment and routine - school nurse to do a home visit.
4. Home conditions - SW to apply for a grant for beds/bedding and heating top-up.
5. Referral to nursery for Ellis (2 yr old funded place).
6. Adult LD assessment for mum - SW referral sent {{16/2|event_date}}.
Next CIN meeting 6 wks."""),

    ("ewo", "2024-02-29", "Education Welfare", "honyekachi", "Education welfare report - Skye", "standard",
     """EDUCATION WELFARE SERVICE - ATTENDANCE REPORT
Pupil: Skye Brockbank   Yr 3   School: Ferncombe Primary
Prepared by: [[Gaylene Marrack|~british]], Education Welfare Officer   Date: 28.2.24

Attendance 04.09.23 - 23.02.24: {{82.1%|figure}} (authorised 6.5%, unauthorised 11.4%). Late before registers close: 41 sessions. Late after registers close (counts as unauthorised): 9 sessions.
Pattern: Mondays and Fridays worst; absences cluster in the weeks dad is away working.
Reasons given by parent: "Ellis was poorly", "she had nits", "overslept". No medical evidence provided.

Home visit 21.2.24: mum friendly, agreed Skye "needs to be in". Mum said she finds the school's letters "too long" and doesn't open envelopes with the council logo. I read the previous letters with her.
Legal action: Skye met the threshold for a penalty notice warning letter in January; NOT issued given the CIN plan and mum's needs - attendance contract agreed instead. Will be reconsidered if attendance falls below 85% for the spring term.
Recommendation: soft start and breakfast club place (agreed by school from 26.2), EWO to attend CIN meetings."""),

    ("police", "2024-03-10", "Police Notification", "gpendleford", "Police notification - child found alone", "standard",
     """PVP received 10/03/2024 09:12.
Incident date/time: Sat {{09/03/2024|event_date}} approx {{07:40|time}}.
Officer: PC [[Ingram Skerratt|~british]] 4471.
Circumstances: Neighbour (Mrs [[Jadwiga Adamczewska|~eastern_european]]) found a small boy, approx 2 yrs, on the communal stairwell of the flats wearing only a vest and nappy, barefoot. Child distressed and cold. Neighbour knocked at flat 6 - no answer, door on the latch. Police attended 07:58. Child identified as Ellis BROCKBANK.
Mother returned at 08:15. Stated she had walked older child to a friend's for a sleepover pick up and "popped to the shop" and thought Ellis was asleep. She was away approx 40 mins on her own account. Flat described as cluttered, dog faeces on kitchen floor, no food in fridge except milk.
Child checked by ambulance crew at scene - cold but no injuries. No arrests. Child left in care of mother with MGM attending.
Risk: HIGH (age of child). Referred to CSC."""),

    ("strat", "2024-03-11", "Strategy Discussion", "honyekachi", "Strategy discussion", "standard",
     """STRATEGY DISCUSSION - 11/03/24 11:00 (Teams)
Chair: Winifred Delacroix TM
Attendees: H Onyekachi SW; DS [[Mercer|~british]] (CAIT); HV Oriel Tamblyn; Dr [[Hema Gadhvi|~south_asian]] (named GP for safeguarding); Mr Lusty DSL.

Information shared:
- Police: incident on Saturday as per PVP. No previous DV or crime reports for the address. One previous call (Nov 23) - noise complaint, dog barking.
- Health: Ellis weighed on 4/3 - weight static, still under the 9th centile. Missed one of the fortnightly weighs.
- School: attendance since half term 86%, improving but Skye was late 3 times last week.
- CSC: CIN since Feb, plan not progressing enough, mum engaging but not retaining advice.

Decision: threshold for s47 met (neglect, lack of supervision). Single agency (CSC) s47, police NFA from a criminal point of view at this stage - no intent, but will review if anything else comes to light.
Actions: SW visit today unannounced, see both children; safety plan with Raine to stay over / be on call; paediatric review for Ellis re weight - HV to request; ICPC to be booked within 15 working days if concerns substantiated."""),

    ("s47", "2024-03-19", "S47 Enquiry", "honyekachi", "s47 - outcome", "standard",
     """s47 visits done 11/3 (unannounced, after strat) and 14/3, Skye seen alone at school 13/3.

11/3 - Mum in. Ellis in high chair eating crisps. Flat v cold (meter on emergency credit). Dog mess cleared "this morning". Mum tearful, said she was "only gone 10 minutes" (police say ~40). She said she does not have anyone to help in the mornings when Rel is away. Raine agreed to stay Fri-Sun nights for now. No marks seen on either child.

Skye (alone): she knew "Ells got out on the stairs". She said mummy goes to the shop in the morning sometimes "to get milk for Ellis and cigs" and leaves her "in charge". She is 7.

Paediatric appt at {{Sandleigh General|place}} on 15th - no organic cause found for the weight, paed letter describes "likely nutritional - inadequate intake", diet diary requested.

Conclusion: concerns substantiated - likely significant harm through neglect. ICPC requested. Mum told the outcome; she asked "are you taking them". I explained what a conference is and that she can bring someone. She wants Raine and "someone from the disability people". Advocacy referral made to {{Sandleigh Advocacy Hub|place}} today."""),

    ("icpc", "2024-04-03", "ICPC", "honyekachi", "Initial child protection conference - minutes extract", "standard",
     """INITIAL CHILD PROTECTION CONFERENCE
Date: {{2 April 2024|event_date}}. Chair: Imelda Norcott-Sayle (IRO/CP chair)
Present: Jodie-Leigh Brockbank (mother) with advocate Ishbel Carrow; Lorraine Brockbank (MGM); Aurel Vasilescu (father, by phone from work); SW; TM; HV; DSL; school nurse [[Senara Yelland|~british]]. Police sent report, did not attend.

Summary of concerns: repeated missed health appts, faltering growth, poor home conditions, Skye's attendance and head lice, Ellis found alone on the stairwell in March.
Strengths: loving relationships, mum honest about struggling, dad sending money, MGM involved, improved attendance since Feb.
Parents' views: mum said she "knows it looks bad" and wants help "that I can understand, not letters". Dad said he will try to change his rota.

Decision: Both children to be subject to a child protection plan under the category of NEGLECT. Unanimous.
Key worker: H Onyekachi. First core group within 10 working days. RCPC in 3 months.
Outline plan: pictorial daily routine; HV weekly; Ellis to start nursery; mum's LD assessment expedited; dad to give his rota to SW; no leaving the children alone, not even for a few minutes."""),

    ("letter", "2024-04-04", "Letter", "honyekachi", "Letter to mother after conference", "standard",
     """[[Flat 6, 19 Tanyard Row|ADDRESS:P03]]
Sandleigh
[[SN4 7QD|POSTCODE:P03]]

4 April 2024

Dear Jodie-Leigh,

I am writing to you about the meeting on Tuesday. I have tried to keep this letter short. Ishbel has a copy too, so she can go through it with you.

What did the meeting decide?
Ellis and Skye now have a child protection plan. This is because the meeting was worried that the children have not always had the care they need - food, being kept safe, going to school, going to the doctor.

What does this mean?
- I will visit at least every 10 days. Sometimes I will come without telling you first.
- We will have a "core group" meeting every month. The first one is on Friday 12 April at Skye's school at 10 o'clock.
- You must never leave Ellis or Skye on there own in the flat, not even for a few minutes.

What happens next?
There will be another big meeting in about 3 months to see how things are going.

You can ring me on my work phone. If I am not there, ask for my manager, Winifred.

Yours sincerely,
Hadiza Onyekachi
Social Worker, South Safeguarding"""),

    ("cg1", "2024-04-12", "Core Group", "honyekachi", "Core group 1", "standard",
     """Core Group Meeting 1 - 12.4.24, at {{Ferncombe Primary|place}}
Attendees: mum + advocate (Ishbel), SW, DSL, HV, nursery manager [[Lowenna Greatbatch|~british]].

Updates:
- Ellis started at {{Little Acorns|place}} nursery on Mon 8th, 3 mornings. Settling "ok", eats everything at snack time - nursery noticed he hoards food in his pockets.
- Skye - 1 late this week, no absences, head lice clear at last check (school nurse 9/4).
- Mum has a picture routine on the fridge. Advocate says mum prefers voice notes to letters; agreed SW and HV will send short voice notes/WhatsApp with photos instead of letters.
- Adult LD team - assessment booked 29/4.
- Dad: has asked his employer for a local contract, no answer yet.
Next CG 10/5."""),

    ("hv", "2024-05-02", "Health Visitor", "honyekachi", "HV update (copied from HV record with consent)", "standard",
     """HV entry - [[O. Tamblyn|~british]] 1/5/24
Home visit. Ellis weighed: {{10.9 kg|figure}} (was 10.1 kg on 4/3). Now tracking just under the 25th centile - real improvement. Mum has been using the picture meal planner. Fridge had food. Heating on.
Dental: no dentist registered - gave mum list + helped her ring one, appt 22/5.
Mum reports feeling low, sleeping a lot when the kids are out. Not on any meds. Encouraged to see GP - she said she would go if Raine came with her. Plan: weekly visits continue, EPDS not appropriate (child >1) - PHQ-9 done, score 14."""),

    ("mo1", "2024-05-15", "Management Oversight", "wdelacroix", "Management oversight", "standard",
     """MO - W Delacroix TM
Read recording to date and discussed with Hadiza in supervision today.
Progress on health (weight up) and nursery is good. However: the 2 unannounced visits in the last fortnight found (Tues 7th) the children unsupervised in the back yard with the gate open onto the car park, and (9/5) Skye at home on a school day "with a tummy ache", not reported to school. Separately, the weekend before last a neighbour rang the duty line to say Ellis was crying at the window for 'ages' - mum said she was in the bath; not verified. The 10/5 core group was cancelled - mum ill - and has been rearranged to 24/5.
The LD assessment on 29/4 did not happen (mum did not answer the door) - rebooked.
I am not confident the plan is changing the children's day to day experience quickly enough, particularly supervision of Ellis. Request legal gateway consult re PLO. I have reccomended the LGM is booked for w/c 3/6. Hadiza to continue weekly visits; please ensure at least one per fortnight is unannounced and early morning."""),

    ("legal", "2024-06-04", "Legal", "honyekachi", "Email from legal services - advice", "standard",
     """From: Rhodri Penwarden <[[rhodri.penwarden@sandleigh.gov.uk|EMAIL]]>, Solicitor, Childrens Legal Team
To: H Onyekachi; W Delacroix
Sent: 04 June 2024 14:21
Subject: Legal Gateway Meeting 3/6 - advice

Hadiza, Winifred,
Thank you for the documents. Following yesterday's gateway meeting my advice is that the threshold under s31(2) is likely met on the basis of neglect (failure to supervise, failure to meet health needs), though it is not a case where immediate removal is needed given the safety plan and the improvement in Ellis's growth.
I recommend the PLO pre-proceedings process. Please send the letter before proceedings; it must be explained to mother in person, in plain language, with her advocate present if possible, given her probable learning disability. A PAMS parenting assessment is recommended, and a cognitive assessment if the adult LD team cannot complete theirs within 4 weeks.
Father should receive his own copy of the letter - he has PR (named on both birth certificates).
Regards, Rhodri"""),

    ("plo", "2024-06-13", "PLO Meeting", "honyekachi", "Pre-proceedings meeting", "standard",
     """PLO (pre-proceedings) meeting, {{Civic Centre, room 4|place}}, Weds 12th June.
Present: Jodie-Leigh + solicitor Ms [[Chidinma Abara|~african]] + advocate Ishbel; Aurel (in person - on his week off) + solicitor; TM (chair); SW; legal.
Letter before proceedings had been handed to mum on {{6/6|event_date}} and read through with her and Ishbel.

Agreed (written agreement signed):
- children never left alone, even for a "quick" trip - if mum needs to go out she takes them or calls Raine / neighbour;
- Skye in school every day, on time;
- PAMS assessment to start 24/6 (independent assessor);
- dad to look for work nearer home; he said he has been offered a job with a local firm in {{Swindon|place}} but it is less money and he is "thinking about it".
Mum very anxious, left the room once. Ishbel helped her put her views: "I want to show I can do it". Review in 12 weeks."""),

    ("rcpc1", "2024-07-02", "RCPC", "honyekachi", "Review CP conference", "standard",
     """REVIEW CP CONFERENCE (1st review) 2.7.24 - chair I Norcott-Sayle
Since ICPC: Ellis's weight now on the 25th centile; nursery attendance good. Skye attendance this term 94%, no head lice since April. One further incident of lack of supervision 7/5 (see MO). PAMS under way, interim feedback: mum learns best by doing and being shown, not told, and benefits from repetition.
Aurel told conference he accepted the Swindon job and will start on 15 July - he will then live at the family home full time. Mum and Raine both said this would "make a massive difference".
Decision: children remain on CP plans (neglect) - too early to be confident changes are sustained, and PLO ongoing. Next review in 6 months unless progress allows earlier step down."""),

    ("visit", "2024-08-20", "Home Visit", "honyekachi", "Unannounced visit - early morning", "standard",
     """Purpose of visit: unannounced statutory CP visit (early morning as per MO)
Time: 07:35
Present: Aurel, Jodie-Leigh, Ellis, Skye (summer hols)
Child seen: Yes - Ellis seen in the home, Skye seen alone in her bedroom

Observations: Dad answered the door, already dressed for work (starts 8.30 in Swindon, has been doing this job since mid July). Kitchen clean, food in cupboards, washing on the line. Dog fed and the garden scooped. Ellis eating weetabix at the table, chatty, said "Ells eat it all up". No marks or concerns about presentation.
Skye said "daddy lives here now all the time" and that she is excited about Year 4 with Miss [[Ezeudu-Bright|~african]]. She said nobody leaves her in charge any more. Asked if anything worries her - "no".
Analysis: this is the third visit since dad moved back in where the home has been of a good standard. The PAMS draft says mum can meet the children's needs with support, and that dad being home gives the structure she needs.
Next steps: share with TM; consider whether the next RCPC can be brought forward."""),

    ("rcpc2", "2024-10-08", "RCPC", "honyekachi", "Review CP conference - step down", "standard",
     """Review Child Protection Conference, {{8/10/24|event_date}}. Chair: Imelda Norcott-Sayle.
Brought forward from Jan as agreed at the PLO review on 11 Sept, which ended pre-proceedings: PAMS final report positive with a support package, no further incidents, school attendance 97% since Sept.
Ellis: weight on 25th-50th centile, nursery 5 mornings from Sept. Skye: no head lice, reading improving, "flying" in Year 4 per DSL.
Agencies' views: all agencies agreed the risk of significant harm has reduced.
Decision: Child protection plans ended for Ellis and Skye. Step down to a Child in Need plan for 3 months, then review for step down to Early Help.
Mum: "I'm proud of myself." Dad thanked the nursery. Advocate's involvement to continue until the CIN plan ends.
Case to remain with H Onyekachi for CIN."""),
]

QUESTIONS = [
    {"q": "when was the little one found on his own on the stairs", "qtype": "when",
     "facts": ["2024-03-09"], "notes": ["police"], "as": "honyekachi"},
    {"q": "who found Ellis?", "qtype": "who",
     "facts": ["Adamczewska"], "notes": ["police"], "as": "wdelacroix"},
    {"q": "what category was the CP plan under", "qtype": "what",
     "facts": ["neglect"], "notes": ["icpc"], "as": "wdelacroix"},
    {"q": "skye's attendance before we got involved?", "qtype": "what",
     "facts": ["81.4%"], "notes": ["school1"], "as": "honyekachi"},
    {"q": "how many times has school sent her home / written re nits since september", "qtype": "how_many",
     "facts": ["4 times"], "notes": ["school1"], "as": "honyekachi"},
    {"q": "what did the paed say about his weight", "qtype": "quote",
     "facts": ["likely nutritional - inadequate intake"], "notes": ["s47"], "as": "honyekachi"},
    {"q": "who is mums advocate", "qtype": "who",
     "facts": ["Ishbel Carrow"], "notes": ["icpc"], "as": "honyekachi"},
    {"q": "is dad living at home now?", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["visit"], "as": "wdelacroix"},
    {"q": "What was Ellis's weight at the HV visit in May", "qtype": "what",
     "facts": ["10.9 kg"], "notes": ["hv"], "as": "honyekachi"},
    {"q": "has mum had her IQ / cognitive assessment results back", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "honyekachi"},
    {"q": "which dentist is ellis registered with", "qtype": "what",
     "facts": ["no dentist registered"], "notes": ["hv"], "as": "wdelacroix"},
    {"q": "has ellis had his mmr jab", "qtype": "yes_no",
     "facts": [], "notes": [], "as": "honyekachi"},
]

EVENTS = [
    ("2024-01-15", "contact", ["contact"], "Contact from health visitor: Ellis's weight faltering, poor home conditions."),
    ("2024-02-06", "assessment", ["assess"], "Child and family assessment completed: cumulative neglect, outcome CIN plan; LD referral for mother."),
    ("2024-02-20", "cin_review", ["cin1"], "Initial CIN meeting; CIN plan agreed."),
    ("2024-03-09", "police_incident", ["police", "strat", "s47"], "Ellis (2) found alone on the communal stairwell in a nappy; police attended; mother out for about 40 minutes."),
    ("2024-03-11", "strategy_discussion", ["strat"], "Strategy discussion: threshold for single-agency s47 met (neglect)."),
    ("2024-03-15", "hospital", ["s47"], "Paediatric review at Sandleigh General: no organic cause for faltering weight, likely inadequate intake."),
    ("2024-03-19", "section_47", ["s47"], "s47 concluded: concerns substantiated; ICPC requested; advocacy referral for mother."),
    ("2024-04-02", "icpc", ["icpc"], "ICPC: both children subject to CP plans under category of neglect."),
    ("2024-04-08", "positive_change", ["cg1"], "Ellis started nursery at Little Acorns."),
    ("2024-06-03", "court", ["legal"], "Legal gateway meeting: threshold likely met; PLO pre-proceedings advised."),
    ("2024-06-12", "court", ["plo"], "PLO pre-proceedings meeting; written agreement signed; PAMS assessment agreed."),
    ("2024-07-02", "rcpc", ["rcpc1"], "First RCPC: children remain on CP plans."),
    ("2024-07-15", "household_change", ["visit"], "Father started local job and moved back into the family home full time."),
    ("2024-09-11", "court", ["rcpc2"], "PLO review ended pre-proceedings after positive PAMS."),
    ("2024-10-08", "rcpc", ["rcpc2"], "RCPC: CP plans ended; stepped down to CIN."),
]
