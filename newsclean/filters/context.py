"""Filters that decide by a block's neighbours and place rather than by its words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import attrs

from ..kinds import Kind
from ..page import Decision, Page
from ..people import looks_like_name, looks_like_organisation, normalise_name
from ..textshape import ends_sentence, fold, is_headline_like, is_prose, word_count
from ..vocab import phrases

MIN_CONTAINED_WORDS = 6
# A run of blocks repeated right after itself holds at least this many blocks and words: shorter
# repeats are meant (a refrain, a recipe's two steps done twice, a workout's round, "1 week ago")
MIN_REPEATED_RUN_BLOCKS = 3
MIN_REPEATED_RUN_WORDS = 40
# "— Mayor Denise Holloway": a dash and a few words, the speaker a pull quote is credited to
_ATTRIBUTION = re.compile(
    r"^\s*[—–-]{1,2}\s*\S(?:\S*\s*){0,9}$"
)  # a shorter block inside a paragraph is not a pull quote, just common words


def _same_run(texts: list[str], i: int, run: int, differs: dict[int, int]) -> bool:
    """Whether ``texts[i : i + run]`` repeats the ``run`` texts before it; where not, the first
    place it differs is kept in ``differs`` under ``run``."""
    for k in range(i, i + run):
        if texts[k] != texts[k - run]:
            differs[run] = k
            return False
    return True


class _RunSums:
    """Prefix sums over a page's kept blocks: a run's words, table rows and list items at once."""

    def __init__(self, page: Page, kept: list[int], texts: list[str]) -> None:
        html = page.input_type == "html"
        self.words, self.tables, self.items = [0], [0], [0]
        for k, text in zip(kept, texts, strict=True):
            tag = page.blocks[k].tag if html else ""
            self.words.append(self.words[-1] + word_count(text))
            self.tables.append(self.tables[-1] + (tag == "table"))
            self.items.append(self.items[-1] + (tag == "li"))

    def may_repeat(self, start: int, end: int) -> bool:
        """Whether the run ``start:end`` is long enough to be a story shown again, and holds no
        table row (a table's rows repeat from one table to the next) and not only list items."""
        return (
            self.words[end] - self.words[start] >= MIN_REPEATED_RUN_WORDS
            and self.tables[end] == self.tables[start]
            and self.items[end] - self.items[start] < end - start
        )


@attrs.frozen
class DuplicateFilter:
    """Repeats: a block equal to an earlier one, or a pull quote repeating part of a paragraph.

    Outside the body, a repeat is page furniture seen twice (a byline above and below the photo,
    a menu in the header and the footer).  Inside the body, repeated labels belong to the article
    ("Plan to spend:" under each product, "Key results" under each case study): there only a
    run of blocks shown again right after itself (a story rendered twice), a block repeated right
    after itself in plain text, or a pull quote, is removed.
    """

    name: str = "duplicate"

    def __call__(self, page: Page) -> Iterator[Decision]:
        region = page.body
        first_seen: dict[str, int] = {}
        folded = [fold(page.text_of(b.index)) for b in page.blocks]
        for block in page.blocks:
            f = folded[block.index]
            if not f:
                continue
            if f not in first_seen:
                first_seen[f] = block.index
                continue
            adjacent = folded[block.index - 1] == f and page.input_type != "html"
            if block.tag == "table" and page.input_type == "html":
                continue  # a table's header row and cells repeat in each table: its structure
            if not page.is_decided(block.index) and (adjacent or block.index not in region):
                original = page.blocks[first_seen[f]]
                yield Decision(block.index, Kind.DUPLICATE, f"repeats line {original.line}")
        yield from self._repeated_runs(page, folded)
        if page.input_type != "html":
            yield from self._pull_quotes(page, folded)

    @staticmethod
    def _repeated_runs(page: Page, folded: list[str]) -> Iterator[Decision]:
        """Blocks that show again, in the same order, the kept blocks from the last copy of the
        first of them on: a page that renders its story twice (for a phone's layout and a
        desktop's), a carousel's cloned slides, a post quoted right under itself.  Inside the body
        as well as outside it; blocks already ruled out (a newsletter box after one copy only) do
        not break a run.  A short run (a recipe's two steps done twice, a chorus) and, in HTML,
        a run of list items only or one holding a table's rows stay: those repeat on purpose."""
        kept = [b.index for b in page.undecided() if folded[b.index]]
        texts = [folded[k] for k in kept]
        n = len(kept)
        # run length -> a place where the copy that far back differs: later tries of that length
        # spanning it fail without a comparison (near copies would make the search quadratic)
        differs: dict[int, int] = {}
        last_seen: dict[str, int] = {}
        sums: _RunSums | None = None
        i = 0
        while i < n:
            j = last_seen.get(texts[i])
            run = i - j if j is not None else 0
            end = i + run
            repeated = False
            if run >= MIN_REPEATED_RUN_BLOCKS and end <= n:
                sums = sums or _RunSums(page, kept, texts)  # counted at need: most pages have no run
                repeated = (
                    sums.may_repeat(i, end)
                    and not i <= differs.get(run, -1) < end
                    and _same_run(texts, i, run, differs)
                )
            if not repeated:
                last_seen[texts[i]] = i
                i += 1
                continue
            first, last = page.blocks[kept[i - run]].line, page.blocks[kept[i - 1]].line
            for k in range(i, end):
                yield Decision(kept[k], Kind.DUPLICATE, f"repeats lines {first}-{last}, right above it")
                last_seen[texts[k]] = k  # a third copy repeats the second
            i = end

    @staticmethod
    def _pull_quotes(page: Page, folded: list[str]) -> Iterator[Decision]:
        long_blocks = [b.index for b in page.undecided() if len(folded[b.index]) > 100]
        # one search in all the long blocks at once; the loop below only runs on a hit
        haystack = "\n".join(f" {folded[j]} " for j in long_blocks)
        # how many long blocks hold each word: a block is in a long block other than itself only
        # if each of its words is in one (a set lookup a word, before the search of the haystack)
        holders: Counter[str] = Counter()
        for j in long_blocks:
            holders.update(set(folded[j].split()))
        for block in list(page.undecided()):
            f = folded[block.index]
            tokens = f.split()
            if len(tokens) < MIN_CONTAINED_WORDS or len(f) > 400:
                continue
            own = 1 if len(f) > 100 else 0  # a long block finds itself in the haystack
            if any(holders[w] <= own for w in tokens):
                continue  # some word is in no other long block: the search below would find none
            if haystack.count(f" {f} ") <= own:
                continue
            for j in long_blocks:
                # a pull quote repeats a paragraph above it; a short line that a later paragraph
                # spells out is the article's summary or its list of contents
                if j < block.index and len(folded[j]) > len(f) and f" {f} " in f" {folded[j]} ":
                    yield Decision(
                        block.index, Kind.DUPLICATE, f"pull quote: repeats words of line {page.blocks[j].line}"
                    )
                    after = block.index + 1
                    if after < len(page.blocks) and _ATTRIBUTION.match(page.text_of(after)):
                        yield Decision(after, Kind.DUPLICATE, "the attribution of the pull quote above")
                    break


@attrs.frozen
class OutsideBodyFilter:
    """Blocks outside the article's body region.

    After the body, headline-shaped lines and stray sentences are teasers of other stories; before
    it, short lines are menus.  With HTML, the extractor has already chosen the main content, so
    only blocks that do not read as prose are removed here.
    """

    name: str = "outside_body"
    menu_words: int = 3

    def __call__(self, page: Page) -> Iterator[Decision]:
        region = page.body
        html = page.input_type == "html"
        labels_above = self._labels_above_title(page) if html else set()
        labels_below = self._labels_at_the_end(page) if html else set()
        for block in list(page.undecided()):
            i = block.index
            if i in labels_above:
                yield Decision(i, Kind.NAVIGATION, "label above the headline: a section name, kicker or menu")
                continue
            if i in labels_below:
                yield Decision(
                    i, Kind.NAVIGATION, "label after the article's end, heading nothing: a menu or a box's name"
                )
                continue
            if i in region or page.input_type == "html":
                continue  # extracted HTML: the extractor chose the content, boxes are labelled
            text = page.text_of(i)
            n = word_count(text)
            where = "after" if i > region.last else "before"
            if where == "after" and (is_headline_like(text) or ends_sentence(text) or n > self.menu_words):
                yield Decision(i, Kind.TEASER, "after the article's end: a headline or teaser of another story")
            elif n <= self.menu_words:
                yield Decision(i, Kind.NAVIGATION, f"short line {where} the article's body: a menu or label")
            elif is_headline_like(text):
                yield Decision(i, Kind.TEASER, f"headline-shaped line {where} the article's body")
            else:
                yield Decision(i, Kind.BOILERPLATE, f"{where} the article's body region")

    @staticmethod
    def _labels_above_title(page: Page) -> set[int]:
        """In extracted HTML, the short lines above the headline (kicker, breadcrumb, menu).

        Only when every line above it is short: prose above the "headline" means the match is a
        repeat of the title further down, not the top of the article.
        """
        title_at = next((i for i, (_, d) in page.decisions.items() if d.kind is Kind.TITLE), -1)
        above = [i for i in range(title_at) if not page.is_decided(i)]
        if all(word_count(page.text_of(i)) <= MAX_LABEL_WORDS for i in above):
            return set(above)
        return set()

    @staticmethod
    def _labels_at_the_end(page: Page) -> set[int]:
        """In extracted HTML, the short lines that end the page after the body region's last
        block, with nothing but other such lines under them, next to a block the filters removed:
        the name of a box whose links went ("Related Posts", "Blog Index"), a menu's last items."""
        region = page.body
        found: set[int] = set()
        for block in reversed(list(page.undecided())):
            i = block.index
            if i <= region.last:
                break
            text = page.text_of(i)
            if (
                word_count(text) > MAX_END_LABEL_WORDS
                or ends_sentence(text)
                or any(c.isdigit() for c in text)
                or text.lstrip().startswith(_SIGN_OFF_DASHES)  # "— JS": the writer's initials
            ):
                return set()
            found.add(i)
        # a box's or a menu's name stands by what the filters removed from it; a short line with
        # nothing removed around it is the article's own last line ("Grüße", "Stay safe")
        if not any(page.is_decided(j) for i in found for j in (i - 1, i + 1)):
            return set()
        return found


MAX_LABEL_WORDS = 5  # a kicker or menu item above the headline
MAX_END_LABEL_WORDS = 3  # a box's name or a menu item after the article's end
_SIGN_OFF_DASHES = ("—", "–", "-", "~")


_BIO_SUBJECT = re.compile(phrases.BIO_SUBJECT, re.IGNORECASE)
MAX_BIO_WORDS = 100  # an author box's blurb: a few sentences
BIO_REACH = 3  # the name's own line stands this close to the blurb
MAX_NAME_LINE_WORDS = 8  # "Jane Doe", "View all posts by Jane Doe"
MAX_ROLE_WORDS = 5  # "Contributing Writer", "Founder and CEO" between the name and the blurb
NAME_IN_FIRST_WORDS = 12  # the blurb names its subject this early ("I'm Jane, a ...", "With ten years at ..., Doe")
MAX_PROSE_AFTER_BIO = 60  # words of prose the article may still hold after an author box at its end
MAX_END_BIO_WORDS = 160  # a paragraph of the author's biography at the article's end
_PRONOUNS = frozenset({"He", "She", "They", "His", "Her", "Their"})
_POSSESSIVE = re.compile(r"['’]s$")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "the US"
# What a biography says: a trade, a title, years of experience, where the person lives
_BIO_CUE = re.compile(phrases.BIO_CUE, re.IGNORECASE)
_FIRST_PERSON = re.compile(r"^\W*(?:(?:hi|hello)(?: there)?[,!.]?\s*)?(?:i'm|i’m|i am|my name is)\b", re.IGNORECASE)


@attrs.frozen
class AuthorBoxFilter:
    """An author box: a blurb about someone next to a line that gives the name on its own.

    Anywhere on the page, a blurb that says who someone is ("Jane Doe is a gear editor at ...")
    beside a line holding the same name ("Jane Doe", "View all posts by Jane Doe").  At the end of
    an article in plain text, a name alone on its line, perhaps a role under it ("Contributing Writer"), then a
    paragraph that names the same person in its first words ("I'm Jane, a certified coach ...",
    "Doe has covered ...") and after which the article holds no more prose.

    After the story's last paragraph, with no name line: a blurb that opens with the name of the
    story's own author, as the page declares it or a byline gives it ("Jane Doe is a freelance
    writer ...", "Jane Doe, a former court reporter, ..."), and the paragraphs after it that name
    her again.

    Inside a story the same words introduce the people it is about; then the name does not stand on
    a line of its own beside them, or the story goes on after them.
    """

    name: str = "author_box"

    def __call__(self, page: Page) -> Iterator[Decision]:
        decided: set[int] = set()
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            if word_count(text) > MAX_BIO_WORDS:
                continue
            m = _BIO_SUBJECT.match(text)
            if m and self._name_line_near(page, block.index, fold(m.group("name"))):
                decided.add(block.index)
                yield Decision(block.index, Kind.BYLINE, "an author box: the biography beside the author's name")
        if page.input_type != "html":
            # extracted HTML ends where the extractor saw the article end; what follows its last
            # paragraph there is a product's or a service's own section ("Recycled Content" / "This
            # product contains ..."), not an author box
            yield from self._box_at_end(page, decided)
        yield from self._author_bio_at_end(page, decided)

    @staticmethod
    def _author_bio_at_end(page: Page, decided: set[int]) -> Iterator[Decision]:
        """The story's own author described after its last paragraph: "Jane Doe is a freelance
        writer based in Lisbon.", perhaps over more paragraphs that name her again ("Doe holds an
        MBA ...", "When she's not writing, Jane ...").  The name is one the page gives as the
        author (declared, or on a byline line); another person described there is the story's
        subject, and stays."""
        names = _author_names(page)
        if not names:
            return
        name_parts = {part for name in names for part in name.split() if len(part) > 1}
        region = page.body
        last = len(page.blocks) - 1 if page.input_type == "html" else region.last
        prose_after = 0
        naming: list[int] = []  # blocks after, naming the author again: the biography's next paragraphs
        naming_words = 0
        for i in range(last, region.first - 1, -1):
            if page.is_decided(i) or i in decided:
                continue
            text = page.text_of(i)
            n = word_count(text)
            if n <= MAX_END_BIO_WORDS and any(_describes(text, name) for name in names):
                yield Decision(i, Kind.BYLINE, "the author's biography at the article's end")
                for j in naming:
                    yield Decision(j, Kind.BYLINE, "the author's biography at the article's end, continued")
                naming, naming_words = [], 0
                continue
            if n <= MAX_END_BIO_WORDS and _names_again(text, name_parts):
                naming.append(i)
                naming_words += n
                if naming_words > MAX_END_BIO_WORDS:
                    return
                continue
            if is_prose(text):
                prose_after += n
            if prose_after > MAX_PROSE_AFTER_BIO:
                return

    @staticmethod
    def _name_line_near(page: Page, index: int, name: str) -> bool:
        lo, hi = max(index - BIO_REACH, 0), min(index + BIO_REACH, len(page.blocks) - 1)
        for j in range(lo, hi + 1):
            if j == index:
                continue
            line = page.text_of(j)
            if word_count(line) <= MAX_NAME_LINE_WORDS and name in fold(line):
                return True
        return False

    @staticmethod
    def _box_at_end(page: Page, decided: set[int]) -> Iterator[Decision]:
        region = page.body
        live = [i for i in region.indices() if not page.is_decided(i) and i not in decided]
        prose_after = 0
        # from the article's end back: the author box is what follows its last prose
        for k in range(len(live) - 1, -1, -1):
            i = live[k]
            text = page.text_of(i)
            n = word_count(text)
            if n >= 12 and (name_at := _subject_line(page, live, k)) is not None:
                if prose_after > MAX_PROSE_AFTER_BIO:
                    return
                # the box names the author when no byline above the story does (the metadata
                # takes the first byline in the page's order)
                name = normalise_name(page.text_of(live[name_at]))
                introduced = any(_introduces(page.text_of(b), name) for b in live[name_at + 1 : k + 1])
                for j in live[name_at : k + 1]:
                    what = "name" if j == live[name_at] else "biography" if j == i else "role"
                    data = {"authors": [name]} if what == "name" and introduced else {}
                    yield Decision(
                        j, Kind.BYLINE, f"an author box at the article's end: the author's {what}", data=data
                    )
                return
            if is_prose(text):
                prose_after += n
                if prose_after > MAX_PROSE_AFTER_BIO:
                    return


# After the author's name, the words that start describing the person: "Jane Doe is a ...",
# "Jane Doe, a senior editor, ...", "Jane Doe co-founded ...", "Jane Doe has covered ..."
_DESCRIBED = re.compile(
    r",? (?:is|was|has|had|holds|writes|covers|co-?founded|founded|worked|lives|joined|brings|leads|serves)\b"
    r"|, (?:a|an|the|our|[A-Z])",
)


def _author_names(page: Page) -> list[str]:
    """The names of the story's authors, as the page declares them or its byline lines give them."""
    names = list(page.hints.authors)
    for _, decision in page.decisions.values():
        if decision.kind is Kind.BYLINE:
            names.extend(decision.data.get("authors") or ())
    # a company credited as the author ("Klatch Coffee", "the Recharged Editorial Team") describes
    # itself at the end as the story's own subject
    return [name for name in dict.fromkeys(names) if looks_like_name(name) and not looks_like_organisation(name)]


def _names_again(text: str, name_parts: set[str]) -> bool:
    """True when ``text`` names the person again in its first words ("Doe holds an MBA ..."), or
    opens with a pronoun and says what a biography says ("She has covered ...")."""
    first_words = text.split()[:NAME_IN_FIRST_WORDS]
    if not first_words:
        return False
    if _named_in(first_words, name_parts):
        return True
    return first_words[0] in _PRONOUNS and bool(_BIO_CUE.search(text))


def _named_in(first_words: list[str], name_parts: set[str]) -> bool:
    """Whether one of ``first_words`` is a part of the name ("Doe", "Jane's", "(Jane)")."""
    return any(_POSSESSIVE.sub("", w.strip(".,;:()")) in name_parts for w in first_words)


MIN_FIRST_SENTENCE_CHARS = 30  # a stop before this is an abbreviation's ("Dr. Jane Doe is ...")


def _introduces(blurb: str, name: str) -> bool:
    """Whether an author box's ``blurb`` introduces the person ``name`` (a person's name): in the
    first person ("I'm Jane, ...") or by the name and what the person is ("Jane Doe is a ...",
    "Doe has covered ..."); not a thing's blurb under its name ("Harbour Notes, which is ...")."""
    if not looks_like_name(name) or looks_like_organisation(name):
        return False
    if _FIRST_PERSON.match(blurb):
        return True
    for part in (name, name.split()[-1]):
        if blurb.startswith(part):
            # "Jane Doe is a ...", not "Harbour Summit are the yearly event ..."
            return _DESCRIBED.match(blurb, len(part)) is not None
    # "(Editor / Journalist) – Albert comes from an automotive background": the name among the
    # first words, and what a biography says in the first sentence
    parts = {part for part in name.split() if len(part) > 1}
    stop = blurb.find(". ", MIN_FIRST_SENTENCE_CHARS)  # past "Dr. ", "(Ed. note)"
    first_sentence = blurb if stop < 0 else blurb[:stop]
    return _named_in(blurb.split()[:NAME_IN_FIRST_WORDS], parts) and _BIO_CUE.search(first_sentence) is not None


def _describes(text: str, name: str) -> bool:
    """True when ``text`` opens by describing the person ``name``, named in full ("Jane Doe is a
    ...").  The first name alone is not enough: the story's last paragraphs may be about another
    Jane."""
    # "Klatch Coffee has a 30 year history ... Our website is ...": a company's own words
    return text.startswith(name) and bool(_DESCRIBED.match(text, len(name))) and not _WE.search(text)


def _name_line_above(page: Page, live: list[int], k: int) -> int | None:
    """Position in ``live`` of the name line above the blurb at ``live[k]`` (role lines between)."""
    for back in range(k - 1, max(k - 3, -1), -1):
        text = page.text_of(live[back])
        if live[k] - live[back] > BIO_REACH:
            return None
        name = normalise_name(text)
        if word_count(text) <= 4 and "," not in name and looks_like_name(name):
            return back
        if word_count(text) > MAX_ROLE_WORDS or ends_sentence(text):
            return None
    return None


def _subject_line(page: Page, live: list[int], k: int) -> int | None:
    """Position in ``live`` of the line naming the person the blurb at ``live[k]`` is about, or
    None when it is no biography of the person named just above it."""
    text = page.text_of(live[k])
    if word_count(text) > MAX_BIO_WORDS * 1.5:
        return None
    at = _name_line_above(page, live, k)
    if at is None:
        return None
    parts = [p for p in normalise_name(page.text_of(live[at])).split() if len(p) > 1]
    first_words = text.split()[:NAME_IN_FIRST_WORDS]
    named = any(w.strip(".,;:’'s()") in parts for w in first_words)
    # a subheading repeated by its section's first words looks the same: a role under the name, or
    # the words of a biography, tell the author box
    has_role = at < k - 1
    about = (named or bool(_FIRST_PERSON.match(text))) and (has_role or bool(_BIO_CUE.search(text)))
    return at if about else None
