#pragma once

#include "handwritingrecognizer.h"

namespace cnnwb::app {

/// Computes the Grad-CAM map of class CLASS_INDEX for DRAWING with CLASSIFIER on the
/// calling thread. The map covers the network input; Recognition::inputBox and inkBox map
/// it back onto the drawing. When the last feature map has no positive evidence, the
/// deepest earlier layer that has some is used and named in Saliency::layer. The map is all
/// zeros only when no layer has any. Errors are returned in Saliency::error.
Saliency computeSaliency(CharacterClassifier &classifier, const data::Drawing &drawing, int classIndex);

} // namespace cnnwb::app
