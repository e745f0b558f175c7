"""Staff of the second hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "eoyelaran", "display_name": "Ebun Oyelaran", "role": "social_worker", "teams": ["North Safeguarding"]},
    {"username": "jmacaskill", "display_name": "Jolene MacAskill", "role": "social_worker", "teams": ["North Safeguarding"]},
    {"username": "ivanterpool", "display_name": "Ignatius Vanterpool", "role": "team_manager", "teams": ["North Safeguarding"]},
    {"username": "fnakashima", "display_name": "Fumiko Nakashima", "role": "social_worker", "teams": ["Children in Care North"]},
    {"username": "lpetrescu", "display_name": "Lavinia Petrescu", "role": "social_worker", "teams": ["Children in Care North"]},
    {"username": "osherwin", "display_name": "Ottilie Sherwin", "role": "team_manager", "teams": ["Children in Care North"]},
    {"username": "tkaradeniz", "display_name": "Tobenna Karadeniz", "role": "social_worker", "teams": ["Disabled Children North"]},
    {"username": "btregaskis", "display_name": "Bryony Tregaskis", "role": "team_manager", "teams": ["Disabled Children North"]},
    {"username": "acoulthard", "display_name": "Anwen Coulthard", "role": "social_worker", "teams": ["Early Help North"]},
    {"username": "mabeysekera", "display_name": "Malini Abeysekera", "role": "team_manager", "teams": ["Early Help North"]},
    {"username": "rstonehouse", "display_name": "Rosalind Stonehouse", "role": "governance_lead", "teams": []},
    {"username": "sysadmin3", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
