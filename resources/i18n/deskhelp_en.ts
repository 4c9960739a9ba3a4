<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>The library&apos;s agreed guidelines for digital errands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines were due for review on {0}; {1} is responsible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>The actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps with (printed on the slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for staff (never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours (Swedish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages (codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role, not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s contact with the actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How e&amp;stablished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the details were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a &amp;template the library fills in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BackgroundCentral</name>
    <message>
        <source>The central database cannot be reached; this desk&apos;s cases are kept here and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundSharing</name>
    <message>
        <source>The sharing folder cannot be reached; this desk&apos;s cases are shared later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <source>Used for these errands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-reference cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the cards: a service, a word from the steps, an errand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down to choose a card. The cards are the services every colleague shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCollector</name>
    <message>
        <source>No sharing folder is set; ask IT to set [sharing] folder in deskhelp.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting cases from all desks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases were collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} new files read, {1} cases added, {2} withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the remaining files are read next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {0}, desk {1}: {2} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files skipped (tell IT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTypeForm</name>
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
        <source>words staff type, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retired (not searched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired case type is no longer offered by the search; old cases keep its title in statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (Swedish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within our &amp;mission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we &amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we do&amp;n&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competen&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we do and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say, per outcome (empty: the pack&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer and prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to (&amp;actors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patron &amp;brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort (1–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague who can help (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care (privacy, ethics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTypeListModel</name>
    <message>
        <source>log it, describe it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyReferral</name>
    <message>
        <source>&amp;Copy the referral as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the patron&apos;s language, to paste into a chat or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an errand first; then it can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is copied in {0}: paste it into the chat or the e-mail with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyMaintenance</name>
    <message>
        <source>Today&apos;s backup could not be made; DeskHelp works as usual. Tell IT: they see why in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>This PC&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cases are read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskHelp – statistics for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every panel as a table of numbers (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More export buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop counting (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring term {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn term {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures shown are for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA: {0} of these {1} cases are made-up demonstration cases, not real ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; say where the details were verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a text in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {0} characters; at most {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not one of: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an id (lower-case a-z, 0-9 and single &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor has the id {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource has the id {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area has the id {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is used twice in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from {0} to {1}, not {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists {0} resources; at most {1} fit the desk&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case type with the verdict &apos;{0}&apos; needs at least one actor to refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a date it was verified and a source, or must be marked as a template the library fills in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;other&apos; is reserved for errands not in the guidelines; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPreview</name>
    <message>
        <source>Put the problems right to see the desk&apos;s view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: what the desk shows when it refers to the actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: what the desk shows for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorReview</name>
    <message>
        <source>Not in the guidelines ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases that chafed ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local actors to fill in ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified more than a year ago ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was due on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review is due on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errands not in the guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases that chafed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local actors still to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors verified more than a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last review on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on an errand not in the guidelines starts a new case type from it; on a case, opens its case type; on an actor, opens the actor. When the review is done, set the date of the review and publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Name this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which library, branch and desk is this? The names are printed on the patron&apos;s slip and kept with the statistics of every case. Never write a person&apos;s name or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stadsbiblioteket Göteborg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hammarkullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Information desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: later (you will be asked again at the next start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is missing: fill in every name, or press Esc to do it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must not hold personal data such as a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too long: at most {1} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holds control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names could not be saved; ask IT to set them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidelineEditor</name>
    <message>
        <source>Edit guidelines – {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New local actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the desk&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the patron&apos;s slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patron&apos;s slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in a sentence (shown to staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;publish (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport readable PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published guidelines as a matrix for the staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the errand (Swedish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New local actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the actor (Swedish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems to put right before publishing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems: none. The guidelines can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the local actors are edited here; this one is kept in the pack file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry of the checklist and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the problems right to see the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidelines.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the problems right first; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: this desk reads one pack file set by IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a change note: what changed, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines could not be written to the library&apos;s pack folder, so nothing was saved. Who may publish is decided by who may write to that folder; ask IT.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} saved and published: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has set one pack file for this desk ({0}); the desks read only that file, so nothing can be published from here. Ask IT to set [guidelines] folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack folder is set: the revision is saved on this desk only. IT sets [guidelines] folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes have not been published. Close and discard them?</source>
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
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
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
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a public computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · directions, under 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · quick look-up or minor help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · some time and a little teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · several resources, thorough teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · substantial time, back and forth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 · cannot be answered on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordination number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account number (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDetailsBar</name>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort on the READ scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ch&amp;afed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick why the case felt uncomfortable; leave empty if it did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It chafed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the errand was, in a few words; nothing about the patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the errand was, in a few words, for the question inventory. Nothing about the patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the errand in a few words first: it goes into the question inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eff&amp;ort (READ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;be the errand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection, optional; nothing about the patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for the team lead: what chafed, what was missing. Nothing about the patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask the personal data in the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the personal data before logging ({0}), or mask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} characters; a reflection holds at most {1}.</source>
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
        <source>&amp;Statistics for team leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect cases from all desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;guidelines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the last logged case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
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
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the four questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patron view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log, same patron&apos;s next errand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the last case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getting started</source>
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
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is logged, and what never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cards are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the patron talks, type a few words about the errand; Enter picks the errand shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four questions are answered from the guidelines already: check them, change with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the screen suggests under “Say”; refer, show the steps or book a session as it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log with Enter; Ctrl+Enter when the same patron has another errand; Esc for a new patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the library&apos;s mission? Yes, partly or no: the guidelines&apos; answer is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence: can you help, can a colleague, or no one here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, for both of you: if not now, book a digital guidance session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: untick what the patron lacks (e-ID, a phone of their own ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: the kind of errand, the four answers, the outcome, whom you referred to, channel, effort, duration, the date and hour, and the name of this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never: anything about the patron (name, personal identity number, phone, address, e-mail), and nothing about you. The reflection is checked for personal data; mask it with the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged the wrong answer? Ctrl+Z within 10 minutes brings the case back on screen to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an errand has a card of steps to show the patron, the card is on screen under “Say”, and the competence question names it. F11 shows the patron the text in large print; Ctrl+P prints it on a slip or saves it as a PDF. IT can print all the guidelines with their cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Quick-reference cards (Ctrl+Shift+K) shows every card outside a case. File → Practise (Ctrl+Shift+O) gives you patrons&apos; requests to practise on: you answer, and DeskHelp shows what the guidelines say. Nothing you practise is logged or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskHelp helps you meet a digital errand as your colleagues do, and counts errands anonymously for the team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings have a mistake – IT sees the details in the log and with deskhelp check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s pack folder could not be used – IT sees why in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new guideline pack was refused; the previous one is still in use. IT sees why in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds demo cases from &apos;deskhelp demo-data&apos;; cases logged here mix with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was NOT logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z within 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same patron: type the next errand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case to undo (only the last one, within 10 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}. It is back on screen: correct it and log it again, or Esc to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}. It is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DeskHelp</source>
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
        <source>The database file is damaged. To protect what is in it, nothing more is saved into it. Call IT: they can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database that held the cases is missing or empty. DeskHelp does not start a new one, so that nothing is lost. Call IT: they can restore the newest backup.</source>
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
        <source>The patron can scan this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague who knows the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in and booking times are not configured; ask IT to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the patron a booking slip with what to bring: Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital guidance: drop-in and booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to show: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on the video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C copies the referral as text in the patron&apos;s language, for a chat or an e-mail.</source>
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
    <name>PackInfoForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role, not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by (&amp;owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months between reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind the chart, or the chart again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatronLanguageChooser</name>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron&apos;s &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patron&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreviewed translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who has this language as their mother tongue has checked the translation yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatronView</name>
    <message>
        <source>Back to the staff view (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the staff view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patron reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Kind of errand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the library&apos;s mission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, for both of you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: has the patron what is needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are the guidelines&apos; answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers differed from the guidelines in: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we do</source>
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
        <source>To discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practising the guidelines: exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the patron&apos;s request aloud and talk it through: what kind of errand is it, is it within the library&apos;s mission (yes, partly or no), what do we say, and where do we refer the rest? The answer key follows the exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of errand: ______________________   Mission: yes / partly / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We say and refer to: ____________________________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key: what the guidelines say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same exercises, in the same order, with the guidelines&apos; answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeskHelp · exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercises.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise sheets were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeMenu</name>
    <message>
        <source>&amp;Practise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-reference &amp;cards…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeQuestions</name>
    <message>
        <source>What do you say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1…5 go to a question, the arrow keys move, Space chooses.</source>
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
        <source>What do you say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the guidelines (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this exercise again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <source>Practice – nothing is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRACTICE – nothing is logged. What you answer here is not saved and never counts in the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patron says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patron&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the errand on the left with the patron&apos;s words and pick it with Enter, as at the desk. Then answer the questions, choose what you say, and compare with the guidelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Alt+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guidelines say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this exercise again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop on a projector (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exercises large, for a staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save printable exercise sheets with an answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave practice (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guideline pack has no exercises.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceChecklist</name>
    <message>
        <source>The patron has: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing special for this errand.</source>
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
        <source>Close call: check that the first errand fits.</source>
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
    <name>SlipDialog</name>
    <message>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has checked these details yet: {0}. Check them on the actor&apos;s own site before you hand over the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip for the patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the slip as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booked time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked time, written on the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tuesday 3 Dec at 14.00, room 2 (nothing about the patron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip was not printed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsBoard</name>
    <message>
        <source>Cases over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of errand (the {0} most common)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (READ scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources the patron lacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence gaps – where to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases that chafed – for the staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the current guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of errand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helped here, fully or partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases that chafed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred needlessly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most common errands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}:00–{2}:00: {3} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per weekday (rows) and hour (columns); darker is more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest {0} of {1}; the question inventory report has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it chafed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesForm</name>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote (phone, video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video room (remote drop-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times for digital guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesPanel</name>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add times for a branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every branch (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times for a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s name (* for every branch):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>the course&apos;s or page&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework areas or competences, e.g. 4, 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base-level services, e.g. email, copier-printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case type ids, e.g. bankid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework: {0}. Base-level services: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course link for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For base-level services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For case types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Co&amp;urse links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Within the library&apos;s mission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, for both of you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: what the patron has</source>
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
        <source>The patron does, you show: let the patron try first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say and whom to refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron view (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the patron view, in large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a slip for the patron</source>
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
        <source>Log, next errand (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log case and take the same patron&apos;s next errand</source>
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
        <source>Steps to show: see “{0}” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not: book a digital guidance session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick what the patron lacks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new in the guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines have changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read through what is new before the next patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is new in the guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop – nothing is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss: What kind of errand is it? Is it within our mission? What do we say, and where do we refer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or → next · ← previous · Enter the guidelines&apos; answer · ↓↑ scroll · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patron&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guidelines say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guidelines&apos; answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
