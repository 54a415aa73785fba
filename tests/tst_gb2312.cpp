#include "data/gb2312.h"

#include <QtTest/QtTest>

using namespace cnnwb::data;

class TestGb2312 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void level1TableHas3755Characters();
    void level1TableIsInCodeOrder();
    void decodeKnownCodes_data();
    void decodeKnownCodes();
    void decodeRejectsUnassignedCodes();
    void encodeRoundTrips();
    void isLevel1Bounds();
};

void TestGb2312::level1TableHas3755Characters()
{
    const QStringList &table = gb2312::level1Characters();
    QCOMPARE(table.size(), 3755);
    QCOMPARE(QSet<QString>(table.begin(), table.end()).size(), 3755);
}

void TestGb2312::level1TableIsInCodeOrder()
{
    const QStringList &table = gb2312::level1Characters();
    QCOMPARE(table.first(), QStringLiteral("啊"));
    QCOMPARE(table.at(94), QStringLiteral("薄")); // 0xB1A1 opens the second row
    QCOMPARE(table.last(), QStringLiteral("座"));
}

void TestGb2312::decodeKnownCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first level-1") << 0xB0A1 << QStringLiteral("啊");
    QTest::newRow("zhong") << 0xD6D0 << QStringLiteral("中");
    QTest::newRow("last level-1") << 0xD7F9 << QStringLiteral("座");
    QTest::newRow("level-2") << 0xD8A1 << QStringLiteral("亍");
    QTest::newRow("full-width digit") << 0xA3B0 << QStringLiteral("０");
}

void TestGb2312::decodeKnownCodes()
{
    QFETCH(int, code);
    QFETCH(QString, expected);
    const auto text = gb2312::decode(std::uint8_t(code >> 8), std::uint8_t(code & 0xFF));
    QVERIFY(text.has_value());
    QCOMPARE(*text, expected);
}

void TestGb2312::decodeRejectsUnassignedCodes()
{
    QVERIFY(!gb2312::decode(0xD7, 0xFA).has_value());
    QVERIFY(!gb2312::decode(0x41, 0x42).has_value());
    QVERIFY(!gb2312::decode(0xB0, 0x20).has_value());
}

void TestGb2312::encodeRoundTrips()
{
    QCOMPARE(gb2312::encode(QStringLiteral("啊")), std::uint16_t(0xB0A1));
    QCOMPARE(gb2312::encode(QStringLiteral("中")), std::uint16_t(0xD6D0));
    QCOMPARE(gb2312::encode(QStringLiteral("A")), std::uint16_t(0));
    QCOMPARE(gb2312::encode(QStringLiteral("😀")), std::uint16_t(0));
    for (const QString &character : gb2312::level1Characters())
        QVERIFY2(gb2312::isLevel1(gb2312::encode(character)), qPrintable(character));
}

void TestGb2312::isLevel1Bounds()
{
    QVERIFY(gb2312::isLevel1(0xB0A1));
    QVERIFY(gb2312::isLevel1(0xD7F9));
    QVERIFY(!gb2312::isLevel1(0xD7FA));
    QVERIFY(!gb2312::isLevel1(0xAFFE));
    QVERIFY(!gb2312::isLevel1(0xD8A1));
    QVERIFY(!gb2312::isLevel1(0xB0A0));
}

QTEST_GUILESS_MAIN(TestGb2312)
#include "tst_gb2312.moc"
