// Fixture for the layers_catch_problems check: an include that points down, not reported.
#pragma once

#include "domain/PointsUp.h"
