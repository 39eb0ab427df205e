"""A route step given as a position in a unit (ผู้อำนวยการกอง@กองกลาง): its holder among the people held."""

import pytest

from eoffice_desktop.domain.people import Person, PersonError, holder_of
from eoffice_desktop.domain.route_rules import check_steps
from eoffice_desktop.domain.routes import RouteError, StepKind, StepSpec

PEOPLE = [
    Person("P003", "ดศ", "นางสาวสมใจ ใจดี", "ผู้อำนวยการกอง", "กองกลาง"),
    Person("P004", "ดศ", "นายสมชาย ลงนาม", "ผู้อำนวยการกอง", "กองคลัง"),
    Person("P002", "ดศ", "นายสมศักดิ์ ตรวจดี", "ผู้อำนวยการกลุ่มงาน", "กลุ่มงานสารบรรณ"),
    Person("P008", "ดศ", "นายสมหมาย รองรับ", "ผู้อำนวยการกลุ่มงาน", "กลุ่มงานสารบรรณ"),
]


def test_the_one_holder_is_found_with_spaces_around_the_parts() -> None:
    assert holder_of(" ผู้อำนวยการกอง @ กองกลาง ", PEOPLE).person_id == "P003"


def test_nobody_and_several_are_refused_in_thai() -> None:
    with pytest.raises(PersonError) as nobody:
        holder_of("ผู้อำนวยการกอง@กองการเจ้าหน้าที่", PEOPLE)
    assert "ไม่พบผู้ดำรงตำแหน่ง" in nobody.value.thai
    with pytest.raises(PersonError) as several:
        holder_of("ผู้อำนวยการกลุ่มงาน@กลุ่มงานสารบรรณ", PEOPLE)
    assert "P002" in str(several.value) and "P008" in str(several.value)
    with pytest.raises(PersonError):
        holder_of("@กองกลาง", PEOPLE)


def test_a_step_may_name_a_position_but_a_route_holds_people_only() -> None:
    step = StepSpec.parse("ผู้อำนวยการกอง@กองกลาง:sign")
    assert step == StepSpec("ผู้อำนวยการกอง@กองกลาง", StepKind.SIGN)
    with pytest.raises((RouteError, PersonError)):
        check_steps([step])  # resolved to its holder before a route is made
