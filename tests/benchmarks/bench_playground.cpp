// SPDX-License-Identifier: GPL-3.0-or-later
// Responsiveness of the playground while the engine trains at full speed (issue 5): the GUI
// event loop's longest stall, measured by a 1 ms timer that records the gaps between its
// ticks, and how often the decision map is repainted. A measurement, not a test: it prints the
// figures and the targets (no stall over 20 ms, at least 30 map refreshes per second).
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_playground [SECONDS] [HIDDEN] [--race]
//                                                        [--points N] [--activation ID]
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QToolButton>

#include "playground/decisionmapview.h"
#include "playground/playgroundcontrols.h"
#include "playground/playgroundpage.h"
#include "playground/playgroundsession.h"

namespace {
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/**
 * Times every top-level event dispatch on the GUI thread, in CPU time of that thread: the
 * longest one is the stall the playground itself causes, whatever else the machine is doing
 * (the 1 ms probe measures wall time, which also counts time the scheduler gives to other
 * processes on a busy machine).
 */
class TimingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override {
        if (m_depth++ > 0 || !measuring) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const double before = threadCpuMs();
        const bool r = QApplication::notify(receiver, event);
        longestCpuMs = std::max(longestCpuMs, threadCpuMs() - before);
        --m_depth;
        return r;
    }
    bool measuring = false;
    double longestCpuMs = 0;

private:
    int m_depth = 0;
};
} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    const QStringList args = app.arguments();
    const double seconds = args.size() > 1 ? args[1].toDouble() : 5.0;
    const int hidden = args.size() > 2 ? args[2].toInt() : 32;
    const bool race = args.contains(QStringLiteral("--race"));
    const auto option = [&args](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const int points = option("--points", QStringLiteral("1000")).toInt();
    const QString activation = option("--activation", QStringLiteral("tanh"));

    PlaygroundPage page;
    PlaygroundSetup setup;
    setup.dataset = QStringLiteral("spiral");
    setup.samples = points;
    setup.noise = 0.1;
    setup.hiddenUnits = hidden;
    setup.activation = activation;
    setup.batchSize = 32;
    setup.epochsPerFrame = 10000; // the speed control's maximum: the engine is never held back
    page.applySetup(setup);
    page.controls()->setRaceEnabled(race);
    page.resize(1600, 1000);
    page.show();
    QApplication::processEvents();

    std::vector<double> gaps;
    gaps.reserve(static_cast<std::size_t>(seconds * 1200));
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back((now - last) / 1e6);
        last = now;
    });

    const long long paints0 = page.decisionMap(0)->paintCount();
    const long long frames0 = page.framesShown();
    page.controls()->playButton()->click();
    // Give the engine a moment to reach full speed before measuring.
    double epochsBefore = 0;
    QTimer::singleShot(500, [&] {
        epochsBefore = page.session(0)->epochsDone(); // fractional: large data has few epochs
        clock.start();
        probe.start(1);
        app.measuring = true;
    });
    QTimer::singleShot(static_cast<int>(500 + seconds * 1000), &app, &QApplication::quit);
    const PlaygroundSetup applied = page.setup(); // as the page took it (it may clamp)
    app.exec();
    probe.stop();
    app.measuring = false;
    const double elapsed = clock.nsecsElapsed() / 1e9;
    const long long paints = page.decisionMap(0)->paintCount() - paints0;
    const long long frames = page.framesShown() - frames0;
    const double epochs = page.session(0)->epochsDone() - epochsBefore;
    page.controls()->playButton()->click();

    std::sort(gaps.begin(), gaps.end());
    const double worst = gaps.empty() ? 0 : gaps.back();
    const double p99 = gaps.empty() ? 0 : gaps[static_cast<std::size_t>(gaps.size() * 0.99)];
    const double refresh = paints / std::max(elapsed, 1e-9);
    std::printf("playground responsiveness (spiral n=%d, 2-%d-1 %s, Adam, batch 32%s, %.1f s)\n",
                applied.samples, hidden, qPrintable(applied.activation),
                race ? ", race of two" : "", elapsed);
    std::printf("  event-loop ticks          %zu\n", gaps.size());
    std::printf("  longest stall             %.2f ms   (target <= 20 ms: %s)\n", worst,
                worst <= 20 ? "met" : "MISSED");
    std::printf("  99th percentile gap       %.2f ms\n", p99);
    std::printf("  longest event, GUI CPU    %.2f ms   (the playground's own share of a stall)\n",
                app.longestCpuMs);
    std::printf("  decision-map refreshes/s  %.1f      (target >= 30: %s)\n", refresh,
                refresh >= 30 ? "met" : "MISSED");
    std::printf("  frames shown/s            %.1f\n", frames / std::max(elapsed, 1e-9));
    const double epochsPerSecond = epochs / std::max(elapsed, 1e-9);
    std::printf("  epochs/s while displayed  %.1f\n", epochsPerSecond);
    // the training share of the points (the rest is held out for testing), per network
    const double trained = applied.samples * (1 - applied.testFraction);
    std::printf("  samples/s while displayed %.0f\n", epochsPerSecond * trained);
    return 0;
}
