// SPDX-License-Identifier: GPL-3.0-or-later
// The slider-drag path of the explorer: a parameter changes, the curves are sampled by the core
// and QCustomPlot replots, synchronously, at 1280×800 with 3 activations × (f, f′) visible; and
// with 8 pins in each of the three views (overlay with f′ and the zoom inset, small multiples,
// gradient view). Goal: p95 ≤ 8 ms (half a 60 Hz frame). Run:
//   build/bin/bench_replot --benchmark_min_time=3
// The per-iteration times are collected here and reported as the counters median_ms, p95_ms
// and max_ms (Google Benchmark's own mean hides the tail that makes dragging stutter), in wall
// time, and as cpu_median_ms and cpu_p95_ms in this thread's CPU time, which stays meaningful
// when other processes compete for the cores.

#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>
#include <vector>

#include <QApplication>
#include <qcustomplot.h>

#include <benchmark/benchmark.h>

#include "activations/catalog.h"
#include "plot/draftquality.h"
#include "plot/gradientview.h"
#include "plot/plotview.h"
#include "plot/smallmultiplesview.h"

namespace {

PlottedActivation activation(const char *id) {
    const actlab::CatalogEntry *e = actlab::Catalog::builtin().find(id);
    if (!e)
        qFatal("unknown activation %s", id);
    return {QString::fromLatin1(id), e->scalar, e->spec.defaultParams(), &e->spec, {}, -1};
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Wall-clock and CPU time of one iteration.
class Stopwatch {
public:
    void start() {
        m_wall = std::chrono::steady_clock::now();
        m_cpu = threadCpuMs();
    }
    void stop() {
        m_wallMs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_wall)
                .count());
        m_cpuMs.push_back(threadCpuMs() - m_cpu);
    }
    void report(benchmark::State &state) {
        put(state, "", m_wallMs);
        put(state, "cpu_", m_cpuMs);
        state.counters["max_ms"] = m_wallMs.empty() ? 0 : m_wallMs.back();
    }

private:
    static void put(benchmark::State &state, const std::string &prefix, std::vector<double> &ms) {
        if (ms.empty())
            return;
        std::sort(ms.begin(), ms.end());
        const auto at = [&](double q) { return ms[std::size_t(q * double(ms.size() - 1) + 0.5)]; };
        state.counters[prefix + "median_ms"] = at(0.5);
        state.counters[prefix + "p95_ms"] = at(0.95);
    }
    std::chrono::steady_clock::time_point m_wall;
    double m_cpu = 0;
    std::vector<double> m_wallMs, m_cpuMs;
};

/// A PlotView as on screen: shown, 1280×800, three smooth activations with f and f′.
struct Fixture {
    PlotView view;
    explicit Fixture(PlotTheme theme = PlotTheme::Light) {
        view.resize(1280, 800);
        view.setTheme(theme);
        view.setDerivativeVisible(1, true);
        view.setActivations({activation("silu"), activation("gelu"), activation("mish")});
        view.show();
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents(); // exposed, laid out, first replot done
        view.refreshNow();
    }
};

/// Dragging silu's β slider from 0.5 to 2 and back.
void parameterChange(benchmark::State &state) {
    Fixture f(state.range(0) ? PlotTheme::Dark : PlotTheme::Light);
    if (state.range(1) == 0) // full quality throughout
        f.view.draftQuality()->setBudget(1e9);
    Stopwatch watch;
    int step = 0;
    for (auto _ : state) {
        const int k = step++ % 200;
        const double beta = 0.5 + 1.5 * double(k < 100 ? k : 199 - k) / 99.0;
        watch.start();
        f.view.setParams(0, {beta});
        f.view.refreshNow();
        watch.stop();
        state.PauseTiming();
        QCoreApplication::processEvents(); // the replot queued by setParams, outside the timing
        state.ResumeTiming();
    }
    watch.report(state);
}
BENCHMARK(parameterChange)
    ->ArgsProduct({{0, 1}, {1, 0}})
    ->ArgNames({"dark", "draft"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// Panning: the x range moves, every curve is resampled and replotted.
void pan(benchmark::State &state) {
    Fixture f;
    QCustomPlot *plot = f.view.customPlot();
    Stopwatch watch;
    int step = 0;
    for (auto _ : state) {
        const double dx = (step++ % 100 < 50) ? 0.05 : -0.05;
        watch.start();
        plot->xAxis->moveRange(dx);
        f.view.refreshNow();
        watch.stop();
        state.PauseTiming();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    watch.report(state);
}
BENCHMARK(pan)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Eight pins, the slowest-to-evaluate of the catalog among them; the first has a slider (β).
QList<PlottedActivation> eightPins() {
    QList<PlottedActivation> pins;
    for (const char *id : {"silu", "gelu", "mish", "sigmoid", "tanh", "relu", "elu", "softplus"})
        pins << activation(id);
    return pins;
}

/// Drags the first pin's β in `view` (any of the explorer's figures) and times each replot.
template <typename View> void dragEightPins(benchmark::State &state, View &view) {
    view.resize(1280, 800);
    view.setActivations(eightPins());
    view.show();
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    view.refreshNow();
    Stopwatch watch;
    int step = 0;
    for (auto _ : state) {
        const int k = step++ % 200;
        const double beta = 0.5 + 1.5 * double(k < 100 ? k : 199 - k) / 99.0;
        watch.start();
        view.setParams(0, {beta});
        view.refreshNow();
        watch.stop();
        state.PauseTiming();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    watch.report(state);
}

/// The overlay with every pin's f and f′, with and without the zoom inset; with drafting as in
/// the app (frames drawn without antialiasing while dragging when full quality is too slow), and
/// at full quality throughout (draft:0), the cost of the frame that ends a drag.
void eightPinsOverlay(benchmark::State &state) {
    PlotView view;
    view.setDerivativeVisible(1, true);
    view.setZoomInsetVisible(state.range(0) != 0);
    if (state.range(1) == 0)
        view.draftQuality()->setBudget(1e9);
    dragEightPins(state, view);
}
BENCHMARK(eightPinsOverlay)
    ->ArgsProduct({{0, 1}, {1, 0}})
    ->ArgNames({"inset", "draft"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void eightPinsSmallMultiples(benchmark::State &state) {
    SmallMultiplesView view;
    dragEightPins(state, view);
}
BENCHMARK(eightPinsSmallMultiples)->Unit(benchmark::kMillisecond)->UseRealTime();

void eightPinsGradient(benchmark::State &state) {
    GradientView view;
    dragEightPins(state, view);
}
BENCHMARK(eightPinsGradient)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv) {
    // Like `actlab render`: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
