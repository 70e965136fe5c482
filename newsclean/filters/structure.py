"""Filters for the parts of a story that move to the metadata: headline, deck, byline, captions,
credits, datelines and contributor lines.  Their decisions carry what they found in ``data``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from .._cache import page_memo
from ..agencies import agencies_in, canonical_agency, strip_agencies
from ..kinds import Kind
from ..model import Block
from ..page import Decision, Page
from ..people import is_role_line, is_team, looks_like_name, normalise_name, split_byline, strip_by
from ..textshape import TITLE_SEPARATORS, ends_sentence, fold, is_headline_like, is_prose, word_count, words
from ..vocab import phrases
from .base import BlockJudge

# "7 March 2024 - 14:32", "Published: 7:00am, 15 Mar 2024", "Updated 3 hours ago"
_DATE_LIKE = re.compile(
    r"^\W*(?:published|updated|posted|modified|aktualisiert|publié|mis à jour|actualizado)\b|\b\d{1,2}:\d{2}\b|"
    # a day and a year at most a word apart ("5 March 2025", "2025-03-05"), not a listicle's count
    # and year ("34 Top Photography Trends in 2025")
    r"\b(?:19|20)\d{2}[ ,./-]{1,3}(?:\w+[ ,./-]{1,3})?\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?[ ,./-]{1,3}(?:\w+[ ,./-]{1,3})?(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


def first_prose_index(page: Page) -> int:
    """Index of the first block that reads as running text (the body's likely start)."""
    for block in page.undecided():
        if is_prose(page.text_of(block.index)):
            return block.index
    return len(page.blocks)


# "Author: Jane Doe", "Authors Jane Doe and John Roe" (the label and the name joined from two lines)
_AUTHOR_LABEL = re.compile(r"^\W*(?:author|authors|autor|auteur|autore)(?:\s*:\s*|\s+)(?=\S)", re.IGNORECASE)
# The same label with its colon: a line that is no headline ("Author Salman Rushdie wins ..." is)
_AUTHOR_FIELD = re.compile(r"^\W*(?:author|authors|autor|autores|auteur|auteurs|autore|autori)\s*:", re.IGNORECASE)
# The other fields of a book's or a paper's details, beside its "Author:" line
_DETAILS = re.compile(
    r"^\W*(?:title|publisher|published by|isbn|pages|genre|format|released?|release date|price|illustrator|"
    r"translator|journal|doi|volume|edition)\s*:",
    re.IGNORECASE,
)


def _in_details(page: Page, index: int) -> bool:
    """True when a line next to ``index`` is another field of a book's or a paper's details."""
    return any(
        0 <= j < len(page.blocks) and bool(_DETAILS.match(page.text_of(j)))
        for j in (index - 2, index - 1, index + 1, index + 2)
    )


def _last_prose_index(page: Page) -> int:
    """Index of the last block that reads as running text (the body's likely end)."""
    for block in reversed(page.blocks):
        if not page.is_decided(block.index) and is_prose(page.text_of(block.index)):
            return block.index
    return -1


def _is_byline(text: str) -> bool:
    if strip_by(text) is None or word_count(text) > 14:
        return False
    people, agencies = split_byline(text)
    return bool(people or agencies)


# A headline under its byline stands within this many blocks of it (a date line between them)
HEADLINE_UNDER_BYLINE_REACH = 2
# The deck stands within this many blocks under the headline (or from the top, without one).
DECK_REACH = 2


# A sentence ending on a lower-case word, and the next one starting: not "U.S. Senate", "Feb. 3"
# (from a word's first lower-case letter: tried from each letter of a long run, it took quadratic time)
_SENTENCE_BREAK = re.compile(r"(?<![a-z])[a-z]{3,}[.!?]\s+[A-Z]")
MIN_PROSE_SENTENCE_WORDS = 11  # with the word its end is found in: 12 and more


# The page's title line: of this many words (one word is the site's name); the headline that
# repeats it within this many blocks of the top (under a long menu, not an index's entries)
MIN_TITLE_LINE_WORDS = 2
MAX_TITLE_LINE_WORDS = 40
MAX_TITLE_PARTS = 10  # the leading parts of a page title read as forms of its headline
TITLE_REPEAT_REACH = 300


TITLE_LINE_REASON = "the page's title line, over a menu, with no headline found under it"
MENU_LINE_WORDS = 6  # "Skip to content", "Smart Energy 101": a menu's line under the title line
# The reason of a headline found by shape alone (no title line repeats it): the metadata may prefer
# the headline-shaped line right above the byline
LONGEST_HEADLINE_REASON = "the headline: the longest headline-shaped line above the body"


@attrs.frozen
class TitleFilter:
    """The headline and the deck under it.

    With HTML, they are the blocks that repeat the document's title and description.  In plain
    text, the headline is the first headline-shaped line before the body, and the deck is the
    sentence right under it when furniture (a byline, a caption) separates it from the body.
    """

    name: str = "title"
    max_deck_words: int = 60

    def __call__(self, page: Page) -> Iterator[Decision]:
        if page.hints.title:
            yield from self._from_hints(page)
            return
        body_start = first_prose_index(page)
        if len(page.blocks) == 1 and _SENTENCE_BREAK.search(page.text_of(0)):
            return  # a page of one block of sentences is that paragraph, not a headline over nothing
        repeated = self._title_repeated(page)
        page_title: Block | None = None
        if repeated is not None:
            page_title, title = repeated
            reason = "the headline: the line that repeats the page's title line"
        else:
            candidates = [
                b for b in page.undecided() if b.index < body_start and self.is_headline(page.text_of(b.index))
            ]
            if not candidates:
                if self._title_line_alone(page):
                    # "10 Tips to ... – Journey To College" over "Skip to content": the page's
                    # title line, read as prose for its length, and no headline under it
                    yield Decision(0, Kind.TITLE, TITLE_LINE_REASON, data={"title": page.text_of(0)})
                return
            # The headline stands above its byline (the last one: a teaser above may have its
            # own), and a line under the byline is a subhead, a caption or a field ("Prep time:
            # 10 min"); unless the byline comes first, right over the headline, with no headline
            # right above it (a banner's line further up is no headline)
            # (read up from the body to the first candidate only: a byline above it changes nothing)
            byline = next(
                (i for i in range(body_start - 1, candidates[0].index, -1) if _is_byline(page.text_of(i))), None
            )
            if byline is not None:
                over = any(b.index == byline - 1 for b in candidates)
                under = any(byline < b.index <= byline + HEADLINE_UNDER_BYLINE_REACH for b in candidates)
                if over or not under:
                    candidates = [b for b in candidates if b.index < byline]
            # The headline sits right above the deck, byline and body: the last candidate wins,
            # unless it is much shorter than the longest (a label such as "Most read today").
            longest = max(word_count(page.text_of(b.index)) for b in candidates)
            title = [b for b in candidates if word_count(page.text_of(b.index)) >= 0.6 * longest][-1]
            reason = LONGEST_HEADLINE_REASON
        # the headline first: the other filters read the first title decision as the headline
        yield Decision(title.index, Kind.TITLE, reason, data={"title": page.text_of(title.index)})
        if page_title is not None:
            yield Decision(page_title.index, Kind.TITLE, "the page's title line, which the headline repeats")
        deck = self._deck(page, title.index)
        if deck is not None:
            yield Decision(
                deck.index,
                Kind.SUBTITLE,
                "the deck: the sentence under the headline, set apart from the body",
                data={"subtitle": page.text_of(deck.index)},
            )

    @staticmethod
    def _title_line_alone(page: Page) -> bool:
        """Whether the text opens with a title line ("Headline | Site", no stop at its end) over a
        menu's short line: the page's title, when no headline is found."""
        if len(page.blocks) < 2 or page.is_decided(0):
            return False
        head = page.text_of(0).rstrip()
        n = word_count(head)
        return (
            MIN_TITLE_LINE_WORDS < n <= MAX_TITLE_LINE_WORDS
            and not head.endswith((".", "!", ","))
            and not _SENTENCE_BREAK.search(head)
            and word_count(page.text_of(1)) <= MENU_LINE_WORDS
        )

    def _title_repeated(self, page: Page) -> tuple[Block, Block] | None:
        """(the page's title line, the headline) when the text opens with the page's title ("How
        to Book a Flight | Trip Notes", as a saved page begins) and a headline-shaped line further
        down repeats it, whole or without the site's name: the page's own headline."""
        if not page.blocks or page.is_decided(0):
            return None
        first = page.blocks[0]
        head = page.text_of(first.index)
        if not MIN_TITLE_LINE_WORDS <= word_count(head) <= MAX_TITLE_LINE_WORDS or is_prose(head):
            return None
        parts = TITLE_SEPARATORS.split(head)
        # the title whole and its leading parts: "Headline", "Headline | Section" of "... | Site"
        # (folded: words only, so the separators between them do not count)
        forms = {fold(" ".join(parts[:n])) for n in range(1, min(len(parts), MAX_TITLE_PARTS) + 1)}
        longest_part = max(word_count(part) for part in parts)
        for block in page.undecided():
            if block.index == first.index:
                continue
            if block.index > TITLE_REPEAT_REACH:
                return None
            text = page.text_of(block.index)
            if fold(text) not in forms:
                continue
            # headline-shaped, or the title's longest part ("Healthy Eating Plate" of "Healthy
            # Eating Plate | Nutrition Source"): a masthead repeated under the menu ("Mesa Valley
            # Post", the "Site" of "Site | Headline") is no headline
            n = word_count(text)
            if self.is_headline(text) or (len(parts) > 1 and n >= MIN_TITLE_LINE_WORDS and n >= longest_part):
                return first, block
        return None

    @staticmethod
    def is_headline(text: str) -> bool:
        """Whether ``text`` is shaped as a headline: four to 30 words, no byline, no sentence's stop."""
        n = word_count(text)
        if not 4 <= n <= 30 or _is_byline(text) or (n <= 8 and _DATE_LIKE.search(text)):
            return False
        stripped = text.rstrip()
        if stripped.endswith(".") and not stripped.endswith("..."):
            return False
        if _AUTHOR_FIELD.match(text):
            return False  # "Authors: Jane Doe, John Roe"
        credited = split_credit(text)
        if credited and credited[0].endswith((".", "!", "?")):
            return False  # "Mayor Ann Lee speaks on Tuesday. (Photo: Jane Doe/Gazette)": a caption
        # "Every year, vet visits push millions of households to the brink. According to a report,
        # in": a long sentence and the next one begun is a paragraph's first line, whereas a
        # headline of two sentences opens with a short one ("Meals start this fall. Here's why")
        brk = _SENTENCE_BREAK.search(text)
        if brk and word_count(text[: brk.start()]) >= MIN_PROSE_SENTENCE_WORDS:
            return False
        return is_headline_like(text) or n >= 5

    def _deck(self, page: Page, title_index: int) -> Block | None:
        nxt = title_index + 1
        while nxt < len(page.blocks) and page.kind_of(nxt) is Kind.DUPLICATE:
            nxt += 1  # the headline repeated
        if nxt >= len(page.blocks) or page.is_decided(nxt):
            return None
        text = page.text_of(nxt)
        n = word_count(text)
        if not 6 <= n <= self.max_deck_words or _is_byline(text) or not ends_sentence(text):
            return None
        # The deck is set apart from the body by furniture; the first paragraph is not.
        after = nxt + 1
        if after < len(page.blocks) and is_prose(page.text_of(after)) and not page.is_decided(after):
            return None
        return page.blocks[nxt]

    def _from_hints(self, page: Page) -> Iterator[Decision]:
        # The page's description is no deck in the text: where a heading repeats it, it is the
        # story's own first subheading or its opening line as often as not (the element the page
        # marks as its deck is)
        title, marked = fold(page.hints.title), fold(page.hints.deck)
        seen_title = seen_deck = False
        title_at = 0
        for block in list(page.undecided()):
            f = fold(page.text_of(block.index))
            if not f:
                continue
            if f == title or (len(f) > 20 and title.startswith(f)):
                if not seen_title:
                    seen_title, title_at = True, block.index
                    yield Decision(
                        block.index,
                        Kind.TITLE,
                        "the headline, as the document's title gives it",
                        data={"title": page.text_of(block.index)},
                    )
                else:
                    yield Decision(block.index, Kind.DUPLICATE, "repeats the headline")
            elif (
                marked and f == marked and not seen_deck and block.index <= DECK_REACH + (title_at if seen_title else 0)
            ):
                seen_deck = True
                yield Decision(
                    block.index,
                    Kind.SUBTITLE,
                    "the deck: the page marks it as such",
                    data={"subtitle": page.text_of(block.index)},
                )


# "...checkpoint.Credit: Reuters", "... (Photo: AP)", "Photograph: Jane Doe/Getty Images"
_CREDIT_TAIL = re.compile(
    r"(?P<sep>(?:^|[.(|]|(?<=[.!?”\"]))\s*)\b(?:(?:image |photo |picture )?(?:credits?|crédits?)(?: photo| image)?|(?:image|photo|picture) source|"
    r"photo(?:graph)?s?|pictures?|images?|fotos?|bild|quelle)\s*:\s*(?P<credit>[^:.!?]{2,60}?)\)?\.?\s*$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(
    r"(?P<sep>[\s.(|]*)(?P<credit>(?:AP Photo|REUTERS|AFP|EPA|Getty Images|dpa|ANSA)(?:\s*/\s*[\w .'/-]{2,60}|\s+via\s+[\w .'-]+)?)\)?\s*$"
)
# "... main branch. Grace Liu / The Northfield Observer": a slash credit after the caption's last stop
_SLASH_TAIL = re.compile(
    r"(?<=[.!?])(?P<sep>\s+)(?P<credit>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?/\s?[A-Z][\w.'’ -]{1,50})$"
)
# "... control tower. Valley Times photo": the owner's credit after the caption's last stop
_OWNER_TAIL = re.compile(
    r"(?<=[.!?])(?P<sep>\s+)(?P<credit>(?:[A-Z][\w.'’-]*\s){1,4}(?:file |staff )?(?:photo|photograph)s?)$"
)
# "Gazette file photo", "Valley Times photo": a credit line naming the photo's owner
_OWNER_PHOTO = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*\s){1,4}(?:file |staff )?(?:photo|photograph|illustration|image)s?|"
    r"(?:courtesy(?: of)?|handout(?: photo)?(?: from| by)?|supplied(?: by)?|via)\s.{2,60}|.{2,50}\s(?:handout|courtesy photo))$",
    re.IGNORECASE,
)
# "Sam Whitaker/Hartwell Tribune": a credit line with no "Photo:" word, trusted only under a caption
# What each alternative of _OWNER_PHOTO cannot match without, in an ASCII line lower-cased (beyond
# ASCII, case-insensitive matching has more ways to spell a letter: the pattern is tried)
_OWNER_PHOTO_NEEDS = ("photo", "illustration", "image", "courtesy", "handout", "supplied", "via")


def _owner_photo(text: str) -> bool:
    """Whether ``text`` (its brackets aside) is an owner's credit line, as ``_OWNER_PHOTO`` says:
    its ``.{2,50}`` alternative backtracks through every line, most of which hold none of its words."""
    if text.isascii():
        low = text.lower()
        if not any(need in low for need in _OWNER_PHOTO_NEEDS):
            return False
    return _OWNER_PHOTO.match(text.strip("() ")) is not None


# "... on Monday.Credit...Jane Doe for The New York Times": a credit labelled with an ellipsis
# (glued to the caption's stop, or opening its line; a name, not a sentence, after it)
_ELLIPSIS_CREDIT = re.compile(r"(?P<sep>^|(?<=[.!?”\"]))Credit(?:\.\.\.|…)\s*(?P<credit>[^\s\da-z].{0,79}[^\s.!?])\s*$")
# BBC's lines, read aloud to a screen reader: "Image source, Getty Images", "Image caption, ..."
_SOURCE_LINE = re.compile(r"^(?:image|photo|picture|media|video) source,\s*(?P<credit>\S.{0,80})$", re.IGNORECASE)
_CAPTION_LINE = re.compile(r"^(?:image|photo|picture|media|video) caption,\s*(?P<caption>.*)$", re.IGNORECASE)
_SLASH_CREDIT = re.compile(r"^\(?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\s?/\s?[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,4}\)?$")
MAX_CAPTION_WORDS = 60
# A numbered heading or item ("2. America's desert parks", "3: Gaggia Classic", "4) Xero"): its number
# and the number's mark
NUMBERED = re.compile(r"(\d{1,3})([.:)])\s+\S")
MIN_REPEATED_CREDIT_CHARS = 8  # a credit line repeated is one when this long: "Jane Doe/NPR", not "N/A"
MAX_CREDIT_WORDS = 8


_CREDIT_LABEL = re.compile(
    r"^\(?(?:(?:image |photo |picture )?(?:credits?|crédits?)(?: photo| image)?|photo(?:graph)?s?|pictures?|images?|"
    r"fotos?|bild|source|quelle)\s*:\s*",
    re.IGNORECASE,
)


def strip_credit_label(credit: str) -> str:
    """``Crédit photo : Xavier Léger`` -> ``Xavier Léger``; ``(AP Photo/Jo Reid)`` -> ``AP Photo/Jo Reid``."""
    return _CREDIT_LABEL.sub("", credit.strip()).strip(" ()")


# What each credit pattern cannot match without (a speed-up: a line without any is not searched);
# a plain string is looked for with ``in``, as its pattern (no flags) would look for it
_AGENCY_NEEDS = re.compile("AP Photo|REUTERS|AFP|EPA|Getty Images|dpa|ANSA")
_CREDIT_NEEDS: dict[re.Pattern[str], str | re.Pattern[str]] = {
    _CREDIT_TAIL: ":",
    _AGENCY_PHOTO: _AGENCY_NEEDS,
    _SLASH_TAIL: "/",
    _OWNER_TAIL: "photo",
    _ELLIPSIS_CREDIT: "Credit",
}


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption that ends with a credit, or None."""
    # most lines hold none of the needs above: told by four tests in C before the loop
    if (
        ":" not in text
        and "/" not in text
        and "photo" not in text
        and "Credit" not in text
        and not _AGENCY_NEEDS.search(text)
    ):
        return None
    return _split_credit(text)


def _split_credit(text: str) -> tuple[str, str] | None:
    """:func:`split_credit`, each pattern tried where its needs are found."""
    for pattern in (_CREDIT_TAIL, _ELLIPSIS_CREDIT, _AGENCY_PHOTO, _SLASH_TAIL, _OWNER_TAIL):
        needs = _CREDIT_NEEDS[pattern]
        if needs not in text if isinstance(needs, str) else not needs.search(text):
            continue
        m = pattern.search(text)
        if m and len(m.group("credit").split()) <= MAX_CREDIT_WORDS:
            caption = text[: m.start()].strip()
            if caption and not any(c.isalpha() for c in caption):
                continue  # "34. Human/Technology Interaction": a numbered heading, not "34." credited
            if "." in m.group("sep") and caption and caption[-1] not in ".!?":
                caption += "."  # the credit's separator swallowed the caption's full stop
            credit = m.group("credit").strip(" .)")
            if (
                pattern is _AGENCY_PHOTO
                and caption
                and not caption.endswith((".", "(", ")", "|"))
                and m.group("sep").strip() == ""
            ):
                continue  # "... said REUTERS" is prose, not a credit
            return caption, credit
    return None


def _caption_and_credit(
    caption_at: int, credit_at: int, caption: str, credit: str, caption_why: str, credit_why: str
) -> tuple[Decision, Decision]:
    """A caption line and the credit line that goes with it, both carrying the image."""
    image = {"caption": caption, "credit": credit}
    return (
        Decision(caption_at, Kind.CAPTION, caption_why, data=image),
        Decision(credit_at, Kind.CREDIT, credit_why, data=image),
    )


@attrs.frozen
class CaptionFilter:
    """Image captions and credits.

    A caption is recognised by the credit that ends it, by repeating an image caption the HTML
    gave, or by standing right before its own repeat with a credit (a scraper often keeps an
    image's alt text and its caption).  A repeat that adds the credit is removed as ``credit``.
    """

    name: str = "caption"

    def __call__(self, page: Page) -> Iterator[Decision]:
        hint_captions = {fold(img.caption): img for img in page.hints.images if img.caption}
        decided: set[int] = set()
        credit_lines: set[str] = set()  # the folded credit lines found so far
        for block in list(page.undecided()):
            i = block.index
            if i in decided:
                continue
            text = page.text_of(i)
            if word_count(text) > MAX_CAPTION_WORDS:
                continue
            if "," in text and (labelled := self._labelled_lines(page, i, decided)):
                yield from labelled
                continue
            split = split_credit(text)
            if split is not None and split[0] and _is_byline(split[0]):
                split = None  # "By Jane Doe (AFP)": a byline naming its agency, the byline filter's
            if (
                page.input_type == "html"
                and split is not None
                and not (_CREDIT_TAIL.search(text) or _OWNER_TAIL.search(text) or _ELLIPSIS_CREDIT.search(text))
            ):
                split = None  # in extracted HTML, only a labelled credit ("Photo: ...") marks a caption
            prev = i - 1
            prev_free = prev >= 0 and self._free(page, prev, decided)
            if (
                split is None
                and prev_free
                and page.input_type != "html"
                # a credit line alone, tested only where it would count (the patterns are costly)
                and (("/" in text and _SLASH_CREDIT.match(text)) or _owner_photo(text))
                and self._caption_like(page.text_of(prev))
            ):
                split = ("", strip_credit_label(text))
            if split is not None:
                caption, credit = split
                if caption and prev_free and fold(page.text_of(prev)) == fold(caption):
                    decided.add(prev)
                    yield from _caption_and_credit(
                        prev,
                        i,
                        caption,
                        credit,
                        "image caption, repeated below with its credit",
                        f"repeats the caption above and adds its credit {credit!r}",
                    )
                elif caption:
                    yield Decision(
                        i,
                        Kind.CAPTION,
                        f"image caption ending with the credit {credit!r}",
                        data={"caption": caption, "credit": credit},
                    )
                elif prev_free and self._caption_like(page.text_of(prev)):
                    decided.add(prev)
                    yield from _caption_and_credit(
                        prev,
                        i,
                        page.text_of(prev),
                        credit,
                        "image caption: the line above an image credit",
                        f"image credit {credit!r}",
                    )
                else:
                    yield Decision(i, Kind.CREDIT, f"image credit {credit!r}", data={"credit": credit})
                decided.add(i)
                if not caption and len(folded := fold(text)) >= MIN_REPEATED_CREDIT_CHARS:
                    credit_lines.add(folded)  # a credit alone on its line
                continue
            if credit_lines and fold(text) in credit_lines:
                # NPR's "Jane Doe/NPR" under "toggle caption": the credit line again, alone
                decided.add(i)
                yield Decision(i, Kind.CREDIT, "repeats an image credit line above: the image is recorded once")
                continue
            img = hint_captions.get(fold(text)) if hint_captions else None
            if img is not None:
                decided.add(i)
                yield Decision(
                    i,
                    Kind.CAPTION,
                    "repeats an image caption of the page",
                    data={"caption": img.caption, "credit": img.credit},
                )

    def _labelled_lines(self, page: Page, i: int, decided: set[int]) -> list[Decision]:
        """BBC's "Image source, Getty Images" and the "Image caption, ..." under it (its text on
        the label's line or, after "Image caption," alone, on the next one)."""
        source = _SOURCE_LINE.match(page.text_of(i))
        credit = source.group("credit").strip() if source else ""
        at = i + 1 if source else i
        label = _CAPTION_LINE.match(page.text_of(at)) if self._free(page, at, decided) else None
        caption, caption_at = (label.group("caption").strip(), at) if label else ("", at)
        out: list[Decision] = []
        if label and not caption:
            if self._free(page, at + 1, decided) and self._caption_like(page.text_of(at + 1)):
                out.append(Decision(at, Kind.CAPTION, "an image caption's label, its text on the next line"))
                caption, caption_at = page.text_of(at + 1), at + 1
            else:
                out.append(Decision(at, Kind.CAPTION, "an image caption's label"))
        source_why = f"image credit {credit!r}, labelled 'source'"
        if caption and source:
            out.extend(_caption_and_credit(caption_at, i, caption, credit, "image caption, labelled so", source_why))
        elif caption:
            out.append(Decision(caption_at, Kind.CAPTION, "image caption, labelled so", data={"caption": caption}))
        elif source:
            out.append(Decision(i, Kind.CREDIT, source_why, data={"credit": credit}))
        decided.update(d.block for d in out)
        return out

    @staticmethod
    def _free(page: Page, index: int, decided: set[int]) -> bool:
        return index < len(page.blocks) and index not in decided and not page.is_decided(index)

    @staticmethod
    def _caption_like(text: str) -> bool:
        n = word_count(text)
        return (
            3 <= n <= MAX_CAPTION_WORDS
            and not _is_byline(text)
            and not (n <= 8 and _DATE_LIKE.search(text))
            and not NUMBERED.match(text)  # a listicle's heading over its picture's credit
        )


# A bare name is a byline only this close under the headline (deck, date and share bar between).
BARE_NAME_REACH = 4
# A "By" line this close under the headline says who wrote the story over a name alone under it
BY_OVER_BARE_REACH = 20
_HEADER_KINDS = frozenset({Kind.TITLE, Kind.SUBTITLE})
_SKIPPED_ABOVE = frozenset({Kind.NAVIGATION, Kind.CAPTION, Kind.CREDIT, Kind.DUPLICATE})


def _under_header(page: Page, index: int) -> bool:
    """Whether the block comes right under the headline or the deck (share buttons and photo
    captions aside): where a bare name is the author, not a section heading."""
    j = index - 1
    while j >= 0 and page.kind_of(j) in _SKIPPED_ABOVE:
        j -= 1
    return j >= 0 and page.kind_of(j) in _HEADER_KINDS


# How far above the headline a name over a date line is still the story's byline: the name, its
# date, a time, a reading time, a category, then the headline
DATED_NAME_ABOVE_TITLE = 6


def _byline_place(index: int, title_at: int) -> bool:
    """Whether a name over a date at ``index`` sits where a story's byline does: under the
    headline, or in the lines just above it ("Jane Doe", "April 10, 2025", "Blog", headline)."""
    return title_at >= 0 and index >= title_at - DATED_NAME_ABOVE_TITLE and index != title_at


PROSE_AFTER_DATE_REACH = 3  # the name, its date, a reading time or a label, then the story
MAX_PROSE_BEFORE_BYLINE = 2  # a cookie notice, a teaser's blurb


def _opens_the_body(page: Page, index: int, body_start: int) -> bool:
    """Whether running text starts just after the name over its date at ``index`` (past a reading
    time or a label), and little of it came before: the first paragraph the page's lines show
    is a cookie notice or a teaser's as often as the story's, so the story may start further down."""
    if not any(
        is_prose(page.text_of(j)) for j in range(index + 2, min(index + 2 + PROSE_AFTER_DATE_REACH, len(page.blocks)))
    ):
        return False
    before = 0
    for j in range(body_start, index):
        if is_prose(page.text_of(j)):
            before += 1
            if before > MAX_PROSE_BEFORE_BYLINE:
                return False
    return True


# A name this close under the headline, a date line just under it, is the byline whatever
# prose came before (a deck, a cookie notice): the headline, its repeat, a deck, then the name
NAME_UNDER_TITLE_REACH = 4
DATE_UNDER_NAME_REACH = 2  # the name, a category or a role, then its date


def _close_under_title(index: int, title_at: int) -> bool:
    """Whether the block at ``index`` sits close under a headline found at ``title_at``."""
    return 0 <= title_at < index <= title_at + NAME_UNDER_TITLE_REACH


def _dated_close_under_title(page: Page, index: int, title_at: int) -> bool:
    """Whether the name at ``index``, close under the headline, has a date line right under it
    (a category or a role between them) and at most one paragraph between it and the headline
    (the deck): "Headline" / "Deck" / "Jane Doe" / "#Cloud" / "Published on Oct 21, 2025"."""
    last = min(index + DATE_UNDER_NAME_REACH, len(page.blocks) - 1)
    if not any(is_date_line(page.text_of(j)) for j in range(index + 1, last + 1)):
        return False
    return sum(1 for j in range(title_at + 1, index) if is_prose(page.text_of(j))) <= 1


def _by_a_date_or_title(page: Page, index: int, title_at: int, body_start: int) -> bool:
    """Whether the name at ``index`` sits where a byline does beside what a byline holds: over a
    date line ("Jane Doe" / "April 10, 2025") under the headline or just above it and before the
    body; over a job title ("Jane Doe" / "Staff Writer") or under a date line under the headline
    only, as above it a short line by a title or a date is a menu's or an event's heading as often."""
    under_title = title_at < index <= title_at + BY_OVER_BARE_REACH
    if _close_under_title(index, title_at) and _dated_close_under_title(page, index, title_at):
        return True
    if (index < body_start - 1 or _opens_the_body(page, index, body_start)) and _byline_place(index, title_at):
        following = page.text_of(index + 1)
        if is_date_line(following) or (under_title and is_role_line(following)):
            return True
    return title_at < index - 1 and index < body_start and is_date_line(page.text_of(index - 1))


# A word of running text: not part of an address, a handle or a path ("russell@example.com",
# "@russellm", "/authors/jane-doe")
_TEXT_WORD = re.compile(r"(?<![\w@#/.\-])[^\W\d_]+(?![\w@/]|[.\-]\w)")


def _heading_shaped_as_name(page: Page, name: str) -> bool:
    """Whether the capitalised words of ``name`` are all ones the page writes in lower case ("Key
    Takeaways", "Training Course", "Foundational Fitness Protocol"): a heading or a button shaped
    as a name, not a person's (whose given name and surname the story does not both use as words).
    So is a name with a possessive ("Men's Road Running Shoes", "Japan's Top-Selling Saké Brand")."""
    if any(w.endswith(("'s", "’s")) for w in name.split()):
        return True
    memo = page_memo(page)
    lower = memo.get("lower_case_words")
    if lower is None or memo.get("lower_case_words_of") is not page.blocks:
        # the words as the input gives them: a cut does not make a word of the page a name's
        lower = frozenset(w for b in page.blocks for w in _TEXT_WORD.findall(b.text) if w.islower())
        memo["lower_case_words"], memo["lower_case_words_of"] = lower, page.blocks
    capitalised = [w.lower() for w in words(name) if len(w) >= 3 and w[0].isupper()]
    # all of them: "Will Hutton", "Jane Hall" are names though the page says "will" and "hall"
    return bool(capitalised) and all(w in lower for w in capitalised)


def _name_alone(index: int, name: str) -> Decision:
    """The decision on a name alone above the body: an agency's byline or the author's name."""
    agency = canonical_agency(name)
    if agency:
        return Decision(index, Kind.BYLINE, f"byline naming the agency {name}", data={"agencies": [agency]})
    return Decision(index, Kind.BYLINE, f"a name alone above the body: the author {name}", data={"authors": [name]})


@attrs.frozen
class BylineFilter:
    """Author lines: "By Jane Doe", "Von Hans Müller", or a bare name right under the headline."""

    name: str = "byline"

    def __call__(self, page: Page) -> Iterator[Decision]:
        body_start = first_prose_index(page)
        # A bare name counts only between the headline and the body: above the headline, a
        # capitalised pair of words is a masthead or a menu.
        title_at = next((i for i, (_, d) in page.decisions.items() if d.kind is Kind.TITLE), -1)
        bare_until = min(body_start, title_at + BARE_NAME_REACH) if title_at >= 0 else -1
        hinted = {fold(a) for a in page.hints.authors}
        found_bare = found_by = by_under_title = False
        bare_at: tuple[int, str] | None = None
        # "Jane Doe" over "April 10, 2025" between the headline and the body, however far from the
        # headline, or just above the headline: the author when no other byline names anyone
        dated: tuple[int, str] | None = None
        last_prose: int | None = None  # worked out at the first "Author:" line, on plain text only
        labelled_at: tuple[int, list[str]] | None = None
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            if word_count(text) > 20 or (word_count(text) > 6 and ends_sentence(text)):
                continue
            labelled = _AUTHOR_LABEL.match(text) if page.input_type != "html" else None
            if labelled and last_prose is None:
                last_prose = _last_prose_index(page)
            if (
                labelled
                and last_prose is not None
                # right under the headline it is the story's byline whatever prose came before
                and (not body_start <= block.index <= last_prose or _close_under_title(block.index, title_at))
                and not _in_details(page, block.index)
            ):
                # "Author: Jane Doe" above the story or under it (inside it, or among "Title:" and
                # "Publisher:" lines, the same line gives a book's or a paper's details): the
                # author when no "By" line names anyone
                people, _ = split_byline("By " + text[labelled.end() :])
                if people and all(looks_like_name(p) for p in people):
                    labelled_at = labelled_at or (block.index, people)
                    continue
            if strip_by(text) is not None:
                people, agencies = split_byline(text)
                if people or agencies:
                    found_by = True
                    if people and title_at < block.index <= title_at + BY_OVER_BARE_REACH:
                        by_under_title = True
                    yield Decision(
                        block.index,
                        Kind.BYLINE,
                        f"byline naming {', '.join(people + agencies)}",
                        data={"authors": people, "agencies": agencies},
                    )
                continue
            name = normalise_name(text)
            # a person's name, or a team's ("Courier Staff", "Team Riverside") where a byline stands
            shaped = "," not in name and (looks_like_name(name) or is_team(name)) and not ends_sentence(text)
            declared = fold(name) in hinted
            if (
                shaped
                and dated is None
                and _by_a_date_or_title(page, block.index, title_at, body_start)
                and (declared or not _heading_shaped_as_name(page, name))
            ):
                dated = block.index, name
            bare = (
                not found_bare
                and shaped
                and title_at < block.index <= bare_until
                and _under_header(page, block.index)
                # a heading element names a section: "API Documentation", "Eastern Conference"
                and not (page.input_type == "html" and block.tag == "h")
            )
            if declared:  # the name the document declares
                found_bare = found_bare or bare
                yield _name_alone(block.index, name)
            elif bare and not _heading_shaped_as_name(page, name):
                # read once the lines under the headline are: a "By" line there says who wrote it,
                # and the name alone right under the headline is a breadcrumb's or a category's
                # ("Key Takeaways", "Previous Slide": a heading's or a button's words, no name)
                found_bare, bare_at = True, (block.index, name)
        if labelled_at is not None and not found_by and not page.is_decided(labelled_at[0]):
            index, people = labelled_at
            found_by = True
            yield Decision(
                index, Kind.BYLINE, f"author line naming {', '.join(people)}", data={"authors": people, "agencies": []}
            )
        if bare_at is not None and not by_under_title:
            yield _name_alone(*bare_at)
        if dated is not None and not found_by and not found_bare and not page.is_decided(dated[0]):
            index, name = dated
            if not canonical_agency(name):
                yield Decision(
                    index,
                    Kind.BYLINE,
                    f"a name by a date line above the body: the author {name}",
                    data={"authors": [name]},
                )


# "(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by ..."
_CONTRIB_ROLE = re.compile(
    r"(?P<role>(?:additional |further )?reporting|writing|editing|compiled|written|graphics|"
    r"research|translation|produced)\s+by\s+(?P<names>[^;)]+)",
    re.IGNORECASE,
)
_CONTRIB_HINT = re.compile(r"\sby\s|contributed", re.IGNORECASE)
_CONTRIBUTED = re.compile(
    r"^\W*(?P<pre>.{0,80}?)\b(?:contributed|also contributed) (?:to )?(?:this|the) (?:report|story|article)\.?\W*$",
    re.IGNORECASE,
)


# A credit line that names no one is short ("Additional reporting by agencies", "Compiled by staff
# writers"); a longer one is a sentence of the story
MAX_UNNAMED_CREDIT_WORDS = 8


@attrs.frozen
class ContributorsFilter:
    """Lines that credit the people who worked on the story, usually at its end."""

    name: str = "contributors"

    def __call__(self, page: Page) -> Iterator[Decision]:
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            if word_count(text) > 50:
                continue
            entries = self._entries(text)
            if entries is not None:
                contributors, agencies = entries
                yield Decision(
                    block.index,
                    Kind.CONTRIBUTORS,
                    "credits the people who worked on the story",
                    data={"contributors": contributors, "agencies": agencies},
                )

    @staticmethod
    def _entries(text: str) -> tuple[list[dict[str, str]], list[str]] | None:
        if text.isascii():
            # the hint's words in an ASCII line lower-cased: two tests in C before the pattern,
            # which starts with \s and is tried at every position
            low = text.lower()
            if "by" not in low and "contributed" not in low:
                return None
        if not _CONTRIB_HINT.search(text):
            return None  # neither pattern matches without these words (a speed-up)
        stripped = text.strip().strip("()[]").strip()
        matches = list(_CONTRIB_ROLE.finditer(stripped))
        if matches and matches[0].start() <= 2:
            out: list[dict[str, str]] = []
            wires: list[str] = []
            for m in matches:
                role = m.group("role").lower().replace("additional ", "additional_").replace("further ", "additional_")
                people, agencies = split_byline("By " + m.group("names"))
                out.extend({"name": p, "role": role} for p in people)
                wires.extend(a for a in agencies if a not in wires)
            if not out and not wires and word_count(stripped) > MAX_UNNAMED_CREDIT_WORDS:
                return None  # "Reporting by local media said the fire ...": a sentence of the story
            return out, wires
        contributed = _CONTRIBUTED.match(text)
        if contributed:
            pre = contributed.group("pre")
            agencies = agencies_in(pre)
            pre = strip_agencies(pre)
            pre = re.sub(
                r"\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b", "", pre, flags=re.IGNORECASE
            )
            people, _ = split_byline("By " + pre)
            return [{"name": p, "role": "contributing"} for p in people], agencies
        return None


_DATELINE = re.compile(
    r"""^(?P<text>
        (?P<place>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’/ -]{1,40}?)             # BAGHDAD, NEW YORK, BRUSSELS/PARIS
        (?:,\s*(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?         # , Iraq
        (?:,\s*(?P<date>(?:\d{1,2}\.?\s)?[A-Za-zäéû]{3,9}\.?(?:\s\d{1,2})?(?:,?\s\d{4})?))?   # , June 22 / 3. März / 3 mars 2024
        \s*\((?P<agency>[^)]{2,40})\)                              # (Reuters)
        \s*\.?\s*[-–—:]+\s*)""",
    re.VERBOSE,
)
# "Berlin (dpa) -", "Paris (AFP) -", as German and French papers write them, and "(Reuters) -" with
# no place: taken only with an agency's name in the brackets
_TITLE_CASE_DATELINE = re.compile(
    r"^(?P<text>(?P<place>[A-ZÀ-ÞĀ-Ž][\w.'’-]+(?:[ /][A-ZÀ-ÞĀ-Ž][\w.'’-]+){0,3})?\s*"
    r"\((?P<agency>[^)]{2,40})\)\s*[-–—:]+\s*)(?=\S)"
)
_AGENCY_FIRST = re.compile(
    r"^(?P<text>\((?P<agency>[^)]{2,40})\)\s*[-–—]+\s*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,40}?)"
    r"(?:,\s*(?P<date>\d{1,2}\s[A-Za-z]{3,9}\.?))?\s*[-–—]+\s*)"
)
_WIRE_PREFIX = re.compile(r"^(?P<text>(?P<agency>[A-Z][A-Za-z. -]{1,30}?)\s+[-–—]+\s+)(?=\S)")
_PLACE_ONLY = re.compile(
    r"^(?P<text>(?P<place>[A-Z][A-Z.'’ -]{2,30}[A-Z.])(?:,\s*(?P<region>[A-Z][a-z.]+(?:\s[A-Z][a-z.]+)?))?\s*[-–—]{1,2}\s+)(?=[A-Z\"“])"
)


def match_dateline(text: str) -> tuple[str, dict[str, str]] | None:
    """(matched prefix, {place, agency, date}) when ``text`` opens with a dateline."""
    m = _DATELINE.match(text)
    if m:
        agency = canonical_agency(m.group("agency"))
        if agency:
            place = m.group("place").strip(" ,")
            if m.group("region"):
                place += ", " + m.group("region")
            return m.group("text"), {"place": place, "agency": agency, "date": m.group("date") or ""}
    m = _AGENCY_FIRST.match(text)
    if m and canonical_agency(m.group("agency")):
        data = {
            "place": m.group("place").strip(),
            "agency": canonical_agency(m.group("agency")),
            "date": m.group("date") or "",
        }
        return m.group("text"), data
    m = _TITLE_CASE_DATELINE.match(text)
    agency = canonical_agency(m.group("agency")) if m else ""
    if m and agency:
        return m.group("text"), {"place": (m.group("place") or "").strip(), "agency": agency, "date": ""}
    m = _WIRE_PREFIX.match(text)
    if m:
        raw = m.group("agency")
        agency = canonical_agency(raw)
        if agency and (raw.isupper() or raw == agency):
            return m.group("text"), {"place": "", "agency": agency, "date": ""}
    m = _PLACE_ONLY.match(text)
    if m and word_count(m.group("place")) <= 4:
        place = m.group("place").strip(" ,")
        if m.group("region"):
            place += ", " + m.group("region")
        return m.group("text"), {"place": place, "agency": "", "date": ""}
    return None


@attrs.frozen
class DatelineFilter:
    """The dateline or wire prefix that opens the body ("BAGHDAD (Reuters) -", "REUTERS -").

    Only the prefix is cut; the paragraph stays.  It is looked for on the first blocks of the body.
    """

    name: str = "dateline"
    look_ahead: int = 3

    def __call__(self, page: Page) -> Iterator[Decision]:
        region = page.body
        checked = 0
        for block in page.undecided():
            if block.index < region.first:
                continue
            text = page.text_of(block.index)
            found = match_dateline(text)
            if found is not None:
                prefix, data = found
                yield Decision(
                    block.index,
                    Kind.DATELINE,
                    f"dateline {prefix.strip()!r}",
                    span=(0, len(prefix)),
                    data={"dateline": {"text": prefix.strip(), **data}},
                )
                return
            checked += 1
            if checked >= self.look_ahead:
                return


_TIME_TOKEN = re.compile(
    r"^(?:\d{1,4}(?:([:./-])\d{1,4}(?:\1\d{1,4})?)?(?:h\d{2}|am|pm|a\.m\.|p\.m\.)?(?:st|nd|rd|th)?|\d{1,2}(?:am|pm|h))$",
    re.IGNORECASE,
)
# What only a date or a time has: a year, a day.month.year, a clock time, "7am", "07h30".  A
# date's parts share one separator: "4.7/5" is a rating, not a date.
_DATE_MARK = re.compile(
    r"^(?:(?:19|20)\d{2}|\d{1,4}([./-])\d{1,2}\1\d{1,4}|\d{1,2}:\d{2}\S*|\d{1,2}(?:h\d{2}|am|pm|a\.m\.|p\.m\.|h))$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d:\d\d|\d(?:am|pm|h)\b|\d([./-])\d{1,2}\1\d", re.IGNORECASE)
# Date words that are also common function words: they do not make "33" or "1.15" a date.
# ... and the words of a reading time ("· 3 min read"), which go with a date but make none.
_WEAK_DATE_WORDS = frozenset(
    "on at by last in le el de del il alle op om um em às min mins read reading time stand:".split()
)
MAX_DATE_LINE_WORDS = 14
# A date's label left alone on its line, the date beside it in another element: "Posted on",
# "Last updated on:", "Published:", "Estimated reading time:"
_DATE_LABEL = re.compile(
    r"^\W*(?:(?:(?:last|originally|first) )?(?:posted|published|updated|modified|edited)(?: (?:on|at))?\s*:?|"
    # a heading may say "Release date" or "Reading time": with the colon, it is a field's label
    r"(?:publication |publish )?date\s*:|(?:estimated )?reading time\s*:|read time\s*:)$",
    re.IGNORECASE,
)
MAX_LABEL_CHARS = 40
_ASCII_DIGIT = re.compile(r"[0-9]")


_TOKEN_EDGES = ",:|·•()[]—–-"


def _more_tokens_than(raw: list[str], limit: int) -> bool:
    """Whether more than ``limit`` of the tokens ``raw`` keep something once their edges are
    stripped (what :func:`is_date_line` counts), read only until the count is over."""
    n = 0
    for t in raw:
        if t.strip(_TOKEN_EDGES):
            n += 1
            if n > limit:
                return True
    return False


# A day of the month; with a period, its ordinal, as German, the Nordic languages and Czech write
# it ("3. März 2024", "3. mars 2024")
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# German "as of" with its colon (a weak date word: "Stand: 2:1" is a match's score); without the
# colon, "stand" is an English word ("Stand by Me, 1986")
_AS_OF = "stand:"
_LINE_DATE_WORDS = phrases.DATE_WORDS | {_AS_OF}


def _day_month_year(toks: list[str]) -> bool:
    """Whether ``toks`` hold a day, then a month's name, then a year, as the languages whose month
    names are other words write a date: "3 mars 2024", "3 mag 2024"."""
    for i in range(1, len(toks) - 1):
        if toks[i] in phrases.AMBIGUOUS_DATE_WORDS and _DAY.match(toks[i - 1]):
            return any(_YEAR.match(t) for t in toks[i + 1 :])
    return False


# German days abbreviated, with their period ("Mo., 3. März 2024"): without it, "so" and "do" are words
_DAY_ABBREVIATIONS = dict(zip("mo. di. mi. do. fr. sa. so.".split(), phrases.GERMAN_DAYS, strict=True))


def _date_token(raw: str) -> str:
    """A token of a line as :func:`is_date_line` reads it: edges stripped, lower case, and the
    period of an abbreviated month or day, or of a day's ordinal, taken off ("Dec." is "dec", "3."
    is "3", "a.m." stays; "Mo." is "montag")."""
    t = raw.strip(_TOKEN_EDGES).lower()
    if t == "stand" and raw.lower() == _AS_OF:
        return _AS_OF
    if t.endswith(".") and (t[:-1] in phrases.DATE_WORDS or _DAY.match(t[:-1])):
        return t[:-1]
    return _DAY_ABBREVIATIONS.get(t, t)


def is_date_line(text: str) -> bool:
    """A line that only says when: "Mar 11, 2024 Updated 10:05 a.m.", "Published: 7:00am, 15 Mar 2024".

    A bare number ("33", "1.15") is not one: a share count or a table cell, not a time.
    """
    if text.isascii() and not _ASCII_DIGIT.search(text):
        return False  # no digit: not a date line (a speed-up for the many lines without one)
    raw = text.split()
    if len(raw) > MAX_DATE_LINE_WORDS and _more_tokens_than(raw, MAX_DATE_LINE_WORDS):
        return False  # a paragraph: its tokens are not all read
    toks = [_date_token(t) for t in raw]
    toks = [t for t in toks if t]
    if not toks or len(toks) > MAX_DATE_LINE_WORDS:
        return False
    words = [t for t in toks if not any(c.isdigit() for c in t)]
    digits = len(toks) - len(words)
    if words and all(t in phrases.AMBIGUOUS_DATE_WORDS for t in words) and not _day_month_year(toks):
        return False  # "Mars 2020", "Mag 7", "Mars 3, 1971": a heading, a probe ("3 mars 2024" is a date)
    known = sum(1 for t in toks if t in _LINE_DATE_WORDS or _TIME_TOKEN.match(t))
    if len(toks) == 1 and not _CLOCK.search(toks[0]):
        return False  # "2017" alone is a figure in a table or a fact box, not when the story ran
    marked = any(_DATE_MARK.match(t) or (t in _LINE_DATE_WORDS and t not in _WEAK_DATE_WORDS) for t in toks)
    return digits >= 1 and known == len(toks) and marked


# "by" and a capitalised name of up to five words, up to where a date or the line goes on
_BY_NAME = re.compile(
    r"\b(?i:by|von|par|por|door)\s+((?:[A-Z][\w.'’-]*\s*){1,5}?)(?=$|[.,;|—–]|\s(?:at|on|am|le|el|op|um|à)\s)"
)


def is_dated_credit(text: str) -> bool:
    """A post's footer or header that says when and by whom: "Posted by David at December 16, 2025
    11:15 AM", "11/12/2025 by One Tree Planted": a date line once "by" and the name are taken out."""
    if text.isascii() and not _ASCII_DIGIT.search(text):
        return False
    m = _BY_NAME.search(text)
    # a line that opens with "By" is a byline, the byline filter's to read
    return m is not None and m.start() > 0 and is_date_line(f"{text[: m.start()]} {text[m.end() :]}")


@attrs.frozen
class DateLineFilter(BlockJudge):
    """Lines that only give the publication or update time, alone or with the name of who posted."""

    name: str = "date"
    kind = Kind.DATE

    def judge(self, block: Block, page: Page) -> str | None:
        text = page.text_of(block.index)
        if is_date_line(text):
            return "publication or update time"
        if len(text) <= MAX_LABEL_CHARS and _DATE_LABEL.match(text.strip()):
            return "the label of a publication time, alone on its line"
        return "publication time and who posted" if is_dated_credit(text) else None
