"""Calls to action, labels and plugs that stand inside the body region of plain text."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.filters import (
    AuthorBoxFilter,
    LabelledBoxFilter,
    NavigationFilter,
    PromptBoxFilter,
    RelatedLinkFilter,
    phrase_filters,
)
from newsclean.filters.prompts import reader_prompt_filter

from .helpers import PROSE, PROSE2, PROSE3, PROSE4, page_of, run

PHRASES = {f.name: f for f in phrase_filters()}


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to get our curated emails with the best trail content from around the world. You'll be "
        "turned on to new videos, trip reports and gear reviews.",
        "Subscribe to the company blog to receive fresh perspectives, resources and advice on relocation.",
        "Fill out the form below and one of our producers will follow up within 48 hours.",
        "Thank you! Please check your inbox now for your welcome email.",
        "We will never sell your information. Modify your preferences or unsubscribe at any time.",
        "Get in touch today to see how we can help you!",
        "Order your copy of the new handbook today!",
        "Join our community for free to get updates from this writer.",
        "Buy now from one of our trusted retail partners:",
        "Terms of submitting this form: I agree that the school may contact me regarding its services by email.",
        "Would you like to receive notifications about new posts?",
        "Fill this form to download every syllabus from our school.",
        "Keep up with the latest and greatest in growth marketing",
        "Want to keep up with the latest sales trends? The free weekly Insider email is the industry's source.",
        "Get the latest news about our live educational events and online courses.",
        "Love this newsletter? Tell your friends and get rewards.",
        "Explore other financial wellness topics & resources.",
        "Use our easy solar panel calculator to get a quick estimate of how many panels you need.",
        "On a related note, here are some interesting articles.",
        "Nearly 100,000 people subscribe. Your support is greatly appreciated!",
        "Did you make one of my recipes? Please take a moment to leave a star rating and a comment below!",
        "Catch up on our coverage of tools, and follow us on Facebook, Instagram and TikTok to stay up to date.",
    ],
)
def test_a_call_to_action_written_as_a_sentence_is_removed(line: str) -> None:
    assert run(reader_prompt_filter(), page_of(PROSE, line, PROSE2)) == {1: "advertisement"}


@pytest.mark.parametrize(
    "line",
    [
        # the same words inside the story's own sentences
        "The company said customers sign up to receive promotional emails, and most of them never unsubscribe.",
        "Officials urged residents who follow the council on Facebook to check for road closures before travelling.",
        "I agree that the plan has flaws, the senator said, but it is the best the committee could agree on.",
        "It is hard to keep up with the latest models, said one engineer, who asked not to be named.",
        "Investors who want to get the latest figures must wait until the agency publishes them in March.",
        "Residents can use our online map to see which roads are closed, the council said on Monday.",
        "Contact us if you have any questions about the new timetable, the council said on Monday.",
        "Residents who fill out the form at city hall before March will be entered in the lottery, the "
        "mayor said, adding that some 4,000 had done so. " * 2,
    ],
)
def test_the_story_s_own_sentences_stay(line: str) -> None:
    assert run(reader_prompt_filter(), page_of(PROSE, line, PROSE2)) == {}


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("advertisement", "Advertisement - Continue Reading Below"),
        ("advertisement", "Advertisement: New AI Book!"),
        ("advertisement", "Pipelines made simple - what is actually happening (Sponsored)"),
        ("advertisement", "Sponsor Message"),
        ("advertisement", "Sponsor this newsletter"),
        ("comments", "Discussion about this post"),
        ("comments", "Reply by email"),
        ("newsletter", "Join Our Genius Newsletter"),
        ("newsletter", "Love baking? Then join our recipe newsletter"),
        ("call_to_action", "Take the next step"),
        ("call_to_action", "Like what you see? Share with a friend"),
        ("call_to_action", "Help me spread the word about this podcast!"),
    ],
)
def test_labels_and_plugs_are_removed(name: str, line: str) -> None:
    f = PHRASES[name]
    assert run(f, page_of(PROSE, line, PROSE2)) == {1: f.kind.value}


@pytest.mark.parametrize("line", ["Search for:", "Loading posts…", "Loading…"])
def test_search_box_and_loading_labels_are_navigation(line: str) -> None:
    assert run(NavigationFilter(), page_of(PROSE, line)) == {1: "navigation"}


def test_a_product_s_offer_stays() -> None:
    """On a product page the discount is the page's content, not a plug between paragraphs."""
    line = "Subscribe and save: join the club to save 30% off your first shipment and 10% after that."
    assert run(reader_prompt_filter(), page_of(PROSE, line, PROSE2)) == {}


def test_a_sentence_about_sponsors_or_buying_stays() -> None:
    line = "The festival said it would buy new tents after its main sponsor, a local bank, pulled out in May."
    for f in (*phrase_filters(), reader_prompt_filter()):
        assert run(f, page_of(PROSE, line, PROSE2)) == {}, f.name


def test_an_author_s_other_posts_are_a_box_of_teasers() -> None:
    page = page_of(PROSE, "Recently by Jane Roe", "I am a creative.", "Why the web needs editors", PROSE2)
    assert run(LabelledBoxFilter(), page) == {1: "teaser", 2: "teaser", 3: "teaser"}


def test_you_may_be_interested_in_the_following_is_a_teaser_heading() -> None:
    line = "You may be interested in the following topics as well:"
    assert run(RelatedLinkFilter(), page_of(PROSE, line)) == {1: "teaser"}


def test_clean_text_records_the_prompt_with_its_kind_and_reason() -> None:
    text = "\n\n".join([PROSE, "Fill out the form below for a free quote and our team will call you.", PROSE2])
    article = clean_text(text)
    assert article.paragraphs == (PROSE, PROSE2)
    (removal,) = [r for r in article.removed if r.filter == "reader_prompt"]
    assert removal.kind.value == "advertisement"
    assert "fill out the form" in removal.reason.lower()


def test_an_author_box_beside_the_name_is_removed_as_a_byline() -> None:
    bio = (
        "Jane Roe is a gear editor and buyer's guide writer at the magazine. She has been writing about "
        "trail running for four years."
    )
    page = page_of(PROSE, PROSE2, "Jane Roe", bio, "View all posts by Jane Roe")
    assert run(AuthorBoxFilter(), page) == {3: "byline"}


def test_a_person_introduced_inside_the_story_stays() -> None:
    line = (
        "Jane Roe is the founder of a bakery on Main Street, and she said the new budget would help "
        "small shops like hers keep their doors open."
    )
    assert run(AuthorBoxFilter(), page_of(PROSE, line, PROSE2)) == {}


def _region_filters(page):  # the filters that run before the author box in the chain
    from newsclean.filters import DuplicateFilter

    for f in (*phrase_filters(), DuplicateFilter()):
        for d in f(page):
            page.apply(f.name, d)
    return page


def test_an_author_box_after_the_last_paragraph_goes_with_the_name_and_role() -> None:
    bio = (
        "With over seven years at the newspaper, Roe has played a pivotal role in expanding its coverage "
        "of the valley and its farms."
    )
    page = _region_filters(page_of(PROSE, PROSE2, PROSE + " Again.", "Jane Roe", "Contributing Writer", bio))
    assert run(AuthorBoxFilter(), page) == {3: "byline", 4: "byline", 5: "byline"}


def test_a_first_person_blurb_under_a_name_at_the_end_is_an_author_box() -> None:
    bio = "Hi there! I'm Jane, a certified trainer with a passion for writing about strength and recovery."
    page = _region_filters(page_of(PROSE, PROSE2, PROSE + " Again.", "Jane Roe", bio))
    assert run(AuthorBoxFilter(), page) == {3: "byline", 4: "byline"}
    assert page.decisions[3][1].data["authors"] == ["Jane Roe"]


@pytest.mark.parametrize(
    "bio",
    [
        "Roe has covered hospitals in the valley for ten years and writes about health and care.",
        "(Editor / Journalist) - Jane comes from a nursing background and writes about hospitals.",
        "Dr. Jane Roe is a physician with a long background in primary care and in hospital wards.",
    ],
)
def test_an_author_box_at_the_end_names_the_author(bio: str) -> None:
    page = _region_filters(page_of(PROSE, PROSE2, PROSE + " Again.", "Jane Roe", "Health Reporter", bio))
    assert run(AuthorBoxFilter(), page) == {3: "byline", 4: "byline", 5: "byline"}
    assert page.decisions[3][1].data["authors"] == ["Jane Roe"]


def test_a_thing_s_blurb_under_its_name_at_the_end_names_no_author() -> None:
    """A list's last item ("Harbour Notes" / "Lately I've been enjoying" / "Harbour Notes, which
    is ..."): the blurb does not say who someone is."""
    blurb = "Harbour Notes, which is all about boats, tides and the people who fix them, and more besides."
    page = _region_filters(
        page_of(PROSE, PROSE2, PROSE + " Again.", "Harbour Notes", "Lately I've been enjoying", blurb)
    )
    assert all(not d.data.get("authors") for _, d in page.decisions.values())
    for decision in AuthorBoxFilter()(page):
        assert not decision.data.get("authors")


def test_a_subheading_and_its_section_at_the_end_stay() -> None:
    """ "Partial Indexes" / "Partial indexes only index rows ...": a section, not an author."""
    section = "Partial indexes only index the rows that match a condition, which saves space on large tables."
    page = _region_filters(page_of(PROSE, PROSE2, PROSE + " Again.", "Partial Indexes", section))
    assert run(AuthorBoxFilter(), page) == {}


def test_a_person_s_section_in_the_middle_of_a_story_stays() -> None:
    profile = "Jane Roe is a baker who has worked in the valley for thirty years, and she says trade is slow."
    page = _region_filters(page_of(PROSE, "Jane Roe", profile, PROSE2, PROSE + " Again.", PROSE2 + " Again."))
    assert run(AuthorBoxFilter(), page) == {}


def test_in_extracted_html_a_section_after_the_last_paragraph_is_not_taken_for_an_author_box() -> None:
    """A product page's own section ("Recycled Content" / "This product contains ...")."""
    section = "This product contains at least 50% recycled fibers, certified by an independent lab."
    lines = (PROSE, PROSE2, PROSE + " Again.", "Recycled Content", section)
    assert run(AuthorBoxFilter(), _region_filters(page_of(*lines, input_type="html"))) == {}


def _declared(*authors: str):
    from newsclean.page import Hints

    return Hints(authors=authors)


def test_the_declared_author_s_biography_after_the_story_goes_with_its_next_paragraphs() -> None:
    """No name line beside it: the page declares the author, and the story ends with her blurb."""
    bio = "Karen Mills is a freelance travel writer based in Lisbon. She has covered the city's food for ten years."
    more = "When she is not writing, Karen runs a cooking school for visitors in the old town."
    lines = (PROSE, PROSE2, PROSE + " Again.", bio, more)
    page = _region_filters(page_of(*lines, input_type="html", hints=_declared("Karen Mills")))
    assert run(AuthorBoxFilter(), page) == {3: "byline", 4: "byline"}
    (_, decision) = page.decisions[3]
    assert "author's biography" in decision.reason


def test_a_byline_names_the_author_whose_biography_ends_a_plain_text_story() -> None:
    article = clean_text(
        "\n\n".join(
            (
                "By Karen Mills",
                PROSE,
                PROSE2,
                PROSE + " Again.",
                "Karen Mills, a former court reporter, writes about local government for the paper.",
            )
        )
    )
    assert article.metadata.authors == ("Karen Mills",)
    assert "former court reporter" not in article.text
    assert any(r.kind.value == "byline" and "former court reporter" in r.text for r in article.removed)


@pytest.mark.parametrize(
    "last",
    [
        # another person: the story's subject
        "Jane Roe is the founder of a bakery on Main Street, and she has run it for twenty years.",
        # another person who shares the author's first name
        "Karen Lopez, the challenger, has gained ground among younger voters, according to the poll.",
        "Karen was a city councilwoman for eight years before she entered the race for mayor.",
    ],
)
def test_other_endings_that_describe_someone_stay(last: str) -> None:
    lines = (PROSE, PROSE2, PROSE + " Again.", last)
    page = _region_filters(page_of(*lines, input_type="html", hints=_declared("Karen Mills")))
    assert run(AuthorBoxFilter(), page) == {}


def test_a_company_credited_as_author_keeps_its_own_account_at_the_end() -> None:
    """ "Klatch Coffee has a 30 year history ... Our website is ...": the story's subject speaking."""
    last = "Klatch Coffee has a 30 year history of roasting in California. Our website is how we reach customers."
    lines = (PROSE, PROSE2, PROSE + " Again.", last)
    page = _region_filters(page_of(*lines, input_type="html", hints=_declared("Klatch Coffee")))
    assert run(AuthorBoxFilter(), page) == {}
    last = "Acme Media Group is a publisher of trade magazines for builders and the firms that supply them."
    lines = (PROSE, PROSE2, PROSE + " Again.", last)
    page = _region_filters(page_of(*lines, input_type="html", hints=_declared("Acme Media Group")))
    assert run(AuthorBoxFilter(), page) == {}


def test_an_author_biography_before_a_long_last_section_stays() -> None:
    """Followed by more of the story than an author box leaves: it is part of the story."""
    bio = "Karen Mills is a freelance travel writer based in Lisbon, where she has lived for ten years."
    lines = (PROSE, bio, PROSE2, PROSE + " Again.", PROSE2 + " Again.")
    page = _region_filters(page_of(*lines, input_type="html", hints=_declared("Karen Mills")))
    assert run(AuthorBoxFilter(), page) == {}


def test_a_story_ending_on_someone_else_keeps_its_last_paragraphs() -> None:
    """After a paragraph about another Sarah, "She said ..." is the story's, not a biography's."""
    lines = (
        PROSE,
        PROSE2,
        "Sarah Thompson, 9, spent three months on the ward last year after a transplant.",
        "Sarah is now back at school and hopes to become a nurse herself one day.",
        'She said: "I want to help kids like me."',
    )
    page = _region_filters(page_of(*lines, input_type="html", hints=_declared("Sarah Jones")))
    assert run(AuthorBoxFilter(), page) == {}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Abbonati per leggere tutti gli articoli", "paywall"),
        ("Sei già abbonato? Accedi", "login"),
        ("Assine para continuar lendo", "paywall"),
        ("Já é assinante? Faça login", "login"),
        ("Suscríbete para seguir leyendo", "paywall"),
        ("¿Ya eres suscriptor? Inicia sesión", "login"),
        ("Weiterlesen mit SZ Plus", "paywall"),
        ("Sie sind bereits Abonnent? Hier anmelden", "login"),
        ("Abonnez-vous pour lire la suite", "paywall"),
        ("Déjà abonné ? Se connecter", "login"),
        ("Free weekly newsletter", "newsletter"),
        ("Sign up to First Edition", "newsletter"),
        ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "legal"),
    ],
)
def test_prompts_of_several_words_in_six_languages(line: str, kind: str) -> None:
    article = clean_text("\n\n".join([PROSE, line, PROSE2]))
    assert article.text == f"{PROSE}\n\n{PROSE2}"
    assert [r.kind.value for r in article.removed] == [kind]


def test_the_story_s_sentences_with_a_prompt_s_words_stay() -> None:
    for line in (
        "Thousands of residents sign up to volunteer at the food bank each winter.",
        "Per continuare a leggere il rapporto, la commissione ha chiesto altri sei mesi di lavoro e nuovi fondi.",
        "Gli abbonati a Netflix in Italia sono cresciuti del dieci per cento nel corso del 2023.",
        "Abbonati in crescita per le piattaforme di streaming",
        "O leitor que quiser assinar a revista pode fazê-lo até sexta-feira, disse a editora.",
        "The group publishes a weekly newsletter.",
        "She wrote a monthly newsletter for her church.",
        "Mein Vater ist bereits Abonnent der Zeitung.",
        "Sono già abbonato da anni, racconta.",
        "Both cameras show the image.",
        "The site added reCAPTCHA verification.",
        "Sign up to vote by Friday",
    ):
        assert line in clean_text("\n\n".join([PROSE, line, PROSE2])).text


def test_the_blurb_inside_a_newsletter_box_goes_with_it() -> None:
    """A sign-up box's description and privacy notice name no prompt phrase: they are the box's
    for standing between its lines."""
    box = [
        "Sign up to Down to Earth",
        "Free weekly newsletter",
        "The planet's most important stories. Get all the week's environment news - the good and the bad",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
        "parties. For more information see our Privacy Policy.",
        "after newsletter promotion",
    ]
    article = clean_text("\n\n".join([PROSE, PROSE2, *box, PROSE3, PROSE4]))
    assert article.text == f"{PROSE}\n\n{PROSE2}\n\n{PROSE3}\n\n{PROSE4}"
    assert {r.kind.value for r in article.removed} == {"newsletter"}
    # a paragraph under a prompt, with none below it, is the story's
    page = page_of(PROSE, "Sign up for our newsletter", PROSE2, PROSE)
    for f in phrase_filters():
        for d in f(page):
            page.apply(f.name, d)
    assert run(PromptBoxFilter(), page) == {1: "newsletter"}  # the phrase filter's decision alone


def test_a_newsletter_box_takes_no_paragraph_of_the_story() -> None:
    """Only a sentence right between two of the box's lines is the box's; paywall prompts above and
    below a scraped story leave it whole, and a byline between prompts stays the byline."""
    para3 = (
        "Council members said the vote was the hardest they had faced in a decade, and several spoke of "
        "the anger they had heard from residents at public meetings held across the autumn."
    )
    article = clean_text(
        "\n\n".join(
            [PROSE, "Sign up for our free newsletter", PROSE2, para3, "Sign up for our newsletter", PROSE, PROSE2]
        )
    )
    assert article.text.split("\n\n") == [PROSE, PROSE2, para3, PROSE, PROSE2]
    paywalled = clean_text(
        f"Council approves record budget\n\nSubscribe now for unlimited access\n\n{PROSE}\n\n{PROSE2}"
        "\n\nSubscribe to continue reading"
    )
    assert paywalled.text == f"{PROSE}\n\n{PROSE2}"
    signed = clean_text(f"Subscribe now\n\nBy Jane Doe\n\nSubscribe to continue reading\n\n{PROSE}\n\n{PROSE2}")
    assert signed.metadata.authors == ("Jane Doe",)
    # a long paragraph right between two newsletter lines is the story's
    long = " ".join([PROSE, PROSE2, PROSE2])
    page = page_of(PROSE, "Sign up for our newsletter", long, "Subscribe to our newsletter", PROSE2)
    for f in phrase_filters():
        for d in f(page):
            page.apply(f.name, d)
    assert 2 not in run(PromptBoxFilter(), page)
