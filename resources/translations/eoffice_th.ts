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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="114"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="131"/>
        <source>The settings cannot be read, so they cannot be changed here: %1</source>
        <translation>อ่านการตั้งค่าไม่ได้ จึงแก้ไขในหน้านี้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="144"/>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="147"/>
        <source>PKCS#11 module file</source>
        <translation>แฟ้มโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="148"/>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="172"/>
        <source>Browse…</source>
        <translation>เลือกแฟ้ม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="148"/>
        <source>Choose the PKCS#11 module file</source>
        <translation>เลือกแฟ้มโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="150"/>
        <source>Test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="150"/>
        <source>Look for tokens through this module</source>
        <translation>ค้นหาโทเค็นผ่านโมดูลนี้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="153"/>
        <source>Token test result</source>
        <translation>ผลการทดสอบโทเค็น</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="156"/>
        <source>Timestamp authorities, one address per line</source>
        <translation>หน่วยประทับรับรองเวลา บรรทัดละหนึ่งที่อยู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="161"/>
        <source>Signature level</source>
        <translation>ระดับลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="164"/>
        <source>Trust anchor certificate files</source>
        <translation>แฟ้มใบรับรองหลักที่เชื่อถือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="166"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="166"/>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="561"/>
        <source>Add trust anchor certificates</source>
        <translation>เพิ่มใบรับรองหลักที่เชื่อถือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="168"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="168"/>
        <source>Remove the selected trust anchor</source>
        <translation>นำใบรับรองหลักที่เลือกออก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="171"/>
        <source>Emblem image file</source>
        <translation>แฟ้มภาพตราครุฑ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="172"/>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="548"/>
        <source>Choose the emblem image</source>
        <translation>เลือกภาพตราครุฑ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="175"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="179"/>
        <source>Problems</source>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="185"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="187"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="200"/>
        <source>Settings file: %1</source>
        <translation>แฟ้มการตั้งค่า: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="201"/>
        <source>Settings file</source>
        <translation>แฟ้มการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="206"/>
        <source>Settings marked with a lock are set by your organisation&apos;s machine policy and cannot be changed here.</source>
        <translation>การตั้งค่าที่มีเครื่องหมายกุญแจกำหนดโดยนโยบายของเครื่องจากหน่วยงาน ไม่สามารถแก้ไขในหน้านี้ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="211"/>
        <source>Machine policy</source>
        <translation>นโยบายของเครื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="214"/>
        <source>Central server</source>
        <translation>เซิร์ฟเวอร์กลาง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="215"/>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="217"/>
        <source>Signing</source>
        <translation>การลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="221"/>
        <source>PKCS#11 &amp;module:</source>
        <translation>โมดูล PKCS#11 (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="227"/>
        <source>One address per line; the next one is tried when one does not answer.</source>
        <translation>บรรทัดละหนึ่งที่อยู่ หากแห่งใดไม่ตอบสนอง ระบบจะใช้แห่งถัดไปตามลำดับ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="228"/>
        <source>&amp;Timestamp authorities:</source>
        <translation>หน่วยประทับรับรองเวลา (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="230"/>
        <source>Signature &amp;level:</source>
        <translation>ระดับลายมือชื่อ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="243"/>
        <source>T&amp;rust anchors:</source>
        <translation>ใบรับรองหลักที่เชื่อถือ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="249"/>
        <source>Letters</source>
        <translation>หนังสือราชการ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="252"/>
        <source>&amp;Emblem:</source>
        <translation>ตราครุฑ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="258"/>
        <source>Display</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="259"/>
        <source>A new language is used the next time the program starts.</source>
        <translation>ภาษาที่เลือกจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="261"/>
        <source>Lan&amp;guage:</source>
        <translation>ภาษา (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="317"/>
        <source>Set by machine policy (%1)</source>
        <translation>กำหนดโดยนโยบายของเครื่อง (%1)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="318"/>
        <source>Set by machine policy: %1</source>
        <translation>กำหนดโดยนโยบายของเครื่อง: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="326"/>
        <source>Locked</source>
        <translation>ล็อกไว้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="329"/>
        <source>Why this setting is locked</source>
        <translation>เหตุที่การตั้งค่านี้ถูกล็อกไว้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="355"/>
        <source>B-B: basic, works offline</source>
        <translation>B-B: พื้นฐาน ใช้งานแบบออฟไลน์ได้</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="356"/>
        <source>B-T: with a trusted time</source>
        <translation>B-T: มีการประทับรับรองเวลา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="357"/>
        <source>B-LT: for long-term checking</source>
        <translation>B-LT: ตรวจสอบได้ในระยะยาว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="358"/>
        <source>B-LTA: for archiving</source>
        <translation>B-LTA: สำหรับการเก็บรักษาระยะยาว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="394"/>
        <source>The signature alone. Works without a network; the signing time is the computer&apos;s clock.</source>
        <translation>ลายมือชื่ออิเล็กทรอนิกส์อย่างเดียว ใช้งานได้โดยไม่ต้องเชื่อมต่อเครือข่าย เวลาที่ลงนามเป็นเวลาตามนาฬิกาของเครื่องคอมพิวเตอร์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="397"/>
        <source>Adds a trusted time from a timestamp authority: needs the network and at least one timestamp authority.</source>
        <translation>เพิ่มเวลาที่เชื่อถือได้จากหน่วยประทับรับรองเวลา ต้องเชื่อมต่อเครือข่ายและระบุหน่วยประทับรับรองเวลาอย่างน้อยหนึ่งแห่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="401"/>
        <source>Also embeds the certificates&apos; status, so the signature can be checked after they expire. Needs a timestamp authority and the network.</source>
        <translation>ฝังข้อมูลสถานะของใบรับรองไว้ด้วย เพื่อให้ตรวจสอบลายมือชื่อได้แม้ใบรับรองหมดอายุแล้ว ต้องมีหน่วยประทับรับรองเวลาและเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="405"/>
        <source>Also adds an archive timestamp that keeps the signature verifiable for many years. Needs a timestamp authority and the network.</source>
        <translation>เพิ่มการประทับรับรองเวลาเพื่อการเก็บรักษา ให้ตรวจสอบลายมือชื่อได้ต่อเนื่องเป็นเวลาหลายปี ต้องมีหน่วยประทับรับรองเวลาและเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="460"/>
        <source>Server: enter an address that starts with https:// or http://, e.g. https://eoffice.example.go.th</source>
        <translation>เซิร์ฟเวอร์: กรุณาระบุที่อยู่ที่ขึ้นต้นด้วย https:// หรือ http:// เช่น https://eoffice.example.go.th</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="470"/>
        <source>Timestamp authorities: line %1 is not an http(s) address: %2</source>
        <translation>หน่วยประทับรับรองเวลา: บรรทัดที่ %1 ไม่ใช่ที่อยู่ http(s): %2</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="477"/>
        <source>PKCS#11 module: the file %1 does not exist</source>
        <translation>โมดูล PKCS#11: ไม่พบแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="478"/>
        <source>Emblem: the file %1 does not exist</source>
        <translation>ตราครุฑ: ไม่พบแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="486"/>
        <source>Trust anchors: the file %1 does not exist</source>
        <translation>ใบรับรองหลักที่เชื่อถือ: ไม่พบแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="493"/>
        <source>Signature level %1 needs at least one timestamp authority</source>
        <translation>ลายมือชื่อระดับ %1 ต้องระบุหน่วยประทับรับรองเวลาอย่างน้อยหนึ่งแห่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="520"/>
        <source>The settings were not saved: %1</source>
        <translation>บันทึกการตั้งค่าไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="541"/>
        <source>Choose the PKCS#11 module</source>
        <translation>เลือกโมดูล PKCS#11</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="542"/>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>โมดูล PKCS#11 (*.so *.dll *.dylib);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="549"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg *.svg);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="563"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>ใบรับรอง (*.pem *.crt *.cer *.der);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="590"/>
        <source>Choose the PKCS#11 module first.</source>
        <translation>กรุณาเลือกโมดูล PKCS#11 ก่อน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="593"/>
        <source>The file %1 does not exist.</source>
        <translation>ไม่พบแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="596"/>
        <source>Looking for tokens…</source>
        <translation>กำลังค้นหาโทเค็น…</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="608"/>
        <source>The module works, but no token is inserted.</source>
        <translation>โมดูลทำงานได้ แต่ไม่พบโทเค็นที่เสียบอยู่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/settings_dialog.py" line="612"/>
        <source>Found %1 token(s): %2</source>
        <translation>พบโทเค็น %1 อัน: %2</translation>
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
