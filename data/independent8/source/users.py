"""Staff of the eighth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "icaradoc", "display_name": "Ismay Caradoc", "role": "social_worker", "teams": ["Harrowfield Child Protection"]},
    {"username": "squenby", "display_name": "Seraphina Quenby", "role": "social_worker", "teams": ["Harrowfield Child Protection"]},
    {"username": "erasku", "display_name": "Euphemia Rasku", "role": "team_manager", "teams": ["Harrowfield Child Protection"]},
    {"username": "ltrevanion", "display_name": "Lochlan Trevanion", "role": "social_worker", "teams": ["Harrowfield Assessment"]},
    {"username": "wkamau", "display_name": "Wynfrith Kamau", "role": "team_manager", "teams": ["Harrowfield Assessment"]},
    {"username": "bsandoval", "display_name": "Benedikta Sandoval", "role": "social_worker", "teams": ["Harrowfield Family Help"]},
    {"username": "fhaugland", "display_name": "Florian Haugland", "role": "team_manager", "teams": ["Harrowfield Family Help"]},
    {"username": "itallis", "display_name": "Ingeborg Tallis", "role": "social_worker", "teams": ["Harrowfield Permanence"]},
    {"username": "jakinyemi", "display_name": "Jolyon Akinyemi", "role": "social_worker", "teams": ["Harrowfield Permanence"]},
    {"username": "pvantongeren", "display_name": "Ptolemy Vantongeren", "role": "team_manager", "teams": ["Harrowfield Permanence"]},
    {"username": "abrannagh", "display_name": "Aurelie Brannagh", "role": "governance_lead", "teams": []},
    {"username": "sysadmin9", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
