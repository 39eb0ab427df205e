"""Finding drawn lines again in a content stream: in drawing order, and by position as the fallback."""

from eoffice_desktop.render.contentscan import DrawnLine, scan_content, scan_in_order

STREAM = (
    b"q 1 0 0 1 0 0 cm\nBT\n/F1 12 Tf\n1 0 0 1 0 0 Tm\n100 700 Td <0001> Tj\n6 0 Td <0002> Tj\nET\nQ\n"
    b"q\nBT\n/F2 12 Tf\n1 0 0 1 0 0 Tm\n100 680 Td <00030004> Tj\nET\nQ\n"
)
TOP = DrawnLine(0, "ab", 90, 695, 300, 712, (("Face", (10, 11)),))
BOTTOM = DrawnLine(0, "cd", 90, 675, 300, 692, (("Face", (12, 13)),))


def test_codes_are_dealt_to_lines_in_drawing_order() -> None:
    shown = scan_in_order(STREAM, [TOP, BOTTOM])
    assert shown is not None
    assert [(s.line, s.font, s.cids) for s in shown] == [
        (0, "/F1", (1,)),
        (0, "/F1", (2,)),
        (1, "/F2", (3, 4)),
    ]
    assert STREAM[shown[0].start : shown[0].end] == b"<0001> Tj"


def test_counts_that_do_not_add_up_give_no_answer() -> None:
    short = DrawnLine(0, "a", 90, 695, 300, 712, (("Face", (10,)),))
    assert scan_in_order(STREAM, [short, BOTTOM]) is None


def test_position_scan_finds_the_line_under_each_glyph() -> None:
    shown = scan_content(STREAM + b"BT 1 0 0 1 0 0 Tm 500 100 Td (x) Tj ET\n", [TOP, BOTTOM])
    assert [(s.line, s.cids) for s in shown[:3]] == [(0, (1,)), (0, (2,)), (1, (3, 4))]
    assert shown[3].line is None  # drawn outside every line box
