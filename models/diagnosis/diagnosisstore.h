#pragma once

#include "core/error.h"
#include "diagnosis/diagnosisrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>

namespace lotse {

/// A saved diagnosis as listed for review.
struct StoredDiagnosis
{
    QString id;
    QString runbook;
    int version = 0;
    QDateTime at;      ///< the instant the checks read
    QDateTime updated; ///< when it was last saved
    QString verdict;
};

/// Keeps diagnosis sessions in a local SQLite file so that a walk can be
/// resumed and reviewed later; what is in one is DiagnosisRecord's business.
/// Local only: it never touches a watched system.
class DiagnosisStore final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DiagnosisStore)

public:
    /// @p path of the SQLite file; created with its table when missing.
    explicit DiagnosisStore(QString path);
    ~DiagnosisStore();
    DiagnosisStore(const DiagnosisStore &) = delete;
    DiagnosisStore &operator=(const DiagnosisStore &) = delete;

    /// The default file in the user's data directory.
    static QString defaultPath();

    /// Saves (or replaces) session @p id.
    std::expected<void, Error> save(const QString &id, const DiagnosisRecord &record, const QString &verdict);
    std::expected<DiagnosisRecord, Error> load(const QString &id) const;
    std::expected<QList<StoredDiagnosis>, Error> list() const;
    std::expected<void, Error> remove(const QString &id);

private:
    std::expected<void, Error> open() const;
    std::expected<void, Error> migrate() const;

    QString m_path;
    QString m_connection;
};

} // namespace lotse
