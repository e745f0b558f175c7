"""Synthetic sentences for the NER: names of many origins in case-note phrasing, built from parts.

A model trained on a few fixed templates memorises them, so sentences here are composed from
independent pieces (opening, reporting verb, mention form, continuation) and mixed with name-free
sentences full of things that look like names but are not (agencies, places, pets, months, words).
Names come from Faker's Latin-script locales and our own lists for origins Faker lacks, minus every
name in the synthetic corpus pools, so evaluation is always on names the model never saw.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from faker import Faker

FAKER_LOCALES: tuple[str, ...] = (
    "en_GB",
    "en_IE",
    "ga_IE",
    "en_US",
    "en_IN",
    "en_PK",
    "en_NG",
    "en_KE",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "zu_ZA",
    "sw",
    "pl_PL",
    "ro_RO",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "hr_HR",
    "sl_SI",
    "tr_TR",
    "az_AZ",
    "es_ES",
    "es_MX",
    "es_CO",
    "es_AR",
    "pt_PT",
    "pt_BR",
    "fr_FR",
    "de_DE",
    "it_IT",
    "nl_NL",
    "sv_SE",
    "da_DK",
    "no_NO",
    "fi_FI",
    "id_ID",
    "vi_VN",
    "fil_PH",
    "sq_AL",
    "uz_UZ",
)
# Origins Faker does not cover well, in the Latin spellings UK records use.
EXTRA_GIVEN: tuple[str, ...] = tuple(
    """
    Abdirahman Abdullahi Hodan Faduma Ayaan Warsan Idil Sagal Hamza Bilal Zakaria Yusuf Idris Sumaya Halima
    Khadija Maryam Safiya Layla Noor Rania Samira Tariq Waleed Karim Nabil Omar Rashid Jamal Hassan Hussein
    Senait Selam Yonas Dawit Tesfaye Mehari Filmon Ruta Helen Semhar Habtom Kidane Zewdi Abeba Tigist
    Zarmina Wahid Gul Ahmad Mirwais Nasrin Shirin Kawa Rebin Hawre Shilan Dilan Zhilwan Azad Berivan
    Wei Jing Xiaoming Yan Hui Lei Ming Ling Qiang Xin Jun Mei Hong Jian Fang Lan Tao Ying Bo
    Linh Minh Thanh Huong Duc Anh Trang Hoa Quang Phuong Tuan
    Shamima Rahima Nazma Rubina Shahid Rafiq Jahangir Mizanur Abdul Anwar Salma Farhana Tanvir Imran Shabana
    Kwame Kofi Ama Akosua Yaw Kwabena Adjoa Efua Chidi Ngozi Emeka Uchenna Adaeze Tunde Folake Bisi Kehinde
    Delroy Winston Leroy Marcia Claudette Desmond Errol Beverley Jermaine Tyrone Shanice Kimani
    Bridget Patrick Mary-Ellen Caitlin Siobhan Padraig Tomas Mairead Johnny-Joe Philomena Dannyboy Levi
    Nicolae Florin Ionut Mirela Daniela Bogdan Andrei Vasile Elena Grzegorz Agnieszka Tomasz Katarzyna
    """.split()  # noqa: SIM905
)
EXTRA_FAMILY: tuple[str, ...] = tuple(
    """
    Warsame Farah Mohamud Jama Hersi Egal Abdi Osman Nur Dualeh Aden Haji Isse Elmi Guled
    Al-Hashimi Al-Masri El-Sayed Haddad Khoury Mansour Saleh Nasser Qureshi Rahman Siddiqui Hussain Chaudhry
    Tesfamariam Gebremedhin Haile Tekle Berhane Woldemichael Ghebre Asfaha Kahsay
    Popalzai Durrani Karimi Hashimi Sultani Mohammadi Barzani Talabani Zebari Amedi Goran Rashid
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo
    Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong
    Miah Uddin Begum Islam Ahmed Chowdhury Hoque Sarkar Alam Bibi Akhtar Butt Malik Iqbal Mahmood Raza
    Mensah Owusu Asante Boateng Osei Appiah Okafor Okonkwo Adeyemi Oyelaran Nwosu Eze Balogun Adebayo
    Campbell Forbes Grant Henry McKenzie Brown-Lewis Thompson Gayle Dacres Morrison Beckford
    McDonagh Joyce Doherty Lovell Boswell Loveridge Connors Maughan Cash Delaney Quilligan
    Popescu Ionescu Dumitru Stan Moldovan Kowalczyk Wisniewski Nowakowska Zielinski Lewandowska
    """.split()  # noqa: SIM905
)
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’\-]+$")


@dataclass(frozen=True)
class Example:
    text: str
    spans: tuple[tuple[int, int], ...]


def name_lists(exclude: Iterable[str], seed: int) -> tuple[list[str], list[str]]:
    """Given and family names from every source, minus `exclude` (compared case-insensitively)."""
    banned = {e.casefold() for name in exclude for e in re.split(r"[\s\-]+", name)}
    given: set[str] = set(EXTRA_GIVEN)
    family: set[str] = set(EXTRA_FAMILY)
    for locale in FAKER_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        for _ in range(60):
            given.add(fake.first_name())
            family.add(fake.last_name())

    def ok(name: str) -> bool:
        return bool(LATIN.match(name)) and not any(p.casefold() in banned for p in re.split(r"[\-]", name))

    return sorted(n for n in given if ok(n)), sorted(n for n in family if ok(n))


_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "DC", "PC", "DS", "Nurse", "Cllr", "Mx", "Sgt")
_RELATIONS = (
    "Mum",
    "Dad",
    "mum",
    "dad",
    "mother",
    "father",
    "stepdad",
    "maternal grandmother",
    "MGM",
    "PGF",
    "nan",
    "aunt",
    "uncle",
    "partner",
    "boyfriend",
    "neighbour",
    "family friend",
    "older brother",
    "sister",
    "cousin",
    "lodger",
    "childminder",
    "class teacher",
    "DSL",
    "SENCO",
    "health visitor",
    "HV",
    "school nurse",
    "GP",
    "midwife",
    "YOT worker",
    "support worker",
    "IRO",
    "PA",
    "foster carer",
    "carer",
    "solicitor",
    "interpreter",
)
_VERBS = (
    "said",
    "told me",
    "reported",
    "explained",
    "stated",
    "disclosed",
    "confirmed",
    "agreed",
    "called",
    "rang",
    "emailed",
    "texted",
    "attended",
    "arrived",
    "left early",
    "was present",
    "was not present",
    "declined",
    "became upset",
    "shouted",
    "cried",
    "was calm",
    "refused to engage",
    "has moved out",
    "is staying over",
    "has not been seen",
    "was arrested",
    "came to the door",
    "answered the phone",
    "will attend",
    "missed contact",
)
_OPENERS = (
    "",
    "",
    "",
    "Today ",
    "This morning ",
    "On arrival ",
    "During the visit ",
    "At the meeting ",
    "Later ",
    "When I arrived ",
    "Per telephone call, ",
    "Update: ",
    "In supervision it was noted that ",
    "I was advised that ",
    "At 10:30 ",
    "On 14/03/2024 ",
    "On Tuesday ",
    "After school ",
    "Following the strategy discussion ",
)
_ENDINGS = (
    ".",
    ".",
    " about the housing situation.",
    " and asked for an update.",
    " that the children were fine.",
    " about the incident on Saturday.",
    " regarding school attendance (76%).",
    " at the CIN meeting.",
    ", which is a change from last week.",
    " - no concerns noted.",
    " and said she would ring back.",
    " re the s47 outcome.",
    " and I explained the plan.",
    " (see previous note).",
    " by phone.",
)
_NON_NAME_SENTENCES = (
    "Referral from MASH received on {date} regarding DV in the home.",
    "CAMHS appointment booked for {date} at {time}.",
    "The family dog, {pet}, was in the garden and is friendly.",
    "{child_word} has a {petkind} called {pet} which he feeds every day.",
    "Visit to {place} with the children; they enjoyed the park.",
    "Mum feels there is {word} for the future, she told me.",
    "Strategy discussion held with police and health; s47 to proceed.",
    "ICPC set for {date}; RCPC to follow within three months.",
    "School attendance is 82% this term, down from 91% last term.",
    "The case was stepped down to Early Help on {date}.",
    "The review was pushed back to {month} because of the holidays.",
    "Core group met at {place} on {date} at {time}.",
    "Housing officer from {council} Council confirmed the arrears of £1,250.",
    "The IRO chaired the CLA review at {place}; plan remains long-term fostering.",
    "Dad said he {wordverb} attend the next meeting.",
    "{Word} was discussed as a theme in the session with CAMHS.",
    "Child seen alone in bedroom at {time}; room clean and warm.",
    "PEP meeting held at {school}; EHCP review due in {month}.",
    "Police Protection Order considered but NFA at this stage.",
    "Travelled to {place} by bus; the journey took 40 minutes.",
    "{Month} half term plans were discussed with the carers.",
    "A referral was made to the NSPCC and the YOT.",
    "The {word} in the hallway has been repaired by the landlord.",
    "MARAC referral submitted; IDVA service to make contact.",
)
_FRAGMENTS = (
    "Attendees:",
    "Apologies:",
    "Home conditions: cluttered but safe.",
    "Home conditions good.",
    "Plan reviewed.",
    "Info shared with partners.",
    "Actions agreed.",
    "Baby weighed and thriving.",
    "First visit since the move.",
    "No concerns raised.",
    "Outcome: NFA.",
    "Next steps agreed.",
    "Update from school.",
    "Neighbours report shouting.",
    "New baby due in {month}.",
    "Pre-birth assessment started.",
    "Chair summarised the risks.",
    "Seen alone.",
    "RHI offered and declined.",
    "EHCP draft received.",
    "NEET since leaving college.",
    "SW to chase GP.",
    "TM agreed the plan.",
    "LADO consulted.",
    "MARAC on {date}.",
    "CSE screening tool completed.",
    "UASC status confirmed.",
    "SGO assessment ongoing.",
    "Threshold met for s47.",
    "Case transferred to CIN team.",
    "Mum aware of the plan.",
    "Dad not present.",
    "Nan helps with school runs.",
    "Sibling group placed together.",
    "Bedroom has a bed and wardrobe.",
    "Fridge stocked.",
    "Smoke alarm fitted.",
    "Rent arrears of £640.",
    "Attendance 88% (was 71%).",
    "Weight on 9th centile.",
    "Strategy held {date} at {time}.",
    "Visit {weekday} {ordinal} {month}.",
    "Seen {ordinal} {month} {year}.",
    "Next review {day}.{mon}.{yy}.",
    "ICPC booked for {weekday} {ordinal} {month}.",
    "Medical {date}; no injuries found.",
    "Contact supervised at the family centre.",
    "Police attended; no arrests.",
    "Young person reports feeling safer.",
    "Key worker allocated.",
    "Health visitor to visit fortnightly.",
    "Direct work completed using three houses tool.",
    "Placement stable.",
    "Missing for 6 hours, returned at {time}.",
    "Initial Health Assessment completed.",
    "Core Group Meeting cancelled.",
    "Child Protection Plan ended.",
    "Early Help Assessment closed.",
    "Family Group Conference arranged.",
    "Youth Offending Service involved.",
    "Virtual School Head informed.",
    "Independent Reviewing Officer consulted.",
    "Legal Planning Meeting held.",
    "Section 20 consent signed.",
)
_FRAMES = (
    "Attendees: {A} (SW), {B} (HV), {C} (DSL).",
    "Present - {A}, {B} and {C}.",
    "Chair: {A}.",
    "Apologies: {A}.",
    "Minutes taken by {A}.",
    "{A} (SENCO) and {B} (class teacher) met with me.",
    "Seen at home with {A} and {B}.",
    "Call from {A} re {B}.",
    "Home visit with {A}; {B} also present.",
    "Email to {A} cc {B}.",
    "Strategy: {A} (police), {B} (health), {C} (education).",
    "Conference chaired by {A}.",
    "Carer {A} says {B} is settling.",
    "New partner {A} has moved in with Mum.",
    "{A}, a neighbour, rang at {time}.",
)
_PLACES = (
    "Sheffield",
    "Halifax",
    "Roundhay",
    "the Arndale Centre",
    "Meadowhall",
    "Pudsey",
    "Shipley",
    "Keighley",
    "Temple Newsam",
    "Otley",
    "Ilkley",
    "Morley",
    "Batley",
    "Dewsbury",
    "Rothwell",
    "Garforth",
)
_SCHOOLS = ("St Anne's Primary", "Oakwood High", "Riverside Academy", "Bankside Primary", "Parklands Nursery")
_PETS = ("Rocky", "Bonnie", "Teddy", "Milo", "Coco", "Oscar", "Simba", "Bruno", "Ginger", "Lola", "Buster", "Shadow")
_WORDS = ("hope", "grace", "faith", "joy", "will", "brown", "wood", "storm", "rose", "summer", "bill", "mark")


class SentenceFactory:
    """Composes labelled sentences; everything random comes from one seeded generator."""

    def __init__(self, given: list[str], family: list[str], seed: int) -> None:
        self.given, self.family, self.rng = given, family, random.Random(seed)

    def examples(self, count: int, name_free_share: float = 0.35) -> Iterator[Example]:
        """Examples of one to four sentences, so names are seen among note-like neighbours."""
        for _ in range(count):
            pieces = [self._one(name_free_share) for _ in range(self.rng.choice((1, 1, 2, 3, 4)))]
            yield _join(pieces)

    def _one(self, name_free_share: float) -> Example:
        roll = self.rng.random()
        if roll < name_free_share * 0.5:
            return self._name_free()
        if roll < name_free_share:
            return Example(self._fill(self.rng.choice(_FRAGMENTS)), ())
        if roll < name_free_share + 0.15:
            return self._framed()
        return self._with_names()

    def _fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            date=rng.choice(
                ("12/03/2024", "3 May 2023", "14th June", "2024-01-09", "Monday 4th", "23.2.23", "10th Mar 2022")
            ),
            time=rng.choice(("10:30", "3pm", "14:15", "9.45am", "20:10")),
            month=rng.choice(("January", "March", "May", "June", "July", "Sept", "October", "Dec")),
            weekday=rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
            ordinal=rng.choice(("1st", "2nd", "3rd", "9th", "16th", "21st", "30th")),
            year=rng.choice(("2022", "2023", "2024")),
            day=rng.randint(1, 28),
            mon=rng.randint(1, 12),
            yy=rng.choice(("23", "24")),
        )

    def _framed(self) -> Example:
        template = self._fill_keep(self.rng.choice(_FRAMES))
        parts: list[tuple[str, bool]] = []
        for piece in re.split(r"(\{[ABC]\})", template):
            if piece in ("{A}", "{B}", "{C}"):
                prefix, name = self._mention()
                parts += [(prefix, False), (name, True)]
            elif piece:
                parts.append((piece, False))
        return _assemble(parts)

    def _fill_keep(self, template: str) -> str:
        return template.replace("{time}", self.rng.choice(("10:30", "3pm", "14:15")))

    def _mention(self) -> tuple[str, str]:
        """(prefix, name): the name part is what gets labelled; titles and relations stay outside."""
        rng = self.rng
        given, family = rng.choice(self.given), rng.choice(self.family)
        if rng.random() < 0.12:
            family = f"{family}-{rng.choice(self.family)}"
        if rng.random() < 0.15:
            family = family.upper()
        form = rng.random()
        if form < 0.3:
            name, prefix = f"{given} {family}", ""
        elif form < 0.5:
            name, prefix = given, ""
        elif form < 0.68:
            name, prefix = family, rng.choice(_TITLES) + rng.choice((" ", ". ", " "))
        elif form < 0.82:
            name, prefix = rng.choice((given, f"{given} {family}")), rng.choice(_RELATIONS) + " "
        else:
            name, prefix = f"{given} {family}", rng.choice(_TITLES) + " "
        if rng.random() < 0.06:
            name = name.lower()
        return prefix, name

    def _with_names(self) -> Example:
        rng = self.rng
        parts: list[tuple[str, bool]] = []
        shape = rng.random()
        prefix, name = self._mention()
        if shape < 0.35:
            parts += [(rng.choice(_OPENERS), False), (prefix, False), (name, True), (" " + rng.choice(_VERBS), False)]
        elif shape < 0.55:
            verb = rng.choice(
                ("Spoke to", "Phoned", "Visited", "Met with", "Emailed", "Saw", "Called", "Texted", "I spoke with")
            )
            parts += [(rng.choice(_OPENERS) + verb + " ", False), (prefix, False), (name, True)]
        elif shape < 0.7:
            rel = rng.choice(_RELATIONS)
            parts += [
                (rng.choice(("", "Present: ", "Attended: ")) + rel.capitalize() + " (", False),
                (name, True),
                (")", False),
            ]
            p2, n2 = self._mention()
            parts += [(", ", False), (p2, False), (n2, True), (" and the children", False)]
        elif shape < 0.85:
            parts += [
                (prefix, False),
                (name, True),
                ("'s " + rng.choice(("phone", "mum", "house", "car", "partner", "school")), False),
                (" " + rng.choice(_VERBS), False),
            ]
        else:
            p2, n2 = self._mention()
            parts += [
                (rng.choice(_OPENERS), False),
                (prefix, False),
                (name, True),
                (" and ", False),
                (p2, False),
                (n2, True),
                (" " + rng.choice(_VERBS), False),
            ]
        parts.append((rng.choice(_ENDINGS), False))
        return _assemble(parts)

    def _name_free(self) -> Example:
        rng = self.rng
        word = rng.choice(_WORDS)
        month = rng.choice(("May", "June", "April", "August", "March"))
        text = rng.choice(_NON_NAME_SENTENCES).format(
            date=rng.choice(("12/03/2024", "3 May 2023", "14th June", "2024-01-09", "Monday 4th")),
            time=rng.choice(("10:30", "3pm", "14:15", "9.45am")),
            pet=rng.choice(_PETS),
            petkind=rng.choice(("dog", "cat", "rabbit", "hamster")),
            child_word=rng.choice(("The child", "He", "She", "The boy")),
            place=rng.choice(_PLACES),
            word=word,
            Word=word.capitalize(),
            wordverb="will",
            month=month,
            Month=month,
            council=rng.choice(("Leeds", "Kirklees", "Calderdale")),
            school=rng.choice(_SCHOOLS),
        )
        return Example(text[0].upper() + text[1:], ())


def _join(pieces: list[Example]) -> Example:
    text, spans = "", []
    for piece in pieces:
        if text:
            text += " "
        spans += [(s + len(text), e + len(text)) for s, e in piece.spans]
        text += piece.text
    return Example(text, tuple(spans))


def _assemble(parts: list[tuple[str, bool]]) -> Example:
    text, spans = "", []
    for piece, is_name in parts:
        if is_name:
            spans.append((len(text), len(text) + len(piece)))
        text += piece
    stripped = text.lstrip()
    shift = len(text) - len(stripped)
    starts_with_name = bool(spans) and spans[0][0] == shift
    if stripped and not starts_with_name:
        stripped = stripped[0].upper() + stripped[1:]
    return Example(stripped, tuple((s - shift, e - shift) for s, e in spans))
