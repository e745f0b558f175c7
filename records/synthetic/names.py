"""Name pools by origin group, and the places, pets and words that look like names.

Name recognisers miss some origins more than others, so every person name in the corpus records
the origin group it was drawn from and redaction recall can be reported per group. The held-out
family draws from pools disjoint from the standard ones (no shared given or family name, word or
place) so a model tuned on the standard corpus is measured on names it has never seen.

These are our own lists rather than Faker's: Faker's en_GB names are almost all British, and its
data changes between releases, which would break the committed corpus's byte-for-byte equality.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Family(StrEnum):
    STANDARD = "standard"
    HELDOUT = "heldout"


ORIGINS: tuple[str, ...] = (
    "british", "irish", "south_asian", "african", "caribbean", "eastern_european",
    "arabic", "east_asian", "grt", "latin_american",
)
"""Origin groups (grt = Gypsy, Roma and Traveller). Every name is in exactly one group per family."""


@dataclass(frozen=True)
class NamePool:
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]

    def all_names(self) -> tuple[str, ...]:
        return self.female + self.male + self.family


@dataclass(frozen=True)
class Vocabulary:
    """Everything in the text that a family draws from a list: names, places, pets, word traps."""

    names: dict[str, NamePool]
    streets: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]
    schools: tuple[str, ...]
    gp_practices: tuple[str, ...]
    places: tuple[str, ...]
    pets: tuple[tuple[str, str], ...]
    word_uses: tuple[tuple[str, str, str], ...]
    """(before, word, after): a name-like word used as a word, e.g. ('Mum said there is ', 'hope', ' now')."""
    nurseries: tuple[str, ...] = ()

    def schools_for(self, age: int) -> tuple[str, ...]:
        """Nurseries under 5, primaries to 10, secondaries and alternative provision from 11."""
        if age < 5:
            return self.nurseries
        primary = tuple(s for s in self.schools if any(w in s for w in ("Primary", "Junior", "Infant")))
        return primary if age < 11 else tuple(s for s in self.schools if s not in primary)

    def family_origin(self, family_name: str) -> str | None:
        """The origin group whose pool holds this family name."""
        return next((origin for origin, pool in self.names.items() if family_name in pool.family), None)


_STANDARD_NAMES: dict[str, NamePool] = {
    "british": NamePool(
        ("Amelia", "Olivia", "Isla", "Hope", "Grace", "May", "Rose", "Zoë", "Chloe", "Evie", "Poppy", "Storm"),
        ("Oliver", "Harry", "Jack", "Will", "Hunter", "Alfie", "George", "Charlie", "Thomas", "Jake"),
        ("Smith", "Brown", "Wood", "Hunter", "Taylor", "Wilson", "Walker", "Hughes", "Clarke", "Ward", "Ashworth-Bell"),
    ),
    "irish": NamePool(
        ("Siobhan", "Aoife", "Niamh", "Ciara", "Róisín", "Orla"),
        ("Cian", "Declan", "Pádraig", "Eoin", "Conor", "Ronan"),
        ("O'Brien", "Murphy", "Kelly", "Byrne", "Doherty", "McCarthy", "O'Sullivan", "Gallagher"),
    ),
    "south_asian": NamePool(
        ("Priya", "Ananya", "Simran", "Harpreet", "Nusrat", "Farzana", "Mehwish", "Kavya"),
        ("Arjun", "Rohan", "Imran", "Bilal", "Harjit", "Sanjay", "Rahul", "Zain"),
        ("Patel", "Khan", "Begum", "Hussain", "Singh", "Sharma", "Chowdhury", "Iqbal", "Nair"),
    ),
    "african": NamePool(
        ("Chiamaka", "Amara", "Adaeze", "Abena", "Folasade", "Nneka"),
        ("Kwame", "Chinedu", "Oluwaseun", "Tunde", "Emeka", "Kofi", "Tendai"),
        ("Okafor", "Adeyemi", "Mensah", "Okonkwo", "Nwosu", "Asante", "Mwangi", "Diallo"),
    ),
    "caribbean": NamePool(
        ("Shanice", "Keisha", "Tanisha", "Jada", "Monique"),
        ("Marcus", "Tyrone", "Devon", "Jermaine", "Kareem", "Dwayne"),
        ("Campbell", "Thompson", "Francis", "Grant", "Bailey", "Richards", "Edwards"),
    ),
    "eastern_european": NamePool(
        ("Zofia", "Agnieszka", "Natalia", "Ioana", "Kateřina", "Ewa", "Oksana"),
        ("Łukasz", "Jakub", "Mateusz", "Andrei", "Dmytro", "Piotr", "Tomasz"),
        ("Kowalski", "Nowak", "Wiśniewski", "Popescu", "Kovalenko", "Horvat", "Zieliński", "Dvořák"),
    ),
    "arabic": NamePool(
        ("Fatima", "Layla", "Noor", "Maryam", "Huda", "Amira"),
        ("Omar", "Yusuf", "Khalid", "Tariq", "Hamza", "Karim"),
        ("Al-Rashid", "Haddad", "Mansour", "El-Sayed", "Nasser", "Abdullah", "Saleh"),
    ),
    "east_asian": NamePool(
        ("Mei", "Ying", "Hana", "Yuki", "Linh", "Ji-woo"),
        ("Wei", "Jun", "Haruto", "Minh", "Jae-won", "Hao"),
        ("Chen", "Wang", "Li", "Nguyen", "Tanaka", "Kim", "Park", "Zhang"),
    ),
    "grt": NamePool(
        ("Bridget", "Kathleen", "Vashti", "Fenella", "Delaina", "Ellen"),
        ("Levi", "Elijah", "Nelson", "Isaac", "Johnny", "Paddy"),
        ("Boswell", "Lovell", "Buckley", "McDonagh", "Stokes", "Cash", "Doran", "Loveridge", "Heron"),
    ),
    "latin_american": NamePool(
        ("Lucía", "Valentina", "Camila", "Ximena"),
        ("Mateo", "Santiago", "José", "Andrés"),
        ("Nuñez-Reyes", "García", "Rodríguez", "Hernández-Cruz", "Pérez"),
    ),
}

_HELDOUT_NAMES: dict[str, NamePool] = {
    "british": NamePool(
        ("Faith", "Joy", "Summer", "Sky", "Ellie", "Harriet", "Sophie", "Lily", "Megan", "Noëlle"),
        ("Bill", "Archie", "Freddie", "Reggie", "Dylan", "Rhys", "Mason", "Stanley"),
        ("Green", "Stone", "Marsh", "Field", "Baker", "Cooper", "Fletcher", "Parry", "Lloyd-Davies"),
    ),
    "irish": NamePool(
        ("Sinéad", "Gráinne", "Maeve", "Clodagh", "Saoirse"),
        ("Oisín", "Fionn", "Tadhg", "Cathal", "Donal"),
        ("Quinn", "Brennan", "Fitzgerald", "Mulligan", "Ó Súilleabháin", "Keane"),
    ),
    "south_asian": NamePool(
        ("Deepika", "Lakshmi", "Shabana", "Rukhsana", "Gurpreet", "Anjali"),
        ("Vikram", "Faisal", "Jaspal", "Naveen", "Adnan", "Kiran"),
        ("Mistry", "Rahman", "Gill", "Bains", "Kapoor", "Siddiqui", "Pillai"),
    ),
    "african": NamePool(
        ("Ngozi", "Efua", "Yetunde", "Wanjiru", "Chipo", "Ayodele"),
        ("Obinna", "Kwabena", "Babajide", "Themba", "Yaw", "Sipho"),
        ("Eze", "Boateng", "Adebayo", "Otieno", "Ndlovu", "Kamara", "Owusu"),
    ),
    "caribbean": NamePool(
        ("Latoya", "Marcia", "Sherelle", "Kimberley", "Janelle"),
        ("Delroy", "Winston", "Leroy", "Clive", "Desmond"),
        ("Samuels", "Gayle", "Barrett", "McKenzie", "Lewis", "Powell"),
    ),
    "eastern_european": NamePool(
        ("Magdalena", "Irina", "Milena", "Małgorzata", "Alžběta"),
        ("Krzysztof", "Paweł", "Vasile", "Bogdan", "Mykola"),
        ("Lewandowski", "Wójcik", "Ionescu", "Shevchenko", "Novák", "Szabó"),
    ),
    "arabic": NamePool(
        ("Rania", "Salma", "Yasmin", "Dalia", "Rasha"),
        ("Mahmoud", "Ibrahim", "Walid", "Samir", "Nabil"),
        ("Khoury", "Darwish", "Al-Hashimi", "Farouk", "Suleiman"),
    ),
    "east_asian": NamePool(
        ("Xiu", "Sakura", "Thuy", "Seo-yeon", "Lian"),
        ("Jian", "Kenji", "Duc", "Min-jun", "Bo"),
        ("Liu", "Huang", "Tran", "Suzuki", "Choi", "Lin"),
    ),
    "grt": NamePool(
        ("Kizzy", "Tilly", "Nora", "Selina", "Mireli"),
        ("Silas", "Jesse", "Amos", "Wisdom", "Fabian"),
        ("Gaskin", "Penfold", "Ayres", "Connors", "Purcell", "Hearn"),
    ),
    "latin_american": NamePool(
        ("Gabriela", "Daniela", "Sofía", "Paloma"),
        ("Diego", "Joaquín", "Emiliano", "Rafael"),
        ("Gómez-Ortiz", "Ramírez", "Castillo", "Morales", "Vásquez"),
    ),
}

STANDARD = Vocabulary(
    names=_STANDARD_NAMES,
    streets=(
        "Castle Road", "Mill Lane", "Church Street", "Victoria Road", "Station Road", "Park Avenue",
        "Queen Street", "Albert Terrace", "Granby Grove", "Meadow Close", "Kirkstall Lane", "Brudenell Mount",
    ),
    towns=(("Leeds", "LS"), ("Bradford", "BD"), ("Wakefield", "WF"), ("Huddersfield", "HD")),
    schools=(
        "Castle Park Primary", "St Mary's RC Primary", "Northfield Academy", "Beckett Park High School",
        "Hillside Community Primary", "Allerton Grange School", "Moorlands Pupil Referral Unit",
    ),
    nurseries=("Little Acorns Nursery", "Harehills Children's Centre Nursery", "Busy Bees Pre-School Kirkstall"),
    gp_practices=("Parkside Medical Centre", "Hyde Park Surgery", "Chapeltown Health Centre", "Meanwood Group Practice"),
    places=("Roundhay Park", "Kirkgate Market", "the White Rose Centre", "Leeds General Infirmary", "Headingley"),
    pets=(("dog", "Biscuit"), ("dog", "Tyson"), ("cat", "Luna"), ("dog", "Max"), ("rabbit", "Bella")),
    word_uses=(
        ("Mum said there is ", "hope", " now that the new flat has come through."),
        ("The ", "wood", " panel on the front door has been kicked in and not repaired."),
        ("Roof still leaking since the ", "storm", "; landlord has been chased."),
        ("Dad said he ", "will", " attend the next meeting."),
        ("Appointment moved to ", "May", " at the family's request."),
        ("Mum's ", "grace", " period with the housing association ends soon."),
        ("There is a ", "rose", " bush by the back door that the children look after."),
        ("Dad wore ", "Hunter", " wellies to the contact session (noted only as he arrived from work)."),
        ("Mum's partner says he is ", "Brown", " belt in judo and trains on Thursdays."),
    ),
)

HELDOUT = Vocabulary(
    names=_HELDOUT_NAMES,
    streets=(
        "Orchard Way", "Bridge Street", "Chapel Walk", "Harrow Crescent", "Willow Drive", "Foundry Row",
        "Canal Side", "Beech Court", "Tanners Yard", "Sycamore Rise",
    ),
    towns=(("Nottingham", "NG"), ("Derby", "DE"), ("Leicester", "LE"), ("Coventry", "CV")),
    schools=(
        "Riverside Junior School", "Holy Trinity CE Primary", "Bramcote Academy", "Trent Valley College",
        "Greenwood Infant School", "Sherwood Alternative Provision", "St Ann's Primary",
    ),
    nurseries=("Rainbow Tots Nursery", "Sneinton Early Years Centre", "Clifton Playgroup"),
    gp_practices=("Lenton Medical Practice", "Bulwell Health Centre", "Arboretum Surgery"),
    places=("Wollaton Hall", "the Broadmarsh", "Victoria Centre", "Queen's Medical Centre", "Sneinton Market"),
    pets=(("dog", "Pepper"), ("dog", "Duke"), ("cat", "Rolo"), ("dog", "Nala"), ("hamster", "Nibbles")),
    word_uses=(
        ("Mother told me she has kept the ", "faith", " that things will settle."),
        ("The children were full of ", "joy", " when the new bunk beds arrived."),
        ("Over the ", "summer", " the family intend to visit relatives."),
        ("The kitchen worktop is cracked ", "stone", " and the landlord has been told."),
        ("A ", "green", " door at the side leads to the shared garden."),
        ("An unpaid electricity ", "bill", " was on the table."),
        ("The ", "field", " behind the estate is where the older children gather."),
        ("The ", "sky", " light in the bathroom is broken and lets rain in."),
    ),
)


def vocabulary(family: Family) -> Vocabulary:
    return STANDARD if family is Family.STANDARD else HELDOUT
