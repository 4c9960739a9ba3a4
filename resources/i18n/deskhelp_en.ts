<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>DeskHelp cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid guideline pack to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Helped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped partly and referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked a longer guidance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within our mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly within our mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside our mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeskHelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DeskHelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the patron talks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few words about the errand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the kind of errand with Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the four questions; change an answer with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the screen suggests, refer if needed, and log the case with Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is logged anonymously: nothing about the patron or about you is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new guideline pack was refused; the previous one is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was NOT logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: {0} ({1}). Ready for the next patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DeskHelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskHelp {0}
The library&apos;s agreed guidelines for digital errands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database is on a network drive, where it could be damaged. Ask IT to place it on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be created or opened. Ask IT to check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a DeskHelp database. Nothing was changed. Ask IT to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program (perhaps a second DeskHelp). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only, so nothing can be saved. Ask IT to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Ask IT to free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer DeskHelp. Install that version or newer; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be used. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library fills in the local contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we don&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patron needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Describe the errand in a few words (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the errand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching kinds of errand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down to choose, Enter to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>&amp;1  Within the library&apos;s mission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  Competence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Time, for both of you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  Resources (ID, passwords, device)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within our mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say and whom to refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log case (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patron (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with a new patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not: book a digital guidance session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing special.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
