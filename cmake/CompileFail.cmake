# Runs one must-not-compile test (cmake -P). The snippet is compiled twice:
#   1. without COORDCARE_COMPILE_FAIL: the control, which must compile cleanly (warnings are errors),
#      so that a snippet broken for another reason (a typo) fails the test instead of passing it;
#   2. with COORDCARE_COMPILE_FAIL: it must be rejected, and the compiler's output must contain EXPECT.
# The compiler runs in the C locale, so that its messages use ASCII quotes.
# Variables: COMPILER, FLAGS (list separated by '|'), SOURCE, EXPECT, and MAX_OFFSET (optional, default 8192).
foreach(_var COMPILER FLAGS SOURCE EXPECT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "CompileFail.cmake: ${_var} is not set")
  endif()
endforeach()
string(REPLACE "|" ";" _flags "${FLAGS}")

execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C "${COMPILER}" ${_flags} -fsyntax-only "${SOURCE}"
  RESULT_VARIABLE _control_status OUTPUT_VARIABLE _control_out ERROR_VARIABLE _control_out)
if(NOT _control_status EQUAL 0)
  message(FATAL_ERROR "The control build of ${SOURCE} (without COORDCARE_COMPILE_FAIL) failed, "
                      "so the snippet is broken for another reason:\n${_control_out}")
endif()

execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C "${COMPILER}" ${_flags} -DCOORDCARE_COMPILE_FAIL -fsyntax-only "${SOURCE}"
  RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(_status EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled with COORDCARE_COMPILE_FAIL, but it must be rejected.")
endif()
string(FIND "${_out}" "${EXPECT}" _where)
if(_where EQUAL -1)
  message(FATAL_ERROR "${SOURCE} was rejected, but the compiler's output does not contain\n  ${EXPECT}\n"
                      "Output:\n${_out}")
endif()
# The reader of a compile error reads its beginning: the expected text must come within its first
# MAX_OFFSET bytes (8 KB by default), not after pages of a library's internals.
if(NOT DEFINED MAX_OFFSET)
  set(MAX_OFFSET 8192)
endif()
string(LENGTH "${_out}" _length)
if(_where GREATER MAX_OFFSET)
  message(FATAL_ERROR "${SOURCE} was rejected with \"${EXPECT}\", but only at byte ${_where} of the compiler's "
                      "${_length}-byte output (it must come within the first ${MAX_OFFSET} bytes).")
endif()
message(STATUS "rejected as expected: found \"${EXPECT}\" at byte ${_where} of ${_length}")
