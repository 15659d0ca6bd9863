# add_unit_test(NAME SOURCES file... LIBS target...)
# One QtTest executable per unit; the environment is pinned so results do not depend on the machine's
# locale, display or home directory.
function(add_unit_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  qt_add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  target_compile_definitions(${name} PRIVATE
    ATLAS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    ATLAS_BINARY_DIR="${PROJECT_BINARY_DIR}")
  set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    TIMEOUT 120
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;XDG_DATA_HOME=${PROJECT_BINARY_DIR}/test-home/${name}/data;XDG_CONFIG_HOME=${PROJECT_BINARY_DIR}/test-home/${name}/config;XDG_CACHE_HOME=${PROJECT_BINARY_DIR}/test-home/${name}/cache")
  if(ATLAS_SANITIZE)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT ${ATLAS_SANITIZER_ENVIRONMENT})
    set_property(TEST ${name} PROPERTY TIMEOUT 600) # ASan and UBSan make a suite several times slower
  endif()
endfunction()

# What every process of the sanitize build runs with: stop at the first finding, with a stack, and leave known
# leaks of the system libraries Qt loads (fontconfig …) out, each with its reason, in tests/sanitize/lsan.supp.
set(ATLAS_SANITIZER_ENVIRONMENT
  "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
  "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
  "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitize/lsan.supp:print_suppressions=0")
