#pragma once

#include "variables/variablespec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <expected>

namespace lotse {

/// The values chosen for a definition's variables: one or more per name, or
/// "all". Saved with snapshots and diagnoses, printed in reports.
class VariableValues final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::VariableValues)

public:
    /// The value that stands for every value of an `include_all` variable.
    static QString allValue() { return QStringLiteral("$__all"); }

    /// `NAME=VALUE` arguments, as `--var` takes them: a name given twice, or
    /// a value with commas (`job=a,b`), holds several values.
    static std::expected<VariableValues, QString> fromArguments(const QStringList &arguments);
    static VariableValues fromJson(const QJsonObject &json);

    bool isEmpty() const { return m_values.isEmpty(); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    QStringList names() const { return m_values.keys(); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    void set(const QString &name, const QStringList &values) { m_values.insert(name, values); }
    bool isAll(const QString &name) const { return m_values.value(name) == QStringList{allValue()}; }

    /// These values over @p specs: a value given here wins, else the
    /// variable's default, else its first fixed option; a variable read from
    /// a source with neither stays unset until it is resolved.
    VariableValues withDefaults(const QList<VariableSpec> &specs) const;
    /// The names of @p specs that have no value here.
    QStringList unset(const QList<VariableSpec> &specs) const;
    /// The values of the variables @p specs declare; the others are left out.
    VariableValues only(const QList<VariableSpec> &specs) const;
    /// Names given here that @p specs do not declare, as a sentence, or empty.
    QString unknown(const QList<VariableSpec> &specs) const;

    /// `{"job": "kato"}`, a list for several values.
    QJsonObject toJson() const;
    /// `job=kato, instance=a|b`, for a report's header.
    QString describe() const;

    friend bool operator==(const VariableValues &, const VariableValues &) = default;

private:
    QMap<QString, QStringList> m_values;
};

} // namespace lotse
