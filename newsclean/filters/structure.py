"""Filters for the parts of a story that move to the metadata: headline, deck, byline, captions,
credits, datelines and contributor lines.  Their decisions carry what they found in ``data``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..agencies import agencies_in, canonical_agency
from ..kinds import Kind
from ..model import Block
from ..page import Decision, Page
from ..people import looks_like_name, normalise_name, split_byline, strip_by
from ..textshape import ends_sentence, fold, is_headline_like, is_prose, words


def first_prose_index(page: Page) -> int:
    """Index of the first block that reads as running text (the body's likely start)."""
    for block in page.undecided():
        if is_prose(page.text_of(block.index)):
            return block.index
    return len(page.blocks)


def _is_byline(text: str) -> bool:
    rest = strip_by(text)
    return rest is not None and len(words(text)) <= 14 and bool(split_byline(text)[0] or split_byline(text)[1])


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
        title = next(
            (b for b in page.undecided() if b.index < body_start and self._headline(page.text_of(b.index))),
            None,
        )
        if title is None:
            # the deck itself may be the first prose block
            title = next(
                (b for b in page.undecided() if b.index <= body_start and self._headline(page.text_of(b.index))),
                None,
            )
            if title is None:
                return
        yield Decision(title.index, Kind.TITLE, "the headline: first headline-shaped line above the body",
                       data={"title": page.text_of(title.index)})
        deck = self._deck(page, title.index)
        if deck is not None:
            yield Decision(deck.index, Kind.SUBTITLE, "the deck: the sentence under the headline, set apart from the body",
                           data={"subtitle": page.text_of(deck.index)})

    @staticmethod
    def _headline(text: str) -> bool:
        return len(words(text)) >= 4 and is_headline_like(text) and not _is_byline(text)

    def _deck(self, page: Page, title_index: int) -> Block | None:
        nxt = title_index + 1
        if nxt >= len(page.blocks) or page.is_decided(nxt):
            return None
        text = page.text_of(nxt)
        n = len(words(text))
        if not 6 <= n <= self.max_deck_words or _is_byline(text) or not ends_sentence(text):
            return None
        # The deck is set apart from the body by furniture; the first paragraph is not.
        after = nxt + 1
        if after < len(page.blocks) and is_prose(page.text_of(after)) and not page.is_decided(after):
            return None
        return page.blocks[nxt]

    def _from_hints(self, page: Page) -> Iterator[Decision]:
        title, deck = fold(page.hints.title), fold(page.hints.subtitle)
        seen_title = seen_deck = False
        for block in list(page.undecided()):
            f = fold(page.text_of(block.index))
            if not f:
                continue
            if f == title or (len(f) > 20 and title.startswith(f)):
                if not seen_title:
                    seen_title = True
                    yield Decision(block.index, Kind.TITLE, "the headline, as the document's title gives it",
                                   data={"title": page.text_of(block.index)})
                else:
                    yield Decision(block.index, Kind.DUPLICATE, "repeats the headline")
            elif deck and (f == deck or (len(f) > 40 and deck.startswith(f))) and not seen_deck:
                seen_deck = True
                yield Decision(block.index, Kind.SUBTITLE, "the deck, as the document's description gives it",
                               data={"subtitle": page.text_of(block.index)})


# "...checkpoint.Credit: Reuters", "... (Photo: AP)", "Photograph: Jane Doe/Getty Images"
_CREDIT_TAIL = re.compile(
    r"(?P<sep>[\s.(|]*)(?:(?:image |photo |picture )?credits?|photo(?:graph)?s?|pictures?|images?|foto|fotos|bild|"
    r"crédit|source|quelle)\s*:\s*(?P<credit>[^:]{2,80}?)\)?\s*$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(
    r"(?P<sep>[\s.(|]*)(?P<credit>(?:AP Photo|REUTERS|AFP|EPA|Getty Images|dpa|ANSA)(?:\s*/\s*[\w .'-]{2,60}|\s+via\s+[\w .'-]+)?)\)?\s*$"
)
MAX_CAPTION_WORDS = 60


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption that ends with a credit, or None."""
    for pattern in (_CREDIT_TAIL, _AGENCY_PHOTO):
        m = pattern.search(text)
        if m:
            caption = text[: m.start()].strip()
            if "." in m.group("sep") and caption and caption[-1] not in ".!?":
                caption += "."  # the credit's separator swallowed the caption's full stop
            credit = m.group("credit").strip(" .)")
            if pattern is _AGENCY_PHOTO and caption and not caption.endswith((".", "(", ")", "|")) and m.group("sep").strip() == "":
                continue  # "... said REUTERS" is prose, not a credit
            return caption, credit
    return None


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
        for block in list(page.undecided()):
            i = block.index
            if i in decided:
                continue
            text = page.text_of(i)
            if len(words(text)) > MAX_CAPTION_WORDS:
                continue
            split = split_credit(text)
            if split is not None:
                caption, credit = split
                prev = i - 1
                if caption and prev >= 0 and prev not in decided and not page.is_decided(prev) and fold(page.text_of(prev)) == fold(caption):
                    decided.add(prev)
                    yield Decision(prev, Kind.CAPTION, "image caption, repeated below with its credit",
                                   data={"caption": caption, "credit": credit})
                    yield Decision(i, Kind.CREDIT, f"repeats the caption above and adds its credit {credit!r}",
                                   data={"caption": caption, "credit": credit})
                elif caption:
                    yield Decision(i, Kind.CAPTION, f"image caption ending with the credit {credit!r}",
                                   data={"caption": caption, "credit": credit})
                else:
                    yield Decision(i, Kind.CREDIT, f"image credit {credit!r}", data={"credit": credit})
                decided.add(i)
                continue
            img = hint_captions.get(fold(text))
            if img is not None:
                decided.add(i)
                yield Decision(i, Kind.CAPTION, "repeats an image caption of the page",
                               data={"caption": img.caption, "credit": img.credit})


@attrs.frozen
class BylineFilter:
    """Author lines: "By Jane Doe", "Von Hans Müller", or a bare name above the body."""

    name: str = "byline"

    def __call__(self, page: Page) -> Iterator[Decision]:
        body_start = first_prose_index(page)
        hinted = {fold(a) for a in page.hints.authors}
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            if len(words(text)) > 20:
                continue
            if strip_by(text) is not None:
                people, agencies = split_byline(text)
                if people or agencies:
                    yield Decision(block.index, Kind.BYLINE, f"byline naming {', '.join(people + agencies)}",
                                   data={"authors": people, "agencies": agencies})
                continue
            name = normalise_name(text)
            if fold(name) in hinted or (block.index < body_start and looks_like_name(name) and not ends_sentence(text)):
                if canonical_agency(name):
                    yield Decision(block.index, Kind.BYLINE, f"byline naming the agency {name}",
                                   data={"agencies": [canonical_agency(name)]})
                else:
                    yield Decision(block.index, Kind.BYLINE, f"a name alone above the body: the author {name}",
                                   data={"authors": [name]})


# "(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by ..."
_CONTRIB_ROLE = re.compile(
    r"(?P<role>(?:additional |further )?reporting|writing|editing|compiled|written|graphics|"
    r"research|translation|produced)\s+by\s+(?P<names>[^;)]+)",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"^\W*(?P<pre>.{0,80}?)\b(?:contributed|also contributed) (?:to )?(?:this|the) (?:report|story|article)\.?\W*$",
    re.IGNORECASE,
)


@attrs.frozen
class ContributorsFilter:
    """Lines that credit the people who worked on the story, usually at its end."""

    name: str = "contributors"

    def __call__(self, page: Page) -> Iterator[Decision]:
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            if len(words(text)) > 50:
                continue
            entries = self._entries(text)
            if entries is not None:
                contributors, agencies = entries
                yield Decision(block.index, Kind.CONTRIBUTORS, "credits the people who worked on the story",
                               data={"contributors": contributors, "agencies": agencies})

    @staticmethod
    def _entries(text: str) -> tuple[list[dict[str, str]], list[str]] | None:
        stripped = text.strip().strip("()[]").strip()
        matches = list(_CONTRIB_ROLE.finditer(stripped))
        if matches and matches[0].start() <= 2:
            out: list[dict[str, str]] = []
            for m in matches:
                role = m.group("role").lower().replace("additional ", "additional_").replace("further ", "additional_")
                people, _ = split_byline("By " + m.group("names"))
                out.extend({"name": p, "role": role} for p in people)
            return out, []
        m = _CONTRIBUTED.match(text)
        if m:
            pre = m.group("pre")
            agencies = agencies_in(pre)
            pre = re.sub(r"\b(?:the )?(?:" + "|".join(re.escape(a) for a in ("Associated Press", "Reuters", "AP", "AFP")) + r")\b", "", pre)
            pre = re.sub(r"\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b", "", pre, flags=re.IGNORECASE)
            people, _ = split_byline("By " + pre)
            return [{"name": p, "role": "contributing"} for p in people], agencies
        return None


_DATELINE = re.compile(
    r"""^(?P<text>
        (?P<place>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’ -]{1,40}?)              # BAGHDAD, NEW YORK
        (?:,\s*(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?         # , Iraq
        (?:,\s*(?P<date>(?:\d{1,2}\.?\s)?[A-Za-zäéû]{3,9}\.?(?:\s\d{1,2})?))?   # , June 22 / 3. März
        \s*\((?P<agency>[^)]{2,40})\)                              # (Reuters)
        \s*\.?\s*[-–—:]+\s*)""",
    re.VERBOSE,
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
    m = _WIRE_PREFIX.match(text)
    if m:
        raw = m.group("agency")
        agency = canonical_agency(raw)
        if agency and (raw.isupper() or raw == agency):
            return m.group("text"), {"place": "", "agency": agency, "date": ""}
    m = _PLACE_ONLY.match(text)
    if m and len(words(m.group("place"))) <= 4:
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
                yield Decision(block.index, Kind.DATELINE, f"dateline {prefix.strip()!r}",
                               span=(0, len(prefix)), data={"dateline": {"text": prefix.strip(), **data}})
                return
            checked += 1
            if checked >= self.look_ahead:
                return
