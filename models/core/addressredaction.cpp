#include "core/addressredaction.h"

#include <QRegularExpression>

namespace lotse {

namespace {

// Written for malformed input too: QUrl cannot be trusted to parse what a user
// mistyped, and QUrl::errorString() itself quotes the text it was given.
const QRegularExpression &userInfo()
{
    static const QRegularExpression pattern(QStringLiteral(R"((//)([^/?#\s:@]*):([^\s@]*)@)"));
    return pattern;
}

const QRegularExpression &passwordKey()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\b(password|pass|pwd|token)(\s*=\s*)('(\\.|[^'])*'|[^&\s]*))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString AddressRedaction::redact(const QString &text)
{
    QString shown = text;
    shown.replace(userInfo(), QStringLiteral("\\1\\2@"));
    shown.replace(passwordKey(), QStringLiteral("\\1\\2…"));
    return shown;
}

bool AddressRedaction::carriesPassword(const QString &address)
{
    if (userInfo().match(address).hasMatch())
        return true;
    const QRegularExpressionMatch key = passwordKey().match(address);
    return key.hasMatch() && !key.captured(3).isEmpty();
}

} // namespace lotse
