#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace lotse {

/// One value of the Redis serialization protocol (RESP2).
struct RespValue
{
    enum class Type {
        Simple,
        Error,
        Integer,
        Bulk,
        Array,
        Null
    };

    Type type = Type::Null;
    QByteArray text;        ///< Simple, Error, Bulk
    qint64 integer = 0;     ///< Integer
    QList<RespValue> items; ///< Array

    bool isError() const { return type == Type::Error; }
};

/// Reads RESP values from a byte stream that arrives in pieces, and writes commands.
class RespReader final
{
public:
    /// Nesting and sizes beyond these are treated as a broken stream, not trusted.
    static constexpr qint64 kMaxBulk = 512LL << 20;
    static constexpr int kMaxDepth = 32;

    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    /// The next complete value, or nothing until more bytes arrive. After
    /// malformed() turns true nothing more is read.
    std::optional<RespValue> next();
    bool malformed() const { return m_malformed; }
    void clear();

    /// A command as RESP: an array of bulk strings.
    static QByteArray encode(const QList<QByteArray> &arguments);

private:
    enum class Parse {
        Done,
        Incomplete,
        Malformed
    };
    Parse parse(qsizetype &at, RespValue &value, int depth);
    bool line(qsizetype &at, QByteArray &text) const;

    QByteArray m_buffer;
    bool m_malformed = false;
};

} // namespace lotse
