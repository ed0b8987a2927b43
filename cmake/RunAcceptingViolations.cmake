# Runs COMMAND (a list separated by '|') and fails only when its exit status is neither 0 nor 1:
# coordcare-check exits with 1 when the dossier it checked has violations, which is a result, not a failure.
string(REPLACE "|" ";" _command "${COMMAND}")
execute_process(COMMAND ${_command} RESULT_VARIABLE _status)
if(NOT _status EQUAL 0 AND NOT _status EQUAL 1)
  message(FATAL_ERROR "${_command} failed with exit status ${_status}")
endif()
