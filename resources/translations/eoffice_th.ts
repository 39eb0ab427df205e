<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AssigneePicker</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="56"/>
        <source>Find an assignee</source>
        <translation>ค้นหาผู้รับมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="60"/>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="62"/>
        <source>Assign the &amp;unit</source>
        <translation>มอบหน่วยงาน (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="69"/>
        <source>Assignees</source>
        <translation>ผู้รับมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="71"/>
        <source>Re&amp;move</source>
        <translation>นำออก (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="74"/>
        <source>&amp;Assign to (type a name, then Enter):</source>
        <translation>มอบให้ (พิมพ์ชื่อแล้วกด Enter) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="85"/>
        <source>Already assigned: %1</source>
        <translation>มอบแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/assignee_picker.py" line="98"/>
        <source>Unit: %1</source>
        <translation>หน่วยงาน: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="99"/>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="102"/>
        <source>Previous month</source>
        <translation>เดือนก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="105"/>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
</context>
<context>
    <name>CaseTaskDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="62"/>
        <source>Received letter on its way</source>
        <translation>หนังสือรับระหว่างดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="84"/>
        <source>The letter</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="85"/>
        <source>Minutes</source>
        <translation>บันทึกเกษียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="108"/>
        <source>Summary</source>
        <translation>สรุปเรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="34"/>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="46"/>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="117"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="36"/>
        <source>Way</source>
        <translation>ทางเดินเรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="110"/>
        <source>Heads and assignments</source>
        <translation>ผู้บังคับบัญชาและผู้รับมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="48"/>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="113"/>
        <source>History</source>
        <translation>ประวัติการดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="118"/>
        <source>Note (required to mark it done: what was done)</source>
        <translation>บันทึก (ต้องระบุเมื่อบันทึกปฏิบัติแล้ว: ได้ดำเนินการอย่างไร)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="122"/>
        <source>Your action</source>
        <translation>การดำเนินการของท่าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="126"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="142"/>
        <source>&amp;Minute…</source>
        <translation>เกษียน… (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="143"/>
        <source>&amp;Forward…</source>
        <translation>มอบให้ปฏิบัติแทน… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="144"/>
        <source>C&amp;irculate…</source>
        <translation>แจ้งเวียน… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="145"/>
        <source>&amp;Noted</source>
        <translation>ทราบ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="146"/>
        <source>&amp;Done</source>
        <translation>ปฏิบัติแล้ว (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="147"/>
        <source>&amp;Pass on…</source>
        <translation>ส่งต่อ… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="148"/>
        <source>&amp;Reply…</source>
        <translation>ตอบหนังสือ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="150"/>
        <source>Reply as</source>
        <translation>ตอบเป็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="151"/>
        <source>Reply &amp;as</source>
        <translation>ตอบเป็น (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="153"/>
        <source>Prin&amp;t letter and minutes…</source>
        <translation>พิมพ์หนังสือพร้อมบันทึกเกษียน… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="155"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="274"/>
        <source>Updated by the last sync: the letter no longer waits for you. Your note is kept.</source>
        <translation>ปรับตามการซิงก์ล่าสุดแล้ว หนังสือนี้ไม่รอท่านดำเนินการแล้ว บันทึกที่ท่านพิมพ์ยังคงอยู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="276"/>
        <source>Updated by the last sync: the letter no longer waits for you.</source>
        <translation>ปรับตามการซิงก์ล่าสุดแล้ว หนังสือนี้ไม่รอท่านดำเนินการแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="277"/>
        <source>Updated by the last sync.</source>
        <translation>ปรับตามการซิงก์ล่าสุดแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="54"/>
        <source>Registered</source>
        <translation>ลงรับแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="55"/>
        <source>Before a head</source>
        <translation>เสนอผู้บังคับบัญชาแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="56"/>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="57"/>
        <source>Closed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="246"/>
        <source>%1 · received no. %2 · from %3</source>
        <translation>%1 · เลขรับ %2 · จาก %3</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="252"/>
        <source>Summary: %1</source>
        <translation>สรุปเรื่อง: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="93"/>
        <source>%1 (for %2)</source>
        <translation>%1 (แทน %2)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="98"/>
        <source>Waiting</source>
        <translation>รอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="99"/>
        <source>Holds it</source>
        <translation>อยู่ระหว่างพิจารณา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="64"/>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="100"/>
        <source>Minuted</source>
        <translation>เกษียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="30"/>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="44"/>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="31"/>
        <source>Does</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="32"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="33"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="43"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="45"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="102"/>
        <source>Not needed</source>
        <translation>ไม่ต้องเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="104"/>
        <source>Minute</source>
        <translation>เกษียนสั่งการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="109"/>
        <source>%1 (passed on from %2)</source>
        <translation>%1 (ส่งต่อจาก %2)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="114"/>
        <source>Acknowledge</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="116"/>
        <source>Act on it</source>
        <translation>ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="121"/>
        <source>%1, overdue</source>
        <translation>%1 เกินกำหนด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="63"/>
        <source>Presented</source>
        <translation>เสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="65"/>
        <source>Forwarded</source>
        <translation>มอบให้ปฏิบัติราชการแทน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="67"/>
        <source>Passed on</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="70"/>
        <source>Circulated</source>
        <translation>แจ้งเวียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="76"/>
        <source>Open</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="112"/>
        <source>Who takes the letter for you? Type a name, then Enter.</source>
        <translation>มอบให้ผู้ใดปฏิบัติราชการแทน พิมพ์ชื่อแล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="113"/>
        <source>Forward to</source>
        <translation>มอบให้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="66"/>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="77"/>
        <source>Noted</source>
        <translation>ทราบแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="68"/>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="78"/>
        <source>Replied</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="69"/>
        <location filename="../../src/eoffice_desktop/ui/case_tables.py" line="79"/>
        <source>Done</source>
        <translation>ปฏิบัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_task.py" line="307"/>
        <source>Write in the note what was done.</source>
        <translation>กรุณาบันทึกว่าได้ดำเนินการอย่างไร</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="39"/>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="108"/>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="140"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="61"/>
        <source>Write in the note what was done before marking it done.</source>
        <translation>กรุณาบันทึกว่าได้ดำเนินการอย่างไร ก่อนบันทึกปฏิบัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="73"/>
        <source>Pass on to</source>
        <translation>ส่งต่อให้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="76"/>
        <source>People of your unit</source>
        <translation>บุคคลในหน่วยงานของท่าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_acting.py" line="88"/>
        <source>Who takes it? Choose, then Enter.</source>
        <translation>ส่งต่อให้ผู้ใด เลือกแล้วกด Enter</translation>
    </message>
</context>
<context>
    <name>CirculateDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/circulate_dialog.py" line="34"/>
        <source>Circulate the letter</source>
        <translation>แจ้งเวียนหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/circulate_dialog.py" line="38"/>
        <source>Circulate to</source>
        <translation>แจ้งเวียนถึง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/circulate_dialog.py" line="43"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/circulate_dialog.py" line="44"/>
        <source>Note (optional)</source>
        <translation>บันทึก (ถ้ามี)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/circulate_dialog.py" line="49"/>
        <source>&amp;Circulate</source>
        <translation>แจ้งเวียน (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/circulate_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/crash.py" line="61"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/crash.py" line="62"/>
        <source>The program met an error it did not expect. Your letters are kept; you can go on working. Please send the details below to IT support.</source>
        <translation>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด หนังสือของท่านยังอยู่ครบและทำงานต่อได้ กรุณาส่งรายละเอียดด้านล่างให้เจ้าหน้าที่ไอที</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/crash.py" line="68"/>
        <source>Report saved as %1</source>
        <translation>บันทึกรายงานไว้ที่ %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="159"/>
        <source>dd/mm/yyyy (Buddhist Era), e.g. 24/11/2569</source>
        <translation>วว/ดด/ปปปป (พ.ศ.) เช่น ๒๔/๑๑/๒๕๖๙</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="162"/>
        <source>Choose the date from a calendar</source>
        <translation>เลือกวันที่จากปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="163"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>เลือกจากปฏิทิน (Alt+ลูกศรลง)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="164"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="165"/>
        <source>Today&apos;s date</source>
        <translation>วันที่วันนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/date_field.py" line="167"/>
        <source>Date as printed</source>
        <translation>วันที่ตามที่จะพิมพ์</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="95"/>
        <source>Draft: %1</source>
        <translation>ร่าง%1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="101"/>
        <source>Enclosure files</source>
        <translation>ไฟล์สิ่งที่ส่งมาด้วย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="103"/>
        <source>Enclosure files: drop them here, or use Add enclosure (Ctrl+E)</source>
        <translation>ไฟล์สิ่งที่ส่งมาด้วย: ลากไฟล์มาวางที่นี่ หรือใช้ &quot;แนบสิ่งที่ส่งมาด้วย&quot; (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="116"/>
        <source>Preview</source>
        <translation>ตัวอย่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="135"/>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="157"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="159"/>
        <source>Send for signature</source>
        <translation>เสนอลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="161"/>
        <source>Add enclosure…</source>
        <translation>แนบสิ่งที่ส่งมาด้วย…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="163"/>
        <source>Mail merge from CSV…</source>
        <translation>สร้างหนังสือเวียนจาก CSV…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="165"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="166"/>
        <source>&amp;Letter</source>
        <translation>หนังสือ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="169"/>
        <source>Letter</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="178"/>
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="219"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="224"/>
        <source>Not saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="244"/>
        <source>Cannot save the draft</source>
        <translation>บันทึกร่างไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="262"/>
        <source>Number %1 issued</source>
        <translation>ออกเลขที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="281"/>
        <source>Add enclosures</source>
        <translation>แนบสิ่งที่ส่งมาด้วย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="314"/>
        <source>Cannot attach the file</source>
        <translation>แนบไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="358"/>
        <source>Fill in the marked fields first</source>
        <translation>กรุณากรอกช่องที่มีเครื่องหมายให้ครบก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="360"/>
        <source>Cannot send for signature</source>
        <translation>เสนอลงนามไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="366"/>
        <source>Mail merge: choose the CSV</source>
        <translation>หนังสือเวียน: เลือกไฟล์ CSV</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="366"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="383"/>
        <source>%1 drafts were made, one per row; they are under Drafts.</source>
        <translation>สร้างร่างหนังสือแล้ว %1 ฉบับ (แถวละหนึ่งฉบับ) อยู่ในหมวดร่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="389"/>
        <source>Mail merge</source>
        <translation>หนังสือเวียน</translation>
    </message>
</context>
<context>
    <name>FileCopyPrint</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="105"/>
        <source>File &amp;copy…</source>
        <translation>สำเนาคู่ฉบับ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="109"/>
        <source>Print the file copy: the letter with who drafted, typed, proof-read and checked it, and when</source>
        <translation>พิมพ์สำเนาคู่ฉบับ: หนังสือพร้อมชื่อผู้ร่าง ผู้พิมพ์ ผู้ทาน ผู้ตรวจ และวันที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="113"/>
        <source>File copy: %1</source>
        <translation>สำเนาคู่ฉบับ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="116"/>
        <source>Making the file copy…</source>
        <translation>กำลังจัดทำสำเนาคู่ฉบับ…</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="119"/>
        <source>required</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="135"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="175"/>
        <source>One paragraph per line</source>
        <translation>บรรทัดละหนึ่งย่อหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="176"/>
        <source>One item per line</source>
        <translation>บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="177"/>
        <source>One line per line</source>
        <translation>พิมพ์ตามบรรทัดที่จะแสดง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="199"/>
        <source>e.g. ดศ 0201/123, or the series and Take a number</source>
        <translation>เช่น ดศ ๐๒๐๑/๑๒๓ หรือกดออกเลข</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="200"/>
        <source>Take a number</source>
        <translation>ออกเลข</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="201"/>
        <source>Take the next number of this series</source>
        <translation>ออกเลขถัดไปของชุดเลขนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="203"/>
        <source>Issues the next number from the block leased for this office; works offline</source>
        <translation>ออกเลขถัดไปจากชุดเลขที่จองไว้ให้หน่วยงาน ใช้ได้แม้ไม่มีเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signer_choice.py" line="30"/>
        <source>Signer from the office&apos;s list</source>
        <translation>ผู้ลงนามจากรายชื่อของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signer_choice.py" line="36"/>
        <source>Fro&amp;m the office&apos;s list:</source>
        <translation>เลือกจากรายชื่อของหน่วยงาน (&amp;M):</translation>
    </message>
</context>
<context>
    <name>LetterPages</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="37"/>
        <source>Letter pages</source>
        <translation>หน้าของหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="40"/>
        <source>Select a letter to read it before signing.</source>
        <translation>เลือกหนังสือเพื่ออ่านก่อนลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="48"/>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="49"/>
        <source>◀ Previous page</source>
        <translation>◀ หน้าก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="53"/>
        <source>Next page ▶</source>
        <translation>หน้าถัดไป ▶</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="59"/>
        <source>Page number</source>
        <translation>เลขหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="121"/>
        <source>Loading the letter…</source>
        <translation>กำลังเปิดหนังสือ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_preview.py" line="131"/>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>LetterSending</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_sending.py" line="47"/>
        <source>Select drafts or letters waiting for signature to sign.</source>
        <translation>กรุณาเลือกร่างหนังสือหรือหนังสือที่รอลงนามก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_sending.py" line="59"/>
        <source>Sign letters</source>
        <translation>ลงนามหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_sending.py" line="80"/>
        <source>Select signed letters to send.</source>
        <translation>กรุณาเลือกหนังสือที่ลงนามแล้วเพื่อส่ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/window_sending.py" line="109"/>
        <source>%n letter(s) in the outbox; they go out with the next sync.</source>
        <translation>
            <numerusform>หนังสือ %n ฉบับอยู่ในรายการรอส่ง จะส่งออกเมื่อซิงก์ครั้งถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_sending.py" line="119"/>
        <source>Cannot send</source>
        <translation>ส่งไม่ได้</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="67"/>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="89"/>
        <source>Letter</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="77"/>
        <source>Pages</source>
        <translation>หน้าหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="81"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="85"/>
        <source>Save the PDF…</source>
        <translation>บันทึกไฟล์ PDF…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="88"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="95"/>
        <source>&amp;Letter</source>
        <translation>หนังสือ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="98"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="112"/>
        <source>Present / its way…</source>
        <translation>เสนอ / ทางเดินเรื่อง…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="124"/>
        <source>Signatures</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="127"/>
        <source>Receive register</source>
        <translation>ทะเบียนหนังสือรับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="131"/>
        <source>Receive no.</source>
        <translation>เลขรับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="132"/>
        <source>Received</source>
        <translation>วันเวลาที่รับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="133"/>
        <source>Number</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="134"/>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="135"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="136"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="137"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="146"/>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="148"/>
        <source>Enclosures</source>
        <translation>สิ่งที่ส่งมาด้วย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="151"/>
        <source>No enclosures.</source>
        <translation>ไม่มีสิ่งที่ส่งมาด้วย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="152"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="154"/>
        <source>Save…</source>
        <translation>บันทึก…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="249"/>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="271"/>
        <source>Save it, then open it with its own program.</source>
        <translation>บันทึกไฟล์ก่อน แล้วเปิดด้วยโปรแกรมของไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="290"/>
        <source>Save the enclosure</source>
        <translation>บันทึกสิ่งที่ส่งมาด้วย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="295"/>
        <source>Save the PDF</source>
        <translation>บันทึกไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_viewer.py" line="308"/>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="68"/>
        <source>e-Office Desktop</source>
        <translation>ระบบสารบรรณอิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="87"/>
        <source>Opening the letter store…</source>
        <translation>กำลังเปิดข้อมูลหนังสือ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="100"/>
        <source>Some settings were ignored</source>
        <translation>การตั้งค่าบางรายการไม่ได้ใช้</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="101"/>
        <source>%n setting(s) are wrong and were ignored; see File → Settings.</source>
        <translation>
            <numerusform>การตั้งค่า %n รายการไม่ถูกต้องจึงไม่ได้ใช้ ดูที่ แฟ้ม → การตั้งค่า</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="107"/>
        <source>e-Office Desktop — DEMO</source>
        <translation>ระบบสารบรรณอิเล็กทรอนิกส์ — ตัวอย่างสาธิต (DEMO)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="108"/>
        <source>DEMO: test token and local server; letters here are not real</source>
        <translation>สาธิต (DEMO): ใช้โทเค็นทดสอบและเซิร์ฟเวอร์ในเครื่อง หนังสือในนี้ไม่ใช่หนังสือจริง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="110"/>
        <source>Demo</source>
        <translation>ตัวอย่างสาธิต</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="116"/>
        <source>Sections</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="124"/>
        <source>Search (any part of a word)</source>
        <translation>ค้นหา (พิมพ์ส่วนใดของคำก็ได้)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="125"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="135"/>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="92"/>
        <source>Letters</source>
        <translation>รายการหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="148"/>
        <source>Notice</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="169"/>
        <source>Connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="40"/>
        <source>Refresh</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="43"/>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="47"/>
        <source>Verify a PDF…</source>
        <translation>ตรวจสอบลายมือชื่อใน PDF…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="51"/>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="55"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="58"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="68"/>
        <source>New letter…</source>
        <translation>หนังสือใหม่…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="69"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="82"/>
        <source>Sign…</source>
        <translation>ลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="85"/>
        <source>Send…</source>
        <translation>ส่งหนังสือ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="87"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="73"/>
        <source>Submit on a route…</source>
        <translation>เสนอ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="74"/>
        <source>Present a received letter…</source>
        <translation>เสนอหนังสือรับ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_menus.py" line="89"/>
        <source>&amp;Letters</source>
        <translation>หนังสือ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="197"/>
        <source>Sent for signature</source>
        <translation>เสนอลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="340"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="343"/>
        <source>Settings saved. A new server or language applies from the next start.</source>
        <translation>บันทึกการตั้งค่าแล้ว เซิร์ฟเวอร์หรือภาษาที่เปลี่ยนจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="30"/>
        <source>Sync now</source>
        <translation>ซิงก์เดี๋ยวนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="34"/>
        <source>&amp;Sync</source>
        <translation>ซิงก์ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="44"/>
        <source>Not synced yet</source>
        <translation>ยังไม่ได้ซิงก์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="45"/>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="46"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="47"/>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="59"/>
        <source>Syncing…</source>
        <translation>กำลังซิงก์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="51"/>
        <source>last sync %1</source>
        <translation>ซิงก์ล่าสุด %1 น.</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="62"/>
        <source>Sending %1 of %2</source>
        <translation>กำลังส่งฉบับที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="73"/>
        <source>Sent %1, rejected %2, received %3</source>
        <translation>ส่งแล้ว %1 ถูกปฏิเสธ %2 ได้รับ %3 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="45"/>
        <source>New tasks</source>
        <translation>มีงานใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="50"/>
        <source>Letters returned</source>
        <translation>หนังสือถูกส่งคืน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="56"/>
        <source>Letters signed</source>
        <translation>หนังสือลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="46"/>
        <source>Letters waiting for you: %n; see My tasks.</source>
        <translation>มีหนังสือรอท่านดำเนินการ %n เรื่อง ดูที่งานของฉัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="51"/>
        <source>Letters returned to you for correction: %n.</source>
        <translation>มีหนังสือส่งคืนให้ท่านแก้ไข %n เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="57"/>
        <source>Letters signed and waiting to be sent: %n.</source>
        <translation>มีหนังสือลงนามแล้วรอส่ง %n เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="92"/>
        <source>Done here; it will be sent to the server on the next sync.</source>
        <translation>ดำเนินการในเครื่องนี้แล้ว จะส่งถึงเซิร์ฟเวอร์เมื่อซิงก์ครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="103"/>
        <source>Edit the draft</source>
        <translation>แก้ไขร่าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="118"/>
        <source>Select a draft to submit on a route.</source>
        <translation>เลือกร่างหนังสือที่จะเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_window.py" line="132"/>
        <source>Submitted: the letter is on its way; it goes to the server on the next sync.</source>
        <translation>เสนอแล้ว หนังสืออยู่ระหว่างเสนอ และจะส่งถึงเซิร์ฟเวอร์เมื่อซิงก์ครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_window.py" line="53"/>
        <source>Select a received letter to present.</source>
        <translation>กรุณาเลือกหนังสือรับที่จะเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_window.py" line="58"/>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="258"/>
        <source>Present the letter</source>
        <translation>เสนอหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_window.py" line="86"/>
        <source>Reply</source>
        <translation>ตอบหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_window.py" line="90"/>
        <source>The draft is recorded as your reply; submit it on a route when ready.</source>
        <translation>บันทึกร่างนี้เป็นหนังสือตอบของท่านแล้ว เมื่อพร้อมให้เสนอตามสายงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/case_window.py" line="117"/>
        <source>Cannot print</source>
        <translation>พิมพ์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/messages.py" line="37"/>
        <source>Unexpected error: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/messages.py" line="47"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>MinuteDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="65"/>
        <source>Minute the letter</source>
        <translation>เกษียนหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="94"/>
        <source>Minute</source>
        <translation>ข้อความเกษียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="95"/>
        <source>The order, e.g. มอบ กองกลาง ดำเนินการ (quick phrases offered)</source>
        <translation>ข้อสั่งการ เช่น มอบ กองกลาง ดำเนินการ (มีข้อความสำเร็จรูปให้เลือกขณะพิมพ์)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="97"/>
        <source>&amp;Minute:</source>
        <translation>ข้อความเกษียน (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="104"/>
        <source>Insert this phrase</source>
        <translation>แทรกข้อความนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="110"/>
        <source>Due date</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="116"/>
        <source>&amp;Due by:</source>
        <translation>กำหนดเสร็จภายใน (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="131"/>
        <source>Assignees (none: noted, or on to the next head)</source>
        <translation>ผู้รับมอบหมาย (ไม่ระบุ: ทราบ หรือเสนอผู้บังคับบัญชาลำดับถัดไป)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="144"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="145"/>
        <source>&amp;Sign the minute</source>
        <translation>ลงนามบันทึกเกษียน (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="149"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="156"/>
        <source>Your token</source>
        <translation>โทเค็นของท่าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="180"/>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="183"/>
        <source>This certificate is not yours: a minute is signed with your own token.</source>
        <translation>ใบรับรองนี้ไม่ใช่ของท่าน บันทึกเกษียนต้องลงนามด้วยโทเค็นของท่านเอง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="203"/>
        <source>Write the minute first.</source>
        <translation>กรุณาเขียนข้อความเกษียนก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="207"/>
        <source>The due date is not a date: type it as 15/12/2569.</source>
        <translation>กำหนดเสร็จไม่ใช่วันที่ กรุณาพิมพ์ในรูปแบบ 15/12/2569</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="223"/>
        <source>Signing…</source>
        <translation>กำลังลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/minute_dialog.py" line="223"/>
        <source>Type the PIN on the reader&apos;s PIN pad…</source>
        <translation>กรุณากด PIN ที่แป้นของเครื่องอ่าน…</translation>
    </message>
</context>
<context>
    <name>NumberAndDate</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/number_button.py" line="35"/>
        <source>Number and &amp;date</source>
        <translation>ออกเลขและลงวันที่ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/number_button.py" line="37"/>
        <source>Give the signed letter the next number of its series and today&apos;s date (offline)</source>
        <translation>ให้เลขที่หนังสือถัดไปของชุดเลขและวันที่วันนี้แก่หนังสือที่ลงนามแล้ว (ไม่ต้องต่อเครือข่าย)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/number_button.py" line="68"/>
        <source>Numbering…</source>
        <translation>กำลังออกเลข…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/number_button.py" line="75"/>
        <source>Numbered %1, dated %2.</source>
        <translation>ออกเลขแล้ว ที่ %1 ลงวันที่ %2</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/page_preview.py" line="27"/>
        <source>Page %1</source>
        <translation>หน้า %1</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/page_view.py" line="107"/>
        <source>Page %1</source>
        <translation>หน้า %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/page_view.py" line="242"/>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/page_view.py" line="246"/>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/page_view.py" line="247"/>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/page_view.py" line="265"/>
        <source>Zoom</source>
        <translation>ขนาดที่แสดง</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/people_picker.py" line="30"/>
        <source>Type part of a name, position or unit</source>
        <translation>พิมพ์ส่วนหนึ่งของชื่อ ตำแหน่ง หรือหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/people_picker.py" line="31"/>
        <source>Find a person</source>
        <translation>ค้นหาบุคคล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/people_picker.py" line="36"/>
        <source>People found</source>
        <translation>บุคคลที่พบ</translation>
    </message>
</context>
<context>
    <name>PresentDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="43"/>
        <source>Present the letter</source>
        <translation>เสนอหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="48"/>
        <source>Summary</source>
        <translation>สรุปเรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="52"/>
        <source>&amp;Summary:</source>
        <translation>สรุปเรื่อง (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="55"/>
        <source>Find a head</source>
        <translation>ค้นหาผู้บังคับบัญชา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="57"/>
        <source>&amp;Heads, in order (type a name, then Enter):</source>
        <translation>เสนอผู้บังคับบัญชาตามลำดับ (พิมพ์ชื่อแล้วกด Enter) (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="60"/>
        <source>Heads</source>
        <translation>ผู้บังคับบัญชา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="62"/>
        <source>Re&amp;move</source>
        <translation>นำออก (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="73"/>
        <source>&amp;Present</source>
        <translation>เสนอ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="90"/>
        <source>Presented to, in order:</source>
        <translation>เสนอตามลำดับ:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/present_dialog.py" line="122"/>
        <source>Write the summary and choose at least one head.</source>
        <translation>กรุณาเขียนสรุปเรื่องและเลือกผู้บังคับบัญชาอย่างน้อยหนึ่งคน</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/printing.py" line="36"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>ส่ง %n หน้าไปยังเครื่องพิมพ์แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/printing.py" line="100"/>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/printing.py" line="108"/>
        <source>Cannot print: %1</source>
        <translation>พิมพ์ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/printing.py" line="128"/>
        <source>Print “%1”</source>
        <translation>พิมพ์ “%1”</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/printing.py" line="147"/>
        <source>Select a letter to print.</source>
        <translation>เลือกหนังสือที่จะพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/printing.py" line="160"/>
        <source>Cannot print</source>
        <translation>พิมพ์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="72"/>
        <source>Agency name</source>
        <translation>ชื่อส่วนราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="73"/>
        <source>Letter code</source>
        <translation>อักษรย่อและเลขประจำส่วนราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="74"/>
        <source>Address, one line per line</source>
        <translation>ที่ตั้ง บรรทัดละหนึ่งบรรทัด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="75"/>
        <source>Owner unit</source>
        <translation>ส่วนราชการเจ้าของเรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="76"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="77"/>
        <source>Fax</source>
        <translation>โทรสาร</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="78"/>
        <source>E-mail</source>
        <translation>ไปรษณีย์อิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="79"/>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="115"/>
        <source>Signers</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="93"/>
        <source>Every new letter starts with these; each letter may change them.</source>
        <translation>หนังสือใหม่ทุกฉบับเริ่มด้วยค่าเหล่านี้ และแก้ไขได้ในแต่ละฉบับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="94"/>
        <source>The letter code numbers run in; a new letter&apos;s number starts with it.</source>
        <translation>อักษรย่อที่ใช้ออกเลขที่หนังสือ ช่อง ที่ ของหนังสือใหม่จะขึ้นต้นด้วยค่านี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="97"/>
        <source>One signer per paragraph: the full name, then the position lines; a blank line between two signers. The first signs new letters; the others can be chosen in each letter.</source>
        <translation>ย่อหน้าละหนึ่งคน: ชื่อเต็มบรรทัดแรก ตามด้วยบรรทัดตำแหน่ง เว้นหนึ่งบรรทัดระหว่างผู้ลงนามแต่ละคน คนแรกเป็นผู้ลงนามของหนังสือใหม่ คนอื่นเลือกได้ในแต่ละฉบับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="102"/>
        <source>&amp;Agency:</source>
        <translation>ส่วนราชการ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="103"/>
        <source>Letter &amp;code:</source>
        <translation>อักษรย่อ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="104"/>
        <source>A&amp;ddress:</source>
        <translation>ที่ตั้ง (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="105"/>
        <source>&amp;Owner unit:</source>
        <translation>ส่วนราชการเจ้าของเรื่อง (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="106"/>
        <source>&amp;Phone:</source>
        <translation>โทร. (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="107"/>
        <source>&amp;Fax:</source>
        <translation>โทรสาร (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="108"/>
        <source>E-&amp;mail:</source>
        <translation>ไปรษณีย์อิเล็กทรอนิกส์ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="109"/>
        <source>Si&amp;gners:</source>
        <translation>ผู้ลงนาม (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="113"/>
        <source>Agency</source>
        <translation>ส่วนราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="114"/>
        <source>Owner unit and contacts</source>
        <translation>ส่วนราชการเจ้าของเรื่องและการติดต่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="122"/>
        <source>Your handwritten signature</source>
        <translation>ลายมือชื่อของท่าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="128"/>
        <source>Signature &amp;image:</source>
        <translation>ลายมือชื่อ (ภาพ) (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="139"/>
        <source>Signature image preview</source>
        <translation>ตัวอย่างภาพลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="143"/>
        <source>Choose…</source>
        <translation>เลือกภาพ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="143"/>
        <source>Choose the signature image</source>
        <translation>เลือกภาพลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="145"/>
        <source>Remove</source>
        <translation>ลบออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="145"/>
        <source>Remove the signature image</source>
        <translation>ลบภาพลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="149"/>
        <source>About the signature image</source>
        <translation>เกี่ยวกับภาพลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="158"/>
        <source>Choose your signature image</source>
        <translation>เลือกภาพลายมือชื่อของท่าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="160"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="187"/>
        <source>Not allowed</source>
        <translation>ไม่อนุญาต</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="188"/>
        <source>Signature images are not allowed on this computer: %1</source>
        <translation>เครื่องนี้ไม่อนุญาตให้ใช้ภาพลายมือชื่อ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="196"/>
        <source>The image %1 is missing: choose it again or remove it.</source>
        <translation>ไม่พบภาพ %1 โปรดเลือกภาพใหม่หรือลบออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="200"/>
        <source>Drawn above your name on every visible signature you make.</source>
        <translation>จะแสดงเหนือชื่อของท่านในลายมือชื่ออิเล็กทรอนิกส์ทุกครั้งที่ท่านลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="203"/>
        <source>A PNG or JPEG of your signature on white or transparent ground; a copy is kept with your settings.</source>
        <translation>ภาพลายมือชื่อแบบ PNG หรือ JPEG บนพื้นขาวหรือพื้นโปร่งใส โปรแกรมจะเก็บสำเนาไว้กับการตั้งค่าของท่าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="209"/>
        <source>No image</source>
        <translation>ยังไม่มีภาพ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="279"/>
        <source>Letter code: %1 is not a letter code such as ดศ 0201</source>
        <translation>อักษรย่อ: %1 ไม่ใช่อักษรย่อและเลขประจำส่วนราชการ เช่น ดศ 0201</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="283"/>
        <source>E-mail: %1 is not an e-mail address</source>
        <translation>ไปรษณีย์อิเล็กทรอนิกส์: %1 ไม่ใช่ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="287"/>
        <source>Signers: %1 needs a position line under the name</source>
        <translation>ผู้ลงนาม: %1 ต้องมีบรรทัดตำแหน่งใต้ชื่อ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="178"/>
        <source>&amp;Select All</source>
        <translation>เลือกทั้งหมด(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="179"/>
        <source>&amp;Step up</source>
        <translation>เพิ่มขึ้น(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="180"/>
        <source>Step &amp;down</source>
        <translation>ลดลง(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="118"/>
        <source>&amp;Billing information:</source>
        <translation>ข้อมูลการคิดค่าใช้จ่าย (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="119"/>
        <source>&amp;End:</source>
        <translation>ท้าย (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="120"/>
        <source>&amp;Start:</source>
        <translation>ต้น (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="121"/>
        <source>Banner Pages</source>
        <translation>หน้าปก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="122"/>
        <source>Classified</source>
        <translation>ปกปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="123"/>
        <source>Confidential</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="124"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>กลางวัน (06:00 ถึง 17:59)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="125"/>
        <source>Hold Indefinitely</source>
        <translation>พักไว้จนกว่าจะสั่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="126"/>
        <source>Job</source>
        <translation>งานพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="127"/>
        <source>Job &amp;priority:</source>
        <translation>ลำดับความสำคัญ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="128"/>
        <source>Job Control</source>
        <translation>การควบคุมงานพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="129"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>กลางคืน (18:00 ถึง 05:59)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="130"/>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="131"/>
        <source>Print Immediately</source>
        <translation>พิมพ์ทันที</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="132"/>
        <source>Scheduled &amp;printing:</source>
        <translation>กำหนดเวลาพิมพ์ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="133"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>กะที่สอง (16:00 ถึง 23:59)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="134"/>
        <source>Secret</source>
        <translation>ลับมาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="135"/>
        <source>Specific Time</source>
        <translation>เวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="136"/>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="137"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>กะที่สาม (00:00 ถึง 07:59)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="138"/>
        <source>Top Secret</source>
        <translation>ลับที่สุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="139"/>
        <source>Unclassified</source>
        <translation>ไม่มีชั้นความลับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="140"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>วันหยุดสุดสัปดาห์ (เสาร์ถึงอาทิตย์)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="159"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="198"/>
        <source>Debug Message:</source>
        <translation>ข้อความดีบัก:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="199"/>
        <source>Warning:</source>
        <translation>คำเตือน:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="200"/>
        <source>Critical Error:</source>
        <translation>ข้อผิดพลาดร้ายแรง:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="201"/>
        <source>Fatal Error:</source>
        <translation>ข้อผิดพลาดร้ายแรงที่สุด:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="202"/>
        <source>Information:</source>
        <translation>ข้อมูล:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="203"/>
        <source>&amp;Show this message again</source>
        <translation>แสดงข้อความนี้อีก(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="204"/>
        <source>&amp;OK</source>
        <translation>ตกลง(&amp;O)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="205"/>
        <source>Look in:</source>
        <translation>ค้นใน:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="206"/>
        <source>&amp;Look in:</source>
        <translation>ค้นใน(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="207"/>
        <source>Files of &amp;type:</source>
        <translation>ชนิดแฟ้ม(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="208"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="209"/>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="210"/>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="211"/>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="212"/>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="213"/>
        <source>Go to the parent directory</source>
        <translation>ไปยังโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="214"/>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="215"/>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="216"/>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="217"/>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="218"/>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="219"/>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="220"/>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="221"/>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและที่คั่น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="222"/>
        <source>Files</source>
        <translation>แฟ้ม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="223"/>
        <source>Files of type:</source>
        <translation>ชนิดแฟ้ม:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="224"/>
        <source>Find Directory</source>
        <translation>ค้นหาโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="225"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="226"/>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="227"/>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="228"/>
        <source>File &amp;name:</source>
        <translation>ชื่อแฟ้ม(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="229"/>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="230"/>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="231"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="232"/>
        <source>All Files (*)</source>
        <translation>แฟ้มทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="233"/>
        <source>Show </source>
        <translation>แสดง </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="234"/>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="235"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="236"/>
        <source>Show &amp;hidden files</source>
        <translation>แสดงแฟ้มที่ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="237"/>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="238"/>
        <source>All files (*)</source>
        <translation>แฟ้มทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="239"/>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="240"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบชื่อโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="243"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มี %1 อยู่แล้ว
ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="244"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบแฟ้ม
โปรดตรวจสอบชื่อแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="245"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ป้องกันการเขียนไว้
ต้องการลบหรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="246"/>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="247"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="248"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการลบ &apos;%1&apos; หรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="249"/>
        <source>Could not delete directory.</source>
        <translation>ลบโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="250"/>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="251"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="252"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="253"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="254"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="255"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="256"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="257"/>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="258"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="259"/>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="260"/>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="261"/>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="197"/>
        <source>Enter a value:</source>
        <translation>ใส่ค่า:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="163"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="164"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="165"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="166"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="167"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="168"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="169"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="160"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="161"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="162"/>
        <source>About Qt</source>
        <translation>เกี่ยวกับ Qt</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="93"/>
        <source>Cicero (CC)</source>
        <translation>ซิเซโร (CC)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="94"/>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="95"/>
        <source>Didot (DD)</source>
        <translation>ดีโด (DD)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="96"/>
        <source>Height:</source>
        <translation>สูง:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="97"/>
        <source>Inches (in)</source>
        <translation>นิ้ว (in)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="98"/>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="99"/>
        <source>Margins</source>
        <translation>ระยะขอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="100"/>
        <source>Millimeters (mm)</source>
        <translation>มิลลิเมตร (mm)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="101"/>
        <source>Orientation</source>
        <translation>แนวกระดาษ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="102"/>
        <source>Page &amp;order:</source>
        <translation>ลำดับหน้า (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="103"/>
        <source>Page Layout</source>
        <translation>การจัดหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="104"/>
        <source>Page size:</source>
        <translation>ขนาดกระดาษ:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="105"/>
        <source>Pages &amp;per sheet:</source>
        <translation>จำนวนหน้าต่อแผ่น (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="106"/>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="107"/>
        <source>Paper source:</source>
        <translation>ถาดกระดาษ:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="108"/>
        <source>Pica (P̸)</source>
        <translation>ไพกา (P̸)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="109"/>
        <source>Points (pt)</source>
        <translation>พอยต์ (pt)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="110"/>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="111"/>
        <source>Reverse landscape</source>
        <translation>แนวนอนกลับด้าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="112"/>
        <source>Reverse portrait</source>
        <translation>แนวตั้งกลับด้าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="113"/>
        <source>Width:</source>
        <translation>กว้าง:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="114"/>
        <source>bottom margin</source>
        <translation>ขอบล่าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="115"/>
        <source>left margin</source>
        <translation>ขอบซ้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="116"/>
        <source>right margin</source>
        <translation>ขอบขวา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="117"/>
        <source>top margin</source>
        <translation>ขอบบน</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="141"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="142"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="143"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="144"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="145"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="146"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="147"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="148"/>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="149"/>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="150"/>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="151"/>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="152"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="153"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="154"/>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="155"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="156"/>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="157"/>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="158"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="14"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>มีไฟล์ %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="15"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 เขียนไม่ถูกรูปแบบ ใช้ &apos;,&apos; คั่นหน้าและช่วงหน้า ใช้ &apos;-&apos; กำหนดช่วง และช่วงต้องไม่ซ้อนกัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="19"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 เป็นโฟลเดอร์
โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="20"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>ตัวเลือก (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="21"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>ตัวเลือก (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="22"/>
        <source>&amp;Print</source>
        <translation>พิมพ์ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="23"/>
        <source>All Pages</source>
        <translation>ทุกหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="24"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>ล่างขึ้นบน ซ้ายไปขวา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="25"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>ล่างขึ้นบน ขวาไปซ้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="26"/>
        <source>Duplex Settings Conflicts</source>
        <translation>การตั้งค่าพิมพ์สองหน้าขัดกัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="27"/>
        <source>Even Pages</source>
        <translation>หน้าคู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="28"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>เขียนไฟล์ %1 ไม่ได้
โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="29"/>
        <source>Invalid Pages Definition</source>
        <translation>ระบุหน้าไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="30"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>ซ้ายไปขวา ล่างขึ้นบน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="31"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>ซ้ายไปขวา บนลงล่าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="32"/>
        <source>Local file</source>
        <translation>ไฟล์ในเครื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="33"/>
        <source>Odd Pages</source>
        <translation>หน้าคี่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="34"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>ใช้ตัวเลือก &apos;จำนวนหน้าต่อแผ่น&apos; กับ &apos;ชุดหน้า&apos; พร้อมกันไม่ได้
โปรดปิดตัวเลือกหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="38"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="39"/>
        <source>Print To File ...</source>
        <translation>พิมพ์ลงไฟล์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="40"/>
        <source>Print to File (PDF)</source>
        <translation>พิมพ์ลงไฟล์ (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="41"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>ขวาไปซ้าย ล่างขึ้นบน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="42"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>ขวาไปซ้าย บนลงล่าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="43"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>หน้าเริ่มต้นต้องไม่มากกว่าหน้าสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="44"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>การตั้งค่าพิมพ์สองหน้าขัดกัน ต้องการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="45"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>บนลงล่าง ซ้ายไปขวา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="46"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>บนลงล่าง ขวาไปซ้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="47"/>
        <source>Write PDF file</source>
        <translation>เขียนเป็นไฟล์ PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="80"/>
        <source>Advanced Option Conflicts</source>
        <translation>ตัวเลือกขั้นสูงขัดกัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="81"/>
        <source>Job Options</source>
        <translation>ตัวเลือกงานพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="82"/>
        <source>Page Setup Conflicts</source>
        <translation>การตั้งค่าหน้ากระดาษขัดกัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="83"/>
        <source>Printer Properties</source>
        <translation>คุณสมบัติเครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="84"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>การตั้งค่าหน้ากระดาษขัดกัน ต้องการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="87"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>ตัวเลือกขั้นสูงบางรายการขัดกัน ต้องการแก้ไขหรือไม่</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="90"/>
        <source>Advanced</source>
        <translation>ขั้นสูง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="91"/>
        <source>Page</source>
        <translation>หน้ากระดาษ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="92"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>ตัวเลือกบางรายการขัดกัน โปรดแก้ไข</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="48"/>
        <source>Collate</source>
        <translation>เรียงชุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="49"/>
        <source>Color</source>
        <translation>สี</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="50"/>
        <source>Color Mode</source>
        <translation>โหมดสี</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="51"/>
        <source>Copies</source>
        <translation>จำนวนชุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="52"/>
        <source>Copies:</source>
        <translation>จำนวนชุด:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="53"/>
        <source>Current Page</source>
        <translation>หน้าปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="54"/>
        <source>Double Sided Printing</source>
        <translation>พิมพ์สองหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="55"/>
        <source>Grayscale</source>
        <translation>ขาวดำ (โทนเทา)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="56"/>
        <source>Long side binding</source>
        <translation>เย็บด้านยาว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="57"/>
        <source>Off</source>
        <translation>ไม่ใช้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="58"/>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="59"/>
        <source>Output Settings</source>
        <translation>การตั้งค่าการพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="60"/>
        <source>Page &amp;Set:</source>
        <translation>ชุดหน้า (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="61"/>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="62"/>
        <source>Pages from</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="63"/>
        <source>Print all</source>
        <translation>พิมพ์ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="64"/>
        <source>Print range</source>
        <translation>ช่วงที่จะพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="65"/>
        <source>Reverse</source>
        <translation>กลับลำดับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="66"/>
        <source>Selection</source>
        <translation>ส่วนที่เลือก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="67"/>
        <source>Short side binding</source>
        <translation>เย็บด้านสั้น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="68"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>ระบุหน้าหรือช่วงหน้าคั่นด้วยจุลภาค ช่วงหน้าเขียนเป็นเลขสองตัวคั่นด้วยยัติภังค์ เช่น 3,5-7,9 พิมพ์หน้า 3, 5, 6, 7 และ 9</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="72"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="73"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="74"/>
        <source>Location:</source>
        <translation>ที่ตั้ง:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="75"/>
        <source>Output &amp;file:</source>
        <translation>ไฟล์ผลลัพธ์ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="76"/>
        <source>P&amp;roperties</source>
        <translation>คุณสมบัติ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="77"/>
        <source>Preview</source>
        <translation>ดูตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="78"/>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="79"/>
        <source>Type:</source>
        <translation>ชนิด:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="196"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="181"/>
        <source>Scroll here</source>
        <translation>เลื่อนมาที่นี่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="182"/>
        <source>Left edge</source>
        <translation>ซ้ายสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="183"/>
        <source>Top</source>
        <translation>บนสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="184"/>
        <source>Right edge</source>
        <translation>ขวาสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="185"/>
        <source>Bottom</source>
        <translation>ล่างสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="186"/>
        <source>Page left</source>
        <translation>เลื่อนซ้ายหนึ่งหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="187"/>
        <source>Page up</source>
        <translation>เลื่อนขึ้นหนึ่งหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="188"/>
        <source>Page right</source>
        <translation>เลื่อนขวาหนึ่งหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="189"/>
        <source>Page down</source>
        <translation>เลื่อนลงหนึ่งหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="190"/>
        <source>Scroll left</source>
        <translation>เลื่อนซ้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="191"/>
        <source>Scroll up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="192"/>
        <source>Scroll right</source>
        <translation>เลื่อนขวา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="193"/>
        <source>Scroll down</source>
        <translation>เลื่อนลง</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="194"/>
        <source>Scroll Left</source>
        <translation>เลื่อนซ้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="195"/>
        <source>Scroll Right</source>
        <translation>เลื่อนขวา</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="170"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="171"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="172"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="173"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="174"/>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกที่อยู่ลิงก์(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="175"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="176"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/qt_strings.py" line="177"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="75"/>
        <source>Agency name or code</source>
        <translation>ชื่อหรือรหัสหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="76"/>
        <source>Find an agency</source>
        <translation>ค้นหาหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="81"/>
        <source>&amp;Find</source>
        <translation>ค้นหา (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="85"/>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="209"/>
        <source>Agencies found</source>
        <translation>หน่วยงานที่พบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="90"/>
        <source>&amp;Add</source>
        <translation>เพิ่ม (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="96"/>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="102"/>
        <source>&amp;Remove</source>
        <translation>นำออก (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="107"/>
        <source>Recipient groups</source>
        <translation>กลุ่มส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="108"/>
        <source>Choose a group</source>
        <translation>เลือกกลุ่มส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="112"/>
        <source>&amp;Group</source>
        <translation>กลุ่มส่ง (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="114"/>
        <source>Add its agencies</source>
        <translation>เพิ่มทั้งกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="116"/>
        <source>Save as a group…</source>
        <translation>บันทึกเป็นกลุ่มส่ง…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="118"/>
        <source>Delete group</source>
        <translation>ลบกลุ่มส่ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="195"/>
        <source>&amp;Recipients (%n)</source>
        <translation>
            <numerusform>ผู้รับ (&amp;R) %n หน่วยงาน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="209"/>
        <source>No agency has this name or code.</source>
        <translation>ไม่พบหน่วยงานที่มีชื่อหรือรหัสนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="211"/>
        <source>Every agency found is a recipient already.</source>
        <translation>หน่วยงานที่พบอยู่ในรายชื่อผู้รับแล้วทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="214"/>
        <source>No agency directory yet: add the agency by its code.</source>
        <translation>ยังไม่มีทะเบียนหน่วยงาน เพิ่มหน่วยงานด้วยรหัสได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="217"/>
        <source>Sent to lately</source>
        <translation>ส่งถึงล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="217"/>
        <source>Agencies</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="222"/>
        <source>No agency directory yet: it comes with the next sync; until then, type an agency&apos;s code.</source>
        <translation>ยังไม่มีทะเบียนหน่วยงาน จะได้รับเมื่อซิงก์ครั้งถัดไป ระหว่างนี้พิมพ์รหัสหน่วยงานได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="257"/>
        <source>%1 (mine)</source>
        <translation>%1 (ของฉัน)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="282"/>
        <source>%n agency(s) added.</source>
        <translation>
            <numerusform>เพิ่มแล้ว %n หน่วยงาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="284"/>
        <source>%n of the group&apos;s agencies are no longer in the directory.</source>
        <translation>
            <numerusform>หน่วยงานในกลุ่ม %n แห่งไม่อยู่ในทะเบียนหน่วยงานแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="290"/>
        <source>Save as a group</source>
        <translation>บันทึกเป็นกลุ่มส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="291"/>
        <source>Name of the group, e.g. every district office of the province:</source>
        <translation>ชื่อกลุ่มส่ง เช่น ที่ว่าการอำเภอทุกแห่งในจังหวัด:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="292"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="293"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="306"/>
        <source>Saved the group %1.</source>
        <translation>บันทึกกลุ่มส่ง %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="314"/>
        <source>Deleted the group %1.</source>
        <translation>ลบกลุ่มส่ง %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>RouteBuilder</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="48"/>
        <source>Review and initial</source>
        <translation>ตรวจ/ลงนามย่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="49"/>
        <source>Approve</source>
        <translation>เห็นชอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="50"/>
        <source>Sign</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="66"/>
        <source>Submit on a route</source>
        <translation>เสนอหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="67"/>
        <source>Submit “%1” through:</source>
        <translation>เสนอหนังสือเรื่อง “%1” ผ่าน:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="106"/>
        <source>Add as</source>
        <translation>เพิ่มเป็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="109"/>
        <source>A&amp;dd as:</source>
        <translation>เพิ่มเป็น (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="114"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="118"/>
        <source>Enter adds the person as a step.</source>
        <translation>กด Enter เพื่อเพิ่มผู้นั้นเป็นขั้นถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="123"/>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="124"/>
        <source>Step</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="124"/>
        <source>Person</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="124"/>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="212"/>
        <source>Does</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="134"/>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="136"/>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="138"/>
        <source>&amp;Remove</source>
        <translation>นำออก (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="147"/>
        <source>Route (in order; the last step signs)</source>
        <translation>ลำดับการเสนอ (ขั้นสุดท้ายคือผู้ลงนาม)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="151"/>
        <source>Ctrl+Up / Ctrl+Down move a step; Delete removes it.</source>
        <translation>Ctrl+ลูกศรขึ้น / Ctrl+ลูกศรลง เลื่อนขั้น ปุ่ม Delete นำขั้นออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="156"/>
        <source>Note</source>
        <translation>บันทึกเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="157"/>
        <source>A note for the people on the route (optional)</source>
        <translation>ข้อความถึงผู้ที่หนังสือผ่าน (ถ้ามี)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="158"/>
        <source>&amp;Note:</source>
        <translation>บันทึกเสนอ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="166"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="167"/>
        <source>&amp;Submit</source>
        <translation>เสนอ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="170"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="250"/>
        <source>Add the people the letter passes, the signer last.</source>
        <translation>เพิ่มผู้ที่หนังสือต้องผ่าน โดยให้ผู้ลงนามอยู่ขั้นสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="252"/>
        <source>The last step must be the signature (Sign).</source>
        <translation>ขั้นสุดท้ายต้องเป็นการลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="254"/>
        <source>Only the last step signs.</source>
        <translation>ลงนามได้เฉพาะขั้นสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_builder.py" line="276"/>
        <source>Preparing the letter and submitting it…</source>
        <translation>กำลังจัดทำหนังสือและเสนอ…</translation>
    </message>
</context>
<context>
    <name>RouteSignDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="46"/>
        <source>Sign the letter</source>
        <translation>ลงนามหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="46"/>
        <source>Initial the letter</source>
        <translation>ลงนามย่อหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="48"/>
        <source>Your signature goes into the letter&apos;s signature field.</source>
        <translation>ลายมือชื่อของท่านจะลงในช่องลงนามของหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="50"/>
        <source>Your initials go into the letter&apos;s initials field for this step.</source>
        <translation>ลายมือชื่อย่อของท่านจะลงในช่องลงนามย่อของขั้นนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="57"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="58"/>
        <source>Sign</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="58"/>
        <source>Initial</source>
        <translation>ลงนามย่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="62"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="109"/>
        <source>Signing…</source>
        <translation>กำลังลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_sign.py" line="109"/>
        <source>Type the PIN on the reader&apos;s PIN pad…</source>
        <translation>กรุณากด PIN ที่แป้นของเครื่องอ่าน…</translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/window_counts.py" line="50"/>
        <source>%n letter(s) waiting to be sent</source>
        <translation>
            <numerusform>รอส่ง %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/window_counts.py" line="54"/>
        <source>Cannot read the letter store: %1</source>
        <translation>อ่านข้อมูลหนังสือในเครื่องไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="35"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="49"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="84"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="108"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="167"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="46"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="76"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="102"/>
        <source>Number</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="50"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="107"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="52"/>
        <source>Updated</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="71"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="97"/>
        <source>Reg. no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="104"/>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="78"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="106"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="168"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="45"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="64"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="86"/>
        <source>Received</source>
        <translation>วันเวลารับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="109"/>
        <source>Action</source>
        <translation>การปฏิบัติ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="110"/>
        <source>Remark</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="126"/>
        <source>Held by</source>
        <translation>อยู่ที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="128"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="143"/>
        <source>Minute the received letter</source>
        <translation>เกษียนหนังสือรับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="145"/>
        <source>Act on the received letter</source>
        <translation>ปฏิบัติตามหนังสือรับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="122"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="147"/>
        <source>%1 (overdue)</source>
        <translation>%1 (เกินกำหนด)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="150"/>
        <source>Correct as returned</source>
        <translation>แก้ไขตามที่ส่งคืน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="152"/>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="155"/>
        <source>Review and initial</source>
        <translation>ตรวจ/ลงนามย่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="156"/>
        <source>Approve</source>
        <translation>เห็นชอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="157"/>
        <source>Sign</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="165"/>
        <source>Task</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="170"/>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="220"/>
        <source>This workstation does not know whom it acts for, so it cannot show your tasks. Sync with the server using your own person token, or set your person id under Settings ([identity] person).</source>
        <translation>เครื่องนี้ยังไม่ทราบว่าดำเนินการในนามผู้ใด จึงแสดงงานของท่านไม่ได้ กรุณาซิงก์กับเซิร์ฟเวอร์ด้วยโทเค็นประจำตัวของท่าน หรือระบุรหัสบุคคลของท่านในการตั้งค่า ([identity] person)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="271"/>
        <source>My tasks</source>
        <translation>งานของฉัน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="277"/>
        <source>Drafts</source>
        <translation>ร่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="280"/>
        <source>On their way</source>
        <translation>อยู่ระหว่างเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="286"/>
        <source>Waiting for signature</source>
        <translation>รอลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="290"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="291"/>
        <source>Outbox</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="292"/>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="294"/>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="296"/>
        <source>Inbox</source>
        <translation>หนังสือเข้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="299"/>
        <source>Send register</source>
        <translation>ทะเบียนหนังสือส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="307"/>
        <source>Receive register</source>
        <translation>ทะเบียนหนังสือรับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="68"/>
        <source>Urgent</source>
        <translation>ด่วน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="69"/>
        <source>Very urgent</source>
        <translation>ด่วนมาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="70"/>
        <source>Most urgent</source>
        <translation>ด่วนที่สุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="71"/>
        <source>Confidential</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="72"/>
        <source>Secret</source>
        <translation>ลับมาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="73"/>
        <source>Top secret</source>
        <translation>ลับที่สุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="97"/>
        <source>Speed</source>
        <translation>ชั้นความเร็ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/list_cells.py" line="102"/>
        <source>Secrecy</source>
        <translation>ชั้นความลับ</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="39"/>
        <source>Send letters</source>
        <translation>ส่งหนังสือ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="43"/>
        <source>Send %n signed letter(s) to:</source>
        <translation>
            <numerusform>ส่งหนังสือที่ลงนามแล้ว %n ฉบับ ถึง:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="50"/>
        <source>Inside your agency: units and people</source>
        <translation>ภายในหน่วยงาน: กลุ่ม/กอง และบุคคล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="52"/>
        <source>&amp;Person (type a name, then Enter):</source>
        <translation>บุคคล (พิมพ์ชื่อแล้วกด Enter) (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="53"/>
        <source>Add the &amp;unit</source>
        <translation>เพิ่มทั้งกลุ่ม/กอง (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="114"/>
        <source>Choose at least one recipient agency.</source>
        <translation>กรุณาเลือกหน่วยงานผู้รับอย่างน้อยหนึ่งหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="138"/>
        <source>Send a memo outside the agency?</source>
        <translation>ส่งบันทึกข้อความถึงหน่วยงานภายนอกหรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="140"/>
        <source>A memo (บันทึกข้อความ) is for letters within one ministry, department or province. These recipients are outside your agency:
%1

Send the memo to them anyway?</source>
        <translation>บันทึกข้อความใช้ติดต่อภายในกระทรวง ทบวง กรม หรือจังหวัดเดียวกัน ผู้รับต่อไปนี้เป็นหน่วยงานภายนอก:
%1

ต้องการส่งบันทึกข้อความถึงหน่วยงานเหล่านี้หรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="146"/>
        <source>Send anyway</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="147"/>
        <source>Do not send</source>
        <translation>ไม่ส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="158"/>
        <source>Not sent: remove the recipients outside the agency, or send anyway.</source>
        <translation>ยังไม่ได้ส่ง: นำหน่วยงานภายนอกออกจากรายชื่อผู้รับ หรือกดส่งอีกครั้งแล้วเลือกส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="65"/>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="93"/>
        <source>The settings cannot be read, so they cannot be changed here: %1</source>
        <translation>อ่านการตั้งค่าไม่ได้ จึงแก้ไขในหน้านี้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="106"/>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="109"/>
        <source>PKCS#11 module file</source>
        <translation>แฟ้มโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="110"/>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="130"/>
        <source>Browse…</source>
        <translation>เลือกแฟ้ม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="110"/>
        <source>Choose the PKCS#11 module file</source>
        <translation>เลือกแฟ้มโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="33"/>
        <source>Test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="32"/>
        <source>Look for tokens through this module</source>
        <translation>ค้นหาโทเค็นผ่านโมดูลนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="36"/>
        <source>Token test result</source>
        <translation>ผลการทดสอบโทเค็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="116"/>
        <source>Timestamp authorities, one address per line</source>
        <translation>หน่วยประทับรับรองเวลา บรรทัดละหนึ่งที่อยู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="121"/>
        <source>Signature level</source>
        <translation>ระดับลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="129"/>
        <source>Emblem image file</source>
        <translation>แฟ้มภาพตราครุฑ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="130"/>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="399"/>
        <source>Choose the emblem image</source>
        <translation>เลือกภาพตราครุฑ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="133"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="137"/>
        <source>Problems</source>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="143"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="152"/>
        <source>Settings file: %1</source>
        <translation>แฟ้มการตั้งค่า: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="153"/>
        <source>Settings file</source>
        <translation>แฟ้มการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="158"/>
        <source>Settings marked with a lock are set by your organisation&apos;s machine policy and cannot be changed here.</source>
        <translation>การตั้งค่าที่มีเครื่องหมายกุญแจกำหนดโดยนโยบายของเครื่องจากหน่วยงาน ไม่สามารถแก้ไขในหน้านี้ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="163"/>
        <source>Machine policy</source>
        <translation>นโยบายของเครื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="167"/>
        <source>These settings are wrong and were ignored; the others apply:</source>
        <translation>การตั้งค่าต่อไปนี้ไม่ถูกต้องจึงไม่ได้ใช้ ส่วนค่าอื่นยังใช้ตามปกติ:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="172"/>
        <source>Settings that were ignored</source>
        <translation>การตั้งค่าที่ไม่ได้ใช้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="178"/>
        <source>Central server</source>
        <translation>เซิร์ฟเวอร์กลาง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="179"/>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="181"/>
        <source>Signing</source>
        <translation>การลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="185"/>
        <source>PKCS#11 &amp;module:</source>
        <translation>โมดูล PKCS#11 (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="191"/>
        <source>One address per line; the next one is tried when one does not answer.</source>
        <translation>บรรทัดละหนึ่งที่อยู่ หากแห่งใดไม่ตอบสนอง ระบบจะใช้แห่งถัดไปตามลำดับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="192"/>
        <source>&amp;Timestamp authorities:</source>
        <translation>หน่วยประทับรับรองเวลา (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="194"/>
        <source>Signature &amp;level:</source>
        <translation>ระดับลายมือชื่อ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="198"/>
        <source>T&amp;rust anchors:</source>
        <translation>ใบรับรองหลักที่เชื่อถือ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="204"/>
        <source>Letters</source>
        <translation>หนังสือราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="207"/>
        <source>&amp;Emblem:</source>
        <translation>ตราครุฑ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="213"/>
        <source>Display</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="214"/>
        <source>A new language is used the next time the program starts.</source>
        <translation>ภาษาที่เลือกจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="216"/>
        <source>Lan&amp;guage:</source>
        <translation>ภาษา (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="222"/>
        <source>&amp;Workstation</source>
        <translation>เครื่องนี้ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="223"/>
        <source>Office &amp;profile</source>
        <translation>ข้อมูลหน่วยงาน (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="370"/>
        <source>The settings were not saved: %1</source>
        <translation>บันทึกการตั้งค่าไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="392"/>
        <source>Choose the PKCS#11 module</source>
        <translation>เลือกโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="393"/>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>โมดูล PKCS#11 (*.so *.dll *.dylib);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="400"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg *.svg);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="44"/>
        <source>Choose the PKCS#11 module first.</source>
        <translation>กรุณาเลือกโมดูล PKCS#11 ก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="47"/>
        <source>The file %1 does not exist.</source>
        <translation>ไม่พบแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="51"/>
        <source>Looking for tokens…</source>
        <translation>กำลังค้นหาโทเค็น…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="63"/>
        <source>The module works, but no token is inserted.</source>
        <translation>โมดูลทำงานได้ แต่ไม่พบโทเค็นที่เสียบอยู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/module_check.py" line="67"/>
        <source>Found %1 token(s): %2</source>
        <translation>พบโทเค็น %1 อัน: %2</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/form_parts.py" line="126"/>
        <source>Set by machine policy (%1)</source>
        <translation>กำหนดโดยนโยบายของเครื่อง (%1)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/form_parts.py" line="127"/>
        <source>Set by machine policy: %1</source>
        <translation>กำหนดโดยนโยบายของเครื่อง: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/form_parts.py" line="137"/>
        <source>Locked</source>
        <translation>ล็อกไว้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/form_parts.py" line="140"/>
        <source>Why this setting is locked</source>
        <translation>เหตุที่การตั้งค่านี้ถูกล็อกไว้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="16"/>
        <source>B-B: basic, works offline</source>
        <translation>B-B: พื้นฐาน ใช้งานแบบออฟไลน์ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="17"/>
        <source>B-T: with a trusted time</source>
        <translation>B-T: มีการประทับรับรองเวลา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="18"/>
        <source>B-LT: for long-term checking</source>
        <translation>B-LT: ตรวจสอบได้ในระยะยาว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="19"/>
        <source>B-LTA: for archiving</source>
        <translation>B-LTA: สำหรับการเก็บรักษาระยะยาว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="26"/>
        <source>The signature alone. Works without a network; the signing time is the computer&apos;s clock.</source>
        <translation>ลายมือชื่ออิเล็กทรอนิกส์อย่างเดียว ใช้งานได้โดยไม่ต้องเชื่อมต่อเครือข่าย เวลาที่ลงนามเป็นเวลาตามนาฬิกาของเครื่องคอมพิวเตอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="30"/>
        <source>Adds a trusted time from a timestamp authority: needs the network and at least one timestamp authority.</source>
        <translation>เพิ่มเวลาที่เชื่อถือได้จากหน่วยประทับรับรองเวลา ต้องเชื่อมต่อเครือข่ายและระบุหน่วยประทับรับรองเวลาอย่างน้อยหนึ่งแห่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="35"/>
        <source>Also embeds the certificates&apos; status, so the signature can be checked after they expire. Needs a timestamp authority and the network.</source>
        <translation>ฝังข้อมูลสถานะของใบรับรองไว้ด้วย เพื่อให้ตรวจสอบลายมือชื่อได้แม้ใบรับรองหมดอายุแล้ว ต้องมีหน่วยประทับรับรองเวลาและเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="40"/>
        <source>Also adds an archive timestamp that keeps the signature verifiable for many years. Needs a timestamp authority and the network.</source>
        <translation>เพิ่มการประทับรับรองเวลาเพื่อการเก็บรักษา ให้ตรวจสอบลายมือชื่อได้ต่อเนื่องเป็นเวลาหลายปี ต้องมีหน่วยประทับรับรองเวลาและเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="64"/>
        <source>Server: enter an address that starts with https:// or http://, e.g. https://eoffice.example.go.th</source>
        <translation>เซิร์ฟเวอร์: กรุณาระบุที่อยู่ที่ขึ้นต้นด้วย https:// หรือ http:// เช่น https://eoffice.example.go.th</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="76"/>
        <source>Timestamp authorities: line %1 is not an http(s) address: %2</source>
        <translation>หน่วยประทับรับรองเวลา: บรรทัดที่ %1 ไม่ใช่ที่อยู่ http(s): %2</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="85"/>
        <source>PKCS#11 module: the file %1 does not exist</source>
        <translation>โมดูล PKCS#11: ไม่พบแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="86"/>
        <source>Emblem: the file %1 does not exist</source>
        <translation>ตราครุฑ: ไม่พบแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="95"/>
        <source>Trust anchors: %1 does not exist</source>
        <translation>ใบรับรองหลักที่เชื่อถือ: ไม่พบ %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_checks.py" line="103"/>
        <source>Signature level %1 needs at least one timestamp authority</source>
        <translation>ลายมือชื่อระดับ %1 ต้องระบุหน่วยประทับรับรองเวลาอย่างน้อยหนึ่งแห่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="27"/>
        <source>Trust anchor certificate files</source>
        <translation>แฟ้มใบรับรองหลักที่เชื่อถือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="30"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="30"/>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="72"/>
        <source>Add trust anchor certificates</source>
        <translation>เพิ่มใบรับรองหลักที่เชื่อถือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="34"/>
        <source>Add folder…</source>
        <translation>เพิ่มโฟลเดอร์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="35"/>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="82"/>
        <source>Add a folder of trust anchor certificates</source>
        <translation>เพิ่มโฟลเดอร์ใบรับรองหลักที่เชื่อถือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="39"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="40"/>
        <source>Remove the selected trust anchor</source>
        <translation>นำใบรับรองหลักที่เลือกออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/trust_list.py" line="74"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>ใบรับรอง (*.pem *.crt *.cer *.der);;ทุกแฟ้ม (*)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="96"/>
        <source>Sign letters</source>
        <translation>ลงนามหนังสือ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="117"/>
        <source>Sign %n letter(s) with one PIN</source>
        <translation>
            <numerusform>ลงนามหนังสือ %n ฉบับ ด้วยการใส่ PIN ครั้งเดียว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="126"/>
        <source>Signer warning</source>
        <translation>คำเตือนเรื่องผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="132"/>
        <source>Signing progress</source>
        <translation>ความคืบหน้าการลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="136"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="171"/>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="231"/>
        <source>Sign</source>
        <translation>ลงนาม</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="244"/>
        <source>⚠ In %n letter(s) the signer is not the certificate&apos;s holder. Check before signing; an acting signer may sign for another.</source>
        <translation>
            <numerusform>⚠ หนังสือ %n ฉบับ ระบุผู้ลงนามไม่ตรงกับเจ้าของใบรับรอง โปรดตรวจสอบก่อนลงนาม (ลงนามแทนได้ เช่น ปฏิบัติราชการแทน)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="297"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="340"/>
        <source>%n letter(s) not signed (the reasons are in the list): type the PIN and press Sign to sign them.</source>
        <translation>
            <numerusform>ยังไม่ได้ลงนาม %n ฉบับ (ดูเหตุผลในรายการ) ใส่ PIN แล้วกดลงนามเพื่อลงนามฉบับที่เหลือ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="388"/>
        <source>Stopping after the current letter, then closing…</source>
        <translation>จะหยุดหลังลงนามฉบับปัจจุบันเสร็จ แล้วปิดหน้าต่าง…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="300"/>
        <source>Signing…</source>
        <translation>กำลังลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="300"/>
        <source>Type the PIN on the reader&apos;s PIN pad…</source>
        <translation>กรุณากด PIN ที่แป้นของเครื่องอ่าน…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="334"/>
        <source>Signed %1 of %2.</source>
        <translation>ลงนามแล้ว %1 จาก %2 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="175"/>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="225"/>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="314"/>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="348"/>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="366"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="315"/>
        <source>Stopping after the current letter…</source>
        <translation>จะหยุดหลังลงนามฉบับปัจจุบันเสร็จ…</translation>
    </message>
</context>
<context>
    <name>SignLetterTable</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="32"/>
        <source>Letters to sign</source>
        <translation>หนังสือที่จะลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="34"/>
        <source>Number</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="34"/>
        <source>To</source>
        <translation>เรียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="34"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="34"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="49"/>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="87"/>
        <source>Waiting</source>
        <translation>รอลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="85"/>
        <source>Other signer</source>
        <translation>ผู้ลงนามไม่ตรงกับใบรับรอง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="93"/>
        <source>Signing…</source>
        <translation>กำลังลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="99"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="101"/>
        <source>Not signed (cancelled)</source>
        <translation>ยังไม่ได้ลงนาม (ยกเลิก)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="105"/>
        <source>Not signed: %1</source>
        <translation>ลงนามไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_letters.py" line="113"/>
        <source>Signer on the letter: %1 / Certificate: %2</source>
        <translation>ผู้ลงนามในหนังสือ: %1 / ใบรับรอง: %2</translation>
    </message>
</context>
<context>
    <name>SignatureSummary</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="31"/>
        <source>Verdict</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="33"/>
        <source>Signature level</source>
        <translation>ระดับลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="35"/>
        <source>Technical details</source>
        <translation>รายละเอียดทางเทคนิค</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="40"/>
        <source>Validation report</source>
        <translation>รายงานการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="66"/>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="71"/>
        <source>Cannot check this file</source>
        <translation>ตรวจสอบไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="82"/>
        <source>Level: %1</source>
        <translation>ระดับ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="87"/>
        <source>Signer</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="88"/>
        <source>Signed at</source>
        <translation>เวลาที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="89"/>
        <source>Trusted time</source>
        <translation>เวลาที่รับรอง (ประทับเวลา)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="90"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="91"/>
        <source>Covers</source>
        <translation>ครอบคลุม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="92"/>
        <source>Revocation</source>
        <translation>การเพิกถอน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="93"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="93"/>
        <source>valid</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="93"/>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="99"/>
        <source>Signature %1</source>
        <translation>ลายมือชื่อที่ %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="105"/>
        <source>checked: not revoked</source>
        <translation>ตรวจสอบแล้ว ไม่ถูกเพิกถอน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="106"/>
        <source>the certificate is revoked</source>
        <translation>ใบรับรองถูกเพิกถอนแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="107"/>
        <source>not checked (offline, or no answer from the certificate authority)</source>
        <translation>ยังไม่ได้ตรวจสอบ (ออฟไลน์ หรือผู้ออกใบรับรองไม่ตอบกลับ)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="113"/>
        <source>the whole file</source>
        <translation>ทั้งไฟล์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="114"/>
        <source>the letter as signed; later additions are allowed updates</source>
        <translation>หนังสือตามที่ลงนาม ส่วนที่เพิ่มภายหลังเป็นการปรับปรุงที่อนุญาต</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signature_summary.py" line="115"/>
        <source>only part of the file</source>
        <translation>เพียงบางส่วนของไฟล์</translation>
    </message>
</context>
<context>
    <name>SlipPrint</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="45"/>
        <source>Routing sli&amp;p…</source>
        <translation>พิมพ์ใบเสนอ… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="48"/>
        <source>Print the routing slip: the letter&apos;s way with each signature&apos;s verdict</source>
        <translation>พิมพ์ใบเสนอ: ลำดับการเสนอหนังสือพร้อมผลตรวจสอบลายมือชื่อแต่ละรายการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="51"/>
        <source>Routing slip: %1</source>
        <translation>ใบเสนอ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_slip.py" line="54"/>
        <source>Making the routing slip…</source>
        <translation>กำลังจัดทำใบเสนอ…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/gui.py" line="97"/>
        <source>Cannot open the letter store</source>
        <translation>เปิดข้อมูลหนังสือในเครื่องไม่ได้</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="88"/>
        <source>Letters delivered</source>
        <translation>ส่งหนังสือถึงแล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="89"/>
        <source>%n letter(s) reached the central e-Office.</source>
        <translation>
            <numerusform>หนังสือ %n ฉบับถึงระบบสารบรรณกลางแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="93"/>
        <source>Letters rejected</source>
        <translation>หนังสือถูกปฏิเสธ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="94"/>
        <source>%n letter(s) were refused; see Rejected for the reason.</source>
        <translation>
            <numerusform>หนังสือ %n ฉบับถูกปฏิเสธ ดูเหตุผลได้ในหมวดถูกปฏิเสธ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="99"/>
        <source>New letters</source>
        <translation>หนังสือเข้าใหม่</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="100"/>
        <source>%n new letter(s) in the Inbox.</source>
        <translation>
            <numerusform>มีหนังสือเข้าใหม่ %n ฉบับ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="78"/>
        <source>Letter on its way</source>
        <translation>หนังสืออยู่ระหว่างเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="87"/>
        <source>Pages</source>
        <translation>หน้าหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="48"/>
        <source>Step</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="49"/>
        <source>Person</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="50"/>
        <source>Does</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="51"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="53"/>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="115"/>
        <source>Route</source>
        <translation>ลำดับการเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="60"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="61"/>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="62"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="63"/>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="122"/>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="64"/>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="66"/>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="118"/>
        <source>History</source>
        <translation>ประวัติการดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="123"/>
        <source>Comment (required to return the letter)</source>
        <translation>ความเห็น (ต้องระบุเมื่อส่งคืน)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="128"/>
        <source>Return to</source>
        <translation>ส่งคืนถึง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="129"/>
        <source>Return &amp;to:</source>
        <translation>ส่งคืนถึง (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="134"/>
        <source>Your action</source>
        <translation>การดำเนินการของท่าน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="140"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="155"/>
        <source>&amp;Approve / initial</source>
        <translation>อนุมัติ/ลงนามย่อ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="156"/>
        <source>&amp;Sign</source>
        <translation>ลงนาม (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="157"/>
        <source>&amp;Return</source>
        <translation>ส่งคืน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="158"/>
        <source>&amp;Forward…</source>
        <translation>ส่งต่อ… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="159"/>
        <source>&amp;Edit the draft</source>
        <translation>แก้ไขร่าง (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="160"/>
        <source>Se&amp;nd…</source>
        <translation>ส่ง… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="167"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="292"/>
        <source>This letter is no longer held here: nothing more can be done on it.</source>
        <translation>ไม่พบหนังสือนี้ในเครื่องนี้แล้ว จึงดำเนินการใดกับหนังสือนี้ต่อไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="294"/>
        <source>This letter is on no route here.</source>
        <translation>ไม่พบเส้นทางเสนอของหนังสือนี้ในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="261"/>
        <source>On its way</source>
        <translation>อยู่ระหว่างเสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="262"/>
        <source>Returned for correction</source>
        <translation>ส่งคืนแก้ไข</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="300"/>
        <source>Updated by the last sync: the letter no longer waits for you. Your comment is kept.</source>
        <translation>ปรับตามการซิงก์ล่าสุดแล้ว หนังสือนี้ไม่รอท่านดำเนินการแล้ว ความเห็นที่ท่านพิมพ์ยังคงอยู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="303"/>
        <source>Updated by the last sync: the letter no longer waits for you.</source>
        <translation>ปรับตามการซิงก์ล่าสุดแล้ว หนังสือนี้ไม่รอท่านดำเนินการแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="304"/>
        <source>Updated by the last sync.</source>
        <translation>ปรับตามการซิงก์ล่าสุดแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="110"/>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="263"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="267"/>
        <source>%1 · round %2 · drafted by %3</source>
        <translation>%1 · ครั้งที่ %2 · ผู้ร่าง %3</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="89"/>
        <source>(forwarded to %1)</source>
        <translation>(ส่งต่อให้ %1)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="91"/>
        <source>Waiting</source>
        <translation>รอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="92"/>
        <source>With them now</source>
        <translation>อยู่ที่ขั้นนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="93"/>
        <source>Done %1</source>
        <translation>ดำเนินการแล้ว %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="104"/>
        <source>(acting for %1)</source>
        <translation>(รักษาราชการแทน %1)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="106"/>
        <source>Submitted</source>
        <translation>เสนอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="107"/>
        <source>Approved / initialled</source>
        <translation>ตรวจ/เห็นชอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="108"/>
        <source>Returned</source>
        <translation>ส่งคืน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="109"/>
        <source>Forwarded</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="113"/>
        <source>to %1</source>
        <translation>ถึง %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="115"/>
        <source>(goes with the next sync)</source>
        <translation>(รอส่งเมื่อซิงก์ครั้งถัดไป)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="117"/>
        <source>(too late: kept as a note)</source>
        <translation>(ช้ากว่าผู้อื่น เก็บไว้เป็นบันทึก)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="118"/>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_tables.py" line="145"/>
        <source>Cannot check</source>
        <translation>ตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="350"/>
        <source>The drafter (%1)</source>
        <translation>ผู้ร่าง (%1)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="355"/>
        <source>Step %1: %2</source>
        <translation>ขั้นที่ %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="370"/>
        <source>Number and date the letter first.</source>
        <translation>ออกเลขและลงวันที่ก่อนส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_task.py" line="379"/>
        <source>Write a comment saying what to correct.</source>
        <translation>เขียนความเห็นว่าให้แก้ไขอะไร</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_acting.py" line="45"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_acting.py" line="66"/>
        <source>Write a comment saying what to correct before returning the letter.</source>
        <translation>กรุณาเขียนความเห็นว่าให้แก้ไขอะไรก่อนส่งคืน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_acting.py" line="82"/>
        <source>Forward to</source>
        <translation>ส่งต่อให้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/route_acting.py" line="81"/>
        <source>Who takes this step? Type a name, then Enter.</source>
        <translation>ผู้ใดรับงานขั้นนี้ต่อ พิมพ์ชื่อแล้วกด Enter</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="81"/>
        <source>New letter</source>
        <translation>หนังสือใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="84"/>
        <source>Kind of letter</source>
        <translation>ชนิดของหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="104"/>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="105"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>TokenWatch</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="55"/>
        <source>Token state</source>
        <translation>สถานะโทเค็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="58"/>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="76"/>
        <source>Token</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="61"/>
        <source>Signing certificate</source>
        <translation>ใบรับรองสำหรับลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="65"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="69"/>
        <source>PIN warning</source>
        <translation>คำเตือนเรื่อง PIN</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="70"/>
        <source>I understand: a wrong PIN now locks the token</source>
        <translation>ข้าพเจ้าเข้าใจแล้วว่า หากใส่ PIN ผิดครั้งนี้ โทเค็นจะถูกล็อก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="78"/>
        <source>Certificate</source>
        <translation>ใบรับรอง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="79"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="96"/>
        <source>No PKCS#11 module is configured: set it under Settings (ask IT for the token&apos;s driver).</source>
        <translation>ยังไม่ได้ตั้งค่าโมดูล PKCS#11 กรุณาตั้งค่าที่เมนูการตั้งค่า (สอบถามไดรเวอร์โทเค็นจากฝ่ายไอที)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="194"/>
        <source>No token: insert your token (smart card).</source>
        <translation>ไม่พบโทเค็น กรุณาเสียบโทเค็น (บัตร)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="198"/>
        <source>Token present</source>
        <translation>พบโทเค็นแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="226"/>
        <source>This token has no certificate that may sign letters.</source>
        <translation>โทเค็นนี้ไม่มีใบรับรองที่ใช้ลงนามหนังสือได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="228"/>
        <source>Choose the certificate to sign with.</source>
        <translation>กรุณาเลือกใบรับรองที่จะใช้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="241"/>
        <source>%1 (valid until %2) · %3</source>
        <translation>%1 (ใช้ได้ถึง %2) · %3</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="262"/>
        <source>This reader has a PIN pad: type the PIN on the reader when asked.</source>
        <translation>เครื่องอ่านนี้มีแป้นกด PIN กรุณากด PIN ที่เครื่องอ่านเมื่อระบบแจ้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="273"/>
        <source>A wrong PIN was entered before: only a few tries are left.</source>
        <translation>เคยใส่ PIN ผิดมาแล้ว เหลือโอกาสอีกไม่กี่ครั้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="274"/>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation>โอกาสสุดท้าย: หากใส่ PIN ผิดอีกครั้ง โทเค็นจะถูกล็อก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="276"/>
        <source>The PIN is locked. Ask the certificate authority or IT to unlock the token.</source>
        <translation>PIN ถูกล็อกแล้ว กรุณาติดต่อผู้ออกใบรับรองหรือฝ่ายไอทีเพื่อปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="286"/>
        <source>Wrong PIN. Type it again.</source>
        <translation>รหัส PIN ไม่ถูกต้อง กรุณาพิมพ์ใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="287"/>
        <source>Wrong PIN. Only a few tries are left.</source>
        <translation>รหัส PIN ไม่ถูกต้อง เหลือโอกาสอีกไม่กี่ครั้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="288"/>
        <source>Wrong PIN. One try is left: another wrong PIN locks the token.</source>
        <translation>รหัส PIN ไม่ถูกต้อง เหลือโอกาสครั้งสุดท้าย หากใส่ผิดอีก โทเค็นจะถูกล็อก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/token_watch.py" line="290"/>
        <source>Wrong PIN. The PIN is now locked: ask the certificate authority or IT to unlock the token.</source>
        <translation>รหัส PIN ไม่ถูกต้อง และ PIN ถูกล็อกแล้ว กรุณาติดต่อผู้ออกใบรับรองหรือฝ่ายไอทีเพื่อปลดล็อก</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="36"/>
        <source>Verify a signed letter</source>
        <translation>ตรวจสอบหนังสือที่ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="42"/>
        <source>Open a PDF or drop it here.</source>
        <translation>เปิดไฟล์ PDF หรือลากไฟล์มาวางที่นี่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="47"/>
        <source>Open PDF…</source>
        <translation>เปิด PDF…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="49"/>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="58"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="54"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="80"/>
        <source>The letter as it was signed</source>
        <translation>หนังสือตามที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="84"/>
        <source>Save the signed revision…</source>
        <translation>บันทึกฉบับที่ลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="105"/>
        <source>Open PDF</source>
        <translation>เปิด PDF</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="105"/>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="174"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="144"/>
        <source>No signed revision in this file; shown as it is.</source>
        <translation>ไฟล์นี้ไม่มีฉบับที่ลงนาม แสดงตามที่เป็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="149"/>
        <source>The letter as signed (revision %1 of %2):</source>
        <translation>หนังสือตามที่ลงนาม (ฉบับแก้ไขที่ %1 จาก %2):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="174"/>
        <source>Save the signed revision</source>
        <translation>บันทึกฉบับที่ลงนาม</translation>
    </message>
</context>
</TS>
