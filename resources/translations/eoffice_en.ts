<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LetterSending</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/window_sending.py" line="109"/>
        <source>%n letter(s) in the outbox; they go out with the next sync.</source>
        <translation>
            <numerusform>%n letter in the outbox; it goes out with the next sync.</numerusform>
            <numerusform>%n letters in the outbox; they go out with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/main_window.py" line="101"/>
        <source>%n setting(s) are wrong and were ignored; see File → Settings.</source>
        <translation>
            <numerusform>%n setting is wrong and was ignored; see File → Settings.</numerusform>
            <numerusform>%n settings are wrong and were ignored; see File → Settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/printing.py" line="36"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="195"/>
        <source>&amp;Recipients (%n)</source>
        <translation>
            <numerusform>&amp;Recipients (%n)</numerusform>
            <numerusform>&amp;Recipients (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="282"/>
        <source>%n agency(s) added.</source>
        <translation>
            <numerusform>%n agency added.</numerusform>
            <numerusform>%n agencies added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/recipients.py" line="284"/>
        <source>%n of the group&apos;s agencies are no longer in the directory.</source>
        <translation>
            <numerusform>%n of the group&apos;s agencies is no longer in the directory.</numerusform>
            <numerusform>%n of the group&apos;s agencies are no longer in the directory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/window_counts.py" line="50"/>
        <source>%n letter(s) waiting to be sent</source>
        <translation>
            <numerusform>%n letter waiting to be sent</numerusform>
            <numerusform>%n letters waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/send_dialog.py" line="43"/>
        <source>Send %n signed letter(s) to:</source>
        <translation>
            <numerusform>Send %n signed letter to:</numerusform>
            <numerusform>Send %n signed letters to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="117"/>
        <source>Sign %n letter(s) with one PIN</source>
        <translation>
            <numerusform>Sign %n letter with one PIN</numerusform>
            <numerusform>Sign %n letters with one PIN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="244"/>
        <source>⚠ In %n letter(s) the signer is not the certificate&apos;s holder. Check before signing; an acting signer may sign for another.</source>
        <translation>
            <numerusform>⚠ In %n letter the signer is not the certificate&apos;s holder. Check before signing; an acting signer may sign for another.</numerusform>
            <numerusform>⚠ In %n letters the signer is not the certificate&apos;s holder. Check before signing; an acting signer may sign for another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sign_dialog.py" line="340"/>
        <source>%n letter(s) not signed (the reasons are in the list): type the PIN and press Sign to sign them.</source>
        <translation>
            <numerusform>%n letter not signed (the reason is in the list): type the PIN and press Sign to sign it.</numerusform>
            <numerusform>%n letters not signed (the reasons are in the list): type the PIN and press Sign to sign them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="89"/>
        <source>%n letter(s) reached the central e-Office.</source>
        <translation>
            <numerusform>%n letter reached the central e-Office.</numerusform>
            <numerusform>%n letters reached the central e-Office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="94"/>
        <source>%n letter(s) were refused; see Rejected for the reason.</source>
        <translation>
            <numerusform>%n letter was refused; see Rejected for the reason.</numerusform>
            <numerusform>%n letters were refused; see Rejected for the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/eoffice_desktop/ui/sync_status.py" line="100"/>
        <source>%n new letter(s) in the Inbox.</source>
        <translation>
            <numerusform>%n new letter in the Inbox.</numerusform>
            <numerusform>%n new letters in the Inbox.</numerusform>
        </translation>
    </message>
</context>
</TS>
