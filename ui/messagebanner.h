#pragma once

#include <QtWidgets/QFrame>

class QLabel;
class QToolButton;

namespace cnnwb::ui {

/// A coloured strip at the top of a page for errors and warnings the user must see,
/// closed by its button or replaced by the next message.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace cnnwb::ui
