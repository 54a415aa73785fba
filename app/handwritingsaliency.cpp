#include "handwritingsaliency.h"

#include "models/errors.h"
#include "models/gradcam.h"

#include <torch/torch.h>

#include <QtCore/QCoreApplication>

#include <exception>
#include <utility>

namespace cnnwb::app {

Saliency computeSaliency(CharacterClassifier &classifier, const data::Drawing &drawing, int classIndex)
{
    Saliency result;
    result.classIndex = classIndex;
    if (classIndex < 0 || classIndex >= classifier.classNames().size()) {
        result.error = QCoreApplication::translate("cnnwb::app", "Class %1 is outside the model's %2 classes.")
                           .arg(classIndex)
                           .arg(classifier.classNames().size());
        return result;
    }
    try {
        const cv::Mat character = data::drawingToCharacter(drawing, classifier.inputSide());
        const torch::Tensor input = CharacterClassifier::toInput(character);
        models::GradCamResult cam = models::computeGradCam(classifier.network(), input, classIndex);
        // Behind Flatten and dense layers, the spatial mean of the gradient can weigh every
        // feature map of the last layer negatively, so ReLU leaves an all-zero map (the trained
        // hanzi-level1 model did so on a real HWDB drawing). Earlier layers are then tried,
        // deepest first, and the first map with positive evidence is returned.
        if (cam.heatmap.max().item<float>() <= 0) {
            const QStringList layers = models::gradCamLayers(classifier.network(), input);
            for (qsizetype i = layers.indexOf(cam.layer) - 1; i >= 0; --i) {
                models::GradCamResult earlier = models::computeGradCam(classifier.network(), input, classIndex, layers[i]);
                if (earlier.heatmap.max().item<float>() > 0) {
                    cam = std::move(earlier);
                    break;
                }
            }
        }
        // The heat map is H×W float32 in [0, 1] at the input's resolution, stored as 8-bit.
        const torch::Tensor bytes = cam.heatmap.mul(255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
        const cv::Mat heatmap(int(bytes.size(0)), int(bytes.size(1)), CV_8UC1, bytes.data_ptr<uint8_t>());
        result.heatmap = GreyImage::fromMat(heatmap);
        result.layer = cam.layer;
    } catch (const std::exception &e) {
        result.error = models::exceptionMessage(e);
    }
    return result;
}

} // namespace cnnwb::app
