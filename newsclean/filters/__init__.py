"""Filters: small named callables that decide which blocks of a page are noise, and why.

The default chain runs context-free filters first (furniture known by its words, repeats, the
parts that move to the metadata), then the ones that need the article's body region, as jusText
revises its first guesses by context.  See ``docs/filters.md`` for writing your own.
"""

from __future__ import annotations

from .base import BlockJudge, Filter, FilterChain, FunctionFilter, block_filter
from .context import AuthorBoxFilter, DuplicateFilter, OutsideBodyFilter
from .furniture import (
    AuthorBioFilter,
    ColophonFilter,
    LabelledBoxFilter,
    NavigationFilter,
    PhraseFilter,
    PromptBoxFilter,
    RelatedLinkFilter,
    phrase_filters,
)
from .language import ForeignLanguageFilter, ForeignScriptFilter
from .markup import MarkedBoxFilter
from .prompts import reader_prompt_filter
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
    "AuthorBoxFilter",
    "BlockJudge",
    "BylineFilter",
    "CaptionFilter",
    "ColophonFilter",
    "ContributorsFilter",
    "DateLineFilter",
    "DatelineFilter",
    "DuplicateFilter",
    "Filter",
    "FilterChain",
    "ForeignLanguageFilter",
    "ForeignScriptFilter",
    "FunctionFilter",
    "LabelledBoxFilter",
    "MarkedBoxFilter",
    "NavigationFilter",
    "OutsideBodyFilter",
    "PhraseFilter",
    "PromptBoxFilter",
    "RelatedLinkFilter",
    "block_filter",
    "default_chain",
]


def default_chain() -> FilterChain:
    """The filters newsclean runs by default, in order."""
    return FilterChain(
        (
            # context-free: furniture known by its words, and the parts that move to the metadata
            NavigationFilter(),
            *phrase_filters(),
            ColophonFilter(),
            reader_prompt_filter(),
            DateLineFilter(),
            ForeignScriptFilter(),
            TitleFilter(),
            CaptionFilter(),
            RelatedLinkFilter(),
            LabelledBoxFilter(),
            PromptBoxFilter(),
            AuthorBioFilter(),
            BylineFilter(),
            ContributorsFilter(),
            MarkedBoxFilter(),
            # by context: these read the body region
            DuplicateFilter(),
            DatelineFilter(),
            ForeignLanguageFilter(),
            AuthorBoxFilter(),
            OutsideBodyFilter(),
        )
    )
