#include "optionform.h"

#include "models/zoo.h"

#include <QtCore/QEvent>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {

namespace {
const QString kInvalidStyle = QStringLiteral("border: 1px solid #b00020");
}

OptionForm::OptionForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout;
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("optionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
}

void OptionForm::setModel(const QString &modelId, const models::OptionValues &values)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_error->hide();
    m_modelId = modelId;
    const models::ModelSpec *spec = models::Zoo::instance().find(modelId);
    if (!spec) {
        m_values = models::OptionValues();
        return;
    }
    m_values = values.values().isEmpty() ? spec->defaultOptions() : values;
    for (const models::OptionSpec &option : spec->options) {
        auto *field = new QLineEdit(m_values.text(option.key));
        field->setObjectName(QStringLiteral("option_") + option.key);
        field->setToolTip(option.translatedDescription());
        connect(field, &QLineEdit::editingFinished, this,
                [this, key = option.key] { fieldEdited(key); });
        m_form->addRow(option.key, field);
        m_fields.insert(option.key, field);
    }
}

bool OptionForm::isValid() const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value()->text().trimmed() != m_values.text(it.key()))
            return false;
    }
    return true;
}

void OptionForm::fieldEdited(const QString &key)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(m_modelId);
    QLineEdit *field = m_fields.value(key);
    if (!spec || !field)
        return;
    if (field->text().trimmed() == m_values.text(key)) {
        field->setStyleSheet(QString());
        return;
    }
    const QString error = m_values.set(spec->options, key, field->text());
    if (!error.isEmpty()) {
        field->setStyleSheet(kInvalidStyle);
        m_error->setText(error);
        m_error->show();
        return;
    }
    field->setStyleSheet(QString());
    m_error->hide();
    Q_EMIT valuesChanged(m_values);
}

void OptionForm::retranslate()
{
    const models::ModelSpec *spec = models::Zoo::instance().find(m_modelId);
    if (!spec)
        return;
    for (const models::OptionSpec &option : spec->options) {
        if (QLineEdit *field = m_fields.value(option.key))
            field->setToolTip(option.translatedDescription());
    }
}

void OptionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
