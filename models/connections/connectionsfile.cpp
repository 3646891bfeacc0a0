#include "connections/connectionsfile.h"

#include "core/addressredaction.h"
#include "core/atomicfile.h"
#include "definitions/definitioncatalog.h"
#include "definitions/yamlreader.h"
#include "sources/sourcekinds.h"

#include <QDir>
#include <QSet>

#include <algorithm>

namespace lotse {

namespace {

/// The key of @p kind's address: "url", or "dsn".
std::string addressKey(const QString &kind)
{
    const SourceKind *known = SourceKinds::find(kind);
    return (known ? known->addressKey() : QStringLiteral("url")).toStdString();
}

/// Keys that would put a secret into the file.
constexpr const char *kSecretKeys[] = {"password", "secret", "token", "bearer_token", "api_key"};

void refuseSecrets(YamlReader &reader, const YAML::Node &entry)
{
    for (const char *key : kSecretKeys) {
        if (entry[key])
            reader.error(entry[key],
                         ConnectionsFile::tr("\"%1\" does not belong in a connections file: secrets are "
                                             "kept in the OS keychain (Connections dialog), or name an "
                                             "environment variable that holds it with secret_env.")
                             .arg(QLatin1String(key)));
    }
}

TlsSettings tlsOf(YamlReader &reader, const YAML::Node &entry, const QString &kind)
{
    TlsSettings tls;
    const YAML::Node node = entry["tls"];
    if (!node)
        return tls;
    if (node.IsScalar() && node.Scalar() == "off") {
        tls.off = true;
        if (const SourceKind *known = SourceKinds::find(kind); !known || !known->tlsMayBeOff())
            reader.error(node,
                         ConnectionsFile::tr("tls: off is for PostgreSQL connections only: an HTTP source is "
                                             "plain text with an http:// URL."));
        return tls;
    }
    if (!node.IsMap()) {
        reader.error(node,
                     ConnectionsFile::tr("tls is off, or holds ca_file, client_cert, client_key and pinned_sha256."));
        return tls;
    }
    reader.checkKeys(node, {"ca_file", "client_cert", "client_key", "pinned_sha256"});
    tls.caFile = reader.string(node, "ca_file", false);
    tls.clientCertFile = reader.string(node, "client_cert", false);
    tls.clientKeyFile = reader.string(node, "client_key", false);
    tls.pinnedSha256 = reader.string(node, "pinned_sha256", false).remove(QLatin1Char(':')).toLower().toLatin1();
    if (!tls.pinnedSha256.isEmpty()
        && (tls.pinnedSha256.size() != 64 || QByteArray::fromHex(tls.pinnedSha256).size() != 32))
        reader.error(node["pinned_sha256"],
                     ConnectionsFile::tr("pinned_sha256 is the certificate's SHA-256 "
                                         "fingerprint: 64 hexadecimal digits."));
    return tls;
}

QList<QPair<QString, QString>> headersOf(YamlReader &reader, const YAML::Node &entry)
{
    QList<QPair<QString, QString>> headers;
    const YAML::Node node = entry["headers"];
    if (!node)
        return headers;
    if (!node.IsMap()) {
        reader.error(node, ConnectionsFile::tr("headers maps each header's name to its value."));
        return headers;
    }
    for (const auto &pair : node) {
        // as<std::string>() would throw on a list or a mapping, and nothing catches it.
        if (!pair.first.IsScalar() || !(pair.second.IsScalar() || pair.second.IsNull())) {
            reader.error(pair.first.IsScalar() ? pair.second : pair.first,
                         ConnectionsFile::tr("A header's name and its value are single values, not lists or maps."));
            continue;
        }
        headers.append({QString::fromStdString(pair.first.Scalar()), QString::fromStdString(pair.second.Scalar())});
    }
    return headers;
}

/// `compress: true|false`, in YAML's spellings of a boolean; unset when absent.
std::optional<bool> compressOf(YamlReader &reader, const YAML::Node &entry)
{
    const QString text = reader.string(entry, "compress", false).toLower();
    if (text.isEmpty())
        return std::nullopt;
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off"))
        return false;
    reader.error(entry["compress"], ConnectionsFile::tr("compress is true or false, not \"%1\".").arg(text));
    return std::nullopt;
}

Connection connectionOf(YamlReader &reader, const YAML::Node &entry)
{
    refuseSecrets(reader, entry);
    reader.checkKeys(entry,
                     {"name", "kind", "url", "dsn", "auth", "user", "secret_env", "headers", "tls", "timeout",
                      "max_body_mb", "compress", "password", "secret", "token", "bearer_token", "api_key"});
    Connection connection;
    connection.name = reader.string(entry, "name", true);
    const QString kind = reader.string(entry, "kind", true);
    if (SourceKinds::find(kind))
        connection.kind = kind;
    else if (!kind.isEmpty())
        reader.error(
            entry["kind"],
            ConnectionsFile::tr("kind is %1, not \"%2\".").arg(SourceKinds::alternatives(SourceKinds::ids()), kind));
    const std::string key = addressKey(connection.kind);
    connection.address = reader.string(entry, key.c_str(), true);
    if (AddressRedaction::carriesPassword(connection.address)) {
        reader.error(entry[key],
                     ConnectionsFile::tr("%1 carries a password, which does not belong in a connections file: keep "
                                         "it in the OS keychain (Connections dialog), or name an environment "
                                         "variable that holds it with secret_env.")
                         .arg(QString::fromStdString(key)));
        connection.address = AddressRedaction::redact(connection.address);
    }
    const QString auth = reader.string(entry, "auth", false);
    if (const auto known = Connection::authFrom(auth.isEmpty() ? QStringLiteral("none") : auth))
        connection.auth = *known;
    else
        reader.error(entry["auth"], ConnectionsFile::tr("auth is none, basic or bearer, not \"%1\".").arg(auth));
    connection.user = reader.string(entry, "user", false);
    connection.secretEnv = reader.string(entry, "secret_env", false);
    // A kind that offers a choice of authentication needs a secret when one is chosen, others with a user.
    const SourceKind *known = SourceKinds::find(connection.kind);
    const bool choosesAuth = known && known->hasField(ConnectionField::Id::Auth);
    connection.usesSecret = connection.auth != PrometheusSettings::Auth::None || !connection.secretEnv.isEmpty()
        || (!choosesAuth && !connection.user.isEmpty());
    connection.headers = headersOf(reader, entry);
    connection.tls = tlsOf(reader, entry, connection.kind);
    // A day at most: past int's range the milliseconds would not convert.
    if (const auto seconds = reader.number(entry, "timeout"); seconds && *seconds > 0)
        connection.timeoutMs = int(std::min(*seconds, 86400.0) * 1000);
    if (const auto mib = reader.number(entry, "max_body_mb"); mib && (*mib < 1 || *mib > 65536))
        reader.error(entry["max_body_mb"], ConnectionsFile::tr("max_body_mb is a number of MiB from 1 to 65536."));
    else if (mib)
        connection.maxBodyMb = int(*mib);
    connection.compress = compressOf(reader, entry);
    return connection;
}

void checkUniqueNames(YamlReader &reader, const YAML::Node &list, const QList<Connection> &connections)
{
    // Looked up in a set: a file of many connections would take long pair by pair.
    QSet<QString> seen;
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QString &name = connections.at(i).name;
        if (name.isEmpty())
            continue;
        if (seen.contains(name))
            reader.error(list[std::size_t(i)],
                         ConnectionsFile::tr("A second connection is called \"%1\": each "
                                             "name stands for one source.")
                             .arg(name));
        seen.insert(name);
    }
}

void emitConnection(YAML::Emitter &out, const Connection &connection)
{
    const auto text = [](const QString &value) {
        return value.toStdString();
    };
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << text(connection.name);
    out << YAML::Key << "kind" << YAML::Value << text(connection.kind);
    // Redacted: an address typed with a password in it never reaches the file.
    out << YAML::Key << addressKey(connection.kind) << YAML::Value
        << text(AddressRedaction::redact(connection.address));
    if (connection.auth != PrometheusSettings::Auth::None)
        out << YAML::Key << "auth" << YAML::Value << text(Connection::authId(connection.auth));
    const std::pair<const char *, QString> optional[]
        = {{"user", connection.user}, {"secret_env", connection.secretEnv}};
    for (const auto &[key, value] : optional) {
        if (!value.isEmpty())
            out << YAML::Key << key << YAML::Value << text(value);
    }
    if (!connection.headers.isEmpty()) {
        out << YAML::Key << "headers" << YAML::Value << YAML::BeginMap;
        for (const auto &[name, value] : connection.headers)
            out << YAML::Key << text(name) << YAML::Value << text(value);
        out << YAML::EndMap;
    }
    const TlsSettings &tls = connection.tls;
    if (tls.off) {
        out << YAML::Key << "tls" << YAML::Value << "off";
    } else if (tls != TlsSettings()) {
        out << YAML::Key << "tls" << YAML::Value << YAML::BeginMap;
        const std::pair<const char *, QString> files[] = {{"ca_file", tls.caFile},
                                                          {"client_cert", tls.clientCertFile},
                                                          {"client_key", tls.clientKeyFile},
                                                          {"pinned_sha256", QString::fromLatin1(tls.pinnedSha256)}};
        for (const auto &[key, value] : files) {
            if (!value.isEmpty())
                out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << text(value);
        }
        out << YAML::EndMap;
    }
    if (connection.timeoutMs > 0)
        out << YAML::Key << "timeout" << YAML::Value << connection.timeoutMs / 1000.0;
    if (connection.maxBodyMb > 0)
        out << YAML::Key << "max_body_mb" << YAML::Value << connection.maxBodyMb;
    if (connection.compress)
        out << YAML::Key << "compress" << YAML::Value << *connection.compress;
    out << YAML::EndMap;
}

} // namespace

std::expected<QList<Connection>, Diagnostics> ConnectionsFile::parse(const QByteArray &text, const QString &file)
{
    YamlReader reader(file);
    const auto root = reader.parse(text);
    if (!root)
        return std::unexpected(reader.diagnostics());
    QList<Connection> connections;
    if (root->IsMap())
        reader.checkKeys(*root, {"connections"});
    const YAML::Node list = root->IsMap() ? reader.sequence(*root, "connections", true) : YAML::Node();
    if (!root->IsMap())
        reader.error(*root, tr("A connections file holds a list under \"connections:\"."));
    for (const YAML::Node &entry : list) {
        if (!entry.IsMap()) {
            reader.error(entry, tr("Each connection is a map with name, kind and url (or dsn)."));
            continue;
        }
        connections.append(connectionOf(reader, entry));
    }
    checkUniqueNames(reader, list, connections);
    if (reader.hasErrors())
        return std::unexpected(reader.diagnostics());
    return connections;
}

std::expected<QList<Connection>, Diagnostics> ConnectionsFile::read(const QString &path)
{
    const auto text = YamlReader::readFile(path);
    if (!text)
        return std::unexpected(text.error());
    return parse(*text, path);
}

QByteArray ConnectionsFile::serialize(const QList<Connection> &connections)
{
    YAML::Emitter out;
    out << YAML::Comment("Lotse connections: no secrets here (they live in the OS keychain or in secret_env).");
    out << YAML::BeginMap << YAML::Key << "connections" << YAML::Value << YAML::BeginSeq;
    for (const Connection &connection : connections)
        emitConnection(out, connection);
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

std::expected<void, Error> ConnectionsFile::write(const QString &path, const QList<Connection> &connections)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray text = serialize(connections);
    return AtomicFile::write(path, [&text](QIODevice *out) -> std::expected<void, Error> {
        if (out->write(text) != text.size())
            return std::unexpected(Error{Error::Kind::Invalid, out->errorString()});
        return {};
    });
}

QString ConnectionsFile::userPath()
{
    return QDir(DefinitionCatalog::configRoot()).filePath(QStringLiteral("connections.yaml"));
}

} // namespace lotse
