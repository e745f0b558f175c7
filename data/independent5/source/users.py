"""Staff of the fifth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "wvandermeer", "display_name": "Wilhelmina Vandermeer", "role": "social_worker", "teams": ["West Assessment"]},
    {"username": "rkowalczuk", "display_name": "Radomir Kowalczuk", "role": "social_worker", "teams": ["West Assessment"]},
    {"username": "lazikiwe", "display_name": "Leopold Azikiwe", "role": "team_manager", "teams": ["West Assessment"]},
    {"username": "elindqvist", "display_name": "Ezinne Lindqvist", "role": "social_worker", "teams": ["West Family Help"]},
    {"username": "tpellegrini", "display_name": "Torvald Pellegrini", "role": "team_manager", "teams": ["West Family Help"]},
    {"username": "aruane", "display_name": "Anouk Ruane", "role": "social_worker", "teams": ["Children in Care West"]},
    {"username": "jhaverty", "display_name": "Jovan Haverty", "role": "social_worker", "teams": ["Children in Care West"]},
    {"username": "dfarquharson", "display_name": "Delyth Farquharson", "role": "team_manager", "teams": ["Children in Care West"]},
    {"username": "tdemirci", "display_name": "Thaddeus Demirci", "role": "social_worker", "teams": ["West Adolescent Service"]},
    {"username": "mstrang", "display_name": "Mireille Strang", "role": "team_manager", "teams": ["West Adolescent Service"]},
    {"username": "obeaumont", "display_name": "Osric Beaumont", "role": "governance_lead", "teams": []},
    {"username": "sysadmin6", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
