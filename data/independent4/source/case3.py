"""IN4-0003: unaccompanied asylum-seeking 16-year-old; age dispute, trafficking concern and NRM, missing episode, asylum decision."""

CASE = {
    "case_id": "IN4-0003",
    "team": "Children in Care Central",
    "status": "looked_after",
    "allocated_worker": "stehrani",
    "child": {
        "person_id": "P01", "given_name": "Filmon", "family_name": "Habtemariam", "date_of_birth": "2009-01-01",
        "gender": "male", "ethnicity": "Black African - Eritrean", "religion": "Eritrean Orthodox",
        "nhs_number": "431 572 8012", "address": "9 Ashburn Grove, Levenshulme, M19 2HT",
        "given_origin": "african", "family_origin": "african",
    },
    "people": [
        {"person_id": "P02", "given_name": "Luwam", "family_name": "Gebremedhin", "relationship": "foster carer",
         "phone": "0161 496 0152", "address": "9 Ashburn Grove, Levenshulme, M19 2HT",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P03", "given_name": "Yohannes", "family_name": "Gebremedhin", "relationship": "foster carer",
         "phone": "07388 104527", "address": "9 Ashburn Grove, Levenshulme, M19 2HT",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P04", "given_name": "Dawit", "family_name": "Tewolde", "relationship": "cousin",
         "given_origin": "african", "family_origin": "african"},
    ],
}

ALIASES = {
    "Filmon Habtemariam": "P01", "Filmon": "P01", "HABTEMARIAM": "P01", "FILMON": "P01", "FH": "P01",
    "Luwam Gebremedhin": "P02", "Luwam": "P02", "Mrs Gebremedhin": "P02",
    "Yohannes Gebremedhin": "P03", "Yohannes": "P03", "Mr Gebremedhin": "P03",
    "Dawit Tewolde": "P04", "Dawit": "P04",
    "Bereket": "~african", "Farai Mhlanga": "~african", "Farai": "~african", "Rosalie Dacre": "~british",
    "Ms Dacre": "~british", "Rosalie": "~british", "Brannock": "~british", "Dr Mirembe": "~african",
    "Ms Ozoemena": "~african", "Ozoemena": "~african", "Hesketh Amory": "~british", "Amory": "~british",
    "Kiflom": "~african", "Shirin Tehrani": "~arabic", "Shirin": "~arabic", "Ogechi Nkemdirim": "~african",
    "Ogechi": "~african", "Anselm Thorburn": "~british",
}

NOTES = [
    ("edt", "2025-02-17", "EDT Referral", "stehrani", "Out of hours - UASC found in lorry",
     "standard", """
Emergency Duty Team record, passed to CIC Central first thing Monday.

Sun 16/02/25 02:40 - Call from police. Lorry driver at {{Sandbach services|place}} (M6 northbound) heard banging from his trailer. Police attended with Immigration Enforcement. Four males found inside among pallets of tinned tomatoes. All very cold, one taken to hospital (adult). Three said to be Eritrean.
One of them gives his name as Filmon HABTEMARIAM and says he is 16. Speaks Tigrinya, very little English. Telephone interpreter used at the services.
The IE officer's view on the form: "physical appearance and demeanour strongly suggest he is significantly over 18" - he has been given a DOB of 01/01/2004 by IE for now. EDT SW spoke to him via the interpreter and there is nothing to say he is not a child - slight build, no facial hair to speak of, tearful, asked for his mum.
Decision (EDT): to be treated as a child pending any age assessment. Accommodated under s20 and placed at 05:30 in emergency semi-independent accommodation at {{Hartwell Lodge|place}}, key worker on shift Farai Mhlanga. No phone, no documents, clothes he was wearing only. Given food, a change of clothes and a Tigrinya welcome leaflet.
Day team to: allocate, visit today with interpreter, IHA, solicitor.
""".strip()),
    ("visit1", "2025-02-18", "Statutory Visit CLA", "stehrani", "First visit with interpreter",
     "standard", """
Purpose of visit: introduce myself, explain being looked after, check he is safe, begin his story.
Child seen: Yes, alone with interpreter (Mr Bereket, Tigrinya, in person).
Where: his room at Hartwell Lodge.

Filmon was polite and very quiet, sat on the edge of the bed with his coat on the whole time. He said he was born in a village near {{Mendefera|place}} and that his mother told him he was born "in the year the big rains came late", which he has always been told is 2009. His birthday is recorded as 1 January because "that is what we do when we do not know".
Journey (his words, shortened): left home at 14 so he would not be taken for national service like his older brother. Crossed to Sudan, then Libya where he "was kept in a warehouse for many months" until his family paid. Boat to Italy, then train to France, then some weeks in a camp near Calais. He got into the lorry "on Thursday" with the others - a man arranged it. He does not know how much was paid.
He asked twice about his cousin Dawit who he thinks lives in {{Leeds|place}}. He does not have a number for him.
No physical injuries seen apart from healing cuts on both hands. He says he has pain in his back.
Analysis: a child who has been through a long and very dangerous journey, with possible exploitation in Libya and an unknown "arranger". Presentation consistent with a 16 year old.
Next steps: IHA; referral to immigration solicitor; ask police about family tracing for Dawit; bus pass and clothes money; register with GP; check whether any contact from the arranger.
""".strip()),
    ("iha", "2025-02-27", "IHA", "onkemdirim", "Initial health assessment",
     "standard", """
IHA completed by Dr Mirembe, CLA health team, on Tues 25th Feb. Tigrinya interpreter by phone. I attended (ON, second worker) as ST on leave.

Findings: weight low for height (below 2nd centile); scabies - treated, second treatment in a week; dental decay, referred to the community dental service; latent TB screen (blood test) done, result to follow; immunisations - no records, catch up schedule started.
Several old linear scars across his upper back. Filmon said these were from being beaten with a hose in Libya. Dr Mirembe documented them on a body map.
Emotional health: poor sleep, nightmares most nights, startles at loud noises, does not like being in small rooms with the door closed. Dr Mirembe thinks he has symptoms of post-traumatic stress - referral made to the refugee and asylum seeker CAMHS team.
He is registered with the GP at {{Levenshulme Health Centre|place}}. NHS number [[431 572 8012|NHS_NUMBER:P01]].
""".strip()),
    ("mo1", "2025-03-10", "Management Oversight", "athorburn", "Management oversight - age, exploitation, legal",
     "standard", """
MO by Anselm Thorburn.
1. Age: IE disputed age. Nothing the workers have seen suggests he is over 18 and he is to be treated as a child. However a lawful, Merton compliant age assessment is needed because of the dispute. ST and ON (both trained) to complete, with a Tigrinya interpreter and an appropriate adult, start w/c 24/3. Do not rush it.
2. Exploitation: Filmon told Farai at the Lodge last week that a man "from the journey" has been ringing the Lodge landline asking for him and saying he owes money. This is a trafficking indicator on top of Libya. ST to make an NRM referral as first responder this week and inform police.
3. A strategy discussion will be convened if there is any further contact from the same man, or if Filmon goes missing.
4. He needs a family placement as soon as possible rather than semi-independent - Tigrinya speaking if we can find one. Referral to placements today.
""".strip()),
    ("calls", "2025-03-14", "Telephone Call", "stehrani", "Calls - NRM, solicitor, police",
     "standard", """
09.20 NRM referral submitted online (as first responder), Filmon's consent explained with interpreter on 12.3 - he agreed. Indicators: debt bondage, detention and violence in Libya, unknown "arranger", calls to the Lodge demanding money.
10.05 Rang the immigration solicitors' firm - legal aid accepted. Rosalie Dacre will act. First appointment 19.3 at their office, I will take him.
11.40 DC Brannock (Modern Slavery and Exploitation team) - told him about the calls to the Lodge. He will speak to the Lodge manager for call logs. Said Filmon should not be given the number of the Lodge landline again to give out, and the Lodge to tell any caller nothing.
14.15 Farai rang - no further calls this week. Filmon asked if he can go to the mosque - explained he is Orthodox Christian, he meant the Eritrean church, Farai will find out where.
""".strip()),
    ("solicitor", "2025-03-20", "Legal", "stehrani", "Immigration solicitor - advice (privileged)",
     "restricted", """
RESTRICTED - LEGALLY PRIVILEGED. Advice from the young person's immigration solicitor, shared with SW with his consent for care planning only. Not to be disclosed to any third party including the Home Office.

Rosalie Dacre, {{Dacre Whitlow Immigration LLP|place}}, [[3rd Floor, 18 Quay Street, Manchester|ADDRESS]] [[M3 3HN|POSTCODE]], direct line [[0161 496 0774|PHONE]], email [[r.dacre@dacrewhitlow.co.uk|EMAIL]].

Summary of advice after first appointment 19/3:
- The LA's age assessment will be key. If it goes against him she would seek to challenge it and would need the full record of the interviews.
- Some details of the journey he gave her differ from what he told IE at Sandbach (he told IE he was 18 because "the man in the lorry said to say that, or they send you back to France"). She advises this be recorded carefully in the age assessment as an explanation, not treated as a lie.
- Asylum claim: fear of indefinite national service and punishment as a draft evader on return. In her view a strong claim.
- Statement of Evidence Form to be completed by 10/4 with interpreter at her office.
""".strip()),
    ("age", "2025-04-07", "Assessment", "stehrani", "Age assessment - outcome",
     "standard", """
AGE ASSESSMENT (Merton compliant) - summary of outcome
Assessors: Shirin Tehrani and Ogechi Nkemdirim. Interpreter: Mr Bereket (Tigrinya) at every session. Appropriate adult: Farai (sessions 1 and 2), independent advocate (session 3).
Sessions: 24.3.25, 31.3.25 and 4.4.25 (the 2nd session was cut short after an hour as Filmon became upset talking about Libya - what was missed was covered at the start of the 3rd).

Information considered: his account of his family and schooling (he left school in grade 6, which fits his claimed age), the IHA, the Lodge's observations over 6 weeks, his interaction with peers, his explanation for telling IE he was 18 (he was told to by an adult in the lorry). Physical appearance was given limited weight.
Minded-to meeting held 4.4.25 - he was given the chance to respond to the provisional view.

CONCLUSION: the assessors are satisfied that Filmon's claimed age is accepted. Date of birth is assessed as 01/01/2009. He is 16. The Home Office has been informed and will update his record.
When told, he put his hand on his chest and said "now I can breathe".
""".strip()),
    ("fostering", "2025-04-16", "Placement Move", "stehrani", "Move to foster placement",
     "standard", """
Filmon moved yesterday (Tues 15/4) from Hartwell Lodge to a foster placement with Luwam and Yohannes Gebremedhin at [[9 Ashburn Grove, Levenshulme|ADDRESS:P02]] [[M19 2HT|POSTCODE:P02]]. They are an Eritrean couple, approved carers for 6 years, who speak Tigrinya and attend the Eritrean Orthodox church. Their own children are grown up.
I moved him with his belongings (2 bags). Farai came to say goodbye at the Lodge and Filmon hugged him. Luwam had cooked injera and zigni and Filmon ate two plates, which the Lodge said they had never seen.
Placement plan meeting held same day. House rules explained in Tigrinya by Yohannes. Phone: he has a basic phone from the LA, number given only to carers, SW, solicitor and college.
Carers know about the trafficking concern and that any contact from unknown adults must be reported straight away.
""".strip()),
    ("clarev", "2025-04-24", "CLA Review", "stehrani", "First CLA review",
     "standard", """
CLA review held 23/4/25 at the carers' home. IRO: Hesketh Amory. Interpreter present. (This first review was due in March and was late because of the age assessment - IRO has raised this.)

Present: Filmon, Luwam, ST, IRO. Farai sent a report.
Filmon's views: he is "happy in this house", likes the food and the church. Wants to go to college to learn English and to become an electrician. Worries about his mother, who he has not spoken to since Libya.
Updates: age assessment concluded and accepted. NRM: positive reasonable grounds decision received 11/4. Asylum claim lodged, SEF submitted on time, awaiting interview date. TB screen negative. CAMHS waiting list - about 12 weeks.
IRO recommendations: ESOL college place to start before the summer; Red Cross family tracing referral for his mother; life story work to begin once he is settled; PEP to be held once college confirmed.
""".strip()),
    ("intel", "2025-05-27", "Police", "stehrani", "Police intelligence - RESTRICTED",
     "restricted", """
RESTRICTED - police intelligence shared under the information sharing agreement. Not to be disclosed to Filmon, the carers, or his solicitor without the agreement of the OIC (DC Brannock).

DC Brannock rang today. The number that called Hartwell Lodge in March was traced to a phone that has since been active on [[07716 349082|PHONE]]. Intelligence links that phone to a man known as Kiflom, believed to be based at [[44 Lumb Lane, Bradford|ADDRESS]] [[BD8 7QP|POSTCODE]], who is suspected of organising onward movement and work for Eritrean men arriving by lorry and taking their wages to repay "debts". Operation ongoing. Police ask that if Filmon mentions Kiflom, Bradford, or any job offer, SW informs DC Brannock immediately.
""".strip()),
    ("missing", "2025-06-02", "Missing From Care", "onkemdirim", "Missing episode",
     "standard", """
Luwam rang EDT on Friday evening (30/5) at 22:15. Filmon (at college since the 12th of last month, ESOL, and going every day) had gone out after college at about 4 saying he was going to the library and did not come back. Phone switched off. Reported missing to police 22:40 (log ref given to EDT). Carers and EDT agreed he was HIGH risk given the trafficking concern.
Saturday: no contact. Luwam and Yohannes drove round the church and the areas he knows.
Sunday 1/6 at about 14:00 British Transport Police found him at Leeds station, sitting on a bench. He had a return train ticket. Brought back to Manchester by BTP and collected by Yohannes at 17:30. No injuries, he had eaten. He told Yohannes he had been "with my cousin".
Missing for approx 46 hours. This is his first missing episode. RHI arranged. Strategy discussion requested by ON to TM.
""".strip()),
    ("strat", "2025-06-04", "Strategy Discussion", "athorburn", "Strategy discussion - missing and exploitation",
     "standard", """
Strategy discussion - 3 June 2025, 10am. Chair Anselm Thorburn.
Present: ST, ON, DC Brannock, Luwam (for item 1 only), missing and exploitation coordinator, college safeguarding lead.

Information: missing 30/5 to 1/6, found in Leeds. Says he stayed with his cousin Dawit, who he found through a Facebook group of Eritreans in the UK. Police have checked the address he gave for Dawit - a genuine address, Dawit Tewolde is known to Leeds as a refugee with leave to remain, no concerns held. However the train ticket was bought online and Filmon does not have a bank card.
Decision: threshold for s47 NOT met - risk managed through the exploitation pathway and the care plan. Exploitation risk assessment to be updated (risk: medium). Safety plan with Filmon and carers. Police to speak to Dawit. Any future missing episode = immediate strategy discussion.
Supervised contact with Dawit to be considered once police checks complete, as Filmon wants family contact and stopping it may make him more likely to go.
""".strip()),
    ("rhi", "2025-06-05", "Return Home Interview", "onkemdirim", "RHI",
     "standard", """
RHI done by the independent RHI worker on 3rd inst, at the carers' home, with interpreter. Summary shared with SW:
Filmon said he went because he saw on Facebook that Dawit had a new baby and "I just wanted to see family". He said a man from the church he does not know well bought the ticket on his phone when Filmon gave him £30 cash (he had saved his allowance). He stayed at Dawit's flat both nights. He turned his phone off because he thought his carers would "be angry and send me away".
Denies being asked to work or to meet anyone else. Denies anyone asking him for money since March.
Push/pull: pull to family; no push factors - he says he is happy with Luwam and Yohannes.
He agreed to tell carers next time and ask for help to visit. He would like to see Dawit's baby again.
""".strip()),
    ("hointerview", "2025-06-23", "Case Note", "onkemdirim", "Home Office asylum interview",
     "standard", """
Accompanied Filmon to his substantive asylum interview at the Home Office in Salford on Thursday 19 June. Also present: Rosalie Dacre, Tigrinya interpreter (HO), responsible adult (me).
Interview ran 10am to 2.45pm with 3 breaks. Questions about his village, the army, his brother being taken, the journey and Libya. He became distressed when asked about the warehouse and the interviewer allowed a 20 minute break. He answered everything.
On the way home he said "they asked the same thing four times, do they think I lie". Reassured him. Ms Dacre will send written representations about the interview within 5 days.
Decision expected within months, not weeks.
""".strip()),
    ("college", "2025-07-15", "Education", "stehrani", "Update from college - ESOL",
     "standard", """
Email from Ms Ozoemena, ESOL course leader, {{Cheetham Hill campus|place}}, 14/7:
"Filmon started with us on 12 May on the 16-18 ESOL programme. His attendance is 96% - he has only missed the day after he went to Leeds. He has passed ESOL Entry 1 speaking and listening and moves onto Entry 2 in September with some maths. He is respectful and helps the newer students. He has asked about the electrical installation taster - we can offer him a place on it in the autumn term."
PEP held 10/7 - targets set for Entry 2 and the taster course.
""".strip()),
    ("asylum", "2025-09-09", "Case Note", "stehrani", "Asylum claim decided",
     "standard", """
Ms Dacre rang on the 4th to say the Home Office decision letter, dated 2 September, has arrived: Filmon has been GRANTED refugee status, with 5 years' leave to remain. eVisa to follow.
I told Filmon with Luwam at home that evening with an interpreter on the phone. He was silent for a long time then went to his room and rang Dawit. Later he came down and asked Luwam to ring the priest.
Also since the last update: NRM conclusive grounds decision received on 30 July - positive, he is recognised as a victim of trafficking. Red Cross tracing is still looking for his mother.
To do: update pathway planning now he is 16 and a half; NI number application; bank account; plan a celebration with carers. Dawit and his family came for Sunday lunch at the carers' the weekend before last (police checks cleared), which went well.
""".strip()),
]

QUESTIONS = [
    {"q": "where was he found", "qtype": "what", "facts": ["Sandbach services"], "notes": ["edt"], "as": "stehrani"},
    {"q": "when did the age assessment finish", "qtype": "when", "facts": ["2025-04-04"], "notes": ["age"], "as": "athorburn"},
    {"q": "who are his carers now", "qtype": "who", "facts": ["Luwam", "Yohannes Gebremedhin"], "notes": ["fostering"], "as": "stehrani"},
    {"q": "when did he go missing", "qtype": "when", "facts": ["2025-05-30"], "notes": ["missing"], "as": "athorburn"},
    {"q": "who did he say he was with in leeds", "qtype": "who", "facts": ["Dawit"], "notes": ["missing", "strat", "rhi"], "as": "stehrani"},
    {"q": "did the NRM come back positive at RG?", "qtype": "yes_no", "facts": ["yes"], "notes": ["clarev"], "as": "stehrani"},
    {"q": "what did he say in the RHI about why he went", "qtype": "quote", "facts": ["I just wanted to see family"], "notes": ["rhi"], "as": "athorburn"},
    {"q": "how long was he missing for", "qtype": "how_many", "facts": ["46 hours"], "notes": ["missing"], "as": "stehrani"},
    {"q": "has the home office made a decision on his claim yet", "qtype": "yes_no", "facts": ["yes"], "notes": ["asylum"], "as": "athorburn"},
    {"q": "whats his mums name?", "qtype": "who", "facts": [], "notes": [], "as": "stehrani"},
    {"q": "what's the name of the CAMHS worker he's seeing", "qtype": "who", "facts": [], "notes": [], "as": "athorburn"},
]

EVENTS = [
    ("2025-02-16", "referral", ["edt"], "Found by police in a lorry trailer at motorway services; age disputed by Immigration Enforcement."),
    ("2025-02-16", "placement_move", ["edt"], "Accommodated under s20 and placed in emergency semi-independent accommodation."),
    ("2025-02-25", "health", ["iha"], "Initial health assessment: scabies, low weight, scars from beatings in Libya; CAMHS referral."),
    ("2025-03-14", "referral", ["calls"], "NRM referral submitted as first responder after calls demanding money; police informed."),
    ("2025-03-24", "assessment", ["age"], "Merton-compliant age assessment started."),
    ("2025-04-04", "assessment", ["age"], "Age assessment concluded: claimed age accepted, DOB 01/01/2009."),
    ("2025-04-11", "positive_change", ["clarev"], "NRM positive reasonable grounds decision."),
    ("2025-04-15", "placement_move", ["fostering"], "Moved from semi-independent accommodation to Tigrinya-speaking foster carers."),
    ("2025-04-23", "cla_review", ["clarev"], "First CLA review (late); ESOL, family tracing and PEP recommended."),
    ("2025-05-12", "school_move", ["missing"], "Started 16-18 ESOL programme at college."),
    ("2025-05-30", "missing_episode", ["missing", "strat", "rhi"], "Missing from foster placement for about 46 hours; found by BTP at Leeds station."),
    ("2025-06-03", "strategy_discussion", ["strat"], "Strategy discussion on missing episode and exploitation risk: s47 threshold not met."),
    ("2025-06-03", "return_home_interview", ["rhi"], "Return home interview: went to see cousin in Leeds; denies exploitation."),
    ("2025-06-19", "assessment", ["hointerview"], "Substantive Home Office asylum interview."),
    ("2025-07-30", "positive_change", ["asylum"], "NRM conclusive grounds decision positive: recognised as a victim of trafficking."),
    ("2025-09-02", "positive_change", ["asylum"], "Asylum claim decided: granted refugee status with 5 years' leave to remain."),
]
