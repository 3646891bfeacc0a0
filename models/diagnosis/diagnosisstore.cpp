#include "diagnosis/diagnosisstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace lotse {

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
    QSqlQuery create(db);
    if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS diagnoses ("
                                    " id TEXT PRIMARY KEY, runbook TEXT NOT NULL, version INTEGER NOT NULL,"
                                    " at TEXT NOT NULL, updated TEXT NOT NULL, verdict TEXT NOT NULL,"
                                    " session TEXT NOT NULL)")))
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  tr("Cannot prepare the diagnosis store %1: %2").arg(m_path, create.lastError().text())});
    return {};
}

std::expected<void, Error> DiagnosisStore::save(const QString &id, const QJsonObject &session, const QString &verdict)
{
    if (auto opened = open(); !opened)
        return opened;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO diagnoses (id, runbook, version, at, updated, verdict, session)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(session.value(QStringLiteral("runbook")).toString());
    query.addBindValue(session.value(QStringLiteral("version")).toInt());
    query.addBindValue(session.value(QStringLiteral("at")).toString());
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(verdict);
    query.addBindValue(QString::fromUtf8(QJsonDocument(session).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("Cannot save the diagnosis: %1").arg(query.lastError().text())});
    return {};
}

std::expected<QJsonObject, Error> DiagnosisStore::load(const QString &id) const
{
    if (auto opened = open(); !opened)
        return std::unexpected(opened.error());
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT session FROM diagnoses WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("Cannot read the diagnosis: %1").arg(query.lastError().text())});
    if (!query.next())
        return std::unexpected(Error{Error::Kind::NoData, tr("No saved diagnosis \"%1\".").arg(id)});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &error);
    if (!document.isObject())
        return std::unexpected(Error{Error::Kind::Malformed,
                                     tr("The saved diagnosis \"%1\" is damaged: %2").arg(id, error.errorString())});
    return document.object();
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
