"""Features of a line in the scripts and languages beyond the first few: Chinese, Japanese, Russian, Polish ..."""

from __future__ import annotations

from typing import Any

import pytest

import newsclean
from newsclean.textshape import (
    fold,
    is_blank,
    is_headline_like,
    is_prose,
    stopword_density,
    without_invisible,
    word_count,
)

# Hand-written for these tests.
ZH_SENTENCE = "市政府昨天宣布，从下个月开始在老城区的三条街道上试行夜间公交线路，以方便下班较晚的居民回家。"
ZH_PARAGRAPHS = [
    ZH_SENTENCE,
    "据交通局介绍，新线路每半小时一班，票价与白天相同，试行期为三个月，期间将根据乘客的意见调整站点。",
    "不少居民表示欢迎，但也有商户担心夜间车辆增多会带来噪音，希望有关部门在试行中认真听取大家的建议。",
]
ZH_MENU = ["首页", "新闻", "体育", "财经", "科技", "娱乐", "登录", "注册", "分享到"]


def test_han_characters_count_two_to_a_word() -> None:
    assert word_count("首页") == 1
    assert word_count("分享到") == 2
    assert word_count("DeepMind新电脑") == 1 + 2
    assert word_count("The river rose") == 3  # other scripts as before
    assert word_count("人々") == 1  # the iteration mark is part of the word
    assert word_count("ﾆｭｰｽ") == 2  # half-width Kana


def test_an_english_headline_with_a_possessive_stays_a_headline() -> None:
    """The function words of other languages that are English words too do not count."""
    assert is_headline_like("Trump's tariffs hit Europe's carmakers")
    assert is_headline_like("Men's health: what doctors see under pressure")


def test_a_chinese_sentence_reads_as_prose_and_a_headline_does_not() -> None:
    assert is_prose(ZH_SENTENCE)
    assert stopword_density(ZH_SENTENCE) >= 0.15
    assert is_prose("市役所は昨日、来月から旧市街の三つの通りで夜間バスを試験的に運行すると発表しました。")
    headline = "老城区试行夜间公交线路"
    assert not is_prose(headline)
    assert is_headline_like(headline + "三个月后再评估")


def test_a_chinese_text_dump_keeps_its_paragraphs_and_drops_the_menu() -> None:
    """Before Han was counted two characters to a word, each paragraph was one or two "words" long:
    nothing read as prose, and the article was cut down to a line."""
    text = "\n".join([*ZH_MENU, "老城区试行夜间公交线路", *ZH_PARAGRAPHS, *ZH_MENU[:4]])
    article = newsclean.clean_text(text)
    assert article.text.split("\n\n") == ZH_PARAGRAPHS
    assert article.metadata.title == "老城区试行夜间公交线路"


# Hand-written: running text in languages outside the first few the project read.
OTHER_LANGUAGES = [
    "Президент заявил, что новые правила вступят в силу в следующем месяце и не затронут пенсионеров.",
    "Rada miasta zdecydowała, że nowa linia tramwajowa będzie gotowa do końca przyszłego roku.",
    "Kommunen meddelade att den nya bron ska vara klar till sommaren och att den inte blir dyrare.",
    "Vláda uvedla, že nová pravidla začnou platit od příštího měsíce a že se dotknou i důchodců.",
]


def test_running_text_reads_as_prose_in_russian_polish_swedish_and_czech() -> None:
    for sentence in OTHER_LANGUAGES:
        assert is_prose(sentence), sentence


def test_a_russian_text_dump_keeps_its_paragraphs() -> None:
    paragraphs = [
        OTHER_LANGUAGES[0],
        "По словам министра, изменения коснутся в первую очередь крупных городов, где цены на жильё выросли "
        "быстрее всего за последние годы.",
        "Эксперты считают, что эффект от новых правил станет заметен не раньше чем через год после их "
        "введения в действие.",
    ]
    menu = ["Главная", "Новости", "Политика", "Экономика", "Спорт", "Подписаться"]
    article = newsclean.clean_text("\n".join([*menu, "Новые правила для рынка жилья", *paragraphs, *menu[:3]]))
    assert article.text.split("\n\n") == paragraphs


def test_invisible_layout_hints_leave_the_words_whole() -> None:
    # a soft hyphen, a zero-width space, a word joiner and a stray byte-order mark
    assert without_invisible("in\u00adfor\u00admation \u200bshared\u2060 \ufeffhere") == "information shared here"
    assert without_invisible("Over-Ear\u200bConnection, it\u200b\u200bit") == "Over-Ear Connection, it it"
    assert fold("In\u00adformation") == fold("Information") == "information"
    # the joiners shape words in Persian and Indic script and emoji: they stay
    assert without_invisible("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f469\u200d\U0001f4bb") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f469\u200d\U0001f4bb"
    )


def test_the_clean_text_holds_no_invisible_layout_hints() -> None:
    story = (
        "The council voted on Tuesday to approve the new in\u00adformation centre, which opens in "
        "March, officials said, after a debate that ran late into the evening session."
    )
    page = (
        f"<html><body><article><h1>Council backs\u200b centre</h1><p>{story}</p><p>\u200b</p>"
        "<figure><img src=a.jpg><figcaption>The new in\u00adformation centre</figcaption></figure>"
        "<p>CEO: \u200b\u200bJane Doe</p></article></body></html>"
    )
    html = newsclean.clean_html(page)
    assert "information centre" in html.text and "CEO: Jane Doe" in html.text
    assert html.metadata.title == "Council backs centre"
    assert [i.caption for i in html.metadata.images] == ["The new information centre"]
    text = newsclean.clean_text(f"Council backs centre\n\n{story}\n\n\u200b\n\n{story.replace('March', 'May')}")
    assert "information centre" in text.text
    for article in (html, text):
        assert not any(ch in article.text for ch in "\u200b\u2060\ufeff\u00ad")
        assert "" not in article.paragraphs


def test_a_line_of_joiners_alone_is_blank() -> None:
    assert is_blank("\u200d") and is_blank(" \u200c \u200d ") and is_blank("")
    assert not is_blank("\u0645\u06cc\u200c\u062e") and not is_blank("\u200da")
    story = (
        "The council voted on Tuesday to approve the new library, which opens in March, officials "
        "said, after a debate that ran late into the evening session."
    )
    later = story.replace("March", "May")
    joiners = "<p>\u200c\u200d</p>"
    body = f"{joiners}<p>{story}</p>{joiners}<p>{later}</p>"
    html = newsclean.clean_html(f"<html><body><article>{body}</article></body></html>")
    text = newsclean.clean_text(f"{story}\n\u200d\n{later}")
    for article in (html, text):
        assert article.paragraphs == (story, later)
    # a joiner-only line parts two paragraphs as a blank line does, and is no block of its own
    assert newsclean.clean_text(f"{story}\n \u200d \n{later}").paragraphs == (story, later)


def test_plain_text_loses_its_layout_hints_as_it_is_loaded() -> None:
    """A line of them alone is a blank line; the removals' offsets count the text as loaded."""
    from newsclean.load import load

    text = (
        "Council backs centre\n\n\u200b\nLONDON\u200b (Reuters) - The council voted on Tuesday to approve "
        "the new centre, which opens in March, officials said.\n\nAdvertise\u00adment\n\nThe plan "
        "was backed by every member of the committee, the mayor said on Tuesday evening."
    )
    article = newsclean.clean_text(text)
    loaded = load(text, max_bytes=10**6, is_html=False)
    assert "\u200b" not in loaded and "\u00ad" not in loaded
    kinds = {r.kind.value: r for r in article.removed}
    assert "dateline" in kinds and "advertisement" in kinds
    for removal in article.removed:
        assert removal.start is not None and removal.end is not None
        assert loaded[removal.start : removal.end].strip() == removal.text.strip()
    assert article.metadata.agency == "Reuters"


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060\u00ad", "\ufeff", "\u200b\u200d"])
def test_a_paragraph_of_invisible_characters_alone_is_no_paragraph_in_html(invisible: str) -> None:
    """As a paragraph of spaces is none: the page has no visible text, an empty article."""
    assert newsclean.clean_html(f"<p>{invisible}</p>").paragraphs == ()
    assert newsclean.clean_html("<p> </p>").paragraphs == ()


@pytest.mark.parametrize("entry", [newsclean.clean, newsclean.clean_text, newsclean.clean_html])
def test_an_input_of_invisible_characters_alone_is_empty(entry: Any) -> None:
    for data in ("\u200b", " \ufeff\u200b\n\u200d ", "\u00ad".encode()):
        with pytest.raises(newsclean.InputError, match="empty"):
            entry(data)
