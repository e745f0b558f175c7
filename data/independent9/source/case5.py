"""IN9-0005: a night-time house fire, a 7-year-old with burns; restricted record, the mother is a councillor (author B)."""

CASE = {
    "case_id": "IN9-0005",
    "team": "Wexcombe Child Protection",
    "status": "closed",
    "restricted": True,
    "access_list": ["equillon", "arauch"],
    "allocated_worker": "equillon",
    "child": {
        "person_id": "P01", "given_name": "Iseult", "family_name": "Przybylski", "date_of_birth": "2017-05-09",
        "gender": "female", "ethnicity": "White Other", "religion": "Roman Catholic",
        "nhs_number": "988 197 3694", "address": "11 Chenoweth Close, Wexcombe WX3 9RP",
        "school": "St Petroc's Catholic Primary",
        "given_origin": "irish", "family_origin": "eastern_european",
    },
    "people": [
        {"person_id": "P02", "given_name": "Dymphna", "family_name": "Hennessy", "relationship": "mother",
         "date_of_birth": "1988-12-14", "phone": "07456 771203", "address": "11 Chenoweth Close, Wexcombe WX3 9RP",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P03", "given_name": "Jurek", "family_name": "Przybylski", "relationship": "father",
         "date_of_birth": "1985-06-30", "phone": "07388 652917", "address": "11 Chenoweth Close, Wexcombe WX3 9RP",
         "given_origin": "eastern_european", "family_origin": "eastern_european"},
        {"person_id": "P04", "given_name": "Antek", "family_name": "Przybylski", "relationship": "brother",
         "date_of_birth": "2021-02-19", "given_origin": "eastern_european", "family_origin": "eastern_european"},
    ],
}

ALIASES = {
    "Iseult Przybylski": "P01", "Iseult": "P01", "Izzy": "P01/irish",
    "Dymphna Hennessy": "P02", "Dymphna": "P02", "Hennessy": "P02", "HENNESSY": "P02",
    "Jurek Przybylski": "P03", "Jurek": "P03",
    "Antek Przybylski": "P04", "Antek": "P04",
    "Przybylski": "P03", "PRZYBYLSKI": "P03",
    "Wendell Crichlow": "~caribbean", "Crichlow": "~caribbean", "Wendell": "~caribbean",
    "Lewys Vaughan": "~british", "Vaughan": "~british",
    "Zielinska": "~eastern_european",
    "Batoul Tikriti": "~arabic", "Tikriti": "~arabic",
    "Calloway": "~british", "Hartley-Oakes": "~british", "Hartley": "~british",
    "Aurelio Rauch": "~latin_american", "E Quillon": "~british", "Evangeline Quillon": "~british",
    "Flat 4, Hosking House": "ADDRESS:P02", "Hosking House": "ADDRESS:P02",
    "11 Chenoweth Close": "ADDRESS:P02", "Chenoweth Close": "ADDRESS:P02",
}

NOTES = [
    ("contact", "2024-10-14", "Contact", "equillon", "EDT handover - house fire Sat 12/10, child with burns",
     "standard", """
EDT record from the weekend (copied over this morning, EDT SW on call Sat night):

Call from police control {{03:55|time}} Sat 12th Oct. Fire at 11 Chenoweth Close, Wexcombe [[WX3 9RP|POSTCODE:P02]], reported 02:40 by a neighbour. Kitchen fire, a chip pan left on the hob. Both parents asleep upstairs, had been out at a function and drinking. Neighbour at no.13 (Wendell) was woken by his own smoke alarm, saw smoke coming from next door, kicked the back door in and carried Antek (3) out. Dad brought Iseult (7) down the stairs himself through the smoke. Iseult has burns to L hand, L forearm and neck - she had gone down to the kitchen first, thinks she tried to "put it out". Taken by ambulance to {{Wexcombe General|place}} A&E, then transferred to the regional burns centre at {{Mordaunt Hospital|place}} same morning. Mum went with her.
Antek checked by paramedics, smoke inhalation ruled out, stayed with dad at his friend's. Police breathalysed no-one (not driving) but officers noted both parents "clearly intoxicated".

EDT: no immediate protection action needed, dad sober enough by 6am per police, children safe. Passed to CP team for strategy discussion Monday.

Duty TM note: mum is Cllr HENNESSY, elected member for Wexcombe Central ward. Record to be restricted - see MO.
"""),
    ("strat", "2024-10-14", "Strategy meeting", "equillon", "Strategy discussion",
     "standard", """
STRATEGY DISCUSSION 14/10/24 {{11:00|time}} (Teams)
Chair: Aurelio Rauch TM. Present: E Quillon SW; DS Hartley-Oakes, CAIT (by phone); Watch Manager Lewys Vaughan, Wexcombe Fire & Rescue (fire investigation); [[Batoul Tikriti|~arabic]], safeguarding nurse, {{Mordaunt Hospital|place}}; school (DSL, {{St Petroc's|place}}) apologies.

Info shared:
Hospital - Iseult stable on the burns ward. Burns approx 6% TBSA, mixed partial thickness, L hand/forearm worst, neck superficial. Plastic surgeon thinks she will need grafting on the hand. Mum present throughout, "very distressed".
Fire service - investigation today. Early view: unattended chip pan, fire confined to kitchen; whole house smoke damaged.
Police - no previous DA or child concern call-outs to the address. Considering whether offence of neglect (s1 CYPA 1933) made out; will discuss with CPS.
School - attendance 99%, no worries ever raised.

Decision: s47 enquiry - single agency led by CSC, police to run parallel enquiry. Children to remain in parents' care with a safety plan: one parent to remain sober whenever the children are in their care; no deep fat frying. Housing to be sought - house uninhabitable.
"""),
    ("mo", "2024-10-14", "Management oversight", "arauch", "MO - restriction of record",
     "restricted", """
This record is restricted. Mother is an elected member of this council (Cllr Hennessy, Wexcombe Central). Access limited to EQ and myself. The Director has been informed as per the elected members protocol; she will not see the file. Mum has asked that any contact goes to her personal mobile, not her council email [[d.hennessy@members.wexcombe.gov.uk|EMAIL:P02]]. Any approach from the press to go to the comms team ([[Calloway|~british]]) and not to be answered by SW. No different treatment of this family because of mum's role, in either direction - thresholds as for any family.
"""),
    ("hosp1", "2024-10-17", "Hospital", "equillon", "Visit to burns centre",
     "standard", """
Visited Iseult at {{Mordaunt|place}} burns centre yesterday afternoon with mum present, then saw Izzy on her own in the playroom with the play specialist nearby.
Izzy's hand is bandaged in a big dressing "like a boxing glove". She was chatty. Asked what happened, she said "I smelt something and went down and the pan had fire coming out of it and the smoke was all black". She said she tried to carry it to the sink. She said mummy and daddy were asleep because "they had a party". She asked if Antek was ok and if her bedroom had burnt.
Burns nurse: about 6% of her body, deepest on the palm and fingers of L hand. Theatre planned for next week for a split skin graft, donor site thigh.
Mum said "I will never forgive myself". She said they had about 4 or 5 drinks each at a charity dinner and she remembers dad saying he'd make chips when they got back but thought he had turned it off.
"""),
    ("fire", "2024-10-22", "Case note", "equillon", "Fire investigation - email from Wexcombe F&R",
     "standard", """
Email from Watch Manager Vaughan (fire investigation) rec'd today, summarised:
- Fire investigation carried out Mon 14th.
- Cause: accidental. Chip pan of oil left on a lit gas hob, ignited approx 02:20.
- Smoke alarm: one battery alarm on the landing, battery removed ("because it kept going off when we cooked", dad). So no, there was no working smoke alarm in the property. The alarm the neighbour heard was his own. (Neighbour is Mr Crichlow at no.13, who went in for Antek - WM Vaughan has put him forward for a fire service bravery commendation.)
- Kitchen destroyed, smoke damage through ground floor and stairs. Not habitable for weeks/months.
- Fire service will do a free Safe and Well visit at any new address and fit linked alarms.
He added that in his view the children "were very lucky".
"""),
    ("visit1", "2024-10-24", "Home Visit", "equillon", "HV - temporary accommodation",
     "standard", """
Purpose of visit: s47 - see Antek and dad, check temp accommodation, review safety plan.
Family moved on Fri 18th into temporary accommodation arranged by Housing Options: Flat 4, Hosking House, Wexcombe (2 bed, furnished). Mum spending days at {{Mordaunt|place}} with Iseult, nights here.
Antek seen - playing with cars, clean, appropriate, said "fire engine came" and "Wendell carried me". No marks.
Fire service Safe and Well visit done Mon 21st - 3 linked smoke alarms fitted and a heat alarm in the kitchen. Tested today, working.
Dad: accepts full responsibility, says he "can't remember" putting the pan on. Dad says he drinks "most nights, a few cans". Agreed referral to {{Wexcombe Recovery Hub|place}}.
Safety plan reviewed and signed by both parents today:
- one adult will stay sober whenever the children are in their care, overnight included;
- no chip pan / deep fat frying;
- alarms tested weekly (dad to do Sundays).
Analysis: single incident, significant harm to Iseult. Parents insightful and cooperative. Alcohol use needs understanding.
"""),
    ("graft", "2024-10-25", "Phone call", "equillon", "Ward update",
     "standard", """
Call from burns ward sister, {{10:30|time}}. Iseult had her skin graft to the L hand and forearm on Wednesday 23rd, under GA, donor skin from her R thigh. Went well, first dressing change on Monday. She will need a pressure glove for up to a year and hand therapy. Possible discharge end of next week.
"""),
    ("press", "2024-10-30", "Case note", "arauch", "Press enquiry",
     "restricted", """
Comms ([[Calloway|~british]]) told me the Wexcombe Courier has been asking about "a councillor's child hurt in a fire" and has a photo of the house. Statement given: the council does not comment on individual children. Mum told, she is very anxious about it and is considering stepping back from her cabinet role. SW not to discuss with anyone outside the access list. Reporter also rang the neighbour. Nothing published yet.
"""),
    ("disch", "2024-11-04", "Hospital", "equillon", "Discharge",
     "standard", """
Iseult was discharged from {{Mordaunt|place}} on Friday (1st Nov) to the temp flat. Dressing clinic at {{Wexcombe General|place}} twice weekly, hand therapy weekly. Pressure glove fitted. Pain managed with paracetamol/ibuprofen. Discharge summary rec'd and scanned. No safeguarding concerns from ward about parents' presentation during admission - mum there every day.
"""),
    ("s47out", "2024-11-08", "S47", "equillon", "s47 outcome",
     "standard", """
Outcome of section 47 enquiry.
Police update (DS Hartley-Oakes 6/11): after CPS advice no further action re neglect. Accidental fire, no previous concerns.
Findings: Iseult suffered significant harm (burns requiring a graft) as a result of both parents being intoxicated and asleep while a chip pan was on, with no working smoke alarm. Concerns substantiated. However, it is a single incident, parents have taken full responsibility, safety plan in place and kept, alarms fitted, dad engaging with the alcohol service (1st appt 5/11), mum not drinking.
Recommendation (agreed AR): ICPC not required. Children to be supported under a child in need plan for 3 months.
"""),
    ("letter", "2024-11-11", "Letter", "equillon", "Letter to parents - s47 outcome",
     "standard", """
Ms D Hennessy and Mr J Przybylski
Flat 4, Hosking House
Wexcombe

11 November 2024

Dear Dymphna and Jurek,

Outcome of child protection enquiries (section 47, Children Act 1989)

I am writing to confirm what we discussed on the phone on Friday. We have completed the enquiries we started on 14 October after the fire at your home.

We found that Iseult was seriously hurt because there was no sober adult awake and no working smoke alarm when the chip pan caught fire. We also recognise that you have both been honest with us, have kept to the safety plan, and that Jurek has started working with {{Wexcombe Recovery Hub|place}}.

We will not be holding a child protection conference. Instead we are offering support to Iseult and Antek under a child in need plan. The first meeting will be on Thursday 14 November at 10am at your flat. If you disagree with this outcome you can contact my manager, Aurelio Rauch, or use the complaints procedure (leaflet enclosed).

Yours sincerely

Evangeline Quillon
Social Worker, Wexcombe Child Protection
"""),
    ("cin1", "2024-11-14", "CIN meeting", "equillon", "Initial CIN meeting",
     "standard", """
Present: parents, SW, DSL {{St Petroc's|place}}, hand therapist, HV (for Antek), {{Wexcombe Recovery Hub|place}} worker.
CIN plan agreed:
1. Safety plan continues (sober adult, alarms, no frying).
2. Dad attends Recovery Hub weekly; mum to attend a parent session too.
3. Iseult's return to school to be planned with DSL and hand therapist.
4. Housing: repairs to Chenoweth Close expected to take 8-10 weeks; family remain at Hosking House meanwhile.
5. Play therapy for Iseult re the fire - she has nightmares (mum).
Next CIN review in Feb.
"""),
    ("hv", "2024-11-21", "Health Visitor", "equillon", "HV entry - Antek (shared by health)",
     "standard", """
Health visiting record entry, shared by HV [[Morwen Trengrouse|~british]] with parents' consent, copied:

19/11/24 Targeted contact - 3yr 9m - home visit (temp address). Seen with mother.
Reason: notification from CSC / ED of house fire 12/10, sibling burns.
Growth: wt 15.8kg (50th centile), ht 100cm (50th). No concerns.
Development: talking in short sentences, clear to familiar adults. Toilet trained day.
Sleep: waking 2-3x a night since the fire, comes into parents' bed. Mum reports he says "hot, hot" and won't go near the cooker. Night terrors x2 last week.
Skin: no marks or injuries seen. No burns.
Home: smoke alarms present and tested in my presence. No alcohol seen. Mum reports she has not drunk since the incident. Mum tearful, low mood screen (PHQ-2) negative.
Nursery: 15 hrs funded place to start Jan at {{Penwartha Nursery|place}}.
Plan: sleep advice given, leaflet. HV review 6 wks. Liaise with SW.
"""),
    ("school", "2024-11-26", "School liaison", "equillon", "call w DSL",
     "standard", """
spoke to DSL {{St Petroc's|place}}. Iseult went back to school on Mon 18th, mornings only for the first 2 weeks, full days from 2nd Dec. Excused PE until hand therapist says. Pressure glove on all day, teacher has been shown how to check it. Class did a fire safety assembly with the fire service (planned before, school asked us if ok). Izzy told the class about her glove and "was a bit of a celebrity". One boy called her "crispy" - dealt with by the head, parents informed.
"""),
    ("visit2", "2024-12-12", "Home visit CIN", "equillon", "CIN visit",
     "standard", """
Visit to Hosking House. Both children seen; Izzy seen alone in her room, showed me her hand, graft healed, pink and shiny. She said she still dreams about "black smoke" sometimes but less. She wants to go home for Christmas but knows the kitchen isn't ready.
Dad has attended 5 of 5 Recovery Hub sessions, says he has stopped drinking at home. Mum says she has not had a drink since the fire. Safety plan in place, alarms tested (test date written on the fridge). Housing say repairs done by early Jan.
Mum told me she has stepped down from her cabinet role "to focus on the kids" but is still a councillor.
"""),
    ("home", "2025-01-09", "Telephone", "equillon", "tel - family back home",
     "standard", """
Mum rang. Family moved back into Chenoweth Close on Monday (6th). New kitchen, electric hob, 4 mains-wired smoke alarms and a heat detector fitted by the housing association. Fire service will revisit. Kids "over the moon". Iseult back to full PE from next week with the hand therapist's agreement.
"""),
    ("cinrev", "2025-02-11", "CIN review", "equillon", "CIN review",
     "standard", """
CIN review meeting. Present: parents, SW, DSL, Recovery Hub.
All plan actions complete or on track: safety plan kept throughout, no further incidents, dad completed 10 sessions at the Recovery Hub and has been discharged, family back home since January, Iseult attending full time (attendance 98% since return), play therapy ended with positive report, Antek settled at nursery.
Iseult's view: "I'm not scared of the kitchen now."
Agreed by all: no further role for CSC. Recommend closure, universal services plus burns outpatient follow-up. Parents agree.
"""),
    ("closure", "2025-02-21", "Closure summary", "arauch", "Case closure",
     "standard", """
Closure authorised. Single serious incident (house fire 12/10/24, Iseult burned, graft 23/10/24), s47 substantiated, CIN plan Nov 24 - Feb 25. Risk reduced: working alarms, safety plan, alcohol work completed, family rehoused then returned home. Step down to universal services. Burns outpatients continue at {{Mordaunt|place}} until glove no longer needed. Record remains restricted. - AR
"""),
]

QUESTIONS = [
    {"q": "when was the fire?", "qtype": "when", "facts": ["2024-10-12"], "notes": ["contact"], "as": "equillon"},
    {"q": "who got the little one out of the house", "qtype": "who", "facts": ["Crichlow"], "notes": ["fire"], "as": "arauch"},
    {"q": "what actually started the fire", "qtype": "what", "facts": ["chip pan"], "notes": ["contact", "fire"], "as": "equillon"},
    {"q": "how much of her body was burnt (percent)", "qtype": "how_many", "facts": ["6%"], "notes": ["strat", "hosp1"], "as": "equillon"},
    {"q": "when did iseult have the graft", "qtype": "when", "facts": ["2024-10-23"], "notes": ["graft"], "as": "equillon"},
    {"q": "was there a working smoke alarm in the house?", "qtype": "yes_no", "facts": ["no"], "notes": ["fire"], "as": "arauch"},
    {"q": "what did Izzy say about the night of the fire", "qtype": "quote", "facts": ["the smoke was all black"], "notes": ["hosp1"], "as": "equillon"},
    {"q": "when did she go back to school after the burns", "qtype": "when", "facts": ["2024-11-18"], "notes": ["school"], "as": "equillon"},
    {"q": "whos the fire investigator", "qtype": "who", "facts": ["Vaughan"], "notes": ["strat", "fire"], "as": "equillon"},
    {"q": "who's the physio on the burns unit", "qtype": "who", "facts": [], "notes": [], "as": "equillon"},
    {"q": "how much did the repairs to the house cost", "qtype": "how_many", "facts": [], "notes": [], "as": "arauch"},
]

EVENTS = [
    ("2024-10-12", "police_incident", ["contact"], "House fire at night from an unattended chip pan while both parents slept after drinking"),
    ("2024-10-12", "hospital", ["contact", "strat"], "Iseult taken to A&E with burns, transferred to the regional burns centre"),
    ("2024-10-14", "strategy_discussion", ["strat"], "Strategy discussion; s47 agreed; safety plan with a sober adult"),
    ("2024-10-14", "police_incident", ["fire"], "Fire service investigation: accidental chip pan fire, no working smoke alarm"),
    ("2024-10-18", "household_change", ["visit1"], "Family moved into temporary accommodation; home uninhabitable"),
    ("2024-10-21", "positive_change", ["visit1"], "Fire service Safe and Well visit: linked smoke alarms and heat alarm fitted"),
    ("2024-10-23", "hospital", ["graft"], "Iseult has a split skin graft to her left hand and forearm"),
    ("2024-11-01", "hospital", ["disch"], "Iseult discharged from the burns centre"),
    ("2024-11-06", "police_incident", ["s47out"], "Police take no further action on neglect after CPS advice"),
    ("2024-11-08", "section_47", ["s47out", "letter"], "s47 concluded: substantiated, single incident; CIN plan rather than ICPC"),
    ("2024-11-14", "cin_review", ["cin1"], "Initial child in need meeting; CIN plan agreed"),
    ("2024-11-18", "positive_change", ["school"], "Iseult returns to school part time"),
    ("2025-01-06", "household_change", ["home"], "Family return home after repairs, mains smoke alarms fitted"),
    ("2025-02-11", "cin_review", ["cinrev"], "CIN review: plan complete, closure recommended"),
    ("2025-02-21", "closure", ["closure"], "Case closed to universal services"),
]
