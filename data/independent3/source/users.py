"""Staff of the third hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "honyekachi", "display_name": "Hadiza Onyekachi", "role": "social_worker", "teams": ["South Safeguarding"]},
    {"username": "gpendleford", "display_name": "Gethin Pendleford", "role": "social_worker", "teams": ["South Safeguarding"]},
    {"username": "wdelacroix", "display_name": "Winifred Delacroix", "role": "team_manager", "teams": ["South Safeguarding"]},
    {"username": "rmbeki", "display_name": "Rutendo Mbeki", "role": "social_worker", "teams": ["Children in Care South"]},
    {"username": "cellingham", "display_name": "Cormac Ellingham", "role": "social_worker", "teams": ["Children in Care South"]},
    {"username": "pvasquez", "display_name": "Perpetua Vasquez", "role": "team_manager", "teams": ["Children in Care South"]},
    {"username": "dkowalczyk", "display_name": "Dorota Kowalczyk", "role": "social_worker", "teams": ["Youth Support South"]},
    {"username": "aquarshie", "display_name": "Afua Quarshie", "role": "team_manager", "teams": ["Youth Support South"]},
    {"username": "ntrelawny", "display_name": "Nerys Trelawny", "role": "social_worker", "teams": ["Family Help South"]},
    {"username": "khollinrake", "display_name": "Kasimir Hollinrake", "role": "team_manager", "teams": ["Family Help South"]},
    {"username": "ebrightwell", "display_name": "Esmeralda Brightwell", "role": "governance_lead", "teams": []},
    {"username": "sysadmin4", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
