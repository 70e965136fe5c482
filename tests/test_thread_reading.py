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


def _texts(posts: str) -> list[str]:
    blocks = thread_blocks(html.fromstring(_thread(posts)))
    assert blocks is not None
    return [b.text for b in blocks]


def test_a_posts_author_and_date_come_before_its_text() -> None:
    """The names after a post's text are its likes' and its editor's, and a user panel's date is
    when its user joined."""
    post = (
        '<div class="post"><a class="username">{author}</a><dl><dd><time>Jan 1, 2010</time></dd></dl>'
        '<time datetime="2024-10-08T10:00"></time><div itemprop="text">{text}</div>'
        '<div class="likes">Liked by <a class="username">liker</a></div></div>'
    )
    texts = _texts(post.format(author="roe_77", text=FIRST) + post.format(author="jdoe", text=REPLIES[0]))
    assert texts == ["roe_77 · 2024-10-08T10:00", FIRST, "jdoe · 2024-10-08T10:00", REPLIES[0]]


def test_two_users_may_write_the_same_short_reply() -> None:
    posts = "".join(_post(author, 9, text) for author, text in (("a", FIRST), ("b", "Thanks!"), ("c", "Thanks!")))
    assert _texts(posts) == ["a · Oct 9, 2024", FIRST, "b · Oct 9, 2024", "Thanks!", "c · Oct 9, 2024", "Thanks!"]


def test_a_posts_lines_keep_table_cells_and_text_after_comments_apart() -> None:
    table = "<table><tr><th>model</th><th>price</th></tr><tr><td>alpha</td><td>beta</td></tr></table>"
    posts = _post("a", 9, FIRST) + _post("b", 9, f"one <!-- s:) --> two {table}")
    tree = html.fromstring(_thread(posts), parser=html.HTMLParser(remove_comments=False))
    blocks = thread_blocks(tree)
    assert blocks is not None
    assert [b.text for b in blocks][3:] == ["one two", "model", "price", "alpha", "beta"]


def test_a_story_or_a_product_keeps_its_text_whatever_its_comments_look_like() -> None:
    """Reader comments and reviews may be marked up as a thread's posts are: a page that calls
    itself a story or a product is not read post by post."""
    story = "".join(f"<p>{FIRST} Paragraph {n} goes on about the council's budget.</p>" for n in range(3))
    talk = "".join(
        f'<div class="response" data-author="reader{n}"><div itemprop="text">{REPLIES[n % 4]} {FIRST} {n}</div></div>'
        for n in range(12)
    )
    heads = (
        '<meta property="og:type" content="article">',
        '<script type="application/ld+json">{"@type": "Product", "name": "Suite"}</script>',
    )
    for head in heads:
        body = f"<main><h1>Budget</h1>{story}</main>{talk}"
        page = f"<html><head><title>Budget</title>{head}</head><body>{body}</body></html>"
        article = newsclean.clean_html(page, url="https://www.example.com/community/council-budget")
        assert "goes on about the council's budget" in article.text


def test_only_a_forums_page_is_read_post_by_post() -> None:
    from newsclean.pipeline import _reads_as_thread

    marked = {"declared_types": (), "og_type": "", "post_authors": ("a", "b")}
    assert _reads_as_thread(marked, "")
    assert not _reads_as_thread({**marked, "og_type": "article"}, "")  # a story's marked comments
    assert _reads_as_thread({**marked, "og_type": "article"}, "forum")  # XenForo 1 calls its threads so
    assert not _reads_as_thread({**marked, "declared_types": ("Product",)}, "forum")  # a shop's reviews
    assert not _reads_as_thread({**marked, "post_authors": ()}, "")
