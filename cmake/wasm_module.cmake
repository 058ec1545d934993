# The browser module: embind bindings over the facade, linked for size and safety.
# Output goes straight to dist/: overdeliver-engine.js (glue) and overdeliver.wasm.

file(GLOB OD_BINDING_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/wasm/bindings/*.cpp)
add_executable(overdeliver_engine ${OD_BINDING_SOURCES})
target_link_libraries(overdeliver_engine PRIVATE od_api)
target_compile_definitions(overdeliver_engine PRIVATE OD_VERSION="${PROJECT_VERSION}")

# Emscripten names the .wasm after the glue, so link as overdeliver.js (the glue then refers to
# overdeliver.wasm) in the build tree and copy the pair into dist/ under their published names:
# dist/overdeliver.js is the page loader, not the glue.
set(OD_DIST_DIR ${PROJECT_SOURCE_DIR}/dist CACHE PATH "Where the wasm bundle is written")
set(OD_LINK_DIR ${CMAKE_BINARY_DIR}/module)
set_target_properties(overdeliver_engine PROPERTIES
  OUTPUT_NAME overdeliver
  SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY ${OD_LINK_DIR})
find_program(OD_NODE NAMES node nodejs REQUIRED NO_CMAKE_FIND_ROOT_PATH)
add_custom_command(TARGET overdeliver_engine POST_BUILD
  COMMAND ${OD_NODE} ${PROJECT_SOURCE_DIR}/scripts/finish-wasm.mjs ${OD_LINK_DIR} ${OD_DIST_DIR}
  VERBATIM)

set(OD_WASM_LINK_FLAGS
  --bind
  -sMODULARIZE=1            # a factory, not ES6: the ES6 glue of this Emscripten fails in node
  -sEXPORT_NAME=OverdeliverEngine
  -sENVIRONMENT=web,node    # web for the page, node for the test suite
  -sDYNAMIC_EXECUTION=0     # no eval/new Function: runs under a strict CSP
  -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=4MB
  -sTOTAL_STACK=256KB       # this Emscripten names it TOTAL_STACK (later STACK_SIZE)
  -sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,instantiateWasm,onAbort,print,printErr]
  -sTEXTDECODER=2
  -sMALLOC=emmalloc         # a few KB smaller than dlmalloc; the engine allocates little
)
target_link_options(overdeliver_engine PRIVATE ${OD_WASM_LINK_FLAGS})
