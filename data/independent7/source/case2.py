"""IN7-0002: a fourteen-year-old girl with anorexia nervosa; parents who disagree (author A)."""

CASE = {
    "case_id": "IN7-0002",
    "team": "Kingsmere Assessment",
    "status": "closed",
    "allocated_worker": "ecastellanos",
    "child": {
        "person_id": "P01", "given_name": "Yuliana", "family_name": "Arboleda", "date_of_birth": "2010-08-23",
        "gender": "female", "ethnicity": "Mixed - White Irish and Colombian", "religion": "Roman Catholic",
        "nhs_number": "483 016 6134", "address": "9 Quarrybank Close, Kingsmere KM2 3LW",
        "school": "Kingsmere Academy", "given_origin": "latin_american", "family_origin": "latin_american",
    },
    "people": [
        {"person_id": "P02", "given_name": "Sadhbh", "family_name": "Arboleda", "relationship": "mother",
         "date_of_birth": "1981-03-14", "phone": "07522 804117", "address": "9 Quarrybank Close, Kingsmere KM2 3LW",
         "given_origin": "irish", "family_origin": "latin_american"},
        {"person_id": "P03", "given_name": "Heriberto", "family_name": "Arboleda", "relationship": "father",
         "date_of_birth": "1977-11-05", "phone": "07911 605238", "address": "9 Quarrybank Close, Kingsmere KM2 3LW",
         "given_origin": "latin_american", "family_origin": "latin_american"},
        {"person_id": "P04", "given_name": "Donncha", "family_name": "Arboleda", "relationship": "brother",
         "date_of_birth": "2015-01-30", "given_origin": "irish", "family_origin": "latin_american"},
        {"person_id": "P05", "given_name": "Siobhra", "family_name": "Fennelly", "relationship": "maternal grandmother",
         "phone": "0113 496 0274", "given_origin": "irish", "family_origin": "irish"},
    ],
}

ALIASES = {
    "Yuliana": "P01", "YULIANA": "P01", "Yuliana ARBOLEDA": "P01", "Yuliana Arboleda": "P01", "Yuli": "P01",
    "Sadhbh": "P02", "Sadhbh ARBOLEDA": "P02", "Sadhbh Arboleda": "P02",
    "Heriberto": "P03", "Heriberto ARBOLEDA": "P03", "Heriberto Arboleda": "P03",
    "Donncha": "P04", "Donncha Arboleda": "P04",
    "Siobhra": "P05", "Siobhra Fennelly": "P05", "Fennelly": "P05",
    "Ingleby": "~british",
    "Gwendolen Whitmore": "~british", "Whitmore": "~british",
    "Adebukola Fashola": "~african", "Fashola": "~african",
    "Sybella Pask": "~british", "Pask": "~british",
    "Mahendran": "~south_asian",
    "Tatsuya Takeda": "~east_asian", "Takeda": "~east_asian",
}

NOTES = [
    ("referral", "2025-01-20", "Referral", "ecastellanos", "Referral from GP", "standard", """
Referral received via MASH from Dr Ingleby, GP, {{Holloway Lane Medical Centre|place}}.

Yuliana ARBOLEDA, 14, Y10 at {{Kingsmere Academy|place}}. Seen by GP on 14/1 with mum. Weight 41.2kg, height 1.65m, BMI 15.1. Lost about 9kg since the summer. Amenorrhoea since Oct. Restricting, skipping lunch, running most evenings. HR 48 lying. GP referred urgently to the community eating disorder service (CEDS) the same day.

Reason for referral to CSC: GP worried about parental capacity to support treatment. Mum engaged and anxious; dad cancelled the previous GP appointment twice ("he thought it was nonsense"). GP also concerned mum is "at the end of her rope" and there is a younger brother at home. Not a safeguarding referral in the usual sense - GP asks for an assessment of need and support.

No previous CSC history. Outcome: for single assessment (Kingsmere Assessment), 45 working days. Consent from mum obtained by GP.
"""),
    ("visit1", "2025-01-24", "Assessment Visit", "ecastellanos", "First assessment visit", "standard", """
Purpose of visit: start single assessment, meet family.
Present: mum (Sadhbh), Yuliana, Donncha (10). Dad not present - working in {{Aberdeen|place}} (offshore engineer, 2 weeks on/2 off).
Child seen: Yes, alone in her bedroom for 20 mins.

Yuliana: polite, quiet, very thin, wearing a hoodie indoors. She said "I'm not ill, I just want to be healthy and everyone is making it a big deal". She said she eats "loads of fruit". She does not want to stop running - it is the only time she "feels calm". She said she doesn't like it when mum and dad argue about her on the phone.

Mum: thinks this started when Yuliana was left out by her friendship group in year 8. Mum's own sister had anorexia. Mum wants to follow whatever CEDS say. She says dad thinks Yuliana "just needs to eat a proper plate of food and stop being dramatic" and they argue about this every night on FaceTime.

Donncha: said hello then went to play Xbox. Mum said he has been "quiet and a bit clingy".

Analysis: parental disagreement about the illness is likely to undermine treatment. Dad's view needed.
Next steps: speak to dad when he is home (w/c 3/2); school; CEDS.
"""),
    ("school", "2025-01-29", "School Contact", "ecastellanos", "School liaison", "standard", """
Telephone with Ms Gwendolen Whitmore (head of year 10) and Mr Adebukola Fashola (PE).

Attendance this term 88% - odd days off, mostly Mondays, mum calls in "unwell".

Mr Fashola said he first worried in November: Yuliana asked to do extra laps at the end of every lesson and was seen doing sit-ups in the changing room. He said she nearly fainted at netball before Christmas and sat out, but "bounced back" and didn't want anyone told. He did tell the head of year. He now lets her do only light activity following a GP letter.

School have seen her eating only an apple at lunch. They have offered a quiet room and a lunch buddy (Ms Whitmore sits with her on Tues and Thurs).
"""),
    ("ceds1", "2025-02-05", "CAMHS Liaison", "ecastellanos", "CEDS assessment outcome", "standard", """
Call with Sybella Pask, CEDS clinical lead, re assessment on Mon 3rd.

Diagnosis: anorexia nervosa, restrictive subtype. Weight 40.6kg, BMI 14.9, 78% median BMI. Physically stable for outpatient care for now (bloods ok, HR 50, no postural drop), but "high risk and on a downward trend". Weekly weighing at CEDS and GP bloods fortnightly.

Treatment: family-based treatment (FBT-AN), parents to take control of meals. Mum attended. Dad DID NOT attend - he was at home (on his 2 weeks off) but said he had a work call. Ms Pask said FBT cannot work "with one parent pulling the other way".

Agreed I will try to meet dad and explain the treatment.
"""),
    ("dad", "2025-02-07", "Home Visit", "ecastellanos", "Visit to see father", "standard", """
Dad at home. Sadhbh out with Yuliana at CEDS weighing.

Heriberto was courteous but said he feels "everyone is ganging up" on him. He said in Colombia "we don't have anorexia, we have good food" and that the treatment is making Yuliana into a patient. He thinks Sadhbh is "too soft" at meals. When I explained the CEDS figures and the risk to her heart he became quieter and asked "can she die from this?". I said yes, it can be fatal, and that is why the team is so worried.

He agreed to come to the next FBT session on 17/2 and said he would try to be home for Sunday dinners. He does not agree to a CIN plan, he says "we are not that kind of family", but he will think about it.
"""),
    ("texts", "2025-02-24", "Case Note", "ecastellanos", "Text messages from mum (copied in)", "standard", """
Text messages received on my work mobile today, copied in as sent:

[07:52] Sadhbh: Hi [[Eamonn|~irish]] sorry to message early. Yuli refused breakfast again and H says not to force it. He didnt go on the 17th either he said the flight was delayed
[07:53] Sadhbh: I cant do this on my own
[08:40] me: Thanks for letting me know Sadhbh. Is she going to school? I will call you at 10.
[11:18] Sadhbh: School rang she has collapsed in PE ambulance called. Going to Kingsmere General now
[11:19] me: ok. Please keep me updated, I will let CEDS know.
[15:02] Sadhbh: They are keeping her in. Heart rate 38. Puffin ward. They want a tube
"""),
    ("hosp1", "2025-02-26", "Hospital", "ecastellanos", "Hospital admission - paediatric ward", "standard", """
Visit to {{Puffin Ward|place}}, {{Kingsmere General|place}}. Spoke with Dr Mahendran (consultant paediatrician) and ward nurse.

Yuliana was admitted on Monday (24th) after she fainted at school in PE. On admission HR 38, BP 84/50, temp 35.4, weight 39.8kg. Bloods: low phosphate and low potassium. Admitted under MEED guidance for medical stabilisation; refeeding started with NG feeds plus supplements and phosphate replacement, cardiac monitor.

Yuliana told me she "hates the tube" and that she will not eat "their fat food". She cried when mum left. Dad flew back yesterday and is staying at the hospital at night now.

Ward staff say if she continues to pull out the NG tube they will ask the CAMHS liaison psychiatrist to consider whether a Mental Health Act assessment is needed.
"""),
    ("ward", "2025-03-04", "Hospital", "ecastellanos", "Ward MDT meeting", "standard", """
MDT on the ward: Dr Mahendran, CEDS (Ms Pask), liaison psychiatry (Dr Tatsuya Takeda), both parents, me.

Yuliana pulled out the NG tube 3 times over the weekend. Dr Takeda saw her on Sat (1st) and found she had capacity fluctuating around food; the team had agreed to request an MHA assessment if she removed the tube again. Since Sunday she has accepted the tube and is finishing 2 of 3 meals. No MHA assessment needed at this point. Phosphate back in range. Weight 41.0kg.

Both parents present and united for the first time in the meeting - dad said "I didn't understand before". Plan: discharge home when medically stable, back to outpatient FBT, weekly CEDS, supported meals at home with both parents.
"""),
    ("dadcall", "2025-03-11", "Telephone Call", "ecastellanos", "Call from father", "standard", """
10.15 - dad rang from Aberdeen. Apologised for missing the CEDS follow-up appointment yesterday, he had to go back to work. He has asked his employer for a shore-based role from April so he can be at home; they said "maybe in the summer".
10.30 - rang mum: Yuliana home since Friday 7th. Eating with mum supervising, tearful at dinner. Maternal grandmother Siobhra staying for a fortnight to help ([[0113 496 0274|PHONE:P05]]).
"""),
    ("assessment", "2025-03-19", "Single Assessment", "ecastellanos", "Single assessment - summary and outcome", "standard", """
SINGLE ASSESSMENT - completed 19/03/2025 (day 42)

Child's developmental needs: Yuliana has a serious, potentially life-threatening eating disorder (AN). Admitted to paediatric ward 24/2-7/3 for medical stabilisation. Now outpatient with CEDS (FBT). Education: attendance 81% this term, she is bright and predicted good grades, anxiety about exams. Emotional: low mood, perfectionism, friendship loss in Y8.

Parenting capacity: mum warm and committed but exhausted. Dad loving but until recently dismissive of the illness and often away; he has missed the CEDS assessment, an FBT session and a CEDS follow-up. Parents do not agree on how to manage meals, which Yuliana notices and "uses" (CEDS view).

Family and environment: dad works away; MGM Siobhra is a good support. Donncha (10) has had little attention; he told me "everyone only cares about Yuliana's dinner".

Analysis: not a CP matter - no one is harming Yuliana - but she is a child in need: her health is likely to be significantly impaired without coordinated support.

Outcome: CIN plan. Parents both consented (dad by phone). First CIN meeting w/c 31/3. Young carers' / sibling support referral for Donncha.
"""),
    ("cin1", "2025-04-02", "CIN Meeting", "ecastellanos", "Initial CIN meeting", "standard", """
CIN plan meeting held 02/04/25 at school.
Attendees: mum, Yuliana (first half), Ms Whitmore, Ms Pask (CEDS), SW. Dad on Teams for 10 mins then connection lost.

Weight 42.3kg (approx 82% mBMI). Going up slowly. Eating 3 meals + 2 snacks with mum, no running allowed. School lunches supervised in the quiet room.

Plan:
- CEDS FBT weekly; both parents to attend at least alternate sessions
- school: reduced PE (walking only), lunch supervision, exam access arrangements
- SW: visit monthly, see Yuliana and Donncha alone
- Donncha referred to Kingsmere Young Carers sibling group
Review in 6 weeks.
"""),
    ("tadhg", "2025-04-23", "Home Visit", "ecastellanos", "Visit - seeing Donncha", "standard", """
Saw Donncha alone in the garden. He said it is "boring" at home now because mum is always watching Yuli eat and they don't go anywhere. He said "no one even came to my football final" (on the 12th). He misses dad. He likes the sibling group (has been twice) because "the other kids get it".

Yuliana seen briefly - tired, said she is "doing it for mum". Mum said dad has been home for Easter and has done the lunches, which went well.
"""),
    ("sup", "2025-05-13", "Supervision", "hobuya", "Case supervision", "standard", """
Supervision HO / EC.

Weight has plateaued at 42-43kg for 5 weeks and CEDS report more restriction at school. Mum says Yuliana is hiding food. Dad has not attended any FBT session since discharge (the employer move is now "September").

Reflection: the plan leans entirely on mum. We need dad to be part of it or the plan will drift. Discuss with CEDS whether a tier 4 (inpatient) referral is being considered - it is, the consultant will decide at the next review.

Actions: EC to write to dad setting out the plan and what is expected of him; CIN review to go ahead 20/5.
"""),
    ("cin2", "2025-05-21", "CIN Review", "ecastellanos", "CIN review", "standard", """
CIN review (held yesterday, 20/5).

Weight 40.9kg - dropped 1.5kg in 3 weeks. HR 44. CEDS consultant has referred Yuliana for a tier 4 inpatient eating disorder bed (referral made 16/5). Both parents agree. Yuliana very distressed, said "you're sending me away because I'm bad".

Dad attended in person. He has now handed in his notice and will work locally from July.

Plan continues; to review after admission. If no bed becomes available and her physical state worsens, she will be readmitted to the paediatric ward.
"""),
    ("t4", "2025-06-12", "Health", "ecastellanos", "Tier 4 admission", "standard", """
Yuliana was admitted to {{The Linnet Unit|place}} (tier 4 CAMHS eating disorder unit, {{Harrowgate|place}}) on Monday 9 June as an informal patient with both parents' consent. Not detained under the MHA. Parents drove her there. Visiting is Weds and weekends. School work sent to the unit school.

Donncha told mum he was glad "because now mum might come to my things", then cried. Sibling group aware.
"""),
    ("cpa", "2025-07-28", "Health", "ecastellanos", "Unit CPA review", "standard", """
CPA review at the Linnet Unit 25/7 (attended by Teams).

Progress: weight 45.6kg, 90% mBMI. Eating full meal plan, one snack on the unit unsupervised. Weekend home leave going well since 12/7. Yuliana said "I still hear the voice but I don't always listen to it now". Dad has attended every family therapy session since June.

Plan: discharge home at the end of August/early Sept if she holds weight, step down to CEDS.
"""),
    ("closure", "2025-09-30", "Closure", "hobuya", "Case closure summary", "standard", """
Closure summary.

Yuliana was discharged home from the Linnet Unit on 5/9/25 at 47.2kg and started Y11 at Kingsmere Academy on 8/9. CEDS are case-holding and will see her weekly. Both parents attending CEDS together. Dad now works locally. Donncha still at the sibling group.

Final CIN review on 23/9: all agreed the CIN plan has achieved its aims, health needs now met by CEDS. Case closed to CSC 30/9/25. Family know how to re-refer. School DSL to contact MASH if attendance drops or she loses weight again.
"""),
]

QUESTIONS = [
    {"q": "who referred ximena to us", "qtype": "who", "facts": ["Ingleby"], "notes": ["referral"], "as": "ecastellanos"},
    {"q": "what was her BMI at the GP referral", "qtype": "what", "facts": ["15.1"], "notes": ["referral"], "as": "ecastellanos"},
    {"q": "When did she collapse at school?", "qtype": "when", "facts": ["2025-02-24"], "notes": ["texts", "hosp1"], "as": "hobuya"},
    {"q": "whats the PE teacher said about her", "qtype": "what", "facts": ["extra laps"], "notes": ["school"], "as": "ecastellanos"},
    {"q": "did she have a MHA assessment on the ward?", "qtype": "yes_no", "facts": ["no"], "notes": ["ward"], "as": "hobuya"},
    {"q": "how many times did she pull the NG tube out over the weekend", "qtype": "how_many", "facts": ["3"], "notes": ["ward"], "as": "ecastellanos"},
    {"q": "What did her brother say about the football final", "qtype": "quote", "facts": ["no one even came to my football final"], "notes": ["tadhg"], "as": "ecastellanos"},
    {"q": "when did she go into the tier 4 unit", "qtype": "when", "facts": ["2025-06-09"], "notes": ["t4"], "as": "ecastellanos"},
    {"q": "was she sectioned when she went to the linnet unit", "qtype": "yes_no", "facts": ["no"], "notes": ["t4"], "as": "hobuya"},
    {"q": "what weight was she when discharged from the unit", "qtype": "what", "facts": ["47.2"], "notes": ["closure"], "as": "hobuya"},
    {"q": "what's dad's employer called?", "qtype": "who", "facts": [], "notes": [], "as": "ecastellanos"},
    {"q": "has x got a dietitian allocated at school", "qtype": "yes_no", "facts": [], "notes": [], "as": "ecastellanos"},
]

EVENTS = [
    ("2025-01-20", "referral", ["referral"], "GP referral: anorexia suspected, BMI 15.1, concern about father's engagement"),
    ("2025-02-03", "health", ["ceds1"], "CEDS assessment: anorexia nervosa diagnosed, family-based treatment starts; father absent"),
    ("2025-02-24", "hospital", ["texts", "hosp1"], "Yuliana collapses in PE and is admitted to the paediatric ward; HR 38, NG refeeding"),
    ("2025-03-07", "hospital", ["dadcall", "assessment"], "Discharged home from the paediatric ward to outpatient FBT"),
    ("2025-03-19", "assessment", ["assessment"], "Single assessment completed: child in need, CIN plan agreed"),
    ("2025-04-02", "cin_review", ["cin1"], "Initial CIN meeting: plan set, Donncha referred to sibling group"),
    ("2025-05-16", "camhs_referral", ["cin2"], "CEDS consultant refers Yuliana for a tier 4 inpatient bed"),
    ("2025-05-20", "cin_review", ["cin2"], "CIN review: weight falling, tier 4 referral, father to work locally"),
    ("2025-06-09", "hospital", ["t4"], "Admitted informally to the Linnet Unit (tier 4 eating disorder unit)"),
    ("2025-09-05", "positive_change", ["closure"], "Discharged home from the Linnet Unit at 47.2kg; returns to school"),
    ("2025-09-30", "closure", ["closure"], "Case closed to CSC; CEDS case-holding"),
]
