# Native helper programs for the holiday rules (not shipped): holidays_batch prints every
# place's holidays as JSON for the oracle comparison in tests/oracle.
if(NOT EMSCRIPTEN)
  add_executable(holidays_batch ${PROJECT_SOURCE_DIR}/tests/tools/holidays_batch.cpp)
  target_link_libraries(holidays_batch PRIVATE od_core)
endif()
