#include "alerts/runbooklink.h"

#include <QRegularExpression>

namespace lotse {

namespace {

const QString kScheme = QStringLiteral("lotse:runbook/");
// A URL longer than this is not a link a person wrote.
constexpr qsizetype kMaxLength = 2048;

bool isId(const QString &text)
{
    // The ids runbooks use: lower case, digits, '_', '-' and '.' (slugs).
    static const QRegularExpression id(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,127}$"));
    return id.match(text).hasMatch();
}

RunbookLink runbookAt(const QString &target)
{
    const qsizetype hash = target.indexOf(QLatin1Char('#'));
    const QString runbook = hash < 0 ? target : target.left(hash);
    const QString node = hash < 0 ? QString() : target.mid(hash + 1);
    if (!isId(runbook) || (hash >= 0 && !isId(node)))
        return {};
    RunbookLink link;
    link.kind = RunbookLink::Kind::Runbook;
    link.runbook = runbook;
    link.node = node;
    return link;
}

} // namespace

RunbookLink RunbookLink::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxLength)
        return {};
    if (trimmed.startsWith(kScheme, Qt::CaseInsensitive))
        return runbookAt(trimmed.mid(kScheme.size()));
    if (!trimmed.contains(QLatin1Char(':')) && !trimmed.contains(QLatin1Char('/')))
        return runbookAt(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    // Only the web: a file: or javascript: link in someone's rule file must
    // not run anything on the engineer's machine.
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    RunbookLink link;
    link.kind = Kind::External;
    link.url = url;
    return link;
}

QString RunbookLink::toString() const
{
    switch (kind) {
    case Kind::Runbook: return kScheme + runbook + (node.isEmpty() ? QString() : QLatin1Char('#') + node);
    case Kind::External: return url.toString();
    case Kind::None: break;
    }
    return {};
}

QString RunbookLink::kindId() const
{
    switch (kind) {
    case Kind::Runbook: return QStringLiteral("runbook");
    case Kind::External: return QStringLiteral("external");
    case Kind::None: break;
    }
    return QStringLiteral("none");
}

} // namespace lotse
