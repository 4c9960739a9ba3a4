<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <source>The library&apos;s agreed guidelines for digital errands.</source>
        <translation>Bibliotekets gemensamma riktlinjer för digitala ärenden.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Riktlinjer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senast reviderad</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa revidering</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>The guidelines were due for review on {0}; {1} is responsible.</source>
        <translation>Riktlinjerna skulle ha reviderats senast {0}; {1} ansvarar för det.</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>The actor</source>
        <translation>Aktören</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(engelska)</translation>
    </message>
    <message>
        <source>Helps with (printed on the slip)</source>
        <translation>Hjälper till med (på lappen)</translation>
    </message>
    <message>
        <source>Note for staff (never printed)</source>
        <translation>Intern anteckning (skrivs inte ut)</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Web</source>
        <translation>&amp;Webb</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>C&amp;hat</source>
        <translation>&amp;Chatt</translation>
    </message>
    <message>
        <source>Visiting &amp;address</source>
        <translation>&amp;Besöksadress</translation>
    </message>
    <message>
        <source>&amp;Opening hours (Swedish)</source>
        <translation>&amp;Öppettider (svenska)</translation>
    </message>
    <message>
        <source>Opening hours (English)</source>
        <translation>Öppettider (engelska)</translation>
    </message>
    <message>
        <source>&amp;Languages (codes)</source>
        <translation>&amp;Språk (koder)</translation>
    </message>
    <message>
        <source>a role, not a name</source>
        <translation>en roll, inte ett namn</translation>
    </message>
    <message>
        <source>Well established</source>
        <translation>Väletablerad</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Etablerad</translation>
    </message>
    <message>
        <source>Some contact</source>
        <translation>Viss kontakt</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>The library&apos;s contact with the actor</source>
        <translation>Bibliotekets kontakt med aktören</translation>
    </message>
    <message>
        <source>Contact &amp;held by</source>
        <translation>Kontakten &amp;hålls av</translation>
    </message>
    <message>
        <source>How e&amp;stablished</source>
        <translation>Hur etablera&amp;d</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Överens&amp;kommelser</translation>
    </message>
    <message>
        <source>Last &amp;contact</source>
        <translation>Senaste k&amp;ontakt</translation>
    </message>
    <message>
        <source>where the details were checked</source>
        <translation>var uppgifterna kontrollerades</translation>
    </message>
    <message>
        <source>Still a &amp;template the library fills in</source>
        <translation>Fortfarande en &amp;mall som biblioteket fyller i</translation>
    </message>
    <message>
        <source>Mark &amp;verified today</source>
        <translation>Markera &amp;verifierad i dag</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>Veri&amp;fierad den</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>Käll&amp;a</translation>
    </message>
</context>
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
    <name>BackgroundCentral</name>
    <message>
        <source>The central database cannot be reached; this desk&apos;s cases are kept here and sent later.</source>
        <translation>Den centrala databasen kan inte nås; diskens ärenden sparas här och skickas senare.</translation>
    </message>
</context>
<context>
    <name>BackgroundSharing</name>
    <message>
        <source>The sharing folder cannot be reached; this desk&apos;s cases are shared later.</source>
        <translation>Den delade mappen kan inte nås; diskens ärenden delas senare.</translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <source>Used for these errands</source>
        <translation>Används för de här ärendena</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Källa: {0}</translation>
    </message>
    <message>
        <source>Quick-reference cards</source>
        <translation>Snabbkort</translation>
    </message>
    <message>
        <source>Search the cards: a service, a word from the steps, an errand</source>
        <translation>Sök bland korten: en tjänst, ett ord ur stegen, ett ärende</translation>
    </message>
    <message>
        <source>Search the cards</source>
        <translation>Sök bland korten</translation>
    </message>
    <message>
        <source>Up/Down to choose a card. The cards are the services every colleague shows.</source>
        <translation>Upp/Ned för att välja ett kort. Korten gäller tjänsterna som alla kollegor ska kunna visa.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>The card&apos;s steps</source>
        <translation>Kortets steg</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökfältet</translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>Inget kort matchar.</translation>
    </message>
</context>
<context>
    <name>CaseCollector</name>
    <message>
        <source>No sharing folder is set; ask IT to set [sharing] folder in deskhelp.toml.</source>
        <translation>Ingen delad mapp är inställd; be IT ange [sharing] folder i deskhelp.toml.</translation>
    </message>
    <message>
        <source>Collecting cases from all desks…</source>
        <translation>Hämtar ärenden från alla diskar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Collect cases</source>
        <translation>Hämta ärenden</translation>
    </message>
    <message>
        <source>No cases were collected:</source>
        <translation>Inga ärenden hämtades:</translation>
    </message>
    <message>
        <source>{0} new files read, {1} cases added, {2} withdrawn.</source>
        <translation>{0} nya filer lästa, {1} ärenden tillagda, {2} återkallade.</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files are read next time.</source>
        <translation>Avbrutet: resten av filerna läses nästa gång.</translation>
    </message>
    <message>
        <source>Branch {0}, desk {1}: {2} cases</source>
        <translation>Filial {0}, disk {1}: {2} ärenden</translation>
    </message>
    <message>
        <source>Files skipped (tell IT):</source>
        <translation>Filer som hoppades över (säg till IT):</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>och {0} till</translation>
    </message>
</context>
<context>
    <name>CaseTypeForm</name>
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
        <source>words staff type, separated by commas</source>
        <translation>ord som personalen skriver, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>&amp;Retired (not searched)</source>
        <translation>Utgån&amp;gen (söks inte)</translation>
    </message>
    <message>
        <source>A retired case type is no longer offered by the search; old cases keep its title in statistics.</source>
        <translation>En utgången ärendetyp erbjuds inte längre i sökningen; gamla ärenden behåller sin titel i statistiken.</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <source>&amp;Title (Swedish)</source>
        <translation>&amp;Titel (svenska)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titel (engelska)</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>Within our &amp;mission?</source>
        <translation>Inom vårt upp&amp;drag?</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Sökord</translation>
    </message>
    <message>
        <source>What we &amp;do</source>
        <translation>&amp;Vad vi gör</translation>
    </message>
    <message>
        <source>What we do&amp;n&apos;t</source>
        <translation>Vad vi &amp;inte gör</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Var&amp;för</translation>
    </message>
    <message>
        <source>Competen&amp;ce</source>
        <translation>&amp;Kompetens</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(engelska)</translation>
    </message>
    <message>
        <source>What we do and why</source>
        <translation>Vad vi gör och varför</translation>
    </message>
    <message>
        <source>What to say, per outcome (empty: the pack&apos;s default)</source>
        <translation>Vad vi säger, per utfall (tomt: paketets standardformulering)</translation>
    </message>
    <message>
        <source>Refer and prepare</source>
        <translation>Hänvisa och förbered</translation>
    </message>
    <message>
        <source>Refer to (&amp;actors)</source>
        <translation>Hänvisa till (&amp;aktörer)</translation>
    </message>
    <message>
        <source>What the patron &amp;brings</source>
        <translation>Vad besökaren ta&amp;r med</translation>
    </message>
    <message>
        <source>&amp;Effort (1–6)</source>
        <translation>Ar&amp;betsinsats (1–6)</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>Tids&amp;åtgång (minuter)</translation>
    </message>
    <message>
        <source>Colleague who can help (role)</source>
        <translation>Kollega som kan hjälpa (roll)</translation>
    </message>
    <message>
        <source>Take care (privacy, ethics)</source>
        <translation>Var försiktig (integritet, etik)</translation>
    </message>
</context>
<context>
    <name>CaseTypeListModel</name>
    <message>
        <source>log it, describe it</source>
        <translation>logga och beskriv det</translation>
    </message>
</context>
<context>
    <name>CopyReferral</name>
    <message>
        <source>&amp;Copy the referral as text</source>
        <translation>&amp;Kopiera hänvisningen som text</translation>
    </message>
    <message>
        <source>In the patron&apos;s language, to paste into a chat or an e-mail</source>
        <translation>På besökarens språk, för att klistra in i en chatt eller ett mejl</translation>
    </message>
    <message>
        <source>Choose an errand first; then it can be copied.</source>
        <translation>Välj ett ärende först, så kan det kopieras.</translation>
    </message>
    <message>
        <source>The referral is copied in {0}: paste it into the chat or the e-mail with Ctrl+V.</source>
        <translation>Hänvisningen är kopierad på {0}: klistra in den i chatten eller mejlet med Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>DailyMaintenance</name>
    <message>
        <source>Today&apos;s backup could not be made; DeskHelp works as usual. Tell IT: they see why in the log.</source>
        <translation>Dagens säkerhetskopia kunde inte göras; DeskHelp fungerar som vanligt. Säg till IT: de ser orsaken i loggen.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>This PC&apos;s cases</source>
        <translation>Den här datorns ärenden</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central databas</translation>
    </message>
    <message>
        <source>Where the cases are read from</source>
        <translation>Var ärendena läses från</translation>
    </message>
    <message>
        <source>DeskHelp – statistics for {0}</source>
        <translation>DeskHelp – statistik för {0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>Report to export</source>
        <translation>Rapport att exportera</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>Save the report as a CSV file</source>
        <translation>Spara rapporten som CSV-fil</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Exportera Excel</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook</source>
        <translation>Spara rapporten som Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>Save the report as a PDF to print or send</source>
        <translation>Spara rapporten som PDF för utskrift eller utskick</translation>
    </message>
    <message>
        <source>All as numbers</source>
        <translation>Allt som siffror</translation>
    </message>
    <message>
        <source>Show every panel as a table of numbers (Ctrl+T)</source>
        <translation>Visa alla paneler som tabeller med siffror (Ctrl+T)</translation>
    </message>
    <message>
        <source>More export buttons</source>
        <translation>Fler exportknappar</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eget</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Typ av period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Föregående period (Alt+Vänster)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nästa period</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nästa period (Alt+Höger)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>F&amp;ilial:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Disk:</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filial</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>&amp;Jämför med föregående period</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Jämför med föregående period</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Räkna om (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop counting (Esc)</source>
        <translation>Sluta räkna (Esc)</translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation>Avbryt uppdateringen</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Räknar</translation>
    </message>
    <message>
        <source>Week {0}: {1}</source>
        <translation>Vecka {0}: {1}</translation>
    </message>
    <message>
        <source>Spring term {0}</source>
        <translation>Vårterminen {0}</translation>
    </message>
    <message>
        <source>Autumn term {0}</source>
        <translation>Höstterminen {0}</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>Räkningen avbröts.</translation>
    </message>
    <message>
        <source>The figures shown are for {0}.</source>
        <translation>Siffrorna som visas gäller {0}.</translation>
    </message>
    <message>
        <source>The statistics could not be counted.</source>
        <translation>Statistiken kunde inte räknas.</translation>
    </message>
    <message>
        <source>DEMO DATA: {0} of these {1} cases are made-up demonstration cases, not real ones.</source>
        <translation>DEMODATA: {0} av dessa {1} ärenden är påhittade demoärenden, inte riktiga.</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>is an empty list</source>
        <translation>är en tom lista</translation>
    </message>
    <message>
        <source>is missing; say where the details were verified</source>
        <translation>saknas; ange var uppgifterna kontrollerades</translation>
    </message>
    <message>
        <source>needs a text in {0}</source>
        <translation>behöver en text på {0}</translation>
    </message>
    <message>
        <source>is {0} characters; at most {1}</source>
        <translation>är {0} tecken; högst {1}</translation>
    </message>
    <message>
        <source>{0} is not a date (YYYY-MM-DD)</source>
        <translation>{0} är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>{0} is not one of: {1}</source>
        <translation>{0} är inte något av: {1}</translation>
    </message>
    <message>
        <source>{0} is not an id (lower-case a-z, 0-9 and single &apos;-&apos;)</source>
        <translation>{0} är inte ett id (gemena a-z, 0-9 och enkla &apos;-&apos;)</translation>
    </message>
    <message>
        <source>{0} must start with https://</source>
        <translation>{0} måste börja med https://</translation>
    </message>
    <message>
        <source>no actor has the id {0}</source>
        <translation>ingen aktör har id {0}</translation>
    </message>
    <message>
        <source>no resource has the id {0}</source>
        <translation>ingen resurs har id {0}</translation>
    </message>
    <message>
        <source>no area has the id {0}</source>
        <translation>inget område har id {0}</translation>
    </message>
    <message>
        <source>{0} is used twice in {1}</source>
        <translation>{0} används två gånger i {1}</translation>
    </message>
    <message>
        <source>must be a whole number from {0} to {1}, not {2}</source>
        <translation>måste vara ett heltal från {0} till {1}, inte {2}</translation>
    </message>
    <message>
        <source>lists {0} resources; at most {1} fit the desk&apos;s checklist</source>
        <translation>listar {0} resurser; högst {1} får plats i diskens checklista</translation>
    </message>
    <message>
        <source>a case type with the verdict &apos;{0}&apos; needs at least one actor to refer to</source>
        <translation>en ärendetyp med bedömningen &apos;{0}&apos; behöver minst en aktör att hänvisa till</translation>
    </message>
    <message>
        <source>needs a date it was verified and a source, or must be marked as a template the library fills in</source>
        <translation>behöver ett datum då uppgifterna kontrollerades och en källa, eller markeras som en mall som biblioteket fyller i</translation>
    </message>
    <message>
        <source>the id &apos;other&apos; is reserved for errands not in the guidelines; choose another</source>
        <translation>id &apos;other&apos; är reserverat för ärenden som inte finns i riktlinjerna; välj ett annat</translation>
    </message>
    <message>
        <source>and</source>
        <translation>och</translation>
    </message>
</context>
<context>
    <name>EditorPreview</name>
    <message>
        <source>Put the problems right to see the desk&apos;s view.</source>
        <translation>Rätta problemen för att se vad disken visar.</translation>
    </message>
    <message>
        <source>Choose an actor.</source>
        <translation>Välj en aktör.</translation>
    </message>
    <message>
        <source>Preview: what the desk shows when it refers to the actor</source>
        <translation>Förhandsvisning: så visar disken aktören vid en hänvisning</translation>
    </message>
    <message>
        <source>Choose a case type.</source>
        <translation>Välj en ärendetyp.</translation>
    </message>
    <message>
        <source>Preview: what the desk shows for “{0}”</source>
        <translation>Förhandsvisning: det här visar disken för ”{0}”</translation>
    </message>
</context>
<context>
    <name>EditorReview</name>
    <message>
        <source>Not in the guidelines ({0})</source>
        <translation>Finns inte i riktlinjerna ({0})</translation>
    </message>
    <message>
        <source>Cases that chafed ({0})</source>
        <translation>Ärenden som skavde ({0})</translation>
    </message>
    <message>
        <source>Local actors to fill in ({0})</source>
        <translation>Lokala aktörer att fylla i ({0})</translation>
    </message>
    <message>
        <source>Verified more than a year ago ({0})</source>
        <translation>Kontrollerade för över ett år sedan ({0})</translation>
    </message>
    <message>
        <source>The review was due on {0}.</source>
        <translation>Granskningen skulle ha gjorts senast {0}.</translation>
    </message>
    <message>
        <source>The next review is due on {0}.</source>
        <translation>Nästa granskning ska göras senast {0}.</translation>
    </message>
    <message>
        <source>Errands not in the guidelines</source>
        <translation>Ärenden som inte finns i riktlinjerna</translation>
    </message>
    <message>
        <source>Cases that chafed</source>
        <translation>Ärenden som skavde</translation>
    </message>
    <message>
        <source>Local actors still to fill in</source>
        <translation>Lokala aktörer som ännu inte är ifyllda</translation>
    </message>
    <message>
        <source>Actors verified more than a year ago</source>
        <translation>Aktörer som kontrollerades för mer än ett år sedan</translation>
    </message>
    <message>
        <source>Review of the guidelines</source>
        <translation>Granskning av riktlinjerna</translation>
    </message>
    <message>
        <source>Since the last review on {0}.</source>
        <translation>Sedan förra granskningen den {0}.</translation>
    </message>
    <message>
        <source>Enter on an errand not in the guidelines starts a new case type from it; on a case, opens its case type; on an actor, opens the actor. When the review is done, set the date of the review and publish.</source>
        <translation>Enter på ett ärende som inte finns i riktlinjerna gör en ny ärendetyp av det; på ett ärende som skavde öppnas dess ärendetyp; på en aktör öppnas aktören. När granskningen är klar: ange granskningsdatum och publicera.</translation>
    </message>
    <message>
        <source>The cases could not be read; see the log.</source>
        <translation>Ärendena kunde inte läsas; se loggen.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Name this desk</source>
        <translation>Namnge disken</translation>
    </message>
    <message>
        <source>Which library, branch and desk is this? The names are printed on the patron&apos;s slip and kept with the statistics of every case. Never write a person&apos;s name or a phone number.</source>
        <translation>Vilket bibliotek, vilken filial och vilken disk är det här? Namnen skrivs ut på besökarens lapp och sparas med statistiken för varje ärende. Skriv aldrig en persons namn eller ett telefonnummer.</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliotek:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>F&amp;ilial:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Disk:</translation>
    </message>
    <message>
        <source>e.g. Stadsbiblioteket Göteborg</source>
        <translation>t.ex. Stadsbiblioteket Göteborg</translation>
    </message>
    <message>
        <source>e.g. Hammarkullen</source>
        <translation>t.ex. Hammarkullen</translation>
    </message>
    <message>
        <source>e.g. Information desk</source>
        <translation>t.ex. Informationsdisken</translation>
    </message>
    <message>
        <source>Esc: later (you will be asked again at the next start).</source>
        <translation>Esc: senare (du får frågan igen nästa gång DeskHelp startar).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Se&amp;nare</translation>
    </message>
    <message>
        <source>The library&apos;s name</source>
        <translation>Bibliotekets namn</translation>
    </message>
    <message>
        <source>The branch&apos;s name</source>
        <translation>Filialens namn</translation>
    </message>
    <message>
        <source>The desk&apos;s name</source>
        <translation>Diskens namn</translation>
    </message>
    <message>
        <source>{0} is missing: fill in every name, or press Esc to do it later.</source>
        <translation>{0} saknas: fyll i alla namn, eller tryck Esc för att göra det senare.</translation>
    </message>
    <message>
        <source>{0} must not hold personal data such as a phone number or an e-mail address.</source>
        <translation>{0} får inte innehålla personuppgifter som ett telefonnummer eller en e-postadress.</translation>
    </message>
    <message>
        <source>{0} is too long: at most {1} characters.</source>
        <translation>{0} är för långt: högst {1} tecken.</translation>
    </message>
    <message>
        <source>{0} holds control or invisible characters.</source>
        <translation>{0} innehåller styrtecken eller osynliga tecken.</translation>
    </message>
    <message>
        <source>The names could not be saved; ask IT to set them.</source>
        <translation>Namnen kunde inte sparas; be IT att ställa in dem.</translation>
    </message>
</context>
<context>
    <name>GuidelineEditor</name>
    <message>
        <source>Edit guidelines – {0} {1}</source>
        <translation>Redigera riktlinjer – {0} {1}</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Lokala aktörer</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Ärendetyper</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>&amp;New case type…</source>
        <translation>&amp;Ny ärendetyp…</translation>
    </message>
    <message>
        <source>&amp;New local actor…</source>
        <translation>&amp;Ny lokal aktör…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Preview of the desk&apos;s outcome</source>
        <translation>Förhandsvisning av diskens utfall</translation>
    </message>
    <message>
        <source>Preview of the patron&apos;s slip</source>
        <translation>Förhandsvisning av besökarens lapp</translation>
    </message>
    <message>
        <source>The desk&apos;s view</source>
        <translation>Diskens vy</translation>
    </message>
    <message>
        <source>The patron&apos;s slip</source>
        <translation>Besökarens lapp</translation>
    </message>
    <message>
        <source>What changed, in a sentence (shown to staff)</source>
        <translation>Vad som ändrats, i en mening (visas för personalen)</translation>
    </message>
    <message>
        <source>C&amp;hange note</source>
        <translation>&amp;Ändringsnotering</translation>
    </message>
    <message>
        <source>Save and &amp;publish (Ctrl+S)</source>
        <translation>Spara och p&amp;ublicera (Ctrl+S)</translation>
    </message>
    <message>
        <source>E&amp;xport readable PDF…</source>
        <translation>E&amp;xportera läsbar PDF…</translation>
    </message>
    <message>
        <source>The published guidelines as a matrix for the staff meeting</source>
        <translation>De publicerade riktlinjerna som matris för arbetsplatsträffen</translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation>{0} (utgången)</translation>
    </message>
    <message>
        <source>New case type</source>
        <translation>Ny ärendetyp</translation>
    </message>
    <message>
        <source>Title of the errand (Swedish):</source>
        <translation>Ärendets titel (svenska):</translation>
    </message>
    <message>
        <source>New local actor</source>
        <translation>Ny lokal aktör</translation>
    </message>
    <message>
        <source>Name of the actor (Swedish):</source>
        <translation>Aktörens namn (svenska):</translation>
    </message>
    <message>
        <source>&amp;Problems to put right before publishing: {0}</source>
        <translation>&amp;Problem att rätta före publicering: {0}</translation>
    </message>
    <message>
        <source>&amp;Problems: none. The guidelines can be published.</source>
        <translation>&amp;Problem: inga. Riktlinjerna kan publiceras.</translation>
    </message>
    <message>
        <source>Only the local actors are edited here; this one is kept in the pack file.</source>
        <translation>Bara de lokala aktörerna redigeras här; den här aktören finns i paketfilen.</translation>
    </message>
    <message>
        <source>Choose an entry of the checklist and press Enter.</source>
        <translation>Välj en punkt i listan och tryck Enter.</translation>
    </message>
    <message>
        <source>Put the problems right to see the slip.</source>
        <translation>Rätta problemen för att se lappen.</translation>
    </message>
    <message>
        <source>guidelines.pdf</source>
        <translation>riktlinjer.pdf</translation>
    </message>
    <message>
        <source>Readable guidelines</source>
        <translation>Läsbara riktlinjer</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Inget skrevs: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Sparad: {0}</translation>
    </message>
    <message>
        <source>Put the problems right first; nothing was saved.</source>
        <translation>Rätta problemen först; inget sparades.</translation>
    </message>
    <message>
        <source>Nothing was saved: this desk reads one pack file set by IT.</source>
        <translation>Inget sparades: den här disken läser en enda paketfil som IT har angett.</translation>
    </message>
    <message>
        <source>Write a change note: what changed, in a sentence.</source>
        <translation>Skriv en ändringsnotering: vad som ändrats, i en mening.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Inte publicerat</translation>
    </message>
    <message>
        <source>The guidelines could not be written to the library&apos;s pack folder, so nothing was saved. Who may publish is decided by who may write to that folder; ask IT.

{0}</source>
        <translation>Riktlinjerna kunde inte skrivas till bibliotekets paketmapp, så inget sparades. Den som får skriva i mappen får publicera; fråga IT.

{0}</translation>
    </message>
    <message>
        <source>this desk only</source>
        <translation>bara den här disken</translation>
    </message>
    <message>
        <source>Version {0} saved and published: {1}</source>
        <translation>Version {0} sparad och publicerad: {1}</translation>
    </message>
    <message>
        <source>IT has set one pack file for this desk ({0}); the desks read only that file, so nothing can be published from here. Ask IT to set [guidelines] folder instead.</source>
        <translation>IT har angett en enda paketfil för den här disken ({0}); diskarna läser bara den filen, så inget kan publiceras härifrån. Be IT att ange [guidelines] folder i stället.</translation>
    </message>
    <message>
        <source>Published to: {0}</source>
        <translation>Publiceras i: {0}</translation>
    </message>
    <message>
        <source>No pack folder is set: the revision is saved on this desk only. IT sets [guidelines] folder.</source>
        <translation>Ingen paketmapp är inställd: versionen sparas bara på den här disken. IT ställer in [guidelines] folder.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ändringar som inte sparats</translation>
    </message>
    <message>
        <source>The changes have not been published. Close and discard them?</source>
        <translation>Ändringarna har inte publicerats. Vill du stänga och kasta dem?</translation>
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
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridik</translation>
    </message>
    <message>
        <source>Ethical</source>
        <translation>Etik</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annat</translation>
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
    <message>
        <source>At the desk</source>
        <translation>I disken</translation>
    </message>
    <message>
        <source>At a public computer</source>
        <translation>Vid en publik dator</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Chat or video</source>
        <translation>Chatt eller video</translation>
    </message>
    <message>
        <source>Booked guidance</source>
        <translation>Bokad handledning</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Under 5 min</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 min</translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation>15–30 min</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 min</translation>
    </message>
    <message>
        <source>Over 60 min</source>
        <translation>Över 60 min</translation>
    </message>
    <message>
        <source>1 · directions, under 5 min</source>
        <translation>1 · vägvisning, under 5 min</translation>
    </message>
    <message>
        <source>2 · quick look-up or minor help</source>
        <translation>2 · snabb koll eller enklare hjälp</translation>
    </message>
    <message>
        <source>3 · some time and a little teaching</source>
        <translation>3 · en stund och lite handledning</translation>
    </message>
    <message>
        <source>4 · several resources, thorough teaching</source>
        <translation>4 · flera källor, grundlig handledning</translation>
    </message>
    <message>
        <source>5 · substantial time, back and forth</source>
        <translation>5 · lång tid, fram och tillbaka</translation>
    </message>
    <message>
        <source>6 · cannot be answered on the spot</source>
        <translation>6 · kan inte lösas på plats</translation>
    </message>
    <message>
        <source>personal identity number</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>coordination number</source>
        <translation>samordningsnummer</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>kortnummer</translation>
    </message>
    <message>
        <source>account number (IBAN)</source>
        <translation>kontonummer (IBAN)</translation>
    </message>
</context>
<context>
    <name>LogDetailsBar</name>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Tidsåtgång</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>Re&amp;flektion</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Effort on the READ scale</source>
        <translation>Insats enligt READ-skalan</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tidsåtgång</translation>
    </message>
    <message>
        <source>It ch&amp;afed:</source>
        <translation>Det &amp;skavde:</translation>
    </message>
    <message>
        <source>Tick why the case felt uncomfortable; leave empty if it did not.</source>
        <translation>Kryssa i varför ärendet kändes obekvämt; lämna tomt om det inte gjorde det.</translation>
    </message>
    <message>
        <source>It chafed: {0}</source>
        <translation>Det skavde: {0}</translation>
    </message>
    <message>
        <source>What the errand was, in a few words; nothing about the patron</source>
        <translation>Vad ärendet gällde, med några ord; inget om besökaren</translation>
    </message>
    <message>
        <source>What the errand was, in a few words, for the question inventory. Nothing about the patron.</source>
        <translation>Krävs: vad ärendet gällde, med några ord, till frågeinventeringen. Inget om besökaren.</translation>
    </message>
    <message>
        <source>Describe the errand in a few words first: it goes into the question inventory.</source>
        <translation>Beskriv först ärendet med några ord: det går till frågeinventeringen.</translation>
    </message>
    <message>
        <source>Eff&amp;ort (READ)</source>
        <translation>I&amp;nsats (READ)</translation>
    </message>
    <message>
        <source>Descri&amp;be the errand</source>
        <translation>&amp;Beskriv ärendet</translation>
    </message>
    <message>
        <source>Reflection, optional; nothing about the patron</source>
        <translation>Reflektion, frivillig; inget om besökaren</translation>
    </message>
    <message>
        <source>Optional, for the team lead: what chafed, what was missing. Nothing about the patron.</source>
        <translation>Frivilligt, till teamledaren: vad skavde, vad saknades. Inget om besökaren.</translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation>&amp;Maskera personuppgifter</translation>
    </message>
    <message>
        <source>Mask the personal data in the reflection</source>
        <translation>Maskera personuppgifterna i reflektionen</translation>
    </message>
    <message>
        <source>Remove the personal data before logging ({0}), or mask it.</source>
        <translation>Ta bort personuppgifterna innan du loggar ({0}), eller maskera dem.</translation>
    </message>
    <message>
        <source>{0} characters; a reflection holds at most {1}.</source>
        <translation>{0} tecken; en reflektion får ha högst {1}.</translation>
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
        <source>&amp;Statistics for team leads…</source>
        <translation>&amp;Statistik för teamledare…</translation>
    </message>
    <message>
        <source>Collect cases from all desks</source>
        <translation>Hämta ärenden från alla diskar</translation>
    </message>
    <message>
        <source>Edit &amp;guidelines…</source>
        <translation>&amp;Redigera riktlinjer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo the last logged case</source>
        <translation>Å&amp;ngra senast loggade ärende</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal textstorlek</translation>
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
        <source>search</source>
        <translation>sök</translation>
    </message>
    <message>
        <source>the four questions</source>
        <translation>de fyra frågorna</translation>
    </message>
    <message>
        <source>patron view</source>
        <translation>besökarvy</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>lapp till besökaren</translation>
    </message>
    <message>
        <source>log</source>
        <translation>logga</translation>
    </message>
    <message>
        <source>log, same patron&apos;s next errand</source>
        <translation>logga, samma besökares nästa ärende</translation>
    </message>
    <message>
        <source>undo the last case</source>
        <translation>ångra senaste ärendet</translation>
    </message>
    <message>
        <source>new patron</source>
        <translation>ny besökare</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>textstorlek</translation>
    </message>
    <message>
        <source>getting started</source>
        <translation>kom igång</translation>
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
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>How it goes</source>
        <translation>Så går det till</translation>
    </message>
    <message>
        <source>The four questions</source>
        <translation>De fyra frågorna</translation>
    </message>
    <message>
        <source>What is logged, and what never is</source>
        <translation>Vad som loggas, och vad som aldrig loggas</translation>
    </message>
    <message>
        <source>Where the cards are</source>
        <translation>Var korten finns</translation>
    </message>
    <message>
        <source>While the patron talks, type a few words about the errand; Enter picks the errand shown first.</source>
        <translation>Medan besökaren berättar skriver du några ord om ärendet; Enter väljer ärendet som visas först.</translation>
    </message>
    <message>
        <source>The four questions are answered from the guidelines already: check them, change with the arrow keys.</source>
        <translation>De fyra frågorna är redan besvarade utifrån riktlinjerna: kontrollera dem, ändra med piltangenterna.</translation>
    </message>
    <message>
        <source>Say what the screen suggests under “Say”; refer, show the steps or book a session as it says.</source>
        <translation>Säg det som står under ”Säg”; hänvisa, visa stegen eller boka en tid som det står.</translation>
    </message>
    <message>
        <source>Log with Enter; Ctrl+Enter when the same patron has another errand; Esc for a new patron.</source>
        <translation>Logga med Enter; Ctrl+Enter när samma besökare har ett ärende till; Esc för en ny besökare.</translation>
    </message>
    <message>
        <source>Within the library&apos;s mission? Yes, partly or no: the guidelines&apos; answer is chosen.</source>
        <translation>Inom bibliotekets uppdrag? Ja, delvis eller nej: riktlinjernas svar är förvalt.</translation>
    </message>
    <message>
        <source>Competence: can you help, can a colleague, or no one here?</source>
        <translation>Kompetens: kan du hjälpa till, kan en kollega, eller ingen här?</translation>
    </message>
    <message>
        <source>Time, for both of you: if not now, book a digital guidance session.</source>
        <translation>Tid, för er båda: om inte nu, boka in en digital handledning.</translation>
    </message>
    <message>
        <source>Resources: untick what the patron lacks (e-ID, a phone of their own ...).</source>
        <translation>Resurser: bocka ur det som besökaren saknar (e-legitimation, egen mobil …).</translation>
    </message>
    <message>
        <source>Logged: the kind of errand, the four answers, the outcome, whom you referred to, channel, effort, duration, the date and hour, and the name of this desk.</source>
        <translation>Loggas: typ av ärende, de fyra svaren, utfallet, vart du hänvisade, kanal, insats, tidsåtgång, datum och timme, och diskens namn.</translation>
    </message>
    <message>
        <source>Never: anything about the patron (name, personal identity number, phone, address, e-mail), and nothing about you. The reflection is checked for personal data; mask it with the button.</source>
        <translation>Aldrig: något om besökaren (namn, personnummer, telefon, adress, e-post), och inget om dig. Reflektionen kontrolleras för personuppgifter; maskera dem med knappen.</translation>
    </message>
    <message>
        <source>Logged the wrong answer? Ctrl+Z within 10 minutes brings the case back on screen to correct.</source>
        <translation>Loggade du fel svar? Ctrl+Z inom 10 minuter tar tillbaka ärendet till skärmen så att du kan rätta det.</translation>
    </message>
    <message>
        <source>When an errand has a card of steps to show the patron, the card is on screen under “Say”, and the competence question names it. F11 shows the patron the text in large print; Ctrl+P prints it on a slip or saves it as a PDF. IT can print all the guidelines with their cards.</source>
        <translation>När ett ärende har ett kort med steg att visa besökaren finns kortet på skärmen under ”Säg”, och kompetensfrågan nämner det. F11 visar besökaren texten i stor stil; Ctrl+P skriver ut den på en lapp eller sparar den som PDF. IT kan skriva ut hela riktlinjerna med alla kort.</translation>
    </message>
    <message>
        <source>Help → Quick-reference cards (Ctrl+Shift+K) shows every card outside a case. File → Practise (Ctrl+Shift+O) gives you patrons&apos; requests to practise on: you answer, and DeskHelp shows what the guidelines say. Nothing you practise is logged or saved.</source>
        <translation>Hjälp → Snabbkort (Ctrl+Shift+K) visar alla kort utanför ett ärende. Arkiv → Öva (Ctrl+Shift+O) ger dig besökares frågor att öva på: du svarar, och DeskHelp visar vad riktlinjerna säger. Inget av det du övar loggas eller sparas.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <source>Getting started at the desk</source>
        <translation>Kom igång i disken</translation>
    </message>
    <message>
        <source>DeskHelp helps you meet a digital errand as your colleagues do, and counts errands anonymously for the team lead.</source>
        <translation>DeskHelp hjälper dig att möta ett digitalt ärende på samma sätt som dina kolleger, och räknar ärendena anonymt åt teamledaren.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>The settings have a mistake – IT sees the details in the log and with deskhelp check.</source>
        <translation>Inställningarna har ett fel – IT ser detaljerna i loggen och med deskhelp check.</translation>
    </message>
    <message>
        <source>The library&apos;s pack folder could not be used – IT sees why in the log.</source>
        <translation>Bibliotekets mapp för riktlinjer kunde inte användas – IT ser orsaken i loggen.</translation>
    </message>
    <message>
        <source>A new guideline pack was refused; the previous one is still in use. IT sees why in the log.</source>
        <translation>Nya riktlinjer togs inte emot; de förra används fortfarande. IT ser orsaken i loggen.</translation>
    </message>
    <message>
        <source>This database holds demo cases from &apos;deskhelp demo-data&apos;; cases logged here mix with them.</source>
        <translation>Den här databasen innehåller demoärenden från &apos;deskhelp demo-data&apos;; ärenden som loggas här blandas med dem.</translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation>S&amp;törre text</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom igång</translation>
    </message>
    <message>
        <source>The case was NOT logged.</source>
        <translation>Ärendet loggades INTE.</translation>
    </message>
    <message>
        <source>Logged: {0} ({1}).</source>
        <translation>Loggat: {0} ({1}).</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z within 10 minutes.</source>
        <translation>Ångra med Ctrl+Z inom 10 minuter.</translation>
    </message>
    <message>
        <source>Same patron: type the next errand.</source>
        <translation>Samma besökare: skriv nästa ärende.</translation>
    </message>
    <message>
        <source>Ready for the next patron.</source>
        <translation>Redo för nästa besökare.</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Inget ångrades.</translation>
    </message>
    <message>
        <source>There is no case to undo (only the last one, within 10 minutes).</source>
        <translation>Det finns inget ärende att ångra (bara det senaste, inom 10 minuter).</translation>
    </message>
    <message>
        <source>Undone: {0}. It is back on screen: correct it and log it again, or Esc to drop it.</source>
        <translation>Ångrat: {0}. Ärendet visas igen: rätta och logga det på nytt, eller Esc för att släppa det.</translation>
    </message>
    <message>
        <source>Undone: {0}. It is no longer in the log.</source>
        <translation>Ångrat: {0}. Ärendet finns inte längre i loggen.</translation>
    </message>
    <message>
        <source>Slip saved: {0}</source>
        <translation>Lappen sparades: {0}</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation>Lappen skickades till skrivaren.</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Sparat: {0}</translation>
    </message>
    <message>
        <source>About DeskHelp</source>
        <translation>Om DeskHelp</translation>
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
        <source>The database file is damaged. To protect what is in it, nothing more is saved into it. Call IT: they can restore a backup.</source>
        <translation>Databasfilen är skadad. För att skydda det som finns i den sparas inget mer i den. Ring IT: de kan återställa en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database that held the cases is missing or empty. DeskHelp does not start a new one, so that nothing is lost. Call IT: they can restore the newest backup.</source>
        <translation>Databasen med ärendena saknas eller är tom. DeskHelp startar ingen ny, så att inget går förlorat. Ring IT: de kan återställa den senaste säkerhetskopian.</translation>
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
        <source>The patron can scan this</source>
        <translation>Besökaren kan skanna koden</translation>
    </message>
    <message>
        <source>a colleague who knows the service</source>
        <translation>en kollega som kan tjänsten</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Drop-in and booking times are not configured; ask IT to add them.</source>
        <translation>Tider för drop-in och bokning är inte inlagda; be IT lägga in dem.</translation>
    </message>
    <message>
        <source>Give the patron a booking slip with what to bring: Ctrl+P.</source>
        <translation>Ge besökaren en bokningslapp med vad som ska tas med: Ctrl+P.</translation>
    </message>
    <message>
        <source>Digital guidance: drop-in and booking</source>
        <translation>Digital handledning: drop-in och bokning</translation>
    </message>
    <message>
        <source>Steps to show: {0}</source>
        <translation>Steg att visa: {0}</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Saknas:</translation>
    </message>
    <message>
        <source>Say on the phone</source>
        <translation>Säg i telefon</translation>
    </message>
    <message>
        <source>Write in the chat</source>
        <translation>Skriv i chatten</translation>
    </message>
    <message>
        <source>Write in the e-mail</source>
        <translation>Skriv i mejlet</translation>
    </message>
    <message>
        <source>Say on the video call</source>
        <translation>Säg i videosamtalet</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Säg</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C copies the referral as text in the patron&apos;s language, for a chat or an e-mail.</source>
        <translation>Ctrl+Shift+C kopierar hänvisningen som text på besökarens språk, för en chatt eller ett mejl.</translation>
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
    <name>PackInfoForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>a role, not a name</source>
        <translation>en roll, inte ett namn</translation>
    </message>
    <message>
        <source>Reviewed &amp;today</source>
        <translation>Granskad &amp;i dag</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Granskningen</translation>
    </message>
    <message>
        <source>Last &amp;reviewed</source>
        <translation>Senast &amp;granskad</translation>
    </message>
    <message>
        <source>Kept by (&amp;owner)</source>
        <translation>Ansvarig (&amp;roll)</translation>
    </message>
    <message>
        <source>&amp;Months between reviews</source>
        <translation>&amp;Månader mellan granskningar</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Numbers</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart, or the chart again</source>
        <translation>Visa siffrorna bakom diagrammet, eller diagrammet igen</translation>
    </message>
    <message>
        <source>Numbers: {0}</source>
        <translation>Siffror: {0}</translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation>Inga ärenden denna period</translation>
    </message>
</context>
<context>
    <name>PatronLanguageChooser</name>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabiska</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainska</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persiska</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somaliska</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrinja</translation>
    </message>
    <message>
        <source>Patron&apos;s &amp;language</source>
        <translation>Besökarens s&amp;pråk</translation>
    </message>
    <message>
        <source>The patron&apos;s language</source>
        <translation>Besökarens språk</translation>
    </message>
    <message>
        <source>unreviewed translation</source>
        <translation>ogranskad översättning</translation>
    </message>
    <message>
        <source>Nobody who has this language as their mother tongue has checked the translation yet.</source>
        <translation>Ingen som har språket som modersmål har granskat översättningen än.</translation>
    </message>
</context>
<context>
    <name>PatronView</name>
    <message>
        <source>Back to the staff view (Esc)</source>
        <translation>Tillbaka till personalvyn (Esc)</translation>
    </message>
    <message>
        <source>Back to the staff view</source>
        <translation>Tillbaka till personalvyn</translation>
    </message>
    <message>
        <source>What the patron reads</source>
        <translation>Det besökaren läser</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Kind of errand</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <source>Within the library&apos;s mission?</source>
        <translation>Inom bibliotekets uppdrag?</translation>
    </message>
    <message>
        <source>Competence?</source>
        <translation>Kompetens?</translation>
    </message>
    <message>
        <source>Time, for both of you?</source>
        <translation>Tid, för er båda?</translation>
    </message>
    <message>
        <source>Resources: has the patron what is needed?</source>
        <translation>Resurser: har besökaren det som behövs?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>inte besvarat</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ditt svar</translation>
    </message>
    <message>
        <source>The guidelines</source>
        <translation>Riktlinjerna</translation>
    </message>
    <message>
        <source>Your answers are the guidelines&apos; answers.</source>
        <translation>Dina svar är riktlinjernas svar.</translation>
    </message>
    <message>
        <source>Your answers differed from the guidelines in: {0}.</source>
        <translation>Dina svar skilde sig från riktlinjerna i: {0}.</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Det gör vi</translation>
    </message>
    <message>
        <source>What we don&apos;t do</source>
        <translation>Det gör vi inte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>Att diskutera</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Uppdraget</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Hänvisa till</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Säg</translation>
    </message>
    <message>
        <source>Practising the guidelines: exercises</source>
        <translation>Öva på riktlinjerna: övningar</translation>
    </message>
    <message>
        <source>Read the patron&apos;s request aloud and talk it through: what kind of errand is it, is it within the library&apos;s mission (yes, partly or no), what do we say, and where do we refer the rest? The answer key follows the exercises.</source>
        <translation>Läs besökarens fråga högt och prata igenom den: vilken typ av ärende är det, ligger det inom bibliotekets uppdrag (ja, delvis eller nej), vad säger vi, och vart hänvisar vi resten? Facit kommer efter övningarna.</translation>
    </message>
    <message>
        <source>Kind of errand: ______________________   Mission: yes / partly / no</source>
        <translation>Ärendetyp: ______________________   Uppdraget: ja / delvis / nej</translation>
    </message>
    <message>
        <source>We say and refer to: ____________________________________________</source>
        <translation>Vi säger och hänvisar till: ____________________________________</translation>
    </message>
    <message>
        <source>Answer key: what the guidelines say</source>
        <translation>Facit: det här säger riktlinjerna</translation>
    </message>
    <message>
        <source>The same exercises, in the same order, with the guidelines&apos; answer.</source>
        <translation>Samma övningar i samma ordning, med riktlinjernas svar.</translation>
    </message>
    <message>
        <source>DeskHelp · exercises</source>
        <translation>DeskHelp · övningar</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>exercises.pdf</source>
        <translation>övningar.pdf</translation>
    </message>
    <message>
        <source>Exercise sheets</source>
        <translation>Övningsblad</translation>
    </message>
    <message>
        <source>The exercise sheets were not saved</source>
        <translation>Övningsbladen sparades inte</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Sparat: {0}</translation>
    </message>
</context>
<context>
    <name>PracticeMenu</name>
    <message>
        <source>&amp;Practise…</source>
        <translation>Ö&amp;va…</translation>
    </message>
    <message>
        <source>Quick-reference &amp;cards…</source>
        <translation>&amp;Snabbkort…</translation>
    </message>
</context>
<context>
    <name>PracticeQuestions</name>
    <message>
        <source>What do you say?</source>
        <translation>Vad säger du?</translation>
    </message>
    <message>
        <source>Alt+1…5 go to a question, the arrow keys move, Space chooses.</source>
        <translation>Alt+1…5 går till en fråga, piltangenterna flyttar, mellanslag väljer.</translation>
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
        <source>What do you say</source>
        <translation>Vad du säger</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <source>Compare with the guidelines (Enter)</source>
        <translation>Jämför med riktlinjerna (Enter)</translation>
    </message>
    <message>
        <source>Compare with the guidelines</source>
        <translation>Jämför med riktlinjerna</translation>
    </message>
    <message>
        <source>Try again (Esc)</source>
        <translation>Försök igen (Esc)</translation>
    </message>
    <message>
        <source>Try this exercise again</source>
        <translation>Gör om den här övningen</translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <source>Practice – nothing is logged</source>
        <translation>Övning – inget loggas</translation>
    </message>
    <message>
        <source>PRACTICE – nothing is logged. What you answer here is not saved and never counts in the statistics.</source>
        <translation>ÖVNING – inget loggas. Det du svarar här sparas inte och räknas aldrig i statistiken.</translation>
    </message>
    <message>
        <source>The patron says:</source>
        <translation>Besökaren säger:</translation>
    </message>
    <message>
        <source>The patron&apos;s request</source>
        <translation>Besökarens fråga</translation>
    </message>
    <message>
        <source>Search for the errand on the left with the patron&apos;s words and pick it with Enter, as at the desk. Then answer the questions, choose what you say, and compare with the guidelines.</source>
        <translation>Sök ärendet till vänster med besökarens ord och välj det med Enter, som i disken. Svara sedan på frågorna, välj vad du säger och jämför med riktlinjerna.</translation>
    </message>
    <message>
        <source>Previous (Alt+←)</source>
        <translation>Föregående (Alt+←)</translation>
    </message>
    <message>
        <source>Previous exercise</source>
        <translation>Föregående övning</translation>
    </message>
    <message>
        <source>Next (Alt+→)</source>
        <translation>Nästa (Alt+→)</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nästa övning</translation>
    </message>
    <message>
        <source>What the guidelines say</source>
        <translation>Det här säger riktlinjerna</translation>
    </message>
    <message>
        <source>Try again (Esc)</source>
        <translation>Försök igen (Esc)</translation>
    </message>
    <message>
        <source>Try this exercise again</source>
        <translation>Gör om den här övningen</translation>
    </message>
    <message>
        <source>Next exercise (Enter)</source>
        <translation>Nästa övning (Enter)</translation>
    </message>
    <message>
        <source>Workshop on a projector (F5)</source>
        <translation>Workshop på projektor (F5)</translation>
    </message>
    <message>
        <source>Show the exercises large, for a staff meeting</source>
        <translation>Visa övningarna stort, för en arbetsplatsträff</translation>
    </message>
    <message>
        <source>Exercise sheets (PDF)…</source>
        <translation>Övningsblad (PDF)…</translation>
    </message>
    <message>
        <source>Save printable exercise sheets with an answer key</source>
        <translation>Spara övningsblad att skriva ut, med facit</translation>
    </message>
    <message>
        <source>Leave practice (Ctrl+W)</source>
        <translation>Avsluta övningen (Ctrl+W)</translation>
    </message>
    <message>
        <source>Leave practice</source>
        <translation>Avsluta övningen</translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation>Övning {0} av {1}</translation>
    </message>
    <message>
        <source>This guideline pack has no exercises.</source>
        <translation>Det här riktlinjepaketet har inga övningar.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Rapporten sparades inte</translation>
    </message>
</context>
<context>
    <name>ResourceChecklist</name>
    <message>
        <source>The patron has: {0}</source>
        <translation>Besökaren har: {0}</translation>
    </message>
    <message>
        <source>Nothing special for this errand.</source>
        <translation>Inget särskilt för det här ärendet.</translation>
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
        <source>Close call: check that the first errand fits.</source>
        <translation>Jämnt läge: kontrollera att det översta ärendet stämmer.</translation>
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
    <name>SlipDialog</name>
    <message>
        <source>booking</source>
        <translation>bokning</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>hanvisning</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>lapp</translation>
    </message>
    <message>
        <source>web</source>
        <translation>webb</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chatt</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>öppettider</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>Nobody has checked these details yet: {0}. Check them on the actor&apos;s own site before you hand over the slip.</source>
        <translation>Ingen har kontrollerat de här uppgifterna än: {0}. Kontrollera dem på aktörens egen webbplats innan du lämnar lappen.</translation>
    </message>
    <message>
        <source>Slip for the patron</source>
        <translation>Lapp till besökaren</translation>
    </message>
    <message>
        <source>Preview of the slip</source>
        <translation>Förhandsvisning av lappen</translation>
    </message>
    <message>
        <source>Print… (Enter)</source>
        <translation>Skriv ut… (Enter)</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Skriv ut lappen</translation>
    </message>
    <message>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation>Spara som PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the slip as a PDF file</source>
        <translation>Spara lappen som PDF-fil</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation>Stäng utan att skriva ut</translation>
    </message>
    <message>
        <source>&amp;Booked time:</source>
        <translation>&amp;Bokad tid:</translation>
    </message>
    <message>
        <source>Booked time, written on the slip</source>
        <translation>Bokad tid, skrivs på lappen</translation>
    </message>
    <message>
        <source>e.g. Tuesday 3 Dec at 14.00, room 2 (nothing about the patron)</source>
        <translation>t.ex. tisdag 3 dec kl. 14.00, rum 2 (inget om besökaren)</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Spara lappen som PDF</translation>
    </message>
    <message>
        <source>The slip was not printed: {0}</source>
        <translation>Lappen skrevs inte ut: {0}</translation>
    </message>
    <message>
        <source>The slip was not saved: {0}</source>
        <translation>Lappen sparades inte: {0}</translation>
    </message>
</context>
<context>
    <name>StatsBoard</name>
    <message>
        <source>Cases over time</source>
        <translation>Ärenden över tid</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Per område</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Per utfall</translation>
    </message>
    <message>
        <source>By kind of errand (the {0} most common)</source>
        <translation>Per ärendetyp (de {0} vanligaste)</translation>
    </message>
    <message>
        <source>Referrals by actor</source>
        <translation>Hänvisningar per aktör</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per kanal</translation>
    </message>
    <message>
        <source>Effort (READ scale)</source>
        <translation>Insats (READ-skalan)</translation>
    </message>
    <message>
        <source>Resources the patron lacked</source>
        <translation>Resurser som besökaren saknade</translation>
    </message>
    <message>
        <source>Competence gaps – where to train</source>
        <translation>Kompetensluckor – här behövs utbildning</translation>
    </message>
    <message>
        <source>Weekday and hour</source>
        <translation>Veckodag och timme</translation>
    </message>
    <message>
        <source>Cases that chafed – for the staff meeting</source>
        <translation>Ärenden som skavde – till arbetsplatsträffen</translation>
    </message>
    <message>
        <source>Not in the current guidelines</source>
        <translation>Finns inte i gällande riktlinjer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Kind of errand</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>READ level</source>
        <translation>READ-nivå</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resurs</translation>
    </message>
    <message>
        <source>cases this period</source>
        <translation>ärenden denna period</translation>
    </message>
    <message>
        <source>cases %1</source>
        <translation>ärenden %1</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>jämfört med %1</translation>
    </message>
    <message>
        <source>helped here, fully or partly</source>
        <translation>hjälpta här, helt eller delvis</translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation>hänvisade vidare</translation>
    </message>
    <message>
        <source>cases that chafed</source>
        <translation>ärenden som skavde</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Veckan från</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Cases then</source>
        <translation>Ärenden då</translation>
    </message>
    <message>
        <source>Nobody here</source>
        <translation>Ingen här kunde</translation>
    </message>
    <message>
        <source>To a colleague</source>
        <translation>Till en kollega</translation>
    </message>
    <message>
        <source>What to learn</source>
        <translation>Att lära sig</translation>
    </message>
    <message>
        <source>Referred needlessly</source>
        <translation>Hänvisat i onödan</translation>
    </message>
    <message>
        <source>Most common errands</source>
        <translation>Vanligaste ärendena</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildningsmaterial</translation>
    </message>
    <message>
        <source>{0} {1}:00–{2}:00: {3} cases</source>
        <translation>{0} {1}:00–{2}:00: {3} ärenden</translation>
    </message>
    <message>
        <source>Cases per weekday (rows) and hour (columns); darker is more</source>
        <translation>Ärenden per veckodag (rader) och timme (kolumner); mörkare är fler</translation>
    </message>
    <message>
        <source>The latest {0} of {1}; the question inventory report has them all.</source>
        <translation>De senaste {0} av {1}; rapporten Frågeinventering har alla.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <source>Why it chafed</source>
        <translation>Varför det skavde</translation>
    </message>
</context>
<context>
    <name>TimesForm</name>
    <message>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Booked sessions</source>
        <translation>Boka tid</translation>
    </message>
    <message>
        <source>Remote (phone, video)</source>
        <translation>På distans (telefon, video)</translation>
    </message>
    <message>
        <source>How to book</source>
        <translation>Så bokar du</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(engelska)</translation>
    </message>
    <message>
        <source>Video room (remote drop-in)</source>
        <translation>Videorum (drop-in på distans)</translation>
    </message>
    <message>
        <source>Times for digital guidance</source>
        <translation>Tider för digital handledning</translation>
    </message>
</context>
<context>
    <name>TimesPanel</name>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Filial</translation>
    </message>
    <message>
        <source>&amp;Add times for a branch…</source>
        <translation>Lägg till &amp;tider för en filial…</translation>
    </message>
    <message>
        <source>Every branch (*)</source>
        <translation>Alla filialer (*)</translation>
    </message>
    <message>
        <source>Times for a branch</source>
        <translation>Tider för en filial</translation>
    </message>
    <message>
        <source>The branch&apos;s name (* for every branch):</source>
        <translation>Filialens namn (* för alla filialer):</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>the course&apos;s or page&apos;s name</source>
        <translation>kursens eller sidans namn</translation>
    </message>
    <message>
        <source>framework areas or competences, e.g. 4, 1.1</source>
        <translation>områden eller kompetenser i ramverket, t.ex. 4, 1.1</translation>
    </message>
    <message>
        <source>base-level services, e.g. email, copier-printer</source>
        <translation>tjänster i basnivån, t.ex. email, copier-printer</translation>
    </message>
    <message>
        <source>case type ids, e.g. bankid</source>
        <translation>ärendetypernas id, t.ex. bankid</translation>
    </message>
    <message>
        <source>Framework: {0}. Base-level services: {1}.</source>
        <translation>Ramverket: {0}. Tjänster i basnivån: {1}.</translation>
    </message>
    <message>
        <source>Course link for staff</source>
        <translation>Kurslänk för personalen</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Tit&amp;el</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>A&amp;dress</translation>
    </message>
    <message>
        <source>For framework</source>
        <translation>För ramverket</translation>
    </message>
    <message>
        <source>For base-level services</source>
        <translation>För basnivåtjänster</translation>
    </message>
    <message>
        <source>For case types</source>
        <translation>För ärendetyper</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Co&amp;urse links</source>
        <translation>&amp;Kurslänkar</translation>
    </message>
    <message>
        <source>Add a course &amp;link</source>
        <translation>Lägg till kur&amp;slänk</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen titel än)</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Within the library&apos;s mission?</source>
        <translation>Inom bibliotekets uppdrag?</translation>
    </message>
    <message>
        <source>Competence?</source>
        <translation>Kompetens?</translation>
    </message>
    <message>
        <source>Time, for both of you?</source>
        <translation>Tid, för er båda?</translation>
    </message>
    <message>
        <source>Resources: what the patron has</source>
        <translation>Resurser: det besökaren har</translation>
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
        <source>The patron does, you show: let the patron try first.</source>
        <translation>Besökaren gör, du visar: låt besökaren prova först.</translation>
    </message>
    <message>
        <source>What to say and whom to refer to</source>
        <translation>Vad du säger och vart du hänvisar</translation>
    </message>
    <message>
        <source>Patron view (F11)</source>
        <translation>Besökarvy (F11)</translation>
    </message>
    <message>
        <source>Show the patron view, in large text</source>
        <translation>Visa besökarvyn med stor text</translation>
    </message>
    <message>
        <source>Slip (Ctrl+P)</source>
        <translation>Lapp (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print or save a slip for the patron</source>
        <translation>Skriv ut eller spara en lapp till besökaren</translation>
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
        <source>Log, next errand (Ctrl+Enter)</source>
        <translation>Logga, nästa ärende (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Log case and take the same patron&apos;s next errand</source>
        <translation>Logga ärendet och ta samma besökares nästa ärende</translation>
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
        <source>Steps to show: see “{0}” below.</source>
        <translation>Steg att visa: se ”{0}” nedan.</translation>
    </message>
    <message>
        <source>If not: book a digital guidance session.</source>
        <translation>Om inte: boka in en digital handledning.</translation>
    </message>
    <message>
        <source>Untick what the patron lacks.</source>
        <translation>Bocka ur det som besökaren saknar.</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new in the guidelines</source>
        <translation>Nytt i riktlinjerna</translation>
    </message>
    <message>
        <source>The guidelines have changed: {0}</source>
        <translation>Riktlinjerna har ändrats: {0}</translation>
    </message>
    <message>
        <source>Read through what is new before the next patron.</source>
        <translation>Läs igenom det nya innan nästa besökare.</translation>
    </message>
    <message>
        <source>What is new in the guidelines</source>
        <translation>Det som är nytt i riktlinjerna</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop – nothing is logged</source>
        <translation>Workshop – inget loggas</translation>
    </message>
    <message>
        <source>Discuss: What kind of errand is it? Is it within our mission? What do we say, and where do we refer?</source>
        <translation>Diskutera: Vilken typ av ärende är det? Ligger det inom vårt uppdrag? Vad säger vi, och vart hänvisar vi?</translation>
    </message>
    <message>
        <source>Space or → next · ← previous · Enter the guidelines&apos; answer · ↓↑ scroll · Esc leave</source>
        <translation>Mellanslag eller → nästa · ← föregående · Enter riktlinjernas svar · ↓↑ rulla · Esc avsluta</translation>
    </message>
    <message>
        <source>The patron&apos;s request</source>
        <translation>Besökarens fråga</translation>
    </message>
    <message>
        <source>What the guidelines say</source>
        <translation>Det här säger riktlinjerna</translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation>Övning {0} av {1}</translation>
    </message>
    <message>
        <source>nothing is logged</source>
        <translation>inget loggas</translation>
    </message>
    <message>
        <source>Hide the answer (Enter)</source>
        <translation>Dölj svaret (Enter)</translation>
    </message>
    <message>
        <source>Show the guidelines&apos; answer (Enter)</source>
        <translation>Visa riktlinjernas svar (Enter)</translation>
    </message>
</context>
</TS>
