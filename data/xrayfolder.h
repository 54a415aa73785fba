#pragma once

#include "samplesource.h"

#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include "augment.h"
#include "imagedecode.h"

namespace cnnwb::data {

/// One image of an X-ray dataset.
struct XrayItem
{
    QString path;
    /// Index into XrayDataset::classNames.
    int label = 0;
};

/// The images found under a chest X-ray folder, grouped by split.
struct XrayDataset
{
    QString root;
    /// Class names in label order: NORMAL, PNEUMONIA.
    QStringList classNames;
    /// Split names in the order found ("train", "val", "test"), or one split "all" for a
    /// single folder of class sub-folders.
    QStringList splitNames;
    /// Images per split, sorted by path.
    QMap<QString, QVector<XrayItem>> splits;
    /// Files inside class folders that are not .jpeg, .jpg or .png images (OS junk excluded).
    QStringList ignoredFiles;
    /// Sub-folders that match no split or class name.
    QStringList ignoredFolders;

    /// Returns true when the folder has train/val/test sub-folders.
    bool hasSplits() const { return !splitNames.contains(QStringLiteral("all")); }
    /// Returns the number of images of CLASS_INDEX in SPLIT.
    qsizetype count(const QString &split, int classIndex) const;
};

/// Scans chest X-ray folders: ROOT/{train,val,test}/{NORMAL,PNEUMONIA}/ images, or
/// ROOT/{NORMAL,PNEUMONIA}/ images. Folder names match case-insensitively; files named
/// .DS_Store, ._* (AppleDouble), other hidden files and __MACOSX/ folders are skipped.
class XrayFolder
{
public:
    /// Returns the class names in label order.
    static QStringList classNames();
    /// Scans ROOT. Throws DataError when ROOT is missing or has neither layout.
    static XrayDataset scan(const QString &root);
};

/// X-ray images of one split as network input: CV_32FC3 RGB SIDE×SIDE in [0, 1], made by
/// loadXrayImage().
class XraySource final : public SampleSource
{
public:
    /// AUGMENTER, when set, runs on the 8-bit RGB image whenever load() gets a random
    /// generator. ROOT is used to shorten paths in describe().
    XraySource(QVector<XrayItem> items, QStringList classNames, QString root = QString(),
               int side = kXraySide, ClassifierAugmenter augmenter = {});

    qsizetype size() const override;
    int label(qsizetype index) const override;
    Sample load(qsizetype index, std::mt19937 *rng) const override;
    QStringList classNames() const override;
    QString describe(qsizetype index) const override;

private:
    QVector<XrayItem> m_items;
    QStringList m_classNames;
    QString m_root;
    int m_side;
    ClassifierAugmenter m_augmenter;
};

} // namespace cnnwb::data
