# The browser module: embind bindings over the facade, linked for size and safety.
# Output goes straight to dist/: overdeliver-engine.js (glue) and overdeliver.wasm.

file(GLOB OD_BINDING_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/wasm/bindings/*.cpp)
add_executable(overdeliver_engine ${OD_BINDING_SOURCES})
target_link_libraries(overdeliver_engine PRIVATE od_api)

set(OD_DIST_DIR ${PROJECT_SOURCE_DIR}/dist CACHE PATH "Where the wasm bundle is written")
set_target_properties(overdeliver_engine PROPERTIES
  OUTPUT_NAME overdeliver-engine
  SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY ${OD_DIST_DIR})

set(OD_WASM_LINK_FLAGS
  --bind
  -sMODULARIZE=1
  -sEXPORT_NAME=OverdeliverEngine
  -sENVIRONMENT=web,node
  -sDYNAMIC_EXECUTION=0     # no eval/new Function: runs under a strict CSP
  -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=4MB
  -sSTACK_SIZE=256KB
  -sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,instantiateWasm,onAbort,print,printErr]
  -sTEXTDECODER=2
)
target_link_options(overdeliver_engine PRIVATE ${OD_WASM_LINK_FLAGS})
