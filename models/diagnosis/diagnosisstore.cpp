#include "diagnosis/diagnosisstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <iterator>

namespace lotse {

namespace {

/// Step N brings a store from schema N to N + 1, so a store of any older
/// Lotse opens and stays readable. Stores before the schema was counted are 0.
const char *const kMigrations[] = {
    "CREATE TABLE IF NOT EXISTS diagnoses ("
    " id TEXT PRIMARY KEY, runbook TEXT NOT NULL, version INTEGER NOT NULL,"
    " at TEXT NOT NULL, updated TEXT NOT NULL, verdict TEXT NOT NULL,"
    " session TEXT NOT NULL)",
    // The runbook's YAML as the session walked it; NULL in sessions saved before.
    "ALTER TABLE diagnoses ADD COLUMN runbook_text TEXT",
};
constexpr int kSchema = int(std::size(kMigrations));

} // namespace

DiagnosisStore::DiagnosisStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("lotse-diagnoses-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DiagnosisStore::~DiagnosisStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString DiagnosisStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/diagnoses.sqlite");
}

std::expected<void, Error> DiagnosisStore::open() const
{
    if (QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen())
        return {};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("Cannot open the diagnosis store %1: %2").arg(m_path, db.lastError().text())});
    return migrate();
}

std::expected<void, Error> DiagnosisStore::migrate() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const auto schemaNow = [&query] {
        return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
    };
    if (schemaNow() >= kSchema)
        return {};
    // One writer at a time: two windows opening an old store migrate it once.
    bool done = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const int schema = done ? schemaNow() : -1;
    done = done && schema >= 0;
    for (int step = schema; done && step < kSchema; ++step)
        done = query.exec(QString::fromLatin1(kMigrations[step]));
    if (done && schema < kSchema)
        done = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchema));
    if (done && query.exec(QStringLiteral("COMMIT")))
        return {};
    const QString problem = query.lastError().text();
    db.close(); // rolls back what began; the next open() tries again
    return std::unexpected(
        Error{Error::Kind::Invalid, tr("Cannot prepare the diagnosis store %1: %2").arg(m_path, problem)});
}

std::expected<void, Error> DiagnosisStore::save(const QString &id, const DiagnosisRecord &record,
                                                const QString &verdict)
{
    if (auto opened = open(); !opened)
        return opened;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO diagnoses (id, runbook, version, at, updated, verdict, session, runbook_text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(record.runbookId());
    query.addBindValue(record.runbookVersion());
    query.addBindValue(record.at());
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(verdict);
    query.addBindValue(QString::fromUtf8(record.walkText()));
    query.addBindValue(QString::fromUtf8(record.runbookText()));
    if (!query.exec())
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("Cannot save the diagnosis: %1").arg(query.lastError().text())});
    return {};
}

std::expected<DiagnosisRecord, Error> DiagnosisStore::load(const QString &id) const
{
    if (auto opened = open(); !opened)
        return std::unexpected(opened.error());
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT session, runbook_text FROM diagnoses WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("Cannot read the diagnosis: %1").arg(query.lastError().text())});
    if (!query.next())
        return std::unexpected(Error{Error::Kind::NoData, tr("No saved diagnosis \"%1\".").arg(id)});
    auto record = DiagnosisRecord::parse(query.value(0).toString().toUtf8(), query.value(1).toString().toUtf8());
    if (!record)
        return std::unexpected(Error{Error::Kind::Malformed,
                                     tr("The saved diagnosis \"%1\" is damaged: %2").arg(id, record.error().message)});
    return std::move(*record);
}

std::expected<QList<StoredDiagnosis>, Error> DiagnosisStore::list() const
{
    if (auto opened = open(); !opened)
        return std::unexpected(opened.error());
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(
            QStringLiteral("SELECT id, runbook, version, at, updated, verdict FROM diagnoses ORDER BY updated DESC")))
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("Cannot list the diagnoses: %1").arg(query.lastError().text())});
    QList<StoredDiagnosis> stored;
    while (query.next()) {
        stored.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                       QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                       QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs), query.value(5).toString()});
    }
    return stored;
}

std::expected<void, Error> DiagnosisStore::remove(const QString &id)
{
    if (auto opened = open(); !opened)
        return opened;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("DELETE FROM diagnoses WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("Cannot delete the diagnosis: %1").arg(query.lastError().text())});
    return {};
}

} // namespace lotse
