#include "support/Screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace mooring::test {

QString saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("MOORING_SCREENSHOTS");
    if (dir.isEmpty() || !widget) return {};
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

}  // namespace mooring::test
