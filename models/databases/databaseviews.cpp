#include "databases/databaseviews.h"

#include "sources/sourcekinds.h"

namespace lotse {

QList<ViewInfo> DatabaseViews::forKind(const QString &kind)
{
    const SourceKind *known = SourceKinds::find(kind);
    return known ? known->views() : QList<ViewInfo>();
}

const ViewInfo *DatabaseViews::find(const QString &kind, const QString &id)
{
    const SourceKind *known = SourceKinds::find(kind);
    if (!known)
        return nullptr;
    for (const ViewInfo &view : known->views()) {
        if (view.id == id)
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
