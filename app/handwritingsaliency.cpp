#include "handwritingsaliency.h"

#include "models/errors.h"
#include "models/gradcam.h"

#include <torch/torch.h>

#include <QtCore/QCoreApplication>

#include <exception>

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
        const models::GradCamResult cam =
            models::computeGradCam(classifier.network(), CharacterClassifier::toInput(character), classIndex);
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
