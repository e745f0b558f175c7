"""Phrasing for every kind of note, one set per corpus family.

The standard family writes the way a busy duty worker does: short, abbreviated, name-first. The
held-out family writes longer first-person narrative with the facts in a different order, so a
model that learned the standard phrasing cannot score well on it by pattern matching alone.
Templates are `str.format` strings; the generator supplies every slot as annotated fragments.
Nothing here may mention a dentist, blood group, optician, passport, orthodontist or family group conference:
those are the unanswerable questions.
"""

from __future__ import annotations

from records.synthetic.names import Family

Templates = dict[str, tuple[str, ...]]

_STANDARD: Templates = {
    "contact": (
        "Contact received from {source} on {date}. {concern} Passed to MASH for screening.",
        "Call to the front door from {source} {date}. Concern: {concern} MASH to screen.",
    ),
    "referral": (
        "MASH referral. {child_caps}, DOB {dob}, NHS no. {nhs}. Lives at {address}, {town} {postcode} with Mum {mother_full} (mob {phone}). {concern} Threshold met for single assessment.",
        "Referral accepted by MASH {date}. Child: {child_full} (DOB {dob}). Address {address}, {postcode}. Mother {mother_full}, tel {phone}, NI {ni}. {concern}",
    ),
    "strategy": (
        "Strategy discussion held {date} at {time}. Present: {attendees}. {concern} Agreed threshold met for s47 enquiries, to be led by SW {worker}.",
        "Strat meeting {date}. Attendees {attendees}. Info shared re {concern_short}. Outcome: s47 single agency, visit within 24 hrs.",
    ),
    "s47": (
        "s47 visit with {officer_title}. {child} seen alone in bedroom. {child} said \"{quote}\". {finding} Outcome: proceed to ICPC.",
        "S47 enquiry visit. SW {worker} and {officer_title} attended. Mum present, {child} spoken to alone: \"{quote}\". {finding} Recommend ICPC.",
    ),
    "icpc": (
        "ICPC held {date}. Chair {chair}. {child_full} made subject to a CP plan under the category of {category}. First core group to be held within 10 working days.",
        "Initial conference {date}: CP plan agreed, category {category}. Parents attended with advocate. Chair {chair} noted Mum's engagement.",
    ),
    "core_group": (
        "Core group meeting. Attended: Mum, SW {worker}, DSL {dsl}, {health_role} {health}. {action}",
        "CGM held. Plan reviewed. {action} Next CGM in 4 weeks.",
    ),
    "rcpc": (
        "RCPC {date}. {outcome}",
        "Review conference held {date}, chaired by {chair}. {outcome}",
    ),
    "cla_visit": (
        "CLA visit to placement. {child} seen alone in bedroom. {child} said \"{quote}\". Carer {carer} reports {child} settling, eating well.",
        "Statutory visit at {carer}'s {date}. Saw {child} alone: \"{quote}\". {placement_note}",
    ),
    "placement_visit": (
        "Placement visit. {child} at home with carer {carer}. {placement_note} No concerns.",
        "Visit to placement. {carer} and {child} seen. {placement_note}",
    ),
    "stat_visit": (
        "Stat visit. {child} seen alone in the living room. {child} said \"{quote}\". {observation}",
        "Statutory visit {date}. Seen {child} alone, {child} told me \"{quote}\". {observation} Mum {mother} present for the rest of visit.",
        "Unannounced CP visit at {time}. Mum answered after several knocks. {child} seen alone in bedroom and said \"{quote}\". {observation}",
    ),
    "routine_visit": (
        "Home visit. {child} seen. {observation} Nothing new to report.",
        "Visit completed. Mum and {child} at home. {observation} No new concerns.",
        "Visit. Mum {mother} and {child} in. {observation} All well, nothing further.",
    ),
    "school": (
        "Spoke to DSL {dsl} at {school}. {child}'s attendance this term is {attendance}. {school_note} DSL direct line {dsl_phone}.",
        "School liaison - {school}. DSL {dsl} reports attendance at {attendance}. {school_note}",
        "Email from {school} (DSL {dsl}): {child_caps} attendance {attendance} this term. {school_note}",
    ),
    "exclusion": (
        "DSL {dsl} called. {child} received a fixed term exclusion of {days} days from {school} on {date} for {reason}.",
        "{school} rang: {child_caps} excluded for {days} days ({reason}) from {date}.",
    ),
    "school_move": (
        "{child} started at {new_school} on {date} after leaving {old_school}. New DSL is {dsl}.",
        "School move: {child} now on roll at {new_school} from {date} ({old_school} place ended).",
    ),
    "pep": (
        "PEP meeting at {school}. Designated teacher {dsl}. {pep_note} {child} wants to \"{quote}\".",
        "PEP review {date}. {pep_note} EHCP annual review due next term.",
    ),
    "gp": (
        "Spoke to {gp_title} at {gp_practice}. {health_note}",
        "GP liaison re {child_full}, NHS no. {nhs}: {gp_title} ({gp_practice}) confirmed {health_note_lower}",
    ),
    "camhs": (
        "CAMHS referral made {date} by {gp_title} re {child}'s low mood and self-harm. CAMHS worker {camhs} to offer choice appointment.",
        "Referral to CAMHS sent {date}. {child} has been cutting; Mum agrees to referral. Allocated to {camhs}.",
    ),
    "hv": (
        "HV {hv} visited. Baby weighed and feeding well. Home conditions adequate.",
        "Health visitor {hv} update: development checks up to date, Mum engaging.",
    ),
    "dv": (
        "DV notification from police. Incident at the home address {date} at {time}: {perpetrator} and Mum arguing, neighbour {neighbour} called 999. {officer_title} attended. Children present. {perpetrator_short} arrested and bailed.",
        "Police notification (PVP) rec'd: DV incident on {date}, {time}. {officer_title} reports {perpetrator} pushed Mum, {child} was upstairs. Risk assessed as medium.",
    ),
    "hospital": (
        "{child} attended A&E at {hospital} on {date} with {reason}. Seen by {doctor}. Discharged same day.",
        "Hospital attendance: {child_full} brought to {hospital} {date} by Mum, {reason}. {doctor} satisfied with explanation.",
    ),
    "partner": (
        "Mum disclosed new partner {partner_full} (DOB {partner_dob}) has moved in. Checks requested with police. {partner_short}'s mobile {partner_phone}.",
        "Household change: {partner_full} now living at the address since {date}. Mum said \"he's good with the kids\". PNC checks requested.",
    ),
    "separation": (
        "Mum and {father} have separated as of {date}. {father} now at {father_address}, {father_postcode}. Contact with {child} to be arranged via MGM.",
        "Parents separated {date}. Dad moved out to {father_address}. Mum reports feeling relieved.",
    ),
    "birth": (
        "Mum gave birth to {baby} on {date} at {hospital}. Baby well. HV {hv} informed.",
        "New baby in household: {baby}, born {date}. Pre-birth plan not needed, HV aware.",
    ),
    "death": (
        "Sad news: MGM {grandparent} passed away {date}. {child} very upset. Bereavement support offered.",
        "Mum informed me MGM {grandparent} died on {date}. {child} was close to her; school made aware.",
    ),
    "supervision": (
        "Case supervision with TM {manager}. Discussed {topic}. Actions: {action}",
        "Management oversight: case discussed with {manager}. {topic_cap} reviewed. {action}",
    ),
    "assessment": (
        "Single assessment completed. {child} lives with Mum {mother_full}. {finding} Recommendation: {recommendation}.",
        "C&F assessment concluded. Needs identified around {concern_short}. Recommendation {recommendation}.",
    ),
    "assessment_referral": ("REASON FOR REFERRAL: {concern} Referral from MASH, assessment started {date}.",),
    "assessment_child": (
        "CHILD'S LIVED EXPERIENCE: {child} is a {age_words} who attends {school}. Seen alone at school, {child} said \"{quote}\". {child} has a close relationship with MGM {mgm} and talks about her a lot.",
    ),
    "assessment_parenting": (
        "PARENTING CAPACITY: Mum {mother} clearly loves the children. {finding} Dad {father} {dad_note}",
    ),
    "assessment_family": (
        "FAMILY AND ENVIRONMENT: Family live at {address}, {postcode}, {housing}. {money} Mum's mobile {phone}. Support network: MGM {mgm_full} (tel {mgm_phone}) lives nearby.",
    ),
    "assessment_analysis": ("ANALYSIS: {analysis} RECOMMENDATION: {recommendation}.",),
    "cin_review": (
        "CIN review {date}. Plan reviewed with Mum, school and {health_role}. {outcome}",
        "CIN meeting held. Progress noted with {progress}. {outcome}",
    ),
    "placement_start": (
        "{child} placed with foster carers {carer} and {carer2} at {placement_address}, {placement_postcode} on {date} under {legal}. Carer mob {carer_phone}.",
        "Placement start {date}: {child_full} moved to {carer}'s home ({placement_address}). Legal status {legal}.",
    ),
    "placement_move": (
        "Placement move. {child} moved from {old_carer}'s to {carer} and {carer2} on {date} following {reason}.",
        "Change of placement {date}: previous placement ended ({reason}). {child} now with {carer}.",
    ),
    "cla_review": (
        "CLA review {date} for {child_caps} (DOB {dob}) chaired by IRO {iro}. {child} attended and said \"{quote}\". Care plan endorsed.",
        "LAC review held {date}. IRO {iro}. Plan: remain in placement, contact with Mum fortnightly. {child}'s views shared by advocate.",
    ),
    "missing": (
        "{child} reported missing from placement by carer {carer} at {time} on {date}. Police ref given. Returned next morning.",
        "MFC: carer {carer} reported {child} missing on {date} at {time}. Found at {place} by {officer_title}.",
    ),
    "missing_late": (
        "Notification received today: {child} went missing on {date} at {time} and was returned by police at 02:30.",
        "Reported this morning that {child} was missing from placement overnight on {date}, last seen {time}. Returned by {officer_title}.",
    ),
    "rhi": (
        "RHI completed. {child} said \"{quote}\". No CSE indicators disclosed.",
        "Return home interview. {child} stayed with friends near {place}. {child} said \"{quote}\".",
    ),
    "court": (
        "Court hearing {date}. {order_cap} granted. Next hearing listed. Mum's solicitor present.",
        "Care proceedings: hearing {date}. {order_cap} made by the court. Guardian supports care plan.",
    ),
    "pathway_plan": (
        "Pathway plan review {date}. PA {pa}. {child} is {activity} and living at {address}, {postcode}. {child} said \"{quote}\".",
        "Pathway plan updated with PA {pa} on {date}. {child} is {activity}. {leaver_note}",
    ),
    "yot": (
        "YOT notification: {child} given a 6 month referral order at youth court on {date} for {offence}. YOT worker {yot} allocated.",
        "Youth court {date}: {child_caps} received referral order ({offence}). YOT officer {yot} to do joint visit.",
    ),
    "positive": (
        "Good news: {progress_note} Discussed with TM {manager}, positive change noted on file.",
        "Progress update {date}. {progress_note}",
    ),
    "pa_visit": (
        "PA visit to {child}'s flat. {leaver_note}",
        "Met {child} in town for PA catch up. {leaver_note} Next visit in 6 weeks.",
    ),
    "early_help": (
        "Family support session with Mum. {action} {child} engaged well.",
        "Early help worker visit. {action}",
    ),
    "closure": (
        "Case closure {date}. {closure_reason} NFA from social care.",
        "Closure summary: {closure_reason} Step down agreed {date}.",
    ),
    "restricted_address": (
        "CONFIDENTIAL. Mum and children moved to refuge then new address {address}, {postcode} on {date}. New mobile {phone}. DO NOT DISCLOSE to {perpetrator}.",
    ),
    "restricted_adoption": (
        "CONFIDENTIAL - adoption. {child}'s half-sibling {adopted} was placed for adoption with {adopter}. Adoptive family's details held by the adoption team only. Not to be shared with birth family.",
    ),
    "restricted_health": (
        "CONFIDENTIAL. {child} attended sexual health clinic {date}. Contraception discussed. {child} asked that Mum not be told.",
    ),
    "phone_call": (
        "Call from Mum ({phone}). {call_note}",
        "Tel call to Mum on {phone}. {call_note}",
        "Call from Dad {father} on {father_phone} asking about contact with {child}.",
    ),
    "direct_work": (
        "Direct work with {child} using the three houses tool. {child} said \"{quote}\". {observation}",
        "DW session at school. {child} drew family tree, put MGM closest. Said \"{quote}\".",
    ),
    "extra_pet": ("The family {pet_kind}, {pet}, was in the garden.", "{pet} the {pet_kind} fussing around throughout visit."),
    "extra_place": ("Mum took the kids to {place} at the weekend.", "{child} enjoyed a trip to {place} with MGM."),
    "extra_place_cla": ("Carer took {child} to {place} on Saturday.",),
    "extra_sibling": ("{sibling} also at home, seen briefly and appeared well.", "Sibling {sibling} at school during visit."),
    "extra_neighbour": ("Neighbour {neighbour} came to the door during visit.", "Mum says neighbour {neighbour} helps with school runs."),
    "extra_word": ("{word_sentence}",),
    "extra_email": ("Mum's email for appointment letters: {email}.",),
}

_HELDOUT: Templates = {
    "contact": (
        "On {date} the front door received a call from {source}. They explained that {concern_lower} After discussion with the duty manager the contact was passed to the MASH.",
        "Worries were raised with us on {date}. The person calling was {source}, who said that {concern_lower} The duty manager asked the MASH to look into it.",
    ),
    "referral": (
        "This referral concerns {child_full}, born {dob}, whose NHS number is {nhs}. {child} lives with {mother_full} at {address} in {town}, postcode {postcode}. Mother can be reached on {phone}; her NI number is recorded as {ni}. The referrer said that {concern_lower} The threshold for a single assessment is met.",
    ),
    "strategy": (
        "A strategy discussion took place on {date}, starting at {time}. Those present were {attendees}. Having heard that {concern_clause}, the meeting agreed that a section 47 enquiry should begin, with me ({worker}) as lead worker.",
    ),
    "s47": (
        "I undertook the section 47 visit together with {officer_title}. {finding} When I spoke with {child} on their own, {child} told me: \"{quote}\". Having considered everything, I am recommending an initial conference.",
    ),
    "icpc": (
        "The initial child protection conference met on {date}, chaired by {chair}. Following a full discussion the conference agreed that {child_full} needs a child protection plan, and the category is {category}.",
        "Everyone at the initial conference on {date} agreed, with {chair} as chair, that a child protection plan is needed for {child}. The plan is under the category of {category}.",
    ),
    "core_group": (
        "The core group met today. Present were the family, myself, the designated safeguarding lead {dsl} and the {health_role_long}, {health}. {action}",
    ),
    "rcpc": (
        "The review conference was held on {date} with {chair} in the chair. {outcome}",
    ),
    "cla_visit": (
        "I visited {child} at the foster home on {date}. The carer, {carer}, told me that {placement_note_lower} I then saw {child} alone in their bedroom, where {child} said: \"{quote}\".",
    ),
    "placement_visit": (
        "I called in at the placement. {carer} was at home with {child}. {placement_note} Nothing new arose.",
    ),
    "stat_visit": (
        "I visited the family home today. {observation} I spent time with {child} on their own in the kitchen, where {child} shared the following: \"{quote}\". Mother, {mother}, joined us afterwards.",
        "During this statutory visit on {date} I was able to see {child} without an adult present. In {child}'s own words: \"{quote}\". {observation}",
    ),
    "routine_visit": (
        "I carried out a planned visit. {observation} There was nothing new to report and no new concerns were raised.",
        "My visit today was uneventful. {mother} and {child} were both at home. {observation}",
    ),
    "school": (
        "I telephoned {school} and spoke with the designated safeguarding lead, {dsl}. Attendance for this term stands at {attendance}. {school_note} The direct line is {dsl_phone}.",
        "According to {dsl}, who leads on safeguarding at {school}, {child} has been present for {attendance} of sessions so far this term. {school_note}",
    ),
    "exclusion": (
        "{school} informed me that on {date} {child} was given a suspension lasting {days} days. The reason given was {reason}. The designated lead, {dsl}, will arrange a reintegration meeting.",
    ),
    "school_move": (
        "From {date} {child} is on the roll of {new_school}, having left {old_school}. The new designated safeguarding lead is {dsl}.",
    ),
    "pep": (
        "The personal education plan meeting on {date} took place at {school} with the designated teacher, {dsl}. {pep_note} When asked about the future, {child} said they want to \"{quote}\".",
    ),
    "gp": (
        "I contacted {gp_practice} about {child_full} (NHS number {nhs}) and spoke with {gp_title}, who confirmed {health_note_lower}",
    ),
    "camhs": (
        "On {date} a referral to the child and adolescent mental health service was made by {gp_title} because of concerns about low mood and self-harm. {camhs} will be the CAMHS practitioner.",
    ),
    "hv": (
        "The health visitor, {hv}, visited and reported that the baby is gaining weight and the home was warm and clean.",
    ),
    "dv": (
        "The police have notified us of a domestic incident at the family home on {date} at approximately {time}. According to {officer_title}, {perpetrator} and the mother were heard shouting by a neighbour, {neighbour}, who called the police. The children were in the house. {perpetrator_short} was arrested.",
    ),
    "hospital": (
        "I was informed that on {date} {child} was taken to {hospital} by the mother, presenting with {reason}. The examining doctor, {doctor}, had no concerns about the explanation given and {child} went home the same day.",
    ),
    "partner": (
        "The mother told me that since {date} her new partner, {partner_full}, born {partner_dob}, has been living with the family. His phone number is {partner_phone}. I have requested police checks.",
    ),
    "separation": (
        "The parents separated on {date}. The father, {father}, now lives at {father_address}, {father_postcode}, and contact will be arranged through the maternal grandmother.",
    ),
    "birth": (
        "On {date} the mother gave birth to {baby} at {hospital}. Both are well and {hv}, the health visitor, has been informed.",
    ),
    "death": (
        "I learned that the maternal grandmother, {grandparent}, died on {date}. {child} was very close to her and is grieving; the school has been told.",
    ),
    "supervision": (
        "In supervision with my manager, {manager}, we discussed {topic}. Agreed actions: {action}",
        "{manager} and I reviewed the case in supervision, looking mainly at {topic}. {action}",
    ),
    "assessment": (
        "The single assessment is now complete. {finding} Taking everything into account, my recommendation is {recommendation}.",
    ),
    "assessment_family": (
        "The family's home is {housing}, at {address}, {postcode}. {money} The mother uses the number {phone}, and her own mother, {mgm_full}, who can be reached on {mgm_phone}, is the main source of help.",
    ),
    "assessment_referral": ("The assessment began on {date} after {concern_clause}.",),
    "assessment_child": (
        "I have come to know {child}, a {age_words} at {school}, over several visits. On my own with {child}, I heard: \"{quote}\". {child} speaks warmly of the grandmother, {mgm}.",
    ),
    "assessment_parenting": (
        "Turning to the care the parents give, {finding_lower} As for the father, {father}, he {dad_note_lower}",
    ),
    "assessment_analysis": ("Weighing all of this, {analysis_lower} I therefore recommend a {recommendation}.",),
    "cin_review": (
        "The child in need review met on {date}. We noted progress with {progress}. {outcome}",
    ),
    "placement_start": (
        "On {date} {child_full} moved to live with the foster carers {carer} and {carer2}, whose home is at {placement_address}, {placement_postcode}. The legal basis is {legal}. The carers can be reached on {carer_phone}.",
    ),
    "placement_move": (
        "The previous placement with {old_carer} came to an end because of {reason}, and on {date} {child} moved to {carer} and {carer2}.",
    ),
    "cla_review": (
        "The looked after review for {child_full}, date of birth {dob}, took place on {date} and was chaired by the independent reviewing officer, {iro}. {child} took part and told the meeting: \"{quote}\". The care plan was endorsed.",
    ),
    "missing": (
        "At {time} on {date} the carer, {carer}, reported that {child} had not come home. {child} was found later at {place} by {officer_title}.",
    ),
    "missing_late": (
        "I was told this morning that {child} went missing on {date}, last seen at {time}, and was brought back by {officer_title} during the night.",
    ),
    "rhi": (
        "I completed the return home interview. {child} said they had been staying with friends near {place} and told me: \"{quote}\". No indicators of exploitation were disclosed.",
        "When we talked after the missing episode, {child} explained they had gone to {place}. In their words: \"{quote}\". Nothing suggested exploitation.",
    ),
    "court": (
        "At the hearing on {date} the court made {order}. The children's guardian supported the local authority's care plan.",
    ),
    "pathway_plan": (
        "The pathway plan was reviewed on {date} with the personal adviser, {pa}. {child} is {activity} and lives at {address}, {postcode}. In their own words: \"{quote}\".",
    ),
    "yot": (
        "The youth offending team told me that on {date} {child} was given a referral order by the youth court after {offence}. The YOT worker is {yot}, and we will visit together.",
    ),
    "positive": (
        "I want to record a positive change. {progress_note} My manager, {manager}, has been told.",
    ),
    "pa_visit": (
        "I met {child} at their flat for a personal adviser visit. {leaver_note} We agreed to meet again next month.",
    ),
    "early_help": (
        "The family support worker met the mother at home. {action}",
    ),
    "closure": (
        "The case closed on {date}. {closure_reason} There will be no further action by children's social care.",
    ),
    "restricted_address": (
        "CONFIDENTIAL - the mother and children have moved to a new address, {address}, {postcode}, as of {date}. Her new number is {phone}. This must not be shared with {perpetrator}.",
    ),
    "restricted_adoption": (
        "CONFIDENTIAL - {child}'s younger half-sibling, {adopted}, has been adopted. The adoptive parent is {adopter}; contact is by letterbox only and nothing about the adoptive family may be shared.",
    ),
    "restricted_health": (
        "CONFIDENTIAL - on {date} {child} attended the sexual health service and asked that the mother is not informed.",
    ),
    "phone_call": (
        "The mother telephoned from {phone}. {call_note}",
        "The father, {father}, rang from {father_phone} to ask when he could next see {child}.",
    ),
    "direct_work": (
        "I met {child} for a session of direct work on {date}. We talked about feelings using a worry jar, and {child} wrote: \"{quote}\". {observation}",
    ),
    "extra_pet": ("Their {pet_kind}, {pet}, followed us from room to room while we talked.",),
    "extra_place": ("At the weekend the family had spent the afternoon at {place}, which {child} talked about with enthusiasm.",),
    "extra_place_cla": ("The carer had taken {child} to {place}, and {child} showed me photographs of the day.",),
    "extra_sibling": ("{sibling}, the younger sibling, was also at home and seemed content.",),
    "extra_neighbour": ("While I was there a neighbour, {neighbour}, knocked to return a pushchair.",),
    "extra_word": ("{word_sentence}",),
    "extra_email": ("The mother asked that letters are sent to {email} in future.",),
}

_PHRASES: dict[Family, dict[str, tuple[str, ...]]] = {
    Family.STANDARD: {
        "concern": (
            "Child came to school hungry and with unexplained bruise to upper arm.",
            "Neighbours report shouting and children left home alone late at night.",
            "Mum presented at GP intoxicated with baby in pram.",
            "Child disclosed to teacher that Dad hit her with a belt.",
            "Home conditions very poor, no food in the house, dog mess on floors.",
        ),
        "finding": (
            "Home conditions poor, little food in cupboards.",
            "Bruising consistent with account given by child.",
            "Parents minimised concerns.",
            "Mum tearful, acknowledged she is struggling.",
        ),
        "observation": (
            "Smell of cannabis in the hallway, Mum denied smoking in the house.",
            "Kitchen cluttered, washing up piled in sink.",
            "New sofa delivered by the charity, room looks homely.",
            "Home clean and tidy, food in fridge.",
            "Bedroom now has a bed and curtains.",
            "Mum appeared tired but engaged well.",
            "Children appropriately dressed, interacting warmly with Mum.",
        ),
        "action": (
            "SW to chase housing re damp.",
            "Mum to register children with new GP.",
            "Mum to attend Freedom Programme.",
            "School to monitor attendance daily.",
            "Referral to Family Intervention Service to be made.",
            "Dad to complete drug testing.",
        ),
        "school_note": (
            "Lates have improved.",
            "Concern re uniform and lunches.",
            "Child more settled in class.",
        ),
        "health_note": (
            "Immunisations up to date.",
            "Missed two appointments for asthma review.",
            "Registered with practice, no concerns.",
        ),
        "call_note": (
            "Mum asking about contact arrangements.",
            "Mum rang to cancel visit, rearranged.",
            "Mum reports things calmer at home.",
        ),
        "topic": ("drift in the plan", "progress against the plan", "the parenting assessment", "contact arrangements"),
        "housing": (
            "a 2 bed council flat on the 4th floor, damp in the children's room",
            "a privately rented terrace, overcrowded since MGM moved in",
            "temporary accommodation in one room of a B&B",
        ),
        "money": (
            "Mum on Universal Credit, rent arrears of £640.",
            "Dad works nights at a warehouse, money tight but bills paid.",
            "Food bank used twice this month.",
        ),
        "dad_note": (
            "not engaging, did not attend two planned visits.",
            "says he wants to be more involved, sees the children at weekends.",
            "has convictions for violence (PNC check), currently on licence.",
        ),
        "analysis": (
            "Risks around neglect are moderate; Mum shows capacity to change with support.",
            "Cumulative neglect with periods of improvement that are not sustained.",
            "Needs can be met with a plan of support; no evidence of significant harm.",
        ),
        "progress_note": (
            "Mum has completed the Freedom Programme, certificate seen.",
            "Dad's hair strand test came back clear for the third time.",
            "Family rehoused to a 3 bed house, children now have own rooms.",
            "Attendance up to 96% this half term, school delighted.",
        ),
        "leaver_note": (
            "Flat tidy, some food in.",
            "Rent arrears of £120 discussed, budgeting plan agreed.",
            "Has applied for a bus pass and a provisional licence.",
            "Struggling with loneliness, signposted to youth group.",
        ),
        "placement_note": (
            "Sleeping better and going to bed at agreed time.",
            "Contact with Mum on Saturday went well.",
            "Carer reports some aggression after contact.",
            "Enjoying football club on Tuesdays.",
        ),
    },
    Family.HELDOUT: {
        "concern": (
            "The child arrived at school without a coat for the third day and had a graze on the cheek.",
            "A neighbour heard the children crying for several hours while no adult seemed to be at home.",
            "The mother was found asleep at the school gate and could not be woken easily.",
            "The child told a lunchtime supervisor that the father throws things when angry.",
            "The flat had no working heating and the children were sharing one mattress.",
        ),
        "finding": (
            "The flat was cold and the fridge contained only milk.",
            "The injury matched the explanation that the child gave.",
            "The parents did not accept that there was any concern.",
            "The mother cried and said she cannot cope with the children's behaviour.",
        ),
        "observation": (
            "There was a strong smell of damp and the windows were running with condensation.",
            "Dirty plates covered the kitchen worktops.",
            "The living room had been rearranged and felt more welcoming.",
            "The home was warm and there was food in the kitchen.",
            "The children's room had been decorated since my last visit.",
            "The mother looked exhausted but answered all my questions.",
            "The children played happily while I spoke with their mother.",
        ),
        "action": (
            "The mother will attend a parenting course at the family hub.",
            "School will send a daily attendance update.",
            "A referral will be made to the substance misuse service.",
            "The father will take part in a perpetrator programme.",
        ),
        "school_note": (
            "Punctuality has got better.",
            "Staff have provided breakfast club.",
            "The child seems calmer in lessons.",
        ),
        "health_note": (
            "Vaccinations are complete.",
            "Two asthma appointments were not attended.",
            "The family are registered and there are no worries.",
        ),
        "call_note": (
            "She wanted to know when the next family time would be.",
            "She asked to move my visit to the following week.",
            "She said the house has been quieter.",
        ),
        "topic": ("delay in the plan", "progress on the plan", "the parenting capacity work", "family time"),
        "housing": (
            "a first floor housing association maisonette with mould in the bathroom",
            "a small rented semi that has been crowded since an uncle moved in",
            "a hostel room provided by the council as temporary housing",
        ),
        "money": (
            "The household relies on benefits and owes the landlord several hundred pounds.",
            "The father has a zero hours job, so income changes from week to week.",
            "The family have been to the community pantry twice recently.",
        ),
        "dad_note": (
            "Did not keep either of the appointments I offered.",
            "Told me he wants a bigger part in the children's lives and has them on Sundays.",
            "Has previous convictions for assault and remains on licence.",
        ),
        "analysis": (
            "The risk of neglect is real but the mother has shown she can make changes when supported.",
            "Improvements have come and gone, and the pattern of neglect builds over time.",
            "The children's needs can be met through support, and there is no sign of significant harm.",
        ),
        "progress_note": (
            "The mother finished the domestic abuse recovery course and showed me her certificate.",
            "A further drug test for the father was negative.",
            "The housing association offered the family a larger home and the children each have a bedroom.",
            "School say the child has not missed a single day this half term.",
        ),
        "leaver_note": (
            "The flat was clean and there was food in the cupboards.",
            "We went through a budget together because of rent arrears.",
            "They have started driving lessons, paid for by their setting-up-home allowance.",
            "They said evenings are lonely, so we looked at a local group together.",
        ),
        "placement_note": (
            "There have been fewer nightmares lately.",
            "Family time at the contact centre was positive.",
            "Bedtimes have been hard after family time.",
            "They have joined a swimming club at the leisure centre.",
        ),
    },
}

_QUOTES: dict[Family, dict[str, tuple[str, ...]]] = {
    Family.STANDARD: {
        "young": (
            "I like it when Mummy reads to me",
            "Daddy shouts at Mummy and I hide under the bed",
            "I was hungry at bedtime",
            "I want to stay with Nana",
            "my tummy hurts when they fight",
            "Nana makes pancakes on Sundays",
            "I don't like it when the man comes round",
            "my teacher gave me a sticker for reading",
            "I sleep in Mummy's bed because mine is broken",
            "I'm scared of the dark and the shouting",
            "I want a dog like Nana's",
        ),
        "older": (
            "I don't want to go home if he's there",
            "it's better now Mum's not drinking",
            "I just want to be normal like my mates",
            "nobody listens to me at school",
            "I miss my little brother",
            "I want to go to college and do mechanics",
            "I look after my sisters when Mum's asleep",
            "it's alright at home, I just get bored",
            "I hate the new school, no one talks to me",
            "I smoke weed to help me sleep",
            "Mum's boyfriend is sound, he takes me to football",
            "I want to see my dad more",
            "I don't trust social workers",
        ),
    },
    Family.HELDOUT: {
        "young": (
            "my bed is cold and I get scared",
            "Mummy cries in the bathroom",
            "I like the lady at breakfast club",
            "I want my own room with stars on it",
            "the big boy at the flats took my scooter",
            "Grandad lets me feed the ducks",
            "I had cereal for tea again",
            "when they shout I put my hands on my ears",
            "I like it when we go swimming",
        ),
        "older": (
            "he makes the house feel tight like I can't breathe",
            "I'm proud I went to every lesson this week",
            "I'd rather be at my aunty's where it's calm",
            "I want to work with animals when I leave school",
            "I'm sick of telling people the same thing",
            "school is the only place it's quiet",
            "I get the little ones ready every morning",
            "I just want him to leave and not come back",
            "my mum tries her best, she's just tired",
            "I'd like to do boxing to get my anger out",
            "nobody asked me what I wanted",
        ),
    },
}


def templates(family: Family) -> Templates:
    return _STANDARD if family is Family.STANDARD else _HELDOUT


def phrases(family: Family, kind: str) -> tuple[str, ...]:
    return _PHRASES[family][kind]


def quotes(family: Family, age: int) -> tuple[str, ...]:
    return _QUOTES[family]["young" if age < 9 else "older"]


def all_template_text(family: Family) -> str:
    """For tests proving the families' phrasing differs and no template leaks an unanswerable topic."""
    parts = [t for group in templates(family).values() for t in group]
    parts += [p for group in _PHRASES[family].values() for p in group]
    parts += [q for group in _QUOTES[family].values() for q in group]
    return "\n".join(parts)
