"""The command line in Swedish: each English text the CLI says (through deskhelp.cli_text.tr) and its translation.

A text that is missing here is said in English; tests/test_cli_language.py fails on a missing one, on one no
longer used and on placeholders that differ. Terms as in the window (resources/i18n/deskhelp_sv.ts): ärende,
ärendetyp, riktlinjepaket, aktör, filial, disk, säkerhetskopia, delad mapp, central databas.
"""

SWEDISH: dict[str, str] = {
    # -- deskhelp --help --------------------------------------------------------------------------------------------
    "DeskHelp: the library's agreed guidelines for digital errands, on the desk PC.": (
        "DeskHelp: bibliotekets gemensamma riktlinjer för digitala ärenden, på diskens dator."
    ),
    "Configuration: deskhelp.toml in the machine-wide and the user's config folder (see README). "
    "Environment: DESKHELP_HOME (folder for all data), DESKHELP_DATABASE, DESKHELP_PACK (a library's own "
    "guideline pack), DESKHELP_LANG (sv or en: also the language of these commands), DESKHELP_LIBRARY, "
    "DESKHELP_BRANCH, DESKHELP_DESK, DESKHELP_GUIDANCE, DESKHELP_SHARE_FOLDER.": (
        "Inställningar: deskhelp.toml i datorns och i användarens inställningsmapp (se README). "
        "Miljövariabler: DESKHELP_HOME (mapp för alla data), DESKHELP_DATABASE, DESKHELP_PACK (bibliotekets eget "
        "riktlinjepaket), DESKHELP_LANG (sv eller en: också språket för de här kommandona), DESKHELP_LIBRARY, "
        "DESKHELP_BRANCH, DESKHELP_DESK, DESKHELP_GUIDANCE, DESKHELP_SHARE_FOLDER."
    ),
    "show the version and exit": "visa versionen och avsluta",
    "start the window, quit when it has painted and is ready, print timings as JSON": (
        "starta fönstret, avsluta när det har ritats och är klart, skriv ut tiderna som JSON"
    ),
    "open and migrate the database, load the pack, report problems (exit 0 or 1)": (
        "öppna och uppgradera databasen, läs in paketet, rapportera problem (slutkod 0 eller 1)"
    ),
    "search the case types of the active guideline pack": "sök bland ärendetyperna i riktlinjepaketet som används",
    "print JSON": "skriv ut JSON",
    "validate, apply or export guideline packs": "kontrollera, ta i bruk eller exportera riktlinjepaket",
    "check a pack file; changes nothing": "kontrollera en paketfil; ändrar ingenting",
    "validate a pack file and make it the active guidelines": (
        "kontrollera en paketfil och gör den till riktlinjerna som används"
    ),
    "write the active pack, as it was applied (yaml), or readable for staff and actors (html, pdf)": (
        "skriv ut paketet som används, som det togs i bruk (yaml), eller läsbart för personal och aktörer (html, pdf)"
    ),
    "yaml (default), html, pdf": "yaml (standard), html, pdf",
    "html and pdf: language (sv)": "html och pdf: språk (sv)",
    "html and pdf: only the errands referred to this actor": "html och pdf: bara ärendena som hänvisas till aktören",
    "fill an empty database with synthetic anonymous cases from the active pack, marked as demo data": (
        "fyll en tom databas med påhittade anonyma ärenden ur paketet som används, märkta som demodata"
    ),
    "Add realistic synthetic cases, drawn from the active guideline pack, for demonstrations and training. "
    "Refused when the database holds real cases: use a database of its own, e.g. "
    "DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000": (
        "Lägg till realistiska påhittade ärenden, hämtade ur riktlinjepaketet som används, för visningar och "
        "utbildning. Vägras när databasen har riktiga ärenden: använd en egen databas, t.ex. "
        "DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000"
    ),
    "how many cases to add": "hur många ärenden som ska läggas till",
    "spread over the D days ending today (365)": "utspridda över de D dagar som slutar i dag (365)",
    "the same seed gives the same cases (1)": "samma frö ger samma ärenden (1)",
    "comma-separated branch names (main)": "filialernas namn, åtskilda med komma (main)",
    "comma-separated desk names": "diskarnas namn, åtskilda med komma",
    # -- argument mistakes ------------------------------------------------------------------------------------------
    "{text} is not a whole number": "{text} är inte ett heltal",
    "must be {minimum}{meaning} or more, not {value}": "måste vara {minimum}{meaning} eller mer, inte {value}",
    " (off)": " (av)",
    "at least one name is needed": "minst ett namn behövs",
    "name {number} {problem}": "namn {number}: {problem}",
    "{text} is not a date; write it as YYYY-MM-DD": "{text} är inte ett datum; skriv det som ÅÅÅÅ-MM-DD",
    "{text} is outside the years {first}–{last}": "{text} ligger utanför åren {first}–{last}",
    # -- problems ---------------------------------------------------------------------------------------------------
    "Problem: {error}": "Problem: {error}",
    "Problem: {error}; nothing was written": "Problem: {error}; ingenting skrevs",
    # Storage problems of fixed wording (deskhelp.storage.errors.classify_sqlite_error)
    "the database is locked by another program; close it and try again": (
        "databasen är låst av ett annat program; stäng det och försök igen"
    ),
    "the database file or its folder is read-only": "databasfilen eller dess mapp är skrivskyddad",
    "the disk is full; nothing was saved": "disken är full; ingenting sparades",
    "the file is not a DeskHelp database or is damaged": "filen är ingen DeskHelp-databas eller är skadad",
    "the database file cannot be opened or created": "databasfilen går inte att öppna eller skapa",
    # -- deskhelp check ---------------------------------------------------------------------------------------------
    "Database: {where} is DAMAGED; SQLite's integrity check found:": (
        "Databas: {where} är SKADAD; SQLites integritetskontroll hittade:"
    ),
    "Problem: the database is damaged; with DeskHelp closed, restore a backup: "
    "deskhelp restore --list, then deskhelp restore": (
        "Problem: databasen är skadad; stäng DeskHelp och återställ en säkerhetskopia: "
        "deskhelp restore --list, sedan deskhelp restore"
    ),
    "Database: {where} (schema up to date, integrity checked, {cases} cases)": (
        "Databas: {where} (schemat är aktuellt, integriteten kontrollerad, {cases} ärenden)"
    ),
    "Guideline pack: {pack} {version} (revision {revision}, {case_types} case types, {actors} actors)": (
        "Riktlinjepaket: {pack} {version} (revision {revision}, {case_types} ärendetyper, {actors} aktörer)"
    ),
    "Search: errand model for {case_types} case types": "Sökning: ärendemodell för {case_types} ärendetyper",
    "the search model could not be read (see the log); search uses the keywords alone": (
        "sökmodellen kunde inte läsas (se loggen); sökningen använder bara nyckelorden"
    ),
    "Library: {library}, branch {branch}, desk {desk}": "Bibliotek: {library}, filial {branch}, disk {desk}",
    "Log: {file}": "Logg: {file}",
    "none ({folder} cannot be written)": "ingen ({folder} går inte att skriva i)",
    "configuration: {problem}": "inställningar: {problem}",
    "the library's pack folder could not be used: {notice}": "bibliotekets paketmapp kunde inte användas: {notice}",
    "a pack was refused; the previous revision is still in use:": (
        "ett paket togs inte emot; den förra revisionen används fortfarande:"
    ),
    "the library name": "bibliotekets namn",
    "the branch name": "filialens namn",
    "the desk name": "diskens namn",
    "To fill in: {name} is still the default {default}; set {key} in deskhelp.toml": (
        "Att fylla i: {name} är fortfarande standardvärdet {default}; ange {key} i deskhelp.toml"
    ),
    "To fill in: {count} local actors have no contact details of the library's own yet (in the pack):": (
        "Att fylla i: {count} lokala aktörer saknar ännu bibliotekets egna kontaktuppgifter (i paketet):"
    ),
    # -- deskhelp pack ----------------------------------------------------------------------------------------------
    "{count} problem(s):": "{count} problem:",
    "Nothing was changed. {count} problem(s):": "Ingenting ändrades. {count} problem:",
    "{file}: valid pack {pack} {version}: {areas} areas, {case_types} case types, {actors} actors, {cards} cards": (
        "{file}: giltigt paket {pack} {version}: {areas} områden, {case_types} ärendetyper, {actors} aktörer, "
        "{cards} kort"
    ),
    "Applied {pack} {version} as revision {revision}": "{pack} {version} togs i bruk som revision {revision}",
    "Problem: --actor needs --format html or pdf; nothing was written": (
        "Problem: --actor kräver --format html eller pdf; ingenting skrevs"
    ),
    "Wrote revision {revision} to {out}": "Skrev revision {revision} till {out}",
    "Wrote the readable guidelines for {actor} to {out}": "Skrev de läsbara riktlinjerna för {actor} till {out}",
    "Wrote the readable guidelines to {out}": "Skrev de läsbara riktlinjerna till {out}",
    # -- deskhelp demo-data -----------------------------------------------------------------------------------------
    "{path} holds 1 real case;": "{path} har 1 riktigt ärende;",
    "{path} holds {count} real cases;": "{path} har {count} riktiga ärenden;",
    "nothing was added. Demo data goes only into an empty database, e.g. "
    "DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000": (
        "ingenting lades till. Demodata läggs bara i en tom databas, t.ex. "
        "DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000"
    ),
    "Added {count} demo cases ({start} – {end}) to {where}. They are marked as demo data.": (
        "La till {count} demoärenden ({start} – {end}) i {where}. De är märkta som demodata."
    ),
    # -- deskhelp export --------------------------------------------------------------------------------------------
    "write a report ({kinds}) as {formats} or {last}; no window needed": (
        "skriv en rapport ({kinds}) som {formats} eller {last}; inget fönster behövs"
    ),
    "Write a report on the logged cases of a period, for scheduled jobs. Exit 0 when written, 1 on a problem "
    "(the file is then left untouched), 2 on a mistake in the arguments. Reports: {reports}.": (
        "Skriv en rapport om en periods loggade ärenden, för schemalagda jobb. Slutkod 0 när den skrevs, 1 vid ett "
        "problem (filen lämnas då orörd), 2 vid ett fel i argumenten. Rapporter: {reports}."
    ),
    " ({formats} only)": " (bara {formats})",
    "{n} for {kinds}": "{n} för {kinds}",
    " and ": " och ",
    " or ": " eller ",
    "Problem: the {report} report is for {formats}; nothing was written": (
        "Problem: rapporten {report} finns bara som {formats}; ingenting skrevs"
    ),
    "the formats each report has: {formats}": "formaten som varje rapport finns i: {formats}",
    "hide counts below N, and the next smallest beside them so none can be worked out from a total "
    "(default: {defaults}, off for the others; 0: off)": (
        "dölj antal under N, och det näst minsta bredvid dem så att inget kan räknas fram ur en summa "
        "(standard: {defaults}, av för de andra; 0: av)"
    ),
    "write a report; no window needed": "skriv en rapport; inget fönster behövs",
    "  patron languages: sv, en": "  språk för besökare: sv, en",
    "only cases of this branch": "bara ärenden från den här filialen",
    "only cases of this desk": "bara ärenden från den här disken",
    "language of the report (sv)": "rapportens språk (sv)",
    "this desk's cases, or the central database's": "diskens egna ärenden eller den centrala databasens",
    "Problem: --from {start} is after --to {end}; nothing was written": (
        "Problem: --from {start} ligger efter --to {end}; ingenting skrevs"
    ),
    "Problem: PDF export is not available here ({error}); nothing was written": (
        "Problem: PDF-export finns inte här ({error}); ingenting skrevs"
    ),
    "Problem: the export failed ({error}); nothing was written": (
        "Problem: exporten misslyckades ({error}); ingenting skrevs"
    ),
    "Wrote {title} {start} – {end} to {out}": "Skrev {title} {start} – {end} till {out}",
    # What each report is for (deskhelp.reports.registry, ReportSpec.purpose)
    "every dashboard panel, for the staff meeting": "alla panelerna i översikten, till arbetsplatsträffen",
    "the anonymous cases, one per row": "de anonyma ärendena, ett per rad",
    "what the desk needs to learn, and from what": "vad disken behöver lära sig, och varifrån",
    "feedback to each actor (leaves the library)": "återkoppling till varje aktör (lämnar biblioteket)",
    "the chafing cases and their reflections": "ärendena som skavde och reflektionerna över dem",
    "case types by outcome, for Digidel (leaves the library)": (
        "ärendetyper efter utfall, för Digidel (lämnar biblioteket)"
    ),
    # -- deskhelp backup and restore --------------------------------------------------------------------------------
    "make a verified backup of the database now, print its path and size": (
        "gör en kontrollerad säkerhetskopia av databasen nu, skriv ut dess sökväg och storlek"
    ),
    "Copy the database into the backups folder ([storage] backups, default: backups/ beside the database), check "
    "the copy and keep it. Safe while the desk is open. Exit 0 when made, 1 when not.": (
        "Kopiera databasen till mappen för säkerhetskopior ([storage] backups, standard: backups/ bredvid "
        "databasen), kontrollera kopian och behåll den. Går bra medan disken är öppen. Slutkod 0 när den gjordes, "
        "1 när inte."
    ),
    "list the backups, or put one back in place of the database (DeskHelp closed)": (
        "lista säkerhetskopiorna, eller lägg tillbaka en i databasens ställe (med DeskHelp stängt)"
    ),
    "Put a backup back in place of the database. Close DeskHelp on this PC first: a restore is refused while the "
    "database is open. The current file is kept aside as deskhelp-replaced-<date>.sqlite3 beside it, never "
    "deleted.": (
        "Lägg tillbaka en säkerhetskopia i databasens ställe. Stäng DeskHelp på den här datorn först: en "
        "återställning vägras medan databasen är öppen. Den nuvarande filen sparas undan som "
        "deskhelp-replaced-<datum>.sqlite3 bredvid, och tas aldrig bort."
    ),
    "a file name from --list, or a full path (default: the newest good backup)": (
        "ett filnamn från --list eller en fullständig sökväg (standard: den nyaste hela säkerhetskopian)"
    ),
    "list every backup: date, reason, size, cases, good": (
        "lista alla säkerhetskopior: datum, orsak, storlek, ärenden, hel"
    ),
    "Backup written: {path} ({size}, {bytes} bytes)": "Säkerhetskopian skrevs: {path} ({size}, {bytes} byte)",
    "Backups in {folder}:": "Säkerhetskopior i {folder}:",
    "No backups in {folder} (or it cannot be reached)": (
        "Inga säkerhetskopior i {folder} (eller så går den inte att nå)"
    ),
    "good": "hel",
    "DAMAGED ({problem})": "SKADAD ({problem})",
    "{count} cases": "{count} ärenden",
    "Restored {path} (taken {taken}, {cases} cases) to {database}.": (
        "Återställde {path} (tagen {taken}, {cases} ärenden) till {database}."
    ),
    "The file it replaced was kept as {kept}.": "Filen den ersatte sparades som {kept}.",
    "There was no file to replace.": "Det fanns ingen fil att ersätta.",
    "Run deskhelp check, then start DeskHelp.": "Kör deskhelp check och starta sedan DeskHelp.",
    # -- deskhelp share and collect ---------------------------------------------------------------------------------
    "write this desk's cases not shared yet into the sharing folder now; print what was written": (
        "skriv diskens ärenden som inte delats än till den delade mappen nu; skriv ut vad som skrevs"
    ),
    "Write the cases this desk has not shared yet (and the cases undone since) into its own place in the sharing "
    "folder ([sharing] folder or DESKHELP_SHARE_FOLDER). The window does this at start, every hour and at exit. "
    "Exit 0 when shared (or nothing was new), 1 on a problem (it is all shared next time).": (
        "Skriv ärendena som disken inte har delat än (och ärendena som ångrats sedan dess) till diskens egen plats i "
        "den delade mappen ([sharing] folder eller DESKHELP_SHARE_FOLDER). Fönstret gör det vid start, varje timme "
        "och när det stängs. Slutkod 0 när det delades (eller inget var nytt), 1 vid ett problem (allt delas nästa "
        "gång)."
    ),
    "read every desk's shared cases from the sharing folder into this database; print what was read": (
        "läs alla diskars delade ärenden från den delade mappen in i den här databasen; skriv ut vad som lästes"
    ),
    "Read the cases every desk has shared in the sharing folder into this PC's database, as cases of their own "
    "branch and desk. Collecting again reads only new files and never counts a case twice. A damaged or foreign "
    "file is named and skipped; the rest is read. Exit 0 when the folder was read, 1 when not.": (
        "Läs ärendena som alla diskar har delat i den delade mappen in i den här datorns databas, som ärenden från "
        "sin egen filial och disk. När de hämtas igen läses bara nya filer och inget ärende räknas två gånger. En "
        "skadad eller främmande fil nämns och hoppas över; resten läses. Slutkod 0 när mappen lästes, 1 när inte."
    ),
    "Problem: no sharing folder is set; set [sharing] folder in deskhelp.toml or the environment variable "
    "DESKHELP_SHARE_FOLDER (see README, For IT)": (
        "Problem: ingen delad mapp är inställd; ange [sharing] folder i deskhelp.toml eller miljövariabeln "
        "DESKHELP_SHARE_FOLDER (se README, For IT)"
    ),
    "Problem: {error}; nothing was lost, it is shared next time": (
        "Problem: {error}; ingenting gick förlorat, det delas nästa gång"
    ),
    "Nothing new to share; this desk's place in the sharing folder is {folder}": (
        "Inget nytt att dela; diskens plats i den delade mappen är {folder}"
    ),
    "Shared {cases} cases and {withdrawn} withdrawn cases into {file}": (
        "Delade {cases} ärenden och {withdrawn} återkallade ärenden i {file}"
    ),
    "{count} reflections were left out: they may hold personal data": (
        "{count} reflektioner togs inte med: de kan innehålla personuppgifter"
    ),
    "{count} errand descriptions were left out: they may hold personal data": (
        "{count} ärendebeskrivningar togs inte med: de kan innehålla personuppgifter"
    ),
    "Collecting: {percent}%": "Hämtar: {percent} %",
    "Problem: {error}; nothing was collected": "Problem: {error}; ingenting hämtades",
    "Skipped: {file}": "Hoppade över: {file}",
    "Collected from {folder}: {read} new files read ({known} read before), {added} cases added, {here} already "
    "here, {withdrawn} withdrawn, {skipped} files skipped": (
        "Hämtade från {folder}: {read} nya filer lästa ({known} lästa tidigare), {added} ärenden tillagda, {here} "
        "fanns redan här, {withdrawn} återkallade, {skipped} filer överhoppade"
    ),
    "  branch {branch}, desk {desk}: {count} cases added": "  filial {branch}, disk {desk}: {count} ärenden tillagda",
    "  read from desk {identity} ({names})": "  läst från disk {identity} ({names})",
    "Sharing: off (no [sharing] folder set)": "Delning: av (ingen [sharing] folder inställd)",
    "last shared {at} ({file})": "senast delat {at} ({file})",
    "not shared yet": "inte delat än",
    "Sharing: folder {folder}, {last}": "Delning: mappen {folder}, {last}",
    "Sharing: {cases} cases and {withdrawn} withdrawn cases wait to be shared": (
        "Delning: {cases} ärenden och {withdrawn} återkallade ärenden väntar på att delas"
    ),
    "Sharing: this desk's place is {folder}": "Delning: diskens plats är {folder}",
    "the sharing folder {folder} cannot be reached (is the network drive connected?)": (
        "den delade mappen {folder} går inte att nå (är nätverksenheten ansluten?)"
    ),
    # -- deskhelp central -------------------------------------------------------------------------------------------
    "the central PostgreSQL database: check (create or upgrade its schema) or push this desk's cases now": (
        "den centrala PostgreSQL-databasen: check (skapa eller uppgradera dess schema) eller push (skicka diskens "
        "ärenden nu)"
    ),
    "The central database ([central] url or DESKHELP_CENTRAL_URL; the password from DESKHELP_CENTRAL_PASSWORD or "
    "[central] password_file). The window sends new cases in the background.": (
        "Den centrala databasen ([central] url eller DESKHELP_CENTRAL_URL; lösenordet från "
        "DESKHELP_CENTRAL_PASSWORD eller [central] password_file). Fönstret skickar nya ärenden i bakgrunden."
    ),
    "connect, create or upgrade the central schema, report the server, schema and cases held": (
        "anslut, skapa eller uppgradera det centrala schemat, rapportera servern, schemat och antalet ärenden"
    ),
    "Connect to the central database, create or upgrade its schema to this DeskHelp's (run it once as the owner "
    "role after installing a new version), and report the server version, the schema revision and how many cases "
    "it holds. Exit 0 when the database is ready for the desks, 1 when not.": (
        "Anslut till den centrala databasen, skapa eller uppgradera dess schema till den här DeskHelps (kör det en "
        "gång som ägarrollen efter att en ny version installerats) och rapportera serverns version, schemats "
        "version och hur många ärenden den har. Slutkod 0 när databasen är redo för diskarna, 1 när inte."
    ),
    "send this desk's cases (and undone ones) to the central database now; print what was sent and waits": (
        "skicka diskens ärenden (och ångrade) till den centrala databasen nu; skriv ut vad som skickades och väntar"
    ),
    "Send the cases logged here that the central database does not have yet, and withdraw the undone ones. "
    "Sending twice never stores a case twice. Exit 0 when sent, 1 when the central database cannot be reached "
    "(nothing is lost: it is sent next time).": (
        "Skicka ärendena som loggats här och som den centrala databasen inte har än, och återkalla de ångrade. Att "
        "skicka två gånger sparar aldrig ett ärende två gånger. Slutkod 0 när de skickades, 1 när den centrala "
        "databasen inte går att nå (ingenting går förlorat: det skickas nästa gång)."
    ),
    "Problem: no central database is set; set [central] url in deskhelp.toml or the environment variable "
    "DESKHELP_CENTRAL_URL (see README, For IT)": (
        "Problem: ingen central databas är inställd; ange [central] url i deskhelp.toml eller miljövariabeln "
        "DESKHELP_CENTRAL_URL (se README, For IT)"
    ),
    "Problem: {error}\n{cases} cases and {withdrawn} withdrawn cases wait here; nothing was lost, they are sent "
    "when the central database can be reached": (
        "Problem: {error}\n{cases} ärenden och {withdrawn} återkallade ärenden väntar här; ingenting gick förlorat, "
        "de skickas när den centrala databasen går att nå"
    ),
    "Central database: {where}, PostgreSQL {version}": "Central databas: {where}, PostgreSQL {version}",
    "Central database: the schema was created (revision {revision})": (
        "Central databas: schemat skapades (revision {revision})"
    ),
    "Central database: the schema was upgraded from {before} to {revision}": (
        "Central databas: schemat uppgraderades från {before} till {revision}"
    ),
    "Central database: schema {revision}, as this DeskHelp expects": (
        "Central databas: schema {revision}, som den här DeskHelp väntar sig"
    ),
    "Central database: {cases} cases held": "Central databas: {cases} ärenden",
    "Central database: this role may not count the cases (a desk's role only adds and withdraws them)": (
        "Central databas: den här rollen får inte räkna ärendena (en disks roll lägger bara till och återkallar dem)"
    ),
    "This desk: {cases} cases and {withdrawn} withdrawn cases wait to be sent": (
        "Den här disken: {cases} ärenden och {withdrawn} återkallade ärenden väntar på att skickas"
    ),
    "Problem: another push is still running; try again in a moment": (
        "Problem: en annan sändning pågår fortfarande; försök igen om en stund"
    ),
    " ({count} were there already)": " ({count} fanns där redan)",
    "Sent {cases} cases{again} and {withdrawn} withdrawn cases to {where}": (
        "Skickade {cases} ärenden{again} och {withdrawn} återkallade ärenden till {where}"
    ),
    "Waiting: {cases} cases and {withdrawn} withdrawn cases": (
        "Väntar: {cases} ärenden och {withdrawn} återkallade ärenden"
    ),
    "Central database: off (no [central] url set)": "Central databas: av (ingen [central] url inställd)",
    "Central database: {where}; {cases} cases and {withdrawn} withdrawn cases wait to be sent (deskhelp central "
    "check connects)": (
        "Central databas: {where}; {cases} ärenden och {withdrawn} återkallade ärenden väntar på att skickas "
        "(deskhelp central check ansluter)"
    ),
}

# argparse's own words, through its gettext hook (deskhelp.cli_text.argparse_in_language); Python 3.11's texts.
ARGPARSE: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "de här argumenten behövs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "expected one argument": "ett värde behövs",
    "expected at most one argument": "högst ett värde",
    "expected at least one argument": "minst ett värde behövs",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "not allowed with argument %s": "går inte ihop med argumentet %s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "ignored explicit argument %r": "värdet %r ignorerades",
    "unexpected option string: %s": "oväntad flagga: %s",
}
