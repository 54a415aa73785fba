#pragma once

#include "models/modeloptions.h"

#include <QtCore/QMap>
#include <QtWidgets/QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace cnnwb::ui {

/// The architecture options of one zoo model as a form of line edits generated from the
/// registry. Each edit is validated against its OptionSpec when the field loses focus.
class OptionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionForm(QWidget *parent = nullptr);

    /// Shows the options of the model MODEL_ID with VALUES (its defaults when empty).
    void setModel(const QString &modelId,
                  const models::OptionValues &values = models::OptionValues());
    QString modelId() const { return m_modelId; }
    /// Returns the options as the form shows them (valid entries only).
    const models::OptionValues &values() const { return m_values; }
    /// Returns the field of option KEY, or nullptr.
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    /// Returns true when every field contains a valid value.
    bool isValid() const;

Q_SIGNALS:
    /// A field was edited to a new valid value.
    void valuesChanged(const cnnwb::models::OptionValues &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fieldEdited(const QString &key);
    void retranslate();

    QString m_modelId;
    models::OptionValues m_values;
    QFormLayout *m_form = nullptr;
    QMap<QString, QLineEdit *> m_fields;
    QLabel *m_error = nullptr;
};

} // namespace cnnwb::ui
