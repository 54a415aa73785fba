<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cnnwb::app</name>
    <message>
        <location filename="../app/commandcommon.cpp" line="+27" />
        <source>LibTorch intra-op threads (default: CNNWB_THREADS, else the core count).</source>
        <translation>LibTorch 算子内线程数（默认取 CNNWB_THREADS，否则取 CPU 核数）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Run "cnn-workbench %1 --help" for the options.
</source>
        <translation>运行 "cnn-workbench %1 --help" 查看选项。
</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+20" />
        <source>Print a model's layer table, parameters and MACs</source>
        <translation>打印模型的层表、参数量和乘加次数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check a dataset: format, counts, sizes, class balance, problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Usage: cnn-workbench [--threads N] [--lang CODE]
       cnn-workbench COMMAND [options]

Without a command, the workbench window opens.

Commands:
</source>
        <translation>用法：cnn-workbench [--threads N] [--lang 语言代码]
      cnn-workbench 命令 [选项]

不带命令时打开工作台窗口。

命令：
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>
Run "cnn-workbench COMMAND --help" for the options of a command.
The environment variable CNNWB_THREADS sets the LibTorch thread count.
</source>
        <translation>
运行 "cnn-workbench 命令 --help" 查看该命令的选项。
环境变量 CNNWB_THREADS 设置 LibTorch 线程数。
</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Unknown command "%1". Valid commands: %2
</source>
        <translation>未知命令 "%1"。可用命令：%2
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run "cnn-workbench --help" for usage.
</source>
        <translation>运行 "cnn-workbench --help" 查看用法。
</translation>
    </message>
    <message>
        <location filename="../app/datasetcommand.cpp" line="+76" />
        <source>Problems: none found.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Problems (%1):
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>  %1: %2; majority-class baseline accuracy %3 (always %4)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>
The validation split has only %1 images, so one image moves validation accuracy by %2 points: too coarse to compare epochs or choose a checkpoint.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>
There is no separate validation split.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>A seeded, stratified re-split moving %1 of "%2" to validation gives %2 %3 and validation %4 (%5).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>To train with it, add: --val-from-train %1 --seed %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>%1 contains a %2 image; it is decoded by its content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>unreadable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Format: chest X-ray image folders (%1), %2 images
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>train/val/test × NORMAL/PNEUMONIA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>one folder per class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Counts per split (%1):
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Image sizes: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>%1 with %2 component(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Encodings: %1; %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Class balance:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>identical content in different splits (%1), which leaks images between them: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>identical content: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a .jpeg, .jpg or .png image and is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1/ matches no split or class name and is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Note: %1
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>Format: CASIA HWDB .gnt character records, %n file(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Samples: %1 in %2 distinct characters
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Character set: all samples are GB2312 level 1 (%1 of the %2 level-1 characters present)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Character set: %1 samples in %2 characters are GB2312 level 1; %3 samples fall outside and are skipped when training on level 1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Bitmap sizes: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Class balance: %1 samples per character; majority-class baseline accuracy %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>uncompressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>compression %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1: %n page(s), %2×%3, %4-bit%5, %6</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source> float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Labels: values %1–%2, membrane = %3 values (--membrane %4)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Membrane fraction: %1 of label pixels (per slice %2–%3)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Class balance: predicting "cell" everywhere gives %1 pixel accuracy, the baseline to beat
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Format: EM image stacks (multi-page TIFF)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>  no label stack (a test volume)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Format: EM slices as image/N and label/N files
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Slices: %1 of %2×%3 pixels
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>not a dataset file (.gnt, .tif or .tiff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Pass a .gnt file, a TIFF stack or a dataset folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>"dataset check PATH" finds the dataset format of PATH (chest X-ray folders, CASIA HWDB .gnt files or EM TIFF stacks) and prints the counts per split and class, image sizes, class balance with the majority-class baseline, and problems: unreadable files, duplicate content and image/label mismatches. Exit code 0 means no problems, 1 problems found, 2 invalid arguments or no dataset found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The action; only "check" exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Dataset folder or file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Seed of the suggested stratified re-split of the training split (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Which EM label values are membrane: "low" (default, ISBI 2012: 0 = membrane, 255 = cell) or "high".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>low|high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench dataset check PATH
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Run "cnn-workbench dataset --help" for the options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Invalid --seed "%1": expected a non-negative integer
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Invalid --membrane "%1": expected low or high
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1: the file or folder does not exist
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Checking %1 failed: %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/summarycommand.cpp" line="+28" />
        <source>Prints the layer table of a zoo model, measured by one forward pass: per layer its type, output shape, parameters and multiply-accumulates (MACs), then the totals.</source>
        <translation>打印模型库中某个模型的层表（通过一次前向传播测得）：每层的类型、输出形状、参数量和乘加次数（MACs），最后给出总计。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Model id: %1.</source>
        <translation>模型 ID：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sets an architecture option; repeat for several.</source>
        <translation>设置一个结构选项；可重复使用以设置多个。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key=value</source>
        <translation>键=值</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Missing --model. Valid models: %1
</source>
        <translation>缺少 --model。可用模型：%1
</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Failed to build model "%1" with %2: %3
</source>
        <translation>无法用 %2 构建模型 "%1"：%3
</translation>
    </message>
</context>
<context>
    <name>cnnwb::app::ModelInspector</name>
    <message>
        <location filename="../app/modelinspector.cpp" line="+56" />
        <source>Unknown model "%1"</source>
        <translation>未知模型 "%1"</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Failed to build %1 with these options: %2</source>
        <translation>无法用这些选项构建 %1：%2</translation>
    </message>
</context>
<context>
    <name>cnnwb::app::SizeRange</name>
    <message>
        <location filename="../app/datasetcommand.cpp" line="-437" />
        <source>width %1, height %2 pixels</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnwb::data</name>
    <message>
        <location filename="../data/emstack.cpp" line="+30" />
        <source>slice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location filename="../data/tiffstack.cpp" line="+79" />
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the page holds 32-bit floating-point samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Use an 8- or 16-bit grey stack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>the label stack has %1 slices but the image stack %2 has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Each image slice needs one label slice; use the matching label file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the slice is %1×%2 pixels but slice 1 is %3×%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+120" />
        <source>All slices of a volume must have one size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-117" />
        <source>the label is %1×%2 pixels but its image in %3 is %4×%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Use the label stack that belongs to this volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+110" />
        <source>the slice size differs from slice 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>the folder has no image/ and label/ sub-folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Put slices in image/N.png and their labels in label/N.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the folder contains no PNG or TIFF slice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Put slices in image/N.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>no label named %1.* in %2 (%3 images, %4 labels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Each image slice needs a label with the same base name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the label folder has %1 files but the image folder %2 has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Each label needs an image slice with the same base name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Invalid slice range "%1": expected N or N-M with 1 ≤ N ≤ M ≤ %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Invalid slice range "%1": no slices given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../data/gntreader.cpp" line="+29" />
        <location filename="../data/imagedecode.cpp" line="+28" />
        <source>byte offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../data/imagedecode.cpp" line="+35" />
        <source>invalid JPEG marker byte 0x%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+82" />
        <location line="+39" />
        <location filename="../data/tiffstack.cpp" line="+61" />
        <source>The file is damaged; replace it with an intact copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-106" />
        <source>JPEG segment 0xFF%1 claims %2 bytes but the file ends after %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The file is cut short; copy or download it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>the JPEG data ends before the first scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the JPEG data ends before the frame header (SOF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The file is cut short or damaged; copy or download it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the JPEG frame header gives a size of %1×%2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Re-export the image as a baseline JPEG or PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>the JPEG data is truncated: no end-of-image marker (FF D9) after the image data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The file was cut short while copying or downloading; replace it with a complete copy or remove it from the dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>the PNG header chunk (IHDR) is missing or cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>the BMP header is cut short (%1 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+70" />
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Copy or download the file again, or remove it from the dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>not a JPEG, PNG or BMP image (the file starts with %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Convert the image to JPEG or PNG, or remove it from the dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+99" />
        <source>OpenCV failed to decode the %1 data: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <source>The file is damaged or uses an unsupported variant; re-export it as a baseline JPEG or PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-5" />
        <source>OpenCV could not decode the %1 data (%2×%3 pixels, %4 components)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>unsupported sample depth (OpenCV depth code %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Convert the image to 8- or 16-bit JPEG or PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check that the file exists and is readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>reading failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check the disk and copy the file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>Read the file and detect JPEG, PNG or BMP from its first bytes, not its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Decode large JPEGs at 1/2, 1/4 or 1/8 scale while the longer side stays at least %1 pixels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Turn and mirror the image as its EXIF orientation tag says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Scale 16-bit images to 8 bits (divide by 257).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Convert grey images to RGB by repeating the grey value in three channels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Scale the longer side to %1 pixels with the aspect ratio kept (area averaging when shrinking).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Centre the image on a %1×%1 black square (letterbox).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Divide by 255 to get values in [0, 1].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../data/tiffstack.cpp" line="-66" />
        <source>libtiff gave no details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>reading strip %1 of %2 failed (%3 of %4 bytes): %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+26" />
        <source>The file is damaged or cut short; replace it with an intact copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-14" />
        <source>the tiled page has no tile size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>reading the tile at x %1, y %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+153" />
        <source>there are no pages to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Pass at least one page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the tile side %1 is not a multiple of 16</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Use 0 for strips or a multiple of 16 such as 256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>this libtiff build has no codec for compression %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Write the stack uncompressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>cannot create the temporary file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check that the folder exists and is writable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Check the free disk space and that the folder is writable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>the page is empty or not CV_8UC1, CV_16UC1 or CV_32FC1 (OpenCV type %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Convert the page to 8-bit grey or 32-bit float first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>writing the tile at x %1, y %2 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>writing row %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>writing the page directory failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>flushing the file failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>renaming the finished temporary file %1 onto the target failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Check that the target is not open in another program and the folder is writable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnwb::data::EmSource</name>
    <message>
        <location filename="../data/emstack.cpp" line="+16" />
        <source>the crop of %1×%1 pixels does not fit the %2×%3 slices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Choose a crop size of at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the slice does not exist; the stack has %1 slices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Choose slices from 1 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+46" />
        <source>membrane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1, slice %2, tile at x %3, y %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnwb::data::GntIndex</name>
    <message>
        <location filename="../data/gntreader.cpp" line="+43" />
        <source>the file or folder does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check the path; it should name a .gnt file or a folder of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>the folder contains no .gnt file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder that holds the CASIA HWDB .gnt files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <location line="+143" />
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-142" />
        <source>Check that the file exists and is readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the file is empty (0 bytes), so it contains no records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Copy the file again or remove it from the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>reading failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check the disk and copy the file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>%1 stray byte(s) after the last record, fewer than a %2-byte record header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>the record header gives a bitmap of %1×%2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the record header gives an implausible bitmap of %1×%2 pixels (at most %3 per side)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>the record length field is %1 but 10 + width·height = %2 for %3×%4 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>the record is cut inside its bitmap: it needs %1 bytes but only %2 remain in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+73" />
        <source>Check that the file still exists and is readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the record header no longer matches the index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>The file changed after it was opened; open the dataset again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>reading the %1-byte bitmap failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>%1, record at byte offset %2 (character %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnwb::data::GntReader</name>
    <message numerus="yes">
        <location line="-175" />
        <source>The %n record(s) before this offset are used; replace the file with a complete copy to use the rest</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>cnnwb::data::TiffStack</name>
    <message>
        <location filename="../data/tiffstack.cpp" line="-265" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check the path of the TIFF stack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>libtiff cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Check that the file is a complete TIFF image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>the TIFF file has no pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>page %1 does not exist; the stack has %2 pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Choose a page from 1 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>libtiff cannot read the page directory: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>The file is damaged; replace it with an intact copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>the page has no valid width and height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>unsupported sample format: %1 bits per sample%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>, floating point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Convert the stack to 8- or 16-bit grey, for example with Fiji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1 samples per pixel stored as separate planes are not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Save the stack as grey or as interleaved RGB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>unsupported colour layout (photometric %1, %2 samples per pixel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Convert the stack to 8- or 16-bit grey</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnwb::data::XrayFolder</name>
    <message>
        <location filename="../data/xrayfolder.cpp" line="+110" />
        <source>the folder does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder that holds train/, val/ and test/ or NORMAL/ and PNEUMONIA/</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>the folder has neither train/, val/, test/ nor NORMAL/ and PNEUMONIA/ sub-folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Choose the chest_xray folder of the Kaggle release, or a folder with one sub-folder per class</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnwb::models</name>
    <message>
        <location filename="../models/modeloptions.cpp" line="+37" />
        <source>%1 takes %2 to %3 comma-separated values, got %4 ("%5")</source>
        <translation>%1 需要 %2 到 %3 个逗号分隔的值，实际为 %4 个（"%5"）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 expects %2, got "%3"</source>
        <translation>%1 需要%2，实际为 "%3"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>whole numbers</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 must lie between %2 and %3, got %4</source>
        <translation>%1 必须在 %2 和 %3 之间，实际为 %4</translation>
    </message>
</context>
<context>
    <name>cnnwb::models::OptionValues</name>
    <message>
        <location line="+30" />
        <source>unknown option "%1"; valid options: %2</source>
        <translation>未知选项 "%1"；可用选项：%2</translation>
    </message>
</context>
<context>
    <name>cnnwb::models::Zoo</name>
    <message>
        <location filename="../models/zoo.cpp" line="+23" />
        <source>Blocks of separable convolutions after the first two convolutions, each ending in a 2×2 pool</source>
        <translation>前两个卷积之后的可分离卷积块数，每块以 2×2 池化结束</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Widths of the hidden dense layers, comma-separated; their count sets the dense depth</source>
        <translation>各隐藏全连接层的宽度，逗号分隔；个数即全连接层数</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dropout rate after each hidden dense layer: one rate for all, or one per layer</source>
        <translation>每个隐藏全连接层之后的 Dropout 比例：给一个值则全部相同，或每层一个</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Channels of each 3×3 convolution, comma-separated; each is followed by a 2×2 pool</source>
        <translation>每个 3×3 卷积的通道数，逗号分隔；每个卷积后接 2×2 池化</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Widths of the hidden dense layers, comma-separated</source>
        <translation>各隐藏全连接层的宽度，逗号分隔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dropout rate before every dense layer</source>
        <translation>每个全连接层之前的 Dropout 比例</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Encoder levels; each halves the resolution, and input sides must divide by 2^depth</source>
        <translation>编码器层级数；每级分辨率减半，输入边长须能被 2^depth 整除</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Channels of the first level; each deeper level doubles them</source>
        <translation>第一级的通道数；每深一级翻倍</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dropout rate after each pool, the bottleneck and each concatenation</source>
        <translation>每次池化后、瓶颈层后和每次拼接后的 Dropout 比例</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Binary classification</source>
        <translation>二分类</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multi-class classification</source>
        <translation>多分类</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Segmentation</source>
        <translation>分割</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Pneumonia diagnosis</source>
        <translation>肺炎诊断</translation>
    </message>
    <message>
        <location line="+1" />
        <source>VGG-style network with depthwise-separable convolutions and batch norm. Classifies chest X-rays as NORMAL or PNEUMONIA. Trains on the Kermany "Chest X-Ray Images (Pneumonia)" folders: train|val|test/NORMAL|PNEUMONIA/*.jpeg.</source>
        <translation>采用深度可分离卷积和批归一化的 VGG 风格网络，将胸部 X 光片分为 NORMAL（正常）或 PNEUMONIA（肺炎）。在 Kermany 的 "Chest X-Ray Images (Pneumonia)" 文件夹上训练：train|val|test/NORMAL|PNEUMONIA/*.jpeg。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Handwritten Chinese characters</source>
        <translation>手写汉字识别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three 3×3 convolutions with max pooling and a dense layer. Recognises the 3755 GB2312 level-1 characters in 64×64 grey images. Trains on CASIA HWDB1.x .gnt files or on the font-rendered demo set.</source>
        <translation>三个带最大池化的 3×3 卷积和一个全连接层，识别 64×64 灰度图中的 3755 个 GB2312 一级汉字。在 CASIA HWDB1.x .gnt 文件或字体渲染的演示数据集上训练。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>EM membrane segmentation</source>
        <translation>电镜细胞膜分割</translation>
    </message>
    <message>
        <location line="+1" />
        <source>U-Net with batch norm that marks cell membranes in electron-microscopy slices. Trains on the ISBI 2012 stacks (multi-page TIFF) or on folders of image/label slices.</source>
        <translation>带批归一化的 U-Net，在电子显微镜切片中标出细胞膜。在 ISBI 2012 图像栈（多页 TIFF）或 image/label 切片文件夹上训练。</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+57" />
        <location line="+72" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="-19" />
        <source>CNN Workbench</source>
        <translation>卷积神经网络工作台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model zoo</source>
        <translation>模型库</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CNN Workbench</source>
        <translation>关于卷积神经网络工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threads: %1</source>
        <translation>线程：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About CNN Workbench</source>
        <translation>关于卷积神经网络工作台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;p&gt;&lt;b&gt;CNN Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train, inspect and use convolutional networks: pneumonia diagnosis on chest X-rays, handwritten Chinese characters and EM membrane segmentation.&lt;/p&gt;&lt;p&gt;LibTorch %2, Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;卷积神经网络工作台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;训练、查看和使用卷积神经网络：胸部 X 光片肺炎诊断、手写汉字识别和电镜细胞膜分割。&lt;/p&gt;&lt;p&gt;LibTorch %2，Qt %3。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::ModelPage</name>
    <message>
        <location filename="../ui/modelpage.cpp" line="+92" />
        <location line="+42" />
        <source>Measuring the network…</source>
        <translation>正在测量网络…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Trainable parameters: %1
Batch-norm running statistics: %2
Forward MACs per sample: %3 (%4 GMAC)</source>
        <translation>可训练参数：%1
批归一化运行统计量：%2
单样本前向乘加次数：%3（%4 GMAC）</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Architecture options</source>
        <translation>结构选项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset to the reference architecture</source>
        <translation>恢复为参考结构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MACs</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a model in the zoo</source>
        <translation>请在模型库中选择一个模型</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n classes</source>
        <translation><numerusform>%n 个类别</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task: %1 · Input: %2×%3×%4 (height×width×channels) · %5</source>
        <translation>任务：%1 · 输入：%2×%3×%4（高×宽×通道）· %5</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::ZooPanel</name>
    <message>
        <location filename="../ui/zoopanel.cpp" line="+41" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reference networks</source>
        <translation>参考网络</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n classes</source>
        <translation><numerusform>%n 个类别</numerusform></translation>
    </message>
</context>
<context>
    <name>cv</name>
    <message>
        <location filename="../data/emstack.cpp" line="-328" />
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check that the file exists and is readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Copy the file again or remove it with its partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>OpenCV failed to decode the image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>Re-export the slice as 8- or 16-bit grey PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>OpenCV could not decode the image as 8- or 16-bit grey</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../app/commandcommon.cpp" line="+21" />
        <source>Unknown model "%1". Valid models: %2</source>
        <translation>未知模型 "%1"。可用模型：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Invalid --set "%1": expected key=value</source>
        <translation>无效的 --set "%1"：应为 键=值</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Invalid option for model "%1": %2</source>
        <translation>模型 "%1" 的选项无效：%2</translation>
    </message>
</context>
</TS>