"""Staff of the fourth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "iogundipe", "display_name": "Ifeoluwa Ogundipe", "role": "social_worker", "teams": ["Central Assessment"]},
    {"username": "dauchterlonie", "display_name": "Delphine Auchterlonie", "role": "social_worker", "teams": ["Central Assessment"]},
    {"username": "ffeeney", "display_name": "Fintan Feeney", "role": "team_manager", "teams": ["Central Assessment"]},
    {"username": "idumitrescu", "display_name": "Ileana Dumitrescu", "role": "social_worker", "teams": ["Disabled Children Central"]},
    {"username": "yquigley", "display_name": "Ysolde Quigley", "role": "team_manager", "teams": ["Disabled Children Central"]},
    {"username": "stehrani", "display_name": "Shirin Tehrani", "role": "social_worker", "teams": ["Children in Care Central"]},
    {"username": "onkemdirim", "display_name": "Ogechi Nkemdirim", "role": "social_worker", "teams": ["Children in Care Central"]},
    {"username": "athorburn", "display_name": "Anselm Thorburn", "role": "team_manager", "teams": ["Children in Care Central"]},
    {"username": "ksarpong", "display_name": "Kwasi Sarpong", "role": "social_worker", "teams": ["Leaving Care Central"]},
    {"username": "solafsen", "display_name": "Solveig Olafsen", "role": "team_manager", "teams": ["Leaving Care Central"]},
    {"username": "rchaudhry", "display_name": "Ravindra Chaudhry", "role": "governance_lead", "teams": []},
    {"username": "sysadmin5", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
