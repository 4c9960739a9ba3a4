<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>App</name>
    <message>
        <source>DeskHelp cannot start</source>
        <translation>DeskHelp kan inte starta</translation>
    </message>
    <message>
        <source>There is no valid guideline pack to use.</source>
        <translation>Det finns inget giltigt riktlinjepaket att använda.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Helped here</source>
        <translation>Hjälpt här</translation>
    </message>
    <message>
        <source>Helped partly and referred</source>
        <translation>Hjälpt delvis och hänvisat</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Hänvisat</translation>
    </message>
    <message>
        <source>Booked a longer guidance session</source>
        <translation>Bokat en längre handledning</translation>
    </message>
    <message>
        <source>Handed to a colleague</source>
        <translation>Lämnat till en kollega</translation>
    </message>
    <message>
        <source>Within our mission</source>
        <translation>Inom vårt uppdrag</translation>
    </message>
    <message>
        <source>Partly within our mission</source>
        <translation>Delvis inom vårt uppdrag</translation>
    </message>
    <message>
        <source>Outside our mission</source>
        <translation>Utanför vårt uppdrag</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>I can</source>
        <translation>Jag kan</translation>
    </message>
    <message>
        <source>A colleague can</source>
        <translation>En kollega kan</translation>
    </message>
    <message>
        <source>Nobody here</source>
        <translation>Ingen här</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeskHelp</source>
        <translation>DeskHelp</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About DeskHelp</source>
        <translation>&amp;Om DeskHelp</translation>
    </message>
    <message>
        <source>Next patron</source>
        <translation>Nästa besökare</translation>
    </message>
    <message>
        <source>While the patron talks:</source>
        <translation>Medan besökaren berättar:</translation>
    </message>
    <message>
        <source>Type a few words about the errand.</source>
        <translation>Skriv några ord om ärendet.</translation>
    </message>
    <message>
        <source>Pick the kind of errand with Enter.</source>
        <translation>Välj typ av ärende med Enter.</translation>
    </message>
    <message>
        <source>Check the four questions; change an answer with the arrow keys.</source>
        <translation>Gå igenom de fyra frågorna; ändra ett svar med piltangenterna.</translation>
    </message>
    <message>
        <source>Say what the screen suggests, refer if needed, and log the case with Enter.</source>
        <translation>Säg det som föreslås, hänvisa vid behov och logga ärendet med Enter.</translation>
    </message>
    <message>
        <source>The case is logged anonymously: nothing about the patron or about you is saved.</source>
        <translation>Ärendet loggas anonymt: ingenting om besökaren eller om dig sparas.</translation>
    </message>
    <message>
        <source>A new guideline pack was refused; the previous one is still in use.</source>
        <translation>Ett nytt riktlinjepaket godtogs inte; det tidigare används fortfarande.</translation>
    </message>
    <message>
        <source>The case was NOT logged.</source>
        <translation>Ärendet loggades INTE.</translation>
    </message>
    <message>
        <source>Logged: {0} ({1}). Ready for the next patron.</source>
        <translation>Loggat: {0} ({1}). Redo för nästa besökare.</translation>
    </message>
    <message>
        <source>About DeskHelp</source>
        <translation>Om DeskHelp</translation>
    </message>
    <message>
        <source>DeskHelp {0}
The library&apos;s agreed guidelines for digital errands.</source>
        <translation>DeskHelp {0}
Bibliotekets överenskomna riktlinjer för digitala ärenden.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database is on a network drive, where it could be damaged. Ask IT to place it on this PC.</source>
        <translation>Databasen ligger på en nätverksenhet, där den kan skadas. Be IT att lägga den på den här datorn.</translation>
    </message>
    <message>
        <source>The database cannot be created or opened. Ask IT to check the folder.</source>
        <translation>Databasen kan inte skapas eller öppnas. Be IT att kontrollera mappen.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a DeskHelp database. Nothing was changed. Ask IT to restore a backup.</source>
        <translation>Databasfilen är skadad eller är inte en DeskHelp-databas. Ingenting har ändrats. Be IT att återställa en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database is busy in another program (perhaps a second DeskHelp). Close it and try again.</source>
        <translation>Databasen används av ett annat program (kanske en andra DeskHelp). Stäng det och försök igen.</translation>
    </message>
    <message>
        <source>The database is read-only, so nothing can be saved. Ask IT to check it.</source>
        <translation>Databasen är skrivskyddad, så ingenting kan sparas. Be IT att kontrollera den.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Ask IT to free some space.</source>
        <translation>Disken är full, så ingenting sparades. Be IT att frigöra utrymme.</translation>
    </message>
    <message>
        <source>The database was made by a newer DeskHelp. Install that version or newer; nothing was changed.</source>
        <translation>Databasen skapades av en nyare DeskHelp. Installera den versionen eller nyare; ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The database could not be used. Nothing was changed.</source>
        <translation>Databasen kunde inte användas. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>not verified</source>
        <translation>ej verifierat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Your library fills in the local contact details.</source>
        <translation>Ditt bibliotek fyller i de lokala kontaktuppgifterna.</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Säg</translation>
    </message>
    <message>
        <source>What we don&apos;t do</source>
        <translation>Det här gör vi inte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Tänk på</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Hänvisa till</translation>
    </message>
    <message>
        <source>The patron needs</source>
        <translation>Besökaren behöver</translation>
    </message>
    <message>
        <source>Before you close</source>
        <translation>Innan ni avslutar</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Describe the errand in a few words (Ctrl+F)</source>
        <translation>Beskriv ärendet med några ord (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search for the errand</source>
        <translation>Sök efter ärendet</translation>
    </message>
    <message>
        <source>Matching kinds of errand</source>
        <translation>Matchande typer av ärenden</translation>
    </message>
    <message>
        <source>Up/Down to choose, Enter to pick.</source>
        <translation>Upp/Ned för att bläddra, Enter för att välja.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökfältet</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>&amp;1  Within the library&apos;s mission?</source>
        <translation>&amp;1  Inom bibliotekets uppdrag?</translation>
    </message>
    <message>
        <source>&amp;2  Competence?</source>
        <translation>&amp;2  Kompetens?</translation>
    </message>
    <message>
        <source>&amp;3  Time, for both of you?</source>
        <translation>&amp;3  Tid, för er båda?</translation>
    </message>
    <message>
        <source>&amp;4  Resources (ID, passwords, device)?</source>
        <translation>&amp;4  Resurser (legitimation, lösenord, utrustning)?</translation>
    </message>
    <message>
        <source>Within our mission</source>
        <translation>Inom vårt uppdrag</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <source>What to say and whom to refer to</source>
        <translation>Vad du säger och vart du hänvisar</translation>
    </message>
    <message>
        <source>Log case (Enter)</source>
        <translation>Logga ärendet (Enter)</translation>
    </message>
    <message>
        <source>Log case</source>
        <translation>Logga ärendet</translation>
    </message>
    <message>
        <source>New patron (Esc)</source>
        <translation>Ny besökare (Esc)</translation>
    </message>
    <message>
        <source>Start over with a new patron</source>
        <translation>Börja om med en ny besökare</translation>
    </message>
    <message>
        <source>Colleague: {0}.</source>
        <translation>Kollega: {0}.</translation>
    </message>
    <message>
        <source>If not: book a digital guidance session.</source>
        <translation>Om inte: boka in en digital handledning.</translation>
    </message>
    <message>
        <source>Nothing special.</source>
        <translation>Inget särskilt.</translation>
    </message>
</context>
</TS>
