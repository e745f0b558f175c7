"""IN11-0005: a 10-year-old girl, adopted at 3, whose adoptive placement is breaking down."""

CASE = {
    "case_id": "IN11-0005",
    "team": "Pyecroft Adolescent and Care",
    "status": "looked_after",
    "allocated_worker": "oamankwah",
    "child": {
        "person_id": "P01", "given_name": "Keeva", "family_name": "Bramhall",
        "date_of_birth": "2014-08-09", "gender": "female", "ethnicity": "White - Irish",
        "nhs_number": "631 204 8713", "address": "The Old Forge, 3 Tinkers Row, Pyecroft",
        "school": "St Swithun's CE Primary",
        "given_origin": "irish", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Renata", "family_name": "Bramhall", "relationship": "adoptive mother",
         "phone": "07412 885310", "address": "The Old Forge, 3 Tinkers Row, Pyecroft",
         "given_origin": "eastern_european", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Huw", "family_name": "Bramhall", "relationship": "adoptive father",
         "phone": "07534 220918",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Darragh", "family_name": "Maguire", "relationship": "birth brother (in long-term foster care, another LA)",
         "date_of_birth": "2011-12-01",
         "given_origin": "irish", "family_origin": "irish"},
        {"person_id": "P05", "given_name": "Pam", "family_name": "Oakenfold", "relationship": "foster carer (respite, then s20 placement)",
         "phone": "07391 604475",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Thandiwe", "family_name": "Mokoena", "relationship": "IRO",
         "given_origin": "african", "family_origin": "african"},
        {"person_id": "P07", "given_name": "Hemal", "family_name": "Parekh", "relationship": "adoption support social worker (RAA)",
         "phone": "0121 496 0715",
         "given_origin": "south_asian", "family_origin": "south_asian"},
    ],
}

ALIASES = {
    "Keeva": "P01", "BRAMHALL": "P01",
    "Renata": "P02",
    "Huw": "P03",
    "Darragh": "P04", "Darra": "P04",
    "Pam": "P05", "Oakenfold": "P05",
    "Thandiwe": "P06", "Mokoena": "P06",
    "Hemal": "P07", "Parekh": "P07",
    "Varley": "~british", "Shacklock": "~british", "Eabha": "~irish",
    "Amankwah": "~african", "Quirke": "~british", "Bellingham": "~british",
}

NOTES = [
    ("contact", "2025-01-13", "Contact", "oamankwah", "Contact from adoptive mother", "standard", """
Call to MASH from [[Renata BRAMHALL|P02]], adoptive mum of Keeva (10). Passed to Adolescent and Care as there is an open adoption support plan with the RAA.

Mum reports that on Saturday ({{11/01|event_date}}) Keeva became "completely out of control" after being told she couldn't have her tablet at bedtime. She threw a mug which broke the kitchen window, pulled mum's hair and kicked her in the stomach. Mum has bruising to her shins and arm. Dad (Huw) was at work. Keeva calmed after about an hour and then cried and asked if she was "going back".

Mum says this is now happening "three or four times a week" and has been building since the autumn half term. "I can't do this anymore. I love her but I'm frightened of her." Mum wants "someone to take her for a break".

Keeva was adopted aged 3 (adoption order Nov 2017). Birth brother Darragh lives in long-term foster care in another authority.

Decision: single assessment, allocate [[Octavian Amankwah|~eastern_european]]. Contact RAA (adoption support) today. No police involvement.
"""),
    ("raa", "2025-01-15", "Telephone Call", "oamankwah", "Call with RAA adoption support", "standard", """
Spoke to [[Hemal PAREKH|P07]], adoption support SW at the regional adoption agency, [[0121 496 0715|PHONE:P07]].

- RAA did an adoption support needs assessment in Sept 2024. Outcome was therapy through the Adoption Support Fund: DDP (dyadic developmental psychotherapy) with Dr Varley, fortnightly, Keeva and both parents. 14 sessions done so far.
- Hemal's view: Keeva has a trauma and attachment picture, the violence is aimed almost entirely at mum, which is common for adopted girls with early neglect. Dad is "softer" and Keeva doesn't target him.
- ASF funding runs out end of March. RAA will apply to the ASF for a further year, including 'therapeutic parenting' sessions for mum.
- Hemal will update the adoption support assessment and share it with us. Agreed joint working: RAA keeps the therapy, LA SW does the assessment.
"""),
    ("assess", "2025-01-22", "Assessment Visit", "oamankwah", "Single assessment - home visit", "standard", """
Purpose of visit: single assessment. See Keeva, see both adoptive parents separately.
Child seen: Yes, alone, in the garden and then in the play room.

Home: detached house, the kitchen window boarded up. Keeva's bedroom has had the door handle taken off "because she locks herself in".

Keeva: chatty and curious, asked lots of questions about me. Talked about her brother, "Darra", and showed me a photo of him on her wall. When I asked about what happens when she gets cross she said "my head goes hot and then I do it and I can't stop". Asked what would help - "if mum didn't shout". Asked who she would want to live with if she could choose - "here, but with daddy more".

Mum (seen alone): exhausted, tearful. Feels the violence has "stolen" her relationship with Keeva. Says the therapy helps in the room but "it's gone by the time we're in the car". She is not sleeping. She does not think she can keep Keeva safe, or herself.

Dad (seen alone, by phone later): feels Renata "gives up too easily", thinks Keeva just needs firm boundaries and "more of me at home". He works away Mon-Thurs (engineer). He would not agree to Keeva leaving home.

Analysis: a child with early trauma whose adoptive placement is under severe strain; parents are not aligned, which Keeva is aware of. Risk to mum is real. Needs: respite now, continued therapy, school support (EHC needs).
"""),
    ("school1", "2025-01-30", "School", "oamankwah", "School liaison - SENCO", "standard", """
Spoke to Mr Shacklock, SENCO at {{St Swithun's CE Primary|place}}.

Keeva is in Year 6. Academically behind (working towards in reading and maths). Has a 1:1 TA in the mornings. 3 incidents this term of throwing equipment; a TA was scratched before Christmas. No suspensions. School submitted a request for an EHC needs assessment on Monday 27th, with parents' agreement. SENCO thinks she will need a specialist setting for Year 7 "or a very well supported mainstream".

School don't see the violence towards adults at home but they do see "the shutdown" - she hides under tables.
"""),
    ("sup1", "2025-02-12", "Supervision", "sbellingham", "Case supervision", "standard", """
Supervision SB / OA

Incident on the 11th of last month and the pattern since discussed.

Single assessment authorised 10/02/2025. Outcome: child in need. Plan: respite through a short-break foster placement (one weekend in three) while the ASF therapy continues; RAA to make the new ASF application; school EHCP request in.

Reflection: both parents love her but they want different things. Dad wants her home and thinks mum is the problem; mum is scared and close to asking for her to be accommodated. We need to be careful not to be pulled into taking sides.

If things escalate and parents request s20, TM to be told the same day; legal advice on s20 v. adoption support duty. E. Quirke to pick up life story work with Keeva as second worker.
"""),
    ("respite", "2025-02-17", "Placement Start", "oamankwah", "Short breaks start", "standard", """
Keeva's first short break with foster carer [[Pam Oakenfold|P05]] took place Fri {{14th Feb|event_date}} to Sunday. Pam is an experienced carer, lives at {{Skelwith Fold|place}}, 20 mins away. She has a dog called {{Dimple|pet_name}} who Keeva "loved".

Pam reports Keeva was "as good as gold", slept well, helped make pancakes. She was quiet on the Sunday before going home. Mum said that on the Sunday evening Keeva hit her on the arm and said "you only sent me there so you can have a rest from me".

Short breaks to continue every third weekend.
"""),
    ("incident", "2025-03-03", "Telephone Call", "oamankwah", "Calls re weekend incident", "standard", """
Mon 3rd March

08:45 Call from dad. On Saturday night (1st) Keeva went for mum with a hairbrush after an argument about a sleepover. Mum's lip was split. Dad had to hold Keeva "for about ten minutes" to stop her. He rang police himself at about 10pm. Police attended, spoke to Keeva, no further action. Dad: "I can't believe I'm saying this but Renata won't have her back in the house after school today."
09:10 Call from mum. Very distressed. She and Huw have "talked all night". They are both asking for Keeva to be accommodated under section 20, "just until we get help". Mum says Dad has agreed but "he doesn't really want to".
09:30 Discussed with SB (TM). Agreed to request an s20 placement. [[Pam Oakenfold|P05]] contacted - can take Keeva from today.
10:20 Pam confirmed. SW to collect Keeva from school at 15:15 with dad. S20 agreement to be signed by both parents this afternoon.
"""),
    ("s20", "2025-03-04", "Placement Move", "oamankwah", "Accommodated s20", "standard", """
Keeva was accommodated under section 20 yesterday, 03/03/2025, with the written agreement of both adoptive parents (both hold PR). Placed with [[Pam Oakenfold|P05]] (foster carer).

Dad came to school with me. Keeva was told by dad in the car, cried and then asked if she could take her rabbit. Mum did not come; she packed a bag which dad brought. At Pam's, Keeva asked "am I being unadopted?" Explained she is still Mum and Dad's daughter and that everyone is working on getting help for the family.

Contact: dad Tues & Thurs after school at Pam's; mum phone call Weds, face to face when she feels able. CLA review to be booked within 20 working days. IRO allocated: [[Thandiwe Mokoena|P06]].
"""),
    ("visit1", "2025-03-12", "Statutory Visit CLA", "oamankwah", "CLA visit", "standard", """
Statutory visit, Keeva seen alone in her room at Pam's.

She has put her photos up, including Darragh. Walked {{Dimple|pet_name}} with Pam every day. School attending. Said "I like it here because nobody cries". Said she misses daddy and "a little bit mummy". Asked whether she will still see Darragh at Easter. She knows the review is coming and wants to go.

Pam: no violence in placement. Two episodes of hiding under the bed when told no. Calm within 20 mins.
"""),
    ("letterbox", "2025-03-20", "Case Note", "equirke", "Letterbox - birth mother", "restricted", """
RESTRICTED - adoption information.

Annual letterbox letter from birth mother [[Eabha MAGUIRE|~irish]] received via the RAA letterbox coordinator. Birth mother's current address on the letter: [[14 Ballycastle Walk|ADDRESS]], {{Northfleet|place}} [[DA11 7QZ|POSTCODE]]. The letter mentions she has a new baby. She asks for a photo of Keeva.

Letter is with the RAA; adoptive parents have not yet read it. Not to be shared with Keeva until discussed with parents and with Dr Varley in therapy. Birth mother's address is not to be recorded in any other note.
"""),
    ("clareview1", "2025-03-31", "LAC Review", "oamankwah", "First CLA review", "standard", """
CLA REVIEW (1st) - 31st March 2025 (rearranged from Thurs 27th, IRO unwell)
Chair/IRO: [[Thandiwe Mokoena|P06]]
Present: Keeva (first part), Huw, Renata, [[Pam Oakenfold|P05]] (carer), Mr Shacklock (school), [[Hemal Parekh|P07]] (RAA), O. Amankwah (SW)

Keeva's views: she brought a drawing. Said she wants to live "at home with daddy" and see mummy "at the weekends". Likes Pam.
Parents: Renata said she is "not able to keep her safe at the moment" and could not see Keeva coming home "this year". Huw wants Keeva home "as soon as possible" and said he would reduce his working away. They disagreed openly in the meeting; IRO asked for Keeva to leave first.
Health: initial health assessment done 24/03. No concerns.
Education: EHC needs assessment agreed by LA on 14/03, in progress.
Therapy: ASF has approved another year of DDP plus therapeutic parenting for both parents.

IRO decisions:
1. Keeva to remain accommodated s20 with Pam.
2. Parallel planning: (a) return home with an intensive support package, (b) long-term fostering.
3. Sibling contact with Darragh to continue - next one at Easter.
4. Life story work to start (E. Quirke).
5. Next review within 3 months.
"""),
    ("sibling", "2025-04-14", "Sibling Contact", "oamankwah", "Sibling contact", "standard", """
Direct contact between Keeva and her birth brother [[Darragh MAGUIRE|P04]] (13), Sat {{12/4|event_date}}, at the trampoline park in {{Outlane|place}}. Supervised by me and Darragh's foster carer. Their direct contact happens twice a year, Easter and summer; letterbox the rest of the year.

Lovely contact. They bounced together for an hour and then had chips. Darragh gave Keeva a keyring with a photo of them both as babies on it. Keeva asked him if he "remembered the old house"; he said "a bit" and changed the subject. At the end Keeva clung to him and cried; calmed by Pam's car. Darragh's carer says he also asks about Keeva a lot.

Both children want more contact. Will raise at the review.
"""),
    ("lifestory", "2025-05-08", "Direct Work", "equirke", "Life story work - session 2", "standard", """
Life story session 2 with Keeva at Pam's (EQ). We looked at the "before" part of her book: the photos from her foster carer when she was 2.

Keeva asked "why didn't my first mummy keep me?" We used the words agreed with Dr Varley: her first mummy couldn't keep her safe, it was not Keeva's fault. Keeva said "but it's my fault now, with mummy Renata". Reassured. She wanted to write a page about Darragh and the trampoline park.

Shared afterwards with Dr Varley (with Keeva's OK) so the theme can be picked up in therapy.
"""),
    ("ehcp", "2025-05-22", "Education", "oamankwah", "EHCP update", "standard", """
SENCO (Mr Shacklock) rang: final EHCP was issued on 20 May 2025. Named provision for Year 7: the enhanced resource base at {{Linthwaite High|place}}, with a transition programme in June/July. 1:1 support 15 hours. Pam and both parents have copies. Positive news for Keeva; she has visited the base once and liked the "quiet room".
"""),
    ("dadmove", "2025-06-16", "Home Visit", "oamankwah", "Visit to adoptive parents", "standard", """
Visited Renata at home and then saw Huw at his new flat.

Renata: she and Huw have separated. Huw moved out on Sunday the 1st to a rented flat in Pyecroft town centre. She is relieved and sad. She says she is "not able to be Keeva's mum full time again" and wants Keeva to stay with Pam long term, with her as "a mum who visits". She has started therapeutic parenting sessions.

Huw: wants Keeva to live with him at the flat. He has changed to a job without working away. The flat has 1 bedroom at the moment; he is looking for a 2-bed. He is angry about the plan to keep Keeva with Pam: "she was adopted so she would never be in care again".

SW: dad's wish to care for her is genuine. He would need an assessment of his capacity to manage her violence without mum; so far Keeva has not targeted him. To discuss at the review.
"""),
    ("clareview2", "2025-06-27", "LAC Review", "oamankwah", "Second CLA review", "standard", """
CLA REVIEW (2nd) 27/06/25, IRO T. Mokoena

Progress since March: Keeva settled at Pam's, 3 incidents of hiding/shutdown, no violence to Pam. Weekly contact with dad going well, including a first overnight at his flat on 21/6. Contact with mum fortnightly, still tense. EHCP issued. Sibling contact at Easter. Life story book half done.

Keeva (seen alone by IRO before the meeting): wants to stay at Pam's "for now" and see dad "loads".

Plan agreed: long-term fostering with [[Pam Oakenfold|P05]] is the plan for permanence. Pam has said she would like to care for Keeva long term. Matching to go to the fostering panel in September. Dad's request to have Keeva live with him: not supported at present, but contact with dad to increase to every weekend including overnights; review in 6 months. Mum's contact monthly plus phone calls. Darragh: direct contact to increase to three times a year.

Dad disagreed with the plan and has asked about legal advice. IRO explained his right to challenge.
"""),
]

QUESTIONS = [
    {"q": "when did keeva come into care", "qtype": "when", "facts": ["2025-03-03"], "notes": ["s20", "incident"], "as": "oamankwah"},
    {"q": "who's the IRO", "qtype": "who", "facts": ["Mokoena"], "notes": ["s20", "clareview1", "clareview2"], "as": "sbellingham"},
    {"q": "what therapy is the ASF paying for", "qtype": "what", "facts": ["DDP"], "notes": ["raa"], "as": "oamankwah"},
    {"q": "how many DDP sessions had they done by jan?", "qtype": "how_many", "facts": ["14"], "notes": ["raa"], "as": "oamankwah"},
    {"q": "what did she say about why she likes it at pams", "qtype": "quote", "facts": ["nobody cries"], "notes": ["visit1"], "as": "oamankwah"},
    {"q": "is dad still living with mum?", "qtype": "yes_no", "facts": ["no"], "notes": ["dadmove"], "as": "oamankwah"},
    {"q": "when was her EHCP finalised", "qtype": "when", "facts": ["2025-05-20"], "notes": ["ehcp"], "as": "sbellingham"},
    {"q": "what did mum say at the 1st review about keeva coming home", "qtype": "what", "facts": ["not able to keep her safe"], "notes": ["clareview1"], "as": "oamankwah"},
    {"q": "where did she see darragh at easter", "qtype": "what", "facts": ["trampoline park"], "notes": ["sibling"], "as": "oamankwah"},
    {"q": "has the fostering panel approved the match w/ Pam", "qtype": "yes_no", "facts": [], "notes": [], "as": "sbellingham"},
    {"q": "does she have an FASD diagnosis", "qtype": "yes_no", "facts": [], "notes": [], "as": "oamankwah"},
]

EVENTS = [
    ("2025-01-13", "contact", ["contact"], "Adoptive mother contacted MASH after violent incident (window broken, mother assaulted); single assessment agreed"),
    ("2025-02-10", "assessment", ["sup1"], "Single assessment authorised: child in need, short breaks plan"),
    ("2025-02-14", "placement_move", ["respite"], "First short-break (respite) weekend with foster carer"),
    ("2025-03-01", "police_incident", ["incident"], "Assault on adoptive mother (split lip); police attended, no further action"),
    ("2025-03-03", "placement_move", ["s20", "incident"], "Accommodated under s20 at adoptive parents' request; placed with foster carer"),
    ("2025-03-24", "health", ["clareview1"], "Initial health assessment: no concerns"),
    ("2025-03-31", "cla_review", ["clareview1"], "First CLA review: remain s20; parallel plan of return home or long-term fostering"),
    ("2025-05-20", "positive_change", ["ehcp"], "Final EHCP issued naming a resource base for Year 7"),
    ("2025-06-01", "household_change", ["dadmove"], "Adoptive parents separated; adoptive father moved out"),
    ("2025-06-27", "cla_review", ["clareview2"], "Second CLA review: plan for permanence is long-term fostering with the carer"),
]
