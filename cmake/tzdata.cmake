# The IANA time-zone table compiled into the core, generated from the build host's tzdata by
# scripts/gen-tzdata.mjs (Node). The generator always runs on the host, for native and
# Emscripten builds alike, so both carry identical data.

find_program(OD_NODE_EXECUTABLE NAMES node nodejs NO_CMAKE_FIND_ROOT_PATH REQUIRED)
set(OD_ZONEINFO_DIR /usr/share/zoneinfo CACHE PATH "Compiled tzdata (TZif files and tzdata.zi)")
# Storefront times are now and the weeks ahead: offsets from 2000 on take half the table from 1970.
set(OD_TZDATA_SINCE 2000 CACHE STRING "First year whose UTC offsets the time-zone table keeps exactly")

set(OD_TZDATA_GENERATOR ${PROJECT_SOURCE_DIR}/scripts/gen-tzdata.mjs)
set(OD_TZDATA_SOURCE ${CMAKE_BINARY_DIR}/generated/core/time/tzdata.cpp)
add_custom_command(
  OUTPUT ${OD_TZDATA_SOURCE}
  COMMAND ${OD_NODE_EXECUTABLE} ${OD_TZDATA_GENERATOR}
          --zoneinfo ${OD_ZONEINFO_DIR} --since ${OD_TZDATA_SINCE} --out ${OD_TZDATA_SOURCE}
  DEPENDS ${OD_TZDATA_GENERATOR} ${OD_ZONEINFO_DIR}/tzdata.zi
          ${PROJECT_SOURCE_DIR}/wasm/core/time/time_zone_data.hpp
  COMMENT "Generating the time-zone table from ${OD_ZONEINFO_DIR}"
  VERBATIM)
set(OD_GENERATED_CORE_SOURCES ${OD_TZDATA_SOURCE})

if(NOT EMSCRIPTEN)
  # Prints local times for "zone instant" lines; drives the Intl cross-check in tests/wasm.
  add_executable(localtime_batch ${PROJECT_SOURCE_DIR}/tests/tools/localtime_batch.cpp)
  target_link_libraries(localtime_batch PRIVATE od_core)
  if(OD_BUILD_TESTS)
    add_test(NAME LocalTimeMatchesIntl
             COMMAND ${OD_NODE_EXECUTABLE} --test ${PROJECT_SOURCE_DIR}/tests/wasm/localtime-intl.test.mjs)
    set_tests_properties(LocalTimeMatchesIntl PROPERTIES
      ENVIRONMENT "OD_LOCALTIME_BATCH=$<TARGET_FILE:localtime_batch>" TIMEOUT 300)
  endif()
endif()
