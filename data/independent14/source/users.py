"""Staff of the fourteenth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "mscudamore", "display_name": "Millicent Scudamore", "role": "social_worker", "teams": ["Kemsing Assessment and Intervention"]},
    {"username": "asackville", "display_name": "Algernon Sackville", "role": "social_worker", "teams": ["Kemsing Assessment and Intervention"]},
    {"username": "ethrockmorton", "display_name": "Ethelred Throckmorton", "role": "team_manager", "teams": ["Kemsing Assessment and Intervention"]},
    {"username": "bbulstrode", "display_name": "Bertrand Bulstrode", "role": "social_worker", "teams": ["Kemsing Children in Care"]},
    {"username": "apakenham", "display_name": "Augustina Pakenham", "role": "team_manager", "teams": ["Kemsing Children in Care"]},
    {"username": "dfiennes", "display_name": "Drogo Fiennes", "role": "social_worker", "teams": ["Kemsing Disabled Children"]},
    {"username": "ecourtenay", "display_name": "Eustacia Courtenay", "role": "team_manager", "teams": ["Kemsing Disabled Children"]},
    {"username": "otyrwhitt", "display_name": "Orlando Tyrwhitt", "role": "social_worker", "teams": ["Kemsing Adolescent Safeguarding"]},
    {"username": "gcarew", "display_name": "Gervase Carew", "role": "social_worker", "teams": ["Kemsing Adolescent Safeguarding"]},
    {"username": "mbeauchamp", "display_name": "Montague Beauchamp", "role": "team_manager", "teams": ["Kemsing Adolescent Safeguarding"]},
    {"username": "zstourton", "display_name": "Zenobia Stourton", "role": "governance_lead", "teams": []},
    {"username": "sysadmin15", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
