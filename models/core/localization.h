#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace lotse {

/// The language of the whole program: picks German or English from the system
/// locale or a choice, installs the translators, and lets everything that
/// formats numbers ask for the matching locale.
class Localization final : public QObject
{
    Q_OBJECT

public:
    explicit Localization(QObject *parent = nullptr);

    /// "de" or "en": German for a German system locale, English otherwise.
    static QString systemLanguage();
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("de")}; }
    /// True for the languages Lotse ships ("en", "de").
    static bool isSupported(const QString &language);
    /// The language in effect: the one setLanguage() last chose, read back
    /// from the default locale it set (the system's until then). Views ask
    /// this, so a program has one owner of its language.
    static QString current();

    QString language() const { return m_language; }
    /// Switches translators and the default locale; widgets get a LanguageChange event.
    void setLanguage(const QString &language);
    /// The locale matching the language, for number and date formatting.
    QLocale locale() const { return localeOf(m_language); }
    /// The locale Lotse formats @p language in ("de" or "en"), also where a
    /// report is written in another language than the window's.
    static QLocale localeOf(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator m_lotse;
    QTranslator m_qt;
};

} // namespace lotse
