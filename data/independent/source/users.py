"""Staff of the independent corpus: its own teams, none shared with the generated corpora."""

USERS = [
    {"username": "rmakinde", "display_name": "Rotimi Makinde", "role": "social_worker", "teams": ["East Safeguarding"]},
    {"username": "hlisowska", "display_name": "Hania Lisowska", "role": "social_worker", "teams": ["East Safeguarding"]},
    {"username": "pquartey", "display_name": "Patience Quartey", "role": "team_manager", "teams": ["East Safeguarding"]},
    {"username": "tfairweather", "display_name": "Tobias Fairweather", "role": "social_worker", "teams": ["Looked After East"]},
    {"username": "ctrevelyan", "display_name": "Cerys Trevelyan", "role": "social_worker", "teams": ["Looked After East"]},
    {"username": "aabernethy", "display_name": "Ailsa Abernethy", "role": "team_manager", "teams": ["Looked After East"]},
    {"username": "kvarghese", "display_name": "Kurian Varghese", "role": "social_worker", "teams": ["Adolescent Service"]},
    {"username": "mtreharne", "display_name": "Morwenna Treharne", "role": "team_manager", "teams": ["Adolescent Service"]},
    {"username": "nbenali", "display_name": "Nawal Benali", "role": "social_worker", "teams": ["Family Support East"]},
    {"username": "gpenhaligon", "display_name": "Gideon Penhaligon", "role": "team_manager", "teams": ["Family Support East"]},
    {"username": "pdrummond", "display_name": "Philippa Drummond", "role": "governance_lead", "teams": []},
    {"username": "sysadmin2", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
