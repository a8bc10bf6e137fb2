// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvesampler.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actlab {
namespace {

// All tolerances are in pixels, so the same curve is sampled as finely as the screen can show
// and no finer, whatever the zoom.

/// Largest allowed vertical distance of the three probes (¼, ½, ¾) from the chord. The promise is
/// 0.5 px everywhere between samples, not only at the probes: for a deviation shaped like a
/// polynomial of degree ≤ 4 (any smooth curve over a short segment), five samples fix it and
/// the largest value between them is at most 1.86 times the largest probe (the Lebesgue constant
/// of the three interior nodes), so probes within 0.25 px keep the curve within 0.47 px.
constexpr double kTolerancePx = 0.25;
/// Spacing of the first, uniform pass. With the three probes that is one evaluation per pixel,
/// fine enough that features a few pixels wide cannot hide between samples.
constexpr double kInitialSpacingPx = 4.0;
/// A segment still failing the tolerance when it has shrunk below this width is a jump if its
/// ends differ by more than kJumpPx: a continuous curve that rises a pixel within 1/10000 of a
/// pixel is drawn as a vertical line anyway, and numerical derivatives of typed formulas blur a
/// jump over about 1e-7, which must stay below this width to be recognised.
constexpr double kJumpWidthPx = 1e-4;
constexpr double kJumpPx = 1.0;
/// Where a curve turns non-finite (sqrt(x) at 0, log(x) at 0), bisect the boundary to this width.
constexpr double kNonFiniteWidthPx = 1.0 / 64;
/// Values are judged inside a band this far beyond the visible range: accuracy outside it is
/// invisible, and points beyond it are replaced by the chord's crossing of the band's edge.
constexpr double kBandMarginPx = 8.0;
constexpr int kMaxDepth = 60;
/// Safety net for pathological formulas (sin(1/x) near 0): stop refining after this many calls.
constexpr std::size_t kEvaluationBudget = 100'000;
constexpr std::size_t kMaxInitialSegments = 100'000;

struct Sample {
    double x = 0;
    double y = 0;
};

bool finite(const Sample &s) {
    return std::isfinite(s.y);
}

class Sampler {
public:
    Sampler(const ScalarFunction &function, Params params, CurveOrder order,
            const PlotViewport &view)
        : m_function(function)
        , m_params(params)
        , m_order(order)
        , m_view(view)
        , m_bandLo(view.yMin - kBandMarginPx * view.pixelHeight)
        , m_bandHi(view.yMax + kBandMarginPx * view.pixelHeight) {}

    std::vector<Polyline> run();

private:
    double value(double x);
    Sample sample(double x) { return {x, value(x)}; }
    double clampToBand(double y) const { return std::clamp(y, m_bandLo, m_bandHi); }
    /// Vertical distance in pixels as seen through the band (both values clamped first).
    double visibleDistancePx(double y1, double y2) const {
        return std::abs(clampToBand(y1) - clampToBand(y2)) / m_view.pixelHeight;
    }
    double jumpWidth(double a, double b) const;

    void sampleInterval(const Sample &a, const Sample &b);
    void refine(const Sample &a, const Sample &m, const Sample &b, int depth);
    void finishUnresolved(const Sample (&s)[5], bool mayBreak);
    void emit(const Sample &s);
    void breakLine();
    std::vector<Polyline> clipped() const;

    const ScalarFunction &m_function;
    Params m_params;
    CurveOrder m_order;
    PlotViewport m_view;
    double m_bandLo;
    double m_bandHi;
    std::size_t m_evaluations = 0;
    Polyline m_current;
    std::vector<Polyline> m_lines;
};

double Sampler::value(double x) {
    ++m_evaluations;
    switch (m_order) {
    case CurveOrder::Value:
        return m_function.value(x, m_params);
    case CurveOrder::First:
        return m_function.derivative(x, m_params);
    case CurveOrder::Second:
        return m_function.secondDerivative(x, m_params);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double Sampler::jumpWidth(double a, double b) const {
    // Never below a few ulps of x: there the midpoint stops being a new point.
    const double ulps =
        64 * std::numeric_limits<double>::epsilon() * std::max(std::abs(a), std::abs(b));
    return std::max(kJumpWidthPx * m_view.pixelWidth, ulps);
}

void Sampler::emit(const Sample &s) {
    if (!finite(s)) {
        breakLine(); // a NaN or infinity is a hole in the curve, never a point
        return;
    }
    m_current.push_back({s.x, s.y});
}

void Sampler::breakLine() {
    if (!m_current.empty())
        m_lines.push_back(std::move(m_current));
    m_current.clear();
}

/// Samples [a, b] (ends already evaluated; `a` already emitted) on a uniform grid, then refines.
void Sampler::sampleInterval(const Sample &a, const Sample &b) {
    const double width = b.x - a.x;
    const double segments = std::ceil(width / (kInitialSpacingPx * m_view.pixelWidth));
    const std::size_t n =
        std::clamp<std::size_t>(std::size_t(std::max(segments, 1.0)), 1, kMaxInitialSegments);
    Sample left = a;
    for (std::size_t i = 1; i <= n; ++i) {
        const Sample right = i == n ? b : sample(a.x + width * double(i) / double(n));
        refine(left, sample(0.5 * (left.x + right.x)), right, 0);
        left = right;
    }
}

/// Emits the points after `a` up to and including `b` (a is already emitted), refining until
/// the chord a–b is within tolerance of the curve, or the segment is recognised as a jump.
void Sampler::refine(const Sample &a, const Sample &m, const Sample &b, int depth) {
    const double width = b.x - a.x;
    const bool outOfBudget = m_evaluations >= kEvaluationBudget || depth >= kMaxDepth;

    if (!finite(a) || !finite(m) || !finite(b)) {
        if (!finite(a) && !finite(m) && !finite(b)) {
            emit(b); // a stretch where the curve does not exist
            return;
        }
        // Part finite: bisect towards the boundary so the curve ends close to it.
        if (outOfBudget || width <= kNonFiniteWidthPx * m_view.pixelWidth) {
            emit(m);
            emit(b);
            return;
        }
        refine(a, sample(0.5 * (a.x + m.x)), m, depth + 1);
        refine(m, sample(0.5 * (m.x + b.x)), b, depth + 1);
        return;
    }

    const Sample q1 = sample(0.5 * (a.x + m.x));
    const Sample q3 = sample(0.5 * (m.x + b.x));
    const Sample probes[5] = {a, q1, m, q3, b};
    if (!finite(q1) || !finite(q3)) {
        if (outOfBudget || width <= kNonFiniteWidthPx * m_view.pixelWidth) {
            finishUnresolved(probes, false);
            return;
        }
        refine(a, q1, m, depth + 1);
        refine(m, q3, b, depth + 1);
        return;
    }

    // Accept when all five samples are beyond the same edge of the band (invisible, however
    // inaccurate), or when the probes are within tolerance of the chord. The latter is judged on
    // the raw values, not clamped ones: clamping would make the deviation non-polynomial and
    // void the three-probe bound where the curve crosses the band's edge.
    const double slope = (b.y - a.y) / width;
    double deviation = 0;
    for (int i = 1; i <= 3; ++i) {
        const double chord = a.y + slope * (probes[i].x - a.x);
        deviation = std::max(deviation, std::abs(probes[i].y - chord) / m_view.pixelHeight);
    }
    const auto side = [this](double y) { return y > m_bandHi ? 1 : (y < m_bandLo ? -1 : 0); };
    const int firstSide = side(a.y);
    bool invisible = firstSide != 0;
    for (int i = 1; i < 5 && invisible; ++i)
        invisible = side(probes[i].y) == firstSide;
    if (invisible || deviation <= kTolerancePx) {
        emit(b);
        return;
    }
    if (outOfBudget || width <= jumpWidth(a.x, b.x)) {
        finishUnresolved(probes, !outOfBudget);
        return;
    }
    refine(a, q1, m, depth + 1);
    refine(m, q3, b, depth + 1);
}

/// A segment that refinement could not bring within tolerance. If it is tiny, the curve jumps
/// wherever two neighbouring probes differ by more than a pixel (as seen through the band):
/// break there. Every such step breaks, so a numerically blurred jump (a typed formula's f'
/// passing through intermediate values within ~1e-7) leaves no steep line either.
void Sampler::finishUnresolved(const Sample (&s)[5], bool mayBreak) {
    for (int i = 1; i < 5; ++i) {
        if (mayBreak && visibleDistancePx(s[i].y, s[i - 1].y) > kJumpPx)
            breakLine();
        emit(s[i]);
    }
}

/// Replaces every run of points beyond the band's upper (or lower) edge by the points where the
/// polyline crosses that edge: the visible part of each line is unchanged, lines still leave
/// the view, and a curve that shoots off to 1e300 yields two points, not thousands.
std::vector<Polyline> Sampler::clipped() const {
    const auto side = [this](double y) { return y > m_bandHi ? 1 : (y < m_bandLo ? -1 : 0); };
    const auto crossing = [](const CurvePoint &p, const CurvePoint &q, double edge) {
        const double t = (edge - p.y) / (q.y - p.y);
        return CurvePoint{p.x + t * (q.x - p.x), edge};
    };
    std::vector<Polyline> out;
    for (const Polyline &line : m_lines) {
        Polyline result;
        const std::size_t n = line.size();
        for (std::size_t i = 0; i < n;) {
            const int s = side(line[i].y);
            if (s == 0) {
                result.push_back(line[i++]);
                continue;
            }
            std::size_t j = i;
            while (j + 1 < n && side(line[j + 1].y) == s)
                ++j;
            const double edge = s > 0 ? m_bandHi : m_bandLo;
            if (i > 0)
                result.push_back(crossing(line[i - 1], line[i], edge));
            if (j + 1 < n)
                result.push_back(crossing(line[j], line[j + 1], edge));
            i = j + 1;
        }
        result.erase(std::unique(result.begin(), result.end(),
                                 [](const CurvePoint &p, const CurvePoint &q) {
                                     return p.x == q.x && p.y == q.y;
                                 }),
                     result.end());
        if (result.size() >= 2)
            out.push_back(std::move(result));
    }
    return out;
}

std::vector<Polyline> Sampler::run() {
    const PlotViewport &v = m_view;
    if (!(v.xMin < v.xMax) || !(v.yMin < v.yMax) || !(v.pixelWidth > 0) || !(v.pixelHeight > 0) ||
        !std::isfinite(v.xMin) || !std::isfinite(v.xMax) || !std::isfinite(v.yMin) ||
        !std::isfinite(v.yMax))
        return {};

    // Boundaries: the view's ends and every declared kink inside. A kink is a break candidate
    // where the sampled curve may jump: a jump of f, or any kink of f for f' and f''.
    struct Boundary {
        double x;
        bool breakable;
    };
    std::vector<Boundary> boundaries = {{v.xMin, false}};
    std::vector<Kink> kinks = m_function.kinks(m_params);
    std::sort(kinks.begin(), kinks.end(), [](const Kink &a, const Kink &b) { return a.x < b.x; });
    for (const Kink &k : kinks) {
        if (!(k.x > v.xMin && k.x < v.xMax))
            continue;
        const bool breakable = k.jump || m_order != CurveOrder::Value;
        if (boundaries.back().x == k.x) {
            boundaries.back().breakable |= breakable;
            continue;
        }
        boundaries.push_back({k.x, breakable});
    }
    boundaries.push_back({v.xMax, false});

    // One-sided limits at a breakable kink: evaluate a hair away from it (far below a pixel, so
    // the error is invisible) and place the point exactly at the kink's x.
    const auto nudge = [&v](double x) {
        return std::max(1e-6 * v.pixelWidth,
                        8 * std::numeric_limits<double>::epsilon() * std::abs(x));
    };
    const auto limitFrom = [&](const Boundary &b, double direction) {
        return Sample{b.x, b.breakable ? value(b.x + direction * nudge(b.x)) : value(b.x)};
    };

    Sample left = limitFrom(boundaries[0], +1);
    emit(left);
    for (std::size_t i = 0; i + 1 < boundaries.size(); ++i) {
        const Sample right = limitFrom(boundaries[i + 1], -1);
        sampleInterval(left, right);
        if (i + 2 == boundaries.size())
            break;
        const Boundary &kink = boundaries[i + 1];
        left = limitFrom(kink, +1);
        if (kink.breakable && !(finite(left) && finite(right) &&
                                visibleDistancePx(left.y, right.y) <= kTolerancePx)) {
            breakLine(); // the two sides do not meet: no vertical line through the jump
            emit(left);
        } else if (!finite(right)) {
            emit(left);
        }
        // Otherwise the curve is continuous here; the kink's vertex is already emitted.
    }
    breakLine();
    return clipped();
}

} // namespace

std::vector<Polyline> sampleCurve(const ScalarFunction &function, Params params, CurveOrder order,
                                  const PlotViewport &viewport) {
    return Sampler(function, params, order, viewport).run();
}

} // namespace actlab
