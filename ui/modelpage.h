#pragma once

#include "models/modeloptions.h"

#include <QtCore/QMap>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cnnwb::app {
class ModelInspector;
struct ModelInspection;
} // namespace cnnwb::app

namespace cnnwb::ui {

class OptionForm;

/// A zoo model's description, its architecture options and its layer table, which is
/// measured off the GUI thread whenever an option changes.
class ModelPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ModelPage(QWidget *parent = nullptr);

    /// Shows the model with ID and measures its default configuration.
    void showModel(const QString &id);
    QString modelId() const { return m_modelId; }
    /// Returns the options as the form shows them (valid entries only).
    const models::OptionValues &options() const { return m_options; }
    QTableWidget *layerTable() const { return m_layers; }
    /// Returns the field of option KEY, or nullptr.
    QLineEdit *optionField(const QString &key) const;

Q_SIGNALS:
    /// Emitted when a measured summary is on screen.
    void summaryShown(const QString &modelId, qint64 trainableParameters);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void optionsEdited(const cnnwb::models::OptionValues &values);
    void resetOptions();
    void showInspection(const cnnwb::app::ModelInspection &result);

    QString m_modelId;
    models::OptionValues m_options;
    app::ModelInspector *m_inspector = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_optionsHeading = nullptr;
    OptionForm *m_optionForm = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_totals = nullptr;
    QTableWidget *m_layers = nullptr;
};

} // namespace cnnwb::ui
