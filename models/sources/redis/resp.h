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
    /// A reply larger than this ends the stream as overrun(), decided on its
    /// announced length before its bytes are kept.
    static constexpr qint64 kMaxBulk = 256LL << 20;
    /// Nesting beyond this is treated as a broken stream, not trusted.
    static constexpr int kMaxDepth = 32;

    explicit RespReader(qint64 maxReply = kMaxBulk)
        : m_maxReply(maxReply)
    {
    }

    void feed(const QByteArray &bytes);
    /// The next complete value, or nothing until more bytes arrive. After
    /// malformed() turns true nothing more is read.
    std::optional<RespValue> next();
    bool malformed() const { return m_malformed; }
    /// A reply passed the cap (kMaxBulk unless given); nothing more is read.
    bool overrun() const { return m_overrun; }
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
    Parse parseBulk(qsizetype &at, const QByteArray &header, RespValue &value);
    Parse parseArray(qsizetype &at, const QByteArray &header, RespValue &value, int depth);
    bool line(qsizetype &at, QByteArray &text) const;

    qint64 m_maxReply;
    QByteArray m_buffer;
    bool m_malformed = false;
    bool m_overrun = false;
};

} // namespace lotse
