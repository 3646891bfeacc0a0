#include "snapshot/snapshotfile.h"

#include "dashboard/dashboardsession.h"
#include "snapshot/recordingsource.h"
#include "dashboard/sessionwindow.h"
#include "snapshot/snapshotcodec.h"
#include "snapshot/snapshotconnection.h"
#include "snapshot/snapshotreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cmath>
#include <filesystem>

namespace lotse {

namespace {

// The schema of format 1. Scalars that must survive bit for bit are 17-digit
// text ("nan", "inf", "-inf" included; REAL would turn NaN into NULL), series
// are BLOBs of little-endian binary64 (a million points as REAL rows would
// take seconds to write); see SnapshotCodec.
const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sources (position INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
    " location TEXT NOT NULL, version TEXT)",
    "CREATE TABLE kpis (position INTEGER PRIMARY KEY, id TEXT NOT NULL, value REAL, value_text TEXT NOT NULL,"
    " state TEXT NOT NULL, read_at TEXT, error_kind TEXT, error TEXT, warnings TEXT NOT NULL)",
    "CREATE TABLE answers (id INTEGER PRIMARY KEY, source TEXT NOT NULL, kind TEXT NOT NULL, query TEXT NOT NULL,"
    " at TEXT, window_from TEXT, window_to TEXT, step TEXT, result_type TEXT, text TEXT, table_json TEXT,"
    " warnings TEXT NOT NULL, error_kind TEXT, error TEXT)",
    "CREATE TABLE series (answer INTEGER NOT NULL REFERENCES answers(id), position INTEGER NOT NULL,"
    " labels TEXT NOT NULL, points INTEGER NOT NULL, times BLOB NOT NULL, \"values\" BLOB NOT NULL,"
    " PRIMARY KEY (answer, position))",
};

/// Answers this close to the snapshot's instant belong to its last refresh; a
/// live session reads the clock twice per refresh, a millisecond apart.
constexpr double kSameRefreshSeconds = 1.0;

/// Runs a prepared or plain statement; the error names @p path and SQLite's reason.
std::expected<void, Error> run(QSqlQuery &query, const QString &path, const QString &statement = {})
{
    const bool ok = statement.isEmpty() ? query.exec() : query.exec(statement);
    if (ok)
        return {};
    return std::unexpected(
        Error{Error::Kind::Invalid,
              SnapshotFile::tr("Cannot write the snapshot %1: %2").arg(path, query.lastError().text())});
}

std::expected<void, Error> writeMeta(QSqlDatabase &db, const QString &path, const SnapshotData &data)
{
    const QList<std::pair<const char *, QString>> entries{
        {"format", QString::number(SnapshotFile::kFormat)},
        {"lotse_version", data.lotseVersion},
        {"saved_at", SnapshotCodec::timeText(data.savedAt)},
        {"dashboard_id", data.dashboardId},
        {"dashboard_yaml", QString::fromUtf8(data.dashboardYaml)},
        {"dashboard_origin", data.dashboardOrigin},
        {"variables", data.variables.isNull() ? QStringLiteral("") : data.variables}, // NOT NULL
        {"range", data.range},
        {"at", SnapshotCodec::timeText(data.at)},
        {"window_from", SnapshotCodec::exactText(data.window.from)},
        {"window_to", SnapshotCodec::exactText(data.window.to)},
    };
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : entries) {
        query.addBindValue(QString::fromLatin1(key));
        query.addBindValue(value);
        if (auto done = run(query, path); !done)
            return done;
    }
    return {};
}

std::expected<void, Error> writeSources(QSqlDatabase &db, const QString &path, const QList<SourceInfo> &sources)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO sources (position, name, kind, location, version) VALUES (?, ?, ?, ?, ?)"));
    for (int position = 0; position < sources.size(); ++position) {
        const SourceInfo &source = sources.at(position);
        query.addBindValue(position);
        query.addBindValue(source.name);
        query.addBindValue(source.kind);
        query.addBindValue(source.location);
        query.addBindValue(source.version.isEmpty() ? QVariant() : QVariant(source.version));
        if (auto done = run(query, path); !done)
            return done;
    }
    return {};
}

std::expected<void, Error> writeKpis(QSqlDatabase &db, const QString &path, const QList<KpiRecord> &kpis)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO kpis (position, id, value, value_text, state, read_at, error_kind, error,"
                                 " warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < kpis.size(); ++position) {
        const KpiRecord &kpi = kpis.at(position);
        query.addBindValue(position);
        query.addBindValue(kpi.id);
        query.addBindValue(std::isnan(kpi.value) ? QVariant() : QVariant(kpi.value));
        query.addBindValue(SnapshotCodec::exactText(kpi.value));
        query.addBindValue(stateId(kpi.state));
        query.addBindValue(kpi.readAt.isValid() ? QVariant(SnapshotCodec::timeText(kpi.readAt)) : QVariant());
        query.addBindValue(kpi.error ? QVariant(kpi.error->kindId()) : QVariant());
        query.addBindValue(kpi.error ? QVariant(kpi.error->message) : QVariant());
        query.addBindValue(SnapshotCodec::stringsJson(kpi.warnings));
        if (auto done = run(query, path); !done)
            return done;
    }
    return {};
}

std::expected<void, Error> writeSeries(QSqlQuery &query, const QString &path, int answer, const QueryResult &result)
{
    for (int position = 0; position < int(result.series.size()); ++position) {
        const Series &series = result.series.at(size_t(position));
        query.addBindValue(answer);
        query.addBindValue(position);
        query.addBindValue(SnapshotCodec::labelsJson(series.labels));
        query.addBindValue(qint64(series.size()));
        query.addBindValue(SnapshotCodec::packed(series.times));
        query.addBindValue(SnapshotCodec::packed(series.values));
        if (auto done = run(query, path); !done)
            return done;
    }
    return {};
}

std::expected<void, Error> writeAnswers(QSqlDatabase &db, const QString &path, const QList<RecordedAnswer> &answers)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO answers (id, source, kind, query, at, window_from, window_to, step,"
                                 " result_type, text, table_json, warnings, error_kind, error)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery series(db);
    series.prepare(QStringLiteral("INSERT INTO series (answer, position, labels, points, times, \"values\")"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    for (int id = 0; id < answers.size(); ++id) {
        const RecordedAnswer &answer = answers.at(id);
        const bool instant = answer.kind == RecordedAnswer::Kind::Instant;
        const QueryReply::Result &result = *answer.result;
        query.addBindValue(id);
        query.addBindValue(answer.source);
        query.addBindValue(RecordedAnswer::kindId(answer.kind));
        query.addBindValue(answer.query);
        query.addBindValue(instant ? QVariant(SnapshotCodec::exactText(answer.at)) : QVariant());
        query.addBindValue(instant ? QVariant() : QVariant(SnapshotCodec::exactText(answer.window.from)));
        query.addBindValue(instant ? QVariant() : QVariant(SnapshotCodec::exactText(answer.window.to)));
        query.addBindValue(instant ? QVariant() : QVariant(SnapshotCodec::exactText(answer.step)));
        query.addBindValue(result ? QVariant(SnapshotCodec::resultTypeId(result->type)) : QVariant());
        query.addBindValue(result ? QVariant(result->text) : QVariant());
        query.addBindValue(result && !result->table.columns.isEmpty()
                               ? QVariant(SnapshotCodec::tableJson(result->table))
                               : QVariant());
        query.addBindValue(SnapshotCodec::stringsJson(result ? result->warnings : QStringList()));
        query.addBindValue(result ? QVariant() : QVariant(result.error().kindId()));
        query.addBindValue(result ? QVariant() : QVariant(result.error().message));
        if (auto done = run(query, path); !done)
            return done;
        if (!result)
            continue;
        if (auto done = writeSeries(series, path, id, *result); !done)
            return done;
    }
    return {};
}

std::expected<void, Error> writeAll(QSqlDatabase &db, const QString &path, const SnapshotData &data)
{
    QSqlQuery query(db);
    // The file is renamed into place only when complete: no journal needed.
    for (const char *pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"}) {
        if (auto done = run(query, path, QString::fromLatin1(pragma)); !done)
            return done;
    }
    if (!db.transaction())
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  SnapshotFile::tr("Cannot write the snapshot %1: %2").arg(path, db.lastError().text())});
    for (const char *statement : kSchema) {
        if (auto done = run(query, path, QString::fromLatin1(statement)); !done)
            return done;
    }
    if (auto done = writeMeta(db, path, data); !done)
        return done;
    if (auto done = writeSources(db, path, data.sources); !done)
        return done;
    if (auto done = writeKpis(db, path, data.kpis); !done)
        return done;
    if (auto done = writeAnswers(db, path, data.answers); !done)
        return done;
    if (!db.commit())
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  SnapshotFile::tr("Cannot write the snapshot %1: %2").arg(path, db.lastError().text())});
    return {};
}

QString lotseVersion()
{
#ifdef LOTSE_VERSION
    return QStringLiteral(LOTSE_VERSION);
#else
    return QCoreApplication::applicationVersion();
#endif
}

std::expected<QByteArray, Error> dashboardText(const QString &origin)
{
    if (SnapshotFile::isSnapshotPath(origin)) {
        // Saving a snapshot of a snapshot: its YAML is all that is needed of the old file.
        auto old = SnapshotFile::read(origin);
        if (!old)
            return std::unexpected(old.error());
        return std::move(old->dashboardYaml);
    }
    QFile file(origin);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Kind::Invalid,
                                     SnapshotFile::tr("Cannot read the dashboard %1 to keep it in "
                                                      "the snapshot: %2")
                                         .arg(origin, file.errorString())});
    return file.readAll();
}

double secondsOf(const QDateTime &at)
{
    return double(at.toMSecsSinceEpoch()) / 1000.0;
}

QList<KpiRecord> kpiRecords(const KpiModel &kpis)
{
    QList<KpiRecord> records;
    for (int row = 0; row < kpis.rowCount(); ++row) {
        const KpiValue &value = kpis.value(row);
        records.append({kpis.spec(row).id, value.value, value.state, value.error, value.warnings, value.readAt});
    }
    return records;
}

/// The answers of the refresh on screen: older ones (a chart at an earlier
/// width, a query no longer asked) stay out of the file.
QList<RecordedAnswer> answersShown(const QList<RecordedAnswer> &answers, const QDateTime &at, const TimeWindow &window)
{
    const double instant = secondsOf(at);
    QList<RecordedAnswer> shown;
    for (const RecordedAnswer &answer : answers) {
        const bool current = answer.kind == RecordedAnswer::Kind::Instant
            ? std::abs(answer.at - instant) <= kSameRefreshSeconds
            // A sparkline's read may start up to a step late: on the grid through the card's instant.
            : std::abs(answer.window.to - window.to) <= kSameRefreshSeconds
                && answer.window.from >= window.from - kSameRefreshSeconds
                && answer.window.from <= window.from + answer.step + kSameRefreshSeconds;
        if (current)
            shown.append(answer);
    }
    return shown;
}

} // namespace

bool SnapshotFile::isSnapshotPath(const QString &path)
{
    return path.endsWith(QLatin1String(".lotse"), Qt::CaseInsensitive);
}

std::expected<void, Error> SnapshotFile::write(const QString &path, const SnapshotData &data)
{
    const QFileInfo target(path);
    QTemporaryFile part(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!part.open())
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("Cannot write the snapshot %1: %2").arg(path, part.errorString())});
    part.close();
    {
        SnapshotConnection connection(part.fileName(), false);
        if (!connection.open())
            return std::unexpected(
                Error{Error::Kind::Invalid, tr("Cannot write the snapshot %1: %2").arg(path, connection.errorText())});
        if (auto written = writeAll(connection.db(), path, data); !written)
            return written;
    }
    std::error_code failure;
    std::filesystem::rename(part.fileName().toStdString(), target.absoluteFilePath().toStdString(), failure);
    if (failure)
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  tr("Cannot write the snapshot %1: %2").arg(path, QString::fromStdString(failure.message()))});
    part.setAutoRemove(false);
    return {};
}

std::expected<SnapshotData, Error> SnapshotFile::read(const QString &path)
{
    return SnapshotReader::read(path, SnapshotLimits());
}

std::expected<SnapshotData, Error> SnapshotFile::readWithin(const QString &path, const SnapshotLimits &limits)
{
    return SnapshotReader::read(path, limits);
}

QStringList SnapshotFile::schema()
{
    QStringList statements;
    for (const char *statement : kSchema)
        statements.append(QString::fromLatin1(statement));
    return statements;
}

std::expected<SnapshotData, Error> SnapshotFile::capture(const DashboardSession &session,
                                                         const SourceRegistry &recorded,
                                                         const QList<SourceInfo> &sources)
{
    if (session.isBusy())
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("The dashboard is still reading its sources; save the "
                                        "snapshot when the refresh has finished.")});
    const Dashboard &dashboard = session.dashboard();
    auto yaml = dashboardText(dashboard.origin);
    if (!yaml)
        return std::unexpected(yaml.error());
    const QList<RecordedAnswer> answers = RecordingSource::answersOf(recorded);
    SnapshotData data;
    data.format = kFormat;
    data.lotseVersion = lotseVersion();
    data.savedAt = QDateTime::currentDateTimeUtc();
    data.dashboardId = dashboard.id;
    data.dashboardYaml = std::move(*yaml);
    data.dashboardOrigin = dashboard.origin;
    data.variables = QString::fromUtf8(QJsonDocument(dashboard.values.toJson()).toJson(QJsonDocument::Compact));
    data.range = session.timeRange().toString();
    data.window = SessionWindow::of(session);
    data.at = SessionWindow::instantOf(session);
    data.sources = sources;
    data.kpis = kpiRecords(*session.kpis());
    data.answers = answersShown(answers, data.at, data.window);
    return data;
}

std::expected<void, Error> SnapshotFile::save(const QString &path, const DashboardSession &session,
                                              const SourceRegistry &recorded, const QList<SourceInfo> &sources)
{
    const auto data = capture(session, recorded, sources);
    if (!data)
        return std::unexpected(data.error());
    return write(path, *data);
}

} // namespace lotse
