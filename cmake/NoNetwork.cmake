# Mooring never opens a network connection and never uses Qt's SQLite driver (its symbols
# clash with SQLCipher's). Refuse to configure if any target links QtNetwork or QtSql, not
# only directly but through anything it links: our own layers, interface libraries, and the
# imported Qt modules that bring QtNetwork or QtSql with them (Qt6::Help brings QtSql,
# Qt Multimedia and Qt Qml bring QtNetwork). ctest no_network_catches_links shows it fails.

# A link item names a forbidden module: a Qt target (versioned or not, private part too)
# or the library file itself.
function(_mooring_is_forbidden item out)
    if(item MATCHES "^Qt6?::(Network|Sql)(Private)?$" OR item MATCHES "libQt6(Network|Sql)\\.")
        set(${out} TRUE PARENT_SCOPE)
    else()
        set(${out} FALSE PARENT_SCOPE)
    endif()
endfunction()

# Every target and library `start` links, followed through LINK_LIBRARIES and
# INTERFACE_LINK_LIBRARIES of each linked target in turn (breadth first, each target once).
# Sets `out` to the path of the first forbidden one ("a -> b -> Qt6::Network"), or empty.
function(_mooring_forbidden_link start out)
    # Paths are kept in variables named after each target; "::" is not allowed in a name.
    set(queue ${start})
    set(seen ${start})
    string(MAKE_C_IDENTIFIER "path_${start}" key)
    set(${key} ${start})
    while(queue)
        list(POP_FRONT queue current)
        string(MAKE_C_IDENTIFIER "path_${current}" key)
        set(path "${${key}}")
        set(target ${current})
        get_target_property(aliased ${target} ALIASED_TARGET)
        if(aliased)
            set(target ${aliased})
        endif()
        set(items "")
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(value ${target} ${property})
            if(value)
                list(APPEND items ${value})
            endif()
        endforeach()
        foreach(item IN LISTS items)
            # Generator expressions ($<LINK_ONLY:Qt6::Gui>, $<$<CONFIG:Debug>:...>) and the
            # markers CMake puts around links made from another directory hide the names;
            # every word in them that could be a target is taken as one.
            _mooring_is_forbidden("${item}" forbidden)
            if(forbidden)
                set(${out} "${path} -> ${item}" PARENT_SCOPE)
                return()
            endif()
            string(REGEX MATCHALL "[A-Za-z0-9_.+-]+(::[A-Za-z0-9_.+-]+)*" words "${item}")
            foreach(word IN LISTS words)
                _mooring_is_forbidden("${word}" forbidden)
                if(forbidden)
                    set(${out} "${path} -> ${word}" PARENT_SCOPE)
                    return()
                endif()
                if(TARGET ${word} AND NOT word IN_LIST seen)
                    list(APPEND seen ${word})
                    list(APPEND queue ${word})
                    string(MAKE_C_IDENTIFIER "path_${word}" next)
                    set(${next} "${path} -> ${word}")
                endif()
            endforeach()
        endforeach()
    endwhile()
    set(${out} "" PARENT_SCOPE)
endfunction()

function(mooring_check_no_network)
    get_property(targets DIRECTORY ${CMAKE_SOURCE_DIR} PROPERTY MOORING_TARGETS)
    set(problems "")
    foreach(target IN LISTS targets)
        _mooring_forbidden_link(${target} path)
        if(path)
            string(APPEND problems "\n  ${path}")
        endif()
    endforeach()
    if(problems)
        message(FATAL_ERROR "Mooring must not link QtNetwork or QtSql, not even through another library:"
                            "${problems}")
    endif()
endfunction()
mooring_check_no_network()
