"""What must survive redaction even when it looks like a name: sector acronyms and service terms,
communication and disability terms, pets, and places named by the sentence around them.

Over-redaction is not harmless here: "PPN" turned into a person breaks the chronology's police
cue, and "mother is Deaf and uses BSL" losing "BSL" hides a disability from every answer. The terms
are data, grouped by why they are kept, so a colleague can add one without reading the rules.
"""

from __future__ import annotations

import re

AGENCY_TERMS: frozenset[str] = frozenset(
    """
    mash dash ppn btp camhs ehcp iro plo icpc rcpc cla lac cic cin cp nrm cse cce uasc sgo epo
    marac mappa idva isva lado fgc tac tas caf eh eha ehat ehm fis yot yjs yjt cgl cdt cpn amhp
    slt salt ot ep sen send senco dsl hv fnp gp ae a&e mhst iapt cmht nfa nwd pep lscp lscb
    dols dbs pnc cps hmcts cafcass nspcc ofsted dwp hmrc uc pip esa jsa esol sbar rhi rha iha
    non-molestation molestation occupation injunction s47 s17 s20 s31 s38 s76
    cawn pvp ico nrpf da dv dva
    strat unannounced announced universal credit benefits
    bsl makaton eal sign language deaf hoh pecs aac
    """.split()  # noqa: SIM905
)
"""Agency, service, legal and communication terms (all folded): never a person, whatever the NER
says. Sign language and disability words are here because losing them hides a protected
characteristic from the index. "DA"/"DV" (domestic abuse) are a worker's initials only in a list of
people (`initials.listed_word_initials`, rules version 17)."""

FAITH_AND_ORIGIN_TERMS: frozenset[str] = frozenset(
    """
    muslim muslims islam islamic hindu hinduism sikh sikhism jewish judaism buddhist buddhism catholic
    protestant pentecostal evangelical methodist baptist anglican quaker rastafarian atheist agnostic
    orthodox mosque gurdwara mandir synagogue madrassa halal kosher
    gypsy roma romany traveller travellers irish-traveller pakistani bangladeshi indian caribbean
    eastern european african asian heritage ethnicity mixed
    """.split()  # noqa: SIM905
)
"""Religion, ethnicity and community words: a protected characteristic redacted as a person would
make answers differ by faith or ethnicity (the bias twins). "Christian" is also a given name, so
it is kept only where the sentence uses it as a faith (see `FAITH_CONTEXT`)."""

FAITH_BEFORE = re.compile(r"\b(?:are|is|was|were|be|being|as|a|practising|devout|the|of)\s+$", re.I)
FAITH_AFTER = re.compile(r"^\s+(?:faith|church|family|community|values|beliefs|upbringing|festival|prayer)\b", re.I)
FAITH_WORDS_SHARED_WITH_NAMES: frozenset[str] = frozenset({"christian"})
ETHNICITY_COLOURS: frozenset[str] = frozenset({"white", "black", "brown"})
ETHNICITY_AFTER = re.compile(
    r"^\s+(?:British|Irish|English|Scottish|Welsh|Eastern|European|African|Caribbean|Asian|Other|Gypsy|Roma|and\s+\w+)\b"
)
"""Census-style ethnicity ("White Eastern European", "Black British", "White and Black Caribbean"):
the colour word is a surname elsewhere, so it is kept only when an origin word follows."""

PET_WORDS: tuple[str, ...] = (
    "dog", "dogs", "doggy", "doggie", "puppy", "puppies", "pup", "cat", "cats", "kitten", "kittens", "pet", "pets", "hamster", "rabbit", "bunny",
    "guinea pig", "parrot", "budgie", "tortoise", "snake", "lizard", "bearded dragon", "horse", "pony",
    "fish", "ferret", "gerbil", "rat", "mouse", "bird", "staffie", "staffy", "staffordshire bull terrier",
    "spaniel", "springer", "cocker", "terrier", "jack russell", "labrador", "lab", "retriever", "collie",
    "poodle", "cockapoo", "cavapoo", "husky", "bulldog", "french bulldog", "frenchie", "alsatian",
    "german shepherd", "rottweiler", "chihuahua", "dachshund", "sausage dog", "pug", "beagle", "whippet",
    "greyhound", "lurcher", "mastiff", "xl bully", "bully", "shih tzu", "yorkie", "akita", "doberman",
)  # fmt: skip
"""Animals and dog breeds: "a Staffie called Tyson", "the carers' spaniel Biscuit"."""

_PET_ALTERNATION = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in PET_WORDS), key=len, reverse=True))
PET_BEFORE = re.compile(rf"\b(?:{_PET_ALTERNATION})(?:\s+(?:is|was))?(?:\s+(?:called|named))?[\s,(:]*$", re.I)
PET_AFTER = re.compile(
    rf"^[\s,(\"”’']*(?:the|their|her|his|a|our|my|[a-z]+['’]s)?\s*(?:family\s+|new\s+|pet\s+)?(?:{_PET_ALTERNATION})\b"
    r"(?!(?-i:(?:[ \t]+[A-Z][\w'’\-]*)+[ \t]*\)))",
    re.I,
)
"""'"Pirog" (dad's dog)', "Biscuit, their puppy": a closing quote and an owner's possessive may come
between the name and the animal (rules version 14). An animal word that opens a job title in
brackets is no pet: "PC Bryn Tallack (Dog Legislation Officer)", "(Dog Warden)" (rules version 18)."""

PLACE_FOLLOWERS = re.compile(
    r"^\s+(?:A&E|A\s*&\s*E|AE|ED|base|office|hub|town\s+centre|city\s+centre|station|bus\s+station|"
    r"hospital|general|infirmary|children's\s+ward|ward|maternity|custody|magistrates|crown\s+court|"
    r"(?:this|last|next)\s+(?:morning|afternoon|evening|night|week))\b",
    re.I,
)
TIME_AFTER = re.compile(r"^\s+(?:at|on|from)\s+\d")
"""After "at X": "at Pinderfields at 7pm". Only with "at" before: "spoke to Gary at 4pm" is a person."""
"""What follows a one-word place after "at/to/from": "at Pinderfields at 7pm", "to Pinderfields A&E",
"at our Castleford base". A person is not followed by these."""

_NEAR_A_PERSON = "".join(rf"(?<!\b{verb} )" for verb in ("be", "been", "being", "go", "come", "stay", "get"))
TOWN_BEFORE = re.compile(rf"\b(?:in|{_NEAR_A_PERSON}(?:near|around)|towards|outside)\s+$")
"""A capitalised word after these (not a possessive) is where someone is: "moved back to his mum's
in Normanton". People are not "in" anyone. But people are "around" or "near" someone after a verb
of presence: "should not be around Kit", "will not go near Ola" name a person (rules version 16)."""

AT_PLACE_BEFORE = re.compile(r"\b(?:at|to|from|into)\s+(?:our|the|their|your)?\s*$")
AT_BEFORE = re.compile(r"\bat\s+(?:our|the|their|your)?\s*$")

ADDRESS_BEFORE = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’\-]+\s+){1,3}"
    r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Court|Crescent|Place|Gardens|Grove|Terrace|"
    r"Hill|Walk|Mews|Row|Square|Parade|View|Rise|Green|Park|Gate|Vale|Fold|Croft|Meadows?|Bank|Mount|"
    r"Approach|Heights|Grange|Garth|Chase),\s*$"
)
"""The town after a street line ("24 Cobble Lane, Featherstone") is a place."""

POSTCODE_AFTER = re.compile(r"^,?\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?\b")
"""The town before a postcode or its district ("Knottingley WF11", "Leeds, LS6 2AB") is a place."""

SAINT_WORDS: frozenset[str] = frozenset({"st", "st.", "saint"})
""""St Aidan's", "St James": a church, school or hospital named after a saint, not a person."""

LEGAL_AND_PRACTICE_TERMS: frozenset[str] = frozenset(
    """
    interim proceedings fostering adoption guardianship kinship edt
    tues thurs weds
    i'm i've i'll i'd
    brownies guides scouts cubs beavers rainbows cadets
    taker agenda distribution
    physiotherapy physio paediatrics audiology ophthalmology orthoptics orthodontics dietetics podiatry
    """.split()  # noqa: SIM905
)
"""Words of orders, proceedings and services ("Interim Care Orders", "Fostering SW", "EDT"), weekday
abbreviations ("pick-ups Tues/Thurs"), a capitalised "I'm", youth groups a child goes to
("wants to go to Brownies"), minute labels ("Minute Taker:") and health services ("Physiotherapy"):
capitalised in notes, never a person."""

BRANDS_AND_SERVICES: frozenset[str] = frozenset(
    """
    barnardo barnardo's barnardos childline kooth samaritans nacro shelter mencap scope
    aldi asda tesco lidl morrisons sainsbury's sainsburys primark greggs kfc subway
    minecraft roblox fortnite tiktok snapchat instagram whatsapp youtube facebook xbox playstation nintendo
    jobcentre incommunities
    """.split()  # noqa: SIM905
)
"""Charities, shops, games and apps a note names ("called Childline", "works at Tesco", "plays
Roblox"): never a person. Brand names that are also given names are left out (a person comes first)."""

KINSHIP_WORDS: frozenset[str] = frozenset(
    """
    mama mamma mami papa papi baba abba abbu ammi ammy amma nani dadi dada oma opa nonna nonno
    abuela abuelo yiayia babcia dziadek bunica bunicul
    """.split()  # noqa: SIM905
)
"""What a child calls a parent or grandparent in the family's language ("Baba grabbed me"): a
relationship word like "Mum", not a name, when it stands alone. Some are also given names, so a
longer guess that starts with one ("Baba Ahmed") is left to the other rules."""

FESTIVAL_AFTER = re.compile(r"^['’]s\s+[Dd]ay\b")
""""Valentine's Day", "St Patrick's day", "Mother's Day": a day of the calendar, not a person."""

SHARED_PLACE_HEADS: frozenset[str] = frozenset(
    """
    hall park green church street lane court hill wood woods field fields bridge brook castle manor
    grange farm gardens garden square market cross gate moor common bank heath
    """.split()  # noqa: SIM905
)
"""Last words of a place's name that are also family names ("Wollaton Hall", "Roundhay Park",
"Purston Park"): a place only when the sentence puts someone there (see `PLACE_CONTEXT_BEFORE`)."""

PLACE_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:at|in|near|outside|around|round|towards|trip\s+to|outing\s+to|day\s+out\s+(?:at|to)|"
    r"(?:gone|went|go|goes|going|been|walked|drove)\s+(?:back\s+|out\s+|over\s+|up\s+|down\s+)?to)"
    r"|\b(?:taken|took|take|takes|taking|drove|driven|brought|bring|walked)\s+"
    r"(?:him|her|them|us|me|the\s+(?:children|kids|boys|girls)|(?-i:[A-Z][\w'’\-]*|\[[A-Z][A-Z'’ \-]*\d*\])"
    r"(?:\s+and\s+(?-i:[A-Z][\w'’\-]*|\[[A-Z][A-Z'’ \-]*\d*\]))?)\s+to"
    r"|\b(?:school|nursery|college|academy|surgery|practice|hospital|placement|venue|unit)\s*[(:]"
    r")\s*(?:the\s+)?$",
    re.I,
)
"""What puts a capitalised name on a map: "at Wollaton Hall", "had taken Emiliano to Wollaton Hall"
(or "taken [CHILD] to", as the leak re-scan reads it),
"school (Purston Park)". "Spoke to Sarah Hall" and "took the letter to Sarah Hall" have no such cue
and stay people."""

NOT_A_PLACE_BEFORE = re.compile(
    r"\b(?:shout\w*|yell\w*|scream\w*|swor\w*|swear\w*|look\w*|laugh\w*|smil\w*|star\w*|glar\w*|"
    r"angry|cross|upset|lash\w*\s+out|lung\w*|threw\s+\w+|throw\w*|aim\w*|direct\w*|point\w*|spat|wav\w*|"
    r"confid\w*|interest\w*|believ\w*|trust\w*)\s+(?:at|in)\s+$",
    re.I,
)
"""Where "at"/"in" points at a person: "shouted at Sarah Hall", "confided in Tom Green"."""

THE_PLACE_BEFORE = re.compile(r"\b(?:at|to|from|into|in|near|outside|around|round|towards)\s+the\s+$", re.I)
FAMILY_AFTER = re.compile(
    r"^\s+(?:family|families|household|home|house|children|kids|boys|girls|twins|siblings|brothers|sisters|parents)\b",
    re.I,
)
"""One capitalised word after "to the" is a landmark ("taken to the Broadmarsh"); a family is
plural ("at the Gledhills") or named with a family word ("at the Khan household")."""

THING_AFTER = re.compile(
    r"^[ \t]+(?:wellies|wellingtons|boots|boot|shoes|trainers|sandals|coat|jacket|jumper|hoodie|hat|cap|scarf|"
    r"gloves|top|trousers|jeans|dress|skirt|uniform|belt|bag|rucksack|hair|eyes|eyebrows|skin|car|van|bike|sofa|"
    r"carpet|paint|bruise|bruises|bruising|mark|marks|patch|patches|stain|stains|liquid|powder|tablets|pills)\b"
)
"""A word that is also a name, written before a thing it describes ("Dad wore Hunter wellies", "Brown
bruising to the arm", "Grey hoodie"): a brand or a colour, not the sibling called Hunter or Brown."""

CALENDAR_WORDS: frozenset[str] = frozenset(
    """
    mon tue tues wed weds thu thur thurs fri sat sun
    monday tuesday wednesday thursday friday saturday sunday
    jan feb mar apr may jun jul aug sep sept oct nov dec
    january february march april june july august september october november december
    """.split()  # noqa: SIM905
)
"""Day and month names, full and abbreviated. "Sat" and "Sun" are also words and "Jan" a given name,
so they are kept only next to a date (see `CALENDAR_DATE_AFTER`)."""

CALENDAR_DATE_AFTER = re.compile(r"^[ \t]*,?[ \t]*(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?(?!\d)")
"""A day or month name before a day ("Sat 17/02", "Sun 18th", "Fri 10/3", "Jan 12"): a date."""

CALENDAR_DATE_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?)?,?[ \t]+$")
"""A date before the word ("17/02 Sat", "13th Jan"): the word is part of the date."""
