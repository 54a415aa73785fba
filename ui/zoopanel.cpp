#include "zoopanel.h"

#include "models/zoo.h"

#include <QtCore/QEvent>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

ZooPanel::ZooPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setObjectName(QStringLiteral("zooTree"));
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current, QTreeWidgetItem *) {
                if (current && !current->data(0, kIdRole).toString().isEmpty())
                    Q_EMIT modelSelected(current->data(0, kIdRole).toString());
            });
    populate();
}

void ZooPanel::populate()
{
    const QString previous = selectedModel();
    m_tree->clear();
    m_tree->setHeaderLabels({tr("Model"), tr("Input")});

    auto *reference = new QTreeWidgetItem(m_tree, {tr("Reference networks")});
    reference->setFlags(Qt::ItemIsEnabled);
    for (const models::ModelSpec &spec : models::Zoo::instance().models()) {
        const QString input = QStringLiteral("%1×%2×%3")
                                  .arg(spec.inputShape[1])
                                  .arg(spec.inputShape[2])
                                  .arg(spec.inputShape[0]);
        auto *item = new QTreeWidgetItem(reference, {spec.translatedName(), input});
        item->setData(0, kIdRole, spec.id);
        item->setToolTip(0, QStringLiteral("%1\n%2 · %3")
                                .arg(spec.translatedSummary(), models::taskKindName(spec.task),
                                     tr("%n classes", nullptr, int(spec.classNames.size()))));
    }
    m_tree->expandAll();
    if (!previous.isEmpty())
        selectModel(previous);
}

void ZooPanel::selectModel(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

QString ZooPanel::selectedModel() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void ZooPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QSignalBlocker blocker(m_tree);
        populate();
    }
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
