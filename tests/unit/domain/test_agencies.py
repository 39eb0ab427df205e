"""Which recipients a memo would leave its agency for."""

from eoffice_desktop.domain.agencies import Place, outside, top

PLACES = {
    "KK": Place(),
    "KK-MUEANG": Place("KK", "กรมการปกครอง"),
    "KK-NAMPHONG": Place("KK", "กรมการปกครอง"),
    "KK-MUEANG-1": Place("KK-MUEANG"),
    "CM-MUEANG": Place("CM", "กรมการปกครอง"),
    "CM": Place(),
    "DEMO-A": Place(ministry="กระทรวงตัวอย่าง"),
    "DEMO-A-2": Place(ministry="กระทรวงตัวอย่าง"),
    "DEMO-B": Place(),
    "LOOP-1": Place("LOOP-2"),
    "LOOP-2": Place("LOOP-1"),
}


def test_one_tree_one_department_or_one_ministry_is_inside() -> None:
    assert outside("KK-MUEANG", ["KK", "KK-NAMPHONG", "KK-MUEANG-1", "KK-MUEANG"], PLACES) == []
    assert outside("KK-MUEANG", ["CM-MUEANG"], PLACES) == []  # the same department, another province
    assert outside("DEMO-A", ["DEMO-A-2", "DEMO-B"], PLACES) == ["DEMO-B"]  # the same ministry
    assert outside("KK", ["CM", "DEMO-B", "NOT-LISTED"], PLACES) == ["CM", "DEMO-B", "NOT-LISTED"]


def test_an_unknown_own_agency_makes_everyone_outside() -> None:
    assert outside(None, ["KK", "KK-MUEANG"], PLACES) == ["KK", "KK-MUEANG"]
    assert outside("NOT-LISTED", ["KK"], PLACES) == ["KK"]


def test_a_circle_of_parents_ends() -> None:
    assert top("LOOP-1", PLACES) in ("LOOP-1", "LOOP-2")
    assert top("KK-MUEANG-1", PLACES) == "KK"
