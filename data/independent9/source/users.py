"""Staff of the ninth hand-written corpus: its own teams, shared with no other corpus."""

USERS = [
    {"username": "hoduya", "display_name": "Hermione Oduya", "role": "social_worker", "teams": ["Wexcombe Child Protection"]},
    {"username": "equillon", "display_name": "Evangeline Quillon", "role": "social_worker", "teams": ["Wexcombe Child Protection"]},
    {"username": "arauch", "display_name": "Aurelio Rauch", "role": "team_manager", "teams": ["Wexcombe Child Protection"]},
    {"username": "pbramwell", "display_name": "Persephone Bramwell", "role": "social_worker", "teams": ["Wexcombe Adolescent Service"]},
    {"username": "iszabo", "display_name": "Isolde Szabo", "role": "team_manager", "teams": ["Wexcombe Adolescent Service"]},
    {"username": "lhartigan", "display_name": "Ludovica Hartigan", "role": "social_worker", "teams": ["Wexcombe Family Help"]},
    {"username": "rkingsolver", "display_name": "Rupert Kingsolver", "role": "team_manager", "teams": ["Wexcombe Family Help"]},
    {"username": "dnyqvist", "display_name": "Dorothea Nyqvist", "role": "social_worker", "teams": ["Wexcombe Children in Care"]},
    {"username": "lilesanmi", "display_name": "Leofric Ilesanmi", "role": "social_worker", "teams": ["Wexcombe Children in Care"]},
    {"username": "cpryderi", "display_name": "Cosima Pryderi", "role": "team_manager", "teams": ["Wexcombe Children in Care"]},
    {"username": "bhorsfall", "display_name": "Benedict Horsfall", "role": "governance_lead", "teams": []},
    {"username": "sysadmin10", "display_name": "Systems Administrator", "role": "admin", "teams": []},
]
