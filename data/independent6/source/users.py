"""Staff of the sixth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "nnakagawa", "display_name": "Noriko Nakagawa", "role": "social_worker", "teams": ["Riverside Child Protection"]},
    {"username": "carancibia", "display_name": "Casimir Arancibia", "role": "social_worker", "teams": ["Riverside Child Protection"]},
    {"username": "hbergstrom", "display_name": "Hallvard Bergstrom", "role": "team_manager", "teams": ["Riverside Child Protection"]},
    {"username": "ptamminen", "display_name": "Pirkko Tamminen", "role": "social_worker", "teams": ["Riverside Front Door"]},
    {"username": "smwangaza", "display_name": "Seraphine Mwangaza", "role": "team_manager", "teams": ["Riverside Front Door"]},
    {"username": "sorlowska", "display_name": "Sabina Orlowska", "role": "social_worker", "teams": ["Riverside Disabled Children"]},
    {"username": "ozuberi", "display_name": "Ottoline Zuberi", "role": "team_manager", "teams": ["Riverside Disabled Children"]},
    {"username": "lthorvaldsen", "display_name": "Linnea Thorvaldsen", "role": "social_worker", "teams": ["Riverside Children in Care"]},
    {"username": "ehalvorsen", "display_name": "Eudora Halvorsen", "role": "social_worker", "teams": ["Riverside Children in Care"]},
    {"username": "kgreaves", "display_name": "Kenrick Greaves", "role": "team_manager", "teams": ["Riverside Children in Care"]},
    {"username": "wprendergast", "display_name": "Wendeline Prendergast", "role": "governance_lead", "teams": []},
    {"username": "sysadmin7", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
