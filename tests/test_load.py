"""Loading input: the bytes' encoding, and what is refused as no page."""

from __future__ import annotations

import codecs

import pytest

import newsclean

STORY = (
    "Council approves budget\n\n"
    "The city council voted on Tuesday to approve the new budget, which raises spending on schools "
    "and roads by four percent over the coming year, officials said.\n"
)


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-be", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-le", b""),
        ("utf-32-be", codecs.BOM_UTF32_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_utf16_and_utf32_of_either_byte_order_are_text(codec: str, bom: bytes) -> None:
    assert "approve the new budget" in newsclean.clean_text(bom + STORY.encode(codec)).text
    html = f"<html><body><article><p>{STORY}</p></article></body></html>"
    assert "approve the new budget" in newsclean.clean_html(bom + html.encode(codec)).text


def test_binary_data_with_nul_bytes_in_every_other_place_is_still_refused() -> None:
    """Words of two bytes of which one is zero, as UTF-16 writes letters, but no letters."""
    with pytest.raises(newsclean.InputError, match="binary"):
        newsclean.clean_text(bytes([0, 3, 0, 7, 0, 1, 0, 2]) * 500)
    with pytest.raises(newsclean.InputError, match="binary"):
        newsclean.clean_text(codecs.BOM_UTF16_BE + bytes([0, 3, 0, 7, 0, 1, 0, 2]) * 500)
