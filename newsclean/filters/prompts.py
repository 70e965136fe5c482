"""Calls to action written as sentences: the site speaking to its reader between the paragraphs.

The call-to-action and newsletter phrase filters take buttons and one-line plugs ("Book a demo",
"Sign up for our newsletter").  A plug is often a sentence or two instead: "Sign up to get our
curated emails with the best content ... You'll be turned on to new videos ...", "Fill out the form
below and our team will be in touch".  Its opening words give it away; the rest of the block is
the pitch.  The phrases are anchored at the block's start and cover the sentence that follows, so
a paragraph that only mentions signing up keeps its place.
"""

from __future__ import annotations

from ..kinds import Kind
from ..vocab import phrases
from .furniture import PhraseFilter

# A pitch of a few sentences; a longer block is a paragraph of the article
MAX_PROMPT_WORDS = 60


def reader_prompt_filter() -> PhraseFilter:
    """The filter of sentence-long calls to action, removed as advertisements."""
    return PhraseFilter("reader_prompt", Kind.ADVERTISEMENT, phrases.READER_PROMPT_PHRASES, max_words=MAX_PROMPT_WORDS)
