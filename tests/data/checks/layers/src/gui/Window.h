// Fixture for the layers_catch_problems check: a gui header that lower layers must not include.
#pragma once
