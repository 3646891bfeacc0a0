#pragma once

#include "sources/sourceregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <expected>

namespace lotse {

/// The command-line options every headless command shares: where the sources
/// are, the instant to read, the language, and how output is written.
class SourceOptions final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SourceOptions)

public:
    static void addTo(QCommandLineParser &parser);
    /// Adds the sources named on the command line to @p registry; with
    /// @p connectionsFile, also those of `--connections FILE`, their secrets
    /// read from the environment or the keychain, waiting for it (headless only).
    static std::expected<void, QString> build(const QCommandLineParser &parser, SourceRegistry &registry,
                                              bool connectionsFile = true);
    /// `--at` as RFC 3339 or Unix seconds; now when absent.
    static std::expected<QDateTime, QString> instant(const QCommandLineParser &parser);
    /// @p text as RFC 3339 or Unix seconds.
    static std::expected<QDateTime, QString> instantFrom(const QString &text);
    /// Writes @p data to @p target: "-" is standard output, anything else a file
    /// written atomically, so a failed run never leaves half a report.
    static std::expected<void, QString> write(const QString &target, const QByteArray &data);
};

} // namespace lotse
