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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="58"/>
        <source>e-Office Desktop</source>
        <translation>ระบบสารบรรณอิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="70"/>
        <source>Opening the letter store…</source>
        <translation>กำลังเปิดข้อมูลหนังสือ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="83"/>
        <source>Sections</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="91"/>
        <source>Search (any part of a word)</source>
        <translation>ค้นหา (พิมพ์ส่วนใดของคำก็ได้)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="92"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="102"/>
        <source>Letters</source>
        <translation>รายการหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="123"/>
        <source>Connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="128"/>
        <source>Refresh</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="131"/>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="135"/>
        <source>Verify a PDF…</source>
        <translation>ตรวจสอบลายมือชื่อใน PDF…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="186"/>
        <source>%n letter(s) waiting to be sent</source>
        <translation>
            <numerusform>รอส่ง %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="189"/>
        <source>Cannot read the letter store: %1</source>
        <translation>อ่านข้อมูลหนังสือในเครื่องไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="211"/>
        <source>Sync now</source>
        <translation>ซิงก์เดี๋ยวนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="216"/>
        <source>&amp;Sync</source>
        <translation>ซิงก์ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="227"/>
        <source>Not synced yet</source>
        <translation>ยังไม่ได้ซิงก์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="228"/>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="229"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="230"/>
        <source>Syncing…</source>
        <translation>กำลังซิงก์…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="234"/>
        <source>last sync %1</source>
        <translation>ซิงก์ล่าสุด %1 น.</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="241"/>
        <source>Sending %1 of %2</source>
        <translation>กำลังส่งฉบับที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="248"/>
        <source>Sent %1, rejected %2, received %3</source>
        <translation>ส่งแล้ว %1 ถูกปฏิเสธ %2 ได้รับ %3 ฉบับ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/messages.py" line="30"/>
        <source>Unexpected error: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="24"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="34"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="47"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="108"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="33"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="43"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="106"/>
        <source>Number</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="35"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="46"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="36"/>
        <source>Updated</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="42"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="105"/>
        <source>Reg. no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="44"/>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="45"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="107"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="88"/>
        <source>Drafts</source>
        <translation>ร่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="91"/>
        <source>Waiting for signature</source>
        <translation>รอลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="95"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="96"/>
        <source>Outbox</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="97"/>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="99"/>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="103"/>
        <source>Inbox</source>
        <translation>หนังสือเข้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="114"/>
        <source>Send register</source>
        <translation>ทะเบียนหนังสือส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="121"/>
        <source>Receive register</source>
        <translation>ทะเบียนหนังสือรับ</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/gui.py" line="93"/>
        <source>Cannot open the letter store</source>
        <translation>เปิดข้อมูลหนังสือในเครื่องไม่ได้</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="30"/>
        <source>Verify a signed letter</source>
        <translation>ตรวจสอบหนังสือที่ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="36"/>
        <source>Open a PDF or drop it here.</source>
        <translation>เปิดไฟล์ PDF หรือลากไฟล์มาวางที่นี่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="39"/>
        <source>Verdict</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="41"/>
        <source>Validation report</source>
        <translation>รายงานการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="42"/>
        <source>Open PDF…</source>
        <translation>เปิด PDF…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="46"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="58"/>
        <source>Open PDF</source>
        <translation>เปิด PDF</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="58"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="79"/>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="85"/>
        <source>Cannot check this file</source>
        <translation>ตรวจสอบไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="92"/>
        <source>All signatures are valid</source>
        <translation>ลายมือชื่อทั้งหมดถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="95"/>
        <source>This file is not signed</source>
        <translation>ไฟล์นี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="98"/>
        <source>INVALID: do not rely on this letter</source>
        <translation>ไม่ถูกต้อง: อย่าใช้หนังสือฉบับนี้อ้างอิง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="103"/>
        <source>Signer</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="104"/>
        <source>Signed at</source>
        <translation>เวลาที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="105"/>
        <source>Trusted time</source>
        <translation>เวลาที่รับรอง (ประทับเวลา)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="106"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="107"/>
        <source>Covers</source>
        <translation>ครอบคลุม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="108"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="108"/>
        <source>valid</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="108"/>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="114"/>
        <source>Signature %1</source>
        <translation>ลายมือชื่อที่ %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="120"/>
        <source>the whole file</source>
        <translation>ทั้งไฟล์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="121"/>
        <source>the letter as signed; later additions are allowed updates</source>
        <translation>หนังสือตามที่ลงนาม ส่วนที่เพิ่มภายหลังเป็นการปรับปรุงที่อนุญาต</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/verify_dialog.py" line="122"/>
        <source>only part of the file</source>
        <translation>เพียงบางส่วนของไฟล์</translation>
    </message>
</context>
</TS>
