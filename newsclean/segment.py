"""Plain text to blocks: lines and blank lines, with scraped fragments joined back together.

A scraper that saves one line per text node splits a paragraph wherever it held a link or an
emphasis: ``He told`` / ``Reuters`` / ``, adding that...``.  A line is joined to the one before it
when that one does not end a sentence and the new line plainly continues it (it starts in lower
case or with punctuation, or the line before ends on a word that cannot end a sentence), and so
is a short line that a line plainly continuing the sentence follows (a link's words inside it).
Lines hard-wrapped at a fixed width are joined the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Block
from .people import looks_like_name, strip_by
from .textshape import TITLE_SEPARATORS, ends_sentence, is_blank, is_headline_like

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_CONTINUES = re.compile(r"^[a-zà-öø-ÿ,.;:!?)\]}’”%]|^[-–—] ?[a-z]|^['’](?:s|re|ve|ll|d)\b")
# A line ending in one of these was cut mid-sentence: a comma, an opening bracket, a dash.
_OPEN_END = re.compile(r"(?:,|\(|\s[-–—])$")
_DASHES = "-–—"
_BULLET = re.compile(r"^(?:[-•*–·▪●◦]\s+|\(?\d{1,2}[.)]\s+)")
# Words after which a sentence cannot end: articles, prepositions, conjunctions.
_DANGLING = frozenset(
    "a an the of to in on at by for from with and or but as that than into onto about over under "
    "between der die das des dem den ein eine und oder von zu mit le la les des du de et ou à au aux "
    "el los las y o del al con por para en il lo gli e di da".split()
)
# Words that never end a sentence nor a button label ("Log in", "Sign up", "Powered by" do):
# a line of any length ending on one was cut before a link ("Harvard and" / "Stanford offer ...").
_ALWAYS_DANGLING = frozenset(
    "a an the and or but of our their his her its my your these those whose including "
    "der die das des dem den ein eine und oder le la les des du et ou el los las y o e di del".split()
)
_BY_ALONE = re.compile(
    r"^(?:(?:written |posted |reported |words |text |article |story )?by|von|par|por|door|di|author)\s*:?$",
    re.IGNORECASE,
)
_CLOSING = ",.;:!?)]}’”%"  # a line opening with one goes on the line before, unspaced
MAX_TITLE_LINE_CHARS = 300  # a page's title line is no longer than this
_WRAP_WIDTH = 60
_MAX_WRAP_WIDTH = 100
_MIN_DANGLING_LINE = 40  # shorter lines ending on "in" are buttons ("Log in"), not cut sentences
# "and" / "John Roe": the next name of a byline, in the languages bylines are split in
_NAMES_GO_ON = frozenset("and & et und y e en og och".split())
# Words a "by" belongs to: the irregular participles ("taken by", "written by") and a credit's
# nouns ("Photo by", "Illustration by": the picture's author, not the story's)
_TAKES_BY = frozenset(
    """written taken made drawn shot given brought built run done seen known driven held chosen
    photo photos photograph photography image images picture illustration illustrations video
    graphic graphics art artwork design map chart cover interview song music film""".split()
)
TAKES_BY_REACH = 3  # "brought to you" / "by"
MAX_DATE_LINE_WORDS = 4  # "March 4, 2025", "Dec. 19, 2025": a date line over a lone "by"
MAX_BUTTON_WORDS = 2  # "Tweet", "Share this": a line this short over a lone "by" is no sentence's start
MAX_LINK_WORDS = 6  # a link's words inside a sentence: a name, a term
MIN_CUT_WORDS = 3  # ... after a line this long, cut mid-sentence (a byline's "By" / "Jane Doe" is not)
MIN_HEADING_WORDS_BEFORE_NAME = 8  # a shorter line alone over a name is a heading over its author
_OPENING = "([\"'“‘"


def _raw_lines(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(line number, start, end, stripped text) of every line, blank ones included."""
    if "\r" not in text:
        # lines end at "\n" alone: cut by str.split, the same lines as _LINE finds
        start, size = 0, len(text)
        for number, raw in enumerate(text.split("\n"), start=1):
            if start == size and not raw:
                break  # the text ends with a line break (or is empty): no line after it
            stripped = _visible(raw.strip())
            lead = len(raw) - len(raw.lstrip())
            yield number, start + lead, start + lead + len(stripped), stripped
            start += len(raw) + 1
        return
    yield from _lines_by_pattern(text)


def _lines_by_pattern(text: str) -> Iterator[tuple[int, int, int, str]]:
    """What :func:`_raw_lines` gives, read with ``_LINE`` (any line ending: "\r\n", "\r", "\n")."""
    for number, m in enumerate(_LINE.finditer(text), start=1):
        if m.start() == len(text) and not m.group():
            break
        raw = m.group().rstrip("\r\n")
        lead = len(raw) - len(raw.lstrip())
        stripped = _visible(raw.strip())
        yield number, m.start() + lead, m.start() + lead + len(stripped), stripped


def _visible(stripped: str) -> str:
    """A line's stripped text, or "" for a line of joiners alone (a blank line to the reader)."""
    return "" if stripped and is_blank(stripped) else stripped


def _joins(prev: str, line: str, wrap_width: int) -> bool:
    if _BY_ALONE.match(prev):
        return True  # "By" / "Jane Doe": a byline whose name was a link
    if _BY_ALONE.match(line) and (line[0].isupper() or is_headline_like(prev)):
        # "Ten Trends to Watch" / "by" / "Jane Doe": a byline under the headline starts here;
        # "The study was led" / "by" / "Jane Doe" goes on
        return False
    if not prev or ends_sentence(prev) or _BULLET.match(line) or strip_by(line) is not None:
        return False
    if _CONTINUES.match(line) or _open_end(prev):
        return True
    last = _dangling_word(prev)
    if last in _ALWAYS_DANGLING or (last in _DANGLING and len(prev) >= _MIN_DANGLING_LINE):
        return True  # a fragment cut before a link: "... according to" / "Reuters"
    # a line cut at a fixed width, mid-sentence
    return bool(wrap_width) and len(prev) >= 0.7 * wrap_width and not is_headline_like(prev)


def _link_in_sentence(prev: str, opens_block: bool, line: str, nxt: str) -> bool:
    """Whether ``line`` is a link's words inside a sentence that runs on after it: "... with the
    president-elect Jair" / "Bolsonaro" / ", the coach said ...".  The line before, ``prev`` (the
    first of its block when ``opens_block``), is cut mid-sentence (not a headline, no closing
    stop), ``line`` opens on a capital, a figure or a bracket (a name, a term, a reference), and the
    line after, ``nxt``, plainly continues (the caller's test: ``_CONTINUES`` matches it).

    Not a list of links, whose lines after each link end alike ("Addiction (16)" / "items in
    category" / "ADHD (3)" / "item in category"); not a name under a short heading, the author's
    over the time ("Council votes on the flood plan" / "Jane Doe" / "updated 3 hours ago"); and
    not a label before a dash ("Weather" / "- live updates")."""
    prev_words = prev.split()
    return (
        nxt[0] not in _DASHES
        and nxt.split()[-2:] != prev_words[-2:]
        and (line[0].isupper() or line[0].isdigit() or line[0] in _OPENING)
        and len(line.split()) <= MAX_LINK_WORDS
        and len(prev_words) >= MIN_CUT_WORDS
        and not ends_sentence(prev)
        and not ends_sentence(line)
        and not is_headline_like(prev)
        and not (opens_block and len(prev_words) < MIN_HEADING_WORDS_BEFORE_NAME and looks_like_name(line))
        and _BULLET.match(line) is None
        and strip_by(line) is None
    )


def _byline_opens(block: list[tuple[int, int, int, str]], lines: list[tuple[int, int, int, str]], at: int) -> bool:
    """Whether the lone English "by" of ``lines[at]`` opens a byline rather than going on with
    the ``block`` of lines before it.  A name follows it; the block does not end on a word that
    takes the "by" (a participle, "Medically reviewed" / "by"; a credit's noun, "Photo" / "by");
    and the block is no sentence's start (a button's word or two over a bare "by", "Tweet" /
    "by" / "Jane Doe"; a date, "March 4, 2025") or no sentence runs on after the name ("How the
    cloud is shaping AI" / "by" / "Jane Doe" / "Share"; "The study was led" / "by" / "Jane Doe"
    / ", a professor at ..." goes on)."""
    lead = lines[at][3].lower()
    nxt = lines[at + 1][3] if at + 1 < len(lines) else ""
    if not lead.rstrip(" :").endswith("by") or not nxt or not looks_like_name(nxt):
        return False
    last_words = block[-1][3].split()
    last = last_words[-1].lower()
    # "Medically reviewed", "brought to you": the participle a few words back takes the "by"
    # (in lower case: "An ASE-Certified Mechanic" is a headline's words)
    if any((w.islower() and w.endswith("ed")) or w.lower() in _TAKES_BY for w in last_words[-TAKES_BY_REACH:]):
        return False
    one_line = len(block) == 1
    if one_line and lead == "by" and len(last_words) <= MAX_BUTTON_WORDS:
        return True
    if one_line and len(last_words) <= MAX_DATE_LINE_WORDS and last[-1].isdigit():
        return True
    after = lines[at + 2][3] if at + 2 < len(lines) else ""
    return not after or _CONTINUES.match(after) is None


def _goes_on_byline(line: str) -> bool:
    """Whether ``line`` goes on with a byline made of a lone "by" and a name: a role or an agency
    after a comma, another name ("and" / "John Roe"), or lower-case words ("in Paris", "for
    Reuters", "on 4 August 2021"), not a label ("average reading time:")."""
    return (
        line[:1] in _CLOSING
        or line.split(None, 1)[0].lower() in _NAMES_GO_ON
        or (_CONTINUES.match(line) is not None and not line.endswith(":"))
    )


def _cut(line: str) -> bool:
    """Whether ``line`` stops mid-sentence, before a link: on a comma, a bracket or a dash, or on
    a word no sentence ends on."""
    return _open_end(line) or _dangling_word(line) in _ALWAYS_DANGLING


def _dangling_word(line: str) -> str:
    """The line's last word, lower-cased, as an article or a conjunction may end a line cut
    before a link ("Harvard and", "She told The"); "" for a capital letter alone or two ("10:32 AM
    ET", "Serie A", "Vitamin E"), which is a time zone's, a league's or a vitamin's, and for a
    capitalised word ending a headline."""
    last = line.rsplit(None, 1)[-1]
    word = last.lower()
    if (
        last[:1].isupper()
        and (word in _ALWAYS_DANGLING or word in _DANGLING)  # the headline test only where it counts
        and ((len(last) <= 2 and last.isupper()) or is_headline_like(line))
    ):
        return ""  # nor a Title Case headline's "About" ("The Problem Nobody Is Talking About")
    return word


def _open_end(line: str) -> bool:
    """What ``_OPEN_END.search(line)`` says of a line without a line break, from its last two
    characters (the pattern is tried at every position of the line)."""
    return line.endswith((",", "(")) or (line[-1:] in _DASHES and line[-2:-1].isspace())


def _wrap_width(lines: list[str]) -> int:
    """The width the text is hard-wrapped at, or 0 when its lines are not wrapped.

    Wrapped text has no long lines and most of its lines close to the longest one.
    """
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 5:
        return 0
    width = max(lengths)
    if width > _MAX_WRAP_WIDTH or width < _WRAP_WIDTH:
        return 0
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return width if near >= 0.5 * len(lengths) else 0


def _title_forms(first: str) -> frozenset[str]:
    """The text's first line and its leading parts ("Headline", "Headline | Section" of
    "Headline | Section | Site"), of two words or more: a saved page opens with its title, and the
    line further down that repeats it is the headline."""
    if len(first) > MAX_TITLE_LINE_CHARS:
        return frozenset()  # a paragraph or a one-line text, not a page's title
    forms = {first[: m.start()] for m in TITLE_SEPARATORS.finditer(first)} | {first}
    return frozenset(form for form in forms if len(form.split()) >= 2)


def segment_text(text: str) -> list[Block]:
    """Split plain text into blocks in reading order.

    A line that repeats the text's title line stands alone: the headline is not glued to the
    menu's last word ("Sign in" / "what is once sprung...") nor the breadcrumb under it.
    """
    blocks: list[Block] = []
    cur: list[tuple[int, int, int, str]] = []

    def flush() -> None:
        if not cur:
            return
        joined = cur[0][3]
        for _, _, _, part in cur[1:]:
            glue = "" if part[:1] in _CLOSING or joined.endswith(("-", "(", "“", "‘")) else " "
            joined = joined + glue + part
        tag = "li" if _BULLET.match(joined) else "p"
        blocks.append(Block(len(blocks), joined, cur[0][0], cur[0][1], cur[-1][2], tag))
        cur.clear()

    lines = list(_raw_lines(text))
    wrap_width = _wrap_width([line for _, _, _, line in lines])
    first_number, first = next(((number, line) for number, _, _, line in lines if line), (0, ""))
    # (in hard-wrapped text a line that matches it is a paragraph's first line)
    headline = frozenset() if wrap_width else _title_forms(first)
    after_headline = False  # the line before was the headline: only a plain continuation joins it
    for at, (number, start, end, line) in enumerate(lines):
        if not line:
            flush()
            after_headline = False
            continue
        if line in headline and number != first_number:
            # the headline stands alone, unless a sentence runs through it as a link ("... the
            # middleman," / "Klatch Coffee" / "company is always ...")
            joins = bool(cur) and _cut(cur[-1][3])
            after_headline = not joins
        elif after_headline:
            # a closing quote or a stop, not the breadcrumb's "Home" nor the byline under it
            joins = line[:1] in _CLOSING
            after_headline = False
        else:
            joins = bool(cur) and (
                _joins(cur[-1][3], line, wrap_width)
                or (
                    at + 1 < len(lines)
                    and _CONTINUES.match(lines[at + 1][3]) is not None  # (most lines: no further test)
                    and _link_in_sentence(cur[-1][3], len(cur) == 1, line, lines[at + 1][3])
                )
            )
            if joins and _BY_ALONE.match(line) and _byline_opens(cur, lines, at):
                joins = False  # "Tweet" / "by" / "Jane Doe": the lone "by" opens a byline
        if (
            joins
            and len(cur) == 2
            and _BY_ALONE.match(cur[0][3])
            and looks_like_name(cur[1][3])
            and not _goes_on_byline(line)
        ):
            joins = False  # "Written by" / "Jane Doe" / "average reading time:": the byline ends
        if not joins:
            flush()
        cur.append((number, start, end, line))
    flush()
    return blocks
