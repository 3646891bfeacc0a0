#include "connections/connectiondraft.h"

#include "sources/sourcekinds.h"

#include <optional>

namespace lotse {

namespace {

using Headers = QList<QPair<QString, QString>>;

/// "Name: value" lines, empty lines skipped; std::nullopt and the 1-based
/// number of the first malformed line otherwise.
std::optional<Headers> parseHeaders(const QString &text, int *badLine = nullptr)
{
    Headers headers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? QString() : line.left(colon).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' '))) {
            if (badLine)
                *badLine = int(i + 1);
            return std::nullopt;
        }
        headers.append({name, line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QString textOf(const Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + QStringLiteral(": ") + value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ConnectionDraft ConnectionDraft::of(const Connection &connection, bool known)
{
    ConnectionDraft draft;
    draft.connection = connection;
    draft.headersText = textOf(connection.headers);
    if (known) {
        draft.originalName = connection.name;
        draft.storedSecret = connection.usesSecret;
    }
    return draft;
}

bool ConnectionDraft::has(ConnectionField::Id id) const
{
    const SourceKind *kind = SourceKinds::find(connection.kind);
    return kind && kind->hasField(id);
}

Connection ConnectionDraft::edited() const
{
    Connection result = connection;
    if (has(ConnectionField::Id::Auth)) {
        result.usesSecret = result.auth != PrometheusSettings::Auth::None;
    } else {
        result.auth = PrometheusSettings::Auth::None;
        result.usesSecret
            = !result.user.isEmpty() || !result.secretEnv.isEmpty() || !typedSecret.isEmpty() || hasStoredSecret();
    }
    if (!has(ConnectionField::Id::Headers))
        result.headers.clear();
    return result;
}

void ConnectionDraft::setHeadersText(const QString &text)
{
    headersText = text;
    if (const auto headers = parseHeaders(text))
        connection.headers = *headers;
}

int ConnectionDraft::badHeaderLine() const
{
    int badLine = 0;
    if (has(ConnectionField::Id::Headers))
        parseHeaders(headersText, &badLine);
    return badLine;
}

} // namespace lotse
