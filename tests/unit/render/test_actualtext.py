"""Aligning a line's glyphs with its text, cluster by cluster."""

from eoffice_desktop.render.actualtext import _align, _Glyphs, text_clusters
from eoffice_desktop.render.contentscan import Shown


def _glyphs(*texts: str) -> list[_Glyphs]:
    return [
        _Glyphs(i * 10, i * 10 + 5, t, Shown(i * 10, i * 10 + 5, 0, "/F1", (i + 1,)))
        for i, t in enumerate(texts)
    ]


def test_clusters_keep_marks_with_their_base() -> None:
    assert text_clusters("น้ำ ปั้น") == ["น้ำ", " ", "ปั้", "น"]
    assert text_clusters("ฤๅษี") == ["ฤ", "ๅ", "ษี"]


def test_plain_glyphs_need_no_span() -> None:
    result = _align("กขค", _glyphs("ก", "ข", "ค"))
    assert result is not None
    assert result[0] == []


def test_sara_am_from_nikhahit_tone_ligature_and_sara_aa() -> None:
    glyphs = _glyphs("น", "\u0e49\u0e4d", "า", " ")
    result = _align("น้ำ ", glyphs)
    assert result is not None
    (first, last, text), *_ = result[0]
    assert (first, last, text) == (glyphs[0], glyphs[2], "น้ำ")


def test_marks_drawn_in_another_order_still_match() -> None:
    glyphs = _glyphs("ผ", "\u0e49", "\u0e39", "ก")  # TLWG fonts draw the tone before the lower vowel
    result = _align("ผู้ก", glyphs)
    assert result is not None
    assert [text for _, _, text in result[0]] == ["ผู้ก"]  # a span never ends on a mark: it takes in ก


def test_a_ligature_glyph_may_cover_two_clusters() -> None:
    result = _align("ฤๅษี", _glyphs("ฤๅ", "ษ", "ี"))
    assert result is not None
    spans, units = result
    assert units[0] == (0, 1, "ฤๅ")  # one glyph for two clusters; its own text is right, so no span
    assert [text for _, _, text in spans] == ["ษี"]


def test_glyphs_that_say_something_else_give_no_alignment() -> None:
    assert _align("กข", _glyphs("ก", "ค")) is None
    assert _align("กข", _glyphs("ก")) is None
