# Runs a program extracted from the documentation (cmake -P): it must exit with 0 and, when EXPECTED
# names a file, print exactly that file's text (trailing white space aside).
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${_status}:\n${_out}${_err}")
endif()
if(EXPECTED)
  file(READ "${EXPECTED}" _expected)
  string(STRIP "${_expected}" _expected)
  string(STRIP "${_out}" _actual)
  if(NOT _actual STREQUAL _expected)
    message(FATAL_ERROR "the program's output is not the one the documentation shows.\n"
                        "--- documented:\n${_expected}\n--- printed:\n${_actual}\n")
  endif()
endif()
message(STATUS "${PROGRAM}: as documented")
