#include "chart_image.h"

#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

// Draws with `render(painter)` at the widget's size into a PNG or an SVG file, atomically.
template <typename Render>
bool saveImage(const QSize &size, const QString &title, const QString &path, ChartImageFormat format, QString *error, Render render)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (format == ChartImageFormat::Png) {
        constexpr qreal scale = 2.0;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            render(painter);
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
        render(painter);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

bool saveChartImage(QChartView *view, const QString &path, ChartImageFormat format, QString *error)
{
    const QSize size = view->size();
    return saveImage(size, view->chart() ? view->chart()->title() : QString(), path, format, error, [&](QPainter &painter) {
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
    });
}

bool saveWidgetImage(QWidget *widget, const QString &path, ChartImageFormat format, QString *error)
{
    return saveImage(widget->size(), widget->windowTitle(), path, format, error, [&](QPainter &painter) {
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    });
}
