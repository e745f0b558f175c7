"""Staff of the eleventh hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "aarrowsmith", "display_name": "Alaric Arrowsmith", "role": "social_worker", "teams": ["Pyecroft Child Protection"]},
    {"username": "etremlett", "display_name": "Evadne Tremlett", "role": "social_worker", "teams": ["Pyecroft Child Protection"]},
    {"username": "mpennefather", "display_name": "Mordecai Pennefather", "role": "team_manager", "teams": ["Pyecroft Child Protection"]},
    {"username": "rmabberley", "display_name": "Rudyard Mabberley", "role": "social_worker", "teams": ["Pyecroft Disabled Children's Team"]},
    {"username": "bsandilands", "display_name": "Benedikt Sandilands", "role": "team_manager", "teams": ["Pyecroft Disabled Children's Team"]},
    {"username": "erowntree", "display_name": "Endellion Rowntree", "role": "social_worker", "teams": ["Pyecroft Early Help"]},
    {"username": "akettering", "display_name": "Augustin Kettering", "role": "team_manager", "teams": ["Pyecroft Early Help"]},
    {"username": "equirke", "display_name": "Eustace Quirke", "role": "social_worker", "teams": ["Pyecroft Adolescent and Care"]},
    {"username": "oamankwah", "display_name": "Octavian Amankwah", "role": "social_worker", "teams": ["Pyecroft Adolescent and Care"]},
    {"username": "sbellingham", "display_name": "Sidonie Bellingham", "role": "team_manager", "teams": ["Pyecroft Adolescent and Care"]},
    {"username": "fstallworth", "display_name": "Florizel Stallworth", "role": "governance_lead", "teams": []},
    {"username": "sysadmin12", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
