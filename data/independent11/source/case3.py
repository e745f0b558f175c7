"""IN11-0003: an Irish Traveller family on a roadside encampment, supported under early help."""

CASE = {
    "case_id": "IN11-0003",
    "team": "Pyecroft Early Help",
    "status": "closed",
    "allocated_worker": "erowntree",
    "child": {
        "person_id": "P01", "given_name": "Josie", "family_name": "Mongan", "date_of_birth": "2012-11-14",
        "gender": "female", "ethnicity": "White - Irish Traveller", "religion": "Roman Catholic",
        "nhs_number": "746 814 5385", "address": "Pitch 4, Hobbs Marsh Transit Site, Pyecroft",
        "school": "Fernlea High School", "given_origin": "grt", "family_origin": "grt",
    },
    "people": [
        {"person_id": "P02", "given_name": "Chrissie", "family_name": "Mongan", "relationship": "mother",
         "date_of_birth": "1991-03-30", "phone": "07531 870226",
         "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P03", "given_name": "Hughie", "family_name": "Mongan", "relationship": "father",
         "date_of_birth": "1988-08-12", "phone": "07944 613058",
         "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P04", "given_name": "Shay", "family_name": "Mongan", "relationship": "brother",
         "date_of_birth": "2016-12-02", "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P05", "given_name": "Peggy", "family_name": "Mongan", "relationship": "sister",
         "date_of_birth": "2021-09-19", "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P06", "given_name": "Bridie", "family_name": "Mongan", "relationship": "sister",
         "date_of_birth": "2025-02-08", "given_origin": "grt", "family_origin": "grt"},
        {"person_id": "P07", "given_name": "Mags", "family_name": "Furey", "relationship": "maternal grandmother",
         "given_origin": "grt", "family_origin": "grt"},
    ],
}

ALIASES = {
    "Josie Mongan": "P01", "JOSIE MONGAN": "P01", "Josie": "P01",
    "Chrissie Mongan": "P02", "Chrissie": "P02", "Mrs Mongan": "P02", "Mrs M": "P02",
    "Hughie Mongan": "P03", "Hughie": "P03", "Mr Mongan": "P03", "Mr M": "P03",
    "Shay Mongan": "P04", "Shay": "P04",
    "Peggy Mongan": "P05", "Peggy": "P05", "Peg": "P05",
    "Bridie Mongan": "P06", "Bridie": "P06", "BRIDIE MONGAN": "P06",
    "Mags Furey": "P07", "Mags": "P07",
    "MONGAN": "P02", "Mongan": "P02", "Mongans": "P02",
    # not on the record: professionals and relatives
    "Jennet Sowerbutts": "~british", "Jennet": "~british", "Sowerbutts": "~british",
    "Graham Ackroyd": "~british", "Ackroyd": "~british",
    "Patsy Quilligan": "~irish", "Patsy": "~irish", "Quilligan": "~irish",
    "Lionel Wadsworth": "~british", "Lionel": "~british", "Wadsworth": "~british",
    "Illingworth": "~british", "Murgatroyd": "~british", "Keenan": "~irish",
    "Cawley": "~irish", "Elodie": "~british", "Sonny Furey": "~grt", "Sonny": "~grt",
    "Endellion Rowntree": "~british", "Endellion": "~british",
}

NOTES = [
    ("ehrequest", "2025-03-03", "Contact", "erowntree", "Request for Early Help - health visiting",
     "standard", """
Request for early help support received from Jennet Sowerbutts, Health Visitor (Pyecroft South team).

Family: Chrissie and Hughie Mongan, Irish Travellers, with Josie (12), Shay (8), Peggy (3) and a new
baby, BRIDIE MONGAN, born 08/02/25 at {{Pyecroft General|place}}. The family gave the maternity
unit a relative's address in {{Ballinasloe|place}} and the new birth visit could not be done. Jennet found them on
28/2 with help from the council's Gypsy and Traveller liaison officer Lionel Wadsworth: they are on
an unauthorised roadside encampment in the lay-by on {{Cowslip Lane|place}} (3 trailers: the Mongans
and two related families).

HV concerns / needs:
- no-one in the family registered with a GP in England;
- Bridie's 6-8 week check and her 8 week immunisations due now - not booked anywhere;
- Peggy has had none of her checks since coming over, and no record of her MMR;
- Josie and Shay not attending any school;
- the council has started the process to move the encampment on.

Jennet said mum was "warm and chatty once she knew I wasn't the council". Baby looked well, feeding
well (bottle). Family agreed to the early help request. No safeguarding concerns raised.

Outcome: accepted for Early Help, allocated to ER. Joint visit with HV arranged for Thurs.
"""),
    ("visit1", "2025-03-06", "Home Visit", "erowntree", "First visit - encampment, joint with HV",
     "standard", """
Joint visit with Jennet (HV). Seen: mum, Josie, Shay, Peggy, baby Bridie. Dad out working (tarmac and
gardens, with his cousins).

Trailer very clean and warm, generator running. Mum offered us tea and we sat in with her. She said
they came over from {{Galway|place}} last autumn and have "been shifting about ever since" - {{Calderbridge|place}}
then {{Thornwick|place}} then here since {{Feb 14th|event_date}}. "Every place we pull in, we're gone in a week."

Mum said she wants the children "in the school and with a doctor" but "they won't take you without
an address, and they won't give you an address". Explained that GP practices cannot refuse her
because she has no fixed address and that I would help her register. She laughed: "I'll believe it
when I see it."

Josie sat with Bridie on her knee for most of the visit. She was shy with me at first, then said she
"did a bit of secondary" in Ireland and liked art. Asked her about school here - she looked at her mum.
Mum: "We'll talk about Josie." Shay was keen: "can I do football at the school?".

Jennet did the new birth review on the visit: Bridie weighed, gaining; Peggy's development looked
age appropriate.

Mum showed me the council's letter given to them that morning. They have been told to leave.

Agreed: ER to contact the GP practice and the EWO; HV to book Bridie's immunisations; ER to ask the
Traveller Education Service to visit.
"""),
    ("eviction", "2025-03-19", "Case Note", "erowntree", "Encampment moved on - now at transit site",
     "standard", """
Summary of the last fortnight (several calls, see below).

The council served a direction to leave the {{Cowslip Lane|place}} lay-by on the 6th (the letter mum showed
me). The liaison officer did the welfare checks first - Bridie's age and the HV involvement were noted
on the assessment. The families did not move by the date given.

On Tues 18th police attended: PS Illingworth gave a section 61 direction (Criminal Justice and Public
Order Act) to all 3 trailers to leave within 24 hours, with a warning that vehicles can be seized.
Mum rang me in tears at 17:40: "where are we meant to go with a 5 week old baby?" Rang Lionel
Wadsworth, who found a pitch at the council's {{Hobbs Marsh|place}} transit site.

Today (19th) the Mongans pulled on to [[Pitch 4|ADDRESS:P01]] at Hobbs Marsh. The other two families (mum's brother Sonny and a cousin) went on to
{{Thornwick|place}}. Transit site licence is for up to 3 months. Utility block, water, electric hook-up. Dad
said "at least we're not looking over our shoulder every morning".

Mum's new number, the old phone was broken: [[07531 870226|PHONE:P02]]. Dad [[07944 613058|PHONE:P03]].
"""),
    ("hv", "2025-03-27", "Health Visitor", "erowntree", "HV update - immunisations and GP",
     "standard", """
Health Visitor entry (Jennet Sowerbutts, copied to EH record with consent):

27/03/25 - Telephone liaison + clinic contact.
All 6 family members registered with {{Marsh Road Surgery|place}} on 25/03/25 using the transit
site as address. GP aware of Bridie's missed 6-8 week check - done by GP today.
Bridie: 8 week immunisations given at the baby clinic 26/3, at 6 weeks 4 days (minimum age is 6
weeks; brought forward with GP agreement in case the family are moved on again). 12 week due late April.
Peggy: no record of any vaccinations in Ireland. Mum thinks "she had the needles when she was a baby".
Catch-up plan started, MMR 1 + pre-school booster given 26/3.
Mum: postnatal check done at the same appointment. Mood good. Said the site is "a bit of peace".
"""),
    ("ewo", "2025-04-02", "Education Welfare", "erowntree", "Education welfare report",
     "standard", """
EDUCATION WELFARE SERVICE - REPORT FOR EARLY HELP
Officer: Graham Ackroyd, Education Welfare Officer. Date: 2 April 2025

Children of compulsory school age: Josie Mongan (12, Year 8 age) and Shay Mongan (8, Year 4 age).
Neither child is on roll at any school in the county. Children Missing Education referral made 31/03.

Shay: in-year application made with parents. Place offered at {{Hollin Bank Primary|place}} (nearest
school to the site with space). Start date to be agreed after Easter.

Josie: place offered at {{Fernlea High School|place}} (Year 8). Parents have NOT accepted yet. Dad
(spoke to him at the site, 1/4) is worried: "she's a young woman now, she's not going to be in with
big lads" and about the "body classes" (RSE). Dad also said she's needed at home with the baby. He
asked about teaching her at home himself - "my cousins do the home schooling". I explained elective home
education is the parents' right but she would need a suitable education, and the council would check.
Mum said quietly that Josie "wants to go".

Josie (spoken to with mum present): "I want to do art and have proper friends. I'm not bothered by
the boys, I've two brothers." (Shay and a half-cousin)

Recommendation: TES worker to meet parents re Josie's place and RSE, and the school's
arrangements. Do not pursue attendance measures while the family are engaging.
"""),
    ("tes", "2025-04-14", "Case Note", "erowntree", "TES visit - school places",
     "standard", """
Went with Patsy Quilligan, Traveller Education Service, to the site (Mon).

Patsy has worked with Traveller families for "twenty-odd years" and knows Hughie's cousins. She
explained to dad what Fernlea does for Traveller pupils: named member of staff (Mrs Murgatroyd, head
of Year 8), parents can withdraw from the sex education part of RSE (not the relationships part or
the science), a lunch club for Traveller and Roma pupils. Dad listened. He said: "I'll give it a go.
If anyone calls her a name, she's out." He shook Patsy's hand.

Josie was grinning the whole way through. Mum: "that's a weight off".

Dates: Shay to start Hollin Bank on {{Tues 22nd April|event_date}} (first day back). Josie to start Fernlea on
Tues 6 May after a visit with Patsy on the 1st. Patsy will do Josie's first morning with her.
"""),
    ("taf", "2025-04-24", "Team Around the Family", "erowntree", "TAF meeting - Early Help plan agreed",
     "standard", """
TAF meeting 24/04/25, in the site's community room. Present: mum, dad (first half), ER (lead
practitioner), Jennet (HV), Graham Ackroyd (EWO), Patsy (TES), Miss Keenan (Shay's class teacher).

What's going well: everyone registered with the GP; Bridie's immunisations started; Peggy's catch up
started; Shay started school on 22nd - Miss Keenan: "he's football mad and the lads have taken to
him"; Josie's start date fixed.
Worries: the transit licence runs out in the summer and there is nowhere permanent to go (the family
have been on the council's waiting list for a permanent pitch since March - 2 years' wait); Josie's
schooling; mum on her own with 4 children when dad works away.
What the family want: "a stopping place where the kids can go to the one school" (dad).

EARLY HELP PLAN
1. Housing/sites: Lionel to support an application for a permanent pitch and a bricks-and-mortar
   option if the family want one (dad: "I won't go in a house").
2. Education: Patsy and Graham to support Josie's start at Fernlea; review attendance at 4 weeks.
3. Health: Jennet to complete Peggy's catch-up; 2-year-old check done late, to refer to speech
   if needed; Bridie 12 and 16 week immunisations.
4. Family: ER to help mum apply for child benefit for Bridie and 15 hrs nursery for Peggy.
Review: 17 July.
"""),
    ("school2", "2025-05-13", "School", "erowntree", "Call from Fernlea - name calling",
     "standard", """
{{13:05|time}} Mrs Murgatroyd (head of Yr 8) rang. Josie started on 6th and "has been a delight", good
attendance, loves art. Yesterday a boy in Yr 9 called her a "dirty gyppo" on the bus. Josie told her
form tutor. The school treated it as a racist incident: boy excluded for 1 day, parents called in, logged.

{{13:40|time}} Dad rang me, angry. "I said it, didn't I. She's out." Josie could be heard saying "Dad I
want to go back". Said I'd ask Patsy to meet him and the school.

{{16:15|time}} Patsy rang back: she has spoken with dad and Mrs Murgatroyd. Dad will let Josie go
tomorrow on the condition he drives her and the school rings him if anything happens. Josie in school
14/5 (school confirmed).
"""),
    ("fire", "2025-05-19", "MASH Referral", "erowntree", "Referral from fire service - not accepted",
     "standard", """
MASH received a referral on 17/5 from Watch Manager Cawley, {{Pyecroft|place}} fire station.

Incident: about {{02:30|time}} in the early hours of Sat {{17 May|event_date}} a fire started in the Mongan family's second trailer (the one the
children sleep in) from a gas heater left on. Dad got all 4 children out; no injuries, nobody to
hospital. The trailer's front end was burnt out. Fire service noted no working smoke alarm in that
trailer and a gas bottle kept inside, and that "a 3 month old and a 3 year old were asleep in the
trailer with the heater on". They referred to children's social care.

MASH decision (social worker + TM, 19/5): does NOT meet the threshold for a statutory assessment.
Accidental fire, parents acted quickly and protectively, children already supported under an Early
Help plan with good engagement. Outcome: remain with Early Help. Actions for EH: fire safety home
visit (fire service, booked 21/5), smoke and CO alarms fitted free, ER to support.

ER visited 18/5 (Sunday, with Lionel): family sleeping in the main trailer. Mum shaken: "I keep
thinking what if he hadn't woke". Dad: "I know it was my fault, I left it on". The council has agreed
to let them stay on the pitch while they replace the trailer. Insurance: none.
"""),
    ("ireland", "2025-05-30", "Telephone", "erowntree", "Tel - family going to Ireland",
     "standard", """
{{10:20|time}} Mum rang. Her mother, Mags Furey, has had a stroke and is in hospital in {{Ballinasloe|place}}.
"They're saying to come now, Endellion." The whole family are going on the ferry tomorrow (31st) and
will be away "a few weeks, for as long as she needs us". They will keep the pitch (dad has paid 4
weeks ahead; Lionel agreed).

Told mum I'd let the schools know. She asked me to tell Josie's school she is "not taking her out
for good".

{{11:00|time}} Informed Hollin Bank (Shay) and Fernlea (Josie). Both will record the absence as
authorised family circumstances for now; Graham (EWO) to advise at the 20 day point. Informed Jennet:
Bridie's 16 week immunisations will be missed - mum has her red book with her.
"""),
    ("return", "2025-07-08", "Home Visit", "erowntree", "Visit - family back from Ireland",
     "standard", """
Visit to [[Pitch 4|ADDRESS:P01]]. Seen: mum, dad, all 4 children.

The family left on the ferry on 31 May and came back on Saturday (5th July) after 5 weeks away.
Mum's mother Mags passed away on the 20th of last month in hospital; the funeral was in Galway. Mum is grieving - tearful talking about it and
proud of how many people came: "three hundred at the church, and Travellers from all over".

The children: Shay glad to be back, asking for football. Josie quiet; says she missed her art and
her friend Elodie (Fernlea). She said "Mammy needs me" and she has been minding the baby a lot. Peggy
and Bridie well.

School: Josie and Shay both back in school from yesterday. Graham says absence will be authorised
given the bereavement, but they each missed about 25 school days.

New (second-hand) trailer on the pitch. Smoke and CO alarms fitted, gas bottle outside - seen.

Dad said the transit site manager has told him they must leave by 31 August because of the length of
stay limit. Mum: "we're going to end up back on the side of the road".
"""),
    ("tafreview", "2025-07-17", "TAF Review", "erowntree", "Early Help plan review",
     "standard", """
Review of the Early Help plan (TAF) 17/7/25 (moved from the 10th as the family were still in Ireland when it was booked). Present: mum, dad, ER, HV, EWO, TES, Miss Keenan.

Health: Bridie's immunisations now up to date (16 wk given 10/7 on return). Peggy's catch up done.
Peggy seen by speech and language - no concerns.
Education: Shay's attendance 82% since he started (absence = Ireland). Josie 79% since 6 May.
Josie has been put forward for the Year 8 art prize. Dad: "she gets that from her granny".
Nursery: Peggy has a 15 hour place at {{Little Acorns|place}} from September - mum has the letter.
Site: must leave Hobbs Marsh by 31/08. No permanent pitch available in Pyecroft. Mum's brother Sonny
Furey has a private yard with planning permission in {{Westhallow|place}} (another county) with space
for two trailers. Family are thinking about moving there.

Plan: continue until the move is confirmed; if they move, ER to transfer to Westhallow Early Help and
Patsy to transfer to the Westhallow TES.
"""),
    ("move", "2025-08-28", "Telephone Call", "erowntree", "Tel - move date confirmed",
     "standard", """
mum rang {{09:45|time}}, definately moving. They are moving to Sonny's yard in {{Westhallow|place}} on Tuesday 2nd
September. Dad's already been over to level the ground. Mum: "it's family land, no-one can shift us
off it". She asked if I could "put a word in" with schools there for Josie and Shay and a nursery for
Peggy, and asked whether Jennet could pass the baby over to a new health visitor.

Gave consent to share with Westhallow (verbal, confirmed by text at 10:02). I will make the transfer.
Told mum Peggy's Little Acorns place will need to be given up.
"""),
    ("transfer", "2025-09-09", "Transfer", "erowntree", "Transfer summary and closure",
     "standard", """
EARLY HELP TRANSFER / CLOSURE SUMMARY

The Mongan family (Chrissie, Hughie, Josie 12, Shay 8, Peggy 3, Bridie 7 months) moved on
2/9/25 from [[Pitch 4|ADDRESS:P01]], Hobbs Marsh transit site to a private family yard in Westhallow.

Involvement: Early help since 3/3/25 (HV request). Main work: GP registration for all the family
(25/3), immunisation catch-up for Bridie and Peggy, school places for Shay (Hollin Bank, from 22/4)
and Josie (Fernlea, from 6/5), support during the move from the roadside to the transit site after the
police s61 direction (18/3), the trailer fire (17/5; referral to CSC not accepted, stayed EH), and the
family's 5 weeks in Ireland for mum's mother's illness and death.

Transfer: Early help transfer to Westhallow County Council Early Help (lead practitioner to be
allocated), sent 05/09/25 with the plan and this summary. Westhallow TES and health visiting informed
by Patsy and Jennet. Westhallow admissions have Josie's and Shay's applications.

Family's words: "You were straight with us, that's all we ask" (Hughie).

Case closed to Pyecroft Early Help 09/09/25 - transferred.
"""),
]

QUESTIONS = [
    {"q": "when did the police give the section 61", "qtype": "when",
     "facts": ["2025-03-18"], "notes": ["eviction"], "as": "erowntree"},
    {"q": "which transit site did they go to", "qtype": "what",
     "facts": ["Hobbs Marsh"], "notes": ["eviction"], "as": "akettering"},
    {"q": "who's the family's TES worker?", "qtype": "who",
     "facts": ["Quilligan"], "notes": ["tes"], "as": "erowntree"},
    {"q": "how many trailers were in the lay-by", "qtype": "how_many",
     "facts": ["3"], "notes": ["ehrequest"], "as": "erowntree"},
    {"q": "when did shay start at his school", "qtype": "when",
     "facts": ["2025-04-22"], "notes": ["tes", "taf"], "as": "erowntree"},
    {"q": "what did josie say about going to secondary school", "qtype": "quote",
     "facts": ["I want to do art and have proper friends"], "notes": ["ewo"], "as": "erowntree"},
    {"q": "did the MASH accept the referral after the fire?", "qtype": "yes_no",
     "facts": ["no"], "notes": ["fire"], "as": "akettering"},
    {"q": "has the baby had her jabs", "qtype": "yes_no",
     "facts": ["yes"], "notes": ["hv", "tafreview"], "as": "erowntree"},
    {"q": "where did they move to in sept", "qtype": "what",
     "facts": ["Westhallow"], "notes": ["move", "transfer"], "as": "akettering"},
    {"q": "what was bridie's birth weight", "qtype": "what",
     "facts": [], "notes": [], "as": "erowntree"},
    {"q": "which dentist are the kids registered with", "qtype": "who",
     "facts": [], "notes": [], "as": "akettering"},
]

EVENTS = [
    ("2025-02-08", "household_change", ["ehrequest"], "Bridie born"),
    ("2025-03-03", "contact", ["ehrequest"], "Health visitor's request for early help accepted"),
    ("2025-03-06", "household_change", ["visit1", "eviction"], "Council direction to leave the roadside encampment"),
    ("2025-03-18", "police_incident", ["eviction"], "Police section 61 direction to leave within 24 hours"),
    ("2025-03-19", "household_change", ["eviction"], "Family move to Pitch 4, Hobbs Marsh transit site"),
    ("2025-03-25", "positive_change", ["hv"], "Whole family registered with a GP"),
    ("2025-03-26", "health", ["hv"], "Bridie's first immunisations; Peggy's catch-up started"),
    ("2025-04-22", "school_move", ["taf"], "Shay starts at Hollin Bank Primary"),
    ("2025-04-24", "assessment", ["taf"], "Team around the family: early help plan agreed"),
    ("2025-05-06", "school_move", ["school2"], "Josie starts at Fernlea High School"),
    ("2025-05-17", "household_change", ["fire"], "Fire in the children's trailer; everyone out safely"),
    ("2025-05-19", "referral", ["fire"], "Fire service referral to CSC not accepted; remains early help"),
    ("2025-05-31", "household_change", ["return"], "Family travel to Ireland for the grandmother's illness"),
    ("2025-06-20", "household_change", ["return"], "Maternal grandmother dies in Ireland"),
    ("2025-07-05", "household_change", ["return"], "Family return to the transit site after 5 weeks"),
    ("2025-09-02", "household_change", ["transfer"], "Family move to a private family yard in Westhallow"),
    ("2025-09-09", "closure", ["transfer"], "Early help transferred to Westhallow and closed"),
]
