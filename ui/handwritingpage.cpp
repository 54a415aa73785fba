#include "handwritingpage.h"

#include "handwritingcanvas.h"
#include "messagebanner.h"

#include "models/runfolder.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QPair>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSlider>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <exception>

namespace cnnwb::ui {
namespace {

// Interval of the recognitions sent while the pen is down, in milliseconds.
constexpr int kLiveInterval = 120;
// The 64×64 network input is shown enlarged by this factor, without smoothing.
constexpr int kInputZoom = 2;
// Misread samples listed at most after an evaluation.
constexpr int kMaxMisreadsShown = 200;

QImage toQImage(const app::GreyImage &image)
{
    if (image.isNull())
        return {};
    return QImage(reinterpret_cast<const uchar *>(image.pixels.constData()), image.width, image.height, image.width,
                  QImage::Format_Grayscale8)
        .copy();
}

// Returns a font that has CJK glyphs: the first installed of the usual families.
QFont referenceFont(int pixelSize)
{
    const QStringList families = QFontDatabase::families();
    QFont font;
    for (const char *name : {"Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UKai CN", "WenQuanYi Zen Hei"}) {
        if (families.contains(QLatin1String(name))) {
            font.setFamily(QLatin1String(name));
            break;
        }
    }
    font.setPixelSize(pixelSize);
    return font;
}

// Makes a two-column candidate list of a character and a number. The number column is sized
// to its contents, so a number is never cut off, and the character column takes the rest.
QTreeWidget *createCandidateList(const QString &objectName, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setColumnCount(2);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setFont(referenceFont(18));
    list->header()->setFont(QFont());
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    list->setMinimumHeight(QFontMetrics(list->font()).height() * 6);
    return list;
}

// Sets LIST's minimum width to fit its header labels, a character and the widest number
// either list shows ("100.0 %"), with room for a vertical scroll bar.
void fitCandidateList(QTreeWidget *list)
{
    // Room around a cell's text: the item's margins and the focus frame.
    constexpr int kCellPadding = 16;
    const QFontMetrics metrics(list->font());
    const int character = std::max(list->header()->sectionSizeHint(0),
                                   metrics.horizontalAdvance(QStringLiteral("中")) + kCellPadding);
    const int number = std::max(list->header()->sectionSizeHint(1),
                                metrics.horizontalAdvance(QStringLiteral("100.0 %")) + kCellPadding);
    list->setMinimumWidth(character + number + list->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                          + 2 * list->frameWidth());
}

// Fills LIST with one row per entry of ROWS (character, number), selecting the first.
void fillCandidateList(QTreeWidget *list, const QVector<QPair<QString, QString>> &rows)
{
    list->clear();
    for (int i = 0; i < rows.size(); ++i) {
        auto *item = new QTreeWidgetItem(list, QStringList{rows[i].first, rows[i].second});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, i);
    }
    if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
}

} // namespace

HandwritingPage::HandwritingPage(QWidget *parent)
    : QWidget(parent)
    , m_recognizer(new app::HandwritingRecognizer(this))
    , m_strokeRecognizer(new app::StrokeRecognizer(this))
{
    setObjectName(QStringLiteral("handwritingPage"));

    m_banner = new MessageBanner(this);
    m_canvas = new HandwritingCanvas(this);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_clearAction = new QAction(this);
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Delete));
    for (QAction *action : {m_undoAction, m_redoAction, m_clearAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_undoAction, &QAction::triggered, m_canvas, &HandwritingCanvas::undo);
    connect(m_redoAction, &QAction::triggered, m_canvas, &HandwritingCanvas::redo);
    connect(m_clearAction, &QAction::triggered, m_canvas, &HandwritingCanvas::clear);

    auto *canvasColumn = new QVBoxLayout;
    canvasColumn->addWidget(m_canvas, 1);
    auto *tools = new QHBoxLayout;
    m_penLabel = new QLabel(this);
    m_penWidth = new QSlider(Qt::Horizontal, this);
    m_penWidth->setObjectName(QStringLiteral("penWidth"));
    m_penWidth->setRange(2, 40);
    m_penWidth->setValue(int(m_canvas->penWidth()));
    m_penLabel->setBuddy(m_penWidth);
    connect(m_penWidth, &QSlider::valueChanged, this, [this](int value) { m_canvas->setPenWidth(value); });
    tools->addWidget(m_penLabel);
    tools->addWidget(m_penWidth, 1);
    m_undoButton = new QToolButton(this);
    m_undoButton->setDefaultAction(m_undoAction);
    m_redoButton = new QToolButton(this);
    m_redoButton->setDefaultAction(m_redoAction);
    m_clearButton = new QToolButton(this);
    m_clearButton->setDefaultAction(m_clearAction);
    tools->addWidget(m_undoButton);
    tools->addWidget(m_redoButton);
    tools->addWidget(m_clearButton);
    canvasColumn->addLayout(tools);
    // The personal set sits under the canvas, so the side panel has room for both candidate
    // lists in full.
    canvasColumn->addWidget(createPersonalGroup());
    m_personalGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *body = new QHBoxLayout;
    body->addLayout(canvasColumn, 1);
    body->addWidget(createSidePanel(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(createModelBar());
    layout->addLayout(body, 1);

    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(kLiveInterval);
    connect(m_liveTimer, &QTimer::timeout, this, &HandwritingPage::requestRecognition);
    connect(m_canvas, &HandwritingCanvas::strokeStarted, m_liveTimer, qOverload<>(&QTimer::start));
    connect(m_canvas, &HandwritingCanvas::strokeFinished, m_liveTimer, &QTimer::stop);
    connect(m_canvas, &HandwritingCanvas::drawingChanged, this, [this] {
        requestRecognition();
        requestStrokeRecognition();
        updateActions();
    });

    connect(m_recognizer, &app::HandwritingRecognizer::modelLoaded, this, &HandwritingPage::showModel);
    connect(m_recognizer, &app::HandwritingRecognizer::modelFailed, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Error, message);
        // The model loaded before, if any, stays in use; the list and the label return to it.
        m_models->setCurrentIndex(m_models->findData(checkpointPath()));
        m_modelInfo->setText(describeModel(m_recognizer->model()));
        Q_EMIT modelReady(false);
    });
    connect(m_recognizer, &app::HandwritingRecognizer::recognized, this, &HandwritingPage::showRecognition);
    connect(m_recognizer, &app::HandwritingRecognizer::saliencyReady, this, &HandwritingPage::showSaliency);
    connect(&m_evaluation, &QFutureWatcher<app::CharacterEvaluation>::finished, this,
            [this] { showEvaluation(m_evaluation.result()); });

    connect(m_strokeRecognizer, &app::StrokeRecognizer::modelLoaded, this, [this] {
        m_strokeNote->hide();
        requestStrokeRecognition();
    });
    connect(m_strokeRecognizer, &app::StrokeRecognizer::modelFailed, this, &HandwritingPage::showStrokeNote);
    connect(m_strokeRecognizer, &app::StrokeRecognizer::recognized, this, &HandwritingPage::showStrokeRecognition);
    if (app::zinniaAvailable())
        m_strokeRecognizer->loadModel();
    else
        showStrokeNote(app::zinniaMissingMessage());

    QString error;
    if (!m_personal.load(&error))
        m_banner->showMessage(MessageBanner::Kind::Error, error);

    retranslate();
    updatePersonalCount();
    updateActions();
}

HandwritingPage::~HandwritingPage()
{
    m_evaluation.waitForFinished();
}

QWidget *HandwritingPage::createModelBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_modelLabel = new QLabel(bar);
    m_models = new QComboBox(bar);
    m_models->setObjectName(QStringLiteral("checkpointCombo"));
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelLabel->setBuddy(m_models);
    m_openCheckpoint = new QToolButton(bar);
    m_trainButton = new QPushButton(bar);
    m_trainButton->setObjectName(QStringLiteral("trainCharacterModel"));
    m_modelInfo = new QLabel(bar);
    m_modelInfo->setObjectName(QStringLiteral("modelInfo"));
    layout->addWidget(m_modelLabel);
    layout->addWidget(m_models);
    layout->addWidget(m_openCheckpoint);
    layout->addWidget(m_trainButton);
    layout->addWidget(m_modelInfo, 1);

    connect(m_models, &QComboBox::activated, this, [this](int index) {
        const QString path = m_models->itemData(index).toString();
        if (!path.isEmpty())
            setCheckpoint(path);
    });
    connect(m_openCheckpoint, &QToolButton::clicked, this, &HandwritingPage::chooseCheckpointFile);
    connect(m_trainButton, &QPushButton::clicked, this, &HandwritingPage::trainModelRequested);
    return bar;
}

QWidget *HandwritingPage::createSidePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    m_viewGroup = new QGroupBox(panel);
    auto *viewLayout = new QGridLayout(m_viewGroup);
    m_inputView = new QLabel(m_viewGroup);
    m_inputView->setObjectName(QStringLiteral("networkInput"));
    m_inputView->setFixedSize(64 * kInputZoom, 64 * kInputZoom);
    m_inputView->setFrameShape(QFrame::Box);
    m_reference = new QLabel(m_viewGroup);
    m_reference->setObjectName(QStringLiteral("referenceGlyph"));
    m_reference->setFixedSize(64 * kInputZoom, 64 * kInputZoom);
    m_reference->setAlignment(Qt::AlignCenter);
    m_reference->setFont(referenceFont(64 * kInputZoom * 3 / 4));
    m_reference->setFrameShape(QFrame::Box);
    m_reference->setAutoFillBackground(true);
    QPalette paper = m_reference->palette();
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, Qt::black);
    m_reference->setPalette(paper);
    m_latency = new QLabel(m_viewGroup);
    m_latency->setObjectName(QStringLiteral("latency"));
    m_saliencyCheck = new QCheckBox(m_viewGroup);
    m_saliencyCheck->setObjectName(QStringLiteral("showSaliency"));
    m_saliencyInfo = new QLabel(m_viewGroup);
    m_saliencyInfo->setObjectName(QStringLiteral("saliencyInfo"));
    m_saliencyInfo->setWordWrap(true);
    viewLayout->addWidget(m_inputView, 0, 0);
    viewLayout->addWidget(m_reference, 0, 1);
    viewLayout->setColumnStretch(2, 1);
    viewLayout->addWidget(m_latency, 1, 0, 1, 3);
    viewLayout->addWidget(m_saliencyCheck, 2, 0, 1, 3);
    viewLayout->addWidget(m_saliencyInfo, 3, 0, 1, 3);
    connect(m_saliencyCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            requestSaliency();
        else
            m_canvas->setSaliency({}, {}, {});
    });

    auto *candidates = new QHBoxLayout;
    candidates->addWidget(createCandidateGroups(), 1);
    candidates->addWidget(m_strokeGroup, 1);

    layout->addWidget(m_viewGroup);
    layout->addLayout(candidates, 1);
    return panel;
}

QGroupBox *HandwritingPage::createCandidateGroups()
{
    m_candidateGroup = new QGroupBox(this);
    auto *candidateLayout = new QVBoxLayout(m_candidateGroup);
    m_candidates = createCandidateList(QStringLiteral("candidates"), m_candidateGroup);
    m_copied = new QLabel(m_candidateGroup);
    m_copied->setWordWrap(true);
    candidateLayout->addWidget(m_candidates, 1);
    candidateLayout->addWidget(m_copied);
    connect(m_candidates, &QTreeWidget::itemClicked, this, &HandwritingPage::chooseCandidate);

    // zinnia reads the strokes in their drawn order, which the network's image never shows.
    m_strokeGroup = new QGroupBox(this);
    m_strokeGroup->setObjectName(QStringLiteral("strokeRecognizerGroup"));
    auto *strokeLayout = new QVBoxLayout(m_strokeGroup);
    m_strokeCandidates = createCandidateList(QStringLiteral("strokeCandidates"), m_strokeGroup);
    m_strokeNote = new QLabel(m_strokeGroup);
    m_strokeNote->setObjectName(QStringLiteral("strokeRecognizerNote"));
    m_strokeNote->setWordWrap(true);
    m_strokeNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strokeNote->hide();
    strokeLayout->addWidget(m_strokeCandidates, 1);
    strokeLayout->addWidget(m_strokeNote, 1);
    connect(m_strokeCandidates, &QTreeWidget::itemClicked, this, &HandwritingPage::chooseStrokeCandidate);
    return m_candidateGroup;
}

QGroupBox *HandwritingPage::createPersonalGroup()
{
    m_personalGroup = new QGroupBox(this);
    auto *layout = new QGridLayout(m_personalGroup);
    m_meantLabel = new QLabel(m_personalGroup);
    m_meant = new QLineEdit(m_personalGroup);
    m_meant->setObjectName(QStringLiteral("meantCharacter"));
    m_meant->setMaxLength(1);
    m_meant->setFont(referenceFont(20));
    m_meantLabel->setBuddy(m_meant);
    m_save = new QPushButton(m_personalGroup);
    m_save->setObjectName(QStringLiteral("saveDrawing"));
    m_personalCount = new QLabel(m_personalGroup);
    m_personalCount->setWordWrap(true);
    m_evaluatePersonal = new QPushButton(m_personalGroup);
    m_evaluatePersonal->setObjectName(QStringLiteral("evaluatePersonal"));
    m_evaluateFile = new QPushButton(m_personalGroup);
    m_fineTune = new QPushButton(m_personalGroup);
    m_fineTune->setObjectName(QStringLiteral("fineTunePersonal"));
    m_evaluationText = new QLabel(m_personalGroup);
    m_evaluationText->setObjectName(QStringLiteral("evaluationText"));
    m_evaluationText->setWordWrap(true);
    m_misreads = new QListWidget(m_personalGroup);
    m_misreads->setObjectName(QStringLiteral("misreads"));
    m_misreads->setViewMode(QListView::IconMode);
    m_misreads->setIconSize(QSize(48, 48));
    m_misreads->setResizeMode(QListView::Adjust);
    m_misreads->setMinimumHeight(64);
    // One row of misread drawings shows at once; the list scrolls to the rest.
    m_misreads->setMaximumHeight(100);

    layout->addWidget(m_meantLabel, 0, 0);
    layout->addWidget(m_meant, 0, 1);
    layout->addWidget(m_save, 0, 2);
    layout->addWidget(m_personalCount, 1, 0, 1, 3);
    // Rows 2 and 3 hold the actions on the personal set.
    layout->addWidget(m_evaluatePersonal, 2, 0, 1, 2);
    layout->addWidget(m_evaluateFile, 2, 2);
    layout->addWidget(m_fineTune, 3, 0, 1, 3);
    layout->addWidget(m_evaluationText, 4, 0, 1, 3);
    layout->addWidget(m_misreads, 5, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveDrawing(m_meant->text()))
            m_canvas->clear();
    });
    connect(m_meant, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_evaluatePersonal, &QPushButton::clicked, this, [this] { evaluate(m_personal.gntPath()); });
    connect(m_fineTune, &QPushButton::clicked, this, [this] {
        Q_EMIT fineTuneRequested(checkpointPath(), m_personal.gntPath());
    });
    connect(m_evaluateFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Evaluate on a .gnt file"), QString(),
                                                          tr("HWDB character files (*.gnt)"));
        if (!path.isEmpty())
            evaluate(path);
    });
    return m_personalGroup;
}

QImage HandwritingPage::networkInput() const
{
    return toQImage(m_shown.networkInput);
}

QString HandwritingPage::checkpointPath() const
{
    return m_recognizer->model().checkpointPath;
}

void HandwritingPage::showEvent(QShowEvent *event)
{
    if (!m_listedOnce) {
        m_listedOnce = true;
        refreshCheckpoints();
    }
    QWidget::showEvent(event);
}

void HandwritingPage::refreshCheckpoints()
{
    // A hidden page lists the runs when it is next shown, so finished training runs do not
    // load models into a page that is not on screen.
    if (!isVisible()) {
        m_listedOnce = false;
        return;
    }
    m_listedOnce = true;
    const QString current = checkpointPath();
    const QVector<app::CharacterCheckpoint> found = app::findCharacterCheckpoints(models::RunFolder::defaultParent());
    m_models->clear();
    for (const app::CharacterCheckpoint &checkpoint : found) {
        const QString text = tr("%1 — %2, %n classes", nullptr, checkpoint.classCount)
                                 .arg(checkpoint.runName, QFileInfo(checkpoint.path).fileName());
        m_models->addItem(text, checkpoint.path);
    }
    m_trainButton->setVisible(found.isEmpty());

    QString requested = current;
    if (requested.isEmpty())
        requested = QSettings().value(QStringLiteral("handwriting/checkpoint")).toString();
    if (!requested.isEmpty() && QFileInfo(requested).isFile()) {
        setCheckpoint(requested);
    } else if (!found.isEmpty()) {
        setCheckpoint(found.front().path);
    } else {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("No character model found in %1. Train the hanzi model (the demo set "
                                 "takes minutes) or open a checkpoint.")
                                  .arg(models::RunFolder::defaultParent()));
    }
    updateActions();
}

void HandwritingPage::setCheckpoint(const QString &path)
{
    int index = m_models->findData(path);
    if (index < 0) {
        m_models->addItem(QFileInfo(path).filePath(), path);
        index = m_models->count() - 1;
    }
    m_models->setCurrentIndex(index);
    m_modelInfo->setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    m_recognizer->loadModel(path);
}

void HandwritingPage::chooseCheckpointFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open character checkpoint"),
                                                      models::RunFolder::defaultParent(),
                                                      tr("Checkpoints (*.pt)"));
    if (!path.isEmpty())
        setCheckpoint(path);
}

void HandwritingPage::showModel(const app::RecognizerModel &model)
{
    QSettings().setValue(QStringLiteral("handwriting/checkpoint"), model.checkpointPath);
    m_banner->hide();
    m_trainButton->hide();
    m_modelInfo->setText(describeModel(model));
    updateActions();
    requestRecognition();
    Q_EMIT modelReady(true);
}

QString HandwritingPage::describeModel(const app::RecognizerModel &model) const
{
    if (model.checkpointPath.isEmpty())
        return {};
    QString text = tr("%1: %n classes, %2 epochs", nullptr, int(model.classNames.size()))
                       .arg(model.modelId)
                       .arg(model.epochsDone);
    if (model.validationAccuracy >= 0)
        text += QLatin1String(", ") + tr("validation accuracy %1%").arg(100.0 * model.validationAccuracy, 0, 'f', 1);
    return text;
}

void HandwritingPage::requestRecognition()
{
    if (!m_recognizer->hasModel())
        return;
    m_requestClock.start();
    m_recognizer->recognize(m_canvas->drawing(true));
}

void HandwritingPage::showRecognition(const app::Recognition &result)
{
    const double elapsed = double(m_requestClock.nsecsElapsed()) / 1e6;
    m_shown = result;
    if (!result.error.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, result.error);

    const QImage zoomed = toQImage(result.networkInput).scaled(m_inputView->size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
    m_inputView->setPixmap(QPixmap::fromImage(zoomed));

    QVector<QPair<QString, QString>> rows;
    for (const app::CharacterCandidate &candidate : result.candidates)
        rows.append({candidate.character, QStringLiteral("%1 %").arg(100.0 * candidate.probability, 0, 'f', 1)});
    fillCandidateList(m_candidates, rows);
    if (result.candidates.isEmpty()) {
        m_reference->clear();
        m_latency->clear();
        m_chosenClass = -1;
        m_canvas->setSaliency({}, {}, {});
    } else {
        // A new drawing shows its best candidate until the user picks another.
        m_chosenClass = result.candidates.front().classIndex;
        m_reference->setText(result.candidates.front().character);
        m_latency->setText(tr("Recognised in %1 ms (network %2 ms)")
                               .arg(elapsed, 0, 'f', 1)
                               .arg(result.inferenceMs, 0, 'f', 1));
        if (m_meant->text().isEmpty() || !m_meant->isModified())
            m_meant->setText(result.candidates.front().character);
        if (m_saliencyCheck->isChecked() && !m_canvas->isDrawing())
            requestSaliency();
    }
    updateActions();
    Q_EMIT recognitionShown();
}

void HandwritingPage::requestSaliency()
{
    if (!m_recognizer->hasModel() || m_chosenClass < 0 || m_shown.candidates.isEmpty())
        return;
    m_saliencyFor = m_shown.sequence;
    m_recognizer->requestSaliency(m_canvas->drawing(), m_chosenClass);
}

void HandwritingPage::showSaliency(const app::Saliency &result)
{
    // The drawing changed since the request: the map belongs to strokes no longer shown.
    if (m_saliencyFor != m_shown.sequence || !m_saliencyCheck->isChecked())
        return;
    if (!result.error.isEmpty()) {
        m_saliencyInfo->setText(result.error);
        return;
    }
    const QString character = m_recognizer->model().classNames.value(result.classIndex);
    const bool positive = std::any_of(result.heatmap.pixels.cbegin(), result.heatmap.pixels.cend(),
                                      [](char value) { return value != 0; });
    m_canvas->setSaliency(toQImage(result.heatmap), m_shown.inputBox, m_shown.inkBox);
    if (positive)
        m_saliencyInfo->setText(tr("Grad-CAM of \"%1\" at layer %2: red regions raise its score most.")
                                    .arg(character, result.layer));
    else
        m_saliencyInfo->setText(tr("Grad-CAM of \"%1\" found no region that raises its score at any layer.")
                                    .arg(character));
}

void HandwritingPage::chooseCandidate(QTreeWidgetItem *item)
{
    const int row = item->data(0, Qt::UserRole).toInt();
    if (row < 0 || row >= m_shown.candidates.size())
        return;
    const app::CharacterCandidate &candidate = m_shown.candidates[row];
    QGuiApplication::clipboard()->setText(candidate.character);
    m_copied->setText(tr("Copied \"%1\" to the clipboard.").arg(candidate.character));
    m_reference->setText(candidate.character);
    m_meant->setText(candidate.character);
    m_meant->setModified(true);
    m_chosenClass = candidate.classIndex;
    if (m_saliencyCheck->isChecked())
        requestSaliency();
}

void HandwritingPage::chooseStrokeCandidate(QTreeWidgetItem *item)
{
    const int row = item->data(0, Qt::UserRole).toInt();
    if (row < 0 || row >= m_shownStrokes.candidates.size())
        return;
    const QString character = m_shownStrokes.candidates[row].character;
    QGuiApplication::clipboard()->setText(character);
    m_copied->setText(tr("Copied \"%1\" to the clipboard.").arg(character));
    m_meant->setText(character);
    m_meant->setModified(true);
}

void HandwritingPage::requestStrokeRecognition()
{
    if (m_strokeRecognizer->hasModel())
        m_strokeRecognizer->recognize(m_canvas->drawing());
}

void HandwritingPage::showStrokeRecognition(const app::StrokeRecognition &result)
{
    m_shownStrokes = result;
    if (!result.error.isEmpty()) {
        showStrokeNote(result.error);
    } else {
        m_strokeNote->hide();
        m_strokeCandidates->show();
    }
    QVector<QPair<QString, QString>> rows;
    for (const app::StrokeCandidate &candidate : result.candidates)
        rows.append({candidate.character, QString::number(candidate.score, 'f', 3)});
    fillCandidateList(m_strokeCandidates, rows);
    Q_EMIT strokeRecognitionShown();
}

void HandwritingPage::showStrokeNote(const QString &text)
{
    m_strokeNote->setText(text);
    m_strokeNote->show();
    // Without a model the list stays empty, so the note takes its place.
    m_strokeCandidates->setVisible(m_strokeRecognizer->hasModel());
}

bool HandwritingPage::saveDrawing(const QString &character)
{
    QString error;
    if (!m_personal.add(character, m_canvas->drawing(), &error)) {
        m_banner->showMessage(MessageBanner::Kind::Warning, error);
        return false;
    }
    m_banner->hide();
    m_meant->clear();
    m_meant->setModified(false);
    updatePersonalCount();
    return true;
}

void HandwritingPage::evaluate(const QString &gntPath)
{
    if (m_evaluation.isRunning() || !m_recognizer->hasModel())
        return;
    const QString checkpoint = checkpointPath();
    m_evaluationText->setText(tr("Evaluating %1…").arg(QFileInfo(gntPath).fileName()));
    m_misreads->clear();
    // The worker loads its own copy of the model, so recognition goes on meanwhile.
    m_evaluation.setFuture(QtConcurrent::run([checkpoint, gntPath] {
        try {
            const std::unique_ptr<app::CharacterClassifier> classifier = app::CharacterClassifier::load(checkpoint);
            return app::evaluateCharacterModel(*classifier, gntPath);
        } catch (const std::exception &e) {
            app::CharacterEvaluation failed;
            failed.gntPath = gntPath;
            failed.checkpointPath = checkpoint;
            failed.error = QString::fromLocal8Bit(e.what());
            return failed;
        }
    }));
    updateActions();
}

void HandwritingPage::showEvaluation(const app::CharacterEvaluation &result)
{
    m_lastEvaluation = result;
    updateActions();
    if (!result.error.isEmpty()) {
        m_evaluationText->setText(result.error);
        Q_EMIT evaluationFinished(result);
        return;
    }
    QString text = tr("%1: top-1 %2% and top-5 %3% on %n characters", nullptr, result.evaluated)
                       .arg(QFileInfo(result.gntPath).fileName())
                       .arg(100.0 * result.top1Accuracy(), 0, 'f', 1)
                       .arg(100.0 * result.top5Accuracy(), 0, 'f', 1);
    if (result.records > result.evaluated)
        text += QLatin1Char(' ') + tr("(%n outside the model's classes skipped)", nullptr, result.records - result.evaluated);
    m_evaluationText->setText(text);

    m_misreads->clear();
    for (const app::Misread &misread : result.misreads.mid(0, kMaxMisreadsShown)) {
        const QString read = misread.candidates.isEmpty() ? QStringLiteral("?") : misread.candidates.front().character;
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(toQImage(misread.bitmap))),
                                         tr("%1 → %2").arg(misread.expected, read), m_misreads);
        QStringList top;
        for (const app::CharacterCandidate &candidate : misread.candidates)
            top << QStringLiteral("%1 %2%").arg(candidate.character).arg(100.0 * candidate.probability, 0, 'f', 1);
        item->setToolTip(tr("Record %1, meant \"%2\"; read as %3").arg(misread.record + 1).arg(misread.expected, top.join(QLatin1String(", "))));
    }
    Q_EMIT evaluationFinished(result);
}

void HandwritingPage::updatePersonalCount()
{
    m_personalCount->setText(tr("%n drawings saved in %1", nullptr, int(m_personal.samples().size()))
                                 .arg(QDir::toNativeSeparators(m_personal.gntPath())));
    updateActions();
}

void HandwritingPage::updateActions()
{
    m_undoAction->setEnabled(m_canvas->canUndo());
    m_redoAction->setEnabled(m_canvas->canRedo());
    m_clearAction->setEnabled(!m_canvas->isEmpty() || m_canvas->canRedo());
    m_save->setEnabled(!m_canvas->isEmpty());
    const bool idle = !m_evaluation.isRunning() && m_recognizer->hasModel();
    m_evaluatePersonal->setEnabled(idle && !m_personal.samples().isEmpty());
    m_evaluateFile->setEnabled(idle);
    m_fineTune->setEnabled(m_recognizer->hasModel() && !m_personal.samples().isEmpty());
}

void HandwritingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HandwritingPage::retranslate()
{
    m_modelLabel->setText(tr("Character &model:"));
    m_openCheckpoint->setText(tr("Open checkpoint…"));
    m_trainButton->setText(tr("Train a character model…"));
    m_penLabel->setText(tr("&Pen width:"));
    m_undoAction->setText(tr("Undo stroke"));
    m_undoAction->setToolTip(tr("Undo the last stroke (%1)").arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    m_redoAction->setText(tr("Redo stroke"));
    m_redoAction->setToolTip(tr("Redo the stroke undone last (%1)").arg(m_redoAction->shortcut().toString(QKeySequence::NativeText)));
    m_clearAction->setText(tr("Clear"));
    m_clearAction->setToolTip(tr("Remove every stroke (%1)").arg(m_clearAction->shortcut().toString(QKeySequence::NativeText)));
    m_canvas->setToolTip(tr("Write one character with the mouse, a pen or a finger. The stroke order "
                            "does not matter to the network."));
    m_viewGroup->setTitle(tr("What the network sees"));
    m_inputView->setToolTip(tr("The 64×64 network input, normalised like the HWDB training samples"));
    m_reference->setToolTip(tr("The chosen candidate in a printed font"));
    m_saliencyCheck->setText(tr("Show the saliency map of the chosen candidate"));
    m_candidateGroup->setTitle(tr("Network (click to copy)"));
    m_candidates->setHeaderLabels({tr("Character"), tr("Probability")});
    m_strokeGroup->setTitle(tr("Stroke-based recognizer (zinnia)"));
    m_strokeGroup->setToolTip(tr("zinnia reads the strokes in the order they were drawn; the network sees "
                                 "only the finished image. Scores are zinnia's own, not probabilities."));
    m_strokeCandidates->setHeaderLabels({tr("Character"), tr("Score")});
    fitCandidateList(m_candidates);
    fitCandidateList(m_strokeCandidates);
    if (!app::zinniaAvailable())
        m_strokeNote->setText(app::zinniaMissingMessage());
    m_personalGroup->setTitle(tr("My handwriting"));
    m_meantLabel->setText(tr("&Meant character:"));
    m_save->setText(tr("Save drawing"));
    m_evaluatePersonal->setText(tr("Evaluate the model on my handwriting"));
    m_evaluateFile->setText(tr("Evaluate on a .gnt file…"));
    m_fineTune->setText(tr("Fine-tune the model on my handwriting…"));
    m_fineTune->setToolTip(tr("Opens the Training page with a run that starts from this model's "
                              "weights and adds your saved drawings to its training data."));
    updatePersonalCount();
}

} // namespace cnnwb::ui
