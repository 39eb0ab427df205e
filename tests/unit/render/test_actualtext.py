"""Aligning a line's glyphs with its text, cluster by cluster (what each glyph shows, in drawing order)."""

from eoffice_desktop.render.actualtext import _aligned, text_clusters


def test_clusters_keep_marks_with_their_base() -> None:
    assert text_clusters("น้ำ ปั้น") == ["น้ำ", " ", "ปั้", "น"]
    assert text_clusters("ฤๅษี") == ["ฤ", "ๅ", "ษี"]


def test_plain_glyphs_need_no_span() -> None:
    result = _aligned("กขค", ("ก", "ข", "ค"))
    assert result is not None
    assert result[0] == ()


def test_sara_am_from_nikhahit_tone_ligature_and_sara_aa() -> None:
    result = _aligned("น้ำ ", ("น", "\u0e49\u0e4d", "า", " "))
    assert result is not None
    (first, last, text), *_ = result[0]
    assert (first, last, text) == (0, 2, "น้ำ")  # from the first glyph to the third


def test_marks_drawn_in_another_order_still_match() -> None:
    result = _aligned("ผู้ก", ("ผ", "\u0e49", "\u0e39", "ก"))  # TLWG fonts draw the tone before the lower vowel
    assert result is not None
    assert [text for _, _, text in result[0]] == ["ผู้ก"]  # a span never ends on a mark: it takes in ก


def test_a_ligature_glyph_may_cover_two_clusters() -> None:
    result = _aligned("ฤๅษี", ("ฤๅ", "ษ", "ี"))
    assert result is not None
    spans, units = result
    assert units[0] == (0, 1, "ฤๅ")  # one glyph for two clusters; its own text is right, so no span
    assert [text for _, _, text in spans] == ["ษี"]


def test_glyphs_that_say_something_else_give_no_alignment() -> None:
    assert _aligned("กข", ("ก", "ค")) is None
    assert _aligned("กข", ("ก",)) is None
