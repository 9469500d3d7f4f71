# Warnings and hardening for every target of the project (CONTRIBUTING.md, "Build flags").
add_compile_options(-Wall -Wextra -Wpedantic)
if(MOORING_WERROR)
    add_compile_options(-Werror)
endif()
add_compile_options(-fstack-protector-strong)
add_compile_definitions(
    _GLIBCXX_ASSERTIONS
    QT_FORCE_ASSERTS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now)
