# Writes OUTPUT: SIZE bytes of white space (cmake -P), for the test of an input beyond the size limit.
string(REPEAT " " 1048576 _mebibyte)
file(WRITE "${OUTPUT}" "")
math(EXPR _count "${SIZE} / 1048576")
foreach(_i RANGE 1 ${_count})
  file(APPEND "${OUTPUT}" "${_mebibyte}")
endforeach()
