<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="39"/>
        <source>e-Office Desktop</source>
        <translation>ระบบสารบรรณอิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="52"/>
        <source>Sections</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="59"/>
        <source>Search (any part of a word)</source>
        <translation>ค้นหา (พิมพ์ส่วนใดของคำก็ได้)</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="60"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="70"/>
        <source>Letters</source>
        <translation>รายการหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="93"/>
        <source>Refresh</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="96"/>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="143"/>
        <source>%n letter(s) waiting to be sent</source>
        <translation>
            <numerusform>รอส่ง %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="146"/>
        <source>Cannot read the letter store: %1</source>
        <translation>อ่านข้อมูลหนังสือในเครื่องไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="23"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="33"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="46"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="107"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="32"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="42"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="105"/>
        <source>Number</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="34"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="45"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="35"/>
        <source>Updated</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="41"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="104"/>
        <source>Reg. no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="43"/>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="44"/>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="106"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="87"/>
        <source>Drafts</source>
        <translation>ร่างหนังสือ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="90"/>
        <source>Waiting for signature</source>
        <translation>รอลงนาม</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="94"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="95"/>
        <source>Outbox</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="96"/>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="98"/>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="102"/>
        <source>Inbox</source>
        <translation>หนังสือเข้า</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="113"/>
        <source>Send register</source>
        <translation>ทะเบียนหนังสือส่ง</translation>
    </message>
    <message>
        <location filename="../../src/eoffice_desktop/ui/sections.py" line="120"/>
        <source>Receive register</source>
        <translation>ทะเบียนหนังสือรับ</translation>
    </message>
</context>
</TS>
