#include "data/gntwriter.h"

#include <opencv2/core.hpp>

#include <QtTest/QtTest>

#include "data/gb2312.h"

using namespace cnnwb::data;

class TestGntWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordHeaderFields_data();
    void recordHeaderFields();
    void pixelsRowMajor();
    void writerAppendsRecords();
    void writeByCharacter();
    void rejectsInvalidBitmaps_data();
    void rejectsInvalidBitmaps();
    void rejectsCharacterWithoutCode();
    void writeFileRoundTrip();
    void writeFileFailsInMissingFolder();
};

namespace {

quint32 readLittleEndian32(const QByteArray &bytes, int offset)
{
    return quint32(quint8(bytes[offset])) | quint32(quint8(bytes[offset + 1])) << 8
           | quint32(quint8(bytes[offset + 2])) << 16 | quint32(quint8(bytes[offset + 3])) << 24;
}

quint16 readLittleEndian16(const QByteArray &bytes, int offset)
{
    return quint16(quint8(bytes[offset]) | quint8(bytes[offset + 1]) << 8);
}

cv::Mat rampBitmap(int width, int height)
{
    cv::Mat bitmap(height, width, CV_8UC1);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            bitmap.at<std::uint8_t>(y, x) = std::uint8_t((y * width + x) % 256);
    return bitmap;
}

} // namespace

void TestGntWriter::recordHeaderFields_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("first level-1, square") << 0xB0A1 << 40 << 40;
    QTest::newRow("wide") << 0xD6D0 << 300 << 2;
    QTest::newRow("tall, width over 255") << 0xD7F9 << 257 << 70;
    QTest::newRow("one pixel") << 0xB0A2 << 1 << 1;
}

void TestGntWriter::recordHeaderFields()
{
    QFETCH(int, code);
    QFETCH(int, width);
    QFETCH(int, height);
    QString error;
    const QByteArray record =
        GntWriter::encodeRecord(std::uint16_t(code), rampBitmap(width, height), &error);
    QVERIFY2(!record.isEmpty(), qPrintable(error));
    QCOMPARE(record.size(), 10 + width * height);
    QCOMPARE(readLittleEndian32(record, 0), quint32(10 + width * height));
    QCOMPARE(quint8(record[4]), quint8(code >> 8));
    QCOMPARE(quint8(record[5]), quint8(code & 0xFF));
    QCOMPARE(readLittleEndian16(record, 6), quint16(width));
    QCOMPARE(readLittleEndian16(record, 8), quint16(height));
}

void TestGntWriter::pixelsRowMajor()
{
    // A non-continuous view checks that rows are copied one by one.
    const cv::Mat full = rampBitmap(30, 20);
    const cv::Mat view = full(cv::Rect(3, 2, 17, 11));
    const QByteArray record = GntWriter::encodeRecord(0xB0A1, view);
    QCOMPARE(record.size(), 10 + 17 * 11);
    for (int y = 0; y < 11; ++y)
        for (int x = 0; x < 17; ++x)
            QCOMPARE(quint8(record[10 + y * 17 + x]), view.at<std::uint8_t>(y, x));
}

void TestGntWriter::writerAppendsRecords()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    GntWriter writer(&buffer);
    QVERIFY(writer.write(0xB0A1, rampBitmap(5, 4)));
    QVERIFY(writer.write(0xB0A2, rampBitmap(3, 7)));
    QCOMPARE(writer.recordCount(), qint64(2));
    const QByteArray bytes = buffer.data();
    QCOMPARE(bytes.size(), (10 + 20) + (10 + 21));
    QCOMPARE(readLittleEndian32(bytes, 30), quint32(31));
    QCOMPARE(quint8(bytes[35]), quint8(0xA2));
    QCOMPARE(readLittleEndian16(bytes, 36), quint16(3));
    QCOMPARE(readLittleEndian16(bytes, 38), quint16(7));
}

void TestGntWriter::writeByCharacter()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    GntWriter writer(&buffer);
    QVERIFY2(writer.write(QStringLiteral("中"), rampBitmap(2, 2)),
             qPrintable(writer.errorString()));
    QCOMPARE(quint8(buffer.data()[4]), quint8(0xD6));
    QCOMPARE(quint8(buffer.data()[5]), quint8(0xD0));
}

void TestGntWriter::rejectsInvalidBitmaps_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("empty") << int(CV_8UC1) << 0 << 0;
    QTest::newRow("colour") << int(CV_8UC3) << 4 << 4;
    QTest::newRow("float") << int(CV_32FC1) << 4 << 4;
    QTest::newRow("width over 65535") << int(CV_8UC1) << 65536 << 1;
}

void TestGntWriter::rejectsInvalidBitmaps()
{
    QFETCH(int, type);
    QFETCH(int, width);
    QFETCH(int, height);
    const cv::Mat bitmap = width > 0 ? cv::Mat(height, width, type, cv::Scalar::all(0)) : cv::Mat();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    GntWriter writer(&buffer);
    QVERIFY(!writer.write(0xB0A1, bitmap));
    QVERIFY(!writer.errorString().isEmpty());
    QCOMPARE(buffer.size(), qint64(0));
    QCOMPARE(writer.recordCount(), qint64(0));
}

void TestGntWriter::rejectsCharacterWithoutCode()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    GntWriter writer(&buffer);
    QVERIFY(!writer.write(QStringLiteral("A"), rampBitmap(2, 2)));
    QVERIFY(writer.errorString().contains(QStringLiteral("GB2312")));
}

void TestGntWriter::writeFileRoundTrip()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("sample.gnt"));
    std::vector<GntSample> records;
    records.push_back({gb2312::encode(QStringLiteral("啊")), rampBitmap(64, 50)});
    records.push_back({gb2312::encode(QStringLiteral("座")), rampBitmap(31, 84)});
    QString error;
    QVERIFY2(GntWriter::writeFile(path, records, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.size(), 10 + 64 * 50 + 10 + 31 * 84);
    int offset = 0;
    for (const GntSample &record : records) {
        const quint32 length = readLittleEndian32(bytes, offset);
        QCOMPARE(length, quint32(10 + record.bitmap.total()));
        const quint16 code = quint16(quint8(bytes[offset + 4]) << 8 | quint8(bytes[offset + 5]));
        QCOMPARE(code, record.code);
        const int width = readLittleEndian16(bytes, offset + 6);
        const int height = readLittleEndian16(bytes, offset + 8);
        QCOMPARE(width, record.bitmap.cols);
        QCOMPARE(height, record.bitmap.rows);
        const cv::Mat pixels(height, width, CV_8UC1,
                             const_cast<char *>(bytes.constData() + offset + 10));
        QCOMPARE(cv::norm(pixels, record.bitmap, cv::NORM_INF), 0.0);
        offset += int(length);
    }
    QCOMPARE(offset, bytes.size());
}

void TestGntWriter::writeFileFailsInMissingFolder()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/sub/sample.gnt"));
    QString error;
    QVERIFY(!GntWriter::writeFile(path, {{0xB0A1, rampBitmap(2, 2)}}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestGntWriter)
#include "tst_gntwriter.moc"
