# Script mode (cmake -P): writes CTEST_FILE with one add_test per Catch2 test case of TEST_EXECUTABLE.
# Called after each build of the test binary by nietpluis_register_catch_tests (catch_tests.cmake).

execute_process(
  COMMAND "${TEST_EXECUTABLE}" --list-test-names-only
  OUTPUT_VARIABLE listing
  ERROR_VARIABLE errors
  RESULT_VARIABLE result
  WORKING_DIRECTORY "${TEST_WORKING_DIR}")
# Catch2 v2 exits with the number of test cases listed (modulo 256); a crash gives a text or a signal.
if(NOT result MATCHES "^[0-9]+$")
  message(FATAL_ERROR "${TEST_EXECUTABLE} --list-test-names-only failed: ${result}\n${errors}")
endif()

# CMake lists are ';'-separated: a ';' inside a name must not split it. The ASCII unit separator stands
# in for it while the listing is a list of lines; no test name holds that byte.
string(ASCII 31 semicolon_stand_in)
string(FIND "${listing}" "${semicolon_stand_in}" stand_in_found)
if(NOT stand_in_found EQUAL -1)
  message(FATAL_ERROR "a test name holds the byte 0x1F, which catch_write_tests.cmake uses internally")
endif()
string(REPLACE ";" "${semicolon_stand_in}" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")

set(script "")
set(count 0)
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  string(REPLACE "${semicolon_stand_in}" ";" name "${line}")
  # Catch2 prints a name that starts with '#' in double quotes.
  if(name MATCHES "^\"(#.*)\"$")
    set(name "${CMAKE_MATCH_1}")
  endif()
  if(name MATCHES "\\]==\\]")
    message(FATAL_ERROR "the test name '${name}' holds ']==]', which cannot stand in a CMake bracket argument")
  endif()
  # The test spec: every character Catch2's spec parser treats specially is escaped with a backslash,
  # the backslash itself first.
  set(spec "${name}")
  foreach(special "\\" "," "[" "]" "\"" "~")
    string(REPLACE "${special}" "\\${special}" spec "${spec}")
  endforeach()
  string(APPEND script
    "add_test([==[${name}]==] [==[${TEST_EXECUTABLE}]==] [==[${spec}]==] --warn NoTests)\n"
    "set_tests_properties([==[${name}]==] PROPERTIES WORKING_DIRECTORY [==[${TEST_WORKING_DIR}]==])\n")
  math(EXPR count "${count} + 1")
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "${TEST_EXECUTABLE} lists no test cases")
endif()
file(WRITE "${CTEST_FILE}" "${script}")
