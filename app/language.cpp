#include "language.h"

#include "runtime.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

namespace cnnwb::app {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::resolve(const QString &code)
{
    if (!code.isEmpty() && code != QLatin1String("system"))
        return code;
    // Any Chinese locale gets the Simplified Chinese translation, the only Chinese one shipped.
    const QLocale locale = QLocale::system();
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString resolved = resolve(code);
    if (!availableLanguages().contains(resolved)) {
        qCWarning(lcApp) << "No translation for language" << code << "- valid:"
                         << availableLanguages();
        return false;
    }

    auto appTranslator = std::make_unique<QTranslator>();
    auto qtTranslator = std::make_unique<QTranslator>();
    if (resolved != QLatin1String("en")) {
        const QString appFile = QStringLiteral(":/i18n/cnnworkbench_%1.qm").arg(resolved);
        if (!appTranslator->load(appFile)) {
            qCWarning(lcApp) << "Failed to load the translation" << appFile;
            return false;
        }
        // Qt's own strings (standard dialogs, buttons) come from the qt6-translations package.
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!qtTranslator->load(QStringLiteral("qtbase_") + resolved, qtDirectory))
            qCInfo(lcApp) << "Qt's own translation for" << resolved << "is not installed in"
                          << qtDirectory;
    }

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    if (!m_qtTranslator->isEmpty())
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (!m_appTranslator->isEmpty())
        QCoreApplication::installTranslator(m_appTranslator.get());

    m_language = resolved;
    QLocale::setDefault(QLocale(resolved));
    Q_EMIT languageChanged(resolved);
    return true;
}

} // namespace cnnwb::app
