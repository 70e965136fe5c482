"""A forum thread is read post by post, as its software marks each post's text."""

from __future__ import annotations

from lxml import html

import newsclean
from newsclean.html.posts import thread_blocks

FIRST = (
    "I am thinking of buying the new office suite. It costs about 120 pounds from the maker and the big shops, "
    "but other sellers offer it for nearer 30. Are these licences legitimate, and how can they sell them so cheaply? "
    "One offer I am looking at has good reviews, but I do not know how far to trust those reviews."
)
REPLIES = (
    "No. How could they be at that price?",
    "Thanks, that is what I feared.",
    "Consider the free suite instead; it reads most of their files.",
    "Bulk licences from firms get resold, which the maker tolerates.",
)
SUMMARY = (
    "The discussion revolves around the legitimacy of cheap licences sold by third parties, with participants "
    "exploring product keys, free alternatives and their experiences with document compatibility across suites. "
    "Some are sceptical, others say bulk licences may be resold legitimately, and several recommend a subscription."
)


def _post(author: str, day: int, text: str, extra: str = "") -> str:
    return (
        f'<article class="message message--post" data-author="{author}">'
        f'<div class="message-user"><a class="username" href="/members/{author}.1/">{author}</a>'
        "<dl><dt>Messages</dt><dd>196</dd></dl></div>"
        f'<header><time datetime="2024-10-0{day}">Oct {day}, 2024</time></header>'
        f'<article class="message-body"><div class="bbWrapper">{text}</div></article>'
        f'{extra}<footer class="message-footer"><a class="reply">Reply</a></footer></article>'
    )


def _thread(posts: str, *, before: str = "") -> str:
    return (
        "<html><head><title>Buying the office suite cheaply</title></head><body>"
        '<nav><a href="/">Forums</a> <a href="/whats-new/">What\'s new</a></nav>'
        f"<main><h1>Buying the office suite cheaply</h1>{before}"
        f'<div class="block-body">{posts}</div></main>'
        "<footer>Terms Privacy Help</footer></body></html>"
    )


QUOTE = (
    '<blockquote class="bbCodeBlock bbCodeBlock--quote" data-author="paul">'
    '<div class="bbCodeBlock-title">paul said:</div>'
    '<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">Are these legit?</div>'
    '<div class="bbCodeBlock-expandLink"><a>Click to expand...</a></div></div></blockquote>'
)
SIGNATURE = '<aside class="message-signature"><div class="bbWrapper">2023 hatchback, 2017 estate</div></aside>'
POSTS = "".join(
    [
        _post("paul", 8, FIRST),
        _post("phinds", 8, f"{QUOTE}{REPLIES[0]}", SIGNATURE),
        _post("paul", 8, REPLIES[1]),
        _post("checker", 9, REPLIES[2]),
        _post("jedi", 9, REPLIES[3]),
    ]
)


def test_every_post_of_a_thread_is_read_the_short_replies_too() -> None:
    """trafilatura takes one main block: here an AI summary above the posts, or the long posts
    alone; the thread's reading holds every post, its quotes, and none of the furniture."""
    before = f'<div class="block ai-summary"><h2>Discussion Overview</h2><p>{SUMMARY}</p></div>'
    page = _thread(POSTS, before=before)
    article = newsclean.clean_html(page, url="https://forum.example.org/threads/office-suite.1066181/")
    assert article.metadata.page_type == "forum"
    for text in (FIRST, *REPLIES, "paul said:", "Are these legit?", "phinds · Oct 8, 2024", "jedi · Oct 9, 2024"):
        assert text in article.text
    for furniture in ("Click to expand", "2023 hatchback", "Messages", "Reply", "What's new", SUMMARY[:40]):
        assert furniture not in article.text
    assert article.text.index(FIRST) < article.text.index(REPLIES[0]) < article.text.index(REPLIES[3])
    # what the thread's reading left out is recorded, as every reading's is
    assert any(SUMMARY[:40] in r.text for r in article.removed)


def test_each_post_is_its_authors_name_and_date_then_its_lines() -> None:
    blocks = thread_blocks(html.fromstring(_thread(POSTS)))
    assert blocks is not None
    texts = [b.text for b in blocks]
    assert texts[:2] == ["paul · Oct 8, 2024", FIRST]
    # the quote's user is not the post's author, the signature is not its text
    assert texts[2:6] == ["phinds · Oct 8, 2024", "paul said:", "Are these legit?", REPLIES[0]]
    assert "2023 hatchback, 2017 estate" not in texts


def test_a_person_in_microdata_is_named_by_its_name_not_its_avatar() -> None:
    author = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">roe_77</span><a class="avatar"><span>R</span></a></div>'
    )
    posts = "".join(
        f'<div class="post">{author}<div itemprop="text"><p>{text}</p></div></div>' for text in (FIRST, REPLIES[0])
    )
    blocks = thread_blocks(html.fromstring(_thread(posts)))
    assert blocks is not None
    assert [b.text for b in blocks] == ["roe_77", FIRST, "roe_77", REPLIES[0]]


def test_what_a_thread_reading_leaves_out() -> None:
    """A post shown twice is read once; a link's preview card and the comments under a Q&A
    site's answers are not the posts' text; one post makes no thread."""
    preview = '<aside class="onebox"><header>example.com</header><article>A teaser of another page.</article></aside>'
    comments = f'<ul class="comments"><li class="comment"><span itemprop="text">{REPLIES[2]}</span></li></ul>'
    posts = "".join(
        [
            f'<div class="post"><div itemprop="text"><p>{FIRST}</p></div></div>',
            f'<div class="post"><div itemprop="text"><p>{FIRST}</p></div></div>',
            f'<div class="post"><div itemprop="text"><p>{REPLIES[0]}</p>{preview}</div>{comments}</div>',
        ]
    )
    blocks = thread_blocks(html.fromstring(_thread(posts)))
    assert blocks is not None
    assert [b.text for b in blocks] == [FIRST, REPLIES[0]]
    single = f'<div class="post"><div itemprop="text"><p>{FIRST}</p></div></div>'
    assert thread_blocks(html.fromstring(_thread(single))) is None


def test_a_story_with_marked_reader_comments_is_read_as_a_story() -> None:
    """Only a forum's page is read post by post: a story's comments may be marked up as a
    thread's posts are, and they are no part of the story."""
    story = "".join(f"<p>{FIRST} Paragraph {n} of the story goes on about the licences.</p>" for n in range(6))
    comments = "".join(
        f'<div class="comment"><div itemprop="text">{text}</div></div>' for text in (REPLIES[0], REPLIES[2])
    )
    page = (
        '<html><head><title>Cheap licences</title><meta property="og:type" content="article"></head><body>'
        f'<article><h1>Cheap licences</h1>{story}</article><section id="comments">{comments}</section>'
        "</body></html>"
    )
    article = newsclean.clean_html(page, url="https://news.example.com/2024/10/08/cheap-licences")
    assert article.metadata.page_type == "article"
    assert REPLIES[0] not in article.text
