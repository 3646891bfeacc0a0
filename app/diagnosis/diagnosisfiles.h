#pragma once

#include "core/error.h"
#include "core/localizedtext.h"
#include "diagnosis/diagnosisrecord.h"
#include "diagnosis/runbook.h"
#include "diagnosis/diagnosisstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <expected>

namespace lotse {

/// What the diagnosis controller reads on worker threads, so the GUI thread
/// never waits for a file or SQLite: runbooks, and the diagnosis store.
class DiagnosisFiles final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DiagnosisFiles)

public:
    /// Every runbook the catalog knows, by id, each loaded or with its error.
    using RunbookList = QList<std::pair<QString, std::expected<Runbook, QString>>>;
    /// The saved diagnoses, newest first, with the titles of their runbooks.
    struct Recent
    {
        std::expected<QList<StoredDiagnosis>, Error> stored;
        QHash<QString, LocalizedText> titles;
    };
    /// A saved diagnosis and the runbook it walked.
    using Saved = std::expected<std::pair<DiagnosisRecord, Runbook>, QString>;

    /// A runbook by id or file, or why it cannot be used.
    static std::expected<Runbook, QString> runbook(const QString &idOrFile);
    static RunbookList runbooks();
    static Recent recent(const QString &storePath);
    static Saved saved(const QString &storePath, const QString &id);
};

} // namespace lotse
