"""Dates as the page states them: declared values in ISO 8601, dates in URLs, and dates written out
in its text ("Published Aug. 4, 2025", "4. August 2025", "4 de agosto de 2025").

Nothing is guessed: a value that cannot be read as a date is dropped, never replaced by a
default.  In text only whole dates count (day, month and year); a month and a year alone, or a
number that might be a day or a month ("04/08/2025"), is not read unless the caller gives the
order of the page's language (:func:`reads_month_first`: "en-US" writes the month first).  A date
after "Updated" (or its equivalent in the languages of :mod:`newsclean.vocab.months`) is an update
time, any other a publication time.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from .vocab.months import MONTHS

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
_ISO_PREFIX = re.compile(r"^\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)")


def to_iso(value: str) -> str:
    """``value`` as ISO 8601 (with its timezone when it has one), or ``""``."""
    value = (value or "").strip()
    if not value:
        return ""
    m = _ISO_PREFIX.match(value)
    if m:
        raw = m.group(1).replace(" ", "T")
        if re.search(r"[+-]\d{4}$", raw):
            raw = raw[:-2] + ":" + raw[-2:]
        try:
            dt = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return ""
        if "T" not in raw:
            return dt.date().isoformat()
        return dt.isoformat()
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    # a date written out ("July 17, 2025", "17.07.2025"): the date alone, no time or zone
    written = dates_in_text(value)
    return written[0][0] if written else ""


def date_from_url(url: str) -> str:
    """The date in a URL path such as ``/2024/03/02/slug`` or ``/2023/oct/03/slug``, or ``""``."""
    m = _URL_DATE.search(url or "") or _URL_NAMED_DATE.search(url or "")
    if not m:
        return ""
    try:
        return datetime(int(m.group(1)), _month(m.group(2)), int(m.group(3))).date().isoformat()
    except ValueError:
        return ""


_MONTH_OF = {name: number for number, names in MONTHS.items() for name in names}
_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True)) + r")\.?"
# the month by its name in the path: "/2023/oct/03/slug", "/2023/october/03/slug"
_URL_NAMED_DATE = re.compile(
    r"/((?:19|20)\d{2})/("
    + "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True))
    + r")/(0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)",
    re.IGNORECASE,
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)",  # August 4, 2025
        rf"(?<!\w){_DAY}\s*(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}(?!\d)",  # 4 August 2025, 4 de agosto de 2025
        # 2025-08-04, 2025.08.04, 2025/08/04
        r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?P<sep>[-./])(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?![\d.])",
        rf"(?<!\w){_DAY}-{_MONTH}-{_YEAR}(?!\d)",  # 04-Aug-2025
        # 10/31/2025 or 31/10/2025: read only when one order alone makes a date (see _slashed)
        r"(?<![\d/])(?P<first>[01]?\d|[23]\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d{2})(?![\d/])",
        # 04.08.2025, day first as in most of the world; 06.18.2025 month first, as only that order reads
        r"(?<![\d.])(?P<dotted>[0-3]?\d)\.(?P<second>[0-3]?\d)\.(?P<year>(?:19|20)\d{2})(?!\d)",
    )
)

_UPDATED = re.compile(
    r"\b(?:updated?|last\s+updated|modified|revised|aktualisiert|stand(?=\s*:)|mis\s+à\s+jour|actualizado|actualización|"
    r"aggiornato|atualizado|bijgewerkt)\b",
    re.IGNORECASE,
)
MAX_DATE_TEXT = 300  # a date of the page sits in a short line, not in the middle of a paragraph


def says_updated(text: str) -> bool:
    """Whether ``text`` says what follows is an update ("Updated", "Last modified", "Aktualisiert")."""
    return _UPDATED.search(text) is not None


def without_dates(text: str) -> str:
    """``text`` with every whole date taken out, spaces normalised: what is written beside them."""
    for pattern in _PATTERNS:
        text = pattern.sub(" ", text)
    return " ".join(text.split())


def without_leading_date(text: str) -> str:
    """``text`` without a whole date it opens with ("Dec 18 2025 Preparing a transition"), when
    words follow the date."""
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if m and text[m.end() :].strip():
            return text[m.end() :].strip()
    return text


def _month(value: str) -> int:
    return int(value) if value.isdigit() else _MONTH_OF.get(value.lower().rstrip("."), 0)


def _slashed(first: int, second: int, year: int, month_first: bool | None = None) -> date:
    """A slashed date that only one order reads as a date: 10/31/2025 (month first, as in the US)
    or 31/10/2025 (day first); 3/4/2025 is either, read in the page's order when ``month_first``
    gives it, else it raises ValueError."""
    if first > 12 >= second:
        return date(year, second, first)
    if second > 12 >= first:
        return date(year, first, second)
    if month_first is None:
        raise ValueError("an ambiguous slashed date")
    return date(year, first, second) if month_first else date(year, second, first)


# English where dates are written day first (31/10/2025); "en" alone and en-CA use both orders
_DAY_FIRST_ENGLISH = frozenset({"gb", "uk", "au", "nz", "ie", "in", "za", "sg", "hk", "my", "ng", "ke", "pk"})


def reads_month_first(language: str) -> bool | None:
    """Whether the page's language tag writes 3/4/2025 month first (True: "en-US"), day first
    (False: "en-GB", "fr", "de-AT"...), or says nothing sure of it (None: "en", "en-CA", "")."""
    parts = (language or "").lower().replace("_", "-").split("-")
    if not parts[0]:
        return None
    if parts[0] != "en":
        return False
    region = parts[1] if len(parts) > 1 else ""
    if region == "us":
        return True
    return False if region in _DAY_FIRST_ENGLISH else None


def days_between(earlier: str, later: str) -> int:
    """Whole days from the ISO date ``earlier`` to ``later`` (0 when either is not a date)."""
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0


def dates_in_text(
    text: str, *, latest_year: int | None = None, month_first: bool | None = None
) -> list[tuple[str, str]]:
    """The whole dates written in ``text`` in reading order, as ``(YYYY-MM-DD, role)`` where the
    role is ``"modified"`` after an "Updated" and ``"published"`` otherwise.  ``month_first`` is
    the order of the page's language for slashed dates either order reads (see :func:`reads_month_first`)."""
    if len(text) > MAX_DATE_TEXT:
        return []
    latest = latest_year or date.today().year + 1
    found: list[tuple[int, str, str]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            try:
                if "first" in pattern.groupindex:
                    value = _slashed(int(m.group("first")), int(m.group("second")), int(m.group("year")), month_first)
                elif "dotted" in pattern.groupindex:
                    # dots as slashes, but day first when neither the numbers nor the page give the
                    # order: 04.08.2025 is 4 August, as Europe writes them
                    value = _slashed(
                        int(m.group("dotted")), int(m.group("second")), int(m.group("year")), bool(month_first)
                    )
                else:
                    value = date(int(m.group("year")), _month(m.group("month")), int(m.group("day")))
            except ValueError:
                continue
            if value.year > latest:
                continue
            role = "modified" if _UPDATED.search(text[: m.start()].rsplit("|", 1)[-1]) else "published"
            if all(start != m.start() for start, _, _ in found):
                found.append((m.start(), value.isoformat(), role))
    return [(iso, role) for _, iso, role in sorted(found)]
