"""Date phrases -> event-date windows, relative to a fixed `today` (a Saturday)."""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.dates import parse_date_window

TODAY = dt.date(2026, 11, 21)
D = dt.date

CASES: list[tuple[str, dt.date | None, dt.date | None, bool]] = [
    # question, date_from, date_to, prefer_recent
    ("Which school does Amelia attend?", None, None, False),
    ("When was Amelia last seen alone?", None, None, True),
    ("What is the most recent police incident?", None, None, True),
    ("Any police incidents in 2023?", D(2023, 1, 1), D(2023, 12, 31), False),
    ("What happened during March 2024?", D(2024, 3, 1), D(2024, 3, 31), False),
    ("visits in March", D(2026, 3, 1), D(2026, 3, 31), False),
    ("visits in December", D(2025, 12, 1), D(2025, 12, 31), False),
    ("what happened in Nov", D(2026, 11, 1), D(2026, 11, 30), False),
    ("What has school said since March?", D(2026, 3, 1), None, False),
    ("What has school said since December?", D(2025, 12, 1), None, False),
    ("missing episodes since 2022", D(2022, 1, 1), None, False),
    ("contacts from June 2025", D(2025, 6, 1), None, False),
    ("anything after June 2022", D(2022, 7, 1), None, False),
    ("anything after 2021", D(2022, 1, 1), None, False),
    ("notes before June 2022", None, D(2022, 5, 31), False),
    ("notes prior to 2020", None, D(2019, 12, 31), False),
    ("between March and June 2023", D(2023, 3, 1), D(2023, 6, 30), False),
    ("between November and February 2024", D(2023, 11, 1), D(2024, 2, 29), False),
    ("from 2021 to 2023", D(2021, 1, 1), D(2023, 12, 31), False),
    ("last month", D(2026, 10, 1), D(2026, 10, 31), False),
    ("what happened last year", D(2025, 1, 1), D(2025, 12, 31), False),
    ("visits last week", D(2026, 11, 9), D(2026, 11, 15), False),
    ("this month", D(2026, 11, 1), TODAY, False),
    ("this year", D(2026, 1, 1), TODAY, False),
    ("in the last month", D(2026, 10, 21), TODAY, False),
    ("in the past year", D(2025, 11, 21), TODAY, False),
    ("in the last 3 months", D(2026, 8, 21), TODAY, False),
    ("over the past six weeks", D(2026, 10, 10), TODAY, False),
    ("last 10 days", D(2026, 11, 11), TODAY, False),
    ("past fortnight", D(2026, 11, 7), TODAY, False),
    ("yesterday", D(2026, 11, 20), D(2026, 11, 20), False),
    ("what was said on 12 March 2024", D(2024, 3, 12), D(2024, 3, 12), False),
    ("the 3rd of Sept 2025 visit", D(2025, 9, 3), D(2025, 9, 3), False),
    ("the visit on 12/03/2024", D(2024, 3, 12), D(2024, 3, 12), False),
    ("note dated 2024-02-29", D(2024, 2, 29), D(2024, 2, 29), False),
    ("note dated 31/02/2024", None, None, False),
    ("latest visit in 2024", D(2024, 1, 1), D(2024, 12, 31), True),
]


@pytest.mark.parametrize(("question", "date_from", "date_to", "prefer_recent"), CASES)
def test_date_window(question: str, date_from: dt.date | None, date_to: dt.date | None, prefer_recent: bool) -> None:
    window = parse_date_window(question, TODAY)
    assert (window.date_from, window.date_to, window.prefer_recent) == (date_from, date_to, prefer_recent)


def test_window_names_the_phrase_it_read() -> None:
    assert parse_date_window("Any police incidents in 2023?", TODAY).phrase == "in 2023"
    assert parse_date_window("Who is the GP?", TODAY).is_open


@pytest.mark.parametrize(
    ("question", "month_day"),
    [
        ("What did Keisha say when seen alone on 21 March?", (3, 21)),
        ("Why did he go to hospital on 8th of February?", (2, 8)),
        ("the visit on March 21st", (3, 21)),
        ("on 29 February", (2, 29)),
        ("on 31 February", None),  # no such day in any year
        ("on 21 March 2024", None),  # a full date is a window instead
        ("in March 2024", None),
    ],
)
def test_day_without_a_year_is_a_ranking_hint_not_a_window(question: str, month_day: tuple[int, int] | None) -> None:
    window = parse_date_window(question, TODAY)
    assert window.month_day == month_day
    if month_day is not None:
        assert window.is_open


@pytest.mark.parametrize(
    ("question", "date_from"),
    [
        # a plan's start, asked about in the present or future: no window on the notes
        ("how many nights respite is he getting from jan?", None),
        ("will she start college from September?", None),
        ("is mum going to have contact from March", None),
        # a period of notes: still a window
        ("what has school said from March?", D(2026, 3, 1)),
        ("contacts from June 2025", D(2025, 6, 1)),
        ("is he getting support from June 2025", D(2025, 6, 1)),
    ],
)
def test_from_a_month_in_a_question_about_a_plan_is_its_start(question: str, date_from: dt.date | None) -> None:
    assert parse_date_window(question, TODAY).date_from == date_from
