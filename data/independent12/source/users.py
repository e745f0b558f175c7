"""Staff of the twelfth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "mdewhurst", "display_name": "Merrion Dewhurst", "role": "social_worker", "teams": ["Tenterden Child Protection"]},
    {"username": "imowbray", "display_name": "Inigo Mowbray", "role": "social_worker", "teams": ["Tenterden Child Protection"]},
    {"username": "ostrangways", "display_name": "Obadiah Strangways", "role": "team_manager", "teams": ["Tenterden Child Protection"]},
    {"username": "xhapgood", "display_name": "Xanthe Hapgood", "role": "social_worker", "teams": ["Tenterden Children in Care"]},
    {"username": "alethbridge", "display_name": "Aurelian Lethbridge", "role": "team_manager", "teams": ["Tenterden Children in Care"]},
    {"username": "dpeverell", "display_name": "Drusilla Peverell", "role": "social_worker", "teams": ["Tenterden Family Support"]},
    {"username": "sblanchflower", "display_name": "Sholto Blanchflower", "role": "team_manager", "teams": ["Tenterden Family Support"]},
    {"username": "vwolsey", "display_name": "Venetia Wolsey", "role": "social_worker", "teams": ["Tenterden Adolescent Safeguarding"]},
    {"username": "zcoldicott", "display_name": "Zebedee Coldicott", "role": "social_worker", "teams": ["Tenterden Adolescent Safeguarding"]},
    {"username": "utolputt", "display_name": "Ulrica Tolputt", "role": "team_manager", "teams": ["Tenterden Adolescent Safeguarding"]},
    {"username": "measterbrook", "display_name": "Mehitabel Easterbrook", "role": "governance_lead", "teams": []},
    {"username": "sysadmin13", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
