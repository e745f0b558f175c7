"""Staff of the tenth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "othistlewood", "display_name": "Octavia Thistlewood", "role": "social_worker", "teams": ["Ravensholt Child Protection"]},
    {"username": "lferreira", "display_name": "Lysander Ferreira", "role": "social_worker", "teams": ["Ravensholt Child Protection"]},
    {"username": "tramasamy", "display_name": "Theodora Ramasamy", "role": "team_manager", "teams": ["Ravensholt Child Protection"]},
    {"username": "afellbridge", "display_name": "Anastasia Fellbridge", "role": "social_worker", "teams": ["Ravensholt Adolescent Service"]},
    {"username": "ewinterbottom", "display_name": "Evander Winterbottom", "role": "team_manager", "teams": ["Ravensholt Adolescent Service"]},
    {"username": "ccastellane", "display_name": "Cornelius Castellane", "role": "social_worker", "teams": ["Ravensholt Family Help"]},
    {"username": "tlockyer", "display_name": "Tiberius Lockyer", "role": "team_manager", "teams": ["Ravensholt Family Help"]},
    {"username": "aoyeleke", "display_name": "Ambrosine Oyeleke", "role": "social_worker", "teams": ["Ravensholt Children in Care"]},
    {"username": "vfaversham", "display_name": "Valentin Faversham", "role": "social_worker", "teams": ["Ravensholt Children in Care"]},
    {"username": "ahollingworth", "display_name": "Aurora Hollingworth", "role": "team_manager", "teams": ["Ravensholt Children in Care"]},
    {"username": "dransome", "display_name": "Demetrius Ransome", "role": "governance_lead", "teams": []},
    {"username": "sysadmin11", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
