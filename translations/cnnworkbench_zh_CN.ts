<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cnnwb::app</name>
    <message>
        <location filename="../app/commandcommon.cpp" line="+23" />
        <source>LibTorch intra-op threads (default: CNNWB_THREADS, else the core count).</source>
        <translation>LibTorch 算子内线程数（默认取 CNNWB_THREADS，否则取 CPU 核数）。</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+27" />
        <source>Calibrates a binary classifier's checkpoint: computes the ROC curve and the threshold with the largest Youden's J on the run's validation split, and the training images' feature distribution and image statistics for the out-of-distribution guard. Stores them in the checkpoint, which is rewritten in place.</source>
        <translation>校准二分类器的检查点：在运行的验证集上计算 ROC 曲线和约登指数 J 最大的阈值，并为分布外检测计算训练图像的特征分布和图像统计量。结果存入检查点，检查点原地重写。</translation>
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
        <translation>数量</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Training images used for the feature distribution (default 2000, 0 = all).</source>
        <translation>用于特征分布的训练图像数（默认 2000，0 表示全部）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench calibrate RUN_FOLDER_OR_CHECKPOINT
</source>
        <translation>用法：cnn-workbench calibrate 运行文件夹或检查点
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is a %2 model; calibration applies to binary classifiers only
</source>
        <translation>%1 是%2模型；校准只适用于二分类器
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Calibrating: %1 of %2 samples</source>
        <translation>正在校准：%1 / %2 个样本</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Calibrated %1 in %2 s: %3
</source>
        <translation>已校准 %1，用时 %2 秒：%3
</translation>
    </message>
    <message>
        <location filename="../app/commandcommon.cpp" line="+16" />
        <source>Run "cnn-workbench %1 --help" for the options.
</source>
        <translation>运行 "cnn-workbench %1 --help" 查看选项。
</translation>
    </message>
    <message>
        <location line="+21" />
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
    <message>
        <location filename="../app/commandline.cpp" line="+21" />
        <source>Print a model's layer table, parameters and MACs</source>
        <translation>打印模型的层表、参数量和乘加次数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check a dataset: format, counts, sizes, class balance, problems</source>
        <translation>检查数据集：格式、数量、尺寸、类别平衡和问题</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Train a model and write a run folder</source>
        <translation>训练模型并写入运行目录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume a run from its last checkpoint</source>
        <translation>从最后一个检查点恢复运行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate a run's checkpoint on a dataset split or folder</source>
        <translation>在数据集的某个子集或文件夹上评估运行的检查点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict classes or masks for image files with a run's checkpoint</source>
        <translation>用运行的检查点预测图像文件的类别或掩膜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List run folders with their best metrics</source>
        <translation>列出运行目录及其最佳指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store a binary classifier's ROC, threshold and image statistics in its checkpoint</source>
        <translation>把二分类器的 ROC、阈值和图像统计量存入其检查点</translation>
    </message>
    <message>
        <location line="+22" />
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
        <location filename="../app/datasetcommand.cpp" line="+90" />
        <source>Problems: none found.
</source>
        <translation>问题：未发现。
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problems (%1):
</source>
        <translation>问题（%1 个）：
</translation>
    </message>
    <message>
        <location line="+29" />
        <source>  %1: %2; majority-class baseline accuracy %3 (always %4)
</source>
        <translation>  %1: %2；多数类基线准确率 %3（始终预测 %4）
</translation>
    </message>
    <message>
        <location line="+15" />
        <source>
The validation split has only %1 images, so one image moves validation accuracy by %2 points: too coarse to compare epochs or choose a checkpoint.
</source>
        <translation>
验证集只有 %1 张图像，一张图像就会使验证准确率变化 %2 个百分点：粒度太粗，无法用来比较各轮次或选择检查点。
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>
There is no separate validation split.
</source>
        <translation>
没有单独的验证集。
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>A seeded, stratified re-split moving %1 of "%2" to validation gives %2 %3 and validation %4 (%5).
</source>
        <translation>按固定随机种子分层重新划分，将 "%2" 的 %1 移入验证集后，%2 为 %3，验证集为 %4（%5）。
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To train with it, add: --val-from-train %1 --seed %2
</source>
        <translation>如需按此划分训练，请添加：--val-from-train %1 --seed %2
</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: cannot open the file: %2</source>
        <translation>%1: 无法打开文件：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 contains a %2 image; it is decoded by its content</source>
        <translation>%1 实际包含 %2 图像；将按文件内容解码</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Format: chest X-ray image folders (%1), %2 images
</source>
        <translation>格式：胸部 X 光图像文件夹（%1），共 %2 张图像
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
        <translation>每个类别一个文件夹</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counts per split (%1):
</source>
        <translation>各子集数量（%1）：
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Image sizes: %1
</source>
        <translation>图像尺寸：%1
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Encodings: %1; %2
</source>
        <translation>编码：%1；%2
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Class balance:
</source>
        <translation>类别平衡：
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>identical content in different splits (%1), which leaks images between them: %2</source>
        <translation>不同子集中有内容相同的文件（%1），图像会在子集之间泄漏：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>identical content: %1</source>
        <translation>内容相同：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a .jpeg, .jpg or .png image and is ignored</source>
        <translation>%1 不是 .jpeg、.jpg 或 .png 图像，已忽略</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1/ matches no split or class name and is ignored</source>
        <translation>%1/ 不匹配任何子集名或类别名，已忽略</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Samples: %1 in %2 distinct characters
</source>
        <translation>样本：%1 个，分属 %2 个不同字符
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Character set: all samples are GB2312 level 1 (%1 of the %2 level-1 characters present)
</source>
        <translation>字符集：所有样本均属 GB2312 一级汉字（%2 个一级汉字中出现了 %1 个）
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Character set: %1 samples in %2 characters are GB2312 level 1; %3 samples fall outside and are skipped when training on level 1
</source>
        <translation>字符集：%1 个样本（%2 个字符）属于 GB2312 一级汉字；另有 %3 个样本不在其中，按一级汉字训练时将被跳过
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Bitmap sizes: %1
</source>
        <translation>位图尺寸：%1
</translation>
    </message>
    <message>
        <location line="+27" />
        <source>uncompressed</source>
        <translation>未压缩</translation>
    </message>
    <message>
        <location line="+5" />
        <source>compression %1</source>
        <translation>压缩方式 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source> float</source>
        <translation> 浮点</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Labels: values %1–%2, membrane = %3 values (--membrane %4)
</source>
        <translation>标签：取值 %1–%2，细胞膜 = %3值（--membrane %4）
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+0" />
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Membrane fraction: %1 of label pixels (per slice %2–%3)
</source>
        <translation>细胞膜占比：标签像素的 %1（各切片 %2–%3）
</translation>
    </message>
    <message>
        <location line="-325" />
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location line="+7" />
        <source>grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>grey with alpha</source>
        <translation>灰度（带 Alpha）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CMYK or RGBA</source>
        <translation>CMYK 或 RGBA</translation>
    </message>
    <message>
        <location line="+39" />
        <source>width %1, height %2 pixels</source>
        <translation>宽 %1、高 %2 像素</translation>
    </message>
    <message>
        <location line="+136" />
        <source>total %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Format: CASIA HWDB .gnt character records, files: %1
</source>
        <translation>格式：CASIA HWDB .gnt 字符记录，文件：%1
</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Class balance: samples per character %1; majority-class baseline accuracy %2
</source>
        <translation>类别平衡：每个字符的样本数 %1；多数类基线准确率 %2
</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: %2, %3×%4, %5-bit%6, %7</source>
        <translation>%1: %2，%3×%4，%5 位%6，%7</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Class balance: predicting "%1" everywhere gives %2 pixel accuracy, the baseline to beat
</source>
        <translation>类别平衡：全部预测为 "%1" 可得到 %2 的像素准确率，这是需要超越的基线
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cell</source>
        <translation>细胞</translation>
    </message>
    <message>
        <location line="+0" />
        <source>membrane</source>
        <translation>细胞膜</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Format: EM image stacks (multi-page TIFF)
</source>
        <translation>格式：电镜图像栈（多页 TIFF）
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  no label stack (a test volume)
</source>
        <translation>  无标签图像栈（测试体数据）
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Format: EM slices as image/N and label/N files
</source>
        <translation>格式：电镜切片，以 image/N 和 label/N 文件存放
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Slices: %1 of %2×%3 pixels
</source>
        <translation>切片：%1 张，每张 %2×%3 像素
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>not a dataset file (.gnt, .tif or .tiff)</source>
        <translation>不是数据集文件（.gnt、.tif 或 .tiff）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass a .gnt file, a TIFF stack or a dataset folder</source>
        <translation>请指定 .gnt 文件、TIFF 图像栈或数据集文件夹</translation>
    </message>
    <message>
        <location line="+30" />
        <source>"dataset check PATH" finds the dataset format of PATH (chest X-ray folders, CASIA HWDB .gnt files or EM TIFF stacks) and prints the counts per split and class, image sizes, class balance with the majority-class baseline, and problems: unreadable files, duplicate content and image/label mismatches. Exit code 0 means no problems, 1 problems found, 2 invalid arguments or no dataset found.</source>
        <translation>"dataset check PATH" 识别 PATH 的数据集格式（胸部 X 光文件夹、CASIA HWDB .gnt 文件或电镜 TIFF 图像栈），并输出各子集和各类别的数量、图像尺寸、类别平衡及多数类基线，以及发现的问题：无法读取的文件、内容重复的文件和图像与标签不匹配。退出码 0 表示没有问题，1 表示发现问题，2 表示参数无效或未找到数据集。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The action; only "check" exists.</source>
        <translation>要执行的操作；目前只有 "check"。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset folder or file.</source>
        <translation>数据集文件夹或文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seed of the suggested stratified re-split of the training split (default 1).</source>
        <translation>建议的训练集分层重新划分所用的随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Which EM label values are membrane: "low" (default, ISBI 2012: 0 = membrane, 255 = cell) or "high".</source>
        <translation>哪些电镜标签值表示细胞膜："low"（默认，ISBI 2012：0 = 细胞膜，255 = 细胞）或 "high"。</translation>
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
        <translation>用法：cnn-workbench dataset check PATH
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run "cnn-workbench dataset --help" for the options.
</source>
        <translation>运行 "cnn-workbench dataset --help" 查看选项。
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Invalid --seed "%1": expected a non-negative integer
</source>
        <translation>无效的 --seed "%1"：应为非负整数
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Invalid --membrane "%1": expected low or high
</source>
        <translation>无效的 --membrane "%1"：应为 low 或 high
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the file or folder does not exist
</source>
        <translation>%1: 文件或文件夹不存在
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Checking %1 failed: %2
</source>
        <translation>检查 %1 失败：%2
</translation>
    </message>
    <message>
        <location filename="../app/summarycommand.cpp" line="+22" />
        <source>Prints the layer table of a zoo model, measured by one forward pass: per layer its type, output shape, parameters and multiply-accumulates (MACs), then the totals.</source>
        <translation>打印模型库中某个模型的层表（通过一次前向传播测得）：每层的类型、输出形状、参数量和乘加次数（MACs），最后给出总计。</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../app/traincommand.cpp" line="-12" />
        <source>Model id: %1.</source>
        <translation>模型 ID：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/traincommand.cpp" line="+0" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/traincommand.cpp" line="+1" />
        <source>Sets an architecture option; repeat for several.</source>
        <translation>设置一个结构选项；可重复使用以设置多个。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../app/traincommand.cpp" line="+0" />
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
    <message>
        <location filename="../app/evaluatecommand.cpp" line="-27" />
        <source>true \ predicted</source>
        <translation>真实 \ 预测</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Evaluates a run's checkpoint on a dataset split or folder, prints the metrics and the confusion matrix, and writes them to evaluation-NAME.json in the run folder.</source>
        <translation>在数据集的某个子集或文件夹上评估运行的检查点，输出各项指标和混淆矩阵，并写入运行目录中的 evaluation-NAME.json。</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/traincommand.cpp" line="+86" />
        <source>Run folder.</source>
        <translation>运行目录。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>best (default), last, or a checkpoint file.</source>
        <translation>best（默认）、last 或某个检查点文件。</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="-50" />
        <location filename="../app/evaluatecommand.cpp" line="+0" />
        <location filename="../app/predictcommand.cpp" line="-2" />
        <source>which</source>
        <translation>哪个</translation>
    </message>
    <message>
        <location filename="../app/evaluatecommand.cpp" line="+1" />
        <source>Dataset to evaluate on (default: the run's own dataset).</source>
        <translation>用于评估的数据集（默认：该运行自身的数据集）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="-85" />
        <location line="+2" />
        <location line="+1" />
        <location line="+3" />
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1" />
        <source>X-ray split: test (default), val or train.</source>
        <translation>X 光数据集子集：test（默认）、val 或 train。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>split</source>
        <translation>子集</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM slices, 1-based ranges such as 26-30 (default: all).</source>
        <translation>电镜切片，从 1 开始编号的范围，如 26-30（默认：全部）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="+1" />
        <location line="+1" />
        <source>ranges</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+2" />
        <location filename="../app/evaluatecommand.cpp" line="+1" />
        <location filename="../app/traincommand.cpp" line="-131" />
        <source>Batch size (default 16).</source>
        <translation>批大小（默认 16）。</translation>
    </message>
    <message>
        <location filename="../app/commandcommon.cpp" line="-44" />
        <source>auto (default), cpu or cuda.</source>
        <translation>auto（默认）、cpu 或 cuda。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/evaluatecommand.cpp" line="+5" />
        <source>Usage: cnn-workbench evaluate RUN_FOLDER [--data PATH] [--split test]
</source>
        <translation>用法：cnn-workbench evaluate RUN_FOLDER [--data PATH] [--split test]
</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No samples to evaluate (%1 skipped: their classes are not among the model's %2)
</source>
        <translation>没有可评估的样本（已跳过 %1 个：其类别不在模型的 %2 个类别中）
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Skipped %1 samples whose classes the model was not trained on
</source>
        <translation>已跳过 %1 个样本，模型未针对其类别进行训练
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checkpoint: %1 (epoch %2)
</source>
        <translation>检查点：%1（第 %2 轮）
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Samples: %1
</source>
        <translation>样本数：%1
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+0" />
        <source>recall</source>
        <translation>召回率</translation>
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
报告：%1
</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="-6" />
        <source>Predicts with a run's checkpoint. Classifiers print the class and the probabilities of each image (a table, or CSV with --csv). The segmentation model writes the membrane masks of each slice as a multi-page TIFF (--tiff) or PNG files (--png-dir).</source>
        <translation>用运行的检查点进行预测。分类模型输出每张图像的类别和各类别的概率（表格形式，或用 --csv 输出 CSV）。分割模型将每张切片的细胞膜掩膜写为多页 TIFF（--tiff）或 PNG 文件（--png-dir）。</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="-3" />
        <location filename="../app/predictcommand.cpp" line="+4" />
        <source>Run folder or checkpoint file.</source>
        <translation>运行文件夹或检查点文件。</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="+1" />
        <source>Image files, folders or TIFF stacks.</source>
        <translation>图像文件、文件夹或 TIFF 图像栈。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>inputs...</source>
        <translation>输入...</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+1" />
        <location filename="../app/predictcommand.cpp" line="+1" />
        <source>best (default) or last, for a run folder.</source>
        <translation>运行文件夹时选 best（默认）或 last。</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="+1" />
        <source>Write the classifier results to this CSV file.</source>
        <translation>将分类结果写入此 CSV 文件。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Classes listed per image (default 5, at most the class count).</source>
        <translation>每张图像列出的类别数（默认 5，不超过类别总数）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the predicted masks to this multi-page TIFF.</source>
        <translation>将预测的掩膜写入此多页 TIFF。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write one PNG mask per slice into this folder.</source>
        <translation>将每张切片的 PNG 掩膜各写一个文件到此文件夹。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/runscommand.cpp" line="+25" />
        <location filename="../app/traincommand.cpp" line="+137" />
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask values: isbi (default, 255 = cell, 0 = membrane) or binary (1 = membrane).</source>
        <translation>掩膜取值：isbi（默认，255 = 细胞，0 = 细胞膜）或 binary（1 = 细胞膜）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="-126" />
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membrane probability threshold (default 0.5).</source>
        <translation>细胞膜概率阈值（默认 0.5）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/traincommand.cpp" line="-8" />
        <location line="+1" />
        <location line="+3" />
        <location line="+8" />
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench predict RUN_FOLDER INPUT...
</source>
        <translation>用法：cnn-workbench predict RUN_FOLDER INPUT...
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No image files found in %1
</source>
        <translation>在 %1 中未找到图像文件
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 page %2/%3: %4% membrane</source>
        <translation>%1 第 %2/%3 页：细胞膜占 %4%</translation>
    </message>
    <message>
        <location filename="../app/personalset.cpp" line="+67" />
        <source>%1: cannot open for reading: %2</source>
        <translation>%1：无法打开读取：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not valid JSON (%2). Move it away to start a new personal set.</source>
        <translation>%1 不是有效的 JSON（%2）。请将其移走以新建个人手写集。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1, sample %2: %3</source>
        <translation>%1，第 %2 个样本：%3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"character" is missing</source>
        <translation>缺少“character”</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Type or pick the character this drawing was meant to be.</source>
        <translation>请输入或选择这幅手写所要写的字。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a GB2312 character, so a .gnt file cannot store it. Enter one simplified Chinese character.</source>
        <translation>“%1”不是 GB2312 字符，.gnt 文件无法保存。请输入一个简体汉字。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawing is empty. Draw the character first.</source>
        <translation>画布为空。请先写字。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Cannot create the folder %1. Check its permissions.</source>
        <translation>无法创建文件夹 %1。请检查其权限。</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../app/predictcommand.cpp" line="+19" />
        <location line="+61" />
        <source>%1: writing failed: %2</source>
        <translation>%1：写入失败：%2</translation>
    </message>
    <message>
        <location filename="../app/predictcommand.cpp" line="-59" />
        <source>Wrote %1 PNG masks to %2
</source>
        <translation>已将 %1 个 PNG 掩膜写入 %2
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Wrote %1 mask pages to %2
</source>
        <translation>已将 %1 页掩膜写入 %2
</translation>
    </message>
    <message>
        <location filename="../app/commandcommon.cpp" line="+54" />
        <source>%1 is not a run folder (it has no config.json)</source>
        <translation>%1 不是运行目录（其中没有 config.json）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: invalid configuration: %2</source>
        <translation>%1: 配置无效：%2</translation>
    </message>
    <message>
        <location filename="../app/runlauncher.cpp" line="+48" />
        <source>%1: no checkpoint to start from; pass a .pt file or a run folder that holds best.pt or last.pt</source>
        <translation>%1：没有可作为起点的检查点；请传入一个 .pt 文件，或一个含有 best.pt 或 last.pt 的运行文件夹</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 holds a %2 model, so a %3 run cannot start from it</source>
        <translation>%1 保存的是 %2 模型，%3 运行不能以它为起点</translation>
    </message>
    <message>
        <location line="+17" />
        <source>None of the training samples of %1 belongs to the %2 classes of %3.</source>
        <translation>%1 中没有任何训练样本属于 %3 的 %2 个类别。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 samples have classes that %2 does not know and were left out</source>
        <translation>%1 个样本的类别不在 %2 的类别中，已被略去</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1: no checkpoint to resume from; start a new run instead</source>
        <translation>%1: 没有可用于恢复的检查点；请改为开始新的运行</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Warning: the dataset at %1 changed since the run started (hash %2, now %3)</source>
        <translation>警告：%1 处的数据集自运行开始后已更改（哈希值原为 %2，现为 %3）</translation>
    </message>
    <message>
        <location filename="../app/runscommand.cpp" line="-3" />
        <source>Lists the run folders with their model, state, epochs and best validation metric.</source>
        <translation>列出运行目录及其模型、状态、轮次和最佳验证指标。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder of run folders (default: $CNNWB_RUNS or the user data folder).</source>
        <translation>存放运行目录的文件夹（默认：$CNNWB_RUNS 或用户数据文件夹）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location line="+26" />
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No run folders in %1
</source>
        <translation>%1 中没有运行目录
</translation>
    </message>
    <message>
        <location filename="../app/traincommand.cpp" line="-16" />
        <source>Epochs to train (default 10).</source>
        <translation>训练轮数（默认 10）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Learning rate (default 0.001).</source>
        <translation>学习率（默认 0.001）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="-7" />
        <source>adam (default) or sgd (with momentum).</source>
        <translation>adam（默认）或 sgd（带动量）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <location line="+133" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-135" />
        <source>SGD momentum (default 0.9).</source>
        <translation>SGD 动量（默认 0.9）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>L2 weight decay (default 0).</source>
        <translation>L2 权重衰减（默认 0）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none, step, exponential, cosine or plateau.</source>
        <translation>none、step、exponential、cosine 或 plateau。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step schedule: epochs between decays (default 10).</source>
        <translation>step 调度：每隔多少轮衰减一次（默认 10）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step and exponential schedules: decay factor (default 0.1).</source>
        <translation>step 和 exponential 调度：衰减系数（默认 0.1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plateau schedule: epochs without improvement (default 3).</source>
        <translation>plateau 调度：允许无改进的轮数（默认 3）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lowest learning rate of any schedule (default 0).</source>
        <translation>各种学习率调度的最低学习率（默认 0）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Epochs of linear warm-up (default 0).</source>
        <translation>线性预热的轮数（默认 0）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none, weights (inverse class frequency) or balanced (sampling).</source>
        <translation>none、weights（按类别频率的倒数加权）或 balanced（均衡采样）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation metric for the best checkpoint and early stopping (default val_accuracy, or val_pixel_error for segmentation).</source>
        <translation>用于选择最佳检查点和早停的验证指标（默认 val_accuracy，分割任务为 val_pixel_error）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop after this many epochs without improvement (default off).</source>
        <translation>连续这么多轮没有改进后停止（默认关闭）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clip the gradient norm to this value (default off).</source>
        <translation>将梯度范数裁剪到此值（默认关闭）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>norm</source>
        <translation>范数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch-norm running-statistics momentum, PyTorch convention (default: the model's Keras value 0.01; 0.1 suits small datasets).</source>
        <translation>批归一化滑动统计量的动量，按 PyTorch 约定（默认：模型的 Keras 取值 0.01；小数据集宜用 0.1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limit each epoch to this many steps (for quick trials).</source>
        <translation>将每轮的步数限制在此值以内（用于快速试验）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data loading threads (default 2).</source>
        <translation>数据加载线程数（默认 2）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Train without augmentation.</source>
        <translation>训练时不使用数据增强。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+187" />
        <source>Print one JSON object per event on the output instead of a progress bar.</source>
        <translation>每个事件输出一个 JSON 对象，不显示进度条。</translation>
    </message>
    <message>
        <location line="-147" />
        <source>--%1 expects a number, got "%2"</source>
        <translation>--%1 需要一个数字，实际为 "%2"</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+91" />
        <source>Run folder: %1
</source>
        <translation>运行目录：%1
</translation>
    </message>
    <message>
        <location line="-88" />
        <source>Stopped; the last checkpoint is %1.
Resume with: cnn-workbench resume "%2"
</source>
        <translation>已停止；最后的检查点是 %1。
恢复运行：cnn-workbench resume "%2"
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The last checkpoint is kept: %1
Resume with: cnn-workbench resume "%2"
</source>
        <translation>已保留最后的检查点：%1
恢复运行：cnn-workbench resume "%2"
</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Trains a zoo model on a dataset and writes a run folder: config.json, history.csv, steps.csv, training.log, last.pt and best.pt. Ctrl-C stops after the current step and writes a checkpoint to resume from.</source>
        <translation>在数据集上训练模型库中的模型，并写入运行目录：config.json、history.csv、steps.csv、training.log、last.pt 和 best.pt。按 Ctrl-C 会在当前步完成后停止，并写入可用于恢复的检查点。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dataset folder or file, or "demo" for the model's demo set.</source>
        <translation>数据集文件夹或文件，或用 "demo" 表示该模型的演示数据集。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset format: %1 (default auto).</source>
        <translation>数据集格式：%1（默认 auto）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation data for .gnt training (a file or folder).</source>
        <translation>.gnt 训练使用的验证数据（文件或文件夹）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Further .gnt file or folder whose characters join the training split, such as a personal handwriting set; repeat for several.</source>
        <translation>追加的 .gnt 文件或文件夹，其中的字符加入训练集，例如个人手写集；可重复使用以添加多个。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from the weights of this checkpoint or run folder (fine-tuning); the architecture and classes come from it.</source>
        <translation>从此检查点或运行文件夹的权重开始训练（微调）；网络结构和类别都取自它。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move this stratified fraction of the training split to validation.</source>
        <translation>按分层方式将训练集中此比例的样本移入验证集。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM label stack matching the volume (default: the volume's name with "labels").</source>
        <translation>与体数据对应的电镜标签图像栈（默认：体数据文件名中改用 "labels" 的文件）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM slices to train on, 1-based ranges such as 1-25.</source>
        <translation>用于训练的电镜切片，从 1 开始编号的范围，如 1-25。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM slices to validate on, such as 26-30.</source>
        <translation>用于验证的电镜切片，如 26-30。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM crop side in pixels (default 256).</source>
        <translation>电镜裁剪块的边长，单位为像素（默认 256）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which EM label values are membrane: low (default, ISBI) or high.</source>
        <translation>哪些电镜标签值表示细胞膜：low（默认，ISBI）或 high。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>.gnt classes: level1 (default, 3755 GB2312 level-1 characters) or all-found.</source>
        <translation>.gnt 类别：level1（默认，3755 个 GB2312 一级汉字）或 all-found。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>set</source>
        <translation>集合</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo characters: samples per class (default 20).</source>
        <translation>演示汉字：每类样本数（默认 20）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo characters: common (400 classes, default) or level1 (3755).</source>
        <translation>演示汉字：common（400 类，默认）或 level1（3755 类）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder for run folders (default: $CNNWB_RUNS or the user data folder).</source>
        <translation>存放运行目录的文件夹（默认：$CNNWB_RUNS 或用户数据文件夹）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run folder name (default: model and time).</source>
        <translation>运行目录名称（默认：模型名加时间）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>train needs --model and --data. Run "cnn-workbench train --help".
</source>
        <translation>train 需要 --model 和 --data。请运行 "cnn-workbench train --help"。
</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Resumes a stopped or interrupted run from its last checkpoint: weights, optimizer, schedule, epoch, step and random state. The history continues where it stopped.</source>
        <translation>从最后一个检查点恢复已停止或被中断的运行：包括权重、优化器、学习率调度、轮次、步数和随机状态。训练历史从停止处继续。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Raise the total epoch count of the run.</source>
        <translation>提高该运行的总轮数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usage: cnn-workbench resume RUN_FOLDER
</source>
        <translation>用法：cnn-workbench resume RUN_FOLDER
</translation>
    </message>
    <message>
        <location filename="../app/trainingdata.cpp" line="+93" />
        <source>%1 has no training images in %2/; expected the layout train|val|test/NORMAL|PNEUMONIA/*.jpeg</source>
        <translation>%1 的 %2/ 中没有训练图像；目录结构应为 train|val|test/NORMAL|PNEUMONIA/*.jpeg</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 of train, stratified, seed %2</source>
        <translation>从 train 中分层抽取 %1，随机种子 %2</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+92" />
        <source>%1 holds no usable character records</source>
        <translation>%1 中没有可用的字符记录</translation>
    </message>
    <message>
        <location line="-48" />
        <source>invalid --train-slices: %1</source>
        <translation>无效的 --train-slices：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>invalid --val-slices: %1</source>
        <translation>无效的 --val-slices：%1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Added data (--add-data) must be .gnt character files, and %1 does not classify characters; leave it out or train the hanzi model.</source>
        <translation>追加数据（--add-data）必须是 .gnt 字符文件，而 %1 不是字符分类模型；请去掉该选项，或训练 hanzi 模型。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1: no dataset found. Expected chest X-ray folders, a .gnt file or folder, or an EM TIFF stack; or pass "demo" for the model's demo set.</source>
        <translation>%1: 未找到数据集。应为胸部 X 光文件夹、.gnt 文件或文件夹，或电镜 TIFF 图像栈；也可指定 "demo" 使用该模型的演示数据集。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The X-ray task has no synthetic demo set. Download "Chest X-Ray Images (Pneumonia)" (Kermany et al. 2018, Mendeley Data, also on Kaggle) and pass the folder with train/, val/ and test/, each with NORMAL/ and PNEUMONIA/.</source>
        <translation>X 光任务没有合成的演示数据集。请下载 "Chest X-Ray Images (Pneumonia)"（Kermany 等，2018，Mendeley Data，Kaggle 上也有），并指定包含 train/、val/ 和 test/ 的文件夹，其中每个都含有 NORMAL/ 和 PNEUMONIA/。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No CJK font is installed for the demo character set. Install one, for example: apt-get install fonts-wqy-microhei fonts-arphic-ukai</source>
        <translation>未安装演示字符集所需的 CJK 字体。请安装一种，例如：apt-get install fonts-wqy-microhei fonts-arphic-ukai</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1: no label stack found; pass --labels with the matching label TIFF (ISBI 2012: train-labels.tif)</source>
        <translation>%1: 未找到标签图像栈；请用 --labels 指定对应的标签 TIFF（ISBI 2012：train-labels.tif）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unknown dataset format "%1"; valid: %2</source>
        <translation>未知的数据集格式 "%1"；可用格式：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a classification dataset, but %2 segments images</source>
        <translation>%1 是分类数据集，但 %2 是图像分割模型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 holds no training samples</source>
        <translation>%1 中没有训练样本</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1 has no images in the split "%2"; splits found: %3</source>
        <translation>%1 的子集 "%2" 中没有图像；找到的子集：%3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: no classification dataset found</source>
        <translation>%1: 未找到分类数据集</translation>
    </message>
    <message>
        <location filename="../app/datasetprobe.cpp" line="+81" />
        <source>The validation split has only %1 samples, so one sample moves validation accuracy by %2 points: too coarse to compare epochs. Move a seeded, stratified share of the training split to validation instead.</source>
        <translation>验证集只有 %1 个样本，一个样本就会使验证准确率变化 %2 个百分点：粒度太粗，无法用来比较各轮次。请改为按固定随机种子分层抽取训练集的一部分移入验证集。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The classes are imbalanced: the largest has %1% of the training split. Consider class weighting.</source>
        <translation>类别不平衡：最大的类别占训练集的 %1%。建议使用类别加权。</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../app/trainingsession.cpp" line="+193" />
        <source>Unknown model "%1".</source>
        <translation>未知模型 "%1"。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a dataset folder or file first.</source>
        <translation>请先选择数据集文件夹或文件。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Opening %1 failed with an unknown error.</source>
        <translation>打开 %1 时发生未知错误。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The dataset check found problems; see its report below.</source>
        <translation>数据集检查发现了问题；请查看下方的报告。</translation>
    </message>
    <message>
        <location filename="../app/trainingsession.cpp" line="-48" />
        <source>Training failed with an unknown error.</source>
        <translation>训练因未知错误而失败。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Opening the run %1 to resume it…</source>
        <translation>正在打开运行 %1 以继续训练…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Opening the dataset %1…</source>
        <translation>正在打开数据集 %1…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Run folder: %1</source>
        <translation>运行目录：%1</translation>
    </message>
    <message>
        <location filename="../app/characterclassifier.cpp" line="+89" />
        <source>Checkpoint %1 not found. Choose a best.pt or last.pt of a character model.</source>
        <translation>未找到检查点 %1。请选择字符模型的 best.pt 或 last.pt。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 contains a %2 model, not a character model. Choose a checkpoint of a hanzi run.</source>
        <translation>%1 保存的是 %2 模型，不是字符模型。请选择 hanzi 训练运行的检查点。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 stores no class names, so its predictions cannot be named. Train the model again with this version.</source>
        <translation>%1 未保存类别名称，无法给出预测的字符。请用当前版本重新训练该模型。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The model expects a %1×%1 character, got %2×%3.</source>
        <translation>模型需要 %1×%1 的字符图像，实际为 %2×%3。</translation>
    </message>
    <message>
        <location filename="../app/diagnosisengine.cpp" line="+217" />
        <source>%1 is not a binary X-ray classifier run (model %2, %3 classes)</source>
        <translation>%1 不是 X 光二分类器的运行（模型 %2，%3 个类别）</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No model is loaded; open a run folder first</source>
        <translation>尚未加载模型；请先打开一个运行文件夹</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: analysis failed: %2</source>
        <translation>%1：分析失败：%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open an image before computing Grad-CAM</source>
        <translation>请先打开一张图像再计算 Grad-CAM</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Grad-CAM failed at layer %1: %2</source>
        <translation>Grad-CAM 在层 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Compute a Grad-CAM map before measuring its faithfulness</source>
        <translation>请先计算 Grad-CAM 热图再测量其忠实度</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The faithfulness test failed: %1</source>
        <translation>忠实度测试失败：%1</translation>
    </message>
    <message>
        <location filename="../app/handwritingrecognizer.cpp" line="+182" />
        <location line="+13" />
        <source>No character model is loaded.</source>
        <translation>尚未加载字符模型。</translation>
    </message>
    <message>
        <location filename="../app/handwritingsaliency.cpp" line="+20" />
        <source>Class %1 is outside the model's %2 classes.</source>
        <translation>类别 %1 超出了模型的 %2 个类别。</translation>
    </message>
    <message>
        <location filename="../app/slicestack.cpp" line="+40" />
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a multi-page TIFF or a folder of slice images</source>
        <translation>请选择多页 TIFF 或切片图像文件夹</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the folder contains no PNG, TIFF, BMP or JPEG images</source>
        <translation>该文件夹中没有 PNG、TIFF、BMP 或 JPEG 图像</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a folder with one image file per slice</source>
        <translation>请选择每个切片一个图像文件的文件夹</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the TIFF file has no pages</source>
        <translation>该 TIFF 文件没有任何页</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a TIFF stack with at least one page</source>
        <translation>请选择至少包含一页的 TIFF 图像栈</translation>
    </message>
    <message>
        <location line="+15" />
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location line="+8" />
        <source>slice %1 is outside the stack of %2 slices</source>
        <translation>切片 %1 超出了包含 %2 个切片的图像栈</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the slice is %1×%2 pixels but the first slice is %3×%4</source>
        <translation>该切片为 %1×%2 像素，但第一个切片为 %3×%4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All slices of a stack must have one size</source>
        <translation>图像栈中的所有切片必须大小相同</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the file exists and is readable</source>
        <translation>请检查文件是否存在且可读</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the file is empty or not an 8- or 16-bit grey image</source>
        <translation>该文件为空，或不是 8 位或 16 位灰度图像</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the slice as an 8- or 16-bit grey PNG or TIFF</source>
        <translation>请将切片保存为 8 位或 16 位灰度 PNG 或 TIFF</translation>
    </message>
    <message>
        <location filename="../app/strokerecognizer.cpp" line="+63" />
        <source>This build has no zinnia. Install the Debian packages libzinnia-dev and tegaki-zinnia-simplified-chinese and build again to compare with a stroke-based recognizer.</source>
        <translation>此版本未包含 zinnia。请安装 Debian 软件包 libzinnia-dev 和 tegaki-zinnia-simplified-chinese 并重新构建，即可与基于笔画的识别器对比。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The zinnia model %1 was not found. Install the Debian package tegaki-zinnia-simplified-chinese, or set %2 to a zinnia .model file.</source>
        <translation>未找到 zinnia 模型 %1。请安装 Debian 软件包 tegaki-zinnia-simplified-chinese，或将 %2 设为一个 zinnia .model 文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The zinnia model %1 is not readable. Check its permissions, or set %2 to another zinnia .model file.</source>
        <translation>zinnia 模型 %1 不可读。请检查其权限，或将 %2 设为另一个 zinnia .model 文件。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>zinnia cannot read the model %1: %2. Reinstall the Debian package tegaki-zinnia-simplified-chinese, or set %3 to a valid zinnia .model file.</source>
        <translation>zinnia 无法读取模型 %1：%2。请重新安装 Debian 软件包 tegaki-zinnia-simplified-chinese，或将 %3 设为一个有效的 zinnia .model 文件。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>zinnia failed to classify the drawing with %1: %2</source>
        <translation>zinnia 使用 %1 识别书写内容失败：%2</translation>
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
    <name>cnnwb::app::SegmentationViewer</name>
    <message>
        <location filename="../app/segmentationviewer.cpp" line="+133" />
        <source>A prediction is running; cancel it before opening another stack.</source>
        <translation>正在预测；请先取消，再打开其他图像栈。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open an image stack before its labels.</source>
        <translation>请先打开图像栈，再打开其标签。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A prediction is running; cancel it before opening labels.</source>
        <translation>正在预测；请先取消，再打开标签。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the labels have %2 slices of %3×%4 pixels, but the stack %5 has %6 slices of %7×%8 pixels.</source>
        <translation>%1：标签有 %2 个 %3×%4 像素的切片，但图像栈 %5 有 %6 个 %7×%8 像素的切片。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>A prediction is running; cancel it before loading another model.</source>
        <translation>正在预测；请先取消，再加载其他模型。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the checkpoint holds the model "%2", which is not a segmentation model.</source>
        <translation>%1：该检查点包含模型“%2”，它不是分割模型。</translation>
    </message>
    <message>
        <location line="+301" />
        <location line="+27" />
        <source>%1 of %2 slices have a prediction; predict the whole stack before exporting.</source>
        <translation>%2 个切片中有 %1 个已有预测；请先预测整个图像栈再导出。</translation>
    </message>
</context>
<context>
    <name>cnnwb::data</name>
    <message>
        <location filename="../data/emstack.cpp" line="+25" />
        <source>slice %1</source>
        <translation>切片 %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../data/tiffstack.cpp" line="+74" />
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the page holds 32-bit floating-point samples</source>
        <translation>该页的采样值为 32 位浮点数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an 8- or 16-bit grey stack</source>
        <translation>请使用 8 位或 16 位灰度图像栈</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Copy the file again or remove it with its partner</source>
        <translation>请重新复制该文件，或将它与配对的文件一起移除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>OpenCV failed to decode the image: %1</source>
        <translation>OpenCV 解码图像失败：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>Re-export the slice as 8- or 16-bit grey PNG</source>
        <translation>请将切片重新导出为 8 位或 16 位灰度 PNG</translation>
    </message>
    <message>
        <location line="-1" />
        <source>OpenCV could not decode the image as 8- or 16-bit grey</source>
        <translation>OpenCV 无法将该图像解码为 8 位或 16 位灰度</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the label stack has %1 slices but the image stack %2 has %3</source>
        <translation>标签图像栈有 %1 张切片，但图像栈 %2 有 %3 张</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Each image slice needs one label slice; use the matching label file</source>
        <translation>每张图像切片都需要一张标签切片；请使用对应的标签文件</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the slice is %1×%2 pixels but slice 1 is %3×%4</source>
        <translation>该切片为 %1×%2 像素，但第 1 张切片为 %3×%4</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+120" />
        <source>All slices of a volume must have one size</source>
        <translation>同一体数据的所有切片尺寸必须相同</translation>
    </message>
    <message>
        <location line="-117" />
        <source>the label is %1×%2 pixels but its image in %3 is %4×%5</source>
        <translation>标签为 %1×%2 像素，但 %3 中对应的图像为 %4×%5</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use the label stack that belongs to this volume</source>
        <translation>请使用属于该体数据的标签图像栈</translation>
    </message>
    <message>
        <location line="+110" />
        <source>the slice size differs from slice 1</source>
        <translation>该切片尺寸与第 1 张切片不同</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the folder has no image/ and label/ sub-folders</source>
        <translation>该文件夹没有 image/ 和 label/ 子文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put slices in image/N.png and their labels in label/N.png</source>
        <translation>请将切片放在 image/N.png，标签放在 label/N.png</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the folder contains no PNG or TIFF slice</source>
        <translation>该文件夹中没有 PNG 或 TIFF 切片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put slices in image/N.png</source>
        <translation>请将切片放在 image/N.png</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no label named %1.* in %2 (%3 images, %4 labels)</source>
        <translation>%2 中没有名为 %1.* 的标签（%3 张图像，%4 个标签）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Each image slice needs a label with the same base name</source>
        <translation>每张图像切片都需要一个主文件名相同的标签</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the label folder has %1 files but the image folder %2 has %3</source>
        <translation>标签文件夹有 %1 个文件，但图像文件夹 %2 有 %3 个</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Each label needs an image slice with the same base name</source>
        <translation>每个标签都需要一张主文件名相同的图像切片</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Invalid slice range "%1": expected N or N-M with 1 ≤ N ≤ M ≤ %2</source>
        <translation>无效的切片范围 "%1"：应为 N 或 N-M，且 1 ≤ N ≤ M ≤ %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Invalid slice range "%1": no slices given</source>
        <translation>无效的切片范围 "%1"：未给出切片</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the crop of %1×%1 pixels does not fit the %2×%3 slices</source>
        <translation>%1×%1 像素的裁剪块超出了 %2×%3 的切片</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a crop size of at most %1</source>
        <translation>请选择不超过 %1 的裁剪尺寸</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the slice does not exist; the stack has %1 slices</source>
        <translation>该切片不存在；图像栈共有 %1 张切片</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose slices from 1 to %1</source>
        <translation>请选择 1 到 %1 之间的切片</translation>
    </message>
    <message>
        <location line="+46" />
        <source>membrane</source>
        <translation>细胞膜</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, slice %2, tile at x %3, y %4</source>
        <translation>%1，切片 %2，位于 x %3、y %4 的分块</translation>
    </message>
    <message>
        <location filename="../data/gntreader.cpp" line="+24" />
        <location filename="../data/imagedecode.cpp" line="+24" />
        <source>byte offset %1</source>
        <translation>字节偏移 %1</translation>
    </message>
    <message>
        <location filename="../data/imagedecode.cpp" line="+37" />
        <location line="+84" />
        <location line="+39" />
        <location filename="../data/tiffstack.cpp" line="+61" />
        <location line="+65" />
        <location line="+12" />
        <source>The file is damaged; replace it with an intact copy</source>
        <translation>文件已损坏；请换成完好的副本</translation>
    </message>
    <message>
        <location line="-81" />
        <source>the JPEG data ends before the first scan</source>
        <translation>JPEG 数据在第一个扫描段之前就结束了</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the JPEG data ends before the frame header (SOF)</source>
        <translation>JPEG 数据在帧头（SOF）之前就结束了</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is cut short or damaged; copy or download it again</source>
        <translation>文件不完整或已损坏；请重新复制或下载</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the JPEG frame header gives a size of %1×%2 pixels</source>
        <translation>JPEG 帧头给出的尺寸为 %1×%2 像素</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re-export the image as a baseline JPEG or PNG</source>
        <translation>请将图像重新导出为基线 JPEG 或 PNG</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the JPEG data is truncated: no end-of-image marker (FF D9) after the image data</source>
        <translation>JPEG 数据不完整：图像数据之后没有图像结束标记（FF D9）</translation>
    </message>
    <message>
        <location line="+143" />
        <source>not a JPEG, PNG, BMP or DICOM image (the file starts with %1)</source>
        <translation>不是 JPEG、PNG、BMP 或 DICOM 图像（文件开头为 %1）</translation>
    </message>
    <message>
        <location line="+197" />
        <source>Read the file and detect JPEG, PNG, BMP or DICOM from its first bytes, not its name.</source>
        <translation>读取文件，根据开头字节（而不是文件名）识别 JPEG、PNG、BMP 或 DICOM。</translation>
    </message>
    <message>
        <location line="-392" />
        <location line="+54" />
        <source>The file was cut short while copying or downloading; replace it with a complete copy or remove it from the dataset</source>
        <translation>文件在复制或下载时被截断；请换成完整的副本，或将其从数据集中移除</translation>
    </message>
    <message>
        <location line="-76" />
        <source>invalid JPEG marker byte %1 where a marker (FF) must start</source>
        <translation>无效的 JPEG 标记字节 %1，此处应为标记起始字节（FF）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the JPEG data is truncated: segment FF %1 claims %2 bytes but the file ends after %3</source>
        <translation>JPEG 数据不完整：段 FF %1 声明长度为 %2 字节，但文件在 %3 字节后就结束了</translation>
    </message>
    <message>
        <location line="+68" />
        <source>the PNG header chunk (IHDR) is missing or cut</source>
        <translation>PNG 头部块（IHDR）缺失或不完整</translation>
    </message>
    <message>
        <location line="+39" />
        <source>the BMP header is cut short (%1 bytes)</source>
        <translation>BMP 文件头不完整（%1 字节）</translation>
    </message>
    <message>
        <location filename="../data/emstack.cpp" line="-324" />
        <location filename="../data/imagedecode.cpp" line="+75" />
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../data/imagedecode.cpp" line="+1" />
        <source>Copy or download the file again, or remove it from the dataset</source>
        <translation>请重新复制或下载该文件，或将其从数据集中移除</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Convert the image to JPEG or PNG, or remove it from the dataset</source>
        <translation>请将图像转换为 JPEG 或 PNG，或将其从数据集中移除</translation>
    </message>
    <message>
        <location line="+103" />
        <source>OpenCV failed to decode the %1 data: %2</source>
        <translation>OpenCV 解码 %1 数据失败：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <source>The file is damaged or uses an unsupported variant; re-export it as a baseline JPEG or PNG</source>
        <translation>文件已损坏或使用了不受支持的变体；请将其重新导出为基线 JPEG 或 PNG</translation>
    </message>
    <message>
        <location line="-5" />
        <source>OpenCV could not decode the %1 data (%2×%3 pixels, %4 components)</source>
        <translation>OpenCV 无法解码该 %1 数据（%2×%3 像素，%4 个分量）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unsupported sample depth (OpenCV depth code %1)</source>
        <translation>不支持的采样位深（OpenCV 位深代码 %1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Convert the image to 8- or 16-bit JPEG or PNG</source>
        <translation>请将图像转换为 8 位或 16 位的 JPEG 或 PNG</translation>
    </message>
    <message>
        <location filename="../data/emstack.cpp" line="-4" />
        <location filename="../data/gntreader.cpp" line="+95" />
        <location line="+143" />
        <location filename="../data/imagedecode.cpp" line="+19" />
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../data/gntreader.cpp" line="-142" />
        <location filename="../data/imagedecode.cpp" line="+1" />
        <source>Check that the file exists and is readable</source>
        <translation>请检查文件是否存在且可读</translation>
    </message>
    <message>
        <location filename="../data/gntreader.cpp" line="-53" />
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path; it should name a .gnt file or a folder of them</source>
        <translation>请检查路径；它应指向一个 .gnt 文件或包含 .gnt 文件的文件夹</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the folder contains no .gnt file</source>
        <translation>该文件夹中没有 .gnt 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder that holds the CASIA HWDB .gnt files</source>
        <translation>请选择存放 CASIA HWDB .gnt 文件的文件夹</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The records before this offset (%1 in this file) are used; replace the file with a complete copy to use the rest</source>
        <translation>将使用此偏移之前的记录（本文件中 %1 条）；如需使用其余记录，请换成完整的文件副本</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the file is empty (0 bytes), so it contains no records</source>
        <translation>文件为空（0 字节），不含任何记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the file again or remove it from the folder</source>
        <translation>请重新复制该文件，或将其从文件夹中移除</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../data/imagedecode.cpp" line="+3" />
        <source>reading failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../data/imagedecode.cpp" line="+1" />
        <source>Check the disk and copy the file again</source>
        <translation>请检查磁盘并重新复制该文件</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 stray byte(s) after the last record, fewer than a %2-byte record header</source>
        <translation>最后一条记录之后有 %1 个多余字节，不足一个 %2 字节的记录头</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the record header gives a bitmap of %1×%2 pixels</source>
        <translation>记录头给出的位图尺寸为 %1×%2 像素</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the record header gives an implausible bitmap of %1×%2 pixels (at most %3 per side)</source>
        <translation>记录头给出的位图尺寸 %1×%2 像素不合理（每边最多 %3）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the record length field is %1 but 10 + width·height = %2 for %3×%4 pixels</source>
        <translation>记录长度字段为 %1，但对于 %3×%4 像素，10 + 宽·高 = %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the record is cut inside its bitmap: it needs %1 bytes but only %2 remain in the file</source>
        <translation>记录在位图内部被截断：需要 %1 字节，但文件中只剩 %2 字节</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Check that the file still exists and is readable</source>
        <translation>请检查文件是否仍然存在且可读</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the record header no longer matches the index</source>
        <translation>记录头与索引不再一致</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>The file changed after it was opened; open the dataset again</source>
        <translation>文件在打开后被修改；请重新打开数据集</translation>
    </message>
    <message>
        <location line="-1" />
        <source>reading the %1-byte bitmap failed: %2</source>
        <translation>读取 %1 字节的位图失败：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, record at byte offset %2 (character %3)</source>
        <translation>%1，字节偏移 %2 处的记录（字符 %3）</translation>
    </message>
    <message>
        <location filename="../data/imagedecode.cpp" line="+48" />
        <source>Decode large JPEGs at 1/2, 1/4 or 1/8 scale while the longer side stays at least %1 pixels.</source>
        <translation>以 1/2、1/4 或 1/8 比例解码大尺寸 JPEG，同时保证长边不少于 %1 像素。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turn and mirror the image as its EXIF orientation tag says.</source>
        <translation>按 EXIF 方向标签旋转和镜像图像。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DICOM: apply the rescale slope and intercept, map the first stored window (or the value range) to 0-255 and invert MONOCHROME1.</source>
        <translation>DICOM：应用重缩放斜率和截距，把第一个存储的窗位窗宽（或数值范围）映射到 0-255，并反转 MONOCHROME1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale 16-bit images to 8 bits (divide by 257).</source>
        <translation>将 16 位图像缩放到 8 位（除以 257）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Convert grey images to RGB by repeating the grey value in three channels.</source>
        <translation>将灰度图像转为 RGB：把灰度值复制到三个通道。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scale the longer side to %1 pixels with the aspect ratio kept (area averaging when shrinking).</source>
        <translation>在保持宽高比的前提下将长边缩放到 %1 像素（缩小时使用区域平均）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Centre the image on a %1×%1 black square (letterbox).</source>
        <translation>将图像居中放在 %1×%1 的黑色正方形上（letterbox 填充）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Divide by 255 to get values in [0, 1].</source>
        <translation>除以 255，使取值落在 [0, 1] 内。</translation>
    </message>
    <message>
        <location filename="../data/tiffstack.cpp" line="-143" />
        <source>libtiff gave no details</source>
        <translation>libtiff 未提供详细信息</translation>
    </message>
    <message>
        <location line="+47" />
        <source>reading strip %1 of %2 failed (%3 of %4 bytes): %5</source>
        <translation>读取第 %1 个条带（共 %2 个）失败（已读 %3 / %4 字节）：%5</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+26" />
        <source>The file is damaged or cut short; replace it with an intact copy</source>
        <translation>文件已损坏或不完整；请换成完好的副本</translation>
    </message>
    <message>
        <location line="-14" />
        <source>the tiled page has no tile size</source>
        <translation>分块存储的页没有分块尺寸</translation>
    </message>
    <message>
        <location line="+10" />
        <source>reading the tile at x %1, y %2 failed: %3</source>
        <translation>读取位于 x %1、y %2 的分块失败：%3</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path of the TIFF stack</source>
        <translation>请检查 TIFF 图像栈的路径</translation>
    </message>
    <message>
        <location line="+3" />
        <source>libtiff cannot open the file: %1</source>
        <translation>libtiff 无法打开该文件：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Check that the file is a complete TIFF image</source>
        <translation>请检查该文件是否为完整的 TIFF 图像</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the TIFF file has no pages</source>
        <translation>该 TIFF 文件没有任何页</translation>
    </message>
    <message>
        <location line="+16" />
        <source>page %1 does not exist; the stack has %2 pages</source>
        <translation>第 %1 页不存在；图像栈共有 %2 页</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a page from 1 to %1</source>
        <translation>请选择 1 到 %1 之间的页</translation>
    </message>
    <message>
        <location line="+4" />
        <source>libtiff cannot read the page directory: %1</source>
        <translation>libtiff 无法读取页目录：%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the page has no valid width and height</source>
        <translation>该页没有有效的宽度和高度</translation>
    </message>
    <message>
        <location line="+36" />
        <source>unsupported sample format: %1 bits per sample%2</source>
        <translation>不支持的采样格式：每个采样 %1 位%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, floating point</source>
        <translation>，浮点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Convert the stack to 8- or 16-bit grey, for example with Fiji</source>
        <translation>请将图像栈转换为 8 位或 16 位灰度，例如使用 Fiji</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 samples per pixel stored as separate planes are not supported</source>
        <translation>不支持每像素 %1 个采样且按独立平面存储的格式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the stack as grey or as interleaved RGB</source>
        <translation>请将图像栈保存为灰度或交错存储的 RGB</translation>
    </message>
    <message>
        <location line="+7" />
        <source>YCbCr pages without JPEG compression are not supported</source>
        <translation>不支持未使用 JPEG 压缩的 YCbCr 页</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Convert the stack to 8- or 16-bit grey</source>
        <translation>请将图像栈转换为 8 位或 16 位灰度</translation>
    </message>
    <message>
        <location line="-3" />
        <source>unsupported colour layout (photometric %1, %2 samples per pixel)</source>
        <translation>不支持的颜色布局（photometric %1，每像素 %2 个采样）</translation>
    </message>
    <message>
        <location line="+35" />
        <source>there are no pages to write</source>
        <translation>没有可写入的页</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass at least one page</source>
        <translation>请至少提供一页</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the tile side %1 is not a multiple of 16</source>
        <translation>分块边长 %1 不是 16 的倍数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use 0 for strips or a multiple of 16 such as 256</source>
        <translation>请使用 0（按条带存储）或 16 的倍数，如 256</translation>
    </message>
    <message>
        <location line="+18" />
        <source>this libtiff build has no codec for compression %1</source>
        <translation>此 libtiff 构建不含压缩方式 %1 的编解码器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the stack uncompressed</source>
        <translation>请以不压缩方式写入图像栈</translation>
    </message>
    <message>
        <location line="+22" />
        <source>cannot create the temporary file %1: %2</source>
        <translation>无法创建临时文件 %1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the folder exists and is writable</source>
        <translation>请检查文件夹是否存在且可写</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check the free disk space and that the folder is writable</source>
        <translation>请检查磁盘剩余空间以及文件夹是否可写</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the page is empty or not CV_8UC1, CV_16UC1 or CV_32FC1 (OpenCV type %1)</source>
        <translation>该页为空，或不是 CV_8UC1、CV_16UC1 或 CV_32FC1（OpenCV 类型 %1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert the page to 8-bit grey or 32-bit float first</source>
        <translation>请先将该页转换为 8 位灰度或 32 位浮点</translation>
    </message>
    <message>
        <location line="+31" />
        <source>writing the tile at x %1, y %2 failed</source>
        <translation>写入位于 x %1、y %2 的分块失败</translation>
    </message>
    <message>
        <location line="+11" />
        <source>writing row %1 failed</source>
        <translation>写入第 %1 行失败</translation>
    </message>
    <message>
        <location line="+4" />
        <source>writing the page directory failed</source>
        <translation>写入页目录失败</translation>
    </message>
    <message>
        <location line="+3" />
        <source>flushing the file failed</source>
        <translation>刷新文件失败</translation>
    </message>
    <message>
        <location line="+16" />
        <source>renaming the finished temporary file %1 onto the target failed</source>
        <translation>将已完成的临时文件 %1 重命名为目标文件失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the target is not open in another program and the folder is writable</source>
        <translation>请检查目标文件是否被其他程序打开，以及文件夹是否可写</translation>
    </message>
    <message>
        <location filename="../data/xrayfolder.cpp" line="+105" />
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder that holds train/, val/ and test/ or NORMAL/ and PNEUMONIA/</source>
        <translation>请选择包含 train/、val/ 和 test/，或包含 NORMAL/ 和 PNEUMONIA/ 的文件夹</translation>
    </message>
    <message>
        <location line="+39" />
        <source>the folder has neither train/, val/, test/ nor NORMAL/ and PNEUMONIA/ sub-folders</source>
        <translation>该文件夹既没有 train/、val/、test/ 子文件夹，也没有 NORMAL/ 和 PNEUMONIA/ 子文件夹</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the chest_xray folder of the Kaggle release, or a folder with one sub-folder per class</source>
        <translation>请选择 Kaggle 发布版本中的 chest_xray 文件夹，或每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <location filename="../data/dicom.cpp" line="+32" />
        <source>Export the image as PNG from a DICOM viewer, or check that the file is intact</source>
        <translation>请用 DICOM 查看器把图像导出为 PNG，或检查文件是否完整</translation>
    </message>
    <message>
        <location line="+72" />
        <source>GDCM could not read the DICOM image: the file is damaged, has no pixel data or uses an unsupported transfer syntax</source>
        <translation>GDCM 无法读取 DICOM 图像：文件已损坏、没有像素数据或使用了不支持的传输语法</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unsupported DICOM pixel format %1 with %2 samples per pixel</source>
        <translation>不支持的 DICOM 像素格式 %1（每像素 %2 个样本）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the DICOM image has a size of %1×%2 pixels</source>
        <translation>DICOM 图像的尺寸为 %1×%2 像素</translation>
    </message>
    <message>
        <location line="+6" />
        <source>GDCM could not decode the DICOM pixel data (transfer syntax %1)</source>
        <translation>GDCM 无法解码 DICOM 像素数据（传输语法 %1）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the DICOM pixel data holds %1 bytes, but one %2×%3 frame needs %4</source>
        <translation>DICOM 像素数据只有 %1 字节，而一帧 %2×%3 需要 %4 字节</translation>
    </message>
    <message>
        <location line="+115" />
        <source>unsupported DICOM photometric interpretation %1</source>
        <translation>不支持的 DICOM 光度解释 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DICOM support was not built in</source>
        <translation>本版本未编译 DICOM 支持</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install libgdcm-dev and rebuild, or export the image as PNG</source>
        <translation>请安装 libgdcm-dev 后重新编译，或把图像导出为 PNG</translation>
    </message>
    <message>
        <location filename="../data/strokes.cpp" line="+125" />
        <source>"canvas" must be [width, height] with positive values</source>
        <translation>“canvas”必须是 [宽, 高]，且两个值都为正数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"pen_width" must be a positive number</source>
        <translation>“pen_width”必须是正数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"strokes" must be an array</source>
        <translation>“strokes”必须是数组</translation>
    </message>
    <message>
        <location line="+8" />
        <source>stroke %1 is not an array</source>
        <translation>第 %1 笔不是数组</translation>
    </message>
    <message>
        <location line="+7" />
        <source>stroke %1, point %2: expected [x, y, t, pressure]</source>
        <translation>第 %1 笔第 %2 点：应为 [x, y, t, 压力]</translation>
    </message>
</context>
<context>
    <name>cnnwb::models</name>
    <message>
        <location filename="../models/modeloptions.cpp" line="+31" />
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
    <message>
        <location line="+30" />
        <source>unknown option "%1"; valid options: %2</source>
        <translation>未知选项 "%1"；可用选项：%2</translation>
    </message>
    <message>
        <location filename="../models/checkpoint.cpp" line="+107" />
        <source>%1: cannot write the checkpoint: %2</source>
        <translation>%1: 无法写入检查点：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: writing the checkpoint failed: %2. Check the free disk space.</source>
        <translation>%1: 写入检查点失败：%2。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: checkpoint not found</source>
        <translation>%1: 未找到检查点</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: not a CNN Workbench checkpoint or damaged (%2)</source>
        <translation>%1: 不是卷积神经网络工作台的检查点，或已损坏（%2）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the checkpoint has no metadata; it was not written by CNN Workbench</source>
        <translation>%1: 该检查点没有元数据；它不是由卷积神经网络工作台写入的</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: checkpoint format version %2 is not supported (this build reads version %3)</source>
        <translation>%1: 不支持检查点格式版本 %2（当前构建读取的是版本 %3）</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 holds %2, but the network is %3. Choose a checkpoint of the same model, options and class count.</source>
        <translation>%1 保存的是 %2，但当前网络是 %3。请选择模型、选项和类别数都相同的检查点。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: loading the weights failed: %2</source>
        <translation>%1: 加载权重失败：%2</translation>
    </message>
    <message>
        <location filename="../models/runfolder.cpp" line="+22" />
        <source>%1: writing failed: %2. Check the free disk space and the folder's permissions.</source>
        <translation>%1: 写入失败：%2。请检查磁盘剩余空间和文件夹权限。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1: cannot create the runs folder</source>
        <translation>%1: 无法创建存放运行目录的文件夹</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: cannot create the run folder</source>
        <translation>%1: 无法创建运行目录</translation>
    </message>
    <message>
        <location line="+97" />
        <source>%1: cannot append: %2</source>
        <translation>%1: 无法追加写入：%2</translation>
    </message>
    <message>
        <location filename="../models/trainer.cpp" line="+114" />
        <source>Training stopped on bad data: %1</source>
        <translation>训练因数据错误而停止：%1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Resumed from %1 at epoch %2, step %3 of that epoch</source>
        <translation>已从 %1 恢复，位于第 %2 轮的第 %3 步</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Starting from the weights of %1</source>
        <translation>从 %1 的权重开始</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Training %1 on %2 samples, validating on %3 samples</source>
        <translation>正在训练 %1，训练样本 %2 个，验证样本 %3 个</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Class weights: %1</source>
        <translation>类别权重：%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the training split has no complete batch: %1 samples for batch size %2</source>
        <translation>训练集凑不满一个完整批次：只有 %1 个样本，而批大小为 %2</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Stopped at epoch %1, step %2; last.pt holds this position</source>
        <translation>已在第 %1 轮第 %2 步停止；last.pt 保存了此位置</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stopped by request at epoch %1</source>
        <translation>已按请求在第 %1 轮停止</translation>
    </message>
    <message>
        <location line="+37" />
        <source>the loss became %1 at epoch %2, step %3; lower the learning rate or enable gradient clipping</source>
        <translation>损失在第 %2 轮第 %3 步变为 %1；请降低学习率或启用梯度裁剪</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Validation %1 stopped improving; learning rate reduced</source>
        <translation>验证指标 %1 不再提升；已降低学习率</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Epoch %1/%2: %3%4</source>
        <translation>轮次 %1/%2：%3%4</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (best so far)</source>
        <translation> (目前最佳)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Early stop: %1 has not improved for %2 epochs</source>
        <translation>早停：%1 已连续 %2 轮没有改进</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Calibrated best.pt: %1</source>
        <translation>已校准 best.pt：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calibrating best.pt failed: %1</source>
        <translation>校准 best.pt 失败：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Finished %1 epochs in %2 s</source>
        <translation>已完成 %1 轮，用时 %2 s</translation>
    </message>
    <message>
        <location filename="../models/trainingconfig.cpp" line="+32" />
        <source>epochs must be at least 1, got %1</source>
        <translation>轮数至少为 1，实际为 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch size must be at least 1, got %1</source>
        <translation>批大小至少为 1，实际为 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>learning rate must be positive, got %1</source>
        <translation>学习率必须为正数，实际为 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown optimizer "%1"; valid: %2</source>
        <translation>未知的优化器 "%1"；可用值：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown schedule "%1"; valid: %2</source>
        <translation>未知的学习率调度 "%1"；可用值：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown class weighting "%1"; valid: %2</source>
        <translation>未知的类别加权方式 "%1"；可用值：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--val-from-train must lie in [0, 1), got %1</source>
        <translation>--val-from-train 必须在 [0, 1) 内，实际为 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch-norm momentum must lie in [0, 1], got %1</source>
        <translation>批归一化动量必须在 [0, 1] 之间，实际为 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weight decay, gradient clipping, warm-up and patience must not be negative</source>
        <translation>权重衰减、梯度裁剪、预热和耐心轮数不能为负数</translation>
    </message>
    <message>
        <location line="+62" />
        <source>the configuration has no "model" or "training" section</source>
        <translation>配置中缺少 "model" 或 "training" 部分</translation>
    </message>
    <message>
        <location filename="../models/calibration.cpp" line="+82" />
        <source>aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <location line="+2" />
        <source>colour saturation</source>
        <translation>色彩饱和度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mean brightness</source>
        <translation>平均亮度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>share of white pixels</source>
        <translation>白色像素比例</translation>
    </message>
    <message>
        <location line="+2" />
        <source>share of black pixels</source>
        <translation>黑色像素比例</translation>
    </message>
    <message>
        <location line="+269" />
        <source>calibration needs a training and a validation split</source>
        <translation>校准需要训练集和验证集</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+42" />
        <source>calibration cancelled</source>
        <translation>校准已取消</translation>
    </message>
    <message>
        <location line="-35" />
        <source>the validation split has only one class (%1 of %2 samples positive); a ROC curve needs both</source>
        <translation>验证集只有一个类别（%2 个样本中 %1 个为阳性）；ROC 曲线需要两个类别</translation>
    </message>
    <message>
        <location line="+54" />
        <source>no training sample could be read for calibration</source>
        <translation>没有可用于校准的训练样本</translation>
    </message>
    <message>
        <location line="+66" />
        <source>validation AUC %1 on %2 samples; threshold %3 (Youden's J): sensitivity %4, specificity %5; feature distance limit %6 from %7 training samples</source>
        <translation>验证 AUC %1（%2 个样本）；阈值 %3（约登指数 J）：灵敏度 %4，特异度 %5；特征距离上限 %6（来自 %7 个训练样本）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the network's features are far from the training images (distance %1, limit %2)</source>
        <translation>网络特征与训练图像相差太远（距离 %1，上限 %2）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the %1 (%2) is outside the training images' range %3 to %4</source>
        <translation>%1（%2）超出训练图像的范围 %3 至 %4</translation>
    </message>
    <message>
        <location filename="../models/gradcam.cpp" line="+40" />
        <source>Grad-CAM needs one image of shape 1×C×H×W.</source>
        <translation>Grad-CAM 需要一张形状为 1×C×H×W 的图像。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Grad-CAM explains classifiers; this network's output has %1 dimensions.</source>
        <translation>Grad-CAM 只解释分类网络；此网络的输出有 %1 个维度。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Class %1 is out of range: the network has %2 classes.</source>
        <translation>类别 %1 超出范围：该网络共有 %2 个类别。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No feature map "%1" to explain; valid layers: %2</source>
        <translation>没有名为“%1”的特征图可供解释；可用的层：%2</translation>
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
    <name>cnnwb::ui::DatasetChart</name>
    <message>
        <location filename="../ui/datasetchart.cpp" line="+61" />
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>all %n classes</source>
        <translation>
            <numerusform>全部 %n 个类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::DatasetPanel</name>
    <message>
        <location filename="../ui/datasetpanel.cpp" line="+235" />
        <source>Choose a dataset folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose a dataset file</source>
        <translation>选择数据集文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Datasets (*.gnt *.tif *.tiff);;All files (*)</source>
        <translation>数据集 (*.gnt *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The dataset could not be opened.</source>
        <translation>无法打开数据集。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Format: %1 · training samples: %2 · validation samples: %3</source>
        <translation>格式：%1 · 训练样本：%2 · 验证样本：%3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Majority-class baseline: %1% validation accuracy by always answering %2.</source>
        <translation>多数类基线：始终预测 %2 可得到 %1% 的验证准确率。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Dataset folder or file, or "demo"</source>
        <translation>数据集文件夹或文件，或 "demo"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chest X-ray folders (train/val/test with NORMAL and PNEUMONIA), a .gnt file or folder, an EM TIFF stack, or "demo". You can also drop a folder or file on the page.</source>
        <translation>胸部 X 光文件夹（train/val/test，内含 NORMAL 和 PNEUMONIA）、.gnt 文件或文件夹、电镜 TIFF 图像栈，或 "demo"。也可以将文件夹或文件拖放到此页面上。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the selected model's built-in demo set (synthetic EM slices or font-rendered characters).</source>
        <translation>使用所选模型内置的演示数据集（合成的电镜切片或字体渲染的汉字）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crop side</source>
        <translation>裁剪边长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Side of the square EM crops the network trains on, in pixels.</source>
        <translation>网络训练所用的正方形电镜裁剪块的边长，单位为像素。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training slices</source>
        <translation>训练切片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation slices</source>
        <translation>验证切片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>default: all but the last sixth, e.g. 1-25</source>
        <translation>默认：除最后六分之一外的全部切片，如 1-25</translation>
    </message>
    <message>
        <location line="+1" />
        <source>default: the last sixth, e.g. 26-30</source>
        <translation>默认：最后六分之一的切片，如 26-30</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-split validation from training</source>
        <translation>从训练集重新划分验证集</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Moves a seeded, stratified share of the training split to validation, for datasets whose validation split is too small to compare epochs.</source>
        <translation>按固定随机种子分层抽取训练集的一部分移入验证集，适用于验证集太小、无法用来比较各轮次的数据集。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of the training split moved to validation.</source>
        <translation>移入验证集的训练集比例。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset check report</source>
        <translation>数据集检查报告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a dataset, or press "Demo data".</source>
        <translation>请选择数据集，或点击“演示数据”。</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::DiagnosisPage</name>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="+352" />
        <source>Export the results as CSV</source>
        <translation>把结果导出为 CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Teaching tool, not a medical device: it shows how a neural network classifies chest X-rays. Never use its output to diagnose or treat anyone.</source>
        <translation>教学工具，不是医疗器械：它演示神经网络如何对胸部 X 光片分类。切勿用其输出诊断或治疗任何人。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open images…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Single image</source>
        <translation>单张图像</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network input (%1×%1)</source>
        <translation>网络输入（%1×%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the result anyway</source>
        <translation>仍然显示结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the network looked (Grad-CAM)</source>
        <translation>网络关注的区域（Grad-CAM）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure faithfulness</source>
        <translation>测量忠实度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run on folder…</source>
        <translation>对文件夹运行…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export charts…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0" />
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Out of distribution</source>
        <translation>分布外</translation>
    </message>
    <message>
        <location line="+2" />
        <source>False positive rate (1 - specificity)</source>
        <translation>假阳性率（1 - 特异度）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>True positive rate (sensitivity)</source>
        <translation>真阳性率（灵敏度）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation ROC</source>
        <translation>验证集 ROC</translation>
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
        <translation>当前阈值</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+6" />
        <source>Default threshold</source>
        <translation>默认阈值</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Recall (sensitivity)</source>
        <translation>召回率（灵敏度）</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+373" />
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="-372" />
        <source>Precision-recall</source>
        <translation>精确率-召回率</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Open a pneumonia run folder</source>
        <translation>打开肺炎模型的运行文件夹</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open chest X-rays</source>
        <translation>打开胸部 X 光片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (*.jpeg *.jpg *.png *.bmp *.dcm *.dicom);;All files (*)</source>
        <translation>图像 (*.jpeg *.jpg *.png *.bmp *.dcm *.dicom);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a folder of chest X-rays</source>
        <translation>打开胸部 X 光片文件夹</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a pneumonia run folder first (Open run…).</source>
        <translation>请先打开肺炎模型的运行文件夹（打开运行…）。</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 — %2, %3 epochs</source>
        <translation>%1 — %2，%3 轮</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1, %2×%3 pixels stored, decoded at 1/%4 scale in %5 ms (with the forward pass).</source>
        <translation>%1，存储尺寸 %2×%3 像素，按 1/%4 比例解码，用时 %5 毫秒（含前向计算）。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Masking the %1 % most highlighted pixels (layer %2) changes P(%3) from %4 to %5, a drop of %6. Masking %7 random squares of the same area gives a mean drop of %8 ± %9.</source>
        <translation>遮盖最突出的 %1 % 像素（层 %2）使 P(%3) 从 %4 变为 %5，下降 %6。遮盖 %7 个同面积的随机方块，平均下降 %8 ± %9。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Open a run to see the threshold's evidence.</source>
        <translation>打开一个运行以查看阈值的依据。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Uncalibrated checkpoint: no validation ROC is stored, so the sensitivity and specificity of this threshold are unknown.</source>
        <translation>未校准的检查点：没有保存验证集 ROC，因此该阈值的灵敏度和特异度未知。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Default threshold 0.5 (uncalibrated). Run "cnn-workbench calibrate RUN_FOLDER" to store the validation ROC and a threshold chosen on it.</source>
        <translation>默认阈值 0.5（未校准，uncalibrated）。运行“cnn-workbench calibrate 运行文件夹”即可保存验证集 ROC 和据此选出的阈值。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>At %1 on the validation split: sensitivity %2, specificity %3.</source>
        <translation>阈值 %1 在验证集上：灵敏度 %2，特异度 %3。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Default %1: the point of the validation ROC (%2 images, AUC %3) with the largest Youden's J = sensitivity + specificity − 1.</source>
        <translation>默认 %1：验证集 ROC（%2 张图像，AUC %3）上约登指数 J = 灵敏度 + 特异度 − 1 最大的点。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Drop a chest X-ray here, or open images or a folder.</source>
        <translation>把胸部 X 光片拖到这里，或打开图像或文件夹。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a pneumonia run folder, then drop a chest X-ray here.</source>
        <translation>先打开肺炎模型的运行文件夹，再把胸部 X 光片拖到这里。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No result: %1</source>
        <translation>无结果：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This image is unlike the training X-rays: %1.</source>
        <translation>这张图像与训练用的 X 光片不同：%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No diagnosis shown: the image failed the out-of-distribution check.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;不显示诊断：图像未通过分布外检查。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;P(%2) = %3&lt;br&gt;&lt;span style="font-size: 16pt; font-weight: bold;"&gt;%4&lt;/span&gt; at threshold %5&lt;br&gt;Feature distance %6 (limit %7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;P(%2) = %3&lt;br&gt;阈值 %5 下判定为 &lt;span style="font-size: 16pt; font-weight: bold;"&gt;%4&lt;/span&gt;&lt;br&gt;特征距离 %6（上限 %7）</translation>
    </message>
    <message>
        <location line="+38" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes (distance %1)</source>
        <translation>是（距离 %1）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Predicted %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>True %1</source>
        <translation>真实 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a folder to classify every image in it. Sub-folders named %1 or %2 give the true class.</source>
        <translation>打开一个文件夹即可对其中每张图像分类。名为 %1 或 %2 的子文件夹给出真实类别。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 images from %2%3: %4 with a known class, %5 flagged as out of distribution, %6 failed.</source>
        <translation>%1 张图像，来自 %2%3：%4 张已知类别，%5 张被标为分布外，%6 张失败。</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>At threshold %1: accuracy %2, sensitivity %3, specificity %4, ROC AUC %5.</source>
        <translation>阈值 %1 时：准确率 %2，灵敏度 %3，特异度 %4，ROC AUC %5。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+0" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1: writing failed: %2</source>
        <translation>%1：写入失败：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: writing the chart failed</source>
        <translation>%1：写入图表失败</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::HandwritingPage</name>
    <message>
        <location filename="../ui/handwritingpage.cpp" line="+396" />
        <source>Evaluate on a .gnt file</source>
        <translation>在 .gnt 文件上评估</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HWDB character files (*.gnt)</source>
        <translation>HWDB 字符文件 (*.gnt)</translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>%1 — %2, %n classes</source>
        <translation>
            <numerusform>%1 — %2，%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>No character model found in %1. Train the hanzi model (the demo set takes minutes) or open a checkpoint.</source>
        <translation>在 %1 中未找到字符模型。请训练 hanzi 模型（演示数据集只需几分钟），或打开一个检查点。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open character checkpoint</source>
        <translation>打开字符模型检查点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checkpoints (*.pt)</source>
        <translation>检查点 (*.pt)</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%1: %n classes, %2 epochs</source>
        <translation>
            <numerusform>%1：%n 个类别，%2 轮</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>validation accuracy %1%</source>
        <translation>验证准确率 %1%</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Recognised in %1 ms (network %2 ms)</source>
        <translation>识别用时 %1 毫秒（网络 %2 毫秒）</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Grad-CAM of "%1" at layer %2: red regions raise its score most.</source>
        <translation>“%1”在 %2 层的 Grad-CAM：红色区域对其得分贡献最大。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Grad-CAM of "%1" found no region that raises its score at any layer.</source>
        <translation>“%1”的 Grad-CAM 在任何层都没有找到能提高其得分的区域。</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+16" />
        <source>Copied "%1" to the clipboard.</source>
        <translation>已将“%1”复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Evaluating %1…</source>
        <translation>正在评估 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%1: top-1 %2% and top-5 %3% on %n characters</source>
        <translation>
            <numerusform>%1：%n 个字符上 top-1 为 %2%，top-5 为 %3%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>(%n outside the model's classes skipped)</source>
        <translation>
            <numerusform>（跳过 %n 个不在模型类别中的字符）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1, meant "%2"; read as %3</source>
        <translation>第 %1 条记录，应为“%2”；识别为 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n drawings saved in %1</source>
        <translation>
            <numerusform>已在 %1 中保存 %n 个手写样本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>Character &amp;model:</source>
        <translation>字符模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open checkpoint…</source>
        <translation>打开检查点…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Train a character model…</source>
        <translation>训练字符模型…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pen width:</source>
        <translation>笔宽(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the last stroke (%1)</source>
        <translation>撤销最后一笔（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo stroke</source>
        <translation>重做笔画</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo the stroke undone last (%1)</source>
        <translation>重做最近撤销的一笔（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every stroke (%1)</source>
        <translation>清除所有笔画（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write one character with the mouse, a pen or a finger. The stroke order does not matter to the network.</source>
        <translation>用鼠标、手写笔或手指写一个字。笔顺对网络没有影响。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the network sees</source>
        <translation>网络看到的输入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The 64×64 network input, normalised like the HWDB training samples</source>
        <translation>64×64 的网络输入，归一化方式与 HWDB 训练样本相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The chosen candidate in a printed font</source>
        <translation>所选候选字的印刷字体</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the saliency map of the chosen candidate</source>
        <translation>显示所选候选字的显著性图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network (click to copy)</source>
        <translation>神经网络（单击即可复制）</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Character</source>
        <translation>字符</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stroke-based recognizer (zinnia)</source>
        <translation>基于笔画的识别器（zinnia）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>zinnia reads the strokes in the order they were drawn; the network sees only the finished image. Scores are zinnia's own, not probabilities.</source>
        <translation>zinnia 按书写顺序读取笔画；神经网络只看到写完的图像。得分是 zinnia 自己的分数，不是概率。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fine-tune the model on my handwriting…</source>
        <translation>用我的手写微调模型…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opens the Training page with a run that starts from this model's weights and adds your saved drawings to its training data.</source>
        <translation>打开训练页，准备一次从此模型权重开始、并把你保存的手写加入训练数据的运行。</translation>
    </message>
    <message>
        <location line="-6" />
        <source>My handwriting</source>
        <translation>我的手写</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Meant character:</source>
        <translation>目标字(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save drawing</source>
        <translation>保存手写</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate the model on my handwriting</source>
        <translation>在我的手写上评估模型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate on a .gnt file…</source>
        <translation>在 .gnt 文件上评估…</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+86" />
        <location line="+114" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="-25" />
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
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handwriting</source>
        <translation>手写识别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segmentation</source>
        <translation>分割</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open run…</source>
        <translation>打开运行(&amp;O)…</translation>
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
        <location line="-103" />
        <location line="+104" />
        <source>Threads: %1</source>
        <translation>线程：%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open run folder</source>
        <translation>打开运行目录</translation>
    </message>
    <message>
        <location line="+10" />
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
    <name>cnnwb::ui::MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="+21" />
        <location line="+31" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::ModelPage</name>
    <message>
        <location filename="../ui/modelpage.cpp" line="+91" />
        <location line="+12" />
        <source>Measuring the network…</source>
        <translation>正在测量网络…</translation>
    </message>
    <message>
        <location line="+20" />
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
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task: %1 · Input: %2×%3×%4 (height×width×channels) · %5</source>
        <translation>任务：%1 · 输入：%2×%3×%4（高×宽×通道）· %5</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::RecipeForm</name>
    <message>
        <location filename="../ui/recipeform.cpp" line="+207" />
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Steps per epoch</source>
        <translation>每轮步数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decay every (epochs)</source>
        <translation>衰减间隔（轮）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decay factor</source>
        <translation>衰减系数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warm-up epochs</source>
        <translation>预热轮数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class weighting</source>
        <translation>类别加权</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Batch-norm momentum</source>
        <translation>批归一化动量</translation>
    </message>
    <message>
        <location line="+6" />
        <source>whole split</source>
        <translation>整个训练集</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limits each epoch to this many steps, for quick trials; 0 trains on the whole split.</source>
        <translation>将每轮限制为此步数，用于快速试验；0 表示在整个训练集上训练。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Stops the run after this many epochs without a new best of the monitored metric; 0 turns early stopping off.</source>
        <translation>若监控指标连续这么多轮没有达到新的最佳值，则停止运行；0 表示关闭早停。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Largest L2 norm of the gradient; 0 turns clipping off.</source>
        <translation>梯度 L2 范数的上限；0 表示关闭裁剪。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weight of each new batch in the batch-norm running statistics. The model default (0.01, as in Keras) needs hundreds of steps before validation results mean anything; 0.1 suits small datasets.</source>
        <translation>每个新批次在批归一化滑动统计量中的权重。模型默认值（0.01，与 Keras 相同）需要数百步之后验证结果才有意义；小数据集宜用 0.1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L2 penalty on the weights; 0 turns it off.</source>
        <translation>对权重施加的 L2 惩罚；0 表示关闭。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Epochs over which the learning rate rises linearly from 0.</source>
        <translation>学习率从 0 线性上升所经历的轮数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seeds the initial weights, the shuffling, the augmentation and the validation split.</source>
        <translation>用于初始权重、数据打乱、数据增强和验证集划分的随机种子。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Augment the training samples</source>
        <translation>对训练样本进行数据增强</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from weights</source>
        <translation>起始权重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fresh initialisation</source>
        <translation>重新初始化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fine-tuning: a checkpoint (.pt) or run folder whose weights start the run. The architecture and the classes come from it; the optimizer starts afresh.</source>
        <translation>微调：以此检查点（.pt）或运行文件夹的权重开始训练。网络结构和类别都取自它；优化器从头开始。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a checkpoint</source>
        <translation>选择检查点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Added character data</source>
        <translation>追加的字符数据</translation>
    </message>
    <message>
        <location line="+3" />
        <source>.gnt files whose characters join the training split, such as your handwriting set; separate several with ";".</source>
        <translation>其中字符加入训练集的 .gnt 文件，例如你的手写集；多个文件用“;”分隔。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose .gnt files</source>
        <translation>选择 .gnt 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <location line="+0" />
        <source>exponential decay</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cosine</source>
        <translation>余弦退火</translation>
    </message>
    <message>
        <location line="+0" />
        <source>reduce on plateau</source>
        <translation>停滞时衰减</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+9" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-143" />
        <source>Start from checkpoint</source>
        <translation>从检查点开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checkpoints (*.pt)</source>
        <translation>检查点 (*.pt)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add character data</source>
        <translation>追加字符数据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HWDB character files (*.gnt)</source>
        <translation>HWDB 字符文件 (*.gnt)</translation>
    </message>
    <message>
        <location line="+136" />
        <source>inverse class frequency</source>
        <translation>类别频率倒数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>balanced sampling</source>
        <translation>均衡采样</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::RunsModel</name>
    <message>
        <location filename="../ui/runsmodel.cpp" line="+97" />
        <location line="+21" />
        <source>No run is selected.</source>
        <translation>未选择运行。</translation>
    </message>
    <message>
        <location line="-17" />
        <source>"%1" is not a valid folder name: use letters, digits, dashes and underscores.</source>
        <translation>"%1" 不是有效的文件夹名：请使用字母、数字、连字符和下划线。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not rename %1 to %2. Is a run still writing to it?</source>
        <translation>无法将 %1 重命名为 %2。是否仍有运行在写入该目录？</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a run folder; nothing was deleted.</source>
        <translation>%1 不是运行目录；未删除任何内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not delete all of %1. Check its permissions.</source>
        <translation>无法完全删除 %1。请检查其权限。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+14" />
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Best %1 over %n epoch(s)</source>
        <translation>
            <numerusform>%n 轮中的最佳 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::RunsPanel</name>
    <message>
        <location filename="../ui/runspanel.cpp" line="+99" />
        <source>Runs folder: %1</source>
        <translation>运行目录存放位置：%1</translation>
    </message>
    <message>
        <location line="+55" />
        <location line="+6" />
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <location line="-6" />
        <source>New folder name:</source>
        <translation>新文件夹名称：</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+10" />
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message numerus="yes">
        <location line="-9" />
        <source>Delete %n run folder(s) with their checkpoints and logs? This cannot be undone.

%1</source>
        <translation>
            <numerusform>要删除 %n 个运行目录及其中的检查点和日志吗？此操作无法撤销。

%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the run's curves and configuration on the training page.</source>
        <translation>在训练页面上显示该运行的曲线和配置。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw the selected runs' validation curves on the training chart.</source>
        <translation>在训练图表上绘制所选运行的验证曲线。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue a stopped or failed run from its last checkpoint.</source>
        <translation>从最后一个检查点继续已停止或失败的运行。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::SegmentationPage</name>
    <message numerus="yes">
        <location filename="../ui/segmentationpage.cpp" line="+116" />
        <source>Prediction cancelled after %n slice(s), %1 s</source>
        <translation>
            <numerusform>预测已在 %n 个切片后取消，用时 %1 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Predicted %n slice(s) in %1 s (%2 s per slice)</source>
        <translation>
            <numerusform>已预测 %n 个切片，用时 %1 秒（每个切片 %2 秒）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The prediction failed: %1</source>
        <translation>预测失败：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prediction failed</source>
        <translation>预测失败</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Predicting slice %1…</source>
        <translation>正在预测切片 %1…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Predicting the stack…</source>
        <translation>正在预测图像栈…</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+80" />
        <source>Threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Stack</source>
        <translation>图像栈</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open TIFF stack…</source>
        <translation>打开 TIFF 图像栈…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open labels…</source>
        <translation>打开标签…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels mark membrane as</source>
        <translation>标签中细胞膜的取值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>low values (ISBI: 0)</source>
        <translation>低值（ISBI：0）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>high values (255 or 1)</source>
        <translation>高值（255 或 1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load U-Net checkpoint…</source>
        <translation>加载 U-Net 检查点…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict slice</source>
        <translation>预测当前切片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict stack</source>
        <translation>预测整个图像栈</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overlays</source>
        <translation>叠加层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filled</source>
        <translation>填充</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contours</source>
        <translation>仅轮廓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probability map</source>
        <translation>概率图</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ground truth outline</source>
        <translation>真值轮廓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error map</source>
        <translation>误差图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;span style="color:%1"&gt;■&lt;/span&gt; false membrane &amp;nbsp; &lt;span style="color:%2"&gt;■&lt;/span&gt; missed membrane</source>
        <translation>&lt;span style="color:%1"&gt;■&lt;/span&gt; 误判为膜 &amp;nbsp; &lt;span style="color:%2"&gt;■&lt;/span&gt; 漏检的膜</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tile borders (debug)</source>
        <translation>分块边界（调试）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seam map (debug)</source>
        <translation>接缝图（调试）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grey window</source>
        <translation>灰度窗口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ISBI (0 = membrane)</source>
        <translation>ISBI（0 = 细胞膜）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0/1 (1 = membrane)</source>
        <translation>0/1（1 = 细胞膜）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export masks…</source>
        <translation>导出掩码…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export probabilities…</source>
        <translation>导出概率…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save view as PNG…</source>
        <translation>将视图保存为 PNG…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+1" />
        <source>Pixel error</source>
        <translation>像素误差</translation>
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
        <translation>Rand 误差</translation>
    </message>
    <message>
        <location line="+21" />
        <source>of %1 (%2)</source>
        <translation>/ %1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Stack: %1 (%n slice(s), %2×%3)</source>
        <translation>
            <numerusform>图像栈：%1（%n 个切片，%2×%3）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1, tiles %2 px, stride %3 px</source>
        <translation>模型：%1，分块 %2 像素，步长 %3 像素</translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>Stack (%n slice(s)): pixel error %1, IoU %2, Dice %3, Rand error %4</source>
        <translation>
            <numerusform>图像栈（%n 个切片）：像素误差 %1，IoU %2，Dice %3，Rand 误差 %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Predict slices to score them against the labels.</source>
        <translation>预测切片后即可与标签比较评分。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a label stack to score the predictions.</source>
        <translation>打开标签图像栈以评估预测。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Open a folder of slices</source>
        <translation>打开切片文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an image stack</source>
        <translation>打开图像栈</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>TIFF stacks (*.tif *.tiff);;All files (*)</source>
        <translation>TIFF 图像栈 (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Open the label stack</source>
        <translation>打开标签图像栈</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Load a U-Net checkpoint</source>
        <translation>加载 U-Net 检查点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export masks</source>
        <translation>导出掩码</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+15" />
        <source>TIFF stacks (*.tif *.tiff)</source>
        <translation>TIFF 图像栈 (*.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <source>Wrote %n mask page(s) to %1</source>
        <translation>
            <numerusform>已将 %n 页掩码写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export probabilities</source>
        <translation>导出概率</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Wrote %n probability page(s) to %1</source>
        <translation>
            <numerusform>已将 %n 页概率写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: saving the view failed: %2</source>
        <translation>%1：保存视图失败：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved the view to %1</source>
        <translation>已将视图保存到 %1</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::TrainingChart</name>
    <message>
        <location filename="../ui/trainingchart.cpp" line="+46" />
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validation pixel error</source>
        <translation>验证像素误差</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+389" />
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="-184" />
        <source>%1: validation loss</source>
        <translation>%1: 验证损失</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+158" />
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;History as CSV (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF 文档 (*.pdf);;训练历史 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write %1. Choose a writable folder and a name ending in .png, .svg, .pdf or .csv.</source>
        <translation>无法写入 %1。请选择可写的文件夹，并使用以 .png、.svg、.pdf 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step loss</source>
        <translation>步损失</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step loss, smoothed</source>
        <translation>步损失（平滑）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training loss (epoch)</source>
        <translation>训练损失（每轮）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Best epoch</source>
        <translation>最佳轮次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smoothing: %1</source>
        <translation>平滑：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation>适应数据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the axes to the data again after zooming or dragging.</source>
        <translation>缩放或拖动后，让坐标轴重新适应数据。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the chart as PNG, SVG or PDF, or the history as CSV.</source>
        <translation>将图表保存为 PNG、SVG 或 PDF，或将训练历史保存为 CSV。</translation>
    </message>
</context>
<context>
    <name>cnnwb::ui::TrainingPage</name>
    <message>
        <location filename="../ui/trainingpage.cpp" line="+303" />
        <source>Measuring the network…</source>
        <translation>正在测量网络…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Trainable parameters: %1 · forward MACs per sample: %2</source>
        <translation>可训练参数：%1 · 单样本前向乘加次数：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dataset %1: %2</source>
        <translation>数据集 %1: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose a model in the zoo or in the model list first.</source>
        <translation>请先在模型库或模型列表中选择模型。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a dataset: a folder, a file, or "demo" for the model's demo set.</source>
        <translation>请选择数据集：文件夹、文件，或用 "demo" 表示该模型的演示数据集。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An architecture option is invalid; correct the field marked in red.</source>
        <translation>某个结构选项无效；请更正标红的字段。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cannot start training: %1</source>
        <translation>无法开始训练：%1</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Run %1 · %2 · %3 training and %4 validation samples</source>
        <translation>运行 %1 · %2 · 训练样本 %3 个，验证样本 %4 个</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Epoch %1/%2 · step %3/%4 · loss %5 · %6 samples/s · ETA %7</source>
        <translation>轮次 %1/%2 · 步 %3/%4 · 损失 %5 · %6 样本/秒 · 剩余时间 %7</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+23" />
        <source>Training %1: epoch %2/%3</source>
        <translation>正在训练 %1：第 %2/%3 轮</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Preparing %1: opening the dataset and building the network…</source>
        <translation>正在准备 %1：打开数据集并构建网络…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Training %1 paused after epoch %2 of %3</source>
        <translation>%1 训练已在第 %2 轮后暂停（共 %3 轮）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stopping %1 after the current step…</source>
        <translation>正在停止 %1：当前步完成后停止…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Training finished: %1
Run folder: %2</source>
        <translation>训练完成：%1
运行目录：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training %1 finished</source>
        <translation>%1 训练已完成</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Training stopped. %1 contains the position; press Resume to continue from it.</source>
        <translation>训练已停止。%1 保存了当前位置；点击“继续”即可从该位置继续训练。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training %1 stopped after epoch %2 of %3</source>
        <translation>%1 训练已在第 %2 轮后停止（共 %3 轮）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last checkpoint is kept: %1. Correct the cause, then press Resume.</source>
        <translation>已保留最后的检查点：%1。请排除问题后点击“继续”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No checkpoint was written. Correct the cause and start again.</source>
        <translation>未写入任何检查点。请排除问题后重新开始。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training %1 failed</source>
        <translation>%1 训练失败</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Stop the current run before opening another one.</source>
        <translation>请先停止当前运行，再打开其他运行。</translation>
    </message>
    <message>
        <location line="-54" />
        <source>%1 is not a run folder: it has no config.json.</source>
        <translation>%1 不是运行目录：其中没有 config.json。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is invalid: %2</source>
        <translation>%1 无效：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 names the unknown model "%2".</source>
        <translation>%1 指定了未知模型 "%2"。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Stop the current run before preparing another one.</source>
        <translation>请先停止当前运行，再准备另一次运行。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Fine-tuning: the run starts from the weights of %1 and adds %2 to the training data. Check the recipe, then press Start.</source>
        <translation>微调：此次运行从 %1 的权重开始，并把 %2 加入训练数据。请检查训练配置，然后点击“开始”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 of %2 epochs done</source>
        <translation>已完成 %1 轮（共 %2 轮）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run %1 (%2)</source>
        <translation>运行 %1（%2）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This run failed: %1</source>
        <translation>此运行失败：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Showing run %1</source>
        <translation>正在显示运行 %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 has no finished epoch to draw yet.</source>
        <translation>%1 还没有可绘制的已完成轮次。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Architecture</source>
        <translation>网络结构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recipe</source>
        <translation>训练方案</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1" />
        <source>automatic (CUDA when available)</source>
        <translation>自动（有 CUDA 时使用 CUDA）</translation>
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
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>LibTorch intra-op threads; applies from the next run and is kept for the next start.</source>
        <translation>LibTorch 算子内线程数；从下一次运行起生效，并在下次启动程序时沿用。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new run with these settings.</source>
        <translation>按这些设置开始新的运行。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Continue a paused run, or the opened stopped run from its last checkpoint.</source>
        <translation>继续已暂停的运行，或从最后一个检查点继续已打开的已停止运行。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop after the current step and write last.pt to resume from.</source>
        <translation>在当前步完成后停止，并写入可用于继续训练的 last.pt。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training log</source>
        <translation>训练日志</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No run yet. Choose a dataset and press Start, or drop a dataset here.</source>
        <translation>还没有运行。请选择数据集并点击“开始”，或将数据集拖放到此处。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a model.</source>
        <translation>请选择模型。</translation>
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
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
</context>
</TS>