// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QLabel>
#include <QTest>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "explorer/explorerbar.h"
#include "explorer/explorerviews.h"
#include "plot/gradientview.h"
#include "plot/smallmultiplesview.h"

using namespace actlab;

namespace {
PlottedActivation activation(const char *id, std::vector<double> params = {}) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->scalar)
        qFatal("scalar activation %s missing", id);
    return {QString::fromLatin1(id),
            e->scalar,
            params.empty() ? e->spec.defaultParams() : params,
            &e->spec,
            {},
            -1};
}
} // namespace

/** The explorer's three views of one set of curves, and the bar that switches them. */
class TestExplorerViews : public QObject {
    Q_OBJECT

private slots:
    void oneViewAtATime() {
        ExplorerViews views;
        views.resize(900, 600);
        views.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views));
        views.setActivations({activation("sigmoid"), activation("relu")});
        const QList<QAction *> actions = views.viewActions();
        QCOMPARE(actions.size(), 3);
        const auto checked = [&] {
            int n = 0;
            for (QAction *a : actions)
                n += a->isChecked();
            return n;
        };
        QCOMPARE(views.view(), ExplorerView::Overlay);
        actions[1]->trigger();
        QCOMPARE(views.view(), ExplorerView::Grid);
        QCOMPARE(checked(), 1);
        QVERIFY(views.grid()->isVisible() && !views.overlay()->isVisible());
        QCOMPARE(views.currentWidget(), static_cast<QWidget *>(views.grid()));
        actions[2]->trigger();
        QCOMPARE(views.view(), ExplorerView::Gradient);
        QCOMPARE(checked(), 1);
        actions[2]->trigger(); // the view on screen again: back to the overlay
        QCOMPARE(views.view(), ExplorerView::Overlay);
        QVERIFY(actions[0]->isChecked());
    }

    void hiddenViewsCatchUpWhenShown() {
        ExplorerViews views;
        views.resize(900, 600);
        views.setActivations({activation("leaky_relu", {0.01})});
        views.setXRange(-3, 3);
        // A drag while the overlay is shown leaves the others stale; they catch up when shown.
        views.setParams(0, {0.5});
        views.setView(ExplorerView::Gradient);
        views.gradient()->refreshNow();
        bool sawHalf = false;
        for (const auto &[x, slope] : views.gradient()->curve(0)) {
            QVERIFY(x >= -3 && x <= 3);
            sawHalf = sawHalf || (x < -0.1 && slope == 0.5);
        }
        QVERIFY(sawHalf);
        views.setView(ExplorerView::Grid);
        views.grid()->refreshNow();
        QCOMPARE(views.grid()->cellCount(), 1);
        const SampledCurve f = views.grid()->curve(0, 0);
        QVERIFY(!f.pieces.empty());
        QCOMPARE(f.pieces.front().front().first, -3.0);
        QCOMPARE(f.pieces.front().front().second, -1.5);
    }

    void zoomInsetOnlyInTheOverlay() {
        ExplorerViews views;
        views.setActivations({activation("gelu"), activation("silu")});
        QAction *zoom = views.zoomInsetAction();
        QVERIFY(zoom->isCheckable() && zoom->isEnabled());
        QCOMPARE(zoom->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        zoom->trigger();
        QVERIFY(views.overlay()->isZoomInsetVisible());
        views.setView(ExplorerView::Gradient);
        QVERIFY(!zoom->isEnabled());
        views.setView(ExplorerView::Overlay);
        QVERIFY(zoom->isEnabled());
        zoom->trigger();
        QVERIFY(!views.overlay()->isZoomInsetVisible());
    }

    void barStacksWhenNarrow() {
        auto *pins = new QLabel(QStringLiteral("Pinned: a, b, c"));
        ExplorerViews views;
        ExplorerBar bar(pins, views.switcher());
        bar.resize(1400, 40);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_VERIFY(!bar.isStacked());
        bar.resize(420, 40);
        QTRY_VERIFY(bar.isStacked());
        // Stacked, every view button has its full text width.
        QVERIFY(views.switcher()->width() >= views.switcher()->sizeHint().width());
        bar.resize(1400, 40);
        QTRY_VERIFY(!bar.isStacked());
    }
};

QTEST_MAIN(TestExplorerViews)
#include "tst_explorerviews.moc"
