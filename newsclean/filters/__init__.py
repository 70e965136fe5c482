"""Filters: small named callables that decide which blocks of a page are noise, and why.

The default chain runs context-free filters first (furniture known by its words, repeats, the
parts that move to the metadata), then the ones that need the article's body region, as jusText
revises its first guesses by context.  See ``docs/filters.md`` for writing your own.
"""

from __future__ import annotations

from .base import Filter, FilterChain, FunctionFilter, block_filter
from .context import DuplicateFilter, OutsideBodyFilter
from .furniture import (
    AuthorBioFilter,
    NavigationFilter,
    PhraseFilter,
    RelatedLinkFilter,
    SponsoredBoxFilter,
    phrase_filters,
)
from .language import ForeignLanguageFilter, ForeignScriptFilter
from .structure import (
    BylineFilter,
    CaptionFilter,
    ContributorsFilter,
    DateLineFilter,
    DatelineFilter,
    TitleFilter,
)

__all__ = [
    "AuthorBioFilter",
    "BylineFilter",
    "CaptionFilter",
    "ContributorsFilter",
    "DateLineFilter",
    "DatelineFilter",
    "DuplicateFilter",
    "Filter",
    "FilterChain",
    "ForeignLanguageFilter",
    "ForeignScriptFilter",
    "FunctionFilter",
    "NavigationFilter",
    "OutsideBodyFilter",
    "PhraseFilter",
    "RelatedLinkFilter",
    "SponsoredBoxFilter",
    "block_filter",
    "default_chain",
]


def default_chain() -> FilterChain:
    """The filters newsclean runs by default, in order."""
    return FilterChain(
        (
            NavigationFilter(),
            *phrase_filters(),
            SponsoredBoxFilter(),
            RelatedLinkFilter(),
            AuthorBioFilter(),
            DateLineFilter(),
            TitleFilter(),
            CaptionFilter(),
            BylineFilter(),
            ContributorsFilter(),
            ForeignScriptFilter(),
            DuplicateFilter(),
            DatelineFilter(),
            ForeignLanguageFilter(),
            OutsideBodyFilter(),
        )
    )
