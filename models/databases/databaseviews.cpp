#include "databases/databaseviews.h"

namespace lotse {

namespace {

const QList<ViewInfo> &catalog()
{
    static const QList<ViewInfo> views{
        {QStringLiteral("postgres"),
         QStringLiteral("top-statements"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Top statements"),
         {QStringLiteral("queryid"), QStringLiteral("database"), QStringLiteral("role")},
         QStringLiteral("[order=total|mean] [limit=N]")},
        {QStringLiteral("postgres"),
         QStringLiteral("long-running"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Long-running statements"),
         {QStringLiteral("pid")},
         QStringLiteral("[MIN_SECONDS]")},
        {QStringLiteral("postgres"),
         QStringLiteral("blocking"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Blocking chains"),
         {QStringLiteral("blocked_pid"), QStringLiteral("blocking_pid")},
         {}},
        {QStringLiteral("postgres"),
         QStringLiteral("tables"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Tables and vacuum"),
         {QStringLiteral("schema"), QStringLiteral("table")},
         {}},
        {QStringLiteral("postgres"),
         QStringLiteral("indexes"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Index usage"),
         {QStringLiteral("schema"), QStringLiteral("index")},
         {}},
        {QStringLiteral("postgres"),
         QStringLiteral("missing-indexes"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Missing-index candidates"),
         {QStringLiteral("schema"), QStringLiteral("table"), QStringLiteral("column")},
         {}},
        {QStringLiteral("postgres"),
         QStringLiteral("database"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Database statistics"),
         {QStringLiteral("database")},
         {}},
        {QStringLiteral("postgres"),
         QStringLiteral("connections"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Connections"),
         {},
         {}},
        {QStringLiteral("redis"),
         QStringLiteral("info"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Server information"),
         {QStringLiteral("section"), QStringLiteral("field")},
         QStringLiteral("[SECTION]")},
        {QStringLiteral("redis"),
         QStringLiteral("overview"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Overview"),
         {},
         {}},
        {QStringLiteral("redis"),
         QStringLiteral("slowlog"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Slow log"),
         {QStringLiteral("id")},
         QStringLiteral("[COUNT]")},
        {QStringLiteral("redis"),
         QStringLiteral("keys-without-ttl"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Keys without TTL"),
         {QStringLiteral("pattern")},
         QStringLiteral("PATTERN [limit=N]")},
        {QStringLiteral("clickhouse"),
         QStringLiteral("slow-queries"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Slow queries"),
         {QStringLiteral("query_id")},
         QStringLiteral("[limit=N]")},
        {QStringLiteral("clickhouse"),
         QStringLiteral("running-queries"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Running queries"),
         {QStringLiteral("query_id")},
         {}},
        {QStringLiteral("clickhouse"),
         QStringLiteral("table-sizes"),
         QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Table sizes"),
         {QStringLiteral("database"), QStringLiteral("table")},
         {}},
    };
    return views;
}

} // namespace

QList<ViewInfo> DatabaseViews::forKind(const QString &kind)
{
    QList<ViewInfo> views;
    for (const ViewInfo &view : catalog()) {
        if (view.kind == kind)
            views.append(view);
    }
    return views;
}

const ViewInfo *DatabaseViews::find(const QString &kind, const QString &id)
{
    for (const ViewInfo &view : catalog()) {
        if (view.kind == kind && view.id == id)
            return &view;
    }
    return nullptr;
}

QString DatabaseViews::title(const ViewInfo &view)
{
    return QCoreApplication::translate("lotse::DatabaseViews", view.title);
}

Error DatabaseViews::unknown(const QString &kind, const QString &name)
{
    QStringList ids;
    for (const ViewInfo &view : forKind(kind))
        ids.append(QLatin1Char('@') + view.id);
    return {Error::Kind::Invalid,
            tr("A %1 source has no list \"@%2\"; it has %3.").arg(kind, name, ids.join(QStringLiteral(", ")))};
}

} // namespace lotse
