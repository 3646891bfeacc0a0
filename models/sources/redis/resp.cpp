#include "sources/redis/resp.h"

#include <algorithm>

namespace lotse {

void RespReader::clear()
{
    m_buffer.clear();
    m_malformed = false;
    m_overrun = false;
}

void RespReader::feed(const QByteArray &bytes)
{
    if (m_overrun)
        return;
    m_buffer.append(bytes);
    // Many values of allowed size in one array would still add up without bound.
    if (m_buffer.size() > m_maxReply + (64 << 10)) {
        m_overrun = true;
        m_buffer.clear();
    }
}

QByteArray RespReader::encode(const QList<QByteArray> &arguments)
{
    QByteArray out = '*' + QByteArray::number(arguments.size()) + "\r\n";
    for (const QByteArray &argument : arguments)
        out += '$' + QByteArray::number(argument.size()) + "\r\n" + argument + "\r\n";
    return out;
}

std::optional<RespValue> RespReader::next()
{
    if (m_malformed || m_overrun || m_buffer.isEmpty())
        return std::nullopt;
    qsizetype at = 0;
    RespValue value;
    switch (parse(at, value, 0)) {
    case Parse::Incomplete: return std::nullopt;
    case Parse::Malformed: m_malformed = true; return std::nullopt;
    case Parse::Done: m_buffer.remove(0, at); return value;
    }
    return std::nullopt;
}

bool RespReader::line(qsizetype &at, QByteArray &text) const
{
    const qsizetype end = m_buffer.indexOf("\r\n", at);
    if (end < 0)
        return false;
    text = m_buffer.mid(at, end - at);
    at = end + 2;
    return true;
}

RespReader::Parse RespReader::parse(qsizetype &at, RespValue &value, int depth)
{
    if (depth > kMaxDepth)
        return Parse::Malformed;
    if (at >= m_buffer.size())
        return Parse::Incomplete;
    const char marker = m_buffer.at(at++);
    QByteArray text;
    if (!line(at, text))
        return Parse::Incomplete;
    bool ok = true;
    switch (marker) {
    case '+':
        value.type = RespValue::Type::Simple;
        value.text = text;
        return Parse::Done;
    case '-':
        value.type = RespValue::Type::Error;
        value.text = text;
        return Parse::Done;
    case ':':
        value.type = RespValue::Type::Integer;
        value.integer = text.toLongLong(&ok);
        return ok ? Parse::Done : Parse::Malformed;
    case '$': return parseBulk(at, text, value);
    case '*': return parseArray(at, text, value, depth);
    default: return Parse::Malformed;
    }
}

RespReader::Parse RespReader::parseBulk(qsizetype &at, const QByteArray &header, RespValue &value)
{
    bool ok = true;
    const qint64 size = header.toLongLong(&ok);
    if (!ok || size < -1)
        return Parse::Malformed;
    if (size > m_maxReply) {
        m_overrun = true;
        return Parse::Incomplete;
    }
    if (size == -1) {
        value.type = RespValue::Type::Null;
        return Parse::Done;
    }
    if (m_buffer.size() < at + size + 2)
        return Parse::Incomplete;
    value.type = RespValue::Type::Bulk;
    value.text = m_buffer.mid(at, size);
    at += size + 2;
    return Parse::Done;
}

RespReader::Parse RespReader::parseArray(qsizetype &at, const QByteArray &header, RespValue &value, int depth)
{
    bool ok = true;
    const qint64 count = header.toLongLong(&ok);
    if (!ok || count < -1 || count > (1 << 24))
        return Parse::Malformed;
    if (count == -1) {
        value.type = RespValue::Type::Null;
        return Parse::Done;
    }
    value.type = RespValue::Type::Array;
    // Each item takes at least three bytes ("+\r\n"): a count the bytes at
    // hand cannot hold reserves no more than they can, not 2^24 items.
    value.items.reserve(qsizetype(std::min<qint64>(count, (m_buffer.size() - at) / 3)));
    for (qint64 i = 0; i < count; ++i) {
        RespValue item;
        const Parse parsed = parse(at, item, depth + 1);
        if (parsed != Parse::Done)
            return parsed;
        value.items.append(std::move(item));
    }
    return Parse::Done;
}

} // namespace lotse
