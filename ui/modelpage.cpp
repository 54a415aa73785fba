#include "modelpage.h"

#include "optionform.h"

#include "app/modelinspector.h"
#include "models/summary.h"
#include "models/zoo.h"

#include <QtCore/QEvent>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {

ModelPage::ModelPage(QWidget *parent)
    : QWidget(parent)
    , m_inspector(new app::ModelInspector(this))
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *optionsBox = new QWidget(this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_optionsHeading = new QLabel(optionsBox);
    m_optionsHeading->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_optionForm = new OptionForm(optionsBox);
    connect(m_optionForm, &OptionForm::valuesChanged, this, &ModelPage::optionsEdited);
    m_reset = new QPushButton(optionsBox);
    connect(m_reset, &QPushButton::clicked, this, &ModelPage::resetOptions);
    m_totals = new QLabel(optionsBox);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setObjectName(QStringLiteral("modelTotals"));
    optionsLayout->addWidget(m_optionsHeading);
    optionsLayout->addWidget(m_optionForm);
    optionsLayout->addWidget(m_reset, 0, Qt::AlignLeft);
    optionsLayout->addWidget(m_totals);
    optionsLayout->addStretch(1);

    m_layers = new QTableWidget(0, 5, this);
    m_layers->setObjectName(QStringLiteral("layerTable"));
    m_layers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_layers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_layers->verticalHeader()->hide();
    m_layers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_layers->horizontalHeader()->setStretchLastSection(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(optionsBox);
    splitter->addWidget(m_layers);
    splitter->setStretchFactor(1, 2);
    // List options such as "1024,512" need room to be read and edited.
    optionsBox->setMinimumWidth(optionsBox->fontMetrics().averageCharWidth() * 44);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_facts);
    layout->addWidget(splitter, 1);

    connect(m_inspector, &app::ModelInspector::inspectionFinished, this, &ModelPage::showInspection);
    retranslate();
}

void ModelPage::showModel(const QString &id)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(id);
    if (!spec)
        return;
    m_modelId = id;
    m_optionForm->setModel(id);
    m_options = m_optionForm->values();
    retranslate();
    m_layers->setRowCount(0);
    m_totals->setText(tr("Measuring the network…"));
    m_inspector->inspect(m_modelId, m_options);
}

QLineEdit *ModelPage::optionField(const QString &key) const
{
    return m_optionForm->field(key);
}

void ModelPage::optionsEdited(const models::OptionValues &values)
{
    m_options = values;
    m_totals->setText(tr("Measuring the network…"));
    m_inspector->inspect(m_modelId, m_options);
}

void ModelPage::resetOptions()
{
    if (!m_modelId.isEmpty())
        showModel(m_modelId);
}

void ModelPage::showInspection(const app::ModelInspection &result)
{
    if (result.modelId != m_modelId || !(result.options == m_options))
        return;
    if (!result.error.isEmpty()) {
        m_totals->setText(result.error);
        m_layers->setRowCount(0);
        return;
    }
    const models::ModelSummary &summary = result.summary;
    m_totals->setText(tr("Trainable parameters: %1\nBatch-norm running statistics: %2\n"
                         "Forward MACs per sample: %3 (%4 GMAC)")
                          .arg(models::formatCount(summary.trainable),
                               models::formatCount(summary.runningStats),
                               models::formatCount(summary.macs),
                               QString::number(double(summary.macs) / 1e9, 'f', 2)));
    m_layers->setRowCount(int(summary.layers.size()));
    for (int row = 0; row < int(summary.layers.size()); ++row) {
        const models::LayerRecord &layer = summary.layers[std::size_t(row)];
        const QString cells[5] = {layer.name, layer.type, models::formatShape(layer.shape),
                                  models::formatCount(layer.parameters),
                                  models::formatCount(layer.macs)};
        for (int column = 0; column < 5; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_layers->setItem(row, column, item);
        }
    }
    Q_EMIT summaryShown(result.modelId, summary.trainable);
}

void ModelPage::retranslate()
{
    m_optionsHeading->setText(tr("Architecture options"));
    m_reset->setText(tr("Reset to the reference architecture"));
    m_layers->setHorizontalHeaderLabels(
        {tr("Layer"), tr("Type"), tr("Output shape"), tr("Parameters"), tr("MACs")});
    const models::ModelSpec *spec = models::Zoo::instance().find(m_modelId);
    if (!spec) {
        m_title->setText(tr("Select a model in the zoo"));
        m_description->clear();
        m_facts->clear();
        return;
    }
    m_title->setText(spec->translatedName());
    m_description->setText(spec->translatedSummary());
    QString classes = tr("%n classes", nullptr, int(spec->classNames.size()));
    if (spec->classNames.size() <= 10)
        classes += QStringLiteral(": ") + spec->classNames.join(QLatin1String(", "));
    m_facts->setText(tr("Task: %1 · Input: %2×%3×%4 (height×width×channels) · %5")
                         .arg(models::taskKindName(spec->task))
                         .arg(spec->inputShape[1])
                         .arg(spec->inputShape[2])
                         .arg(spec->inputShape[0])
                         .arg(classes));
}

void ModelPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
