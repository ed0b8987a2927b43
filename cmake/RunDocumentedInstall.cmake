# Runs, as written, the commands of the first ```sh block under "## Installed" in docs/consuming.md
# (cmake -P), in a fresh copy of the sources, and checks what they install.
# Variables: SOURCE (the source tree), WORK (a scratch directory).
file(READ "${SOURCE}/docs/consuming.md" _page)
string(FIND "${_page}" "## Installed" _section)
if(_section EQUAL -1)
  message(FATAL_ERROR "docs/consuming.md has no '## Installed' section")
endif()
string(SUBSTRING "${_page}" ${_section} -1 _page)
string(FIND "${_page}" "```sh\n" _open)
string(SUBSTRING "${_page}" ${_open} -1 _page)
string(LENGTH "```sh\n" _fence)
string(SUBSTRING "${_page}" ${_fence} -1 _page)
string(FIND "${_page}" "```" _close)
string(SUBSTRING "${_page}" 0 ${_close} _block)
string(STRIP "${_block}" _block)
string(REPLACE "\n" ";" _commands "${_block}")

# A copy of the sources a user would have (no build tree).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(_item CMakeLists.txt CMakePresets.json LICENSE README.md cmake data docs examples include tests tools)
  file(COPY "${SOURCE}/${_item}" DESTINATION "${WORK}")
endforeach()

foreach(_command IN LISTS _commands)
  message(STATUS "documented command: ${_command}")
  execute_process(COMMAND sh -c "${_command}" WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE _status
                  OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _status EQUAL 0)
    message(FATAL_ERROR "the documented command failed (${_status}): ${_command}\n${_out}")
  endif()
endforeach()
foreach(_installed include/coordcare/coordcare.hpp include/coordcare/io.hpp bin/coordcare-check
                   share/cmake/coordcare/coordcareConfig.cmake share/cmake/coordcare/coordcareConfigVersion.cmake
                   share/coordcare/communes-2026.txt share/coordcare/README.md)
  if(NOT EXISTS "${WORK}/install/${_installed}")
    message(FATAL_ERROR "the documented commands did not install ${_installed}")
  endif()
endforeach()
execute_process(COMMAND "${WORK}/install/bin/coordcare-check" --version RESULT_VARIABLE _status OUTPUT_VARIABLE _out)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "the installed coordcare-check does not run: ${_out}")
endif()
# The installed checker finds the commune data installed beside it, with the source tree's copy renamed away.
file(RENAME "${WORK}/data" "${WORK}/data-moved")
execute_process(COMMAND "${WORK}/install/bin/coordcare-check" "${WORK}/examples/dossiers/cpts-territories.json" --as-of 2026-01-01 --lang en
                RESULT_VARIABLE _status OUTPUT_VARIABLE _territories ERROR_VARIABLE _territories_err)
if(NOT _status EQUAL 0 OR NOT _territories MATCHES "113,508 inhabitants")
  message(FATAL_ERROR "the installed coordcare-check does not find its commune data (${_status}):\n${_territories}${_territories_err}")
endif()
message(STATUS "the documented install works: ${_out}")
