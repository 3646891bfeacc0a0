#include "sources/sourcekind.h"

#include <algorithm>

namespace lotse {

SourceKind::SourceKind(Description description)
    : m_description(std::move(description))
{
    // A list belongs to the kind that lists it.
    for (ViewInfo &view : m_description.views)
        view.kind = m_description.id;
}

QString SourceKind::displayName() const
{
    return tr(m_description.displayName);
}

bool SourceKind::hasField(ConnectionField::Id id) const
{
    const QList<ConnectionField> &fields = m_description.formFields;
    return std::any_of(fields.cbegin(), fields.cend(), [id](const ConnectionField &field) { return field.id == id; });
}

QString SourceKind::example(ConnectionField::Id id) const
{
    for (const ConnectionField &field : m_description.formFields) {
        if (field.id == id)
            return field.example;
    }
    return {};
}

QString SourceKind::serverName(const QString &version) const
{
    const QString &name = m_description.productName;
    return version.startsWith(name) ? version : name + QLatin1Char(' ') + version;
}

QList<ConnectionField> SourceKind::databaseForm(const QString &example, bool headers)
{
    QList<ConnectionField> fields{
        {ConnectionField::Id::Address, example}, {ConnectionField::Id::User}, {ConnectionField::Id::Secret}};
    if (headers)
        fields.append({ConnectionField::Id::Headers});
    fields.append({ConnectionField::Id::Timeout});
    fields.append({ConnectionField::Id::Tls});
    return fields;
}

int SourceKind::timeoutOr(const Connection &connection, int fallbackMs)
{
    return connection.timeoutMs > 0 ? connection.timeoutMs : fallbackMs;
}

Error SourceKind::problemOf(const Connection &connection, const Error &problem)
{
    return {problem.kind, tr("%1: %2").arg(connection.name, problem.message)};
}

} // namespace lotse
