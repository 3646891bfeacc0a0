#pragma once

// Reads a PDF report back the way a reviewer meets it: its text (pdftotext),
// where each word lies (pdftotext -bbox) and what its pages look like (pdftoppm).
#include "../integration/support.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRectF>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace lotse::test {

/// The report's margin (15 mm) in PDF points, less a tolerance for glyph overhang.
constexpr double kMarginPt = 15 / 25.4 * 72 - 3;

struct PdfWord
{
    QString text;
    QRectF box;
};

struct PdfPage
{
    QSizeF size;
    QList<PdfWord> words;
};

/// The PDF's text in drawing order, as a reviewer's search sees it.
inline QString pdfText(const QString &path)
{
    const Run text
        = run(QStringLiteral("pdftotext"),
              {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    return QString::fromUtf8(text.out);
}

/// Without any white space (a title may wrap, even at a hyphen) and in compatibility form.
inline QString compact(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
}

inline QList<PdfPage> pdfPages(const QString &path)
{
    const Run boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    QList<PdfPage> pages;
    QXmlStreamReader xml(boxes.out);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            pages.append(
                {QSizeF(a.value(QStringLiteral("width")).toDouble(), a.value(QStringLiteral("height")).toDouble()),
                 {}});
        } else if (xml.name() == QLatin1String("word") && !pages.isEmpty()) {
            const QRectF box(
                QPointF(a.value(QStringLiteral("xMin")).toDouble(), a.value(QStringLiteral("yMin")).toDouble()),
                QPointF(a.value(QStringLiteral("xMax")).toDouble(), a.value(QStringLiteral("yMax")).toDouble()));
            pages.last().words.append({xml.readElementText(), box});
        }
    }
    return pages;
}

/// Every page has ink, and every word lies inside the page's printable area.
inline void checkLayout(const QString &path, const QTemporaryDir &dir)
{
    const QList<PdfPage> pages = pdfPages(path);
    QVERIFY2(!pages.isEmpty(), qPrintable(path));
    for (int index = 0; index < pages.size(); ++index) {
        const PdfPage &page = pages.at(index);
        const QRectF printable
            = QRectF(QPointF(0, 0), page.size).adjusted(kMarginPt, kMarginPt, -kMarginPt, -kMarginPt);
        QVERIFY2(!page.words.isEmpty(), qPrintable(QStringLiteral("page %1 has no text").arg(index + 1)));
        for (const PdfWord &word : page.words) {
            QVERIFY2(printable.contains(word.box),
                     qPrintable(QStringLiteral("page %1: \"%2\" at %3,%4–%5,%6 runs outside %7×%8")
                                    .arg(index + 1)
                                    .arg(word.text)
                                    .arg(word.box.left())
                                    .arg(word.box.top())
                                    .arg(word.box.right())
                                    .arg(word.box.bottom())
                                    .arg(page.size.width())
                                    .arg(page.size.height())));
        }
    }
    const QString prefix = dir.filePath(QFileInfo(path).completeBaseName() + QStringLiteral("-page"));
    QCOMPARE(run(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), path, prefix})
                 .exitCode,
             0);
    const QFileInfoList images
        = QDir(dir.path()).entryInfoList({QFileInfo(prefix).fileName() + QStringLiteral("*.png")});
    QCOMPARE(images.size(), pages.size());
    for (const QFileInfo &image : images) {
        const QImage page(image.filePath());
        qsizetype ink = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 235;
        }
        // A page with a footer only would have a few hundred; real content has thousands.
        QVERIFY2(ink > page.width() * page.height() / 100, qPrintable(image.fileName() + QStringLiteral(" is blank")));
    }
}

} // namespace lotse::test
