#include "core/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace lotse {

namespace {

/// German for a German locale, English for any other.
QString languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

} // namespace

Localization::Localization(QObject *parent)
    : QObject(parent)
{
}

QString Localization::systemLanguage()
{
    return languageOf(QLocale::system());
}

bool Localization::isSupported(const QString &language)
{
    return languages().contains(language);
}

QString Localization::current()
{
    return languageOf(QLocale());
}

QLocale Localization::localeOf(const QString &language)
{
    // Germany's conventions for German: decimal comma, 24-hour clock.
    return language == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

void Localization::setLanguage(const QString &language)
{
    const QString chosen = isSupported(language) ? language : QStringLiteral("en");
    if (chosen == m_language)
        return;
    m_language = chosen;
    QCoreApplication::removeTranslator(&m_lotse);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_lotse.load(QStringLiteral(":/i18n/lotse_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(&m_lotse);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(locale());
    Q_EMIT languageChanged(chosen);
}

} // namespace lotse
