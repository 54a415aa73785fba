#pragma once

#include "app/handwritingrecognizer.h"
#include "app/personalset.h"
#include "app/strokerecognizer.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFutureWatcher>
#include <QtWidgets/QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cnnwb::ui {

class HandwritingCanvas;
class MessageBanner;

/// The handwriting page: a canvas whose drawing a character model recognises live, the
/// network's 64×64 view with a saliency map, a stroke-based recognizer (zinnia, where
/// built in) beside the network's candidates, and a personal test set of saved drawings.
class HandwritingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HandwritingPage(QWidget *parent = nullptr);
    ~HandwritingPage() override;

    HandwritingCanvas *canvas() const { return m_canvas; }
    app::HandwritingRecognizer *recognizer() const { return m_recognizer; }
    /// The network's candidates: one row each, character and probability.
    QTreeWidget *candidateList() const { return m_candidates; }
    app::StrokeRecognizer *strokeRecognizer() const { return m_strokeRecognizer; }
    /// Zinnia's candidates: one row each, character and score.
    QTreeWidget *strokeCandidateList() const { return m_strokeCandidates; }
    /// Returns zinnia's candidates shown, best first.
    const QVector<app::StrokeCandidate> &strokeCandidates() const { return m_shownStrokes.candidates; }
    /// Returns the sequence number of the stroke recognition shown, 0 before the first.
    quint64 shownStrokeSequence() const { return m_shownStrokes.sequence; }
    const app::PersonalSet &personalSet() const { return m_personal; }
    /// Returns the candidates shown, most probable first.
    const QVector<app::CharacterCandidate> &candidates() const { return m_shown.candidates; }
    /// Returns the sequence number of the recognition shown, 0 before the first.
    quint64 shownSequence() const { return m_shown.sequence; }
    /// Returns the network input shown for the newest recognition, Grayscale8.
    QImage networkInput() const;
    /// Returns the checkpoint in use, or "" before one is loaded.
    QString checkpointPath() const;

    /// Lists the character checkpoints of the runs folder again, at once when the page is
    /// visible, else when it is next shown.
    void refreshCheckpoints();
    /// Loads the checkpoint at PATH, adding it to the list.
    void setCheckpoint(const QString &path);

    /// Saves the current drawing as CHARACTER in the personal set. Returns false and shows
    /// the reason when it cannot.
    bool saveDrawing(const QString &character);
    /// Evaluates the model in use on the .gnt file at PATH in the background;
    /// evaluationFinished() follows.
    void evaluate(const QString &gntPath);

Q_SIGNALS:
    /// Sent when a model finished loading (or failed to).
    void modelReady(bool loaded);
    /// Sent after the candidates of a recognition were shown.
    void recognitionShown();
    /// Sent after zinnia's candidates for a drawing were shown.
    void strokeRecognitionShown();
    /// Sent when an evaluation finished.
    void evaluationFinished(const cnnwb::app::CharacterEvaluation &result);
    /// Sent by the button that opens the training page with a character model chosen.
    void trainModelRequested();
    /// Sent by the button that prepares a fine-tuning run of CHECKPOINT with the personal
    /// set PERSONAL_GNT added to its training data.
    void fineTuneRequested(const QString &checkpoint, const QString &personalGnt);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createModelBar();
    QWidget *createSidePanel();
    QGroupBox *createCandidateGroups();
    QGroupBox *createPersonalGroup();
    void chooseCheckpointFile();
    void requestRecognition();
    void showRecognition(const app::Recognition &result);
    void showSaliency(const app::Saliency &result);
    void requestSaliency();
    void chooseCandidate(QTreeWidgetItem *item);
    void chooseStrokeCandidate(QTreeWidgetItem *item);
    void requestStrokeRecognition();
    void showStrokeRecognition(const app::StrokeRecognition &result);
    void showStrokeNote(const QString &text);
    void showModel(const app::RecognizerModel &model);
    QString describeModel(const app::RecognizerModel &model) const;
    void showEvaluation(const app::CharacterEvaluation &result);
    void updatePersonalCount();
    void updateActions();
    void retranslate();

    MessageBanner *m_banner = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_models = nullptr;
    QToolButton *m_openCheckpoint = nullptr;
    QPushButton *m_trainButton = nullptr;
    QLabel *m_modelInfo = nullptr;
    QLabel *m_penLabel = nullptr;
    QSlider *m_penWidth = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_clearAction = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    HandwritingCanvas *m_canvas = nullptr;

    QGroupBox *m_viewGroup = nullptr;
    QLabel *m_inputView = nullptr;
    QLabel *m_latency = nullptr;
    QCheckBox *m_saliencyCheck = nullptr;
    QLabel *m_saliencyInfo = nullptr;
    QGroupBox *m_candidateGroup = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QGroupBox *m_strokeGroup = nullptr;
    QTreeWidget *m_strokeCandidates = nullptr;
    QLabel *m_strokeNote = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_copied = nullptr;

    QGroupBox *m_personalGroup = nullptr;
    QLabel *m_meantLabel = nullptr;
    QLineEdit *m_meant = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_personalCount = nullptr;
    QPushButton *m_evaluatePersonal = nullptr;
    QPushButton *m_evaluateFile = nullptr;
    QPushButton *m_fineTune = nullptr;
    QLabel *m_evaluationText = nullptr;
    QListWidget *m_misreads = nullptr;

    app::HandwritingRecognizer *m_recognizer = nullptr;
    app::StrokeRecognizer *m_strokeRecognizer = nullptr;
    app::StrokeRecognition m_shownStrokes; ///< zinnia's candidates on screen
    app::PersonalSet m_personal;
    QTimer *m_liveTimer = nullptr;
    QElapsedTimer m_requestClock;   ///< started when the newest recognition was requested
    app::Recognition m_shown;       ///< the recognition on screen
    int m_chosenClass = -1;         ///< the candidate whose saliency is shown
    quint64 m_saliencyFor = 0;      ///< recognition sequence the pending saliency belongs to
    QFutureWatcher<app::CharacterEvaluation> m_evaluation;
    app::CharacterEvaluation m_lastEvaluation;
    bool m_listedOnce = false;
};

} // namespace cnnwb::ui
