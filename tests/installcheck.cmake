# SPDX-License-Identifier: GPL-3.0-or-later
# install_check: `cmake --install` into a scratch prefix puts every file a desktop needs where
# it belongs, the desktop entry and AppStream metainfo validate with the freedesktop tools,
# and CPack builds a .deb whose control file declares its dependencies.
# Run as: cmake -DBUILD_DIR=... -DWORK_DIR=... -DAPP_ID=... -P installcheck.cmake
foreach(tool desktop-file-validate appstreamcli update-mime-database dpkg-deb dpkg-shlibdeps)
    find_program(_${tool} ${tool})
    if(NOT _${tool})
        message(FATAL_ERROR "${tool} is missing (scripts/bootstrap.sh test installs it)")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/usr)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()

set(expected
    bin/actlab
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/mime/packages/${APP_ID}.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/doc/actlab/README.md
    share/actlab/examples/lesson-1-why-relu-replaced-sigmoid.actlab)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS ${prefix}/${file})
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
# A PNG of the size its folder says (IHDR width and height).
file(READ ${prefix}/share/icons/hicolor/48x48/apps/${APP_ID}.png png HEX LIMIT 24)
if(NOT png MATCHES "^89504e470d0a1a0a0000000d49484452000000300000")
    message(FATAL_ERROR "the 48×48 icon is not a 48-pixel PNG: ${png}")
endif()
file(READ ${prefix}/share/applications/${APP_ID}.desktop desktop)
foreach(needle "Name[zh_CN]=激活函数实验室" "Exec=actlab %f" "Icon=${APP_ID}" "MimeType=")
    string(FIND "${desktop}" "${needle}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the desktop entry lacks ${needle}")
    endif()
endforeach()

execute_process(COMMAND ${_desktop-file-validate} ${prefix}/share/applications/${APP_ID}.desktop
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "error")
    message(FATAL_ERROR "desktop-file-validate: ${out}")
endif()
execute_process(COMMAND ${_appstreamcli} validate --no-net
                        ${prefix}/share/metainfo/${APP_ID}.metainfo.xml
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${out}")
endif()
# The MIME package compiles, and maps the lab files' names to their types.
execute_process(COMMAND ${_update-mime-database} ${prefix}/share/mime RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "update-mime-database: ${out}")
endif()
file(READ ${prefix}/share/mime/globs2 globs)
foreach(glob "application/x-actlab+json:*.actlab"
             "application/x-actlab-playground+json:*.actlab-playground.json"
             "application/x-actlab-depth+json:*.actlab-depth.json")
    string(FIND "${globs}" "${glob}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the MIME database lacks ${glob}")
    endif()
endforeach()

# The .deb.
execute_process(COMMAND ${CPACK} -G DEB -B ${WORK_DIR}/deb
                WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed: ${out}")
endif()
file(GLOB debs ${WORK_DIR}/deb/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND ${_dpkg-deb} --field ${debs} Package Depends Recommends
                OUTPUT_VARIABLE control RESULT_VARIABLE rc)
foreach(needle "Package: actlab" "libqt6widgets6" "libqcustomplot" "libmuparser" "libtbb"
               "qt6-qpa-plugins" "fonts-noto-cjk")
    string(FIND "${control}" "${needle}" at)
    if(NOT rc EQUAL 0 OR at LESS 0)
        message(FATAL_ERROR "the .deb's control lacks ${needle}:\n${control}")
    endif()
endforeach()
execute_process(COMMAND ${_dpkg-deb} --contents ${debs} OUTPUT_VARIABLE contents)
foreach(needle "./usr/bin/actlab" "./usr/share/applications/${APP_ID}.desktop"
               "./usr/share/mime/packages/${APP_ID}.xml")
    string(FIND "${contents}" "${needle}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the .deb lacks ${needle}")
    endif()
endforeach()
message(STATUS "installed files, desktop entry, metainfo, MIME types and .deb: all good")
