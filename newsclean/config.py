"""One frozen options object with documented defaults; variants through :func:`attrs.evolve`."""

from __future__ import annotations

from typing import Any

import attrs

from .errors import ConfigError
from .filters import Filter, FilterChain, default_chain


def _chain(value: Any) -> FilterChain:
    return value if isinstance(value, FilterChain) else FilterChain(value)


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if value <= 0:
        raise ConfigError(f"{attribute.name} must be positive, not {value!r}")


@attrs.frozen
class Config:
    """How newsclean cleans a page.

    Attributes:
        filters: the ordered filter chain (default: :func:`newsclean.filters.default_chain`).
        favor_recall: ask trafilatura for more text when unsure (HTML input only).  On by default:
            newsclean's own filters remove what it lets through, and on the wcxb-dev articles this
            gives both higher precision and higher recall than trafilatura's balanced mode.
        favor_precision: ask trafilatura for less text when unsure (HTML input only); turns
            ``favor_recall`` off.
        adapt_to_page_type: read a page that declares itself something else than an article (by
            JSON-LD type, ``og:type``, URL path or furniture; see :mod:`newsclean.pagetype`) in
            trafilatura's balanced mode, a forum with its comments (HTML input only).  On wcxb-dev
            this finds more of listings, shops and forums and leaves articles as they were.  The
            readings again of a thin reading (balanced mode, a main column named as furniture, the
            page's paragraphs as they stand) go with it; a layout named after its sidebar is read
            as the page's main column either way.
        include_tables: keep tables of the article body (HTML input only).
        audit_dom: record what the HTML pass dropped, grouped by kind (HTML input only).
        max_input_bytes: larger input is refused with :class:`~newsclean.InputError`.
        max_blocks: a page cut into more blocks (paragraphs, lines) than this is refused: a
            million one-word paragraphs is not an article, and cleaning it would take minutes.
        max_elements: an HTML page with more elements than this is refused before extraction.
        time_budget: seconds one page may take; checked between stages and between filters, so a
            page that runs over is stopped at the next check with :class:`~newsclean.InputError`.
        language_hint: the article's language when the caller knows it (ISO 639-1); detected
            otherwise.
    """

    filters: FilterChain = attrs.field(factory=default_chain, converter=_chain)
    favor_recall: bool = True
    favor_precision: bool = False
    adapt_to_page_type: bool = True
    include_tables: bool = True
    audit_dom: bool = True
    max_input_bytes: int = attrs.field(default=50_000_000, validator=_positive)
    max_blocks: int = attrs.field(default=50_000, validator=_positive)
    max_elements: int = attrs.field(default=500_000, validator=_positive)
    time_budget: float = attrs.field(default=60.0, validator=_positive)
    language_hint: str = ""

    def __attrs_post_init__(self) -> None:
        if self.favor_precision and self.favor_recall:
            raise ConfigError(
                "favor_precision and favor_recall exclude each other: pass favor_recall=False with favor_precision=True"
            )

    def with_filter(self, filter: Filter, *, before: str | None = None, after: str | None = None) -> Config:
        """A config whose chain has ``filter`` inserted before or after a named filter (or last)."""
        return attrs.evolve(self, filters=self.filters.insert(filter, before=before, after=after))

    def without_filter(self, name: str) -> Config:
        """A config whose chain lacks the filter called ``name``."""
        return attrs.evolve(self, filters=self.filters.remove(name))

    @classmethod
    def precise(cls) -> Config:
        """A preset that prefers losing a little body text to keeping any noise."""
        return cls(favor_precision=True, favor_recall=False)
