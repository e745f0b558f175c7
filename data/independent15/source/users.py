"""Staff of the fifteenth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "iwriothesley", "display_name": "Isidore Wriothesley", "role": "social_worker", "teams": ["Eynsford Family Safeguarding"]},
    {"username": "sferrers", "display_name": "Sabine Ferrers", "role": "social_worker", "teams": ["Eynsford Family Safeguarding"]},
    {"username": "ttresham", "display_name": "Tancred Tresham", "role": "team_manager", "teams": ["Eynsford Family Safeguarding"]},
    {"username": "idymoke", "display_name": "Ianthe Dymoke", "role": "social_worker", "teams": ["Eynsford Looked After Children"]},
    {"username": "bbohun", "display_name": "Benedetta Bohun", "role": "team_manager", "teams": ["Eynsford Looked After Children"]},
    {"username": "apaston", "display_name": "Agathe Paston", "role": "social_worker", "teams": ["Eynsford Children with Disabilities"]},
    {"username": "lgresley", "display_name": "Lucian Gresley", "role": "team_manager", "teams": ["Eynsford Children with Disabilities"]},
    {"username": "nlisle", "display_name": "Ninian Lisle", "role": "social_worker", "teams": ["Eynsford Contextual Safeguarding"]},
    {"username": "pdevereux", "display_name": "Percival Devereux", "role": "social_worker", "teams": ["Eynsford Contextual Safeguarding"]},
    {"username": "ohungerford", "display_name": "Osbert Hungerford", "role": "team_manager", "teams": ["Eynsford Contextual Safeguarding"]},
    {"username": "cknollys", "display_name": "Celandine Knollys", "role": "governance_lead", "teams": []},
    {"username": "sysadmin16", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
