#pragma once

#include "connections/connection.h"
#include "core/error.h"
#include "connections/connectionfield.h"
#include "databases/cardinfo.h"
#include "databases/viewinfo.h"
#include "sources/source.h"

#include <QCoreApplication>
#include <QList>

#include <expected>
#include <memory>

namespace lotse {

/// Everything Lotse knows about one kind of source (Prometheus-compatible,
/// PostgreSQL, …) outside the source itself: how it is configured and built,
/// how its Test is named, the fields of its connection form, its built-in
/// lists and its KPI cards. One descriptor per kind, in the kind's folder,
/// registered once in SourceKinds; nothing else switches over kinds.
class SourceKind
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SourceKind)

public:
    /// The command-line option named after the kind (`--postgres DSN`).
    struct CommandLine
    {
        const char *help = nullptr;             ///< untranslated, in the context lotse::SourceOptions
        const char *valueName = nullptr;        ///< "URL", "DSN"; untranslated, in the same context
        const char *passwordVariable = nullptr; ///< environment variable a password may come from; nullptr: none
    };

    /// What a kind's folder says about it. Every member has a default, so that
    /// a kind names only what it has.
    struct Description
    {
        QString id = {};          ///< "postgres": in connections files, dashboards, on the command line, Source::kind()
        QString codeName = {};    ///< "ClickHouse": as identifiers spell it, e.g. the dialog's "addClickHouse"
        QString productName = {}; ///< "PostgreSQL": how its servers name themselves; never translated
        const char *displayName = nullptr; ///< "Prometheus-compatible"; untranslated, in the context lotse::SourceKind
        QString addressKey = QStringLiteral("url"); ///< the address's key in a connections file: "url" or "dsn"
        int defaultTimeoutMs = 0;                   ///< how long a query may take when the connection does not say
        bool hasTimeRanges = false; ///< reads over time ranges (charts, sparklines), not only at an instant
        bool tlsMayBeOff = false;   ///< `tls: off` is allowed: plain text to a remote server without TLS
        CommandLine commandLine = {};
        QList<ConnectionField> formFields = {}; ///< the connection form's fields, in the order they are shown
        QList<ViewInfo> views = {};             ///< the built-in lists (`@top-statements`, …)
        QList<CardInfo> kpiCards = {};          ///< the cards of the kind's tab in the Databases area
    };

    explicit SourceKind(Description description);
    SourceKind(const SourceKind &) = delete;
    SourceKind &operator=(const SourceKind &) = delete;
    virtual ~SourceKind() = default;

    const QString &id() const { return m_description.id; }
    const QString &codeName() const { return m_description.codeName; }
    const QString &productName() const { return m_description.productName; }
    /// The kind in the user's language.
    QString displayName() const;
    const QString &addressKey() const { return m_description.addressKey; }
    int defaultTimeoutMs() const { return m_description.defaultTimeoutMs; }
    bool hasTimeRanges() const { return m_description.hasTimeRanges; }
    bool tlsMayBeOff() const { return m_description.tlsMayBeOff; }
    const CommandLine &commandLine() const { return m_description.commandLine; }
    const QList<ConnectionField> &formFields() const { return m_description.formFields; }
    bool hasField(ConnectionField::Id id) const;
    /// The example shown in the empty @p id field.
    QString example(ConnectionField::Id id) const;
    const QList<ViewInfo> &views() const { return m_description.views; }
    const QList<CardInfo> &kpiCards() const { return m_description.kpiCards; }

    /// A new source for @p connection of this kind, logging in with @p secret;
    /// or what is wrong with the connection, naming it.
    virtual std::expected<std::unique_ptr<Source>, Error> build(const Connection &connection,
                                                                const QString &secret) const = 0;
    /// How the Connections dialog's Test names what the source's serverVersion()
    /// answered: "Redis 7.0.15"; a version that names the product already stays as it is.
    QString serverName(const QString &version) const;

protected:
    /// @p timeoutMs of the connection, or @p fallbackMs when it sets none.
    static int timeoutOr(const Connection &connection, int fallbackMs);
    /// The form of a database kind: its address (with @p example shown in the
    /// empty field), a user, a password, HTTP headers where @p headers, a
    /// timeout and TLS.
    static QList<ConnectionField> databaseForm(const QString &example, bool headers = false);
    /// @p problem with the connection's name before it: "orders-db: …".
    static Error problemOf(const Connection &connection, const Error &problem);
    /// The connection's user and secret, where they override the address's.
    template<typename Settings>
    static void logIn(Settings &settings, const Connection &connection, const QString &secret)
    {
        if (!connection.user.isEmpty())
            settings.user = connection.user;
        if (!secret.isEmpty())
            settings.password = secret;
    }

private:
    Description m_description;
};

} // namespace lotse
