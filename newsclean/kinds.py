"""The kinds of noise that newsclean tells apart.

Every removed piece of a page carries one of these kinds.  The values are stable strings: they are
written into JSON records and archives, so a kind is never renamed, only added.
"""

from __future__ import annotations

import enum


class Kind(str, enum.Enum):
    """What a removed piece of a page was.

    The ``moved`` kinds are not thrown away: their content goes into the article's metadata
    (``byline`` into ``authors``, ``caption`` and ``credit`` into ``images``...).
    """

    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATELINE = "dateline"
    DATE = "date"
    CAPTION = "caption"
    CREDIT = "credit"
    CONTRIBUTORS = "contributors"
    NAVIGATION = "navigation"
    PAYWALL = "paywall"
    LOGIN = "login"
    NEWSLETTER = "newsletter"
    COOKIE = "cookie"
    COMMENTS = "comments"
    TEASER = "teaser"
    FOREIGN_LANGUAGE = "foreign_language"
    ADVERTISEMENT = "advertisement"
    DUPLICATE = "duplicate"
    LEGAL = "legal"
    BOILERPLATE = "boilerplate"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]

    @property
    def moved_to_metadata(self) -> bool:
        """True when the piece's content is kept in the metadata rather than discarded."""
        return self in _MOVED

    def __str__(self) -> str:
        return self.value


_DESCRIPTIONS: dict[Kind, str] = {
    Kind.TITLE: "the headline (moved to metadata)",
    Kind.SUBTITLE: "the standfirst or deck under the headline (moved to metadata)",
    Kind.BYLINE: "an author line (moved to metadata)",
    Kind.DATELINE: "a dateline or wire-agency prefix such as 'BAGHDAD (Reuters) -' (moved to metadata)",
    Kind.DATE: "a publication or update time line such as 'Updated 10:05 a.m., March 11, 2024'",
    Kind.CAPTION: "an image caption (moved to metadata)",
    Kind.CREDIT: "an image credit, alone or appended to a caption (moved to metadata)",
    Kind.CONTRIBUTORS: "a 'Reporting by ...; Editing by ...' line (moved to metadata)",
    Kind.NAVIGATION: "navigation, menus and share widgets",
    Kind.PAYWALL: "paywall and subscription prompts",
    Kind.LOGIN: "login and registration prompts",
    Kind.NEWSLETTER: "newsletter sign-up prompts",
    Kind.COOKIE: "cookie and consent notices",
    Kind.COMMENTS: "comment widgets and comment counts",
    Kind.TEASER: "headlines and teaser captions of other stories",
    Kind.FOREIGN_LANGUAGE: "fragments in a language or script other than the article's",
    Kind.ADVERTISEMENT: "advertisements and sponsored blocks",
    Kind.DUPLICATE: "an exact or near repeat of an earlier piece",
    Kind.LEGAL: "copyright, licence and legal footers",
    Kind.BOILERPLATE: "other page furniture outside the article",
}

_MOVED = frozenset(
    {Kind.TITLE, Kind.SUBTITLE, Kind.BYLINE, Kind.DATELINE, Kind.DATE, Kind.CAPTION, Kind.CREDIT, Kind.CONTRIBUTORS}
)


def as_kind(value: Kind | str) -> Kind:
    """``Kind(value)``, without the enum's two Python calls when ``value`` is a Kind already (what
    the filters pass): records and decisions are made by the hundred a page."""
    return value if type(value) is Kind else Kind(value)
