from eoffice_desktop.domain.signers import comparable_name, same_person, same_post


def test_names_compare_without_titles_of_address_parentheses_or_extra_spaces() -> None:
    assert comparable_name("(นายสมชาย  ใจดี)") == comparable_name("สมชาย ใจดี") == "สมชาย ใจดี"
    assert same_person("นางสาวฝ้าย น้ำใจงาม", "ฝ้าย น้ำใจงาม")
    assert same_person("นายสมชาย ใจดี", "นายสมชาย ใจดี")
    assert same_person("น้ำใจ ดี", "น\u0e4d\u0e49\u0e32ใจ ดี")  # sara am written either way
    assert not same_person("นางสาวฝ้าย น้ำใจงาม", "นายสมชาย ใจดี")
    assert same_person(None, "นายสมชาย ใจดี") and same_person("  ", "นายสมชาย ใจดี")  # nobody named


def test_the_first_position_line_begins_with_the_certificates_title() -> None:
    assert same_post(["ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"], "ปลัดกระทรวง")
    assert same_post(["รองปลัดกระทรวง ปฏิบัติราชการแทน", "ปลัดกระทรวง"], "รองปลัดกระทรวง")
    assert not same_post(["ผู้อำนวยการสำนัก ปฏิบัติราชการแทน", "ปลัดกระทรวง"], "ปลัดกระทรวง")
    assert not same_post(["ปลัดกระทรวง"], "รองปลัดกระทรวง")
    assert same_post([], "ปลัดกระทรวง") and same_post(["ปลัดกระทรวง"], None)  # nothing to compare
