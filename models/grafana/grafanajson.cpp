#include "grafana/grafanajson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lotse {

namespace {

Error invalid(const QString &message)
{
    return {Error::Kind::Invalid, message};
}

Error tooLarge()
{
    return invalid(GrafanaJson::tr("the file is larger than %1 KiB, the most Lotse reads of a Grafana dashboard")
                       .arg(GrafanaJson::maxBytes / 1024));
}

} // namespace

std::expected<QByteArray, Error> GrafanaJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(invalid(tr("cannot read %1: %2").arg(path, file.errorString())));
    // One byte past the bound tells a file that is too large from one that fits.
    QByteArray text = file.read(maxBytes + 1);
    if (text.size() > maxBytes)
        return std::unexpected(tooLarge());
    return text;
}

bool GrafanaJson::tooDeep(const QByteArray &text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            depth += 1;
        else if (c == '}' || c == ']')
            depth -= 1;
        if (depth > maxDepth)
            return true;
    }
    return false;
}

std::expected<QJsonObject, Error> GrafanaJson::parse(const QByteArray &text)
{
    if (text.size() > maxBytes)
        return std::unexpected(tooLarge());
    // Qt's parser recurses; the walk over panels and rows does too.
    if (tooDeep(text))
        return std::unexpected(invalid(tr("the JSON is nested deeper than %1 levels").arg(maxDepth)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(invalid(tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)));
    QJsonObject root = document.object();
    if (root.value(QLatin1String("dashboard")).isObject())
        root = root.value(QLatin1String("dashboard")).toObject();
    if (!root.value(QLatin1String("panels")).isArray() && !root.value(QLatin1String("rows")).isArray())
        return std::unexpected(notADashboard());
    return root;
}

Error GrafanaJson::notADashboard()
{
    return invalid(tr("not a Grafana dashboard: no panels or rows"));
}

} // namespace lotse
