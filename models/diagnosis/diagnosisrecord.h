#pragma once

#include "core/error.h"
#include "diagnosis/runbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <expected>
#include <memory>

namespace lotse {

class DiagnosisSession;
class SourceRegistry;

/// One diagnosis as it is saved: the walk (steps, readings, notes) as JSON and
/// the YAML of the runbook it followed, so that a review shows the runbook as
/// it was walked even after its file has changed or gone. Reading checks every
/// node, branch, check and type against that runbook: what does not fit is an
/// Error that names it, never a crash. DiagnosisStore keeps the records; this
/// class alone knows what is in one.
class DiagnosisRecord final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DiagnosisRecord)

public:
    DiagnosisRecord() = default;

    /// What @p session is saved as.
    static DiagnosisRecord of(const DiagnosisSession &session);
    /// A record as the store keeps it: @p walk the JSON text of the walk,
    /// @p runbookText the YAML, empty in a record saved before it was kept.
    static std::expected<DiagnosisRecord, Error> parse(const QByteArray &walk, QByteArray runbookText);

    /// The walk as compact JSON text, for the store.
    QByteArray walkText() const;
    const QJsonObject &walk() const { return m_walk; }
    const QByteArray &runbookText() const { return m_runbookText; }
    QString runbookId() const;
    int runbookVersion() const;
    /// The instant the checks read, as saved (ISO 8601, UTC).
    QString at() const;

    /// The runbook the walk followed, read from the saved text; for a record
    /// saved before the text was kept, the runbook's file as it is now. May
    /// read a file: call it off the GUI thread.
    std::expected<Runbook, Error> runbook() const;
    /// The session for review over @p runbook, as it was saved and reading
    /// nothing again; or what in the record does not fit @p runbook.
    std::expected<std::unique_ptr<DiagnosisSession>, Error> restore(Runbook runbook, SourceRegistry *sources) const;

private:
    DiagnosisRecord(QJsonObject walk, QByteArray runbookText);

    QJsonObject m_walk;
    QByteArray m_runbookText;
};

} // namespace lotse
