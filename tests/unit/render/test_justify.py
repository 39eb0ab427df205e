"""Where a distributed line takes its room: spaces first, then between clusters, never inside one."""

import pytest

from eoffice_desktop.render.justify import GAP_CAP, SPACE_CAP, SPACE_LIMIT, gap_offsets
from eoffice_desktop.render.nobreak import GLUE
from eoffice_desktop.templates.errors import TemplateError
from eoffice_desktop.templates.model import Align, Element

SIZE = 16.0


def _added(text: str, slack: float) -> dict[int, float]:
    """The room added before each character (not the running offset)."""
    offsets = gap_offsets(text, 0, len(text), slack, SIZE)
    out, before = {}, 0.0
    for i in range(len(text)):
        now = offsets.get(i, 0.0)
        if now != before:
            out[i] = now - before
        before = now
    return out


def test_a_little_room_goes_to_the_spaces_only() -> None:
    text = "ก ข ค"
    assert _added(text, 2.0) == pytest.approx({2: 1.0, 4: 1.0})


def test_past_the_space_cap_the_gaps_between_clusters_share_the_rest() -> None:
    text = "กข คง"
    slack = SPACE_CAP * SIZE + 1.0
    added = _added(text, slack)
    assert added[3] == pytest.approx(SPACE_CAP * SIZE)  # the space, to its cap
    assert added[1] == pytest.approx(0.5)  # ก|ข
    assert added[4] == pytest.approx(0.5)  # ค|ง
    assert sum(added.values()) == pytest.approx(slack)


def test_marks_sara_am_and_leading_vowels_stay_with_their_consonant() -> None:
    text = "ที่น้ำเก็บ"  # ที่ | น้ำ | เก็ | บ
    added = _added(text, 3.0)
    assert set(added) == {3, 6, 9}
    offsets = gap_offsets(text, 0, len(text), 3.0, SIZE)
    for mark in (1, 2, 4, 5, 8):  # every mark and sara am moves with its base
        assert offsets.get(mark, 0.0) == offsets.get(mark - 1 if mark not in (2, 5) else mark - 2, 0.0)


def test_a_gap_never_exceeds_its_cap_and_a_line_without_spaces_stays_short() -> None:
    text = "กขคง"
    added = _added(text, 100.0)
    assert added == pytest.approx(dict.fromkeys((1, 2, 3), GAP_CAP * SIZE))


def test_with_spaces_the_room_the_gaps_cannot_take_goes_to_the_spaces() -> None:
    text = "กข คง"
    slack = 2 * GAP_CAP * SIZE + 0.5 * SIZE
    added = _added(text, slack)
    assert sum(added.values()) == pytest.approx(slack)
    assert added[1] == pytest.approx(GAP_CAP * SIZE)
    assert added[3] == pytest.approx(0.5 * SIZE)


def test_a_space_never_grows_past_its_limit() -> None:
    """MuPDF starts a new line at a gap of 0.8 of the font size (see the module): a line with one space
    and much room is left short rather than split in two for MuPDF."""
    added = _added("กข คง", 100.0)
    assert added[3] == pytest.approx(SPACE_LIMIT * SIZE)
    assert sum(added.values()) < 100.0


def test_a_space_after_a_mark_moves_with_the_next_word() -> None:
    """The room goes before the space glyph, which then sits against the next word (see the module)."""
    assert set(_added("ที่ ก", 1.0)) == {3}  # before the space
    assert set(_added("กา ข", 1.0)) == {3}  # after the space (before ข)


def test_trailing_spaces_glue_and_a_short_slack_are_left_alone() -> None:
    assert 4 not in _added("ก ข ", 2.0)
    assert gap_offsets("กข", 0, 2, 0.0, SIZE) == {}
    text = f"นาย{GLUE}สมชาย"
    assert 3 not in _added(text, 1.0)  # no room before the glue itself


def test_only_the_line_moves() -> None:
    text = "กข คง จฉ"
    offsets = gap_offsets(text, 3, 6, 1.0, SIZE)
    assert offsets and all(3 < i < 6 for i in offsets)


def test_only_paragraphs_may_be_distributed() -> None:
    paragraphs = Element.parse({"type": "paragraphs", "field": "body", "align": "thai-distributed"}, "e")
    assert paragraphs.align is Align.THAI_DISTRIBUTED
    with pytest.raises(TemplateError, match="paragraphs only"):
        Element.parse({"type": "line", "text": "x", "align": "thai-distributed"}, "e")
