<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cnnwb::app</name>
    <message>
        <location filename="../app/commandcommon.cpp" line="+23" />
        <source>LibTorch intra-op threads (default: CNNWB_THREADS, else the core count).</source>
        <translation>LibTorch intra-op threads (default: CNNWB_THREADS, else the core count).</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+27" />
        <source>Calibrates a binary classifier's checkpoint: computes the ROC curve and the threshold with the largest Youden's J on the run's validation split, and the training images' feature distribution and image statistics for the out-of-distribution guard. Stores them in the checkpoint, which is rewritten in place.</source>
        <translation>Calibrates a binary classifier's checkpoint: computes the ROC curve and the threshold with the largest Youden's J on the run's validation split, and the training images' feature distribution and image statistics for the out-of-distribution guard. Stores them in the checkpoint, which is rewritten in place.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <location filename="../app/commandcommon.cpp" line="+1" />
        <location filename="../app/evaluatecommand.cpp" line="+51" />
        <location filename="../app/predictcommand.cpp" line="+82" />
        <location filename="../app/traincommand.cpp" line="+121" />
        <location line="+1" />
        <location line="+6" />
        <location line="+2" />
        <location line="+2" />
        <location line="+3" />
        <location line="+4" />
        <location line="+1" />
        <location line="+117" />
        <location line="+74" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Training images used for the feature distribution (default 2000, 0 = all).</source>
        <translation>Training images used for the feature distribution (default 2000, 0 = all).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench calibrate RUN_FOLDER_OR_CHECKPOINT
</source>
        <translation>Usage: cnn-workbench calibrate RUN_FOLDER_OR_CHECKPOINT
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is a %2 model; calibration applies to binary classifiers only
</source>
        <translation>%1 is a %2 model; calibration applies to binary classifiers only
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Calibrating: %1 of %2 samples</source>
        <translation>Calibrating: %1 of %2 samples</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Calibrated %1 in %2 s: %3
</source>
        <translation>Calibrated %1 in %2 s: %3
</translation>
    </message>
    <message>
        <location filename="../app/commandcommon.cpp" line="+16" />
        <source>Run "cnn-workbench %1 --help" for the options.
</source>
        <translation>Run "cnn-workbench %1 --help" for the options.
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Unknown model "%1". Valid models: %2</source>
        <translation>Unknown model "%1". Valid models: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Invalid --set "%1": expected key=value</source>
        <translation>Invalid --set "%1": expected key=value</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Invalid option for model "%1": %2</source>
        <translation>Invalid option for model "%1": %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+21" />
        <source>Print a model's layer table, parameters and MACs</source>
        <translation>Print a model's layer table, parameters and MACs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check a dataset: format, counts, sizes, class balance, problems</source>
        <translation>Check a dataset: format, counts, sizes, class balance, problems</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Train a model and write a run folder</source>
        <translation>Train a model and write a run folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume a run from its last checkpoint</source>
        <translation>Resume a run from its last checkpoint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate a run's checkpoint on a dataset split or folder</source>
        <translation>Evaluate a run's checkpoint on a dataset split or folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict classes or masks for image files with a run's checkpoint</source>
        <translation>Predict classes or masks for image files with a run's checkpoint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List run folders with their best metrics</source>
        <translation>List run folders with their best metrics</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store a binary classifier's ROC, threshold and image statistics in its checkpoint</source>
        <translation>Store a binary classifier's ROC, threshold and image statistics in its checkpoint</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Usage: cnn-workbench [--threads N] [--lang CODE]
       cnn-workbench COMMAND [options]

Without a command, the workbench window opens.

Commands:
</source>
        <translation>Usage: cnn-workbench [--threads N] [--lang CODE]
       cnn-workbench COMMAND [options]

Without a command, the workbench window opens.

Commands:
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>
Run "cnn-workbench COMMAND --help" for the options of a command.
The environment variable CNNWB_THREADS sets the LibTorch thread count.
</source>
        <translation>
Run "cnn-workbench COMMAND --help" for the options of a command.
The environment variable CNNWB_THREADS sets the LibTorch thread count.
</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Unknown command "%1". Valid commands: %2
</source>
        <translation>Unknown command "%1". Valid commands: %2
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run "cnn-workbench --help" for usage.
</source>
        <translation>Run "cnn-workbench --help" for usage.
</translation>
    </message>
    <message>
        <location filename="../app/datasetcommand.cpp" line="+90" />
        <source>Problems: none found.
</source>
        <translation>Problems: none found.
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problems (%1):
</source>
        <translation>Problems (%1):
</translation>
    </message>
    <message>
        <location line="+29" />
        <source>  %1: %2; majority-class baseline accuracy %3 (always %4)
</source>
        <translation>  %1: %2; majority-class baseline accuracy %3 (always %4)
</translation>
    </message>
    <message>
        <location line="+15" />
        <source>
The validation split has only %1 images, so one image moves validation accuracy by %2 points: too coarse to compare epochs or choose a checkpoint.
</source>
        <translation>
The validation split has only %1 images, so one image moves validation accuracy by %2 points: too coarse to compare epochs or choose a checkpoint.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>
There is no separate validation split.
</source>
        <translation>
There is no separate validation split.
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>A seeded, stratified re-split moving %1 of "%2" to validation gives %2 %3 and validation %4 (%5).
</source>
        <translation>A seeded, stratified re-split moving %1 of "%2" to validation gives %2 %3 and validation %4 (%5).
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To train with it, add: --val-from-train %1 --seed %2
</source>
        <translation>To train with it, add: --val-from-train %1 --seed %2
</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: cannot open the file: %2</source>
        <translation>%1: cannot open the file: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 contains a %2 image; it is decoded by its content</source>
        <translation>%1 contains a %2 image; it is decoded by its content</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Format: chest X-ray image folders (%1), %2 images
</source>
        <translation>Format: chest X-ray image folders (%1), %2 images
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>train/val/test × NORMAL/PNEUMONIA</source>
        <translation>train/val/test × NORMAL/PNEUMONIA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one folder per class</source>
        <translation>one folder per class</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counts per split (%1):
</source>
        <translation>Counts per split (%1):
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Image sizes: %1
</source>
        <translation>Image sizes: %1
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Encodings: %1; %2
</source>
        <translation>Encodings: %1; %2
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Class balance:
</source>
        <translation>Class balance:
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>identical content in different splits (%1), which leaks images between them: %2</source>
        <translation>identical content in different splits (%1), which leaks images between them: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>identical content: %1</source>
        <translation>identical content: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a .jpeg, .jpg or .png image and is ignored</source>
        <translation>%1 is not a .jpeg, .jpg or .png image and is ignored</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1/ matches no split or class name and is ignored</source>
        <translation>%1/ matches no split or class name and is ignored</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Note: %1
</source>
        <translation>Note: %1
</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Samples: %1 in %2 distinct characters
</source>
        <translation>Samples: %1 in %2 distinct characters
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Character set: all samples are GB2312 level 1 (%1 of the %2 level-1 characters present)
</source>
        <translation>Character set: all samples are GB2312 level 1 (%1 of the %2 level-1 characters present)
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Character set: %1 samples in %2 characters are GB2312 level 1; %3 samples fall outside and are skipped when training on level 1
</source>
        <translation>Character set: %1 samples in %2 characters are GB2312 level 1; %3 samples fall outside and are skipped when training on level 1
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Bitmap sizes: %1
</source>
        <translation>Bitmap sizes: %1
</translation>
    </message>
    <message>
        <location line="+27" />
        <source>uncompressed</source>
        <translation>uncompressed</translation>
    </message>
    <message>
        <location line="+5" />
        <source>compression %1</source>
        <translation>compression %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source> float</source>
        <translation> float</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Labels: values %1–%2, membrane = %3 values (--membrane %4)
</source>
        <translation>Labels: values %1–%2, membrane = %3 values (--membrane %4)
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+0" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Membrane fraction: %1 of label pixels (per slice %2–%3)
</source>
        <translation>Membrane fraction: %1 of label pixels (per slice %2–%3)
</translation>
    </message>
    <message>
        <location line="-325" />
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+7" />
        <source>grey</source>
        <translation>grey</translation>
    </message>
    <message>
        <location line="+2" />
        <source>grey with alpha</source>
        <translation>grey with alpha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CMYK or RGBA</source>
        <translation>CMYK or RGBA</translation>
    </message>
    <message>
        <location line="+39" />
        <source>width %1, height %2 pixels</source>
        <translation>width %1, height %2 pixels</translation>
    </message>
    <message>
        <location line="+136" />
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Format: CASIA HWDB .gnt character records, files: %1
</source>
        <translation>Format: CASIA HWDB .gnt character records, files: %1
</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Class balance: samples per character %1; majority-class baseline accuracy %2
</source>
        <translation>Class balance: samples per character %1; majority-class baseline accuracy %2
</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: %2, %3×%4, %5-bit%6, %7</source>
        <translation>%1: %2, %3×%4, %5-bit%6, %7</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Class balance: predicting "%1" everywhere gives %2 pixel accuracy, the baseline to beat
</source>
        <translation>Class balance: predicting "%1" everywhere gives %2 pixel accuracy, the baseline to beat
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cell</source>
        <translation>cell</translation>
    </message>
    <message>
        <location line="+0" />
        <source>membrane</source>
        <translation>membrane</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Format: EM image stacks (multi-page TIFF)
</source>
        <translation>Format: EM image stacks (multi-page TIFF)
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  no label stack (a test volume)
</source>
        <translation>  no label stack (a test volume)
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Format: EM slices as image/N and label/N files
</source>
        <translation>Format: EM slices as image/N and label/N files
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Slices: %1 of %2×%3 pixels
</source>
        <translation>Slices: %1 of %2×%3 pixels
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>not a dataset file (.gnt, .tif or .tiff)</source>
        <translation>not a dataset file (.gnt, .tif or .tiff)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass a .gnt file, a TIFF stack or a dataset folder</source>
        <translation>Pass a .gnt file, a TIFF stack or a dataset folder</translation>
    </message>
    <message>
        <location line="+30" />
        <source>"dataset check PATH" finds the dataset format of PATH (chest X-ray folders, CASIA HWDB .gnt files or EM TIFF stacks) and prints the counts per split and class, image sizes, class balance with the majority-class baseline, and problems: unreadable files, duplicate content and image/label mismatches. Exit code 0 means no problems, 1 problems found, 2 invalid arguments or no dataset found.</source>
        <translation>"dataset check PATH" finds the dataset format of PATH (chest X-ray folders, CASIA HWDB .gnt files or EM TIFF stacks) and prints the counts per split and class, image sizes, class balance with the majority-class baseline, and problems: unreadable files, duplicate content and image/label mismatches. Exit code 0 means no problems, 1 problems found, 2 invalid arguments or no dataset found.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The action; only "check" exists.</source>
        <translation>The action; only "check" exists.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset folder or file.</source>
        <translation>Dataset folder or file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seed of the suggested stratified re-split of the training split (default 1).</source>
        <translation>Seed of the suggested stratified re-split of the training split (default 1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Which EM label values are membrane: "low" (default, ISBI 2012: 0 = membrane, 255 = cell) or "high".</source>
        <translation>Which EM label values are membrane: "low" (default, ISBI 2012: 0 = membrane, 255 = cell) or "high".</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/traincommand.cpp" line="-76" />
        <source>low|high</source>
        <translation>low|high</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench dataset check PATH
</source>
        <translation>Usage: cnn-workbench dataset check PATH
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run "cnn-workbench dataset --help" for the options.
</source>
        <translation>Run "cnn-workbench dataset --help" for the options.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Invalid --seed "%1": expected a non-negative integer
</source>
        <translation>Invalid --seed "%1": expected a non-negative integer
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Invalid --membrane "%1": expected low or high
</source>
        <translation>Invalid --membrane "%1": expected low or high
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the file or folder does not exist
</source>
        <translation>%1: the file or folder does not exist
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Checking %1 failed: %2
</source>
        <translation>Checking %1 failed: %2
</translation>
    </message>
    <message>
        <location filename="../app/summarycommand.cpp" line="+22" />
        <source>Prints the layer table of a zoo model, measured by one forward pass: per layer its type, output shape, parameters and multiply-accumulates (MACs), then the totals.</source>
        <translation>Prints the layer table of a zoo model, measured by one forward pass: per layer its type, output shape, parameters and multiply-accumulates (MACs), then the totals.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../app/traincommand.cpp" line="-12" />
        <source>Model id: %1.</source>
        <translation>Model id: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/traincommand.cpp" line="+0" />
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/traincommand.cpp" line="+1" />
        <source>Sets an architecture option; repeat for several.</source>
        <translation>Sets an architecture option; repeat for several.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../app/traincommand.cpp" line="+0" />
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Missing --model. Valid models: %1
</source>
        <translation>Missing --model. Valid models: %1
</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Failed to build model "%1" with %2: %3
</source>
        <translation>Failed to build model "%1" with %2: %3
</translation>
    </message>
    <message>
        <location filename="../app/datasetprobe.cpp" line="+81" />
        <source>The validation split has only %1 samples, so one sample moves validation accuracy by %2 points: too coarse to compare epochs. Move a seeded, stratified share of the training split to validation instead.</source>
        <translation>The validation split has only %1 samples, so one sample moves validation accuracy by %2 points: too coarse to compare epochs. Move a seeded, stratified share of the training split to validation instead.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The classes are imbalanced: the largest has %1% of the training split. Consider class weighting.</source>
        <translation>The classes are imbalanced: the largest has %1% of the training split. Consider class weighting.</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../app/trainingsession.cpp" line="+193" />
        <source>Unknown model "%1".</source>
        <translation>Unknown model "%1".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a dataset folder or file first.</source>
        <translation>Choose a dataset folder or file first.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>samples</source>
        <translation>samples</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Opening %1 failed with an unknown error.</source>
        <translation>Opening %1 failed with an unknown error.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The dataset check found problems; see its report below.</source>
        <translation>The dataset check found problems; see its report below.</translation>
    </message>
    <message>
        <location filename="../app/evaluatecommand.cpp" line="-27" />
        <source>true \ predicted</source>
        <translation>true \ predicted</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Evaluates a run's checkpoint on a dataset split or folder, prints the metrics and the confusion matrix, and writes them to evaluation-NAME.json in the run folder.</source>
        <translation>Evaluates a run's checkpoint on a dataset split or folder, prints the metrics and the confusion matrix, and writes them to evaluation-NAME.json in the run folder.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/traincommand.cpp" line="+86" />
        <source>Run folder.</source>
        <translation>Run folder.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>best (default), last, or a checkpoint file.</source>
        <translation>best (default), last, or a checkpoint file.</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="-50" />
        <location filename="../app/evaluatecommand.cpp" line="+0" />
        <location filename="../app/predictcommand.cpp" line="-2" />
        <source>which</source>
        <translation>which</translation>
    </message>
    <message>
        <location filename="../app/evaluatecommand.cpp" line="+1" />
        <source>Dataset to evaluate on (default: the run's own dataset).</source>
        <translation>Dataset to evaluate on (default: the run's own dataset).</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="-85" />
        <location line="+2" />
        <location line="+1" />
        <location line="+3" />
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+1" />
        <source>X-ray split: test (default), val or train.</source>
        <translation>X-ray split: test (default), val or train.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM slices, 1-based ranges such as 26-30 (default: all).</source>
        <translation>EM slices, 1-based ranges such as 26-30 (default: all).</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="+1" />
        <location line="+1" />
        <source>ranges</source>
        <translation>ranges</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+2" />
        <location filename="../app/evaluatecommand.cpp" line="+1" />
        <location filename="../app/traincommand.cpp" line="-131" />
        <source>Batch size (default 16).</source>
        <translation>Batch size (default 16).</translation>
    </message>
    <message>
        <location filename="../app/commandcommon.cpp" line="-44" />
        <source>auto (default), cpu or cuda.</source>
        <translation>auto (default), cpu or cuda.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <location filename="../app/evaluatecommand.cpp" line="+5" />
        <source>Usage: cnn-workbench evaluate RUN_FOLDER [--data PATH] [--split test]
</source>
        <translation>Usage: cnn-workbench evaluate RUN_FOLDER [--data PATH] [--split test]
</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No samples to evaluate (%1 skipped: their classes are not among the model's %2)
</source>
        <translation>No samples to evaluate (%1 skipped: their classes are not among the model's %2)
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Skipped %1 samples whose classes the model was not trained on
</source>
        <translation>Skipped %1 samples whose classes the model was not trained on
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checkpoint: %1 (epoch %2)
</source>
        <translation>Checkpoint: %1 (epoch %2)
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Samples: %1
</source>
        <translation>Samples: %1
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>class</source>
        <translation>class</translation>
    </message>
    <message>
        <location line="+0" />
        <source>precision</source>
        <translation>precision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <location line="+0" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>
Report: %1
</source>
        <translation>
Report: %1
</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="-6" />
        <source>Predicts with a run's checkpoint. Classifiers print the class and the probabilities of each image (a table, or CSV with --csv). The segmentation model writes the membrane masks of each slice as a multi-page TIFF (--tiff) or PNG files (--png-dir).</source>
        <translation>Predicts with a run's checkpoint. Classifiers print the class and the probabilities of each image (a table, or CSV with --csv). The segmentation model writes the membrane masks of each slice as a multi-page TIFF (--tiff) or PNG files (--png-dir).</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="-3" />
        <location filename="../app/predictcommand.cpp" line="+4" />
        <source>Run folder or checkpoint file.</source>
        <translation>Run folder or checkpoint file.</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="+1" />
        <source>Image files, folders or TIFF stacks.</source>
        <translation>Image files, folders or TIFF stacks.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>inputs...</source>
        <translation>inputs...</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+1" />
        <location filename="../app/predictcommand.cpp" line="+1" />
        <source>best (default) or last, for a run folder.</source>
        <translation>best (default) or last, for a run folder.</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="+1" />
        <source>Write the classifier results to this CSV file.</source>
        <translation>Write the classifier results to this CSV file.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Classes listed per image (default 5, at most the class count).</source>
        <translation>Classes listed per image (default 5, at most the class count).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the predicted masks to this multi-page TIFF.</source>
        <translation>Write the predicted masks to this multi-page TIFF.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write one PNG mask per slice into this folder.</source>
        <translation>Write one PNG mask per slice into this folder.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/runscommand.cpp" line="+25" />
        <location filename="../app/traincommand.cpp" line="+137" />
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask values: isbi (default, 255 = cell, 0 = membrane) or binary (1 = membrane).</source>
        <translation>Mask values: isbi (default, 255 = cell, 0 = membrane) or binary (1 = membrane).</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="-126" />
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membrane probability threshold (default 0.5).</source>
        <translation>Membrane probability threshold (default 0.5).</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="-8" />
        <location line="+1" />
        <location line="+3" />
        <location line="+8" />
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench predict RUN_FOLDER INPUT...
</source>
        <translation>Usage: cnn-workbench predict RUN_FOLDER INPUT...
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No image files found in %1
</source>
        <translation>No image files found in %1
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 page %2/%3: %4% membrane</source>
        <translation>%1 page %2/%3: %4% membrane</translation>
    </message>
    <message>
        <location filename="../app/personalset.cpp" line="+67" />
        <source>%1: cannot open for reading: %2</source>
        <translation>%1: cannot open for reading: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not valid JSON (%2). Move it away to start a new personal set.</source>
        <translation>%1 is not valid JSON (%2). Move it away to start a new personal set.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1, sample %2: %3</source>
        <translation>%1, sample %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"character" is missing</source>
        <translation>"character" is missing</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Type or pick the character this drawing was meant to be.</source>
        <translation>Type or pick the character this drawing was meant to be.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a GB2312 character, so a .gnt file cannot store it. Enter one simplified Chinese character.</source>
        <translation>"%1" is not a GB2312 character, so a .gnt file cannot store it. Enter one simplified Chinese character.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawing is empty. Draw the character first.</source>
        <translation>The drawing is empty. Draw the character first.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Cannot create the folder %1. Check its permissions.</source>
        <translation>Cannot create the folder %1. Check its permissions.</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../app/predictcommand.cpp" line="+19" />
        <location line="+61" />
        <source>%1: writing failed: %2</source>
        <translation>%1: writing failed: %2</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="-59" />
        <source>Wrote %1 PNG masks to %2
</source>
        <translation>Wrote %1 PNG masks to %2
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Wrote %1 mask pages to %2
</source>
        <translation>Wrote %1 mask pages to %2
</translation>
    </message>
    <message>
        <location filename="../app/commandcommon.cpp" line="+54" />
        <source>%1 is not a run folder (it has no config.json)</source>
        <translation>%1 is not a run folder (it has no config.json)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: invalid configuration: %2</source>
        <translation>%1: invalid configuration: %2</translation>
    </message>
    <message>
        <location filename="../app/runlauncher.cpp" line="+48" />
        <source>%1: no checkpoint to start from; pass a .pt file or a run folder that holds best.pt or last.pt</source>
        <translation>%1: no checkpoint to start from; pass a .pt file or a run folder that holds best.pt or last.pt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 holds a %2 model, so a %3 run cannot start from it</source>
        <translation>%1 holds a %2 model, so a %3 run cannot start from it</translation>
    </message>
    <message>
        <location line="+17" />
        <source>None of the training samples of %1 belongs to the %2 classes of %3.</source>
        <translation>None of the training samples of %1 belongs to the %2 classes of %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 samples have classes that %2 does not know and were left out</source>
        <translation>%1 samples have classes that %2 does not know and were left out</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1: no checkpoint to resume from; start a new run instead</source>
        <translation>%1: no checkpoint to resume from; start a new run instead</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Warning: the dataset at %1 changed since the run started (hash %2, now %3)</source>
        <translation>Warning: the dataset at %1 changed since the run started (hash %2, now %3)</translation>
    </message>
    <message>
        <location filename="../app/runscommand.cpp" line="-3" />
        <source>Lists the run folders with their model, state, epochs and best validation metric.</source>
        <translation>Lists the run folders with their model, state, epochs and best validation metric.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder of run folders (default: $CNNWB_RUNS or the user data folder).</source>
        <translation>Folder of run folders (default: $CNNWB_RUNS or the user data folder).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location line="+1" />
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location line="+1" />
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>best</source>
        <translation>best</translation>
    </message>
    <message>
        <location line="+26" />
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No run folders in %1
</source>
        <translation>No run folders in %1
</translation>
    </message>
    <message>
        <location filename="../app/traincommand.cpp" line="-16" />
        <source>Epochs to train (default 10).</source>
        <translation>Epochs to train (default 10).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Learning rate (default 0.001).</source>
        <translation>Learning rate (default 0.001).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <location line="-7" />
        <source>adam (default) or sgd (with momentum).</source>
        <translation>adam (default) or sgd (with momentum).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <location line="+133" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-135" />
        <source>SGD momentum (default 0.9).</source>
        <translation>SGD momentum (default 0.9).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>L2 weight decay (default 0).</source>
        <translation>L2 weight decay (default 0).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none, step, exponential, cosine or plateau.</source>
        <translation>none, step, exponential, cosine or plateau.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step schedule: epochs between decays (default 10).</source>
        <translation>Step schedule: epochs between decays (default 10).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step and exponential schedules: decay factor (default 0.1).</source>
        <translation>Step and exponential schedules: decay factor (default 0.1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plateau schedule: epochs without improvement (default 3).</source>
        <translation>Plateau schedule: epochs without improvement (default 3).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lowest learning rate of any schedule (default 0).</source>
        <translation>Lowest learning rate of any schedule (default 0).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Epochs of linear warm-up (default 0).</source>
        <translation>Epochs of linear warm-up (default 0).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none, weights (inverse class frequency) or balanced (sampling).</source>
        <translation>none, weights (inverse class frequency) or balanced (sampling).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation metric for the best checkpoint and early stopping (default val_accuracy, or val_pixel_error for segmentation).</source>
        <translation>Validation metric for the best checkpoint and early stopping (default val_accuracy, or val_pixel_error for segmentation).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>metric</source>
        <translation>metric</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop after this many epochs without improvement (default off).</source>
        <translation>Stop after this many epochs without improvement (default off).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clip the gradient norm to this value (default off).</source>
        <translation>Clip the gradient norm to this value (default off).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>norm</source>
        <translation>norm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch-norm running-statistics momentum, PyTorch convention (default: the model's Keras value 0.01; 0.1 suits small datasets).</source>
        <translation>Batch-norm running-statistics momentum, PyTorch convention (default: the model's Keras value 0.01; 0.1 suits small datasets).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limit each epoch to this many steps (for quick trials).</source>
        <translation>Limit each epoch to this many steps (for quick trials).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data loading threads (default 2).</source>
        <translation>Data loading threads (default 2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Train without augmentation.</source>
        <translation>Train without augmentation.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+187" />
        <source>Print one JSON object per event on the output instead of a progress bar.</source>
        <translation>Print one JSON object per event on the output instead of a progress bar.</translation>
    </message>
    <message>
        <location line="-147" />
        <source>--%1 expects a number, got "%2"</source>
        <translation>--%1 expects a number, got "%2"</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+91" />
        <source>Run folder: %1
</source>
        <translation>Run folder: %1
</translation>
    </message>
    <message>
        <location line="-88" />
        <source>Stopped; the last checkpoint is %1.
Resume with: cnn-workbench resume "%2"
</source>
        <translation>Stopped; the last checkpoint is %1.
Resume with: cnn-workbench resume "%2"
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The last checkpoint is kept: %1
Resume with: cnn-workbench resume "%2"
</source>
        <translation>The last checkpoint is kept: %1
Resume with: cnn-workbench resume "%2"
</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Trains a zoo model on a dataset and writes a run folder: config.json, history.csv, steps.csv, training.log, last.pt and best.pt. Ctrl-C stops after the current step and writes a checkpoint to resume from.</source>
        <translation>Trains a zoo model on a dataset and writes a run folder: config.json, history.csv, steps.csv, training.log, last.pt and best.pt. Ctrl-C stops after the current step and writes a checkpoint to resume from.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dataset folder or file, or "demo" for the model's demo set.</source>
        <translation>Dataset folder or file, or "demo" for the model's demo set.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset format: %1 (default auto).</source>
        <translation>Dataset format: %1 (default auto).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation data for .gnt training (a file or folder).</source>
        <translation>Validation data for .gnt training (a file or folder).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Further .gnt file or folder whose characters join the training split, such as a personal handwriting set; repeat for several.</source>
        <translation>Further .gnt file or folder whose characters join the training split, such as a personal handwriting set; repeat for several.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from the weights of this checkpoint or run folder (fine-tuning); the architecture and classes come from it.</source>
        <translation>Start from the weights of this checkpoint or run folder (fine-tuning); the architecture and classes come from it.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>checkpoint</source>
        <translation>checkpoint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move this stratified fraction of the training split to validation.</source>
        <translation>Move this stratified fraction of the training split to validation.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM label stack matching the volume (default: the volume's name with "labels").</source>
        <translation>EM label stack matching the volume (default: the volume's name with "labels").</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM slices to train on, 1-based ranges such as 1-25.</source>
        <translation>EM slices to train on, 1-based ranges such as 1-25.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM slices to validate on, such as 26-30.</source>
        <translation>EM slices to validate on, such as 26-30.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM crop side in pixels (default 256).</source>
        <translation>EM crop side in pixels (default 256).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which EM label values are membrane: low (default, ISBI) or high.</source>
        <translation>Which EM label values are membrane: low (default, ISBI) or high.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>.gnt classes: level1 (default, 3755 GB2312 level-1 characters) or all-found.</source>
        <translation>.gnt classes: level1 (default, 3755 GB2312 level-1 characters) or all-found.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo characters: samples per class (default 20).</source>
        <translation>Demo characters: samples per class (default 20).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo characters: common (400 classes, default) or level1 (3755).</source>
        <translation>Demo characters: common (400 classes, default) or level1 (3755).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder for run folders (default: $CNNWB_RUNS or the user data folder).</source>
        <translation>Folder for run folders (default: $CNNWB_RUNS or the user data folder).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run folder name (default: model and time).</source>
        <translation>Run folder name (default: model and time).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>train needs --model and --data. Run "cnn-workbench train --help".
</source>
        <translation>train needs --model and --data. Run "cnn-workbench train --help".
</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Resumes a stopped or interrupted run from its last checkpoint: weights, optimizer, schedule, epoch, step and random state. The history continues where it stopped.</source>
        <translation>Resumes a stopped or interrupted run from its last checkpoint: weights, optimizer, schedule, epoch, step and random state. The history continues where it stopped.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Raise the total epoch count of the run.</source>
        <translation>Raise the total epoch count of the run.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench resume RUN_FOLDER
</source>
        <translation>Usage: cnn-workbench resume RUN_FOLDER
</translation>
    </message>
    <message>
        <location filename="../app/trainingdata.cpp" line="+93" />
        <source>%1 has no training images in %2/; expected the layout train|val|test/NORMAL|PNEUMONIA/*.jpeg</source>
        <translation>%1 has no training images in %2/; expected the layout train|val|test/NORMAL|PNEUMONIA/*.jpeg</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 of train, stratified, seed %2</source>
        <translation>%1 of train, stratified, seed %2</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+92" />
        <source>%1 holds no usable character records</source>
        <translation>%1 holds no usable character records</translation>
    </message>
    <message>
        <location line="-48" />
        <source>invalid --train-slices: %1</source>
        <translation>invalid --train-slices: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>invalid --val-slices: %1</source>
        <translation>invalid --val-slices: %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Added data (--add-data) must be .gnt character files, and %1 does not classify characters; leave it out or train the hanzi model.</source>
        <translation>Added data (--add-data) must be .gnt character files, and %1 does not classify characters; leave it out or train the hanzi model.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1: no dataset found. Expected chest X-ray folders, a .gnt file or folder, or an EM TIFF stack; or pass "demo" for the model's demo set.</source>
        <translation>%1: no dataset found. Expected chest X-ray folders, a .gnt file or folder, or an EM TIFF stack; or pass "demo" for the model's demo set.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The X-ray task has no synthetic demo set. Download "Chest X-Ray Images (Pneumonia)" (Kermany et al. 2018, Mendeley Data, also on Kaggle) and pass the folder with train/, val/ and test/, each with NORMAL/ and PNEUMONIA/.</source>
        <translation>The X-ray task has no synthetic demo set. Download "Chest X-Ray Images (Pneumonia)" (Kermany et al. 2018, Mendeley Data, also on Kaggle) and pass the folder with train/, val/ and test/, each with NORMAL/ and PNEUMONIA/.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No CJK font is installed for the demo character set. Install one, for example: apt-get install fonts-wqy-microhei fonts-arphic-ukai</source>
        <translation>No CJK font is installed for the demo character set. Install one, for example: apt-get install fonts-wqy-microhei fonts-arphic-ukai</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1: no label stack found; pass --labels with the matching label TIFF (ISBI 2012: train-labels.tif)</source>
        <translation>%1: no label stack found; pass --labels with the matching label TIFF (ISBI 2012: train-labels.tif)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unknown dataset format "%1"; valid: %2</source>
        <translation>unknown dataset format "%1"; valid: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a classification dataset, but %2 segments images</source>
        <translation>%1 is a classification dataset, but %2 segments images</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 holds no training samples</source>
        <translation>%1 holds no training samples</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1 has no images in the split "%2"; splits found: %3</source>
        <translation>%1 has no images in the split "%2"; splits found: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: no classification dataset found</source>
        <translation>%1: no classification dataset found</translation>
    </message>
    <message>
        <location filename="../app/trainingsession.cpp" line="-48" />
        <source>Training failed with an unknown error.</source>
        <translation>Training failed with an unknown error.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Opening the run %1 to resume it…</source>
        <translation>Opening the run %1 to resume it…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Opening the dataset %1…</source>
        <translation>Opening the dataset %1…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Run folder: %1</source>
        <translation>Run folder: %1</translation>
    </message>
    <message>
        <location filename="../app/characterclassifier.cpp" line="+89" />
        <source>Checkpoint %1 not found. Choose a best.pt or last.pt of a character model.</source>
        <translation>Checkpoint %1 not found. Choose a best.pt or last.pt of a character model.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 contains a %2 model, not a character model. Choose a checkpoint of a hanzi run.</source>
        <translation>%1 contains a %2 model, not a character model. Choose a checkpoint of a hanzi run.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 stores no class names, so its predictions cannot be named. Train the model again with this version.</source>
        <translation>%1 stores no class names, so its predictions cannot be named. Train the model again with this version.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The model expects a %1×%1 character, got %2×%3.</source>
        <translation>The model expects a %1×%1 character, got %2×%3.</translation>
    </message>
    <message>
        <location filename="../app/diagnosisengine.cpp" line="+217" />
        <source>%1 is not a binary X-ray classifier run (model %2, %3 classes)</source>
        <translation>%1 is not a binary X-ray classifier run (model %2, %3 classes)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No model is loaded; open a run folder first</source>
        <translation>No model is loaded; open a run folder first</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: analysis failed: %2</source>
        <translation>%1: analysis failed: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open an image before computing Grad-CAM</source>
        <translation>Open an image before computing Grad-CAM</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Grad-CAM failed at layer %1: %2</source>
        <translation>Grad-CAM failed at layer %1: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Compute a Grad-CAM map before measuring its faithfulness</source>
        <translation>Compute a Grad-CAM map before measuring its faithfulness</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The faithfulness test failed: %1</source>
        <translation>The faithfulness test failed: %1</translation>
    </message>
    <message>
        <location filename="../app/handwritingrecognizer.cpp" line="+182" />
        <location line="+13" />
        <source>No character model is loaded.</source>
        <translation>No character model is loaded.</translation>
    </message>
    <message>
        <location filename="../app/handwritingsaliency.cpp" line="+20" />
        <source>Class %1 is outside the model's %2 classes.</source>
        <translation>Class %1 is outside the model's %2 classes.</translation>
    </message>
    <message>
        <location filename="../app/slicestack.cpp" line="+40" />
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a multi-page TIFF or a folder of slice images</source>
        <translation>Choose a multi-page TIFF or a folder of slice images</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the folder contains no PNG, TIFF, BMP or JPEG images</source>
        <translation>the folder contains no PNG, TIFF, BMP or JPEG images</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a folder with one image file per slice</source>
        <translation>Choose a folder with one image file per slice</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the TIFF file has no pages</source>
        <translation>the TIFF file has no pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a TIFF stack with at least one page</source>
        <translation>Choose a TIFF stack with at least one page</translation>
    </message>
    <message>
        <location line="+15" />
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>slice %1 is outside the stack of %2 slices</source>
        <translation>slice %1 is outside the stack of %2 slices</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the slice is %1×%2 pixels but the first slice is %3×%4</source>
        <translation>the slice is %1×%2 pixels but the first slice is %3×%4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All slices of a stack must have one size</source>
        <translation>All slices of a stack must have one size</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the file exists and is readable</source>
        <translation>Check that the file exists and is readable</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the file is empty or not an 8- or 16-bit grey image</source>
        <translation>the file is empty or not an 8- or 16-bit grey image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the slice as an 8- or 16-bit grey PNG or TIFF</source>
        <translation>Save the slice as an 8- or 16-bit grey PNG or TIFF</translation>
    </message>
    <message>
        <location filename="../app/strokerecognizer.cpp" line="+63" />
        <source>This build has no zinnia. Install the Debian packages libzinnia-dev and tegaki-zinnia-simplified-chinese and build again to compare with a stroke-based recognizer.</source>
        <translation>This build has no zinnia. Install the Debian packages libzinnia-dev and tegaki-zinnia-simplified-chinese and build again to compare with a stroke-based recognizer.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The zinnia model %1 was not found. Install the Debian package tegaki-zinnia-simplified-chinese, or set %2 to a zinnia .model file.</source>
        <translation>The zinnia model %1 was not found. Install the Debian package tegaki-zinnia-simplified-chinese, or set %2 to a zinnia .model file.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The zinnia model %1 is not readable. Check its permissions, or set %2 to another zinnia .model file.</source>
        <translation>The zinnia model %1 is not readable. Check its permissions, or set %2 to another zinnia .model file.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>zinnia cannot read the model %1: %2. Reinstall the Debian package tegaki-zinnia-simplified-chinese, or set %3 to a valid zinnia .model file.</source>
        <translation>zinnia cannot read the model %1: %2. Reinstall the Debian package tegaki-zinnia-simplified-chinese, or set %3 to a valid zinnia .model file.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>zinnia failed to classify the drawing with %1: %2</source>
        <translation>zinnia failed to classify the drawing with %1: %2</translation>
    </message>
</context>
<context>
    <name>cnnwb::app::ModelInspector</name>
    <message>
        <location filename="../app/modelinspector.cpp" line="+56" />
        <source>Unknown model "%1"</source>
        <translation>Unknown model "%1"</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Failed to build %1 with these options: %2</source>
        <translation>Failed to build %1 with these options: %2</translation>
    </message>
</context>
<context>
    <name>cnnwb::app::SegmentationViewer</name>
    <message>
        <location filename="../app/segmentationviewer.cpp" line="+133" />
        <source>A prediction is running; cancel it before opening another stack.</source>
        <translation>A prediction is running; cancel it before opening another stack.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open an image stack before its labels.</source>
        <translation>Open an image stack before its labels.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A prediction is running; cancel it before opening labels.</source>
        <translation>A prediction is running; cancel it before opening labels.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the labels have %2 slices of %3×%4 pixels, but the stack %5 has %6 slices of %7×%8 pixels.</source>
        <translation>%1: the labels have %2 slices of %3×%4 pixels, but the stack %5 has %6 slices of %7×%8 pixels.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>A prediction is running; cancel it before loading another model.</source>
        <translation>A prediction is running; cancel it before loading another model.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the checkpoint holds the model "%2", which is not a segmentation model.</source>
        <translation>%1: the checkpoint holds the model "%2", which is not a segmentation model.</translation>
    </message>
    <message>
        <location line="+301" />
        <location line="+27" />
        <source>%1 of %2 slices have a prediction; predict the whole stack before exporting.</source>
        <translation>%1 of %2 slices have a prediction; predict the whole stack before exporting.</translation>
    </message>
</context>
<context>
    <name>cnnwb::data</name>
    <message>
        <location filename="../data/emstack.cpp" line="+25" />
        <source>slice %1</source>
        <translation>slice %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../data/tiffstack.cpp" line="+74" />
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the page holds 32-bit floating-point samples</source>
        <translation>the page holds 32-bit floating-point samples</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an 8- or 16-bit grey stack</source>
        <translation>Use an 8- or 16-bit grey stack</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Copy the file again or remove it with its partner</source>
        <translation>Copy the file again or remove it with its partner</translation>
    </message>
    <message>
        <location line="+7" />
        <source>OpenCV failed to decode the image: %1</source>
        <translation>OpenCV failed to decode the image: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>Re-export the slice as 8- or 16-bit grey PNG</source>
        <translation>Re-export the slice as 8- or 16-bit grey PNG</translation>
    </message>
    <message>
        <location line="-1" />
        <source>OpenCV could not decode the image as 8- or 16-bit grey</source>
        <translation>OpenCV could not decode the image as 8- or 16-bit grey</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the label stack has %1 slices but the image stack %2 has %3</source>
        <translation>the label stack has %1 slices but the image stack %2 has %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Each image slice needs one label slice; use the matching label file</source>
        <translation>Each image slice needs one label slice; use the matching label file</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the slice is %1×%2 pixels but slice 1 is %3×%4</source>
        <translation>the slice is %1×%2 pixels but slice 1 is %3×%4</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+120" />
        <source>All slices of a volume must have one size</source>
        <translation>All slices of a volume must have one size</translation>
    </message>
    <message>
        <location line="-117" />
        <source>the label is %1×%2 pixels but its image in %3 is %4×%5</source>
        <translation>the label is %1×%2 pixels but its image in %3 is %4×%5</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use the label stack that belongs to this volume</source>
        <translation>Use the label stack that belongs to this volume</translation>
    </message>
    <message>
        <location line="+110" />
        <source>the slice size differs from slice 1</source>
        <translation>the slice size differs from slice 1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the folder has no image/ and label/ sub-folders</source>
        <translation>the folder has no image/ and label/ sub-folders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put slices in image/N.png and their labels in label/N.png</source>
        <translation>Put slices in image/N.png and their labels in label/N.png</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the folder contains no PNG or TIFF slice</source>
        <translation>the folder contains no PNG or TIFF slice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put slices in image/N.png</source>
        <translation>Put slices in image/N.png</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no label named %1.* in %2 (%3 images, %4 labels)</source>
        <translation>no label named %1.* in %2 (%3 images, %4 labels)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Each image slice needs a label with the same base name</source>
        <translation>Each image slice needs a label with the same base name</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the label folder has %1 files but the image folder %2 has %3</source>
        <translation>the label folder has %1 files but the image folder %2 has %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Each label needs an image slice with the same base name</source>
        <translation>Each label needs an image slice with the same base name</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Invalid slice range "%1": expected N or N-M with 1 ≤ N ≤ M ≤ %2</source>
        <translation>Invalid slice range "%1": expected N or N-M with 1 ≤ N ≤ M ≤ %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Invalid slice range "%1": no slices given</source>
        <translation>Invalid slice range "%1": no slices given</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the crop of %1×%1 pixels does not fit the %2×%3 slices</source>
        <translation>the crop of %1×%1 pixels does not fit the %2×%3 slices</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a crop size of at most %1</source>
        <translation>Choose a crop size of at most %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the slice does not exist; the stack has %1 slices</source>
        <translation>the slice does not exist; the stack has %1 slices</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose slices from 1 to %1</source>
        <translation>Choose slices from 1 to %1</translation>
    </message>
    <message>
        <location line="+46" />
        <source>membrane</source>
        <translation>membrane</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, slice %2, tile at x %3, y %4</source>
        <translation>%1, slice %2, tile at x %3, y %4</translation>
    </message>
    <message>
        <location filename="../data/gntreader.cpp" line="+24" />
        <location filename="../data/imagedecode.cpp" line="+24" />
        <source>byte offset %1</source>
        <translation>byte offset %1</translation>
    </message>
    <message>
        <location filename="../data/imagedecode.cpp" line="+37" />
        <location line="+84" />
        <location line="+39" />
        <location filename="../data/tiffstack.cpp" line="+61" />
        <location line="+65" />
        <location line="+12" />
        <source>The file is damaged; replace it with an intact copy</source>
        <translation>The file is damaged; replace it with an intact copy</translation>
    </message>
    <message>
        <location line="-81" />
        <source>the JPEG data ends before the first scan</source>
        <translation>the JPEG data ends before the first scan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the JPEG data ends before the frame header (SOF)</source>
        <translation>the JPEG data ends before the frame header (SOF)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is cut short or damaged; copy or download it again</source>
        <translation>The file is cut short or damaged; copy or download it again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the JPEG frame header gives a size of %1×%2 pixels</source>
        <translation>the JPEG frame header gives a size of %1×%2 pixels</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re-export the image as a baseline JPEG or PNG</source>
        <translation>Re-export the image as a baseline JPEG or PNG</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the JPEG data is truncated: no end-of-image marker (FF D9) after the image data</source>
        <translation>the JPEG data is truncated: no end-of-image marker (FF D9) after the image data</translation>
    </message>
    <message>
        <location line="+143" />
        <source>not a JPEG, PNG, BMP or DICOM image (the file starts with %1)</source>
        <translation>not a JPEG, PNG, BMP or DICOM image (the file starts with %1)</translation>
    </message>
    <message>
        <location line="+197" />
        <source>Read the file and detect JPEG, PNG, BMP or DICOM from its first bytes, not its name.</source>
        <translation>Read the file and detect JPEG, PNG, BMP or DICOM from its first bytes, not its name.</translation>
    </message>
    <message>
        <location line="-392" />
        <location line="+54" />
        <source>The file was cut short while copying or downloading; replace it with a complete copy or remove it from the dataset</source>
        <translation>The file was cut short while copying or downloading; replace it with a complete copy or remove it from the dataset</translation>
    </message>
    <message>
        <location line="-76" />
        <source>invalid JPEG marker byte %1 where a marker (FF) must start</source>
        <translation>invalid JPEG marker byte %1 where a marker (FF) must start</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the JPEG data is truncated: segment FF %1 claims %2 bytes but the file ends after %3</source>
        <translation>the JPEG data is truncated: segment FF %1 claims %2 bytes but the file ends after %3</translation>
    </message>
    <message>
        <location line="+68" />
        <source>the PNG header chunk (IHDR) is missing or cut</source>
        <translation>the PNG header chunk (IHDR) is missing or cut</translation>
    </message>
    <message>
        <location line="+39" />
        <source>the BMP header is cut short (%1 bytes)</source>
        <translation>the BMP header is cut short (%1 bytes)</translation>
    </message>
    <message>
        <location filename="../data/emstack.cpp" line="-324" />
        <location filename="../data/imagedecode.cpp" line="+75" />
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../data/imagedecode.cpp" line="+1" />
        <source>Copy or download the file again, or remove it from the dataset</source>
        <translation>Copy or download the file again, or remove it from the dataset</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Convert the image to JPEG or PNG, or remove it from the dataset</source>
        <translation>Convert the image to JPEG or PNG, or remove it from the dataset</translation>
    </message>
    <message>
        <location line="+103" />
        <source>OpenCV failed to decode the %1 data: %2</source>
        <translation>OpenCV failed to decode the %1 data: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <source>The file is damaged or uses an unsupported variant; re-export it as a baseline JPEG or PNG</source>
        <translation>The file is damaged or uses an unsupported variant; re-export it as a baseline JPEG or PNG</translation>
    </message>
    <message>
        <location line="-5" />
        <source>OpenCV could not decode the %1 data (%2×%3 pixels, %4 components)</source>
        <translation>OpenCV could not decode the %1 data (%2×%3 pixels, %4 components)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unsupported sample depth (OpenCV depth code %1)</source>
        <translation>unsupported sample depth (OpenCV depth code %1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Convert the image to 8- or 16-bit JPEG or PNG</source>
        <translation>Convert the image to 8- or 16-bit JPEG or PNG</translation>
    </message>
    <message>
        <location filename="../data/emstack.cpp" line="-4" />
        <location filename="../data/gntreader.cpp" line="+95" />
        <location line="+143" />
        <location filename="../data/imagedecode.cpp" line="+19" />
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../data/gntreader.cpp" line="-142" />
        <location filename="../data/imagedecode.cpp" line="+1" />
        <source>Check that the file exists and is readable</source>
        <translation>Check that the file exists and is readable</translation>
    </message>
    <message>
        <location filename="../data/gntreader.cpp" line="-53" />
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path; it should name a .gnt file or a folder of them</source>
        <translation>Check the path; it should name a .gnt file or a folder of them</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the folder contains no .gnt file</source>
        <translation>the folder contains no .gnt file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder that holds the CASIA HWDB .gnt files</source>
        <translation>Choose the folder that holds the CASIA HWDB .gnt files</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The records before this offset (%1 in this file) are used; replace the file with a complete copy to use the rest</source>
        <translation>The records before this offset (%1 in this file) are used; replace the file with a complete copy to use the rest</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the file is empty (0 bytes), so it contains no records</source>
        <translation>the file is empty (0 bytes), so it contains no records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the file again or remove it from the folder</source>
        <translation>Copy the file again or remove it from the folder</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../data/imagedecode.cpp" line="+3" />
        <source>reading failed: %1</source>
        <translation>reading failed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../data/imagedecode.cpp" line="+1" />
        <source>Check the disk and copy the file again</source>
        <translation>Check the disk and copy the file again</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 stray byte(s) after the last record, fewer than a %2-byte record header</source>
        <translation>%1 stray byte(s) after the last record, fewer than a %2-byte record header</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the record header gives a bitmap of %1×%2 pixels</source>
        <translation>the record header gives a bitmap of %1×%2 pixels</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the record header gives an implausible bitmap of %1×%2 pixels (at most %3 per side)</source>
        <translation>the record header gives an implausible bitmap of %1×%2 pixels (at most %3 per side)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the record length field is %1 but 10 + width·height = %2 for %3×%4 pixels</source>
        <translation>the record length field is %1 but 10 + width·height = %2 for %3×%4 pixels</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the record is cut inside its bitmap: it needs %1 bytes but only %2 remain in the file</source>
        <translation>the record is cut inside its bitmap: it needs %1 bytes but only %2 remain in the file</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Check that the file still exists and is readable</source>
        <translation>Check that the file still exists and is readable</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the record header no longer matches the index</source>
        <translation>the record header no longer matches the index</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>The file changed after it was opened; open the dataset again</source>
        <translation>The file changed after it was opened; open the dataset again</translation>
    </message>
    <message>
        <location line="-1" />
        <source>reading the %1-byte bitmap failed: %2</source>
        <translation>reading the %1-byte bitmap failed: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, record at byte offset %2 (character %3)</source>
        <translation>%1, record at byte offset %2 (character %3)</translation>
    </message>
    <message>
        <location filename="../data/imagedecode.cpp" line="+48" />
        <source>Decode large JPEGs at 1/2, 1/4 or 1/8 scale while the longer side stays at least %1 pixels.</source>
        <translation>Decode large JPEGs at 1/2, 1/4 or 1/8 scale while the longer side stays at least %1 pixels.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turn and mirror the image as its EXIF orientation tag says.</source>
        <translation>Turn and mirror the image as its EXIF orientation tag says.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DICOM: apply the rescale slope and intercept, map the first stored window (or the value range) to 0-255 and invert MONOCHROME1.</source>
        <translation>DICOM: apply the rescale slope and intercept, map the first stored window (or the value range) to 0-255 and invert MONOCHROME1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale 16-bit images to 8 bits (divide by 257).</source>
        <translation>Scale 16-bit images to 8 bits (divide by 257).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Convert grey images to RGB by repeating the grey value in three channels.</source>
        <translation>Convert grey images to RGB by repeating the grey value in three channels.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scale the longer side to %1 pixels with the aspect ratio kept (area averaging when shrinking).</source>
        <translation>Scale the longer side to %1 pixels with the aspect ratio kept (area averaging when shrinking).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Centre the image on a %1×%1 black square (letterbox).</source>
        <translation>Centre the image on a %1×%1 black square (letterbox).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Divide by 255 to get values in [0, 1].</source>
        <translation>Divide by 255 to get values in [0, 1].</translation>
    </message>
    <message>
        <location filename="../data/tiffstack.cpp" line="-143" />
        <source>libtiff gave no details</source>
        <translation>libtiff gave no details</translation>
    </message>
    <message>
        <location line="+47" />
        <source>reading strip %1 of %2 failed (%3 of %4 bytes): %5</source>
        <translation>reading strip %1 of %2 failed (%3 of %4 bytes): %5</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+26" />
        <source>The file is damaged or cut short; replace it with an intact copy</source>
        <translation>The file is damaged or cut short; replace it with an intact copy</translation>
    </message>
    <message>
        <location line="-14" />
        <source>the tiled page has no tile size</source>
        <translation>the tiled page has no tile size</translation>
    </message>
    <message>
        <location line="+10" />
        <source>reading the tile at x %1, y %2 failed: %3</source>
        <translation>reading the tile at x %1, y %2 failed: %3</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path of the TIFF stack</source>
        <translation>Check the path of the TIFF stack</translation>
    </message>
    <message>
        <location line="+3" />
        <source>libtiff cannot open the file: %1</source>
        <translation>libtiff cannot open the file: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Check that the file is a complete TIFF image</source>
        <translation>Check that the file is a complete TIFF image</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the TIFF file has no pages</source>
        <translation>the TIFF file has no pages</translation>
    </message>
    <message>
        <location line="+16" />
        <source>page %1 does not exist; the stack has %2 pages</source>
        <translation>page %1 does not exist; the stack has %2 pages</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a page from 1 to %1</source>
        <translation>Choose a page from 1 to %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>libtiff cannot read the page directory: %1</source>
        <translation>libtiff cannot read the page directory: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the page has no valid width and height</source>
        <translation>the page has no valid width and height</translation>
    </message>
    <message>
        <location line="+36" />
        <source>unsupported sample format: %1 bits per sample%2</source>
        <translation>unsupported sample format: %1 bits per sample%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, floating point</source>
        <translation>, floating point</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Convert the stack to 8- or 16-bit grey, for example with Fiji</source>
        <translation>Convert the stack to 8- or 16-bit grey, for example with Fiji</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 samples per pixel stored as separate planes are not supported</source>
        <translation>%1 samples per pixel stored as separate planes are not supported</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the stack as grey or as interleaved RGB</source>
        <translation>Save the stack as grey or as interleaved RGB</translation>
    </message>
    <message>
        <location line="+7" />
        <source>YCbCr pages without JPEG compression are not supported</source>
        <translation>YCbCr pages without JPEG compression are not supported</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Convert the stack to 8- or 16-bit grey</source>
        <translation>Convert the stack to 8- or 16-bit grey</translation>
    </message>
    <message>
        <location line="-3" />
        <source>unsupported colour layout (photometric %1, %2 samples per pixel)</source>
        <translation>unsupported colour layout (photometric %1, %2 samples per pixel)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>there are no pages to write</source>
        <translation>there are no pages to write</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass at least one page</source>
        <translation>Pass at least one page</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the tile side %1 is not a multiple of 16</source>
        <translation>the tile side %1 is not a multiple of 16</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use 0 for strips or a multiple of 16 such as 256</source>
        <translation>Use 0 for strips or a multiple of 16 such as 256</translation>
    </message>
    <message>
        <location line="+18" />
        <source>this libtiff build has no codec for compression %1</source>
        <translation>this libtiff build has no codec for compression %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the stack uncompressed</source>
        <translation>Write the stack uncompressed</translation>
    </message>
    <message>
        <location line="+22" />
        <source>cannot create the temporary file %1: %2</source>
        <translation>cannot create the temporary file %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the folder exists and is writable</source>
        <translation>Check that the folder exists and is writable</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check the free disk space and that the folder is writable</source>
        <translation>Check the free disk space and that the folder is writable</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the page is empty or not CV_8UC1, CV_16UC1 or CV_32FC1 (OpenCV type %1)</source>
        <translation>the page is empty or not CV_8UC1, CV_16UC1 or CV_32FC1 (OpenCV type %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert the page to 8-bit grey or 32-bit float first</source>
        <translation>Convert the page to 8-bit grey or 32-bit float first</translation>
    </message>
    <message>
        <location line="+31" />
        <source>writing the tile at x %1, y %2 failed</source>
        <translation>writing the tile at x %1, y %2 failed</translation>
    </message>
    <message>
        <location line="+11" />
        <source>writing row %1 failed</source>
        <translation>writing row %1 failed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>writing the page directory failed</source>
        <translation>writing the page directory failed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>flushing the file failed</source>
        <translation>flushing the file failed</translation>
    </message>
    <message>
        <location line="+16" />
        <source>renaming the finished temporary file %1 onto the target failed</source>
        <translation>renaming the finished temporary file %1 onto the target failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the target is not open in another program and the folder is writable</source>
        <translation>Check that the target is not open in another program and the folder is writable</translation>
    </message>
    <message>
        <location filename="../data/xrayfolder.cpp" line="+105" />
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder that holds train/, val/ and test/ or NORMAL/ and PNEUMONIA/</source>
        <translation>Choose the folder that holds train/, val/ and test/ or NORMAL/ and PNEUMONIA/</translation>
    </message>
    <message>
        <location line="+39" />
        <source>the folder has neither train/, val/, test/ nor NORMAL/ and PNEUMONIA/ sub-folders</source>
        <translation>the folder has neither train/, val/, test/ nor NORMAL/ and PNEUMONIA/ sub-folders</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the chest_xray folder of the Kaggle release, or a folder with one sub-folder per class</source>
        <translation>Choose the chest_xray folder of the Kaggle release, or a folder with one sub-folder per class</translation>
    </message>
    <message>
        <location filename="../data/dicom.cpp" line="+32" />
        <source>Export the image as PNG from a DICOM viewer, or check that the file is intact</source>
        <translation>Export the image as PNG from a DICOM viewer, or check that the file is intact</translation>
    </message>
    <message>
        <location line="+72" />
        <source>GDCM could not read the DICOM image: the file is damaged, has no pixel data or uses an unsupported transfer syntax</source>
        <translation>GDCM could not read the DICOM image: the file is damaged, has no pixel data or uses an unsupported transfer syntax</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unsupported DICOM pixel format %1 with %2 samples per pixel</source>
        <translation>unsupported DICOM pixel format %1 with %2 samples per pixel</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the DICOM image has a size of %1×%2 pixels</source>
        <translation>the DICOM image has a size of %1×%2 pixels</translation>
    </message>
    <message>
        <location line="+6" />
        <source>GDCM could not decode the DICOM pixel data (transfer syntax %1)</source>
        <translation>GDCM could not decode the DICOM pixel data (transfer syntax %1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the DICOM pixel data holds %1 bytes, but one %2×%3 frame needs %4</source>
        <translation>the DICOM pixel data holds %1 bytes, but one %2×%3 frame needs %4</translation>
    </message>
    <message>
        <location line="+115" />
        <source>unsupported DICOM photometric interpretation %1</source>
        <translation>unsupported DICOM photometric interpretation %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DICOM support was not built in</source>
        <translation>DICOM support was not built in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install libgdcm-dev and rebuild, or export the image as PNG</source>
        <translation>Install libgdcm-dev and rebuild, or export the image as PNG</translation>
    </message>
    <message>
        <location filename="../data/strokes.cpp" line="+125" />
        <source>"canvas" must be [width, height] with positive values</source>
        <translation>"canvas" must be [width, height] with positive values</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"pen_width" must be a positive number</source>
        <translation>"pen_width" must be a positive number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"strokes" must be an array</source>
        <translation>"strokes" must be an array</translation>
    </message>
    <message>
        <location line="+8" />
        <source>stroke %1 is not an array</source>
        <translation>stroke %1 is not an array</translation>
    </message>
    <message>
        <location line="+7" />
        <source>stroke %1, point %2: expected [x, y, t, pressure]</source>
        <translation>stroke %1, point %2: expected [x, y, t, pressure]</translation>
    </message>
</context>
<context>
    <name>cnnwb::models</name>
    <message>
        <location filename="../models/modeloptions.cpp" line="+31" />
        <source>%1 takes %2 to %3 comma-separated values, got %4 ("%5")</source>
        <translation>%1 takes %2 to %3 comma-separated values, got %4 ("%5")</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 expects %2, got "%3"</source>
        <translation>%1 expects %2, got "%3"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>whole numbers</source>
        <translation>whole numbers</translation>
    </message>
    <message>
        <location line="+0" />
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 must lie between %2 and %3, got %4</source>
        <translation>%1 must lie between %2 and %3, got %4</translation>
    </message>
    <message>
        <location line="+30" />
        <source>unknown option "%1"; valid options: %2</source>
        <translation>unknown option "%1"; valid options: %2</translation>
    </message>
    <message>
        <location filename="../models/checkpoint.cpp" line="+107" />
        <source>%1: cannot write the checkpoint: %2</source>
        <translation>%1: cannot write the checkpoint: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: writing the checkpoint failed: %2. Check the free disk space.</source>
        <translation>%1: writing the checkpoint failed: %2. Check the free disk space.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: checkpoint not found</source>
        <translation>%1: checkpoint not found</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: not a CNN Workbench checkpoint or damaged (%2)</source>
        <translation>%1: not a CNN Workbench checkpoint or damaged (%2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the checkpoint has no metadata; it was not written by CNN Workbench</source>
        <translation>%1: the checkpoint has no metadata; it was not written by CNN Workbench</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: checkpoint format version %2 is not supported (this build reads version %3)</source>
        <translation>%1: checkpoint format version %2 is not supported (this build reads version %3)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 holds %2, but the network is %3. Choose a checkpoint of the same model, options and class count.</source>
        <translation>%1 holds %2, but the network is %3. Choose a checkpoint of the same model, options and class count.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: loading the weights failed: %2</source>
        <translation>%1: loading the weights failed: %2</translation>
    </message>
    <message>
        <location filename="../models/runfolder.cpp" line="+22" />
        <source>%1: writing failed: %2. Check the free disk space and the folder's permissions.</source>
        <translation>%1: writing failed: %2. Check the free disk space and the folder's permissions.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1: cannot create the runs folder</source>
        <translation>%1: cannot create the runs folder</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: cannot create the run folder</source>
        <translation>%1: cannot create the run folder</translation>
    </message>
    <message>
        <location line="+97" />
        <source>%1: cannot append: %2</source>
        <translation>%1: cannot append: %2</translation>
    </message>
    <message>
        <location filename="../models/trainer.cpp" line="+114" />
        <source>Training stopped on bad data: %1</source>
        <translation>Training stopped on bad data: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Resumed from %1 at epoch %2, step %3 of that epoch</source>
        <translation>Resumed from %1 at epoch %2, step %3 of that epoch</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Starting from the weights of %1</source>
        <translation>Starting from the weights of %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Training %1 on %2 samples, validating on %3 samples</source>
        <translation>Training %1 on %2 samples, validating on %3 samples</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Class weights: %1</source>
        <translation>Class weights: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the training split has no complete batch: %1 samples for batch size %2</source>
        <translation>the training split has no complete batch: %1 samples for batch size %2</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Stopped at epoch %1, step %2; last.pt holds this position</source>
        <translation>Stopped at epoch %1, step %2; last.pt holds this position</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stopped by request at epoch %1</source>
        <translation>Stopped by request at epoch %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>the loss became %1 at epoch %2, step %3; lower the learning rate or enable gradient clipping</source>
        <translation>the loss became %1 at epoch %2, step %3; lower the learning rate or enable gradient clipping</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Validation %1 stopped improving; learning rate reduced</source>
        <translation>Validation %1 stopped improving; learning rate reduced</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Epoch %1/%2: %3%4</source>
        <translation>Epoch %1/%2: %3%4</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (best so far)</source>
        <translation> (best so far)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Early stop: %1 has not improved for %2 epochs</source>
        <translation>Early stop: %1 has not improved for %2 epochs</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Calibrated best.pt: %1</source>
        <translation>Calibrated best.pt: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calibrating best.pt failed: %1</source>
        <translation>Calibrating best.pt failed: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Finished %1 epochs in %2 s</source>
        <translation>Finished %1 epochs in %2 s</translation>
    </message>
    <message>
        <location filename="../models/trainingconfig.cpp" line="+32" />
        <source>epochs must be at least 1, got %1</source>
        <translation>epochs must be at least 1, got %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch size must be at least 1, got %1</source>
        <translation>batch size must be at least 1, got %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>learning rate must be positive, got %1</source>
        <translation>learning rate must be positive, got %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown optimizer "%1"; valid: %2</source>
        <translation>unknown optimizer "%1"; valid: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown schedule "%1"; valid: %2</source>
        <translation>unknown schedule "%1"; valid: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown class weighting "%1"; valid: %2</source>
        <translation>unknown class weighting "%1"; valid: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--val-from-train must lie in [0, 1), got %1</source>
        <translation>--val-from-train must lie in [0, 1), got %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch-norm momentum must lie in [0, 1], got %1</source>
        <translation>batch-norm momentum must lie in [0, 1], got %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weight decay, gradient clipping, warm-up and patience must not be negative</source>
        <translation>weight decay, gradient clipping, warm-up and patience must not be negative</translation>
    </message>
    <message>
        <location line="+62" />
        <source>the configuration has no "model" or "training" section</source>
        <translation>the configuration has no "model" or "training" section</translation>
    </message>
    <message>
        <location filename="../models/calibration.cpp" line="+82" />
        <source>aspect ratio</source>
        <translation>aspect ratio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>colour saturation</source>
        <translation>colour saturation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mean brightness</source>
        <translation>mean brightness</translation>
    </message>
    <message>
        <location line="+2" />
        <source>contrast</source>
        <translation>contrast</translation>
    </message>
    <message>
        <location line="+2" />
        <source>share of white pixels</source>
        <translation>share of white pixels</translation>
    </message>
    <message>
        <location line="+2" />
        <source>share of black pixels</source>
        <translation>share of black pixels</translation>
    </message>
    <message>
        <location line="+269" />
        <source>calibration needs a training and a validation split</source>
        <translation>calibration needs a training and a validation split</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+42" />
        <source>calibration cancelled</source>
        <translation>calibration cancelled</translation>
    </message>
    <message>
        <location line="-35" />
        <source>the validation split has only one class (%1 of %2 samples positive); a ROC curve needs both</source>
        <translation>the validation split has only one class (%1 of %2 samples positive); a ROC curve needs both</translation>
    </message>
    <message>
        <location line="+54" />
        <source>no training sample could be read for calibration</source>
        <translation>no training sample could be read for calibration</translation>
    </message>
    <message>
        <location line="+66" />
        <source>validation AUC %1 on %2 samples; threshold %3 (Youden's J): sensitivity %4, specificity %5; feature distance limit %6 from %7 training samples</source>
        <translation>validation AUC %1 on %2 samples; threshold %3 (Youden's J): sensitivity %4, specificity %5; feature distance limit %6 from %7 training samples</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the network's features are far from the training images (distance %1, limit %2)</source>
        <translation>the network's features are far from the training images (distance %1, limit %2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the %1 (%2) is outside the training images' range %3 to %4</source>
        <translation>the %1 (%2) is outside the training images' range %3 to %4</translation>
    </message>
    <message>
        <location filename="../models/gradcam.cpp" line="+40" />
        <source>Grad-CAM needs one image of shape 1×C×H×W.</source>
        <translation>Grad-CAM needs one image of shape 1×C×H×W.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Grad-CAM explains classifiers; this network's output has %1 dimensions.</source>
        <translation>Grad-CAM explains classifiers; this network's output has %1 dimensions.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Class %1 is out of range: the network has %2 classes.</source>
        <translation>Class %1 is out of range: the network has %2 classes.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No feature map "%1" to explain; valid layers: %2</source>
        <translation>No feature map "%1" to explain; valid layers: %2</translation>
    </message>
</context>
<context>
    <name>cnnwb::models::Zoo</name>
    <message>
        <location filename="../models/zoo.cpp" line="+23" />
        <source>Blocks of separable convolutions after the first two convolutions, each ending in a 2×2 pool</source>
        <translation>Blocks of separable convolutions after the first two convolutions, each ending in a 2×2 pool</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Widths of the hidden dense layers, comma-separated; their count sets the dense depth</source>
        <translation>Widths of the hidden dense layers, comma-separated; their count sets the dense depth</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dropout rate after each hidden dense layer: one rate for all, or one per layer</source>
        <translation>Dropout rate after each hidden dense layer: one rate for all, or one per layer</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Channels of each 3×3 convolution, comma-separated; each is followed by a 2×2 pool</source>
        <translation>Channels of each 3×3 convolution, comma-separated; each is followed by a 2×2 pool</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Widths of the hidden dense layers, comma-separated</source>
        <translation>Widths of the hidden dense layers, comma-separated</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dropout rate before every dense layer</source>
        <translation>Dropout rate before every dense layer</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Encoder levels; each halves the resolution, and input sides must divide by 2^depth</source>
        <translation>Encoder levels; each halves the resolution, and input sides must divide by 2^depth</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Channels of the first level; each deeper level doubles them</source>
        <translation>Channels of the first level; each deeper level doubles them</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dropout rate after each pool, the bottleneck and each concatenation</source>
        <translation>Dropout rate after each pool, the bottleneck and each concatenation</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Binary classification</source>
        <translation>Binary classification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multi-class classification</source>
        <translation>Multi-class classification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Segmentation</source>
        <translation>Segmentation</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Pneumonia diagnosis</source>
        <translation>Pneumonia diagnosis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>VGG-style network with depthwise-separable convolutions and batch norm. Classifies chest X-rays as NORMAL or PNEUMONIA. Trains on the Kermany "Chest X-Ray Images (Pneumonia)" folders: train|val|test/NORMAL|PNEUMONIA/*.jpeg.</source>
        <translation>VGG-style network with depthwise-separable convolutions and batch norm. Classifies chest X-rays as NORMAL or PNEUMONIA. Trains on the Kermany "Chest X-Ray Images (Pneumonia)" folders: train|val|test/NORMAL|PNEUMONIA/*.jpeg.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Handwritten Chinese characters</source>
        <translation>Handwritten Chinese characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three 3×3 convolutions with max pooling and a dense layer. Recognises the 3755 GB2312 level-1 characters in 64×64 grey images. Trains on CASIA HWDB1.x .gnt files or on the font-rendered demo set.</source>
        <translation>Three 3×3 convolutions with max pooling and a dense layer. Recognises the 3755 GB2312 level-1 characters in 64×64 grey images. Trains on CASIA HWDB1.x .gnt files or on the font-rendered demo set.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>EM membrane segmentation</source>
        <translation>EM membrane segmentation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>U-Net with batch norm that marks cell membranes in electron-microscopy slices. Trains on the ISBI 2012 stacks (multi-page TIFF) or on folders of image/label slices.</source>
        <translation>U-Net with batch norm that marks cell membranes in electron-microscopy slices. Trains on the ISBI 2012 stacks (multi-page TIFF) or on folders of image/label slices.</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::DatasetChart</name>
    <message>
        <location filename="../ui/datasetchart.cpp" line="+61" />
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>all %n classes</source>
        <translation><numerusform>all %n class</numerusform><numerusform>all %n classes</numerusform></translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::DatasetPanel</name>
    <message>
        <location filename="../ui/datasetpanel.cpp" line="+235" />
        <source>Choose a dataset folder</source>
        <translation>Choose a dataset folder</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose a dataset file</source>
        <translation>Choose a dataset file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Datasets (*.gnt *.tif *.tiff);;All files (*)</source>
        <translation>Datasets (*.gnt *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The dataset could not be opened.</source>
        <translation>The dataset could not be opened.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Format: %1 · training samples: %2 · validation samples: %3</source>
        <translation>Format: %1 · training samples: %2 · validation samples: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Majority-class baseline: %1% validation accuracy by always answering %2.</source>
        <translation>Majority-class baseline: %1% validation accuracy by always answering %2.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Dataset folder or file, or "demo"</source>
        <translation>Dataset folder or file, or "demo"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chest X-ray folders (train/val/test with NORMAL and PNEUMONIA), a .gnt file or folder, an EM TIFF stack, or "demo". You can also drop a folder or file on the page.</source>
        <translation>Chest X-ray folders (train/val/test with NORMAL and PNEUMONIA), a .gnt file or folder, an EM TIFF stack, or "demo". You can also drop a folder or file on the page.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the selected model's built-in demo set (synthetic EM slices or font-rendered characters).</source>
        <translation>Use the selected model's built-in demo set (synthetic EM slices or font-rendered characters).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crop side</source>
        <translation>Crop side</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Side of the square EM crops the network trains on, in pixels.</source>
        <translation>Side of the square EM crops the network trains on, in pixels.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training slices</source>
        <translation>Training slices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation slices</source>
        <translation>Validation slices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>default: all but the last sixth, e.g. 1-25</source>
        <translation>default: all but the last sixth, e.g. 1-25</translation>
    </message>
    <message>
        <location line="+1" />
        <source>default: the last sixth, e.g. 26-30</source>
        <translation>default: the last sixth, e.g. 26-30</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-split validation from training</source>
        <translation>Re-split validation from training</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Moves a seeded, stratified share of the training split to validation, for datasets whose validation split is too small to compare epochs.</source>
        <translation>Moves a seeded, stratified share of the training split to validation, for datasets whose validation split is too small to compare epochs.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of the training split moved to validation.</source>
        <translation>Share of the training split moved to validation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset check report</source>
        <translation>Dataset check report</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a dataset, or press "Demo data".</source>
        <translation>Choose a dataset, or press "Demo data".</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::DiagnosisPage</name>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="+352" />
        <source>Export the results as CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export the charts</source>
        <translation>Export the charts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG images (*.png);;SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Teaching tool, not a medical device: it shows how a neural network classifies chest X-rays. Never use its output to diagnose or treat anyone.</source>
        <translation>Teaching tool, not a medical device: it shows how a neural network classifies chest X-rays. Never use its output to diagnose or treat anyone.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open run…</source>
        <translation>Open run…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open images…</source>
        <translation>Open images…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open folder…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Single image</source>
        <translation>Single image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network input (%1×%1)</source>
        <translation>Network input (%1×%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the result anyway</source>
        <translation>Show the result anyway</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the network looked (Grad-CAM)</source>
        <translation>Where the network looked (Grad-CAM)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opacity:</source>
        <translation>Opacity:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure faithfulness</source>
        <translation>Measure faithfulness</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run on folder…</source>
        <translation>Run on folder…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export charts…</source>
        <translation>Export charts…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>True class</source>
        <translation>True class</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Out of distribution</source>
        <translation>Out of distribution</translation>
    </message>
    <message>
        <location line="+2" />
        <source>False positive rate (1 - specificity)</source>
        <translation>False positive rate (1 - specificity)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>True positive rate (sensitivity)</source>
        <translation>True positive rate (sensitivity)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation ROC</source>
        <translation>Validation ROC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Current threshold</source>
        <translation>Current threshold</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+6" />
        <source>Default threshold</source>
        <translation>Default threshold</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Recall (sensitivity)</source>
        <translation>Recall (sensitivity)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+373" />
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location line="-372" />
        <source>Precision-recall</source>
        <translation>Precision-recall</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Open a pneumonia run folder</source>
        <translation>Open a pneumonia run folder</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open chest X-rays</source>
        <translation>Open chest X-rays</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (*.jpeg *.jpg *.png *.bmp *.dcm *.dicom);;All files (*)</source>
        <translation>Images (*.jpeg *.jpg *.png *.bmp *.dcm *.dicom);;All files (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a folder of chest X-rays</source>
        <translation>Open a folder of chest X-rays</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a pneumonia run folder first (Open run…).</source>
        <translation>Open a pneumonia run folder first (Open run…).</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 — %2, %3 epochs</source>
        <translation>%1 — %2, %3 epochs</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1, %2×%3 pixels stored, decoded at 1/%4 scale in %5 ms (with the forward pass).</source>
        <translation>%1, %2×%3 pixels stored, decoded at 1/%4 scale in %5 ms (with the forward pass).</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Masking the %1 % most highlighted pixels (layer %2) changes P(%3) from %4 to %5, a drop of %6. Masking %7 random squares of the same area gives a mean drop of %8 ± %9.</source>
        <translation>Masking the %1 % most highlighted pixels (layer %2) changes P(%3) from %4 to %5, a drop of %6. Masking %7 random squares of the same area gives a mean drop of %8 ± %9.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No model loaded.</source>
        <translation>No model loaded.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Open a run to see the threshold's evidence.</source>
        <translation>Open a run to see the threshold's evidence.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Uncalibrated checkpoint: no validation ROC is stored, so the sensitivity and specificity of this threshold are unknown.</source>
        <translation>Uncalibrated checkpoint: no validation ROC is stored, so the sensitivity and specificity of this threshold are unknown.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Default threshold 0.5 (uncalibrated). Run "cnn-workbench calibrate RUN_FOLDER" to store the validation ROC and a threshold chosen on it.</source>
        <translation>Default threshold 0.5 (uncalibrated). Run "cnn-workbench calibrate RUN_FOLDER" to store the validation ROC and a threshold chosen on it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>At %1 on the validation split: sensitivity %2, specificity %3.</source>
        <translation>At %1 on the validation split: sensitivity %2, specificity %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Default %1: the point of the validation ROC (%2 images, AUC %3) with the largest Youden's J = sensitivity + specificity − 1.</source>
        <translation>Default %1: the point of the validation ROC (%2 images, AUC %3) with the largest Youden's J = sensitivity + specificity − 1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Drop a chest X-ray here, or open images or a folder.</source>
        <translation>Drop a chest X-ray here, or open images or a folder.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a pneumonia run folder, then drop a chest X-ray here.</source>
        <translation>Open a pneumonia run folder, then drop a chest X-ray here.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No result: %1</source>
        <translation>No result: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This image is unlike the training X-rays: %1.</source>
        <translation>This image is unlike the training X-rays: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No diagnosis shown: the image failed the out-of-distribution check.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No diagnosis shown: the image failed the out-of-distribution check.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;P(%2) = %3&lt;br&gt;&lt;span style="font-size: 16pt; font-weight: bold;"&gt;%4&lt;/span&gt; at threshold %5&lt;br&gt;Feature distance %6 (limit %7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;P(%2) = %3&lt;br&gt;&lt;span style="font-size: 16pt; font-weight: bold;"&gt;%4&lt;/span&gt; at threshold %5&lt;br&gt;Feature distance %6 (limit %7)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes (distance %1)</source>
        <translation>yes (distance %1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Predicted %1</source>
        <translation>Predicted %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>True %1</source>
        <translation>True %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a folder to classify every image in it. Sub-folders named %1 or %2 give the true class.</source>
        <translation>Open a folder to classify every image in it. Sub-folders named %1 or %2 give the true class.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 images from %2%3: %4 with a known class, %5 flagged as out of distribution, %6 failed.</source>
        <translation>%1 images from %2%3: %4 with a known class, %5 flagged as out of distribution, %6 failed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>At threshold %1: accuracy %2, sensitivity %3, specificity %4, ROC AUC %5.</source>
        <translation>At threshold %1: accuracy %2, sensitivity %3, specificity %4, ROC AUC %5.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+0" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1: writing failed: %2</source>
        <translation>%1: writing failed: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: writing the chart failed</source>
        <translation>%1: writing the chart failed</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::HandwritingPage</name>
    <message>
        <location filename="../ui/handwritingpage.cpp" line="+396" />
        <source>Evaluate on a .gnt file</source>
        <translation>Evaluate on a .gnt file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HWDB character files (*.gnt)</source>
        <translation>HWDB character files (*.gnt)</translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>%1 — %2, %n classes</source>
        <translation><numerusform>%1 — %2, %n class</numerusform><numerusform>%1 — %2, %n classes</numerusform></translation>
    </message>
    <message>
        <location line="+15" />
        <source>No character model found in %1. Train the hanzi model (the demo set takes minutes) or open a checkpoint.</source>
        <translation>No character model found in %1. Train the hanzi model (the demo set takes minutes) or open a checkpoint.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open character checkpoint</source>
        <translation>Open character checkpoint</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checkpoints (*.pt)</source>
        <translation>Checkpoints (*.pt)</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%1: %n classes, %2 epochs</source>
        <translation><numerusform>%1: %n class, %2 epochs</numerusform><numerusform>%1: %n classes, %2 epochs</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>validation accuracy %1%</source>
        <translation>validation accuracy %1%</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Recognised in %1 ms (network %2 ms)</source>
        <translation>Recognised in %1 ms (network %2 ms)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Grad-CAM of "%1" at layer %2: red regions raise its score most.</source>
        <translation>Grad-CAM of "%1" at layer %2: red regions raise its score most.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Grad-CAM of "%1" found no region that raises its score at any layer.</source>
        <translation>Grad-CAM of "%1" found no region that raises its score at any layer.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+16" />
        <source>Copied "%1" to the clipboard.</source>
        <translation>Copied "%1" to the clipboard.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Evaluating %1…</source>
        <translation>Evaluating %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%1: top-1 %2% and top-5 %3% on %n characters</source>
        <translation><numerusform>%1: top-1 %2% and top-5 %3% on %n characters</numerusform><numerusform>%1: top-1 %2% and top-5 %3% on %n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>(%n outside the model's classes skipped)</source>
        <translation><numerusform>(%n outside the model's class skipped)</numerusform><numerusform>(%n outside the model's classes skipped)</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1, meant "%2"; read as %3</source>
        <translation>Record %1, meant "%2"; read as %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n drawings saved in %1</source>
        <translation><numerusform>%n drawings saved in %1</numerusform><numerusform>%n drawings saved in %1</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>Character &amp;model:</source>
        <translation>Character &amp;model:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open checkpoint…</source>
        <translation>Open checkpoint…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Train a character model…</source>
        <translation>Train a character model…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pen width:</source>
        <translation>&amp;Pen width:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the last stroke (%1)</source>
        <translation>Undo the last stroke (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo stroke</source>
        <translation>Redo stroke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo the stroke undone last (%1)</source>
        <translation>Redo the stroke undone last (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every stroke (%1)</source>
        <translation>Remove every stroke (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write one character with the mouse, a pen or a finger. The stroke order does not matter to the network.</source>
        <translation>Write one character with the mouse, a pen or a finger. The stroke order does not matter to the network.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the network sees</source>
        <translation>What the network sees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The 64×64 network input, normalised like the HWDB training samples</source>
        <translation>The 64×64 network input, normalised like the HWDB training samples</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The chosen candidate in a printed font</source>
        <translation>The chosen candidate in a printed font</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the saliency map of the chosen candidate</source>
        <translation>Show the saliency map of the chosen candidate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network (click to copy)</source>
        <translation>Network (click to copy)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stroke-based recognizer (zinnia)</source>
        <translation>Stroke-based recognizer (zinnia)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>zinnia reads the strokes in the order they were drawn; the network sees only the finished image. Scores are zinnia's own, not probabilities.</source>
        <translation>zinnia reads the strokes in the order they were drawn; the network sees only the finished image. Scores are zinnia's own, not probabilities.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fine-tune the model on my handwriting…</source>
        <translation>Fine-tune the model on my handwriting…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opens the Training page with a run that starts from this model's weights and adds your saved drawings to its training data.</source>
        <translation>Opens the Training page with a run that starts from this model's weights and adds your saved drawings to its training data.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>My handwriting</source>
        <translation>My handwriting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Meant character:</source>
        <translation>&amp;Meant character:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save drawing</source>
        <translation>Save drawing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate the model on my handwriting</source>
        <translation>Evaluate the model on my handwriting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate on a .gnt file…</source>
        <translation>Evaluate on a .gnt file…</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+86" />
        <location line="+114" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="-25" />
        <source>CNN Workbench</source>
        <translation>CNN Workbench</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model zoo</source>
        <translation>Model zoo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handwriting</source>
        <translation>Handwriting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segmentation</source>
        <translation>Segmentation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open run…</source>
        <translation>&amp;Open run…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CNN Workbench</source>
        <translation>&amp;About CNN Workbench</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location line="-103" />
        <location line="+104" />
        <source>Threads: %1</source>
        <translation>Threads: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open run folder</source>
        <translation>Open run folder</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About CNN Workbench</source>
        <translation>About CNN Workbench</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;p&gt;&lt;b&gt;CNN Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train, inspect and use convolutional networks: pneumonia diagnosis on chest X-rays, handwritten Chinese characters and EM membrane segmentation.&lt;/p&gt;&lt;p&gt;LibTorch %2, Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CNN Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train, inspect and use convolutional networks: pneumonia diagnosis on chest X-rays, handwritten Chinese characters and EM membrane segmentation.&lt;/p&gt;&lt;p&gt;LibTorch %2, Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="+21" />
        <location line="+31" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::ModelPage</name>
    <message>
        <location filename="../ui/modelpage.cpp" line="+91" />
        <location line="+12" />
        <source>Measuring the network…</source>
        <translation>Measuring the network…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Trainable parameters: %1
Batch-norm running statistics: %2
Forward MACs per sample: %3 (%4 GMAC)</source>
        <translation>Trainable parameters: %1
Batch-norm running statistics: %2
Forward MACs per sample: %3 (%4 GMAC)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Architecture options</source>
        <translation>Architecture options</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset to the reference architecture</source>
        <translation>Reset to the reference architecture</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Output shape</source>
        <translation>Output shape</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a model in the zoo</source>
        <translation>Select a model in the zoo</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n classes</source>
        <translation><numerusform>%n class</numerusform><numerusform>%n classes</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task: %1 · Input: %2×%3×%4 (height×width×channels) · %5</source>
        <translation>Task: %1 · Input: %2×%3×%4 (height×width×channels) · %5</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::RecipeForm</name>
    <message>
        <location filename="../ui/recipeform.cpp" line="+207" />
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Steps per epoch</source>
        <translation>Steps per epoch</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decay every (epochs)</source>
        <translation>Decay every (epochs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decay factor</source>
        <translation>Decay factor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warm-up epochs</source>
        <translation>Warm-up epochs</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class weighting</source>
        <translation>Class weighting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Early stopping</source>
        <translation>Early stopping</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Gradient clipping</source>
        <translation>Gradient clipping</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Batch-norm momentum</source>
        <translation>Batch-norm momentum</translation>
    </message>
    <message>
        <location line="+6" />
        <source>whole split</source>
        <translation>whole split</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limits each epoch to this many steps, for quick trials; 0 trains on the whole split.</source>
        <translation>Limits each epoch to this many steps, for quick trials; 0 trains on the whole split.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Stops the run after this many epochs without a new best of the monitored metric; 0 turns early stopping off.</source>
        <translation>Stops the run after this many epochs without a new best of the monitored metric; 0 turns early stopping off.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Largest L2 norm of the gradient; 0 turns clipping off.</source>
        <translation>Largest L2 norm of the gradient; 0 turns clipping off.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>model default</source>
        <translation>model default</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weight of each new batch in the batch-norm running statistics. The model default (0.01, as in Keras) needs hundreds of steps before validation results mean anything; 0.1 suits small datasets.</source>
        <translation>Weight of each new batch in the batch-norm running statistics. The model default (0.01, as in Keras) needs hundreds of steps before validation results mean anything; 0.1 suits small datasets.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L2 penalty on the weights; 0 turns it off.</source>
        <translation>L2 penalty on the weights; 0 turns it off.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Epochs over which the learning rate rises linearly from 0.</source>
        <translation>Epochs over which the learning rate rises linearly from 0.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seeds the initial weights, the shuffling, the augmentation and the validation split.</source>
        <translation>Seeds the initial weights, the shuffling, the augmentation and the validation split.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Augment the training samples</source>
        <translation>Augment the training samples</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from weights</source>
        <translation>Start from weights</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fresh initialisation</source>
        <translation>fresh initialisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fine-tuning: a checkpoint (.pt) or run folder whose weights start the run. The architecture and the classes come from it; the optimizer starts afresh.</source>
        <translation>Fine-tuning: a checkpoint (.pt) or run folder whose weights start the run. The architecture and the classes come from it; the optimizer starts afresh.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a checkpoint</source>
        <translation>Choose a checkpoint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Added character data</source>
        <translation>Added character data</translation>
    </message>
    <message>
        <location line="+3" />
        <source>.gnt files whose characters join the training split, such as your handwriting set; separate several with ";".</source>
        <translation>.gnt files whose characters join the training split, such as your handwriting set; separate several with ";".</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose .gnt files</source>
        <translation>Choose .gnt files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>step decay</source>
        <translation>step decay</translation>
    </message>
    <message>
        <location line="+0" />
        <source>exponential decay</source>
        <translation>exponential decay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cosine</source>
        <translation>cosine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>reduce on plateau</source>
        <translation>reduce on plateau</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+9" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-143" />
        <source>Start from checkpoint</source>
        <translation>Start from checkpoint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checkpoints (*.pt)</source>
        <translation>Checkpoints (*.pt)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add character data</source>
        <translation>Add character data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HWDB character files (*.gnt)</source>
        <translation>HWDB character files (*.gnt)</translation>
    </message>
    <message>
        <location line="+136" />
        <source>inverse class frequency</source>
        <translation>inverse class frequency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>balanced sampling</source>
        <translation>balanced sampling</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::RunsModel</name>
    <message>
        <location filename="../ui/runsmodel.cpp" line="+97" />
        <location line="+21" />
        <source>No run is selected.</source>
        <translation>No run is selected.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>"%1" is not a valid folder name: use letters, digits, dashes and underscores.</source>
        <translation>"%1" is not a valid folder name: use letters, digits, dashes and underscores.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists; choose another name.</source>
        <translation>%1 already exists; choose another name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not rename %1 to %2. Is a run still writing to it?</source>
        <translation>Could not rename %1 to %2. Is a run still writing to it?</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a run folder; nothing was deleted.</source>
        <translation>%1 is not a run folder; nothing was deleted.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not delete all of %1. Check its permissions.</source>
        <translation>Could not delete all of %1. Check its permissions.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location line="+2" />
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+14" />
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Best %1 over %n epoch(s)</source>
        <translation><numerusform>Best %1 over %n epoch</numerusform><numerusform>Best %1 over %n epochs</numerusform></translation>
    </message>
    <message>
        <location line="+24" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::RunsPanel</name>
    <message>
        <location filename="../ui/runspanel.cpp" line="+99" />
        <source>Runs folder: %1</source>
        <translation>Runs folder: %1</translation>
    </message>
    <message>
        <location line="+55" />
        <location line="+6" />
        <source>Rename run</source>
        <translation>Rename run</translation>
    </message>
    <message>
        <location line="-6" />
        <source>New folder name:</source>
        <translation>New folder name:</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+10" />
        <source>Delete runs</source>
        <translation>Delete runs</translation>
    </message>
    <message numerus="yes">
        <location line="-9" />
        <source>Delete %n run folder(s) with their checkpoints and logs? This cannot be undone.

%1</source>
        <translation><numerusform>Delete %n run folder with their checkpoints and logs? This cannot be undone.

%1</numerusform><numerusform>Delete %n run folders with their checkpoints and logs? This cannot be undone.

%1</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the run's curves and configuration on the training page.</source>
        <translation>Show the run's curves and configuration on the training page.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw the selected runs' validation curves on the training chart.</source>
        <translation>Draw the selected runs' validation curves on the training chart.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue a stopped or failed run from its last checkpoint.</source>
        <translation>Continue a stopped or failed run from its last checkpoint.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::SegmentationPage</name>
    <message numerus="yes">
        <location filename="../ui/segmentationpage.cpp" line="+116" />
        <source>Prediction cancelled after %n slice(s), %1 s</source>
        <translation><numerusform>Prediction cancelled after %n slice, %1 s</numerusform><numerusform>Prediction cancelled after %n slices, %1 s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Predicted %n slice(s) in %1 s (%2 s per slice)</source>
        <translation><numerusform>Predicted %n slice in %1 s (%2 s per slice)</numerusform><numerusform>Predicted %n slices in %1 s (%2 s per slice)</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>The prediction failed: %1</source>
        <translation>The prediction failed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prediction failed</source>
        <translation>Prediction failed</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Predicting slice %1…</source>
        <translation>Predicting slice %1…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Predicting the stack…</source>
        <translation>Predicting the stack…</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+80" />
        <source>Threshold %1</source>
        <translation>Threshold %1</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open TIFF stack…</source>
        <translation>Open TIFF stack…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open folder…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open labels…</source>
        <translation>Open labels…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels mark membrane as</source>
        <translation>Labels mark membrane as</translation>
    </message>
    <message>
        <location line="+1" />
        <source>low values (ISBI: 0)</source>
        <translation>low values (ISBI: 0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>high values (255 or 1)</source>
        <translation>high values (255 or 1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load U-Net checkpoint…</source>
        <translation>Load U-Net checkpoint…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prediction</source>
        <translation>Prediction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict slice</source>
        <translation>Predict slice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict stack</source>
        <translation>Predict stack</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overlays</source>
        <translation>Overlays</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contours</source>
        <translation>Contours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probability map</source>
        <translation>Probability map</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ground truth outline</source>
        <translation>Ground truth outline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error map</source>
        <translation>Error map</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;span style="color:%1"&gt;■&lt;/span&gt; false membrane &amp;nbsp; &lt;span style="color:%2"&gt;■&lt;/span&gt; missed membrane</source>
        <translation>&lt;span style="color:%1"&gt;■&lt;/span&gt; false membrane &amp;nbsp; &lt;span style="color:%2"&gt;■&lt;/span&gt; missed membrane</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tile borders (debug)</source>
        <translation>Tile borders (debug)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seam map (debug)</source>
        <translation>Seam map (debug)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grey window</source>
        <translation>Grey window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ISBI (0 = membrane)</source>
        <translation>ISBI (0 = membrane)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0/1 (1 = membrane)</source>
        <translation>0/1 (1 = membrane)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export masks…</source>
        <translation>Export masks…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export probabilities…</source>
        <translation>Export probabilities…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save view as PNG…</source>
        <translation>Save view as PNG…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>Slice</source>
        <translation>Slice</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+1" />
        <source>Pixel error</source>
        <translation>Pixel error</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+2" />
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <source>Rand error</source>
        <translation>Rand error</translation>
    </message>
    <message>
        <location line="+21" />
        <source>of %1 (%2)</source>
        <translation>of %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Stack: %1 (%n slice(s), %2×%3)</source>
        <translation><numerusform>Stack: %1 (%n slice, %2×%3)</numerusform><numerusform>Stack: %1 (%n slices, %2×%3)</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1, tiles %2 px, stride %3 px</source>
        <translation>Model: %1, tiles %2 px, stride %3 px</translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>Stack (%n slice(s)): pixel error %1, IoU %2, Dice %3, Rand error %4</source>
        <translation><numerusform>Stack (%n slice): pixel error %1, IoU %2, Dice %3, Rand error %4</numerusform><numerusform>Stack (%n slices): pixel error %1, IoU %2, Dice %3, Rand error %4</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Predict slices to score them against the labels.</source>
        <translation>Predict slices to score them against the labels.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a label stack to score the predictions.</source>
        <translation>Open a label stack to score the predictions.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Open a folder of slices</source>
        <translation>Open a folder of slices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an image stack</source>
        <translation>Open an image stack</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>TIFF stacks (*.tif *.tiff);;All files (*)</source>
        <translation>TIFF stacks (*.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Open the label stack</source>
        <translation>Open the label stack</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Load a U-Net checkpoint</source>
        <translation>Load a U-Net checkpoint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;All files (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export masks</source>
        <translation>Export masks</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+15" />
        <source>TIFF stacks (*.tif *.tiff)</source>
        <translation>TIFF stacks (*.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <source>Wrote %n mask page(s) to %1</source>
        <translation><numerusform>Wrote %n mask page to %1</numerusform><numerusform>Wrote %n mask pages to %1</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export probabilities</source>
        <translation>Export probabilities</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Wrote %n probability page(s) to %1</source>
        <translation><numerusform>Wrote %n probability page to %1</numerusform><numerusform>Wrote %n probability pages to %1</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: saving the view failed: %2</source>
        <translation>%1: saving the view failed: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved the view to %1</source>
        <translation>Saved the view to %1</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::TrainingChart</name>
    <message>
        <location filename="../ui/trainingchart.cpp" line="+46" />
        <source>Validation accuracy</source>
        <translation>Validation accuracy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validation pixel error</source>
        <translation>Validation pixel error</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+389" />
        <source>Validation loss</source>
        <translation>Validation loss</translation>
    </message>
    <message>
        <location line="-184" />
        <source>%1: validation loss</source>
        <translation>%1: validation loss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+158" />
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;History as CSV (*.csv)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;History as CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write %1. Choose a writable folder and a name ending in .png, .svg, .pdf or .csv.</source>
        <translation>Could not write %1. Choose a writable folder and a name ending in .png, .svg, .pdf or .csv.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step loss</source>
        <translation>Step loss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step loss, smoothed</source>
        <translation>Step loss, smoothed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training loss (epoch)</source>
        <translation>Training loss (epoch)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Best epoch</source>
        <translation>Best epoch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smoothing: %1</source>
        <translation>Smoothing: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the axes to the data again after zooming or dragging.</source>
        <translation>Fit the axes to the data again after zooming or dragging.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the chart as PNG, SVG or PDF, or the history as CSV.</source>
        <translation>Save the chart as PNG, SVG or PDF, or the history as CSV.</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::TrainingPage</name>
    <message>
        <location filename="../ui/trainingpage.cpp" line="+303" />
        <source>Measuring the network…</source>
        <translation>Measuring the network…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Trainable parameters: %1 · forward MACs per sample: %2</source>
        <translation>Trainable parameters: %1 · forward MACs per sample: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dataset %1: %2</source>
        <translation>Dataset %1: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose a model in the zoo or in the model list first.</source>
        <translation>Choose a model in the zoo or in the model list first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a dataset: a folder, a file, or "demo" for the model's demo set.</source>
        <translation>Choose a dataset: a folder, a file, or "demo" for the model's demo set.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An architecture option is invalid; correct the field marked in red.</source>
        <translation>An architecture option is invalid; correct the field marked in red.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cannot start training: %1</source>
        <translation>Cannot start training: %1</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Run %1 · %2 · %3 training and %4 validation samples</source>
        <translation>Run %1 · %2 · %3 training and %4 validation samples</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Epoch %1/%2 · step %3/%4 · loss %5 · %6 samples/s · ETA %7</source>
        <translation>Epoch %1/%2 · step %3/%4 · loss %5 · %6 samples/s · ETA %7</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+23" />
        <source>Training %1: epoch %2/%3</source>
        <translation>Training %1: epoch %2/%3</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Preparing %1: opening the dataset and building the network…</source>
        <translation>Preparing %1: opening the dataset and building the network…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Training %1 paused after epoch %2 of %3</source>
        <translation>Training %1 paused after epoch %2 of %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stopping %1 after the current step…</source>
        <translation>Stopping %1 after the current step…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Training finished: %1
Run folder: %2</source>
        <translation>Training finished: %1
Run folder: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training %1 finished</source>
        <translation>Training %1 finished</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Training stopped. %1 contains the position; press Resume to continue from it.</source>
        <translation>Training stopped. %1 contains the position; press Resume to continue from it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training %1 stopped after epoch %2 of %3</source>
        <translation>Training %1 stopped after epoch %2 of %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last checkpoint is kept: %1. Correct the cause, then press Resume.</source>
        <translation>The last checkpoint is kept: %1. Correct the cause, then press Resume.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No checkpoint was written. Correct the cause and start again.</source>
        <translation>No checkpoint was written. Correct the cause and start again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training %1 failed</source>
        <translation>Training %1 failed</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Stop the current run before opening another one.</source>
        <translation>Stop the current run before opening another one.</translation>
    </message>
    <message>
        <location line="-54" />
        <source>%1 is not a run folder: it has no config.json.</source>
        <translation>%1 is not a run folder: it has no config.json.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is invalid: %2</source>
        <translation>%1 is invalid: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 names the unknown model "%2".</source>
        <translation>%1 names the unknown model "%2".</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Stop the current run before preparing another one.</source>
        <translation>Stop the current run before preparing another one.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Fine-tuning: the run starts from the weights of %1 and adds %2 to the training data. Check the recipe, then press Start.</source>
        <translation>Fine-tuning: the run starts from the weights of %1 and adds %2 to the training data. Check the recipe, then press Start.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 of %2 epochs done</source>
        <translation>%1 of %2 epochs done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run %1 (%2)</source>
        <translation>Run %1 (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This run failed: %1</source>
        <translation>This run failed: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Showing run %1</source>
        <translation>Showing run %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 has no finished epoch to draw yet.</source>
        <translation>%1 has no finished epoch to draw yet.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recipe</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+1" />
        <source>automatic (CUDA when available)</source>
        <translation>automatic (CUDA when available)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPU threads</source>
        <translation>CPU threads</translation>
    </message>
    <message>
        <location line="+2" />
        <source>LibTorch intra-op threads; applies from the next run and is kept for the next start.</source>
        <translation>LibTorch intra-op threads; applies from the next run and is kept for the next start.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new run with these settings.</source>
        <translation>Start a new run with these settings.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Continue a paused run, or the opened stopped run from its last checkpoint.</source>
        <translation>Continue a paused run, or the opened stopped run from its last checkpoint.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop after the current step and write last.pt to resume from.</source>
        <translation>Stop after the current step and write last.pt to resume from.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training log</source>
        <translation>Training log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No run yet. Choose a dataset and press Start, or drop a dataset here.</source>
        <translation>No run yet. Choose a dataset and press Start, or drop a dataset here.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a model.</source>
        <translation>Choose a model.</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::ZooPanel</name>
    <message>
        <location filename="../ui/zoopanel.cpp" line="+41" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reference networks</source>
        <translation>Reference networks</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n classes</source>
        <translation><numerusform>%n class</numerusform><numerusform>%n classes</numerusform></translation>
    </message>
</context>
</TS>