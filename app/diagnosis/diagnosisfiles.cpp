#include "diagnosis/diagnosisfiles.h"

#include "definitions/definitioncatalog.h"
#include "definitions/runbookloader.h"

namespace lotse {

std::expected<Runbook, QString> DiagnosisFiles::runbook(const QString &idOrFile)
{
    const QString path = DefinitionCatalog(QStringLiteral("runbooks")).resolve(idOrFile);
    if (path.isEmpty())
        return std::unexpected(tr("There is no runbook \"%1\".").arg(idOrFile));
    auto runbook = RunbookLoader::loadFile(path);
    if (!runbook)
        return std::unexpected(diagnosticsText(runbook.error()));
    return std::move(*runbook);
}

DiagnosisFiles::RunbookList DiagnosisFiles::runbooks()
{
    RunbookList runbooks;
    for (const QString &id : DefinitionCatalog(QStringLiteral("runbooks")).ids())
        runbooks.append({id, runbook(id)});
    return runbooks;
}

DiagnosisFiles::Recent DiagnosisFiles::recent(const QString &storePath)
{
    Recent recent{DiagnosisStore(storePath).list(), {}};
    for (const StoredDiagnosis &entry : recent.stored.value_or(QList<StoredDiagnosis>())) {
        if (recent.titles.contains(entry.runbook))
            continue;
        const auto walked = runbook(entry.runbook);
        recent.titles.insert(entry.runbook, walked ? walked->title : LocalizedText{entry.runbook, entry.runbook});
    }
    return recent;
}

DiagnosisFiles::Saved DiagnosisFiles::saved(const QString &storePath, const QString &id)
{
    // The runbook as it was walked, kept with the session: the file may have
    // changed or gone since.
    auto record = DiagnosisStore(storePath).load(id);
    if (!record)
        return std::unexpected(record.error().message);
    auto walked = record->runbook();
    if (!walked)
        return std::unexpected(walked.error().message);
    return std::pair{std::move(*record), std::move(*walked)};
}

} // namespace lotse
