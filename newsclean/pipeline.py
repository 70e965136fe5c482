"""The two entry points and the one pipeline behind them.

load -> segment -> filters -> metadata -> Article.  Plain text is segmented by lines; HTML is
parsed once, its main content taken from trafilatura as blocks, and both then run the same filter
chain.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import attrs

from .config import Config
from .errors import InputError
from .html import audit as html_audit
from .html import boxes as html_boxes
from .html import extract as html_extract
from .html import meta as html_meta
from .html import posts as html_posts
from .html import repeats as html_repeats
from .kinds import Kind
from .language import detector, dominant_script, normalise_language_tag
from .load import INPUT_TYPES, expected_input, head_text, load
from .metadata import assemble, content_hashes
from .model import Article, Block, Removal
from .page import Hints, Page
from .pagetype import ARTICLE, FORUM, classify, declared_type
from .segment import segment_text
from .textshape import is_prose, without_invisible, word_count

_DEFAULT_CONFIG = Config()
_LANGUAGE_SAMPLE_CHARS = 3000
# A reading shorter than this is read again in balanced mode, which finds more of some pages
SHORT_READING_WORDS = 250
# A reading with under this share of the words in the page's <p> elements is read again...
THIN_READING_SHARE = 0.35
THIN_READING_MAX_WORDS = 1500  # ... unless it is this long

# What clean() reads of an input to tell markup from text
SNIFF_BYTES = 65_536
# What may come before a document's first element: spaces, byte-order marks, comments (one the
# sample ends in too), a doctype, an XML declaration
_PROLOGUE = re.compile(r"(?:\s|\ufeff|<!--.*?(?:-->|\Z)|<![^>]*(?:>|\Z)|<\?[^>]*(?:>|\Z))*", re.DOTALL)
_DECLARED = re.compile(r"<!doctype|<\?xml", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
# A document's own elements opening a line (after a saved page's HTTP headers, a PHP warning)
_DOCUMENT_TAG = re.compile(r"^[ \t]*<(?:!doctype\s+html|html|head|body)\b[^<>]*>", re.IGNORECASE | re.MULTILINE)
# Markup without a document's elements: tags on most of its lines, a few at least, closing ones
# among them (a story that names tags seldom closes them)
MARKUP_LINE_SHARE = 0.5
MIN_MARKUP_TAGS = 3


_F = TypeVar("_F", bound=Callable[..., Article])


def _input_faults(func: _F) -> _F:
    """Turn the failures a pathological page can cause deep in a parser into InputError."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Article:
        try:
            return func(*args, **kwargs)
        except RecursionError as exc:
            raise InputError("the page is nested too deeply to be cleaned") from exc
        except MemoryError as exc:
            raise InputError("the page needs more memory than this machine has to be cleaned") from exc

    return wrapper  # type: ignore[return-value]


def _check_names(url: object, source: object) -> None:
    """InputError for a ``url`` or ``source`` that is no string (the metadata's values are), or a
    ``url`` that no URL parser reads ("http://[::1", a host that changes under NFKC)."""
    for name, value in (("url", url), ("source", source)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"{name} must be a str or None, not {type(value).__name__}")
    if isinstance(url, str) and url:
        try:
            urlsplit(url)
        except ValueError as exc:
            raise InputError(f"url {url[:200]!r} is no URL: {exc}") from exc


class _Deadline:
    """The page's time budget, checked between stages (cleaning is not interrupted mid-stage)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self, stage: str) -> None:
        if time.monotonic() > self.end:
            raise InputError(f"cleaning took more than {self.seconds:g}s, stopped at {stage} (Config.time_budget)")


@_input_faults
def clean_text(
    text: str | bytes, *, url: str | None = None, source: str | None = None, config: Config | None = None
) -> Article:
    """Clean a page's text as a scraper saved it (one text node or paragraph per line).

    Args:
        text: the page's text, or its bytes (``bytes``, ``bytearray`` or ``memoryview``: the
            encoding is detected).
        url: where the page came from, for the metadata.
        source: the publisher's name, when the caller knows it.
        config: options; :class:`Config` defaults otherwise.

    Raises:
        InputError: the input is empty, binary, over ``config.max_input_bytes`` or of another type
            than ``str`` or bytes, or ``url`` or ``source`` is no ``str``.
    """
    _check_names(url, source)
    config = config or _DEFAULT_CONFIG
    deadline = _Deadline(config.time_budget)
    loaded = load(text, max_bytes=config.max_input_bytes, is_html=False)
    blocks = segment_text(loaded)
    if not blocks:
        raise InputError("the input holds no text")
    return _run(blocks, "text", config, deadline, url=url or "", source=source or "")


@_input_faults
def clean_html(
    html: str | bytes, *, url: str | None = None, source: str | None = None, config: Config | None = None
) -> Article:
    """Clean an HTML page: the main content through trafilatura, then newsclean's filters.

    Metadata comes from JSON-LD, OpenGraph and meta tags as well as from the text.  The removal
    record covers what the HTML pass dropped (``filter="html"``) and what the filters removed.

    Raises:
        InputError: the input is empty, binary, over ``config.max_input_bytes``, not HTML or of
            another type than ``str`` or bytes, or ``url`` or ``source`` is no ``str``.
    """
    _check_names(url, source)
    config = config or _DEFAULT_CONFIG
    deadline = _Deadline(config.time_budget)
    markup = load(html, max_bytes=config.max_input_bytes)
    tree = html_meta.parse(markup)
    if tree is None:
        raise InputError("the input could not be parsed as HTML")
    # every element needs a "<": counting them in the markup is free, walking the tree is not
    elements = markup.count("<")
    if elements > config.max_elements:
        elements = sum(1 for _ in tree.iter())
    if elements > config.max_elements:
        raise InputError(
            f"the page has {elements:,} HTML elements, over the limit of {config.max_elements:,} (Config.max_elements)"
        )
    doc = html_meta.read_document(tree, url or "")
    doc["furniture"] = html_meta.furniture(markup, tree, posts=len(doc["post_authors"]))
    dated = any(v for v, _ in doc["published"])  # a date the document shows, before its text is read
    deadline.check("reading the metadata")
    known = declared_type(
        url=url or "",
        declared=doc["declared_types"],
        og_type=doc["og_type"],
        furniture=doc["furniture"],
        dated=dated,
    )
    html_extract.wrap_loose_text(tree)
    html_extract.quote_figures_as_text(tree)
    html_extract.space_empty_separators(tree, markup)
    # what the page's <p> elements hold, for the checks of the readings (trafilatura reads a copy
    # of the tree, so the count holds for every reading)
    in_paragraphs = _paragraph_words(tree)
    with (
        html_extract.sidebar_names_hidden(doc["bar_named"], in_paragraphs),
        html_extract.bar_words_hidden(doc["bar_named"]),
        html_extract.disclosures_unnamed(tree),
    ):
        blocks, reads_as, threaded = _main_content(tree, doc, known, in_paragraphs, dated=dated, url=url, config=config)
    deadline.check("extracting the main content")
    walked = None  # the page's blocks, walked once for the repeats and the audit
    if blocks is not None and not threaded:
        _check_blocks(blocks, config)
        walked = html_audit.page_blocks(tree)
        # trafilatura drops a paragraph that repeats the one before it: the page's own repeats
        # come back (a thread's reading drops the posts a theme shows twice on purpose)
        blocks = html_repeats.with_sibling_repeats(blocks, walked.chunks)
        deadline.check("putting back the page's repeats")
    if blocks is None:
        # trafilatura found no main content: fall back to the page's visible text
        # (a page with no visible text at all gives an empty article, not an error: it is valid HTML)
        blocks = segment_text(_visible_text(tree))
        if not blocks and _has_words(markup):
            # the parser gave up on part of the page (libxml2 stops 256 levels deep): say so, rather
            # than return an article that silently lost its text
            raise InputError("the HTML could not be parsed in full (elements nested too deep?): its text is lost")
    hints = Hints(
        title=next((v for v, _ in doc["title"] if v), ""),
        subtitle=next((v for v, _ in doc["subtitle"] if v), ""),
        deck=doc.get("deck", ""),
        authors=tuple(next((v for v, _ in doc["authors"] if v), ())),
        images=tuple(doc["images"]),
        declared_language=doc.get("declared_language", ""),
        # what a page known not to be a story (by what it declares, its URL or its markup: a shop,
        # a forum, a manual) puts in boxes is its content
        boxes=html_boxes.boxes_apart(doc["boxes"], reads_as, (b.text for b in blocks))
        if known is None or known[0] == ARTICLE
        else (),
    )
    article = _run(blocks, "html", config, deadline, url=url or "", source=source or "", hints=hints, doc=doc)
    if config.audit_dom:
        dropped = html_audit.audit(tree, "\n".join(b.text for b in blocks), walked)
        article = attrs.evolve(article, removed=(*dropped, *article.removed))
    return article


def _main_content(
    tree: Any,
    doc: dict[str, Any],
    known: tuple[str, str] | None,
    in_paragraphs: int,
    *,
    dated: bool,
    url: str | None,
    config: Config,
) -> tuple[list[Block] | None, str, bool]:
    """trafilatura's reading of the page's main content as blocks (None when it finds none), what
    the page reads as, and whether the blocks are a thread's posts rather than a reading.  The page
    is read again in balanced mode when it is not a story or the reading looks cut short, again
    with the page's main column unnamed when trafilatura's class and id rules discarded it
    (:func:`_column_reading`), and as its paragraphs stand when the readings miss most of their
    ``in_paragraphs`` words."""
    # what the page is, as far as it is known before the filters run ("": not known)
    reads_as = known[0] if known else ""
    blocks = html_extract.extract_blocks(tree, url=url, config=config, page_type=reads_as)
    if blocks and config.adapt_to_page_type and (known is None or known[0] == ARTICLE):
        shape = ARTICLE
        if known is None:
            # nothing declared: the shape of what recall mode found tells a listing or a service
            # page from a story, and those read better in balanced mode
            shape, _ = classify(
                (b.text for b in blocks),
                dated=dated,
                signed=any(v for v, _ in doc["authors"]),
                og_type=doc["og_type"],
                reading=True,
            )
        reads_as = shape
        if shape != ARTICLE:
            blocks = html_extract.extract_blocks(tree, url=url, config=config, page_type=shape) or blocks
        elif _thin_reading(first := _words(blocks), in_paragraphs):
            # a short story, or a longer one recall mode cut short: balanced mode decides, and the
            # longer reading is kept
            second = html_extract.extract_blocks(tree, url=url, config=config, balanced=True) or []
            if _words(second) > first:
                blocks = second
    if blocks and config.adapt_to_page_type and (known is None or known[0] not in _OWN_COPY_TYPES):
        again = _column_reading(blocks, tree, in_paragraphs, url=url, config=config, page_type=reads_as)
        blocks = again or blocks
        if (fuller := _paragraphs_reading(blocks, tree, in_paragraphs)) is not None:
            blocks = fuller
    if config.adapt_to_page_type and _reads_as_thread(doc, reads_as):
        # a thread has no one main block: its posts, each with its author and date, when the
        # forum software marks their texts and they hold more than trafilatura's reading
        thread = html_posts.thread_blocks(tree)
        if thread is not None and _words(thread) > _words(blocks or []):
            return thread, reads_as, True
    return blocks, reads_as, False


def clean(
    data: str | bytes, *, url: str | None = None, source: str | None = None, config: Config | None = None
) -> Article:
    """Clean ``data`` as HTML when it looks like markup (:func:`_looks_like_html`), else as plain
    text.

    Raises:
        InputError: as :func:`clean_html` and :func:`clean_text` do.
    """
    if not isinstance(data, INPUT_TYPES):
        raise InputError(expected_input(data))
    if _looks_like_html(head_text(data, SNIFF_BYTES)):
        return clean_html(data, url=url, source=source, config=config)
    return clean_text(data, url=url, source=source, config=config)


def _looks_like_html(head: str) -> bool:
    """Whether the start of a document is markup: an element after what may precede one (spaces,
    comments, a doctype or XML declaration, which alone declare markup), a line opening with the
    document's ``<html>``, ``<head>`` or ``<body>``, or tags on most lines, closing ones among them.
    Tags named in a story's sentences ("wrapped in a <div>") leave it plain text."""
    start = _PROLOGUE.match(head)
    end = start.end() if start else 0
    if _DECLARED.search(head, 0, end) or _TAG.match(head, end) or (end == len(head) and "<" in head):
        return True
    if _DOCUMENT_TAG.search(head):
        return True
    tags = _TAG.findall(head)
    if len(tags) < MIN_MARKUP_TAGS or not any(tag.startswith("</") for tag in tags):
        return False
    lines = [line for line in head.splitlines() if line.strip()]
    return sum(1 for line in lines if _TAG.search(line)) >= len(lines) * MARKUP_LINE_SHARE


_TAG_OR_SCRIPT = re.compile(
    r"<(script|style|title|noscript|template|head)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL
)
_WORD_RE = re.compile(r"\w{2,}")
MIN_LOST_WORDS = 5


def _paragraph_words(tree: Any) -> int:
    """The words in the page's ``<p>`` elements."""
    return sum(word_count(p.text_content()) for p in tree.iter("p"))


def _words(blocks: list[Block]) -> int:
    """The words of a reading."""
    return sum(word_count(b.text) for b in blocks)


def _thin_reading(words: int, in_paragraphs: int) -> bool:
    """Whether a reading of ``words`` words may have cut the story short: it is short, or it
    holds a small share of the ``in_paragraphs`` words the page's paragraphs hold (recall mode
    sometimes settles on one section of a long page)."""
    if words < SHORT_READING_WORDS:
        return True
    if words >= THIN_READING_MAX_WORDS:
        return False
    return words < THIN_READING_SHARE * in_paragraphs


# The page's paragraphs are read as they stand when they hold this many words, and the reading
# under THIN_READING_SHARE of them ...
FALLBACK_MIN_PARAGRAPH_WORDS = 400
# ... if that finds most of them (not an <article> element's text, with or without a comment thread)
FALLBACK_MIN_SHARE = 0.6
# ... and over this many times the reading's words (a story with its comments is about twice the story)
FALLBACK_MIN_GAIN = 2.5
# A reading with the page's main column unnamed is kept when it finds this many times the words
COLUMN_READING_GAIN = 1.5
# Pages declared as these keep trafilatura's reading: their paragraphs are product copy or posts
_OWN_COPY_TYPES = frozenset({"product", "collection", "forum"})
_NOT_A_THREAD = frozenset({"Article", "NewsArticle", "BlogPosting", "Product", "ProductGroup", "ItemList"})


def _reads_as_thread(doc: dict[str, Any], reads_as: str) -> bool:
    """Whether the page may be read post by post: it is a forum's by what it declares or its URL,
    or by posts marked with their authors on a page that does not call itself a story or a
    product (``og:type``: its comments or reviews may be marked up so), and it declares no story,
    product or list in JSON-LD."""
    if _NOT_A_THREAD.intersection(doc["declared_types"]):
        return False
    return reads_as == FORUM or (bool(doc["post_authors"]) and doc["og_type"].lower() not in ("article", "product"))


def _column_reading(
    blocks: list[Block], tree: Any, in_paragraphs: int, *, url: str | None, config: Config, page_type: str
) -> list[Block] | None:
    """trafilatura's reading again with the page's main column unnamed, when the reading holds
    under half of the ``in_paragraphs`` words of the page's ``<p>`` elements and an element that
    trafilatura discards by its class or id holds at least half of them (see
    :func:`html_extract.discarded_columns_unnamed`); taken when it finds over
    :data:`COLUMN_READING_GAIN` times the words."""
    words = _words(blocks)
    if words >= html_extract.MAIN_COLUMN_SHARE * in_paragraphs:
        return None
    with html_extract.discarded_columns_unnamed(tree, in_paragraphs) as unnamed:
        if not unnamed:
            return None
        again = html_extract.extract_blocks(tree, url=url, config=config, page_type=page_type) or []
    return again if _words(again) > COLUMN_READING_GAIN * words else None


def _paragraphs_reading(blocks: list[Block], tree: Any, in_paragraphs: int) -> list[Block] | None:
    """The page's paragraphs read as they stand, when both of trafilatura's readings hold a small
    share of their ``in_paragraphs`` words: the story sits where trafilatura does not look (an
    accordion, a table of content, chunks streamed outside the article element)."""
    words = _words(blocks)
    if in_paragraphs < FALLBACK_MIN_PARAGRAPH_WORDS or words >= THIN_READING_SHARE * in_paragraphs:
        return None
    fuller = html_extract.paragraph_blocks(tree)
    found = _words(fuller)
    return fuller if found > FALLBACK_MIN_GAIN * words and found >= FALLBACK_MIN_SHARE * in_paragraphs else None


def _has_words(markup: str) -> bool:
    """Whether the markup holds visible words (a rough look: the head, tags, scripts and styles
    removed)."""
    return len(_WORD_RE.findall(_TAG_OR_SCRIPT.sub(" ", markup[:1_000_000]))) >= MIN_LOST_WORDS


def _visible_text(tree: Any) -> str:
    for el in tree.xpath("//script | //style | //noscript | //template"):
        el.drop_tree()
    body = tree.find(".//body")
    root = body if body is not None else tree
    # as the main content's blocks are read: without the characters that have no glyph
    lines = (" ".join(without_invisible(t).split()) for t in root.itertext())
    return "\n".join(line for line in lines if line)


def _page_language(page: Page, config: Config) -> tuple[str, str, str]:
    """(language, its origin, script) of the article, from its prose blocks (all blocks if none
    read as prose)."""
    prose = [b.text for b in page.blocks if is_prose(b.text)] or [b.text for b in page.blocks]
    sample, size = [], 0
    for text in sorted(prose, key=len, reverse=True):
        sample.append(text)
        size += len(text)
        if size >= _LANGUAGE_SAMPLE_CHARS:
            break
    joined = "\n".join(sample)
    script = dominant_script(joined)
    # the caller's word first, then the text's, then the page's own declaration
    hint = normalise_language_tag(config.language_hint)
    if hint:
        return hint, "caller", script
    detected = detector().detect(joined)
    if detected:
        return detected, "detected:body text", script
    declared = page.hints.declared_language
    return declared, ("html:lang" if declared else ""), script


def _check_blocks(blocks: list[Block], config: Config) -> None:
    if len(blocks) > config.max_blocks:
        raise InputError(
            f"the page has {len(blocks):,} blocks (paragraphs or lines), over the limit of "
            f"{config.max_blocks:,} (Config.max_blocks)"
        )


def _run(
    blocks: list[Block],
    input_type: str,
    config: Config,
    deadline: _Deadline,
    *,
    url: str,
    source: str,
    hints: Hints | None = None,
    doc: dict[str, Any] | None = None,
) -> Article:
    _check_blocks(blocks, config)
    page = Page(tuple(blocks), input_type, hints=hints or Hints())
    page.language, page.language_origin, page.script = _page_language(page, config)
    for f in config.filters:
        deadline.check(f"filter {f.name!r}")
        for decision in f(page):
            page.apply(f.name, decision)
    kept = [(b.index, page.text_of(b.index)) for b in page.undecided()]
    paragraphs = tuple(t for _, t in kept if t)
    metadata = assemble(page, doc, url=url, source=source)
    sha, simhash = content_hashes("\n\n".join(paragraphs))
    return Article(
        paragraphs=paragraphs,
        metadata=metadata,
        removed=_removals(page),
        input_type=input_type,
        sha256=sha,
        simhash=simhash,
        paragraph_blocks=tuple(i for i, t in kept if t),
    )


def _removals(page: Page) -> list[Removal]:
    out: list[Removal] = []
    for name, d in page.decisions.values():
        b = page.blocks[d.block]
        out.append(
            Removal(
                page.text_of(d.block) if d.kind is not Kind.DATELINE else b.text,
                d.kind,
                name,
                d.reason,
                b.line,
                b.start,
                b.end,
                b.index,
            )
        )
    for name, d in page.cuts:
        b = page.blocks[d.block]
        cut = d.data.get("dateline", {}).get("text", "") if d.kind is Kind.DATELINE else ""
        offset = max(b.text.find(cut), 0) if cut else 0
        text = cut or b.text
        out.append(
            Removal(text, d.kind, name, d.reason, b.line, b.start + offset, b.start + offset + len(text), b.index)
        )
    out.sort(key=lambda r: (r.start if r.start is not None else -1, r.block or 0))
    return out


__all__ = ["clean", "clean_html", "clean_text"]
