#include "chart_image.h"

#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

bool saveChartImage(QChartView *view, const QString &path, ChartImageFormat format, QString *error)
{
    return saveViewImage(view, path, format, view->chart() ? view->chart()->title() : QString(), error);
}

bool saveViewImage(QGraphicsView *view, const QString &path, ChartImageFormat format, const QString &title, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QSize size = view->size();
    if (format == ChartImageFormat::Png) {
        constexpr qreal scale = 2.0;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
        }
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            if (error)
                *error = QStringLiteral("the PNG encoder failed");
            return false;
        }
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Compute Atlas"));
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
