"""IN7-0006: two siblings aged 5 and 3 under care and placement orders, placed together for adoption."""

CASE = {
    "case_id": "IN7-0006",
    "team": "Kingsmere Permanence",
    "status": "looked_after",
    "allocated_worker": "rsundstrom",
    "child": {
        "person_id": "P01", "given_name": "Harlow", "family_name": "Nancarrow",
        "date_of_birth": "2019-07-23", "gender": "female", "ethnicity": "Mixed - White and Black Caribbean",
        "nhs_number": "703 218 5592", "school": "Fenby Road Primary",
        "given_origin": "british", "family_origin": "british",
    },
    "people": [
        {"person_id": "P02", "given_name": "Jago", "family_name": "Nancarrow", "relationship": "brother",
         "date_of_birth": "2021-11-30", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P03", "given_name": "Jessamy", "family_name": "Nancarrow", "relationship": "birth mother",
         "date_of_birth": "1997-03-08", "phone": "07936 482017", "given_origin": "british", "family_origin": "british"},
        {"person_id": "P04", "given_name": "Wilfred", "family_name": "Ashmeade", "relationship": "Harlow's birth father",
         "given_origin": "caribbean", "family_origin": "caribbean"},
        {"person_id": "P05", "given_name": "Maureen", "family_name": "Sowerby", "relationship": "foster carer",
         "given_origin": "british", "family_origin": "british"},
        {"person_id": "P06", "given_name": "Qasim", "family_name": "Zaidan", "relationship": "prospective adopter",
         "given_origin": "arabic", "family_origin": "arabic"},
        {"person_id": "P07", "given_name": "Hiba", "family_name": "Zaidan", "relationship": "prospective adopter",
         "given_origin": "arabic", "family_origin": "arabic"},
    ],
}

ALIASES = {
    "Harlow": "P01", "Lolo": "P01", "HN": "P01",
    "Jago": "P02", "Jay-Jay": "P02", "JN": "P02",
    "Jessamy": "P03", "Jess": "P03", "Ms Nancarrow": "P03", "NANCARROW": "P03",
    "Wilfred": "P04", "Mr Ashmeade": "P04", "ASHMEADE": "P04",
    "Maureen": "P05", "Mrs Sowerby": "P05",
    "Qasim": "P06", "Hiba": "P07", "Qasim Zaidan": "P06", "Hiba Zaidan": "P07", "Zaidan": "P06",
    "Jessamy Nancarrow": "P03", "Jago Nancarrow": "P02", "Wilfred Ashmeade": "P04", "Maureen Sowerby": "P05", "Nanny Maureen": "P05",
    "Harjeet Lall": "~south_asian", "Harjeet": "~south_asian",
    "HHJ Ferriday": "~british",
    "Blossom": "~caribbean", "Blossom Kitto": "~caribbean",
    "Ragnhild Sundstrom": "~eastern_european", "R Sundstrom": "~eastern_european",
    "Cuthbert Okonjo": "~african", "C Okonjo": "~african", "Zephyrine Amadi": "~african", "Z Amadi": "~african",
}

NOTES = [
    ("n1", "2024-11-21", "Court Hearing", "rsundstrom", "Final hearing - care and placement orders", "standard",
     """Final hearing, Kingsmere Family Court, before HHJ Ferriday, 20-21 November 2024.

Outcome: CARE ORDERS (s31) and PLACEMENT ORDERS (s21 ACA 2002) made for both Harlow and Jago on {{21/11/24|event_date}}.

Mum (Jessamy Nancarrow) attended day 1 only, represented. She did not oppose the care orders but opposed placement orders, asking for a further 6 months to show she can stay sober. Judge found that her progress, while "genuine and to her credit", was not within the children's timescales: she relapsed in August after 10 weeks' abstinence and has not engaged with {{Turning Point|place}} since.

Harlow's father Wilfred Ashmeade was served but did not attend. Jago's father is not known - mum has always said she does not know who he is.

Judge endorsed the plan for the children to be placed together, and directed that the LA consider whether post-adoption direct contact between the siblings and mum is in their interests (indirect letterbox contact as a minimum).

Children remain with foster carer Maureen Sowerby (placed together since {{June 2023|event_date}})."""),

    ("n2", "2024-12-06", "Transfer", "rsundstrom", "Case transfer summary - CP/Court team to Permanence", "standard",
     """TRANSFER SUMMARY - to Kingsmere Permanence (R Sundstrom, with C Okonjo co-working family finding).

Children: Harlow (5, Reception at Fenby Road Primary) and Jago (3, attends nursery 15 hrs).
Legal status: care orders and placement orders 21/11/24.
Placement: Maureen Sowerby (LA foster carer), since 14/6/23, together. Stable and warm.

History in brief:
- Known since Harlow was a baby. Neglect, mum's alcohol use, DV by a former partner (not Harlow's dad).
- CP plan Sept 2022 - June 2023 (neglect).
- June 2023: police found children home alone at night, Jago (18 months) in a soiled nappy, mum at a neighbour's flat intoxicated. Police protection, then s20, then ICO.
- Care proceedings June 2023 - Nov 2024 (extended for mum's residential assessment, which she left after 3 weeks).

Contact currently: mum 1x month supervised at the family centre (reduced from weekly after the final hearing). She attends about half.
Wilfred: no contact since Harlow was 1. Paternal family in Walsall - paternal grandmother wanted to be assessed in 2023 but withdrew.

Needs: Harlow - speech delay, improving; worries about food (hides it). Jago - global developmental delay query, paediatric review pending; otherwise healthy.

Outstanding: sibling assessment (together or apart) to be updated for the adoption plan; CPR (child's permanence report); family finding; later life letter; life story book."""),

    ("n3", "2024-12-19", "Assessment", "rsundstrom", "Sibling assessment - together or apart", "standard",
     """Sibling (together or apart) assessment - updated for adoption planning. Author R Sundstrom. Completed 19.12.24.

Sources: observation at Maureen's x3, school and nursery, Maureen, mum, the children's guardian's final analysis, Harlow's own views (with pictures).

Relationship: Harlow is very protective of Jago - "mothering" at times (getting his cup, telling Maureen when he's wet). This parentified role has reduced over 18 months in foster care. Jago looks for Harlow first when upset. They play well together most of the time, ordinary squabbles.

Harlow's view: when asked who she wants in her "forever house" she drew herself, Jago, and "Nanny Maureen" - then said "and Jago has to have the bed next to me".

Analysis: their bond is their most secure and continuous relationship. Separating them would be a further loss for both. Harlow's caring role will need to be supported so she can just be a child. A family able to take two children with possible additional needs (Jago) is harder to find; the search may take longer.

RECOMMENDATION: place together. If no suitable family is found within 6 months, review - but separation would only be considered with a plan for direct sibling contact. Endorsed by TM Z Amadi."""),

    ("n4", "2025-01-15", "CLA Review", "rsundstrom", "CLA review - Harlow and Jago (joint)", "standard",
     """CLA REVIEW (3rd review since placement orders... actually 1st since orders; 6th overall). IRO: Harjeet Lall. Held at Maureen's 14/01/25.

Present: Maureen, RS, Harlow's teacher (first part), IRO. Mum invited - did not attend, sent a text saying she "couldn't face it".

Health: Jago seen by community paeds 9/1 - mild global developmental delay, likely environmental, to review in 6 months; speech therapy starting. Harlow - dental treatment done (2 fillings). IHAs/RHAs up to date.
Education: Harlow PEP done Dec, doing well in reading, speech improving. Jago nursery - settled.
Contact: mum attended 1 of the last 3 sessions (Dec). Harlow asked Maureen "is mummy poorly again".

Plan: adoption, together (sibling assessment endorsed). Family finding under way - profile to go on Adoption Link this month; regional adoption agency ({{Adopt Kingsmere and Dales|place}}) linked.

IRO recommendations: 1. Later life letter and life story work to start now, not after matching. 2. Plan for a goodbye contact with mum once a match is identified, with a clear plan to prepare the children. 3. Next review in 3 months or on placement with adopters, whichever is first."""),

    ("n5", "2025-02-12", "Case Note", "cokonjo", "Family finding update", "standard",
     """Family finding - C Okonjo. Update.

Profiles on Adoption Link since 20/1 (with photos and the video of Harlow singing). Featured at the RAA's {{Adoption Activity Day|word_name}} on 1/2 - Maureen took both children.

Expressions of interest: 4. Two did not want a child with a possible developmental delay; one family approved only for one child.
Remaining: a couple from a neighbouring RAA, approved for 2 children aged 0-6 - Qasim and Hiba Zaidan. Met Harlow and Jago at the activity day (they were the couple who built the train track with Jago). Their social worker [[Peregrine Ludgate|~british]] has sent the PAR.

Read the PAR with RS on 10/2: married 9 yrs, no birth children after IVF, Qasim is a primary school teacher, Hiba a radiographer, will take adoption leave for a year. Extended family nearby and supportive. Good understanding of trauma and of children with delays; they have already asked about keeping contact with Maureen.

Next: RS and CO to visit them at home (joint), w/c 24/2. Child appreciation day to be booked if the link goes ahead."""),

    ("n6", "2025-03-04", "Supervision", "zamadi", "Case supervision - Z Amadi", "standard",
     """Supervision, RS / ZA, 4/3/25.

Linking visit to Mr and Mrs Zaidan done 26/2 (RS + CO). Positive. Their home is 3-bed semi, children would share a room at first (Harlow wants this). Ethnicity: adopters are of Iraqi and Lebanese heritage, Muslim; children are of White British and Black Caribbean heritage, no religion. Discussed in depth how the adopters would help Harlow and Jago understand and feel proud of their heritage, including Harlow's Caribbean family. Adopters had thought about this already (they have Black friends with mixed-heritage children; plan for a hair care session with Maureen). I am satisfied this is a strong link - heritage is one part of matching, not a barrier.

Decisions:
- Proceed to matching panel - target April panel.
- Goodbye contact with mum to be planned for late March so it happens before introductions.
- Later life letter: RS to draft by end of March.
- Child appreciation day 20/3."""),

    ("n7", "2025-03-27", "Telephone", "cokonjo", "Goodbye contact - cancelled and rearranged", "standard",
     """27/3 09:05 Family centre rang - mum has not confirmed for today's goodbye contact (she was asked to confirm by 9am on the day). Tried mum on [[07936 482017|PHONE:P03]] x2, no answer. Per the contact plan, contact CANCELLED so the children are not brought for a goodbye that doesn't happen. Rang Maureen 09:15 - children not told yet so no harm done.

14:40 mum rang back. Said she had been "in a bad way" but wants to say goodbye properly. She was sober on the phone. Agreed a rearranged date of {{Thursday 3rd April|event_date}} at 10.30, family centre, with the same rules (confirm by 9am, an hour). She asked if she can bring a teddy for each of them and a photo of her with them as babies - agreed.

Told Maureen. Maureen will prepare them on the Monday."""),

    ("n8", "2025-04-03", "Contact", "cokonjo", "Goodbye contact with birth mother", "standard",
     """Goodbye contact, family centre, 3/4/25, 10:30-11:30. Supervised by CO with contact worker [[Marnie Ferris|~british]].

Mum confirmed at 8.10am. Arrived 10.20, sober, smartly dressed. Brought two teddies, a photo album she had made, and cupcakes.

Harlow ran to mum. Jago was more hesitant but went to her after 5 mins when she produced the cupcakes. Mum played on the floor with both, read them a story. She told them "you're going to live with a new mummy and daddy and they're going to love you to the moon" - this was as rehearsed with her the day before. She did not cry in front of them (she had asked for help with this).

Harlow asked "will you come to the new house". Mum said "no baby, but I'll write to you and you can read my letters when you're bigger". Mum took a photo of the three of them with the family centre camera (copy for each child's life story book).

At the end mum hugged both and walked out first, as planned. Harlow cried briefly and was comforted by Maureen in the car. Jago waved.

After the children left mum sobbed in the office with CO for 20 mins. She has been given details of the birth parents' support service (PAC-UK) and agreed to be referred.

Impact (Maureen, that evening): Harlow quiet, wet the bed. Jago fine."""),

    ("n9", "2025-04-16", "Case Note", "rsundstrom", "Adoption panel - matching", "standard",
     """MATCHING PANEL 16/04/25. Chair [[Dr Jowan Tregear|~british]].

Considered the proposed match of Harlow and Jago with Qasim and Hiba Zaidan. RS and CO attended, with the adopters and their SW.

Panel questions covered: heritage and identity; Jago's developmental needs and the adopters' access to therapy support (Adoption Support Fund assessment to be done after placement); the plan for letterbox contact and whether direct sibling/ foster carer contact will continue.

Panel RECOMMENDATION: unanimous that the match be approved. Panel advised: (1) an adoption support plan to include Harlow's caring role and a review at 6 months; (2) a meeting between adopters and birth mother to be offered if mum wishes.

To go to the Agency Decision Maker."""),

    ("n10", "2025-04-24", "Court", "zamadi", "ADM decision - match approved", "standard",
     """Letter from Agency Decision Maker, [[Hepzibah Coverdale|~british]] (Assistant Director), dated 24 April 2025:

"Having considered the recommendation of the adoption panel held on 16 April 2025 and the papers before it, I have decided that Harlow and Jago Nancarrow should be placed for adoption with Mr Qasim Zaidan and Mrs Hiba Zaidan."

Placement planning meeting to follow. Mum informed by letter and by phone (CO) on 25/4 - she asked if she can meet the adopters; the adopters have agreed in principle."""),

    ("n11", "2025-05-07", "Case Note", "rsundstrom", "Life story work and later life letter", "standard",
     """Life story work - sessions with Harlow at Maureen's with [[Blossom Kitto|~caribbean]] (life story worker), 3 sessions in April (10th, 17th, 1st May). Harlow made a "my family tree" with photos; she put Jago "at the top because he's the most important". Jago joined for the "then and now" photo game.

Life story books (one each) drafted, with the photos from the goodbye contact and from Maureen's.

Later life letter for Harlow and Jago - drafted by RS 28/4, checked by TM, signed 6/5. It explains in plain words why they could not live with their mum (mum's drinking, "grown-up problems that made it hard for her to keep you safe"), about Harlow's dad Wilfred and her Caribbean grandparents, and how hard mum tried. The letter will be given to the adopters at placement for the children when older.

Mum met the adopters on {{2nd May|event_date}}, at the RAA office with CO. It went well - mum told Hiba that "Lolo likes her toast cut in triangles". Mum said afterwards "they're nice. I'm glad they're nice.\""""),

    ("n12", "2025-05-19", "Case Note", "rsundstrom", "Introductions - planning meeting and plan", "standard",
     """Introductions planning meeting 13/5/25 at Maureen's (RS, CO, Maureen, Qasim, Hiba, adopters' SW).

Agreed 10-day introductions starting {{Mon 19th May|event_date}}:
Day 1-2: adopters at Maureen's, short visits, bathtime day 2.
Day 3-5: longer days; adopters take the children to the park; first meal at adopters' home day 5.
Mid-review: day 5 (Fri 23rd) by phone.
Day 6-9: children at adopters' home for longer days, one nap.
Day 10 ({{Wed 28th|event_date}}): move day - Maureen to bring the children.
Maureen to keep bedtime routines the same; adopters have the same night lights.

Today (day 1): went well - Jago got the adopters' book out of his bag and called Qasim "Baba" as per the book."""),

    ("n13", "2025-05-30", "Placement Move", "cokonjo", "Placement ended with foster carer / placed for adoption", "standard",
     """Harlow and Jago moved to the care of Mr and Mrs Zaidan on {{28/05/25|event_date}} (placed for adoption under the placement orders). Introductions went to plan apart from the mid-review, which was moved from Friday to Saturday because Hiba had a migraine.

Maureen brought them at 10am with their things and the memory boxes. She stayed for a cup of tea, then left as planned. Harlow cried when Maureen left ("I want Nanny Maureen to live here too"), then settled with Hiba reading.

Phone call to adopters 29/5 evening: both slept through. Harlow asked whether Jago "still has to go to bed first". Jago asking for Maureen at bathtime.

Maureen to have a phone call with the children on day 7 and a visit at 4 weeks (as agreed in the adoption support plan)."""),

    ("n14", "2025-06-04", "Statutory Visit", "rsundstrom", "Post-placement visit 1 (adopters' home) - address held here only", "restricted",
     """Post-placement statutory visit 1, 4/6/25, at the adopters' home, [[11 Oystercatcher Close, Harwell Green, KM8 3LQ|ADDRESS:P06]]. Adopters' mobile [[07581 220946|PHONE:P07]]. Not to be disclosed to birth family.

Both children seen together and Harlow seen on her own in her bedroom. She showed me her bed "next to Jago's". Said "Baba makes pancakes". No concerns. Jago's speech therapy transferred to the local service; first appointment 18/6. Harlow to start at the adopters' local primary in September; she will not attend school for the rest of this term (agreed at her PEP in May).

Adopters tired but happy. Contact with Maureen: day 7 call went well."""),

    ("n15", "2025-07-09", "LAC Review", "rsundstrom", "First adoption review (IRO)", "standard",
     """Adoption (CLA) review - first review after placement, 08/07/25. IRO Harjeet Lall. Held at the adopters' home.

Placement: 6 weeks. Harlow and Jago are settling. Harlow's bedwetting stopped after 3 weeks. Jago's words increasing - now uses 2-word phrases. Both call the adopters Mama and Baba.
Maureen visited on 25/6 - children pleased to see her, no distress at the end.
Harlow last day at Fenby Road Primary was 16/5, the Friday before introductions; starting at the new school in September (adopters' local school - name held on restricted record).
Post-placement visits: weekly for first 4 weeks, now fortnightly (RS).

Letterbox: agreement signed by mum and the adopters - one letter a year each way, in June, via the RAA letterbox service, plus a birthday card from mum. Mum's first letter is due June 2026.
Adoption support: ASF application for therapeutic parenting support submitted.

IRO: placement meeting the children's needs. Adopters may apply for an adoption order after 10 weeks; they intend to apply in August. Next review in 3 months."""),

    ("n16", "2025-08-29", "Court", "rsundstrom", "Adoption order application lodged", "standard",
     """Adopters lodged their application for an adoption order for both children at Kingsmere Family Court on {{27 August 2025|event_date}} (placement 13 weeks). Court has asked the LA for the Annex A report within 6 weeks - RS to write.

Mum has been told by letter. She rang CO and said she won't oppose and won't apply for leave to oppose - "they're happy, I'm not going to mess that up". She asked that the adopters send her a photo at Christmas; told her this is outside the letterbox agreement but we will ask.

Post-placement visit 28/8: children well, Harlow excited about "big school"; Jago started at the adopters' local nursery.

Next: Annex A; second adoption review October; celebration hearing to follow the order."""),
]

QUESTIONS = [
    {"q": "when were the placement orders made", "qtype": "when", "facts": ["2024-11-21"], "notes": ["n1"], "as": "rsundstrom"},
    {"q": "who's the IRO", "qtype": "who", "facts": ["Harjeet Lall"], "notes": ["n4", "n15"], "as": "zamadi"},
    {"q": "what did the sibling assessment recommend", "qtype": "what", "facts": ["place together"], "notes": ["n3"], "as": "zamadi"},
    {"q": "how many expressions of interest did we get", "qtype": "how_many", "facts": ["4"], "notes": ["n5"], "as": "rsundstrom"},
    {"q": "when did the goodbye contact actually happen", "qtype": "when", "facts": ["2025-04-03"], "notes": ["n8"], "as": "zamadi"},
    {"q": "what did mum tell the kids at the goodbye contact", "qtype": "quote", "facts": ["you're going to live with a new mummy and daddy"], "notes": ["n8"], "as": "rsundstrom"},
    {"q": "did mum meet the adopters", "qtype": "yes_no", "facts": ["yes"], "notes": ["n11"], "as": "rsundstrom"},
    {"q": "date they moved in with the Zaidans?", "qtype": "when", "facts": ["2025-05-28"], "notes": ["n13"], "as": "zamadi"},
    {"q": "how often is letterbox", "qtype": "what", "facts": ["one letter a year"], "notes": ["n15"], "as": "rsundstrom"},
    {"q": "is mum opposing the adoption order", "qtype": "yes_no", "facts": ["no"], "notes": ["n16"], "as": "zamadi"},
    {"q": "has harlow's dad ever responded to the letterbox", "qtype": "yes_no", "facts": [], "notes": [], "as": "rsundstrom"},
    {"q": "whats the date of the celebration hearing", "qtype": "when", "facts": [], "notes": [], "as": "zamadi"},
]

EVENTS = [
    ("2024-11-21", "court", ["n1"], "Final hearing: care orders and placement orders for Harlow and Jago"),
    ("2024-12-19", "assessment", ["n3"], "Sibling assessment recommends Harlow and Jago are placed together"),
    ("2025-01-14", "cla_review", ["n4"], "CLA review endorses adoption together; family finding under way"),
    ("2025-02-12", "positive_change", ["n5"], "Family finding identifies Qasim and Hiba Zaidan as a possible link"),
    ("2025-04-03", "household_change", ["n8"], "Goodbye contact with birth mother (rearranged from 27 March, cancelled when she did not confirm)"),
    ("2025-04-16", "assessment", ["n9"], "Matching panel recommends the match unanimously"),
    ("2025-04-24", "court", ["n10"], "Agency decision maker approves the match"),
    ("2025-05-02", "positive_change", ["n11"], "Birth mother meets the adopters"),
    ("2025-05-19", "positive_change", ["n12"], "Introductions to the adopters begin"),
    ("2025-05-28", "placement_move", ["n13"], "Harlow and Jago move from their foster carer to the adopters, placed for adoption"),
    ("2025-07-08", "cla_review", ["n15"], "First adoption review: children settling; letterbox agreement signed"),
    ("2025-08-27", "court", ["n16"], "Adopters apply for adoption orders; birth mother will not oppose"),
]
