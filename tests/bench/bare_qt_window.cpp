// The yardstick for start-up (bench_startup): a bare Qt Widgets window holding one Qt Charts chart, built the way
// Compute Atlas is built, that quits once its first frame is painted (--quit-after-first-frame, the same call the
// program uses). Compute Atlas should start within 1.5x of this, in time and in peak memory.
#include "first_frame.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto *series = new QLineSeries;
    for (int x = 0; x <= 10; ++x)
        series->append(x, x * x);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("A bare Qt Charts window"));
    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(1280, 800);
    if (app.arguments().contains(QStringLiteral("--quit-after-first-frame")))
        quitAfterFirstFrame(&window);
    window.show();
    return app.exec();
}
