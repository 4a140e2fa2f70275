# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file breaks the layering of STYLE.md ("Dependency rules").
set(failures "")

function(check_forbidden glob_dir regex what)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${glob_dir}/*.h" "${SOURCE_DIR}/${glob_dir}/*.cpp")
    foreach(f ${files})
        file(STRINGS "${f}" hits REGEX "${regex}")
        foreach(h ${hits})
            list(APPEND failures "${f}: ${what}: ${h}")
        endforeach()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

# Rule 2: core is Qt-free and never reaches into ui or app.
check_forbidden(core "^[ \t]*#[ \t]*include[ \t]*[<\"]Q" "core includes Qt")
check_forbidden(core "^[ \t]*#[ \t]*include[ \t]*[<\"]Qt" "core includes Qt")
check_forbidden(core "^[ \t]*#[ \t]*include[ \t]*\"(ui|app)/" "core includes ui or app")
check_forbidden(ui "^[ \t]*#[ \t]*include[ \t]*\"app/" "ui includes app")
# Rule 1: engine never includes io.
check_forbidden(core/engine "^[ \t]*#[ \t]*include[ \t]*\"core/io/" "engine includes io")
check_forbidden(core/model "^[ \t]*#[ \t]*include[ \t]*\"core/(io|engine|geometry|edit)/" "model depends on another core folder")
check_forbidden(core/geometry "^[ \t]*#[ \t]*include[ \t]*\"core/(io|engine|edit)/" "geometry depends on io, engine or edit")

# Rule 3: third-party headers stay in their folder.
foreach(dir model engine edit)
    check_forbidden(core/${dir} "^[ \t]*#[ \t]*include[ \t]*<boost/geometry" "Boost.Geometry outside core/geometry")
    check_forbidden(core/${dir} "^[ \t]*#[ \t]*include[ \t]*<(nlohmann|sqlite3)" "nlohmann/sqlite outside core/io")
endforeach()
check_forbidden(core/geometry "^[ \t]*#[ \t]*include[ \t]*<(nlohmann|sqlite3)" "nlohmann/sqlite outside core/io")
# dxflib (DXF import and export) is included only by core/io, like the other format libraries.
foreach(dir core/model core/engine core/edit core/geometry ui app)
    check_forbidden(${dir} "^[ \t]*#[ \t]*include[ \t]*[<\"](dxflib/)?dl_" "dxflib outside core/io")
endforeach()
foreach(dir document commands scene tools panels services dialogs render report)
    if(EXISTS "${SOURCE_DIR}/ui/${dir}")
        check_forbidden(ui/${dir} "^[ \t]*#[ \t]*include[ \t]*<Q?t?Charts|^[ \t]*#[ \t]*include[ \t]*<QChart" "Qt Charts outside ui/charts")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "Dependency rules broken:\n${text}")
endif()
message(STATUS "dependency rules hold")
