"""IN12-0005: a 16-year-old stabbed in a park; extra-familial harm, youth justice, exploitation, a move."""

CASE = {
    "case_id": "IN12-0005",
    "team": "Tenterden Adolescent Safeguarding",
    "status": "child_in_need",
    "allocated_worker": "vwolsey",
    "child": {
        "person_id": "P01", "given_name": "Tyreek", "family_name": "Cumberbatch", "date_of_birth": "2008-11-19",
        "gender": "male", "ethnicity": "Black Caribbean", "nhs_number": "525 309 3184",
        "address": "Flat 9, Oriel House, Tanyard Lane, Ashford TN23 4RB", "school": "Wealdgate Academy",
        "given_origin": "caribbean", "family_origin": "caribbean",
    },
    "people": [
        {"person_id": "P02", "given_name": "Veronica", "family_name": "Cumberbatch", "relationship": "mother",
         "date_of_birth": "1984-02-27", "phone": "07946 218830",
         "address": "Flat 9, Oriel House, Tanyard Lane, Ashford TN23 4RB",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P03", "given_name": "Shantelle", "family_name": "Cumberbatch", "relationship": "sister",
         "date_of_birth": "2013-08-04", "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P04", "given_name": "Prunella", "family_name": "Crouchman", "relationship": "youth justice officer",
         "phone": "01233 618472", "given_origin": "british", "family_origin": "british"},
    ],
}

ALIASES = {
    "Tyreek": "P01", "Tee": "P01", "CUMBERBATCH": "P01",
    "Veronica": "P02", "Ms Cumberbatch": "P02",
    "Shantelle": "P03", "Shan": "P03",
    "Prunella": "P04", "Crouchman": "P04",
    "Bexley": "~british", "Dankwa": "~african", "Abdirizak": "~african", "Gwilt": "~british",
    "Rebekah": "~british", "Kobina": "~african", "Rowley": "~british", "Venetia": "~british",
}

NOTES = [
    ("ppn", "2025-03-09", "Police notification", "vwolsey", "PPN - stabbing, Hollowmead Park", "standard", """
POLICE PROTECTION NOTICE / MERLIN received MASH 09/03/2025 {{07:55|time}}
Subject: Tyreek CUMBERBATCH, dob 19/11/08
Circumstances: At approx {{21:40|time}} hrs on Saturday 08/03/2025 officers attended {{Hollowmead Park|place}} following a 999 call from a member of the public reporting a youth injured near the skate ramp. Subject located with a single stab wound to the left thigh, heavy bleeding, tourniquet applied by officers. Conveyed by ambulance to {{William Harvey Hospital|place}}. Subject would not provide any account of how the injury occurred, stating he "fell on something". No suspects identified. Scene preserved. Two other youths seen running from the area towards {{Vicarage Lane|place}}.
Mother Veronica informed by officers and attended hospital.
Risk assessment: HIGH. OIC: DC [[Emyr Gwilt|~british]].
"""),
    ("ward", "2025-03-10", "Hospital", "vwolsey", "Hospital - youth worker call", "standard", """
T/C from [[Rebekah Bexley|~british]], youth worker with the hospital's violence intervention project (based in ED). She met Tee on the ward Sun afternoon. He had surgery Saturday night to repair a blood vessel, is on a drip, expected home Tues if all ok.
Tee told her "I know who it was but I'm not a snitch, I'll deal with it". She took that as a possible threat of retaliation and has passed it to police. He wouldn't say more. He did talk about football, and said he's "not been to school properly since Christmas".
Mum at the bedside the whole time, very frightened, said to Rebekah "they'll come for him again".
Bexley has agreed to keep working with him for 12 weeks after discharge if he'll have it - he said "maybe".
"""),
    ("strat", "2025-03-11", "Strategy discussion", "utolputt", "Strategy discussion - extra-familial harm", "standard", """
Strategy discussion 11/3/25 {{10:00|time}} (Teams). Chair: UT (TM).
Attendees: UT, VW (SW), DC Gwilt (CID), DS from MASH, hospital safeguarding nurse, Wealdgate DSL, R. Bexley (youth worker), youth justice (duty).

Information shared:
Police - no suspects. CCTV being pulled from the {{Peri Hut|place}} chicken shop on {{Station Parade|place}} which overlooks the park entrance. Local intelligence: Tee has been seen for about 3 months with a group of older boys (17-19) who hang around the chicken shop and the park after dark; one of the group is linked to cannabis supply. Tee is not known to police before this.
School - attendance 61% this year, was doing fine until Year 11. Two fixed-term suspensions this year (fighting, defiance). Teachers noticed new trainers and a second phone in November.
Health - discharged home today. Will need physio.
Mum - not present; VW spoke to her yesterday, she wants the family moved.

Analysis: a 16 yr old with a serious injury who won't say who did it, probable peer/gang conflict, possible exploitation. The risk is outside the home; mum is protective.
Decisions:
1. s47 enquiry to proceed (extra-familial harm), led by VW, with ZC as second worker.
2. Contextual safeguarding: peer group mapping and a location assessment of {{Hollowmead Park|place}} and the chicken shop with community safety.
3. Consider an NRM referral once we know more.
4. Support mum's housing request.
5. Reconvene if there is any further incident.
"""),
    ("visit1", "2025-03-18", "Home visit", "zcoldicott", "Joint home visit VW/ZC", "standard", """
Joint visit VW & ZC, Tues 18th.
Tee on crutches on the sofa, hood up. Polite but flat. Said he doesn't want to talk about the park: "it's done". Said he wasn't carrying anything himself that night. When VW asked if he feels safe he shrugged and said "safe as anyone round here".

Shantelle (11) - seen alone in her room by ZC. She has been sleeping in mum's bed since it happened. Said she is scared "they'll come to the flat because everyone knows where we live", she won't walk home from school past the park anymore and mum picks her up. She cried talking about seeing Tee's blood on his jeans in the hospital bag.

Mum (Veronica) - wants an emergency move: "I'm not waiting for them to finish what they started". She has written to the housing association. VW agreed to write in support today.
Plan: VW letter to housing; ZC to offer Shantelle some sessions and talk to her school; Tee to see Bexley weekly.
"""),
    ("peers", "2025-03-28", "Case note", "vwolsey", "Contextual safeguarding - peer group mapping", "standard", """
Peer group mapping, done with school, police (neighbourhood team) and the youth worker, w/c 24/3.

Peers named by school as Tee's friends since primary: [[Kobina Dankwa|~african]], [[Rowley Wedgwood|~british]] - both still at Wealdgate, both described as "good kids", Kobina's mum has already stopped him going to the park.
Older group (names from police, not to be shared with the family): 4 young men aged 17-19, one of whom is known for dealing. Tee was introduced by a cousin, he says "they're just people I chill with". He has been spending evenings at the chicken shop and coming in after midnight since Nov.
Tee was asked by VW to draw his own map of where he feels safe/unsafe - marked the flat and his nan's as safe, the park, the chicken shop and the underpass at {{Station Parade|place}} as not.
Other young people at risk: Rowley has also been seen with the older group twice. School to share with Rowley's worker.
"""),
    ("location", "2025-04-08", "Case note", "zcoldicott", "Location assessment - Hollowmead Park and Peri Hut", "standard", """
Location assessment carried out on the evening of Thurs 3rd April, {{18:00|time}}-{{21:00|time}}, ZC with community safety officer, PCSO, the park warden and a detached youth worker.

Hollowmead Park: three lights out along the path from the skate ramp to the {{Vicarage Lane|place}} gate, no CCTV inside the park. Around 15 young people present, groups of 3-4, a few under 14. Evidence of drug use at the ramp (nitrous canisters, bags). Park warden says the gate is never locked.
Peri Hut (chicken shop): owner helpful, has 2 working cameras, says "the same lads" come in most nights, some order for others and leave. Staff said they've seen younger boys being sent in to buy for older ones.

Recommendations: council to fix lighting (community safety to raise), CCTV camera on the ramp, detached youth work Thurs and Fri nights from May, the shop owner to have the police contact for reporting. To go to the contextual safeguarding panel.
"""),
    ("housing", "2025-04-23", "Case note", "vwolsey", "Housing - management transfer", "standard", """
Update from the housing association: their panel sat a week last Tuesday and agreed a management transfer on safety grounds, priority band A. But there is no suitable 3-bed in their stock outside the area at the moment and mum has been told it "could be months". Mum refused the offer of temp accommodation in {{Sheerness|place}} because Shantelle's school is here. VW has asked housing to look at a reciprocal with another landlord.
"""),
    ("arrest", "2025-05-06", "Police incident", "vwolsey", "Arrest - bladed article", "standard", """
Police notification rec'd 05/05 re arrest on Friday 2nd May. Tee stopped and searched by officers on {{Station Parade|place}} at {{22:15|time}}, found with a kitchen knife (approx. 20cm blade) in his waistband, £340 in cash and two mobile phones. Arrested for possession of a bladed article, interviewed with appropriate adult (mum). In interview said the knife was "for protection, after what happened, I'm not getting stabbed again". Would not explain the cash or the second phone. Charged and bailed to appear at the youth court on 20 May.
VW visited Tues 6th. Tee said he's "not a drug dealer" and the money was "from my cousin". Mum very angry with him and frightened - "he's turning into the thing that nearly killed him".
"""),
    ("exclusion", "2025-05-13", "School", "vwolsey", "Permanent exclusion", "standard", """
Wealdgate Academy - head teacher confirmed a permanent exclusion by letter dated Friday 9th May, following an incident on Weds 7th where Tee squared up to a member of staff and pushed him when asked to remove his hood. Plus the previous suspensions and the police matter. Mum says the school "have wanted him gone since he got stabbed".
Governors' meeting to be held within 15 school days; mum intends to attend.
Meanwhile Tee is at home all day, which VW and mum both see as the worst option. Referral made to the {{Highfield Learning Centre|place}} (AP) - place offered from Mon 2 June.
"""),
    ("court", "2025-05-21", "YOT", "vwolsey", "Youth court outcome", "standard", """
Email from [[Prunella Crouchman|P04]] (YJS case manager) 21/5:
"Hi Venetia - Tyreek pleaded guilty at the youth court yesterday. He was given a six month referral order. First panel meeting will be in the next 4 weeks; I'll invite you. He was quiet and respectful in court, mum was with him. I've done an AssetPlus and would put him high for safety and wellbeing, medium for risk of serious harm. I think there's a real exploitation picture here - happy to co-sign an NRM. F"
Governors upheld the exclusion on 20th too (same day as court) - mum "hasn't got the energy to appeal".
"""),
    ("oversight", "2025-05-29", "Supervision", "utolputt", "Supervision - NRM and plan", "standard", """
Supervision UT/VW 29.5.25.
NRM - agreed there are clear indicators of criminal exploitation (older peers, cash, two phones, knife carried "for protection", the chicken shop observations, being out till past midnight). VW submitted the NRM referral as first responder yesterday (28th). Tee was told and didn't object; mum supports it.
Mentor - referral accepted by the mentoring charity, mentor is [[Abdirizak Warsame|~african]], first meeting to be arranged.
S47 concluded - concerns substantiated re harm outside the home; not a matter for a CP conference as risk is extra-familial and mum protective: continue under a CIN plan with the contextual safeguarding panel overseeing. Location recommendations: lighting fixed, CCTV still not agreed.
Housing still stuck. UT to escalate to the housing director.
"""),
    ("nearmiss", "2025-06-18", "Telephone call", "vwolsey", "Tel call from mum - incident", "standard", """
{{11:20|time}} mum rang VW. (For context: Tee started at Highfield on 2nd June as planned and has gone most days.) On Saturday (14th) at about {{4pm|time}} Tee was walking back from AP with a friend when a car pulled up on {{Tanyard Lane|place}}, someone shouted his name and a boy got out with what Tee described as "a machete or a big knife". Tee ran into the corner shop and the owner locked the door. Car drove off. Nobody hurt. Mum only found out yesterday because the shopkeeper told her.
{{11:45|time}} VW informed DC Gwilt. Police are treating it as a threat to life and an Osman warning was delivered to Tee and mum this morning.
{{13:10|time}} UT informed; reconvened strategy discussion not needed as police and the plan already in place, but UT rang the housing director - housing to find temporary accommodation out of area within the week. Tee to be driven to and from AP by the provision's minibus.
"""),
    ("moved", "2025-07-10", "Home visit", "zcoldicott", "Visit - temporary accommodation", "standard", """
First visit at the new address. The family moved to temporary accommodation in {{Folkestone|place}} on Friday 4 July (3 bed house, housing association's, out of the area). Mum: "I can breathe again".
Shantelle has her own room, says she's sleeping in it, and is doing a summer club. ZC spoke to her alone - less scared, "nobody knows us here".
Tee - has met Abdirizak (mentor) twice, they went to the gym. Tee said "he's alright, he doesn't preach". Still going to AP by minibus, attendance 88%.
Home Office NRM: reasonable grounds decision received 3 July - positive.
"""),
    ("panel", "2025-08-14", "Case note", "vwolsey", "Referral order panel / college", "standard", """
VW attended Tee's referral order review panel on 12th with Prunella. He has done his reparation hours at the community garden and the knife crime awareness sessions. Panel happy. Tee has applied to {{East Kent College|place}} for a level 1 motor vehicle course; interview done, place offered to start in September.
No further police contact since the June incident.
"""),
    ("college", "2025-09-16", "Home visit", "vwolsey", "Visit - started college", "standard", """
Tee started college on Monday 8th September. VW visited today after college. He showed me his overalls and said "first time in ages I've wanted to go somewhere". He travels by bus, about 25 mins.
Mentor sessions continuing fortnightly. Referral order ends in November. No contact with the old group he says, and Abdirizak has seen nothing to suggest otherwise.
Mum plans to bid for a permanent place in Folkestone. Plan: CIN review next month to consider step down.
"""),
]

QUESTIONS = [
    {"q": "which park was he stabbed in", "qtype": "what", "facts": ["Hollowmead Park"], "notes": ["ppn"], "as": "vwolsey"},
    {"q": "when did tee get stabbed", "qtype": "when", "facts": ["2025-03-08"], "notes": ["ppn"], "as": "utolputt"},
    {"q": "what did he say to the youth worker at the hospital?", "qtype": "quote", "facts": ["I'm not a snitch"], "notes": ["ward"], "as": "vwolsey"},
    {"q": "who is his yot worker", "qtype": "who", "facts": ["Prunella Crouchman"], "notes": ["court"], "as": "vwolsey"},
    {"q": "how long is the referal order", "qtype": "how_many", "facts": ["six month"], "notes": ["court"], "as": "utolputt"},
    {"q": "how much cash did they find on him when he got arrested", "qtype": "how_many", "facts": ["£340"], "notes": ["arrest"], "as": "vwolsey"},
    {"q": "has the NRM gone in", "qtype": "yes_no", "facts": ["yes"], "notes": ["oversight"], "as": "utolputt"},
    {"q": "when did the family move", "qtype": "when", "facts": ["2025-07-04"], "notes": ["moved"], "as": "vwolsey"},
    {"q": "what's the AP called", "qtype": "what", "facts": ["Highfield Learning Centre"], "notes": ["exclusion"], "as": "vwolsey"},
    {"q": "who's his GP", "qtype": "who", "facts": [], "notes": [], "as": "vwolsey"},
    {"q": "has shantelle been referred to camhs", "qtype": "yes_no", "facts": [], "notes": [], "as": "utolputt"},
]

EVENTS = [
    ("2025-03-08", "police_incident", ["ppn", "ward", "strat"], "Tyreek stabbed in the left thigh in Hollowmead Park; refuses to say who did it"),
    ("2025-03-08", "hospital", ["ppn", "ward"], "Admitted to hospital, surgery to the thigh; discharged 11 March"),
    ("2025-03-11", "strategy_discussion", ["strat"], "Strategy discussion: s47 (extra-familial harm), contextual safeguarding, NRM to be considered"),
    ("2025-04-03", "assessment", ["location"], "Location assessment of Hollowmead Park and the Peri Hut chicken shop"),
    ("2025-04-15", "positive_change", ["housing"], "Housing panel agrees a management transfer, band A, but no property"),
    ("2025-05-02", "police_incident", ["arrest"], "Arrested with a kitchen knife, £340 and two phones; charged with possession of a bladed article"),
    ("2025-05-09", "school_exclusion", ["exclusion"], "Permanently excluded from Wealdgate Academy"),
    ("2025-05-20", "youth_justice", ["court"], "Youth court: guilty plea, six month referral order"),
    ("2025-05-28", "referral", ["oversight"], "NRM referral submitted for criminal exploitation"),
    ("2025-06-02", "school_move", ["nearmiss"], "Starts at Highfield Learning Centre (alternative provision)"),
    ("2025-06-14", "police_incident", ["nearmiss"], "Near miss: approached by a youth with a machete, hides in a shop; Osman warning delivered"),
    ("2025-07-03", "positive_change", ["moved"], "Positive NRM reasonable grounds decision"),
    ("2025-07-04", "household_change", ["moved"], "Family moves to temporary accommodation in Folkestone"),
    ("2025-09-08", "positive_change", ["college"], "Starts a motor vehicle course at college"),
]
