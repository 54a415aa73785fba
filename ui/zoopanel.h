#pragma once

#include <QtWidgets/QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace cnnwb::ui {

/// The model zoo: the reference networks of the registry, grouped by task.
class ZooPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ZooPanel(QWidget *parent = nullptr);

    /// Selects the model with ID, as if the user clicked it.
    void selectModel(const QString &id);
    QString selectedModel() const;
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void modelSelected(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();

    QTreeWidget *m_tree = nullptr;
};

} // namespace cnnwb::ui
