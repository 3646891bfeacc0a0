#include "core/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace lotse {

Localization::Localization(QObject *parent)
    : QObject(parent)
{
}

QString Localization::systemLanguage()
{
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

bool Localization::isSupported(const QString &language)
{
    return languages().contains(language);
}

QString Localization::current()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
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
