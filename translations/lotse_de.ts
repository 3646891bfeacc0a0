<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lotse::AbsoluteRangeDialog</name>
    <message>
        <source>&quot;To&quot; must lie after &quot;From&quot;.</source>
        <translation>„Bis“ muss nach „Von“ liegen.</translation>
    </message>
    <message>
        <source>Absolute time range</source>
        <translation>Absoluter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>lotse::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lotse::BranchChooser</name>
    <message>
        <source>by hand only</source>
        <translation>nur manuell</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>nicht entscheidbar</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Overrule…</source>
        <translation>Übersteuern…</translation>
    </message>
    <message>
        <source>Choose the way to go by hand; the choice is recorded as manual</source>
        <translation>Den weiteren Weg manuell wählen; die Wahl wird als manuell vermerkt</translation>
    </message>
    <message>
        <source>Use this choice</source>
        <translation>Diese Wahl übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>lotse::CertificateProbe</name>
    <message>
        <source>%1 is no https URL: only a server that speaks TLS has a certificate to show.</source>
        <translation>%1 ist keine https-URL: Nur ein Server, der TLS spricht, hat ein Zertifikat, das angezeigt werden kann.</translation>
    </message>
</context>
<context>
    <name>lotse::CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server of “%1” presented a certificate that could not be verified:</source>
        <translation>Der Server von „%1“ hat ein Zertifikat vorgelegt, das nicht überprüft werden konnte:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trusting pins exactly this certificate: Lotse will accept this server only while it presents this certificate, and will refuse it after the certificate changes. Compare the fingerprint above with the one the server&apos;s administrator gives you before you trust it.</source>
        <translation>Wenn Sie vertrauen, wird genau dieses Zertifikat gepinnt: Lotse akzeptiert diesen Server nur, solange er dieses Zertifikat vorlegt, und lehnt ihn ab, sobald sich das Zertifikat ändert. Vergleichen Sie den Fingerabdruck oben mit dem, den Ihnen der Administrator des Servers nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>lotse::CheckCommand</name>
    <message>
        <source>Validates dashboards and runbooks.</source>
        <translation>Prüft Dashboards und Runbooks.</translation>
    </message>
    <message>
        <source>Dashboard or runbook YAML files.</source>
        <translation>YAML-Dateien von Dashboards oder Runbooks.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>Name at least one file to check.</source>
        <translation>Geben Sie mindestens eine zu prüfende Datei an.</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
</context>
<context>
    <name>lotse::CheckView</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1
Query: %2
Source: %3</source>
        <translation>%1
Abfrage: %2
Quelle: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lotse::ClickHouseResponse</name>
    <message>
        <source>The server&apos;s answer is not ClickHouse JSONCompact: %1</source>
        <translation>Die Antwort des Servers ist kein ClickHouse-JSONCompact: %1</translation>
    </message>
    <message>
        <source>The statement was refused: the server runs Lotse&apos;s requests with readonly=1 and stopped a change (%1). Lotse only reads.</source>
        <translation>Die Anweisung wurde abgelehnt: Der Server führt die Anfragen von Lotse mit readonly=1 aus und hat eine Änderung verhindert (%1). Lotse liest nur.</translation>
    </message>
    <message>
        <source>The query was cut off after %1 s (max_execution_time): %2. Raise the timeout or narrow the query.</source>
        <translation>Die Abfrage wurde nach %1 s abgebrochen (max_execution_time): %2. Erhöhen Sie die Zeitüberschreitung oder schränken Sie die Abfrage ein.</translation>
    </message>
    <message>
        <source>%1 refused the login: %2. Check the user and password (LOTSE_CLICKHOUSE_PASSWORD).</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2. Prüfen Sie Benutzer und Passwort (LOTSE_CLICKHOUSE_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 denied the read: %2</source>
        <translation>%1 hat den Lesezugriff verweigert: %2</translation>
    </message>
    <message>
        <source>The server rejected the query as malformed: %1</source>
        <translation>Der Server hat die Abfrage als fehlerhaft abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>The query failed on %1: %2</source>
        <translation>Die Abfrage ist auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The result on %1 passed the cap on its rows or bytes (max_result_rows, max_result_bytes): %2. Narrow or aggregate the query; the byte cap follows max_body_mb in the connection.</source>
        <translation>Das Ergebnis auf %1 hat die Grenze für Zeilen oder Bytes überschritten (max_result_rows, max_result_bytes): %2. Schränken Sie die Abfrage ein oder aggregieren Sie; die Byte-Grenze folgt max_body_mb der Verbindung.</translation>
    </message>
</context>
<context>
    <name>lotse::ClickHouseSettings</name>
    <message>
        <source>a ClickHouse URL looks like http://host:8123/?user=NAME, not &quot;%1&quot;</source>
        <translation>eine ClickHouse-URL hat die Form http://host:8123/?user=NAME, nicht „%1“</translation>
    </message>
    <message>
        <source>the ClickHouse URL may carry user, password and database only, not &quot;%1&quot;</source>
        <translation>die ClickHouse-URL darf nur user, password und database enthalten, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>lotse::ClickHouseSource</name>
    <message>
        <source>The query was canceled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not say its version.</source>
        <translation>Der Server hat seine Version nicht genannt.</translation>
    </message>
</context>
<context>
    <name>lotse::ConnectionForm</name>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Token from &amp;environment variable:</source>
        <translation>Token aus &amp;Umgebungsvariable:</translation>
    </message>
    <message>
        <source>Password from &amp;environment variable:</source>
        <translation>Passwort aus &amp;Umgebungsvariable:</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; eine Eingabe ersetzt es</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>For headless runs, e.g. LOTSE_SECRET</source>
        <translation>Für den Betrieb ohne Oberfläche, z. B. LOTSE_SECRET</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Extra HTTP &amp;headers:</source>
        <translation>Zusätzliche HTTP-Heade&amp;r:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Zeitüberschreitun&amp;g:</translation>
    </message>
    <message>
        <source>One “Name: value” per line, e.g. X-Scope-OrgID: team-a</source>
        <translation>Ein „Name: Wert“ pro Zeile, z. B. X-Scope-OrgID: team-a</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>lotse::ConnectionSecrets</name>
    <message>
        <source>Secret for %1</source>
        <translation>Geheimnis für %1</translation>
    </message>
    <message>
        <source>%1

Enter the password or token of &quot;%2&quot;. Lotse keeps it in memory until it quits and writes it nowhere.</source>
        <translation>%1

Geben Sie das Passwort oder Token von „%2“ ein. Lotse behält es im Speicher, bis es beendet wird, und schreibt es nirgendwohin.</translation>
    </message>
</context>
<context>
    <name>lotse::ConnectionsController</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>The connections file %1 has errors; the dialog starts empty.</source>
        <translation>Die Verbindungsdatei %1 enthält Fehler; der Dialog beginnt leer.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>Connected: %1 · round trip %2 ms</source>
        <translation>Verbunden: %1 · Umlaufzeit %2 ms</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>The connections could not be exported to %1.</source>
        <translation>Die Verbindungen konnten nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>The connections could not be saved to %1.</source>
        <translation>Die Verbindungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>lotse::ConnectionsDialog</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>Connection %1 in the list has no name.</source>
        <translation>Verbindung %1 in der Liste hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two connections are named “%1”: names must be unique.</source>
        <translation>Zwei Verbindungen heißen „%1“: Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>“%1” has no address.</source>
        <translation>„%1“ hat keine Adresse.</translation>
    </message>
    <message>
        <source>“%1”: extra header line %2 is not of the form “Name: value”.</source>
        <translation>„%1“: Die zusätzliche Header-Zeile %2 hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected connection (Del)</source>
        <translation>Die ausgewählte Verbindung entfernen (Entf)</translation>
    </message>
    <message>
        <source>No connections yet. Add one with Add.</source>
        <translation>Noch keine Verbindungen. Fügen Sie mit „Hinzufügen“ eine hinzu.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Connect and show the server&apos;s version (Ctrl+T)</source>
        <translation>Verbinden und die Version des Servers anzeigen (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Given on the command line, for this session only (not saved):</source>
        <translation>Auf der Befehlszeile angegeben, nur für diese Sitzung (nicht gespeichert):</translation>
    </message>
</context>
<context>
    <name>lotse::ConnectionsFile</name>
    <message>
        <source>&quot;%1&quot; does not belong in a connections file: secrets are kept in the OS keychain (Connections dialog), or name an environment variable that holds it with secret_env.</source>
        <translation>„%1“ gehört nicht in eine Verbindungsdatei: Geheimnisse werden im Schlüsselbund des Betriebssystems aufbewahrt (Dialog „Verbindungen“), oder nennen Sie mit secret_env eine Umgebungsvariable, die das Geheimnis enthält.</translation>
    </message>
    <message>
        <source>pinned_sha256 is the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation>pinned_sha256 ist der SHA-256-Fingerabdruck des Zertifikats: 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>headers maps each header&apos;s name to its value.</source>
        <translation>headers ordnet jedem Header-Namen seinen Wert zu.</translation>
    </message>
    <message>
        <source>auth is none, basic or bearer, not &quot;%1&quot;.</source>
        <translation>auth ist none, basic oder bearer, nicht „%1“.</translation>
    </message>
    <message>
        <source>A second connection is called &quot;%1&quot;: each name stands for one source.</source>
        <translation>Eine zweite Verbindung heißt „%1“: Jeder Name steht für genau eine Quelle.</translation>
    </message>
    <message>
        <source>A connections file holds a list under &quot;connections:&quot;.</source>
        <translation>Eine Verbindungsdatei enthält eine Liste unter „connections:“.</translation>
    </message>
    <message>
        <source>Each connection is a map with name, kind and url (or dsn).</source>
        <translation>Jede Verbindung ist ein Mapping mit name, kind und url (oder dsn).</translation>
    </message>
    <message>
        <source>kind is %1, not &quot;%2&quot;.</source>
        <translation>kind ist %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>A header&apos;s name and its value are single values, not lists or maps.</source>
        <translation>Name und Wert eines Headers sind einzelne Werte, keine Listen oder Mappings.</translation>
    </message>
    <message>
        <source>%1 carries a password, which does not belong in a connections file: keep it in the OS keychain (Connections dialog), or name an environment variable that holds it with secret_env.</source>
        <translation>%1 enthält ein Passwort, und das gehört nicht in eine Verbindungsdatei: Bewahren Sie es im Schlüsselbund des Systems auf (Dialog Verbindungen) oder nennen Sie mit secret_env eine Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>max_body_mb is a number of MiB from 1 to 65536.</source>
        <translation>max_body_mb ist eine Zahl von MiB zwischen 1 und 65536.</translation>
    </message>
    <message>
        <source>compress is true or false, not &quot;%1&quot;.</source>
        <translation>compress ist true oder false, nicht „%1“.</translation>
    </message>
    <message>
        <source>tls: off is for PostgreSQL connections only: an HTTP source is plain text with an http:// URL.</source>
        <translation>tls: off gibt es nur für PostgreSQL-Verbindungen: Eine HTTP-Quelle spricht Klartext mit einer http://-URL.</translation>
    </message>
    <message>
        <source>tls is off, or holds ca_file, client_cert, client_key and pinned_sha256.</source>
        <translation>tls ist off oder enthält ca_file, client_cert, client_key und pinned_sha256.</translation>
    </message>
</context>
<context>
    <name>lotse::DashboardController</name>
    <message>
        <source>There is no dashboard &quot;%1&quot;.</source>
        <translation>Es gibt kein Dashboard „%1“.</translation>
    </message>
    <message>
        <source>Give a built-in id (%1) or a dashboard file.</source>
        <translation>Geben Sie eine eingebaute ID (%1) oder eine Dashboard-Datei an.</translation>
    </message>
    <message>
        <source>The dashboard %1 has errors and cannot be shown.</source>
        <translation>Das Dashboard %1 enthält Fehler und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The --at option cannot be used.</source>
        <translation>Die Option --at kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Dashboards (*.yaml *.yml)</source>
        <translation>Dashboards (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>Momentaufnahme von %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 of %2 KPIs could not be read</source>
        <translation>%1 von %2 KPIs nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Der Screenshot kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The dashboard %1 cannot take these variables.</source>
        <translation>Das Dashboard %1 kann diese Variablen nicht aufnehmen.</translation>
    </message>
</context>
<context>
    <name>lotse::DashboardLoader</name>
    <message>
        <source>id &quot;%1&quot; may use only a-z, 0-9, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>die id „%1“ darf nur a-z, 0-9, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice</source>
        <translation>die id „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>range must look like now-1h (s, m, h, d, w), not &quot;%1&quot;</source>
        <translation>range muss die Form now-1h haben (s, m, h, d, w), nicht „%1“</translation>
    </message>
    <message>
        <source>refresh must be off or a duration such as 30s, not &quot;%1&quot;</source>
        <translation>refresh muss off oder eine Dauer wie 30s sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the dashboard has neither kpis nor charts</source>
        <translation>das Dashboard hat weder kpis noch charts</translation>
    </message>
    <message>
        <source>a KPI must be a mapping</source>
        <translation>ein KPI muss ein Mapping sein</translation>
    </message>
    <message>
        <source>a chart must be a mapping</source>
        <translation>ein Diagramm (chart) muss ein Mapping sein</translation>
    </message>
    <message>
        <source>a chart needs at least one query</source>
        <translation>ein Diagramm (chart) braucht mindestens eine Abfrage</translation>
    </message>
    <message>
        <source>compare must be off, 1d or 1w, not &quot;%1&quot;</source>
        <translation>compare muss off, 1d oder 1w sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a section must be a mapping</source>
        <translation>ein Abschnitt muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>collapsed must be true or false, not &quot;%1&quot;</source>
        <translation>collapsed muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a section needs at least one KPI or chart</source>
        <translation>ein Abschnitt braucht mindestens einen KPI oder ein Diagramm</translation>
    </message>
</context>
<context>
    <name>lotse::DashboardPage</name>
    <message>
        <source>No dashboard is open. Choose one in File ▸ Open Dashboard.</source>
        <translation>Kein Dashboard geöffnet. Wählen Sie eines unter Datei ▸ Dashboard öffnen.</translation>
    </message>
</context>
<context>
    <name>lotse::DashboardPdf</name>
    <message>
        <source>%1 by Lotse %2</source>
        <translation>%1 mit Lotse %2</translation>
    </message>
    <message>
        <source>from a snapshot saved %1</source>
        <translation>aus einer Momentaufnahme, gespeichert am %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>KPIs read at</source>
        <translation>KPIs gelesen am</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>%1 before the instant</source>
        <translation>%1 vor dem Zeitpunkt</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Collapsed on screen: its panels were not read.</source>
        <translation>Auf dem Bildschirm eingeklappt: seine Panels wurden nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>lotse::DashboardView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(default source)</source>
        <translation>(Standardquelle)</translation>
    </message>
</context>
<context>
    <name>lotse::DatabaseColumns</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Blocked clients</source>
        <translation>Blockierte Clients</translation>
    </message>
    <message>
        <source>Blocked PID</source>
        <translation>Blockierte PID</translation>
    </message>
    <message>
        <source>Blocked role</source>
        <translation>Blockierte Rolle</translation>
    </message>
    <message>
        <source>Blocked statement</source>
        <translation>Blockierte Anweisung</translation>
    </message>
    <message>
        <source>Blocking PID</source>
        <translation>Blockierende PID</translation>
    </message>
    <message>
        <source>Blocking role</source>
        <translation>Blockierende Rolle</translation>
    </message>
    <message>
        <source>Blocking state</source>
        <translation>Zustand (blockierend)</translation>
    </message>
    <message>
        <source>Blocking statement</source>
        <translation>Blockierende Anweisung</translation>
    </message>
    <message>
        <source>Size on disk (bytes)</source>
        <translation>Größe auf Datenträger (Bytes)</translation>
    </message>
    <message>
        <source>Cache hits (%)</source>
        <translation>Cache-Treffer (%)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Client-Name</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Verbundene Clients</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Dead share</source>
        <translation>Anteil tot</translation>
    </message>
    <message>
        <source>Dead tuples</source>
        <translation>Tote Tupel</translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation>Deadlocks</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Running (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Evicted keys</source>
        <translation>Verdrängte Schlüssel</translation>
    </message>
    <message>
        <source>Expired keys</source>
        <translation>Abgelaufene Schlüssel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>Leerlauf in Transaktion</translation>
    </message>
    <message>
        <source>Index scans</source>
        <translation>Index-Scans</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Operations/s</source>
        <translation>Operationen/s</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Keyspace hits</source>
        <translation>Keyspace-Treffer</translation>
    </message>
    <message>
        <source>Keyspace misses</source>
        <translation>Keyspace-Fehltreffer</translation>
    </message>
    <message>
        <source>Last analyze</source>
        <translation>Letztes ANALYZE</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Letztes VACUUM</translation>
    </message>
    <message>
        <source>Live tuples</source>
        <translation>Lebende Tupel</translation>
    </message>
    <message>
        <source>max_connections</source>
        <translation>max_connections</translation>
    </message>
    <message>
        <source>maxmemory (bytes)</source>
        <translation>maxmemory (Bytes)</translation>
    </message>
    <message>
        <source>Eviction policy</source>
        <translation>Verdrängungsrichtlinie</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>Mittel (ms)</translation>
    </message>
    <message>
        <source>Memory (bytes)</source>
        <translation>Speicher (Bytes)</translation>
    </message>
    <message>
        <source>Memory of maxmemory</source>
        <translation>Anteil an maxmemory</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Needs vacuum</source>
        <translation>VACUUM nötig</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>Abfrage-ID</translation>
    </message>
    <message>
        <source>Bytes read</source>
        <translation>Gelesene Bytes</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Result rows</source>
        <translation>Ergebniszeilen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation>Rollbacks</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Keys sampled</source>
        <translation>Geprüfte Schlüssel</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Sequential scans</source>
        <translation>Sequenzielle Scans</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Statistics reset</source>
        <translation>Statistik zurückgesetzt</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Table rows</source>
        <translation>Tabellenzeilen</translation>
    </message>
    <message>
        <source>Temporary bytes</source>
        <translation>Temporäre Bytes</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>Temporäre Dateien</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>Gesamt (ms)</translation>
    </message>
    <message>
        <source>Rows to read (approx.)</source>
        <translation>Zu lesende Zeilen (ca.)</translation>
    </message>
    <message>
        <source>Tuples fetched</source>
        <translation>Abgerufene Tupel</translation>
    </message>
    <message>
        <source>Tuples read</source>
        <translation>Gelesene Tupel</translation>
    </message>
    <message>
        <source>Uncompressed (bytes)</source>
        <translation>Unkomprimiert (Bytes)</translation>
    </message>
    <message>
        <source>Memory used (bytes)</source>
        <translation>Belegter Speicher (Bytes)</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Belegt (%)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation>Warteereignis</translation>
    </message>
    <message>
        <source>Wait type</source>
        <translation>Warteart</translation>
    </message>
    <message>
        <source>Waiting on locks</source>
        <translation>Wartet auf Sperren</translation>
    </message>
    <message>
        <source>Waiting (s)</source>
        <translation>Wartezeit (s)</translation>
    </message>
    <message>
        <source>With TTL</source>
        <translation>Mit TTL</translation>
    </message>
    <message>
        <source>Without TTL</source>
        <translation>Ohne TTL</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>lotse::DatabaseKpis</name>
    <message>
        <source>Mean query time (last hour)</source>
        <translation>Mittlere Abfragezeit (letzte Stunde)</translation>
    </message>
    <message>
        <source>Running queries</source>
        <translation>Laufende Abfragen</translation>
    </message>
    <message>
        <source>Active parts (busiest table)</source>
        <translation>Aktive Parts (meiste einer Tabelle)</translation>
    </message>
    <message>
        <source>Largest table</source>
        <translation>Größte Tabelle</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Connections used (of max_connections)</source>
        <translation>Verbindungen belegt (von max_connections)</translation>
    </message>
    <message>
        <source>Dead tuples (worst table)</source>
        <translation>Tote Tupel (schlechteste Tabelle)</translation>
    </message>
    <message>
        <source>Sessions waiting on locks</source>
        <translation>Sitzungen, die auf Sperren warten</translation>
    </message>
    <message>
        <source>Memory used (of maxmemory)</source>
        <translation>Speicher belegt (von maxmemory)</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Speicher belegt</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Verbundene Clients</translation>
    </message>
    <message>
        <source>No blocks read yet</source>
        <translation>Noch keine Blöcke gelesen</translation>
    </message>
    <message>
        <source>No key lookups yet</source>
        <translation>Noch keine Schlüsselzugriffe</translation>
    </message>
</context>
<context>
    <name>lotse::DatabaseListView</name>
    <message>
        <source>The refresh at %1 failed: %2 The rows below are from %3.</source>
        <translation>Die Aktualisierung um %1 ist fehlgeschlagen: %2 Die Zeilen unten stammen von %3.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 · every %2 s</source>
        <translation>Aktualisiert um %1 · alle %2 s</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Read this list now</source>
        <translation>Diese Liste jetzt lesen</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>Keys matching this pattern are scanned (SCAN MATCH), e.g. session:*</source>
        <translation>Schlüssel, die auf dieses Muster passen, werden durchsucht (SCAN MATCH), z. B. session:*</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All Rows as CSV</source>
        <translation>&amp;Alle Zeilen als CSV kopieren</translation>
    </message>
    <message>
        <source>Show &amp;Plan Advice…</source>
        <translation>&amp;Planhinweise anzeigen…</translation>
    </message>
    <message>
        <source>No session is waiting for another session&apos;s lock.</source>
        <translation>Keine Sitzung wartet auf die Sperre einer anderen Sitzung.</translation>
    </message>
    <message>
        <source>No statement has been running for longer than a second.</source>
        <translation>Keine Anweisung läuft länger als eine Sekunde.</translation>
    </message>
    <message>
        <source>No query is running.</source>
        <translation>Es läuft keine Abfrage.</translation>
    </message>
    <message>
        <source>The slow log is empty: no command took longer than the server&apos;s slowlog-log-slower-than.</source>
        <translation>Das Slow-Log ist leer: Kein Befehl dauerte länger als slowlog-log-slower-than des Servers.</translation>
    </message>
    <message>
        <source>No column looks like it is missing an index.</source>
        <translation>Keine Spalte scheint einen Index zu vermissen.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Die Liste ist leer.</translation>
    </message>
</context>
<context>
    <name>lotse::DatabasePlanDialog</name>
    <message>
        <source>Put values in place of the parameters first.</source>
        <translation>Setzen Sie zuerst Werte für die Parameter ein.</translation>
    </message>
    <message>
        <source>Runs the statement on the server to measure each node.</source>
        <translation>Führt die Anweisung auf dem Server aus, um jeden Knoten zu messen.</translation>
    </message>
    <message>
        <source>Run the statement?</source>
        <translation>Anweisung ausführen?</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement on %1 to measure it: it takes as long as the statement takes and reads everything the statement reads.</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung auf %1 aus, um sie zu messen: Das dauert so lange wie die Anweisung selbst und liest alles, was die Anweisung liest.</translation>
    </message>
    <message>
        <source>Lotse runs it in a read-only transaction under the statement timeout. Run it on a production server only when that load is acceptable.</source>
        <translation>Lotse führt sie in einer schreibgeschützten Transaktion unter dem Statement-Timeout aus. Führen Sie sie auf einem Produktionsserver nur aus, wenn diese Last vertretbar ist.</translation>
    </message>
    <message>
        <source>Run EXPLAIN ANALYZE</source>
        <translation>EXPLAIN ANALYZE ausführen</translation>
    </message>
    <message>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation>EXPLAIN ANALYZE läuft…</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>Der Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Analyzed at %1: planned in %2 ms, ran in %3 ms.</source>
        <translation>Analysiert um %1: geplant in %2 ms, ausgeführt in %3 ms.</translation>
    </message>
    <message>
        <source>Planned at %1; nothing was run.</source>
        <translation>Geplant um %1; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Nothing to advise: no sequential scan, costly nested loop, large sort or hash join without an index in this plan.</source>
        <translation>Keine Hinweise: Dieser Plan enthält keinen sequenziellen Scan, keinen teuren Nested Loop, keine große Sortierung und keinen Hash Join ohne Index.</translation>
    </message>
    <message>
        <source>Plan Advice — %1</source>
        <translation>Planhinweise — %1</translation>
    </message>
    <message>
        <source>A statement to plan</source>
        <translation>Eine zu planende Anweisung</translation>
    </message>
    <message>
        <source>pg_stat_statements recorded this statement with its constants replaced by $1, $2, …. Put values in their place, then choose Explain.</source>
        <translation>pg_stat_statements hat diese Anweisung mit $1, $2, … anstelle ihrer Konstanten erfasst. Setzen Sie dort Werte ein und wählen Sie dann „Planen“.</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Plans the statement without running it</source>
        <translation>Plant die Anweisung, ohne sie auszuführen</translation>
    </message>
    <message>
        <source>Explain &amp;ANALYZE…</source>
        <translation>EXPLAIN &amp;ANALYZE…</translation>
    </message>
</context>
<context>
    <name>lotse::DatabasePlanTree</name>
    <message>
        <source>Sequential scan</source>
        <translation>Sequenzieller Scan</translation>
    </message>
    <message>
        <source>Costly nested loop</source>
        <translation>Teurer Nested Loop</translation>
    </message>
    <message>
        <source>Large sort</source>
        <translation>Große Sortierung</translation>
    </message>
    <message>
        <source>Hash join without index</source>
        <translation>Hash Join ohne Index</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 using %2</source>
        <translation>%1 using %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Plan node</source>
        <translation>Planknoten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>lotse::DatabaseRecordView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>lotse::DatabaseReplies</name>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded or unreachable.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Der Server ist eventuell überlastet oder nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>lotse::DatabaseSourceView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · read only</source>
        <translation>%1 · %2 · nur lesend</translation>
    </message>
</context>
<context>
    <name>lotse::DatabaseViews</name>
    <message>
        <source>Top statements</source>
        <translation>Top-Anweisungen</translation>
    </message>
    <message>
        <source>Long-running statements</source>
        <translation>Lang laufende Anweisungen</translation>
    </message>
    <message>
        <source>Blocking chains</source>
        <translation>Blockierungsketten</translation>
    </message>
    <message>
        <source>Tables and vacuum</source>
        <translation>Tabellen und Vacuum</translation>
    </message>
    <message>
        <source>Index usage</source>
        <translation>Indexnutzung</translation>
    </message>
    <message>
        <source>Missing-index candidates</source>
        <translation>Kandidaten für fehlende Indizes</translation>
    </message>
    <message>
        <source>Database statistics</source>
        <translation>Datenbankstatistik</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Serverinformationen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Slow log</source>
        <translation>Slow Log</translation>
    </message>
    <message>
        <source>Keys without TTL</source>
        <translation>Schlüssel ohne TTL</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <source>Running queries</source>
        <translation>Laufende Abfragen</translation>
    </message>
    <message>
        <source>Table sizes</source>
        <translation>Tabellengrößen</translation>
    </message>
    <message>
        <source>A %1 source has no list &quot;@%2&quot;; it has %3.</source>
        <translation>Eine %1-Quelle hat keine Liste „@%2“; verfügbar sind %3.</translation>
    </message>
</context>
<context>
    <name>lotse::DatabasesView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No database is connected&lt;/h3&gt;&lt;p&gt;Add the databases behind your services in &lt;b&gt;Settings ▸ Connections&lt;/b&gt; to watch their statements, locks, tables, memory and slow queries here, live and read-only, or start Lotse with them:&lt;/p&gt;&lt;p&gt;&lt;code&gt;lotse --postgres postgresql://lotse@db:5432/shop&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;--redis redis://lotse@cache:6379/0&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;--clickhouse http://olap:8123/?user=lotse&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Passwords come from LOTSE_POSTGRES_PASSWORD, LOTSE_REDIS_PASSWORD and LOTSE_CLICKHOUSE_PASSWORD. The README lists the privileges each database needs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Datenbank verbunden&lt;/h3&gt;&lt;p&gt;Fügen Sie die Datenbanken hinter Ihren Diensten unter &lt;b&gt;Einstellungen ▸ Verbindungen&lt;/b&gt; hinzu, um hier deren Anweisungen, Sperren, Tabellen, Speicher und langsame Abfragen zu beobachten, live und nur lesend, oder starten Sie Lotse mit ihnen:&lt;/p&gt;&lt;p&gt;&lt;code&gt;lotse --postgres postgresql://lotse@db:5432/shop&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;--redis redis://lotse@cache:6379/0&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;--clickhouse http://olap:8123/?user=lotse&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Passwörter kommen aus LOTSE_POSTGRES_PASSWORD, LOTSE_REDIS_PASSWORD und LOTSE_CLICKHOUSE_PASSWORD. Die README nennt die Rechte, die jede Datenbank braucht.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnoseCommand</name>
    <message>
        <source>--orientation is portrait or landscape.</source>
        <translation>--orientation ist portrait oder landscape.</translation>
    </message>
    <message>
        <source>--page is a4 or letter.</source>
        <translation>--page ist a4 oder letter.</translation>
    </message>
    <message>
        <source>Walks a runbook against live sources and reports the findings.</source>
        <translation>Durchläuft ein Runbook mit Live-Quellen und meldet die Befunde.</translation>
    </message>
    <message>
        <source>Built-in runbook id or a runbook file.</source>
        <translation>ID eines eingebauten Runbooks oder eine Runbook-Datei.</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <source>Write JSON to FILE, or - for standard output.</source>
        <translation>JSON in DATEI schreiben, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the diagnosis as a PDF report to FILE.</source>
        <translation>Die Diagnose als PDF-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Paper of the PDF: a4 or letter (default a4).</source>
        <translation>Papierformat des PDF: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Orientation of the PDF: portrait or landscape (default portrait).</source>
        <translation>Ausrichtung des PDF: portrait oder landscape (Standard: portrait).</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>AUSRICHTUNG</translation>
    </message>
    <message>
        <source>Notes to put in the PDF report.</source>
        <translation>Notizen für den PDF-Bericht.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Could not read check &quot;%1&quot;: %2</source>
        <translation>Prüfung „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisController</name>
    <message>
        <source>Loading the runbooks…</source>
        <translation>Runbooks werden geladen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (nicht verwendbar)</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Choose a runbook. Its checks are read at %1 from %2.</source>
        <translation>Wählen Sie ein Runbook. Seine Prüfungen werden zum Zeitpunkt %1 aus %2 gelesen.</translation>
    </message>
    <message>
        <source>No runbooks are installed.</source>
        <translation>Es sind keine Runbooks installiert.</translation>
    </message>
    <message>
        <source>Start Diagnosis</source>
        <translation>Diagnose starten</translation>
    </message>
    <message>
        <source>The runbook &quot;%1&quot; cannot be used.</source>
        <translation>Das Runbook „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The diagnosis could not be saved.</source>
        <translation>Die Diagnose konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Diagnosis saved; Diagnose ▸ Recent Diagnoses shows it again.</source>
        <translation>Diagnose gespeichert; unter Diagnose ▸ Letzte Diagnosen finden Sie sie wieder.</translation>
    </message>
    <message>
        <source>The saved diagnoses cannot be listed.</source>
        <translation>Die gespeicherten Diagnosen können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>Runbook %1, version %2; saved %3.</source>
        <translation>Runbook %1, Version %2; gespeichert am %3.</translation>
    </message>
    <message>
        <source>Recent Diagnoses</source>
        <translation>Letzte Diagnosen</translation>
    </message>
    <message>
        <source>Saved diagnoses open read-only, as they were finished.</source>
        <translation>Gespeicherte Diagnosen werden schreibgeschützt geöffnet, so wie sie abgeschlossen wurden.</translation>
    </message>
    <message>
        <source>No diagnosis has been saved yet.</source>
        <translation>Es wurde noch keine Diagnose gespeichert.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The saved diagnosis cannot be opened.</source>
        <translation>Die gespeicherte Diagnose kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisFiles</name>
    <message>
        <source>There is no runbook &quot;%1&quot;.</source>
        <translation>Es gibt kein Runbook „%1“.</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisPdf</name>
    <message>
        <source>healthy: no runbook rule holds</source>
        <translation>gesund: keine Regel des Runbooks trifft zu</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>error: the diagnosis could not be completed, so it cannot say the system is healthy</source>
        <translation>Fehler: Die Diagnose konnte nicht abgeschlossen werden und kann das System daher nicht als gesund bewerten</translation>
    </message>
    <message>
        <source>incomplete: the diagnosis was not walked to its end</source>
        <translation>unvollständig: Die Diagnose wurde nicht bis zum Ende durchlaufen</translation>
    </message>
    <message>
        <source>%1 by Lotse %2</source>
        <translation>%1 mit Lotse %2</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No runbook rule holds at this instant: nothing to report.</source>
        <translation>Zu diesem Zeitpunkt trifft keine Regel des Runbooks zu: Es gibt nichts zu melden.</translation>
    </message>
    <message>
        <source>No finding, but the diagnosis is not complete: see what could not be read.</source>
        <translation>Kein Befund, aber die Diagnose ist unvollständig: Siehe, was nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>reached through a branch chosen by hand</source>
        <translation>erreicht über einen manuell gewählten Zweig</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Remedies (shown to copy; Lotse runs none)</source>
        <translation>Maßnahmen (zum Kopieren; Lotse führt keine aus)</translation>
    </message>
    <message>
        <source>Verify the fix with: %1</source>
        <translation>Behebung prüfen mit: %1</translation>
    </message>
    <message>
        <source>Finding: %1 (%2)</source>
        <translation>Befund: %1 (%2)</translation>
    </message>
    <message>
        <source>The checks could not decide which way to go.</source>
        <translation>Die Prüfungen konnten nicht entscheiden, wie es weitergeht.</translation>
    </message>
    <message>
        <source>No branch holds: nothing to follow from here.</source>
        <translation>Kein Zweig trifft zu: Von hier aus geht es nicht weiter.</translation>
    </message>
    <message>
        <source>no other branch holds</source>
        <translation>kein anderer Zweig trifft zu</translation>
    </message>
    <message>
        <source>Chosen by hand, overruling the checks: %1</source>
        <translation>Manuell gewählt, Prüfungen übersteuert: %1</translation>
    </message>
    <message>
        <source>Path walked</source>
        <translation>Durchlaufener Pfad</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Es wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisRecord</name>
    <message>
        <source>The saved diagnosis is damaged: &quot;%1&quot; is missing or of the wrong type.</source>
        <translation>Die gespeicherte Diagnose ist beschädigt: „%1“ fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The saved diagnosis passes through &quot;%1&quot;, a node its runbook does not have.</source>
        <translation>Die gespeicherte Diagnose führt über „%1“, einen Knoten, den ihr Runbook nicht hat.</translation>
    </message>
    <message>
        <source>The saved diagnosis read &quot;%1&quot;, a check its runbook does not have.</source>
        <translation>Die gespeicherte Diagnose hat „%1“ gelesen, eine Prüfung, die ihr Runbook nicht hat.</translation>
    </message>
    <message>
        <source>The saved diagnosis is damaged: step %1 does not fit its runbook.</source>
        <translation>Die gespeicherte Diagnose ist beschädigt: Schritt %1 passt nicht zu ihrem Runbook.</translation>
    </message>
    <message>
        <source>The runbook saved with the diagnosis cannot be read: %1</source>
        <translation>Das mit der Diagnose gespeicherte Runbook kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no runbook &quot;%1&quot;.</source>
        <translation>Es gibt kein Runbook „%1“.</translation>
    </message>
    <message>
        <source>The saved diagnosis ticks &quot;%1&quot;, which its runbook does not have as an item to tick.</source>
        <translation>Die gespeicherte Diagnose hakt „%1“ ab, das ihr Runbook nicht als abzuhakenden Eintrag hat.</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisReport</name>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation>%1 (%2, Schwellenwert %3)</translation>
    </message>
    <message>
        <source>The checks could not decide which way to go.</source>
        <translation>Die Prüfungen konnten nicht entscheiden, wie es weitergeht.</translation>
    </message>
    <message>
        <source>No branch holds: nothing to follow from here.</source>
        <translation>Kein Zweig trifft zu: Von hier aus geht es nicht weiter.</translation>
    </message>
    <message>
        <source>no other branch holds</source>
        <translation>kein anderer Zweig trifft zu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by hand: %1</source>
        <translation>Manuell gewählt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <source>%1 (runbook %2, version %3) at %4</source>
        <translation>%1 (Runbook %2, Version %3) am %4</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source> (chosen by hand)</source>
        <translation> (manuell gewählt)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Verdict: healthy: no runbook rule holds.</source>
        <translation>Ergebnis: gesund: Keine Regel des Runbooks trifft zu.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: %n finding(s).</source>
        <translation>
            <numerusform>Ergebnis: %n Befund.</numerusform>
            <numerusform>Ergebnis: %n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: error: the diagnosis could not be completed, so it cannot say the system is healthy.</source>
        <translation>Ergebnis: Fehler: Die Diagnose konnte nicht abgeschlossen werden und kann das System daher nicht als gesund bewerten.</translation>
    </message>
    <message>
        <source>Verdict: incomplete.</source>
        <translation>Ergebnis: unvollständig.</translation>
    </message>
    <message>
        <source>not read: its source is not configured</source>
        <translation>nicht gelesen: Die Quelle ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>n/a: %1</source>
        <translation>n. a.: %1</translation>
    </message>
    <message>
        <source>not there: the source has no such series</source>
        <translation>nicht vorhanden: Die Quelle hat keine solche Zeitreihe</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisSession</name>
    <message>
        <source>The runbook has no check &quot;%1&quot;.</source>
        <translation>Das Runbook hat keine Prüfung „%1“.</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisStore</name>
    <message>
        <source>Cannot open the diagnosis store %1: %2</source>
        <translation>Der Diagnosespeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the diagnosis store %1: %2</source>
        <translation>Der Diagnosespeicher %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the diagnosis: %1</source>
        <translation>Die Diagnose kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the diagnosis: %1</source>
        <translation>Die Diagnose kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No saved diagnosis &quot;%1&quot;.</source>
        <translation>Keine gespeicherte Diagnose „%1“.</translation>
    </message>
    <message>
        <source>The saved diagnosis &quot;%1&quot; is damaged: %2</source>
        <translation>Die gespeicherte Diagnose „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot list the diagnoses: %1</source>
        <translation>Die Diagnosen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot delete the diagnosis: %1</source>
        <translation>Die Diagnose kann nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisWizard</name>
    <message>
        <source>Diagnosis review: %1 at %2</source>
        <translation>Diagnose ansehen: %1 am %2</translation>
    </message>
    <message>
        <source>Diagnosis: %1 at %2</source>
        <translation>Diagnose: %1 am %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save and Close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>lotse::EvidenceTable</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Skipped: its source is not configured, and the runbook reads it only when it is.</source>
        <translation>Übersprungen: Die Quelle dieser Prüfung ist nicht konfiguriert; das Runbook liest die Prüfung nur, wenn ihre Quelle konfiguriert ist.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Skipped: the source has no such series, and the runbook reads it only where it is.</source>
        <translation>Übersprungen: Die Quelle hat keine solche Zeitreihe, und das Runbook liest sie nur, wo es sie gibt.</translation>
    </message>
</context>
<context>
    <name>lotse::ExportController</name>
    <message>
        <source>Asking the servers for their versions…</source>
        <translation>Die Server werden nach ihren Versionen gefragt…</translation>
    </message>
    <message>
        <source>Reading the panels off screen for the report…</source>
        <translation>Die Panels außerhalb des Bildschirms werden für den Bericht gelesen…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>PDF written to %1.</source>
        <translation>PDF nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export canceled; no file was changed.</source>
        <translation>Export abgebrochen; keine Datei wurde geändert.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>lotse::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Sprache des Berichts:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>lotse::FindingsPage</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>No rule of the runbook holds: the system is healthy by this runbook.</source>
        <translation>Keine Regel des Runbooks trifft zu: Laut diesem Runbook ist das System gesund.</translation>
    </message>
    <message numerus="yes">
        <source>The diagnosis found %n problem(s).</source>
        <translation>
            <numerusform>Die Diagnose hat %n Problem gefunden.</numerusform>
            <numerusform>Die Diagnose hat %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis could not be completed: checks could not be read or a step stayed undecided, so it cannot say the system is healthy.</source>
        <translation>Die Diagnose konnte nicht abgeschlossen werden: Prüfungen waren nicht lesbar oder ein Schritt blieb unentschieden, daher kann sie das System nicht als gesund bewerten.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) were made on the way.</source>
        <translation>
            <numerusform>Unterwegs wurde %n Befund erhoben.</numerusform>
            <numerusform>Unterwegs wurden %n Befunde erhoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The walk is not finished yet.</source>
        <translation>Der Durchlauf ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>Manuell gewählt</translation>
    </message>
    <message>
        <source>Reached through a branch the engineer chose, not the checks</source>
        <translation>Erreicht über einen manuell gewählten Zweig, nicht über die Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Es wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>What you saw, what you changed, whom you told…</source>
        <translation>Was Sie beobachtet, was Sie geändert, wen Sie informiert haben…</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the diagnosis as text to the clipboard</source>
        <translation>Die Diagnose als Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write the diagnosis with its evidence, charts, findings and notes as a PDF</source>
        <translation>Die Diagnose mit Belegen, Diagrammen, Befunden und Notizen als PDF schreiben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Its source is not configured, and the runbook reads it only when it is.</source>
        <translation>Ihre Quelle ist nicht konfiguriert; das Runbook liest sie nur, wenn sie es ist.</translation>
    </message>
</context>
<context>
    <name>lotse::HeadlessCommand</name>
    <message>
        <source>No %1 &quot;%2&quot;. Give a built-in id (%3) or a file.</source>
        <translation>Unbekannt: %1 „%2“. Geben Sie eine eingebaute ID (%3) oder eine Datei an.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>A variable&apos;s value. Repeat it, or separate values with commas, for several; $__all stands for all values.</source>
        <translation>Der Wert einer Variablen. Für mehrere wiederholen oder durch Kommas trennen; $__all steht für alle Werte.</translation>
    </message>
</context>
<context>
    <name>lotse::HttpFailure</name>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded or the query too heavy; raise the timeout or narrow the query.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Der Server ist eventuell überlastet oder die Abfrage zu aufwendig; erhöhen Sie die Zeitüberschreitung oder schränken Sie die Abfrage ein.</translation>
    </message>
    <message>
        <source>Connection refused by %1: no server is listening there. Check that it runs and that the address and port are right.</source>
        <translation>Verbindung abgelehnt von %1: Dort lauscht kein Server. Prüfen Sie, ob er läuft und ob Adresse und Port stimmen.</translation>
    </message>
    <message>
        <source>The host of %1 was not found. Check the address.</source>
        <translation>Der Host von %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials. Check the user name and password or token.</source>
        <translation>%1 hat die Anmeldedaten abgelehnt. Prüfen Sie Benutzername und Passwort bzw. Token.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed: %2</source>
        <translation>Der Proxy vor %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request to %1 was canceled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered. The server may have crashed or restarted.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Der Server ist eventuell abgestürzt oder wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Kommunikation mit %1: %2</translation>
    </message>
    <message>
        <source>The server rejected the query as malformed (HTTP 400): %1</source>
        <translation>Der Server hat die Abfrage als fehlerhaft abgelehnt (HTTP 400): %1</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1): %2. Check the credentials.</source>
        <translation>Der Server hat den Zugriff verweigert (HTTP %1): %2. Prüfen Sie die Anmeldedaten.</translation>
    </message>
    <message>
        <source>The server could not execute the query (HTTP 422): %1</source>
        <translation>Der Server konnte die Abfrage nicht ausführen (HTTP 422): %1</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP 503): %1. It may be starting or overloaded; try again shortly.</source>
        <translation>Der Server ist nicht verfügbar (HTTP 503): %1. Er startet eventuell gerade oder ist überlastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the server failed (HTTP %1): %2</source>
        <translation>Ein Proxy oder Gateway vor dem Server ist fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP 401): %1. Check the user name and password or token.</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt (HTTP 401): %1. Prüfen Sie Benutzername und Passwort bzw. Token.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB, the cap on an answer&apos;s size. Narrow the query, or raise the cap with max_body_mb in the connection.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB, die Grenze für die Größe einer Antwort. Schränken Sie die Abfrage ein oder erhöhen Sie die Grenze mit max_body_mb in der Verbindung.</translation>
    </message>
    <message>
        <source>The compressed answer from %1 unpacks to more than %2 MiB, the cap on an answer&apos;s decompressed size. Narrow the query, or raise the cap with max_body_mb in the connection.</source>
        <translation>Die komprimierte Antwort von %1 entpackt sich zu mehr als %2 MiB, der Grenze für die entpackte Größe einer Antwort. Schränken Sie die Abfrage ein oder erhöhen Sie die Grenze mit max_body_mb in der Verbindung.</translation>
    </message>
    <message>
        <source>%1 sent its answer packed though Lotse asked for it plain, so it was refused unread. If a proxy on the way packs every answer, set compress: true in the connection.</source>
        <translation>%1 hat seine Antwort gepackt geschickt, obwohl Lotse sie ungepackt erbeten hat; sie wurde ungelesen abgelehnt. Packt ein Proxy auf dem Weg jede Antwort, setzen Sie compress: true in der Verbindung.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another origin. Lotse does not follow it, so the credentials stay with %1; if the server has moved, point the connection at %2.</source>
        <translation>%1 hat die Anfrage zu %2 umgeleitet, einem anderen Ursprung. Lotse folgt dem nicht, damit die Anmeldedaten bei %1 bleiben; ist der Server umgezogen, richten Sie die Verbindung auf %2.</translation>
    </message>
    <message>
        <source>%1 began to answer but sent only %2 bytes within %3 s: the answer came too slowly and was cut off. Raise the timeout if the server is only slow.</source>
        <translation>%1 hat zu antworten begonnen, aber innerhalb von %3 s nur %2 Bytes gesendet: Die Antwort kam zu langsam und wurde abgebrochen. Erhöhen Sie die Zeitüberschreitung, wenn der Server nur langsam ist.</translation>
    </message>
    <message>
        <source>%1 broke off its answer after %2 of %3 bytes.</source>
        <translation>%1 hat die Antwort nach %2 von %3 Bytes abgebrochen.</translation>
    </message>
    <message>
        <source>%1 broke off its answer after %2 bytes.</source>
        <translation>%1 hat die Antwort nach %2 Bytes abgebrochen.</translation>
    </message>
    <message>
        <source>The server or a proxy may have crashed or cut the connection; the partial answer was discarded.</source>
        <translation>Der Server oder ein Proxy ist eventuell abgestürzt oder hat die Verbindung getrennt; die unvollständige Antwort wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>lotse::KpiCard</name>
    <message>
        <source>No new data since %1</source>
        <translation>Keine neuen Daten seit %1</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>Klicken für Details</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>last read %1</source>
        <translation>zuletzt gelesen %1</translation>
    </message>
    <message>
        <source>The latest read failed: this is the last value read, from then</source>
        <translation>Das letzte Lesen ist fehlgeschlagen: Dies ist der zuletzt gelesene Wert, von damals</translation>
    </message>
    <message>
        <source>The value has not been refreshed for two refresh intervals</source>
        <translation>Seit zwei Aktualisierungsintervallen kein neuer Wert</translation>
    </message>
</context>
<context>
    <name>lotse::KpiCardPainter</name>
    <message>
        <source>no thresholds</source>
        <translation>keine Schwellenwerte</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, veraltet</translation>
    </message>
</context>
<context>
    <name>lotse::KpiDetailsDialog</name>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Diagnose…</source>
        <translation>Diagnose…</translation>
    </message>
    <message>
        <source>Start the guided diagnosis at this KPI&apos;s runbook</source>
        <translation>Die geführte Diagnose mit dem Runbook dieses KPI starten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>warning above %1</source>
        <translation>Warnung über %1</translation>
    </message>
    <message>
        <source>warning below %1</source>
        <translation>Warnung unter %1</translation>
    </message>
    <message>
        <source>critical above %1</source>
        <translation>kritisch über %1</translation>
    </message>
    <message>
        <source>critical below %1</source>
        <translation>kritisch unter %1</translation>
    </message>
    <message>
        <source>warning from %1</source>
        <translation>Warnung ab %1</translation>
    </message>
    <message>
        <source>warning at %1 or below</source>
        <translation>Warnung bei %1 oder darunter</translation>
    </message>
    <message>
        <source>critical from %1</source>
        <translation>kritisch ab %1</translation>
    </message>
    <message>
        <source>critical at %1 or below</source>
        <translation>kritisch bei %1 oder darunter</translation>
    </message>
    <message>
        <source>none: the value is shown without judging it</source>
        <translation>keine: der Wert wird ohne Bewertung gezeigt</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>%1, starting at “%2”</source>
        <translation>%1, beginnend bei „%2“</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Ohne Bewertung</translation>
    </message>
    <message>
        <source>At the cursor</source>
        <translation>Am Zeitcursor</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>No value at %1</source>
        <translation>Kein Wert um %1</translation>
    </message>
</context>
<context>
    <name>lotse::KpiReducer</name>
    <message>
        <source>The query returned text, not a number.</source>
        <translation>Die Abfrage lieferte Text, keine Zahl.</translation>
    </message>
    <message>
        <source>The query returned no data at this time. Check the metric names and labels, and that the source has samples for the range.</source>
        <translation>Die Abfrage lieferte zu diesem Zeitpunkt keine Daten. Prüfen Sie Metriknamen und Labels und ob die Quelle Messwerte für den Zeitraum hat.</translation>
    </message>
</context>
<context>
    <name>lotse::MainWindow</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>About Lotse</source>
        <translation>Über Lotse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse %1&lt;/h3&gt;&lt;p&gt;A cockpit for performance troubleshooting: live KPIs and charts from Prometheus, guided diagnosis along runbooks, reports as PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse %1&lt;/h3&gt;&lt;p&gt;Ein Cockpit für die Fehlersuche bei Performance-Problemen: Live-KPIs und Diagramme aus Prometheus, geführte Diagnose entlang von Runbooks, Berichte als PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Live lists and KPIs of the PostgreSQL, Redis and ClickHouse sources</source>
        <translation>Live-Listen und KPIs der PostgreSQL-, Redis- und ClickHouse-Quellen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>%1 — snapshot of %2</source>
        <translation>%1 — Momentaufnahme vom %2</translation>
    </message>
    <message>
        <source>The --var option cannot be used.</source>
        <translation>Die Option --var kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>lotse::Notifier</name>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
</context>
<context>
    <name>lotse::PlanAdvisor</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Sequential scan of %1 (%2 rows): every row is read. If the query selects few of them, an index on the filtered columns avoids that.</source>
        <translation>Sequenzieller Scan von %1 (%2 Zeilen): Jede Zeile wird gelesen. Wählt die Abfrage nur wenige davon aus, vermeidet ein Index auf den gefilterten Spalten das.</translation>
    </message>
    <message>
        <source>Nested loop costing %1: the inner side runs once per outer row. An index on the inner join column, or a join condition the planner can hash or merge, is cheaper.</source>
        <translation>Nested Loop mit Kosten %1: Die innere Seite läuft einmal pro äußerer Zeile. Ein Index auf der inneren Join-Spalte oder eine Join-Bedingung, die der Planer als Hash- oder Merge-Join ausführen kann, ist günstiger.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>Sort of %1 using %2: an index in the sort order avoids the sort, a LIMIT or fewer columns shrink it; on disk it needs a larger work_mem.</source>
        <translation>Sortierung von %1 mit %2: Ein Index in Sortierreihenfolge vermeidet die Sortierung, ein LIMIT oder weniger Spalten verkleinern sie; läuft sie auf der Festplatte, braucht sie mehr work_mem.</translation>
    </message>
    <message>
        <source>Hash join on %1 without an index on that column: the whole table is read and hashed for every run. An index on it lets the planner look rows up instead.</source>
        <translation>Hash Join über %1 ohne Index auf dieser Spalte: Die ganze Tabelle wird bei jedem Lauf gelesen und gehasht. Mit einem Index darauf kann der Planer die Zeilen stattdessen gezielt nachschlagen.</translation>
    </message>
</context>
<context>
    <name>lotse::PostgresFailure</name>
    <message>
        <source>Connection refused by %1: no PostgreSQL server is listening there. Check that it runs and that the host and port are right.</source>
        <translation>Verbindung abgelehnt von %1: Dort lauscht kein PostgreSQL-Server. Prüfen Sie, ob er läuft und ob Host und Port stimmen.</translation>
    </message>
    <message>
        <source>The host of %1 was not found. Check the address.</source>
        <translation>Der Host von %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 has no such database: %2. Check the database name.</source>
        <translation>%1 hat keine solche Datenbank: %2. Prüfen Sie den Datenbanknamen.</translation>
    </message>
    <message>
        <source>%1 refused the login: %2. Check the user name and password (LOTSE_POSTGRES_PASSWORD).</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2. Prüfen Sie Benutzername und Passwort (LOTSE_POSTGRES_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 did not accept the connection within %2 s.</source>
        <translation>%1 hat die Verbindung nicht innerhalb von %2 s angenommen.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot take the connection now: %2</source>
        <translation>%1 kann die Verbindung derzeit nicht annehmen: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is missing: install the Debian package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) fehlt: Installieren Sie das Debian-Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Lost the connection to %1 during the query: %2. The server may have crashed, restarted or ended the session.</source>
        <translation>Verbindung zu %1 während der Abfrage verloren: %2. Der Server ist eventuell abgestürzt, wurde neu gestartet oder hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The statement was cut off after %1 s (statement timeout): %2. Raise the timeout or narrow the query.</source>
        <translation>Die Anweisung wurde nach %1 s abgebrochen (statement_timeout): %2. Erhöhen Sie die Zeitüberschreitung oder schränken Sie die Abfrage ein.</translation>
    </message>
    <message>
        <source>The statement was refused: it tried to change data inside Lotse&apos;s read-only transaction, and the server stopped it (%1). Lotse only reads.</source>
        <translation>Die Anweisung wurde abgelehnt: Der Server hat einen Versuch verhindert, in der schreibgeschützten Transaktion von Lotse Daten zu ändern (%1). Lotse liest nur.</translation>
    </message>
    <message>
        <source>%1 denied the read: %2. The role needs pg_read_all_stats (and SELECT on the tables it reads).</source>
        <translation>%1 hat den Lesezugriff verweigert: %2. Die Rolle braucht pg_read_all_stats (und SELECT auf den gelesenen Tabellen).</translation>
    </message>
    <message>
        <source>The server rejected the statement as malformed: %1</source>
        <translation>Der Server hat die Anweisung als fehlerhaft abgelehnt: %1</translation>
    </message>
    <message>
        <source>The statement failed on %1: %2</source>
        <translation>Die Anweisung ist auf %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>lotse::PostgresKind</name>
    <message>
        <source>%1: PostgreSQL connections cannot pin a certificate; give the CA file that signed the server&apos;s certificate instead.</source>
        <translation>%1: PostgreSQL-Verbindungen können kein Zertifikat pinnen; geben Sie stattdessen die CA-Datei an, die das Zertifikat des Servers signiert hat.</translation>
    </message>
</context>
<context>
    <name>lotse::PostgresSettings</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation>„%1“ ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>cannot read the URI: %1</source>
        <translation>die URI kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &apos;=&apos; and value</source>
        <translation>„%1“ hat kein &apos;=&apos; und keinen Wert</translation>
    </message>
    <message>
        <source>the value of %1 lacks its closing quote</source>
        <translation>dem Wert von %1 fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>the connection string is empty</source>
        <translation>die Verbindungszeichenfolge ist leer</translation>
    </message>
    <message>
        <source>the libpq parameter &quot;options&quot; is reserved: Lotse sets the session read-only with it</source>
        <translation>der libpq-Parameter „options“ ist reserviert: Lotse schaltet damit die Sitzung schreibgeschützt</translation>
    </message>
    <message>
        <source>sslmode=%1 checks less than verify-full: remove the key sslmode, since Lotse verifies the server&apos;s certificate by default, or set tls: off on a connection to a server without TLS</source>
        <translation>sslmode=%1 prüft weniger als verify-full: Entfernen Sie den Schlüssel sslmode, denn Lotse prüft das Zertifikat des Servers von sich aus, oder setzen Sie tls: off an einer Verbindung zu einem Server ohne TLS</translation>
    </message>
</context>
<context>
    <name>lotse::PostgresSource</name>
    <message>
        <source>The query was canceled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 is plain text (tls: off): the password and everything read cross the network unencrypted.</source>
        <translation>Die Verbindung zu %1 ist Klartext (tls: off): Das Passwort und alles Gelesene gehen unverschlüsselt über das Netz.</translation>
    </message>
</context>
<context>
    <name>lotse::PostgresViews</name>
    <message>
        <source>pg_stat_statements is not available in this database: add it to shared_preload_libraries, restart the server and run CREATE EXTENSION pg_stat_statements. (%1)</source>
        <translation>pg_stat_statements ist in dieser Datenbank nicht verfügbar: Tragen Sie es in shared_preload_libraries ein, starten Sie den Server neu und führen Sie CREATE EXTENSION pg_stat_statements aus. (%1)</translation>
    </message>
</context>
<context>
    <name>lotse::PostgresWorker</name>
    <message>
        <source>Only the first %1 rows are shown.</source>
        <translation>Nur die ersten %1 Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>The result from %1 is larger than %2 MiB, the cap on a result&apos;s size. Select fewer or narrower columns, or aggregate on the server.</source>
        <translation>Das Ergebnis von %1 ist größer als %2 MiB, die Grenze für die Größe eines Ergebnisses. Wählen Sie weniger oder schmalere Spalten oder aggregieren Sie auf dem Server.</translation>
    </message>
</context>
<context>
    <name>lotse::PrometheusKind</name>
    <message>
        <source>%1: the address needs to be an http:// or https:// URL, not &quot;%2&quot;.</source>
        <translation>%1: Die Adresse muss eine http://- oder https://-URL sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>lotse::PrometheusResponseParser</name>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>Der Server hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid Prometheus JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein gültiges Prometheus-JSON (%1).</translation>
    </message>
    <message>
        <source>The query failed (%1): %2</source>
        <translation>Die Abfrage ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;status&quot; of &quot;success&quot; or &quot;error&quot;.</source>
        <translation>Die Antwort des Servers hat keinen „status“ „success“ oder „error“.</translation>
    </message>
</context>
<context>
    <name>lotse::PrometheusSource</name>
    <message>
        <source>The server&apos;s build information has no version.</source>
        <translation>Die Build-Informationen des Servers enthalten keine Version.</translation>
    </message>
</context>
<context>
    <name>lotse::PromqlSyntax</name>
    <message>
        <source>the query is empty</source>
        <translation>die Abfrage ist leer</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>the string opened here is never closed</source>
        <translation>die hier geöffnete Zeichenkette wird nie geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never closed</source>
        <translation>„%1“ wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>lotse::QueryCommand</name>
    <message>
        <source>Give exactly one source: --postgres, --redis, --clickhouse or --prometheus.</source>
        <translation>Geben Sie genau eine Quelle an: --postgres, --redis, --clickhouse oder --prometheus.</translation>
    </message>
    <message numerus="yes">
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n Zeile)</numerusform>
            <numerusform>(%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs one read-only query against one source and prints the answer. A query is SQL for PostgreSQL and ClickHouse, a command for Redis, PromQL for Prometheus, or a built-in list such as @top-statements.</source>
        <translation>Führt eine lesende Abfrage auf einer Quelle aus und gibt die Antwort aus. Eine Abfrage ist SQL für PostgreSQL und ClickHouse, ein Befehl für Redis, PromQL für Prometheus oder eine eingebaute Liste wie @top-statements.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>PostgreSQL: give plan advice for the statement instead of running it.</source>
        <translation>PostgreSQL: Hinweise zum Ausführungsplan der Anweisung geben, statt sie auszuführen.</translation>
    </message>
    <message>
        <source>With --explain: run the statement (EXPLAIN ANALYZE) for measured rows and memory. Only a single SELECT, in a read-only transaction under the timeout.</source>
        <translation>Mit --explain: die Anweisung ausführen (EXPLAIN ANALYZE), um Zeilen und Speicher zu messen. Nur ein einzelnes SELECT, in einer schreibgeschützten Transaktion mit Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>Die Abfrage.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ABFRAGE</translation>
    </message>
    <message>
        <source>No query given.</source>
        <translation>Keine Abfrage angegeben.</translation>
    </message>
    <message>
        <source>--explain works with --postgres only, and --analyze only together with --explain.</source>
        <translation>--explain funktioniert nur mit --postgres und --analyze nur zusammen mit --explain.</translation>
    </message>
    <message>
        <source>Warning: EXPLAIN ANALYZE runs the statement on %1 (read-only, at most %2 s).</source>
        <translation>Warnung: EXPLAIN ANALYZE führt die Anweisung auf %1 aus (schreibgeschützt, höchstens %2 s).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
</context>
<context>
    <name>lotse::RangeSource</name>
    <message>
        <source>A %1 source answers at one instant only; time series over a range are not supported. Chart it from a Prometheus source.</source>
        <translation>Eine %1-Quelle antwortet nur zu einem Zeitpunkt; Zeitreihen über einen Zeitraum werden nicht unterstützt. Stellen Sie sie aus einer Prometheus-Quelle dar.</translation>
    </message>
</context>
<context>
    <name>lotse::RedisCommandPolicy</name>
    <message>
        <source>The Redis command %1 was refused: %2 Lotse only reads; it never changes a system it watches.</source>
        <translation>Der Redis-Befehl %1 wurde abgelehnt: %2 Lotse liest nur und verändert nie ein überwachtes System.</translation>
    </message>
    <message>
        <source>The Redis command is empty.</source>
        <translation>Der Redis-Befehl ist leer.</translation>
    </message>
    <message>
        <source>it changes the server&apos;s configuration.</source>
        <translation>Der Befehl ändert die Konfiguration des Servers.</translation>
    </message>
    <message>
        <source>it acts on other clients&apos; connections.</source>
        <translation>Der Befehl wirkt auf die Verbindungen anderer Clients.</translation>
    </message>
    <message>
        <source>it is not one of the subcommands of %1 that only read.</source>
        <translation>Der Befehl gehört nicht zu den nur lesenden Unterbefehlen von %1.</translation>
    </message>
    <message>
        <source>it writes or deletes data.</source>
        <translation>Der Befehl schreibt oder löscht Daten.</translation>
    </message>
    <message>
        <source>it deletes or swaps every key of a database.</source>
        <translation>Der Befehl löscht oder tauscht alle Schlüssel einer Datenbank.</translation>
    </message>
    <message>
        <source>it changes the server&apos;s state or blocks it.</source>
        <translation>Der Befehl ändert den Zustand des Servers oder blockiert ihn.</translation>
    </message>
    <message>
        <source>it blocks the server while it walks every key; use @keys-without-ttl or SCAN.</source>
        <translation>Der Befehl blockiert den Server, während er alle Schlüssel durchläuft; verwenden Sie @keys-without-ttl oder SCAN.</translation>
    </message>
    <message>
        <source>a script can write, and Lotse cannot see what it does.</source>
        <translation>Ein Skript kann schreiben, und Lotse kann nicht sehen, was es tut.</translation>
    </message>
    <message>
        <source>Lotse manages the connection itself (credentials and database come from the source&apos;s URL).</source>
        <translation>Lotse verwaltet die Verbindung selbst (Anmeldedaten und Datenbank stammen aus der URL der Quelle).</translation>
    </message>
    <message>
        <source>it writes data or is not on Lotse&apos;s list of commands that only read.</source>
        <translation>Der Befehl schreibt Daten oder steht nicht auf der Liste der nur lesenden Befehle von Lotse.</translation>
    </message>
</context>
<context>
    <name>lotse::RedisConnection</name>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded or blocked by a slow command.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Der Server ist eventuell überlastet oder durch einen langsamen Befehl blockiert.</translation>
    </message>
    <message>
        <source>%1 sent a reply nobody asked for.</source>
        <translation>%1 hat eine unangeforderte Antwort gesendet.</translation>
    </message>
    <message>
        <source>%1 answered something that is not Redis&apos;s protocol.</source>
        <translation>%1 hat etwas geantwortet, das nicht dem Redis-Protokoll entspricht.</translation>
    </message>
    <message>
        <source>Connection refused by %1: no Redis server is listening there. Check that it runs and that the host and port are right.</source>
        <translation>Verbindung abgelehnt von %1: Dort lauscht kein Redis-Server. Prüfen Sie, ob er läuft und ob Host und Port stimmen.</translation>
    </message>
    <message>
        <source>The host of %1 was not found. Check the address.</source>
        <translation>Der Host von %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered. The server may have crashed, restarted or dropped the client.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Der Server ist eventuell abgestürzt, wurde neu gestartet oder hat den Client getrennt.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Kommunikation mit %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the login: %2. Check the user name and password (LOTSE_REDIS_PASSWORD).</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2. Prüfen Sie Benutzername und Passwort (LOTSE_REDIS_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 does not let this user run the command: %2. Grant the user read commands in its ACL.</source>
        <translation>%1 erlaubt diesem Benutzer den Befehl nicht: %2. Erlauben Sie dem Benutzer lesende Befehle in seiner ACL.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 antwortete mit einem Fehler: %2</translation>
    </message>
    <message>
        <source>A reply from %1 is larger than %2 MiB, the cap on one Redis reply; the connection was closed. Read the key in parts (GETRANGE, LRANGE, HSCAN) instead.</source>
        <translation>Eine Antwort von %1 ist größer als %2 MiB, die Grenze für eine Redis-Antwort; die Verbindung wurde geschlossen. Lesen Sie den Schlüssel stattdessen in Teilen (GETRANGE, LRANGE, HSCAN).</translation>
    </message>
</context>
<context>
    <name>lotse::RedisKeyScan</name>
    <message>
        <source>SCAN answered something other than a cursor and keys.</source>
        <translation>SCAN hat etwas anderes als einen Cursor und Schlüssel geantwortet.</translation>
    </message>
    <message>
        <source>Sampled the first %1 keys matching %2; more exist.</source>
        <translation>Stichprobe der ersten %1 Schlüssel, die auf %2 passen; es gibt weitere.</translation>
    </message>
</context>
<context>
    <name>lotse::RedisKind</name>
    <message>
        <source>%1: Lotse does not speak TLS to Redis yet; reach it through a TLS tunnel on loopback (stunnel, spiped) and leave the TLS fields empty.</source>
        <translation>%1: Lotse spricht mit Redis noch kein TLS; erreichen Sie Redis über einen TLS-Tunnel auf Loopback (stunnel, spiped) und lassen Sie die TLS-Felder leer.</translation>
    </message>
</context>
<context>
    <name>lotse::RedisSettings</name>
    <message>
        <source>a Redis URL looks like redis://[user:password@]host:port/db, not &quot;%1&quot;</source>
        <translation>eine Redis-URL hat die Form redis://[user:password@]host:port/db, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid port</source>
        <translation>„%1“ hat keinen gültigen Port</translation>
    </message>
    <message>
        <source>the database in &quot;%1&quot; must be a number such as /0</source>
        <translation>die Datenbank in „%1“ muss eine Zahl sein, etwa /0</translation>
    </message>
</context>
<context>
    <name>lotse::RedisSource</name>
    <message>
        <source>The query was canceled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Redis command is empty.</source>
        <translation>Der Redis-Befehl ist leer.</translation>
    </message>
    <message>
        <source>Cannot read the command: %1</source>
        <translation>Der Befehl kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>@keys-without-ttl needs a pattern, e.g. @keys-without-ttl session:*</source>
        <translation>@keys-without-ttl braucht ein Muster, z. B. @keys-without-ttl session:*</translation>
    </message>
    <message>
        <source>INFO server names no redis_version.</source>
        <translation>INFO server nennt keine redis_version.</translation>
    </message>
</context>
<context>
    <name>lotse::RemedyView</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard. Lotse never runs it.</source>
        <translation>Den Befehl in die Zwischenablage kopieren. Lotse führt ihn nie aus.</translation>
    </message>
</context>
<context>
    <name>lotse::ReportChartPainter</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: the query failed (see above).</source>
        <translation>Keine Daten: Die Abfrage ist fehlgeschlagen (siehe oben).</translation>
    </message>
    <message>
        <source>No data in this window.</source>
        <translation>Keine Daten in diesem Zeitfenster.</translation>
    </message>
</context>
<context>
    <name>lotse::ReportExport</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lotse::ReportText</name>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>die letzte Woche</numerusform>
            <numerusform>die letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>der letzte Tag</numerusform>
            <numerusform>die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n hour(s)</source>
        <translation>
            <numerusform>die letzte Stunde</numerusform>
            <numerusform>die letzten %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n minute(s)</source>
        <translation>
            <numerusform>die letzte Minute</numerusform>
            <numerusform>die letzten %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n second(s)</source>
        <translation>
            <numerusform>die letzte Sekunde</numerusform>
            <numerusform>die letzten %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. a.</translation>
    </message>
</context>
<context>
    <name>lotse::RunbookLoader</name>
    <message>
        <source>id &quot;%1&quot; may use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>die id „%1“ darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>&quot;checks&quot; must map check ids to checks</source>
        <translation>„checks“ muss Prüfungs-IDs auf Prüfungen abbilden</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; is defined twice</source>
        <translation>die Prüfung „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must map node ids to nodes</source>
        <translation>„nodes“ muss Knoten-IDs auf Knoten abbilden</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is defined twice</source>
        <translation>der Knoten „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; must be a mapping</source>
        <translation>die Prüfung „%1“ muss ein Mapping sein</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; must be a mapping</source>
        <translation>der Knoten „%1“ muss ein Mapping sein</translation>
    </message>
    <message>
        <source>follow must be &quot;all&quot; or &quot;first&quot;, not &quot;%1&quot;</source>
        <translation>follow muss „all“ oder „first“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has a finding and branches: a leaf ends the walk</source>
        <translation>der Knoten „%1“ hat einen Befund (finding) und Zweige (branches): Ein Blatt beendet den Durchlauf</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has neither branches nor a finding</source>
        <translation>der Knoten „%1“ hat weder Zweige (branches) noch einen Befund (finding)</translation>
    </message>
    <message>
        <source>&quot;otherwise&quot; needs follow: first (with follow: all every branch is tested)</source>
        <translation>„otherwise“ erfordert follow: first (mit follow: all wird jeder Zweig geprüft)</translation>
    </message>
    <message>
        <source>&quot;otherwise&quot; must be the last branch</source>
        <translation>„otherwise“ muss der letzte Zweig sein</translation>
    </message>
    <message>
        <source>a branch must be a mapping with when, otherwise or manual, and goto</source>
        <translation>ein Zweig muss ein Mapping mit when, otherwise oder manual sowie goto sein</translation>
    </message>
    <message>
        <source>a branch needs exactly one of when, otherwise and manual</source>
        <translation>ein Zweig braucht genau eines von when, otherwise und manual</translation>
    </message>
    <message>
        <source>a condition must be a mapping: {check: …, state: …}, {all: […]}, {any: […]} or {not: …}</source>
        <translation>eine Bedingung muss ein Mapping sein: {check: …, state: …}, {all: […]}, {any: […]} oder {not: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one condition</source>
        <translation>„%1“ braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>a test on a check needs exactly one of state, above and below</source>
        <translation>ein Test auf eine Prüfung braucht genau eines von state, above und below</translation>
    </message>
    <message>
        <source>severity must be warning, critical or {from: CHECK}, not &quot;%1&quot;</source>
        <translation>severity muss warning, critical oder {from: CHECK} sein, nicht „%1“</translation>
    </message>
    <message>
        <source>start names an unknown node &quot;%1&quot;</source>
        <translation>start nennt einen unbekannten Knoten „%1“</translation>
    </message>
    <message>
        <source>goto names an unknown node &quot;%1&quot;</source>
        <translation>goto nennt einen unbekannten Knoten „%1“</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>unbekannte Prüfung „%1“</translation>
    </message>
    <message>
        <source>severity comes from check &quot;%1&quot;, which has no thresholds</source>
        <translation>severity stammt aus der Prüfung „%1“, die keine Schwellenwerte hat</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; is read by no branch, leaf or verify</source>
        <translation>die Prüfung „%1“ wird von keinem Zweig, Blatt oder verify gelesen</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is unreachable from the start node &quot;%2&quot;</source>
        <translation>der Knoten „%1“ ist vom Startknoten „%2“ aus nicht erreichbar</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>Zyklus: %1</translation>
    </message>
    <message>
        <source>optional check &quot;%1&quot; may be skipped, so it cannot decide a branch</source>
        <translation>die optionale Prüfung „%1“ kann übersprungen werden und daher keinen Zweig entscheiden</translation>
    </message>
    <message>
        <source>the runbook has %1 nodes; Lotse reads at most %2</source>
        <translation>das Runbook hat %1 Knoten; Lotse liest höchstens %2</translation>
    </message>
    <message>
        <source>state must be good, warning, critical or n/a, not &quot;%1&quot;</source>
        <translation>state muss good, warning, critical oder n/a sein, nicht „%1“</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is a checklist: it ends the walk, with neither branches nor a finding</source>
        <translation>der Knoten „%1“ ist eine Checkliste: er beendet den Weg, ohne Zweige (branches) und ohne Befund (finding)</translation>
    </message>
</context>
<context>
    <name>lotse::SecretStore</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no Secret Service on the D-Bus session bus</source>
        <translation>kein Secret Service auf dem D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>The keychain holds no secret for “%1”: enter it, or name an environment variable that holds it in the connections file.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für „%1“: Geben Sie es ein, oder nennen Sie in der Verbindungsdatei eine Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>es läuft kein Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1): Lotse cannot read a saved secret of “%2”. Enter it for this session only; it is not saved.</source>
        <translation>Kein Schlüsselbund erreichbar (%1): Lotse kann ein gespeichertes Geheimnis von „%2“ nicht lesen. Geben Sie es nur für diese Sitzung ein; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1): Lotse keeps the secret of “%2” for this session only and does not save it. To save it, start a keychain such as GNOME Keyring or KWallet.</source>
        <translation>Kein Schlüsselbund erreichbar (%1): Lotse behält das Geheimnis von „%2“ nur für diese Sitzung und speichert es nicht. Um es zu speichern, starten Sie einen Schlüsselbund wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1): Lotse cannot remove a saved secret of “%2”. Remove it in your keychain once it runs again.</source>
        <translation>Kein Schlüsselbund erreichbar (%1): Lotse kann ein gespeichertes Geheimnis von „%2“ nicht entfernen. Entfernen Sie es in Ihrem Schlüsselbund, sobald er wieder läuft.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to the secret of “%1”: unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff auf das Geheimnis von „%1“ verweigert: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to the secret of “%1”: unlock it and try again. Until then Lotse keeps the secret for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff auf das Geheimnis von „%1“ verweigert: Entsperren Sie ihn und versuchen Sie es erneut. Bis dahin behält Lotse das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain could not read the secret of “%1”: %2</source>
        <translation>Der Schlüsselbund konnte das Geheimnis von „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <source>The keychain could not save the secret of “%1”: %2</source>
        <translation>Der Schlüsselbund konnte das Geheimnis von „%1“ nicht speichern: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret of “%1”: %2</source>
        <translation>Der Schlüsselbund konnte das Geheimnis von „%1“ nicht entfernen: %2</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s while reading the secret of “%2”: unlock it if it asks for a password, or try again.</source>
        <translation>Der Schlüsselbund hat beim Lesen des Geheimnisses von „%2“ nicht innerhalb von %1 s geantwortet: Entsperren Sie ihn, falls er nach einem Passwort fragt, oder versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>lotse::SectionHeader</name>
    <message>
        <source>Expand this section: its panels are read then</source>
        <translation>Diesen Abschnitt aufklappen: seine Panels werden dann gelesen</translation>
    </message>
    <message>
        <source>Collapse this section: its panels are no longer read</source>
        <translation>Diesen Abschnitt einklappen: seine Panels werden nicht mehr gelesen</translation>
    </message>
</context>
<context>
    <name>lotse::ShortcutsDialog</name>
    <message>
        <source>Next or previous card, chart or list</source>
        <translation>Nächste oder vorige Karte, Grafik oder Liste</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous card</source>
        <translation>Nächste oder vorige Karte</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Open the details of a card</source>
        <translation>Details einer Karte öffnen</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Eingabe oder Leertaste</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <source>Next or previous tab (Dashboard, Databases, Alerts)</source>
        <translation>Nächster oder vorheriger Reiter (Dashboard, Datenbanken, Alarme)</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Strg+Tab, Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>Pin the time cursor at an instant</source>
        <translation>Den Zeitcursor an einem Zeitpunkt festhalten</translation>
    </message>
    <message>
        <source>Click on a chart</source>
        <translation>Klick in ein Diagramm</translation>
    </message>
    <message>
        <source>Move the pinned time cursor by one step</source>
        <translation>Den festgehaltenen Zeitcursor um einen Schritt bewegen</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>Unpin the time cursor</source>
        <translation>Den Zeitcursor lösen</translation>
    </message>
    <message>
        <source>Hide or show a series</source>
        <translation>Eine Reihe aus- oder einblenden</translation>
    </message>
    <message>
        <source>Click its legend entry</source>
        <translation>Klick auf ihren Legendeneintrag</translation>
    </message>
    <message>
        <source>Show one series alone, or all again</source>
        <translation>Eine Reihe allein zeigen, oder wieder alle</translation>
    </message>
    <message>
        <source>Ctrl+Click its legend entry</source>
        <translation>Strg+Klick auf ihren Legendeneintrag</translation>
    </message>
    <message>
        <source>Zoom into a time span</source>
        <translation>In einen Zeitraum zoomen</translation>
    </message>
    <message>
        <source>Drag across a chart</source>
        <translation>Über ein Diagramm ziehen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>lotse::Snapshot</name>
    <message>
        <source>The dashboard in the snapshot %1 cannot be read: %2</source>
        <translation>Das Dashboard in der Momentaufnahme %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>lotse::SnapshotCommand</name>
    <message>
        <source>--orientation is portrait or landscape.</source>
        <translation>--orientation ist portrait oder landscape.</translation>
    </message>
    <message>
        <source>--page is a4 or letter.</source>
        <translation>--page ist a4 oder letter.</translation>
    </message>
    <message>
        <source>--save writes a snapshot: give it a name ending in .lotse.</source>
        <translation>--save schreibt eine Momentaufnahme: Geben Sie einen Namen an, der auf .lotse endet.</translation>
    </message>
    <message>
        <source>Reads a dashboard&apos;s KPIs at one instant; exports them as PDF or saves them as a snapshot.</source>
        <translation>Liest die KPIs eines Dashboards zu einem Zeitpunkt; exportiert sie als PDF oder speichert sie als Momentaufnahme.</translation>
    </message>
    <message>
        <source>Built-in dashboard id, a dashboard file, or a snapshot (.lotse).</source>
        <translation>ID eines eingebauten Dashboards, eine Dashboard-Datei oder eine Momentaufnahme (.lotse).</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <source>Time range the charts cover (default: the dashboard&apos;s).</source>
        <translation>Zeitraum, den die Diagramme abdecken (Standard: der des Dashboards).</translation>
    </message>
    <message>
        <source>SPAN</source>
        <translation>SPANNE</translation>
    </message>
    <message>
        <source>Write JSON to FILE, or - for standard output.</source>
        <translation>JSON in DATEI schreiben, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the dashboard, its KPIs and charts, as a PDF report to FILE.</source>
        <translation>Das Dashboard mit seinen KPIs und Diagrammen als PDF-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Paper of the PDF: a4 or letter (default a4).</source>
        <translation>Papierformat des PDF: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Orientation of the PDF: portrait or landscape (default portrait).</source>
        <translation>Ausrichtung des PDF: portrait oder landscape (Standard: portrait).</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>AUSRICHTUNG</translation>
    </message>
    <message>
        <source>Save what was read as a snapshot (FILE.lotse) to open with no server.</source>
        <translation>Das Gelesene als Momentaufnahme (DATEI.lotse) speichern, die sich ohne Server öffnen lässt.</translation>
    </message>
    <message>
        <source>A snapshot shows the time it was saved with; --at and --range are ignored.</source>
        <translation>Eine Momentaufnahme zeigt den Zeitraum, mit dem sie gespeichert wurde; --at und --range werden ignoriert.</translation>
    </message>
    <message>
        <source>--range needs a span such as 1h or 30m.</source>
        <translation>--range erwartet eine Spanne wie 1h oder 30m.</translation>
    </message>
    <message>
        <source>Some KPIs could not be read; see their errors.</source>
        <translation>Einige KPIs konnten nicht gelesen werden; siehe deren Fehler.</translation>
    </message>
</context>
<context>
    <name>lotse::SnapshotController</name>
    <message>
        <source>Save Snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <source>Lotse snapshots (*.lotse)</source>
        <translation>Lotse-Momentaufnahmen (*.lotse)</translation>
    </message>
    <message>
        <source>The snapshot could not be saved.</source>
        <translation>Die Momentaufnahme konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Snapshot saved to %1.</source>
        <translation>Momentaufnahme unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Momentaufnahme öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be opened.</source>
        <translation>Die Momentaufnahme %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Snapshot of %1, saved %2 in %3. It shows what was read then; no server is read.</source>
        <translation>Momentaufnahme von %1, gespeichert %2 in %3. Sie zeigt, was damals gelesen wurde; kein Server wird abgefragt.</translation>
    </message>
</context>
<context>
    <name>lotse::SnapshotFile</name>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Die Momentaufnahme %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2</source>
        <translation>Die Momentaufnahme %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Lotse snapshot.</source>
        <translation>%1 ist keine Lotse-Momentaufnahme.</translation>
    </message>
    <message>
        <source>%1 was written by Lotse %2, which is newer; this version reads format %3, the file has format %4.</source>
        <translation>%1 wurde von Lotse %2 geschrieben, einer neueren Version; diese Version liest Format %3, die Datei hat Format %4.</translation>
    </message>
    <message>
        <source>Cannot read the dashboard %1 to keep it in the snapshot: %2</source>
        <translation>Das Dashboard %1 kann nicht gelesen werden, um es in der Momentaufnahme abzulegen: %2</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>Es gibt keine Momentaufnahme %1.</translation>
    </message>
    <message>
        <source>The dashboard is still reading its sources; save the snapshot when the refresh has finished.</source>
        <translation>Das Dashboard liest noch seine Quellen; speichern Sie die Momentaufnahme, wenn die Aktualisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>its schema is not the one Lotse writes (%1)</source>
        <translation>ihr Schema ist nicht das, das Lotse schreibt (%1)</translation>
    </message>
    <message>
        <source>answer %1 is there twice</source>
        <translation>Antwort %1 ist zweimal enthalten</translation>
    </message>
    <message>
        <source>a series belongs to answer %1, which the file does not hold</source>
        <translation>eine Reihe gehört zu Antwort %1, die die Datei nicht enthält</translation>
    </message>
    <message>
        <source>a series of answer %1 has %2 bytes of times and %3 bytes of values for %4 points</source>
        <translation>eine Reihe der Antwort %1 hat %2 Bytes Zeiten und %3 Bytes Werte für %4 Punkte</translation>
    </message>
    <message>
        <source>its series hold more than %1 points</source>
        <translation>ihre Reihen enthalten mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>it holds more than %1 rows in %2</source>
        <translation>sie enthält mehr als %1 Zeilen in %2</translation>
    </message>
    <message>
        <source>reading it took longer than %1 s</source>
        <translation>das Lesen dauerte länger als %1 s</translation>
    </message>
</context>
<context>
    <name>lotse::SnapshotSource</name>
    <message>
        <source>The snapshot holds no answer to this query: it was not read when the snapshot was saved.</source>
        <translation>Die Momentaufnahme enthält keine Antwort auf diese Abfrage: Die Abfrage wurde beim Speichern der Momentaufnahme nicht gelesen.</translation>
    </message>
    <message>
        <source>The server reported no version.</source>
        <translation>Der Server hat keine Version gemeldet.</translation>
    </message>
</context>
<context>
    <name>lotse::SourceFactory</name>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Unknown kind of connection.</source>
        <translation>Unbekannte Art von Verbindung.</translation>
    </message>
</context>
<context>
    <name>lotse::SourceKind</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Prometheus-compatible</source>
        <translation>Prometheus-kompatibel</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
</context>
<context>
    <name>lotse::SourceKinds</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>lotse::SourceOptions</name>
    <message>
        <source>Prometheus-compatible server to read from.</source>
        <translation>Prometheus-kompatibler Server, aus dem gelesen wird.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>Seconds a query may take (default 30 for Prometheus, 10 for databases: their statement timeout).</source>
        <translation>Sekunden, die eine Abfrage dauern darf (Standard: 30 für Prometheus, 10 für Datenbanken als deren Statement-Timeout).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Instant to read, RFC 3339 or Unix seconds (default: now).</source>
        <translation>Zu lesender Zeitpunkt, RFC 3339 oder Unix-Sekunden (Standard: jetzt).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Language of the output: en or de.</source>
        <translation>Sprache der Ausgabe: en oder de.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--at needs RFC 3339 (2026-01-15T12:00:00Z) or Unix seconds, not &quot;%1&quot;.</source>
        <translation>--at erwartet RFC 3339 (2026-01-15T12:00:00Z) oder Unix-Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Connections file naming the sources (docs/connections.md); secrets come from the keychain or from the environment variables it names.</source>
        <translation>Verbindungsdatei, die die Quellen benennt (docs/connections.md); Geheimnisse stammen aus dem Schlüsselbund oder aus den darin genannten Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>store it with the Connections dialog, or name an environment variable with secret_env</source>
        <translation>speichern Sie es im Dialog „Verbindungen“, oder nennen Sie mit secret_env eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>set %1, or store it with the Connections dialog</source>
        <translation>setzen Sie %1, oder speichern Sie es im Dialog „Verbindungen“</translation>
    </message>
    <message>
        <source>No secret for the connection &quot;%1&quot;: %2. (%3)</source>
        <translation>Kein Geheimnis für die Verbindung „%1“: %2. (%3)</translation>
    </message>
    <message>
        <source>--%1</source>
        <translation>--%1</translation>
    </message>
    <message>
        <source>No source given. Pass %1.</source>
        <translation>Keine Quelle angegeben. Übergeben Sie %1.</translation>
    </message>
    <message>
        <source>PostgreSQL database to read from: postgresql://user@host:5432/db or libpq&apos;s key=value form, without a password: it comes from LOTSE_POSTGRES_PASSWORD.</source>
        <translation>PostgreSQL-Datenbank, aus der gelesen wird: postgresql://user@host:5432/db oder die key=value-Form von libpq, ohne Passwort: Es kommt aus LOTSE_POSTGRES_PASSWORD.</translation>
    </message>
    <message>
        <source>Redis server to read from: redis://[user@]host:port/db, without a password: it comes from LOTSE_REDIS_PASSWORD.</source>
        <translation>Redis-Server, aus dem gelesen wird: redis://[user@]host:port/db, ohne Passwort: Es kommt aus LOTSE_REDIS_PASSWORD.</translation>
    </message>
    <message>
        <source>ClickHouse server to read from: http://host:8123/?user=NAME, without a password: it comes from LOTSE_CLICKHOUSE_PASSWORD.</source>
        <translation>ClickHouse-Server, aus dem gelesen wird: http://host:8123/?user=NAME, ohne Passwort: Es kommt aus LOTSE_CLICKHOUSE_PASSWORD.</translation>
    </message>
    <message>
        <source>--%1 carries a password, which anyone on this machine can read in the list of processes: leave it out and set %2 instead.</source>
        <translation>--%1 enthält ein Passwort, das jeder auf diesem Rechner in der Prozessliste lesen kann: Lassen Sie es weg und setzen Sie stattdessen %2.</translation>
    </message>
</context>
<context>
    <name>lotse::SourceRegistry</name>
    <message>
        <source>No data source is configured. Add one in Settings ▸ Connections or pass --prometheus URL.</source>
        <translation>Es ist keine Datenquelle konfiguriert. Fügen Sie unter Einstellungen ▸ Verbindungen eine hinzu oder übergeben Sie --prometheus URL.</translation>
    </message>
    <message>
        <source>No data source named &quot;%1&quot; is configured. Add it in Settings ▸ Connections or pass it on the command line.</source>
        <translation>Es ist keine Datenquelle „%1“ konfiguriert. Fügen Sie sie unter Einstellungen ▸ Verbindungen hinzu oder übergeben Sie sie auf der Kommandozeile.</translation>
    </message>
</context>
<context>
    <name>lotse::SourcesController</name>
    <message>
        <source>The connections file %1 cannot be used.</source>
        <translation>Die Verbindungsdatei %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The data source cannot be used.</source>
        <translation>Die Datenquelle kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Some connections cannot be used.</source>
        <translation>Einige Verbindungen können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No data source</source>
        <translation>Keine Datenquelle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>lotse::SqlGuard</name>
    <message>
        <source>EXPLAIN ANALYZE runs the statement, so Lotse allows it only for a single SELECT, not for %1.</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung aus, daher erlaubt Lotse es nur für ein einzelnes SELECT, nicht für %1.</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement. Ask for plan advice with analysis explicitly instead (lotse query --explain --analyze).</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung aus. Fordern Sie stattdessen ausdrücklich Planhinweise mit Analyse an (lotse query --explain --analyze).</translation>
    </message>
    <message>
        <source>COPY … PROGRAM runs a program on the database server.</source>
        <translation>COPY … PROGRAM führt ein Programm auf dem Datenbankserver aus.</translation>
    </message>
    <message>
        <source>COPY reads or writes files on the database server or loads data.</source>
        <translation>COPY liest oder schreibt Dateien auf dem Datenbankserver oder lädt Daten.</translation>
    </message>
    <message>
        <source>SELECT … INTO creates a table.</source>
        <translation>SELECT … INTO legt eine Tabelle an.</translation>
    </message>
    <message>
        <source>FOR UPDATE/SHARE locks rows that others may be waiting to change.</source>
        <translation>FOR UPDATE/SHARE sperrt Zeilen, die andere womöglich ändern wollen.</translation>
    </message>
    <message>
        <source>its WITH clause holds %1, which writes data.</source>
        <translation>Die WITH-Klausel enthält %1, das Daten schreibt.</translation>
    </message>
    <message>
        <source>Lotse does not know the EXPLAIN option %1, so it cannot tell that the statement would not run.</source>
        <translation>Lotse kennt die EXPLAIN-Option %1 nicht und kann daher nicht sagen, dass die Anweisung nicht ausgeführt würde.</translation>
    </message>
    <message>
        <source>EXPLAIN over %1: Lotse explains only a SELECT, VALUES or TABLE.</source>
        <translation>EXPLAIN über %1: Lotse erklärt nur ein SELECT, VALUES oder TABLE.</translation>
    </message>
    <message>
        <source>%1 is not a query: Lotse runs one SELECT, VALUES or TABLE, or EXPLAIN over one.</source>
        <translation>%1 ist keine Abfrage: Lotse führt ein SELECT, VALUES oder TABLE aus, oder EXPLAIN über eines davon.</translation>
    </message>
</context>
<context>
    <name>lotse::StartupOptions</name>
    <message>
        <source>Built-in dashboard id or a dashboard file.</source>
        <translation>ID eines eingebauten Dashboards oder eine Dashboard-Datei.</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <source>Save a picture of the window after the first refresh.</source>
        <translation>Nach der ersten Aktualisierung ein Bild des Fensters speichern.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The area shown first: dashboard, databases or alerts.</source>
        <translation>Der zuerst angezeigte Bereich: dashboard, databases oder alerts.</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>BEREICH</translation>
    </message>
</context>
<context>
    <name>lotse::StepPage</name>
    <message>
        <source>verify</source>
        <translation>Nachprüfung</translation>
    </message>
    <message>
        <source>%1 · Step %2 · %3</source>
        <translation>%1 · Schritt %2 · %3</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>Manuell gewählt</translation>
    </message>
    <message>
        <source>Reached by hand</source>
        <translation>Manuell erreicht</translation>
    </message>
    <message>
        <source>The engineer chose this step&apos;s branches instead of the checks</source>
        <translation>Die Zweige dieses Schritts wurden manuell gewählt, nicht von den Prüfungen</translation>
    </message>
    <message>
        <source>A step on the way here was decided by the engineer, not by the checks</source>
        <translation>Ein Schritt auf dem Weg hierher wurde manuell entschieden, nicht von den Prüfungen</translation>
    </message>
    <message>
        <source>Reading the checks at %1: %2 of %3 answered…</source>
        <translation>Prüfungen zum Zeitpunkt %1 werden gelesen: %2 von %3 beantwortet…</translation>
    </message>
    <message numerus="yes">
        <source>The engine cannot decide this step: %n check(s) could not be read (%1).</source>
        <translation>
            <numerusform>Die Auswertung kann diesen Schritt nicht entscheiden: %n Prüfung konnte nicht gelesen werden (%1).</numerusform>
            <numerusform>Die Auswertung kann diesen Schritt nicht entscheiden: %n Prüfungen konnten nicht gelesen werden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the way to go by hand.</source>
        <translation>Wählen Sie den weiteren Weg manuell.</translation>
    </message>
    <message>
        <source>This saved diagnosis stopped here without a choice.</source>
        <translation>Diese gespeicherte Diagnose endete hier ohne Auswahl.</translation>
    </message>
    <message>
        <source>The checks cannot tell this apart: choose what you see.</source>
        <translation>Die Prüfungen können das nicht unterscheiden: Wählen Sie, was Sie beobachten.</translation>
    </message>
    <message>
        <source>The decision follows once every check has answered.</source>
        <translation>Die Entscheidung folgt, sobald jede Prüfung geantwortet hat.</translation>
    </message>
    <message>
        <source>Waiting for your choice.</source>
        <translation>Wartet auf Ihre Auswahl.</translation>
    </message>
    <message>
        <source>Verify after the fix: “%1” must be good again. Now: %2.</source>
        <translation>Nachprüfung nach der Behebung: „%1“ muss wieder gut sein. Aktuell: %2.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>This step reads no checks: what you know decides it.</source>
        <translation>Dieser Schritt liest keine Prüfungen: Ihr Wissen entscheidet ihn.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Commands to copy into a shell you trust. Lotse never runs them.</source>
        <translation>Befehle zum Kopieren in eine vertrauenswürdige Shell. Lotse führt sie nie aus.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>lotse::TableResult</name>
    <message>
        <source>The answer has no column &quot;%1&quot;; it has %2.</source>
        <translation>Die Antwort hat keine Spalte „%1“; vorhanden sind %2.</translation>
    </message>
</context>
<context>
    <name>lotse::PrometheusLabelValues</name>
    <message>
        <source>The label values answer is not usable: %1</source>
        <translation>Die Antwort mit den Label-Werten ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label name.</source>
        <translation>„%1“ ist kein Label-Name.</translation>
    </message>
    <message>
        <source>the values are not a list</source>
        <translation>die Werte sind keine Liste</translation>
    </message>
    <message>
        <source>%1 values, more than %2 a list can offer</source>
        <translation>%1 Werte, mehr als die %2, die eine Liste anbieten kann</translation>
    </message>
    <message>
        <source>a value is not a short text</source>
        <translation>ein Wert ist kein kurzer Text</translation>
    </message>
</context>
<context>
    <name>lotse::VariableBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Values of $%1</source>
        <translation>Werte von $%1</translation>
    </message>
</context>
<context>
    <name>lotse::TimeRangeBar</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Last 1 hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>Letzte 3 Stunden</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Absolute…</source>
        <translation>Absolut…</translation>
    </message>
    <message>
        <source>Time range shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Auto-refresh:</source>
        <translation>Auto-Aktualisierung:</translation>
    </message>
    <message>
        <source>How often the dashboard is read again</source>
        <translation>Wie oft das Dashboard neu gelesen wird</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Read every KPI and chart now</source>
        <translation>Alle KPIs und Diagramme jetzt lesen</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the range before zooming</source>
        <translation>Zurück zum Zeitraum vor dem Zoomen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume automatic refresh</source>
        <translation>Automatische Aktualisierung fortsetzen</translation>
    </message>
    <message>
        <source>Pause automatic refresh</source>
        <translation>Automatische Aktualisierung pausieren</translation>
    </message>
</context>
<context>
    <name>lotse::TimeSeriesChart</name>
    <message>
        <source>Last read %1: this chart could not be read now</source>
        <translation>Zuletzt gelesen %1: Dieses Diagramm konnte jetzt nicht gelesen werden</translation>
    </message>
    <message>
        <source>Part of this chart could not be read</source>
        <translation>Ein Teil dieses Diagramms konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>This chart could not be read</source>
        <translation>Dieses Diagramm konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>The queries returned no series in this time range.</source>
        <translation>Die Abfragen lieferten in diesem Zeitraum keine Zeitreihen.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into a time range</source>
        <translation>Über das Diagramm ziehen, um in einen Zeitraum zu zoomen</translation>
    </message>
</context>
<context>
    <name>lotse::TlsBox</name>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Zertifi&amp;kat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Gepinntes Zertifikat:</translation>
    </message>
    <message>
        <source>The system&apos;s CAs</source>
        <translation>Die CAs des Systems</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No certificate pinned</source>
        <translation>Kein Zertifikat gepinnt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Forget pin</source>
        <translation>Pin &amp;verwerfen</translation>
    </message>
    <message>
        <source>Certificates are always verified. A server with a self-signed certificate is trusted only by pinning its certificate after Test has shown it.</source>
        <translation>Zertifikate werden immer überprüft. Einem Server mit selbstsigniertem Zertifikat wird nur vertraut, wenn sein Zertifikat gepinnt wird, nachdem „Testen“ es angezeigt hat.</translation>
    </message>
</context>
<context>
    <name>lotse::TlsConfiguration</name>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>A client certificate needs its private key and a key needs its certificate: give both files, or neither.</source>
        <translation>Ein Client-Zertifikat braucht seinen privaten Schlüssel und ein Schlüssel sein Zertifikat: Geben Sie beide Dateien an oder keine.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist. Check its path in the connection&apos;s TLS settings.</source>
        <translation>Die Datei %2 (%1) existiert nicht. Prüfen Sie den Pfad in den TLS-Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read (%3). Make it readable for the user running Lotse.</source>
        <translation>Die Datei %2 (%1) kann nicht gelesen werden (%3). Machen Sie sie für den Benutzer lesbar, unter dem Lotse läuft.</translation>
    </message>
    <message>
        <source>The %1 %2 holds no PEM certificate. Give a file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>Die Datei %2 (%1) enthält kein PEM-Zertifikat. Geben Sie eine Datei mit einem oder mehreren Blöcken „-----BEGIN CERTIFICATE-----“ an.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The client key %1 holds no unencrypted PEM private key (RSA, EC or DSA). Give the client certificate&apos;s key without a passphrase, e.g. as written by &quot;openssl pkey&quot;.</source>
        <translation>Der Client-Schlüssel %1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA, EC oder DSA). Geben Sie den Schlüssel des Client-Zertifikats ohne Passphrase an, z. B. wie von „openssl pkey“ geschrieben.</translation>
    </message>
</context>
<context>
    <name>lotse::TlsFailure</name>
    <message>
        <source>The certificate of %1 was rejected: %2.</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you pinned: it has the SHA-256 fingerprint %2, the pin is %3. If the server&apos;s certificate was replaced on purpose, check the new one and pin it again.</source>
        <translation>Das Zertifikat von %1 ist nicht das gepinnte: Es hat den SHA-256-Fingerabdruck %2, der Pin ist %3. Wurde das Zertifikat des Servers absichtlich ersetzt, prüfen Sie das neue und pinnen Sie es erneut.</translation>
    </message>
    <message>
        <source>The certificate of %1 (issued by %2) is not signed by a CA you trust: the CA file %3 does not vouch for it. Give the connection the CA file of the server&apos;s CA, or pin the certificate.</source>
        <translation>Das Zertifikat von %1 (ausgestellt von %2) ist nicht von einer CA signiert, der Sie vertrauen: Die CA-Datei %3 bürgt nicht dafür. Geben Sie der Verbindung die CA-Datei der CA des Servers, oder pinnen Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 (issued by %2) is not signed by a CA you trust; give the connection a CA file, or pin the certificate.</source>
        <translation>Das Zertifikat von %1 (ausgestellt von %2) ist nicht von einer CA signiert, der Sie vertrauen; geben Sie der Verbindung eine CA-Datei, oder pinnen Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not %3. Connect by a name the certificate carries, or have the server&apos;s certificate reissued for this name.</source>
        <translation>Das Zertifikat von %1 gilt für %2, nicht für %3. Verbinden Sie sich über einen Namen, den das Zertifikat enthält, oder lassen Sie das Zertifikat des Servers für diesen Namen neu ausstellen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2. Check the clocks of this computer and of the server.</source>
        <translation>Das Zertifikat von %1 ist erst ab %2 gültig. Prüfen Sie die Uhren dieses Computers und des Servers.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2. The server&apos;s certificate must be renewed.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen. Das Zertifikat des Servers muss erneuert werden.</translation>
    </message>
    <message>
        <source>%1 refused the TLS handshake (%2). The server probably requires a client certificate: give the connection a client certificate and key.</source>
        <translation>%1 hat den TLS-Handshake abgelehnt (%2). Der Server verlangt vermutlich ein Client-Zertifikat: Geben Sie der Verbindung ein Client-Zertifikat und einen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 refused the TLS handshake with the client certificate %2 (%3). Check that the server trusts the CA that signed it and that the key belongs to it.</source>
        <translation>%1 hat den TLS-Handshake mit dem Client-Zertifikat %2 abgelehnt (%3). Prüfen Sie, ob der Server der CA vertraut, die es signiert hat, und ob der Schlüssel dazu gehört.</translation>
    </message>
    <message>
        <source>%1 answered without TLS: the server speaks plain HTTP. Write the address with http:// instead of https://, or turn TLS on at the server.</source>
        <translation>%1 antwortete ohne TLS: Der Server spricht unverschlüsseltes HTTP. Schreiben Sie die Adresse mit http:// statt https:// oder schalten Sie TLS am Server ein.</translation>
    </message>
</context>
<context>
    <name>lotse::UnitFormatter</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
</context>
<context>
    <name>lotse::ViewQuery</name>
    <message>
        <source>a %1 quote is not closed</source>
        <translation>ein Anführungszeichen %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a list name must follow &apos;@&apos;</source>
        <translation>auf &apos;@&apos; muss ein Listenname folgen</translation>
    </message>
</context>
<context>
    <name>lotse::WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Willkommen bei Lotse</translation>
    </message>
    <message>
        <source>Lotse watches your services&apos; KPIs live and walks you through a diagnosis along a runbook. It needs a Prometheus to read from. How would you like to begin?</source>
        <translation>Lotse beobachtet die KPIs Ihrer Dienste live und führt Sie an einem Runbook entlang durch eine Diagnose. Dazu liest es aus einem Prometheus. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Connect to a Prometheus…</source>
        <translation>Mit einem Prometheus verbinden…</translation>
    </message>
    <message>
        <source>Settings ▸ Connections: its address, login and TLS, with a Test button.</source>
        <translation>Einstellungen ▸ Verbindungen: Adresse, Anmeldung und TLS, mit einer Schaltfläche zum Testen.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>The demo is not running. Start it with scripts/demo, then come back here.</source>
        <translation>Die Demo läuft nicht. Starten Sie sie mit scripts/demo und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>The demo&apos;s Prometheus answers at %1.</source>
        <translation>Der Prometheus der Demo antwortet unter %1.</translation>
    </message>
    <message>
        <source>Open a dashboard…</source>
        <translation>Dashboard öffnen…</translation>
    </message>
    <message>
        <source>The built-in dashboards of the five guides, on the sources you connected.</source>
        <translation>Die mitgelieferten Dashboards der fünf Leitfäden, mit den verbundenen Quellen.</translation>
    </message>
    <message>
        <source>Open a snapshot…</source>
        <translation>Momentaufnahme öffnen…</translation>
    </message>
    <message>
        <source>A dashboard saved with every value, read without a server.</source>
        <translation>Ein mit allen Werten gespeichertes Dashboard, ohne Server lesbar.</translation>
    </message>
    <message>
        <source>Import a dashboard…</source>
        <translation>Dashboard importieren…</translation>
    </message>
    <message>
        <source>A Lotse dashboard file (YAML) of your own.</source>
        <translation>Eine eigene Lotse-Dashboard-Datei (YAML).</translation>
    </message>
    <message>
        <source>Import a Grafana dashboard…</source>
        <translation>Grafana-Dashboard importieren…</translation>
    </message>
    <message>
        <source>Its JSON model, translated panel by panel.</source>
        <translation>Sein JSON-Modell, Panel für Panel übersetzt.</translation>
    </message>
</context>
<context>
    <name>lotse::WindowActions</name>
    <message>
        <source>&amp;Import Grafana Dashboard…</source>
        <translation>Grafana-Dashboard &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Open Dashboard…</source>
        <translation>&amp;Dashboard öffnen…</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Write the dashboard with its KPIs and charts as a PDF report (%1)</source>
        <translation>Das Dashboard mit seinen KPIs und Diagrammen als PDF-Bericht schreiben (%1)</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>Momentaufnahme &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep what the dashboard shows, every value and point, in a file that opens without a server</source>
        <translation>Alles, was das Dashboard zeigt, mit jedem Wert und Punkt in einer Datei festhalten, die sich ohne Server öffnen lässt</translation>
    </message>
    <message>
        <source>Open S&amp;napshot…</source>
        <translation>Mome&amp;ntaufnahme öffnen…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Diagnose…</source>
        <translation>Diagnose…</translation>
    </message>
    <message>
        <source>Walk a runbook step by step on live checks (%1)</source>
        <translation>Ein Runbook Schritt für Schritt mit Live-Prüfungen durchlaufen (%1)</translation>
    </message>
    <message>
        <source>&amp;Recent Diagnoses…</source>
        <translation>&amp;Letzte Diagnosen…</translation>
    </message>
    <message>
        <source>Review a saved diagnosis</source>
        <translation>Eine gespeicherte Diagnose ansehen</translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation>Ü&amp;ber Lotse</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>lotse::YamlReader</name>
    <message>
        <source>for must be a duration such as 5m, not &quot;%1&quot;</source>
        <translation>for muss eine Dauer wie 5m sein, nicht „%1“</translation>
    </message>
    <message>
        <source>for reads the query over a span of time, which a %1 source cannot: use a Prometheus source</source>
        <translation>for liest die Abfrage über eine Zeitspanne, was eine %1-Quelle nicht kann: eine Prometheus-Quelle verwenden</translation>
    </message>
    <message>
        <source>the file must be a mapping of keys to values</source>
        <translation>die Datei muss ein Mapping von Schlüsseln auf Werte sein</translation>
    </message>
    <message>
        <source>YAML syntax error: %1 (put quotes around texts that contain ?, :, #, { or ,)</source>
        <translation>YAML-Syntaxfehler: %1 (setzen Sie Texte, die ?, :, #, { oder , enthalten, in Anführungszeichen)</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>„%1“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; (give it in English and German: {en: …, de: …})</source>
        <translation>„%1“ fehlt (auf Englisch und Deutsch angeben: {en: …, de: …})</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must give the text in English and German: {en: …, de: …}</source>
        <translation>„%1“ muss den Text auf Englisch und Deutsch angeben: {en: …, de: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English text (en)</source>
        <translation>„%1“ hat keinen englischen Text (en)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no German text (de)</source>
        <translation>„%1“ hat keinen deutschen Text (de)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping with direction, warning and critical</source>
        <translation>„%1“ muss ein Mapping mit direction, warning und critical sein</translation>
    </message>
    <message>
        <source>direction must be &quot;higher-is-worse&quot; or &quot;lower-is-worse&quot;, not &quot;%1&quot;</source>
        <translation>direction muss „higher-is-worse“ oder „lower-is-worse“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>thresholds need a warning or a critical band</source>
        <translation>thresholds braucht einen warning- oder critical-Bereich</translation>
    </message>
    <message>
        <source>thresholds out of order: with higher-is-worse, warning must not be above critical</source>
        <translation>thresholds in falscher Reihenfolge: Bei higher-is-worse darf warning nicht über critical liegen</translation>
    </message>
    <message>
        <source>thresholds out of order: with lower-is-worse, warning must not be below critical</source>
        <translation>thresholds in falscher Reihenfolge: Bei lower-is-worse darf warning nicht unter critical liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Quellenart „%1“ (eine von %2)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (s, ms, percent, ratio, reqps, bytes, usd, count)</source>
        <translation>unbekannte Einheit „%1“ (s, ms, percent, ratio, reqps, bytes, usd, count)</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot; in the sources of this file</source>
        <translation>keine Quelle „%1“ unter den sources dieser Datei</translation>
    </message>
    <message>
        <source>malformed query: %1</source>
        <translation>fehlerhafte Abfrage: %1</translation>
    </message>
    <message>
        <source>reduce must be max, min, sum, avg, first or count, not &quot;%1&quot;</source>
        <translation>reduce muss max, min, sum, avg, first oder count sein, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB, the most Lotse reads of a definition</source>
        <translation>die Datei ist größer als %1 KiB, mehr liest Lotse von einer Definition nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of higher-is-worse thresholds is written &gt; or &gt;=, not &lt;</source>
        <translation>„%1“ von higher-is-worse-Schwellwerten wird mit &gt; oder &gt;= geschrieben, nicht mit &lt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of lower-is-worse thresholds is written &lt; or &lt;=, not &gt;</source>
        <translation>„%1“ von lower-is-worse-Schwellwerten wird mit &lt; oder &lt;= geschrieben, nicht mit &gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, optionally after &gt;, &gt;=, &lt; or &lt;=</source>
        <translation>„%1“ muss eine Zahl sein, wahlweise nach &gt;, &gt;=, &lt; oder &lt;=</translation>
    </message>
    <message>
        <source>&quot;denominator&quot; must be a mapping with query and zero</source>
        <translation>„denominator“ muss eine Zuordnung mit query und zero sein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage:
  lotse [--prometheus URL] [--dashboard ID|FILE] [--at T] [--lang de|en]
        the desktop application
  lotse snapshot --dashboard ID|FILE|SNAPSHOT.lotse --prometheus URL [--at T]
                 [--json FILE|-] [--pdf FILE] [--save FILE.lotse]
        read a dashboard at one instant; export it as PDF or an offline snapshot
  lotse diagnose --runbook ID|FILE --prometheus URL [--at T] [--json FILE|-] [--pdf FILE]
        walk a runbook and report its findings
  lotse query --prometheus URL | --postgres DSN | --redis URL | --clickhouse URL [--json] QUERY
        run one read-only query the way checks do
  lotse alerts --prometheus URL [--alertmanager URL] [--json FILE|-]
        list firing and pending alerts with their runbooks
  lotse check FILE...
        validate dashboards and runbooks
  lotse import grafana FILE.json [--out FILE.yaml] [--force]
        translate a Grafana dashboard into a Lotse dashboard
Each command explains its options with --help.
</source>
        <translation>Aufruf:
  lotse [--prometheus URL] [--dashboard ID|DATEI] [--at ZEIT] [--lang de|en]
        die Desktop-Anwendung
  lotse snapshot --dashboard ID|DATEI|SNAPSHOT.lotse --prometheus URL [--at ZEIT]
                 [--json DATEI|-] [--pdf DATEI] [--save DATEI.lotse]
        ein Dashboard zu einem Zeitpunkt lesen; als PDF oder Offline-Momentaufnahme ausgeben
  lotse diagnose --runbook ID|DATEI --prometheus URL [--at ZEIT] [--json DATEI|-] [--pdf DATEI]
        ein Runbook durchlaufen und seine Befunde berichten
  lotse query --prometheus URL | --postgres DSN | --redis URL | --clickhouse URL [--json] ABFRAGE
        eine lesende Abfrage so ausführen, wie Prüfungen es tun
  lotse alerts --prometheus URL [--alertmanager URL] [--json DATEI|-]
        auslösende und anstehende Alarme mit ihren Runbooks auflisten
  lotse check DATEI...
        Dashboards und Runbooks prüfen
  lotse import grafana DATEI.json [--out DATEI.yaml] [--force]
        ein Grafana-Dashboard in ein Lotse-Dashboard übersetzen
Jeder Befehl erklärt seine Optionen mit --help.
</translation>
    </message>
</context>
<context>
    <name>lotse::KpiModel</name>
    <message>
        <source>The query returned NaN: no samples for this ratio.</source>
        <translation>Die Abfrage lieferte NaN: keine Messwerte für dieses Verhältnis.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. a.</translation>
    </message>
</context>
<context>
    <name>lotse::YamlBudget</name>
    <message>
        <source>an alias refers to a node it is part of, which would repeat without end</source>
        <translation>ein Alias verweist auf einen Knoten, zu dem er selbst gehört, und würde sich endlos wiederholen</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the document has more than %1 nodes once its aliases are expanded</source>
        <translation>das Dokument hat mit aufgelösten Aliasen mehr als %1 Knoten</translation>
    </message>
</context>
<context>
    <name>lotse::ClickHouseGuard</name>
    <message>
        <source>a /* comment is not closed</source>
        <translation>ein /*-Kommentar ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a quoted name is not closed</source>
        <translation>ein Name in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>SELECT … INTO OUTFILE writes a file.</source>
        <translation>SELECT … INTO OUTFILE schreibt eine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a read-only query (Lotse runs SELECT, WITH, SHOW, DESCRIBE, EXISTS and EXPLAIN).</source>
        <translation>%1 ist keine reine Leseabfrage (Lotse führt SELECT, WITH, SHOW, DESCRIBE, EXISTS und EXPLAIN aus).</translation>
    </message>
</context>
<context>
    <name>lotse::FunctionPolicy</name>
    <message>
        <source>it calls %1, which runs SQL of its own that Lotse cannot check.</source>
        <translation>Die Anweisung ruft %1 auf, das eigenes SQL ausführt, das Lotse nicht prüfen kann.</translation>
    </message>
    <message>
        <source>it calls %1, which assigns a transaction ID: a write, however small.</source>
        <translation>Die Anweisung ruft %1 auf, das eine Transaktionsnummer vergibt: ein Schreibvorgang, wenn auch ein kleiner.</translation>
    </message>
    <message>
        <source>it calls %1, which reads files on the database server: that is not monitoring, and it may reveal secrets.</source>
        <translation>Die Anweisung ruft %1 auf, das Dateien auf dem Datenbankserver liest: Das ist keine Überwachung und kann Geheimnisse preisgeben.</translation>
    </message>
    <message>
        <source>it calls %1, which PostgreSQL marks VOLATILE: it may change the server&apos;s state, and it is not on Lotse&apos;s list of functions that only read.</source>
        <translation>Die Anweisung ruft %1 auf, das PostgreSQL als VOLATILE kennzeichnet: Es kann den Zustand des Servers ändern und steht nicht auf Lotses Liste der Funktionen, die nur lesen.</translation>
    </message>
    <message>
        <source>it calls %1, written in %2: Lotse cannot see what it does. Of the functions defined in the database it runs only SQL functions whose body it can check.</source>
        <translation>Die Anweisung ruft %1 auf, geschrieben in %2: Lotse kann nicht sehen, was es tut. Von den in der Datenbank definierten Funktionen führt es nur SQL-Funktionen aus, deren Rumpf es prüfen kann.</translation>
    </message>
</context>
<context>
    <name>lotse::FunctionResolver</name>
    <message>
        <source>it reaches functions and views nested more than %1 levels deep, deeper than Lotse reads.</source>
        <translation>Die Anweisung erreicht Funktionen und Sichten, die mehr als %1 Ebenen tief verschachtelt sind, tiefer als Lotse liest.</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>die Sicht %1</translation>
    </message>
    <message>
        <source>the row security policy %1</source>
        <translation>die Zeilensicherheitsrichtlinie %1</translation>
    </message>
    <message>
        <source>the check of the domain %1</source>
        <translation>die Prüfung der Domäne %1</translation>
    </message>
    <message>
        <source>the operator %1</source>
        <translation>der Operator %1</translation>
    </message>
    <message>
        <source>the type %1</source>
        <translation>der Typ %1</translation>
    </message>
    <message>
        <source>through %1, %2</source>
        <translation>über %1: %2</translation>
    </message>
</context>
<context>
    <name>lotse::PostgresPrivileges</name>
    <message>
        <source>it is a superuser</source>
        <translation>sie ist Superuser</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message numerus="yes">
        <source>may write %n table(s), such as %1</source>
        <translation>
            <numerusform>darf %n Tabelle schreiben, etwa %1</numerusform>
            <numerusform>darf %n Tabellen schreiben, etwa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>may create objects in %1</source>
        <translation>darf Objekte anlegen in %1</translation>
    </message>
    <message>
        <source>may create schemas</source>
        <translation>darf Schemas anlegen</translation>
    </message>
    <message>
        <source>The role %1 could change this database: %2. Lotse only reads, but a role that can only read is safer (README: &quot;A read-only role for Lotse&quot;).</source>
        <translation>Die Rolle %1 könnte diese Datenbank verändern: %2. Lotse liest nur, aber eine Rolle, die nur lesen kann, ist sicherer (README: „A read-only role for Lotse“).</translation>
    </message>
</context>
<context>
    <name>lotse::SqlTree</name>
    <message>
        <source>it holds a NUL character</source>
        <translation>er enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>it is nested too deeply to check (%1)</source>
        <translation>er ist zu tief verschachtelt, um ihn zu prüfen (%1)</translation>
    </message>
</context>
<context>
    <name>lotse::StatementRefusal</name>
    <message>
        <source>The statement was refused: %1 Lotse only reads; it never changes a system it watches.</source>
        <translation>Die Anweisung wurde abgelehnt: %1 Lotse liest nur und verändert nie ein überwachtes System.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>it cannot be read as one statement: %1.</source>
        <translation>Der Text lässt sich nicht als eine einzelne Anweisung lesen: %1.</translation>
    </message>
    <message>
        <source>it holds more than one statement, and Lotse runs exactly one.</source>
        <translation>Der Text enthält mehr als eine Anweisung, und Lotse führt genau eine aus.</translation>
    </message>
    <message>
        <source>%1 writes data.</source>
        <translation>%1 schreibt Daten.</translation>
    </message>
    <message>
        <source>%1 changes the database&apos;s schema or state.</source>
        <translation>%1 ändert Schema oder Zustand der Datenbank.</translation>
    </message>
</context>
<context>
    <name>lotse::LinkedChecks</name>
    <message>
        <source>warning %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>critical %1</source>
        <translation>kritisch %1</translation>
    </message>
    <message>
        <source>no bands</source>
        <translation>keine Bänder</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>card &quot;%1&quot; links to check &quot;%2&quot;, which runbook &quot;%3&quot; does not have</source>
        <translation>Karte „%1“ verweist auf die Prüfung „%2“, die das Runbook „%3“ nicht hat</translation>
    </message>
    <message>
        <source>card &quot;%1&quot; judges by %2, its check &quot;%3&quot; in runbook &quot;%4&quot; by %5: one metric, one judgement</source>
        <translation>Karte „%1“ bewertet nach %2, ihre Prüfung „%3“ im Runbook „%4“ nach %5: eine Metrik, ein Urteil</translation>
    </message>
</context>
<context>
    <name>lotse::MeasureReader</name>
    <message>
        <source>The check returned NaN: there is nothing to judge.</source>
        <translation>Die Prüfung lieferte NaN: Es gibt nichts zu bewerten.</translation>
    </message>
    <message>
        <source>The check returned an infinite value: it cannot be judged.</source>
        <translation>Die Prüfung lieferte einen unendlichen Wert: Er lässt sich nicht bewerten.</translation>
    </message>
    <message>
        <source>Its denominator is %1, not zero: the query itself does not hold.</source>
        <translation>Ihr Nenner ist %1, nicht null: Die Abfrage selbst stimmt nicht.</translation>
    </message>
    <message>
        <source>Its denominator could not be read: %1</source>
        <translation>Ihr Nenner konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lotse::RedisPrivileges</name>
    <message>
        <source>The Redis user %1 may run commands that change data or the server (%2). Lotse only reads, but give it a user with only read commands (README: &quot;A read-only Redis user for Lotse&quot;).</source>
        <translation>Der Redis-Benutzer %1 darf Befehle ausführen, die Daten oder den Server verändern (%2). Lotse liest nur, aber geben Sie ihm einen Benutzer, der nur Lesebefehle ausführen darf (README: „A read-only Redis user for Lotse“).</translation>
    </message>
</context>
<context>
    <name>lotse::ClickHouseGrants</name>
    <message>
        <source>through the roles %1: %2</source>
        <translation>über die Rollen %1: %2</translation>
    </message>
    <message>
        <source>The ClickHouse user %1 could change data or the server: it holds %2. Lotse only reads and sends readonly=1, but a user that can only read is safer (README: &quot;A read-only ClickHouse user for Lotse&quot;).</source>
        <translation>Der ClickHouse-Benutzer %1 könnte Daten oder den Server verändern: Er hat %2. Lotse liest nur und sendet readonly=1, aber ein Benutzer, der nur lesen kann, ist sicherer (README: „A read-only ClickHouse user for Lotse“).</translation>
    </message>
</context>
<context>
    <name>lotse::AlertsCommand</name>
    <message>
        <source>Lists the firing and pending alerts of Prometheus-compatible sources with their runbooks.</source>
        <translation>Listet die auslösenden und anstehenden Alarme Prometheus-kompatibler Quellen mit ihren Runbooks auf.</translation>
    </message>
    <message>
        <source>Also list the alerts of the Alertmanager at URL.</source>
        <translation>Auch die Alarme des Alertmanagers unter URL auflisten.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write JSON to FILE, or - for standard output.</source>
        <translation>JSON in DATEI schreiben, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Name a Prometheus-compatible source (--prometheus URL) or --alertmanager URL.</source>
        <translation>Nennen Sie eine Prometheus-kompatible Quelle (--prometheus URL) oder --alertmanager URL.</translation>
    </message>
</context>
<context>
    <name>lotse::AlertsParser</name>
    <message>
        <source>The alerts answer is not usable: %1</source>
        <translation>Die Antwort mit den Alarmen ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>lotse::AlertsReport</name>
    <message>
        <source>firing</source>
        <translation>auslösend</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>No alerts are firing or pending.</source>
        <translation>Keine Alarme lösen aus oder stehen an.</translation>
    </message>
    <message numerus="yes">
        <source>since %1 (%n min)</source>
        <translation>
            <numerusform>seit %1 (%n Min.)</numerusform>
            <numerusform>seit %1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>Could not read alerts from %1</source>
        <translation>Alarme konnten nicht gelesen werden von %1</translation>
    </message>
</context>
<context>
    <name>lotse::AlertsView</name>
    <message>
        <source>Some sources could not say which alerts are active:</source>
        <translation>Einige Quellen konnten nicht sagen, welche Alarme aktiv sind:</translation>
    </message>
    <message>
        <source>No alerts are firing or pending.</source>
        <translation>Keine Alarme lösen aus oder stehen an.</translation>
    </message>
    <message>
        <source>Choose an alert to see its description and runbook.</source>
        <translation>Wählen Sie einen Alarm, um seine Beschreibung und sein Runbook zu sehen.</translation>
    </message>
    <message>
        <source>No runbook is linked.</source>
        <translation>Kein Runbook ist verknüpft.</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>Dia&amp;gnose</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>Open the alert&apos;s runbook at its node, read at the instant the alert started</source>
        <translation>Das Runbook des Alarms an seinem Knoten öffnen, gelesen zu dem Zeitpunkt, als der Alarm begann</translation>
    </message>
    <message>
        <source>&amp;Open Runbook</source>
        <translation>Runbook ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the alert&apos;s runbook page in the browser</source>
        <translation>Die Runbook-Seite des Alarms im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>lotse::AlertTray</name>
    <message>
        <source>%1 is firing</source>
        <translation>%1 löst aus</translation>
    </message>
    <message numerus="yes">
        <source>Lotse: %n alert(s) firing</source>
        <translation>
            <numerusform>Lotse: %n Alarm löst aus</numerusform>
            <numerusform>Lotse: %n Alarme lösen aus</numerusform>
        </translation>
    </message>
    <message>
        <source>Lotse: no alert is firing</source>
        <translation>Lotse: kein Alarm löst aus</translation>
    </message>
    <message>
        <source>Alert &amp;Notifications</source>
        <translation>&amp;Benachrichtigungen über Alarme</translation>
    </message>
    <message>
        <source>Show the count of firing alerts in the system tray and tell when one starts firing</source>
        <translation>Die Zahl auslösender Alarme im Infobereich zeigen und melden, wenn einer auszulösen beginnt</translation>
    </message>
</context>
<context>
    <name>lotse::ChecklistReader</name>
    <message>
        <source>&quot;sections&quot; must be a list of sections, each with items</source>
        <translation>„sections“ muss eine Liste von Abschnitten mit Einträgen sein</translation>
    </message>
    <message>
        <source>a checklist section must be a mapping with id, title and items</source>
        <translation>ein Abschnitt einer Checkliste muss eine Zuordnung mit id, title und items sein</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; is defined twice</source>
        <translation>der Abschnitt „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <source>a checklist item must be a mapping with id, text and perhaps checks</source>
        <translation>ein Eintrag einer Checkliste muss eine Zuordnung mit id, text und gegebenenfalls checks sein</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no items</source>
        <translation>der Abschnitt „%1“ hat keine Einträge</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is defined twice in this checklist</source>
        <translation>der Eintrag „%1“ ist in dieser Checkliste zweimal definiert</translation>
    </message>
    <message>
        <source>an item names its checks with check or checks, not both</source>
        <translation>ein Eintrag nennt seine Prüfungen mit check oder checks, nicht mit beidem</translation>
    </message>
    <message>
        <source>a check is named by its id</source>
        <translation>eine Prüfung wird mit ihrer ID genannt</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; may use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>die id „%1“ darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>lotse::ChecklistReport</name>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>lotse::ChecklistTable</name>
    <message>
        <source>ticked</source>
        <translation>abgehakt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht abgehakt</translation>
    </message>
</context>
<context>
    <name>lotse::ChecklistView</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked by hand</source>
        <translation>
            <numerusform>%1 von %n Eintrag von Hand abgehakt</numerusform>
            <numerusform>%1 von %n Einträgen von Hand abgehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live check(s) need attention</source>
        <translation>
            <numerusform>%n Live-Prüfung braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Live-Prüfungen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live check(s) not read (yet)</source>
        <translation>
            <numerusform>%n Live-Prüfung (noch) nicht gelesen</numerusform>
            <numerusform>%n Live-Prüfungen (noch) nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
</context>
<context>
    <name>lotse::PromqlSubstitution</name>
    <message>
        <source>$%1 stands outside a string, where only a word, number or duration may go, not &quot;%2&quot;.</source>
        <translation>$%1 steht außerhalb einer Zeichenkette, wo nur ein Wort, eine Zahl oder eine Dauer stehen darf, nicht „%2“.</translation>
    </message>
    <message>
        <source>$%1 holds several values; use it in a =~ or !~ matcher.</source>
        <translation>$%1 hat mehrere Werte; verwenden Sie es in einem =~- oder !~-Vergleich.</translation>
    </message>
    <message>
        <source>A value of $%1 holds a backtick, which a `…` string cannot hold.</source>
        <translation>Ein Wert von $%1 enthält einen Backtick, den eine `…`-Zeichenkette nicht enthalten kann.</translation>
    </message>
    <message>
        <source>The query uses $%1, which has no value.</source>
        <translation>Die Abfrage verwendet $%1, das keinen Wert hat.</translation>
    </message>
</context>
<context>
    <name>lotse::Source</name>
    <message>
        <source>A %1 source takes no parameters.</source>
        <translation>Eine %1-Quelle nimmt keine Parameter.</translation>
    </message>
</context>
<context>
    <name>lotse::SqlSubstitution</name>
    <message>
        <source>The statement has parameters of its own ($1); use variables only.</source>
        <translation>Die Anweisung hat eigene Parameter ($1); verwenden Sie nur Variablen.</translation>
    </message>
    <message>
        <source>The statement uses $%1, which has no value.</source>
        <translation>Die Anweisung verwendet $%1, das keinen Wert hat.</translation>
    </message>
</context>
<context>
    <name>lotse::VariableBinder</name>
    <message>
        <source>a %1 query cannot take variables yet.</source>
        <translation>eine %1-Abfrage kann noch keine Variablen aufnehmen.</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Prüfung %1: %2</translation>
    </message>
    <message>
        <source>Chart %1: %2</source>
        <translation>Diagramm %1: %2</translation>
    </message>
    <message>
        <source>KPI %1: %2</source>
        <translation>KPI %1: %2</translation>
    </message>
    <message>
        <source>$%1 takes one value, not %2 (multi).</source>
        <translation>$%1 nimmt einen Wert, nicht %2 (multi).</translation>
    </message>
    <message>
        <source>$%1 does not offer all values (include_all).</source>
        <translation>$%1 bietet nicht alle Werte an (include_all).</translation>
    </message>
    <message>
        <source>No value for %1: give one with --var NAME=VALUE or a default.</source>
        <translation>Kein Wert für %1: Geben Sie einen mit --var NAME=WERT oder einen Standardwert an.</translation>
    </message>
</context>
<context>
    <name>lotse::VariableReader</name>
    <message>
        <source>variables depend on each other in a circle: %1</source>
        <translation>Variablen hängen im Kreis voneinander ab: %1</translation>
    </message>
    <message>
        <source>$%1 is no declared variable</source>
        <translation>$%1 ist keine deklarierte Variable</translation>
    </message>
    <message>
        <source>a value must be a plain text</source>
        <translation>ein Wert muss ein einfacher Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no label name</source>
        <translation>„%1“ ist kein Labelname</translation>
    </message>
    <message>
        <source>a query variable names the label its values come from: label: NAME</source>
        <translation>eine query-Variable nennt das Label, aus dem ihre Werte kommen: label: NAME</translation>
    </message>
    <message>
        <source>several defaults need multi: true</source>
        <translation>mehrere Standardwerte brauchen multi: true</translation>
    </message>
    <message>
        <source>interval &quot;%1&quot; is no duration such as 5m</source>
        <translation>Intervall „%1“ ist keine Dauer wie 5m</translation>
    </message>
    <message>
        <source>a variable needs exactly one of query, custom, constant and interval</source>
        <translation>eine Variable braucht genau eines von query, custom, constant und interval</translation>
    </message>
    <message>
        <source>variable name &quot;%1&quot; may use only letters, digits and &apos;_&apos;</source>
        <translation>Variablenname „%1“ darf nur Buchstaben, Ziffern und „_“ enthalten</translation>
    </message>
    <message>
        <source>a variable must be a mapping with a name</source>
        <translation>eine Variable muss eine Zuordnung mit einem Namen sein</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; is declared twice</source>
        <translation>Variable „%1“ ist zweimal deklariert</translation>
    </message>
</context>
<context>
    <name>lotse::VariableValues</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No variable named %1 is declared (declared: %2).</source>
        <translation>Keine Variable namens %1 ist deklariert (deklariert: %2).</translation>
    </message>
    <message>
        <source>--var takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--var nimmt NAME=WERT, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>lotse::VariableResolver</name>
    <message>
        <source>No Prometheus source to read $%1 from.</source>
        <translation>Keine Prometheus-Quelle, aus der $%1 gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>lotse::ComparePeriod</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (1 week ago)</source>
        <translation>%1 (vor 1 Woche)</translation>
    </message>
    <message>
        <source>%1 (1 day ago)</source>
        <translation>%1 (vor 1 Tag)</translation>
    </message>
</context>
<context>
    <name>lotse::ChartCursor</name>
    <message>
        <source>%1 ago: %2</source>
        <translation>vor %1: %2</translation>
    </message>
</context>
<context>
    <name>lotse::CursorTip</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::LegendTableModel</name>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
</context>
<context>
    <name>lotse::ComparePicker</name>
    <message>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Overlay every chart with the same queries one day or one week earlier, dashed</source>
        <translation>Jedes Diagramm gestrichelt mit denselben Abfragen einen Tag oder eine Woche früher überlagern</translation>
    </message>
</context>
<context>
    <name>lotse::GrafanaImportController</name>
    <message>
        <source>Import Grafana Dashboard</source>
        <translation>Grafana-Dashboard importieren</translation>
    </message>
    <message>
        <source>Grafana dashboards (*.json)</source>
        <translation>Grafana-Dashboards (*.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <source>The Grafana dashboard %1 cannot be imported.</source>
        <translation>Das Grafana-Dashboard %1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Grafana Dashboard Imported</source>
        <translation>Grafana-Dashboard importiert</translation>
    </message>
    <message>
        <source>%1 is now the dashboard %2.
%3</source>
        <translation>%1 ist jetzt das Dashboard %2.
%3</translation>
    </message>
    <message>
        <source>Shown as placeholders:</source>
        <translation>Als Platzhalter gezeigt:</translation>
    </message>
</context>
<context>
    <name>lotse::GrafanaImporter</name>
    <message>
        <source>the dashboard has more than %1 panels</source>
        <translation>das Dashboard hat mehr als %1 Panels</translation>
    </message>
    <message>
        <source>the translation is no valid Lotse dashboard: %1</source>
        <translation>die Übersetzung ist kein gültiges Lotse-Dashboard: %1</translation>
    </message>
</context>
<context>
    <name>lotse::GrafanaJson</name>
    <message>
        <source>the file is larger than %1 KiB, the most Lotse reads of a Grafana dashboard</source>
        <translation>die Datei ist größer als %1 KiB, mehr liest Lotse von einem Grafana-Dashboard nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Grafana dashboard: no panels or rows</source>
        <translation>kein Grafana-Dashboard: keine Panels oder Zeilen</translation>
    </message>
</context>
<context>
    <name>lotse::GrafanaReportText</name>
    <message>
        <source>%1 panels: %2 translated, %3 placeholders, %4 dropped</source>
        <translation>%1 Panels: %2 übersetzt, %3 Platzhalter, %4 verworfen</translation>
    </message>
    <message>
        <source>placeholder: %1 (%2): %3</source>
        <translation>Platzhalter: %1 (%2): %3</translation>
    </message>
    <message>
        <source>translated: %1 (%2)</source>
        <translation>übersetzt: %1 (%2)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>lotse::ImportCommand</name>
    <message>
        <source>Translates a Grafana dashboard into a Lotse dashboard.</source>
        <translation>Übersetzt ein Grafana-Dashboard in ein Lotse-Dashboard.</translation>
    </message>
    <message>
        <source>Write the dashboard YAML to FILE (- or none: standard output).</source>
        <translation>Das Dashboard-YAML in DATEI schreiben (- oder keine: Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Replace an existing --out file.</source>
        <translation>Eine vorhandene --out-Datei ersetzen.</translation>
    </message>
    <message>
        <source>Usage: lotse import grafana FILE.json [--out FILE.yaml] [--force]</source>
        <translation>Aufruf: lotse import grafana DATEI.json [--out DATEI.yaml] [--force]</translation>
    </message>
    <message>
        <source>%1: cannot import: %2</source>
        <translation>%1: Import nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 exists; --force replaces it</source>
        <translation>%1 gibt es schon; --force ersetzt es</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
</TS>
