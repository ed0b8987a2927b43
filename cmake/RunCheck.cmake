# Runs coordcare-check (cmake -P) and checks its exit status and output.
# Variables: PROGRAM, ARGS (list separated by '|'), INPUT (optional file fed to standard input),
# STATUS (the expected exit status), EXPECT (texts the output must contain, separated by '@@'),
# REJECT (texts it must not contain, separated by '@@').
string(REPLACE "|" ";" _args "${ARGS}")
if(INPUT)
  execute_process(COMMAND "${PROGRAM}" ${_args} INPUT_FILE "${INPUT}" RESULT_VARIABLE _status
                  OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
else()
  execute_process(COMMAND "${PROGRAM}" ${_args} RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
endif()
message("${_out}")
if(NOT _status STREQUAL "${STATUS}")
  message(FATAL_ERROR "exit status ${_status}, expected ${STATUS}")
endif()
string(REPLACE "@@" ";" _expect "${EXPECT}")
foreach(_text IN LISTS _expect)
  string(FIND "${_out}" "${_text}" _at)
  if(_at EQUAL -1)
    message(FATAL_ERROR "the output does not contain: ${_text}")
  endif()
endforeach()
string(REPLACE "@@" ";" _reject "${REJECT}")
foreach(_text IN LISTS _reject)
  string(FIND "${_out}" "${_text}" _at)
  if(NOT _at EQUAL -1)
    message(FATAL_ERROR "the output contains what it must not: ${_text}")
  endif()
endforeach()
