#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QTranslator;

namespace cnnwb::app {

/// Installs the application's and Qt's own translations into the running application
/// and switches them at run time. The widgets retranslate on QEvent::LanguageChange.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Returns the language codes the application ships ("en", "zh_CN").
    static QStringList availableLanguages();
    /// Returns the display name of a language code in that language ("简体中文").
    static QString nativeName(const QString &code);
    /// Resolves "system" (or an empty code) to a shipped language for the system locale.
    static QString resolve(const QString &code);

    /// Loads CODE ("system", "en", "zh_CN"). Returns false and keeps the current language
    /// when CODE names no shipped translation.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace cnnwb::app
