"""newsclean: clean and archive news articles.

Give it a page, as HTML or as text already scraped from one, and get the article's clean text, its
metadata (title, authors, wire agency, dateline, dates, language, images...) and a record of every
piece it removed and why::

    import newsclean

    article = newsclean.clean_text(open("page.txt").read())
    article.text                   # the clean body, paragraphs separated by a blank line
    article.metadata.authors       # ("Kamal Namaa",)
    article.removal_counts()       # {"byline": 1, "paywall": 1, ...}
"""

from __future__ import annotations

from ._version import __version__
from .archive import Archive, ArchiveError, QueryError
from .config import Config
from .errors import ConfigError, InputError, NewscleanError
from .filters import FilterChain, block_filter, default_chain
from .kinds import Kind
from .model import Article, Block, Contributor, Dateline, Image, Metadata, Removal
from .page import Decision, Page
from .pipeline import clean, clean_html, clean_text

__all__ = [
    "Archive",
    "ArchiveError",
    "Article",
    "Block",
    "Config",
    "ConfigError",
    "Contributor",
    "Dateline",
    "Decision",
    "FilterChain",
    "Image",
    "InputError",
    "Kind",
    "Metadata",
    "NewscleanError",
    "Page",
    "QueryError",
    "Removal",
    "__version__",
    "block_filter",
    "clean",
    "clean_html",
    "clean_text",
    "default_chain",
]
