// libFuzzer target: a `.lotse` snapshot file from anyone. Each input is
// written to a file and opened as a snapshot, then its series are thinned as
// a chart would thin them. With LOTSE_FUZZ_WRITE_SEED=FILE set, it writes a
// valid snapshot to FILE with Lotse's own writer instead (the seed corpus).
#include "core/decimator.h"
#include "snapshot/snapshot.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QString g_path;

lotse::RecordedAnswer answer(const QString &query, lotse::QueryReply::Result result)
{
    lotse::RecordedAnswer recorded;
    recorded.source = QStringLiteral("prometheus");
    recorded.query = query;
    recorded.at = 1700000000;
    recorded.window = {1699996400, 1700000000};
    recorded.result = std::make_shared<const lotse::QueryReply::Result>(std::move(result));
    return recorded;
}

int writeSeed(const QString &path)
{
    lotse::SnapshotData data;
    data.lotseVersion = QStringLiteral("0.1.0");
    data.dashboardId = QStringLiteral("seed");
    data.dashboardYaml = "id: seed\ntitle: {en: Seed, de: Saat}\nkpis:\n  - id: up\n    title: {en: Up, de: Up}\n"
                         "    query: up\n  - id: ratio\n    title: {en: Ratio, de: Quote}\n    query: a / b\n";
    data.at = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    data.savedAt = data.at;
    data.dashboardOrigin = QStringLiteral("seed.yaml");
    data.range = QStringLiteral("now-1h");
    data.window = {1699996400, 1700000000};
    data.sources = {{QStringLiteral("prometheus"), QStringLiteral("prometheus"),
                     QStringLiteral("http://127.0.0.1:9090"), QStringLiteral("2.42.0")}};
    data.kpis = {{QStringLiteral("up"), 1, lotse::State::Good, {}, {}, data.at}};
    lotse::QueryResult vector;
    vector.series.push_back({{{QStringLiteral("job"), QStringLiteral("node")}}, {1700000000}, {1}});
    data.answers.append(answer(QStringLiteral("up"), vector));
    lotse::QueryResult matrix;
    matrix.type = lotse::QueryResult::Type::Matrix;
    matrix.series.push_back({{}, {1699996400, 1699998200, 1700000000}, {0.5, std::nan(""), 2}});
    data.answers.append(answer(QStringLiteral("up"), matrix));
    data.answers.last().kind = lotse::RecordedAnswer::Kind::Range;
    data.answers.last().step = 1800;
    data.answers.append(answer(QStringLiteral("a / b"), std::unexpected(lotse::Error{lotse::Error::Kind::NoData, {}})));
    const auto written = lotse::SnapshotFile::write(path, data);
    return written ? 0 : 1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt finds its SQLite driver plugin through the application.
    static QCoreApplication app(*argc, *argv);
    if (const char *seed = std::getenv("LOTSE_FUZZ_WRITE_SEED"))
        std::exit(writeSeed(QString::fromLocal8Bit(seed)));
    static QTemporaryDir directory;
    g_path = directory.filePath(QStringLiteral("input.lotse"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(g_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    lotse::SnapshotLimits limits;
    limits.time = std::chrono::seconds(2); // below libFuzzer's -timeout, so that a slow file is an error, not a hang
    const auto read = lotse::SnapshotFile::readWithin(g_path, limits);
    if (!read)
        return 0;
    for (const lotse::RecordedAnswer &recorded : read->answers) {
        if (!*recorded.result)
            continue;
        for (const lotse::Series &series : (*recorded.result)->series)
            (void)lotse::Decimator::decimate(series, read->window.from, read->window.to, 100);
    }
    (void)lotse::Snapshot::fromData(*read, g_path);
    return 0;
}
