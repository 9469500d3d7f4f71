// Fixture for the layers_catch_problems check: three includes tools/check-layers.py must report.
#pragma once

#include <QNetworkAccessManager>
#include <QPushButton>

#include "gui/Window.h"
