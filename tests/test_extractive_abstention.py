"""Whether chosen sentences answer a question, and which way a yes/no goes (issue #6, abstention).

Rows are our own sentences, written for the rule each names; the "not recorded" rows were all
answered by the seam before its rules (it returned True for any chosen sentence), and the polarity
rows read "No" from a negation about something else.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models.abstention import Chosen, asked_thing, commonness, measure_owners, says_no, supports, topic
from assistant.models.base import NOT_RECORDED, QuestionType
from assistant.models.questions import classify
from tests.answer_fixtures import D, ask

DAY = dt.date(2024, 5, 2)


def chosen(*sentences: str, note: str = "") -> list[Chosen]:
    return [Chosen(sentence, note or " ".join(sentences), DAY) for sentence in sentences]


NOT_ANSWERS: list[tuple[str, str, list[Chosen]]] = [
    ("a rare topic word the sentence lacks ('audi'): sharing 'older lads' is not evidence",
     "who is the older lad picking him up in the audi", chosen('She believes the same older lads who groomed [BROTHER] have now got him.')),
    ("a condition the GP was not asked about", "what did the GP say about her asthma",
     chosen("She told me she had been to the GP and was pregnant.")),
    ("a 'when' with no date and the event still ahead", "whats the trial date",
     chosen("Decision: to remain on a CP plan until the criminal trial is further on.")),
    ("a 'when' whose date belongs to another sentence's event", "whats the trial date",
     chosen("Decision: to remain on a CP plan until the criminal trial.", "Play therapy start date given as 4 Dec.")),
    ("a 'due out' answered by another event's date", "when is [PERSON 3] due out",
     chosen("RHI done by me today (4/2) at his aunt's.")),
    ("a 'which GP now' answered by no name", "which GP are the children registered with now",
     chosen("GP registration to be moved.")),
    ("a yes/no whose predicate the sentence only puts ahead", "has dad passed his alcohol test",
     chosen("Contact to start only once dad has provided a negative alcohol test.")),
    ("'name of the rehab': the line mentions rehab, the names in it are other people's",
     "what's the name of the rehab she went to",
     chosen("Contact: mum by video from rehab twice a week; [FATHER] - [PERSON 2] will not supervise.")),
    ("'his mums name': his mother is mentioned, never named", "whats his mums name?",
     chosen("Red Cross tracing is still looking for his mother.")),
    ("'which GP surgery': a person named as GP is not the surgery", "which GP surgery is [CHILD] registered at",
     chosen("Present: SW, [PERSON 4] (named GP for safeguarding, by phone).")),
    ("'name of the class teacher': an owner before it is not the teacher",
     "what is the name of [BROTHER]'s class teacher",
     chosen("Attended: mum, both sets of carers, [PERSON 3]'s class teacher (written report).")),
    ("'his mums name': a place across 'and that' is not her name", "whats his mums name?",
     chosen("He said he was born near Mendefera and that his mother told him the year.")),
    ("'how much UC': a number that is no money is not the amount", "how much UC does she get a month",
     chosen("She is on UC and has been with her boyfriend for 3 months.")),
    # session 7, unseen-question probe: what a question demands by its form
    ("'who is the X': a role mentioned, never named", "who is his tutor at college",
     chosen('Says the course is "actually good", likes the tutor, has made 2 mates.')),
    ("'who is the X': a name across a verb is someone else's", "who was the ward sister",
     chosen("Consultant [PERSON 2] told the ward sister she believes the insulin was missed.")),
    ("'who is the X': a capitalised everyday word is not a person", "who is [CHILD]'s class teacher",
     chosen("Present: dad, class teacher, SALT, SEND caseworker, me.")),
    ("'what is X called': a role mentioned, never named", "what is the family support worker called",
     chosen("Has had one call from the family support worker, first session booked.")),
    ("'X's name on Y': a word of the question is not the name", "whats the escort's name on the school taxi",
     chosen("Taxi with escort working well, escort trained on the rescue med.")),
    ("'what dose': another medicine's dose is not this one's", "what dose of melatonin is he on",
     chosen("Medication: levetiracetam 500mg twice a day; melatonin at night.")),
    ("'how many units': a line about the insulin with no figure", "how many units of insulin does she have at breakfast",
     chosen("Now she does her breakfast insulin on her own and mum does the evening one.")),
    ("'how old': a pseudonym's digits and an item number are no age", "how old is [PERSON 1]",
     chosen("Present: [CHILD], [PERSON 7], [PERSON 1] (PA), [PERSON 2] (DP officer) for item 3.")),
    ("'phone number': a clock time is no number", "what's the key worker's phone number",
     chosen("19:46 staff rang the key worker: not back for curfew.")),
    ("'what did X say': someone else's words on the topic", "what did the SALT say at the review",
     chosen('Dad said he "will not accept a mainstream with a unit".', note="Review. Present: dad, SALT, SENCO.")),
    ("'what did X say': X present but saying nothing", "what did the virtual school adviser say at the PEP",
     chosen("Present: [CHILD], SW, virtual school post-16 adviser, key worker.")),
    ("'what did [X] say': another person sharing a word of X's role", "what did [FATHER'S PARTNER] say at the ICPC",
     chosen("Dad said [CHILD] was doing well at his and asked for the arrangement to continue.")),
    ("a yes/no whose event the line never states, and no 'no'", "has [SISTER] passed her exams",
     chosen("[SISTER] came in from college: she does most of the mornings, and she missed her exams mock.")),
    ("a yes/no 'arrested' answered by a row that was not reported", "was dad arrested after the row on the ward?",
     chosen('Dad turned up and there was a row on the ward - security were not called, staff "had a word".')),
    # session 8: what the question demands, and whether the line supplies it
    ("'has he got X yet': a step toward X (needs, referred) is not X", "has she got her hearing aids yet",
     chosen("Audiology: failed the hearing test, referred to ENT - needs hearing aids.")),
    ("'has she got X yet': applying for X is not having it", "has he got a paper round yet",
     chosen("Mentor says he is going to school again and has applied for a paper round.")),
    ("'have the X come back': consent for X is not X back", "have mum's partner's police checks come back yet",
     chosen("Consent given for police checks on partner.", "Mum's partner, [PERSON 3], works nights, not known to us.")),
    ("'is he on any X': a planned review of X is not being on it", "is [CHILD] on any ADHD medication",
     chosen("Dr [PERSON 2] will review ADHD medication with the consultant in May.")),
    ("'what is dad's X called': mum's X's pseudonym is another person", "whats [CHILD]'s dads girlfriend called",
     chosen("If [MOTHER'S GIRLFRIEND] turns up at school, ring the police straight away.")),
    ("'which X': a capitalised word opening the line is no name", "which dentist is [SON] registered with",
     chosen("Next steps: dentist / health visitor; inform TM; SW to follow up.")),
    ("'how heavy': a line about the birth with no weight", "how heavy was the baby when she was born",
     chosen("Baby born on Tuesday at the General, normal delivery, mum well.")),
    ("'name of X': a family role beside X is not X's name", "whats the name of mum's counsellor",
     chosen("Saw counsellor with Mum today, 4 sessions so far.")),
    ("'what date': 'in 12 weeks' puts the event ahead with no date", "what date is the core group review",
     chosen("Review of core group in 12 weeks.")),
    ("'who is the X': a 'nobody' about something else is no honest none", "who is [CHILD]'s mentor",
     chosen("As far as we know nobody has told his mum. He told his mentor he is tired.")),
    ("'when is the next X': a past X's date is not the next", "when is her next dentist appointment",
     chosen("Letter received today re initial dentist appointment on 26 February.")),
    # session 9 (independent7): what the question demands, and whether the line supplies it
    ("'X's name - the one with Y': the afterthought does not hide the name asked; a place after 'sister's' is her thing's",
     "whats dad's brother's name - the one with the garage",
     chosen("Dad said his brother's garage in Rotherham is where he works weekends.")),
    ("a yes/no about one kind of a thing is not answered by lines about other kinds", "has mum had a parenting assessment",
     chosen("The pre-birth assessment is under way.", "Mum engaged well in the assessment sessions.")),
    ("'any other X': lines about the person that never mention an X", "does mum have any other children",
     chosen("Mum works nights at the care home.", "Mum said she is tired but coping with [CHILD].")),
    ("'the date of X': X 'to follow' under a 'Next:' label has no date", "what is the date of the final hearing",
     chosen("Next: statement to the court; final hearing to follow the assessment.")),
    ("'when was X': an item a 'Next:' line lists has not happened on the note's day", "when was the family group conference",
     chosen("Next: review; family group conference; letter to school.")),
    ("guard: 'who is the X officer' with the service named but no person", "who is the probation officer",
     chosen("Referral to probation sent today.")),
    ("'who is the X Y worker': the service words in another order are not the service", "who is the refuge support worker",
     chosen("Discussed with [TEAM MANAGER] (TM): agreed support refuge move.")),
    ("another kind of a yes/no's topic: a 'not' about something else is no answer", "has dad had a parenting assessment",
     chosen("During the assessment he disclosed abuse.", "CIN not required, single assessment to close.")),
    ("'name of [B]'s X': a person who attends X, in brackets, is not X's name", "what's the name of [BROTHER]'s playgroup",
     chosen("Children: [CHILD] (6, Y1) and [BROTHER] (2, attends playgroup twice a week).")),
    # session 10 (independent8): guards of the loosened rules
    ("guard: 'who's the X' by initials: the role written out with no name beside it", "who's the EWO",
     chosen("The education welfare officer will visit next week.")),
    ("guard: 'a bit' is a degree, not the past of 'bite'", "has the dog bitten anyone",
     chosen("He was a bit upset when the dog was rehomed.")),
    ("guard: a carer named in a note that never holds the asked kind ('emergency')", "who was the emergency foster carer",
     chosen("Placed with foster carer [PERSON 1] for respite this weekend.")),
    ("'what's the name of X': a holiday beside X is a time, not X's name", "what's the name of the rescue the dog went to",
     chosen("Dad confirmed by text that he had the dog rehomed through a rescue before Christmas.")),
    ("'what did the school nurse say': a person of the school is looked for, not the school's words", "what did the school nurse say at the ICPC",
     chosen("Summary of key concerns: escalating violence to mum; [SISTER] frightened and hiding; mum reluctant to involve police.",
            note="ICPC held. Attendees: mum, SW, school nurse. Summary of key concerns: escalating violence to mum.")),
    ("'when is X': an X 'booked' with no date is ahead, and has no date yet", "when is the parents' Relate appointment",
     chosen("Couple have started counselling and have a Relate appointment booked.")),
    ("'dad's sister's name': the child's sister's pseudonym is not dad's sister", "what is dad's sister's name",
     chosen("Subject: [SISTER] (8); sibling [CHILD] (14) also discussed.")),
    ("guard: 'what was the outcome of X': a line that never holds X", "what was the outcome of the strategy meeting",
     chosen("Mum said she was tired but coping.")),
    ("guard: 'what date did X die': a line and note with no death", "what date did the baby die",
     chosen("Sat 17/01/26 08:05 - call from police control about a noise complaint.")),
    ("a list's next item is not the asked item's name: 'PGF, nursery, childminder, HV'", "what is the name of the childminder",
     chosen("Spoke to: dad, PGF, nursery, childminder, HV (by phone).")),
    ("a list's next item's name is that item's: 'childminder, FSW [P]'", "what's the name of his childminder",
     chosen("Present: mum, nursery manager, childminder, FSW [PERSON 4], me.")),
    ("a weekday in the plural is a time, not a name: 'on Tuesdays per class teacher'", "what is the name of her class teacher",
     chosen('Attendance 91%, "tired on Tuesdays" per class teacher.')),
    ("a kin pseudonym is no professional's name: 'ISW: assessment of [FATHER]'", "what is the name of the ISW doing the assessment",
     chosen("ISW: assessment of [FATHER] positive, report to follow.")),
    ("a line's common opening word before initials is no name: 'Received ISW report'", "what is the name of the ISW",
     chosen("Received ISW report on Friday, recommending a phased return.")),
    # session 12 (twelve corpora): what a question demands, what a line supplies
    ("a named person's number stands beside them: mum's new number is not the key worker's",
     "what is [PERSON 3]'s phone number", chosen("Mum has a new phone number [PHONE 2].", "Present: [PERSON 3] (keyworker), mum.")),
    ("a named person's age stands beside them, not beside another's name", "how old is [PERSON 5]",
     chosen("[PERSON 2] (19) works at a garage.", "Met [PERSON 5] at a party in the summer.")),
    ("another owner's role: '(LA solicitor)' is not dad's solicitor", "what is the name of dad's solicitor",
     chosen("Present: TM (chair), SW, [PERSON 2] (LA solicitor).")),
    ("another owner's role: mum's solicitor is not [P]'s", "who is [PERSON 1]'s solicitor",
     chosen("[MOTHER]'s solicitor [PERSON 4] asked for an adjournment.")),
    ("an address is written as one: a line about sending flowers is not where he lives", "whats [PERSON 5]s address",
     chosen("[PERSON 5] gave his address to the police and sent flowers to the placement.")),
    ("'what did the young carers worker say': 'young carers group' names no worker", "what did the young carers worker say at the CIN review",
     chosen('CIN review: [SISTER] started the young carers group on 24/4 "because they do pizza".')),
    ("'what did [P]'s nan say': the owner's name is not the nan's words", "what did [PERSON 5]'s nan say about the baby",
     chosen('She says [PERSON 5] is 19 and buys "normal stuff" for the baby.')),
    ("'how much was he fined': a fine is money, not the count of charges", "how much was dad fined at the magistrates",
     chosen("At the magistrates he was convicted in his absence (two counts), fined and ordered to pay costs.")),
    ("guard: 'which nursery': a person's pseudonym beside it is the manager, not the nursery", "which nursery does [BROTHER] go to",
     chosen("Present: both parents, HV, nursery manager for [BROTHER] ([PERSON 7]), Recovery Hub worker ([PERSON 8]).")),
    ("'which nursery': a line that never writes it names no place with a person", "which nursery is [BROTHER] going to",
     chosen("DI [PERSON 2] rang; [BROTHER] starting nursery after Easter.", "DI [PERSON 2] rang the office.")),
    ("'name of the nursery': a weekday's short form is a time", "what is the name of [BROTHER]'s nursery",
     chosen("[PERSON 4] has asked if he can pick [BROTHER] up from nursery on Weds and take him to the park.")),
    ("an occasion put ahead holds nothing decided after it", "what did the police decide after his voluntary interview",
     chosen("Police are recording it as common assault; voluntary interview to be arranged with an appropriate adult.")),
    # session 13 (written from independent11's misses and probes; checked on the other twelve corpora)
    ("a hyphenated kin is its last part: a step-sister is not the step-brother", "whats the step-brother's name",
     chosen("The step-sister [PERSON 4] is 15 and lives with dad.")),
    ("initials made a verb ('NFA'd') are no one's name", "whats the uncle's name",
     chosen("The allegation against the uncle was NFA'd by police.")),
    ("a family word before 'is' opens a clause: 'the psychologist mum is seeing' is not mum",
     "whats the name of the CMHT psychologist mum is seeing",
     chosen("Present: Mrs [PERSON 2] (mum), [CHILD], [SISTER].", "Mum now sees a CMHT psychologist weekly.")),
    ("'who is her 1:1 TA': a ratio is the role's kind, and the TA is never named", "who is [CHILD]'s 1:1 TA",
     chosen("Spoke to Mr [PERSON 3], the SENCO; [CHILD] has a 1:1 TA in the mornings.")),
    ("a label is its speaker's by the speaker's head: 'School:' is not the school nurse",
     "what did the school nurse say at the strategy meeting",
     chosen("School: will not tell staff beyond need-to-know.",
            note="Present: SW, DC, DSL, school nurse (apols - info sent). School: will not tell staff beyond need-to-know.")),
    # session 14 (written from independent12's misses and probes; checked on the other thirteen corpora)
    ("'what X' of a kind of place asks its name, as 'which X' does", "what GP practice is he registered with",
     chosen("The GP practice sent a report; no concerns about his growth.")),
    ("a role written with another kind before it is another role", "what is mum's bereavement counsellor called",
     chosen("Present: mum, [PERSON 3] (family counsellor), HV.")),
    ("a bare role beside its own kind in brackets is that kind", "who is the bereavement midwife",
     chosen("Midwife ([PERSON 2], community midwife) rang to book the scan.")),
    ("a 'named nurse' is not the school nurse", "what's the school nurse's name",
     chosen("Present: SW, DS (police), named nurse, Mr [PERSON 3] (DSL).",
            note="Strategy discussion. Present: SW, DS (police), named nurse, Mr [PERSON 3] (DSL). The school nurse will see her weekly.")),
    ("a place whose name is of another kind is not the asked one", "which removals firm is dad working for",
     chosen("Dad has started a job with a removals firm three days a week.",
            "Dad has now seen GP ([PERSON 3], Highbarrow Surgery) and started on sertraline.",
            "Call from [PERSON 1] (DSL, Castle Park Primary) about his attendance.")),
    ("a role 'at' a place is named only in a note about that place", "whats the name of his key worker at school",
     chosen("Mum sent her questions via the key worker ([PERSON 1]).",
            note="Child death review meeting. Mum sent her questions via the key worker ([PERSON 1]).")),
]


@pytest.mark.parametrize(("rule", "question", "evidence"), NOT_ANSWERS, ids=[row[0] for row in NOT_ANSWERS])
def test_evidence_that_does_not_hold_the_asked_thing_is_not_an_answer(rule: str, question: str, evidence: list[Chosen]) -> None:
    assert not supports(question, classify(question), evidence), rule


ANSWERS: list[tuple[str, str, list[Chosen]]] = [
    ("the topic in the sentence", "what did the GP say about her asthma",
     chosen("GP said her asthma is well controlled on the brown inhaler.")),
    ("a 'when' sentence reporting the event as done takes its note's date", "when was the ICPC held",
     chosen("ICPC held; plan agreed under neglect.")),
    ("the topic in the note's heading and another key term in the sentence", "what risk level did the review give",
     chosen("Partners agreed level HIGH.", note="2. Risk\nPartners agreed level HIGH.")),
    ("an occasion ('in the proceedings') is setting, not the topic", "who is the guardian in the proceedings",
     chosen("Children's Guardian appointed: [PERSON 3] (Cafcass).")),
    ("a 'which X' answered honestly by 'none registered'", "which dentist is he registered with",
     chosen("Dental: no dentist registered - gave mum a list.")),
    ("a name after a label answers 'which school'", "which school does he attend",
     chosen("School liaison - Northfield Academy.")),
    ("a measure answers 'how much did he weigh'", "how much did the baby weigh",
     chosen("Baby girl born Friday 2nd May, normal delivery, 3.1kg.")),
    ("a lower-case name the vocabulary lacks is never the topic", "what did zak say about seeing his dad",
     chosen('He said "I want to see dad but not at his house".')),
    ("a yes/no done in the past needs no verb match", "has he ever been taken to A&E",
     chosen("He was brought to A&E on Saturday 4th Feb by mum.")),
    ("a name next to the asked thing, written after it", "what is the name of [BROTHER]'s class teacher",
     chosen("Class teacher Mrs [PERSON 5] says he has settled well.")),
    ("a name next to the asked thing, written before it", "which GP surgery is she registered at",
     chosen("She is registered at Elm Tree Surgery.")),
    ("a place's name before the asked noun", "what's the name of the rehab she went to",
     chosen("She moved into Bridgeway House rehab on 18/8.")),
    ("a line that does not mention the asked thing may name it", "which school does he attend",
     chosen("He started at Northfield Academy in September.")),
    ("a money figure answers 'how much UC'", "how much UC does she get a month",
     chosen("UC is £393.45 a month, paid on the 12th.")),
    ("a pet named next to its noun", "what is the name of the dog",
     chosen("Biscuit the dog was shut in the kitchen.")),
    ("'who is the X' answered by a token beside the role", "who is his tutor at college",
     chosen("College tutor [PERSON 6] says he is one of the most switched on.")),
    ("'who is the X' answered by a title and name", "who is the headteacher",
     chosen("Spoke to the headteacher, Mrs Pennant, today.")),
    ("'what dose' answered in the line about the medicine", "what dose of melatonin is he on",
     chosen("Medication: levetiracetam 500mg twice a day; melatonin 3mg at night.")),
    ("'how old' answered by an age in brackets", "how old is [PERSON 1]",
     chosen("Akeem [PERSON 1] (22), on leave from the army, came down on Saturday.")),
    ("'phone number' answered by a pseudonymised number", "what's the key worker's phone number",
     chosen("Key worker [PERSON 2], mobile phone [PHONE 1].")),
    ("'what did X say' answered by X's words", "what did the SALT say at the review",
     chosen('SALT said he "now builds two picture sentences".')),
    ("'what did X say' answered by 'she said' in X's note", "what did [SISTER] say about college",
     chosen('She said college is "too much at the minute".', note="[SISTER] came in. She said college is too much.")),
    ("'what did [X] say' answered by the token's own words", "what did [FATHER'S PARTNER] say at the ICPC",
     chosen('[FATHER\'S PARTNER] said she "will do every dose" at the ICPC.')),
    ("a yes/no taken somewhere needs no verb match", "has he been taken to A&E",
     chosen("He was brought to A&E on Saturday 4th Feb by mum.")),
    ("a yes/no whose 'no' is in the clause about it", "has [SISTER] passed her exams",
     chosen("[SISTER] did not pass her exams; she will resit in June.")),
    ("a specific event stated once in the line's note", "has [CHILD] been excluded from school?",
     chosen("Police informed by school.", note="Academy rang - [CHILD] was excluded for 5 days. Police informed by school.")),
    ("an everyday event verb is written many ways", "have the police been called to [CHILD]'s home because of domestic abuse?",
     chosen("Police notification rec'd: domestic abuse incident at home on Sunday, PC [PERSON 2] attended.")),
    ("'who is the X doing Y': the X is the asked thing", "who is the IDVA supporting [MOTHER]?",
     chosen("I made a referral and spoke to [PERSON 3] (IDVA) who will see mum tomorrow.")),
    ("'who is X's PA': the abbreviation of the asked role", "who is [CHILD]'s personal adviser?",
     chosen("Pathway plan updated with PA [PERSON 2] on 2nd May 2023.")),
    ("a role in brackets after a name, however long the bracket", "who is the P&B carer",
     chosen("She went to the placement with [PERSON 7] (Fostering Agency - experienced P&B carer) under s20.")),
    ("'how many tablets' is a count of anything, not a measure", "how many tablets did [CHILD] take",
     chosen("She said she took 16 paracetamol she'd been saving.", note="She told night staff she had taken tablets. She said she took 16 paracetamol she'd been saving.")),
    ("a token qualifying the speaker is not the speaker", "what did the [PERSON 1] disclosure say about [PERSON 5]",
     chosen("Disclosure (read out by PC): [PERSON 5] has two convictions for assault.")),
    ("an organisation's words are not attributed by name", "what did the school say about her attendance",
     chosen("Spoke to DSL [PERSON 4]. [CHILD]'s attendance this term is 97%.")),
    # session 8
    ("'when did X move (somewhere)': the dated event verb answers, the place is setting", "when did [CHILD] move to the uk",
     chosen("He moved here 3 March with an aunt, on a student visa.")),
    ("'who is the X': a pseudonym in brackets after the role", "who is the ISVA",
     chosen("Victim now engaging with ISVA ([PERSON 4], Riverside Sexual Violence Service) since 2/2.")),
    ("'how heavy': a weight in pounds and ounces", "how heavy was [SON] when he was born",
     chosen("[SON] born at 04:10 on Sunday at the General, normal delivery, 8lb 1oz.")),
    ("'how old': 'is 19' beside the person", "how old is the boyfriend",
     chosen("Mum met [BOYFRIEND], who she says is 19, at the youth club.")),
    ("'has she got X yet': a line saying she has it", "has she got her glasses yet",
     chosen("She now wears her new glasses in class.")),
    ("'has she been referred': the step is the question's own event", "has she been referred to CAMHS",
     chosen("GP referred her to CAMHS on 3 May.")),
    ("'is X pregnant': a due date after the state is not a step toward it", "is mum pregnant",
     chosen("Mum is pregnant, baby due in July.")),
    ("'what is dad's X called': a token that names no owner may be dad's", "whats [CHILD]'s dads girlfriend called",
     chosen("Dad lives with [GIRLFRIEND] (his girlfriend) in a flat.")),    ("'when is the next X': a date put ahead", "when is her next dentist appointment",
     chosen("Next dentist appointment booked for 4 April.")),
    ("'on the X weekend': the asker's name for an occasion is setting, not the topic", "what happened to his brother on the flood weekend",
     chosen("Saturday night he kicked [BROTHER] in the ribs when he came downstairs.")),
    ("'who is the X': a role's pseudonym beside X is X's name, though the role is a family word", "who is [CHILD]'s personal adviser",
     chosen("PA [SOCIAL WORKER].")),
    ("'name of mum's X': the token's owner agrees with the question's", "What is the name of Mum's new partner?",
     chosen("Mum said [MOTHER'S PARTNER] moved in last month.")),
    ("'what did X say about his weight' is a quote, not a demand for a figure", "what did the paed say about his weight",
     chosen('Paed letter says "likely nutritional" - no organic cause for the weight.')),
    ("'what was X's weight at the visit': the weight is in the line, the visit in another", "What was [CHILD]'s weight at the HV visit in May",
     chosen("[CHILD] weighed: 10.9 kg (was 10.1 kg on 4/3).", "Home visit.")),
    ("'which X': an honest none about X itself", "which dentist is [CHILD] registered with",
     chosen("Health: up to date with jabs. Dental: no dentist registered yet.")),
    # session 9 (independent7): rules loosened where a line supplies the demand in other words
    ("'a new X called [P]': after an indefinite X, 'called' names it", "what's the name of dad's girlfriend",
     chosen("Dad has a new girlfriend called [PERSON 3] who visits at weekends.")),
    ("'what did X decide about Y': the decision verb is the question's form", "what did the conference decide about contact",
     chosen("Contact to stay supervised, twice weekly.")),
    ("'date of X?' asks a date; 'strat disc' is one concept, 'disc' no topic of its own", "date of the strat disc?",
     chosen("Strategy discussion held 4.2.25 10:00.")),
    ("a 'no' in the question's own verb answers it though a step names the topic", "is nan opposing the adoption order",
     chosen("Nan rang and said she won't oppose, she wants them settled.", "The carers lodged their application for an adoption order.")),
    ("a family pseudonym speaks as its role word", "what did [MOTHER] say to the health visitor about feeding",
     chosen('Mum told the health visitor "she only takes 2oz and then screams" at every feed.')),
    ("'who is the X officer': a person beside the service X answers, under whatever title", "who is the probation officer",
     chosen("Letter from [PERSON 3] at probation received today.")),
    ("guard: a name before 'attends X' is the attender, a name beside X still X's", "what's the name of his playgroup",
     chosen("[CHILD] attends Little Acorns playgroup twice a week.")),
    ("guard: a no answers a yes/no though the line naming its topic lacks the asked kind",
     "did the repeat scan confirm the skull fracture?",
     chosen("Scan (3 May): confirms a bruise to the scalp.", "Skull query NOT confirmed, no fracture seen.")),
    ("guard: the subject before a verb topic is no kind ('did the DNA test confirm')", "did the DNA test confirm [FATHER] is the dad?",
     chosen("She confirmed to me privately that she knows who the father is.")),
    ("guard: a line holding the asked kind answers", "has dad had a parenting assessment",
     chosen("Parenting assessment completed by the family centre in March.")),
    ("guard: 'any other children' answered by a son", "does dad have any other children",
     chosen("Dad has a son (8) from a previous relationship who he sees at weekends.")),
    # session 10 (independent8): the line supplies the demand in the notes' own form
    ("'who's the X' by initials: a name beside the role written out", "who's the EWO",
     chosen("[PERSON 3], Education Welfare Officer, visited the family on Monday.")),
    ("'who was the <kind> X': a name beside X in a note whose heading holds the kind", "who was the emergency foster carer",
     chosen("Placed with foster carer [PERSON 1] at 6.15pm, 10 mins from her school.",
            note="Emergency placement under s20. Placed with foster carer [PERSON 1] at 6.15pm, 10 mins from her school.")),
    ("'when was she bitten': a past form is the event; the dated line of a 'dog bite' note answers", "when was [SISTER] bitten by the dog?",
     chosen("[SISTER] attended ED with mum on Sat 12/10/24 at 19:20.",
            note="Hospital notification - dog bite. [SISTER] attended ED with mum on Sat 12/10/24 at 19:20.")),
    ("guard: 'what did the school nurse say': the nurse's own words", "what did the school nurse say at the review",
     chosen('School nurse said she "has put on weight and is eating well".')),
    ("guard: 'when is X': an X booked for a date", "when is the parents' Relate appointment",
     chosen("Relate appointment booked for 4 April.")),
    ("guard: '[CHILD]'s sister's name': the kin token is the child's", "what is [CHILD]'s sister's name",
     chosen("Subject: [SISTER] (8); sibling [CHILD] (14) also discussed.")),
    ("guard: 'outcome' is never the topic but still a key term beside the note's subject", "what was the outcome of the SA",
     chosen("Outcome: child in need plan, no further s47 action.",
            note="Single assessment (SA) completed. Outcome: child in need plan, no further s47 action.")),
    ("'what was the outcome of [P]': a question whose only content word is its form has no topic", "what was the outcome of mum's [PERSON 12]",
     chosen("[MOTHER] (mother) - NOT RECOMMENDED at this stage.")),
    ("guard: a name joined to its role by a comma: '[P], childminder'", "what is the name of the childminder",
     chosen("Spoke to [PERSON 6], childminder, who said he settles well.")),
    ("guard: a role then a comma then the name: 'class teacher, Mrs Okafor'", "what is the name of her class teacher",
     chosen("Class teacher, Mrs Okafor, says she is tired on Tuesdays.")),
    ("guard: a kin pseudonym names kin: '[MATERNAL GRANDMOTHER] (nan)'", "whats his nans name",
     chosen("Visited [MATERNAL GRANDMOTHER] (nan) at her flat.")),
    ("guard: kin pseudonyms name a family group asked for: 'the grandparents'", "who are the grandparents looking after her",
     chosen("Grandparents: [MATERNAL GRANDMOTHER] (61) and [MATERNAL GRANDFATHER] (64), both retired.")),
    ("'what date did X die': 'pronounced dead' is the death", "what date did the baby die",
     chosen("Sat 17/01/26 08:05 - call from police control.", note="Sat 17/01/26 08:05 - call from police control. Pronounced dead at 07:32.")),
    # session 12: loosened where the question's form was read as its topic
    ("guard: a note heading the asked assessment holds its topic", "was the age assessment in line with what he said his age was?",
     chosen("Outcome (given to him on 3rd March): the LA accepts his claimed age.",
            note="Age assessment (short form). Outcome (given to him on 3rd March): the LA accepts his claimed age.")),
    ("'as a job' asks an occupation, written without the word 'job'", "what does [CHILD] want to do as a job",
     chosen("[CHILD] told me he wants to be a mechanic.")),
    ("'ops' is the short form of the operations a line counts", "how many ops has she had on her face now",
     chosen("This means she has now had two operations on her face.")),
    ("the asked thing ends at its verb: 'which staff member got punched'", "which staff member got punched at the home",
     chosen("He punched a member of staff ([PERSON 3]) in the face and bit a second member of staff.")),
    ("guard: the named person's number beside them", "what is [PERSON 3]'s phone number",
     chosen("Phoned [PERSON 3] (keyworker) on [PHONE 2].")),
    ("guard: a family pseudonym's number is written under its role", "what is [MOTHER]'s phone number",
     chosen("Mum has a new phone number [PHONE 2].")),
    ("guard: a kind before the role says which, not whose", "who's mum's immigration solicitor",
     chosen("Call with [PERSON 5], immigration solicitor, about the appeal.")),
    ("guard: the question that names the owner-initials takes them", "who is the LA solicitor",
     chosen("Present: chair, [PERSON 2] (LA solicitor).")),
    ("guard: the speaker named by the phrase's head", "what did the school nurse say at the ICPC",
     chosen('School nurse said she has "no concerns about her health".')),
    ("guard: the owned speaker named by their role", "what did [PERSON 5]'s nan say about the baby",
     chosen("[PERSON 5]'s nan said she would \"help with the baby every weekend\".")),
    ("guard: a fine given as money", "how much was dad fined at the magistrates",
     chosen("At the magistrates he was fined £300 and ordered to pay costs.")),
    ("guard: a place's name answers 'which nursery'", "which nursery does she go to",
     chosen("She attends Little Acorns nursery three mornings.")),
    ("guard: a role pseudonym holding the place names it", "which school does he go to",
     chosen("School: [DSL NORTHFIELD ACADEMY] rang about attendance.")),
    ("guard: an address pseudonym in the question is no address asked", "how many times have police been called out to [ADDRESS 1]",
     chosen("Police have been called to the address 4 times since March.")),
    ("guard: an address token answers an address", "what is mums new address",
     chosen("Mum moved on Friday to [ADDRESS 4] [POSTCODE 3].")),
    ("guard: the occasion held, then the outcome", "what did the police decide after his voluntary interview",
     chosen("He was interviewed voluntarily on Sunday and accepted a simple caution.")),
    ("guard: the asked occasion held though a later one is booked", "what was decided at the ICPC",
     chosen("ICPC held; plan agreed under neglect. RCPC booked.")),
    ("guard: a quotation is judged by its speaker, not by an occasion named ahead elsewhere",
     "what did mum say at the ICPC about the relationship",
     chosen('Mum said she is not going to end the relationship "over a record from years ago".', "ICPC to be convened within 15 days.")),
    # session 13
    ("a month's short form is a date, no topic the line must write", "where did they move to in sept",
     chosen("The family moved on 2/9/25 to a private family yard in Westhallow.")),
    ("guard: a step-brother named beside his own word", "whats the step-brother's name",
     chosen("His step-brother [PERSON 3] (17) lives with dad.")),
    ("guard: a 1:1 TA named beside the role", "who is [CHILD]'s 1:1 TA",
     chosen("Her 1:1 TA, Mrs [PERSON 4], says she is settling.")),
    ("guard: the school nurse's own label", "what did the school nurse say at the strategy meeting",
     chosen("School nurse: no concerns, she is up to date with her checks.",
            note="Present: SW, DSL, school nurse. School nurse: no concerns, she is up to date with her checks.")),
    ("'what's wrong with' asks a condition the line states without the words", "what's wrong with grandad's health",
     chosen("[MATERNAL GRANDFATHER]'s health is poor - he has heart failure.")),
    ("guard: 'what school' answered by a school's name", "what school does he go to",
     chosen("He started at Northfield Academy in September.")),
    ("guard: 'what did the school do' asks an action, no school's name", "what did the school do about the fight",
     chosen("The school issued a two-day exclusion for the fight the next morning.")),
    ("guard: the asked kind among the words before the role", "who is her CAMHS worker",
     chosen("Seen by [PERSON 4] (CAMHS mental health worker) on Tuesday.")),
    ("guard: a word saying which one is no other kind", "who is his new social worker",
     chosen("The allocated social worker [PERSON 4] visited on Monday.")),
    ("guard: part of the asked kind beside a mention of another", "who was the emergency foster carer",
     chosen("Placed with foster carer [PERSON 1] at 6.15pm - experienced carer, near her school.",
            note="Emergency placement. Placed with foster carer [PERSON 1] at 6.15pm - experienced carer, near her school.")),
    ("guard: a place of the asked kind", "which firm is dad working for",
     chosen("Dad has started at Castle Logistics Company three days a week.")),
    ("guard: a role at a place, named in that place's note", "who is his key worker at nursery",
     chosen("Key worker [PERSON 3] says he has settled.", note="Nursery visit. Key worker [PERSON 3] says he has settled.")),
    ("guard: a role at a place, named in the line about the place", "who is mum's worker at the recovery service",
     chosen("Had her first appointment at the recovery service on 26th, worker is [PERSON 4].")),
]


@pytest.mark.parametrize(("rule", "question", "evidence"), ANSWERS, ids=[row[0] for row in ANSWERS])
def test_evidence_holding_the_asked_thing_answers(rule: str, question: str, evidence: list[Chosen]) -> None:
    assert supports(question, classify(question), evidence), rule


def test_no_chosen_sentence_is_no_answer() -> None:
    assert not supports("when was the ICPC held", QuestionType.WHEN, [])


POLARITY: list[tuple[str, str, list[Chosen], bool]] = [
    ("a 'not' about another verb in another clause is not a no", "has mum got a non mol?",
     chosen("Non-mol: return hearing 25 June - [PERSON 2] did not attend."), False),
    ("a 'not' in the clause about the question is a no", "has mum got a non mol?",
     chosen("Non-mol: not granted, application withdrawn."), True),
    ("ended answers 'still subject to a plan' with a no", "is he still subject to a plan?",
     chosen("Plan ended; stepped down to CIN."), True),
    ("the opposite outcome is a no", "was the pregnancy test positive?",
     chosen("She thought she might be pregnant and did a test on Sunday; it was negative."), True),
    ("an 'un-' outcome is a no", "was the allegation substantiated?",
     chosen("LADO meeting: allegation unsubstantiated."), True),
    ("the asked outcome is a yes", "did the NRM come back positive?",
     chosen("NRM: positive reasonable grounds decision received 11/4."), False),
    # session 10 (independent8)
    ("a concept the question names ('NRPF') is no 'no' in the line", "can she get free school meals even though they're NRPF?",
     chosen("She is eligible for free school meals: a family with no recourse to public funds on s17 support is eligible."), False),
    ("a 'not' in a bracketed aside is the aside's", "does he get free childcare",
     chosen("He is entitled to 15 hrs free childcare (universal entitlement is not a public fund)."), False),
    ("guard: a concept the question names still says which clause is about it", "has the GP referred him to camhs",
     chosen("GP also asked about self harm - [CHILD] said no, and mum hasn't seen anything."), False),
    ("guard: a 'not' outside the aside is still a no", "does he get free childcare",
     chosen("He is not entitled to free childcare (mum is working)."), True),
    # session 12
    ("a note's own question and its answer are one clause: 'Birth registered? - not yet'", "has the birth been registered yet",
     chosen("Birth registered? - not yet; [CHILD] wants [PERSON 3] on the birth certificate."), True),
    ("guard: a note's own question answered yes is no 'no'", "has the birth been registered yet",
     chosen("Birth registered? - yes, on 12/6; [PERSON 3] is not on it."), False),
]


@pytest.mark.parametrize(("rule", "question", "evidence", "expected"), POLARITY, ids=[row[0] for row in POLARITY])
def test_a_no_negates_the_questions_own_topic(rule: str, question: str, evidence: list[Chosen], expected: bool) -> None:
    assert says_no(question, evidence) is expected, rule


TOPICS: list[tuple[str, str, set[str]]] = [
    ("the rarest word, not the common ones", "who is the older lad picking him up in the audi", {"audi"}),
    ("a person and the family's roles are never the topic", "when is [PERSON 3] due out", {"due"}),
    ("the question's form ('her words please') is not the topic", "why did she go there - her words please", set()),
    ("a month is a date, not a topic", "what did she say in March?", set()),
    ("a concept's short words are that concept", "when is the strat disc", {"~strategy discussion"}),
    ("a decision verb is the question's form", "what did the conference decide about contact", {"contact"}),
    ("a month's short form is a date too", "where did they move to in sept", set()),
    ("a month's short form is no topic beside one", "trial got adjourned in jan - whats the new date?", {"trial"}),
    ("'what's wrong with' is the question's form", "what's wrong with nan's health", {"health"}),
]


@pytest.mark.parametrize(("rule", "question", "expected"), TOPICS, ids=[row[0] for row in TOPICS])
def test_topic(rule: str, question: str, expected: set[str]) -> None:
    assert topic(question) == expected, rule


ASKED_THINGS: list[tuple[str, tuple[str, ...]]] = [
    ("which GP surgery is she registered at", ("GP", "surgery")),
    ("what is the name of [BROTHER]'s class teacher", ("class", "teacher")),
    ("whats his mums name?", ("mum",)),
    ("what is the name of mum's MS nurse", ("MS", "nurse")),
    ("which hospital treated him after he was stabbed", ("hospital",)),
    ("what did she say about school", ()),
    ("whats dad's brother's name - the one with the garage", ("brother",)),
    ("which staff member got punched at the home", ("staff", "member")),
    ("whats the name of the CMHT psychologist mum is seeing", ("CMHT", "psychologist")),
    ("who is [CHILD]'s 1:1 TA", ("TA",)),
    ("what's the name of the step dad", ("step", "dad")),
]


@pytest.mark.parametrize(("question", "expected"), ASKED_THINGS, ids=[row[0] for row in ASKED_THINGS])
def test_the_thing_whose_name_is_asked(question: str, expected: tuple[str, ...]) -> None:
    assert asked_thing(question) == expected


def test_commonness_reads_the_installed_vocabulary() -> None:
    assert commonness("the") is not None and commonness("asthma") is not None
    assert commonness("the") < commonness("asthma")
    assert commonness("collge") is None


def test_through_the_answerer_an_unanswerable_when_is_not_recorded() -> None:
    note = ("N1", D(2024, 3, 1), "cp_conference", "RCPC",
            "Decision: [CHILD] to remain on a CP plan until the criminal trial and her therapy are further on.")
    text, _ = ask("whats the trial date", [note])
    assert text == NOT_RECORDED, text


# Session 15: one pseudonym pattern (questions.TOKEN_LABEL) for every reader. Redaction names a
# relative by the role the notes give, hyphen and curly apostrophe included; the inline copies here
# had neither, so "[HALF-SISTER]" was nobody's and any address or number in the line answered.
OWNED_MEASURES: list[tuple[str, str, set[str]]] = [
    ("a hyphenated role owns its address", "what is the address for [HALF-SISTER]", {"[HALF-SISTER]"}),
    ("a hyphenated role owns its number", "what is [HALF-BROTHER]'s phone number", {"[HALF-BROTHER]"}),
    ("a hyphenated role's age", "how old is [STEP-FATHER]", {"[STEP-FATHER]"}),
    ("a curly apostrophe inside the label", "what's [MOTHER’S PARTNER]'s number", {"[MOTHER’S PARTNER]"}),
    ("guard: a numbered person as before", "what is [PERSON 3]'s phone number", {"[PERSON 3]"}),
    ("guard: the case's child is left out", "how old is [CHILD]", set()),
]


@pytest.mark.parametrize(("rule", "question", "expected"), OWNED_MEASURES, ids=[row[0] for row in OWNED_MEASURES])
def test_the_owner_of_an_asked_measure_is_any_pseudonym(rule: str, question: str, expected: set[str]) -> None:
    assert measure_owners(question) == expected, rule


OWNED_EVIDENCE: list[tuple[str, str, str, bool]] = [
    ("another's address does not answer a hyphenated role's", "what is the address for [HALF-SISTER]",
     "Mum now lives at [ADDRESS 1].", False),
    ("guard: the role's own address answers", "what is the address for [HALF-SISTER]",
     "[HALF-SISTER] now lives at [ADDRESS 1].", True),
]


@pytest.mark.parametrize(("rule", "question", "sentence", "answers"), OWNED_EVIDENCE, ids=[row[0] for row in OWNED_EVIDENCE])
def test_a_measure_answers_only_from_its_owners_line(rule: str, question: str, sentence: str, answers: bool) -> None:
    assert supports(question, classify(question), chosen(sentence)) is answers, rule


# Session 16: ingest writes a person whose role it knows as that role ("[TEAM MANAGER]", "[GP]",
# "[PASTOR OF THE HILL CHAPEL]"). Beside the asked role such a token is its own role's holder,
# not the asked one's name, unless its role is the asked one (in a word, a concept or one word).
ROLE_TOKENS: list[tuple[str, str, str, bool]] = [
    ("another role's pseudonym before the asked role", "who is the youth worker at the Kestrel Unit",
     "He started at The Kestrel Unit on Monday. [GP] youth worker said he settled.", False),
    ("guard: an account's role says no role in the note", "who is the head of the Kestrel Unit",
     'He started at The Kestrel Unit on Monday. [TEAM MANAGER] head says the first week "went fine".', True),
    ("guard: the asked role's pseudonym, in a concept", "who is the designated safeguarding lead",
     "Spoke to [DSL] (designated safeguarding lead) today.", True),
    ("guard: the asked role's pseudonym, written as one word", "who is his keyworker",
     "Keyworker [KEY WORKER] said he was settled.", True),
    ("guard: the asked role's pseudonym, a word of it", "who is the manager of the home",
     "Home manager [REGISTERED MANAGER] rang about the search.", True),
    ("guard: a numbered person says no role", "who is the head of the Kestrel Unit",
     "He started at The Kestrel Unit on Monday. [PERSON 5] head says first week went well.", True),
]


@pytest.mark.parametrize(("rule", "question", "sentence", "answers"), ROLE_TOKENS, ids=[row[0] for row in ROLE_TOKENS])
def test_a_role_pseudonym_names_only_its_own_role(rule: str, question: str, sentence: str, answers: bool) -> None:
    assert supports(question, classify(question), chosen(sentence)) is answers, rule
