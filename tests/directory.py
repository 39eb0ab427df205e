"""An agency directory and a recipient group, as IT would publish them on the reference server."""

from pathlib import Path

from eoffice_cloud.directory import import_agencies, import_groups
from eoffice_cloud.storage import CloudStore

DIRECTORY = """\ufeffcode,name_th,parent,ministry,department
CM,ศาลากลางจังหวัดเชียงใหม่,,กระทรวงมหาดไทย,สำนักงานปลัดกระทรวงมหาดไทย
CM-MUEANG,ที่ว่าการอำเภอเมืองเชียงใหม่,CM,กระทรวงมหาดไทย,กรมการปกครอง
CM-SANSAI,ที่ว่าการอำเภอสันทราย,CM,กระทรวงมหาดไทย,กรมการปกครอง
DS,สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม,,กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม,
DS-SARABAN,กลุ่มงานสารบรรณ สำนักงานปลัดกระทรวงดิจิทัลฯ,DS,กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม,
"""
GROUP = "อำเภอทุกแห่งในจังหวัดเชียงใหม่"
GROUPS = f"group,code\n{GROUP},CM-MUEANG\n{GROUP},CM-SANSAI\n"


def publish_directory(store: CloudStore, folder: Path) -> None:
    """Import :data:`DIRECTORY` and :data:`GROUPS` as `eoffice-cloud directory import/groups` would."""
    (folder / "directory.csv").write_text(DIRECTORY, encoding="utf-8")
    import_agencies(store, folder / "directory.csv")
    (folder / "groups.csv").write_text(GROUPS, encoding="utf-8")
    import_groups(store, folder / "groups.csv")
