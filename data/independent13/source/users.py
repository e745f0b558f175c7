"""Staff of the thirteenth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "btollemache", "display_name": "Benedicta Tollemache", "role": "social_worker", "teams": ["Wrotham Child Protection"]},
    {"username": "hponsonby", "display_name": "Hilarion Ponsonby", "role": "social_worker", "teams": ["Wrotham Child Protection"]},
    {"username": "gwedderburn", "display_name": "Griselda Wedderburn", "role": "team_manager", "teams": ["Wrotham Child Protection"]},
    {"username": "lchadwyck", "display_name": "Lancelot Chadwyck", "role": "social_worker", "teams": ["Wrotham Children in Care"]},
    {"username": "efoljambe", "display_name": "Ermintrude Foljambe", "role": "team_manager", "teams": ["Wrotham Children in Care"]},
    {"username": "lingoldby", "display_name": "Leopoldine Ingoldby", "role": "social_worker", "teams": ["Wrotham Family Support"]},
    {"username": "cwragge", "display_name": "Cosimo Wragge", "role": "team_manager", "teams": ["Wrotham Family Support"]},
    {"username": "mravenscroft", "display_name": "Melisande Ravenscroft", "role": "social_worker", "teams": ["Wrotham Adolescent Safeguarding"]},
    {"username": "tgorringe", "display_name": "Tarquin Gorringe", "role": "social_worker", "teams": ["Wrotham Adolescent Safeguarding"]},
    {"username": "hbagshawe", "display_name": "Hildegard Bagshawe", "role": "team_manager", "teams": ["Wrotham Adolescent Safeguarding"]},
    {"username": "omountjoy", "display_name": "Octavius Mountjoy", "role": "governance_lead", "teams": []},
    {"username": "sysadmin14", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
