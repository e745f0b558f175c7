"""IN10-0001: a 15-year-old at risk of forced marriage (author A, written blind)."""

CASE = {
    "case_id": "IN10-0001",
    "team": "Ravensholt Child Protection",
    "status": "child_protection",
    "allocated_worker": "othistlewood",
    "child": {
        "person_id": "P01", "given_name": "Nusaiba", "family_name": "Hawlader", "date_of_birth": "2010-03-09",
        "gender": "female", "ethnicity": "Asian or Asian British - Bangladeshi", "religion": "Muslim",
        "nhs_number": "943 476 5919", "address": "41 Cobden Terrace, Ravensholt RV4 7QJ",
        "school": "Harrowgate Lane Academy",
        "given_origin": "south_asian", "family_origin": "south_asian",
    },
    "people": [
        {"person_id": "P02", "given_name": "Mashuk", "family_name": "Hawlader", "relationship": "father",
         "date_of_birth": "1978-11-02", "phone": "07700 900418", "address": "41 Cobden Terrace, Ravensholt RV4 7QJ",
         "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P03", "given_name": "Rokeya", "family_name": "Hawlader", "relationship": "mother",
         "date_of_birth": "1983-05-21", "phone": "07700 900562", "address": "41 Cobden Terrace, Ravensholt RV4 7QJ",
         "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P04", "given_name": "Moyez", "family_name": "Hawlader", "relationship": "paternal uncle",
         "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P05", "given_name": "Lutfa", "family_name": "Mazumder", "relationship": "sister",
         "date_of_birth": "2003-01-14", "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P06", "given_name": "Ehsan", "family_name": "Hawlader", "relationship": "brother",
         "date_of_birth": "2014-08-30", "given_origin": "south_asian", "family_origin": "south_asian"},
        {"person_id": "P07", "given_name": "Emlyn", "family_name": "Harcombe", "relationship": "DSL, Harrowgate Lane Academy",
         "phone": "0113 496 0274", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Nusaiba": "P01", "Nusaiba Hawlader": "P01", "Nusi": "P01",
    "Mashuk": "P02", "Mashuk Hawlader": "P02", "Mr Hawlader": "P02", "Mr HAWLADER": "P02",
    "Rokeya": "P03", "Rokeya Hawlader": "P03", "Mrs Hawlader": "P03",
    "Moyez": "P04", "Moyez Hawlader": "P04", "Moyez HAWLADER": "P04",
    "Lutfa": "P05", "Lutfa Mazumder": "P05",
    "Ehsan": "P06",
    "Emlyn Harcombe": "P07", "Mr Harcombe": "P07", "Emlyn": "P07",
    "Nusaiba HAWLADER": "P01", "N HAWLADER": "P01", "Mashuk HAWLADER": "P02",
    "Orlaith": "~irish", "Jubair": "~south_asian", "DS Pennycott": "~british", "Funmilayo": "~african",
    "Hedra Tressider": "~irish", "Theodora Ramasamy": "~south_asian", "Theodora": "~british",
    "Octavia Thistlewood": "~british", "Octavia": "~british", "Dr Pilkington": "~british",
}

NOTES = [
    ("contact", "2025-06-16", "MASH Contact", "lferreira", "Contact - school, possible forced marriage", "standard",
     """Contact received 10:42 by phone from [[Emlyn Harcombe|P07]] (DSL, {{Harrowgate Lane Academy|place}}, [[0113 496 0274|PHONE:P07]]).

Nusaiba HAWLADER, Y10, DOB [[09/03/2010|DOB:P01]]. At break this morning a friend of hers, [[Orlaith Garrihy|~irish]] (Y10), came to Mr Harcombe upset and said Nusaiba had told her she is being taken "home" to Bangladesh in the summer holidays and "they're going to make her marry her cousin". Orlaith said N had cried in the toilets and said the tickets were already bought and her uncle had "sorted everything". Orlaith was worried N would "just not come back in September like her sister".

School info: older sister Lutfa left the school in Y11 in 2019 and never returned - school were told at the time she had moved to family abroad. Attendance for N is 96%, no concerns previously, bright, wants to do A levels. Lives with mum, dad and younger brother Ehsan (11). School not aware of any previous CSC involvement. Paternal uncle believed to live in the household.

Mr Harcombe has NOT spoken to Nusaiba or to parents and I advised him not to. He asked whether he should ring home as N looked upset after lunch - advised no, and not to let the friend repeat any of this to others.

Checked systems: no previous involvement for N or Ehsan. Nothing held for the sister.

Decision: threshold for s47 consideration met, passed to Ravensholt CP duty team ({{11:25|time}}). Advice sought from Forced Marriage Unit. Written referral from school to follow today.""")
    ,
    ("fmu", "2025-06-16", "Telephone", "othistlewood", "Tel call - Forced Marriage Unit advice", "standard",
     """14:05 - rang FMU public line, spoke to caseworker [[Hebe Dunstall|~british]].

Gave an outline (no names given at this stage). Advice received:
- do NOT contact parents or wider family before a safety plan is in place, and do not tell them where the information came from
- no family mediation, no family group conference and no "reconciliation" meetings - these put the young person at more risk
- never use a family member, or anyone from the family's local community, to interpret. Let the YP choose her interpreter if she needs one, telephone interpreting is fine
- see her alone, somewhere safe, and record her wishes carefully
- "one chance rule" - we may only get one chance to speak to her
- consider Forced Marriage Protection Order; LA can apply as relevant third party without leave. Police can set up a port alert if there is a risk of imminent travel
- get details of passports (all nationalities) - dual nationals often have a second passport the family hold back

14:40 - FMU will open a file and can help with consular side if she is taken abroad. Ref given to TM.

14:50 - spoke to Theodora (TM) - strategy discussion tomorrow am.""")
    ,
    ("strat", "2025-06-17", "Strategy Discussion", "othistlewood", "Strategy discussion - N Hawlader", "standard",
     """Strategy discussion held 09:30 via Teams.

Present: Theodora Ramasamy (TM, chair), Octavia Thistlewood (SW), [[DS Ifor Pennycott|~british]] (Public Protection Unit), Emlyn Harcombe (DSL), [[Aoibhinn Moriarty|~irish]] (school nurse).
Apologies: none.

Information shared:
Police - no intelligence on the household. Father Mashuk HAWLADER, no trace. Uncle Moyez HAWLADER known - 2021 harassment warning, ex-wife, no charges.
School - as per contact. Nusaiba seems more withdrawn in the last 3 wks, has asked twice to stay late in the library. Mr Harcombe also recalls Lutfa (now 22) leaving suddenly in Y11 in spring 2019, aged 16; school heard later she had been married in Sylhet.
Health - no concerns for N. Ehsan has asthma, up to date.

Analysis: Clear information of a planned trip in the school holidays, a named intended spouse (a cousin), and a sister who appears to have been married at 16. Nusaiba is 15 and cannot consent to marriage in any case. Risk of removal is real and the date may be close.

Decisions:
1. s47 enquiry - joint with police (DS Pennycott).
2. Nusaiba to be seen ALONE at school tomorrow by SW + DS. She is to be offered an interpreter of her own choosing - NOT anyone local.
3. No contact with parents or uncle until she has been seen and a safety plan agreed. NO mediation.
4. Police to request port alert today.
5. Legal advice re ex parte FMPO to be sought today.
6. Ehsan to be considered in the s47 as a sibling.
7. If it is not safe for her to go home after being seen, police protection to be considered.

Next strategy discussion to be reconvened if the family find out before the order is served.""")
    ,
    ("s47", "2025-06-18", "S47 Enquiry", "othistlewood", "s47 - Nusaiba seen alone at school", "standard",
     """Purpose of visit: s47 joint visit, seen at school with DS Pennycott.
Child seen: Yes - alone (Mr Harcombe brought her to the medical room and left).
Interpreter: Nusaiba speaks English well but asked for a Bengali speaker "in case I can't say it in English". She chose a female telephone interpreter from the national line and asked for someone "not from round here" - done, interpreter was in London. N only used her twice.

What Nusaiba told us:
She knew straight away why we were there and asked if Orlaith was in trouble. Told her no.
Dad told her at Eid that they are all going to Bangladesh "for Nani, she's poorly". She later heard dad and uncle Moyez on the phone talking about the wedding and the "kabin" (marriage registration) and her cousin Jubair's name. Jubair is 24, dad's sister's son, lives in Sylhet. She has met him once, when she was 9.
Tickets are for {{22nd July|event_date}} - she saw them on the printer. Coming back date "isn't on it".
Mum "cries and says nothing". Uncle Moyez is "the one who decides". She said: "Uncle says Lutfa Afa was the same and now she's happy, but she isn't happy, she's never happy."
She does not want to go and she does not want to marry anyone. "I want to do my GCSEs and go to sixth form. I want to be a pharmacist."
She does not think her parents would hit her but uncle "gets mad" and once slapped Ehsan last year.

Passports: dad keeps all the passports in the locked drawer in his bedroom. She has a British passport and thinks she also has a Bangladeshi one "from when we went when I was 9".

Wishes: she wants to go home tonight because she thinks if she doesn't come home they will know. She agreed a safety plan:
- code word "pineapple" by text to SW means she needs help now
- she will tell school if anyone mentions packing or leaving early
- she has memorised the police number and the FMU number, hidden in her phone under a friend's name
- she knows she can be taken to the airport and told "it's a holiday" - if so, she can tell airport staff or hide a spoon in her underwear (she laughed at this but said she'd heard of it)

Analysis: credible, consistent with the contact. No marks seen, no physical injury alleged to her. Risk of forced marriage assessed as high; travel date is 22/07. Not safe to tell parents until an order is in place.

Next steps: legal planning today, FMPO ex parte, port alert confirmed by DS Pennycott.""")
    ,
    ("legal", "2025-06-20", "Legal", "othistlewood", "Email from Legal Services - FMPO", "standard",
     """Pasted email -

From: [[Funmilayo Olowokere|~african]], Solicitor, Legal Services
Sent: 20 June 2025 11:17
To: Octavia Thistlewood; Theodora Ramasamy
Subject: RE: N HAWLADER - FMPO - URGENT

Octavia,

Thanks for the statement and the s47 note. My advice:

1. On the evidence the court is likely to make a Forced Marriage Protection Order (Family Law Act 1996, Part 4A). The LA is a relevant third party and doesn't need leave.
2. Apply WITHOUT NOTICE. Notice would alert the family and the risk that she is removed before the return date is obvious.
3. Terms to seek: the respondents (father, mother and the paternal uncle) not to remove her from England and Wales; not to arrange or take part in any marriage or engagement ceremony for her, religious or civil, here or abroad; to surrender ALL passports and travel documents for her to the police within 24 hours of service; not to threaten, harass or intimidate her or use anyone else to do so. Power of arrest to be attached.
4. I have asked for a hearing on Tuesday 24th. Please attend, and DS Pennycott if possible.

We don't recommend care proceedings at this stage - she is at home, wants to be at home and the order should manage the risk. Review that if anything changes on service.

Funmilayo""")
    ,
    ("court1", "2025-06-24", "Court Hearing", "othistlewood", "FMPO hearing - ex parte", "standard",
     """Attended Family Court, Ravensholt, with Funmilayo (Legal) and DS Pennycott.

Application heard without notice before [[HHJ Tregenza|~british]] at 14:00. Order MADE. Forced Marriage Protection Order in the terms sought, against Mashuk Hawlader, Rokeya Hawlader and Moyez Hawlader, to last 12 months, until 23 June 2026. Power of arrest attached to the non-removal and passport terms.

Return hearing fixed: {{8 July|event_date}} at 10:00, on notice.

Order to be served personally by police this evening, SW to attend. Port alert remains in place.

N was told by Mr Harcombe at the end of school that "the thing we talked about has happened" - she knew what it meant.""")
    ,
    ("service", "2025-06-25", "Home Visit", "othistlewood", "Service of FMPO / N to emergency foster care", "standard",
     """Late entry - events of yesterday evening 24/06.

18:30 arrived at the family home with DS Pennycott and PC [[Quarmby|~british]]. Mr Hawlader answered. Order served on him and Mrs Hawlader personally in the front room; explained in English and via a telephone interpreter for Mrs Hawlader (Sylheti).

Father: very angry at first, then quiet. Denied any wedding was planned - "we are going for my mother, she is dying". Asked "who said this? The school? That white girl?" We did not answer. He later said "I would never force my daughter".
Mother: cried throughout. Said nothing about the trip. When father left the room she said quietly "I did not want it".
Moyez arrived about 20 mins after (father had rung him). Order served on him at 18:55. He shouted in the hallway - "you people are stealing our daughters", "this family will be finished in the community because of her". DS Pennycott warned him about the terms of the order.

Passports: father handed over 4 British passports (his, mother's, Nusaiba's, Ehsan's). Asked about Bangladeshi passports - father said N's Bangladeshi passport is "with the travel agent for the visa" and he will get it back. Reminded him 24 hrs.

Nusaiba seen in her bedroom with DS. Said she was OK and wanted to stay.

22:10 - emergency duty team rang me: N had texted the word pineapple to the EDT number at 21:48. Police attended. She said uncle had come back to the house and told her in front of everyone that she had shamed the family and "no-one will marry you now anyway", and dad didn't stop him. She asked to leave. Mother signed s20 consent at 23:20 (father refused to sign but did not object to her going "if that's what she wants").

N placed with emergency foster carers [[Mr and Mrs Brosnan|~british]] in {{Wyckhampton|place}} at 00:15 on 25/06. Ehsan remained at home - seen, said he was fine, he had been in his room on his Xbox.""")
    ,
    ("fc_visit", "2025-06-27", "CLA Visit", "othistlewood", "Visit to N at foster carers", "standard",
     """Visit to N at placement. Seen alone in her bedroom and with carers.

Settling. Says she slept for "about a day". Carers report she is polite, eats well, wants to go to school. Has been taken to school by carers since Weds - Mr Harcombe aware, school on alert that no family member can collect her.

N upset about Ehsan: "he's going to think I ran away from him". Asked if she can ring mum. Agreed: phone contact with mum, on speaker with carer present, not with dad or uncle for now.

Mum rang N yesterday. N said mum told her "dad is sorry" and that uncle Moyez had "gone to Bradford for a bit". Need to check this - if true it is a change in the household.

Next steps: CLA health assessment to be booked; placement plan signed; statutory visits weekly while she is accommodated.""")
    ,
    ("missing", "2025-07-01", "Missing from Care", "othistlewood", "Missing episode Sun 29/6", "standard",
     """Recording late - I was on leave Monday.

Sunday 29th June: N given permission by carers to go to town with Orlaith, due back at the carers' by 7pm. Did not return. Carers rang her phone - off. Reported missing to police 21:05 (log 1412 of 29/06). As the order was in place and the flight risk, police graded high risk.

N was found by police at 00:50 on Monday morning at her sister Lutfa's flat in {{Eastfold|place}}. Lutfa had come back to the UK with her husband in 2023 - none of us knew she was in the country. N said she had messaged Lutfa on Instagram and they met in town and she "just forgot the time". No evidence she was taken anywhere against her will. Returned to carers 01:40.

Police checked the FMPO was not breached: Lutfa is not a respondent. Lutfa told police she "would never let them do to Nusi what they did to me".

RHI to be offered within 72 hrs.""")
    ,
    ("rhi", "2025-07-02", "Return Home Interview", "othistlewood", "RHI - 29/06 missing episode", "standard",
     """RHI completed by [[Bilqis Hanratty|~irish]] (independent RHI worker, Ravensholt Missing Service), offered and accepted. Summary provided to SW:

- Where: with sister at her flat, Eastfold. Town centre first, then bus.
- Why: "I wanted to see her. She's the only one who knows what it's like."
- What Lutfa told her: Lutfa was married at 16 in Sylhet in 2019 to a man she'd met once. She was told it was a holiday. She has two children now. Lutfa said "it isn't so bad, you get used to it" then "don't let them do it to you".
- Risks: no drink/drugs, no adults other than sister. Phone was off because battery died.
- Push/pull: misses her brother; doesn't want to go back to the house while uncle is there.

N says she wants to keep seeing Lutfa. Worker's view: sister is a protective connection but her own experience is raw; N may be more at risk of family pressure through Lutfa's husband's family. Discuss with SW.""")
    ,
    ("iha", "2025-07-04", "Health", "othistlewood", "Initial health assessment - LAC nurse", "standard",
     """IHA done yesterday at the Children in Care health team by [[Dr Wenonah Pilkington|~british]] (community paediatrician). Summary from the report received today:

- Height/weight normal. Immunisations up to date apart from the teenage booster (Td/IPV, MenACWY) - she missed the school session in Y9 when she was "off sick". Catch-up booked.
- Dental: last seen 2022. Referred.
- Emotional health: SDQ completed with carer, score 17 (borderline). Sleeping better, some nightmares about "being on the plane". Wants to talk to someone but "not a counsellor from the mosque". Referral to the school-based mental health support team.
- No history of FGM, asked sensitively - she said "no, that's not our thing" and the paediatrician recorded no concerns.
- She asked the doctor, alone, whether a marriage "done abroad without me saying yes" would count in England. Doctor told her no and to talk to her SW.
Dr Pilkington recommends a follow-up in 6 months if still looked after.""")
    ,
    ("icpc", "2025-07-07", "ICPC", "othistlewood", "Initial Child Protection Conference", "standard",
     """ICPC chaired by [[Hedra Tressider|~irish]] (CP Chair).

Attended: Mashuk Hawlader (father), Rokeya Hawlader (mother) with Sylheti interpreter (booked by CSC, from outside the area at N's request), Octavia Thistlewood (SW), DS Pennycott, Emlyn Harcombe, school nurse. Nusaiba did not wish to attend; her views were shared by the SW ("I want to come home but only if uncle isn't there and nobody talks about marrying").
Moyez HAWLADER was not invited.

Parents' view: father accepts "there was talk" of a marriage but says it was his brother's idea and he had "not agreed". He says he is ashamed. Mother said she was married at 15 herself and does not want it for her daughters. Both confirm Moyez has moved out to Bradford and will not live at the house again. Father says he has told the travel agent to cancel the July tickets.

Decision: Nusaiba and Ehsan to be subject to child protection plans under the category of EMOTIONAL ABUSE. Unanimous.

Plan (outline):
- N to return home when the uncle's move is confirmed and a safety plan agreed with her, target by the end of next week
- FMPO remains in place; any breach reported to police immediately
- Bangladeshi passport to be surrendered (still outstanding)
- SW to see both children alone at least every 2 weeks; school to monitor daily attendance over the summer return
- Core group within 10 working days, first review conference in 3 months

No family mediation, no group meetings with extended family.""")
    ,
    ("court2", "2025-07-08", "Court Hearing", "othistlewood", "FMPO return hearing", "standard",
     """Return hearing today, on notice. Father and mother attended with solicitor [[Mr Rosewarne|~british]]. Moyez Hawlader did not attend and was not represented.

Order continued in the same terms until 23/06/2026. Parents did not oppose. Father's solicitor told the court the Bangladeshi passport was handed in at Ravensholt police station on Friday 4 July by the uncle - DS Pennycott confirmed this to me at court.

Judge made clear the order stays in force wherever N is living and that a marriage abroad would not end it.""")
    ,
    ("core1", "2025-07-17", "Core Group", "othistlewood", "Core group 1", "standard",
     """core group - was booked for Tues 15th, cancelled on the morning as the interpreter for mum didn't turn up (agency double booked). Rearranged to today, 16:00, at school.

Present: mum (interpreter by phone this time, female, London based - same one N chose), dad, SW, Mr Harcombe, school nurse. DS Pennycott sent an update by email.

- Uncle Moyez: police visited him at the Bradford address w/c 7/7 to remind him of the order. He was "polite". No contact with N since 24/6.
- Travel agent letter: dad brought the cancellation letter for the tickets - 5 tickets, refund pending. Copy taken.
- N's return home: agreed for Saturday 19th. N has been home for tea twice this week with carer dropping and collecting, "went ok".
- Summer: school have offered N a place on the 2-week summer STEM course (in school), she wants to do it. Parents agreed.
- Dad asked if the order can be "taken away" if things are good - explained no, it runs to June next year and only the court can change it.

Next core group 7/8.""")
    ,
    ("home", "2025-07-21", "Statutory Visit", "othistlewood", "CP visit - N home", "standard",
     """Nusaiba returned home on Sat 19th, taken by carers with SW. Placement ended; s20 ended by agreement.

Visit today. Seen alone in the garden for 30 mins, then with mum and Ehsan.
- Uncle has not been to the house, phones dad "every night" but she hasn't spoken to him.
- Dad "is being weird, too nice". Nobody has said the word wedding.
- Tomorrow (the 22nd) was the flight day - she asked me to ring her tomorrow night "just to check". Agreed.
- Has her own phone with the safety numbers still in.
Ehsan seen alone in his room - says "it's more quiet now uncle's gone". Nothing of concern.

Mother: tired, relieved, said she has signed up for an ESOL class in September. Father at work.
No concerns on observation. Home clean, N's room has her school things on the desk.""")
    ,
    ("mo", "2025-08-14", "Management Oversight", "tramasamy", "Management oversight - TM", "standard",
     """Case discussed with SW in supervision 14/08.

Progress: N home since 19/07. Flight date passed; travel agent confirmed cancellation in writing (copy on file). Weekly visits, both children seen alone each time. Core group met 17/07 and 7/08.

Worries: summer holidays, no school eyes on her; uncle in daily phone contact with father; the family's standing in the mosque community; N's contact with Lutfa - Lutfa's in-laws may be a route for pressure.
Strengths: mother increasingly open; father engaging and has attended all meetings; N has a clear voice and uses the safety plan.

Actions:
- SW to complete direct work with N on healthy relationships and her rights under the order
- offer Lutfa her own support (IDVA / forced marriage support service) if she wants it - her consent
- review the CP plan at RCPC as planned; do not step down early because things feel settled - risk in FM cases often returns with a new plan and a new date
- port alert to remain until order expires""")
    ,
    ("school", "2025-09-19", "Education", "othistlewood", "School liaison - start of Y11", "standard",
     """Spoke to Mr Harcombe by phone.

Nusaiba back in Y11 from 3/9, attendance 100% so far. Doing well, has picked chemistry and biology for A level in her sixth form application. Mr Harcombe says she is "much lighter".
Orlaith still her best friend. No reports from school of anyone from the family approaching N at school. Ehsan started Y7 at Harrowgate Lane - settled.

Mr Harcombe asked whether the school should still treat it as live - yes, CP plan in force; any absence to be reported to SW the same day.""")
    ,
    ("rcpc", "2025-10-06", "RCPC", "othistlewood", "Review Child Protection Conference", "standard",
     """RCPC chaired by Hedra Tressider.

Attended: both parents (interpreter for mother), SW, DS Pennycott, Mr Harcombe, school nurse. N attended the second half with the chair's agreement and spoke for herself.

Nusaiba said: "I feel safe at home now. I still don't trust uncle. I want the order to stay."
Father said the family have accepted that "Nusaiba will choose for herself when she is older". Uncle Moyez still lives in Bradford and has not visited. The order remains in force to June 2026.
Mother has started ESOL at college. Lutfa now visits the house monthly; N says that's "the best thing".

Decision: both children to remain on CP plans under emotional abuse for a further 3 months, with a view to stepping down to CIN at the next review if progress is sustained. Chair noted the order, the uncle's absence and N's voice as the main protective factors.""")
    ,
]

QUESTIONS = [
    {"q": "who told the school about the wedding plans?", "qtype": "who",
     "facts": ["Orlaith Garrihy"], "notes": ["contact"], "as": "othistlewood"},
    {"q": "when was the FMPO made", "qtype": "when",
     "facts": ["2025-06-24"], "notes": ["court1"], "as": "othistlewood"},
    {"q": "What date were the flights for?", "qtype": "what",
     "facts": ["22nd July"], "notes": ["s47"], "as": "tramasamy"},
    {"q": "who is she suposed to be marrying", "qtype": "who",
     "facts": ["Jubair"], "notes": ["s47"], "as": "othistlewood"},
    {"q": "how many passports did dad hand in when the order was served?", "qtype": "how_many",
     "facts": ["4"], "notes": ["service"], "as": "othistlewood"},
    {"q": "what did N say about her sister when seen alone", "qtype": "quote",
     "facts": ["she isn't happy, she's never happy"], "notes": ["s47"], "as": "othistlewood"},
    {"q": "where was she found when she went missing from the carers", "qtype": "what",
     "facts": ["Lutfa's flat"], "notes": ["missing"], "as": "tramasamy"},
    {"q": "Is the uncle still living at the family home?", "qtype": "yes_no",
     "facts": ["no"], "notes": ["icpc", "rcpc"], "as": "othistlewood"},
    {"q": "what category is the cp plan under", "qtype": "what",
     "facts": ["emotional abuse"], "notes": ["icpc"], "as": "tramasamy"},
    {"q": "what does dad do for work", "qtype": "what",
     "facts": [], "notes": [], "as": "othistlewood"},
    {"q": "what's the name of the mosque the family go to", "qtype": "what",
     "facts": [], "notes": [], "as": "othistlewood"},
]

EVENTS = [
    ("2025-06-16", "contact", ["contact"], "DSL contacts MASH: friend reports Nusaiba is to be taken to Bangladesh in the summer to marry a cousin"),
    ("2025-06-17", "strategy_discussion", ["strat"], "Strategy discussion: joint s47, see her alone, no contact with family, port alert, legal advice on FMPO"),
    ("2025-06-18", "section_47", ["s47"], "Nusaiba seen alone at school with an interpreter she chose; confirms a planned marriage to her cousin and tickets for 22 July"),
    ("2025-06-24", "court", ["court1", "service"], "Forced Marriage Protection Order made without notice against father, mother and uncle for 12 months"),
    ("2025-06-24", "police_incident", ["service"], "Order served by police at the family home; uncle shouts at Nusaiba; four passports surrendered"),
    ("2025-06-25", "placement_move", ["service", "fc_visit"], "Nusaiba asks to leave home and is placed with emergency foster carers under s20"),
    ("2025-06-29", "missing_episode", ["missing", "rhi"], "Missing from placement after not returning by 7pm; found at her sister's flat after midnight"),
    ("2025-07-02", "return_home_interview", ["rhi"], "Return home interview: she went to see her sister, who was married at 16"),
    ("2025-07-04", "police_incident", ["court2"], "Nusaiba's Bangladeshi passport handed in to police by the uncle"),
    ("2025-07-07", "icpc", ["icpc"], "ICPC: Nusaiba and Ehsan made subject to CP plans under emotional abuse"),
    ("2025-06-26", "household_change", ["fc_visit", "icpc"], "Uncle confirmed to have moved out of the family home to Bradford"),
    ("2025-07-03", "health", ["iha"], "Initial health assessment: borderline SDQ, immunisation catch-up and dental referral"),
    ("2025-07-08", "court", ["court2"], "FMPO return hearing: order continued until 23 June 2026"),
    ("2025-07-19", "placement_move", ["home"], "Nusaiba returns home from foster care; s20 ends"),
    ("2025-10-06", "rcpc", ["rcpc"], "RCPC: CP plans continue for three months; Nusaiba says she feels safe at home and wants the order to stay"),
]
