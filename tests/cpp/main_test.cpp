// Catch2's main for the whole C++ suite; each unit's tests live in <unit>_test.cpp.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
