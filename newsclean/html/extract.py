"""trafilatura behind one adapter: the page's main content as blocks.

trafilatura decides what the main content is; its output tree (``p``, ``head``, ``list/item``,
``quote``, ``table``) becomes newsclean blocks that the same filters as plain text then read.
Its metadata extraction is not used: newsclean reads metadata itself and never guesses a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from itertools import islice
from typing import Any

from lxml import etree

from ..config import Config
from ..model import Block
from ..pagetype import ARTICLE
from ..textshape import fold, is_blank, is_prose, without_invisible, word_count
from .figures import is_quotation

_NESTED_BLOCKS = ("p", "head", "item", "quote")  # not "code": trafilatura marks inline code so too
_TAGS = {"p": "p", "head": "h", "item": "li", "quote": "quote", "code": "pre", "row": "table"}
_CONTAINERS = frozenset({"list", "table", "div", "body", "doc", "main", "section", "article"})


def _text(el: Any) -> str:
    """An element's words; a line break (``lb``) separates words, two of them paragraphs."""
    for lb in el.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    for inner in el.iterdescendants(*_NESTED_BLOCKS):  # a quote's paragraphs stay paragraphs
        inner.text = "\n\n" + (inner.text or "")
        inner.tail = "\n\n" + (inner.tail or "")
    return "".join(el.itertext())


def _row_text(row: Any) -> str:
    cells = [" ".join("".join(c.itertext()).split()) for c in row if c.tag == "cell"]
    return " | ".join(c for c in cells if c)


_BLOCK_TAGS = frozenset({"p", "head", "list", "quote", "table", "code", "div"})


def _holds_blocks(cell: Any) -> bool:
    """Whether a table cell holds paragraphs (a layout table) rather than a value: ``code`` marks
    inline code too, which makes a block only when it runs over several lines."""
    return any(g.tag in _BLOCK_TAGS and (g.tag != "code" or "\n" in "".join(g.itertext()).strip()) for g in cell)


_ITEM_BLOCKS = frozenset({"p", "head", "list", "quote"})
_INLINE = frozenset({"hi", "ref", "lb", "del", "code"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _norm(text: str | None) -> str:
    return " ".join(without_invisible(text or "").split())


def number_blocks(pieces: Iterable[tuple[str, str]]) -> list[Block]:
    """Blocks of (text, tag) pieces in reading order, numbered as the extracted text lays them
    out: a line each, a blank line between them."""
    blocks: list[Block] = []
    offset = 0
    for i, (text, tag) in enumerate(pieces):
        blocks.append(Block(i, text, i + 1, offset, offset + len(text), tag))
        offset += len(text) + 2
    return blocks


def blocks_from_body(body: Any) -> list[Block]:
    """Blocks of a trafilatura output tree, in reading order."""
    pieces: list[tuple[str, str]] = []

    def add(raw: str, tag: str) -> None:
        for part in _PARAGRAPH_BREAK.split(raw):
            text = _norm(part)
            if not is_blank(text):
                pieces.append((text, tag))

    def visit(container: Any) -> None:
        # trafilatura leaves loose text as a container's text or a child's tail: body text too
        add(container.text or "", "p")
        for child in container:
            visit_child(child)
            add(child.tail or "", "p")

    def visit_child(child: Any) -> None:
        tag = child.tag
        if tag == "graphic":
            return
        if tag == "row":
            cells = [c for c in child if c.tag == "cell"]
            if any(_holds_blocks(c) for c in cells):
                for cell in cells:  # a layout table: its cells hold paragraphs
                    visit(cell)
            else:
                add(_row_text(child), "table")
        elif tag in _CONTAINERS:
            visit(child)
        elif tag == "item" and any(g.tag in _ITEM_BLOCKS for g in child):
            visit_item(child)
        else:
            add(_text(child), "li" if tag == "item" else _TAGS.get(str(tag), "p"))

    def visit_item(item: Any) -> None:
        # an item holding blocks (a sub-list, a heading and its paragraphs): each block apart, so
        # that a heading's last word and a paragraph's first are not run together
        run = [item.text or ""]
        for g in item:
            if g.tag not in _ITEM_BLOCKS:
                gap = "" if g.tag in _INLINE else " "  # a loose cell (th, td) is a word group of its own
                run += [gap, _text(g), gap, g.tail or ""]
                continue
            add("".join(run), "li")
            run = [g.tail or ""]
            if g.tag == "list":
                visit(g)
            else:
                add(_text(g), "h" if g.tag == "head" else "li")
        add("".join(run), "li")

    visit(body)
    return number_blocks(pieces)


def extract_blocks(
    tree: Any, *, url: str | None, config: Config, page_type: str = "", balanced: bool = False
) -> list[Block] | None:
    """The main content of a parsed page as blocks, or None when trafilatura finds none.

    ``page_type`` is what the page is known to be before extraction (``""``: not known).  Articles
    and unknown pages are read in recall mode (newsclean's filters remove what it lets through);
    pages known not to be articles in trafilatura's balanced mode, which finds more of a listing,
    a shop or a forum, and a forum with its comments, which are its content.  ``balanced`` asks
    for balanced mode whatever the page is.
    """
    import trafilatura

    suited = config.adapt_to_page_type and (balanced or page_type not in ("", ARTICLE)) and not config.favor_precision
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=False,
            include_comments=suited and page_type == "forum",
            include_tables=config.include_tables,
            favor_precision=config.favor_precision,
            favor_recall=config.favor_recall and not suited,
            deduplicate=False,
        )
    except ValueError:
        return None
    body = getattr(doc, "body", None)
    if body is None:
        return None
    blocks = blocks_from_body(body)
    return blocks or None


def paragraph_blocks(tree: Any) -> list[Block]:
    """The page's paragraphs as they stand, as blocks: trafilatura's baseline (the article's text
    declared in JSON-LD, the ``<article>`` elements', or the text of every paragraph), for pages
    whose main content its readings miss."""
    import trafilatura

    body, _, _ = trafilatura.baseline(tree)
    return blocks_from_body(body)


# What a browser lays out within a line of text: these sit in a paragraph of loose text
_PHRASING = frozenset(
    "a abbr b bdi bdo br cite code data del dfn em font i img ins kbd label mark q s samp small span strong sub sup "
    "time u var wbr".split()
)
# The containers holding an element and text of their own, found in C (a Python step per
# container costs more than the rest of this stage)
_HOLDING_LOOSE_TEXT = etree.XPath("(//div|//section|//article|//main|//td)[*][text()[normalize-space()]]")
# A run of loose text this long is a paragraph of the story; a shorter one (a shop's tagline, a
# card's blurb) is left as it is, as a new paragraph there would draw trafilatura's reading to it
MIN_LOOSE_WORDS = 25


def _is_block(child: Any) -> bool:
    """Whether ``child`` ends a run of loose text: a block, or an inline element holding one (a
    link around a paragraph), which a paragraph may not hold.  A comment (a callable tag) sits
    inside the text around it."""
    if not isinstance(child.tag, str):
        return False
    return child.tag not in _PHRASING or any(
        isinstance(inner.tag, str) and inner.tag not in _PHRASING for inner in child.iterdescendants()
    )


def _run_words(lead: str | None, run: list[Any]) -> int:
    parts = [lead or ""]
    for child in run:
        if isinstance(child.tag, str):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return len(" ".join(parts).split())


def wrap_loose_text(tree: Any) -> int:
    """Put the loose text of a container that also holds blocks into paragraphs, as a browser lays
    it out: a ``<div>`` whose story runs as text and ``<br>``s between an ad's ``<div>``s.
    trafilatura reads such text unevenly (recall mode drops the text after a block), a ``<p>`` it
    always reads.  Returns how many paragraphs were made."""
    made = 0
    for parent in _HOLDING_LOOSE_TEXT(tree):
        children = list(parent)
        blocks = [_is_block(c) for c in children]
        if not any(blocks):
            continue
        # runs of loose text and inline elements, each opened by the text before it
        lead, run = parent.text, []
        for child, block in [*zip(children, blocks, strict=True), (None, True)]:
            if not block:
                run.append(child)
                continue
            loose = (lead or "").strip() or any((c.tail or "").strip() for c in run)
            if loose and _run_words(lead, run) >= MIN_LOOSE_WORDS:
                paragraph = parent.makeelement("p", {})
                if run:
                    run[0].addprevious(paragraph)
                elif child is not None:
                    child.addprevious(paragraph)
                else:
                    parent.append(paragraph)
                before = paragraph.getprevious()
                if before is None:
                    parent.text = None
                else:
                    before.tail = None
                paragraph.text = lead
                paragraph.extend(run)  # each child moves with its tail
                made += 1
            lead, run = (child.tail if child is not None else None), []
    return made


# Inline elements with nothing in them at all (no text, no child): what a page puts between two words
# where its style sheet draws a break or a space ("<span class="br"></span>", Pygments' empty
# whitespace token, a converted non-breaking space)
_EMPTY_INLINE = etree.XPath(
    "(//span|//strong|//b|//em|//i|//u|//small|//ins|//a)[not(node())][string-length(following-sibling::node()[1]"
    "[self::text()]) > 0]"
)
# ... between the end of a word, a figure or a sentence, and a capital letter
_WORD_END = re.compile(r"[^\W_]$|[.!?:;,)\]\"'”’]$")


# ... as the markup writes one: closed right after it opens, a letter not in small ASCII after it
# (a gate: which are capitals is told after)
_EMPTY_BEFORE_CAPITAL = re.compile(r"></(?i:span|strong|b|em|i|u|small|ins|a)>(?![a-z])[^\W\d_]")


def space_empty_separators(tree: Any, markup: str | None = None) -> int:
    """Put a space after each empty inline element standing between two words with none between
    them, where the second is capitalised: "executive control<span class="br"></span>Meditation"
    and "platforms like<strong></strong>YouTube" read as two words, not "controlMeditation".  An
    empty element inside a word in small letters ("foo<span></span>bar") is left alone.  Given
    the page's ``markup``, a page without such an element in it is not walked (most pages: the
    walk costs half a millisecond).  Returns how many were changed."""
    if markup is not None and _EMPTY_BEFORE_CAPITAL.search(markup) is None:
        return 0
    changed = 0
    for element in _EMPTY_INLINE(tree):
        tail = element.tail or ""
        if not tail[:1].isupper():
            continue
        before = _text_before(element)
        if before and _WORD_END.search(before):
            element.tail = " " + tail
            changed += 1
    return changed


def _text_before(element: Any) -> str:
    """The text right before ``element`` in its parent: the tail of the element before it (or its
    text, when it has no tail), or the parent's own text."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        return (parent.text or "") if parent is not None else ""
    if previous.tail:
        return str(previous.tail)
    if not isinstance(previous.tag, str) or previous.tag in ("script", "style"):
        return ""
    return str(previous.text_content())


def quote_figures_as_text(tree: Any) -> int:
    """Read the quotations set as figures, and who said them, as the story's text: trafilatura
    takes a figure for a picture and drops what it holds but its caption.  A pull quote (its words
    are the story's, in a paragraph of the page) and a carousel's testimonials (some cloned to
    scroll round: a quotation shown twice among figures of one class) stay figures.  Returns how
    many were changed."""
    by_class: dict[str, list[Any]] = {}
    for figure in tree.iter("figure"):
        if is_quotation(figure):
            by_class.setdefault(figure.get("class") or "", []).append(figure)
    if not by_class:
        return 0
    paragraphs = _squashed(" ".join(p.text_content() for p in tree.iter("p") if not _IN_FIGURE(p)))
    changed = 0
    for figures in by_class.values():
        texts = [" ".join(figure.text_content().split()) for figure in figures]
        if len(set(texts)) < len(texts):
            continue
        for figure in figures:
            quoted = _squashed(" ".join(q.text_content() for q in figure.iter("blockquote")))
            if len(quoted) >= MIN_PULL_QUOTE_CHARS and quoted in paragraphs:
                continue
            figure.tag = "div"
            for caption in figure.iter("figcaption"):
                caption.tag = "p"  # who said it, not what a picture shows
            changed += 1
    return changed


_IN_FIGURE = etree.XPath("boolean(ancestor::figure)")
# A pull quote repeats at least this much of a paragraph (a word or two proves nothing)
MIN_PULL_QUOTE_CHARS = 20


def _squashed(text: str) -> str:
    """The words of ``text`` folded and run together: quotation marks and spacing differ between
    a paragraph and the pull quote taken from it."""
    return fold(text).replace(" ", "")


# An element holding this share of the words of the page's <p> elements is its main column: a
# sidebar holds links, teasers and widgets, not most of the page's paragraphs
MAIN_COLUMN_SHARE = 0.5
# ... when they hold this many: a few sentences in <p> elements say nothing of the layout
MIN_COLUMN_WORDS = 100
# A layout has few columns: the candidates past these are not weighed (each is a walk of its
# paragraphs, and a page may nest hundreds of them)
MAX_COLUMN_CANDIDATES = 40
# The elements trafilatura's class and id rules prune (its HTML tags and the ones it reads them as)
_PRUNED_TAGS = frozenset({"div", "section", "span", "p", "ul", "ol", "dl", "li", "dd", "dt"})

# (element, the class and id it is read with: None for none), for :func:`_renamed`
_Renaming = list[tuple[Any, str | None, str | None]]


def _main_columns(elements: Iterable[Any], paragraph_words: int) -> list[Any]:
    """Those of ``elements`` (the first :data:`MAX_COLUMN_CANDIDATES`, in document order) that
    hold at least :data:`MAIN_COLUMN_SHARE` of the page's ``paragraph_words`` (the words of its
    ``<p>`` elements)."""
    if paragraph_words < MIN_COLUMN_WORDS:
        return []
    need = MAIN_COLUMN_SHARE * paragraph_words
    words_of: dict[Any, int] = {}  # each paragraph counted once, however many candidates hold it
    short: set[Any] = set()
    columns = []
    for element in islice(elements, MAX_COLUMN_CANDIDATES):
        if any(a in short for a in element.iterancestors()):
            continue  # inside a candidate that holds too few: so does it
        held = 0
        for p in element.iter("p"):
            if p not in words_of:
                words_of[p] = word_count(p.text_content())
            held += words_of[p]
        if held >= need:
            columns.append(element)
        else:
            short.add(element)
    return columns


@contextmanager
def _renamed(renaming: _Renaming) -> Iterator[int]:
    """Each element read with the class and id given, and its own given back after; yields how
    many elements were renamed."""
    own = [(element, element.get("class"), element.get("id")) for element, _, _ in renaming]
    for element, classes, ident in renaming:
        _set_names(element, classes, ident)
    try:
        yield len(renaming)
    finally:
        for element, classes, ident in own:
            _set_names(element, classes, ident)


def _set_names(element: Any, classes: str | None, ident: str | None) -> None:
    for name, value in (("class", classes), ("id", ident)):
        if value is None:
            element.attrib.pop(name, None)
        else:
            element.set(name, value)


def _names_a_sidebar(word: str) -> bool:
    """Whether trafilatura's rules prune an element for this class word naming a sidebar: they
    look for "bar" in a class, "sidebar" in an id, as written ("SIDEBAR" is not pruned)."""
    return "bar" in word and "sidebar" in word.lower()


def sidebar_names_hidden(named: Iterable[Any], paragraph_words: int) -> AbstractContextManager[int]:
    """While trafilatura reads the page, those of the ``named`` elements (those whose class or id
    holds "bar", in any case; only those naming a sidebar are weighed) that hold at least
    :data:`MAIN_COLUMN_SHARE` of the page's ``paragraph_words`` (the words of its ``<p>``
    elements) lose the class words and the id for which trafilatura would prune them; they are
    given back after.  The context yields how many elements were changed.

    A page's layout names its columns after the sidebar beside the story ("has-sidebar",
    "sidebar-layout", "c-layout-sidebar-left"), and trafilatura prunes the ``<div>``, ``<section>``
    or list whose class holds "bar" or whose id holds "sidebar": the story's own column with it.
    Other class words are left to this first reading: a footer or a widget holding most paragraphs
    is as often the page's furniture as its story (see :func:`discarded_columns_unnamed`)."""
    renamed = {element: names for element in named if (names := _without_sidebar_names(element)) is not None}
    return _renamed([(element, *renamed[element]) for element in _main_columns(renamed, paragraph_words)])


def _without_sidebar_names(element: Any) -> tuple[str | None, str | None] | None:
    """The class and id ``element`` is read with once the names for which trafilatura would prune
    it as a sidebar are gone, or None when it has none (or is an element trafilatura keeps)."""
    if element.tag not in _PRUNED_TAGS:
        return None
    classes, ident = element.get("class"), element.get("id")
    words = (classes or "").split()
    kept = [w for w in words if not _names_a_sidebar(w)]
    sidebar_id = ident is not None and "sidebar" in ident
    if len(kept) == len(words) and not sidebar_id:
        return None
    return (None if classes is None else " ".join(kept)), (None if sidebar_id else ident)


# "bar" where trafilatura's class rules look for a bar (a sidebar, a navbar, a toolbar): at the start
# of a longer word ("bard", a CMS's rich-text field; "barlow", a typeface; "barefoot", a shop's
# category) it names no bar, and the rule prunes what it stands on (a story's sections).  A bar
# still: "bar" after a letter ("navbar", "embark"), alone or as "bars", and before r, c or g
# ("barra-lateral", "barre-outils": a sidebar, a toolbar; "barchart", "barcode", "bargraph")
_A_BAR = re.compile(r"(?<=[^\W\d_])bar|bars?(?![a-z])|bar(?=[rcg])")


def _names_no_bar(word: str) -> bool:
    """Whether trafilatura's "bar" finds ``word`` only where it starts a longer word."""
    return "bar" in word and _A_BAR.search(word) is None


def bar_words_hidden(named: Iterable[Any]) -> AbstractContextManager[int]:
    """While trafilatura reads the page, those of the ``named`` elements (those whose class or id
    holds "bar", in any case) have "bar" written "baR" in each class word in which it only starts
    a longer word (:func:`_names_no_bar`): trafilatura's class rules tell the case, and the rest
    of the word ("bard-article-body") still says what it says.  The words are given back after;
    the context yields how many elements were changed."""
    renaming: _Renaming = []
    for element in named:
        if element.tag not in _PRUNED_TAGS or not (classes := element.get("class")):
            continue
        words = classes.split()
        read_as = [w.replace("bar", "baR") if _names_no_bar(w) else w for w in words]
        if read_as != words:
            renaming.append((element, " ".join(read_as), element.get("id")))
    return _renamed(renaming)


def discarded_columns_unnamed(tree: Any, paragraph_words: int) -> AbstractContextManager[int]:
    """While trafilatura reads ``tree`` again, the elements that its class and id rules discard
    (``OVERALL_DISCARD_XPATH``: "footer", "embed", "widget", "related" ...) but that hold at least
    :data:`MAIN_COLUMN_SHARE` of the page's ``paragraph_words`` lose their class and id; they are
    given back after.  For a reading that missed the page's main column, named as furniture
    ("page1-footer", a site builder's "w-embed"); the context yields how many elements lost them
    (none when trafilatura no longer has those rules, or prunes those elements for their role)."""
    named = (e for e in discarded_by_names(tree) if e.get("class") is not None or e.get("id") is not None)
    return _renamed([(element, None, None) for element in _main_columns(named, paragraph_words)])


def discarded_by_names(root: Any) -> list[Any]:
    """The elements under ``root`` that trafilatura's class and id rules discard
    (``OVERALL_DISCARD_XPATH``), in document order; none with a trafilatura without those rules."""
    try:
        from trafilatura.xpaths import OVERALL_DISCARD_XPATH
    except ImportError:
        return []
    return list(OVERALL_DISCARD_XPATH[0](root)) if OVERALL_DISCARD_XPATH else []


# A disclosure widget's opened text is read as the page's own when it holds this many words ...
MIN_DISCLOSED_WORDS = 20
# ... at most this share of them in links (a menu or a table of contents folded away is links) ...
MAX_DISCLOSED_LINK_SHARE = 0.3
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")  # ... and a sentence of prose among them


def _discloses_prose(details: Any) -> bool:
    opened = [child for child in details if isinstance(child.tag, str) and child.tag != "summary"]
    # each child's text apart: blocks written without spaces between them stay apart
    text = " ".join([details.text or "", *(f"{c.text_content()} {c.tail or ''}" for c in opened)])
    words = word_count(text)
    if words < MIN_DISCLOSED_WORDS:
        return False
    in_links = sum(word_count(a.text_content()) for child in opened for a in child.iter("a"))
    if in_links > MAX_DISCLOSED_LINK_SHARE * words:
        return False
    return any(is_prose(sentence) for sentence in _SENTENCE_END.split(" ".join(text.split())))


def disclosures_unnamed(tree: Any) -> AbstractContextManager[int]:
    """While trafilatura reads ``tree``, each outermost ``<details>`` element whose opened text is
    prose (:func:`_discloses_prose`) loses its class and id, and so does every element inside it
    that trafilatura's class and id rules would discard (a widget inside it too); they are given
    back after.  The context yields how many elements lost them.

    A page folds its FAQ's answers, a section or a note into disclosure widgets named for what
    they do ("expandable", "collapsible"), and trafilatura's class rules discard "expand" with the
    pop-ups and menus they were written for.  The widget's own names describe the widget, not its
    place, so only they and the ones inside it are dropped: a widget inside a cookie banner or a
    footer is still pruned with it, and a folded menu (links) or a label keeps its names.  A
    widget inside another is the outer one's (the outer one holds its text): each element is
    weighed once, however deep they nest."""
    renaming: _Renaming = []
    for details in tree.iter("details"):
        if any(a.tag == "details" for a in details.iterancestors()) or not _discloses_prose(details):
            continue
        # the widgets (trafilatura reads each as a <div>) and what its rules discard inside them
        for element in dict.fromkeys([*details.iter("details"), *discarded_by_names(details)]):
            if element.get("class") is not None or element.get("id") is not None:
                renaming.append((element, None, None))
    return _renamed(renaming)
