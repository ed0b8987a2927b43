# Runs GENERATOR OUTPUT and fails when OUTPUT differs from the COMMITTED file (cmake -P).
execute_process(COMMAND "${GENERATOR}" "${OUTPUT}" RESULT_VARIABLE _status)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "${GENERATOR} failed (${_status})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUTPUT}" "${COMMITTED}" RESULT_VARIABLE _differ)
if(NOT _differ EQUAL 0)
  get_filename_component(_page "${COMMITTED}" NAME_WE)
  message(FATAL_ERROR "${COMMITTED} is out of date: the library generates ${OUTPUT}. "
                      "Run: cmake --build --preset dev --target update-${_page}-doc")
endif()
