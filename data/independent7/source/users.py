"""Staff of the seventh hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "mdrouhard", "display_name": "Maelis Drouhard", "role": "social_worker", "teams": ["Kingsmere Child Protection"]},
    {"username": "tkearsley", "display_name": "Tobiah Kearsley", "role": "social_worker", "teams": ["Kingsmere Child Protection"]},
    {"username": "oszabados", "display_name": "Oluchi Szabados", "role": "team_manager", "teams": ["Kingsmere Child Protection"]},
    {"username": "ecastellanos", "display_name": "Eamonn Castellanos", "role": "social_worker", "teams": ["Kingsmere Assessment"]},
    {"username": "hobuya", "display_name": "Henrike Obuya", "role": "team_manager", "teams": ["Kingsmere Assessment"]},
    {"username": "dwrenfield", "display_name": "Dagny Wrenfield", "role": "social_worker", "teams": ["Kingsmere Family Help"]},
    {"username": "lkoroma", "display_name": "Leontyne Koroma", "role": "team_manager", "teams": ["Kingsmere Family Help"]},
    {"username": "rsundstrom", "display_name": "Ragnhild Sundstrom", "role": "social_worker", "teams": ["Kingsmere Permanence"]},
    {"username": "cokonjo", "display_name": "Cuthbert Okonjo", "role": "social_worker", "teams": ["Kingsmere Permanence"]},
    {"username": "zamadi", "display_name": "Zephyrine Amadi", "role": "team_manager", "teams": ["Kingsmere Permanence"]},
    {"username": "kquillan", "display_name": "Kazimiera Quillan", "role": "governance_lead", "teams": []},
    {"username": "sysadmin8", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
