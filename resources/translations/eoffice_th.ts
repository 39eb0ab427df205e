<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
    <name>DraftEditor</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="94"/>
        <source>Draft: %1</source>
        <translation>ร่าง%1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="100"/>
        <source>Enclosure files</source>
        <translation>ไฟล์สิ่งที่ส่งมาด้วย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="102"/>
        <source>Enclosure files: drop them here, or use Add enclosure (Ctrl+E)</source>
        <translation>ไฟล์สิ่งที่ส่งมาด้วย: ลากไฟล์มาวางที่นี่ หรือใช้ &quot;แนบสิ่งที่ส่งมาด้วย&quot; (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="115"/>
        <source>Preview</source>
        <translation>ตัวอย่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="134"/>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="156"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="158"/>
        <source>Send for signature</source>
        <translation>เสนอลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="160"/>
        <source>Add enclosure…</source>
        <translation>แนบสิ่งที่ส่งมาด้วย…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="162"/>
        <source>Mail merge from CSV…</source>
        <translation>สร้างหนังสือเวียนจาก CSV…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="164"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="165"/>
        <source>&amp;Letter</source>
        <translation>หนังสือ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="168"/>
        <source>Letter</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="177"/>
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="218"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="223"/>
        <source>Not saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="243"/>
        <source>Cannot save the draft</source>
        <translation>บันทึกร่างไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="261"/>
        <source>Number %1 issued</source>
        <translation>ออกเลขที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="280"/>
        <source>Add enclosures</source>
        <translation>แนบสิ่งที่ส่งมาด้วย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="313"/>
        <source>Cannot attach the file</source>
        <translation>แนบไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="357"/>
        <source>Fill in the marked fields first</source>
        <translation>กรุณากรอกช่องที่มีเครื่องหมายให้ครบก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="359"/>
        <source>Cannot send for signature</source>
        <translation>เสนอลงนามไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="365"/>
        <source>Mail merge: choose the CSV</source>
        <translation>หนังสือเวียน: เลือกไฟล์ CSV</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="365"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="382"/>
        <source>%1 drafts were made, one per row; they are under Drafts.</source>
        <translation>สร้างร่างหนังสือแล้ว %1 ฉบับ (แถวละหนึ่งฉบับ) อยู่ในหมวดร่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/draft_editor.py" line="388"/>
        <source>Mail merge</source>
        <translation>หนังสือเวียน</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="130"/>
        <source>required</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="144"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="184"/>
        <source>One paragraph per line</source>
        <translation>บรรทัดละหนึ่งย่อหน้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="185"/>
        <source>One item per line</source>
        <translation>บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="186"/>
        <source>One line per line</source>
        <translation>พิมพ์ตามบรรทัดที่จะแสดง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="203"/>
        <source>dd/mm/yyyy (Buddhist Era), e.g. 24/11/2569</source>
        <translation>วว/ดด/ปปปป (พ.ศ.) เช่น 24/11/2569</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="204"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="205"/>
        <source>Today&apos;s date</source>
        <translation>วันที่วันนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="207"/>
        <source>Date as printed</source>
        <translation>วันที่ตามที่จะพิมพ์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="232"/>
        <source>e.g. ดศ 0201/123, or the series and Take a number</source>
        <translation>เช่น ดศ 0201/123 หรือพิมพ์อักษรย่อแล้วกด &quot;ออกเลข&quot;</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="233"/>
        <source>Take a number</source>
        <translation>ออกเลข</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="234"/>
        <source>Take the next number of this series</source>
        <translation>ออกเลขถัดไปของชุดเลขนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/letter_form.py" line="236"/>
        <source>Issues the next number from the block leased for this office; works offline</source>
        <translation>ออกเลขถัดไปจากชุดเลขที่จองไว้ให้หน่วยงาน ใช้ได้แม้ไม่มีเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signer_choice.py" line="27"/>
        <source>Signer from the office&apos;s list</source>
        <translation>ผู้ลงนามจากรายชื่อของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/signer_choice.py" line="33"/>
        <source>Fro&amp;m the office&apos;s list:</source>
        <translation>เลือกจากรายชื่อของหน่วยงาน (&amp;M):</translation>
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
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="86"/>
        <source>Opening the letter store…</source>
        <translation>กำลังเปิดข้อมูลหนังสือ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="99"/>
        <source>Some settings were ignored</source>
        <translation>การตั้งค่าบางรายการไม่ได้ใช้</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="100"/>
        <source>%n setting(s) are wrong and were ignored; see File → Settings.</source>
        <translation>
            <numerusform>การตั้งค่า %n รายการไม่ถูกต้องจึงไม่ได้ใช้ ดูที่ แฟ้ม → การตั้งค่า</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="106"/>
        <source>e-Office Desktop — DEMO</source>
        <translation>ระบบสารบรรณอิเล็กทรอนิกส์ — ตัวอย่างสาธิต (DEMO)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="107"/>
        <source>DEMO: test token and local server; letters here are not real</source>
        <translation>สาธิต (DEMO): ใช้โทเค็นทดสอบและเซิร์ฟเวอร์ในเครื่อง หนังสือในนี้ไม่ใช่หนังสือจริง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="109"/>
        <source>Demo</source>
        <translation>ตัวอย่างสาธิต</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="115"/>
        <source>Sections</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="123"/>
        <source>Search (any part of a word)</source>
        <translation>ค้นหา (พิมพ์ส่วนใดของคำก็ได้)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="124"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="134"/>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="196"/>
        <source>Letters</source>
        <translation>รายการหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="157"/>
        <source>Connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="162"/>
        <source>Refresh</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="165"/>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="169"/>
        <source>Verify a PDF…</source>
        <translation>ตรวจสอบลายมือชื่อใน PDF…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="173"/>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="186"/>
        <source>New letter…</source>
        <translation>หนังสือใหม่…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="188"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="191"/>
        <source>Sign…</source>
        <translation>ลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="192"/>
        <source>Send…</source>
        <translation>ส่งหนังสือ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="193"/>
        <source>&amp;Letters</source>
        <translation>หนังสือ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="225"/>
        <source>Sent for signature</source>
        <translation>เสนอลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="268"/>
        <source>Select drafts or letters waiting for signature to sign.</source>
        <translation>กรุณาเลือกร่างหนังสือหรือหนังสือที่รอลงนามก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="279"/>
        <source>Sign letters</source>
        <translation>ลงนามหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="303"/>
        <source>Select signed letters to send.</source>
        <translation>กรุณาเลือกหนังสือที่ลงนามแล้วเพื่อส่ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="324"/>
        <source>%n letter(s) in the outbox; they go out with the next sync.</source>
        <translation>
            <numerusform>หนังสือ %n ฉบับอยู่ในรายการรอส่ง จะส่งออกเมื่อซิงก์ครั้งถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="334"/>
        <source>Cannot send</source>
        <translation>ส่งไม่ได้</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="385"/>
        <source>%n letter(s) waiting to be sent</source>
        <translation>
            <numerusform>รอส่ง %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="388"/>
        <source>Cannot read the letter store: %1</source>
        <translation>อ่านข้อมูลหนังสือในเครื่องไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="428"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="431"/>
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
        <source>Syncing…</source>
        <translation>กำลังซิงก์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="51"/>
        <source>last sync %1</source>
        <translation>ซิงก์ล่าสุด %1 น.</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="59"/>
        <source>Sending %1 of %2</source>
        <translation>กำลังส่งฉบับที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="443"/>
        <source>Letters delivered</source>
        <translation>ส่งหนังสือถึงแล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="444"/>
        <source>%n letter(s) reached the central e-Office.</source>
        <translation>
            <numerusform>หนังสือ %n ฉบับถึงระบบสารบรรณกลางแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="448"/>
        <source>Letters rejected</source>
        <translation>หนังสือถูกปฏิเสธ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="449"/>
        <source>%n letter(s) were refused; see Rejected for the reason.</source>
        <translation>
            <numerusform>หนังสือ %n ฉบับถูกปฏิเสธ ดูเหตุผลได้ในหมวดถูกปฏิเสธ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="454"/>
        <source>New letters</source>
        <translation>หนังสือเข้าใหม่</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="454"/>
        <source>%n new letter(s) in the Inbox.</source>
        <translation>
            <numerusform>มีหนังสือเข้าใหม่ %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="70"/>
        <source>Sent %1, rejected %2, received %3</source>
        <translation>ส่งแล้ว %1 ถูกปฏิเสธ %2 ได้รับ %3 ฉบับ</translation>
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
    <name>PagePreview</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/page_preview.py" line="27"/>
        <source>Page %1</source>
        <translation>หน้า %1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="42"/>
        <source>Agency name</source>
        <translation>ชื่อส่วนราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="43"/>
        <source>Letter code</source>
        <translation>อักษรย่อและเลขประจำส่วนราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="44"/>
        <source>Address, one line per line</source>
        <translation>ที่ตั้ง บรรทัดละหนึ่งบรรทัด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="45"/>
        <source>Owner unit</source>
        <translation>ส่วนราชการเจ้าของเรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="46"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="47"/>
        <source>Fax</source>
        <translation>โทรสาร</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="48"/>
        <source>E-mail</source>
        <translation>ไปรษณีย์อิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="49"/>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="84"/>
        <source>Signers</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="62"/>
        <source>Every new letter starts with these; each letter may change them.</source>
        <translation>หนังสือใหม่ทุกฉบับเริ่มด้วยค่าเหล่านี้ และแก้ไขได้ในแต่ละฉบับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="63"/>
        <source>The letter code numbers run in; a new letter&apos;s number starts with it.</source>
        <translation>อักษรย่อที่ใช้ออกเลขที่หนังสือ ช่อง ที่ ของหนังสือใหม่จะขึ้นต้นด้วยค่านี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="66"/>
        <source>One signer per paragraph: the full name, then the position lines; a blank line between two signers. The first signs new letters; the others can be chosen in each letter.</source>
        <translation>ย่อหน้าละหนึ่งคน: ชื่อเต็มบรรทัดแรก ตามด้วยบรรทัดตำแหน่ง เว้นหนึ่งบรรทัดระหว่างผู้ลงนามแต่ละคน คนแรกเป็นผู้ลงนามของหนังสือใหม่ คนอื่นเลือกได้ในแต่ละฉบับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="71"/>
        <source>&amp;Agency:</source>
        <translation>ส่วนราชการ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="72"/>
        <source>Letter &amp;code:</source>
        <translation>อักษรย่อ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="73"/>
        <source>A&amp;ddress:</source>
        <translation>ที่ตั้ง (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="74"/>
        <source>&amp;Owner unit:</source>
        <translation>ส่วนราชการเจ้าของเรื่อง (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="75"/>
        <source>&amp;Phone:</source>
        <translation>โทร. (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="76"/>
        <source>&amp;Fax:</source>
        <translation>โทรสาร (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="77"/>
        <source>E-&amp;mail:</source>
        <translation>ไปรษณีย์อิเล็กทรอนิกส์ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="78"/>
        <source>Si&amp;gners:</source>
        <translation>ผู้ลงนาม (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="82"/>
        <source>Agency</source>
        <translation>ส่วนราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="83"/>
        <source>Owner unit and contacts</source>
        <translation>ส่วนราชการเจ้าของเรื่องและการติดต่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="144"/>
        <source>Letter code: %1 is not a letter code such as ดศ 0201</source>
        <translation>อักษรย่อ: %1 ไม่ใช่อักษรย่อและเลขประจำส่วนราชการ เช่น ดศ 0201</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="148"/>
        <source>E-mail: %1 is not an e-mail address</source>
        <translation>ไปรษณีย์อิเล็กทรอนิกส์: %1 ไม่ใช่ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/profile_page.py" line="152"/>
        <source>Signers: %1 needs a position line under the name</source>
        <translation>ผู้ลงนาม: %1 ต้องมีบรรทัดตำแหน่งใต้ชื่อ</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="25"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="39"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="62"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="140"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="38"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="58"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="138"/>
        <source>Number</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="40"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="61"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="42"/>
        <source>Updated</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="53"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="133"/>
        <source>Reg. no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="59"/>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="60"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="139"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="115"/>
        <source>Drafts</source>
        <translation>ร่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="118"/>
        <source>Waiting for signature</source>
        <translation>รอลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="122"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="123"/>
        <source>Outbox</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="124"/>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="126"/>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="130"/>
        <source>Inbox</source>
        <translation>หนังสือเข้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="147"/>
        <source>Send register</source>
        <translation>ทะเบียนหนังสือส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="155"/>
        <source>Receive register</source>
        <translation>ทะเบียนหนังสือรับ</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="16"/>
        <source>Send letters</source>
        <translation>ส่งหนังสือ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="17"/>
        <source>Send %n signed letter(s) to:</source>
        <translation>
            <numerusform>ส่งหนังสือที่ลงนามแล้ว %n ฉบับ ถึง:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="20"/>
        <source>Recipient agency code</source>
        <translation>รหัสหน่วยงานผู้รับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="21"/>
        <source>Agency code on the central e-Office, e.g. DEMO-B</source>
        <translation>รหัสหน่วยงานในระบบสารบรรณกลาง เช่น DEMO-B</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="25"/>
        <source>&amp;Agency</source>
        <translation>หน่วยงาน (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="31"/>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="32"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="46"/>
        <source>Give the recipient agency&apos;s code.</source>
        <translation>กรุณาระบุรหัสหน่วยงานผู้รับ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="71"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="88"/>
        <source>The settings cannot be read, so they cannot be changed here: %1</source>
        <translation>อ่านการตั้งค่าไม่ได้ จึงแก้ไขในหน้านี้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="101"/>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="104"/>
        <source>PKCS#11 module file</source>
        <translation>แฟ้มโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="105"/>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="125"/>
        <source>Browse…</source>
        <translation>เลือกแฟ้ม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="105"/>
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
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="111"/>
        <source>Timestamp authorities, one address per line</source>
        <translation>หน่วยประทับรับรองเวลา บรรทัดละหนึ่งที่อยู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="116"/>
        <source>Signature level</source>
        <translation>ระดับลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="124"/>
        <source>Emblem image file</source>
        <translation>แฟ้มภาพตราครุฑ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="125"/>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="393"/>
        <source>Choose the emblem image</source>
        <translation>เลือกภาพตราครุฑ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="128"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="132"/>
        <source>Problems</source>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="138"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="147"/>
        <source>Settings file: %1</source>
        <translation>แฟ้มการตั้งค่า: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="148"/>
        <source>Settings file</source>
        <translation>แฟ้มการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="153"/>
        <source>Settings marked with a lock are set by your organisation&apos;s machine policy and cannot be changed here.</source>
        <translation>การตั้งค่าที่มีเครื่องหมายกุญแจกำหนดโดยนโยบายของเครื่องจากหน่วยงาน ไม่สามารถแก้ไขในหน้านี้ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="158"/>
        <source>Machine policy</source>
        <translation>นโยบายของเครื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="162"/>
        <source>These settings are wrong and were ignored; the others apply:</source>
        <translation>การตั้งค่าต่อไปนี้ไม่ถูกต้องจึงไม่ได้ใช้ ส่วนค่าอื่นยังใช้ตามปกติ:</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="167"/>
        <source>Settings that were ignored</source>
        <translation>การตั้งค่าที่ไม่ได้ใช้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="173"/>
        <source>Central server</source>
        <translation>เซิร์ฟเวอร์กลาง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="174"/>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="176"/>
        <source>Signing</source>
        <translation>การลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="180"/>
        <source>PKCS#11 &amp;module:</source>
        <translation>โมดูล PKCS#11 (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="186"/>
        <source>One address per line; the next one is tried when one does not answer.</source>
        <translation>บรรทัดละหนึ่งที่อยู่ หากแห่งใดไม่ตอบสนอง ระบบจะใช้แห่งถัดไปตามลำดับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="187"/>
        <source>&amp;Timestamp authorities:</source>
        <translation>หน่วยประทับรับรองเวลา (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="189"/>
        <source>Signature &amp;level:</source>
        <translation>ระดับลายมือชื่อ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="193"/>
        <source>T&amp;rust anchors:</source>
        <translation>ใบรับรองหลักที่เชื่อถือ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="199"/>
        <source>Letters</source>
        <translation>หนังสือราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="202"/>
        <source>&amp;Emblem:</source>
        <translation>ตราครุฑ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="208"/>
        <source>Display</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="209"/>
        <source>A new language is used the next time the program starts.</source>
        <translation>ภาษาที่เลือกจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="211"/>
        <source>Lan&amp;guage:</source>
        <translation>ภาษา (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="217"/>
        <source>&amp;Workstation</source>
        <translation>เครื่องนี้ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="218"/>
        <source>Office &amp;profile</source>
        <translation>ข้อมูลหน่วยงาน (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="365"/>
        <source>The settings were not saved: %1</source>
        <translation>บันทึกการตั้งค่าไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="386"/>
        <source>Choose the PKCS#11 module</source>
        <translation>เลือกโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="387"/>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>โมดูล PKCS#11 (*.so *.dll *.dylib);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="394"/>
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
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="94"/>
        <source>Sign letters</source>
        <translation>ลงนามหนังสือ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="106"/>
        <source>Sign %n letter(s) with one PIN</source>
        <translation>
            <numerusform>ลงนามหนังสือ %n ฉบับ ด้วยการใส่ PIN ครั้งเดียว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="109"/>
        <source>Letters to sign</source>
        <translation>หนังสือที่จะลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="110"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="110"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="117"/>
        <source>Waiting</source>
        <translation>รอ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="123"/>
        <source>Token state</source>
        <translation>สถานะโทเค็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="126"/>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="144"/>
        <source>Token</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="129"/>
        <source>Signing certificate</source>
        <translation>ใบรับรองสำหรับลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="133"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="138"/>
        <source>PIN warning</source>
        <translation>คำเตือนเรื่อง PIN</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="139"/>
        <source>I understand: a wrong PIN now locks the token</source>
        <translation>ข้าพเจ้าเข้าใจแล้วว่า หากใส่ PIN ผิดครั้งนี้ โทเค็นจะถูกล็อก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="146"/>
        <source>Certificate</source>
        <translation>ใบรับรอง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="147"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="161"/>
        <source>Signing progress</source>
        <translation>ความคืบหน้าการลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="164"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="166"/>
        <source>Sign</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="169"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="199"/>
        <source>No PKCS#11 module is configured: set it under Settings (ask IT for the token&apos;s driver).</source>
        <translation>ยังไม่ได้ตั้งค่าโมดูล PKCS#11 กรุณาตั้งค่าที่เมนูการตั้งค่า (สอบถามไดรเวอร์โทเค็นจากฝ่ายไอที)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="264"/>
        <source>No token: insert your token (smart card).</source>
        <translation>ไม่พบโทเค็น กรุณาเสียบโทเค็น (บัตร)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="268"/>
        <source>Token present</source>
        <translation>พบโทเค็นแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="294"/>
        <source>This token has no certificate that may sign letters.</source>
        <translation>โทเค็นนี้ไม่มีใบรับรองที่ใช้ลงนามหนังสือได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="296"/>
        <source>Choose the certificate to sign with.</source>
        <translation>กรุณาเลือกใบรับรองที่จะใช้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="309"/>
        <source>%1 (valid until %2) · %3</source>
        <translation>%1 (ใช้ได้ถึง %2) · %3</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="327"/>
        <source>This reader has a PIN pad: type the PIN on the reader when asked.</source>
        <translation>เครื่องอ่านนี้มีแป้นกด PIN กรุณากด PIN ที่เครื่องอ่านเมื่อระบบแจ้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="333"/>
        <source>A wrong PIN was entered before: only a few tries are left.</source>
        <translation>เคยใส่ PIN ผิดมาแล้ว เหลือโอกาสอีกไม่กี่ครั้ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="334"/>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation>โอกาสสุดท้าย: หากใส่ PIN ผิดอีกครั้ง โทเค็นจะถูกล็อก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="336"/>
        <source>The PIN is locked. Ask the certificate authority or IT to unlock the token.</source>
        <translation>PIN ถูกล็อกแล้ว กรุณาติดต่อผู้ออกใบรับรองหรือฝ่ายไอทีเพื่อปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="381"/>
        <source>Signing…</source>
        <translation>กำลังลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="381"/>
        <source>Type the PIN on the reader&apos;s PIN pad…</source>
        <translation>กรุณากด PIN ที่แป้นของเครื่องอ่าน…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="395"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="397"/>
        <source>Not signed (cancelled)</source>
        <translation>ยังไม่ได้ลงนาม (ยกเลิก)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="400"/>
        <source>Not signed: %1</source>
        <translation>ลงนามไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="414"/>
        <source>Signed %1 of %2.</source>
        <translation>ลงนามแล้ว %1 จาก %2 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="419"/>
        <source>%1 not signed; the reasons are in the list.</source>
        <translation>ลงนามไม่สำเร็จ %1 ฉบับ ดูเหตุผลในรายการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="424"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="441"/>
        <source>Stopping after the current letter…</source>
        <translation>จะหยุดหลังลงนามฉบับปัจจุบันเสร็จ…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/gui.py" line="102"/>
        <source>Cannot open the letter store</source>
        <translation>เปิดข้อมูลหนังสือในเครื่องไม่ได้</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="80"/>
        <source>New letter</source>
        <translation>หนังสือใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="83"/>
        <source>Kind of letter</source>
        <translation>ชนิดของหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="103"/>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/template_picker.py" line="104"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="33"/>
        <source>Verify a signed letter</source>
        <translation>ตรวจสอบหนังสือที่ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="39"/>
        <source>Open a PDF or drop it here.</source>
        <translation>เปิดไฟล์ PDF หรือลากไฟล์มาวางที่นี่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="42"/>
        <source>Verdict</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="44"/>
        <source>Validation report</source>
        <translation>รายงานการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="45"/>
        <source>Open PDF…</source>
        <translation>เปิด PDF…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="49"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="55"/>
        <source>The letter as it was signed</source>
        <translation>หนังสือตามที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="58"/>
        <source>Save the signed revision…</source>
        <translation>บันทึกฉบับที่ลงนาม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="84"/>
        <source>Open PDF</source>
        <translation>เปิด PDF</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="84"/>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="168"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="105"/>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="116"/>
        <source>Cannot check this file</source>
        <translation>ตรวจสอบไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="123"/>
        <source>All signatures are valid</source>
        <translation>ลายมือชื่อทั้งหมดถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="126"/>
        <source>This file is not signed</source>
        <translation>ไฟล์นี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="129"/>
        <source>INVALID: do not rely on this letter</source>
        <translation>ไม่ถูกต้อง: อย่าใช้หนังสือฉบับนี้อ้างอิง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="134"/>
        <source>Signer</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="135"/>
        <source>Signed at</source>
        <translation>เวลาที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="136"/>
        <source>Trusted time</source>
        <translation>เวลาที่รับรอง (ประทับเวลา)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="137"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="138"/>
        <source>Covers</source>
        <translation>ครอบคลุม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="139"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="139"/>
        <source>valid</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="139"/>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="145"/>
        <source>Signature %1</source>
        <translation>ลายมือชื่อที่ %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="152"/>
        <source>No signed revision in this file.</source>
        <translation>ไฟล์นี้ไม่มีฉบับที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="157"/>
        <source>The letter as signed (revision %1 of %2):</source>
        <translation>หนังสือตามที่ลงนาม (ฉบับแก้ไขที่ %1 จาก %2):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="168"/>
        <source>Save the signed revision</source>
        <translation>บันทึกฉบับที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="180"/>
        <source>the whole file</source>
        <translation>ทั้งไฟล์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="181"/>
        <source>the letter as signed; later additions are allowed updates</source>
        <translation>หนังสือตามที่ลงนาม ส่วนที่เพิ่มภายหลังเป็นการปรับปรุงที่อนุญาต</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="182"/>
        <source>only part of the file</source>
        <translation>เพียงบางส่วนของไฟล์</translation>
    </message>
</context>
</TS>
