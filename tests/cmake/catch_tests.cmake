# Registers every Catch2 test case of a test binary as one ctest test under its full name.
#
# Why not Catch2's own catch_discover_tests: its script turns the list of names into a CMake list, so a
# name holding a ';' was split into pieces that matched no test case, and Catch2 v2 exits 0 when
# nothing matches. 23 test cases never ran while ctest counted them as passed. Here the names never
# become a CMake list with their ';' in it, each test's spec is escaped for Catch2's spec parser, and
# every test runs with --warn NoTests, so a spec that matches nothing fails.
set(_NIETPLUIS_CATCH_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/catch_write_tests.cmake")

function(nietpluis_register_catch_tests target)
  set(tests_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_tests.cmake")
  set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_include.cmake")
  add_custom_command(
    TARGET ${target} POST_BUILD
    BYPRODUCTS "${tests_file}"
    COMMAND "${CMAKE_COMMAND}"
            -D "TEST_EXECUTABLE=$<TARGET_FILE:${target}>"
            -D "TEST_WORKING_DIR=${CMAKE_CURRENT_BINARY_DIR}"
            -D "CTEST_FILE=${tests_file}"
            -P "${_NIETPLUIS_CATCH_SCRIPT}"
    VERBATIM)
  # Before the first build there is no list: one test that fails says so instead of an empty suite.
  file(WRITE "${include_file}"
    "if(EXISTS \"${tests_file}\")\n"
    "  include(\"${tests_file}\")\n"
    "else()\n"
    "  add_test(${target}_NOT_BUILT ${target}_NOT_BUILT)\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
