"""Dates as the page states them, in ISO 8601.  Nothing is guessed: a value that cannot be read
as a date is dropped, never replaced by a default."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

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
        return ""


def date_from_url(url: str) -> str:
    """The date in a URL path such as ``/2024/03/02/slug``, or ``""``."""
    m = _URL_DATE.search(url or "")
    if not m:
        return ""
    try:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))).date().isoformat()
    except ValueError:
        return ""
